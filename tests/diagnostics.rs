//! The broken-file corpus: every file in tests/broken must fail `check` with the diagnostic
//! its `// expect:` header names, at that line and column; every file in tests/warnings must
//! pass with that warning. A policy's review decisions (`NAME.decisions.toml` beside it, with
//! `# expect:` lines) are checked against it as `policyc check` does. The full rendering of
//! each file's diagnostics is a reviewed snapshot (tests/snapshots).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use policyc::diag::{render_human, Code, Diagnostic, Level};
use policyc::source::SourceFile;

struct Outcome {
    file: SourceFile,
    diags: Vec<Diagnostic>,
    policy: Option<policyc::model::Policy>,
}

/// The warnings of a policy's review decisions (its sidecar file).
fn check_sidecar(path: &Path, policy: &policyc::model::Policy) -> Outcome {
    let text = std::fs::read_to_string(path).unwrap();
    let display = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
        .to_path_buf();
    let decisions = policyc::diff::decisions::parse(&text).unwrap();
    let diags = policyc::diff::decisions::dangling(policy, &decisions, &text);
    Outcome {
        file: SourceFile::new(display, text),
        diags,
        policy: None,
    }
}

fn check_file(path: &Path) -> Outcome {
    let bytes = std::fs::read(path).unwrap();
    let display = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
        .to_path_buf();
    match SourceFile::from_bytes(&display, bytes) {
        Ok(file) => {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let checked = policyc::check::check_source(&file.text, Some(&stem));
            Outcome {
                file,
                diags: checked.diagnostics,
                policy: checked.policy,
            }
        }
        Err(error) => {
            let (file, diag) = policyc::diag::load_error(error).unwrap();
            Outcome {
                file,
                diags: vec![diag],
                policy: None,
            }
        }
    }
}

/// `// expect: CODE LINE:COL` lines at the top of a fixture; an empty file expects
/// `empty-file` at 1:1.
fn expectations(file: &SourceFile) -> Vec<(String, usize, usize)> {
    if file.text.is_empty() {
        return vec![("empty-file".into(), 1, 1)];
    }
    file.text
        .lines()
        .filter_map(|l| {
            l.strip_prefix("// expect: ")
                .or_else(|| l.strip_prefix("# expect: "))
        })
        .map(|rest| {
            let (code, pos) = rest.split_once(' ').expect("CODE LINE:COL");
            let (line, col) = pos.trim().split_once(':').expect("LINE:COL");
            (
                code.to_string(),
                line.parse().unwrap(),
                col.parse().unwrap(),
            )
        })
        .collect()
}

fn fixtures(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "policy"))
        .collect();
    files.sort();
    files
}

fn run_folder(folder: &str, expect_errors: bool, seen: &mut BTreeSet<&'static str>) -> usize {
    let files = fixtures(folder);
    for path in &files {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let mut outcomes = vec![check_file(path)];
        let sidecar = path.with_file_name(format!("{name}.decisions.toml"));
        if sidecar.exists() {
            let policy = outcomes[0]
                .policy
                .clone()
                .expect("a policy with decisions checks");
            outcomes.push(check_sidecar(&sidecar, &policy));
        }
        let expected_anywhere: usize = outcomes.iter().map(|o| expectations(&o.file).len()).sum();
        assert!(expected_anywhere > 0, "{name}: no `// expect:` header");
        let mut rendered = String::new();
        for outcome in &outcomes {
            let expected = expectations(&outcome.file);
            for (code, line, col) in &expected {
                let found = outcome.diags.iter().any(|d| {
                    d.code.name() == code && outcome.file.line_col(d.span.start) == (*line, *col)
                });
                assert!(
                    found,
                    "{name}: expected {code} at {line}:{col}, got:\n{}",
                    outcome
                        .diags
                        .iter()
                        .map(|d| {
                            let (l, c) = outcome.file.line_col(d.span.start);
                            format!("  {} at {l}:{c}: {}", d.code.name(), d.message)
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                );
            }
            seen.extend(outcome.diags.iter().map(|d| d.code.name()));
            rendered.push_str(&render_human(&outcome.file, &outcome.diags, false));
        }
        let has_error = outcomes
            .iter()
            .flat_map(|o| &o.diags)
            .any(|d| d.severity == Level::Error);
        assert_eq!(
            has_error, expect_errors,
            "{name}: errors present = {has_error}"
        );
        insta::assert_snapshot!(format!("{folder}__{name}"), rendered);
    }
    files.len()
}

#[test]
fn broken_files_report_their_mistakes() {
    let mut seen = BTreeSet::new();
    let broken = run_folder("broken", true, &mut seen);
    assert!(
        broken >= 30,
        "the corpus has {broken} broken files; the issue asks for 30 or more"
    );
    run_folder("warnings", false, &mut seen);
    // Every diagnostic the checker can emit is exercised by some fixture, except the size
    // limit, which needs a 4 MiB file (tests/cli.rs makes one).
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.name())
        .filter(|c| !seen.contains(c) && *c != "file-too-large")
        .collect();
    assert!(
        missing.is_empty(),
        "codes no fixture exercises: {missing:?}"
    );
}
