//! Claim verdicts. A claim is matched to the ledger facts of its kind whose cue words or
//! subject appear in its sentence (best score wins; a tie is ambiguous), then compared with
//! the fact's value under the claim's qualifier and the fact's tolerance. Ages are also
//! derived from a person's `born` at the article's date. The same fact stated twice with
//! values that do not agree is `claim-inconsistent`.

use std::collections::HashMap;

use super::date::{day_range, possible_ages};
use super::{LedgerRef, Rule, Verdict};
use crate::attribute::Claim;
use crate::document::Document;
use crate::extract::numbers::{ClaimKind, NumericExpr, Qualifier};
use crate::ledger::{Fact, FactValue, Ledger, Period, Tolerance, normalize_words};

/// A rounded claim may differ from the ledger by at most this fraction (14 vs 14.3 billion
/// passes; 100 vs 137 is a different number, not a rounding).
const MAX_ROUNDING: f64 = 0.1;
/// How many of the tied facts a `claim-ambiguous` message names.
const MAX_NAMED_TIES: usize = 5;

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

/// How far from a claim, in bytes, its sentence's words may tie it to a fact: longer than any
/// sentence of ordinary news (a word cut at the edge of a sentence that long is no loss).
const CUE_REACH: usize = 800;

fn check_claim(
    doc: &Document,
    claim: &Claim,
    ledger: &Ledger,
    date: &str,
) -> (Verdict, Option<usize>) {
    let expr = &claim.expr;
    // The words of the claim's sentence, within `CUE_REACH` bytes of it: a sentence that
    // never ends (a draft without full stops) would otherwise be read whole for every claim.
    let sentence = doc
        .sentence_at(expr.span.start)
        .and_then(|s| doc.sentences.get(s))
        .map_or("", |s| {
            let text = doc.text.as_str();
            let start = crate::lang::floor_char_boundary(
                text,
                s.range.start.max(expr.span.start.saturating_sub(CUE_REACH)),
            );
            let end = crate::lang::floor_char_boundary(
                text,
                s.range.end.min(expr.span.end.saturating_add(CUE_REACH)),
            );
            text.get(start..end.max(start)).unwrap_or("")
        });
    let mut words = normalize_words(sentence);
    if let Some(subject) = &claim.subject {
        words.extend(normalize_words(subject));
    }

    // The best-scoring fact of a compatible kind, and those tied with it. Scores come in
    // ledger order, so the first of a tie is the earliest fact, as before.
    let mut best: Option<(usize, usize)> = None;
    let mut tied: Vec<usize> = Vec::new();
    for (f, score) in ledger.fact_index.scores(&words) {
        let Some(fact) = ledger.facts.get(f) else {
            continue;
        };
        if score == 0 || !kinds_match(fact.kind, expr.kind) {
            continue;
        }
        match best {
            Some((_, top)) if score < top => {}
            Some((_, top)) if score == top => tied.push(f),
            _ => {
                best = Some((f, score));
                tied.clear();
            }
        }
    }

    if let Some((best, _)) = best {
        let Some(fact) = ledger.facts.get(best) else {
            return (unverified(expr), None);
        };
        if !tied.is_empty() {
            // A generic cue ("revenue") can tie thousands of facts in a large ledger: name a
            // few, count the rest.
            let mut ids: Vec<String> = std::iter::once(best)
                .chain(tied.iter().copied())
                .take(MAX_NAMED_TIES)
                .filter_map(|f| ledger.facts.get(f))
                .map(|f| format!("`{}`", f.id))
                .collect();
            let more = tied.len() + 1 - ids.len();
            if more > 0 {
                ids.push(format!("and {more} more"));
            }
            let message = format!(
                "several ledger facts fit equally well: {}; add cue words to tell them apart",
                ids.join(", ")
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
        return (compare(expr, fact, doc, date), Some(best));
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

fn reference(fact: &Fact) -> Option<LedgerRef> {
    Some(LedgerRef {
        id: fact.id.clone(),
        source: fact.source.clone(),
    })
}

fn compare(expr: &NumericExpr, fact: &Fact, doc: &Document, date: &str) -> Verdict {
    let value = match &fact.value {
        FactValue::Stated(value) => value,
        FactValue::Period(period) => return compare_period(expr, fact, period, doc, date),
    };
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
        return match (&expr.date, &value.date) {
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
        && let (Some(c), Some(l)) = (&expr.unit, &value.unit)
        && c != l
    {
        return verdict(
            Rule::ClaimUnitMismatch,
            format!("{has}; the draft says {c}, not {l}"),
        );
    }
    let scale = |e: &NumericExpr| unit_scale(e.kind, e.unit.as_deref());
    let Some(ledger_value) = value
        .value
        .or_else(|| Some((value.low? + value.high?) / 2.0))
    else {
        return verdict(
            Rule::ClaimUnverified,
            format!("{has}, which has no single value to compare"),
        );
    };
    let v = ledger_value * scale(value);
    let tol = match fact.tolerance {
        Some(Tolerance::Relative(r)) => r * v.abs(),
        Some(Tolerance::Absolute(a)) => a * scale(value),
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

/// A duration claim against a period of the ledger. Imprecise dates make the period a
/// range (from 2013-12 to 2025-11 spans 11.8 to 12.0 years). An exact claim counts
/// completed units, as ages do: it is consistent when some length in the range has that
/// many whole units (11 years for 11 years and 11 months), rounded when the length rounds to
/// it (12 years), else contradicted. Qualified claims compare with the range's ends.
fn compare_period(
    expr: &NumericExpr,
    fact: &Fact,
    period: &Period,
    doc: &Document,
    date: &str,
) -> Verdict {
    let to = period.to.as_deref().unwrap_or(date);
    let verdict = |rule: Rule, message: String| Verdict {
        rule,
        message,
        ledger: reference(fact),
    };
    let (Some((from_first, from_last)), Some((to_first, to_last))) =
        (day_range(&period.from), day_range(to))
    else {
        return verdict(
            Rule::ClaimUnverified,
            format!(
                "the ledger has {} for {} (`{}`), which cannot be measured",
                fact.value_text, fact.subject, fact.id
            ),
        );
    };
    let year = 365.2425;
    let lo = ((to_first - from_last) as f64 / year).max(0.0);
    let hi = ((to_last - from_first) as f64 / year).max(0.0);
    let span = if (hi - lo).abs() < 0.05 {
        format!("{lo:.1} years")
    } else {
        format!("{lo:.1} to {hi:.1} years")
    };
    let until = if period.to.is_some() {
        String::new()
    } else {
        format!(" on {date}")
    };
    let has = format!(
        "the ledger has {} for {} (`{}`): {span}{until}",
        fact.value_text, fact.subject, fact.id
    );
    let unit = unit_scale(expr.kind, expr.unit.as_deref());
    let tol = match fact.tolerance {
        Some(Tolerance::Relative(r)) => r * hi,
        Some(Tolerance::Absolute(a)) => a,
        None => 0.0,
    } + 1e-9;
    let (lo_t, hi_t) = (lo - tol, hi + tol);
    let c = expr.value.map(|x| x * unit);
    let (low, high) = (expr.low.map(|x| x * unit), expr.high.map(|x| x * unit));
    let overlaps = |a: f64, b: f64| a < hi_t && b > lo_t;
    let holds = match (expr.qualifier, c) {
        // Completed units: [c, c + 1 unit) meets the range.
        (Qualifier::Exact, Some(c)) => overlaps(c, c + unit) || (c >= lo_t && c <= hi_t),
        (Qualifier::MoreThan, Some(c)) => hi_t > c,
        (Qualifier::LessThan, Some(c)) => lo_t < c,
        (Qualifier::AtLeast, Some(c)) => hi_t >= c,
        (Qualifier::AtMost, Some(c)) => lo_t <= c,
        _ => low.is_none_or(|l| hi_t >= l) && high.is_none_or(|h| lo_t <= h),
    };
    if holds {
        return verdict(Rule::ClaimConsistent, has);
    }
    if expr.qualifier == Qualifier::Exact
        && let Some(c) = c
        && overlaps(c - unit / 2.0, c + unit / 2.0)
    {
        return verdict(
            Rule::ClaimRounded,
            format!("{has}; «{}» is that length rounded", doc.slice(&expr.span)),
        );
    }
    let why = match expr.qualifier {
        Qualifier::Exact => "the lengths differ".to_string(),
        q => format!(
            "the qualifier ({}) does not hold",
            q.as_str().replace('_', " ")
        ),
    };
    verdict(
        Rule::ClaimContradicted,
        format!("{has}; the draft says «{}»: {why}", doc.slice(&expr.span)),
    )
}

/// Durations compare in years, whatever unit each side used.
fn unit_scale(kind: ClaimKind, unit: Option<&str>) -> f64 {
    match (kind, unit) {
        (ClaimKind::Duration, Some("month")) => 1.0 / 12.0,
        (ClaimKind::Duration, Some("week")) => 7.0 / 365.25,
        (ClaimKind::Duration, Some("day")) => 1.0 / 365.25,
        (ClaimKind::Duration, Some("hour")) => 1.0 / (365.25 * 24.0),
        (ClaimKind::Duration, Some("minute")) => 1.0 / (365.25 * 24.0 * 60.0),
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
