//! Speaker introduced before the opening mark, by a colon or a reporting verb:
//! LeCun a déclaré : « … » / Il a ajouté : « … » / Jane Doe said: "…" /
//! Jane Doe was unimpressed: "…" / Jane Doe said "…". The subject is the first name or
//! pronoun of the clause before the mark.

use super::{Sieve, subject_at, subject_head, verb_group_at};
use crate::attribute::SpeakerRef;
use crate::attribute::context::Context;
use crate::attribute::people::EntityKind;

pub struct BeforeQuote;

impl Sieve for BeforeQuote {
    fn confidence(&self) -> f64 {
        0.9
    }

    /// « Un étudiant, lui, ironise : « … » », "One engineer said: “…”": the clause before the
    /// colon names someone with an indefinite article and no name, so nobody can be named.
    fn names_someone(&self, ctx: &Context, quote: usize) -> bool {
        if quote >= ctx.quotes.len() {
            return false;
        }
        let open = ctx.open_token(quote);
        let Some(sentence) = ctx
            .quote_sentence(quote)
            .and_then(|s| ctx.sentence_tokens.get(s))
            .cloned()
        else {
            return false;
        };
        if open <= sentence.start || ctx.word(open - 1) != ":" {
            return false;
        }
        let clause = sentence.start..open - 1;
        // A place ("on Bridge Street", « à Lyon ») names nobody who could speak.
        let named = clause.clone().any(|k| {
            !is_place(ctx, k)
                && ctx
                    .mention_at(k)
                    .and_then(|m| ctx.people.entity_of(m))
                    .is_some_and(|e| e.kind != EntityKind::Unknown)
        });
        // « La mairie, elle, se montre plus prudente : »: an institution named only by its
        // noun speaks, and nobody the sieves after this one would guess.
        let institution = || {
            !named
                && ctx
                    .organisation_noun_after_determiner(clause.start)
                    .is_some()
        };
        let anonymous = || {
            ctx.quote_sentence(quote)
                .is_some_and(|s| ctx.anonymous_subject_in(s, ctx.quotes[quote].span.start))
        };
        (!named
            && clause
                .clone()
                .any(|k| ctx.lex.is_indefinite_article(ctx.token_word(k)) && k + 1 < clause.end))
            || anonymous()
            || institution()
            || impersonal_subject(ctx, clause.start, clause.end).is_some()
    }

    fn find(&self, ctx: &Context, quote: usize, _: &[Option<SpeakerRef>]) -> Option<SpeakerRef> {
        let q = ctx.quotes.get(quote)?;
        let open = ctx.open_token(quote);
        let s = ctx.quote_sentence(quote)?;
        let mut sentence = ctx.sentence_tokens.get(s)?.clone();
        // "… a défendu l’offre devant un public hostile :" closing a paragraph, the quotation
        // opening the next: the sentence of the colon introduces it.
        if open == sentence.start
            && open > 0
            && ctx.word(open - 1) == ":"
            && let Some(previous) = s.checked_sub(1).and_then(|p| ctx.sentence_tokens.get(p))
        {
            sentence = previous.start..open;
        }
        if open <= sentence.start {
            return None;
        }
        // « Un agent de la direction départementale, qui a requis l’anonymat, résume : »: a
        // source that asks not to be named is nobody, whatever its complement names.
        if ctx.anonymous_subject_in(s, q.span.start) {
            return None;
        }
        let prev = open - 1;
        // "in what she called ‘…’", "Smith described it as “…”": a subject right before a
        // reporting verb or a naming verb right before the mark.
        if let Some(marker) = ctx.quote_term_marker(quote)
            && marker > sentence.start
        {
            let k = marker - 1;
            if ctx.lex.pronoun(ctx.token_word(k)).is_some() {
                return subject_at(
                    ctx,
                    k,
                    q.span.start,
                    "speaker-colon",
                    "pronoun-then-verb",
                    "role-noun",
                );
            }
            if let Some(m) = ctx.mentions_ending_before(marker) {
                return ctx.speaker_from_mention(m, "name-then-verb");
            }
            // "in what a judge called “…”": the determiner and role noun are the subject; an
            // indefinite one is the person given that role just after ("Sentencing on
            // Wednesday, Judge Helena Strickland said"), if any (a quotation's "a police
            // spokesman said" is no such designation: it stays unnamed)
            if let Some((start, _)) =
                ctx.lex
                    .role_nouns
                    .match_ending_at(ctx.text, &ctx.tokens, marker)
                && start > sentence.start
            {
                let det = start - 1;
                if ctx.lex.is_indefinite_article(ctx.token_word(det)) {
                    let role = crate::text::fold_phrase(ctx.text, ctx.tokens.get(start..marker)?);
                    let range =
                        ctx.tokens.get(det)?.range.start..ctx.tokens.get(marker - 1)?.range.end;
                    return ctx.role_named_after(q.span.start, &role, range, "role-noun");
                }
                return subject_at(
                    ctx,
                    start - 1,
                    q.span.start,
                    "speaker-colon",
                    "pronoun-then-verb",
                    "role-noun",
                );
            }
        }
        // (where the verb group starts: « a » of « Le ministère a déclaré : »)
        let verb = (sentence.start..prev + 1)
            .rev()
            .take(3)
            .filter(|&k| verb_group_at(ctx, k).is_some_and(|end| end >= prev))
            .last();
        if ctx.word(prev) != ":" && verb.is_none() {
            return None;
        }
        if let Some(on) = impersonal_subject(ctx, sentence.start, prev) {
            return institution_before(ctx, sentence.start, on);
        }
        // "…, talks the person described as “at an early stage”": a determiner and a noun
        // right before the verb are its subject, whoever else the sentence names; a noun that
        // names nobody (« la personne ») leaves the quotation unattributed.
        if let Some(v) = verb
            && v >= sentence.start + 2
            && ctx.mention_at(v - 1).is_none()
            && super::plain_content_word(ctx, v - 1)
            && ctx
                .lex
                .definite_determiner_at(ctx.text, &ctx.tokens, v - 2)
                .is_some()
        {
            return subject_at(
                ctx,
                v - 2,
                q.span.start,
                "speaker-colon",
                "pronoun-colon",
                "role-noun",
            );
        }
        // The subject of the clause before the mark, outside quotations: a name followed by
        // its verb first, then the first person named, then a pronoun opening the sentence,
        // then the first organisation ("À Stuttgart, le président, X, a déclaré :").
        let candidates: Vec<usize> = (sentence.start..prev)
            .filter(|&k| k < ctx.tokens.len() && !ctx.token_in_quote(k) && !is_place(ctx, k))
            .collect();
        // « l’entraîneure de Castelnau a salué … : »: a definite role noun and its complement
        // are the subject; the name in the complement is not.
        let role_subject = |k: usize| {
            crate::attribute::context::definite_role_at(ctx.text, &ctx.tokens, ctx.lex, k)
                .and_then(|(at, _)| super::after_quote::subject_end(ctx, at, prev + 1))
                .is_some_and(|end| verb_group_at(ctx, end).is_some())
        };
        // "Pressé de questions par la présidente, l’ancien élu a concédé :": a name or role
        // after a preposition is a complement, never the subject.
        let subjects = || candidates.iter().filter(|&&k| !ctx.after_preposition(k));
        let with_verb = subjects().find(|&&k| {
            role_subject(k)
                || (ctx.mention_at(k).is_some()
                    && super::after_quote::subject_end(ctx, k, prev + 1)
                        .is_some_and(|end| verb_group_at(ctx, end).is_some()))
        });
        let person = subjects().find(|&&k| ctx.person_named_at(k));
        // (or past an opening participle: "Asked whether the target still held, she said:")
        let after_participle =
            super::sentence_subject::past_opening_participle(ctx, sentence.start, prev);
        // (or past an opening prepositional phrase: « À la sortie de l'audience, elle a
        // confié : »)
        let after_preposition = (ctx.word(prev) == ":"
            && ctx.lex.is_preposition(ctx.token_word(sentence.start)))
        .then(|| {
            (sentence.start + 1..prev.min(sentence.start + super::sentence_subject::OPENING_PHRASE))
                .find(|&k| ctx.word(k) == ",")
                .map(|comma| comma + 1)
        })
        .flatten();
        let opening_pronoun = candidates.iter().find(|&&k| {
            (k == sentence.start || Some(k) == after_participle || Some(k) == after_preposition)
                && ctx.lex.pronoun(ctx.token_word(k)).is_some()
        });
        // « Puis l’ancien directeur a répondu : », "Then the minister said:": a definite
        // role noun at the head of the clause, maybe past an opening phrase (« Interrogé sur
        // les délais, le patron de SED se veut confiant : »).
        let after_comma = (sentence.start
            ..prev.min(sentence.start + super::sentence_subject::OPENING_PHRASE))
            .find(|&k| ctx.word(k) == ",")
            .map_or(sentence.start, |k| k + 1);
        let opening_role = [sentence.start, after_comma].into_iter().find_map(|head| {
            // (or a person noun with an age: « L’homme d’affaires de 62 ans, … a reconnu »)
            subjects().filter(|&&k| k >= head).take(3).find(|&&k| {
                crate::attribute::context::definite_role_at(ctx.text, &ctx.tokens, ctx.lex, k)
                    .is_some()
                    || super::aged_noun_at(ctx, k).is_some()
            })
        });
        let organisation = candidates
            .iter()
            .find(|&&k| ctx.entity_kind_at(k) == Some(EntityKind::Organisation))
            // « La mairie, elle, se montre plus prudente : »: an institution named by its
            // noun, at the head of the clause
            .or_else(|| {
                subjects()
                    .filter(|&&k| k == sentence.start || k == after_comma)
                    .find(|&&k| ctx.organisation_noun_after_determiner(k).is_some())
            });
        // « Une intervenante d’un refuge du quartier Saint-Roch, qui …, dit recevoir « … » »:
        // a clause opening on an indefinite noun phrase has it as its subject; a name before
        // its verb is a complement inside it, and the quotation's speaker is left unnamed.
        if let Some(&k) = with_verb
            && indefinite_subject_before(ctx, sentence.start, k)
        {
            return None;
        }
        let with_verb = with_verb.map(|&k| {
            if role_subject(k) {
                return k;
            }
            let end = super::after_quote::subject_end(ctx, k, prev + 1).unwrap_or(k + 1);
            subject_head(ctx, k, end)
        });
        let subject = |k: &usize| {
            subject_at(
                ctx,
                *k,
                q.span.start,
                "speaker-colon",
                "pronoun-colon",
                "role-noun",
            )
        };
        // "Her message to the council was clear: “…”", « Sa réponse tient en une phrase : »:
        // a possessive opening the clause before the colon is its speaker's, when no name
        // heads that clause.
        let possessor = || {
            let first = sentence.start;
            let p = ctx.lex.possessive(ctx.token_word(first))?;
            if ctx.word(prev) != ":" || ctx.mention_at(first + 1).is_some() {
                return None;
            }
            let range = ctx.tokens.get(first)?.range.clone();
            ctx.resolve_pronoun(q.span.start, p, range, "pronoun-colon")
        };
        with_verb
            .as_ref()
            .and_then(subject)
            .or_else(possessor)
            .or_else(|| {
                [person, opening_pronoun, opening_role, organisation]
                    .into_iter()
                    .flatten()
                    .find_map(subject)
            })
    }
}

/// A name right after a preposition of place, maybe with its article ("at the bus stop on
/// Bridge Street", « à Lyon », « À la Chambre »): where someone spoke, not who.
fn is_place(ctx: &Context, k: usize) -> bool {
    let locative_before = |k: usize| k > 0 && ctx.lex.is_locative(ctx.token_word(k - 1));
    ctx.mention_at(k).is_some()
        && (locative_before(k)
            || ctx
                .lex
                .definite_determiner_before(ctx.text, &ctx.tokens, k)
                .is_some_and(locative_before))
}

/// Whether the clause starting at token `start` opens on an indefinite noun phrase (« Une
/// intervenante », "A resident") that runs, with no verb, to the name at token `name`, which
/// is no organisation's (« un porte-parole de Renault » speaks for Renault).
fn indefinite_subject_before(ctx: &Context, start: usize, name: usize) -> bool {
    ctx.entity_kind_at(name) != Some(EntityKind::Organisation)
        && ctx.lex.is_indefinite_article(ctx.token_word(start))
        && ctx
            .tokens
            .get(start + 1)
            .is_some_and(|t| t.is_word() && !t.starts_uppercase(ctx.text))
        && (start + 1..name).all(|k| verb_group_at(ctx, k).is_none())
}

/// « Chez Inter Beaujolais, on se veut prudent : »: the impersonal pronoun subject of the
/// clause `start..end`, outside quotations, if any.
fn impersonal_subject(ctx: &Context, start: usize, end: usize) -> Option<usize> {
    (start..end).find(|&k| {
        ctx.lex.is_impersonal_pronoun(ctx.token_word(k))
            && !ctx.token_in_quote(k)
            && ctx.tokens.get(k + 1).is_some_and(|t| t.is_word())
    })
}

/// The institution an impersonal subject at token `on` speaks for: the one the clause's
/// opening phrase names after its preposition (« Chez Inter Beaujolais, », « Du côté de la
/// mairie, »), by its name or its noun. None if the phrase names none.
fn institution_before(ctx: &Context, start: usize, on: usize) -> Option<SpeakerRef> {
    let named = (start..on).find_map(|k| {
        let m = ctx.mention_at(k)?;
        let kind = ctx.people.entity_of(m)?.kind;
        (kind != EntityKind::Person).then_some(m)
    });
    if let Some(m) = named {
        return ctx.speaker_from_mention(m, "impersonal-place");
    }
    let (at, n) = (start..on).find_map(|k| ctx.organisation_noun_after_determiner(k))?;
    let noun = crate::text::fold_phrase(ctx.text, ctx.tokens.get(at..at + n)?);
    let range = ctx.tokens.get(at)?.range.start..ctx.tokens.get(at + n - 1)?.range.end;
    ctx.resolve_organisation(
        ctx.tokens.get(on)?.range.start,
        Some(&noun),
        range,
        "impersonal-place",
    )
}
