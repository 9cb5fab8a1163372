//! Versioned publishing end to end, in temporary directories: publish, edit, publish again;
//! read the history with policyc and with plain git; every refusal; and a fault test that
//! kills publish at random moments and then finds the archive consistent.

use std::process::{Command as Process, Stdio};

#[allow(dead_code)]
use crate::common;
use common::{root, Project};

impl Project {
    fn git(&self, args: &[&str]) -> String {
        let out = Process::new("git")
            .arg("--git-dir")
            .arg(self.path("archive.git"))
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

/// hitgen with a new kind of recipient (advertising partners), dated a day later.
fn add_recipient(text: String) -> String {
    let text = text.replacen("updated 2021-04-26", "updated 2021-05-10", 1);
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

#[test]
fn publish_edit_publish_then_read_it_all_back() {
    let p = Project::new();
    let (code, out, err) = p.run(&["publish", "--date", "2021-04-26"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("hitgen 2021-04-26: first version"), "{out}");
    assert!(
        p.path("archive.git").is_dir(),
        "the default archive is archive.git"
    );
    let (_, first_render, _) = p.run(&["show", "hitgen@2021-04-26", "--format", "text"]);

    // Publishing again changes nothing.
    let (code, out, _) = p.run(&["publish", "--date", "2021-04-27"]);
    assert_eq!(code, 0);
    assert!(out.contains("nothing to publish"), "{out}");

    p.edit("hitgen", add_recipient);
    let (code, out, err) = p.run(&["publish", "--date", "2021-05-10"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("hitgen 2021-05-10: major (recipients)"),
        "{out}"
    );

    // Plain git: two commits, four tags, files readable without policyc.
    assert_eq!(p.git(&["rev-list", "--count", "main"]).trim(), "2");
    let tags = p.git(&["tag", "--list"]);
    assert_eq!(tags.lines().count(), 4, "{tags}");
    assert!(tags.contains("hitgen/2021-05-10"));
    let log = p.git(&["log", "--format=%s", "main"]);
    assert!(
        log.lines()
            .next()
            .unwrap()
            .starts_with("hitgen 2021-05-10: major (recipients)"),
        "{log}"
    );
    let shown = p.git(&["show", "hitgen/2021-04-26:hitgen/2021-04-26/en.txt"]);
    assert_eq!(shown, first_render);
    p.git(&["fsck", "--strict"]);
    // A machine without a git identity gets policyc's default author.
    assert_eq!(
        p.git(&["log", "-1", "--format=%an <%ae>", "main"]).trim(),
        "policyc <policyc@localhost>"
    );

    // policyc log: newest first, major with rule recipients, a notice in both languages.
    let (code, out, _) = p.run(&["log", "hitgen", "--format", "json"]);
    assert_eq!(code, 0);
    let versions: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(versions[0]["version"], "2021-05-10");
    assert_eq!(versions[0]["severity"], "major");
    assert_eq!(versions[0]["rules"], serde_json::json!(["recipients"]));
    assert_eq!(versions[0]["notice"], true);
    assert_eq!(versions[1]["severity"], "none");
    for lang in ["en", "zh-CN"] {
        let notice = p.git(&["show", &format!("main:hitgen/2021-05-10/notice.{lang}.txt")]);
        assert!(
            notice.contains(if lang == "en" {
                "advertising partners"
            } else {
                "广告合作伙伴"
            }),
            "{notice}"
        );
    }

    // show: byte-identical to what the first publish wrote, by version and by date.
    let (_, again, _) = p.run(&["show", "hitgen@2021-04-26", "--format", "text"]);
    assert_eq!(again, first_render);
    let source = p
        .run(&["show", "hitgen@2021-04-26", "--format", "source"])
        .1;
    assert_eq!(
        source,
        std::fs::read_to_string(root().join("policies/hitgen.policy")).unwrap()
    );
    assert_eq!(
        p.run(&["show", "hitgen", "--at", "2021-05-01", "--format", "text"])
            .1,
        first_render
    );
    let (_, latest, _) = p.run(&["show", "hitgen", "--at", "2030-01-01", "--format", "json"]);
    assert!(latest.contains("\"version\": \"2021-05-10\""));
    let (code, _, err) = p.run(&["show", "hitgen", "--at", "2020-01-01"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("no version of `hitgen` was in effect on 2020-01-01"),
        "{err}"
    );
    let (_, zh, _) = p.run(&[
        "show",
        "hitgen@latest",
        "--lang",
        "zh-CN",
        "--format",
        "html",
    ]);
    assert!(zh.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
}

#[test]
fn every_refusal_leaves_the_archive_untouched() {
    let p = Project::new();
    assert_eq!(p.run(&["publish", "--date", "2021-04-26"]).0, 0);
    let head = p.git(&["rev-parse", "main"]);
    let refuse = |p: &Project, args: &[&str], expect: &str| {
        let (code, out, err) = p.run(args);
        assert_eq!(code, 1, "{out}{err}");
        assert!(
            format!("{out}{err}").contains(expect),
            "expected «{expect}» in:\n{out}{err}"
        );
        assert_eq!(p.git(&["rev-parse", "main"]), head, "the archive moved");
    };

    // content changed, update date did not
    p.edit("cienet", |t| {
        t.replacen(
            "Information security is an important foundation",
            "Information security is a foundation",
            1,
        )
    });
    refuse(
        &p,
        &["publish", "--allow-stale"],
        "its update date is still",
    );
    // a stale translation
    p.edit("cienet", |t| {
        t.replacen("updated 2023-01-01", "updated 2023-02-01", 1)
    });
    refuse(&p, &["publish"], "stale translation");
    // dates going backwards
    p.edit("cienet", |t| {
        t.replacen("updated 2023-02-01", "updated 2022-12-01", 1)
    });
    refuse(&p, &["publish", "--allow-stale"], "goes back before");
    // a version that exists with other content
    p.edit("cienet", |t| {
        t.replacen(
            "updated 2022-12-01",
            "updated 2023-02-01\n  version 2023-01-01",
            1,
        )
    });
    refuse(&p, &["publish", "--allow-stale"], "is already archived");
    std::fs::copy(
        root().join("policies/cienet.policy"),
        p.path("policies/cienet.policy"),
    )
    .unwrap();

    // a policy with errors
    p.edit("enterprise-china", |t| {
        t.replacen("updated 2022-12-08", "updated 2022-13-08", 1)
    });
    refuse(&p, &["publish"], "did not check");
    std::fs::copy(
        root().join("policies/enterprise-china.policy"),
        p.path("policies/enterprise-china.policy"),
    )
    .unwrap();

    // a consent change without --acknowledge-consent: removing the right of deletion
    p.edit("hitgen", |t| {
        let t = t.replacen("updated 2021-04-26", "updated 2021-06-01", 1);
        let start = t
            .find("      right deletion {")
            .expect("hitgen has a right of deletion");
        let end = start + t[start..].find("\n      }\n").unwrap() + "\n      }\n".len();
        let mut t = t;
        t.replace_range(start..end, "");
        t
    });
    refuse(&p, &["publish"], "--acknowledge-consent");
    let (code, out, err) = p.run(&["publish", "--dry-run", "--acknowledge-consent"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("would publish hitgen 2021-06-01: consent"),
        "{out}"
    );
    assert_eq!(
        p.git(&["rev-parse", "main"]),
        head,
        "a dry run records nothing"
    );

    // not a policyc archive
    let plain = tempfile::tempdir().unwrap();
    Process::new("git")
        .args(["init", "-q", "--bare"])
        .arg(plain.path())
        .status()
        .unwrap();
    let other = Process::new("git")
        .arg("--git-dir")
        .arg(plain.path())
        .args([
            "commit-tree",
            "-m",
            "x",
            "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
        ])
        .output()
        .unwrap();
    let oid = String::from_utf8_lossy(&other.stdout).trim().to_string();
    Process::new("git")
        .arg("--git-dir")
        .arg(plain.path())
        .args(["update-ref", "refs/heads/main", &oid])
        .status()
        .unwrap();
    let (code, _, err) = p.run(&["publish", "--archive", plain.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("is not a policyc archive"), "{err}");
}

#[test]
fn a_notice_period_refuses_a_major_change_that_takes_effect_too_soon() {
    let p = Project::new();
    std::fs::write(
        p.path("policyc.toml"),
        "[publish]\nnotice-period-days = 30\n",
    )
    .unwrap();
    assert_eq!(p.run(&["publish", "--date", "2021-04-26"]).0, 0);
    p.edit("hitgen", add_recipient);
    let (code, out, _) = p.run(&["publish", "--date", "2021-05-01"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("notice period is 30 days"), "{out}");
    p.edit("hitgen", |t| {
        t.replacen(
            "updated 2021-05-10",
            "updated 2021-05-10\n  effective 2021-06-15",
            1,
        )
    });
    assert_eq!(p.run(&["publish", "--date", "2021-05-01"]).0, 0);
}

/// An empty bare repository to push to, and its `file://` URL.
fn bare_remote() -> (tempfile::TempDir, String) {
    let remote = tempfile::tempdir().unwrap();
    Process::new("git")
        .args(["init", "-q", "--bare"])
        .arg(remote.path())
        .status()
        .unwrap();
    let url = format!("file://{}", remote.path().display());
    (remote, url)
}

/// The tags a remote holds, sorted.
fn remote_tags(remote: &tempfile::TempDir) -> Vec<String> {
    let out = Process::new("git")
        .arg("--git-dir")
        .arg(remote.path())
        .args(["tag", "--list"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn push_sends_the_branch_and_tags_to_a_remote() {
    let p = Project::new();
    let (remote, url) = bare_remote();
    let (code, out, err) = p.run(&["publish", "--date", "2021-04-26", "--push", &url]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(remote_tags(&remote).len(), 3);
}

/// A remote added after the first publish still receives every version's tag: the branch and
/// all tags are pushed, not only the tags of the version just recorded; and a publish with
/// nothing new still brings a remote up to date.
#[test]
fn push_to_a_new_remote_sends_every_version() {
    let p = Project::new();
    assert_eq!(p.run(&["publish", "--date", "2021-04-26"]).0, 0);
    // Nothing new to publish: the existing archive is pushed whole.
    let (remote, url) = bare_remote();
    let (code, out, err) = p.run(&["publish", "--date", "2021-04-26", "--push", &url]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("nothing to publish"), "{out}");
    assert_eq!(remote_tags(&remote).len(), 3, "{:?}", remote_tags(&remote));
    // A new version pushed to a remote that has none: every version's tag arrives.
    let (second, second_url) = bare_remote();
    p.edit("hitgen", add_recipient);
    let (code, out, err) = p.run(&["publish", "--date", "2021-05-10", "--push", &second_url]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        remote_tags(&second),
        [
            "cienet/2023-01-01",
            "enterprise-china/2022-12-08",
            "hitgen/2021-04-26",
            "hitgen/2021-05-10"
        ]
    );
}

/// Kills publish at random moments, many times; after each kill the archive is the previous
/// state or the complete new one: `git fsck` passes, `policyc log` reads it, and every listed
/// version shows. A final publish completes and repairs any tag a kill left missing.
#[test]
fn killed_publishes_never_corrupt_the_archive() {
    let p = Project::new();
    assert_eq!(
        p.run(&["publish", "--date", "2021-04-26", "policies/hitgen.policy"])
            .0,
        0
    );
    let bin = assert_cmd::cargo::cargo_bin("policyc");
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut rand = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..24u32 {
        let day = 1 + round;
        p.edit("hitgen", |t| {
            let start = t.find("  updated ").unwrap();
            let end = start + t[start..].find('\n').unwrap();
            let mut t = t;
            t.replace_range(start..end, &format!("  updated 2022-01-{day:02}"));
            t
        });
        let mut child = Process::new(&bin)
            .args([
                "publish",
                "--allow-stale",
                "--date",
                "2022-02-01",
                "policies/hitgen.policy",
            ])
            .current_dir(p.dir.path())
            .env("HOME", p.dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(rand() % 150));
        let _ = child.kill();
        let _ = child.wait();
        p.git(&["fsck", "--strict", "--no-dangling"]);
        let (code, out, err) = p.run(&["log", "hitgen", "--format", "json"]);
        assert_eq!(code, 0, "round {round}: {err}");
        let versions: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
        for v in &versions {
            let version = v["version"].as_str().unwrap();
            let (code, _, err) =
                p.run(&["show", &format!("hitgen@{version}"), "--format", "source"]);
            assert_eq!(code, 0, "round {round}: {version} does not show: {err}");
        }
    }
    // A publish that runs to the end succeeds and leaves every version tagged, even when a
    // kill left git's lock on the branch behind (made here so that every run meets it).
    std::fs::write(p.dir.path().join("archive.git/refs/heads/main.lock"), "").unwrap();
    p.edit("hitgen", |t| {
        t.replacen("updated 2022-01-24", "updated 2022-03-01", 1)
    });
    let (code, out, err) = p.run(&[
        "publish",
        "--allow-stale",
        "--date",
        "2022-03-01",
        "policies/hitgen.policy",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains("removed lock files an interrupted publish left: refs/heads/main.lock"),
        "{err}"
    );
    let versions: Vec<serde_json::Value> =
        serde_json::from_str(&p.run(&["log", "hitgen", "--format", "json"]).1).unwrap();
    let tags = p.git(&["tag", "--list"]);
    for v in versions {
        assert!(
            tags.contains(&format!("hitgen/{}", v["version"].as_str().unwrap())),
            "missing tag for {v}\n{tags}"
        );
    }
}

#[test]
fn a_second_publish_waits_for_the_lock_then_fails_clearly() {
    let p = Project::new();
    assert_eq!(
        p.run(&["publish", "--date", "2021-04-26", "policies/cienet.policy"])
            .0,
        0
    );
    let mut holder = policyc::archive::Archive::open(&p.path("archive.git")).unwrap();
    holder.lock(std::time::Duration::ZERO).unwrap();
    let (code, out, err) = p.run(&["publish", "--wait", "1", "--date", "2021-04-26"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("another policyc publish holds the lock"),
        "{err}"
    );
    drop(holder);
    assert_eq!(p.run(&["publish", "--date", "2021-04-26"]).0, 0);
}

#[test]
fn a_working_copy_with_uncommitted_changes_is_refused() {
    let p = Project::new();
    assert_eq!(
        p.run(&["publish", "--date", "2021-04-26", "policies/cienet.policy"])
            .0,
        0
    );
    let clone = p.path("clone");
    let status = Process::new("git")
        .args(["clone", "-q"])
        .arg(p.path("archive.git"))
        .arg(&clone)
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::write(clone.join("cienet/versions.json"), "edited by hand\n").unwrap();
    let (code, _, err) = p.run(&["publish", "--archive", "clone", "--date", "2021-04-26"]);
    assert_eq!(code, 1);
    assert!(err.contains("has uncommitted changes"), "{err}");
}

#[test]
fn a_damaged_archive_is_an_error_not_a_panic() {
    let p = Project::new();
    assert_eq!(
        p.run(&["publish", "--date", "2021-04-26", "policies/cienet.policy"])
            .0,
        0
    );
    // Remove every object: the branch now points at nothing.
    std::fs::remove_dir_all(p.path("archive.git/objects")).unwrap();
    std::fs::create_dir_all(p.path("archive.git/objects")).unwrap();
    for args in [
        &["publish", "--date", "2021-04-26"][..],
        &["log", "cienet"][..],
        &["show", "cienet@latest"][..],
    ] {
        let (code, _, err) = p.run(args);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(
            err.contains("damaged")
                || err.contains("git:")
                || err.contains("not a policyc archive"),
            "{args:?}: {err}"
        );
    }
}
