//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn corpus(name: &str) -> PathBuf {
    root().join("tests/corpus").join(name)
}

/// Runs the binary from the repository root (so ./claims is the default ledger).
pub fn run(args: &[&str]) -> Output {
    run_in(&root(), args, None)
}

pub fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    cmd.args(args).current_dir(dir).env("NO_COLOR", "1");
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("the claimcheck binary runs");
    if let Some(mut handle) = child.stdin.take()
        && let Some(bytes) = stdin
    {
        handle.write_all(bytes).expect("stdin is writable");
    }
    child
        .wait_with_output()
        .expect("the claimcheck binary finishes")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
