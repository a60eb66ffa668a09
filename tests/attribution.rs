//! One case per attribution pattern of the project's quote issue, in French and English: the
//! speaker named and the rule that named them. The eval corpus measures the rules in bulk;
//! these pin each pattern so a regression names the pattern it broke.

use claimcheck::attribute::QuoteKind;
use claimcheck::document::Document;
use claimcheck::extract::numbers::ClaimKind;
use claimcheck::{Lang, pipeline};

/// (kind, speaker, rule) of every quotation of `text`.
fn read(text: &str, lang: Lang) -> Vec<(QuoteKind, Option<String>, Option<&'static str>)> {
    let doc = Document::new("case", text.to_string(), Some(lang));
    let x = pipeline::extract_document(&doc, &[]);
    x.quotes
        .iter()
        .map(|q| {
            (
                q.kind,
                q.speaker.as_ref().map(|s| s.name.clone()),
                q.speaker.as_ref().map(|s| s.rule),
            )
        })
        .collect()
}

fn speaker_of(text: &str, lang: Lang, nth: usize) -> (Option<String>, Option<&'static str>) {
    let all = read(text, lang);
    let (_, name, rule) = all
        .get(nth)
        .cloned()
        .unwrap_or_else(|| panic!("no quotation {nth} in {text:?}: {all:?}"));
    (name, rule)
}

/// The text of every claim of `text`, in order.
fn claims(text: &str, lang: Lang) -> Vec<String> {
    let doc = Document::new("case", text.to_string(), Some(lang));
    pipeline::extract_document(&doc, &[])
        .claims
        .iter()
        .map(|c| doc.slice(&c.expr.span).to_string())
        .collect()
}

/// The text and kind of every claim of `text`, in order.
fn claim_kinds(text: &str, lang: Lang) -> Vec<(String, ClaimKind)> {
    let doc = Document::new("case", text.to_string(), Some(lang));
    pipeline::extract_document(&doc, &[])
        .claims
        .iter()
        .map(|c| (doc.slice(&c.expr.span).to_string(), c.expr.kind))
        .collect()
}

/// The kind of the first claim of `text`.
fn first_claim_kind(text: &str, lang: Lang) -> ClaimKind {
    claim_kinds(text, lang)
        .first()
        .unwrap_or_else(|| panic!("no claim in {text:?}"))
        .1
}

fn assert_speaker(text: &str, lang: Lang, nth: usize, name: &str, rule: &str) {
    let (found, found_rule) = speaker_of(text, lang, nth);
    assert_eq!(
        found.as_deref(),
        Some(name),
        "speaker of quotation {nth} in {text:?}"
    );
    assert_eq!(
        found_rule,
        Some(rule),
        "rule for quotation {nth} in {text:?}"
    );
}

/// Quotation `nth` of `text` has no speaker and is spoken on behalf of `organisation`, found
/// by `rule` (an unnamed spokesperson: "a council spokesman said").
fn assert_spoken_for(text: &str, lang: Lang, nth: usize, organisation: &str, rule: &str) {
    let doc = Document::new("case", text.to_string(), Some(lang));
    let x = pipeline::extract_document(&doc, &[]);
    let q = x
        .quotes
        .get(nth)
        .unwrap_or_else(|| panic!("no quotation {nth} in {text:?}"));
    assert_eq!(q.speaker, None, "speaker of quotation {nth} in {text:?}");
    let behalf = q.on_behalf_of.as_ref();
    assert_eq!(
        behalf.map(|s| s.name.as_str()),
        Some(organisation),
        "on behalf of, quotation {nth} in {text:?}"
    );
    assert_eq!(
        behalf.map(|s| s.rule),
        Some(rule),
        "rule, quotation {nth} in {text:?}"
    );
}

#[test]
fn french_verb_after_the_quote() {
    for verb in [
        "affirme",
        "a déclaré",
        "lance",
        "tempère",
        "confie",
        "s’est félicité",
        "lança",
    ] {
        let text = format!("« Le plan est prêt », {verb} Paul Girard.");
        assert_speaker(&text, Lang::Fr, 0, "Paul Girard", "verb-then-name");
    }
}

#[test]
fn english_verb_around_the_name_after_the_quote() {
    assert_speaker(
        "“The plan is ready,” said Jane Doe.",
        Lang::En,
        0,
        "Jane Doe",
        "verb-then-name",
    );
    assert_speaker(
        "“The plan is ready,” Jane Doe said.",
        Lang::En,
        0,
        "Jane Doe",
        "name-then-verb",
    );
    assert_speaker(
        "“The plan is ready,” Jane Doe told Reuters.",
        Lang::En,
        0,
        "Jane Doe",
        "name-then-verb",
    );
}

#[test]
fn pronouns_after_the_quote_take_the_most_recent_compatible_person() {
    let fr = "Marie Curie a rencontré Paul Girard. « C’est fini », a-t-elle déclaré.";
    assert_speaker(fr, Lang::Fr, 0, "Marie Curie", "inverted-pronoun");
    let fr = "Marie Curie a rencontré Paul Girard. « C’est fini », déclare-t-il.";
    assert_speaker(fr, Lang::Fr, 0, "Paul Girard", "inverted-pronoun");
    let en = "Jane Doe met Tom Brandt on Monday. “It is over,” he said.";
    assert_speaker(en, Lang::En, 0, "Tom Brandt", "pronoun-then-verb");
}

#[test]
fn speaker_and_colon_before_the_quote() {
    assert_speaker(
        "Paul Girard a déclaré : « Le plan est prêt. »",
        Lang::Fr,
        0,
        "Paul Girard",
        "speaker-colon",
    );
    assert_speaker(
        "Jane Doe said: “The plan is ready.”",
        Lang::En,
        0,
        "Jane Doe",
        "speaker-colon",
    );
    assert_speaker(
        "Jane Doe was unimpressed: “The plan is a fantasy.”",
        Lang::En,
        0,
        "Jane Doe",
        "speaker-colon",
    );
}

#[test]
fn according_to() {
    assert_speaker(
        "Selon Paul Girard, le projet est « insuffisant ».",
        Lang::Fr,
        0,
        "Paul Girard",
        "according-to",
    );
    assert_speaker(
        "D’après Marie Curie, la réforme reste « fragile ».",
        Lang::Fr,
        0,
        "Marie Curie",
        "according-to",
    );
    assert_speaker(
        "According to Jane Doe, the deal was “overdue”.",
        Lang::En,
        0,
        "Jane Doe",
        "according-to",
    );
}

#[test]
fn partial_quote_in_a_sentence_whose_subject_speaks() {
    assert_speaker(
        "Paul Girard a jugé le plan « insuffisant » lundi.",
        Lang::Fr,
        0,
        "Paul Girard",
        "sentence-subject",
    );
    assert_speaker(
        "Jane Doe called the move “overdue” on Monday.",
        Lang::En,
        0,
        "Jane Doe",
        "sentence-subject",
    );
}

#[test]
fn continuation_of_the_previous_speaker() {
    let fr = "« Le plan est prêt », a déclaré Paul Girard. « Nous commencerons en mai. »";
    assert_speaker(fr, Lang::Fr, 1, "Paul Girard", "continuation");
    let en = "“The plan is ready,” said Jane Doe.\n“We start in May.”";
    assert_speaker(en, Lang::En, 1, "Jane Doe", "continuation");
}

#[test]
fn organisations_speak() {
    let en = "Acme Holdings cut 300 jobs. The company said it was ‘disappointed’ by the ruling.";
    assert_speaker(en, Lang::En, 0, "Acme Holdings", "organisation-noun");
    let fr = "La Banque Verte a publié ses comptes. « Les résultats sont solides », a indiqué la banque.";
    assert_speaker(fr, Lang::Fr, 0, "Banque Verte", "organisation-noun");
}

#[test]
fn appositions_do_not_break_attribution() {
    assert_speaker(
        "“We will appeal,” Tom Brandt, 44, said.",
        Lang::En,
        0,
        "Tom Brandt",
        "name-then-verb",
    );
    assert_speaker(
        "Sir Alan Moss, 67, said: “The era is over.”",
        Lang::En,
        0,
        "Alan Moss",
        "speaker-colon",
    );
    let fr = "Hélène Roux, analyste chez Axa IM, estime que le plan est « trop tardif ».";
    assert_speaker(fr, Lang::Fr, 0, "Hélène Roux", "sentence-subject");
}

#[test]
fn surname_titles_and_particles_name_the_full_person() {
    let fr =
        "Jean-Marc de La Fontaine préside l’union. « C’est trop peu », a lancé M. de La Fontaine.";
    assert_speaker(
        fr,
        Lang::Fr,
        0,
        "Jean-Marc de La Fontaine",
        "verb-then-name",
    );
    let en = "Ursula von der Leyen spoke first. “We are ready,” said Ms von der Leyen.";
    assert_speaker(en, Lang::En, 0, "Ursula von der Leyen", "verb-then-name");
}

#[test]
fn role_nouns_stand_for_the_person_introduced_with_them() {
    let fr = "La start-up a été fondée par Inès Belkacem, sa cofondatrice, et Thomas Vidal. « Nous avons tout essayé », confie la cofondatrice.";
    assert_speaker(fr, Lang::Fr, 0, "Inès Belkacem", "role-noun");
    let en =
        "The housing minister, Sarah Pemberton, visited Leeds. “We will build,” the minister said.";
    assert_speaker(en, Lang::En, 0, "Sarah Pemberton", "role-noun");
}

#[test]
fn gender_from_agreement_and_titles() {
    let fr = "Mme Durand et M. Lefort ont parlé. Âgée de 50 ans, « je reste », a-t-elle dit.";
    assert_speaker(fr, Lang::Fr, 0, "Durand", "inverted-pronoun");
}

#[test]
fn incise_inside_the_marks_gives_the_speaker_and_is_left_out() {
    let text = "« Nous avons tout essayé, explique-t-elle. Les dotations ne suffisent pas. »";
    let doc = Document::new(
        "case",
        format!("Marie Curie dirige le service. {text}"),
        Some(Lang::Fr),
    );
    let x = pipeline::extract_document(&doc, &[]);
    let q = &x.quotes[0];
    assert_eq!(
        q.span.text(&doc.text),
        "Nous avons tout essayé, Les dotations ne suffisent pas."
    );
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Marie Curie")
    );
}

#[test]
fn terms_have_no_speaker() {
    let fr = read(
        "Une architecture appelée « world models » est nécessaire.",
        Lang::Fr,
    );
    assert_eq!(fr[0].0, QuoteKind::Term);
    assert_eq!(fr[0].1, None);
    let en = read("Jane Doe leads the so-called “AI winter” group.", Lang::En);
    assert_eq!(en[0].0, QuoteKind::Term);
    let named = read(
        "The order comes as the Gulf carriers, the “Super Connectors”, expand.",
        Lang::En,
    );
    assert_eq!(named[0].0, QuoteKind::Term);
    // A classification is a designation, whoever publishes it.
    let classified = read(
        "Selon l’ONR, un signalement sur trois concerne un médicament classé « d’intérêt \
         thérapeutique majeur ».",
        Lang::Fr,
    );
    assert_eq!(
        (classified[0].0, classified[0].1.clone()),
        (QuoteKind::Term, None)
    );
}

#[test]
fn a_naming_marker_names_past_an_indefinite_article() {
    let en = read(
        "Kevin Tran said the area risks becoming what researchers have dubbed a “food \
         desert”.",
        Lang::En,
    );
    assert_eq!((en[0].0, en[0].1.clone()), (QuoteKind::Term, None));
    let fr = read(
        "Paul Girard a évoqué ce qu’on appelle un « désert médical ».",
        Lang::Fr,
    );
    assert_eq!((fr[0].0, fr[0].1.clone()), (QuoteKind::Term, None));
    // an opinion after a marker that names only with a definite article
    let en = read("Jane Doe called it a “disgrace”.", Lang::En);
    assert_eq!(en[0].0, QuoteKind::Partial);
}

#[test]
fn nested_quotes_are_reported_as_nested() {
    let all = read(
        "« Il m’a dit “jamais” hier », raconte Paul Girard.",
        Lang::Fr,
    );
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].1.as_deref(), Some("Paul Girard"));
    assert_eq!(all[1].0, QuoteKind::Nested);
}

#[test]
fn passive_agent_and_indirect_object() {
    let fr = "Un compromis jugé « raisonnable » par son président, Hervé Castagnol.";
    assert_speaker(fr, Lang::Fr, 0, "Hervé Castagnol", "agent");
    let fr = "« Nous attendons ce jour », a confié à l’AFP Karima Bensalem.";
    assert_speaker(fr, Lang::Fr, 0, "Karima Bensalem", "verb-then-name");
}

#[test]
fn headline_quote_takes_the_speaker_of_the_body() {
    let en = "Minister unveils ‘biggest housing drive in a generation’\nThe plan is, said Sarah Pemberton, “the biggest housing drive in a generation”.";
    let all = read(en, Lang::En);
    assert_eq!(all[0].1.as_deref(), Some("Sarah Pemberton"), "{all:?}");
    assert_eq!(all[0].2, Some("repeated-quote"));
}

#[test]
fn attribution_never_reads_into_the_next_sentence() {
    let en = "Mike Dunn spoke first. She called it \"a disaster\".\nCEO Tim Cook told analysts: \"Demand is strong.\"";
    let all = read(en, Lang::En);
    assert_ne!(all[0].1.as_deref(), Some("Tim Cook"), "{all:?}");
    assert_eq!(all[1].1.as_deref(), Some("Tim Cook"));
}

#[test]
fn reporting_clause_at_the_end_of_the_sentence() {
    let fr = "Le trafic sera « très perturbé » jeudi sur le réseau, a prévenu mercredi la SNCF.";
    assert_speaker(fr, Lang::Fr, 0, "SNCF", "reporting-clause");
    // "told Reuters": the name after "told" is who was told, not who spoke.
    let en =
        "\"I found out from my badge,\" one engineer, who asked not to be named, told Reuters.";
    assert_eq!(speaker_of(en, Lang::En, 0).0, None);
    // ", noting that …" opens the verb's clause, not an inverted subject.
    let en = "Analyst Rohan Mehra called the order “bold but sensible”, noting that Skyline’s fleet was young.";
    assert_speaker(en, Lang::En, 0, "Rohan Mehra", "sentence-subject");
}

#[test]
fn years_after_a_person_noun_are_an_age() {
    assert_eq!(
        first_claim_kind(
            "« Je suis épuisée », soupire cette infirmière de 34 ans.",
            Lang::Fr
        ),
        ClaimKind::Age
    );
    assert_eq!(
        first_claim_kind("Le contrat de 3 ans a été signé.", Lang::Fr),
        ClaimKind::Duration
    );
    // A demonym the lexicon does not know, after its determiner.
    assert_eq!(
        first_claim_kind("Le Tarnais de 51 ans assure que tout va bien.", Lang::Fr),
        ClaimKind::Age
    );
}

#[test]
fn years_closing_an_apposition_after_a_name_are_an_age() {
    let kinds = |text: &str| -> Vec<ClaimKind> {
        claim_kinds(text, Lang::Fr)
            .into_iter()
            .map(|(_, k)| k)
            .collect()
    };
    use ClaimKind::{Age, Duration};
    // a job the lexicon does not know, and one with its complement
    assert_eq!(
        kinds("Karim Haddad, cariste de 52 ans, raconte la réunion."),
        [Age]
    );
    assert_eq!(
        kinds("Marie-Claire Ngono, vendeuse de beignets de 45 ans, montre la trace."),
        [Age]
    );
    // years of something else in the apposition stay a duration
    assert_eq!(
        kinds("Anne Roy, forte de 30 ans d'expérience, parle."),
        [Duration]
    );
    assert_eq!(
        kinds("Paul Durand, salarié depuis 30 ans, s'inquiète."),
        [Duration]
    );
}

#[test]
fn spelled_numbers_that_count_nothing_are_no_claims() {
    assert!(claims("Les vignerons de l’Entre-deux-Mers attendent.", Lang::Fr).is_empty());
    assert!(claims("Ils ont signé tous les deux.", Lang::Fr).is_empty());
    assert_eq!(
        claims("Il a vu passer quatre supporters.", Lang::Fr).len(),
        1
    );
    // A rate counts something, with no noun after it.
    assert_eq!(
        claims(
            "Il a réduit ses sorties de cinq à trois par semaine.",
            Lang::Fr
        ),
        ["cinq", "trois par semaine"]
    );
    assert_eq!(
        claims("She now runs three a week.", Lang::En),
        ["three a week"]
    );
    // A unit word glued to another word is a compound noun, not the unit.
    let doc = Document::new(
        "case",
        "More than 310,000 day-trippers came.".into(),
        Some(Lang::En),
    );
    let x = pipeline::extract_document(&doc, &[]);
    assert_eq!(x.claims[0].expr.kind, ClaimKind::Count);
    assert_eq!(x.claims[0].expr.unit.as_deref(), Some("day-trippers"));
}

#[test]
fn role_complements_and_impersonal_places() {
    let fr = "Le préfet de la Gironde, Olivier Chambrun, est venu. Le représentant de l’État a promis une aide « sans attendre ».";
    assert_speaker(fr, Lang::Fr, 0, "Olivier Chambrun", "sentence-subject-noun");
    let fr = "Le gouvernement a un plan. « Les effets viendront vite », assure-t-on à Bercy.";
    assert_speaker(fr, Lang::Fr, 0, "Bercy", "impersonal-place");
}

#[test]
fn a_headline_guess_yields_to_the_body() {
    let en = "UK regulator fines Halden over ‘reckless’ sales\nThe chair of the regulator, Rebecca Nwosu, said the sales were “reckless”.";
    let all = read(en, Lang::En);
    assert_eq!(all[0].1.as_deref(), Some("Rebecca Nwosu"), "{all:?}");
    assert_eq!(all[0].2, Some("repeated-quote"));
}

#[test]
fn anonymous_speakers_stay_unnamed() {
    let fr = "Marie Curie a parlé longuement. « C’est fini », soupire une aide-soignante.";
    assert_eq!(speaker_of(fr, Lang::Fr, 0).0, None);
    let fr = "« Le plan est prêt », a déclaré Paul Girard. Un étudiant, lui, ironise : « Les trains ne sont jamais en retard. »";
    assert_eq!(speaker_of(fr, Lang::Fr, 1).0, None);
    let fr = "Marie Curie dirige le festival. « C’est la meilleure réponse », glisse-t-on dans son entourage.";
    assert_eq!(speaker_of(fr, Lang::Fr, 0).0, None);
    let en = "Jane Doe spoke first. “I found out from my badge,” said one engineer.";
    assert_eq!(speaker_of(en, Lang::En, 0).0, None);
}

#[test]
fn a_role_noun_anywhere_is_an_antecedent_for_a_later_pronoun() {
    // The holder is named four paragraphs up; the role noun in the object of the previous
    // sentence is what "elle" / "she" refers to, not a woman named in between.
    let fr = "La procureure Claire Martin a requis trois ans.\n\n\
              Sophie Blanc, la mère de la victime, était présente.\n\n\
              L’avocat a plaidé la relaxe.\n\n\
              Le jugement sera rendu en mai.\n\n\
              Un argument qui n’a pas convaincu la procureure. « Les procédures arrivent toujours après », avait-elle lancé.";
    assert_speaker(fr, Lang::Fr, 0, "Claire Martin", "inverted-pronoun");
    let en = "The prosecutor, Jane Moss, asked for three years.\n\n\
              Mary Stone, the victim's mother, was in court.\n\n\
              The defence asked for an acquittal.\n\n\
              The verdict is due in May.\n\n\
              The argument did not move the prosecutor. \"Rules always come after the deaths,\" she said.";
    assert_speaker(en, Lang::En, 0, "Jane Moss", "pronoun-then-verb");
}

#[test]
fn roles_after_an_age_apposition_and_with_a_modifier() {
    let text = "Paul Girard, 58 ans, ancien directeur de la société, comparaissait. \
                Marie Lenoir a témoigné. Puis l’ancien directeur a pris la parole : « Je n’ai rien reçu. »";
    assert_speaker(text, Lang::Fr, 0, "Paul Girard", "role-noun");
    let text = "Tom Brandt, 61, a former chief executive of the firm, was in court. \
                Ann Lee testified. Then the former chief executive spoke: \"I never saw them.\"";
    assert_speaker(text, Lang::En, 0, "Tom Brandt", "role-noun");
}

#[test]
fn asides_and_adjectives_between_the_verb_and_the_name() {
    let text = "« Nous avons payé une faute », a regretté de son côté Élodie Marchetti.";
    assert_speaker(text, Lang::Fr, 0, "Élodie Marchetti", "verb-then-name");
    let text = "« On a tout contrôlé », a soufflé le défenseur belge Jonas Van Acker, 27 ans.";
    assert_speaker(text, Lang::Fr, 0, "Jonas Van Acker", "verb-then-name");
    let text = "\"We will appeal,\" said, for her part, Jane Moss.";
    assert_speaker(text, Lang::En, 0, "Jane Moss", "verb-then-name");
}

#[test]
fn a_referring_role_noun_stands_for_a_role_it_covers_of_its_gender() {
    // « le technicien » for the man introduced as « entraîneur », not the last man named.
    let text = "Son entraîneur, Frédéric Lemaire, l’a lancé à la place du capitaine Mathias Kervella. \
                « Il a fait exactement ça », sourit le technicien.";
    assert_speaker(text, Lang::Fr, 0, "Frédéric Lemaire", "role-noun");
    // « l’élue » cannot be the man introduced as « maire »: the woman named last speaks.
    let text = "« C’est l’avenir », a déclaré le maire, Philippe Aubertin. L’opposition, emmenée par \
                Nathalie Ferrand, a protesté. « Les habitants paieront », affirme l’élue.";
    assert_speaker(text, Lang::Fr, 1, "Nathalie Ferrand", "role-noun");
    let text = "Its chief executive, Dana Whitfield, announced the cuts. Analyst Tom Reyes was unconvinced. \
                \"We had no choice,\" the boss said.";
    assert_speaker(text, Lang::En, 0, "Dana Whitfield", "role-noun");
}

#[test]
fn a_role_and_its_complement_before_a_colon_are_the_subject() {
    let text = "Élodie Marchetti est déçue. Battue pour la troisième fois, l’entraîneure de Castelnau a \
                salué l’attaquant : « Il marque comme un vieux briscard. »";
    assert_speaker(text, Lang::Fr, 0, "Élodie Marchetti", "role-noun");
}

#[test]
fn nested_quotes_are_spoken_by_the_subject_the_outer_speaker_names() {
    let text = "« Gilles Ferrand m’a répondu : “Si t’es pas content, la porte est ouverte.” Alors \
                j’ai continué », a raconté Rachid Ouali.";
    assert_speaker(text, Lang::Fr, 1, "Gilles Ferrand", "nested-name");
    let text = "« Je lui ai simplement dit : ‹ Tu n’as rien à perdre. › Il l’a fait », sourit \
                Frédéric Lemaire.";
    assert_speaker(text, Lang::Fr, 1, "Frédéric Lemaire", "nested-first-person");
    let text = "\"I simply told him: ‘Go and enjoy it.’ And he did,\" said coach Mark Lyle.";
    assert_speaker(text, Lang::En, 1, "Mark Lyle", "nested-first-person");
    let text = "\"I said to him, ‘Your moment is coming.’ He listened,\" Ines Valdivia said.";
    assert_speaker(text, Lang::En, 1, "Ines Valdivia", "nested-first-person");
    // « on m’a répondu », "they told me", « la direction nous a dit »: nobody the article names.
    for (text, lang) in [
        (
            "« Quand j’ai demandé, on m’a répondu “on verra bien” », raconte Paul Girard.",
            Lang::Fr,
        ),
        (
            "« La direction nous a dit ‹ on ne touchera pas aux salaires › », a déclaré Nadia Favre.",
            Lang::Fr,
        ),
        (
            "\"They told me 'we don't spend for the sake of it',\" Danny Mercer said.",
            Lang::En,
        ),
    ] {
        assert_eq!(speaker_of(text, lang, 1), (None, None), "{text}");
    }
}

#[test]
fn an_incise_in_the_first_paragraph_of_a_long_quotation_names_its_speaker() {
    let text = "La procureure Claire Martin a requis trois ans.\n\n\
                « Tout le monde savait. Les ouvriers savaient, a martelé la magistrate au terme du \
                réquisitoire. Personne n’a bougé.\n\n\
                « Ce dossier n’est pas celui d’une fatalité. »";
    assert_speaker(text, Lang::Fr, 0, "Claire Martin", "role-noun");
    let doc = Document::new("case", text.to_string(), Some(Lang::Fr));
    let x = pipeline::extract_document(&doc, &[]);
    let quote = &x.quotes[0].span;
    let pieces: Vec<&str> = quote.segments.iter().map(|s| &text[s.clone()]).collect();
    assert_eq!(
        pieces,
        [
            "Tout le monde savait. Les ouvriers savaient,",
            "Personne n’a bougé.",
            "Ce dossier n’est pas celui d’une fatalité."
        ]
    );
}

#[test]
fn a_governing_body_speaks_for_its_organisation() {
    let text = "Interrogée, la direction de Northbridge se dit « pleinement engagée » à rester.";
    assert_speaker(text, Lang::Fr, 0, "Northbridge", "speaker-colon");
    let text = "\"No decision has been made,\" the board of Halvorsen said in a statement.";
    assert_speaker(text, Lang::En, 0, "Halvorsen", "name-then-verb");
}

#[test]
fn long_appositions_and_relative_clauses_between_subject_and_verb() {
    // A first name the lexicon does not know: only the syntax says who speaks.
    let text = "Zdenka Petrović, who sat in the front row, said residents were still \"angry and \
                embarrassed.\"";
    assert_speaker(text, Lang::En, 0, "Zdenka Petrović", "sentence-subject");
    // The person before the apposition speaks, not the institution inside it.
    let text = "Hélène Roux, analyste à l’Institut Carnot-Habitat, juge que l’objectif « n’est pas \
                hors d’atteinte ».";
    assert_speaker(text, Lang::Fr, 0, "Hélène Roux", "sentence-subject");
}

#[test]
fn who_marks_a_person_and_an_unnamed_subject_takes_the_pronoun() {
    // "Zdenka" is no first name the lexicon knows; ", who heads" says she is a person.
    let text = "Zdenka Petrović, who heads the works council, said staff were worried. \
                \"We’ve seen this before,\" she said.";
    assert_speaker(text, Lang::En, 0, "Zdenka Petrović", "pronoun-then-verb");
    // The relative after "an analyst at Stanbury Securities" is the analyst's, not the firm's.
    let text = "Priya Raman, an analyst at Stanbury Securities, who follows the group, was not \
                surprised. \"It was overdue,\" she said.";
    assert_speaker(text, Lang::En, 0, "Priya Raman", "pronoun-then-verb");
    // An unnamed person opening the previous sentence is who "she" is.
    let text = "Ruth McKinnon, who chairs the board, spoke first. One retired employee, who declined \
                to give her name, said the sentence felt short. \"He'll be out soon,\" she said.";
    assert_eq!(speaker_of(text, Lang::En, 0), (None, None));
}

#[test]
fn an_organisation_noun_with_a_relative_clause_speaks_a_partial_quote() {
    let text = "Le parquet a requis une amende contre Béton Rhodanien. Dans un communiqué, \
                l’entreprise, qui emploie près de 300 salariés, affirme avoir « profondément revu \
                ses procédures ».";
    assert_speaker(text, Lang::Fr, 0, "Béton Rhodanien", "organisation-noun");
}

#[test]
fn an_institution_introduced_with_its_noun_and_complement_answers_to_that_noun() {
    // The observatory is named more often, but « le ministère » is the ministry of health.
    let text = "Selon l’Observatoire national des ruptures (ONR), les pénuries augmentent. L’ONR \
                alerte. L’ONR recommande des stocks. Le ministère de la Santé a annoncé un plan. \
                « Nous voulons retrouver notre souveraineté », a indiqué le ministère.";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "ministère de la Santé",
        "organisation-noun",
    );
}

#[test]
fn a_noun_that_introduces_a_name_is_no_institution_of_its_own() {
    let text = "La compagnie aérienne genevoise Helvair a confirmé une commande. « Aucune baisse \
                n’est à l’ordre du jour », a indiqué la compagnie dans un communiqué.";
    assert_speaker(text, Lang::Fr, 0, "Helvair", "organisation-noun");
}

#[test]
fn a_business_described_by_its_place_is_the_company_named_earlier() {
    let text = "L’exploitation a été confiée à Navettes Minett SA, qui mettra en service 24 bus. \
                « Nous visons 4500 voyageurs », a précisé l’entreprise eschoise.";
    assert_speaker(text, Lang::Fr, 0, "Navettes Minett", "organisation-noun");
    let text = "Minett Shuttles Ltd won the contract. Its chief executive, Anna Berg, was pleased. \
                \"We aim for 4,500 riders,\" the Luxembourg company said.";
    assert_speaker(text, Lang::En, 0, "Minett Shuttles", "organisation-noun");
    // an institution's adjective still names it
    let text = "Le ministère a confié l’exploitation à Navettes Minett SA. « Le dossier est \
                suivi », a précisé l’agence régionale de santé.";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "agence régionale de santé",
        "verb-then-name",
    );
}

#[test]
fn a_list_inside_a_relative_clause_does_not_close_it() {
    let text = "Kasarani Shuttle Sacco, which runs 214 vehicles between Githurai, Kasarani and the \
                city centre, said in a statement the new fares were \"unavoidable\".";
    assert_speaker(
        text,
        Lang::En,
        0,
        "Kasarani Shuttle Sacco",
        "sentence-subject",
    );
    let text = "La société Navettes Minett, qui dessert Esch, Dudelange et Bettembourg, a jugé le \
                plan « irréaliste ».";
    assert_speaker(text, Lang::Fr, 0, "Navettes Minett", "sentence-subject");
}

#[test]
fn a_legal_form_in_capitals_closes_a_company_name() {
    // « SA » is no possessive « Sa »: the name is a company's, which the noun points back to
    // from its complement position
    let text = "L’exploitation a été confiée à Navettes Minett SA. « Nous visons 4500 \
                voyageurs », indique l’entreprise.";
    assert_speaker(text, Lang::Fr, 0, "Navettes Minett", "organisation-noun");
}

#[test]
fn ages_from_a_bound_after_a_person_noun_and_from_a_bare_apposition() {
    let doc = Document::new(
        "case",
        "The risk fell for people over 65 who took it. The pensioner, 81, said it helped. It cut \
         costs by more than 12 percent."
            .to_string(),
        Some(Lang::En),
    );
    let x = pipeline::extract_document(&doc, &[]);
    let claims: Vec<(&str, &str, Option<&str>)> = x
        .claims
        .iter()
        .map(|c| {
            (
                &doc.text[c.expr.span.clone()],
                c.expr.kind.as_str(),
                c.expr.unit.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        claims,
        [
            ("over 65", "age", Some("year")),
            ("81", "age", Some("year")),
            ("more than 12 percent", "percent", None)
        ]
    );
}

#[test]
fn light_verbs_report_speech() {
    let text = "« L’État sera très vigilant », a fait savoir Bercy.";
    assert_speaker(text, Lang::Fr, 0, "Bercy", "verb-then-name");
    let text = "Paul Girard est arrivé tard. « Rien n’est décidé », a-t-il tenu à préciser.";
    assert_speaker(text, Lang::Fr, 0, "Paul Girard", "inverted-pronoun");
    let text = "Dana Whitfield spoke first. She went on to say: \"We will rebuild.\"";
    assert_speaker(text, Lang::En, 0, "Dana Whitfield", "pronoun-colon");
}

#[test]
fn selon_any_name_but_pour_only_a_known_one() {
    let text = "La finalisation est attendue « au premier semestre », selon Northbridge.";
    assert_speaker(text, Lang::Fr, 0, "Northbridge", "according-to");
    let text = "Les magasins attendent « une folie » pour Noël.";
    assert_eq!(speaker_of(text, Lang::Fr, 0), (None, None));
}

#[test]
fn an_organisation_word_alone_stands_for_the_name_it_begins() {
    let text = "Marie Roux préside l’Union des bailleurs solidaires. L’Union, qui fédère 410 \
                organismes, chiffre les besoins à « au moins 6 milliards d’euros par an ».";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Union des bailleurs solidaires",
        "sentence-subject",
    );
    // A product's name is no organisation's: "Airbus" stays Airbus.
    let text = "The jets are Airbus A320neo narrowbodies. Airbus said it was \"in regular dialogue\" \
                with customers.";
    assert_speaker(text, Lang::En, 0, "Airbus", "sentence-subject");
}

#[test]
fn a_place_before_the_colon_names_nobody() {
    let text = "Bill Harkins runs the diner. One pensioner waiting at the bus stop on Bridge Street \
                said: \"They’ve known about this for years.\"";
    assert_eq!(speaker_of(text, Lang::En, 0), (None, None));
}

#[test]
fn a_described_or_pointed_back_institution_is_no_new_name() {
    // « ce diocèse rural de l’est » is the diocese of Vauclerc again, not a second one.
    let text = "Mgr Laurent Desvignes, évêque de Vauclerc, annonce une consultation sur les églises \
                du diocèse de Vauclerc, ce diocèse rural de l’est de la France. « Rien n’est \
                décidé », a indiqué mardi le diocèse.";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "diocèse de Vauclerc",
        "organisation-noun",
    );
}

#[test]
fn a_parenthesised_short_form_is_the_name_it_follows() {
    let text = "L’Union des cheminots du Midi (UCM) appelle à la grève. Ferrovia Sud dit regretter \
                le mouvement. La UCM juge l’offre « insultante ».";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Union des cheminots du Midi",
        "sentence-subject",
    );
}

#[test]
fn a_paragraph_that_introduces_someone_hands_them_the_floor() {
    let text = "« J’ai été baptisée ici », dit Geneviève Thouvenot.\n\n\
                Le maire, Denis Poirel, se montre plus pragmatique. La commune ne peut pas financer \
                seule les travaux. « Je ne veux pas être le maire qui a laissé tomber l’église. »";
    assert_speaker(text, Lang::Fr, 1, "Denis Poirel", "paragraph-subject");
}

#[test]
fn a_role_in_an_apposition_belongs_to_the_name_before_it() {
    // The organisation after a bare role noun is its complement, not its holder; the role's
    // later mention is headed by its first word in French (« délégué syndical » → délégué).
    let text = "« Nous tiendrons », prévient Yann Keraudren, 51 ans, délégué CFTC.\n\n\
                « Personne ne nous a écoutés », ajoute Chantal Morvan, 47 ans, aide-soignante.\n\n\
                « La direction joue la montre », regrette le délégué syndical.";
    assert_speaker(text, Lang::Fr, 2, "Yann Keraudren", "role-noun");
    // With a determiner, the role introduces the name after it.
    let text = "Au tribunal de Rennes, la présidente Odile Carré a tranché. « Le dossier est \
                vide », a estimé la présidente.";
    assert_speaker(text, Lang::Fr, 0, "Odile Carré", "role-noun");
}

#[test]
fn english_roles_take_a_noun_modifier() {
    let text = "“The wind is the problem,” said Marcus Hale, a fire chief with the county. \
                Dr. Ines Park, a hydrologist at Lakeside College, was blunt. “The soil is dry,” \
                Dr. Park said.\n\n“We need two more days,” the fire chief added.";
    assert_speaker(text, Lang::En, 2, "Marcus Hale", "role-noun");
    // A role four words into an age apposition: "a former NHS nurse".
    let text = "Ms Tembo, 44, a former NHS nurse, spoke first. Professor Ruth Adeyemi, an \
                economist, was cautious: \"Wait.\"\n\nThe former nurse has promised free buses.\n\n\
                \"People need to get to work,\" she said.";
    assert_speaker(text, Lang::En, 1, "Tembo", "pronoun-then-verb");
}

#[test]
fn a_name_after_a_preposition_is_no_subject_before_a_colon() {
    let text = "« J’ai fait mon travail », répète Gérard Lestrade, ancien maire de Pontivy.\n\n\
                Interrogé par la présidente, l’ancien élu a fini par reconnaître : « J’ai eu \
                tort. »";
    assert_speaker(text, Lang::Fr, 1, "Gérard Lestrade", "role-noun");
}

#[test]
fn a_nested_quotation_after_a_verb_and_its_recipient() {
    let text = "« Dans ce courrier, M. Lestrade écrit à son adjoint : “Signe sans discuter.” \
                Tout est là », a déclaré Claire Vidal.";
    let all = read(text, Lang::Fr);
    assert_eq!(all[1].0, QuoteKind::Nested);
    assert_eq!(all[1].1.as_deref(), Some("Lestrade"), "{all:?}");
}

#[test]
fn a_designation_marker_may_take_a_definite_article() {
    let text = "Le juge a détaillé ce que les policiers ont baptisé le « réseau Lestrade ». \
                Ce que les riverains appellent « la route des camions » inquiète.";
    let all = read(text, Lang::Fr);
    assert!(
        all.iter().all(|q| q.0 == QuoteKind::Term && q.1.is_none()),
        "{all:?}"
    );
    let text = "Gusts could push embers across what residents call “the funnel,” a canyon.";
    assert_eq!(read(text, Lang::En)[0].0, QuoteKind::Term);
}

#[test]
fn a_dateline_names_nobody() {
    for dateline in [
        "NAGPUR:",
        "DENVER —",
        "OTTAWA (Reuters) -",
        "PINE HOLLOW, Ore. —",
    ] {
        let text = format!("{dateline} The council said the plan was “unworkable”.");
        let (name, _) = speaker_of(&text, Lang::En, 0);
        assert_eq!(name, None, "{text}");
    }
}

#[test]
fn the_company_is_the_organisation_just_named() {
    let text = "The Cedar Fire has burned 9,000 acres. The Cedar Fire is the largest this year.\n\n\
                Northgate Power, whose lines cross the valley, said it had cut power. “The \
                utility is working with investigators,” the company said.";
    assert_speaker(text, Lang::En, 0, "Northgate Power", "organisation-noun");
    let text = "Le consortium Mareval porte le projet.\n\nLe consortium assure que les \
                indemnisations sont « à l’étude ».";
    assert_speaker(text, Lang::Fr, 0, "Mareval", "organisation-noun");
}

#[test]
fn circumstantial_phrases_between_an_inverted_verb_and_its_subject() {
    let text = "« Rendez-nous la ligne 12 », a crié depuis la tribune Odile Perrin, 62 ans.";
    assert_speaker(text, Lang::Fr, 0, "Odile Perrin", "verb-then-name");
    let text = "« Le texte est trop rigide », a jugé lundi devant les élus la conseillère \
                chargée des finances, Laure Besson.";
    assert_speaker(text, Lang::Fr, 0, "Laure Besson", "verb-then-name");
}

#[test]
fn an_opening_phrase_without_a_name_comes_before_the_subject() {
    let text = "Arrivé mardi à la mairie, le directeur régional, Henri Vasseur, a promis des \
                travaux « sous quinze jours ».";
    assert_speaker(text, Lang::Fr, 0, "Henri Vasseur", "sentence-subject");
    // A long name with its apposition is the subject itself, not an opening phrase.
    let text = "The Northern Growers Council, a farm lobby representing 200 members, said the \
                rules were “unworkable” this year.";
    assert_speaker(
        text,
        Lang::En,
        0,
        "Northern Growers Council",
        "sentence-subject",
    );
}

#[test]
fn a_party_after_a_role_is_its_complement() {
    let text = "Nadia Ferrand conduit la liste d’opposition. « Le budget est insincère », \
                estime l’élue LR.";
    assert_speaker(text, Lang::Fr, 0, "Nadia Ferrand", "role-noun");
}

#[test]
fn a_title_inside_a_role_apposition() {
    let text = "« Les faits sont établis », a plaidé l’avocate de la Ville, Me Sophie \
                Garnier, jeudi.";
    assert_speaker(text, Lang::Fr, 0, "Sophie Garnier", "verb-then-name");
}

#[test]
fn an_intertitle_continues_nobody_and_takes_the_speaker_of_its_words() {
    let text = "« Nous voulons des réponses », lance Julie Marchal, 38 ans.\n\n\
                « Un trou de 3 millions »\n\n\
                Le maire, Paul Renaud, répond. « Nous avons trouvé un trou de 3 millions, \
                explique-t-il. Il faut le combler. »";
    assert_speaker(text, Lang::Fr, 1, "Paul Renaud", "repeated-quote");
}

#[test]
fn a_reflexive_say_verb_reports_speech() {
    let text = "La présidente du club, Aline Roy, s’est dite « soulagée » après le vote.";
    let all = read(text, Lang::Fr);
    assert_eq!(all[0].0, QuoteKind::Partial, "{all:?}");
    assert_eq!(all[0].1.as_deref(), Some("Aline Roy"), "{all:?}");
}

#[test]
fn age_nouns_refer_back_to_the_last_person() {
    let text = "Tariq Mehmood Baloch waits at the gate every morning.\n\n\
                “Nobody has come,” the 61-year-old told reporters.";
    assert_speaker(text, Lang::En, 0, "Tariq Mehmood Baloch", "role-noun");
    let text = "Marc Olivier, 57 ans, a tout perdu. Sa voisine, Anne Roux, l’aide.\n\n\
                « Je repars de zéro », souffle le quinquagénaire.";
    assert_speaker(text, Lang::Fr, 0, "Marc Olivier", "role-noun");
}

#[test]
fn a_full_name_with_an_unknown_first_name_takes_a_pronoun() {
    let text = "Oduya Kipruto Maina walks the flooded road to school.\n\n\
                “The water came at night,” he told the BBC.";
    assert_speaker(
        text,
        Lang::En,
        0,
        "Oduya Kipruto Maina",
        "pronoun-then-verb",
    );
}

#[test]
fn post_nominal_letters_and_workplace_complements_before_the_verb() {
    let text = "Aidan Roche SC, for Walsh, said his client had been “under great pressure”.";
    assert_speaker(text, Lang::En, 0, "Aidan Roche", "sentence-subject");
    let text = "Economists disagree. Marta Vidal of the University of Valencia reckons the \
                plan needs “a decade, not a year”.";
    assert_speaker(text, Lang::En, 0, "Marta Vidal", "sentence-subject");
}

#[test]
fn a_party_name_takes_its_adjectives() {
    let text = "Si le Parti socialiste soutient « sans réserve » le texte, les Verts hésitent.";
    assert_speaker(text, Lang::Fr, 0, "Parti socialiste", "speaker-colon");
}

#[test]
fn a_first_name_that_is_also_a_role_and_names_before_a_premodified_role() {
    let text = "The Metal Workers Union (MWU) wants 5 per cent.\n\n\"We are not moving,\" \
                MWU Pilbara branch secretary Dean Whitlock told the ABC.";
    assert_speaker(text, Lang::En, 0, "Dean Whitlock", "name-then-verb");
}

#[test]
fn a_title_and_its_determiner_in_a_role_apposition() {
    let text = "« La décision est difficile », a assuré le directeur médical du groupe, le Dr \
                Paul Lemaire.";
    assert_speaker(text, Lang::Fr, 0, "Paul Lemaire", "verb-then-name");
}

#[test]
fn a_title_and_a_first_word_name_a_person_written_surname_first() {
    let text = "“We waited two years,” said Lim Kok Wah, 41, a teacher.\n\n\
                “Prices only go up,” Mr Lim said.";
    assert_speaker(text, Lang::En, 1, "Lim Kok Wah", "name-then-verb");
    let text = "Siti Aminah, 63, sold her flat.\n\n“The agents keep calling,” Madam Siti said.";
    assert_speaker(text, Lang::En, 0, "Siti Aminah", "name-then-verb");
}

#[test]
fn an_apposition_then_a_relative_clause_before_the_verb() {
    let text = "Dr Nina Castell, of Harbour University, who was not involved in the study, said \
                the data could account for “part of the rise”.";
    assert_speaker(text, Lang::En, 0, "Nina Castell", "sentence-subject");
}

#[test]
fn institution_names_take_two_complements_and_their_adjectives() {
    let text = "Interrogée, la Banque centrale des États de l’Afrique de l’Ouest dit « suivre \
                avec attention » le dossier.";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Banque centrale des États de l’Afrique de l’Ouest",
        "speaker-colon",
    );
    let text = "Le parti d’opposition Avenir lavallois dénonce pour sa part un « budget de \
                panique ».";
    let (name, _) = speaker_of(text, Lang::Fr, 0);
    assert!(
        name.as_deref()
            .is_some_and(|n| n.ends_with("Avenir lavallois")),
        "{name:?}"
    );
}

#[test]
fn a_role_of_either_gender_takes_its_determiners() {
    let text = "Anne Morel a parlé. Yves Carré, son entraîneur, a suivi.\n\n\
                « Je veux dormir », a glissé la skipper.";
    assert_speaker(text, Lang::Fr, 0, "Anne Morel", "role-noun");
}

#[test]
fn a_pronoun_after_an_institution_subject_stands_for_it() {
    let text = "Marc Dupuis, 45 ans, travaille de nuit.\n\n\
                Interrogé par Le Courrier, le ministère de la Santé rappelle que la prime « a \
                aidé 2 millions de foyers ». Il promet une réforme « d’ici à l’été ».";
    assert_speaker(
        text,
        Lang::Fr,
        1,
        "ministère de la Santé",
        "sentence-subject-pronoun",
    );
}

#[test]
fn a_spokesperson_named_in_apposition_speaks_for_themselves() {
    let text = "« Le toit fuyait depuis des années », a fait valoir par courriel le porte-parole \
                de Norvalis, Maxime Tessier.";
    assert_speaker(text, Lang::Fr, 0, "Maxime Tessier", "verb-then-name");
}

#[test]
fn a_name_closing_an_apposition_before_its_verb() {
    let text = "Darren Kilbride, 46, was jailed for 11 years.\n\nKilbride’s counsel, Gordon Tait KC, \
                said his client was ‘deeply ashamed’.";
    assert_speaker(text, Lang::En, 0, "Gordon Tait", "sentence-subject");
}

#[test]
fn a_role_with_a_one_word_complement_then_its_holder() {
    let text = "Le maire, Jean Roth, a parlé. « Qui peut croire une chose pareille ? », a réagi \
                le conseiller d’opposition Patrick Haegel, 58 ans.";
    assert_speaker(text, Lang::Fr, 0, "Patrick Haegel", "verb-then-name");
    // the complement itself, or a role of someone else, is not the holder
    for complement in ["de Patrick Haegel", "du prévenu Patrick Haegel"] {
        let text = format!("Le maire, Jean Roth, a parlé. « Non », a réagi l’avocat {complement}.");
        let (name, _) = speaker_of(&text, Lang::Fr, 0);
        assert_ne!(name.as_deref(), Some("Patrick Haegel"), "{text}");
    }
}

#[test]
fn a_role_introduced_with_a_participle_phrase_is_its_holders() {
    let text = "Le vice-président de l’Eurométropole chargé des mobilités, Laurent Meyer-Kientz, \
                a parlé. « Qui peut croire ça ? », a réagi Patrick Haegel. « Les rails seront \
                posés », a détaillé le vice-président.";
    assert_speaker(text, Lang::Fr, 1, "Laurent Meyer-Kientz", "role-noun");
}

#[test]
fn an_elided_role_subject_of_a_partial_quote() {
    // « l’élue » stands for the vice-president introduced earlier, past the elision
    let text = "Paula Ceccaldi-Mattei, vice-présidente du Siebal, est là. Jean Roth parle. \
                L’élue espère un début des travaux « au plus tard en 2026 ».";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Paula Ceccaldi-Mattei",
        "sentence-subject-noun",
    );
}

#[test]
fn an_institution_after_a_preposition_and_article_is_where_not_who() {
    let text = "À la Chambre, le député d’opposition Marc Hoffeld n’a pas mâché ses mots : « Le \
                gouvernement construit des annonces, pas des logements. »";
    assert_speaker(text, Lang::Fr, 0, "Marc Hoffeld", "speaker-colon");
}

#[test]
fn a_clause_after_a_conjunction_has_its_own_subject() {
    let text = "Assistant District Attorney Kevin Marsh spoke. Mercer has been ordered to pay \
                $2.31 million in restitution, though Marsh called full repayment “unlikely.”";
    assert_speaker(text, Lang::En, 0, "Kevin Marsh", "sentence-subject");
}

#[test]
fn a_name_in_an_opening_prepositional_phrase_is_not_the_subject() {
    let text = "In a letter to parents seen by The Herald, headteacher Martin Rafferty said the \
                school was \"doing everything possible\" to fill the posts.";
    assert_speaker(text, Lang::En, 0, "Martin Rafferty", "sentence-subject");
    // but a clause may name its speaker after a preposition
    let text = "Ray Esparza sits on the council.\n\nThe lone no vote came from Ray Esparza, who \
                called the plan “a money pit with a neon sign on top.”";
    assert_speaker(text, Lang::En, 0, "Ray Esparza", "sentence-subject");
}

#[test]
fn an_organisation_noun_stands_for_the_name_it_heads() {
    let text = "Most of the cost was covered by a grant from the Nordvik Foundation, a Norwegian \
                charity. The foundation said the hospital was “proof that decentralized energy \
                saves lives.”";
    assert_speaker(text, Lang::En, 0, "Nordvik Foundation", "organisation-noun");
    let text = "La Fondation Kerlan, une association bretonne, a financé le projet. La fondation \
                juge le chantier « exemplaire ».";
    assert_speaker(text, Lang::Fr, 0, "Fondation Kerlan", "organisation-noun");
}

#[test]
fn a_title_implies_the_role_a_later_noun_refers_to() {
    let text = "\"We are seeing children,\" said Dr Pornthip Kaewmanee.\n\n\"We knock on every \
                door,\" said Somsak Thongdee.\n\nMr Somsak said his volunteers were tired.\n\nThe \
                doctor urged parents not to give ibuprofen. \"Dengue is no longer a disease of \
                poor areas only,\" she said.";
    assert_speaker(text, Lang::En, 2, "Pornthip Kaewmanee", "pronoun-then-verb");
}

#[test]
fn a_rank_before_the_first_name_does_not_hide_its_gender() {
    // "Garda Kevin Fahy" is a man: "she" is the woman named before him
    let text = "Bernadette Cusack (58) had pleaded guilty.\n\nDet Garda Kevin Fahy told the court \
                the thefts came to light in 2023.\n\nCusack moved money between accounts, the \
                detective said. When interviewed, she made full admissions. She told gardaí: \
                ‘I kept thinking I’d win it back.’";
    let (name, _) = speaker_of(text, Lang::En, 0);
    assert_ne!(name.as_deref(), Some("Garda Kevin Fahy"));
}

#[test]
fn an_inverted_pronoun_after_a_reflexive_verb() {
    let text = "Le commissaire-priseur Benoît Saubiac est ravi. Jean Roth aussi. Le \
                commissaire-priseur, lui, pense déjà à la suite. « Après une vente pareille, on \
                va recevoir des photos », s’amuse-t-il.";
    assert_speaker(text, Lang::Fr, 0, "Benoît Saubiac", "inverted-pronoun");
}

#[test]
fn an_apostrophe_inside_a_name_word() {
    let text = "« On ira jusqu’au bout », prévient Yannick Le Floc’h, éleveur à Pontivy.";
    assert_speaker(text, Lang::Fr, 0, "Yannick Le Floc’h", "verb-then-name");
}

#[test]
fn a_role_subject_past_an_emphatic_pronoun() {
    let text = "La ministre du Budget, Catherine Delvaux, annonce des choix. La ministre, elle, \
                assure que l'effort sera «temporaire».";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Catherine Delvaux",
        "sentence-subject-noun",
    );
}

#[test]
fn a_colon_closing_the_paragraph_before_the_quotation() {
    let text = "Le directeur général d’Armorlait, Hervé Kerjean, a défendu l’offre devant un \
                public hostile :\n\n« Nous vendons sur les marchés mondiaux comme tout le monde. »";
    assert_speaker(text, Lang::Fr, 0, "Hervé Kerjean", "speaker-colon");
}

#[test]
fn a_role_with_an_adjective_or_a_long_complement_then_its_holder() {
    let text = "« On ne peut plus jouer à perte », a tranché la directrice artistique, Marie-Josée \
                Tremblay-Ouellet, lundi en conférence de presse.";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Marie-Josée Tremblay-Ouellet",
        "verb-then-name",
    );
    let text = "« Exporter la noix brute, c'est exporter nos emplois », a martelé le ministre du \
                Commerce et de l'Industrie, Adama Koné-Diabaté.";
    assert_speaker(text, Lang::Fr, 0, "Adama Koné-Diabaté", "verb-then-name");
}

#[test]
fn an_age_noun_stands_for_the_person_named_with_that_age() {
    let text = "Madam Noraini Ismail, 67, who lives across the road, walked away.\n\nMP Carol Heng \
                said 3,000 residents attended. \"Residents have been patient,\" she said.\n\n\"The \
                walk was the hardest part of my day,\" said the 67-year-old.";
    assert_speaker(text, Lang::En, 1, "Noraini Ismail", "role-noun");
}

#[test]
fn an_organisation_possessive_then_the_role_holder() {
    let text = "“We have never seen a market this tight,” said Harbourline’s chief economist, \
                Sarah Quinlivan.";
    assert_speaker(text, Lang::En, 0, "Sarah Quinlivan", "verb-then-name");
    let text = "\"It is painful,\" said Hallmann's chief executive Katrin Vollmer.";
    assert_speaker(text, Lang::En, 0, "Katrin Vollmer", "verb-then-name");
}

#[test]
fn a_role_last_given_to_someone_unnamed_names_nobody() {
    // The director was named; the official was not, and "official" may stand for a director.
    let text = "The group's director, Ankit Bhardwaj, said shelters were too few.\n\nA senior \
                health department official, who did not wish to be named, disputed the figure. \
                \"The survey covered only 40% of the shelters,\" the official said.";
    assert_eq!(speaker_of(text, Lang::En, 0), (None, None));
    let text = "Sen. Lyle Brandauer led the vote.\n\nOne Republican senator, speaking on \
                condition of anonymity, said four members backed the bill. \"They wanted it to \
                pass,\" the senator said.";
    assert_eq!(speaker_of(text, Lang::En, 0), (None, None));
    let text = "Le directeur de l’usine, Marc Aubry, a parlé. Une porte-parole de la préfecture \
                a refusé de commenter. « Nous verrons », a ajouté la porte-parole.";
    assert_eq!(speaker_of(text, Lang::Fr, 0), (None, None));
    // Another role of the same head noun is someone else: the named one still speaks.
    let text = "« Le produit est bluffant », confie un directeur juridique d’une banque. Son \
                directeur financier, Thomas van der Berg, reste prudent.\n\nLe directeur \
                financier l’admet : « Nous devrons lever à nouveau. »";
    assert_speaker(text, Lang::Fr, 1, "Thomas van der Berg", "role-noun");
}

#[test]
fn an_institution_named_in_the_opening_phrase_is_circumstance() {
    // "Court" is an organisation noun, but here part of the place's name.
    let text = "At Worcester Crown Court on Tuesday, Judge Anthony Lyle said the company had \
                shown “a cynical disregard for the rivers”.";
    assert_speaker(text, Lang::En, 0, "Anthony Lyle", "sentence-subject");
}

#[test]
fn a_role_subject_after_an_opening_phrase_introduces_the_quotation() {
    // The organisation in the role's complement is not the speaker.
    let text = "Youssef Bennani, directeur général de SED, a inauguré le chantier.\n\nInterrogé \
                sur les délais, le patron de SED se veut confiant : « Nous serons au \
                rendez-vous. »";
    assert_speaker(text, Lang::Fr, 0, "Youssef Bennani", "role-noun");
}

#[test]
fn one_of_a_group_speaks_unnamed() {
    let text = "Two people familiar with the matter told Reuters the company had held talks. \
                \"Nothing is off the table,\" one of the people said.";
    assert_eq!(speaker_of(text, Lang::En, 0), (None, None));
    let text = "Jeanne Roy mène la grève. « On ne lâchera rien », dit un des grévistes.";
    assert_eq!(speaker_of(text, Lang::Fr, 0), (None, None));
}

#[test]
fn sports_positions_are_roles() {
    let text = "« Certains gars ont des crédits », souffle le capitaine, Romain Barthe, 31 ans. Le \
                troisième-ligne estime qu’« une bonne moitié de l’effectif » pourrait partir.";
    assert_speaker(text, Lang::Fr, 1, "Romain Barthe", "sentence-subject-noun");
    let text = "The skipper, Tom Hale, 41, spoke first. \"We never gave up,\" said the skipper.";
    assert_speaker(text, Lang::En, 0, "Tom Hale", "role-noun");
}

#[test]
fn a_quotation_opening_a_paragraph_after_a_narration_about_one_person() {
    let text = "Rents rose 9 per cent, said economist Tom Kirby.\n\nFor Priya Raman, 29, a nurse \
                who lives in Camperdown, the numbers are personal. Her rent was increased by $110 \
                a week in January.\n\n“I spend almost half of my pay on rent now.”";
    assert_speaker(
        text,
        Lang::En,
        0,
        "Priya Raman",
        "previous-paragraph-person",
    );
    // Two people in the narration: nobody can be chosen.
    let text = "Rents rose 9 per cent, said economist Tom Kirby.\n\nPriya Raman shares a flat \
                with Ana Costa. Their rent was increased in January.\n\n“I spend almost half of \
                my pay on rent now.”";
    assert_eq!(speaker_of(text, Lang::En, 0), (None, None));
}

#[test]
fn an_indefinite_thing_opening_a_sentence_is_nobody_who_speaks() {
    let text = "Solène Aubry veut encore y croire. Une pétition en ligne a recueilli plus de 9 000 \
                signatures. « On fera le festival », promet-elle.";
    assert_speaker(text, Lang::Fr, 0, "Solène Aubry", "inverted-pronoun");
}

#[test]
fn a_role_opening_the_sentence_speaks_its_partial_quotation_whatever_the_verb() {
    let text = "Maryvonne Le Bras, la maire de l’île, organise une réunion samedi. La maire y \
                attend « au moins un élu régional ».";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Maryvonne Le Bras",
        "sentence-subject-noun",
    );
}

#[test]
fn a_noun_with_an_age_stands_for_the_person_of_that_age_else_the_last_one_named() {
    let text = "Le directeur sportif, Franck Molinié, tombe des nues. Le Tarnais de 51 ans, passé \
                par trois équipes, assure que sa formation « n’a rien à cacher ».";
    assert_speaker(text, Lang::Fr, 0, "Franck Molinié", "sentence-subject-noun");
    let text = "Paul Roy, 51 ans, a parlé. Puis Marc Duval a parlé. « On verra », a lancé le \
                Tarnais de 51 ans.";
    assert_speaker(text, Lang::Fr, 0, "Paul Roy", "role-noun");
}

#[test]
fn a_reporting_aside_between_commas_makes_the_sentence_that_persons_account() {
    let text = "Jean-Pierre Morvan, élu d’opposition, a fait ses calculs. En 2019 déjà, \
                rappelle-t-il, la compagnie avait voulu supprimer le bateau de midi, avant de \
                renoncer « au bout de trois semaines ».";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Jean-Pierre Morvan",
        "sentence-subject-pronoun",
    );
    let text = "Tom Hale runs the depot. In 2019, he recalled, the operator had tried to cut the \
                route, before backing down “within three weeks”.";
    assert_speaker(text, Lang::En, 0, "Tom Hale", "sentence-subject-pronoun");
}

#[test]
fn a_one_word_name_with_a_long_relative_clause_then_its_verb_is_the_subject() {
    let text = "Hydro-Québec, qui prévoit d’ajouter entre 150 et 200 térawattheures à sa \
                production d’ici 2050, indique qu’elle « ne signera aucun contrat sans l’accord \
                des communautés ».";
    assert_speaker(text, Lang::Fr, 0, "Hydro-Québec", "sentence-subject");
    let text = "Renault, un constructeur, indique qu’il « ne signera jamais ».";
    assert_speaker(text, Lang::Fr, 0, "Renault", "sentence-subject");
}

#[test]
fn funds_and_governing_bodies_are_organisation_nouns() {
    let text = "Le fonds Verancia Capital a racheté l’enseigne. Le fonds indique viser « un \
                retour à l’équilibre d’ici 2027 ».";
    assert_speaker(text, Lang::Fr, 0, "Verancia Capital", "organisation-noun");
}

#[test]
fn an_unnamed_source_keeps_its_pronoun() {
    let text = "Annie Thibodeau préside la fédération. Une source gouvernementale, qui n’était pas \
                autorisée à s’exprimer publiquement, évoque une offre bonifiée. « Personne ne veut \
                d’une loi spéciale », a-t-elle confié au Devoir.";
    assert_eq!(speaker_of(text, Lang::Fr, 0), (None, None));
}

#[test]
fn a_companys_first_word_alone_is_the_company_and_a_ministry_heads_its_name() {
    let text = "Northbridge Semiconductor a confirmé la cession. Northbridge se dit « pleinement \
                engagée » dans la transition.";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Northbridge Semiconductor",
        "speaker-colon",
    );
    let text = "Parents at Pukekaraka School say they will fight a Ministry of Education proposal \
                to close it. In a statement, the ministry said the blocks were “at the end of \
                their useful life”.";
    assert_speaker(
        text,
        Lang::En,
        0,
        "Ministry of Education",
        "organisation-noun",
    );
}

#[test]
fn a_sentence_whose_unnamed_subject_speaks_names_nobody_for_its_fragments() {
    let text = "Meridian Air cut jobs. A person familiar with the matter said Meridian had held \
                talks with Airbus, talks the person described as “at an early stage.”";
    assert_eq!(speaker_of(text, Lang::En, 0), (None, None));
    // An unnamed spokeswoman for an organisation speaks on its behalf.
    let text = "A spokeswoman for Fife Council said the council was \"delighted to see the \
                building back\".";
    assert_spoken_for(text, Lang::En, 0, "Fife Council", "sentence-subject");
}

#[test]
fn an_english_firm_named_again_by_its_first_word() {
    let text = "Kestrel Pay raised money on Thursday. Analysts liked it.\n\nKestrel said in its \
                filing that it \"may never achieve profitability.\"";
    assert_speaker(text, Lang::En, 0, "Kestrel Pay", "sentence-subject");
}

#[test]
fn a_clause_after_the_quotation_saying_how_people_name_it_makes_it_a_term() {
    let text = "Gwenaëlle Tanguy est une fidèle du « bateau des soignants », comme les Arzois \
                surnomment la rotation du soir.";
    assert_eq!(read(text, Lang::Fr), [(QuoteKind::Term, None, None)]);
    let text = "June Kowalczyk restored the motel on the “Mother Road,” as locals call it.";
    assert_eq!(read(text, Lang::En), [(QuoteKind::Term, None, None)]);
    // Someone's own coinage stays theirs.
    let text = "Paul Roy juge le projet « absurde », comme il le dit souvent.";
    assert_speaker(text, Lang::Fr, 0, "Paul Roy", "sentence-subject");
}

#[test]
fn an_age_noun_with_a_relative_clause_is_the_subject() {
    let text = "Selon Bernard Castaing, président de l’Union des vignerons, « la crise dure ». \
                Le sexagénaire, qui cultive lui-même 60 hectares à Cadillac, réclame une prime, \
                « sinon beaucoup partiront ».";
    assert_speaker(
        text,
        Lang::Fr,
        1,
        "Bernard Castaing",
        "sentence-subject-noun",
    );
}

#[test]
fn a_role_nobody_was_introduced_with_describes_the_person_named_last() {
    let text = "«Nous avons tout essayé», explique Pascal Rochat, directeur de la société. \
                «Il fait trop chaud», rappelle Reto Gassmann. D’après le climatologue de \
                l’Université de Lausanne, la limite a remonté, et «les hivers deviendront la \
                norme».";
    assert_speaker(text, Lang::Fr, 2, "Reto Gassmann", "according-to-role");
}

#[test]
fn organisation_names_keep_their_complement_and_their_head() {
    // « Jura » is also « jurer » in the passé simple: a capital in a name is no verb.
    let text = "La station ferme.\n\nL’Association des stations du Jura vaudois, qui regroupe \
                sept domaines, redoute \
                un «effet domino». Dans un communiqué, elle rappelle que «trois stations n’ont \
                pas atteint le seuil».";
    assert_speaker(
        text,
        Lang::Fr,
        1,
        "Association des stations du Jura vaudois",
        "sentence-subject-pronoun",
    );
    // Two organisations of the same place are two organisations.
    let text = "Bernard Castaing préside l’Union des vignerons de Benauge.\n\nÀ la Cave des \
                Coteaux de Benauge, la direction a fait savoir que 2,4 millions de litres \
                dormaient en cuve. « Nous arracherons », précise la coopérative dans un \
                communiqué.";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Cave des Coteaux de Benauge",
        "organisation-noun",
    );
}

#[test]
fn an_organisation_noun_in_a_name_s_apposition_is_no_antecedent() {
    let text = "East Pennine Hospitals NHS Trust has 9,000 patients waiting.\n\nDr Fiona \
                Marlowe, the trust’s chief executive, said she was sorry. “These are not \
                numbers on a spreadsheet,” she said.";
    assert_speaker(text, Lang::En, 0, "Fiona Marlowe", "pronoun-then-verb");
}

#[test]
fn an_organisation_noun_names_the_organisation_it_heads_however_far_back() {
    let text = "Patients at East Pennine Hospitals NHS Trust wait longer.\n\nDr Ann Lee said \
                it was hard.\n\nGerald Hutchins, 71, waits for a hip.\n\nRachel Whitcombe, who \
                chairs Kirklees council’s health committee, was angry.\n\nThe trust said in a \
                statement that “every patient has been contacted personally”.";
    assert_speaker(
        text,
        Lang::En,
        0,
        "East Pennine Hospitals NHS Trust",
        "organisation-noun",
    );
}

#[test]
fn a_quotation_after_an_unnamed_speaker_names_nobody() {
    let text = "Jasmine Ong studies hawker culture. \"The model has failed,\" said the \
                sociologist.\n\nA drinks stall owner who declined to be named said hawkers \
                were leaving. \"Some of us will just retire.\"";
    assert_eq!(speaker_of(text, Lang::En, 1), (None, None));
}

#[test]
fn a_pronoun_in_a_written_statement_stands_for_the_organisation_named_before() {
    let text = "La région baisse ses subventions, a dit Marie Dupont.\n\nUn argument que \
                conteste la Fédération des lieux et festivals indépendants (FLFI). Dans un \
                communiqué publié vendredi, elle recense \"au moins 23 festivals\" touchés.";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Fédération des lieux et festivals indépendants",
        "sentence-subject-pronoun",
    );
}

#[test]
fn a_governing_body_speaks_for_the_organisation_of_its_complement() {
    let text = "L’Hôpital du Haut-Léman ouvre un service. Pour la conseillère d’État chargée de \
                la Santé, Valérie Jaquier-Monod, « le canton suivra ». La direction de \
                l’hôpital précise que le recrutement « a déjà commencé ».";
    assert_speaker(
        text,
        Lang::Fr,
        1,
        "Hôpital du Haut-Léman",
        "organisation-noun",
    );
}

#[test]
fn a_long_apposition_before_the_name_leaves_the_name_the_subject() {
    let text = "Armatrice de trois chalutiers et vice-présidente du comité départemental des \
                pêches, Armelle Quéméner parle d’une décision « brutale et mal calculée ».";
    assert_speaker(text, Lang::Fr, 0, "Armelle Quéméner", "sentence-subject");
}

#[test]
fn an_acronym_stands_for_the_name_whose_initials_it_spells() {
    let text = "L’organisation de producteurs Pêcheurs de Cornouaille, qui regroupe 62 navires, \
                a réagi. « Chaque tonne perdue en mer, ce sont trois emplois perdus », écrit \
                l’OP.";
    let (name, _) = speaker_of(text, Lang::Fr, 0);
    assert!(
        name.as_deref()
            .is_some_and(|n| n.ends_with("Pêcheurs de Cornouaille")),
        "{name:?}"
    );
    let text = "Le service des urgences du Centre hospitalier Meuse-Ardenne (CHMA) fermera la \
                nuit. « Nous ne fermons pas par choix », a fait savoir la direction du CHMA \
                dans un communiqué.";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Centre hospitalier Meuse-Ardenne",
        "verb-then-name",
    );
}

#[test]
fn according_to_a_described_person() {
    // a rare role with its adjective between the determiner and the name; a compound first
    // name
    let text = "Le syndic parle.\n\nD'après l'hydrogéologue cantonale Anne-Claude Jaccard, «la \
                nappe est à son plus bas niveau».";
    assert_speaker(text, Lang::Fr, 0, "Anne-Claude Jaccard", "according-to");
}

#[test]
fn a_role_noun_skips_a_place_named_in_a_complement() {
    let text = "Pour Mathieu Kerbrat, halieute à l’Ifremer de Lorient, le tableau est nuancé. « Le \
                stock remonte, explique le chercheur. Les jeunes soles restent rares. »";
    assert_speaker(text, Lang::Fr, 0, "Mathieu Kerbrat", "role-noun");
}

#[test]
fn a_statement_phrase_between_the_verb_and_its_subject_is_skipped() {
    let text = "Le pompage est interdit. «Nos membres respecteront l'interdiction», écrit dans un \
                communiqué la Société coopérative d'irrigation du Gros-de-Vaud, qui regroupe 64 \
                exploitations.";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Société coopérative d'irrigation du Gros-de-Vaud",
        "verb-then-name",
    );
}

#[test]
fn an_unnamed_subject_after_an_opening_phrase_speaks_for_nobody() {
    let text = "Sur le quai, Yao Kouadio, 29 ans, docker journalier, fait ses comptes : « Ce \
                n’est pas un métier. »\n\nAu ministère des Transports, une source proche du \
                dossier évoque « une médiation d’ici à la fin de la semaine ». « Personne n’a \
                intérêt à laisser pourrir la situation », glisse-t-elle.";
    assert_eq!(speaker_of(text, Lang::Fr, 1), (None, None));
    assert_eq!(speaker_of(text, Lang::Fr, 2), (None, None));
    let text = "Séverine Bovet arrose ses salades de nuit. «J'ai perdu un tiers de mes laitues», \
                raconte-t-elle.\n\nAu service des eaux, un fontainier qui préfère rester \
                anonyme décrit des journées «à courir après les fuites». «On en a trouvé une \
                sous la route de Lausanne.»";
    assert_eq!(speaker_of(text, Lang::Fr, 2), (None, None));
}

#[test]
fn a_municipality_is_an_organisation_not_a_pronoun_s_antecedent() {
    let text = "La Municipalité d'Echallens a interdit l'arrosage. «C'est du jamais vu», admet \
                le syndic, Pierre-André Cuendet.\n\nLa nappe baisse.\n\nLes maraîchers \
                souffrent.\n\nLes pêcheurs aussi.\n\nLe syndic, lui, mise sur une conduite pour \
                raccorder Echallens au réseau. Coût: 180'000 francs, «un investissement qu'on \
                aurait dû faire il y a dix ans», reconnaît-il.";
    assert_speaker(
        text,
        Lang::Fr,
        1,
        "Pierre-André Cuendet",
        "inverted-pronoun",
    );
}

#[test]
fn a_person_noun_given_to_someone_unnamed_names_nobody() {
    let text = "“The cost curve is brutal,” Ngaire Walsh said.\n\nWestgate has held talks with \
                two converters, according to a person familiar with the matter, who asked not \
                to be identified. “Nobody wants to blink first on price,” the person said.";
    assert_eq!(speaker_of(text, Lang::En, 1), (None, None));
}

#[test]
fn a_quotation_right_after_one_that_names_nobody_names_nobody() {
    let text = "“We will catch it when the weather lets us,” Maria Ochoa said.\n\nA firefighter \
                who was not authorized to speak publicly said crews were stretched thin. “Half \
                my crew has been on the line for 14 days straight,” the firefighter said. \
                “People are exhausted.”";
    assert_eq!(speaker_of(text, Lang::En, 1), (None, None));
    assert_eq!(speaker_of(text, Lang::En, 2), (None, None));
}

#[test]
fn a_name_with_an_age_in_apposition_is_a_person() {
    let text = "“It is too expensive,” Dr. Meenakshi Iyer said.\n\nLakshmi Narayanan, a \
                47-year-old schoolteacher from Coimbatore, sold her jewellery. “For us, it is a \
                lifeline,” she said.";
    assert_speaker(text, Lang::En, 1, "Lakshmi Narayanan", "pronoun-then-verb");
}

#[test]
fn near_misses_of_the_session_s_speaker_rules() {
    // a person named after the organisation in the sentence before a statement is who speaks
    let text = "Jane Smith, chief executive of Acme Corp, resigned on Monday. In a statement, \
                she said she was “proud of what we built”.";
    assert_eq!(
        speaker_of(text, Lang::En, 0).0.as_deref(),
        Some("Jane Smith")
    );
    // an acronym stands for no person's initials
    let text = "Pierre Savary a quitté le conseil. « Nous voterons contre », a déclaré le PS.";
    assert_ne!(
        speaker_of(text, Lang::Fr, 0).0.as_deref(),
        Some("Pierre Savary")
    );
}

#[test]
fn a_second_role_joined_to_the_first_leads_to_the_name_in_apposition() {
    let text = "Daniel Whitford, cofondateur et président de Cellia, a parlé. « On avance », \
                dit-il.\n\n« Les gros joueurs broient tout, résume le cofondateur et directeur \
                technique, Karim Haddad. Nous, on travaille à 80 degrés. »";
    assert_speaker(text, Lang::Fr, 1, "Karim Haddad", "verb-then-name");
    let text = "“We grind nothing,” said the co-founder and chief technology officer, Karim \
                Haddad.";
    assert_eq!(
        speaker_of(text, Lang::En, 0).0.as_deref(),
        Some("Karim Haddad")
    );
}

#[test]
fn a_person_noun_given_an_age_stands_for_the_person_named_last() {
    let text = "Le FSG réduit son budget de moitié\n\n« Il faudra tout reconstruire », a \
                prévenu le président du club, Abdelkrim Benjelloun, devant 214 adhérents. \
                L’homme d’affaires de 62 ans, à la tête du FSG depuis 2017, a reconnu « des \
                erreurs de recrutement ».";
    assert_speaker(text, Lang::Fr, 1, "Abdelkrim Benjelloun", "role-noun");
    // with a relative clause, the aged noun introduces someone new (the same sentence
    // without it gives the person named last)
    let aged = |relative: &str| {
        let text = format!(
            "Arrestation\n\nLe suspect, Jean Dupont, a été interpellé.\n\nL'homme de 25 ans \
             {relative}a déclaré : « Je ne savais rien. »"
        );
        speaker_of(&text, Lang::Fr, 0)
    };
    assert_eq!(aged("qui l'accompagnait "), (None, None));
    assert_eq!(
        aged(""),
        (Some("Jean Dupont".to_string()), Some("role-noun"))
    );
}

#[test]
fn an_unnamed_source_kept_anonymous_stays_unnamed_whatever_the_sentence_names() {
    let text = "Vandermeer addressed the court. “I was wrong,” he said.\n\nA former employee \
                of his firm, Lakeshore Private Wealth, who spoke on condition of anonymity, \
                said staff had raised concerns. “Everyone knew the returns were too smooth,” \
                she said.";
    assert_eq!(speaker_of(text, Lang::En, 1), (None, None));
    // "parent" is a person noun: the unnamed parent opens the sentence
    let text = "Kabir Ahmed, 19, said his father earns little. “I don't know how long I can \
                stay,” he said.\n\nOne parent, who did not want to be named, said the family \
                had borrowed. “We are a middle-class family,” she said.";
    assert_eq!(speaker_of(text, Lang::En, 1), (None, None));
}

#[test]
fn an_indefinite_role_is_the_person_given_that_role_just_after() {
    let text = "Water company fined over sewage spills\n\nA water company has been fined, in \
                what a judge called “a sustained and reckless disregard for the law”.\n\n\
                Wessex Downs Water had admitted 14 offences.\n\nSentencing on Wednesday, Judge \
                Helena Strickland said the company had treated the river “as a free waste \
                pipe”.";
    let all = read(text, Lang::En);
    assert_eq!(
        all.first().map(|q| q.0),
        Some(QuoteKind::Partial),
        "{all:?}"
    );
    assert_speaker(text, Lang::En, 0, "Helena Strickland", "role-noun");
    // a role someone already had is not handed to the next holder
    let text = "Judge Mary Cole adjourned the case. Later, in what a judge called “a farce”, \
                the hearing collapsed. Judge Helena Strickland took over.";
    assert_eq!(speaker_of(text, Lang::En, 0), (None, None));
    // outside "in what a … called", an indefinite role names nobody, whoever holds the role
    // later ("a police spokesman" is not the fire service's)
    let text = "Fire at the depot\n\n\"We are looking into the matter,\" a police spokesman \
                said.\n\nFire service spokesman John Miller said crews arrived within minutes.";
    assert_eq!(speaker_of(text, Lang::En, 0), (None, None));
}

#[test]
fn a_plural_pronoun_before_a_written_statement_stands_for_the_group_just_named() {
    let text = "Le FSG réduit son budget\n\nLes Ultras Oued Noun, principal groupe de \
                supporters, réclament la démission du bureau. « Le club n’appartient pas à ses \
                dirigeants », écrivent-ils dans un communiqué publié sur Facebook.";
    assert_speaker(text, Lang::Fr, 0, "Ultras Oued Noun", "inverted-pronoun");
    // a place opening the sentence is nobody
    let text = "Manif interdite\n\nÀ Paris, la préfecture a interdit le rassemblement. « Nous \
                irons quand même », écrivent-ils dans un communiqué.";
    assert_eq!(speaker_of(text, Lang::Fr, 0), (None, None));
    // without a statement, a plural pronoun names nobody
    let text = "Le FSG réduit son budget\n\nLes Ultras Oued Noun réclament la démission du \
                bureau. « Le club n’appartient pas à ses dirigeants », disent-ils.";
    assert_eq!(speaker_of(text, Lang::Fr, 0), (None, None));
}

#[test]
fn a_range_of_years_after_a_person_noun_and_a_compound_person_noun_give_ages() {
    let kinds = |text: &str| claim_kinds(text, Lang::Fr);
    use ClaimKind::{Age, Duration};
    let found = kinds("Un sirop destiné aux enfants de 3 à 12 ans. Le bail court de 3 à 5 ans.");
    assert_eq!(
        found,
        vec![
            ("de 3 à 12 ans".to_string(), Age),
            ("de 3 à 5 ans".to_string(), Duration)
        ]
    );
    let found = kinds("L’homme d’affaires de 62 ans a parlé.");
    assert_eq!(found, vec![("62 ans".to_string(), Age)]);
}

#[test]
fn a_bare_whole_number_counts_something() {
    use ClaimKind::{Count, Number};
    let kinds = claim_kinds;
    assert_eq!(
        kinds("The measure passed by 402 votes to 187.", Lang::En),
        vec![("402 votes".to_string(), Count), ("187".to_string(), Count)]
    );
    assert_eq!(
        kinds("Aujourd’hui, on est 85.", Lang::Fr),
        vec![("85".to_string(), Count)]
    );
    // a decimal, a negative value or a measure stays a number
    assert_eq!(
        kinds(
            "The index rose to 2.5, then fell to -3 at 95 degrees.",
            Lang::En
        ),
        vec![
            ("2.5".to_string(), Number),
            ("-3".to_string(), Number),
            ("95 degrees".to_string(), Number)
        ]
    );
}

#[test]
fn an_organisation_noun_before_an_auxiliary_and_a_colon_speaks() {
    let text = "Le Capes\n\nLe ministère de l’Éducation nationale a publié les résultats \
                lundi.\n\nLe ministère a déclaré : « Nous prenons acte. »";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "ministère de l’Éducation nationale",
        "organisation-noun",
    );
}

#[test]
fn the_comma_of_a_date_does_not_close_a_relative_clause() {
    let text = "Miners strike\n\nThe union said members had voted.\n\nCarrow Resources, which \
                reported a net profit of $1.1 billion in the year to June 30, 2025, said its \
                offer was \"fair, competitive and in line with the market\" and more.";
    assert_speaker(text, Lang::En, 0, "Carrow Resources", "sentence-subject");
}

#[test]
fn a_bound_on_a_number_after_a_person_noun_is_an_age() {
    let doc = Document::new(
        "case",
        "Of the 31 patients, 24 are children younger than 12. Most accounts belong to members \
         over 70."
            .into(),
        Some(Lang::En),
    );
    let x = pipeline::extract_document(&doc, &[]);
    let ages: Vec<_> = x
        .claims
        .iter()
        .filter(|c| c.expr.kind == ClaimKind::Age)
        .map(|c| c.expr.value)
        .collect();
    assert_eq!(ages, vec![Some(12.0), Some(70.0)]);
}

#[test]
fn an_added_quotation_goes_on_with_the_speaker_just_quoted() {
    // the pronoun of "added" is the previous quotation's speaker, not the woman named last
    let text = "Ms. Chen said she blamed Labour Minister Nadine Ostrowski, who she said had \
                “let this drift for months.” “Somebody has to blink,” she added.";
    assert_eq!(speaker_of(text, Lang::En, 0).0.as_deref(), Some("Chen"));
    assert_speaker(text, Lang::En, 1, "Chen", "pronoun-then-verb");
    let text = "Claire Morel accuse la ministre Sophie Dumas d’avoir « tout bloqué ». « Rien \
                ne bouge », ajoute-t-elle.";
    assert_speaker(text, Lang::Fr, 1, "Claire Morel", "inverted-pronoun");
    // a verb that does not carry on is resolved as before: the woman named last
    let text = "Ms. Chen said she blamed Labour Minister Nadine Ostrowski, who she said had \
                “let this drift for months.” “Somebody has to blink,” she replied.";
    assert_speaker(text, Lang::En, 1, "Nadine Ostrowski", "pronoun-then-verb");
    // nor does "added" reach past a sentence with no quotation
    let text = "“We are ready,” said Paul Girard. Anne Roy disagreed. Later, Girard left. \
                “Not yet,” she added.";
    assert_speaker(text, Lang::En, 1, "Anne Roy", "pronoun-then-verb");
}

#[test]
fn a_quotation_opening_a_paragraph_is_of_the_person_introduced_after_it() {
    let text = "Le recteur a chiffré les pertes. « Nous perdrons 300 inscriptions », a-t-il \
                dit.\n\n« On m’a vendu le Québec comme une terre d’accueil. » Aïssatou Ndiaye, \
                26 ans, est arrivée de Dakar en 2022.";
    assert_speaker(text, Lang::Fr, 1, "Aïssatou Ndiaye", "introduced-after");
    // alone in its paragraph, after a narration: the first sentence of the next one
    let text = "About 180,000 riders a day depend on the routes.\n\n“I left home at 4:45 this \
                morning.”\n\nThat was Maya Chen, 34, a nurse, who walked to work.";
    assert_speaker(text, Lang::En, 0, "Maya Chen", "introduced-after");
    // alone in its paragraph after someone's words, it goes on with them
    let text = "“We looked for two years,” said Mr Tan.\n\n“At some point, you just have to \
                stop waiting.”\n\nRetiree Rosnah Ismail, 67, said she had been lucky.";
    assert_speaker(text, Lang::En, 1, "Tan", "continuation");
    // a person named before is not being introduced
    let text = "Aïssatou Ndiaye étudie à Rimouski.\n\n« On m’a vendu le Québec. » Aïssatou \
                Ndiaye, 26 ans, est arrivée de Dakar.";
    assert_ne!(
        speaker_of(text, Lang::Fr, 0).1,
        Some("introduced-after"),
        "{:?}",
        read(text, Lang::Fr)
    );
}

#[test]
fn a_quotation_opening_on_a_is_what_someone_called_for_not_a_name() {
    let text = "Dans un message publié dimanche, la ministre des Transports, Rima Nasrallah, a \
                appelé « à la responsabilité ».";
    let all = read(text, Lang::Fr);
    assert_eq!(all[0].0, QuoteKind::Partial, "{all:?}");
    assert_eq!(all[0].1.as_deref(), Some("Rima Nasrallah"), "{all:?}");
    // a name after « appelé » is still a term
    let text = "Les anciens ont appelé cette vigne « le Rocher ».";
    assert_eq!(read(text, Lang::Fr)[0].0, QuoteKind::Term);
}

#[test]
fn an_age_noun_stands_for_the_person_given_an_age_of_its_decade_paragraphs_before() {
    let text = "Ziad Haddad, 47 ans, préside le syndicat.\n\nLa ministre Rima Nasrallah a \
                répondu.\n\nHoda Khalil, une enseignante de 52 ans, attend.\n\nLa compagnie \
                Cedar Wings chiffre ses pertes.\n\nLe syndicat réclame une hausse. « Avec ça, \
                je paie l’essence », glisse le quadragénaire.";
    assert_speaker(text, Lang::Fr, 0, "Ziad Haddad", "role-noun");
    // the age after a role's complement is the role holder's, not the complement's
    let text = "Yannick Le Goff a fait ses comptes. Le patron du Kreiz-Mor, 47 ans, a débarqué \
                38 tonnes. « Mon père a pêché ici », soupire le quadragénaire.";
    assert_speaker(text, Lang::Fr, 0, "Yannick Le Goff", "role-noun");
}

#[test]
fn a_romanised_given_name_after_the_surname_is_not_the_surname() {
    let text = "Ada Leung Mei-ling, 52, runs a kindergarten. “We were given no time,” Leung said.";
    assert_speaker(text, Lang::En, 0, "Ada Leung Mei-ling", "name-then-verb");
    let text = "President Moon Jae-in spoke first. “We will talk,” Moon said.";
    assert_speaker(text, Lang::En, 0, "Moon Jae-in", "name-then-verb");
    // a French compound given name is no such thing: the surname ends the name
    let text = "Marie-Thérèse Quéré a tout vu. « Le clocher est tombé », raconte Quéré.";
    assert_speaker(text, Lang::Fr, 0, "Marie-Thérèse Quéré", "verb-then-name");
}

#[test]
fn a_first_name_opening_an_organisations_name_makes_no_person() {
    let text = "Daniel Okafor, who teaches at Simon Fraser University, noted the strike lasted \
                four months. He was blunt: “Each side thinks the public will blame the other.”";
    let (name, _) = speaker_of(text, Lang::En, 0);
    assert_eq!(name.as_deref(), Some("Daniel Okafor"));
}

#[test]
fn a_company_is_named_without_its_legal_form() {
    let text = "Westgate Lithium Ltd cut its forecast. “The market has changed,” Westgate \
                Lithium said in a statement.";
    assert_speaker(text, Lang::En, 0, "Westgate Lithium", "name-then-verb");
}

#[test]
fn a_title_case_headline_does_not_make_a_short_name_ambiguous() {
    // "Kestrel Pay Jumps" (the headline) and "Kestrel Pay" (the body) share "Kestrel": the
    // body's name is what "Kestrel" stands for
    let text = "Kestrel Pay Jumps 40% in Debut\n\nKestrel Pay raised $1.1 billion. Kestrel \
                warned that it “may never achieve profitability.”";
    assert_speaker(text, Lang::En, 0, "Kestrel Pay", "sentence-subject");
}

#[test]
fn a_partial_quotation_followed_by_an_unnamed_reporting_clause_names_nobody() {
    let text = "Stellar Capital is in talks. Stellar has emerged as “the clear front-runner” \
                after a rival bidder dropped out, one of the people said.";
    assert_eq!(speaker_of(text, Lang::En, 0), (None, None));
    let text = "Le groupe Norvalis serait « en position de force », a indiqué une source proche \
                du dossier.";
    assert_eq!(speaker_of(text, Lang::Fr, 0), (None, None));
    // a named speaker at the end is still read
    let text = "Stellar has emerged as “the clear front-runner”, Anna Berg said.";
    assert_eq!(
        speaker_of(text, Lang::En, 0).0.as_deref(),
        Some("Anna Berg")
    );
}

#[test]
fn a_bare_number_per_day_counts_and_of_whom_carries_the_noun() {
    let doc = Document::new(
        "case",
        "A total of 15.6 lakh students appeared, of whom about 13.5 lakh passed. The island \
         gets 1,500 a day."
            .to_string(),
        Some(Lang::En),
    );
    let x = pipeline::extract_document(&doc, &[]);
    let kinds: Vec<(String, String, Option<String>)> = x
        .claims
        .iter()
        .map(|c| {
            (
                doc.text[c.expr.span.clone()].to_string(),
                format!("{:?}", c.expr.kind),
                c.expr.unit.clone(),
            )
        })
        .collect();
    assert!(
        kinds.contains(&(
            "about 13.5 lakh".into(),
            "Count".into(),
            Some("students".into())
        )),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("1,500 a day".into(), "Count".into(), None)),
        "{kinds:?}"
    );
}

#[test]
fn two_ages_after_two_names_are_both_ages() {
    let doc = Document::new(
        "case",
        "Co-accused Stuart Pennock, 39, and brothers Liam and Connor Rafferty, 34 and 31, \
         received sentences."
            .to_string(),
        Some(Lang::En),
    );
    let x = pipeline::extract_document(&doc, &[]);
    let ages: Vec<&str> = x
        .claims
        .iter()
        .filter(|c| c.expr.kind == ClaimKind::Age)
        .map(|c| &doc.text[c.expr.span.clone()])
        .collect();
    assert_eq!(ages, ["39", "34", "31"]);
}

#[test]
fn an_opening_participle_phrase_names_nobody() {
    let text = "Launching the fund in Dublin on Monday, the Minister for Housing, Darragh Mac \
                Lochlainn, said it marked “a fundamental shift” in policy.";
    assert_speaker(
        text,
        Lang::En,
        0,
        "Darragh Mac Lochlainn",
        "sentence-subject",
    );
    // a surname in -ing is still a name
    let text = "Manning said the plan was “overdue”.";
    assert_eq!(speaker_of(text, Lang::En, 0).0.as_deref(), Some("Manning"));
}

#[test]
fn institutions_after_a_definite_determiner_speak() {
    let text = "The Athletics Integrity Unit (AIU) banned the runner on Tuesday.\n\n\
                “The athlete's explanation was not supported by the evidence,” the Athletics Integrity Unit said in a statement.\n\n\
                “We will not comment further,” the AIU said.\n";
    assert_speaker(
        text,
        Lang::En,
        0,
        "Athletics Integrity Unit",
        "name-then-verb",
    );
    assert_speaker(
        text,
        Lang::En,
        1,
        "Athletics Integrity Unit",
        "name-then-verb",
    );
    let text = "Le festival boucle son édition avec un déficit, révèlent les comptes.\n\n\
                « Nous regrettons cette décision et nous ferons appel », l’Office fédéral de la santé publique a indiqué.\n";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Office fédéral de la santé publique",
        "name-then-verb",
    );
    // a name premodifying a role names no one: the role is the speaker's
    let text = "Orla Ní Bhriain said the fund would not help.\n\n\
                “They have heard that before,” the Dublin Bay North TD told The Irish Times.\n";
    assert_ne!(
        speaker_of(text, Lang::En, 0).0.as_deref(),
        Some("Dublin Bay North")
    );
}

#[test]
fn the_department_is_the_institution_that_spoke_not_the_outlet_told() {
    let text = "“It is longer, not just hotter,” forecaster Helen Marsh told ABC Radio Adelaide.\n\n\
                SA Health said 214 people had presented to emergency departments since Friday. \
                Of those, 38 were admitted.\n\n\
                “Our emergency departments are working flat out,” the department said in a statement.\n";
    assert_speaker(text, Lang::En, 1, "SA Health", "organisation-noun");
}

#[test]
fn a_figure_s_comma_closes_no_relative_clause() {
    let text = "Rheinmark Bank was fined 45 million euros by BaFin on Tuesday.\n\n\
                The bank, which has about 1.4 million customers and 2,300 employees, said in a \
                statement that it \"accepts the findings in full\".\n";
    assert_speaker(text, Lang::En, 0, "Rheinmark Bank", "organisation-noun");
}

#[test]
fn an_anonymous_member_who_goes_on_stays_unnamed() {
    let text = "Pour Olivier Meyer, conseiller administratif, «il n’est pas question d’éponger les pertes».\n\n\
                Un membre du comité, qui préfère garder l’anonymat, parle d’une édition «gérée à l’aveugle». \
                «Personne ne regardait les chiffres avant juillet», ajoute-t-il.\n";
    assert_eq!(speaker_of(text, Lang::Fr, 2).0, None);
    let text = "Mayor Tom Reilly said the council had acted.\n\n\
                One member of the committee, who asked not to be named, described the budget as “a fiction”. \
                “Nobody read the figures before July,” he added.\n";
    assert_eq!(speaker_of(text, Lang::En, 1).0, None);
}

#[test]
fn a_question_closing_the_quotation_keeps_its_attribution() {
    let text = "Chief executive Katrin Vogel said the bank had changed.\n\n\
                Sabine Krüger, a Green member of the finance committee, disagreed.\n\n\
                \"The fine is less than 8% of one year's profit. Who exactly is being deterred?\" Krüger wrote on X.\n";
    assert_speaker(text, Lang::En, 0, "Sabine Krüger", "name-then-verb");
    // a new paragraph is no attribution
    let text = "Chief executive Katrin Vogel said the bank had changed.\n\n\
                \"Who exactly is being deterred?\"\n\nKrüger wrote on X that the fine was small.\n";
    let (name, rule) = speaker_of(text, Lang::En, 0);
    assert_ne!(rule, Some("name-then-verb"), "{text}");
    assert_ne!(name.as_deref(), Some("Krüger"), "{text}");
}

#[test]
fn an_english_she_is_never_the_institution_opening_the_sentence() {
    let text = "Rheinmark Bank was fined on Tuesday. Chief executive Katrin Vogel said it had changed.\n\n\
                Vogel rejected that. The bank was \"not hiding anything\", she said, but the audit named customers.\n";
    assert_speaker(text, Lang::En, 0, "Katrin Vogel", "pronoun-then-verb");
}

#[test]
fn a_speaker_who_goes_on_is_the_subject_who_reported_not_the_name_reported() {
    let text = "Moira Campbell, 58, a nurse, will now pay more. “Some months I pay more for the train than for my mortgage,” the 58-year-old said.\n\n\
                Ms Campbell said a colleague, Aileen Shaw, had already given up the train. \
                “It takes her 40 minutes longer each way,” she added.\n";
    assert_speaker(text, Lang::En, 1, "Moira Campbell", "pronoun-then-verb");
    let text = "Le maire a reçu les parents.\n\n\
                Samia Belkacem raconte qu’une voisine, Julie Marchal, a déjà retiré son fils de la cantine. \
                « Elle n’avait plus le choix », ajoute-t-elle.\n";
    assert_speaker(text, Lang::Fr, 0, "Samia Belkacem", "inverted-pronoun");
}

#[test]
fn a_quotation_opening_its_paragraph_is_the_role_holder_s_introduced_after_it() {
    let text = "« C’est une double peine pour les familles », s’indigne Samia Belkacem, 38 ans.\n\n\
                « Nous n’avons pas augmenté nos tarifs depuis 2014. » L’adjoint chargé de l’éducation, \
                Karim Haddad, défend une mesure « douloureuse mais inévitable ».\n";
    assert_speaker(text, Lang::Fr, 1, "Karim Haddad", "introduced-after");
    // not in the next paragraph: the holder of a role opening it may be answering
    let text = "One grandmother was applauded when she stood up.\n\n\
                “I went here. My son went here.”\n\n\
                The ministry's leader for the region, Helen Baird, said no decision had been made.\n";
    assert_ne!(
        speaker_of(text, Lang::En, 0).0.as_deref(),
        Some("Helen Baird")
    );
}

#[test]
fn a_french_pronoun_stands_for_the_organisation_opening_the_sentence_before() {
    for subject in ["L’asbl Gaume Rail Avenir", "Gaume Rail Avenir"] {
        let text = format!(
            "Laura Petit, 27 ans, fait le trajet chaque matin.\n\n\
             {subject}, qui revendique 1.450 membres, a lancé une pétition. \
             Elle demande que le chantier soit mené « de nuit et par tronçons ».\n"
        );
        assert_speaker(
            &text,
            Lang::Fr,
            0,
            "Gaume Rail Avenir",
            "sentence-subject-pronoun",
        );
    }
    // a coordination is no « il »
    let text = "Le Dr Olivier Leclercq dirige le réseau.\n\n\
                Saint-Materne et la clinique du Bocq ont cumulé un déficit. \
                « Seuls, nous n'aurions pas tenu trois ans de plus », tranche-t-il.\n";
    assert_speaker(text, Lang::Fr, 0, "Olivier Leclercq", "inverted-pronoun");
}

#[test]
fn a_person_noun_before_a_name_is_no_part_of_it() {
    let text = "The market cooled.\n\n\
                Retiree Rosnah Ismail, 67, sold her flat in Bedok in September.\n\n\
                \"Now the agents keep calling,\" Madam Rosnah added.\n";
    assert_speaker(text, Lang::En, 0, "Rosnah Ismail", "name-then-verb");
}

#[test]
fn a_full_stop_after_the_verb_ends_the_search_for_a_name() {
    let text = "Niamh Corcoran SC, defending, said her client had developed a gambling addiction.\n\n\
                “She has not placed a bet in 14 months,” counsel said. Judge Martina Brennan said the offending was grave.\n";
    assert_ne!(
        speaker_of(text, Lang::En, 0).1,
        Some("verb-then-name"),
        "{text}"
    );
    // the judge named after the full stop is not the speaker: in one paragraph, the sentence
    // before names her (the rule above was the only path to the judge there)
    let text = "Niamh Corcoran SC, defending, said her client had developed a gambling addiction. \
                “She has not placed a bet in 14 months,” counsel said. Judge Martina Brennan said the offending was grave.\n";
    assert_ne!(
        speaker_of(text, Lang::En, 0).0.as_deref(),
        Some("Martina Brennan"),
        "{text}"
    );
    // a comma does not end it
    let text = "Le maire a parlé lundi avec les parents.\n\n\
                « Nous ne fermerons pas l’école », tranche, Marie Dupont.\n";
    assert_speaker(text, Lang::Fr, 0, "Marie Dupont", "verb-then-name");
}

#[test]
fn hyphenated_roles_name_their_holder() {
    let text = "Aux urgences, on attend six heures, constate Julien Rochat, médecin-chef du service depuis 2019.\n\n\
                Le Syndicat des services publics parle d’une « crise annoncée ».\n\n\
                « Si rien ne bouge, nous fermerons des lits l’hiver prochain », avertit le médecin-chef.\n";
    assert_speaker(text, Lang::Fr, 1, "Julien Rochat", "role-noun");
}

#[test]
fn the_person_introduced_after_an_opening_phrase_speaks_the_quotation_before() {
    let text = "Le parquet a requis sept ans contre Fabrice Lancelin.\n\n\
                « Un système pensé pour tromper les plus fragiles. » Devant le tribunal correctionnel de Bordeaux, \
                la procureure Hélène Marsac n’a pas eu de mots assez durs.\n";
    assert_speaker(text, Lang::Fr, 0, "Hélène Marsac", "introduced-after");
}

#[test]
fn a_name_with_a_known_first_name_is_the_canonical_one() {
    let text = "Marathoner Cheruiyot banned for four years: “I never cheated”\n\n\
                Former champion Brian Cheruiyot has been banned for four years.\n\n\
                “I never cheated,” Cheruiyot said.\n";
    assert_speaker(text, Lang::En, 1, "Brian Cheruiyot", "name-then-verb");
}

#[test]
fn a_role_followed_by_its_verb_is_no_apposition_of_the_name_before() {
    let text = "Jean Dupont, 45 ans, éleveur à Saint-Flour, livre son lait à la fromagerie.\n\n\
                Interrogé par La Montagne, l’éleveur a assuré que la coopérative « ne s’en remettra pas ».\n";
    assert_speaker(text, Lang::Fr, 0, "Jean Dupont", "sentence-subject-noun");
}

#[test]
fn a_possessive_opening_the_clause_before_the_colon_is_its_speaker_s() {
    let text = "Mary Jones, 67, has lived next to the quarry for forty years. Paul Reed studied the plan.\n\n\
                Her message to the council was clear: \"Listen to us.\"\n";
    assert_speaker(text, Lang::En, 0, "Mary Jones", "pronoun-colon");
}

#[test]
fn an_indefinite_spokesman_speaks_for_the_organisation_named_else_for_nobody() {
    let text = "SkyBridge Airways cancelled 300 flights. Its chief operating officer, Dev Mistry, \
                told Sky News the strike was \"regrettable\".\n\n";
    let said = |tail: &str| speaker_of(&format!("{text}{tail}\n"), Lang::En, 1);
    assert_eq!(
        said("\"We will not be held to ransom,\" a spokesman said.").0,
        None
    );
    assert_spoken_for(
        &format!("{text}\"We will not be held to ransom,\" a SkyBridge spokesman said.\n"),
        Lang::En,
        1,
        "SkyBridge Airways",
        "organisation-noun",
    );
    // the next paragraph's indefinite subject is no attribution of this quotation
    let text = "\"I love the team,\" Dhillon said. \"I just don't think taxpayers should pay.\"\n\n\
                One resident who spoke at the meeting put it more bluntly: \"Close the rink.\"\n";
    assert_eq!(speaker_of(text, Lang::En, 1).0.as_deref(), Some("Dhillon"));
}

#[test]
fn the_person_named_after_a_colon_that_follows_the_quotation_speaks() {
    let text = "Le procès de Marc Vidal s'est ouvert lundi.\n\n\
                « J'ai tout perdu » : c'est ainsi qu'Yvette Roux, 82 ans, résume sa situation.\n";
    assert_speaker(text, Lang::Fr, 0, "Yvette Roux", "name-then-verb");
    let text = "The council approved the plan.\n\n\
                \"We lost everything\": that is how Mary Jones, 67, put it on Monday.\n";
    assert_speaker(text, Lang::En, 0, "Mary Jones", "name-then-verb");
}

#[test]
fn a_name_after_a_preposition_following_the_verb_is_no_subject() {
    let text = "Le député Paul Lefort a écrit au recteur.\n\n\
                « Le ministère doit revoir sa copie », a réagi sur X le député Paul Lefort.\n";
    let (name, _) = speaker_of(text, Lang::Fr, 0);
    assert_eq!(name.as_deref(), Some("Paul Lefort"));
}

#[test]
fn an_institution_noun_opening_the_clause_before_a_colon_speaks() {
    let text = "La mairie de Nantes a été saisie par les parents. Sophie Durand dirige l’école.\n\n\
                « On nous retire une classe », explique Sophie Durand.\n\n\
                La mairie, elle, se montre plus prudente : « Rien n’est encore décidé. »\n";
    assert_speaker(text, Lang::Fr, 1, "mairie de Nantes", "organisation-noun");
}

#[test]
fn an_inverted_pronoun_goes_on_with_the_last_speaker_when_nobody_else_was_named() {
    let text = "Le demi de mêlée Baptiste Serin est sorti dès la 20e minute. L’entraîneur, Xavier Sadourny, a salué « un match d'hommes ».\n\n\
                « Ce n'est pas grave », a rassuré l’entraîneur après la rencontre.\n\n\
                « Il faudra réagir dès la semaine prochaine », prévient-il.\n";
    assert_speaker(text, Lang::Fr, 2, "Xavier Sadourny", "inverted-pronoun");
    // someone the pronoun fits named since: the most recent person, as before
    let text = "« Ce n'est pas grave », a rassuré l’entraîneur, Xavier Sadourny.\n\n\
                Le demi de mêlée Baptiste Serin est sorti sur blessure. « J'ai senti quelque chose », explique-t-il.\n";
    assert_speaker(text, Lang::Fr, 1, "Baptiste Serin", "inverted-pronoun");
}

#[test]
fn an_english_pronoun_goes_on_with_the_last_speaker_when_nobody_else_was_named() {
    let text = "Striker Tom Hale limped off after 20 minutes. Manager Steve Collins praised his side.\n\n\
                \"It is not serious,\" the manager said after the game.\n\n\
                \"We go again next week,\" he warned.\n";
    assert_speaker(text, Lang::En, 1, "Steve Collins", "pronoun-then-verb");
}

#[test]
fn a_known_first_name_alone_names_the_one_person_it_opens() {
    let text = "At 7am, Giuseppe Russo is already at his bench.\n\n\
                \"It's part of the street's history,\" says Ben Oakes, a councillor.\n\n\
                For now, Giuseppe keeps working. \"While my hands work, I work.\"\n";
    assert_speaker(
        text,
        Lang::En,
        1,
        "Giuseppe Russo",
        "previous-sentence-subject",
    );
}

#[test]
fn a_role_s_complement_with_au_runs_to_the_name_in_apposition() {
    let text = "La mère de famille, Aïcha Benali, 41 ans, a été relogée par la Ville.\n\n\
                « Nous les accompagnerons le temps qu'il faudra », assure l'adjointe au logement, Claire Morvan.\n";
    assert_speaker(text, Lang::Fr, 0, "Claire Morvan", "verb-then-name");
}

#[test]
fn pour_before_a_possessive_names_whom_the_words_are_for() {
    let text = "Le groupe va fermer son usine de Jarrie.\n\n\
                La maire de Jarrie, Sylvie Argoud, parle d'« un séisme » pour sa commune.\n";
    assert_speaker(text, Lang::Fr, 0, "Sylvie Argoud", "sentence-subject");
    // « pour » then a name is still a source
    let text = "Le groupe va fermer son usine de Jarrie.\n\n\
                Pour Sylvie Argoud, la maire, c'est « un séisme ».\n";
    assert_speaker(text, Lang::Fr, 0, "Sylvie Argoud", "according-to");
}

#[test]
fn a_capitalised_compound_adjective_starts_no_name() {
    for adjective in ["Toronto-based", "London-listed"] {
        let text = format!(
            "The smelter is owned by Boreal Nickel Corp. It employs 400 people.\n\n\
             “We recognize the impact,” the {adjective} company said.\n"
        );
        let (name, _) = speaker_of(&text, Lang::En, 0);
        assert_eq!(name.as_deref(), Some("Boreal Nickel Corp."), "{text}");
    }
}

#[test]
fn it_goes_on_with_the_institution_quoted_two_sentences_back() {
    // "Co Cork" is a county, not a company; "Early" opens the name inside the sentence
    let text = "Parents in Co Cork face fee rises.\n\n\
                In a statement, Early Years Providers Ireland said the sector was at “breaking point”. \
                Parents in Belfast pay about £190 a week, the group said.\n\n\
                “Fee increases are a symptom, not the disease,” it added.\n";
    assert_eq!(
        speaker_of(text, Lang::En, 0).0.as_deref(),
        Some("Early Years Providers Ireland")
    );
    assert_speaker(
        text,
        Lang::En,
        1,
        "Early Years Providers Ireland",
        "pronoun-then-verb",
    );
}

#[test]
fn a_place_named_after_a_preposition_is_no_institution_speaking() {
    let text = "Le groupe Helvéa Packaging a annoncé la fermeture de la cartonnerie de Jarrie. \
                Les 212 salariés du site de Jarrie seront licenciés.\n\n\
                Dans un communiqué, la direction invoque « une dégradation durable du marché ».\n";
    assert_speaker(text, Lang::Fr, 0, "Helvéa Packaging", "organisation-noun");
}

#[test]
fn a_pronoun_opening_a_statement_stands_for_an_organisation_named_by_its_noun() {
    let text = "Propriétaire des bêtes, l’Association des alpages du Haut-Anniviers a déposé une demande. \
                Les éleveurs touchent 350 francs, un montant jugé « dérisoire » par l’association. \
                Dans un communiqué, elle réclame « un tir de régulation immédiat ».\n";
    assert_speaker(
        text,
        Lang::Fr,
        1,
        "Association des alpages du Haut-Anniviers",
        "sentence-subject-pronoun",
    );
}

#[test]
fn a_name_inside_an_indefinite_subject_does_not_speak() {
    for text in [
        "Une intervenante d’un refuge du quartier Saint-Roch dit recevoir « entre 150 et 200 appels par jour ».\n",
        "Une habitante du quartier Saint-Roch, qui a demandé à ne pas être nommée, dit recevoir « 200 appels par jour ».\n",
    ] {
        assert_eq!(speaker_of(text, Lang::Fr, 0).0, None, "{text}");
    }
    // an unnamed spokesman names nobody, and speaks on behalf of the organisation
    assert_spoken_for(
        "Un porte-parole du groupe Renault a déclaré : « Nous étudions le dossier ».\n",
        Lang::Fr,
        0,
        "Renault",
        "speaker-colon",
    );
}

#[test]
fn an_inverted_pronoun_after_an_unnamed_intervenante_names_nobody() {
    let text = "« Personne ne dormira dehors », a assuré la conseillère, Josée Bergeron.\n\n\
                Une intervenante d’un refuge du quartier Saint-Roch, qui a demandé à ne pas être nommée, \
                dit recevoir « 200 appels par jour ». « On n’a plus de lits », résume-t-elle.\n";
    assert_eq!(speaker_of(text, Lang::Fr, 2).0, None);
}

#[test]
fn a_role_in_apposition_to_a_determined_name_makes_no_person() {
    let text = "La Côte d'Ivoire, premier producteur mondial de cajou, table sur une récolte record.\n\n\
                Du haut de ses 71 ans, Yéo Tiémoko cultive l'anacarde depuis 1988. \
                «Le cajou a construit nos maisons», prévient le septuagénaire.\n";
    assert_speaker(text, Lang::Fr, 0, "Yéo Tiémoko", "role-noun");
}

#[test]
fn office_acronyms_are_roles() {
    assert_speaker(
        "The city’s MMC for infrastructure, Bongani Radebe, said the pipe would be repaired “by the end of the week”.\n",
        Lang::En,
        0,
        "Bongani Radebe",
        "sentence-subject",
    );
    let text = "Independent TD Declan Furlong described the increase as “a tax on working parents”.\n\n\
                “It is wrong,” the TD said.\n";
    assert_speaker(text, Lang::En, 1, "Declan Furlong", "role-noun");
}

#[test]
fn a_french_participle_opening_the_sentence_is_no_name_and_the_pronoun_looks_back() {
    let text = "Le président du club, Loïc Féry, a annoncé qu'il rencontrerait le staff lundi. \
                Interrogé sur l'avenir de son entraîneur, il a assuré que Régis Le Bris avait « toute sa confiance ».\n";
    assert_speaker(text, Lang::Fr, 0, "Loïc Féry", "sentence-subject-pronoun");
    // a first name is no participle
    let text = "René Lefèvre de la Tour, maire de Vic, a jugé le plan « insuffisant ».\n";
    assert_eq!(
        speaker_of(text, Lang::Fr, 0).0.as_deref(),
        Some("René Lefèvre de la Tour")
    );
}

#[test]
fn the_management_of_the_group_speaks_for_the_group_named_before() {
    let text = "Les 420 salariés du fabricant Valmet sont en grève depuis lundi.\n\n\
                Contactée, la direction du groupe se dit « ouverte au dialogue ».\n";
    assert_eq!(speaker_of(text, Lang::Fr, 0).0.as_deref(), Some("Valmet"));
}

#[test]
fn an_indefinite_spokesman_named_by_an_organisation_noun_speaks_for_it() {
    let text = "North Yorkshire Council voted on Tuesday to close the library.\n\n\
                “Every penny raised will go back into services,” a council spokesman said.\n";
    assert_spoken_for(
        text,
        Lang::En,
        0,
        "North Yorkshire Council",
        "organisation-noun",
    );
    // no organisation named: nobody
    let text = "The library will close.\n\n“Every penny counts,” a spokesman said.\n";
    assert_eq!(speaker_of(text, Lang::En, 0).0, None);
}

#[test]
fn a_pronoun_after_an_opening_participle_introduces_the_quote() {
    let text = "Dana Whitfield, 47, has promised profits by 2026. \
                Asked on a call whether that target still held, she said: \"Yes. Nothing changes that.\"\n";
    assert_speaker(text, Lang::En, 0, "Dana Whitfield", "pronoun-colon");
    // "Cllr" is a title, not part of the name
    let text = "“We have had to make impossible choices,” said Cllr Anne Whitaker.\n";
    assert_speaker(text, Lang::En, 0, "Anne Whitaker", "verb-then-name");
}

#[test]
fn a_headline_gives_its_fragment_to_the_name_before_the_mark() {
    let text = "Football : le FC Lorient renversé par Brest, Régis Le Bris « déçu »\n\n\
                Le FC Lorient s'est incliné samedi soir face au Stade Brestois.\n";
    assert_speaker(text, Lang::Fr, 0, "Régis Le Bris", "sentence-subject");
}

#[test]
fn a_pronoun_after_an_opening_prepositional_phrase_introduces_the_quote() {
    let text = "Me François Delorme a plaidé la relaxe. « Mon client est innocent », a-t-il soutenu.\n\n\
                Sur le banc des parties civiles, la mère d'une des victimes, Yasmina Haddad, a écouté les débats. \
                À la sortie de l'audience, elle a confié : « Je veux seulement qu'il reconnaisse ses torts. »\n";
    assert_speaker(text, Lang::Fr, 1, "Yasmina Haddad", "pronoun-colon");
}

#[test]
fn a_party_between_a_role_and_its_holder_after_pour_is_skipped() {
    let text = "Pour le député LR Olivier Marleix, le gouvernement « paie son arrogance ».\n";
    assert_speaker(text, Lang::Fr, 0, "Olivier Marleix", "according-to");
}

#[test]
fn two_first_names_before_one_surname_are_two_people() {
    let text = "“The water came up so fast,” said Kylie Barton, a mother of three. \
                Her husband, Dean Barton, spent the night moving furniture. “We've lost everything,” he said.\n";
    assert_speaker(text, Lang::En, 0, "Kylie Barton", "verb-then-name");
    assert_speaker(text, Lang::En, 1, "Dean Barton", "pronoun-then-verb");
    // a particle opening the surname is no first name: « Da Silva » is Lucas da Silva
    let text = "Lucas da Silva a déclaré : « Nous voulons la Coupe d'Europe. »\n\n\
                Da Silva a promis « un projet de long terme ».\n";
    assert_speaker(text, Lang::Fr, 1, "Lucas da Silva", "speaker-colon");
}

#[test]
fn a_first_name_that_is_also_a_role_names_someone_inside_a_sentence() {
    let text = "“The water came up so fast,” said Kylie Barton, a mother of three. \
                Her husband, Dean, spent the night moving furniture. “We've lost everything,” he said.\n";
    assert_speaker(text, Lang::En, 1, "Dean", "pronoun-then-verb");
}

#[test]
fn lowercase_words_the_lexicon_lacks_may_describe_the_name_before_its_verb() {
    let text = "According to the Bureau of Meteorology, more rain is expected.\n\n\
                “We're not out of the woods yet,” senior meteorologist Angus Hines said.\n";
    assert_speaker(text, Lang::En, 0, "Angus Hines", "name-then-verb");
    // a person after a preposition is the role's complement, not its holder
    let text = "“He is innocent,” the lawyer for John Smith said.\n";
    assert_eq!(speaker_of(text, Lang::En, 0).0, None);
}

#[test]
fn the_latter_and_possessive_opinion_phrases_point_back_to_a_person() {
    let text = "Jean-Marc Lafont a tout perdu. Sa voisine, Claire Dumas, a été plus chanceuse. \
                Cette dernière estime avoir perdu « à peine 20 % » de ses raisins.\n";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Claire Dumas",
        "sentence-subject-pronoun",
    );
    let text = "Le président de la chambre, Pascal Girin, le reconnaît. \
                À ses yeux, la filière a besoin « d'un fonds d'urgence ».\n";
    assert_speaker(text, Lang::Fr, 0, "Pascal Girin", "according-to-pronoun");
    let text = "Jane Doe, the mayor, spoke on Monday. In her view, the plan is “premature”.\n";
    assert_speaker(text, Lang::En, 0, "Jane Doe", "according-to-pronoun");
}

#[test]
fn an_impersonal_subject_speaks_for_the_institution_of_the_opening_phrase() {
    let text = "Sa voisine, Claire Dumas, a été plus chanceuse. « On a eu de la chance », dit-elle.\n\n\
                Chez Inter Beaujolais, l'interprofession, on se veut prudent : « Il est trop tôt pour chiffrer les pertes. »\n";
    assert_speaker(text, Lang::Fr, 1, "Inter Beaujolais", "impersonal-place");
    // no institution named: nobody, not the last speaker
    let text = "Sa voisine, Claire Dumas, a été plus chanceuse. « On a eu de la chance », dit-elle.\n\n\
                Ailleurs, on se veut prudent : « Il est trop tôt. »\n";
    assert_eq!(speaker_of(text, Lang::Fr, 1).0, None);
}

#[test]
fn a_name_premodifying_a_place_after_a_preposition_does_not_speak() {
    let text = "Title here\n\n\
                Families of residents at a Leeds care home say they were “treated like an afterthought” by its owner.\n\n\
                Leeds City Council said it had found new places.\n";
    assert_eq!(speaker_of(text, Lang::En, 0).0, None);
    // analysts at a firm speak for it
    let text = "Analysts at Carrow Securities said the results were “messier than expected”.\n";
    assert_speaker(text, Lang::En, 0, "Carrow Securities", "sentence-subject");
}

#[test]
fn a_cleft_after_the_quotation_names_its_speaker() {
    let text = "Les infirmières quittent le réseau.\n\n\
                « On forme des infirmières qui partent au privé. » C'est le constat que dresse Julie Bouchard, présidente de la FIQ.\n";
    assert_speaker(text, Lang::Fr, 0, "Julie Bouchard", "introduced-after");
    // a relative clause that is no cleft names no speaker
    let text = "« Il faut agir. » Une décision que conteste Jean Dupont.\n";
    assert_eq!(speaker_of(text, Lang::Fr, 0).0, None);
}

#[test]
fn a_role_s_adjective_and_prepositional_complement_run_to_its_holder() {
    let text = "Le ministre de la Santé, Christian Dubé, assure que la situation s'améliore.\n\n\
                « Le ministre se félicite d'une baisse qui n'existe que sur papier », a rétorqué le porte-parole libéral en santé, André Fortin.\n";
    assert_speaker(text, Lang::Fr, 0, "André Fortin", "verb-then-name");
}

#[test]
fn a_capitalised_quotation_after_a_designation_noun_is_a_term() {
    let text = "Le maire, Paul Girard, a présenté le plan « Ville verte ». Il a jugé le plan « insuffisant ».\n";
    let all = read(text, Lang::Fr);
    assert_eq!(all[0].0, QuoteKind::Term, "{all:?}");
    assert_eq!(all[0].1, None, "{all:?}");
    // an opinion after the same noun stays someone's words
    assert_eq!(all[1].0, QuoteKind::Partial, "{all:?}");
    assert_eq!(all[1].1.as_deref(), Some("Paul Girard"), "{all:?}");
}

#[test]
fn a_noun_after_a_bare_preposition_names_no_institution() {
    // « d’entreprise » is a complement without a determiner: « l’entreprise » later is the
    // company named before, not « entreprise extraordinaire »
    let text = "Titre\n\n\
                La direction des Verreries Sambriennes a annoncé, lors d'un conseil d'entreprise extraordinaire, la fermeture du site.\n\n\
                Dans un communiqué, l'entreprise invoque « un effondrement de la demande ».\n";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Verreries Sambriennes",
        "organisation-noun",
    );
}

#[test]
fn a_pronoun_after_according_to_stands_for_someone_named_before_it() {
    // the institution subject after « Selon elle » is not what « elle » stands for
    let text = "Titre\n\n\
                Pour Mélanie Sauvé, professeure à l’Université Laval, le plan a échoué. \
                Selon elle, la région « paie encore des décennies de sous-financement ».\n";
    assert_speaker(text, Lang::Fr, 0, "Mélanie Sauvé", "according-to-pronoun");
}

#[test]
fn an_organisation_noun_finds_a_french_name_it_heads_paragraphs_back() {
    // « l’association » four paragraphs after « l’Association des alpagistes de la
    // Haute-Gruyère », past a place named with capitals in the same sentence
    let text = "Titre\n\n\
                Le bilan a été dressé mardi par l'Association des alpagistes de la Haute-Gruyère.\n\n\
                Pierre Ruffieux a perdu 31 brebis.\n\n\
                L'éleveur n'a rien négligé.\n\n\
                Il a posé des clôtures.\n\n\
                La meute vit entre le Vanil Noir et le lac. « Chaque semaine d'attente coûte cher », écrit l'association dans son communiqué.\n";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Association des alpagistes de la Haute-Gruyère",
        "organisation-noun",
    );
}

#[test]
fn a_name_spelled_out_before_its_initials_is_an_organisation() {
    let text = "Titre\n\n\
                Le Regroupement des cliniques de l’Outaouais (RCO) estime qu’il manque « au moins 85 omnipraticiens » dans la région. \
                « Chaque départ compte », souligne le RCO.\n\n\
                Un cadre du réseau assure que « des annonces sont imminentes » pour l’Outaouais.\n";
    let all = read(text, Lang::Fr);
    let name = Some("Regroupement des cliniques de l’Outaouais".to_string());
    assert_eq!(all[0].1, name, "{all:?}");
    assert_eq!(all[1].1, name, "{all:?}");
    // the place that ends the organisation's name is not the organisation
    assert_eq!(all[2].1, None, "{all:?}");
    // a capitalised « Est » inside the name is no verb
    let text = "Titre\n\n\
                La Fédération des coopératives d’habitation de l’Est de Montréal (FCHEM) parle d’un « cas d’école ».\n";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Fédération des coopératives d’habitation de l’Est de Montréal",
        "sentence-subject",
    );
}

#[test]
fn an_organisation_noun_prefers_the_organisation_that_acted() {
    // named as often, the group that announced over the plant in its complement
    let text = "Titre\n\n\
                Le groupe Helvéa Packaging a annoncé mardi la fermeture des Cartonneries alpines de Jarrie (CAJ) au plus tard le 30 juin. \
                Les 212 salariés du site seront licenciés.\n\n\
                Dans un communiqué, la direction invoque « une dégradation durable du marché ».\n";
    assert_speaker(text, Lang::Fr, 0, "Helvéa Packaging", "organisation-noun");
}

#[test]
fn an_object_pronoun_after_according_to_stands_for_the_last_person() {
    let text = "Title\n\n\
                The chairman of the association, Babatunde Oyelaran, said members had lost customers. \
                According to him, “many traders are now selling on credit.”\n";
    assert_speaker(
        text,
        Lang::En,
        0,
        "Babatunde Oyelaran",
        "according-to-pronoun",
    );
    let text = "Title\n\n\
                Mary Jones runs a shop. According to her, “prices doubled.”\n";
    assert_speaker(text, Lang::En, 0, "Mary Jones", "according-to-pronoun");
    // a possessive before a noun is not the source
    let text = "Title\n\n\
                Mary Jones was charged. According to her lawyer, “she did nothing wrong.”\n";
    assert_ne!(
        speaker_of(text, Lang::En, 0).0.as_deref(),
        Some("Mary Jones")
    );
}

#[test]
fn a_term_quoted_in_the_previous_paragraph_leaves_its_person_the_speaker() {
    let text = "Title\n\n\
                A senior official said an intervention would come soon.\n\n\
                Mrs Eze is dreading the so-called “ember months”. She fears a bag could touch N110,000 by December.\n\n\
                “If that happens, I will close my shop.”\n";
    assert_speaker(text, Lang::En, 1, "Eze", "previous-paragraph-person");
}

#[test]
fn an_anonymous_source_names_nobody_whatever_its_complement_names() {
    let text = "Titre\n\n\
                « Nous avons consulté tout le monde », rétorque Sandrine Aubagnac.\n\n\
                Un agent de la direction départementale des territoires et de la mer, qui a requis l’anonymat, résume : « Ce n’est que le début. »\n";
    assert_eq!(speaker_of(text, Lang::Fr, 1).0, None);
    // an unnamed subject after a conjunction opening the sentence
    let text = "Title\n\n\
                “Prices could stabilise,” said Niamh Kiely.\n\n\
                But a senior executive at a rival processor, who asked not to be named, was less hopeful. “Nobody wants to go first,” he said.\n";
    assert_eq!(speaker_of(text, Lang::En, 1).0, None);
}

#[test]
fn a_pronoun_after_an_unnamed_source_the_sentence_reports_names_nobody() {
    // the unnamed source follows « d'après » / "according to", not the subject position
    let text = "Titre\n\n\
                Le sous-préfet, Arnaud Delmotte, promet « une tolérance zéro ».\n\n\
                Le kilo de raisin devrait se négocier autour de 8,20 €, d’après un courtier d’Épernay. \
                « Les ventes ont reculé », explique-t-il. « Mais personne ne veut de vendanges bâclées. »\n";
    assert_eq!(speaker_of(text, Lang::Fr, 1).0, None);
    assert_eq!(speaker_of(text, Lang::Fr, 2).0, None);
    let text = "Title\n\n\
                Mayor John Smith said the plan was “sound”.\n\n\
                Prices will rise by 4%, according to a wholesaler in Leeds. “Sales have fallen,” he said.\n";
    assert_eq!(speaker_of(text, Lang::En, 1).0, None);
    // a place in the unnamed subject's own complement is no more recent antecedent
    let text = "Titre\n\n\
                « Les contrôles commencent », assure Andry Razafindrakoto.\n\n\
                Un collecteur de la région d'Alaotra, joint par téléphone, refuse d'endosser le rôle. \
                « On paie le paddy plus cher que jamais », affirme-t-il.\n";
    assert_eq!(speaker_of(text, Lang::Fr, 1).0, None);
    // (a named person after the unnamed one is the antecedent)
    let text = "Titre\n\n\
                Le kilo devrait baisser, d’après un courtier. Paul Girard, lui, n'y croit pas. \
                « Les ventes ont reculé », explique-t-il.\n";
    assert_speaker(text, Lang::Fr, 0, "Paul Girard", "inverted-pronoun");
}

#[test]
fn an_unnamed_spokesperson_names_nobody_and_speaks_on_behalf_of_the_organisation() {
    // the organisation after the noun, past a preposition and an apposition
    let text = "Du côté du canton, un porte-parole de la Direction de l'économie indique que les \
                demandes « ont triplé en un an ».\n";
    assert_spoken_for(
        text,
        Lang::Fr,
        0,
        "Direction de l'économie",
        "sentence-subject",
    );
    let text = "A spokesman for the regional tourism board, Kestrel Bay Tourism Ltd, said it \
                “respected the wishes of the islanders”.\n";
    assert_spoken_for(text, Lang::En, 0, "Kestrel Bay Tourism", "speaker-colon");
    // the organisation before the noun, and the spokesperson again later
    let text = "Cardiff Council closed the pool.\n\n\
                A Cardiff Council spokesperson said: “Officers are meeting the trust next week.”\n\n\
                “We cannot promise funding we do not have,” the spokesperson added.\n";
    assert_spoken_for(text, Lang::En, 0, "Cardiff Council", "speaker-colon");
    assert_eq!(speaker_of(text, Lang::En, 1).0, None);
    // a named spokesperson speaks for themselves
    let text =
        "« Nous étudions le dossier », a déclaré le porte-parole de Norvalis, Maxime Beaudry.\n";
    assert_speaker(text, Lang::Fr, 0, "Maxime Beaudry", "verb-then-name");
    // and the organisation speaking, with no spokesperson, is the speaker
    let text = "“We are reviewing the report,” Cardiff Council said in a statement.\n";
    assert_speaker(text, Lang::En, 0, "Cardiff Council", "name-then-verb");
}

#[test]
fn a_report_is_a_written_statement_of_the_organisation_before_it() {
    let text = "Titre\n\n\
                Le cueilleur touche 1,15 € par caisse, « sans compter les repas », précise Julien Lacourt.\n\n\
                C’est justement le logement qui inquiète le Collectif des saisonniers de Champagne. \
                Dans un rapport publié mardi, il recense 37 sites « indignes ».\n";
    assert_eq!(
        speaker_of(text, Lang::Fr, 1).0.as_deref(),
        Some("Collectif des saisonniers de Champagne")
    );
}

#[test]
fn a_transport_operator_named_by_its_vehicles_is_an_organisation() {
    // "Skerne Valley Buses" is no person "she" could stand for
    let text = "Title\n\n\
                Skerne Valley Buses, which has run the services for 17 years, confirmed the cuts.\n\n\
                Jean Atkinson, 78, who lives in Piercebridge with her husband Dennis, said the bus was “a lifeline”.\n\n\
                “Without it we’re cut off,” she said.\n\n\
                Mr Atkinson, 81, was blunter. “They’ll save a few quid.”\n";
    assert_eq!(
        speaker_of(text, Lang::En, 1).0.as_deref(),
        Some("Jean Atkinson")
    );
}

#[test]
fn an_object_pronoun_may_stand_before_the_reporting_verb() {
    let text = "« Le prix est bas », nous a confié Paul Girard.\n";
    assert_speaker(text, Lang::Fr, 0, "Paul Girard", "verb-then-name");
    let text = "« Le prix est bas », m'explique Paul Girard.\n";
    assert_speaker(text, Lang::Fr, 0, "Paul Girard", "verb-then-name");
    // an unnamed subject after it stays unnamed, however recent the last speaker
    let text = "Titre du jour\n\n« Le prix est bas », a déploré Issouf Traoré.\n\n\
                Certains restent sceptiques. « C'est un chiffre politique », nous a confié un cadre d'une société concurrente.\n";
    assert_eq!(speaker_of(text, Lang::Fr, 1).0, None);
}

#[test]
fn a_designation_ending_the_headline_names_no_quotation_of_the_body() {
    // « titre » closing the headline is no « intitulé » of the quotation after it
    let text = "Le titre\n\n« Le prix est bas », a déploré Paul Girard.\n";
    let all = read(text, Lang::Fr);
    assert_eq!(all[0].0, QuoteKind::Full, "{all:?}");
    assert_eq!(all[0].1.as_deref(), Some("Paul Girard"), "{all:?}");
}

#[test]
fn a_relative_clause_after_the_subject_names_no_head() {
    let text = "Title\n\n\
                Marisol Vega lost her policy.\n\n\
                Summit Peak Mutual Insurance, which wrote Vega's policy, said in a statement that it had \"reduced exposure\" after paying claims.\n";
    assert_speaker(
        text,
        Lang::En,
        0,
        "Summit Peak Mutual Insurance",
        "sentence-subject",
    );
}

#[test]
fn a_source_that_asks_not_to_be_named_speaks_for_no_institution() {
    let text = "Title\n\n\
                A senior official of the Federal Ministry of Agriculture and Food Security, who asked not to be named, \
                said a fresh intervention was “being finalised” and would be announced “very soon”.\n";
    let all = read(text, Lang::En);
    assert_eq!(all[0].1, None, "{all:?}");
    assert_eq!(all[1].1, None, "{all:?}");
    // without the request, a spokeswoman speaks on behalf of her council
    let text = "A spokeswoman for Fife Council said the local authority was \"delighted to see\" the plan.\n";
    assert_spoken_for(text, Lang::En, 0, "Fife Council", "sentence-subject");
}

#[test]
fn a_team_after_the_article_is_no_person_for_its_relative_clause() {
    // "The Wolves, who finished 11th" made the team a person "she" could stand for
    let text = "Title\n\n\
                The Wolves, who finished 11th last year, kicked three goals in the final quarter.\n\n\
                Captain Ella Mavrokefalidis, 26, kicked a set shot that put the Wolves in front. \
                “I honestly thought it was going to fall short,” she said.\n";
    assert_speaker(
        text,
        Lang::En,
        0,
        "Ella Mavrokefalidis",
        "pronoun-then-verb",
    );
}

#[test]
fn an_anonymous_source_named_with_its_institution_speaks_for_nobody() {
    let text = "Title\n\n\
                The AFL said on Monday it would study the bid.\n\n\
                But an AFL official, who spoke on condition of anonymity because the talks are \
                confidential, said expansion was “not on the table before 2030”.\n";
    assert_eq!(speaker_of(text, Lang::En, 0).0, None);
    let text = "Title\n\n\
                A Government source said the Department of the Environment was “watching \
                closely”.\n";
    assert_eq!(speaker_of(text, Lang::En, 0).0, None);
}

#[test]
fn a_definite_subject_that_asks_not_to_be_named_is_nobody_for_its_pronoun() {
    let text = "Title\n\n\
                Judge Helen Marchetti ordered $1.1 million in restitution.\n\n\
                The daughter of one victim, who asked not to be named, said the family had \
                stopped answering the door. “My mother still thinks it was her fault,” she said.\n";
    assert_eq!(speaker_of(text, Lang::En, 0).0, None);
    // the request of someone else leaves the subject named
    let text = "Title\n\n\
                Judge Helen Marchetti ordered restitution.\n\n\
                The judge said a witness, who asked not to be named, had been \
                “brave”.\n";
    assert_eq!(
        speaker_of(text, Lang::En, 0).0.as_deref(),
        Some("Helen Marchetti")
    );
}

#[test]
fn a_role_spelled_with_an_organisation_noun_is_a_persons() {
    // "the union leader" is the general secretary, not the union
    let text = "Title\n\n\
                Union general secretary Thabo Mokoena, 49, told a rally: “Our members are not going back.”\n\n\
                The Amalgamated Mineworkers’ Union of SA said in a statement that “the money was there”. \
                “We did not close these shafts,” the union leader said.\n";
    assert_speaker(text, Lang::En, 2, "Thabo Mokoena", "role-noun");
    // and a country after "of" is no legal form to drop from the union's name
    assert_eq!(
        speaker_of(text, Lang::En, 1).0.as_deref(),
        Some("Amalgamated Mineworkers’ Union of SA")
    );
}

#[test]
fn an_adverb_inside_known_as_still_marks_a_designation() {
    let text = "Title\n\n\
                The commission said the attackers got in through a server, known internally as “Box 7”, \
                that had not been patched.\n";
    let all = read(text, Lang::En);
    assert_eq!(
        (all[0].0, all[0].1.clone()),
        (QuoteKind::Term, None),
        "{all:?}"
    );
}

#[test]
fn initials_in_mixed_case_spell_a_name_with_lowercase_function_words() {
    let text = "Titre\n\n\
                L'Agence pour une vie de qualité (AViQ), qui doit encore agréer le réseau, précise \
                que la procédure prendra « entre quatre et six mois ».\n";
    assert_speaker(
        text,
        Lang::Fr,
        0,
        "Agence pour une vie de qualité",
        "sentence-subject",
    );
}

#[test]
fn an_age_in_parentheses_makes_the_name_a_person() {
    // Irish and New Zealand papers write the age in parentheses: an unknown first name with
    // it is someone, who may speak through a long apposition and then a continuation
    let text = "Title\n\n\
                Czech backpacker Tereza Novakova (24), one of about 2000 seasonal workers \
                expected in the district this summer, said her start date had been put \"on hold\".\n\n\
                \"I came 18,000km for this job. Now I'm looking at vineyards.\"\n";
    assert_speaker(text, Lang::En, 0, "Tereza Novakova", "sentence-subject");
    assert_eq!(
        speaker_of(text, Lang::En, 1).0.as_deref(),
        Some("Tereza Novakova")
    );
}

#[test]
fn a_name_then_a_naming_verb_speaks_its_fragment() {
    let text = "Title\n\n\
                Yanique Blake, councillor for the Southfield division, called the drought “a \
                disaster with no sirens”.\n";
    assert_speaker(text, Lang::En, 0, "Yanique Blake", "sentence-subject");
    // a capitalised common noun opening the sentence names a term, not a speaker
    let text = "Title\n\nEcologists call it a “phenological mismatch”.\n";
    assert_eq!(speaker_of(text, Lang::En, 0).0, None);
}

#[test]
fn a_councillor_in_apposition_is_a_person_a_pronoun_can_stand_for() {
    let text = "Title\n\n\
                Dr Kemar Thompson, a climatologist, warned: “We are looking at October.”\n\n\
                Yanique Blake, councillor for the Southfield division, called the drought “a \
                disaster with no sirens”. “When a hurricane hits, everybody comes,” she said.\n";
    assert_speaker(text, Lang::En, 2, "Yanique Blake", "pronoun-then-verb");
}

#[test]
fn an_incise_naming_a_titled_person_runs_to_its_sentence_end() {
    // the period of « M. » neither closes the incise nor leaves the name in the quotation;
    // « Selon lui » and « Le septuagénaire » then reach him
    let text = "Titre\n\n\
                « Le prix actuel ne couvre même pas nos charges, a martelé le président de \
                l’Upas, M. Ibrahima Ndiaye, 71 ans. Un hectare nous revient cher. » Selon lui, \
                l’hivernage a été marqué par « des pauses de près de trois semaines ».\n\n\
                Le septuagénaire rappela que le bassin assure « plus de la moitié » de la \
                production.\n";
    let all = read(text, Lang::Fr);
    assert!(
        all.iter()
            .all(|(_, name, _)| name.as_deref() == Some("Ibrahima Ndiaye")),
        "{all:?}"
    );
}

#[test]
fn a_subject_whose_apposition_asks_anonymity_is_nobody_whatever_its_noun() {
    let text = "Titre\n\n\
                « Il tiendra compte des intérêts de toutes les parties », a soutenu Cheikh \
                Tidiane Sarr.\n\n\
                Un opérateur privé, qui a requis l’anonymat, juge la revendication irréaliste. \
                « À 350 francs, nous perdons de l’argent. Le marché ne suivra pas », \
                explique-t-il.\n";
    assert_eq!(speaker_of(text, Lang::Fr, 1).0, None);
}

#[test]
fn a_pronoun_stands_for_the_institution_inverted_after_the_last_quotation() {
    let text = "Titre\n\n\
                Les Fonderies Mathey ferment. « Le site n’est plus viable », indique la \
                direction dans un communiqué. Elle promet « un accompagnement individualisé » \
                à chaque salarié.\n";
    assert_eq!(
        speaker_of(text, Lang::Fr, 1).0.as_deref(),
        Some("Fonderies Mathey")
    );
}

#[test]
fn a_kinship_noun_after_pour_stands_for_the_person_of_its_gender() {
    let text = "Titre\n\n\
                La directrice générale, Laure Vuille, 44 ans, ne cache pas son inquiétude: \
                «Nos commandes ont reculé de 35% depuis août.» Les Etats-Unis représentent \
                45% des ventes.\n\n\
                Pour la petite-fille du fondateur, la RHT est «un outil, pas un aveu d'échec».\n";
    assert_speaker(text, Lang::Fr, 1, "Laure Vuille", "according-to-role");
}

#[test]
fn a_role_noun_stands_for_someone_introduced_with_a_synonym() {
    // "orchardist" then "the third-generation grower" (`role_synonyms.txt`), past an opening
    // phrase and a modifier, more recent than the last quoted name
    let text = "Title\n\n\
                Bannockburn orchardist Hamish Tait (47) said he lost about 40 tonnes of fruit.\n\n\
                Czech backpacker Tereza Novakova (24) said her start date had been put \"on \
                hold\".\n\n\
                \"I came 18,000km for this job. Now I am looking at vineyards.\"\n\n\
                Back in Bannockburn, the third-generation grower said he would still pick \
                whatever was left on the trees.\n\n\
                \"That is what you do,\" he said.\n";
    assert_speaker(text, Lang::En, 2, "Hamish Tait", "pronoun-then-verb");
}

#[test]
fn a_titled_surname_names_the_namesake_of_its_gender() {
    // Neither first name is in the lexicon: the role gives Sylvain's gender, and « Mme » the
    // namesake of whom nothing says he is a man.
    let fr = "« On paie plus pour des rues moins belles », peste Johanne Tremblay, résidante de Charlesbourg.\n\n\
              Pour le conseiller municipal Sylvain Tremblay, l’administration a « perdu le contrôle des coûts ».\n\n\
              M. Tremblay, qui n’a aucun lien de parenté avec la résidante, réclame les contrats.\n\n\
              Mme Tremblay, elle, n’attend plus rien de la Ville. « Je vais m’acheter une pelle neuve », ironise-t-elle.";
    assert_speaker(fr, Lang::Fr, 2, "Johanne Tremblay", "inverted-pronoun");
}

#[test]
fn a_quotation_after_reported_words_continues_their_source() {
    let fr = "Annie-Claude Bérubé, responsable du dossier, défend les chiffres. « Le prix du diesel a bondi », a-t-elle fait valoir. Selon elle, la Ville a ajouté 35 chenillettes. « Les opérations ont duré 96 heures. »";
    assert_speaker(
        fr,
        Lang::Fr,
        1,
        "Annie-Claude Bérubé",
        "previous-sentence-source",
    );
    let en = "Annie Roy, the councillor in charge, defended the figures. \"Diesel prices jumped,\" she said. According to her, the City added 35 ploughs since November. \"Crews worked 96 hours straight.\"";
    assert_speaker(en, Lang::En, 1, "Annie Roy", "previous-sentence-source");
}

#[test]
fn a_common_noun_in_capitals_or_a_wine_cellar_stands_for_the_organisation_named() {
    let fr = "L'association Zéro Inondation Yaoundé, qui milite depuis 2018, salue le projet. « Curer le canal ne servira à rien », prévient l'ONG dans une note.";
    assert_speaker(
        fr,
        Lang::Fr,
        0,
        "Zéro Inondation Yaoundé",
        "organisation-noun",
    );
    let en = "The charity Clean Rivers Trust welcomed the plan. \"It is a start,\" the NGO said in a statement.";
    assert_speaker(en, Lang::En, 0, "Clean Rivers Trust", "organisation-noun");
    // a place the story names is no speaker: the cellar named after it is
    let fr = "Les vignerons étaient réunis à la mairie de Vouvray.\n\nLa cave des Grands Coteaux, coopérative de 60 adhérents, avance 15 % des acomptes. « Nous ferons tout pour qu’aucun adhérent ne lâche », indique la direction.";
    assert_speaker(
        fr,
        Lang::Fr,
        0,
        "cave des Grands Coteaux",
        "organisation-noun",
    );
}

#[test]
fn a_role_after_a_possessor_is_the_person_of_that_role() {
    for lawyer in ["The family's lawyer", "The residents’ lawyer"] {
        let en = format!(
            "Dr Stephen Mizzi, a lawyer representing the residents, said they would appeal.\n\n\
             Architect Perit Borg rejected claims. “You will hardly notice it,” Perit Borg said.\n\n\
             {lawyer} said the tribunal could take up to 18 months to decide.\n\n\
             “This is not over,” he said."
        );
        assert_speaker(&en, Lang::En, 1, "Stephen Mizzi", "pronoun-then-verb");
    }
}

#[test]
fn a_trade_named_in_apposition_is_a_role_noun_later() {
    let fr = "« J'ai tout perdu », raconte Marie-Claire Ngono, vendeuse de beignets de 45 ans.\n\n\
              « Nous recrutons sur place », insiste Serge Fouda.\n\n\
              Au bord du canal, la vendeuse de beignets a repris ses fourneaux. « Les ingénieurs parlent de 18 mois. »";
    assert_speaker(
        fr,
        Lang::Fr,
        2,
        "Marie-Claire Ngono",
        "previous-sentence-subject",
    );
    let en = "\"We lost everything,\" said Grace Mensah, a vendor in Makola.\n\n\
              \"We hire locally,\" said Kwame Boateng.\n\n\
              The vendor has reopened her stall. \"The engineers talk of 18 months.\"";
    assert_speaker(en, Lang::En, 2, "Grace Mensah", "previous-sentence-subject");
}

#[test]
fn a_surname_spelled_like_an_occupation_stays_in_the_name() {
    let fr = "Le directeur de l'établissement, Frédéric Moine, n'a pas tourné autour du pot : « Six postes sont vacants. »";
    assert_speaker(fr, Lang::Fr, 0, "Frédéric Moine", "speaker-colon");
    let en = "The head teacher, Sarah Judge, was blunt: \"We cannot staff the school.\"";
    assert_speaker(en, Lang::En, 0, "Sarah Judge", "speaker-colon");
    // a role between a place and a name still starts the person's name
    let en = "\"We will appeal,\" said Virginia Governor Glenn Marsh.";
    assert_speaker(en, Lang::En, 0, "Glenn Marsh", "verb-then-name");
}

#[test]
fn an_organisation_named_by_a_common_noun_keeps_its_complements() {
    // past elisions (« de l'hôpital d'Avallon ») and a whole adjective (« commun »)
    let fr = "Le Comité de défense de l'hôpital d'Avallon, qui revendique 1 200 adhérents, a déjà écrit : « C'est la troisième fermeture. »";
    assert_speaker(
        fr,
        Lang::Fr,
        0,
        "Comité de défense de l'hôpital d'Avallon",
        "speaker-colon",
    );
    let fr = "Le Front commun des locataires bruxellois réclame une grille contraignante : « Sans sanction, elle reste un vœu pieux. »";
    assert_speaker(
        fr,
        Lang::Fr,
        0,
        "Front commun des locataires bruxellois",
        "speaker-colon",
    );
}

#[test]
fn a_quotation_in_the_first_person_singular_is_no_organisation_s() {
    let fr = "Le directeur du site, Laurent Vasseur, assure que la décision « vient du groupe ». Le fonds Velcor Packaging avait racheté l’usine en 2021. « Je comprends la colère. Mais sans ce plan, c’est la fermeture, a-t-il affirmé. Je préfère le dire. »";
    assert_speaker(fr, Lang::Fr, 1, "Laurent Vasseur", "inverted-pronoun");
    // in the plural, the organisation still speaks
    let fr = "Le directeur du site, Laurent Vasseur, assure que la décision « vient du groupe ». Le groupe Velcor Packaging a racheté l’usine en 2021. « Nous devons agir. Sans ce plan, c’est la fermeture », a-t-il indiqué.";
    assert_speaker(fr, Lang::Fr, 1, "Velcor Packaging", "inverted-pronoun");
}

#[test]
fn a_figure_inside_a_designation_is_no_claim() {
    assert_eq!(
        claims(
            "Le plan, baptisé « Horizon 2027 », supprime 65 postes.",
            Lang::Fr
        ),
        ["65 postes"]
    );
    assert_eq!(
        claims(
            "A minibus, already dubbed \"dial-a-ride 2.0\" at County Hall, would cost £3m.",
            Lang::En
        ),
        ["£3m"]
    );
    // a figure quoted as someone's words stays a claim
    assert_eq!(
        claims("« Nous supprimons 65 postes », dit-il.", Lang::Fr),
        ["65 postes"]
    );
}

#[test]
fn two_romanised_given_names_after_one_surname_are_two_people() {
    let en = "Cooperative chairman Chen Kuo-hua said 3,100 members would be affected.\n\n\
              \"We need a plan,\" Chen said.\n\n\
              Chen Yu-ting, 41, who returned to her farm in 2019, said the payment was \"fair for this year.\"\n\n\
              \"Young people came back,\" she said.";
    assert_speaker(en, Lang::En, 1, "Chen Yu-ting", "sentence-subject");
    assert_speaker(en, Lang::En, 2, "Chen Yu-ting", "pronoun-then-verb");
    // the surname alone still names the one already named
    assert_speaker(en, Lang::En, 0, "Chen Kuo-hua", "name-then-verb");
}

#[test]
fn a_name_glossed_in_its_own_script_keeps_its_verb_and_age() {
    let en = "\"We have had only 38 percent of the usual rainfall,\" Agriculture and Food Agency \
              Deputy Director-General Hsu Ming-chieh (許明杰) told a news conference.\n\n\
              Lin Chin-fa (林進發), 67, who grows rice in Taoyuan, said the payment would not cover his losses.";
    assert_speaker(en, Lang::En, 0, "Hsu Ming-chieh", "name-then-verb");
    assert!(
        claim_kinds(en, Lang::En).contains(&("67".to_string(), ClaimKind::Age)),
        "the age is a claim"
    );
}

#[test]
fn a_noun_given_an_age_is_a_person_s_role_not_an_organisation() {
    // « transporteur » is also a carrier company; with an age it is the trucker
    let fr = "Léonce Tchibozo, camionneur depuis vingt ans sur la RNIE 2, confirme que le transport a renchéri. « Le carburant a pris 15 % depuis janvier », affirme le transporteur de 48 ans.";
    assert_speaker(fr, Lang::Fr, 0, "Léonce Tchibozo", "role-noun");
    // owners are people: the years after them are their age
    assert_eq!(
        first_claim_kind(
            "Un crédit est offert aux propriétaires de 65 ans et plus.",
            Lang::Fr
        ),
        ClaimKind::Age
    );
}

#[test]
fn a_role_s_initials_in_parentheses_keep_its_holder_in_apposition() {
    let en = "\"It is overdue,\" said the chief executive officer (CEO), Jane Doe.";
    assert_speaker(en, Lang::En, 0, "Jane Doe", "verb-then-name");
}

#[test]
fn letters_glued_to_a_currency_sign_name_no_one() {
    // "GH" of "GH¢38 million" is the cedi, not an organisation "the company" could stand for
    let en = "The factory resumes after a GH¢38 million investment.\n\n\
              In a statement, the company said it had secured \"a GH¢20 million facility\".";
    assert_eq!(speaker_of(en, Lang::En, 0), (None, None));
}

#[test]
fn a_role_noun_after_a_fronted_phrase_is_the_previous_sentence_s_subject() {
    let fr = "Jean-Marc Vergnaud, 57 ans, cultive 180 hectares.\n\n\
              Le préfet a signé l'arrêté.\n\n\
              À Montignac-Charente, l’agriculteur a déjà fait ses comptes. « Cette année, on \
              arrose à la petite cuillère. »";
    assert_speaker(
        fr,
        Lang::Fr,
        0,
        "Jean-Marc Vergnaud",
        "previous-sentence-subject",
    );
    let en = "Tom Brandt, 44, farms 400 acres.\n\n\
              The council met on Monday.\n\n\
              On his farm near Ardmore, the farmer has already done the sums. \"We will cut \
              back on maize.\"";
    assert_speaker(en, Lang::En, 0, "Tom Brandt", "previous-sentence-subject");
}

#[test]
fn a_place_before_a_role_noun_and_its_negated_verb_is_no_one() {
    // « Goodlands, le planteur » is no name and its role: « le planteur » is the subject of
    // « n’a pas encore sorti », and Goodlands never becomes a person « il » could stand for
    let fr = "Devanand Ramsurrun, 64 ans, cultive 14 arpents à Goodlands.\n\n\
              Dans ses champs de Goodlands, le planteur n’a pas encore sorti les sabres. « J’ai \
              replanté 5 arpents, et la canne est belle. »";
    assert_speaker(
        fr,
        Lang::Fr,
        0,
        "Devanand Ramsurrun",
        "previous-sentence-subject",
    );
}

#[test]
fn growers_of_every_crop_are_role_nouns() {
    let fr = "Jean-Marc Vergnaud, 57 ans, cultive 180 hectares.\n\n\
              Le maïsiculteur, qui a investi 150 000 € dans un pivot, ne décolère pas : « On \
              nous a poussés à nous équiper. »";
    assert_speaker(fr, Lang::Fr, 0, "Jean-Marc Vergnaud", "role-noun");
}

#[test]
fn a_name_after_an_organisation_noun_stays_an_organisation_whatever_its_apposition() {
    // « propriétaire » in the apposition makes no person of the pension fund, and a role
    // noun (« la retraitée ») never stands for an organisation
    let fr = "Maria Fernandes, 81 ans, paie 1150 francs.\n\n\
              La caisse de pension Prévoyance Léman, propriétaire de trois immeubles, annonce \
              des travaux.\n\n\
              « Ici, j’ai le tram devant la porte », observe la retraitée.";
    assert_speaker(fr, Lang::Fr, 0, "Maria Fernandes", "role-noun");
}

#[test]
fn the_given_names_of_a_full_name_name_the_same_person() {
    let en = "Nurul Aina Kamarudin, operations manager at an exporter, said shipments had \
              risen.\n\n\
              \"A reefer container takes nine days,\" said Nurul Aina, 31.";
    assert_speaker(en, Lang::En, 0, "Nurul Aina Kamarudin", "verb-then-name");
    // what the shorter form leaves out must be a surname: a boat's registration is not
    let en = "His trawler, Silver Dawn PD 417, landed 1,150 boxes.\n\n\
              Back on the quay, Mr Strachan was already working out what else the Silver Dawn \
              could land.\n\n\
              'Whiting, maybe a bit of monk.'";
    assert_speaker(en, Lang::En, 0, "Strachan", "previous-paragraph-person");
}

#[test]
fn a_british_single_quotation_after_an_unnamed_subject_names_nobody() {
    // ‘ opens a sentence of its own, so the quotation follows the unnamed processor's
    // sentence, not the paragraph before
    let en = "Neil Cowie said: ‘It’s grim.’\n\n\
              One processor, who asked not to be named, said the price had already climbed. \
              ‘Nobody’s buying new boats this year, I can tell you that.’";
    assert_eq!(speaker_of(en, Lang::En, 1), (None, None));
}

#[test]
fn a_statement_speaks_for_whoever_issued_it() {
    let en = "Acme Corp cut 300 jobs last year.\n\n\
              Jane Doe, the mayor, said in a statement that she would fight the closure. “We \
              will not give up,” the statement read.";
    assert_speaker(en, Lang::En, 0, "Jane Doe", "statement-issuer");
    let en = "The Masasi Growers Cooperative Union, which represents 41 primary societies, said \
              in a statement on Wednesday that it would ask for a suspension.\n\n\
              “The union cannot sit quietly,” the statement read.";
    assert_speaker(
        en,
        Lang::En,
        0,
        "Masasi Growers Cooperative Union",
        "statement-issuer",
    );
    let fr = "La société Acme a supprimé 300 emplois.\n\n\
              Le syndicat Force ouvrière a réagi dans un communiqué. « Nous ne lâcherons rien », \
              indique le communiqué.";
    assert_speaker(fr, Lang::Fr, 0, "Force ouvrière", "statement-issuer");
}

#[test]
fn buyers_sellers_and_processors_are_roles_an_unnamed_one_keeps() {
    let en = "“We are being robbed,” said Emmanuel Kalinga, a grower.\n\n\
              A buyer with one of the processing firms, who requested anonymity, denied any \
              collusion. “We bid what the market allows,” the buyer said.";
    assert_eq!(speaker_of(en, Lang::En, 1), (None, None));
}

#[test]
fn an_unnamed_employee_of_a_name_with_particles_names_nobody() {
    let en = "A City of Vancouver engineer, who was not authorized to speak publicly, said \
              crews had found “a lot of sprinklers going at 3 a.m.” in the first week.";
    assert_eq!(speaker_of(en, Lang::En, 0), (None, None));
}

#[test]
fn a_role_noun_used_again_stands_for_whom_its_first_use_did() {
    // (not the woman named last: « la retraitée » first stood for Maria Fernandes)
    let fr = "« Nous sommes contre le fait de partir », précise Maria Fernandes, locataire depuis \
              1979. La retraitée de 81 ans paie 1150 francs par mois.\n\n\
              Pour Sophie Cuénod, secrétaire du Rassemblement des locataires, la manœuvre est \
              claire. « On vide les immeubles », affirme-t-elle.\n\n\
              Plusieurs familles sont parties. « Ici, j’ai le tram devant la porte », observe la \
              retraitée.";
    assert_speaker(fr, Lang::Fr, 2, "Maria Fernandes", "role-noun");
}

#[test]
fn a_first_name_alone_names_the_person_a_title_or_role_marked() {
    // "Datuk" is an honorific, and "Roslan" alone (no first name the lexicon knows) names
    // the person whose name it begins, as that name came with a role
    let en = "State agriculture committee chairman Datuk Roslan Ismail said the state would \
              act. According to Roslan, the scheme will pay growers “a floor price of RM20 per \
              kg” for rejected fruit.";
    assert_speaker(en, Lang::En, 0, "Roslan Ismail", "according-to");
}
