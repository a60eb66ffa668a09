//! Numbers written with digits: grouping, decimals, exponents, powers and a/b fractions,
//! in French (14 000, 3,5, 1.234,5) and English (1,200, 3.5, 1,234.56) conventions.

use nom::Parser;
use nom::character::complete::{char as nchar, digit1, one_of};
use nom::combinator::opt;
use nom::multi::many0_count;

use super::Lang;

type NomRes<'a, T> = nom::IResult<&'a str, T, nom::error::Error<&'a str>>;

/// A parsed digit number (sign handled by the caller).
#[derive(Clone, Copy, Debug)]
pub(super) struct Digits {
    pub value: f64,
    /// bytes consumed
    pub len: usize,
    /// the plain integer value when written as bare digits (no separators, no decimals)
    pub plain: Option<u64>,
}

fn digits(s: &str) -> NomRes<'_, &str> {
    digit1(s)
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// A small stack buffer to build "123456.789" and parse it exactly with `str::parse`.
struct NumBuf {
    buf: [u8; 80],
    len: usize,
    ok: bool,
}

impl NumBuf {
    fn new() -> Self {
        NumBuf {
            buf: [0; 80],
            len: 0,
            ok: true,
        }
    }
    fn push(&mut self, s: &str) {
        for &b in s.as_bytes() {
            match self.buf.get_mut(self.len) {
                Some(slot) => {
                    *slot = b;
                    self.len += 1;
                }
                None => self.ok = false,
            }
        }
    }
    fn value(&self) -> Option<f64> {
        if !self.ok {
            return None;
        }
        let b = self.buf.get(..self.len)?;
        if let Some(v) = exact_value(b) {
            return Some(v);
        }
        let s = std::str::from_utf8(b).ok()?;
        s.parse::<f64>().ok()
    }
}

/// Powers of ten exactly representable as f64.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// "digits[.digits]" with at most 15 digits, without the general float parser: the digits
/// make an integer m < 2^53 and the k decimals a power 10^k (k <= 22), both exact in f64,
/// so m / 10^k is the correctly rounded value, as `str::parse` gives. None for other forms.
fn exact_value(b: &[u8]) -> Option<f64> {
    let mut m: u64 = 0;
    let mut ndigits = 0usize;
    let mut decimals: Option<usize> = None;
    for &c in b {
        match c {
            b'0'..=b'9' => {
                ndigits += 1;
                if ndigits > 15 {
                    return None;
                }
                m = m * 10 + u64::from(c - b'0');
                if let Some(k) = decimals.as_mut() {
                    *k += 1;
                }
            }
            b'.' if decimals.is_none() => decimals = Some(0),
            _ => return None,
        }
    }
    if ndigits == 0 {
        return None;
    }
    let p = POW10.get(decimals.unwrap_or(0))?;
    Some(m as f64 / p)
}

/// Tries `sep` followed by exactly three digits not followed by another digit.
fn group3(s: &str, sep: impl Fn(char) -> bool) -> Option<(&str, &str)> {
    let mut it = s.chars();
    let c = it.next()?;
    if !sep(c) {
        return None;
    }
    let after = s.get(c.len_utf8()..)?;
    let (rest, d) = digits(after).ok()?;
    if d.len() == 3 { Some((rest, d)) } else { None }
}

fn group2(s: &str, sep: char) -> Option<(&str, &str)> {
    let after = s.strip_prefix(sep)?;
    let (rest, d) = digits(after).ok()?;
    if d.len() == 2 { Some((rest, d)) } else { None }
}

/// Decimal part: `sep` followed by digits.
fn decimal(s: &str, sep: char) -> Option<(&str, &str)> {
    let after = s.strip_prefix(sep)?;
    digits(after).ok()
}

/// Followed by `sep` + digit (a chain like 22,24,26 or 192.168.1.2)?
fn chain_follows(s: &str, sep: char) -> bool {
    s.strip_prefix(sep)
        .is_some_and(|r| r.as_bytes().first().is_some_and(|b| b.is_ascii_digit()))
}

/// Parses a digit number at the start of `s`. `chain_before` is true when the
/// number is preceded by "digit + separator" (then no decimals/fractions are taken).
pub(super) fn parse_digits(s: &str, lang: Lang, chain_before: bool) -> Option<Digits> {
    let total = s.len();
    let dec_sep = match lang {
        Lang::Fr => ',',
        Lang::En => '.',
    };
    // leading decimal: .08 / ,08
    if let Some(after) = s.strip_prefix(dec_sep) {
        let (rest, d) = digits(after).ok()?;
        let mut nb = NumBuf::new();
        nb.push("0.");
        nb.push(d);
        let v = nb.value()?;
        return Some(Digits {
            value: v,
            len: total - rest.len(),
            plain: None,
        });
    }
    if let Some(d) = bare_digits(s, chain_before) {
        return Some(d);
    }
    let (mut rest, int) = digits(s).ok()?;
    let mut nb = NumBuf::new();
    nb.push(int);
    let mut plain = !chain_before;
    let mut grouped = false;

    if !chain_before {
        // 1. space grouping: 14 000, 1 234 567,89
        if int.len() <= 3 {
            let mut r = rest;
            let mut n = 0;
            while let Some((r2, d)) = group3(r, is_group_space) {
                nb.push(d);
                r = r2;
                n += 1;
            }
            if n > 0 {
                rest = r;
                grouped = true;
                let seps: &[char] = match lang {
                    Lang::Fr => &[','],
                    Lang::En => &['.'],
                };
                for &sep in seps {
                    if let Some((r2, d)) = decimal(rest, sep) {
                        nb.push(".");
                        nb.push(d);
                        rest = r2;
                        break;
                    }
                }
            }
        }
        // 1b. Swiss apostrophe grouping: 3'500, 3’500, 1'234'567.50 (exactly three digits
        // after each apostrophe); the decimal mark is the language's or a period
        if !grouped && int.len() <= 3 {
            let mut r = rest;
            let mut tmp = NumBuf::new();
            tmp.push(int);
            let mut n = 0;
            while let Some((r2, d)) = group3(r, |c| c == '\'' || c == '\u{2019}') {
                tmp.push(d);
                r = r2;
                n += 1;
            }
            if n > 0 {
                nb = tmp;
                rest = r;
                grouped = true;
                for sep in [dec_sep, '.'] {
                    if let Some((r2, d)) = decimal(rest, sep)
                        && !chain_follows(r2, sep)
                    {
                        nb.push(".");
                        nb.push(d);
                        rest = r2;
                        break;
                    }
                }
            }
        }
        // 2. comma grouping (English 1,234,567.89 and Indian 12,34,567.89)
        if !grouped && lang == Lang::En {
            let mut r = rest;
            let mut tmp = NumBuf::new();
            tmp.push(int);
            let mut n = 0;
            if int.len() <= 2 {
                // Indian: ,dd groups then a final ,ddd
                let mut r2 = r;
                let mut k = 0;
                let mut t2 = NumBuf::new();
                t2.push(int);
                while let Some((r3, d)) = group2(r2, ',') {
                    t2.push(d);
                    r2 = r3;
                    k += 1;
                }
                if k > 0
                    && let Some((r3, d)) = group3(r2, |c| c == ',')
                {
                    t2.push(d);
                    r = r3;
                    tmp = t2;
                    n = k + 1;
                }
            }
            if n == 0 && int.len() <= 3 {
                while let Some((r2, d)) = group3(r, |c| c == ',') {
                    tmp.push(d);
                    r = r2;
                    n += 1;
                }
            }
            if n > 0 && !chain_follows(r, ',') {
                nb = tmp;
                rest = r;
                grouped = true;
                if let Some((r2, d)) = decimal(rest, '.')
                    && !chain_follows(r2, '.')
                {
                    nb.push(".");
                    nb.push(d);
                    rest = r2;
                }
            }
        }
        // 3. period grouping (French 1.234.567,89; English only when a comma decimal follows)
        if !grouped && int.len() <= 3 {
            let mut r = rest;
            let mut tmp = NumBuf::new();
            tmp.push(int);
            let mut n = 0;
            while let Some((r2, d)) = group3(r, |c| c == '.') {
                tmp.push(d);
                r = r2;
                n += 1;
            }
            if n > 0 {
                let dec = decimal(r, ',');
                let accept = match lang {
                    Lang::Fr => true,
                    Lang::En => dec.is_some(),
                };
                if accept {
                    nb = tmp;
                    rest = r;
                    grouped = true;
                    if let Some((r2, d)) = dec
                        && !chain_follows(r2, ',')
                    {
                        nb.push(".");
                        nb.push(d);
                        rest = r2;
                    }
                }
            }
        }
        // 4. plain integer with an optional decimal part
        if !grouped {
            let seps: [char; 2] = match lang {
                Lang::Fr => [dec_sep, '.'],
                Lang::En => [dec_sep, ','],
            };
            for sep in seps {
                if let Some((r2, d)) = decimal(rest, sep) {
                    if chain_follows(r2, sep) {
                        break;
                    }
                    // English comma decimal only for 1-2 digits (1,3 / 5,00); 3 digits is grouping
                    if lang == Lang::En && sep == ',' && d.len() > 2 {
                        break;
                    }
                    nb.push(".");
                    nb.push(d);
                    rest = r2;
                    plain = false;
                    break;
                }
            }
        }
    }
    if grouped {
        plain = false;
    }
    let mut value = nb.value()?;

    // exponent 1e10, -12e-1, 12,32e+14
    let exp: NomRes<'_, (char, Option<char>, &str)> =
        (one_of("eE"), opt(one_of("+-")), digits).parse(rest);
    if let Ok((r2, (_, sign, d))) = exp
        && !r2.chars().next().is_some_and(char::is_alphabetic)
    {
        let e: i32 = d.parse().ok()?;
        let e = if sign == Some('-') { -e } else { e };
        value *= 10f64.powi(e);
        rest = r2;
        plain = false;
    }
    // scientific 1.3x10^6
    let sci: NomRes<'_, (char, &str, char, Option<char>, &str)> = (
        one_of("x×"),
        nom::bytes::complete::tag("10"),
        nchar('^'),
        opt(one_of("+-")),
        digits,
    )
        .parse(rest);
    if let Ok((r2, (_, _, _, sign, d))) = sci {
        let e: i32 = d.parse().ok()?;
        let e = if sign == Some('-') { -e } else { e };
        value *= 10f64.powi(e);
        rest = r2;
        plain = false;
    }
    // power 1,1^23 / 2,5^-1 / 1,1^--23
    let pow: NomRes<'_, (char, usize, Option<char>, &str)> =
        (nchar('^'), many0_count(nchar('-')), opt(nchar('+')), digits).parse(rest);
    if let Ok((r2, (_, minus, _, d))) = pow {
        let e: f64 = d.parse().ok()?;
        let e = if minus % 2 == 1 { -e } else { e };
        value = value.powf(e);
        rest = r2;
        plain = false;
    }

    let int_plain: Option<u64> = if plain { int.parse().ok() } else { None };

    // a/b fractions and mixed numbers (3/4, 2 1/4); not for dates like 17/05/2018
    if let Some(a) = int_plain {
        if let Some((r2, b)) = slash_den(rest)
            && b != 0
            && !r2.starts_with('/')
        {
            value = a as f64 / b as f64;
            rest = r2;
            return Some(Digits {
                value,
                len: total - rest.len(),
                plain: None,
            });
        }
        // mixed number: int, spaces, a/b with a < b
        let trimmed = rest.trim_start_matches(is_group_space);
        if trimmed.len() < rest.len()
            && let Ok((r2, n)) = digits(trimmed)
            && let Some((r3, b)) = slash_den(r2)
        {
            let n: u64 = n.parse().ok()?;
            if b != 0 && n < b && !r3.starts_with('/') {
                value = a as f64 + n as f64 / b as f64;
                rest = r3;
                return Some(Digits {
                    value,
                    len: total - rest.len(),
                    plain: None,
                });
            }
        }
    }
    Some(Digits {
        value,
        len: total - rest.len(),
        plain: int_plain,
    })
}

/// The commonest case of `parse_digits`, read without its grammar: at most 15 digits that
/// nothing after them continues (no separator, exponent, power or fraction mark, and no digit
/// after a space). None for every other number.
fn bare_digits(s: &str, chain_before: bool) -> Option<Digits> {
    let b = s.as_bytes();
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if n == 0 || n > 15 {
        return None;
    }
    let ends = match b.get(n) {
        None => true,
        // a digit (or another space) after a space may continue a group or a mixed number
        Some(b' ') => b
            .get(n + 1)
            .is_none_or(|&x| x.is_ascii() && !x.is_ascii_digit() && x != b' '),
        Some(&x) => {
            x.is_ascii()
                && !matches!(
                    x,
                    b' ' | b'\'' | b',' | b'.' | b'e' | b'E' | b'x' | b'^' | b'/'
                )
        }
    };
    if !ends {
        return None;
    }
    let int = b
        .get(..n)?
        .iter()
        .fold(0u64, |m, &d| m * 10 + u64::from(d - b'0'));
    Some(Digits {
        // exact: at most 15 digits are below 2^53
        value: int as f64,
        len: n,
        plain: (!chain_before).then_some(int),
    })
}

fn slash_den(s: &str) -> Option<(&str, u64)> {
    let after = s.strip_prefix('/')?;
    let (r, d) = digits(after).ok()?;
    if r.as_bytes().first().is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((r, d.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str, lang: Lang) -> (f64, usize) {
        let d = parse_digits(s, lang, false).expect(s);
        (d.value, d.len)
    }

    #[test]
    fn french_forms() {
        assert_eq!(v("14 000", Lang::Fr), (14000.0, 6));
        assert_eq!(v("14\u{a0}000", Lang::Fr).0, 14000.0);
        assert_eq!(v("14\u{202f}000 x", Lang::Fr).0, 14000.0);
        assert_eq!(v("3,5", Lang::Fr).0, 3.5);
        assert_eq!(v("1.234,5", Lang::Fr).0, 1234.5);
        assert_eq!(v("1 234,56", Lang::Fr).0, 1234.56);
        assert_eq!(v("1,200", Lang::Fr).0, 1.2);
        assert_eq!(v("94.000 $", Lang::Fr).0, 94000.0);
        assert_eq!(v("1234567.0", Lang::Fr).0, 1234567.0);
    }

    #[test]
    fn english_forms() {
        assert_eq!(v("1,200", Lang::En).0, 1200.0);
        assert_eq!(v("3.5", Lang::En).0, 3.5);
        assert_eq!(v("1,234.56", Lang::En).0, 1234.56);
        assert_eq!(v("12,34,567.89", Lang::En).0, 1234567.89);
        assert_eq!(v("1.111,11", Lang::En).0, 1111.11);
        assert_eq!(v("1,3.", Lang::En).0, 1.3);
        assert_eq!(v("22,24,26", Lang::En).0, 22.0);
        assert_eq!(v("4.800", Lang::En).0, 4.8);
    }

    #[test]
    fn exact_values_are_the_parsed_ones() {
        for s in [
            "0",
            "7",
            "14000",
            "1234.5",
            "0.08",
            "3.",
            "999999999999999",
            "0.1",
            "2.675",
            "123456789.012345",
            "0.00000000000001",
        ] {
            assert_eq!(exact_value(s.as_bytes()), s.parse::<f64>().ok(), "{s}");
        }
        assert_eq!(exact_value(b"1234567890123456"), None);
        assert_eq!(exact_value(b"."), None);
    }

    #[test]
    fn exponents_and_fractions() {
        assert_eq!(v("1e10", Lang::En).0, 1e10);
        assert!((v("1.1^23", Lang::En).0 - 8.954_302_432_552_39).abs() < 1e-9);
        assert_eq!(v("2,5^-1", Lang::Fr).0, 0.4);
        assert_eq!(v("3/4", Lang::En).0, 0.75);
        assert_eq!(v("2  1/4", Lang::En).0, 2.25);
        assert_eq!(v("1.3x10^6", Lang::En).0, 1.3e6);
        assert_eq!(v("17/05/2018", Lang::Fr).0, 17.0);
        assert_eq!(v(".08", Lang::En).0, 0.08);
        assert_eq!(v(",08", Lang::Fr).0, 0.08);
    }
}
