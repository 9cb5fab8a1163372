//! Dates in running text, whatever the notation: month names of the built-in languages
//! ("March 24, 2021", "24 March 2021", "Mar. 24, 2021", "1er mars 2021", "24. März 2021",
//! "24 de marzo de 2021", "março de 2021"), the CJK notation ("2021年3月24日", "2021년 3월
//! 24일") and numeric dates ("2021-03-24", "2022/12/08", "24.03.2021"). Each reads as a
//! (year, month, day) triple, the year or the day possibly absent ("March 2021", "3月24日").

use std::fmt;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// The month names of the built-in languages (en, fr, de, es, pt-BR), lower-case, by month:
/// first the full names, then, after `|`, the abbreviations. A full name may stand without a
/// year ("March 24"); an abbreviation only in a date with a year, as some are also words
/// ("set", "out", "ago").
const MONTHS: [&str; 12] = [
    "january janvier januar jänner enero janeiro | jan janv ene",
    "february février fevrier februar febrero fevereiro | feb febr févr fevr fév fev",
    "march mars märz maerz marzo março marco | mar mär mrz",
    "april avril abril | apr avr abr",
    "may mai mayo maio | ",
    "june juin juni junio junho | jun",
    "july juillet juli julio julho | jul juil",
    "august août aout agosto | aug ago",
    "september septembre septiembre setiembre setembro | sep sept set",
    "october octobre oktober octubre outubro | oct okt out",
    "november novembre noviembre novembro | nov",
    "december décembre decembre dezember diciembre dezembro | dec déc dez dic",
];

/// A date as text writes it: the month always, the year and the day when written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: Option<i16>,
    pub month: u8,
    pub day: Option<u8>,
}

impl fmt::Display for Date {
    /// ISO 8601: 2021-03-24, 2021-03, --03-24.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}", self.month)?,
            None => write!(f, "--{:02}", self.month)?,
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// The month a (lower-cased) name means, and whether the name is a full one.
fn month_of(name: &str) -> Option<(u8, bool)> {
    let name = name.to_lowercase();
    MONTHS.iter().zip(1u8..).find_map(|(names, month)| {
        let (full, short) = names.split_once('|').unwrap_or((names, ""));
        if full.split_whitespace().any(|n| n == name) {
            Some((month, true))
        } else if short.split_whitespace().any(|n| n == name) {
            Some((month, false))
        } else {
            None
        }
    })
}

/// One notation: its pattern (named groups `y`, `m`, `d`), whether its month is a name, and
/// whether it must stand apart from letters and digits on both sides.
struct Notation {
    pattern: Regex,
    named: bool,
}

fn notations() -> &'static [Notation] {
    static NOTATIONS: LazyLock<Vec<Notation>> = LazyLock::new(|| {
        let mut names: Vec<&str> = MONTHS
            .iter()
            .flat_map(|m| m.split_whitespace())
            .filter(|n| *n != "|")
            .collect();
        // The longest first, so that "september" is not read as "sep" and "tember".
        names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        let month = format!("(?P<m>{})", names.join("|"));
        let day_suffix = r"(?:st|nd|rd|th|er|re|e|º|ª|\.º|\.)?";
        let patterns = [
            // Numeric: 2021-03-24, 2022/12/08, 2021.03.24, and day first with dots, 24.03.2021.
            (r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})".to_string(), false),
            (r"(?P<y>[0-9]{4})/(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})".to_string(), false),
            (r"(?P<y>[0-9]{4})\.(?P<m>[0-9]{1,2})\.(?P<d>[0-9]{1,2})".to_string(), false),
            (r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})".to_string(), false),
            // CJK: 2021年3月24日, 2021年3月, 2021년 3월 24일, 3月24日.
            (
                r"(?P<y>[0-9]{4})\s*[年년]\s*(?P<m>[0-9]{1,2})\s*[月월](?:\s*(?P<d>[0-9]{1,2})\s*[日일号號])?"
                    .to_string(),
                false,
            ),
            (
                r"(?P<m>[0-9]{1,2})\s*[月월]\s*(?P<d>[0-9]{1,2})\s*[日일号號]".to_string(),
                false,
            ),
            // Month first: March 24, 2021; Mar. 24th 2021.
            (
                format!(r"(?i){month}\.?\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>[0-9]{{4}})"),
                true,
            ),
            // Day first: 24 March 2021, 24th of March, 2021, 1er mars 2021, 24. März 2021,
            // 24 de marzo de 2021.
            (
                format!(
                    r"(?i)(?P<d>[0-9]{{1,2}}){day_suffix}\s+(?:de\s+|of\s+)?{month}\.?,?\s+(?:de\s+|del\s+)?(?P<y>[0-9]{{4}})"
                ),
                true,
            ),
            // Month and year: March 2021, marzo de 2021.
            (
                format!(r"(?i){month}\.?,?\s+(?:de\s+|of\s+)?(?P<y>[0-9]{{4}})"),
                true,
            ),
            // Without a year: March 24, 24 March, 24 de marzo.
            (
                format!(r"(?i){month}\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?"),
                true,
            ),
            (
                format!(r"(?i)(?P<d>[0-9]{{1,2}}){day_suffix}\s+(?:de\s+|of\s+)?{month}"),
                true,
            ),
        ];
        patterns
            .into_iter()
            .map(|(p, named)| Notation {
                pattern: Regex::new(&p).expect("a valid date pattern"),
                named,
            })
            .collect()
    });
    &NOTATIONS
}

/// The dates in a text, with the byte range each takes. Ranges do not overlap: a longer
/// notation is read first, and what it took is not read again.
pub fn dates(text: &str) -> Vec<(Range<usize>, Date)> {
    let mut found: Vec<(Range<usize>, Date)> = Vec::new();
    for notation in notations() {
        for caps in notation.pattern.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            let range = whole.range();
            if found
                .iter()
                .any(|(r, _)| r.start < range.end && range.start < r.end)
            {
                continue;
            }
            if !stands_apart(text, &range) {
                continue;
            }
            let Some(m) = caps.name("m") else { continue };
            let month = if notation.named {
                match month_of(m.as_str()) {
                    // A bare "may" is the verb: "you may 2 ...".
                    Some((month, full)) if full || caps.name("y").is_some() => {
                        if caps.name("y").is_none() && m.as_str() == "may" {
                            continue;
                        }
                        month
                    }
                    _ => continue,
                }
            } else {
                match m.as_str().parse() {
                    Ok(month) => month,
                    Err(_) => continue,
                }
            };
            let year = caps.name("y").and_then(|y| y.as_str().parse().ok());
            let day = caps.name("d").and_then(|d| d.as_str().parse().ok());
            if valid(year, month, day) {
                found.push((range, Date { year, month, day }));
            }
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found
}

/// Whether a date's text is not part of a longer word or number ("A2021-03-24", "12021年").
fn stands_apart(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    !before.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.'))
        && !after.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/'))
}

fn valid(year: Option<i16>, month: u8, day: Option<u8>) -> bool {
    if !(1..=12).contains(&month) {
        return false;
    }
    match (year, day) {
        (Some(y), Some(d)) => jiff::civil::Date::new(y, month as i8, d as i8).is_ok(),
        // A leap year: February 29 is a date.
        (None, Some(d)) => jiff::civil::Date::new(2000, month as i8, d as i8).is_ok(),
        (Some(y), None) => (1000..=9999).contains(&y),
        (None, None) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<String> {
        dates(text).iter().map(|(_, d)| d.to_string()).collect()
    }

    #[test]
    fn every_notation_reads_as_the_same_date() {
        for text in [
            "March 24, 2021",
            "on March 24th, 2021.",
            "24 March 2021",
            "the 24th of March, 2021",
            "Mar. 24, 2021",
            "2021年3月24日",
            "于2021年3月24日起生效",
            "2021 年 3 月 24 日",
            "2021년 3월 24일",
            "2021-03-24",
            "2021/03/24",
            "24.03.2021",
            "24 mars 2021",
            "24. März 2021",
            "24 de marzo de 2021",
            "24 de março de 2021",
            "24 Mär. 2021",
        ] {
            assert_eq!(read(text), ["2021-03-24"], "{text}");
        }
        assert_eq!(read("1er mars 2021"), ["2021-03-01"]);
        for text in ["March 2021", "2021年3月", "marzo de 2021", "März 2021"] {
            assert_eq!(read(text), ["2021-03"], "{text}");
        }
        for text in ["March 24", "3月24日", "24 de marzo", "3월 24일"] {
            assert_eq!(read(text), ["--03-24"], "{text}");
        }
    }

    #[test]
    fn words_and_numbers_that_are_not_dates() {
        for text in [
            "you may 2 times",
            "we set 2 cookies",
            "30 days",
            "section 1.1.1",
            "February 30, 2021",
            "2021-13-01",
            "version 12021-03-24",
            "mayo",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
        assert_eq!(read("May 2021 and May 3"), ["2021-05", "--05-03"]);
    }
}
