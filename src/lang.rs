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
    (word.len() <= 8).then(|| {
        word.iter()
            .rev()
            .fold(0u64, |key, &b| (key << 8) | u64::from(b))
    })
}

/// Guesses the language from function words; French wins ties because French drafts carry
/// English loanwords far more often than the reverse.
pub fn detect(text: &str) -> Lang {
    let markers = &*MARKERS;
    let mut fr = 0usize;
    let mut en = 0usize;
    let sample = &text[..floor_char_boundary(text, 16 * 1024)];
    let bytes = sample.as_bytes();
    // One pass over the bytes, ASCII ones without decoding: this reads every document.
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let letter = match b {
            b if b.is_ascii_alphabetic() => 1,
            b if b.is_ascii() => 0,
            _ => letter_len(sample, i).unwrap_or(0),
        };
        if letter == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let mut ascii = true;
        loop {
            match bytes.get(i) {
                Some(b) if b.is_ascii_alphabetic() => i += 1,
                Some(b) if !b.is_ascii() => match letter_len(sample, i) {
                    Some(n) => {
                        ascii = false;
                        i += n;
                    }
                    None => break,
                },
                _ => break,
            }
        }
        let word = bytes.get(start..i).unwrap_or_default();
        if word.len() > MARKER_BYTES {
            continue;
        }
        let key = if ascii {
            // ASCII letters only: setting bit 5 lower-cases each one
            packed(word).map(|k| k | (0x2020_2020_2020_2020 >> (8 * (8 - word.len()))))
        } else {
            lower_packed(sample.get(start..i).unwrap_or_default())
        };
        if let Some(m) = key.and_then(|k| markers.binary_search_by_key(&k, |m| m.0).ok()) {
            match markers.get(m).map(|m| m.1) {
                Some(Lang::Fr) => fr += 1,
                _ => en += 1,
            }
        }
    }
    if en > fr { Lang::En } else { Lang::Fr }
}

/// The length of the non-ASCII char at `i` when it is a letter: a word char of the
/// tokenizer (which tells accented letters and typographic punctuation apart without the
/// Unicode tables) that is no digit (« 2² »).
fn letter_len(text: &str, i: usize) -> Option<usize> {
    let c = text.get(i..)?.chars().next()?;
    let latin = ('\u{C0}'..='\u{24F}').contains(&c);
    (crate::text::is_word_char(c) && (latin || !c.is_numeric())).then(|| c.len_utf8())
}

/// A word with non-ASCII letters, lower-cased and packed as the markers are (`None` when it
/// is longer than eight bytes once lower-cased).
fn lower_packed(word: &str) -> Option<u64> {
    let mut buf = [0u8; 8];
    let mut len = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let slot = buf.get_mut(len..len + c.len_utf8())?;
        len += c.encode_utf8(slot).len();
    }
    packed(buf.get(..len)?)
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
        // accented capitals count: two French markers to one English
        assert_eq!(detect("ÉTÉ, ÉTÉ, the"), Lang::Fr);
    }
}
