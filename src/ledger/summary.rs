//! `ledger check`: a valid ledger's summary, and the entries still without a source.

use std::fmt;

use super::Ledger;

pub struct LedgerSummary {
    pub files: usize,
    pub sources: usize,
    pub people: usize,
    pub quotes: usize,
    pub facts: usize,
    /// Ids of quotes and facts that name no source.
    pub unsourced: Vec<String>,
}

impl LedgerSummary {
    pub fn incomplete(&self) -> bool {
        !self.unsourced.is_empty()
    }
}

pub fn summary(ledger: &Ledger) -> LedgerSummary {
    let unsourced = ledger
        .quotes
        .iter()
        .filter(|q| q.source.is_none())
        .map(|q| format!("quote `{}`", q.id))
        .chain(
            ledger
                .facts
                .iter()
                .filter(|f| f.source.is_none())
                .map(|f| format!("fact `{}`", f.id)),
        )
        .collect();
    LedgerSummary {
        files: ledger.files.len(),
        sources: ledger.sources.len(),
        people: ledger.people.len(),
        quotes: ledger.quotes.len(),
        facts: ledger.facts.len(),
        unsourced,
    }
}

impl fmt::Display for LedgerSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "ledger ok: {} file(s), {} sources, {} people, {} quotes, {} facts",
            self.files, self.sources, self.people, self.quotes, self.facts
        )?;
        if self.incomplete() {
            writeln!(
                f,
                "incomplete: {} entries have no source:",
                self.unsourced.len()
            )?;
            for id in &self.unsourced {
                writeln!(f, "  - {id}")?;
            }
        }
        Ok(())
    }
}
