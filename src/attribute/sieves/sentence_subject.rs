//! A partial quotation woven into a sentence whose subject is the speaker:
//! "LeCun voit les LLM comme une « impasse »", "a jugé le plan « insuffisant »",
//! "Smith called the move “overdue”". The subject is the first name or pronoun of the
//! sentence before the quotation, within its first words (a long lead-in is a subordinate
//! clause whose subject is no safe guess).

use super::{Sieve, subject_at, subject_head, verb_group_at};
use crate::attribute::context::Context;
use crate::attribute::people::EntityKind;
use crate::attribute::{QuoteKind, SpeakerRef};

pub struct SentenceSubject;

/// How far into the sentence the subject may start, in tokens.
const SUBJECT_WINDOW: usize = 8;

impl Sieve for SentenceSubject {
    fn confidence(&self) -> f64 {
        0.8
    }

    fn names_someone(&self, ctx: &Context, quote: usize) -> bool {
        ctx.kinds.get(quote) == Some(&QuoteKind::Partial)
            && super::reporting_clause::unnamed_clause_after(ctx, quote)
    }

    fn find(&self, ctx: &Context, quote: usize, _: &[Option<SpeakerRef>]) -> Option<SpeakerRef> {
        if ctx.kinds.get(quote) != Some(&QuoteKind::Partial)
            || super::reporting_clause::unnamed_clause_after(ctx, quote)
        {
            return None;
        }
        let q = ctx.quotes.get(quote)?;
        let sentence = ctx.sentence_tokens.get(ctx.quote_sentence(quote)?)?.clone();
        let open = ctx.open_token(quote);
        // « Le FC Lorient renversé par Brest, Régis Le Bris « déçu » », "Starmer ‘confident’
        // of deal": a headline gives its fragment to the name right before the mark
        if ctx
            .doc
            .headline()
            .is_some_and(|h| h.contains(&q.span.start))
            && let Some(m) = ctx.mentions_ending_before(open)
            && someones_name(ctx, m)
        {
            return ctx.speaker_from_mention(m, "sentence-subject");
        }
        if let Some(s) = reporting_aside(ctx, sentence.start, open, q.span.start) {
            return Some(s);
        }
        if let Some(s) = clause_subject(ctx, sentence.start, open, q.span.start) {
            return Some(s);
        }
        let from = past_opening_phrase(ctx, sentence.start, open);
        sentence_subject(ctx, from, open.min(from + SUBJECT_WINDOW), q.span.start)
    }
}

/// Whether mention `m` names someone (a person or an organisation, or a name of two words:
/// "Yanique Blake") rather than a capitalised common noun ("Ecologists").
fn someones_name(ctx: &Context, m: usize) -> bool {
    ctx.people
        .entity_of(m)
        .is_some_and(|e| e.kind != EntityKind::Unknown || e.name.contains(' '))
}

/// The subject of the last clause before the quotation that a comma and a conjunction open
/// ("Mercer must pay $2.31m, though Marsh called repayment “unlikely”", « …, mais le maire
/// juge le plan « insuffisant » »): a name, a pronoun or a determined role noun right after
/// the conjunction (and a « que », "that"), followed by a reporting or naming verb. The
/// sentence's own subject says something else.
fn clause_subject(ctx: &Context, start: usize, open: usize, before: usize) -> Option<SpeakerRef> {
    let opener = (start + 1..open).rev().find(|&k| {
        ctx.word(k - 1) == ","
            && ctx.lex.is_clause_opener(ctx.token_word(k))
            && !ctx.token_in_quote(k)
    })?;
    let mut k = opener + 1;
    if ctx.lex.is_complementizer(ctx.token_word(k)) {
        k = crate::text::past_elision(ctx.text, &ctx.tokens, k + 1);
    }
    let end = super::after_quote::subject_end(ctx, k, open)?;
    // a reporting verb, or a naming one ("called full repayment “unlikely”")
    let naming = ctx
        .lex
        .term_markers
        .match_at(ctx.text, &ctx.tokens, end)
        .is_some();
    if verb_group_at(ctx, end).is_none() && !naming {
        return None;
    }
    match ctx.mention_at(k) {
        Some(_) => ctx.speaker_from_mention(
            ctx.mention_at(subject_head(ctx, k, end))?,
            "sentence-subject",
        ),
        None => subject_at(
            ctx,
            k,
            before,
            "sentence-subject",
            "sentence-subject-pronoun",
            "sentence-subject-noun",
        ),
    }
}

/// « En 2019 déjà, rappelle-t-il, la SMN avait voulu … « au bout de trois semaines » », "In
/// 2019, she recalled, the operator had tried …": a reporting verb and its pronoun between
/// commas before the quotation make the whole sentence that person's account.
fn reporting_aside(ctx: &Context, start: usize, open: usize, before: usize) -> Option<SpeakerRef> {
    (start + 1..open).find_map(|k| {
        if ctx.word(k - 1) != "," || ctx.token_in_quote(k) {
            return None;
        }
        if let Some((pronoun, end)) = super::inverted_at(ctx, k)
            && ctx.word(end) == ","
        {
            let token = ctx.tokens.get(k)?.range.clone();
            return ctx.resolve_pronoun(before, pronoun, token, "sentence-subject-pronoun");
        }
        let pronoun = ctx.lex.pronoun(ctx.token_word(k))?;
        let end = verb_group_at(ctx, k + 1)?;
        (ctx.word(end) == ",")
            .then(|| {
                let token = ctx.tokens.get(k)?.range.clone();
                ctx.resolve_pronoun(before, pronoun, token, "sentence-subject-pronoun")
            })
            .flatten()
    })
}

/// How long the complement of an organisation noun before its verb may be, in tokens
/// (« de l’hôpital », "of the trust").
const ORGANISATION_COMPLEMENT: usize = 5;

/// How long a circumstantial phrase opening the sentence may be, in tokens.
pub(super) const OPENING_PHRASE: usize = 10;

/// Past a phrase that opens the sentence and names nobody, up to its comma (« À la sortie de
/// la salle, Me Lanctôt a salué … », « Venu lundi sur place, le préfet … », "Hours later,
/// she called it …"): the subject starts after it. A name before the comma ends the search
/// (« Pour Jean Dupont, … » is itself about someone).
/// "Launching the fund in Dublin on Monday, the Minister … said", « Interrogé sur l'avenir de
/// son entraîneur, il a assuré », "Asked whether the target held, she said": a participle
/// opening the sentence takes its own object; the subject comes after its comma. The token
/// after that comma.
pub(crate) fn past_opening_participle(ctx: &Context, start: usize, open: usize) -> Option<usize> {
    let participle = ctx.lex.is_opening_participle(ctx.word(start))
        && crate::text::starts_uppercase(ctx.word(start))
        && ctx.mention_at(start).is_none()
        && (ctx
            .lex
            .definite_determiner_at(ctx.text, &ctx.tokens, start + 1)
            .is_some()
            || ctx.lex.is_indefinite_article(ctx.token_word(start + 1))
            || ctx.lex.is_preposition(ctx.token_word(start + 1))
            || ctx.lex.is_complementizer(ctx.token_word(start + 1)));
    if !participle {
        return None;
    }
    (start + 1..open.min(start + OPENING_PHRASE))
        .find(|&k| ctx.word(k) == ",")
        .map(|comma| comma + 1)
}

pub(crate) fn past_opening_phrase(ctx: &Context, start: usize, open: usize) -> usize {
    if let Some(name) = past_fronted_apposition(ctx, start, open) {
        return name;
    }
    if let Some(subject) = past_opening_participle(ctx, start, open) {
        return subject;
    }
    // The words of a name read as circumstance are not read again ("At Worcester Crown
    // Court," is no "court" speaking).
    let mut name_end = start;
    for k in start..open.min(start + OPENING_PHRASE) {
        if k < name_end {
            continue;
        }
        // A role or institution after a preposition is circumstance (« à la mairie »).
        let governed = |det: usize| det > 0 && ctx.after_preposition(det);
        // So is an institution's or a place's name after one, with or without its article
        // (« À la Chambre, »), and a person's in a phrase that opens with a preposition ("In
        // a letter seen by Reuters,"), but for a person's opinion (« Pour Jean Roth, le plan
        // est « … » »). A clause may name its speaker after a preposition ("The no vote came
        // from Ray Esparza, who called …").
        let circumstance = |m: usize| {
            let person = ctx
                .people
                .entity_of(m)
                .is_some_and(|e| e.kind == EntityKind::Person);
            let opinion = ctx
                .lex
                .according_to
                .match_ending_at(ctx.text, &ctx.tokens, k)
                .is_some();
            let prepositional_phrase = ctx.lex.is_preposition(ctx.token_word(start));
            let determiner = ctx.lex.definite_determiner_before(ctx.text, &ctx.tokens, k);
            (!person || (prepositional_phrase && !opinion))
                && (ctx.after_preposition(k) || determiner.is_some_and(governed))
        };
        // A name, a pronoun, a verb or a determined role or organisation noun is the clause
        // itself ("The company said the route had lost £94,000 and was “…”").
        // A one-word place names nobody who speaks (« À Bordeaux, le maire a jugé … »), nor
        // does a capitalised first word (« Venu lundi sur place, »); any longer name may be
        // the subject with its apposition ("The Suppliers Forum, a lobby group, said").
        let named = ctx.mention_at(k).is_some_and(|m| {
            if circumstance(m) {
                name_end = ctx.token_after_mention(m).unwrap_or(k + 1);
                return false;
            }
            ctx.mentions.get(m).is_some_and(|m| m.words.count > 1)
                || ctx
                    .people
                    .entity_of(m)
                    .is_some_and(|e| e.kind != EntityKind::Unknown)
        });
        // "Renault, qui prévoit des ventes, indique …": a name of one word with its
        // apposition and its verb is the subject, not a place.
        let subject_with_apposition = || {
            ctx.mention_at(k).is_some_and(|m| {
                let after = ctx.token_after_mention(m).unwrap_or(k + 1);
                super::past_apposition(ctx, after, open)
                    .is_some_and(|end| end > after && verb_group_at(ctx, end).is_some())
            })
        };
        let names = named
            || (k == start && subject_with_apposition())
            || ctx.lex.pronoun(ctx.token_word(k)).is_some()
            || super::aged_noun_at(ctx, k).is_some()
            || verb_group_at(ctx, k).is_some()
            || (crate::attribute::context::definite_role_at(ctx.text, &ctx.tokens, ctx.lex, k)
                .is_some()
                && !governed(k))
            || (ctx
                .lex
                .organisation_nouns
                .match_at(ctx.text, &ctx.tokens, k)
                .is_some()
                // « au ministère », « du syndicat »: a contracted article governs it too
                && !governed(k.saturating_sub(1))
                && !ctx.after_preposition(k));
        if names {
            break;
        }
        if ctx.word(k) == "," {
            return k + 1;
        }
    }
    start
}

/// How long an apposition put before its name may be, in tokens.
const FRONTED_APPOSITION: usize = 24;

/// « Armatrice de trois chalutiers et vice-présidente du comité départemental des pêches,
/// Armelle Quéméner parle d’une décision « … » »: a phrase with no verb and no person in it,
/// then a comma, a person's name and its verb; the name is the subject, however long the
/// phrase describing it.
fn past_fronted_apposition(ctx: &Context, start: usize, open: usize) -> Option<usize> {
    let comma = (start + 1..open.min(start + FRONTED_APPOSITION)).find(|&k| ctx.word(k) == ",")?;
    let person = |k: usize| ctx.person_named_at(k);
    if (start..comma).any(|k| person(k) || verb_group_at(ctx, k).is_some() || ctx.token_in_quote(k))
    {
        return None;
    }
    let name = comma + 1;
    let m = ctx.mention_at(name).filter(|_| person(name))?;
    let after = ctx.token_after_mention(m)?;
    verb_group_at(ctx, after).map(|_| name)
}

/// The longest phrase fronted before a sentence's subject that `sentence_subject` reads past
/// (« Dans ses champs de Goodlands, »).
const FRONTED_PHRASE_TOKENS: usize = 6;

/// The subject among tokens `from..to`: the first person or organisation named (or the
/// pronoun opening the sentence), outside quotations.
pub(crate) fn sentence_subject(
    ctx: &Context,
    from: usize,
    to: usize,
    before: usize,
) -> Option<SpeakerRef> {
    let outside = |k: usize| k < ctx.tokens.len() && !ctx.token_in_quote(k);
    let kind_at = |k: usize| ctx.entity_kind_at(k);
    let subject = |k: usize| {
        subject_at(
            ctx,
            k,
            before,
            "sentence-subject",
            "sentence-subject-pronoun",
            "sentence-subject-noun",
        )
    };
    // The subject starts within the window, but its appositions may run past it ("Ruth
    // McKinnon, who sat in the front row, said …"), up to the quotation.
    let limit = ctx.token_at_or_after(before).max(to);
    // A pronoun opening the sentence ("Elle juge le plan « insuffisant »"), or a determiner
    // with a role or organisation noun followed by its verb ("The company said it was
    // ‘disappointed’"; "Le groupe, fleuron du « Mittelstand »" is no speech; « Le
    // sexagénaire, qui cultive 60 hectares à Cadillac, réclame … » past its relative clause).
    // « Au ministère, une source proche du dossier évoque « … » »: an indefinite subject
    // is nobody the text names (see below), never a role noun's holder.
    let indefinite = ctx.lex.is_indefinite_article(ctx.token_word(from));
    // « La maire y attend « au moins un élu régional » »: a definite role noun opening
    // the clause is its subject, whatever the verb, as a pronoun is.
    let opening_subject = |k: usize| {
        outside(k)
            && kind_at(k).is_none()
            && (ctx.lex.pronoun(ctx.token_word(k)).is_some()
                || ctx
                    .lex
                    .anaphors
                    .match_at(ctx.text, &ctx.tokens, k)
                    .is_some()
                || crate::attribute::context::definite_role_at(ctx.text, &ctx.tokens, ctx.lex, k)
                    .is_some()
                || super::aged_noun_at(ctx, k).is_some())
    };
    if outside(from) && kind_at(from).is_none() && !indefinite {
        let speaks = super::after_quote::subject_end(ctx, from, limit)
            .is_some_and(|end| verb_group_at(ctx, end).is_some());
        if (opening_subject(from) || speaks)
            && let Some(s) = subject(from)
        {
            return Some(s);
        }
    }
    // « À Montignac-Charente, l’agriculteur a déjà fait ses comptes », "On Tuesday, she
    // wrote": so is one opening the clause after a short fronted phrase (a time, a place)
    // that names no person (« Ce matin, » too, which `Context::past_opening_phrase`, for
    // prepositional phrases only, does not read past).
    if let Some(comma) =
        (from + 1..to.min(from + FRONTED_PHRASE_TOKENS + 1)).find(|&k| ctx.word(k) == ",")
        && (from..comma).all(|k| outside(k) && kind_at(k) != Some(EntityKind::Person))
        && opening_subject(comma + 1)
        && let Some(s) = subject(comma + 1)
    {
        return Some(s);
    }
    // "A person familiar with the matter said Meridian had held talks, talks the person
    // described as “…”": a sentence whose unnamed subject speaks names nobody for its
    // fragments.
    // "A spokeswoman for Fife Council said …" speaks for the council, named before the verb.
    // ("But an AFL official, who spoke on condition of anonymity, said": past the
    // conjunction opening the sentence)
    let article = if indefinite {
        Some(from)
    } else {
        let opener = ctx.token_word(from);
        (ctx.lex.is_coordinator(opener) || ctx.lex.is_clause_opener(opener))
            .then_some(from + 1)
            .filter(|&k| ctx.lex.is_indefinite_article(ctx.token_word(k)))
    };
    if let Some(from) = article
        && (ctx.person_noun_within(from + 1) || ctx.person_noun_after_names(from + 1))
    {
        let verb = (from + 2..to.max(from + 10))
            .find(|&k| !ctx.token_in_quote(k) && verb_group_at(ctx, k).is_some());
        // (« Une habitante du quartier Saint-Roch dit recevoir « … » »: a place or a person in
        // the complement does not speak either)
        // (but one that asks not to be named speaks for nobody: "A senior official of the
        // ministry, who asked not to be named, said")
        let anonymous = || {
            ctx.tokens
                .get(from)
                .and_then(|t| ctx.sentence_of(t.range.start))
                .is_some_and(|s| ctx.anonymous_subject_in(s, before))
        };
        if anonymous()
            || verb.is_some_and(|v| {
                (from..v).all(|k| ctx.entity_kind_at(k) != Some(EntityKind::Organisation))
            })
        {
            return None;
        }
    }
    // A name followed by its verb, whatever its kind ("Veltrix said it would “contest”").
    // ("Families of residents at a Leeds care home say": a name after a preposition of
    // place and an article premodifies the place, it is not who speaks; "Analysts at Carrow
    // Securities said" speak for the firm, and "Board of Commissioners" keeps its "of")
    // (« À Montignac-Charente, l’agriculteur a déjà fait ses comptes », « Dans ses champs de
    // Goodlands, le planteur n’a pas … »: nor is a name in the phrase a preposition opens
    // the sentence with, up to its comma, whatever follows the comma)
    let opening_phrase_end = ctx.past_opening_phrase(&(from..to), 1).unwrap_or(from);
    let complement = |k: usize| {
        k < opening_phrase_end
            || k > 1
                && ctx.lex.is_locative(ctx.token_word(k - 2))
                && (ctx.lex.is_indefinite_article(ctx.token_word(k - 1))
                    || ctx
                        .lex
                        .definite_determiner_at(ctx.text, &ctx.tokens, k - 1)
                        .is_some())
    };
    // ("Yanique Blake called the drought “…”": a naming verb too, as in `clause_subject`,
    // after a name that is someone's; "Ecologists call it “…”" opens with a common noun)
    let with_verb = (from..to).find_map(|k| {
        if !outside(k) || ctx.mention_at(k).is_none() || complement(k) {
            return None;
        }
        let end = super::after_quote::subject_end(ctx, k, limit)?;
        let naming = || {
            ctx.lex
                .term_markers
                .match_at(ctx.text, &ctx.tokens, end)
                .is_some()
                && ctx.mention_at(k).is_some_and(|m| someones_name(ctx, m))
        };
        (verb_group_at(ctx, end).is_some() || naming()).then_some((k, end))
    });
    if let Some((k, end)) = with_verb {
        return ctx.speaker_from_mention(
            ctx.mention_at(subject_head(ctx, k, end))?,
            "sentence-subject",
        );
    }
    // A determiner and organisation noun followed by its verb, maybe after a relative
    // clause between commas (« Dans un communiqué, l’entreprise, qui emploie 300 salariés,
    // affirme avoir « … » »).
    // Not inside a complement: « Le président de la fédération, X, parle d’un « … » ».
    let organisation_with_verb = (from..to).find(|&k| {
        if !outside(k) || ctx.after_preposition(k) {
            return false;
        }
        let Some((at, n)) = ctx.organisation_noun_after_determiner(k) else {
            return false;
        };
        let end = at + n;
        // « La direction de l’hôpital précise que … »: past the noun's complement.
        let complement_then_verb = ctx.lex.is_complement_word(ctx.token_word(end))
            && (end + 1..(end + ORGANISATION_COMPLEMENT).min(limit))
                .take_while(|&j| ctx.word(j) != ",")
                .any(|j| verb_group_at(ctx, j).is_some());
        complement_then_verb
            || super::past_apposition(ctx, end, limit)
                .is_some_and(|end| verb_group_at(ctx, end).is_some())
    });
    if let Some(k) = organisation_with_verb
        && let Some(s) = subject(k)
    {
        return Some(s);
    }
    // A determiner and role noun followed by its verb ("la praticienne a vu …", « l’élue
    // espère … »).
    let role_with_verb = (from..to).find(|&k| {
        outside(k)
            && !ctx.after_preposition(k)
            && ctx.mention_at(k).is_none()
            && ctx
                .lex
                .role_nouns
                .match_at(
                    ctx.text,
                    &ctx.tokens,
                    crate::text::past_elision(ctx.text, &ctx.tokens, k + 1),
                )
                .is_some()
            && super::after_quote::subject_end(ctx, k, limit)
                .is_some_and(|end| verb_group_at(ctx, end).is_some())
    });
    if let Some(k) = role_with_verb
        && let Some(s) = subject(k)
    {
        return Some(s);
    }
    let first_of = |want: EntityKind| {
        (from..to).find(|&k| outside(k) && !complement(k) && kind_at(k) == Some(want))
    };
    let k = first_of(EntityKind::Person).or_else(|| first_of(EntityKind::Organisation))?;
    ctx.speaker_from_mention(ctx.mention_at(k)?, "sentence-subject")
}
