//! Throughput of `numbers::scan` on news text, single core:
//! `cargo run --release --example numbers_bench [MB]` (default 20 MB per language).
//! The corpus repeats the eval articles (tests/corpus/eval/{fr,en}).

use std::time::Instant;

use claimcheck::extract::numbers::{Lang, scan};

fn corpus(dir: &str, bytes: usize) -> String {
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .expect("eval corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    texts.sort();
    let mut out = String::with_capacity(bytes + (1 << 16));
    while out.len() < bytes {
        for t in &texts {
            out.push_str(t);
            out.push('\n');
        }
    }
    out
}

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let root = env!("CARGO_MANIFEST_DIR");
    for (lang, sub) in [(Lang::Fr, "fr"), (Lang::En, "en")] {
        let text = corpus(&format!("{root}/tests/corpus/eval/{sub}"), mb * 1_000_000);
        // warm-up (lexicon loading)
        let _ = scan(&text[..text.len().min(100_000)], lang);
        let best = (0..3)
            .map(|_| {
                let t = Instant::now();
                let n = scan(&text, lang).len();
                (t.elapsed(), n)
            })
            .min_by_key(|x| x.0)
            .expect("three runs");
        println!(
            "{sub}: {:.1} MB, {} expressions, {:.1} MB/s",
            text.len() as f64 / 1e6,
            best.1,
            text.len() as f64 / 1e6 / best.0.as_secs_f64()
        );
    }
}
