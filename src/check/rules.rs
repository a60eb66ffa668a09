//! The verdicts. Each rule has a stable id (used in every output format and in
//! configuration), a default severity and a one-line meaning.

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "note" => Ok(Severity::Note),
            "warning" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            other => Err(format!(
                "unknown severity `{other}` (expected error, warning or note)"
            )),
        }
    }
}

macro_rules! rules {
    ($( $variant:ident = $id:literal, $severity:ident, $meaning:literal; )*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule { $( $variant, )* }

        impl Rule {
            pub const ALL: &'static [Rule] = &[ $( Rule::$variant, )* ];

            pub fn id(self) -> &'static str {
                match self { $( Rule::$variant => $id, )* }
            }

            pub fn default_severity(self) -> Severity {
                match self { $( Rule::$variant => Severity::$severity, )* }
            }

            pub fn meaning(self) -> &'static str {
                match self { $( Rule::$variant => $meaning, )* }
            }
        }
    };
}

rules! {
    QuoteVerified = "quote-verified", Note, "the words match a ledger quote of this speaker";
    QuoteFragment = "quote-fragment", Note, "the words are a faithful fragment of a ledger quote";
    QuoteAltered = "quote-altered", Error, "close to a ledger quote but the words differ";
    QuoteMisattributed = "quote-misattributed", Error, "the words belong to another person in the ledger";
    QuoteUnverified = "quote-unverified", Warning, "no ledger quote matches";
    QuoteUnattributed = "quote-unattributed", Warning, "no speaker could be found";
    QuoteUnbalanced = "quote-unbalanced", Warning, "a quotation mark is never closed";
    QuoteTerm = "quote-term", Note, "a designation in quotation marks, not speech: nothing to check";
    ClaimConsistent = "claim-consistent", Note, "within tolerance of the ledger fact";
    ClaimRounded = "claim-rounded", Note, "consistent once the ledger value is rounded as the article rounds";
    ClaimContradicted = "claim-contradicted", Error, "outside tolerance, or the qualifier is violated";
    ClaimUnitMismatch = "claim-unit-mismatch", Error, "same fact, other unit or currency";
    ClaimInconsistent = "claim-inconsistent", Error, "the document states the same fact with two different values";
    ClaimAmbiguous = "claim-ambiguous", Warning, "several ledger facts fit equally well";
    ClaimUnverified = "claim-unverified", Warning, "no ledger fact fits";
    SuppressionWithoutReason = "suppression-without-reason", Warning, "a claimcheck suppression comment gives no reason";
    SuppressionUnused = "suppression-unused", Warning, "a claimcheck suppression comment matched no finding";
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Rule {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Rule::ALL
            .iter()
            .copied()
            .find(|r| r.id() == s)
            .ok_or_else(|| format!("unknown rule `{s}`"))
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for r in Rule::ALL {
            assert_eq!(r.id().parse::<Rule>(), Ok(*r));
        }
        let mut ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Rule::ALL.len());
    }
}
