//! Reports: one renderer per output format, each a small file. Renderers write to any
//! `io::Write` and never decide the exit code.

pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
pub mod sarif;

use crate::document::Document;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Jsonl,
    /// SARIF 2.1.0 for GitHub code scanning and other static-analysis viewers.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request's diff.
    Github,
    /// A summary and a table of findings for a pull-request comment or a job summary.
    Markdown,
    /// One self-contained page for an editor: the article with its verdicts highlighted.
    Html,
}

/// A span as the JSON contract writes it: bytes, plus the 1-based line and char column
/// of its start.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct SpanOut {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
}

impl SpanOut {
    pub fn new(doc: &Document, range: &std::ops::Range<usize>) -> SpanOut {
        let pos = doc.lines.position(&doc.text, range.start);
        SpanOut {
            start: range.start,
            end: range.end,
            line: pos.line,
            column: pos.column,
        }
    }
}

/// Where a span starts and ends, 1-based, in the units the formats want. The end is
/// exclusive (the column just after the last character, as SARIF defines `endColumn`) and is
/// computed from the span's last character, so a span that ends at a line break still ends
/// on its own line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub start_line: usize,
    /// In chars.
    pub start_column: usize,
    /// In UTF-16 code units.
    pub start_column_utf16: usize,
    pub end_line: usize,
    /// Exclusive, in chars.
    pub end_column: usize,
    /// Exclusive, in UTF-16 code units.
    pub end_column_utf16: usize,
}

impl Region {
    pub fn new(doc: &Document, range: &std::ops::Range<usize>) -> Region {
        let start = doc.lines.position(&doc.text, range.start);
        let end = crate::lang::floor_char_boundary(&doc.text, range.end);
        let last = doc
            .text
            .get(range.start.min(end)..end)
            .and_then(|s| s.char_indices().next_back())
            .map(|(i, c)| (range.start + i, c));
        match last {
            Some((at, c)) => {
                let p = doc.lines.position(&doc.text, at);
                Region {
                    start_line: start.line,
                    start_column: start.column,
                    start_column_utf16: start.column_utf16,
                    end_line: p.line,
                    end_column: p.column + 1,
                    end_column_utf16: p.column_utf16 + c.len_utf16(),
                }
            }
            // An empty span (never produced today) ends where it starts.
            None => Region {
                start_line: start.line,
                start_column: start.column,
                start_column_utf16: start.column_utf16,
                end_line: start.line,
                end_column: start.column,
                end_column_utf16: start.column_utf16,
            },
        }
    }
}

/// A document path as the CI formats want it: forward slashes, relative as given.
pub fn slash_path(path: &str) -> String {
    path.replace('\\', "/")
}

/// The ledger entry of a finding in one line of plain text, as the human report words it:
/// `ledger: ID · source: SOURCE (publisher, date, url)`.
pub fn ledger_text(ledger: &crate::ledger::Ledger, r: &crate::check::LedgerRef) -> String {
    let mut line = format!("ledger: {}", r.id);
    if let Some(id) = &r.source {
        line.push_str(&format!(" · source: {id}"));
        if let Some(s) = ledger.source(id) {
            let details: Vec<&str> = [s.publisher.as_deref(), s.date.as_deref(), s.url.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            if !details.is_empty() {
                line.push_str(&format!(" ({})", details.join(", ")));
            }
        }
    }
    line
}

/// Only web links become links: a ledger is data, and `javascript:` or `file:` URLs in it
/// must not turn into something a reader can click.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}
