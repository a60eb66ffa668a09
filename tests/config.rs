//! `claimcheck.yaml`: discovery, every key, command-line precedence, and errors with file,
//! line and column.

mod common;

use std::path::{Path, PathBuf};

use common::{run_in, stderr, stdout};

/// A fresh project directory (with `.git`, so discovery never looks above it).
fn project(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimcheck-cfg-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::create_dir_all(dir.join("claims")).unwrap();
    std::fs::write(dir.join("claims/ledger.yaml"), LEDGER).unwrap();
    dir
}

const LEDGER: &str = "sources:
  - id: wire
    publisher: Test Wire
    date: 2025-01-01
people:
  - id: marie-curie
    name: Marie Curie
    gender: female
quotes:
  - id: curie-science
    speaker: marie-curie
    text: \"Nous construisons la science pour tout le monde\"
    lang: fr
    source: wire
facts:
  - id: labo-budget
    subject: Institut du radium
    cues: [budget, Institut du radium]
    kind: money
    value: 3 million EUR
    source: wire
";

/// One altered quotation, one unverified, one claim 0.5 % off the ledger.
const ARTICLE: &str = "« Nous construisons la science pour le monde », a déclaré Marie Curie.
« Le radium brille la nuit », a ajouté Marie Curie.
Le budget de l’Institut du radium atteint 3,015 millions d’euros.
";

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, text).unwrap();
}

fn rules(dir: &Path, args: &[&str]) -> (Option<i32>, Vec<(String, String)>, String) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = run_in(dir, &all, None);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} {}", stdout(&out), stderr(&out)));
    let found = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["findings"].as_array().unwrap().iter())
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (out.status.code(), found, stderr(&out))
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn without_a_configuration_the_defaults_apply() {
    let dir = project("defaults");
    write(&dir, "a.txt", ARTICLE);
    let (code, found, err) = rules(&dir, &["a.txt"]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(
        found,
        pairs(&[
            ("quote-altered", "error"),
            ("quote-unverified", "warning"),
            ("claim-contradicted", "error"),
        ])
    );
}

#[test]
fn severity_overrides_off_thresholds_and_ledger_come_from_the_file() {
    let dir = project("severity");
    write(&dir, "a.txt", ARTICLE);
    write(&dir, "other/ledger.yaml", LEDGER);
    write(
        &dir,
        "claimcheck.yaml",
        "# project settings\nledger: [other]\nlang: fr\nseverity:\n  quote-unverified: error\n  quote-altered: off\nthresholds:\n  quote_similarity: 0.6\n  default_tolerance: \"1%\"\n",
    );
    let (code, found, err) = rules(&dir, &["a.txt"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.is_empty(), "{err}");
    assert_eq!(
        found,
        pairs(&[("quote-unverified", "error"), ("claim-consistent", "note"),])
    );
    // A stricter similarity makes the altered quotation someone else's words.
    write(
        &dir,
        "claimcheck.yaml",
        "thresholds:\n  quote_similarity: 0.99\n",
    );
    let (_, found, err) = rules(&dir, &["a.txt"]);
    assert_eq!(
        found,
        pairs(&[
            ("quote-unverified", "warning"),
            ("quote-unverified", "warning"),
            ("claim-contradicted", "error"),
        ]),
        "{err}"
    );
}

#[test]
fn the_file_is_found_from_a_subdirectory_and_flags_override_it() {
    let dir = project("discover");
    write(&dir, "drafts/a.txt", ARTICLE);
    write(
        &dir,
        "claimcheck.yaml",
        "severity:\n  claim-contradicted: note\n  quote-altered: warning\n",
    );
    let sub = dir.join("drafts");
    // ./claims is relative to the current directory, so the ledger is named.
    let ledger = dir.join("claims");
    let ledger = ledger.to_str().unwrap();
    let (code, found, _) = rules(&sub, &["a.txt", "--ledger", ledger]);
    assert_eq!(code, Some(0));
    assert_eq!(
        found,
        pairs(&[
            ("quote-altered", "warning"),
            ("quote-unverified", "warning"),
            ("claim-contradicted", "note"),
        ])
    );
    let (code, found, _) = rules(&sub, &["a.txt", "--ledger", ledger, "--no-config"]);
    assert_eq!(code, Some(1));
    assert_eq!(found[0], ("quote-altered".to_string(), "error".to_string()));
    // --config names another file; --fail-on still comes from the command line.
    write(
        &dir,
        "strict.yaml",
        "severity:\n  quote-unverified: error\n",
    );
    let (code, found, _) = rules(
        &sub,
        &[
            "a.txt",
            "--ledger",
            ledger,
            "--config",
            "../strict.yaml",
            "--fail-on",
            "never",
        ],
    );
    assert_eq!(code, Some(0));
    assert_eq!(
        found[1],
        ("quote-unverified".to_string(), "error".to_string())
    );
    // Above .git nothing is looked for.
    let outside = dir
        .join("..")
        .join(format!("claimcheck-cfg-{}-above", std::process::id()));
    let _ = std::fs::remove_dir_all(&outside);
    std::fs::create_dir_all(outside.join("repo/.git")).unwrap();
    write(
        &outside,
        "claimcheck.yaml",
        "severity: {quote-unverified: off}\n",
    );
    write(&outside, "repo/a.txt", ARTICLE);
    let (_, found, _) = rules(&outside.join("repo"), &["a.txt", "--ledger", ledger]);
    assert_eq!(
        found[1],
        ("quote-unverified".to_string(), "warning".to_string())
    );
}

#[test]
fn a_bad_configuration_is_an_error_with_file_line_and_column() {
    let dir = project("bad");
    write(&dir, "a.txt", ARTICLE);
    let cases = [
        (
            "lang: fr\nledgers: [claims]\n",
            "error: claimcheck.yaml:2:1: unknown field `ledgers`, expected one of ledger, lang, severity, thresholds, ignore\n",
        ),
        (
            "severity:\n  quote-unverifed: off\n",
            "error: claimcheck.yaml:2:3: `severity`: unknown rule `quote-unverifed` (rule ids as in the report, e.g. quote-unverified)\n",
        ),
        (
            "severity:\n  quote-unverified: loud\n",
            "error: claimcheck.yaml:2:21: `severity.quote-unverified`: `loud` is not error, warning, note or off\n",
        ),
        (
            "thresholds:\n  quote_similarity: 0.6\n  tolerance: 1%\n",
            "error: claimcheck.yaml:3:3: unknown field `tolerance`, expected one of quote_similarity, default_tolerance\n",
        ),
        (
            "ignore: [\"drafts/[\"]\n",
            "error: claimcheck.yaml:1:10: `ignore`: `drafts/[` is not a glob: unclosed character class; missing ']'\n",
        ),
    ];
    for (yaml, expected) in cases {
        write(&dir, "claimcheck.yaml", yaml);
        let out = run_in(&dir, &["check", "a.txt"], None);
        assert_eq!(out.status.code(), Some(2), "{yaml}");
        assert_eq!(stderr(&out), expected, "{yaml}");
        assert_eq!(stdout(&out), "");
    }
    // extract reads it too; --no-config skips it.
    let out = run_in(&dir, &["extract", "a.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = run_in(&dir, &["extract", "a.txt", "--no-config"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run_in(&dir, &["check", "a.txt", "--config", "missing.yaml"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("error: missing.yaml: "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn ignore_globs_skip_walked_files_but_not_named_ones() {
    let dir = project("ignore");
    write(&dir, "articles/a.txt", ARTICLE);
    write(&dir, "articles/archive/old.txt", ARTICLE);
    write(&dir, "articles/b.notes.md", ARTICLE);
    write(
        &dir,
        "claimcheck.yaml",
        "ignore: [\"articles/archive\", \"**/*.notes.md\"]\n",
    );
    let out = run_in(&dir, &["check", "articles", "--format", "json"], None);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["articles/a.txt"]);
    let out = run_in(
        &dir,
        &["check", "articles/archive/old.txt", "--format", "json"],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"][0]["path"], "articles/archive/old.txt");
    // Everything ignored: no document, no error.
    write(&dir, "claimcheck.yaml", "ignore: [\"**\"]\n");
    let out = run_in(&dir, &["check", "articles"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("in 0 documents"), "{}", stdout(&out));
}
