//! Every built-in language reads in that language (issue 16): a policy published in all nine
//! (tests/consistency/agree.policy) is rendered in each, and no page of a language other than
//! English shows an English interface string that its own catalogue translates.

use std::path::Path;

use policyc::check::check_source;
use policyc::locale;
use policyc::render::{Format, Renderer};

/// The English interface strings a page could show as they are: every message without
/// variables, of two words or more (a single word such as "Version" may be the same word in
/// another language, and is checked by the catalogue test instead).
fn english_strings() -> Vec<(String, String)> {
    let en = locale::catalogue_source("en").expect("locales/en.ftl");
    locale::message_ids(en)
        .filter_map(|id| {
            let text = locale::text("en", id);
            let words = text.split_whitespace().count();
            (words >= 2 && !text.contains('{')).then(|| (id.to_string(), text))
        })
        .collect()
}

#[test]
fn no_page_of_a_built_in_language_shows_an_english_interface_string() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/consistency/agree.policy");
    let text = std::fs::read_to_string(path).unwrap();
    let policy = check_source(&text, Some("agree"))
        .policy
        .expect("agree.policy checks");
    let renderer = Renderer::new(&Default::default()).unwrap();
    let english = english_strings();
    assert!(english.len() > 50, "{} English strings", english.len());
    let langs: Vec<&str> = locale::languages().filter(|l| *l != "en").collect();
    assert_eq!(langs.len(), 8, "{langs:?}");
    for lang in langs {
        assert!(
            policy.languages.iter().any(|l| l == lang),
            "agree.policy has {lang}"
        );
        // Messages this catalogue itself says the same way as English ("Version" may be
        // German too); a message it lacks reads English and is not excused.
        let own: Vec<&str> = locale::message_ids(locale::catalogue_source(lang).unwrap()).collect();
        for format in [Format::Html, Format::Text, Format::Markdown] {
            let page = renderer.render(&policy, lang, format).unwrap();
            for (id, en) in &english {
                if own.contains(&id.as_str()) && locale::text(lang, id) == *en {
                    continue;
                }
                assert!(
                    !page.contains(en.as_str()),
                    "the {lang} page ({format:?}) shows the English of `{id}`: {en}"
                );
            }
        }
    }
}

#[test]
fn dates_and_lists_follow_each_locale() {
    use locale::format::{and, date};
    let items: Vec<String> = ["A", "B", "C"].map(String::from).to_vec();
    let expected = [
        ("en", "April 26, 2021", "A, B, and C"),
        ("zh-CN", "2021年4月26日", "A、B和C"),
        ("zh-TW", "2021年4月26日", "A、B和C"),
        ("fr", "26 avril 2021", "A, B et C"),
        ("de", "26. April 2021", "A, B und C"),
        ("es", "26 de abril de 2021", "A, B y C"),
        ("ja", "2021年4月26日", "A、B、C"),
        ("ko", "2021년 4월 26일", "A, B 및 C"),
        ("pt-BR", "26 de abril de 2021", "A, B e C"),
    ];
    for (lang, d, l) in expected {
        assert_eq!(date("2021-04-26", lang), d, "{lang}");
        assert_eq!(and(&items, lang), l, "{lang}");
    }
}
