//! `claimcheck bench-ledger`: the ledger at newsroom scale. Generates a synthetic ledger
//! (a million quotes, a hundred thousand facts by default) as YAML files split the way a
//! newsroom splits them, then measures loading (parse + validate + index), peak memory,
//! and checking articles against it: the bundled article and generated ones that quote
//! ledger entries verbatim, altered, as fragments, misattributed or not at all, and state
//! ledger facts. A measurement to run by hand in release mode, not a timed test.
//!
//! Everything is derived from a fixed seed, so two runs generate the same ledger and the
//! same articles and their figures can be compared.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::check::{CheckOptions, Rule};
use crate::error::Error;
use crate::ledger;
use crate::pipeline;

/// What to generate.
#[derive(Clone, Debug)]
pub struct BenchLedgerOptions {
    pub quotes: usize,
    pub facts: usize,
    pub articles: usize,
    /// Where the YAML files go; a fresh temporary directory (removed afterwards) when `None`.
    /// A directory already holding a ledger generated with the same sizes is reused.
    pub dir: Option<PathBuf>,
    /// The bundled ledger (`claims/`) is loaded with the synthetic one when it exists, so the
    /// bundled article has its own quotes and facts among a million others.
    pub bundled_ledger: Option<PathBuf>,
    /// The bundled article (tests/corpus/lecun-ft-fr.txt).
    pub article: Option<PathBuf>,
}

/// How many people and sources the synthetic newsroom has: "thousands of people".
const PEOPLE: usize = 5_000;
const SOURCES: usize = 2_000;
/// Distinct generated pseudo-words (besides the function words).
const VOCABULARY: usize = 4_000;
/// Quotes per file: a newsroom keeps one file per desk or per month, not one huge file.
const QUOTES_PER_FILE: usize = 50_000;
const FACTS_PER_FILE: usize = 25_000;
/// One generated quote in this many is kept as material for the generated articles.
const SAMPLE_EVERY: usize = 397;
const SEED: u64 = 0x5eed_c1a1_3c4e_c0de;
/// The article date: ages and durations are computed at it.
const ARTICLE_DATE: &str = "2025-12-18";

/// SplitMix64: small, fast, and good enough to make varied text; no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    /// Skewed towards small indexes, as word frequencies are (a few words are everywhere,
    /// most are rare).
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64) * u * u * u) as usize
    }
}

const SYLLABLES: &[&str] = &[
    "ba", "bé", "bri", "ca", "cor", "da", "dé", "di", "fa", "fen", "ga", "gé", "gri", "la", "lè",
    "li", "lo", "lu", "ma", "mé", "mon", "na", "né", "no", "pa", "pan", "pé", "pri", "ra", "ré",
    "ri", "ro", "ru", "sa", "sé", "sol", "ta", "té", "ton", "tri", "va", "vé", "vo", "zo", "ar",
    "el", "in", "or", "us", "an", "ste", "que", "tion", "ment", "ver", "dre", "bor", "cha", "chi",
    "mar",
];

const FUNCTION_FR: &[&str] = &[
    "le", "la", "les", "de", "des", "du", "et", "un", "une", "que", "qui", "ne", "pas", "nous",
    "vous", "il", "elle", "ils", "est", "sont", "a", "ont", "pour", "dans", "sur", "avec", "mais",
    "plus", "très", "tout", "cette", "ce", "notre", "leur", "aussi", "jamais", "toujours", "bien",
];
const FUNCTION_EN: &[&str] = &[
    "the", "a", "of", "and", "to", "in", "we", "is", "not", "that", "it", "they", "are", "for",
    "with", "on", "but", "more", "very", "all", "this", "our", "their", "also", "never", "always",
    "will", "have", "has", "be", "was", "what", "who", "there", "can", "do", "just", "so",
];

const FIRST_NAMES: &[(&str, &str)] = &[
    ("Marie", "female"),
    ("Jean", "male"),
    ("Sophie", "female"),
    ("Paul", "male"),
    ("Anna", "female"),
    ("David", "male"),
    ("Claire", "female"),
    ("Thomas", "male"),
    ("Julie", "female"),
    ("Nicolas", "male"),
    ("Laura", "female"),
    ("Pierre", "male"),
    ("Emma", "female"),
    ("Lucas", "male"),
    ("Sarah", "female"),
    ("Michael", "male"),
    ("Camille", "other"),
    ("Hugo", "male"),
    ("Alice", "female"),
    ("Karim", "male"),
    ("Fatima", "female"),
    ("Chen", "male"),
    ("Ingrid", "female"),
    ("Olivier", "male"),
];

const PUBLISHERS: &[&str] = &[
    "Financial Times",
    "Reuters",
    "Le Monde",
    "Les Echos",
    "Agence France-Presse",
    "Bloomberg",
    "The Guardian",
    "Le Figaro",
    "Associated Press",
    "Libération",
];

/// (kind, cue phrases, how the draft writes a value): the claims a business desk checks.
const FACT_FAMILIES: &[(&str, &[&str])] = &[
    ("money", &["revenue", "chiffre d'affaires"]),
    ("money", &["valuation", "valorisation"]),
    ("money", &["investment", "investissement", "invested"]),
    ("money", &["debt", "dette"]),
    ("percent", &["stake", "participation"]),
    ("percent", &["market share", "part de marché"]),
    ("count", &["employees", "salariés"]),
    ("count", &["stores", "magasins"]),
    ("duration", &["tenure", "mandat"]),
    ("date", &["founded", "fondée"]),
];

struct World {
    words: Vec<String>,
    people: Vec<(String, String, &'static str)>, // (id, name, gender)
    orgs: Vec<String>,
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

impl World {
    fn new(rng: &mut Rng) -> World {
        let mut seen = std::collections::HashSet::new();
        let mut words = Vec::with_capacity(VOCABULARY);
        while words.len() < VOCABULARY {
            let n = 2 + rng.below(3);
            let w: String = (0..n).map(|_| *rng.pick(SYLLABLES)).collect();
            if seen.insert(w.clone()) {
                words.push(w);
            }
        }
        let mut names = std::collections::HashSet::new();
        let mut people = Vec::with_capacity(PEOPLE);
        while people.len() < PEOPLE {
            let (first, gender) = *rng.pick(FIRST_NAMES);
            let last = capitalise(&words[rng.below(words.len())]);
            let name = format!("{first} {last}");
            if names.insert(name.clone()) {
                people.push((format!("p{:05}", people.len()), name, gender));
            }
        }
        let suffixes = ["", " Group", " Labs", " SA", " Holdings", " Technologies"];
        let mut orgs = Vec::new();
        let mut org_names = std::collections::HashSet::new();
        while orgs.len() < 40_000 {
            let a = capitalise(&words[rng.below(words.len())]);
            let b = if rng.chance(40) {
                capitalise(&words[rng.below(words.len())])
            } else {
                String::new()
            };
            let name = format!("{a}{b}{}", rng.pick(&suffixes));
            if org_names.insert(name.clone()) {
                orgs.push(name);
            }
        }
        World {
            words,
            people,
            orgs,
        }
    }

    /// A sentence of `len` words in one language: generated words (frequent ones often, rare
    /// ones seldom) with that language's function words between them.
    fn sentence(&self, rng: &mut Rng, fr: bool, len: usize) -> Vec<String> {
        let function = if fr { FUNCTION_FR } else { FUNCTION_EN };
        (0..len)
            .map(|_| {
                if rng.chance(40) {
                    rng.pick(function).to_string()
                } else {
                    self.words[rng.zipf(self.words.len())].clone()
                }
            })
            .collect()
    }
}

/// A sentence as a quote's text: capitalised, elided where French elides, with a full stop.
fn render(words: &[String], fr: bool) -> String {
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        let elide = fr
            && matches!(w.as_str(), "le" | "la" | "de" | "que" | "ne")
            && words
                .get(i + 1)
                .is_some_and(|n| n.starts_with(['a', 'e', 'i', 'o', 'u', 'é']));
        let w = if i == 0 { capitalise(w) } else { w.clone() };
        out.push_str(&w);
        if elide {
            out.pop();
            out.push('’');
        } else if i + 1 < words.len() {
            out.push(' ');
        }
    }
    out.push('.');
    out
}

fn yaml_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// A ledger quote kept to write articles with.
struct SampleQuote {
    words: Vec<String>,
    fr: bool,
    speaker: usize,
}

/// A ledger fact kept to write articles with.
struct SampleFact {
    subject: String,
    cue: String,
    kind: &'static str,
    number: f64,
}

struct Generated {
    world: World,
    quotes: Vec<SampleQuote>,
    facts: Vec<SampleFact>,
    files: usize,
    bytes: u64,
}

fn io_error(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// One output file; with no directory nothing is written (a reused directory only needs
/// the samples, which the same seeded run reproduces).
struct YamlFile {
    path: PathBuf,
    out: Option<BufWriter<std::fs::File>>,
    bytes: u64,
}

impl YamlFile {
    fn create(dir: Option<&Path>, name: &str) -> Result<YamlFile, Error> {
        let Some(dir) = dir else {
            return Ok(YamlFile {
                path: PathBuf::from(name),
                out: None,
                bytes: 0,
            });
        };
        let path = dir.join(name);
        let file = std::fs::File::create(&path).map_err(io_error(&path))?;
        Ok(YamlFile {
            path,
            out: Some(BufWriter::with_capacity(1 << 20, file)),
            bytes: 0,
        })
    }
    fn write(&mut self, s: &str) -> Result<(), Error> {
        self.bytes += s.len() as u64;
        match &mut self.out {
            Some(out) => out.write_all(s.as_bytes()).map_err(io_error(&self.path)),
            None => Ok(()),
        }
    }
    fn finish(mut self) -> Result<u64, Error> {
        if let Some(out) = &mut self.out {
            out.flush().map_err(io_error(&self.path))?;
        }
        Ok(self.bytes)
    }
}

/// Writes the synthetic ledger under `dir`, streaming: only the samples stay in memory, so
/// generation does not inflate the peak memory measured afterwards.
fn generate(dir: Option<&Path>, quotes: usize, facts: usize) -> Result<Generated, Error> {
    let mut rng = Rng(SEED);
    let world = World::new(&mut rng);
    let mut files = 0;
    let mut bytes = 0;

    let mut f = YamlFile::create(dir, "sources.yaml")?;
    f.write("sources:\n")?;
    for i in 0..SOURCES {
        let y = 1990 + rng.below(36);
        let m = 1 + rng.below(12);
        let d = 1 + rng.below(28);
        f.write(&format!(
            "  - id: s{i:05}\n    publisher: {}\n    date: {y}-{m:02}-{d:02}\n    url: https://example.org/{i}\n",
            rng.pick(PUBLISHERS)
        ))?;
    }
    bytes += f.finish()?;
    files += 1;

    let mut f = YamlFile::create(dir, "people.yaml")?;
    f.write("people:\n")?;
    for (id, name, gender) in &world.people {
        let last = name.split(' ').next_back().unwrap_or(name);
        let born = if rng.chance(50) {
            format!(
                "\n    born: {}-{:02}-{:02}",
                1940 + rng.below(65),
                1 + rng.below(12),
                1 + rng.below(28)
            )
        } else if rng.chance(50) {
            format!("\n    born: {}", 1940 + rng.below(65))
        } else {
            String::new()
        };
        f.write(&format!(
            "  - id: {id}\n    name: {name}\n    aliases: [{last}]\n    gender: {gender}{born}\n"
        ))?;
    }
    bytes += f.finish()?;
    files += 1;

    let mut samples = Vec::new();
    let mut i = 0;
    while i < quotes {
        let mut f = YamlFile::create(dir, &format!("quotes-{:03}.yaml", i / QUOTES_PER_FILE))?;
        f.write("# Verified quotations, one desk's file.\nquotes:\n")?;
        let end = (i + QUOTES_PER_FILE).min(quotes);
        let mut entry = String::with_capacity(512);
        while i < end {
            let fr = rng.chance(60);
            let len = 6 + rng.below(22);
            let words = world.sentence(&mut rng, fr, len);
            let speaker = rng.zipf(world.people.len());
            entry.clear();
            entry.push_str(&format!(
                "  - id: q{i:07}\n    speaker: {}\n    text: {}\n    lang: {}\n    source: s{:05}\n",
                world.people[speaker].0,
                yaml_str(&render(&words, fr)),
                if fr { "fr" } else { "en" },
                rng.below(SOURCES)
            ));
            if rng.chance(5) {
                let other = world.sentence(&mut rng, !fr, len);
                entry.push_str(&format!(
                    "    translations: {{{}: {}}}\n",
                    if fr { "en" } else { "fr" },
                    yaml_str(&render(&other, !fr))
                ));
            }
            if rng.chance(30) {
                entry.push_str(&format!(
                    "    date: {}-{:02}-{:02}\n",
                    2000 + rng.below(26),
                    1 + rng.below(12),
                    1 + rng.below(28)
                ));
            }
            f.write(&entry)?;
            if i % SAMPLE_EVERY == 0 {
                samples.push(SampleQuote { words, fr, speaker });
            }
            i += 1;
        }
        bytes += f.finish()?;
        files += 1;
    }

    let mut fact_samples = Vec::new();
    let mut i = 0;
    while i < facts {
        let mut f = YamlFile::create(dir, &format!("facts-{:03}.yaml", i / FACTS_PER_FILE))?;
        f.write("facts:\n")?;
        let end = (i + FACTS_PER_FILE).min(facts);
        while i < end {
            // Each organisation has a few facts of different families, as a company file does.
            let subject = &world.orgs[i / FACT_FAMILIES.len() % world.orgs.len()];
            let (kind, cues) = FACT_FAMILIES[i % FACT_FAMILIES.len()];
            let (value, number) = match kind {
                "money" => {
                    let n = (1 + rng.below(999)) as f64 / 10.0;
                    let (scale, unit) = if rng.chance(50) {
                        ("billion", "EUR")
                    } else {
                        ("million", "USD")
                    };
                    (format!("{n} {scale} {unit}"), n)
                }
                "percent" => {
                    let n = (1 + rng.below(99)) as f64;
                    (format!("{n}%"), n)
                }
                "count" => {
                    let n = (10 + rng.below(50_000)) as f64;
                    (format!("{n}"), n)
                }
                "duration" => {
                    let n = (1 + rng.below(40)) as f64;
                    (format!("{n} years"), n)
                }
                _ => {
                    let y = 1900 + rng.below(125);
                    (
                        format!("{y}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)),
                        y as f64,
                    )
                }
            };
            let cue_list: Vec<String> = cues.iter().map(|c| yaml_str(c)).collect();
            let tolerance = if kind == "money" && rng.chance(30) {
                "    tolerance: 5%\n"
            } else {
                ""
            };
            f.write(&format!(
                "  - id: f{i:06}\n    subject: {}\n    cues: [{}]\n    kind: {kind}\n    value: {}\n{tolerance}    source: s{:05}\n",
                yaml_str(subject),
                cue_list.join(", "),
                yaml_str(&value),
                rng.below(SOURCES)
            ))?;
            if i % 97 == 0 {
                fact_samples.push(SampleFact {
                    subject: subject.clone(),
                    cue: cues[0].to_string(),
                    kind,
                    number,
                });
            }
            i += 1;
        }
        bytes += f.finish()?;
        files += 1;
    }
    Ok(Generated {
        world,
        quotes: samples,
        facts: fact_samples,
        files,
        bytes,
    })
}

/// An article of about a dozen paragraphs mixing every case the checker meets.
fn article(g: &Generated, rng: &mut Rng) -> String {
    let w = &g.world;
    let mut out = String::new();
    let fr = rng.chance(50);
    let mut paragraphs = 0;
    while paragraphs < 12 {
        paragraphs += 1;
        let len = 10 + rng.below(12);
        let filler = render(&w.sentence(rng, fr, len), fr);
        out.push_str(&filler);
        out.push(' ');
        let Some(q) = (!g.quotes.is_empty()).then(|| &g.quotes[rng.below(g.quotes.len())]) else {
            continue;
        };
        let (speaker, name) = {
            let p = &w.people[q.speaker];
            (q.speaker, p.1.clone())
        };
        let mut words = q.words.clone();
        let said = |text: &str, who: &str| {
            if fr {
                format!("« {text} », a déclaré {who}.")
            } else {
                format!("“{text},” said {who}.")
            }
        };
        let text = |words: &[String]| {
            let t = render(words, q.fr);
            t.trim_end_matches('.').to_string()
        };
        match rng.below(6) {
            // Verbatim.
            0 | 1 => out.push_str(&said(&text(&words), &name)),
            // One word changed.
            2 => {
                let at = words.len() / 2;
                words[at] = w.words[rng.below(w.words.len())].clone();
                out.push_str(&said(&text(&words), &name));
            }
            // A fragment woven into the sentence.
            3 => {
                let from = rng.below(words.len().saturating_sub(4).max(1));
                let piece: Vec<String> = words.iter().skip(from).take(4).cloned().collect();
                let piece = render(&piece, q.fr);
                let piece = piece.trim_end_matches('.');
                let piece = piece.to_lowercase();
                if fr {
                    out.push_str(&format!("{name} a parlé de « {piece} »."));
                } else {
                    out.push_str(&format!("{name} spoke of “{piece}”."));
                }
            }
            // Someone else's words.
            4 => {
                let other = &w.people[(speaker + 1) % w.people.len()].1;
                out.push_str(&said(&text(&words), other));
            }
            // Words nobody said.
            _ => {
                let fresh = w.sentence(rng, fr, 12);
                out.push_str(&said(&text(&fresh), &name));
            }
        }
        out.push(' ');
        if let Some(fact) = (!g.facts.is_empty()).then(|| &g.facts[rng.below(g.facts.len())]) {
            // The ledger value, or a different one.
            let n = if rng.chance(70) {
                fact.number
            } else {
                fact.number + 1.0
            };
            let claim = match fact.kind {
                "money" => format!("{} reported {} of €{n}bn.", fact.subject, fact.cue),
                "percent" => format!("{} holds a {n}% {}.", fact.subject, fact.cue),
                "count" => format!("{} now has {n} {}.", fact.subject, fact.cue),
                "duration" => format!("{} ended a {} of {n} years.", fact.subject, fact.cue),
                _ => format!("{} was {} in {n}.", fact.subject, fact.cue),
            };
            out.push_str(&claim);
        }
        out.push_str("\n\n");
    }
    out
}

/// Peak resident memory of this process (VmHWM), in bytes; `None` off Linux.
pub fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Resets VmHWM to the current resident size, so that the peak measured during loading is
/// not the generator's. Fails silently where the kernel does not allow it.
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

pub struct BenchLedgerReport {
    pub files: usize,
    pub bytes: u64,
    pub quotes: usize,
    pub facts: usize,
    pub people: usize,
    pub generate: Duration,
    pub load: Duration,
    pub peak_before: Option<u64>,
    pub peak_after_load: Option<u64>,
    pub peak_end: Option<u64>,
    /// The bundled article: best of several runs, and its verdicts.
    pub bundled: Option<(Duration, BTreeMap<&'static str, usize>)>,
    /// One generated article at a time: median and slowest.
    pub one_median: Duration,
    pub one_max: Duration,
    pub articles: usize,
    pub articles_bytes: usize,
    pub all_articles: Duration,
    pub threads: usize,
    pub verdicts: BTreeMap<&'static str, usize>,
}

fn mb(b: Option<u64>) -> String {
    b.map_or_else(
        || "n/a".to_string(),
        |b| format!("{:.0} MB", b as f64 / 1e6),
    )
}

impl fmt::Display for BenchLedgerReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "ledger: {} quotes, {} facts, {} people in {} files ({:.0} MB of YAML), generated in {:.1} s",
            self.quotes,
            self.facts,
            self.people,
            self.files,
            self.bytes as f64 / 1e6,
            self.generate.as_secs_f64()
        )?;
        writeln!(
            f,
            "load + validate + index: {:.2} s ({} threads)",
            self.load.as_secs_f64(),
            self.threads
        )?;
        writeln!(
            f,
            "peak memory: {} before loading, {} after loading, {} at the end",
            mb(self.peak_before),
            mb(self.peak_after_load),
            mb(self.peak_end)
        )?;
        if let Some((d, verdicts)) = &self.bundled {
            writeln!(
                f,
                "bundled article: {:.2} ms  {verdicts:?}",
                d.as_secs_f64() * 1e3
            )?;
        }
        writeln!(
            f,
            "one generated article: median {:.2} ms, slowest {:.2} ms",
            self.one_median.as_secs_f64() * 1e3,
            self.one_max.as_secs_f64() * 1e3
        )?;
        writeln!(
            f,
            "{} articles ({:.1} MB): {:.2} s ({:.2} ms per article, {} threads)",
            self.articles,
            self.articles_bytes as f64 / 1e6,
            self.all_articles.as_secs_f64(),
            self.all_articles.as_secs_f64() * 1e3 / self.articles.max(1) as f64,
            self.threads
        )?;
        writeln!(f, "verdicts: {:?}", self.verdicts)
    }
}

fn tally(verdicts: &mut BTreeMap<&'static str, usize>, rules: impl Iterator<Item = Rule>) {
    for r in rules {
        *verdicts.entry(r.id()).or_default() += 1;
    }
}

fn params(o: &BenchLedgerOptions) -> String {
    format!("quotes={} facts={} seed={SEED:x} v1\n", o.quotes, o.facts)
}

pub fn run(o: &BenchLedgerOptions) -> Result<BenchLedgerReport, Error> {
    let (dir, temporary) = match &o.dir {
        Some(d) => (d.clone(), false),
        None => (
            std::env::temp_dir().join(format!("claimcheck-bench-ledger-{}", std::process::id())),
            true,
        ),
    };
    std::fs::create_dir_all(&dir).map_err(io_error(&dir))?;
    let marker = dir.join("bench-ledger.params");
    let reuse = std::fs::read_to_string(&marker).is_ok_and(|p| p == params(o));
    let started = Instant::now();
    // Generation is deterministic: a reused directory already holds the files this run
    // would write, so only the samples are regenerated.
    let generated = generate((!reuse).then_some(dir.as_path()), o.quotes, o.facts)?;
    if !reuse {
        std::fs::write(&marker, params(o)).map_err(io_error(&marker))?;
    }
    let generate_time = started.elapsed();

    let peak_before = peak_memory();
    reset_peak_memory();
    let mut paths = vec![dir.clone()];
    if let Some(b) = &o.bundled_ledger
        && b.exists()
    {
        paths.push(b.clone());
    }
    let started = Instant::now();
    let ledger = ledger::load(&paths)?;
    let load = started.elapsed();
    let peak_after_load = peak_memory();

    let options = CheckOptions {
        date: Some(ARTICLE_DATE.into()),
        ..CheckOptions::default()
    };
    let mut verdicts = BTreeMap::new();
    let bundled = match &o.article {
        Some(path) if path.exists() => {
            let text = std::fs::read_to_string(path).map_err(io_error(path))?;
            let mut best = Duration::MAX;
            let mut rules = BTreeMap::new();
            for _ in 0..5 {
                let started = Instant::now();
                let p = pipeline::check_text(
                    &path.display().to_string(),
                    &text,
                    None,
                    &ledger,
                    &options,
                );
                best = best.min(started.elapsed());
                rules.clear();
                tally(&mut rules, p.findings.iter().map(|f| f.rule));
            }
            Some((best, rules))
        }
        _ => None,
    };

    let mut rng = Rng(SEED ^ 0xa271_c1e5);
    let texts: Vec<String> = (0..o.articles)
        .map(|_| article(&generated, &mut rng))
        .collect();
    let mut one: Vec<Duration> = texts
        .iter()
        .take(50)
        .map(|t| {
            let started = Instant::now();
            let p = pipeline::check_text("generated", t, None, &ledger, &options);
            std::hint::black_box(p.findings.len());
            started.elapsed()
        })
        .collect();
    one.sort();
    let one_median = one.get(one.len() / 2).copied().unwrap_or_default();
    let one_max = one.last().copied().unwrap_or_default();

    let started = Instant::now();
    let results: Vec<Vec<Rule>> = texts
        .par_iter()
        .map(|t| {
            pipeline::check_text("generated", t, None, &ledger, &options)
                .findings
                .iter()
                .map(|f| f.rule)
                .collect()
        })
        .collect();
    let all_articles = started.elapsed();
    for r in results {
        tally(&mut verdicts, r.into_iter());
    }
    let report = BenchLedgerReport {
        files: generated.files,
        bytes: generated.bytes,
        quotes: ledger.quotes.len(),
        facts: ledger.facts.len(),
        people: ledger.people.len(),
        generate: generate_time,
        load,
        peak_before,
        peak_after_load,
        peak_end: peak_memory(),
        bundled,
        one_median,
        one_max,
        articles: texts.len(),
        articles_bytes: texts.iter().map(String::len).sum(),
        all_articles,
        threads: rayon::current_num_threads(),
        verdicts,
    };
    drop(ledger);
    if temporary {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The benchmark measures the loader newsrooms get with ledgers written by hand or by
    /// `ledger draft`: the generated files must take the fast reader's path, not fall back.
    #[test]
    fn generated_files_take_the_fast_path() {
        let dir = std::env::temp_dir().join(format!(
            "claimcheck-bench-ledger-test-{}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("a temp dir");
        generate(Some(&dir), 500, 100).expect("generated");
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).expect("the dir") {
            let path = entry.expect("an entry").path();
            let text = std::fs::read_to_string(&path).expect("a file");
            assert!(
                crate::ledger::block_yaml::read(&text).is_some(),
                "{} falls back to the general parser",
                path.display()
            );
            files += 1;
        }
        let _ = std::fs::remove_dir_all(&dir);
        assert!(files > 3);
    }
}
