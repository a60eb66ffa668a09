//! What kind of quotation each one is: `nested` inside another, `term` after a designation
//! marker ("appelée « world models »", "so-called “AI winter”"), `full` when it stands as a
//! sentence or clause of its own (it opens the sentence, follows a colon, or reads as a
//! complete sentence), otherwise `partial`: a fragment woven into the narrator's sentence.

use super::QuoteKind;
use super::context::Context;
use crate::text::starts_uppercase;

pub fn classify(ctx: &Context, quote: usize) -> QuoteKind {
    let Some(q) = ctx.quotes.get(quote) else {
        return QuoteKind::Partial;
    };
    if q.depth > 0 {
        return QuoteKind::Nested;
    }
    let open = ctx.token_at_or_after(q.span.start);
    if open > 0
        && let Some((marker, ())) =
            ctx.lex
                .term_markers
                .match_ending_at(ctx.text, &ctx.tokens, open)
    {
        // "in what she called ‘the biggest drive’", "Smith called it “X”": someone's words.
        let by_someone = marker > 0
            && (ctx.lex.pronoun(ctx.word(marker - 1)).is_some()
                || ctx.mentions_ending_before(marker).is_some_and(|m| {
                    ctx.people
                        .entity_of(m)
                        .is_some_and(|e| e.kind == super::people::EntityKind::Person)
                }));
        if !by_someone {
            return QuoteKind::Term;
        }
    }
    let sentence_start = ctx
        .sentence_of(q.span.start)
        .and_then(|s| ctx.sentence_tokens.get(s))
        .map_or(0, |r| r.start);
    if open == sentence_start || (open > 0 && matches!(ctx.word(open - 1), ":" | "—" | "–")) {
        return QuoteKind::Full;
    }
    let inner = ctx.doc.slice(&q.inner());
    let ends_sentence = inner.trim_end().ends_with(['.', '!', '?', '…']);
    if starts_uppercase(inner) && ends_sentence && inner.split_whitespace().count() > 3 {
        return QuoteKind::Full;
    }
    QuoteKind::Partial
}
