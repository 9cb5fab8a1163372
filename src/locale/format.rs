//! Dates, numbers, lists and plural forms as each locale writes them, by ICU4X and its
//! compiled CLDR data: any BCP 47 tag a policy declares gets its locale's long date ("April
//! 26, 2021", "26 avril 2021", "2021年4月26日"), its digits and grouping ("1,000", "1 000"),
//! its list patterns ("A, B, and C", "A、B和C", "A, B et C") and its plural categories
//! (the catalogues' `PLURAL($count)` selectors). A tag ICU4X cannot parse is formatted as
//! English.

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YMD;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::ListFormatter;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRuleType, PluralRules};

fn locale(lang: &str) -> Locale {
    Locale::try_from_str(lang).unwrap_or(icu_locale_core::locale!("en"))
}

/// An ISO date (`2021-04-26`) in the locale's long form, in the Gregorian calendar whatever
/// the locale's usual one (a policy's dates are civil dates). A string that is not a date is
/// returned as it is.
pub fn date(iso: &str, lang: &str) -> String {
    let Ok(d) = iso.parse::<jiff::civil::Date>() else {
        return iso.to_string();
    };
    let Ok(date) = Date::try_new_gregorian(i32::from(d.year()), d.month() as u8, d.day() as u8)
    else {
        return iso.to_string();
    };
    let locale = locale(lang);
    match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new((&locale).into(), YMD::long()) {
        Ok(formatter) => formatter.format(&date).to_string(),
        Err(_) => iso.to_string(),
    }
}

/// Items joined as the locale joins a list of things that all hold: "a, b, and c" (en),
/// "a, b et c" (fr), "a、b和c" (zh).
pub fn and(items: &[String], lang: &str) -> String {
    join(items, lang, ListFormatter::try_new_and)
}

/// Items joined as alternatives: "a, b, or c", "a、b或c".
pub fn or(items: &[String], lang: &str) -> String {
    join(items, lang, ListFormatter::try_new_or)
}

/// The locale's decimal formatter (digits, grouping, decimal separator).
pub(super) fn digits(lang: &str) -> Option<DecimalFormatter> {
    DecimalFormatter::try_new((&locale(lang)).into(), Default::default()).ok()
}

/// A number as ICU4X reads it: a whole number exactly, any other by its shortest decimal
/// text; `None` when it is not finite.
pub(super) fn decimal(n: f64) -> Option<Decimal> {
    if !n.is_finite() {
        None
    } else if n.fract() == 0.0 && n.abs() < 9e15 {
        Some(Decimal::from(n as i64))
    } else {
        Decimal::try_from_str(&n.to_string()).ok()
    }
}

/// A whole number in the locale's digits and grouping: "12,345" (en), "12 345" (fr),
/// "12.345" (de).
pub fn number(n: i64, lang: &str) -> String {
    match digits(lang) {
        Some(formatter) => formatter.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    }
}

/// The locale's cardinal plural rules.
pub(super) fn plural_rules(lang: &str) -> Option<PluralRules> {
    PluralRules::try_new((&locale(lang)).into(), PluralRuleType::Cardinal.into()).ok()
}

/// The CLDR plural category of a number under a locale's rules: `one`, `few`, `many`,
/// `other`... A number that is not finite is `other`.
pub(super) fn category(rules: &PluralRules, n: f64) -> &'static str {
    match decimal(n).map_or(PluralCategory::Other, |d| rules.category_for(&d)) {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// The CLDR plural category of a number in the locale (cardinal) ("1 day" but "0 jour" in
/// French, "1 jour", "2 jours"); a catalogue's `PLURAL()` keeps its rules instead of
/// building them per call.
pub fn plural(n: f64, lang: &str) -> &'static str {
    plural_rules(lang).map_or("other", |rules| category(&rules, n))
}

type Constructor = fn(
    icu_list::ListFormatterPreferences,
    ListFormatterOptions,
) -> Result<ListFormatter, icu_provider::DataError>;

fn join(items: &[String], lang: &str, new: Constructor) -> String {
    let locale = locale(lang);
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    match new((&locale).into(), options) {
        Ok(formatter) => formatter.format_to_string(items.iter().map(String::as_str)),
        Err(_) => items.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn abc() -> Vec<String> {
        ["a", "b", "c"].map(String::from).to_vec()
    }

    #[test]
    fn dates_follow_the_locale() {
        assert_eq!(date("2021-04-26", "en"), "April 26, 2021");
        assert_eq!(date("2021-04-26", "zh-CN"), "2021年4月26日");
        assert_eq!(date("2021-04-26", "fr"), "26 avril 2021");
        assert_eq!(date("2021-04-26", "de"), "26. April 2021");
        assert_eq!(date("2021-04-26", "ja"), "2021年4月26日");
        assert_eq!(date("not a date", "en"), "not a date");
    }

    #[test]
    fn numbers_and_plural_categories_follow_the_locale() {
        assert_eq!(number(12345, "en"), "12,345");
        assert_eq!(number(12345, "de"), "12.345");
        assert_eq!(number(12345, "fr"), "12\u{202f}345");
        assert_eq!(number(7, "ja"), "7");
        assert_eq!(plural(1.0, "en"), "one");
        assert_eq!(plural(0.0, "en"), "other");
        assert_eq!(plural(0.0, "fr"), "one");
        assert_eq!(plural(1.5, "fr"), "one");
        assert_eq!(plural(2.0, "fr"), "other");
        assert_eq!(plural(1_000_000.0, "fr"), "many");
        assert_eq!(plural(1.0, "ja"), "other");
        assert_eq!(plural(1.0, "pt-BR"), "one");
        assert_eq!(plural(0.0, "pt-BR"), "one");
    }

    #[test]
    fn lists_follow_the_locale() {
        assert_eq!(and(&abc(), "en"), "a, b, and c");
        assert_eq!(and(&abc(), "zh-CN"), "a、b和c");
        assert_eq!(and(&abc(), "fr"), "a, b et c");
        assert_eq!(or(&abc()[..2], "zh-CN"), "a或b");
        assert_eq!(and(&abc()[..1], "de"), "a");
        assert_eq!(and(&[], "en"), "");
    }
}
