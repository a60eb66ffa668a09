//! Random text and random bytes through extract and check: never a panic, whatever the input.

use claimcheck::check::CheckOptions;
use claimcheck::ledger::Ledger;
use claimcheck::{Lang, pipeline, source};

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Pieces that exercise every parser: marks, apostrophes, numbers, verbs, names, spaces.
const PIECES: &[&str] = &[
    "«",
    "»",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "„",
    "‹",
    "›",
    " ",
    "\u{a0}",
    "\u{202f}",
    "\n",
    "\r\n",
    "\n\n",
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "…",
    "-",
    "—",
    "%",
    "$",
    "€",
    "£",
    "14",
    "3,5",
    "1.2",
    "000",
    " 000",
    "milliards",
    "de",
    "dollars",
    "d’euros",
    "bn",
    "m",
    "ans",
    "âgé",
    "presque",
    "plus",
    "d’une",
    "décennie",
    "novembre",
    "2022",
    "a-t-il",
    "déclaré",
    "selon",
    "said",
    "he",
    "she",
    "Yann",
    "LeCun",
    "M.",
    "Dr",
    "Jane",
    "Doe",
    "appelée",
    "so-called",
    "a",
    "le",
    "la",
    "percent",
    "pour cent",
    "entre",
    "et",
    "à",
    "more than",
    "Llama 4",
    "COVID-19",
    "\u{feff}",
    "é",
    "𝄞",
    "\t",
    "e\u{301}",
];

fn random_text(rng: &mut Rng) -> String {
    let n = (rng.next() % 200) as usize;
    (0..n).map(|_| rng.pick(PIECES)).collect()
}

#[test]
fn random_strings_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let ledger = Ledger::default();
    let options = CheckOptions {
        date: Some("2025-12-18".into()),
        ..CheckOptions::default()
    };
    for _ in 0..1500 {
        let text = random_text(&mut rng);
        for lang in [Lang::Fr, Lang::En] {
            let p = pipeline::check_text("fuzz", &text, Some(lang), &ledger, &options);
            assert_eq!(
                p.findings.len(),
                p.extraction.quotes.len()
                    + p.extraction.claims.len()
                    + p.extraction.unbalanced.len()
            );
            for f in &p.findings {
                assert!(f.span.start <= f.span.end && f.span.end <= text.len());
                assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            }
        }
    }
}

#[test]
fn random_bytes_are_rejected_or_read_never_panic() {
    let mut rng = Rng(42);
    for _ in 0..1500 {
        let n = (rng.next() % 300) as usize;
        let bytes: Vec<u8> = (0..n).map(|_| (rng.next() & 0xff) as u8).collect();
        if let Ok(src) = source::decode(std::path::Path::new("bytes"), bytes) {
            let p = pipeline::check_text(
                "bytes",
                &src.text,
                None,
                &Ledger::default(),
                &CheckOptions::default(),
            );
            assert!(p.findings.len() >= p.extraction.quotes.len());
        }
    }
}

#[test]
fn empty_and_whitespace_inputs() {
    for text in ["", " ", "\n\n\n", "\u{feff}", "«", "»", "\"", "“”"] {
        let p = pipeline::check_text(
            "t",
            text,
            None,
            &Ledger::default(),
            &CheckOptions::default(),
        );
        assert!(p.extraction.quotes.is_empty(), "{text:?}");
    }
}
