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

fn undeclared(diags: &[Diagnostic]) -> Vec<String> {
    diags
        .iter()
        .filter(|d| d.code.name().starts_with("undeclared-"))
        .map(|d| d.message.clone())
        .collect()
}

/// A policy that declares as facts everything its prose names: no `undeclared-*` warning.
const STRUCTURED: &str = r#"policy structured {
  title en "Privacy Policy" zh-CN "隐私政策"
  languages en, zh-CN
  updated 2024-03-01
  numbering "1.", "1.1"

  controller acme {
    name "Acme Widgets Ltd"
  }

  contact info {
    email "privacy@acme.example"
    phone "+86 10 5555 1234"
    url "https://www.acme.example/privacy"
  }

  section data en "What we collect" zh-CN "我们收集的信息" {
    collect account {
      items email, phone
      source user
      necessity necessary
      text en "To open an account we ask for your e-mail address and your phone number."
          zh-CN "开立账户时，我们会要求您提供电子邮件地址和电话号码。"
    }
    recipient payments {
      kind payment-providers
      activities entrusted
      items email
      unconditional
      text en "Example Payments GmbH handles payments for Acme Widgets Ltd."
          zh-CN "Example Payments GmbH为Acme Widgets Ltd处理付款。"
    }
    p en "Example Payments GmbH sees your e-mail address only."
        zh-CN "Example Payments GmbH只能看到您的电子邮件地址。"
  }

  section rights en "Your rights" zh-CN "您的权利" {
    right deletion {
      channels @info
    }
    p en "You may ask us to delete your data: write to {@info.email}, call {@info.phone}
          or see {@info.url}." zh-CN "您可以要求我们删除账户：请发送电子邮件至{@info.email}、致电{@info.phone}
          或访问{@info.url}。"
  }
}
"#;

#[test]
fn prose_that_facts_declare_gets_no_undeclared_warning() {
    let checked = policyc::check::check_source(STRUCTURED, Some("structured"));
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
}

/// `in-passing` silences what it lists: at the top of the policy everywhere, in a section in
/// that section only; an entry names the thing in any of its ways of being said.
#[test]
fn in_passing_silences_a_mention() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/warnings/undeclared-data.policy");
    let text = std::fs::read_to_string(path).unwrap();
    let check = |text: &str| undeclared(&policyc::check::check_source(text, None).diagnostics);
    assert_eq!(check(&text).len(), 1);
    let header = "  numbering \"1.\", \"1.1\"\n";
    // By another way of saying it ("telephone number" is a synonym of the term `phone`).
    let top = text.replace(
        header,
        &format!("{header}  in-passing \"telephone number\"\n"),
    );
    assert_eq!(check(&top), Vec::<String>::new());
    let section = "  section collection en \"What we collect\" zh-CN \"我们收集的信息\" {\n";
    let inside = text.replace(
        section,
        &format!("{section}    in-passing \"phone number\"\n"),
    );
    assert_eq!(check(&inside), Vec::<String>::new());
    // Another section's list does not reach this one.
    let elsewhere = format!(
        "{}  section other en \"Other\" zh-CN \"其他\" {{\n    in-passing \"phone number\"\n    p en \"Other.\" zh-CN \"其他。\"\n  }}\n}}\n",
        text.trim_end().strip_suffix('}').unwrap()
    );
    assert_eq!(check(&elsewhere).len(), 1);
    // fmt keeps the statement as written.
    let (ast, _) = policyc::syntax::parse(&inside).unwrap();
    let formatted = policyc::syntax::fmt::format(&ast, &inside);
    assert!(
        formatted.contains("    in-passing \"phone number\"\n"),
        "{formatted}"
    );
}

/// The statement each warning's help offers, pasted at the top of the policy, checks and
/// makes the warning go away.
#[test]
fn pasting_the_help_declares_what_the_prose_names() {
    for path in fixtures("warnings") {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("undeclared-") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let checked = policyc::check::check_source(&text, Some(&name));
        let warnings: Vec<&Diagnostic> = checked
            .diagnostics
            .iter()
            .filter(|d| d.code.name().starts_with("undeclared-"))
            .collect();
        assert!(!warnings.is_empty(), "{name}");
        for warning in warnings {
            let help = warning.help.as_deref().unwrap();
            let statement = help
                .split('`')
                .skip(1)
                .step_by(2)
                .find(|s| s.contains(" { "))
                .unwrap_or_else(|| panic!("{name}: no statement in {help}"));
            let end = text.trim_end().len() - 1;
            let pasted = format!("{}\n  {statement}\n}}\n", &text[..end]);
            let after = policyc::check::check_source(&pasted, Some(&name));
            assert!(
                !after.has_errors(),
                "{name}: pasting `{statement}` gives {:?}",
                after.diagnostics
            );
            assert!(
                !undeclared(&after.diagnostics).contains(&warning.message),
                "{name}: `{statement}` leaves {}",
                warning.message
            );
        }
    }
}
