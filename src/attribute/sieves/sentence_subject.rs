//! A partial quotation woven into a sentence whose subject is the speaker:
//! "LeCun voit les LLM comme une « impasse »", "a jugé le plan « insuffisant »",
//! "Smith called the move “overdue”". The subject is the first name or pronoun of the
//! sentence before the quotation, within its first words (a long lead-in is a subordinate
//! clause whose subject is no safe guess).

use super::{Sieve, subject_at};
use crate::attribute::context::Context;
use crate::attribute::people::EntityKind;
use crate::attribute::{QuoteKind, SpeakerRef};

pub struct SentenceSubject;

/// How far into the sentence the subject may start, in tokens.
const SUBJECT_WINDOW: usize = 8;

impl Sieve for SentenceSubject {
    fn confidence(&self) -> f32 {
        0.8
    }

    fn find(&self, ctx: &Context, quote: usize, _: &[Option<SpeakerRef>]) -> Option<SpeakerRef> {
        if ctx.kinds.get(quote) != Some(&QuoteKind::Partial) {
            return None;
        }
        let q = ctx.quotes.get(quote)?;
        let sentence = ctx
            .sentence_tokens
            .get(ctx.sentence_of(q.span.start)?)?
            .clone();
        let open = ctx.token_at_or_after(q.span.start);
        sentence_subject(
            ctx,
            sentence.start,
            open.min(sentence.start + SUBJECT_WINDOW),
            q.span.start,
        )
    }
}

/// The subject among tokens `from..to`: the first person or organisation named (or the
/// pronoun opening the sentence), outside quotations.
pub(crate) fn sentence_subject(
    ctx: &Context,
    from: usize,
    to: usize,
    before: usize,
) -> Option<SpeakerRef> {
    (from..to).find_map(|k| {
        let tok = ctx.tokens.get(k)?;
        if ctx.in_quote(tok.range.start) {
            return None;
        }
        if let Some(m) = ctx.mention_at(k) {
            let entity = ctx.people.entity_of(m)?;
            return (entity.kind != EntityKind::Unknown)
                .then(|| ctx.speaker_from_mention(m, "sentence-subject"))
                .flatten();
        }
        if k == from && ctx.lex.pronoun(tok.text(ctx.text)).is_some() {
            return subject_at(
                ctx,
                k,
                before,
                "sentence-subject",
                "sentence-subject-pronoun",
                "role-noun",
            );
        }
        None
    })
}
