//! Candidate indexes. A quotation is compared only with the ledger quotes that share its
//! rarest words; a claim only with the facts whose cue or subject words occur in its
//! sentence. Both are inverted indexes built once when the ledger is loaded.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

use super::{Fact, LedgerQuote};

/// Words of a text as compared: NFKC, lowercase, apostrophes and dashes folded, punctuation
/// dropped; elisions split ("l’argent" → "l", "argent").
pub fn normalize_words(text: &str) -> Vec<String> {
    let nfkc: String = text.nfkc().collect();
    crate::text::tokenize(&nfkc, 0..nfkc.len())
        .iter()
        .filter(|t| t.is_word())
        .map(|t| crate::text::fold(t.text(&nfkc)))
        .collect()
}

/// One searchable text: a ledger quote's own words or one of its translations.
#[derive(Debug)]
pub struct IndexedQuote {
    pub quote: usize,
    /// `None` for the original text, else the translation's language.
    pub translation: Option<String>,
    pub words: Vec<String>,
}

#[derive(Debug, Default)]
pub struct QuoteIndex {
    pub entries: Vec<IndexedQuote>,
    postings: HashMap<String, Vec<u32>>,
}

/// How many of the query's rarest words are looked up, and how many candidates are kept.
const PROBE_WORDS: usize = 6;
const MAX_CANDIDATES: usize = 32;

impl QuoteIndex {
    pub fn build(quotes: &[LedgerQuote]) -> QuoteIndex {
        let mut index = QuoteIndex::default();
        for (q, quote) in quotes.iter().enumerate() {
            let variants = std::iter::once((None, &quote.text)).chain(
                quote
                    .translations
                    .iter()
                    .map(|(lang, text)| (Some(lang.clone()), text)),
            );
            for (translation, text) in variants {
                let words = normalize_words(text);
                let entry = index.entries.len() as u32;
                let mut seen: Vec<&String> = Vec::new();
                for w in &words {
                    if !seen.contains(&w) {
                        seen.push(w);
                        index.postings.entry(w.clone()).or_default().push(entry);
                    }
                }
                index.entries.push(IndexedQuote {
                    quote: q,
                    translation,
                    words,
                });
            }
        }
        index
    }

    /// Entries sharing the query's rarest words, most shared words first.
    pub fn candidates(&self, words: &[String]) -> Vec<&IndexedQuote> {
        let mut probes: Vec<&Vec<u32>> =
            words.iter().filter_map(|w| self.postings.get(w)).collect();
        probes.sort_by_key(|p| p.len());
        probes.dedup_by(|a, b| std::ptr::eq(*a, *b));
        let mut hits: HashMap<u32, usize> = HashMap::new();
        for posting in probes.iter().take(PROBE_WORDS) {
            for &e in posting.iter() {
                *hits.entry(e).or_default() += 1;
            }
        }
        let mut ranked: Vec<(u32, usize)> = hits.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
            .iter()
            .take(MAX_CANDIDATES)
            .filter_map(|(e, _)| self.entries.get(*e as usize))
            .collect()
    }
}

#[derive(Debug, Default)]
pub struct FactIndex {
    postings: HashMap<String, Vec<u32>>,
}

impl FactIndex {
    pub fn build(facts: &[Fact]) -> FactIndex {
        let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
        for (f, fact) in facts.iter().enumerate() {
            let mut words: Vec<String> = fact
                .cues
                .iter()
                .chain(std::iter::once(&fact.subject))
                .flat_map(|c| normalize_words(c))
                .collect();
            words.sort();
            words.dedup();
            for w in words {
                postings.entry(w).or_default().push(f as u32);
            }
        }
        FactIndex { postings }
    }

    /// Facts with a cue or subject word among `words`, in ledger order.
    pub fn candidates(&self, words: &[String]) -> Vec<usize> {
        let mut out: Vec<usize> = words
            .iter()
            .filter_map(|w| self.postings.get(w))
            .flatten()
            .map(|&f| f as usize)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_folds_marks_case_and_width() {
        assert_eq!(
            normalize_words("L’Argent — « ne »  serait"),
            ["l", "argent", "ne", "serait"]
        );
        assert_eq!(normalize_words("ﬁn"), ["fin"]);
    }

    #[test]
    fn candidates_share_rare_words() {
        let quotes: Vec<LedgerQuote> = ["le chat dort", "le chien aboie", "le chat mange"]
            .iter()
            .enumerate()
            .map(|(i, t)| LedgerQuote {
                id: i.to_string(),
                speaker: "x".into(),
                text: t.to_string(),
                lang: None,
                translations: vec![],
                source: None,
                date: None,
            })
            .collect();
        let index = QuoteIndex::build(&quotes);
        let found: Vec<usize> = index
            .candidates(&normalize_words("chat dort"))
            .iter()
            .map(|e| e.quote)
            .collect();
        assert_eq!(found.first(), Some(&0));
        assert!(!found.contains(&1));
    }
}
