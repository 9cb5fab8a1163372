use super::*;

#[test]
fn chinese_and_regional_tags_find_their_catalogue() {
    assert_eq!(catalogue_for("en"), Some("en"));
    assert_eq!(catalogue_for("en-GB"), Some("en"));
    assert_eq!(catalogue_for("zh"), Some("zh-CN"));
    assert_eq!(catalogue_for("zh-Hans-CN"), Some("zh-CN"));
    assert_eq!(catalogue_for("xx"), None);
}

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeSet;

/// Every variable a pattern reads.
fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}

/// A catalogue's messages: id -> the variables it reads and, in the English catalogue, those
/// a message's comment names (`$digits`), which the code gives although English does not
/// show them.
fn messages(tag: &str, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("locales/{tag}.ftl does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                variables(value, &mut vars);
            }
            let comments = m.comment.iter().filter(|_| tag == SOURCE);
            for line in comments.flat_map(|c| c.content.iter()) {
                let name_char = |c: char| c.is_ascii_alphanumeric() || c == '$' || c == '-';
                for word in line.split(|c: char| !name_char(c)) {
                    if let Some(name) = word.strip_prefix('$') {
                        vars.insert(name.trim_end_matches('-').to_string());
                    }
                }
            }
            assert!(
                out.insert(m.id.name.to_string(), vars).is_none(),
                "locales/{tag}.ftl: `{}` twice",
                m.id.name
            );
        }
    }
    out
}

#[test]
fn every_catalogue_has_every_message_and_no_other_with_the_variables_english_gives() {
    let en = messages(SOURCE, catalogue_source(SOURCE).expect("locales/en.ftl"));
    assert!(en.len() > 300, "the English catalogue holds the interface");
    for (tag, source) in CATALOGUES {
        assert!(
            tag.parse::<language_tags::LanguageTag>().is_ok(),
            "locales/{tag}.ftl: not a BCP 47 tag"
        );
        let other = messages(tag, source);
        let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "locales/{tag}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "locales/{tag}.ftl has messages en.ftl has not: {extra:?}"
        );
        for (id, vars) in &other {
            let given = &en[id];
            assert!(
                vars.is_subset(given),
                "locales/{tag}.ftl: `{id}` reads {:?}, which the code does not give",
                vars.difference(given).collect::<Vec<_>>()
            );
        }
        assert!(
            !text(tag, "language-self").is_empty(),
            "locales/{tag}.ftl names its language"
        );
    }
}

#[test]
fn messages_fill_their_variables_and_choose_plural_forms() {
    let n = |count: usize| {
        message(
            "en",
            "summary-line-count",
            &[
                ("severity", Arg::from("major")),
                ("count", Arg::from(count)),
            ],
        )
    };
    assert_eq!(n(1), "1 major change");
    assert_eq!(n(3), "3 major changes");
    assert_eq!(text("zh-CN", "language-self"), "简体中文");
    // A language without a catalogue reads English; an unknown id reads as itself.
    assert_eq!(text("xx", "language-self"), "English");
    assert_eq!(text("en", "no-such-message"), "no-such-message");
    let words = words("en", "page-");
    assert_eq!(words["back_to_top"], "Back to top");
}

/// The diff's review line receives severities as ids (`editorial`, `major`...): every
/// catalogue says them in its own words, never as the English id (unless its own word for
/// the severity is that word, as Portuguese "editorial").
#[test]
fn a_review_decision_says_its_severities_in_the_language() {
    let ids = ["editorial", "minor", "major", "consent"];
    for tag in languages().filter(|t| *t != SOURCE) {
        for severity in ids {
            for was in ids {
                let line = message(
                    tag,
                    "diff-out-decided",
                    &[
                        ("severity", Arg::from(severity)),
                        ("was", Arg::from(was)),
                        ("by", Arg::from("Ada")),
                        ("date", Arg::from("2026-12-02")),
                        ("rule", Arg::from("")),
                        ("reason", Arg::from("…")),
                    ],
                );
                for id in [severity, was] {
                    let own = message(tag, "severity", &[("id", Arg::from(id))]).to_lowercase();
                    assert!(
                        own.contains(id) || !line.to_lowercase().contains(id),
                        "locales/{tag}.ftl says `{id}` in English: {line}"
                    );
                }
            }
        }
    }
}

/// The selectors of a pattern that choose among plural categories (a variant keyed `one`,
/// `two`, `few`, `many` or `zero`), each as "PLURAL" when it goes through ICU4X's rules
/// (`PLURAL($count)`) and as its source otherwise.
fn plural_selectors(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    const CATEGORIES: [&str; 5] = ["zero", "one", "two", "few", "many"];
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        if let Expression::Select { selector, variants } = expression {
            let plural = variants.iter().any(|v| {
                matches!(v.key, fluent_syntax::ast::VariantKey::Identifier { name } if CATEGORIES.contains(&name))
            });
            // PLURAL() answers with a category name: a number key under it never matches.
            let number_key = variants
                .iter()
                .any(|v| matches!(v.key, fluent_syntax::ast::VariantKey::NumberLiteral { .. }));
            if plural {
                out.push(match selector {
                    InlineExpression::FunctionReference { .. } if number_key => {
                        "PLURAL with a number key".to_string()
                    }
                    InlineExpression::FunctionReference { id, .. } => id.name.to_string(),
                    other => format!("{other:?}"),
                });
            }
            for v in variants {
                plural_selectors(&v.value, out);
            }
        }
    }
}

/// Plural forms are chosen by ICU4X's CLDR rules: every selector over plural categories is
/// `PLURAL($n)` (a bare `$n ->` would use Fluent's own rules instead).
#[test]
fn every_plural_form_is_chosen_by_icu4x() {
    let mut seen = 0;
    for tag in languages() {
        let source = catalogue_source(tag).unwrap();
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            let mut selectors = Vec::new();
            if let Some(value) = &m.value {
                plural_selectors(value, &mut selectors);
            }
            for s in selectors {
                seen += 1;
                assert_eq!(
                    s, "PLURAL",
                    "locales/{tag}.ftl `{}` selects plural forms by {s}",
                    m.id.name
                );
            }
        }
    }
    assert!(seen > 50, "{seen} plural selectors");
    // French says "0 jour" and "1,5 jour" (CLDR: one), English "0 days".
    let days = |lang: &str, n: f64| {
        message(
            lang,
            "duration",
            &[
                ("unit", Arg::from("days")),
                ("count", Arg::from(n)),
                ("word", Arg::from(n)),
            ],
        )
    };
    assert_eq!(days("fr", 0.0), "0 jour");
    assert_eq!(days("fr", 1.5), "1,5 jour");
    assert_eq!(days("fr", 2.0), "2 jours");
    assert_eq!(days("en", 0.0), "0 days");
    // Numbers are the locale's: grouped as it groups them.
    let count = |lang: &str| {
        message(
            lang,
            "summary-line-count",
            &[
                ("severity", Arg::from("major")),
                ("count", Arg::from(12345)),
            ],
        )
    };
    assert_eq!(count("en"), "12,345 major changes");
    assert!(count("fr").starts_with("12\u{202f}345 "), "{}", count("fr"));
    assert!(count("de").starts_with("12.345 "), "{}", count("de"));
    assert_eq!(days("en", 1.0), "1 day");
}
