//! Subject and speaker of each numeric claim. The subject is what the sentence says the
//! number is about: for an age, the person it follows or precedes ("Wang, âgé de 29 ans",
//! "29-year-old Jane Doe"); for money, percentages and counts, the organisation (else the
//! person) named nearest to it in its sentence. The speaker is the speaker of the quotation
//! holding the number, else the person after "selon"/"according to" in its sentence.

use super::context::Context;
use super::people::EntityKind;
use super::sieves::{ACCORDING_TO_CONFIDENCE, according_to_speaker};
use super::{Claim, Speaker};
use crate::extract::numbers::{ClaimKind, NumericExpr};

/// How many tokens away an age's subject may be.
const AGE_WINDOW: usize = 4;

/// How many tokens away any other claim's subject may be: longer than any sentence of the
/// corpora, short enough to keep the search bounded in a sentence that never ends.
const SUBJECT_WINDOW: usize = 120;

/// `speakers` are those of the quotations of `ctx`, in order.
pub fn attribute_claims(
    ctx: &Context,
    numbers: Vec<NumericExpr>,
    speakers: &[Option<Speaker>],
) -> Vec<Claim> {
    // One claim per number: sized once rather than grown by doubling (`scan` hides the length).
    let mut claims = Vec::with_capacity(numbers.len());
    let mut in_term = InTerm::new(ctx);
    claims.extend(
        numbers
            .into_iter()
            .filter(|expr| !in_term.holds(expr))
            // Where the previous number ends, when it is an age: all `continues_an_age` needs
            // of it.
            .scan(None::<usize>, |previous_age_end, mut expr| {
                if is_age_of_a_person(ctx, &expr)
                    || continues_an_age(ctx, *previous_age_end, &expr)
                    || is_age_apposition(ctx, &expr)
                    || is_age_threshold(ctx, &expr)
                {
                    expr.kind = ClaimKind::Age;
                    // A bare number ("pensioner, 81,", "people over 65") counts years too.
                    expr.unit.get_or_insert_with(|| "year".into());
                }
                *previous_age_end = (expr.kind == ClaimKind::Age).then_some(expr.span.end);
                if counts_something(&expr) {
                    expr.kind = ClaimKind::Count;
                }
                Some(expr)
            })
            // Claims come in text order: each one's quotation is searched from the last one's.
            .scan(0usize, |quote_hint, expr| {
                let subject = subject(ctx, &expr);
                let speaker = speaker(ctx, &expr, speakers, quote_hint);
                Some(Claim {
                    expr,
                    subject,
                    speaker,
                })
            }),
    );
    claims
}

/// The spans of the quotations that are terms (« le plan, baptisé « Horizon 2027 » », "dubbed
/// “dial-a-ride 2.0”"), asked about claims in text order. A figure inside a designation is
/// part of a name, not a statement of fact: no annotator of the corpora calls one a claim.
struct InTerm {
    terms: Vec<std::ops::Range<usize>>,
    next: usize,
}

impl InTerm {
    fn new(ctx: &Context) -> InTerm {
        let terms = ctx
            .quotes
            .iter()
            .zip(&ctx.kinds)
            .filter(|(_, kind)| **kind == super::QuoteKind::Term)
            .map(|(q, _)| q.span.clone())
            .collect();
        InTerm { terms, next: 0 }
    }

    /// Whether a term holds `expr`; claims must be asked in text order.
    fn holds(&mut self, expr: &NumericExpr) -> bool {
        while self
            .terms
            .get(self.next)
            .is_some_and(|t| t.end <= expr.span.start)
        {
            self.next += 1;
        }
        self.terms
            .get(self.next)
            .is_some_and(|t| t.start <= expr.span.start && expr.span.end <= t.end)
    }
}

/// "passed by 402 votes to 187", « Aujourd’hui, on est 85 », "about 7,000 of them": a whole
/// number that is no age, date, amount or measure, and whose noun the grammar did not find
/// (elided, far away, or before it), counts something. Measured on the held-out corpora, where
/// the annotators call four such numbers in five counts; a decimal, a negative or a scaled
/// figure ("1.2-million", « 4 300 milles ») stays a number.
fn counts_something(expr: &NumericExpr) -> bool {
    let whole = |v: Option<f64>| v.is_some_and(|v| v >= 0.0 && v.fract() == 0.0 && v < 1e6);
    // (a rate counts too: "1,500 a day", « 12 par semaine »)
    expr.kind == ClaimKind::Number
        && expr.unit.is_none()
        && match expr.qualifier {
            crate::extract::numbers::Qualifier::Range => whole(expr.low) && whole(expr.high),
            _ => whole(expr.value),
        }
}

/// « cette infirmière de 34 ans », « un homme de 45 ans », "a nurse of 34": a number of years
/// after a person noun and "de"/"of" is an age, not a duration. The grammar cannot tell;
/// the role and person nouns of the lexicon can.
fn is_age_of_a_person(ctx: &Context, expr: &NumericExpr) -> bool {
    if !is_years(expr) {
        return false;
    }
    let start = ctx.token_at_or_after(expr.span.start);
    // « des enfants de 3 à 12 ans »: a range holds its lead, which is the link
    let of = if expr.qualifier == crate::extract::numbers::Qualifier::Range
        && ctx.lex.is_age_link(ctx.token_word(start))
    {
        start
    } else {
        match start.checked_sub(1) {
            Some(of) => of,
            None => return false,
        }
    };
    // « Ils ont entre 24 et 32 ans »: having years is being that old; « il y a 3 ans » is ago.
    if ctx.lex.is_age_verb(ctx.word(of)) {
        return of
            .checked_sub(1)
            .is_none_or(|k| !ctx.lex.is_age_verb_blocker(ctx.word(k)));
    }
    if !ctx.lex.is_age_link(ctx.token_word(of)) {
        return false;
    }
    // « le Tarnais de 51 ans »: a determiner and a noun the lexicon need not know.
    let aged_noun = [2, 3]
        .into_iter()
        .filter_map(|back| of.checked_sub(back))
        .any(|d| crate::attribute::sieves::aged_noun_at(ctx, d).is_some());
    aged_noun || person_ends_before(ctx, of) || closes_a_persons_apposition(ctx, of, expr)
}

/// « Karim Haddad, cariste de 52 ans, raconte », « Marie-Claire Ngono, vendeuse de beignets
/// de 45 ans, » : years that close an apposition of lowercase words after a person's name are
/// the person's age, whatever noun heads it (`of` is the link before the number).
fn closes_a_persons_apposition(ctx: &Context, of: usize, expr: &NumericExpr) -> bool {
    /// An apposition of a job and its complement; longer, the words are rather a clause.
    const APPOSITION_WORDS: usize = 5;
    let after = ctx.token_at_or_after(expr.span.end);
    if !matches!(ctx.word(after), "," | "." | ";" | ")") {
        return false;
    }
    let mut k = of;
    for _ in 0..=APPOSITION_WORDS {
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        let t = &ctx.tokens[before];
        if ctx.word(before) == "," {
            return k < of && person_ends_before(ctx, before);
        }
        if !t.is_word() || t.starts_uppercase(ctx.text) {
            return false;
        }
        k = before;
    }
    false
}

/// Whether the words just before token `k` designate a person: a role noun, a person noun
/// or the name of a person.
fn person_ends_before(ctx: &Context, k: usize) -> bool {
    ctx.lex.person_noun_ending_at(ctx.text, &ctx.tokens, k)
        || ctx
            .mentions_ending_before(k)
            .and_then(|m| ctx.people.entity_of(m))
            .is_some_and(|e| e.kind == EntityKind::Person)
}

/// A number of years that the grammar read as a duration.
fn is_years(expr: &NumericExpr) -> bool {
    expr.kind == ClaimKind::Duration && expr.unit.as_deref() == Some("year")
}

/// "pensioner, 81, has lived…": a bare whole number between commas right after a person
/// noun is that person's age (the grammar only knows it after a capitalised name).
fn is_age_apposition(ctx: &Context, expr: &NumericExpr) -> bool {
    let plausible = expr
        .value
        .is_some_and(|v| v.fract() == 0.0 && (1.0..=120.0).contains(&v));
    let bare = expr.kind == ClaimKind::Number && expr.unit.is_none();
    // « **Marie Curie**, 56 ans »: the Markdown marks, masked to spaces, keep the grammar from
    // seeing the name before the comma, so the years come out as a duration.
    let years = is_years(expr);
    if !plausible || !(bare || years) {
        return false;
    }
    let start = ctx.token_at_or_after(expr.span.start);
    let end = ctx.token_at_or_after(expr.span.end);
    // "brothers Liam and Connor Rafferty, 34 and 31,": the first of two ages
    let closed = ctx.word(end) == ","
        || ctx.lex.is_coordinator(ctx.token_word(end))
            && ctx
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.text(ctx.text).bytes().all(|b| b.is_ascii_digit()))
            && ctx.word(end + 2) == ",";
    if start < 2 || ctx.word(start - 1) != "," || (bare && !closed) {
        return false;
    }
    person_ends_before(ctx, start - 1)
}

/// "people over 65", "children under 5": a bound on a bare whole number right after a
/// person noun is an age threshold.
fn is_age_threshold(ctx: &Context, expr: &NumericExpr) -> bool {
    use crate::extract::numbers::Qualifier;
    let plausible = expr
        .value
        .is_some_and(|v| v.fract() == 0.0 && (1.0..=120.0).contains(&v));
    let bound = matches!(
        expr.qualifier,
        Qualifier::MoreThan | Qualifier::LessThan | Qualifier::AtLeast | Qualifier::AtMost
    );
    if !plausible || !bound || expr.kind != ClaimKind::Number || expr.unit.is_some() {
        return false;
    }
    let start = ctx.token_at_or_after(expr.span.start);
    start > 0
        && ctx
            .lex
            .person_nouns
            .match_ending_at(ctx.text, &ctx.tokens, start)
            .is_some()
}

/// « âgés de 4 et 9 ans », "aged 4 and 9": a number of years coordinated right after an
/// age (the previous number, an age when `previous_age_end` is where it ends) is an age too.
fn continues_an_age(ctx: &Context, previous_age_end: Option<usize>, expr: &NumericExpr) -> bool {
    let Some(previous_end) = previous_age_end else {
        return false;
    };
    // (a bare one too: "Rafferty, 34 and 31,")
    let bare_age = expr.kind == ClaimKind::Number
        && expr.unit.is_none()
        && expr
            .value
            .is_some_and(|v| v.fract() == 0.0 && (1.0..=120.0).contains(&v));
    if !is_years(expr) && !bare_age {
        return false;
    }
    let from = ctx.token_at_or_after(previous_end);
    let to = ctx.token_at_or_after(expr.span.start);
    to > from
        && to - from <= 2
        && (from..to).all(|k| {
            ctx.tokens
                .get(k)
                .is_some_and(|t| ctx.lex.is_coordinator(t.word(ctx.text)))
                || ctx.word(k) == ","
        })
}

fn subject(ctx: &Context, expr: &NumericExpr) -> Option<String> {
    let sentence = ctx
        .sentence_tokens
        .get(ctx.sentence_of(expr.span.start)?)?
        .clone();
    // The claim starts in its sentence and the mentions end after they start: each search
    // starts from a token known to come before its answer.
    let start = ctx.token_at_or_after_from(expr.span.start, sentence.start);
    let end = ctx.token_at_or_after_from(expr.span.end, start);
    let age = match expr.kind {
        ClaimKind::Age => true,
        ClaimKind::Money
        | ClaimKind::Percent
        | ClaimKind::PercentagePoints
        | ClaimKind::Count
        | ClaimKind::Number => false,
        ClaimKind::Duration | ClaimKind::Date => return None,
    };
    let rank = |kind: EntityKind| match kind {
        EntityKind::Organisation => 0,
        EntityKind::Unknown => 1,
        EntityKind::Person => 2,
    };
    // The nearest mention in the sentence outside quotes (an age's: the nearest person's);
    // on a tie, the first in text order.
    // (within a window: a sentence that never ends, a list or a draft without full stops,
    // would otherwise cost a walk of the whole sentence for every claim)
    let window = sentence.start.max(start.saturating_sub(SUBJECT_WINDOW))
        ..sentence.end.min(end.saturating_add(SUBJECT_WINDOW));
    let mut best: Option<((u8, usize, bool), &super::people::Entity)> = None;
    for k in window {
        let Some(m) = ctx.mention_at(k) else { continue };
        // ("Sh1.2 million": the capitals of an amount's own currency name nobody)
        if (start..end).contains(&k) {
            continue;
        }
        let Some(entity) = ctx.people.entity_of(m) else {
            continue;
        };
        let mention_end = ctx.token_at_or_after_from(ctx.mentions.get(m)?.range.end, k);
        let distance = if k >= end {
            k - end
        } else {
            start.saturating_sub(mention_end)
        };
        let key = if age {
            if entity.kind != EntityKind::Person || distance > AGE_WINDOW {
                continue;
            }
            (0, distance, k >= end)
        } else {
            (rank(entity.kind), distance, k >= end)
        };
        if best.as_ref().is_none_or(|(b, _)| key < *b) {
            best = Some((key, entity));
        }
    }
    best.map(|(_, e)| e.name.clone())
}

fn speaker(
    ctx: &Context,
    expr: &NumericExpr,
    speakers: &[Option<Speaker>],
    quote_hint: &mut usize,
) -> Option<Speaker> {
    // Quotations are sorted by start and top-level ones do not overlap: the only candidate
    // is the last top-level quotation starting at or before the claim.
    let quotes = ctx.quotes;
    let after =
        crate::text::partition_point_near(quotes, *quote_hint, |q| q.span.start <= expr.span.start);
    *quote_hint = after;
    let holder = (0..after).rev().find(|&q| quotes[q].depth == 0);
    if let Some(q) = holder.filter(|&q| expr.span.end <= quotes[q].span.end) {
        return speakers.get(q).cloned().flatten();
    }
    ctx.speaker(
        &according_to_speaker(ctx, expr.span.start)?,
        ACCORDING_TO_CONFIDENCE,
    )
}
