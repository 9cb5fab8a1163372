//! What must read the same in every language of a text, and how each language's notation of
//! it is normalised so that agreeing languages compare equal: references as written, e-mail and
//! web addresses (ending where CJK text or punctuation begins), dates as (year, month, day)
//! whatever the notation (month names of the built-in languages, 年月日, 년 월 일, ISO), and
//! numbers (digits, English number words, Chinese numerals, ordinals and floors).
//!
//! Addresses are read first, then dates, each blanked from the text before the next reader, so
//! that the digits of an address or a date are not read again as numbers.

pub mod addresses;
pub mod dates;
mod numbers;

use std::ops::Range;

use crate::syntax::{Inline, Str};

pub use dates::Date;

/// What must read the same in every language of a text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Invariants {
    pub references: Vec<String>,
    pub addresses: Vec<String>,
    pub dates: Vec<Date>,
    pub numbers: Vec<u64>,
}

impl Invariants {
    /// What differs between the invariants of two languages' texts, one line per kind:
    /// "numbers: en has 30, zh-CN has 15". Empty when they agree.
    pub fn differences(&self, other: &Invariants, lang: &str, other_lang: &str) -> Vec<String> {
        let strings = |v: &[String]| v.to_vec();
        let shown = |v: &[u64]| v.iter().map(u64::to_string).collect::<Vec<_>>();
        let dates = |v: &[Date]| v.iter().map(Date::to_string).collect::<Vec<_>>();
        [
            (
                "references",
                strings(&self.references),
                strings(&other.references),
            ),
            (
                "addresses",
                strings(&self.addresses),
                strings(&other.addresses),
            ),
            ("dates", dates(&self.dates), dates(&other.dates)),
            ("numbers", shown(&self.numbers), shown(&other.numbers)),
        ]
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(what, a, b)| {
            format!(
                "{what}: {lang} has {}, {other_lang} has {}",
                show(&a),
                show(&b)
            )
        })
        .collect()
    }
}

fn show(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_string()
    } else {
        items.join(", ")
    }
}

/// The invariants of a string's content.
pub fn invariants(string: &Str) -> Invariants {
    let mut inv = Invariants::default();
    collect(&string.content, &mut inv);
    inv.references.sort();
    inv.addresses.sort();
    inv.addresses.dedup();
    inv.dates.sort_unstable();
    inv.dates.dedup();
    inv.numbers.sort_unstable();
    inv.numbers.dedup();
    inv
}

fn collect(inlines: &[Inline], inv: &mut Invariants) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => text(t, inv),
            Inline::Strong(i) | Inline::Emph(i) => collect(i, inv),
            Inline::Link { label, target, .. } => {
                inv.addresses.push(addresses::normalise(target));
                collect(label, inv);
            }
            Inline::FactRef { fact, field, .. } => inv.references.push(format!(
                "@{}{}",
                fact.text,
                field
                    .as_ref()
                    .map(|f| format!(".{}", f.text))
                    .unwrap_or_default()
            )),
            Inline::SectionRef { section, .. } => inv.references.push(format!("#{}", section.text)),
        }
    }
}

/// The invariants of one run of plain text.
fn text(t: &str, inv: &mut Invariants) {
    // Fullwidth digits (２０２１年) are digits.
    let mut text: String = t
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            c => c,
        })
        .collect();
    // Only a text with `@` or `http` can hold an address: most texts are not scanned for one.
    if text.contains('@') || text.to_ascii_lowercase().contains("http") {
        for (range, address) in addresses::addresses(&text) {
            inv.addresses.push(address);
            blank(&mut text, range);
        }
    }
    if text.bytes().any(|b| b.is_ascii_digit()) {
        for (range, date) in dates::dates(&text) {
            inv.dates.push(date);
            blank(&mut text, range);
        }
    }
    numbers::numbers(&text, &mut inv.numbers);
}

/// Replaces a range of a text with as many spaces as it has bytes, so that the byte ranges
/// found after it stay right.
fn blank(text: &mut String, range: Range<usize>) {
    let spaces = " ".repeat(range.len());
    text.replace_range(range, &spaces);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> Invariants {
        let mut diags = Vec::new();
        invariants(&Str {
            raw: text.to_string(),
            span: crate::source::Span::default(),
            content: crate::syntax::inline::parse(text, 0, &mut diags),
        })
    }

    /// Texts that say the same thing in two languages.
    const AGREE: [(&str, &str); 22] = [
        ("Effective March 24, 2021.", "自2021年3月24日起生效。"),
        ("Effective 24 March 2021.", "自2021年3月24日起生效。"),
        ("Updated Mar. 24, 2021.", "更新于2021年3月24日。"),
        ("Updated in March 2021.", "更新于2021年3月。"),
        (
            "Since March 24, 2021, within 30 days.",
            "自2021年3月24日起30天内。",
        ),
        ("Effective 2021-03-24.", "2021年3月24日生效。"),
        ("Effective March 24, 2021.", "2021年3月24日から有効です。"),
        (
            "Effective March 24, 2021.",
            "2021년 3월 24일부터 시행됩니다.",
        ),
        ("En vigueur le 24 mars 2021.", "自2021年3月24日起生效。"),
        ("Gültig ab 24. März 2021.", "自2021年3月24日起生效。"),
        (
            "Vigente desde el 24 de marzo de 2021.",
            "自2021年3月24日起生效。",
        ),
        (
            "Vigente desde 24 de março de 2021.",
            "自2021年3月24日起生效。",
        ),
        ("9th Floor, 1 Harbour Road", "海港路1号9楼"),
        ("17F, 1 Harbour Road", "海港路1号17层"),
        ("Floor 9, 1 Harbour Road", "海港路1号第9层"),
        ("9th Floor", "第九层"),
        ("the 1st, 2nd and 23rd requests", "第1、第2和第23次请求"),
        (
            "Write to privacy@example.com.",
            "请发送电子邮件至privacy@example.com。",
        ),
        (
            "Write to privacy@example.com.",
            "请发送电子邮件至privacy@example.com联系我们。",
        ),
        (
            "See https://example.com/privacy.",
            "请访问https://example.com/privacy了解详情。",
        ),
        ("See https://example.com.", "请访问https://example.com/。"),
        ("Room 1701, 17F", "17楼1701室"),
    ];

    /// The same pairs, each with one thing changed in one language.
    const DISAGREE: [(&str, &str, &str); 12] = [
        (
            "Effective March 24, 2021.",
            "自2021年3月25日起生效。",
            "dates",
        ),
        (
            "Effective March 24, 2021.",
            "自2021年4月24日起生效。",
            "dates",
        ),
        (
            "Effective March 24, 2021.",
            "自2022年3月24日起生效。",
            "dates",
        ),
        ("Updated in March 2021.", "更新于2021年5月。", "dates"),
        ("Effective 24 March 2021.", "自2021年3月起生效。", "dates"),
        ("within 30 days", "15天内", "numbers"),
        ("9th Floor, 1 Harbour Road", "海港路1号19楼", "numbers"),
        ("17F, 1 Harbour Road", "海港路1号16层", "numbers"),
        (
            "Write to privacy@example.com.",
            "请发送至privacy@example.cn。",
            "addresses",
        ),
        (
            "Write to privacy@example.com.",
            "请发送至dpo@example.com联系我们。",
            "addresses",
        ),
        (
            "See https://example.com/privacy.",
            "请访问https://example.com/terms了解详情。",
            "addresses",
        ),
        (
            "See https://example.com/privacy.",
            "请访问https://example.org/privacy了解。",
            "addresses",
        ),
    ];

    #[test]
    fn odd_text_reads_without_a_panic() {
        for text in [
            "@",
            "@@.",
            "a@",
            "é@ü.de",
            "·a@b.c",
            "http://",
            "https://",
            "httpS://[",
            "年月日",
            "2021年13月",
            "0月0日",
            "９９年",
            "２０２１年３月２４日",
            "May",
            "99 March 9999",
            "18446744073709551616th",
            "第",
            "百分之",
            "a@b.c.",
            "mailto:",
        ] {
            of(text);
        }
        assert_eq!(of("２０２１年３月２４日").dates, of("March 24, 2021").dates);
    }

    #[test]
    fn languages_that_agree_read_the_same() {
        for (en, zh) in AGREE {
            let (a, b) = (of(en), of(zh));
            assert_eq!(
                a.differences(&b, "en", "zh-CN"),
                Vec::<String>::new(),
                "{en} / {zh}"
            );
        }
    }

    #[test]
    fn a_changed_number_date_or_address_is_a_difference() {
        for (en, zh, what) in DISAGREE {
            let differences = of(en).differences(&of(zh), "en", "zh-CN");
            assert_eq!(differences.len(), 1, "{en} / {zh}: {differences:?}");
            assert!(
                differences[0].starts_with(what),
                "{en} / {zh}: {differences:?}"
            );
        }
    }
}
