//! Ages and time limits that change between two versions of a unit.

use std::sync::LazyLock;

use regex::Regex;

use super::{Evidence, Found, Rule, Said};

/// Ages ("under the age of 16", "14周岁") and time limits ("within 30 days", "15个工作日内")
/// that differ between the two versions of a unit, where the unit speaks of minors or of
/// answering requests.
pub(super) fn quantities(old: &str, new: &str, lang: &str) -> Vec<Evidence> {
    static AGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?:\bage of|\bunder|\byounger than|\bbelow|\bover|\bat least)\s+(\d{1,2})\b|\b(\d{1,2})\s*(?:years? of age|years? old|\+)|(\d{1,2})\s*周?岁",
        )
        .expect("a valid pattern")
    });
    static MINORS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bchild|\bminor|\bteen|\bage\b|儿童|未成年|未满|岁")
            .expect("a valid pattern")
    });
    static LIMIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(\d{1,3})\s+(working days?|business days?|days?|weeks?|months?|years?)\b|(\d{1,3})\s*(个工作日|个月|天|日|周|年)",
        )
        .expect("a valid pattern")
    });
    static ANSWER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\brespond|\brepl|\banswer|\brequest|答复|回复|响应|处理您的|请求|申请")
            .expect("a valid pattern")
    });
    let _ = lang;
    let mut out = Vec::new();
    let ages = |t: &str| -> Vec<(u32, usize, usize)> {
        AGE.captures_iter(t)
            .filter_map(|c| {
                let m = c.iter().skip(1).flatten().next()?;
                Some((m.as_str().parse().ok()?, m.start(), m.end()))
            })
            .collect()
    };
    let days = |t: &str| -> Vec<(f64, usize, usize)> {
        LIMIT
            .captures_iter(t)
            .filter_map(|c| {
                let (n, unit) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
                    (Some(n), Some(u), _, _) | (_, _, Some(n), Some(u)) => (n, u.as_str()),
                    _ => return None,
                };
                let per = match unit.to_lowercase().trim_end_matches('s') {
                    "working day" | "business day" | "个工作日" => 1.4,
                    "week" | "周" => 7.0,
                    "month" | "个月" => 30.0,
                    "year" | "年" => 365.0,
                    _ => 1.0,
                };
                let whole = c.get(0)?;
                Some((
                    n.as_str().parse::<f64>().ok()? * per,
                    whole.start(),
                    whole.end(),
                ))
            })
            .collect()
    };
    let mut compare =
        |a: Vec<(f64, usize, usize)>, b: Vec<(f64, usize, usize)>, lower_reduces: bool| {
            for ((x, _, _), (y, start, end)) in a.iter().zip(&b) {
                if (x - y).abs() < f64::EPSILON {
                    continue;
                }
                let reduces = (y < x) == lower_reduces;
                out.push(Evidence {
                    rule: if reduces {
                        Rule::RightsReduced
                    } else {
                        Rule::Rights
                    },
                    found: Found::Quantity,
                    text: format!("{} → {}", &old_text_at(old, &a, *x), &new[*start..*end]),
                    side: Said::New,
                    lang: lang.to_string(),
                    span: [*start, *end],
                    key: format!("quantity:{x}:{y}"),
                });
                break;
            }
        };
    if MINORS.is_match(old) || MINORS.is_match(new) {
        let as_f = |v: Vec<(u32, usize, usize)>| -> Vec<(f64, usize, usize)> {
            v.into_iter()
                .map(|(n, s, e)| (f64::from(n), s, e))
                .collect()
        };
        compare(as_f(ages(old)), as_f(ages(new)), true);
    }
    if ANSWER.is_match(old) || ANSWER.is_match(new) {
        compare(days(old), days(new), false);
    }
    out
}

/// The text of the first quantity of `list` equal to `value` in `text`.
fn old_text_at(text: &str, list: &[(f64, usize, usize)], value: f64) -> String {
    list.iter()
        .find(|(v, _, _)| (v - value).abs() < f64::EPSILON)
        .map_or_else(String::new, |(_, s, e)| text[*s..*e].to_string())
}
