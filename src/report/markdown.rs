//! Markdown for a pull-request comment or a GitHub job summary (`>> $GITHUB_STEP_SUMMARY`):
//! the counts per severity and per rule, then each document's findings in a table, errors and
//! warnings first and the notes folded away, since a reviewer acts on the first two.

use std::io::{self, Write};

use crate::check::{Finding, Rule, Severity, Summary};
use crate::document::Document;
use crate::ledger::Ledger;

/// Text from the article or the ledger made inert in a table cell: Markdown punctuation
/// backslash-escaped (`|` would split the cell, backticks open code, `<` opens HTML, `$`
/// opens math on GitHub), line breaks folded, and `@` kept from pinging GitHub users.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '$' | '~' | '#' | '!' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => out.push(' '),
            // A zero-width space after `@` breaks the mention but not the reading.
            '@' => out.push_str("@\u{200B}"),
            c => out.push(c),
        }
    }
    out
}

/// A URL as a Markdown link destination: the characters that would end it or split the
/// table cell percent-encoded.
fn link_destination(url: &str) -> String {
    url.replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29")
        .replace('|', "%7C")
        .replace('<', "%3C")
        .replace('>', "%3E")
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn ledger_cell(ledger: &Ledger, f: &Finding) -> String {
    let Some(r) = &f.ledger else {
        return "—".to_string();
    };
    let mut out = format!("`{}`", r.id.replace('`', "'"));
    let Some(source_id) = &r.source else {
        return out;
    };
    let Some(source) = ledger.source(source_id) else {
        out.push_str(&format!(" · {}", cell(source_id)));
        return out;
    };
    let label: Vec<&str> = [source.publisher.as_deref(), source.date.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let label = if label.is_empty() {
        cell(source_id)
    } else {
        cell(&label.join(", "))
    };
    match source.url.as_deref().filter(|u| super::is_web_url(u)) {
        Some(url) => out.push_str(&format!(" · [{label}]({})", link_destination(url))),
        None => out.push_str(&format!(" · {label}")),
    }
    out
}

fn table(
    out: &mut dyn Write,
    doc: &Document,
    findings: &[&Finding],
    ledger: &Ledger,
) -> io::Result<()> {
    writeln!(out, "| where | severity | rule | text | message | ledger |")?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for f in findings {
        let line = doc.lines.position(&doc.text, f.span.start).line;
        writeln!(
            out,
            "| {}:{line} | {} | `{}` | «{}» | {} | {} |",
            cell(&super::slash_path(&doc.path)),
            f.severity.as_str(),
            f.rule.id(),
            cell(&f.text),
            cell(&f.message),
            ledger_cell(ledger, f)
        )?;
    }
    Ok(())
}

pub fn write_check(
    out: &mut dyn Write,
    docs: &[(&Document, &[Finding])],
    ledger: &Ledger,
    summary: &Summary,
) -> io::Result<()> {
    writeln!(
        out,
        "## claimcheck: {}, {}, {} in {}\n",
        plural(summary.error, "error"),
        plural(summary.warning, "warning"),
        plural(summary.note, "note"),
        plural(docs.len(), "document")
    )?;
    writeln!(out, "| severity | count |\n|---|---:|")?;
    writeln!(out, "| error | {} |", summary.error)?;
    writeln!(out, "| warning | {} |", summary.warning)?;
    writeln!(out, "| note | {} |\n", summary.note)?;

    // Rules that fired, the most severe first; within a severity, in the order of the
    // verdict table.
    let mut per_rule: Vec<(Severity, usize, Rule, usize)> = Rule::ALL
        .iter()
        .enumerate()
        .filter_map(|(i, &rule)| {
            let found: Vec<&Finding> = docs
                .iter()
                .flat_map(|(_, fs)| fs.iter())
                .filter(|f| f.rule == rule)
                .collect();
            let severity = found.iter().map(|f| f.severity).max()?;
            Some((severity, i, rule, found.len()))
        })
        .collect();
    per_rule.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    if !per_rule.is_empty() {
        writeln!(out, "| rule | severity | count |\n|---|---|---:|")?;
        for (severity, _, rule, n) in &per_rule {
            writeln!(out, "| `{}` | {} | {n} |", rule.id(), severity.as_str())?;
        }
        writeln!(out)?;
    }

    for (doc, findings) in docs {
        writeln!(out, "### {}\n", cell(&super::slash_path(&doc.path)))?;
        if findings.is_empty() {
            writeln!(out, "No quotations or numeric claims found.\n")?;
            continue;
        }
        let (notes, actionable): (Vec<&Finding>, Vec<&Finding>) =
            findings.iter().partition(|f| f.severity == Severity::Note);
        let mut actionable = actionable;
        // Stable: position order within a severity.
        actionable.sort_by_key(|f| std::cmp::Reverse(f.severity));
        if actionable.is_empty() {
            writeln!(out, "No errors or warnings.\n")?;
        } else {
            table(out, doc, &actionable, ledger)?;
            writeln!(out)?;
        }
        if !notes.is_empty() {
            // GitHub renders <details>; the blank lines around the table are required for
            // the Markdown inside to be parsed.
            writeln!(
                out,
                "<details><summary>{}</summary>\n",
                plural(notes.len(), "note")
            )?;
            table(out, doc, &notes, ledger)?;
            writeln!(out, "\n</details>\n")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_inert() {
        assert_eq!(cell("a|b `c` <i>"), "a\\|b \\`c\\` \\<i\\>");
        assert_eq!(cell("x\ny @bob"), "x y @\u{200B}bob");
        assert_eq!(link_destination("https://x/a b)|"), "https://x/a%20b%29%7C");
    }
}
