//! Candidate indexes. A quotation is compared only with the ledger quotes that share its
//! rarest words; a claim only with the facts whose cue phrases or subject occur in its
//! sentence. Both are inverted indexes built once when the ledger is loaded.
//!
//! At newsroom scale (a million quotes) the index is most of the ledger's memory, so words
//! are interned: each distinct normalised word gets a `u32` id, every indexed text is kept
//! as a run of ids in one flat vector, and the postings (the texts each word occurs in) are
//! one flat vector of entry numbers with offsets, in entry order. The raw text stays in the
//! [`LedgerQuote`]; the word strings are recomputed from it only to write a diff message.

use std::borrow::Cow;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use super::{Fact, LedgerQuote};

/// Calls `f` with each word of `text` as compared: NFKC, lowercase, apostrophes and dashes
/// folded, punctuation dropped; elisions split ("l’argent" → "l", "argent"). One buffer is
/// reused for every word, and NFKC is skipped for text that is already in that form (nearly
/// all of it): loading a million quotes would otherwise allocate tens of millions of strings.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let nfkc: Cow<str> = if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfkc().collect())
    };
    let mut word = String::new();
    for t in crate::text::tokenize(&nfkc, 0..nfkc.len()) {
        if t.is_word() {
            word.clear();
            word.extend(t.text(&nfkc).chars().map(crate::text::fold_char));
            f(&word);
        }
    }
}

/// Words of a text as compared (see [`for_each_word`]).
pub fn normalize_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_word(text, |w| words.push(w.to_string()));
    words
}

/// Interned words: a distinct `u32` per distinct word.
#[derive(Debug, Default)]
struct Vocabulary {
    ids: FxHashMap<Box<str>, u32>,
}

impl Vocabulary {
    fn intern(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(word.into(), id);
        id
    }

    fn get(&self, word: &str) -> Option<u32> {
        self.ids.get(word).copied()
    }

    fn len(&self) -> usize {
        self.ids.len()
    }
}

/// One searchable text: a ledger quote's own words or one of its translations.
#[derive(Clone, Copy, Debug)]
struct Entry {
    quote: u32,
    /// `NO_TRANSLATION` for the original text, else the index in the quote's translations.
    translation: u32,
    /// Where its word ids start in `QuoteIndex::words` (they end where the next entry's start).
    start: usize,
}

const NO_TRANSLATION: u32 = u32::MAX;

/// A ledger text that shares words with a quotation.
#[derive(Clone, Copy, Debug)]
pub struct Candidate<'a> {
    /// Index in `Ledger::quotes`.
    pub quote: usize,
    /// `None` for the quote's own text, else the index of the translation matched.
    pub translation: Option<usize>,
    /// Its words, as ids of the index's vocabulary.
    pub words: &'a [u32],
}

/// A quotation's words as ids of an index's vocabulary. Words the ledger never uses get ids
/// of their own past the vocabulary, the same id for the same word, so that comparing id
/// sequences is comparing word sequences.
#[derive(Debug, Default)]
pub struct Query {
    unknown: FxHashMap<String, u32>,
}

#[derive(Debug, Default)]
pub struct QuoteIndex {
    vocabulary: Vocabulary,
    entries: Vec<Entry>,
    words: Vec<u32>,
    /// Entry numbers of word `w` are `postings[posting_starts[w]..posting_starts[w + 1]]`,
    /// ascending, each entry once.
    postings: Vec<u32>,
    posting_starts: Vec<usize>,
}

/// How many of the query's rarest words are looked up, and how many candidates are kept.
const PROBE_WORDS: usize = 6;
const MAX_CANDIDATES: usize = 32;
/// How many postings one lookup counts outright; the entries found are then looked up in
/// the remaining probe postings (binary search), which costs far less than counting them.
const COUNT_BUDGET: usize = 4_096;
/// How many of the rarest words are always counted (see `candidates`).
const MIN_COUNTED_PROBES: usize = 3;
/// When even the rarest word of a quotation is in more ledger texts than this (function
/// words only), its postings are intersected instead: that finds exact matches and
/// fragments, the verdicts such a quotation can get with any confidence.
const MAX_COUNTED_POSTINGS: usize = 32_768;
/// Quotes normalised per parallel task while building.
const BUILD_CHUNK: usize = 4_096;

/// One chunk of texts normalised in parallel, with word ids local to the chunk.
struct ChunkWords {
    /// Local id → word, in first-occurrence order.
    words: Vec<String>,
    /// (quote, translation, local ids).
    texts: Vec<(u32, u32, Vec<u32>)>,
}

fn normalise_chunk(first: usize, quotes: &[LedgerQuote]) -> ChunkWords {
    let mut local: FxHashMap<String, u32> = FxHashMap::default();
    let mut words = Vec::new();
    let mut texts = Vec::with_capacity(quotes.len());
    for (i, quote) in quotes.iter().enumerate() {
        let q = (first + i) as u32;
        let variants = std::iter::once((NO_TRANSLATION, quote.text.as_str())).chain(
            quote
                .translations
                .iter()
                .enumerate()
                .map(|(t, (_, text))| (t as u32, text.as_str())),
        );
        for (translation, text) in variants {
            let mut ids = Vec::new();
            for_each_word(text, |w| {
                let id = match local.get(w) {
                    Some(&id) => id,
                    None => {
                        let id = words.len() as u32;
                        local.insert(w.to_string(), id);
                        words.push(w.to_string());
                        id
                    }
                };
                ids.push(id);
            });
            texts.push((q, translation, ids));
        }
    }
    ChunkWords { words, texts }
}

impl QuoteIndex {
    pub fn build(quotes: &[LedgerQuote]) -> QuoteIndex {
        // Normalising is most of the work and is independent per quote: chunks run in
        // parallel with chunk-local ids, then are merged in order, so the global ids (and
        // everything else) are the same whatever the number of threads.
        let chunks: Vec<ChunkWords> = quotes
            .par_chunks(BUILD_CHUNK)
            .enumerate()
            .map(|(c, chunk)| normalise_chunk(c * BUILD_CHUNK, chunk))
            .collect();
        let mut index = QuoteIndex::default();
        let total_words: usize = chunks
            .iter()
            .flat_map(|c| &c.texts)
            .map(|t| t.2.len())
            .sum();
        index.words.reserve_exact(total_words);
        index
            .entries
            .reserve_exact(chunks.iter().map(|c| c.texts.len()).sum());
        for chunk in chunks {
            let global: Vec<u32> = chunk
                .words
                .iter()
                .map(|w| index.vocabulary.intern(w))
                .collect();
            for (quote, translation, ids) in chunk.texts {
                index.entries.push(Entry {
                    quote,
                    translation,
                    start: index.words.len(),
                });
                index.words.extend(
                    ids.iter()
                        .map(|&l| global.get(l as usize).copied().unwrap_or(0)),
                );
            }
        }
        index.build_postings();
        index
    }

    /// The distinct word ids of entry `e`, in `buffer` (reused: the postings are built in two
    /// passes over a million entries, and keeping every entry's set would double the index).
    fn distinct_words<'b>(&self, e: usize, buffer: &'b mut Vec<u32>) -> &'b [u32] {
        buffer.clear();
        buffer.extend_from_slice(self.entry_words(e));
        buffer.sort_unstable();
        buffer.dedup();
        buffer
    }

    /// Counting sort of (word, entry) pairs into one flat vector: exact-sized, no vector per
    /// word, and entries come out ascending because they are visited in order.
    fn build_postings(&mut self) {
        let n = self.vocabulary.len();
        let mut counts = vec![0usize; n + 1];
        let mut seen: Vec<u32> = Vec::new();
        for e in 0..self.entries.len() {
            for &w in self.distinct_words(e, &mut seen) {
                if let Some(c) = counts.get_mut(w as usize) {
                    *c += 1;
                }
            }
        }
        let mut starts = Vec::with_capacity(n + 1);
        let mut total = 0;
        for c in &counts {
            starts.push(total);
            total += c;
        }
        let mut fill = starts.clone();
        let mut postings = vec![0u32; total];
        for e in 0..self.entries.len() {
            for &w in self.distinct_words(e, &mut seen) {
                if let Some(at) = fill.get_mut(w as usize) {
                    if let Some(slot) = postings.get_mut(*at) {
                        *slot = e as u32;
                    }
                    *at += 1;
                }
            }
        }
        self.postings = postings;
        self.posting_starts = starts;
    }

    fn entry_words(&self, e: usize) -> &[u32] {
        let start = self.entries.get(e).map_or(0, |x| x.start);
        let end = self
            .entries
            .get(e + 1)
            .map_or(self.words.len(), |x| x.start);
        self.words.get(start..end).unwrap_or(&[])
    }

    fn posting(&self, word: u32) -> &[u32] {
        let w = word as usize;
        match (self.posting_starts.get(w), self.posting_starts.get(w + 1)) {
            (Some(&a), Some(&b)) => self.postings.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    fn candidate(&self, e: u32) -> Option<Candidate<'_>> {
        let entry = self.entries.get(e as usize)?;
        Some(Candidate {
            quote: entry.quote as usize,
            translation: (entry.translation != NO_TRANSLATION)
                .then_some(entry.translation as usize),
            words: self.entry_words(e as usize),
        })
    }

    /// Number of indexed texts (quotes and translations).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// `words` as ids (see [`Query`]).
    pub fn ids(&self, words: &[String], query: &mut Query) -> Vec<u32> {
        words
            .iter()
            .map(|w| {
                self.vocabulary.get(w).unwrap_or_else(|| {
                    let next = (self.vocabulary.len() + query.unknown.len()) as u32;
                    *query.unknown.entry(w.clone()).or_insert(next)
                })
            })
            .collect()
    }

    /// Entries sharing the query's rarest words, most shared words first, then in ledger
    /// order.
    pub fn candidates(&self, words: &[u32]) -> Vec<Candidate<'_>> {
        let mut probes: Vec<&[u32]> = words
            .iter()
            .map(|&w| self.posting(w))
            .filter(|p| !p.is_empty())
            .collect();
        probes.sort_by_key(|p| p.len());
        probes.dedup_by(|a, b| std::ptr::eq(a.as_ptr(), b.as_ptr()));
        let Some(rarest) = probes.first() else {
            return Vec::new();
        };
        if rarest.len() > MAX_COUNTED_POSTINGS {
            // Only very common words: the entries holding them all, those holding the
            // quotation's words in a row first.
            let mut found: Vec<(bool, u32)> = intersect(&probes)
                .into_iter()
                .map(|e| {
                    let run = crate::check::diff::find_run(self.entry_words(e as usize), words, 0);
                    (run.is_none(), e)
                })
                .collect();
            found.sort_unstable();
            return found
                .into_iter()
                .take(MAX_CANDIDATES)
                .filter_map(|(_, e)| self.candidate(e))
                .collect();
        }
        // The rarest postings are counted; the common ones that would blow the budget are
        // only consulted for the entries already found (a binary search each), so the
        // ranking is by shared words among the rarest PROBE_WORDS all the same.
        let probes = &probes[..probes.len().min(PROBE_WORDS)];
        let mut budget = 0;
        let mut counted = 0;
        for (i, p) in probes.iter().enumerate() {
            // The first few are counted whatever the budget: the rarest word of an altered
            // quotation is often the altered one, which the ledger quote does not have.
            let must = i < MIN_COUNTED_PROBES && p.len() <= MAX_COUNTED_POSTINGS;
            if !must && budget + p.len() > COUNT_BUDGET {
                break;
            }
            budget += p.len();
            counted += 1;
        }
        let counted = counted.max(1);
        // Counting by sorting the concatenated postings: no hash table to grow.
        let mut all: Vec<u32> = probes[..counted]
            .iter()
            .flat_map(|p| p.iter().copied())
            .collect();
        all.sort_unstable();
        let mut ranked: Vec<(u32, usize)> = Vec::with_capacity(all.len());
        for e in all {
            match ranked.last_mut() {
                Some((last, n)) if *last == e => *n += 1,
                _ => ranked.push((e, 1)),
            }
        }
        for posting in &probes[counted..] {
            for (e, n) in ranked.iter_mut() {
                if posting.binary_search(e).is_ok() {
                    *n += 1;
                }
            }
        }
        ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
            .iter()
            .take(MAX_CANDIDATES)
            .filter_map(|(e, _)| self.candidate(*e))
            .collect()
    }
}

/// Entries in every posting (all ascending), ascending.
fn intersect(postings: &[&[u32]]) -> Vec<u32> {
    let Some((first, rest)) = postings.split_first() else {
        return Vec::new();
    };
    let mut out: Vec<u32> = first.to_vec();
    for p in rest {
        let mut j = 0;
        out.retain(|&e| {
            while p.get(j).is_some_and(|&x| x < e) {
                j += 1;
            }
            p.get(j) == Some(&e)
        });
        if out.is_empty() {
            break;
        }
    }
    out
}

/// Whether a fact's phrase is one of its cues or its subject: they weigh differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhraseRole {
    Cue,
    Subject,
}

impl PhraseRole {
    /// A cue phrase in the sentence counts 2, the subject named 3.
    pub fn weight(self) -> usize {
        match self {
            PhraseRole::Cue => 2,
            PhraseRole::Subject => 3,
        }
    }
}

/// Facts by the phrases (cues and subjects) that tie a claim's sentence to them. Phrases are
/// interned word-id sequences, found in a sentence through their first word; each phrase
/// lists the facts that use it. A claim's candidates are then scored from the phrases
/// found, without re-normalising any fact's cues.
#[derive(Debug, Default)]
pub struct FactIndex {
    vocabulary: Vocabulary,
    phrases: Vec<Box<[u32]>>,
    /// Phrases by their first word.
    by_first_word: FxHashMap<u32, Vec<u32>>,
    /// For each phrase, the facts that use it and how (a fact listing a cue twice counts it
    /// twice, as it always has).
    uses: Vec<Vec<(u32, PhraseRole)>>,
}

impl FactIndex {
    pub fn build(facts: &[Fact]) -> FactIndex {
        let mut index = FactIndex::default();
        let mut phrase_ids: FxHashMap<Box<[u32]>, u32> = FxHashMap::default();
        for (f, fact) in facts.iter().enumerate() {
            let phrases = fact
                .cues
                .iter()
                .map(|c| (c, PhraseRole::Cue))
                .chain(std::iter::once((&fact.subject, PhraseRole::Subject)));
            for (text, role) in phrases {
                let mut ids = Vec::new();
                for_each_word(text, |w| ids.push(index.vocabulary.intern(w)));
                let Some(&first) = ids.first() else {
                    // A phrase with no words never occurs in a sentence.
                    continue;
                };
                let ids: Box<[u32]> = ids.into();
                let p = match phrase_ids.get(&ids) {
                    Some(&p) => p,
                    None => {
                        let p = index.phrases.len() as u32;
                        phrase_ids.insert(ids.clone(), p);
                        index.phrases.push(ids);
                        index.uses.push(Vec::new());
                        index.by_first_word.entry(first).or_default().push(p);
                        p
                    }
                };
                if let Some(u) = index.uses.get_mut(p as usize) {
                    u.push((f as u32, role));
                }
            }
        }
        index
    }

    /// Every fact with a cue phrase or its subject among `words` (a sentence's words, then
    /// the claim's subject's), with its score: 2 per cue phrase found, 3 for the subject.
    /// In ledger order.
    pub fn scores(&self, words: &[String]) -> Vec<(usize, usize)> {
        let ids: Vec<Option<u32>> = words.iter().map(|w| self.vocabulary.get(w)).collect();
        let mut found: Vec<u32> = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let Some(id) = id else { continue };
            let Some(starting) = self.by_first_word.get(id) else {
                continue;
            };
            for &p in starting {
                let Some(phrase) = self.phrases.get(p as usize) else {
                    continue;
                };
                let here = ids.get(i..i + phrase.len()).is_some_and(|window| {
                    window
                        .iter()
                        .zip(phrase.iter())
                        .all(|(a, b)| *a == Some(*b))
                });
                if here {
                    found.push(p);
                }
            }
        }
        // A phrase counts once however often the sentence repeats it.
        found.sort_unstable();
        found.dedup();
        let mut scores: FxHashMap<u32, usize> = FxHashMap::default();
        for p in found {
            for &(f, role) in self.uses.get(p as usize).map_or(&[][..], Vec::as_slice) {
                *scores.entry(f).or_default() += role.weight();
            }
        }
        let mut out: Vec<(usize, usize)> =
            scores.into_iter().map(|(f, s)| (f as usize, s)).collect();
        out.sort_unstable();
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

    fn quotes(texts: &[&str]) -> Vec<LedgerQuote> {
        texts
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
            .collect()
    }

    #[test]
    fn candidates_share_rare_words() {
        let index = QuoteIndex::build(&quotes(&[
            "le chat dort",
            "le chien aboie",
            "le chat mange",
        ]));
        let mut q = Query::default();
        let ids = index.ids(&normalize_words("chat dort"), &mut q);
        let found: Vec<usize> = index.candidates(&ids).iter().map(|e| e.quote).collect();
        assert_eq!(found.first(), Some(&0));
        assert!(!found.contains(&1));
    }

    #[test]
    fn unknown_words_get_their_own_ids() {
        let index = QuoteIndex::build(&quotes(&["le chat dort"]));
        let mut q = Query::default();
        let a = index.ids(&normalize_words("le zèbre dort zèbre"), &mut q);
        assert_eq!(a[1], a[3]);
        assert!(a[1] as usize >= 3);
        assert_eq!(index.ids(&normalize_words("zèbre"), &mut q), [a[1]]);
    }

    #[test]
    fn the_index_is_the_same_whatever_the_chunking() {
        // More quotes than one build chunk, so several chunks are merged.
        let texts: Vec<String> = (0..BUILD_CHUNK * 2 + 10)
            .map(|i| format!("mot{} commun mot{}", i % 97, i % 13))
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let index = QuoteIndex::build(&quotes(&refs));
        let mut q = Query::default();
        let ids = index.ids(&normalize_words("mot5 commun mot5"), &mut q);
        let found: Vec<usize> = index.candidates(&ids).iter().map(|e| e.quote).collect();
        assert_eq!(found.first(), Some(&5));
        assert_eq!(index.len(), texts.len());
    }

    #[test]
    fn common_words_only_are_intersected() {
        let mut texts = vec!["nous ne savons pas".to_string()];
        texts.extend((0..MAX_COUNTED_POSTINGS + 10).map(|i| format!("nous ne savons rien {i}")));
        texts.extend((0..MAX_COUNTED_POSTINGS + 10).map(|i| format!("pas du tout {i}")));
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let index = QuoteIndex::build(&quotes(&refs));
        let mut q = Query::default();
        let ids = index.ids(&normalize_words("nous ne savons pas"), &mut q);
        let found: Vec<usize> = index.candidates(&ids).iter().map(|e| e.quote).collect();
        assert_eq!(found, [0]);
    }

    #[test]
    fn facts_are_scored_by_the_phrases_found() {
        let fact = |subject: &str, cues: &[&str]| Fact {
            id: subject.into(),
            subject: subject.into(),
            cues: cues.iter().map(|c| c.to_string()).collect(),
            kind: crate::extract::numbers::ClaimKind::Money,
            value_text: "1".into(),
            value: super::super::FactValue::Stated(
                crate::extract::numbers::parse_value("1").expect("a number"),
            ),
            tolerance: None,
            source: None,
            note: None,
        };
        let facts = [
            fact("Acme", &["chiffre d'affaires", "revenue"]),
            fact("Beta", &["part de marché"]),
        ];
        let index = FactIndex::build(&facts);
        let words = normalize_words("Le chiffre d’affaires d’Acme atteint 3 milliards");
        assert_eq!(index.scores(&words), [(0, 5)]);
        // "de" alone, or "part" without "de marché", is no phrase.
        assert_eq!(index.scores(&normalize_words("la part de Beta")), [(1, 3)]);
    }
}
