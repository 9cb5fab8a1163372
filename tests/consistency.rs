//! The languages of a text must agree on its references, addresses, dates and numbers
//! (`inconsistent-translation`, issue 16): each language in its own notation reads the same
//! (tests/consistency/agree.policy: dates with month names in en, fr, de, es, pt-BR and the
//! 年月日 / 년 월 일 notation, ordinals and floors, addresses directly followed by CJK text),
//! while every seeded real inconsistency is reported where its `// expect:` line says
//! (tests/consistency/disagree.policy).

use std::path::Path;

use policyc::check::check_source;
use policyc::source::SourceFile;

fn load(name: &str) -> SourceFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/consistency")
        .join(name);
    SourceFile::new(
        Path::new("tests/consistency").join(name),
        std::fs::read_to_string(&path).unwrap(),
    )
}

/// Each diagnostic as `code line:col: message (label)`.
fn found(file: &SourceFile, stem: &str) -> Vec<String> {
    check_source(&file.text, Some(stem))
        .diagnostics
        .iter()
        .map(|d| {
            let (line, col) = file.line_col(d.span.start);
            format!("{} {line}:{col}", d.code.name())
        })
        .collect()
}

#[test]
fn languages_that_agree_in_their_own_notations_get_no_warning() {
    let file = load("agree.policy");
    assert_eq!(found(&file, "agree"), Vec::<String>::new());
}

#[test]
fn every_seeded_inconsistency_is_reported() {
    let file = load("disagree.policy");
    let expected: Vec<String> = file
        .text
        .lines()
        .filter_map(|l| l.strip_prefix("// expect: "))
        .map(str::to_string)
        .collect();
    assert_eq!(expected.len(), 10);
    assert_eq!(found(&file, "disagree"), expected);
}

#[test]
fn a_declared_address_written_out_beside_cjk_text_is_a_repeated_value() {
    let file = load("agree.policy");
    // The same policy with the declared address written out instead of the one in passing.
    let text = file.text.replace("dpo@example.org", "privacy@example.com");
    let checked = check_source(&text, Some("agree"));
    let repeated = checked
        .diagnostics
        .iter()
        .filter(|d| d.code.name() == "repeated-value")
        .count();
    // Once in each of the nine languages, the CJK ones included.
    assert_eq!(repeated, 9);
}
