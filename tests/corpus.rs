//! The benchmark corpus (src/corpus.rs): generated policies check without a diagnostic, with
//! every translation confirmed, in the reference policies' size; the same seed gives the same
//! corpus; histories are realistic edits that keep a policy's size.

use policyc::check::check_source;

#[test]
fn generated_policies_check_clean_and_are_about_30_kb() {
    for i in 0..8 {
        let source = policyc::corpus::policy(7, i);
        let checked = check_source(&source, Some(&format!("policy-{i:05}")));
        assert!(
            checked.diagnostics.is_empty(),
            "policy {i}: {:?}",
            checked
                .diagnostics
                .iter()
                .map(|d| &d.message)
                .collect::<Vec<_>>()
        );
        let policy = checked.policy.expect("a model");
        assert_eq!(policy.languages, ["en", "zh-CN"]);
        assert!((28_000..40_000).contains(&source.len()), "{}", source.len());
        assert!(!source.contains("zh-CN \""), "an unconfirmed translation");
    }
}

#[test]
fn the_seed_decides_the_corpus() {
    assert_eq!(policyc::corpus::policy(7, 3), policyc::corpus::policy(7, 3));
    assert_ne!(policyc::corpus::policy(7, 3), policyc::corpus::policy(8, 3));
    assert_ne!(policyc::corpus::policy(7, 3), policyc::corpus::policy(7, 4));
}

#[test]
fn histories_are_checked_edits_of_stable_size() {
    let versions: Vec<String> = policyc::corpus::history(7, 0, 60).collect();
    let mut previous: Option<policyc::model::Policy> = None;
    let mut severities = std::collections::BTreeSet::new();
    for (n, source) in versions.iter().enumerate() {
        let checked = check_source(source, None);
        assert!(checked.diagnostics.is_empty(), "version {}", n + 1);
        let policy = checked.policy.expect("a model");
        if let Some(old) = &previous {
            assert!(policy.dates.updated > old.dates.updated);
            let diff = policyc::diff::diff(old, &policy);
            assert!(
                !diff.changes.is_empty(),
                "version {} changes nothing",
                n + 1
            );
            severities.insert(diff.severity.id());
        }
        previous = Some(policy);
        assert!(
            source.len() < 45_000,
            "version {} grew to {}",
            n + 1,
            source.len()
        );
    }
    // Prose edits, added recipients and changed rights: more than one kind of change.
    assert!(severities.len() >= 2, "{severities:?}");
}

#[test]
fn generated_policies_write_floors_dates_and_addresses_in_each_languages_notation() {
    // What benches/consistency.sh measures false inconsistent-translation warnings on: a
    // floor, a date with a month name, addresses directly followed by Chinese text.
    let source = policyc::corpus::policy(7, 1);
    for said in [
        "3rd Floor, 1 Harbour Road",
        "海港路1号3楼\"",
        "first published on January 8, 2019.",
        "首次发布于2019年1月8日。",
        "请发送电子邮件至dpo@globex-1.example联系我们",
        "列于https://www.globex-1.example/cookies。",
    ] {
        assert!(source.contains(said), "{said}");
    }
}
