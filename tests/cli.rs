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
