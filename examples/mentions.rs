//! Prints every mention of a document with the entity it was merged into, its kind, gender
//! and roles: the first thing to look at when a speaker comes out wrong.
//!
//! `cargo run --example mentions -- tests/corpus/eval/fr/09-kessler-fermeture-moselle.txt`

use claimcheck::attribute::people::People;
use claimcheck::document::Document;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: mentions FILE")?;
    let text = std::fs::read_to_string(&path)?;
    let doc = Document::new(path, text, None);
    let extracted = claimcheck::extract::extract(&doc);
    let lex = claimcheck::lexicon::Lexicon::get(doc.lang);
    let headline_end = doc.headline().map_or(0, |h| h.end);
    let people = People::build(&doc.text, &extracted.mentions, &[], lex, headline_end);
    for (i, m) in extracted.mentions.iter().enumerate() {
        let Some(e) = people.entity_of(i) else {
            continue;
        };
        println!(
            "{:>6} {:<32} -> {} ({:?}, {:?}) roles {:?}",
            m.range.start,
            doc.slice(&m.range),
            e.name,
            e.kind,
            e.gender,
            e.roles
        );
    }
    Ok(())
}
