//! `claimcheck.yaml`: a project's defaults, found by searching upward from the current
//! directory (stopping at a directory that holds `.git`, or at the filesystem root).
//!
//! ```yaml
//! ledger: [claims, ../shared/claims]   # relative to this file's directory
//! lang: auto                           # auto | fr | en
//! severity:
//!   quote-unverified: note             # error | warning | note | off (off drops the rule)
//!   claim-unverified: off
//! thresholds:
//!   quote_similarity: 0.6              # word similarity from which a quote is "altered"
//!   default_tolerance: "1%"            # for ledger facts that give no tolerance
//! ignore: ["drafts/archive/**", "**/*.notes.md"]   # globs, relative to this file's directory
//! ```
//!
//! Unknown keys and bad values are errors with file, line and column. Command-line flags
//! win over the file.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use serde_saphyr::{Budget, Location, Options, Spanned};

use crate::check::{Rule, Severity};
use crate::error::Error;
use crate::lang::Lang;
use crate::ledger::{Ledger, Tolerance};

pub const FILE_NAME: &str = "claimcheck.yaml";

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    ledger: Vec<Spanned<String>>,
    lang: Option<Spanned<String>>,
    #[serde(default)]
    severity: HashMap<Spanned<String>, Spanned<String>>,
    thresholds: Option<Thresholds>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Thresholds {
    quote_similarity: Option<Spanned<f64>>,
    default_tolerance: Option<Spanned<String>>,
}

/// A configuration, resolved: paths made relative to the file's directory, values checked.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// The file it was read from (`None`: no file, the defaults).
    pub path: Option<PathBuf>,
    pub ledgers: Vec<PathBuf>,
    /// `None` for `auto`.
    pub lang: Option<Lang>,
    pub severities: HashMap<Rule, Severity>,
    /// Rules set to `off`.
    pub disabled: HashSet<Rule>,
    pub quote_similarity: Option<f64>,
    pub default_tolerance: Option<Tolerance>,
    pub ignore: Option<Ignore>,
}

/// The `ignore:` globs, matched against paths relative to the configuration's directory.
#[derive(Clone, Debug)]
pub struct Ignore {
    base: PathBuf,
    set: GlobSet,
}

impl Ignore {
    /// Whether `path` (as walked, relative to the current directory or absolute), or one of
    /// its directories below the configuration's, matches a pattern.
    pub fn is_ignored(&self, path: &Path) -> bool {
        let absolute = if path.is_absolute() {
            path.to_path_buf()
        } else {
            match std::env::current_dir() {
                Ok(cwd) => cwd.join(path),
                Err(_) => return false,
            }
        };
        let absolute = normalize(&absolute);
        let Ok(relative) = absolute.strip_prefix(&self.base) else {
            return false;
        };
        relative
            .ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .any(|a| self.set.is_match(a))
    }
}

/// `a/./b/../c` → `a/c`, without touching the filesystem (symlinks are not resolved).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The nearest `claimcheck.yaml` from `start` upward: stops after a directory that holds
/// `.git` (the project root) or at the filesystem root.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let mut dir = Some(start);
    while let Some(d) = dir {
        let candidate = d.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if d.join(".git").exists() {
            return None;
        }
        dir = d.parent();
    }
    None
}

/// Reads and checks a configuration file.
pub fn load(path: &Path) -> Result<Config, Error> {
    let text = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8(text).map_err(|e| Error::InvalidUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    parse(path, &text)
}

fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_depth = 16;
    budget.max_aliases = 100;
    budget.max_anchors = 100;
    budget.max_nodes = 100_000;
    budget.max_total_scalar_bytes = 4 * 1024 * 1024;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options
}

/// Parses the text of a configuration file named `path` (paths in it are relative to the
/// directory of `path`).
pub fn parse(path: &Path, text: &str) -> Result<Config, Error> {
    let at = |loc: Location, message: String| Error::At {
        path: path.to_path_buf(),
        line: usize::try_from(loc.line()).unwrap_or(0).max(1),
        column: usize::try_from(loc.column()).unwrap_or(0).max(1),
        message,
    };
    let file = match serde_saphyr::from_str_with_options::<Option<ConfigFile>>(text, options()) {
        Ok(f) => f.unwrap_or_default(),
        Err(e) => {
            let loc = e.location().unwrap_or(Location::UNKNOWN);
            return Err(at(loc, crate::document::front_matter::yaml_message(&e)));
        }
    };
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let base = if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir.clone()
    };
    let mut config = Config {
        path: Some(path.to_path_buf()),
        ledgers: file.ledger.iter().map(|l| base.join(&l.value)).collect(),
        ..Config::default()
    };
    if let Some(lang) = &file.lang {
        config.lang = match lang.value.as_str() {
            "auto" => None,
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            other => {
                return Err(at(
                    lang.referenced,
                    format!("`lang`: `{other}` is not auto, fr or en"),
                ));
            }
        };
    }
    // In file order, so the first bad entry is the one reported.
    let mut severity: Vec<_> = file.severity.iter().collect();
    severity.sort_by_key(|(k, _)| (k.referenced.line(), k.referenced.column()));
    for (rule, level) in severity {
        let r: Rule = rule.value.parse().map_err(|e: String| {
            at(
                rule.referenced,
                format!("`severity`: {e} (rule ids as in the report, e.g. quote-unverified)"),
            )
        })?;
        if level.value == "off" {
            config.disabled.insert(r);
        } else {
            let s: Severity = level.value.parse().map_err(|_| {
                at(
                    level.referenced,
                    format!(
                        "`severity.{}`: `{}` is not error, warning, note or off",
                        rule.value, level.value
                    ),
                )
            })?;
            config.severities.insert(r, s);
        }
    }
    if let Some(t) = &file.thresholds {
        if let Some(q) = &t.quote_similarity {
            if !(q.value > 0.0 && q.value <= 1.0) {
                return Err(at(
                    q.referenced,
                    format!(
                        "`thresholds.quote_similarity`: {} is not in (0, 1]",
                        q.value
                    ),
                ));
            }
            config.quote_similarity = Some(q.value);
        }
        if let Some(d) = &t.default_tolerance {
            config.default_tolerance = Some(parse_tolerance(&d.value).ok_or_else(|| {
                at(
                    d.referenced,
                    format!(
                        "`thresholds.default_tolerance`: `{}` is not a tolerance (a percentage such as \"1%\", or an amount such as 0.5)",
                        d.value
                    ),
                )
            })?);
        }
    }
    if !file.ignore.is_empty() {
        let mut builder = GlobSetBuilder::new();
        for pattern in &file.ignore {
            let glob = Glob::new(&pattern.value).map_err(|e| {
                at(
                    pattern.referenced,
                    format!("`ignore`: `{}` is not a glob: {}", pattern.value, e.kind()),
                )
            })?;
            builder.add(glob);
        }
        let set = builder.build().map_err(|e| {
            at(
                file.ignore
                    .first()
                    .map_or(Location::UNKNOWN, |p| p.referenced),
                format!("`ignore`: {e}"),
            )
        })?;
        let absolute = if base.is_absolute() {
            base.clone()
        } else {
            std::env::current_dir()
                .map(|cwd| cwd.join(&base))
                .unwrap_or_else(|_| base.clone())
        };
        config.ignore = Some(Ignore {
            base: normalize(&absolute),
            set,
        });
    }
    Ok(config)
}

/// "1%" (relative) or a bare amount ("0.5", in each fact's own unit).
fn parse_tolerance(s: &str) -> Option<Tolerance> {
    let t = s.trim();
    let (number, relative) = match t.strip_suffix('%') {
        Some(p) => (p.trim(), true),
        None => (t, false),
    };
    let v: f64 = number.replace(',', ".").parse().ok()?;
    if !v.is_finite() || v < 0.0 {
        return None;
    }
    Some(if relative {
        Tolerance::Relative(v / 100.0)
    } else {
        Tolerance::Absolute(v)
    })
}

impl Config {
    /// The configuration the command line asks for: `explicit` (`--config`), else none
    /// with `--no-config`, else the one found from the current directory upward.
    pub fn resolve(explicit: Option<&Path>, no_config: bool) -> Result<Config, Error> {
        if let Some(p) = explicit {
            return load(p);
        }
        if no_config {
            return Ok(Config::default());
        }
        let Ok(cwd) = std::env::current_dir() else {
            return Ok(Config::default());
        };
        match discover(&cwd) {
            Some(p) => load(&relative_to(&p, &cwd)),
            None => Ok(Config::default()),
        }
    }

    /// Gives the ledger's facts that state no tolerance the configured default.
    pub fn apply_default_tolerance(&self, ledger: &mut Ledger) {
        if let Some(t) = &self.default_tolerance {
            for fact in &mut ledger.facts {
                if fact.tolerance.is_none() {
                    fact.tolerance = Some(t.clone());
                }
            }
        }
    }
}

/// `path` relative to `cwd` when it is below it (shorter messages), else as is.
fn relative_to(path: &Path, cwd: &Path) -> PathBuf {
    path.strip_prefix(cwd)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Config, Error> {
        parse(Path::new("proj/claimcheck.yaml"), text)
    }

    #[test]
    fn reads_every_key() {
        let c = parse_str(
            "ledger: [claims, ../shared]\nlang: en\nseverity:\n  quote-unverified: note\n  claim-unverified: off\nthresholds:\n  quote_similarity: 0.7\n  default_tolerance: \"1%\"\nignore: [\"archive/**\"]\n",
        )
        .unwrap();
        assert_eq!(
            c.ledgers,
            [
                PathBuf::from("proj/claims"),
                PathBuf::from("proj/../shared")
            ]
        );
        assert_eq!(c.lang, Some(Lang::En));
        assert_eq!(
            c.severities.get(&Rule::QuoteUnverified),
            Some(&Severity::Note)
        );
        assert!(c.disabled.contains(&Rule::ClaimUnverified));
        assert_eq!(c.quote_similarity, Some(0.7));
        assert_eq!(c.default_tolerance, Some(Tolerance::Relative(0.01)));
        let ignore = c.ignore.unwrap();
        assert!(ignore.is_ignored(Path::new("proj/archive/2024/a.md")));
        assert!(!ignore.is_ignored(Path::new("proj/drafts/a.md")));
        assert!(!ignore.is_ignored(Path::new("archive/a.md")));
    }

    #[test]
    fn empty_file_is_the_defaults() {
        let c = parse_str("").unwrap();
        assert!(c.ledgers.is_empty() && c.lang.is_none() && c.ignore.is_none());
    }

    #[test]
    fn errors_name_line_and_column() {
        let err = parse_str("lang: fr\nledgers: [x]\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("proj/claimcheck.yaml:2:1: "), "{msg}");
        assert!(msg.contains("ledgers"), "{msg}");
        let err = parse_str("severity:\n  quote-unverifed: note\n").unwrap_err();
        assert!(
            err.to_string().starts_with(
                "proj/claimcheck.yaml:2:3: `severity`: unknown rule `quote-unverifed`"
            ),
            "{err}"
        );
        let err = parse_str("severity:\n  quote-unverified: loud\n").unwrap_err();
        assert!(
            err.to_string().starts_with("proj/claimcheck.yaml:2:21: "),
            "{err}"
        );
        let err = parse_str("thresholds:\n  quote_similarity: 1.5\n").unwrap_err();
        assert!(
            err.to_string().starts_with("proj/claimcheck.yaml:2:21: "),
            "{err}"
        );
        let err = parse_str("thresholds:\n  default_tolerance: lots\n").unwrap_err();
        assert!(
            err.to_string().starts_with("proj/claimcheck.yaml:2:22: "),
            "{err}"
        );
        let err = parse_str("ignore: [\"a/[\"]\n").unwrap_err();
        assert!(
            err.to_string().starts_with("proj/claimcheck.yaml:1:10: "),
            "{err}"
        );
        let err = parse_str("lang: de\n").unwrap_err();
        assert!(
            err.to_string().starts_with("proj/claimcheck.yaml:1:7: "),
            "{err}"
        );
    }

    #[test]
    fn discovery_stops_at_the_repository_root() {
        let root = std::env::temp_dir().join(format!("claimcheck-config-{}", std::process::id()));
        let inner = root.join("repo/a/b");
        std::fs::create_dir_all(&inner).unwrap();
        std::fs::create_dir_all(root.join("repo/.git")).unwrap();
        std::fs::write(root.join(FILE_NAME), "lang: fr\n").unwrap();
        assert_eq!(discover(&inner), None);
        std::fs::write(root.join("repo/a").join(FILE_NAME), "lang: fr\n").unwrap();
        assert_eq!(discover(&inner), Some(root.join("repo/a").join(FILE_NAME)));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
