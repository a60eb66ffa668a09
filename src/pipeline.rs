//! The whole pipeline for a set of inputs: read, segment, extract, attribute, check.
//! Documents run in parallel with rayon and come back in input order, so the output does
//! not depend on the number of threads.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::attribute::{self, Extraction};
use crate::check::{self, CheckOptions, Finding};
use crate::document::Document;
use crate::error::Error;
use crate::lang::Lang;
use crate::ledger::Ledger;
use crate::source;

/// One document read through the pipeline.
pub struct Processed {
    pub document: Document,
    pub extraction: Extraction,
    pub findings: Vec<Finding>,
}

/// Reads and extracts every input (no checking): `extract` and `ledger draft` stop here.
pub fn extract_all(
    paths: &[PathBuf],
    lang: Option<Lang>,
    ledger: Option<&Ledger>,
) -> Result<Vec<(Document, Extraction)>, Error> {
    let files = source::expand(paths)?;
    let known = ledger.map(Ledger::known_people).unwrap_or_default();
    files
        .par_iter()
        .map(|path| {
            let src = source::read(path)?;
            let doc = Document::new(src.path, src.text, lang);
            let extraction = extract_document(&doc, &known);
            Ok((doc, extraction))
        })
        .collect()
}

pub fn extract_document(doc: &Document, known: &[attribute::people::KnownPerson]) -> Extraction {
    attribute::attribute(doc, crate::extract::extract(doc), known)
}

/// The full pipeline, with the ledger.
pub fn check_all(
    paths: &[PathBuf],
    lang: Option<Lang>,
    ledger: &Ledger,
    options: &CheckOptions,
) -> Result<Vec<Processed>, Error> {
    let docs = extract_all(paths, lang, Some(ledger))?;
    Ok(docs
        .into_par_iter()
        .map(|(document, extraction)| {
            let findings = check::check_document(&document, &extraction, ledger, options);
            Processed {
                document,
                extraction,
                findings,
            }
        })
        .collect())
}

/// The full pipeline on a text held in memory (tests, editors' integrations).
pub fn check_text(
    path: &str,
    text: &str,
    lang: Option<Lang>,
    ledger: &Ledger,
    options: &CheckOptions,
) -> Processed {
    let document = Document::new(path, text.to_string(), lang);
    let extraction = extract_document(&document, &ledger.known_people());
    let findings = check::check_document(&document, &extraction, ledger, options);
    Processed {
        document,
        extraction,
        findings,
    }
}
