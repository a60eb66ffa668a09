//! Markdown: which bytes of a .md file are prose, and how its prose is cut into paragraphs.
//!
//! pulldown-cmark (CommonMark with tables, footnotes, strikethrough and task lists; smart
//! punctuation off, so the marks in the text are the marks in the file) is run with its
//! offset iterator. The prose is the source range of every `Text` event outside code
//! blocks, images and autolinks; everything else is masked: code blocks and inline code,
//! HTML blocks and inline HTML (comments included), link destinations, heading and list
//! markers, block-quote `>` prefixes, table pipes, escapes' backslashes and emphasis
//! delimiters. An emphasis delimiter between two letters (`un*believ*able`) is kept, so
//! masking never splits a word. Nothing is re-found: every range is the parser's own.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// The layout of a Markdown text, in byte offsets of the text given.
#[derive(Debug, Default)]
pub struct Layout {
    /// Byte ranges that are not prose, to be masked (sorted, disjoint).
    pub masked: Vec<Range<usize>>,
    /// Leaf blocks: paragraphs, headings, list items' own text, table cells, in order and
    /// untrimmed (the caller trims them on the masked text).
    pub blocks: Vec<Range<usize>>,
    /// HTML comments the parser read as HTML (never those shown inside code).
    pub comments: Vec<Range<usize>>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

fn is_block(tag: &Tag) -> bool {
    !matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn is_block_end(tag: &TagEnd) -> bool {
    !matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// Reads `text[start..]` (the front matter, if any, already masked to spaces; `start` skips
/// a BOM) and returns its layout in offsets of `text`.
pub fn layout(text: &str, start: usize) -> Layout {
    let Some(body) = text.get(start..) else {
        return Layout::default();
    };
    let mut prose: Vec<Range<usize>> = Vec::new();
    let mut html: Vec<Range<usize>> = Vec::new();
    let mut blocks: Vec<Range<usize>> = Vec::new();
    let mut block: Option<Range<usize>> = None;
    // Text inside these is not prose: code blocks, images (alt text), autolinks (a URL).
    let mut hidden = 0usize;
    // For each open link: whether it hides its text (autolinks and e-mail links).
    let mut links: Vec<bool> = Vec::new();
    let mut flush = |block: &mut Option<Range<usize>>| {
        if let Some(b) = block.take() {
            blocks.push(b);
        }
    };
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let range = range.start + start..range.end + start;
        match &event {
            Event::Start(tag) => {
                match tag {
                    Tag::CodeBlock(_) | Tag::Image { .. } | Tag::MetadataBlock(_) => hidden += 1,
                    Tag::HtmlBlock => {
                        hidden += 1;
                        html.push(range.clone());
                    }
                    Tag::Link { link_type, .. } => {
                        let hides = matches!(link_type, LinkType::Autolink | LinkType::Email);
                        links.push(hides);
                        if hides {
                            hidden += 1;
                        }
                    }
                    _ => {}
                }
                if is_block(tag) {
                    flush(&mut block);
                    continue;
                }
            }
            Event::End(tag) => {
                let closes_hidden = match tag {
                    TagEnd::CodeBlock
                    | TagEnd::Image
                    | TagEnd::MetadataBlock(_)
                    | TagEnd::HtmlBlock => true,
                    TagEnd::Link => links.pop().unwrap_or(false),
                    _ => false,
                };
                if closes_hidden {
                    hidden = hidden.saturating_sub(1);
                }
                if is_block_end(tag) {
                    flush(&mut block);
                    continue;
                }
            }
            Event::Text(_) if hidden == 0 => prose.push(range.clone()),
            Event::InlineHtml(_) => html.push(range.clone()),
            Event::Html(_) => continue,
            Event::Rule | Event::DisplayMath(_) => {
                flush(&mut block);
                continue;
            }
            _ => {}
        }
        // An inline event: it belongs to the current leaf block.
        block = Some(match block {
            Some(b) => b.start.min(range.start)..b.end.max(range.end),
            None => range,
        });
    }
    flush(&mut block);
    Layout {
        masked: complement(text, start, &prose),
        blocks,
        comments: comments(text, &html),
    }
}

/// Everything from `start` to the end of `text` that no prose range covers, except
/// emphasis delimiters between two word chars.
fn complement(text: &str, start: usize, prose: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut sorted: Vec<Range<usize>> = prose.to_vec();
    sorted.sort_by_key(|r| r.start);
    let mut out = Vec::new();
    let mut at = start;
    let gap = |a: usize, b: usize, out: &mut Vec<Range<usize>>| {
        if a < b && !intraword_delimiters(text, a..b) {
            out.push(a..b);
        }
    };
    for r in sorted {
        if r.start > at {
            gap(at, r.start, &mut out);
        }
        at = at.max(r.end);
    }
    gap(at, text.len(), &mut out);
    out
}

/// `un*believ*able`: delimiters alone between two letters are left in place, so the word
/// is not cut in three.
fn intraword_delimiters(text: &str, r: Range<usize>) -> bool {
    let Some(gap) = text.get(r.clone()) else {
        return false;
    };
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    gap.chars().all(|c| matches!(c, '*' | '_' | '~'))
        && word(text.get(..r.start).and_then(|s| s.chars().next_back()))
        && word(text.get(r.end..).and_then(|s| s.chars().next()))
}

/// The `<!-- … -->` comments inside the HTML the parser found.
fn comments(text: &str, html: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in html {
        let mut from = r.start.max(out.last().map_or(0, |c| c.end));
        while from < r.end {
            let Some(open) = text.get(from..r.end).and_then(|s| s.find("<!--")) else {
                break;
            };
            let open = from + open;
            let body = open + 4;
            let end = text
                .get(body..)
                .and_then(|s| s.find("-->"))
                .map_or(text.len(), |i| body + i + 3);
            out.push(open..end);
            from = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        let l = layout(text, 0);
        let mut bytes = text.as_bytes().to_vec();
        for r in &l.masked {
            for b in &mut bytes[r.clone()] {
                if *b != b'\n' && *b != b'\r' {
                    *b = b' ';
                }
            }
        }
        String::from_utf8(bytes).unwrap()
    }

    fn blocks(text: &str) -> Vec<String> {
        let m = masked(text);
        layout(text, 0)
            .blocks
            .iter()
            .map(|b| m[b.clone()].trim().to_string())
            .filter(|b| !b.is_empty())
            .collect()
    }

    #[test]
    fn code_html_and_markers_are_masked() {
        let text = "# Titre\n\nIl a dit `« faux »` puis <b>x</b>.\n\n```\n« Code » 42 %\n```\n\n<!-- note -->\n- [lien](https://x.fr/2025) et ![alt 3](i.png)\n";
        let m = masked(text);
        assert_eq!(m.len(), text.len());
        assert!(!m.contains("faux") && !m.contains("Code") && !m.contains("42"));
        assert!(!m.contains("note") && !m.contains("2025") && !m.contains("alt"));
        assert!(m.contains("Titre") && m.contains("lien") && m.contains("Il a dit"));
        assert_eq!(m.lines().count(), text.lines().count());
    }

    #[test]
    fn emphasis_delimiters_are_masked_but_never_inside_a_word() {
        let m = masked("**Yann LeCun** a dit un*believ*able.\n");
        assert_eq!(m, "  Yann LeCun   a dit un*believ*able.\n");
    }

    #[test]
    fn paragraphs_follow_blocks_not_lines() {
        let text = "# Titre\n\nUn paragraphe\nsur deux lignes.\n\n- item un\n- item deux\n  - sous-item\n\n> cité\n> encore\n\n| a | b |\n|---|---|\n| c | d |\n";
        assert_eq!(
            blocks(text),
            [
                "Titre",
                "Un paragraphe\nsur deux lignes.",
                "item un",
                "item deux",
                "sous-item",
                "cité\n  encore",
                "a",
                "b",
                "c",
                "d"
            ]
        );
    }

    #[test]
    fn comments_are_found_in_html_only() {
        let text = "<!-- claimcheck: ignore -->\nTexte <!-- inline\nsur deux lignes --> fin.\n\n    <!-- in code -->\n";
        let l = layout(text, 0);
        let found: Vec<&str> = l.comments.iter().map(|c| &text[c.clone()]).collect();
        assert_eq!(
            found,
            [
                "<!-- claimcheck: ignore -->",
                "<!-- inline\nsur deux lignes -->"
            ]
        );
    }
}
