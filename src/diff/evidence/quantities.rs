//! Ages and time limits that change between two versions of a unit.

use std::sync::LazyLock;

use regex::Regex;

use super::{Evidence, Found, Rule, Said};

/// Ages ("under the age of 16", "14周岁", "moins de 15 ans") and time limits ("within 30
/// days", "15个工作日内", "30 Tagen", "30日以内") in every built-in language, that differ between the two versions of a unit, where the unit speaks of minors or of
/// answering requests.
pub(super) fn quantities(old: &str, new: &str, lang: &str) -> Vec<Evidence> {
    static AGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)(?:\bage of|\bunder|\byounger than|\bbelow|\bover|\bat least)\s+(\d{1,2})\b",
            r"|\b(\d{1,2})\s*(?:years? of age|years? old|\+)",
            // fr, de, es, pt-BR: "moins de 16 ans", "unter 16 Jahren", "16. Lebensjahr"
            r"|\b(\d{1,2})\s+(?:ans|jahren?|años|anos)\b|\b(\d{1,2})\.?\s+lebensjahr",
            // zh-CN, zh-TW, ja, ko: "14周岁", "16歲", "16歳", "만 14세"
            r"|(\d{1,2})\s*(?:周?岁|週?歲|歳|세)",
        ))
        .expect("a valid pattern")
    });
    static MINORS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)\bchild|\bminor|\bteen|\bage\b|\benfant|\bmineur|\bkind|\bminderjährig",
            r"|\bjugendlich|\bmenor|\bniñ|\bcrian|\badolescent",
            r"|儿童|兒童|未成年|未满|未滿|岁|歲|子ども|子供|児童|歳|아동|미성년|청소년",
        ))
        .expect("a valid pattern")
    });
    static LIMIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)\b(\d{1,3})\s+(working days?|business days?|days?|weeks?|months?|years?",
            r"|jours? ouvrés|jours? ouvrables|jours?|semaines?|mois|années?|ans",
            r"|werktagen?|arbeitstagen?|tagen?|wochen?|monaten?|jahren?",
            r"|días hábiles|días|semanas?|meses|mes|años?",
            r"|dias úteis|dias?|meses|mês|anos?)\b",
            r"|(\d{1,3})\s*(个工作日|個工作日|個工作天|个月|個月|天|日|周|週|年",
            r"|営業日|週間|か月|ヶ月|カ月|ケ月|영업일|개월|일|주|년)",
        ))
        .expect("a valid pattern")
    });
    static ANSWER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)\brespond|\brepl|\banswer|\brequest|\brépon|\bdemande|\bantwort",
            r"|\bbeantwort|\banfrage|\bantrag|\brespuesta|\bsolicit|\bresposta|\brequisi",
            r"|答复|回复|响应|处理您的|请求|申请|答覆|回覆|回應|請求|申請|回答|返信|対応",
            r"|답변|회신|요청|청구",
        ))
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
                let per = days_per(unit);
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

/// How many calendar days one of a time limit's units is (a working day counted as 1.4, so
/// that "10 working days" and "14 days" compare as equal).
fn days_per(unit: &str) -> f64 {
    let unit = unit.to_lowercase();
    let working = [
        "work", "business", "ouvr", "werk", "arbeit", "hábil", "úte", "工作", "営業", "영업",
    ];
    let week = ["week", "semaine", "woche", "semana", "周", "週", "주"];
    let month = ["month", "mois", "monat", "mes", "mês", "月", "개월"];
    let year = [
        "year", "an", "ans", "année", "jahr", "año", "ano", "年", "년",
    ];
    let starts = |words: &[&str]| words.iter().any(|w| unit.starts_with(w));
    let contains = |words: &[&str]| words.iter().any(|w| unit.contains(w));
    if contains(&working) {
        1.4
    } else if starts(&week) {
        7.0
    } else if starts(&month) || contains(&["月", "개월"]) {
        30.0
    } else if year.iter().any(|y| {
        unit == *y || unit == format!("{y}s") || unit == format!("{y}e") || unit == format!("{y}en")
    }) {
        365.0
    } else {
        1.0
    }
}

/// The text of the first quantity of `list` equal to `value` in `text`.
fn old_text_at(text: &str, list: &[(f64, usize, usize)], value: f64) -> String {
    list.iter()
        .find(|(v, _, _)| (v - value).abs() < f64::EPSILON)
        .map_or_else(String::new, |(_, s, e)| text[*s..*e].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule the first changed quantity of a pair of texts is evidence for.
    fn rule(old: &str, new: &str, lang: &str) -> Option<Rule> {
        quantities(old, new, lang).first().map(|e| e.rule)
    }

    #[test]
    fn a_longer_answer_or_a_lower_age_reduces_rights_in_every_language() {
        let answers = [
            ("en", "We answer your request within 30 days.", "30", "60"),
            (
                "fr",
                "Nous répondons à votre demande sous 30 jours.",
                "30",
                "60",
            ),
            (
                "de",
                "Wir beantworten Ihre Anfrage innerhalb von 30 Tagen.",
                "30",
                "60",
            ),
            (
                "es",
                "Respondemos a su solicitud en un plazo de 15 días hábiles.",
                "15",
                "30",
            ),
            (
                "pt-BR",
                "Respondemos à sua solicitação em até 15 dias úteis.",
                "15",
                "30",
            ),
            ("zh-CN", "我们将在15个工作日内答复您的请求。", "15", "30"),
            ("zh-TW", "我們將於15個工作天內回覆您的請求。", "15", "30"),
            ("ja", "ご請求には30日以内に回答します。", "30", "60"),
            (
                "ko",
                "요청을 받은 날부터 10일 이내에 답변합니다.",
                "10",
                "20",
            ),
        ];
        for (lang, text, from, to) in answers {
            let longer = text.replacen(from, to, 1);
            assert_eq!(
                rule(text, &longer, lang),
                Some(Rule::RightsReduced),
                "{lang}"
            );
            assert_eq!(rule(&longer, text, lang), Some(Rule::Rights), "{lang}");
        }
        let ages = [
            ("en", "We treat anyone under 16 as a child."),
            (
                "fr",
                "Nous considérons comme un enfant toute personne de moins de 16 ans.",
            ),
            (
                "de",
                "Als Kind gilt, wer das 16. Lebensjahr nicht vollendet hat.",
            ),
            (
                "es",
                "Consideramos menor a toda persona que no haya cumplido 16 años.",
            ),
            (
                "pt-BR",
                "Consideramos criança toda pessoa com menos de 16 anos.",
            ),
            ("zh-TW", "未滿16歲者，我們視為兒童。"),
            ("ja", "16歳未満の方をお子様とみなします。"),
            ("ko", "만 16세 미만의 아동"),
        ];
        for (lang, text) in ages {
            let lower = text.replacen("16", "13", 1);
            assert_eq!(
                rule(text, &lower, lang),
                Some(Rule::RightsReduced),
                "{lang}"
            );
        }
    }

    #[test]
    fn units_convert_to_days() {
        assert_eq!(days_per("working days"), 1.4);
        assert_eq!(days_per("jours ouvrés"), 1.4);
        assert_eq!(days_per("Werktagen"), 1.4);
        assert_eq!(days_per("semanas"), 7.0);
        assert_eq!(days_per("週間"), 7.0);
        assert_eq!(days_per("meses"), 30.0);
        assert_eq!(days_per("Monaten"), 30.0);
        assert_eq!(days_per("か月"), 30.0);
        assert_eq!(days_per("個月"), 30.0);
        assert_eq!(days_per("개월"), 30.0);
        assert_eq!(days_per("años"), 365.0);
        assert_eq!(days_per("Jahren"), 365.0);
        assert_eq!(days_per("ans"), 365.0);
        assert_eq!(days_per("년"), 365.0);
        assert_eq!(days_per("Tagen"), 1.0);
        assert_eq!(days_per("일"), 1.0);
    }
}
