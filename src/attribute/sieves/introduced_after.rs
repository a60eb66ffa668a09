//! A quotation that opens its paragraph with nobody named around it, followed by a sentence
//! that introduces someone new to the article, is theirs: the feature writer's lede
//! « « On m’a vendu le Québec comme une terre d’accueil. » Aïssatou Ndiaye, 26 ans, est
//! arrivée de Dakar en 2022 », "“I left home at 4:45 this morning.” / That was Maya Chen, 34,
//! a nurse …". Only a person named there for the first time: a name the article used before
//! is more likely answering than speaking. The next paragraph's first sentence counts only
//! after a paragraph that quotes nobody.

use super::Sieve;
use crate::attribute::context::Context;
use crate::attribute::people::EntityKind;
use crate::attribute::{QuoteKind, SpeakerRef};

pub struct IntroducedAfter;

/// How many tokens may open the next sentence before the name ("That was", « C'est »).
const LEAD_TOKENS: usize = 3;

impl Sieve for IntroducedAfter {
    fn confidence(&self) -> f64 {
        0.7
    }

    fn find(&self, ctx: &Context, quote: usize, _: &[Option<SpeakerRef>]) -> Option<SpeakerRef> {
        let q = ctx.quotes.get(quote)?;
        if q.depth != 0 || q.incise.is_some() || ctx.kinds.get(quote) != Some(&QuoteKind::Full) {
            return None;
        }
        let paragraph = ctx.doc.paragraph_at(q.span.start)?;
        let para = ctx.doc.paragraphs.get(paragraph)?;
        // at most a mark and a space before it in its paragraph
        if ctx
            .text
            .get(para.start..q.span.start)?
            .chars()
            .nth(2)
            .is_some()
        {
            return None;
        }
        // The quotation ends its sentence: the next one starts after the closing mark.
        let last = ctx.sentence_of(q.span.end.saturating_sub(1))?;
        let next = last + 1;
        let next_sentence = ctx.doc.sentences.get(next)?;
        let close = ctx.close_token(quote);
        let range = ctx.sentence_tokens.get(next)?.clone();
        if range.start < close || next_sentence.paragraph > paragraph + 1 {
            return None;
        }
        // In the next paragraph only when the quotation is all of its own paragraph and the
        // paragraph before quotes nobody: a quotation standing alone after someone's words
        // goes on with them (`continuation`), whoever the next paragraph brings in.
        if next_sentence.paragraph != paragraph
            && (ctx.text.get(q.span.end..para.end)?.chars().nth(2).is_some()
                || quoted_in_paragraph_before(ctx, quote, paragraph))
        {
            return None;
        }
        // « « … » C'est le constat que dresse Julie Bouchard », "“…” That is what Jane Doe
        // told the inquiry": a cleft whose relative clause has the speaker as its inverted
        // subject or as the subject of its verb names them, whether new or not.
        if let Some(m) = cleft_speaker(ctx, range.clone()) {
            return ctx.speaker_from_mention(m, "introduced-after");
        }
        // The name opens the sentence, or follows its opening phrase (« « … » Devant le
        // tribunal correctionnel, la procureure Hélène Marsac n’a pas eu de mots assez
        // durs »), or stands in apposition to a role (« L’adjoint chargé de l’éducation,
        // Karim Haddad, défend une mesure »).
        let lead = super::sentence_subject::past_opening_phrase(ctx, range.start, range.end);
        let m = (lead..range.end.min(lead + LEAD_TOKENS + 1))
            .find_map(|k| ctx.mention_at(k))
            // (in the quotation's paragraph only: a role opening the next one answers as
            // often as it speaks)
            .or_else(|| {
                (next_sentence.paragraph == paragraph)
                    .then(|| role_apposition(ctx, range.clone()))
                    .flatten()
            })?;
        let entity = *ctx.people.of_mention.get(m)?;
        let is_person = ctx
            .people
            .entities
            .get(entity)
            .is_some_and(|e| e.kind == EntityKind::Person);
        (is_person && ctx.people.is_first_mention(m))
            .then(|| ctx.speaker_from_mention(m, "introduced-after"))
            .flatten()
    }
}

/// How far into the sentence after the quotation the relative clause of a cleft may open.
const CLEFT_TOKENS: usize = 8;

/// In the sentence `range`, the person named right after a complementizer and a verb group
/// (« C'est le constat que dresse Julie Bouchard ») or right after a complementizer and before
/// a verb ("That is what Jane Doe told …", « C'est ce que Julie Bouchard dénonce »).
fn cleft_speaker(ctx: &Context, range: std::ops::Range<usize>) -> Option<usize> {
    // (« C' » is written with its apostrophe in the list)
    let first = ctx.token_word(range.start);
    let elided = ctx.is_apostrophe(range.start + 1)
        && ctx
            .lex
            .is_cleft_opener(format!("{}'", ctx.word(range.start)).as_str());
    if !ctx.lex.is_cleft_opener(first) && !elided {
        return None;
    }
    let end = range.end.min(range.start + CLEFT_TOKENS);
    let k = (range.start + 1..end).find(|&k| {
        ctx.lex.is_complementizer(ctx.token_word(k))
            || ctx.lex.is_relative_pronoun(ctx.token_word(k))
    })?;
    let after = crate::text::past_elision(ctx.text, &ctx.tokens, k + 1).max(k + 1);
    // (the verb of the relative clause need not be a reporting verb: « que dresse »)
    let at = super::verb_group_at(ctx, after).unwrap_or_else(|| {
        let verb = ctx
            .tokens
            .get(after)
            .is_some_and(|t| t.is_word() && !t.starts_uppercase(ctx.text));
        if verb && ctx.mention_at(after + 1).is_some() {
            after + 1
        } else {
            after
        }
    });
    let m = ctx.mention_at(at)?;
    let person = ctx
        .people
        .entity_of(m)
        .is_some_and(|e| e.kind == EntityKind::Person);
    let speaks = at > after
        || ctx
            .token_after_mention(m)
            .is_some_and(|e| super::verb_group_at(ctx, e).is_some());
    (person && speaks).then_some(m)
}

/// The name in apposition to a role opening the sentence `range`: « L’adjoint chargé de
/// l’éducation, Karim Haddad, défend … », "The council's new finance chief, Ana Ruiz, said".
fn role_apposition(ctx: &Context, range: std::ops::Range<usize>) -> Option<usize> {
    let (at, n) =
        crate::attribute::context::definite_role_at(ctx.text, &ctx.tokens, ctx.lex, range.start)?;
    let m = super::person_in_apposition(ctx, at + n)?;
    // the apposition closes with a comma: "… , Karim Haddad, défend"
    (ctx.word(ctx.token_after_mention(m)?) == ",").then_some(m)
}

/// Whether a quotation before `quote` lies in the paragraph before `paragraph`.
fn quoted_in_paragraph_before(ctx: &Context, quote: usize, paragraph: usize) -> bool {
    let Some(before) = paragraph
        .checked_sub(1)
        .and_then(|p| ctx.doc.paragraphs.get(p))
    else {
        return false;
    };
    // Quotations come sorted by start: only those back to that paragraph are read.
    ctx.quotes
        .get(..quote)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take_while(|o| o.span.end > before.start)
        .any(|o| o.span.start < before.end)
}
