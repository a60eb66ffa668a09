//! Reading and validating ledger files. Every file is parsed, then the whole ledger is
//! checked (duplicate ids across files, dangling references, values the number grammar
//! cannot read, malformed dates) and all problems are reported together, sorted by file,
//! line and column.
//!
//! A newsroom ledger can hold a million quotes in dozens of files, so files are read, parsed
//! and checked in parallel (rayon), each into compact entries plus the few locations the
//! cross-file checks need; the YAML text and the parser's values are dropped as soon as a
//! file is done, so at most one file per thread is in memory besides the ledger itself.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde_saphyr::{Budget, Location, Options};

use super::schema::{FactEntry, LedgerFile, Pos, S};
use super::{
    Fact, FactValue, Ledger, LedgerDiagnostic, LedgerQuote, Period, Person, Source, Tolerance,
};
use crate::error::Error;
use crate::extract::numbers::{ClaimKind, parse_value};
use crate::lexicon::Gender;

/// Larger files are refused before parsing: a ledger that big should be split.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// A quote (or translation, name, cue...) longer than this is a pasted article, not a
/// quotation: refused, so one huge scalar cannot make every check slow.
const MAX_TEXT_BYTES: usize = 64 * 1024;

/// Reads every .yaml/.yml file under `paths` (files or directories, recursively).
pub fn load(paths: &[PathBuf]) -> Result<Ledger, Error> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            files.extend(crate::source::files_under(path, &["yaml", "yml"], |_| {
                false
            })?);
        } else {
            files.push(path.clone());
        }
    }
    // Each file in parallel; the results come back in file order, so diagnostics and the
    // ledger's order do not depend on the number of threads.
    let parts: Vec<Result<FilePart, Error>> = files
        .par_iter()
        .enumerate()
        .map(|(i, file)| read_and_parse(i, file))
        .collect();
    let parts = parts.into_iter().collect::<Result<Vec<_>, _>>()?;
    let mut ledger = assemble(&files, parts)?;
    ledger.files = files;
    Ok(ledger)
}

fn read_and_parse(index: usize, file: &Path) -> Result<FilePart, Error> {
    let meta = std::fs::metadata(file).map_err(|source| Error::Io {
        path: file.to_path_buf(),
        source,
    })?;
    let mut part = FilePart::new(index);
    if meta.len() > MAX_FILE_BYTES {
        part.diagnostic(
            Pos::NONE,
            format!(
                "file is {} bytes; ledger files are limited to {MAX_FILE_BYTES} bytes, split it",
                meta.len()
            ),
        );
        return Ok(part);
    }
    let bytes = std::fs::read(file).map_err(|source| Error::Io {
        path: file.to_path_buf(),
        source,
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => part.parse(&text),
        Err(e) => part.diagnostic(
            Pos::NONE,
            format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
        ),
    }
    Ok(part)
}

/// Parses one ledger held in memory (tests, `ledger check -`).
pub fn load_str(name: &Path, text: &str) -> Result<Ledger, Error> {
    let mut part = FilePart::new(0);
    part.parse(text);
    assemble(&[name.to_path_buf()], vec![part])
}

pub(super) fn options() -> Options {
    let mut budget = Budget::default();
    // A ledger is four levels deep and never needs anchors: refuse alias bombs and deep
    // nesting early, but let a single file hold hundreds of thousands of entries.
    budget.max_depth = 16;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_nodes = 50_000_000;
    budget.max_events = 100_000_000;
    budget.max_total_scalar_bytes = 512 * 1024 * 1024;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options
}

/// Where a quote's cross-file references are written, for the checks that need every file.
struct QuoteRefs {
    id: Pos,
    speaker: Pos,
    source: Pos,
}

struct FactRefs {
    id: Pos,
    source: Pos,
}

/// What one file contributes: its entries, converted and checked on their own, and the
/// places of what can only be checked against the whole ledger (ids, references).
struct FilePart {
    file: usize,
    sources: Vec<(Source, Pos)>,
    people: Vec<(Person, Pos)>,
    quotes: Vec<(LedgerQuote, QuoteRefs)>,
    facts: Vec<(Fact, FactRefs)>,
    /// Facts refused here (unknown kind, unreadable value): their ids still take part in
    /// the duplicate check and their sources in the reference check.
    refused_facts: Vec<(String, FactRefs, Option<String>)>,
    diagnostics: Vec<(usize, Pos, String)>,
}

impl FilePart {
    fn new(file: usize) -> FilePart {
        FilePart {
            file,
            sources: Vec::new(),
            people: Vec::new(),
            quotes: Vec::new(),
            facts: Vec::new(),
            refused_facts: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    fn diagnostic(&mut self, at: Pos, message: String) {
        self.diagnostics.push((self.file, at, message));
    }

    fn parse(&mut self, text: &str) {
        if let Some(file) = super::block_yaml::read(text) {
            self.convert(file);
            return;
        }
        match serde_saphyr::from_str_with_options::<Option<LedgerFile>>(text, options()) {
            Ok(file) => self.convert(file.unwrap_or_default()),
            Err(e) => {
                let loc = e.location().unwrap_or(Location::UNKNOWN);
                self.diagnostic(loc.into(), first_line(&e.to_string()));
            }
        }
    }

    fn check_id(&mut self, section: &str, id: &S<String>) {
        if id.value.trim().is_empty() {
            self.diagnostic(id.at, format!("empty {section} id"));
        }
    }

    fn check_length(&mut self, owner: &str, field: &str, text: &str, at: Pos) {
        if text.len() > MAX_TEXT_BYTES {
            self.diagnostic(
                at,
                format!(
                    "`{owner}`: {field} is {} bytes; ledger texts are limited to {MAX_TEXT_BYTES} bytes",
                    text.len()
                ),
            );
        }
    }

    /// The checks one file can make alone, and the conversion to ledger entries.
    fn convert(&mut self, file: LedgerFile) {
        for s in file.sources {
            self.check_id("source", &s.id);
            if let Some(date) = &s.date {
                self.check_date(date, "date");
            }
            let at = s.id.at;
            self.sources.push((
                Source {
                    id: s.id.value,
                    publisher: s.publisher,
                    title: s.title,
                    date: s.date.map(|d| d.value),
                    url: s.url,
                },
                at,
            ));
        }
        for p in file.people {
            self.check_id("person", &p.id);
            let gender = p.gender.as_ref().and_then(|g| {
                let parsed = Gender::from_yaml(&g.value);
                if parsed.is_none() {
                    self.diagnostic(
                        g.at,
                        format!(
                            "unknown gender `{}` (expected male, female or other)",
                            g.value
                        ),
                    );
                }
                parsed
            });
            if let Some(born) = &p.born {
                self.check_date(born, "born");
            }
            let at = p.id.at;
            self.people.push((
                Person {
                    id: p.id.value,
                    name: p.name,
                    aliases: p.aliases,
                    gender,
                    born: p.born.map(|b| b.value),
                    roles: p.roles,
                },
                at,
            ));
        }
        for q in file.quotes {
            self.check_id("quote", &q.id);
            if let Some(date) = &q.date {
                self.check_date(date, "date");
            }
            let refs = QuoteRefs {
                id: q.id.at,
                speaker: q.speaker.at,
                source: q.source.as_ref().map_or(Pos::NONE, |s| s.at),
            };
            self.check_length(&q.id.value, "the text", &q.text, refs.id);
            for (lang, t) in &q.translations {
                self.check_length(&q.id.value, &format!("the {lang} translation"), t, refs.id);
            }
            self.quotes.push((
                LedgerQuote {
                    id: q.id.value,
                    speaker: q.speaker.value,
                    text: q.text,
                    lang: q.lang.map(|l| l.value),
                    translations: q.translations.into_iter().collect(),
                    source: q.source.map(|s| s.value),
                    date: q.date.map(|d| d.value),
                },
                refs,
            ));
        }
        for f in file.facts {
            self.check_id("fact", &f.id);
            let refs = FactRefs {
                id: f.id.at,
                source: f.source.as_ref().map_or(Pos::NONE, |s| s.at),
            };
            match self.fact(&f) {
                Some((kind, value_text, value, tolerance)) => self.facts.push((
                    Fact {
                        id: f.id.value,
                        subject: f.subject,
                        cues: f.cues,
                        kind,
                        value_text,
                        value,
                        tolerance,
                        source: f.source.map(|s| s.value),
                        note: f.note,
                    },
                    refs,
                )),
                None => self
                    .refused_facts
                    .push((f.id.value, refs, f.source.map(|s| s.value))),
            }
        }
    }

    /// A fact's kind, value (stated, or a period for a derived duration) and tolerance;
    /// `None` after reporting why when the fact cannot be used.
    fn fact(&mut self, f: &FactEntry) -> Option<(ClaimKind, String, FactValue, Option<Tolerance>)> {
        let id = &f.id.value;
        let Some(kind) = parse_kind(&f.kind.value) else {
            self.diagnostic(
                f.kind.at,
                format!("fact `{id}`: unknown kind `{}`", f.kind.value),
            );
            return None;
        };
        let tolerance = f.tolerance.as_ref().and_then(|t| {
            let parsed = parse_tolerance(&t.value);
            if parsed.is_none() {
                self.diagnostic(
                    t.at,
                    format!(
                        "fact `{id}`: cannot read the tolerance `{}` (write 5% or an amount)",
                        t.value
                    ),
                );
            }
            parsed
        });
        match (&f.value, &f.from, &f.to) {
            (Some(v), None, None) => {
                let Some(value) = parse_value(&v.value).map(crate::extract::to_major_unit) else {
                    self.diagnostic(
                        v.at,
                        format!("fact `{id}`: cannot read the value `{}`", v.value),
                    );
                    return None;
                };
                Some((kind, v.value.clone(), FactValue::Stated(value), tolerance))
            }
            (None, Some(from), to) if kind == ClaimKind::Duration => {
                let mut ok = self.check_date(from, "from");
                if let Some(to) = to {
                    ok &= self.check_date(to, "to");
                    if ok && to.value.as_str() < from.value.as_str() {
                        self.diagnostic(
                            to.at,
                            format!(
                                "fact `{id}`: `to` ({}) is before `from` ({})",
                                to.value, from.value
                            ),
                        );
                        return None;
                    }
                }
                if !ok {
                    return None;
                }
                let period = Period {
                    from: from.value.clone(),
                    to: to.as_ref().map(|t| t.value.clone()),
                };
                Some((
                    kind,
                    period.to_string(),
                    FactValue::Period(period),
                    tolerance,
                ))
            }
            (None, None, None) => {
                self.diagnostic(
                    f.kind.at,
                    format!(
                        "fact `{id}`: no value (give `value`, or `from` and `to` for a duration)"
                    ),
                );
                None
            }
            (Some(v), _, _) => {
                self.diagnostic(
                    v.at,
                    format!("fact `{id}`: give either `value` or `from`/`to`, not both"),
                );
                None
            }
            (None, None, Some(to)) => {
                self.diagnostic(to.at, format!("fact `{id}`: `to` without `from`"));
                None
            }
            (None, Some(from), _) => {
                self.diagnostic(
                    from.at,
                    format!(
                        "fact `{id}`: `from`/`to` give a duration; this fact is of kind `{}`",
                        f.kind.value
                    ),
                );
                None
            }
        }
    }

    /// Whether `date` is a date, after reporting it when not.
    fn check_date(&mut self, date: &S<String>, field: &str) -> bool {
        let ok = is_iso_date(&date.value);
        if !ok {
            self.diagnostic(
                date.at,
                format!(
                    "{field}: `{}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                    date.value
                ),
            );
        }
        ok
    }
}

/// The checks across files (unique ids, references resolved), then the ledger.
fn assemble(files: &[PathBuf], parts: Vec<FilePart>) -> Result<Ledger, Error> {
    let mut diagnostics: Vec<(usize, Pos, String)> = Vec::new();
    {
        // Ids by section, borrowed from the parts: a million quote ids are not copied.
        let mut sources: FxHashMap<&str, (usize, Pos)> = FxHashMap::default();
        let mut people: FxHashMap<&str, (usize, Pos)> = FxHashMap::default();
        let mut quotes: FxHashMap<&str, (usize, Pos)> = FxHashMap::default();
        let mut facts: FxHashMap<&str, (usize, Pos)> = FxHashMap::default();
        for part in &parts {
            let mut define = |ids: &mut FxHashMap<_, _>, section, id, at| {
                define_id(ids, section, id, (part.file, at), files, &mut diagnostics)
            };
            for (s, at) in &part.sources {
                define(&mut sources, "source", &s.id, *at);
            }
            for (p, at) in &part.people {
                define(&mut people, "person", &p.id, *at);
            }
            for (q, refs) in &part.quotes {
                define(&mut quotes, "quote", &q.id, refs.id);
            }
            for (f, refs) in &part.facts {
                define(&mut facts, "fact", &f.id, refs.id);
            }
            for (id, refs, _) in &part.refused_facts {
                define(&mut facts, "fact", id, refs.id);
            }
        }
        for part in &parts {
            let file = part.file;
            let mut source_exists = |owner: &str, source: Option<&String>, at: Pos| {
                if let Some(s) = source
                    && !sources.contains_key(s.as_str())
                {
                    diagnostics.push((
                        file,
                        at,
                        format!("`{owner}`: no source with id `{s}` in the ledger"),
                    ));
                }
            };
            for (q, refs) in &part.quotes {
                source_exists(&q.id, q.source.as_ref(), refs.source);
            }
            for (f, refs) in &part.facts {
                source_exists(&f.id, f.source.as_ref(), refs.source);
            }
            for (id, refs, source) in &part.refused_facts {
                source_exists(id, source.as_ref(), refs.source);
            }
            for (q, refs) in &part.quotes {
                if !people.contains_key(q.speaker.as_str()) {
                    diagnostics.push((
                        file,
                        refs.speaker,
                        format!(
                            "quote `{}`: no person with id `{}` in the ledger",
                            q.id, q.speaker
                        ),
                    ));
                }
            }
        }
    }
    for part in &parts {
        diagnostics.extend(part.diagnostics.iter().cloned());
    }
    if !diagnostics.is_empty() {
        // By file, then by place: the order a user fixes them in, whatever the threads.
        diagnostics.sort_by_key(|d| (d.0, d.1));
        return Err(Error::Ledger(
            diagnostics
                .into_iter()
                .map(|(file, at, message)| LedgerDiagnostic {
                    file: files.get(file).cloned().unwrap_or_default(),
                    line: u64::from(at.line),
                    column: u64::from(at.column),
                    message,
                })
                .collect(),
        ));
    }
    // Exact capacities: at a million quotes, growth by doubling would waste hundreds of MB.
    let mut ledger = Ledger::default();
    ledger
        .sources
        .reserve_exact(parts.iter().map(|p| p.sources.len()).sum());
    ledger
        .people
        .reserve_exact(parts.iter().map(|p| p.people.len()).sum());
    ledger
        .quotes
        .reserve_exact(parts.iter().map(|p| p.quotes.len()).sum());
    ledger
        .facts
        .reserve_exact(parts.iter().map(|p| p.facts.len()).sum());
    for part in parts {
        ledger.sources.extend(part.sources.into_iter().map(|e| e.0));
        ledger.people.extend(part.people.into_iter().map(|e| e.0));
        ledger.quotes.extend(part.quotes.into_iter().map(|e| e.0));
        ledger.facts.extend(part.facts.into_iter().map(|e| e.0));
    }
    ledger.index();
    Ok(ledger)
}

/// Records `id` in its section, or reports it as a duplicate of the first definition (in
/// file order). Empty ids are reported by their file.
fn define_id<'p>(
    ids: &mut FxHashMap<&'p str, (usize, Pos)>,
    section: &str,
    id: &'p str,
    (file, at): (usize, Pos),
    files: &[PathBuf],
    diagnostics: &mut Vec<(usize, Pos, String)>,
) {
    if id.trim().is_empty() {
        return;
    }
    match ids.get(id) {
        Some(&(other, first)) => {
            let other = files
                .get(other)
                .map_or_else(String::new, |p| p.display().to_string());
            diagnostics.push((
                file,
                at,
                format!(
                    "duplicate {section} id `{id}` (first defined at {other}:{}:{})",
                    first.line, first.column
                ),
            ));
        }
        None => {
            ids.insert(id, (file, at));
        }
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).to_string()
}

/// YYYY, YYYY-MM or YYYY-MM-DD with a real month and day.
pub fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    let value = |p: &str| p.parse::<u32>().unwrap_or(0);
    match parts.as_slice() {
        [y] => num(y, 4),
        [y, m] => num(y, 4) && num(m, 2) && (1..=12).contains(&value(m)),
        [y, m, d] => {
            num(y, 4)
                && num(m, 2)
                && num(d, 2)
                && (1..=12).contains(&value(m))
                && (1..=days_in_month(value(y), value(m))).contains(&value(d))
        }
        _ => false,
    }
}

pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

pub fn parse_kind(s: &str) -> Option<ClaimKind> {
    Some(match s {
        "money" => ClaimKind::Money,
        "percent" => ClaimKind::Percent,
        "percentage-points" => ClaimKind::PercentagePoints,
        "age" => ClaimKind::Age,
        "duration" => ClaimKind::Duration,
        "date" => ClaimKind::Date,
        "count" => ClaimKind::Count,
        "number" => ClaimKind::Number,
        _ => return None,
    })
}

fn parse_tolerance(s: &str) -> Option<Tolerance> {
    let t = s.trim();
    if let Some(pct) = t.strip_suffix('%') {
        let v: f64 = pct.trim().replace(',', ".").parse().ok()?;
        return (v.is_finite() && v >= 0.0).then_some(Tolerance::Relative(v / 100.0));
    }
    let v = parse_value(t)?.value?;
    (v.is_finite() && v >= 0.0).then_some(Tolerance::Absolute(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("1997"));
        assert!(is_iso_date("2022-11"));
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2022-13"));
        assert!(!is_iso_date("22-11-30"));
    }

    #[test]
    fn tolerance_forms() {
        assert_eq!(parse_tolerance("5%"), Some(Tolerance::Relative(0.05)));
        assert_eq!(parse_tolerance("0,5 %"), Some(Tolerance::Relative(0.005)));
        assert_eq!(parse_tolerance("-3%"), None);
    }
}
