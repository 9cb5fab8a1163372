//! Unit tests of the evidence.
use super::patterns::{build, cues, synonyms};
use super::*;
use crate::diff::prose::Segment;

fn diff(lang: &str, parts: &[(Op, &str)]) -> ProseDiff {
    ProseDiff {
        lang: lang.into(),
        segments: parts
            .iter()
            .map(|(op, text)| Segment {
                op: *op,
                text: text.to_string(),
            })
            .collect(),
    }
}

fn rules(evidence: &[Evidence]) -> BTreeSet<Rule> {
    evidence.iter().map(|e| e.rule).collect()
}

fn analyser() -> Analyser {
    Analyser::new(&[])
}

#[test]
fn the_data_files_read() {
    assert!(cues().contains_key("recipients"));
    assert!(synonyms().contains_key("data"));
    for lang in ["en", "zh-CN"] {
        let p = build(lang, &[]);
        assert!(p.list.len() > 100, "{lang}: {} patterns", p.list.len());
    }
}

#[test]
fn a_new_organisation_and_a_sharing_cue_are_recipients() {
    let d = diff(
        "en",
        &[
            (Op::Equal, "We "),
            (
                Op::Insert,
                "may share usage data with Example Analytics Ltd and ",
            ),
            (Op::Equal, "keep it safe."),
        ],
    );
    let e = analyser().unit(&[d]);
    let texts: Vec<&str> = e.iter().map(|e| e.text.as_str()).collect();
    assert!(texts.contains(&"Example Analytics Ltd"), "{e:#?}");
    assert!(texts.contains(&"share"), "{e:#?}");
    assert!(rules(&e).contains(&Rule::Recipients));
    assert!(e.iter().all(|e| e.side == Said::New));
}

#[test]
fn a_rewording_that_keeps_its_words_is_no_evidence() {
    let d = diff(
        "en",
        &[
            (Op::Delete, "We share your data with our partners."),
            (Op::Insert, "Your data is shared with our partners."),
        ],
    );
    assert_eq!(analyser().unit(&[d]), vec![]);
}

#[test]
fn contact_details_are_found_but_dates_and_section_numbers_are_not_phones() {
    let d = diff(
        "en",
        &[(
            Op::Insert,
            "Write to dpo@example.com or call +1 (555) 123-4567, or our hotline 110; \
             see section 1.2.3 of the policy of 2021-04-26 (updated 26/04/2021) and pay $1234567.",
        )],
    );
    let e = analyser().unit(&[d]);
    let found: BTreeSet<(Found, &str)> = e
        .iter()
        .filter(|e| e.rule == Rule::Contact && e.found != Found::Cue)
        .map(|e| (e.found, e.text.as_str()))
        .collect();
    assert_eq!(
        found,
        BTreeSet::from([
            (Found::Email, "dpo@example.com"),
            (Found::Phone, "+1 (555) 123-4567"),
            (Found::Phone, "110"),
        ])
    );
}

#[test]
fn chinese_cues_organisations_and_service_numbers() {
    let d = diff(
        "zh-CN",
        &[
            (Op::Equal, "我们"),
            (
                Op::Insert,
                "会与北京示例科技有限公司共享您的设备信息，您也可以拨打12315投诉",
            ),
            (Op::Equal, "。"),
        ],
    );
    let e = analyser().unit(&[d]);
    let texts: BTreeSet<&str> = e.iter().map(|e| e.text.as_str()).collect();
    for t in ["北京示例科技有限公司", "共享", "12315", "投诉"] {
        assert!(texts.contains(t), "{t}: {e:#?}");
    }
    assert!(rules(&e).is_superset(&BTreeSet::from([Rule::Recipients, Rule::Contact])));
}

#[test]
fn deleting_or_narrowing_a_negative_promise_reduces_rights() {
    let deleted = diff(
        "en",
        &[
            (Op::Delete, "We do not sell your personal information. "),
            (Op::Equal, "We keep it safe."),
        ],
    );
    assert!(rules(&analyser().unit(&[deleted])).contains(&Rule::RightsReduced));
    let narrowed = diff(
        "en",
        &[
            (Op::Equal, "We do not sell your personal information"),
            (Op::Insert, ", except to our partners"),
            (Op::Equal, "."),
        ],
    );
    let e = analyser().unit(&[narrowed]);
    assert!(rules(&e).contains(&Rule::RightsReduced), "{e:#?}");
    let zh = diff("zh-CN", &[(Op::Delete, "我们不会出售您的个人信息。")]);
    assert!(rules(&analyser().unit(&[zh])).contains(&Rule::RightsReduced));
}

#[test]
fn vocabulary_terms_by_label_synonym_plural_and_hyphen() {
    let d = diff(
        "en",
        &[(
            Op::Insert,
            "We now collect email addresses and phone numbers for advertisers.",
        )],
    );
    let e = analyser().unit(&[d]);
    let texts: BTreeSet<&str> = e
        .iter()
        .filter(|e| e.found == Found::Term)
        .map(|e| e.text.as_str())
        .collect();
    assert!(texts.contains("email addresses"), "{e:#?}");
    assert!(texts.contains("phone numbers"), "{e:#?}");
    assert!(texts.contains("advertisers"), "{e:#?}");
}

#[test]
fn headings_and_common_capitalised_words_are_not_organisations() {
    let d = diff(
        "en",
        &[(
            Op::Insert,
            "How We Share Information With Third Parties. The European Economic Area and the \
             United States are covered by this Privacy Policy.",
        )],
    );
    let e = analyser().unit(&[d]);
    assert!(e.iter().all(|e| e.found != Found::Organisation), "{e:#?}");
}

/// German capitalises its nouns: two of them in a row are no name; a legal form still is.
#[test]
fn german_nouns_are_not_organisations_but_a_legal_form_is() {
    let d = diff(
        "de",
        &[(
            Op::Insert,
            "Bevor wir Ihre Daten verarbeiten, holen wir Ihre Einwilligung ein. Kein System ist \
             sicher. Wir beauftragen die Beispiel Analyse GmbH.",
        )],
    );
    let e = analyser().unit(&[d]);
    let names: Vec<&str> = e
        .iter()
        .filter(|e| e.found == Found::Organisation)
        .map(|e| e.key.as_str())
        .collect();
    assert_eq!(
        names,
        ["Organisation:legal:beispiel analyse gmbh"],
        "{e:#?}"
    );
}

#[test]
fn the_position_of_a_unit_tells_its_rules() {
    let e = analyser().position(
        &[
            ("en", "Sharing your information"),
            ("zh-CN", "我们如何共享您的信息"),
        ],
        Said::New,
    );
    assert_eq!(rules(&e), BTreeSet::from([Rule::Recipients]));
    assert!(e.iter().all(|e| e.found == Found::Position));
}

/// A sentence left in German in an English policy, replaced by its English translation, says
/// the same concepts (complaint, authority): no evidence. The English sentence added beside
/// the German one would be.
#[test]
fn a_sentence_replaced_by_its_translation_is_no_evidence() {
    let german = "Sie können sich bei der zuständigen Aufsichtsbehörde beschweren.";
    let english = "You can lodge a complaint with the competent supervisory authority.";
    let replaced = diff("en", &[(Op::Delete, german), (Op::Insert, english)]);
    assert_eq!(analyser().unit(&[replaced]), vec![]);
    let added = diff(
        "en",
        &[(Op::Equal, german), (Op::Insert, &format!(" {english}"))],
    );
    assert!(rules(&analyser().unit(&[added])).contains(&Rule::Contact));
}

/// "By email" beside the address it gives names a channel, not data collected.
#[test]
fn the_channel_of_a_contact_point_is_not_data_collected() {
    let d = diff(
        "en",
        &[(Op::Insert, "Write to our officer by email: dpo@example.com")],
    );
    let e = analyser().unit(&[d]);
    assert_eq!(rules(&e), BTreeSet::from([Rule::Contact]), "{e:#?}");
    let collected = diff(
        "en",
        &[(
            Op::Insert,
            "We collect your email address to send receipts.",
        )],
    );
    assert!(rules(&analyser().unit(&[collected])).contains(&Rule::ServiceModel));
}
