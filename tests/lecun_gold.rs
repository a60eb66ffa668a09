//! The article the project started from: `extract --format json` must find every quotation,
//! speaker and claim of its gold file, with the rule that fired for each.

mod common;

use serde_json::Value;

fn extract_json() -> Value {
    let path = common::corpus("lecun-ft-fr.txt");
    let out = common::run(&["extract", "--format", "json", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    serde_json::from_slice(&out.stdout).expect("extract prints JSON")
}

fn gold() -> Value {
    serde_json::from_str(&std::fs::read_to_string(common::corpus("lecun-ft-fr.gold.json")).unwrap())
        .unwrap()
}

#[test]
fn every_gold_quote_is_found_with_its_text_span_kind_and_speaker() {
    let json = extract_json();
    let doc = &json["documents"][0];
    assert_eq!(doc["language"], "fr");
    let quotes = doc["quotes"].as_array().unwrap();
    let gold = gold();
    let gold_quotes = gold["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), gold_quotes.len(), "number of quotations");
    let text = std::fs::read(common::corpus("lecun-ft-fr.txt")).unwrap();
    for (found, g) in quotes.iter().zip(gold_quotes) {
        assert_eq!(found["text"], g["text"], "quote text");
        assert_eq!(found["kind"], g["kind"], "kind of «{}»", g["text"]);
        // The span covers the marks; the gold covers the inner text.
        let (start, end) = (
            found["span"]["start"].as_u64().unwrap() as usize,
            found["span"]["end"].as_u64().unwrap() as usize,
        );
        let (gs, ge) = (
            g["start"].as_u64().unwrap() as usize,
            g["end"].as_u64().unwrap() as usize,
        );
        assert!(
            start < gs && ge < end,
            "span {start}..{end} holds the gold inner span {gs}..{ge}"
        );
        let marks = std::str::from_utf8(&text[start..end]).unwrap();
        assert!(
            marks.starts_with('«') && marks.ends_with('»'),
            "span covers the marks: {marks}"
        );
        match g["speaker"].as_str() {
            Some(name) => {
                assert_eq!(found["speaker"]["name"], name, "speaker of «{}»", g["text"]);
                assert!(
                    found["speaker"]["rule"]
                        .as_str()
                        .is_some_and(|r| !r.is_empty())
                );
            }
            None => assert!(found["speaker"].is_null(), "«{}» has no speaker", g["text"]),
        }
    }
}

#[test]
fn the_rules_that_name_each_speaker() {
    let json = extract_json();
    let rules: Vec<String> = json["documents"][0]["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["speaker"]["rule"].as_str().unwrap_or("-").to_string())
        .collect();
    // « … », a-t-il déclaré → the pronoun; « … », a déclaré LeCun → the name after the verb;
    // selon LeCun; the subject of the sentence for woven fragments; continuation after that.
    assert_eq!(rules[1], "inverted-pronoun");
    assert_eq!(rules[2], "verb-then-name");
    assert_eq!(rules[5], "sentence-subject");
    assert_eq!(rules[7], "-");
    assert_eq!(rules[8], "according-to");
    assert_eq!(rules[11], "verb-then-name");
    assert_eq!(rules[12], "continuation");
}

#[test]
fn every_gold_claim_is_found_with_kind_value_and_unit() {
    let json = extract_json();
    let claims = json["documents"][0]["claims"].as_array().unwrap();
    let gold = gold();
    for g in gold["claims"].as_array().unwrap() {
        if g["optional"] == true {
            continue;
        }
        let (gs, ge) = (g["start"].as_u64().unwrap(), g["end"].as_u64().unwrap());
        let found = claims
            .iter()
            .find(|c| {
                c["span"]["start"].as_u64().unwrap() < ge && gs < c["span"]["end"].as_u64().unwrap()
            })
            .unwrap_or_else(|| panic!("claim «{}» not found", g["text"]));
        assert_eq!(found["kind"], g["kind"], "kind of «{}»", g["text"]);
        match &g["value"] {
            Value::Null => {}
            v => assert_eq!(
                found["value"]
                    .as_f64()
                    .map(|x| x.to_string())
                    .or(found["value"].as_str().map(String::from)),
                v.as_f64()
                    .map(|x| x.to_string())
                    .or(v.as_str().map(String::from)),
                "value of «{}»",
                g["text"]
            ),
        }
        if g["kind"] == "money" {
            assert_eq!(found["unit"], g["unit"], "currency of «{}»", g["text"]);
        }
        if let Some(q) = g["qualifier"].as_str() {
            assert_eq!(found["qualifier"], q, "qualifier of «{}»", g["text"]);
        }
        if let (Some(low), Some(high)) = (g["low"].as_f64(), g["high"].as_f64()) {
            assert_eq!(found["low"].as_f64(), Some(low));
            assert_eq!(found["high"].as_f64(), Some(high));
        }
        if let Some(subject) = g["subject"].as_str() {
            assert_eq!(found["subject"], subject, "subject of «{}»", g["text"]);
        }
    }
    for not in gold["not_claims"].as_array().unwrap() {
        let not = not.as_str().unwrap();
        assert!(
            !claims.iter().any(|c| c["text"]
                .as_str()
                .is_some_and(|t| not.contains(t) || t.contains(not))),
            "«{not}» is no claim"
        );
    }
}

#[test]
fn surname_mentions_are_named_by_the_fullest_form() {
    let json = extract_json();
    let quotes = json["documents"][0]["quotes"].as_array().unwrap();
    // "a déclaré LeCun": the mention is the surname, the name the document's fullest form.
    assert_eq!(quotes[2]["speaker"]["mention"], "LeCun");
    assert_eq!(quotes[2]["speaker"]["name"], "Yann LeCun");
}
