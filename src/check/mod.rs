//! Checking: pure functions from (extraction, ledger) to findings. Every quotation and every
//! claim gets exactly one finding, notes included; findings are sorted by span so the output
//! is the same whatever the number of threads that produced it.

pub mod claims;
pub mod date;
pub mod diff;
pub mod quotes;
pub mod rules;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use rayon::prelude::*;

pub use rules::{Rule, Severity};

use crate::attribute::Extraction;
use crate::document::Document;
use crate::ledger::Ledger;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Item {
    Quote,
    Claim,
}

/// The ledger entry a finding refers to.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LedgerRef {
    pub id: String,
    pub source: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub span: Range<usize>,
    pub item: Item,
    /// The quotation's inner text or the claim's text.
    pub text: String,
    pub message: String,
    pub ledger: Option<LedgerRef>,
}

/// What a check run needs besides the documents and the ledger.
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// The date ages are computed at when the document gives none (YYYY-MM-DD).
    pub date: Option<String>,
    /// Severity overrides per rule.
    pub severities: HashMap<Rule, Severity>,
    /// Rules turned off (configuration `off`): their findings are dropped by the pipeline.
    pub disabled: HashSet<Rule>,
    /// Word similarity from which a quote is `quote-altered` (default 0.6).
    pub quote_similarity: Option<f64>,
}

impl CheckOptions {
    pub fn severity(&self, rule: Rule) -> Severity {
        self.severities
            .get(&rule)
            .copied()
            .unwrap_or_else(|| rule.default_severity())
    }
}

/// A verdict before its severity is settled.
pub struct Verdict {
    pub rule: Rule,
    pub message: String,
    pub ledger: Option<LedgerRef>,
}

pub fn check_document(
    doc: &Document,
    extraction: &Extraction,
    ledger: &Ledger,
    options: &CheckOptions,
) -> Vec<Finding> {
    let date = doc
        .date
        .clone()
        .or_else(|| options.date.clone())
        .unwrap_or_else(date::today);
    let make = |rule: Rule,
                span: Range<usize>,
                item: Item,
                text: String,
                message: String,
                ledger: Option<LedgerRef>| Finding {
        rule,
        severity: options.severity(rule),
        span,
        item,
        text,
        message,
        ledger,
    };
    let mut findings: Vec<Finding> = extraction
        .quotes
        .par_iter()
        .map(|q| {
            let v = quotes::check_quote_with(&doc.text, q, ledger, options.quote_similarity);
            make(
                v.rule,
                q.span.span.clone(),
                Item::Quote,
                q.span.text(&doc.text),
                v.message,
                v.ledger,
            )
        })
        .collect();
    let claim_verdicts = claims::check_claims(doc, &extraction.claims, ledger, &date);
    findings.extend(extraction.claims.iter().zip(claim_verdicts).map(|(c, v)| {
        make(
            v.rule,
            c.expr.span.clone(),
            Item::Claim,
            doc.slice(&c.expr.span).to_string(),
            v.message,
            v.ledger,
        )
    }));
    findings.extend(extraction.unbalanced.iter().map(|u| {
        make(
            Rule::QuoteUnbalanced,
            u.at.clone(),
            Item::Quote,
            u.mark.to_string(),
            format!("the quotation mark {} is never closed (or never opened); the rest of the text is still checked", u.mark),
            None,
        )
    }));
    findings.sort_by(|a, b| {
        (a.span.start, a.span.end, a.item, a.rule).cmp(&(b.span.start, b.span.end, b.item, b.rule))
    });
    findings
}

/// Counts per severity, in the order error, warning, note.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub error: usize,
    pub warning: usize,
    pub note: usize,
}

impl Summary {
    pub fn add(&mut self, findings: &[Finding]) {
        for f in findings {
            match f.severity {
                Severity::Error => self.error += 1,
                Severity::Warning => self.warning += 1,
                Severity::Note => self.note += 1,
            }
        }
    }

    pub fn worst(&self) -> Option<Severity> {
        if self.error > 0 {
            Some(Severity::Error)
        } else if self.warning > 0 {
            Some(Severity::Warning)
        } else if self.note > 0 {
            Some(Severity::Note)
        } else {
            None
        }
    }
}
