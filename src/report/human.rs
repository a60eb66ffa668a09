//! Human output, rustc-style: `severity[rule]: message`, then `--> file:line:col`, the
//! source line with a caret under the span, and the ledger entry with its source.

use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::attribute::Extraction;
use crate::check::{Finding, Severity, Summary};
use crate::document::Document;
use crate::ledger::Ledger;

fn renderer(color: bool) -> Renderer {
    if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    }
}

/// The lines that hold `span`, as (byte range, first line number).
fn lines_of(doc: &Document, span: &std::ops::Range<usize>) -> (std::ops::Range<usize>, usize) {
    let first = doc.lines.position(&doc.text, span.start).line;
    let last = doc
        .lines
        .position(&doc.text, span.end.saturating_sub(1).max(span.start))
        .line;
    let start = doc.lines.line_range(&doc.text, first).start;
    let end = doc
        .lines
        .line_range(&doc.text, last)
        .end
        .max(span.end.min(doc.text.len()));
    (start..end, first)
}

fn ledger_line(ledger: &Ledger, f: &Finding) -> Option<String> {
    Some(super::ledger_text(ledger, f.ledger.as_ref()?))
}

pub fn write_check(
    out: &mut dyn Write,
    docs: &[(&Document, &[Finding])],
    ledger: &Ledger,
    summary: &Summary,
    color: bool,
) -> io::Result<()> {
    let renderer = renderer(color);
    for (doc, findings) in docs {
        for f in findings.iter() {
            let (lines, line_start) = lines_of(doc, &f.span);
            let source = doc.slice(&lines);
            let local = f.span.start - lines.start..(f.span.end - lines.start).min(source.len());
            let label = f.rule.meaning();
            let mut report = vec![
                level(f.severity)
                    .primary_title(f.message.as_str())
                    .id(f.rule.id())
                    .element(
                        Snippet::source(source)
                            .line_start(line_start)
                            .path(doc.path.as_str())
                            .annotation(AnnotationKind::Primary.span(local).label(label)),
                    ),
            ];
            if let Some(line) = ledger_line(ledger, f) {
                report.push(Group::with_title(Level::NOTE.secondary_title(line)));
            }
            writeln!(out, "{}\n", renderer.render(&report))?;
        }
    }
    let documents = docs.len();
    writeln!(
        out,
        "{} error{}, {} warning{}, {} note{} in {documents} document{}",
        summary.error,
        plural(summary.error),
        summary.warning,
        plural(summary.warning),
        summary.note,
        plural(summary.note),
        plural(documents)
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `extract` in human form: one line per quotation and claim.
pub fn write_extract(out: &mut dyn Write, docs: &[(Document, Extraction)]) -> io::Result<()> {
    for (doc, x) in docs {
        writeln!(
            out,
            "{} ({}): {} quotations, {} claims",
            doc.path,
            doc.lang,
            x.quotes.len(),
            x.claims.len()
        )?;
        for q in &x.quotes {
            let pos = doc.lines.position(&doc.text, q.span.span.start);
            let who = match (&q.speaker, &q.on_behalf_of) {
                (Some(s), _) => format!("{} [{}]", s.name, s.rule),
                // an unnamed spokesperson: nobody named, the organisation they speak for
                (None, Some(s)) => format!("— for {} [{}]", s.name, s.rule),
                (None, None) => "—".to_string(),
            };
            writeln!(
                out,
                "  {}:{} quote {:<8} {} «{}»",
                pos.line,
                pos.column,
                q.kind.as_str(),
                who,
                q.span.text(&doc.text)
            )?;
        }
        for c in &x.claims {
            let pos = doc.lines.position(&doc.text, c.expr.span.start);
            let value = match (&c.expr.date, c.expr.value) {
                (Some(d), _) => d.clone(),
                (None, Some(v)) => format!("{v}"),
                (None, None) => match (c.expr.low, c.expr.high) {
                    (Some(l), Some(h)) => format!("{l}..{h}"),
                    _ => "?".to_string(),
                },
            };
            let unit = c.expr.unit.as_deref().unwrap_or("");
            let subject = c
                .subject
                .as_deref()
                .map(|s| format!(" about {s}"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {}:{} claim {:<8} {value} {unit} ({}){subject} «{}»",
                pos.line,
                pos.column,
                c.expr.kind.as_str(),
                c.expr.qualifier.as_str(),
                doc.slice(&c.expr.span)
            )?;
        }
    }
    Ok(())
}
