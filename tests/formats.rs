//! The CI and review formats (SARIF, GitHub annotations, Markdown, HTML) on the LeCun article:
//! a snapshot of each (in snapshots/, reviewed by hand when they change), and the structural
//! facts each format promises, checked against the JSON report so a wrong count fails even
//! when a snapshot is accepted carelessly. Then a hostile article and ledger, to show that
//! nothing from either can inject markup, links or annotation commands.

mod common;

use claimcheck::check::{CheckOptions, Rule, Summary};
use claimcheck::ledger::load_str;
use claimcheck::{Lang, pipeline, report};
use serde_json::Value;

const ARTICLE: &str = "tests/corpus/lecun-ft-fr.txt";

fn check(format: &str) -> String {
    // A fixed date: ages depend on it.
    let out = common::run(&["check", ARTICLE, "--date", "2025-12-18", "--format", format]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the unit mismatch is an error whatever the format: exit 1\n{}",
        common::stderr(&out)
    );
    common::stdout(&out)
}

/// The JSON report: the reference the other formats are compared with.
fn json_report() -> Value {
    serde_json::from_str(&check("json")).expect("the JSON report parses")
}

fn json_findings(report: &Value) -> Vec<Value> {
    report["documents"][0]["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

#[test]
fn sarif_is_valid_2_1_0_with_one_result_per_finding() {
    let out = check("sarif");
    assert_eq!(
        out,
        check("sarif"),
        "SARIF output is the same bytes every run"
    );
    let sarif: Value = serde_json::from_str(&out).expect("SARIF parses as JSON");
    assert_eq!(sarif["version"], "2.1.0");
    assert!(
        sarif["$schema"]
            .as_str()
            .is_some_and(|s| s.contains("sarif-schema-2.1.0"))
    );
    let run = &sarif["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "claimcheck");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rule_ids: Vec<&str> = driver["rules"]
        .as_array()
        .map(|a| a.iter().filter_map(|r| r["id"].as_str()).collect())
        .unwrap_or_default();
    let all: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    assert_eq!(rule_ids, all, "every rule, in Rule::ALL order");

    let findings = json_findings(&json_report());
    let results = run["results"].as_array().cloned().unwrap_or_default();
    assert_eq!(results.len(), findings.len(), "one result per finding");
    let mut fingerprints = Vec::new();
    for (r, f) in results.iter().zip(&findings) {
        assert_eq!(r["ruleId"], f["rule"]);
        let index = r["ruleIndex"].as_u64().unwrap_or(u64::MAX) as usize;
        assert_eq!(rule_ids.get(index).copied(), f["rule"].as_str());
        assert_eq!(r["level"], f["severity"], "SARIF levels are our severities");
        assert_eq!(r["message"]["text"], f["message"]);
        let location = &r["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], ARTICLE);
        let region = &location["region"];
        assert_eq!(region["startLine"], f["span"]["line"]);
        // The article has no character outside the BMP: UTF-16 columns equal char columns.
        assert_eq!(region["startColumn"], f["span"]["column"]);
        let chars = f["text"].as_str().map_or(0, |t| t.chars().count()) as u64;
        if f["item"] == "claim" && region["startLine"] == region["endLine"] {
            assert_eq!(
                region["endColumn"].as_u64(),
                f["span"]["column"].as_u64().map(|c| c + chars),
                "endColumn is exclusive"
            );
        }
        fingerprints.push(r["partialFingerprints"]["claimcheck/v1"].clone());
    }
    let count = fingerprints.len();
    fingerprints.sort_by_key(|v| v.to_string());
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), count, "fingerprints are unique");
    snapshot!("format_sarif", out);
}

#[test]
fn github_annotations_one_line_per_finding_errors_first() {
    let out = check("github");
    let findings = json_findings(&json_report());
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), findings.len(), "one line per finding");
    let rank = |line: &str| {
        if line.starts_with("::error ") {
            0
        } else if line.starts_with("::warning ") {
            1
        } else if line.starts_with("::notice ") {
            2
        } else {
            panic!("not a workflow command: {line}")
        }
    };
    let ranks: Vec<i32> = lines.iter().map(|l| rank(l)).collect();
    assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "errors, then warnings, then notices"
    );
    let errors = findings.iter().filter(|f| f["severity"] == "error").count();
    assert_eq!(ranks.iter().filter(|&&r| r == 0).count(), errors);
    assert!(lines.iter().any(|l| l.starts_with(
        "::error file=tests/corpus/lecun-ft-fr.txt,line=14,col=627,endLine=14,endColumn=649,title=claim-unit-mismatch::"
    )));
    assert!(
        out.contains("49%25"),
        "`%` in a message is escaped as the runner expects"
    );
    snapshot!("format_github", out);
}

/// The `| name | count |` rows of the Markdown table whose header starts with `header`.
fn table_rows(md: &str, header: &str) -> Vec<(String, usize)> {
    md.lines()
        .skip_while(|l| !l.starts_with(header))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").map(str::trim).collect();
            let n = cells.last()?.parse().ok()?;
            Some((cells.first()?.trim_matches('`').to_string(), n))
        })
        .collect()
}

#[test]
fn markdown_counts_equal_the_json_summary() {
    let out = check("markdown");
    let report = json_report();
    let summary = &report["summary"];
    let severities = table_rows(&out, "| severity | count |");
    let expected: Vec<(String, usize)> = ["error", "warning", "note"]
        .iter()
        .map(|s| (s.to_string(), summary[s].as_u64().unwrap_or(0) as usize))
        .collect();
    assert_eq!(severities, expected);

    let findings = json_findings(&report);
    let rules = table_rows(&out, "| rule | severity | count |");
    assert!(!rules.is_empty());
    for (rule, n) in &rules {
        let in_json = findings
            .iter()
            .filter(|f| f["rule"] == rule.as_str())
            .count();
        assert_eq!(*n, in_json, "count of {rule}");
    }
    assert_eq!(
        rules.iter().map(|(_, n)| n).sum::<usize>(),
        findings.len(),
        "every finding is in one rule row"
    );
    // One table row per finding, under the document's heading.
    let rows = out
        .lines()
        .filter(|l| l.starts_with("| tests/corpus/lecun-ft-fr.txt:"))
        .count();
    assert_eq!(rows, findings.len());
    snapshot!("format_markdown", out);
}

#[test]
fn html_is_self_contained_with_one_highlight_per_finding() {
    let out = check("html");
    let lower = out.to_lowercase();
    for forbidden in ["<script src", "<link", "src=\"http", "url(http", "@import"] {
        assert!(
            !lower.contains(forbidden),
            "no external asset: found `{forbidden}`"
        );
    }
    assert!(lower.contains("content-security-policy"));
    let findings = json_findings(&json_report());
    assert_eq!(
        out.matches("class=\"cc-finding ").count(),
        findings.len(),
        "one highlight per finding"
    );
    assert!(out.contains(
        "class=\"cc-finding cc-claim cc-error\" data-note=\"d1-f21-n\" data-n=\"21\" tabindex=\"0\" aria-describedby=\"d1-f21-n\">3 milliards de dollars</mark>"
    ));
    assert!(out.contains("<span class=\"cc-who\" title=\"speaker\">Yann LeCun</span><mark id="));
    assert!(out.contains("class=\"cc-finding cc-quote cc-note cc-term\""));
    assert_eq!(
        out.matches("<li id=\"d1-f").count(),
        findings.len(),
        "one note per finding"
    );
    snapshot!("format_html", out);
}

/// An article and a ledger written to break out of every format.
const HOSTILE_LEDGER: &str = r#"
sources:
  - id: src
    publisher: "Wire <img src=x onerror=alert(1)> | `tick` @octocat"
    title: "A & B \"quoted\""
    date: 2025-01-01
    url: "javascript:alert(1)"
people:
  - id: jane
    name: Jane Doe
    aliases: [Doe]
    gender: female
quotes:
  - id: jane-plan
    speaker: jane
    text: "The plan is ready and we will deliver it before the summer"
    source: src
facts:
  - id: acme-staff
    subject: Acme
    cues: [employees, staff]
    kind: count
    value: "12"
    source: src
"#;

const HOSTILE_ARTICLE: &str = "Acme <script>alert(1)</script> news, 50% | `x` @bob\n\n\
\"We will hire 12 employees at Acme this year, and 40 more later,\" said Jane Doe.\n\n\
“The plan is ready and we will deliver it\n\n“before the summer,” Doe added.\n";

fn hostile() -> (pipeline::Processed, claimcheck::ledger::Ledger, Summary) {
    let ledger = load_str(std::path::Path::new("hostile.yaml"), HOSTILE_LEDGER)
        .expect("the test ledger is valid");
    let options = CheckOptions {
        date: Some("2025-12-18".into()),
        ..CheckOptions::default()
    };
    let p = pipeline::check_text(
        "drafts\\a,b:c.txt",
        HOSTILE_ARTICLE,
        Some(Lang::En),
        &ledger,
        &options,
    );
    let mut summary = Summary::default();
    summary.add(&p.findings);
    (p, ledger, summary)
}

/// The HTML page of one checked document.
fn html_page(
    p: &pipeline::Processed,
    ledger: &claimcheck::ledger::Ledger,
    summary: &Summary,
) -> String {
    let mut out = Vec::new();
    report::html::write_check(
        &mut out,
        &[(&p.document, &p.extraction, p.findings.as_slice())],
        ledger,
        summary,
    )
    .expect("writing to memory works");
    String::from_utf8(out).expect("the page is UTF-8")
}

#[test]
fn html_nests_claims_in_quotes_and_escapes_article_and_ledger() {
    let (p, ledger, summary) = hostile();
    let html = html_page(&p, &ledger, &summary);
    // (The `1` of `alert(1)` is read as a claim, so the text is cut by its highlight.)
    assert!(html.contains("Acme &lt;script&gt;alert("));
    assert!(html.contains("&lt;/script&gt; news"));
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<img"));
    assert!(html.contains("Wire &lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("“A &amp; B &quot;quoted&quot;”"));
    assert!(
        !html.contains("href=\"javascript"),
        "a ledger URL that is not http(s) is no link"
    );

    // The quotation's mark is open when the claims inside it open, and they close first.
    let quote = p
        .findings
        .iter()
        .position(|f| f.text.starts_with("We will hire"))
        .expect("the first quotation is checked");
    let claim = p
        .findings
        .iter()
        .position(|f| f.text == "12 employees")
        .expect("the claim inside it is checked");
    let open_quote = html
        .find(&format!("<mark id=\"d1-f{}\"", quote + 1))
        .expect("the quotation is highlighted");
    let open_claim = html
        .find(&format!("<mark id=\"d1-f{}\"", claim + 1))
        .expect("the claim is highlighted");
    let between = &html[open_quote..open_claim];
    assert!(open_quote < open_claim && !between.contains("</mark>"));
    assert!(html[open_claim..].starts_with(&format!(
        "<mark id=\"d1-f{}\" class=\"cc-finding cc-claim",
        claim + 1
    )));
    assert!(html[open_claim..].contains(">12 employees</mark>"));

    // Every finding one highlight; the quotation over two paragraphs continues in the second.
    assert_eq!(
        html.matches("class=\"cc-finding ").count(),
        p.findings.len()
    );
    assert!(html.contains("<p><mark class=\"cc-cont cc-quote"));
    // Well-formed: as many closes as opens.
    assert_eq!(
        html.matches("<mark").count(),
        html.matches("</mark>").count()
    );
}

#[test]
fn markdown_and_github_keep_hostile_text_inert() {
    let (p, ledger, summary) = hostile();
    let docs = [(&p.document, p.findings.as_slice())];
    let mut md = Vec::new();
    report::markdown::write_check(&mut md, &docs, &ledger, &summary).expect("in memory");
    let md = String::from_utf8(md).expect("UTF-8");
    assert!(md.contains("drafts/a,b:c.txt"));
    assert_eq!(
        md.matches("<img").count(),
        md.matches("\\<img").count(),
        "no raw HTML from the ledger"
    );
    assert!(!md.contains("(javascript:"), "no javascript: link");
    assert!(!md.contains("@octocat"), "no mention of a GitHub user");
    for line in md.lines().filter(|l| l.starts_with("| drafts")) {
        // Six columns: seven unescaped pipes.
        let pipes = line
            .match_indices('|')
            .filter(|(i, _)| *i == 0 || line.as_bytes().get(i - 1) != Some(&b'\\'));
        assert_eq!(pipes.count(), 7, "{line}");
    }

    let mut gh = Vec::new();
    report::github::write_check(&mut gh, &docs, &ledger).expect("in memory");
    let gh = String::from_utf8(gh).expect("UTF-8");
    assert_eq!(gh.lines().count(), p.findings.len());
    for line in gh.lines() {
        assert!(line.starts_with("::"));
        assert!(line.contains(" file=drafts/a%2Cb%3Ac.txt,line="), "{line}");
    }
    // The quotation over two paragraphs: lines without columns.
    assert!(gh.contains(",line=5,endLine=7,title=quote-verified::"));

    let mut sarif = Vec::new();
    report::sarif::write_check(&mut sarif, &docs).expect("in memory");
    let sarif: Value = serde_json::from_slice(&sarif).expect("SARIF parses");
    assert_eq!(
        sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "drafts/a,b%3Ac.txt",
        "a colon could read as a URI scheme"
    );
}

#[test]
fn odd_inputs_render_in_every_format() {
    let ledger = load_str(std::path::Path::new("hostile.yaml"), HOSTILE_LEDGER)
        .expect("the test ledger is valid");
    let texts = [
        "",
        "\u{FEFF}« Un 🎉 « deux » trois »\r\n\r\nIl a dit « 12 employees",
        "\"\n\n\"",
        "« a »« b » « » 3 % 4 %\n«",
        "“Quote one\n\n“Quote two\n\n“Three,” said Jane Doe. 😀 12 staff.",
    ];
    for text in texts {
        let p = pipeline::check_text("odd.txt", text, None, &ledger, &CheckOptions::default());
        let mut summary = Summary::default();
        summary.add(&p.findings);
        let docs = [(&p.document, p.findings.as_slice())];
        let html = html_page(&p, &ledger, &summary);
        assert_eq!(
            html.matches("class=\"cc-finding ").count(),
            p.findings.len(),
            "{text:?}"
        );
        assert_eq!(
            html.matches("<mark").count(),
            html.matches("</mark>").count()
        );
        let mut out = Vec::new();
        report::sarif::write_check(&mut out, &docs).expect("in memory");
        let sarif: Value = serde_json::from_slice(&out).expect("SARIF parses");
        for r in sarif["runs"][0]["results"].as_array().into_iter().flatten() {
            let region = &r["locations"][0]["physicalLocation"]["region"];
            assert!(region["startLine"].as_u64() >= Some(1));
            assert!(region["startColumn"].as_u64() >= Some(1));
            assert!(region["endLine"].as_u64() >= region["startLine"].as_u64());
        }
        let mut out = Vec::new();
        report::github::write_check(&mut out, &docs, &ledger).expect("in memory");
        assert_eq!(
            out.iter().filter(|&&b| b == b'\n').count(),
            p.findings.len()
        );
        let mut out = Vec::new();
        report::markdown::write_check(&mut out, &docs, &ledger, &summary).expect("in memory");
    }
}

#[test]
fn html_and_human_name_the_organisation_an_unnamed_spokesperson_speaks_for() {
    let ledger = load_str(std::path::Path::new("hostile.yaml"), HOSTILE_LEDGER)
        .expect("the test ledger is valid");
    let p = pipeline::check_text(
        "a.txt",
        "A Cardiff Council spokesperson said: “We cannot promise funding.”\n",
        Some(Lang::En),
        &ledger,
        &CheckOptions::default(),
    );
    let mut summary = Summary::default();
    summary.add(&p.findings);
    let html = html_page(&p, &ledger, &summary);
    assert!(
        html.contains(">for Cardiff Council</span>"),
        "the label before the quotation"
    );
    assert!(
        html.contains(
            "Speaker: <em>an unnamed spokesperson</em> for <strong>Cardiff Council</strong>"
        ),
        "the popover"
    );
    let mut out = Vec::new();
    report::human::write_extract(&mut out, &[(p.document, p.extraction)])
        .expect("writing to memory works");
    let text = String::from_utf8(out).expect("UTF-8");
    assert!(
        text.contains("— for Cardiff Council [speaker-colon]"),
        "{text}"
    );
}
