//! A reporting clause at the end of the sentence, after other words: « Le trafic sera « très
//! perturbé » jeudi sur l’ensemble du réseau, a prévenu mercredi la SNCF. », "Sales will be
//! “flat” this year, the company warned on Monday." The clause is a comma, a reporting verb
//! group and its subject, possibly after a time word ("mercredi", "on Monday").

use super::{Sieve, subject_at, verb_group_at};
use crate::attribute::SpeakerRef;
use crate::attribute::context::Context;

pub struct ReportingClause;

/// How many words (adverbs, days) may stand between the verb and its subject.
const GAP_WORDS: usize = 2;

impl Sieve for ReportingClause {
    fn confidence(&self) -> f64 {
        0.8
    }

    fn find(&self, ctx: &Context, quote: usize, _: &[Option<SpeakerRef>]) -> Option<SpeakerRef> {
        let q = ctx.quotes.get(quote)?;
        let sentence = ctx
            .sentence_tokens
            .get(ctx.sentence_of(q.span.end.saturating_sub(1))?)?
            .clone();
        let from = ctx.close_token(quote);
        (from..sentence.end)
            .filter(|&k| ctx.word(k) == ",")
            .find_map(|comma| {
                let after = comma + 1;
                ctx.tokens.get(after)?;
                if ctx.token_in_quote(after) {
                    return None;
                }
                // "…, a prévenu la SNCF" (verb first) or "…, the company warned" (subject first).
                if let Some(end) = verb_group_at(ctx, after) {
                    // ", noting that …", ", estimant que …": the verb's own clause follows, no
                    // subject; "told Reuters": the name is who was told.
                    if ctx.lex.is_complementizer(ctx.token_word(end))
                        || ctx.lex.takes_recipient(ctx.token_word(end - 1))
                    {
                        return None;
                    }
                    // (a preposition and its complement are no subject: « a réagi sur X le
                    // député Paul Lefort »)
                    return (end..(end + GAP_WORDS + 1).min(sentence.end))
                        .filter(|&k| {
                            !ctx.after_preposition(k) && !ctx.lex.is_preposition(ctx.token_word(k))
                        })
                        .find_map(|k| {
                            subject_at(
                                ctx,
                                k,
                                q.span.start,
                                "reporting-clause",
                                "reporting-clause-pronoun",
                                "role-noun",
                            )
                        });
                }
                let end = super::after_quote::subject_end(ctx, after, sentence.end)?;
                verb_group_at(ctx, end)?;
                subject_at(
                    ctx,
                    after,
                    q.span.start,
                    "reporting-clause",
                    "reporting-clause-pronoun",
                    "role-noun",
                )
            })
    }
}

/// Whether the sentence of `quote` ends with a reporting clause whose speaker is left
/// unnamed: "Stellar has emerged as “the clear front-runner” after a rival dropped out, one
/// of the people said", « …, a indiqué une source proche du dossier ». The sentence's
/// subject is then what was said about, not who said it.
pub(super) fn unnamed_clause_after(ctx: &Context, quote: usize) -> bool {
    /// How many words the unnamed subject may take before its verb ("one of the people").
    const SUBJECT_WORDS: usize = 6;
    let Some(q) = ctx.quotes.get(quote) else {
        return false;
    };
    let Some(sentence) = ctx
        .sentence_of(q.span.end.saturating_sub(1))
        .and_then(|s| ctx.sentence_tokens.get(s))
        .cloned()
    else {
        return false;
    };
    let indefinite = |k: usize| ctx.lex.is_indefinite_article(ctx.token_word(k));
    (ctx.close_token(quote)..sentence.end)
        .filter(|&k| ctx.word(k) == "," && !ctx.token_in_quote(k + 1))
        .any(|comma| {
            let after = comma + 1;
            // "…, a indiqué une source": the verb first
            if let Some(end) = verb_group_at(ctx, after) {
                return end < sentence.end && indefinite(end);
            }
            // "…, one of the people said.": the subject first, the verb closing the sentence
            let closes = |end: usize| {
                (end..sentence.end).all(|k| ctx.tokens.get(k).is_some_and(|t| !t.is_word()))
            };
            indefinite(after)
                && (after + 1..(after + 1 + SUBJECT_WORDS).min(sentence.end))
                    .any(|k| verb_group_at(ctx, k).is_some_and(closes))
        })
}
