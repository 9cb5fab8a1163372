//! What needs fresh consent: the changes that go beyond what users who consented before
//! agreed to (a new purpose, new data, a new recipient, a new transfer destination, a
//! reduction of rights), each with its reason under the laws the policy's jurisdictions
//! select (docs/diff.md, "Fresh consent").
//!
//! A notice tells users of a major change; consent given before covers only the purposes, data
//! and recipients stated then. PIPL requires consent again for a change of purpose or of the
//! categories of data (Art. 14) and separate consent to provide data to another handler
//! (Art. 23) or abroad (Art. 39). Under GDPR the same changes need a new legal basis where the
//! processing rests on consent (Art. 6(1)(a), 6(4)) and information before the new processing
//! (Art. 13(3)). Only facts select a ground: a change found in prose is for a reviewer.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::rules::Event;
use crate::model::{Policy, Rule};

/// Why a change needs fresh consent.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Ground {
    /// A new collection: data collected for purposes users never agreed to.
    NewProcessing,
    /// A new purpose for data already collected.
    NewPurpose,
    /// New categories of data for an existing purpose.
    NewData,
    /// A new recipient of sharing, or more data shared with one.
    NewRecipient,
    /// A new destination of a cross-border transfer.
    NewDestination,
    /// A reduction of users' rights (rule `rights-reduced`).
    RightsReduced,
}

/// A law whose consent rules the policy's jurisdictions select.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Law {
    /// China's Personal Information Protection Law: a jurisdiction with the region `china`.
    Pipl,
    /// The GDPR (and the UK GDPR, whose articles are numbered alike): a jurisdiction with the
    /// region `eea` or `uk`.
    Gdpr,
}

impl Ground {
    pub fn id(self) -> &'static str {
        match self {
            Ground::NewProcessing => "new-processing",
            Ground::NewPurpose => "new-purpose",
            Ground::NewData => "new-data",
            Ground::NewRecipient => "new-recipient",
            Ground::NewDestination => "new-destination",
            Ground::RightsReduced => "rights-reduced",
        }
    }
}

fn chinese(lang: &str) -> bool {
    crate::model::wording::script(lang) == crate::model::wording::Script::Chinese
}

/// The ground of a fact change detected as `event` on `key`, if it needs fresh consent.
pub(crate) fn ground(key: &str, event: Event) -> Option<Ground> {
    use Event::*;
    Some(match (key, event) {
        ("collect", Added) => Ground::NewProcessing,
        ("collect.purposes" | "recipient.purposes", ItemsAdded) | ("purpose", Added) => {
            Ground::NewPurpose
        }
        ("collect.items", ItemsAdded) => Ground::NewData,
        ("recipient", Added | AddedNewKind)
        | ("recipient.kind", Changed)
        | ("recipient.name", Set | Changed)
        | ("recipient.items" | "joint-controller.items", ItemsAdded) => Ground::NewRecipient,
        ("transfer", Added) | ("transfer.to", ItemsAdded) | ("recipient.country", Changed) => {
            Ground::NewDestination
        }
        _ => return None,
    })
}

/// The laws whose consent rules apply: those the new version's jurisdictions select.
pub fn laws(policy: &Policy) -> Vec<Law> {
    let regions = || policy.facts.jurisdictions.iter().flat_map(|j| &j.regions);
    let mut laws = Vec::new();
    if regions().any(|r| r == "china") {
        laws.push(Law::Pipl);
    }
    if regions().any(|r| r == "eea" || r == "uk") {
        laws.push(Law::Gdpr);
    }
    laws
}

/// The reason a change on `ground` needs fresh consent under `law` (None: under no law this
/// policy names; the general reason), in `lang`.
pub fn reason(ground: Ground, law: Option<Law>, lang: &str) -> &'static str {
    let zh = chinese(lang);
    match (law, ground) {
        (_, Ground::RightsReduced) => pick(zh, (
            "A reduction of rights applies to users only with their explicit consent (rule rights-reduced).",
            "削减用户权利的变更，须经用户明确同意方可适用（规则 rights-reduced）。",
        )),
        (None, _) => pick(zh, (
            "Consent given before covers the purposes, data and recipients stated then; this change goes beyond them.",
            "用户此前的同意仅涵盖当时所述的处理目的、个人信息和接收方，本项变更超出了该范围。",
        )),
        (Some(Law::Pipl), Ground::NewProcessing | Ground::NewPurpose | Ground::NewData) => pick(zh, (
            "PIPL Art. 14: where the purposes of processing, the processing method or the categories of personal information change, the individual's consent must be obtained again.",
            "《个人信息保护法》第十四条：个人信息的处理目的、处理方式和处理的个人信息种类发生变更的，应当重新取得个人同意。",
        )),
        (Some(Law::Pipl), Ground::NewRecipient) => pick(zh, (
            "PIPL Art. 23: providing personal information to another handler requires informing the individual of the recipient's name, contact details, purposes, processing method and categories of personal information, and obtaining separate consent.",
            "《个人信息保护法》第二十三条：向其他个人信息处理者提供其处理的个人信息的，应当向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并取得个人的单独同意。",
        )),
        (Some(Law::Pipl), Ground::NewDestination) => pick(zh, (
            "PIPL Art. 39: providing personal information outside the People's Republic of China requires informing the individual of the overseas recipient and how to exercise their rights against it, and obtaining separate consent.",
            "《个人信息保护法》第三十九条：向中华人民共和国境外提供个人信息的，应当向个人告知境外接收方的名称或者姓名、联系方式、处理目的、处理方式、个人信息的种类以及个人向境外接收方行使权利的方式和程序等事项，并取得个人的单独同意。",
        )),
        (Some(Law::Gdpr), Ground::NewProcessing | Ground::NewPurpose) => pick(zh, (
            "GDPR Art. 6(4) and 13(3): processing for a new purpose needs consent or another legal basis unless it is compatible with the purpose the data was collected for, and users must be informed before it starts; where it rests on consent, ask again.",
            "GDPR第6条第4款及第13条第3款：为新的目的处理个人数据，除与收集时的目的相容外，须取得同意或具备其他合法性基础，并须在处理开始前告知用户；以同意为基础的，须重新取得同意。",
        )),
        (Some(Law::Gdpr), Ground::NewData) => pick(zh, (
            "GDPR Art. 6(1)(a), 7 and 13(3): consent covers only the data it was given for; where the processing rests on consent, new categories of data need it again, and users must be informed first.",
            "GDPR第6条第1款(a)项、第7条及第13条第3款：同意仅及于取得同意时所涉的数据；以同意为基础的处理新增数据类别的，须重新取得同意，并须事先告知用户。",
        )),
        (Some(Law::Gdpr), Ground::NewRecipient) => pick(zh, (
            "GDPR Art. 13(1)(e) and 13(3): users must be told of new recipients before their data is shared; where the sharing rests on consent, ask again.",
            "GDPR第13条第1款(e)项及第13条第3款：向新的接收方共享数据前须告知用户；以同意为基础的共享，须重新取得同意。",
        )),
        (Some(Law::Gdpr), Ground::NewDestination) => pick(zh, (
            "GDPR Art. 13(1)(f) and 49(1)(a): users must be told of a transfer to a new third country; where it rests on neither an adequacy decision nor appropriate safeguards, it needs their explicit consent.",
            "GDPR第13条第1款(f)项及第49条第1款(a)项：向新的第三国传输数据须告知用户；既无充分性认定、亦无适当保障措施的，须取得用户的明确同意。",
        )),
    }
}

fn pick(zh: bool, (en, zh_text): (&'static str, &'static str)) -> &'static str {
    if zh {
        zh_text
    } else {
        en
    }
}

/// The laws a ground's reasons are given under: each law the policy's jurisdictions select,
/// or none (the general reason) when they select none, and for a reduction of rights.
pub fn reason_laws(ground: Ground, laws: &[Law]) -> Vec<Option<Law>> {
    if ground == Ground::RightsReduced || laws.is_empty() {
        vec![None]
    } else {
        laws.iter().copied().map(Some).collect()
    }
}

/// The reasons of a change on `ground`, one per law of [`reason_laws`], in `lang`. Each
/// names its law and articles.
pub fn reasons(ground: Ground, laws: &[Law], lang: &str) -> Vec<&'static str> {
    reason_laws(ground, laws)
        .into_iter()
        .map(|law| reason(ground, law, lang))
        .collect()
}

/// Whether a change of this rule and ground belongs in the list (a ground always does; a
/// consent change is a reduction of rights).
pub(crate) fn of_change(ground: Option<Ground>, rule: Option<Rule>) -> Option<Ground> {
    ground.or((rule == Some(Rule::RightsReduced)).then_some(Ground::RightsReduced))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_that_go_beyond_consent_have_a_ground() {
        assert_eq!(
            ground("recipient", Event::Added),
            Some(Ground::NewRecipient)
        );
        assert_eq!(
            ground("collect.purposes", Event::ItemsAdded),
            Some(Ground::NewPurpose)
        );
        assert_eq!(
            ground("transfer.to", Event::ItemsAdded),
            Some(Ground::NewDestination)
        );
        assert_eq!(ground("recipient", Event::Removed), None);
        assert_eq!(ground("collect.items", Event::ItemsRemoved), None);
    }

    #[test]
    fn every_ground_has_a_reason_under_every_law_in_both_languages() {
        for g in [
            Ground::NewProcessing,
            Ground::NewPurpose,
            Ground::NewData,
            Ground::NewRecipient,
            Ground::NewDestination,
            Ground::RightsReduced,
        ] {
            for law in [None, Some(Law::Pipl), Some(Law::Gdpr)] {
                assert!(!reason(g, law, "en").is_empty());
                assert!(reason(g, law, "zh-CN")
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
            }
        }
    }
}
