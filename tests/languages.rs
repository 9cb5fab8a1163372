//! Every built-in language reads in that language (issue 16):
//! - a policy published in all nine (tests/consistency/agree.policy) is rendered in each, and
//!   no page of a language other than English shows an English interface string that its own
//!   catalogue translates;
//! - a policy written in each language alone (tests/languages/acme-TAG.policy) checks, is
//!   published twice, diffed and built into a site, and no page, notice or diff of it shows
//!   English: neither a fragment of an English message (selector variants included) nor an
//!   English vocabulary label.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use policyc::check::check_source;
use policyc::locale;
use policyc::render::{Format, Renderer};

#[allow(dead_code)]
use crate::common;
use common::{root, Project};

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

/// The literal runs of text of a pattern, cut at every placeable that is not a string
/// literal; a selector's variants are walked one by one.
fn runs(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    let mut run = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => run.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => run.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(std::mem::take(&mut run));
                if let Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        runs(&variant.value, out);
                    }
                }
            }
        }
    }
    out.push(run);
}

/// Every phrase of a catalogue (its literal runs, split at line ends), trimmed of spaces and
/// punctuation at both ends, in lower case.
fn phrases(lang: &str) -> BTreeSet<String> {
    let source = locale::catalogue_source(lang).unwrap_or_else(|| panic!("locales/{lang}.ftl"));
    let resource = fluent_syntax::parser::parse(source).expect("the catalogue parses");
    let mut out = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            if let Some(value) = &m.value {
                runs(value, &mut out);
            }
        }
    }
    out.iter()
        .flat_map(|run| run.lines())
        .map(|line| {
            line.trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
                .to_lowercase()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// The built-in vocabulary's labels in one language (every term, every country), lower case.
fn labels(lang: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for file in ["vocabulary/builtin.toml", "vocabulary/countries.toml"] {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        let table: toml::Table = toml::from_str(&text).unwrap();
        let mut stack: Vec<&toml::Table> = vec![&table];
        while let Some(t) = stack.pop() {
            for (key, value) in t {
                match value {
                    toml::Value::Table(inner) => stack.push(inner),
                    toml::Value::String(s) if key == lang => {
                        out.insert(s.to_lowercase());
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

/// What an English page could show that a page in `lang` must not: the English catalogue's
/// phrases and the English labels of two words or more, less those `lang` itself writes the
/// same way (a phrase of its catalogue, or a label of its vocabulary, contains them).
fn english_for(lang: &str) -> Vec<String> {
    let own: Vec<String> = phrases(lang).into_iter().chain(labels(lang)).collect();
    phrases("en")
        .into_iter()
        .chain(labels("en"))
        .filter(|p| p.split_whitespace().count() >= 2)
        .filter(|p| !own.iter().any(|o| o.contains(p.as_str())))
        .collect()
}

/// The text of a page as a reader sees its words: style sheets left out (their comments are
/// for developers), the common HTML entities decoded, lower case.
fn readable(page: &str) -> String {
    let mut page = page.to_string();
    while let (Some(start), Some(end)) = (page.find("<style"), page.find("</style>")) {
        if end < start {
            break;
        }
        page.replace_range(start..end + "</style>".len(), "");
    }
    page.replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .to_lowercase()
}

/// Every page policyc writes for one language's fixture: its built pages, the diff of its two
/// versions for people and as Markdown, the archived pages and notice, and the site's HTML
/// pages and feed. The second version lengthens a right's response time, adds a recipient,
/// keeps data longer and withdraws the "we never sell" paragraph (consent, major, minor and
/// a prose-based change).
fn pages_of(lang: &str) -> Vec<(String, String)> {
    let low = lang.to_lowercase();
    let id = format!("acme-{low}");
    let fixture = root().join(format!("tests/languages/{id}.policy"));
    let source =
        std::fs::read_to_string(&fixture).unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
    let p = Project {
        dir: tempfile::tempdir().unwrap(),
    };
    std::fs::create_dir_all(p.path("policies")).unwrap();
    std::fs::create_dir_all(p.path("site")).unwrap();
    std::fs::write(p.path(&format!("policies/{id}.policy")), &source).unwrap();
    // The site is named like the policy: `title TAG "..."`.
    let title = source
        .split(&format!("title {lang} \""))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("{id} has a title in {lang}"));
    std::fs::write(
        p.path("site/site.toml"),
        format!(
            "base_url = \"https://policies.example.com/\"\nlanguages = [\"{lang}\"]\n\n[title]\n{lang} = {title:?}\n"
        ),
    )
    .unwrap();
    let (code, out, err) = p.run(&["check", "--deny", "warnings"]);
    assert!(
        code == 0 && err.contains("0 errors, 0 warnings"),
        "{id} checks without a warning:\n{out}{err}"
    );
    p.ok(&["build", "--out", "out"]);
    p.ok(&["publish", "--date", "2024-03-01"]);
    p.edit(&id, second_version);
    let mut pages = Vec::new();
    for format in ["human", "markdown"] {
        let diff = p.ok(&[
            "diff",
            &format!("{id}@latest"),
            &format!("policies/{id}.policy"),
            "--format",
            format,
        ]);
        pages.push((format!("diff --format {format}"), diff));
    }
    p.ok(&[
        "publish",
        "--date",
        "2024-05-01",
        "--acknowledge-consent",
        "--acknowledge-major",
    ]);
    p.ok(&["site", "--out", "site-out", "--now", "2024-06-15"]);
    for ext in ["html", "txt", "md"] {
        let rel = format!("out/{id}/{lang}.{ext}");
        pages.push((rel.clone(), std::fs::read_to_string(p.path(&rel)).unwrap()));
    }
    // The withdrawn paragraph is a removal, also once its evidence rates it.
    let changes = archived(&p, &format!("{id}/2024-06-01/changes.json"));
    let changes: serde_json::Value = serde_json::from_str(&changes).unwrap();
    let removed = changes["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["path"] == "section:sharing/p[1]")
        .unwrap_or_else(|| panic!("{id}: the paragraph's change: {changes:#}"));
    assert_eq!(removed["kind"], "removed", "{id}: {removed:#}");
    for form in ["txt", "html"] {
        let notice = format!("{id}/2024-06-01/notice.{lang}.{form}");
        let shown = archived(&p, &notice);
        pages.push((notice, shown));
    }
    for (rel, text) in site_pages(&p.path("site-out")) {
        pages.push((format!("site/{rel}"), text));
    }
    pages
}

/// A file of the project's archive, as its last commit holds it.
fn archived(p: &Project, rel: &str) -> String {
    let shown = std::process::Command::new("git")
        .args(["--git-dir", "archive.git", "show", &format!("HEAD:{rel}")])
        .current_dir(p.dir.path())
        .output()
        .unwrap();
    assert!(shown.status.success(), "{rel} is archived");
    String::from_utf8(shown.stdout).unwrap()
}

/// The second version of a fixture: the same edits in every language, on its facts.
fn second_version(text: String) -> String {
    let from = "    // second version: removed from here\n";
    let to = "    // second version: removed up to here\n";
    let (start, end) = (text.find(from).expect(from), text.find(to).expect(to));
    let text = format!("{}{}", &text[..start], &text[end + to.len()..]);
    let edits = [
        ("updated 2024-03-01", "updated 2024-06-01"),
        ("respond-within 30 days", "respond-within 60 days"),
        ("period 3 years", "period 5 years"),
        (
            "    transfer abroad {",
            "    recipient ad-partners {\n      kind advertising-partners\n      activities sharing\n      unconditional\n    }\n    transfer abroad {",
        ),
    ];
    edits.iter().fold(text, |t, (old, new)| {
        assert!(t.contains(old), "the fixture has `{old}`");
        t.replacen(old, new, 1)
    })
}

/// The site's pages people read (HTML and the feeds), by path.
fn site_pages(dir: &Path) -> Vec<(String, String)> {
    common::files(dir)
        .into_iter()
        .filter(|(rel, _)| {
            (rel.ends_with(".html") || rel.ends_with(".xml")) && !rel.ends_with("sitemap.xml")
        })
        .map(|(rel, bytes)| (rel, String::from_utf8(bytes).unwrap()))
        .collect()
}

#[test]
fn a_policy_in_each_built_in_language_is_in_that_language_on_every_page() {
    let mut failures = Vec::new();
    let mut seen = 0;
    for lang in locale::languages() {
        let pages = pages_of(lang);
        assert!(
            pages.iter().any(|(rel, _)| rel.contains("changes.")),
            "{lang}: the site has a diff page: {:?}",
            pages.iter().map(|(r, _)| r).collect::<Vec<_>>()
        );
        // The page and the diff as each language reads them: dates, lists, durations and
        // numbers as ICU4X writes them for the locale.
        for (rel, page) in &pages {
            if rel.ends_with(&format!("/{lang}.txt")) || rel == "diff --format human" {
                let name = if rel.starts_with("diff") {
                    "diff"
                } else {
                    "page"
                };
                insta::assert_snapshot!(format!("acme.{lang}.{name}"), page);
            }
        }
        if lang == locale::SOURCE {
            continue;
        }
        let english = english_for(lang);
        assert!(
            english.len() > 300,
            "{lang}: {} English phrases",
            english.len()
        );
        for (rel, page) in &pages {
            seen += 1;
            let page = readable(page);
            failures.extend(
                english
                    .iter()
                    .filter(|phrase| page.contains(phrase.as_str()))
                    .map(|phrase| format!("{lang} {rel}: “{phrase}”")),
            );
        }
    }
    assert!(seen > 8 * 10, "{seen} pages");
    assert!(
        failures.is_empty(),
        "English on pages of other languages:\n{}",
        failures.join("\n")
    );
}
