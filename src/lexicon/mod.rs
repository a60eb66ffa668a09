//! Per-language word lists: reporting verbs, pronouns, titles, first names, role nouns,
//! term markers, "according to" phrases, abbreviations. They are data files under
//! `src/lexicon/data/{fr,en}/`, compiled in with `include_str!` and parsed once, so adding
//! a verb or a title is a one-line change to a text file, never a new branch in code.
//!
//! File format: one entry per line, `#` starts a comment line, `KEY | VALUES` where KEY may
//! hold spaces and VALUES is space-separated; plain lists have no `|`.

mod folded;
mod phrases;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

pub use phrases::PhraseSet;

use crate::lang::Lang;
use crate::text::{Token, Word, fold, fold_key, with_folded};
use folded::{FoldedMap, KeyFilter};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
    /// An organisation ("it", "the company").
    Neuter,
    Any,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s {
            "male" | "m" => Gender::Male,
            "female" | "f" => Gender::Female,
            "neuter" => Gender::Neuter,
            _ => Gender::Any,
        }
    }

    /// Whether a referent of gender `self` can be named by a word of gender `other`.
    pub fn compatible(self, other: Gender) -> bool {
        match (self, other) {
            (Gender::Any, g) | (g, Gender::Any) => g != Gender::Neuter || self == other,
            (a, b) => a == b,
        }
    }

    pub fn from_yaml(s: &str) -> Option<Gender> {
        match s {
            "male" => Some(Gender::Male),
            "female" => Some(Gender::Female),
            "other" | "unknown" => Some(Gender::Any),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PronounInfo {
    pub gender: Gender,
    pub plural: bool,
}

/// The words of one language that the attribution sieves and the segmenter consult.
pub struct Lexicon {
    pub lang: Lang,
    /// Folded surface form → lemma.
    reporting_verbs: FoldedMap<String, 1024>,
    /// Lemmas used with a reflexive pronoun ("s'est félicité").
    pronominal_lemmas: HashSet<String>,
    pronouns: FoldedMap<PronounInfo>,
    /// Possessive determiners, by their possessor: "her message" is hers.
    possessives: FoldedMap<PronounInfo>,
    object_pronouns: FoldedMap<PronounInfo>,
    /// Folded title without its final period → gender.
    titles: FoldedMap<Gender>,
    first_names: FoldedMap<Gender, 1024>,
    pub role_nouns: PhraseSet<Gender>,
    /// Folded single-word role nouns, to find the head of a multi-word role.
    single_word_roles: HashSet<String>,
    /// Folded referring noun → the role heads it can stand for (« technicien » → entraîneur).
    role_synonyms: HashMap<String, Vec<String>>,
    /// The role nouns a title implies (« Dr » → médecin), keyed by the folded title without
    /// its period.
    title_roles: HashMap<String, Vec<String>>,
    /// Term markers; `true` for those that name past an indefinite article too ("dubbed a
    /// “food desert”"), where the others' indefinite object is an opinion ("called it a
    /// “disgrace”").
    pub term_markers: PhraseSet<bool>,
    /// "selon", "according to"; `true` for a phrase that may also introduce no source at all
    /// (« pour Noël »), after which only a known person or organisation is a speaker.
    pub according_to: PhraseSet<bool>,
    /// « de son côté », "for her part": skipped between a reporting verb and its subject.
    pub asides: PhraseSet<()>,
    /// « la direction », "the board": bodies that speak for the organisation they are of.
    pub governing_nouns: PhraseSet<()>,
    /// « la », « du », "the": a role noun after one refers to someone already introduced.
    /// A phrase set for its one-bit test on a token, as it is tried at every token.
    pub definite_determiners: PhraseSet<Gender>,
    /// « ce dernier », "the latter": noun phrases that point back to the person named last,
    /// as a pronoun does.
    pub anaphors: PhraseSet<PronounInfo>,
    /// « fait savoir » (complete: `true`), « tenu à » + infinitive (`false`).
    pub light_verbs: PhraseSet<bool>,
    /// Infinitives of the reporting verbs (« préciser », "add"), after a light verb.
    reporting_infinitives: HashSet<String>,
    pub auxiliaries: PhraseSet<()>,
    pub organisation_nouns: PhraseSet<()>,
    /// The organisation nouns marked "business" (see [`Lexicon::is_company_noun`]).
    business_nouns: FoldedMap<()>,
    /// Nouns for a person that are no role ("homme", "woman", "adolescente").
    pub person_nouns: PhraseSet<()>,
    /// « Dans un communiqué », "In a statement": a sentence opening so is an organisation's.
    pub statement_openers: PhraseSet<()>,
    /// « anonymat », "anonymity", "asked not to be named": a sentence holding one leaves its
    /// unnamed subject unnamed.
    pub anonymity_markers: PhraseSet<()>,
    /// « porte-parole », "spokeswoman": a person who speaks for an organisation; unnamed, the
    /// quotation has no speaker and is spoken on the organisation's behalf.
    pub spokesperson_nouns: PhraseSet<()>,
    /// Abbreviations as written, without the final period ("M", "U.S", "Dr").
    abbreviations: HashSet<String>,
    /// As written (case matters: "Bank", not "bank"), with a key filter for tokens.
    organisation_words: HashSet<String>,
    organisation_word_keys: KeyFilter,
    age_verbs: HashSet<String>,
    age_verb_blockers: HashSet<String>,
    postnominal_adjective_suffixes: Vec<String>,
    opening_participle_suffixes: Vec<String>,
    /// The plain lists, looked up folded.
    sets: FoldedSets,
    /// The words of the four lists [`Lexicon::is_preposition`] tries, in one.
    prepositions: FoldedMap<()>,
}

struct Sources {
    reporting_verbs: &'static str,
    pronouns: &'static str,
    possessives: &'static str,
    object_pronouns: &'static str,
    titles: &'static str,
    first_names: &'static str,
    role_nouns: &'static str,
    term_markers: &'static str,
    according_to: &'static str,
    asides: &'static str,
    governing_nouns: &'static str,
    definite_determiners: &'static str,
    anaphors: &'static str,
    light_verbs: &'static str,
    role_synonyms: &'static str,
    title_roles: &'static str,
    abbreviations: &'static str,
    organisation_words: &'static str,
    auxiliaries: &'static str,
    organisation_nouns: &'static str,
    person_nouns: &'static str,
    statement_openers: &'static str,
    anonymity_markers: &'static str,
    spokesperson_nouns: &'static str,
    age_verbs: &'static str,
    postnominal_adjective_suffixes: &'static str,
    opening_participle_suffixes: &'static str,
}

macro_rules! sources {
    ($dir:literal) => {
        Sources {
            reporting_verbs: include_str!(concat!("data/", $dir, "/reporting_verbs.txt")),
            pronouns: include_str!(concat!("data/", $dir, "/pronouns.txt")),
            possessives: include_str!(concat!("data/", $dir, "/possessives.txt")),
            object_pronouns: include_str!(concat!("data/", $dir, "/object_pronouns.txt")),
            titles: include_str!(concat!("data/", $dir, "/titles.txt")),
            first_names: include_str!(concat!("data/", $dir, "/first_names.txt")),
            role_nouns: include_str!(concat!("data/", $dir, "/role_nouns.txt")),
            term_markers: include_str!(concat!("data/", $dir, "/term_markers.txt")),
            according_to: include_str!(concat!("data/", $dir, "/according_to.txt")),
            asides: include_str!(concat!("data/", $dir, "/asides.txt")),
            governing_nouns: include_str!(concat!("data/", $dir, "/governing_nouns.txt")),
            definite_determiners: include_str!(concat!("data/", $dir, "/definite_determiners.txt")),
            anaphors: include_str!(concat!("data/", $dir, "/anaphors.txt")),
            light_verbs: include_str!(concat!("data/", $dir, "/light_verbs.txt")),
            role_synonyms: include_str!(concat!("data/", $dir, "/role_synonyms.txt")),
            title_roles: include_str!(concat!("data/", $dir, "/title_roles.txt")),
            abbreviations: include_str!(concat!("data/", $dir, "/abbreviations.txt")),
            organisation_words: include_str!(concat!("data/", $dir, "/organisation_words.txt")),
            auxiliaries: include_str!(concat!("data/", $dir, "/auxiliaries.txt")),
            organisation_nouns: include_str!(concat!("data/", $dir, "/organisation_nouns.txt")),
            person_nouns: include_str!(concat!("data/", $dir, "/person_nouns.txt")),
            statement_openers: include_str!(concat!("data/", $dir, "/statement_openers.txt")),
            anonymity_markers: include_str!(concat!("data/", $dir, "/anonymity_markers.txt")),
            spokesperson_nouns: include_str!(concat!("data/", $dir, "/spokesperson_nouns.txt")),
            age_verbs: include_str!(concat!("data/", $dir, "/age_verbs.txt")),
            postnominal_adjective_suffixes: include_str!(concat!(
                "data/",
                $dir,
                "/postnominal_adjective_suffixes.txt"
            )),
            opening_participle_suffixes: include_str!(concat!(
                "data/",
                $dir,
                "/opening_participle_suffixes.txt"
            )),
        }
    };
}

/// The plain word lists: one data file each, folded into a set, read through a predicate
/// named for what the list means. Adding a list is one line here and one file per language.
macro_rules! folded_sets {
    ($( $(#[$doc:meta])* $accessor:ident => $field:ident : $file:literal; )*) => {
        struct FoldedSets {
            $( $field: FoldedMap<()>, )*
        }

        impl FoldedSets {
            fn fr() -> FoldedSets {
                FoldedSets { $( $field: folded(include_str!(concat!("data/fr/", $file))), )* }
            }

            fn en() -> FoldedSets {
                FoldedSets { $( $field: folded(include_str!(concat!("data/en/", $file))), )* }
            }
        }

        impl Lexicon {
            $(
                $(#[$doc])*
                pub fn $accessor<'w>(&self, word: impl Into<Word<'w>>) -> bool {
                    self.sets.$field.contains(word.into())
                }
            )*
        }
    };
}

/// The folded words of a plain list.
fn folded(source: &str) -> FoldedMap<()> {
    FoldedMap::new(entries(source).map(|(k, _)| (fold(k), ())).collect())
}

folded_sets! {
    /// Words that open a role's complement ("de", "of", "for"): "le maire de Sarreguemines".
    is_complement_word => complement_words: "complement_words.txt";
    /// What introduces the recipient of a statement ("à l’AFP", "to Reuters").
    is_indirect_object_marker => indirect_object_markers: "indirect_object_markers.txt";
    /// Words that end a name's lowercase tail: conjunctions, relatives and the like ("et",
    /// "qui", "and", "which").
    is_name_stop => name_stops: "name_stops.txt";
    /// « pour », "for": lowercase words an organisation's initials leave out (« Agence pour
    /// une vie de qualité (AViQ) », "Campaign for Nuclear Disarmament (CND)").
    is_initials_skipped => initials_skipped: "initials_skipped.txt";
    /// « un », « une », "a", "one": a speaker introduced this way is not named.
    is_indefinite_article => indefinite_articles: "indefinite_articles.txt";
    /// « ancien », "former": an adjective between a determiner and a role noun.
    is_role_modifier => role_modifiers: "role_modifiers.txt";
    /// « je », "I": inside a quotation, the quoted speaker introducing their own words.
    is_first_person => first_person_pronouns: "first_person_pronouns.txt";
    /// « je », « moi », "I", "my": inside a quotation, words only a person speaks.
    is_first_person_singular => first_person_singular: "first_person_singular.txt";
    /// « communiqué », "statement": a document that speaks for whoever issued it.
    is_document_noun => document_nouns: "document_nouns.txt";
    /// « lui », « m’ », « ne », "simply": what stands between a subject and its verb.
    is_verb_filler => verb_fillers: "verb_fillers.txt";
    /// "who": a name followed by one (after a comma) is a person's.
    is_person_relative => person_relatives: "person_relatives.txt";
    /// « comme », "as": after a quotation, what opens a clause saying how people name it.
    is_naming_opener => naming_openers: "naming_openers.txt";
    /// « surnomment », "call": in that clause, the verb that makes the quotation a name.
    is_naming_verb => naming_verbs: "naming_verbs.txt";
    /// « qui », "which": what opens a relative clause, which may run long between commas.
    is_relative_pronoun => relative_pronouns: "relative_pronouns.txt";
    /// « ce », "this": a noun phrase after one points back; it names nothing new.
    is_demonstrative => demonstratives: "demonstratives.txt";
    /// « on »: a pronoun that names nobody by itself.
    is_impersonal_pronoun => impersonal_pronouns: "impersonal_pronouns.txt";
    /// "et", "and", "ou", "or": what coordinates two values.
    is_coordinator => coordinators: "coordinators.txt";
    /// "de", "of": what links a person noun to an age (« une infirmière de 34 ans »).
    is_age_link => age_links: "age_links.txt";
    /// "que", "that": a verb followed by one is followed by its object clause, not its subject.
    is_complementizer => complementizers: "complementizers.txt";
    /// « mais », "though": after a comma, what opens a clause with a subject of its own.
    is_clause_opener => clause_openers: "clause_openers.txt";
    /// Reporting verbs whose object is the person told ("told Reuters"), never an inverted
    /// subject.
    takes_recipient => recipient_verbs: "recipient_verbs.txt";
    /// The preposition of a passive agent ("par", "by").
    is_agent_marker => agent_markers: "agent_markers.txt";
    /// Prepositions of place ("à", "in"): a name after one is a place, not a person.
    is_locative => locatives: "locatives.txt";
    /// Words capitalised at a sentence start that are never a name ("Le", "Selon", "The").
    is_capitalised_stopword => capitalised_stopwords: "stopwords_capitalised.txt";
    /// "SC", "MP", "OBE": letters after a person's name, not part of it.
    is_postnominal => postnominals: "postnominals.txt";
    /// « se », « s’ »: a participle after one reports speech (« s’est dite »).
    is_reflexive_pronoun => reflexive_pronouns: "reflexive_pronouns.txt";
    /// « du », « aux »: a preposition fused with the definite article, so a determiner too.
    is_contracted_article => contracted_articles: "contracted_articles.txt";
    /// « de », « van », "bin": what joins the words of a name ("Charles de Gaulle").
    is_name_particle => name_particles: "name_particles.txt";
    /// « quinquagénaire », or "year-old", the tail of "the 56-year-old": see `is_age_noun`.
    is_age_noun_tail => age_nouns: "age_nouns.txt";
    /// « ajoute », "added": a reporting verb that carries on the same speaker's words.
    is_continuation_verb => continuation_verbs: "continuation_verbs.txt";
    /// Reporting verbs that answer someone ("replied", « rétorque »): the pronoun before
    /// or after one turns to another speaker.
    is_reply_verb => reply_verbs: "reply_verbs.txt";
    /// "Ltd", « SA »: a legal form closing a company's name, left out of the entity's name.
    is_legal_suffix => legal_suffixes: "legal_suffixes.txt";
    /// "Co", "Ltd": organisation words that only close a name; opening one they mark no
    /// company (Irish "Co Cork" is County Cork).
    is_closing_organisation_word => closing_organisation_words: "closing_organisation_words.txt";
    /// « plan », « opération », « label »: a noun that a capitalised short quotation right
    /// after it names (« le plan « Ville verte » »): a designation, not speech.
    is_designation_noun => designation_nouns: "designation_nouns.txt";
    /// « C'est », « Voilà », "That is": what opens a cleft after a quotation (« « … » C'est le
    /// constat que dresse X »).
    is_cleft_opener => cleft_openers: "cleft_openers.txt";
    /// "based", "listed": the participle closing a capitalised compound adjective
    /// ("the Toronto-based company"), which describes and names nothing.
    is_compound_participle => compound_participles: "compound_participles.txt";
}

static FR: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(Lang::Fr, &sources!("fr")));
static EN: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(Lang::En, &sources!("en")));

/// Yields `(key, values)` for each entry of a data file.
pub(crate) fn entries(source: &str) -> impl Iterator<Item = (&str, Vec<&str>)> {
    source.lines().filter_map(|line| {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        match line.split_once('|') {
            Some((key, values)) => Some((key.trim(), values.split_whitespace().collect())),
            None => Some((line, Vec::new())),
        }
    })
}

fn strip_period(s: &str) -> &str {
    s.strip_suffix('.').unwrap_or(s)
}

/// Longer words are never titles ("Monseigneur" is the longest common one).
const MAX_TITLE_BYTES: usize = 12;

impl Lexicon {
    pub fn get(lang: Lang) -> &'static Lexicon {
        match lang {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }

    fn build(lang: Lang, src: &Sources) -> Lexicon {
        let sets = match lang {
            Lang::Fr => FoldedSets::fr(),
            Lang::En => FoldedSets::en(),
        };
        let mut reporting_verbs = HashMap::default();
        let mut pronominal_lemmas = HashSet::default();
        for (lemma, forms) in entries(src.reporting_verbs) {
            let bare = lemma
                .strip_prefix("se ")
                .or_else(|| lemma.strip_prefix("s'"))
                .or_else(|| lemma.strip_prefix("s’"));
            if bare.is_some() {
                pronominal_lemmas.insert(lemma.to_string());
            }
            for form in forms.iter().copied().chain(bare) {
                reporting_verbs
                    .entry(fold(form))
                    .or_insert_with(|| lemma.to_string());
            }
        }
        let pronoun_table = |source: &str| -> HashMap<String, PronounInfo> {
            entries(source)
                .map(|(k, v)| {
                    let gender = Gender::parse(v.first().copied().unwrap_or("any"));
                    let plural = v.get(1).is_some_and(|n| *n == "plural");
                    (fold(k), PronounInfo { gender, plural })
                })
                .collect()
        };
        let pronouns = pronoun_table(src.pronouns);
        let gendered = |source: &str| -> HashMap<String, Gender> {
            entries(source)
                .map(|(k, v)| {
                    (
                        fold(strip_period(k)),
                        Gender::parse(v.first().copied().unwrap_or("any")),
                    )
                })
                .collect()
        };
        let plain = |source: &str| -> HashSet<String> {
            entries(source)
                .map(|(k, _)| strip_period(k).to_string())
                .collect()
        };
        let organisation_words = plain(src.organisation_words);
        Lexicon {
            lang,
            reporting_verbs: FoldedMap::new(reporting_verbs),
            pronominal_lemmas,
            pronouns: FoldedMap::new(pronouns),
            possessives: FoldedMap::new(pronoun_table(src.possessives)),
            object_pronouns: FoldedMap::new(pronoun_table(src.object_pronouns)),
            titles: FoldedMap::new(gendered(src.titles)),
            first_names: FoldedMap::new(gendered(src.first_names)),
            role_nouns: PhraseSet::from_entries(
                entries(src.role_nouns)
                    .map(|(k, v)| (k, Gender::parse(v.first().copied().unwrap_or("any")))),
            ),
            single_word_roles: entries(src.role_nouns)
                .filter(|(k, _)| !k.contains(' '))
                .map(|(k, _)| fold(k))
                .collect(),
            term_markers: PhraseSet::from_entries(
                entries(src.term_markers).map(|(k, v)| (k, v.first() == Some(&"indefinite"))),
            ),
            according_to: PhraseSet::from_entries(
                entries(src.according_to).map(|(k, v)| (k, v.first() == Some(&"ambiguous"))),
            ),
            // A written statement's phrase is an aside too (« écrit dans un communiqué la
            // coopérative »): one list serves both.
            asides: PhraseSet::from_entries(
                entries(src.asides)
                    .chain(entries(src.statement_openers))
                    .map(|(k, _)| (k, ())),
            ),
            governing_nouns: PhraseSet::from_entries(
                entries(src.governing_nouns).map(|(k, _)| (k, ())),
            ),
            definite_determiners: PhraseSet::from_entries(
                entries(src.definite_determiners)
                    .map(|(k, v)| (k, Gender::parse(v.first().copied().unwrap_or("any")))),
            ),
            anaphors: PhraseSet::from_entries(entries(src.anaphors).map(|(k, v)| {
                let gender = Gender::parse(v.first().copied().unwrap_or("any"));
                let plural = v.get(1).is_some_and(|n| *n == "plural");
                (k, PronounInfo { gender, plural })
            })),
            light_verbs: PhraseSet::from_entries(
                entries(src.light_verbs).map(|(k, v)| (k, v.first() == Some(&"complete"))),
            ),
            reporting_infinitives: entries(src.reporting_verbs)
                .map(|(lemma, _)| {
                    let bare = lemma
                        .strip_prefix("se ")
                        .or_else(|| lemma.strip_prefix("s'"))
                        .or_else(|| lemma.strip_prefix("s’"))
                        .unwrap_or(lemma);
                    fold(bare)
                })
                .collect(),
            role_synonyms: entries(src.role_synonyms)
                .map(|(k, v)| (fold(k), v.iter().map(|r| fold(r)).collect()))
                .collect(),
            title_roles: entries(src.title_roles)
                .map(|(k, v)| (fold(k), v.iter().map(|r| fold(r)).collect()))
                .collect(),
            auxiliaries: PhraseSet::from_entries(entries(src.auxiliaries).map(|(k, _)| (k, ()))),
            abbreviations: plain(src.abbreviations),
            organisation_word_keys: KeyFilter::new(organisation_words.iter().map(|w| fold_key(w))),
            organisation_words,
            person_nouns: PhraseSet::from_entries(entries(src.person_nouns).map(|(k, _)| (k, ()))),
            statement_openers: PhraseSet::from_entries(
                entries(src.statement_openers).map(|(k, _)| (k, ())),
            ),
            anonymity_markers: PhraseSet::from_entries(
                entries(src.anonymity_markers).map(|(k, _)| (k, ())),
            ),
            spokesperson_nouns: PhraseSet::from_entries(
                entries(src.spokesperson_nouns).map(|(k, _)| (k, ())),
            ),
            age_verbs: entries(src.age_verbs)
                .filter(|(_, v)| v.is_empty())
                .map(|(k, _)| fold(k))
                .collect(),
            age_verb_blockers: entries(src.age_verbs)
                .filter(|(_, v)| v.first() == Some(&"blocker"))
                .map(|(k, _)| fold(k))
                .collect(),
            prepositions: FoldedMap::new(
                [
                    &sets.complement_words,
                    &sets.locatives,
                    &sets.indirect_object_markers,
                    &sets.agent_markers,
                ]
                .into_iter()
                .flat_map(FoldedMap::words)
                .map(|w| (w.clone(), ()))
                .collect(),
            ),
            sets,
            postnominal_adjective_suffixes: entries(src.postnominal_adjective_suffixes)
                .map(|(k, _)| k.to_string())
                .collect(),
            opening_participle_suffixes: entries(src.opening_participle_suffixes)
                .map(|(k, _)| k.to_string())
                .collect(),
            organisation_nouns: PhraseSet::from_entries(
                entries(src.organisation_nouns).map(|(k, _)| (k, ())),
            ),
            business_nouns: FoldedMap::new(
                entries(src.organisation_nouns)
                    .filter(|(_, v)| v.first() == Some(&"business"))
                    .map(|(k, _)| (fold(k), ()))
                    .collect(),
            ),
        }
    }

    /// Whether `word` is the infinitive of a reporting verb (« préciser », "add").
    pub fn is_reporting_infinitive(&self, word: &str) -> bool {
        with_folded(word, |w| self.reporting_infinitives.contains(w))
    }

    /// The lemma of a reporting verb form ("lança" → "lancer").
    pub fn reporting_verb<'w>(&self, word: impl Into<Word<'w>>) -> Option<&str> {
        self.reporting_verbs.get(word.into()).map(String::as_str)
    }

    pub fn is_pronominal(&self, lemma: &str) -> bool {
        self.pronominal_lemmas.contains(lemma)
    }

    pub fn pronoun<'w>(&self, word: impl Into<Word<'w>>) -> Option<PronounInfo> {
        self.pronouns.get(word.into()).copied()
    }

    /// The person an object pronoun after a preposition stands for ("according to him",
    /// « selon elle »).
    pub fn object_pronoun<'w>(&self, word: impl Into<Word<'w>>) -> Option<PronounInfo> {
        self.object_pronouns.get(word.into()).copied()
    }

    /// The possessor a possessive determiner stands for ("her" → one woman, « son » →
    /// one person).
    pub fn possessive<'w>(&self, word: impl Into<Word<'w>>) -> Option<PronounInfo> {
        self.possessives.get(word.into()).copied()
    }

    /// The head noun of a folded role phrase, the word a later mention of the role repeats:
    /// « délégué syndical » → délégué, « premier ministre » → ministre, "housing minister" →
    /// minister. French noun phrases are head-initial, English ones head-final: the first
    /// (French) or last (English) word that is a role noun by itself, else that end's word.
    pub fn role_head<'r>(&self, role: &'r str) -> &'r str {
        let is_role = |w: &&str| self.single_word_roles.contains(*w);
        if self.head_final() {
            role.rsplit(' ')
                .find(is_role)
                .unwrap_or_else(|| role.rsplit(' ').next().unwrap_or(role))
        } else {
            role.split(' ')
                .find(is_role)
                .unwrap_or_else(|| role.split(' ').next().unwrap_or(role))
        }
    }

    /// A one-word definite determiner at token `k` (« la », « l’ », "the"), with the gender
    /// it marks.
    pub fn definite_determiner_at(&self, text: &str, tokens: &[Token], k: usize) -> Option<Gender> {
        match self.definite_determiners.match_at(text, tokens, k) {
            Some((1, gender)) => Some(gender),
            _ => None,
        }
    }

    /// The one-word definite determiner right before token `k`, past an elision (« l’ »
    /// before « ancien », « le » before « système »): its token index.
    pub fn definite_determiner_before(
        &self,
        text: &str,
        tokens: &[Token],
        k: usize,
    ) -> Option<usize> {
        let mut d = k.checked_sub(1)?;
        if crate::text::past_elision(text, tokens, d) > d {
            d = d.checked_sub(1)?;
        }
        self.definite_determiner_at(text, tokens, d).map(|_| d)
    }

    /// A preposition of any list: of a complement (« de », "of"), a place (« à », "in"), a
    /// recipient (« au », "to") or a passive agent (« par », "by"). A name right after one is
    /// a complement, never a subject.
    pub fn is_preposition<'w>(&self, word: impl Into<Word<'w>>) -> bool {
        self.prepositions.contains(word.into())
    }

    /// "56-year-old", « quinquagénaire »: a noun that names a person by their age.
    pub fn is_age_noun<'w>(&self, word: impl Into<Word<'w>>) -> bool {
        let word = word.into();
        self.is_age_noun_tail(word)
            || word
                .text
                .split_once('-')
                .is_some_and(|(age, tail)| !age.is_empty() && self.is_age_noun_tail(tail))
    }

    /// Whether nouns take their modifiers before them ("battalion chief", "housing
    /// minister") rather than after (« délégué syndical », « ministre du Logement »).
    pub fn head_final(&self) -> bool {
        self.lang == Lang::En
    }

    /// Whether an institution is referred back to by the neuter pronoun only ("the bank …
    /// it"), never by a gendered one as French « la banque … elle » is.
    pub fn institutions_are_neuter(&self) -> bool {
        self.lang == Lang::En
    }

    /// Whether a role noun or a person noun (« habitant », "official") starts at token `k`.
    pub fn person_noun_at(&self, text: &str, tokens: &[Token], k: usize) -> bool {
        self.person_noun_len_at(text, tokens, k).is_some()
    }

    /// The length in tokens of the role noun or person noun starting at token `k`.
    pub fn person_noun_len_at(&self, text: &str, tokens: &[Token], k: usize) -> Option<usize> {
        self.role_nouns
            .match_at(text, tokens, k)
            .map(|(n, _)| n)
            .or_else(|| self.person_nouns.match_at(text, tokens, k).map(|(n, ())| n))
    }

    /// Whether a role noun or a person noun ends right before token `end`.
    pub fn person_noun_ending_at(&self, text: &str, tokens: &[Token], end: usize) -> bool {
        self.role_nouns.match_ending_at(text, tokens, end).is_some()
            || self
                .person_nouns
                .match_ending_at(text, tokens, end)
                .is_some()
    }

    /// A role noun after a determiner, past a modifier (« l’ancien directeur », "the former
    /// nurse") and, where nouns are premodified, one lowercase noun ("the battalion chief"):
    /// where the role noun starts, its length in tokens and its gender.
    pub fn role_after_determiner(
        &self,
        text: &str,
        tokens: &[Token],
        at: usize,
    ) -> Option<(usize, usize, Gender)> {
        let word = |k: usize| tokens.get(k).map_or("".into(), |t| t.word(text));
        let mut at = at;
        if self.is_role_modifier(word(at)) {
            at += 1;
        }
        if let Some((n, gender)) = self.role_nouns.match_at(text, tokens, at) {
            return Some((at, n, gender));
        }
        if self.is_age_noun(word(at)) {
            return Some((at, 1, Gender::Any));
        }
        let premodifier = tokens.get(at).is_some_and(|t| t.is_word())
            && word(at).text.chars().all(char::is_lowercase);
        if self.head_final() && premodifier {
            let (n, gender) = self.role_nouns.match_at(text, tokens, at + 1)?;
            return Some((at + 1, n, gender));
        }
        None
    }

    /// The role heads a referring role noun can stand for (« technicien » → entraîneur…).
    pub fn role_synonyms(&self, head: &str) -> &[String] {
        self.role_synonyms.get(head).map_or(&[], Vec::as_slice)
    }

    /// The role nouns the title `word` implies (« Me » → avocat, avocate; "Dr" → doctor).
    pub fn title_roles(&self, word: &str) -> &[String] {
        with_folded(strip_period(word), |t| {
            self.title_roles.get(t).map_or(&[][..], Vec::as_slice)
        })
    }

    pub fn title<'w>(&self, word: impl Into<Word<'w>>) -> Option<Gender> {
        let Word { text: word, key } = word.into();
        // Every title is short; skip the fold (an allocation) for ordinary words.
        if word.len() > MAX_TITLE_BYTES || !crate::text::starts_uppercase(word) {
            return None;
        }
        let stripped = strip_period(word);
        // A token's key is the key of its text (a token never ends with a period).
        let key = key.filter(|_| stripped.len() == word.len());
        self.titles
            .get(Word {
                text: stripped,
                key,
            })
            .copied()
    }

    pub fn first_name<'w>(&self, word: impl Into<Word<'w>>) -> Option<Gender> {
        // Names are stored folded, so "YANN" still matches.
        let word = word.into();
        self.first_names.get(word).copied().or_else(|| {
            // « Anne-Claude », « Jean-Marie »: a compound of two first names takes the
            // gender of its first.
            let (first, second) = word.text.split_once('-')?;
            self.first_names.get(second.into())?;
            self.first_names.get(first.into()).copied()
        })
    }

    /// Whether `word` (as written, without its final period) is an abbreviation that
    /// does not end a sentence.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }

    /// « entreprise », "company": an organisation noun of a business, which an adjective or a
    /// place only describes (« l'entreprise eschoise », "the Luxembourg company").
    pub fn is_company_noun<'w>(&self, word: impl Into<Word<'w>>) -> bool {
        self.business_nouns.contains(word.into())
    }

    pub fn is_organisation_word<'w>(&self, word: impl Into<Word<'w>>) -> bool {
        let word = word.into();
        // Equal words have equal keys: a token whose key is not in the filter is no entry.
        if word
            .key
            .is_some_and(|key| !self.organisation_word_keys.may_contain(key))
        {
            return false;
        }
        self.organisation_words.contains(word.text)
    }

    /// A lowercase word with the ending of an adjective that follows a name (« européenne »).
    pub fn is_postnominal_adjective(&self, word: &str) -> bool {
        word.chars().count() > 4
            && self
                .postnominal_adjective_suffixes
                .iter()
                .any(|s| word.ends_with(s.as_str()))
    }

    /// "Toronto-based", "state-owned": a hyphenated word closed by a participle of
    /// `compound_participles.txt`, which describes the noun after it and names nothing.
    pub fn is_compound_adjective(&self, word: &str) -> bool {
        // (a plain byte loop: most words hold no hyphen, and this runs for many)
        word.bytes()
            .rposition(|b| b == b'-')
            .and_then(|i| word.get(i + 1..))
            .is_some_and(|last| self.is_compound_participle(last))
    }

    /// "Launching", « Interrogé »: whether a capitalised word opening a sentence ends like a
    /// participle, which opens a phrase with its own object before the subject.
    pub fn is_opening_participle(&self, word: &str) -> bool {
        word.chars().count() > 3
            && self
                .opening_participle_suffixes
                .iter()
                .any(|s| word.ends_with(s.as_str()))
    }

    /// « a », « ont »: with a number of years, a verb that states an age.
    pub fn is_age_verb(&self, word: &str) -> bool {
        with_folded(word, |w| self.age_verbs.contains(w))
    }

    /// « y » in « il y a 3 ans »: the age verb is then "ago".
    pub fn is_age_verb_blocker(&self, word: &str) -> bool {
        with_folded(word, |w| self.age_verb_blockers.contains(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_load_in_both_languages() {
        for lang in [Lang::Fr, Lang::En] {
            let lex = Lexicon::get(lang);
            assert!(
                lex.reporting_verbs.len() > 300,
                "{lang}: too few verb forms"
            );
            assert!(lex.first_names.len() > 500, "{lang}: too few first names");
        }
    }

    #[test]
    fn french_verb_forms_map_to_lemmas() {
        let fr = Lexicon::get(Lang::Fr);
        assert_eq!(fr.reporting_verb("lança"), Some("lancer"));
        assert_eq!(fr.reporting_verb("déclaré"), Some("déclarer"));
        assert!(fr.reporting_verb("félicité").is_some());
        assert_eq!(fr.reporting_verb("maison"), None);
    }

    #[test]
    fn english_verbs_pronouns_and_titles() {
        let en = Lexicon::get(Lang::En);
        assert_eq!(en.reporting_verb("said"), Some("say"));
        assert_eq!(en.pronoun("She").map(|p| p.gender), Some(Gender::Female));
        assert_eq!(en.title("Mr."), Some(Gender::Male));
        assert!(en.is_abbreviation("U.S"));
    }

    #[test]
    fn gender_compatibility() {
        assert!(Gender::Male.compatible(Gender::Any));
        assert!(!Gender::Male.compatible(Gender::Female));
        assert!(!Gender::Neuter.compatible(Gender::Male));
        assert!(!Gender::Any.compatible(Gender::Neuter));
    }
}
