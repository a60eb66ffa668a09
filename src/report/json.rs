//! The JSON contracts of DESIGN.md: `extract --format json` and `check --format json`, and
//! their JSON Lines variants (one document per line) for batch pipelines.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use super::SpanOut;
use crate::attribute::{Extraction, Speaker};
use crate::check::{Finding, LedgerRef, Summary};
use crate::document::Document;
use crate::extract::numbers::{ClaimKind, NumericExpr};

/// Whole numbers print as integers (14000000000, not 14000000000.0).
fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

fn opt_number(v: Option<f64>) -> Value {
    v.map_or(Value::Null, number)
}

fn speaker(s: &Option<Speaker>) -> Value {
    s.as_ref().map_or(Value::Null, |s| {
        json!({"name": s.name, "mention": s.mention, "rule": s.rule, "confidence": s.confidence})
    })
}

fn claim_value(e: &NumericExpr) -> Value {
    if e.kind == ClaimKind::Date {
        return e.date.as_ref().map_or(Value::Null, |d| json!(d));
    }
    opt_number(e.value)
}

pub fn extraction_value(doc: &Document, x: &Extraction) -> Value {
    let quotes: Vec<Value> = x
        .quotes
        .iter()
        .map(|q| {
            let mut v = json!({
                "text": q.span.text(&doc.text),
                "span": SpanOut::new(doc, &q.span.span),
                "kind": q.kind.as_str(),
                "speaker": speaker(&q.speaker),
            });
            if q.span.segments.len() > 1
                && let Value::Object(map) = &mut v
            {
                let segments: Vec<Value> = q
                    .span
                    .segments
                    .iter()
                    .map(|s| json!([s.start, s.end]))
                    .collect();
                map.insert("segments".into(), Value::Array(segments));
            }
            v
        })
        .collect();
    let claims: Vec<Value> = x
        .claims
        .iter()
        .map(|c| {
            let e = &c.expr;
            json!({
                "text": doc.slice(&e.span),
                "span": SpanOut::new(doc, &e.span),
                "kind": e.kind.as_str(),
                "value": claim_value(e),
                "unit": e.unit,
                "qualifier": e.qualifier.as_str(),
                "low": opt_number(e.low),
                "high": opt_number(e.high),
                "subject": c.subject,
                "speaker": speaker(&c.speaker),
            })
        })
        .collect();
    json!({"path": doc.path, "language": doc.lang.code(), "quotes": quotes, "claims": claims})
}

#[derive(Serialize)]
struct FindingOut<'a> {
    rule: crate::check::Rule,
    severity: crate::check::Severity,
    span: SpanOut,
    item: crate::check::Item,
    text: &'a str,
    message: &'a str,
    ledger: &'a Option<LedgerRef>,
}

pub fn findings_value(doc: &Document, findings: &[Finding]) -> Value {
    let out: Vec<FindingOut> = findings
        .iter()
        .map(|f| FindingOut {
            rule: f.rule,
            severity: f.severity,
            span: SpanOut::new(doc, &f.span),
            item: f.item,
            text: &f.text,
            message: &f.message,
            ledger: &f.ledger,
        })
        .collect();
    json!({"path": doc.path, "findings": out})
}

fn write_value(out: &mut dyn Write, value: &Value, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)?;
    } else {
        serde_json::to_writer(&mut *out, value)?;
    }
    writeln!(out)
}

pub fn write_extract(
    out: &mut dyn Write,
    docs: &[(Document, Extraction)],
    lines: bool,
) -> io::Result<()> {
    let values = docs.iter().map(|(d, x)| extraction_value(d, x));
    if lines {
        for v in values {
            write_value(out, &v, false)?;
        }
        return Ok(());
    }
    write_value(out, &json!({"documents": values.collect::<Vec<_>>()}), true)
}

pub fn write_check(
    out: &mut dyn Write,
    docs: &[(&Document, &[Finding])],
    summary: &Summary,
    lines: bool,
) -> io::Result<()> {
    let values = docs.iter().map(|(d, f)| findings_value(d, f));
    if lines {
        for v in values {
            write_value(out, &v, false)?;
        }
        return Ok(());
    }
    write_value(
        out,
        &json!({"documents": values.collect::<Vec<_>>(), "summary": summary}),
        true,
    )
}
