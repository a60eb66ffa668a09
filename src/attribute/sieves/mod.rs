//! The speaker sieves, tried in order; the first that names a speaker wins and its name and
//! confidence go into the output. Each sieve is one file with one job. To find where a
//! quotation got its speaker, look up the `rule` of the output here.

mod according_to;
mod after_quote;
mod before_quote;
mod continuation;
mod sentence_subject;

pub(crate) use according_to::in_sentence as according_to_speaker;

use super::SpeakerRef;
use super::context::Context;

/// One attribution rule: a quotation in, perhaps a speaker out.
pub trait Sieve: Sync {
    /// Confidence reported with the speakers this sieve names.
    fn confidence(&self) -> f32;
    /// `earlier` holds the speakers already found for the quotations before `quote`.
    fn find(
        &self,
        ctx: &Context,
        quote: usize,
        earlier: &[Option<SpeakerRef>],
    ) -> Option<SpeakerRef>;
}

/// The sieves in the order they are tried: the syntax right around the marks first, then
/// the sentence, then the discourse.
pub fn all() -> [(&'static str, &'static dyn Sieve); 5] {
    [
        ("after-quote", &after_quote::AfterQuote),
        ("before-quote", &before_quote::BeforeQuote),
        ("according-to", &according_to::AccordingTo),
        ("sentence-subject", &sentence_subject::SentenceSubject),
        ("continuation", &continuation::Continuation),
    ]
}

/// The speaker named by the noun phrase starting at token `i`: a name (after an optional
/// title), a pronoun (resolved backwards from `before`), or a role noun with its
/// determiner ("la cofondatrice", "the minister"), itself followed or not by a name.
pub(crate) fn subject_at(
    ctx: &Context,
    i: usize,
    before: usize,
    rule: &'static str,
    pronoun_rule: &'static str,
    role_rule: &'static str,
) -> Option<SpeakerRef> {
    let tok = ctx.tokens.get(i)?;
    let word = tok.text(ctx.text);
    if let Some(m) = ctx.mention_at(i) {
        return ctx.speaker_from_mention(m, rule);
    }
    if ctx.lex.title(word).is_some() {
        let after = if ctx.word(i + 1) == "." { i + 2 } else { i + 1 };
        if let Some(m) = ctx.mention_at(after) {
            return ctx.speaker_from_mention(m, rule);
        }
    }
    if let Some(p) = ctx.lex.pronoun(word) {
        return ctx.resolve_pronoun(before, p, tok.range.clone(), pronoun_rule);
    }
    // Determiner (one word, or elided "l’") then a role noun.
    for skip in [1usize, 2, 0] {
        let j = i + skip;
        if skip == 2 && !ctx.word(i + 1).chars().all(crate::text::is_apostrophe) {
            continue;
        }
        if let Some((n, _)) = ctx.lex.role_nouns.match_at(ctx.text, &ctx.tokens, j) {
            // "le PDG Mark Zuckerberg" / "the chief executive, Jane Doe,": the name wins.
            let after = if ctx.word(j + n) == "," {
                j + n + 1
            } else {
                j + n
            };
            if let Some(m) = ctx.mention_at(after) {
                return ctx.speaker_from_mention(m, rule);
            }
            let role: Vec<&str> = (j..j + n).map(|k| ctx.word(k)).collect();
            let role = crate::text::fold(&role.join(" "));
            let range = tok.range.start
                ..ctx
                    .tokens
                    .get(j + n - 1)
                    .map_or(tok.range.end, |t| t.range.end);
            return ctx.resolve_role(before, &role, range, role_rule);
        }
    }
    None
}

/// The token index just past a verb group starting at `i` ("a déclaré", "s’est félicité",
/// "lança", "has said"), with the verb's lemma, if one starts there.
pub(crate) fn verb_group_at(ctx: &Context, i: usize) -> Option<usize> {
    let mut j = i;
    // Auxiliaries and reflexive pronouns, possibly several ("s’est", "a", "has also").
    for _ in 0..4 {
        match ctx.lex.auxiliaries.match_at(ctx.text, &ctx.tokens, j) {
            Some((n, ())) if ctx.lex.reporting_verb(ctx.word(j)).is_none() => j += n,
            _ => break,
        }
    }
    ctx.lex.reporting_verb(ctx.word(j))?;
    Some(j + 1)
}

/// An inverted verb with its pronoun in one token: "déclare-t-il", "a-t-elle" (then the
/// participle), "dit-il". Returns the pronoun info, the token index past the verb group.
pub(crate) fn inverted_at(ctx: &Context, i: usize) -> Option<(crate::lexicon::PronounInfo, usize)> {
    let word = ctx.word(i);
    let (head, pronoun) = word.rsplit_once('-')?;
    let info = ctx.lex.pronoun(pronoun)?;
    let verb = head.strip_suffix("-t").unwrap_or(head);
    if ctx.lex.reporting_verb(verb).is_some() {
        return Some((info, i + 1));
    }
    let aux = ctx.lex.auxiliaries.contains_phrase(verb);
    if aux && ctx.lex.reporting_verb(ctx.word(i + 1)).is_some() {
        return Some((info, i + 2));
    }
    None
}
