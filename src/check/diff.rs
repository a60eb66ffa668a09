//! Word-level comparison of a draft quotation with a ledger quotation: a similarity from the
//! word edit distance (strsim over word slices), and the changed runs for the message
//! ("ledger says «clairement», draft says «certainement»").

/// Longer sequences are not aligned word by word; their diff is summarised.
const MAX_ALIGN_WORDS: usize = 400;

/// 1.0 for identical word sequences, 0.0 for nothing in common.
/// Generic over the word type: the checker compares interned word ids, the tests strings.
pub fn similarity<T: PartialEq>(a: &[T], b: &[T]) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    // strsim wants owned iterables; a vector of references costs one small allocation.
    let (a, b): (Vec<&T>, Vec<&T>) = (a.iter().collect(), b.iter().collect());
    let distance = strsim::generic_levenshtein(&a, &b);
    1.0 - distance as f64 / longest as f64
}

/// The best similarity of `draft` with any window of `ledger` of the draft's length, for
/// quotations that shorten the ledger's text. Returns (similarity, window start).
pub fn best_window<T: PartialEq>(draft: &[T], ledger: &[T]) -> (f64, usize) {
    if draft.len() >= ledger.len() {
        return (similarity(draft, ledger), 0);
    }
    let mut best = (0.0, 0);
    for start in 0..=ledger.len() - draft.len() {
        let s = similarity(draft, &ledger[start..start + draft.len()]);
        if s > best.0 {
            best = (s, start);
        }
    }
    best
}

/// Whether `needle` occurs contiguously in `hay` at or after `from`; returns its end.
pub fn find_run<T: PartialEq>(hay: &[T], needle: &[T], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return Some(from);
    }
    // Most positions differ at the first element: compare it alone before the whole run
    // (a slice comparison is a call to memcmp for integers).
    let (first, rest) = needle.split_first()?;
    (from..=hay.len().checked_sub(needle.len())?)
        .find(|&i| hay[i] == *first && hay[i + 1..i + needle.len()] == *rest)
        .map(|i| i + needle.len())
}

/// The changed runs between the ledger's words and the draft's, as message parts.
pub fn describe(ledger: &[String], draft: &[String]) -> String {
    if ledger.len() > MAX_ALIGN_WORDS || draft.len() > MAX_ALIGN_WORDS {
        return "the words differ".to_string();
    }
    // LCS table, then walk it to collect runs of differences.
    let (n, m) = (ledger.len(), draft.len());
    let mut lcs = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if ledger[i] == draft[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut parts = Vec::new();
    let (mut i, mut j) = (0, 0);
    let (mut removed, mut added): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let mut flush = |removed: &mut Vec<&str>, added: &mut Vec<&str>| {
        match (removed.is_empty(), added.is_empty()) {
            (true, true) => {}
            (false, false) => parts.push(format!(
                "ledger says «{}», draft says «{}»",
                removed.join(" "),
                added.join(" ")
            )),
            (false, true) => parts.push(format!("draft leaves out «{}»", removed.join(" "))),
            (true, false) => parts.push(format!("draft adds «{}»", added.join(" "))),
        }
        removed.clear();
        added.clear();
    };
    while i < n || j < m {
        if i < n && j < m && ledger[i] == draft[j] {
            flush(&mut removed, &mut added);
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            added.push(&draft[j]);
            j += 1;
        } else {
            removed.push(&ledger[i]);
            i += 1;
        }
    }
    flush(&mut removed, &mut added);
    if parts.is_empty() {
        "the words are the same".to_string()
    } else {
        parts.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn describes_substitutions_omissions_and_additions() {
        let ledger = w("l argent ne serait clairement pas un problème");
        let draft = w("l argent ne serait certainement pas un gros problème");
        assert_eq!(
            describe(&ledger, &draft),
            "ledger says «clairement», draft says «certainement»; draft adds «gros»"
        );
        assert_eq!(describe(&w("a b c"), &w("a c")), "draft leaves out «b»");
    }

    #[test]
    fn similarity_and_windows() {
        assert_eq!(similarity(&w("a b c d"), &w("a b x d")), 0.75);
        assert_eq!(best_window(&w("c d"), &w("a b c d e")), (1.0, 2));
        assert_eq!(find_run(&w("a b c d"), &w("b c"), 0), Some(3));
        assert_eq!(find_run(&w("a b"), &w("b c"), 0), None);
    }
}
