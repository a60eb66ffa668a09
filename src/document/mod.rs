//! The document owns the text. Every later stage refers to it by byte ranges; paragraphs and
//! sentences are ranges too, and line/column are computed only when a report asks.

pub mod front_matter;
mod lines;
pub mod markdown;
mod sentences;

use std::ops::Range;
use std::path::Path;

pub use lines::LineIndex;

use crate::error::Error;
use crate::lang::Lang;

/// How the bytes of an input are read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Markup {
    /// Plain text: one paragraph per line.
    #[default]
    Text,
    /// CommonMark: only prose is read; paragraphs are Markdown's blocks.
    Markdown,
}

impl Markup {
    /// Markdown for `.md` and `.markdown` files, plain text otherwise (and for stdin).
    pub fn for_path(path: &Path) -> Markup {
        let md = path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("md") || x.eq_ignore_ascii_case("markdown"));
        if md { Markup::Markdown } else { Markup::Text }
    }
}

/// How to read one input: its markup, and the language when the caller knows it.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReadOptions {
    pub markup: Markup,
    /// Forced (the command line): wins over the front matter.
    pub lang: Option<Lang>,
    /// The configuration's: used when neither the command line nor the front matter says.
    pub default_lang: Option<Lang>,
}

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
    pub markup: Markup,
    /// The YAML front matter block, when the file opens with one.
    pub front_matter: Option<Range<usize>>,
    /// The `<!-- claimcheck: … -->` comments, in order (see `crate::suppress`).
    pub directives: Vec<Range<usize>>,
    /// The prose mask: `text` with every byte that is not prose (front matter, directives;
    /// in Markdown also code, HTML and markup) replaced by an ASCII space, line breaks kept.
    /// Same length, same char boundaries, same lines. `None` when every byte is prose.
    prose: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    pub paragraph: usize,
}

impl Document {
    /// Segments `text` as plain text, every byte of it prose (no front matter, no
    /// directives); `lang` of `None` means detect it.
    pub fn new(path: impl Into<String>, text: String, lang: Option<Lang>) -> Document {
        let body_start = body_start(&text);
        // Every line break is in the body (only a BOM comes before it): the paragraphs are
        // the lines, found by the one scan of the text for its line breaks.
        let lines = LineIndex::new(&text, body_start);
        let paragraphs = lines_to_paragraphs(&text, lines.starts(), body_start);
        Document::assemble(path.into(), text, None, paragraphs, lang, body_start, lines)
    }

    /// Reads an input the way the command line does: the front matter (`date:`, `lang:`),
    /// the `claimcheck:` comments and, for Markdown, the prose mask and Markdown's blocks as
    /// paragraphs. Bad front matter or an unclosed directive is an error with line and column.
    pub fn parse(
        path: impl Into<String>,
        text: String,
        options: ReadOptions,
    ) -> Result<Document, Error> {
        let path = path.into();
        let file = Path::new(&path);
        let body_start = body_start(&text);
        let front = match front_matter::find(file, &text, body_start)? {
            Some(r) => Some(front_matter::parse(file, &text, r)?),
            None => None,
        };
        let fm_range = front.as_ref().map(|f| f.range.clone());
        let mut masked: Vec<Range<usize>> = fm_range.iter().cloned().collect();
        let after_fm = fm_range.as_ref().map_or(body_start, |r| r.end);
        let (prose, paragraphs, directives) = match options.markup {
            Markup::Markdown => {
                // The parser must not read the front matter (a `---` would be a rule).
                let without_fm = mask(&text, &masked);
                let layout = markdown::layout(without_fm.as_deref().unwrap_or(&text), body_start);
                masked.extend(layout.masked);
                let prose = mask(&text, &masked);
                let scan = prose.as_deref().unwrap_or(&text);
                let paragraphs = blocks_to_paragraphs(scan, layout.blocks);
                let directives = layout
                    .comments
                    .into_iter()
                    .filter(|c| is_directive(&text, c))
                    .collect();
                (prose, paragraphs, directives)
            }
            Markup::Text => {
                let directives = text_directives(file, &text, after_fm, body_start)?;
                masked.extend(directives.iter().cloned());
                let prose = mask(&text, &masked);
                let paragraphs = paragraphs(prose.as_deref().unwrap_or(&text), body_start);
                (prose, paragraphs, directives)
            }
        };
        let lang = options
            .lang
            .or(front.as_ref().and_then(|f| f.lang))
            .or(options.default_lang);
        let lines = LineIndex::new(&text, body_start);
        let mut doc = Document::assemble(path, text, prose, paragraphs, lang, body_start, lines);
        doc.markup = options.markup;
        doc.front_matter = fm_range;
        doc.directives = directives;
        doc.date = front.and_then(|f| f.date);
        Ok(doc)
    }

    fn assemble(
        path: String,
        text: String,
        prose: Option<String>,
        paragraphs: Vec<Range<usize>>,
        lang: Option<Lang>,
        body_start: usize,
        lines: LineIndex,
    ) -> Document {
        let scan = prose.as_deref().unwrap_or(&text);
        let lang =
            lang.unwrap_or_else(|| crate::lang::detect(scan.get(body_start..).unwrap_or("")));
        let sentences = sentences::split(scan, &paragraphs, crate::lexicon::Lexicon::get(lang));
        Document {
            path,
            text,
            lang,
            body_start,
            lines,
            paragraphs,
            sentences,
            date: None,
            markup: Markup::Text,
            front_matter: None,
            directives: Vec::new(),
            prose,
        }
    }

    /// The text extraction reads: the prose mask, or `text` when every byte is prose.
    pub fn prose(&self) -> &str {
        self.prose.as_deref().unwrap_or(&self.text)
    }

    /// Runs `f` with `text` replaced by the prose mask, then puts the original back (also
    /// if `f` panics). The extractors read `doc.text`; this is how they see prose only,
    /// at the same offsets, without copying the document.
    pub fn with_prose<R>(&mut self, f: impl FnOnce(&Document) -> R) -> R {
        struct Restore<'a> {
            doc: &'a mut Document,
        }
        impl Drop for Restore<'_> {
            fn drop(&mut self) {
                if let Some(original) = self.doc.prose.take() {
                    let prose = std::mem::replace(&mut self.doc.text, original);
                    self.doc.prose = Some(prose);
                }
            }
        }
        let Some(prose) = self.prose.take() else {
            return f(self);
        };
        // While `f` runs, `prose` holds the original text.
        self.prose = Some(std::mem::replace(&mut self.text, prose));
        let guard = Restore { doc: self };
        f(guard.doc)
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

    /// The headline: the first paragraph when it is one line that ends without a full stop
    /// and a body follows. English headlines capitalise every word ("Kestrel Pay Jumps 40%
    /// in Debut"), so the names read there may run into the verbs after them.
    pub fn headline(&self) -> Option<Range<usize>> {
        /// Longer than any headline: a first paragraph this long is the body's.
        const MAX_BYTES: usize = 300;
        let first = self.paragraphs.first()?.clone();
        let line = self.slice(&first).trim_end();
        (self.paragraphs.len() > 1
            && line.len() <= MAX_BYTES
            && !line.contains('\n')
            && !line.ends_with('.'))
        .then_some(first)
    }
}

fn body_start(text: &str) -> usize {
    if text.starts_with('\u{FEFF}') { 3 } else { 0 }
}

/// `text` with every byte of `ranges` replaced by a space, except line breaks; `None` when
/// there is nothing to mask. Ranges are widened to char boundaries, so the result is valid
/// UTF-8 with the same char boundaries as `text`.
pub fn mask(text: &str, ranges: &[Range<usize>]) -> Option<String> {
    if ranges.iter().all(|r| r.is_empty()) {
        return None;
    }
    let mut bytes = text.as_bytes().to_vec();
    for r in ranges {
        let start = crate::lang::floor_char_boundary(text, r.start);
        let mut end = r.end.min(text.len());
        while end < text.len() && !text.is_char_boundary(end) {
            end += 1;
        }
        for b in bytes.get_mut(start..end).unwrap_or(&mut []) {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    String::from_utf8(bytes).ok()
}

/// Markdown's leaf blocks as paragraphs: trimmed on the mask (a block that is all markup is
/// no paragraph), in order, never overlapping.
fn blocks_to_paragraphs(scan: &str, mut blocks: Vec<Range<usize>>) -> Vec<Range<usize>> {
    blocks.sort_by_key(|b| b.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(blocks.len());
    for b in blocks {
        let r = crate::text::trim_range(scan, b);
        if r.is_empty() || out.last().is_some_and(|p| p.end > r.start) {
            continue;
        }
        out.push(r);
    }
    out
}

/// Whether an HTML comment is a `claimcheck:` directive.
fn is_directive(text: &str, comment: &Range<usize>) -> bool {
    text.get(comment.clone())
        .and_then(|c| c.strip_prefix("<!--"))
        .is_some_and(|c| c.trim_start().starts_with("claimcheck:"))
}

/// In plain text, `<!-- claimcheck: … -->` comments are directives too (other HTML
/// comments are left as text). One never closed is an error.
fn text_directives(
    path: &Path,
    text: &str,
    from: usize,
    body_start: usize,
) -> Result<Vec<Range<usize>>, Error> {
    let mut out = Vec::new();
    let mut at = from;
    while let Some(i) = text.get(at..).and_then(|s| s.find("<!--")) {
        let open = at + i;
        let body = open + 4;
        let rest = text.get(body..).unwrap_or("");
        if !rest.trim_start().starts_with("claimcheck:") {
            at = body;
            continue;
        }
        let Some(close) = rest.find("-->") else {
            let pos = LineIndex::new(text, body_start).position(text, open);
            return Err(Error::At {
                path: path.to_path_buf(),
                line: pos.line,
                column: pos.column,
                message: "this claimcheck comment is never closed with `-->`".into(),
            });
        };
        let end = body + close + 3;
        out.push(open..end);
        at = end;
    }
    Ok(out)
}

/// [`paragraphs`] from the start of every line after the first (`line_starts[1..]`, each
/// just past a line break at or after `body_start`).
fn lines_to_paragraphs(text: &str, line_starts: &[usize], body_start: usize) -> Vec<Range<usize>> {
    let breaks = line_starts
        .get(1..)
        .unwrap_or(&[])
        .iter()
        .map(|&next| next - 1);
    paragraphs_between(text, body_start, breaks)
}

/// Paragraphs are the non-blank lines: news drafts put one paragraph per line, with or
/// without blank lines between them. `\r` before `\n` is left out of the range.
fn paragraphs(text: &str, body_start: usize) -> Vec<Range<usize>> {
    // `match_indices` on a char searches with memchr, many bytes at a time.
    let breaks = text
        .get(body_start..)
        .unwrap_or("")
        .match_indices('\n')
        .map(|(i, _)| body_start + i);
    paragraphs_between(text, body_start, breaks)
}

/// The non-blank, trimmed ranges between `body_start`, each line break in `breaks` (in
/// order) and the end of the text.
fn paragraphs_between(
    text: &str,
    body_start: usize,
    breaks: impl Iterator<Item = usize>,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = body_start;
    let mut push = |s: usize, e: usize| {
        let r = crate::text::trim_range(text, s..e);
        if !r.is_empty() {
            out.push(r);
        }
    };
    for line_break in breaks {
        push(start, line_break);
        start = line_break + 1;
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
    fn a_headline_is_a_first_line_without_a_full_stop() {
        let doc = Document::new(
            "t",
            "Kestrel Pay Jumps 40% in Debut\n\nKestrel Pay raised $1.1 billion.".to_string(),
            Some(Lang::En),
        );
        assert_eq!(
            doc.headline().map(|h| doc.slice(&h)),
            Some("Kestrel Pay Jumps 40% in Debut")
        );
        // a first sentence, or a document of one paragraph, is no headline
        let doc = Document::new(
            "t",
            "It rained.\n\nThen it stopped.".to_string(),
            Some(Lang::En),
        );
        assert_eq!(doc.headline(), None);
        let doc = Document::new("t", "Kestrel Pay Jumps".to_string(), Some(Lang::En));
        assert_eq!(doc.headline(), None);
    }

    #[test]
    fn sentence_and_paragraph_lookup() {
        let doc = Document::new("t", "Un. Deux.\nTrois.".to_string(), Some(Lang::Fr));
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(doc.sentence_at(5), Some(1));
        assert_eq!(doc.paragraph_at(12), Some(1));
    }
}
