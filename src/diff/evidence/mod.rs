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

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::prose::{Op, ProseDiff};
use super::Rule;

mod mentions;
mod patterns;
mod quantities;
mod weigh;

pub use mentions::{Mention, Mentioned};
use patterns::{build, builtin_patterns, contacts, find, organisations, Patterns};
use quantities::quantities;
pub use weigh::{decisive_rules, describe};

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
    /// An age or a time limit that changed: a protected age lowered or a response time
    /// lengthened reduces rights, the other way round changes them.
    Quantity,
    /// The place of a unit added or removed whole: its section states facts under the rule,
    /// or its section's title or its list's lead-in says a cue of it.
    Position,
}

/// Which version of the text says what was found: the old one (no longer said) or the new
/// one. (A `diff::Version` is a whole side of the diff.)
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Said {
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
    pub side: Said,
    /// The language of the text.
    pub lang: String,
    /// Byte offsets of the match in that version's text of the unit (for `position`: in the
    /// text of the place).
    pub span: [usize; 2],
    /// What makes two pieces the same thing: the term, the normalised address or name, the
    /// cue. Text one unit no longer says and another now says has moved.
    #[serde(skip)]
    pub key: String,
}

/// What is found in one text: key, rule, kind, span.
pub(super) struct Hit {
    pub(super) key: String,
    pub(super) rule: Rule,
    pub(super) found: Found,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// The evidence finder. The patterns of the built-in vocabulary and cues are compiled once
/// per language and process; those of a policy's own terms, once per analyser.
pub struct Analyser {
    /// The patterns of the policies' own terms, by language.
    extra: BTreeMap<String, Patterns>,
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
        // The words of a company's name ("Example Analytics Ltd") say nothing of what is done:
        // a term or cue inside a name with a legal form is the name's.
        let names: Vec<(usize, usize)> = hits
            .iter()
            .filter(|h| h.key.starts_with("Organisation:legal:"))
            .map(|h| (h.start, h.end))
            .collect();
        hits.retain(|h| {
            !matches!(h.found, Found::Term | Found::Cue)
                || !names.iter().any(|&(s, e)| s <= h.start && h.end <= e)
        });
        hits
    }

    /// The evidence of one changed prose unit, from its word diffs in every language.
    pub fn unit(&self, prose: &[ProseDiff]) -> Vec<Evidence> {
        let mut out = BTreeSet::new();
        for diff in prose {
            let (old, new, deleted, inserted) = sides(diff);
            let old_hits = self.hits(&old, &diff.lang);
            let new_hits = self.hits(&new, &diff.lang);
            out.extend(quantities(&old, &new, &diff.lang));
            // A country or region is about recipients only where the text speaks of sending
            // data somewhere (a transfer, storage abroad).
            let transfer = old_hits
                .iter()
                .chain(&new_hits)
                .any(|h| h.rule == Rule::Recipients && h.found == Found::Cue);
            let old_hits: Vec<Hit> = old_hits
                .into_iter()
                .filter(|h| transfer || !h.key.starts_with("term:region/"))
                .collect();
            let new_hits: Vec<Hit> = new_hits
                .into_iter()
                .filter(|h| transfer || !h.key.starts_with("term:region/"))
                .collect();
            // An organisation named where the text speaks of who is responsible (the
            // controller, the group it is part of) is about ownership; where it speaks of a
            // contact point, about contact; else it is a recipient.
            let context = |rule: Rule| {
                old_hits
                    .iter()
                    .chain(&new_hits)
                    .any(|h| h.rule == rule && h.found == Found::Cue)
            };
            let org_rule = if context(Rule::Ownership) {
                Some(Rule::Ownership)
            } else if context(Rule::Contact) {
                Some(Rule::Contact)
            } else {
                None
            };
            let place = |mut hits: Vec<Hit>| -> Vec<Hit> {
                for h in hits.iter_mut().filter(|h| h.found == Found::Organisation) {
                    if let Some(rule) = org_rule {
                        h.rule = rule;
                    }
                }
                hits
            };
            let (old_hits, new_hits) = (place(old_hits), place(new_hits));
            let (old_hits, new_hits) = (channels(old_hits), channels(new_hits));
            let (n_old, n_new) = (count(&old_hits), count(&new_hits));
            let promise_kept = old_hits
                .iter()
                .chain(&new_hits)
                .any(|h| h.found == Found::NegativePromise);
            for (hits, text, changed, n_this, n_other, side) in [
                (&old_hits, &old, &deleted, &n_old, &n_new, Said::Old),
                (&new_hits, &new, &inserted, &n_new, &n_old, Said::New),
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
                    // Capitalised words that went away are too often a rewording (or another
                    // language's nouns) to count; a name with a legal form does count.
                    if side == Said::Old && h.key.starts_with("Organisation:name:") {
                        continue;
                    }
                    let rule = match (h.found, side) {
                        // A negative promise no longer made reduces rights; a new one is a
                        // change of rights in the user's favour.
                        (Found::NegativePromise, Said::New) => Rule::Rights,
                        // An exception is only evidence beside a negative promise; one taken
                        // away widens the promise.
                        // (A limitation of a request is one whatever stands beside it.)
                        (Found::Exception, _)
                            if !promise_kept && !h.key.starts_with("limitations:") =>
                        {
                            continue
                        }
                        (Found::Exception, Said::Old) => Rule::Rights,
                        _ => h.rule,
                    };
                    out.insert(Evidence {
                        rule,
                        found: h.found,
                        text: text[h.start..h.end].to_string(),
                        side,
                        lang: diff.lang.clone(),
                        span: [h.start, h.end],
                        key: h.key.clone(),
                    });
                }
            }
        }
        out.into_iter().collect()
    }

    /// The rules the place of a unit added or removed whole tells: the cues and terms of its
    /// section's title and of its list's lead-in, (language, text) pairs.
    pub fn position(&self, texts: &[(&str, &str)], side: Said) -> Vec<Evidence> {
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
                        key: format!("position:{}", h.key),
                    });
                }
            }
        }
        out.into_iter().collect()
    }
}

/// The data terms that also name a way to reach someone ("by email", "phone", "address").
const CHANNELS: [&str; 3] = [
    "term:data/email",
    "term:data/phone",
    "term:data/postal-address",
];

/// A text that gives an e-mail address or a phone number is a contact point: its "e-mail" or
/// "phone" names the channel, not data collected, and is no evidence of the service model
/// (the address itself is evidence of the contact rule).
fn channels(mut hits: Vec<Hit>) -> Vec<Hit> {
    if hits
        .iter()
        .any(|h| matches!(h.found, Found::Email | Found::Phone))
    {
        hits.retain(|h| !CHANNELS.contains(&h.key.as_str()));
    }
    hits
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
    let (old, new) = diff.texts();
    let (mut deleted, mut inserted) = (Vec::new(), Vec::new());
    for (s, old_at, new_at) in diff.placed() {
        match s.op {
            Op::Equal => {}
            Op::Delete => deleted.push((old_at, old_at + s.text.len())),
            Op::Insert => inserted.push((new_at, new_at + s.text.len())),
        }
    }
    (old, new, deleted, inserted)
}

pub(super) fn overlaps(ranges: &[(usize, usize)], start: usize, end: usize) -> bool {
    ranges.iter().any(|&(s, e)| s < end && start < e)
}

#[cfg(test)]
mod tests;
