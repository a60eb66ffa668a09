//! Reading and validating ledger files. Every file is parsed, then the whole ledger is
//! checked (duplicate ids across files, dangling references, values the number grammar
//! cannot read, malformed dates) and all problems are reported together.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_saphyr::{Budget, Location, Options};

use super::schema::{LedgerFile, S};
use super::{Fact, Ledger, LedgerDiagnostic, LedgerQuote, Person, Source, Tolerance};
use crate::error::Error;
use crate::extract::numbers::{ClaimKind, parse_value};
use crate::lexicon::Gender;

/// Larger files are refused before parsing: a ledger that big should be split.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Reads every .yaml/.yml file under `paths` (files or directories, recursively).
pub fn load(paths: &[PathBuf]) -> Result<Ledger, Error> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
                let entry = entry.map_err(|e| Error::Io {
                    path: e.path().map_or_else(|| path.clone(), Path::to_path_buf),
                    source: e
                        .into_io_error()
                        .unwrap_or_else(|| std::io::Error::other("directory loop")),
                })?;
                let is_yaml = entry
                    .path()
                    .extension()
                    .is_some_and(|x| x == "yaml" || x == "yml");
                if entry.file_type().is_file() && is_yaml {
                    files.push(entry.into_path());
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    let mut sources = Vec::new();
    let mut diagnostics = Vec::new();
    for file in &files {
        let meta = std::fs::metadata(file).map_err(|source| Error::Io {
            path: file.clone(),
            source,
        })?;
        if meta.len() > MAX_FILE_BYTES {
            diagnostics.push(LedgerDiagnostic {
                file: file.clone(),
                line: 0,
                column: 0,
                message: format!("file is {} bytes; ledger files are limited to {MAX_FILE_BYTES} bytes, split it", meta.len()),
            });
            continue;
        }
        let bytes = std::fs::read(file).map_err(|source| Error::Io {
            path: file.clone(),
            source,
        })?;
        match String::from_utf8(bytes) {
            Ok(text) => sources.push((file.clone(), text)),
            Err(e) => diagnostics.push(LedgerDiagnostic {
                file: file.clone(),
                line: 0,
                column: 0,
                message: format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
            }),
        }
    }
    let mut ledger = build(
        sources.iter().map(|(p, t)| (p.as_path(), t.as_str())),
        &mut diagnostics,
    );
    ledger.files = files;
    if diagnostics.is_empty() {
        Ok(ledger)
    } else {
        Err(Error::Ledger(diagnostics))
    }
}

/// Parses one ledger held in memory (tests, `ledger check -`).
pub fn load_str(name: &Path, text: &str) -> Result<Ledger, Error> {
    let mut diagnostics = Vec::new();
    let ledger = build(std::iter::once((name, text)), &mut diagnostics);
    if diagnostics.is_empty() {
        Ok(ledger)
    } else {
        Err(Error::Ledger(diagnostics))
    }
}

fn options() -> Options {
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

struct Checker<'a> {
    file: &'a Path,
    diagnostics: &'a mut Vec<LedgerDiagnostic>,
}

impl Checker<'_> {
    fn at(&mut self, loc: Location, message: String) {
        self.diagnostics.push(LedgerDiagnostic {
            file: self.file.to_path_buf(),
            line: loc.line(),
            column: loc.column(),
            message,
        });
    }
}

fn build<'a>(
    files: impl Iterator<Item = (&'a Path, &'a str)>,
    diagnostics: &mut Vec<LedgerDiagnostic>,
) -> Ledger {
    let mut parsed: Vec<(&Path, LedgerFile)> = Vec::new();
    for (path, text) in files {
        match serde_saphyr::from_str_with_options::<Option<LedgerFile>>(text, options()) {
            Ok(file) => parsed.push((path, file.unwrap_or_default())),
            Err(e) => {
                let loc = e.location().unwrap_or(Location::UNKNOWN);
                let message = first_line(&e.to_string());
                diagnostics.push(LedgerDiagnostic {
                    file: path.to_path_buf(),
                    line: loc.line(),
                    column: loc.column(),
                    message,
                });
            }
        }
    }

    // Ids first, so references can be checked whatever the file order.
    let mut ids: HashMap<(&str, String), (PathBuf, Location)> = HashMap::new();
    for (path, file) in &parsed {
        let mut check = Checker {
            file: path,
            diagnostics,
        };
        let sections: [(&str, Vec<&S<String>>); 4] = [
            ("source", file.sources.iter().map(|s| &s.id).collect()),
            ("person", file.people.iter().map(|p| &p.id).collect()),
            ("quote", file.quotes.iter().map(|q| &q.id).collect()),
            ("fact", file.facts.iter().map(|f| &f.id).collect()),
        ];
        for (section, list) in sections {
            for id in list {
                if id.value.trim().is_empty() {
                    check.at(id.referenced, format!("empty {section} id"));
                    continue;
                }
                if let Some((other, loc)) = ids.get(&(section, id.value.clone())) {
                    let message = format!(
                        "duplicate {section} id `{}` (first defined at {}:{}:{})",
                        id.value,
                        other.display(),
                        loc.line(),
                        loc.column()
                    );
                    check.at(id.referenced, message);
                } else {
                    ids.insert(
                        (section, id.value.clone()),
                        (path.to_path_buf(), id.referenced),
                    );
                }
            }
        }
    }
    let exists = |section: &str, id: &str| ids.contains_key(&(section, id.to_string()));

    let mut ledger = Ledger::default();
    for (path, file) in parsed {
        let mut check = Checker {
            file: path,
            diagnostics,
        };
        for s in file.sources {
            if let Some(date) = &s.date {
                check_date(&mut check, date, "date");
            }
            ledger.sources.push(Source {
                id: s.id.value,
                publisher: s.publisher,
                title: s.title,
                date: s.date.map(|d| d.value),
                url: s.url,
            });
        }
        for p in file.people {
            let gender = p.gender.as_ref().and_then(|g| {
                let parsed = Gender::from_yaml(&g.value);
                if parsed.is_none() {
                    check.at(
                        g.referenced,
                        format!(
                            "unknown gender `{}` (expected male, female or other)",
                            g.value
                        ),
                    );
                }
                parsed
            });
            if let Some(born) = &p.born {
                check_date(&mut check, born, "born");
            }
            ledger.people.push(Person {
                id: p.id.value,
                name: p.name,
                aliases: p.aliases,
                gender,
                born: p.born.map(|b| b.value),
                roles: p.roles,
            });
        }
        for q in file.quotes {
            if !exists("person", &q.speaker.value) {
                check.at(
                    q.speaker.referenced,
                    format!(
                        "quote `{}`: no person with id `{}` in the ledger",
                        q.id.value, q.speaker.value
                    ),
                );
            }
            check_source(&mut check, &exists, q.source.as_ref(), &q.id.value);
            if let Some(date) = &q.date {
                check_date(&mut check, date, "date");
            }
            ledger.quotes.push(LedgerQuote {
                id: q.id.value,
                speaker: q.speaker.value,
                text: q.text,
                lang: q.lang.map(|l| l.value),
                translations: q.translations.into_iter().collect(),
                source: q.source.map(|s| s.value),
                date: q.date.map(|d| d.value),
            });
        }
        for f in file.facts {
            check_source(&mut check, &exists, f.source.as_ref(), &f.id.value);
            let Some(kind) = parse_kind(&f.kind.value) else {
                check.at(
                    f.kind.referenced,
                    format!("fact `{}`: unknown kind `{}`", f.id.value, f.kind.value),
                );
                continue;
            };
            let value = parse_value(&f.value.value);
            let Some(value) = value else {
                check.at(
                    f.value.referenced,
                    format!(
                        "fact `{}`: cannot read the value `{}`",
                        f.id.value, f.value.value
                    ),
                );
                continue;
            };
            let tolerance = f.tolerance.as_ref().and_then(|t| {
                let parsed = parse_tolerance(&t.value);
                if parsed.is_none() {
                    check.at(
                        t.referenced,
                        format!(
                            "fact `{}`: cannot read the tolerance `{}` (write 5% or an amount)",
                            f.id.value, t.value
                        ),
                    );
                }
                parsed
            });
            ledger.facts.push(Fact {
                id: f.id.value,
                subject: f.subject,
                cues: f.cues,
                kind,
                value_text: f.value.value,
                value,
                tolerance,
                source: f.source.map(|s| s.value),
                note: f.note,
            });
        }
    }
    ledger.index();
    ledger
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).to_string()
}

fn check_source(
    check: &mut Checker,
    exists: &dyn Fn(&str, &str) -> bool,
    source: Option<&S<String>>,
    owner: &str,
) {
    if let Some(s) = source
        && !exists("source", &s.value)
    {
        check.at(
            s.referenced,
            format!("`{owner}`: no source with id `{}` in the ledger", s.value),
        );
    }
}

fn check_date(check: &mut Checker, date: &S<String>, field: &str) {
    if !is_iso_date(&date.value) {
        check.at(
            date.referenced,
            format!(
                "{field}: `{}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                date.value
            ),
        );
    }
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
