//! Sentence segmentation. A sentence ends at `.`, `!`, `?` or `…` (or at a closing quotation
//! mark right after one) when what follows starts a new sentence: an uppercase letter, a digit
//! or an opening quotation mark. It never ends inside a quotation, after an abbreviation from
//! the lexicon ("M.", "Dr.", "U.S.") or after an initial ("J. K. Rowling").

use std::ops::Range;

use super::Sentence;
use crate::lexicon::Lexicon;
use crate::text::is_space;

pub fn split(text: &str, paragraphs: &[Range<usize>], lexicon: &Lexicon) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut ends = Vec::new();
    for (p, para) in paragraphs.iter().enumerate() {
        let mut start = para.start;
        ends.clear();
        boundaries(text, para.clone(), lexicon, &mut ends);
        for &end in &ends {
            push(text, &mut out, start..end, p);
            start = end;
        }
        push(text, &mut out, start..para.end, p);
    }
    out
}

fn push(text: &str, out: &mut Vec<Sentence>, range: Range<usize>, paragraph: usize) {
    let range = crate::text::trim_range(text, range);
    if !range.is_empty() {
        out.push(Sentence { range, paragraph });
    }
}

fn opens(c: char) -> bool {
    matches!(c, '«' | '“' | '„' | '‹')
}

fn closes(c: char) -> bool {
    matches!(c, '»' | '”' | '›')
}

/// How the sentence splitter reads a byte: an ASCII char that is no terminal and no mark,
/// either a space (`PLAIN` otherwise), or a byte to decode and look at (`OTHER`: the
/// terminals, `"`, `)` and every byte of a non-ASCII char).
const PLAIN: u8 = 0;
const SPACE: u8 = 1;
const OTHER: u8 = 2;

static ASCII_CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'.' | b'!' | b'?' | b'"' | b')' => OTHER,
            b'\t'..=b'\r' | b' ' => SPACE,
            _ => PLAIN,
        };
        b += 1;
    }
    table
};

/// Byte offsets (within the paragraph) just after each sentence end, appended to `out`.
fn boundaries(text: &str, para: Range<usize>, lexicon: &Lexicon, out: &mut Vec<usize>) {
    let Some(slice) = text.get(para.clone()) else {
        return;
    };
    let bytes = slice.as_bytes();
    let mut depth: usize = 0;
    let mut straight_open = false;
    // ‘ … ’ where ’ is also the apostrophe: ‘ opens before a letter, ’ closes before a non-letter.
    let mut single_open = false;
    let mut prev: Option<char> = None;
    let mut after_terminal = false;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII but the terminals and marks is most of the text and can end nothing: a run of
        // it only moves `prev` on and, unless it is all spaces, leaves the last terminal behind.
        let run = i;
        loop {
            // Once no terminal is pending, the bytes of a run change nothing: skipped eight
            // at a time. Then at most eight bytes one by one, to the next byte to look at.
            if !after_terminal {
                i = skip_plain_chunks(bytes, i);
            }
            let stop = bytes.len().min(i + 8);
            while i < stop {
                match ASCII_CLASS[usize::from(bytes[i])] {
                    PLAIN => after_terminal = false,
                    SPACE => {}
                    _ => break,
                }
                i += 1;
            }
            if i < stop || i == bytes.len() {
                break;
            }
        }
        if i > run {
            prev = Some(char::from(bytes[i - 1]));
            continue;
        }
        let Some(c) = slice[i..].chars().next() else {
            break;
        };
        let next_i = i + c.len_utf8();
        // Any other char but the terminals, the marks and ')' only moves `prev` on (and, when
        // it is no space, leaves the last terminal behind).
        if !matches!(
            c,
            '.' | '!'
                | '?'
                | '…'
                | '"'
                | ')'
                | '‘'
                | '’'
                | '«'
                | '“'
                | '„'
                | '‹'
                | '»'
                | '”'
                | '›'
        ) {
            if !is_space(c) {
                after_terminal = false;
            }
            prev = Some(c);
            i = next_i;
            continue;
        }
        let next = slice[next_i..].chars().next();
        let mut candidate = None;
        let next_is_letter = next.is_some_and(char::is_alphanumeric);
        if c == '‘' && !prev.is_some_and(char::is_alphanumeric) && next_is_letter {
            single_open = true;
        } else if c == '’' && single_open && !next_is_letter {
            single_open = false;
            if depth == 0 && after_terminal {
                candidate = Some(next_i);
            }
        } else if opens(c) {
            depth += 1;
        } else if closes(c) {
            depth = depth.saturating_sub(1);
            if depth == 0 && !straight_open && after_terminal {
                candidate = Some(next_i);
            }
        } else if c == '"' {
            let opening = prev.is_none_or(|p| is_space(p) || matches!(p, '(' | '[' | '—' | '–'));
            straight_open = opening;
            if !opening && depth == 0 && after_terminal {
                candidate = Some(next_i);
            }
        } else if matches!(c, '.' | '!' | '?' | '…') && depth == 0 && !straight_open && !single_open
        {
            let next_is_closer =
                next.is_some_and(|n| closes(n) || n == '"' || n == ')' || n == '’');
            if !next_is_closer && (c != '.' || !no_break_before(slice, i, lexicon)) {
                candidate = Some(next_i);
            }
        }
        if !is_space(c) {
            after_terminal = matches!(c, '.' | '!' | '?' | '…')
                || (after_terminal && (closes(c) || c == '"' || c == ')' || c == '’'));
        }
        if let Some(end) = candidate
            && starts_sentence(&slice[end..])
        {
            out.push(para.start + end);
        }
        prev = Some(c);
        i = next_i;
    }
}

/// The first index from `i` of an eight-byte chunk that may hold a byte to look at (a
/// terminal, `"`, `)` or a non-ASCII byte), or of the last incomplete chunk. The bytes skipped
/// are all [`PLAIN`] or [`SPACE`].
fn skip_plain_chunks(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = ONES * 0x80;
    while let Some(chunk) = bytes.get(i..).and_then(|b| b.first_chunk::<8>()) {
        let x = u64::from_ne_bytes(*chunk);
        // Every byte to look at is non-ASCII or in 0x21..=0x3F (`!`, `"`, `)`, `.`, `?`).
        // For an ASCII byte b, b + 0x5F sets the high bit iff b >= 0x21, and b + 0x40 iff
        // b >= 0x40 (no carry leaves the byte); other bytes set the high bit themselves.
        let in_range = x.wrapping_add(ONES * 0x5F) & !x.wrapping_add(ONES * 0x40);
        if (x | in_range) & HIGH != 0 {
            break;
        }
        i += 8;
    }
    i
}

/// Whether the text after a candidate end starts a new sentence.
fn starts_sentence(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches(is_space);
    if trimmed.len() == rest.len() {
        return false; // "3.5", "U.S.A": no space, no boundary
    }
    trimmed.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || opens(c)
            || matches!(c, '"' | '—' | '–' | '-' | '(')
    })
}

/// Whether the period at `dot` belongs to an abbreviation or an initial.
fn no_break_before(slice: &str, dot: usize, lexicon: &Lexicon) -> bool {
    let before = &slice[..dot];
    let word_start = before
        .rfind(|c: char| is_space(c) || matches!(c, '(' | '[' | '«' | '“' | '"' | '\'' | '’'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let single_upper = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single_upper || lexicon.is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::lang::Lang;

    fn sentences(text: &str, lang: Lang) -> Vec<String> {
        let doc = Document::new("t", text.to_string(), Some(lang));
        doc.sentences
            .iter()
            .map(|s| doc.slice(&s.range).to_string())
            .collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            sentences("Il pleut. Il vente! Vraiment?", Lang::Fr),
            ["Il pleut.", "Il vente!", "Vraiment?"]
        );
    }

    #[test]
    fn never_splits_inside_a_quotation() {
        let s = sentences(
            "« Vous ne dites pas. Vous ne dites rien. » Il sera son patron.",
            Lang::Fr,
        );
        assert_eq!(
            s,
            [
                "« Vous ne dites pas. Vous ne dites rien. »",
                "Il sera son patron."
            ]
        );
        let s = sentences("He said: “No. Never.” Then he left.", Lang::En);
        assert_eq!(s, ["He said: “No. Never.”", "Then he left."]);
        let s = sentences(
            "‘We’ve talked. Now we build,’ the minister said. Next.",
            Lang::En,
        );
        assert_eq!(
            s,
            ["‘We’ve talked. Now we build,’ the minister said.", "Next."]
        );
    }

    #[test]
    fn quote_followed_by_its_incise_is_one_sentence() {
        let s = sentences("« C’est fini. », a-t-il dit. Suite.", Lang::Fr);
        assert_eq!(s, ["« C’est fini. », a-t-il dit.", "Suite."]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("M. Dupont et Mme Durand sont là. Fin.", Lang::Fr).len(),
            2
        );
        assert_eq!(sentences("Le Dr. Martin arrive.", Lang::Fr).len(), 1);
        assert_eq!(
            sentences(
                "The U.S. Treasury agreed. J. K. Rowling wrote it.",
                Lang::En
            )
            .len(),
            2
        );
        assert_eq!(sentences("Growth was 3.5 percent.", Lang::En).len(), 1);
    }
}
