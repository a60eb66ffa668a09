//! An unnamed spokesperson ("a council spokesman said", "a spokesperson for the agency", « un
//! porte-parole de la Direction de l'économie indique ») is nobody the text names, and DESIGN
//! makes `speaker` null when nobody can be named. The sieves still find the organisation such
//! a person speaks for; the quotation keeps it as `on_behalf_of`, so that the check can match
//! it against the organisation's ledger quotes and an editor sees whose words they are.

use super::SpeakerRef;
use super::context::Context;
use super::people::EntityKind;

/// How far back from the organisation a spokesperson noun may start, in tokens ("a spokesman
/// for the regional tourism body, Western Shores Tourism").
const COMPLEMENT_TOKENS: usize = 10;

/// Whether `s`, an organisation found as a quotation's speaker, was designated through an
/// unnamed spokesperson: a spokesperson noun in its mention ("the spokesperson said"), right
/// after it ("a Cardiff Council spokesperson", "the council's spokesman") or right before it
/// past a preposition ("a spokeswoman for Fife Council", « le porte-parole de la préfecture »).
pub(crate) fn speaks_for(ctx: &Context, s: &SpeakerRef) -> bool {
    if ctx
        .people
        .entities
        .get(s.entity)
        .is_none_or(|e| e.kind == EntityKind::Person)
    {
        return false;
    }
    let spokes = |k: usize| {
        ctx.lex
            .spokesperson_nouns
            .match_at(ctx.text, &ctx.tokens, k)
            .map(|(n, ())| n)
    };
    let first = ctx.token_at_or_after(s.mention.start);
    let past = ctx.token_at_or_after(s.mention.end);
    if (first..past).any(|k| spokes(k).is_some()) {
        return true;
    }
    // "the council's spokesman": past a possessive mark
    let after = (past..)
        .find(|&k| !ctx.is_possessive_mark(k))
        .unwrap_or(past);
    if spokes(after).is_some() {
        return true;
    }
    // "a spokeswoman for Fife Council", « un porte-parole de la Direction de l'économie », "a
    // spokesman for the regional tourism body, Western Shores Tourism,": the organisation
    // completes the noun, no verb between them
    (first.saturating_sub(COMPLEMENT_TOKENS)..first).any(|k| {
        spokes(k).is_some_and(|n| {
            k + n < first
                && ctx.lex.is_preposition(ctx.token_word(k + n))
                && (k + n..first).all(|j| {
                    !matches!(ctx.word(j), "." | ";" | ":" | "?" | "!")
                        && crate::attribute::sieves::verb_group_at(ctx, j).is_none()
                })
        })
    })
}
