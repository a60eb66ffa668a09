//! Quote verdicts. The draft's words are normalised for comparison only (NFKC, marks,
//! apostrophes, dashes, spaces and case folded), compared with the ledger quotes that share
//! their rarest words, and judged: verified, fragment (contiguous pieces, ellipses allowed),
//! altered (close by word edit distance), misattributed (another person's words),
//! unverified or unattributed. A match on a translation says so.

use super::diff::{best_window, describe, find_run, similarity};
use super::{LedgerRef, Rule, Verdict};
use crate::attribute::{Quote, QuoteKind, Speaker};
use crate::ledger::{Ledger, LedgerQuote, Query, normalize_words};

/// Below this word similarity a ledger quote is someone else's sentence, not an altered one.
const ALTERED_THRESHOLD: f64 = 0.6;
/// Fragments this short ("jeune") match too many sentences to prove anything by
/// closeness; they are only ever verified exactly.
const MIN_WORDS_FOR_ALTERED: usize = 3;

#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Match {
    Close(f64),
    Fragment,
    Exact,
}

pub fn check_quote(text: &str, quote: &Quote, ledger: &Ledger) -> Verdict {
    check_quote_with(text, quote, ledger, None)
}

/// [`check_quote`] with the similarity threshold of the configuration, if any.
pub fn check_quote_with(
    text: &str,
    quote: &Quote,
    ledger: &Ledger,
    altered_threshold: Option<f64>,
) -> Verdict {
    let altered_threshold = altered_threshold.unwrap_or(ALTERED_THRESHOLD);
    if quote.kind == QuoteKind::Term {
        return Verdict {
            rule: Rule::QuoteTerm,
            message: "a designation in quotation marks, not speech: not checked against the ledger"
                .into(),
            ledger: None,
        };
    }
    // An unnamed spokesperson's words are checked as the organisation's they speak for.
    let voice = quote.speaker.as_ref().or(quote.on_behalf_of.as_ref());
    let who = |s: &Speaker| match &quote.speaker {
        Some(_) => s.name.clone(),
        None => format!("a spokesperson for {}", s.name),
    };
    let raw = quote.span.text(text);
    // Compared as ids of the ledger's vocabulary: the index keeps no word strings.
    let index = &ledger.quote_index;
    let mut query = Query::default();
    let draft_words = normalize_words(&raw);
    let words = index.ids(&draft_words, &mut query);
    let pieces: Vec<Vec<u32>> = split_ellipses(&raw)
        .iter()
        .map(|p| index.ids(&normalize_words(p), &mut query))
        .filter(|p| !p.is_empty())
        .collect();

    // The best match, preferring a ledger quote of the draft's own speaker on ties.
    let mut best: Option<(Match, bool, &LedgerQuote, Option<&str>, usize)> = None;
    for entry in index.candidates(&words) {
        let Some(lq) = ledger.quotes.get(entry.quote) else {
            continue;
        };
        let translation = entry
            .translation
            .and_then(|t| lq.translations.get(t))
            .map(|(lang, _)| lang.as_str());
        let m = if entry.words == words {
            Match::Exact
        } else if is_fragment(entry.words, &pieces) {
            Match::Fragment
        } else if words.len() >= MIN_WORDS_FOR_ALTERED {
            let (s, _) = best_window(&words, entry.words);
            let s = s.max(similarity(&words, entry.words));
            if s < altered_threshold {
                continue;
            }
            Match::Close(s)
        } else {
            continue;
        };
        let same = same_speaker(voice, lq, ledger);
        let better = best
            .as_ref()
            .is_none_or(|(bm, bs, ..)| (m, same) > (*bm, *bs));
        if better {
            best = Some((m, same, lq, translation, entry.quote));
        }
    }

    let Some((m, same, lq, translation, _)) = best else {
        return match voice {
            None => Verdict {
                rule: Rule::QuoteUnattributed,
                message: "no speaker could be found for this quotation".into(),
                ledger: None,
            },
            Some(s) => Verdict {
                rule: Rule::QuoteUnverified,
                message: format!(
                    "no ledger quote of {} (or anyone) matches these words",
                    who(s)
                ),
                ledger: None,
            },
        };
    };
    let lref = Some(LedgerRef {
        id: lq.id.clone(),
        source: lq.source.clone(),
    });
    let owner = ledger
        .person(&lq.speaker)
        .map_or(lq.speaker.as_str(), |p| p.name.as_str());
    let via = translation
        .map(|l| format!(" (its {l} translation)"))
        .unwrap_or_default();
    match (m, voice) {
        (Match::Close(_), _) => {
            let ledger_text = match translation {
                Some(l) => lq
                    .translations
                    .iter()
                    .find(|(lang, _)| lang == l)
                    .map_or(lq.text.as_str(), |(_, t)| t.as_str()),
                None => lq.text.as_str(),
            };
            let ledger_words = normalize_words(ledger_text);
            let (_, start) = best_window(&draft_words, &ledger_words);
            let window = if draft_words.len() < ledger_words.len() {
                ledger_words
                    .get(start..start + draft_words.len())
                    .unwrap_or(&ledger_words[..])
            } else {
                &ledger_words[..]
            };
            Verdict {
                rule: Rule::QuoteAltered,
                message: format!(
                    "close to ledger quote `{}` of {owner}{via}, but {}",
                    lq.id,
                    describe(window, &draft_words)
                ),
                ledger: lref,
            }
        }
        (_, None) => Verdict {
            rule: Rule::QuoteUnattributed,
            message: format!(
                "the words match ledger quote `{}`{via} of {owner}, but the draft names no speaker",
                lq.id
            ),
            ledger: lref,
        },
        (_, Some(s)) if !same => Verdict {
            rule: Rule::QuoteMisattributed,
            message: format!(
                "the ledger attributes these words to {owner} (`{}`{via}); the draft attributes them to {}",
                lq.id,
                who(s)
            ),
            ledger: lref,
        },
        (Match::Exact, Some(s)) => Verdict {
            rule: Rule::QuoteVerified,
            message: format!(
                "{} said this: ledger quote `{}`{via}{}",
                who(s),
                lq.id,
                case_note(&raw, lq)
            ),
            ledger: lref,
        },
        (Match::Fragment, Some(s)) => Verdict {
            rule: Rule::QuoteFragment,
            message: format!(
                "a faithful fragment of ledger quote `{}`{via} of {}",
                lq.id,
                who(s)
            ),
            ledger: lref,
        },
    }
}

/// Case is ignored when matching but reported: a changed capital can change a meaning.
fn case_note(raw: &str, lq: &LedgerQuote) -> String {
    let draft: Vec<String> = crate::text::tokenize(raw, 0..raw.len())
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.text(raw).to_string())
        .collect();
    let ledger: Vec<String> = crate::text::tokenize(&lq.text, 0..lq.text.len())
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.text(&lq.text).to_string())
        .collect();
    if draft.len() == ledger.len() && draft != ledger {
        " (letter case differs)".to_string()
    } else {
        String::new()
    }
}

/// The draft's pieces between ellipses ([…], (…), …, ...), each found in order.
fn is_fragment(ledger: &[u32], pieces: &[Vec<u32>]) -> bool {
    if pieces.is_empty() {
        return false;
    }
    let total: usize = pieces.iter().map(Vec::len).sum();
    if total >= ledger.len() {
        return false;
    }
    let mut from = 0;
    for piece in pieces {
        match find_run(ledger, piece, from) {
            Some(end) => from = end,
            None => return false,
        }
    }
    true
}

fn split_ellipses(raw: &str) -> Vec<&str> {
    raw.split(['…'])
        .flat_map(|p| p.split("..."))
        .map(|p| {
            p.trim_matches(|c: char| {
                c == '[' || c == ']' || c == '(' || c == ')' || c.is_whitespace()
            })
        })
        .collect()
}

/// Whether the draft's speaker is the ledger quote's: by ledger id when attribution linked
/// them, else by the last word of the name (the convention of the gold files).
fn same_speaker(speaker: Option<&Speaker>, lq: &LedgerQuote, ledger: &Ledger) -> bool {
    let Some(s) = speaker else { return false };
    if let Some(id) = &s.ledger_id {
        return *id == lq.speaker;
    }
    let Some(person) = ledger.person(&lq.speaker) else {
        return false;
    };
    let last = |n: &str| n.split_whitespace().last().map(crate::text::fold);
    last(&s.name) == last(&person.name)
        || person
            .aliases
            .iter()
            .any(|a| crate::text::eq_fold(a, &s.name))
}
