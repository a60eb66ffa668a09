//! Extraction: everything the text states, before anyone is named as its source.
//! Quotations (`quotes`), numeric expressions (`numbers`, a nom grammar shared with the
//! ledger's `value:` fields) and mentions of people and organisations (`mentions`).

pub mod mentions;
pub mod numbers;
pub mod organisations;
pub mod quotes;

use crate::document::Document;
use crate::lexicon::Lexicon;
use crate::text::{Token, tokenize};
use mentions::Mention;
use numbers::NumericExpr;
use quotes::QuoteScan;

/// The raw findings of one document, in text order.
#[derive(Debug)]
pub struct Extracted {
    /// Tokens of the whole document, paragraph after paragraph.
    pub tokens: Vec<Token>,
    pub quotes: QuoteScan,
    pub mentions: Vec<Mention>,
    pub numbers: Vec<NumericExpr>,
}

pub fn extract(doc: &Document) -> Extracted {
    let lex = Lexicon::get(doc.lang);
    let quotes = quotes::scan(&doc.text, &doc.paragraphs);
    let mut tokens = Vec::new();
    for p in &doc.paragraphs {
        tokens.extend(tokenize(&doc.text, p.clone()));
    }
    let mut mentions = Vec::new();
    for s in &doc.sentences {
        let a = tokens.partition_point(|t| t.range.start < s.range.start);
        let b = tokens.partition_point(|t| t.range.start < s.range.end);
        mentions::scan_sentence(&doc.text, &tokens[a..b], lex, &mut mentions);
    }
    let numbers = numbers::scan(&doc.text[doc.body_start..], doc.lang.into())
        .into_iter()
        .map(|mut n| {
            n.span = n.span.start + doc.body_start..n.span.end + doc.body_start;
            n
        })
        .collect();
    Extracted {
        tokens,
        quotes,
        mentions,
        numbers,
    }
}
