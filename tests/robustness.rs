//! Hostile and mangled input: the front end returns diagnostics and never panics, hangs or
//! overflows its stack. Mutations of the bundled policies (cut, duplicated or shuffled spans,
//! stray bytes and keywords) are fed to parse + check + fmt.

use proptest::prelude::*;

fn policies() -> Vec<String> {
    ["hitgen", "enterprise-china", "cienet"]
        .iter()
        .map(|id| {
            std::fs::read_to_string(format!(
                "{}/policies/{id}.policy",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap()
        })
        .collect()
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Duplicate(usize, usize),
    Insert(usize, String),
    Swap(usize, usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let token = prop_oneof![
        Just("{".to_string()),
        Just("}".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("**".to_string()),
        Just("[".to_string()),
        Just("{@".to_string()),
        Just("section".to_string()),
        Just("right x {".to_string()),
        Just(",".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{202e}".to_string()),
        Just("中".to_string()),
        Just("2021-13-45".to_string()),
        Just("en".to_string()),
        Just("\n".to_string()),
        "[ -~]{0,12}".prop_map(|s| s),
    ];
    prop_oneof![
        (any::<usize>(), 0usize..200).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (any::<usize>(), 0usize..200).prop_map(|(a, n)| Mutation::Duplicate(a, n)),
        (any::<usize>(), token).prop_map(|(a, t)| Mutation::Insert(a, t)),
        (any::<usize>(), any::<usize>(), 1usize..100).prop_map(|(a, b, n)| Mutation::Swap(a, b, n)),
    ]
}

fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &mut String, m: &Mutation) {
    match m {
        Mutation::Delete(a, n) => {
            let a = boundary(text, *a);
            let b = boundary(text, a + n);
            text.replace_range(a..b.max(a), "");
        }
        Mutation::Duplicate(a, n) => {
            let a = boundary(text, *a);
            let b = boundary(text, a + n).max(a);
            let piece = text[a..b].to_string();
            text.insert_str(b, &piece);
        }
        Mutation::Insert(a, t) => {
            let a = boundary(text, *a);
            text.insert_str(a, t);
        }
        Mutation::Swap(a, b, n) => {
            let a = boundary(text, *a);
            let a2 = boundary(text, a + n).max(a);
            let piece = text[a..a2].to_string();
            text.replace_range(a..a2, "");
            let b = boundary(text, *b);
            text.insert_str(b, &piece);
        }
    }
}

fn front_end(text: &str) {
    let checked = policyc::check::check_source(text, Some("x"));
    if let Ok((ast, _)) = policyc::syntax::parse(text) {
        let formatted = policyc::syntax::fmt::format(&ast, text);
        // Formatting a file that checks yields a file with the same model (it may repair one
        // that does not: a missing section id is inserted from the title).
        let again = policyc::check::check_source(&formatted, Some("x"));
        if !checked.has_errors() {
            assert_eq!(again.policy, checked.policy);
        }
    }
    // Every diagnostic renders without panicking, wherever its span points.
    let file = policyc::source::SourceFile::new("x.policy", text);
    let _ = policyc::diag::render_human(&file, &checked.diagnostics, false);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn mutated_policies_never_panic(which in 0usize..3, mutations in prop::collection::vec(mutation(), 1..6)) {
        let mut text = policies()[which].clone();
        for m in &mutations {
            apply(&mut text, m);
        }
        front_end(&text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        front_end(&text);
        front_end(&format!("policy x {{ {text} }}"));
    }
}

#[test]
fn ten_thousand_nested_lists() {
    let text = format!(
        "policy x {{ section s {{ {} {} }} }}",
        "list { item {".repeat(10_000),
        "} }".repeat(10_000)
    );
    let checked = policyc::check::check_source(&text, None);
    assert!(checked.has_errors());
    assert_eq!(checked.diagnostics[0].code, policyc::diag::Code::TooDeep);
}

#[test]
fn long_runs_of_markup_do_not_blow_the_stack() {
    let text = format!("policy x {{ title en \"{}\" }}", "*[**".repeat(5_000));
    front_end(&text);
}

/// Found by the `check` fuzz target: a section without an id, which `fmt` repairs from its
/// title. The front end neither panics nor calls the repair a change of meaning.
#[test]
fn a_section_without_an_id_is_repaired_by_fmt() {
    let text = "policy p {\n  title en \"P\"\n  languages en\n  updated 2024-03-01\n  section en \"Rights\" {\n    p en \"Hello.\"\n  }\n}\n";
    let checked = policyc::check::check_source(text, Some("p"));
    assert!(checked.has_errors());
    front_end(text);
    let (ast, _) = policyc::syntax::parse(text).unwrap();
    let formatted = policyc::syntax::fmt::format(&ast, text);
    assert!(formatted.contains("section rights"), "{formatted}");
}
