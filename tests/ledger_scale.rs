//! The ledger at scale: every ledger error named with file, line and column (several files
//! read in parallel, reported in a stable order), output independent of the thread count,
//! large ties summarised, and the synthetic-ledger benchmark run at a small size.

mod common;

use std::path::{Path, PathBuf};

use claimcheck::Error;
use claimcheck::check::{CheckOptions, Item, Rule};
use claimcheck::ledger::{self, Ledger, load_str};
use claimcheck::{Lang, pipeline};

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "claimcheck-ledger-scale-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temp dir");
    dir
}

/// The ledger errors as "file:line:column: message" lines, file names only.
fn errors(result: Result<Ledger, Error>) -> Vec<String> {
    match result {
        Ok(_) => panic!("the ledger should be refused"),
        Err(Error::Ledger(diagnostics)) => diagnostics
            .iter()
            .map(|d| {
                let name = d
                    .file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                format!("{name}:{}:{}: {}", d.line, d.column, d.message)
            })
            .collect(),
        Err(e) => panic!("expected ledger errors, got {e}"),
    }
}

fn has(errors: &[String], expected: &str) {
    assert!(
        errors.iter().any(|e| e.contains(expected)),
        "no error contains {expected:?}:\n{}",
        errors.join("\n")
    );
}

fn one_file(yaml: &str) -> Vec<String> {
    errors(load_str(Path::new("t.yaml"), yaml))
}

const PEOPLE: &str =
    "sources:\n  - id: src\n    date: 2025-01-01\npeople:\n  - id: p\n    name: P\n";

#[test]
fn unknown_field_is_an_error_with_its_place() {
    let e = one_file("people:\n  - id: p\n    name: P\n    nickname: x\n");
    has(&e, "t.yaml:4:5:");
    has(&e, "nickname");
}

#[test]
fn duplicate_ids_across_files_name_the_first_definition() {
    let dir = tmp("dup");
    std::fs::write(dir.join("a.yaml"), PEOPLE).expect("write");
    std::fs::write(
        dir.join("b.yaml"),
        "people:\n  - id: q\n    name: Q\n  - id: p\n    name: Other\n",
    )
    .expect("write");
    let e = errors(ledger::load(&[dir]));
    has(&e, "b.yaml:4:9: duplicate person id `p` (first defined at ");
    has(&e, "a.yaml:5:9)");
}

#[test]
fn dangling_speaker_and_source() {
    let e = one_file(&format!(
        "{PEOPLE}quotes:\n  - id: q\n    speaker: nobody\n    text: x\n    source: nowhere\n"
    ));
    has(
        &e,
        "t.yaml:9:14: quote `q`: no person with id `nobody` in the ledger",
    );
    has(
        &e,
        "t.yaml:11:13: `q`: no source with id `nowhere` in the ledger",
    );
    let e = one_file(&format!(
        "{PEOPLE}facts:\n  - id: f\n    subject: S\n    kind: count\n    value: \"3\"\n    source: elsewhere\n"
    ));
    has(&e, "`f`: no source with id `elsewhere`");
}

#[test]
fn unreadable_value_unknown_kind_and_bad_tolerance() {
    let e = one_file(&format!(
        "{PEOPLE}facts:\n  - id: f\n    subject: S\n    kind: money\n    value: lots of money\n  - id: g\n    subject: S\n    kind: weight\n    value: \"3\"\n  - id: h\n    subject: S\n    kind: count\n    value: \"3\"\n    tolerance: some\n"
    ));
    has(
        &e,
        "t.yaml:11:12: fact `f`: cannot read the value `lots of money`",
    );
    has(&e, "t.yaml:14:11: fact `g`: unknown kind `weight`");
    has(&e, "fact `h`: cannot read the tolerance `some`");
}

#[test]
fn malformed_dates_everywhere_a_date_goes() {
    let e = one_file(
        "sources:\n  - id: s\n    date: 2025-13-01\npeople:\n  - id: p\n    name: P\n    born: 12/03/1960\nquotes:\n  - id: q\n    speaker: p\n    text: x\n    date: 2023-02-29\n",
    );
    has(&e, "t.yaml:3:11: date: `2025-13-01` is not a date");
    has(&e, "t.yaml:7:11: born: `12/03/1960` is not a date");
    has(&e, "t.yaml:12:11: date: `2023-02-29` is not a date");
}

#[test]
fn duration_periods_are_validated() {
    let fact = |fields: &str| {
        one_file(&format!(
            "facts:\n  - id: f\n    subject: S\n    kind: duration\n{fields}"
        ))
    };
    has(
        &fact("    from: 2013-14\n"),
        "t.yaml:5:11: from: `2013-14` is not a date",
    );
    has(
        &fact("    from: 2020\n    to: 2010\n"),
        "t.yaml:6:9: fact `f`: `to` (2010) is before `from` (2020)",
    );
    has(
        &fact("    value: 3 years\n    from: 2020\n"),
        "give either `value` or `from`/`to`, not both",
    );
    has(&fact("    to: 2020\n"), "fact `f`: `to` without `from`");
    has(&fact(""), "fact `f`: no value");
    let e = one_file("facts:\n  - id: f\n    subject: S\n    kind: money\n    from: 2020\n");
    has(
        &e,
        "`from`/`to` give a duration; this fact is of kind `money`",
    );
    // A valid period loads.
    let ok = load_str(
        Path::new("t.yaml"),
        "facts:\n  - id: f\n    subject: S\n    kind: duration\n    from: 2013-12\n    to: 2025-11\n",
    );
    assert!(ok.is_ok());
}

#[test]
fn hostile_yaml_is_refused_quickly() {
    let started = std::time::Instant::now();
    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 0..12 {
        let prev = if i == 0 {
            "a".to_string()
        } else {
            format!("b{}", i - 1)
        };
        let refs = vec![format!("*{prev}"); 10].join(", ");
        bomb.push_str(&format!("b{i}: &b{i} [{refs}]\n"));
    }
    assert!(!one_file(&bomb).is_empty());
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    assert!(!one_file(&deep).is_empty());
    // A quotation the size of a book is a pasted article, not a quote.
    let huge = format!(
        "{PEOPLE}quotes:\n  - id: q\n    speaker: p\n    text: \"{}\"\n",
        "mot ".repeat(40_000)
    );
    has(
        &one_file(&huge),
        "t.yaml:8:9: `q`: the text is 160000 bytes; ledger texts are limited to",
    );
    assert!(started.elapsed().as_secs() < 10, "refused quickly");
}

#[test]
fn errors_of_many_files_come_sorted_whatever_the_threads() {
    let dir = tmp("many");
    std::fs::write(dir.join("00-people.yaml"), PEOPLE).expect("write");
    for i in 0..12 {
        std::fs::write(
            dir.join(format!("{i:02}-quotes.yaml")),
            format!(
                "quotes:\n  - id: q{i}\n    speaker: ghost{i}\n    text: x\n  - id: q{i}\n    speaker: p\n    text: y\n    date: never\n"
            ),
        )
        .expect("write");
    }
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        pool.install(|| errors(ledger::load(std::slice::from_ref(&dir))))
    };
    let one = run(1);
    assert_eq!(one, run(4));
    assert_eq!(one.len(), 12 * 3, "{}", one.join("\n"));
    let places: Vec<(String, u64, u64)> = one
        .iter()
        .map(|e| {
            let mut it = e.splitn(4, ':');
            let file = it.next().unwrap_or_default().to_string();
            let line = it.next().and_then(|l| l.parse().ok()).unwrap_or(0);
            let column = it.next().and_then(|c| c.parse().ok()).unwrap_or(0);
            (file, line, column)
        })
        .collect();
    let mut sorted = places.clone();
    sorted.sort();
    assert_eq!(places, sorted, "by file, line and column");
}

#[test]
fn a_ledger_split_over_files_loads_the_same_with_any_thread_count() {
    let dir = tmp("split");
    std::fs::write(dir.join("a-people.yaml"), PEOPLE).expect("write");
    for i in 0..8 {
        let quotes: String = (0..50)
            .map(|j| format!("  - id: q{i}-{j}\n    speaker: p\n    text: \"mot{j} numéro {i} dit {j}\"\n    source: src\n"))
            .collect();
        std::fs::write(dir.join(format!("q{i}.yaml")), format!("quotes:\n{quotes}"))
            .expect("write");
    }
    let ids = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        pool.install(|| {
            let l = ledger::load(std::slice::from_ref(&dir)).expect("a valid ledger");
            l.quotes.iter().map(|q| q.id.clone()).collect::<Vec<_>>()
        })
    };
    let one = ids(1);
    assert_eq!(one.len(), 400);
    assert_eq!(one.first().map(String::as_str), Some("q0-0"));
    assert_eq!(one, ids(3));
}

#[test]
fn checking_a_directory_is_byte_identical_with_one_thread_or_all() {
    let args = [
        "check",
        "tests/corpus",
        "--ledger",
        "claims",
        "--format",
        "json",
        "--date",
        "2025-12-18",
    ];
    let run = |threads: Option<&str>| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"));
        cmd.args(args)
            .current_dir(common::root())
            .env("NO_COLOR", "1");
        match threads {
            Some(n) => cmd.env("RAYON_NUM_THREADS", n),
            None => cmd.env_remove("RAYON_NUM_THREADS"),
        };
        cmd.output().expect("the binary runs")
    };
    let default = run(None);
    let one = run(Some("1"));
    let four = run(Some("4"));
    assert!(!default.stdout.is_empty(), "{}", common::stderr(&default));
    assert_eq!(default.stdout, one.stdout, "one thread and the default");
    assert_eq!(default.stdout, four.stdout, "four threads and the default");
}

#[test]
fn a_tie_of_many_facts_names_a_few_and_counts_the_rest() {
    let facts: String = (0..40)
        .map(|i| {
            format!(
                "  - id: f{i:02}\n    subject: Company {i}\n    cues: [revenue]\n    kind: money\n    value: {} million EUR\n",
                i + 1
            )
        })
        .collect();
    let ledger =
        load_str(Path::new("t.yaml"), &format!("facts:\n{facts}")).expect("a valid ledger");
    let options = CheckOptions {
        date: Some("2025-12-18".into()),
        ..CheckOptions::default()
    };
    let p = pipeline::check_text(
        "t",
        "The revenue reached €3m.",
        Some(Lang::En),
        &ledger,
        &options,
    );
    let f: Vec<_> = p
        .findings
        .iter()
        .filter(|f| f.item == Item::Claim)
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].rule, Rule::ClaimAmbiguous);
    assert!(
        f[0].message
            .contains("`f00`, `f01`, `f02`, `f03`, `f04`, and 35 more"),
        "{}",
        f[0].message
    );
}

#[test]
fn the_ledger_benchmark_runs_at_a_small_size() {
    let dir = tmp("bench");
    let options = claimcheck::bench_ledger::BenchLedgerOptions {
        quotes: 3_000,
        facts: 300,
        articles: 10,
        dir: Some(dir.join("ledger")),
        bundled_ledger: Some(common::root().join("claims")),
        article: Some(common::corpus("lecun-ft-fr.txt")),
    };
    let report = claimcheck::bench_ledger::run(&options).expect("the benchmark runs");
    // The synthetic ledger plus the bundled one.
    assert_eq!(report.quotes, 3_000 + 12);
    assert_eq!(report.facts, 300 + 6);
    assert_eq!(report.articles, 10);
    let bundled = report.bundled.as_ref().map(|b| &b.1);
    assert_eq!(
        bundled.and_then(|v| v.get("quote-verified")),
        Some(&12),
        "{bundled:?}"
    );
    for rule in ["quote-verified", "quote-altered", "quote-misattributed"] {
        assert!(
            report.verdicts.get(rule).is_some_and(|&n| n > 0),
            "{rule}: {:?}",
            report.verdicts
        );
    }
    // A second run reuses the files.
    let again = claimcheck::bench_ledger::run(&options).expect("the benchmark runs again");
    assert_eq!(again.verdicts, report.verdicts);
}
