//! The words of the site in each language: labels templates show as they are (the `site-`
//! messages of the catalogues in `locales/`), and the sentences of banners, which put dates
//! and versions where each language wants them.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::locale::{self, Arg};

/// Labels of the site pages in a language: `site-NAME` messages as `NAME` (dashes made
/// underscores), which templates read as `words.NAME`.
#[derive(Clone, Debug, Serialize)]
#[serde(transparent)]
pub struct Words(BTreeMap<String, String>);

impl Words {
    /// A label by name (`read_current`); empty for a name no catalogue has.
    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("", String::as_str)
    }
}

/// The labels of `lang`.
pub fn words(lang: &str) -> Words {
    Words(locale::words(lang, "site-"))
}

fn s(value: &str) -> Arg {
    Arg::from(value.to_string())
}

/// A severity as a badge says it.
pub fn severity(id: &str, lang: &str) -> String {
    locale::message(lang, "severity", &[("id", s(id))])
}

/// A rule of the diff as readers see it: the subject of a change, as a heading.
pub fn rule(id: &str, lang: &str) -> String {
    locale::message(lang, "rule-name", &[("id", s(id))])
}

/// The same subject inside a sentence.
fn topic(id: &str, lang: &str) -> String {
    locale::message(lang, "rule-topic", &[("id", s(id))])
}

/// One line saying what a change of that subject is about.
pub fn rule_meaning(id: &str, lang: &str) -> String {
    locale::message(lang, "rule-meaning", &[("id", s(id))])
}

/// "Key changes: who receives your data and your rights and how to use them."; none without
/// rules.
pub fn key_changes(rules: &[String], lang: &str) -> Option<String> {
    if rules.is_empty() {
        return None;
    }
    let topics: Vec<String> = rules.iter().map(|r| topic(r, lang)).collect();
    Some(locale::message(
        lang,
        "site-key-changes",
        &[("topics", s(&locale::format::and(&topics, lang)))],
    ))
}

/// The headline of a version's diff page, for readers: its severity and effective date.
pub fn headline(severity: &str, date: &str, lang: &str) -> String {
    locale::message(
        lang,
        "site-headline",
        &[("severity", s(severity)), ("date", s(date))],
    )
}

/// The status of a version.
pub fn status(id: &str, lang: &str) -> String {
    locale::message(lang, "version-status", &[("id", s(id))])
}

/// What happened to a changed element.
pub fn kind(id: &str, lang: &str) -> String {
    locale::message(lang, "change-kind", &[("id", s(id))])
}

/// "Version 2021-05-10".
pub fn version(v: &str, lang: &str) -> String {
    locale::message(lang, "banner-version", &[("version", s(v))])
}

/// The heading of a diff page.
pub fn changes_in(v: &str, lang: &str) -> String {
    locale::message(lang, "banner-changes-in", &[("version", s(v))])
}

/// The line under it.
/// The title of the page of what changed since `v`: "What changed since version 2021-04-26".
pub fn since_title(v: &str, lang: &str) -> String {
    locale::message(lang, "site-since-title", &[("version", s(v))])
}

/// What the page of what changed since `v` compares, and how many versions it spans.
pub fn since_compared(v: &str, current: &str, count: usize, lang: &str) -> String {
    locale::message(
        lang,
        "site-since-compared",
        &[
            ("version", s(v)),
            ("current", s(current)),
            ("count", locale::Arg::from(count)),
        ],
    )
}

pub fn compared_with(previous: &str, lang: &str) -> String {
    locale::message(lang, "banner-compared-with", &[("previous", s(previous))])
}

/// A group of changes on a diff page.
pub fn group(severity: &str, n: usize, lang: &str) -> String {
    locale::message(
        lang,
        "changes-group",
        &[("severity", s(severity)), ("count", Arg::from(n))],
    )
}

/// The banner of a recent major change on the current version.
pub fn notice_major(date: &str, lang: &str) -> String {
    locale::message(lang, "banner-notice-major", &[("date", s(date))])
}

/// The banner of a recent change that reduces users' rights.
pub fn notice_consent(date: &str, lang: &str) -> String {
    locale::message(lang, "banner-notice-consent", &[("date", s(date))])
}

/// The banner of a version that takes effect later, on the current version.
pub fn upcoming(version: &str, date: &str, lang: &str) -> String {
    locale::message(
        lang,
        "banner-upcoming",
        &[("version", s(version)), ("date", s(date))],
    )
}

/// The banner of an upcoming version on its own page.
pub fn upcoming_self(date: &str, lang: &str) -> String {
    locale::message(lang, "banner-upcoming-self", &[("date", s(date))])
}

/// The banner of an upcoming version shown because no version is in effect yet.
pub fn upcoming_first(date: &str, lang: &str) -> String {
    locale::message(lang, "banner-upcoming-first", &[("date", s(date))])
}

/// The banner of a superseded version.
pub fn superseded(successor: &str, date: &str, lang: &str) -> String {
    locale::message(
        lang,
        "banner-superseded",
        &[("successor", s(successor)), ("date", s(date))],
    )
}

/// The title of a policy's feed.
pub fn feed_title(policy: &str, lang: &str) -> String {
    locale::message(lang, "feed-title", &[("policy", s(policy))])
}

/// The title of a feed entry: "Version 2021-05-10: Major (who receives your data)".
pub fn entry_title(version: &str, severity_id: &str, rules: &[String], lang: &str) -> String {
    let rules: Vec<String> = rules.iter().map(|r| topic(r, lang)).collect();
    let rules = if rules.is_empty() {
        String::new()
    } else {
        locale::message(
            lang,
            "feed-entry-rules",
            &[("rules", s(&locale::format::and(&rules, lang)))],
        )
    };
    locale::message(
        lang,
        "feed-entry-title",
        &[
            ("version", s(version)),
            ("severity", s(&severity(severity_id, lang))),
            ("rules", s(&rules)),
        ],
    )
}

/// The text of a feed entry without a notice: its summary and effective date.
pub fn entry_text(summary: &str, date: &str, lang: &str) -> String {
    locale::message(
        lang,
        "feed-entry-text",
        &[("summary", s(summary)), ("date", s(date))],
    )
}
