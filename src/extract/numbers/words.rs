//! Evaluation of a run of number "atoms" (number words and digit numbers):
//! integers (quatre-vingt-dix-neuf, one hundred and five, 4 thousand 3 hundred and 21),
//! fractions (trois cinquièmes, a twenty-first, deux tiers de million), decimals
//! (deux cent virgule trois) and "X over Y" ratios (un sur trois, 2000 over 3).

use super::Lang;
use super::lexicon::Role;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum AK {
    /// a number word with its lexicon role
    W(Role),
    /// a digit number; `int` is true for plain integers (usable inside word numbers)
    D { value: f64, int: bool, scaled: bool },
    /// a unicode vulgar fraction (½)
    Vul(f64),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Atom {
    pub start: usize,
    pub end: usize,
    pub k: AK,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Eval {
    pub value: f64,
    /// atoms consumed
    pub n: usize,
    /// the number ends with (or contains) a scale multiplier: value of the last one
    pub scale: Option<f64>,
    /// the number ends with a scale word (millions, milliards) -> "de dollars" may follow
    pub ends_scale_word: bool,
    /// a fraction or decimal result (not an integer reading)
    pub fractional: bool,
    /// read as a ratio "X over Y"
    pub ratio: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Last {
    None,
    Unit(f64),
    Teen(f64),
    Tens(f64),
    Hundred,
    Scale(f64),
    Digit,
    Dozen,
}

#[derive(Clone, Copy, Debug)]
struct St {
    total: f64,
    current: f64,
    sub: f64,
    has_hundred: bool,
    last: Last,
    max_scale: f64,
    last_scale: Option<f64>,
    j: usize,
}

#[derive(Clone, Copy, Debug)]
struct IntRes {
    value: f64,
    next: usize,
    last_scale: Option<f64>,
    ended_scale: bool,
}

fn role(a: Option<&Atom>) -> Option<Role> {
    match a?.k {
        AK::W(r) => Some(r),
        _ => None,
    }
}

/// Can `atom` continue the integer in state `st`?
fn can_continue(st: &St, atom: &Atom, lang: Lang) -> bool {
    match atom.k {
        AK::W(Role::Unit(u)) => {
            if u == 0.0 {
                return st.last == Last::None;
            }
            match st.last {
                Last::None | Last::Hundred | Last::Scale(_) => true,
                Last::Tens(_) => st.sub % 10.0 == 0.0,
                Last::Teen(t) => lang == Lang::Fr && t == 10.0,
                _ => false,
            }
        }
        AK::W(Role::Teen(_)) => match st.last {
            Last::None | Last::Hundred | Last::Scale(_) => true,
            Last::Tens(t) => lang == Lang::Fr && (t == 60.0 || t == 80.0) && st.sub % 20.0 == 0.0,
            _ => false,
        },
        AK::W(Role::Tens(t)) => match st.last {
            Last::None | Last::Hundred | Last::Scale(_) => true,
            Last::Unit(4.0) => lang == Lang::Fr && t == 20.0 && st.sub % 100.0 == 4.0,
            _ => false,
        },
        AK::W(Role::Hundred) | AK::W(Role::HundredW) => {
            if st.has_hundred {
                return false;
            }
            let hw = matches!(atom.k, AK::W(Role::HundredW));
            match st.last {
                // « cent » alone is a hundred, also after a scale (« deux millions cent mille »)
                Last::None | Last::Scale(_) => !hw && lang == Lang::Fr,
                Last::Unit(_) | Last::Teen(_) | Last::Tens(_) => st.sub < 100.0,
                Last::Digit => !hw && st.current < 1000.0,
                _ => false,
            }
        }
        AK::W(Role::Scale(s)) => match st.last {
            Last::None => s == 1e3,
            Last::Scale(p) => st.current == 0.0 && s > p && (s == 1e7 || s == 1e5),
            _ => st.current > 0.0 && s < st.max_scale,
        },
        AK::W(Role::Dozen) => matches!(
            st.last,
            Last::Unit(_) | Last::Teen(_) | Last::Tens(_) | Last::Digit
        ),
        AK::D { value, int, scaled } => match st.last {
            Last::None => true,
            Last::Hundred => int && !scaled && value < 100.0 && value > 0.0,
            Last::Scale(s) => int && !scaled && value < s && value > 0.0,
            _ => false,
        },
        _ => false,
    }
}

fn apply(st: &mut St, atom: &Atom) {
    match atom.k {
        AK::W(Role::Unit(u)) => {
            st.current += u;
            st.sub += u;
            st.last = Last::Unit(u);
        }
        AK::W(Role::Teen(t)) => {
            st.current += t;
            st.sub += t;
            st.last = Last::Teen(t);
        }
        AK::W(Role::Tens(t)) => {
            if st.last == Last::Unit(4.0) && t == 20.0 {
                st.current += 76.0;
                st.sub += 76.0;
                st.last = Last::Tens(80.0);
            } else {
                st.current += t;
                st.sub += t;
                st.last = Last::Tens(t);
            }
        }
        AK::W(Role::Hundred) | AK::W(Role::HundredW) => {
            if st.last == Last::Digit {
                st.current *= 100.0;
            } else {
                let m = if st.sub == 0.0 { 1.0 } else { st.sub };
                st.current = st.current - st.sub + m * 100.0;
            }
            st.sub = 0.0;
            st.has_hundred = true;
            st.last = Last::Hundred;
        }
        AK::W(Role::Scale(s)) => {
            if let Last::Scale(_) = st.last {
                st.total *= s;
            } else {
                let c = if st.current == 0.0 { 1.0 } else { st.current };
                st.total += c * s;
            }
            st.current = 0.0;
            st.sub = 0.0;
            st.has_hundred = false;
            st.max_scale = st.max_scale.min(s);
            st.last_scale = Some(s);
            st.last = Last::Scale(s);
        }
        AK::W(Role::Dozen) => {
            st.current = st.current - st.sub + st.sub * 12.0;
            st.sub = 0.0;
            st.last = Last::Dozen;
        }
        AK::D { value, scaled, .. } => {
            st.current += value;
            st.sub += value % 100.0;
            st.last = Last::Digit;
            if scaled {
                st.last = Last::Dozen; // a scaled digit (10k) cannot be continued
            }
        }
        _ => {}
    }
}

/// Greedy integer reading from atom `i`.
fn integer(atoms: &[Atom], i: usize, lang: Lang) -> Option<IntRes> {
    integer_ex(atoms, i, lang, true)
}

/// `integer`; with `allow_and == false` the reading stops at the first "and"/"et"
/// (used for lookaheads, which keeps the work linear in the number of atoms).
fn integer_ex(atoms: &[Atom], i: usize, lang: Lang, allow_and: bool) -> Option<IntRes> {
    let mut st = St {
        total: 0.0,
        current: 0.0,
        sub: 0.0,
        has_hundred: false,
        last: Last::None,
        max_scale: f64::INFINITY,
        last_scale: None,
        j: i,
    };
    let mut snap: Option<St> = None;
    let mut after_and = false;
    let mut and_snap: Option<St> = None;
    while let Some(atom) = atoms.get(st.j) {
        // article "a hundred", "a dozen", "a thousand"
        if st.last == Last::None && role(Some(atom)) == Some(Role::Article) {
            let nxt = role(atoms.get(st.j + 1));
            if matches!(
                nxt,
                Some(Role::Hundred) | Some(Role::Scale(_)) | Some(Role::Dozen)
            ) {
                st.current = 1.0;
                st.sub = 1.0;
                st.last = Last::Unit(1.0);
                st.j += 1;
                continue;
            }
            break;
        }
        if role(Some(atom)) == Some(Role::And) {
            if st.last == Last::None || after_and || !allow_and {
                break;
            }
            // a proper fraction follows: leave the "and" to the fraction reading
            if let Some((f, _, _)) = fraction_after_and(atoms, st.j + 1, lang)
                && f < 1.0
            {
                break;
            }
            let Some(nxt) = atoms.get(st.j + 1) else {
                break;
            };
            if matches!(nxt.k, AK::W(Role::Unit(0.0)))
                || matches!(nxt.k, AK::D { value, .. } if value == 0.0)
            {
                break;
            }
            if !can_continue(&st, nxt, lang) {
                break;
            }
            and_snap = Some(st);
            after_and = true;
            st.j += 1;
            continue;
        }
        // "9 million one year earlier", « 3 millions une semaine avant »: a lone "one" after
        // a scale word of a million or more is the article of the next noun, not an addend
        // (nobody writes 9,000,001 as "9 million one"; « Mille et Une Nuits » keeps its "et")
        let lone_one = matches!(atom.k, AK::W(Role::Unit(u)) if u == 1.0)
            && matches!(st.last, Last::Scale(s) if s >= 1e6)
            && !after_and
            && atoms.get(st.j + 1).is_none();
        if lone_one || !can_continue(&st, atom, lang) {
            // a multiplier that cannot apply: give back the last additive group
            let mult = matches!(
                atom.k,
                AK::W(Role::Hundred)
                    | AK::W(Role::HundredW)
                    | AK::W(Role::Scale(_))
                    | AK::W(Role::Dozen)
            );
            if mult && let Some(s) = snap {
                st = s;
            }
            break;
        }
        let additive = matches!(
            atom.k,
            AK::W(Role::Unit(_)) | AK::W(Role::Teen(_)) | AK::W(Role::Tens(_)) | AK::D { .. }
        );
        if additive && matches!(st.last, Last::Hundred | Last::Scale(_)) {
            snap = Some(if after_and {
                and_snap.unwrap_or(st)
            } else {
                st
            });
        } else if !additive {
            snap = None;
        }
        after_and = false;
        let zero = matches!(atom.k, AK::W(Role::Unit(0.0)));
        apply(&mut st, atom);
        st.j += 1;
        if zero || st.last == Last::Dozen {
            break;
        }
    }
    if st.j == i {
        return None;
    }
    Some(IntRes {
        value: st.total + st.current,
        next: st.j,
        last_scale: st.last_scale,
        ended_scale: matches!(st.last, Last::Scale(_)),
    })
}

/// Denominator written as an ordinal, possibly compound (vingt et unième, twenty-first,
/// one hundred fifth). Returns (denominator, next index).
fn ordinal_den(atoms: &[Atom], i: usize, lang: Lang) -> Option<(f64, usize)> {
    match role(atoms.get(i)) {
        Some(Role::Ord(d)) => return Some((d, i + 1)),
        Some(Role::OrdC(_)) => return None,
        _ => {}
    }
    let ir = integer_ex(atoms, i, lang, false)?;
    let mut k = ir.next;
    if role(atoms.get(k)) == Some(Role::And) {
        k += 1;
    }
    match role(atoms.get(k)) {
        Some(Role::Ord(d)) | Some(Role::OrdC(d)) if d < 100.0 && ir.value >= 20.0 => {
            Some((ir.value + d, k + 1))
        }
        _ => None,
    }
}

/// A multiplier following a fraction: "million", "a dozen", "de million", "of a million".
fn frac_multiplier(atoms: &[Atom], k: usize) -> Option<(f64, usize)> {
    let mut k = k;
    if role(atoms.get(k)) == Some(Role::VagueOf) {
        k += 1;
    }
    if role(atoms.get(k)) == Some(Role::Article) {
        k += 1;
    }
    match role(atoms.get(k)) {
        Some(Role::Scale(s)) => Some((s, k + 1)),
        Some(Role::Dozen) => Some((12.0, k + 1)),
        _ => None,
    }
}

/// The fraction after "et"/"and": demi, a half, un quart, three fifths, fifty-four hundredths.
/// Returns (fraction, next index, scale that follows the fraction).
fn fraction_after_and(atoms: &[Atom], i: usize, lang: Lang) -> Option<(f64, usize, Option<f64>)> {
    let (f, k) = match role(atoms.get(i)) {
        Some(Role::Ord(2.0)) => (0.5, i + 1),
        Some(Role::Ord(4.0)) if lang == Lang::Fr => (0.25, i + 1),
        Some(Role::Article) => {
            let (d, k) = ordinal_den(atoms, i + 1, lang)?;
            (1.0 / d, k)
        }
        _ => {
            let ir = integer_ex(atoms, i, lang, false)?;
            match role(atoms.get(ir.next)) {
                Some(Role::Ord(d)) => (ir.value / d, ir.next + 1),
                _ => return None,
            }
        }
    };
    match role(atoms.get(k)) {
        Some(Role::Scale(s)) => Some((f, k + 1, Some(s))),
        _ => Some((f, k, None)),
    }
}

/// A fraction `f` read up to atom `k`, times the scale that may follow it ("a third of a
/// million", « trois quarts de milliard »): then a scaled whole, else a fractional value.
fn fraction(atoms: &[Atom], f: f64, k: usize) -> Eval {
    match frac_multiplier(atoms, k) {
        Some((s, k2)) => Eval {
            value: f * s,
            n: k2,
            scale: Some(s),
            ends_scale_word: true,
            fractional: false,
            ratio: false,
        },
        None => Eval {
            value: f,
            n: k,
            scale: None,
            ends_scale_word: false,
            fractional: true,
            ratio: false,
        },
    }
}

/// Number with optional fraction / decimal part, starting at atom `i`.
fn number_frac(atoms: &[Atom], i: usize, lang: Lang) -> Option<Eval> {
    let first = atoms.get(i)?;
    if let AK::Vul(f) = first.k {
        return Some(Eval {
            value: f,
            n: i + 1,
            scale: None,
            ends_scale_word: false,
            fractional: true,
            ratio: false,
        });
    }
    let Some(ir) = integer(atoms, i, lang) else {
        // no integer: "a fifth", "half", "demi", "moitié"
        let (f, k) = match first.k {
            AK::W(Role::Article) => {
                let (d, k) = ordinal_den(atoms, i + 1, lang)?;
                (1.0 / d, k)
            }
            AK::W(Role::Ord(2.0)) => (0.5, i + 1),
            AK::W(Role::Ord(4.0)) if frac_multiplier(atoms, i + 1).is_some() => (0.25, i + 1),
            _ => return None,
        };
        return Some(fraction(atoms, f, k));
    };
    let j = ir.next;
    let n = ir.value;
    // integer followed by an ordinal: a fraction
    if let Some(Role::Ord(d)) = role(atoms.get(j)) {
        let mut num = n;
        let mut den = d;
        if lang == Lang::En
            && d < 10.0
            && j >= i + 2
            && let Some(Role::Tens(t)) = role(atoms.get(j - 1))
            && let Some(ir2) = integer(atoms.get(..j - 1).unwrap_or(&[]), i, lang)
            && ir2.next == j - 1
        {
            num = ir2.value;
            den = t + d;
        }
        if den == 0.0 {
            return None;
        }
        return Some(fraction(atoms, num / den, j + 1));
    }
    // compound denominator after a numerator that could not continue: un vingt-cinquième
    if j < atoms.len()
        && role(atoms.get(j)) != Some(Role::And)
        && !matches!(atoms.get(j).map(|a| a.k), Some(AK::D { .. }))
        && let Some((den, k)) = ordinal_den(atoms, j, lang)
        && den > 0.0
    {
        return Some(Eval {
            value: n / den,
            n: k,
            scale: None,
            ends_scale_word: false,
            fractional: true,
            ratio: false,
        });
    }
    // "et demi", "and three fifths"
    if role(atoms.get(j)) == Some(Role::And)
        && let Some((f, k, fscale)) = fraction_after_and(atoms, j + 1, lang)
        && f < 1.0
    {
        let v = match fscale {
            Some(s) => {
                if ir.last_scale.is_some_and(|ls| ls > s) {
                    n + f * s
                } else {
                    (n + f) * s
                }
            }
            None => match (ir.ended_scale, ir.last_scale) {
                (true, Some(s)) => n + f * s,
                _ => n + f,
            },
        };
        let sc = fscale.or(ir.last_scale);
        return Some(Eval {
            value: v,
            n: k,
            scale: sc,
            ends_scale_word: fscale.is_some() || ir.ended_scale,
            fractional: sc.is_none(),
            ratio: false,
        });
    }
    // "virgule trois", "point zero three"
    if role(atoms.get(j)) == Some(Role::Point) {
        let mut k = j + 1;
        let mut digits_only = true;
        let mut frac = 0.0;
        let mut scale = 0.1;
        while let Some(Role::Unit(u)) = role(atoms.get(k)) {
            frac += u * scale;
            scale /= 10.0;
            k += 1;
        }
        if k == j + 1 {
            digits_only = false;
        }
        if !digits_only || k == j + 2 {
            // "virgule cinquante deux" -> .52 ; a single digit is handled the same way
            if let Some(ir2) = integer(atoms, j + 1, lang)
                && ir2.next >= k
            {
                let mut v = ir2.value;
                let mut d = 1.0;
                while v >= 1.0 {
                    v /= 10.0;
                    d *= 10.0;
                }
                frac = ir2.value / d;
                k = ir2.next;
            }
        }
        if k > j + 1 {
            return Some(Eval {
                value: n + frac,
                n: k,
                scale: None,
                ends_scale_word: false,
                fractional: true,
                ratio: false,
            });
        }
    }
    Some(Eval {
        value: n,
        n: j,
        scale: ir.last_scale,
        ends_scale_word: ir.ended_scale,
        fractional: false,
        ratio: false,
    })
}

/// Evaluates the longest number reading at the start of `atoms`.
pub(super) fn eval(atoms: &[Atom], lang: Lang, ratio: bool) -> Option<Eval> {
    // a lone digit number, the commonest: what the general reading gives it (its value is
    // never negative, the caller reads the sign)
    if let [
        Atom {
            k: AK::D { value, .. },
            ..
        },
    ] = atoms
    {
        return Some(Eval {
            value: *value,
            n: 1,
            scale: None,
            ends_scale_word: false,
            fractional: false,
            ratio: false,
        });
    }
    let mut i = 0;
    let mut neg = false;
    if role(atoms.first()) == Some(Role::Neg) {
        neg = true;
        i = 1;
    }
    let mut ev = number_frac(atoms, i, lang)?;
    // ratio: un sur trois, 2000 over 3, one out of three
    if ratio
        && !ev.fractional
        && ev.scale.is_none()
        && let Some(r @ (Role::Over | Role::OverLt)) = role(atoms.get(ev.n))
        && let Some(ir) = integer(atoms, ev.n + 1, lang)
    {
        let ok = ir.value != 0.0 && (r == Role::Over || ev.value < ir.value);
        if ok {
            ev.value /= ir.value;
            ev.n = ir.next;
            ev.fractional = true;
            ev.ratio = true;
        }
    }
    if neg {
        ev.value = -ev.value;
    }
    Some(ev)
}
