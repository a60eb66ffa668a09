//! The command line: stdout, stderr and exit code of each subcommand, good input and bad.

mod common;

use common::{run, run_in, stderr, stdout};

fn tmp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("claimcheck-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn check_on_the_bundled_article_fails_on_the_unit_mismatch() {
    let out = run(&[
        "check",
        "tests/corpus/lecun-ft-fr.txt",
        "--date",
        "2025-12-18",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("error[claim-unit-mismatch]"), "{text}");
    assert!(
        text.contains("--> tests/corpus/lecun-ft-fr.txt:14:"),
        "{text}"
    );
    assert!(
        text.contains(
            "ledger: ami-labs-valuation · source: ft-2025-12-18 (Financial Times, 2025-12-18)"
        ),
        "{text}"
    );
}

#[test]
fn fail_on_sets_the_threshold() {
    let never = run(&[
        "check",
        "tests/corpus/lecun-ft-fr.txt",
        "--fail-on",
        "never",
    ]);
    assert_eq!(never.status.code(), Some(0));
    let warning = run(&[
        "check",
        "tests/corpus/lecun-ft-fr.txt",
        "--fail-on",
        "warning",
    ]);
    assert_eq!(warning.status.code(), Some(1));
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let out = run_in(
        &common::root(),
        &["extract", "--format", "json", "-"],
        Some("« Bonjour à tous », a déclaré Marie Curie.".as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"][0]["path"], "-");
    assert_eq!(
        json["documents"][0]["quotes"][0]["speaker"]["name"],
        "Marie Curie"
    );
}

#[test]
fn an_unnamed_spokesperson_has_no_speaker_and_an_on_behalf_of_in_json() {
    let out = run_in(
        &common::root(),
        &[
            "extract",
            "--no-config",
            "--format",
            "json",
            "--lang",
            "en",
            "-",
        ],
        Some("A Cardiff Council spokesperson said: “We cannot promise funding.”".as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let q = &json["documents"][0]["quotes"][0];
    assert!(q["speaker"].is_null(), "{q}");
    assert_eq!(q["on_behalf_of"]["name"], "Cardiff Council", "{q}");
    // absent when a speaker is named
    let out = run_in(
        &common::root(),
        &["extract", "--no-config", "--format", "json", "-"],
        Some("« Bonjour à tous », a déclaré Marie Curie.".as_bytes()),
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        json["documents"][0]["quotes"][0]
            .get("on_behalf_of")
            .is_none()
    );
}

#[test]
fn bom_and_crlf_keep_byte_offsets_into_the_file() {
    let dir = tmp("bom");
    let path = dir.join("a.txt");
    let text = "\u{feff}Titre\r\n« Ceci est dit », a déclaré Marie Curie.\r\n";
    std::fs::write(&path, text).unwrap();
    let out = run(&["extract", "--format", "json", path.to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let q = &json["documents"][0]["quotes"][0];
    let start = q["span"]["start"].as_u64().unwrap() as usize;
    assert_eq!(start, text.find('«').unwrap());
    assert_eq!(q["span"]["line"], 2);
    assert_eq!(q["span"]["column"], 1);
}

#[test]
fn invalid_utf8_is_an_input_error_with_the_offset() {
    let dir = tmp("utf8");
    let path = dir.join("bad.txt");
    std::fs::write(&path, b"Bonjour \xff monde").unwrap();
    let out = run(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("bad.txt: invalid UTF-8 at byte 8"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn missing_file_is_an_input_error() {
    let out = run(&["check", "no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no/such/file.txt"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn empty_file_gives_no_findings() {
    let dir = tmp("empty");
    let path = dir.join("empty.txt");
    std::fs::write(&path, "").unwrap();
    let out = run(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("0 errors, 0 warnings, 0 notes in 1 document"));
}

#[test]
fn bad_ledger_reports_every_error_with_file_line_and_column() {
    let dir = tmp("ledger");
    std::fs::write(
        dir.join("a.yaml"),
        "people:\n  - id: p\n    name: P\nquotes:\n  - id: q\n    speaker: nobody\n    text: x\n    source: nowhere\nfacts:\n  - id: f\n    subject: S\n    kind: money\n    value: lots of money\n",
    )
    .unwrap();
    std::fs::write(dir.join("b.yaml"), "people:\n  - id: p\n    name: Other\n").unwrap();
    let out = run(&[
        "check",
        "tests/corpus/lecun-ft-fr.txt",
        "--ledger",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("a.yaml:6:14: quote `q`: no person with id `nobody`"),
        "{err}"
    );
    assert!(
        err.contains("a.yaml:8:13: `q`: no source with id `nowhere`"),
        "{err}"
    );
    assert!(
        err.contains("a.yaml:13:12: fact `f`: cannot read the value `lots of money`"),
        "{err}"
    );
    assert!(err.contains("b.yaml:2:9: duplicate person id `p`"), "{err}");
}

#[test]
fn unknown_fields_and_hostile_yaml_are_refused() {
    let dir = tmp("hostile");
    std::fs::write(
        dir.join("unknown.yaml"),
        "people:\n  - id: p\n    name: P\n    nickname: x\n",
    )
    .unwrap();
    let out = run(&[
        "ledger",
        "check",
        dir.join("unknown.yaml").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown.yaml:4:5"),
        "{}",
        stderr(&out)
    );

    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 0..12 {
        let prev = if i == 0 {
            "a".to_string()
        } else {
            format!("b{}", i - 1)
        };
        bomb.push_str(&format!("b{i}: &b{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
    }
    std::fs::write(dir.join("bomb.yaml"), bomb).unwrap();
    let started = std::time::Instant::now();
    let out = run(&["ledger", "check", dir.join("bomb.yaml").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(started.elapsed().as_secs() < 10, "refused quickly");

    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    std::fs::write(dir.join("deep.yaml"), deep).unwrap();
    let out = run(&["ledger", "check", dir.join("deep.yaml").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn ledger_check_summarises_the_bundled_ledger() {
    let out = run(&["ledger", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("ledger ok: 1 file(s), 5 sources, 3 people, 12 quotes, 6 facts"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn ledger_draft_is_a_valid_but_incomplete_ledger() {
    let out = run(&["ledger", "draft", "tests/corpus/lecun-ft-fr.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = tmp("draft");
    let path = dir.join("draft.yaml");
    std::fs::write(&path, &out.stdout).unwrap();
    let check = run(&["ledger", "check", path.to_str().unwrap()]);
    assert_eq!(
        check.status.code(),
        Some(1),
        "{}{}",
        stdout(&check),
        stderr(&check)
    );
    assert!(stdout(&check).contains("incomplete:"), "{}", stdout(&check));
    assert!(stdout(&out).contains("name: \"Yann LeCun\""));
}

#[test]
fn directories_are_walked_in_path_order_and_output_is_thread_independent() {
    let one = run_in(
        &common::root(),
        &[
            "check",
            "tests/corpus",
            "--format",
            "json",
            "--date",
            "2025-12-18",
        ],
        None,
    );
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    let many = cmd
        .args([
            "check",
            "tests/corpus",
            "--format",
            "json",
            "--date",
            "2025-12-18",
        ])
        .current_dir(common::root())
        .env("RAYON_NUM_THREADS", "1")
        .output()
        .unwrap();
    assert_eq!(
        one.stdout, many.stdout,
        "same bytes with one thread and with all"
    );
    let json: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    let paths: Vec<&str> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert!(paths.len() > 20);
}

#[test]
fn bad_arguments_are_usage_errors() {
    let out = run(&[
        "check",
        "tests/corpus/lecun-ft-fr.txt",
        "--date",
        "2025-13-01",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["check"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn extract_refuses_report_formats() {
    let out = run(&[
        "extract",
        "tests/corpus/lecun-ft-fr.txt",
        "--format",
        "sarif",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("need `claimcheck check`"),
        "{}",
        stderr(&out)
    );
}

// --- Markdown, front matter, suppressions, batches, large inputs -------------------------

/// A ledger of its own for the tests below (tests never depend on ./claims changing).
const LEDGER: &str = "sources:
  - id: wire
    publisher: Test Wire
    date: 2025-01-01
people:
  - id: alexandr-wang
    name: Alexandr Wang
    aliases: [Wang]
    gender: male
    born: 1997
quotes:
  - id: wang-superintelligence
    speaker: alexandr-wang
    text: \"Nous construisons la superintelligence\"
    lang: fr
    source: wire
";

/// A project directory with `.git` (no configuration is looked for above it) and a ledger.
fn project(name: &str) -> std::path::PathBuf {
    let dir = tmp(name);
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::write(dir.join("ledger.yaml"), LEDGER).unwrap();
    dir
}

fn json_of(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} {}", stdout(out), stderr(out)))
}

fn rule_list(doc: &serde_json::Value) -> Vec<String> {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn markdown_code_blocks_and_inline_code_are_not_reported() {
    let dir = project("md-code");
    std::fs::write(
        dir.join("a.md"),
        "# Le laboratoire\n\n« Nous construisons la superintelligence », a déclaré\n**Alexandr Wang** devant la presse.\n\n```text\n« Une fausse citation », a déclaré Jean Bidon. Il y a 42 millions d’euros.\n```\n\nLe mot `« code »` et `77 %` ne comptent pas.\n",
    )
    .unwrap();
    let out = run_in(&dir, &["check", "a.md", "--ledger", "ledger.yaml"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    assert!(text.contains("note[quote-verified]"), "{text}");
    assert!(text.contains("--> a.md:3:1"), "{text}");
    assert!(
        !text.contains("Bidon") && !text.contains("42") && !text.contains("77"),
        "{text}"
    );
    assert!(
        text.ends_with("0 errors, 0 warnings, 1 note in 1 document\n"),
        "{text}"
    );
}

#[test]
fn front_matter_date_decides_an_age_and_the_command_line_overrides_it() {
    let dir = project("fm-date");
    let article = "---\ntitle: Portrait\ndate: 2026-12-18\n---\n\nAlexandr Wang, âgé de 29 ans, dirige le laboratoire.\n";
    std::fs::write(dir.join("a.md"), article).unwrap();
    // Born 1997: 28 or 29 on 2026-12-18, 27 or 28 on 2025-12-18.
    let out = run_in(&dir, &["check", "a.md", "--ledger", "ledger.yaml"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "note[claim-consistent]: Alexandr Wang was born 1997, so is 28 or 29 on 2026-12-18"
        ),
        "{text}"
    );
    assert!(text.contains("--> a.md:6:16"), "{text}");
    let out = run_in(
        &dir,
        &[
            "check",
            "a.md",
            "--ledger",
            "ledger.yaml",
            "--date",
            "2025-12-18",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("error[claim-contradicted]: Alexandr Wang was born 1997, so is 27 or 28 on 2025-12-18; the draft says 29"),
        "{}",
        stdout(&out)
    );
    // The same front matter works in a .txt file.
    std::fs::write(dir.join("a.txt"), article).unwrap();
    let out = run_in(&dir, &["check", "a.txt", "--ledger", "ledger.yaml"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn suppressions_with_a_reason_drop_findings_and_are_counted() {
    let dir = project("suppress");
    let article = "<!-- claimcheck: ignore quote-unverified reason=\"interview notes not yet in ledger\" -->\n« Nous lançons un nouveau modèle », a déclaré Alexandr Wang.\n\n« Ce modèle est le meilleur », a ajouté Alexandr Wang.\n";
    std::fs::write(dir.join("a.md"), article).unwrap();
    let out = run_in(
        &dir,
        &[
            "check",
            "a.md",
            "--ledger",
            "ledger.yaml",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json = json_of(&out);
    let doc = &json["documents"][0];
    assert_eq!(rule_list(doc), ["quote-unverified"]);
    assert_eq!(doc["findings"][0]["span"]["line"], 4);
    assert_eq!(doc["suppressed"], 1);
    assert_eq!(json["summary"]["warning"], 1);
    let out = run_in(&dir, &["check", "a.md", "--ledger", "ledger.yaml"], None);
    let text = stdout(&out);
    assert!(
        text.ends_with("0 errors, 1 warning, 0 notes in 1 document\n1 finding suppressed by claimcheck comments in 1 document\n"),
        "{text}"
    );
    // ignore-file silences the whole file, and the same comments work in plain text.
    std::fs::write(
        dir.join("b.txt"),
        "<!-- claimcheck: ignore-file reason=\"satire column\" -->\n« Nous lançons un nouveau modèle », a déclaré Alexandr Wang.\n« Ce modèle est le meilleur », a ajouté Alexandr Wang.\n",
    )
    .unwrap();
    let out = run_in(
        &dir,
        &[
            "check",
            "b.txt",
            "--ledger",
            "ledger.yaml",
            "--format",
            "jsonl",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "{\"path\":\"b.txt\",\"findings\":[],\"suppressed\":2}\n"
    );
}

#[test]
fn a_suppression_without_a_reason_is_a_warning() {
    let dir = project("no-reason");
    let article = "Titre\n\n<!-- claimcheck: ignore -->\n« Nous lançons un nouveau modèle », a déclaré Alexandr Wang.\n";
    std::fs::write(dir.join("a.md"), article).unwrap();
    let out = run_in(
        &dir,
        &[
            "check",
            "a.md",
            "--ledger",
            "ledger.yaml",
            "--fail-on",
            "warning",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains(
            "warning[suppression-without-reason]: this suppression of every rule gives no reason"
        ),
        "{text}"
    );
    assert!(text.contains("--> a.md:3:1"), "{text}");
    assert!(!text.contains("quote-unverified"), "{text}");
    assert!(
        text.ends_with("0 errors, 1 warning, 0 notes in 1 document\n1 finding suppressed by claimcheck comments in 1 document\n"),
        "{text}"
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn an_unused_suppression_is_a_warning() {
    let dir = project("unused");
    let article = "<!-- claimcheck: ignore claim-unverified reason=\"figures from the agency\" -->\n« Nous construisons la superintelligence », a déclaré Alexandr Wang.\n\n<!-- claimcheck: ignore-file quote-altered reason=\"old\" -->\n";
    std::fs::write(dir.join("a.md"), article).unwrap();
    let out = run_in(
        &dir,
        &[
            "check",
            "a.md",
            "--ledger",
            "ledger.yaml",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let json = json_of(&out);
    let doc = &json["documents"][0];
    assert_eq!(
        rule_list(doc),
        ["suppression-unused", "quote-verified", "suppression-unused"]
    );
    assert_eq!(
        doc["findings"][0]["message"],
        "this suppression of claim-unverified matched no finding in the next paragraph (line 2): remove it, or move it above the paragraph it is meant for"
    );
    assert_eq!(doc["findings"][0]["severity"], "warning");
    assert_eq!(doc["suppressed"], 0);
    // A malformed comment is an input error at its place.
    std::fs::write(
        dir.join("b.md"),
        "Titre\n\n<!-- claimcheck: ignore quote-unverifed -->\nTexte.\n",
    )
    .unwrap();
    let out = run_in(&dir, &["check", "b.md", "--ledger", "ledger.yaml"], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: b.md:3:25: unknown rule `quote-unverifed` in a claimcheck comment (rule ids as in the report, e.g. quote-unverified)\n"
    );
}

#[test]
fn empty_markdown_and_front_matter_only_files_give_no_findings() {
    let dir = project("empty-md");
    std::fs::write(dir.join("a.md"), "").unwrap();
    std::fs::write(dir.join("b.md"), "---\ndate: 2025-01-01\n---\n").unwrap();
    std::fs::write(dir.join("c.txt"), "\u{feff}").unwrap();
    for f in ["a.md", "b.md", "c.txt"] {
        let out = run_in(&dir, &["check", f, "--ledger", "ledger.yaml"], None);
        assert_eq!(out.status.code(), Some(0), "{f}: {}", stderr(&out));
        assert_eq!(stderr(&out), "");
        assert_eq!(
            stdout(&out),
            "0 errors, 0 warnings, 0 notes in 1 document\n",
            "{f}"
        );
    }
}

#[test]
fn batches_are_in_path_order_without_a_progress_bar_in_pipes() {
    let dir = project("batch");
    for i in (0..30).rev() {
        let sub = dir.join("articles").join(format!("{:02}", i % 3));
        std::fs::create_dir_all(&sub).unwrap();
        let ext = if i % 2 == 0 { "md" } else { "txt" };
        std::fs::write(
            sub.join(format!("{i:02}.{ext}")),
            format!("« Article {i} », a déclaré Alexandr Wang.\n"),
        )
        .unwrap();
    }
    let out = run_in(
        &dir,
        &[
            "check",
            "articles",
            "--ledger",
            "ledger.yaml",
            "--format",
            "jsonl",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "", "no progress bar when stderr is a pipe");
    let paths: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["path"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(paths.len(), 30);
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

/// The large-input test's size in MB: `CLAIMCHECK_BIG_MB` overrides it. 25 by default:
/// a debug build reads about 1 MB/s, so 100 MB (the release build's 15 s) would take
/// minutes under `cargo test`; run it with CLAIMCHECK_BIG_MB=100 (and --release) for the
/// full size.
fn big_mb() -> usize {
    std::env::var("CLAIMCHECK_BIG_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(25)
}

#[test]
fn a_very_large_markdown_file_completes_without_panicking() {
    let dir = project("big");
    let article = std::fs::read_to_string(common::corpus("lecun-ft-fr.txt")).unwrap();
    // Markdown paragraphs (blank lines), a code block and a suppression per copy.
    let mut unit = String::new();
    for (i, line) in article.lines().enumerate() {
        if i == 1 {
            unit.push_str("<!-- claimcheck: ignore claim-unverified reason=\"load\" -->\n");
        }
        unit.push_str(line);
        unit.push_str("\n\n");
    }
    unit.push_str("```\n« Faux », dit X. 42 %\n```\n\n");
    let target = big_mb() * 1_000_000;
    let path = dir.join("big.md");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        f.write_all(b"---\ndate: 2025-12-18\nlang: fr\n---\n\n")
            .unwrap();
        let mut written = 0;
        while written < target {
            f.write_all(unit.as_bytes()).unwrap();
            written += unit.len();
        }
    }
    let started = std::time::Instant::now();
    let out = run_in(
        &dir,
        &[
            "check",
            "big.md",
            "--ledger",
            "ledger.yaml",
            "--format",
            "jsonl",
            "--fail-on",
            "never",
        ],
        None,
    );
    let elapsed = started.elapsed();
    eprintln!("{} MB checked in {elapsed:?}", big_mb());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let line = stdout(&out);
    let doc: serde_json::Value = serde_json::from_str(line.trim_end()).unwrap();
    let copies = target / unit.len();
    assert!(doc["findings"].as_array().unwrap().len() > copies * 10);
    assert!(doc["suppressed"].as_u64().unwrap() as usize >= copies);
    assert!(!line.contains("Faux"));
    std::fs::remove_file(&path).unwrap();
}
