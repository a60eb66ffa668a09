//! Mentions of people and organisations: capitalised word sequences, with the particles that
//! join names ("de", "van", "Le"), an optional title before ("M.", "Dr", "Sir") and the role
//! nouns written next to them ("le PDG Mark Zuckerberg", "Hélène Roux, analyste chez Axa IM").
//! Whether a mention is a person is decided later, over the whole document (see
//! `attribute::people`); here we only record the evidence a single occurrence carries.

use std::ops::Range;

use super::organisations;
use crate::lexicon::{Gender, Lexicon};
use crate::text::{Token, starts_uppercase};

#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// The name as written, title excluded.
    pub range: Range<usize>,
    /// The words of the name (particles included): how many, and the byte ranges of the
    /// first and last, all that is read of them.
    pub words: NameWords,
    /// Gender carried by a title ("Mme") or a first name from the lexicon.
    pub title_gender: Option<Gender>,
    pub first_name_gender: Option<Gender>,
    /// Role nouns written next to the name, folded ("pdg", "fondateur").
    pub roles: Vec<(String, Gender)>,
    /// A word from the organisation lexicon ("Labs", "Bank") or an all-caps acronym.
    pub organisation_like: bool,
    /// The first word of its sentence, where capitalisation proves nothing.
    pub sentence_initial: bool,
    /// An age apposition follows ("Tom Brandt, 44,", "Wang, âgé de 29 ans").
    pub age_apposition: bool,
    /// A relative pronoun only people take follows (", who heads the works council,").
    pub person_relative: bool,
}

impl Mention {
    pub fn first_word<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.words.first.clone()).unwrap_or("")
    }

    pub fn last_word<'a>(&self, text: &'a str) -> &'a str {
        let last = text.get(self.words.last.clone()).unwrap_or("");
        // "Ada Leung Mei-ling", "Kelvin Ho Kar-lok", "Moon Jae-in": a romanised given name
        // (lowercase after its hyphen) ends the name; the surname is the word before it,
        // which the article uses alone ("Leung said").
        if self.given_name_after_surname(text).is_some() {
            return text.get(self.words.before_last.clone()).unwrap_or(last);
        }
        last
    }

    /// The romanised given name that ends the name after its surname ("Yu-ting" of "Chen
    /// Yu-ting"), if the name is written so.
    pub fn given_name_after_surname<'a>(&self, text: &'a str) -> Option<&'a str> {
        let last = text.get(self.words.last.clone())?;
        (is_romanised_given_name(last) && self.words.count >= 2).then_some(last)
    }
}

/// "Mei-ling", "Jae-in": a romanised East Asian given name, lowercase after its hyphen.
pub fn is_romanised_given_name(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase))
}

/// See [`Mention::words`]; the ranges are empty when there is no word.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NameWords {
    pub count: usize,
    pub first: Range<usize>,
    pub last: Range<usize>,
    /// The word before the last (empty for one word).
    pub before_last: Range<usize>,
}

impl NameWords {
    /// The word tokens of `tokens`.
    fn of(tokens: &[Token]) -> NameWords {
        let mut words = NameWords::default();
        for t in tokens.iter().filter(|t| t.is_word()) {
            if words.count == 0 {
                words.first = t.range.clone();
            }
            words.count += 1;
            words.before_last = std::mem::replace(&mut words.last, t.range.clone());
        }
        words
    }
}

/// Whether a word of the name `words` marks it as an organisation's. A word that only closes
/// a company's name marks nothing when it opens one: Irish "Co Cork" is County Cork.
fn marks_organisation(text: &str, words: &[Token], lex: &Lexicon) -> bool {
    words.iter().enumerate().any(|(k, t)| {
        lex.is_organisation_word(t.word(text))
            && !(k == 0 && lex.is_closing_organisation_word(t.word(text)))
    })
}

fn is_name_word(text: &str, tok: &Token) -> bool {
    tok.is_word() && tok.starts_uppercase(text)
}

/// "GH¢20 million", "NT$85,000", "J$480": letters glued to a currency sign that is glued to
/// digits spell the currency, not a name.
fn glued_to_currency_sign(text: &str, tokens: &[Token], i: usize) -> bool {
    let glued = |a: usize| {
        tokens
            .get(a)
            .zip(tokens.get(a + 1))
            .is_some_and(|(x, y)| x.range.end == y.range.start)
    };
    glued(i)
        && glued(i + 1)
        && tokens.get(i + 1).is_some_and(|t| {
            let mut chars = t.text(text).chars();
            chars.next().is_some_and(|c| {
                // (the Latin-1 signs and Unicode's Currency Symbols block)
                matches!(c, '$' | '¢' | '£' | '¤' | '¥' | '฿')
                    || ('\u{20A0}'..='\u{20CF}').contains(&c)
            }) && chars.next().is_none()
        })
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.text(text).starts_with(|c: char| c.is_ascii_digit()))
}

/// Finds the mentions in `tokens` (one sentence's tokens).
pub fn scan_sentence(text: &str, tokens: &[Token], lex: &Lexicon, out: &mut Vec<Mention>) {
    let mut i = 0;
    // Token index up to which role nouns belong to an earlier name's apposition.
    let mut apposition_roles_end = 0;
    while i < tokens.len() {
        let Some(tok) = tokens.get(i) else { break };
        if !tok.starts_uppercase(text) {
            // `common_noun_phrase`'s first test, made here: it rejects nearly every token.
            if lex.organisation_nouns.may_start(tok)
                && let Some(end) = organisations::common_noun_phrase(text, tokens, i, lex)
            {
                out.push(institution(text, tokens, i, end, lex));
                i = end;
            } else {
                i += 1;
            }
            continue;
        }
        // "the Toronto-based company": a capitalised compound adjective describes the noun
        // after it; it starts no name. Nor does a code or an amount glued to its letter
        // ("N110,000" in naira, "A9", "COVID-19"): names hold no digits.
        if lex.is_compound_adjective(tok.text(text))
            || tok.text(text).bytes().any(|b| b.is_ascii_digit())
            || glued_to_currency_sign(text, tokens, i)
        {
            i += 1;
            continue;
        }
        if i == 0
            && let Some(end) = dateline(text, tokens)
        {
            i = end;
            continue;
        }
        // « prévient l’ONG », "the NGO said": an organisation noun in capitals after a
        // determiner is that common noun, not a name (it stands for the organisation named
        // earlier).
        // (most capitalised words have a lowercase second letter: tested first)
        if tok
            .text(text)
            .as_bytes()
            .get(1)
            .is_some_and(u8::is_ascii_uppercase)
            && is_acronym(tok.text(text))
            && !tokens.get(i + 1).is_some_and(|t| is_name_word(text, t))
            && lex
                .organisation_nouns
                .match_at(text, tokens, i)
                .is_some_and(|(n, ())| n == 1)
            && lex.definite_determiner_before(text, tokens, i).is_some()
        {
            i += 1;
            continue;
        }
        let mut roles = Vec::new();
        let mut start = i;
        // A capitalised role noun before the name: "PDG Mark Zuckerberg", "President Macron".
        // Without a name after it, a role noun is no name at all ("ancien PDG de Scale AI").
        // A one-word role that is also a first name before another capitalised word is that
        // first name ("Dean Hargreaves", "Prince Adebayo").
        // So is one inside the sentence with no determiner or complement around it ("Her
        // husband, Dean, spent the night"; not "the Dean said", "Dean of Students").
        let first_name_alone = || {
            i > 0
                && tokens.get(i - 1).is_some_and(|t| {
                    t.kind == crate::text::TokenKind::Punct && t.text(text) == ","
                        || t.is_word()
                            && !t.starts_uppercase(text)
                            && lex.definite_determiner_at(text, tokens, i - 1).is_none()
                            && lex.possessive(t.word(text)).is_none()
                            && !lex.is_indefinite_article(t.word(text))
                })
                && !tokens
                    .get(i + 1)
                    .is_some_and(|t| lex.is_complement_word(t.word(text)))
        };
        if let Some((n, gender)) = lex.role_nouns.match_at(text, tokens, i)
            && !(n == 1
                && lex.first_name(tok.word(text)).is_some()
                && (tokens.get(i + 1).is_some_and(|t| is_name_word(text, t)) || first_name_alone()))
        {
            if !tokens.get(i + n).is_some_and(|t| is_name_word(text, t)) {
                i += n;
                continue;
            }
            roles.push((crate::text::fold_phrase(text, &tokens[i..i + n]), gender));
            start = i + n;
            // "Deputy Director-General Hsu Ming-chieh": roles in a row describe one holder
            // (a one-word role that is also a first name is the name: "President Dean Smith")
            while let Some((m, gender)) = lex.role_nouns.match_at(text, tokens, start)
                && !(m == 1
                    && tokens
                        .get(start)
                        .is_some_and(|t| lex.first_name(t.word(text)).is_some()))
                && tokens.get(start + m).is_some_and(|t| is_name_word(text, t))
            {
                roles.push((
                    crate::text::fold_phrase(text, &tokens[start..start + m]),
                    gender,
                ));
                start += m;
            }
        }
        // A capitalised person noun before the name, as the Straits Times describes people:
        // "Retiree Rosnah Ismail, 67", "Pensioner Dorothy Pike". It names no one.
        if start == i
            && let Some((n, ())) = lex.person_nouns.match_at(text, tokens, i)
            && !(n == 1 && lex.first_name(tok.word(text)).is_some())
            && tokens.get(i + n).is_some_and(|t| is_name_word(text, t))
        {
            start = i + n;
        }
        // A capitalised organisation noun before a name: "Operator Marches Connect",
        // "Regulator Ofwat".
        let mut organisation_prefix = false;
        if start == i
            && !lex.is_organisation_word(tok.word(text))
            && let Some((n, ())) = lex.organisation_nouns.match_at(text, tokens, i)
            && tokens.get(i + n).is_some_and(|t| is_name_word(text, t))
        {
            roles.push((
                crate::text::fold_phrase(text, &tokens[i..i + n]),
                Gender::Neuter,
            ));
            start = i + n;
            organisation_prefix = true;
        }
        // A title: "M." / "Mme" / "Dr" then a capitalised name.
        let mut title_gender = None;
        let mut particle_start = None;
        let title_at = start;
        if let Some(g) = tokens.get(start).and_then(|t| lex.title(t.word(text))) {
            let after = if tokens.get(start + 1).is_some_and(|t| t.text(text) == ".") {
                start + 2
            } else {
                start + 1
            };
            // "M. de Villeneuve": a particle may open the name after a title; it belongs to
            // the name ("de Villeneuve"), so the surname still merges with the full name.
            // Several particles may follow: "Ms von der Leyen".
            let mut first_word = after;
            while tokens
                .get(first_word)
                .is_some_and(|t| lex.is_name_particle(t.word(text)))
            {
                first_word += 1;
            }
            let particle = first_word > after
                && tokens
                    .get(first_word)
                    .is_some_and(|t| is_name_word(text, t));
            if particle {
                particle_start = Some(after);
                title_gender = Some(g);
                start = first_word;
            } else if tokens.get(after).is_some_and(|t| is_name_word(text, t)) {
                title_gender = Some(g);
                start = after;
            } else {
                // A title with no name after it is no mention.
                i += 1;
                continue;
            }
        }
        let Some(first) = tokens.get(start).filter(|t| is_name_word(text, t)) else {
            i += 1;
            continue;
        };
        let sentence_initial =
            i == 0 || (i == 1 && tokens[0].kind == crate::text::TokenKind::Punct);
        // "Launching the fund in Dublin, the minister said", "Speaking to reporters, …": a
        // participle opening the sentence before a determiner or a preposition is no name
        // ("Manning said" is one, and so is « René de Obaldia »: a known first name)
        let opening_participle = || {
            sentence_initial
                && start == i
                && lex.is_opening_participle(first.text(text))
                && lex.first_name(first.word(text)).is_none()
                && tokens.get(start + 1).is_some_and(|next| {
                    lex.definite_determiner_at(text, tokens, start + 1)
                        .is_some()
                        || lex.is_indefinite_article(next.word(text))
                        || lex.is_preposition(next.word(text))
                })
        };
        // "In a statement, Early Years Providers Ireland said": inside a sentence, after a
        // lowercase word or a comma, a capitalised stopword before a name word opens the
        // name (at a sentence's start every word is capitalised).
        let opens_name_inside = || {
            start == i
                && !sentence_initial
                && tokens.get(start.wrapping_sub(1)).is_some_and(|t| {
                    t.text(text) == "," || t.is_word() && !t.starts_uppercase(text)
                })
                && tokens.get(start + 1).is_some_and(|t| {
                    is_name_word(text, t) && !lex.is_capitalised_stopword(t.word(text))
                })
        };
        if title_gender.is_none()
            && (lex.is_capitalised_stopword(first.word(text)) && !opens_name_inside()
                || is_elision(text, tokens, start, lex)
                || opening_participle())
        {
            i += 1;
            continue;
        }
        // "Dr Pornthip Kaewmanee … the doctor": the role a title implies.
        if let Some(g) = title_gender {
            let title = tokens.get(title_at).map_or("", |t| t.text(text));
            roles.extend(lex.title_roles(title).iter().map(|r| (r.clone(), g)));
        }
        let mut end = extend_name(text, tokens, start, lex);
        let name_start = particle_start.unwrap_or(start);
        // "l’association Droit au logement digne", "the charity Rural Routes", "le groupe
        // Renault": a name right after an organisation noun is that organisation's; the noun
        // is kept like a role, so "l’association" later finds it, and the name runs over its
        // lowercase words up to the next punctuation ("Patients en première ligne,").
        let introduced_by = organisation_noun_before(text, tokens, name_start, lex);
        let mut named_organisation = organisation_prefix || introduced_by.is_some();
        if let Some(noun) = introduced_by {
            roles.push((noun, Gender::Neuter));
        }
        if named_organisation {
            // Only where names are written in sentence case (« Droit au logement digne »): an
            // English name is capitalised, and "the firm Hallmann to cut jobs" ends at Hallmann.
            let lowercase_end = if lex.head_final() {
                end
            } else {
                organisations::extend_lowercase_name(text, tokens, end, lex)
            };
            // « le parti d’opposition Renouveau blandinois dénonce »: with a verb in its
            // tail, the name still takes its adjectives.
            end = if lowercase_end == end {
                end + organisations::adjectives(text, tokens, end, lex)
            } else {
                lowercase_end
            };
        } else if marks_organisation(text, &tokens[start..end], lex) {
            end = organisations::extend_after(text, tokens, start, end, lex);
        } else if let Some(after) = organisations::premodified(text, tokens, end, lex) {
            end = after;
            named_organisation = true;
        } else if let Some(after) = organisations::spelled_by_acronym(text, tokens, start, end, lex)
        {
            // « le Regroupement des cliniques de l’Outaouais (RCO) »: a name spelled out
            // before its initials is an organisation's, whatever its head noun.
            end = after;
            named_organisation = true;
        }
        // The words of the name, as tokens: looked up with their keys.
        let name_words = || tokens[name_start..end].iter().filter(|t| t.is_word());
        let words = NameWords::of(&tokens[name_start..end]);
        // "Boreal Nickel Corp.": an organisation word written abbreviated keeps its period,
        // which is part of the name (and may also end the sentence).
        let last = &tokens[end - 1];
        let range_end = match tokens.get(end) {
            Some(dot)
                if dot.text(text) == "."
                    && dot.range.start == last.range.end
                    && lex.is_organisation_word(last.word(text))
                    && lex.is_abbreviation(last.text(text)) =>
            {
                dot.range.end
            }
            _ => last.range.end,
        };
        let range = tokens[name_start].range.start..range_end;
        // "Simon Fraser University": a first name opening a name with an organisation word
        // is the founder's or the patron's, not a person's.
        let organisation_named = named_organisation
            || marks_organisation(text, tokens.get(name_start..end).unwrap_or(&[]), lex);
        let first_name_gender = if words.count >= 2 && !organisation_named {
            // "Garda Kevin Fahy", "Constable Jo Reid": a rank the title list lacks may come
            // before the first name of a name of three words or more.
            let mut words_before_surname = name_words().take(words.count.saturating_sub(1));
            let first = words_before_surname
                .next()
                .and_then(|t| lex.first_name(t.word(text)));
            first.or_else(|| {
                words_before_surname
                    .next()
                    .and_then(|t| lex.first_name(t.word(text)))
            })
        } else {
            None
        };
        let organisation_like = organisation_named
            || (words.count == 1
                && name_words()
                    .next()
                    .is_some_and(|t| is_acronym(t.text(text))));
        // « l’élue LR », « délégué CFTC »: a party or a union after a role noun is the
        // role's complement, not its holder.
        if !organisation_like {
            role_before(text, tokens, i, apposition_roles_end, lex, &mut roles);
        }
        // « La Côte d'Ivoire, premier producteur mondial de cajou », "the Netherlands, the
        // largest exporter": a name after a definite determiner is a place or an
        // institution; the role in its apposition makes no person of it.
        let mut apposition = Vec::new();
        if let Some(after) = role_after(text, tokens, start, end, lex, &mut apposition) {
            apposition_roles_end = after;
        }
        // (nor after an organisation noun: « La caisse de pension Prévoyance Léman,
        // propriétaire de trois immeubles »)
        if !apposition.is_empty()
            && lex
                .definite_determiner_before(text, tokens, name_start)
                .is_none()
            && lex
                .organisation_nouns
                .match_ending_at(text, tokens, name_start)
                .is_none()
        {
            roles.extend(apposition);
        }
        out.push(Mention {
            range,
            words,
            title_gender,
            first_name_gender,
            roles,
            organisation_like,
            sentence_initial: sentence_initial && title_gender.is_none(),
            // « le patron du Kreiz-Mor, 47 ans »: after « du », "of", the age is the role
            // holder's, not the complement's
            age_apposition: age_after(text, tokens, end, lex)
                && !complement_before(text, tokens, name_start, lex),
            // "an analyst at Stanbury Securities, who estimated": after a preposition the
            // name is a complement and the relative belongs to the person before it. "The
            // Wolves, who finished 11th": a name after a definite determiner is a team, a
            // band or an institution that English also follows with "who".
            person_relative: tokens.get(end).is_some_and(|t| t.text(text) == ",")
                && tokens
                    .get(end + 1)
                    .is_some_and(|t| lex.is_person_relative(t.word(text)))
                && start
                    .checked_sub(1)
                    .and_then(|k| tokens.get(k))
                    .is_none_or(|t| !lex.is_preposition(t.word(text)))
                && lex
                    .definite_determiner_before(text, tokens, name_start)
                    .is_none(),
        });
        i = end;
    }
}

/// Whether the name starting at token `k` is a complement: right after « de », « du », "of",
/// "at", maybe elided (« d’Areva »).
fn complement_before(text: &str, tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    let before = |n: usize| k.checked_sub(n).and_then(|j| tokens.get(j));
    let at = if before(1).is_some_and(|t| t.is_apostrophe(text)) {
        2
    } else {
        1
    };
    before(at).is_some_and(|t| lex.is_complement_word(t.word(text)))
}

/// The organisation noun (folded) written right before a name, if any.
fn organisation_noun_before(
    text: &str,
    tokens: &[Token],
    name_start: usize,
    lex: &Lexicon,
) -> Option<String> {
    // Right before the name (« l’association Droit au logement »), past adjectives (« la
    // compagnie aérienne genevoise Helvair »), or before its complement (« le ministère de
    // la Santé », « l’agence de l’Eau »).
    let linked = |end: usize| {
        end == name_start
            || end + super::organisations::adjectives(text, tokens, end, lex) == name_start
            || (lex.is_complement_word(tokens.get(end).map_or("".into(), |t| t.word(text)))
                && (end + 1..name_start).all(|j| {
                    let w = tokens.get(j).map_or("", |t| t.text(text));
                    w.chars().all(crate::text::is_apostrophe)
                        || (w.chars().count() <= 3 && !starts_uppercase(w))
                }))
    };
    (name_start.saturating_sub(5)..name_start).find_map(|k| {
        let (n, ()) = lex.organisation_nouns.match_at(text, tokens, k)?;
        (linked(k + n) && !tokens.get(k)?.starts_uppercase(text))
            .then(|| crate::text::fold_phrase(text, &tokens[k..k + n]))
    })
}

/// A mention for an institution named by a common-noun phrase (« l’agence régionale de
/// santé »): an organisation by construction.
fn institution(text: &str, tokens: &[Token], start: usize, end: usize, lex: &Lexicon) -> Mention {
    Mention {
        range: tokens[start].range.start..tokens[end - 1].range.end,
        words: NameWords::of(&tokens[start..end]),
        title_gender: None,
        first_name_gender: None,
        // The noun itself, so that a later « le diocèse » finds « le diocèse de Vauclerc ».
        roles: lex
            .organisation_nouns
            .match_at(text, tokens, start)
            .map(|(n, ())| {
                vec![(
                    crate::text::fold_phrase(text, &tokens[start..start + n]),
                    Gender::Neuter,
                )]
            })
            .unwrap_or_default(),
        organisation_like: true,
        sentence_initial: false,
        age_apposition: false,
        person_relative: false,
    }
}

/// "L’", "D’", "Qu’" at the start of a sentence: an elided article or conjunction, which the
/// stopword list holds with its apostrophe.
fn is_elision(text: &str, tokens: &[Token], at: usize, lex: &Lexicon) -> bool {
    let Some(next) = tokens.get(at + 1) else {
        return false;
    };
    let apostrophe = next
        .text(text)
        .chars()
        .next()
        .is_some_and(crate::text::is_apostrophe)
        && !next.space_before;
    apostrophe
        && tokens
            .get(at)
            .is_some_and(|t| lex.is_capitalised_stopword(&format!("{}'", t.text(text))))
}

/// "PUNE: The pass percentage…", "WASHINGTON —", "ALDER CREEK, Calif. —": a place in
/// capitals opening the sentence, then a colon, a dash, an agency in brackets or a state
/// abbreviation and a dash, is a dateline — where the story was filed, nobody who speaks.
/// Returns the token after the place.
fn dateline(text: &str, tokens: &[Token]) -> Option<usize> {
    let end = tokens
        .iter()
        .position(|t| !(t.is_word() && is_acronym(t.text(text))))?;
    let letters: usize = tokens[..end].iter().map(|t| t.text(text).len()).sum();
    let dash = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.text(text), "—" | "–" | "-"))
    };
    let after = tokens.get(end)?.text(text);
    let marked =
        matches!(after, ":" | "(") || dash(end) || (after == "," && (end + 2..end + 5).any(dash));
    if !(end > 0 && letters >= 4 && marked) {
        return None;
    }
    // "WASHINGTON (Reuters) -": the agency that filed it is part of the dateline.
    if after == "(" {
        let close =
            (end + 1..end + 5).find(|&k| tokens.get(k).is_some_and(|t| t.text(text) == ")"));
        return Some(close.map_or(end, |c| c + 1));
    }
    Some(end)
}

/// "DCE", "CHMA", "G20": capitals (and digits), two or more.
pub fn is_acronym(w: &str) -> bool {
    if w.is_ascii() {
        return w.len() >= 2
            && w.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    }
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The token index just past the name starting at `start`.
fn extend_name(text: &str, tokens: &[Token], start: usize, lex: &Lexicon) -> usize {
    // A capitalised word that may belong to a name: no sentence-start word ("The", "Selon"),
    // but a legal form in capitals is one even when the stopword is spelled alike
    // (« Navettes Minett SA », not the possessive « Sa »).
    let name_word = |t: &Token| {
        is_name_word(text, t)
            && (!lex.is_capitalised_stopword(t.word(text))
                || is_acronym(t.text(text)) && lex.is_legal_suffix(t.word(text)))
    };
    let mut end = start + 1;
    while let Some(next) = tokens.get(end) {
        let w = next.text(text);
        // A capitalised role noun inside the sequence starts another mention: "U.S. District
        // Judge Harold Benning", "Nordgjenvinning Chief Executive Officer Henrik Aasland".
        // A one-word role right after a first name and closing the sequence is a surname
        // spelled like an occupation: « Frédéric Moine », "Sarah Judge", "Tom Baker".
        let role_inside = || {
            lex.role_nouns
                .match_at(text, tokens, end)
                .is_some_and(|(n, _)| {
                    let surname = n == 1
                        && tokens
                            .get(end - 1)
                            .is_some_and(|t| lex.first_name(t.word(text)).is_some())
                        && !tokens.get(end + 1).is_some_and(|t| is_name_word(text, t));
                    !surname
                })
        };
        // "l’AFP Karima Bensalem": an acronym does not run into a person's name (a known
        // first name, or two name words); it does into a single other name word ("FC
        // Lorient") and into an organisation word ("BBC News").
        let after_acronym = || {
            tokens
                .get(end - 1)
                .is_some_and(|t| is_acronym(t.text(text)))
                && !is_acronym(w)
                && !lex.is_organisation_word(next.word(text))
                && (lex.first_name(next.word(text)).is_some()
                    || tokens.get(end + 1).is_some_and(|t| is_name_word(text, t)))
        };
        // « l’analyste de Meuse Partners Valérie Dethier »: after an organisation word, a
        // first name followed by another name word starts the person's name.
        let person_after_organisation = || {
            tokens
                .get(end - 1)
                .is_some_and(|t| lex.is_organisation_word(t.word(text)))
                && lex.first_name(next.word(text)).is_some()
                && tokens.get(end + 1).is_some_and(name_word)
        };
        if name_word(next)
            && lex.title(next.word(text)).is_none()
            && !role_inside()
            && !after_acronym()
            && !lex.is_postnominal(w)
            && !person_after_organisation()
        {
            end += 1;
            continue;
        }
        // "Le Floc’h", "Kerbrat-Gwenc’hlan": an apostrophe inside a word of the name, glued
        // on both sides, after more letters than an elided article has ("Renault’s" is a
        // possessive).
        let glued = |a: &Token, b: &Token| a.range.end == b.range.start;
        if crate::text::is_apostrophe(w.chars().next().unwrap_or(' '))
            && let (Some(before), Some(after)) = (tokens.get(end - 1), tokens.get(end + 1))
            && before.text(text).chars().count() >= 3
            && glued(before, next)
            && glued(next, after)
            && after.is_word()
            && after.text(text).chars().all(char::is_lowercase)
            && after.text(text) != "s"
        {
            end += 2;
            continue;
        }
        // "Kessler & Voss", "Marks & Spencer": an ampersand joins two capitalised words
        // into one firm's name.
        if w == "&" && tokens.get(end + 1).is_some_and(name_word) {
            end += 2;
            continue;
        }
        // An initial: "J. K. Rowling" — a single capital then a period, then a name.
        if w == "."
            && tokens
                .get(end - 1)
                .is_some_and(|t| t.text(text).chars().count() == 1)
            && tokens.get(end + 1).is_some_and(|t| is_name_word(text, t))
        {
            end += 1;
            continue;
        }
        // Particles join two capitalised words: "Charles de Gaulle", "Ursula von der Leyen".
        let mut j = end;
        while tokens.get(j).is_some_and(|t| {
            let w = t.text(text);
            lex.is_name_particle(t.word(text))
                || crate::text::is_apostrophe(w.chars().next().unwrap_or(' '))
        }) {
            j += 1;
        }
        if j > end && tokens.get(j).is_some_and(name_word) {
            end = j + 1;
            continue;
        }
        break;
    }
    end
}

/// How far before a name its role may end: the role's complement and a participle phrase
/// fit (« le vice-président de l’Eurométropole chargé des mobilités, Laurent Meyer-Kientz »).
const ROLE_BEFORE_NAME_TOKENS: usize = 10;

/// A role noun before the name, right before it ("le PDG Mark Zuckerberg", "chief executive
/// Jane Doe") or followed by its complement and a comma ("le maire de Sarreguemines,
/// Roland Muller", "the minister for housing, Sarah Pemberton"). A role noun that ends
/// before `claimed_until` is an earlier name's, and the name after it is its complement:
/// « Karim Benaïssa, délégué SUD-Solidaires ».
fn role_before(
    text: &str,
    tokens: &[Token],
    name_at: usize,
    claimed_until: usize,
    lex: &Lexicon,
    roles: &mut Vec<(String, Gender)>,
) {
    // A role ends right before the name, or before the words and the comma just before it.
    // Whether a token may stand between does not depend on where the role ends, so the
    // search stops at the first that may not.
    let after_comma = name_at > 0 && tokens[name_at - 1].text(text) == ",";
    for end in (name_at.saturating_sub(ROLE_BEFORE_NAME_TOKENS)..=name_at).rev() {
        if end < name_at {
            let t = &tokens[end];
            let may_stand_between = t.is_word()
                || crate::text::is_apostrophe(t.text(text).chars().next().unwrap_or(' '))
                || end + 1 == name_at;
            if !after_comma || !may_stand_between {
                return;
            }
        }
        if let Some((start, gender)) = lex.role_nouns.match_ending_at(text, tokens, end) {
            if end <= claimed_until && !after_definite_determiner(text, tokens, start, lex) {
                return;
            }
            roles.push((crate::text::fold_phrase(text, &tokens[start..end]), gender));
            return;
        }
    }
}

/// Whether the role noun at `start` follows a definite determiner, past an elision and a
/// modifier (« la procureure », « l’ancien directeur »): then a name right after it is the
/// role's holder (« …de Lyon, la procureure Claire-Anne Mercier »), even in an apposition.
fn after_definite_determiner(text: &str, tokens: &[Token], start: usize, lex: &Lexicon) -> bool {
    let mut k = start;
    if k > 0 && lex.is_role_modifier(tokens[k - 1].word(text)) {
        k -= 1;
    }
    lex.definite_determiner_before(text, tokens, k).is_some()
}

/// "Alexandr Wang, fondateur et ancien PDG de Scale AI": role nouns in an apposition after
/// the comma, up to the next comma. Returns the token after the last role noun it took.
fn role_after(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    lex: &Lexicon,
    roles: &mut Vec<(String, Gender)>,
) -> Option<usize> {
    if tokens.get(end).is_none_or(|t| t.text(text) != ",") {
        return None;
    }
    // "À Stuttgart, le président …": after a place, the apposition names someone else.
    if start > 0
        && tokens
            .get(start - 1)
            .is_some_and(|t| lex.is_locative(t.word(text)))
    {
        return None;
    }
    let mut j = end + 1;
    // "Patrick Delorme, 58 ans, ancien directeur de…": the roles follow the age, when the
    // next apposition opens with one (not "Josette, 84 ans, venue avec son fils").
    if age_after(text, tokens, end, lex)
        && let Some(comma) =
            (end + 2..end + 7).find(|&k| tokens.get(k).is_some_and(|t| t.text(text) == ","))
    {
        // Within the apposition's first words: « ancien directeur », "a former NHS nurse".
        if !(comma + 1..comma + 5).any(|k| lex.role_nouns.match_at(text, tokens, k).is_some()) {
            return None;
        }
        j = comma + 1;
    }
    let mut taken = None;
    // "Thomas Dubuisson, l'autre cofondateur, ingénieur chimiste de formation": a second
    // apposition that opens on a role noun (maybe after its determiner) is his too.
    for apposition in 0..2 {
        if apposition > 0 {
            let comma = tokens.get(j).is_some_and(|t| t.text(text) == ",");
            let opens_on_role = |k: usize| {
                let at = crate::text::past_elision(text, tokens, k + 1);
                lex.role_nouns.match_at(text, tokens, k).is_some()
                    || (lex.definite_determiner_at(text, tokens, k).is_some()
                        || tokens
                            .get(k)
                            .is_some_and(|t| lex.is_indefinite_article(t.word(text))))
                        && lex.role_after_determiner(text, tokens, at).is_some()
            };
            if taken.is_none() || !comma || !opens_on_role(j + 1) {
                break;
            }
            j += 1;
        }
        let first = j;
        while let Some(tok) = tokens.get(j) {
            // (the elision of « l’autre cofondateur » is no punctuation)
            if tok.kind == crate::text::TokenKind::Punct && !tok.is_apostrophe(text)
                || j > first + 7
            {
                break;
            }
            if let Some((n, gender)) = lex.role_nouns.match_at(text, tokens, j) {
                // « Interrogé par La Montagne, l’éleveur a assuré … »: a role followed by its
                // verb is the next clause's subject, not an apposition (which a comma closes),
                // past its clitics and negation (« …de Goodlands, le planteur n’a pas … »)
                let mut v = j + n;
                while v < j + n + 4
                    && tokens
                        .get(v)
                        .is_some_and(|t| t.is_apostrophe(text) || lex.is_verb_filler(t.word(text)))
                {
                    v += 1;
                }
                let verb_follows = tokens.get(v).is_some_and(|t| {
                    lex.auxiliaries.match_at(text, tokens, v).is_some()
                        || lex.reporting_verb(t.word(text)).is_some()
                });
                if verb_follows && apposition == 0 {
                    return None;
                }
                roles.push((crate::text::fold_phrase(text, &tokens[j..j + n]), gender));
                j += n;
                taken = Some(j);
            } else {
                j += 1;
            }
        }
    }
    taken
}

/// ", 44," or ", âgé de 29 ans" or ", 29 ans" right after the name, or "(24)" as Irish and
/// New Zealand papers write it ("Tereza Novakova (24), one of the seasonal workers").
fn age_after(text: &str, tokens: &[Token], end: usize, lex: &Lexicon) -> bool {
    let years = |t: Option<&Token>| {
        t.map(|t| t.text(text))
            .is_some_and(|w| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
    };
    if tokens.get(end).is_some_and(|t| t.text(text) == "(") {
        return years(tokens.get(end + 1))
            && tokens.get(end + 2).is_some_and(|t| t.text(text) == ")");
    }
    if tokens.get(end).is_none_or(|t| t.text(text) != ",") {
        return false;
    }
    let next = tokens.get(end + 1).map(|t| t.text(text)).unwrap_or("");
    // Only a word starting with « a » or « â » lowercases to « âgé… » or "aged".
    let aged = || {
        let lower = next.to_lowercase();
        lower.starts_with("âgé") || lower == "aged"
    };
    // ", a 47-year-old schoolteacher from Coimbatore,"
    let year_old = || {
        tokens
            .get(end + 1)
            .is_some_and(|t| lex.is_indefinite_article(t.word(text)))
            && tokens.get(end + 2).is_some_and(|t| {
                t.text(text).starts_with(|c: char| c.is_ascii_digit())
                    && lex.is_age_noun(t.word(text))
            })
    };
    (next.chars().all(|c| c.is_ascii_digit()) && !next.is_empty() && next.len() <= 3)
        || (next.starts_with(['a', 'A', 'â', 'Â']) && aged())
        || year_old()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::text::tokenize;

    fn mentions(text: &str, lang: Lang) -> Vec<Mention> {
        let mut out = Vec::new();
        scan_sentence(
            text,
            &tokenize(text, 0..text.len()),
            Lexicon::get(lang),
            &mut out,
        );
        out
    }

    fn names(text: &str, lang: Lang) -> Vec<String> {
        mentions(text, lang)
            .iter()
            .map(|m| text[m.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn capitalised_sequences_with_particles() {
        assert_eq!(
            names(
                "Hier, Charles de Gaulle et Ursula von der Leyen sont venus.",
                Lang::Fr
            ),
            ["Charles de Gaulle", "Ursula von der Leyen"]
        );
        assert_eq!(
            names("Selon Yann LeCun, le PDG Mark Zuckerberg a tort.", Lang::Fr),
            ["Yann LeCun", "Mark Zuckerberg"]
        );
        assert_eq!(
            names("The shares of Kessler & Voss rose, said Ann Lee.", Lang::En),
            ["Kessler & Voss", "Ann Lee"]
        );
        // English names are capitalised: the lowercase words after one are no part of it.
        assert_eq!(
            names("The firm Hallmann to cut jobs, said Ann Lee.", Lang::En),
            ["Hallmann", "Ann Lee"]
        );
    }

    #[test]
    fn titles_give_gender_and_are_not_part_of_the_name() {
        let m = mentions("Pour Mme Durand, c’est clair.", Lang::Fr);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].title_gender, Some(Gender::Female));
        let m = mentions("Sir Alan Moss, 67, said it.", Lang::En);
        assert_eq!(m[0].title_gender, Some(Gender::Male));
        assert!(m[0].age_apposition);
    }

    #[test]
    fn a_first_name_after_an_organisation_word_starts_a_person() {
        let text = "D’après l’analyste de Meuse Partners Valérie Dethier, le modèle est fragile.";
        let names: Vec<&str> = mentions(text, Lang::Fr)
            .iter()
            .map(|m| &text[m.range.clone()])
            .collect();
        assert_eq!(names, ["Meuse Partners", "Valérie Dethier"]);
        // a first name inside a firm's name that no person's name follows stays in it
        let text = "Le fonds Meuse Partners Victoria a investi.";
        assert!(
            mentions(text, Lang::Fr)
                .iter()
                .any(|m| &text[m.range.clone()] == "Meuse Partners Victoria"),
            "{:?}",
            mentions(text, Lang::Fr)
        );
    }

    #[test]
    fn roles_before_and_in_apposition() {
        let m = mentions("le PDG Mark Zuckerberg a parlé", Lang::Fr);
        assert_eq!(m[0].roles.first().map(|r| r.0.as_str()), Some("pdg"));
        let m = mentions("Hélène Roux, analyste chez Axa IM, estime", Lang::Fr);
        assert!(m[0].roles.iter().any(|r| r.0 == "analyste"));
        assert_eq!(m[0].first_name_gender, Some(Gender::Female));
        // past an elided article, and into a second apposition that opens on a role noun
        let text = "explique Thomas Dubuisson, l’autre cofondateur, ingénieur de formation.";
        let roles: Vec<String> = mentions(text, Lang::Fr)[0]
            .roles
            .iter()
            .map(|r| r.0.clone())
            .collect();
        assert_eq!(roles, ["cofondateur", "ingénieur"]);
        // a second apposition that opens on a verb names someone else
        let text = "Thomas Dubuisson, l’autre cofondateur, explique le directeur.";
        let roles: Vec<String> = mentions(text, Lang::Fr)[0]
            .roles
            .iter()
            .map(|r| r.0.clone())
            .collect();
        assert_eq!(roles, ["cofondateur"]);
    }

    #[test]
    fn initials_and_acronyms() {
        assert_eq!(
            names("Then J. K. Rowling spoke.", Lang::En),
            ["J. K. Rowling"]
        );
        assert!(mentions("the FT reported", Lang::En)[0].organisation_like);
    }
}
