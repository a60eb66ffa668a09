use super::*;

/// The expression whose span text is exactly `needle` (panics with the full scan otherwise).
fn find(text: &str, lang: Lang, needle: &str) -> NumericExpr {
    let all = scan(text, lang);
    match all.iter().find(|e| &text[e.span.clone()] == needle) {
        Some(e) => e.clone(),
        None => {
            let spans: Vec<&str> = all.iter().map(|e| &text[e.span.clone()]).collect();
            panic!("{needle:?} not found in {text:?}; found {spans:?}")
        }
    }
}

/// The kind of the expression whose span text is exactly `needle`.
fn kind_of(text: &str, lang: Lang, needle: &str) -> ClaimKind {
    find(text, lang, needle).kind
}

fn spans(text: &str, lang: Lang) -> Vec<String> {
    scan(text, lang)
        .iter()
        .map(|e| text[e.span.clone()].to_string())
        .collect()
}

fn approx(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|x| (x - b).abs() <= 1e-9 * b.abs().max(1.0))
}

fn check(text: &str, lang: Lang, needle: &str, kind: ClaimKind, value: Option<f64>) -> NumericExpr {
    let e = find(text, lang, needle);
    assert_eq!(e.kind, kind, "{needle}: {e:?}");
    match value {
        Some(v) => assert!(
            approx(e.value, v),
            "{needle}: expected {v}, got {:?}",
            e.value
        ),
        None => assert_eq!(e.value, None, "{needle}"),
    }
    e
}

fn money(text: &str, lang: Lang, needle: &str, v: f64, iso: &str) {
    let e = check(text, lang, needle, ClaimKind::Money, Some(v));
    assert_eq!(e.unit.as_deref(), Some(iso), "{needle}");
}

fn nothing_for(text: &str, lang: Lang) {
    let s = spans(text, lang);
    assert!(s.is_empty(), "{text:?} should yield nothing, got {s:?}");
}

// ---------------------------------------------------------------- the real article

#[test]
fn article_presque_quatre_decennies() {
    let t = "bien qu'il soit presque quatre décennies plus jeune";
    let e = check(
        t,
        Lang::Fr,
        "presque quatre décennies",
        ClaimKind::Duration,
        Some(40.0),
    );
    assert_eq!(e.unit.as_deref(), Some("year"));
    assert_eq!(e.qualifier, Qualifier::Approx);
    assert!(approx(e.low, 36.0) && approx(e.high, 40.0));
}

#[test]
fn article_plus_d_une_decennie() {
    let t = "depuis plus d\u{2019}une décennie";
    let e = check(
        t,
        Lang::Fr,
        "plus d\u{2019}une décennie",
        ClaimKind::Duration,
        Some(10.0),
    );
    assert_eq!(e.qualifier, Qualifier::MoreThan);
    assert_eq!(e.unit.as_deref(), Some("year"));
    assert!(approx(e.low, 10.0) && e.high.is_none());
}

#[test]
fn article_novembre_2022() {
    let e = check(
        "lancé en novembre 2022",
        Lang::Fr,
        "novembre 2022",
        ClaimKind::Date,
        None,
    );
    assert_eq!(e.date.as_deref(), Some("2022-11"));
}

#[test]
fn article_money_percent_age() {
    money(
        "a levé 14 milliards de dollars",
        Lang::Fr,
        "14 milliards de dollars",
        1.4e10,
        "USD",
    );
    check(
        "une participation de 49 % dans",
        Lang::Fr,
        "49 %",
        ClaimKind::Percent,
        Some(49.0),
    );
    let e = check(
        "Wang, âgé de 29 ans, a fondé",
        Lang::Fr,
        "âgé de 29 ans",
        ClaimKind::Age,
        Some(29.0),
    );
    assert_eq!(e.unit.as_deref(), Some("year"));
    money(
        "une valorisation de 3 milliards de dollars",
        Lang::Fr,
        "3 milliards de dollars",
        3e9,
        "USD",
    );
}

#[test]
fn article_vague_hundreds_of_millions() {
    let t = "plusieurs centaines de millions de dollars";
    let e = check(t, Lang::Fr, t, ClaimKind::Money, None);
    assert_eq!(e.unit.as_deref(), Some("USD"));
    assert_eq!(e.qualifier, Qualifier::Approx);
    assert!(approx(e.low, 2e8) && approx(e.high, 1e9));
}

#[test]
fn article_llama_and_relative_date() {
    let t = "le dernier modèle Llama 4, publié en avril dernier";
    let all = scan(t, Lang::Fr);
    assert_eq!(all.len(), 1, "{all:?}");
    let e = check(t, Lang::Fr, "avril dernier", ClaimKind::Date, None);
    assert_eq!(e.date, None);
}

// ---------------------------------------------------------------- digits

#[test]
fn french_digits() {
    check(
        "soit 14 000 euros",
        Lang::Fr,
        "14 000 euros",
        ClaimKind::Money,
        Some(14000.0),
    );
    check(
        "soit 14\u{a0}000 postes",
        Lang::Fr,
        "14\u{a0}000 postes",
        ClaimKind::Count,
        Some(14000.0),
    );
    check(
        "soit 14\u{202f}000 postes",
        Lang::Fr,
        "14\u{202f}000 postes",
        ClaimKind::Count,
        Some(14000.0),
    );
    check(
        "un taux de 3,5 %",
        Lang::Fr,
        "3,5 %",
        ClaimKind::Percent,
        Some(3.5),
    );
    check(
        "il vaut 1.234,5 euros",
        Lang::Fr,
        "1.234,5 euros",
        ClaimKind::Money,
        Some(1234.5),
    );
    check(
        "il vaut 1 234,56 euros",
        Lang::Fr,
        "1 234,56 euros",
        ClaimKind::Money,
        Some(1234.56),
    );
    // a unit of measurement makes a plain quantity with its symbol, not a count
    let e = check(
        "il vaut 1,200 tonne",
        Lang::Fr,
        "1,200 tonne",
        ClaimKind::Number,
        Some(1.2),
    );
    assert_eq!(e.unit.as_deref(), Some("t"));
    check(
        "une baisse de −3,2 %",
        Lang::Fr,
        "−3,2 %",
        ClaimKind::Percent,
        Some(-3.2),
    );
    check(
        "une hausse de +4 %",
        Lang::Fr,
        "+4 %",
        ClaimKind::Percent,
        Some(4.0),
    );
}

#[test]
fn english_digits() {
    check(
        "cut 1,200 jobs",
        Lang::En,
        "1,200 jobs",
        ClaimKind::Count,
        Some(1200.0),
    );
    check(
        "a rate of 3.5 percent",
        Lang::En,
        "3.5 percent",
        ClaimKind::Percent,
        Some(3.5),
    );
    check(
        "worth 1,234.56 dollars",
        Lang::En,
        "1,234.56 dollars",
        ClaimKind::Money,
        Some(1234.56),
    );
    check(
        "fell by -2 percent",
        Lang::En,
        "-2 percent",
        ClaimKind::Percent,
        Some(-2.0),
    );
}

#[test]
fn mixed_scales_and_currencies() {
    money(
        "levée de 3,5 milliards d'euros",
        Lang::Fr,
        "3,5 milliards d'euros",
        3.5e9,
        "EUR",
    );
    money(
        "levée de 3,5 milliards d\u{2019}euros",
        Lang::Fr,
        "3,5 milliards d\u{2019}euros",
        3.5e9,
        "EUR",
    );
    money("raised $14bn", Lang::En, "$14bn", 1.4e10, "USD");
    money("a €3bn deal", Lang::En, "€3bn", 3e9, "EUR");
    money("paid $1.2m", Lang::En, "$1.2m", 1.2e6, "USD");
    money("un budget de 2,3 Md€", Lang::Fr, "2,3 Md€", 2.3e9, "EUR");
    money("un budget de 14 Md$", Lang::Fr, "14 Md$", 1.4e10, "USD");
    check(
        "un budget de 3 Mds",
        Lang::Fr,
        "3 Mds",
        ClaimKind::Number,
        Some(3e9),
    );
    money("worth 14bn USD", Lang::En, "14bn USD", 1.4e10, "USD");
    money("worth US$5m", Lang::En, "US$5m", 5e6, "USD");
    money(
        "sold for £8.1 million",
        Lang::En,
        "£8.1 million",
        8.1e6,
        "GBP",
    );
    money(
        "a fine of 10,000 swiss francs",
        Lang::En,
        "10,000 swiss francs",
        1e4,
        "CHF",
    );
    money(
        "une amende de 10 000 francs suisses",
        Lang::Fr,
        "10 000 francs suisses",
        1e4,
        "CHF",
    );
    money(
        "361 millions de livres sterling",
        Lang::Fr,
        "361 millions de livres sterling",
        3.61e8,
        "GBP",
    );
    money(
        "100 milliards de yuans",
        Lang::Fr,
        "100 milliards de yuans",
        1e11,
        "CNY",
    );
    money("450,000 yen", Lang::En, "450,000 yen", 450000.0, "JPY");
    money("EUR 1000", Lang::Fr, "EUR 1000", 1000.0, "EUR");
    money("10k CHF", Lang::En, "10k CHF", 10000.0, "CHF");
    money(
        "un salaire de 3 000 dollars",
        Lang::Fr,
        "3 000 dollars",
        3000.0,
        "USD",
    );
}

#[test]
fn money_per_year() {
    let e = check(
        "it earns $5bn a year",
        Lang::En,
        "$5bn a year",
        ClaimKind::Money,
        Some(5e9),
    );
    assert_eq!(e.per.as_deref(), Some("year"));
    let e = check(
        "5 milliards d'euros par an",
        Lang::Fr,
        "5 milliards d'euros par an",
        ClaimKind::Money,
        Some(5e9),
    );
    assert_eq!(e.per.as_deref(), Some("year"));
    assert_eq!(
        &"5 milliards d'euros par an"[e.core.clone()],
        "5 milliards d'euros"
    );
}

// ---------------------------------------------------------------- number words

#[test]
fn french_number_words() {
    let cases = [
        ("quatre-vingt-dix-neuf", 99.0),
        ("soixante et onze", 71.0),
        ("vingt et un", 21.0),
        ("deux cent mille", 200000.0),
        ("trois cent vingt-quatre", 324.0),
        ("mille neuf cent quatre-vingt-quatre", 1984.0),
        ("quatre-vingts", 80.0),
        ("deux millions trois cent mille", 2_300_000.0),
    ];
    for (t, v) in cases {
        check(t, Lang::Fr, t, ClaimKind::Number, Some(v));
    }
}

#[test]
fn english_number_words() {
    let cases = [
        ("twenty-nine", 29.0),
        ("a hundred", 100.0),
        ("one hundred and five", 105.0),
        ("two thousand", 2000.0),
        ("three million four hundred thousand", 3_400_000.0),
        ("ninety-nine", 99.0),
    ];
    for (t, v) in cases {
        check(t, Lang::En, t, ClaimKind::Number, Some(v));
    }
}

#[test]
fn fractions() {
    check(
        "un tiers",
        Lang::Fr,
        "un tiers",
        ClaimKind::Number,
        Some(1.0 / 3.0),
    );
    check(
        "plus de la moitié",
        Lang::Fr,
        "plus de la moitié",
        ClaimKind::Number,
        Some(0.5),
    );
    check(
        "trois quarts",
        Lang::Fr,
        "trois quarts",
        ClaimKind::Number,
        Some(0.75),
    );
    check(
        "un cinquième",
        Lang::Fr,
        "un cinquième",
        ClaimKind::Number,
        Some(0.2),
    );
    check(
        "un cinquieme",
        Lang::Fr,
        "un cinquieme",
        ClaimKind::Number,
        Some(0.2),
    );
    check(
        "about half",
        Lang::En,
        "about half",
        ClaimKind::Number,
        Some(0.5),
    );
    check(
        "two-thirds",
        Lang::En,
        "two-thirds",
        ClaimKind::Number,
        Some(2.0 / 3.0),
    );
    // a fraction of a whole is a percentage of it (session 12)
    check(
        "a quarter of the staff",
        Lang::En,
        "a quarter",
        ClaimKind::Percent,
        Some(25.0),
    );
    check(
        "un million et demi",
        Lang::Fr,
        "un million et demi",
        ClaimKind::Number,
        Some(1.5e6),
    );
    check(
        "three and a half",
        Lang::En,
        "three and a half",
        ClaimKind::Number,
        Some(3.5),
    );
}

// ---------------------------------------------------------------- percent

#[test]
fn percent_forms() {
    check("49 %", Lang::Fr, "49 %", ClaimKind::Percent, Some(49.0));
    check("49%", Lang::Fr, "49%", ClaimKind::Percent, Some(49.0));
    check(
        "49\u{a0}%",
        Lang::Fr,
        "49\u{a0}%",
        ClaimKind::Percent,
        Some(49.0),
    );
    check(
        "49\u{202f}%",
        Lang::Fr,
        "49\u{202f}%",
        ClaimKind::Percent,
        Some(49.0),
    );
    check(
        "dix pour cent",
        Lang::Fr,
        "dix pour cent",
        ClaimKind::Percent,
        Some(10.0),
    );
    check(
        "10 pourcent",
        Lang::Fr,
        "10 pourcent",
        ClaimKind::Percent,
        Some(10.0),
    );
    check(
        "12 percent",
        Lang::En,
        "12 percent",
        ClaimKind::Percent,
        Some(12.0),
    );
    check(
        "12 per cent",
        Lang::En,
        "12 per cent",
        ClaimKind::Percent,
        Some(12.0),
    );
    check(
        "1,5 point de pourcentage",
        Lang::Fr,
        "1,5 point de pourcentage",
        ClaimKind::PercentagePoints,
        Some(1.5),
    );
    check(
        "2 points de pourcentage",
        Lang::Fr,
        "2 points de pourcentage",
        ClaimKind::PercentagePoints,
        Some(2.0),
    );
    check(
        "2 percentage points",
        Lang::En,
        "2 percentage points",
        ClaimKind::PercentagePoints,
        Some(2.0),
    );
}

// ---------------------------------------------------------------- ages

#[test]
fn ages() {
    check(
        "Wang, 29 ans, a fondé",
        Lang::Fr,
        "29 ans",
        ClaimKind::Age,
        Some(29.0),
    );
    check(
        "elle âgée de 31 ans",
        Lang::Fr,
        "âgée de 31 ans",
        ClaimKind::Age,
        Some(31.0),
    );
    check(
        "Elle a 40 ans.",
        Lang::Fr,
        "40 ans",
        ClaimKind::Age,
        Some(40.0),
    );
    check(
        "said Whitfield, 52, a lawyer",
        Lang::En,
        "52",
        ClaimKind::Age,
        Some(52.0),
    );
    check(
        "a 29-year-old engineer",
        Lang::En,
        "29-year-old",
        ClaimKind::Age,
        Some(29.0),
    );
    check(
        "aged 29, he",
        Lang::En,
        "aged 29",
        ClaimKind::Age,
        Some(29.0),
    );
    check(
        "she is 60 years old",
        Lang::En,
        "60 years old",
        ClaimKind::Age,
        Some(60.0),
    );
    let e = check(
        "la trentenaire a",
        Lang::Fr,
        "trentenaire",
        ClaimKind::Age,
        None,
    );
    assert_eq!(e.qualifier, Qualifier::Range);
    assert!(approx(e.low, 30.0) && approx(e.high, 39.0));
    // "il y a 3 ans" is not an age
    check(
        "il y a 3 ans",
        Lang::Fr,
        "3 ans",
        ClaimKind::Duration,
        Some(3.0),
    );
}

// ---------------------------------------------------------------- durations

#[test]
fn durations() {
    let d = |t: &str, lang: Lang, needle: &str, v: f64, unit: &str| {
        let e = check(t, lang, needle, ClaimKind::Duration, Some(v));
        assert_eq!(e.unit.as_deref(), Some(unit), "{needle}");
    };
    d("pendant 3 ans", Lang::Fr, "3 ans", 3.0, "year");
    d("pendant 2 années", Lang::Fr, "2 années", 2.0, "year");
    d("pendant 6 mois", Lang::Fr, "6 mois", 6.0, "month");
    d("pendant 3 semaines", Lang::Fr, "3 semaines", 3.0, "week");
    d("pendant 10 jours", Lang::Fr, "10 jours", 10.0, "day");
    d("deux décennies", Lang::Fr, "deux décennies", 20.0, "year");
    d("un siècle", Lang::Fr, "un siècle", 100.0, "year");
    d("for 5 years", Lang::En, "5 years", 5.0, "year");
    d("for 18 months", Lang::En, "18 months", 18.0, "month");
    d("for 2 weeks", Lang::En, "2 weeks", 2.0, "week");
    d("for 90 days", Lang::En, "90 days", 90.0, "day");
    d("three decades", Lang::En, "three decades", 30.0, "year");
    d("two centuries", Lang::En, "two centuries", 200.0, "year");
    let e = find("for more than a decade", Lang::En, "more than a decade");
    assert_eq!(
        (e.kind, e.value, e.qualifier),
        (ClaimKind::Duration, Some(10.0), Qualifier::MoreThan)
    );
    let e = find("nearly four decades", Lang::En, "nearly four decades");
    assert_eq!((e.value, e.qualifier), (Some(40.0), Qualifier::Approx));
}

// ---------------------------------------------------------------- dates

#[test]
fn dates() {
    let date = |t: &str, lang: Lang, needle: &str, iso: Option<&str>| {
        let e = check(t, lang, needle, ClaimKind::Date, None);
        assert_eq!(e.date.as_deref(), iso, "{needle}");
    };
    date(
        "le 3 mars 2030",
        Lang::Fr,
        "3 mars 2030",
        Some("2030-03-03"),
    );
    date(
        "le 1er mai 2021",
        Lang::Fr,
        "1er mai 2021",
        Some("2021-05-01"),
    );
    date(
        "en novembre 2022",
        Lang::Fr,
        "novembre 2022",
        Some("2022-11"),
    );
    date("en 2019", Lang::Fr, "2019", Some("2019"));
    date("depuis 2015", Lang::Fr, "2015", Some("2015"));
    date("in 2019", Lang::En, "2019", Some("2019"));
    date("since 2015", Lang::En, "2015", Some("2015"));
    // Periods within a year: « au premier semestre 2026 », "the third quarter 2025".
    date("au premier semestre 2026", Lang::Fr, "2026", Some("2026"));
    date("la rentrée 2025", Lang::Fr, "2025", Some("2025"));
    date("in the third quarter 2025", Lang::En, "2025", Some("2025"));
    date(
        "on March 3, 2030",
        Lang::En,
        "March 3, 2030",
        Some("2030-03-03"),
    );
    date(
        "in November 2022",
        Lang::En,
        "November 2022",
        Some("2022-11"),
    );
    // two years joined by a range lead are two dates (each checked on its own)
    date("de 2015 à 2019", Lang::Fr, "2015", Some("2015"));
    date("de 2015 à 2019", Lang::Fr, "2019", Some("2019"));
    date("avril dernier", Lang::Fr, "avril dernier", None);
    date("l'an dernier", Lang::Fr, "l'an dernier", None);
    date("last year", Lang::En, "last year", None);
    date("next month", Lang::En, "next month", None);
    date("en novembre", Lang::Fr, "novembre", None);
    date("le 17/05/2018", Lang::Fr, "17/05/2018", Some("2018-05-17"));
    // a bare four-digit number without context is not a date
    check(
        "il reste 2019 places",
        Lang::Fr,
        "2019 places",
        ClaimKind::Count,
        Some(2019.0),
    );
}

// ---------------------------------------------------------------- counts

#[test]
fn counts() {
    let c = |t: &str, lang: Lang, needle: &str, v: Option<f64>, noun: &str| {
        let e = check(t, lang, needle, ClaimKind::Count, v);
        assert_eq!(e.unit.as_deref(), Some(noun), "{needle}");
    };
    c(
        "supprimer 3 500 postes",
        Lang::Fr,
        "3 500 postes",
        Some(3500.0),
        "postes",
    );
    c(
        "cut 1,200 jobs",
        Lang::En,
        "1,200 jobs",
        Some(1200.0),
        "jobs",
    );
    c(
        "has 15 million customers",
        Lang::En,
        "15 million customers",
        Some(1.5e7),
        "customers",
    );
    c(
        "3 millions d'habitants",
        Lang::Fr,
        "3 millions d'habitants",
        Some(3e6),
        "habitants",
    );
    let e = find(
        "des milliers de manifestants",
        Lang::Fr,
        "des milliers de manifestants",
    );
    assert_eq!(
        (e.kind, e.value, e.unit.as_deref()),
        (ClaimKind::Count, None, Some("manifestants"))
    );
    assert!(approx(e.low, 2000.0) && approx(e.high, 10000.0));
}

// ---------------------------------------------------------------- qualifiers

#[test]
fn qualifiers() {
    let q = |t: &str,
             lang: Lang,
             needle: &str,
             qual: Qualifier,
             low: Option<f64>,
             high: Option<f64>| {
        let e = find(t, lang, needle);
        assert_eq!(e.qualifier, qual, "{needle}: {e:?}");
        assert!(
            low.is_none_or(|l| approx(e.low, l)) && (low.is_some() || e.low.is_none()),
            "{needle} low {e:?}"
        );
        assert!(
            high.is_none_or(|h| approx(e.high, h)) && (high.is_some() || e.high.is_none()),
            "{needle} high {e:?}"
        );
    };
    q(
        "près de 100 salariés",
        Lang::Fr,
        "près de 100 salariés",
        Qualifier::Approx,
        Some(90.0),
        Some(110.0),
    );
    q(
        "environ 100",
        Lang::Fr,
        "environ 100",
        Qualifier::Approx,
        Some(90.0),
        Some(110.0),
    );
    q(
        "presque 100",
        Lang::Fr,
        "presque 100",
        Qualifier::Approx,
        Some(90.0),
        Some(100.0),
    );
    q(
        "about 100",
        Lang::En,
        "about 100",
        Qualifier::Approx,
        Some(90.0),
        Some(110.0),
    );
    q(
        "nearly 100",
        Lang::En,
        "nearly 100",
        Qualifier::Approx,
        Some(90.0),
        Some(100.0),
    );
    q(
        "some 100 people",
        Lang::En,
        "some 100 people",
        Qualifier::Approx,
        Some(90.0),
        Some(110.0),
    );
    q(
        "plus de 100",
        Lang::Fr,
        "plus de 100",
        Qualifier::MoreThan,
        Some(100.0),
        None,
    );
    q(
        "more than 100",
        Lang::En,
        "more than 100",
        Qualifier::MoreThan,
        Some(100.0),
        None,
    );
    q(
        "upwards of 100",
        Lang::En,
        "upwards of 100",
        Qualifier::MoreThan,
        Some(100.0),
        None,
    );
    q(
        "moins de 100",
        Lang::Fr,
        "moins de 100",
        Qualifier::LessThan,
        None,
        Some(100.0),
    );
    q(
        "fewer than 100",
        Lang::En,
        "fewer than 100",
        Qualifier::LessThan,
        None,
        Some(100.0),
    );
    q(
        "au moins 100",
        Lang::Fr,
        "au moins 100",
        Qualifier::AtLeast,
        Some(100.0),
        None,
    );
    q(
        "at least 100",
        Lang::En,
        "at least 100",
        Qualifier::AtLeast,
        Some(100.0),
        None,
    );
    q(
        "jusqu'à 100",
        Lang::Fr,
        "jusqu'à 100",
        Qualifier::AtMost,
        None,
        Some(100.0),
    );
    q(
        "up to 100",
        Lang::En,
        "up to 100",
        Qualifier::AtMost,
        None,
        Some(100.0),
    );
    q(
        "entre 10 et 20",
        Lang::Fr,
        "entre 10 et 20",
        Qualifier::Range,
        Some(10.0),
        Some(20.0),
    );
    q(
        "de 10 à 20 %",
        Lang::Fr,
        "de 10 à 20 %",
        Qualifier::Range,
        Some(10.0),
        Some(20.0),
    );
    q(
        "10 à 20 %",
        Lang::Fr,
        "10 à 20 %",
        Qualifier::Range,
        Some(10.0),
        Some(20.0),
    );
    q(
        "10-20",
        Lang::En,
        "10-20",
        Qualifier::Range,
        Some(10.0),
        Some(20.0),
    );
    q(
        "10 to 20",
        Lang::En,
        "10 to 20",
        Qualifier::Range,
        Some(10.0),
        Some(20.0),
    );
    q(
        "between 10 and 20",
        Lang::En,
        "between 10 and 20",
        Qualifier::Range,
        Some(10.0),
        Some(20.0),
    );
    q(
        "10 à 20 millions d'euros",
        Lang::Fr,
        "10 à 20 millions d'euros",
        Qualifier::Range,
        Some(1e7),
        Some(2e7),
    );
    let e = find("entre 10 et 20 %", Lang::Fr, "entre 10 et 20 %");
    assert_eq!((e.kind, e.value), (ClaimKind::Percent, None));
}

#[test]
fn vague_amounts() {
    let v = |t: &str, lang: Lang, value: Option<f64>, low: f64, high: f64| {
        let e = find(t, lang, t);
        assert_eq!(e.value, value, "{t}");
        assert_eq!(e.qualifier, Qualifier::Approx, "{t}");
        assert!(approx(e.low, low) && approx(e.high, high), "{t}: {e:?}");
    };
    v("une dizaine", Lang::Fr, Some(10.0), 8.0, 15.0);
    v("une vingtaine", Lang::Fr, Some(20.0), 15.0, 25.0);
    v("une centaine", Lang::Fr, Some(100.0), 80.0, 150.0);
    v("des centaines", Lang::Fr, None, 200.0, 1000.0);
    v("plusieurs milliers", Lang::Fr, None, 2000.0, 10000.0);
    v("dozens of people", Lang::En, None, 24.0, 144.0);
    v("hundreds of jobs", Lang::En, None, 200.0, 1000.0);
    v("thousands of protesters", Lang::En, None, 2000.0, 10000.0);
    v("millions of customers", Lang::En, None, 2e6, 1e7);
}

// ---------------------------------------------------------------- not claims

#[test]
fn not_claims_french() {
    for t in [
        "le modèle Llama 4 est sorti",
        "l'iPhone 15 coûte cher",
        "un Airbus A320 a décollé",
        "sous Windows 11 uniquement",
        "un Boeing 737 au sol",
        "avec GPT-4 et le Galaxy S24",
        "la PlayStation 5 reste rare",
        "le CAC 40 recule",
        "le FTSE 100 et le S&P 500",
        "le Nasdaq 100, le Dow Jones 30 et le DAX 40",
        "la COVID-19 et le Covid-19",
        "au G7 puis au G20",
        "Louis XIV, Elizabeth II et Charles III",
        "l'article 49.3 et l'article 49-3",
        "la section 230",
        "la loi 2020-1234",
        "le dossier n° 12",
        "à 14h30 ou 9 h ou 10:30",
        "il est arrivé 1er puis 2e",
        "appelez le 01 23 45 67 89",
    ] {
        nothing_for(t, Lang::Fr);
    }
}

#[test]
fn not_claims_english() {
    for t in [
        "Meta released Llama 4 today",
        "the new iPhone 15 is out",
        "an Airbus A320 landed",
        "runs on Windows 11",
        "a Boeing 737 crashed",
        "GPT-4 and Galaxy S24 and PlayStation 5",
        "the FTSE 100 and the S&P 500 fell",
        "the Nasdaq 100 and the Dow Jones 30",
        "COVID-19 hit the G7 and the G20",
        "Elizabeth II and Charles III",
        "Section 230 and section 230",
        "the meeting is at 3pm, 3 p.m. or 10:30",
        "she finished 3rd",
        "call +1-222-2222-2222",
    ] {
        nothing_for(t, Lang::En);
    }
}

#[test]
fn all_numbers_mode_reports_filtered_numbers() {
    let opts = ScanOptions { all_numbers: true };
    let found = scan_with("SCP-173 et un vent", Lang::Fr, opts);
    let vals: Vec<Option<f64>> = found.iter().map(|e| e.value).collect();
    assert_eq!(vals, vec![Some(173.0), Some(1.0)]);
}

// ---------------------------------------------------------------- parse_value

#[test]
fn parse_values() {
    let p = |s: &str| parse_value(s).unwrap_or_else(|| panic!("{s} not parsed"));
    let e = p("3 billion EUR");
    assert_eq!(
        (e.kind, e.value, e.unit.as_deref()),
        (ClaimKind::Money, Some(3e9), Some("EUR"))
    );
    let e = p("14.3 billion USD");
    assert!(approx(e.value, 1.43e10) && e.unit.as_deref() == Some("USD"));
    let e = p("3 milliards d'euros");
    assert_eq!((e.value, e.unit.as_deref()), (Some(3e9), Some("EUR")));
    let e = p("49%");
    assert_eq!((e.kind, e.value), (ClaimKind::Percent, Some(49.0)));
    let e = p("12 years");
    assert_eq!(
        (e.kind, e.value, e.unit.as_deref()),
        (ClaimKind::Duration, Some(12.0), Some("year"))
    );
    let e = p("29");
    assert_eq!((e.kind, e.value), (ClaimKind::Number, Some(29.0)));
    let e = p("14.3e9 USD");
    assert!(approx(e.value, 1.43e10));
    let e = p("  2022-11 ");
    assert_eq!(e.date.as_deref(), Some("2022-11"));
    assert!(parse_value("3 billion EUR in 2020").is_none());
    assert!(parse_value("").is_none());
}

#[test]
fn kind_and_qualifier_names() {
    assert_eq!(ClaimKind::PercentagePoints.as_str(), "percentage-points");
    assert_eq!(ClaimKind::Money.as_str(), "money");
    assert_eq!(Qualifier::MoreThan.as_str(), "more_than");
    assert_eq!(Qualifier::Range.as_str(), "range");
}

// ---------------------------------------------------------------- ordering & robustness

#[test]
fn sorted_and_non_overlapping() {
    let t = "En 2019, 3 500 postes et 14 milliards de dollars, soit 49 % de plus qu'il y a 10 ans.";
    let all = scan(t, Lang::Fr);
    assert!(all.len() >= 4);
    for w in all.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "{all:?}");
    }
}

#[test]
fn robustness_no_panic() {
    assert!(scan("", Lang::Fr).is_empty());
    assert!(scan("", Lang::En).is_empty());
    // pseudo-random strings built from bytes (lossy UTF-8)
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let alphabet: Vec<char> =
        "0123456789 ,.-−+/%$€£^e kKMmbnàé’'de la plus 3 000 Md\u{a0}\u{202f}½ans%Llama"
            .chars()
            .collect();
    for _ in 0..400 {
        let mut bytes = Vec::new();
        let mut s = String::new();
        for _ in 0..64 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            bytes.push((seed & 0xff) as u8);
            s.push(alphabet[(seed >> 8) as usize % alphabet.len()]);
        }
        let lossy = String::from_utf8_lossy(&bytes).into_owned();
        for lang in [Lang::Fr, Lang::En] {
            let _ = scan(&lossy, lang);
            let _ = scan(&s, lang);
            let _ = parse_value(&s);
        }
    }
    // 1 MB of digits and spaces
    let mut big = String::with_capacity(1 << 20);
    let mut k = 0u32;
    while big.len() < (1 << 20) {
        big.push(char::from(b'0' + (k % 10) as u8));
        if k % 7 == 3 {
            big.push(' ');
        }
        k = k.wrapping_mul(1_103_515_245).wrapping_add(12_345) >> 3;
    }
    let _ = scan(&big, Lang::Fr);
    let _ = scan(&big, Lang::En);
    // unbalanced "de de de" sequences
    let dede = "de ".repeat(10_000) + "entre de à et 3 de de d' d’ plus de plus de";
    let _ = scan(&dede, Lang::Fr);
    let _ = scan(&dede, Lang::En);
}

// ---------------------------------------------------------------- eval error classes

fn date_of(text: &str, lang: Lang, needle: &str, iso: &str) {
    let e = check(text, lang, needle, ClaimKind::Date, None);
    assert_eq!(e.date.as_deref(), Some(iso), "{needle}");
}

fn unit_of(text: &str, lang: Lang, needle: &str, kind: ClaimKind, v: Option<f64>, unit: &str) {
    let e = check(text, lang, needle, kind, v);
    assert_eq!(e.unit.as_deref(), Some(unit), "{needle}: {e:?}");
}

#[test]
fn years_after_date_phrases_are_dates() {
    date_of(
        "réduire la consommation d’ici à 2035.",
        Lang::Fr,
        "2035",
        "2035",
    );
    date_of("au moins 300 postes d'ici à 2030", Lang::Fr, "2030", "2030");
    date_of(
        "la fermeture d’ici à la fin de 2026.",
        Lang::Fr,
        "2026",
        "2026",
    );
    date_of("à l'horizon 2040, le parc", Lang::Fr, "2040", "2040");
    date_of("à partir de 2027 les tarifs", Lang::Fr, "2027", "2027");
    date_of(
        "par rapport à l’estimation initiale de 2022.",
        Lang::Fr,
        "2022",
        "2022",
    );
    date_of(
        "des contrats valables jusqu'à 2030.",
        Lang::Fr,
        "2030",
        "2030",
    );
    date_of("up 35% on 2023.", Lang::En, "2023", "2023");
    date_of("by the end of 2026, the plant", Lang::En, "2026", "2026");
    date_of("compared with 2019.", Lang::En, "2019", "2019");
    // a weak context ("de", "of") does not make a year of a quantity with a unit or a noun
    money(
        "un budget de 2022 euros",
        Lang::Fr,
        "2022 euros",
        2022.0,
        "EUR",
    );
    check(
        "une hausse de 2022 salariés",
        Lang::Fr,
        "2022 salariés",
        ClaimKind::Count,
        Some(2022.0),
    );
    check(
        "a total of 2019 votes",
        Lang::En,
        "2019 votes",
        ClaimKind::Count,
        Some(2019.0),
    );
    // a qualifier that is no date phrase keeps the number
    check(
        "ils étaient plus de 2000.",
        Lang::Fr,
        "plus de 2000",
        ClaimKind::Number,
        Some(2000.0),
    );
    // a year range after a date phrase is an interval
    date_of(
        "au cours de la période 2019-2022",
        Lang::Fr,
        "2019-2022",
        "2019/2022",
    );
}

#[test]
fn counted_nouns_skip_adjectives_and_take_capitalised_nouns() {
    let c = |t: &str, lang: Lang, needle: &str, v: f64, noun: &str| {
        unit_of(t, lang, needle, ClaimKind::Count, Some(v), noun);
    };
    c(
        "fund 150,000 new council homes over",
        Lang::En,
        "150,000 new council homes",
        150000.0,
        "homes",
    );
    c(
        "créer 3 500 nouveaux postes",
        Lang::Fr,
        "3 500 nouveaux postes",
        3500.0,
        "postes",
    );
    c(
        "Onze autres occupants ont été blessés",
        Lang::Fr,
        "Onze autres occupants",
        11.0,
        "occupants",
    );
    c(
        "dans les 27 États membres.",
        Lang::Fr,
        "27 États membres",
        27.0,
        "États membres",
    );
    c(
        "Helvair commande 60 Airbus et promet",
        Lang::Fr,
        "60 Airbus",
        60.0,
        "Airbus",
    );
    c(
        "has ordered 40 Airbus A320neo jets worth",
        Lang::En,
        "40 Airbus A320neo jets",
        40.0,
        "jets",
    );
    c(
        "about 1,200 Hartwell employees",
        Lang::En,
        "about 1,200 Hartwell employees",
        1200.0,
        "employees",
    );
    // a capitalised word that is not a plural noun stays out ("10 Downing Street")
    check(
        "at 10 Downing Street",
        Lang::En,
        "10",
        ClaimKind::Number,
        Some(10.0),
    );
    // "de 14 à 6 médecins": a change, the first number counts the noun at the end (its
    // claim starts at the number, not at the lead « de »)
    c(
        "passer de 14 à 6 médecins titulaires",
        Lang::Fr,
        "14",
        14.0,
        "médecins",
    );
    c(
        "passer de 14 à 6 médecins titulaires",
        Lang::Fr,
        "6 médecins",
        6.0,
        "médecins",
    );
    // vague amounts + de + noun, and collective nouns alone
    let e = find(
        "une vingtaine de personnes",
        Lang::Fr,
        "une vingtaine de personnes",
    );
    assert_eq!(
        (e.kind, e.value, e.unit.as_deref()),
        (ClaimKind::Count, Some(20.0), Some("personnes"))
    );
    let e = find(
        "nous étions une vingtaine dans un sous-sol",
        Lang::Fr,
        "une vingtaine",
    );
    assert_eq!((e.kind, e.value), (ClaimKind::Count, Some(20.0)));
    // contrast and partitive: the bare number takes the noun of its neighbour
    c(
        "par 29 voix contre 14, la construction",
        Lang::Fr,
        "14",
        14.0,
        "voix",
    );
    c("close 85 of its 210 shops", Lang::En, "85", 85.0, "shops");
    c(
        "trois des cinq énergéticiens",
        Lang::Fr,
        "trois",
        3.0,
        "énergéticiens",
    );
}

#[test]
fn dozens_are_counts_with_bounds() {
    for (t, needle, noun) in [
        (
            "Dozens of smaller companies have complained.",
            "Dozens of smaller companies",
            Some("companies"),
        ),
        ("and dozens said on social media that", "dozens", None),
        (
            "hundreds of workers",
            "hundreds of workers",
            Some("workers"),
        ),
    ] {
        let e = check(t, Lang::En, needle, ClaimKind::Count, None);
        assert_eq!(e.unit.as_deref(), noun, "{needle}");
        assert!(e.low.is_some() && e.high.is_some(), "{needle}: {e:?}");
    }
    let e = find("dozens said", Lang::En, "dozens");
    assert!(approx(e.low, 24.0) && approx(e.high, 144.0));
}

#[test]
fn measures_are_numbers_with_a_unit() {
    unit_of(
        "plus de 50 kilomètres pour",
        Lang::Fr,
        "plus de 50 kilomètres",
        ClaimKind::Number,
        Some(50.0),
        "km",
    );
    unit_of(
        "moins de 500 hectares dont",
        Lang::Fr,
        "moins de 500 hectares",
        ClaimKind::Number,
        Some(500.0),
        "ha",
    );
    unit_of(
        "une vingtaine d'hectares cette",
        Lang::Fr,
        "une vingtaine d'hectares",
        ClaimKind::Number,
        Some(20.0),
        "ha",
    );
    unit_of(
        "the 1.4-gigawatt project",
        Lang::En,
        "1.4-gigawatt",
        ClaimKind::Number,
        Some(1.4),
        "GW",
    );
    unit_of(
        "a 1.4GW farm",
        Lang::En,
        "1.4GW",
        ClaimKind::Number,
        Some(1.4),
        "GW",
    );
}

#[test]
fn swiss_apostrophe_grouping() {
    unit_of(
        "qui emploie 3'500 collaborateurs",
        Lang::Fr,
        "3'500 collaborateurs",
        ClaimKind::Count,
        Some(3500.0),
        "collaborateurs",
    );
    unit_of(
        "qui emploie 3’500 collaborateurs",
        Lang::Fr,
        "3’500 collaborateurs",
        ClaimKind::Count,
        Some(3500.0),
        "collaborateurs",
    );
    money(
        "un prix de 1'234'567.50 francs suisses",
        Lang::Fr,
        "1'234'567.50 francs suisses",
        1234567.5,
        "CHF",
    );
    // not three digits after the apostrophe: no grouping
    check(
        "le score 3'50 du match",
        Lang::Fr,
        "3",
        ClaimKind::Number,
        Some(3.0),
    );
}

#[test]
fn minutes_and_hours_are_durations() {
    unit_of(
        "sleep on average 47 minutes less",
        Lang::En,
        "47 minutes",
        ClaimKind::Duration,
        Some(47.0),
        "minute",
    );
    unit_of(
        "turnaround times below 30 minutes.",
        Lang::En,
        "below 30 minutes",
        ClaimKind::Duration,
        Some(30.0),
        "minute",
    );
    unit_of(
        "un débat de près de cinq heures",
        Lang::Fr,
        "près de cinq heures",
        ClaimKind::Duration,
        Some(5.0),
        "hour",
    );
    unit_of(
        "en 10 min chrono",
        Lang::Fr,
        "10 min",
        ClaimKind::Duration,
        Some(10.0),
        "minute",
    );
}

#[test]
fn times_of_day_are_not_claims() {
    let t = "Les urgences fermeront chaque nuit de 20 heures à 8 heures à partir du 1er décembre.";
    let s = spans(t, Lang::Fr);
    assert!(!s.iter().any(|x| x.contains("heures")), "{s:?}");
    let t = "plus de 30 % des passages ont lieu entre 20 heures et 8 heures.";
    let s = spans(t, Lang::Fr);
    assert!(!s.iter().any(|x| x.contains("heures")), "{s:?}");
    nothing_for("Rendez-vous à 20 heures devant la mairie", Lang::Fr);
    // durations stay
    check(
        "une grève de 24 heures",
        Lang::Fr,
        "24 heures",
        ClaimKind::Duration,
        Some(24.0),
    );
    check(
        "réduit à 20 heures par semaine",
        Lang::Fr,
        "20 heures par semaine",
        ClaimKind::Duration,
        Some(20.0),
    );
}

#[test]
fn points_near_a_percentage_are_percentage_points() {
    let t = "L'inflation a ralenti à 3,2 % sur un an.\nD'après elle, le recul de 0,4 point en un mois doit beaucoup à l'effet de base.";
    check(
        t,
        Lang::Fr,
        "0,4 point",
        ClaimKind::PercentagePoints,
        Some(0.4),
    );
    check(
        "Unemployment rose to 4.5%, up 0.3 points",
        Lang::En,
        "0.3 points",
        ClaimKind::PercentagePoints,
        Some(0.3),
    );
    // "un point" (the article) is a point of discussion, not percentage points
    let t = "Le taux passe à 3 %. Le gouvernement a dû céder sur un point sensible.";
    assert_eq!(spans(t, Lang::Fr), ["3 %"]);
    // no percentage around: points scored, counted
    let s = find("Il a marqué 30 points samedi.", Lang::Fr, "30 points");
    assert_eq!(
        (s.kind, s.unit.as_deref()),
        (ClaimKind::Count, Some("points"))
    );
    let s = find(
        "third in the conference with 41 points.",
        Lang::En,
        "41 points",
    );
    assert_eq!(s.kind, ClaimKind::Count);
}

/// The counted noun after English modifiers that are no nouns themselves, and bare numbers
/// that count the noun of a count nearby.
#[test]
fn counted_nouns_past_modifiers_and_from_neighbours() {
    let count = |t: &str, lang: Lang, needle: &str, v: f64, noun: &str| {
        unit_of(t, lang, needle, ClaimKind::Count, Some(v), noun);
    };
    for (t, needle, v, noun) in [
        (
            "a survey of 1,200 early-career teachers found",
            "1,200 early-career teachers",
            1200.0,
            "teachers",
        ),
        (
            "reopened with 62 cooked food stalls and",
            "62 cooked food stalls",
            62.0,
            "stalls",
        ),
        (
            "to buy two shopping centres",
            "two shopping centres",
            2.0,
            "centres",
        ),
        (
            "carrying 9.5 full-time-equivalent vacancies",
            "9.5 full-time-equivalent vacancies",
            9.5,
            "vacancies",
        ),
    ] {
        count(t, Lang::En, needle, v, noun);
    }
    // a participle with no noun after it is no modifier; a year is dated, not counted
    assert_eq!(
        kind_of("sales of 400 rising to", Lang::En, "400"),
        ClaimKind::Number
    );
    assert_eq!(
        kind_of("In 2019 opening hours were cut.", Lang::En, "2019"),
        ClaimKind::Date
    );
    // a count opened by a partitive, then the number after its comma
    count(
        "Of the 31 patients, 24 are children.",
        Lang::En,
        "24",
        24.0,
        "patients",
    );
    count(
        "Sur les 42 spectacles programmés, 19 sont signés par",
        Lang::Fr,
        "19",
        19.0,
        "spectacles",
    );
    // contrast: « sur », "out of"
    count(
        "seuls 14 dossiers sur 47 ont été traités",
        Lang::Fr,
        "47",
        47.0,
        "dossiers",
    );
    count(
        "Only 14 files out of 47 were read.",
        Lang::En,
        "47",
        47.0,
        "files",
    );
    // after a count of the same sentence, dates between them
    count(
        "The line carried 52,000 passengers in 2024, down from 61,500 before the pandemic.",
        Lang::En,
        "61,500",
        61500.0,
        "passengers",
    );
    count(
        "Le réseau comptera 465 lits, dont 75 en gériatrie.",
        Lang::Fr,
        "75",
        75.0,
        "lits",
    );
    // not across a sentence
    assert_eq!(
        kind_of(
            "It carried 52,000 passengers. Fares rose, up from 4,000 in May.",
            Lang::En,
            "4,000"
        ),
        ClaimKind::Number
    );
}

/// Years by the words around them: a noun of a yearly thing before it (« budget 2025 »),
/// « pour » / "for" when no counted noun follows, a determiner and a singular noun around it.
#[test]
fn years_by_their_neighbours() {
    date_of(
        "a adopté son budget 2025 par 19 voix",
        Lang::Fr,
        "2025",
        "2025",
    );
    date_of(
        "pour la campagne 2025, contre 315 FCFA",
        Lang::Fr,
        "2025",
        "2025",
    );
    date_of(
        "Pour 2026, le tribunal a fixé un taux",
        Lang::Fr,
        "2026",
        "2026",
    );
    date_of(
        "the proceeds of a 2019 sponsored walk",
        Lang::En,
        "2019",
        "2019",
    );
    date_of(
        "The 1947 motel, with its 14 cabins",
        Lang::En,
        "1947",
        "1947",
    );
    date_of(
        "prices have fallen since their 2022 peak",
        Lang::En,
        "2022",
        "2022",
    );
    // a plural noun after the determiner is counted; "pour" before a counted noun too
    assert_eq!(
        kind_of("the 2000 students who sat", Lang::En, "2000 students"),
        ClaimKind::Count
    );
    assert_eq!(
        kind_of("un repas pour 1500 convives", Lang::Fr, "1500 convives"),
        ClaimKind::Count
    );
}

/// A noun known for the number after it (« bus 42 ») is counted before one; years listed
/// after a dated year are years.
#[test]
fn numbered_nouns_counted_and_listed_years() {
    let e = find(
        "La régie annonce 60 bus de substitution.",
        Lang::Fr,
        "60 bus",
    );
    assert_eq!((e.kind, e.unit.as_deref()), (ClaimKind::Count, Some("bus")));
    let t = "Her home flooded in 2009, 2012 and 2015, she said.";
    for y in ["2009", "2012", "2015"] {
        assert_eq!(kind_of(t, Lang::En, y), ClaimKind::Date, "{y}");
    }
    // a counted noun after it: the number counts
    assert_eq!(
        kind_of(
            "Prices rose in 2019, 2000 people left.",
            Lang::En,
            "2000 people"
        ),
        ClaimKind::Count
    );
    // an age closing the sentence after a name
    let e = find("\"It hurts,\" said Mr Tay, 45. He left.", Lang::En, "45");
    assert_eq!(e.kind, ClaimKind::Age);
}

/// What the rules of the session must not read: goal minutes after surnames, a lease's
/// years, ratios glued by hyphens, a count after "the", and a long list of years (walked back
/// a few years at most, with no recursion).
#[test]
fn near_misses_of_the_age_year_and_count_rules() {
    assert_eq!(
        kind_of("Salah (58), Núñez (77) scored.", Lang::En, "58"),
        ClaimKind::Number
    );
    assert_eq!(
        kind_of("Le bail, 99 ans, expire en 2030.", Lang::Fr, "99 ans"),
        ClaimKind::Duration
    );
    assert_eq!(
        kind_of("Sa peine, 12 ans, a été confirmée.", Lang::Fr, "12 ans"),
        ClaimKind::Duration
    );
    assert_ne!(
        kind_of("Of the 2000 who applied, few passed.", Lang::En, "2000"),
        ClaimKind::Date
    );
    let mut list = String::from("Floods came in 1250");
    for y in 0..20_000 {
        list.push_str(&format!(", {}", 1300 + y % 700));
    }
    list.push('.');
    let found = scan(&list, Lang::En);
    assert!(found.len() > 19_000, "{}", found.len());
}

/// Ages in parentheses after a name (Irish court reports), after a name and its team, and
/// between commas after a French noun phrase.
#[test]
fn ages_in_parentheses_and_asides() {
    let age = |t: &str, lang: Lang, needle: &str, years: f64| {
        unit_of(t, lang, needle, ClaimKind::Age, Some(years), "year");
    };
    age(
        "Bernadette Cusack (58), of Church View, pleaded",
        Lang::En,
        "58",
        58.0,
    );
    age(
        "Le Français Loïc Dambreville (Alvéa-Rhône), 27 ans, a été contrôlé",
        Lang::Fr,
        "27 ans",
        27.0,
    );
    age(
        "Le skipper finistérien, 29 ans, a coupé la ligne",
        Lang::Fr,
        "29 ans",
        29.0,
    );
    // no comma after: a duration
    assert_eq!(
        kind_of(
            "Après la fermeture, 30 ans de travail sont perdus.",
            Lang::Fr,
            "30 ans"
        ),
        ClaimKind::Duration
    );
    // a figure in parentheses after a word is no age
    assert_eq!(
        kind_of("the budget (58) was cut", Lang::En, "58"),
        ClaimKind::Number
    );
}

#[test]
fn english_money_suffixes_and_pence() {
    money(
        "set aside £640mn for bad debts",
        Lang::En,
        "£640mn",
        6.4e8,
        "GBP",
    );
    money("revenue of $1.2bn", Lang::En, "$1.2bn", 1.2e9, "USD");
    money("a €3bn fine", Lang::En, "€3bn", 3e9, "EUR");
    money("debt of $2tn", Lang::En, "$2tn", 2e12, "USD");
    let e = find(
        "raised its dividend to 5.2p a share.",
        Lang::En,
        "5.2p a share",
    );
    assert_eq!(
        (e.kind, e.value, e.unit.as_deref(), e.per.as_deref()),
        (ClaimKind::Money, Some(5.2), Some("GBX"), Some("share"))
    );
    // "a year earlier" after an amount is a time reference, not a rate
    let e = find("up from £410mn a year earlier", Lang::En, "£410mn");
    assert_eq!(e.per, None);
    let e = find("save up to $400m a year.", Lang::En, "up to $400m a year");
    assert_eq!(e.per.as_deref(), Some("year"));
}

#[test]
fn article_durations_and_lone_halves_are_noise() {
    assert_eq!(
        spans("les prix ont progressé de 5 % sur un an", Lang::Fr),
        ["5 %"]
    );
    nothing_for("Sur un mois, les prix", Lang::Fr);
    nothing_for("Je n'aurais jamais imaginé faire ça un jour.", Lang::Fr);
    nothing_for("prices doubled in a year", Lang::En);
    nothing_for("in the second half.", Lang::En);
    nothing_for("la moitié, disait-il", Lang::Fr);
    nothing_for("first-half pre-tax profit", Lang::En);
    // qualified, or with "of"/"de" + noun: claims
    check(
        "depuis près d'un an",
        Lang::Fr,
        "près d'un an",
        ClaimKind::Duration,
        Some(1.0),
    );
    check(
        "nearly a year later",
        Lang::En,
        "nearly a year",
        ClaimKind::Duration,
        Some(1.0),
    );
    check(
        "one year later",
        Lang::En,
        "one year",
        ClaimKind::Duration,
        Some(1.0),
    );
    check(
        "almost half of the growth",
        Lang::En,
        "almost half",
        ClaimKind::Percent,
        Some(50.0),
    );
    check(
        "half the staff",
        Lang::En,
        "half",
        ClaimKind::Percent,
        Some(50.0),
    );
    check(
        "la moitié des salariés",
        Lang::Fr,
        "la moitié",
        ClaimKind::Percent,
        Some(50.0),
    );
    // relative dates stay dates without a value
    for (t, lang) in [
        ("cette année", Lang::Fr),
        ("l'an prochain", Lang::Fr),
        ("last year", Lang::En),
    ] {
        let e = check(t, lang, t, ClaimKind::Date, None);
        assert_eq!(e.date, None, "{t}");
    }
}

#[test]
fn decades_ahead_and_ages_with_adverbs() {
    unit_of(
        "over the next decade, the minister said",
        Lang::En,
        "next decade",
        ClaimKind::Duration,
        Some(10.0),
        "year",
    );
    unit_of(
        "au cours de la prochaine décennie",
        Lang::Fr,
        "prochaine décennie",
        ClaimKind::Duration,
        Some(10.0),
        "year",
    );
    unit_of(
        "nos avions ont en moyenne 17 ans.",
        Lang::Fr,
        "17 ans",
        ClaimKind::Age,
        Some(17.0),
        "year",
    );
    unit_of(
        "elle a près de 30 ans",
        Lang::Fr,
        "près de 30 ans",
        ClaimKind::Age,
        Some(30.0),
        "year",
    );
    // "en 3 ans" after an age verb is a duration
    check(
        "il a en 3 ans doublé",
        Lang::Fr,
        "3 ans",
        ClaimKind::Duration,
        Some(3.0),
    );
}

#[test]
fn a_scale_glued_to_digits_by_a_hyphen() {
    money(
        "Council approved a $38-million plan.",
        Lang::En,
        "$38-million",
        38e6,
        "USD",
    );
    money(
        "A $1.2-billion deal was signed.",
        Lang::En,
        "$1.2-billion",
        1.2e9,
        "USD",
    );
    // Only scales of a million and more: "10-12" stays a range, "20-hundred" nothing new.
    // (not after "pages", a reference noun: "pages 10-12" are references)
    let e = find("Groups of 10-12 were formed.", Lang::En, "10-12");
    assert_eq!(e.qualifier, Qualifier::Range);
}

#[test]
fn currencies_of_asia_africa_and_central_europe() {
    let en = "The ward cost 3.5 million baht, the clinic KSh 5 million, the mine 40 million rand \
              and the plant 2 billion naira.";
    money(en, Lang::En, "3.5 million baht", 3.5e6, "THB");
    money(en, Lang::En, "KSh 5 million", 5e6, "KES");
    money(en, Lang::En, "40 million rand", 4e7, "ZAR");
    money(en, Lang::En, "2 billion naira", 2e9, "NGN");
    money(
        "un contrat de 12 millions de zlotys",
        Lang::Fr,
        "12 millions de zlotys",
        1.2e7,
        "PLN",
    );
}

#[test]
fn ringgit_written_rm_before_the_amount() {
    // Malaysian copy glues "RM" to the figure, with the usual scales and per-unit prices.
    let en =
        "Growers got as little as RM25 a kilo, against RM58 last year, from a RM5 million fund.";
    money(en, Lang::En, "as little as RM25", 25.0, "MYR");
    money(en, Lang::En, "RM58", 58.0, "MYR");
    money(en, Lang::En, "RM5 million", 5e6, "MYR");
    money(
        "un prêt de RM 38 000",
        Lang::Fr,
        "RM 38 000",
        38_000.0,
        "MYR",
    );
}

#[test]
fn taka_before_the_amount_and_ariary_after_it() {
    // Bangladeshi copy writes the taka "Tk" before the amount, with lakh and crore scales.
    let en = "Each family got Tk 12,500, around Tk 1.5 lakh in all, from a Tk 38 crore fund.";
    money(en, Lang::En, "Tk 12,500", 12_500.0, "BDT");
    money(en, Lang::En, "around Tk 1.5 lakh", 1.5e5, "BDT");
    money(en, Lang::En, "Tk 38 crore", 3.8e8, "BDT");
    // Malagasy copy writes the ariary "Ar" after the amount.
    let fr = "Le collecteur paie le paddy 1 800 Ar le kilo, contre plus de 3 600 Ar au détail.";
    money(fr, Lang::Fr, "1 800 Ar", 1_800.0, "MGA");
    money(fr, Lang::Fr, "plus de 3 600 Ar", 3_600.0, "MGA");
}

#[test]
fn rupees_dirhams_and_measures_of_heat_rain_and_speed() {
    let en = "Workers earn Rs 700 a day and face fines of up to Rs. 50,000.";
    money(en, Lang::En, "Rs 700 a day", 700.0, "INR");
    money(en, Lang::En, "up to Rs. 50,000", 5e4, "INR");
    let fr = "Le mètre cube coûte 10 DH, soit près de 200 000 dirhams par an.";
    money(fr, Lang::Fr, "10 DH", 10.0, "MAD");
    money(fr, Lang::Fr, "près de 200 000 dirhams par an", 2e5, "MAD");
    for (text, lang, needle, v, unit) in [
        (
            "It hit 107 degrees Fahrenheit.",
            Lang::En,
            "107 degrees Fahrenheit",
            107.0,
            "°F",
        ),
        (
            "Il est tombé 112 millimètres de pluie.",
            Lang::Fr,
            "112 millimètres",
            112.0,
            "mm",
        ),
        (
            "Gusts reached 90 miles per hour.",
            Lang::En,
            "90 miles per hour",
            90.0,
            "mph",
        ),
        (
            "La pompe rejette 550 000 mètres cubes.",
            Lang::Fr,
            "550 000 mètres cubes",
            55e4,
            "m3",
        ),
        (
            "It stores 600,000 m3 of brine.",
            Lang::En,
            "600,000 m3",
            6e5,
            "m3",
        ),
    ] {
        unit_of(text, lang, needle, ClaimKind::Number, Some(v), unit);
    }
    // "m" starts "m3" but is no word of its own: a spaced "M" still scales.
    let e = find(
        "Output was 1,674,200.5 M last year.",
        Lang::En,
        "1,674,200.5 M",
    );
    assert_eq!(e.value, Some(1_674_200.5e6));
}

#[test]
fn a_verb_of_change_before_a_range_lead_gives_two_values() {
    // the values before and after, each with its unit; the first takes the scale and unit
    // of the second when it has none of its own
    for (text, lang, needle, kind, v, unit) in [
        (
            "La part est passée de 18 % à 27 %.",
            Lang::Fr,
            "18 %",
            ClaimKind::Percent,
            18.0,
            None,
        ),
        (
            "La part est passée de 18 % à 27 %.",
            Lang::Fr,
            "27 %",
            ClaimKind::Percent,
            27.0,
            None,
        ),
        (
            "Le budget a été porté de 152 à 186 millions d’euros.",
            Lang::Fr,
            "152",
            ClaimKind::Money,
            152e6,
            Some("EUR"),
        ),
        (
            "Le budget a été porté de 152 à 186 millions d’euros.",
            Lang::Fr,
            "186 millions d’euros",
            ClaimKind::Money,
            186e6,
            Some("EUR"),
        ),
        (
            "La station va passer de 275 000 à 550 000 m3 par jour.",
            Lang::Fr,
            "275 000",
            ClaimKind::Number,
            275e3,
            Some("m3"),
        ),
        (
            "The fare will rise from HK$19.8 to HK$22.6 on weekdays.",
            Lang::En,
            "HK$19.8",
            ClaimKind::Money,
            19.8,
            Some("HKD"),
        ),
        (
            "The fare will rise from HK$19.8 to HK$22.6 on weekdays.",
            Lang::En,
            "HK$22.6",
            ClaimKind::Money,
            22.6,
            Some("HKD"),
        ),
        (
            "Staff numbers grew from 120 to 150 workers.",
            Lang::En,
            "120",
            ClaimKind::Count,
            120.0,
            Some("workers"),
        ),
    ] {
        let e = check(text, lang, needle, kind, Some(v));
        assert_ne!(e.qualifier, Qualifier::Range, "{needle}");
        assert_eq!(e.unit.as_deref(), unit, "{needle}: {e:?}");
    }
    // without such a verb, or with one whose « de » is the size of the change, a range
    for (text, lang, needle) in [
        (
            "Les loyers vont de 500 à 900 euros.",
            Lang::Fr,
            "de 500 à 900 euros",
        ),
        (
            "Les prix devraient augmenter de 3 à 5 %.",
            Lang::Fr,
            "de 3 à 5 %",
        ),
        ("Prices ranged from $3 to $5.", Lang::En, "from $3 to $5"),
    ] {
        assert_eq!(
            find(text, lang, needle).qualifier,
            Qualifier::Range,
            "{needle}"
        );
    }
    // a verb of change is any word elsewhere: counted nouns and participles stay as they were
    unit_of(
        "The depot has 300 drops and 62 raised beds.",
        Lang::En,
        "300 drops",
        ClaimKind::Count,
        Some(300.0),
        "drops",
    );
    unit_of(
        "The depot has 300 drops and 62 raised beds.",
        Lang::En,
        "62 raised beds",
        ClaimKind::Count,
        Some(62.0),
        "beds",
    );
}

#[test]
fn a_year_after_in_dates_the_number_before_it() {
    let text = "Sightings had risen from 41 in 2020 to 117 last year.";
    check(text, Lang::En, "41", ClaimKind::Number, Some(41.0));
    date_of(text, Lang::En, "2020", "2020");
    // "one in 2000 babies", "two in 2000 babies" are ratios: a counted noun follows
    let e = find(
        "One in 2000 babies is affected.",
        Lang::En,
        "One in 2000 babies",
    );
    assert!(approx(e.value, 0.0005), "{e:?}");
    let e = find(
        "Two in 2000 babies are affected.",
        Lang::En,
        "Two in 2000 babies",
    );
    assert!(approx(e.value, 0.001), "{e:?}");
}

#[test]
fn a_sign_after_a_comparison_sign_is_read() {
    let e = find("Is it still the case when <-30", Lang::En, "<-30");
    assert_eq!(e.qualifier, Qualifier::LessThan);
    assert!(approx(e.value, -30.0), "{e:?}");
}

#[test]
fn scaled_currency_abbreviations() {
    money(
        "Le club ne devrait pas dépasser 15 MDH l'an prochain.",
        Lang::Fr,
        "15 MDH",
        15e6,
        "MAD",
    );
    money(
        "Le contrat est de 4,2 MMDH.",
        Lang::Fr,
        "4,2 MMDH",
        4.2e9,
        "MAD",
    );
    money("Le fonds pèse 30 MUSD.", Lang::Fr, "30 MUSD", 30e6, "USD");
}

#[test]
fn bare_amounts_in_millions_take_the_currency_of_the_amount_before() {
    let text = "L'investissement de 220 millions d'euros sera soutenu par l'Etat à hauteur de \
                45 millions.";
    money(text, Lang::Fr, "45 millions", 45e6, "EUR");
    // across a paragraph break too
    let text = "Le club ne devrait pas dépasser 15 MDH.\n\n« Nous vivrons avec 15 millions », \
                a-t-il dit.";
    money(text, Lang::Fr, "15 millions", 15e6, "MAD");
    // a conversion right after an amount does not change the currency
    let text = "Il leur manquait 180 millions de francs CFA, soit environ 274 000 euros, pour \
                boucler un budget de 420 millions.";
    money(text, Lang::Fr, "420 millions", 420e6, "XOF");
    // the same amount named before gives its own currency
    let text = "Le plan de 120 millions d'euros est loin des 3 milliards de dollars des \
                Etats-Unis. Avec 120 millions, on relocalise peu.";
    money(text, Lang::Fr, "120 millions", 120e6, "EUR");
    // a quantity with another unit between: no currency
    let text = "La grêle a coûté 12 millions de francs. La récolte atteint moins de 29 millions \
                de litres, contre 38 millions l'an dernier.";
    unit_of(
        text,
        Lang::Fr,
        "moins de 29 millions de litres",
        ClaimKind::Number,
        Some(29e6),
        "l",
    );
    check(text, Lang::Fr, "38 millions", ClaimKind::Number, Some(38e6));
    // without a scale word, a bare number stays a number
    let text = "Entre 15 000 et 20 000 euros. Pas 120 000.";
    check(text, Lang::Fr, "120 000", ClaimKind::Number, Some(12e4));
}

#[test]
fn years_between_two_years_are_two_dates() {
    let text = "Spills from four works between 2021 and 2024.";
    date_of(text, Lang::En, "2021", "2021");
    date_of(text, Lang::En, "2024", "2024");
    let text = "Il a détourné des fonds entre 2014 et 2021.";
    date_of(text, Lang::Fr, "2014", "2014");
    date_of(text, Lang::Fr, "2021", "2021");
    // a range with a unit is no pair of years
    let e = find(
        "des pistes situées entre 1180 et 1450 mètres d’altitude",
        Lang::Fr,
        "entre 1180 et 1450 mètres",
    );
    assert_eq!(e.qualifier, Qualifier::Range);
    // a hyphenated period stays one interval
    let e = find("The 2019-2022 period was hard.", Lang::En, "2019-2022");
    assert_eq!(e.date.as_deref(), Some("2019/2022"));
}

/// A year listed before a year that its context makes a date is a date of the same list.
#[test]
fn years_listed_before_a_dated_year_are_dates() {
    let text = "Mon père a connu 2003 et 2019, jamais deux étés pareils.";
    date_of(text, Lang::Fr, "2003", "2003");
    date_of(text, Lang::Fr, "2019", "2019");
    let text = "He recalled 2003, 2011 and 2019 as the worst years.";
    for y in ["2003", "2011", "2019"] {
        date_of(text, Lang::En, y, y);
    }
    // the last one counts: neither is a date
    assert_eq!(
        kind_of("Ils étaient 2000 et 2500 personnes.", Lang::Fr, "2000"),
        ClaimKind::Number
    );
}

/// A year is a date by a noun it dates after it, or by a clause of time past its comma; an
/// ordinal before a fraction makes it a part of a period.
#[test]
fn years_by_what_follows_and_halves_of_periods() {
    let text = "That would rival 2011, when the crest reached 20.7 feet.";
    date_of(text, Lang::En, "2011", "2011");
    let text = "La crue rappelle 2011, quand l’eau avait atteint 6 mètres.";
    date_of(text, Lang::Fr, "2011", "2011");
    date_of(
        "The river could crest near 2011 levels.",
        Lang::En,
        "2011",
        "2011",
    );
    // a round number before a clause of time is an amount
    assert_eq!(
        kind_of("They hired 2000, when the plant opened.", Lang::En, "2000"),
        ClaimKind::Number
    );
    nothing_for("Expect the crest in the second half of April.", Lang::En);
    nothing_for("La première moitié de l’année fut sèche.", Lang::Fr);
    // "half of the profit" is still a quantity
    assert_eq!(
        kind_of("Half of the profit went to staff.", Lang::En, "Half"),
        ClaimKind::Percent
    );
}

#[test]
fn a_year_after_a_possessive_is_a_date() {
    let text = "The fine equals 60% of Celtavia's 2025 operating profit.";
    date_of(text, Lang::En, "2025", "2025");
    let text = "92 per cent of its 2025 graduates had been placed.";
    date_of(text, Lang::En, "2025", "2025");
    // a round number before a plural noun is counted
    unit_of(
        "Its 2000 employees were told.",
        Lang::En,
        "2000 employees",
        ClaimKind::Count,
        Some(2000.0),
        "employees",
    );
}

#[test]
fn times_at_the_end_of_a_clause_are_counted() {
    unit_of(
        "\"I rang them 30 times. Nobody answered.\"",
        Lang::En,
        "30 times",
        ClaimKind::Count,
        Some(30.0),
        "times",
    );
    unit_of(
        "Il a voté deux fois, j'ai barré.",
        Lang::Fr,
        "deux fois",
        ClaimKind::Count,
        Some(2.0),
        "fois",
    );
    // a multiplier is no count
    let en = "It costs three times the price.";
    assert!(
        !spans(en, Lang::En).iter().any(|s| s.contains("times")),
        "{:?}",
        spans(en, Lang::En)
    );
    let fr = "C'est deux fois plus cher.";
    assert!(
        !spans(fr, Lang::Fr).iter().any(|s| s.contains("fois")),
        "{:?}",
        spans(fr, Lang::Fr)
    );
}

#[test]
fn a_part_of_a_count_past_a_possessive_takes_its_noun() {
    unit_of(
        "A shortage had grounded up to nine of the airline's 26 aircraft.",
        Lang::En,
        "up to nine",
        ClaimKind::Count,
        Some(9.0),
        "aircraft",
    );
}

#[test]
fn the_size_of_a_change_then_from_and_to_gives_two_values() {
    let text = "The university raised tuition by 38 per cent, from ₹2.4 lakh to ₹3.3 lakh.";
    money(text, Lang::En, "₹2.4 lakh", 2.4e5, "INR");
    money(text, Lang::En, "₹3.3 lakh", 3.3e5, "INR");
    // prices that range stay a range
    let e = find("Tickets cost from €20 to €50.", Lang::En, "from €20 to €50");
    assert_eq!(e.qualifier, Qualifier::Range);
}

#[test]
fn temperatures_inches_knots_and_miles_are_measures() {
    unit_of(
        "Il a fait 34 degrés.",
        Lang::Fr,
        "34 degrés",
        ClaimKind::Number,
        Some(34.0),
        "°",
    );
    unit_of(
        "7 inches of rain",
        Lang::En,
        "7 inches",
        ClaimKind::Number,
        Some(7.0),
        "in",
    );
    unit_of(
        "Il a filé à 13,4 nœuds.",
        Lang::Fr,
        "13,4 nœuds",
        ClaimKind::Number,
        Some(13.4),
        "kn",
    );
    // « milles » is no number word (« mille » takes no s)
    unit_of(
        "Il a parcouru 4 300 milles.",
        Lang::Fr,
        "4 300 milles",
        ClaimKind::Number,
        Some(4300.0),
        "mi",
    );
}

#[test]
fn a_bare_number_next_to_a_measure_takes_its_unit() {
    let text = "près de 3 000 hectares ont été touchés, dont environ 1 100 à plus de 70 %.";
    unit_of(
        text,
        Lang::Fr,
        "environ 1 100",
        ClaimKind::Number,
        Some(1100.0),
        "ha",
    );
    let text = "On enlève 9 500 hectares sur plus de 100 000.";
    unit_of(
        text,
        Lang::Fr,
        "plus de 100 000",
        ClaimKind::Number,
        Some(1e5),
        "ha",
    );
    let text = "She will sacrifice 14 of her 38 hectares.";
    unit_of(text, Lang::En, "14", ClaimKind::Number, Some(14.0), "ha");
    let text = "We are talking about 40 hectares out of 130,000.";
    unit_of(
        text,
        Lang::En,
        "130,000",
        ClaimKind::Number,
        Some(13e4),
        "ha",
    );
}

#[test]
fn a_modifier_between_a_number_and_its_unit_of_time() {
    for (text, lang, needle, v, unit) in [
        (
            "Sur les douze derniers mois",
            Lang::Fr,
            "douze derniers mois",
            12.0,
            "month",
        ),
        (
            "dans les quinze prochains jours",
            Lang::Fr,
            "quinze prochains jours",
            15.0,
            "day",
        ),
        (
            "The heat will last at least four more days.",
            Lang::En,
            "at least four more days",
            4.0,
            "day",
        ),
        (
            "for 3 consecutive years",
            Lang::En,
            "3 consecutive years",
            3.0,
            "year",
        ),
    ] {
        unit_of(text, lang, needle, ClaimKind::Duration, Some(v), unit);
    }
    // "last year" after a number is a time reference, not a modifier
    let text = "Sightings rose to 117 last year.";
    assert!(
        find(text, Lang::En, "117").kind != ClaimKind::Duration,
        "{:?}",
        spans(text, Lang::En)
    );
}

#[test]
fn glued_scales_before_a_measure_or_a_plural_noun() {
    unit_of(
        "about 640m tonnes of coal",
        Lang::En,
        "about 640m tonnes",
        ClaimKind::Number,
        Some(640e6),
        "t",
    );
    unit_of(
        "It has 14mn customers.",
        Lang::En,
        "14mn customers",
        ClaimKind::Count,
        Some(14e6),
        "customers",
    );
    // before a singular noun, a glued "m" is metres and no scale
    assert!(
        !spans("A 10m wall.", Lang::En)
            .iter()
            .any(|s| s.contains("10m")),
        "{:?}",
        spans("A 10m wall.", Lang::En)
    );
}

#[test]
fn a_person_and_a_form_of_be_before_a_number_ending_the_clause_give_an_age() {
    let text = "\"He's 15. He doesn't get this year back,\" she said.";
    check(text, Lang::En, "15", ClaimKind::Age, Some(15.0));
    // a unit after the number keeps its own reading
    unit_of(
        "She's 30 minutes away.",
        Lang::En,
        "30 minutes",
        ClaimKind::Duration,
        Some(30.0),
        "minute",
    );
    // "younger than", "older than" bound an age after a person noun
    let text = "Of the 31 patients, 24 are children younger than 12.";
    assert_eq!(
        find(text, Lang::En, "younger than 12").qualifier,
        Qualifier::LessThan
    );
}

#[test]
fn near_misses_of_the_session_s_claim_rules() {
    // a contraction's "'s" is no possessive: the year reading stays out
    unit_of(
        "There's 1500 people waiting.",
        Lang::En,
        "1500 people",
        ClaimKind::Count,
        Some(1500.0),
        "people",
    );
    // « évoluer de », present "go from": ranges, not changes
    for (text, lang, needle) in [
        (
            "Les salaires devraient évoluer de 2 à 3 %.",
            Lang::Fr,
            "de 2 à 3 %",
        ),
        (
            "Sizes go from 10 to 20 centimetres.",
            Lang::En,
            "from 10 to 20 centimetres",
        ),
    ] {
        assert_eq!(
            find(text, lang, needle).qualifier,
            Qualifier::Range,
            "{needle}"
        );
    }
    // product names stay out ("Surface Go 4", "Galaxy Edge 2")
    let text = "Microsoft unveiled the Surface Go 4 on Monday. The Galaxy Edge 2 phone sold well.";
    assert!(
        spans(text, Lang::En).is_empty(),
        "{:?}",
        spans(text, Lang::En)
    );
    // a glued "m" after a determiner is metres
    let text = "She won the 100m hurdles. Britain's 400m runners shone.";
    assert!(
        spans(text, Lang::En).is_empty(),
        "{:?}",
        spans(text, Lang::En)
    );
    // crowds near an amount are no money: the amount must close its clause
    let text = "Le plan coûte 12 milliards d'euros. Hier, ils étaient 3 millions dans la rue.";
    check(text, Lang::Fr, "3 millions", ClaimKind::Number, Some(3e6));
    // academic degrees and thumbs are no measures
    let text = "Il a levé deux pouces.";
    assert!(
        find(text, Lang::Fr, "deux pouces").unit.as_deref() != Some("in"),
        "{:?}",
        scan(text, Lang::Fr)
    );
}

#[test]
fn days_before_a_month_are_a_date() {
    let text = "L'incendie, dans la nuit du 11 au 12 février 2022, a fait trois morts.";
    date_of(text, Lang::Fr, "11 au 12 février 2022", "2022-02-11");
    date_of("du 6 au 10 mars", Lang::Fr, "6 au 10 mars", "--03-06");
    date_of(
        "The summit runs 3-5 March 2025.",
        Lang::En,
        "3-5 March 2025",
        "2025-03-03",
    );
    // days with no month after them stay a range of counts
    let e = find(
        "Entre 10 et 20 personnes.",
        Lang::Fr,
        "Entre 10 et 20 personnes",
    );
    assert_eq!(e.qualifier, Qualifier::Range);
}

#[test]
fn square_metres_and_named_currencies() {
    let text = "L'usine occupera 12.000 m² à Seneffe, et un bureau de 40 m2.";
    unit_of(
        text,
        Lang::Fr,
        "12.000 m²",
        ClaimKind::Number,
        Some(12000.0),
        "m2",
    );
    unit_of(text, Lang::Fr, "40 m2", ClaimKind::Number, Some(40.0), "m2");
    let text = "A 2,500 sq m warehouse.";
    unit_of(
        text,
        Lang::En,
        "2,500 sq m",
        ClaimKind::Number,
        Some(2500.0),
        "m2",
    );
    // « livres » alone are pounds; « livres libanaises » and the symbol LL are not
    let text = "Il gagne 38 millions de livres libanaises, soit 89 500 LL par jour.";
    money(
        text,
        Lang::Fr,
        "38 millions de livres libanaises",
        38e6,
        "LBP",
    );
    money(text, Lang::Fr, "89 500 LL par jour", 89500.0, "LBP");
    money(
        "Le pain coûte 2 dinars tunisiens.",
        Lang::Fr,
        "2 dinars tunisiens",
        2.0,
        "TND",
    );
    money(
        "It cost 3 Kuwaiti dinars.",
        Lang::En,
        "3 Kuwaiti dinars",
        3.0,
        "KWD",
    );
}

#[test]
fn a_closing_and_more_is_not_the_next_amounts_more_than() {
    let text = "It left about 1.2 lakh ticket holders and more than 60 artists in limbo.";
    unit_of(
        text,
        Lang::En,
        "about 1.2 lakh ticket holders",
        ClaimKind::Count,
        Some(120000.0),
        "holders",
    );
    let e = find(text, Lang::En, "more than 60 artists");
    assert_eq!(e.qualifier, Qualifier::MoreThan);
    let text = "Il reste 300 salariés et plus de 40 cadres.";
    find(text, Lang::Fr, "plus de 40 cadres");
    // an "and more" that closes its amount is still its qualifier
    let e = find("Families of four or more.", Lang::En, "four or more");
    assert_eq!(e.qualifier, Qualifier::AtLeast);
}

#[test]
fn bare_numbers_take_the_noun_of_their_whole_or_of_a_change() {
    // the whole a part was taken from, after a comma
    let text = "Près de 1’100 hectares, sur les 4’800 que compte le vignoble, ont gelé.";
    unit_of(
        text,
        Lang::Fr,
        "4’800",
        ClaimKind::Number,
        Some(4800.0),
        "ha",
    );
    let text = "Twelve patients, of the 40 treated, recovered.";
    unit_of(
        text,
        Lang::En,
        "40",
        ClaimKind::Count,
        Some(40.0),
        "patients",
    );
    // the second value of a change "from N noun to M"
    let text = "Their bag limit will fall from seven snapper to five.";
    unit_of(
        text,
        Lang::En,
        "five",
        ClaimKind::Count,
        Some(5.0),
        "snapper",
    );
    let text = "L'effectif va passer de 12 salariés à 8.";
    unit_of(text, Lang::Fr, "8", ClaimKind::Count, Some(8.0), "salariés");
    // without "from", a number after "to" is left alone
    let text = "They sold 7 cars to 5 buyers.";
    unit_of(
        text,
        Lang::En,
        "5 buyers",
        ClaimKind::Count,
        Some(5.0),
        "buyers",
    );
}

#[test]
fn working_days_are_a_duration() {
    let text = "Refunds will be processed within 15 working days, or five business days.";
    unit_of(
        text,
        Lang::En,
        "15 working days",
        ClaimKind::Duration,
        Some(15.0),
        "day",
    );
    unit_of(
        text,
        Lang::En,
        "five business days",
        ClaimKind::Duration,
        Some(5.0),
        "day",
    );
}

#[test]
fn a_participle_folding_to_a_reference_noun_is_no_reference() {
    // « place 12 » is a rank, « a placé 31 communes » counts them (accents fold)
    let text = "La préfecture a placé 31 communes en crise et classé 12 sites.";
    unit_of(
        text,
        Lang::Fr,
        "31 communes",
        ClaimKind::Count,
        Some(31.0),
        "communes",
    );
    unit_of(
        text,
        Lang::Fr,
        "12 sites",
        ClaimKind::Count,
        Some(12.0),
        "sites",
    );
}

#[test]
fn shilling_and_franc_abbreviations() {
    money(
        "a Sh1.2 million borehole",
        Lang::En,
        "Sh1.2 million",
        1.2e6,
        "KES",
    );
    money(
        "It costs TSh 300,000.",
        Lang::En,
        "TSh 300,000",
        300000.0,
        "TZS",
    );
    // « fr. » is francs: Swiss francs, the only francs of today's news written bare (which
    // francs, the document's places and years say: see `extract::currency`)
    money(
        "Ils risquent 2000 fr. d'amende.",
        Lang::Fr,
        "2000 fr.",
        2000.0,
        "CHF",
    );
}

#[test]
fn a_part_of_a_sentence_in_years_is_in_years() {
    // « ferme » after « trois » is no counted noun: a French noun counted by two is plural
    let text = "Cinq ans d'emprisonnement, dont trois ferme, ont été requis.";
    unit_of(
        text,
        Lang::Fr,
        "trois",
        ClaimKind::Duration,
        Some(3.0),
        "year",
    );
    unit_of(
        "Il a vendu trois maisons.",
        Lang::Fr,
        "trois maisons",
        ClaimKind::Count,
        Some(3.0),
        "maisons",
    );
    // a duration's unit glued to a noun is a compound, not a duration to carry on
    let text = "It received 310,000 day-trippers last year, up from 180,000 in 2019.";
    assert_ne!(find(text, Lang::En, "180,000").kind, ClaimKind::Duration);
}

#[test]
fn a_year_closing_a_name_in_sentence_case_is_no_claim() {
    let text = "La Stratégie énergétique 2050 impose au pays de produire plus.";
    assert!(
        spans(text, Lang::Fr).is_empty(),
        "{:?}",
        spans(text, Lang::Fr)
    );
    // after a common noun it is a year
    let text = "Le pays vise la neutralité en 2050.";
    assert_eq!(kind_of(text, Lang::Fr, "2050"), ClaimKind::Date);
}

#[test]
fn years_and_months_are_one_duration_and_a_sentence_is_no_age() {
    let text = "He was jailed for six years and eight months.";
    unit_of(
        text,
        Lang::En,
        "six years and eight months",
        ClaimKind::Duration,
        Some(80.0),
        "month",
    );
    let text = "The flight took two hours and 30 minutes.";
    unit_of(
        text,
        Lang::En,
        "two hours and 30 minutes",
        ClaimKind::Duration,
        Some(150.0),
        "minute",
    );
    // « à deux ans de prison » is a sentence, « à 29 ans » an age
    let text = "Il a été condamné à deux ans et six mois de prison.";
    unit_of(
        text,
        Lang::Fr,
        "deux ans et six mois",
        ClaimKind::Duration,
        Some(30.0),
        "month",
    );
    let text = "Il a été condamné à deux ans de prison.";
    unit_of(
        text,
        Lang::Fr,
        "deux ans",
        ClaimKind::Duration,
        Some(2.0),
        "year",
    );
    let text = "À 29 ans, elle dirige l'entreprise.";
    unit_of(text, Lang::Fr, "29 ans", ClaimKind::Age, Some(29.0), "year");
    // a ban, and the value a verb of change brings the years to, are no age either
    let text = "Il risque jusqu'à quatre ans de suspension.";
    unit_of(
        text,
        Lang::Fr,
        "jusqu'à quatre ans",
        ClaimKind::Duration,
        Some(4.0),
        "year",
    );
    let text = "La réforme porterait à 33 ans la durée de cotisation.";
    unit_of(
        text,
        Lang::Fr,
        "33 ans",
        ClaimKind::Duration,
        Some(33.0),
        "year",
    );
    // an age in years and months stays an age in years
    let text = "Elle a 29 ans et trois mois.";
    unit_of(text, Lang::Fr, "29 ans", ClaimKind::Age, Some(29.0), "year");
}

#[test]
fn a_french_scale_word_takes_its_noun_with_de() {
    let e = find(
        "Le pays consomme environ 320 millions actuellement.",
        Lang::Fr,
        "environ 320 millions",
    );
    assert_eq!((e.kind, e.unit), (ClaimKind::Number, None));
    unit_of(
        "Il compte 2,5 millions d'habitants.",
        Lang::Fr,
        "2,5 millions d'habitants",
        ClaimKind::Count,
        Some(2.5e6),
        "habitants",
    );
    // English takes it directly
    unit_of(
        "It has 2.5 million people.",
        Lang::En,
        "2.5 million people",
        ClaimKind::Count,
        Some(2.5e6),
        "people",
    );
}

#[test]
fn two_numbers_joined_by_or_are_a_range() {
    let e = find("Il reste 12 ou 13 % des stocks.", Lang::Fr, "12 ou 13 %");
    assert_eq!(
        (e.kind, e.qualifier, e.low, e.high),
        (ClaimKind::Percent, Qualifier::Range, Some(12.0), Some(13.0))
    );
    let e = find("Five or six people came.", Lang::En, "Five or six people");
    assert_eq!((e.kind, e.qualifier), (ClaimKind::Count, Qualifier::Range));
    // two years stay two dates
    assert_eq!(
        kind_of("In 2019 or 2020 it sold.", Lang::En, "2019"),
        ClaimKind::Date
    );
}

#[test]
fn numbers_closing_a_name_are_no_claims() {
    // a capitalised adjective mid-sentence is a name's word; a score or a model after a name
    // is skipped whole
    for text in [
        "The union, Transit Workers Local 418, is seeking raises.",
        "Halbury beat Preston 2-1 on Saturday.",
        "They flew a Boeing 737-800 to Lyon.",
    ] {
        assert!(
            spans(text, Lang::En).is_empty(),
            "{text}: {:?}",
            spans(text, Lang::En)
        );
    }
    // a range with its unit after a name is still a claim
    let e = find("Lyon had 10-15 days of rain.", Lang::En, "10-15 days");
    assert_eq!(e.kind, ClaimKind::Duration);
}

#[test]
fn round_the_clock_and_clock_times_are_no_durations() {
    let text = "Il faut onze médecins pour tenir une garde 24 heures sur 24, 7 jours sur 7.";
    assert_eq!(spans(text, Lang::Fr), ["onze médecins"]);
    let text = "On a reçu cinquante appels avant 10 heures.";
    assert_eq!(spans(text, Lang::Fr), ["cinquante appels"]);
    // hours of something are a duration
    let text = "Après 10 heures de négociations, ils ont signé.";
    assert_eq!(kind_of(text, Lang::Fr, "10 heures"), ClaimKind::Duration);
}

#[test]
fn a_whole_number_and_a_vulgar_half_are_one_number_or_a_dwelling() {
    unit_of(
        "Il a bu 2 ½ litres.",
        Lang::Fr,
        "2 ½ litres",
        ClaimKind::Number,
        Some(2.5),
        "l",
    );
    unit_of(
        "He ran 2½ miles.",
        Lang::En,
        "2½ miles",
        ClaimKind::Number,
        Some(2.5),
        "mile",
    );
    // « un 4 ½ » is a Québec flat of four rooms and a half, no quantity
    let text = "Le loyer d’un 4 ½ devait être fixé à 1150 $ par mois.";
    assert_eq!(spans(text, Lang::Fr), ["1150 $ par mois"]);
}

#[test]
fn an_auction_lot_number_is_no_claim() {
    assert_eq!(
        spans("Il a adjugé le lot 47 pour 12 000 euros.", Lang::Fr),
        ["12 000 euros"]
    );
    assert_eq!(spans("Lot 47 sold for $12,000.", Lang::En), ["$12,000"]);
    assert_eq!(
        spans("Un lot de 47 bouteilles.", Lang::Fr),
        ["47 bouteilles"]
    );
}

#[test]
fn ages_between_two_bounds_and_rates_counted() {
    let e = find(
        "Children aged between five and 14 were admitted.",
        Lang::En,
        "aged between five and 14",
    );
    assert_eq!(
        (e.kind, e.low, e.high),
        (ClaimKind::Age, Some(5.0), Some(14.0))
    );
    let e = find(
        "Les jeunes âgés entre 18 et 24 ans.",
        Lang::Fr,
        "âgés entre 18 et 24 ans",
    );
    assert_eq!(e.kind, ClaimKind::Age);
}

#[test]
fn celsius_possessives_and_swiss_francs() {
    unit_of(
        "Temperatures rose up to 31 C on Sunday.",
        Lang::En,
        "up to 31 C",
        ClaimKind::Number,
        Some(31.0),
        "°C",
    );
    // « nos » is "our", not an abbreviation of « numéros »
    unit_of(
        "Pour nos 1 900 adhérents.",
        Lang::Fr,
        "1 900 adhérents",
        ClaimKind::Count,
        Some(1900.0),
        "adhérents",
    );
}

#[test]
fn glued_celsius_ages_after_be_and_contrasted_durations() {
    // English weather copy glues the C; French writes « °C » and « la 4C » is a class
    unit_of(
        "Temperatures stayed above 30C overnight.",
        Lang::En,
        "above 30C",
        ClaimKind::Number,
        Some(30.0),
        "°C",
    );
    assert!(scan("Elle entre en 4C au collège.", Lang::Fr).is_empty());
    // a bound between "be" and the age, and a clause going on after it
    for (t, needle, v) in [
        ("If you are over 65 or live alone, call.", "over 65", 65.0),
        ("She was nearly 90 and still drove.", "nearly 90", 90.0),
    ] {
        unit_of(t, Lang::En, needle, ClaimKind::Age, Some(v), "year");
    }
    // people counted stay counts
    let e = find("They are 15 and they want answers.", Lang::En, "15");
    assert_ne!(e.kind, ClaimKind::Age, "{e:?}");
    // « contre » past a comma gives a duration's unit too
    unit_of(
        "ramener l’édition à deux jours, contre trois cette année.",
        Lang::Fr,
        "trois",
        ClaimKind::Duration,
        Some(3.0),
        "day",
    );
}

#[test]
fn a_bound_on_a_bare_number_after_people_is_their_age() {
    for (t, needle, v) in [
        (
            "Half my neighbours are over 70. The bus is a lifeline.",
            "over 70",
            70.0,
        ),
        (
            "He said 140 of its 180 members were under 12.",
            "under 12",
            12.0,
        ),
        (
            "Children under 12 or pensioners travel free.",
            "under 12",
            12.0,
        ),
        (
            "Residents aged over 65, and their carers, pay less.",
            "aged over 65",
            65.0,
        ),
    ] {
        unit_of(t, Lang::En, needle, ClaimKind::Age, Some(v), "year");
    }
    // no people before the bound, or a noun after the number: no age
    for (t, needle) in [
        ("Prices were under 12.", "under 12"),
        ("The chain has over 70 stores.", "over 70 stores"),
        ("We are over 85.", "over 85"),
    ] {
        let e = find(t, Lang::En, needle);
        assert_ne!(e.kind, ClaimKind::Age, "{t}: {e:?}");
    }
    // the people nouns still count: "1.4 million customers", "2,000 passengers"
    let e = find(
        "It has about 1.4 million customers.",
        Lang::En,
        "about 1.4 million customers",
    );
    assert_eq!(e.kind, ClaimKind::Count, "{e:?}");
    assert_eq!(e.unit.as_deref(), Some("customers"));
}

#[test]
fn bare_millions_closed_by_a_date_or_past_a_small_count_are_money() {
    unit_of(
        "Les cachets ont atteint 2,4 millions d’euros, contre 1,6 million en 2024.",
        Lang::Fr,
        "1,6 million",
        ClaimKind::Money,
        Some(1.6e6),
        "EUR",
    );
    unit_of(
        "Un déficit de 1,3 million d’euros. Il coordonne les 600 bénévoles: «Sans eux, le déficit dépasserait 2 millions.»",
        Lang::Fr,
        "2 millions",
        ClaimKind::Money,
        Some(2e6),
        "EUR",
    );
    // a quantity in millions between them still takes the amount's place
    check(
        "Un budget de 3 millions d’euros pour 29 millions de litres, contre 38 millions en 2024.",
        Lang::Fr,
        "38 millions",
        ClaimKind::Number,
        Some(3.8e7),
    );
}

#[test]
fn one_unit_of_time_after_a_duration_lead_or_de_is_a_duration() {
    for (t, lang, needle) in [
        ("Le ferry est en panne depuis un an.", Lang::Fr, "un an"),
        ("Nous demandons un moratoire d’un an.", Lang::Fr, "un an"),
        (
            "Les locataires disposent d'un mois pour refuser.",
            Lang::Fr,
            "un mois",
        ),
        ("The talks stalled for a year.", Lang::En, "a year"),
    ] {
        check(t, lang, needle, ClaimKind::Duration, Some(1.0));
    }
    let e = find(
        "Some patients have waited longer than a year.",
        Lang::En,
        "longer than a year",
    );
    assert_eq!(
        (e.kind, e.qualifier),
        (ClaimKind::Duration, Qualifier::MoreThan)
    );
    // a time reference or a measure by the year stays unread
    for (t, lang) in [
        ("Les prix ont progressé sur un an.", Lang::Fr),
        ("It closed a year ago.", Lang::En),
        ("La récolte fait la moitié d’une année normale.", Lang::Fr),
    ] {
        assert!(
            scan(t, lang).iter().all(|e| e.kind != ClaimKind::Duration),
            "{t}"
        );
    }
}

#[test]
fn french_ages_in_parentheses_and_after_a_possessive() {
    let age = |t: &str, needle: &str, years: f64| {
        unit_of(t, Lang::Fr, needle, ClaimKind::Age, Some(years), "year");
    };
    age(
        "soupire sa présidente, Véronique Delhez (52 ans).",
        "52 ans",
        52.0,
    );
    age(
        "Du haut de ses 71 ans, Yéo Tiémoko cultive l'anacarde.",
        "71 ans",
        71.0,
    );
    age("Il fêtera ses 80 ans en mai.", "80 ans", 80.0);
    // a complement says of what: a duration
    for (t, needle) in [
        ("Elle compte ses 30 ans de carrière.", "30 ans"),
        ("Le club (12 ans) ferme.", "12 ans"),
    ] {
        assert_eq!(kind_of(t, Lang::Fr, needle), ClaimKind::Duration, "{t}");
    }
}

#[test]
fn a_year_context_before_a_qualifier_dates_the_year() {
    for (t, lang, needle) in [
        (
            "It will keep 60 people on site until at least 2031.",
            Lang::En,
            "2031",
        ),
        (
            "Le site restera ouvert jusqu'en au moins 2030.",
            Lang::Fr,
            "2030",
        ),
    ] {
        assert_eq!(kind_of(t, lang, needle), ClaimKind::Date, "{t}");
    }
    // a count keeps its qualifier
    assert_eq!(
        kind_of(
            "Ils seront au moins 2000 manifestants.",
            Lang::Fr,
            "au moins 2000 manifestants"
        ),
        ClaimKind::Count
    );
}

#[test]
fn a_percent_word_glued_to_the_figure_is_a_percentage_in_english() {
    for (t, needle, v) in [
        (
            "Fees will rise by up to 9pc in September.",
            "up to 9pc",
            9.0,
        ),
        ("Sales rose 3.5pc last year.", "3.5pc", 3.5),
    ] {
        let e = find(t, Lang::En, needle);
        assert_eq!((e.kind, e.value), (ClaimKind::Percent, Some(v)), "{t}");
    }
}

#[test]
fn a_change_verb_further_back_in_the_clause_makes_from_to_a_change() {
    let t = "It lifted its average premium in the 4305 postcode from $3,120 to $4,980.";
    assert_eq!(find(t, Lang::En, "$3,120").value, Some(3120.0));
    assert_eq!(find(t, Lang::En, "$4,980").value, Some(4980.0));
    // no verb of change: a range
    let t = "Prices range from $3,120 to $4,980.";
    assert_eq!(find(t, Lang::En, "from $3,120 to $4,980").low, Some(3120.0));
}

#[test]
fn a_glued_a_dollar_is_australian_and_the_article_before_a_dollar_is_not() {
    money(
        "The bill, worth A$2bn, passed.",
        Lang::En,
        "A$2bn",
        2e9,
        "AUD",
    );
    money("She paid a $30 fee.", Lang::En, "$30", 30.0, "USD");
}

#[test]
fn a_spelled_fraction_and_a_whole_number_make_no_range() {
    let t = "Sales rose by a fifth to 1.2 million units.";
    let e = find(t, Lang::En, "1.2 million units");
    assert_eq!((e.kind, e.value), (ClaimKind::Count, Some(1.2e6)));
}

#[test]
fn french_half_units_join_their_duration() {
    for (t, needle, kind, v) in [
        (
            "Le chantier a duré deux ans et demi.",
            "deux ans et demi",
            ClaimKind::Duration,
            2.5,
        ),
        (
            "Il a été condamné à six ans et demi de prison.",
            "six ans et demi",
            ClaimKind::Duration,
            6.5,
        ),
        (
            "Elle a 45 ans et demi.",
            "45 ans et demi",
            ClaimKind::Age,
            45.5,
        ),
    ] {
        let e = find(t, Lang::Fr, needle);
        assert_eq!((e.kind, e.value), (kind, Some(v)), "{t}");
    }
}

#[test]
fn a_vague_number_of_years_after_an_age_lead_is_an_approximate_age() {
    let e = find(
        "Il est âgé d'une cinquantaine d'années.",
        Lang::Fr,
        "âgé d'une cinquantaine",
    );
    assert_eq!((e.kind, e.value), (ClaimKind::Age, Some(50.0)));
    assert_eq!(e.qualifier, Qualifier::Approx);
}

#[test]
fn a_qualifier_between_the_age_lead_and_the_age_qualifies_it() {
    let e = find(
        "A man aged about 40 was arrested.",
        Lang::En,
        "aged about 40",
    );
    assert_eq!((e.kind, e.value), (ClaimKind::Age, Some(40.0)));
    assert_eq!(e.qualifier, Qualifier::Approx);
    let e = find(
        "Un homme âgé d'environ 40 ans a été arrêté.",
        Lang::Fr,
        "âgé d'environ 40 ans",
    );
    assert_eq!((e.kind, e.qualifier), (ClaimKind::Age, Qualifier::Approx));
}

#[test]
fn a_measure_glued_to_a_unit_of_two_letters_or_more_is_read() {
    let e = check(
        "Output fell to 412,000oz of platinum.",
        Lang::En,
        "412,000oz",
        ClaimKind::Number,
        Some(412_000.0),
    );
    assert_eq!(e.unit.as_deref(), Some("oz"));
    let e = find("Miners go 1.2km underground.", Lang::En, "1.2km");
    assert_eq!((e.value, e.unit.as_deref()), (Some(1.2), Some("km")));
    let e = find("Le sac de riz de 50kg coûte plus cher.", Lang::Fr, "50kg");
    assert_eq!((e.value, e.unit.as_deref()), (Some(50.0), Some("kg")));
    // a glued "m" may be millions or metres, a glued "st" is a rank
    nothing_for("1m isn't a number.", Lang::En);
    nothing_for("He came 1st.", Lang::En);
}

#[test]
fn a_bus_named_by_its_number_counts_nothing() {
    nothing_for("Some of them get the 341 bus across the borough.", Lang::En);
    nothing_for("Take the 7 train to Flushing.", Lang::En);
    // buses counted are counted
    check(
        "The council runs 12 buses.",
        Lang::En,
        "12 buses",
        ClaimKind::Count,
        Some(12.0),
    );
    check(
        "It had 40 bus routes.",
        Lang::En,
        "40 bus",
        ClaimKind::Count,
        Some(40.0),
    );
}

#[test]
fn a_capital_after_an_opening_quotation_mark_opens_a_sentence() {
    check(
        "“Closing four centres to save money is a false economy.”",
        Lang::En,
        "four centres",
        ClaimKind::Count,
        Some(4.0),
    );
    // a quotation that closes right after the number is a name
    nothing_for(
        "The attackers got in through a server known as “Box 7”.",
        Lang::En,
    );
}

#[test]
fn a_year_after_as_recently_as_is_a_date() {
    let e = find(
        "The Wolves finished 11th as recently as 2024.",
        Lang::En,
        "2024",
    );
    assert_eq!(e.kind, ClaimKind::Date);
    let e = find("The mill dates as far back as 1850.", Lang::En, "1850");
    assert_eq!(e.kind, ClaimKind::Date);
}

#[test]
fn a_spelled_fraction_of_a_unit_of_time_is_a_duration() {
    let e = find(
        "The swallows have arrived earlier for more than half a century.",
        Lang::En,
        "more than half a century",
    );
    assert_eq!(
        (e.kind, e.value, e.unit.as_deref()),
        (ClaimKind::Duration, Some(50.0), Some("year"))
    );
    // a fraction of an hour is minutes
    let e = find(
        "La grêle est tombée pendant moins d'un quart d'heure.",
        Lang::Fr,
        "moins d'un quart d'heure",
    );
    assert_eq!(
        (e.kind, e.value, e.unit.as_deref()),
        (ClaimKind::Duration, Some(15.0), Some("minute"))
    );
    // a fraction of a whole is not
    let e = find(
        "Half a million people marched.",
        Lang::En,
        "Half a million people",
    );
    assert_eq!((e.kind, e.value), (ClaimKind::Count, Some(500_000.0)));
}

#[test]
fn a_season_written_with_the_next_years_last_digits_is_one_date() {
    let e = find("The 2024-25 season was long.", Lang::En, "2024-25");
    assert_eq!(
        (e.kind, e.date.as_deref()),
        (ClaimKind::Date, Some("2024/2025"))
    );
    let e = find("L'exercice 2023/24 a été bon.", Lang::Fr, "2023/24");
    assert_eq!(
        (e.kind, e.date.as_deref()),
        (ClaimKind::Date, Some("2023/2024"))
    );
    // two years apart is no season
    assert!(
        spans("Pages 2024-26 of the report.", Lang::En)
            .iter()
            .all(|s| s != "2024-26")
    );
}

#[test]
fn a_spelled_fraction_of_a_whole_is_a_percentage() {
    let e = find(
        "Chinese producers account for roughly three-quarters of global cell output.",
        Lang::En,
        "roughly three-quarters",
    );
    assert_eq!((e.kind, e.value), (ClaimKind::Percent, Some(75.0)));
    let e = find("La moitié des salariés sont partis.", Lang::Fr, "La moitié");
    assert_eq!((e.kind, e.value), (ClaimKind::Percent, Some(50.0)));
    // past the closing mark of a quoted fragment
    let e = find(
        "L'usine permettra de couvrir « environ un quart » des besoins nationaux.",
        Lang::Fr,
        "environ un quart",
    );
    assert_eq!((e.kind, e.value), (ClaimKind::Percent, Some(25.0)));
    // a fraction of a number or of a year is none
    let e = find(
        "The margin was less than half of 1 percent.",
        Lang::En,
        "less than half",
    );
    assert_eq!(e.kind, ClaimKind::Number);
    nothing_for(
        "Anyone sitting in the top half of it is losing money.",
        Lang::En,
    );
}

#[test]
fn a_lone_one_after_millions_is_the_next_nouns_article() {
    let e = find(
        "Le bénéfice atteint 12 millions d'euros, contre 9 millions un an plus tôt.",
        Lang::Fr,
        "9 millions",
    );
    // the time reference closes the clause: the bare millions are euros, as before them
    assert_eq!(
        (e.kind, e.value, e.unit.as_deref()),
        (ClaimKind::Money, Some(9e6), Some("EUR"))
    );
    let e = find(
        "Revenue rose to $12 million, up from 9 million a year earlier.",
        Lang::En,
        "9 million",
    );
    assert_eq!((e.kind, e.unit.as_deref()), (ClaimKind::Money, Some("USD")));
    // an addend after "et", and after thousands, is still read
    check(
        "Les Mille et Une Nuits.",
        Lang::Fr,
        "Mille et Une Nuits",
        ClaimKind::Count,
        Some(1001.0),
    );
    // a count that is no amount keeps no currency
    let e = find(
        "Il vise 12 millions d'euros, contre 9 millions un an plus tôt pour la filiale.",
        Lang::Fr,
        "9 millions",
    );
    assert_eq!(e.kind, ClaimKind::Number);
}

#[test]
fn a_bare_figure_after_contre_past_a_modifier_takes_the_unit_before() {
    let e = find(
        "Le rendement est tombé à 800 kilogrammes à l'hectare, contre 1 100 l'an dernier.",
        Lang::Fr,
        "1 100",
    );
    assert_eq!((e.kind, e.unit.as_deref()), (ClaimKind::Number, Some("kg")));
}

#[test]
fn hours_of_the_clock_are_no_claims() {
    nothing_for("She left for a 7 o'clock shift.", Lang::En);
    nothing_for("Doors open at seven o’clock.", Lang::En);
    nothing_for("The meeting starts at 7 p.m.", Lang::En);
    check(
        "He works 7 hours.",
        Lang::En,
        "7 hours",
        ClaimKind::Duration,
        Some(7.0),
    );
}

#[test]
fn dollars_marked_by_letters_before_the_sign() {
    money(
        "Fines reach J$480,000.",
        Lang::En,
        "J$480,000",
        480000.0,
        "JMD",
    );
    money("A stall costs S$2,100.", Lang::En, "S$2,100", 2100.0, "SGD");
    money("It raised TT$2,000.", Lang::En, "TT$2,000", 2000.0, "TTD");
    // a possessive "s" is no mark, even spaced from its apostrophe
    money(
        "Apple's $5 million deal.",
        Lang::En,
        "$5 million",
        5e6,
        "USD",
    );
    money(
        "country music ' s $ 500 million man",
        Lang::En,
        "$ 500 million",
        5e8,
        "USD",
    );
    // "go from X to Y" is a change: two amounts
    let s = spans("The rent will go from S$2,100 to S$2,840.", Lang::En);
    assert_eq!(s, ["S$2,100", "S$2,840"]);
}

#[test]
fn pounds_of_a_noun_weigh_it() {
    let e = find(
        "The plant processed 4.5 million pounds of crab.",
        Lang::En,
        "4.5 million pounds",
    );
    assert_eq!(
        (e.kind, e.value, e.unit.as_deref()),
        (ClaimKind::Number, Some(4.5e6), Some("lb"))
    );
    let e = find(
        "L'usine transforme quelque 4,5 millions de livres de crabe.",
        Lang::Fr,
        "quelque 4,5 millions de livres",
    );
    assert_eq!((e.kind, e.unit.as_deref()), (ClaimKind::Number, Some("lb")));
    // pounds of money, and pounds paid, stay money
    money(
        "It cost 5 million pounds of taxpayers' money.",
        Lang::En,
        "5 million pounds",
        5e6,
        "GBP",
    );
    money(
        "Il doit 2 millions de livres de dette.",
        Lang::Fr,
        "2 millions de livres",
        2e6,
        "GBP",
    );
    money(
        "He paid 300 pounds for it.",
        Lang::En,
        "300 pounds",
        300.0,
        "GBP",
    );
    // a noun of money is still a noun a figure counts
    check(
        "Kestrel sold 52 million shares.",
        Lang::En,
        "52 million shares",
        ClaimKind::Count,
        Some(52e6),
    );
    let e = find("It pumps 1,000 gallons.", Lang::En, "1,000 gallons");
    assert_eq!(
        (e.kind, e.unit.as_deref()),
        (ClaimKind::Number, Some("gal"))
    );
    // an adverb is no counted noun
    let e = find(
        "On répare une fuite, il en apparaît deux ailleurs.",
        Lang::Fr,
        "deux",
    );
    assert_eq!(e.unit, None);
    // the arpent, a French land measure still used in Quebec, Louisiana and Mauritius
    let e = find("Il cultive 12 arpents de canne.", Lang::Fr, "12 arpents");
    assert_eq!(
        (e.kind, e.unit.as_deref()),
        (ClaimKind::Number, Some("arpent"))
    );
}

#[test]
fn numbers_of_set_phrases_are_no_claims() {
    nothing_for(
        "Il habite à deux pas du stade, aux quatre coins du pays.",
        Lang::Fr,
    );
    nothing_for("Il a fait les cent pas.", Lang::Fr);
    // the same numbers counting something still count
    check(
        "Deux coins de rue.",
        Lang::Fr,
        "Deux coins",
        ClaimKind::Count,
        Some(2.0),
    );
}

#[test]
fn cent_alone_after_a_scale_word_is_a_hundred() {
    money(
        "Le projet coûte deux millions cent mille euros.",
        Lang::Fr,
        "deux millions cent mille euros",
        2_100_000.0,
        "EUR",
    );
    money(
        "Il a versé trois mille cent euros.",
        Lang::Fr,
        "trois mille cent euros",
        3100.0,
        "EUR",
    );
}

#[test]
fn square_measures_in_the_singular_or_hyphenated_and_metric_tons() {
    use ClaimKind::Number;
    let t = "The 392 square kilometre lough, a 1,150-square-metre plot and at least 320 metric tons of fish.";
    unit_of(
        t,
        Lang::En,
        "392 square kilometre",
        Number,
        Some(392.0),
        "km2",
    );
    unit_of(
        t,
        Lang::En,
        "1,150-square-metre",
        Number,
        Some(1150.0),
        "m2",
    );
    unit_of(
        t,
        Lang::En,
        "at least 320 metric tons",
        Number,
        Some(320.0),
        "t",
    );
}

#[test]
fn a_year_after_a_determiner_dates_the_name_after_it() {
    let t = "Obligations under the 1922 Colorado River Compact and the 2015 Paris Agreement.";
    date_of(t, Lang::En, "1922", "1922");
    date_of(t, Lang::En, "2015", "2015");
    // a plural name is counted, a year too old for the rule is no date
    let t = "Of the 2000 Americans who applied, the 1500 Club took ten.";
    assert_ne!(kind_of(t, Lang::En, "2000"), ClaimKind::Date);
    assert_ne!(kind_of(t, Lang::En, "1500"), ClaimKind::Date);
}

#[test]
fn points_of_sale_are_places_not_percentage_points() {
    let t = "Les prix ont grimpé de 60 %. L'État ouvre 60 points de vente et recule de 0,4 point.";
    assert_ne!(
        kind_of(t, Lang::Fr, "60 points"),
        ClaimKind::PercentagePoints
    );
    assert_eq!(
        kind_of(t, Lang::Fr, "0,4 point"),
        ClaimKind::PercentagePoints
    );
    let t = "Prices rose 6%, with 12 points of sale opened.";
    assert_ne!(
        kind_of(t, Lang::En, "12 points"),
        ClaimKind::PercentagePoints
    );
}

#[test]
fn a_capitalised_number_word_inside_a_name_is_no_number() {
    assert!(spans("L'association Zéro Inondation Yaoundé milite.", Lang::Fr).is_empty());
    assert!(spans("The Three Gorges Dam and the Seven Sisters.", Lang::En).is_empty());
    // at a sentence's start it counts
    assert_eq!(spans("Three people died.", Lang::En), ["Three people"]);
    assert_eq!(
        spans("Il a vu Trois Rivières.", Lang::Fr),
        Vec::<String>::new()
    );
}

#[test]
fn neuf_after_its_noun_is_new() {
    assert_eq!(
        spans("Un camion neuf coûte 450 000 $.", Lang::Fr),
        ["450 000 $"]
    );
    // before its noun, or after a function word, it is nine
    assert_eq!(
        spans("Un des neuf candidats.", Lang::Fr),
        ["neuf candidats"]
    );
    assert_eq!(
        spans("Le bâtiment neuf compte neuf étages.", Lang::Fr),
        ["neuf étages"]
    );
}

#[test]
fn the_cedi_and_litres_by_the_hundred_and_thousand() {
    // Ghanaian copy glues the cedi's letters to its sign; the bare "¢" stays the US cent.
    let en = "The plant needs GH¢38 million, or GH¢38m, and pays GH₵450 a crate; a stamp is 50¢.";
    money(en, Lang::En, "GH¢38 million", 3.8e7, "GHS");
    money(en, Lang::En, "GH¢38m", 3.8e7, "GHS");
    money(en, Lang::En, "GH₵450", 450.0, "GHS");
    assert_eq!(find(en, Lang::En, "50¢").unit.as_deref(), Some("USX"));
    for (text, lang, needle, v, unit) in [
        (
            "Households get six kilolitres.",
            Lang::En,
            "six kilolitres",
            6.0,
            "kl",
        ),
        (
            "La cave a produit 4 500 hl.",
            Lang::Fr,
            "4 500 hl",
            4500.0,
            "hl",
        ),
        ("La bouteille de 75 cl.", Lang::Fr, "75 cl", 75.0, "cl"),
    ] {
        let e = check(text, lang, needle, ClaimKind::Number, Some(v));
        assert_eq!(e.unit.as_deref(), Some(unit), "{needle}");
    }
}

#[test]
fn references_listed_after_a_reference_noun_are_no_claims() {
    nothing_for("The firm runs routes 44, 45, and 47 to Norwich.", Lang::En);
    nothing_for("Lines 3 and 4 close today.", Lang::En);
    nothing_for("Les lignes 44, 45 et 47 desservent Rennes.", Lang::Fr);
    // a listed number a noun follows counts it, and ends the list
    assert_eq!(
        spans("It runs route 9, 12 buses and 40 staff.", Lang::En),
        ["12 buses", "40 staff"]
    );
    assert_eq!(
        spans("It runs route 9 and 12 buses.", Lang::En),
        ["12 buses"]
    );
}
