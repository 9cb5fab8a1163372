//! The patterns of the evidence: the cue phrases, synonyms and vocabulary labels of each
//! language compiled to regular expressions, and the finders of contact details and names.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{LazyLock, Mutex, OnceLock};

use regex::Regex;

use super::{overlaps, Found, Hit, Rule};
use crate::model::vocab;

const CUES: &str = include_str!("../../../../vocabulary/cues.toml");
const SYNONYMS: &str = include_str!("../../../../vocabulary/synonyms.toml");

/// One kind of thing to look for in one language. Its regular expression is compiled the
/// first time it is searched for: `check` searches a few kinds of all the patterns, and
/// compiling every one of them cost a third of a second per process.
pub(super) struct Pattern {
    /// Two matches with the same key are the same thing said twice.
    key: String,
    rule: Rule,
    found: Found,
    /// Every alternative, joined in order: what a match of the pattern is.
    source: String,
    /// None when the source does not compile (a policy's own label past the size limit): it
    /// never matches.
    regex: OnceLock<Option<Regex>>,
    /// The alternatives of the languages written with spaces (bounded by Unicode `\b`), then
    /// those of the others, each group joined in order and searched apart (see
    /// [`find_each`]): on a text that is not ASCII, such as a Chinese one, a word boundary
    /// sends the regex engine to its slow paths, and a Chinese text seldom holds the anchor of
    /// an English phrase.
    groups: [Group; 2],
}

/// Some alternatives of a pattern.
struct Group {
    /// None when the pattern has no alternative of this kind.
    source: Option<String>,
    /// Pieces of which every match holds one, folded (see [`anchor`]): a text that holds
    /// none of them, folded, is not searched. None: always searched.
    anchors: Option<Vec<String>>,
    regex: OnceLock<Option<Regex>>,
}

impl Pattern {
    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| Regex::new(&self.source).ok())
            .as_ref()
    }

    fn new(key: String, rule: Rule, found: Found, alts: Vec<Alt>) -> Pattern {
        let group = |spaced: bool| {
            let alts: Vec<&Alt> = alts.iter().filter(|a| a.2 == spaced).collect();
            Group {
                source: (!alts.is_empty()).then(|| {
                    alts.iter()
                        .map(|a| a.0.as_str())
                        .collect::<Vec<_>>()
                        .join("|")
                }),
                anchors: alts.iter().map(|a| a.1.clone()).collect(),
                regex: OnceLock::new(),
            }
        };
        Pattern {
            key,
            rule,
            found,
            source: alts
                .iter()
                .map(|a| a.0.as_str())
                .collect::<Vec<_>>()
                .join("|"),
            regex: OnceLock::new(),
            groups: [group(true), group(false)],
        }
    }
}

impl Group {
    fn regex(&self) -> Option<&Regex> {
        let source = self.source.as_deref()?;
        self.regex.get_or_init(|| Regex::new(source).ok()).as_ref()
    }
}

/// The patterns of one language, each compiled when first needed, and the automaton of
/// their anchors that says which a text may match.
pub(super) struct Patterns {
    pub(super) list: Vec<Pattern>,
    /// The anchors of every pattern that has them, in one automaton, for [`find_each`].
    anchors: OnceLock<Anchors>,
    /// Phone words, for short service numbers.
    pub(super) phone: Option<Regex>,
}

/// The languages whose words are not separated by spaces: phrases match anywhere.
pub(super) fn unspaced(lang: &str) -> bool {
    matches!(lang.split('-').next(), Some("zh" | "ja" | "ko"))
}

/// A phrase pattern of a language, to be matched without regard to case, except in the
/// unspaced languages, which have none. The flag is the pattern's own, so that patterns of
/// several languages can be alternatives of one expression.
fn flagged(source: &str, lang: &str) -> String {
    if unspaced(lang) {
        format!("(?:{source})")
    } else {
        format!("(?i:{source})")
    }
}

/// A cue phrase of the form `name = phrase`: a concept, said in several languages under one
/// name (see the head of cues.toml). Returns the name and the phrase.
pub(super) fn concept(phrase: &str) -> Option<(&str, &str)> {
    let (name, phrase) = phrase.split_once(" = ")?;
    let name = name.trim();
    (!name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
    .then_some((name, phrase.trim()))
}

/// The cue phrases of `cues.toml`: table -> language -> phrases.
type Cues = BTreeMap<String, BTreeMap<String, Vec<String>>>;

pub(super) fn cues() -> &'static Cues {
    static CUE_TABLE: LazyLock<Cues> = LazyLock::new(|| {
        toml::from_str(CUES).expect("vocabulary/cues.toml is valid (a unit test reads it)")
    });
    &CUE_TABLE
}

/// kind -> id -> language -> phrases.
type Synonyms = BTreeMap<String, BTreeMap<String, BTreeMap<String, Vec<String>>>>;

pub(super) fn synonyms() -> &'static Synonyms {
    static TABLE: LazyLock<Synonyms> = LazyLock::new(|| {
        toml::from_str(SYNONYMS).expect("vocabulary/synonyms.toml is valid (a unit test reads it)")
    });
    &TABLE
}

/// The rule a vocabulary term of this kind tells, for the kinds that tell one.
pub(super) fn term_rule(kind: &str) -> Option<Rule> {
    match kind {
        "data" | "purpose" => Some(Rule::ServiceModel),
        "recipient" | "region" => Some(Rule::Recipients),
        "right" => Some(Rule::Rights),
        _ => None,
    }
}

pub(super) fn rule_of_table(table: &str) -> Option<Rule> {
    Some(match table {
        "service-model" => Rule::ServiceModel,
        "ownership" => Rule::Ownership,
        "recipients" => Rule::Recipients,
        "rights" => Rule::Rights,
        "contact" => Rule::Contact,
        "risk-assessment" => Rule::RiskAssessment,
        "rights-reduced" => Rule::RightsReduced,
        _ => return None,
    })
}

/// The regular expression of a phrase (see the head of cues.toml): words on whole-word
/// boundaries, `*` for any ending, `...` for up to four words, an optional hyphen, either
/// apostrophe; `plural` lets the last word take an `s` or `es`. Unspaced languages: the
/// phrase as it is, `...` standing for up to ten characters.
pub(super) fn phrase_regex(phrase: &str, lang: &str, plural: bool) -> String {
    if unspaced(lang) {
        let parts: Vec<String> = phrase.split("...").map(regex::escape).collect();
        return parts.join(".{0,10}?");
    }
    let mut words = Vec::new();
    let tokens: Vec<&str> = phrase.split_whitespace().collect();
    for (i, token) in tokens.iter().enumerate() {
        if *token == "..." {
            words.push(r"(?:\S+\s+){0,4}?".to_string());
            continue;
        }
        let (stem, open) = match token.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (*token, false),
        };
        let mut w = String::new();
        for c in stem.chars() {
            match c {
                '-' => w.push_str(r"[-\s]?"),
                '\'' | '’' => w.push_str("['’]"),
                c => w.push_str(&regex::escape(&c.to_string())),
            }
        }
        if open {
            w.push_str(r"\w*");
        } else if plural && i == tokens.len() - 1 {
            w.push_str("(?:s|es)?");
        }
        words.push(w);
    }
    // Words are joined by any run of whitespace; a `...` gap already ends in some.
    let mut out = String::from(r"\b");
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        if i + 1 < words.len() && !w.starts_with(r"(?:\S") {
            out.push_str(r"\s+");
        }
    }
    out.push_str(r"\b");
    out
}

/// The language-neutral patterns: contact details.
pub(super) fn contact_patterns() -> Vec<(Found, Regex)> {
    vec![
        (
            Found::Email,
            Regex::new(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+").expect("a valid pattern"),
        ),
        (
            Found::Url,
            Regex::new(r#"(?i)\b(?:https?://|www\.)[^\s<>"'（）()\[\]{}，。；、]+"#)
                .expect("a valid pattern"),
        ),
        (
            Found::Phone,
            Regex::new(r"(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d(?:[\s.-]?\d){6,14}")
                .expect("a valid pattern"),
        ),
    ]
}

/// Organisations by legal form, in Latin script (case matters: "Ltd", not "ltd").
static LEGAL_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:[A-Z0-9][\w&'’.-]*\s+){0,5}[A-Z0-9][\w&'’.-]*,?\s+(?:Inc(?-u:\b)\.?|LLC(?-u:\b)|L\.L\.C\.|Ltd(?-u:\b)\.?|Limited(?-u:\b)|GmbH(?-u:\b)|AG(?-u:\b)|S\.A\.S\.|S\.A\.|SAS(?-u:\b)|B\.V\.|BV(?-u:\b)|N\.V\.|plc(?-u:\b)|PLC(?-u:\b)|Corp(?-u:\b)\.?|Corporation(?-u:\b)|Co\.,?\s*Ltd(?-u:\b)\.?|SE(?-u:\b)|S\.r\.l\.|S\.p\.A\.|Pty\s+Ltd(?-u:\b)|LLP(?-u:\b)|K\.K\.|Oy(?-u:\b)|ApS(?-u:\b)|UG(?-u:\b)|KG(?-u:\b)|e\.V\.|SARL(?-u:\b)|S\.L\.|S\.L\.U\.|Sp\.\s*z\s*o\.o\.|Pte\.?\s+Ltd(?-u:\b))",
    )
    .expect("a valid pattern")
});

/// Organisations by legal form, in Chinese and Japanese.
static LEGAL_FORM_CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|株式会社|合同会社)")
        .expect("a valid pattern")
});

/// Runs of capitalised words (English): candidates for a name.
static CAPITALISED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[A-Z][\w&'’-]*(?:\s+(?:of|and|&|de|du|la|der|von|van)?\s*[A-Z][\w&'’-]*)*")
        .expect("a valid pattern")
});

/// The built-in patterns of each language used so far.
pub(super) fn builtin_patterns(lang: &str) -> &'static Patterns {
    static BUILT: LazyLock<Mutex<BTreeMap<String, &'static Patterns>>> =
        LazyLock::new(|| Mutex::new(BTreeMap::new()));
    let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(p) = built.get(lang) {
        return p;
    }
    // One set per language for the life of the process (a handful of languages at most):
    // leaking it lets every analyser borrow it without a lock held.
    let patterns: &'static Patterns = Box::leak(Box::new(build(lang, &[])));
    built.insert(lang.to_string(), patterns);
    patterns
}

/// A pattern before it is compiled: key, rule, kind, regular expression.
/// A pattern's key, rule, what it finds, its regular expression and its anchors.
type Source = (String, Rule, Found, Vec<Alt>);

/// One alternative of a pattern: its regular expression, its anchor, and whether its language
/// is written with spaces.
type Alt = (String, Option<String>, bool);

/// The patterns looked for in a text of `lang`: the vocabulary's terms and the cue concepts in
/// every language (a sentence may be left in another language, and its translation must
/// read as the same thing said), and the plain cue phrases of `lang`. With `extra`, only the
/// policies' own terms.
pub(super) fn build(lang: &str, extra: &[(String, String, String, String)]) -> Patterns {
    let only_extra = !extra.is_empty();
    let mut sources = term_sources(extra);
    if !only_extra {
        sources.extend(cue_sources(lang));
    }
    let list: Vec<Pattern> = sources
        .into_iter()
        .map(|(key, rule, found, alts)| Pattern::new(key, rule, found, alts))
        .collect();
    let phone = cues()
        .get("phone")
        .and_then(|t| t.get(lang))
        .filter(|words| !words.is_empty() && !only_extra)
        .and_then(|words| {
            let alts: Vec<String> = words
                .iter()
                .map(|w| flagged(&phrase_regex(w, lang, false), lang))
                .collect();
            Regex::new(&alts.join("|")).ok()
        });
    Patterns {
        list,
        anchors: OnceLock::new(),
        phone,
    }
}

/// One pattern per vocabulary term, of its labels (built-in, or the policies' own when `extra`
/// is not empty) and synonyms in every language.
fn term_sources(extra: &[(String, String, String, String)]) -> Vec<Source> {
    let only_extra = !extra.is_empty();
    // (kind, id) -> (language, phrase).
    let mut labels: BTreeMap<(String, String), BTreeSet<(String, String)>> = BTreeMap::new();
    let mut label = |kind: &str, id: &str, l: &str, phrase: &str| {
        labels
            .entry((kind.to_string(), id.to_string()))
            .or_default()
            .insert((l.to_string(), phrase.to_string()));
    };
    if only_extra {
        for (kind, id, l, phrase) in extra {
            label(kind, id, l, phrase);
        }
    } else {
        for (kind, terms) in vocab::builtin() {
            for (id, entry) in terms {
                for (l, phrase) in &entry.labels {
                    label(kind, id, l, phrase);
                }
            }
        }
        for (kind, terms) in synonyms() {
            for (id, by_lang) in terms {
                for (l, phrases) in by_lang {
                    for phrase in phrases {
                        label(kind, id, l, phrase);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for ((kind, id), phrases) in labels {
        let Some(rule) = term_rule(&kind) else {
            continue;
        };
        // Longest first: the regex takes the first alternative that matches at a place, and
        // "e-mail address" must win over "e-mail".
        let mut phrases: Vec<&(String, String)> = phrases
            .iter()
            .filter(|(_, p)| p.chars().count() >= 2)
            .collect();
        phrases.sort_by_key(|(_, p)| std::cmp::Reverse(p.chars().count()));
        let alternatives: Vec<Alt> = phrases
            .iter()
            .map(|(l, p)| {
                (
                    flagged(&phrase_regex(p, l, true), l),
                    anchor(p, l),
                    !unspaced(l),
                )
            })
            .collect();
        if !alternatives.is_empty() {
            let origin = if only_extra { "own-term" } else { "term" };
            out.push((
                format!("{origin}:{kind}/{id}"),
                rule,
                Found::Term,
                alternatives,
            ));
        }
    }
    out
}

/// The cue phrases of `vocabulary/cues.toml` looked for in a text of `lang`: a concept
/// (`name = phrase`) is one pattern of all its languages, keyed by its name; any other
/// phrase, of this language only, is its own key.
fn cue_sources(lang: &str) -> Vec<Source> {
    let mut out = Vec::new();
    for (table, by_lang) in cues() {
        let (rule, found) = match table.as_str() {
            "rights-reduced" => (Rule::RightsReduced, Found::NegativePromise),
            "exceptions" | "limitations" => (Rule::RightsReduced, Found::Exception),
            t => match rule_of_table(t) {
                Some(rule) => (rule, Found::Cue),
                None => continue,
            },
        };
        // `a|b`: ways of saying the same thing, counted as one. Each with its anchor, so that
        // a text is searched only for the cues whose anchor it holds.
        let alternatives = |phrase: &str, l: &str| -> Vec<Alt> {
            phrase
                .split('|')
                .map(|p| {
                    (
                        flagged(&phrase_regex(p.trim(), l, false), l),
                        anchor(p.trim(), l),
                        !unspaced(l),
                    )
                })
                .collect()
        };
        let mut concepts: BTreeMap<&str, Vec<Alt>> = BTreeMap::new();
        for (l, phrases) in by_lang {
            for phrase in phrases {
                match concept(phrase) {
                    Some((name, said)) => concepts
                        .entry(name)
                        .or_default()
                        .extend(alternatives(said, l)),
                    None if l == lang => out.push((
                        format!("{table}:{phrase}"),
                        rule,
                        found,
                        alternatives(phrase, l),
                    )),
                    None => {}
                }
            }
        }
        for (name, alts) in concepts {
            out.push((format!("{table}:={name}"), rule, found, alts));
        }
    }
    out
}

/// Every match of every pattern in `text`, pattern by pattern: those whose anchor the text
/// does not hold are skipped without running (or compiling) them, as in [`find_each`].
pub(super) fn find(patterns: &Patterns, text: &str, hits: &mut Vec<Hit>) {
    let all: Vec<usize> = (0..patterns.list.len()).collect();
    find_each(patterns, &all, text, hits);
}

/// The indices of the patterns whose key starts with one of `prefixes`, for [`find_each`].
pub(super) fn keyed(patterns: &Patterns, prefixes: &[&str]) -> Vec<usize> {
    (0..patterns.list.len())
        .filter(|&i| prefixes.iter().any(|p| patterns.list[i].key.starts_with(p)))
        .collect()
}

/// The longest piece of a phrase that every match of its [`phrase_regex`] holds as it is, up
/// to case: a run of characters between those the pattern widens (white space, hyphens,
/// apostrophes, `*` and `...`). [`folded`]; none when the phrase has no such piece.
fn anchor(phrase: &str, lang: &str) -> Option<String> {
    let pieces: Vec<&str> = if unspaced(lang) {
        phrase.split("...").collect()
    } else {
        phrase
            .split(|c: char| c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '*'))
            .filter(|piece| *piece != "...")
            .collect()
    };
    pieces
        .into_iter()
        .max_by_key(|piece| piece.chars().count())
        .filter(|piece| !piece.is_empty())
        .map(folded)
}

/// A text in one case, as the regular expressions' `(?i)` sees it: lowercased, then the few
/// letters whose lowercase is not what Unicode's simple case folding makes of them mapped to
/// it (long s, final sigma, the Greek symbol forms, micro, the Cyrillic rounded letters), so
/// that two texts `(?i)` takes for equal are equal here.
fn folded(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'ſ' => 's',
            'ς' => 'σ',
            'ϐ' => 'β',
            'ϑ' => 'θ',
            'ϕ' => 'φ',
            'ϖ' => 'π',
            'ϰ' => 'κ',
            'ϱ' => 'ρ',
            'ϵ' => 'ε',
            'µ' => 'μ',
            'ẛ' => 'ṡ',
            '\u{1fbe}' | '\u{345}' => 'ι',
            'ᲀ' => 'в',
            'ᲁ' => 'д',
            'ᲂ' => 'о',
            'ᲃ' => 'с',
            'ᲄ' | 'ᲅ' => 'т',
            'ᲆ' => 'ъ',
            'ᲇ' => 'ѣ',
            'ᲈ' => 'ꙋ',
            c => c,
        })
        .collect()
}

/// The anchors of a language's patterns in one automaton: which patterns (and which of
/// their groups) a text may match, found in one pass over it.
struct Anchors {
    automaton: Option<aho_corasick::AhoCorasick>,
    /// For each anchor of the automaton, the patterns and groups it belongs to.
    owners: Vec<Vec<(usize, usize)>>,
}

impl Anchors {
    fn new(list: &[Pattern]) -> Anchors {
        let mut by_anchor: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
        for (i, p) in list.iter().enumerate() {
            for (g, group) in p.groups.iter().enumerate() {
                for a in group.anchors.iter().flatten() {
                    by_anchor.entry(a).or_default().push((i, g));
                }
            }
        }
        let automaton = aho_corasick::AhoCorasick::new(by_anchor.keys()).ok();
        Anchors {
            automaton,
            owners: by_anchor.into_values().collect(),
        }
    }

    /// Whether each group of each pattern may match somewhere in `text`; all true when the
    /// automaton could not be built.
    fn candidates(&self, list: &[Pattern], text: &str) -> Vec<[bool; 2]> {
        let present = |g: &Group| g.source.is_some();
        let Some(automaton) = &self.automaton else {
            return list
                .iter()
                .map(|p| [present(&p.groups[0]), present(&p.groups[1])])
                .collect();
        };
        let mut out: Vec<[bool; 2]> = list
            .iter()
            .map(|p| {
                p.groups
                    .each_ref()
                    .map(|g| present(g) && g.anchors.is_none())
            })
            .collect();
        let lower = folded(text);
        for m in automaton.find_overlapping_iter(&lower) {
            for &(i, g) in &self.owners[m.pattern().as_usize()] {
                out[i][g] = true;
            }
        }
        out
    }
}

/// [`find`] for some of the patterns only, each searched alone, and only when the text holds
/// one of its anchors. A pattern's two groups (spaced and unspaced languages) are searched
/// apart, each only when the text holds one of its own anchors; where both match and two of
/// their matches overlap, the joined pattern decides, so the matches are always those of the
/// joined pattern.
pub(super) fn find_each(patterns: &Patterns, indices: &[usize], text: &str, hits: &mut Vec<Hit>) {
    let candidates = patterns
        .anchors
        .get_or_init(|| Anchors::new(&patterns.list))
        .candidates(&patterns.list, text);
    for &i in indices {
        let (Some(p), Some(&chosen)) = (patterns.list.get(i), candidates.get(i)) else {
            continue;
        };
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for (group, _) in p.groups.iter().zip(chosen).filter(|(_, c)| *c) {
            let Some(regex) = group.regex() else { continue };
            spans.extend(regex.find_iter(text).map(|m| (m.start(), m.end())));
        }
        if chosen == [true, true] {
            spans.sort_unstable();
            if spans.windows(2).any(|w| w[1].0 < w[0].1) {
                spans = p
                    .regex()
                    .map(|r| r.find_iter(text).map(|m| (m.start(), m.end())).collect())
                    .unwrap_or_default();
            }
        }
        for (start, end) in spans {
            hits.push(Hit {
                key: p.key.clone(),
                rule: p.rule,
                found: p.found,
                start,
                end,
            });
        }
    }
}

/// E-mail addresses, web addresses and phone numbers: never dates, years, amounts, section
/// or clause numbers; a number of three to five digits only beside a phone word.
pub(super) fn contacts(text: &str, phone_words: Option<&Regex>, hits: &mut Vec<Hit>) {
    static PATTERNS: LazyLock<Vec<(Found, Regex)>> = LazyLock::new(contact_patterns);
    static SHORT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\d{3,5}").expect("a valid pattern"));
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4})$")
            .expect("a valid pattern")
    });
    // Addresses hold digits that are no phone numbers: a phone is never inside one.
    let mut addresses = Vec::new();
    for (found, regex) in PATTERNS.iter() {
        for m in regex.find_iter(text) {
            let raw = m.as_str();
            let (start, mut end) = (m.start(), m.end());
            let key = match found {
                Found::Email => {
                    addresses.push((start, end));
                    raw.to_lowercase()
                }
                Found::Url => {
                    let trimmed = raw.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
                    end = start + trimmed.len();
                    addresses.push((start, end));
                    let k = trimmed.to_lowercase();
                    let k = k
                        .trim_start_matches("https://")
                        .trim_start_matches("http://")
                        .trim_start_matches("www.");
                    k.trim_end_matches('/').to_string()
                }
                _ => {
                    if overlaps(&addresses, start, end) || !is_phone(raw, &text[..start], &DATE) {
                        continue;
                    }
                    raw.chars().filter(char::is_ascii_digit).collect()
                }
            };
            hits.push(Hit {
                key: format!("{found:?}:{key}"),
                rule: Rule::Contact,
                found: *found,
                start,
                end,
            });
        }
    }
    // Short service numbers ("call 110", "12315热线"): only right beside a phone word.
    let Some(words) = phone_words else { return };
    for m in SHORT.find_iter(text) {
        let before = &text[..m.start()];
        let after = &text[m.end()..];
        let digit_next = before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || c == '.')
            || after
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || c == '.');
        if digit_next
            || hits
                .iter()
                .any(|h| h.start <= m.start() && m.end() <= h.end)
        {
            continue;
        }
        let window_before: String = before
            .chars()
            .rev()
            .take(14)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let window_after: String = after.chars().take(6).collect();
        let not_a_number_of = [
            "年", "月", "日", "%", "元", "条", "款", "项", "天", "days", "day",
        ];
        if not_a_number_of
            .iter()
            .any(|u| after.trim_start().starts_with(u))
        {
            continue;
        }
        if words.is_match(&window_before) || words.is_match(&window_after) {
            hits.push(Hit {
                key: format!("Phone:{}", m.as_str()),
                rule: Rule::Contact,
                found: Found::Phone,
                start: m.start(),
                end: m.end(),
            });
        }
    }
}

/// Whether a run of digits is a phone number: seven to fifteen digits, not a date, not an
/// amount, not a dotted section number.
pub(super) fn is_phone(raw: &str, before: &str, date: &Regex) -> bool {
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    if !(7..=15).contains(&digits) || date.is_match(raw.trim()) {
        return false;
    }
    let currency = before
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| "$€£¥₩".contains(c));
    let dotted = raw.contains('.') && !raw.contains(' ') && !raw.contains('-');
    !currency && !dotted
}

/// The words that are never a name, lower case.
pub(super) fn not_names() -> &'static BTreeSet<String> {
    static WORDS: LazyLock<BTreeSet<String>> = LazyLock::new(|| {
        cues()
            .get("not-names")
            .and_then(|t| t.get("en"))
            .into_iter()
            .flatten()
            .map(|w| w.to_lowercase())
            .collect()
    });
    &WORDS
}

/// Names of organisations: a legal form (Latin or CJK), or (in languages written with
/// spaces) two or more capitalised words that are not common words of policies.
pub(super) fn organisations(text: &str, lang: &str, hits: &mut Vec<Hit>) {
    let push = |start: usize, end: usize, legal: bool, hits: &mut Vec<Hit>| {
        let name = text[start..end].trim();
        let key: String = name
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if hits
            .iter()
            .any(|h| h.found == Found::Organisation && h.start <= start && end <= h.end)
        {
            return;
        }
        hits.push(Hit {
            key: format!(
                "Organisation:{}:{}",
                if legal { "legal" } else { "name" },
                key.trim_end_matches(['.', ','])
            ),
            rule: Rule::Recipients,
            found: Found::Organisation,
            start,
            end,
        });
    };
    for m in LEGAL_FORM.find_iter(text) {
        // Leading common words ("The", "By") are not part of the name.
        let mut start = m.start();
        for word in m.as_str().split_whitespace() {
            if not_names().contains(&word.to_lowercase()) && !word.ends_with('.') {
                start += text[start..].find(word).map_or(0, |i| i + word.len());
                start += text[start..].len() - text[start..].trim_start().len();
            } else {
                break;
            }
        }
        if start < m.end() {
            push(start, m.end(), true, hits);
            // "Example Ltd (“Example”, “we”)": the policy's own company naming itself.
            let after = text[m.end()..].trim_start();
            if after.starts_with("(“") || after.starts_with("(\"") || after.starts_with("(the “")
            {
                if let Some(last) = hits.last_mut() {
                    last.rule = Rule::Ownership;
                }
            }
        }
    }
    for m in LEGAL_FORM_CJK.find_iter(text) {
        // The name runs back from the legal form to punctuation, a space or a word that
        // joins it to the sentence (与, 和, 向 ...), at most twenty characters.
        let mut start = m.start();
        for (i, c) in text[..m.start()].char_indices().rev() {
            let stop = !(c.is_alphanumeric() || "（）()·&".contains(c))
                || "与和向由及或将的在为给把被对从等您我们".contains(c)
                || m.start() - i > 60;
            if stop {
                break;
            }
            start = i;
        }
        if m.start() - start >= 3 {
            push(start, m.end(), true, hits);
        }
    }
    // German capitalises every noun ("Ihre Einwilligung", "Kein System"): there only a legal
    // form names an organisation.
    let primary = lang.split(['-', '_']).next().unwrap_or_default();
    if unspaced(lang) || primary.eq_ignore_ascii_case("de") || primary.eq_ignore_ascii_case("lb") {
        return;
    }
    // Title-case text (a heading) capitalises every word: no names are read from it.
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitals = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    if words.len() >= 3 && capitals * 10 >= words.len() * 6 {
        return;
    }
    for m in CAPITALISED.find_iter(text) {
        let parts: Vec<(usize, &str)> = m
            .as_str()
            .split_whitespace()
            .scan(0usize, |pos, w| {
                let at = m.as_str()[*pos..].find(w).map_or(*pos, |i| *pos + i);
                *pos = at + w.len();
                Some((m.start() + at, w))
            })
            .collect();
        let plain = |w: &str| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            not_names().contains(&w) || w.chars().all(|c| c.is_ascii_digit())
        };
        let first = parts.iter().position(|(_, w)| !plain(w));
        let last = parts.iter().rposition(|(_, w)| !plain(w));
        let (Some(first), Some(last)) = (first, last) else {
            continue;
        };
        let kept = &parts[first..=last];
        let capitalised = kept
            .iter()
            .filter(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        if capitalised >= 2 {
            let (start, _) = kept[0];
            let (s, w) = kept[kept.len() - 1];
            push(start, s + w.len(), false, hits);
        }
    }
}

#[cfg(test)]
mod tests;
