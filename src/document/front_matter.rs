//! YAML front matter at the top of a file (`---` … `---` or `...`), in .md and .txt alike.
//! claimcheck reads two keys, `date:` (the article's date, for ages) and `lang:` (fr or en),
//! and ignores the others (title, author, tags… belong to the publishing system). The block
//! is masked out of the prose, so nothing in it is ever read as a quotation or a claim.

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use serde_saphyr::{Budget, Location, Options, Spanned};

use crate::error::Error;
use crate::lang::Lang;

/// What the front matter says, and where it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// From the opening `---` to the end of the closing line (its line break included).
    pub range: Range<usize>,
    pub date: Option<String>,
    pub lang: Option<Lang>,
}

#[derive(Deserialize, Default)]
struct Keys {
    date: Option<Spanned<String>>,
    lang: Option<Spanned<String>>,
}

/// A line of `text` from `start`: its content (without `\r\n`/`\n`) and where the next begins.
fn line_at(text: &str, start: usize) -> Option<(&str, usize)> {
    let rest = text.get(start..)?;
    if rest.is_empty() {
        return None;
    }
    let (line, next) = match rest.find('\n') {
        Some(i) => (&rest[..i], start + i + 1),
        None => (rest, text.len()),
    };
    Some((line.strip_suffix('\r').unwrap_or(line), next))
}

/// The byte range of the front matter block, if the text (after `body_start`) opens one.
/// `Ok(None)`: no front matter. An opening `---` never closed is an error.
pub fn find(path: &Path, text: &str, body_start: usize) -> Result<Option<Range<usize>>, Error> {
    let Some((first, mut next)) = line_at(text, body_start) else {
        return Ok(None);
    };
    if first.trim_end() != "---" {
        return Ok(None);
    }
    while let Some((line, after)) = line_at(text, next) {
        let l = line.trim_end();
        if l == "---" || l == "..." {
            return Ok(Some(body_start..after));
        }
        next = after;
    }
    Err(Error::At {
        path: path.to_path_buf(),
        line: 1,
        column: 1,
        message: "front matter opened here is never closed: end it with a line `---`".into(),
    })
}

fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_depth = 32;
    budget.max_aliases = 100;
    budget.max_anchors = 100;
    budget.max_nodes = 100_000;
    budget.max_total_scalar_bytes = 1024 * 1024;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options
}

/// Parses the block found by [`find`]. `date` may be a date or a date-time (2025-12-18,
/// 2025-12-18T09:30:00Z: the day is what ages need); `lang` is fr or en (fr-FR, en_GB too).
pub fn parse(path: &Path, text: &str, range: Range<usize>) -> Result<FrontMatter, Error> {
    let at = |loc: Location, message: String| {
        // Locations count from the opening `---`, which is the file's first line.
        let line = usize::try_from(loc.line()).unwrap_or(0).max(1);
        let column = usize::try_from(loc.column()).unwrap_or(0).max(1);
        Error::At {
            path: path.to_path_buf(),
            line,
            column,
            message,
        }
    };
    // The closing line is not YAML; the opening `---` is YAML's own document marker, so
    // the parser's line numbers are the file's.
    let yaml_end = text
        .get(..range.end)
        .map(|t| {
            let t = t.strip_suffix('\n').unwrap_or(t);
            let t = t.strip_suffix('\r').unwrap_or(t);
            t.rfind('\n').map_or(range.start, |i| i + 1)
        })
        .unwrap_or(range.start);
    let yaml = text.get(range.start..yaml_end).unwrap_or("");
    let keys = match serde_saphyr::from_str_with_options::<Option<Keys>>(yaml, options()) {
        Ok(k) => k.unwrap_or_default(),
        Err(e) => {
            let loc = e.location().unwrap_or(Location::UNKNOWN);
            return Err(at(loc, format!("front matter: {}", yaml_message(&e))));
        }
    };
    let date = match keys.date {
        None => None,
        Some(d) => Some(parse_date(&d.value).ok_or_else(|| {
            at(
                d.referenced,
                format!(
                    "front matter `date`: `{}` is not a date (YYYY-MM-DD)",
                    d.value
                ),
            )
        })?),
    };
    let lang = match keys.lang {
        None => None,
        Some(l) => Some(parse_lang(&l.value).ok_or_else(|| {
            at(
                l.referenced,
                format!(
                    "front matter `lang`: `{}` is not a language claimcheck reads (fr or en)",
                    l.value
                ),
            )
        })?),
    };
    Ok(FrontMatter { range, date, lang })
}

/// The parser's message on one line, without the position it appends (the caller puts
/// the position first, as every claimcheck error does).
pub(crate) fn yaml_message(e: &serde_saphyr::Error) -> String {
    let msg = e.to_string();
    let first = msg.lines().next().unwrap_or("invalid YAML");
    let trimmed = match first.rfind(" at line ") {
        Some(i) if first[i..].contains(", column ") => &first[..i],
        _ => first,
    };
    trimmed.to_string()
}

/// `YYYY-MM-DD`, optionally followed by a time (`T…` or ` …`).
pub fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    let day = s.get(..10)?;
    let rest = &s[10..];
    let time_ok = rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ');
    (time_ok && crate::ledger::is_full_date(day)).then(|| day.to_string())
}

/// fr, en, and regional tags (fr-FR, en_GB).
pub fn parse_lang(s: &str) -> Option<Lang> {
    let s = s.trim();
    let primary = s.split(['-', '_']).next().unwrap_or(s);
    match primary.to_ascii_lowercase().as_str() {
        "fr" => Some(Lang::Fr),
        "en" => Some(Lang::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Option<FrontMatter>, Error> {
        let p = Path::new("a.md");
        match find(p, text, 0)? {
            Some(r) => parse(p, text, r).map(Some),
            None => Ok(None),
        }
    }

    #[test]
    fn reads_date_and_lang_and_ignores_other_keys() {
        let text =
            "---\ntitle: « Un titre »\ndate: 2025-12-18\nlang: fr-FR\ntags: [a, b]\n---\nCorps.";
        let fm = read(text).unwrap().unwrap();
        assert_eq!(fm.date.as_deref(), Some("2025-12-18"));
        assert_eq!(fm.lang, Some(Lang::Fr));
        assert_eq!(&text[fm.range.end..], "Corps.");
    }

    #[test]
    fn date_times_and_dots_close() {
        let text = "---\r\ndate: 2024-02-29T10:00:00Z\r\n...\r\nBody";
        let fm = read(text).unwrap().unwrap();
        assert_eq!(fm.date.as_deref(), Some("2024-02-29"));
        assert_eq!(&text[fm.range.end..], "Body");
    }

    #[test]
    fn no_front_matter_without_an_opening_line() {
        assert_eq!(read("Titre\n---\n").unwrap(), None);
        assert_eq!(read("").unwrap(), None);
    }

    #[test]
    fn bad_values_name_line_and_column() {
        let err = read("---\ntitle: x\ndate: 2025-13-01\n---\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.md:3:7: front matter `date`: `2025-13-01` is not a date (YYYY-MM-DD)"
        );
        let err = read("---\nlang: de\n---\n").unwrap_err();
        assert!(err.to_string().starts_with("a.md:2:7: "), "{err}");
        let err = read("---\ndate: [unclosed\n---\n").unwrap_err();
        assert!(err.to_string().starts_with("a.md:"), "{err}");
        let err = read("---\ndate: 2025-01-01\n").unwrap_err();
        assert!(err.to_string().contains("never closed"), "{err}");
    }
}
