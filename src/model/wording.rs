//! Localisation of structured values: how a date, a duration, a list of labels or a
//! reference to a section reads in each language. Built-in phrasing exists for English and
//! Simplified Chinese; any other language is written with the English phrasing, since a policy
//! can declare any BCP 47 language but policyc cannot know every grammar.

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

/// The phrasing family of a language tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    /// English phrasing (also the fallback).
    Latin,
    /// Chinese phrasing (`zh`, `zh-CN`, `zh-Hans` ...).
    Chinese,
}

pub fn script(lang: &str) -> Script {
    if lang == "zh" || lang.starts_with("zh-") {
        Script::Chinese
    } else {
        Script::Latin
    }
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// An ISO date (`2021-04-26`) as the language writes it: "April 26, 2021", "2021年4月26日".
/// A string that is not a date is returned as it is.
pub fn date(iso: &str, lang: &str) -> String {
    let Ok(d) = iso.parse::<jiff::civil::Date>() else {
        return iso.to_string();
    };
    match script(lang) {
        Script::Chinese => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Script::Latin => format!(
            "{} {}, {}",
            EN_MONTHS[d.month() as usize - 1],
            d.day(),
            d.year()
        ),
    }
}

/// A small number as a word ("one" ... "ten", "一" ... "十"); larger ones as digits.
fn number(n: u32, lang: &str, before_measure: bool) -> String {
    const EN: [&str; 10] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    const ZH: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    if !(1..=10).contains(&n) {
        return n.to_string();
    }
    match script(lang) {
        Script::Latin => EN[n as usize - 1].to_string(),
        // 两 replaces 二 before a measure word: 两个月, 两周.
        Script::Chinese if n == 2 && before_measure => "两".to_string(),
        Script::Chinese => ZH[n as usize - 1].to_string(),
    }
}

fn amount_unit(amount: u32, unit: Unit, lang: &str) -> String {
    match script(lang) {
        Script::Latin => {
            let (one, many) = match unit {
                Unit::Days => ("day", "days"),
                Unit::WorkingDays => ("working day", "working days"),
                Unit::Weeks => ("week", "weeks"),
                Unit::Months => ("month", "months"),
                Unit::Years => ("year", "years"),
                _ => ("", ""),
            };
            format!(
                "{} {}",
                number(amount, lang, true),
                plural(amount as usize, one, many)
            )
        }
        Script::Chinese => {
            let (measure, word) = match unit {
                Unit::Days => ("", "天"),
                Unit::WorkingDays => ("个", "工作日"),
                Unit::Weeks => ("", "周"),
                Unit::Months => ("个", "月"),
                Unit::Years => ("", "年"),
                _ => ("", ""),
            };
            format!("{}{measure}{word}", number(amount, lang, true))
        }
    }
}

/// A duration as the language says it: "30 days", "one month, extendable by two months",
/// "15个工作日", "一个月，可延长两个月", "as long as necessary", "必要的期限".
pub fn duration(d: &Duration, lang: &str) -> String {
    let chinese = script(lang) == Script::Chinese;
    let base = match (d.amount, d.unit) {
        (_, Unit::Promptly) => (if chinese { "及时" } else { "promptly" }).to_string(),
        (_, Unit::ReasonableTime) => (if chinese {
            "合理期限"
        } else {
            "a reasonable time"
        })
        .to_string(),
        (_, Unit::AsLongAsNecessary) => (if chinese {
            "实现目的所必需的期限"
        } else {
            "as long as necessary"
        })
        .to_string(),
        (Some(n), unit) => amount_unit(n, unit, lang),
        (None, _) => String::new(),
    };
    match &d.extendable_by {
        Some(ext) if chinese => format!("{base}（可延长{}）", duration(ext, lang)),
        Some(ext) => format!("{base}, extendable by {}", duration(ext, lang)),
        None => base,
    }
}

/// Items joined as a list: "a, b and c" / "a、b和c".
pub fn join(items: &[String], lang: &str) -> String {
    let (sep, last) = match script(lang) {
        Script::Chinese => ("、", "和"),
        Script::Latin => (", ", " and "),
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., end] => format!("{}{last}{end}", init.join(sep)),
    }
}

/// Alternatives: "a, b or c" / "a、b或c".
pub fn join_or(items: &[String], lang: &str) -> String {
    let (sep, last) = match script(lang) {
        Script::Chinese => ("、", "或"),
        Script::Latin => (", ", " or "),
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., end] => format!("{}{last}{end}", init.join(sep)),
    }
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

/// Quotation of a title: “Title” in English, “标题” in Chinese (both use curly quotes).
pub fn quote(title: &str, _lang: &str) -> String {
    format!("“{title}”")
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
        assert_eq!(date("2021-04-26", "fr"), "April 26, 2021");
        let items = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(join(&items, "en"), "a, b and c");
        assert_eq!(join(&items, "zh-CN"), "a、b和c");
        assert_eq!(join_or(&items[..2], "zh-CN"), "a或b");
    }
}
