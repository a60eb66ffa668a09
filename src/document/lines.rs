//! Byte offset → line and column, computed only when a report is printed.

/// Start offsets of every line, for binary search.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// In lines longer than `CHECKPOINT` bytes, every `CHECKPOINT` bytes: (byte offset, chars
    /// and UTF-16 units from the line start). A column is then counted from the checkpoint
    /// before it, not from the line start: a draft written as one long line (a 1 MB paragraph)
    /// would otherwise cost a scan of the line for every finding.
    checkpoints: Vec<(usize, usize, usize)>,
}

/// Bytes between two column checkpoints of a long line.
const CHECKPOINT: usize = 1024;

/// A 1-based position in the units a report wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    /// 1-based, counted in chars.
    pub column: usize,
    /// 1-based, counted in UTF-16 code units (what SARIF and editors written in JS expect).
    pub column_utf16: usize,
}

impl LineIndex {
    pub fn new(text: &str, body_start: usize) -> LineIndex {
        let mut starts = vec![body_start];
        // `match_indices` on a char searches with memchr, many bytes at a time.
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut checkpoints = Vec::new();
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            if end.saturating_sub(start) <= CHECKPOINT {
                continue;
            }
            let (mut chars, mut units, mut next) = (0, 0, start + CHECKPOINT);
            for (at, c) in text.get(start..end).unwrap_or("").char_indices() {
                if start + at >= next {
                    checkpoints.push((start + at, chars, units));
                    next += CHECKPOINT;
                }
                chars += 1;
                units += c.len_utf16();
            }
        }
        LineIndex {
            starts,
            checkpoints,
        }
    }

    /// The start of every line: `body_start`, then the offset after each line break.
    pub fn starts(&self) -> &[usize] {
        &self.starts
    }

    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = crate::lang::floor_char_boundary(text, offset);
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0).min(offset);
        // the last checkpoint of this line at or before the offset, if any
        let i = self.checkpoints.partition_point(|&(at, _, _)| at <= offset);
        let (from, chars, units) = i
            .checked_sub(1)
            .and_then(|i| self.checkpoints.get(i))
            .copied()
            .filter(|&(at, _, _)| at >= start)
            .unwrap_or((start, 0, 0));
        let prefix = text.get(from..offset).unwrap_or("");
        Position {
            line,
            column: chars + prefix.chars().count() + 1,
            column_utf16: units + prefix.encode_utf16().count() + 1,
        }
    }

    /// Byte range of line `line` (1-based) without its line break.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(text.len());
        let mut end = self.starts.get(line).map(|&s| s - 1).unwrap_or(text.len());
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        start..end.max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_chars_and_utf16() {
        let text = "ab\r\n« é𝄞x";
        let idx = LineIndex::new(text, 0);
        let x = text.find('x').unwrap();
        let pos = idx.position(text, x);
        assert_eq!((pos.line, pos.column, pos.column_utf16), (2, 5, 6));
        assert_eq!(&text[idx.line_range(text, 1)], "ab");
    }

    #[test]
    fn columns_of_a_long_line_are_those_counted_from_its_start() {
        // multi-byte chars and a surrogate pair on both sides of several checkpoints
        let line = "é𝄞 abc ".repeat(3000);
        let text = format!("title\n{line}\nlast");
        let idx = LineIndex::new(&text, 0);
        for offset in [6, 7, 4100, 9000, 20011, text.len() - 6, text.len()] {
            let offset = crate::lang::floor_char_boundary(&text, offset);
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let prefix = &text[line_start..offset];
            let pos = idx.position(&text, offset);
            assert_eq!(pos.column, prefix.chars().count() + 1, "{offset}");
            assert_eq!(
                pos.column_utf16,
                prefix.encode_utf16().count() + 1,
                "{offset}"
            );
        }
    }

    #[test]
    fn bom_is_not_a_column() {
        let text = "\u{FEFF}abc";
        let idx = LineIndex::new(text, 3);
        assert_eq!(idx.position(text, 4).column, 2);
    }
}
