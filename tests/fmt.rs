//! The formatter: a misformatted fixture against its reviewed formatted form
//! (tests/fmt/misformatted.formatted), and its two laws on every
//! bundled policy and on generated ones: it is idempotent, and it never changes meaning
//! (the model of the formatted file equals the model of the original).

use proptest::prelude::*;

fn model_of(text: &str) -> policyc::model::Policy {
    let checked = policyc::check::check_source(text, None);
    assert!(!checked.has_errors(), "{:?}\n{text}", checked.diagnostics);
    checked.policy.unwrap()
}

fn format(text: &str) -> String {
    let (ast, _) = policyc::syntax::parse(text).expect("parses");
    policyc::syntax::fmt::format(&ast, text)
}

#[test]
fn misformatted_fixture() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fmt/");
    let original = std::fs::read_to_string(format!("{dir}misformatted.policy")).unwrap();
    let formatted = format(&original);
    assert_eq!(
        formatted,
        std::fs::read_to_string(format!("{dir}misformatted.formatted")).unwrap()
    );
    assert_eq!(format(&formatted), formatted, "fmt is idempotent");
    // The formatter inserted the missing section id; everything else means the same.
    let mut before = policyc::check::check_source(&original, None);
    assert!(before
        .diagnostics
        .iter()
        .any(|d| d.code == policyc::diag::Code::MissingId));
    before.policy = None;
    let after = model_of(&formatted);
    assert_eq!(after.sections()[0].id, "collect-information");
}

#[test]
fn bundled_policies_round_trip() {
    for id in ["hitgen", "enterprise-china", "cienet"] {
        let path = format!("{}/policies/{id}.policy", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let formatted = format(&text);
        assert_eq!(formatted, text, "policies/{id}.policy is not formatted");
        assert_eq!(model_of(&formatted), model_of(&text));
    }
}

/// A generated policy, written with random layout: extra spaces and line breaks between
/// tokens, comments, blank lines, and line breaks inside strings.
fn layout() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(" ".to_string()),
        Just("  ".to_string()),
        Just("\n    ".to_string()),
        Just(" // note\n  ".to_string()),
        Just("\n\n".to_string())
    ]
}

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("data"),
            Just("we"),
            Just("keep"),
            Just("your"),
            Just("**rights**"),
            Just("*only*"),
            Just("{@info.email}"),
            Just("{#s0}")
        ],
        1..8,
    )
    .prop_map(|w| w.join(" "))
}

fn zh() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("我们"),
            Just("保护"),
            Just("您的"),
            Just("个人信息"),
            Just("{@info.email}"),
            Just("\n   ")
        ],
        1..8,
    )
    .prop_map(|w| format!("我们{}", w.join("")))
}

prop_compose! {
    fn para()(en in words(), zh in zh(), sp in layout()) -> String {
        format!("p{sp}en \"{en}\"{sp}zh-CN \"{zh}\"")
    }
}

prop_compose! {
    fn section(i: usize)(paras in prop::collection::vec(para(), 1..4), sp in layout(), with_right in any::<bool>(), title_zh in zh()) -> String {
        let right = if with_right {
            format!("right r{i} {{{sp}kind deletion{sp}channels web-form,{sp}@info{sp}respond-within 1 month extendable-by 2 months{sp}}}")
        } else {
            String::new()
        };
        format!("section s{i}{sp}en \"Section {i}\"{sp}zh-CN \"{}\" {{{sp}{}{sp}{right}{sp}}}", title_zh.replace('\n', "").replace("{@info.email}", "x"), paras.join(&sp))
    }
}

prop_compose! {
    fn policy()(sections in (1usize..4).prop_flat_map(|n| (0..n).map(section).collect::<Vec<_>>()), sp in layout()) -> String {
        format!("// generated\npolicy gen {{{sp}title en \"T\" zh-CN \"标题\"{sp}languages en, zh-CN{sp}updated 2024-03-01{sp}numbering \"1.\", \"1.1\"{sp}contact info {{ email \"a@example.com\" }}{sp}{}{sp}}}\n", sections.join(&sp))
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn fmt_keeps_meaning_and_is_idempotent(text in policy()) {
        let formatted = format(&text);
        prop_assert_eq!(model_of(&formatted), model_of(&text));
        prop_assert_eq!(format(&formatted), formatted.clone());
    }
}
