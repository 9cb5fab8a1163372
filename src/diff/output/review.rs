//! The review of prose-based changes (`policyc review`): the undecided ones as JSON for tools
//! and as text for people, each with the command that decides it.

use serde::Serialize;

use super::{
    escape_for_terminal, in_lang, json_change, versions, word_diff, JsonLocation, JsonProse, Marks,
    Style,
};
use crate::diff::rules::{Rule, Severity};
use crate::diff::{Change, Diff, Localized, ProseDiff};
use crate::locale::{self, Arg};

/// One prose unit whose change no one decided yet (`policyc review`): the changes of one key
/// (a unit with evidence for two rules has two) taken together.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ReviewItem {
    /// The key to decide it by.
    pub key: String,
    /// The highest severity of its changes: `major` or `minor`.
    pub severity: Severity,
    /// The rules its evidence falls under (none for a minor change).
    pub rules: Vec<Rule>,
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<JsonLocation>,
    /// What changed and why, per change: language -> text.
    pub summary: Vec<Localized>,
    /// What its words say about each rule's subject.
    pub evidence: Vec<crate::diff::evidence::Evidence>,
    /// The word-level diff, one entry per changed language.
    pub prose: Vec<JsonProse>,
    /// The command that decides it (the reason to be filled in).
    pub decide: String,
}

/// The undecided changes grouped by key, most severe first. `command` is how the review was
/// asked (`policyc review OLD NEW`); each item's `decide` extends it.
pub fn review_items(undecided: &[&Change], command: &str) -> Vec<ReviewItem> {
    let mut items: Vec<ReviewItem> = Vec::new();
    for c in undecided {
        let Some(key) = &c.key else { continue };
        let json = json_change(c);
        if let Some(item) = items.iter_mut().find(|i| &i.key == key) {
            item.severity = item.severity.max(c.severity);
            item.rules
                .extend(c.rule.filter(|r| !item.rules.contains(r)));
            item.summary.push(c.summary.clone());
            for e in &c.evidence {
                if !item.evidence.contains(e) {
                    item.evidence.push(e.clone());
                }
            }
            continue;
        }
        items.push(ReviewItem {
            key: key.clone(),
            severity: c.severity,
            rules: c.rule.into_iter().collect(),
            path: c.path.clone(),
            location: json.location,
            summary: vec![c.summary.clone()],
            evidence: c.evidence.clone(),
            prose: json.prose,
            decide: format!("{command} --decide {key} --as editorial --reason \"…\""),
        });
    }
    items.sort_by_key(|i| std::cmp::Reverse(i.severity));
    items
}

/// The review as JSON: an array of [`ReviewItem`].
pub fn review_json(items: &[ReviewItem]) -> String {
    serde_json::to_string_pretty(items).expect("the review serialises")
}

/// The review for people, in one language: each undecided change with its summary, place,
/// evidence, word diff and the command that decides it.
pub fn review_human(diff: &Diff, items: &[ReviewItem], lang: &str) -> String {
    let safe = |s: &str| escape_for_terminal(s);
    let style = Style { color: false };
    let mut out = String::new();
    let majors = items
        .iter()
        .filter(|i| i.severity >= Severity::Major)
        .count();
    let decided = diff.changes.iter().filter(|c| c.decision.is_some()).count();
    out.push_str(&format!(
        "{}: {}\n",
        safe(&versions(diff)),
        locale::message(
            lang,
            "diff-review-counts",
            &[
                ("count", Arg::from(items.len())),
                ("major", Arg::from(majors)),
                ("decided", Arg::from(decided)),
            ],
        )
    ));
    if !items.is_empty() {
        out.push_str(&locale::text(lang, "diff-review-how"));
        out.push('\n');
    }
    for item in items {
        out.push('\n');
        let rules: Vec<&str> = item.rules.iter().map(|r| r.id()).collect();
        out.push_str(&format!(
            "{} {}{} · {}\n",
            locale::message(
                lang,
                "diff-review-severity",
                &[("severity", Arg::from(item.severity.id()))]
            )
            .to_uppercase(),
            item.key,
            if rules.is_empty() {
                String::new()
            } else {
                format!(" ({})", rules.join(", "))
            },
            safe(&match &item.location {
                Some(l) => format!("{} · {}", in_lang(&l.heading, lang), item.path),
                None => item.path.clone(),
            })
        ));
        for s in &item.summary {
            out.push_str(&format!("  - {}\n", safe(&in_lang(s, lang))));
        }
        for e in &item.evidence {
            let side = match e.side {
                crate::diff::evidence::Said::New => "new",
                crate::diff::evidence::Said::Old => "old",
            };
            let line = locale::message(
                lang,
                "diff-review-evidence",
                &[
                    ("rule", Arg::from(e.rule.id())),
                    ("side", Arg::from(side)),
                    ("text", Arg::from(safe(&e.text))),
                    ("lang", Arg::from(safe(&e.lang))),
                ],
            );
            out.push_str(&format!("    {line}\n"));
        }
        for p in &item.prose {
            let diff = ProseDiff {
                lang: p.lang.clone(),
                segments: p
                    .hunks
                    .iter()
                    .map(|h| crate::diff::Segment {
                        op: h.op,
                        text: h.text.clone(),
                    })
                    .collect(),
            };
            out.push_str(&format!(
                "    {}: {}\n",
                safe(&p.lang),
                word_diff(&diff, &Marks::of(&item.evidence, &diff), &style, &safe)
            ));
        }
        let decide = Arg::from(safe(&item.decide));
        out.push_str(&format!(
            "  {}\n",
            locale::message(lang, "diff-review-decide", &[("command", decide)])
        ));
    }
    out
}
