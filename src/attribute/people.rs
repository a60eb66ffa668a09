//! People and organisations of one document: mentions merged into entities ("LeCun" and
//! "Yann LeCun" are one person, named by the fullest form or by the ledger), each with a
//! kind and a gender gathered from every mention's evidence.

use rustc_hash::FxHashMap as HashMap;

use crate::extract::mentions::{Mention, is_romanised_given_name};
use crate::lexicon::{Gender, Lexicon};
use crate::text::{Word, eq_fold, fold, fold_key, with_folded};

/// A person the ledger knows, for naming and gender.
#[derive(Clone, Debug)]
pub struct KnownPerson {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub gender: Option<Gender>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    /// A capitalised name with no evidence either way (a product, a place, a company).
    Unknown,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Entity {
    /// Canonical name: the ledger's, else the fullest form the document uses.
    pub name: String,
    pub kind: EntityKind,
    pub gender: Gender,
    pub ledger_id: Option<String>,
    /// Folded role nouns seen next to its mentions ("pdg", "cofondatrice").
    pub roles: Vec<String>,
}

pub struct People {
    pub entities: Vec<Entity>,
    /// The entity of each mention, same order as the mentions.
    pub of_mention: Vec<usize>,
    counts: Vec<usize>,
    /// Whether each mention is the acronym in parentheses after the name it abbreviates.
    short_forms: Vec<bool>,
    /// The first mention of each entity.
    first_mentions: Vec<usize>,
}

/// A name nothing marks as a person's (no title, no first name the lexicon knows): alone, it
/// may be the first word of an organisation's name ("Kestrel Pay" → "Kestrel").
fn unmarked(mention: &Mention) -> bool {
    mention.title_gender.is_none() && mention.first_name_gender.is_none()
}

impl People {
    /// `lex`: the document's language, which says whether a name's head comes last
    /// ([`Lexicon::head_final`]) and which words an acronym leaves out.
    /// `headline_end`: where the headline ends (0 without one); see `first_unique`.
    pub fn build(
        text: &str,
        mentions: &[Mention],
        known: &[KnownPerson],
        lex: &Lexicon,
        headline_end: usize,
    ) -> People {
        let head_final = lex.head_final();
        let mut entities: Vec<Entity> = Vec::new();
        let mut of_mention = vec![usize::MAX; mentions.len()];
        let mut by_alias: FoldedNames<usize> = FoldedNames::default();
        let mut by_last_word: FoldedNames<usize> = FoldedNames::default();
        // First word of a multi-word organisation's name (« Union » of « Union des bailleurs
        // solidaires »); `None` once two entities share it.
        let mut by_first_word: FoldedNames<Option<usize>> = FoldedNames::default();
        // The same for English names nothing marks ("Kestrel Pay"), consulted after the
        // organisations': "Westgate Lithium Ltd" is what "Westgate" names, not the headline's
        // "Westgate Lithium Cuts".
        let mut by_first_unmarked: FoldedNames<Option<usize>> = FoldedNames::default();
        // First word of a multi-word person's name, for a title and one word that name
        // the person by it ("Tan Wei Ming" → "Mr Tan", "Rosnah Ismail" → "Madam Rosnah");
        // `None` once two entities share it.
        let mut by_first_name_word: FoldedNames<Option<usize>> = FoldedNames::default();

        // The ledger's names and aliases first: they win over document forms.
        let mut ledger_entity: HashMap<String, usize> = HashMap::default();
        let ledger_names: HashMap<String, &KnownPerson> = known
            .iter()
            .flat_map(|p| {
                std::iter::once(&p.name)
                    .chain(&p.aliases)
                    .map(move |n| (fold(n), p))
            })
            .collect();

        // Which mentions are the acronym in parentheses after the name before them.
        let short_forms: Vec<bool> = (0..mentions.len())
            .map(|m| is_short_form(text, mentions, m))
            .collect();
        // Pass 1: ledger matches and multi-word names create entities.
        // Which entities a name marked as an organisation's has named so far.
        let mut organisation_named: Vec<bool> = Vec::new();
        // Which entities only the headline has named so far.
        let mut headline_only: Vec<bool> = Vec::new();
        // Which entities a mention has marked as a person's (a title, a known first name, an
        // age, a person's role): a lone first word may name them.
        let mut person_marked: Vec<bool> = Vec::new();
        for (m, mention) in mentions.iter().enumerate() {
            let in_headline = mention.range.start < headline_end;
            let written = text.get(mention.range.clone()).unwrap_or("");
            // Names are looked up folded on the stack; only a new key is allocated.
            if !ledger_names.is_empty()
                && let Some(person) = with_folded(written, |w| ledger_names.get(w).copied())
            {
                let id = *ledger_entity.entry(person.id.clone()).or_insert_with(|| {
                    entities.push(Entity {
                        name: person.name.clone(),
                        kind: EntityKind::Person,
                        gender: person.gender.unwrap_or(Gender::Any),
                        ledger_id: Some(person.id.clone()),
                        roles: Vec::new(),
                    });
                    entities.len() - 1
                });
                of_mention[m] = id;
                let last = mention.last_word(text);
                if !last.is_empty() {
                    first_wins(&mut by_last_word, last, id);
                }
                continue;
            }
            if mention.words.count < 2 {
                continue;
            }
            let id = match by_alias.get(written.into()).copied() {
                Some(id) => id,
                None => {
                    // An institution named by a common noun (« laboratoire de LeCun », « agence
                    // régionale de santé ») is never the person its complement names.
                    let institution = mention.organisation_like
                        && !crate::text::starts_uppercase(
                            text.get(mention.range.clone()).unwrap_or(""),
                        );
                    let last = mention.last_word(text);
                    // « Union des vignerons de Benauge » and « Cave des Coteaux de Benauge »
                    // share their place, not their name: organisations of different heads
                    // stay apart.
                    let other_head = |id: usize| {
                        (mention.organisation_like
                            || organisation_named.get(id).copied().unwrap_or(false))
                            && entities.get(id).is_some_and(|e: &Entity| {
                                e.name.split(' ').next().is_some_and(|head| {
                                    !crate::text::eq_fold(head, mention.first_word(text))
                                })
                            })
                    };
                    // "Kylie Barton … Her husband, Dean Barton": two first names (one of them
                    // known) before one surname are two people of one family
                    // (not in the headline, whose names are compressed: "Marathoner Cheruiyot")
                    let other_first_name = |id: usize| {
                        let first = mention.first_word(text);
                        !in_headline
                            && !headline_only.get(id).copied().unwrap_or(false)
                            && !mention.organisation_like
                            && !organisation_named.get(id).copied().unwrap_or(false)
                            && entities.get(id).is_some_and(|e: &Entity| {
                                e.name.split(' ').nth(1).is_some()
                                    && e.name.split(' ').next().is_some_and(|other| {
                                        // (« da Silva », "van den Bossche": a surname's
                                        // particle is no first name)
                                        !crate::text::eq_fold(other, first)
                                            && crate::text::starts_uppercase(other)
                                            && crate::text::starts_uppercase(first)
                                            && !lex.is_name_particle(other)
                                            && !lex.is_name_particle(first)
                                            && (lex.first_name(other).is_some()
                                                || lex.first_name(first).is_some())
                                    })
                            })
                    };
                    // "Chen Kuo-hua … Chen Yu-ting": two romanised given names after one
                    // surname are two people too
                    let other_given_name = |id: usize| {
                        let given = mention.given_name_after_surname(text);
                        entities.get(id).is_some_and(|e: &Entity| {
                            e.name.rsplit_once(' ').is_some_and(|(_, other)| {
                                is_romanised_given_name(other)
                                    && given.is_some_and(|g| !crate::text::eq_fold(g, other))
                            })
                        })
                    };
                    let known = if institution {
                        None
                    } else {
                        by_last_word.get(last.into()).copied().filter(|&id| {
                            !other_head(id) && !other_first_name(id) && !other_given_name(id)
                        })
                    };
                    // "Nurul Aina Kamarudin … said Nurul Aina, 31": the first words of one
                    // person's name name them (Malay, Arabic and Indonesian names, where the
                    // given names are what a story calls its subject by).
                    let known = known.or_else(|| {
                        if institution || mention.organisation_like {
                            return None;
                        }
                        let id = (*by_first_name_word.get(mention.first_word(text).into())?)?;
                        // (not the headline's "Kestrel Pay Jumps", nor an organisation's name)
                        if headline_only.get(id).copied().unwrap_or(false)
                            || organisation_named.get(id).copied().unwrap_or(false)
                        {
                            return None;
                        }
                        let name = entities.get(id)?.name.as_str();
                        let prefix = name.get(..written.len())?;
                        // (what the shorter form leaves out is a surname, maybe with its
                        // particles: not the "PD 417" of a boat's "Silver Dawn PD 417")
                        let rest = name.get(written.len()..)?;
                        let surname = |w: &str| {
                            lex.is_name_particle(w)
                                || crate::text::starts_uppercase(w)
                                    && w.chars().any(char::is_lowercase)
                        };
                        (crate::text::eq_fold(prefix, written)
                            && rest.starts_with(' ')
                            && rest.split_whitespace().count() <= 3
                            && rest.split_whitespace().all(surname))
                        .then_some(id)
                    });
                    let id = match known {
                        Some(id) => id,
                        None => push_unknown(&mut entities, text, mention),
                    };
                    organisation_named.resize(entities.len(), false);
                    if let Some(named) = organisation_named.get_mut(id) {
                        *named |= mention.organisation_like;
                    }
                    headline_only.resize(entities.len(), true);
                    if let Some(only) = headline_only.get_mut(id) {
                        *only &= in_headline;
                    }
                    person_marked.resize(entities.len(), false);
                    if let Some(marked) = person_marked.get_mut(id) {
                        *marked |= marks_a_person(mention);
                    }
                    let weak = |e: usize| headline_only.get(e).copied().unwrap_or(false);
                    // « le Regroupement des cliniques de l’Outaouais … pour l’Outaouais »: the
                    // last word of an organisation's name is its complement's, a place that
                    // names it no more than a surname would.
                    if !institution && !mention.organisation_like {
                        first_wins(&mut by_last_word, last, id);
                    }
                    // "Airbus A320neo" is a product: a model code is no part of a company's name.
                    // Digits are word chars: any in the name is in one of its words.
                    let product = written.bytes().any(|b| b.is_ascii_digit());
                    // "German auto parts maker", "Delhi health department": where names end
                    // with their head, a capitalised adjective or place before common nouns is
                    // no name's first word (« Commission européenne » starts with its head).
                    let proper = !head_final
                        || written.split_whitespace().nth(1).is_some_and(|w| {
                            crate::text::starts_uppercase(w) || w.chars().count() <= 3
                        }) && !product;
                    let first = mention.first_word(text);
                    let map = if mention.organisation_like {
                        (!product && proper).then_some(&mut by_first_word)
                    } else {
                        (!institution).then_some(&mut by_first_name_word)
                    };
                    if let Some(map) = map {
                        first_unique(map, first, id, weak);
                    }
                    // "Kestrel Pay … Kestrel": an English name in capitals that nothing marks
                    // as a person's may be a firm, named again by its first word.
                    if head_final && !mention.organisation_like && unmarked(mention) && proper {
                        first_unique(&mut by_first_unmarked, first, id, weak);
                    }
                    by_alias.insert(written, id);
                    id
                }
            };
            of_mention[m] = id;
        }
        let mut acronyms: Option<HashMap<String, Option<usize>>> = None;
        // People of pass 1 who share a surname (« Johanne Tremblay », « Sylvain Tremblay »),
        // by the `fold_key` of the surname (the names are compared when looked up), and the
        // gender each one's mentions give so far: what a titled surname of pass 2 needs to
        // choose between them (most documents have none).
        let mut namesakes: HashMap<u32, Vec<usize>> = HashMap::default();
        for (e, entity) in entities.iter().enumerate() {
            if let Some((_, last)) = entity.name.rsplit_once(' ') {
                namesakes.entry(fold_key(last)).or_default().push(e);
            }
        }
        namesakes.retain(|_, shared| shared.len() >= 2);
        let mut genders_given: Vec<Option<Gender>> = Vec::new();
        if !namesakes.is_empty() {
            genders_given = vec![None; entities.len()];
            for (mention, &e) in mentions.iter().zip(&of_mention) {
                give_gender(&mut genders_given, e, mention);
            }
        }
        // Pass 2: single words join the entity whose name ends with them ("LeCun"), an
        // organisation word alone the one organisation whose name it begins (« L’Union, qui
        // fédère 410 organismes »), else stand alone.
        for (m, mention) in mentions.iter().enumerate() {
            if of_mention[m] != usize::MAX {
                continue;
            }
            let written = text.get(mention.range.clone()).unwrap_or("");
            // « l’Union des cheminots du Midi (UCM) »: a parenthesised word right after a
            // name is that name's short form, here and wherever it comes back.
            if short_forms[m]
                && let Some(&defined) = of_mention.get(m - 1)
                && defined != usize::MAX
            {
                by_alias.insert(written, defined);
                of_mention[m] = defined;
                continue;
            }
            // Folded once for the four maps.
            let w = Word {
                text: written,
                key: Some(fold_key(written)),
            };
            // « M. Tremblay » after Johanne and Sylvain Tremblay: the namesake of the title's
            // gender
            let namesakes_of = |g| {
                let shared: Vec<usize> = (namesakes.get(&w.key.unwrap_or(0))?.iter().copied())
                    .filter(|&e| {
                        entities[e]
                            .name
                            .rsplit_once(' ')
                            .is_some_and(|(_, last)| eq_fold(last, written))
                    })
                    .collect();
                namesake_of_gender(&shared, &genders_given, g)
            };
            let found = by_last_word
                .get(w)
                .map(|&id| {
                    (mention.title_gender)
                        .filter(|_| !namesakes.is_empty())
                        .and_then(namesakes_of)
                        .unwrap_or(id)
                })
                .as_ref()
                .or_else(|| by_alias.get(w))
                .or_else(|| {
                    by_first_word
                        .get(w)
                        .and_then(Option::as_ref)
                        .or_else(|| by_first_unmarked.get(w).and_then(Option::as_ref))
                        .filter(|_| mention.organisation_like || unmarked(mention))
                })
                // (or a known first name alone: "For now, Giuseppe keeps working" is Giuseppe
                // Russo, as a feature names its subject)
                .or_else(|| {
                    by_first_name_word
                        .get(w)
                        .and_then(Option::as_ref)
                        // (or any first word of a name marked as a person's, past the sentence's
                        // start: "According to Roslan" after "chairman Datuk Roslan Ismail")
                        .filter(|&&id| {
                            mention.title_gender.is_some()
                                || lex.first_name(written).is_some()
                                || person_marked.get(id).copied().unwrap_or(false)
                                    && !mention.sentence_initial
                                    && !mention.organisation_like
                        })
                })
                .copied();
            // The acronyms of the names of pass 1, indexed once, on the first acronym.
            let found = found.or_else(|| {
                is_acronym(written)
                    .then(|| {
                        acronyms.get_or_insert_with(|| {
                            acronym_index(&entities, &organisation_named, lex)
                        })
                    })
                    .and_then(|index| index.get(written).copied().flatten())
            });
            let id = match found {
                Some(id) => id,
                None => {
                    let id = push_unknown(&mut entities, text, mention);
                    by_alias.insert(written, id);
                    id
                }
            };
            of_mention[m] = id;
            if !namesakes.is_empty() {
                give_gender(&mut genders_given, id, mention);
            }
        }
        let mut counts = vec![0; entities.len()];
        let mut first_mentions = vec![usize::MAX; entities.len()];
        for (m, &e) in of_mention.iter().enumerate() {
            // « les Cartonneries alpines de Jarrie (CAJ) » names them once
            if let Some(c) = counts.get_mut(e)
                && !short_forms.get(m).copied().unwrap_or(false)
            {
                *c += 1;
            }
            if let Some(first) = first_mentions.get_mut(e) {
                *first = (*first).min(m);
            }
        }
        let mut people = People {
            entities,
            of_mention,
            counts,
            short_forms,
            first_mentions,
        };
        people.settle(text, mentions);
        // "Westgate Lithium Ltd" is "Westgate Lithium" to the article and to a ledger, which
        // compare names by their last word.
        for entity in people.entities.iter_mut() {
            if entity.ledger_id.is_none()
                && entity.kind != EntityKind::Person
                && let Some((rest, last)) = entity.name.rsplit_once(' ')
                && lex.is_legal_suffix(last)
                // ("Amalgamated Mineworkers’ Union of SA": after a particle, a country)
                && !rest
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| lex.is_preposition(w) || lex.is_name_particle(w))
            {
                entity.name = rest.trim_end_matches([',', ' ']).to_string();
            }
        }
        people
    }

    /// Kind, gender, fullest name and roles of each entity, from all its mentions.
    fn settle(&mut self, text: &str, mentions: &[Mention]) {
        // The word count of each entity's name, kept as the name grows.
        let mut name_words: Vec<usize> = self
            .entities
            .iter()
            .map(|e| e.name.split_whitespace().count())
            .collect();
        // Whether that name opens with a first name the lexicon knows: of two forms of one
        // length, "Brian Cheruiyot" names the person better than the headline's "Marathoner
        // Cheruiyot".
        let mut name_has_first_name = vec![false; self.entities.len()];
        for (m, mention) in mentions.iter().enumerate() {
            let Some(&e) = self.of_mention.get(m) else {
                continue;
            };
            let Some(entity) = self.entities.get_mut(e) else {
                continue;
            };
            if entity.ledger_id.is_some() || marks_a_person(mention) {
                entity.kind = EntityKind::Person;
            } else if mention.organisation_like && entity.kind == EntityKind::Unknown {
                entity.kind = EntityKind::Organisation;
            }
            if entity.ledger_id.is_none() {
                let written = text.get(mention.range.clone()).unwrap_or("");
                let words = written.split_whitespace().count();
                let first_name = mention.first_name_gender.is_some();
                let has = name_has_first_name.get(e).copied().unwrap_or(true);
                if words > name_words[e] || (words == name_words[e] && first_name && !has) {
                    entity.name = written.to_string();
                    name_words[e] = words;
                    if let Some(h) = name_has_first_name.get_mut(e) {
                        *h = first_name;
                    }
                }
            }
            if entity.gender == Gender::Any
                && let Some(g) = gender_given(mention)
            {
                entity.gender = g;
            }
            for (role, _) in &mention.roles {
                if !entity.roles.contains(role) {
                    entity.roles.push(role.clone());
                }
            }
        }
    }

    /// Whether mention `m` is the first to name its entity.
    pub fn is_first_mention(&self, m: usize) -> bool {
        self.of_mention
            .get(m)
            .and_then(|&e| self.first_mentions.get(e))
            .is_some_and(|&first| first == m)
    }

    /// How many mentions name entity `entity`.
    pub fn mention_count(&self, entity: usize) -> usize {
        self.counts.get(entity).copied().unwrap_or(0)
    }

    /// Whether mention `m` is an acronym in parentheses right after the name it abbreviates
    /// (« Cartonneries alpines de Jarrie (CAJ) »): the same naming as that name's.
    pub fn is_short_form(&self, m: usize) -> bool {
        self.short_forms.get(m).copied().unwrap_or(false)
    }

    pub fn entity_of(&self, mention: usize) -> Option<&Entity> {
        self.of_mention
            .get(mention)
            .and_then(|&e| self.entities.get(e))
    }
}

/// Whether mention `m` abbreviates the one just before it, standing alone in parentheses right
/// after it ("Observatoire national des ruptures (ONR)").
fn is_short_form(text: &str, mentions: &[Mention], m: usize) -> bool {
    let Some((before, this)) = m
        .checked_sub(1)
        .and_then(|prev| Some((mentions.get(prev)?, mentions.get(m)?)))
    else {
        return false;
    };
    let between = text.get(before.range.end..this.range.start).unwrap_or("");
    let after = text.get(this.range.end..).unwrap_or("");
    before.words.count > 1 && between.trim() == "(" && after.starts_with(')')
}

/// A new entity named as `mention` writes it; kind and gender are settled later.
fn push_unknown(entities: &mut Vec<Entity>, text: &str, mention: &Mention) -> usize {
    entities.push(Entity {
        name: text.get(mention.range.clone()).unwrap_or("").to_string(),
        kind: EntityKind::Unknown,
        gender: Gender::Any,
        ledger_id: None,
        roles: Vec::new(),
    });
    entities.len() - 1
}

/// Of people who share a surname (`shared`), the one a title of gender `g` names: the one
/// whose mentions give that gender (a title, a first name, a role: « le conseiller municipal
/// Sylvain Tremblay »), else the one whose mentions give none when none gives `g`.
/// `genders_given` is by entity, from [`give_gender`].
fn namesake_of_gender(
    shared: &[usize],
    genders_given: &[Option<Gender>],
    g: Gender,
) -> Option<usize> {
    if !matches!(g, Gender::Male | Gender::Female) {
        return None;
    }
    // (no evidence, or evidence both ways, is Any)
    let gender = |e: usize| {
        genders_given
            .get(e)
            .copied()
            .flatten()
            .unwrap_or(Gender::Any)
    };
    let only = |want: Gender| {
        let mut of_want = shared.iter().copied().filter(|&e| gender(e) == want);
        of_want.next().filter(|_| of_want.next().is_none())
    };
    if shared.iter().any(|&e| gender(e) == g) {
        only(g)
    } else {
        only(Gender::Any)
    }
}

/// The gender `mention` gives its entity: its title's, else its first name's, else its
/// role's (an organisation's roles give Neuter).
fn gender_given(mention: &Mention) -> Option<Gender> {
    let known = |g: &Gender| *g != Gender::Any;
    (mention.title_gender.filter(known))
        .or(mention.first_name_gender.filter(known))
        .or_else(|| mention.roles.iter().map(|(_, g)| *g).find(known))
}

/// Adds what `mention` says of the gender of entity `e` to `genders_given` (grown as
/// entities are added): `Some(Any)` once two mentions disagree.
fn give_gender(genders_given: &mut Vec<Option<Gender>>, e: usize, mention: &Mention) {
    let Some(given) = gender_given(mention).filter(|g| matches!(g, Gender::Male | Gender::Female))
    else {
        return;
    };
    if e >= genders_given.len() {
        if e == usize::MAX {
            return;
        }
        genders_given.resize(e + 1, None);
    }
    let slot = &mut genders_given[e];
    *slot = match *slot {
        None => Some(given),
        Some(before) if before == given => Some(given),
        Some(_) => Some(Gender::Any),
    };
}

/// Whether a word is written as an acronym: two to six capitals.
fn is_acronym(written: &str) -> bool {
    (2..=6).contains(&written.chars().count()) && written.chars().all(char::is_uppercase)
}

/// « l’organisation de producteurs Pêcheurs de Cornouaille … l’OP », « Centre hospitalier
/// Meuse-Ardenne … le CHMA »: the acronyms an entity of several words may be named by, the
/// initials of its words (function words left out) and those of the common noun that
/// introduces its name; `None` for an acronym two entities spell.
/// Only names marked as an organisation's count (`organisation_named`): « le PS » is no
/// Pierre Savary.
fn acronym_index(
    entities: &[Entity],
    organisation_named: &[bool],
    lex: &Lexicon,
) -> HashMap<String, Option<usize>> {
    let mut index: HashMap<String, Option<usize>> = HashMap::default();
    let mut add = |acronym: String, id: usize| {
        if is_acronym(&acronym) {
            index
                .entry(acronym)
                .and_modify(|e| {
                    if *e != Some(id) {
                        *e = None;
                    }
                })
                .or_insert(Some(id));
        }
    };
    let named = |id: usize| organisation_named.get(id).copied().unwrap_or(false);
    for (id, e) in entities
        .iter()
        .enumerate()
        .filter(|&(id, e)| named(id) && e.name.contains(' '))
    {
        let words: Vec<&str> = e
            .name
            .split([' ', '-', '’', '\''])
            .filter(|w| !w.is_empty() && !lex.is_complement_word(*w) && !lex.is_name_stop(*w))
            .collect();
        let initials = |ws: &[&str]| -> String {
            ws.iter()
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_uppercase)
                .collect()
        };
        add(initials(&words), id);
        let introducing = words
            .iter()
            .take_while(|w| !crate::text::starts_uppercase(w))
            .count();
        if introducing >= 2 {
            add(initials(&words[..introducing]), id);
        }
    }
    index
}

/// Maps the folded `word` to `id`, or to `None` once another entity has it too.
/// A name read only in the headline (`weak`) gives way to one of the body ("Kestrel Pay
/// Jumps" of a title-case headline, "Kestrel Pay" of the body: "Kestrel" is the body's) and
/// makes none of them ambiguous.
fn first_unique<'t>(
    map: &mut FoldedNames<'t, Option<usize>>,
    word: &'t str,
    id: usize,
    weak: impl Fn(usize) -> bool,
) {
    match map.get(word.into()) {
        None => map.insert(word, Some(id)),
        Some(&Some(entry)) if entry != id && weak(entry) && !weak(id) => map.insert(word, Some(id)),
        Some(&Some(entry)) if entry != id && weak(id) && !weak(entry) => {}
        Some(&entry) if entry != Some(id) => map.insert(word, None),
        Some(_) => {}
    }
}

/// Whether `mention` shows it names a person: a title, a known first name, an age, a person's
/// role, or "who" after it (not after an organisation's name).
fn marks_a_person(mention: &Mention) -> bool {
    mention.title_gender.is_some()
        || mention.first_name_gender.is_some()
        || mention.age_apposition
        || (mention.person_relative && !mention.organisation_like)
        || mention.roles.iter().any(|(_, g)| *g != Gender::Neuter)
}

/// Maps the folded `word` to `id` unless it is mapped already.
fn first_wins<'t>(map: &mut FoldedNames<'t, usize>, word: &'t str, id: usize) {
    if map.get(word.into()).is_none() {
        map.insert(word, id);
    }
}

/// Names of the document as they fold ([`eq_fold`]), without folding them: by their
/// [`fold_key`], each with the way it was first written.
struct FoldedNames<'t, V> {
    by_key: HashMap<u32, Vec<(&'t str, V)>>,
}

impl<V> Default for FoldedNames<'_, V> {
    fn default() -> Self {
        FoldedNames {
            by_key: HashMap::default(),
        }
    }
}

impl<'t, V> FoldedNames<'t, V> {
    fn get(&self, name: Word) -> Option<&V> {
        let key = name.key.unwrap_or_else(|| fold_key(name.text));
        self.by_key
            .get(&key)?
            .iter()
            .find(|(w, _)| eq_fold(w, name.text))
            .map(|(_, v)| v)
    }

    /// Maps `name`, and whatever folds like it, to `value`.
    fn insert(&mut self, name: &'t str, value: V) {
        let list = self.by_key.entry(fold_key(name)).or_default();
        match list.iter_mut().find(|(w, _)| eq_fold(w, name)) {
            Some((_, v)) => *v = value,
            None => list.push((name, value)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::lexicon::Lexicon;
    use crate::text::tokenize;

    fn people(text: &str, known: &[KnownPerson]) -> (Vec<Mention>, People) {
        let mut mentions = Vec::new();
        crate::extract::mentions::scan_sentence(
            text,
            &tokenize(text, 0..text.len()),
            Lexicon::get(Lang::Fr),
            &mut mentions,
        );
        let people = People::build(text, &mentions, known, Lexicon::get(Lang::Fr), 0);
        (mentions, people)
    }

    #[test]
    fn surname_joins_the_full_name_in_either_order() {
        let (_, p) = people("LeCun a parlé ; Yann LeCun est venu ; LeCun rit", &[]);
        assert_eq!(p.of_mention, [0, 0, 0]);
        assert_eq!(p.entities[0].name, "Yann LeCun");
        assert_eq!(p.entities[0].kind, EntityKind::Person);
        assert_eq!(p.entities[0].gender, Gender::Male);
    }

    #[test]
    fn ledger_alias_names_the_person() {
        let known = [KnownPerson {
            id: "ylc".into(),
            name: "Yann André LeCun".into(),
            aliases: vec!["LeCun".into()],
            gender: Some(Gender::Male),
        }];
        let (_, p) = people("hier LeCun est venu", &known);
        assert_eq!(p.entities[0].name, "Yann André LeCun");
        assert_eq!(p.entities[0].ledger_id.as_deref(), Some("ylc"));
    }

    #[test]
    fn organisations_are_not_people() {
        let (_, p) = people("puis Advanced Machine Intelligence Labs a levé", &[]);
        assert_eq!(p.entities[0].kind, EntityKind::Organisation);
    }
}
