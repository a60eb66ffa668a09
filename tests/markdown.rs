//! Markdown input: only prose is read (code, HTML, front matter masked), offsets index the
//! file as it is on disk, paragraphs are Markdown's blocks, emphasis breaks nothing.

mod common;

use claimcheck::check::{CheckOptions, Rule};
use claimcheck::document::{Document, Markup, ReadOptions};
use claimcheck::ledger;
use claimcheck::pipeline::{self, Settings};
use claimcheck::{Error, Lang};
use common::{run_in, stderr, stdout};

fn tmp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("claimcheck-md-{}-{name}", std::process::id()));
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    dir
}

fn extract(text: &str) -> serde_json::Value {
    let dir = tmp("extract");
    let path = dir.join(format!("a{}.md", text.len()));
    std::fs::write(&path, text).unwrap();
    let out = run_in(
        &dir,
        &[
            "extract",
            "--format",
            "json",
            "--no-config",
            path.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["documents"][0].clone()
}

fn texts(doc: &serde_json::Value, key: &str) -> Vec<String> {
    doc[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap().to_string())
        .collect()
}

const ARTICLE: &str = "---
title: « Pas une citation » de 12 %
date: 2025-12-18
---

# Marie Curie au laboratoire

« Nous avons tout essayé », a déclaré **Marie Curie** lors d’une conférence,
où 300 chercheurs étaient présents.

```text
« Une fausse citation », a déclaré Jean Bidon. Il y a 42 millions d’euros.
```

Le budget atteint `« code » 77 %` 15 millions d’euros, selon [le rapport](https://exemple.fr/2024/99).

<!-- « commentaire » 55 % -->
<div>« Bloc HTML » 66 %</div>
";

#[test]
fn code_html_and_front_matter_are_not_read_and_offsets_index_the_file() {
    let doc = extract(ARTICLE);
    assert_eq!(texts(&doc, "quotes"), ["Nous avons tout essayé"]);
    assert_eq!(
        texts(&doc, "claims"),
        ["300 chercheurs", "15 millions d’euros"]
    );
    for item in doc["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .chain(doc["claims"].as_array().unwrap())
    {
        let start = item["span"]["start"].as_u64().unwrap() as usize;
        let end = item["span"]["end"].as_u64().unwrap() as usize;
        assert!(ARTICLE[start..end].contains(item["text"].as_str().unwrap()));
    }
    assert_eq!(doc["quotes"][0]["speaker"]["name"], "Marie Curie");
    assert_eq!(doc["quotes"][0]["span"]["line"], 8);
}

#[test]
fn a_quotation_wrapped_over_lines_of_one_paragraph_is_one_quote() {
    let text = "Dans son bureau, Marie Curie a déclaré : « La science\nn’a pas de patrie, mais\nle savant en a une. »\n\nFin.\n";
    let doc = extract(text);
    let quotes = doc["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 1, "{doc}");
    assert_eq!(quotes[0]["speaker"]["name"], "Marie Curie");
    let t = quotes[0]["text"].as_str().unwrap();
    assert!(
        t.starts_with("La science") && t.ends_with("en a une."),
        "{t}"
    );
}

#[test]
fn emphasis_does_not_break_quotations_names_or_appositions() {
    let plain =
        "« Une impasse », selon Yann LeCun.\n\n« Fin », a dit Marie Curie devant 300 chercheurs.\n";
    let emphasised = "*« Une impasse »*, selon _Yann LeCun_.\n\n**« Fin »**, a dit **Marie Curie** devant **300 chercheurs**.\n";
    let (a, b) = (extract(plain), extract(emphasised));
    for doc in [&a, &b] {
        let speakers: Vec<&str> = doc["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["speaker"]["name"].as_str().unwrap_or("-"))
            .collect();
        assert_eq!(speakers, ["Yann LeCun", "Marie Curie"], "{doc}");
        let kinds: Vec<&str> = doc["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["kind"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, ["full", "full"], "{doc}");
        assert_eq!(texts(doc, "claims"), ["300 chercheurs"]);
    }
    // Intraword emphasis stays one word.
    let text = "Le mot un*believ*able et 12 %.\n";
    let d = Document::parse(
        "a.md",
        text.to_string(),
        ReadOptions {
            markup: Markup::Markdown,
            ..ReadOptions::default()
        },
    )
    .unwrap();
    assert!(d.prose().contains("un*believ*able"));
}

#[test]
fn headings_and_list_items_are_paragraphs_of_their_own() {
    let text = "# Un titre sans point\n\n« Nous partons », a dit Marie Curie.\n\n- « Premier point », dit Paul Durand.\n- Deuxième point\n";
    let d = Document::parse(
        "a.md",
        text.to_string(),
        ReadOptions {
            markup: Markup::Markdown,
            lang: Some(Lang::Fr),
            ..ReadOptions::default()
        },
    )
    .unwrap();
    let paras: Vec<&str> = d.paragraphs.iter().map(|p| d.slice(p)).collect();
    assert_eq!(
        paras,
        [
            "Un titre sans point",
            "« Nous partons », a dit Marie Curie.",
            "« Premier point », dit Paul Durand.",
            "Deuxième point"
        ]
    );
    let doc = extract(text);
    let speakers: Vec<&str> = doc["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["speaker"]["name"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(speakers, ["Marie Curie", "Paul Durand"]);
}

#[test]
fn the_mask_keeps_length_char_boundaries_and_lines() {
    let text = "---\nlang: fr\n---\nÉté `café ☕` <span>€</span> « ok » 👍\r\n\r\n    code 😀\n";
    let d = Document::parse(
        "a.md",
        text.to_string(),
        ReadOptions {
            markup: Markup::Markdown,
            ..ReadOptions::default()
        },
    )
    .unwrap();
    let prose = d.prose();
    assert_eq!(prose.len(), text.len());
    assert_eq!(d.text, text, "the document keeps the file untouched");
    for (i, _) in text.char_indices() {
        assert!(prose.is_char_boundary(i));
    }
    assert_eq!(prose.lines().count(), text.lines().count());
    // Inline HTML tags are masked, the text between them is prose.
    assert!(prose.contains("Été") && prose.contains("« ok » 👍") && prose.contains('€'));
    assert!(!prose.contains("café"), "{prose:?}");
    assert!(
        !prose.contains("span") && !prose.contains("code"),
        "{prose:?}"
    );
    assert!(!prose.contains("lang"));
    assert_eq!(d.lang, Lang::Fr);
}

#[test]
fn standard_input_is_markdown_with_the_input_flag() {
    let text = "```\n« Dans le code », a dit Jean Bidon.\n```\n\n« Dehors », a dit Marie Curie.\n";
    let dir = tmp("stdin");
    for (flag, expected) in [("markdown", 1), ("text", 2)] {
        let out = run_in(
            &dir,
            &[
                "extract",
                "--format",
                "json",
                "--no-config",
                "--input",
                flag,
                "-",
            ],
            Some(text.as_bytes()),
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            json["documents"][0]["quotes"].as_array().unwrap().len(),
            expected,
            "--input {flag}: {}",
            stdout(&out)
        );
    }
}

#[test]
fn front_matter_in_plain_text_is_read_and_masked() {
    let text = "---\ntitle: \"« Pas une citation »\"\nlang: en\ndate: 2024-05-01T08:00:00Z\n---\n\"We are done,\" said Jane Doe.\n";
    let d = Document::parse("a.txt", text.to_string(), ReadOptions::default()).unwrap();
    assert_eq!(d.lang, Lang::En);
    assert_eq!(d.date.as_deref(), Some("2024-05-01"));
    let ledger = ledger::Ledger::default();
    let p = pipeline::check_source(
        "a.txt",
        text,
        Markup::Text,
        &Settings::default(),
        &ledger,
        &CheckOptions::default(),
    )
    .unwrap();
    let quotes: Vec<&str> = p.findings.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(quotes, ["We are done,"]);
    assert_eq!(p.findings[0].rule, Rule::QuoteUnverified);
    // The command line's language wins over the front matter's.
    let forced = Settings {
        lang: Some(Lang::Fr),
        ..Settings::default()
    };
    let p = pipeline::check_source(
        "a.txt",
        text,
        Markup::Text,
        &forced,
        &ledger,
        &CheckOptions::default(),
    )
    .unwrap();
    assert_eq!(p.document.lang, Lang::Fr);
}

#[test]
fn bad_front_matter_is_an_input_error_with_line_and_column() {
    let dir = tmp("badfm");
    let path = dir.join("bad.md");
    std::fs::write(&path, "---\ntitle: x\ndate: 18/12/2025\n---\nTexte.\n").unwrap();
    let out = run_in(&dir, &["check", "--no-config", "bad.md"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).ends_with(
            "error: bad.md:3:7: front matter `date`: `18/12/2025` is not a date (YYYY-MM-DD)\n"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&out), "");
    std::fs::write(&path, "---\ntitle: [x\n---\nTexte.\n").unwrap();
    let out = run_in(&dir, &["check", "--no-config", "bad.md"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).ends_with("error: bad.md:2:8: front matter: unclosed bracket '['\n"),
        "{}",
        stderr(&out)
    );
    let e = Document::parse(
        "x.md",
        "---\ndate: 2025-01-01\n".into(),
        ReadOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(e, Error::At { line: 1, .. }), "{e}");
}

#[test]
fn hostile_markdown_never_panics_and_keeps_offsets() {
    let pieces = [
        "```",
        "~~~",
        "`",
        "<!--",
        "-->",
        "<div>",
        "</div>",
        "**",
        "_",
        "*",
        "[",
        "](",
        ")",
        "> ",
        "- ",
        "1. ",
        "# ",
        "|",
        "---",
        "\n",
        "\n\n",
        "« ",
        " »",
        "“",
        "”",
        "\"",
        "42 %",
        "é",
        "👍",
        "\r\n",
        "    ",
        "<!-- claimcheck: ignore -->",
        "&amp;",
        "\\",
        "![",
        "<http://x>",
    ];
    let ledger = ledger::Ledger::default();
    let mut seed: u64 = 0x5eed;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..40 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        let Ok(p) = pipeline::check_source(
            "fuzz.md",
            &text,
            Markup::Markdown,
            &Settings::default(),
            &ledger,
            &CheckOptions::default(),
        ) else {
            continue;
        };
        assert_eq!(p.document.text, text);
        for f in &p.findings {
            assert!(f.span.end <= text.len() && text.is_char_boundary(f.span.start));
        }
    }
}
