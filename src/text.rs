//! Small text primitives shared by every stage: a word tokenizer over byte ranges and
//! comparisons that fold case and the typographic variants of the apostrophe, so that
//! lexicon entries written with `'` match text written with `’`.

use std::ops::Range;

/// A token of the text: a word (letters, digits, inner hyphens) or one punctuation char.
/// Whitespace is not a token; `space_before` records whether any preceded it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    /// [`fold_key`] of the token's text, computed once: lexicon lookups reject most tokens
    /// on it without folding their text again.
    pub key: u32,
    pub kind: TokenKind,
    pub space_before: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punct,
}

impl Token {
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.range.clone()).unwrap_or("")
    }

    /// Whether the token is an apostrophe (« l’ » is tokenised as l, then ’; "Renault’s" as
    /// Renault, ’, s).
    pub fn is_apostrophe(&self, text: &str) -> bool {
        let w = self.text(text);
        !w.is_empty() && w.chars().all(is_apostrophe)
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    /// The token as a lexicon lookup: its text with its fold key, which lets a word list
    /// reject it without folding the text.
    #[inline]
    pub fn word<'a>(&self, text: &'a str) -> Word<'a> {
        Word {
            text: self.text(text),
            key: Some(self.key),
        }
    }
    /// [`starts_uppercase`] of the token's text, from its first byte when it is ASCII (most
    /// tokens), without slicing the text.
    #[inline]
    pub fn starts_uppercase(&self, text: &str) -> bool {
        match text.as_bytes().get(self.range.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase() && self.range.end <= text.len(),
            _ => starts_uppercase(self.text(text)),
        }
    }
}

/// A word to look up in the lexicon: its text and, when it is a token, its [`fold_key`].
#[derive(Clone, Copy, Debug)]
pub struct Word<'a> {
    pub text: &'a str,
    pub key: Option<u32>,
}

impl<'a> From<&'a str> for Word<'a> {
    fn from(text: &'a str) -> Word<'a> {
        Word { text, key: None }
    }
}

impl<'a> From<&'a String> for Word<'a> {
    fn from(text: &'a String) -> Word<'a> {
        Word::from(text.as_str())
    }
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Spaces that typography puts inside French quotation marks and before `:`/`%`.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{FEFF}')
}

pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{C0}'..='\u{24F}').contains(&c) {
        // The accented Latin letters of French and English text, without the Unicode
        // tables: every char of this block is a letter but × and ÷.
        c != '×' && c != '÷'
    } else if c < '\u{C0}' {
        // Latin-1 punctuation (« » £, no-break space): three letters, six numbers.
        matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾')
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        false // typographic quotes, dashes and spaces
    } else {
        c.is_alphanumeric()
    }
}

/// Tokenizes `text[range]`. Hyphens between word chars stay inside the word ("a-t-il",
/// "super-intelligents"); apostrophes split a word ("l’industrie" → "l", "’", "industrie")
/// so elisions match lexicon phrases written with either apostrophe.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_into(text, range, &mut tokens);
    tokens
}

/// For each byte: its lowercase form when it is an ASCII letter or digit, else 0. Most of
/// a text is read through this table, one lookup a byte.
static ASCII_WORD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// [`is_space`] of an ASCII byte.
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// [`tokenize`], appending to `tokens` (one vector for a whole document).
pub fn tokenize_into(text: &str, range: Range<usize>, tokens: &mut Vec<Token>) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let base = range.start;
    let bytes = slice.as_bytes();
    let mut i = 0;
    let mut space_before = false;
    while let Some(&b) = bytes.get(i) {
        // ASCII is most of the text: its spaces, letters and punctuation are told apart
        // without decoding a char (`fold_char` of an ASCII char is its lowercase).
        let start = base + i;
        let (word, lead) = if b.is_ascii() {
            if is_ascii_space(b) {
                space_before = true;
                i += 1;
                continue;
            }
            if b == b'('
                && let Some(len) = foreign_script_gloss(bytes.get(i..).unwrap_or(&[]))
            {
                i += len;
                space_before = true;
                continue;
            }
            i += 1;
            (
                ASCII_WORD[usize::from(b)] != 0,
                char::from(b.to_ascii_lowercase()),
            )
        } else {
            let Some(c) = char_at(slice, bytes, i) else {
                break;
            };
            i += c.len_utf8();
            if is_space(c) {
                space_before = true;
                continue;
            }
            (is_word_char(c), fold_char(c))
        };
        // The key is hashed as the word is read (see `fold_key`).
        let mut h = mix(0, u32::from(lead));
        let kind = if word {
            while let Some(&b) = bytes.get(i) {
                let lower = ASCII_WORD[usize::from(b)];
                if lower != 0 {
                    h = mix(h, u32::from(lower));
                    i += 1;
                    continue;
                }
                // Any other ASCII char but the hyphen ends the word.
                if b.is_ascii() && b != b'-' {
                    break;
                }
                let Some(d) = char_at(slice, bytes, i) else {
                    break;
                };
                let n = d.len_utf8();
                // Keep a hyphen only when a word char follows it.
                if is_word_char(d)
                    || (is_hyphen(d) && char_at(slice, bytes, i + n).is_some_and(is_word_char))
                {
                    h = mix(h, u32::from(fold_char(d)));
                    i += n;
                } else {
                    break;
                }
            }
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        tokens.push(Token {
            range: start..base + i,
            key: finish(h),
            kind,
            space_before,
        });
        // Most tokens are followed by one space: it is read here, without another turn.
        space_before = bytes.get(i) == Some(&b' ');
        i += usize::from(space_before);
    }
}

/// The longest gloss `foreign_script_gloss` reads, in bytes (about a dozen ideographs).
const GLOSS_BYTES: usize = 40;

/// "Hsu Ming-chieh (許明杰) told", "Lin Chin-fa (林進發), 67,": a name's spelling in its own
/// script, in parentheses, glosses the name before it and stands between it and its verb or
/// age. The tokenizer leaves it out (its bytes stay where they are). `bytes` starts at the
/// opening parenthesis; returns the length up to and with the closing one when everything
/// inside is a letter of a script other than Latin (or a space).
fn foreign_script_gloss(bytes: &[u8]) -> Option<usize> {
    let close = bytes.iter().take(GLOSS_BYTES).position(|&b| b == b')')?;
    let inner = std::str::from_utf8(bytes.get(1..close)?).ok()?;
    let foreign =
        |c: char| c.is_alphabetic() && c >= '\u{0370}' && !('\u{1E00}'..='\u{1EFF}').contains(&c);
    (inner.chars().any(foreign) && inner.chars().all(|c| foreign(c) || is_space(c)))
        .then_some(close + 1)
}

/// The char at byte `i` of `s` (a char boundary), decoding only when it is not ASCII.
#[inline]
fn char_at(s: &str, bytes: &[u8], i: usize) -> Option<char> {
    match bytes.get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// Folds a char for comparison: lowercase (first char of the mapping) and one apostrophe.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return if c == '\'' { c } else { c.to_ascii_lowercase() };
    }
    if is_apostrophe(c) {
        return '\'';
    }
    if is_hyphen(c) {
        return '-';
    }
    // Latin-1, most of French accented text, without the Unicode case tables: capitals
    // À..Þ (but ×) are 32 below their small letter, the rest has no case.
    if c <= '\u{FF}' {
        return if ('\u{C0}'..='\u{DE}').contains(&c) && c != '×' {
            char::from_u32(u32::from(c) + 32).unwrap_or(c)
        } else {
            c
        };
    }
    c.to_lowercase().next().unwrap_or(c)
}

/// Compares two strings ignoring case and apostrophe variants, without allocating.
pub fn eq_fold(a: &str, b: &str) -> bool {
    // Mostly called on words written alike (a lexicon entry and the text's word).
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    let mut x = a.chars().map(fold_char);
    let mut y = b.chars().map(fold_char);
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q => {}
            _ => return false,
        }
    }
}

/// Calls `f` with the folded form of `s`, on the stack when it is short: lexicon lookups
/// happen for most tokens, and an allocation each would dominate the extractor's time.
pub fn with_folded<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    // Most tokens are lowercase ASCII already: their folded form is themselves.
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return f(s);
    }
    let mut buf = [0u8; 128];
    // Capitalised ASCII words (names, sentence starts): lowercase byte by byte.
    if s.is_ascii()
        && let Some(out) = buf.get_mut(..s.len())
    {
        out.copy_from_slice(s.as_bytes());
        out.make_ascii_lowercase();
        return match std::str::from_utf8(out) {
            Ok(folded) => f(folded),
            Err(_) => f(&fold(s)),
        };
    }
    let mut len = 0;
    for c in s.chars().map(fold_char) {
        let n = c.len_utf8();
        if len + n > buf.len() {
            return f(&fold(s));
        }
        c.encode_utf8(&mut buf[len..len + n]);
        len += n;
    }
    match std::str::from_utf8(&buf[..len]) {
        Ok(folded) => f(folded),
        Err(_) => f(&fold(s)),
    }
}

/// A hash of the folded form of `s`: strings that [`eq_fold`] equal have the same key.
pub fn fold_key(s: &str) -> u32 {
    finish(s.chars().fold(0, |h, c| mix(h, u32::from(fold_char(c)))))
}

#[inline]
fn mix(h: u32, x: u32) -> u32 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x9E37_79B9)
}

#[inline]
fn finish(h: u32) -> u32 {
    h ^ (h >> 15)
}

/// The folded form of a string, used as a key in lexicon maps.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_folded(&mut out, s);
    out
}

/// The folded words of `tokens`, one space between each: how roles and nouns are compared.
/// Folding maps a space to itself, so this is the fold of the words joined, in one string.
pub fn fold_phrase(text: &str, tokens: &[Token]) -> String {
    let mut out = String::new();
    for (k, t) in tokens.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        push_folded(&mut out, t.text(text));
    }
    out
}

/// Appends the folded form of `word` to `out`.
fn push_folded(out: &mut String, word: &str) {
    // ASCII folds byte by byte to its lowercase, without going through chars.
    if word.is_ascii() {
        let from = out.len();
        out.push_str(word);
        out[from..].make_ascii_lowercase();
    } else {
        out.extend(word.chars().map(fold_char));
    }
}

/// Past an elision's apostrophe at token `k` (« l’ » is tokenised as l, then ’): `k + 1`
/// when token `k` is one, else `k`.
pub fn past_elision(text: &str, tokens: &[Token], k: usize) -> usize {
    if tokens.get(k).is_some_and(|t| t.is_apostrophe(text)) {
        k + 1
    } else {
        k
    }
}

pub fn starts_uppercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The first index at or after `from` of a byte that `is_wanted`. The text is read eight
/// bytes at a time (most of it is none of the bytes sought): `may_be_wanted` takes the eight
/// bytes as a little-endian word and sets the high bit of each byte that may be wanted (every
/// wanted one, maybe others); only those bytes are then asked `is_wanted`. The last bytes,
/// fewer than eight, are asked one by one.
#[inline]
pub fn find_byte(
    bytes: &[u8],
    from: usize,
    may_be_wanted: impl Fn(u64) -> u64,
    is_wanted: impl Fn(u8) -> bool,
) -> Option<usize> {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut at = from;
    while let Some(chunk) = bytes
        .get(at..at + 8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
    {
        let mut flagged = may_be_wanted(u64::from_le_bytes(chunk)) & HIGH_BITS;
        while flagged != 0 {
            let k = (flagged.trailing_zeros() / 8) as usize;
            if chunk.get(k).is_some_and(|&b| is_wanted(b)) {
                return Some(at + k);
            }
            flagged &= flagged - 1;
        }
        at += 8;
    }
    let rest = bytes.get(at..)?;
    rest.iter().position(|&b| is_wanted(b)).map(|p| at + p)
}

/// The high bit of each byte of `word` that equals `b` (for [`find_byte`]): a zero byte of
/// `word ^ repeated(b)` is a byte equal to `b`; the lowest flag is always a true one, and
/// [`find_byte`] checks the others.
#[inline]
pub fn bytes_equal(word: u64, b: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let y = word ^ ONES.wrapping_mul(u64::from(b));
    y.wrapping_sub(ONES) & !y
}

/// `s.partition_point(pred)` when `pred` is known to hold on `s[..from]`, searched outwards
/// from `from`: the ranges of consecutive sentences or quotations are near each other, and
/// a search that stays near touches little memory of a large token vector.
pub fn partition_point_from<T>(s: &[T], from: usize, pred: impl Fn(&T) -> bool) -> usize {
    let len = s.len();
    let mut lo = from.min(len);
    let mut step = 1;
    while lo + step <= len && pred(&s[lo + step - 1]) {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step - 1).min(len);
    lo + s[lo..hi].partition_point(pred)
}

/// `s.partition_point(pred)` when `pred` is known to fail on `s[to - 1]`, searched inwards
/// from `to` (the mirror of [`partition_point_from`]).
pub fn partition_point_before<T>(s: &[T], to: usize, pred: impl Fn(&T) -> bool) -> usize {
    // `hi`: an index where `pred` fails, so the answer is at or before it.
    let Some(mut hi) = to.min(s.len()).checked_sub(1) else {
        return s.partition_point(pred);
    };
    let mut step = 1;
    let mut lo = 0;
    while let Some(probe) = hi.checked_sub(step) {
        if pred(&s[probe]) {
            lo = probe + 1;
            break;
        }
        hi = probe;
        step *= 2;
    }
    lo + s[lo..hi].partition_point(pred)
}

/// `s.partition_point(pred)` searched from `hint` (the last answer, in a run of queries in
/// text order): outwards when `pred` holds just before it, inwards when it fails there.
pub fn partition_point_near<T>(s: &[T], hint: usize, pred: impl Fn(&T) -> bool) -> usize {
    let hint = hint.min(s.len());
    if hint == 0 || s.get(hint - 1).is_some_and(&pred) {
        partition_point_from(s, hint, pred)
    } else {
        partition_point_before(s, hint, pred)
    }
}

/// Byte range of `text[range]` with leading and trailing spaces removed.
pub fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(slice) = text.get(range.clone()) else {
        return range;
    };
    let start = range.start + (slice.len() - slice.trim_start_matches(is_space).len());
    let end = range.start + slice.trim_end_matches(is_space).len();
    if start > end {
        start..start
    } else {
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len()).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn a_gloss_in_another_script_is_no_token() {
        let words = |t: &str| -> Vec<String> {
            tokenize(t, 0..t.len())
                .iter()
                .map(|k| t[k.range.clone()].to_string())
                .collect()
        };
        assert_eq!(
            words("Hsu Ming-chieh (許明杰) told"),
            ["Hsu", "Ming-chieh", "told"]
        );
        assert_eq!(words("Lin (林進發), 67"), ["Lin", ",", "67"]);
        // Latin letters or digits inside are read as ever
        assert_eq!(words("(CHMA)"), ["(", "CHMA", ")"]);
        assert_eq!(words("(東京 2020)"), ["(", "東京", "2020", ")"]);
    }

    #[test]
    fn tokenizer_keeps_inner_hyphens_and_splits_elisions() {
        assert_eq!(words("a-t-il dit"), ["a-t-il", "dit"]);
        assert_eq!(words("l’industrie,"), ["l", "’", "industrie", ","]);
        assert_eq!(words("fin - début"), ["fin", "-", "début"]);
        assert_eq!(words("mot- x"), ["mot", "-", "x"]);
    }

    #[test]
    fn word_chars_are_the_alphanumerics() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn ascii_tables_agree_with_the_char_predicates() {
        for b in 0..=127u8 {
            let c = char::from(b);
            assert_eq!(is_ascii_space(b), is_space(c), "{c:?}");
            let lower = ASCII_WORD[usize::from(b)];
            assert_eq!(lower != 0, is_word_char(c), "{c:?}");
            if lower != 0 {
                assert_eq!(char::from(lower), fold_char(c), "{c:?}");
            }
        }
        assert!(ASCII_WORD[128..].iter().all(|&x| x == 0));
    }

    #[test]
    fn fold_compares_apostrophes_and_case() {
        assert!(eq_fold("D’après", "d'après"));
        assert!(!eq_fold("selon", "selo"));
        assert_eq!(fold("L’An"), "l'an");
    }

    #[test]
    fn fold_char_of_latin1_is_the_first_char_of_its_lowercase() {
        for c in ('\u{80}'..='\u{FF}').filter(|&c| !is_apostrophe(c) && !is_hyphen(c)) {
            assert_eq!(fold_char(c), c.to_lowercase().next().unwrap_or(c), "{c:?}");
        }
    }

    #[test]
    fn fold_key_is_the_key_of_the_folded_form() {
        for s in ["L’Été", "ÉCOLE", "d'après", "D’APRÈS", "Straße", "x"] {
            assert_eq!(fold_key(s), fold_key(&fold(s)));
        }
        assert_eq!(fold_key("D’après"), fold_key("d'après"));
        let text = "L’Été, a-t-il dit à « ÉCOLE » x\u{2011}y DÉJÀ’";
        for t in tokenize(text, 0..text.len()) {
            assert_eq!(t.key, fold_key(t.text(text)), "{}", t.text(text));
        }
    }

    #[test]
    fn fold_phrase_is_the_fold_of_the_words_joined() {
        let text = "Le PDG d’Air-France, l'ÉTÉ";
        let tokens = tokenize(text, 0..text.len());
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        assert_eq!(fold_phrase(text, &tokens), fold(&words.join(" ")));
    }

    #[test]
    fn fold_char_is_idempotent() {
        // Word lists filter tokens by the key of their folded entries, which is the key of
        // the token only if folding a folded char changes nothing.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(fold_char(fold_char(c)), fold_char(c), "{c:?}");
        }
    }

    #[test]
    fn token_starts_uppercase_is_starts_uppercase() {
        let text = "Été été A a 1 « É";
        for t in tokenize(text, 0..text.len()) {
            assert_eq!(t.starts_uppercase(text), starts_uppercase(t.text(text)));
        }
    }

    #[test]
    fn with_folded_matches_fold_short_and_long() {
        for s in ["L’Été", "ÉCOLE", &"x".repeat(300)] {
            assert_eq!(with_folded(s, str::to_string), fold(s));
        }
    }

    #[test]
    fn partition_point_from_is_partition_point() {
        let v: Vec<usize> = (0..300).map(|i| i * 3 / 2).collect();
        for x in 0..460 {
            let want = v.partition_point(|&y| y < x);
            for from in (0..=want).step_by(7).chain([want]) {
                assert_eq!(
                    partition_point_from(&v, from, |&y| y < x),
                    want,
                    "{x} {from}"
                );
            }
        }
    }

    #[test]
    fn partition_point_before_is_partition_point() {
        let v: Vec<usize> = (0..300).map(|i| i * 3 / 2).collect();
        for x in 0..460 {
            let want = v.partition_point(|&y| y < x);
            for to in (want + 1..=v.len()).step_by(5).chain([v.len()]) {
                if to > want {
                    assert_eq!(partition_point_before(&v, to, |&y| y < x), want, "{x} {to}");
                }
            }
        }
    }

    #[test]
    fn partition_point_near_is_partition_point_from_any_hint() {
        let v: Vec<usize> = (0..300).map(|i| i * 3 / 2).collect();
        for x in (0..460).step_by(7) {
            let want = v.partition_point(|&y| y < x);
            for hint in (0..=v.len() + 2).step_by(3) {
                assert_eq!(
                    partition_point_near(&v, hint, |&y| y < x),
                    want,
                    "{x} {hint}"
                );
            }
        }
    }

    #[test]
    fn trim_range_skips_typographic_spaces() {
        let s = "«\u{202F}mot\u{00A0}»";
        let r = trim_range(s, 2..s.len() - 2);
        assert_eq!(&s[r], "mot");
    }
}
