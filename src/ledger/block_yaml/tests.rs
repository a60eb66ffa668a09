//! The fast reader must agree with serde-saphyr, values and positions, on everything it
//! accepts, and must give up on everything else.

use super::read;
use crate::ledger::load::options;
use crate::ledger::schema::LedgerFile;

fn saphyr(text: &str) -> Option<LedgerFile> {
    serde_saphyr::from_str_with_options::<Option<LedgerFile>>(text, options())
        .ok()
        .map(Option::unwrap_or_default)
}

/// The fast reader accepts `text` and reads exactly what serde-saphyr reads.
#[track_caller]
fn agrees(text: &str) -> LedgerFile {
    let fast = read(text).unwrap_or_else(|| panic!("fast reader gave up on:\n{text}"));
    let general = saphyr(text).unwrap_or_else(|| panic!("serde-saphyr refused:\n{text}"));
    assert_eq!(fast, general, "readers disagree on:\n{text}");
    fast
}

#[track_caller]
fn gives_up(text: &str) {
    assert!(read(text).is_none(), "fast reader accepted:\n{text}");
}

const PEOPLE: &str = "people:\n  - id: p1\n    name: Ann Lee\n";

#[test]
fn every_field_of_every_section() {
    let f = agrees(concat!(
        "# A desk's ledger.\n",
        "sources:\n",
        "  - id: ft-2025-12-18\n",
        "    publisher: Financial Times\n",
        "    title: \"Yann LeCun: the interview\"\n",
        "    date: 2025-12-18\n",
        "    url: https://www.ft.com/content/abc#section-2\n",
        "\n",
        "people:\n",
        "  - id: lecun\n",
        "    name: Yann LeCun\n",
        "    aliases: [LeCun, \"Y. LeCun\", 'M. LeCun']\n",
        "    gender: male\n",
        "    born: 1960-07-08\n",
        "    roles:\n",
        "      - chercheur\n",
        "      - \"directeur scientifique\"\n",
        "quotes:\n",
        "  - id: q1\n",
        "    speaker: lecun\n",
        "    text: « Je n’ai pas l’intention de partir », a-t-il dit\n",
        "    lang: fr\n",
        "    translations: {en: \"I have no intention of leaving\", de: 'Ich habe nicht vor'}\n",
        "    source: ft-2025-12-18   # page 3\n",
        "    date: 2025-12\n",
        "facts:\n",
        "  - id: f1\n",
        "    subject: Scale AI\n",
        "    cues: [valuation, valorisation]\n",
        "    kind: money\n",
        "    value: 14,3 milliards de dollars\n",
        "    tolerance: 5%\n",
        "    source: ft-2025-12-18\n",
        "    note: Meta's stake, June 2025\n",
        "  - id: f2\n",
        "    subject: Yann LeCun\n",
        "    kind: duration\n",
        "    from: 2013-12\n",
        "    to: 2025-11\n",
    ));
    assert_eq!(
        f.sources[0].title.as_deref(),
        Some("Yann LeCun: the interview")
    );
    assert_eq!(f.people[0].aliases, ["LeCun", "Y. LeCun", "M. LeCun"]);
    assert_eq!(f.quotes[0].source.as_ref().unwrap().value, "ft-2025-12-18");
    assert_eq!(f.facts[1].to.as_ref().unwrap().at.line, 39);
}

#[test]
fn scalar_styles_and_their_positions() {
    for value in [
        "plain words",
        "0012",
        "1.50",
        "true",
        "yes",
        "-3%",
        "10:30",
        "a#b",
        "«\u{a0}Ça\u{a0}» — déjà",
        "plain   # comment",
        "\"double \\\"quoted\\\" \\\\ \\n \\t \\u00e9 \\x41 \\U0001F600 \\_ \\/ \\e\"",
        "\"# not a comment\"",
        "'single ''quoted'' # not a comment'",
        "''",
        "\"\"",
        "'x'  # trailing",
    ] {
        agrees(&format!(
            "{PEOPLE}quotes:\n  - id: q1\n    speaker: p1\n    text: {value}\n    source: {value}\n"
        ));
    }
}

#[test]
fn columns_count_characters_in_flow_lists() {
    let f = agrees("people:\n  - id: p\n    name: Zoë\n    aliases: [Ünï, \"é\", 'b', c d]\n");
    assert_eq!(f.people[0].aliases, ["Ünï", "é", "b", "c d"]);
}

#[test]
fn layouts() {
    // Items at the key's own indentation, deeper, extra spaces after the dash, CRLF,
    // a document marker, comments between items, empty collections.
    agrees("---\nquotes:\n- id: q\n  speaker: p1\n  text: x\npeople:\n- id: p1\n  name: A\n");
    agrees("people:\n    -   id: p1\n        name: A\n        aliases: []\n        roles: [ ]\n");
    agrees("people:\r\n  - id: p1\r\n    name: A\r\n");
    agrees("people:\n  # first\n  - id: p1\n    name: A\n\n  # second\n  - id: p2\n    name: B\n");
    agrees("sources: []\npeople: []  # none yet\nquotes: []\nfacts: []\n");
    agrees("quotes:\n  - id: q\n    speaker: p\n    text: x\n    translations: {}\n");
    agrees(
        "quotes:\n  - id: q\n    speaker: p\n    text: x\n    translations:\n      en: y\n      fr: 'z'\n",
    );
    agrees("people:\n  - id: p\n    name: A\n    aliases:\n    - B\n    - 'C'\n    born: 1970\n");
    agrees("");
    agrees("# nothing yet\n");
}

#[test]
fn everything_outside_the_subset_is_left_to_serde_saphyr() {
    for text in [
        // anchors, aliases, tags, block scalars, multi-line scalars
        "people:\n  - id: &a p1\n    name: *a\n",
        "people:\n  - id: !!str p1\n    name: A\n",
        "people:\n  - id: p1\n    name: |\n      A\n",
        "people:\n  - id: p1\n    name: >\n      A\n",
        "people:\n  - id: p1\n    name: Ann\n      Lee\n",
        "people:\n  - id: p1\n    name: \"Ann\n      Lee\"\n",
        "people:\n  - id: p1\n    name: A\n    aliases: [B,\n      C]\n",
        // nulls, missing, unknown and repeated keys, wrong shapes
        "people:\n  - id: p1\n    name: ~\n",
        "people:\n  - id: p1\n    name: null\n",
        "people:\n  - id: p1\n    name:\n",
        "people:\n  - id: p1\n",
        "people:\n  - id: p1\n    name: A\n    nickname: B\n",
        "people:\n  - id: p1\n    name: A\n    name: B\n",
        "people:\n  - id: p1\n    name: [A]\n",
        "people:\n  - id: p1\n    name: A\n    aliases: B\n",
        "people:\n  - id: p1\n    name: A: B\n",
        "people:\nquotes: []\n",
        "people: null\n",
        "persons: []\n",
        "people: []\npeople: []\n",
        // quoted keys, tabs, directives, several documents, BOM, stray text
        "people:\n  - \"id\": p1\n    name: A\n",
        "people:\n\t- id: p1\n\t  name: A\n",
        "%YAML 1.2\n---\npeople: []\n",
        "people: []\n---\nquotes: []\n",
        "people: []\n...\n",
        "--- {people: []}\n",
        "\u{feff}people: []\n",
        "people:\n  - id: p1\n    name: \"A\" B\n",
        "people:\n  - id: p1\n    name: A\n   extra: 1\n",
        "people:\n  - id: p1\n    name: A\n  - oops\n",
        "people:\n  - id: p1\n    name: \"bad \\q escape\"\n",
        "people:\n  - id: p1\n    name: \"\\ud800\"\n",
    ] {
        gives_up(text);
    }
}

#[test]
fn the_bundled_ledger_takes_the_fast_path() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/claims/lecun-ft.yaml"))
            .expect("bundled ledger");
    agrees(&text);
}

/// Random ledgers built from the constructs above: every one the fast reader accepts reads
/// the same as with serde-saphyr, and the plainest ones are always accepted.
#[test]
fn random_ledgers_agree() {
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let values = [
        "x",
        "Ann Lee",
        "'it''s'",
        "\"say \\\"hi\\\"\"",
        "« déjà » – 3,5 %",
        "2024-02-29",
        "14.3bn",
        "x # note",
        "\"\\u00e9t\\u00e9\"",
        "a, b",
        "-1",
    ];
    let mut accepted = 0;
    for _ in 0..400 {
        let dash_indent = [0, 2, 4][next(3)];
        let pad = " ".repeat(dash_indent);
        let mut text = String::from("people:\n");
        for p in 0..1 + next(3) {
            text += &format!(
                "{pad}- id: p{p}\n{pad}  name: {}\n",
                values[next(values.len())]
            );
            match next(3) {
                0 => {
                    let a = values[next(values.len())];
                    let list = if a.contains(", ") || a.contains(" #") {
                        "[]".to_string()
                    } else {
                        format!("[{a}, 'z']")
                    };
                    text += &format!("{pad}  aliases: {list}\n");
                }
                1 => {
                    text += &format!(
                        "{pad}  aliases:\n{pad}    - {}\n",
                        values[next(values.len())]
                    )
                }
                _ => {}
            }
            if next(2) == 0 {
                text += "\n# between\n";
            }
        }
        let quotes = next(3);
        text += if quotes == 0 {
            "quotes: []\n"
        } else {
            "quotes:\n"
        };
        for q in 0..quotes {
            text += &format!(
                "{pad}- id: q{q}\n{pad}  speaker: p0\n{pad}  text: {}\n{pad}  lang: {}\n",
                values[next(values.len())],
                ["fr", "en"][next(2)]
            );
        }
        if let Some(fast) = read(&text) {
            accepted += 1;
            assert_eq!(Some(fast), saphyr(&text), "readers disagree on:\n{text}");
        }
    }
    assert!(
        accepted > 300,
        "only {accepted} of 400 plain ledgers took the fast path"
    );
}
