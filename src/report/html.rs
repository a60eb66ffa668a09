//! One self-contained HTML page for an editor reviewing a draft: the article with every
//! quotation and numeric claim highlighted in its verdict's colour, the speaker named beside
//! each quotation, the verdict, message, ledger entry and source in a popover on hover or
//! click, and a summary with links to every finding. No network: CSS and JavaScript are
//! inline and a Content-Security-Policy forbids loading anything. Printed, the popovers give
//! way to footnotes (the findings list under each article).
//!
//! The markup is built from byte ranges only: each finding's span is cut at paragraph
//! boundaries, the pieces are sorted and nested (a claim inside a quotation becomes a
//! `<mark>` inside a `<mark>`; crossing ranges are closed and reopened), and the text
//! between boundaries is escaped as it is copied. Nothing is ever searched for again.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::Range;

use crate::attribute::{Extraction, Speaker};
use crate::check::{Finding, Item, Rule, Severity, Summary};
use crate::document::Document;
use crate::ledger::Ledger;

const CSS: &str = include_str!("html.css");
const JS: &str = include_str!("html.js");

/// No network, no plugins, no forms: only the inline style and script of the page itself.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; \
                   img-src data:; base-uri 'none'; form-action 'none'";

/// Escapes text for element content and quoted attribute values alike.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn counts(summary: &Summary) -> String {
    format!(
        "{}, {}, {}",
        plural(summary.error, "error"),
        plural(summary.warning, "warning"),
        plural(summary.note, "note")
    )
}

/// The colour classes of a finding: its severity, and `cc-term` for designations.
fn classes(f: &Finding) -> String {
    let item = match f.item {
        Item::Quote => "cc-quote",
        Item::Claim => "cc-claim",
    };
    let term = if f.rule == Rule::QuoteTerm {
        " cc-term"
    } else {
        ""
    };
    format!("{item} cc-{}{term}", f.severity.as_str())
}

/// One piece of a finding's span inside one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Piece {
    range: Range<usize>,
    finding: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Event {
    Text(Range<usize>),
    Open(usize),
    Close,
    /// A finding with nothing to highlight (an empty span): a marker at its place.
    Point(usize),
}

/// The markup events of one paragraph. Between two consecutive boundaries the pieces that
/// cover the text are open, outermost (earliest start, then longest) first; at each boundary
/// the elements not shared with the next stack are closed and the missing ones opened, so
/// nested ranges stay nested and crossing ones are split into well-formed fragments.
fn nest(para: &Range<usize>, pieces: &[Piece]) -> Vec<Event> {
    let mut order: Vec<&Piece> = pieces.iter().collect();
    order.sort_by_key(|p| (p.range.start, Reverse(p.range.end), p.finding));
    let mut bounds: Vec<usize> = vec![para.start, para.end];
    bounds.extend(pieces.iter().flat_map(|p| [p.range.start, p.range.end]));
    bounds.sort_unstable();
    bounds.dedup();

    let mut events = Vec::new();
    let mut open: Vec<&Piece> = Vec::new();
    let mut active: Vec<&Piece> = Vec::new();
    let mut next = 0;
    for (k, &at) in bounds.iter().enumerate() {
        active.retain(|p| p.range.end > at);
        let mut points = Vec::new();
        while let Some(&p) = order.get(next)
            && p.range.start <= at
        {
            if p.range.is_empty() {
                points.push(p.finding);
            } else {
                active.push(p);
            }
            next += 1;
        }
        let keep = open
            .iter()
            .zip(&active)
            .take_while(|(a, b)| std::ptr::eq(**a, **b))
            .count();
        while open.len() > keep {
            open.pop();
            events.push(Event::Close);
        }
        events.extend(points.into_iter().map(Event::Point));
        let Some(&end) = bounds.get(k + 1) else {
            break;
        };
        for &p in active.iter().skip(keep) {
            open.push(p);
            events.push(Event::Open(p.finding));
        }
        events.push(Event::Text(at..end));
    }
    events
}

/// The paragraphs to render and each one's pieces. A finding whose span touches no
/// paragraph text (an empty span, or one over blank lines) still gets a marker where it
/// starts, so every finding has exactly one highlight to link to.
fn pieces(doc: &Document, spans: &[Range<usize>]) -> (Vec<Range<usize>>, Vec<Vec<Piece>>) {
    let paras = if doc.paragraphs.is_empty() {
        let whole = doc.body_start.min(doc.text.len())..doc.text.len();
        vec![whole]
    } else {
        doc.paragraphs.clone()
    };
    let mut per_para: Vec<Vec<Piece>> = vec![Vec::new(); paras.len()];
    let boundary = |b: usize| crate::lang::floor_char_boundary(&doc.text, b);
    for (finding, span) in spans.iter().enumerate() {
        let span = boundary(span.start)..boundary(span.end.max(span.start));
        let mut placed = false;
        let first = paras.partition_point(|p| p.end <= span.start);
        for (i, p) in paras.iter().enumerate().skip(first) {
            if p.start >= span.end {
                break;
            }
            let range = span.start.max(p.start)..span.end.min(p.end);
            if !range.is_empty()
                && let Some(list) = per_para.get_mut(i)
            {
                list.push(Piece { range, finding });
                placed = true;
            }
        }
        if !placed {
            let i = paras
                .partition_point(|p| p.start <= span.start)
                .saturating_sub(1);
            if let (Some(p), Some(list)) = (paras.get(i), per_para.get_mut(i)) {
                let at = span.start.clamp(p.start, p.end);
                list.push(Piece {
                    range: at..at,
                    finding,
                });
            }
        }
    }
    (paras, per_para)
}

/// What the page says about one finding, computed once.
struct Entry<'a> {
    f: &'a Finding,
    /// `d1-f3`: the highlight's id; the note's is `d1-f3-n`.
    id: String,
    /// 1-based rank in the document: the footnote number when printed.
    n: usize,
    line: usize,
    column: usize,
    speaker: Option<&'a Speaker>,
    /// The organisation an unnamed spokesperson speaks for, when `speaker` is none.
    on_behalf_of: Option<&'a Speaker>,
    /// `full`, `partial`, `term`, `nested` for quotations; the claim kind for claims.
    kind: Option<&'static str>,
    subject: Option<&'a str>,
}

fn entries<'a>(
    doc_index: usize,
    doc: &Document,
    x: &'a Extraction,
    findings: &'a [Finding],
) -> Vec<Entry<'a>> {
    // Findings carry the span of their quotation or claim: that is how they are matched.
    let quotes: HashMap<(usize, usize), _> = x
        .quotes
        .iter()
        .map(|q| ((q.span.span.start, q.span.span.end), q))
        .collect();
    let claims: HashMap<(usize, usize), _> = x
        .claims
        .iter()
        .map(|c| ((c.expr.span.start, c.expr.span.end), c))
        .collect();
    findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let key = (f.span.start, f.span.end);
            let (speaker, on_behalf_of, kind, subject) = match f.item {
                Item::Quote => quotes.get(&key).map_or((None, None, None, None), |q| {
                    (
                        q.speaker.as_ref(),
                        q.on_behalf_of.as_ref(),
                        Some(q.kind.as_str()),
                        None,
                    )
                }),
                Item::Claim => claims.get(&key).map_or((None, None, None, None), |c| {
                    (
                        c.speaker.as_ref(),
                        None,
                        Some(c.expr.kind.as_str()),
                        c.subject.as_deref(),
                    )
                }),
            };
            let pos = doc.lines.position(&doc.text, f.span.start);
            Entry {
                f,
                id: format!("d{}-f{}", doc_index + 1, i + 1),
                n: i + 1,
                line: pos.line,
                column: pos.column,
                speaker,
                on_behalf_of,
                kind,
                subject,
            }
        })
        .collect()
}

/// The article's text with its highlights, one `<p>` per paragraph.
fn article(out: &mut String, doc: &Document, entries: &[Entry]) {
    let spans: Vec<Range<usize>> = entries.iter().map(|e| e.f.span.clone()).collect();
    let (paras, pieces) = pieces(doc, &spans);
    let mut seen = vec![false; entries.len()];
    for (para, pieces) in paras.iter().zip(&pieces) {
        out.push_str("<p>");
        for event in nest(para, pieces) {
            match event {
                Event::Text(r) => out.push_str(&esc(doc.text.get(r).unwrap_or(""))),
                Event::Close => out.push_str("</mark>"),
                Event::Open(i) | Event::Point(i) => {
                    let Some(e) = entries.get(i) else { continue };
                    let first = seen.get(i).is_some_and(|s| !s);
                    if let Some(s) = seen.get_mut(i) {
                        *s = true;
                    }
                    let point = matches!(event, Event::Point(_));
                    if point && !first {
                        continue;
                    }
                    if first && e.f.item == Item::Quote {
                        if let Some(s) = e.speaker {
                            let _ = write!(
                                out,
                                "<span class=\"cc-who\" title=\"speaker\">{}</span>",
                                esc(&s.name)
                            );
                        } else if let Some(s) = e.on_behalf_of {
                            let _ = write!(
                                out,
                                "<span class=\"cc-who\" title=\"an unnamed spokesperson for\">for {}</span>",
                                esc(&s.name)
                            );
                        }
                    }
                    let _ = if first {
                        // The first piece is the finding's anchor and counts as its highlight;
                        // later pieces (next paragraphs, split ranges) only share the colour.
                        write!(
                            out,
                            "<mark id=\"{id}\" class=\"cc-finding {cls}{empty}\" data-note=\"{id}-n\" data-n=\"{n}\" tabindex=\"0\" aria-describedby=\"{id}-n\">",
                            id = e.id,
                            cls = classes(e.f),
                            empty = if point { " cc-empty" } else { "" },
                            n = e.n
                        )
                    } else {
                        write!(
                            out,
                            "<mark class=\"cc-cont {}\" data-note=\"{}-n\">",
                            classes(e.f),
                            e.id
                        )
                    };
                    if point {
                        out.push_str("</mark>");
                    }
                }
            }
        }
        out.push_str("</p>\n");
    }
}

/// The ledger entry a finding refers to, in words: the quotation and who said it, the
/// fact's subject and value, or the person and their birth date.
fn ledger_entry(ledger: &Ledger, id: &str) -> Option<String> {
    if let Some(q) = ledger.quotes.iter().find(|q| q.id == id) {
        let who = ledger
            .person(&q.speaker)
            .map_or(q.speaker.as_str(), |p| p.name.as_str());
        return Some(format!(
            "<span class=\"cc-said\">«{}»</span> — {}",
            esc(&q.text),
            esc(who)
        ));
    }
    if let Some(fact) = ledger.facts.iter().find(|f| f.id == id) {
        return Some(format!("{}: {}", esc(&fact.subject), esc(&fact.value_text)));
    }
    // Ages are checked against a person's birth date.
    let person = ledger.person(id)?;
    Some(match &person.born {
        Some(born) => format!("{}, born {}", esc(&person.name), esc(born)),
        None => esc(&person.name),
    })
}

fn source_html(ledger: &Ledger, id: &str) -> String {
    let Some(s) = ledger.source(id) else {
        return format!("<code class=\"cc-src-id\">{}</code>", esc(id));
    };
    let mut parts: Vec<String> = Vec::new();
    if let Some(p) = &s.publisher {
        parts.push(esc(p));
    }
    if let Some(t) = &s.title {
        parts.push(format!("“{}”", esc(t)));
    }
    if let Some(d) = &s.date {
        parts.push(esc(d));
    }
    if let Some(u) = &s.url {
        if super::is_web_url(u) {
            parts.push(format!(
                "<a href=\"{0}\" rel=\"noopener noreferrer\" target=\"_blank\">{0}</a>",
                esc(u)
            ));
        } else {
            parts.push(esc(u));
        }
    }
    parts.push(format!("<code class=\"cc-src-id\">{}</code>", esc(id)));
    parts.join(", ")
}

/// One finding's note: in the findings list under the article (footnotes when printed) and,
/// copied by the script, in the popover.
fn note(out: &mut String, ledger: &Ledger, e: &Entry) {
    let f = e.f;
    let _ = write!(
        out,
        "<li id=\"{id}-n\" class=\"cc-fn cc-{sev}{term}\">\
         <p><span class=\"cc-badge\">{sev}</span> <code>{rule}</code> \
         <span class=\"cc-meaning\">{meaning}</span></p>",
        id = e.id,
        sev = f.severity.as_str(),
        term = if f.rule == Rule::QuoteTerm {
            " cc-term"
        } else {
            ""
        },
        rule = f.rule.id(),
        meaning = esc(f.rule.meaning()),
    );
    let what = match (f.item, e.kind) {
        (Item::Quote, Some(kind)) => format!("quotation ({kind})"),
        (Item::Quote, None) => "quotation mark".to_string(),
        (Item::Claim, Some(kind)) => format!("claim ({kind})"),
        (Item::Claim, None) => "claim".to_string(),
    };
    let _ = write!(
        out,
        "<p>{what} «{}» <a class=\"cc-where\" href=\"#{}\">line {}, column {}</a></p>",
        esc(&f.text),
        e.id,
        e.line,
        e.column
    );
    // (an unnamed spokesperson names nobody: the organisation they speak for is shown)
    let named = (e.speaker.map(|s| (s, "")))
        .or_else(|| (e.on_behalf_of).map(|s| (s, "<em>an unnamed spokesperson</em> for ")));
    if let Some((s, behalf)) = named {
        let _ = write!(
            out,
            "<p>Speaker: {behalf}<strong>{}</strong> <span class=\"cc-meaning\">(“{}”, {}, confidence {:.2})</span></p>",
            esc(&s.name),
            esc(&s.mention),
            esc(s.rule),
            s.confidence
        );
    } else if f.item == Item::Quote && e.kind.is_some_and(|k| k == "full" || k == "partial") {
        out.push_str("<p>Speaker: <em>unknown</em></p>");
    }
    if let Some(subject) = e.subject {
        let _ = write!(out, "<p>Subject: {}</p>", esc(subject));
    }
    let _ = write!(out, "<p><strong>{}</strong></p>", esc(&f.message));
    if let Some(r) = &f.ledger {
        let _ = write!(out, "<p>Ledger: <code>{}</code>", esc(&r.id));
        if let Some(entry) = ledger_entry(ledger, &r.id) {
            let _ = write!(out, " — {entry}");
        }
        out.push_str("</p>");
        if let Some(src) = &r.source {
            let _ = write!(out, "<p>Source: {}</p>", source_html(ledger, src));
        }
    } else {
        out.push_str("<p class=\"cc-meaning\">No ledger entry.</p>");
    }
    out.push_str("</li>\n");
}

fn summary_panel(
    out: &mut String,
    docs: &[(&Document, &Extraction, &[Finding])],
    all: &[Vec<Entry>],
    summary: &Summary,
) {
    out.push_str("<header class=\"cc-summary\" id=\"cc-summary\">\n<h1>claimcheck</h1>\n");
    let _ = writeln!(
        out,
        "<p>{} in {}.</p>",
        counts(summary),
        plural(docs.len(), "document")
    );
    out.push_str("<p class=\"cc-counts\">");
    for (severity, n) in [
        (Severity::Error, summary.error),
        (Severity::Warning, summary.warning),
        (Severity::Note, summary.note),
    ] {
        let s = severity.as_str();
        // A count links to its list of findings; an empty one has no list.
        let _ = if n == 0 {
            write!(
                out,
                "<span class=\"cc-count cc-{s} cc-none\">{}</span>",
                plural(n, s)
            )
        } else {
            write!(
                out,
                "<a class=\"cc-count cc-{s}\" href=\"#cc-list-{s}\">{}</a>",
                plural(n, s)
            )
        };
    }
    out.push_str("</p>\n");

    let mut per_rule: Vec<(Rule, Severity, usize)> = Vec::new();
    for &rule in Rule::ALL {
        let found = all.iter().flatten().filter(|e| e.f.rule == rule);
        let n = found.clone().count();
        if let Some(severity) = found.map(|e| e.f.severity).max() {
            per_rule.push((rule, severity, n));
        }
    }
    per_rule.sort_by_key(|&(_, severity, _)| Reverse(severity));
    if !per_rule.is_empty() {
        out.push_str("<table class=\"cc-rules\"><thead><tr><th>verdict</th><th>severity</th><th>count</th></tr></thead><tbody>\n");
        for (rule, severity, n) in per_rule {
            let _ = writeln!(
                out,
                "<tr class=\"cc-{s}\"><td><code>{}</code></td><td><span class=\"cc-badge\">{s}</span></td><td class=\"cc-n\">{n}</td></tr>",
                rule.id(),
                s = severity.as_str()
            );
        }
        out.push_str("</tbody></table>\n");
    }
    out.push_str(
        "<p class=\"cc-legend\">\
         <mark class=\"cc-quote cc-neutral\">quotation</mark>\
         <mark class=\"cc-claim cc-neutral\">claim</mark>\
         <span><mark class=\"cc-quote cc-error\">error</mark> \
         <mark class=\"cc-quote cc-warning\">warning</mark> \
         <mark class=\"cc-quote cc-note\">note</mark> \
         <mark class=\"cc-quote cc-note cc-term\">term</mark></span>\
         <span>Hover or focus a highlight for its verdict; click to pin it.</span></p>\n",
    );

    out.push_str("<nav class=\"cc-nav\" aria-label=\"findings\">\n");
    let several = docs.len() > 1;
    for (severity, title) in [
        (Severity::Error, "Errors"),
        (Severity::Warning, "Warnings"),
        (Severity::Note, "Notes"),
    ] {
        let list: Vec<(&Document, &Entry)> = docs
            .iter()
            .zip(all)
            .flat_map(|((doc, _, _), entries)| entries.iter().map(move |e| (*doc, e)))
            .filter(|(_, e)| e.f.severity == severity)
            .collect();
        if list.is_empty() {
            continue;
        }
        // Notes are folded: an editor's attention goes to errors and warnings.
        let open = if severity == Severity::Note {
            ""
        } else {
            " open"
        };
        let _ = writeln!(
            out,
            "<details id=\"cc-list-{}\"{open}><summary>{title} ({})</summary><ol>",
            severity.as_str(),
            list.len()
        );
        for (doc, e) in list {
            let path = if several {
                format!("{}:", esc(&doc.path))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "<li><a href=\"#{}\">{path}{}:{}</a> <code>{}</code> «{}»</li>",
                e.id,
                e.line,
                e.column,
                e.f.rule.id(),
                esc(&e.f.text)
            );
        }
        out.push_str("</ol></details>\n");
    }
    out.push_str("</nav>\n</header>\n");
}

/// Writes the page. Each document is a section: its text with highlights, then its findings
/// list.
pub fn write_check(
    out: &mut dyn Write,
    docs: &[(&Document, &Extraction, &[Finding])],
    ledger: &Ledger,
    summary: &Summary,
) -> io::Result<()> {
    let all: Vec<Vec<Entry>> = docs
        .iter()
        .enumerate()
        .map(|(i, (doc, x, findings))| entries(i, doc, x, findings))
        .collect();
    // One language for the page when all documents share it; each section states its own.
    let lang = match docs.first() {
        Some((first, _, _)) if docs.iter().all(|(d, _, _)| d.lang == first.lang) => {
            first.lang.code()
        }
        _ => "mul",
    };
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"claimcheck {}\">\n\
         <title>claimcheck: {}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<div class=\"cc-page\">\n",
        env!("CARGO_PKG_VERSION"),
        counts(summary)
    );
    summary_panel(&mut page, docs, &all, summary);
    page.push_str("<main>\n");
    for (i, ((doc, _, findings), entries)) in docs.iter().zip(&all).enumerate() {
        let mut doc_summary = Summary::default();
        doc_summary.add(findings);
        let _ = write!(
            page,
            "<section class=\"cc-doc\" id=\"d{n}\" lang=\"{lang}\">\n<h2>{path}</h2>\n\
             <p class=\"cc-doc-meta\">{lang} · {counts}</p>\n<article class=\"cc-text\">\n",
            n = i + 1,
            lang = doc.lang.code(),
            path = esc(&doc.path),
            counts = counts(&doc_summary)
        );
        article(&mut page, doc, entries);
        page.push_str("</article>\n");
        if !entries.is_empty() {
            page.push_str("<h3>Findings</h3>\n<ol class=\"cc-notes\">\n");
            for e in entries {
                note(&mut page, ledger, e);
            }
            page.push_str("</ol>\n");
        }
        page.push_str("</section>\n");
    }
    let _ = write!(
        page,
        "</main>\n</div>\n<div id=\"cc-popover\" class=\"cc-popover\" role=\"tooltip\" hidden></div>\n\
         <script>\n{JS}</script>\n</body>\n</html>\n"
    );
    out.write_all(page.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(range: Range<usize>, finding: usize) -> Piece {
        Piece { range, finding }
    }

    /// Renders events as a compact string: [i … ] for elements, text as is.
    fn show(text: &str, events: &[Event]) -> String {
        let mut out = String::new();
        for e in events {
            match e {
                Event::Text(r) => out.push_str(&text[r.clone()]),
                Event::Open(i) => out.push_str(&format!("[{i}")),
                Event::Close => out.push(']'),
                Event::Point(i) => out.push_str(&format!("<{i}>")),
            }
        }
        out
    }

    #[test]
    fn a_claim_inside_a_quote_nests() {
        let text = "Il a dit « 3 milliards » hier";
        let q = text.find('«').unwrap_or(0)..text.find('»').map_or(0, |i| i + '»'.len_utf8());
        let c = text.find('3').unwrap_or(0)..text.find(" »").unwrap_or(0);
        let events = nest(&(0..text.len()), &[piece(c, 1), piece(q, 0)]);
        assert_eq!(show(text, &events), "Il a dit [0« [13 milliards] »] hier");
    }

    #[test]
    fn same_span_and_crossing_ranges_stay_well_formed() {
        let text = "abcdefghij";
        let events = nest(&(0..10), &[piece(2..5, 0), piece(2..5, 1)]);
        assert_eq!(show(text, &events), "ab[0[1cde]]fghij");
        let events = nest(&(0..10), &[piece(1..5, 0), piece(3..8, 1)]);
        assert_eq!(show(text, &events), "a[0bc[1de]][1fgh]ij");
        let events = nest(&(0..10), &[piece(4..4, 0), piece(0..10, 1)]);
        assert_eq!(show(text, &events), "[1abcd<0>efghij]");
    }

    #[test]
    fn spans_over_paragraphs_are_cut_and_everything_is_escaped() {
        let text = "« Un <b>\n\nDeux » & fin".to_string();
        let doc = Document::new("x", text, Some(crate::Lang::Fr));
        let f = Finding {
            rule: Rule::QuoteUnverified,
            severity: Severity::Warning,
            span: 0..doc.text.find('&').unwrap_or(0) - 1,
            item: Item::Quote,
            text: "Un <b> Deux".into(),
            message: "no ledger quote matches".into(),
            ledger: None,
        };
        let x = Extraction {
            quotes: Vec::new(),
            claims: Vec::new(),
            unbalanced: Vec::new(),
            people: Vec::new(),
        };
        let findings = [f];
        let entries = entries(0, &doc, &x, &findings);
        let mut out = String::new();
        article(&mut out, &doc, &entries);
        assert_eq!(out.matches("class=\"cc-finding ").count(), 1);
        assert_eq!(out.matches("class=\"cc-cont ").count(), 1);
        assert!(out.contains("« Un &lt;b&gt;</mark></p>"));
        assert!(out.contains("Deux »</mark> &amp; fin</p>"));
    }

    #[test]
    fn escapes_attributes_and_text() {
        assert_eq!(
            esc("<script>\"x\" & 'y'"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;"
        );
    }
}
