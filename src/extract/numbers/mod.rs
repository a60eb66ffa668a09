//! Numeric-expression recogniser for French and English news text.
//!
//! `scan` finds every numeric claim in a text (amounts of money, percentages, ages,
//! durations, dates, counts and plain numbers) with its qualifier and implied bounds.
//! `parse_value` reads a single ledger value ("3 billion EUR", "49%", "12 years").
//!
//! Language-specific words live in `data/*.txt` and are loaded once.

mod digits;
mod lexicon;
mod scanner;
mod text;
mod words;

#[cfg(test)]
mod tests;

use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Fr,
    En,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimKind {
    Money,
    Percent,
    PercentagePoints,
    Age,
    Duration,
    Date,
    Count,
    Number,
}

impl ClaimKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            ClaimKind::Money => "money",
            ClaimKind::Percent => "percent",
            ClaimKind::PercentagePoints => "percentage-points",
            ClaimKind::Age => "age",
            ClaimKind::Duration => "duration",
            ClaimKind::Date => "date",
            ClaimKind::Count => "count",
            ClaimKind::Number => "number",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    Approx,
    MoreThan,
    LessThan,
    AtLeast,
    AtMost,
    Range,
}

impl Qualifier {
    pub fn as_str(&self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct NumericExpr {
    /// Byte range of the whole expression (qualifier and unit included).
    pub span: Range<usize>,
    pub kind: ClaimKind,
    /// None for vague amounts and relative dates.
    pub value: Option<f64>,
    /// ISO 8601 date of the precision given ("2022", "2022-11", "2030-03-03", "--05-04",
    /// intervals "2015/2019"); None for relative dates.
    pub date: Option<String>,
    /// Money: ISO 4217 code (minor units: USX cents, GBX pence, EUX euro cents);
    /// Duration/Age: year|month|week|day|hour; Count: the counted noun as written.
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// "year" for "par an"/"a year"; "share" for "par action"; ...
    pub per: Option<String>,
    /// The expression without its leading qualifier / prepositional lead-in and without
    /// the trailing "per" phrase ("14 milliards de dollars" in "près de 14 milliards de dollars par an").
    pub core: Range<usize>,
    /// The literal numbers of the expression with their own spans and values
    /// ("14 milliards" = 1.4e10 in "14 milliards de dollars"; both ends of a range).
    pub numbers: Vec<(Range<usize>, f64)>,
}

/// The pseudo-codes of minor currency units the grammar reads ("5.2p", "20 cents") and the
/// ISO 4217 code of their major unit, a hundred of them.
pub const MINOR_UNITS: &[(&str, &str)] = &[("GBX", "GBP"), ("USX", "USD"), ("EUX", "EUR")];

/// The major unit of a minor currency pseudo-code ("GBX" → "GBP").
pub fn major_unit(minor: &str) -> Option<&'static str> {
    MINOR_UNITS
        .iter()
        .find(|(m, _)| *m == minor)
        .map(|&(_, major)| major)
}

/// Scanning options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScanOptions {
    /// "All numbers" mode: also report bare articles used as numbers (un, une, one) and
    /// numbers that the claim filters drop (product names, law articles, SCP-173...).
    pub all_numbers: bool,
}

/// Every numeric expression in `text`, sorted by start, non-overlapping (leftmost-longest).
pub fn scan(text: &str, lang: Lang) -> Vec<NumericExpr> {
    scanner::scan(text, lang, ScanOptions::default())
}

/// `scan` with options (see [`ScanOptions`]).
pub fn scan_with(text: &str, lang: Lang, opts: ScanOptions) -> Vec<NumericExpr> {
    scanner::scan(text, lang, opts)
}

/// Parses a ledger value ("3 billion EUR", "14.3 billion USD", "3 milliards d'euros",
/// "49%", "12 years", "29", "2022-11"). The whole trimmed string must be one expression.
pub fn parse_value(s: &str) -> Option<NumericExpr> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let offset = s.len() - s.trim_start().len();
    if let Some(d) = scanner::iso_date(t) {
        return Some(shift(d, offset));
    }
    for lang in [Lang::En, Lang::Fr] {
        let found = scanner::scan(t, lang, ScanOptions { all_numbers: true });
        if let [e] = found.as_slice()
            && e.span.start == 0
            && e.span.end == t.len()
        {
            return Some(shift(e.clone(), offset));
        }
    }
    None
}

fn shift(mut e: NumericExpr, off: usize) -> NumericExpr {
    e.span = e.span.start + off..e.span.end + off;
    e.core = e.core.start + off..e.core.end + off;
    for (r, _) in e.numbers.iter_mut() {
        *r = r.start + off..r.end + off;
    }
    e
}
