//! A quotation with no attribution in its own sentence continues the discourse: it belongs to
//! the speaker of a quotation in the previous sentence, else to the subject of the previous
//! sentence ("LeCun impute l’échec à … « Nous avions … »"), else to the last speaker of the
//! same paragraph, else to a person who is the subject of an earlier sentence of the
//! paragraph (`paragraph-subject`), else to the last speaker of the previous paragraph.

use super::Sieve;
use super::sentence_subject::sentence_subject;
use crate::attribute::context::Context;
use crate::attribute::{QuoteKind, SpeakerRef};

pub struct Continuation;

impl Sieve for Continuation {
    fn confidence(&self) -> f64 {
        0.7
    }

    fn find(
        &self,
        ctx: &Context,
        quote: usize,
        earlier: &[Option<SpeakerRef>],
    ) -> Option<SpeakerRef> {
        let q = ctx.quotes.get(quote)?;
        let sentence = ctx.quote_sentence(quote)?;
        let paragraph = ctx.doc.sentences.get(sentence)?.paragraph;
        // The most recent attributed quotation, among the last few: a speaker further back
        // than that is not "the previous one" any more.
        let last = (0..quote.min(earlier.len())).rev().take(8).find_map(|k| {
            let s = earlier.get(k)?.as_ref()?;
            Some((k, s))
        });
        // A fragment woven into the narration continues a speaker only within the sentence
        // that quotes them ("…», a-t-il ajouté, promettant un plan « exemplaire »"); a whole
        // quoted sentence continues the discourse further.
        let partial = ctx.kinds.get(quote) == Some(&QuoteKind::Partial);
        // A quotation of the previous sentence (or of this one) that has a speaker.
        if let Some((k, s)) = last {
            let ks = ctx.quote_sentence(k)?;
            if ks == sentence || (!partial && ks + 1 == sentence) {
                return Some(SpeakerRef {
                    rule: "continuation",
                    ..s.clone()
                });
            }
        }
        if partial {
            return None;
        }
        // The subject of the previous sentence in the same paragraph.
        if let Some(prev) = sentence.checked_sub(1)
            && ctx
                .doc
                .sentences
                .get(prev)
                .is_some_and(|s| s.paragraph == paragraph)
            && let Some(range) = ctx.sentence_tokens.get(prev)
            && let Some(s) = sentence_subject(
                ctx,
                range.start,
                range.end.min(range.start + 8),
                q.span.start,
            )
        {
            return Some(SpeakerRef {
                rule: "previous-sentence-subject",
                ..s
            });
        }
        // The last speaker of this paragraph.
        let last_paragraph =
            last.and_then(|(k, _)| ctx.doc.paragraph_at(ctx.quotes.get(k)?.span.start));
        if let Some((_, s)) = last
            && last_paragraph == Some(paragraph)
        {
            return Some(SpeakerRef {
                rule: "continuation",
                ..s.clone()
            });
        }
        // A person who is the subject of an earlier sentence of this paragraph: a new
        // paragraph that introduces someone (« Le maire, Denis Poirel, se montre plus
        // pragmatique. … « Je ne veux pas … » ») hands the floor to them.
        let introduced = (0..sentence.saturating_sub(1))
            .rev()
            .take_while(|&k| {
                ctx.doc
                    .sentences
                    .get(k)
                    .is_some_and(|s| s.paragraph == paragraph)
            })
            .find_map(|earlier_sentence| {
                let range = ctx.sentence_tokens.get(earlier_sentence)?;
                let s = sentence_subject(
                    ctx,
                    range.start,
                    range.end.min(range.start + 8),
                    q.span.start,
                )?;
                ctx.people
                    .entities
                    .get(s.entity)
                    .is_some_and(|e| e.kind == crate::attribute::people::EntityKind::Person)
                    .then_some(s)
            });
        if let Some(s) = introduced {
            return Some(SpeakerRef {
                rule: "paragraph-subject",
                ..s
            });
        }
        // The last speaker of the previous paragraph.
        let (_, s) = last?;
        (last_paragraph? + 1 >= paragraph).then(|| SpeakerRef {
            rule: "continuation",
            ..s.clone()
        })
    }
}
