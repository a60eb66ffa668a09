//! Word lists looked up by [`fold_key`]: the tokenizer computes every token's key, so a
//! lookup rejects most tokens on one bit and finds the others with an integer hash and a
//! folding comparison, without building the folded form of the word.

use rustc_hash::FxHashMap as HashMap;

use crate::text::{Word, eq_fold, fold_key};

/// One bit per key of a list, in `WORDS` words of 64 bits: a word whose key has no bit is
/// not in the list. The size is a constant so that the test, made at nearly every token,
/// is a few instructions; lists of hundreds of entries take a larger filter.
pub(crate) struct KeyFilter<const WORDS: usize = 64>(Box<[u64; WORDS]>);

impl<const WORDS: usize> KeyFilter<WORDS> {
    pub(crate) fn new(keys: impl Iterator<Item = u32>) -> KeyFilter<WORDS> {
        let mut bits = Box::new([0u64; WORDS]);
        for key in keys {
            let (word, bit) = KeyFilter::<WORDS>::bit(key);
            if let Some(w) = bits.get_mut(word) {
                *w |= bit;
            }
        }
        KeyFilter(bits)
    }

    #[inline]
    fn bit(key: u32) -> (usize, u64) {
        ((key as usize >> 6) % WORDS, 1 << (key & 63))
    }

    /// False when no word of the list has key `key`.
    #[inline]
    pub(crate) fn may_contain(&self, key: u32) -> bool {
        let (word, bit) = KeyFilter::<WORDS>::bit(key);
        self.0.get(word).is_some_and(|w| w & bit != 0)
    }
}

/// Folded words, each with a value, by their key (see [`KeyFilter`] for `WORDS`).
pub(crate) struct FoldedMap<V, const WORDS: usize = 64> {
    keys: KeyFilter<WORDS>,
    /// Words whose keys collide share a list: it is searched with [`eq_fold`].
    by_key: HashMap<u32, Vec<(String, V)>>,
}

impl<V, const WORDS: usize> FoldedMap<V, WORDS> {
    /// The map of `words`, whose keys are folded ([`crate::text::fold`]).
    pub(crate) fn new(words: HashMap<String, V>) -> FoldedMap<V, WORDS> {
        let mut by_key: HashMap<u32, Vec<(String, V)>> = HashMap::default();
        for (word, value) in words {
            by_key
                .entry(fold_key(&word))
                .or_default()
                .push((word, value));
        }
        FoldedMap {
            keys: KeyFilter::new(by_key.keys().copied()),
            by_key,
        }
    }

    /// The value of the word that folds as `word` does.
    // Inlined for its first test, which rejects most tokens: a call would cost more.
    #[inline(always)]
    pub(crate) fn get(&self, word: Word) -> Option<&V> {
        if word.key.is_some_and(|key| !self.keys.may_contain(key)) {
            return None;
        }
        self.find(word)
    }

    /// [`Self::get`] past the key filter of tokens. A folded entry equals the fold of `word`
    /// exactly when [`eq_fold`] says they match, folding being idempotent.
    fn find(&self, word: Word) -> Option<&V> {
        let key = word.key.unwrap_or_else(|| fold_key(word.text));
        if !self.keys.may_contain(key) {
            return None;
        }
        self.by_key
            .get(&key)?
            .iter()
            .find(|(w, _)| eq_fold(w, word.text))
            .map(|(_, v)| v)
    }

    /// The folded words.
    pub(crate) fn words(&self) -> impl Iterator<Item = &String> {
        self.by_key.values().flatten().map(|(w, _)| w)
    }

    #[inline(always)]
    pub(crate) fn contains(&self, word: Word) -> bool {
        self.get(word).is_some()
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.by_key.values().map(Vec::len).sum()
    }
}
