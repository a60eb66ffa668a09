//! GitHub Actions workflow commands (`::error file=…,line=…::message`): printed by a step,
//! each line becomes an annotation on the pull request's diff and in the run summary,
//! without uploading anything. One line per finding, errors first, then warnings, then
//! notes (as `::notice`), each group in document and position order.

use std::io::{self, Write};

use super::{Region, ledger_text, slash_path};
use crate::check::{Finding, Severity};
use crate::document::Document;
use crate::ledger::Ledger;

fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    }
}

/// The message after `::`, escaped as the Actions runner unescapes it.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value (file, title): also `:` and `,`, which would end it early.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn line(doc: &Document, f: &Finding, ledger: &Ledger) -> String {
    let r = Region::new(doc, &f.span);
    let mut props = format!(
        "file={},line={},",
        escape_property(&slash_path(&doc.path)),
        r.start_line
    );
    // GitHub only takes columns when the annotation stays on one line. Columns are in
    // chars, like the human report; the end is exclusive, like SARIF's.
    if r.start_line == r.end_line {
        props.push_str(&format!("col={},", r.start_column));
    }
    props.push_str(&format!("endLine={},", r.end_line));
    if r.start_line == r.end_line {
        props.push_str(&format!("endColumn={},", r.end_column));
    }
    props.push_str(&format!("title={}", escape_property(f.rule.id())));
    // The ledger entry goes on a second line of the message: the annotation shows it below.
    let mut message = f.message.clone();
    if let Some(entry) = &f.ledger {
        message.push('\n');
        message.push_str(&ledger_text(ledger, entry));
    }
    format!(
        "::{} {props}::{}",
        command(f.severity),
        escape_data(&message)
    )
}

pub fn write_check(
    out: &mut dyn Write,
    docs: &[(&Document, &[Finding])],
    ledger: &Ledger,
) -> io::Result<()> {
    for severity in [Severity::Error, Severity::Warning, Severity::Note] {
        for (doc, findings) in docs {
            for f in findings.iter().filter(|f| f.severity == severity) {
                writeln!(out, "{}", line(doc, f, ledger))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_data_and_properties_as_the_runner_expects() {
        assert_eq!(escape_data("49 %\r\nnext: a, b"), "49 %25%0D%0Anext: a, b");
        assert_eq!(escape_property("dir/a,b:c%.txt"), "dir/a%2Cb%3Ac%25.txt");
    }

    #[test]
    fn multi_line_spans_have_no_columns() {
        let text = "« Un.\nDeux. »\n".to_string();
        let doc = Document::new("a.txt", text, Some(crate::Lang::Fr));
        let f = Finding {
            rule: crate::check::Rule::QuoteUnverified,
            severity: Severity::Warning,
            span: 0..doc.text.len() - 1,
            item: crate::check::Item::Quote,
            text: "Un. Deux.".into(),
            message: "no ledger quote matches".into(),
            ledger: None,
        };
        assert_eq!(
            line(&doc, &f, &Ledger::default()),
            "::warning file=a.txt,line=1,endLine=2,title=quote-unverified::no ledger quote matches"
        );
    }
}
