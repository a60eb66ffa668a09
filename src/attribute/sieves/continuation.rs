//! A quotation with no attribution in its own sentence continues the discourse: it belongs to
//! the speaker of a quotation in the previous sentence, else to the source of the previous
//! sentence's reported words (« Selon elle, … »), else to the subject of the previous
//! sentence ("LeCun impute l’échec à … « Nous avions … »"), else to the last speaker of the
//! same paragraph, else to a person who is the subject of an earlier sentence of the
//! paragraph (`paragraph-subject`), else to the last speaker of the previous paragraph, else
//! to the one person a narrating previous paragraph is about (`previous-paragraph-person`).

use super::Sieve;
use super::sentence_subject::sentence_subject;
use crate::attribute::context::Context;
use crate::attribute::people::EntityKind;
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
        // "“Half my crew has been on the line,” the firefighter said. “People are
        // exhausted.”": right after a quotation that names nobody (its speaker left unnamed),
        // the next one continues it, and names nobody either.
        let previous = quote.checked_sub(1).filter(|&k| {
            matches!(ctx.kinds.get(k), Some(QuoteKind::Full | QuoteKind::Partial))
                && ctx.quote_sentence(k).is_some_and(|ks| {
                    (ks == sentence || ks + 1 == sentence)
                        && ctx
                            .doc
                            .sentences
                            .get(ks)
                            .is_some_and(|s| s.paragraph == paragraph)
                })
        });
        if previous.is_some_and(|k| earlier.get(k).is_some_and(Option::is_none)) {
            return None;
        }
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
        let previous_sentence = sentence.checked_sub(1).filter(|&prev| {
            ctx.doc
                .sentences
                .get(prev)
                .is_some_and(|s| s.paragraph == paragraph)
        });
        // « Selon elle, la Ville a ajouté 35 chenillettes. « Les opérations … » »: a previous
        // sentence that reports someone's words ("according to" phrase) hands the floor to
        // that source, not to its grammatical subject.
        if let Some(prev) = previous_sentence
            && let Some(start) = (ctx.sentence_tokens.get(prev))
                .and_then(|range| ctx.tokens.get(range.start))
                .map(|t| t.range.start)
            && let Some(s) = super::according_to::in_sentence(ctx, start)
        {
            return Some(SpeakerRef {
                rule: "previous-sentence-source",
                ..s
            });
        }
        // The subject of the previous sentence in the same paragraph.
        if let Some(prev) = previous_sentence
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
        // "A drinks stall owner who declined to be named said … "Some of us will just
        // retire."": after a sentence whose unnamed subject speaks, the quotation is theirs,
        // and names nobody.
        if ctx.unnamed_subject_between(0, q.span.start) {
            return None;
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
        if let Some((_, s)) = last
            && last_paragraph.is_some_and(|p| p + 1 >= paragraph)
        {
            return Some(SpeakerRef {
                rule: "continuation",
                ..s.clone()
            });
        }
        person_of_previous_paragraph(ctx, quote, paragraph)
    }
}

/// "For Priya Raman, 29, a nurse …, the numbers are personal. Her rent was increased …" then
/// a paragraph that opens with a quotation and names nobody: the one person the previous
/// paragraph, a narration with no quotation of its own, is about.
fn person_of_previous_paragraph(
    ctx: &Context,
    quote: usize,
    paragraph: usize,
) -> Option<SpeakerRef> {
    let q = ctx.quotes.get(quote)?;
    let previous = ctx.doc.paragraphs.get(paragraph.checked_sub(1)?)?.clone();
    let here = ctx.doc.paragraphs.get(paragraph)?;
    // at most a mark and a space before it in its paragraph
    if ctx
        .text
        .get(here.start..q.span.start)?
        .chars()
        .nth(2)
        .is_some()
    {
        return None;
    }
    // Quotations come sorted by start: only those back to the previous paragraph are read.
    // A term quoted there (« the so-called “ember months” ») is nobody's speech.
    let quoted_before = ctx
        .quotes
        .get(..quote)?
        .iter()
        .zip(&ctx.kinds)
        .rev()
        .take_while(|(o, _)| o.span.start >= previous.start)
        .any(|(o, kind)| {
            o.span.start < previous.end && matches!(kind, QuoteKind::Full | QuoteKind::Partial)
        });
    if quoted_before {
        return None;
    }
    let first = ctx
        .mentions
        .partition_point(|m| m.range.start < previous.start);
    let last = ctx
        .mentions
        .partition_point(|m| m.range.start < previous.end);
    let mut person = None;
    for m in first..last {
        let Some(entity) = ctx.people.of_mention.get(m).copied() else {
            continue;
        };
        let is_person = ctx
            .people
            .entities
            .get(entity)
            .is_some_and(|e| e.kind == EntityKind::Person);
        match person {
            _ if !is_person => {}
            None => person = Some((m, entity)),
            Some((_, e)) if e == entity => {}
            Some(_) => return None,
        }
    }
    let (m, _) = person?;
    ctx.speaker_from_mention(m, "previous-paragraph-person")
}
