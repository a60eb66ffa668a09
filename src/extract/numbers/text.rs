//! Low-level text helpers: a tiny allocation-free tokenizer with accent folding.

/// Longest normalised token we keep (bytes). Longer tokens never match the lexicon.
pub(super) const MAXW: usize = 48;

/// A normalised (lower-cased, accent-folded) token held on the stack.
#[derive(Clone, Copy)]
pub(super) struct Norm {
    buf: [u8; MAXW],
    /// Bytes used in `buf` (at most `MAXW`, so a byte keeps `Tok` small to copy).
    len: u8,
    overflow: bool,
}

impl Norm {
    pub(super) fn new() -> Self {
        Norm {
            buf: [0; MAXW],
            len: 0,
            overflow: false,
        }
    }

    fn push_str(&mut self, s: &str) {
        let b = s.as_bytes();
        let start = usize::from(self.len);
        let end = start + b.len();
        match self.buf.get_mut(start..end) {
            Some(dst) => {
                dst.copy_from_slice(b);
                self.len = end as u8;
            }
            None => self.overflow = true,
        }
    }

    #[inline]
    fn push_byte(&mut self, b: u8) {
        match self.buf.get_mut(usize::from(self.len)) {
            Some(slot) => {
                *slot = b;
                self.len += 1;
            }
            None => self.overflow = true,
        }
    }

    #[inline]
    pub(super) fn push_char(&mut self, c: char) {
        if c.is_ascii() && c != '`' {
            self.push_byte((c as u8).to_ascii_lowercase());
            return;
        }
        let folded = fold(c);
        if !folded.is_empty() {
            self.push_str(folded);
            return;
        }
        if c.is_ascii() {
            let mut tmp = [0u8; 1];
            let s = c.to_ascii_lowercase().encode_utf8(&mut tmp);
            self.push_str(s);
        } else {
            for lc in c.to_lowercase() {
                let mut tmp = [0u8; 4];
                let s = lc.encode_utf8(&mut tmp);
                self.push_str(s);
            }
        }
    }
}

/// Accent folding of the Latin letters we care about ("" when the char is kept as is).
#[inline]
pub(super) fn fold(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => "i",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => "o",
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => "u",
        'ç' | 'Ç' => "c",
        'ñ' | 'Ñ' => "n",
        'ÿ' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => "'",
        '\u{2212}' | '\u{2010}' | '\u{2011}' => "-",
        _ => "",
    }
}

impl Norm {
    /// The normalised bytes ("\0" on overflow, like `as_str`), without a UTF-8 check.
    #[inline]
    pub(super) fn as_bytes(&self) -> &[u8] {
        if self.overflow {
            return b"\0";
        }
        self.buf.get(..usize::from(self.len)).unwrap_or(b"\0")
    }

    pub(super) fn as_str(&self) -> &str {
        if self.overflow {
            return "\u{0}";
        }
        self.buf
            .get(..usize::from(self.len))
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("\u{0}")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TokKind {
    Word,
    Digits,
    Sym,
}

#[derive(Clone, Copy)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    pub norm: Norm,
}

impl Tok {
    pub(super) fn is(&self, s: &str) -> bool {
        self.norm.as_str() == s
    }
}

#[inline]
pub(super) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_whitespace()
    } else {
        c.is_whitespace()
    }
}

pub(super) fn is_apos(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// True for characters that continue a word (letters and combining marks).
#[inline]
pub(super) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{C0}'..='\u{24F}').contains(&c) {
        c != '×' && c != '÷'
    } else if c < '\u{C0}' {
        // Latin-1 punctuation (« » £, no-break space): only three letters.
        matches!(c, 'ª' | 'µ' | 'º')
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        false // typographic quotes, dashes and spaces
    } else {
        c.is_alphabetic()
    }
}

#[inline]
pub(super) fn char_at(text: &str, pos: usize) -> Option<char> {
    // An ASCII byte is always a whole char: no boundary check, no decoding.
    match text.as_bytes().get(pos) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(pos..).and_then(|s| s.chars().next()),
        None => None,
    }
}

pub(super) fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|s| s.chars().next_back())
}

pub(super) fn skip_spaces(text: &str, pos: usize) -> usize {
    run_end(text, pos, |b| b.is_ascii_whitespace(), is_space)
}

/// End of the run of chars satisfying `ascii` (for ASCII bytes) or `other` (for the rest)
/// from `pos`: the ASCII bytes of news text are tested without decoding.
#[inline]
fn run_end(
    text: &str,
    mut pos: usize,
    ascii: impl Fn(u8) -> bool,
    other: impl Fn(char) -> bool,
) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(pos) {
        if b.is_ascii() {
            if !ascii(b) {
                break;
            }
            pos += 1;
        } else {
            match char_at(text, pos) {
                Some(c) if other(c) => pos += c.len_utf8(),
                _ => break,
            }
        }
    }
    pos
}

/// Skips spaces and returns (new position, number of space chars skipped).
pub(super) fn count_spaces(text: &str, mut pos: usize) -> (usize, usize) {
    let mut n = 0;
    while let Some(c) = char_at(text, pos) {
        if is_space(c) {
            pos += c.len_utf8();
            n += 1;
        } else {
            break;
        }
    }
    (pos, n)
}

/// End of the run of letters starting at `pos` (no elision handling).
pub(super) fn letters_end(text: &str, pos: usize) -> usize {
    run_end(text, pos, |b| b.is_ascii_alphabetic(), is_letter)
}

/// End of the run of ASCII digits starting at `pos`.
pub(super) fn digits_end(text: &str, pos: usize) -> usize {
    let b = text.as_bytes();
    let mut p = pos;
    while b.get(p).is_some_and(|x| x.is_ascii_digit()) {
        p += 1;
    }
    p
}

/// End of the run of letters and digits starting at `pos`.
pub(super) fn alnum_end(text: &str, pos: usize) -> usize {
    // no digit outside ASCII
    run_end(text, pos, |b| b.is_ascii_alphanumeric(), is_letter)
}

/// Reads the token that starts exactly at `pos` (no space skipping).
pub(super) fn tok_at(text: &str, pos: usize) -> Option<Tok> {
    let c = char_at(text, pos)?;
    let mut norm = Norm::new();
    if c.is_ascii_digit() {
        let end = digits_end(text, pos);
        for ch in text.get(pos..end)?.chars() {
            norm.push_char(ch);
        }
        return Some(Tok {
            start: pos,
            end,
            kind: TokKind::Digits,
            norm,
        });
    }
    if is_letter(c) {
        let mut end = pos;
        let bytes = text.as_bytes();
        loop {
            match bytes.get(end) {
                Some(&b) if b.is_ascii_alphabetic() => {
                    norm.push_byte(b.to_ascii_lowercase());
                    end += 1;
                }
                Some(&b) if b < 0x80 => break,
                Some(_) => match char_at(text, end) {
                    Some(ch) if is_letter(ch) => {
                        norm.push_char(ch);
                        end += ch.len_utf8();
                    }
                    _ => break,
                },
                None => break,
            }
        }
        // elision: d' l' qu' jusqu' (apostrophe directly followed by a letter)
        if let Some(a) = char_at(text, end) {
            let after = char_at(text, end + a.len_utf8());
            if is_apos(a) && after.is_none_or(is_letter) {
                norm.push_char('\'');
                end += a.len_utf8();
            }
        }
        return Some(Tok {
            start: pos,
            end,
            kind: TokKind::Word,
            norm,
        });
    }
    if is_space(c) {
        return None;
    }
    norm.push_char(c);
    Some(Tok {
        start: pos,
        end: pos + c.len_utf8(),
        kind: TokKind::Sym,
        norm,
    })
}

/// A short normalised word as one integer: its bytes (little-endian) and, in the last byte,
/// its length, so that every word of at most `KEY_BYTES` bytes has a key of its own.
pub(super) type WordKey = u128;

/// Longest normalised word a `WordKey` holds (bytes).
const KEY_BYTES: usize = 15;

/// A key being built: the bytes so far, little-endian, and their number.
#[derive(Clone, Copy)]
struct KeyBuf {
    bytes: WordKey,
    len: usize,
}

impl KeyBuf {
    /// Appends a byte; None when the word gets longer than `KEY_BYTES`.
    #[inline]
    fn push(&mut self, b: u8) -> Option<()> {
        if self.len >= KEY_BYTES {
            return None;
        }
        self.bytes |= WordKey::from(b) << (8 * self.len);
        self.len += 1;
        Some(())
    }

    #[inline]
    fn key(self) -> WordKey {
        self.bytes | ((self.len as WordKey) << (8 * KEY_BYTES))
    }
}

/// The key of a normalised word; None when it is longer than `KEY_BYTES`.
pub(super) fn word_key_of(norm: &[u8]) -> Option<WordKey> {
    let mut k = KeyBuf { bytes: 0, len: 0 };
    for &b in norm {
        k.push(b)?;
    }
    Some(k.key())
}

/// The end and key of the word token that `tok_at` reads at `pos`, without building its
/// `Norm`: None unless a letter starts there, when the word is longer than `KEY_BYTES`
/// normalised or holds a letter that folding leaves as is (`tok_at` lower-cases those).
// always inlined: out of line, its key comes back through memory (the scan loop reads every
// word through it)
#[inline(always)]
pub(super) fn word_key(text: &str, pos: usize) -> Option<(usize, WordKey)> {
    let bytes = text.as_bytes();
    let (mut end, mut k) = ascii_run(bytes, pos)?;
    if bytes.get(end).is_some_and(|b| !b.is_ascii()) {
        end = folded_run(text, end, &mut k)?;
    }
    if k.len == 0 {
        return None;
    }
    // elision, as in `tok_at`
    if let Some(a) = char_at(text, end)
        && is_apos(a)
        && char_at(text, end + a.len_utf8()).is_none_or(is_letter)
    {
        k.push(b'\'')?;
        end += a.len_utf8();
    }
    Some((end, k.key()))
}

/// The end and key of the digits token that `tok_at` reads at `pos` (digits are their own
/// normalised form): None unless a digit starts there, or when there are more than
/// `KEY_BYTES`.
pub(super) fn digits_key(text: &str, pos: usize) -> Option<(usize, WordKey)> {
    let end = digits_end(text, pos);
    if end == pos {
        return None;
    }
    Some((end, word_key_of(text.as_bytes().get(pos..end)?)?))
}

/// The ASCII letters at `pos`, lower-cased, and their end: read eight bytes at a time (byte
/// by byte near the end of the text). None when they are more than `KEY_BYTES`.
#[inline]
fn ascii_run(bytes: &[u8], pos: usize) -> Option<(usize, KeyBuf)> {
    let mut k = KeyBuf { bytes: 0, len: 0 };
    for half in 0..2 {
        let at = pos + k.len;
        let Some(chunk) = bytes
            .get(at..at + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
        else {
            let mut end = at;
            while let Some(&b) = bytes.get(end).filter(|b| b.is_ascii_alphabetic()) {
                // lower-cases an ASCII letter
                k.push(b | 0x20)?;
                end += 1;
            }
            return Some((end, k));
        };
        let (kept, n) = ascii_letters(u64::from_le_bytes(chunk));
        k.bytes |= WordKey::from(kept) << (64 * half);
        k.len += n;
        // at most 7 + 8 letters: the key holds them
        if n < 8 {
            return Some((pos + k.len, k));
        }
    }
    None
}

/// The lower-cased ASCII letters that start the eight bytes of `chunk` (little-endian), the
/// bytes after them zeroed, and how many they are.
#[inline]
fn ascii_letters(chunk: u64) -> (u64, usize) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let lower = chunk | (ONES * 0x20);
    // In each byte, with no carry into the next one, the high bit of these sums says whether
    // the low seven bits of the lower-cased byte are at least 'a', or past 'z'.
    let low7 = lower & !HIGH;
    let from_a = low7 + ONES * u64::from(0x80 - b'a');
    let past_z = low7 + ONES * u64::from(0x80 - b'z' - 1);
    let letters = from_a & !past_z & !chunk & HIGH;
    let n = (!letters & HIGH).trailing_zeros() as usize / 8;
    let kept = match n {
        8 => lower,
        _ => lower & ((1 << (8 * n)) - 1),
    };
    (kept, n)
}

/// Continues the letters of a word at `end` (where a non-ASCII byte is) as `tok_at`
/// normalises them, accents folded, into `k`: their end; None when the word gets longer than
/// `KEY_BYTES` or holds a letter with no folding.
fn folded_run(text: &str, mut end: usize, k: &mut KeyBuf) -> Option<usize> {
    let bytes = text.as_bytes();
    loop {
        match bytes.get(end) {
            Some(&b) if b.is_ascii_alphabetic() => {
                // lower-cases an ASCII letter
                k.push(b | 0x20)?;
                end += 1;
            }
            Some(&b) if b >= 0x80 => {
                let ch = char_at(text, end)?;
                if !is_letter(ch) {
                    break;
                }
                let folded = fold(ch);
                if folded.is_empty() {
                    return None;
                }
                for fb in folded.bytes() {
                    k.push(fb)?;
                }
                end += ch.len_utf8();
            }
            _ => break,
        }
    }
    Some(end)
}

/// Skips spaces, then reads a token.
pub(super) fn next_tok(text: &str, pos: usize) -> Option<Tok> {
    tok_at(text, skip_spaces(text, pos))
}

/// The word (letters only) that ends right before `pos` after skipping spaces,
/// together with the start of the gap between the word and `pos`.
pub(super) fn prev_word(text: &str, pos: usize) -> Option<(usize, usize)> {
    let before = text.get(..pos)?;
    let trimmed = before.trim_end_matches(is_space);
    let wend = trimmed.len();
    let mut wstart = wend;
    for (i, ch) in trimmed.char_indices().rev() {
        if is_letter(ch) {
            wstart = i;
        } else {
            break;
        }
    }
    if wstart == wend {
        None
    } else {
        Some((wstart, wend))
    }
}

/// Normalises an arbitrary slice (used for lookups of previous words).
pub(super) fn norm_of(s: &str) -> Norm {
    let mut n = Norm::new();
    for c in s.chars() {
        n.push_char(c);
    }
    n
}

pub(super) fn is_upper_start(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

pub(super) fn has_upper(s: &str) -> bool {
    s.chars().any(|c| c.is_uppercase())
}

/// Tokenizes a data-file value into normalised token strings.
pub(super) fn tokenize_value(v: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(t) = next_tok(v, pos) {
        out.push(t.norm.as_str().to_string());
        pos = t.end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "L'État a versé 3 milliards d’euros à l'ÉCOLE « Œuvre » ; \
        jusqu'à 20 % d'aujourd'hui, Straße, Ωmega, naïve coöperation, ÇA Ñandú, \
        anticonstitutionnellement, d', l’, qu'en, x'y, MUSD12 abc123 Ünïcödé déjà-vu";

    /// `word_key` is `tok_at`'s normaliser without the `Norm`: where it gives a key, it is
    /// the key of the token `tok_at` reads, and the word ends at the same place.
    #[test]
    fn word_key_agrees_with_tok_at() {
        let mut keyed = 0;
        for (pos, c) in SAMPLE.char_indices() {
            if !is_letter(c) || char_before(SAMPLE, pos).is_some_and(is_letter) {
                continue;
            }
            let tok = tok_at(SAMPLE, pos).expect("a word token");
            match word_key(SAMPLE, pos) {
                Some((end, key)) => {
                    keyed += 1;
                    assert_eq!(end, tok.end, "{:?}", &SAMPLE[pos..]);
                    assert_eq!(
                        Some(key),
                        word_key_of(tok.norm.as_bytes()),
                        "{:?}",
                        &SAMPLE[pos..]
                    );
                }
                // only long words and letters that folding keeps as they are
                None => assert!(
                    tok.norm.as_bytes().len() > KEY_BYTES
                        || SAMPLE[pos..tok.end]
                            .chars()
                            .any(|c| !c.is_ascii() && fold(c).is_empty()),
                    "{:?}",
                    &SAMPLE[pos..tok.end]
                ),
            }
        }
        assert!(keyed > 30);
    }

    /// `Cx::letters_id` reads the key of a run of letters with `word_key`: when it ends where
    /// the letters end, it is the key of their `norm_of`.
    #[test]
    fn word_key_of_letters_is_that_of_their_norm() {
        for (pos, c) in SAMPLE.char_indices() {
            if !is_letter(c) || char_before(SAMPLE, pos).is_some_and(is_letter) {
                continue;
            }
            let end = letters_end(SAMPLE, pos);
            if let Some((key_end, key)) = word_key(SAMPLE, pos)
                && key_end == end
            {
                assert_eq!(
                    Some(key),
                    word_key_of(norm_of(&SAMPLE[pos..end]).as_bytes()),
                    "{:?}",
                    &SAMPLE[pos..end]
                );
            }
        }
    }

    #[test]
    fn letters_are_the_alphabetics() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
