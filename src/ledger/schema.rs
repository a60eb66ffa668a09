//! The ledger's YAML schema as serde types. Unknown fields are errors; every value a user
//! may get wrong carries its location so the error names file, line and column.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};
use serde_saphyr::{Location, Spanned};

/// A line and column, 1-based, counted in characters as serde-saphyr counts them; (0, 0)
/// when a problem has no single place.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

impl Pos {
    pub const NONE: Pos = Pos { line: 0, column: 0 };
}

impl From<Location> for Pos {
    fn from(l: Location) -> Pos {
        Pos {
            line: u32::try_from(l.line()).unwrap_or(u32::MAX),
            column: u32::try_from(l.column()).unwrap_or(u32::MAX),
        }
    }
}

/// A value and where it is written. Our own type rather than serde-saphyr's `Spanned`, so
/// that the fast reader (`block_yaml`) can build it too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct S<T> {
    pub value: T,
    pub at: Pos,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for S<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<T>::deserialize(deserializer)?;
        Ok(S {
            value: spanned.value,
            at: spanned.referenced.into(),
        })
    }
}

#[derive(Debug, Default, PartialEq, Deserialize)]
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

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub id: S<String>,
    pub publisher: Option<String>,
    pub title: Option<String>,
    pub date: Option<S<String>>,
    pub url: Option<String>,
}

#[derive(Debug, PartialEq, Deserialize)]
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

#[derive(Debug, PartialEq, Deserialize)]
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

#[derive(Debug, PartialEq, Deserialize)]
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
