//! Snapshots of the reports on the LeCun article: human (rustc-style) and JSON. Reviewed by
//! hand when they change (`cargo insta review`); they live in snapshots/.

mod common;

fn check(format: &str) -> (String, i32) {
    let path = "tests/corpus/lecun-ft-fr.txt";
    // A fixed date: ages depend on it.
    let out = common::run(&["check", path, "--format", format, "--date", "2025-12-18"]);
    (common::stdout(&out), out.status.code().unwrap_or(-1))
}

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

#[test]
fn check_human_report() {
    let (out, code) = check("human");
    assert_eq!(code, 1, "a unit mismatch is an error: exit 1");
    snapshot!("check_lecun_human", out);
}

#[test]
fn check_json_report() {
    let (out, code) = check("json");
    assert_eq!(code, 1);
    snapshot!("check_lecun_json", out);
}

#[test]
fn extract_json_report() {
    let out = common::run(&[
        "extract",
        "tests/corpus/lecun-ft-fr.txt",
        "--format",
        "json",
    ]);
    snapshot!("extract_lecun_json", common::stdout(&out));
}
