//! Every verdict of DESIGN.md, each from a small article and a small ledger.

use claimcheck::check::{CheckOptions, Finding, Item, Rule, Severity};
use claimcheck::ledger::{Ledger, load_str};
use claimcheck::{Lang, pipeline};

const LEDGER: &str = r#"
sources:
  - id: src
    publisher: Test Wire
    date: 2025-01-01
people:
  - id: jane
    name: Jane Doe
    aliases: [Doe]
    gender: female
    born: 1980-06-15
  - id: tom
    name: Tom Brandt
    gender: male
  - id: sam
    name: Sam Lee
    gender: male
    born: 1997
quotes:
  - id: jane-plan
    speaker: jane
    text: "The plan is ready and we will deliver it before the summer"
    lang: en
    translations: {fr: "Le plan est prêt et nous le livrerons avant l’été"}
    source: src
  - id: tom-vote
    speaker: tom
    text: "Nobody in this town voted for higher taxes"
    source: src
facts:
  - id: acme-revenue
    subject: Acme
    cues: [revenue, chiffre d'affaires]
    kind: money
    value: 14.3 billion USD
    source: src
  - id: acme-stake
    subject: Acme
    cues: [stake, participation]
    kind: percent
    value: 12%
    source: src
  - id: acme-valuation
    subject: Acme
    cues: [valuation, valorisation]
    kind: money
    value: 3 billion EUR
    tolerance: 5%
    source: src
  - id: acme-staff
    subject: Acme
    cues: [employees, staff]
    kind: count
    value: "12"
    source: src
  - id: beta-staff
    subject: Beta
    cues: [employees, staff]
    kind: count
    value: "40"
    source: src
  - id: jane-acme-tenure
    subject: Jane Doe
    cues: [at Acme, chez Acme]
    kind: duration
    from: 2013-12
    to: 2025-11
    source: src
  - id: tom-mayor-since
    subject: Tom Brandt
    cues: [mayor, maire]
    kind: duration
    from: 2019-03-15
    source: src
"#;

fn ledger() -> Ledger {
    load_str(std::path::Path::new("test.yaml"), LEDGER).expect("the test ledger is valid")
}

fn findings(text: &str, lang: Lang) -> Vec<Finding> {
    let options = CheckOptions {
        date: Some("2025-12-18".into()),
        ..CheckOptions::default()
    };
    pipeline::check_text("t.txt", text, Some(lang), &ledger(), &options).findings
}

fn rules(text: &str, lang: Lang, item: Item) -> Vec<Rule> {
    findings(text, lang)
        .into_iter()
        .filter(|f| f.item == item)
        .map(|f| f.rule)
        .collect()
}

fn only(text: &str, lang: Lang, item: Item) -> Finding {
    let mut f: Vec<Finding> = findings(text, lang)
        .into_iter()
        .filter(|f| f.item == item)
        .collect();
    assert_eq!(f.len(), 1, "one {item:?} finding in {text:?}: {f:?}");
    f.remove(0)
}

#[test]
fn quote_verified() {
    let f = only(
        "“The plan is ready and we will deliver it before the summer,” Jane Doe said.",
        Lang::En,
        Item::Quote,
    );
    assert_eq!(f.rule, Rule::QuoteVerified);
    assert_eq!(f.severity, Severity::Note);
    assert_eq!(f.ledger.as_ref().map(|l| l.id.as_str()), Some("jane-plan"));
}

#[test]
fn quote_verified_through_a_translation() {
    let f = only(
        "« Le plan est prêt et nous le livrerons avant l’été », a déclaré Jane Doe.",
        Lang::Fr,
        Item::Quote,
    );
    assert_eq!(f.rule, Rule::QuoteVerified);
    assert!(f.message.contains("fr translation"), "{}", f.message);
}

#[test]
fn quote_fragment_with_an_ellipsis() {
    let f = only(
        "Jane Doe said the plan “is ready […] before the summer”.",
        Lang::En,
        Item::Quote,
    );
    assert_eq!(f.rule, Rule::QuoteFragment, "{}", f.message);
}

#[test]
fn quote_altered_shows_the_word_diff() {
    let f = only(
        "“The plan is ready and we will deliver it before the autumn,” said Jane Doe.",
        Lang::En,
        Item::Quote,
    );
    assert_eq!(f.rule, Rule::QuoteAltered);
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message
            .contains("ledger says «summer», draft says «autumn»"),
        "{}",
        f.message
    );
}

#[test]
fn quote_misattributed_names_both_people() {
    let f = only(
        "“Nobody in this town voted for higher taxes,” said Jane Doe.",
        Lang::En,
        Item::Quote,
    );
    assert_eq!(f.rule, Rule::QuoteMisattributed);
    assert!(
        f.message.contains("Tom Brandt") && f.message.contains("Jane Doe"),
        "{}",
        f.message
    );
}

#[test]
fn quote_unverified_and_unattributed() {
    assert_eq!(
        rules(
            "“We never discussed it,” said Jane Doe.",
            Lang::En,
            Item::Quote
        ),
        [Rule::QuoteUnverified]
    );
    assert_eq!(
        rules("“We never discussed it.”", Lang::En, Item::Quote),
        [Rule::QuoteUnattributed]
    );
}

#[test]
fn an_unnamed_spokesperson_is_checked_as_the_organisation_they_speak_for() {
    // the draft names nobody, but the words are the organisation's: checked as theirs
    let f = only(
        "A spokeswoman for Fife Council said: “Nobody in this town voted for higher taxes.”",
        Lang::En,
        Item::Quote,
    );
    assert_eq!(f.rule, Rule::QuoteMisattributed, "{}", f.message);
    assert!(
        f.message.contains("Tom Brandt") && f.message.contains("a spokesperson for Fife Council"),
        "{}",
        f.message
    );
    let f = only(
        "A Fife Council spokeswoman said: “We never discussed it.”",
        Lang::En,
        Item::Quote,
    );
    assert_eq!(f.rule, Rule::QuoteUnverified, "{}", f.message);
    assert!(
        f.message.contains("a spokesperson for Fife Council"),
        "{}",
        f.message
    );
}

#[test]
fn quote_unbalanced_is_reported_and_the_rest_still_checked() {
    // The next paragraph does not reopen the mark, so the first quotation is not continued.
    let text = "“This never closes, said someone.\nThen Jane Doe said: “The plan is ready and we will deliver it before the summer.”";
    let all = findings(text, Lang::En);
    assert!(
        all.iter()
            .any(|f| f.rule == Rule::QuoteUnbalanced && f.span.start == 0),
        "{all:?}"
    );
    assert!(all.iter().any(|f| f.rule == Rule::QuoteVerified), "{all:?}");
}

#[test]
fn quote_term_is_a_note() {
    let f = only(
        "The firm is building what it calls so-called “world models” for robots.",
        Lang::En,
        Item::Quote,
    );
    assert_eq!(f.rule, Rule::QuoteTerm);
    assert_eq!(f.severity, Severity::Note);
}

#[test]
fn claim_consistent_and_rounded() {
    assert_eq!(
        rules(
            "Acme took a 12% stake in the venture.",
            Lang::En,
            Item::Claim
        ),
        [Rule::ClaimConsistent]
    );
    assert_eq!(
        rules(
            "Acme reported revenue of $14bn last year.",
            Lang::En,
            Item::Claim
        )[0],
        Rule::ClaimRounded
    );
}

#[test]
fn claim_contradicted_by_value_or_qualifier() {
    assert_eq!(
        rules(
            "Acme took a 15% stake in the venture.",
            Lang::En,
            Item::Claim
        ),
        [Rule::ClaimContradicted]
    );
    assert_eq!(
        rules("Acme has more than 20 employees.", Lang::En, Item::Claim),
        [Rule::ClaimContradicted]
    );
    assert_eq!(
        rules("Acme has more than 10 employees.", Lang::En, Item::Claim),
        [Rule::ClaimConsistent]
    );
}

#[test]
fn claim_unit_mismatch_names_the_currency() {
    let f = only(
        "Acme vise une valorisation de 3 milliards de dollars.",
        Lang::Fr,
        Item::Claim,
    );
    assert_eq!(f.rule, Rule::ClaimUnitMismatch);
    assert!(
        f.message.contains("USD") && f.message.contains("EUR"),
        "{}",
        f.message
    );
}

#[test]
fn claim_inconsistent_within_the_document() {
    // Both values are within the ledger's 5% tolerance, but they disagree with each other.
    let text = "Acme's valuation is €2.9bn. Later the valuation of Acme was given as €3.1bn.";
    assert_eq!(
        rules(text, Lang::En, Item::Claim),
        [Rule::ClaimConsistent, Rule::ClaimInconsistent]
    );
}

#[test]
fn claim_ambiguous_when_two_facts_fit_equally() {
    assert_eq!(
        rules(
            "Acme and Beta together have 52 employees.",
            Lang::En,
            Item::Claim
        ),
        [Rule::ClaimAmbiguous]
    );
}

#[test]
fn claim_unverified_without_a_fact() {
    assert_eq!(
        rules("The river rose by 3 metres.", Lang::En, Item::Claim),
        [Rule::ClaimUnverified]
    );
}

#[test]
fn age_checked_against_birth_date_at_the_article_date() {
    assert_eq!(
        rules("Jane Doe, 45, said nothing.", Lang::En, Item::Claim),
        [Rule::ClaimConsistent]
    );
    assert_eq!(
        rules("Jane Doe, 47, said nothing.", Lang::En, Item::Claim),
        [Rule::ClaimContradicted]
    );
}

#[test]
fn every_quote_and_claim_gets_exactly_one_finding() {
    let text = "“The plan is ready,” said Jane Doe. Acme took a 12% stake. “Fine,” he said. Revenue hit $3bn.";
    let p = pipeline::check_text(
        "t",
        text,
        Some(Lang::En),
        &ledger(),
        &CheckOptions::default(),
    );
    assert_eq!(
        p.findings.len(),
        p.extraction.quotes.len() + p.extraction.claims.len()
    );
    let starts: Vec<usize> = p.findings.iter().map(|f| f.span.start).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted, "findings are sorted by span");
}

#[test]
fn age_from_a_birth_year_alone_allows_two_ages() {
    // Born 1997, on 2025-12-18: 27 before the unknown birthday, 28 after.
    for ok in ["Sam Lee, 27, said nothing.", "Sam Lee, 28, said nothing."] {
        let f = only(ok, Lang::En, Item::Claim);
        assert_eq!(f.rule, Rule::ClaimConsistent, "{ok}: {}", f.message);
        assert!(f.message.contains("27 or 28"), "{}", f.message);
    }
    let f = only("Sam Lee, 29, said nothing.", Lang::En, Item::Claim);
    assert_eq!(f.rule, Rule::ClaimContradicted, "{}", f.message);
    assert!(f.message.contains("27 or 28"), "{}", f.message);
    assert_eq!(f.ledger.as_ref().map(|l| l.id.as_str()), Some("sam"));
}

#[test]
fn duration_derived_from_a_period_of_the_ledger() {
    // 2013-12 to 2025-11 is 11.8 to 12.0 years: 11 whole years, 12 once rounded.
    let f = only(
        "Jane Doe worked at Acme for 11 years.",
        Lang::En,
        Item::Claim,
    );
    assert_eq!(f.rule, Rule::ClaimConsistent, "{}", f.message);
    assert!(
        f.message.contains("from 2013-12 to 2025-11"),
        "{}",
        f.message
    );
    assert_eq!(
        f.ledger.as_ref().map(|l| l.id.as_str()),
        Some("jane-acme-tenure")
    );
    let f = only(
        "Jane Doe worked at Acme for 12 years.",
        Lang::En,
        Item::Claim,
    );
    assert_eq!(f.rule, Rule::ClaimRounded, "{}", f.message);
    let f = only(
        "Jane Doe worked at Acme for 15 years.",
        Lang::En,
        Item::Claim,
    );
    assert_eq!(f.rule, Rule::ClaimContradicted, "{}", f.message);
    let f = only(
        "Jane Doe a travaillé chez Acme pendant plus de dix ans.",
        Lang::Fr,
        Item::Claim,
    );
    assert_eq!(f.rule, Rule::ClaimConsistent, "{}", f.message);
    let f = only(
        "Jane Doe worked at Acme for 142 months.",
        Lang::En,
        Item::Claim,
    );
    assert_eq!(f.rule, Rule::ClaimConsistent, "{}", f.message);
    let f = only(
        "Jane Doe worked at Acme for 140 months.",
        Lang::En,
        Item::Claim,
    );
    assert_eq!(f.rule, Rule::ClaimContradicted, "{}", f.message);
}

#[test]
fn an_open_period_runs_to_the_article_date() {
    // Since 2019-03-15, on 2025-12-18: 6.8 years.
    let f = only(
        "Tom Brandt has been mayor for six years.",
        Lang::En,
        Item::Claim,
    );
    assert_eq!(f.rule, Rule::ClaimConsistent, "{}", f.message);
    assert!(f.message.contains("on 2025-12-18"), "{}", f.message);
    let f = only(
        "Tom Brandt has been mayor for nine years.",
        Lang::En,
        Item::Claim,
    );
    assert_eq!(f.rule, Rule::ClaimContradicted, "{}", f.message);
}
