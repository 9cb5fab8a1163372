//! The HTML pages of the reference policies (and of a policy with a table), and the HTML
//! notices of a major and of a consent change, in real tools: zero errors from the Nu Html
//! Checker, no axe-core violation of any impact in headless Chromium, no console error,
//! no request for anything the page does not ship. Needs Java, Debian's chromium and the npm
//! packages of tests/browser (`.ci/run` installs them all).

use std::path::Path;
use std::process::Command;

use policyc::render::{Format, Renderer};

#[test]
fn html_pages_pass_the_nu_checker_and_axe_in_chromium() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate::common::require_browser_tools();
    let browser = root.join("tests/browser");
    let dir = tempfile::tempdir().unwrap();
    let renderer = Renderer::new(&Default::default()).unwrap();
    let mut files = Vec::new();
    // The reference policies, and a policy with a table (tests/tables).
    for (id, file) in [
        ("hitgen", "policies/hitgen.policy"),
        ("enterprise-china", "policies/enterprise-china.policy"),
        ("cienet", "policies/cienet.policy"),
        ("tables", "tests/tables/tables.policy"),
    ] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let policy = policyc::check::check_source(&text, Some(id))
            .policy
            .unwrap();
        std::fs::create_dir_all(dir.path().join(id)).unwrap();
        for lang in &policy.languages {
            let path = dir.path().join(id).join(format!("{lang}.html"));
            std::fs::write(&path, renderer.render(&policy, lang, Format::Html).unwrap()).unwrap();
            files.push(path);
        }
    }
    // The e-mail-ready notices of a major change (a new recipient that needs consent again)
    // and of a reduction of rights, in both languages of the fixtures.
    let settings = policyc::publish::NoticeSettings {
        site_url: Some("https://policies.example.com/".into()),
        from: None,
    };
    for name in ["recipient-added", "right-removed"] {
        let model = |side: &str| {
            let text =
                std::fs::read_to_string(root.join(format!("tests/diff/{name}/{side}.policy")))
                    .unwrap();
            policyc::check::check_source(&text, None).policy.unwrap()
        };
        let (old, new) = (model("old"), model("new"));
        let d = policyc::diff::diff(&old, &new);
        assert!(d.severity >= policyc::diff::Severity::Major, "{name}");
        for lang in &new.languages {
            let notice = policyc::publish::Notice::new(&new, &d, lang, &settings);
            let path = dir.path().join(format!("notice-{name}.{lang}.html"));
            std::fs::write(&path, notice.html(&renderer).unwrap()).unwrap();
            files.push(path);
        }
    }
    let out = Command::new("node")
        .arg(browser.join("check.mjs"))
        .args(&files)
        .output()
        .expect("node runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{report}");
    assert!(report.contains("vnu: 12 pages, no errors"), "{report}");
    assert_eq!(
        report.matches("\nok   ").count() + usize::from(report.starts_with("ok   ")),
        12,
        "{report}"
    );
}
