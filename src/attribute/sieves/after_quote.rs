//! Speaker named right after the closing mark, with a reporting verb:
//! « … », a déclaré LeCun / lança LeCun / confie la cofondatrice / a-t-il déclaré;
//! "…," said Jane Doe / Jane Doe said / she said / the minister told Reuters.
//! The strongest signal in news writing, so it is tried first.

use std::ops::Range;

use super::{Sieve, inverted_at, subject_at, subject_head, verb_group_at};
use crate::attribute::context::Context;
use crate::attribute::people::EntityKind;
use crate::attribute::{QuoteKind, SpeakerRef};
use crate::lexicon::{Gender, PronounInfo};

pub struct AfterQuote;

impl Sieve for AfterQuote {
    fn confidence(&self) -> f64 {
        0.95
    }

    fn names_someone(&self, ctx: &Context, quote: usize) -> bool {
        // An inverted pronoun right after the closing mark ("», a-t-il dit") designates
        // someone, resolvable or not.
        let Some(q) = ctx.quotes.get(quote) else {
            return false;
        };
        let mut i = match &q.incise {
            Some(incise) => ctx.token_at_or_after(incise.start),
            None => ctx.close_token(quote),
        };
        while matches!(ctx.word(i), "," | "—" | "–" | "-") {
            i += 1;
        }
        // Each test below is a closure, tried cheapest first: the first that holds decides.
        // « …, soupire une aide-soignante », "…, said one engineer", « glisse-t-on dans
        // l’entourage »: the text says someone spoke and that they are not named.
        let impersonal = || {
            ctx.word(i)
                .rsplit_once('-')
                .is_some_and(|(_, p)| ctx.lex.is_impersonal_pronoun(p))
        };
        // The verb group right after the mark, read once for the tests below.
        let verb_end = verb_group_at(ctx, i);
        let anonymous =
            || verb_end.is_some_and(|v| ctx.lex.is_indefinite_article(ctx.token_word(v)));
        // "…,” one of the people said", « …, a confié l’une d’entre elles », « …, dit un des
        // grévistes »: one of a group, named nowhere.
        let one_of = |k: usize| {
            let k = if ctx.is_apostrophe(k + 1) { k + 2 } else { k };
            ctx.lex.is_indefinite_article(ctx.token_word(k))
                && ctx.lex.is_complement_word(ctx.token_word(k + 1))
        };
        let one_of_them = || {
            (one_of(i) && (i + 2..i + 7).any(|k| verb_group_at(ctx, k).is_some()))
                || verb_end.is_some_and(one_of)
        };
        // "…,” she said" after "One retired employee … said …": the pronoun stands for someone
        // unnamed, and no weaker sieve may guess a name for it.
        let unnamed_pronoun = || {
            ctx.lex.pronoun(ctx.token_word(i)).is_some_and(|p| {
                verb_group_at(ctx, i + 1).is_some()
                    && ctx.pronoun_stands_for_unnamed(q.span.start, p)
            })
        };
        // "…,” the official said" after "A senior official … disputed the figure": the role
        // noun stands for that unnamed person (see `Context::resolve_role`).
        // "…,” the person said" after "according to a person familiar with the matter": a
        // person noun the same.
        let person_noun_at = |k: usize| {
            ctx.lex.definite_determiner_at(ctx.text, &ctx.tokens, k)?;
            let at = crate::text::past_elision(ctx.text, &ctx.tokens, k + 1);
            let (n, ()) = ctx.lex.person_nouns.match_at(ctx.text, &ctx.tokens, at)?;
            Some((at, n))
        };
        let role_at = |k: usize| {
            crate::attribute::context::definite_role_at(ctx.text, &ctx.tokens, ctx.lex, k)
                .or_else(|| person_noun_at(k))
                .is_some_and(|(at, n)| {
                    let role = crate::text::fold_phrase(ctx.text, &ctx.tokens[at..at + n]);
                    ctx.role_left_unnamed(q.span.start, &role)
                })
        };
        let unnamed_role = || {
            let subject_speaks = subject_end(ctx, i, usize::MAX)
                .or_else(|| person_noun_at(i).map(|(at, n)| at + n))
                .is_some_and(|e| verb_group_at(ctx, e).is_some());
            (subject_speaks && role_at(i)) || verb_end.is_some_and(role_at)
        };
        // (only for a quotation standing as its own sentence: a fragment's sentence may name
        // the organisation the indefinite subject speaks for, "Cal/OSHA has opened an
        // inspection, “…,” a spokesperson for the agency said")
        let unnamed_indefinite = || {
            let sentence_end = ctx
                .sentence_of(q.span.end.saturating_sub(1))
                .and_then(|s| ctx.sentence_tokens.get(s))
                .map_or(0, |r| r.end);
            ctx.kinds.get(quote) == Some(&QuoteKind::Full)
                && indefinite_speaker_verb(ctx, i, sentence_end).is_some()
        };
        inverted_at(ctx, i).is_some()
            || unnamed_indefinite()
            || impersonal()
            || anonymous()
            || one_of_them()
            || unnamed_pronoun()
            || unnamed_role()
    }

    fn find(
        &self,
        ctx: &Context,
        quote: usize,
        earlier: &[Option<SpeakerRef>],
    ) -> Option<SpeakerRef> {
        let q = ctx.quotes.get(quote)?;
        // An incise inside the marks is read as if it followed the closing mark.
        let (mut i, limit) = match &q.incise {
            Some(incise) => (
                ctx.token_at_or_after(incise.start),
                ctx.token_at_or_after(incise.end),
            ),
            None => {
                // The attribution must stay in the sentence of the closing mark (the last
                // paragraph of a quotation that runs over several).
                let sentence = ctx.sentence_of(q.span.end.saturating_sub(1))?;
                let close = ctx.close_token(quote);
                let mut end = ctx.sentence_tokens.get(sentence)?.end;
                // "“… Who exactly is being deterred?” Krüger wrote on X.": a question or
                // exclamation closing the quotation ends a sentence for the splitter, but the
                // attribution after the marks, on the same line, still belongs to it.
                let next = ctx.sentence_tokens.get(sentence + 1);
                let gap = ctx.tokens.get(close).map_or("", |t| {
                    ctx.text.get(q.span.end..t.range.start).unwrap_or("")
                });
                if close >= end
                    && next.is_some_and(|r| r.start == close)
                    && !gap.contains('\n')
                    && ctx.text.get(q.span.clone()).is_some_and(|t| {
                        t.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != '!')
                            .ends_with(['?', '!'])
                    })
                {
                    end = next.map_or(end, |r| r.end);
                }
                (close, end)
            }
        };
        while matches!(ctx.word(i), "," | "—" | "–" | "-") {
            i += 1;
        }
        if i >= limit {
            return None;
        }
        let before = q.span.start;
        // « « J’ai tout perdu » : c’est ainsi qu’Yvette Roux, 82 ans, résume sa situation »,
        // "“…”: that is how Mary Jones put it": after a colon, a person named as the subject
        // of a reporting verb in the clause.
        if ctx.word(i) == ":" {
            return (i + 1..limit.min(i + 1 + COLON_CLAUSE_TOKENS)).find_map(|k| {
                let m = ctx.mention_at(k)?;
                ctx.people
                    .entity_of(m)
                    .filter(|e| e.kind == EntityKind::Person)?;
                let end = subject_end(ctx, k, limit)?;
                verb_group_at(ctx, end)?;
                ctx.speaker_from_mention(m, "name-then-verb")
            });
        }
        // « assure-t-on à Bercy », « indique-t-on chez Renault »: an impersonal inversion
        // speaks for the institution named right after.
        if let Some(s) = impersonal_with_place(ctx, i, limit) {
            return Some(s);
        }
        // "a-t-il déclaré", "explique-t-elle", "dit-il", « s’amuse-t-il »
        let verb = if ctx.lex.is_reflexive_pronoun(ctx.token_word(i)) {
            crate::text::past_elision(ctx.text, &ctx.tokens, i + 1)
        } else {
            i
        };
        if let Some((pronoun, end)) = inverted_at(ctx, verb) {
            // The mention is the pronoun itself: "il" of "a-t-il".
            let token = ctx.tokens.get(verb)?.range.clone();
            let word = ctx.word(verb);
            let pronoun_len = word.rsplit_once('-').map_or(word.len(), |(_, p)| p.len());
            let range = token.end - pronoun_len..token.end;
            if goes_on(ctx, quote, pronoun, verb, end)
                && let Some(s) = same_speaker(
                    ctx,
                    quote,
                    earlier,
                    pronoun,
                    range.clone(),
                    "inverted-pronoun",
                )
            {
                return Some(s);
            }
            return ctx.resolve_pronoun(before, pronoun, range, "inverted-pronoun");
        }
        // A passive agent: "jugé « raisonnable » par son président, Hervé Castagnol".
        if ctx.lex.is_agent_marker(ctx.token_word(i))
            && let Some(s) = agent(ctx, i + 1, limit, before)
        {
            return Some(s);
        }
        // verb then subject: "a déclaré LeCun", "said Jane Doe", "confie la cofondatrice".
        // An indirect object may come first (« a confié à l’AFP Karima Bensalem »), or a time
        // word or an adverb (« a indiqué mardi le diocèse »).
        if let Some(after_verb) = verb_group_at(ctx, i).filter(|&v| v < limit) {
            // « a regretté de son côté Élodie Marchetti », "said, for her part, Jane Doe".
            let after_verb = skip_aside(ctx, after_verb, limit);
            let named = |k: usize| {
                subject_at(
                    ctx,
                    k,
                    before,
                    "verb-then-name",
                    "inverted-pronoun",
                    "role-noun",
                )
            };
            if let Some(s) = indirect_object_end(ctx, after_verb, limit).and_then(named) {
                return Some(s);
            }
            let inverts = !ctx.lex.takes_recipient(ctx.token_word(after_verb - 1))
                && !ctx.lex.is_complementizer(ctx.token_word(after_verb));
            if inverts
                && let Some(s) = (after_verb..(after_verb + 1 + GAP_TOKENS).min(limit))
                    .take_while(|&k| k == after_verb || is_gap_token(ctx, k - 1))
                    // (a name right after a preposition is a complement: « a réagi sur X le
                    // député Paul Lefort »)
                    .filter(|&k| k == after_verb || !ctx.after_preposition(k))
                    .find_map(named)
            {
                return Some(s);
            }
        }
        // "“…,” a SkyBridge spokesman said": an indefinite subject speaks for the organisation
        // it names, else for nobody (`names_someone` keeps later sieves from guessing).
        if let Some(verb) = indefinite_speaker_verb(ctx, i, limit) {
            if let Some(m) = (i + 1..verb).find_map(|k| ctx.mention_at(k)) {
                return ctx
                    .people
                    .entity_of(m)
                    .is_some_and(|e| e.kind != EntityKind::Person)
                    .then(|| ctx.speaker_from_mention(m, "organisation-noun"))
                    .flatten();
            }
            // "a council spokesman", "a company spokeswoman": the organisation its noun
            // stands for
            return (i + 1..verb).find_map(|k| {
                let (n, ()) = ctx
                    .lex
                    .organisation_nouns
                    .match_at(ctx.text, &ctx.tokens, k)?;
                let noun = crate::text::fold_phrase(ctx.text, ctx.tokens.get(k..k + n)?);
                let range = ctx.tokens.get(k)?.range.start..ctx.tokens.get(k + n - 1)?.range.end;
                ctx.resolve_organisation(before, Some(&noun), range, "organisation-noun")
            });
        }
        // "“…,” senior meteorologist Angus Hines said": lowercase words the lexicon need not
        // know (a rare role and its modifier) before a person's name and its verb
        if let Some(k) = (i + 1..(i + 1 + DESCRIBED_SUBJECT).min(limit))
            // (not past a preposition: "the lawyer for John Smith said" is the lawyer)
            .take_while(|&k| {
                ctx.tokens.get(k - 1).is_some_and(|t| {
                    t.is_word()
                        && !t.starts_uppercase(ctx.text)
                        && !ctx.lex.is_preposition(t.word(ctx.text))
                        && verb_group_at(ctx, k - 1).is_none()
                })
            })
            .find(|&k| ctx.person_named_at(k))
            && let Some(end) = subject_end(ctx, k, limit)
            && verb_group_at(ctx, end).is_some()
            && !ctx.lex.is_indefinite_article(ctx.token_word(i))
        {
            return ctx.speaker_from_mention(ctx.mention_at(k)?, "name-then-verb");
        }
        // "“…,” Agriculture and Food Agency Deputy Director-General Hsu Ming-chieh told":
        // an institution's name, then capitalised roles, before a person's name and its verb
        if let Some(m) = ctx.mention_at(i)
            && let Some(after) = ctx.token_after_mention(m)
            // ("Agriculture and Food Agency": a coordinated name read as two)
            && let after = ctx
                .lex
                .is_coordinator(ctx.token_word(after))
                .then(|| ctx.token_after_mention(ctx.mention_at(after + 1)?))
                .flatten()
                .unwrap_or(after)
            && let k = roles_end(ctx, after, limit)
            && k > after
            && ctx.person_named_at(k)
            && let Some(end) = subject_end(ctx, k, limit)
            && verb_group_at(ctx, end).is_some()
        {
            return ctx.speaker_from_mention(ctx.mention_at(k)?, "name-then-verb");
        }
        // subject then verb: "Jane Doe said", "she said", "the minister told Reuters"
        let subject_end = subject_end(ctx, i, limit);
        if let Some(end) = subject_end
            && let Some(verb_end) = verb_group_at(ctx, end)
        {
            if let Some(pronoun) = ctx.lex.pronoun(ctx.token_word(i))
                && end == i + 1
                && goes_on(ctx, quote, pronoun, end, verb_end)
                && let Some(s) = same_speaker(
                    ctx,
                    quote,
                    earlier,
                    pronoun,
                    ctx.tokens.get(i)?.range.clone(),
                    "pronoun-then-verb",
                )
            {
                return Some(s);
            }
            // "Noordstroom chief executive Anneke van Dijk said": the person is the subject.
            let named = subject_head(ctx, i, end);
            return subject_at(
                ctx,
                named,
                before,
                "name-then-verb",
                "pronoun-then-verb",
                "role-noun",
            )
            .or_else(|| {
                subject_at(
                    ctx,
                    i,
                    before,
                    "name-then-verb",
                    "pronoun-then-verb",
                    "role-noun",
                )
            });
        }
        None
    }
}

/// Whether a person `pronoun` fits is named between the quotation before `quote` and
/// `quote` (outside quotations).
fn fitting_person_since(ctx: &Context, quote: usize, pronoun: PronounInfo) -> bool {
    let Some(q) = ctx.quotes.get(quote) else {
        return false;
    };
    let Some(previous) = (0..quote)
        .rev()
        .find_map(|k| ctx.quotes.get(k).filter(|p| p.depth == 0))
    else {
        return true;
    };
    let (from, to) = (previous.span.end, q.span.start);
    let first = ctx.mentions.partition_point(|m| m.range.start < from);
    ctx.mentions
        .iter()
        .enumerate()
        .skip(first)
        .take_while(|(_, m)| m.range.start < to)
        .any(|(i, _)| {
            !ctx.mention_in_quote.get(i).copied().unwrap_or(false)
                && ctx.people.entity_of(i).is_some_and(|e| {
                    e.kind == EntityKind::Person && e.gender.compatible(pronoun.gender)
                })
        })
}

/// Where the reporting verb of an indefinite subject starting at token `i` starts: "a
/// spokesman said", "a SkyBridge spokesman told Reuters", « une porte-parole a indiqué »
/// (an article, then words among which a person or role noun, then the verb).
fn indefinite_speaker_verb(ctx: &Context, i: usize, limit: usize) -> Option<usize> {
    /// How many words the subject may hold after its article.
    const SUBJECT_WORDS: usize = 4;
    if !ctx.lex.is_indefinite_article(ctx.token_word(i)) {
        return None;
    }
    let verb = (i + 2..(i + 2 + SUBJECT_WORDS).min(limit))
        .take_while(|&k| ctx.tokens.get(k - 1).is_some_and(|t| t.is_word()))
        .find(|&k| verb_group_at(ctx, k).is_some())?;
    (i + 1..verb)
        .any(|k| ctx.lex.person_noun_at(ctx.text, &ctx.tokens, k))
        .then_some(verb)
}

/// Whether the verb group of tokens `from..end` carries on the same speaker's words:
/// "added", « ajoute-t-elle », « a-t-il poursuivi ».
fn continues_speaker(ctx: &Context, from: usize, end: usize) -> bool {
    verb_group_has(ctx, from, end, |lex, verb| lex.is_continuation_verb(verb))
}

/// Whether a word of the verb group `from..end`, its inverted pronoun cut off (« ajoute » of
/// « ajoute-t-elle »), is one `is` accepts.
fn verb_group_has(
    ctx: &Context,
    from: usize,
    end: usize,
    is: impl Fn(&crate::lexicon::Lexicon, &str) -> bool,
) -> bool {
    (from..end).any(|k| {
        let word = ctx.word(k);
        is(ctx.lex, word.split_once('-').map_or(word, |(head, _)| head))
    })
}

/// Whether the pronoun of the verb group `from..end`, after `quote`, goes on with the speaker
/// of the quotation before: always with a verb that carries on ("added"), never with one that
/// answers someone ("replied", « rétorque »), and with any other verb when no person the
/// pronoun fits was named since that quotation (« « … », a rassuré son entraîneur. « … »,
/// prévient-il » after a player named before it).
fn goes_on(ctx: &Context, quote: usize, pronoun: PronounInfo, from: usize, end: usize) -> bool {
    continues_speaker(ctx, from, end)
        || !(verb_group_has(ctx, from, end, |lex, verb| lex.is_reply_verb(verb))
            || fitting_person_since(ctx, quote, pronoun))
}

/// "Ms. Chen said she blamed … Labour Minister Nadine Ostrowski, who she said had “let this
/// drift for months.” “Somebody has to blink,” she added": a pronoun that goes on (`goes_on`)
/// stands for the speaker of the quotation just before, in this sentence or the previous
/// one, when it fits them.
fn same_speaker(
    ctx: &Context,
    quote: usize,
    earlier: &[Option<SpeakerRef>],
    pronoun: PronounInfo,
    pronoun_range: Range<usize>,
    rule: &'static str,
) -> Option<SpeakerRef> {
    let sentence = ctx.quote_sentence(quote)?;
    // "it" goes on with an institution (or a name of unknown kind), never a person
    let neuter = pronoun.gender == Gender::Neuter;
    let fits = |entity: usize| {
        ctx.people.entities.get(entity).is_some_and(|e| {
            !pronoun.plural
                && if neuter {
                    e.kind != EntityKind::Person
                } else {
                    e.kind == EntityKind::Person && e.gender.compatible(pronoun.gender)
                }
        })
    };
    // "… at “breaking point”. Parents in Belfast pay about £190, the group said. “…,” it
    // added": an institution's statement is often paraphrased between its quotations, and no
    // person named there can be "it"; a quotation two sentences back still goes on.
    let reach = if neuter { 2 } else { 1 };
    let previous = (0..quote).rev().find(|&k| {
        ctx.quotes.get(k).is_some_and(|q| q.depth == 0)
            && matches!(ctx.kinds.get(k), Some(QuoteKind::Full | QuoteKind::Partial))
    });
    let quoted = previous.and_then(|previous| {
        let ends_in = ctx.sentence_of(ctx.quotes.get(previous)?.span.end.saturating_sub(1))?;
        (ends_in + reach >= sentence)
            .then(|| earlier.get(previous)?.as_ref().map(|s| s.entity))
            .flatten()
    });
    // "Ms Campbell said a colleague, Aileen Shaw, had given up the train. “…,” she added":
    // else the subject of the reporting verb of the sentence before, not a name it reports.
    let entity = match quoted {
        Some(entity) => entity,
        None => reporting_subject(ctx, sentence.checked_sub(1)?)?,
    };
    fits(entity).then_some(SpeakerRef {
        entity,
        mention: pronoun_range,
        rule,
    })
}

/// The person opening sentence `s` as the subject of its reporting verb ("Ms Campbell said
/// a colleague … had …"), if any.
fn reporting_subject(ctx: &Context, s: usize) -> Option<usize> {
    let range = ctx.sentence_tokens.get(s)?.clone();
    let first = range.start;
    let end = subject_end(ctx, first, range.end)?;
    verb_group_at(ctx, end)?;
    let m = ctx.mention_at(subject_head(ctx, first, end))?;
    ctx.people.entity_of(m)?;
    ctx.people.of_mention.get(m).copied()
}

/// Where the noun phrase starting at `i` ends: after a mention (and its apposition of
/// commas: "Tom Brandt, 44,"), a pronoun, or a determiner and role noun.
pub(crate) fn subject_end(ctx: &Context, i: usize, limit: usize) -> Option<usize> {
    // The subject lies within the sentence: never read into the next one.
    let end = subject_end_unbounded(ctx, i, limit)?;
    (i < limit && end < limit).then_some(end)
}

fn subject_end_unbounded(ctx: &Context, i: usize, limit: usize) -> Option<usize> {
    if !ctx.tokens.get(i).is_some_and(|t| t.is_word()) {
        return None;
    }
    let mut j = i;
    // A determiner and a role noun may precede the name ("chief executive Nadia Rahimi").
    // A name starting here is read as a name, even when its first word is also a role noun
    // ("Dean Hargreaves said").
    let skips: &[usize] = if ctx.mention_at(j).is_some() {
        &[]
    } else {
        &[1, 0]
    };
    for &skip in skips {
        // "the former nurse", "the battalion chief": a modifier after the determiner.
        let role = if skip == 1 {
            // « l’élue »: past the elision
            let at = crate::text::past_elision(ctx.text, &ctx.tokens, j + 1);
            ctx.lex
                .role_after_determiner(ctx.text, &ctx.tokens, at)
                .map(|(at, n, _)| at + n)
        } else {
            ctx.lex
                .role_nouns
                .match_at(ctx.text, &ctx.tokens, j)
                .map(|(n, _)| j + n)
        };
        if let Some(after) = role {
            if ctx.mention_at(after).is_none() && ctx.lex.title(ctx.token_word(after)).is_none() {
                // « Le représentant de l’État a promis »: the role's complement runs to its verb.
                if ctx.lex.is_complement_word(ctx.token_word(after)) {
                    let verb = (after + 1..(after + COMPLEMENT_TOKENS).min(limit))
                        .find(|&k| verb_group_at(ctx, k).is_some());
                    if let Some(v) = verb {
                        return Some(v);
                    }
                }
                // « La ministre, elle, assure », "The mayor, 58, said": past an apposition.
                return Some(super::past_apposition(ctx, after, limit).unwrap_or(after));
            }
            j = after;
            break;
        }
        // "the board of Halvorsen said": the phrase runs to the end of the name.
        if skip == 1
            && let Some(name) =
                crate::extract::organisations::governed_name(ctx.text, &ctx.tokens, j + 1, ctx.lex)
            && let Some(m) = ctx.mention_at(name)
        {
            return ctx.token_after_mention(m);
        }
        // ("the Toronto-based company said", "the Luxembourg company said": past what
        // describes the noun)
        let noun_at = super::past_noun_modifier(ctx, j + 1);
        if skip == 1
            && let Some((n, ())) =
                ctx.lex
                    .organisation_nouns
                    .match_at(ctx.text, &ctx.tokens, noun_at)
        {
            return Some(noun_at + n);
        }
    }
    if ctx.lex.title(ctx.token_word(j)).is_some() {
        j = super::past_title(ctx, j);
    }
    // "the Athletics Integrity Unit said", « l’Office fédéral de la santé a indiqué »: a
    // definite determiner, then a name (people take none: what follows is an institution).
    if ctx.mention_at(j).is_none()
        && ctx
            .lex
            .definite_determiners
            .match_at(ctx.text, &ctx.tokens, j)
            .is_some_and(|(n, _)| n == 1)
    {
        let after = crate::text::past_elision(ctx.text, &ctx.tokens, j + 1);
        // ("the Dublin Bay North TD told": a name premodifying a role noun is no subject)
        if ctx
            .mention_at(after)
            .is_some_and(|m| super::institution_after_determiner(ctx, m))
        {
            j = after;
        }
    }
    if let Some(m) = ctx.mention_at(j) {
        let end_byte = ctx.mentions.get(m)?.range.end;
        let mut k = ctx.token_at_or_after(end_byte);
        // "Assistant U.S. Attorney Lena Okafor", "Massachusetts Gov. Maura Healey": a name, a
        // role noun or a title, then the holder's name; "RWU Queensland district president
        // Dean Hargreaves": a second name before the role, a noun premodifying it.
        let mut r = k;
        if let Some(second) = ctx.mention_at(r) {
            r = ctx.token_after_mention(second)?;
        }
        let role = ctx
            .lex
            .role_after_determiner(ctx.text, &ctx.tokens, r)
            .map(|(at, n, _)| at + n);
        let title = ctx
            .lex
            .title(ctx.word(r))
            .map(|_| super::past_title(ctx, r));
        if let Some(next) = role.or(title).and_then(|after| ctx.mention_at(after)) {
            k = ctx.token_after_mention(next)?;
        }
        // "Conor Whelan SC, for Cusack, said": letters after the name.
        if ctx.lex.is_postnominal(ctx.token_word(k)) {
            k += 1;
        }
        // "Jordi Ferrer of the University of Zaragoza reckons": a complement naming where
        // the person works, when the verb follows it.
        let person = ctx
            .people
            .entity_of(m)
            .is_some_and(|e| e.kind == crate::attribute::people::EntityKind::Person);
        if person
            && ctx.lex.is_complement_word(ctx.token_word(k))
            && let Some(m) = (k + 1..(k + 4).min(limit)).find_map(|j| ctx.mention_at(j))
        {
            let after = ctx.token_after_mention(m)?;
            if verb_group_at(ctx, after).is_some() {
                return Some(after);
            }
        }
        // "Kilbride’s counsel, Gordon Tait KC, said": the name closes an apposition; its
        // comma is followed by the verb.
        if ctx.word(k) == "," && verb_group_at(ctx, k + 1).is_some() {
            return Some(k + 1);
        }
        // Skip an apposition between commas: ", 44," / ", analyste chez Axa IM,".
        return Some(super::past_apposition(ctx, k, limit).unwrap_or(k));
    }
    if ctx.lex.pronoun(ctx.token_word(j)).is_some() {
        return Some(j + 1);
    }
    None
}

/// « assure-t-on à Bercy »: the impersonal pronoun's institution, from the place after it.
fn impersonal_with_place(ctx: &Context, i: usize, limit: usize) -> Option<SpeakerRef> {
    let word = ctx.word(i);
    let (head, pronoun) = word.rsplit_once('-')?;
    if !ctx.lex.is_impersonal_pronoun(pronoun) {
        return None;
    }
    let verb = head.strip_suffix("-t").unwrap_or(head);
    ctx.lex.reporting_verb(verb)?;
    let marker = i + 1;
    if !(ctx.lex.is_indirect_object_marker(ctx.token_word(marker))
        || ctx.lex.is_locative(ctx.token_word(marker)))
    {
        return None;
    }
    (marker + 1..(marker + 3).min(limit))
        .find_map(|k| ctx.mention_at(k))
        .and_then(|m| ctx.speaker_from_mention(m, "impersonal-place"))
}

/// How far a role noun's complement may run before its verb (« de la défense », « de l’État »).
const COMPLEMENT_TOKENS: usize = 6;

/// How many tokens may separate an inverted verb from its subject: « a lancé depuis le
/// public Sandrine Oulié », « a estimé mardi devant la presse la conseillère … », « a fait
/// valoir par courriel le porte-parole ».
const GAP_TOKENS: usize = 6;

/// Past the role nouns in a row from token `k` ("Deputy Director-General"), before `limit`.
fn roles_end(ctx: &Context, mut k: usize, limit: usize) -> usize {
    while k < limit
        && let Some((n, _)) = ctx.lex.role_nouns.match_at(ctx.text, &ctx.tokens, k)
    {
        k += n;
    }
    k
}

/// How many lowercase words may describe the person named before the verb after a
/// quotation ("senior meteorologist Angus Hines said").
const DESCRIBED_SUBJECT: usize = 3;

/// How far into the clause after a colon that follows a quotation its speaker may be named
/// (« : c’est ainsi qu’Yvette Roux … résume »).
const COLON_CLAUSE_TOKENS: usize = 8;

/// A token between an inverted verb and its subject: a time word or adverb, or a piece of
/// a circumstantial phrase (its preposition, determiner, elision and nouns). The subject is
/// tried at every position first, so a determiner here opens no role or name.
fn is_gap_token(ctx: &Context, k: usize) -> bool {
    let w = ctx.token_word(k);
    is_gap_word(ctx, k)
        || ctx.lex.is_preposition(w)
        || ctx
            .lex
            .definite_determiner_at(ctx.text, &ctx.tokens, k)
            .is_some()
        || (!w.text.is_empty() && w.text.chars().all(crate::text::is_apostrophe))
}

/// A short lowercase word that is no determiner or pronoun: a day, an adverb ("mardi",
/// "hier", "encore").
fn is_gap_word(ctx: &Context, k: usize) -> bool {
    let w = ctx.token_word(k);
    ctx.tokens.get(k).is_some_and(|t| t.is_word())
        && !crate::text::starts_uppercase(w.text)
        && w.text.chars().count() > 3
        && ctx.lex.pronoun(w).is_none()
        && ctx
            .lex
            .role_nouns
            .match_at(ctx.text, &ctx.tokens, k)
            .is_none()
        && ctx
            .lex
            .organisation_nouns
            .match_at(ctx.text, &ctx.tokens, k)
            .is_none()
}

/// Past an aside between commas or not (« de son côté », ", for her part,"), else `k`.
fn skip_aside(ctx: &Context, k: usize, limit: usize) -> usize {
    let at = if ctx.word(k) == "," { k + 1 } else { k };
    match ctx.lex.asides.match_at(ctx.text, &ctx.tokens, at) {
        Some((n, ())) if at + n < limit => at + n + usize::from(ctx.word(at + n) == ","),
        _ => k,
    }
}

/// Past "à l’AFP", "au Monde", "to Reuters" after a reporting verb: the index of the subject
/// that follows the indirect object, when there is one.
fn indirect_object_end(ctx: &Context, k: usize, limit: usize) -> Option<usize> {
    if !ctx.lex.is_indirect_object_marker(ctx.token_word(k)) {
        return None;
    }
    // The recipient is one name or a determiner and a name ("à l’AFP", "au FT").
    let mut j = k + 1;
    while j < limit && j < k + 4 {
        if let Some(m) = ctx.mention_at(j) {
            let end = ctx.mentions.get(m)?.range.end;
            return Some(ctx.token_at_or_after(end));
        }
        j += 1;
    }
    None
}

/// The speaker named after a passive agent's preposition: a name, or a role noun with its
/// person in apposition ("par son président, Hervé Castagnol").
fn agent(ctx: &Context, k: usize, limit: usize, before: usize) -> Option<SpeakerRef> {
    (k..limit.min(k + 3))
        .find_map(|j| subject_at(ctx, j, before, "agent", "agent-pronoun", "role-noun"))
}
