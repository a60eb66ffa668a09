//! Names of organisations reach past their capitals: « Commission européenne », « Fédération
//! des grands vins de Bordeaux », "Department for Education", "the Dutch economy ministry",
//! « le ministère de la Transition écologique », « l’agence régionale de santé ». These
//! rules extend a mention over the adjectives and complements an organisation's name takes
//! in each language, or make a mention of a common-noun phrase that names an institution.

use crate::lexicon::Lexicon;
use crate::text::{Token, TokenKind, Word, is_apostrophe, starts_uppercase};

/// How many words a complement may run before its capitalised word ("des grands vins de
/// Bordeaux").
const COMPLEMENT_WORDS: usize = 5;

fn word<'a>(text: &'a str, tokens: &[Token], k: usize) -> &'a str {
    tokens.get(k).map_or("", |t| t.text(text))
}

/// Token `k` as a lexicon lookup (an empty word past the end).
fn token_word<'a>(text: &'a str, tokens: &[Token], k: usize) -> Word<'a> {
    tokens.get(k).map_or(Word::from(""), |t| t.word(text))
}

fn is_lower_word(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.starts_uppercase(text))
}

/// Words that end a noun phrase: verbs and auxiliaries ("assure", "a", "said").
fn ends_phrase(text: &str, tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    let w = token_word(text, tokens, k);
    lex.reporting_verb(w).is_some()
        || lex.auxiliaries.match_at(text, tokens, k).is_some()
        || lex.pronoun(w).is_some()
}

/// Adjectives after the noun (French): « européenne », « régionale », « écologique ».
pub fn adjectives(text: &str, tokens: &[Token], mut k: usize, lex: &Lexicon) -> usize {
    let mut n = 0;
    while n < 2
        && is_lower_word(text, tokens, k)
        && lex.is_postnominal_adjective(word(text, tokens, k))
        && !ends_phrase(text, tokens, k, lex)
    {
        k += 1;
        n += 1;
    }
    n
}

/// A complement "de la Transition", "des grands vins de Bordeaux", "for Education" starting
/// at `k`: the token index past it, when it reaches a capitalised word (or, with
/// `lowercase_ok`, any noun: « de santé »).
fn complement(
    text: &str,
    tokens: &[Token],
    k: usize,
    lex: &Lexicon,
    lowercase_ok: bool,
) -> Option<usize> {
    if !lex.is_complement_word(token_word(text, tokens, k)) {
        return None;
    }
    let mut j = k + 1;
    let mut last_capital = None;
    let mut last_word = None;
    // (an elision's apostrophe is no word of its own: « de l’hôpital d’Avallon » is as long
    // as « de la clinique de Vesoul »)
    let mut words = 0;
    while words < COMPLEMENT_WORDS + 2 {
        let tok = tokens.get(j)?;
        let w = tok.text(text);
        if tok.kind == TokenKind::Punct {
            if w.chars().all(is_apostrophe) {
                j += 1;
                continue;
            }
            break;
        }
        words += 1;
        // A capital inside the complement is a name even when it spells a verb too (« du
        // Jura », jura being « jurer » in the passé simple).
        if starts_uppercase(w) {
            last_capital = Some(j);
        } else if ends_phrase(text, tokens, j, lex) {
            break;
        } else if !lex.is_complement_word(tok.word(text)) && w.chars().count() > 3 {
            last_word = Some(j);
        }
        j += 1;
    }
    match (last_capital, last_word) {
        (Some(c), _) => Some(c + 1 + adjectives(text, tokens, c + 1, lex)),
        (None, Some(w)) if lowercase_ok => Some(w + 1),
        _ => None,
    }
}

/// How far a capitalised name whose words include an organisation word extends: over
/// following adjectives and a complement (« Commission européenne », "Bank of England").
/// A name that is the organisation word alone takes a short lowercase complement closed by
/// punctuation or a verb too (« l’Union des bailleurs solidaires, », « la Fédération des
/// promoteurs réclame »): « Union » alone names nothing.
pub fn extend_after(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    lex: &Lexicon,
) -> usize {
    let bare = end - start == 1;
    let mut end = end + adjectives(text, tokens, end, lex);
    if let Some(after) = spelled_by_acronym(text, tokens, start, end, lex) {
        end = after;
    } else if let Some(after) = complement(text, tokens, end, lex, false) {
        end = after;
        // « Banque centrale des États de l’Afrique de l’Ouest »: a second complement.
        if let Some(after) = complement(text, tokens, end, lex, false) {
            end = after;
        }
    } else if bare
        && let Some(after) = complement(text, tokens, end, lex, true).filter(|&after| {
            let closed = tokens.get(after).is_none_or(|t| t.kind == TokenKind::Punct)
                || ends_phrase(text, tokens, after, lex);
            closed && after - end <= SHORT_COMPLEMENT + 1
        })
    {
        end = after;
    }
    end
}

/// How many words a name spelled out before its acronym may have.
const ACRONYM_LETTERS: usize = 8;

/// « la Fédération des lieux et festivals indépendants (FLFI) », « Centre hospitalier
/// Meuse-Ardenne (CHMA) »: the name `start..end` and the words after it, up to a parenthesis
/// that holds the initials of them all (function words left out, the parts of a hyphenated
/// word counted apart), are one name. Returns the token index past it.
pub fn spelled_by_acronym(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    lex: &Lexicon,
) -> Option<usize> {
    // Read for every capitalised name: most have no parenthesis after them, and no initials
    // are gathered for those.
    let window = end..end + ACRONYM_LETTERS * 2;
    if !window.clone().any(|k| word(text, tokens, k) == "(") {
        return None;
    }
    let mut initials = String::new();
    for k in start..window.end {
        let tok = tokens.get(k)?;
        let w = tok.text(text);
        if w == "(" {
            let acronym = word(text, tokens, k + 1);
            // ("AViQ", "CoR": the capitals spell the initials, a lowercase letter or two
            // may stand between them)
            let capitals = || acronym.chars().filter(|c| c.is_uppercase());
            let lowercase = acronym.chars().filter(|c| c.is_lowercase()).count();
            let matches = k > end
                && word(text, tokens, k + 2) == ")"
                && capitals().count() >= 2
                && acronym.chars().next().is_some_and(char::is_uppercase)
                && acronym.chars().all(char::is_alphabetic)
                && lowercase * 2 < capitals().count()
                && capitals().eq(initials.chars());
            return matches.then_some(k);
        }
        if w.chars().all(is_apostrophe)
            || (k > start && !w.is_empty() && w.chars().all(crate::text::is_hyphen))
        {
            continue;
        }
        // "Meuse-Ardenne" gives M and A
        let push_initials = |initials: &mut String| {
            for part in w.split(crate::text::is_hyphen).filter(|p| !p.is_empty()) {
                initials.extend(part.chars().next().into_iter().flat_map(char::to_uppercase));
            }
        };
        if k < end {
            if tok.kind == TokenKind::Word && !lex.is_complement_word(tok.word(text)) {
                push_initials(&mut initials);
            }
            continue;
        }
        // (a capitalised word inside the name is no verb nor function word: « de l’Est de
        // Montréal »)
        if tok.kind != TokenKind::Word
            || (!tok.starts_uppercase(text) && ends_phrase(text, tokens, k, lex))
        {
            return None;
        }
        let function_word = !tok.starts_uppercase(text)
            && (lex.is_complement_word(tok.word(text))
                || lex.is_name_stop(tok.word(text))
                || lex.is_initials_skipped(tok.word(text))
                || lex.is_indefinite_article(tok.word(text))
                || lex.definite_determiner_at(text, tokens, k).is_some());
        if !function_word {
            push_initials(&mut initials);
        }
    }
    None
}

/// How many lowercase words an organisation's name may carry after its capitals.
const LOWERCASE_NAME_WORDS: usize = 4;

/// After a name introduced by an organisation noun (« l’association Droit au logement
/// digne, qui … »), the lowercase words up to the next punctuation belong to the name, when
/// they are few and hold no verb or pronoun. Returns the token index past the name.
pub fn extend_lowercase_name(text: &str, tokens: &[Token], end: usize, lex: &Lexicon) -> usize {
    let mut k = end;
    while k < end + LOWERCASE_NAME_WORDS + 1 {
        let Some(tok) = tokens.get(k) else { return end };
        // « la direction du CHMA dans un communiqué »: where the statement starts, the name
        // has ended.
        if lex.statement_openers.match_at(text, tokens, k).is_some() {
            return k;
        }
        if tok.kind == TokenKind::Punct {
            return if tok.text(text).chars().all(is_apostrophe) {
                end
            } else {
                k
            };
        }
        if tok.starts_uppercase(text)
            || ends_phrase(text, tokens, k, lex)
            || lex.is_name_stop(tok.word(text))
            || object_article(text, tokens, k, lex)
        {
            return end;
        }
        k += 1;
    }
    end
}

/// A bare article after a word that is no preposition: the name has ended and a verb took
/// an object (« le consortium Mareval porte le projet »); « Droit au logement », « Patients
/// en première ligne » keep theirs.
fn object_article(text: &str, tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    lex.definite_determiner_at(text, tokens, k).is_some()
        && !lex.is_preposition(word(text, tokens, k))
        && k > 0
        && !lex.is_preposition(word(text, tokens, k - 1))
}

/// "the Dutch economy ministry": a capitalised name, up to two lowercase words, then an
/// organisation noun. Returns the token index past the noun.
pub fn premodified(text: &str, tokens: &[Token], end: usize, lex: &Lexicon) -> Option<usize> {
    // No organisation noun can start in the window: nothing to look up.
    let window = tokens.get(end..(end + 3).min(tokens.len())).unwrap_or(&[]);
    if !window.iter().any(|t| lex.organisation_nouns.may_start(t)) {
        return None;
    }
    // ("Launching the fund": a determiner opens another phrase; the capitalised word was a
    // participle opening the sentence)
    let determiner = |k: usize| {
        lex.definite_determiner_at(text, tokens, k).is_some()
            || lex.is_indefinite_article(word(text, tokens, k))
    };
    (end..end + 3)
        .take_while(|&k| {
            is_lower_word(text, tokens, k) && !ends_phrase(text, tokens, k, lex) && !determiner(k)
        })
        .find_map(|k| {
            lex.organisation_nouns
                .match_at(text, tokens, k)
                .map(|(n, ())| (k, n))
        })
        // "the Luxembourg company", "the Dutch group": a business described by its place,
        // the company named earlier
        .filter(|&(k, n)| !(k == end && n == 1 && lex.is_company_noun(token_word(text, tokens, k))))
        .map(|(k, n)| k + n)
}

/// A common-noun phrase naming an institution, after a determiner: an organisation noun
/// with an adjective or a complement (« le ministère de la Transition écologique »,
/// « l’agence régionale de santé »). A bare « le ministère » is an anaphor, not a name.
/// Returns the token index past the phrase.
pub fn common_noun_phrase(text: &str, tokens: &[Token], at: usize, lex: &Lexicon) -> Option<usize> {
    // Most tokens start no organisation noun: that bit test is the cheapest rejection.
    if at == 0
        || !tokens
            .get(at)
            .is_some_and(|t| lex.organisation_nouns.may_start(t))
        || !is_lower_word(text, tokens, at)
    {
        return None;
    }
    let det = word(text, tokens, at - 1);
    // « un diocèse rural », « ce diocèse de l’est » describe or point back: no name.
    let det_word = token_word(text, tokens, at - 1);
    if lex.is_indefinite_article(det_word) || lex.is_demonstrative(det_word) {
        return None;
    }
    // « Le ministère de la Santé » opening a sentence has its determiner capitalised. A bare
    // preposition, elided or not, determines nothing: « un conseil d’entreprise
    // extraordinaire », « un chef de service hospitalier » name no institution.
    let bare_preposition = |w: Word| lex.is_preposition(w) && !lex.is_contracted_article(w);
    let after_determiner = if det.chars().all(is_apostrophe) {
        !(at >= 2 && bare_preposition(token_word(text, tokens, at - 2)))
    } else {
        // (a word: « La cave des Grands Coteaux, coopérative de 60 adhérents » holds no
        // determiner before its apposition)
        det.chars().count() <= 3
            && det.chars().all(char::is_alphabetic)
            && !starts_uppercase(det)
            && !bare_preposition(det_word)
    } || lex
        .definite_determiners
        .match_at(text, tokens, at - 1)
        .is_some();
    if !after_determiner {
        return None;
    }
    // « la direction de Northbridge » is Northbridge speaking through its management: the
    // name in the complement is the mention, not a new institution.
    if governed_name(text, tokens, at, lex).is_some() {
        return None;
    }
    let (n, ()) = lex.organisation_nouns.match_at(text, tokens, at)?;
    // « la direction du groupe », « la direction de l’hôpital »: a governing body speaks for
    // the organisation of its complement, itself named (or not) by its own noun phrase
    if governed_noun(text, tokens, at, n, lex).is_some() {
        return None;
    }
    let mut end = at + n;
    let adjectives = adjectives(text, tokens, end, lex);
    end += adjectives;
    // « la compagnie aérienne genevoise Helvair »: the noun introduces the name after it,
    // maybe past an adjective the suffix list does not know.
    let name_follows = (end..end + 2)
        .find(|&k| {
            !is_lower_word(text, tokens, k) || lex.is_complement_word(token_word(text, tokens, k))
        })
        .and_then(|k| tokens.get(k))
        .is_some_and(|t| t.is_word() && t.starts_uppercase(text));
    if name_follows {
        return None;
    }
    // « l'entreprise eschoise », « le groupe lyonnais »: a business described, the company
    // named earlier; only a complement names one (« la Société nationale des chemins de fer »)
    let described_business = n == 1 && lex.is_company_noun(token_word(text, tokens, at));
    match complement(text, tokens, end, lex, adjectives > 0) {
        Some(after) => Some(after),
        None if adjectives > 0 && !described_business => Some(end),
        // « la chambre des notaires assure … »: a short lowercase complement names the
        // institution when a verb or a punctuation mark closes it right away.
        None => complement(text, tokens, end, lex, true).filter(|&after| {
            let closed = tokens.get(after).is_none_or(|t| t.kind == TokenKind::Punct)
                || ends_phrase(text, tokens, after, lex);
            closed && after - end <= SHORT_COMPLEMENT
        }),
    }
}

/// « la direction de l’hôpital », "the board of the trust": when the organisation noun at
/// `j` (`n` tokens) is a governing body's, the organisation noun of its complement (start,
/// length).
pub fn governed_noun(
    text: &str,
    tokens: &[Token],
    j: usize,
    n: usize,
    lex: &Lexicon,
) -> Option<(usize, usize)> {
    lex.governing_nouns.match_at(text, tokens, j)?;
    let k = j + n;
    if !lex.is_complement_word(token_word(text, tokens, k)) {
        return None;
    }
    let mut at = crate::text::past_elision(text, tokens, k + 1);
    if lex.definite_determiner_at(text, tokens, at).is_some() {
        at = crate::text::past_elision(text, tokens, at + 1);
    }
    let (m, ()) = lex.organisation_nouns.match_at(text, tokens, at)?;
    Some((at, m))
}

/// After a governing noun at `at` (« direction », "board"), the token where the name of
/// the organisation it belongs to starts: « de Northbridge », « du groupe Soltek » excluded
/// (a lowercase noun first), "of Halvorsen".
pub fn governed_name(text: &str, tokens: &[Token], at: usize, lex: &Lexicon) -> Option<usize> {
    let (n, ()) = lex.governing_nouns.match_at(text, tokens, at)?;
    let k = at + n;
    if !lex.is_complement_word(token_word(text, tokens, k)) {
        return None;
    }
    (k + 1..k + 4)
        .take_while(|&j| {
            let w = word(text, tokens, j);
            !w.is_empty()
                && (w.chars().all(is_apostrophe) || w.chars().count() <= 3 || starts_uppercase(w))
        })
        .find(|&j| starts_uppercase(word(text, tokens, j)))
}

/// Tokens in a lowercase complement that may close an institution's name (« des notaires »).
const SHORT_COMPLEMENT: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::text::tokenize;

    fn phrase(text: &str, at: usize, lang: Lang) -> Option<String> {
        let tokens = tokenize(text, 0..text.len());
        let end = common_noun_phrase(text, &tokens, at, Lexicon::get(lang))?;
        Some(text[tokens[at].range.start..tokens[end - 1].range.end].to_string())
    }

    #[test]
    fn institutions_named_by_common_nouns() {
        assert_eq!(
            phrase(
                "le ministère de la Transition écologique a répondu",
                1,
                Lang::Fr
            )
            .as_deref(),
            Some("ministère de la Transition écologique")
        );
        assert_eq!(
            phrase("l’agence régionale de santé assure", 2, Lang::Fr).as_deref(),
            Some("agence régionale de santé")
        );
        assert_eq!(phrase("le ministère a répondu", 1, Lang::Fr), None);
        assert_eq!(
            phrase("la chambre des notaires assure", 1, Lang::Fr).as_deref(),
            Some("chambre des notaires")
        );
        assert_eq!(
            phrase(
                "le groupe de travail sur les retraites se réunit",
                1,
                Lang::Fr
            ),
            None
        );
    }

    #[test]
    fn capitalised_names_extend_over_adjectives_and_complements() {
        // Where the name at tokens `start..end` of `text` ends once extended.
        let extended = |text: &str, start: usize, end: usize, lang: Lang| {
            let tokens = tokenize(text, 0..text.len());
            extend_after(text, &tokens, start, end, Lexicon::get(lang))
        };
        let fr = Lang::Fr;
        assert_eq!(extended("la Commission européenne a infligé", 1, 2, fr), 3);
        assert_eq!(
            extended("la Fédération des grands vins de Bordeaux a", 1, 2, fr),
            7
        );
        assert_eq!(
            extended("the Department for Education said", 1, 2, Lang::En),
            4
        );
        // A bare organisation word takes a short lowercase complement closed by a verb.
        let text = "l’Union des bailleurs solidaires réclame";
        assert_eq!(extended(text, 2, 3, fr), 6);
        assert_eq!(extended(text, 1, 3, fr), 3);
        // A longer one when the parenthesis after it holds its initials.
        let text = "la Fédération des lieux et festivals indépendants (FLFI) dénonce";
        assert_eq!(extended(text, 1, 2, fr), 7);
        let text = "la Fédération des lieux et festivals indépendants (FNSEA) dénonce";
        assert_eq!(extended(text, 1, 2, fr), 2);
        // "Meuse-Ardenne" is one token, spelled M and A
        let text = "du Centre hospitalier Meuse-Ardenne (CHMA) fermera";
        assert_eq!(extended(text, 1, 2, fr), 4);
        let en = Lexicon::get(Lang::En);
        let text = "The Dutch economy ministry said";
        let tokens = tokenize(text, 0..text.len());
        assert_eq!(premodified(text, &tokens, 2, en), Some(4));
    }
}
