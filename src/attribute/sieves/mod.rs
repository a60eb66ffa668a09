//! The speaker sieves, tried in order; the first that names a speaker wins and its name and
//! confidence go into the output. Each sieve is one file with one job. To find where a
//! quotation got its speaker, look up the `rule` of the output here.

mod according_to;
mod after_quote;
mod before_quote;
mod continuation;
mod introduced_after;
mod reporting_clause;
mod sentence_subject;

pub(crate) use according_to::{
    CONFIDENCE as ACCORDING_TO_CONFIDENCE, in_sentence as according_to_speaker,
};

use super::SpeakerRef;
use super::context::Context;

/// One attribution rule: a quotation in, perhaps a speaker out.
pub trait Sieve: Sync {
    /// Confidence reported with the speakers this sieve names.
    fn confidence(&self) -> f64;
    /// Whether the text explicitly designates a speaker for `quote` even when `find` could
    /// not say who: then no later sieve is tried.
    fn names_someone(&self, _ctx: &Context, _quote: usize) -> bool {
        false
    }
    /// `earlier` holds the speakers already found for the quotations before `quote`.
    fn find(
        &self,
        ctx: &Context,
        quote: usize,
        earlier: &[Option<SpeakerRef>],
    ) -> Option<SpeakerRef>;
}

/// The sieves in the order they are tried: the syntax right around the marks first, then
/// the sentence, then the discourse.
pub fn all() -> [(&'static str, &'static dyn Sieve); 7] {
    [
        ("after-quote", &after_quote::AfterQuote),
        ("before-quote", &before_quote::BeforeQuote),
        ("according-to", &according_to::AccordingTo),
        ("sentence-subject", &sentence_subject::SentenceSubject),
        ("reporting-clause", &reporting_clause::ReportingClause),
        ("introduced-after", &introduced_after::IntroducedAfter),
        ("continuation", &continuation::Continuation),
    ]
}

/// Whether mention `m`, after a definite determiner, names an institution: several words or
/// an acronym ("the Athletics Integrity Unit", "the AIU"), not a demonym (« la Genevoise »,
/// "the Kenyan"), and premodifying no role.
pub(crate) fn institution_after_determiner(ctx: &Context, m: usize) -> bool {
    let Some(range) = ctx.mentions.get(m).map(|x| x.range.clone()) else {
        return false;
    };
    let name = ctx.text.get(range).unwrap_or("");
    let acronym = name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !name.chars().any(char::is_lowercase);
    (acronym || name.split_whitespace().count() >= 2) && !premodifies_role(ctx, m)
}

/// Whether a role noun, a title or letters after a name follow mention `m` ("the Kildare
/// county manager", "the Dublin Bay North TD"): after a determiner, the name then
/// premodifies the role; it names no one.
pub(crate) fn premodifies_role(ctx: &Context, m: usize) -> bool {
    ctx.token_after_mention(m).is_some_and(|k| {
        ctx.lex
            .role_nouns
            .match_at(ctx.text, &ctx.tokens, k)
            .is_some()
            || ctx.lex.title(ctx.token_word(k)).is_some()
            || ctx.lex.is_postnominal(ctx.token_word(k))
    })
}

/// Past the word at `k` when it only describes the organisation noun after it: a compound
/// adjective ("the Toronto-based company") or a place before a business ("the Luxembourg
/// company", a business noun of the lexicon). `k` otherwise.
pub(crate) fn past_noun_modifier(ctx: &Context, k: usize) -> usize {
    let place_of_business = || {
        ctx.tokens
            .get(k)
            .is_some_and(|t| t.is_word() && t.starts_uppercase(ctx.text))
            && ctx.lex.is_company_noun(ctx.word(k + 1))
    };
    if ctx.lex.is_compound_adjective(ctx.word(k)) || place_of_business() {
        k + 1
    } else {
        k
    }
}

/// The speaker named by the noun phrase starting at token `i`: a name (after an optional
/// title), a pronoun (resolved backwards from `before`), or a role noun with its
/// determiner ("la cofondatrice", "the minister"), itself followed or not by a name.
pub(crate) fn subject_at(
    ctx: &Context,
    i: usize,
    before: usize,
    rule: &'static str,
    pronoun_rule: &'static str,
    role_rule: &'static str,
) -> Option<SpeakerRef> {
    let tok = ctx.tokens.get(i)?;
    let word = tok.text(ctx.text);
    // A full stop ends the clause: "counsel said. Judge Martina Brennan ruled" names no one
    // for the words before it.
    if matches!(word, "." | "!" | "?" | ";") {
        return None;
    }
    // « une aide-soignante », "one engineer": an indefinite noun phrase introduces someone
    // new and unnamed; resolving its role noun to a known person would be a guess.
    if ctx.lex.is_indefinite_article(tok.word(ctx.text)) {
        return None;
    }
    if let Some(m) = ctx.mention_at(i) {
        // "Dutch lawmaker Elske Brouwer", "Noordstroom chief executive Anneke van Dijk": a
        // name, a role noun, then the person who holds it.
        // "said Harbourline’s chief economist, Sarah Quinlivan": past a possessive too.
        let after = past_possessive(ctx, ctx.token_after_mention(m).unwrap_or(i + 1));
        if let Some((r, _)) = ctx.lex.role_nouns.match_at(ctx.text, &ctx.tokens, after)
            && let Some(p) = person_in_apposition(ctx, after + r)
        {
            return ctx.speaker_from_mention(p, rule);
        }
        return ctx.speaker_from_mention(m, rule);
    }
    // A determiner, possibly elided, then a name: "la Commission", "l’agence régionale de
    // santé", "le ministère de la Transition écologique".
    if !crate::text::starts_uppercase(word) && word.chars().count() <= 3 {
        let after = crate::text::past_elision(ctx.text, &ctx.tokens, i + 1);
        // (a name of unknown kind after a definite determiner is an institution: "the
        // Athletics Integrity Unit said"; not after « de »)
        let definite = || {
            ctx.lex
                .definite_determiners
                .match_at(ctx.text, &ctx.tokens, i)
                .is_some()
        };
        if let Some(m) = ctx.mention_at(after)
            && ctx.people.entity_of(m).is_some_and(|e| {
                e.kind != super::people::EntityKind::Unknown
                    || definite() && institution_after_determiner(ctx, m)
                    || ctx.lex.is_organisation_word(ctx.token_word(after))
            })
        {
            return ctx.speaker_from_mention(m, rule);
        }
    }
    // A title, possibly after a determiner ("la Dr Mariana da Rocha"), then the name.
    for t in [i, i + 1] {
        if ctx.lex.title(ctx.token_word(t)).is_some()
            && (t == i || !crate::text::starts_uppercase(word))
            && let Some(m) = ctx.mention_at(past_title(ctx, t))
        {
            return ctx.speaker_from_mention(m, rule);
        }
    }
    // « Cette dernière estime avoir perdu « à peine 20 % » », "the latter said"
    if let Some((n, p)) = ctx.lex.anaphors.match_at(ctx.text, &ctx.tokens, i) {
        let range = tok.range.start..ctx.tokens.get(i + n - 1)?.range.end;
        return ctx.resolve_pronoun(before.min(range.start), p, range, pronoun_rule);
    }
    if let Some(p) = ctx.lex.pronoun(tok.word(ctx.text)) {
        // the antecedent comes before the pronoun, not only before the quotation: « Il a
        // assuré que Régis Le Bris avait « toute sa confiance » » is not Le Bris's
        let before = before.min(tok.range.start);
        return ctx.resolve_pronoun(before, p, tok.range.clone(), pronoun_rule);
    }
    // « Le Tarnais de 51 ans »: the person named with that age, else the last one named
    // whom the determiner fits, as for a role noun.
    if let Some((age, end)) = aged_noun_at(ctx, i) {
        let range = tok.range.start
            ..ctx
                .tokens
                .get(end - 1)
                .map_or(tok.range.end, |t| t.range.end);
        let noun = crate::text::past_elision(ctx.text, &ctx.tokens, i + 1);
        let word = crate::text::fold_phrase(ctx.text, ctx.tokens.get(noun..noun + 1)?);
        let gender = ctx
            .lex
            .definite_determiner_at(ctx.text, &ctx.tokens, i)
            .unwrap_or(crate::lexicon::Gender::Any);
        return ctx
            .person_aged(before, age, &range, role_rule)
            // (not « L’homme de 25 ans qui l’accompagnait »: a relative clause introduces
            // someone new)
            .or_else(|| {
                if ctx.lex.is_relative_pronoun(ctx.token_word(end)) {
                    return None;
                }
                ctx.resolve_role(
                    before,
                    &word,
                    crate::lexicon::Gender::Any,
                    range.clone(),
                    role_rule,
                )
                .or_else(|| ctx.last_named(before, gender, &range, role_rule, false))
            });
    }
    // Determiner (one word, or elided "l’") then a role noun or an organisation noun.
    for skip in [1usize, 2, 0] {
        if skip == 2 && !ctx.is_apostrophe(i + 1) {
            continue;
        }
        let j = if skip > 0 {
            past_noun_modifier(ctx, i + skip)
        } else {
            i
        };
        // « la direction de Northbridge », "the board of Halvorsen": the organisation speaks,
        // unless a person is named in apposition (« le porte-parole de Norvalis, Maxime
        // Beaudry-Tessier »).
        if skip > 0
            && let Some(name) =
                crate::extract::organisations::governed_name(ctx.text, &ctx.tokens, j, ctx.lex)
            && let Some(m) = ctx.mention_at(name)
        {
            let after = ctx.token_after_mention(m)?;
            if ctx.word(after) == ","
                && let Some(p) = person_in_apposition(ctx, after)
            {
                return ctx.speaker_from_mention(p, rule);
            }
            return ctx.speaker_from_mention(m, rule);
        }
        if skip > 0
            && let Some((n, ())) = ctx
                .lex
                .organisation_nouns
                .match_at(ctx.text, &ctx.tokens, j)
            // ("the union leader", « le délégué syndical »: a role the lexicon spells with
            // the organisation's noun is a person's)
            && ctx
                .lex
                .role_nouns
                .match_at(ctx.text, &ctx.tokens, j)
                .is_none_or(|(r, _)| r <= n)
            // (« le transporteur de 48 ans »: a noun with an age is a person's role)
            && age_at(ctx, j + n).is_none()
        {
            // "the charity’s director, Anjali Mehta": the person in the apposition speaks.
            let k = past_possessive(ctx, j + n);
            if let Some((r, _)) = ctx.lex.role_nouns.match_at(ctx.text, &ctx.tokens, k)
                && let Some(m) = person_in_apposition(ctx, k + r)
            {
                return ctx.speaker_from_mention(m, rule);
            }
            // « La direction de l’hôpital précise »: a governing body speaks for the
            // organisation its complement names.
            let (j, n) =
                crate::extract::organisations::governed_noun(ctx.text, &ctx.tokens, j, n, ctx.lex)
                    .unwrap_or((j, n));
            let noun = crate::text::fold_phrase(ctx.text, &ctx.tokens[j..j + n]);
            let range = tok.range.start
                ..ctx
                    .tokens
                    .get(j + n - 1)
                    .map_or(tok.range.end, |t| t.range.end);
            // "X said in a statement … “…,” the statement read": a document speaks for
            // whoever issued it, a person too
            if ctx.lex.is_document_noun(ctx.token_word(j + n - 1))
                && let Some(issuer) = statement_issuer(ctx, before)
            {
                return Some(SpeakerRef {
                    mention: range,
                    rule: "statement-issuer",
                    ..issuer
                });
            }
            return ctx.resolve_organisation(before, Some(&noun), range, "organisation-noun");
        }
        // « l’ancien directeur », "the former chief executive", "the battalion chief".
        let role = if skip > 0 {
            ctx.lex.role_after_determiner(ctx.text, &ctx.tokens, j)
        } else {
            ctx.lex
                .role_nouns
                .match_at(ctx.text, &ctx.tokens, j)
                .map(|(n, gender)| (j, n, gender))
        };
        if let Some((j, n, gender)) = role {
            // "le PDG Mark Zuckerberg", "the chief executive, Jane Doe,", "le maire de
            // Sarreguemines, Roland Muller": a person named in the role's apposition wins.
            if let Some(m) = person_in_apposition(ctx, j + n) {
                return ctx.speaker_from_mention(m, rule);
            }
            let role = crate::text::fold_phrase(ctx.text, &ctx.tokens[j..j + n]);
            let range = tok.range.start
                ..ctx
                    .tokens
                    .get(j + n - 1)
                    .map_or(tok.range.end, |t| t.range.end);
            // "according to her lawyer", « selon son avocat »: the role is held by someone
            // of the possessor's circle, never the last person of its gender (the possessor
            // herself, most often); only one introduced with that role is meant.
            if ctx.lex.possessive(tok.word(ctx.text)).is_some() {
                return ctx.resolve_role_by_name(before, &role, gender, range, role_rule);
            }
            return ctx.resolve_role(before, &role, gender, range, role_rule);
        }
    }
    None
}

/// Who issued the statement a quotation at byte `before` reads from: the subject of the
/// nearest sentence, in its paragraph or the one before, that says someone spoke "in a
/// statement" (`statement_openers.txt`).
fn statement_issuer(ctx: &Context, before: usize) -> Option<SpeakerRef> {
    let here = ctx.sentence_of(before)?;
    let paragraph = ctx.doc.sentences.get(here)?.paragraph;
    (0..=here)
        .rev()
        .take_while(|&s| {
            ctx.doc
                .sentences
                .get(s)
                .is_some_and(|s| s.paragraph + 1 >= paragraph)
        })
        .find_map(|s| {
            let range = ctx.sentence_tokens.get(s)?.clone();
            let opener = range.clone().find(|&k| {
                !ctx.token_in_quote(k)
                    && ctx
                        .lex
                        .statement_openers
                        .match_at(ctx.text, &ctx.tokens, k)
                        .is_some()
            })?;
            let at = ctx.tokens.get(opener)?.range.start;
            sentence_subject::sentence_subject(ctx, range.start, range.end.min(range.start + 8), at)
        })
}

/// Past an English possessive ending at token `k` ("’s", "'s"), else `k`.
fn past_possessive(ctx: &Context, k: usize) -> usize {
    if ctx.is_apostrophe(k) && ctx.word(k + 1) == "s" {
        k + 2
    } else {
        k
    }
}

/// « Le Tarnais de 51 ans », « la Nantaise de 34 ans »: a determiner, a capitalised noun (a
/// demonym the lexicon need not know; « le contrat de 3 ans » is no one), the age link and a
/// number of years. Returns the age and the token after the phrase; the person it stands for
/// is the one named with that age.
pub(crate) fn aged_noun_at(ctx: &Context, i: usize) -> Option<(u32, usize)> {
    ctx.lex.definite_determiner_at(ctx.text, &ctx.tokens, i)?;
    let noun = crate::text::past_elision(ctx.text, &ctx.tokens, i + 1);
    // (or a person noun: « L’homme d’affaires de 62 ans »)
    let len = if ctx
        .tokens
        .get(noun)
        .is_some_and(|t| t.is_word() && t.starts_uppercase(ctx.text))
    {
        1
    } else {
        ctx.lex
            .person_nouns
            .match_at(ctx.text, &ctx.tokens, noun)
            .map(|(n, ())| n)?
    };
    age_at(ctx, noun + len)
}

/// « de 48 ans », "of 34 years" at token `link`: the age and the token after it.
pub(crate) fn age_at(ctx: &Context, link: usize) -> Option<(u32, usize)> {
    if !ctx.lex.is_age_link(ctx.token_word(link)) {
        return None;
    }
    let years = ctx.word(link + 1);
    if years.is_empty() || years.len() > 3 || !years.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    ctx.tokens.get(link + 2).filter(|t| t.is_word())?;
    Some((years.parse().ok()?, link + 3))
}

/// How long a role's complement may run before the comma that introduces its holder.
const COMPLEMENT_BEFORE_NAME_TOKENS: usize = 10;

/// The person named in the apposition of a role noun: right after it ("le PDG Mark
/// Zuckerberg"), after a comma ("the chief executive, Jane Doe"), or after the role's
/// complement and a comma ("le maire de Sarreguemines, Roland Muller").
fn person_in_apposition(ctx: &Context, from: usize) -> Option<usize> {
    // « le cofondateur et directeur technique, Karim Haddad », "the co-founder and chief
    // technology officer, Karim Haddad": a second role joined to the first (once).
    let from = match ctx.lex.is_coordinator(ctx.token_word(from)) {
        true => match ctx.lex.role_nouns.match_at(ctx.text, &ctx.tokens, from + 1) {
            Some((n, _)) => from + 1 + n,
            None => from,
        },
        false => from,
    };
    // "the District Chief Executive (DCE), Hon. Akosua Frimpong-Mensah": past the role's
    // initials in parentheses.
    let from = match (ctx.word(from), ctx.word(from + 2)) {
        ("(", ")") if crate::extract::mentions::is_acronym(ctx.word(from + 1)) => from + 3,
        _ => from,
    };
    let is_person = |m: usize| {
        ctx.people
            .entity_of(m)
            .is_some_and(|e| e.kind == super::people::EntityKind::Person)
    };
    // « la procureure de la Couronne, Me Isabelle Lanctôt », « …, le Dr Olivier Dethier »:
    // past a title and its determiner.
    let person_at = |k: usize| {
        let k = if ctx
            .lex
            .definite_determiner_at(ctx.text, &ctx.tokens, k)
            .is_some()
            && ctx.lex.title(ctx.token_word(k + 1)).is_some()
        {
            k + 1
        } else {
            k
        };
        let k = if ctx.lex.title(ctx.token_word(k)).is_some() {
            past_title(ctx, k)
        } else {
            k
        };
        ctx.mention_at(k).filter(|&m| is_person(m))
    };
    if let Some(m) = person_at(from) {
        return Some(m);
    }
    // « le défenseur belge Jonas Van Acker », « l’attaquant international Kylian Roux »: up
    // to two adjectives between the role and the name. Any word that could start a clause
    // (a verb, a pronoun, a preposition) breaks the apposition.
    let adjective =
        |k: usize| plain_content_word(ctx, k) && ctx.token_word(k).text.chars().count() > 3;
    let mut k = from;
    while k < from + 2 && adjective(k) {
        k += 1;
        if let Some(m) = person_at(k) {
            return Some(m);
        }
    }
    // « la directrice artistique, Marie-Josée Tremblay »: or a comma and the name.
    if k > from
        && ctx.word(k) == ","
        && let Some(m) = person_at(k + 1)
    {
        return Some(m);
    }
    // « la conseillère chargée des finances, Laure Besson », « le porte-parole libéral en
    // santé, André Fortin »: the complement may follow them.
    let opens_complement = |k: usize| {
        ctx.lex.is_complement_word(ctx.token_word(k))
            || k > from && ctx.lex.is_preposition(ctx.token_word(k))
    };
    if !opens_complement(k) {
        k = from;
    }
    if opens_complement(k) {
        if let Some(m) = holder_after_short_complement(ctx, k + 1).and_then(person_at) {
            return Some(m);
        }
        // The complement runs to the comma, within a few words (« du Commerce et de
        // l’Industrie, »).
        k = (k + 1..k + COMPLEMENT_BEFORE_NAME_TOKENS)
            .find(|&x| ctx.word(x) == "," || ctx.tokens.get(x).is_none())?;
    }
    if ctx.word(k) != "," {
        return None;
    }
    person_at(k + 1)
}

/// « le conseiller d’opposition Patrick Haegel », « le maire de Hochwiller Jean Roth », "the
/// spokesman of the Greens Tom Abel": a one-word complement, a bare noun or a name that is
/// nobody's, then the holder of the role with no comma. `from` is the token after the
/// complement word; returns where the holder's name would start. A person right after the
/// complement word is the complement itself (« l’avocat de Jean Roth »), and a role noun there
/// is someone else (« l’avocat du prévenu Jean Roth »).
fn holder_after_short_complement(ctx: &Context, from: usize) -> Option<usize> {
    let from = crate::text::past_elision(ctx.text, &ctx.tokens, from);
    if let Some(m) = ctx.mention_at(from) {
        let kind = ctx.people.entity_of(m).map(|e| e.kind);
        if kind == Some(super::people::EntityKind::Person) {
            return None;
        }
        return ctx.token_after_mention(m);
    }
    let bare_noun = plain_lowercase_word(ctx, from)
        && ctx
            .lex
            .role_nouns
            .match_at(ctx.text, &ctx.tokens, from)
            .is_none()
        && ctx
            .lex
            .definite_determiner_at(ctx.text, &ctx.tokens, from)
            .is_none()
        && !ctx.lex.is_indefinite_article(ctx.token_word(from));
    bare_noun.then_some(from + 1)
}

/// A [`plain_lowercase_word`] that is no reporting verb or auxiliary either: a noun or an
/// adjective (« le défenseur belge », "talks the person described as").
pub(super) fn plain_content_word(ctx: &Context, k: usize) -> bool {
    let w = ctx.token_word(k);
    plain_lowercase_word(ctx, k)
        && ctx.lex.reporting_verb(w).is_none()
        && !ctx.lex.auxiliaries.contains_phrase(w.text)
}

/// A lowercase word that starts no clause and no complement: no pronoun, preposition of a
/// complement or conjunction (what may stand inside a role's apposition).
fn plain_lowercase_word(ctx: &Context, k: usize) -> bool {
    let w = ctx.token_word(k);
    ctx.tokens.get(k).is_some_and(|t| t.is_word())
        && !crate::text::starts_uppercase(w.text)
        && ctx.lex.pronoun(w).is_none()
        && !ctx.lex.is_complement_word(w)
        && !ctx.lex.is_name_stop(w)
}

/// Past an apposition or relative clause between commas starting at token `k` (", 44,",
/// ", analyste chez Axa IM,", ", qui emploie 300 salariés,"), within `limit`: the token after
/// its closing comma. `k` itself when no comma opens there; `None` when one opens and does
/// not close in time.
pub(crate) fn past_apposition(ctx: &Context, k: usize, limit: usize) -> Option<usize> {
    if ctx.word(k) != "," {
        return Some(k);
    }
    // (the comma of a date, "June 30, 2025", closes nothing)
    let digits = |x: usize, n: std::ops::RangeInclusive<usize>| {
        let w = ctx.word(x);
        n.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    // (nor that of a figure, "2,300 employees": glued to a digit and three digits)
    let glued = |x: usize| ctx.tokens.get(x).is_some_and(|t| !t.space_before);
    let thousands = |x: usize| {
        x > 0 && digits(x - 1, 1..=3) && digits(x + 1, 3..=3) && glued(x) && glued(x + 1)
    };
    let close = |from: usize, tokens: usize| {
        (from..limit.min(from + tokens))
            .find(|&x| {
                ctx.word(x) == ","
                    && !(x > 0 && digits(x - 1, 1..=2) && digits(x + 1, 4..=4))
                    && !thousands(x)
            })
            .map(|close| close + 1)
    };
    // ", qui prévoit d’ajouter entre 150 et 200 térawattheures à sa production d’ici 2050,":
    // a relative clause may run longer than an apposition.
    let relative = ctx.lex.is_relative_pronoun(ctx.token_word(k + 1));
    let mut after = close(
        k + 1,
        if relative {
            RELATIVE_CLAUSE_TOKENS
        } else {
            APPOSITION_TOKENS
        },
    )?;
    // ", which runs 214 vehicles between Githurai, Kasarani and the city centre, said": a
    // list inside the relative clause (a comma, then a coordinator before the next comma),
    // when its verb follows the next comma only
    if relative
        && verb_group_at(ctx, after).is_none()
        && let Some(next) = close(after, RELATIVE_CLAUSE_TOKENS.saturating_sub(after - k))
        && (after..next).any(|x| ctx.lex.is_coordinator(ctx.token_word(x)))
        && verb_group_at(ctx, next).is_some()
    {
        after = next;
    }
    // ", of Severn University, who was not involved in the study, said": a relative clause
    // after the apposition runs to its own comma.
    if ctx.lex.is_person_relative(ctx.word(after)) {
        return close(after + 1, RELATIVE_CLAUSE_TOKENS).or(Some(after));
    }
    Some(after)
}

/// Past the title at token `t` and its period ("Dr.", "Mr"): where the name starts.
pub(crate) fn past_title(ctx: &Context, t: usize) -> usize {
    if ctx.word(t + 1) == "." { t + 2 } else { t + 1 }
}

/// How long an apposition between commas may be, in tokens.
const APPOSITION_TOKENS: usize = 12;

/// How long a relative clause between commas may be, in tokens.
const RELATIVE_CLAUSE_TOKENS: usize = 24;

/// The mention that names the subject phrase `tokens[i..end]`: its last person ("Noordstroom
/// chief executive Anneke van Dijk" → van Dijk), else its first mention, else `i` itself.
pub(crate) fn subject_head(ctx: &Context, i: usize, end: usize) -> usize {
    // (a person after a preposition is a complement: "the lawyer for John Smith said" is the
    // lawyer; an organisation there is spoken for: "a spokesman for Acme")
    let complement = |k: usize| ctx.after_preposition(k) && ctx.person_named_at(k);
    let person_in = |range: std::ops::Range<usize>| {
        range
            .rev()
            .find(|&k| ctx.person_named_at(k) && !complement(k))
    };
    // A person before an apposition is the head ("Hélène Roux, analyste à l’Institut
    // Carnot-Habitat,"); else the apposition names them ("Le maire de Valmont, Julien
    // Bessac,").
    // A relative clause names no head: "Summit Peak Mutual Insurance, which wrote Vega's
    // policy, said" is the insurer.
    let comma = (i..end).find(|&k| ctx.word(k) == ",").unwrap_or(end);
    let relative = comma < end && ctx.lex.is_relative_pronoun(ctx.token_word(comma + 1));
    let person = person_in(i..comma).or_else(|| if relative { None } else { person_in(i..end) });
    // ("the Luxembourg company said": the place describes the noun, which heads)
    person
        .or_else(|| {
            (i..end).find(|&k| {
                ctx.mention_at(k).is_some() && !complement(k) && past_noun_modifier(ctx, k) == k
            })
        })
        .unwrap_or(i)
}

/// The token index just past a verb group starting at `i` ("a déclaré", "s’est félicité",
/// "lança", "has said"), with the verb's lemma, if one starts there.
pub(crate) fn verb_group_at(ctx: &Context, i: usize) -> Option<usize> {
    let mut j = i;
    // Auxiliaries and reflexive pronouns, possibly several ("s’est", "a", "has also").
    for _ in 0..4 {
        match ctx.lex.auxiliaries.match_at(ctx.text, &ctx.tokens, j) {
            Some((n, ())) if ctx.lex.reporting_verb(ctx.token_word(j)).is_none() => j += n,
            _ => break,
        }
    }
    // « a fait savoir », « a tenu à préciser », "went on to say".
    if let Some((n, complete)) = ctx.lex.light_verbs.match_at(ctx.text, &ctx.tokens, j) {
        if complete {
            return Some(j + n);
        }
        if ctx.lex.is_reporting_infinitive(ctx.word(j + n)) {
            return Some(j + n + 1);
        }
    }
    ctx.lex.reporting_verb(ctx.token_word(j))?;
    Some(j + 1)
}

/// An inverted verb with its pronoun in one token: "déclare-t-il", "a-t-elle" (then the
/// participle), "dit-il". Returns the pronoun info, the token index past the verb group.
pub(crate) fn inverted_at(ctx: &Context, i: usize) -> Option<(crate::lexicon::PronounInfo, usize)> {
    let word = ctx.word(i);
    let (head, pronoun) = word.rsplit_once('-')?;
    let info = ctx.lex.pronoun(pronoun)?;
    let verb = head.strip_suffix("-t").unwrap_or(head);
    if ctx.lex.reporting_verb(verb).is_some() {
        return Some((info, i + 1));
    }
    if !ctx.lex.auxiliaries.contains_phrase(verb) {
        return None;
    }
    // "a-t-il déclaré", "a-t-il toutefois ajouté": up to two adverbs before the participle.
    (i + 1..i + 4)
        .take_while(|&k| {
            ctx.tokens
                .get(k)
                .is_some_and(|t| t.is_word() && !crate::text::starts_uppercase(t.text(ctx.text)))
        })
        .find_map(|k| verb_group_at(ctx, k).map(|end| (info, end)))
}
