//! The whole pipeline for a set of inputs: read, segment, extract, attribute, check,
//! suppress. Documents run in parallel with rayon and come back in input order (and the
//! first error in input order wins), so the output does not depend on the number of threads.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::attribute::{self, Extraction};
use crate::check::{self, CheckOptions, Finding};
use crate::document::{Document, Markup, ReadOptions};
use crate::error::Error;
use crate::lang::Lang;
use crate::ledger::Ledger;
use crate::source;

/// One document read through the pipeline.
pub struct Processed {
    pub document: Document,
    pub extraction: Extraction,
    /// After suppressions and `off` rules, sorted by span.
    pub findings: Vec<Finding>,
    /// How many findings `claimcheck:` comments suppressed.
    pub suppressed: usize,
}

/// How inputs are read: what the command line and the configuration say.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// `None`: by extension (.md and .markdown are Markdown; stdin is plain text).
    pub markup: Option<Markup>,
    /// The command line's language: wins over the front matter.
    pub lang: Option<Lang>,
    /// The configuration's language: used when neither the command line nor the front
    /// matter gives one.
    pub default_lang: Option<Lang>,
    /// The command line's date: wins over the front matter.
    pub date: Option<String>,
}

/// Called once per document done (a progress bar); must be cheap and thread-safe.
pub type Progress<'a> = &'a (dyn Fn() + Sync);

/// The files to read: the command-line paths expanded (see [`source::expand_with`]), minus
/// what `ignore` matches among the walked files.
pub fn inputs(
    paths: &[PathBuf],
    ignore: Option<&crate::config::Ignore>,
) -> Result<Vec<PathBuf>, Error> {
    match ignore {
        Some(ig) => source::expand_with(paths, &|p| ig.is_ignored(p)),
        None => source::expand(paths),
    }
}

/// Reads one input into a document: front matter, directives, Markdown.
pub fn read_document(path: &Path, settings: &Settings) -> Result<Document, Error> {
    let src = source::read(path)?;
    let markup = settings.markup.unwrap_or_else(|| {
        if path.as_os_str() == "-" {
            Markup::Text
        } else {
            Markup::for_path(path)
        }
    });
    parse_document(src.path, src.text, markup, settings)
}

fn parse_document(
    path: String,
    text: String,
    markup: Markup,
    settings: &Settings,
) -> Result<Document, Error> {
    let options = ReadOptions {
        markup,
        lang: settings.lang,
        default_lang: settings.default_lang,
    };
    let mut doc = Document::parse(path, text, options)?;
    if settings.date.is_some() {
        doc.date.clone_from(&settings.date);
    }
    Ok(doc)
}

/// Runs `f` on every file in parallel; results in file order, the first error in file order.
fn each<T: Send>(
    files: &[PathBuf],
    progress: Option<Progress>,
    f: impl Fn(&Path) -> Result<T, Error> + Sync,
) -> Result<Vec<T>, Error> {
    let results: Vec<Result<T, Error>> = files
        .par_iter()
        .map(|path| {
            let r = f(path);
            if let Some(p) = progress {
                p();
            }
            r
        })
        .collect();
    results.into_iter().collect()
}

/// Reads and extracts every input (no checking): `extract` and `ledger draft` stop here.
pub fn extract_all(
    paths: &[PathBuf],
    lang: Option<Lang>,
    ledger: Option<&Ledger>,
) -> Result<Vec<(Document, Extraction)>, Error> {
    let settings = Settings {
        lang,
        ..Settings::default()
    };
    extract_files(&source::expand(paths)?, &settings, ledger, None)
}

/// [`extract_all`] on files already expanded, with the reading settings.
pub fn extract_files(
    files: &[PathBuf],
    settings: &Settings,
    ledger: Option<&Ledger>,
    progress: Option<Progress>,
) -> Result<Vec<(Document, Extraction)>, Error> {
    let known = ledger.map(Ledger::known_people).unwrap_or_default();
    each(files, progress, |path| {
        let mut doc = read_document(path, settings)?;
        let extraction = extract_prose(&mut doc, &known);
        Ok((doc, extraction))
    })
}

/// Extraction and attribution of a document as it is (every byte prose).
pub fn extract_document(doc: &Document, known: &[attribute::people::KnownPerson]) -> Extraction {
    attribute::attribute(doc, crate::extract::extract(doc), known)
}

/// Extraction and attribution over the document's prose only: code, HTML, front matter and
/// directives are spaces while the extractors run (offsets unchanged).
pub fn extract_prose(doc: &mut Document, known: &[attribute::people::KnownPerson]) -> Extraction {
    doc.with_prose(|d| extract_document(d, known))
}

/// The full pipeline, with the ledger.
pub fn check_all(
    paths: &[PathBuf],
    lang: Option<Lang>,
    ledger: &Ledger,
    options: &CheckOptions,
) -> Result<Vec<Processed>, Error> {
    let settings = Settings {
        lang,
        date: options.date.clone(),
        ..Settings::default()
    };
    check_files(&source::expand(paths)?, &settings, ledger, options, None)
}

/// [`check_all`] on files already expanded, with the reading settings.
pub fn check_files(
    files: &[PathBuf],
    settings: &Settings,
    ledger: &Ledger,
    options: &CheckOptions,
    progress: Option<Progress>,
) -> Result<Vec<Processed>, Error> {
    let known = ledger.known_people();
    each(files, progress, |path| {
        let mut document = read_document(path, settings)?;
        let extraction = extract_prose(&mut document, &known);
        finish(document, extraction, ledger, options)
    })
}

/// Checks an extracted document, then applies its suppressions and the `off` rules.
pub fn finish(
    document: Document,
    extraction: Extraction,
    ledger: &Ledger,
    options: &CheckOptions,
) -> Result<Processed, Error> {
    let directives = crate::suppress::parse(&document)?;
    let findings = check::check_document(&document, &extraction, ledger, options);
    let (mut findings, suppressed) =
        crate::suppress::apply(&document, &directives, findings, options);
    if !options.disabled.is_empty() {
        findings.retain(|f| !options.disabled.contains(&f.rule));
    }
    Ok(Processed {
        document,
        extraction,
        findings,
        suppressed,
    })
}

/// The full pipeline on a text held in memory (tests, editors' integrations), read as plain
/// text with every byte prose (no front matter, no directives).
pub fn check_text(
    path: &str,
    text: &str,
    lang: Option<Lang>,
    ledger: &Ledger,
    options: &CheckOptions,
) -> Processed {
    let document = Document::new(path, text.to_string(), lang);
    let extraction = extract_document(&document, &ledger.known_people());
    let mut findings = check::check_document(&document, &extraction, ledger, options);
    findings.retain(|f| !options.disabled.contains(&f.rule));
    Processed {
        document,
        extraction,
        findings,
        suppressed: 0,
    }
}

/// The full pipeline on a text held in memory, read as the command line reads a file of
/// this markup: front matter, directives, Markdown.
pub fn check_source(
    path: &str,
    text: &str,
    markup: Markup,
    settings: &Settings,
    ledger: &Ledger,
    options: &CheckOptions,
) -> Result<Processed, Error> {
    let mut document = parse_document(path.to_string(), text.to_string(), markup, settings)?;
    let extraction = extract_prose(&mut document, &ledger.known_people());
    finish(document, extraction, ledger, options)
}
