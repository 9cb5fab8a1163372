//! Translators' files (`policyc i18n export` / `import`, docs/translators.md): round trips of
//! both formats on the reference policies, a translator's edit, stale and changed units,
//! placeholders, hostile text, broken files, and `i18n confirm`'s report.
//!
//! Every exported file passes the formats' own validators: `msgfmt --check` (Debian package
//! `gettext`) for PO, and `xmllint --schema` (package `libxml2-utils`) against the OASIS
//! XLIFF 2.0 core schema for XLIFF (see tests/i18n_files/README.md for where the schema is
//! looked for). A missing validator fails the test, saying what to install.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{root, Project};

const IDS: [&str; 3] = ["hitgen", "enterprise-china", "cienet"];

fn tool(name: &str, package: &str) -> PathBuf {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    });
    found.unwrap_or_else(|| {
        panic!("`{name}` is not installed: apt-get install -y {package} (.ci/run installs it)")
    })
}

/// The schemas an exported XLIFF file must satisfy: the XLIFF 2.0 core structure written for
/// these tests from the OASIS specification (tests/i18n_files/xliff-2.0-core-subset.xsd),
/// and the OASIS schema file itself when a folder holds it (`POLICYC_XLIFF_SCHEMA_DIR`, else
/// tests/i18n_files/xliff-2.0; see README.md for why it is not in the repository).
fn schemas() -> Vec<PathBuf> {
    let oasis = std::env::var_os("POLICYC_XLIFF_SCHEMA_DIR")
        .map(PathBuf::from)
        .into_iter()
        .chain([root().join("tests/i18n_files/xliff-2.0")])
        .map(|dir| dir.join("xliff_core_2.0.xsd"))
        .find(|p| p.is_file());
    std::iter::once(root().join("tests/i18n_files/xliff-2.0-core-subset.xsd"))
        .chain(oasis)
        .collect()
}

fn msgfmt_check(path: &Path) {
    let out = Command::new(tool("msgfmt", "gettext"))
        .args(["--check", "-o", "/dev/null"])
        .arg(path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.is_empty(),
        "msgfmt --check {}:\n{stderr}",
        path.display()
    );
}

fn xliff_valid(path: &Path) {
    for schema in schemas() {
        let out = Command::new(tool("xmllint", "libxml2-utils"))
            .args(["--noout", "--nonet", "--schema"])
            .arg(&schema)
            .arg(path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "xmllint --schema {} {}:\n{}",
            schema.display(),
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Exports `id` in `format` to `<id>.<format>` in the project, validates it and returns its
/// text.
fn export(project: &Project, id: &str, format: &str) -> String {
    let file = format!("{id}.{format}");
    project.ok(&[
        "i18n",
        "export",
        "--lang",
        "zh-CN",
        "--format",
        format,
        "--out",
        &file,
        &format!("policies/{id}.policy"),
    ]);
    let path = project.path(&file);
    match format {
        "po" => msgfmt_check(&path),
        _ => xliff_valid(&path),
    }
    std::fs::read_to_string(path).unwrap()
}

fn write(project: &Project, name: &str, text: &str) {
    std::fs::write(project.path(name), text).unwrap();
}

fn policy(project: &Project, id: &str) -> String {
    std::fs::read_to_string(project.path(&format!("policies/{id}.policy"))).unwrap()
}

/// The entry of unit `id` in a PO file: from its first comment to the blank line after it.
fn po_entry<'a>(po: &'a str, id: &str) -> &'a str {
    let ctxt = format!("msgctxt \"{id}\"\n");
    let at = po.find(&ctxt).unwrap_or_else(|| panic!("no unit {id}"));
    let start = po[..at].rfind("\n\n").map_or(0, |i| i + 2);
    let end = po[at..].find("\n\n").map_or(po.len(), |i| at + i + 1);
    &po[start..end]
}

/// The `<unit>` of `id` in an XLIFF file.
fn xliff_unit<'a>(xliff: &'a str, id: &str) -> &'a str {
    let open = format!("<unit id=\"{id}\">");
    let at = xliff.find(&open).unwrap_or_else(|| panic!("no unit {id}"));
    let end = at + xliff[at..].find("</unit>").unwrap() + "</unit>".len();
    &xliff[at..end]
}

#[test]
fn round_trips_of_both_formats_change_nothing_and_validate() {
    let project = Project::new();
    for id in IDS {
        let before = policy(&project, id);
        for format in ["po", "xliff"] {
            let text = export(&project, id, format);
            assert!(text.contains("zh-CN"), "{text}");
            // The same export twice is the same file.
            let again = project.ok(&[
                "i18n",
                "export",
                "--lang",
                "zh-CN",
                "--format",
                format,
                &format!("policies/{id}.policy"),
            ]);
            assert_eq!(
                again, text,
                "{id}.{format}: standard output is --out's text"
            );
            let (code, out, err) = project.run(&["i18n", "import", &format!("{id}.{format}")]);
            assert_eq!(code, 0, "{id}.{format}: {out}{err}");
            assert_eq!(
                policy(&project, id),
                before,
                "{id}.{format}: byte-identical"
            );
        }
    }
}

#[test]
fn the_xliff_schema_refuses_what_the_specification_does_not_allow() {
    let project = Project::new();
    let text = export(&project, "cienet", "xliff");
    for (what, bad) in [
        (
            "a state outside the four",
            text.replacen("state=\"final\"", "state=\"done\"", 1),
        ),
        (
            "a unit without an id",
            text.replacen("<unit id=\"title\">", "<unit>", 1),
        ),
        (
            "a target before its source",
            text.replacen(
                "<source>Privacy Notice</source>\n        <target>隐私声明</target>",
                "<target>隐私声明</target>\n        <source>Privacy Notice</source>",
                1,
            ),
        ),
    ] {
        assert_ne!(bad, text, "{what}: the edit applies");
        write(&project, "bad.xliff", &bad);
        let out = Command::new(tool("xmllint", "libxml2-utils"))
            .args(["--noout", "--nonet", "--schema"])
            .arg(&schemas()[0])
            .arg(project.path("bad.xliff"))
            .output()
            .unwrap();
        assert!(!out.status.success(), "{what} validates");
    }
}

/// cienet with the English of its second paragraph reworded: its translation is stale.
fn reworded(project: &Project) {
    project.edit("cienet", |t| {
        t.replace(
            "We may collect some personal information in our business",
            "We may collect some personal information in the course of our business",
        )
    });
}

#[test]
fn a_stale_unit_exports_as_fuzzy_and_as_initial_stale() {
    let project = Project::new();
    reworded(&project);
    let po = export(&project, "cienet", "po");
    let entry = po_entry(&po, "p2");
    assert!(entry.contains("#, fuzzy\n"), "{entry}");
    assert!(!po_entry(&po, "p1").contains("fuzzy"), "{po}");
    let xliff = export(&project, "cienet", "xliff");
    let unit = xliff_unit(&xliff, "p2");
    assert!(
        unit.contains("<segment state=\"initial\" subState=\"policyc:stale\">"),
        "{unit}"
    );
    assert!(xliff_unit(&xliff, "p1").contains("<segment state=\"final\">"));
    // The status names the unit.
    let (code, out, _) = project.run(&["i18n", "status", "policies/cienet.policy"]);
    assert_eq!(code, 1);
    assert!(out.contains("[p2]"), "{out}");
}

/// The source after the translator's work must be the source before with exactly the unit's
/// string and hash replaced.
fn assert_only_unit_changed(before: &str, after: &str, old: (&str, &str), new: (&str, &str)) {
    let expected = before.replacen(old.0, new.0, 1).replacen(old.1, new.1, 1);
    assert_ne!(expected, before, "the anchors are in the policy");
    assert_eq!(after, expected);
}

const P2_ZH: &str = "\"我们在业务和管理过程中可能会收集部分个人信息。\n        我们充分认识到公司负有维护个人信息安全的责任，并决定采取措施对个人信息加以保护。\"";
const P2_NEW: &str = "我们在开展业务和管理的过程中可能会收集部分个人信息。我们充分认识到公司负有维护个人信息安全的责任，并决定采取措施对个人信息加以保护。";

#[test]
fn a_translators_edit_of_one_po_unit_imports_and_confirms_that_unit_only() {
    let project = Project::new();
    reworded(&project);
    let before = policy(&project, "cienet");
    let po = export(&project, "cienet", "po");
    let entry = po_entry(&po, "p2");
    let msgstr = entry.find("msgstr \"").unwrap();
    let edited_entry = format!(
        "{}msgstr \"{P2_NEW}\"\n",
        entry[..msgstr].replace("#, fuzzy\n", "")
    );
    let edited = po.replace(entry, &edited_entry);
    write(&project, "cienet.po", &edited);
    let (code, out, err) = project.run(&["i18n", "import", "cienet.po"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("updated p2 (zh-CN)"), "{out}");
    assert!(out.contains("confirmed p2 (zh-CN)"), "{out}");
    assert_eq!(out.lines().count(), 2, "{out}");
    let after = policy(&project, "cienet");
    let hash = after
        .split("zh-CN@")
        .nth(
            1 + before[..before.find(P2_ZH).unwrap()]
                .matches("zh-CN@")
                .count()
                - 1,
        )
        .map(|s| &s[..8])
        .unwrap()
        .to_string();
    assert_only_unit_changed(
        &before,
        &after,
        ("zh-CN@5ab6847e", P2_ZH),
        (&format!("zh-CN@{hash}"), &format!("\"{P2_NEW}\"")),
    );
    // Now current and checked.
    project.ok(&["check", "policies/cienet.policy"]);
    let (code, _, _) = project.run(&["i18n", "status", "policies/cienet.policy"]);
    assert_eq!(code, 0);
}

#[test]
fn a_translators_edit_of_one_xliff_unit_imports_and_confirms_that_unit_only() {
    let project = Project::new();
    reworded(&project);
    let before = policy(&project, "cienet");
    let xliff = export(&project, "cienet", "xliff");
    let unit = xliff_unit(&xliff, "p2");
    let target = unit.find("<target>").unwrap();
    let end = unit.find("</target>").unwrap();
    let edited_unit = format!("{}<target>{P2_NEW}{}", &unit[..target], &unit[end..]).replace(
        "state=\"initial\" subState=\"policyc:stale\"",
        "state=\"translated\"",
    );
    write(&project, "cienet.xliff", &xliff.replace(unit, &edited_unit));
    xliff_valid(&project.path("cienet.xliff"));
    let (code, out, err) = project.run(&["i18n", "import", "cienet.xliff"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out, "updated p2 (zh-CN)\nconfirmed p2 (zh-CN)\n");
    let after = policy(&project, "cienet");
    assert!(after.contains(&format!("\"{P2_NEW}\"")));
    assert_eq!(
        before.lines().count() - 1,
        after.lines().count(),
        "the two-line string became one line; nothing else moved"
    );
    project.ok(&[
        "check",
        "--deny",
        "stale-translation",
        "policies/cienet.policy",
    ]);
}

#[test]
fn a_file_exported_before_an_english_edit_reports_that_unit_and_applies_the_others() {
    let project = Project::new();
    let po = export(&project, "cienet", "po");
    reworded(&project);
    // The translator edits p2 (changed since) and p3 (unchanged).
    let p3 = po_entry(&po, "p3");
    let p3_new = p3.replace("确保个人信息安全。", "以确保个人信息安全。");
    let p2 = po_entry(&po, "p2");
    let p2_new = p2.replace("可能会收集", "或会收集");
    write(
        &project,
        "cienet.po",
        &po.replace(p3, &p3_new).replace(p2, &p2_new),
    );
    let (code, out, err) = project.run(&["i18n", "import", "cienet.po"]);
    assert_eq!(code, 1, "not everything was applied: {out}{err}");
    assert!(err.contains("unit `p2` changed since the export"), "{err}");
    assert!(
        err.contains("in the course of our business"),
        "the new text: {err}"
    );
    assert!(out.contains("updated p3 (zh-CN)"), "{out}");
    let after = policy(&project, "cienet");
    assert!(after.contains("以确保个人信息安全。"));
    assert!(!after.contains("或会收集"));
}

#[test]
fn broken_placeholders_are_refused_with_the_unit_named() {
    let project = Project::new();
    let before = policy(&project, "cienet");
    let po = export(&project, "cienet", "po");
    let entry = po_entry(&po, "cienet.text");
    let broken = entry.replace(
        "本声明将介绍{@cienet.name}的",
        "本声明将介绍{@cienet.nam}的",
    );
    assert_ne!(broken, entry);
    write(&project, "cienet.po", &po.replace(entry, &broken));
    let (code, _, err) = project.run(&["i18n", "import", "cienet.po"]);
    assert_eq!(code, 1);
    assert!(err.contains("unit `cienet.text` not applied"), "{err}");
    assert!(err.contains("lacks `{@cienet.name}`"), "{err}");
    assert_eq!(policy(&project, "cienet"), before);

    // XLIFF: a dropped placeholder, and one the source does not have.
    let xliff = export(&project, "cienet", "xliff");
    let unit = xliff_unit(&xliff, "cienet.text");
    let target = &unit[unit.find("<target>").unwrap()..];
    let ph_start = target.find("<ph ").unwrap();
    let ph_end = ph_start + target[ph_start..].find("/>").unwrap() + 2;
    let dropped = unit.replace(
        target,
        &format!("{}{}", &target[..ph_start], &target[ph_end..]),
    );
    write(&project, "cienet.xliff", &xliff.replace(unit, &dropped));
    let (code, _, err) = project.run(&["i18n", "import", "cienet.xliff"]);
    assert_eq!(code, 1);
    assert!(err.contains("unit `cienet.text` not applied"), "{err}");
    let foreign = unit.replace(target, &target.replacen("id=\"1\"", "id=\"7\"", 1));
    write(&project, "cienet.xliff", &xliff.replace(unit, &foreign));
    let (code, _, err) = project.run(&["i18n", "import", "cienet.xliff"]);
    assert_eq!(code, 1);
    assert!(err.contains("the source has no code `7`"), "{err}");
    assert_eq!(policy(&project, "cienet"), before);
}

#[test]
fn hostile_text_is_escaped_in_xliff_and_po() {
    let project = Project::new();
    project.edit("cienet", |t| {
        t.replace(
            "\"We may collect some personal information in our business",
            "\"We <script>alert(1)</script> & \\\"quote\\\" \u{202e}evil\u{202c} may collect some personal information in our business",
        )
    });
    let xliff = export(&project, "cienet", "xliff");
    let unit = xliff_unit(&xliff, "p2");
    assert!(
        unit.contains("We &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quote&quot; &#x202E;evil&#x202C; may"),
        "{unit}"
    );
    assert!(!xliff.contains('\u{202e}'));
    let po = export(&project, "cienet", "po");
    assert!(po_entry(&po, "p2").contains(r#"& \"quote\""#), "{po}");
    // A control character a tool slipped into a target is refused, not written.
    let before = policy(&project, "cienet");
    let unit1 = xliff_unit(&xliff, "p1");
    let bell = unit1
        .replacen("<target>", "<target><cp hex=\"0007\"/>", 1)
        .replace("state=\"final\"", "state=\"reviewed\"");
    write(&project, "cienet.xliff", &xliff.replace(unit1, &bell));
    xliff_valid(&project.path("cienet.xliff"));
    let (code, _, err) = project.run(&["i18n", "import", "cienet.xliff"]);
    assert_eq!(code, 1);
    assert!(err.contains("unit `p1` not applied"), "{err}");
    assert!(err.contains("control character"), "{err}");
    assert_eq!(policy(&project, "cienet"), before);
}

#[test]
fn a_unit_without_a_translation_gets_one_inserted() {
    let project = Project::new();
    project.edit("cienet", |t| {
        t.replace(
            "    text en \"In the meantime, we will also require our suppliers:\"\n        zh-CN@876e742d \"同时，我们还将要求我们的供应商：\"\n",
            "    text en \"In the meantime, we will also require our suppliers:\"\n",
        )
    });
    let (code, _, _) = project.run(&["check", "policies/cienet.policy"]);
    assert_eq!(code, 1, "a missing translation is an error");
    let po = export(&project, "cienet", "po");
    let entry = po_entry(&po, "suppliers.text");
    assert!(entry.ends_with("msgstr \"\"\n"), "{entry}");
    assert!(!entry.contains("fuzzy"), "{entry}");
    let filled = entry.replace("msgstr \"\"", "msgstr \"同时，我们还将要求我们的供应商：\"");
    write(&project, "cienet.po", &po.replace(entry, &filled));
    let (code, out, err) = project.run(&["i18n", "import", "cienet.po"]);
    assert_eq!(code, 0, "{out}{err}");
    // A text on one line gets its new part on that line, with the hash (the unit is done).
    let expected = std::fs::read_to_string(root().join("policies/cienet.policy"))
        .unwrap()
        .replace(
            "suppliers:\"\n        zh-CN@876e742d",
            "suppliers:\" zh-CN@876e742d",
        );
    assert!(policy(&project, "cienet") == expected, "{out}");
    project.ok(&[
        "check",
        "--deny",
        "stale-translation",
        "policies/cienet.policy",
    ]);
}

#[test]
fn bad_files_are_errors_with_a_place_never_a_panic() {
    let project = Project::new();
    let before = policy(&project, "cienet");
    let po = export(&project, "cienet", "po");
    let xliff = export(&project, "cienet", "xliff");
    let cases: Vec<(&str, String, &str)> = vec![
        ("x.po", "hello world\n".into(), "x.po:1:1: not PO syntax"),
        (
            "x.xliff",
            xliff.replace("</source>", "</sourc>"),
            "x.xliff:",
        ),
        (
            "x.xliff",
            "<html><body/></html>".into(),
            "not an XLIFF 2.0 document",
        ),
        (
            "x.po",
            po.replace("msgctxt \"p2\"", "msgctxt \"p99\""),
            "policy `cienet` has no unit `p99`",
        ),
        (
            "x.xliff",
            xliff.replace("<unit id=\"p2\">", "<unit id=\"p99\">"),
            "policy `cienet` has no unit `p99`",
        ),
        (
            "x.po",
            po.replace("X-Policyc-Language: zh-CN", "X-Policyc-Language: fr"),
            "not published in `fr`",
        ),
        (
            "x.po",
            po.replace("X-Policyc-Policy: cienet", "X-Policyc-Policy: hitgen"),
            "the file is for policy `hitgen`, not `cienet`",
        ),
        (
            "x.po",
            String::from_utf8_lossy(&[0xff, 0xfe, 0]).into(),
            "x.po:",
        ),
    ];
    for (name, text, expected) in cases {
        write(&project, name, &text);
        let (code, out, err) = project.run(&["i18n", "import", name, "policies/cienet.policy"]);
        assert_eq!(code, 1, "{expected}: {out}{err}");
        assert!(err.contains(expected), "expected `{expected}` in: {err}");
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(policy(&project, "cienet"), before);
    }
    // The unknown unit's line is given.
    write(
        &project,
        "x.po",
        &po.replace("msgctxt \"p2\"", "msgctxt \"p99\""),
    );
    let line = po[..po.find("msgctxt \"p2\"").unwrap()]
        .rfind("\n\n")
        .map(|i| po[..i + 2].lines().count() + 1)
        .unwrap();
    let (_, _, err) = project.run(&["i18n", "import", "x.po"]);
    assert!(
        err.contains(&format!("x.po:{line}:1:")),
        "line {line}: {err}"
    );
    // A file for another policy is refused when its PATH is given.
    let (code, _, err) = project.run(&["i18n", "import", "cienet.po", "policies/hitgen.policy"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("the file is for policy `cienet`, not `hitgen`"),
        "{err}"
    );
    // Export of the authoritative or an undeclared language.
    for lang in ["en", "fr"] {
        let (code, _, err) = project.run(&[
            "i18n",
            "export",
            "--lang",
            lang,
            "--format",
            "po",
            "policies/cienet.policy",
        ]);
        assert_eq!(code, 1, "{err}");
    }
}

#[test]
fn confirm_prints_each_pair_and_confirms_one_unit_by_id() {
    let project = Project::new();
    reworded(&project);
    project.edit("cienet", |t| {
        t.replace(
            "to improve our privacy protection strategy",
            "to improve our privacy strategy",
        )
    });
    let (code, out, err) = project.run(&[
        "i18n",
        "confirm",
        "--unit",
        "p3",
        "--lang",
        "zh-CN",
        "policies/cienet.policy",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("p3 (zh-CN)\n  en: “Legal and compliant” is our basic principle."),
        "{out}"
    );
    assert!(
        out.contains("\n  zh-CN: “合法合规”是我们的基本原则。"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 3, "one pair: {out}");
    assert!(err.contains("confirmed 1 translation"), "{err}");
    let (code, out, _) = project.run(&["i18n", "status", "policies/cienet.policy"]);
    assert_eq!(code, 1);
    assert!(out.contains("[p2]") && !out.contains("[p3]"), "{out}");
    // An unknown unit is an error; --quiet prints the count alone.
    let (code, _, err) =
        project.run(&["i18n", "confirm", "--unit", "p99", "policies/cienet.policy"]);
    assert_eq!(code, 1);
    assert!(err.contains("no unit `p99`"), "{err}");
    let (code, out, _) = project.run(&["i18n", "confirm", "--quiet", "policies/cienet.policy"]);
    assert_eq!(code, 0);
    assert_eq!(out, "1\n");
}

mod robustness {
    //! Whatever a tool or a person does to a translators' file, reading and applying it is an
    //! answer (applied, or an error with a place), never a panic.

    use proptest::prelude::*;

    fn exports() -> (String, Vec<String>) {
        let text =
            std::fs::read_to_string(crate::common::root().join("policies/cienet.policy")).unwrap();
        let (ast, _) = policyc::syntax::parse(&text).unwrap();
        let catalog =
            policyc::i18n::catalog(&text, &ast, "policies/cienet.policy", "zh-CN").unwrap();
        let files = vec![
            policyc::i18n::po::write(&catalog),
            policyc::i18n::xliff::write(&catalog),
        ];
        (text, files)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100))]

        #[test]
        fn any_text_reads_as_a_file_or_an_error(text in "\\PC{0,300}") {
            let _ = policyc::i18n::read(&text);
        }

        #[test]
        fn an_edited_export_applies_or_is_refused(
            which in 0usize..2,
            at in 0.0f64..1.0,
            cut in 0usize..40,
            insert in "[<>&\"\\\\{}@#*\\[\\]a-z0-9 \n\u{202e}-]{0,12}",
        ) {
            let (policy, files) = exports();
            let file = &files[which];
            let mut start = ((file.len() as f64) * at) as usize;
            while !file.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + cut).min(file.len());
            while !file.is_char_boundary(end) {
                end -= 1;
            }
            let edited = format!("{}{}{}", &file[..start], insert, &file[end..]);
            if let Ok(incoming) = policyc::i18n::read(&edited) {
                let (ast, _) = policyc::syntax::parse(&policy).unwrap();
                if let Ok(outcome) = policyc::i18n::apply::apply(&policy, &ast, &incoming) {
                    // Whatever was applied still parses.
                    prop_assert!(policyc::syntax::parse(&outcome.text).is_ok(), "{edited}");
                }
            }
        }
    }
}
