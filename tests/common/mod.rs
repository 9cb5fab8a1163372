//! What the end-to-end tests share: a project folder in a temporary directory, holding copies
//! of the reference policies and the site settings, and policyc run in it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A project folder holding copies of the reference policies and of `site/site.toml`.
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    pub fn new() -> Project {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("policies")).unwrap();
        for id in ["hitgen", "enterprise-china", "cienet"] {
            std::fs::copy(
                root().join(format!("policies/{id}.policy")),
                dir.path().join(format!("policies/{id}.policy")),
            )
            .unwrap();
        }
        std::fs::create_dir(dir.path().join("site")).unwrap();
        std::fs::copy(
            root().join("site/site.toml"),
            dir.path().join("site/site.toml"),
        )
        .unwrap();
        Project { dir }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// policyc in the project: no colour, no system or user git configuration.
    pub fn policyc(&self) -> Command {
        let mut cmd = Command::cargo_bin("policyc").unwrap();
        cmd.current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.dir.path());
        cmd
    }

    /// Exit code, stdout and stderr.
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.policyc().args(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Stdout of a run that must succeed.
    pub fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run(args);
        assert_eq!(code, 0, "policyc {args:?}:\n{out}{err}");
        out
    }

    /// Rewrites a policy, which must change.
    pub fn edit(&self, id: &str, f: impl FnOnce(String) -> String) {
        let path = self.path(&format!("policies/{id}.policy"));
        let text = std::fs::read_to_string(&path).unwrap();
        let edited = f(text.clone());
        assert_ne!(
            edited, text,
            "policies/{id}.policy changed: update this test's anchors"
        );
        std::fs::write(&path, edited).unwrap();
    }
}

/// The tools the browser checks run (tests/browser: the Nu Html Checker and axe-core in
/// Chromium). Fails, naming each missing tool and how to install it, when one is absent: the
/// checks are part of the suite and never skip silently (`.ci/run` installs them all).
pub fn require_browser_tools() {
    let browser = root().join("tests/browser");
    let on_path = |tool: &str| {
        std::process::Command::new(tool)
            .arg("--version")
            .output()
            .is_ok()
    };
    let mut missing = Vec::new();
    if !on_path("node") {
        missing.push("node (Node.js 18 or later): `apt-get install nodejs npm`");
    }
    if !browser.join("node_modules/playwright-core").is_dir() {
        missing.push("the npm packages of tests/browser: `npm ci --prefix tests/browser`");
    }
    if !Path::new("/usr/bin/chromium").exists() {
        missing.push("Debian's chromium: `apt-get install chromium`");
    }
    if !on_path("java") {
        missing.push("Java, for the Nu Html Checker: `apt-get install default-jre-headless`");
    }
    assert!(
        missing.is_empty(),
        "the browser checks need tools this machine lacks (.ci/run installs them all):\n  - {}",
        missing.join("\n  - ")
    );
}

/// Every file under a folder, by its path relative to it (`/`-separated), with its bytes.
pub fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}
