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
    let mut people = String::new();
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
        let _ = writeln!(people, "  - id: {id}\n    name: {}", quoted(&e.name));
        person_id.insert(e.name.clone(), id);
    }
    section(&mut y, "people", &people);
    let mut quotes = String::new();
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
            quotes,
            "  - id: {id}\n    speaker: {speaker}\n    text: {}\n    lang: {}\n    # source: ",
            quoted(&text),
            doc.lang
        );
    }
    section(&mut y, "quotes", &quotes);
    let mut facts = String::new();
    for c in &x.claims {
        let e = &c.expr;
        let value = match (e.kind, &e.date, e.value) {
            // A date without its year (--10-14) cannot be a ledger value; the editor would
            // have to supply the year, so it is left out rather than written unreadable.
            (ClaimKind::Date, Some(d), _) if d.starts_with("--") => continue,
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
        // Whatever the ledger could not read back (a currency the extractor names but
        // writes no code for) is left out too: a draft must pass `ledger check`.
        if crate::extract::numbers::parse_value(&value).is_none() {
            continue;
        }
        let subject = c.subject.clone().unwrap_or_default();
        let id = unique(slug(&format!("{} {}", subject, e.kind.as_str())));
        let _ = writeln!(
            facts,
            "  - id: {id}\n    subject: {}\n    kind: {}\n    value: {}\n    cues: []\n    # source: \n    # draft text: {}",
            quoted(&subject),
            e.kind.as_str(),
            quoted(&value),
            // A claim may span a line break; the comment must stay one line.
            doc.slice(&e.span).replace(['\n', '\r'], " ")
        );
    }
    section(&mut y, "facts", &facts);
    y
}

/// `name:` and its entries, or `name: []`: a key with nothing under it is a null, which
/// the schema refuses.
fn section(y: &mut String, name: &str, entries: &str) {
    if entries.is_empty() {
        let _ = writeln!(y, "{name}: []\n");
    } else {
        let _ = writeln!(y, "{name}:\n{entries}");
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::ledger::load_str;

    /// Drafts of every corpus article, with and without quotes or people, are ledgers the
    /// fast reader takes whole (so a newsroom's drafted ledgers load at full speed).
    #[test]
    fn drafts_are_valid_and_take_the_fast_path() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        // An article with a figure and nobody quoted leaves two sections empty.
        let bare =
            std::env::temp_dir().join(format!("claimcheck-draft-{}.txt", std::process::id()));
        std::fs::write(&bare, "Le prix a augmenté de 5 % cette année.\n").expect("a temp file");
        let docs =
            crate::pipeline::extract_all(&[root, bare.clone()], None, None).expect("the corpus");
        let _ = std::fs::remove_file(&bare);
        assert!(docs.len() > 20);
        for (doc, x) in &docs {
            let yaml = draft(doc, x);
            assert!(
                crate::ledger::block_yaml::read(&yaml).is_some(),
                "the draft of {} falls back to the general parser:\n{yaml}",
                doc.path
            );
            load_str(std::path::Path::new("draft.yaml"), &yaml)
                .unwrap_or_else(|e| panic!("the draft of {} is refused: {e}\n{yaml}", doc.path));
        }
    }
}
