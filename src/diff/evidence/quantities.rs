//! Ages and time limits that change between two versions of a unit.

use std::sync::LazyLock;

use regex::Regex;

use super::{Evidence, Found, Rule, Said};

/// The patterns of one language: ages, the words that say a text is about minors, time
/// limits, and the words that say it is about answering requests.
struct Patterns {
    age: Regex,
    minors: Regex,
    limit: Regex,
    answer: Regex,
}

/// The patterns of a language's family (`zh-TW` reads `zh`), `None` for a language they do
/// not know. Each pattern captures its number in whichever group matched.
fn patterns(lang: &str) -> Option<&'static Patterns> {
    static ALL: LazyLock<Vec<(&str, Patterns)>> = LazyLock::new(|| {
        let p = |age: &str, minors: &str, limit: &str, answer: &str| Patterns {
            age: Regex::new(age).expect("a valid pattern"),
            minors: Regex::new(minors).expect("a valid pattern"),
            limit: Regex::new(limit).expect("a valid pattern"),
            answer: Regex::new(answer).expect("a valid pattern"),
        };
        vec![
            (
                "en",
                p(
                    r"(?i)(?:\bage of|\bunder|\byounger than|\bbelow|\bover|\bat least)\s+(\d{1,2})\b|\b(\d{1,2})\s*(?:years? of age|years? old|\+)",
                    r"(?i)\bchild|\bminor|\bteen|\bage\b",
                    r"(?i)\b(\d{1,3})\s+(working days?|business days?|days?|weeks?|months?|years?)\b",
                    r"(?i)\brespond|\brepl|\banswer|\brequest",
                ),
            ),
            (
                "fr",
                p(
                    r"(?i)(?:moins de|plus de|au moins|âgée?s? de|partir de)\s+(\d{1,2})\s+ans\b|\b(\d{1,2})\s+ans\s+(?:révolus|accomplis)",
                    r"(?i)\benfant|\bmineur|\badolescent",
                    r"(?i)\b(\d{1,3})\s+(jours? ouvrés|jours? ouvrables|jours?|semaines?|mois|années?|ans?)\b",
                    r"(?i)\brépon|\bdemande",
                ),
            ),
            (
                "de",
                p(
                    r"(?i)(?:unter|über|ab|mindestens)\s+(\d{1,2})\s+jahren?\b|\b(\d{1,2})\.?\s+lebensjahr|\b(\d{1,2})\s+jahre\s+alt",
                    r"(?i)\bkind(?:er|ern|es)?\b|\bminderjährig|\bjugendlich",
                    r"(?i)\b(\d{1,3})\s+(werktagen?|arbeitstagen?|tagen?|wochen?|monaten?|monat|jahren?|jahr)\b",
                    r"(?i)\bantwort|\bbeantwort|\banfrage|\bantrag",
                ),
            ),
            (
                "es",
                p(
                    r"(?i)(?:menor(?:es)? de|mayor(?:es)? de|menos de|más de|al menos|cumplido|edad de)\s+(\d{1,2})\s+años\b",
                    r"(?i)\bniñ|\bmenor(?:es)? de edad|\bmenor(?:es)? de \d|\badolescent",
                    r"(?i)\b(\d{1,3})\s+(días hábiles|día hábil|días|día|semanas?|meses|mes|años?)\b",
                    r"(?i)\brespond|\brespuesta|\bsolicitud",
                ),
            ),
            (
                "pt",
                p(
                    r"(?i)(?:menos de|mais de|menor(?:es)? de|maior(?:es)? de|pelo menos|idade de)\s+(\d{1,2})\s+anos\b",
                    r"(?i)\bcrian|\badolescent|\bmenor(?:es)? de idade|\bmenor(?:es)? de \d",
                    r"(?i)\b(\d{1,3})\s+(dias úteis|dia útil|dias|dia|semanas?|meses|mês|anos?)\b",
                    r"(?i)\brespond|\bresposta|\bsolicitaç|\brequisiç",
                ),
            ),
            (
                "zh",
                p(
                    r"(\d{1,2})\s*(?:周岁|週歲|岁|歲)",
                    r"儿童|兒童|未成年|未满|未滿|岁|歲",
                    r"(\d{1,3})\s*(个工作日|個工作日|個工作天|个月|個月|天|日|周|週|年)",
                    r"答复|回复|响应|处理您的|请求|申请|答覆|回覆|回應|請求|申請",
                ),
            ),
            (
                "ja",
                p(
                    r"(\d{1,2})\s*歳",
                    r"子ども|子供|児童|未成年|歳",
                    r"(\d{1,3})\s*(営業日|日|週間|か月|ヶ月|カ月|ケ月|年)",
                    r"回答|請求|返信",
                ),
            ),
            (
                "ko",
                p(
                    r"만\s*(\d{1,2})\s*세|(\d{1,2})\s*세\s*(?:미만|이상|이하|초과)",
                    r"아동|미성년|청소년",
                    r"(\d{1,3})\s*(영업일|일|주|개월|년)",
                    r"답변|회신|요청",
                ),
            ),
        ]
    });
    let family = lang
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    ALL.iter().find(|(f, _)| *f == family).map(|(_, p)| p)
}

/// A date written with its units ("2024年4月26日", "2024년 4월 26일", "4月26日"): its day and
/// year are no time limit.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d+\s*[年년]\s*\d+\s*[月월](?:\s*\d+\s*[日일])?|\d+\s*[月월]\s*\d+\s*[日일]")
        .expect("a valid pattern")
});

/// Ages ("under the age of 16", "14周岁", "moins de 15 ans") and time limits ("within 30
/// days", "15个工作日内", "30 Tagen", "30日以内") that differ between the two versions of a
/// unit, where the unit speaks of minors or of answering requests, in the unit's language.
pub(super) fn quantities(old: &str, new: &str, lang: &str) -> Vec<Evidence> {
    let Some(p) = patterns(lang) else {
        return Vec::new();
    };
    let mut out = Vec::new();
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
    if p.minors.is_match(old) || p.minors.is_match(new) {
        compare(ages(p, old), ages(p, new), true);
    }
    if p.answer.is_match(old) || p.answer.is_match(new) {
        compare(limits(p, old), limits(p, new), false);
    }
    out
}

/// The ages a text states, with their spans.
fn ages(p: &Patterns, text: &str) -> Vec<(f64, usize, usize)> {
    p.age
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.iter().skip(1).flatten().next()?;
            Some((m.as_str().parse().ok()?, m.start(), m.end()))
        })
        .collect()
}

/// The time limits a text states, in days, with their spans: not a number that is part of a
/// longer one, of a date or of an age ("16歲" is no sixteen years).
fn limits(p: &Patterns, text: &str) -> Vec<(f64, usize, usize)> {
    let dates: Vec<(usize, usize)> = DATE.find_iter(text).map(|m| (m.start(), m.end())).collect();
    let ages: Vec<(usize, usize)> = p
        .age
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    let inside =
        |spans: &[(usize, usize)], s: usize, e: usize| spans.iter().any(|(a, b)| s < *b && *a < e);
    p.limit
        .captures_iter(text)
        .filter_map(|c| {
            let (n, unit) = (c.get(1)?, c.get(2)?);
            let whole = c.get(0)?;
            let after_digit = text[..n.start()]
                .chars()
                .next_back()
                .is_some_and(|ch| ch.is_ascii_digit());
            let age_unit = text[whole.end()..].starts_with(['岁', '歲']);
            if after_digit
                || age_unit
                || inside(&dates, whole.start(), whole.end())
                || inside(&ages, whole.start(), whole.end())
            {
                return None;
            }
            let days = n.as_str().parse::<f64>().ok()? * days_per(unit.as_str());
            Some((days, whole.start(), whole.end()))
        })
        .collect()
}

/// How many calendar days one of a time limit's units is (a working day counted as 1.4, so
/// that "10 working days" and "14 days" compare as equal).
fn days_per(unit: &str) -> f64 {
    let unit = unit.to_lowercase();
    let working = [
        "work", "business", "ouvr", "werk", "arbeit", "hábil", "úte", "úti", "工作", "営業", "영업",
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

    /// The rules the changed quantities of a pair of texts are evidence for, each once.
    fn rules(old: &str, new: &str, lang: &str) -> Vec<Rule> {
        let mut rules: Vec<Rule> = quantities(old, new, lang).iter().map(|e| e.rule).collect();
        rules.dedup();
        rules
    }

    /// The rule of the only changed quantity, if there is one.
    fn rule(old: &str, new: &str, lang: &str) -> Option<Rule> {
        let rules = rules(old, new, lang);
        assert!(rules.len() <= 1, "{lang}: {rules:?} for {old} → {new}");
        rules.first().copied()
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
                "Consideramos menor de edad a toda persona que no haya cumplido 16 años.",
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

    /// What is no age or time limit: a retention period beside the word "children", a raised
    /// age in a sentence that asks for consent, a date, an ordinary "kind".
    #[test]
    fn dates_retention_periods_and_raised_ages_are_not_reduced_rights() {
        let cases = [
            (
                "fr",
                "Les données des enfants sont conservées 3 ans.",
                "3 ans",
                "2 ans",
            ),
            (
                "de",
                "Daten von Kindern speichern wir 2 Jahre.",
                "2 Jahre",
                "1 Jahr",
            ),
            (
                "en",
                "We keep records of this kind for at least 12 months.",
                "12",
                "24",
            ),
            (
                "ja",
                "2024年4月26日改定。ご請求には30日以内に回答します。",
                "26日",
                "27日",
            ),
            (
                "ko",
                "2024년 4월 26일 개정. 요청에는 10일 이내에 답변합니다.",
                "26일",
                "27일",
            ),
            (
                "zh-TW",
                "2024年4月26日修訂。我們於15個工作天內回覆您的請求。",
                "2024",
                "2025",
            ),
        ];
        for (lang, text, from, to) in cases {
            let new = text.replacen(from, to, 1);
            assert_eq!(rules(text, &new, lang), vec![], "{lang}: {text} → {new}");
        }
        let raised = [
            (
                "es",
                "Si eres menor de 16 años, solicitamos el consentimiento de tus padres.",
            ),
            (
                "pt-BR",
                "Se você tiver menos de 13 anos, solicitaremos o consentimento dos pais; criança.",
            ),
            (
                "zh-TW",
                "未滿14週歲的兒童，我們將依請求取得其法定代理人同意。",
            ),
        ];
        for (lang, text) in raised {
            let number = if text.contains("16") {
                "16"
            } else if text.contains("13") {
                "13"
            } else {
                "14"
            };
            let new = text.replacen(number, "18", 1);
            assert_eq!(rules(text, &new, lang), vec![Rule::Rights], "{lang}: {new}");
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
        assert_eq!(days_per("dia útil"), 1.4);
        assert_eq!(days_per("Monat"), 30.0);
        assert_eq!(days_per("an"), 365.0);
    }
}
