//! "selon X", "d’après X", "pour X", "according to X" in the quotation's sentence, before or
//! after it. The phrases come from the lexicon; the name after them must be a person or an
//! organisation (or a pronoun: "selon lui"), so "pour Meta" after "travaillé" does not speak.

use super::Sieve;
use crate::attribute::SpeakerRef;
use crate::attribute::context::Context;
use crate::attribute::people::EntityKind;

pub struct AccordingTo;

/// Also the confidence of a claim's speaker found the same way.
pub(crate) const CONFIDENCE: f64 = 0.85;

impl Sieve for AccordingTo {
    fn confidence(&self) -> f64 {
        CONFIDENCE
    }

    fn find(&self, ctx: &Context, quote: usize, _: &[Option<SpeakerRef>]) -> Option<SpeakerRef> {
        in_sentence(ctx, ctx.quotes.get(quote)?.span.start)
    }
}

/// The speaker after an "according to" phrase in the sentence holding byte `at`.
pub(crate) fn in_sentence(ctx: &Context, at: usize) -> Option<SpeakerRef> {
    let sentence = ctx.sentence_tokens.get(ctx.sentence_of(at)?)?.clone();
    let first = ctx
        .according_to
        .partition_point(|&(k, _, _)| k < sentence.start);
    ctx.according_to[first..]
        .iter()
        .take_while(|&&(k, _, _)| k < sentence.end)
        .find_map(|&(k, n, ambiguous)| {
            ctx.tokens.get(k)?;
            if ctx.token_in_quote(k) {
                return None;
            }
            // « à ses yeux », "in her view": the possessive in the phrase is the source
            if let Some((p, pronoun)) =
                (k..k + n).find_map(|p| Some((p, ctx.lex.possessive(ctx.token_word(p))?)))
            {
                let range = ctx.tokens.get(p)?.range.clone();
                return ctx.resolve_pronoun(
                    at.min(range.start),
                    pronoun,
                    range,
                    "according-to-pronoun",
                );
            }
            speaker_after(ctx, k + n, at, ambiguous)
        })
}

/// How many lowercase words may describe a person between a determiner and their name.
const DESCRIBED_NAME: usize = 4;

/// The speaker named after an "according to" phrase ending before token `i`. After an
/// unambiguous phrase (« selon Northbridge ») any name is the source; after « pour » it
/// must be a known person or organisation (« pour Noël » is no source).
pub(crate) fn speaker_after(
    ctx: &Context,
    i: usize,
    before: usize,
    ambiguous: bool,
) -> Option<SpeakerRef> {
    let mut j = i;
    // « parle d’« un séisme » pour sa commune »: after « pour », a possessive starts whom the
    // words are for, not whose they are (the source of « pour le maire » has no possessor).
    if ambiguous && ctx.lex.possessive(ctx.token_word(j)).is_some() {
        return None;
    }
    // "pour le collectif Patients en première ligne", "selon la ministre, Claire Aubertin":
    // a determiner and an organisation or role noun may come before the name.
    if ctx.mention_at(j).is_none() {
        let noun_at = crate::text::past_elision(ctx.text, &ctx.tokens, j + 1);
        let noun = ctx
            .lex
            .organisation_nouns
            .match_at(ctx.text, &ctx.tokens, noun_at)
            .map(|(n, ())| n);
        if let Some(n) = noun.or_else(|| {
            ctx.lex
                .role_nouns
                .match_at(ctx.text, &ctx.tokens, noun_at)
                .map(|(n, _)| n)
        }) {
            let after = if ctx.word(noun_at + n) == "," {
                noun_at + n + 1
            } else {
                noun_at + n
            };
            if let Some(m) = ctx.mention_at(after) {
                j = after;
                // « le député LR Olivier Marleix »: past the party after the role, to its holder
                if let Some(next) = ctx.token_after_mention(m)
                    && ctx.entity_kind_at(after) == Some(EntityKind::Organisation)
                    && ctx.person_named_at(next)
                {
                    j = next;
                }
            }
        }
    }
    // « d’après l’hydrogéologue cantonale Anne-Claude Jaccard »: a determiner and lowercase
    // words the lexicon need not know (a rare role, its adjective), then a person's name.
    if ctx.mention_at(j).is_none()
        && ctx
            .lex
            .definite_determiners
            .match_at(ctx.text, &ctx.tokens, j)
            .is_some()
        && let Some(name) = (j + 1..j + 1 + DESCRIBED_NAME)
            .take_while(|&k| {
                ctx.mention_at(k).is_some()
                    || ctx.tokens.get(k).is_some_and(|t| {
                        // not past a complement: « selon l'avocat de Jean Dupont » is the
                        // lawyer's word, not his client's
                        t.is_apostrophe(ctx.text)
                            || t.is_word()
                                && !t.starts_uppercase(ctx.text)
                                && !ctx.lex.is_complement_word(t.word(ctx.text))
                                && !ctx.lex.is_preposition(t.word(ctx.text))
                                && super::verb_group_at(ctx, k).is_none()
                    })
            })
            .find(|&k| ctx.mention_at(k).is_some())
        && ctx
            .mention_at(name)
            .and_then(|m| ctx.people.entity_of(m))
            .is_some_and(|e| {
                e.kind == EntityKind::Person
                    || !ambiguous && e.kind == EntityKind::Unknown && e.name.contains(' ')
            })
    {
        j = name;
    }
    if ctx.lex.title(ctx.token_word(j)).is_some() {
        j += if ctx.word(j + 1) == "." { 2 } else { 1 };
    }
    if let Some(m) = ctx.mention_at(j) {
        let entity = ctx.people.entity_of(m)?;
        if ambiguous && entity.kind == EntityKind::Unknown {
            return None;
        }
        return ctx.speaker_from_mention(m, "according-to");
    }
    let tok = ctx.tokens.get(j)?;
    if let Some(pronoun) = ctx.lex.pronoun(tok.word(ctx.text)).or_else(|| {
        // ("according to her lawyer": a possessive, when a word follows)
        let alone = ctx.tokens.get(j + 1).is_none_or(|t| !t.is_word());
        ctx.lex.object_pronoun(tok.word(ctx.text)).filter(|_| alone)
    }) {
        // « Selon elle, la région « … » »: the pronoun stands for someone named before it,
        // never for the subject that follows it in its own clause.
        let before = before.min(tok.range.start);
        return ctx.resolve_pronoun(before, pronoun, tok.range.clone(), "according-to-pronoun");
    }
    // "pour le dirigeant", "selon la préfecture": a determiner and a role or organisation
    // noun with no name after them stand for the one introduced before.
    super::subject_at(
        ctx,
        j,
        before,
        "according-to",
        "according-to-pronoun",
        "according-to-role",
    )
}
