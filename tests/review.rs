//! Review decisions end to end (docs/diff.md, "Review decisions"): `policyc review` lists the
//! undecided prose-based changes and `--decide` records one in the policy's sidecar; `diff`
//! applies a decision while its key matches; `check` warns about one that matches nothing;
//! `publish` refuses an undecided prose-based major change until it is decided or
//! acknowledged, and the archive keeps every decision.

use std::process::Command as Process;

#[allow(dead_code)]
use crate::common;
use common::Project;

const SENTENCE: &str = "We may share your e-mail address with Example Analytics Ltd.";

/// hitgen dated 2021-05-10, with a paragraph naming a company in section (6): a major change
/// found only in prose.
fn add_paragraph(text: String) -> String {
    let text = text.replacen("updated 2021-04-26", "updated 2021-05-10", 1);
    let anchor = "      zh-CN@5d032c9c \"我们如何保护您的信息\" {\n";
    assert!(
        text.contains(anchor),
        "policies/hitgen.policy changed: update this test's anchor"
    );
    text.replacen(
        anchor,
        &format!("{anchor}    p en \"{SENTENCE}\" zh-CN \"我们可能与Example Analytics Ltd.共享您的电子邮件地址。\"\n"),
        1,
    )
}

/// A project whose archive holds hitgen 2021-04-26 and whose hitgen has the new paragraph.
fn project() -> Project {
    let p = Project::new();
    p.ok(&["publish", "--date", "2021-04-26"]);
    p.edit("hitgen", add_paragraph);
    p
}

fn git(p: &Project, args: &[&str]) -> String {
    let out = Process::new("git")
        .arg("--git-dir")
        .arg(p.path("archive.git"))
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const SIDES: [&str; 3] = ["review", "hitgen@latest", "policies/hitgen.policy"];

/// The review's JSON, and the key of its one undecided change.
fn listed(p: &Project) -> (serde_json::Value, String) {
    let out = p.ok(&[&SIDES[..], &["--format", "json"]].concat());
    let items: serde_json::Value = serde_json::from_str(&out).unwrap();
    let key = items[0]["key"].as_str().unwrap().to_string();
    (items, key)
}

fn decide(p: &Project, key: &str) -> String {
    p.ok(&[
        &SIDES[..],
        &[
            "--decide",
            key,
            "--as",
            "editorial",
            "--reason",
            "Example Analytics is our own brand",
            "--by",
            "Ada <ada@example.com>",
            "--date",
            "2021-05-09",
        ],
    ]
    .concat())
}

#[test]
fn review_lists_the_undecided_change_and_decide_records_it() {
    let p = project();
    let (items, key) = listed(&p);
    let items = items.as_array().unwrap();
    assert_eq!(items.len(), 1, "{items:?}");
    let item = &items[0];
    assert_eq!(item["severity"], "major");
    assert_eq!(item["path"], "section:how-we-protect/p[1]");
    assert_eq!(key.len(), 16);
    assert!(item["rules"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("recipients")));
    assert!(!item["evidence"].as_array().unwrap().is_empty());

    // For people: the summary, the evidence and the exact command.
    let human = p.ok(&SIDES);
    assert!(human.contains("MAJOR"), "{human}");
    assert!(human.contains("Example Analytics Ltd."), "{human}");
    assert!(human.contains("evidence: recipients"), "{human}");
    assert!(
        human.contains(&format!(
            "policyc review hitgen@latest policies/hitgen.policy --decide {key} --as editorial --reason"
        )),
        "{human}"
    );

    // Refusals: no reason, an unknown key, the key of nothing decidable.
    let (code, _, err) = p.run(&[&SIDES[..], &["--decide", &key, "--as", "editorial"]].concat());
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--decide needs a reason"), "{err}");
    let (code, _, err) = p.run(
        &[
            &SIDES[..],
            &[
                "--decide",
                "0000000000000000",
                "--as",
                "minor",
                "--reason",
                "x",
            ],
        ]
        .concat(),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("no change"), "{err}");
    assert!(!p.path("policies/hitgen.decisions.toml").exists());

    let out = decide(&p, &key);
    assert!(out.contains("major → editorial"), "{out}");
    let sidecar = std::fs::read_to_string(p.path("policies/hitgen.decisions.toml")).unwrap();
    for part in [
        &format!("key = \"{key}\""),
        "severity = \"editorial\"",
        "reason = \"Example Analytics is our own brand\"",
        "by = \"Ada <ada@example.com>\"",
        "date = \"2021-05-09\"",
        "path = \"section:how-we-protect/p[1]\"",
    ] {
        assert!(sidecar.contains(part), "{part} in:\n{sidecar}");
    }
    // Decided: nothing is left to review; deciding again replaces, never duplicates.
    assert_eq!(listed_len(&p), 0);
    decide(&p, &key);
    let again = std::fs::read_to_string(p.path("policies/hitgen.decisions.toml")).unwrap();
    assert_eq!(again, sidecar);
}

fn listed_len(p: &Project) -> usize {
    let out = p.ok(&[&SIDES[..], &["--format", "json"]].concat());
    let items: serde_json::Value = serde_json::from_str(&out).unwrap();
    items.as_array().unwrap().len()
}

#[test]
fn diff_applies_a_matching_decision_and_ignores_a_voided_one_which_check_reports() {
    let p = project();
    let (_, key) = listed(&p);
    decide(&p, &key);
    let json: serde_json::Value = serde_json::from_str(&p.ok(&[
        "diff",
        "hitgen@latest",
        "policies/hitgen.policy",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["severity"], "editorial", "{json:#}");
    let decided = &json["changes"][0];
    assert_eq!(decided["key"], key.as_str());
    assert_eq!(decided["decision"]["severity"], "editorial");
    assert_eq!(decided["decision"]["was"], "major");
    assert_eq!(decided["decision"]["by"], "Ada <ada@example.com>");
    assert_eq!(decided["decision"]["date"], "2021-05-09");
    assert_eq!(decided["decision"]["key"], key.as_str());
    assert_eq!(decided["rule"], serde_json::Value::Null);
    let human = p.ok(&["diff", "hitgen@latest", "policies/hitgen.policy"]);
    assert!(
        human
            .contains("decided editorial by Ada <ada@example.com> on 2021-05-09 (was major, rule "),
        "{human}"
    );
    let markdown = p.ok(&[
        "diff",
        "hitgen@latest",
        "policies/hitgen.policy",
        "--format",
        "markdown",
    ]);
    assert!(markdown.contains("decided editorial by Ada"), "{markdown}");
    let (code, _, err) = p.run(&["check", "policies/hitgen.policy"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("dangling-decision"), "{err}");

    // A later edit of the text voids the decision: major again, and check says so.
    p.edit("hitgen", |t| {
        t.replace("Example Analytics", "Example Metrics")
    });
    let json: serde_json::Value = serde_json::from_str(&p.ok(&[
        "diff",
        "hitgen@latest",
        "policies/hitgen.policy",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["severity"], "major", "{json:#}");
    assert!(json["changes"][0].get("decision").is_none());
    let (code, _, err) = p.run(&["check", "policies/hitgen.policy"]);
    assert_eq!(code, 0, "a dangling decision is a warning: {err}");
    assert!(err.contains("[dangling-decision]"), "{err}");
    assert!(err.contains("hitgen.decisions.toml:5:7"), "{err}");
    assert!(err.contains(&key), "{err}");
}

#[test]
fn a_decision_never_lowers_a_fact_based_change() {
    let p = project();
    let (_, key) = listed(&p);
    decide(&p, &key);
    // Also a new kind of recipient, declared as a fact.
    p.edit("hitgen", |t| {
        t.replacen(
            "  section how-we-protect",
            "  recipient ad-partners {\n    kind advertising-partners\n    activities sharing\n    unconditional\n  }\n\n  section how-we-protect",
            1,
        )
    });
    let (code, _, err) = p.run(
        &[
            &SIDES[..],
            &[
                "--decide",
                "recipients/ad-partners",
                "--as",
                "editorial",
                "--reason",
                "x",
            ],
        ]
        .concat(),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("never decided away"), "{err}");
    let json: serde_json::Value = serde_json::from_str(&p.ok(&[
        "diff",
        "hitgen@latest",
        "policies/hitgen.policy",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["severity"], "major");
    let changes = json["changes"].as_array().unwrap();
    let fact = changes
        .iter()
        .find(|c| c["path"] == "recipients/ad-partners")
        .unwrap();
    assert_eq!(fact["severity"], "major");
    assert_eq!(fact["basis"], "fact");
    assert!(fact.get("decision").is_none() && fact.get("key").is_none());
    // The prose change is still decided.
    assert!(changes
        .iter()
        .any(|c| c["key"] == key.as_str() && c["severity"] == "editorial"));
}

#[test]
fn publish_refuses_an_undecided_prose_major_change_then_publishes_it_decided() {
    let p = project();
    let main = git(&p, &["rev-parse", "main"]);
    let (code, out, err) = p.run(&["publish", "--date", "2021-05-10"]);
    assert_eq!(code, 1, "{out}{err}");
    let (_, key) = listed(&p);
    for part in [
        "hitgen: REFUSED",
        "section:how-we-protect/p[1]",
        &format!("key {key}"),
        "rule recipients",
        SENTENCE,
        &format!("policyc review hitgen@latest policies/hitgen.policy --decide {key} --as editorial --reason"),
        "--acknowledge-major",
    ] {
        assert!(out.contains(part), "{part} in:\n{out}");
    }
    assert_eq!(
        git(&p, &["rev-parse", "main"]),
        main,
        "the archive did not move"
    );

    decide(&p, &key);
    let out = p.ok(&["publish", "--date", "2021-05-10"]);
    assert!(out.contains("hitgen 2021-05-10: editorial"), "{out}");
    let changes: serde_json::Value =
        serde_json::from_str(&git(&p, &["show", "main:hitgen/2021-05-10/changes.json"])).unwrap();
    assert_eq!(changes["severity"], "editorial");
    assert_eq!(changes["changes"][0]["decision"]["key"], key.as_str());
    assert_eq!(
        changes["changes"][0]["decision"]["reason"],
        "Example Analytics is our own brand"
    );
    let body = git(&p, &["log", "-1", "--format=%B", "main"]);
    assert!(
        body.contains(&format!(
            "decided editorial (was major [recipients]) by Ada <ada@example.com> on 2021-05-09: hitgen section:how-we-protect/p[1] (key {key}): Example Analytics is our own brand"
        )),
        "{body}"
    );
    let archived = git(&p, &["show", "main:hitgen/2021-05-10/decisions.toml"]);
    assert!(archived.contains(&key), "{archived}");
    // The version published before decisions existed reads as before; the decided one
    // diffs with its archived decisions.
    p.ok(&["show", "hitgen@2021-04-26", "--format", "source"]);
    let json: serde_json::Value = serde_json::from_str(&p.ok(&[
        "diff",
        "hitgen@2021-04-26",
        "hitgen@2021-05-10",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["severity"], "editorial");
    assert!(!p.path("archive.git/refs/heads/main.lock").exists());
}

#[test]
fn acknowledge_major_publishes_it_as_major_with_its_notice() {
    let p = project();
    let out = p.ok(&["publish", "--date", "2021-05-10", "--acknowledge-major"]);
    assert!(out.contains("hitgen 2021-05-10: major"), "{out}");
    let versions: serde_json::Value =
        serde_json::from_str(&p.ok(&["log", "hitgen", "--format", "json"])).unwrap();
    assert_eq!(versions[0]["severity"], "major");
    assert_eq!(versions[0]["notice"], true);
    assert_eq!(versions[0]["acknowledged-major"], true, "{versions:#}");
    let notice = git(&p, &["show", "main:hitgen/2021-05-10/notice.en.txt"]);
    assert!(notice.contains("Example Analytics Ltd."), "{notice}");
    let tree = git(&p, &["ls-tree", "--name-only", "main:hitgen/2021-05-10"]);
    assert!(!tree.contains("decisions.toml"), "{tree}");
}
