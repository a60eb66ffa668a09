//! Byte offset → line and column, computed only when a report is printed.

/// Start offsets of every line, for binary search.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

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
        LineIndex { starts }
    }

    /// The start of every line: `body_start`, then the offset after each line break.
    pub fn starts(&self) -> &[usize] {
        &self.starts
    }

    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = crate::lang::floor_char_boundary(text, offset);
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0).min(offset);
        let prefix = text.get(start..offset).unwrap_or("");
        Position {
            line,
            column: prefix.chars().count() + 1,
            column_utf16: prefix.encode_utf16().count() + 1,
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
    fn bom_is_not_a_column() {
        let text = "\u{FEFF}abc";
        let idx = LineIndex::new(text, 3);
        assert_eq!(idx.position(text, 4).column, 2);
    }
}
