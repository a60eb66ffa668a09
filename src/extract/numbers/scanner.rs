//! The expression grammar and the single forward scanning pass.

use std::ops::Range;

use super::digits::parse_digits;
use super::lexicon::{
    Entry, Lexicon, M_AGE, M_ALL, M_BODY, M_DATE, M_QUAL, M_RANGE, M_VAGUE, NO_WORD, QualKind,
    Role, WordId, each_match, lexicon,
};
use super::text::{
    Tok, TokKind, alnum_end, char_at, char_before, count_spaces, digits_key, has_upper, is_apos,
    is_letter, is_space, letters_end, norm_of, prev_word, skip_spaces, word_key,
};
use super::words::{AK, Atom, eval};
use super::{ClaimKind, Lang, NumericExpr, Qualifier, ScanOptions};

const MAXA: usize = 32;

/// Where a token ends and its lexicon entries, as `Cx::entries_at` finds them.
type Entries = Option<(usize, &'static [Entry])>;

/// How far before "N point(s)" a percentage makes it percentage points (bytes).
const PERCENT_WINDOW: usize = 500;

struct Cx<'t> {
    text: &'t str,
    lex: &'static Lexicon,
    lang: Lang,
    all: bool,
    /// reading the minor part of an amount ("et quarante-cinq cents"): no "cents" = hundred
    minor_mode: std::cell::Cell<bool>,
    /// ratios (2000 over 3) are not read right after a currency
    no_ratio: std::cell::Cell<bool>,
    /// the tokens read lately after a position (spaces skipped), by that position modulo
    /// `TOK_MEMO`: (position, token start, token end, word id), the end `usize::MAX` when no
    /// token follows. Entries are matched by word id: a token is looked up in the lexicon
    /// once, however many entries compare it.
    words: std::cell::RefCell<[(usize, usize, usize, WordId); TOK_MEMO]>,
    /// sub-parsers worth trying at the current trigger word
    mask: std::cell::Cell<u32>,
    /// tokens read lately, by position modulo `TOK_MEMO`: the parsers tried at one place
    /// read the same few tokens over and over
    toks: std::cell::RefCell<[(usize, Option<Tok>); TOK_MEMO]>,
    /// the entries matching completely where the parsers were last tried
    trig: std::cell::RefCell<TrigMatches>,
}

/// Most entries remembered by `TrigMatches` (a word seldom has more than a few matching).
const TRIG_MAX: usize = 8;

/// The lexicon entries matching completely at the position where the parsers are tried (a
/// trigger word, digits, a symbol), in lexicon order: found once, they answer every
/// `Cx::longest` of the sub-parsers tried there (about fifteen) without looking the token up
/// or going through its whole entry list again.
struct TrigMatches {
    /// the position, `usize::MAX` when nothing is remembered
    pos: usize,
    n: usize,
    found: [(Role, usize); TRIG_MAX],
}

/// Roles found by `Cx::remember_matches` whose parsers are worth trying only when what
/// follows them can continue them (see `Cx::word_mask`).
#[derive(Default)]
struct Deferred {
    range_lead: bool,
    frac_art: bool,
}

/// Slots of `Cx::toks` and `Cx::words`.
const TOK_MEMO: usize = 64;

/// A parsed number.
#[derive(Clone, Copy, Debug)]
struct NumP {
    start: usize,
    end: usize,
    value: f64,
    /// scale multiplier contained in the number (k, bn, millions, ...)
    scale: Option<f64>,
    /// ends with a scale word or suffix, so "de dollars" / "d'habitants" may follow
    scale_word: bool,
    /// plain integer written with bare digits
    plain: Option<u64>,
    ndigits: usize,
    /// a lone "un", "une", "one"
    one_word: bool,
    digits: bool,
}

/// Err(Some(end)): not a claim, skip up to `end`; Err(None): nothing here.
type PRes<T> = Result<T, Option<usize>>;

#[derive(Clone, Debug)]
struct Body {
    end: usize,
    core_start: usize,
    core_end: usize,
    kind: ClaimKind,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    range: bool,
    vague: bool,
    unit: Option<String>,
    per: Option<&'static str>,
    date: Option<String>,
    nums: Vec<(Range<usize>, f64)>,
    one_word: bool,
    post: Option<QualKind>,
    first: Option<NumP>,
    /// The claim starts at `core_start`, past the words where it was tried: the lead of a
    /// range read as a change (« passer de 14 à 6 médecins » claims « 14 »).
    lead_dropped: bool,
}

impl Body {
    fn new(kind: ClaimKind, core_start: usize, end: usize) -> Body {
        Body {
            end,
            core_start,
            core_end: end,
            kind,
            value: None,
            low: None,
            high: None,
            range: false,
            vague: false,
            unit: None,
            per: None,
            date: None,
            nums: Vec::new(),
            one_word: false,
            post: None,
            first: None,
            lead_dropped: false,
        }
    }
}

enum Outcome {
    Claim(NumericExpr),
    Skip(usize),
    Nothing,
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '\u{2011}')
}

/// The years a bare four-digit number is read as by what follows it (a list, a dated noun, a
/// clause of time): those of the last two centuries; "1200 et 1500" is likelier two amounts.
const RECENT_YEARS: std::ops::RangeInclusive<u64> = 1800..=2100;

fn year_like(v: Option<u64>, nd: usize) -> Option<u64> {
    match v {
        Some(y) if nd == 4 && (1000..=2999).contains(&y) => Some(y),
        _ => None,
    }
}

impl<'t> Cx<'t> {
    /// The token starting at `pos`, through the memo.
    fn tok_at(&self, pos: usize) -> Option<Tok> {
        let slot = pos % TOK_MEMO;
        if let Some(&(p, t)) = self.toks.borrow().get(slot)
            && p == pos
        {
            return t;
        }
        let t = super::text::tok_at(self.text, pos);
        if let Some(entry) = self.toks.borrow_mut().get_mut(slot) {
            *entry = (pos, t);
        }
        t
    }

    /// Skips spaces, then reads a token (through the memo).
    fn next_tok(&self, pos: usize) -> Option<Tok> {
        self.tok_at(skip_spaces(self.text, pos))
    }

    /// The end and lexicon word id of the token after `pos` (spaces skipped), through the memo;
    /// (`usize::MAX`, `NO_WORD`) when no token follows.
    fn next_word(&self, pos: usize) -> (usize, WordId) {
        let (_, end, id) = self.next_word_span(pos);
        (end, id)
    }

    /// `next_word` with where the token starts (after the spaces).
    fn next_word_span(&self, pos: usize) -> (usize, usize, WordId) {
        let slot = pos % TOK_MEMO;
        if let Some(&(p, start, end, id)) = self.words.borrow().get(slot)
            && p == pos
        {
            return (start, end, id);
        }
        let start = skip_spaces(self.text, pos);
        let found = self.word_at(start);
        self.note_word(pos, start, found);
        // the scan loop reads the word at its start (`word_here`) when the parsers fail here
        if start != pos {
            self.note_word(start, start, found);
        }
        (start, found.0, found.1)
    }

    /// `word_at(pos)` for the scan loop: looked up in the memo of `next_word`, which mostly
    /// holds the word when the parsers were tried at the word before, but not put there.
    fn word_here(&self, pos: usize) -> (usize, WordId) {
        if let Some(&(p, _, end, id)) = self.words.borrow().get(pos % TOK_MEMO)
            && p == pos
        {
            return (end, id);
        }
        self.word_at(pos)
    }

    /// Puts the start, end and word id of the token after `pos` into the memo of
    /// `next_word`.
    fn note_word(&self, pos: usize, start: usize, found: (usize, WordId)) {
        if let Some(entry) = self.words.borrow_mut().get_mut(pos % TOK_MEMO) {
            *entry = (pos, start, found.0, found.1);
        }
    }

    /// The end and lexicon word id of the token starting at `pos` (no memo);
    /// (`usize::MAX`, `NO_WORD`) when none starts there.
    fn word_at(&self, pos: usize) -> (usize, WordId) {
        if let Some((end, key)) = word_key(self.text, pos).or_else(|| digits_key(self.text, pos)) {
            return (end, self.lex.key_id(key));
        }
        match self.tok_at(pos) {
            Some(t) => (t.end, self.lex.word_id(t.norm.as_bytes())),
            None => (usize::MAX, NO_WORD),
        }
    }

    /// The word id of the letters `s..e` (as `prev_word` finds them): `word_id` of their
    /// `norm_of`, mostly without building it (the key `word_key` reads at `s` is that of the
    /// same bytes when it ends at `e`).
    fn letters_id(&self, s: usize, e: usize) -> WordId {
        match word_key(self.text, s) {
            Some((end, key)) if end == e => self.lex.key_id(key),
            _ => self.lex.word_id(norm_of(self.slice(s..e)).as_bytes()),
        }
    }

    fn slice(&self, r: Range<usize>) -> &'t str {
        self.text.get(r).unwrap_or("")
    }

    /// Where the token at `pos` (spaces skipped) ends and its lexicon entries.
    fn entries_at(&self, pos: usize) -> Entries {
        let (end, id) = self.next_word(pos);
        let list = self.lex.entries_of(id);
        (end != usize::MAX && !list.is_empty()).then_some((end, list))
    }

    fn longest(&self, pos: usize, pred: impl Fn(&Role) -> bool) -> Option<(Role, usize)> {
        {
            let tm = self.trig.borrow();
            if tm.pos == pos {
                // the same choice as `longest_in`: the first of the longest matches
                let mut best: Option<(Role, usize)> = None;
                for &(r, e) in tm.found.get(..tm.n).unwrap_or(&[]) {
                    if pred(&r) && best.is_none_or(|(_, bp)| e > bp) {
                        best = Some((r, e));
                    }
                }
                return best;
            }
        }
        let (end, list) = self.entries_at(pos)?;
        self.lex.longest_in(end, list, pred, |p| self.next_word(p))
    }

    fn prev_word_norm_is(&self, pos: usize, pred: impl Fn(&Role) -> bool) -> bool {
        match prev_word(self.text, pos) {
            Some((s, e)) => {
                let gap = self.slice(e..pos);
                gap.chars().all(is_space) && self.lex.id_has(self.letters_id(s, e), pred)
            }
            None => false,
        }
    }

    /// The token ending right before `pos` (spaces skipped; an elided "d'", "l'", "jusqu'" is a
    /// token of its own), as (start, end). None after punctuation or at the start.
    fn prev_tok(&self, pos: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let end = text.get(..pos)?.trim_end_matches(is_space).len();
        let c = char_before(text, end)?;
        if is_apos(c) {
            let a = end - c.len_utf8();
            let (s, e) = prev_word(text, a)?;
            return (e == a).then_some((s, end));
        }
        if !is_letter(c) {
            return None;
        }
        prev_word(text, end)
    }

    /// The longest phrase (up to four tokens) with a role satisfying `pred` that ends right
    /// before `pos`: (role, phrase start).
    fn phrase_before(&self, pos: usize, pred: impl Fn(&Role) -> bool) -> Option<(Role, usize)> {
        let (s1, e1) = self.prev_tok(pos)?;
        let mut best = None;
        let mut s = s1;
        for _ in 0..4 {
            // `s` starts a word: no spaces to skip
            if let Some((end, list)) = self.entries_at(s)
                && let Some((r, e)) = self.lex.longest_in(end, list, &pred, |p| self.next_word(p))
                && e == e1
            {
                best = Some((r, s));
            }
            match self.prev_tok(s) {
                Some((s2, _)) => s = s2,
                None => break,
            }
        }
        best
    }

    /// A unit word (currency, percent, duration, measure, scale) right after `end`.
    fn unit_follows(&self, end: usize) -> bool {
        self.longest(end, |r| {
            matches!(
                r,
                Role::Percent
                    | Role::PercentPoints
                    | Role::Cur(..)
                    | Role::Dur(..)
                    | Role::Measure(_)
                    | Role::MeasureDigits(_)
                    | Role::Scale(_)
            )
        })
        .is_some()
    }

    /// Is the four-digit number `pos..end` a year by the words before it? A strong context
    /// ("en", "in", "since", "d'ici à", "fin de") makes it a date unless a unit follows; a weak
    /// one ("de", "on", "of") only when no counted noun follows either; a determiner ("the",
    /// "a") only when a singular noun follows ("the 1947 motel", not "the 2000 students").
    /// Returns the start of the context phrase.
    fn year_context(&self, pos: usize, end: usize) -> Option<usize> {
        self.year_listed_after_year(pos, end)
            .or_else(|| self.phrase_year_context(pos, end))
    }

    /// `year_context` by the phrase right before the year.
    fn phrase_year_context(&self, pos: usize, end: usize) -> Option<usize> {
        let (r, s) = self
            .phrase_before(pos, |r| {
                matches!(
                    r,
                    Role::YearCtx | Role::YearCtxWeak | Role::YearDet | Role::YearPoss
                )
            })
            .or_else(|| self.possessive_before(pos).map(|s| (Role::YearPoss, s)))?;
        if self.unit_follows(end) {
            return None;
        }
        let noun = || self.count_noun(end, false, 2.0, false);
        match r {
            // a plural noun after a possessive is dated by a year that is no round number
            // ("its 2025 graduates", "their 2000 employees")
            Role::YearPoss => {
                let year = self.slice(pos..end).parse::<u64>().unwrap_or(0);
                let recent = (1900..=2100).contains(&year);
                match noun() {
                    Some((ns, ne)) if looks_plural(self.slice(ns..ne)) => {
                        (recent && year % 100 != 0).then_some(s)
                    }
                    _ => recent.then_some(s),
                }
            }
            Role::YearCtxWeak if noun().is_some() => None,
            // "a 2019 sponsored walk": after "a", whatever follows but a plural; after "the",
            // only a singular noun ("Of the 2000 who applied" counts), or a name the year
            // dates ("the 1922 Colorado River Compact", "the 2015 Paris Agreement"; not "the
            // 2000 Americans")
            Role::YearDet => {
                let indefinite = self.longest(s, |r| matches!(r, Role::Article)).is_some();
                match noun() {
                    _ if self.dates_a_name(pos, end) => Some(s),
                    Some((ns, ne)) => (!looks_plural(self.slice(ns..ne))).then_some(s),
                    None => indefinite.then_some(s),
                }
            }
            _ => Some(s),
        }
    }

    /// Whether the year `pos..end` (of `RECENT_YEARS`) comes before a capitalised name whose
    /// last word is no plural ("the 1922 Colorado River Compact", "the 2015 Paris Agreement";
    /// not "the 2000 Americans").
    fn dates_a_name(&self, pos: usize, end: usize) -> bool {
        /// Longer runs of capitalised words are headlines or lists, not one name.
        const NAME_WORDS: usize = 5;
        let recent = self
            .slice(pos..end)
            .parse::<u64>()
            .is_ok_and(|y| RECENT_YEARS.contains(&y));
        if !recent {
            return false;
        }
        let mut last = None;
        let mut at = end;
        for _ in 0..NAME_WORDS {
            let Some(word) = self.capitalised_word_after(at) else {
                break;
            };
            at = word.end;
            last = Some(word);
        }
        last.is_some_and(|w| !looks_plural(self.slice(w)))
    }

    /// The capitalised word after the spaces past `at` (none when a word is glued to `at`).
    fn capitalised_word_after(&self, at: usize) -> Option<std::ops::Range<usize>> {
        self.next_tok(at)
            .filter(|t| {
                t.kind == TokKind::Word
                    && t.start > at
                    && self.slice(t.start..t.end).starts_with(char::is_uppercase)
            })
            .map(|t| t.start..t.end)
    }

    /// The start of an English possessive ("Celtavia's", "the airlines'") right before `pos`,
    /// past the spaces.
    fn possessive_before(&self, pos: usize) -> Option<usize> {
        if self.lang != Lang::En {
            return None;
        }
        let head = self.slice(0..pos).trim_end_matches(is_space);
        if head.len() == pos {
            return None;
        }
        // the word ends before "'s", or with the "s" of "s'"
        let word_end = ["'s", "’s"]
            .iter()
            .find_map(|m| head.strip_suffix(m))
            .or_else(|| {
                ["s'", "s’"]
                    .iter()
                    .find_map(|m| head.strip_suffix(m).map(|h| self.slice(0..h.len() + 1)))
            })?
            .len();
        let (s, e) = prev_word(self.text, word_end)?;
        (e == word_end
            && !self
                .lex
                .id_has(self.letters_id(s, e), |r| matches!(r, Role::NotPossessive)))
        .then_some(s)
    }

    /// "flooded in 2009, 2012 and 2015": a four-digit number right after a comma that follows
    /// a year of a list in a year context is a year of the same list (unless a unit or a
    /// counted noun follows: "in 2019, 2000 people left"). The list is walked back at most
    /// `YEAR_LIST` years, without recursion. Returns the start of the first year's context.
    fn year_listed_after_year(&self, pos: usize, end: usize) -> Option<usize> {
        const YEAR_LIST: usize = 6;
        if self.unit_follows(end) || self.count_noun(end, false, 2.0, false).is_some() {
            return None;
        }
        let mut at = pos;
        for _ in 0..YEAR_LIST {
            let before = self
                .slice(0..at)
                .trim_end_matches(is_space)
                .strip_suffix(',')?;
            let e = before.len();
            let s = e - before.bytes().rev().take_while(u8::is_ascii_digit).count();
            if e - s != 4
                || char_before(self.text, s)
                    .is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.')
            {
                return None;
            }
            year_like(self.slice(s..e).parse().ok(), 4)?;
            if let Some(context) = self.phrase_year_context(s, e) {
                return Some(context);
            }
            at = s;
        }
        None
    }

    /// The year `y` (of `RECENT_YEARS`) ending at `end` is a date by the words after it: a
    /// noun it dates ("near 2011 levels", role `yearnoun`) or, past a comma, a clause of time
    /// ("rival 2011, when the crest reached", role `yearwhen`; a round "2000, when" is likelier
    /// a count).
    fn year_by_what_follows(&self, y: u64, end: usize) -> bool {
        if self.longest(end, |r| matches!(r, Role::YearNoun)).is_some() {
            return true;
        }
        let q = skip_spaces(self.text, end);
        !y.is_multiple_of(100)
            && self.text.as_bytes().get(q) == Some(&b',')
            && self
                .longest(q + 1, |r| matches!(r, Role::YearWhen))
                .is_some()
    }

    /// "a connu 2003 et 2019", "in 2003, 2011 and 2019": the year (of `RECENT_YEARS`) ending
    /// at `end`, listed with commas and a conjunction (role `yearlist`) before a year that its
    /// context makes a date, is a date of the same list (the mirror of
    /// `year_listed_after_year`).
    fn year_listed_before_year(&self, end: usize) -> bool {
        const YEAR_LIST: usize = 6;
        // (start, end) of the recent year after `at`
        let recent_year_after = |at: usize| {
            let (y, e) = self.year_after(at)?;
            RECENT_YEARS.contains(&y).then_some((e - 4, e))
        };
        let mut at = end;
        for _ in 0..YEAR_LIST {
            let q = skip_spaces(self.text, at);
            if self.text.as_bytes().get(q) == Some(&b',') {
                let Some((_, e)) = recent_year_after(q + 1) else {
                    return false;
                };
                at = e;
                continue;
            }
            let Some((_, e)) = self.longest(q, |r| matches!(r, Role::YearList)) else {
                return false;
            };
            return recent_year_after(e)
                .is_some_and(|(s, e)| self.phrase_year_context(s, e).is_some());
        }
        false
    }

    // ------------------------------------------------------------------ numbers

    fn digit_atom(&self, q: usize, first: bool, allow_m: bool) -> PRes<Atom> {
        let text = self.text;
        let chain_before = matches!(char_before(text, q), Some(',' | '.' | '/'))
            && q > 0
            && char_before(text, q - 1).is_some_and(|c| c.is_ascii_digit());
        let s = text.get(q..).ok_or(None)?;
        let d = parse_digits(s, self.lang, chain_before).ok_or(None)?;
        let mut e = q + d.len;
        let mut value = d.value;
        let mut scaled = false;
        if let Some(c) = char_at(text, e) {
            if is_letter(c) {
                let le = letters_end(text, e);
                let glued = self.slice(e..le);
                if let Some(v) = self.lex.suffix_value(glued) {
                    value *= v;
                    scaled = true;
                    e = le;
                } else if let Some((_, v)) = self.lex.cursuffixes.iter().find(|(sfx, _)| {
                    sfx == glued && (allow_m || self.counted_after_scale(q, glued, le))
                }) {
                    value *= v;
                    scaled = true;
                    e = le;
                } else if self.longest(e, |r| matches!(r, Role::Cur(..))).is_some()
                    || self.iso_scaled(e).is_some()
                    || !glued.chars().any(char::is_uppercase)
                        && self
                            .lex
                            .word_has(norm_of(glued).as_str(), |r| matches!(r, Role::GluedCur(_)))
                    // "up to 9pc" (Irish and British copy)
                    || self.lang == Lang::En
                        && self
                            .lex
                            .word_has(norm_of(glued).as_str(), |r| matches!(r, Role::Percent))
                    || glued.chars().any(char::is_uppercase)
                        && self.lex.word_has(norm_of(glued).as_str(), |r| {
                            // ("44C" in English weather copy; French writes « 44 °C », and
                            // « la 4C » is a class)
                            matches!(r, Role::Measure(_))
                                || matches!(r, Role::MeasureDigits(_)) && self.lang == Lang::En
                        })
                    // "412,000oz", "1.2km", « 180ml »: a unit of two letters or more (a
                    // glued "m" may be millions, "4h" is a time of day, "1st" a rank)
                    || glued.chars().count() >= 2
                        && self.lex.word_has(norm_of(glued).as_str(), |r| {
                            matches!(r, Role::Measure(_))
                        })
                        && !self
                            .lex
                            .word_has(norm_of(glued).as_str(), |r| matches!(r, Role::OrdDay))
                {
                    // 115USD, 5.2p, 1.4GW, 29km: the unit is read by the caller
                } else if first {
                    return Err(Some(alnum_end(text, e)));
                } else {
                    return Err(None);
                }
            } else if c == ':' && first {
                // time of day 10:30
                let de = super::text::digits_end(text, e + 1);
                if de == e + 3 {
                    return Err(Some(de));
                }
            }
        }
        if !scaled {
            let (q2, nsp) = count_spaces(text, e);
            if nsp > 0 && char_at(text, q2).is_some_and(is_letter) {
                let le = letters_end(text, q2);
                let w = self.slice(q2..le);
                let ok_len = w.len() >= 2 || matches!(w, "k" | "K" | "M" | "G");
                // a word of its own ("m" of "m3" only starts one) is no suffix
                if ok_len
                    && let Some(v) = self.lex.suffix_value(w)
                    && !self.lex.word_has(norm_of(w).as_str(), |_| true)
                {
                    value *= v;
                    scaled = true;
                    e = le;
                }
                if first
                    && !scaled
                    && (w == "h" || w == "H")
                    && char_at(text, le).is_none_or(|c| !is_letter(c))
                {
                    let de = super::text::digits_end(text, skip_spaces(text, le));
                    return Err(Some(de.max(le)));
                }
                // "7 p.m.", "7 o'clock": a time of day
                if first
                    && !scaled
                    && let Some((_, clock_end)) =
                        self.longest(q2, |r| matches!(r, Role::ClockAfter))
                {
                    return Err(Some(clock_end));
                }
            }
        }
        let int = d.plain.is_some();
        Ok(Atom {
            start: q,
            end: e,
            k: AK::D { value, int, scaled },
        })
    }

    /// "up to 10m tonnes", "14mn customers": after a figure at `start` with glued letters
    /// `glued` ("m", "mn") ending at `end`, a measure or a plural noun makes the letters a
    /// scale. A singular noun leaves a glued "m" metres ("a 10m wall"), and so does a
    /// determiner or a possessive before the figure ("the 100m hurdles", "Britain's 400m
    /// runners").
    fn counted_after_scale(&self, start: usize, glued: &str, end: usize) -> bool {
        let (q, spaces) = count_spaces(self.text, end);
        if spaces == 0 {
            return false;
        }
        let Some(t) = self.next_tok(q).filter(|t| t.kind == TokKind::Word) else {
            return false;
        };
        if self.longest(q, |r| matches!(r, Role::Measure(_))).is_some() {
            return true;
        }
        let determined = || {
            self.prev_word_norm_is(start, |r| matches!(r, Role::YearDet | Role::YearPoss))
                || self.possessive_before(start).is_some()
        };
        self.slice(t.start..t.end).starts_with(char::is_lowercase)
            && looks_plural(t.norm.as_str())
            && (glued.chars().count() > 1 || !determined())
    }

    /// Reads the run of number atoms starting at `pos`.
    fn atoms_at(
        &self,
        pos: usize,
        allow_m: bool,
        out: &mut [Atom; MAXA],
    ) -> PRes<(usize, Option<u64>, usize)> {
        let text = self.text;
        let dec = match self.lang {
            Lang::Fr => ',',
            Lang::En => '.',
        };
        let mut n = 0usize;
        let mut p = pos;
        let mut plain = None;
        let mut nd = 0;
        while n < MAXA {
            let q = if n == 0 { pos } else { skip_spaces(text, p) };
            let Some(c) = char_at(text, q) else { break };
            let last = if n > 0 {
                out.get(n - 1).map(|a| a.k)
            } else {
                None
            };
            let lead_dec = n == 0
                && c == dec
                && char_at(text, q + 1).is_some_and(|x| x.is_ascii_digit())
                && char_before(text, q).is_none_or(|b| is_space(b) || b == '(');
            if c.is_ascii_digit() || lead_dec {
                if n > 0
                    && !matches!(
                        last,
                        Some(AK::W(
                            Role::Scale(_)
                                | Role::Hundred
                                | Role::And
                                | Role::Over
                                | Role::OverLt
                                | Role::Point
                                | Role::Neg
                        ))
                    )
                {
                    break;
                }
                if n > 0 && q == p {
                    break;
                }
                let a = match self.digit_atom(q, n == 0, allow_m) {
                    Ok(a) => a,
                    Err(e) => {
                        if n == 0 {
                            return Err(e);
                        }
                        break;
                    }
                };
                if n == 0 {
                    let ds = self.slice(q..a.end);
                    if ds.bytes().all(|b| b.is_ascii_digit()) {
                        plain = ds.parse::<u64>().ok();
                        nd = ds.len();
                    }
                }
                if let Some(slot) = out.get_mut(n) {
                    *slot = a;
                }
                n += 1;
                p = a.end;
                continue;
            }
            // "$38-million", "a $12-billion deal": Canadian and US style glue the scale
            // to the digits with a hyphen.
            if n > 0 && is_dash(c) && matches!(last, Some(AK::D { .. })) {
                let q2 = q + c.len_utf8();
                if matches!(
                    self.longest(q2, |r| matches!(r, Role::Scale(_))),
                    Some((Role::Scale(s), _)) if s >= 1e6
                ) {
                    p = q2;
                    continue;
                }
                break;
            }
            if n > 0 && is_dash(c) && matches!(last, Some(AK::W(_))) {
                let q2 = q + c.len_utf8();
                let nt = self.next_tok(q2);
                if nt.is_some_and(|t| t.kind == TokKind::Word)
                    && self.longest(q2, |r| r.is_number_word()).is_some()
                {
                    p = q2;
                    continue;
                }
                break;
            }
            if n == 0
                && let Some((Role::Vulgar(f), e)) =
                    self.longest(q, |r| matches!(r, Role::Vulgar(_)))
            {
                if let Some(slot) = out.get_mut(0) {
                    *slot = Atom {
                        start: q,
                        end: e,
                        k: AK::Vul(f),
                    };
                }
                n = 1;
                break;
            }
            if !is_letter(c) {
                break;
            }
            if n > 0 && q == p && !matches!(char_before(text, q), Some(x) if is_dash(x)) {
                break;
            }
            let Some((r, e)) = self.longest(q, |r| r.is_number_word()) else {
                break;
            };
            let ok = match r {
                Role::Neg => n == 0,
                Role::Article => {
                    n == 0 || matches!(last, Some(AK::W(Role::And | Role::VagueOf | Role::Ord(_))))
                }
                Role::VagueOf => matches!(last, Some(AK::W(Role::Ord(_)))),
                Role::HundredW => {
                    !self.minor_mode.get()
                        && matches!(
                            last,
                            Some(AK::W(Role::Unit(_) | Role::Teen(_) | Role::Tens(_)))
                        )
                }
                Role::And | Role::Point | Role::Over | Role::OverLt => n > 0,
                _ => true,
            };
            if !ok {
                break;
            }
            if let Some(slot) = out.get_mut(n) {
                *slot = Atom {
                    start: q,
                    end: e,
                    k: AK::W(r),
                };
            }
            n += 1;
            p = e;
        }
        if n == 0 {
            return Err(None);
        }
        Ok((n, plain, nd))
    }

    /// A number (digits, words or both) starting exactly at `pos`.
    fn number(&self, pos: usize, allow_m: bool) -> PRes<NumP> {
        let text = self.text;
        let mut p = pos;
        let mut neg = false;
        if let Some(c) = char_at(text, pos)
            && matches!(c, '+' | '-' | '−')
        {
            // (a comparison sign too: "<-30", "≥ -5")
            let ok_before = char_before(text, pos).is_none_or(|b| {
                is_space(b) || matches!(b, '(' | '[' | '"' | '«' | ':' | '<' | '>' | '≤' | '≥')
            });
            let (q, nsp) = count_spaces(text, pos + c.len_utf8());
            let digit_next = char_at(text, q).is_some_and(|x| x.is_ascii_digit());
            if !ok_before || !digit_next || (c == '+' && nsp > 0) || nsp > 2 {
                return Err(None);
            }
            neg = c != '+';
            p = q;
        }
        let mut atoms = [Atom {
            start: 0,
            end: 0,
            k: AK::Vul(0.0),
        }; MAXA];
        let (n, plain, nd) = self.atoms_at(p, allow_m, &mut atoms)?;
        let slice = atoms.get(..n).unwrap_or(&[]);
        let mut ev = eval(slice, self.lang, !self.no_ratio.get()).ok_or(None)?;
        if ev.ratio {
            // "2000 over 3 years" is not a ratio; nor "41 in 2020 to 117", where a year after
            // "in" dates the number ("two in 2000 babies" is one: a counted noun follows)
            let last = atoms.get(ev.n.saturating_sub(1));
            let end = last.map_or(pos, |a| a.end);
            let year = last.is_some_and(|a| {
                matches!(a.k, AK::D { value, int: true, scaled: false }
                    if a.end - a.start == 4 && (1900.0..=2100.0).contains(&value))
            });
            if self
                .longest(end, |r| {
                    matches!(r, Role::Dur(..) | Role::Cur(..) | Role::Percent)
                })
                .is_some()
                || year && self.count_noun(end, false, 2.0, false).is_none()
            {
                ev = eval(slice, self.lang, false).ok_or(None)?;
            }
        }
        let last = atoms.get(ev.n.saturating_sub(1)).ok_or(None)?;
        let first = atoms.first().ok_or(None)?;
        let one_word = ev.n == 1
            && matches!(first.k, AK::W(Role::Unit(1.0)) | AK::W(Role::Article))
            && is_letter(char_at(text, first.start).unwrap_or(' '));
        let digits = matches!(first.k, AK::D { .. });
        let mut scale = ev.scale;
        let mut scale_word = ev.ends_scale_word;
        if let AK::D {
            scaled: true,
            value,
            ..
        } = last.k
        {
            scale_word = true;
            if scale.is_none() {
                scale = Some(value);
            }
        }
        let single_plain = ev.n == 1 && digits;
        // "2 ½ litres", "2½ miles", « un 3 ½ »: a whole number of digits and a vulgar
        // fraction, glued or after a space, are one number
        let mut end = last.end;
        let mut value = ev.value;
        if single_plain
            && plain.is_some()
            && let (q, 0..=1) = count_spaces(text, end)
            && let Some((Role::Vulgar(f), e)) = self.longest(q, |r| matches!(r, Role::Vulgar(_)))
        {
            value += f;
            end = e;
        }
        Ok(NumP {
            start: pos,
            end,
            value: if neg { -value } else { value },
            scale,
            scale_word,
            plain: if single_plain && !neg { plain } else { None },
            ndigits: if single_plain { nd } else { 0 },
            one_word,
            digits,
        })
    }

    // ------------------------------------------------------------------ currencies

    /// "MUSD", "MEUR": a scale letter glued to an ISO code.
    fn iso_scaled(&self, pos: usize) -> Option<(&'static str, f64, usize)> {
        // most words start with no scale letter: not worth reading as a token
        let first = *self.text.as_bytes().get(pos)?;
        if !self.lex.isoscale_start(first) {
            return None;
        }
        let end = if first.is_ascii_alphabetic() {
            // a word starts here: where it ends, through the memo of `next_word`, without
            // building its `Norm`
            self.next_word(pos).0
        } else {
            let t = self.tok_at(pos)?;
            if t.kind != TokKind::Word {
                return None;
            }
            t.end
        };
        let w = self.slice(pos..end);
        // (three letters: "MDH", a scale and a two-letter symbol, written in capitals)
        if !(3..=6).contains(&w.len())
            || w.len() == 3 && !w.starts_with(|c: char| c.is_ascii_uppercase())
        {
            return None;
        }
        for (pre, v) in &self.lex.isoscales {
            if let Some(rest) = w.strip_prefix(pre.as_str())
                && (2..=3).contains(&rest.len())
                && rest.chars().all(|c| c.is_ascii_uppercase())
                && let Some(Role::Cur(iso, true)) = self
                    .lex
                    .word_role(norm_of(rest).as_str(), |r| matches!(r, Role::Cur(_, true)))
            {
                return Some((iso, *v, end));
            }
        }
        None
    }

    /// `iso_scaled(start)` for the word `start..end` read by `next_word` (or `word_here`):
    /// without a call when its length or first byte leaves out every scaled code, as for
    /// most words.
    #[inline]
    fn iso_scaled_word(&self, start: usize, end: usize) -> Option<(&'static str, f64, usize)> {
        let may_be = end.checked_sub(start).is_some_and(|n| (3..=6).contains(&n))
            && self
                .text
                .as_bytes()
                .get(start)
                .is_some_and(|&b| self.lex.isoscale_start(b));
        if may_be { self.iso_scaled(start) } else { None }
    }

    fn cur_prefix(&self, p: usize) -> Option<(&'static str, f64, usize)> {
        let text = self.text;
        // "A$2bn": a one-letter mark that is also an article must be glued to its symbol
        // ("a $30 fee" is the article and a bare dollar; "c $ 16.4 million" is Canadian)
        let spaced_letter = |e: usize| {
            let written = self.slice(p..e);
            let mut letters = written.chars();
            letters.next().is_some_and(is_letter)
                && !letters.next().is_some_and(is_letter)
                && written.chars().any(is_space)
                && self
                    .lex
                    .word_has(norm_of(self.slice(p..p + 1)).as_str(), |r| {
                        matches!(r, Role::Article)
                    })
        };
        // "Apple's $5 million" (or "music ' s $ 500 million", tokenised) is no Singapore
        // dollar ("S$"): a mark starts a word, and no possessive is one ("S&P 500" holds no
        // peso either)
        let before_mark = text.get(..p).unwrap_or("");
        let inside_word = char_at(text, p).is_some_and(is_letter)
            && (char_before(text, p).is_some_and(|c| c.is_alphanumeric() || c == '&')
                || char_before(text, before_mark.trim_end_matches(is_space).len())
                    .is_some_and(is_apos));
        let (iso, scale, e) = match self.longest(p, |r| matches!(r, Role::Cur(_, true))) {
            Some((Role::Cur(iso, _), e)) if !spaced_letter(e) && !inside_word => (iso, 1.0, e),
            _ => self.iso_scaled(p)?,
        };
        let q = skip_spaces(text, e);
        if !char_at(text, q).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        // a lone ISO word must be followed by its amount closely (USD 200, EUR 1000)
        Some((iso, scale, q))
    }

    /// Currency after an amount. Returns (iso, end, scale multiplier).
    fn cur_suffix(&self, q: usize, after_scale: bool) -> Option<(&'static str, usize, f64)> {
        let text = self.text;
        let mut p = q;
        // "12-cent", "one-yen"
        if char_at(text, p).is_some_and(is_dash) {
            p += 1;
        }
        let mut found = self.cur_here(p);
        if after_scale
            && let Some((Role::VagueOf, e)) = self.longest(p, |r| matches!(r, Role::VagueOf))
            && let Some(f2) = self.cur_here(e)
            && found.is_none_or(|f| f2.1 > f.1)
        {
            found = Some(f2);
        }
        let (iso, mut end, mut scale) = found?;
        // "75 USD million"
        if let Some((Role::Scale(s), e)) = self.longest(end, |r| matches!(r, Role::Scale(_)))
            && !after_scale
            && s >= 1e6
        {
            scale *= s;
            end = e;
        }
        Some((iso, end, scale))
    }

    fn cur_here(&self, p: usize) -> Option<(&'static str, usize, f64)> {
        let text = self.text;
        if let Some((Role::Cur(iso, _), e)) = self.longest(p, |r| matches!(r, Role::Cur(..))) {
            // "USD50 Cards": a code glued to digits is a prefix, not our suffix
            if char_at(text, e).is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            return Some((iso, e, 1.0));
        }
        let (iso, v, e) = self.iso_scaled(skip_spaces(text, p))?;
        Some((iso, e, v))
    }

    /// "15 dollars 50", "thirteen dollars and forty-five cents", "c $ 100 and fifty".
    fn minor(&self, e: usize, value: f64) -> Option<(f64, usize)> {
        if value.fract() != 0.0 {
            return None;
        }
        let text = self.text;
        let mut p = e;
        if text.get(p..).is_some_and(|s| s.starts_with(',')) {
            return None;
        }
        if let Some((Role::And, e2)) = self.longest(p, |r| matches!(r, Role::And)) {
            p = e2;
        }
        let q = skip_spaces(text, p);
        if q == e {
            return None;
        }
        self.minor_mode.set(true);
        let m = self.number(q, false);
        self.minor_mode.set(false);
        let m = m.ok()?;
        if m.value.fract() != 0.0 || m.value < 1.0 || m.value >= 100.0 || m.scale.is_some() {
            return None;
        }
        // an explicit minor unit
        if let Some((Role::Cur(iso, _), e3)) = self.longest(m.end, |r| matches!(r, Role::Cur(..))) {
            if super::major_unit(iso).is_some() {
                return Some((value + m.value / 100.0, e3));
            }
            return None;
        }
        // otherwise only at the end of a phrase
        let nx = skip_spaces(text, m.end);
        match char_at(text, nx) {
            None => Some((value + m.value / 100.0, m.end)),
            Some('.' | ',' | ';' | '!' | '?' | ')') => Some((value + m.value / 100.0, m.end)),
            Some(_) => {
                if self
                    .longest(nx, |r| matches!(r, Role::And | Role::Stop))
                    .is_some()
                    && !char_at(text, m.end).is_some_and(is_letter)
                {
                    Some((value + m.value / 100.0, m.end))
                } else {
                    None
                }
            }
        }
    }

    // ------------------------------------------------------------------ bodies

    /// Duration nouns (+ "old", "-year-old", "d'âge").
    fn duration(&self, q: usize) -> Option<(&'static str, f64, usize, bool)> {
        let text = self.text;
        let mut p = q;
        let mut hy = false;
        if char_at(text, p).is_some_and(is_dash) {
            p += 1;
            hy = true;
        }
        let dur = |p: usize| match self.longest(p, |r| matches!(r, Role::Dur(..))) {
            Some((Role::Dur(u, m), e)) => Some((u, m, e)),
            _ => None,
        };
        let (u, m, e) = dur(p).or_else(|| {
            // « les douze derniers mois », "at least four more days"
            let (_, e) = self
                .longest(p, |r| matches!(r, Role::DurMod))
                .filter(|_| !hy)?;
            dur(skip_spaces(text, e))
        })?;
        if hy {
            if char_at(text, e).is_some_and(is_dash)
                && let Some((Role::AgeAfter, e2)) =
                    self.longest(e + 1, |r| matches!(r, Role::AgeAfter))
            {
                return Some((u, m, e2, true));
            }
            return Some((u, m, e, false));
        }
        if let Some((Role::AgeAfter, e2)) = self.longest(e, |r| matches!(r, Role::AgeAfter)) {
            return Some((u, m, e2, true));
        }
        Some((u, m, e, false))
    }

    /// After a duration in `unit` ending at `q`, "and" / « et », a number and a duration in
    /// the next smaller unit ("six years and eight months"): that unit, how many of it make
    /// one `unit`, the number of it and where it ends.
    fn smaller_duration_after(
        &self,
        q: usize,
        unit: &str,
    ) -> Option<(&'static str, f64, f64, usize)> {
        const SMALLER: [(&str, &str, f64); 4] = [
            ("year", "month", 12.0),
            ("week", "day", 7.0),
            ("day", "hour", 24.0),
            ("hour", "minute", 60.0),
        ];
        let &(_, small, per_large) = SMALLER.iter().find(|(large, ..)| *large == unit)?;
        let (_, after_and) = self.longest(q, |r| matches!(r, Role::And))?;
        let n = self.number(skip_spaces(self.text, after_and), false).ok()?;
        match self.duration(n.end)? {
            (u, m, e, false) if u == small => Some((small, per_large, n.value * m, e)),
            _ => None,
        }
    }

    /// A lowercase word that can be a counted noun.
    fn noun_ok(&self, t: &super::text::Tok) -> bool {
        let w = self.slice(t.start..t.end);
        let Some(first) = w.chars().next() else {
            return false;
        };
        if !first.is_lowercase() || w.chars().count() < 2 || w.ends_with('\'') || w.ends_with('’')
        {
            return false;
        }
        let ns = t.norm.as_str();
        // "8 points en sept journées": a point word reaches here only when no percentage is
        // near (`points_after`), and then it counts points scored; « 60 bus de substitution »:
        // a noun known only for the number after it (« bus 42 », « salle 3 ») counts too.
        let id = self.lex.word_id(ns.as_bytes());
        if self.lex.flags(id).times_noun {
            return self.clause_ends_at(t.end);
        }
        let countable = |r: &Role| matches!(r, Role::PointWord | Role::RefBefore);
        // (in the plural: "Year 11 class" is a designation)
        let plural = looks_plural(ns);
        let counted = || {
            plural
                && self.lex.id_has(id, countable)
                && !self.lex.id_has(id, |r| {
                    !countable(r) && !matches!(r, Role::Stop | Role::RefAfter)
                })
        };
        // ("40 bus routes", "12 buses": a noun known only for the number before it counts;
        // so does one known only for the age after it: "1.4 million customers")
        let numbered_only = || {
            self.lex
                .id_has(id, |r| matches!(r, Role::RefAfter | Role::AgePeople))
                && !self.lex.id_has(id, |r| {
                    !matches!(r, Role::RefAfter | Role::AgePeople | Role::Stop)
                })
        };
        if self.lex.knows_id(id) && !counted() && !numbered_only() {
            return false;
        }
        !(self.lang == Lang::En
            && (ns.ends_with("ed") || ns.ends_with("ing") || ns.ends_with("ly")))
    }

    /// Does a clause end at `end` (punctuation or a closing mark after the spaces, or the
    /// end of the text)?
    fn clause_ends_at(&self, end: usize) -> bool {
        char_at(self.text, skip_spaces(self.text, end)).is_none_or(|c| {
            matches!(
                c,
                '.' | ',' | ';' | ':' | '?' | '!' | ')' | '»' | '”' | '"' | '’' | '\n'
            )
        })
    }

    /// English modifiers that are no noun of their own but come before the counted one:
    /// participles ("62 cooked food stalls", "two shopping centres") and hyphenated
    /// compounds ("1,200 early-career teachers", "9.5 full-time-equivalent vacancies").
    /// The end of the modifier, only when a word that can be the counted noun follows it:
    /// otherwise the word is what it was ("20 rose", "40 day-trippers").
    fn english_modifier_end(&self, t: &super::text::Tok) -> Option<usize> {
        if self.lang != Lang::En || !self.slice(t.start..t.end).starts_with(char::is_lowercase) {
            return None;
        }
        let text = self.text;
        let ns = t.norm.as_str();
        // where the word glued by a dash at `e` starts, if a lowercase one is
        let glued_at = |e: usize| {
            let dash = char_at(text, e).filter(|&c| is_dash(c))?;
            let next = e + dash.len_utf8();
            char_at(text, next)
                .is_some_and(char::is_lowercase)
                .then_some(next)
        };
        let participle =
            ns.len() > 4 && (ns.ends_with("ed") || ns.ends_with("ing")) && !self.lex.knows(ns);
        let end = if glued_at(t.end).is_some() {
            let mut e = t.end;
            while let Some(next) = glued_at(e) {
                e = letters_end(text, next);
            }
            e
        } else if participle {
            t.end
        } else {
            return None;
        };
        let next = self.next_tok(end)?;
        (next.kind == TokKind::Word && next.start > end && self.noun_ok(&next)).then_some(end)
    }

    /// The counted noun after a number ending at `q`, as the byte range of the unit to report.
    /// Pre-nominal adjectives are skipped ("3 500 nouveaux postes", "150,000 new council
    /// homes"); capitalised words (brands, models, nationalities, capitalised common nouns)
    /// are modifiers before a plural noun ("40 Airbus A320neo jets") or the counted noun
    /// themselves ("60 Airbus", "27 États membres"). `value` is the number counted (a plural
    /// noun is expected above one); `not_year` is false for year-like numbers, whose
    /// capitalised or modified nouns are rather dated than counted ("in 2019 opening hours").
    fn count_noun(
        &self,
        q: usize,
        after_scale: bool,
        value: f64,
        not_year: bool,
    ) -> Option<(usize, usize)> {
        let text = self.text;
        let mut p = q;
        if after_scale {
            match self.longest(p, |r| matches!(r, Role::VagueOf)) {
                Some((Role::VagueOf, e)) => p = e,
                // « 320 millions actuellement »: a French scale word takes its noun with « de »
                _ if self.lang == Lang::Fr => return None,
                _ => {}
            }
        }
        let mut t = self.next_tok(p)?;
        if t.kind != TokKind::Word || (t.start == q && q > 0 && !after_scale) {
            return None;
        }
        let plural = looks_plural;
        let mut caps: Option<(usize, usize)> = None;
        let mut head = None;
        for _ in 0..4 {
            let w = self.slice(t.start..t.end);
            let upper = w.chars().next().is_some_and(char::is_uppercase);
            let ns = t.norm.as_str();
            let next_at = if upper {
                let e = alnum_end(text, t.start);
                // a model code (A320neo) is a modifier whatever its letters
                let code = e > t.end && !self.lex.word_has(ns, |r| matches!(r, Role::Cur(..)));
                if !not_year
                    || !code
                        && self.lex.knows(ns)
                        && !self
                            .lex
                            .word_has(ns, |r| matches!(r, Role::Name | Role::Adj))
                {
                    break;
                }
                if e - t.start < 2 {
                    break;
                }
                caps = Some((caps.map_or(t.start, |c| c.0), e));
                e
            } else if not_year && let Some(e) = self.english_modifier_end(&t) {
                e
            } else if let Some((Role::Adj, e)) = self.longest(t.start, |r| matches!(r, Role::Adj)) {
                e
            } else {
                // « dont trois ferme »: a French noun counted by two or more is plural, and
                // French plurals end in s, x or z (« travaux », « prix », « gaz »)
                let singular_after_plural = self.lang == Lang::Fr
                    && value >= 2.0
                    && !t.norm.as_str().ends_with(['s', 'x', 'z']);
                if self.noun_ok(&t) && !singular_after_plural {
                    head = Some(t);
                }
                break;
            };
            match self.next_tok(next_at) {
                Some(n) if n.kind == TokKind::Word && n.start > next_at => t = n,
                _ => break,
            }
        }
        let caps_alone = |(s, e): (usize, usize)| {
            let w = self.slice(s..e);
            let first = alnum_end(text, s);
            let n1 = norm_of(self.slice(s..first));
            (self.lex.word_has(n1.as_str(), |r| matches!(r, Role::Name))
                || plural(w) && w.chars().count() > 3 && w.chars().any(char::is_lowercase))
            .then_some((s, e))
        };
        match (head, caps) {
            (Some(h), None) => {
                let mut h = h;
                // English compounds: the head is the last noun ("council homes")
                if self.lang == Lang::En
                    && value > 1.0
                    && !plural(h.norm.as_str())
                    && let Some(n) = self.next_tok(h.end)
                    && n.kind == TokKind::Word
                    && n.start > h.end
                    && self.noun_ok(&n)
                    && plural(n.norm.as_str())
                {
                    h = n;
                }
                Some((h.start, h.end))
            }
            (Some(h), Some(c)) => {
                if value > 1.0 && !plural(h.norm.as_str()) {
                    return caps_alone(c);
                }
                match self.lang {
                    // French nouns come first: "27 États membres"
                    Lang::Fr => Some((c.0, h.end)),
                    Lang::En => Some((h.start, h.end)),
                }
            }
            (None, Some(c)) => caps_alone(c),
            (None, None) => None,
        }
    }

    /// Number (or range) with its unit.
    fn body(&self, p0: usize) -> PRes<Body> {
        let text = self.text;
        let mut p = p0;
        // "la moitié"
        if let Some((Role::FracArt, e)) = self.longest(p, |r| matches!(r, Role::FracArt))
            && matches!(
                self.longest(e, |r| matches!(r, Role::Ord(_))),
                Some((Role::Ord(2.0), _))
            )
        {
            p = skip_spaces(text, e);
        }
        // currency before the amount
        if let Some((iso, cscale, q)) = self.cur_prefix(p) {
            self.no_ratio.set(true);
            let n = self.number(q, true);
            self.no_ratio.set(false);
            if let Ok(n) = n {
                let mut value = n.value * cscale;
                let mut end = n.end;
                let mut b = Body::new(ClaimKind::Money, p0, end);
                b.nums.push((n.start..n.end, n.value));
                // "US$ 1MM", "$ 75 millions de dollars" are covered by number(); "USD 22.5 million" too
                if n.scale.is_none()
                    && let Some((v, e)) = self.minor(end, value)
                {
                    value = v;
                    end = e;
                }
                b.value = Some(value);
                b.unit = Some(iso.to_string());
                b.end = end;
                b.core_end = end;
                b.first = Some(n);
                self.per_and_post(&mut b);
                return Ok(b);
            }
        }
        let n = match self.number(p, false) {
            Ok(n) => n,
            Err(e) => {
                // "a decade", "an hour": the article as one before a unit noun
                match self.longest(p, |r| matches!(r, Role::Article)) {
                    Some((_, ae)) if self.duration(ae).is_some() => NumP {
                        start: skip_spaces(text, p),
                        end: ae,
                        value: 1.0,
                        scale: None,
                        scale_word: false,
                        plain: None,
                        ndigits: 0,
                        one_word: true,
                        digits: false,
                    },
                    _ => return Err(e),
                }
            }
        };
        if n.one_word && !self.all {
            // "un", "une", "one" only count with a unit noun after them
            match self.next_tok(n.end) {
                Some(t) if t.kind == TokKind::Word && self.lex.knows(t.norm.as_bytes()) => {}
                Some(t) if t.kind == TokKind::Sym => {}
                _ => return Err(None),
            }
        }
        let mut b = Body::new(ClaimKind::Number, p0, n.end);
        b.first = Some(n);
        b.one_word = n.one_word;
        b.nums.push((n.start..n.end, n.value));
        let mut lo = n.value;
        let mut hi = n.value;
        let mut last = n;
        // infix range: 10 à 20, 10-20, 10 to 20
        if let Some((Role::RangeInfix, e)) = self.longest(n.end, |r| matches!(r, Role::RangeInfix))
        {
            let infix = self.slice(n.end..e);
            let dash = infix.trim().chars().all(is_dash);
            let tight = !infix.starts_with(char::is_whitespace);
            if let Ok(m) = self.number(skip_spaces(text, e), false) {
                let phone_like = dash
                    && text.get(m.end..).is_some_and(|s| {
                        let mut cs = s.chars();
                        matches!(cs.next(), Some(c) if is_dash(c) || c == '/')
                            && cs.next().is_some_and(|c| c.is_ascii_digit())
                    });
                let mut l = n.value;
                if n.scale.is_none()
                    && let Some(s) = m.scale
                    && l * s <= m.value
                {
                    l *= s;
                }
                // ("rose by a fifth to 1.2 million": a spelled fraction is the change, the
                // whole number the new value; no range joins them)
                let fraction_to_whole = !n.digits && n.value < 1.0 && m.value >= 1.0;
                let ok = !m.one_word
                    && !phone_like
                    && !fraction_to_whole
                    && m.value > l
                    && (!dash || (n.digits == m.digits))
                    && !(dash && tight && n.digits && !m.digits);
                if ok {
                    lo = l;
                    hi = m.value;
                    b.range = true;
                    b.nums.push((m.start..m.end, m.value));
                    last = m;
                }
            }
        }
        let mut q = last.end;
        let mut mult = 1.0;
        let mut kind = ClaimKind::Number;
        // « du 11 au 12 février 2022 », "3-5 March": days before a month are a date, the
        // first day's (with the year when one follows)
        if b.range
            && let (Some(d1), Some(d2)) = (n.plain, last.plain)
            && (1..=31).contains(&d1)
            && d2 <= 31
            && let Some((m, e)) = self.month_at(skip_spaces(text, q))
        {
            let (date, end) = match self.year_after(e) {
                Some((y, e2)) => (format!("{y:04}-{m:02}-{d1:02}"), e2),
                None => (format!("--{m:02}-{d1:02}"), e),
            };
            let mut d = Body::new(ClaimKind::Date, p0, end);
            d.date = Some(date);
            return Ok(d);
        }
        // year range 2019-2020 without unit
        if b.range
            && let (Some(y1), Some(y2)) = (
                year_like(n.plain, n.ndigits),
                year_like(last.plain, last.ndigits),
            )
            && self
                .longest(q, |r| {
                    matches!(r, Role::Percent | Role::Cur(..) | Role::Dur(..))
                })
                .is_none()
        {
            let mut d = Body::new(ClaimKind::Date, p0, q);
            d.date = Some(format!("{y1}/{y2}"));
            d.range = true;
            d.low = Some(y1 as f64);
            d.high = Some(y2 as f64);
            return Ok(d);
        }
        if let Some((r, e)) = self.longest(q, |r| matches!(r, Role::Percent | Role::PercentPoints))
        {
            kind = if r == Role::Percent {
                ClaimKind::Percent
            } else {
                ClaimKind::PercentagePoints
            };
            q = e;
        } else if !last.one_word
            && let Some(e) = self.points_after(p0, q, hi)
        {
            kind = ClaimKind::PercentagePoints;
            q = e;
        } else if let Some((iso, e)) = self.glued_cur(q, last.end) {
            kind = ClaimKind::Money;
            b.unit = Some(iso.to_string());
            q = e;
        } else if let Some((iso, e, s)) = self.cur_suffix(q, last.scale_word) {
            kind = ClaimKind::Money;
            b.unit = Some(iso.to_string());
            mult = s;
            q = e;
            if !b.range
                && last.scale.is_none()
                && s == 1.0
                && let Some((v, e2)) = self.minor(q, lo)
            {
                lo = v;
                hi = v;
                q = e2;
            }
        } else if let Some((u, m, e, age)) = self.duration(q).or_else(|| {
            // "half a century", "a quarter of an hour", « un quart d’heure »: a spelled
            // fraction of one unit of time
            if b.range || last.digits || lo >= 1.0 {
                return None;
            }
            // (a fraction of an hour is minutes: « un quart d’heure » is 15 minutes)
            let (_, link) = self.longest(q, |r| matches!(r, Role::FracLink))?;
            match self.duration(skip_spaces(text, link))? {
                (_, _, _, true) => None,
                ("hour", m, e, _) => Some(("minute", m * 60.0, e, false)),
                found => Some(found),
            }
        }) {
            kind = if age {
                ClaimKind::Age
            } else {
                ClaimKind::Duration
            };
            b.unit = Some(u.to_string());
            mult = m;
            q = e;
            // « six ans et demi », « une heure et demie »: half the unit more
            if !b.range
                && let Some((_, after_and)) = self.longest(q, |r| matches!(r, Role::And))
                && let Ok(h) = self.number(skip_spaces(text, after_and), false)
                && h.value == 0.5
                && !h.digits
                && self.duration(h.end).is_none()
            {
                lo += 0.5;
                hi += 0.5;
                q = h.end;
            }
            // "six years and eight months": one duration
            let smaller = (!age && !b.range)
                .then(|| self.smaller_duration_after(q, u))
                .flatten();
            let penalty = self
                .longest(smaller.map_or(q, |s| s.3), |r| matches!(r, Role::Penalty))
                .is_some();
            if !age
                && !penalty
                && u == "year"
                && m == 1.0
                && (self.age_context(p0)
                    || self.age_aside(p0, e, lo)
                    || self.age_after_possessive(p0, e)
                    || self.lang == Lang::Fr && self.age_in_parentheses(p0, e))
            {
                kind = ClaimKind::Age;
            }
            // in the smaller unit (an age stays in years)
            if kind == ClaimKind::Duration
                && let Some((small, per_large, v2, e2)) = smaller
            {
                b.unit = Some(small.to_string());
                lo = lo * m * per_large + v2;
                hi = lo;
                mult = 1.0;
                q = e2;
            }
            if u == "hour"
                && !self.all
                && let Some(e) = self.clock_time(p0, &n, &last, q)
            {
                return Err(Some(e));
            }
        } else if let Some((Role::Measure(u), e)) = self
            .longest(q, |r| matches!(r, Role::Measure(_)))
            .or_else(|| {
                // "1.4-gigawatt"
                char_at(text, q)
                    .filter(|c| is_dash(*c))
                    .and_then(|_| self.longest(q + 1, |r| matches!(r, Role::Measure(_))))
            })
            .or_else(|| {
                // « 29 millions de litres », "2 billion of cubic metres"
                let (_, e) = self
                    .longest(q, |r| matches!(r, Role::VagueOf))
                    .filter(|_| last.scale_word)?;
                self.longest(skip_spaces(text, e), |r| matches!(r, Role::Measure(_)))
            })
            .or_else(
                || match self.longest(q, |r| matches!(r, Role::MeasureDigits(_))) {
                    Some((Role::MeasureDigits(u), e)) if last.digits => Some((Role::Measure(u), e)),
                    _ => None,
                },
            )
        {
            b.unit = Some(u.to_string());
            q = e;
        } else if let Some((Role::AgeYo, e)) = self.longest(q, |r| matches!(r, Role::AgeYo)) {
            kind = ClaimKind::Age;
            b.unit = Some("year".to_string());
            q = e;
        } else if !b.range && !last.one_word && self.bare_age(p0, &n) {
            kind = ClaimKind::Age;
            b.unit = Some("year".to_string());
        } else if (!n.one_word || last.scale_word)
            && let Some((s, e)) = self.count_noun(
                q,
                last.scale_word,
                hi * mult,
                year_like(last.plain, last.ndigits).is_none(),
            )
        {
            // "3 ans" etc. are handled above; a noun directly glued is not counted
            kind = ClaimKind::Count;
            b.unit = Some(self.slice(s..e).to_string());
            q = e;
        }
        b.kind = kind;
        if b.range {
            b.low = Some(lo * mult);
            b.high = Some(hi * mult);
        } else {
            b.value = Some(lo * mult);
        }
        b.end = q;
        b.core_end = q;
        self.per_and_post(&mut b);
        Ok(b)
    }

    /// "0,4 point", "0.4 points": percentage points when a percentage is written near before
    /// (the same paragraph or the one before it) or later in the same sentence. Returns the
    /// end of the point word.
    fn points_after(&self, p0: usize, q: usize, value: f64) -> Option<usize> {
        let (Role::PointWord, e) = self.longest(q, |r| matches!(r, Role::PointWord))? else {
            return None;
        };
        // « 60 points de vente » are places, whatever percentage is near
        if value.abs() >= 100.0 || self.longest(q, |r| matches!(r, Role::PointPlace)).is_some() {
            return None;
        }
        let text = self.text;
        let mut lo = p0.saturating_sub(PERCENT_WINDOW);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let mut hi = e;
        for (i, c) in text.get(e..)?.char_indices() {
            hi = e + i;
            if matches!(c, '.' | '!' | '?' | '\n') {
                break;
            }
        }
        let near = text.get(lo..hi).unwrap_or("").as_bytes();
        // compared without lower-casing the window: no other char lower-cases to these letters
        let has = |w: &str| {
            near.windows(w.len())
                .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
        };
        let found = near.contains(&b'%')
            || match self.lang {
                Lang::Fr => has("pour cent") || has("pourcent"),
                Lang::En => has("per cent") || has("percent"),
            };
        found.then_some(e)
    }

    /// "5.2p", "41c": a minor currency unit glued to the digits ending at `last_end`, in
    /// lowercase ("44C" is Celsius).
    fn glued_cur(&self, q: usize, last_end: usize) -> Option<(&'static str, usize)> {
        if q != last_end || !char_at(self.text, q).is_some_and(is_letter) {
            return None;
        }
        let le = letters_end(self.text, q);
        if self.slice(q..le).chars().any(char::is_uppercase) {
            return None;
        }
        let w = norm_of(self.slice(q..le));
        let Some(Role::GluedCur(iso)) = self
            .lex
            .word_role(w.as_str(), |r| matches!(r, Role::GluedCur(_)))
        else {
            return None;
        };
        if char_at(self.text, le).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        Some((iso, le))
    }

    /// "à 20 heures", "de 20 heures à 8 heures", "entre 20 heures et 8 heures": times of day.
    /// `q` is the end of the hour word. Returns the end of the time expression(s).
    fn clock_time(&self, p0: usize, n: &NumP, last: &NumP, q: usize) -> Option<usize> {
        let text = self.text;
        let hour = |v: f64| v.fract() == 0.0 && (0.0..=24.0).contains(&v);
        if self.lang != Lang::Fr || n.start != last.start || !hour(n.value) {
            return None;
        }
        // "20 heures 30"
        let minutes = |e: usize| match self.next_tok(e) {
            Some(t) if t.kind == TokKind::Digits && t.end - t.start == 2 => t.end,
            _ => e,
        };
        let end = minutes(q);
        // a per phrase makes it a duration: "réduit à 20 heures par semaine"
        if self.longest(q, |r| matches!(r, Role::Per(_))).is_some() {
            return None;
        }
        // "20 heures à 8 heures", "20 heures et 8 heures": the unit on both ends
        if let Some(t) = self.next_tok(end)
            && matches!(t.norm.as_str(), "a" | "et" | "to" | "and")
            && let Ok(m) = self.number(skip_spaces(text, t.end), false)
            && hour(m.value)
            && let Some((u, _, e2, _)) = self.duration(m.end)
            && u == "hour"
        {
            return Some(minutes(e2));
        }
        let before = self.phrase_before(p0, |r| matches!(r, Role::ClockBefore));
        before.map(|_| end)
    }

    /// « 24 heures sur 24 », « 7 jours sur 7 »: a duration out of as many of its units, all
    /// of the period (round the clock), which says no quantity. Where it ends.
    fn all_of_a_period(&self, b: &Body) -> Option<usize> {
        if b.kind != ClaimKind::Duration || b.range {
            return None;
        }
        let first = b.first?;
        let (_, after) = self.longest(b.end, |r| matches!(r, Role::Contrast))?;
        let second = self.number(skip_spaces(self.text, after), false).ok()?;
        (second.value == first.value && second.digits == first.digits).then_some(second.end)
    }

    /// A duration of one unit (year, month, week, day, hour, minute) counted by the
    /// indefinite article: "un an", "une journée", "a year".
    fn article_duration(&self, b: &Body) -> bool {
        if b.kind != ClaimKind::Duration || b.range || !b.one_word || b.per.is_some() {
            return false;
        }
        let Some(f) = b.first else { return false };
        let w = norm_of(self.slice(f.start..f.end));
        // the unit noun in the singular ("un ans" is a count gone wrong, not the idiom)
        let singular = self.next_tok(f.end).is_some_and(|t| {
            let u = t.norm;
            let u = u.as_str();
            !u.ends_with('s') || u == "mois"
        });
        matches!(w.as_str(), "a" | "an" | "un" | "une" | "d'un" | "d'une")
            && singular
            && self
                .duration(f.end)
                .is_some_and(|(_, m, _, age)| m == 1.0 && !age)
    }

    /// Whether the body's first word is an article elided after « de » (« un moratoire d’un
    /// an », « disposent d’un mois »): the length of what comes before it, unless that is a
    /// fraction.
    fn elided_article(&self, b: &Body) -> bool {
        b.first.is_some_and(|f| {
            let head = self.slice(f.start.saturating_sub(4)..f.start);
            let de = ["d'", "d’"]
                .into_iter()
                .find(|d| head.ends_with(d))
                .map(|d| f.start - d.len());
            let elided = de.is_some()
                || matches!(
                    norm_of(self.slice(f.start..f.end)).as_str(),
                    "d'un" | "d'une"
                );
            // (« la moitié d’une année normale » measures by the year, it lasts nothing)
            elided
                && self
                    .phrase_before(de.unwrap_or(f.start), |r| r.is_number_word())
                    .is_none()
        })
    }

    /// Is `r` only a fraction word with no numerator ("half", "a third", "la moitié")?
    fn fraction_only(&self, r: Range<usize>) -> bool {
        let mut p = r.start;
        let mut ord = false;
        while let Some(t) = self.next_tok(p) {
            if t.start >= r.end {
                break;
            }
            if t.kind != TokKind::Word {
                return false;
            }
            let ns = t.norm.as_str();
            if self.lex.word_has(ns, |r| matches!(r, Role::Ord(_))) {
                ord = true;
            } else if !self
                .lex
                .word_has(ns, |r| matches!(r, Role::Article | Role::FracArt))
            {
                return false;
            }
            p = t.end;
        }
        ord
    }

    /// Does the last word before `end` start a qualifier that runs past it? "1.2 lakh
    /// holders and more than 60 artists", « 300 salariés et plus de 40 cadres »: "more" is
    /// the next amount's "more than", not an "and more" closing this one.
    fn qualifier_runs_past(&self, end: usize) -> bool {
        self.prev_tok(end).is_some_and(|(s, _)| {
            self.longest(s, |r| matches!(r, Role::Qual(_)))
                .is_some_and(|(_, e)| e > end)
        })
    }

    fn per_and_post(&self, b: &mut Body) {
        if let Some((Role::Per(k), e)) = self.longest(b.end, |r| matches!(r, Role::Per(_)))
            // "£410mn a year earlier", "l'an dernier": a time reference, not a rate
            && self.longest(e, |r| matches!(r, Role::NotPer)).is_none()
        {
            b.per = Some(k);
            b.end = e;
        }
        if let Some((Role::PostQual(k), e)) =
            self.longest(b.end, |r| matches!(r, Role::PostQual(_)))
            && !b.range
            && b.value.is_some()
            && !self.qualifier_runs_past(e)
        {
            b.post = Some(k);
            b.end = e;
            b.core_end = b.core_end.max(e);
        }
    }

    /// French "elle a 29 ans", "Wang, 29 ans": the duration is an age.
    fn age_context(&self, pos: usize) -> bool {
        // "nos avions ont en moyenne 17 ans", "elle a près de 30 ans"
        let mut at = pos;
        for _ in 0..3 {
            match self.phrase_before(at, |r| matches!(r, Role::AgeAdv)) {
                Some((_, s)) => at = s,
                None => break,
            }
        }
        if at != pos && self.age_context_at(at) {
            return true;
        }
        self.age_context_at(pos)
    }

    fn age_context_at(&self, pos: usize) -> bool {
        let text = self.text;
        if let Some((s, e)) = prev_word(text, pos) {
            let gap = self.slice(e..pos);
            if gap.chars().all(is_space)
                && self
                    .lex
                    .id_has(self.letters_id(s, e), |r| matches!(r, Role::AgeVerb))
            {
                // "il y a 3 ans" is "ago"
                if let Some((s2, e2)) = prev_word(text, s) {
                    let w2 = norm_of(self.slice(s2..e2));
                    if w2.as_str() == "y" {
                        return false;
                    }
                    // « porterait à 33 ans »: « à » (folded like « a ») after a verb of change
                    // gives the value it changes to
                    if self.slice(s..e) != "a"
                        && self
                            .lex
                            .id_has(self.letters_id(s2, e2), |r| matches!(r, Role::ChangeVerb))
                    {
                        return false;
                    }
                }
                return true;
            }
        }
        self.after_name_comma(pos)
    }

    /// "Whitfield, 52," -> the position is right after "Capitalised-Name, ", or after a name
    /// and its parenthesis ("Loïc Dambreville (Alvéa-Rhône), 27 ans").
    fn after_name_comma(&self, pos: usize) -> bool {
        let before = self.slice(0..pos).trim_end_matches(is_space);
        let Some(b2) = before.strip_suffix(',') else {
            return false;
        };
        let b2 = match b2.strip_suffix(')') {
            Some(inside) => match last_open_paren(inside) {
                Some(open) => inside.get(..open).unwrap_or("").trim_end_matches(is_space),
                None => return false,
            },
            None => b2,
        };
        self.name_ends(b2)
    }

    /// Does `head` end with a capitalised word that is no lexicon word (a name)?
    fn name_ends(&self, head: &str) -> bool {
        let Some((s, e)) = prev_word(head, head.len()) else {
            return false;
        };
        if e != head.len() {
            return false;
        }
        let w = self.slice(s..e);
        super::text::is_upper_start(w) && !self.lex.knows(norm_of(w).as_str())
    }

    /// "Bernadette Cusack (58), of Church View": an age in parentheses right after a name.
    fn age_in_parentheses(&self, pos: usize, end: usize) -> bool {
        let before = self.slice(0..pos);
        // a full name (first name and surname): "Salah (58), Núñez (77)" are goal minutes
        let name = before.trim_end_matches('(').trim_end_matches(is_space);
        let first_name = prev_word(name, name.len())
            .and_then(|(s, _)| prev_word(name, s))
            .is_some_and(|(s, e)| super::text::is_upper_start(self.slice(s..e)));
        before.ends_with('(')
            && self.text.get(end..).is_some_and(|a| a.starts_with(')'))
            && self.name_ends(name)
            && first_name
    }

    /// « du haut de ses 71 ans », « pour fêter ses 80 ans »: the years after a possessive are
    /// someone's age, unless a complement says of what (« ses 30 ans de carrière »).
    fn age_after_possessive(&self, pos: usize, end: usize) -> bool {
        self.prev_word_norm_is(pos, |r| matches!(r, Role::AgePoss))
            && self.longest(end, |r| matches!(r, Role::VagueOf)).is_none()
    }

    /// « Le skipper finistérien, 29 ans, a coupé la ligne » : a number of years between
    /// commas right after a noun phrase is its age (French writes the age so after any person,
    /// named or not).
    fn age_aside(&self, pos: usize, end: usize, years: f64) -> bool {
        let before = self.slice(0..pos).trim_end_matches(is_space);
        self.lang == Lang::Fr
            // (a person's years: « Le bail, 99 ans, » and « Sa peine, 12 ans, » are no age)
            && (ASIDE_AGES.0..=ASIDE_AGES.1).contains(&years)
            && before
                .strip_suffix(',')
                .and_then(|b| b.chars().next_back())
                .is_some_and(|c| is_letter(c) || c == ')')
            && self
                .text
                .get(end..)
                .is_some_and(|a| a.trim_start_matches(is_space).starts_with(','))
    }

    fn bare_age(&self, pos: usize, n: &NumP) -> bool {
        if self.lang != Lang::En {
            return false;
        }
        let Some(v) = n.plain else { return false };
        if !(1..=120).contains(&v) || n.ndigits > 3 {
            return false;
        }
        // "said Mr Tay, 45." as "Whitfield, 52, said": the age closes the sentence or the aside
        let after = skip_spaces(self.text, n.end);
        matches!(char_at(self.text, after), Some(',' | '.' | ';')) && self.after_name_comma(pos)
            || self.age_in_parentheses(pos, n.end)
            // "He's 15. He doesn't get this year back.", "If you are over 65 or live alone",
            // "She is nearly 90 and"
            || (self.clause_ends_at(n.end) || self.conjunction_follows(n.end))
                && (self
                    .phrase_before(self.qualifier_before(pos), |r| matches!(r, Role::AgeIs))
                    .is_some()
                    || self.people_bound(pos))
    }

    /// "Half my neighbours are over 70.", "members were under 12": a bound before the bare
    /// number ending at `pos`, after people and perhaps a form of "be", makes it their age.
    fn people_bound(&self, pos: usize) -> bool {
        let bound = |r: &Role| matches!(r, Role::Qual(QualKind::MoreThan | QualKind::LessThan));
        let Some((_, q)) = self.phrase_before(pos, bound) else {
            return false;
        };
        let q = self
            .phrase_before(q, |r| matches!(r, Role::AgeBe))
            .map_or(q, |(_, s)| s);
        self.prev_word_norm_is(q, |r| matches!(r, Role::AgePeople))
    }

    /// Where the bound or approximation ending at `pos` starts ("over", "nearly"), else `pos`.
    fn qualifier_before(&self, pos: usize) -> usize {
        self.phrase_before(pos, |r| matches!(r, Role::Qual(_)))
            .map_or(pos, |(_, s)| s)
    }

    /// Whether a word that continues the clause after an age ("or", "and") follows `end`.
    fn conjunction_follows(&self, end: usize) -> bool {
        let (_, id) = self.next_word(end);
        self.lex.id_has(id, |r| matches!(r, Role::AgeIsThen))
    }

    /// "une dizaine de", "plusieurs centaines de millions de dollars", "thousands of".
    fn vague(&self, p0: usize) -> PRes<Body> {
        let text = self.text;
        let mut p = p0;
        let mut plural_lead = false;
        if let Some((r, e)) = self.longest(p, |r| matches!(r, Role::VagueLead | Role::VagueLead1)) {
            plural_lead = r == Role::VagueLead;
            p = e;
        }
        let (r, mut e) = self
            .longest(p, |r| matches!(r, Role::Vague(..) | Role::VaguePl(..)))
            .or_else(|| self.longest(p, |r| matches!(r, Role::Hundred | Role::Scale(_))))
            .ok_or(None)?;
        let (mut value, mut lo, mut hi) = match r {
            Role::Vague(v, l, h) => (Some(v), l, h),
            Role::VaguePl(l, h) => {
                // English "hundreds"/"thousands" need "of" (or a lead word)
                // English "hundreds"/"thousands" need "of" (or a lead word), or nothing after
                // them that continues a number ("dozens said"); "tens" always needs one
                let of_follows = self.longest(e, |r| matches!(r, Role::VagueOf)).is_some();
                let bare_ok = self.lang == Lang::En
                    && l > 20.0
                    && self.next_tok(e).is_none_or(|t| {
                        t.kind != TokKind::Digits && !self.lex.knows(t.norm.as_bytes())
                            || self
                                .lex
                                .word_has(t.norm.as_str(), |r| matches!(r, Role::Stop))
                                && !self.lex.word_has(t.norm.as_str(), |r| r.is_number_word())
                    });
                if !(plural_lead || self.lang == Lang::En && of_follows || bare_ok) {
                    return Err(None);
                }
                (None, l, h)
            }
            Role::Hundred | Role::Scale(_) if plural_lead => {
                let s = if let Role::Scale(s) = r { s } else { 100.0 };
                (None, 2.0 * s, 10.0 * s)
            }
            _ => return Err(None),
        };
        let start = p0;
        let collective = matches!(r, Role::Vague(..) | Role::VaguePl(..));
        let mut scaled = false;
        // "de millions", "of thousands"
        let mut q = e;
        if let Some((Role::VagueOf, e2)) = self.longest(q, |r| matches!(r, Role::VagueOf)) {
            let s = match self.longest(e2, |r| matches!(r, Role::Scale(_) | Role::VaguePl(..))) {
                Some((Role::Scale(s), e3)) if s >= 1e3 => Some((s, e3)),
                Some((Role::VaguePl(l, _), e3)) if l >= 2000.0 => Some((l / 2.0, e3)),
                _ => None,
            };
            if let Some((s, e3)) = s {
                value = value.map(|v| v * s);
                lo *= s;
                hi *= s;
                e = e3;
                q = e3;
                scaled = true;
            }
        }
        let mut b = Body::new(ClaimKind::Number, start, e);
        b.vague = true;
        if let Some(v) = value {
            b.nums.push((skip_spaces(text, start)..e, v));
        }
        if let Some((iso, e4, s)) = self.cur_suffix(q, true) {
            b.kind = ClaimKind::Money;
            b.unit = Some(iso.to_string());
            value = value.map(|v| v * s);
            lo *= s;
            hi *= s;
            q = e4;
        } else if let Some((Role::Measure(u), e4)) = self
            .longest(q, |r| matches!(r, Role::VagueOf))
            .and_then(|(_, e)| self.longest(e, |r| matches!(r, Role::Measure(_))))
        {
            // "une vingtaine d'hectares"
            b.unit = Some(u.to_string());
            q = e4;
        } else if let Some((s, e4)) = (!collective
            || self.longest(q, |r| matches!(r, Role::VagueOf)).is_some())
        .then(|| self.count_noun(q, true, hi, true))
        .flatten()
        {
            b.kind = ClaimKind::Count;
            b.unit = Some(self.slice(s..e4).to_string());
            q = e4;
        } else if collective && !scaled {
            // "nous étions une vingtaine", "dozens said": a collective noun counts people or
            // things even when they are not named
            b.kind = ClaimKind::Count;
        }
        let _ = text;
        b.value = value;
        b.low = Some(lo);
        b.high = Some(hi);
        b.end = q;
        b.core_end = q;
        self.per_and_post(&mut b);
        Ok(b)
    }

    /// "âgé de 29 ans", "aged 29", "at the age of 6 weeks".
    fn age_lead(&self, p0: usize) -> PRes<Body> {
        let (_, e) = self
            .longest(p0, |r| matches!(r, Role::AgeBefore | Role::AgeBeforeBare))
            .ok_or(None)?;
        let lead = norm_of(self.slice(p0..e));
        let prepositional = lead.as_str().ends_with(" de")
            || lead.as_str().ends_with("'")
            || lead.as_str().ends_with("de")
            || lead.as_str().ends_with("of");
        let q = skip_spaces(self.text, e);
        // "children aged between five and 14": a range after the lead
        if let Ok(mut r) = self.range_lead(q)
            && r.range
            && matches!(
                r.kind,
                ClaimKind::Number | ClaimKind::Count | ClaimKind::Duration
            )
            && r.unit.as_deref().is_none_or(|u| u == "year")
        {
            r.kind = ClaimKind::Age;
            r.unit = Some("year".to_string());
            r.core_start = if prepositional { q } else { p0 };
            return Ok(r);
        }
        // « âgé d'une cinquantaine d'années »: a vague number of years
        if let Ok(mut v) = self.vague(q)
            && v.unit.as_deref().is_none_or(|u| u == "year")
        {
            if v.unit.is_none()
                && let Some(("year", _, e2, _)) = self.duration(v.end)
            {
                v.end = e2;
                v.core_end = e2;
            }
            v.kind = ClaimKind::Age;
            v.unit = Some("year".to_string());
            v.core_start = if prepositional { q } else { p0 };
            return Ok(v);
        }
        // "aged about 40", « âgé d'environ 40 ans »: a qualifier between the lead and the age
        let (qual, q) = self.quals(q);
        let n = self.number(q, false).map_err(|_| None)?;
        let mut b = Body::new(ClaimKind::Age, if prepositional { q } else { p0 }, n.end);
        b.post = qual;
        b.nums.push((n.start..n.end, n.value));
        let mut value = n.value;
        let mut end = n.end;
        let mut unit = "year";
        if let Some((u, m, e2, _)) = self.duration(n.end) {
            unit = u;
            value *= m;
            end = e2;
        } else if let Some((Role::RangeInfix, e2)) =
            self.longest(n.end, |r| matches!(r, Role::RangeInfix))
            && let Ok(m) = self.number(skip_spaces(self.text, e2), false)
            && m.value > n.value
        {
            b.range = true;
            b.low = Some(n.value);
            b.high = Some(m.value);
            b.nums.push((m.start..m.end, m.value));
            end = m.end;
            if let Some((_, _, e3, _)) = self.duration(m.end) {
                end = e3;
            }
        }
        if !b.range {
            b.value = Some(value);
        }
        b.unit = Some(unit.to_string());
        b.end = end;
        b.core_end = end;
        b.first = Some(n);
        Ok(b)
    }

    /// A verb of change among the words of the clause right before `pos`: "rose from", and
    /// "lifted its average premium in the 4305 postcode from" (no punctuation crossed).
    fn change_verb_before(&self, pos: usize) -> bool {
        let mut at = pos;
        for _ in 0..CHANGE_VERB_WORDS {
            // (past a figure: "in the 4305 postcode")
            let trimmed = self.slice(0..at).trim_end_matches(is_space);
            if trimmed.ends_with(|c: char| c.is_ascii_digit()) {
                at = trimmed.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                continue;
            }
            let Some((s, e)) = self.prev_tok(at) else {
                return false;
            };
            // (a phrase: "will go from" is a change, "sizes go from" a range)
            if self
                .phrase_before(e, |r| matches!(r, Role::ChangeVerb))
                .is_some()
            {
                return true;
            }
            at = s;
        }
        false
    }

    /// "entre 10 et 20 %", "de 10 à 20 millions", "between 10 and 20", "from 1,000 to 1,500".
    fn range_lead(&self, p0: usize) -> PRes<Body> {
        let text = self.text;
        let (Role::RangeLead(mid), e) = self
            .longest(p0, |r| matches!(r, Role::RangeLead(_)))
            .ok_or(None)?
        else {
            return Err(None);
        };
        let q = skip_spaces(text, e);
        // cheap check before the full body parse: a number (or currency) must follow
        if !self.amount_may_start(q) {
            return Err(None);
        }
        let b1 = self.body(q).map_err(|_| None)?;
        // « est passée de 18 % à 27 % », "rose from HK$19.8 to HK$22.6": a change from one
        // value to another, two claims
        // (or after the size of the change: "by 38 per cent, from ₹2.4 lakh to ₹3.3 lakh")
        // (read once, when needed: most leads are no change)
        let change_read = std::cell::OnceCell::new();
        let change = || {
            *change_read
                .get_or_init(|| self.change_verb_before(p0) || self.percent_then_comma_before(p0))
        };
        if b1.range && b1.kind != ClaimKind::Date {
            // "de 10 à 20 %": the body already read the range; the lead belongs to it
            let infix_is_mid = b1
                .first
                .is_some_and(|f| self.next_tok(f.end).is_some_and(|t| t.norm.as_str() == mid));
            if infix_is_mid && change() {
                // « a été porté de 152 à 186 millions d’euros »: the first value alone, with
                // the scale and unit of the second (read on its own after it)
                let first = b1.first.ok_or(None)?;
                let mut b = Body::new(b1.kind, first.start, first.end);
                b.value = b1.low;
                b.unit = b1.unit.clone();
                b.nums.push((first.start..first.end, first.value));
                b.first = Some(first);
                b.lead_dropped = true;
                return Ok(b);
            }
            if infix_is_mid {
                let mut b = b1;
                b.core_start = p0;
                return Ok(b);
            }
            return Err(None);
        }
        if b1.range || b1.value.is_none() {
            return Err(None);
        }
        let first = b1.first.ok_or(None)?;
        // the middle word follows the first number or its unit
        let mid_at = |pos: usize| {
            self.next_tok(pos)
                .filter(|t| t.norm.as_str() == mid)
                .map(|t| t.end)
        };
        let (after_mid, unit_on_first) = match mid_at(first.end) {
            Some(m) => (m, false),
            None => (mid_at(b1.core_end).ok_or(None)?, true),
        };
        let b2 = self.body(skip_spaces(text, after_mid)).map_err(|_| None)?;
        if b2.range || b2.one_word {
            return Err(None);
        }
        let v2 = b2.value.ok_or(None)?;
        let second = b2.first.ok_or(None)?;
        let mut v1 = first.value;
        if first.scale.is_none()
            && let Some(s) = second.scale
            && v1 * s <= second.value
        {
            v1 *= s;
        }
        // the unit of the second number applies to the first
        let mult = if second.value != 0.0 {
            v2 / second.value
        } else {
            1.0
        };
        let lo = if unit_on_first {
            b1.value.unwrap_or(v1)
        } else {
            v1 * mult
        };
        if b2.kind != b1.kind && unit_on_first {
            return Err(None);
        }
        if lo.partial_cmp(&v2) != Some(std::cmp::Ordering::Less) || change() {
            // "passer de 14 à 6 médecins": a change, not a range; the first number has the
            // unit of the second and stands alone (the second is read on its own after it)
            if !unit_on_first
                && b1.kind == ClaimKind::Number
                && b1.unit.is_none()
                && (b2.kind != ClaimKind::Number || change() && b2.unit.is_some())
                && b2.kind != ClaimKind::Date
            {
                let mut b = Body::new(b2.kind, first.start, first.end);
                b.value = Some(lo);
                b.unit = b2.unit.clone();
                b.nums.push((first.start..first.end, first.value));
                b.first = Some(first);
                b.lead_dropped = true;
                return Ok(b);
            }
            return Err(None);
        }
        let mut b = Body::new(b2.kind, p0, b2.end);
        b.core_start = p0;
        b.range = true;
        b.low = Some(lo);
        b.high = Some(v2);
        b.unit = b2.unit.clone();
        b.per = b2.per;
        b.nums.push((first.start..first.end, first.value));
        b.nums.push((second.start..second.end, second.value));
        b.core_end = b2.core_end;
        b.end = b2.end;
        b.first = Some(first);
        Ok(b)
    }

    /// Does a percentage and a comma come right before `pos` ("up 12%, from …")?
    fn percent_then_comma_before(&self, pos: usize) -> bool {
        self.slice(0..pos)
            .trim_end_matches(is_space)
            .strip_suffix(',')
            .is_some_and(|head| {
                self.phrase_before(head.len(), |r| matches!(r, Role::Percent))
                    .is_some()
                    || head.ends_with('%')
            })
    }

    /// Can the token at `q` begin the amount after a range lead-in? False only when no body
    /// or vague amount can start there (neither digits, nor a number, vague or currency word,
    /// nor a symbol starting an entry).
    fn amount_may_start(&self, q: usize) -> bool {
        // the token kinds of `tok_at`, told by their first char
        match char_at(self.text, q) {
            Some(c) if c.is_ascii_digit() => true,
            Some(c) if is_space(c) => false,
            Some(c) => {
                let (end, id) = self.next_word(q);
                let flags = self.lex.flags(id);
                if !is_letter(c) {
                    return flags.trigger;
                }
                // an article of a fraction begins a body only before an ordinal (« la
                // moitié »); otherwise `body` reads the word by its other roles
                flags.starts_amount
                    || flags.alone_frac_art && self.lex.flags(self.next_word(end).1).starts_ord
            }
            None => false,
        }
    }

    /// The first test of `vague` at `p0`: a vague amount word or a scale, after an optional
    /// lead-in ("des", "a few"). False means `vague(p0)` fails.
    fn vague_may_start(&self, p0: usize) -> bool {
        let p = self
            .longest(p0, |r| matches!(r, Role::VagueLead | Role::VagueLead1))
            .map_or(p0, |(_, e)| e);
        self.longest(p, |r| matches!(r, Role::Vague(..) | Role::VaguePl(..)))
            .or_else(|| self.longest(p, |r| matches!(r, Role::Hundred | Role::Scale(_))))
            .is_some()
    }

    fn expr(&self, p: usize) -> PRes<Body> {
        let mask = self.mask.replace(M_ALL);
        if mask & M_AGE != 0
            && let Ok(b) = self.age_lead(p)
        {
            return Ok(b);
        }
        if mask & M_RANGE != 0
            && let Ok(b) = self.range_lead(p)
        {
            return Ok(b);
        }
        if mask & M_VAGUE != 0
            && let Ok(b) = self.vague(p)
        {
            return Ok(b);
        }
        if mask & M_BODY == 0 {
            return Err(None);
        }
        self.body(p)
    }

    // ------------------------------------------------------------------ dates

    fn month_at(&self, p: usize) -> Option<(u8, usize)> {
        let (r, e) = self.longest(p, |r| matches!(r, Role::Month(_)))?;
        let Role::Month(m) = r else { return None };
        let q = skip_spaces(self.text, p);
        if self.lang == Lang::En && !char_at(self.text, q).is_some_and(char::is_uppercase) {
            return None;
        }
        Some((m, e))
    }

    /// The digits token after `p` (spaces skipped) as (start, end), without its `Norm`.
    fn digits_after(&self, p: usize) -> Option<(usize, usize)> {
        let q = skip_spaces(self.text, p);
        self.text.as_bytes().get(q).filter(|b| b.is_ascii_digit())?;
        Some((q, super::text::digits_end(self.text, q)))
    }

    fn year_after(&self, e: usize) -> Option<(u64, usize)> {
        let (start, end) = self.digits_after(e)?;
        if end - start != 4 {
            return None;
        }
        if char_at(self.text, end).is_some_and(|c| is_letter(c) || c.is_ascii_digit()) {
            return None;
        }
        let y: u64 = self.slice(start..end).parse().ok()?;
        if (1000..=2999).contains(&y) {
            Some((y, end))
        } else {
            None
        }
    }

    fn day_at(&self, p: usize) -> Option<(u64, usize)> {
        let (start, end) = self.digits_after(p)?;
        if end - start > 2 {
            return None;
        }
        let d: u64 = self.slice(start..end).parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut e = end;
        if char_at(self.text, e).is_some_and(is_letter) {
            let le = letters_end(self.text, e);
            if !self.lex.word_has(norm_of(self.slice(e..le)).as_str(), |r| {
                matches!(r, Role::OrdDay)
            }) {
                return None;
            }
            e = le;
        }
        Some((d, e))
    }

    fn date_expr(&self, start: usize, end: usize, date: Option<String>) -> NumericExpr {
        let mut b = Body::new(ClaimKind::Date, start, end);
        b.date = date;
        self.finish(start, None, b)
    }

    /// "the 2024-25 season", « l'exercice 2023/24 »: a year, a dash or a slash and the next
    /// year's last two digits are one season or fiscal year, a span of two years.
    fn season_at(&self, pos: usize, year_end: usize) -> Option<NumericExpr> {
        if year_end != pos + 4 {
            return None;
        }
        let y1: u32 = self.slice(pos..year_end).parse().ok()?;
        if !(1900..=2099).contains(&y1) {
            return None;
        }
        let sep = char_at(self.text, year_end).filter(|&c| is_dash(c) || c == '/')?;
        let short = year_end + sep.len_utf8();
        let end = super::text::digits_end(self.text, short);
        let y2: u32 = self.slice(short..end).parse().ok()?;
        if end != short + 2
            || y2 != (y1 + 1) % 100
            || char_at(self.text, end).is_some_and(|c| c.is_alphanumeric())
        {
            return None;
        }
        let mut b = Body::new(ClaimKind::Date, pos, end);
        b.date = Some(format!("{y1}/{}", y1 + 1));
        b.range = true;
        b.low = Some(f64::from(y1));
        b.high = Some(f64::from(y1 + 1));
        Some(self.finish(pos, None, b))
    }

    fn date_at(&self, pos: usize) -> Option<NumericExpr> {
        let text = self.text;
        // "the next decade", "la dernière décennie": a period as long as its unit
        if let Some((Role::DurRel, e)) = self.longest(pos, |r| matches!(r, Role::DurRel))
            && let Some((u, m, e2, false)) = self.duration(e)
            && m >= 10.0
        {
            let mut b = Body::new(ClaimKind::Duration, pos, e2);
            b.value = Some(m);
            b.unit = Some(u.to_string());
            b.nums.push((e..e2, m));
            return Some(self.finish(pos, None, b));
        }
        if let Some((Role::RelDate, e)) = self.longest(pos, |r| matches!(r, Role::RelDate)) {
            return Some(self.date_expr(pos, e, None));
        }
        if let Some((Role::RelBefore, e)) = self.longest(pos, |r| matches!(r, Role::RelBefore))
            && let Some((_, e2)) = self.month_at(e)
        {
            return Some(self.date_expr(pos, e2, None));
        }
        // the token at `pos` as `tok_at` reads it (no token at a space), its digits without
        // a `Norm`
        let c = char_at(text, pos)?;
        if is_space(c) {
            return None;
        }
        if c.is_ascii_digit() {
            let t_end = super::text::digits_end(text, pos);
            if let Some(season) = self.season_at(pos, t_end) {
                return Some(season);
            }
            // 3 mars 2030, 1er mai, 4 July 2021
            if let Some((d, e)) = self.day_at(pos) {
                let mut me = e;
                if self.lang == Lang::En
                    && let Some(ot) = self.next_tok(e).filter(|t| t.is("of"))
                {
                    me = ot.end;
                }
                if let Some((m, e2)) = self.month_at(me) {
                    if let Some((y, e3)) = self.year_after(e2) {
                        return Some(self.date_expr(
                            pos,
                            e3,
                            Some(format!("{y:04}-{m:02}-{d:02}")),
                        ));
                    }
                    return Some(self.date_expr(pos, e2, Some(format!("--{m:02}-{d:02}"))));
                }
            }
            let ds = self.slice(pos..t_end);
            // numeric dates 17/05/2018, 5/17/2018, 2022-11-03
            if let Some(d) = self.numeric_date(pos) {
                return Some(d);
            }
            if ds.len() == 4
                && !char_at(text, t_end).is_some_and(|c| is_letter(c) || c.is_ascii_digit())
            {
                let y: u64 = ds.parse().ok()?;
                if !(1000..=2999).contains(&y) {
                    return None;
                }
                let dash_before = char_before(text, pos).is_some_and(is_dash);
                let ctx = if dash_before {
                    // mi-2022, mid-2022
                    match prev_word(text, pos.saturating_sub(1)) {
                        Some((s, e)) if e + 1 == pos => {
                            self.lex.word_has(norm_of(self.slice(s..e)).as_str(), |r| {
                                matches!(r, Role::YearCtx)
                            })
                        }
                        _ => false,
                    }
                } else {
                    self.year_context(pos, t_end).is_some()
                        || RECENT_YEARS.contains(&y)
                            && (self.year_listed_before_year(t_end)
                                || self.year_by_what_follows(y, t_end))
                };
                if ctx {
                    // 2019-2020 after a context word
                    if let Some(c) = char_at(text, t_end).filter(|c| is_dash(*c) || *c == '/') {
                        let q = t_end + c.len_utf8();
                        let de = super::text::digits_end(text, q);
                        if de == q + 4
                            && let Ok(y2) = self.slice(q..de).parse::<u64>()
                            && y2 > y
                            && y2 < y + 100
                        {
                            let mut b = Body::new(ClaimKind::Date, pos, de);
                            b.date = Some(format!("{y}/{y2}"));
                            b.range = true;
                            b.low = Some(y as f64);
                            b.high = Some(y2 as f64);
                            return Some(self.finish(pos, None, b));
                        }
                    }
                    return Some(self.date_expr(pos, t_end, Some(format!("{y:04}"))));
                }
            }
            return None;
        }
        if let Some((m, e)) = self.month_at(pos) {
            if let Some((y, e2)) = self.year_after(e) {
                return Some(self.date_expr(pos, e2, Some(format!("{y:04}-{m:02}"))));
            }
            if self.lang == Lang::En
                && let Some((d, e2)) = self.day_at(e)
            {
                let q = skip_spaces(text, e2);
                if char_at(text, q) == Some(',')
                    && let Some((y, e3)) = self.year_after(q + 1)
                {
                    return Some(self.date_expr(pos, e3, Some(format!("{y:04}-{m:02}-{d:02}"))));
                }
                if let Some((y, e3)) = self.year_after(e2) {
                    return Some(self.date_expr(pos, e3, Some(format!("{y:04}-{m:02}-{d:02}"))));
                }
                return Some(self.date_expr(pos, e2, Some(format!("--{m:02}-{d:02}"))));
            }
            if let Some((Role::RelAfter, e2)) = self.longest(e, |r| matches!(r, Role::RelAfter)) {
                return Some(self.date_expr(pos, e2, None));
            }
            if self.prev_word_norm_is(pos, |r| matches!(r, Role::YearCtx)) {
                return Some(self.date_expr(pos, e, None));
            }
        }
        // de 2015 à 2019, between 2015 and 2019: two dates, each year a claim of its own
        // (the first here, the second read after it), as a newsroom checks them
        if let Some((Role::RangeLead(mid), e)) =
            self.longest(pos, |r| matches!(r, Role::RangeLead(_)))
        {
            let (y1, e1) = self.year_after(e)?;
            let mt = self.next_tok(e1).filter(|t| t.norm.as_str() == mid)?;
            let (y2, e2) = self.year_after(mt.end)?;
            // ("entre 1180 et 1450 mètres" are altitudes)
            if y2 > y1 && !self.unit_follows(e2) && self.count_noun(e2, false, 2.0, false).is_none()
            {
                return Some(self.date_expr(skip_spaces(text, e), e1, Some(format!("{y1:04}"))));
            }
        }
        None
    }

    /// dd/mm/yyyy (French) or mm/dd/yyyy (English); yyyy-mm-dd.
    fn numeric_date(&self, pos: usize) -> Option<NumericExpr> {
        let s = self.slice(pos..self.text.len());
        let b = s.as_bytes();
        let take = |i: usize| -> (usize, usize) {
            let mut j = i;
            while b.get(j).is_some_and(|x| x.is_ascii_digit()) {
                j += 1;
            }
            (i, j)
        };
        let num = |r: (usize, usize)| -> Option<u64> { s.get(r.0..r.1)?.parse().ok() };
        let (a0, a1) = take(0);
        let sep = *b.get(a1)?;
        if sep != b'/' && sep != b'-' && sep != b'.' {
            return None;
        }
        let (b0, b1) = take(a1 + 1);
        if *b.get(b1)? != sep {
            return None;
        }
        let (c0, c1) = take(b1 + 1);
        if b.get(c1).is_some_and(|x| x.is_ascii_alphanumeric()) {
            return None;
        }
        let (x, y, z) = (num((a0, a1))?, num((b0, b1))?, num((c0, c1))?);
        let (lx, ly, lz) = (a1 - a0, b1 - b0, c1 - c0);
        let (yy, mm, dd) = if lx == 4 && ly <= 2 && lz <= 2 && sep == b'-' {
            (x, y, z)
        } else if lx <= 2 && ly <= 2 && lz == 4 && sep != b'-' {
            match self.lang {
                Lang::Fr => (z, y, x),
                Lang::En => {
                    if x > 12 {
                        (z, y, x)
                    } else {
                        (z, x, y)
                    }
                }
            }
        } else {
            return None;
        };
        if !(1..=12).contains(&mm) || !(1..=31).contains(&dd) || !(1000..=2999).contains(&yy) {
            return None;
        }
        Some(self.date_expr(pos, pos + c1, Some(format!("{yy:04}-{mm:02}-{dd:02}"))))
    }

    // ------------------------------------------------------------------ filters

    /// "roughly three-quarters of global output", « environ un quart des besoins »: a
    /// spelled fraction of a whole is a proportion, a percentage of it ("half of 1 percent",
    /// "the first half of 2024" take a fraction of a number or of a year; "half a century"
    /// was read as a duration).
    fn fraction_as_percentage(&self, e: &mut NumericExpr) {
        let fraction = |v: &Option<f64>| v.is_none_or(|v| v > 0.0 && v < 1.0);
        if e.kind != ClaimKind::Number
            || e.unit.is_some()
            || e.per.is_some()
            || e.value.or(e.low).is_none()
            || ![e.value, e.low, e.high].iter().all(fraction)
            || self
                .slice(e.span.clone())
                .bytes()
                .any(|b| b.is_ascii_digit())
            || !self.whole_follows(e.span.end)
            || self.number_after_whole(e.span.end)
        {
            return;
        }
        e.kind = ClaimKind::Percent;
        for v in [&mut e.value, &mut e.low, &mut e.high] {
            if let Some(x) = v.as_mut() {
                *x *= 100.0;
            }
        }
    }

    /// "4.5 million pounds of crab", « 4,5 millions de livres de crabe »: a currency that is
    /// also a unit of mass (`masscur`), followed by "of" and a noun, weighs that noun; "£",
    /// "sterling" and the nouns of money (`moneyof`: "pounds of funding") keep it money.
    fn pounds_of_weight(&self, e: &mut NumericExpr) {
        if e.kind != ClaimKind::Money {
            return;
        }
        let Some(mass) = prev_word(self.text, e.span.end)
            .filter(|&(_, end)| end == e.span.end)
            .and_then(|(s, end)| {
                self.lex
                    .entries_of(self.letters_id(s, end))
                    .iter()
                    .find_map(|x| match x.role {
                        Role::MassCur(code) if x.rest.is_empty() => Some(code),
                        _ => None,
                    })
            })
        else {
            return;
        };
        let Some((_, of_end)) = self.longest(e.span.end, |r| matches!(r, Role::VagueOf)) else {
            return;
        };
        let noun = self.next_tok(of_end).is_some_and(|t| {
            t.kind == TokKind::Word && self.slice(t.start..t.end).starts_with(char::is_lowercase)
        });
        if noun
            && self
                .longest(of_end, |r| matches!(r, Role::MoneyOf))
                .is_none()
        {
            e.kind = ClaimKind::Number;
            e.unit = Some(mass.to_string());
        }
    }

    /// Whether a figure follows the "of" or the determiner after a fraction ending at `end`
    /// ("half of 1 percent", "the first half of 2024").
    fn number_after_whole(&self, end: usize) -> bool {
        let Some(t) = self.next_tok(end) else {
            return false;
        };
        self.next_tok(t.end).is_some_and(|n| {
            n.kind == TokKind::Digits || self.lex.word_has(n.norm.as_str(), |r| r.is_number_word())
        })
    }

    /// Whether the whole a fraction ending at `end` is taken of follows: "of", « de », or a
    /// determiner ("half the staff", « la moitié des salariés »), past a closing quotation
    /// mark (« couvrir « environ un quart » des besoins »).
    fn whole_follows(&self, end: usize) -> bool {
        let after = skip_spaces(self.text, end);
        let end = match char_at(self.text, after) {
            Some(c @ ('»' | '”' | '"')) => after + c.len_utf8(),
            _ => end,
        };
        self.longest(end, |r| matches!(r, Role::VagueOf | Role::WholeDet))
            .is_some()
    }

    /// "the Three Gorges Dam", « l'association Zéro Inondation »: a spelled number written
    /// with a capital inside a sentence (right after a lowercase word or a determiner), before
    /// a capitalised word, is a word of a name. A title-case headline ("Council Approves Five
    /// New Homes") has no lowercase word before it.
    fn spelled_in_a_name(&self, pos: usize) -> bool {
        let text = self.text;
        if !char_at(text, pos).is_some_and(char::is_uppercase) {
            return false;
        }
        // (or after a determiner: "The Three Gorges Dam" opening a sentence)
        let after_lowercase = prev_word(text, pos).is_some_and(|(s, e)| {
            self.slice(e..pos).chars().all(is_space)
                && !self.slice(e..pos).contains('\n')
                && (self.slice(s..e).starts_with(char::is_lowercase)
                    || self
                        .lex
                        .id_has(self.letters_id(s, e), |r| matches!(r, Role::TypeDet)))
        });
        after_lowercase
            && self
                .capitalised_word_after(letters_end(text, pos))
                .is_some()
    }

    /// « un camion neuf coûte »: a number word that is also an adjective (role `postadj`),
    /// after a determiner and its noun, is the adjective: a number comes before its noun.
    fn adjective_after_its_noun(&self, pos: usize) -> bool {
        let text = self.text;
        let word = letters_end(text, pos);
        if !self
            .lex
            .id_has(self.letters_id(pos, word), |r| matches!(r, Role::PostAdj))
        {
            return false;
        }
        let Some((ns, ne)) = prev_word(text, pos) else {
            return false;
        };
        // (« un des neuf candidats »: a function word is no noun)
        let function_word = self.lex.id_has(self.letters_id(ns, ne), |r| {
            matches!(r, Role::Stop | Role::TypeDet | Role::FuncWord)
        });
        self.slice(ne..pos).chars().all(is_space)
            && !function_word
            && self.slice(ns..ne).starts_with(char::is_lowercase)
            && self.prev_word_norm_is(ns, |r| matches!(r, Role::TypeDet))
    }

    /// "the 341 bus", "the 405 freeway", "the 7 train": a definite article, figures and a
    /// noun of the lexicon's `refafter` list (in its singular) name one bus or road by its
    /// number; they count none.
    fn numbered_thing(&self, pos: usize, body: &Body) -> bool {
        if !matches!(body.kind, ClaimKind::Count | ClaimKind::Number)
            || body.range
            || !char_at(self.text, pos).is_some_and(|c| c.is_ascii_digit())
        {
            return false;
        }
        let figures_end = super::text::digits_end(self.text, pos);
        let (start, end, id) = self.next_word_span(figures_end);
        // (a definite determiner of the `yeardet` list: "the", "this"; "a 40 bus fleet"
        // counts buses)
        let determiner = prev_word(self.text, pos).is_some_and(|(s, e)| {
            let id = self.letters_id(s, e);
            self.slice(e..pos).chars().all(is_space)
                && self.lex.id_has(id, |r| matches!(r, Role::YearDet))
                && !self.lex.id_has(id, |r| matches!(r, Role::Article))
        });
        end != usize::MAX
            && start > figures_end
            && determiner
            && self.lex.id_has(id, |r| matches!(r, Role::RefAfter))
    }

    /// "Llama 4", "CAC 40", "Windows 11": a capitalised name right before the number.
    fn name_before(&self, pos: usize) -> bool {
        let text = self.text;
        let Some((s, e)) = prev_word(text, pos) else {
            return false;
        };
        let gap = self.slice(e..pos);
        if !gap.chars().all(is_space) || gap.contains('\n') {
            return false;
        }
        let w = self.slice(s..e);
        let id = self.letters_id(s, e);
        if self.lex.id_has(id, |r| matches!(r, Role::Name)) {
            return true;
        }
        // « la Stratégie énergétique 2050 », « le Plan climat 2030 »: a year closing a name
        // written in sentence case, a capitalised word then a lowercase one
        if !has_upper(w)
            && self.year_at(pos)
            && let Some((s2, e2)) = prev_word(text, s)
            && self.slice(e2..s).chars().all(is_space)
        {
            return self.capitalised_name_word(s2, e2, pos);
        }
        self.capitalised_name_word(s, e, pos)
    }

    /// Whether the four digits at `pos` are a year of this century or the last.
    fn year_at(&self, pos: usize) -> bool {
        let end = super::text::digits_end(self.text, pos);
        end == pos + 4
            && self
                .slice(pos..end)
                .parse::<u32>()
                .is_ok_and(|y| (1900..=2100).contains(&y))
    }

    /// Whether the word `s..e` before the number at `number` is capitalised as a name: no
    /// lexicon word but an adjective or a unit of time ("Transit Workers Local 418", "my Year
    /// 11 class"), and not only because it opens a sentence (then only an acronym or camel
    /// case is a name).
    fn capitalised_name_word(&self, s: usize, e: usize, number: usize) -> bool {
        let w = self.slice(s..e);
        if !has_upper(w)
            || self.lex.id_has(self.letters_id(s, e), |r| {
                !matches!(r, Role::Adj | Role::Dur(..))
            })
        {
            return false;
        }
        let before = self.slice(0..s).trim_end_matches(is_space);
        // (a quotation opens a sentence: "“Closing four centres is …”", unless it closes
        // right after the number, the name of something: "known as “Box 7”")
        let quoted_name = || {
            let after = skip_spaces(self.text, self.chain_end(number));
            char_at(self.text, after).is_some_and(|c| matches!(c, '”' | '’' | '»' | '"' | '›'))
        };
        let initial = before.is_empty()
            || before.ends_with(['.', '!', '?', ':', '"', '«', '\n', '(', '—', '–'])
            || (before.ends_with(['“', '‘', '„', '‹']) && !quoted_name());
        if initial {
            // sentence-initial capital: only acronyms and camel case are names
            return w.chars().skip(1).any(char::is_uppercase);
        }
        true
    }

    fn ref_before(&self, pos: usize) -> bool {
        let text = self.text;
        let before = self.slice(0..pos).trim_end_matches(is_space);
        if before.ends_with(['°', '#', '§']) {
            return true;
        }
        let b2 = before.strip_suffix('.').unwrap_or(before);
        let Some((s, e)) = prev_word(b2, b2.len()) else {
            return false;
        };
        if e != b2.len() {
            return false;
        }
        let _ = text;
        self.lex
            .id_has(self.letters_id(s, e), |r| matches!(r, Role::RefBefore))
    }

    /// "routes 44, 45 and 47 to Norwich", « les lignes 44, 45 et 47 desservent »: past the
    /// references listed after the one at `pos`, joined by commas and the conjunction of role
    /// `yearlist`. A number inside the list is followed by its comma or the conjunction; one
    /// that is not ends the list, and counts what follows it ("route 9, 12 buses"), as does a
    /// last one before a plural noun ("route 9 and 12 buses").
    fn reference_list_end(&self, pos: usize) -> usize {
        const LISTED: usize = 8;
        let joiner = |at: usize| -> Option<(bool, usize)> {
            let mut q = skip_spaces(self.text, at);
            let comma = self.text.as_bytes().get(q) == Some(&b',');
            if comma {
                q = skip_spaces(self.text, q + 1);
            }
            // (after a comma too: "4, 5, and 12")
            match self.longest(q, |r| matches!(r, Role::YearList)) {
                Some((_, e)) => Some((true, skip_spaces(self.text, e))),
                None => comma.then_some((false, q)),
            }
        };
        let mut end = self.chain_end(pos);
        for _ in 0..LISTED {
            let Some((last, q)) = joiner(end) else { break };
            if !self.text.as_bytes().get(q).is_some_and(u8::is_ascii_digit) {
                break;
            }
            let e = self.chain_end(q);
            let listed = if last {
                !self
                    .next_tok(e)
                    .is_some_and(|t| self.noun_ok(&t) && looks_plural(t.norm.as_str()))
            } else {
                joiner(e).is_some()
            };
            if !listed {
                break;
            }
            end = e;
            if last {
                break;
            }
        }
        end
    }

    /// End of a reference/code chain like 49-3, 49.3, 2020-1234, 19.
    fn chain_end(&self, pos: usize) -> usize {
        let text = self.text;
        let mut e = alnum_end(text, pos);
        loop {
            match char_at(text, e) {
                Some(c)
                    if matches!(c, '-' | '.' | '/' | '–')
                        && char_at(text, e + c.len_utf8()).is_some_and(|x| x.is_ascii_digit()) =>
                {
                    e = alnum_end(text, e + c.len_utf8());
                }
                _ => return e,
            }
        }
    }

    /// Phone numbers: +33 6 12 34 56 78, 01 23 45 67 89, +1-222-2222-2222.
    fn phone_end(&self, pos: usize) -> Option<usize> {
        let text = self.text;
        let b = text.as_bytes();
        let mut i = pos;
        let plus = b.get(i) == Some(&b'+');
        if plus {
            i += 1;
        }
        let mut groups = 0;
        let mut lens_ok = true;
        let mut all3 = true;
        let mut sep_kind: Option<u8> = None;
        loop {
            let s = i;
            while b.get(i).is_some_and(|x| x.is_ascii_digit()) {
                i += 1;
            }
            let l = i - s;
            if l == 0 {
                return None;
            }
            if l > 4 {
                lens_ok = false;
            }
            if groups > 0 && l != 3 {
                all3 = false;
            }
            groups += 1;
            if groups >= 8 {
                break;
            }
            match b.get(i) {
                Some(&c)
                    if (c == b' ' || c == b'-' || c == b'.' || c == b'/')
                        && b.get(i + 1).is_some_and(|x| x.is_ascii_digit()) =>
                {
                    if c == b'.' && sep_kind.is_none() && groups == 1 && !plus {
                        // decimals / IP addresses are not phone numbers
                        return None;
                    }
                    if sep_kind.is_some_and(|k| k != c && c != b'/') {
                        break;
                    }
                    sep_kind = Some(c);
                    i += 1;
                }
                _ => break,
            }
        }
        let needed = if plus { 3 } else { 4 };
        if groups >= needed && lens_ok && !(all3 && sep_kind == Some(b' ')) {
            Some(i)
        } else {
            None
        }
    }

    // ------------------------------------------------------------------ assembly

    fn quals(&self, pos: usize) -> (Option<QualKind>, usize) {
        let mut q = None;
        let mut p = pos;
        for _ in 0..2 {
            match self.longest(p, |r| matches!(r, Role::Qual(_))) {
                Some((Role::Qual(k), e)) => {
                    if q.is_none() {
                        q = Some(k);
                    }
                    p = skip_spaces(self.text, e);
                }
                _ => break,
            }
        }
        (q, p)
    }

    fn finish(&self, start: usize, qual: Option<QualKind>, b: Body) -> NumericExpr {
        let (qualifier, value, low, high) = if b.range {
            (Qualifier::Range, None, b.low, b.high)
        } else if b.kind == ClaimKind::Date {
            (Qualifier::Exact, None, None, None)
        } else if b.value.is_none() || b.vague {
            (Qualifier::Approx, b.value, b.low, b.high)
        } else {
            let v = b.value;
            let k = qual.or(b.post);
            match (k, v) {
                (None, _) => (Qualifier::Exact, v, v, v),
                (Some(QualKind::Approx), Some(x)) => {
                    let (a, c) = (x * 0.9, x * 1.1);
                    (Qualifier::Approx, v, Some(a.min(c)), Some(a.max(c)))
                }
                (Some(QualKind::Almost), Some(x)) => (
                    Qualifier::Approx,
                    v,
                    Some((x * 0.9).min(x)),
                    Some((x * 0.9).max(x)),
                ),
                (Some(QualKind::MoreThan), _) => (Qualifier::MoreThan, v, v, None),
                (Some(QualKind::LessThan), _) => (Qualifier::LessThan, v, None, v),
                (Some(QualKind::AtLeast), _) => (Qualifier::AtLeast, v, v, None),
                (Some(QualKind::AtMost), _) => (Qualifier::AtMost, v, None, v),
                (Some(_), None) => (Qualifier::Approx, v, None, None),
            }
        };
        let value = if b.kind == ClaimKind::Date {
            None
        } else {
            value
        };
        NumericExpr {
            span: start..b.end,
            kind: b.kind,
            value,
            date: b.date,
            unit: b.unit,
            qualifier,
            low,
            high,
            per: b.per.map(str::to_string),
            core: b.core_start..b.core_end,
            numbers: b.nums,
        }
    }

    /// Finds the entries starting with the token at `pos` that match completely, remembers
    /// them for `longest`, and returns the union of their parser masks (see `word_mask` for
    /// the roles left out).
    fn remember_matches(&self, pos: usize) -> (u32, Deferred) {
        let mut mask = 0;
        let mut deferred = Deferred::default();
        let entries = self.entries_at(pos);
        let mut guard = self.trig.borrow_mut();
        let tm = &mut *guard;
        tm.pos = usize::MAX;
        tm.n = 0;
        let Some((end, list)) = entries else {
            tm.pos = pos;
            return (mask, deferred);
        };
        let mut complete = true;
        each_match(
            end,
            list,
            |_| true,
            |p| self.next_word(p),
            |role, e| {
                match role {
                    Role::RangeLead(_) => deferred.range_lead = true,
                    Role::FracArt => deferred.frac_art = true,
                    _ => mask |= role.parser_mask(),
                }
                match tm.found.get_mut(tm.n) {
                    Some(slot) => {
                        *slot = (role, e);
                        tm.n += 1;
                    }
                    None => complete = false,
                }
            },
        );
        if complete {
            tm.pos = pos;
        }
        (mask, deferred)
    }

    /// The sub-parsers worth trying at the word at `pos`: those of the entries matching
    /// completely there, less those whose first test is known to fail. Function words start
    /// most of these entries (« de », « la », "a"): their parsers are tried only when what
    /// follows can continue them.
    fn word_mask(&self, pos: usize) -> u32 {
        let (mut mask, deferred) = self.remember_matches(pos);
        // « de », "from": a range (or a year range) needs an amount after the lead-in
        if deferred.range_lead
            && let Some((_, e)) = self.longest(pos, |r| matches!(r, Role::RangeLead(_)))
            && self.amount_may_start(skip_spaces(self.text, e))
        {
            mask |= M_RANGE | M_DATE;
        }
        // « la » starts a body only as « la moitié » (`body` reads other words by their own
        // roles, which are in `mask` already)
        if deferred.frac_art
            && let Some((_, e)) = self.longest(pos, |r| matches!(r, Role::FracArt))
            && matches!(
                self.longest(e, |r| matches!(r, Role::Ord(_))),
                Some((Role::Ord(2.0), _))
            )
        {
            mask |= M_BODY;
        }
        if mask & M_VAGUE != 0 && !self.vague_may_start(pos) {
            mask &= !M_VAGUE;
        }
        mask
    }

    /// Does `word_mask` give nothing at the word `id` ending at `end`, as told by the flags of
    /// the word and of the next one, without going through the word's entries? Only when
    /// the next word is the second token of none of them (then only the single-token entries
    /// match); false when unsure. Most tries at function words (« de », « la », "in") end here.
    fn alone_gives_nothing(&self, end: usize, id: WordId) -> bool {
        let flags = self.lex.flags(id);
        if flags.alone_mask != 0 {
            return false;
        }
        let (after_end, next) = self.next_word(end);
        if after_end != usize::MAX && self.lex.pairs_with(id, next) {
            return false;
        }
        // the deferred roles of `word_mask`, whose single-token entries end at `end`
        if flags.alone_range_lead && self.amount_may_start(skip_spaces(self.text, end)) {
            return false;
        }
        !(flags.alone_frac_art && self.lex.flags(next).starts_ord)
    }

    /// `word` is the end and word id of the token at `pos` when it starts with a letter (read
    /// once by the caller).
    fn try_at(&self, pos: usize, word: Option<(usize, WordId)>) -> Outcome {
        let text = self.text;
        if let Some(found) = word {
            self.note_word(pos, pos, found);
        }
        // The commonest triggers ("a", "the", « un ») are mostly followed by a word of no
        // lexicon entry, or by one that is neither the second token of one of their entries
        // nor a number word, vague amount, range infix or unit (nor an ISO code with a scale
        // letter): then none of their entries of several tokens matches and the roles of
        // their own give nothing (see `Lexicon::inert_alone`), so no parser is tried. The
        // unit check of a lone "un" is skipped in "all numbers" mode, where it is a number.
        if let Some((end, id)) = word
            && !self.all
            && self.lex.flags(id).inert_alone
            && let (start, after_end, next) = self.next_word_span(end)
            && after_end != usize::MAX
            && char_at(text, start).is_some_and(is_letter)
            && self.iso_scaled_word(pos, end).is_none()
            && (next == NO_WORD
                || !self.lex.flags(next).continues_one
                    && !self.lex.pairs_with(id, next)
                    && self.iso_scaled_word(start, after_end).is_none())
        {
            return Outcome::Nothing;
        }
        if let Some((end, id)) = word
            && self.alone_gives_nothing(end, id)
        {
            return Outcome::Nothing;
        }
        let mask = match word {
            // only the entries matching completely here count ("l'" alone is nothing, « de
            // la » starts no qualifier): each sub-parser first reads an entry of its own
            // roles at this position
            Some(_) => self.word_mask(pos),
            None => {
                self.remember_matches(pos);
                M_ALL
            }
        };
        if mask == 0 {
            return Outcome::Nothing;
        }
        self.mask.set(mask);
        if mask & M_DATE != 0
            && let Some(d) = self.date_at(pos)
        {
            return Outcome::Claim(d);
        }
        if mask & M_AGE == 0 {
        } else if let Some((Role::AgeGroup(lo, hi), e)) =
            self.longest(pos, |r| matches!(r, Role::AgeGroup(..)))
        {
            let mut b = Body::new(ClaimKind::Age, pos, e);
            b.range = true;
            b.low = Some(lo);
            b.high = Some(hi);
            b.unit = Some("year".to_string());
            return Outcome::Claim(self.finish(pos, None, b));
        }
        let starts_digit = char_at(text, pos).is_some_and(|c| c.is_ascii_digit() || c == '+');
        if starts_digit && !self.all {
            // GPT-4, COVID-19, SCP-173
            if char_before(text, pos).is_some_and(is_dash)
                && char_before(text, pos.saturating_sub(1)).is_some_and(is_letter)
            {
                return Outcome::Skip(self.chain_end(pos));
            }
            if self.ref_before(pos) {
                return Outcome::Skip(self.reference_list_end(pos));
            }
            if let Some(e) = self.phone_end(pos) {
                return Outcome::Skip(e);
            }
        }
        if starts_digit {
            // ordinals used as ranks: 1er, 2e, 3rd (dates were tried above)
            let de = super::text::digits_end(text, pos);
            if de > pos && char_at(text, de).is_some_and(is_letter) {
                let le = letters_end(text, de);
                if !char_at(text, le).is_some_and(|c| c.is_ascii_digit())
                    && self
                        .lex
                        .word_has(norm_of(self.slice(de..le)).as_str(), |r| {
                            matches!(r, Role::OrdDay)
                        })
                    || matches!(
                        norm_of(self.slice(de..le)).as_str(),
                        "eme" | "emes" | "es" | "eres" | "nds" | "ths"
                    )
                {
                    return Outcome::Skip(le);
                }
            }
        }
        let (qual, p) = if mask & M_QUAL != 0 {
            self.quals(pos)
        } else {
            (None, pos)
        };
        if qual.is_some() {
            self.mask.set(M_ALL);
            // "jusqu'à 2030": a qualifier that is also a year context; "until at least 2031":
            // a year context before the qualifier
            if let Some(t) = self.tok_at(p)
                && t.kind == TokKind::Digits
                && let Some(y) = year_like(self.slice(t.start..t.end).parse().ok(), t.end - t.start)
                && !char_at(text, t.end).is_some_and(|c| is_letter(c) || c.is_ascii_digit())
                && (self.year_context(p, t.end).is_some_and(|s| s <= pos)
                    || self.year_context(pos, t.end).is_some())
            {
                return Outcome::Claim(self.date_expr(p, t.end, Some(format!("{y:04}"))));
            }
        }
        let body = match self.expr(p) {
            Ok(b) => b,
            Err(Some(e)) if qual.is_none() => return Outcome::Skip(e),
            Err(_) => return Outcome::Nothing,
        };
        if !self.all
            && qual.is_none()
            && self.article_duration(&body)
            && self
                .phrase_before(pos, |r| matches!(r, Role::DurLead))
                .is_none()
            && !self.elided_article(&body)
        {
            // "sur un an", "a year ago": the article is no quantity ("près d'un an" is, and
            // so is « depuis un an », "for a year", « un moratoire d’un an »)
            return Outcome::Skip(body.end);
        }
        if !self.all
            && let Some(e) = self.all_of_a_period(&body)
        {
            return Outcome::Skip(e);
        }
        if !self.all && qual.is_none() && self.numbered_thing(pos, &body) {
            return Outcome::Skip(body.end);
        }
        // « à deux pas du stade », « aux quatre coins du pays » (set phrases are spelled)
        let spelled = !char_at(self.text, pos).is_some_and(|c| c.is_ascii_digit());
        if !self.all
            && spelled
            && matches!(body.kind, ClaimKind::Count | ClaimKind::Number)
            && qual.is_none()
            && let Some((_, idiom_end)) = self.longest(pos, |r| matches!(r, Role::Idiom))
        {
            return Outcome::Skip(idiom_end);
        }
        if !self.all
            && spelled
            && qual.is_none()
            && (self.spelled_in_a_name(pos) || self.adjective_after_its_noun(pos))
        {
            return Outcome::Skip(letters_end(self.text, pos));
        }
        // "at seven o'clock": a spelled hour (figures are left out in `digit_atom`)
        if !self.all
            && spelled
            && matches!(body.kind, ClaimKind::Count | ClaimKind::Number)
            && body.unit.is_none()
            && !body.range
            && let Some((_, clock_end)) = self.longest(body.end, |r| matches!(r, Role::ClockAfter))
        {
            return Outcome::Skip(clock_end);
        }
        // « un 4 ½ », « d’un 3 ½ de Saint-Michel »: a dwelling's type (rooms), no quantity
        if !self.all
            && qual.is_none()
            && body.kind == ClaimKind::Number
            && body.unit.is_none()
            && !body.range
            && body.value.is_some_and(|v| v.fract() == 0.5)
            && self.slice(pos..body.end).contains('½')
            && self
                .phrase_before(pos, |r| matches!(r, Role::TypeDet))
                .is_some()
        {
            return Outcome::Skip(body.end);
        }
        if !self.all
            && qual.is_none()
            && matches!(body.kind, ClaimKind::Number | ClaimKind::Count)
            && !body.range
            && body
                .unit
                .as_deref()
                .is_none_or(|_| body.kind == ClaimKind::Count)
            && let Some(f) = body.first
            && self.fraction_only(f.start..f.end)
        {
            // "half", "la moitié" alone are no claim; "half of the profit" is, "the second
            // half of April" is not
            let dash_before = char_before(text, f.start).is_some_and(is_dash);
            if dash_before
                || !self.whole_follows(f.end)
                || self.prev_word_norm_is(f.start, |r| matches!(r, Role::PeriodOrdinal))
            {
                return Outcome::Skip(f.end);
            }
        }
        let plain_number = body.kind == ClaimKind::Number && !body.range && !body.vague;
        let bare = (plain_number || body.kind == ClaimKind::Count) && !body.range && !body.vague;
        if body.one_word && plain_number {
            let ok = self.all
                && match self.lang {
                    Lang::Fr => true,
                    Lang::En => {
                        let w = norm_of(self.slice(body.core_start..body.end));
                        w.as_str() == "one"
                            && !matches!(
                                prev_word(text, pos)
                                    .map(|(s, e)| norm_of(self.slice(s..e)))
                                    .as_ref()
                                    .map(|n| n.as_str()),
                                Some(
                                    "the"
                                        | "which"
                                        | "this"
                                        | "that"
                                        | "each"
                                        | "every"
                                        | "any"
                                        | "no"
                                )
                            )
                    }
                };
            if !ok {
                return Outcome::Nothing;
            }
        }
        // (a range of no unit too: "a Boeing 737-800")
        let bare_range = body.range
            && body.unit.is_none()
            && matches!(body.kind, ClaimKind::Number | ClaimKind::Count);
        if !self.all
            && (bare || bare_range)
            && qual.is_none()
            && body.per.is_none()
            && self.name_before(pos)
        {
            // (past the whole chain: "Halbury beat Preston 2-1" is a score)
            return Outcome::Skip(body.end.max(self.chain_end(pos)));
        }
        let mut b = body;
        let span_start = if b.lead_dropped { b.core_start } else { pos };
        if qual.is_some() && b.core_start < p {
            b.core_start = p;
        }
        Outcome::Claim(self.finish(span_start, qual, b))
    }
}

impl Cx<'_> {
    /// Bare numbers that take the counted noun of a neighbouring count: "29 voix contre 14",
    /// "14 dossiers sur 47" (a contrast word after the count), "85 of its 210 shops", "trois
    /// des cinq énergéticiens" (a partitive before the count), "Of the 31 patients, 24 are
    /// children" (the count opened by a partitive, the number after its comma), "52,000
    /// passengers in 2024, down from 61,500", « 465 lits, dont 75 » (after a count of the
    /// sentence).
    fn inherit_nouns(&self, out: &mut [NumericExpr]) {
        let bare = |e: &NumericExpr| {
            e.kind == ClaimKind::Number
                && e.unit.is_none()
                && e.value.is_some()
                && e.qualifier != Qualifier::Range
                && e.per.is_none()
        };
        // (a measure too: « 3 000 hectares … dont environ 1 100 », "40 hectares out of 130,000")
        let count = |e: &NumericExpr| {
            matches!(e.kind, ClaimKind::Count | ClaimKind::Number)
                && e.unit.is_some()
                && e.qualifier != Qualifier::Range
        };
        let only_spaces = |a: usize, b: usize| a <= b && self.slice(a..b).chars().all(is_space);
        for i in 0..out.len() {
            let Some(cur) = out.get(i) else { break };
            if !bare(cur) {
                continue;
            }
            let mut unit: Option<(ClaimKind, String)> = None;
            // (« deux jours, contre trois cette année »: a duration too, and past a comma)
            if i > 0
                && let Some(prev) = out.get(i - 1)
                && (count(prev)
                    || (prev.kind == ClaimKind::Duration && prev.qualifier != Qualifier::Range))
                && let Some((_, s)) =
                    self.phrase_before(cur.span.start, |r| matches!(r, Role::Contrast))
                && (only_spaces(prev.span.end, s) || self.modifiers_then_comma(prev.span.end, s))
            {
                unit = prev.unit.clone().map(|u| (prev.kind, u));
            }
            // ("nine of the airline's 26 aircraft": past a possessive)
            if unit.is_none()
                && let Some(next) = out.get(i + 1)
                && count(next)
                && let Some((_, s)) = self.phrase_before(
                    self.possessive_before(next.span.start)
                        .unwrap_or(next.span.start),
                    |r| matches!(r, Role::PartOf),
                )
                && only_spaces(cur.span.end, s)
            {
                unit = next.unit.clone().map(|u| (next.kind, u));
            }
            if unit.is_none()
                && i > 0
                && let Some(prev) = out.get(i - 1)
                && count(prev)
                && self
                    .phrase_before(prev.span.start, |r| matches!(r, Role::PartOf))
                    .is_some()
                && self.modifiers_then_comma(prev.span.end, cur.span.start)
            {
                unit = prev.unit.clone().map(|u| (prev.kind, u));
            }
            // « près de 1 100 hectares, sur les 4 800 que compte le vignoble », "12 patients,
            // of the 40 treated": the whole the part was taken from
            if unit.is_none()
                && i > 0
                && let Some(prev) = out.get(i - 1)
                && count(prev)
                && let Some((_, s)) =
                    self.phrase_before(cur.span.start, |r| matches!(r, Role::PartOf))
                && (only_spaces(prev.span.end, s) || self.modifiers_then_comma(prev.span.end, s))
            {
                unit = prev.unit.clone().map(|u| (prev.kind, u));
            }
            // "fall from seven snapper to five", « passer de 12 salariés à 8 »
            if unit.is_none()
                && i > 0
                && let Some(prev) = out.get(i - 1)
                && count(prev)
                && let Some((_, s)) =
                    self.phrase_before(cur.span.start, |r| matches!(r, Role::RangeInfix))
                && only_spaces(prev.span.end, s)
                && self
                    .phrase_before(prev.span.start, |r| matches!(r, Role::RangeLead(_)))
                    .is_some()
            {
                unit = prev.unit.clone().map(|u| (prev.kind, u));
            }
            if unit.is_none()
                && let Some((_, s)) =
                    self.phrase_before(cur.span.start, |r| matches!(r, Role::SameNoun))
            {
                unit = self.count_of_sentence_before(&out[..i], s);
            }
            if let (Some((kind, u)), Some(e)) = (unit, out.get_mut(i)) {
                e.kind = kind;
                e.unit = Some(u);
            }
        }
    }
}

impl Cx<'_> {
    /// Are the bytes `a..b` a few words then a comma ("Sur les 42 spectacles programmés, ")?
    /// « L’investissement de 220 millions d’euros sera soutenu à hauteur de 45 millions »,
    /// "budget de 420 millions", « Nous allons vivre avec 15 millions » after « 15 MDH »: a
    /// bare amount in millions or billions is money. Its currency is that of the same amount
    /// named before (« un plan de 120 millions d’euros » … « Avec 120 millions »), else that
    /// of the amount before it in its paragraph or the one before, when no other quantity
    /// with a unit (litres, people) comes between; a conversion right after an amount
    /// (« 180 millions de francs CFA, soit environ 274 000 euros ») does not change it.
    /// Bare numbers without a scale word stay numbers (« Pas 120 000. » may count anything).
    fn inherit_currency(&self, out: &mut [NumericExpr]) {
        /// How far back, in bytes, the amount may be: about two paragraphs of news, the
        /// reach of the cases measured (the farthest was the paragraph before).
        const REACH: usize = 1000;
        /// How far back the same amount may have been named: an article's length, so the
        /// lookup stays bounded in a long document.
        const REPEAT_REACH: usize = 5000;
        /// A conversion follows its amount within these many bytes: « , soit environ »,
        /// " (about ".
        const CONVERSION_GAP: usize = 24;
        // every amount so far (end, value, currency), and the one whose currency carries over
        let mut amounts: Vec<(usize, f64, String)> = Vec::new();
        let mut money: Option<(usize, String)> = None;
        for i in 0..out.len() {
            let (head, tail) = out.split_at_mut(i + 1);
            let Some(e) = head.last_mut() else { break };
            let next = tail.first();
            if e.kind == ClaimKind::Money {
                // (an amount in cents says nothing of the next one in millions)
                let Some(iso) = e.unit.clone().filter(|u| super::major_unit(u).is_none()) else {
                    money = None;
                    continue;
                };
                if let Some(v) = e.value {
                    amounts.push((e.span.end, v, iso.clone()));
                }
                let conversion = money.as_ref().is_some_and(|(end, prev)| {
                    *prev != iso
                        && e.span.start >= *end
                        && e.span.start - end <= CONVERSION_GAP
                        && self.slice(*end..e.span.start).contains([',', '('])
                });
                money = if conversion {
                    money.map(|(_, prev)| (e.span.end, prev))
                } else {
                    Some((e.span.end, iso))
                };
                continue;
            }
            // « 29 millions de litres, contre 38 millions »: the amount before is that of
            // the nearest quantity in millions with a unit (« les 600 bénévoles » between
            // a deficit in francs and « 2 millions » count no millions)
            if matches!(e.kind, ClaimKind::Number | ClaimKind::Count)
                && e.unit.is_some()
                && e.value.is_some_and(|v| v >= 1e6)
            {
                money = None;
                continue;
            }
            // (the amount closes its clause: « un budget de 420 millions. », « Avec 120
            // millions, on relocalise »; « ils étaient 3 millions dans la rue » are people)
            if e.kind != ClaimKind::Number
                || e.unit.is_some()
                || e.per.is_some()
                || !self.ends_with_scale(e.span.end)
                || !(self.clause_ends_at(e.span.end)
                    || self.date_closes_after(e.span.end, next)
                    || self.time_reference_closes_after(e.span.end))
            {
                continue;
            }
            let repeated = e.value.and_then(|v| {
                amounts
                    .iter()
                    .rev()
                    .take_while(|(end, _, _)| e.span.start - end <= REPEAT_REACH)
                    .find(|(_, a, _)| *a == v)
                    .map(|(_, _, iso)| iso.clone())
            });
            let near = money.as_ref().and_then(|(end, iso)| {
                (e.span.start >= *end
                    && e.span.start - end <= REACH
                    && self.paragraph_breaks(*end, e.span.start) <= 1)
                    .then(|| iso.clone())
            });
            if let Some(iso) = repeated.or(near) {
                e.kind = ClaimKind::Money;
                e.unit = Some(iso);
            }
        }
    }

    /// « contre 1,6 million en 2024. »: whether `next` is a date one word or less after `end`
    /// (no comma between) that closes the clause.
    fn date_closes_after(&self, end: usize, next: Option<&NumericExpr>) -> bool {
        next.is_some_and(|d| {
            let gap = self.slice(end..d.span.start.max(end));
            d.kind == ClaimKind::Date
                && d.span.start >= end
                && gap.split_whitespace().count() <= 1
                && !gap.contains(',')
                && self.clause_ends_at(d.span.end)
        })
    }

    /// « contre 9 millions un an plus tôt. », "up from 9 million a year earlier.": whether a
    /// time reference (a period and a word that dates it, no rate) closes the clause after
    /// `end`.
    fn time_reference_closes_after(&self, end: usize) -> bool {
        let period_end = match self.longest(end, |r| matches!(r, Role::Per(_))) {
            Some((_, e)) => e,
            None => {
                let counted = self
                    .longest(end, |r| matches!(r, Role::Article | Role::Unit(_)))
                    .map_or(end, |(_, e)| e);
                match self.longest(counted, |r| matches!(r, Role::Dur(..))) {
                    Some((_, e)) => e,
                    None => return false,
                }
            }
        };
        self.longest(period_end, |r| matches!(r, Role::NotPer))
            .is_some_and(|(_, e)| self.clause_ends_at(e))
    }

    /// Does a scale word of a million or more (millions, milliards, billion) end at `end`?
    fn ends_with_scale(&self, end: usize) -> bool {
        prev_word(self.text, end).is_some_and(|(s, e)| {
            e == end
                && self.lex.id_has(
                    self.letters_id(s, e),
                    |r| matches!(r, Role::Scale(v) if *v >= 1e6),
                )
        })
    }

    /// How many paragraph breaks (runs of line breaks) lie between `a` and `b`.
    fn paragraph_breaks(&self, a: usize, b: usize) -> usize {
        let gap = self.slice(a..b).as_bytes();
        gap.iter()
            .enumerate()
            .filter(|&(i, &c)| c == b'\n' && (i == 0 || gap.get(i - 1) != Some(&b'\n')))
            .count()
    }

    fn modifiers_then_comma(&self, a: usize, b: usize) -> bool {
        const MAX_GAP: usize = 40;
        let gap = self.slice(a..b).trim_end_matches(is_space);
        b - a <= MAX_GAP
            && gap.strip_suffix(',').is_some_and(|words| {
                words
                    .chars()
                    .all(|c| is_letter(c) || is_space(c) || is_dash(c) || is_apos(c))
            })
    }

    /// The counted noun of the last count among `before` in the same sentence as `pos`, with
    /// only dates between them, near enough to be what a "down from" compares with.
    fn count_of_sentence_before(
        &self,
        before: &[NumericExpr],
        pos: usize,
    ) -> Option<(ClaimKind, String)> {
        const MAX_GAP: usize = 120;
        for e in before.iter().rev() {
            let gap = self.slice(e.span.end..pos);
            if pos.saturating_sub(e.span.end) > MAX_GAP
                || gap.contains(['!', '?', '\n'])
                || gap.contains(". ")
            {
                return None;
            }
            match e.kind {
                // (« cinq ans d’emprisonnement, dont trois ferme »: a duration's too, unless
                // its unit word is glued to a noun: "310,000 day-trippers" count trippers)
                ClaimKind::Count | ClaimKind::Number | ClaimKind::Duration
                    if e.qualifier != Qualifier::Range =>
                {
                    let compound = e.kind == ClaimKind::Duration
                        && char_at(self.text, e.span.end).is_some_and(is_dash);
                    return e.unit.clone().filter(|_| !compound).map(|u| (e.kind, u));
                }
                ClaimKind::Date => continue,
                _ => return None,
            }
        }
        None
    }
}

/// ISO dates in ledger values: 2022, 2022-11, 2030-03-03.
pub(super) fn iso_date(s: &str) -> Option<NumericExpr> {
    let b = s.as_bytes();
    let ok = |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    let valid = match b.len() {
        7 => ok(0..4) && b.get(4) == Some(&b'-') && ok(5..7),
        10 => {
            ok(0..4) && b.get(4) == Some(&b'-') && ok(5..7) && b.get(7) == Some(&b'-') && ok(8..10)
        }
        _ => false,
    };
    if !valid {
        return None;
    }
    Some(NumericExpr {
        span: 0..s.len(),
        kind: ClaimKind::Date,
        value: None,
        date: Some(s.to_string()),
        unit: None,
        qualifier: Qualifier::Exact,
        low: None,
        high: None,
        per: None,
        core: 0..s.len(),
        numbers: Vec::new(),
    })
}

fn is_symbol_trigger(c: char) -> bool {
    matches!(c, '+' | '-' | '−' | '.' | ',')
}

/// Whether a noun looks plural (« bus », "stalls", « chevaux »; not "class").
fn looks_plural(w: &str) -> bool {
    (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with('x')
}

/// The ages a French aside between commas may give (« Le skipper, 29 ans, »).
const ASIDE_AGES: (f64, f64) = (16.0, 95.0);

/// The longest parenthesis between a name and its age ("(Alvéa-Rhône)"), in bytes.
const MAX_PAREN: usize = 40;

/// Where the "(" opening the parenthesis that `head` ends inside starts, looked for among its
/// last `MAX_PAREN` bytes only (no search back through the document).
fn last_open_paren(head: &str) -> Option<usize> {
    let mut from = head.len().saturating_sub(MAX_PAREN);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    head.get(from..)?.rfind('(').map(|i| from + i)
}

/// How many words back a verb of change makes "from X to Y" a change (two claims) rather
/// than a range.
const CHANGE_VERB_WORDS: usize = 8;

/// The scanning pass.
pub(super) fn scan(text: &str, lang: Lang, opts: ScanOptions) -> Vec<NumericExpr> {
    let cx = Cx {
        text,
        lex: lexicon(lang),
        lang,
        all: opts.all_numbers,
        minor_mode: std::cell::Cell::new(false),
        no_ratio: std::cell::Cell::new(false),
        words: std::cell::RefCell::new([(usize::MAX, usize::MAX, usize::MAX, NO_WORD); TOK_MEMO]),
        mask: std::cell::Cell::new(M_ALL),
        toks: std::cell::RefCell::new([(usize::MAX, None); TOK_MEMO]),
        trig: std::cell::RefCell::new(TrigMatches {
            pos: usize::MAX,
            n: 0,
            found: [(Role::Stop, 0); TRIG_MAX],
        }),
    };
    // News prose has a claim every hundred-odd bytes: reserving for one per 96 bytes avoids
    // regrowing (and copying) the vector of a large document.
    let mut out: Vec<NumericExpr> = Vec::with_capacity(text.len() / 96);
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let b = bytes.get(i).copied().unwrap_or(b' ');
        if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else {
            i += 1;
            continue;
        };
        if is_space(c) {
            i += c.len_utf8();
            continue;
        }
        if (b == b'h' || b == b'w')
            && text.get(i..).is_some_and(|s| {
                s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.")
            })
        {
            while let Some(ch) = char_at(text, i) {
                if is_space(ch) {
                    break;
                }
                i += ch.len_utf8();
            }
            continue;
        }
        if b < 0x80
            && !b.is_ascii_alphanumeric()
            && !cx
                .lex
                .ascii_sym_trigger
                .get(usize::from(b))
                .copied()
                .unwrap_or(false)
            && !is_symbol_trigger(c)
        {
            i += 1;
            continue;
        }
        // The word here (its end and id), read once for the trigger test, the parsers and the
        // skip.
        let word = if is_letter(c) {
            Some(cx.word_here(i))
        } else {
            None
        };
        let try_here = if b.is_ascii_digit() {
            true
        } else if let Some((end, id)) = word {
            cx.lex.is_trigger(id)
                || ((3..=6).contains(&(end - i)) && c.is_uppercase() && cx.iso_scaled(i).is_some())
        } else if is_symbol_trigger(c) {
            char_before(text, i)
                .is_none_or(|p| is_space(p) || matches!(p, '(' | '[' | '"' | '«' | ':'))
                && text.get(i + c.len_utf8()..).is_some_and(|s| {
                    s.trim_start_matches(is_space)
                        .starts_with(|x: char| x.is_ascii_digit())
                })
        } else {
            let mut nb = super::text::Norm::new();
            nb.push_char(c);
            cx.lex.is_trigger(cx.lex.word_id(nb.as_bytes()))
        };
        if try_here {
            match cx.try_at(i, word) {
                Outcome::Claim(e) => {
                    let end = e.span.end.max(i + 1);
                    out.push(e);
                    i = end;
                    while i < n && !text.is_char_boundary(i) {
                        i += 1;
                    }
                    continue;
                }
                Outcome::Skip(e) => {
                    i = e.max(i + c.len_utf8());
                    while i < n && !text.is_char_boundary(i) {
                        i += 1;
                    }
                    continue;
                }
                Outcome::Nothing => {}
            }
        }
        if let Some((end, _)) = word {
            // past the letters and digits glued to the word ("abc123"), as after digits, and
            // their groups ("B1,200", "A320.5"): no figure starts inside a code
            i = if bytes.get(end).is_some_and(u8::is_ascii_digit) {
                let mut e = alnum_end(text, end);
                while matches!(bytes.get(e), Some(b',' | b'.'))
                    && bytes.get(e + 1).is_some_and(u8::is_ascii_digit)
                {
                    e = alnum_end(text, e + 1);
                }
                e
            } else {
                end
            };
        } else if b.is_ascii_digit() {
            let e = match cx.tok_at(i) {
                Some(t) => t.end.max(alnum_end(text, i)),
                None => i + c.len_utf8(),
            };
            i = e.max(i + 1);
        } else {
            i += c.len_utf8();
        }
        while i < n && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    cx.inherit_nouns(&mut out);
    cx.inherit_currency(&mut out);
    if !opts.all_numbers {
        for e in &mut out {
            cx.fraction_as_percentage(e);
            cx.pounds_of_weight(e);
        }
    }
    out
}
