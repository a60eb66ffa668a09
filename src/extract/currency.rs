//! Which currency a bare "$", « dollars », « francs » or "rupees" means. The number scanner
//! reads one sentence at a time and gives a bare form its family's default (USD, CHF, INR);
//! the document knows better. A Québec court story's « 185 $ l'heure », a Geneva vote's
//! « 2140 francs », a Sindh flood story's "310 billion rupees" are CAD, CHF and PKR: the
//! places the document names (`data/currency_cues.txt`) and the amounts it writes with an
//! explicit currency ("dollars canadiens", "FCFA") point to the member meant.

use std::sync::LazyLock;

use crate::extract::numbers::{ClaimKind, NumericExpr};
use crate::lexicon::PhraseSet;
use crate::text::{Token, fold, tokenize_into, with_folded};

/// An amount written with an explicit currency counts as this many place cues.
const EXPLICIT_AMOUNT_WEIGHT: usize = 3;

/// The one symbol shared by several members of a family: an amount written with it and a
/// mark of its member ("C$", "A$") sets that member apart from the bare "$".
const DOLLAR_SIGN: char = '$';

struct Family {
    /// The code a bare form gets from the scanner.
    default: String,
    /// Folded words that make an amount explicit ("US$", "USD"): it keeps the default.
    explicit: Vec<String>,
    /// Its members in `Cues::members` (a member's line follows its family's).
    members: std::ops::Range<usize>,
}

struct Member {
    code: String,
    /// Whether it is its family's default (USD among the dollars).
    is_default: bool,
    /// The first member of its code: a code listed in several families (XOF) has its place
    /// cues counted there, for all of its members.
    cued_as: usize,
}

struct Cues {
    families: Vec<Family>,
    members: Vec<Member>,
    /// Cue phrase → the `cued_as` member of its code.
    phrases: PhraseSet<usize>,
    minors: Vec<MinorUnit>,
    /// Thousands separators that are a cue for a member: (separator, member index).
    groupings: Vec<(char, usize)>,
    /// Members retired from use: (member index, the year it went out of use).
    retired: Vec<(usize, i32)>,
}

/// Cents or centimes: the pseudo code the scanner gives them and the currencies whose minor
/// unit they may be, the default first.
struct MinorUnit {
    code: String,
    majors: Vec<String>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| parse(include_str!("data/currency_cues.txt")));

fn parse(source: &str) -> Cues {
    let mut families: Vec<Family> = Vec::new();
    let mut members: Vec<Member> = Vec::new();
    let mut phrases: Vec<(&str, usize)> = Vec::new();
    let mut minors = Vec::new();
    let mut groupings = Vec::new();
    let mut retired = Vec::new();
    for line in source.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, values)) = line.split_once('|') else {
            continue;
        };
        let values = values.split(',').map(str::trim).filter(|v| !v.is_empty());
        if let Some(code) = key.trim().strip_prefix("grouping ") {
            // (members are all listed before their groupings)
            if let Some(member) = members.iter().position(|m| m.code == code.trim()) {
                groupings.extend(values.filter_map(|v| v.chars().next()).map(|c| (c, member)));
            }
        } else if let Some(code) = key.trim().strip_prefix("retired ") {
            let member = members.iter().position(|m| m.code == code.trim());
            let year = values.filter_map(|v| v.parse::<i32>().ok()).next();
            retired.extend(member.zip(year));
        } else if let Some(code) = key.trim().strip_prefix("minor ") {
            minors.push(MinorUnit {
                code: code.trim().to_string(),
                majors: values.map(str::to_string).collect(),
            });
        } else if let Some(default) = key.trim().strip_prefix("family ") {
            families.push(Family {
                default: default.trim().to_string(),
                explicit: values.map(fold).collect(),
                members: members.len()..members.len(),
            });
        } else if let Some(family) = families.last_mut() {
            let member = members.len();
            let code = key.trim().to_string();
            let cued_as = members
                .iter()
                .position(|m: &Member| m.code == code)
                .unwrap_or(member);
            members.push(Member {
                is_default: code == family.default,
                code,
                cued_as,
            });
            family.members.end = members.len();
            phrases.extend(values.map(|v| (v, cued_as)));
        }
    }
    Cues {
        families,
        members,
        phrases: PhraseSet::from_entries(phrases.into_iter()),
        minors,
        groupings,
        retired,
    }
}

/// Gives the bare amounts of `numbers` the currency the document points to, when it
/// points to one member of their family more than to the default, and puts the amounts in
/// minor units (pseudo codes such as USX) in the currency whose cents they are (see
/// `data/currency_cues.txt`). Minor units left to their default stay pseudo codes, for
/// [`super::to_major_unit`].
pub fn resolve_bare(text: &str, tokens: &[Token], numbers: &mut [NumericExpr]) {
    let cues = &*CUES;
    let family_of_default = |unit: &str| cues.families.iter().position(|f| f.default == unit);
    // The family of each bare amount, computed once: most documents have none, and then
    // nothing else is read.
    let mut written = Vec::new();
    let bare: Vec<Option<usize>> = numbers
        .iter()
        .map(|e| {
            let family = e
                .unit
                .as_deref()
                .filter(|_| e.kind == ClaimKind::Money)
                .and_then(family_of_default)?;
            // the amount's words as tokenised alone (`tokenize_into` reads only the range),
            // in one buffer for all the amounts
            written.clear();
            tokenize_into(text, e.span.clone(), &mut written);
            let explicit = written.iter().any(|t| {
                with_folded(t.text(text), |w| {
                    cues.families[family].explicit.iter().any(|x| x == w)
                })
            });
            (!explicit).then_some(family)
        })
        .collect();
    let minor_of = |e: &NumericExpr| {
        let unit = e.unit.as_deref().filter(|_| e.kind == ClaimKind::Money)?;
        cues.minors.iter().find(|m| m.code == unit)
    };
    if bare.iter().all(Option::is_none) && !numbers.iter().any(|e| minor_of(e).is_some()) {
        return;
    }
    let counts = cue_counts(cues, text, tokens, numbers);
    let meant = members_meant(cues, &counts);
    for (i, family) in bare.iter().enumerate() {
        let Some(family) = *family else { continue };
        let code = meant[family].or_else(|| {
            // (a family no cue points to at all: the document says nothing of its place)
            let uncued = cues.families[family]
                .members
                .clone()
                .all(|m| counts[m] == 0);
            uncued
                .then(|| retired_member(cues, text, family, numbers, i))
                .flatten()
        });
        if let (Some(code), Some(e)) = (code, numbers.get_mut(i)) {
            e.unit = Some(code.to_string());
        }
    }
    // (counted once, before any minor amount takes a currency: cents do not vote for their own)
    let written = written_currencies(numbers);
    for i in 0..numbers.len() {
        let Some(minor) = numbers.get(i).and_then(minor_of) else {
            continue;
        };
        let listed = |code: &str| minor.majors.iter().any(|m| m == code);
        let major = amount_before(text, &numbers[..i], numbers[i].span.start)
            .and_then(|unit| listed(unit).then_some(unit))
            .or_else(|| meant.iter().flatten().copied().find(|&code| listed(code)))
            .map(str::to_string)
            .or_else(|| document_currency(&written, listed));
        if let (Some(major), Some(e)) = (major, numbers.get_mut(i)) {
            super::in_major_unit(e, major);
        }
    }
}

/// The currency the document writes most of its amounts in, among those `listed` ("41c per
/// litre … about €7m … between €14,000 and €17,000" in an Irish story: euro cents), the first
/// on a tie; none unless it writes at least two: one amount is a mention, several are the
/// story's currency.
fn document_currency(written: &[(String, usize)], listed: impl Fn(&str) -> bool) -> Option<String> {
    let counts = || written.iter().filter(|(u, _)| listed(u));
    let best = counts().map(|&(_, n)| n).max().filter(|&n| n >= 2)?;
    counts().find(|&&(_, n)| n == best).map(|(u, _)| u.clone())
}

/// How many amounts the document writes in each currency, in order of first use.
fn written_currencies(numbers: &[NumericExpr]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for unit in numbers
        .iter()
        .filter(|e| e.kind == ClaimKind::Money)
        .filter_map(|e| e.unit.as_deref())
    {
        match counts.iter_mut().find(|(u, _)| u == unit) {
            Some((_, n)) => *n += 1,
            None => counts.push((unit.to_string(), 1)),
        }
    }
    counts
}

/// The retired member of `family` that the bare amount `numbers[i]` is in: one whose last
/// year of use is after a year written in the amount's paragraph (« depuis 1987. Cette
/// année-là, … 410 000 francs », « 12 francs en l'an 2000 »).
fn retired_member<'c>(
    cues: &'c Cues,
    text: &str,
    family: usize,
    numbers: &[NumericExpr],
    i: usize,
) -> Option<&'c str> {
    /// About a paragraph of news.
    const REACH: usize = 600;
    let amount = numbers.get(i)?;
    let same_paragraph = |d: &NumericExpr| {
        let gap = if d.span.end <= amount.span.start {
            text.get(d.span.end..amount.span.start)
        } else {
            text.get(amount.span.end..d.span.start)
        };
        gap.is_some_and(|g| g.len() <= REACH && !crosses_paragraph(g))
    };
    let years = || {
        numbers
            .iter()
            .filter(|d| d.kind == ClaimKind::Date && same_paragraph(d))
            .filter_map(|d| d.date.as_deref()?.get(..4)?.parse::<i32>().ok())
    };
    cues.retired
        .iter()
        .filter(|(m, _)| cues.families[family].members.contains(m))
        .find(|(_, until)| years().any(|y| y < *until))
        .map(|&(m, _)| cues.members[m].code.as_str())
}

/// How many cues the document holds for each member: its places, its figures grouped in a
/// member's style and its amounts written in that member.
fn cue_counts(cues: &Cues, text: &str, tokens: &[Token], numbers: &[NumericExpr]) -> Vec<usize> {
    let mut counts = vec![0usize; cues.members.len()];
    let mut k = 0;
    while k < tokens.len() {
        if let Some((n, member)) = cues.phrases.match_at(text, tokens, k) {
            counts[member] += 1;
            k += n;
        } else {
            k += 1;
        }
    }
    // (a code in several families counts its places in each)
    for m in 0..counts.len() {
        counts[m] = counts[cues.members[m].cued_as];
    }
    for e in numbers {
        // (most figures hold no separator but ASCII punctuation and spaces: only those with a
        // quote or a multi-byte char are looked at)
        let Some(t) = text
            .get(e.span.clone())
            .filter(|t| t.bytes().any(|b| b == b'\'' || b >= 0x80))
        else {
            continue;
        };
        if let Some(&(_, member)) = cues
            .groupings
            .iter()
            .find(|(sep, _)| groups_thousands(t, *sep))
        {
            counts[member] += 1;
        }
    }
    // "C$310 million" in a story whose other amounts are bare "$": a writer who marks one
    // member with a symbol means another by the bare one, so such an amount is no cue.
    let symbol_marked = |e: &NumericExpr| {
        text.get(e.span.clone())
            .is_some_and(|t| t.contains(DOLLAR_SIGN))
    };
    for e in numbers
        .iter()
        .filter(|e| e.kind == ClaimKind::Money && !symbol_marked(e))
    {
        // (in every family that lists its currency: XAF is a CFA franc and a franc)
        for (m, _) in (cues.members.iter().enumerate())
            .filter(|(_, m)| !m.is_default && e.unit.as_deref() == Some(&m.code))
        {
            counts[m] += EXPLICIT_AMOUNT_WEIGHT;
        }
    }
    counts
}

/// The member of each family the document points to more than to its default (`counts`
/// from [`cue_counts`]).
fn members_meant<'c>(cues: &'c Cues, counts: &[usize]) -> Vec<Option<&'c str>> {
    // The member with the most cues, the first on a tie, when it has more than the default.
    cues.families
        .iter()
        .map(|family| {
            let members = family.members.clone();
            let default_count = members
                .clone()
                .find(|&m| cues.members[m].is_default)
                .map_or(0, |m| counts[m]);
            members
                .filter(|&m| !cues.members[m].is_default)
                .max_by_key(|&m| (counts[m], std::cmp::Reverse(m)))
                .filter(|&m| counts[m] > default_count)
                .map(|m| cues.members[m].code.as_str())
        })
        .collect()
}

/// Whether `figures` holds a digit, `sep` and three digits not followed by a fourth
/// ("38’000", not "l’an 2000" nor a closing quotation mark after a figure).
fn groups_thousands(figures: &str, sep: char) -> bool {
    figures.match_indices(sep).any(|(i, s)| {
        let before = figures.get(..i).and_then(|h| h.chars().next_back());
        let after = figures.get(i + s.len()..).unwrap_or("").as_bytes();
        before.is_some_and(|c| c.is_ascii_digit())
            && after.len() >= 3
            && after.iter().take(3).all(u8::is_ascii_digit)
            && !after.get(3).is_some_and(u8::is_ascii_digit)
    })
}

/// The currency of the last amount of money among `before`, when it is in the same paragraph
/// as `pos` and near it ("3,80 francs le kilo, en hausse de 20 centimes").
fn amount_before<'n>(text: &str, before: &'n [NumericExpr], pos: usize) -> Option<&'n str> {
    /// About a paragraph of news.
    const REACH: usize = 600;
    let e = before.iter().rev().find(|e| e.kind == ClaimKind::Money)?;
    let gap = text.get(e.span.end..pos)?;
    (gap.len() <= REACH && !crosses_paragraph(gap))
        .then_some(e.unit.as_deref())
        .flatten()
}

/// Whether `gap` holds a blank line (only spaces between two line breaks).
fn crosses_paragraph(gap: &str) -> bool {
    let breaks = gap.matches('\n').count();
    breaks >= 2
        && gap
            .split('\n')
            .skip(1)
            .take(breaks - 1)
            .any(|line| line.trim().is_empty())
}

/// The pseudo codes of amounts whose symbol only some documents make a currency (a glued
/// "R": the rand in a South African story, a road elsewhere; a glued "N": the naira in a
/// Nigerian one, an "N95" mask elsewhere; a glued "P": the peso in a Philippine one, a tax
/// form elsewhere): see `data/currency_cues.txt`.
const CUED_ONLY: &[&str] = &["R", "N", "P"];

/// Drops the figures still in a [`CUED_ONLY`] code after [`resolve_bare`]: no place of the
/// document made them an amount ("the R445 towards Kilkenny").
pub fn drop_unresolved(numbers: &mut Vec<NumericExpr>) {
    numbers.retain(|n| {
        !(n.kind == ClaimKind::Money && n.unit.as_deref().is_some_and(|u| CUED_ONLY.contains(&u)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::lang::Lang;

    fn units(text: &str, lang: Lang) -> Vec<String> {
        let doc = Document::new("t", text.to_string(), Some(lang));
        crate::extract::extract(&doc)
            .numbers
            .into_iter()
            .filter(|e| e.kind == ClaimKind::Money)
            .filter_map(|e| e.unit)
            .collect()
    }

    #[test]
    fn a_glued_r_is_the_rand_only_in_a_south_african_story() {
        assert_eq!(
            units(
                "The City of Johannesburg will spend about R4 000 per home and R2.7-billion on pipes.",
                Lang::En
            ),
            ["ZAR", "ZAR"]
        );
        assert!(units("Take the R445 towards Kilkenny for 2 km.", Lang::En).is_empty());
    }

    #[test]
    fn glued_cents_are_in_the_currency_the_story_writes_its_amounts_in() {
        assert_eq!(
            units(
                "Farmers will be paid 2.5c less, at 41c per litre.\n\nThe support is worth about €7m, or between €14,000 and €17,000 a farm.",
                Lang::En
            ),
            ["EUR", "EUR", "EUR", "EUR"]
        );
        // with no amount to go by, the default; a capital C is Celsius
        assert_eq!(units("A stamp costs 85c.", Lang::En), ["USD"]);
        assert!(
            units("It was 44C in the shade.", Lang::En)
                .iter()
                .all(|u| u != "USD")
        );
    }

    #[test]
    fn a_glued_n_is_the_naira_only_in_a_nigerian_story() {
        assert_eq!(
            units(
                "A bag sells for N95,000 in Lagos, up from about N62,000 in January.",
                Lang::En
            ),
            ["NGN", "NGN"]
        );
        // a mask, a road, and no stray "000" read inside the code
        assert!(units("Wear an N95 mask on the N7. It costs N95,000.", Lang::En).is_empty());
        assert!(units("The B1,200 series and the A320.5 model.", Lang::En).is_empty());
    }

    #[test]
    fn a_glued_p_is_the_peso_only_in_a_philippine_story() {
        assert_eq!(
            units(
                "Fish cage owners in Dagupan, Pangasinan, lost P48M; aid of P350,000 and P60 a kilo.",
                Lang::En
            ),
            ["PHP", "PHP", "PHP"]
        );
        // British tax forms
        assert!(units("He was handed a P45 and his P60 in Leeds.", Lang::En).is_empty());
    }

    #[test]
    fn caribbean_pacific_and_african_dollars_are_those_of_the_places() {
        assert_eq!(
            units(
                "Farmers in St Elizabeth, Jamaica, lost more than $180,000; water costs $400 a drum.",
                Lang::En
            ),
            ["JMD", "JMD"]
        );
        assert_eq!(
            units(
                "In Suva, a 40-kilo bag of rice now sells for $62.",
                Lang::En
            ),
            ["FJD"]
        );
        assert_eq!(
            units("Rice farmers in Berbice were paid $4,000 a bag.", Lang::En),
            ["GYD"]
        );
        // the default still wins a tie, and a story with no place keeps US dollars
        assert_eq!(
            units(
                "The Washington firm sold rum from Jamaica for $40 a bottle.",
                Lang::En
            ),
            ["USD"]
        );
        assert_eq!(units("Tickets cost $25.", Lang::En), ["USD"]);
    }

    #[test]
    fn shillings_are_those_of_the_east_african_country_named() {
        assert_eq!(
            units(
                "In Mtwara, Tanzania, cashew fetched Sh1,870 a kilo, against Sh2,350 last season.",
                Lang::En
            ),
            ["TZS", "TZS"]
        );
        assert_eq!(
            units(
                "Traders in Kampala pay Shs50,000 a month for a stall.",
                Lang::En
            ),
            ["UGX"]
        );
        assert_eq!(
            units("A Nairobi matatu fare rose to Sh100.", Lang::En),
            ["KES"]
        );
        // "Ksh" names the Kenyan shilling whatever the places
        assert_eq!(
            units(
                "In Arusha, Kenyan traders sell at Ksh 500 a crate.",
                Lang::En
            ),
            ["KES"]
        );
    }

    #[test]
    fn rupees_of_mauritius_by_its_towns_and_swiss_francs_by_its_institutions() {
        assert_eq!(
            units(
                "Le planteur de Goodlands réclame Rs 3 200 la tonne, contre Rs 2 650.",
                Lang::Fr
            ),
            ["MUR", "MUR"]
        );
        // a Swiss institution (the AVS pension) and a Geneva commune are Swiss cues: a
        // year before 2002 in the paragraph no longer makes the francs French ones
        assert_eq!(
            units(
                "Locataire à Vernier depuis 1979, elle paie 1150 francs par mois avec son AVS.",
                Lang::Fr
            ),
            ["CHF"]
        );
    }

    #[test]
    fn the_cfa_franc_is_central_african_where_the_places_are() {
        assert_eq!(
            units(
                "À Yaoundé, le chantier coûte 6,4 milliards de FCFA, 150 000 FCFA par ménage.",
                Lang::Fr
            ),
            ["XAF", "XAF"]
        );
        assert_eq!(
            units("À Dakar, 150 000 FCFA par ménage.", Lang::Fr),
            ["XOF"]
        );
        // with no place, the West African franc, the more written of the two
        assert_eq!(units("Il a payé 150 000 FCFA.", Lang::Fr), ["XOF"]);
        // bare francs in a story of CFA amounts
        assert_eq!(
            units(
                "Une aide de 25 000 FCFA, puis 5 000 francs par mois.",
                Lang::Fr
            ),
            ["XOF", "XOF"]
        );
    }

    #[test]
    fn dinars_and_dirhams_are_those_of_the_places() {
        assert_eq!(
            units(
                "À Alger, la pomme de terre est à 120 DA le kilo, contre 75 dinars.",
                Lang::Fr
            ),
            ["DZD", "DZD"]
        );
        assert_eq!(
            units(
                "À Sfax, le litre d'huile vaut 15 DT, soit 3,2 milliards de dinars à l'export.",
                Lang::Fr
            ),
            ["TND", "TND"]
        );
        assert_eq!(
            units("In Dubai, rents rose to Dh95,000 a year.", Lang::En),
            ["AED"]
        );
        assert_eq!(units("À Casablanca, 15 DH le kilo.", Lang::Fr), ["MAD"]);
    }

    #[test]
    fn places_name_the_currency_of_bare_amounts() {
        assert_eq!(
            units(
                "La Cour du Québec a fixé le taux à 185 $ l'heure.",
                Lang::Fr
            ),
            ["CAD"]
        );
        assert_eq!(
            units("À Genève, le loyer moyen atteint 2140 francs.", Lang::Fr),
            ["CHF"]
        );
        // Swiss typography groups thousands with an apostrophe
        assert_eq!(
            units(
                "Le festival a réuni 38’000 spectateurs et perdu 1,3 million de francs.",
                Lang::Fr
            ),
            ["CHF"]
        );
        // Bare francs are Swiss unless the places say otherwise, even with no Swiss place
        // named (« chaux-de-fonnier » is no cue); French francs only before 2002.
        assert_eq!(
            units(
                "Le fabricant chaux-de-fonnier réduit l'horaire : un polisseur perdra 900 \
                 francs par mois, avec un loyer de 1850 francs.",
                Lang::Fr
            ),
            ["CHF", "CHF"]
        );
        assert_eq!(
            units("Il a payé 12 francs en l’an 2000.", Lang::Fr),
            ["FRF"]
        );
        assert_eq!(
            units(
                "Aucun n'était passé en vente depuis 1987. Cette année-là, une Nativité avait \
                 été adjugée 410 000 francs.",
                Lang::Fr
            ),
            ["FRF"]
        );
        // a Swiss place settles it, whatever the year; and a year of another paragraph
        // says nothing of this one
        assert_eq!(
            units(
                "À Lausanne, en 1998, le loyer était de 900 francs.",
                Lang::Fr
            ),
            ["CHF"]
        );
        assert_eq!(
            units(
                "La maison date de 1987.\n\nLe loyer est de 900 francs.",
                Lang::Fr
            ),
            ["CHF"]
        );
        assert!(groups_thousands("150'000", '\'') && !groups_thousands("l’an 2000", '’'));
        assert_eq!(
            units(
                "À Vevey, le projet coûte 14,6 millions de francs.",
                Lang::Fr
            ),
            ["CHF"]
        );
        assert_eq!(
            units("Sindh farmers lost about 310 billion rupees.", Lang::En),
            ["PKR"]
        );
        // « Rs » in a Mauritian story: the Mauritian rupee
        assert_eq!(
            units(
                "À Curepipe, les planteurs ont perdu Rs 145 millions.",
                Lang::Fr
            ),
            ["MUR"]
        );
        // An explicit amount elsewhere in the document settles the bare ones.
        assert_eq!(
            units(
                "Le festival cherche 180 millions de francs CFA. Un billet coûte 2 000 francs.",
                Lang::Fr
            ),
            ["XOF", "XOF"]
        );
        // A member marked by its symbol sets it apart: the bare "$" is another dollar.
        assert_eq!(
            units(
                "Kestrel raised $1.1 billion. It bought the start-up Ledgerly for C$310 \
                 million.",
                Lang::En
            ),
            ["USD", "CAD"]
        );
        // … and no cue for its own member: "NZ$" names the one New Zealand amount of a
        // Melbourne story
        assert_eq!(
            units(
                "The Melbourne club has about $4.5 million in commitments, including \
                 NZ$600,000 from a New Zealand firm.",
                Lang::En
            ),
            ["AUD", "NZD"]
        );
    }

    #[test]
    fn explicit_and_unsupported_amounts_keep_their_currency() {
        // Written in US dollars: explicit, whatever the places.
        assert_eq!(
            units("The Toronto firm raised US$38 million.", Lang::En),
            ["USD"]
        );
        // No place: the default.
        assert_eq!(units("The firm raised $38 million.", Lang::En), ["USD"]);
        // As many cues for the default as for the other member: the default.
        assert_eq!(
            units(
                "The New York firm opened a Toronto office and raised $38 million.",
                Lang::En
            ),
            ["USD"]
        );
        // Currencies of no family are never touched.
        assert_eq!(
            units("À Genève, le billet coûte 40 euros.", Lang::Fr),
            ["EUR"]
        );
    }

    #[test]
    fn cents_are_in_the_currency_of_the_amount_before_or_of_the_places() {
        // the amount before, in the same paragraph
        assert_eq!(
            units(
                "En Valais, le chasselas est payé 3,80 francs le kilo, en hausse de 20 centimes.",
                Lang::Fr
            ),
            ["CHF", "CHF"]
        );
        // the member the places point to, with no amount before
        assert_eq!(
            units("In Sydney, a train ticket went up 20 cents.", Lang::En),
            ["AUD"]
        );
        // nothing points elsewhere: the default, in major units
        assert_eq!(
            units(
                "Le litre coûte 1,80 euro, soit 20 centimes de plus.",
                Lang::Fr
            ),
            ["EUR", "EUR"]
        );
        assert_eq!(
            units("Fares rose to $3.80, up 20 cents.", Lang::En),
            ["USD", "USD"]
        );
        // an amount in a currency without cents of that name is no guide
        assert_eq!(
            units("Shares rose to £3.80, and bus fares by 20 cents.", Lang::En),
            ["GBP", "USD"]
        );
        // nor is one in the paragraph before
        let dirhams = "Le pain coûte 1,50 dirham, en hausse de 20 centimes.";
        assert_eq!(units(dirhams, Lang::Fr), ["MAD", "MAD"]);
        let dirhams = "Le pain coûte 1,50 dirham.\n\nLe ticket a pris 20 centimes.";
        assert_eq!(units(dirhams, Lang::Fr), ["MAD", "EUR"]);
    }
}
