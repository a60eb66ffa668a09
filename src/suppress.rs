//! Suppressions written in the article itself, as HTML comments:
//!
//! ```text
//! <!-- claimcheck: ignore quote-unverified reason="interview notes not yet in ledger" -->
//! <!-- claimcheck: ignore-file reason="satire column" -->
//! ```
//!
//! `ignore` applies to the next paragraph (the first that starts after the comment),
//! `ignore-file` to the whole file; rule ids are comma- or space-separated, and none means
//! every rule. A finding is suppressed when its span starts in the scope and its rule is
//! named. Suppressed findings leave the report but are counted (`Processed::suppressed`).
//! A suppression without a reason is a `suppression-without-reason` warning, one that
//! matched nothing a `suppression-unused` warning, both at the comment. The comments are
//! found by `document` (Markdown: HTML comments outside code; plain text: any
//! `<!-- claimcheck: … -->`) and masked out of the prose, so their words are never read.

use std::ops::Range;
use std::path::Path;

use crate::check::{CheckOptions, Finding, Item, Rule};
use crate::document::Document;
use crate::error::Error;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The paragraph after the comment (`None`: the comment is the last thing in the file).
    Paragraph(Option<Range<usize>>),
    File,
}

/// One `claimcheck:` comment, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    /// The whole comment, `<!--` to `-->`.
    pub comment: Range<usize>,
    pub scope: Scope,
    /// The rules it silences; empty for all.
    pub rules: Vec<Rule>,
    /// `None` when absent or empty.
    pub reason: Option<String>,
}

impl Directive {
    fn covers(&self, f: &Finding) -> bool {
        let in_scope = match &self.scope {
            Scope::File => true,
            Scope::Paragraph(Some(p)) => p.contains(&f.span.start),
            Scope::Paragraph(None) => false,
        };
        in_scope && (self.rules.is_empty() || self.rules.contains(&f.rule))
    }

    fn what(&self) -> String {
        if self.rules.is_empty() {
            "every rule".to_string()
        } else {
            let ids: Vec<&str> = self.rules.iter().map(|r| r.id()).collect();
            ids.join(", ")
        }
    }
}

/// Reads every directive of `doc`. A malformed one (unknown verb or rule id, a reason
/// whose quotation mark is never closed, no `-->`) is an error at its line and column.
pub fn parse(doc: &Document) -> Result<Vec<Directive>, Error> {
    doc.directives
        .iter()
        .map(|c| parse_one(doc, c.clone()))
        .collect()
}

struct Cursor<'a> {
    doc: &'a Document,
    text: &'a str,
    /// Offset of `text` in the document.
    base: usize,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn error(&self, offset: usize, message: String) -> Error {
        let pos = self.doc.lines.position(&self.doc.text, self.base + offset);
        Error::At {
            path: Path::new(&self.doc.path).to_path_buf(),
            line: pos.line,
            column: pos.column,
            message,
        }
    }

    fn skip_separators(&mut self) {
        let rest = &self.text[self.at..];
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        self.at += rest.len() - trimmed.len();
    }

    /// The next word (up to a space, a comma or `=`), and where it starts.
    fn word(&mut self) -> Option<(usize, &'a str)> {
        self.skip_separators();
        let text: &'a str = self.text;
        let rest = &text[self.at..];
        let len = rest
            .find(|c: char| c.is_whitespace() || c == ',' || c == '=')
            .unwrap_or(rest.len());
        if len == 0 {
            return None;
        }
        let start = self.at;
        self.at += len;
        Some((start, &rest[..len]))
    }
}

fn parse_one(doc: &Document, comment: Range<usize>) -> Result<Directive, Error> {
    let raw = doc.text.get(comment.clone()).unwrap_or("");
    let mut cur = Cursor {
        doc,
        text: raw,
        base: comment.start,
        at: 0,
    };
    let Some(inner) = raw.strip_prefix("<!--").and_then(|r| r.strip_suffix("-->")) else {
        return Err(cur.error(
            0,
            "this claimcheck comment is never closed with `-->`".into(),
        ));
    };
    cur.text = inner;
    cur.base = comment.start + 4;
    cur.skip_separators();
    match cur.text[cur.at..].strip_prefix("claimcheck:") {
        Some(_) => cur.at += "claimcheck:".len(),
        None => return Err(cur.error(cur.at, "not a claimcheck comment".into())),
    }
    let scope = match cur.word() {
        Some((_, "ignore")) => {
            let i = doc.paragraphs.partition_point(|p| p.start < comment.end);
            Scope::Paragraph(doc.paragraphs.get(i).cloned())
        }
        Some((_, "ignore-file")) => Scope::File,
        Some((at, other)) => {
            return Err(cur.error(
                at,
                format!(
                    "unknown claimcheck directive `{other}` (expected `ignore` or `ignore-file`)"
                ),
            ));
        }
        None => {
            return Err(cur.error(
                cur.at,
                "empty claimcheck directive (expected `ignore` or `ignore-file`)".into(),
            ));
        }
    };
    let mut rules = Vec::new();
    let mut reason = None;
    while let Some((at, word)) = cur.word() {
        if word == "reason" && cur.text[cur.at..].starts_with('=') {
            cur.at += 1;
            reason = Some(read_reason(&mut cur, at)?);
            continue;
        }
        let rule: Rule = word.parse().map_err(|e: String| {
            cur.error(
                at,
                format!(
                    "{e} in a claimcheck comment (rule ids as in the report, e.g. quote-unverified)"
                ),
            )
        })?;
        if !rules.contains(&rule) {
            rules.push(rule);
        }
    }
    Ok(Directive {
        comment,
        scope,
        rules,
        reason: reason.filter(|r| !r.trim().is_empty()),
    })
}

/// `"…"`, `'…'`, `“…”` or one bare word, after `reason=`.
fn read_reason(cur: &mut Cursor, key_at: usize) -> Result<String, Error> {
    let rest = &cur.text[cur.at..];
    let Some(open) = rest.chars().next() else {
        return Ok(String::new());
    };
    let close = match open {
        '"' => '"',
        '\'' => '\'',
        '“' => '”',
        '«' => '»',
        _ => {
            let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            cur.at += len;
            return Ok(rest[..len].to_string());
        }
    };
    let body = &rest[open.len_utf8()..];
    let Some(end) = body.find(close) else {
        return Err(cur.error(
            key_at,
            format!("the reason's quotation mark {open} is never closed"),
        ));
    };
    cur.at += open.len_utf8() + end + close.len_utf8();
    Ok(body[..end].to_string())
}

/// Drops the findings the directives cover, adds the directives' own warnings, and returns
/// the findings (sorted by span, as `check` sorts them) with the number suppressed.
pub fn apply(
    doc: &Document,
    directives: &[Directive],
    findings: Vec<Finding>,
    options: &CheckOptions,
) -> (Vec<Finding>, usize) {
    if directives.is_empty() {
        return (findings, 0);
    }
    // Indexed, so a long file with thousands of comments stays linear: file-wide ones are
    // tried on every finding, the others only on findings of their paragraph.
    let file_wide: Vec<usize> = (0..directives.len())
        .filter(|&i| directives[i].scope == Scope::File)
        .collect();
    let mut by_paragraph: Vec<(usize, usize)> = directives
        .iter()
        .enumerate()
        .filter_map(|(i, d)| match &d.scope {
            Scope::Paragraph(Some(p)) => Some((p.start, i)),
            _ => None,
        })
        .collect();
    by_paragraph.sort_unstable();
    let mut used = vec![false; directives.len()];
    let mut kept = Vec::with_capacity(findings.len());
    let mut suppressed = 0;
    for f in findings {
        let mut hit = false;
        let at = f.span.start;
        let end = by_paragraph.partition_point(|&(start, _)| start <= at);
        let first = doc
            .paragraph_at(at)
            .and_then(|p| doc.paragraphs.get(p))
            .map_or(end, |p| {
                by_paragraph.partition_point(|&(start, _)| start < p.start)
            });
        let candidates = by_paragraph[first.min(end)..end]
            .iter()
            .map(|&(_, i)| i)
            .chain(file_wide.iter().copied());
        for i in candidates {
            if let (Some(d), Some(u)) = (directives.get(i), used.get_mut(i))
                && d.covers(&f)
            {
                *u = true;
                hit = true;
            }
        }
        if hit {
            suppressed += 1;
        } else {
            kept.push(f);
        }
    }
    for (d, used) in directives.iter().zip(used) {
        let text = doc.slice(&d.comment).to_string();
        let make = |rule: Rule, message: String| Finding {
            rule,
            severity: options.severity(rule),
            span: d.comment.clone(),
            // A directive is neither; `quote` until the report formats know a third kind.
            item: Item::Quote,
            text: text.clone(),
            message,
            ledger: None,
        };
        if d.reason.is_none() {
            kept.push(make(
                Rule::SuppressionWithoutReason,
                format!(
                    "this suppression of {} gives no reason: add reason=\"…\" so the next reader knows why nothing is checked here",
                    d.what()
                ),
            ));
        }
        if !used {
            let where_ = match &d.scope {
                Scope::File => "in this file".to_string(),
                Scope::Paragraph(Some(p)) => {
                    let line = doc.lines.position(&doc.text, p.start).line;
                    format!("in the next paragraph (line {line})")
                }
                Scope::Paragraph(None) => "(no paragraph follows it)".to_string(),
            };
            kept.push(make(
                Rule::SuppressionUnused,
                format!(
                    "this suppression of {} matched no finding {where_}: remove it, or move it above the paragraph it is meant for",
                    d.what()
                ),
            ));
        }
    }
    kept.sort_by(|a, b| {
        (a.span.start, a.span.end, a.item, a.rule).cmp(&(b.span.start, b.span.end, b.item, b.rule))
    });
    (kept, suppressed)
}

/// `check --format json|jsonl` as `report::json` writes it, plus a `"suppressed"` count in
/// each document (an addition to the DESIGN.md contract: consumers that ignore unknown keys
/// are unaffected).
pub fn write_json_check(
    out: &mut dyn std::io::Write,
    processed: &[crate::pipeline::Processed],
    summary: &crate::check::Summary,
    lines: bool,
) -> std::io::Result<()> {
    let values = processed.iter().map(|p| {
        let mut v = crate::report::json::findings_value(&p.document, &p.findings);
        if let serde_json::Value::Object(map) = &mut v {
            map.insert("suppressed".into(), p.suppressed.into());
        }
        v
    });
    if lines {
        for v in values {
            serde_json::to_writer(&mut *out, &v)?;
            writeln!(out)?;
        }
        return Ok(());
    }
    let all = serde_json::json!({"documents": values.collect::<Vec<_>>(), "summary": summary});
    serde_json::to_writer_pretty(&mut *out, &all)?;
    writeln!(out)
}

/// After the human report: how many findings comments suppressed, when any.
pub fn write_human_count(
    out: &mut dyn std::io::Write,
    processed: &[crate::pipeline::Processed],
) -> std::io::Result<()> {
    let total: usize = processed.iter().map(|p| p.suppressed).sum();
    if total == 0 {
        return Ok(());
    }
    let docs = processed.iter().filter(|p| p.suppressed > 0).count();
    let s = |n: usize| if n == 1 { "" } else { "s" };
    writeln!(
        out,
        "{total} finding{} suppressed by claimcheck comments in {docs} document{}",
        s(total),
        s(docs)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Markup, ReadOptions};
    use crate::lang::Lang;

    fn doc(text: &str, markup: Markup) -> Document {
        let options = ReadOptions {
            markup,
            lang: Some(Lang::Fr),
            default_lang: None,
        };
        Document::parse("a.md", text.to_string(), options).unwrap()
    }

    fn finding(rule: Rule, at: usize) -> Finding {
        Finding {
            rule,
            severity: rule.default_severity(),
            span: at..at + 1,
            item: Item::Quote,
            text: String::new(),
            message: String::new(),
            ledger: None,
        }
    }

    #[test]
    fn reads_rules_and_reasons() {
        let text = "<!-- claimcheck: ignore quote-unverified, claim-unverified reason=\"notes d’entretien\" -->\nTexte.\n";
        let d = parse(&doc(text, Markup::Markdown)).unwrap();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].rules, [Rule::QuoteUnverified, Rule::ClaimUnverified]);
        assert_eq!(d[0].reason.as_deref(), Some("notes d’entretien"));
        let start = text.find("Texte").unwrap();
        assert_eq!(d[0].scope, Scope::Paragraph(Some(start..start + 6)));
    }

    #[test]
    fn plain_text_comments_are_directives_and_masked() {
        let text = "<!-- claimcheck: ignore-file reason=\"satire\" -->\n« Une phrase », dit-il.\n";
        let dc = doc(text, Markup::Text);
        let d = parse(&dc).unwrap();
        assert_eq!(d[0].scope, Scope::File);
        assert!(!dc.prose().contains("satire"));
        assert_eq!(dc.paragraphs.len(), 1);
    }

    #[test]
    fn malformed_directives_name_their_place() {
        let text = "Titre\n<!-- claimcheck: ignore quote-unverifed -->\n";
        let err = parse(&doc(text, Markup::Markdown)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.md:2:25: unknown rule `quote-unverifed` in a claimcheck comment (rule ids as in the report, e.g. quote-unverified)"
        );
        let err = parse(&doc("<!-- claimcheck: skip -->\n", Markup::Markdown)).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("a.md:1:18: unknown claimcheck directive `skip`")
        );
        let err = parse(&doc(
            "<!-- claimcheck: ignore reason=\"open -->\nx\n",
            Markup::Markdown,
        ))
        .unwrap_err();
        assert!(err.to_string().contains("never closed"), "{err}");
        let err = Document::parse(
            "a.txt",
            "<!-- claimcheck: ignore\n".into(),
            ReadOptions::default(),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.txt:1:1: this claimcheck comment is never closed with `-->`"
        );
    }

    #[test]
    fn apply_suppresses_counts_and_warns() {
        let text = "<!-- claimcheck: ignore quote-unverified -->\nUn.\n\nDeux.\n<!-- claimcheck: ignore reason=\"x\" -->\nTrois.\n";
        let dc = doc(text, Markup::Markdown);
        let d = parse(&dc).unwrap();
        let un = text.find("Un").unwrap();
        let deux = text.find("Deux").unwrap();
        let findings = vec![
            finding(Rule::QuoteUnverified, un),
            finding(Rule::ClaimUnverified, un),
            finding(Rule::QuoteUnverified, deux),
        ];
        let (kept, n) = apply(&dc, &d, findings, &CheckOptions::default());
        assert_eq!(n, 1);
        let rules: Vec<Rule> = kept.iter().map(|f| f.rule).collect();
        assert_eq!(
            rules,
            [
                Rule::SuppressionWithoutReason,
                Rule::ClaimUnverified,
                Rule::QuoteUnverified,
                Rule::SuppressionUnused
            ]
        );
    }
}
