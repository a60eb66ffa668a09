//! Speaker named right after the closing mark, with a reporting verb:
//! « … », a déclaré LeCun / lança LeCun / confie la cofondatrice / a-t-il déclaré;
//! "…," said Jane Doe / Jane Doe said / she said / the minister told Reuters.
//! The strongest signal in news writing, so it is tried first.

use super::{Sieve, inverted_at, subject_at, verb_group_at};
use crate::attribute::SpeakerRef;
use crate::attribute::context::Context;

pub struct AfterQuote;

impl Sieve for AfterQuote {
    fn confidence(&self) -> f32 {
        0.95
    }

    fn find(&self, ctx: &Context, quote: usize, _: &[Option<SpeakerRef>]) -> Option<SpeakerRef> {
        let q = ctx.quotes.get(quote)?;
        let mut i = ctx.token_at_or_after(q.span.end);
        // The attribution must stay in the quotation's sentence.
        let sentence = ctx.sentence_of(q.span.start)?;
        let limit = ctx.sentence_tokens.get(sentence)?.end;
        while matches!(ctx.word(i), "," | "—" | "–" | "-") {
            i += 1;
        }
        if i >= limit {
            return None;
        }
        let before = q.span.start;
        // "a-t-il déclaré", "explique-t-elle", "dit-il"
        if let Some((pronoun, _)) = inverted_at(ctx, i) {
            let range = ctx.tokens.get(i)?.range.clone();
            return ctx.resolve_pronoun(before, pronoun, range, "inverted-pronoun");
        }
        // verb then subject: "a déclaré LeCun", "said Jane Doe", "confie la cofondatrice"
        if let Some(after_verb) = verb_group_at(ctx, i)
            && after_verb < limit
            && let Some(s) = subject_at(
                ctx,
                after_verb,
                before,
                "verb-then-name",
                "inverted-pronoun",
                "role-noun",
            )
        {
            return Some(s);
        }
        // subject then verb: "Jane Doe said", "she said", "the minister told Reuters"
        let subject_end = subject_end(ctx, i, limit);
        if let Some(end) = subject_end
            && verb_group_at(ctx, end).is_some()
        {
            return subject_at(
                ctx,
                i,
                before,
                "name-then-verb",
                "pronoun-then-verb",
                "role-noun",
            );
        }
        None
    }
}

/// Where the noun phrase starting at `i` ends: after a mention (and its apposition of
/// commas: "Tom Brandt, 44,"), a pronoun, or a determiner and role noun.
fn subject_end(ctx: &Context, i: usize, limit: usize) -> Option<usize> {
    let mut j = i;
    if ctx.lex.title(ctx.word(j)).is_some() {
        j += if ctx.word(j + 1) == "." { 2 } else { 1 };
    }
    if let Some(m) = ctx.mention_at(j) {
        let end_byte = ctx.mentions.get(m)?.range.end;
        let mut k = ctx.token_at_or_after(end_byte);
        // Skip an apposition between commas: ", 44," / ", analyste chez Axa IM,".
        if ctx.word(k) == "," {
            let close = (k + 1..limit.min(k + 12)).find(|&x| ctx.word(x) == ",");
            if let Some(c) = close {
                k = c + 1;
            }
        }
        return Some(k);
    }
    if ctx.lex.pronoun(ctx.word(j)).is_some() {
        return Some(j + 1);
    }
    for skip in [1usize, 0] {
        if let Some((n, _)) = ctx.lex.role_nouns.match_at(ctx.text, &ctx.tokens, j + skip) {
            return Some(j + skip + n);
        }
    }
    None
}
