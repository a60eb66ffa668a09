//! Reports: one renderer per output format, each a small file. Renderers write to any
//! `io::Write` and never decide the exit code.

pub mod human;
pub mod json;

use std::str::FromStr;

use crate::document::Document;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Jsonl,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "human" => Ok(Format::Human),
            "json" => Ok(Format::Json),
            "jsonl" => Ok(Format::Jsonl),
            other => Err(format!(
                "unknown format `{other}` (expected human, json or jsonl)"
            )),
        }
    }
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
