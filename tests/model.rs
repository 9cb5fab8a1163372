//! The model: its documented JSON Schema is current, and the reference policies hold their
//! facts as structure.

use policyc::model::{Channel, Maybe, Policy, Unit};

fn model(id: &str) -> Policy {
    let text = std::fs::read_to_string(format!(
        "{}/policies/{id}.policy",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let checked = policyc::check::check_source(&text, Some(id));
    assert!(!checked.has_errors(), "{id}: {:?}", checked.diagnostics);
    checked.policy.unwrap()
}

#[test]
fn documented_schema_is_current() {
    let documented = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/model.schema.json"
    ))
    .unwrap();
    assert_eq!(
        documented.trim_end(),
        policyc::model::schema_json(),
        "docs/model.schema.json is stale: run `policyc model --schema > docs/model.schema.json`"
    );
}

#[test]
fn model_json_is_deterministic_and_round_trips() {
    for id in ["hitgen", "enterprise-china", "cienet"] {
        let policy = model(id);
        let json = policyc::model::to_json(&policy);
        assert_eq!(json, policyc::model::to_json(&model(id)));
        let back: Policy = serde_json::from_str(&json).unwrap();
        assert_eq!(back, policy, "{id}: the JSON reads back as the same model");
    }
}

#[test]
fn reference_policies_hold_their_facts_as_structure() {
    for id in ["hitgen", "enterprise-china", "cienet"] {
        let p = model(id);
        assert_eq!(p.id, id);
        assert_eq!(p.languages, ["en", "zh-CN"]);
        assert!(!p.facts.collections.is_empty(), "{id}: collected items");
        assert!(p.facts.collections.iter().all(|c| !c.items.is_empty()));
        assert!(!p.facts.rights.is_empty(), "{id}: rights");
        assert!(
            p.facts.rights.iter().all(|r| !r.channels.is_empty()),
            "{id}: every right has a channel"
        );
        assert!(!p.facts.contacts.is_empty(), "{id}: contact points");
        for kind in ["data", "right"] {
            for (term, t) in &p.vocabulary[kind] {
                assert!(
                    t.labels.contains_key("en") && t.labels.contains_key("zh-CN"),
                    "{id}: {kind} {term}"
                );
            }
        }
    }
}

#[test]
fn hitgen_facts() {
    let p = model("hitgen");
    assert_eq!(p.dates.updated, "2021-04-26");
    assert_eq!(p.dates.effective, "2021-04-26");
    let correction = p
        .facts
        .rights
        .iter()
        .find(|r| r.kind == "correction")
        .expect("a right of correction");
    let d = correction
        .respond_within
        .as_ref()
        .expect("answered within 30 days");
    assert_eq!((d.amount, d.unit), (Some(30), Unit::Days));
    let deletion = p
        .facts
        .rights
        .iter()
        .find(|r| r.kind == "deletion")
        .expect("a right of deletion");
    assert!(
        deletion.when.as_ref().is_some_and(|w| w.cases.len() >= 3),
        "the three cases a.-c."
    );
    let minors = &p.facts.minors[0];
    assert_eq!(minors.age, 14);
    let emails: Vec<&str> = p
        .facts
        .contacts
        .iter()
        .filter_map(|c| c.email.as_ref()?.given().map(String::as_str))
        .collect();
    assert!(emails.contains(&"info@hitgen.com"));
    assert!(p.facts.rights.iter().any(|r| r
        .channels
        .iter()
        .any(|c| matches!(c, Channel::Contact { .. }))));
    let eea = p.facts.rights.iter().find(|r| {
        r.respond_within
            .as_ref()
            .is_some_and(|d| d.extendable_by.is_some())
    });
    let eea = eea.expect("EEA rights: one month, extendable by two");
    assert_eq!(eea.respond_within.as_ref().unwrap().unit, Unit::Months);
    assert!(
        !p.facts.changes.is_empty() && p.facts.changes[0].major.len() == 6,
        "the six major-change rules"
    );
}

#[test]
fn enterprise_china_facts() {
    let p = model("enterprise-china");
    assert_eq!(p.dates.released, "2022-12-08");
    assert_eq!(p.dates.updated, "2022-12-08");
    assert!(p.facts.minors.iter().any(|m| m.age == 18 && m.no_service));
    let contact = p.facts.contacts.iter().find(|c| {
        c.email
            .as_ref()
            .and_then(Maybe::given)
            .is_some_and(|e| e == "yhcs@enterprise-china.com")
    });
    let contact = contact.expect("the personal-information protection contact");
    let d = contact
        .respond_within
        .as_ref()
        .expect("replies within 15 working days");
    assert_eq!((d.amount, d.unit), (Some(15), Unit::WorkingDays));
    assert!(
        p.facts
            .consent
            .iter()
            .any(|c| c.exceptions.as_ref().is_some_and(|e| e.cases.len() == 11)),
        "the eleven exceptions of 1.5.3"
    );
    assert!(p
        .facts
        .storage
        .iter()
        .any(|s| s.location.contains(&"china".to_string())));
    assert!(p
        .sections()
        .iter()
        .any(|s| s.number.as_deref() == Some("1.1.1")));
}

#[test]
fn cienet_facts() {
    let p = model("cienet");
    assert_eq!(p.dates.updated, "2023-01-01");
    assert!(p.numbering.is_empty(), "unnumbered headings");
    assert!(
        p.facts
            .contacts
            .iter()
            .any(|c| matches!(c.email, Some(Maybe::Missing { .. }))),
        "the cut-off e-mail is marked missing"
    );
    assert!(p
        .facts
        .collections
        .iter()
        .any(|c| c.role == policyc::model::Role::Processor));
}
