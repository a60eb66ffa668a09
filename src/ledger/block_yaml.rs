//! A fast reader for the plain block-style YAML that ledgers are written in (and that
//! `ledger draft` writes): `key: value` lines, `- ` items, plain, single- and double-quoted
//! scalars on one line, one-line flow lists and maps, comments.
//!
//! serde-saphyr reads about 30 MB/s per core, so a million-quote ledger (220 MB) spent most
//! of its load time in the parser. This reader does the common subset about four times
//! faster, conversion included. It never decides anything the general parser would decide differently: on any
//! construct outside the subset (anchors, tags, block scalars, multi-line scalars, nulls,
//! unknown, repeated or missing keys, tabs in indentation, several documents…) it gives up
//! with `None`, and the caller parses the file with serde-saphyr, which also writes every
//! error message. A new schema field the reader does not know is therefore only slower,
//! never wrong; `tests` below compare both readers on every construct.

use std::collections::BTreeMap;

use super::schema::{FactEntry, LedgerFile, PersonEntry, Pos, QuoteEntry, S, SourceEntry};

/// The ledger in `text`, or `None` when it is not in the subset this reader knows.
pub(crate) fn read(text: &str) -> Option<LedgerFile> {
    if text.starts_with('\u{feff}') {
        return None;
    }
    let mut lines = Lines::new(text);
    let mut file = LedgerFile::default();
    let mut seen = [false; 4];
    while let Some(line) = lines.next() {
        if line.indent != 0 {
            return None;
        }
        let (key, rest) = split_key(line.body)?;
        let section = ["sources", "people", "quotes", "facts"]
            .iter()
            .position(|s| *s == key)?;
        if std::mem::replace(&mut seen[section], true) {
            return None;
        }
        let items = if only_comment(rest) {
            block_items(&mut lines, 0)?
        } else if only_comment(rest.trim_start_matches(' ').strip_prefix("[]")?) {
            Vec::new()
        } else {
            return None;
        };
        match section {
            0 => file.sources = collect(items, source)?,
            1 => file.people = collect(items, person)?,
            2 => file.quotes = collect(items, quote)?,
            _ => file.facts = collect(items, fact)?,
        }
    }
    lines.done().then_some(file)
}

/// A value as written, before it is given its schema type.
#[derive(Debug)]
enum Value {
    Scalar(S<String>),
    List(Vec<String>),
    Map(BTreeMap<String, String>),
}

type Item<'a> = Vec<(&'a str, Value)>;

fn collect<T>(items: Vec<Item<'_>>, convert: fn(Item<'_>) -> Option<T>) -> Option<Vec<T>> {
    items.into_iter().map(convert).collect()
}

/// Takes each field out of an item exactly once; any key left over is unknown.
struct Fields<'a> {
    item: Item<'a>,
}

impl<'a> Fields<'a> {
    fn new(item: Item<'a>) -> Option<Fields<'a>> {
        // A repeated key is an error for serde-saphyr; let it say so.
        for (i, (key, _)) in item.iter().enumerate() {
            if item[..i].iter().any(|(k, _)| k == key) {
                return None;
            }
        }
        Some(Fields { item })
    }

    fn take(&mut self, key: &str) -> Option<Value> {
        let i = self.item.iter().position(|(k, _)| *k == key)?;
        Some(self.item.swap_remove(i).1)
    }

    /// `Some(None)` when absent, `None` when present with another shape.
    fn scalar(&mut self, key: &str) -> Option<Option<S<String>>> {
        match self.take(key) {
            None => Some(None),
            Some(Value::Scalar(s)) => Some(Some(s)),
            Some(_) => None,
        }
    }

    fn required(&mut self, key: &str) -> Option<S<String>> {
        self.scalar(key)?
    }

    fn text(&mut self, key: &str) -> Option<Option<String>> {
        Some(self.scalar(key)?.map(|s| s.value))
    }

    fn list(&mut self, key: &str) -> Option<Vec<String>> {
        match self.take(key) {
            None => Some(Vec::new()),
            Some(Value::List(l)) => Some(l),
            Some(_) => None,
        }
    }

    fn map(&mut self, key: &str) -> Option<BTreeMap<String, String>> {
        match self.take(key) {
            None => Some(BTreeMap::new()),
            Some(Value::Map(m)) => Some(m),
            Some(_) => None,
        }
    }

    fn finish<T>(self, entry: T) -> Option<T> {
        self.item.is_empty().then_some(entry)
    }
}

fn source(item: Item<'_>) -> Option<SourceEntry> {
    let mut f = Fields::new(item)?;
    let entry = SourceEntry {
        id: f.required("id")?,
        publisher: f.text("publisher")?,
        title: f.text("title")?,
        date: f.scalar("date")?,
        url: f.text("url")?,
    };
    f.finish(entry)
}

fn person(item: Item<'_>) -> Option<PersonEntry> {
    let mut f = Fields::new(item)?;
    let entry = PersonEntry {
        id: f.required("id")?,
        name: f.required("name")?.value,
        aliases: f.list("aliases")?,
        gender: f.scalar("gender")?,
        born: f.scalar("born")?,
        roles: f.list("roles")?,
    };
    f.finish(entry)
}

fn quote(item: Item<'_>) -> Option<QuoteEntry> {
    let mut f = Fields::new(item)?;
    let entry = QuoteEntry {
        id: f.required("id")?,
        speaker: f.required("speaker")?,
        text: f.required("text")?.value,
        lang: f.scalar("lang")?,
        translations: f.map("translations")?,
        source: f.scalar("source")?,
        date: f.scalar("date")?,
    };
    f.finish(entry)
}

fn fact(item: Item<'_>) -> Option<FactEntry> {
    let mut f = Fields::new(item)?;
    let entry = FactEntry {
        id: f.required("id")?,
        subject: f.required("subject")?.value,
        cues: f.list("cues")?,
        kind: f.required("kind")?,
        value: f.scalar("value")?,
        from: f.scalar("from")?,
        to: f.scalar("to")?,
        tolerance: f.scalar("tolerance")?,
        source: f.scalar("source")?,
        note: f.text("note")?,
    };
    f.finish(entry)
}

/// One line that is neither blank nor a comment.
#[derive(Clone, Copy, Debug)]
struct Line<'a> {
    number: u32,
    indent: usize,
    /// The line after its indentation, without the line break.
    body: &'a str,
}

impl Line<'_> {
    /// The position of the byte at `offset` in `body`, in characters as serde-saphyr counts.
    fn pos(&self, offset: usize) -> Pos {
        let before = &self.body[..offset];
        let chars = if before.is_ascii() {
            before.len()
        } else {
            before.chars().count()
        };
        Pos {
            line: self.number,
            column: u32::try_from(self.indent + chars + 1).unwrap_or(u32::MAX),
        }
    }
}

/// The significant lines, with one line of look-ahead. A line the subset cannot hold (a tab
/// in the indentation, a stray carriage return, a directive or document marker) ends the
/// iteration early and marks the reader as failed.
struct Lines<'a> {
    rest: &'a str,
    number: u32,
    peeked: Option<Line<'a>>,
    started: bool,
    failed: bool,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines {
            rest: text,
            number: 0,
            peeked: None,
            started: false,
            failed: false,
        }
    }

    fn peek(&mut self) -> Option<Line<'a>> {
        if self.peeked.is_none() {
            self.peeked = self.scan();
        }
        self.peeked
    }

    fn next(&mut self) -> Option<Line<'a>> {
        self.peek();
        self.peeked.take()
    }

    fn scan(&mut self) -> Option<Line<'a>> {
        while !self.failed && !self.rest.is_empty() {
            let (raw, rest) = match self.rest.find('\n') {
                Some(i) => (&self.rest[..i], &self.rest[i + 1..]),
                None => (self.rest, ""),
            };
            self.rest = rest;
            self.number += 1;
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            let body = raw.trim_start_matches(' ');
            let indent = raw.len() - body.len();
            if body.trim_start_matches([' ', '\t']).is_empty() || body.starts_with('#') {
                continue;
            }
            // An explicit document start is common at the top of hand-written files.
            if !self.started && indent == 0 && is_marker(body, "---") {
                self.started = true;
                continue;
            }
            self.started = true;
            if body.starts_with('\t')
                || raw.contains('\r')
                || (indent == 0
                    && (body.starts_with('%') || is_marker(body, "---") || is_marker(body, "...")))
            {
                self.failed = true;
                return None;
            }
            return Some(Line {
                number: self.number,
                indent,
                body,
            });
        }
        None
    }

    /// Whether every line was read: a reader that stopped early must not report success.
    fn done(&mut self) -> bool {
        self.peek().is_none() && !self.failed
    }
}

fn is_marker(body: &str, marker: &str) -> bool {
    body.strip_prefix(marker).is_some_and(only_comment)
}

/// The mappings of a block sequence under a key indented by `key_indent`; the `- ` marks
/// sit deeper or, as YAML allows, at the key's own indentation.
fn block_items<'a>(lines: &mut Lines<'a>, key_indent: usize) -> Option<Vec<Item<'a>>> {
    let first = lines.peek()?;
    if first.indent < key_indent || !is_item(first.body) {
        return None;
    }
    let dash = first.indent;
    let mut items = Vec::new();
    while let Some(line) = lines.peek() {
        if line.indent < dash || (line.indent == key_indent && !is_item(line.body)) {
            break;
        }
        if line.indent > dash || !is_item(line.body) {
            return None;
        }
        lines.next();
        let after = &line.body[1..];
        let key_offset = 1 + after.len() - after.trim_start_matches(' ').len();
        let mut item = Vec::new();
        let first_pair = Line {
            number: line.number,
            indent: line.indent + key_offset,
            body: &line.body[key_offset..],
        };
        pair(lines, first_pair, &mut item)?;
        while let Some(next) = lines.peek() {
            if next.indent != first_pair.indent {
                break;
            }
            lines.next();
            pair(lines, next, &mut item)?;
        }
        items.push(item);
    }
    // The next line, if any, belongs to an enclosing level; the caller checks it.
    Some(items)
}

fn is_item(body: &str) -> bool {
    body.starts_with("- ")
}

/// `key: value` at the start of `line`, with its value read (from the following lines too
/// when it is a nested block list or map).
fn pair<'a>(lines: &mut Lines<'a>, line: Line<'a>, item: &mut Item<'a>) -> Option<()> {
    let (key, rest) = split_key(line.body)?;
    let value = if only_comment(rest) {
        nested(lines, line.indent)?
    } else {
        inline(&line, line.body.len() - rest.trim_start_matches(' ').len())?
    };
    item.push((key, value));
    Some(())
}

/// A key made of ASCII letters, digits, `_` or `-`, followed by `:` and a space or the end.
fn split_key(body: &str) -> Option<(&str, &str)> {
    let end = body.find(':')?;
    let key = &body[..end];
    let rest = &body[end + 1..];
    let plain = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    (plain && (rest.is_empty() || rest.starts_with(' '))).then_some((key, rest))
}

/// Whether what follows a token is nothing but spaces and a comment (which YAML only
/// recognises after a space).
fn only_comment(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches([' ', '\t']);
    trimmed.is_empty() || (trimmed.starts_with('#') && trimmed.len() < rest.len())
}

/// Where a comment starts in a plain scalar's line: at a `#` after a space or tab.
fn comment_start(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (1..bytes.len()).find(|&i| bytes[i] == b'#' && matches!(bytes[i - 1], b' ' | b'\t'))
}

/// A list (`- a` lines) or a map (`fr: …` lines) indented under a key with no inline value.
fn nested<'a>(lines: &mut Lines<'a>, key_indent: usize) -> Option<Value> {
    let first = lines.peek()?;
    if is_item(first.body) && first.indent >= key_indent {
        let dash = first.indent;
        let mut list = Vec::new();
        while let Some(line) = lines.peek() {
            if line.indent != dash || !is_item(line.body) {
                break;
            }
            lines.next();
            let offset = 2 + line.body[2..].len() - line.body[2..].trim_start_matches(' ').len();
            let (s, end) = scalar(&line, offset, false)?;
            if !only_comment(&line.body[end..]) {
                return None;
            }
            list.push(s.value);
        }
        // The next line, if any, belongs to an enclosing level; the caller checks it.
        return Some(Value::List(list));
    }
    if first.indent > key_indent {
        let indent = first.indent;
        let mut map = BTreeMap::new();
        while let Some(line) = lines.peek() {
            if line.indent != indent {
                break;
            }
            lines.next();
            let (key, rest) = split_key(line.body)?;
            let offset = line.body.len() - rest.trim_start_matches(' ').len();
            let (s, end) = scalar(&line, offset, false)?;
            if !only_comment(&line.body[end..]) || map.insert(key.to_string(), s.value).is_some() {
                return None;
            }
        }
        return Some(Value::Map(map));
    }
    None
}

/// A value written on the key's line: a scalar, `[a, b]` or `{k: v}`.
fn inline(line: &Line<'_>, offset: usize) -> Option<Value> {
    let (value, end) = match line.body.as_bytes()[offset] {
        b'[' => {
            let mut list = Vec::new();
            let end = flow(line, offset, b']', |at| {
                let (s, end) = scalar(line, at, true)?;
                list.push(s.value);
                Some(end)
            })?;
            (Value::List(list), end)
        }
        // `{fr: "…", en: '…'}`: plain keys and scalar values.
        b'{' => {
            let mut map = BTreeMap::new();
            let end = flow(line, offset, b'}', |at| {
                let (key, rest) = split_key(&line.body[at..])?;
                if rest.is_empty() {
                    return None;
                }
                let (s, end) = scalar(line, skip_spaces(line.body, at + key.len() + 1), true)?;
                map.insert(key.to_string(), s.value)
                    .is_none()
                    .then_some(end)
            })?;
            (Value::Map(map), end)
        }
        _ => scalar(line, offset, false).map(|(s, end)| (Value::Scalar(s), end))?,
    };
    only_comment(&line.body[end..]).then_some(value)
}

/// A one-line flow collection opened at `open` and closed by `close`: `entry` reads each
/// entry from its offset and returns the offset after it. The offset after the closing mark.
fn flow(
    line: &Line<'_>,
    open: usize,
    close: u8,
    mut entry: impl FnMut(usize) -> Option<usize>,
) -> Option<usize> {
    let body = line.body;
    let bytes = body.as_bytes();
    let mut at = skip_spaces(body, open + 1);
    if bytes.get(at) == Some(&close) {
        return Some(at + 1);
    }
    loop {
        at = skip_spaces(body, entry(at)?);
        match bytes.get(at) {
            Some(b',') => at = skip_spaces(body, at + 1),
            Some(&b) if b == close => return Some(at + 1),
            _ => return None,
        }
    }
}

fn skip_spaces(body: &str, from: usize) -> usize {
    from + body[from..].len() - body[from..].trim_start_matches(' ').len()
}

/// The scalar starting at `offset` and the offset just after it. In a flow collection a
/// plain scalar also ends at `,`, `]` or `}`.
fn scalar(line: &Line<'_>, offset: usize, in_flow: bool) -> Option<(S<String>, usize)> {
    let body = line.body;
    let (value, end) = match *body.as_bytes().get(offset)? {
        b'"' => double_quoted(body, offset + 1)?,
        b'\'' => single_quoted(body, offset + 1)?,
        _ => plain(body, offset, in_flow)?,
    };
    Some((
        S {
            value,
            at: line.pos(offset),
        },
        end,
    ))
}

fn plain(body: &str, offset: usize, in_flow: bool) -> Option<(String, usize)> {
    let text = &body[offset..];
    let first = text.as_bytes()[0];
    // Indicators start other constructs (anchors, tags, block scalars, aliases…); a dash
    // followed by a non-space is an ordinary plain scalar such as `-3%`.
    if b"?:,[]{}#&*!|>'\"%@`\t".contains(&first)
        || (first == b'-' && text.as_bytes().get(1).is_none_or(|b| *b == b' '))
    {
        return None;
    }
    let mut end = comment_start(text).unwrap_or(text.len());
    if in_flow && let Some(i) = text[..end].find([',', ']', '}']) {
        end = i;
    }
    let value = text[..end].trim_end_matches([' ', '\t']);
    // `a: b` inside a value is a nested mapping (an error) and `[`, `{` inside a flow
    // collection open another one: both are the general parser's business.
    if value.contains(": ")
        || value.contains(":\t")
        || value.ends_with(':')
        || (in_flow && value.contains(['[', '{']))
        || matches!(value, "~" | "null" | "Null" | "NULL")
    {
        return None;
    }
    Some((value.to_string(), offset + value.len()))
}

fn single_quoted(body: &str, from: usize) -> Option<(String, usize)> {
    let mut value = String::new();
    let mut rest = &body[from..];
    let mut at = from;
    loop {
        let i = rest.find('\'')?;
        value.push_str(&rest[..i]);
        if rest[i + 1..].starts_with('\'') {
            value.push('\'');
            rest = &rest[i + 2..];
            at += i + 2;
        } else {
            return Some((value, at + i + 1));
        }
    }
}

fn double_quoted(body: &str, from: usize) -> Option<(String, usize)> {
    let mut value = String::new();
    let mut rest = &body[from..];
    let mut at = from;
    loop {
        let i = rest.find(['"', '\\'])?;
        value.push_str(&rest[..i]);
        if rest.as_bytes()[i] == b'"' {
            return Some((value, at + i + 1));
        }
        let escape = rest[i + 1..].chars().next()?;
        let mut used = 1 + escape.len_utf8();
        let c = match escape {
            '0' => '\0',
            'a' => '\u{7}',
            'b' => '\u{8}',
            't' | '\t' => '\t',
            'n' => '\n',
            'v' => '\u{b}',
            'f' => '\u{c}',
            'r' => '\r',
            'e' => '\u{1b}',
            ' ' => ' ',
            '"' => '"',
            '/' => '/',
            '\\' => '\\',
            'N' => '\u{85}',
            '_' => '\u{a0}',
            'L' => '\u{2028}',
            'P' => '\u{2029}',
            'x' | 'u' | 'U' => {
                let digits = match escape {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex = rest.get(i + 2..i + 2 + digits)?;
                if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                used += digits;
                char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
            }
            _ => return None,
        };
        value.push(c);
        rest = &rest[i + used..];
        at += i + used;
    }
}

#[cfg(test)]
mod tests;
