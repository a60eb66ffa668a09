// TEMPORARY API STUB (replaced by the real grammar before commit)
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
    pub span: Range<usize>,
    pub kind: ClaimKind,
    pub value: Option<f64>,
    pub date: Option<String>,
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub per: Option<String>,
}
pub fn scan(_text: &str, _lang: Lang) -> Vec<NumericExpr> {
    Vec::new()
}
pub fn parse_value(_s: &str) -> Option<NumericExpr> {
    None
}
