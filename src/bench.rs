//! `claimcheck bench`: throughput of extract + attribute on a corpus made by repeating
//! the test articles, single-threaded and with every core. A measurement to run by hand
//! (in release mode), not a timed test.

use std::path::Path;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::document::Document;
use crate::error::Error;

/// Size of each synthetic document: large enough to stress the per-document passes, small
/// enough that all cores get work.
const DOCUMENT_BYTES: usize = 1 << 20;

/// How the repeated articles are cut into documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Documents of about `DOCUMENT_BYTES`, articles end to end: the per-byte cost.
    Concatenated,
    /// One document per article: adds what every document pays once (language guess,
    /// tables, people), as in a CI run over a directory of drafts.
    PerArticle,
}

pub struct BenchReport {
    pub bytes: usize,
    pub documents: usize,
    pub quotes: usize,
    pub claims: usize,
    pub single: Duration,
    pub parallel: Duration,
    pub threads: usize,
}

impl BenchReport {
    pub fn mb_per_s(&self, d: Duration) -> f64 {
        self.bytes as f64 / 1e6 / d.as_secs_f64().max(1e-9)
    }
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "corpus: {:.1} MB in {} documents ({} quotations, {} claims)",
            self.bytes as f64 / 1e6,
            self.documents,
            self.quotes,
            self.claims
        )?;
        writeln!(
            f,
            "extract + attribute, 1 thread:   {:>8.1} MB/s ({:.2} s)",
            self.mb_per_s(self.single),
            self.single.as_secs_f64()
        )?;
        writeln!(
            f,
            "extract + attribute, {} threads: {:>8.1} MB/s ({:.2} s)",
            self.threads,
            self.mb_per_s(self.parallel),
            self.parallel.as_secs_f64()
        )
    }
}

/// The articles under `dir` repeated to `total_bytes` in all, cut into documents by `layout`.
pub fn corpus(dir: &Path, total_bytes: usize, layout: Layout) -> Result<Vec<String>, Error> {
    let files = crate::source::expand(&[dir.to_path_buf()])?;
    let mut articles = Vec::new();
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|x| x == "txt"))
    {
        articles.push(crate::source::read(f)?.text);
    }
    if articles.is_empty() {
        return Err(Error::EmptyDirectory {
            path: dir.to_path_buf(),
        });
    }
    let mut docs = Vec::new();
    let mut total = 0;
    if layout == Layout::PerArticle {
        let mut next = articles.iter().cycle();
        while total < total_bytes {
            let doc = next.next().cloned().unwrap_or_default();
            total += doc.len().max(1);
            docs.push(doc);
        }
        return Ok(docs);
    }
    // A document is read in one language: each concatenated one holds articles of one
    // language only, the languages in turn, or French articles would be read with the
    // English lexicon.
    let by_lang: [Vec<&String>; 2] = {
        let (fr, en) = articles
            .iter()
            .partition(|a| crate::lang::detect(a) == crate::Lang::Fr);
        [fr, en]
    };
    let mut cycles: Vec<_> = by_lang
        .iter()
        .filter(|list| !list.is_empty())
        .map(|list| list.iter().cycle())
        .collect();
    let languages = cycles.len();
    let mut turn = 0;
    while total < total_bytes {
        let Some(next) = cycles.get_mut(turn % languages.max(1)) else {
            break;
        };
        turn += 1;
        let mut doc = String::with_capacity(DOCUMENT_BYTES + 8192);
        while doc.len() < DOCUMENT_BYTES {
            doc.push_str(next.next().map_or("", |a| a.as_str()));
            doc.push_str("\n\n");
        }
        total += doc.len();
        docs.push(doc);
    }
    Ok(docs)
}

fn run_once(docs: &[String]) -> (usize, usize) {
    docs.par_iter()
        .map(|text| {
            let doc = Document::new("bench", text.clone(), None);
            let x = crate::pipeline::extract_document(&doc, &[]);
            (x.quotes.len(), x.claims.len())
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
}

pub fn run(docs: &[String]) -> Result<BenchReport, Error> {
    let single_pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .map_err(|e| Error::Usage(e.to_string()))?;
    let started = Instant::now();
    let (quotes, claims) = single_pool.install(|| run_once(docs));
    let single = started.elapsed();
    let started = Instant::now();
    run_once(docs);
    let parallel = started.elapsed();
    Ok(BenchReport {
        bytes: docs.iter().map(String::len).sum(),
        documents: docs.len(),
        quotes,
        claims,
        single,
        parallel,
        threads: rayon::current_num_threads(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_layouts_repeat_the_articles_to_the_size_asked() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/eval");
        let per_article = corpus(&dir, 200_000, Layout::PerArticle).expect("corpus");
        let joined = corpus(&dir, 1_500_000, Layout::Concatenated).expect("corpus");
        let size = |docs: &[String]| docs.iter().map(String::len).sum::<usize>();
        assert!(size(&per_article) >= 200_000 && size(&joined) >= 1_500_000);
        let langs: Vec<_> = joined.iter().map(|d| crate::lang::detect(d)).collect();
        assert_eq!(langs, [crate::Lang::Fr, crate::Lang::En]);
        // articles are a few kilobytes; concatenated documents about a megabyte
        assert!(per_article.len() > 20 && per_article.iter().all(|d| d.len() < 20_000));
        // one document of each language
        assert_eq!(joined.len(), 2);
        let report = run(&per_article).expect("bench runs");
        assert_eq!(report.documents, per_article.len());
        assert!(report.quotes > 0 && report.claims > 0);
    }
}
