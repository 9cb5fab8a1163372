//! Localisation of structured values: how a date, a duration, a list of labels or a quoted
//! title reads in each language. Dates and lists follow the locale's CLDR patterns through
//! ICU4X (`locale::format`); durations and quotation marks are messages of the catalogues in
//! `locales/`, so that each language says them its own way.

use crate::locale::{self, Arg};
use crate::model::{Duration, Policy, Unit};

/// The English word for `n` things: `one` when n is 1, else `many` ("1 policy", "2 policies").
/// Every count policyc writes in English goes through here.
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// An ISO date (`2021-04-26`) as the language writes it: "April 26, 2021", "2021年4月26日".
/// A string that is not a date is returned as it is.
pub fn date(iso: &str, lang: &str) -> String {
    locale::format::date(iso, lang)
}

fn unit_id(unit: Unit) -> &'static str {
    match unit {
        Unit::Days => "days",
        Unit::WorkingDays => "working-days",
        Unit::Weeks => "weeks",
        Unit::Months => "months",
        Unit::Years => "years",
        Unit::Promptly => "promptly",
        Unit::ReasonableTime => "reasonable-time",
        Unit::AsLongAsNecessary => "as-long-as-necessary",
    }
}

/// A duration as the language says it: "30 days", "one month, extendable by two months",
/// "15个工作日", "一个月（可延长两个月）", "as long as necessary", "实现目的所必需的期限".
pub fn duration(d: &Duration, lang: &str) -> String {
    let unit = Arg::from(unit_id(d.unit));
    let base = match (d.amount, d.unit) {
        (_, u) if u.is_named() => locale::message(lang, "duration-named", &[("unit", unit)]),
        (Some(n), _) => {
            let word = locale::message(lang, "number-word", &[("n", Arg::from(n))]);
            locale::message(
                lang,
                "duration",
                &[
                    ("unit", unit),
                    ("count", Arg::from(n)),
                    ("word", Arg::from(word)),
                ],
            )
        }
        (None, _) => String::new(),
    };
    match &d.extendable_by {
        Some(ext) => locale::message(
            lang,
            "duration-extendable",
            &[
                ("base", Arg::from(base)),
                ("extension", Arg::from(duration(ext, lang))),
            ],
        ),
        None => base,
    }
}

/// Items joined as a list: "a, b, and c" / "a、b和c" (the locale's pattern, by ICU4X).
pub fn join(items: &[String], lang: &str) -> String {
    locale::format::and(items, lang)
}

/// Alternatives: "a, b, or c" / "a、b或c".
pub fn join_or(items: &[String], lang: &str) -> String {
    locale::format::or(items, lang)
}

/// The label of a term in a language (falling back to the authoritative language, then to
/// the id, so that a render never fails on a label).
pub fn label(policy: &Policy, kind: &str, id: &str, lang: &str) -> String {
    policy
        .vocabulary
        .get(kind)
        .and_then(|terms| terms.get(id))
        .and_then(|t| {
            t.labels
                .get(lang)
                .or_else(|| t.labels.get(&policy.authoritative))
        })
        .cloned()
        .unwrap_or_else(|| id.to_string())
}

/// Quotation of a title in the language's quotation marks: “Title”, “标题”, « Titre ».
pub fn quote(title: &str, lang: &str) -> String {
    locale::message(lang, "quoted", &[("text", Arg::from(title.to_string()))])
}

/// Inline content as plain text (references, which need the whole model, are left out).
pub fn inline_text(inlines: &[crate::model::Inline]) -> String {
    use crate::model::Inline;
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Text { text } => out.push_str(text),
            Inline::Strong { content }
            | Inline::Emph { content }
            | Inline::Link { content, .. } => out.push_str(&inline_text(content)),
            Inline::Ref { .. } | Inline::SectionRef { .. } => {}
        }
    }
    out
}

/// Who publishes a policy, in `lang`: its controllers' names, joined as a list.
pub fn publisher(policy: &Policy, lang: &str) -> String {
    let names: Vec<String> = policy
        .facts
        .controllers
        .iter()
        .map(|c| {
            let inlines = c
                .name
                .get(lang)
                .or_else(|| c.name.get(&policy.authoritative))
                .map(Vec::as_slice)
                .unwrap_or_default();
            inline_text(inlines)
        })
        .collect();
    join(&names, lang)
}

/// The title that says whose policy it is ("HitGen Inc. Privacy Policy"): `title` with its
/// `publisher`, unless the title already names the publisher or there is none. Its first
/// word will do ("HitGen Privacy Policy" by HitGen Inc.), or in a name written without spaces
/// its first two characters ("中華電信隱私權政策" by 中華電信股份有限公司).
pub fn whose(title: &str, publisher: &str, lang: &str) -> String {
    let word = publisher
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric());
    let unspaced = word.chars().any(|c| {
        use unicode_script::{Script, UnicodeScript};
        matches!(
            c.script(),
            Script::Han | Script::Hiragana | Script::Katakana
        )
    });
    let first: String = if unspaced {
        word.chars().take(2).collect()
    } else {
        word.to_lowercase()
    };
    if first.is_empty() || title.to_lowercase().contains(&first) {
        return title.to_string();
    }
    locale::message(
        lang,
        "site-policy-title",
        &[
            ("publisher", Arg::from(publisher.to_string())),
            ("title", Arg::from(title.to_string())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(
            duration(&Duration::of(30, Unit::Days, None), "en"),
            "30 days"
        );
        assert_eq!(
            duration(&Duration::of(15, Unit::WorkingDays, None), "en"),
            "15 working days"
        );
        assert_eq!(
            duration(&Duration::of(15, Unit::WorkingDays, None), "zh-CN"),
            "15个工作日"
        );
        assert_eq!(
            duration(
                &Duration::of(1, Unit::Months, Some((2, Unit::Months))),
                "en"
            ),
            "one month, extendable by two months"
        );
        assert_eq!(
            duration(
                &Duration::of(1, Unit::Months, Some((2, Unit::Months))),
                "zh-CN"
            ),
            "一个月（可延长两个月）"
        );
        assert_eq!(
            duration(&Duration::of(10, Unit::WorkingDays, None), "zh-CN"),
            "十个工作日"
        );
        assert_eq!(
            duration(&Duration::of(30, Unit::Days, None), "zh-CN"),
            "30天"
        );
    }

    #[test]
    fn dates_and_lists() {
        assert_eq!(date("2021-04-26", "en"), "April 26, 2021");
        assert_eq!(date("2021-04-26", "zh-CN"), "2021年4月26日");
        assert_eq!(date("2021-04-26", "fr"), "26 avril 2021");
        let items = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(join(&items, "en"), "a, b, and c");
        assert_eq!(join(&items, "zh-CN"), "a、b和c");
        assert_eq!(join_or(&items[..2], "zh-CN"), "a或b");
    }
}
