//! The semantic diff: every fixture pair of tests/diff classifies as tests/diff/cases.toml says;
//! the two acceptance edits of the reference policy hitgen; reviewed snapshots of the human,
//! JSON and Markdown outputs; the JSON of every fixture matches docs/diff.schema.json, which is
//! current; the command line's exit codes; and the laws: a policy diffed with itself, or with
//! its formatted source, is `none`, and two different models never are.

use std::collections::BTreeMap;
use std::path::Path;

use assert_cmd::Command;
use policyc::diff::{self, output, Diff, Rule, Severity};
use policyc::model::Policy;
use proptest::prelude::*;
use serde::Deserialize;
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn model_of(text: &str) -> Policy {
    let checked = policyc::check::check_source(text, None);
    assert!(!checked.has_errors(), "{:?}\n{text}", checked.diagnostics);
    checked.policy.expect("a model when there is no error")
}

fn format(text: &str) -> String {
    let (ast, _) = policyc::syntax::parse(text).expect("parses");
    policyc::syntax::fmt::format(&ast, text)
}

fn fixture(name: &str) -> Diff {
    let old = model_of(&read(&format!("tests/diff/{name}/old.policy")));
    let new = model_of(&read(&format!("tests/diff/{name}/new.policy")));
    diff::diff(&old, &new)
}

#[derive(Deserialize)]
struct Expected {
    about: String,
    severity: String,
    rule: Option<String>,
    path: Option<String>,
}

fn table() -> BTreeMap<String, Expected> {
    toml::from_str(&read("tests/diff/cases.toml")).expect("tests/diff/cases.toml is valid")
}

fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(Path::new(ROOT).join("tests/diff"))
        .unwrap()
        .filter_map(|e| {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            // real/ is the corpus of real revisions, scored by its own table test.
            (e.file_type().unwrap().is_dir() && name != "real").then_some(name)
        })
        .collect();
    names.sort();
    names
}

// ---------------------------------------------------------------------- the table

#[test]
fn every_fixture_pair_classifies_as_the_table_says() {
    let table = table();
    let names = fixture_names();
    assert_eq!(
        names,
        table.keys().cloned().collect::<Vec<_>>(),
        "every folder of tests/diff has a row in cases.toml and every row a folder"
    );
    let mut failures = Vec::new();
    for (name, expected) in &table {
        let d = fixture(name);
        let top: Vec<_> = d
            .changes
            .iter()
            .filter(|c| c.severity == d.severity)
            .collect();
        let matches = d.severity.id() == expected.severity
            && (expected.rule.is_none() && expected.path.is_none()
                || top.iter().any(|c| {
                    c.rule.map(Rule::id) == expected.rule.as_deref()
                        && expected.path.as_deref().is_none_or(|p| c.path == p)
                }));
        if !matches {
            let got: Vec<String> = d
                .changes
                .iter()
                .map(|c| {
                    format!(
                        "    {} {} {} {}",
                        c.severity.id(),
                        c.rule.map_or("-", Rule::id),
                        c.path,
                        c.summary["en"]
                    )
                })
                .collect();
            failures.push(format!(
                "{name} ({}): expected {} {} {}, got:\n{}",
                expected.about,
                expected.severity,
                expected.rule.as_deref().unwrap_or("-"),
                expected.path.as_deref().unwrap_or("-"),
                got.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_table_covers_every_rule_both_ways_and_every_reduction_of_rights() {
    let table = table();
    let has = |name: &str| assert!(table.contains_key(name), "no fixture `{name}`");
    // Every rule, a change under it added and removed.
    for stem in [
        "collection",
        "data-item",
        "purpose",
        "controller",
        "recipient",
        "transfer-destination",
        "right",
        "right-case",
        "right-channel",
        "contact",
        "high-risk-assessment",
        "scoped-response",
        "notice-scope",
        "promise",
        "recipient-name",
        "recipient-country",
        "recipient-items",
        "recipient-purposes",
        "recipient-url",
        "named-recipient",
        "controller-group",
        "joint-controller",
        "representative",
        "authority",
    ] {
        has(&format!("{stem}-added"));
        has(&format!("{stem}-removed"));
    }
    for rule in [
        "service-model",
        "ownership",
        "recipients",
        "rights",
        "contact",
        "risk-assessment",
    ] {
        assert!(
            table
                .values()
                .any(|e| e.severity == "major" && e.rule.as_deref() == Some(rule)),
            "no major fixture under {rule}"
        );
    }
    // Every reduction of rights the issue lists.
    for name in [
        "right-removed",
        "right-exception-added",
        "right-conditions-added",
        "right-channel-removed",
        "response-lengthened",
        "response-extendable",
        "response-working-days-to-days",
        "minors-age-lowered",
        "opt-out-removed",
        "cookie-opt-out-removed",
        "do-not-track-ignored",
        "consent-for-reduction-removed",
        "complaints-removed",
        "contact-phone-removed",
        // Issue 15: a response time for some rights, the change notice, negative promises.
        "scoped-response-removed",
        "scoped-response-narrowed",
        "scoped-response-lengthened",
        "notice-scope-removed",
        "notice-scope-narrowed",
        "notice-scope-fact-removed",
        "promise-removed",
        "promise-exception-added",
        "promise-items-narrowed",
        "promise-region-added",
    ] {
        has(name);
        assert_eq!(table[name].severity, "consent", "{name}");
        assert_eq!(
            table[name].rule.as_deref(),
            Some("rights-reduced"),
            "{name}"
        );
    }
    // Widening a right, changing a channel's address: major, not consent.
    for name in [
        "right-case-added",
        "right-conditions-removed",
        "right-channel-changed",
        "response-shortened",
        "scoped-response-widened",
        "notice-scope-widened",
        "promise-exception-removed",
        "promise-items-widened",
        "promise-region-removed",
    ] {
        assert_eq!(table[name].severity, "major", "{name}");
    }
    // The changelog describes changes; it is not one.
    for name in [
        "changelog-entry-added",
        "changelog-entry-removed",
        "changelog-reworded",
    ] {
        assert_eq!(table[name].severity, "editorial", "{name}");
    }
    for name in ["identical", "formatted", "reflow"] {
        assert_eq!(table[name].severity, "none", "{name}");
    }
}

#[test]
fn every_change_has_a_summary_in_every_language_and_a_rule_when_it_needs_one() {
    for name in fixture_names() {
        let d = fixture(&name);
        // The highest change's severity; a version whose only edits are its version and
        // dates is editorial with nothing listed.
        let dated = if d.old == d.new {
            Severity::None
        } else {
            Severity::Editorial
        };
        assert_eq!(
            d.severity,
            d.changes.iter().map(|c| c.severity).max().unwrap_or(dated),
            "{name}"
        );
        for c in &d.changes {
            for lang in &d.languages {
                assert!(
                    c.summary.get(lang).is_some_and(|s| !s.trim().is_empty()),
                    "{name}: {} has no {lang} summary",
                    c.path
                );
                assert!(
                    !c.summary[lang].contains('{'),
                    "{name}: unfilled {:?}",
                    c.summary
                );
                for note in &c.notes {
                    assert!(note.get(lang).is_some_and(|s| !s.is_empty()), "{name}");
                }
            }
            match c.severity {
                Severity::Major => assert!(
                    c.rule.is_some_and(|r| r != Rule::RightsReduced),
                    "{name}: {}",
                    c.path
                ),
                Severity::Consent => assert_eq!(c.rule, Some(Rule::RightsReduced), "{name}"),
                _ => assert_eq!(c.rule, None, "{name}: {}", c.path),
            }
        }
    }
}

// ---------------------------------------------------------------------- the acceptance edits

fn hitgen() -> String {
    read("policies/hitgen.policy")
}

/// hitgen with one more recipient, of a kind it does not share with yet.
fn hitgen_with_advertising_partners() -> String {
    let text = hitgen();
    let end = text.rfind('}').expect("the policy's closing brace");
    format!(
        "{}  recipient diff-test-advertisers {{\n    kind advertising-partners\n    activities sharing\n    unconditional\n  }}\n{}",
        &text[..end],
        &text[end..]
    )
}

/// The byte range of the block that starts at `start` (a statement with a `{ ... }` body),
/// braces inside strings and comments not counted.
fn block_at(text: &str, start: usize) -> std::ops::Range<usize> {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (0usize, start);
    let (mut in_string, mut in_comment) = (false, false);
    while i < bytes.len() {
        let c = bytes[i];
        if in_comment {
            in_comment = c != b'\n';
        } else if in_string {
            match c {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match c {
                b'"' => in_string = true,
                b'/' if bytes.get(i + 1) == Some(&b'/') => in_comment = true,
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        let end = text[i..].find('\n').map_or(text.len(), |n| i + n + 1);
                        return start..end;
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    panic!("unclosed block at {start}");
}

/// hitgen without its right of deletion.
fn hitgen_without_deletion() -> String {
    let text = hitgen();
    let start = text
        .find("right deletion {")
        .expect("hitgen declares `right deletion`");
    let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
    let range = block_at(&text, line_start);
    format!("{}{}", &text[..range.start], &text[range.end..])
}

#[test]
fn hitgen_with_a_new_recipient_kind_is_major_under_recipients() {
    let d = diff::diff(
        &model_of(&hitgen()),
        &model_of(&hitgen_with_advertising_partners()),
    );
    assert_eq!(d.severity, Severity::Major);
    assert_eq!(d.changes.len(), 1, "{:#?}", d.changes);
    let change = &d.changes[0];
    assert_eq!(change.rule, Some(Rule::Recipients));
    assert_eq!(change.path, "recipients/diff-test-advertisers");
    assert_eq!(
        change.summary["en"],
        "New recipient kind: advertising partners"
    );
    assert_eq!(change.summary["zh-CN"], "新增接收方类型：广告合作伙伴");
    insta::assert_snapshot!("hitgen-recipient-human-en", output::human(&d, "en", false));
    insta::assert_snapshot!(
        "hitgen-recipient-human-zh-CN",
        output::human(&d, "zh-CN", false)
    );
}

#[test]
fn hitgen_without_its_right_of_deletion_needs_consent() {
    let d = diff::diff(&model_of(&hitgen()), &model_of(&hitgen_without_deletion()));
    assert_eq!(d.severity, Severity::Consent);
    let change = d
        .changes
        .iter()
        .find(|c| c.path == "rights/deletion")
        .expect("the right of deletion is reported");
    assert_eq!(change.rule, Some(Rule::RightsReduced));
    assert_eq!(change.kind, diff::ChangeKind::Removed);
    assert_eq!(change.summary["en"], "Right removed: the right of deletion");
    assert_eq!(change.summary["zh-CN"], "取消权利：删除权");
    let location = change.location.as_ref().expect("where the right stood");
    assert_eq!(location.section, "delete");
    insta::assert_snapshot!("hitgen-deletion-human-en", output::human(&d, "en", false));
    insta::assert_snapshot!(
        "hitgen-deletion-human-zh-CN",
        output::human(&d, "zh-CN", false)
    );
}

// ---------------------------------------------------------------------- snapshots

#[test]
fn release_outputs() {
    let d = fixture("release");
    insta::assert_snapshot!("release-human-en", output::human(&d, "en", false));
    insta::assert_snapshot!("release-human-zh-CN", output::human(&d, "zh-CN", false));
    insta::assert_snapshot!("release-json", output::json(&d));
    insta::assert_snapshot!("release-markdown-en", output::markdown(&d, "en"));
    insta::assert_snapshot!("release-markdown-zh-CN", output::markdown(&d, "zh-CN"));
}

#[test]
fn small_outputs() {
    for name in [
        "identical",
        "contact-phone-removed",
        "translation-only",
        "section-moved-under",
    ] {
        let d = fixture(name);
        insta::assert_snapshot!(format!("{name}-human-en"), output::human(&d, "en", false));
        insta::assert_snapshot!(format!("{name}-json"), output::json(&d));
    }
}

#[test]
fn colour_is_added_only_when_asked_and_policy_text_is_escaped() {
    let d = fixture("release");
    let plain = output::human(&d, "en", false);
    let coloured = output::human(&d, "en", true);
    assert!(!plain.contains('\u{1b}'));
    assert!(coloured.contains("\u{1b}[1;31m"), "{coloured}");
    // Without the colour codes, the coloured output says the same.
    let stripped = coloured
        .split('\u{1b}')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                &part[part.find('m').unwrap() + 1..]
            }
        })
        .collect::<String>();
    assert_eq!(stripped, plain);
}

// ---------------------------------------------------------------------- JSON and its schema

#[test]
fn documented_schema_is_current() {
    assert_eq!(
        read("docs/diff.schema.json").trim_end(),
        output::schema_json(),
        "docs/diff.schema.json is stale: run `policyc diff --schema > docs/diff.schema.json`"
    );
}

/// The errors of `json` against docs/diff.schema.json, each with its JSON path (validated by
/// the jsonschema crate, draft 2020-12 as the schema declares).
fn schema_errors(json: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(&read("docs/diff.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema is valid");
    validator
        .iter_errors(json)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_schema_check_rejects_what_the_schema_forbids() {
    let mut json: Value = serde_json::from_str(&output::json(&fixture("release"))).unwrap();
    assert!(schema_errors(&json).is_empty());
    json["severity"] = "huge".into();
    json["changes"][0]["rule"] = "no-such-rule".into();
    json["changes"][1]
        .as_object_mut()
        .unwrap()
        .remove("summary");
    json["extra"] = 1.into();
    let errors = schema_errors(&json);
    assert_eq!(errors.len(), 4, "{errors:#?}");
}

fn policyc() -> Command {
    let mut cmd = Command::cargo_bin("policyc").unwrap();
    cmd.current_dir(ROOT).env("NO_COLOR", "1");
    cmd
}

fn run_diff(name: &str, extra: &[&str]) -> std::process::Output {
    policyc()
        .arg("diff")
        .arg(format!("tests/diff/{name}/old.policy"))
        .arg(format!("tests/diff/{name}/new.policy"))
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn json_of_every_fixture_matches_the_documented_schema() {
    for name in fixture_names() {
        let out = run_diff(&name, &["--format", "json"]);
        assert_eq!(out.status.code(), Some(0), "{name}");
        let json: Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{name}: not JSON: {e}"));
        let errors = schema_errors(&json);
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        // The JSON reads back into the types the schema is generated from, and says the same.
        let typed: output::JsonDiff = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(serde_json::to_value(&typed).unwrap(), json, "{name}");
        assert_eq!(
            json,
            serde_json::to_value(output::JsonDiff::new(&fixture(&name))).unwrap()
        );
    }
}

// ---------------------------------------------------------------------- the command line

#[test]
fn exit_codes() {
    let code = |name: &str, extra: &[&str]| run_diff(name, extra).status.code();
    assert_eq!(code("release", &[]), Some(0), "0 without --fail-on");
    assert_eq!(code("release", &["--fail-on", "major"]), Some(3));
    assert_eq!(code("release", &["--fail-on", "consent"]), Some(3));
    assert_eq!(code("recipient-added", &["--fail-on", "consent"]), Some(0));
    assert_eq!(code("recipient-added", &["--fail-on", "major"]), Some(3));
    assert_eq!(
        code("typo-in-rights-section", &["--fail-on", "minor"]),
        Some(0)
    );
    assert_eq!(
        code("typo-in-rights-section", &["--fail-on", "editorial"]),
        Some(3)
    );
    assert_eq!(code("identical", &["--fail-on", "editorial"]), Some(0));
}

#[test]
fn a_side_that_does_not_check_exits_1_with_its_diagnostics() {
    let out = policyc()
        .args([
            "diff",
            "tests/diff/base.policy",
            "tests/broken/bad-date.policy",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad-date"), "{stderr}");
    assert!(out.stdout.is_empty());
    // Both sides are reported, not only the first that fails.
    let out = policyc()
        .args([
            "diff",
            "tests/broken/bad-email.policy",
            "tests/broken/bad-date.policy",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad-email") && stderr.contains("bad-date"),
        "{stderr}"
    );
    let out = policyc()
        .args([
            "diff",
            "tests/diff/base.policy",
            "tests/diff/no-such.policy",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn usage_errors_exit_2() {
    let base = "tests/diff/base.policy";
    for args in [
        vec!["diff", base],
        vec!["diff", base, base, "--format", "yaml"],
        vec!["diff", base, base, "--fail-on", "none"],
        vec!["diff", base, base, "--lang", "fr"],
    ] {
        let out = policyc().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
}

#[test]
fn an_archived_version_without_an_archive_is_a_clear_error() {
    let out = policyc()
        .args([
            "diff",
            "tests/diff/base.policy",
            "acme@2024-03-01",
            "--archive",
            "no/such/archive.git",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no/such/archive.git is not a policyc archive"),
        "{err}"
    );
}

#[test]
fn lang_picks_the_language_of_the_output() {
    let out = run_diff("recipient-added", &[]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("MAJOR: 1 change needs prominent notice"),
        "{text}"
    );
    let out = run_diff("recipient-added", &["--lang", "zh-cn"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("重大变更：1项变更需显著通知"), "{text}");
    assert!(
        text.contains("新增接收方类型：广告合作伙伴（规则 recipients）"),
        "{text}"
    );
    let out = run_diff("recipient-added", &["--format", "markdown"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("### policyc diff: MAJOR"), "{text}");
}

/// Tables (issue 15, item 6): a reference cell whose fact changed is that fact's change only;
/// each change of a table is reported once, at its cell, row or table.
#[test]
fn table_changes_are_reported_once_where_they_happen() {
    let d = fixture("table-referenced-fact-changed");
    assert!(
        d.changes.iter().all(|c| !c.path.contains("table")),
        "{:#?}",
        d.changes
    );
    for (name, count) in [
        ("table-cell-reference-added", 1),
        ("table-cell-typo-added", 1),
        ("table-head-renamed-added", 1),
        ("table-row-added", 1),
        ("table-added", 1),
    ] {
        let d = fixture(name);
        assert_eq!(d.changes.len(), count, "{name}: {:#?}", d.changes);
    }
}

#[test]
fn output_is_plain_when_piped_even_without_no_color() {
    let out = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(ROOT)
        .env_remove("NO_COLOR")
        .args([
            "diff",
            "tests/diff/release/old.policy",
            "tests/diff/release/new.policy",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!out.stdout.contains(&0x1b));
}

#[test]
fn schema_flag_prints_the_documented_schema() {
    let out = policyc().args(["diff", "--schema"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim_end(),
        read("docs/diff.schema.json").trim_end()
    );
}

// ---------------------------------------------------------------------- laws

#[test]
fn reference_policies_diff_with_themselves_and_their_formatting_as_none() {
    for id in ["hitgen", "enterprise-china", "cienet"] {
        let text = read(&format!("policies/{id}.policy"));
        let policy = model_of(&text);
        let d = diff::diff(&policy, &policy);
        assert_eq!(d.severity, Severity::None, "{id}: {:#?}", d.changes);
        assert!(d.changes.is_empty());
        let formatted = model_of(&format(&text));
        assert_eq!(
            diff::diff(&policy, &formatted).severity,
            Severity::None,
            "{id}"
        );
    }
}

#[test]
fn the_diff_is_deterministic() {
    let d = fixture("release");
    for _ in 0..3 {
        assert_eq!(output::json(&fixture("release")), output::json(&d));
    }
}

/// A generated policy, its facts and prose drawn from small pools, written with random
/// layout (extra spaces and line breaks, comments, line breaks inside strings).
fn layout() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just(" "),
        Just("  "),
        Just("\n    "),
        Just(" // note\n  "),
        Just("\n\n")
    ]
}

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("we"),
            Just("keep"),
            Just("your"),
            Just("data"),
            Just("**rights**"),
            Just("{@info.email}"),
            Just("\n   ")
        ],
        1..6,
    )
    .prop_map(|w| format!("we {}", w.join(" ")))
}

fn zh() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("我们"),
            Just("保护"),
            Just("您的"),
            Just("信息"),
            Just("\n  ")
        ],
        1..5,
    )
    .prop_map(|w| format!("我们{}", w.join("")))
}

fn fact(i: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        (1u32..40).prop_map(move |n| format!(
            "right r{i} {{ kind access channels web-form, @info respond-within {n} working-days }}"
        )),
        Just(format!(
            "right d{i} {{ kind deletion channels @info when {{ case c{i} en \"if asked\" zh-CN \"如您要求\" }} }}"
        )),
        prop_oneof![Just("advertising-partners"), Just("affiliates"), Just("service-providers")]
            .prop_map(move |k| format!("recipient p{i} {{ kind {k} activities sharing unconditional }}")),
        prop_oneof![Just("name, email"), Just("phone"), Just("device-information")].prop_map(move |items| format!(
            "collect k{i} {{ items {items} source user necessity optional purposes marketing }}"
        )),
        (10u32..18).prop_map(move |n| format!("minors m{i} {{ age {n} parental-consent }}")),
        Just(format!("security s{i} {{ measures encryption }}")),
        Just(format!("transfer t{i} {{ to us basis consent }}")),
    ]
}

prop_compose! {
    fn para()(en in words(), zh in zh(), sp in layout()) -> String {
        format!("p{sp}en \"{en}\"{sp}zh-CN \"{zh}\"")
    }
}

prop_compose! {
    fn section(i: usize)(paras in prop::collection::vec(para(), 0..3), facts in prop::collection::vec(fact(i), 0..3), sp in layout()) -> String {
        // Fact ids are unique: the section index, the kind's letter, and the position.
        let facts: Vec<String> = facts
            .iter()
            .enumerate()
            .map(|(j, f)| f.replacen(&format!("{i} {{"), &format!("{i}x{j} {{"), 1))
            .collect();
        format!("section s{i}{sp}en \"Section {i}\" zh-CN \"第{i}节\" {{{sp}{}{sp}{}{sp}}}", paras.join(sp), facts.join(sp))
    }
}

prop_compose! {
    fn policy()(sections in (1usize..4).prop_flat_map(|n| (0..n).map(section).collect::<Vec<_>>()), sp in layout(), email in prop_oneof![Just("a@example.com"), Just("b@example.com")]) -> String {
        format!("// generated\npolicy gen {{{sp}title en \"T\" zh-CN \"标题\"{sp}languages en, zh-CN{sp}updated 2024-03-01{sp}numbering \"1.\", \"1.1\"{sp}contact info {{ email \"{email}\" }}{sp}{}{sp}}}\n", sections.join(sp))
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_generated_policy_diffs_with_itself_and_its_formatting_as_none(text in policy()) {
        let policy = model_of(&text);
        prop_assert_eq!(diff::diff(&policy, &policy).severity, Severity::None);
        let formatted = model_of(&format(&text));
        let d = diff::diff(&policy, &formatted);
        prop_assert!(d.changes.is_empty(), "{:#?}", d.changes);
    }

    #[test]
    fn two_generated_policies_diff_as_none_exactly_when_their_models_are_equal(a in policy(), b in policy()) {
        let (a, b) = (model_of(&a), model_of(&b));
        let d = diff::diff(&a, &b);
        prop_assert_eq!(d.changes.is_empty(), a == b, "{:#?}", d.changes);
        prop_assert_eq!(d.severity == Severity::None, a == b);
    }
}

/// The words that are evidence of a rule are highlighted in the word diff: between `⟦` and
/// `⟧` in plain text, bold and underlined on a terminal, `<b>` in Markdown; the text is
/// otherwise the same.
#[test]
fn prose_evidence_is_highlighted_in_the_word_diff() {
    let base = read("tests/diff/base.policy");
    let anchor = "    p en \"Words in bold tell you about legal consequences.\"";
    let edited = base.replacen(
        anchor,
        &format!(
            "    p en \"We may share your data with Example Analytics Ltd.\"\n        zh-CN \"我们可能与Example Analytics Ltd共享您的数据。\"\n{anchor}"
        ),
        1,
    );
    assert_ne!(base, edited);
    let d = diff::diff(&model_of(&base), &model_of(&edited));
    assert_eq!(
        d.severity,
        Severity::Major,
        "{}",
        output::human(&d, "en", false)
    );
    let plain = output::human(&d, "en", false);
    assert!(
        plain.contains("{+We may ⟦share⟧ your data with ⟦Example Analytics Ltd.⟧+}"),
        "{plain}"
    );
    assert!(
        plain.contains("{+我们可能与⟦Example Analytics Ltd⟧⟦共享⟧您的数据。+}"),
        "{plain}"
    );
    let coloured = output::human(&d, "en", true);
    assert!(
        coloured.contains("\u{1b}[32;1;4mshare\u{1b}[0m"),
        "{coloured}"
    );
    assert!(!coloured.contains('⟦'), "{coloured}");
    let md = output::markdown(&d, "en");
    assert!(
        md.contains("<ins>We may <b>share</b> your data with <b>Example Analytics Ltd.</b></ins>"),
        "{md}"
    );
}

// ---------------------------------------------------------------------- fresh consent

/// enterprise-china with one more recipient of sharing.
fn enterprise_china_with_a_new_recipient() -> String {
    let text = read("policies/enterprise-china.policy");
    let end = text.rfind('}').expect("the policy's closing brace");
    format!(
        "{}  recipient diff-test-advertisers {{\n    kind advertising-partners\n    activities sharing\n    unconditional\n  }}\n{}",
        &text[..end],
        &text[end..]
    )
}

#[test]
fn a_new_recipient_needs_fresh_consent_under_the_laws_of_the_policys_jurisdictions() {
    // enterprise-china: a jurisdiction for China selects PIPL (Art. 23).
    let d = diff::diff(
        &model_of(&read("policies/enterprise-china.policy")),
        &model_of(&enterprise_china_with_a_new_recipient()),
    );
    let json: Value = serde_json::from_str(&output::json(&d)).unwrap();
    let fresh = json["fresh-consent"]
        .as_array()
        .expect("a fresh-consent list");
    assert_eq!(fresh.len(), 1, "{json:#}");
    assert_eq!(fresh[0]["path"], "recipients/diff-test-advertisers");
    assert_eq!(fresh[0]["ground"], "new-recipient");
    assert_eq!(fresh[0]["reasons"].as_array().unwrap().len(), 1);
    assert_eq!(fresh[0]["reasons"][0]["law"], "pipl");
    let zh = fresh[0]["reasons"][0]["text"]["zh-CN"].as_str().unwrap();
    assert!(zh.starts_with("《个人信息保护法》第二十三条"), "{zh}");
    assert!(zh.contains("单独同意"), "{zh}");
    let en = fresh[0]["reasons"][0]["text"]["en"].as_str().unwrap();
    assert!(en.starts_with("PIPL Art. 23"), "{en}");
    assert!(
        schema_errors(&json).is_empty(),
        "{:?}",
        schema_errors(&json)
    );
    let md = output::markdown(&d, "zh-CN");
    assert!(
        md.contains("#### 须重新取得此前已同意用户的同意（1）"),
        "{md}"
    );

    // hitgen: its EEA/UK jurisdiction selects GDPR; California has no such rule.
    let d = diff::diff(
        &model_of(&hitgen()),
        &model_of(&hitgen_with_advertising_partners()),
    );
    let json: Value = serde_json::from_str(&output::json(&d)).unwrap();
    let reasons = json["fresh-consent"][0]["reasons"].as_array().unwrap();
    assert_eq!(reasons.len(), 1);
    assert_eq!(reasons[0]["law"], "gdpr");
    assert!(reasons[0]["text"]["en"]
        .as_str()
        .unwrap()
        .starts_with("GDPR Art. 13(1)(e)"));

    // A reduction of rights is listed with the policy's own reason, under no law.
    let d = diff::diff(&model_of(&hitgen()), &model_of(&hitgen_without_deletion()));
    let json: Value = serde_json::from_str(&output::json(&d)).unwrap();
    let fresh = json["fresh-consent"].as_array().unwrap();
    assert!(fresh.iter().any(|f| f["path"] == "rights/deletion"
        && f["ground"] == "rights-reduced"
        && f["reasons"][0].get("law").is_none()));
}

#[test]
fn what_goes_beyond_consent_is_a_fact_added_or_a_right_reduced_never_a_fact_removed() {
    for (name, listed) in [
        ("recipient-added", true),
        ("recipient-removed", false),
        ("purpose-added", true),
        ("purpose-removed", false),
        ("data-item-added", true),
        ("data-item-removed", false),
        ("collection-added", true),
        ("transfer-destination-added", true),
        ("transfer-destination-removed", false),
        ("contact-email-changed", false),
        // A reduction of rights is listed: users consented to the rights they had.
        ("contact-phone-removed", true),
    ] {
        let d = fixture(name);
        assert_eq!(
            output::fresh(&d).next().is_some(),
            listed,
            "{name}: {:?}",
            output::fresh(&d)
                .map(|(c, g)| (&c.path, g))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_notice_asks_again_for_consent_in_every_language() {
    let notice_text = |p: &Policy, d: &Diff, lang: &str| {
        policyc::publish::Notice::new(p, d, lang, &Default::default()).text()
    };
    let new = model_of(&enterprise_china_with_a_new_recipient());
    let d = diff::diff(&model_of(&read("policies/enterprise-china.policy")), &new);
    let zh = notice_text(&new, &d, "zh-CN");
    assert!(
        zh.contains("如您此前已同意本政策，以下变更须重新征得您的同意："),
        "{zh}"
    );
    assert!(zh.contains("《个人信息保护法》第二十三条"), "{zh}");
    let en = notice_text(&new, &d, "en");
    assert!(
        en.contains(
            "If you consented to this policy before, these changes need your consent again:"
        ),
        "{en}"
    );
    assert!(en.contains("PIPL Art. 23"), "{en}");
    // A change that goes beyond no consent asks for none.
    let d = fixture("recipient-removed");
    let text = notice_text(
        &model_of(&read("tests/diff/recipient-removed/new.policy")),
        &d,
        "en",
    );
    assert!(!text.contains("consent again"), "{text}");
}
