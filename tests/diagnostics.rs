//! The broken-file corpus: every file in tests/broken must fail `check` with the diagnostic
//! its `// expect:` header names, at that line and column; every file in tests/warnings must
//! pass with that warning. The full rendering of each file's diagnostics is a reviewed
//! snapshot (tests/snapshots).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use policyc::diag::{render_human, Code, Diagnostic, Level};
use policyc::source::SourceFile;

struct Outcome {
    file: SourceFile,
    diags: Vec<Diagnostic>,
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
            }
        }
        Err(error) => {
            let (file, diag) = policyc::diag::load_error(error).unwrap();
            Outcome {
                file,
                diags: vec![diag],
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
        .filter_map(|l| l.strip_prefix("// expect: "))
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
        let outcome = check_file(path);
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let expected = expectations(&outcome.file);
        assert!(!expected.is_empty(), "{name}: no `// expect:` header");
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
        let has_error = outcome.diags.iter().any(|d| d.severity == Level::Error);
        assert_eq!(
            has_error, expect_errors,
            "{name}: errors present = {has_error}"
        );
        seen.extend(outcome.diags.iter().map(|d| d.code.name()));
        let rendered = render_human(&outcome.file, &outcome.diags, false);
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
