//! The ledger's YAML schema as serde types. Unknown fields are errors; every value a user
//! may get wrong carries its location so the error names file, line and column.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

pub type S<T> = Spanned<T>;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LedgerFile {
    #[serde(default)]
    pub sources: Vec<SourceEntry>,
    #[serde(default)]
    pub people: Vec<PersonEntry>,
    #[serde(default)]
    pub quotes: Vec<QuoteEntry>,
    #[serde(default)]
    pub facts: Vec<FactEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub id: S<String>,
    pub publisher: Option<String>,
    pub title: Option<String>,
    pub date: Option<S<String>>,
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonEntry {
    pub id: S<String>,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub gender: Option<S<String>>,
    /// YYYY-MM-DD, or YYYY when only the year is known.
    pub born: Option<S<String>>,
    #[serde(default)]
    pub roles: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteEntry {
    pub id: S<String>,
    pub speaker: S<String>,
    pub text: String,
    pub lang: Option<S<String>>,
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
    pub source: Option<S<String>>,
    pub date: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactEntry {
    pub id: S<String>,
    pub subject: String,
    #[serde(default)]
    pub cues: Vec<String>,
    pub kind: S<String>,
    /// Required, except for a duration given by `from` (and `to`).
    pub value: Option<S<String>>,
    /// A duration derived from dates: `from: 2013-12`, `to: 2025-11` (YYYY, YYYY-MM or
    /// YYYY-MM-DD). Without `to`, the period runs to the article's date.
    pub from: Option<S<String>>,
    pub to: Option<S<String>>,
    pub tolerance: Option<S<String>>,
    pub source: Option<S<String>>,
    pub note: Option<String>,
}
