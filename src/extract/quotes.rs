//! Quotation scanner: one forward pass over each paragraph with a stack of open marks.
//!
//! Marks: « » (with any or no inner space), “ ”, „ “, ‹ ›, straight " paired by position, and
//! ‘ ’ / ' where the closing mark is also the apostrophe: ’ closes only when no letter follows
//! it ("We’ve" does not close). A quotation still open at the end of a paragraph continues
//! when the next paragraph opens with the same mark again (English convention, and French
//! « reopened) or with » (French repeated closer); otherwise its mark is reported unbalanced
//! and scanning goes on with the next paragraph, so one stray mark never swallows the article.

use std::ops::Range;

use crate::text::{is_space, is_word_char, trim_range};

/// A quotation as found in the text, before any classification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// From the opening mark to the closing mark, both included.
    pub span: Range<usize>,
    /// The inner text of each piece, trimmed of padding spaces (several pieces when the
    /// quotation runs over paragraphs).
    pub segments: Vec<Range<usize>>,
    /// 0 for a top-level quotation, 1 for one inside another, and so on.
    pub depth: usize,
    pub open_mark: char,
    /// A French incise inside the marks (« …, explique-t-elle. … »), left out of the pieces;
    /// set by `attribute::incise`.
    pub incise: Option<Range<usize>>,
}

impl QuoteSpan {
    /// From the start of the first piece to the end of the last.
    pub fn inner(&self) -> Range<usize> {
        let start = self.segments.first().map_or(self.span.start, |s| s.start);
        let end = self.segments.last().map_or(start, |s| s.end);
        start..end
    }

    /// The words of the quotation without marks, padding or reopening marks: pieces joined
    /// with one space.
    pub fn text(&self, text: &str) -> String {
        let mut out = String::new();
        for seg in &self.segments {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(text.get(seg.clone()).unwrap_or(""));
        }
        out
    }
}

/// An opening mark never closed, or a closing mark never opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnbalancedMark {
    pub at: Range<usize>,
    pub mark: char,
}

#[derive(Debug, Default)]
pub struct QuoteScan {
    pub quotes: Vec<QuoteSpan>,
    pub unbalanced: Vec<UnbalancedMark>,
}

struct Open {
    mark: char,
    closer: char,
    /// Byte offset of the opening mark of the first piece.
    start: usize,
    /// Start of the current piece's inner text.
    piece_start: usize,
    segments: Vec<Range<usize>>,
    /// Single marks that double as apostrophes are dropped silently when never closed.
    ambiguous: bool,
    /// How many quotations were found before this mark opened: the quotations found since
    /// are inside it, so it goes before them and the final sort has little to move.
    found_before: usize,
}

fn closer_of(mark: char) -> Option<char> {
    Some(match mark {
        '«' => '»',
        '“' => '”',
        '„' => '“',
        '‹' => '›',
        '"' => '"',
        '‘' => '’',
        '\'' => '\'',
        _ => return None,
    })
}

pub fn scan(text: &str, paragraphs: &[Range<usize>]) -> QuoteScan {
    let mut out = QuoteScan::default();
    let mut stack: Vec<Open> = Vec::new();
    for (p, para) in paragraphs.iter().enumerate() {
        let mut begin = para.start;
        if !stack.is_empty() {
            begin = continue_into(text, para, &mut stack, &mut out);
        }
        scan_paragraph(text, begin..para.end, &mut stack, &mut out);
        if !stack.is_empty() {
            let reopens = paragraphs
                .get(p + 1)
                .is_some_and(|next| reopening_mark(text, next, &stack).is_some());
            for open in stack.iter_mut() {
                open.segments
                    .push(trim_range(text, open.piece_start..para.end));
            }
            if !reopens {
                close_at_paragraph_end(&mut stack, &mut out, para.end);
            }
        }
    }
    unwind(&mut stack, &mut out);
    // Mostly in order already (see `Open::found_before`): the sort then only checks it.
    out.quotes.sort_by_key(|q| (q.span.start, q.depth));
    out.unbalanced.sort_by_key(|u| u.at.start);
    out
}

/// How long, in bytes, a quotation that never closes may still be read as one: a long
/// paragraph of news. Past it, the mark is only reported: in a draft written as one paragraph
/// of a megabyte, a stray mark would otherwise make a quotation of the rest of the draft.
const UNCLOSED_QUOTATION: usize = 4000;

/// A quotation still open when its paragraph ends and nothing continues it: its mark is
/// reported, and its words up to the end of the paragraph are still read as a quotation
/// (the missing mark is the draft's typo, not a reason to skip the words), unless they run
/// longer than `UNCLOSED_QUOTATION`.
fn close_at_paragraph_end(stack: &mut Vec<Open>, out: &mut QuoteScan, para_end: usize) {
    for (depth, open) in stack.drain(..).enumerate() {
        if open.ambiguous {
            continue;
        }
        out.unbalanced.push(UnbalancedMark {
            at: open.start..open.start + open.mark.len_utf8(),
            mark: open.mark,
        });
        if para_end.saturating_sub(open.start) > UNCLOSED_QUOTATION {
            continue;
        }
        let segments: Vec<Range<usize>> = open
            .segments
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if !segments.is_empty() {
            out.quotes.push(QuoteSpan {
                span: open.start..para_end,
                segments,
                depth,
                open_mark: open.mark,
                incise: None,
            });
        }
    }
}

/// Everything still open is unbalanced; ambiguous single marks were apostrophes after all.
fn unwind(stack: &mut Vec<Open>, out: &mut QuoteScan) {
    for open in stack.drain(..) {
        if !open.ambiguous {
            out.unbalanced.push(UnbalancedMark {
                at: open.start..open.start + open.mark.len_utf8(),
                mark: open.mark,
            });
        }
    }
}

/// The mark that continues the outermost open quotation at the start of `para`, if any.
fn reopening_mark(text: &str, para: &Range<usize>, stack: &[Open]) -> Option<char> {
    let first = text.get(para.clone())?.chars().next()?;
    let outer = stack.first()?;
    (first == outer.mark
        || (outer.mark == '«' && first == '»')
        || (outer.mark == '“' && first == '"'))
        .then_some(first)
}

/// Skips the reopening mark of a continued quotation; returns where scanning resumes.
fn continue_into(
    text: &str,
    para: &Range<usize>,
    stack: &mut Vec<Open>,
    out: &mut QuoteScan,
) -> usize {
    match reopening_mark(text, para, stack) {
        Some(mark) => {
            // Only the outermost quotation can run over paragraphs; inner ones were unclosed.
            let inner: Vec<Open> = stack.drain(1..).collect();
            unwind(&mut inner.into_iter().collect(), out);
            let resume = para.start + mark.len_utf8();
            if let Some(outer) = stack.first_mut() {
                outer.piece_start = resume;
            }
            resume
        }
        None => {
            unwind(stack, out);
            para.start
        }
    }
}

fn scan_paragraph(text: &str, range: Range<usize>, stack: &mut Vec<Open>, out: &mut QuoteScan) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let base = range.start;
    let bytes = slice.as_bytes();
    let mut from = 0;
    // Only quotation marks matter: jump from one possible mark to the next.
    while let Some(i) = next_possible_mark(bytes, from) {
        let Some(c) = slice[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        if !is_mark(c) {
            continue;
        }
        let at = base + i;
        let prev = text[..at].chars().next_back();
        let next = slice[from..].chars().next();
        let after_word = prev.is_some_and(is_word_char);
        let before_word = next.is_some_and(is_word_char);
        if stack.last().is_some_and(|o| o.closer == c)
            && closes_here(c, prev, next)
            && !possessive(slice, i, c, prev)
        {
            close(text, at, c, stack, out);
        } else if let Some(closer) = closer_of(c) {
            let opening = match c {
                '"' => {
                    prev.is_none_or(|p| !is_word_char(p) && !matches!(p, '.' | ',' | '!' | '?'))
                        && next.is_some_and(|n| !is_space(n))
                }
                '\'' | '‘' => !after_word && before_word,
                _ => true,
            };
            if opening {
                stack.push(Open {
                    mark: c,
                    closer,
                    start: at,
                    piece_start: at + c.len_utf8(),
                    segments: Vec::new(),
                    ambiguous: matches!(c, '\'' | '‘'),
                    found_before: out.quotes.len(),
                });
            }
        } else if matches!(c, '»' | '”' | '›') {
            // A closer that does not match the innermost open mark: close the nearest open
            // quotation expecting it and report the marks left open inside it.
            if let Some(pos) = stack.iter().rposition(|o| o.closer == c) {
                let inner: Vec<Open> = stack.drain(pos + 1..).collect();
                unwind(&mut inner.into_iter().collect(), out);
                close(text, at, c, stack, out);
            } else {
                out.unbalanced.push(UnbalancedMark {
                    at: at..at + c.len_utf8(),
                    mark: c,
                });
            }
        }
    }
}

/// The first byte at or after `from` that may start a quotation mark: `"`, `'`, or 0xC2 or
/// 0xE2, the lead bytes of every other mark.
fn next_possible_mark(bytes: &[u8], from: usize) -> Option<usize> {
    use crate::text::bytes_equal;
    crate::text::find_byte(
        bytes,
        from,
        |word| {
            bytes_equal(word, b'"')
                | bytes_equal(word, b'\'')
                | bytes_equal(word, 0xC2)
                | bytes_equal(word, 0xE2)
        },
        |b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2),
    )
}

/// Whether `c` is a quotation mark of any convention (the apostrophe ’ included).
pub fn is_mark(c: char) -> bool {
    // Every opening mark, and every closing one that opens nothing itself.
    closer_of(c).is_some() || matches!(c, '»' | '”' | '›' | '’')
}

/// A plural possessive inside a single-quoted quotation ("‘Customers’ money shouldn’t pay
/// for shareholders’ mistakes.’"): an s’ before a lowercase word, when a later ’ of the
/// paragraph ends a sentence, is the apostrophe, not the closing mark. Looks ahead only in
/// this rare case.
fn possessive(slice: &str, i: usize, c: char, prev: Option<char>) -> bool {
    if c != '’' || prev != Some('s') {
        return false;
    }
    let rest = &slice[i + c.len_utf8()..];
    let mut after = rest.chars();
    if after.next() != Some(' ') || !after.next().is_some_and(char::is_lowercase) {
        return false;
    }
    let mut last = ' ';
    for ch in rest.chars() {
        if ch == '’' && matches!(last, '.' | '!' | '?' | ',') {
            return true;
        }
        if ch == '‘' {
            return false;
        }
        last = ch;
    }
    false
}

/// Single marks close only where an apostrophe could not stand: not before a letter.
fn closes_here(c: char, prev: Option<char>, next: Option<char>) -> bool {
    match c {
        '’' | '\'' => !next.is_some_and(is_word_char) && !prev.is_some_and(is_space),
        '"' => !prev.is_some_and(is_space) || next.is_none_or(|n| is_space(n) || !is_word_char(n)),
        _ => true,
    }
}

fn close(text: &str, at: usize, c: char, stack: &mut Vec<Open>, out: &mut QuoteScan) {
    let Some(mut open) = stack.pop() else { return };
    open.segments.push(trim_range(text, open.piece_start..at));
    open.segments.retain(|s| !s.is_empty());
    if open.segments.is_empty() {
        return; // « » with nothing inside is no quotation
    }
    let index = open.found_before.min(out.quotes.len());
    out.quotes.insert(
        index,
        QuoteSpan {
            span: open.start..at + c.len_utf8(),
            segments: open.segments,
            depth: stack.len(),
            open_mark: open.mark,
            incise: None,
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> QuoteScan {
        let paras =
            crate::document::Document::new("t", text.to_string(), Some(crate::Lang::Fr)).paragraphs;
        scan(text, &paras)
    }

    fn texts(text: &str) -> Vec<String> {
        run(text).quotes.iter().map(|q| q.text(text)).collect()
    }

    #[test]
    fn possible_marks_are_found_at_every_offset() {
        for mark in ["\"", "'", "«", "’", "\u{a0}"] {
            for at in 0..20 {
                let text = format!("{}{mark}{}", "é".repeat(at / 2), "x".repeat(at % 2 + 9));
                let naive = text
                    .bytes()
                    .position(|b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2));
                for from in 0..text.len() {
                    let expected = naive.filter(|&p| p >= from).or_else(|| {
                        text.bytes()
                            .skip(from)
                            .position(|b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
                            .map(|p| p + from)
                    });
                    assert_eq!(
                        next_possible_mark(text.as_bytes(), from),
                        expected,
                        "{text:?} {from}"
                    );
                }
            }
        }
    }

    #[test]
    fn french_marks_with_every_space() {
        assert_eq!(
            texts(
                "Il a dit « oui » puis «\u{00A0}non\u{00A0}» et «\u{202F}peut-être\u{202F}» ou «rien»."
            ),
            ["oui", "non", "peut-être", "rien"]
        );
    }

    #[test]
    fn apostrophe_does_not_close_single_quote() {
        assert_eq!(
            texts("He called it ‘the best we’ve had’ on Monday."),
            ["the best we’ve had"]
        );
        assert_eq!(texts("“We’ve won,” she said."), ["We’ve won,"]);
        assert!(run("L’industrie et l’argent.").quotes.is_empty());
        assert!(run("rock 'n' roll and the '90s").unbalanced.is_empty());
    }

    #[test]
    fn plural_possessive_does_not_close_a_single_quote() {
        let text =
            "He said: ‘Customers’ money shouldn’t pay for shareholders’ mistakes.’ Then left.";
        assert_eq!(
            texts(text),
            ["Customers’ money shouldn’t pay for shareholders’ mistakes."]
        );
        assert_eq!(texts("the ‘Customers’ said no."), ["Customers"]);
    }

    #[test]
    fn straight_quotes_pair_by_position() {
        assert_eq!(
            texts("He said \"no\" and then \"yes, fine.\""),
            ["no", "yes, fine."]
        );
    }

    #[test]
    fn nested_quotes_have_depth() {
        let text = "« Il m’a dit “jamais” hier », raconte-t-elle.";
        let scan = run(text);
        assert_eq!(scan.quotes.len(), 2);
        assert_eq!(scan.quotes[0].depth, 0);
        assert_eq!(scan.quotes[1].depth, 1);
        assert_eq!(scan.quotes[1].text(text), "jamais");
    }

    #[test]
    fn german_and_single_guillemets() {
        assert_eq!(texts("Er sagte „nein“. Il dit ‹ oui ›."), ["nein", "oui"]);
    }

    #[test]
    fn multi_paragraph_quotations_are_one_quote() {
        let en = "“First part.\n“Second part,” he said.";
        let q = run(en).quotes;
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].segments.len(), 2);
        assert_eq!(q[0].text(en), "First part. Second part,");
        let fr = "« Début.\n« Suite.\n» Fin. »\nAprès.";
        let q = run(fr).quotes;
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text(fr), "Début. Suite. Fin.");
    }

    #[test]
    fn unbalanced_mark_is_reported_and_scanning_goes_on() {
        let text = "« Jamais fermé.\nPuis « ouvert et fermé ».";
        let scan = run(text);
        assert_eq!(
            scan.unbalanced,
            [UnbalancedMark {
                at: 0..2,
                mark: '«'
            }]
        );
        // The unclosed quotation runs to the end of its paragraph; the next one is intact.
        let texts: Vec<String> = scan.quotes.iter().map(|q| q.text(text)).collect();
        assert_eq!(texts, ["Jamais fermé.", "ouvert et fermé"]);
        let stray = run("Un » seul.");
        assert_eq!(stray.unbalanced.len(), 1);
        // in a paragraph longer than a news paragraph, an unclosed mark is only reported: the
        // rest of the paragraph is no quotation
        let long = format!("« Début {} fin.\nAprès.", "mot ".repeat(2000));
        let scan = run(&long);
        assert_eq!(scan.unbalanced.len(), 1);
        assert!(scan.quotes.is_empty(), "{:?}", scan.quotes);
    }

    #[test]
    fn empty_marks_are_no_quote() {
        assert!(run("« » et “”").quotes.is_empty());
    }
}
