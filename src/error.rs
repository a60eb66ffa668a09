//! The library's error type. `main` is the one place that prints these and picks the exit code.

use std::path::PathBuf;

use crate::ledger::LedgerDiagnostic;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path}: invalid UTF-8 at byte {offset}: claimcheck reads UTF-8 text only; re-save the file as UTF-8"
    )]
    InvalidUtf8 { path: PathBuf, offset: usize },
    #[error("{path}: no .txt or .md files found in this directory")]
    EmptyDirectory { path: PathBuf },
    #[error("{}", render_ledger_errors(.0))]
    Ledger(Vec<LedgerDiagnostic>),
    #[error("{0}")]
    Usage(String),
    /// A problem at a place in an input or configuration file (front matter, a
    /// `claimcheck:` comment, `claimcheck.yaml`).
    #[error("{path}:{line}:{column}: {message}")]
    At {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

fn render_ledger_errors(diagnostics: &[LedgerDiagnostic]) -> String {
    let mut out = String::new();
    for (i, d) in diagnostics.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&d.to_string());
    }
    out
}
