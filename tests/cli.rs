//! The command line as users and CI meet it: exit codes, output streams, formats.

use std::path::Path;

use assert_cmd::Command;

fn policyc() -> Command {
    let mut cmd = Command::cargo_bin("policyc").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1");
    cmd
}

fn broken(name: &str) -> String {
    format!("tests/broken/{name}.policy")
}

#[test]
fn check_passes_on_the_bundled_policies() {
    let out = policyc().arg("check").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("checked 3 policies: 0 errors"), "{stderr}");
}

#[test]
fn check_fails_on_every_broken_file() {
    for entry in
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken")).unwrap()
    {
        let path = entry.unwrap().path();
        let out = policyc().arg("check").arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", path.display());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(
            !stderr.contains('\u{1b}'),
            "raw control characters on the terminal: {stderr}"
        );
    }
}

#[test]
fn check_reports_all_errors_of_all_files() {
    let out = policyc()
        .args(["check", &broken("many-errors"), &broken("bad-date")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("checked 2 policies: 4 errors"), "{stderr}");
}

#[test]
fn check_json_lists_path_line_column_severity_code_message() {
    let out = policyc()
        .args(["check", "--format", "json", &broken("unknown-term")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &json[0];
    assert_eq!(first["path"], "tests/broken/unknown-term.policy");
    assert_eq!(first["line"], 14);
    assert_eq!(first["column"], 16);
    assert_eq!(first["severity"], "error");
    assert_eq!(first["code"], "unknown-term");
    assert!(first["message"].as_str().unwrap().contains("web-from"));
}

#[test]
fn usage_errors_exit_2() {
    let out = policyc()
        .args(["check", "--format", "yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = policyc().arg("frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = policyc().arg("model").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_missing_path_is_an_error_not_a_crash() {
    let out = policyc()
        .args(["check", "no/such/file.policy"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}

#[test]
fn files_over_the_size_limit_are_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.policy");
    let mut text = String::from("policy huge {\n");
    while text.len() as u64 <= policyc::source::MAX_FILE_SIZE {
        text.push_str("  // padding padding padding padding padding padding padding padding\n");
    }
    std::fs::write(&path, text).unwrap();
    let out = policyc().arg("check").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("file-too-large"));
}

#[test]
fn model_prints_json_whose_id_is_the_policy_id() {
    for id in ["hitgen", "enterprise-china", "cienet"] {
        let out = policyc()
            .args(["model", &format!("policies/{id}.policy")])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["id"], id);
        assert!(json["dates"]["updated"].is_string());
        assert!(
            !json["facts"]["rights"].as_array().unwrap().is_empty(),
            "{id} has no rights"
        );
        assert!(
            !json["facts"]["contacts"].as_array().unwrap().is_empty(),
            "{id} has no contacts"
        );
        assert!(
            !json["facts"]["collections"].as_array().unwrap().is_empty(),
            "{id} collects nothing"
        );
    }
}

#[test]
fn model_refuses_a_broken_policy() {
    let out = policyc()
        .args(["model", &broken("bad-date")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
}

#[test]
fn fmt_check_passes_on_the_bundled_policies() {
    let out = policyc().args(["fmt", "--check"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn fmt_check_shows_a_diff_and_fails_on_a_misformatted_file() {
    let out = policyc()
        .args(["fmt", "--check", "tests/fmt/misformatted.policy"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(
        diff.contains("+++ tests/fmt/misformatted.policy (formatted)"),
        "{diff}"
    );
}

#[test]
fn fmt_rewrites_in_place_and_then_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("misformatted.policy");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fmt/misformatted.policy"),
        &path,
    )
    .unwrap();
    let out = policyc().arg("fmt").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let expected = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fmt/misformatted.formatted"),
    )
    .unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), expected);
    let out = policyc()
        .args(["fmt", "--check"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn fmt_leaves_a_file_with_syntax_errors_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("unclosed-brace.policy");
    let original =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(broken("unclosed-brace")))
            .unwrap();
    std::fs::write(&path, &original).unwrap();
    let out = policyc().arg("fmt").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&path).unwrap(), original);
}

#[test]
fn model_schema_is_json() {
    let out = policyc().args(["model", "--schema"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["title"], "Policy");
}

#[test]
fn build_writes_four_files_per_policy_and_language_deterministically() {
    let dir = tempfile::tempdir().unwrap();
    let out = policyc()
        .args(["build", "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut first = Vec::new();
    for id in ["hitgen", "enterprise-china", "cienet"] {
        for name in [
            "en.html",
            "en.txt",
            "en.md",
            "zh-CN.html",
            "zh-CN.txt",
            "zh-CN.md",
            "model.json",
        ] {
            let path = dir.path().join(id).join(name);
            first.push(
                std::fs::read(&path).unwrap_or_else(|_| panic!("{} missing", path.display())),
            );
        }
    }
    let again = tempfile::tempdir().unwrap();
    let out = policyc()
        .args(["build", "--out"])
        .arg(again.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let mut second = Vec::new();
    for id in ["hitgen", "enterprise-china", "cienet"] {
        for name in [
            "en.html",
            "en.txt",
            "en.md",
            "zh-CN.html",
            "zh-CN.txt",
            "zh-CN.md",
            "model.json",
        ] {
            second.push(std::fs::read(again.path().join(id).join(name)).unwrap());
        }
    }
    assert!(first == second, "two builds differ");
}

#[test]
fn build_format_writes_the_chosen_files_the_same_and_leaves_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let full = dir.path().join("full");
    let html = dir.path().join("html");
    for (out, formats) in [(&full, "html,text,md,json"), (&html, "html")] {
        let run = policyc()
            .args([
                "build",
                "policies/hitgen.policy",
                "--format",
                formats,
                "--out",
            ])
            .arg(out)
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(0), "--format {formats}");
    }
    let names = |dir: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir.join("hitgen"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(&html), ["en.html", "zh-CN.html"]);
    for name in ["en.html", "zh-CN.html"] {
        assert!(
            std::fs::read(html.join("hitgen").join(name)).unwrap()
                == std::fs::read(full.join("hitgen").join(name)).unwrap(),
            "{name} is the same whatever else is built"
        );
    }
    // Building only the models into the full output leaves its renders in place.
    let run = policyc()
        .args([
            "build",
            "policies/hitgen.policy",
            "--format",
            "json",
            "--out",
        ])
        .arg(&full)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
    assert_eq!(names(&full).len(), 7);
    let run = policyc()
        .args(["build", "--format", "pdf", "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("possible values: html, text, md, json"));
}

#[test]
fn build_writes_nothing_when_a_policy_does_not_check() {
    let dir = tempfile::tempdir().unwrap();
    let out = policyc()
        .args(["build", "--out"])
        .arg(dir.path())
        .args(["policies/cienet.policy", &broken("bad-date")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "something was written"
    );
}

/// The staleness workflow: an edited English clause makes its translation stale; check warns
/// and shows both texts; status fails; build --strict refuses; confirm records the new hash.
#[test]
fn a_changed_english_clause_makes_its_translation_stale_until_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cienet.policy");
    let original = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/cienet.policy"),
    )
    .unwrap();
    let needle = "Information security is an important foundation for business development.";
    assert!(
        original.contains(needle),
        "the clause this test edits is gone from policies/cienet.policy"
    );
    std::fs::write(
        &path,
        original.replace(
            needle,
            "Information security is the foundation of our business.",
        ),
    )
    .unwrap();

    let out = policyc().arg("check").arg(&path).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a stale translation is a warning: {stderr}"
    );
    assert!(stderr.contains("[stale-translation]"), "{stderr}");
    assert!(
        stderr.contains("en: Information security is the foundation of our business."),
        "{stderr}"
    );
    assert!(
        stderr.contains("zh-CN: 信息安全"),
        "both texts are shown: {stderr}"
    );

    let out = policyc()
        .args(["i18n", "status"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 stale"));

    let site = tempfile::tempdir().unwrap();
    let out = policyc()
        .args(["build", "--strict", "--out"])
        .arg(site.path())
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "build --strict refuses stale translations"
    );

    let line = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .position(|l| l.contains("the foundation of our business"))
        .unwrap()
        + 1;
    let out = policyc()
        .args([
            "i18n",
            "confirm",
            "--lang",
            "zh-CN",
            "--line",
            &line.to_string(),
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("confirmed 1 translation"));
    let out = policyc()
        .args(["i18n", "status"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // fmt never touches the hashes
    let before = std::fs::read_to_string(&path).unwrap();
    policyc().arg("fmt").arg(&path).output().unwrap();
    let hashes = |s: &str| s.matches("zh-CN@").count();
    assert_eq!(
        hashes(&std::fs::read_to_string(&path).unwrap()),
        hashes(&before)
    );
}

#[test]
fn a_closed_output_pipe_is_not_a_crash() {
    use std::io::Read;
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("policyc"))
        .args(["model", "--schema"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
}

/// Lint levels: CI refuses a stale translation without refusing the reference policies'
/// deliberate `missing-value` warnings.
#[test]
fn lint_levels_deny_allow_and_refuse_errors() {
    let p = crate::common::Project::new();
    // The unchanged reference policies have no stale translation.
    p.ok(&["build", "--deny", "stale-translation", "policies/"]);
    // An English edit leaves its Chinese translation stale: denied, nothing is built.
    p.edit("hitgen", |t| {
        t.replacen(
            "p en \"Welcome to HitGen\"",
            "p en \"Welcome to the HitGen website\"",
            1,
        )
    });
    let (code, _, err) = p.run(&[
        "build",
        "--deny",
        "stale-translation",
        "--out",
        "denied",
        "policies/hitgen.policy",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("[stale-translation] Error"), "{err}");
    assert!(
        err.contains("denied: `stale-translation` is set to deny"),
        "{err}"
    );
    assert!(!p.path("denied").exists());
    // Without the flag it is a warning, and the build goes on; the Chinese pages mark that
    // unit, and that unit only, as not yet updated, with a link to the English page.
    p.ok(&["build", "--out", "warned", "policies/hitgen.policy"]);
    let zh = std::fs::read_to_string(p.path("warned/hitgen/zh-CN.html")).unwrap();
    assert_eq!(zh.matches("class=\"stale-notice\"").count(), 1, "{zh}");
    assert!(zh.contains("<p>欢迎访问HitGen <span class=\"stale-notice\" role=\"note\"><a href=\"en.html\" hreflang=\"en\">此译文尚未更新，以英文版本为准</a></span></p>"));
    let text = std::fs::read_to_string(p.path("warned/hitgen/zh-CN.txt")).unwrap();
    assert!(
        text.contains("欢迎访问HitGen [此译文尚未更新，以英文版本为准]"),
        "{text}"
    );
    let en = std::fs::read_to_string(p.path("warned/hitgen/en.html")).unwrap();
    assert!(!en.contains("class=\"stale-notice\""));
    // The model records it, so a version published with --allow-stale says so in the archive.
    let model = std::fs::read_to_string(p.path("warned/hitgen/model.json")).unwrap();
    assert!(
        model.contains("\"stale\": {\n    \"zh-CN\": [\n      \"Welcome to the HitGen website\""),
        "{model}"
    );
    // Configured so, the Chinese page shows the English text in the stale unit's place,
    // marked as English, with the same notice; the other units stay Chinese.
    std::fs::write(
        p.path("policyc.toml"),
        "[render]\nstale-translations = \"authoritative\"\n",
    )
    .unwrap();
    p.ok(&["build", "--out", "shown", "policies/hitgen.policy"]);
    let zh = std::fs::read_to_string(p.path("shown/hitgen/zh-CN.html")).unwrap();
    assert!(zh.contains("<p><span lang=\"en\">Welcome to the HitGen website</span> <span class=\"stale-notice\" role=\"note\"><a href=\"en.html\" hreflang=\"en\">此译文尚未更新，以英文版本为准</a></span></p>"), "{zh}");
    assert!(!zh.contains("欢迎访问HitGen"), "{zh}");
    assert_eq!(zh.matches("<span lang=\"en\">").count(), 1, "{zh}");
    std::fs::write(
        p.path("policyc.toml"),
        "[render]\nstale-translations = \"hide\"\n",
    )
    .unwrap();
    let (code, _, err) = p.run(&["build", "--out", "bad", "policies/hitgen.policy"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("stale-translations"), "{err}");
    // policyc.toml sets it for every command; the command line wins.
    std::fs::write(
        p.path("policyc.toml"),
        "[lints]\nstale-translation = \"deny\"\n",
    )
    .unwrap();
    let (code, _, _) = p.run(&["check", "policies/hitgen.policy"]);
    assert_eq!(code, 1);
    p.ok(&[
        "check",
        "--warn",
        "stale-translation",
        "policies/hitgen.policy",
    ]);
    // `--allow warnings` neither prints nor counts them; errors are not lints.
    std::fs::remove_file(p.path("policyc.toml")).unwrap();
    let (_, _, err) = p.run(&["check", "--allow", "warnings", "policies/"]);
    assert!(err.ends_with("0 errors, 0 warnings\n"), "{err}");
    let (code, _, err) = p.run(&["check", "--allow", "bad-date", "policies/"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("`bad-date` is an error, not a warning"),
        "{err}"
    );
    // `--strict` is `--deny warnings`; a specific `--allow` still wins.
    let (code, _, _) = p.run(&[
        "build",
        "--strict",
        "--out",
        "strict",
        "policies/cienet.policy",
    ]);
    assert_eq!(code, 1);
    p.ok(&[
        "build",
        "--strict",
        "--allow",
        "missing-value",
        "--out",
        "strict",
        "policies/cienet.policy",
    ]);
}
