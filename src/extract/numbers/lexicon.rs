//! Language data (number words, scales, currencies, qualifiers, ...) loaded once
//! from the text files in `data/`.
//!
//! File format: one entry per line, `CATEGORY[:KEY[:KEY2...]] | VALUE, VALUE, ...`,
//! `#` starts a comment line. Values are tokenized with the scanner's own tokenizer
//! (lower-cased, accents folded), so multi-word values ("plus de", "jusqu'à") match
//! token by token with optional spaces between tokens.

use rustc_hash::FxBuildHasher;
use std::collections::HashMap;
use std::sync::LazyLock;

use super::Lang;
use super::text::{WordKey, tokenize_value, word_key_of};

const COMMON: &str = include_str!("data/common.txt");
const FR: &str = include_str!("data/fr.txt");
const EN: &str = include_str!("data/en.txt");

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum QualKind {
    Approx,
    Almost,
    MoreThan,
    LessThan,
    AtLeast,
    AtMost,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Role {
    Unit(f64),
    Teen(f64),
    Tens(f64),
    Hundred,
    HundredW,
    Scale(f64),
    Dozen,
    Ord(f64),
    OrdC(f64),
    And,
    Point,
    Over,
    OverLt,
    Neg,
    Article,
    FracArt,
    Qual(QualKind),
    PostQual(QualKind),
    RangeLead(&'static str),
    RangeInfix,
    Percent,
    PercentPoints,
    Dur(&'static str, f64),
    AgeAfter,
    AgeBefore,
    AgeBeforeBare,
    AgeVerb,
    AgeGroup(f64, f64),
    AgeYo,
    Per(&'static str),
    Month(u8),
    RelAfter,
    RelBefore,
    RelDate,
    YearCtx,
    /// a year after these is a date only when no unit or noun follows it
    YearCtxWeak,
    /// "2003 et 2019", "2011 and 2019": the conjunction that lists a year before a year, or a
    /// reference after a reference ("routes 44 and 47")
    YearList,
    /// "the 1947 motel": a year between a determiner and a singular noun
    YearDet,
    /// "its 2025 graduates", "Celtavia's 2025 operating profit": a year after a possessive
    YearPoss,
    /// "there's", "that's": words whose "'s" is a verb, not a possessive
    NotPossessive,
    DayPrefix,
    OrdDay,
    Vague(f64, f64, f64),
    VaguePl(f64, f64),
    VagueLead,
    VagueLead1,
    VagueOf,
    Stop,
    RefBefore,
    /// "bus", "train": after "the" and figures, a thing named by its number ("the 341 bus")
    RefAfter,
    /// "a", "of an", « d' »: between a spelled fraction and its unit ("half a century")
    FracLink,
    FuncWord,
    Name,
    Cur(&'static str, bool),
    Vulgar(f64),
    /// pre-nominal adjective skipped before a counted noun
    Adj,
    /// unit of measurement (symbol)
    Measure(&'static str),
    /// a unit only after digits: "95 degrees", not "two degrees in economics"; « 30
    /// pouces », not « deux pouces levés »
    MeasureDigits(&'static str),
    /// "à 20 heures": a time of day
    ClockBefore,
    /// "7 p.m.", "a 7 o'clock shift": a time of day
    ClockAfter,
    /// "29 voix contre 14"
    Contrast,
    /// "52,000 passengers in 2024, down from 61,500", "465 lits, dont 75"
    SameNoun,
    /// "85 of its 210 shops"
    PartOf,
    /// "passer de 18 % à 27 %", "rose from $12 to $15": a verb of change before a range lead
    /// makes its two numbers two values, the one before and the one after
    ChangeVerb,
    /// "0,4 point"
    PointWord,
    /// "I rang them 30 times.": counted at the end of a clause, a multiplier otherwise
    /// ("three times the price", « deux fois plus »)
    TimesNoun,
    /// adverbs between an age verb and the age
    AgeAdv,
    /// "He's 15.", "She is 34,": a person and a form of "be" before a bare number ending the
    /// clause
    AgeIs,
    /// "or", "and": a clause may go on after such an age ("If you are over 65 or live alone")
    AgeIsThen,
    /// "neighbours", "children": people whose bound on a bare number ending the clause is their
    /// age ("Half my neighbours are over 70.", "children under 12 or pensioners")
    AgePeople,
    /// "are", "were", "aged": between such people and the bound
    AgeBe,
    /// « ses », « mes »: a possessive before a number of years gives someone's age (« du haut
    /// de ses 71 ans »), unless a complement follows (« ses 30 ans de carrière »)
    AgePoss,
    /// « depuis », "for": before them, "un an", "a year" is a duration, not a time reference
    DurLead,
    /// "the next decade", "la prochaine décennie"
    DurRel,
    /// « les douze derniers mois », "four more days": a word between a number and its
    /// unit of time
    DurMod,
    /// words after "a year"/"l'an" that make it a time reference, not a rate
    NotPer,
    /// « de prison », « ferme »: after years, a sentence served, never an age (« condamné à
    /// deux ans de prison »)
    Penalty,
    /// « un 4 ½ »: a determiner before a number with a half and no unit, which names a type
    TypeDet,
    /// a minor currency unit glued to digits (5.2p)
    GluedCur(&'static str),
    /// "pounds", « livres »: a currency that is also a unit of mass, that unit's code
    MassCur(&'static str),
    /// "of taxpayers' money", « de dette »: after "pounds of", a noun that keeps them money
    MoneyOf,
    /// « à deux pas », "at sixes and sevens": a set phrase whose number counts nothing
    Idiom,
    /// "the second half of April", « la première moitié de l'année »: an ordinal before a
    /// fraction makes it a part of a period, no quantity
    PeriodOrdinal,
    /// "2011 levels", "at 2019 prices": a noun a year before it dates
    YearNoun,
    /// « 60 points de vente », "12 points of sale": a point word and what makes it a place,
    /// not percentage points
    PointPlace,
    /// « neuf »: a number word that, after a determiner and a noun, is an adjective ("new")
    PostAdj,
    /// "rival 2011, when the crest reached": a year that a clause of time follows is a date
    YearWhen,
    /// « des », "the": a determiner after a spelled fraction that opens the whole it is taken
    /// of (« la moitié des salariés », "half the staff")
    WholeDet,
}

impl Role {
    /// Roles that may start an expression: the scanner only tries its parsers at
    /// words whose first token carries one of these.
    fn is_trigger(&self) -> bool {
        !matches!(
            self,
            Role::Stop
                | Role::RefBefore
                | Role::RefAfter
                | Role::FracLink
                | Role::FuncWord
                | Role::Name
                | Role::YearCtx
                | Role::YearCtxWeak
                | Role::YearList
                | Role::YearDet
                | Role::YearPoss
                | Role::NotPossessive
                | Role::Adj
                | Role::Measure(_)
                | Role::MeasureDigits(_)
                | Role::ClockBefore
                | Role::ClockAfter
                | Role::MassCur(_)
                | Role::MoneyOf
                | Role::Idiom
                | Role::PeriodOrdinal
                | Role::YearNoun
                | Role::PointPlace
                | Role::PostAdj
                | Role::YearWhen
                | Role::WholeDet
                | Role::Contrast
                | Role::SameNoun
                | Role::PartOf
                | Role::ChangeVerb
                | Role::PointWord
                | Role::TimesNoun
                | Role::AgeAdv
                | Role::AgeIs
                | Role::AgeIsThen
                | Role::AgePeople
                | Role::AgeBe
                | Role::AgePoss
                | Role::DurLead
                | Role::DurMod
                | Role::NotPer
                | Role::GluedCur(_)
                | Role::DayPrefix
                | Role::OrdDay
                | Role::AgeAfter
                | Role::AgeVerb
                | Role::RelAfter
                | Role::Per(_)
                | Role::VagueOf
                | Role::And
                | Role::Point
                | Role::Over
                | Role::OverLt
                | Role::RangeInfix
                | Role::PercentPoints
                | Role::Dur(_, _)
                | Role::AgeYo
                | Role::FracArt
                | Role::HundredW
                | Role::Cur(_, false)
                | Role::PostQual(_)
                | Role::Penalty
                | Role::TypeDet
        )
    }

    /// Roles that may follow a lone article or "one" in an expression: the next atom of the
    /// number, a vague amount after "a" ("a dozen"), a range infix or a unit (`Cx::body`
    /// reads no counted noun after a lone "one").
    fn continues_one(&self) -> bool {
        self.is_number_word()
            || matches!(
                self,
                Role::Vague(..)
                    | Role::VaguePl(..)
                    | Role::RangeInfix
                    | Role::Percent
                    | Role::PercentPoints
                    | Role::Cur(..)
                    | Role::Dur(..)
                    | Role::Measure(_)
                    | Role::AgeYo
            )
    }

    pub(super) fn is_number_word(&self) -> bool {
        matches!(
            self,
            Role::Unit(_)
                | Role::Teen(_)
                | Role::Tens(_)
                | Role::Hundred
                | Role::HundredW
                | Role::Scale(_)
                | Role::Dozen
                | Role::Ord(_)
                | Role::OrdC(_)
                | Role::And
                | Role::Point
                | Role::Over
                | Role::OverLt
                | Role::Neg
                | Role::Article
                | Role::VagueOf
        )
    }
}

pub(super) const M_DATE: u32 = 1;
pub(super) const M_QUAL: u32 = 2;
pub(super) const M_AGE: u32 = 4;
pub(super) const M_RANGE: u32 = 8;
pub(super) const M_VAGUE: u32 = 16;
pub(super) const M_BODY: u32 = 32;
pub(super) const M_ALL: u32 = 63;

impl Role {
    /// Which sub-parsers may succeed at a word carrying this role.
    pub(super) fn parser_mask(&self) -> u32 {
        match self {
            Role::RelDate | Role::RelBefore | Role::Month(_) | Role::DurRel => M_DATE,
            Role::RangeLead(_) => M_RANGE | M_DATE,
            Role::Qual(_) => M_QUAL,
            Role::AgeBefore | Role::AgeBeforeBare | Role::AgeGroup(..) => M_AGE,
            Role::Vague(..) | Role::VaguePl(..) | Role::VagueLead | Role::VagueLead1 => M_VAGUE,
            Role::Hundred | Role::Scale(_) => M_VAGUE | M_BODY,
            Role::Article => M_BODY | M_VAGUE,
            Role::Cur(_, true) | Role::FracArt | Role::Vulgar(_) => M_BODY,
            // number words that only continue a number ("et", "of", "over") start no body
            Role::And
            | Role::Point
            | Role::Over
            | Role::OverLt
            | Role::VagueOf
            | Role::HundredW => 0,
            r if r.is_number_word() => M_BODY,
            _ => 0,
        }
    }
}

/// A small integer naming one distinct normalised word of the lexicon (first or later token
/// of an entry): the scanner looks a token up once and then compares ids, not bytes.
pub(super) type WordId = u32;

/// The id of a token that is no lexicon word (or of no token at all).
pub(super) const NO_WORD: WordId = WordId::MAX;

pub(super) struct Entry {
    /// the tokens after the first, as word ids
    pub rest: Box<[WordId]>,
    pub role: Role,
}

/// The ids of the short words by key, in open addressing with linear probing, kept at most a
/// quarter full: a lookup is mostly one multiply and one tag read (the scanner looks up every
/// word of the text, and most are no lexicon word: a miss ends at an empty tag). The one-byte
/// tags (8 KB for a lexicon's thousand-odd words) stay in the first-level cache where the
/// slots (32 bytes each) would not; a slot is read only when its tag matches.
struct KeyTable {
    /// one per slot: 0 for an empty slot, else a few bits of its key's hash (never 0)
    tags: Vec<u8>,
    /// (key, id), a power of two of them
    slots: Vec<(WordKey, WordId)>,
    len: usize,
}

impl KeyTable {
    fn new() -> KeyTable {
        KeyTable {
            tags: vec![0; 64],
            slots: vec![(0, NO_WORD); 64],
            len: 0,
        }
    }

    /// Where the probe for `key` starts (before masking) and its tag: the key's halves folded
    /// into one word, then a Fibonacci hash, whose high bits mix all of them (the start takes
    /// bits 40 and up, the tag the top byte).
    #[inline]
    fn home(key: WordKey) -> (usize, u8) {
        let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(32);
        let h = x.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        ((h >> 40) as usize, ((h >> 56) as u8) | 1)
    }

    #[inline]
    fn get(&self, key: WordKey) -> WordId {
        let mask = self.tags.len() - 1;
        let (mut i, tag) = Self::home(key);
        loop {
            match self.tags.get(i & mask) {
                Some(&t) if t == tag => match self.slots.get(i & mask) {
                    Some(&(k, id)) if k == key => return id,
                    _ => i += 1,
                },
                Some(&t) if t != 0 => i += 1,
                _ => return NO_WORD,
            }
        }
    }

    fn insert(&mut self, key: WordKey, id: WordId) {
        if 4 * (self.len + 1) > self.slots.len() {
            let size = 2 * self.slots.len();
            let old = std::mem::replace(&mut self.slots, vec![(0, NO_WORD); size]);
            let old_tags = std::mem::replace(&mut self.tags, vec![0; size]);
            self.len = 0;
            for ((k, v), _) in old.into_iter().zip(old_tags).filter(|(_, t)| *t != 0) {
                self.insert(k, v);
            }
        }
        let mask = self.tags.len() - 1;
        let (mut i, tag) = Self::home(key);
        while let Some(t) = self.tags.get_mut(i & mask) {
            if *t == 0 {
                *t = tag;
                if let Some(slot) = self.slots.get_mut(i & mask) {
                    *slot = (key, id);
                }
                self.len += 1;
                return;
            }
            i += 1;
        }
    }
}

/// What the scanner tests of a word before (or instead of) reading its entries.
#[derive(Clone, Copy, Default)]
pub(super) struct WordFlags {
    /// the word is the first token of a trigger entry
    pub trigger: bool,
    /// no sub-parser can succeed at the word when the token after it is a word of no entry,
    /// or one that continues neither the word's entries nor a lone number (see `Cx::try_at`)
    pub inert_alone: bool,
    /// the word starts an entry that may continue a lone article or "one" (see
    /// `Role::continues_one`)
    pub continues_one: bool,
    /// a word token with this id may begin an amount whatever follows it (see
    /// `Cx::amount_may_start`)
    pub starts_amount: bool,
    /// the word starts an entry of an ordinal ("moitié" after « la »)
    pub starts_ord: bool,
    /// the word has a role that makes it no plain word (see `Lexicon::knows_id`)
    pub known: bool,
    /// "times", « fois »: counted only at the end of a clause (see `Cx::noun_ok`)
    pub times_noun: bool,
    /// the union of the parser masks of the word's single-token entries, less the roles
    /// `Cx::word_mask` defers (range lead-ins and « la »): all the word gives when no entry
    /// of several tokens matches
    pub alone_mask: u32,
    /// a single-token entry is a range lead-in (« de », "from")
    pub alone_range_lead: bool,
    /// a single-token entry is an article of a fraction (« la » moitié)
    pub alone_frac_art: bool,
    /// bit `id % 64` set for the id of the second token of each entry of the word: a next
    /// word whose bit is clear is the second token of none (see `Lexicon::pairs_with`)
    pub second_bits: u64,
}

/// The bit of `WordFlags::second_bits` for the word `id`.
#[inline]
fn second_bit(id: WordId) -> u64 {
    1 << (id % 64)
}

pub(super) struct Lexicon {
    /// the id of every short word of the lexicon, by its key (most words: one integer hashed
    /// and compared, no bytes)
    short_ids: KeyTable,
    /// the id of every longer word, by its normalised bytes (no UTF-8 check on lookups)
    long_ids: HashMap<Box<[u8]>, WordId, FxBuildHasher>,
    /// the entries starting with each word, by word id (empty for words found only after
    /// the first token of an entry)
    lists: Vec<Vec<Entry>>,
    /// what the scanner tests of a word before reading its entries, by word id
    flags: Vec<WordFlags>,
    /// ASCII symbols that start a trigger entry ($, %, >, ...).
    pub ascii_sym_trigger: [bool; 128],
    /// Case-sensitive digit suffixes (k, M, bn, Md...), longest first.
    pub suffixes: Vec<(String, f64)>,
    /// The first bytes of `suffixes`.
    suffix_first: [bool; 256],
    /// Suffixes allowed only right after a currency amount ($1.2m).
    pub cursuffixes: Vec<(String, f64)>,
    /// Scale prefixes glued to ISO codes (MUSD, MEUR).
    pub isoscales: Vec<(String, f64)>,
    /// The first bytes of `isoscales`.
    isoscale_first: [bool; 256],
}

/// Tokens after the first one that `each_match` reads once per call.
const REST_CACHE: usize = 4;

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn num(s: Option<&str>) -> Option<f64> {
    s.and_then(|x| x.trim().parse::<f64>().ok())
}

fn role_for(cat: &str, k1: Option<&str>, k2: Option<&str>, k3: Option<&str>) -> Option<Role> {
    let r = match cat {
        "unit" => Role::Unit(num(k1)?),
        "teen" => Role::Teen(num(k1)?),
        "tens" => Role::Tens(num(k1)?),
        "hundred" => Role::Hundred,
        "hundredw" => Role::HundredW,
        "scale" => Role::Scale(num(k1)?),
        "dozen" => Role::Dozen,
        "ord" => Role::Ord(num(k1)?),
        "ordc" => Role::OrdC(num(k1)?),
        "and" => Role::And,
        "point" => Role::Point,
        "over" => Role::Over,
        "overlt" => Role::OverLt,
        "neg" => Role::Neg,
        "article" => Role::Article,
        "fracart" => Role::FracArt,
        "qual" => Role::Qual(match k1? {
            "approx" => QualKind::Approx,
            "almost" => QualKind::Almost,
            "more_than" => QualKind::MoreThan,
            "less_than" => QualKind::LessThan,
            "at_least" => QualKind::AtLeast,
            "at_most" => QualKind::AtMost,
            _ => return None,
        }),
        "postqual" => Role::PostQual(match k1? {
            "at_least" => QualKind::AtLeast,
            "at_most" => QualKind::AtMost,
            _ => return None,
        }),
        "range" => {
            let mid = tokenize_value(k1?);
            Role::RangeLead(leak(mid.first()?))
        }
        "rangeinfix" => Role::RangeInfix,
        "percent" => Role::Percent,
        "pp" => Role::PercentPoints,
        "dur" => Role::Dur(leak(k1?), num(k2)?),
        "ageafter" => Role::AgeAfter,
        "agebefore" => Role::AgeBefore,
        "agebeforebare" => Role::AgeBeforeBare,
        "agever" => Role::AgeVerb,
        "agegroup" => Role::AgeGroup(num(k1)?, num(k2)?),
        "ageyo" => Role::AgeYo,
        "per" => Role::Per(leak(k1?)),
        "month" => Role::Month(num(k1)? as u8),
        "relafter" => Role::RelAfter,
        "relbefore" => Role::RelBefore,
        "reldate" => Role::RelDate,
        "yearctx" => Role::YearCtx,
        "yearweak" => Role::YearCtxWeak,
        "yearlist" => Role::YearList,
        "yeardet" => Role::YearDet,
        "yearposs" => Role::YearPoss,
        "notposs" => Role::NotPossessive,
        "adj" => Role::Adj,
        "measure" => Role::Measure(leak(k1?)),
        "measuredigits" => Role::MeasureDigits(leak(k1?)),
        "clockbefore" => Role::ClockBefore,
        "clockafter" => Role::ClockAfter,
        "masscur" => Role::MassCur(leak(k1?)),
        "moneyof" => Role::MoneyOf,
        "idiom" => Role::Idiom,
        "periodord" => Role::PeriodOrdinal,
        "yearnoun" => Role::YearNoun,
        "ptplace" => Role::PointPlace,
        "postadj" => Role::PostAdj,
        "yearwhen" => Role::YearWhen,
        "wholedet" => Role::WholeDet,
        "contrast" => Role::Contrast,
        "samenoun" => Role::SameNoun,
        "partof" => Role::PartOf,
        "changeverb" => Role::ChangeVerb,
        "ptword" => Role::PointWord,
        "timesnoun" => Role::TimesNoun,
        "ageadv" => Role::AgeAdv,
        "ageis" => Role::AgeIs,
        "ageisthen" => Role::AgeIsThen,
        "agepeople" => Role::AgePeople,
        "agebe" => Role::AgeBe,
        "ageposs" => Role::AgePoss,
        "durlead" => Role::DurLead,
        "penalty" => Role::Penalty,
        "typedet" => Role::TypeDet,
        "durrel" => Role::DurRel,
        "durmod" => Role::DurMod,
        "notper" => Role::NotPer,
        "gluedcur" => Role::GluedCur(leak(k1?)),
        "dayprefix" => Role::DayPrefix,
        "ordday" => Role::OrdDay,
        "vague" => Role::Vague(num(k1)?, num(k2)?, num(k3)?),
        "vaguepl" => Role::VaguePl(num(k1)?, num(k2)?),
        "vaguelead" => Role::VagueLead,
        "vaguelead1" => Role::VagueLead1,
        "vagueof" => Role::VagueOf,
        "stop" => Role::Stop,
        "refbefore" => Role::RefBefore,
        "refafter" => Role::RefAfter,
        "fraclink" => Role::FracLink,
        "funcword" => Role::FuncWord,
        "name" => Role::Name,
        "cur" => Role::Cur(leak(k1?), false),
        "curp" => Role::Cur(leak(k1?), true),
        "vulgar" => Role::Vulgar(num(k1)?),
        _ => return None,
    };
    Some(r)
}

impl Lexicon {
    fn load(sources: &[&str]) -> Lexicon {
        let mut lex = Lexicon {
            short_ids: KeyTable::new(),
            long_ids: HashMap::default(),
            lists: Vec::new(),
            flags: Vec::new(),
            ascii_sym_trigger: [false; 128],
            suffixes: Vec::new(),
            suffix_first: [false; 256],
            cursuffixes: Vec::new(),
            isoscales: Vec::new(),
            isoscale_first: [false; 256],
        };
        for src in sources {
            for line in src.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let Some((lhs, rhs)) = line.split_once('|') else {
                    continue;
                };
                let mut keys = lhs.trim().split(':');
                let cat = keys.next().unwrap_or("").trim();
                let k1 = keys.next();
                let k2 = keys.next();
                let k3 = keys.next();
                let values = rhs.split(',').map(str::trim).filter(|v| !v.is_empty());
                match cat {
                    "suffix" | "cursuffix" | "isoscale" => {
                        let Some(v) = num(k1) else { continue };
                        let list = match cat {
                            "suffix" => &mut lex.suffixes,
                            "cursuffix" => &mut lex.cursuffixes,
                            _ => &mut lex.isoscales,
                        };
                        for s in values {
                            list.push((s.to_string(), v));
                        }
                        continue;
                    }
                    _ => {}
                }
                let Some(role) = role_for(cat, k1, k2, k3) else {
                    continue;
                };
                for v in values {
                    let toks = tokenize_value(v);
                    let Some((first, rest)) = toks.split_first() else {
                        continue;
                    };
                    let rest = rest.iter().map(|w| lex.intern(w)).collect();
                    let first_id = lex.intern(first);
                    if let Some(list) = lex.lists.get_mut(first_id as usize) {
                        list.push(Entry { rest, role });
                    }
                    if role.is_trigger() {
                        if let Some(f) = lex.flags.get_mut(first_id as usize) {
                            f.trigger = true;
                        }
                        if let [b] = first.as_bytes()
                            && let Some(slot) = lex.ascii_sym_trigger.get_mut(usize::from(*b))
                        {
                            *slot = !b.is_ascii_alphanumeric();
                        }
                    }
                }
            }
        }
        // Followed by a word of no entry, or by one that is no second token of its entries, a
        // word matches only its single-token entries. With roles of no parser (stop words,
        // "the") its mask is empty; a lone article or "one" ("a", "un", "une") starts no vague
        // amount and reads as a number that `body` drops, as long as the word after it
        // continues neither (see `Role::continues_one`).
        for (f, list) in lex.flags.iter_mut().zip(&lex.lists) {
            let alone = || list.iter().filter(|e| e.rest.is_empty());
            f.inert_alone = !list.is_empty()
                && alone().all(|e| {
                    matches!(e.role, Role::Article | Role::VagueLead1)
                        || matches!(e.role, Role::Unit(v) if v == 1.0)
                        || e.role.parser_mask() == 0
                });
            f.continues_one = list.iter().any(|e| e.role.continues_one());
            // « la » begins an amount only as « la moitié » (see `Cx::amount_may_start`)
            f.starts_amount = list.iter().any(|e| {
                e.role.parser_mask() & (M_BODY | M_VAGUE) != 0
                    && !(e.role == Role::FracArt && e.rest.is_empty())
            });
            f.starts_ord = list.iter().any(|e| matches!(e.role, Role::Ord(_)));
            // (a noun of money is still a noun a figure may count: "52 million shares")
            f.known = list.iter().any(|e| {
                !(e.rest.is_empty()
                    && matches!(
                        e.role,
                        Role::ChangeVerb | Role::MeasureDigits(_) | Role::MoneyOf
                    ))
            });
            f.times_noun = alone().any(|e| e.role == Role::TimesNoun);
            f.second_bits = list
                .iter()
                .filter_map(|e| e.rest.first())
                .fold(0, |bits, &id| bits | second_bit(id));
            for e in alone() {
                match e.role {
                    Role::RangeLead(_) => f.alone_range_lead = true,
                    Role::FracArt => f.alone_frac_art = true,
                    r => f.alone_mask |= r.parser_mask(),
                }
            }
        }
        for (pre, _) in &lex.isoscales {
            if let Some(slot) = pre
                .as_bytes()
                .first()
                .and_then(|&b| lex.isoscale_first.get_mut(usize::from(b)))
            {
                *slot = true;
            }
        }
        for (sfx, _) in &lex.suffixes {
            if let Some(slot) = sfx
                .as_bytes()
                .first()
                .and_then(|&b| lex.suffix_first.get_mut(usize::from(b)))
            {
                *slot = true;
            }
        }
        for l in [&mut lex.suffixes, &mut lex.cursuffixes, &mut lex.isoscales] {
            l.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        lex
    }

    /// The id of `w`, given a new one if it has none yet.
    fn intern(&mut self, w: &str) -> WordId {
        let found = self.word_id(w.as_bytes());
        if found != NO_WORD {
            return found;
        }
        let id = WordId::try_from(self.lists.len()).unwrap_or(NO_WORD);
        match word_key_of(w.as_bytes()) {
            Some(key) => self.short_ids.insert(key, id),
            None => {
                self.long_ids.insert(w.as_bytes().into(), id);
            }
        }
        self.lists.push(Vec::new());
        self.flags.push(WordFlags::default());
        id
    }

    /// The id of the normalised word `norm` (`NO_WORD` when the lexicon has no such word).
    #[inline]
    pub(super) fn word_id(&self, norm: &[u8]) -> WordId {
        match word_key_of(norm) {
            Some(key) => self.key_id(key),
            None => self.long_ids.get(norm).copied().unwrap_or(NO_WORD),
        }
    }

    /// The id of the short word with this key (`NO_WORD` when the lexicon has no such word).
    #[inline]
    pub(super) fn key_id(&self, key: WordKey) -> WordId {
        self.short_ids.get(key)
    }

    /// The entries starting with the word `id` (empty for `NO_WORD`).
    #[inline]
    pub(super) fn entries_of(&self, id: WordId) -> &[Entry] {
        self.lists.get(id as usize).map_or(&[], Vec::as_slice)
    }

    /// The flags of the word `id` (all false for `NO_WORD`).
    #[inline]
    pub(super) fn flags(&self, id: WordId) -> WordFlags {
        self.flags.get(id as usize).copied().unwrap_or_default()
    }

    /// Is `next` the second token of an entry of the word `id`? Mostly told by one bit of
    /// the word's flags: the commonest triggers ("the", « de ») start dozens of entries.
    #[inline]
    pub(super) fn pairs_with(&self, id: WordId, next: WordId) -> bool {
        self.flags(id).second_bits & second_bit(next) != 0 && self.pairs_with_in_entries(id, next)
    }

    /// [`Self::pairs_with`] by going through the word's entries.
    pub(super) fn pairs_with_in_entries(&self, id: WordId, next: WordId) -> bool {
        self.entries_of(id)
            .iter()
            .any(|e| e.rest.first() == Some(&next))
    }

    /// The multiplier of the digit suffix `w` (the first of `suffixes` written so): most
    /// words after a number start with no suffix's first byte, and are compared with none.
    pub(super) fn suffix_value(&self, w: &str) -> Option<f64> {
        let first = *w.as_bytes().first()?;
        if !self
            .suffix_first
            .get(usize::from(first))
            .copied()
            .unwrap_or(false)
        {
            return None;
        }
        self.suffixes
            .iter()
            .find(|(sfx, _)| sfx == w)
            .map(|&(_, v)| v)
    }

    /// Can a word starting with this byte be an ISO code with a scale prefix (MUSD)?
    #[inline]
    pub(super) fn isoscale_start(&self, b: u8) -> bool {
        self.isoscale_first
            .get(usize::from(b))
            .copied()
            .unwrap_or(false)
    }

    /// Is the word `id` the first token of a trigger entry?
    #[inline]
    pub(super) fn is_trigger(&self, id: WordId) -> bool {
        self.flags(id).trigger
    }

    /// Longest entry of `list` (the entries of the token ending at `end`) whose role
    /// satisfies `pred`: the role and the end byte offset of the match. `next_tok` reads
    /// the token after a position (spaces skipped).
    pub(super) fn longest_in(
        &self,
        end: usize,
        list: &[Entry],
        pred: impl Fn(&Role) -> bool,
        next_word: impl Fn(usize) -> (usize, WordId),
    ) -> Option<(Role, usize)> {
        let mut best: Option<(Role, usize)> = None;
        each_match(end, list, pred, next_word, |role, p| {
            if best.is_none_or(|(_, bp)| p > bp) {
                best = Some((role, p));
            }
        });
        best
    }

    /// Does the single normalised word carry a role satisfying `pred`?
    pub(super) fn word_has(&self, norm: &str, pred: impl Fn(&Role) -> bool) -> bool {
        self.id_has(self.word_id(norm.as_bytes()), pred)
    }

    /// Does the word `id` alone carry a role satisfying `pred`?
    pub(super) fn id_has(&self, id: WordId, pred: impl Fn(&Role) -> bool) -> bool {
        self.entries_of(id)
            .iter()
            .any(|e| e.rest.is_empty() && pred(&e.role))
    }

    /// The first single-token role of this word satisfying `pred`.
    pub(super) fn word_role(&self, norm: &str, pred: impl Fn(&Role) -> bool) -> Option<Role> {
        self.entries_of(self.word_id(norm.as_bytes()))
            .iter()
            .find(|e| e.rest.is_empty() && pred(&e.role))
            .map(|e| e.role)
    }

    /// Any role at all for this word? A verb of change alone does not count: it is read only
    /// before a range lead, and is otherwise any word ("62 raised beds", "300 drops"); nor
    /// does a unit read only after digits ("two degrees in economics" counts degrees).
    pub(super) fn knows(&self, norm: impl AsRef<[u8]>) -> bool {
        self.knows_id(self.word_id(norm.as_ref()))
    }

    pub(super) fn knows_id(&self, id: WordId) -> bool {
        self.flags(id).known
    }
}

/// Calls `found(role, end of the match)` for each entry of `list` (the entries of the token
/// ending at `end`) whose role satisfies `pred` and whose further tokens follow, in the
/// order of `list`. `next_word` gives the end and word id of the token after a position
/// (spaces skipped), `usize::MAX` as the end when there is none.
pub(super) fn each_match(
    end: usize,
    list: &[Entry],
    pred: impl Fn(&Role) -> bool,
    next_word: impl Fn(usize) -> (usize, WordId),
    mut found: impl FnMut(Role, usize),
) {
    // the tokens after the first, read once for all the entries that need them
    let mut after = [(usize::MAX, NO_WORD); REST_CACHE];
    let mut read = 0usize;
    for e in list {
        if !pred(&e.role) {
            continue;
        }
        let mut p = end;
        let mut ok = true;
        for (i, &r) in e.rest.iter().enumerate() {
            let (te, id) = if i < REST_CACHE {
                while read <= i {
                    let from = match read {
                        0 => end,
                        k => after.get(k - 1).map_or(usize::MAX, |x| x.0),
                    };
                    if let Some(slot) = after.get_mut(read) {
                        *slot = if from == usize::MAX {
                            (usize::MAX, NO_WORD)
                        } else {
                            next_word(from)
                        };
                    }
                    read += 1;
                }
                after.get(i).copied().unwrap_or((usize::MAX, NO_WORD))
            } else {
                next_word(p)
            };
            // entries hold no `NO_WORD`, so a token that is no lexicon word matches nothing
            if te == usize::MAX || id != r {
                ok = false;
                break;
            }
            p = te;
        }
        if ok {
            found(e.role, p);
        }
    }
}

static LEX_FR: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::load(&[COMMON, FR]));
static LEX_EN: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::load(&[COMMON, EN]));

pub(super) fn lexicon(lang: Lang) -> &'static Lexicon {
    match lang {
        Lang::Fr => &LEX_FR,
        Lang::En => &LEX_EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pairs_with` first tests one bit of the word's flags: it must say what going through
    /// the word's entries says, for every word of the lexicon and every word after it.
    #[test]
    fn pairs_with_agrees_with_the_entries() {
        for lang in [Lang::Fr, Lang::En] {
            let lex = lexicon(lang);
            let ids = 0..WordId::try_from(lex.flags.len()).expect("ids fit a WordId");
            let mut pairs = 0;
            for id in ids.clone() {
                for next in ids.clone().chain([NO_WORD]) {
                    let full = lex.pairs_with_in_entries(id, next);
                    assert_eq!(lex.pairs_with(id, next), full, "{id} {next}");
                    pairs += usize::from(full);
                }
            }
            assert!(pairs > 100, "{pairs}");
        }
    }
}
