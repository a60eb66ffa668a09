//! Runs the converted Microsoft Recognizers-Text specs (tests/specs, MIT licence, see
//! tests/specs/LICENSE) against `numbers::scan`.
//!
//! Mapping of our kinds to the spec's kinds, per upstream model (each upstream model only
//! reports its own kind, so cases are compared with the expressions of that kind):
//! - NumberModel cases: `scan_with(.., all_numbers)`; every non-date expression contributes
//!   its literal numbers (`NumericExpr::numbers`) as kind "number" (e.g. "14" in "$14bn"
//!   is the number 1.4e10 with text "14bn"), except a measure whose unit is glued to its
//!   figures ("180ml", "29km"): upstream reads those with its DimensionModel only.
//! - PercentModel: Percent -> "percent"; CurrencyModel: Money -> "currency";
//!   AgeModel: Age and Duration -> "age" (upstream's age model reads "dix mois" as an age).
//!   Text compared is `NumericExpr::core` (without qualifier, lead-in and "per" phrase),
//!   since upstream spans never include them.
//! - NumberRangeModel (*.ranges.jsonl): expressions with a bound qualifier -> "number_range",
//!   compared on span text and lower/upper bounds (as written: a spelled fraction of a whole,
//!   which claimcheck reads as a percentage, by its fraction).
//!
//! A case passes when the multiset of (text, kind, value) found equals the expected one
//! (text trimmed and lower-cased, values within 1e-6 relative).

use claimcheck::extract::numbers::{
    ClaimKind, Lang, NumericExpr, Qualifier, ScanOptions, scan, scan_with,
};
use serde_json::Value;
use std::collections::BTreeMap;

/// Floors (percent, rounded down) reached by the implementation; the test fails below them.
const FLOOR_FR: f64 = 98.0;
const FLOOR_EN: f64 = 95.0;
const FLOOR_FR_BEYOND: f64 = 76.0;
const FLOOR_FR_RANGES: f64 = 34.0;
const FLOOR_EN_RANGES: f64 = 43.0;

/// Cases we consider wrong or out of scope for a news claim checker, with the reason.
/// They still count as failures in the rates.
const EXPECTED_FAILURES: &[(&str, &str, &str)] = &[
    // ---- fr.jsonl
    (
        "fr.jsonl",
        "pourcentage de vingt",
        "'pourcentage de N' read as N %: in news 'le pourcentage de 18-24 ans' is no claim",
    ),
    (
        "fr.jsonl",
        "pourcent des trois cent cinq",
        "same: a percent word before a number is not a percentage of it",
    ),
    (
        "fr.jsonl",
        "Dollar: 143,80 yens, en haut 0. 95; 1. 8500 marques, en haut 0. 0085.",
        "a bare currency name without amount is not a numeric expression",
    ),
    (
        "fr.jsonl",
        "Le cerf - le classement de Scott",
        "(prefix) expects a bare 'dollar' (from 'multimilliardaire - dollar') with no amount",
    ),
    (
        "fr.jsonl",
        "Il a environ 40 - 50 ans",
        "upstream expects only '50 ans'; we read the range 40-50 ans",
    ),
    // ---- en.jsonl
    (
        "en.jsonl",
        "one hundred one thousand fifths",
        "expected 100/1005: an unnatural reading of a run of number words",
    ),
    (
        "en.jsonl",
        "Any time to meet on 5/17/2018?",
        "a date (2018-05-17); dates are not numbers",
    ),
    (
        "en.jsonl",
        "My phone number is +1-222-2222/2222",
        "phone numbers are not claims",
    ),
    (
        "en.jsonl",
        " two millionth",
        "upstream expects 'two' only; we read the fraction 2/1,000,000",
    ),
    (
        "en.jsonl",
        " 100 millionths",
        "upstream expects '100' only; we read the fraction 100/1,000,000",
    ),
    (
        "en.jsonl",
        "percents of twenty",
        "'percent(s) of N' read as N %: not a percentage in news text",
    ),
    ("en.jsonl", "percent of 10", "same"),
    ("en.jsonl", "per cent of twenty-two", "same"),
    ("en.jsonl", "per cent of 210", "same"),
    (
        "en.jsonl",
        "Only a small percent attain the top ranks",
        "a bare percent word without number is not a numeric expression",
    ),
    (
        "en.jsonl",
        "The table shows the % of increase in the last month",
        "same",
    ),
    ("en.jsonl", "How do I calculate a percentage?", "same"),
    (
        "en.jsonl",
        "dollar : 143.80 yen , up 0 . 95 ; 1 . 8500 marks , up 0 . 0085 .",
        "a bare currency name without amount is not a numeric expression",
    ),
    (
        "en.jsonl",
        "It may need one kuai and five mao five.",
        "colloquial Chinese units (kuai/mao) are out of scope",
    ),
    (
        "en.jsonl",
        "the hart - scott filing",
        "(prefix) expects a bare 'dollar' (from 'multibillion - dollar') with no amount",
    ),
    (
        "en.jsonl",
        "50 dollar dollar",
        "bare currency name without amount",
    ),
    (
        "en.jsonl",
        "50 dollar rmb",
        "bare currency name without amount",
    ),
    (
        "en.jsonl",
        "1 $10 dollars bill",
        "bare currency name without amount",
    ),
    (
        "en.jsonl",
        "I counted the dollars thousand of times.",
        "bare currency name without amount",
    ),
    (
        "en.jsonl",
        "He is about 40 - 50 years old.",
        "upstream expects only '50 years old'; we read the range 40-50",
    ),
    // ---- fr.beyond.jsonl (cases judged wrong; other failures there are plain gaps)
    (
        "fr.beyond.jsonl",
        "un/une",
        "contradicts fr.jsonl, where 'un'/'une' are numbers in all-numbers mode",
    ),
    (
        "fr.beyond.jsonl",
        "Réservez un siège de première classe à Seattle",
        "contradicts fr.jsonl ('un vent glacial' -> 1)",
    ),
    (
        "fr.beyond.jsonl",
        "1m n'est pas un nombre.",
        "contradicts fr.jsonl ('un' is a number in all-numbers mode)",
    ),
    (
        "fr.beyond.jsonl",
        "1 234 567,89 est un format numérique valide.",
        "contradicts fr.jsonl, which expects 'un' here",
    ),
    (
        "fr.beyond.jsonl",
        "3 cent un est un nombre valide.",
        "contradicts fr.jsonl ('un' is a number)",
    ),
    (
        "fr.beyond.jsonl",
        "Vingt-six personnes meurent dans un accident à Techiman",
        "contradicts fr.jsonl ('un' is a number)",
    ),
    (
        "fr.beyond.jsonl",
        "2millions SEK ne peut pas t'acheter un grand appartement",
        "contradicts fr.jsonl ('un' is a number)",
    ),
    (
        "fr.beyond.jsonl",
        "4 mille 3 cents et 21 est un nombre valide.",
        "'cents' after digits is the currency; and 'un' is a number",
    ),
    (
        "fr.beyond.jsonl",
        "-92321312.0",
        "expected value -9.2321312 is a conversion error",
    ),
    (
        "fr.beyond.jsonl",
        "43894.0",
        "expected value 0.75 is a spreadsheet date artefact",
    ),
    (
        "fr.beyond.jsonl",
        "40000 est équivalant à\u{a0}40 000",
        "expected text '40 000' does not occur at the first position",
    ),
    (
        "fr.beyond.jsonl",
        "vingt et un trillions",
        "French 'trillion' is 1e18 (long scale), not 1e12",
    ),
    (
        "fr.beyond.jsonl",
        "vingt et un trillions et trois cents",
        "French 'trillion' is 1e18 (long scale)",
    ),
    (
        "fr.beyond.jsonl",
        "vingt et un cinquième",
        "contradicts fr.jsonl ('vingt et un cinquieme' = 20.2)",
    ),
    (
        "fr.beyond.jsonl",
        "cent trente cinquièmes",
        "contradicts fr.jsonl ('cent trente cinquiemes' = 26)",
    ),
    (
        "fr.beyond.jsonl",
        "La réponse est de négative cent trente cinquièmes",
        "contradicts fr.jsonl ('cent trente cinquiemes' = 26)",
    ),
    (
        "fr.beyond.jsonl",
        "322 cents",
        "'cents' after digits is the currency (fr.jsonl: '50 cents' is money)",
    ),
    (
        "fr.beyond.jsonl",
        "Je peux vous donner 3 cents et 21 yuans.",
        "'cents' after digits is the currency",
    ),
    (
        "fr.beyond.jsonl",
        "4 mille 3 cents et 0 sont deux nombres valides.",
        "'cents' after digits is the currency",
    ),
    (
        "fr.beyond.jsonl",
        "4000 3 cents et 21 sont deux nombres valides.",
        "'cents' after digits is the currency",
    ),
    (
        "fr.beyond.jsonl",
        "3 cents et 2 cents sont deux nombres valides.",
        "'cents' after digits is the currency",
    ),
    (
        "fr.beyond.jsonl",
        "3 cents et 2,12 cents sont deux nombres valides.",
        "'cents' after digits is the currency",
    ),
    (
        "fr.beyond.jsonl",
        "3 cents et négatif un sont deux nombres valides.",
        "'cents' after digits is the currency",
    ),
    (
        "fr.beyond.jsonl",
        "Avez-vous le temps de se rencontrer le 17/05/2018 ?",
        "a date (2018-05-17); dates are not numbers",
    ),
    (
        "fr.beyond.jsonl",
        "Mon numéro de téléphone est le +1-222-2222/2222",
        "phone numbers are not claims",
    ),
    (
        "fr.beyond.jsonl",
        "cent pour cent.",
        "the expected span includes the sentence's final period",
    ),
    (
        "fr.beyond.jsonl",
        "juste demander de soustraire cinq pour-cent",
        "'soustraire' (subtract) is not a minus sign",
    ),
    (
        "fr.beyond.jsonl",
        "un demi million",
        "expected span drops the article 'un'",
    ),
    (
        "fr.beyond.jsonl",
        "La réponse est de négative quatre-vingt-quinze à cinq cent cinquièmes",
        "machine translation: 'à' is not part of a number",
    ),
];

#[derive(Debug, Clone)]
struct Item {
    text: String,
    kind: String,
    value: Option<f64>,
    value2: Option<f64>,
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => {
            let d = (x - y).abs();
            d <= 1e-6 * x.abs().max(y.abs()) || d < 1e-9
        }
        _ => false,
    }
}

fn same(a: &Item, b: &Item) -> bool {
    a.text == b.text && a.kind == b.kind && close(a.value, b.value) && close(a.value2, b.value2)
}

fn norm_text(s: &str) -> String {
    s.trim().to_lowercase()
}

fn found_items(input: &str, lang: Lang, model: &str) -> Vec<Item> {
    let sl = |r: &std::ops::Range<usize>| norm_text(input.get(r.clone()).unwrap_or(""));
    let mut out = Vec::new();
    if model == "NumberModel" {
        for e in scan_with(input, lang, ScanOptions { all_numbers: true }) {
            // A measure whose unit is glued to its figures ("180ml", "29km") is upstream's
            // DimensionModel's: its NumberModel reads no number run into letters, where a
            // news claim checker reads a measure.
            let glued_measure = e.kind == ClaimKind::Number
                && e.unit.is_some()
                && e.numbers.iter().any(|(r, _)| {
                    input
                        .get(r.end..)
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(char::is_alphabetic)
                });
            if e.kind == ClaimKind::Date || glued_measure {
                continue;
            }
            for (r, v) in &e.numbers {
                out.push(Item {
                    text: sl(r),
                    kind: "number".into(),
                    value: Some(*v),
                    value2: None,
                });
            }
        }
        return out;
    }
    let exprs: Vec<NumericExpr> = scan(input, lang);
    for e in exprs {
        match model {
            "PercentModel" if e.kind == ClaimKind::Percent => out.push(Item {
                text: sl(&e.core),
                kind: "percent".into(),
                value: e.value,
                value2: None,
            }),
            "CurrencyModel" if e.kind == ClaimKind::Money => out.push(Item {
                text: sl(&e.core),
                kind: "currency".into(),
                value: e.value,
                value2: None,
            }),
            "AgeModel" if matches!(e.kind, ClaimKind::Age | ClaimKind::Duration) => {
                out.push(Item {
                    text: sl(&e.core),
                    kind: "age".into(),
                    value: e.value,
                    value2: None,
                })
            }
            "NumberRangeModel"
                if matches!(
                    e.qualifier,
                    Qualifier::MoreThan
                        | Qualifier::LessThan
                        | Qualifier::AtLeast
                        | Qualifier::AtMost
                        | Qualifier::Range
                ) && e.kind != ClaimKind::Date =>
            {
                // (the bounds as written: "plus de la moitié", a proportion claimcheck reads
                // as more than 50 %, is more than 0.5 to upstream)
                let as_fraction = match (e.kind, e.numbers.as_slice(), e.low.or(e.high)) {
                    (ClaimKind::Percent, [(_, n)], Some(bound)) => (n * 100.0 - bound).abs() < 1e-9,
                    _ => false,
                };
                let written = |v: Option<f64>| if as_fraction { v.map(|v| v / 100.0) } else { v };
                out.push(Item {
                    text: sl(&e.span),
                    kind: "number_range".into(),
                    value: written(e.low),
                    value2: written(e.high),
                })
            }
            _ => {}
        }
    }
    out
}

fn expected_items(exp: &Value) -> Vec<Item> {
    let mut out = Vec::new();
    for e in exp.as_array().into_iter().flatten() {
        let kind = e["kind"].as_str().unwrap_or("").to_string();
        let text = norm_text(e["text"].as_str().unwrap_or(""));
        if kind == "number_range" {
            out.push(Item {
                text,
                kind,
                value: e["lower"].as_f64(),
                value2: e["upper"].as_f64(),
            });
        } else {
            out.push(Item {
                text,
                kind,
                value: e["value"].as_f64(),
                value2: None,
            });
        }
    }
    out
}

fn multiset_eq(a: &[Item], b: &[Item]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut used = vec![false; b.len()];
    for x in a {
        let mut hit = false;
        for (j, y) in b.iter().enumerate() {
            if !used[j] && same(x, y) {
                used[j] = true;
                hit = true;
                break;
            }
        }
        if !hit {
            return false;
        }
    }
    true
}

struct FileResult {
    passed: usize,
    total: usize,
    per_kind: BTreeMap<String, (usize, usize)>,
}

fn run_file(name: &str, lang: Lang, verbose: bool) -> FileResult {
    let path = format!("{}/tests/specs/{}", env!("CARGO_MANIFEST_DIR"), name);
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    // entries match the case input exactly or as a prefix (for the long newswire inputs)
    let expected_fail: Vec<&str> = EXPECTED_FAILURES
        .iter()
        .filter(|(f, _, _)| *f == name)
        .map(|(_, i, _)| *i)
        .collect();
    let mut res = FileResult {
        passed: 0,
        total: 0,
        per_kind: BTreeMap::new(),
    };
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("valid json line");
        let input = case["input"].as_str().unwrap_or("");
        let source = case["source"].as_str().unwrap_or("");
        let model = source
            .rsplit('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(".json");
        let exp = expected_items(&case["expected"]);
        let found = found_items(input, lang, model);
        let ok = multiset_eq(&exp, &found);
        res.total += 1;
        if ok {
            res.passed += 1;
        }
        let kind = exp
            .first()
            .map(|i| i.kind.clone())
            .unwrap_or_else(|| format!("none ({model})"));
        let entry = res.per_kind.entry(kind).or_insert((0, 0));
        entry.1 += 1;
        if ok {
            entry.0 += 1;
        }
        let listed = expected_fail
            .iter()
            .any(|p| input == *p || input.starts_with(p));
        // the ranges files are report-only: their failures are printed with SPEC_VERBOSE=1
        let report_only = name.contains("ranges");
        if !ok && ((!listed && !report_only) || verbose) {
            println!("FAIL {name} {model}: {input:?}\n   expected {exp:?}\n   found    {found:?}");
        }
        if ok && listed {
            println!("NOTE {name}: listed as expected failure but passes: {input:?}");
        }
    }
    res
}

fn pct(r: &FileResult) -> f64 {
    100.0 * r.passed as f64 / r.total.max(1) as f64
}

#[test]
fn spec_suite() {
    let verbose = std::env::var("SPEC_VERBOSE").is_ok();
    let files = [
        ("fr.jsonl", Lang::Fr, FLOOR_FR),
        ("en.jsonl", Lang::En, FLOOR_EN),
        ("fr.beyond.jsonl", Lang::Fr, FLOOR_FR_BEYOND),
        ("fr.ranges.jsonl", Lang::Fr, FLOOR_FR_RANGES),
        ("en.ranges.jsonl", Lang::En, FLOOR_EN_RANGES),
    ];
    let mut summary = Vec::new();
    for (name, lang, floor) in files {
        let r = run_file(name, lang, verbose);
        summary.push((name, r, floor));
    }
    println!(
        "\n=== spec suite pass rates ({} cases listed in EXPECTED_FAILURES count as failures) ===",
        EXPECTED_FAILURES.len()
    );
    for (name, r, floor) in &summary {
        println!(
            "{name:18} {:4}/{:4}  {:6.2} %  (floor {floor} %)",
            r.passed,
            r.total,
            pct(r)
        );
        for (k, (p, t)) in &r.per_kind {
            println!(
                "    {k:28} {p:4}/{t:4}  {:6.2} %",
                100.0 * *p as f64 / (*t).max(1) as f64
            );
        }
    }
    for (name, r, floor) in &summary {
        assert!(
            pct(r) >= *floor,
            "{name}: {:.2} % is below the floor {floor} %",
            pct(r)
        );
    }
}
