//! `ledger draft`: a ledger skeleton for an article, for an editor to complete. People found,
//! quotations with their speakers, claims with their values; every `source:` is left as a
//! comment so that `ledger check` reports the draft incomplete until an editor fills it.

use std::collections::HashSet;
use std::fmt::Write;

use crate::attribute::Extraction;
use crate::attribute::people::EntityKind;
use crate::document::Document;
use crate::extract::numbers::ClaimKind;

/// A YAML double-quoted scalar: JSON string escaping is valid YAML.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// A ledger id from a name: lowercase ASCII letters and digits joined by dashes.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(40).collect()
}

pub fn draft(doc: &Document, x: &Extraction) -> String {
    let mut y = String::new();
    let _ = writeln!(
        y,
        "# Draft ledger for {} — complete every `source:` before use.",
        doc.path
    );
    let _ = writeln!(
        y,
        "sources: []\n# - id: publisher-yyyy-mm-dd\n#   publisher: \n#   date: \n#   url: \n"
    );
    let _ = writeln!(y, "people:");
    let mut ids = HashSet::new();
    let mut unique = |base: String| {
        let mut id = if base.is_empty() {
            "entry".to_string()
        } else {
            base
        };
        let mut n = 2;
        while !ids.insert(id.clone()) {
            id = format!(
                "{}-{n}",
                id.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-')
            );
            n += 1;
        }
        id
    };
    let mut person_id = std::collections::HashMap::new();
    for e in x.people.iter().filter(|e| e.kind == EntityKind::Person) {
        if person_id.contains_key(&e.name) {
            continue;
        }
        let id = unique(slug(&e.name));
        let _ = writeln!(y, "  - id: {id}\n    name: {}", quoted(&e.name));
        person_id.insert(e.name.clone(), id);
    }
    let _ = writeln!(y, "\nquotes:");
    for q in &x.quotes {
        let Some(s) = &q.speaker else { continue };
        let Some(speaker) = person_id.get(&s.name) else {
            continue;
        };
        let text = q.span.text(&doc.text);
        let id = unique(format!(
            "{speaker}-{}",
            slug(
                &text
                    .split_whitespace()
                    .take(4)
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        ));
        let _ = writeln!(
            y,
            "  - id: {id}\n    speaker: {speaker}\n    text: {}\n    lang: {}\n    # source: ",
            quoted(&text),
            doc.lang
        );
    }
    let _ = writeln!(y, "\nfacts:");
    for c in &x.claims {
        let e = &c.expr;
        let value = match (e.kind, &e.date, e.value) {
            (ClaimKind::Date, Some(d), _) => d.clone(),
            (_, _, Some(v)) => match &e.unit {
                Some(u) if e.kind == ClaimKind::Money => format!("{v} {u}"),
                Some(u) if matches!(e.kind, ClaimKind::Duration | ClaimKind::Age) => {
                    format!("{v} {u}s")
                }
                _ if e.kind == ClaimKind::Percent => format!("{v}%"),
                _ => format!("{v}"),
            },
            _ => continue,
        };
        let subject = c.subject.clone().unwrap_or_default();
        let id = unique(slug(&format!("{} {}", subject, e.kind.as_str())));
        let _ = writeln!(
            y,
            "  - id: {id}\n    subject: {}\n    kind: {}\n    value: {}\n    cues: []\n    # source: \n    # draft text: {}",
            quoted(&subject),
            e.kind.as_str(),
            quoted(&value),
            doc.slice(&e.span)
        );
    }
    y
}
