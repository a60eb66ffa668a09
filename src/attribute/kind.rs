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
    let open = ctx.open_token(quote);
    if open > 0
        && let Some(marker) = ctx.quote_term_marker(quote)
    {
        // "in what she called ‘the biggest drive’", "Smith called it “X”", "in what a judge
        // called “…”": someone's words.
        let by_someone = marker > 0
            && (ctx.lex.pronoun(ctx.token_word(marker - 1)).is_some()
                || ctx
                    .lex
                    .role_nouns
                    .match_ending_at(ctx.text, &ctx.tokens, marker)
                    .is_some()
                || ctx.mentions_ending_before(marker).is_some_and(|m| {
                    ctx.people
                        .entity_of(m)
                        .is_some_and(|e| e.kind == super::people::EntityKind::Person)
                }));
        if !by_someone {
            return QuoteKind::Term;
        }
    }
    if named_after(ctx, quote) {
        return QuoteKind::Term;
    }
    let sentence_start = ctx
        .quote_sentence(quote)
        .and_then(|s| ctx.sentence_tokens.get(s))
        .map_or(0, |r| r.start);
    if open == sentence_start || (open > 0 && matches!(ctx.word(open - 1), ":" | "—" | "–")) {
        return QuoteKind::Full;
    }
    let inner = ctx.doc.slice(&q.inner());
    if is_designation(inner) || named_by_noun(ctx, open, inner) {
        return QuoteKind::Term;
    }
    let ends_sentence = inner.trim_end().ends_with(['.', '!', '?', '…']);
    if starts_uppercase(inner) && ends_sentence && inner.split_whitespace().count() > 3 {
        return QuoteKind::Full;
    }
    QuoteKind::Partial
}

/// « le « bateau des soignants », comme les Arzois surnomment la rotation du soir », "the
/// “Mother Road”, as locals call it": a clause after the quotation says how people name the
/// thing; nobody is quoted. A person's name or pronoun right after the opener is someone's
/// coinage ("as she calls it"), left to the sieves; « on », "they", "it" are anyone.
fn named_after(ctx: &Context, quote: usize) -> bool {
    let mut k = ctx.close_token(quote);
    if ctx.word(k) == "," {
        k += 1;
    }
    if !ctx.lex.is_naming_opener(ctx.token_word(k)) {
        return false;
    }
    let subject = k + 1;
    let someone = ctx.lex.pronoun(ctx.token_word(subject)).is_some_and(|p| {
        !p.plural
            && p.gender != crate::lexicon::Gender::Neuter
            && !ctx.lex.is_impersonal_pronoun(ctx.token_word(subject))
    }) || ctx
        .mention_at(subject)
        .and_then(|m| ctx.people.entity_of(m))
        .is_some_and(|e| e.kind == super::people::EntityKind::Person);
    !someone
        && (subject..subject + 5)
            .take_while(|&j| {
                ctx.tokens
                    .get(j)
                    .is_some_and(|t| t.is_word() || t.is_apostrophe(ctx.text))
            })
            .any(|j| ctx.lex.is_naming_verb(ctx.token_word(j)))
}

/// « le plan « Ville verte » », « l'opération « Place nette » »: a short quotation opening with
/// a capital right after a designation noun (`designation_nouns.txt`) names what the noun
/// stands for. Sentence case, as French writes names; « a jugé le plan « insuffisant » » is
/// an opinion.
fn named_by_noun(ctx: &Context, open: usize, inner: &str) -> bool {
    /// Longer than any name.
    const NAME_WORDS: usize = 5;
    open > 0
        && ctx.lex.is_designation_noun(ctx.token_word(open - 1))
        && starts_uppercase(inner)
        && inner.split_whitespace().nth(NAME_WORDS).is_none()
        && !inner.trim_end().ends_with(['.', '!', '?', ','])
}

/// A short quotation in title case inside a sentence (« Mittelstand », “Super Connectors”,
/// « les Irréductibles », « Les Rouge et Noir du Girou », “Friends of the Earth”) is a name
/// or a nickname, not someone's words. Short lowercase words (articles, « et », "of") may
/// stand before and between the capitalised words, not after the last.
fn is_designation(inner: &str) -> bool {
    // Seven words at most are read: a longer quotation is no designation, however long.
    let words: Vec<&str> = inner.split_whitespace().take(7).collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let short_lowercase = |w: &&str| w.chars().count() <= 3 && !starts_uppercase(w);
    let content: Vec<&&str> = words.iter().skip_while(|w| short_lowercase(w)).collect();
    let capitalised = content.iter().filter(|w| starts_uppercase(w)).count();
    // without connectors, four capitalised words at most
    let plain = content.len() == capitalised && capitalised <= 4;
    let with_connectors = capitalised >= 2
        && content
            .iter()
            .all(|w| starts_uppercase(w) || short_lowercase(w))
        && content.last().is_some_and(|w| starts_uppercase(w));
    !content.is_empty() && (plain || with_connectors) && !inner.ends_with(['.', '!', '?', ','])
}

#[cfg(test)]
mod tests {
    use super::is_designation;

    #[test]
    fn title_case_fragments_are_designations() {
        assert!(is_designation("Mittelstand"));
        assert!(is_designation("les Irréductibles"));
        assert!(is_designation("Super Connectors"));
        assert!(is_designation("Les Rouge et Noir du Girou"));
        assert!(is_designation("Friends of the Earth"));
        assert!(!is_designation("On y va"));
        assert!(!is_designation("Je ne sais pas"));
        assert!(!is_designation("impasse"));
        assert!(!is_designation("Non."));
        assert!(!is_designation("We will win"));
    }
}
