//! What every sieve can look at: the document's tokens, sentences, quotations, mentions and
//! entities, with the lookups the sieves share (the mention at a token, the most recent
//! compatible person for a pronoun, the person introduced with a role noun).

use std::collections::HashMap;
use std::ops::Range;

use super::people::{EntityKind, People};
use super::{QuoteKind, SpeakerRef};
use crate::document::Document;
use crate::extract::mentions::Mention;
use crate::extract::quotes::QuoteSpan;
use crate::lexicon::{Gender, Lexicon, PronounInfo};
use crate::text::Token;

pub struct Context<'a> {
    pub doc: &'a Document,
    pub text: &'a str,
    pub lex: &'a Lexicon,
    pub tokens: Vec<Token>,
    /// Token index range of each sentence of `doc.sentences`.
    pub sentence_tokens: Vec<Range<usize>>,
    pub quotes: &'a [QuoteSpan],
    pub kinds: Vec<QuoteKind>,
    pub mentions: &'a [Mention],
    pub people: &'a People,
    /// Whether each mention sits inside a quotation (a speaker is never named by the words
    /// of a quotation).
    pub mention_in_quote: Vec<bool>,
    mention_by_start: HashMap<usize, usize>,
    /// (token index, length in tokens) of each "according to" phrase, in text order.
    pub according_to: Vec<(usize, usize)>,
    /// Spans of the top-level quotations, sorted and disjoint, for binary search.
    top_spans: Vec<Range<usize>>,
}

impl<'a> Context<'a> {
    pub fn new(
        doc: &'a Document,
        tokens: Vec<Token>,
        quotes: &'a [QuoteSpan],
        mentions: &'a [Mention],
        people: &'a People,
    ) -> Context<'a> {
        let sentence_tokens = doc
            .sentences
            .iter()
            .map(|s| {
                let a = tokens.partition_point(|t| t.range.start < s.range.start);
                let b = tokens.partition_point(|t| t.range.start < s.range.end);
                a..b
            })
            .collect();
        // What lies inside the marks, less any incise: the incise is the narrator's.
        let mut top_spans: Vec<Range<usize>> = Vec::new();
        for q in quotes.iter().filter(|q| q.depth == 0) {
            match &q.incise {
                None => top_spans.push(q.span.clone()),
                Some(incise) => {
                    top_spans.push(q.span.start..incise.start);
                    top_spans.push(incise.end..q.span.end);
                }
            }
        }
        let mention_in_quote = mentions
            .iter()
            .map(|m| within(&top_spans, m.range.start))
            .collect();
        let mention_by_start = mentions
            .iter()
            .enumerate()
            .map(|(i, m)| (m.range.start, i))
            .collect();
        // Where "selon", "according to"… occur: found once, looked up per sentence.
        let lex = crate::lexicon::Lexicon::get(doc.lang);
        let according_to = (0..tokens.len())
            .filter_map(|k| {
                lex.according_to
                    .match_at(&doc.text, &tokens, k)
                    .map(|(n, ())| (k, n))
            })
            .collect();
        Context {
            doc,
            text: &doc.text,
            lex: crate::lexicon::Lexicon::get(doc.lang),
            tokens,
            sentence_tokens,
            quotes,
            kinds: Vec::new(),
            mentions,
            people,
            mention_in_quote,
            mention_by_start,
            top_spans,
            according_to,
        }
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.range.start < offset)
    }

    /// Index of the sentence that holds the quotation's opening mark.
    pub fn sentence_of(&self, offset: usize) -> Option<usize> {
        self.doc.sentence_at(offset)
    }

    /// The mention that starts at token `i`, outside any quotation.
    pub fn mention_at(&self, i: usize) -> Option<usize> {
        let start = self.tokens.get(i)?.range.start;
        let m = *self.mention_by_start.get(&start)?;
        (!self.mention_in_quote[m]).then_some(m)
    }

    /// The mention (outside quotations) whose last token is `tokens[k - 1]`.
    pub fn mentions_ending_before(&self, k: usize) -> Option<usize> {
        let end = self.tokens.get(k.checked_sub(1)?)?.range.end;
        let i = self.mentions.partition_point(|m| m.range.start < end);
        let m = i.checked_sub(1)?;
        (self.mentions.get(m)?.range.end == end && !self.mention_in_quote[m]).then_some(m)
    }

    /// A mention, whether it can speak: people and organisations can; an unknown capitalised
    /// word can when the syntax puts it in the speaker's place.
    pub fn speaker_from_mention(&self, m: usize, rule: &'static str) -> Option<SpeakerRef> {
        let entity = *self.people.of_mention.get(m)?;
        Some(SpeakerRef {
            entity,
            mention: self.mentions.get(m)?.range.clone(),
            rule,
        })
    }

    /// Indexes of the mentions before byte `before`, most recent first, no further back than
    /// three paragraphs: antecedents further away are not what a reader would pick, and the
    /// bound keeps resolution linear in the size of the document.
    pub fn recent_mentions(&self, before: usize) -> impl Iterator<Item = usize> + '_ {
        let first_para = self.doc.paragraph_at(before).unwrap_or(0).saturating_sub(3);
        let limit = self.doc.paragraphs.get(first_para).map_or(0, |p| p.start);
        let end = self.mentions.partition_point(|m| m.range.start < before);
        let start = self.mentions.partition_point(|m| m.range.start < limit);
        (start..end).rev()
    }

    /// The most recent person (or organisation, for "it") before `before` that a pronoun
    /// can stand for.
    pub fn resolve_pronoun(
        &self,
        before: usize,
        pronoun: PronounInfo,
        pronoun_range: Range<usize>,
        rule: &'static str,
    ) -> Option<SpeakerRef> {
        if pronoun.plural {
            return None;
        }
        self.recent_mentions(before).find_map(|i| {
            if self.mention_in_quote[i] {
                return None;
            }
            let entity = self.people.entity_of(i)?;
            let fits = match pronoun.gender {
                Gender::Neuter => entity.kind == EntityKind::Organisation,
                g => entity.kind == EntityKind::Person && entity.gender.compatible(g),
            };
            fits.then(|| SpeakerRef {
                entity: self.people.of_mention[i],
                mention: pronoun_range.clone(),
                rule,
            })
        })
    }

    /// The organisation a common noun stands for ("the company", "le ministère"): the most
    /// recent organisation named before, else the most recent unknown name used twice.
    pub fn resolve_organisation(
        &self,
        before: usize,
        noun_range: Range<usize>,
        rule: &'static str,
    ) -> Option<SpeakerRef> {
        let recent = |want: EntityKind| {
            self.recent_mentions(before).find_map(|i| {
                if self.mention_in_quote[i] {
                    return None;
                }
                let entity = self.people.of_mention.get(i).copied()?;
                let known = self.people.entities.get(entity)?;
                let repeated = want != EntityKind::Unknown || self.people.mention_count(entity) > 1;
                (known.kind == want && repeated).then(|| SpeakerRef {
                    entity,
                    mention: noun_range.clone(),
                    rule,
                })
            })
        };
        recent(EntityKind::Organisation).or_else(|| recent(EntityKind::Unknown))
    }

    /// The person a role noun stands for ("la cofondatrice", "the minister"): the most recent
    /// one introduced with a role of the same head noun ("housing minister" → "minister"),
    /// else, for a gendered role, the most recent person of that gender.
    pub fn resolve_role(
        &self,
        before: usize,
        role: &str,
        gender: Gender,
        role_range: Range<usize>,
        rule: &'static str,
    ) -> Option<SpeakerRef> {
        let head = |r: &str| r.rsplit(' ').next().map(str::to_string).unwrap_or_default();
        let wanted = head(role);
        let by_role = self.recent_mentions(before).find_map(|i| {
            let entity = self.people.of_mention.get(i).copied()?;
            let known = self.people.entities.get(entity)?;
            known
                .roles
                .iter()
                .any(|r| head(r) == wanted)
                .then(|| SpeakerRef {
                    entity,
                    mention: role_range.clone(),
                    rule,
                })
        });
        by_role.or_else(|| {
            if gender == Gender::Any || gender == Gender::Neuter {
                return None;
            }
            let pronoun = PronounInfo {
                gender,
                plural: false,
            };
            self.resolve_pronoun(before, pronoun, role_range.clone(), rule)
        })
    }

    /// Whether byte `offset` lies inside a top-level quotation.
    pub fn in_quote(&self, offset: usize) -> bool {
        within(&self.top_spans, offset)
    }
}

fn within(spans: &[Range<usize>], offset: usize) -> bool {
    let i = spans.partition_point(|s| s.start <= offset);
    i.checked_sub(1)
        .and_then(|i| spans.get(i))
        .is_some_and(|s| offset < s.end)
}
