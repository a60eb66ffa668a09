//! Multi-word lexicon entries ("aux yeux de", "chief executive", "d'après") matched
//! against a token stream, longest entry first.

use rustc_hash::FxHashMap as HashMap;

use super::folded::KeyFilter;
use crate::text::{Token, fold, fold_key, tokenize};

/// A set of phrases keyed by their first folded token, each carrying a value.
pub struct PhraseSet<V> {
    /// By the `fold_key` of the first word: for each first word (folded alike) found with
    /// that key, one way it is written and its phrases, longest first.
    by_key: HashMap<u32, Vec<Group<V>>>,
    /// The longest phrase, in tokens.
    max_len: usize,
    /// The longest first token, in bytes: longer words are rejected without folding them.
    max_first: usize,
    /// Whether some phrase starts with a word whose folded first byte is this one: most
    /// tokens are rejected before any hashing.
    first_bytes: [bool; 256],
    /// The `fold_key` of every first word: a token whose key is not in it starts no phrase,
    /// and is rejected without folding its text.
    first_keys: KeyFilter<1024>,
}

/// A first word as written, with the phrases it starts, longest first.
type Group<V> = (String, Vec<Phrase<V>>);

/// A phrase's folded words with their keys (compared first: different keys, different
/// words), and its value.
struct Phrase<V> {
    words: Vec<(String, u32)>,
    value: V,
}

impl<V: Copy> PhraseSet<V> {
    pub fn from_entries<'a>(entries: impl Iterator<Item = (&'a str, V)>) -> Self {
        // By folded first word: (the first word as written, its key, its phrases).
        let mut by_first: HashMap<String, (String, u32, Vec<Phrase<V>>)> = HashMap::default();
        for (phrase, value) in entries {
            let tokens = tokenize(phrase, 0..phrase.len());
            let Some(t) = tokens.first() else {
                continue;
            };
            let words: Vec<(String, u32)> = tokens
                .iter()
                .map(|t| {
                    let w = fold(t.text(phrase));
                    let key = fold_key(&w);
                    (w, key)
                })
                .collect();
            by_first
                .entry(fold(t.text(phrase)))
                .or_insert_with(|| (t.text(phrase).to_string(), t.key, Vec::new()))
                .2
                .push(Phrase { words, value });
        }
        let max_len = by_first
            .values()
            .flat_map(|(_, _, list)| list)
            .map(|p| p.words.len())
            .max()
            .unwrap_or(0);
        let max_first = by_first.keys().map(String::len).max().unwrap_or(0);
        let mut first_bytes = [false; 256];
        for key in by_first.keys() {
            if let Some(&b) = key.as_bytes().first() {
                first_bytes[b as usize] = true;
            }
        }
        let mut by_key: HashMap<u32, Vec<Group<V>>> = HashMap::default();
        for (_, (written, key, mut list)) in by_first {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
            by_key.entry(key).or_default().push((written, list));
        }
        PhraseSet {
            first_keys: KeyFilter::new(by_key.keys().copied()),
            by_key,
            max_len,
            max_first,
            first_bytes,
        }
    }

    /// False when no phrase can start at `token` (true does not mean one does): a test of
    /// one bit, for callers with costlier conditions to check before `match_at`.
    #[inline]
    pub fn may_start(&self, token: &Token) -> bool {
        self.first_keys.may_contain(token.key)
    }

    /// The longest phrase starting at `tokens[at]`: its length in tokens and its value.
    #[inline]
    pub fn match_at(&self, text: &str, tokens: &[Token], at: usize) -> Option<(usize, V)> {
        // Inline, the one-bit test rejects most tokens without a call.
        if !self.may_start(tokens.get(at)?) {
            return None;
        }
        self.match_at_may_start(text, tokens, at)
    }

    /// [`Self::match_at`] past its first test.
    fn match_at_may_start(&self, text: &str, tokens: &[Token], at: usize) -> Option<(usize, V)> {
        let token = tokens.get(at)?;
        let first = token.text(text);
        // Folding can grow a string only slightly (a few chars lowercase to more bytes).
        if first.len() > self.max_first + 4 {
            return None;
        }
        let lead = first.chars().next().map(crate::text::fold_char)?;
        let mut buf = [0u8; 4];
        if !self.first_bytes[lead.encode_utf8(&mut buf).as_bytes()[0] as usize] {
            return None;
        }
        // The phrases of the first word that folds as `first` does (at most one does).
        let (_, list) = self
            .by_key
            .get(&token.key)?
            .iter()
            .find(|(written, _)| crate::text::eq_fold(first, written))?;
        // Every phrase of the group starts with `first` folded: only the words after it are
        // compared.
        list.iter().find_map(|p| {
            let window = tokens.get(at..at + p.words.len())?;
            let all = window
                .iter()
                .zip(&p.words)
                .skip(1)
                .all(|(t, (w, key))| t.key == *key && crate::text::eq_fold(t.text(text), w));
            all.then_some((p.words.len(), p.value))
        })
    }

    /// The longest phrase ending just before `tokens[end]`: its start index and value.
    pub fn match_ending_at(&self, text: &str, tokens: &[Token], end: usize) -> Option<(usize, V)> {
        (1..=self.max_len.min(end)).rev().find_map(|len| {
            let start = end - len;
            match self.match_at(text, tokens, start) {
                Some((n, v)) if n == len => Some((start, v)),
                _ => None,
            }
        })
    }

    pub fn contains_phrase(&self, phrase: &str) -> bool {
        let tokens = tokenize(phrase, 0..phrase.len());
        self.match_at(phrase, &tokens, 0)
            .is_some_and(|(n, _)| n == tokens.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_wins_and_apostrophes_fold() {
        let set =
            PhraseSet::from_entries([("d'après", 1), ("de", 2), ("de l'avis de", 3)].into_iter());
        let text = "D’après lui, de l’avis de Paul";
        let tokens = tokenize(text, 0..text.len());
        assert_eq!(set.match_at(text, &tokens, 0), Some((3, 1)));
        assert_eq!(set.match_at(text, &tokens, 5), Some((5, 3)));
        assert_eq!(set.match_ending_at(text, &tokens, 3), Some((0, 1)));
        assert!(set.contains_phrase("De l'avis de"));
    }
}
