//! The ledger: the newsroom's verified quotes and facts with their sources, read from any
//! number of YAML files, validated as a whole (ids unique across files, references
//! resolved, values parsed by the article grammar), and indexed so that checking an item
//! looks at a handful of candidates, never at every entry.

pub(crate) mod block_yaml;
mod draft;
mod index;
mod load;
mod schema;
mod summary;

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

pub use draft::draft;
pub use index::{
    Candidate, FactIndex, PhraseRole, Query, QuoteIndex, for_each_word, normalize_words,
};
pub use load::{days_in_month, is_iso_date, load, load_str};
pub use summary::{LedgerSummary, summary};

/// A complete YYYY-MM-DD date.
pub fn is_full_date(s: &str) -> bool {
    s.len() == 10 && is_iso_date(s)
}

use crate::attribute::people::KnownPerson;
use crate::extract::numbers::{ClaimKind, NumericExpr};
use crate::lexicon::Gender;

/// One problem in a ledger file, with where to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LedgerDiagnostic {
    pub file: PathBuf,
    /// 1-based; 0 when the problem has no single place (an unreadable file).
    pub line: u64,
    pub column: u64,
    pub message: String,
}

impl fmt::Display for LedgerDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file.display(),
                self.line,
                self.column,
                self.message
            )
        }
    }
}

#[derive(Clone, Debug)]
pub struct Source {
    pub id: String,
    pub publisher: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub gender: Option<Gender>,
    /// "1960-07-08" or "1997".
    pub born: Option<String>,
    pub roles: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct LedgerQuote {
    pub id: String,
    pub speaker: String,
    pub text: String,
    pub lang: Option<String>,
    /// (language, text) pairs: the same words in other languages.
    pub translations: Vec<(String, String)>,
    pub source: Option<String>,
    pub date: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tolerance {
    /// A fraction of the ledger value (5% → 0.05).
    Relative(f64),
    /// An amount in the value's own unit.
    Absolute(f64),
}

/// A period between two ledger dates (YYYY, YYYY-MM or YYYY-MM-DD); `to: None` runs to
/// the article's date. A duration claim is checked against the time it spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: String,
    pub to: Option<String>,
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.to {
            Some(to) => write!(f, "from {} to {to}", self.from),
            None => write!(f, "since {}", self.from),
        }
    }
}

/// What a fact asserts: a value as written, or a duration derived from dates.
#[derive(Clone, Debug)]
pub enum FactValue {
    Stated(NumericExpr),
    Period(Period),
}

#[derive(Clone, Debug)]
pub struct Fact {
    pub id: String,
    pub subject: String,
    pub cues: Vec<String>,
    pub kind: ClaimKind,
    /// The value as written in the ledger (or its period), for messages.
    pub value_text: String,
    pub value: FactValue,
    pub tolerance: Option<Tolerance>,
    pub source: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Default)]
pub struct Ledger {
    pub sources: Vec<Source>,
    pub people: Vec<Person>,
    pub quotes: Vec<LedgerQuote>,
    pub facts: Vec<Fact>,
    pub quote_index: QuoteIndex,
    pub fact_index: FactIndex,
    /// The files read, for summaries.
    pub files: Vec<PathBuf>,
    person_by_id: HashMap<String, usize>,
    person_by_name: HashMap<String, usize>,
    source_by_id: HashMap<String, usize>,
}

impl Ledger {
    /// Builds the lookups; called once after validation.
    fn index(&mut self) {
        self.person_by_id = self
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        self.source_by_id = self
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        self.person_by_name = self
            .people
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                std::iter::once(&p.name)
                    .chain(&p.aliases)
                    .map(move |n| (crate::text::fold(n), i))
            })
            .collect();
        self.quote_index = QuoteIndex::build(&self.quotes);
        self.fact_index = FactIndex::build(&self.facts);
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.person_by_id.get(id).and_then(|&i| self.people.get(i))
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_by_id.get(id).and_then(|&i| self.sources.get(i))
    }

    /// The ledger's people in the form attribution uses to name speakers.
    pub fn known_people(&self) -> Vec<KnownPerson> {
        self.people
            .iter()
            .map(|p| KnownPerson {
                id: p.id.clone(),
                name: p.name.clone(),
                aliases: p.aliases.clone(),
                gender: p.gender,
            })
            .collect()
    }

    /// The person a document name designates: by ledger name or alias, folded.
    pub fn person_named(&self, name: &str) -> Option<&Person> {
        self.person_by_name
            .get(&crate::text::fold(name))
            .and_then(|&i| self.people.get(i))
    }
}
