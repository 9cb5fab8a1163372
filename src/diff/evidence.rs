//! Prose evidence: what the changed words of a paragraph, list item, case or title say about
//! the major subjects, so that a fact written as prose is not waved through as editorial.
//!
//! In: the word diffs of one prose unit in every language (`ProseDiff`), and for a unit added
//! or removed whole, the texts of its position (its section's title, the lead-in of its list).
//! Out: `Evidence`, each with its rule, what was found (a vocabulary term by its labels and
//! synonyms, an e-mail address, a URL, a phone number, an organisation's name, a cue phrase, a
//! negative promise), the matched text, its side (old or new), its language and its span.
//!
//! A thing counts when one version of the unit says it more often than the other (by its key:
//! the term, the normalised address or name, the cue), so a rewording that moves a word is no
//! evidence and a sentence that newly names a recipient is. The phrases are data:
//! `vocabulary/cues.toml` and `vocabulary/synonyms.toml`, embedded in the binary.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{LazyLock, Mutex};

use regex::{Regex, RegexSet};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::prose::{Op, ProseDiff};
use super::Rule;
use crate::model::vocab;

const CUES: &str = include_str!("../../vocabulary/cues.toml");
const SYNONYMS: &str = include_str!("../../vocabulary/synonyms.toml");

/// What a piece of evidence is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Found {
    /// A vocabulary term, by one of its labels or synonyms.
    Term,
    /// An e-mail address.
    Email,
    /// A web address.
    Url,
    /// A phone number (a service number of three to five digits only beside a phone word).
    Phone,
    /// The name of an organisation: a legal form (Ltd, GmbH, 有限公司 ...) or capitalised words.
    Organisation,
    /// A cue phrase of the rule (`vocabulary/cues.toml`).
    Cue,
    /// A promise that something is never done ("we do not sell").
    NegativePromise,
    /// An exception beside a negative promise ("unless", "除非").
    Exception,
    /// The place of a unit added or removed whole: its section states facts under the rule,
    /// or its section's title or its list's lead-in says a cue of it.
    Position,
}

/// Which version of the text a piece of evidence is in.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Version {
    Old,
    New,
}

/// One piece of evidence that a prose change is about a rule's subject.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Evidence {
    /// The rule whose subject it is.
    pub rule: Rule,
    /// What was found.
    pub found: Found,
    /// The text as written.
    pub text: String,
    /// The version it is in: said by the new text, or no longer said.
    pub side: Version,
    /// The language of the text.
    pub lang: String,
    /// Byte offsets of the match in that version's text of the unit (for `position`: in the
    /// text of the place).
    pub span: [usize; 2],
}

/// One kind of thing to look for in one language.
struct Pattern {
    /// Two matches with the same key are the same thing said twice.
    key: String,
    rule: Rule,
    found: Found,
    regex: Regex,
}

/// The patterns of one language, with a set to find which of them match at all.
struct Patterns {
    list: Vec<Pattern>,
    set: RegexSet,
    /// Phone words, for short service numbers.
    phone: Option<Regex>,
}

/// The languages whose words are not separated by spaces: phrases match anywhere.
fn unspaced(lang: &str) -> bool {
    matches!(lang.split('-').next(), Some("zh" | "ja" | "ko"))
}

/// The cue phrases of `cues.toml`: table -> language -> phrases.
type Cues = BTreeMap<String, BTreeMap<String, Vec<String>>>;

fn cues() -> &'static Cues {
    static CUE_TABLE: LazyLock<Cues> = LazyLock::new(|| {
        toml::from_str(CUES).expect("vocabulary/cues.toml is valid (a unit test reads it)")
    });
    &CUE_TABLE
}

/// kind -> id -> language -> phrases.
type Synonyms = BTreeMap<String, BTreeMap<String, BTreeMap<String, Vec<String>>>>;

fn synonyms() -> &'static Synonyms {
    static TABLE: LazyLock<Synonyms> = LazyLock::new(|| {
        toml::from_str(SYNONYMS).expect("vocabulary/synonyms.toml is valid (a unit test reads it)")
    });
    &TABLE
}

/// The rule a vocabulary term of this kind tells, for the kinds that tell one.
fn term_rule(kind: &str) -> Option<Rule> {
    match kind {
        "data" | "purpose" => Some(Rule::ServiceModel),
        "recipient" => Some(Rule::Recipients),
        "right" => Some(Rule::Rights),
        _ => None,
    }
}

fn rule_of_table(table: &str) -> Option<Rule> {
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
fn phrase_regex(phrase: &str, lang: &str, plural: bool) -> String {
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
fn contact_patterns() -> Vec<(Found, Regex)> {
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
        r"(?:[A-Z0-9][\w&'’.-]*\s+){0,5}[A-Z0-9][\w&'’.-]*,?\s+(?:Inc\b\.?|LLC\b|L\.L\.C\.|Ltd\b\.?|Limited\b|GmbH\b|AG\b|S\.A\.S\.|S\.A\.|SAS\b|B\.V\.|BV\b|N\.V\.|plc\b|PLC\b|Corp\b\.?|Corporation\b|Co\.,?\s*Ltd\b\.?|SE\b|S\.r\.l\.|S\.p\.A\.|Pty\s+Ltd\b|LLP\b|K\.K\.|Oy\b|ApS\b)",
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

/// What is found in one text: key, rule, kind, span.
struct Hit {
    key: String,
    rule: Rule,
    found: Found,
    start: usize,
    end: usize,
}

/// The evidence finder. The patterns of the built-in vocabulary and cues are compiled once
/// per language and process; those of a policy's own terms, once per analyser.
pub struct Analyser {
    /// The patterns of the policies' own terms, by language.
    extra: BTreeMap<String, Patterns>,
}

/// The built-in patterns of each language used so far.
fn builtin_patterns(lang: &str) -> &'static Patterns {
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

fn build(lang: &str, extra: &[(String, String, String, String)]) -> Patterns {
    let only_extra = !extra.is_empty();
    let mut list = Vec::new();
    let mut add = |key: String, rule: Rule, found: Found, source: String| {
        let source = if unspaced(lang) {
            source
        } else {
            format!("(?i){source}")
        };
        if let Ok(regex) = Regex::new(&source) {
            list.push(Pattern {
                key,
                rule,
                found,
                regex,
            });
        }
    };
    // Vocabulary terms: labels (built-in, or the policy's own) and synonyms.
    let mut labels: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    if only_extra {
        for (kind, id, l, label) in extra {
            if l == lang {
                labels
                    .entry((kind.clone(), id.clone()))
                    .or_default()
                    .insert(label.clone());
            }
        }
    } else {
        for (kind, terms) in vocab::builtin() {
            for (id, entry) in terms {
                if let Some(label) = entry.labels.get(lang) {
                    labels
                        .entry((kind.clone(), id.clone()))
                        .or_default()
                        .insert(label.clone());
                }
            }
        }
        for (kind, terms) in synonyms() {
            for (id, by_lang) in terms {
                for phrase in by_lang.get(lang).into_iter().flatten() {
                    labels
                        .entry((kind.clone(), id.clone()))
                        .or_default()
                        .insert(phrase.clone());
                }
            }
        }
    }
    for ((kind, id), phrases) in labels {
        let Some(rule) = term_rule(&kind) else {
            continue;
        };
        // Longest first: the regex takes the first alternative that matches at a place, and
        // "e-mail address" must win over "e-mail".
        let mut phrases: Vec<&String> = phrases.iter().filter(|p| p.chars().count() >= 2).collect();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
        let alternatives: Vec<String> = phrases
            .iter()
            .map(|p| phrase_regex(p, lang, true))
            .collect();
        if !alternatives.is_empty() {
            add(
                format!("term:{kind}/{id}"),
                rule,
                Found::Term,
                format!("(?:{})", alternatives.join("|")),
            );
        }
    }
    if !only_extra {
        // Cue phrases, one pattern each (the phrase is its key).
        for (table, by_lang) in cues() {
            let (rule, found) = match table.as_str() {
                "rights-reduced" => (Rule::RightsReduced, Found::NegativePromise),
                "exceptions" => (Rule::RightsReduced, Found::Exception),
                t => match rule_of_table(t) {
                    Some(rule) => (rule, Found::Cue),
                    None => continue,
                },
            };
            for phrase in by_lang.get(lang).into_iter().flatten() {
                add(
                    format!("{table}:{phrase}"),
                    rule,
                    found,
                    phrase_regex(phrase, lang, false),
                );
            }
        }
    }
    let set =
        RegexSet::new(list.iter().map(|p| p.regex.as_str())).expect("each pattern compiled alone");
    let phone = cues()
        .get("phone")
        .and_then(|t| t.get(lang))
        .filter(|words| !words.is_empty() && !only_extra)
        .and_then(|words| {
            let alts: Vec<String> = words.iter().map(|w| phrase_regex(w, lang, false)).collect();
            let source = format!("(?:{})", alts.join("|"));
            Regex::new(&if unspaced(lang) {
                source
            } else {
                format!("(?i){source}")
            })
            .ok()
        });
    Patterns { list, set, phone }
}

fn find(patterns: &Patterns, text: &str, hits: &mut Vec<Hit>) {
    for i in patterns.set.matches(text).iter() {
        let p = &patterns.list[i];
        for m in p.regex.find_iter(text) {
            hits.push(Hit {
                key: p.key.clone(),
                rule: p.rule,
                found: p.found,
                start: m.start(),
                end: m.end(),
            });
        }
    }
}

impl Analyser {
    /// An analyser for policies that also use these terms of their own: (kind, id, language,
    /// label).
    pub fn new(extra: &[(String, String, String, String)]) -> Analyser {
        let langs: BTreeSet<&str> = extra.iter().map(|(_, _, l, _)| l.as_str()).collect();
        Analyser {
            extra: langs
                .into_iter()
                .map(|l| (l.to_string(), build(l, extra)))
                .collect(),
        }
    }

    /// Everything found in one text.
    fn hits(&self, text: &str, lang: &str) -> Vec<Hit> {
        let patterns = builtin_patterns(lang);
        let mut hits = Vec::new();
        find(patterns, text, &mut hits);
        if let Some(extra) = self.extra.get(lang) {
            find(extra, text, &mut hits);
        }
        contacts(text, patterns.phone.as_ref(), &mut hits);
        organisations(text, lang, &mut hits);
        hits
    }

    /// The evidence of one changed prose unit, from its word diffs in every language.
    pub fn unit(&self, prose: &[ProseDiff]) -> Vec<Evidence> {
        let mut out = BTreeSet::new();
        for diff in prose {
            let (old, new, deleted, inserted) = sides(diff);
            let old_hits = self.hits(&old, &diff.lang);
            let new_hits = self.hits(&new, &diff.lang);
            let (n_old, n_new) = (count(&old_hits), count(&new_hits));
            let promise_kept = old_hits
                .iter()
                .chain(&new_hits)
                .any(|h| h.found == Found::NegativePromise);
            for (hits, text, changed, n_this, n_other, side) in [
                (&old_hits, &old, &deleted, &n_old, &n_new, Version::Old),
                (&new_hits, &new, &inserted, &n_new, &n_old, Version::New),
            ] {
                let mut seen = BTreeSet::new();
                // Prefer the matches that touch changed words, then the first of each key.
                let mut ordered: Vec<&Hit> = hits.iter().collect();
                ordered.sort_by_key(|h| (!overlaps(changed, h.start, h.end), h.start));
                for h in ordered {
                    let surplus = n_this.get(h.key.as_str()).copied().unwrap_or(0)
                        > n_other.get(h.key.as_str()).copied().unwrap_or(0);
                    if !surplus || !seen.insert(h.key.as_str()) {
                        continue;
                    }
                    let rule = match (h.found, side) {
                        // A negative promise no longer made reduces rights; a new one is a
                        // change of rights in the user's favour.
                        (Found::NegativePromise, Version::New) => Rule::Rights,
                        // An exception is only evidence beside a negative promise; one taken
                        // away widens the promise.
                        (Found::Exception, _) if !promise_kept => continue,
                        (Found::Exception, Version::Old) => Rule::Rights,
                        _ => h.rule,
                    };
                    out.insert(Evidence {
                        rule,
                        found: h.found,
                        text: text[h.start..h.end].to_string(),
                        side,
                        lang: diff.lang.clone(),
                        span: [h.start, h.end],
                    });
                }
            }
        }
        out.into_iter().collect()
    }

    /// The rules the place of a unit added or removed whole tells: the cues and terms of its
    /// section's title and of its list's lead-in, (language, text) pairs.
    pub fn position(&self, texts: &[(&str, &str)], side: Version) -> Vec<Evidence> {
        let mut out = BTreeSet::new();
        for (lang, text) in texts {
            for h in self.hits(text, lang) {
                if matches!(h.found, Found::Cue | Found::Term) {
                    out.insert(Evidence {
                        rule: h.rule,
                        found: Found::Position,
                        text: text[h.start..h.end].to_string(),
                        side,
                        lang: lang.to_string(),
                        span: [h.start, h.end],
                    });
                }
            }
        }
        out.into_iter().collect()
    }
}

/// Byte ranges of a text.
type Ranges = Vec<(usize, usize)>;

/// How often each key is found.
fn count(hits: &[Hit]) -> BTreeMap<&str, usize> {
    let mut n: BTreeMap<&str, usize> = BTreeMap::new();
    for h in hits {
        *n.entry(h.key.as_str()).or_default() += 1;
    }
    n
}

/// The old and new text of a diff, and the byte ranges deleted from the old and inserted in
/// the new.
fn sides(diff: &ProseDiff) -> (String, String, Ranges, Ranges) {
    let (mut old, mut new) = (String::new(), String::new());
    let (mut deleted, mut inserted) = (Vec::new(), Vec::new());
    for s in &diff.segments {
        match s.op {
            Op::Equal => {
                old.push_str(&s.text);
                new.push_str(&s.text);
            }
            Op::Delete => {
                deleted.push((old.len(), old.len() + s.text.len()));
                old.push_str(&s.text);
            }
            Op::Insert => {
                inserted.push((new.len(), new.len() + s.text.len()));
                new.push_str(&s.text);
            }
        }
    }
    (old, new, deleted, inserted)
}

fn overlaps(ranges: &[(usize, usize)], start: usize, end: usize) -> bool {
    ranges.iter().any(|&(s, e)| s < end && start < e)
}

/// E-mail addresses, web addresses and phone numbers: never dates, years, amounts, section
/// or clause numbers; a number of three to five digits only beside a phone word.
fn contacts(text: &str, phone_words: Option<&Regex>, hits: &mut Vec<Hit>) {
    static PATTERNS: LazyLock<Vec<(Found, Regex)>> = LazyLock::new(contact_patterns);
    static SHORT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\d{3,5}").expect("a valid pattern"));
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4})$")
            .expect("a valid pattern")
    });
    let mut emails = Vec::new();
    for (found, regex) in PATTERNS.iter() {
        for m in regex.find_iter(text) {
            let raw = m.as_str();
            let (start, mut end) = (m.start(), m.end());
            let key = match found {
                Found::Email => {
                    emails.push((start, end));
                    raw.to_lowercase()
                }
                Found::Url => {
                    let trimmed = raw.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
                    end = start + trimmed.len();
                    let k = trimmed.to_lowercase();
                    let k = k
                        .trim_start_matches("https://")
                        .trim_start_matches("http://")
                        .trim_start_matches("www.");
                    k.trim_end_matches('/').to_string()
                }
                _ => {
                    if overlaps(&emails, start, end) || !is_phone(raw, &text[..start], &DATE) {
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
fn is_phone(raw: &str, before: &str, date: &Regex) -> bool {
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
fn not_names() -> &'static BTreeSet<String> {
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
fn organisations(text: &str, lang: &str, hits: &mut Vec<Hit>) {
    let push = |start: usize, end: usize, hits: &mut Vec<Hit>| {
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
            key: format!("Organisation:{}", key.trim_end_matches(['.', ','])),
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
            push(start, m.end(), hits);
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
            push(start, m.end(), hits);
        }
    }
    if unspaced(lang) {
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
            push(start, s + w.len(), hits);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::prose::Segment;

    fn diff(lang: &str, parts: &[(Op, &str)]) -> ProseDiff {
        ProseDiff {
            lang: lang.into(),
            segments: parts
                .iter()
                .map(|(op, text)| Segment {
                    op: *op,
                    text: text.to_string(),
                })
                .collect(),
        }
    }

    fn rules(evidence: &[Evidence]) -> BTreeSet<Rule> {
        evidence.iter().map(|e| e.rule).collect()
    }

    fn analyser() -> Analyser {
        Analyser::new(&[])
    }

    #[test]
    fn the_data_files_read() {
        assert!(cues().contains_key("recipients"));
        assert!(synonyms().contains_key("data"));
        for lang in ["en", "zh-CN"] {
            let p = build(lang, &[]);
            assert!(p.list.len() > 100, "{lang}: {} patterns", p.list.len());
        }
    }

    #[test]
    fn a_new_organisation_and_a_sharing_cue_are_recipients() {
        let d = diff(
            "en",
            &[
                (Op::Equal, "We "),
                (
                    Op::Insert,
                    "may share usage data with Example Analytics Ltd and ",
                ),
                (Op::Equal, "keep it safe."),
            ],
        );
        let e = analyser().unit(&[d]);
        let texts: Vec<&str> = e.iter().map(|e| e.text.as_str()).collect();
        assert!(texts.contains(&"Example Analytics Ltd"), "{e:#?}");
        assert!(texts.contains(&"share"), "{e:#?}");
        assert!(rules(&e).contains(&Rule::Recipients));
        assert!(e.iter().all(|e| e.side == Version::New));
    }

    #[test]
    fn a_rewording_that_keeps_its_words_is_no_evidence() {
        let d = diff(
            "en",
            &[
                (Op::Delete, "We share your data with our partners."),
                (Op::Insert, "Your data is shared with our partners."),
            ],
        );
        assert_eq!(analyser().unit(&[d]), vec![]);
    }

    #[test]
    fn contact_details_are_found_but_dates_and_section_numbers_are_not_phones() {
        let d = diff(
            "en",
            &[(
                Op::Insert,
                "Write to dpo@example.com or call +1 (555) 123-4567, or our hotline 110; \
                 see section 1.2.3 of the policy of 2021-04-26 (updated 26/04/2021) and pay $1234567.",
            )],
        );
        let e = analyser().unit(&[d]);
        let found: BTreeSet<(Found, &str)> = e
            .iter()
            .filter(|e| e.rule == Rule::Contact && e.found != Found::Cue)
            .map(|e| (e.found, e.text.as_str()))
            .collect();
        assert_eq!(
            found,
            BTreeSet::from([
                (Found::Email, "dpo@example.com"),
                (Found::Phone, "+1 (555) 123-4567"),
                (Found::Phone, "110"),
            ])
        );
    }

    #[test]
    fn chinese_cues_organisations_and_service_numbers() {
        let d = diff(
            "zh-CN",
            &[
                (Op::Equal, "我们"),
                (
                    Op::Insert,
                    "会与北京示例科技有限公司共享您的设备信息，您也可以拨打12315投诉",
                ),
                (Op::Equal, "。"),
            ],
        );
        let e = analyser().unit(&[d]);
        let texts: BTreeSet<&str> = e.iter().map(|e| e.text.as_str()).collect();
        for t in ["北京示例科技有限公司", "共享", "12315", "投诉"] {
            assert!(texts.contains(t), "{t}: {e:#?}");
        }
        assert!(rules(&e).is_superset(&BTreeSet::from([Rule::Recipients, Rule::Contact])));
    }

    #[test]
    fn deleting_or_narrowing_a_negative_promise_reduces_rights() {
        let deleted = diff(
            "en",
            &[
                (Op::Delete, "We do not sell your personal information. "),
                (Op::Equal, "We keep it safe."),
            ],
        );
        assert!(rules(&analyser().unit(&[deleted])).contains(&Rule::RightsReduced));
        let narrowed = diff(
            "en",
            &[
                (Op::Equal, "We do not sell your personal information"),
                (Op::Insert, ", except to our partners"),
                (Op::Equal, "."),
            ],
        );
        let e = analyser().unit(&[narrowed]);
        assert!(rules(&e).contains(&Rule::RightsReduced), "{e:#?}");
        let zh = diff("zh-CN", &[(Op::Delete, "我们不会出售您的个人信息。")]);
        assert!(rules(&analyser().unit(&[zh])).contains(&Rule::RightsReduced));
    }

    #[test]
    fn vocabulary_terms_by_label_synonym_plural_and_hyphen() {
        let d = diff(
            "en",
            &[(
                Op::Insert,
                "We now collect email addresses and phone numbers for advertisers.",
            )],
        );
        let e = analyser().unit(&[d]);
        let texts: BTreeSet<&str> = e
            .iter()
            .filter(|e| e.found == Found::Term)
            .map(|e| e.text.as_str())
            .collect();
        assert!(texts.contains("email addresses"), "{e:#?}");
        assert!(texts.contains("phone numbers"), "{e:#?}");
        assert!(texts.contains("advertisers"), "{e:#?}");
    }

    #[test]
    fn headings_and_common_capitalised_words_are_not_organisations() {
        let d = diff(
            "en",
            &[(
                Op::Insert,
                "How We Share Information With Third Parties. The European Economic Area and the \
                 United States are covered by this Privacy Policy.",
            )],
        );
        let e = analyser().unit(&[d]);
        assert!(e.iter().all(|e| e.found != Found::Organisation), "{e:#?}");
    }

    #[test]
    fn the_position_of_a_unit_tells_its_rules() {
        let e = analyser().position(
            &[
                ("en", "Sharing your information"),
                ("zh-CN", "我们如何共享您的信息"),
            ],
            Version::New,
        );
        assert_eq!(rules(&e), BTreeSet::from([Rule::Recipients]));
        assert!(e.iter().all(|e| e.found == Found::Position));
    }
}
