//! What every sieve can look at: the document's tokens, sentences, quotations, mentions and
//! entities, with the lookups the sieves share (the mention at a token, the most recent
//! compatible person for a pronoun, the person introduced with a role noun).

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use super::people::{EntityKind, People};
use super::{QuoteKind, SpeakerRef};
use crate::document::Document;
use crate::extract::mentions::Mention;
use crate::extract::quotes::QuoteSpan;
use crate::lexicon::{Gender, Lexicon, PronounInfo};
use crate::text::{Token, Word, partition_point_from, partition_point_near};

const NO_MENTION: u32 = u32::MAX;

/// Where a quotation sits among the tokens and sentences, found once: every sieve asks.
#[derive(Clone, Copy)]
struct QuotePlace {
    /// The first token at or after its opening mark ([`Context::token_at_or_after`]).
    open: usize,
    /// The first token at or after its end.
    close: usize,
    /// The sentence holding its opening mark ([`Context::sentence_of`]).
    sentence: Option<usize>,
    /// [`Context::term_marker_before`] its opening mark: the kind and a sieve both ask.
    term_marker: Option<usize>,
}

/// A pronoun's antecedent among the mentions, with where that mention starts.
struct Antecedent {
    mention_start: usize,
    speaker: SpeakerRef,
}

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
    /// The mention starting at each token (`NO_MENTION` for none): an index, not a hash
    /// lookup, for the lookup every sieve makes at every token it reads.
    mention_by_token: Vec<u32>,
    /// Role head noun → (mention start, entity) of each name written with that role.
    role_index: HashMap<String, Vec<(usize, usize)>>,
    /// (start, entity) of each definite role noun outside quotations that refers back to
    /// the person introduced with that role (« n’a pas convaincu la procureure »), in text
    /// order: antecedents for pronouns, like names.
    role_mentions: Vec<(usize, usize)>,
    /// Folded role head → byte range of its first use as a definite role noun outside
    /// quotations, whoever it stands for: a role noun used again stands for whom its first use
    /// did.
    first_definite_roles: HashMap<String, Range<usize>>,
    /// (token index, length in tokens, ambiguous) of each "according to" phrase, in text
    /// order.
    pub according_to: Vec<(usize, usize, bool)>,
    /// Whether each token starts inside a top-level quotation (less any incise), answered
    /// once for all: the sieves ask it of every token they read.
    token_in_quote: Vec<bool>,
    /// Where each quotation opens and closes among the tokens, and its sentence.
    quote_places: Vec<QuotePlace>,
    /// The last answer of `token_at_or_after`, where the next search starts.
    last_token_search: std::cell::Cell<usize>,
    /// The same for `sentence_of`.
    last_sentence_search: std::cell::Cell<usize>,
    /// Each entity's head as an organisation noun would name it, computed on first use.
    organisation_heads: std::cell::OnceCell<OrganisationHeads>,
    /// The mentions given an age in apposition, in text order (see `person_aged_within`).
    aged_mentions: Vec<usize>,
    /// The quotation the sieves are attributing (`None` outside the sieves), and whether it
    /// speaks as one person once that was asked (see `organisation_may_speak`).
    attributing: std::cell::Cell<(Option<usize>, Option<bool>)>,
}

/// The head of each entity's name, folded ("trust" for "East Pennine Hospitals NHS Trust",
/// « union » for « Union des vignerons de Benauge »), and the entities whose proper name
/// (every word capitalised or a complement word) has it: computed once per document, as
/// organisation nouns ask for them at every mention they weigh.
struct OrganisationHeads {
    head_of: Vec<Option<String>>,
    /// The mentions (outside quotations, in text order) of the organisations of each head.
    proper_mentions_by_head: HashMap<String, Vec<usize>>,
}

impl<'a> Context<'a> {
    pub fn new(
        doc: &'a Document,
        tokens: Vec<Token>,
        sentence_tokens: Vec<Range<usize>>,
        quotes: &'a [QuoteSpan],
        mentions: &'a [Mention],
        people: &'a People,
    ) -> Context<'a> {
        // What lies inside the marks, less any incise: the incise is the narrator's. Sorted
        // and disjoint, for binary search.
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
        let quote_places = quote_places(doc, &tokens, quotes);
        let mention_in_quote = mentions
            .iter()
            .map(|m| within(&top_spans, m.range.start))
            .collect();
        let mut mention_by_token = vec![NO_MENTION; tokens.len()];
        // Mentions come in text order: each one's token is searched from the last one's.
        let (mut from, mut from_offset) = (0, 0);
        for (i, m) in mentions.iter().enumerate() {
            if m.range.start < from_offset {
                from = 0;
            }
            let k = partition_point_from(&tokens, from, |t| t.range.start < m.range.start);
            (from, from_offset) = (k, m.range.start);
            if let Some(slot) = mention_by_token.get_mut(k)
                && tokens[k].range.start == m.range.start
            {
                *slot = u32::try_from(i).unwrap_or(NO_MENTION);
            }
        }
        let lex = crate::lexicon::Lexicon::get(doc.lang);
        // Where each role noun's head was written next to a name, in text order.
        let mut role_index: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        for (i, m) in mentions.iter().enumerate() {
            let Some(&entity) = people.of_mention.get(i) else {
                continue;
            };
            for (role, _) in &m.roles {
                role_index
                    .entry(lex.role_head(role).to_string())
                    .or_default()
                    .push((m.range.start, entity));
            }
        }
        let TokenWalk {
            token_in_quote,
            role_mentions,
            first_definite_roles,
            according_to,
        } = TokenWalk::new(doc, lex, &tokens, &top_spans, &role_index);
        let mut ctx = Context {
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
            mention_by_token,
            token_in_quote,
            quote_places,
            according_to,
            role_index,
            role_mentions,
            first_definite_roles,
            last_token_search: std::cell::Cell::new(0),
            last_sentence_search: std::cell::Cell::new(0),
            organisation_heads: std::cell::OnceCell::new(),
            aged_mentions: (0..mentions.len())
                .filter(|&m| mentions[m].age_apposition)
                .collect(),
            attributing: std::cell::Cell::new((None, None)),
        };
        let markers: Vec<Option<usize>> = ctx
            .quote_places
            .iter()
            .map(|p| ctx.term_marker_before(p.open))
            .collect();
        for (place, marker) in ctx.quote_places.iter_mut().zip(markers) {
            place.term_marker = marker;
        }
        ctx
    }

    /// Whether token `i` is an apostrophe ([`Token::is_apostrophe`]; false past the end).
    pub fn is_apostrophe(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.is_apostrophe(self.text))
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// Token `i` as a lexicon lookup ([`Token::word`]): its fold key lets a word list reject
    /// it without folding and hashing its text, which is what happens to most words. Same
    /// answers as looking up [`Self::word`].
    pub fn token_word(&self, i: usize) -> Word<'a> {
        self.tokens.get(i).map_or("".into(), |t| t.word(self.text))
    }

    /// Index of the first token starting at or after byte `offset`. The sieves ask about
    /// quotations in text order: the search starts from the last answer, forwards or back.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        let k = partition_point_near(&self.tokens, self.last_token_search.get(), |t: &Token| {
            t.range.start < offset
        });
        self.last_token_search.set(k);
        k
    }

    /// [`Self::token_at_or_after`] when every token before index `from` starts before
    /// `offset`: searched from there (a few comparisons when the answer is near).
    pub fn token_at_or_after_from(&self, offset: usize, from: usize) -> usize {
        partition_point_from(&self.tokens, from, |t| t.range.start < offset)
    }

    /// Index of the sentence that holds the quotation's opening mark.
    pub fn sentence_of(&self, offset: usize) -> Option<usize> {
        // `Document::sentence_at`, searched from the last answer (see `token_at_or_after`).
        let i = partition_point_near(
            &self.doc.sentences,
            self.last_sentence_search.get(),
            |s: &crate::document::Sentence| s.range.start <= offset,
        );
        self.last_sentence_search.set(i);
        i.checked_sub(1)
    }

    /// [`Self::token_at_or_after`] of quotation `q`'s start: the token of its opening mark.
    pub fn open_token(&self, q: usize) -> usize {
        self.quote_places
            .get(q)
            .map_or(self.tokens.len(), |p| p.open)
    }

    /// [`Self::token_at_or_after`] of quotation `q`'s end: the token after its closing mark.
    pub fn close_token(&self, q: usize) -> usize {
        self.quote_places
            .get(q)
            .map_or(self.tokens.len(), |p| p.close)
    }

    /// [`Self::sentence_of`] quotation `q`'s start.
    pub fn quote_sentence(&self, q: usize) -> Option<usize> {
        self.quote_places.get(q)?.sentence
    }

    /// [`Self::term_marker_before`] quotation `q`'s opening token.
    pub fn quote_term_marker(&self, q: usize) -> Option<usize> {
        self.quote_places.get(q)?.term_marker
    }

    /// The mention that starts at token `i`, outside any quotation.
    pub fn mention_at(&self, i: usize) -> Option<usize> {
        let m = *self.mention_by_token.get(i)?;
        let m = usize::try_from(m).ok().filter(|_| m != NO_MENTION)?;
        (!self.mention_in_quote[m]).then_some(m)
    }

    /// The mention (outside quotations) whose last token is `tokens[k - 1]`.
    pub fn mentions_ending_before(&self, k: usize) -> Option<usize> {
        let end = self.tokens.get(k.checked_sub(1)?)?.range.end;
        let i = self.mentions.partition_point(|m| m.range.start < end);
        let m = i.checked_sub(1)?;
        (self.mentions.get(m)?.range.end == end && !self.mention_in_quote[m]).then_some(m)
    }

    /// The speaker as reported: the entity's canonical name and the words that named it here.
    pub fn speaker(&self, s: &SpeakerRef, confidence: f64) -> Option<super::Speaker> {
        let entity = self.people.entities.get(s.entity)?;
        Some(super::Speaker {
            name: entity.name.clone(),
            mention: self.doc.slice(&s.mention).to_string(),
            rule: s.rule,
            confidence,
            ledger_id: entity.ledger_id.clone(),
        })
    }

    /// Names the quotation the sieves are about to attribute (`None` once they are done, so
    /// that no later question about an organisation reads it).
    pub fn set_attributing(&self, q: Option<usize>) {
        self.attributing.set((q, None));
    }

    /// Whether the quotation being attributed may be an organisation's words: not when it
    /// speaks as one person (« Je comprends la colère […], a-t-il affirmé » after « Le fonds
    /// Velcor avait racheté l’usine »). Asked only when an organisation is a candidate, and
    /// answered once per quotation.
    pub fn organisation_may_speak(&self) -> bool {
        let (Some(q), known) = self.attributing.get() else {
            return true;
        };
        let one_person = known.unwrap_or_else(|| {
            let answer = self.speaks_as_one_person(q);
            self.attributing.set((Some(q), Some(answer)));
            answer
        });
        !one_person
    }

    /// Whether the entity is known to be an organisation (not a person, not unknown).
    pub fn is_organisation(&self, entity: usize) -> bool {
        self.people
            .entities
            .get(entity)
            .is_some_and(|e| e.kind == EntityKind::Organisation)
    }

    /// Whether quotation `q` speaks of its speaker in the first person singular (« Je
    /// comprends la colère », "I told them"): one person's words, not an organisation's. Its
    /// tokens are those of its place, less an incise (`token_in_quote`).
    fn speaks_as_one_person(&self, q: usize) -> bool {
        self.quote_places.get(q).is_some_and(|place| {
            (place.open..place.close).any(|k| {
                self.token_in_quote(k) && self.lex.is_first_person_singular(self.token_word(k))
            })
        })
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
        let limit = self.window_start(before);
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
            return self.group_of_statement(before, &pronoun_range, rule);
        }
        let organisation_ok = || self.organisation_may_speak();
        if let Some(s) = self.organisation_of_statement(before, pronoun, &pronoun_range, rule)
            && organisation_ok()
        {
            return Some(s);
        }
        let by_mention = self.pronoun_by_mention(before, pronoun, pronoun_range.clone(), rule);
        // A role noun opening this sentence or the previous one ("La ministre conteste ces
        // chiffres. « … », a-t-elle répondu") is a more recent antecedent than any name.
        let latest_mention = by_mention.as_ref().map_or(0, |s| s.mention_start);
        let sentence = self.sentence_of(before);
        if self.unnamed_subject_between(latest_mention, before) {
            return None;
        }
        let role_subject = this_and_previous(sentence).find_map(|s| {
            let (at, role, gender, range) = self.role_subject(s)?;
            (at > latest_mention && at < before && gender.compatible(pronoun.gender))
                .then_some((role, gender, range))
        });
        if let Some((role, gender, _)) = role_subject {
            // The pronoun stands for that role: its holder if the article named one with it,
            // else the most recent person of the role's gender ("Le député" → the man just
            // quoted). A role of either gender never named ("Le Premier ministre, lui, se
            // veut confiant") names nobody: the last person mentioned would be a guess. A
            // holder the pronoun cannot stand for ("the detective said. … She told gardaí")
            // leaves the pronoun to the names before it.
            let holder = self.resolve_role(before, &role, gender, pronoun_range.clone(), rule);
            let fits = |s: &SpeakerRef| {
                self.people
                    .entities
                    .get(s.entity)
                    .is_none_or(|e| e.gender.compatible(pronoun.gender))
            };
            match holder {
                Some(s) if !fits(&s) => {}
                holder => return holder,
            }
        }
        // « Le ministère du Travail rappelle que … Il annonce une concertation « … » »: an
        // institution opening this sentence or the previous one after the last person named
        // is what the pronoun stands for.
        // ("The bank was “not hiding anything”, she said": English "she" is never the bank)
        let gendered = pronoun.gender != Gender::Neuter && self.lex.institutions_are_neuter();
        let institution = this_and_previous(sentence).find_map(|s| {
            let (at, noun, range) = self.institution_subject(s)?;
            (at > latest_mention && at < before && !gendered).then_some((noun, range))
        });
        if let Some((noun, range)) = institution
            && organisation_ok()
        {
            return self
                .resolve_organisation(before, Some(&noun), range, rule)
                .map(|s| SpeakerRef {
                    mention: pronoun_range,
                    ..s
                });
        }
        // « Gaume Rail Avenir, qui revendique 1 450 membres, a lancé une pétition. Elle
        // demande … »: so does an organisation named as the subject opening the sentence.
        let named_institution = this_and_previous(sentence).find_map(|s| {
            let first = self.sentence_tokens.get(s)?.start;
            let m = self.mention_at(first)?;
            let start = self.mentions.get(m)?.range.start;
            let entity = self.people.entity_of(m)?;
            // (alone: « Saint-Materne et la clinique du Bocq ont cumulé » is no « il »)
            let coordinated = self
                .token_after_mention(m)
                .is_some_and(|k| self.lex.is_coordinator(self.token_word(k)));
            (entity.kind == EntityKind::Organisation
                && !coordinated
                && start > latest_mention
                && start < before
                && !gendered)
                .then(|| self.people.of_mention.get(m).copied())
                .flatten()
        });
        if let Some(entity) = named_institution
            && organisation_ok()
        {
            return Some(SpeakerRef {
                entity,
                mention: pronoun_range,
                rule,
            });
        }
        by_mention.map(|s| s.speaker)
    }

    /// « Un argument que conteste la Fédération des lieux et festivals indépendants. Dans un
    /// communiqué, elle recense … »: a pronoun in a sentence that opens on a written statement
    /// stands for the organisation named last in that sentence or the one before, if any and
    /// if no person the pronoun fits is named there.
    fn organisation_of_statement(
        &self,
        before: usize,
        pronoun: PronounInfo,
        pronoun_range: &Range<usize>,
        rule: &'static str,
    ) -> Option<SpeakerRef> {
        let s = self.sentence_of(pronoun_range.start)?;
        let first = self.sentence_tokens.get(s)?.start;
        self.lex
            .statement_openers
            .match_at(self.text, &self.tokens, first)?;
        let previous_start = self
            .doc
            .sentences
            .get(s.saturating_sub(1))
            .map_or(0, |p| p.range.start);
        let named = || {
            self.recent_mentions(before)
                .take_while(|&i| self.mentions[i].range.start >= previous_start)
                .filter(|&i| !self.mention_in_quote[i])
        };
        // A person the pronoun fits, named there, is who speaks: "Jane Smith, chief executive
        // of Acme Corp, resigned. In a statement, she said" is hers.
        if named().any(|i| {
            self.people.entity_of(i).is_some_and(|e| {
                e.kind == EntityKind::Person && e.gender.compatible(pronoun.gender)
            })
        }) {
            return None;
        }
        let m = named().find(|&i| {
            self.people
                .entity_of(i)
                .is_some_and(|e| e.kind == EntityKind::Organisation)
        });
        if let Some(m) = m {
            return Some(SpeakerRef {
                entity: *self.people.of_mention.get(m)?,
                mention: pronoun_range.clone(),
                rule,
            });
        }
        // « … un montant jugé « dérisoire » par l’association. Dans un communiqué, elle
        // réclame … »: the organisation may be there by its noun only.
        let tokens = self.sentence_tokens.get(s.saturating_sub(1))?.start
            ..self.token_at_or_after(pronoun_range.start);
        let (at, n) = tokens.rev().find_map(|k| {
            (!self.token_in_quote(k))
                .then(|| self.organisation_noun_after_determiner(k))
                .flatten()
        })?;
        let noun = crate::text::fold_phrase(self.text, self.tokens.get(at..at + n)?);
        self.resolve_organisation(before, Some(&noun), pronoun_range.clone(), rule)
    }

    /// « Les Ultras Oued Noun … réclament la démission du bureau. « … », écrivent-ils dans un
    /// communiqué »: a plural pronoun followed by a written statement (« dans un
    /// communiqué », "in a statement") stands for the group or organisation whose name
    /// opens this sentence or the one before; otherwise it names nobody.
    fn group_of_statement(
        &self,
        before: usize,
        pronoun_range: &Range<usize>,
        rule: &'static str,
    ) -> Option<SpeakerRef> {
        let k = self.token_at_or_after(pronoun_range.end);
        (k..k + 3).find(|&j| {
            self.lex
                .asides
                .match_at(self.text, &self.tokens, j)
                .is_some()
        })?;
        let m = this_and_previous(self.sentence_of(pronoun_range.start)).find_map(|s| {
            let range = self.sentence_tokens.get(s)?;
            // the name opens the sentence, maybe after its determiner
            // (an organisation, or a group named after its determiner: « Les Ultras … »; a
            // place opening the sentence, « À Paris, », is nobody)
            let at = (range.start..range.start + 2).find(|&j| self.mention_at(j).is_some())?;
            let first = self.mention_at(at)?;
            let kind = self.people.entity_of(first)?.kind;
            let group = kind == EntityKind::Unknown
                && at > range.start
                && self
                    .lex
                    .definite_determiner_at(self.text, &self.tokens, at - 1)
                    .is_some();
            (self.mentions.get(first)?.range.start < before
                && (kind == EntityKind::Organisation || group))
                .then_some(first)
        })?;
        Some(SpeakerRef {
            entity: *self.people.of_mention.get(m)?,
            mention: pronoun_range.clone(),
            rule,
        })
    }

    /// A definite determiner and an organisation noun opening sentence `s`, maybe after an
    /// opening phrase (« Interrogé par La Croix, le ministère … »): (byte start, folded noun,
    /// range).
    fn institution_subject(&self, s: usize) -> Option<(usize, String, Range<usize>)> {
        let sentence = self.sentence_tokens.get(s)?.clone();
        // After a person's name, the comma opens the name's apposition ("Dr Fiona Marlowe,
        // the trust’s chief executive, said", « Pour l'avocate Julie Santerre, du comité
        // logement, … »), not the clause after an opening phrase (« Interrogé par La Croix,
        // le ministère … »).
        let person_before = |comma: usize| (sentence.start..comma).any(|k| self.person_named_at(k));
        let after_comma = (sentence.start..sentence.end.min(sentence.start + 10))
            .find(|&k| self.word(k) == ",")
            .filter(|&comma| !person_before(comma))
            .map(|k| k + 1);
        // « « Le site n'est plus viable », indique la direction. »: the subject inverted after
        // the quotation and its verb (looked for only when the sentence opens on no determiner)
        let after_quote_verb = || {
            (sentence.start + 2..sentence.end)
                .find(|&k| {
                    self.word(k - 1) == "," && self.token_in_quote(k - 2) && !self.token_in_quote(k)
                })
                .and_then(|k| crate::attribute::sieves::verb_group_at(self, k))
        };
        let first = [sentence.start]
            .into_iter()
            .chain(after_comma)
            .chain(std::iter::once_with(after_quote_verb).flatten())
            .find(|&k| {
                self.lex
                    .definite_determiner_at(self.text, &self.tokens, k)
                    .is_some()
            })?;
        let (at, n) = self.organisation_noun_after_determiner(first)?;
        let noun = crate::text::fold_phrase(self.text, self.tokens.get(at..at + n)?);
        let start = self.tokens.get(first)?.range.start;
        let end = self.tokens.get(at + n - 1)?.range.end;
        Some((start, noun, start..end))
    }

    /// A definite determiner at token `k` and an organisation noun after it (« la mairie »,
    /// « l’entreprise », "the council"): the noun's first token and its length.
    pub fn organisation_noun_after_determiner(&self, k: usize) -> Option<(usize, usize)> {
        self.lex
            .definite_determiners
            .match_at(self.text, &self.tokens, k)?;
        let at = crate::text::past_elision(self.text, &self.tokens, k + 1);
        let (n, ()) = self
            .lex
            .organisation_nouns
            .match_at(self.text, &self.tokens, at)?;
        Some((at, n))
    }

    /// Whether a pronoun before byte `before` stands for someone the text leaves unnamed:
    /// "One retired county employee … said the sentence felt ‘too short’. ‘…,’ she said".
    /// Later sieves must not name anyone for it either.
    pub fn pronoun_stands_for_unnamed(&self, before: usize, pronoun: PronounInfo) -> bool {
        let range = before..before;
        let latest = self
            .pronoun_by_mention(before, pronoun, range, "")
            .map_or(0, |a| a.mention_start);
        self.unnamed_subject_between(latest, before)
    }

    /// An unnamed person (« un habitant », "one retired employee") opening the sentence of
    /// `before` or the previous one, after byte `after`.
    pub(crate) fn unnamed_subject_between(&self, after: usize, before: usize) -> bool {
        this_and_previous(self.sentence_of(before))
            .any(|s| self.unnamed_subject_in(s, after, before))
    }

    /// An unnamed subject of sentence `s` that the sentence says is anonymous (« Un agent de
    /// la DDTM, qui a requis l’anonymat, résume : », "who asked not to be named").
    pub(crate) fn anonymous_subject_in(&self, s: usize, before: usize) -> bool {
        self.unnamed_subject_in(s, usize::MAX, before)
    }

    /// [`Self::unnamed_subject_between`] in sentence `s` only.
    fn unnamed_subject_in(&self, s: usize, after: usize, before: usize) -> bool {
        let Some(range) = self.sentence_tokens.get(s) else {
            return false;
        };
        // the subject opens the sentence, or follows its opening phrase (« Au service des
        // eaux, un fontainier qui préfère rester anonyme décrit … »)
        let after_opening = self.past_opening_phrase(range, 1);
        // "A former employee of his firm, Lakeshore Private Wealth, who spoke on condition
        // of anonymity, said": the names of such a sentence are not its subject's
        // (read once: up to three subject positions ask)
        let anonymity = std::cell::OnceCell::new();
        let anonymous = || {
            *anonymity.get_or_init(|| {
                range.clone().any(|k| {
                    self.lex
                        .anonymity_markers
                        .match_at(self.text, &self.tokens, k)
                        .is_some()
                })
            })
        };
        // "But a senior executive at a rival processor … was less hopeful": past a
        // conjunction opening the sentence
        let after_conjunction = (self.lex.is_clause_opener(self.token_word(range.start))
            || self.lex.is_coordinator(self.token_word(range.start)))
        .then_some(range.start + 1);
        // « Le kilo … devrait se négocier autour de 8,20 €, d'après un courtier d'Épernay »:
        // an unnamed source the sentence reports is as recent as a subject opening it
        let first_source = self
            .according_to
            .partition_point(|&(k, _, _)| k < range.start);
        let sources = self.according_to[first_source..]
            .iter()
            .take_while(|&&(k, _, _)| k < range.end)
            .filter(|&&(k, _, _)| !self.token_in_quote(k))
            .map(|&(k, n, _)| k + n);
        [range.start]
            .into_iter()
            .chain(after_opening)
            .chain(after_conjunction)
            .chain(sources)
            .any(|first| {
                let start = self.tokens.get(first).map_or(0, |t| t.range.start);
                // ("The daughter of one victim, who asked not to be named, said": a definite
                // subject the sentence says is anonymous is nobody the text names either)
                // (in its own apposition: "The minister said a source, who asked not to be
                // named, …" names the minister)
                let definite = || {
                    self.lex
                        .definite_determiner_at(self.text, &self.tokens, first)
                        .is_some()
                        && self.anonymous_apposition(first, range.end)
                };
                start < before
                    && ((self.lex.is_indefinite_article(self.token_word(first))
                        && (start > after || self.complement_of(first, after) || anonymous()))
                        || definite())
                    && (self.person_noun_within(first + 1)
                        // "an AFL official, who spoke on condition of anonymity": the
                        // institution before the noun is no name of the subject's either
                        || (self.person_noun_after_names(first + 1) && anonymous())
                        // « Un opérateur privé, qui a requis l'anonymat, juge … »: whatever
                        // its noun, a subject its apposition says is anonymous
                        || self.anonymous_apposition(first, range.end)
                        || (first + 2..first + 8)
                            .any(|k| crate::attribute::sieves::verb_group_at(self, k).is_some()))
            })
    }

    /// Whether the name starting at byte `at` is a complement of the noun phrase opening at
    /// token `first`, before any verb (« un collecteur de la région d'Alaotra », "a broker
    /// in Épernay"): a place the unnamed subject comes from is no antecedent more recent
    /// than the subject.
    fn complement_of(&self, first: usize, at: usize) -> bool {
        let k = self.token_at_or_after(at);
        // (past an elision: « d'Alaotra »)
        let after_preposition = if self.is_apostrophe(k.wrapping_sub(1)) {
            self.after_preposition(k - 1)
        } else {
            self.after_preposition(k)
        };
        k > first
            && k <= first + SUBJECT_COMPLEMENT_TOKENS
            && self.tokens.get(k).is_some_and(|t| t.range.start == at)
            && after_preposition
            && (first..k).all(|j| {
                self.word(j) != "," && crate::attribute::sieves::verb_group_at(self, j).is_none()
            })
    }

    /// Whether the subject opening at token `first` is followed by an apposition, between
    /// commas, before any verb and the sentence's end token `end`, that says it is anonymous
    /// ("The daughter of one victim, who asked not to be named, said").
    fn anonymous_apposition(&self, first: usize, end: usize) -> bool {
        let Some(comma) = (first + 1..end.min(first + 10)).find(|&k| self.word(k) == ",") else {
            return false;
        };
        if (first..comma).any(|k| crate::attribute::sieves::verb_group_at(self, k).is_some()) {
            return false;
        }
        (comma + 1..end.min(comma + 14))
            .take_while(|&k| self.word(k) != ",")
            .any(|k| {
                self.lex
                    .anonymity_markers
                    .match_at(self.text, &self.tokens, k)
                    .is_some()
            })
    }

    /// Whether a person or role noun comes within the lowercase words starting at token `k`
    /// (« un habitant », "one retired county employee"; « une pétition » is nobody, unless a
    /// reporting verb follows: "One ice-fishing guide told NPR").
    pub fn person_noun_within(&self, k: usize) -> bool {
        (k..k + 4)
            .take_while(|&j| {
                self.tokens.get(j).is_some_and(|t| {
                    t.is_word() && !crate::text::starts_uppercase(t.text(self.text))
                })
            })
            .any(|j| self.lex.person_noun_at(self.text, &self.tokens, j))
    }

    /// Whether a person or role noun follows the capitalised words starting at token `k`
    /// ("an AFL official", "a Transnet Freight Rail manager").
    pub fn person_noun_after_names(&self, k: usize) -> bool {
        // ("A City of Vancouver engineer": past the whole of a name with its particles)
        if let Some(m) = self.mention_at(k)
            && let Some(after) = self.token_after_mention(m)
            && after > k
            && after <= k + 6
        {
            return self.person_noun_within(after);
        }
        let names = (k..k + 4)
            .take_while(|&j| {
                self.tokens.get(j).is_some_and(|t| {
                    t.is_word() && crate::text::starts_uppercase(t.text(self.text))
                })
            })
            .count();
        names > 0 && self.person_noun_within(k + names)
    }

    /// A determiner and role noun opening sentence `s`: (byte start, folded role, gender,
    /// range).
    fn role_subject(&self, s: usize) -> Option<(usize, String, Gender, Range<usize>)> {
        let range = self.sentence_tokens.get(s)?;
        // past a prepositional phrase opening the sentence that names nobody ("Back in
        // Bannockburn, the third-generation grower said"); looked for only when the sentence
        // does not open on the role
        // ("Back in": the preposition may be the phrase's second word)
        let after_opening = || self.past_opening_phrase(range, 2);
        let (first, at, n, gender) = std::iter::once(range.start)
            .chain(std::iter::once_with(after_opening).flatten())
            .filter(|&k| self.word(k).chars().count() <= 3)
            .find_map(|first| {
                let (at, (n, gender)) = self.role_after_determiner(first)?;
                Some((first, at, n, gender))
            })?;
        let role = crate::text::fold_phrase(self.text, self.tokens.get(at..at + n)?);
        let start = self.tokens.get(first)?.range.start;
        let end = self.tokens.get(at + n - 1)?.range.end;
        Some((start, role, gender, start..end))
    }

    /// The token after the comma closing a prepositional phrase that opens the sentence of
    /// tokens `range` and names no person (« Au service des eaux, un fontainier … »), the
    /// preposition among its first `lead` words. After a person's name the comma opens the
    /// name's apposition instead ("Maria Ochoa, a teacher, said").
    pub(crate) fn past_opening_phrase(&self, range: &Range<usize>, lead: usize) -> Option<usize> {
        let comma = (range.start..range.end.min(range.start + OPENING_WORDS))
            .find(|&k| self.word(k) == ",")?;
        let prepositional =
            (range.start..range.start + lead).any(|k| self.lex.is_preposition(self.token_word(k)));
        (prepositional && !(range.start..comma).any(|k| self.person_named_at(k)))
            .then_some(comma + 1)
    }

    /// The role noun after the determiner at token `first` (its first token, its length and
    /// its gender), maybe past lowercase modifiers after a definite one ("the
    /// third-generation grower").
    fn role_after_determiner(&self, first: usize) -> Option<(usize, (usize, Gender))> {
        let det_end = crate::text::past_elision(self.text, &self.tokens, first + 1);
        if let Some(found) = self
            .lex
            .role_nouns
            .match_at(self.text, &self.tokens, det_end)
        {
            return Some((det_end, found));
        }
        // (no verb nor preposition skipped: "He told the mayor" opens with no role; an age is
        // no modifier: "The 41-year-old co-founder" is the person of that age)
        // An English possessor is one: "the residents’ lawyer", "the family's spokesman".
        let modifier = |k: usize| {
            self.is_possessive_mark(k)
                || self.tokens.get(k).is_some_and(|t| {
                    let w = t.text(self.text);
                    t.is_word()
                        && !crate::text::starts_uppercase(w)
                        && !w.contains(|c: char| c.is_ascii_digit())
                }) && !self.lex.is_preposition(self.token_word(k))
                    && crate::attribute::sieves::verb_group_at(self, k).is_none()
        };
        self.lex
            .definite_determiner_at(self.text, &self.tokens, first)?;
        // (a possessive mark is no modifier of its own: "the family's spokesman")
        let mut words = 0;
        let mut k = det_end;
        while words < ROLE_MODIFIERS && modifier(k) {
            words += usize::from(!self.is_possessive_mark(k));
            k += 1;
            if let Some(found) = self.lex.role_nouns.match_at(self.text, &self.tokens, k) {
                return Some((k, found));
            }
        }
        None
    }

    /// The most recent compatible person named before `before`, with where that mention starts.
    fn pronoun_by_mention(
        &self,
        before: usize,
        pronoun: PronounInfo,
        pronoun_range: Range<usize>,
        rule: &'static str,
    ) -> Option<Antecedent> {
        let by_name = self.pronoun_by_name(before, pronoun, pronoun_range.clone(), rule);
        // A definite role noun after the last fitting name is the more recent antecedent:
        // "Un argument qui n’a pas convaincu la procureure. « … », avait-elle lancé."
        let after = by_name.as_ref().map_or(0, |a| a.mention_start);
        let limit = self.window_start(before).max(after);
        let end = self
            .role_mentions
            .partition_point(|&(start, _)| start < before);
        let begin = self
            .role_mentions
            .partition_point(|&(start, _)| start < limit);
        let by_role = self.role_mentions[begin..end]
            .iter()
            .rev()
            .find(|&&(_, entity)| {
                self.people.entities.get(entity).is_some_and(|e| {
                    e.kind == EntityKind::Person && e.gender.compatible(pronoun.gender)
                })
            });
        match by_role {
            Some(&(start, entity)) if pronoun.gender != Gender::Neuter => Some(Antecedent {
                mention_start: start,
                speaker: SpeakerRef {
                    entity,
                    mention: pronoun_range,
                    rule,
                },
            }),
            _ => by_name,
        }
    }

    /// The token right after mention `m`.
    pub fn token_after_mention(&self, m: usize) -> Option<usize> {
        Some(self.token_at_or_after(self.mentions.get(m)?.range.end))
    }

    /// The kind of the entity whose name starts at token `k`.
    pub fn entity_kind_at(&self, k: usize) -> Option<EntityKind> {
        self.mention_at(k)
            .and_then(|m| self.people.entity_of(m))
            .map(|e| e.kind)
    }

    /// Whether a person's name starts at token `k`.
    pub fn person_named_at(&self, k: usize) -> bool {
        self.entity_kind_at(k) == Some(EntityKind::Person)
    }

    /// Whether token `k` is (part of) an English possessive mark: the apostrophe of "the
    /// residents’ lawyer", or the apostrophe or "s" of "the council's spokesman". French
    /// apostrophes elide (« l’ONG ») and mark no possessor.
    pub fn is_possessive_mark(&self, k: usize) -> bool {
        self.lex.head_final()
            && (self.is_apostrophe(k)
                || self.word(k) == "s" && k.checked_sub(1).is_some_and(|a| self.is_apostrophe(a)))
    }

    /// Whether token `k` follows a preposition: a name or determiner there is a complement
    /// (« par la présidente », "by Jane Doe", « de Lyon », "to the mayor"), never a subject.
    pub fn after_preposition(&self, k: usize) -> bool {
        k > 0 && self.lex.is_preposition(self.token_word(k - 1))
    }

    /// Whether mention `m` is a complement: after a preposition (maybe with its article: « à
    /// l’Ifremer »), or the object of a verb whose object is a recipient ("told Al Jazeera",
    /// « à Basti Jamali »).
    fn is_complement_mention(&self, m: usize) -> bool {
        let Some(start) = self.mentions.get(m).map(|m| m.range.start) else {
            return false;
        };
        let k = self.token_at_or_after(start);
        // « à l’Ifremer de Lorient »: after a preposition and its article too
        let governed_article = self
            .lex
            .definite_determiner_before(self.text, &self.tokens, k)
            .is_some_and(|det| self.after_preposition(det));
        self.after_preposition(k) || governed_article || self.after_recipient_verb(k)
    }

    /// Whether mention `m` is the object of a verb whose object is a recipient ("told Al
    /// Jazeera", "told ABC Radio Adelaide").
    fn is_recipient_mention(&self, m: usize) -> bool {
        self.mentions
            .get(m)
            .is_some_and(|m| self.after_recipient_verb(self.token_at_or_after(m.range.start)))
    }

    /// Whether token `k` follows a verb whose object is a recipient ("told").
    fn after_recipient_verb(&self, k: usize) -> bool {
        k > 0 && self.lex.takes_recipient(self.token_word(k - 1))
    }

    /// Where the look-back for an antecedent stops (see [`Context::recent_mentions`]).
    fn window_start(&self, before: usize) -> usize {
        let first_para = self.doc.paragraph_at(before).unwrap_or(0).saturating_sub(3);
        self.doc.paragraphs.get(first_para).map_or(0, |p| p.start)
    }

    /// The most recent compatible person named before `before`.
    fn pronoun_by_name(
        &self,
        before: usize,
        pronoun: PronounInfo,
        pronoun_range: Range<usize>,
        rule: &'static str,
    ) -> Option<Antecedent> {
        let find = |fits: &dyn Fn(&super::people::Entity, usize) -> bool| {
            self.recent_mentions(before).find_map(|i| {
                if self.mention_in_quote[i] {
                    return None;
                }
                let entity = self.people.entity_of(i)?;
                fits(entity, i).then(|| Antecedent {
                    mention_start: self.mentions[i].range.start,
                    speaker: SpeakerRef {
                        entity: self.people.of_mention[i],
                        mention: pronoun_range.clone(),
                        rule,
                    },
                })
            })
        };
        match pronoun.gender {
            Gender::Neuter => find(&|e, _| e.kind == EntityKind::Organisation),
            // "Ghulam Rasool Chandio stands at the edge of his field. “…,” he said": a full
            // name nothing marks as a person's (a first name the lexicon lacks) is the
            // antecedent when no known person fits, unless it is a complement ("told Al
            // Jazeera", "in Basti Jamali").
            g => {
                find(&|e, _| e.kind == EntityKind::Person && e.gender.compatible(g)).or_else(|| {
                    find(&|e, i| {
                        e.kind == EntityKind::Unknown
                            && e.name.split_whitespace().nth(1).is_some()
                            && !self.is_complement_mention(i)
                    })
                })
            }
        }
    }

    /// The organisation a common noun stands for ("the company", "la compagnie", "le
    /// ministère"): among the organisations and unknown names of the last paragraphs, the one
    /// the document names most often (a news story's "the company" is its main company),
    /// the most recent on a tie. An unknown name must occur twice: a place named once is no
    /// company.
    pub fn resolve_organisation(
        &self,
        before: usize,
        noun: Option<&str>,
        noun_range: Range<usize>,
        rule: &'static str,
    ) -> Option<SpeakerRef> {
        let mut best: Option<(usize, usize)> = None; // (score, entity)
        // "Pacific Ridge Power … said it had shut off power. “…,” the company said": an
        // organisation named in this sentence or the one before is the one meant, however
        // often another was named earlier.
        let here = self.sentence_of(before);
        let previous_sentence_start = here
            .and_then(|s| self.doc.sentences.get(s.saturating_sub(1)))
            .map_or(before, |s| s.range.start);
        for i in self.recent_mentions(before) {
            // (an acronym in parentheses is scored as the name before it)
            if self.mention_in_quote[i] || self.people.is_short_form(i) {
                continue;
            }
            let nearby = self
                .mentions
                .get(i)
                .is_some_and(|m| m.range.start >= previous_sentence_start);
            let Some(&entity) = self.people.of_mention.get(i) else {
                continue;
            };
            let Some(known) = self.people.entities.get(entity) else {
                continue;
            };
            // "told ABC Radio Adelaide": the outlet a person spoke to is no antecedent
            if self.is_recipient_mention(i) {
                continue;
            }
            // "SA Health said 214 people had presented": a name that speaks is an
            // institution as much as one the lexicon marks so
            let speaks = || {
                self.token_after_mention(i)
                    .is_some_and(|k| super::sieves::verb_group_at(self, k).is_some())
            };
            let count = self.people.mention_count(entity);
            let introduced = noun.is_some_and(|n| self.noun_names(entity, n));
            let multiword = self.mentions.get(i).is_some_and(|m| m.words.count > 1);
            // « Le groupe Helvéa a annoncé la fermeture des Cartonneries de Jarrie. Dans un
            // communiqué, la direction … »: the one that acted, not its complement, unless
            // the complement is named more often
            let subject = !self.is_complement_mention(i);
            // « la fermeture de la cartonnerie de Jarrie », « à Jarrie »: a name of unknown
            // kind met after a preposition is a place there, not who speaks
            if known.kind == EntityKind::Unknown && !introduced && !subject {
                continue;
            }
            let score = match known.kind {
                _ if introduced => INTRODUCED + count,
                EntityKind::Organisation if nearby && subject => 500 + count,
                EntityKind::Organisation if nearby => 400 + count,
                EntityKind::Organisation => count + 1 + usize::from(subject),
                EntityKind::Unknown if multiword && speaks() => count + 1,
                EntityKind::Unknown if count > 1 || multiword => count,
                _ => continue,
            };
            // Iterating from the most recent mention, a strictly higher score is needed to
            // replace the current best, so ties go to the most recent.
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, entity));
            }
        }
        // "East Pennine Hospitals NHS Trust … (six paragraphs) … The trust said": a name the
        // noun heads is meant however far back, when none is named nearer.
        if best.is_none_or(|(score, _)| score < INTRODUCED)
            && let Some(n) = noun
            && let Some(entity) = self.named_by_head(before, n)
        {
            best = Some((INTRODUCED, entity));
        }
        best.map(|(_, entity)| SpeakerRef {
            entity,
            mention: noun_range,
            rule,
        })
    }

    /// Whether the organisation noun `noun` (folded) names entity `entity`: introduced with
    /// it ("l’association Droit au logement" for "l’association"), or a name it heads ("the
    /// Nordvik Foundation, a Norwegian charity, … The foundation said", « la Fondation Kerlan
    /// … la fondation »).
    fn noun_names(&self, entity: usize, noun: &str) -> bool {
        self.people
            .entities
            .get(entity)
            .is_some_and(|known| known.roles.iter().any(|r| r == noun))
            || self
                .organisation_heads()
                .head_of
                .get(entity)
                .is_some_and(|h| h.as_deref() == Some(noun))
    }

    fn organisation_heads(&self) -> &OrganisationHeads {
        self.organisation_heads.get_or_init(|| {
            let head_of: Vec<Option<String>> = self
                .people
                .entities
                .iter()
                .map(|known| self.name_head(&known.name).map(crate::text::fold))
                .collect();
            // the head capitalised too: "East Pennine Hospitals NHS Trust", not a
            // "Stuttgart-based company"; a head-initial name capitalises its head and may
            // run on in lowercase (« Association des alpagistes de la Haute-Gruyère »)
            let head_final = self.lex.head_final();
            let proper: Vec<bool> = self
                .people
                .entities
                .iter()
                .map(|known| {
                    known.kind == EntityKind::Organisation
                        && known.name.contains(' ')
                        && if head_final {
                            known.name.split(' ').all(|w| {
                                crate::text::starts_uppercase(w) || self.lex.is_complement_word(w)
                            })
                        } else {
                            crate::text::starts_uppercase(&known.name)
                        }
                })
                .collect();
            let mut proper_mentions_by_head: HashMap<String, Vec<usize>> = HashMap::default();
            for (m, &entity) in self.people.of_mention.iter().enumerate() {
                if self.mention_in_quote[m] || !proper.get(entity).copied().unwrap_or(false) {
                    continue;
                }
                if let Some(Some(head)) = head_of.get(entity) {
                    proper_mentions_by_head
                        .entry(head.clone())
                        .or_default()
                        .push(m);
                }
            }
            OrganisationHeads {
                head_of,
                proper_mentions_by_head,
            }
        })
    }

    /// The word of `name` an organisation noun would name it by. "Ministry of Education",
    /// "Bank of England": a head-final name with a complement ends its head before the
    /// complement word; a head-initial name starts with it.
    fn name_head<'n>(&self, name: &'n str) -> Option<&'n str> {
        if self.lex.head_final() {
            let words: Vec<&str> = name.split(' ').collect();
            let complement = words
                .iter()
                .position(|w| self.lex.is_complement_word(*w))
                .filter(|&i| i > 0);
            complement
                .and_then(|i| words.get(i - 1).copied())
                .or_else(|| words.last().copied())
        } else {
            name.split(' ').next()
        }
    }

    /// The most recent organisation named before `before`, anywhere in the document, whose
    /// proper name (of several capitalised words, maybe with complement words between) the
    /// noun `noun` (folded) heads.
    fn named_by_head(&self, before: usize, noun: &str) -> Option<usize> {
        let mentions = self
            .organisation_heads()
            .proper_mentions_by_head
            .get(noun)?;
        let i = mentions
            .partition_point(|&m| self.mentions.get(m).is_some_and(|m| m.range.start < before));
        let m = *mentions.get(i.checked_sub(1)?)?;
        self.people.of_mention.get(m).copied()
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
        if self.role_left_unnamed(before, role) {
            return None;
        }
        self.resolve_role_by_name(before, role, gender, role_range.clone(), rule)
            .or_else(|| {
                // « le skipper », "the 56-year-old", « la septuagénaire »: a role of either
                // gender takes the one its determiner marks; an age noun stands for whoever
                // was last named even when the determiner marks none.
                let by_age = self.lex.is_age_noun(role);
                if by_age && let Some(s) = self.person_of_age(before, role, &role_range, rule) {
                    return Some(s);
                }
                // « La retraitée de 81 ans paie … » then « observe la retraitée »: a role noun
                // used again stands for whom its first use stood for
                if let Some(first) = self
                    .first_definite_roles
                    .get(self.lex.role_head(role))
                    .filter(|first| first.start < role_range.start)
                    && let Some(s) =
                        self.resolve_role(first.start, role, gender, first.clone(), rule)
                    // (someone the text shows is a person: a first use opening the article
                    // may have only the headline's names before it)
                    && self
                        .people
                        .entities
                        .get(s.entity)
                        .is_some_and(|e| e.kind == EntityKind::Person)
                {
                    return Some(SpeakerRef {
                        mention: role_range.clone(),
                        ..s
                    });
                }
                let gender = if gender == Gender::Any {
                    let det = self.token_at_or_after(role_range.start);
                    self.lex
                        .definite_determiner_at(self.text, &self.tokens, det)
                        .unwrap_or(gender)
                } else {
                    gender
                };
                // (English "the" marks no gender: "Mr Hale said … ‘…,’ the barrister said"
                // is measured to hold more often than a new person behind the role)
                if !by_age
                    && gender != Gender::Neuter
                    && let Some(s) = self.last_named(before, gender, &role_range, rule, true)
                {
                    return Some(s);
                }
                if !by_age && (gender == Gender::Any || gender == Gender::Neuter) {
                    return None;
                }
                let pronoun = PronounInfo {
                    gender,
                    plural: false,
                };
                // (a role noun names a person: « observe la retraitée » is never the pension
                // fund a feminine pronoun could stand for)
                self.pronoun_by_mention(before, pronoun, role_range, rule)
                    .map(|a| a.speaker)
                    .filter(|s| {
                        self.people
                            .entities
                            .get(s.entity)
                            .is_some_and(|e| e.kind != EntityKind::Organisation)
                    })
            })
    }

    /// « …, rappelle Reto Gassmann. D’après le climatologue de l’Université de Lausanne, … »:
    /// a role nobody was introduced with describes the person named last, when that person
    /// has no role yet (`unroled`: a person introduced as « directeur » is not « le
    /// climatologue »). « …, a prévenu le président du club, Abdelkrim Benjelloun. L’homme
    /// d’affaires de 62 ans, … a reconnu »: a person noun given an age describes the person
    /// named last, role or not.
    pub fn last_named(
        &self,
        before: usize,
        gender: Gender,
        role_range: &Range<usize>,
        rule: &'static str,
        unroled: bool,
    ) -> Option<SpeakerRef> {
        let last = self.recent_mentions(before).find(|&i| {
            !self.mention_in_quote[i]
                && !self.is_complement_mention(i)
                && self.people.entity_of(i).is_some_and(|e| {
                    e.kind == EntityKind::Person
                        || e.kind == EntityKind::Unknown
                            && e.name.split_whitespace().nth(1).is_some()
                })
        })?;
        let entity = self.people.of_mention.get(last).copied()?;
        let known = self.people.entities.get(entity)?;
        ((!unroled || known.roles.is_empty()) && known.gender.compatible(gender)).then(|| {
            SpeakerRef {
                entity,
                mention: role_range.clone(),
                rule,
            }
        })
    }

    /// "A senior health department official, who did not wish to be named, disputed the
    /// figure. “…,” the official said": the same role (modifiers included) was last given to
    /// someone the text does not name (an indefinite article, no name after it, no name
    /// before it in apposition), more recently than anyone was introduced with its head noun;
    /// the role noun stands for that unnamed person. Looked for in this paragraph and the one
    /// before.
    pub fn role_left_unnamed(&self, before: usize, role: &str) -> bool {
        let head = self.lex.role_head(role);
        let named = self
            .role_index
            .get(head)
            .and_then(|list| {
                let i = list.partition_point(|&(start, _)| start < before);
                list.get(i.checked_sub(1)?).map(|&(start, _)| start)
            })
            .unwrap_or(0);
        let previous_paragraph = self
            .doc
            .paragraph_at(before)
            .and_then(|p| self.doc.paragraphs.get(p.saturating_sub(1)))
            .map_or(0, |p| p.start);
        let first = self.token_at_or_after(previous_paragraph.max(named));
        let last = self.token_at_or_after(before);
        (first..last).any(|k| {
            if !self.lex.is_indefinite_article(self.token_word(k))
                || k.checked_sub(1).is_some_and(|p| self.word(p) == ",")
                || self.token_in_quote(k)
            {
                return false;
            }
            // up to three modifiers ("a senior health department official", "One
            // Republican senator")
            let Some((at, n)) = (k + 1..k + 5)
                .take_while(|&j| self.tokens.get(j).is_some_and(Token::is_word))
                .find_map(|j| {
                    // a person noun too: "according to a person familiar with the matter …
                    // the person said"
                    let n = self.lex.person_noun_len_at(self.text, &self.tokens, j)?;
                    Some((j, n))
                })
            else {
                return false;
            };
            let after = if self.word(at + n) == "," {
                at + n + 1
            } else {
                at + n
            };
            // the same role, not one of its kind: « un directeur juridique » leaves « le
            // directeur financier » named
            !self
                .tokens
                .get(after)
                .is_some_and(|t| t.is_word() && t.starts_uppercase(self.text))
                && crate::text::fold_phrase(self.text, &self.tokens[at..at + n]) == role
        })
    }

    /// "the 67-year-old", « le quadragénaire »: the most recent person named with that age
    /// (or an age of that decade) in apposition ("Madam Noraini Ismail, 67,", « Ziad Haddad,
    /// 47 ans, »), whoever was named since.
    fn person_of_age(
        &self,
        before: usize,
        age_noun: &str,
        noun_range: &Range<usize>,
        rule: &'static str,
    ) -> Option<SpeakerRef> {
        if let Some(age) = leading_number(age_noun) {
            return self.person_aged(before, age, noun_range, rule);
        }
        // the decades of the number grammar: « quadragénaire » is 40 to 49
        let decade = crate::extract::numbers::scan(age_noun, self.doc.lang.into())
            .into_iter()
            .find(|e| e.kind == crate::extract::numbers::ClaimKind::Age)?;
        let (low, high) = (decade.low?, decade.high?);
        self.person_aged_within(before, |age| (low..=high).contains(&f64::from(age)))
            .map(|s| SpeakerRef {
                mention: noun_range.clone(),
                rule,
                ..s
            })
    }

    /// The most recent person named with `age` in apposition ("Madam Noraini Ismail, 67,",
    /// « Franck Molinié, 51 ans, »), whoever was named since: what "the 67-year-old" or « le
    /// Tarnais de 51 ans » stands for.
    pub fn person_aged(
        &self,
        before: usize,
        age: u32,
        noun_range: &Range<usize>,
        rule: &'static str,
    ) -> Option<SpeakerRef> {
        self.person_aged_within(before, |a| a == age)
            .map(|s| SpeakerRef {
                mention: noun_range.clone(),
                rule,
                ..s
            })
    }

    /// The most recent mention before `before` given an age in apposition that `fits`, as
    /// a speaker. An age names one person for the whole article ("the 47-year-old" may come
    /// paragraphs later), so the look-back is not bounded by paragraphs but by how many
    /// people were given an age.
    fn person_aged_within(&self, before: usize, fits: impl Fn(u32) -> bool) -> Option<SpeakerRef> {
        /// How many people given an age are looked at, most recent first.
        const REACH: usize = 12;
        let end = self
            .aged_mentions
            .partition_point(|&m| self.mentions.get(m).is_some_and(|m| m.range.start < before));
        self.aged_mentions[..end]
            .iter()
            .rev()
            .take(REACH)
            .copied()
            .find(|&m| {
                let after = self
                    .mentions
                    .get(m)
                    .map_or("", |m| self.text.get(m.range.end..).unwrap_or_default());
                let after = after.trim_start_matches([',', ' ', '\u{a0}']);
                // (« Le patron du Kreiz-Mor, 47 ans »: the age is the patron's, not the boat's)
                !self.mention_in_quote[m]
                    && !self.is_complement_mention(m)
                    && self
                        .people
                        .entity_of(m)
                        .is_some_and(|e| e.kind == EntityKind::Person)
                    && leading_number(after).is_some_and(&fits)
            })
            .and_then(|m| self.speaker_from_mention(m, "age"))
    }

    /// "in what a judge called “…” … Sentencing on Wednesday, Judge Helena Strickland said":
    /// a role given to nobody named is the next person given the same role, when that comes
    /// within a few paragraphs and nobody had that role before.
    pub fn role_named_after(
        &self,
        before: usize,
        role: &str,
        role_range: Range<usize>,
        rule: &'static str,
    ) -> Option<SpeakerRef> {
        /// How far after the quotation the name may come.
        const REACH: usize = 1000;
        let list = self.role_index.get(self.lex.role_head(role))?;
        let i = list.partition_point(|&(start, _)| start < before);
        if i > 0 {
            return None;
        }
        let &(start, entity) = list.get(i)?;
        (start - before <= REACH).then_some(SpeakerRef {
            entity,
            mention: role_range,
            rule,
        })
    }

    /// The most recent person introduced with a role of the same head noun.
    pub(crate) fn resolve_role_by_name(
        &self,
        before: usize,
        role: &str,
        gender: Gender,
        role_range: Range<usize>,
        rule: &'static str,
    ) -> Option<SpeakerRef> {
        // Roles hold for the whole article: look back to its start, through the index.
        let latest = |head: &str| {
            let list = self.role_index.get(head)?;
            let i = list.partition_point(|&(start, _)| start < before);
            list.get(i.checked_sub(1)?).copied()
        };
        let head = self.lex.role_head(role);
        // « le technicien » for the coach introduced as « entraîneur »: only when nobody was
        // introduced with the noun itself, the most recent holder of a role it stands for.
        let (_, entity) = latest(head).or_else(|| {
            self.lex
                .role_synonyms(head)
                .iter()
                .filter_map(|r| latest(r))
                .filter(|&(_, e)| {
                    self.people
                        .entities
                        .get(e)
                        .is_some_and(|e| e.gender.compatible(gender))
                })
                .max_by_key(|&(start, _)| start)
        })?;
        Some(SpeakerRef {
            entity,
            mention: role_range,
            rule,
        })
    }

    /// Where a designation marker ends right before token `open` starts, maybe followed by a
    /// definite article (« ont baptisé le « système X » », "dubbed the “Mother Road”"): the
    /// marker's first token.
    fn term_marker_before(&self, open: usize) -> Option<usize> {
        // « a appelé « à la responsabilité » »: a quotation opening on a lowercase « à » is
        // the complement of the verb (« appeler à », to call for), no name (« classé
        // « d’intérêt thérapeutique majeur » » is one).
        if self.tokens.get(open + 1).is_some_and(|t| {
            !t.starts_uppercase(self.text) && self.lex.is_indirect_object_marker(t.word(self.text))
        }) {
            return None;
        }
        // « s’est dite « soulagée » »: after a reflexive the participle reports speech.
        let marker = |end: usize, indefinite: bool| {
            self.lex
                .term_markers
                .match_ending_at(self.text, &self.tokens, end)
                .filter(|&(_, names_indefinite)| names_indefinite || !indefinite)
                .map(|(start, _)| start)
                .filter(|&start| {
                    !self
                        .lex
                        .auxiliaries
                        .match_ending_at(self.text, &self.tokens, start)
                        .is_some_and(|(aux, ())| {
                            self.lex.is_reflexive_pronoun(self.token_word(aux))
                        })
                })
        };
        // Past a definite article: « ont baptisé le « système X » »; past an indefinite one
        // after a marker that names with it: "what researchers have dubbed a “food desert”".
        let indefinite_before = || {
            let k = open.checked_sub(1)?;
            self.lex
                .is_indefinite_article(self.token_word(k))
                .then_some(k)
        };
        let found = marker(open, false)
            .or_else(|| {
                marker(
                    self.lex
                        .definite_determiner_before(self.text, &self.tokens, open)?,
                    false,
                )
            })
            .or_else(|| marker(indefinite_before()?, true))?;
        // (a headline or paragraph ending on the marker names nothing in the next one)
        let paragraph = |k: usize| {
            self.tokens
                .get(k)
                .and_then(|t| self.doc.paragraph_at(t.range.start))
        };
        (paragraph(found) == paragraph(open)).then_some(found)
    }

    /// Whether token `k` starts inside a top-level quotation (false for no token).
    pub fn token_in_quote(&self, k: usize) -> bool {
        self.token_in_quote.get(k).copied().unwrap_or(false)
    }
}

/// What `Context` keeps of each token, found in one walk over the tokens.
struct TokenWalk {
    /// [`within`] the top-level quotations of each token's start.
    token_in_quote: Vec<bool>,
    /// See [`Context::role_mentions`].
    role_mentions: Vec<(usize, usize)>,
    /// See [`Context::first_definite_roles`].
    first_definite_roles: HashMap<String, Range<usize>>,
    /// See [`Context::according_to`].
    according_to: Vec<(usize, usize, bool)>,
}

impl TokenWalk {
    fn new(
        doc: &Document,
        lex: &Lexicon,
        tokens: &[Token],
        quotes: &[Range<usize>],
        role_index: &HashMap<String, Vec<(usize, usize)>>,
    ) -> TokenWalk {
        let text = doc.text.as_str();
        let mut walk = TokenWalk {
            token_in_quote: vec![false; tokens.len()],
            role_mentions: Vec::new(),
            first_definite_roles: HashMap::default(),
            according_to: Vec::new(),
        };
        // A token is within the last quotation starting at or before it if it starts before
        // that one's end: each quotation holds the tokens from its start to its end or to
        // the next one's start. Both are in text order: each search starts from the last.
        let mut from = 0;
        for (i, quote) in quotes.iter().enumerate() {
            let end = quotes
                .get(i + 1)
                .map_or(quote.end, |next| quote.end.min(next.start));
            let a = partition_point_from(tokens, from, |t| t.range.start < quote.start);
            let b = partition_point_from(tokens, a, |t| t.range.start < end).max(a);
            if let Some(inside) = walk.token_in_quote.get_mut(a..b) {
                inside.fill(true);
            }
            from = a;
        }
        for (k, tok) in tokens.iter().enumerate() {
            // `definite_role_at`'s first test, made here: it rejects nearly every token.
            if walk.token_in_quote.get(k) == Some(&false)
                && lex.definite_determiners.may_start(tok)
                && let Some((at, n)) = definite_role_at(text, tokens, lex, k)
            {
                if let Some(end) = tokens.get(at + n - 1).map(|t| t.range.end) {
                    let role = crate::text::fold_phrase(text, &tokens[at..at + n]);
                    let head = lex.role_head(&role);
                    if !walk.first_definite_roles.contains_key(head) {
                        (walk.first_definite_roles).insert(head.to_string(), tok.range.start..end);
                    }
                }
                if let Some(found) = role_mention_at(text, lex, tokens, k, (at, n), role_index) {
                    walk.role_mentions.push(found);
                }
            }
            if lex.according_to.may_start(tok)
                && let Some((n, ambiguous)) = lex.according_to.match_at(text, tokens, k)
            {
                walk.according_to.push((k, n, ambiguous));
            }
        }
        walk
    }
}

/// A definite role noun at token `k` that names a person introduced earlier with the same
/// role: (start, entity). A role noun followed by a name introduces that name instead, and
/// is already in the role index.
fn role_mention_at(
    text: &str,
    lex: &Lexicon,
    tokens: &[Token],
    k: usize,
    (at, n): (usize, usize),
    role_index: &HashMap<String, Vec<(usize, usize)>>,
) -> Option<(usize, usize)> {
    // "la procureure Claire-Anne Mercier", "the mayor, Jane Doe,": an introduction.
    let after = tokens.get(at + n);
    let name_at = if after.is_some_and(|t| t.text(text) == ",") {
        at + n + 1
    } else {
        at + n
    };
    if tokens
        .get(name_at)
        .is_some_and(|t| t.is_word() && crate::text::starts_uppercase(t.text(text)))
    {
        return None;
    }
    let role = crate::text::fold_phrase(text, tokens.get(at..at + n)?);
    let list = role_index.get(lex.role_head(&role))?;
    let start = tokens.get(k)?.range.start;
    let i = list.partition_point(|&(s, _)| s < start);
    let &(_, entity) = list.get(i.checked_sub(1)?)?;
    Some((start, entity))
}

/// A definite determiner at token `k`, then (after an elision and an optional modifier) a
/// role noun: « la procureure », « l’ancien directeur », "the former chief executive".
/// Returns where the role noun starts and its length in tokens.
pub(crate) fn definite_role_at(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    k: usize,
) -> Option<(usize, usize)> {
    // Called at every token: one-bit tests reject nearly all of them before any lookup.
    // An age noun (« le sexagénaire », « l’octogénaire ») follows the determiner or its
    // elision directly: one lookup, tried only after the one-bit tests failed.
    let age_noun = || {
        tokens
            .get(crate::text::past_elision(text, tokens, k + 1))
            .is_some_and(|t| lex.is_age_noun(t.word(text)))
    };
    if !lex.definite_determiners.may_start(tokens.get(k)?)
        || !((k + 1..k + 4)
            .filter_map(|j| tokens.get(j))
            .any(|t| lex.role_nouns.may_start(t))
            || age_noun())
        || lex.definite_determiner_at(text, tokens, k).is_none()
    {
        return None;
    }
    let at = crate::text::past_elision(text, tokens, k + 1);
    let (at, n, _) = lex.role_after_determiner(text, tokens, at)?;
    Some((at, n))
}

/// How far into a sentence the comma closing its opening phrase may come, in tokens.
const OPENING_WORDS: usize = 8;
/// How many lowercase modifiers may come between a determiner and the role noun it opens
/// ("the third-generation grower", « la jeune maire »).
const ROLE_MODIFIERS: usize = 2;

/// How far into an unnamed subject (« un collecteur de la région d'Alaotra ») a name may be
/// its complement, in tokens.
const SUBJECT_COMPLEMENT_TOKENS: usize = 8;

/// The score of an organisation introduced with the noun that names it, above any count.
const INTRODUCED: usize = 1000;

/// The [`QuotePlace`] of each quotation. Quotations come sorted by start: each search starts
/// from the previous answer.
fn quote_places(doc: &Document, tokens: &[Token], quotes: &[QuoteSpan]) -> Vec<QuotePlace> {
    let sentences = &doc.sentences;
    let (mut open, mut sentence, mut last_start) = (0, 0, 0);
    quotes
        .iter()
        .map(|q| {
            let start = q.span.start;
            if start < last_start {
                (open, sentence) = (0, 0);
            }
            last_start = start;
            open = partition_point_from(tokens, open, |t| t.range.start < start);
            let close = partition_point_from(tokens, open, |t| t.range.start < q.span.end);
            sentence = partition_point_from(sentences, sentence, |s| s.range.start <= start);
            QuotePlace {
                open,
                close,
                sentence: sentence.checked_sub(1),
                term_marker: None, // filled in by `Context::new`
            }
        })
        .collect()
}

/// The number the digits opening `s` write ("67" of "67-year-old", of "67, who …").
fn leading_number(s: &str) -> Option<u32> {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    s.get(..end).filter(|d| !d.is_empty())?.parse().ok()
}

/// Sentence `s`, then the one before it: where an antecedent opening a sentence is looked
/// for.
fn this_and_previous(s: Option<usize>) -> impl Iterator<Item = usize> {
    s.into_iter()
        .flat_map(|s| [Some(s), s.checked_sub(1)])
        .flatten()
}

fn within(spans: &[Range<usize>], offset: usize) -> bool {
    let i = spans.partition_point(|s| s.start <= offset);
    i.checked_sub(1)
        .and_then(|i| spans.get(i))
        .is_some_and(|s| offset < s.end)
}
