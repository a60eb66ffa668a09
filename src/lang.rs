//! The two languages claimcheck reads, and the guess of which one a document is in.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "fr" | "french" | "français" => Ok(Lang::Fr),
            "en" | "english" => Ok(Lang::En),
            other => Err(format!("unknown language `{other}` (expected fr or en)")),
        }
    }
}

// Function words frequent in one language and rare in the other; counting them over the
// first few kilobytes is enough for news prose, which never mixes the two for long.
const FR_MARKERS: &[&str] = &[
    "le", "la", "les", "des", "du", "est", "et", "une", "dans", "pour", "qui", "que", "sur", "pas",
    "au", "aux", "avec", "selon", "il", "elle", "ont", "été", "ce", "cette", "son", "sa",
];
const EN_MARKERS: &[&str] = &[
    "the", "and", "of", "to", "is", "was", "in", "that", "for", "with", "said", "on", "by", "he",
    "she", "it", "has", "have", "this", "from", "at", "are", "were", "which",
];

/// The markers, lower-cased bytes packed into integers (zero-padded) and sorted, each with
/// the language it counts for: a word is looked up with one binary search of integers.
static MARKERS: LazyLock<Vec<(u64, Lang)>> = LazyLock::new(|| {
    let mut v: Vec<(u64, Lang)> = FR_MARKERS
        .iter()
        .map(|w| (w, Lang::Fr))
        .chain(EN_MARKERS.iter().map(|w| (w, Lang::En)))
        .filter_map(|(w, lang)| Some((packed(w.as_bytes())?, lang)))
        .collect();
    v.sort_unstable();
    v
});

/// Longest word compared with the markers, in bytes before lower-casing.
const MARKER_BYTES: usize = 6;

fn packed(word: &[u8]) -> Option<u64> {
    let mut b = [0u8; 8];
    b.get_mut(..word.len())?.copy_from_slice(word);
    Some(u64::from_le_bytes(b))
}

/// Guesses the language from function words; French wins ties because French drafts carry
/// English loanwords far more often than the reverse.
pub fn detect(text: &str) -> Lang {
    let markers = &*MARKERS;
    let mut fr = 0usize;
    let mut en = 0usize;
    let sample = &text[..floor_char_boundary(text, 16 * 1024)];
    let bytes = sample.as_bytes();
    // One pass over the bytes (this reads every document): an ASCII word is lower-cased and
    // packed as it is read; a word with other letters is lower-cased at its end.
    let mut word = Word::default();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (letter, len) = if b.is_ascii() {
            (b.is_ascii_alphabetic(), 1)
        } else {
            let c = sample
                .get(i..)
                .and_then(|s| s.chars().next())
                .unwrap_or(' ');
            // accented Latin letters without the Unicode table lookup
            let latin = matches!(c, 'À'..='ÿ' | 'Ā'..='ſ') && !matches!(c, '×' | '÷');
            (latin || c.is_alphabetic(), c.len_utf8())
        };
        if letter {
            word.push(i, b, len);
        } else if word.len > 0 {
            let key = word.key(sample.get(word.start..i).unwrap_or_default());
            match key.and_then(|k| markers.binary_search_by_key(&k, |m| m.0).ok()) {
                Some(m) if markers.get(m).is_some_and(|m| m.1 == Lang::Fr) => fr += 1,
                Some(_) => en += 1,
                None => {}
            }
            word = Word::default();
        }
        i += len;
    }
    if word.len > 0
        && let Some(k) = word.key(sample.get(word.start..).unwrap_or_default())
        && let Ok(m) = markers.binary_search_by_key(&k, |m| m.0)
    {
        match markers.get(m).map(|m| m.1) {
            Some(Lang::Fr) => fr += 1,
            _ => en += 1,
        }
    }
    if en > fr { Lang::En } else { Lang::Fr }
}

/// The word being read by `detect`.
#[derive(Default)]
struct Word {
    start: usize,
    /// bytes read so far
    len: usize,
    /// its first bytes lower-cased and packed as the markers are, while it is all ASCII
    packed: u64,
    ascii: bool,
}

impl Word {
    fn push(&mut self, at: usize, b: u8, len: usize) {
        if self.len == 0 {
            self.start = at;
            self.ascii = true;
        }
        if b.is_ascii() && self.len < 8 {
            self.packed |= u64::from(b.to_ascii_lowercase()) << (8 * self.len);
        } else {
            self.ascii = false;
        }
        self.len += len;
    }

    /// The packed lower-cased word; `None` when it is too long to be a marker.
    fn key(&self, word: &str) -> Option<u64> {
        if self.len > MARKER_BYTES {
            return None;
        }
        if self.ascii {
            return Some(self.packed);
        }
        let mut buf = [0u8; 8];
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let slot = buf.get_mut(len..len + c.len_utf8())?;
            len += c.encode_utf8(slot).len();
        }
        packed(buf.get(..len)?)
    }
}

/// The largest char boundary at or below `index`.
pub fn floor_char_boundary(text: &str, index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    let mut i = index;
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl From<Lang> for crate::extract::numbers::Lang {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Fr => crate::extract::numbers::Lang::Fr,
            Lang::En => crate::extract::numbers::Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_both_languages() {
        assert_eq!(
            detect("Le président a déclaré que la réforme est prête."),
            Lang::Fr
        );
        assert_eq!(
            detect("The minister said that the plan was ready for the vote."),
            Lang::En
        );
        assert_eq!(detect(""), Lang::Fr);
        // capitals and accents are folded before counting; long words are never markers
        assert_eq!(
            detect("ÉTÉ COMME HIVER, SELON ELLE, LES PRIX MONTENT."),
            Lang::Fr
        );
        assert_eq!(detect("THE MAYOR SAID THAT IT WAS OVER"), Lang::En);
        assert_eq!(detect("Überraschung the"), Lang::En);
    }
}
