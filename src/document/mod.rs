//! The document owns the text. Every later stage refers to it by byte ranges; paragraphs and
//! sentences are ranges too, and line/column are computed only when a report asks.

mod lines;
mod sentences;

use std::ops::Range;

pub use lines::LineIndex;

use crate::lang::Lang;

/// One input text, untouched: the byte offsets of every stage index into `text` as read
/// (a leading BOM stays in place and is skipped, CRLF stays CRLF).
#[derive(Debug)]
pub struct Document {
    /// The path as the user gave it (`-` for standard input).
    pub path: String,
    pub text: String,
    pub lang: Lang,
    /// Where the content starts: 3 after a UTF-8 BOM, else 0.
    pub body_start: usize,
    pub lines: LineIndex,
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
    /// The article's date, when the input or the command line gives one (YYYY-MM-DD).
    pub date: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    pub paragraph: usize,
}

impl Document {
    /// Segments `text`; `lang` of `None` means detect it.
    pub fn new(path: impl Into<String>, text: String, lang: Option<Lang>) -> Document {
        let body_start = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
        let lang = lang.unwrap_or_else(|| crate::lang::detect(&text[body_start..]));
        let lines = LineIndex::new(&text, body_start);
        let paragraphs = paragraphs(&text, body_start);
        let sentences = sentences::split(&text, &paragraphs, crate::lexicon::Lexicon::get(lang));
        Document {
            path: path.into(),
            text,
            lang,
            body_start,
            lines,
            paragraphs,
            sentences,
            date: None,
        }
    }

    pub fn slice(&self, range: &Range<usize>) -> &str {
        self.text.get(range.clone()).unwrap_or("")
    }

    /// Index of the sentence containing byte `offset` (the last one starting at or before it).
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.range.start <= offset);
        i.checked_sub(1)
    }

    /// Index of the paragraph containing byte `offset`.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.start <= offset);
        i.checked_sub(1)
    }
}

/// Paragraphs are the non-blank lines: news drafts put one paragraph per line, with or
/// without blank lines between them. `\r` before `\n` is left out of the range.
fn paragraphs(text: &str, body_start: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = body_start;
    let bytes = text.as_bytes();
    let mut push = |s: usize, e: usize| {
        let r = crate::text::trim_range(text, s..e);
        if !r.is_empty() {
            out.push(r);
        }
    };
    for (i, &b) in bytes.iter().enumerate().skip(body_start) {
        if b == b'\n' {
            push(start, i);
            start = i + 1;
        }
    }
    push(start, text.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_skip_blank_lines_and_crlf() {
        let text = "\u{FEFF}Titre\r\n\r\nPremier paragraphe.\r\nSecond.".to_string();
        let doc = Document::new("t", text, Some(Lang::Fr));
        let paras: Vec<&str> = doc.paragraphs.iter().map(|p| doc.slice(p)).collect();
        assert_eq!(paras, ["Titre", "Premier paragraphe.", "Second."]);
        assert_eq!(doc.body_start, 3);
    }

    #[test]
    fn sentence_and_paragraph_lookup() {
        let doc = Document::new("t", "Un. Deux.\nTrois.".to_string(), Some(Lang::Fr));
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(doc.sentence_at(5), Some(1));
        assert_eq!(doc.paragraph_at(12), Some(1));
    }
}
