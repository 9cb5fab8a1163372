//! The notice of a major or consent version (plain text for an e-mail, and JSON), and the
//! day arithmetic of notice periods.

use super::*;

/// The notice of a major or consent version, as plain text fit for an e-mail.
pub fn notice_text(p: &Policy, d: &Diff, lang: &str) -> String {
    let chinese = wording::script(lang) == wording::Script::Chinese;
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
    if chinese {
        paragraphs.push(format!("{title}重要变更通知"));
        paragraphs.push(wrap(
            &format!(
                "更新后的{title}（版本{}）将于{effective}生效。以下变更需要您特别注意：",
                p.version
            ),
            "",
        ));
    } else {
        paragraphs.push(format!("Important changes to our {title}"));
        paragraphs.push(wrap(
            &format!("The updated {title} (version {}) takes effect on {effective}. These changes need your attention:", p.version),
            "",
        ));
    }
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
        paragraphs.push(wrap(
            if chinese {
                "如您此前已同意本政策，以下变更须重新征得您的同意："
            } else {
                "If you consented to this policy before, these changes need your consent again:"
            },
            "",
        ));
        paragraphs.push(fresh.join("\n"));
    }
    if d.severity == Severity::Consent {
        paragraphs.push(wrap(
            if chinese {
                "其中部分变更会削减您的权利：未经您的明确同意，这些变更不会适用于您。"
            } else {
                "Some of these changes reduce your rights: they will not apply to you without your explicit consent."
            },
            "",
        ));
    }
    paragraphs.push(wrap(
        &if chinese {
            format!("此前的版本（{}）已存档，供您查阅。", d.old.version)
        } else {
            format!(
                "The previous version ({}) is archived for your review.",
                d.old.version
            )
        },
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
            let text = if wording::script(l) == wording::Script::Chinese {
                format!("{title}重要变更通知")
            } else {
                format!("Important changes to our {title}")
            };
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
