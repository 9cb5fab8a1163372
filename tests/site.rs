//! The public site end to end. An archive is built with the real CLI in a temporary folder:
//! the three reference policies, then a major version of hitgen (a new kind of recipient), a
//! later hitgen version whose only wording change is a Chinese translation, and a cienet
//! version that takes effect months after it is published. `policyc site` builds the site for
//! two days; the tests read what it wrote (pages, banners, links, feeds, determinism), check
//! that one new version in an archive of 1,000 rewrites only the pages that show it, and run
//! the browser check (tests/browser/site.mjs: the journey in headless Chromium, axe-core, the
//! Nu Html Checker, the feeds as XML).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::time::SystemTime;

#[allow(dead_code)]
use crate::common;
use common::{files, root, Project};

impl Project {
    /// The reference archive: 3 + 3 versions.
    fn reference() -> Project {
        let p = Project::new();
        p.ok(&["publish", "--date", "2023-01-15"]);
        // hitgen 2023-03-01: major (recipients), published four weeks ahead.
        p.edit("hitgen", |t| {
            t.replacen("updated 2021-04-26", "updated 2023-03-01", 1).replacen(
                "  section how-we-protect",
                "  recipient ad-partners {\n    kind advertising-partners\n    activities sharing\n    unconditional\n  }\n\n  section how-we-protect",
                1,
            )
        });
        let out = p.ok(&["publish", "--date", "2023-02-01"]);
        assert!(
            out.contains("hitgen 2023-03-01: major (recipients)"),
            "{out}"
        );
        // hitgen 2023-03-10: a better Chinese translation of one sentence, which the policy's
        // own changelog says in its words.
        p.edit("hitgen", |t| {
            t.replacen("updated 2023-03-01", "updated 2023-03-10", 1)
                .replacen("\"欢迎访问HitGen\"", "\"欢迎访问HitGen网站\"", 1)
                .replacen(
                    "  section how-we-protect",
                    "  changelog {\n    entry 2023-03-10 en \"The Chinese welcome line names the website.\"\n      zh-CN \"中文欢迎语写明了网站。\"\n  }\n\n  section how-we-protect",
                    1,
                )
        });
        p.ok(&["publish", "--date", "2023-03-10"]);
        // cienet 2023-03-05, effective 2023-06-01.
        p.edit("cienet", |t| {
            t.replacen(
                "updated 2023-01-01",
                "updated 2023-03-05\n  effective 2023-06-01",
                1,
            )
        });
        p.ok(&["publish", "--date", "2023-03-05"]);
        p
    }

    fn site(&self, out: &str, now: &str) -> PathBuf {
        let dir = self.path(out);
        let stdout = self.ok(&["site", "--out", out, "--now", now]);
        assert!(stdout.contains(&format!("site for {now}")), "{stdout}");
        dir
    }
}

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every `href="..."` and `src="..."` of a page.
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attr) {
            rest = &rest[at + attr.len()..];
            let end = rest.find('"').unwrap();
            out.push(rest[..end].replace("&amp;", "&"));
            rest = &rest[end..];
        }
    }
    out
}

/// The text of a page as a reader sees it: tags removed.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        out.push(' ');
        rest = rest[at..].find('>').map_or("", |end| &rest[at + end + 1..]);
    }
    out.push_str(rest);
    out
}

/// No public page shows what `policyc diff` shows the author: the review notes and element
/// paths of every change the site's diff pages are made from, rule ids, code type.
fn authors_view_is_not_public(p: &Project, site: &Path) {
    let mut notes = Vec::new();
    let mut paths = Vec::new();
    for (id, old, new) in [
        ("hitgen", "2021-04-26", "2023-03-01"),
        ("hitgen", "2023-03-01", "2023-03-10"),
        ("cienet", "2023-01-01", "2023-03-05"),
    ] {
        let json = p.ok(&[
            "diff",
            &format!("{id}@{old}"),
            &format!("{id}@{new}"),
            "--format",
            "json",
        ]);
        let diff: serde_json::Value = serde_json::from_str(&json).unwrap();
        for change in diff["changes"].as_array().unwrap() {
            paths.push(change["path"].as_str().unwrap().to_string());
            for note in change["notes"].as_array().into_iter().flatten() {
                notes.extend(note.as_object().unwrap().values().map(|v| v.to_string()));
            }
        }
    }
    assert!(
        !notes.is_empty() && paths.iter().any(|p| p.contains('/')),
        "{notes:?} {paths:?}"
    );
    let rule_ids = ["service-model", "risk-assessment", "rights-reduced"];
    for (rel, bytes) in files(site) {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        let text = visible(&html);
        assert!(!html.contains("<code"), "{rel} shows code");
        for note in &notes {
            let note = note.trim_matches('"');
            assert!(!text.contains(note), "{rel} shows the review note {note}");
        }
        for path in paths.iter().filter(|p| p.contains('/')) {
            assert!(!text.contains(path.as_str()), "{rel} shows the path {path}");
        }
        for id in rule_ids {
            assert!(!text.contains(id), "{rel} shows the rule id {id}");
        }
    }
}

#[test]
fn the_site_has_every_page_banners_that_follow_the_clock_and_working_links() {
    let p = Project::reference();
    let site = p.site("www", "2023-03-15");
    let all = files(&site);

    // Every version in both languages at its permanent address, a diff page for each but the
    // first, the current pages, changelogs, feeds, the home pages, 404, sitemap, favicon.
    for version in ["2021-04-26", "2023-03-01", "2023-03-10"] {
        for lang in ["en", "zh-CN"] {
            assert!(
                all.contains_key(&format!("hitgen/{version}/{lang}.html")),
                "{version} {lang}"
            );
            if version != "2021-04-26" {
                assert!(all.contains_key(&format!("hitgen/{version}/changes.{lang}.html")));
            }
        }
    }
    for rel in [
        "index.html",
        "index.zh-CN.html",
        "404.html",
        "sitemap.xml",
        "favicon.svg",
        "style.css",
        "site.css",
        "hitgen/en.html",
        "hitgen/zh-CN.html",
        "hitgen/changelog.en.html",
        "hitgen/changelog.zh-CN.html",
        "hitgen/feed.en.xml",
        "hitgen/feed.zh-CN.xml",
        "hitgen/versions.json",
        "cienet/2023-03-05/changes.en.html",
        "enterprise-china/2022-12-08/zh-CN.html",
    ] {
        assert!(all.contains_key(rel), "{rel} is missing");
    }

    // versions.json for consent tools: each version's content hash (the one `policyc receipt`
    // gives) and its pages' addresses.
    let index: serde_json::Value =
        serde_json::from_str(&read(&site, "hitgen/versions.json")).unwrap();
    let receipt: serde_json::Value =
        serde_json::from_str(&p.ok(&["receipt", "hitgen@2023-03-01"])).unwrap();
    let listed = &index["versions"][1];
    assert_eq!(listed["version"], "2023-03-01");
    assert_eq!(listed["sha256"], receipt["sha256"]);
    assert_eq!(listed["urls"], receipt["urls"]);
    assert_eq!(
        listed["urls"]["en"],
        "https://policies.example.com/hitgen/2023-03-01/en.html"
    );
    // Each version as JSON-LD with DPV, linked from its pages: what `model --format dpv` of the
    // archived version prints.
    assert_eq!(
        read(&site, "hitgen/2023-03-01/dpv.jsonld"),
        p.ok(&["model", "hitgen@2023-03-01", "--format", "dpv"])
    );
    assert!(read(&site, "hitgen/2023-03-01/en.html")
        .contains(r#"<link rel="alternate" type="application/ld+json" href="dpv.jsonld">"#));
    assert!(read(&site, "hitgen/zh-CN.html").contains(
        r#"<link rel="alternate" type="application/ld+json" href="2023-03-10/dpv.jsonld">"#
    ));

    // The current hitgen page: the latest version, with the notice of the major change two
    // weeks earlier (the version after it only fixed a translation) linking to its diff.
    let current = read(&site, "hitgen/en.html");
    assert!(
        current.contains("<dd>2023-03-10</dd>"),
        "the current page shows the latest version"
    );
    let banner = &current[current
        .find("data-notice=\"major\"")
        .expect("a major notice")..];
    let banner = &banner[..banner.find("</section>").unwrap()];
    assert!(banner.contains("advertising partners"), "{banner}");
    assert!(
        banner.contains("href=\"2023-03-01/changes.en.html\""),
        "{banner}"
    );
    assert!(read(&site, "hitgen/zh-CN.html").contains("data-notice=\"major\""));
    // The archived render is the page's content, byte for byte.
    let archived = p.ok(&[
        "show",
        "hitgen@2021-04-26",
        "--lang",
        "en",
        "--format",
        "html",
    ]);
    let old = read(&site, "hitgen/2021-04-26/en.html");
    let body = &archived[archived.find("<a class=\"skip\"").unwrap()..];
    assert!(
        old.ends_with(body),
        "the archived render is kept as it was published"
    );
    assert!(old.contains("data-notice=\"superseded\""));
    assert!(old.contains("<a href=\"../en.html\">Read the current version</a>"));
    // cienet: the version in effect announces the one that takes effect on June 1.
    let cienet = read(&site, "cienet/en.html");
    assert!(
        cienet.contains("data-notice=\"upcoming\""),
        "upcoming banner"
    );
    assert!(cienet.contains("June 1, 2023") && cienet.contains("href=\"2023-03-05/en.html\""));
    assert!(read(&site, "cienet/2023-03-05/en.html").contains("data-notice=\"upcoming\""));
    assert_eq!(
        all.iter()
            .filter(|(k, v)| k.ends_with(".html")
                && String::from_utf8_lossy(v).contains("data-notice=\"consent\""))
            .count(),
        0
    );

    // The changelog: every version with dates, severity, rules, summary and links.
    let log = read(&site, "hitgen/changelog.en.html");
    for needle in [
        "href=\"2023-03-01/en.html\"",
        "href=\"2023-03-01/changes.en.html\"",
        "severity-major",
        // What the major change is about, in the reader's words.
        "Key changes: who receives your data.",
        // A version without a subject: its changes counted. The new dates are no change of
        // their own (shown in the header of the diff).
        "2 editorial changes.",
        "<time datetime=\"2023-03-01\">March 1, 2023</time>",
        "until further notice",
        // The policy's own entry for the version, in the publisher's words.
        "In the publisher’s words: </strong>The Chinese welcome line names the website.",
    ] {
        assert!(log.contains(needle), "changelog lacks {needle}:\n{log}");
    }
    let log_zh = read(&site, "hitgen/changelog.zh-CN.html");
    assert!(
        log_zh.contains("发布者的说明：</strong>中文欢迎语写明了网站。"),
        "{log_zh}"
    );
    // The diff pages: what a reader needs to know, the subject in the reader's words, the
    // change; the translation fix as a word diff.
    let major = read(&site, "hitgen/2023-03-01/changes.en.html");
    for needle in [
        "Important change, effective March 1, 2023: what it means for you",
        "<dt>Who receives your data</dt><dd>The organisations we share your data with",
        "New recipient kind: advertising partners",
    ] {
        assert!(
            major.contains(needle),
            "the major diff page lacks {needle}:\n{major}"
        );
    }
    let major_zh = read(&site, "hitgen/2023-03-01/changes.zh-CN.html");
    assert!(
        major_zh.contains("<dt>谁会接收您的个人信息</dt>"),
        "{major_zh}"
    );
    authors_view_is_not_public(&p, &site);

    // Whose policy: the controller's name in titles, breadcrumbs, home cards and feeds, the
    // permanent address on paper, an index page in the policy's folder.
    let whose = "HitGen Inc. Privacy Policy";
    for rel in [
        "index.html",
        "hitgen/changelog.en.html",
        "hitgen/en.html",
        "hitgen/feed.en.xml",
    ] {
        assert!(
            read(&site, rel).contains(whose),
            "{rel} does not say {whose}"
        );
    }
    assert!(
        log.contains(&format!("<title>Versions and changes · {whose} · ")),
        "{log}"
    );
    assert!(
        read(&site, "hitgen/2023-03-10/en.html").contains(&format!(
            "<p class=\"print-only\">{whose} · Permanent address of this version: https://policies.example.com/hitgen/2023-03-10/en.html</p>"
        )),
        "the printout's permanent address"
    );
    let index = read(&site, "hitgen/index.html");
    assert!(
        index.contains("<html lang=\"en\"") && index.contains(whose),
        "{index}"
    );
    assert!(!read(&site, "sitemap.xml").contains("hitgen/index.html"));
    let fix = read(&site, "hitgen/2023-03-10/changes.zh-CN.html");
    assert!(
        fix.contains("<ins><span class=\"vh\">[新增：</span>网站<span class=\"vh\">]</span></ins>"),
        "{fix}"
    );

    // Feeds: Atom, one entry per version, the notice text for the major one.
    let feed: atom_syndication::Feed = read(&site, "hitgen/feed.en.xml").parse().unwrap();
    let ids: Vec<&str> = feed.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "https://policies.example.com/hitgen/2023-03-10/en.html",
            "https://policies.example.com/hitgen/2023-03-01/en.html",
            "https://policies.example.com/hitgen/2021-04-26/en.html"
        ]
    );
    let notice = feed.entries[1]
        .content
        .as_ref()
        .unwrap()
        .value
        .as_deref()
        .unwrap();
    assert!(
        notice.starts_with("Important changes to our Privacy Policy"),
        "{notice}"
    );
    // The translation fix: its summary is the policy's own changelog entry.
    let fix = &feed.entries[0];
    assert_eq!(
        fix.summary.as_ref().map(|s| s.value.as_str()),
        Some("The Chinese welcome line names the website.")
    );
    let text = fix
        .content
        .as_ref()
        .and_then(|c| c.value.as_deref())
        .unwrap();
    assert!(
        text.starts_with(
            "In the publisher’s words: The Chinese welcome line names the website.\n\n"
        ),
        "{text}"
    );
    // `feed_entries` keeps the newest versions only (the changelog lists them all).
    let toml = std::fs::read_to_string(p.path("site/site.toml")).unwrap();
    std::fs::write(
        p.path("site/site.toml"),
        toml.replacen("feed_entries = 50", "feed_entries = 2", 1),
    )
    .unwrap();
    let short = p.site("www-short", "2023-03-15");
    let feed: atom_syndication::Feed = read(&short, "hitgen/feed.en.xml").parse().unwrap();
    let ids: Vec<&str> = feed.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "https://policies.example.com/hitgen/2023-03-10/en.html",
            "https://policies.example.com/hitgen/2023-03-01/en.html",
        ]
    );
    assert!(read(&short, "hitgen/changelog.en.html").contains("id=\"v-2021-04-26\""));
    std::fs::write(p.path("site/site.toml"), toml).unwrap();
    let zh: atom_syndication::Feed = read(&site, "hitgen/feed.zh-CN.xml").parse().unwrap();
    assert_eq!(zh.lang.as_deref(), Some("zh-CN"));
    assert!(read(&site, "sitemap.xml")
        .contains("hreflang=\"zh-CN\" href=\"https://policies.example.com/hitgen/zh-CN.html\""));

    // Links: every relative link of every page (but the 404 page, whose links are absolute)
    // leads to a file of the site; only feeds, sitemap and 404 name the base URL.
    for (rel, bytes) in &all {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        assert!(
            !html.contains("<script"),
            "{rel}: the site needs no JavaScript"
        );
        let base = Path::new(rel).parent().unwrap();
        for link in links(&html) {
            if link.starts_with("https://policies.example.com/") {
                assert_eq!(rel, "404.html", "{rel} links to the base URL: {link}");
                continue;
            }
            if link.starts_with("mailto:")
                || link.starts_with('#')
                || link.starts_with("data:")
                || link.starts_with("http")
            {
                continue;
            }
            let target = link.split('#').next().unwrap();
            let joined = site.join(base).join(target);
            assert!(
                joined.is_file(),
                "{rel} links to {link}, which is not there"
            );
        }
    }

    // Same archive, same day: byte-identical output, even built from scratch.
    let again = p.site("again", "2023-03-15");
    assert!(files(&again) == all, "two builds for the same day differ");

    // Later: the notice period is over, cienet's new version is in effect.
    let later = p.site("later", "2023-07-01");
    let current = read(&later, "hitgen/en.html");
    assert!(
        !current.contains("data-notice=\"major\"") && !current.contains("data-notice=\"upcoming\"")
    );
    assert!(!read(&later, "cienet/en.html").contains("data-notice=\"upcoming\""));
    // The home page shows each policy's notices for the same days as its pages.
    let home = read(&site, "index.html");
    assert!(
        home.contains("data-notice=\"major\"")
            && home.contains("Key changes: who receives your data.")
            && home.contains("href=\"hitgen/2023-03-01/changes.en.html\""),
        "{home}"
    );
    assert!(!read(&later, "index.html").contains("data-notice=\"major\""));
    assert!(read(&later, "cienet/2023-01-01/en.html").contains("data-notice=\"superseded\""));
    // And the day the major version took effect it was announced; the day before, it was
    // upcoming on the version then in effect.
    let before = p.site("before", "2023-02-28");
    assert!(read(&before, "hitgen/en.html").contains("data-notice=\"upcoming\""));
    assert!(read(&before, "hitgen/en.html").contains("<dd>2021-04-26</dd>"));
}

/// A synthetic archive of `n` versions of one policy in English, each a small page; the
/// model of the last is a real one (the site reads titles from it).
fn synthetic(
    archive: &policyc::archive::Archive,
    from: usize,
    to: usize,
    versions: &mut Vec<serde_json::Value>,
) {
    let model = {
        let text = std::fs::read_to_string(root().join("policies/cienet.policy")).unwrap();
        policyc::check::check_source(&text, Some("cienet"))
            .policy
            .unwrap()
    };
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for i in from..to {
        let day = jiff::civil::date(2000, 1, 1)
            .checked_add(jiff::Span::new().days(i as i64))
            .unwrap();
        let v = day.to_string();
        let dir = format!("p/{v}");
        files.insert(
            format!("{dir}/en.html"),
            format!("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>P</title>\n</head>\n<body>\n<main><h1>P</h1><p>Version {v}</p></main>\n</body>\n</html>\n").into_bytes(),
        );
        let changes = serde_json::json!({
            "format": 1, "severity": "minor",
            "old": {"id": "p", "version": "x", "updated": "x"},
            "new": {"id": "p", "version": v, "updated": v},
            "languages": ["en"], "authoritative": "en",
            "counts": {"consent": 0, "major": 0, "minor": 1, "editorial": 0},
            "headline": {"en": "MINOR: 1 change to publish"},
            "changes": [{"severity": "minor", "rule": null, "kind": "changed", "path": "dates",
                         "summary": {"en": format!("Version data changed: {v}")}}],
        });
        files.insert(
            format!("{dir}/changes.json"),
            changes.to_string().into_bytes(),
        );
        let mut m = model.clone();
        m.id = "p".into();
        m.version = v.clone();
        m.languages = vec!["en".into()];
        files.insert(
            format!("{dir}/model.json"),
            policyc::model::to_json(&m).into_bytes(),
        );
        versions.push(serde_json::json!({
            "version": v, "released": v, "updated": v, "effective": v, "published": v,
            "severity": if i == 0 { "none" } else { "minor" }, "rules": [],
            "summary": {"en": format!("Version {v}.")}, "notice": false, "languages": ["en"],
        }));
    }
    files.insert(
        "p/versions.json".into(),
        serde_json::to_vec_pretty(versions).unwrap(),
    );
    let sig = git2::Signature::now("t", "t@example.com").unwrap();
    archive.commit(&files, "versions", &sig).unwrap();
}

fn times(dir: &Path) -> BTreeMap<String, SystemTime> {
    files(dir)
        .keys()
        .map(|k| {
            (
                k.clone(),
                std::fs::metadata(dir.join(k)).unwrap().modified().unwrap(),
            )
        })
        .collect()
}

#[test]
fn one_new_version_in_an_archive_of_a_thousand_rewrites_only_the_pages_that_show_it() {
    let p = Project::new();
    std::fs::write(
        p.path("site/site.toml"),
        "base_url = \"https://example.com/\"\nlanguages = [\"en\"]\n",
    )
    .unwrap();
    let archive = policyc::archive::Archive::open_or_create(&p.path("archive.git")).unwrap();
    let mut versions = Vec::new();
    synthetic(&archive, 0, 1000, &mut versions);
    let now = "2010-01-01";
    let out = p.ok(&["site", "--out", "www", "--now", now]);
    // 3,010 pages and the 20 pages of what changed since the versions before the current one
    // (compare_horizon's default).
    assert!(out.contains("3030 written, 0 unchanged"), "{out}");
    let site = p.path("www");
    let before = times(&site);

    // The same again: nothing is written.
    let out = p.ok(&["site", "--out", "www", "--now", now]);
    assert!(out.contains(": 0 written"), "{out}");
    assert_eq!(times(&site), before);

    // One more version.
    std::thread::sleep(std::time::Duration::from_millis(20));
    synthetic(&archive, 1000, 1001, &mut versions);
    let started = std::time::Instant::now();
    let out = p.ok(&["site", "--out", "www", "--now", now, "--verbose"]);
    let elapsed = started.elapsed();
    let after = times(&site);
    let rewritten: Vec<&String> = after
        .iter()
        .filter(|(k, t)| before.get(*k) != Some(t))
        .map(|(k, _)| k)
        .collect();
    let (new, previous) = ("2002-09-27", "2002-09-26");
    let day = |i: i64| {
        jiff::civil::date(2000, 1, 1)
            .checked_add(jiff::Span::new().days(i))
            .unwrap()
            .to_string()
    };
    // Against the new current version (1000): the pages of what changed since versions 980
    // to 999 (the one of 979 is removed, and its version page loses the link to it).
    let since = (980..1000).map(|i| format!("p/{}/since.en.html", day(i)));
    let expected = [
        "index.html".to_string(),
        "p/changelog.en.html".into(),
        "p/en.html".into(),
        "p/index.html".into(),
        "p/feed.en.xml".into(),
        "p/versions.json".into(),
        format!("p/{previous}/en.html"),
        format!("p/{new}/changes.en.html"),
        format!("p/{new}/dpv.jsonld"),
        format!("p/{new}/en.html"),
        "sitemap.xml".into(),
        format!("p/{}/en.html", day(979)),
    ];
    let mut rewritten: Vec<String> = rewritten.into_iter().cloned().collect();
    rewritten.sort();
    let mut expected: Vec<String> = expected.into_iter().chain(since).collect();
    expected.sort();
    assert_eq!(rewritten, expected, "{out}");
    assert!(!site.join(format!("p/{}/since.en.html", day(979))).exists());
    assert!(
        out.contains(&format!("{} written", expected.len())),
        "{out}"
    );
    eprintln!(
        "one new version in 1,001: {} files rewritten in {elapsed:?}",
        expected.len()
    );

    // A missing version among 1,001 names the newest few, not all of them.
    let (code, _, err) = p.run(&["diff", "p@nope", "p@latest"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("its newest versions are 2002-09-27, 2002-09-26")
            && err.contains("`policyc log p` lists all 1001"),
        "{err}"
    );

    // A file deleted by hand is made again; an unreadable manifest means a full build.
    std::fs::remove_file(site.join("p/2000-01-02/en.html")).unwrap();
    let out = p.ok(&["site", "--out", "www", "--now", now]);
    assert!(out.contains(": 1 written"), "{out}");
    std::fs::write(p.path("www.policyc-site.json"), "not json").unwrap();
    let out = p.ok(&["site", "--out", "www", "--now", now]);
    assert!(
        out.contains(": 0 written"),
        "a full build finds every file already right: {out}"
    );
}

/// The output folder is what to deploy: the manifest stays beside it, and a manifest an
/// earlier build left inside is read once and removed.
#[test]
fn the_manifest_stays_outside_the_deployed_folder() {
    let p = Project::reference();
    let out = p.ok(&["site", "--out", "www", "--now", "2023-03-15"]);
    assert!(
        out.contains(
            "deploy the folder www; its manifest, www.policyc-site.json, stays outside it"
        ),
        "{out}"
    );
    let manifest = p.path("www.policyc-site.json");
    assert!(manifest.is_file());
    assert!(!files(&p.path("www"))
        .keys()
        .any(|k| k.contains("policyc-site")));

    // As an earlier build left it: inside the folder. Nothing is rebuilt, and it is gone.
    std::fs::rename(&manifest, p.path("www/.policyc-site.json")).unwrap();
    let out = p.ok(&["site", "--out", "www", "--now", "2023-03-15"]);
    assert!(out.contains(": 0 written"), "{out}");
    assert!(manifest.is_file());
    assert!(!p.path("www/.policyc-site.json").exists());

    // Elsewhere, by choice; never inside the folder.
    let out = p.ok(&[
        "site",
        "--out",
        "www",
        "--now",
        "2023-03-15",
        "--manifest",
        "m.json",
    ]);
    assert!(out.contains("its manifest, m.json,"), "{out}");
    assert!(p.path("m.json").is_file());
    let out = p.ok(&[
        "site",
        "--out",
        "www",
        "--now",
        "2023-03-15",
        "--manifest",
        "m.json",
    ]);
    assert!(
        out.contains(": 0 written"),
        "its own manifest, read again: {out}"
    );
    for inside in [
        "www/m.json",
        "./www/m.json",
        "www/hitgen/../m.json",
        "www/.policyc-site.json",
    ] {
        let (code, _, err) = p.run(&[
            "site",
            "--out",
            "www",
            "--now",
            "2023-03-15",
            "--manifest",
            inside,
        ]);
        assert_eq!(code, 1, "{inside}: {err}");
        assert!(err.contains("is inside the output folder www"), "{err}");
    }
    assert!(!p.path("www/m.json").exists());
    // A file that is not a manifest is never overwritten.
    let toml = std::fs::read(p.path("site/site.toml")).unwrap();
    let (code, _, err) = p.run(&[
        "site",
        "--out",
        "www",
        "--now",
        "2023-03-15",
        "--manifest",
        "site/site.toml",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("is a file that is not a site manifest"),
        "{err}"
    );
    assert_eq!(std::fs::read(p.path("site/site.toml")).unwrap(), toml);
}

#[test]
fn the_site_refuses_what_it_cannot_build_and_says_why() {
    let p = Project::new();
    let (code, _, err) = p.run(&["site", "--out", "www"]);
    assert_eq!(code, 1);
    assert!(err.contains("publish creates it"), "{err}");
    p.ok(&["publish", "--date", "2023-01-15"]);
    let (code, _, err) = p.run(&["site", "--out", "www", "--now", "2023-13-01"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--now `2023-13-01` is not a date"), "{err}");
    std::fs::write(p.path("site/site.toml"), "title = \"x\"\n").unwrap();
    let (code, _, err) = p.run(&["site", "--out", "www", "--now", "2023-02-01"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("pass --base-url") && err.contains("set base_url in site.toml"),
        "{err}"
    );
    let (code, _, err) = p.run(&[
        "site",
        "--out",
        "www",
        "--now",
        "2023-02-01",
        "--base-url",
        "https://x.example/p",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        read(&p.path("www"), "sitemap.xml").contains("<loc>https://x.example/p/index.html</loc>")
    );
    std::fs::write(p.path("site/site.toml"), "banner_dayz = 3\n").unwrap();
    let (code, _, err) = p.run(&["site", "--out", "www"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("site.toml") && err.contains("banner_dayz"),
        "{err}"
    );
}

/// The browser check (tests/browser/site.mjs) on the reference site and on the same site
/// after the notice period. POLICYC_SCREENSHOTS=DIR keeps screenshots of each page type.
#[test]
fn the_site_passes_the_browser_journey_axe_and_the_nu_checker() {
    common::require_browser_tools();
    let browser = root().join("tests/browser");
    let p = Project::reference();
    let site = p.site("www", "2023-03-15");
    let later = p.site("later", "2023-07-01");
    let mut cmd = Process::new("node");
    cmd.arg(browser.join("site.mjs"))
        .arg("--site")
        .arg(&site)
        .arg("--past")
        .arg(&later)
        .args(["--policy", "hitgen"]);
    if let Some(dir) = std::env::var_os("POLICYC_SCREENSHOTS") {
        cmd.arg("--screenshots").arg(dir);
    }
    let out = cmd.output().expect("node runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{report}");
    assert!(report.contains(", 0 failed"), "{report}");
    assert!(
        report.contains("vnu: ") && report.contains("pages, no errors"),
        "{report}"
    );
    // axe on each kind of page (home, current, archived, superseded, changelog, diff, 404)
    // in each language, on both screens.
    let axe = |screen: &str| {
        report
            .lines()
            .filter(|l| l.starts_with("ok   axe ") && l.contains(&format!(" {screen} (")))
            .count()
    };
    eprintln!("axe: {} desktop, {} phone", axe("desktop"), axe("phone"));
    assert!(
        axe("desktop") >= 12 && axe("phone") == axe("desktop"),
        "{report}"
    );
}

/// The incremental build keeps a page without building its view when the inputs the view is
/// made from have not changed. Whatever happens between two builds (days pass, notices
/// begin and end, versions are published, a title or the site's configuration changes), the
/// incremental build must write exactly what a build from nothing writes, manifest included:
/// a kept page's key is the one a fresh build computes from its view, so an input the
/// planner forgot would show here as a different key.
#[test]
fn an_incremental_build_writes_what_a_build_from_nothing_writes() {
    let p = Project::reference();
    let mut step = 0;
    let mut same_as_fresh = |p: &Project, now: &str| {
        step += 1;
        p.ok(&["site", "--out", "inc", "--now", now]);
        let fresh = format!("fresh-{step}");
        p.ok(&["site", "--out", &fresh, "--now", now]);
        let (inc, fresh) = (files(&p.path("inc")), files(&p.path(&fresh)));
        assert_eq!(
            inc.keys().collect::<Vec<_>>(),
            fresh.keys().collect::<Vec<_>>(),
            "step {step} ({now}): the same files"
        );
        for (rel, bytes) in &inc {
            assert!(
                bytes == &fresh[rel],
                "step {step} ({now}): {rel} differs from a build from nothing"
            );
        }
    };
    // Before hitgen's major change takes effect (it is upcoming), then while its notice is
    // recent, then after it and cienet's upcoming version took effect, then long after.
    for now in [
        "2023-02-15",
        "2023-03-01",
        "2023-03-15",
        "2023-06-01",
        "2024-01-01",
    ] {
        same_as_fresh(&p, now);
    }
    // A new version that changes the title of cienet's pages in Chinese.
    p.edit("cienet", |t| {
        t.replacen("updated 2023-03-05", "updated 2024-02-01", 1)
            .replacen("  effective 2023-06-01\n", "", 1)
            .replacen("\"隐私声明\"", "\"隐私政策\"", 1)
    });
    p.ok(&["publish", "--date", "2024-02-01"]);
    same_as_fresh(&p, "2024-02-01");
    // Going back in time (a preview of an earlier day) and the site's name changing.
    same_as_fresh(&p, "2023-03-02");
    let toml = std::fs::read_to_string(p.path("site/site.toml")).unwrap();
    std::fs::write(
        p.path("site/site.toml"),
        toml.replacen("banner_days = 30", "banner_days = 7", 1),
    )
    .unwrap();
    same_as_fresh(&p, "2023-03-02");
    // Fewer pages of what changed since a version.
    let toml = std::fs::read_to_string(p.path("site/site.toml")).unwrap();
    std::fs::write(
        p.path("site/site.toml"),
        toml.replacen("compare_horizon = 20", "compare_horizon = 1", 1),
    )
    .unwrap();
    same_as_fresh(&p, "2024-03-01");
}

/// A reader of an archived version sees everything that changed since it, up to the version
/// in effect, on one page linked from that version's own page (issue 17, item 4).
#[test]
fn an_archived_version_links_to_what_changed_since_it() {
    let p = Project::reference();
    let site = p.site("www", "2023-03-15");
    let all = files(&site);
    // hitgen's current version is 2023-03-10: the two before it have a page in each language.
    for version in ["2021-04-26", "2023-03-01"] {
        for lang in ["en", "zh-CN"] {
            let page = format!("hitgen/{version}/{lang}.html");
            let since = format!("since.{lang}.html");
            assert!(
                all.contains_key(&format!("hitgen/{version}/{since}")),
                "{page}"
            );
            assert!(
                read(&site, &page).contains(&format!("href=\"{since}\"")),
                "{page} links to {since}"
            );
        }
    }
    // Nothing for the current version, nor for a policy whose later version is upcoming.
    assert!(!all.contains_key("hitgen/2023-03-10/since.en.html"));
    assert!(!all
        .keys()
        .any(|k| k.starts_with("cienet/") && k.contains("since")));

    // From the first version: the major change and the editorial one after it, classed by the
    // major; the new recipient's words in both languages.
    let en = visible(&read(&site, "hitgen/2021-04-26/since.en.html"));
    assert!(en.contains("What changed since version 2021-04-26"), "{en}");
    assert!(
        en.contains("compared with the version in effect today, 2023-03-10"),
        "{en}"
    );
    assert!(en.contains("2 versions were published since"), "{en}");
    // Dated by the major version (2023-03-01), not by the editorial one in effect now.
    assert!(
        en.contains("Important change, effective March 1, 2023"),
        "{en}"
    );
    assert!(en.contains("advertising partners"), "{en}");
    let raw = read(&site, "hitgen/2021-04-26/since.en.html");
    assert!(
        raw.contains("欢迎访问HitGen<ins>"),
        "the Chinese edit is there too: {raw}"
    );
    let zh = visible(&read(&site, "hitgen/2021-04-26/since.zh-CN.html"));
    assert!(zh.contains("自版本 2021-04-26 以来的变更内容"), "{zh}");
    assert!(zh.contains("广告合作伙伴"), "{zh}");
    // From the version before the current one: only the editorial edit.
    let last = visible(&read(&site, "hitgen/2023-03-01/since.en.html"));
    assert!(last.contains("One version was published since"), "{last}");
    assert!(!last.contains("advertising partners"), "{last}");
    assert!(!last.contains("Important change"), "{last}");
    authors_view_is_not_public(&p, &site);

    // compare_horizon counts the versions that get one: 1 keeps the newest, 0 none.
    let toml = std::fs::read_to_string(p.path("site/site.toml")).unwrap();
    for (horizon, kept) in [(1, vec!["2023-03-01"]), (0, vec![])] {
        std::fs::write(
            p.path("site/site.toml"),
            toml.replacen(
                "compare_horizon = 20",
                &format!("compare_horizon = {horizon}"),
                1,
            ),
        )
        .unwrap();
        let out = format!("www-{horizon}");
        let site = p.site(&out, "2023-03-15");
        let since: Vec<String> = files(&site)
            .into_keys()
            .filter(|k| k.starts_with("hitgen/") && k.ends_with("/since.en.html"))
            .collect();
        let expected: Vec<String> = kept
            .iter()
            .map(|v| format!("hitgen/{v}/since.en.html"))
            .collect();
        assert_eq!(since, expected, "compare_horizon = {horizon}");
        assert!(!read(&site, "hitgen/2021-04-26/en.html").contains("since.en.html"));
    }
}
