//! Who speaks in a quotation inside a quotation. The outer speaker reports someone's words:
//! the person they name before the inner marks speaks (« Gilles Ferrand m’a répondu : “…” »),
//! or the outer speaker themselves when they introduce their own words in the first person
//! (« Je lui ai simplement dit : ‹ … › », "I told him: ‘…’"). Anyone else — "he told me",
//! "a neighbour said" — stays unnamed: the pronoun belongs to the outer speaker's story, not
//! to the article's.

use super::SpeakerRef;
use super::context::Context;
use super::people::EntityKind;
use super::sieves::verb_group_at;

pub fn speaker(ctx: &Context, q: usize, found: &[Option<SpeakerRef>]) -> Option<SpeakerRef> {
    let quote = ctx.quotes.get(q)?;
    let outer = (0..q).rev().find(|&o| {
        ctx.quotes.get(o).is_some_and(|o| {
            o.depth < quote.depth
                && o.span.start <= quote.span.start
                && quote.span.end <= o.span.end
        })
    })?;
    let open = ctx.open_token(q);
    let sentence = ctx.sentence_tokens.get(ctx.quote_sentence(q)?)?.clone();
    let from = sentence.start.max(ctx.open_token(outer));
    if open <= from {
        return None;
    }
    let prev = open - 1;
    // The verb that introduces the inner marks, right before them or before a colon, maybe
    // with its object ("told him:") or recipient (« écrit à son gendre : », "wrote to his
    // lawyer:"): its first token (the auxiliary of « a répondu »).
    let verb = (from..=prev).find(|&k| {
        k + 8 >= prev
            && verb_group_at(ctx, k).is_some_and(|end| {
                (end..=prev).all(|x| x == prev || ctx.lex.is_verb_filler(ctx.token_word(x)))
                    || (end + 5 >= prev
                        && ctx.lex.is_indirect_object_marker(ctx.token_word(end))
                        && (end..prev).all(|x| {
                            let w = ctx.word(x);
                            ctx.tokens.get(x).is_some_and(|t| t.is_word())
                                || w.chars().all(crate::text::is_apostrophe)
                        }))
            })
    })?;
    // Its subject: back over auxiliaries, object pronouns, the negation, adverbs, elisions.
    let subject = (from..verb).rev().find(|&k| {
        let w = ctx.token_word(k);
        !(ctx.lex.is_verb_filler(w)
            || ctx.lex.auxiliaries.contains_phrase(w.text)
            || w.text.chars().all(crate::text::is_apostrophe))
    })?;
    if ctx.lex.is_first_person(ctx.token_word(subject)) {
        let outer_speaker = found.get(outer)?.as_ref()?;
        return Some(SpeakerRef {
            entity: outer_speaker.entity,
            mention: ctx.tokens.get(subject)?.range.clone(),
            rule: "nested-first-person",
        });
    }
    // A person named as that subject (mentions inside quotations included: the outer
    // speaker names them).
    let end = ctx.tokens.get(subject)?.range.end;
    let m = ctx.mentions.partition_point(|m| m.range.end < end);
    let mention = ctx.mentions.get(m).filter(|m| m.range.end == end)?;
    ctx.people
        .entity_of(m)
        .filter(|e| e.kind == EntityKind::Person)?;
    Some(SpeakerRef {
        entity: *ctx.people.of_mention.get(m)?,
        mention: mention.range.clone(),
        rule: "nested-name",
    })
}
