//! Claim verdicts. A claim is matched to the ledger facts of its kind whose cue words or
//! subject appear in its sentence (best score wins; a tie is ambiguous), then compared with
//! the fact's value under the claim's qualifier and the fact's tolerance. Ages are also
//! derived from a person's `born` at the article's date. The same fact stated twice with
//! values that do not agree is `claim-inconsistent`.

use std::collections::HashMap;

use super::date::possible_ages;
use super::{LedgerRef, Rule, Verdict};
use crate::attribute::Claim;
use crate::document::Document;
use crate::extract::numbers::{ClaimKind, NumericExpr, Qualifier};
use crate::ledger::{Fact, Ledger, Tolerance, normalize_words};

/// A rounded claim may differ from the ledger by at most this fraction (14 vs 14.3 billion
/// passes; 100 vs 137 is a different number, not a rounding).
const MAX_ROUNDING: f64 = 0.1;

pub fn check_claims(doc: &Document, claims: &[Claim], ledger: &Ledger, date: &str) -> Vec<Verdict> {
    let mut matched: Vec<Option<usize>> = Vec::with_capacity(claims.len());
    let mut verdicts: Vec<Verdict> = claims
        .iter()
        .map(|claim| {
            let (verdict, fact) = check_claim(doc, claim, ledger, date);
            matched.push(fact);
            verdict
        })
        .collect();
    // The same fact stated twice with values that do not agree.
    let mut first_of_fact: HashMap<usize, usize> = HashMap::new();
    for (i, fact) in matched.iter().enumerate() {
        let Some(f) = fact else { continue };
        match first_of_fact.get(f) {
            None => {
                first_of_fact.insert(*f, i);
            }
            Some(&j) => {
                let (a, b) = (&claims[j].expr, &claims[i].expr);
                let error = matches!(
                    verdicts[i].rule,
                    Rule::ClaimContradicted | Rule::ClaimUnitMismatch
                );
                if !error && !agree(a, b) {
                    let first = doc.slice(&a.span);
                    verdicts[i] = Verdict {
                        rule: Rule::ClaimInconsistent,
                        message: format!(
                            "the draft also states this fact as «{first}»; the two values disagree"
                        ),
                        ledger: verdicts[i].ledger.clone(),
                    };
                }
            }
        }
    }
    verdicts
}

fn check_claim(
    doc: &Document,
    claim: &Claim,
    ledger: &Ledger,
    date: &str,
) -> (Verdict, Option<usize>) {
    let expr = &claim.expr;
    let sentence = doc
        .sentence_at(expr.span.start)
        .and_then(|s| doc.sentences.get(s))
        .map_or("", |s| doc.slice(&s.range));
    let mut words = normalize_words(sentence);
    if let Some(subject) = &claim.subject {
        words.extend(normalize_words(subject));
    }
    let folded_sentence = words.join(" ");

    // Score every candidate fact of a compatible kind.
    let mut scored: Vec<(usize, usize)> = ledger
        .fact_index
        .candidates(&words)
        .into_iter()
        .filter_map(|f| {
            let fact = ledger.facts.get(f)?;
            if !kinds_match(fact.kind, expr.kind) {
                return None;
            }
            let score = score(fact, claim.subject.as_deref(), &folded_sentence);
            (score > 0).then_some((f, score))
        })
        .collect();
    scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));

    if let [(best, top), rest @ ..] = scored.as_slice() {
        let tied: Vec<&str> = rest
            .iter()
            .filter(|(_, s)| s == top)
            .filter_map(|(f, _)| ledger.facts.get(*f))
            .map(|f| f.id.as_str())
            .collect();
        let Some(fact) = ledger.facts.get(*best) else {
            return (unverified(expr), None);
        };
        if !tied.is_empty() {
            let message = format!(
                "several ledger facts fit equally well: `{}`, `{}`; add cue words to tell them apart",
                fact.id,
                tied.join("`, `")
            );
            return (
                Verdict {
                    rule: Rule::ClaimAmbiguous,
                    message,
                    ledger: None,
                },
                None,
            );
        }
        return (compare(expr, fact, doc), Some(*best));
    }
    if expr.kind == ClaimKind::Age
        && let Some(v) = derived_age(claim, ledger, date)
    {
        return (v, None);
    }
    (unverified(expr), None)
}

fn unverified(expr: &NumericExpr) -> Verdict {
    let message = match (expr.kind, expr.value, &expr.date) {
        (ClaimKind::Date, _, None) => "a relative date: no ledger fact fits".to_string(),
        _ => format!("no ledger fact fits this {} claim", expr.kind.as_str()),
    };
    Verdict {
        rule: Rule::ClaimUnverified,
        message,
        ledger: None,
    }
}

fn kinds_match(fact: ClaimKind, claim: ClaimKind) -> bool {
    fact == claim
        || matches!(
            (fact, claim),
            (ClaimKind::Count, ClaimKind::Number) | (ClaimKind::Number, ClaimKind::Count)
        )
}

/// Whole cue phrases in the sentence count 2, the subject named 3.
fn score(fact: &Fact, subject: Option<&str>, folded_sentence: &str) -> usize {
    let contains = |phrase: &str| {
        let p = normalize_words(phrase).join(" ");
        !p.is_empty() && format!(" {folded_sentence} ").contains(&format!(" {p} "))
    };
    let cues = fact.cues.iter().filter(|c| contains(c)).count() * 2;
    let subject_named =
        subject.is_some_and(|s| crate::text::eq_fold(s, &fact.subject)) || contains(&fact.subject);
    cues + if subject_named { 3 } else { 0 }
}

fn reference(fact: &Fact) -> Option<LedgerRef> {
    Some(LedgerRef {
        id: fact.id.clone(),
        source: fact.source.clone(),
    })
}

fn compare(expr: &NumericExpr, fact: &Fact, doc: &Document) -> Verdict {
    let has = format!(
        "the ledger has {} for {} (`{}`)",
        fact.value_text, fact.subject, fact.id
    );
    let verdict = |rule: Rule, message: String| Verdict {
        rule,
        message,
        ledger: reference(fact),
    };
    if expr.kind == ClaimKind::Date {
        return match (&expr.date, &fact.value.date) {
            (Some(c), Some(l)) if l.starts_with(c.as_str()) || c.starts_with(l.as_str()) => {
                verdict(Rule::ClaimConsistent, has)
            }
            (Some(c), Some(_)) => verdict(
                Rule::ClaimContradicted,
                format!("{has}; the draft says {c}"),
            ),
            _ => verdict(
                Rule::ClaimUnverified,
                format!("a relative date cannot be compared; {has}"),
            ),
        };
    }
    if expr.kind == ClaimKind::Money
        && let (Some(c), Some(l)) = (&expr.unit, &fact.value.unit)
        && c != l
    {
        return verdict(
            Rule::ClaimUnitMismatch,
            format!("{has}; the draft says {c}, not {l}"),
        );
    }
    let scale = |e: &NumericExpr| unit_scale(e.kind, e.unit.as_deref());
    let Some(ledger_value) = fact
        .value
        .value
        .or_else(|| Some((fact.value.low? + fact.value.high?) / 2.0))
    else {
        return verdict(
            Rule::ClaimUnverified,
            format!("{has}, which has no single value to compare"),
        );
    };
    let v = ledger_value * scale(&fact.value);
    let tol = match fact.tolerance {
        Some(Tolerance::Relative(r)) => r * v.abs(),
        Some(Tolerance::Absolute(a)) => a * scale(&fact.value),
        None => 0.0,
    } + 1e-9 * v.abs().max(1.0);
    let s = scale(expr);
    let c = expr.value.map(|x| x * s);
    let (low, high) = (expr.low.map(|x| x * s), expr.high.map(|x| x * s));
    let holds = match (expr.qualifier, c) {
        (Qualifier::Exact, Some(c)) => (c - v).abs() <= tol,
        (Qualifier::MoreThan, Some(c)) => v + tol > c,
        (Qualifier::LessThan, Some(c)) => v - tol < c,
        (Qualifier::AtLeast, Some(c)) => v + tol >= c,
        (Qualifier::AtMost, Some(c)) => v - tol <= c,
        _ => low.is_none_or(|l| v + tol >= l) && high.is_none_or(|h| v - tol <= h),
    };
    if holds {
        return verdict(Rule::ClaimConsistent, has);
    }
    if expr.qualifier == Qualifier::Exact
        && let Some(c) = c
        && rounds_to(v, c)
    {
        return verdict(
            Rule::ClaimRounded,
            format!("{has}; «{}» is that value rounded", doc.slice(&expr.span)),
        );
    }
    let said = doc.slice(&expr.span);
    let why = match expr.qualifier {
        Qualifier::Exact => "the values differ".to_string(),
        q => format!(
            "the qualifier ({}) does not hold",
            q.as_str().replace('_', " ")
        ),
    };
    verdict(
        Rule::ClaimContradicted,
        format!("{has}; the draft says «{said}»: {why}"),
    )
}

/// Durations compare in years, whatever unit each side used.
fn unit_scale(kind: ClaimKind, unit: Option<&str>) -> f64 {
    match (kind, unit) {
        (ClaimKind::Duration, Some("month")) => 1.0 / 12.0,
        (ClaimKind::Duration, Some("week")) => 7.0 / 365.25,
        (ClaimKind::Duration, Some("day")) => 1.0 / 365.25,
        _ => 1.0,
    }
}

/// Whether `claim` is `ledger` rounded to the claim's own precision (its last non-zero digit).
fn rounds_to(ledger: f64, claim: f64) -> bool {
    if claim == 0.0 || ledger == 0.0 || ((claim - ledger) / ledger).abs() > MAX_ROUNDING {
        return false;
    }
    let mut precision = 10f64.powi(claim.abs().log10().floor() as i32);
    while precision > 1e-9
        && ((claim / precision).round() * precision - claim).abs() > 1e-9 * claim.abs()
    {
        precision /= 10.0;
    }
    ((ledger / precision).round() * precision - claim).abs() <= 1e-9 * claim.abs()
}

/// Two statements of one fact agree when their values are equal or one rounds the other.
fn agree(a: &NumericExpr, b: &NumericExpr) -> bool {
    match (a.value, b.value) {
        (Some(x), Some(y)) => {
            (x - y).abs() <= 1e-9 * x.abs().max(1.0)
                || rounds_to(x, y)
                || rounds_to(y, x)
                || a.qualifier != Qualifier::Exact
                || b.qualifier != Qualifier::Exact
        }
        _ => a.date == b.date,
    }
}

/// An age checked against the subject's `born` at the article's date.
fn derived_age(claim: &Claim, ledger: &Ledger, date: &str) -> Option<Verdict> {
    let person = ledger.person_named(claim.subject.as_deref()?)?;
    let born = person.born.as_deref()?;
    let (young, old) = possible_ages(born, date)?;
    let expr = &claim.expr;
    let fits = |age: f64| match (expr.qualifier, expr.value) {
        (Qualifier::Exact, Some(c)) => age == c,
        (Qualifier::MoreThan, Some(c)) => age > c,
        (Qualifier::LessThan, Some(c)) => age < c,
        (Qualifier::AtLeast, Some(c)) => age >= c,
        (Qualifier::AtMost, Some(c)) => age <= c,
        _ => expr.low.is_none_or(|l| age >= l) && expr.high.is_none_or(|h| age <= h),
    };
    let ages = if young == old {
        format!("{young}")
    } else {
        format!("{young} or {old}")
    };
    let has = format!("{} was born {born}, so is {ages} on {date}", person.name);
    let rule = if (young..=old).any(|a| fits(a as f64)) {
        Rule::ClaimConsistent
    } else {
        Rule::ClaimContradicted
    };
    let message = if rule == Rule::ClaimConsistent {
        has
    } else {
        format!("{has}; the draft says {}", expr.value.unwrap_or(f64::NAN))
    };
    Some(Verdict {
        rule,
        message,
        ledger: Some(LedgerRef {
            id: person.id.clone(),
            source: None,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_to_the_claims_precision() {
        assert!(rounds_to(14.3e9, 14e9));
        assert!(!rounds_to(14.6e9, 14e9));
        assert!(rounds_to(3.04, 3.0));
        assert!(!rounds_to(137.0, 100.0));
        assert!(rounds_to(49.2, 49.0));
    }
}
