//! Issue 14, "no input crashes, hangs, deletes or leaks": each hostile input of the issue, one
//! test each, ends in a clear error or a correct result in bounded time. The hostile inputs are
//! made here, in temporary folders (big ones generated, not committed); the broken policies
//! among them are also fixtures of tests/broken.

use std::path::Path;

#[allow(dead_code)]
use crate::common;
use common::Project;

/// A project with hitgen only, published once, and its site built in `www`.
fn published() -> Project {
    let p = Project::new();
    for id in ["enterprise-china", "cienet"] {
        std::fs::remove_file(p.path(&format!("policies/{id}.policy"))).unwrap();
    }
    p.ok(&["publish", "--date", "2023-01-15"]);
    p
}

fn site(p: &Project) -> (i32, String, String) {
    p.run(&["site", "--out", "www", "--now", "2023-02-01"])
}

#[test]
fn a_site_manifest_naming_paths_outside_the_site_deletes_nothing() {
    let p = published();
    assert_eq!(site(&p).0, 0);
    let outside = p
        .dir
        .path()
        .parent()
        .unwrap()
        .join(format!("policyc-outside-{}.txt", std::process::id()));
    std::fs::write(&outside, "keep me").unwrap();
    let manifest_path = p.path("www.policyc-site.json");
    let good = std::fs::read_to_string(&manifest_path).unwrap();
    for entry in [
        "../policies/hitgen.policy".to_string(),
        outside.display().to_string(),
        "hitgen/../../policies/hitgen.policy".to_string(),
    ] {
        let mut manifest: serde_json::Value = serde_json::from_str(&good).unwrap();
        manifest["files"][&entry] = serde_json::json!({"key": "x", "size": 7});
        std::fs::write(&manifest_path, manifest.to_string()).unwrap();
        let (code, _, err) = site(&p);
        assert_eq!(code, 1, "{entry}: {err}");
        assert!(
            err.contains(&format!("the entry `{entry}` is not a path inside www")),
            "{err}"
        );
        assert!(p.path("policies/hitgen.policy").is_file(), "{entry}");
        assert!(outside.is_file(), "{entry}");
    }
    std::fs::remove_file(&outside).unwrap();
}

#[cfg(unix)]
#[test]
fn the_site_never_writes_or_removes_through_a_linked_folder_in_its_output() {
    let p = published();
    let elsewhere = p.path("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::create_dir(p.path("www")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, p.path("www/hitgen")).unwrap();
    let (code, _, err) = site(&p);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("hitgen is a symbolic link"), "{err}");
    assert!(is_empty(&elsewhere), "nothing was written through the link");
}

fn is_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).unwrap().next().is_none()
}

#[cfg(unix)]
#[test]
fn links_in_the_site_folder_are_refused_not_published() {
    let p = published();
    for (name, target) in [("env.txt", "/proc/self/environ"), ("etc", "/etc")] {
        let link = p.path(&format!("site/{name}"));
        std::os::unix::fs::symlink(target, &link).unwrap();
        let (code, _, err) = site(&p);
        assert_eq!(code, 1, "{name}: {err}");
        assert!(
            err.contains(&format!("site/{name} is a symbolic link")),
            "{err}"
        );
        assert!(!p.path(&format!("www/{name}")).exists(), "{name}");
        std::fs::remove_file(&link).unwrap();
    }
    assert_eq!(site(&p).0, 0);
}

fn git(p: &Project, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .arg("--git-dir")
        .arg(p.path("archive.git"))
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", p.dir.path())
        .env("GIT_AUTHOR_NAME", "forger")
        .env("GIT_AUTHOR_EMAIL", "forger@example.com")
        .env("GIT_COMMITTER_NAME", "forger")
        .env("GIT_COMMITTER_EMAIL", "forger@example.com")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A branch changed outside policyc (a commit that removes the policy, on top of policyc's)
/// is named as such, with the tags that show what it held and how to put it back.
#[test]
fn a_branch_rewritten_outside_policyc_is_an_error_saying_how_to_repair_it() {
    let p = published();
    let index = p.path("archive.git/index");
    let work = p.path("work");
    std::fs::create_dir(&work).unwrap();
    let with_work_tree = |args: &[&str]| {
        let mut all = vec!["--work-tree", work.to_str().unwrap()];
        all.extend_from_slice(args);
        git(&p, &all)
    };
    with_work_tree(&["read-tree", "main"]);
    with_work_tree(&["rm", "--cached", "-r", "-q", "hitgen"]);
    let tree = with_work_tree(&["write-tree"]);
    std::fs::remove_file(&index).unwrap();
    let commit = git(&p, &["commit-tree", &tree, "-p", "main", "-m", "tidy up"]);
    git(&p, &["update-ref", "refs/heads/main", &commit]);
    for args in [&["log", "hitgen"][..], &["show", "hitgen@latest"]] {
        let (code, _, err) = p.run(args);
        assert_eq!(code, 1, "{args:?}: {err}");
        for part in [
            "has tags of a version of `hitgen` (the newest hitgen/",
            &format!("its latest commit, {} (\"tidy up\")", &commit[..12]),
            "The branch was changed outside policyc",
            "fsck",
            "update-ref refs/heads/main COMMIT",
        ] {
            assert!(err.contains(part), "{args:?}: {part}: {err}");
        }
    }
}

#[test]
fn a_tag_planted_before_its_version_is_published_is_refused() {
    let p = published();
    let tree = git(&p, &["rev-parse", "main^{tree}"]);
    let forged = git(&p, &["commit-tree", &tree, "-m", "forged"]);
    git(&p, &["tag", "hitgen/2023-03-01", &forged]);
    p.edit("hitgen", |t| {
        t.replacen("updated 2021-04-26", "updated 2023-03-01", 1)
    });
    let before = git(&p, &["rev-parse", "main"]);
    let (code, out, err) = p.run(&["publish", "--date", "2023-02-01"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains(&format!(
            "the tag hitgen/2023-03-01 already exists and points at {forged}"
        )) && err.contains("tag -d hitgen/2023-03-01"),
        "{err}"
    );
    assert_eq!(git(&p, &["rev-parse", "main"]), before, "nothing recorded");
    git(&p, &["tag", "-d", "hitgen/2023-03-01"]);
    p.ok(&["publish", "--date", "2023-02-01"]);
    let tagged = git(&p, &["rev-parse", "hitgen/2023-03-01^{commit}"]);
    assert_eq!(tagged, git(&p, &["rev-parse", "main"]));
}

#[test]
fn a_policy_starting_with_a_byte_order_mark_checks() {
    let p = Project::new();
    let path = p.path("policies/hitgen.policy");
    let text = std::fs::read(&path).unwrap();
    std::fs::write(&path, [b"\xEF\xBB\xBF".as_slice(), &text].concat()).unwrap();
    let (code, out, err) = p.run(&["check", "policies/hitgen.policy"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(format!("{out}{err}").contains("0 errors"), "{out}{err}");
}

#[test]
fn two_files_declaring_one_policy_do_not_check() {
    let p = Project::new();
    std::fs::copy(p.path("policies/hitgen.policy"), p.path("hitgen.policy")).unwrap();
    let (code, out, err) = p.run(&["check", "policies/hitgen.policy", "hitgen.policy"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains(
            "the policy `hitgen` is declared in policies/hitgen.policy and in hitgen.policy"
        ),
        "{err}"
    );
    let (code, out, _) = p.run(&["check", "--format", "json", "policies", "hitgen.policy"]);
    assert_eq!(code, 1);
    assert!(out.contains("\"duplicate-id\""), "{out}");
}

#[test]
fn a_line_of_many_brackets_reports_a_bounded_number_of_errors_quickly() {
    let p = Project::new();
    let head = "policy x {\n  title en \"T\"\n  languages en\n  updated 2024-01-01\n  p en \"";
    for (name, body) in [
        ("open", "[".repeat(300_000)),
        ("close", "]".repeat(300_000)),
        ("escape", "\\q".repeat(150_000)),
    ] {
        let path = format!("{name}.policy");
        std::fs::write(p.path(&path), format!("{head}{body}\"\n}}\n")).unwrap();
        let started = std::time::Instant::now();
        let (code, _, err) = p.run(&["check", &path]);
        assert_eq!(code, 1);
        assert!(err.len() < 100_000, "{name}: {} bytes on stderr", err.len());
        assert!(
            err.contains("more problems in this text are not listed"),
            "{name}"
        );
        assert!(
            err.contains(&format!("in {path}: fix these and check again")),
            "{name}"
        );
        let (code, out, _) = p.run(&["check", "--format", "json", &path]);
        assert_eq!(code, 1);
        let json: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
        assert_eq!(json.len(), 100, "{name}");
        assert!(
            started.elapsed().as_secs() < 20,
            "{name}: {:?}",
            started.elapsed()
        );
    }
}

/// `check` refuses titles that show themselves (tests/broken/reference-cycle.policy); a model
/// made otherwise still renders, each title shown inside itself a bounded number of times.
#[test]
fn a_title_that_refers_to_itself_renders_in_bounded_depth() {
    use policyc::model::{Block, Inline};
    let text = std::fs::read_to_string(common::root().join("policies/hitgen.policy")).unwrap();
    let mut policy = policyc::check::check_source(&text, Some("hitgen"))
        .policy
        .unwrap();
    let Some(Block::Section(section)) = policy
        .body
        .iter_mut()
        .find(|b| matches!(b, Block::Section(s) if s.title.is_some()))
    else {
        panic!("hitgen has a titled section");
    };
    let id = section.id.clone();
    for inlines in section.title.as_mut().unwrap().values_mut() {
        inlines.push(Inline::SectionRef {
            section: id.clone(),
        });
    }
    for inlines in policy.title.values_mut() {
        inlines.insert(
            0,
            Inline::Text {
                text: "The ".into(),
            },
        );
        inlines.push(Inline::Ref {
            fact: "policy".into(),
            field: Some("title".into()),
        });
    }
    let renderer = policyc::render::Renderer::new(&Default::default()).unwrap();
    let html = renderer
        .render(&policy, "en", policyc::render::Format::Html)
        .unwrap();
    assert!(!html.contains("The The The The The The"), "bounded");
}

#[cfg(unix)]
#[test]
fn special_files_are_refused_not_read_without_end() {
    let p = Project::new();
    let (code, _, err) = p.run(&["check", "/dev/zero"]);
    assert_eq!(code, 1);
    assert!(err.contains("/dev/zero: is not a regular file"), "{err}");
    std::os::unix::fs::symlink("/dev/zero", p.path("policies/zero.policy")).unwrap();
    for args in [&["check"][..], &["build", "--out", "out"]] {
        let (code, _, err) = p.run(args);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(
            err.contains("policies/zero.policy: is not a regular file"),
            "{args:?}: {err}"
        );
    }
}

/// The other files policyc reads are bounded the same way: the configuration, the templates
/// and the site's files, linked to `/dev/zero` or a pipe, are refused before anything is read.
#[cfg(unix)]
#[test]
fn special_files_as_configuration_templates_or_site_files_are_refused() {
    use std::os::unix::fs::symlink;
    let p = published();
    symlink("/dev/zero", p.path("policyc.toml")).unwrap();
    let (code, _, err) = p.run(&["publish", "--date", "2023-02-01"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("policyc.toml: is not a regular file"), "{err}");
    std::fs::remove_file(p.path("policyc.toml")).unwrap();

    std::fs::create_dir_all(p.path("templates")).unwrap();
    let fifo = p.path("templates/policy.html");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let (code, _, err) = p.run(&["build", "--out", "out"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("templates/policy.html: is not a regular file"),
        "{err}"
    );
    std::fs::remove_file(&fifo).unwrap();
    std::fs::create_dir(&fifo).unwrap();
    let (code, _, err) = p.run(&["build", "--out", "out"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("templates/policy.html: is a directory"),
        "{err}"
    );
    std::fs::remove_dir(&fifo).unwrap();

    std::fs::create_dir_all(p.path("site")).unwrap();
    std::fs::write(p.path("site/site.toml"), "x".repeat(5 * 1024 * 1024)).unwrap();
    let (code, _, err) = site(&p);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("site/site.toml is 5242880 bytes"), "{err}");
}

#[test]
fn a_first_publish_into_git_init_bare_points_head_at_main() {
    let p = Project::new();
    let out = std::process::Command::new("git")
        .args([
            "init",
            "--bare",
            "-q",
            "--initial-branch=master",
            "archive.git",
        ])
        .current_dir(p.dir.path())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", p.dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    p.ok(&["publish", "--date", "2023-01-15"]);
    assert_eq!(git(&p, &["symbolic-ref", "HEAD"]), "refs/heads/main");
    assert!(git(&p, &["log", "--format=%s"]).contains("hitgen"));
}

#[test]
fn a_build_removes_the_staging_folders_killed_builds_left_and_says_so() {
    let p = Project::new();
    std::fs::create_dir_all(p.path("out/.policyc-build-4194305-abc/0")).unwrap();
    std::fs::write(p.path("out/.policyc-build-4194305-abc/0/en.html"), "half").unwrap();
    std::fs::create_dir_all(p.path("out/.policyc-build-XyZ12")).unwrap();
    let running = format!("out/.policyc-build-{}-live", std::process::id());
    std::fs::create_dir_all(p.path(&running)).unwrap();
    let (code, out, err) = p.run(&["build", "--out", "out"]);
    assert_eq!(code, 0, "{out}{err}");
    for stale in [".policyc-build-4194305-abc", ".policyc-build-XyZ12"] {
        assert!(!p.path(&format!("out/{stale}")).exists(), "{stale}");
        assert!(
            err.contains(&format!(
                "removed out/{stale}, the staging folder of a build that was killed"
            )),
            "{err}"
        );
    }
    assert!(
        p.path(&running).is_dir(),
        "a running build's folder is kept"
    );
}

#[test]
fn a_template_that_loops_without_end_stops_with_an_error_naming_it() {
    let p = Project::new();
    for id in ["enterprise-china", "cienet"] {
        std::fs::remove_file(p.path(&format!("policies/{id}.policy"))).unwrap();
    }
    std::fs::create_dir(p.path("templates")).unwrap();
    std::fs::write(
        p.path("templates/policy.txt"),
        "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}\n",
    )
    .unwrap();
    let started = std::time::Instant::now();
    let (code, out, err) = p.run(&["build", "--out", "out", "--format", "text"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("template policy.txt: rendering stopped after 50000000 steps"),
        "{err}"
    );
    // Not a speed test: the loop's ten billion steps would take hours; its fuel runs out in
    // seconds (about 15 s for the two renders of a debug binary on a loaded 2-core machine).
    assert!(started.elapsed().as_secs() < 180, "{:?}", started.elapsed());
}

/// What a crash or a full disk leaves: a loose object cut short. libgit2 spins on one for
/// ever; every command that reads it must stop at once, naming it and `git fsck`.
#[test]
fn a_truncated_object_is_an_error_naming_it_not_a_spin() {
    for object in [
        "main:hitgen/versions.json",
        "main:hitgen",
        "main^{tree}",
        "main",
    ] {
        let p = published();
        let oid = git(&p, &["rev-parse", object]);
        let file = p.path(&format!("archive.git/objects/{}/{}", &oid[..2], &oid[2..]));
        let bytes = std::fs::read(&file).unwrap();
        let mut perms = std::fs::metadata(&file).unwrap().permissions();
        #[allow(clippy::permissions_set_readonly_false)]
        perms.set_readonly(false);
        std::fs::set_permissions(&file, perms).unwrap();
        std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();
        p.edit("hitgen", |t| {
            t.replacen("updated 2021-04-26", "updated 2023-03-01", 1)
        });
        for args in [
            &["log", "hitgen"][..],
            &["show", "hitgen@latest"],
            &["diff", "hitgen@latest", "policies/hitgen.policy"],
            &["publish", "--date", "2023-02-01"],
            &["site", "--out", "www", "--now", "2023-02-01"],
        ] {
            let out = p
                .policyc()
                .args(args)
                .timeout(std::time::Duration::from_secs(20))
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{object}: {args:?}: {err}");
            assert!(
                err.contains(&format!("the object {oid}")) && err.contains("fsck"),
                "{object}: {args:?}: {err}"
            );
        }
    }
}

/// What `text` leaves open of the bidirectional embeddings, overrides and isolates (the
/// pairing of UAX #9): 0 when every control it opens, it closes.
fn open_bidi(text: &str) -> usize {
    let mut open: Vec<bool> = Vec::new();
    for c in text.chars() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => open.push(false),
            '\u{2066}'..='\u{2068}' => open.push(true),
            '\u{202C}' if open.last() == Some(&false) => {
                open.pop();
            }
            '\u{2069}' => {
                if let Some(at) = open.iter().rposition(|isolate| *isolate) {
                    open.truncate(at);
                }
            }
            _ => {}
        }
    }
    open.len()
}

#[test]
fn a_bidi_control_reorders_at_most_its_own_string_in_every_render() {
    let p = Project::new();
    let fixture = common::root().join("tests/warnings/bidi-control.policy");
    std::fs::copy(&fixture, p.path("bidi-control.policy")).unwrap();
    let (code, out, err) = p.run(&["build", "bidi-control.policy", "--out", "out"]);
    assert_eq!(code, 0, "{out}{err}");
    let mut seen = 0;
    for lang in ["en", "zh-CN"] {
        for ext in ["html", "txt", "md"] {
            let path = p.path(&format!("out/bidi-control/{lang}.{ext}"));
            let text = std::fs::read_to_string(&path).unwrap();
            seen += text.matches('\u{202E}').count();
            // Each piece of text between two tags (HTML) or on one line (text, Markdown)
            // closes what it opens: the override cannot reach the markup or the next line.
            let pieces: Vec<&str> = if ext == "html" {
                text.split(['<', '>']).collect()
            } else {
                text.lines().collect()
            };
            for piece in pieces {
                assert_eq!(open_bidi(piece), 0, "{lang}.{ext}: {piece:?}");
            }
        }
    }
    assert!(seen >= 3, "the control is kept, closed: {seen}");
    // The Markdown diff a pull request shows names the control rather than obeying it.
    let text = std::fs::read_to_string(&fixture).unwrap();
    std::fs::create_dir(p.path("old")).unwrap();
    std::fs::write(
        p.path("old/bidi-control.policy"),
        text.replace('\u{202E}', ""),
    )
    .unwrap();
    let (code, out, err) = p.run(&[
        "diff",
        "old/bidi-control.policy",
        "bidi-control.policy",
        "--format",
        "markdown",
    ]);
    assert_eq!(code, 0, "an editorial change: {out}{err}");
    assert!(out.contains("&lt;U+202E&gt;"), "{out}");
    assert!(!out.contains('\u{202E}'), "{out}");
}
