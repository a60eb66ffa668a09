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

/// How the sentence splitter reads an ASCII byte: a char that is no terminal and no mark,
/// either a space (`PLAIN` otherwise), or a char to look at (`OTHER`: the terminals, `"`, `)`).
const PLAIN: u8 = 0;
const SPACE: u8 = 1;
const OTHER: u8 = 2;

static ASCII_CLASS: [u8; 128] = {
    let mut table = [PLAIN; 128];
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
    let mut after_terminal = false;
    let mut i = 0;
    loop {
        // Once no terminal is pending, only the terminals and the marks change anything:
        // every other char is jumped over.
        if !after_terminal {
            i = next_terminal_or_mark(bytes, i);
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let c = match ASCII_CLASS.get(usize::from(b)) {
            Some(&PLAIN) => {
                after_terminal = false;
                i += 1;
                continue;
            }
            Some(&SPACE) => {
                i += 1;
                continue;
            }
            Some(_) => char::from(b),
            None => match slice.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => c,
                None => break,
            },
        };
        let next_i = i + c.len_utf8();
        // Any other char but the terminals, the marks and ')' only leaves the last terminal
        // behind (when it is no space).
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
            i = next_i;
            continue;
        }
        // The char before this one, read only for the two marks that need it.
        let prev = || slice[..i].chars().next_back();
        let next = slice[next_i..].chars().next();
        let mut candidate = None;
        let next_is_letter = next.is_some_and(char::is_alphanumeric);
        if c == '‘' && !prev().is_some_and(char::is_alphanumeric) && next_is_letter {
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
            let opening = prev().is_none_or(|p| is_space(p) || matches!(p, '(' | '[' | '—' | '–'));
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
        after_terminal = matches!(c, '.' | '!' | '?' | '…')
            || (after_terminal && (closes(c) || c == '"' || c == ')' || c == '’'));
        if let Some(end) = candidate
            && starts_sentence(&slice[end..])
        {
            out.push(para.start + end);
        }
        i = next_i;
    }
}

/// Whether a byte is a terminal or a mark, or the lead byte of a non-ASCII one (0xC2 for
/// « », 0xE2 for the others; other chars with these lead bytes are looked at too).
fn may_end_or_mark(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'"' | b')' | 0xC2 | 0xE2)
}

/// The first index from `from` of a byte that [`may_end_or_mark`], or the length of `bytes`.
/// The eight-byte test flags a cheap superset (ASCII 0x21..=0x3F and the lead bytes of
/// non-ASCII chars); its false hits (digits, `,`, `-`, `é`…) are passed over.
fn next_terminal_or_mark(bytes: &[u8], from: usize) -> usize {
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let superset = |x: u64| {
        // ASCII bytes in 0x21..=0x3F: with the high bits cleared no sum carries out of its
        // byte, and b + 0x5F sets the high bit iff b >= 0x21, b + 0x40 iff b >= 0x40. Lead
        // bytes are the ones with both high bits set (the shift moves bit 6 of each byte to
        // bit 7 of the same byte).
        let low = x & !HIGH;
        let punctuation = low.wrapping_add(u64::from_ne_bytes([0x5F; 8]))
            & !low.wrapping_add(u64::from_ne_bytes([0x40; 8]))
            & !x;
        punctuation | (x & (x << 1))
    };
    crate::text::find_byte(bytes, from, superset, may_end_or_mark).unwrap_or(bytes.len())
}

/// Whether the text after a candidate end starts a new sentence.
fn starts_sentence(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches(is_space);
    if trimmed.len() == rest.len() {
        return false; // "3.5", "U.S.A": no space, no boundary
    }
    let mut chars = trimmed.chars();
    chars.next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || opens(c)
            || matches!(c, '"' | '—' | '–' | '-' | '(')
            // "…climbed. ‘Nobody is buying’": the British single mark opens a quotation
            // before a letter (and a year, "‘90s")
            || c == '‘' && chars.next().is_some_and(char::is_alphanumeric)
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
    fn terminals_and_marks_are_found_at_every_offset() {
        for mark in [".", "?", ")", "\"", "«", "’", "…", "\u{a0}", "7"] {
            for at in 0..20 {
                let text = format!("{}{mark}{}", "é".repeat(at / 2), "x".repeat(at % 2 + 9));
                let bytes = text.as_bytes();
                for from in 0..=bytes.len() {
                    let expected = (from..bytes.len())
                        .find(|&k| super::may_end_or_mark(bytes[k]))
                        .unwrap_or(bytes.len());
                    assert_eq!(
                        super::next_terminal_or_mark(bytes, from),
                        expected,
                        "{text:?} {from}"
                    );
                }
            }
        }
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
    fn a_british_single_quotation_mark_starts_a_sentence() {
        let s = sentences(
            "A processor said the price had climbed. ‘Nobody is buying boats.’ Then rain.",
            Lang::En,
        );
        assert_eq!(
            s,
            [
                "A processor said the price had climbed.",
                "‘Nobody is buying boats.’",
                "Then rain."
            ]
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
