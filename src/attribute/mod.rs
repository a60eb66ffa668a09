//! Attribution: the kind and speaker of each quotation, the subject and speaker of each
//! numeric claim. Speakers come from a sequence of small named sieves (see `sieves`), tried
//! in order; the first that names someone wins and its rule goes into the output.

pub mod claims;
pub mod context;
pub mod incise;
pub mod kind;
pub mod nested;
pub mod people;
pub mod sieves;
mod spokesperson;

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use crate::document::Document;
use crate::extract::Extracted;
use crate::extract::numbers::NumericExpr;
use crate::extract::quotes::{QuoteSpan, UnbalancedMark};
use context::Context;
use people::{Entity, KnownPerson, People};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Full,
    Partial,
    Term,
    Nested,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
            QuoteKind::Term => "term",
            QuoteKind::Nested => "nested",
        }
    }
}

/// A speaker as a sieve finds it: an entity of the document and the words that name it there.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerRef {
    pub entity: usize,
    /// The name, pronoun or role noun that designates the speaker near the quotation.
    pub mention: Range<usize>,
    pub rule: &'static str,
}

/// A resolved speaker, as reported.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Speaker {
    pub name: String,
    pub mention: String,
    pub rule: &'static str,
    pub confidence: f64,
    #[serde(skip)]
    pub ledger_id: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Quote {
    pub span: QuoteSpan,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    /// The organisation an unnamed spokesperson speaks for ("a council spokesman said"): the
    /// quotation has no speaker, but whose words they are is known.
    pub on_behalf_of: Option<Speaker>,
}

#[derive(Clone, Debug)]
pub struct Claim {
    pub expr: NumericExpr,
    pub subject: Option<String>,
    pub speaker: Option<Speaker>,
}

/// Everything read from one document.
#[derive(Debug)]
pub struct Extraction {
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub unbalanced: Vec<UnbalancedMark>,
    pub people: Vec<Entity>,
}

/// A quotation nobody introduces whose words another, attributed quotation of the document
/// repeats or contains (a headline quoting the body: "Minister unveils ‘biggest drive in a
/// generation’") has that quotation's speaker. Run after the sieves because the attributed
/// occurrence usually comes later.
fn repeated_quotes(ctx: &Context, found: &mut [Option<SpeakerRef>], confidence: &mut [f64]) {
    // Folded words (no NFKC: both sides come from the same document), computed once each,
    // only when some quotation is left without a speaker.
    // Titles are the first paragraph and any short later one (an intertitle: « Cantine :
    // « On reste en dessous de Toulouse » »), ending without a full stop; the guesses the
    // sieves make there (their grammar is telegraphic) yield to the body's attribution.
    let titles: Vec<&std::ops::Range<usize>> = ctx
        .doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(i, p)| {
            let text = ctx.doc.slice(p).trim_end();
            // A paragraph that ends with a quoted sentence (“Once a route goes, it never
            // comes back.”) is speech, whatever its length.
            let inner = text.trim_end_matches(|c: char| {
                crate::extract::quotes::is_mark(c) || c.is_whitespace()
            });
            !inner.ends_with(['.', '!', '?', '…'])
                && (*i == 0 || text.split_whitespace().nth(INTERTITLE_WORDS).is_none())
        })
        .map(|(_, p)| p)
        .collect();
    // Titles are paragraphs: in order and disjoint, so only the last one starting at or
    // before a quotation can contain it. Computed once per quotation, as the window below
    // asks again for each neighbour.
    let headline: Vec<bool> = ctx
        .quotes
        .iter()
        .map(|quote| {
            let i = titles.partition_point(|h| h.start <= quote.span.start);
            i.checked_sub(1)
                .is_some_and(|i| quote.span.end <= titles[i].end)
        })
        .collect();
    let in_headline = |q: usize| headline.get(q).copied().unwrap_or(false);
    if found
        .iter()
        .enumerate()
        .all(|(q, f)| f.is_some() && !in_headline(q))
    {
        return;
    }
    let mut words = QuoteWords::new(ctx.text, ctx.quotes.len());
    for q in 0..found.len() {
        let open = found[q].is_none() || in_headline(q);
        if !open || !matches!(ctx.kinds[q], QuoteKind::Full | QuoteKind::Partial) {
            continue;
        }
        words.read(ctx, q);
        if words.of(q).is_empty() {
            continue;
        }
        // Headlines repeat the body nearby: look at the next quotations and a few before.
        let window =
            q.saturating_sub(REPEAT_WINDOW_BEFORE)..(q + REPEAT_WINDOW_AFTER).min(found.len());
        let mut source = None;
        for o in window {
            if o != q && found[o].is_some() && !in_headline(o) {
                words.read(ctx, o);
                if repeats(words.of(o), words.of(q)) {
                    source = Some(o);
                    break;
                }
            }
        }
        if let Some(o) = source
            && let Some(s) = found[o].clone()
        {
            found[q] = Some(SpeakerRef {
                rule: "repeated-quote",
                ..s
            });
            confidence[q] = 0.75;
        } else if in_headline(q) && found[q].as_ref().is_some_and(|s| s.rule == "continuation") {
            // A title continues no one's speech.
            found[q] = None;
        }
    }
}

/// The folded words of the quotations, read when the repeated-quote rule first needs them;
/// each distinct word is a number, so comparing quotations compares integers.
struct QuoteWords<'a> {
    text: &'a str,
    /// A word's number by the key of its folded form ([`crate::text::fold_key`]).
    by_key: HashMap<u32, u32>,
    /// Words whose key another word already had: rare, searched in full.
    collided: Vec<(u32, u32)>,
    /// How each numbered word was first written.
    written: Vec<&'a str>,
    /// Where each quotation's words are in `all`, once read.
    words: Vec<Option<Range<usize>>>,
    /// The words of every quotation read, one after the other.
    all: Vec<u32>,
}

impl<'a> QuoteWords<'a> {
    fn new(text: &'a str, quotes: usize) -> QuoteWords<'a> {
        QuoteWords {
            text,
            by_key: HashMap::default(),
            collided: Vec::new(),
            written: Vec::new(),
            words: vec![None; quotes],
            all: Vec::new(),
        }
    }

    /// Reads quotation `q`'s words from the document's tokens: a piece starts after a mark,
    /// a space or a punctuation and ends before one, so no word of the document crosses its
    /// ends and its tokens are the ones the tokenizer gives the piece alone.
    fn read(&mut self, ctx: &Context, q: usize) {
        let (Some(quote), Some(None)) = (ctx.quotes.get(q), self.words.get(q)) else {
            return;
        };
        let tokens = &ctx.tokens;
        let start = self.all.len();
        for s in &quote.segments {
            // Quotations are read near each other: searched from the last answer.
            let a = ctx.token_at_or_after(s.start);
            let b = crate::text::partition_point_from(tokens, a, |t| t.range.start < s.end);
            for t in tokens[a..b].iter().filter(|t| t.is_word()) {
                let n = self.number(t.key, t.text(self.text));
                self.all.push(n);
            }
        }
        self.words[q] = Some(start..self.all.len());
    }

    /// The number of `word`: the same for words equal once folded ([`crate::text::eq_fold`]).
    fn number(&mut self, key: u32, word: &'a str) -> u32 {
        let same = |id: u32, written: &[&str]| {
            written
                .get(id as usize)
                .is_some_and(|&w| w == word || crate::text::eq_fold(w, word))
        };
        let next = self.written.len() as u32;
        match self.by_key.get(&key) {
            None => {
                self.by_key.insert(key, next);
            }
            Some(&id) if same(id, &self.written) => return id,
            Some(_) => {
                let found = self
                    .collided
                    .iter()
                    .find(|&&(k, id)| k == key && same(id, &self.written));
                if let Some(&(_, id)) = found {
                    return id;
                }
                self.collided.push((key, next));
            }
        }
        self.written.push(word);
        next
    }

    fn of(&self, q: usize) -> &[u32] {
        self.words
            .get(q)
            .and_then(|r| self.all.get(r.clone()?))
            .unwrap_or(&[])
    }
}

/// Whether `needle` occurs in `hay` word for word, or with one word changed, added or left
/// out when it is long enough for that to be safe ("We’ve let customers down" in "We’ve let
/// our customers down").
fn repeats(hay: &[u32], needle: &[u32]) -> bool {
    if crate::check::diff::find_run(hay, needle, 0).is_some() {
        return true;
    }
    if needle.len() < 4 {
        return false;
    }
    // Only worth aligning when all but one of the needle's words occur in the hay (the
    // count stops at the second missing word).
    let n = needle.len();
    if hay.len() > MAX_FUZZY_WORDS || needle.iter().filter(|w| !hay.contains(w)).nth(1).is_some() {
        return false;
    }
    (n - 1..=n + 1).filter(|&len| len <= hay.len()).any(|len| {
        hay.windows(len).any(|w| {
            crate::check::diff::similarity(w, needle) >= 1.0 - 1.0 / (n as f64 + 1.0) - 1e-9
        })
    })
}

/// Quotations longer than this are compared word for word only.
const MAX_FUZZY_WORDS: usize = 120;

/// A nested quotation's speaker is reported by another speaker: less sure than a sieve's.
const NESTED_CONFIDENCE: f64 = 0.7;

/// A later paragraph of at most this many words, without a full stop, is an intertitle.
const INTERTITLE_WORDS: usize = 16;

/// How far the repeated-quote rule looks for the attributed occurrence, in quotations.
const REPEAT_WINDOW_BEFORE: usize = 5;
const REPEAT_WINDOW_AFTER: usize = 30;

pub fn attribute(doc: &Document, mut extracted: Extracted, known: &[KnownPerson]) -> Extraction {
    incise::split(
        &doc.text,
        &extracted.tokens,
        &mut extracted.quotes.quotes,
        crate::lexicon::Lexicon::get(doc.lang),
    );
    let people = People::build(
        &doc.text,
        &extracted.mentions,
        known,
        crate::lexicon::Lexicon::get(doc.lang),
        doc.headline().map_or(0, |h| h.end),
    );
    let mut ctx = Context::new(
        doc,
        extracted.tokens,
        extracted.sentence_tokens,
        &extracted.quotes.quotes,
        &extracted.mentions,
        &people,
    );
    ctx.kinds = (0..ctx.quotes.len())
        .map(|q| kind::classify(&ctx, q))
        .collect();

    let sieves = sieves::all();
    let mut found: Vec<Option<SpeakerRef>> = Vec::with_capacity(ctx.quotes.len());
    let mut confidence = Vec::with_capacity(ctx.quotes.len());
    for q in 0..ctx.quotes.len() {
        let speaker = match ctx.kinds[q] {
            QuoteKind::Term => None,
            QuoteKind::Nested => nested::speaker(&ctx, q, &found).map(|s| (s, NESTED_CONFIDENCE)),
            _ => {
                let mut speaker = None;
                ctx.set_attributing(Some(q));
                for (_, sieve) in &sieves {
                    // An organisation does not say "I": a later sieve finds the person.
                    if let Some(s) = sieve.find(&ctx, q, &found)
                        && (!ctx.is_organisation(s.entity) || ctx.organisation_may_speak())
                    {
                        speaker = Some((s, sieve.confidence()));
                        break;
                    }
                    // The text names the speaker in a way we cannot resolve ("a-t-il dit" with
                    // no antecedent, "confie la cofondatrice" never named): later, weaker
                    // sieves must not guess over it.
                    if sieve.names_someone(&ctx, q) {
                        break;
                    }
                }
                speaker
            }
        };
        confidence.push(speaker.as_ref().map_or(0.0, |(_, c)| *c));
        found.push(speaker.map(|(s, _)| s));
    }

    ctx.set_attributing(None);
    repeated_quotes(&ctx, &mut found, &mut confidence);

    // An unnamed spokesperson names nobody: the organisation they speak for is kept apart.
    let (speakers, on_behalf_of): (Vec<Option<Speaker>>, Vec<Option<Speaker>>) = found
        .iter()
        .zip(&confidence)
        .map(|(s, &c)| {
            let Some(s) = s else { return (None, None) };
            let speaker = ctx.speaker(s, c);
            if spokesperson::speaks_for(&ctx, s) {
                (None, speaker)
            } else {
                (speaker, None)
            }
        })
        .unzip();
    let claims = claims::attribute_claims(&ctx, extracted.numbers, &speakers);
    let kinds = std::mem::take(&mut ctx.kinds);
    drop(ctx);
    // The quotations' spans are moved into the output, not copied.
    let quotes: Vec<Quote> = extracted
        .quotes
        .quotes
        .into_iter()
        .zip(kinds)
        .zip(speakers)
        .zip(on_behalf_of)
        .map(|(((span, kind), speaker), on_behalf_of)| Quote {
            span,
            kind,
            speaker,
            on_behalf_of,
        })
        .collect();
    Extraction {
        quotes,
        claims,
        unbalanced: extracted.quotes.unbalanced,
        people: people.entities,
    }
}
