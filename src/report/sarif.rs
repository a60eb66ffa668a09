//! SARIF 2.1.0, the static-analysis interchange format: what GitHub code scanning reads
//! (`github/codeql-action/upload-sarif`) to show findings as alerts on the pull request and
//! in the Security tab, and what SARIF viewers in editors open.
//!
//! The output is deterministic: keys in a fixed order, results in the order of the
//! documents and their spans, fingerprints computed from content with a hash fixed here.

use std::collections::HashMap;
use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Region, slash_path};
use crate::check::{Finding, Rule, Severity};
use crate::document::Document;

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The version of our `partialFingerprints` key: bump it if the hashed content changes, so
/// code scanning does not confuse old fingerprints with new ones.
const FINGERPRINT_KEY: &str = "claimcheck/v1";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn rules() -> Vec<Value> {
    Rule::ALL
        .iter()
        .map(|r| {
            json!({
                "id": r.id(),
                "shortDescription": {"text": r.meaning()},
                "defaultConfiguration": {"level": level(r.default_severity())},
            })
        })
        .collect()
}

/// FNV-1a, 64 bits: tiny, and unlike `std`'s hasher its output is fixed forever, which a
/// fingerprint stored by code scanning between runs needs.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Whitespace collapsed and case folded, so re-wrapping a paragraph or capitalising a
/// quotation's first word does not make code scanning see a new alert.
fn normalize(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A URI reference for a path: forward slashes, relative paths kept relative (code scanning
/// resolves them against the repository root), absolute ones as `file://` URIs, and the
/// characters a URI cannot hold percent-encoded.
fn uri(path: &str) -> String {
    let path = slash_path(path);
    let absolute = path.starts_with('/')
        || (path.len() > 2
            && path.as_bytes().get(1) == Some(&b':')
            && path.as_bytes().get(2) == Some(&b'/'));
    let mut out = String::new();
    if absolute {
        out.push_str("file://");
        if !path.starts_with('/') {
            out.push('/');
        }
    }
    for b in path.bytes() {
        let keep = b.is_ascii_alphanumeric()
            || b"-._~/!$&'()*+,;=@".contains(&b)
            || (b == b':' && absolute);
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn result(doc: &Document, f: &Finding, rule_index: usize, occurrence: usize) -> Value {
    let region = Region::new(doc, &f.span);
    let fingerprint = fnv1a(
        format!(
            "{}\u{1f}{}\u{1f}{occurrence}",
            f.rule.id(),
            normalize(&f.text)
        )
        .as_bytes(),
    );
    let mut properties = json!({"item": f.item, "text": f.text});
    if let (Some(r), Value::Object(map)) = (&f.ledger, &mut properties) {
        map.insert("ledger".into(), json!({"id": r.id, "source": r.source}));
    }
    json!({
        "ruleId": f.rule.id(),
        "ruleIndex": rule_index,
        "level": level(f.severity),
        "message": {"text": f.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": uri(&doc.path)},
                // Columns in UTF-16 code units: SARIF's default `columnKind`, which the run
                // also states explicitly. For French text they equal char columns except
                // after characters outside the Basic Multilingual Plane (emoji).
                "region": {
                    "startLine": region.start_line,
                    "startColumn": region.start_column_utf16,
                    "endLine": region.end_line,
                    "endColumn": region.end_column_utf16,
                }
            }
        }],
        "partialFingerprints": {FINGERPRINT_KEY: format!("{fingerprint:016x}")},
        "properties": properties,
    })
}

pub fn write_check(out: &mut dyn Write, docs: &[(&Document, &[Finding])]) -> io::Result<()> {
    let mut results = Vec::new();
    for (doc, findings) in docs {
        // The same words checked twice in one document (a quotation repeated in the
        // headline) get distinct fingerprints by their rank among equals.
        let mut seen: HashMap<(Rule, String), usize> = HashMap::new();
        for f in findings.iter() {
            let rule_index = Rule::ALL.iter().position(|r| *r == f.rule).unwrap_or(0);
            let count = seen.entry((f.rule, normalize(&f.text))).or_insert(0);
            results.push(result(doc, f, rule_index, *count));
            *count += 1;
        }
    }
    let sarif = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "claimcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules(),
            }},
            "columnKind": "utf16CodeUnits",
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &sarif)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_with_forward_slashes_and_encoded() {
        assert_eq!(uri("drafts\\a b.txt"), "drafts/a%20b.txt");
        assert_eq!(uri("drafts/été.md"), "drafts/%C3%A9t%C3%A9.md");
        assert_eq!(uri("/tmp/x.txt"), "file:///tmp/x.txt");
        assert_eq!(uri("C:\\d\\x.txt"), "file:///C:/d/x.txt");
    }

    #[test]
    fn fingerprints_ignore_case_and_spacing() {
        assert_eq!(normalize("  L’argent  ne\nserait "), "l’argent ne serait");
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
