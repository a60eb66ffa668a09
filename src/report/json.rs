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

/// Whole numbers print as integers (14000000000, not 14000000000.0); numbers that are not
/// finite print as null.
struct Number(f64);

impl Serialize for Number {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

fn opt_number(v: Option<f64>) -> Option<Number> {
    v.map(Number)
}

#[derive(Serialize)]
struct SpeakerOut<'a> {
    name: &'a str,
    mention: &'a str,
    rule: &'a str,
    confidence: f64,
}

fn speaker(s: &Option<Speaker>) -> Option<SpeakerOut<'_>> {
    s.as_ref().map(|s| SpeakerOut {
        name: &s.name,
        mention: &s.mention,
        rule: s.rule,
        confidence: s.confidence,
    })
}

/// A claim's value: the ISO date of a date, else the number.
#[derive(Serialize)]
#[serde(untagged)]
enum ClaimValue<'a> {
    Date(Option<&'a str>),
    Number(Option<Number>),
}

fn claim_value(e: &NumericExpr) -> ClaimValue<'_> {
    if e.kind == ClaimKind::Date {
        return ClaimValue::Date(e.date.as_deref());
    }
    ClaimValue::Number(opt_number(e.value))
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    text: String,
    span: SpanOut,
    kind: &'static str,
    speaker: Option<SpeakerOut<'a>>,
    /// Only for a quotation of an unnamed spokesperson: the organisation they speak for.
    #[serde(skip_serializing_if = "Option::is_none")]
    on_behalf_of: Option<SpeakerOut<'a>>,
    /// Only for a quotation in several pieces.
    #[serde(skip_serializing_if = "Option::is_none")]
    segments: Option<Vec<[usize; 2]>>,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    text: &'a str,
    span: SpanOut,
    kind: &'static str,
    value: ClaimValue<'a>,
    unit: &'a Option<String>,
    qualifier: &'static str,
    low: Option<Number>,
    high: Option<Number>,
    subject: &'a Option<String>,
    speaker: Option<SpeakerOut<'a>>,
}

/// One document of `extract --format json`, serialized as it is written: no value tree of
/// the whole extraction is built in memory.
#[derive(Serialize)]
struct ExtractionOut<'a> {
    path: &'a str,
    language: &'static str,
    quotes: Quotes<'a>,
    claims: Claims<'a>,
}

struct Quotes<'a>(&'a Document, &'a Extraction);
struct Claims<'a>(&'a Document, &'a Extraction);

impl Serialize for Quotes<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Quotes(doc, x) = *self;
        s.collect_seq(x.quotes.iter().map(|q| {
            QuoteOut {
                text: q.span.text(&doc.text),
                span: SpanOut::new(doc, &q.span.span),
                kind: q.kind.as_str(),
                speaker: speaker(&q.speaker),
                on_behalf_of: speaker(&q.on_behalf_of),
                segments: (q.span.segments.len() > 1)
                    .then(|| q.span.segments.iter().map(|s| [s.start, s.end]).collect()),
            }
        }))
    }
}

impl Serialize for Claims<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Claims(doc, x) = *self;
        s.collect_seq(x.claims.iter().map(|c| {
            let e = &c.expr;
            ClaimOut {
                text: doc.slice(&e.span),
                span: SpanOut::new(doc, &e.span),
                kind: e.kind.as_str(),
                value: claim_value(e),
                unit: &e.unit,
                qualifier: e.qualifier.as_str(),
                low: opt_number(e.low),
                high: opt_number(e.high),
                subject: &c.subject,
                speaker: speaker(&c.speaker),
            }
        }))
    }
}

fn extraction_out<'a>(doc: &'a Document, x: &'a Extraction) -> ExtractionOut<'a> {
    ExtractionOut {
        path: &doc.path,
        language: doc.lang.code(),
        quotes: Quotes(doc, x),
        claims: Claims(doc, x),
    }
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

fn write_value(out: &mut dyn Write, value: &impl Serialize, pretty: bool) -> io::Result<()> {
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
    let values = docs.iter().map(|(d, x)| extraction_out(d, x));
    if lines {
        for v in values {
            write_value(out, &v, false)?;
        }
        return Ok(());
    }
    #[derive(Serialize)]
    struct Documents<'a> {
        documents: Vec<ExtractionOut<'a>>,
    }
    let documents = Documents {
        documents: values.collect(),
    };
    write_value(out, &documents, true)
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
