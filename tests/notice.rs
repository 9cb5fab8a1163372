//! The notice of a major change in its three forms (issue 17, item 8): `notice.<lang>.txt`,
//! the e-mail-ready `notice.<lang>.html` and the MIME message `notice.<lang>.eml`, read back
//! by Python's `email` package, as a mail client would.

use std::process::Command;

use crate::common::Project;

/// Reads a message with Python's `email` package (the standard library's, policy `default`)
/// and prints what a client sees: headers, defects, and each part's type, charset and text.
const READ_EML: &str = r#"
import email, email.policy, json, sys
m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
print(json.dumps({
    "mime": m["MIME-Version"], "subject": m["Subject"],
    "from": str(m["From"]) if m["From"] else None,
    "date": m["Date"], "to": m["To"], "message-id": m["Message-ID"],
    "language": m["Content-Language"], "type": m.get_content_type(),
    "defects": [str(d) for p in m.walk() for d in p.defects],
    "parts": [[p.get_content_type(), p.get_content_charset(), p.get_content()] for p in m.iter_parts()],
}))
"#;

fn read_eml(path: &std::path::Path) -> serde_json::Value {
    let out = Command::new("python3")
        .args(["-c", READ_EML])
        .arg(path)
        .output()
        .expect("python3 runs (it reads the notice as a mail client would)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// hitgen with a new kind of recipient (advertising partners): a major change.
fn add_recipient(text: String) -> String {
    let text = text.replacen(
        "updated 2021-04-26",
        "updated 2021-05-10\n  effective 2021-06-10",
        1,
    );
    let anchor = "  section how-we-protect";
    assert!(
        text.contains(anchor),
        "policies/hitgen.policy changed: update this test's anchor"
    );
    text.replacen(
        anchor,
        "  recipient ad-partners {\n    kind advertising-partners\n    activities sharing\n    unconditional\n  }\n\n  section how-we-protect",
        1,
    )
}

/// A project whose hitgen was published, then published again with a new recipient.
fn published(config: &str) -> Project {
    let p = Project::new();
    if !config.is_empty() {
        std::fs::write(p.path("policyc.toml"), config).unwrap();
    }
    p.ok(&["publish", "--date", "2021-04-26"]);
    p.edit("hitgen", add_recipient);
    let (code, out, err) = p.run(&["publish", "--date", "2021-05-10"]);
    assert_eq!(code, 0, "{out}{err}");
    p
}

/// The file `path` of the archive's main branch, written to `dir`.
fn archived(p: &Project, path: &str) -> Vec<u8> {
    let out = Command::new("git")
        .arg("--git-dir")
        .arg(p.path("archive.git"))
        .args(["show", &format!("main:{path}")])
        .output()
        .unwrap();
    assert!(out.status.success(), "{path} is not in the archive");
    out.stdout
}

#[test]
fn publish_writes_the_notice_as_text_html_and_a_mime_message() {
    let p = published("[notice]\nfrom = \"HitGen Privacy Office <privacy@hitgen.com>\"\n");
    let dir = tempfile::tempdir().unwrap();
    let version = "hitgen/2021-05-10";
    for (lang, company, change) in [
        ("en", "HitGen", "advertising partners"),
        ("zh-CN", "HitGen", "广告合作伙伴"),
    ] {
        let text =
            String::from_utf8(archived(&p, &format!("{version}/notice.{lang}.txt"))).unwrap();
        let html =
            String::from_utf8(archived(&p, &format!("{version}/notice.{lang}.html"))).unwrap();
        let eml = archived(&p, &format!("{version}/notice.{lang}.eml"));
        // Each form holds the key change, the effective date and both links.
        let changes = format!("https://policies.example.com/hitgen/2021-05-10/changes.{lang}.html");
        let policy = format!("https://policies.example.com/hitgen/2021-05-10/{lang}.html");
        for (form, body) in [("text", &text), ("html", &html)] {
            assert!(body.contains(change), "{lang} {form}: {body}");
            assert!(body.contains(&changes), "{lang} {form}: {body}");
            assert!(body.contains(&policy), "{lang} {form}: {body}");
            let date = if lang == "en" {
                "June 10, 2021"
            } else {
                "2021年6月10日"
            };
            assert!(body.contains(date), "{lang} {form}: {body}");
        }
        // Inline styles only: no style sheet, no script, nothing fetched.
        assert!(!html.contains("<style") && !html.contains("<link") && !html.contains("<script"));
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{html}");

        // The message, as Python's email package reads it.
        let path = dir.path().join(format!("notice.{lang}.eml"));
        std::fs::write(&path, &eml).unwrap();
        let m = read_eml(&path);
        assert_eq!(m["defects"], serde_json::json!([]), "{m}");
        assert_eq!(m["mime"], "1.0");
        assert_eq!(m["type"], "multipart/alternative");
        assert_eq!(m["language"], lang);
        // Deterministic: no date, recipient or message id.
        for absent in ["date", "to", "message-id"] {
            assert!(m[absent].is_null(), "{absent}: {m}");
        }
        assert_eq!(m["from"], "HitGen Privacy Office <privacy@hitgen.com>");
        let subject = m["subject"].as_str().unwrap();
        assert!(subject.contains(company), "{subject}");
        assert!(
            subject.contains(if lang == "en" {
                "Important changes"
            } else {
                "重要变更"
            }),
            "{subject}"
        );
        let parts = m["parts"].as_array().unwrap();
        assert_eq!(parts.len(), 2, "{m}");
        assert_eq!(parts[0][0], "text/plain");
        assert_eq!(parts[1][0], "text/html");
        for part in parts {
            assert_eq!(part[1], "utf-8");
        }
        let lf = |v: &serde_json::Value| v.as_str().unwrap().replace("\r\n", "\n");
        assert_eq!(lf(&parts[0][2]), text, "the text part is the notice");
        assert_eq!(lf(&parts[1][2]), html, "the HTML part is the HTML notice");
        // Lines end in CRLF and none is longer than 78 characters.
        let raw = String::from_utf8(eml).unwrap();
        assert!(!raw.replace("\r\n", "").contains('\n'), "a bare LF");
        let long: Vec<&str> = raw.split("\r\n").filter(|l| l.len() > 78).collect();
        assert!(long.is_empty(), "{long:?}");
    }
    // The machine-readable notice names the same version.
    let json: serde_json::Value =
        serde_json::from_slice(&archived(&p, &format!("{version}/notice.json"))).unwrap();
    assert_eq!(json["severity"], "major");
}

#[test]
fn the_sender_defaults_to_the_controller_and_its_contact_and_links_need_the_site_address() {
    let p = Project::new();
    std::fs::remove_file(p.path("site/site.toml")).unwrap();
    p.ok(&["publish", "--date", "2021-04-26"]);
    p.edit("hitgen", add_recipient);
    p.ok(&["publish", "--date", "2021-05-10"]);
    let text = String::from_utf8(archived(&p, "hitgen/2021-05-10/notice.en.txt")).unwrap();
    assert!(
        !text.contains("https://"),
        "no site address, no links: {text}"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notice.eml");
    std::fs::write(&path, archived(&p, "hitgen/2021-05-10/notice.en.eml")).unwrap();
    let m = read_eml(&path);
    let from = m["from"].as_str().unwrap();
    assert!(from.starts_with("\"HitGen Inc.\" <"), "{from}");
    assert!(from.ends_with("@hitgen.com>"), "{from}");
}

#[test]
fn the_same_change_writes_the_same_notice_bytes() {
    let a = published("");
    let b = published("");
    for name in ["notice.en.eml", "notice.zh-CN.eml", "notice.zh-CN.html"] {
        let path = format!("hitgen/2021-05-10/{name}");
        assert_eq!(archived(&a, &path), archived(&b, &path), "{name}");
    }
}

#[test]
fn a_bad_notice_configuration_is_an_error_and_publishes_nothing() {
    for (config, says) in [
        (
            "[notice]\nfrom = \"Privacy <not an address>\"\n",
            "[notice] from",
        ),
        (
            "[notice]\nfrom = \"Privacy <privacy@hitgen.com\"\n",
            "without its `>`",
        ),
        (
            "[notice]\nsite-url = \"policies.example.com\"\n",
            "[notice] site-url",
        ),
        (
            "[notice]\nsender = \"x@example.com\"\n",
            "unknown field `sender`",
        ),
    ] {
        let p = Project::new();
        std::fs::write(p.path("policyc.toml"), config).unwrap();
        let (code, out, err) = p.run(&["publish", "--date", "2021-04-26"]);
        assert_ne!(code, 0, "{config}: {out}{err}");
        assert!(err.contains(says), "{config}: {err}");
        assert!(
            !p.path("archive.git").exists(),
            "{config}: the archive was created"
        );
    }
}

#[test]
fn hostile_names_are_escaped_in_the_html_and_cannot_add_headers() {
    let p = Project::new();
    p.ok(&["publish", "--date", "2021-04-26"]);
    p.edit("hitgen", |text| {
        let text = add_recipient(text);
        assert!(
            text.contains("name \"HitGen Inc.\""),
            "update this test's anchor"
        );
        text.replace(
            "name \"HitGen Inc.\"",
            "name \"HitGen <script>alert(1)</script> \\\"Inc.\\\"\"",
        )
    });
    let (code, out, err) = p.run(&["publish", "--date", "2021-05-10"]);
    assert_eq!(code, 0, "{out}{err}");
    let html = String::from_utf8(archived(&p, "hitgen/2021-05-10/notice.en.html")).unwrap();
    assert!(!html.contains("<script>"), "{html}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notice.eml");
    std::fs::write(&path, archived(&p, "hitgen/2021-05-10/notice.en.eml")).unwrap();
    let m = read_eml(&path);
    assert_eq!(m["defects"], serde_json::json!([]), "{m}");
    assert!(m["to"].is_null(), "{m}");
    let from = m["from"].as_str().unwrap();
    assert!(
        from.contains("<script>alert(1)</script>"),
        "the name is kept, quoted: {from}"
    );
    assert!(from.ends_with("@hitgen.com>"), "{from}");
}
