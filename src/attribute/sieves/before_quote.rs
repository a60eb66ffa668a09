//! Speaker introduced before the opening mark, by a colon or a reporting verb:
//! LeCun a déclaré : « … » / Il a ajouté : « … » / Jane Doe said: "…" /
//! Jane Doe was unimpressed: "…" / Jane Doe said "…". The subject is the first name or
//! pronoun of the clause before the mark.

use super::{Sieve, subject_at, verb_group_at};
use crate::attribute::SpeakerRef;
use crate::attribute::context::Context;

pub struct BeforeQuote;

impl Sieve for BeforeQuote {
    fn confidence(&self) -> f32 {
        0.9
    }

    fn find(&self, ctx: &Context, quote: usize, _: &[Option<SpeakerRef>]) -> Option<SpeakerRef> {
        let q = ctx.quotes.get(quote)?;
        let open = ctx.token_at_or_after(q.span.start);
        let sentence = ctx
            .sentence_tokens
            .get(ctx.sentence_of(q.span.start)?)?
            .clone();
        if open <= sentence.start {
            return None;
        }
        let prev = open - 1;
        let introduced = ctx.word(prev) == ":"
            || (sentence.start..prev + 1)
                .rev()
                .take(3)
                .any(|k| verb_group_at(ctx, k).is_some_and(|end| end >= prev));
        if !introduced {
            return None;
        }
        // The first subject of the clause before the mark, outside any quotation.
        (sentence.start..prev).find_map(|k| {
            if ctx.in_quote(ctx.tokens.get(k)?.range.start) {
                return None;
            }
            subject_at(
                ctx,
                k,
                q.span.start,
                "speaker-colon",
                "pronoun-colon",
                "role-noun",
            )
        })
    }
}
