//! The two languages claimcheck reads, and the guess of which one a document is in.

use std::fmt;
use std::str::FromStr;

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

/// Guesses the language from function words; French wins ties because French drafts carry
/// English loanwords far more often than the reverse.
pub fn detect(text: &str) -> Lang {
    let mut fr = 0usize;
    let mut en = 0usize;
    let sample_end = floor_char_boundary(text, 16 * 1024);
    for word in text[..sample_end].split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 6 {
            continue;
        }
        let lower = word.to_lowercase();
        if FR_MARKERS.contains(&lower.as_str()) {
            fr += 1;
        }
        if EN_MARKERS.contains(&lower.as_str()) {
            en += 1;
        }
    }
    if en > fr { Lang::En } else { Lang::Fr }
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
    }
}
