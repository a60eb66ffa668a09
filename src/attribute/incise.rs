//! French incises inside the marks: « Nous avons tout essayé, explique-t-elle. Les
//! dotations … » or « …, poursuit le ministre, … ». The incise names the speaker and is not
//! part of the quotation: the quotation's pieces are split around it, and the after-quote
//! sieve reads the incise as if it followed the closing mark.

use std::ops::Range;

use crate::extract::quotes::QuoteSpan;
use crate::lexicon::Lexicon;
use crate::text::{Token, partition_point_from, starts_uppercase, trim_range};

/// Finds the first incise in each top-level quotation and splits its piece around it. A
/// quotation over several paragraphs usually names its speaker in the first one.
pub fn split(text: &str, tokens: &[Token], quotes: &mut [QuoteSpan], lex: &Lexicon) {
    // Quotations come in text order: each one's tokens are searched from the last one's.
    let (mut from, mut from_offset) = (0, 0);
    for q in quotes.iter_mut().filter(|q| q.depth == 0) {
        for i in 0..q.segments.len() {
            let piece = q.segments[i].clone();
            if piece.start < from_offset {
                from = 0;
            }
            let a = partition_point_from(tokens, from, |t| t.range.start < piece.start);
            let b = partition_point_from(tokens, a, |t| t.range.start < piece.end);
            (from, from_offset) = (a, piece.start);
            let Some((incise, resume)) = find(text, tokens, a..b, lex) else {
                continue;
            };
            let before = trim_range(text, piece.start..incise.start);
            let after = trim_range(text, resume..piece.end);
            // An incise closing its piece ("…, a-t-il dit.") is an attribution after the
            // piece, read as such by the after-quote sieve when it is the last.
            if before.is_empty() {
                continue;
            }
            if after.is_empty() {
                if i + 1 < q.segments.len() {
                    q.segments[i] = before;
                    q.incise = Some(incise);
                }
                break;
            }
            q.segments.splice(i..=i, [before, after]);
            q.incise = Some(incise);
            break;
        }
    }
}

/// The incise (from its first word to its closing punctuation) and where the quotation
/// resumes, within tokens `range` of one piece of a quotation.
fn find(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    lex: &Lexicon,
) -> Option<(Range<usize>, usize)> {
    // Tokens are told from a comma by their key first, without reading the text.
    let comma = crate::text::fold_key(",");
    for c in range.clone() {
        let t = tokens.get(c)?;
        if t.key != comma || t.text(text) != "," {
            continue;
        }
        let first = c + 1;
        if first >= range.end || !opens_incise(text, tokens, first, lex) {
            continue;
        }
        let inverted = inverted_group_end(text, tokens, first, lex);
        // An inverted incise may close with a comma ("…, dit-il, que …", « …, a-t-elle
        // ajouté, que … »); any incise closes at the end of its sentence.
        // (the period of a title is no end: « a martelé le président, M. Ibrahima Ndiaye, 71
        // ans. »)
        let end = (first + 1..range.end).find(|&k| {
            let w = tokens.get(k).map_or("", |t| t.text(text));
            let title_period = w == "."
                && tokens.get(k - 1).is_some_and(|t| {
                    t.range.end == tokens[k].range.start && lex.title(t.text(text)).is_some()
                });
            (matches!(w, "." | "!" | "?") && !title_period) || (inverted == Some(k) && w == ",")
        })?;
        let close = tokens.get(end)?;
        return Some((
            tokens.get(first)?.range.start..close.range.end,
            close.range.end,
        ));
    }
    None
}

/// How many lowercase words may stand between an inverted auxiliary and its participle (« a-t-il
/// toutefois ajouté »).
const ADVERBS_BEFORE_PARTICIPLE: usize = 2;

/// An inverted reporting verb at `at` ("explique-t-elle"), or an inverted auxiliary then a
/// reporting participle (« a-t-il affirmé », « avait-elle expliqué »): the token index past
/// the verb group.
fn inverted_group_end(text: &str, tokens: &[Token], at: usize, lex: &Lexicon) -> Option<usize> {
    let (head, pronoun) = tokens.get(at)?.text(text).rsplit_once('-')?;
    lex.pronoun(pronoun)?;
    let verb = head.strip_suffix("-t").unwrap_or(head);
    if lex.reporting_verb(verb).is_some() {
        return Some(at + 1);
    }
    if !lex.auxiliaries.contains_phrase(verb) {
        return None;
    }
    (at + 1..at + 2 + ADVERBS_BEFORE_PARTICIPLE)
        .take_while(|&k| {
            tokens
                .get(k)
                .is_some_and(|t| t.is_word() && !starts_uppercase(t.text(text)))
        })
        .find(|&k| {
            tokens
                .get(k)
                .is_some_and(|t| lex.reporting_verb(t.word(text)).is_some())
        })
        .map(|k| k + 1)
}

/// "explique-t-elle", or a reporting verb followed by its subject: a capitalised name, a
/// title, or a determiner with a role or organisation noun ("poursuit le ministre").
fn opens_incise(text: &str, tokens: &[Token], at: usize, lex: &Lexicon) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    if inverted_group_end(text, tokens, at, lex).is_some() {
        return true;
    }
    // "a lancé la procureure": an auxiliary before the participle.
    // Tokens as lexicon lookups: their keys reject most words without folding them.
    let lookup = |k: usize| tokens.get(k).map_or("".into(), |t| t.word(text));
    let verb = match lex.auxiliaries.match_at(text, tokens, at) {
        Some((n, ())) if lex.reporting_verb(lookup(at)).is_none() => at + n,
        _ => at,
    };
    if lex.reporting_verb(lookup(verb)).is_none() || starts_uppercase(word(at)) {
        return false;
    }
    let next = verb + 1;
    let subject = word(next);
    if starts_uppercase(subject) || lex.title(subject).is_some() {
        return true;
    }
    // A determiner (possibly elided) then a role or organisation noun.
    let noun_at = crate::text::past_elision(text, tokens, next + 1);
    lex.role_nouns.match_at(text, tokens, noun_at).is_some()
        || lex
            .organisation_nouns
            .match_at(text, tokens, noun_at)
            .is_some()
        || lex.title(word(noun_at)).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::document::Document;

    fn pieces(text: &str) -> (Vec<String>, Option<String>) {
        let doc = Document::new("t", text.to_string(), Some(Lang::Fr));
        let mut quotes = crate::extract::quotes::scan(&doc.text, &doc.paragraphs).quotes;
        let tokens = crate::text::tokenize(text, 0..text.len());
        split(text, &tokens, &mut quotes, Lexicon::get(Lang::Fr));
        let q = &quotes[0];
        (
            q.segments
                .iter()
                .map(|s| text[s.clone()].to_string())
                .collect(),
            q.incise.clone().map(|r| text[r].to_string()),
        )
    }

    #[test]
    fn inverted_incise_is_left_out() {
        let (p, i) =
            pieces("« Nous avons tout essayé, explique-t-elle. Les dotations ne suffisent pas. »");
        assert_eq!(
            p,
            ["Nous avons tout essayé,", "Les dotations ne suffisent pas."]
        );
        assert_eq!(i.as_deref(), Some("explique-t-elle."));
    }

    #[test]
    fn named_incise_with_apposition() {
        let (p, i) = pieces("« C’est fini, poursuit le ministre, âgé de 50 ans. On recommence. »");
        assert_eq!(p.len(), 2);
        assert_eq!(i.as_deref(), Some("poursuit le ministre, âgé de 50 ans."));
        let (p, _) = pieces("« Je pense, dit-il, que c’est fini. »");
        assert_eq!(p, ["Je pense,", "que c’est fini."]);
    }

    #[test]
    fn inverted_auxiliary_then_participle_is_an_incise() {
        let (p, i) = pieces(
            "« Sans ce plan, c’est la fermeture, a-t-il affirmé. Je préfère le dire franchement. »",
        );
        assert_eq!(
            p,
            [
                "Sans ce plan, c’est la fermeture,",
                "Je préfère le dire franchement."
            ]
        );
        assert_eq!(i.as_deref(), Some("a-t-il affirmé."));
        let (p, i) = pieces("« Je pense, avait-elle toutefois ajouté, que c’est fini. »");
        assert_eq!(p, ["Je pense,", "que c’est fini."]);
        assert_eq!(i.as_deref(), Some("avait-elle toutefois ajouté,"));
        // an auxiliary of no reporting participle opens nothing
        let (p, i) = pieces("« C’est fini, a-t-il fallu admettre. On recommence. »");
        assert_eq!(p.len(), 1);
        assert!(i.is_none());
    }

    #[test]
    fn the_period_of_a_title_does_not_close_an_incise() {
        let (p, i) = pieces(
            "« Le prix ne couvre pas nos charges, a martelé le président de l’Upas, M. Ibrahima \
             Ndiaye, 71 ans. Un hectare nous revient cher. »",
        );
        assert_eq!(
            p,
            [
                "Le prix ne couvre pas nos charges,",
                "Un hectare nous revient cher."
            ]
        );
        assert_eq!(
            i.as_deref(),
            Some("a martelé le président de l’Upas, M. Ibrahima Ndiaye, 71 ans.")
        );
    }

    #[test]
    fn ordinary_commas_are_no_incise() {
        let (p, i) = pieces("« Nous avons tout essayé, et rien ne marche. »");
        assert_eq!(p.len(), 1);
        assert!(i.is_none());
    }
}
