//! Accuracy floors on the test corpora (tests/corpus/eval: 12 French and 12 English articles
//! the rules were written against; holdout to holdout27: articles written blind, each first
//! scored untouched; holdout26 and holdout27 are kept blind). Floors only ever go up: raise
//! them when the tool gets better, never lower them to make a change pass.

use claimcheck::Lang;
use claimcheck::eval::{EvalReport, Score, evaluate};

struct Floors {
    quote_f1: f64,
    speaker_accuracy: f64,
    claim_recall: f64,
    claim_accuracy: f64,
}

const FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.96,
    claim_recall: 1.00,
    claim_accuracy: 0.99,
};
const EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.96,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

/// The held-out articles (tests/corpus/holdout), written after the rules above were tuned
/// and first scored untouched (fr speakers 0.673, claims 0.716; en 0.796, 0.849): the
/// honest measure of how the rules carry to unseen articles.
const HOLDOUT_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.97,
    claim_recall: 0.98,
    claim_accuracy: 0.98,
};
const HOLDOUT_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.98,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

fn report(corpus: &str) -> EvalReport {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(corpus);
    evaluate(&dir, &[]).expect("the eval corpus reads")
}

/// Scores `corpus` and asserts each language's floors and article count.
fn holds(corpus: &str, fr: (&Floors, usize), en: (&Floors, usize)) {
    let report = report(corpus);
    println!("{report}");
    assert_floors(Lang::Fr, &report.by_lang[&Lang::Fr], fr.0, fr.1);
    assert_floors(Lang::En, &report.by_lang[&Lang::En], en.0, en.1);
}

fn assert_floors(lang: Lang, score: &Score, floors: &Floors, documents: usize) {
    let show = format!("{lang}: {score:#?}");
    assert_eq!(score.documents, documents, "{lang}: {documents} articles");
    assert!(
        score.quote_f1() >= floors.quote_f1,
        "quote F1 {:.3} < {}\n{show}",
        score.quote_f1(),
        floors.quote_f1
    );
    assert!(
        score.speaker_accuracy() >= floors.speaker_accuracy,
        "speakers {:.3} < {}\n{show}",
        score.speaker_accuracy(),
        floors.speaker_accuracy
    );
    assert!(
        score.claim_recall() >= floors.claim_recall,
        "claim recall {:.3} < {}\n{show}",
        score.claim_recall(),
        floors.claim_recall
    );
    assert!(
        score.claim_accuracy() >= floors.claim_accuracy,
        "claim accuracy {:.3} < {}\n{show}",
        score.claim_accuracy(),
        floors.claim_accuracy
    );
}

#[test]
fn eval_floors_hold_in_both_languages() {
    holds("eval", (&FR, 12), (&EN, 12));
}

/// The second held-out set (tests/corpus/holdout2), scored untouched at fr speakers 0.642,
/// claims 0.919 and en speakers 0.865, claims 0.829.
const HOLDOUT2_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.88,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT2_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 0.97,
};

#[test]
fn second_holdout_floors_hold_in_both_languages() {
    holds("holdout2", (&HOLDOUT2_FR, 5), (&HOLDOUT2_EN, 5));
}

#[test]
fn holdout_floors_hold_in_both_languages() {
    holds("holdout", (&HOLDOUT_FR, 6), (&HOLDOUT_EN, 6));
}

/// The third held-out set (tests/corpus/holdout3), scored untouched at fr speakers 0.725,
/// claims 0.929 and en speakers 0.866, claims 0.957 (quote F1 1.000 in both).
const HOLDOUT3_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.96,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT3_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.98,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

#[test]
fn third_holdout_floors_hold_in_both_languages() {
    holds("holdout3", (&HOLDOUT3_FR, 6), (&HOLDOUT3_EN, 6));
}

/// The fourth held-out set (tests/corpus/holdout4), scored untouched at fr speakers 0.800,
/// claims 0.958 and en speakers 0.851, claims 0.976 (quote F1 1.000 in both), then used to
/// find rules.
const HOLDOUT4_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.95,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT4_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.97,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

#[test]
fn fourth_holdout_floors_hold_in_both_languages() {
    holds("holdout4", (&HOLDOUT4_FR, 4), (&HOLDOUT4_EN, 4));
}

/// The fifth held-out set (tests/corpus/holdout5), scored untouched at fr speakers 0.667,
/// claims 0.824 and en speakers 0.886, claims 0.845 (quote F1 1.000 in both), then used to
/// find rules (currencies from the document's places among them).
const HOLDOUT5_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.87,
    claim_recall: 1.00,
    claim_accuracy: 0.99,
};
const HOLDOUT5_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.98,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

#[test]
fn fifth_holdout_floors_hold_in_both_languages() {
    holds("holdout5", (&HOLDOUT5_FR, 6), (&HOLDOUT5_EN, 6));
}

/// The sixth held-out set (tests/corpus/holdout6), scored untouched at fr speakers 0.831,
/// claims 0.931 and en speakers 0.800, claims 0.867 (quote F1 1.000 in both; the rules of the
/// session before scored 0.797 / 0.863 and 0.783 / 0.792), then used to find rules.
const HOLDOUT6_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.91,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT6_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.95,
    claim_recall: 1.00,
    claim_accuracy: 0.97,
};

#[test]
fn sixth_holdout_floors_hold_in_both_languages() {
    holds("holdout6", (&HOLDOUT6_FR, 6), (&HOLDOUT6_EN, 6));
}

/// The seventh held-out set (tests/corpus/holdout7), scored untouched at fr speakers 0.796,
/// claims 0.896 and en speakers 0.808, claims 0.847 (quote F1 1.000 in both), then used to
/// find rules.
const HOLDOUT7_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.92,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT7_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.94,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

#[test]
fn seventh_holdout_floors_hold_in_both_languages() {
    holds("holdout7", (&HOLDOUT7_FR, 5), (&HOLDOUT7_EN, 5));
}

/// The eighth held-out set (tests/corpus/holdout8), written after this rule set and scored
/// untouched at fr speakers 0.846, claims 0.926 and en speakers 0.816, claims 0.867 (quote
/// F1 1.000 in both); spent on rule finding once holdout9 was written.
const HOLDOUT8_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.97,
    claim_recall: 1.00,
    claim_accuracy: 0.98,
};
const HOLDOUT8_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.92,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

#[test]
fn eighth_holdout_floors_hold_in_both_languages() {
    holds("holdout8", (&HOLDOUT8_FR, 4), (&HOLDOUT8_EN, 4));
}

/// The ninth held-out set (tests/corpus/holdout9, 5 + 5 articles of outlets and typography
/// the others lack), written blind and scored untouched at fr speakers 0.647, claims recall
/// 1.000, accuracy 0.939 and en speakers 0.778, claims recall 0.979, accuracy 0.839 (quote
/// F1 1.000 in both). The rules found on holdout8 then scored fr speakers 0.667, en 0.870
/// on it, still blind; it was spent afterwards.
const HOLDOUT9_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT9_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.96,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

#[test]
fn ninth_holdout_floors_hold_in_both_languages() {
    holds("holdout9", (&HOLDOUT9_FR, 5), (&HOLDOUT9_EN, 5));
}

/// The tenth held-out set (tests/corpus/holdout10, 4 + 4 articles), written blind after the
/// rules found on holdout8 and holdout9 and scored untouched at fr speakers 0.902, claims
/// recall 1.000, accuracy 0.877 and en speakers 0.778, claims recall 0.976, accuracy 0.914
/// (quote F1 1.000 in both; the rules before those two sets: fr speakers 0.878, en 0.778);
/// spent on rule finding once holdout11 was written.
const HOLDOUT10_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.97,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT10_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.94,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

#[test]
fn tenth_holdout_floors_hold_in_both_languages() {
    holds("holdout10", (&HOLDOUT10_FR, 4), (&HOLDOUT10_EN, 4));
}

/// The eleventh held-out set (tests/corpus/holdout11, 6 + 6 articles), written blind and
/// scored untouched at fr speakers 0.765, claims recall 0.985, accuracy 0.931 and en speakers
/// 0.820, claims recall 0.984, accuracy 0.870 (quote F1 1.000 in both; the rules found on
/// holdout10 did not move it); then spent on rule finding.
const HOLDOUT11_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.97,
    claim_recall: 0.99,
    claim_accuracy: 0.98,
};
const HOLDOUT11_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.91,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

#[test]
fn eleventh_holdout_floors_hold_in_both_languages() {
    holds("holdout11", (&HOLDOUT11_FR, 6), (&HOLDOUT11_EN, 6));
}

/// The twelfth held-out set (tests/corpus/holdout12, 4 + 4 articles), written blind: the
/// rules before holdout10 and holdout11 scored fr speakers 0.935, claims 0.901 and en
/// speakers 0.837, claims 0.946 on it; the rules found on them, en speakers 0.884 and fr
/// unchanged (one French quotation was read to find a regression; see its README). Spent on
/// rule finding once holdout13 was written.
const HOLDOUT12_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 0.98,
};
const HOLDOUT12_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

#[test]
fn twelfth_holdout_floors_hold_in_both_languages() {
    holds("holdout12", (&HOLDOUT12_FR, 4), (&HOLDOUT12_EN, 4));
}

/// The thirteenth held-out set (tests/corpus/holdout13, 5 + 5 articles), written blind: the
/// rules of 7223adb scored fr speakers 0.764, claims 0.935 and en speakers 0.803, claims
/// 0.911 on it untouched; the claim rules found on the spent sets then, fr claims 0.946 and
/// en 0.931; the speaker rules found on holdout12, en speakers 0.852 (fr unchanged). Spent on
/// rule finding once holdout14 was written.
const HOLDOUT13_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 0.98,
    claim_accuracy: 0.98,
};
const HOLDOUT13_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.95,
    claim_recall: 1.00,
    claim_accuracy: 0.97,
};

#[test]
fn thirteenth_holdout_floors_hold_in_both_languages() {
    holds("holdout13", (&HOLDOUT13_FR, 5), (&HOLDOUT13_EN, 5));
}

/// The fourteenth held-out set (tests/corpus/holdout14, 5 + 5 articles), written blind and
/// kept blind until holdout15 was written, then spent: the rules of 7223adb scored fr speakers 0.912, claims 0.898 and en speakers
/// 0.900, claims 0.912 on it; the rules found since on the spent sets and holdout12, fr
/// speakers 0.930, claims 0.920 and en speakers 0.933 (claims unchanged).
const HOLDOUT14_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 0.98,
    claim_accuracy: 0.98,
};
const HOLDOUT14_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 0.99,
};

#[test]
fn fourteenth_holdout_floors_hold_in_both_languages() {
    holds("holdout14", (&HOLDOUT14_FR, 5), (&HOLDOUT14_EN, 5));
}

/// The fifteenth held-out set (tests/corpus/holdout15, 5 + 5 articles), written blind: the
/// rules of 6665d1d scored fr speakers 0.898, claims 0.914 and en speakers 0.898, claims
/// recall 0.961, accuracy 0.939 on it; the claim rules found since on the spent sets (bare
/// whole numbers as counts above all), fr claims 0.952 and en 0.970. Spent on rule finding
/// once holdout17 was written.
const HOLDOUT15_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.98,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT15_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 0.99,
    claim_accuracy: 0.99,
};

#[test]
fn fifteenth_holdout_floors_hold_in_both_languages() {
    holds("holdout15", (&HOLDOUT15_FR, 5), (&HOLDOUT15_EN, 5));
}

/// The sixteenth held-out set (tests/corpus/holdout16, 5 + 5 articles), written blind: the
/// rules of 6665d1d scored fr speakers 0.927, claims 0.829 and en speakers 0.860, claims
/// recall 0.955, accuracy 0.905 on it; those of 6172f3f, the session that wrote it, fr claims
/// 0.876 and en 0.971 (speakers unchanged). Spent on rule finding once holdout18 was written.
const HOLDOUT16_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.98,
    claim_recall: 0.99,
    claim_accuracy: 0.97,
};
const HOLDOUT16_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.98,
    claim_recall: 1.00,
    claim_accuracy: 0.98,
};

#[test]
fn sixteenth_holdout_floors_hold_in_both_languages() {
    holds("holdout16", (&HOLDOUT16_FR, 5), (&HOLDOUT16_EN, 5));
}

/// The seventeenth held-out set (tests/corpus/holdout17, 5 + 5 articles), written blind: its
/// first scores, with the rules of the session it was written in, before any rule was looked
/// for in it (fr speakers 0.840, claims 0.953; en 0.915, 0.928); last blind reading fr 0.860 /
/// 0.961, en 0.915 / 0.974 / 0.928. Spent on rule finding once holdout19 was being written.
const HOLDOUT17_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 0.98,
};
const HOLDOUT17_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.98,
    claim_recall: 0.99,
    claim_accuracy: 0.98,
};

#[test]
fn seventeenth_holdout_floors_hold_in_both_languages() {
    holds("holdout17", (&HOLDOUT17_FR, 5), (&HOLDOUT17_EN, 5));
}

/// The eighteenth held-out set (tests/corpus/holdout18, 5 + 5 articles), written blind: its
/// first scores, with the rules of 85ca89d, before any rule was looked for in it (fr speakers
/// 0.811, claims 1.000 / 0.957; en 0.833, claims recall 0.938, accuracy 0.943). Kept blind for
/// two sessions; spent on rule finding in session 11, once holdout20 was written: fr speakers
/// 1.000, en 0.983, en claims recall 0.982, accuracy 0.991.
const HOLDOUT18_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 0.97,
};
const HOLDOUT18_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 0.99,
};

#[test]
fn eighteenth_holdout_floors_hold_in_both_languages() {
    holds("holdout18", (&HOLDOUT18_FR, 5), (&HOLDOUT18_EN, 5));
}

/// Scores `corpus` and asserts the floors of its one language (a set delivered in one
/// language only).
fn holds_in(corpus: &str, lang: Lang, floors: &Floors, documents: usize) {
    let report = report(corpus);
    println!("{report}");
    assert_floors(lang, &report.by_lang[&lang], floors, documents);
}

/// The nineteenth held-out set (tests/corpus/holdout19, 5 English articles; its French half
/// was not delivered), written blind and kept blind: with the rules of 4a43089, the session's
/// start, it scored en speakers 0.831, claims recall 0.948, accuracy 0.927 before anything of
/// it was read; with that session's final rules (found before it was written) 0.847, 0.957,
/// 0.955; with session 11's (found on holdout18, and the eval's legal-form rule) speakers
/// 0.881. Spent on rule finding in session 12, once holdout21 was written: speakers 0.983,
/// claims 1.000 / 1.000.
const HOLDOUT19_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.98,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

#[test]
fn nineteenth_holdout_floors_hold_in_english() {
    holds_in("holdout19", Lang::En, &HOLDOUT19_EN, 5);
}

/// The twentieth held-out set (tests/corpus/holdout20, 5 + 5 articles), written blind and kept
/// blind for two sessions: its first scores, with the rules of 4ce4201, before any rule was
/// looked for in it (fr speakers 0.897, claims 1.000 / 0.941; en 0.875, claims recall 0.968,
/// accuracy 0.900). Spent on rule finding in session 13, once holdout22 was written.
const HOLDOUT20_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT20_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 0.98,
};

#[test]
fn twentieth_holdout_floors_hold_in_both_languages() {
    holds("holdout20", (&HOLDOUT20_FR, 5), (&HOLDOUT20_EN, 5));
}

/// The twenty-first held-out set (tests/corpus/holdout21, 5 + 5 articles), written blind: its
/// first scores, with the rules of 6c17aeb, before any rule was looked for in it (fr speakers
/// 0.982, claims 0.992 / 0.959; en 0.912, claims recall 1.000, accuracy 0.956). Spent on rule
/// finding in session 14, once holdout23 was written.
const HOLDOUT21_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT21_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};

#[test]
fn twenty_first_holdout_floors_hold_in_both_languages() {
    holds("holdout21", (&HOLDOUT21_FR, 5), (&HOLDOUT21_EN, 5));
}

/// The twenty-second held-out set (tests/corpus/holdout22, 5 + 5 articles), written blind and
/// kept blind for two sessions: its first scores, with the rules of 7734faa, before any rule
/// was looked for in it (fr speakers 0.868, claims 1.000 / 0.856; en 0.966, claims recall
/// 0.916, accuracy 0.945). Spent on rule finding in session 15, once holdout24 was written.
const HOLDOUT22_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.96,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT22_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 0.99,
    claim_accuracy: 1.00,
};

#[test]
fn twenty_second_holdout_floors_hold_in_both_languages() {
    holds("holdout22", (&HOLDOUT22_FR, 5), (&HOLDOUT22_EN, 5));
}

/// The twenty-third held-out set (tests/corpus/holdout23, 5 + 5 articles), written blind and
/// kept blind: its first scores, with the rules of 0f9edb5, before any rule was looked for in
/// it (fr speakers 0.855, claims 1.000 / 0.863; en 0.930, claims recall 0.933, accuracy
/// 0.898). Its claim accuracy floors were raised in session 15 to its blind reading after the
/// rules found on holdout22 (fr 0.941, en 0.980: currencies of the places). Spent on rule
/// finding in session 16, once holdout25 was written.
const HOLDOUT23_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.96,
    claim_recall: 1.00,
    claim_accuracy: 0.98,
};
const HOLDOUT23_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 0.99,
    claim_accuracy: 1.00,
};

#[test]
fn twenty_third_holdout_floors_hold_in_both_languages() {
    holds("holdout23", (&HOLDOUT23_FR, 5), (&HOLDOUT23_EN, 5));
}

/// The twenty-fourth held-out set (tests/corpus/holdout24, 5 + 5 articles), written blind and
/// kept blind: its first scores, with the rules of a423cef, before any rule was looked for in
/// it (fr speakers 0.789, claims 1.000 / 0.985; en 0.873, claims recall 0.990, accuracy
/// 0.817). Its French speaker floor was raised in session 15 to its blind reading after the
/// rules found on holdout22 (0.807: trades as role nouns), and in session 16 after the rules
/// found on holdout23 (speakers 0.825, an unnamed spokesperson naming nobody; claim accuracy
/// 0.993). Spent on rule finding in session 17, once holdout26 was written (fr 0.947 / 1.000 /
/// 1.000, en 0.945 / 1.000 / 0.895).
const HOLDOUT24_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.94,
    claim_recall: 1.00,
    claim_accuracy: 1.00,
};
const HOLDOUT24_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.94,
    claim_recall: 1.00,
    claim_accuracy: 0.89,
};

#[test]
fn twenty_fourth_holdout_floors_hold_in_both_languages() {
    holds("holdout24", (&HOLDOUT24_FR, 5), (&HOLDOUT24_EN, 5));
}

/// The twenty-fifth held-out set (tests/corpus/holdout25, 5 + 5 articles), written blind and
/// kept blind: its first scores, with the rules of 4afca86, before any rule was looked for in
/// it (fr speakers 0.911, claims 1.000 / 0.878; en 0.887, claims recall 0.906, accuracy
/// 0.865). Spent on rule finding in session 18, once holdout27 was written (fr 0.946 / 1.000 /
/// 0.965, en 1.000 / 0.991 / 1.000).
const HOLDOUT25_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.94,
    claim_recall: 1.00,
    claim_accuracy: 0.96,
};
const HOLDOUT25_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 1.00,
    claim_recall: 0.99,
    claim_accuracy: 1.00,
};

#[test]
fn twenty_fifth_holdout_floors_hold_in_both_languages() {
    holds("holdout25", (&HOLDOUT25_FR, 5), (&HOLDOUT25_EN, 5));
}

/// The twenty-sixth held-out set (tests/corpus/holdout26, 5 + 5 articles), written blind and
/// kept blind: its first scores, with the rules of 82a6cb2, before any rule was looked for in
/// it (fr speakers 0.945, claims 0.992 / 0.952; en 0.930, claims recall 0.973, accuracy
/// 0.890). Its English claim accuracy floor was raised in session 18 to its blind reading
/// after the rules found on holdout25 (0.936: the dollars of the Caribbean by their places).
const HOLDOUT26_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.94,
    claim_recall: 0.99,
    claim_accuracy: 0.95,
};
const HOLDOUT26_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.92,
    claim_recall: 0.97,
    claim_accuracy: 0.93,
};

#[test]
fn twenty_sixth_holdout_floors_hold_in_both_languages() {
    holds("holdout26", (&HOLDOUT26_FR, 5), (&HOLDOUT26_EN, 5));
}

/// The twenty-seventh held-out set (tests/corpus/holdout27, 5 + 5 articles), written blind and
/// kept blind: its first scores, with the rules of 1c417db, before any rule was looked for in
/// it (fr speakers 0.929, claims 0.992 / 0.897; en 0.891, claims recall 0.928, accuracy
/// 0.903). Its English floors were raised in session 18 to its blind reading after the rules
/// found on holdout25 (speakers 0.964, claims 1.000 / 0.973: the shillings and dollars of the
/// places, a person named by the first words of their name).
const HOLDOUT27_FR: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.92,
    claim_recall: 0.99,
    claim_accuracy: 0.89,
};
const HOLDOUT27_EN: Floors = Floors {
    quote_f1: 0.99,
    speaker_accuracy: 0.96,
    claim_recall: 1.00,
    claim_accuracy: 0.97,
};

#[test]
fn twenty_seventh_holdout_floors_hold_in_both_languages() {
    holds("holdout27", (&HOLDOUT27_FR, 5), (&HOLDOUT27_EN, 5));
}
