//! The words of a diff shown to people, from the message catalogues (`diff-out-*`): the
//! headline, the counts and dates of the header, the headings of the groups and the lines of
//! a change (its rule, its review decision).

use super::{in_lang, Change, Diff, Severity};
use crate::locale::{self, Arg};

fn count(n: usize) -> Arg {
    Arg::from(n)
}

/// The one-line verdict: "MAJOR: 2 changes need prominent notice".
pub fn headline(diff: &Diff, lang: &str) -> String {
    let consent = diff.count(Severity::Consent);
    let major = diff.count(Severity::Major);
    let all = diff.changes.len();
    let message = |id: &str, n: usize| locale::message(lang, id, &[("count", count(n))]);
    match diff.severity {
        Severity::None => locale::text(lang, "diff-out-headline-none"),
        Severity::Editorial if all == 0 => locale::text(lang, "diff-out-headline-dates-only"),
        Severity::Editorial => message("diff-out-headline-editorial", all),
        Severity::Minor => message("diff-out-headline-minor", all),
        Severity::Major => message("diff-out-headline-major", major),
        Severity::Consent => {
            let mut line = message("diff-out-headline-consent", consent);
            if major > 0 {
                line += &message("diff-out-headline-also-major", major);
            }
            line
        }
    }
}

/// "1 consent, 2 major, 3 minor, 4 editorial".
pub(super) fn counts(diff: &Diff, lang: &str) -> String {
    let parts: Vec<String> = [
        Severity::Consent,
        Severity::Major,
        Severity::Minor,
        Severity::Editorial,
    ]
    .iter()
    .filter(|s| diff.count(**s) > 0)
    .map(|s| {
        locale::message(
            lang,
            "diff-out-count",
            &[
                ("severity", Arg::from(s.id().to_string())),
                ("count", count(diff.count(*s))),
            ],
        )
    })
    .collect();
    if parts.is_empty() {
        locale::text(lang, "diff-out-no-changes")
    } else {
        parts.join(&locale::text(lang, "diff-out-count-separator"))
    }
}

/// The dates that changed, for the header: "Effective: April 26, 2021 → June 1, 2021 ·
/// Updated: …". Dates are never listed as a change.
pub(super) fn dates(diff: &Diff, lang: &str) -> Option<String> {
    let (old, new) = (&diff.old, &diff.new);
    let parts: Vec<String> = [
        ("effective", &old.effective, &new.effective),
        ("updated", &old.updated, &new.updated),
        ("released", &old.released, &new.released),
    ]
    .into_iter()
    .filter(|(_, o, n)| o != n)
    .map(|(date, o, n)| {
        locale::message(
            lang,
            "diff-out-date-changed",
            &[
                ("date", Arg::from(date)),
                ("old", Arg::from(crate::model::wording::date(o, lang))),
                ("new", Arg::from(crate::model::wording::date(n, lang))),
            ],
        )
    })
    .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The heading of a group of changes, with how many it holds.
pub(super) fn group_title(severity: Severity, n: usize, lang: &str) -> String {
    let severity = Arg::from(severity.id().to_string());
    locale::message(
        lang,
        "diff-out-group",
        &[("severity", severity), ("count", count(n))],
    )
}

/// The title of the list of changes that need fresh consent, with their number.
pub(super) fn fresh_title(n: usize, lang: &str) -> String {
    locale::message(lang, "diff-out-fresh-consent", &[("count", count(n))])
}

/// The summary with its rule: "New recipient kind: advertising partners (rule recipients)".
pub(super) fn reason(change: &Change, lang: &str) -> String {
    let summary = in_lang(&change.summary, lang);
    match change.rule {
        Some(rule) => locale::message(
            lang,
            "diff-out-with-rule",
            &[
                ("summary", Arg::from(summary)),
                ("rule", Arg::from(rule.id())),
            ],
        ),
        None => summary,
    }
}

/// The review decision of a change, in one line: "decided editorial by Ada on 2026-12-02
/// (was major, rule recipients): our own analytics brand".
pub fn decided(change: &Change, lang: &str) -> Option<String> {
    let a = change.decision.as_ref()?;
    let d = &a.decision;
    let rule = a
        .rule
        .map(|r| {
            locale::message(
                lang,
                "diff-out-decided-rule",
                &[("rule", Arg::from(r.id()))],
            )
        })
        .unwrap_or_default();
    Some(locale::message(
        lang,
        "diff-out-decided",
        &[
            ("severity", Arg::from(d.severity.severity().id())),
            ("by", Arg::from(d.by.clone())),
            ("date", Arg::from(d.date.clone())),
            ("was", Arg::from(a.was.id())),
            ("rule", Arg::from(rule)),
            ("reason", Arg::from(d.reason.clone())),
        ],
    ))
}
