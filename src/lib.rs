//! claimcheck: finds direct quotations and numeric claims in French and English news drafts,
//! names who is speaking, and checks both against a YAML ledger of verified quotes and facts.
//!
//! The pipeline flows one way, one module per stage, plain data between them:
//! [`source`] → [`document`] → [`extract`] → [`attribute`] → [`check`] → [`report`],
//! with the [`ledger`] read on the side. Everything speaks in byte ranges into the
//! document's text; line and column are computed only when a report is printed.

pub mod attribute;
pub mod bench;
pub mod bench_ledger;
pub mod check;
pub mod config;
pub mod document;
pub mod error;
pub mod eval;
pub mod extract;
pub mod lang;
pub mod ledger;
pub mod lexicon;
pub mod pipeline;
pub mod report;
pub mod source;
pub mod suppress;
pub mod text;

pub use error::Error;
pub use lang::Lang;
