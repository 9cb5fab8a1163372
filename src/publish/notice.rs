//! The notice of a major or consent version (plain text for an e-mail, and JSON), and the
//! day arithmetic of notice periods.

use super::*;

/// The notice of a major or consent version, as plain text fit for an e-mail.
pub fn notice_text(p: &Policy, d: &Diff, lang: &str) -> String {
    use crate::locale::{message, Arg};
    let title = crate::render::view::plain(&crate::render::view::page(p, lang).title);
    let effective = wording::date(&p.dates.effective, lang);
    let wrap = |text: &str, indent: &str| {
        textwrap::fill(
            text,
            textwrap::Options::new(78)
                .subsequent_indent(indent)
                .word_separator(textwrap::WordSeparator::UnicodeBreakProperties),
        )
    };
    let mut paragraphs = Vec::new();
    let say = |id: &str| message(lang, id, &[]);
    paragraphs.push(message(
        lang,
        "notice-title",
        &[("title", Arg::from(title.clone()))],
    ));
    paragraphs.push(wrap(
        &message(
            lang,
            "notice-intro",
            &[
                ("title", Arg::from(title)),
                ("version", Arg::from(p.version.clone())),
                ("date", Arg::from(effective)),
            ],
        ),
        "",
    ));
    let changes: Vec<String> = d
        .changes
        .iter()
        .filter(|c| c.severity >= Severity::Major)
        .map(|c| {
            let line = summary_in(c, d, lang);
            wrap(&format!("- {line}"), "  ")
        })
        .collect();
    paragraphs.push(changes.join("\n"));
    let fresh: Vec<String> = crate::diff::output::fresh(d)
        .filter(|(_, g)| *g != crate::diff::consent::Ground::RightsReduced)
        .map(|(c, g)| {
            let line = summary_in(c, d, lang);
            let reasons = crate::diff::consent::reasons(g, &d.laws, lang).join(" ");
            wrap(&format!("- {line}\n  {reasons}"), "  ")
        })
        .collect();
    if !fresh.is_empty() {
        paragraphs.push(wrap(&say("notice-consent-again"), ""));
        paragraphs.push(fresh.join("\n"));
    }
    if d.severity == Severity::Consent {
        paragraphs.push(wrap(&say("notice-rights-reduced"), ""));
    }
    paragraphs.push(wrap(
        &message(
            lang,
            "notice-archived",
            &[("version", Arg::from(d.old.version.clone()))],
        ),
        "",
    ));
    paragraphs.join("\n\n") + "\n"
}

/// A change's summary in `lang`, else in the authoritative language.
fn summary_in(c: &crate::diff::Change, d: &Diff, lang: &str) -> String {
    c.summary
        .get(lang)
        .or_else(|| c.summary.get(&d.authoritative))
        .cloned()
        .unwrap_or_default()
}

pub(super) fn notice_json(p: &Policy, d: &Diff) -> String {
    let changes: Vec<serde_json::Value> = d
        .changes
        .iter()
        .filter(|c| c.severity >= Severity::Major)
        .map(|c| {
            serde_json::json!({
                "severity": c.severity.id(),
                "rule": c.rule.map(|r| r.id()),
                "path": c.path,
                "summary": c.summary,
            })
        })
        .collect();
    let headline: BTreeMap<String, String> = p
        .languages
        .iter()
        .map(|l| {
            let title = crate::render::view::plain(&crate::render::view::page(p, l).title);
            let text = crate::locale::message(
                l,
                "notice-title",
                &[("title", crate::locale::Arg::from(title))],
            );
            (l.clone(), text)
        })
        .collect();
    let value = serde_json::json!({
        "policy": p.id,
        "version": p.version,
        "previous": d.old.version,
        "severity": d.severity.id(),
        "effective": p.dates.effective,
        "headline": headline,
        "changes": changes,
    });
    let mut value = value;
    let fresh = crate::diff::output::JsonDiff::new(d).fresh_consent;
    if !fresh.is_empty() {
        value["fresh-consent"] = serde_json::to_value(fresh).unwrap_or_default();
    }
    serde_json::to_string_pretty(&value).expect("the notice serialises")
}

/// A duration in days, rounded up (a month counts 30 days, a working day 7/5 of a day).
pub(super) fn days(d: &Duration) -> u64 {
    let n = u64::from(d.amount.unwrap_or(0));
    let base = match d.unit {
        Unit::Days => n,
        Unit::WorkingDays => (n * 7).div_ceil(5),
        Unit::Weeks => n * 7,
        Unit::Months => n * 30,
        Unit::Years => n * 365,
        Unit::Promptly | Unit::ReasonableTime | Unit::AsLongAsNecessary => 0,
    };
    base + d.extendable_by.as_ref().map_or(0, |e| days(e))
}

pub(super) fn days_between(from: &str, to: &str) -> i64 {
    match (
        from.parse::<jiff::civil::Date>(),
        to.parse::<jiff::civil::Date>(),
    ) {
        (Ok(a), Ok(b)) => (b - a).get_days() as i64,
        _ => 0,
    }
}

pub(super) fn add_days(date: &str, n: i64) -> String {
    date.parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.checked_add(jiff::Span::new().days(n)).ok())
        .map(|d| d.to_string())
        .unwrap_or_default()
}
