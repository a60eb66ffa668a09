//! Scoring against gold files (`X.txt` beside `X.gold.json`, format in tests/corpus/README.md):
//! quote precision, recall and F1 (spans overlapping by at least half of each), speaker
//! accuracy (last word of the name), claim recall and accuracy (kind, value, currency), per
//! language, with the list of every miss so a regression can be read, not just counted.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::attribute::Extraction;
use crate::attribute::people::KnownPerson;
use crate::document::Document;
use crate::error::Error;
use crate::extract::numbers::ClaimKind;
use crate::lang::Lang;

#[derive(Debug, Deserialize)]
pub struct Gold {
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    #[serde(default)]
    pub claims: Vec<GoldClaim>,
    #[serde(default)]
    pub not_claims: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct GoldQuote {
    pub text: String,
    pub speaker: Option<String>,
    pub kind: String,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub optional: bool,
}

#[derive(Debug, Deserialize)]
pub struct GoldClaim {
    pub text: String,
    pub kind: String,
    pub value: serde_json::Value,
    pub unit: Option<String>,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub optional: bool,
}

/// Counts for one language.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub documents: usize,
    pub quotes_gold: usize,
    pub quotes_found: usize,
    pub quotes_matched: usize,
    pub speakers_right: usize,
    pub claims_gold: usize,
    pub claims_found: usize,
    pub claims_matched: usize,
    pub claims_right: usize,
    pub not_claims_found: usize,
    pub misses: Vec<String>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

impl Score {
    pub fn quote_precision(&self) -> f64 {
        ratio(self.quotes_matched, self.quotes_found)
    }
    pub fn quote_recall(&self) -> f64 {
        ratio(self.quotes_matched, self.quotes_gold)
    }
    pub fn quote_f1(&self) -> f64 {
        let (p, r) = (self.quote_precision(), self.quote_recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speakers_right, self.quotes_matched)
    }
    pub fn claim_recall(&self) -> f64 {
        ratio(self.claims_matched, self.claims_gold)
    }
    pub fn claim_accuracy(&self) -> f64 {
        ratio(self.claims_right, self.claims_matched)
    }
}

/// Scores per language, in language order.
#[derive(Debug, Default)]
pub struct EvalReport {
    pub by_lang: BTreeMap<Lang, Score>,
}

/// Overlap of at least half of each span.
fn overlaps_by_half(a: (usize, usize), b: (usize, usize)) -> bool {
    let overlap = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    overlap * 2 >= a.1 - a.0 && overlap * 2 >= b.1 - b.0 && overlap > 0
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The last word of a speaker's name, past a legal form: the tool names "Kanem Foods
/// Limited" as "Kanem Foods", as it compares names with a ledger (see `People::build`).
fn last_word(name: &str, lex: &crate::lexicon::Lexicon) -> String {
    let mut words = name.split_whitespace().rev().peekable();
    let mut last = words.next().unwrap_or("");
    if lex.is_legal_suffix(last)
        && let Some(before) = words.peek()
    {
        last = before;
    }
    crate::text::fold(last)
}

/// Scores one document's extraction against its gold.
pub fn score_document(doc: &Document, x: &Extraction, gold: &Gold, score: &mut Score) {
    let name = &doc.path;
    let lex = crate::lexicon::Lexicon::get(doc.lang);
    score.documents += 1;
    let found: Vec<(usize, usize)> = x
        .quotes
        .iter()
        .map(|q| {
            let r = q.span.inner();
            (r.start, r.end)
        })
        .collect();
    let mut used = vec![false; found.len()];
    for g in &gold.quotes {
        let hit = found
            .iter()
            .enumerate()
            .find(|(i, f)| !used[*i] && overlaps_by_half(**f, (g.start, g.end)))
            .map(|(i, _)| i);
        if let Some(i) = hit {
            used[i] = true;
        }
        if g.optional {
            continue;
        }
        score.quotes_gold += 1;
        let Some(i) = hit else {
            score
                .misses
                .push(format!("{name}: missed quote «{}» at {}", g.text, g.start));
            continue;
        };
        score.quotes_matched += 1;
        let speaker = x.quotes[i].speaker.as_ref().map(|s| s.name.as_str());
        let right = match (&g.speaker, speaker) {
            (None, None) => true,
            (Some(a), Some(b)) => last_word(a, lex) == last_word(b, lex),
            _ => false,
        };
        if right {
            score.speakers_right += 1;
        } else {
            let rule = x.quotes[i].speaker.as_ref().map_or("none", |s| s.rule);
            score.misses.push(format!(
                "{name}: speaker of «{}»: gold {:?}, found {:?} ({rule})",
                g.text, g.speaker, speaker
            ));
        }
    }
    for (i, f) in found.iter().enumerate() {
        let optional_match = gold
            .quotes
            .iter()
            .any(|g| g.optional && overlaps_by_half(*f, (g.start, g.end)));
        if optional_match
            && !gold
                .quotes
                .iter()
                .any(|g| !g.optional && overlaps_by_half(*f, (g.start, g.end)))
        {
            continue;
        }
        score.quotes_found += 1;
        if !used[i] {
            score.misses.push(format!(
                "{name}: spurious quote «{}» at {}",
                x.quotes[i].span.text(&doc.text),
                f.0
            ));
        }
    }

    let claims: Vec<(usize, usize)> = x
        .claims
        .iter()
        .map(|c| (c.expr.span.start, c.expr.span.end))
        .collect();
    for g in gold.claims.iter().filter(|g| !g.optional) {
        score.claims_gold += 1;
        let Some(i) = claims.iter().position(|c| overlaps(*c, (g.start, g.end))) else {
            score
                .misses
                .push(format!("{name}: missed claim «{}» ({})", g.text, g.kind));
            continue;
        };
        score.claims_matched += 1;
        let c = &x.claims[i].expr;
        let kind_ok = c.kind.as_str() == g.kind;
        let value_ok = match (&g.value, c.kind) {
            (serde_json::Value::Null, _) => true,
            (serde_json::Value::String(iso), ClaimKind::Date) => c
                .date
                .as_deref()
                .is_some_and(|d| d.starts_with(iso.as_str()) || iso.starts_with(d)),
            (serde_json::Value::Number(n), _) => match (n.as_f64(), c.value) {
                (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * a.abs().max(1.0),
                _ => false,
            },
            _ => false,
        };
        let unit_ok = g.kind != "money" || g.unit == c.unit;
        if kind_ok && value_ok && unit_ok {
            score.claims_right += 1;
        } else {
            let value = c
                .date
                .clone()
                .or(c.value.map(|v| v.to_string()))
                .unwrap_or_else(|| "none".into());
            score.misses.push(format!(
                "{name}: claim «{}»: gold {} {} {:?}, found {} {value} {:?}",
                g.text,
                g.kind,
                g.value,
                g.unit,
                c.kind.as_str(),
                c.unit
            ));
        }
    }
    for (i, c) in claims.iter().enumerate() {
        if gold.claims.iter().any(|g| overlaps(*c, (g.start, g.end))) {
            if gold
                .claims
                .iter()
                .any(|g| !g.optional && overlaps(*c, (g.start, g.end)))
            {
                score.claims_found += 1;
            }
            continue;
        }
        score.claims_found += 1;
        let text = doc.slice(&x.claims[i].expr.span);
        if gold
            .not_claims
            .iter()
            .any(|n| n.contains(text) || text.contains(n.as_str()))
        {
            score.not_claims_found += 1;
            score.misses.push(format!("{name}: not a claim: «{text}»"));
        } else {
            score
                .misses
                .push(format!("{name}: spurious claim «{text}»"));
        }
    }
}

/// Every `X.txt` with an `X.gold.json` beside it under `dir`, in path order.
pub fn gold_pairs(dir: &Path) -> Result<Vec<(PathBuf, PathBuf)>, Error> {
    let files = crate::source::expand(&[dir.to_path_buf()])?;
    Ok(files
        .into_iter()
        .filter_map(|txt| {
            let gold = txt.with_extension("gold.json");
            gold.is_file().then_some((txt, gold))
        })
        .collect())
}

pub fn evaluate(dir: &Path, known: &[KnownPerson]) -> Result<EvalReport, Error> {
    let mut report = EvalReport::default();
    for (txt, gold_path) in gold_pairs(dir)? {
        let src = crate::source::read(&txt)?;
        let doc = Document::new(src.path, src.text, None);
        let x = crate::pipeline::extract_document(&doc, known);
        let bytes = std::fs::read(&gold_path).map_err(|source| Error::Io {
            path: gold_path.clone(),
            source,
        })?;
        let gold: Gold = serde_json::from_slice(&bytes)
            .map_err(|e| Error::Usage(format!("{}: bad gold file: {e}", gold_path.display())))?;
        score_document(&doc, &x, &gold, report.by_lang.entry(doc.lang).or_default());
    }
    Ok(report)
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (lang, s) in &self.by_lang {
            writeln!(
                f,
                "{lang}: {} documents | quotes P {:.3} R {:.3} F1 {:.3} ({}/{} gold, {} found) | speakers {:.3} ({}/{}) | claims recall {:.3} ({}/{}) accuracy {:.3} ({}/{}) | not-claims taken {}",
                s.documents,
                s.quote_precision(),
                s.quote_recall(),
                s.quote_f1(),
                s.quotes_matched,
                s.quotes_gold,
                s.quotes_found,
                s.speaker_accuracy(),
                s.speakers_right,
                s.quotes_matched,
                s.claim_recall(),
                s.claims_matched,
                s.claims_gold,
                s.claim_accuracy(),
                s.claims_right,
                s.claims_matched,
                s.not_claims_found,
            )?;
        }
        for (lang, s) in &self.by_lang {
            if !s.misses.is_empty() {
                writeln!(f, "\n{lang} misses:")?;
                for m in &s.misses {
                    writeln!(f, "  {m}")?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_overlap_rule() {
        assert!(overlaps_by_half((0, 10), (0, 10)));
        assert!(overlaps_by_half((0, 10), (2, 10)));
        assert!(!overlaps_by_half((0, 10), (0, 30)));
        assert!(!overlaps_by_half((0, 4), (4, 8)));
    }

    #[test]
    fn speakers_compare_by_last_word_past_a_legal_form() {
        let lex = crate::lexicon::Lexicon::get(crate::Lang::En);
        assert_eq!(
            last_word("Kanem Foods Limited", lex),
            last_word("Kanem Foods", lex)
        );
        assert_eq!(last_word("Jane Smith", lex), "smith");
        assert_ne!(last_word("Acme Ltd", lex), last_word("Beta Ltd", lex));
        // a name that is a legal form alone keeps it
        assert_eq!(last_word("Limited", lex), "limited");
    }
}
