//! Calendar arithmetic for ages at the article's date, without a date library: the article
//! date and birth dates are plain ISO strings.

/// Today's date (UTC) as YYYY-MM-DD.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (the inverse of `civil_from_days`).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The first and last day (days since 1970-01-01) an ISO date of any precision can be:
/// "2013" is all of 2013, "2013-12" all of December.
pub fn day_range(date: &str) -> Option<(i64, i64)> {
    if !crate::ledger::is_iso_date(date) {
        return None;
    }
    let (y, m, d) = parts(date)?;
    let year = u32::try_from(y).ok()?;
    Some(match (m, d) {
        (Some(m), Some(d)) => (days_from_civil(y, m, d), days_from_civil(y, m, d)),
        (Some(m), None) => (
            days_from_civil(y, m, 1),
            days_from_civil(y, m, crate::ledger::days_in_month(year, m)),
        ),
        _ => (days_from_civil(y, 1, 1), days_from_civil(y, 12, 31)),
    })
}

/// (year, month, day) of an ISO date of any precision; missing parts are `None`.
pub fn parts(date: &str) -> Option<(i64, Option<u32>, Option<u32>)> {
    let mut it = date.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next().map(|m| m.parse().ok()).unwrap_or(None);
    let d = it.next().map(|d| d.parse().ok()).unwrap_or(None);
    Some((y, m, d))
}

/// The ages a person born on `born` can have on `on`: one age when both dates are full,
/// two when the birthday is unknown (a birth year alone).
pub fn possible_ages(born: &str, on: &str) -> Option<(i64, i64)> {
    let (by, bm, bd) = parts(born)?;
    let (y, m, d) = parts(on)?;
    let base = y - by;
    match (bm, bd, m, d) {
        (Some(bm), Some(bd), Some(m), Some(d)) => {
            let had_birthday = (m, d) >= (bm, bd);
            let age = if had_birthday { base } else { base - 1 };
            Some((age, age))
        }
        (Some(bm), None, Some(m), _) if bm != m => {
            let age = if m > bm { base } else { base - 1 };
            Some((age, age))
        }
        _ => Some((base - 1, base)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_454), (2026, 1, 1));
        for days in [-800_000, -1, 0, 59, 60, 11_016, 20_454, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(day_range("1970-01"), Some((0, 30)));
        assert_eq!(day_range("2024"), Some((19_723, 20_088)));
        assert_eq!(day_range("2023-02-29"), None);
        assert_eq!(today().len(), 10);
    }

    #[test]
    fn ages_at_a_date() {
        assert_eq!(possible_ages("1960-07-08", "2025-12-18"), Some((65, 65)));
        assert_eq!(possible_ages("1960-07-08", "2025-07-07"), Some((64, 64)));
        assert_eq!(possible_ages("1997", "2025-12-18"), Some((27, 28)));
        assert_eq!(possible_ages("bad", "2025"), None);
    }
}
