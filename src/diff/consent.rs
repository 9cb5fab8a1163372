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
pub fn reason(ground: Ground, law: Option<Law>, lang: &str) -> String {
    let id = match (law, ground) {
        (_, Ground::RightsReduced) => "consent-rights-reduced",
        (None, _) => "consent-general",
        (Some(Law::Pipl), Ground::NewProcessing | Ground::NewPurpose | Ground::NewData) => {
            "consent-pipl-new-purpose-or-data"
        }
        (Some(Law::Pipl), Ground::NewRecipient) => "consent-pipl-new-recipient",
        (Some(Law::Pipl), Ground::NewDestination) => "consent-pipl-new-destination",
        (Some(Law::Gdpr), Ground::NewProcessing | Ground::NewPurpose) => "consent-gdpr-new-purpose",
        (Some(Law::Gdpr), Ground::NewData) => "consent-gdpr-new-data",
        (Some(Law::Gdpr), Ground::NewRecipient) => "consent-gdpr-new-recipient",
        (Some(Law::Gdpr), Ground::NewDestination) => "consent-gdpr-new-destination",
    };
    crate::locale::text(lang, id)
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
pub fn reasons(ground: Ground, laws: &[Law], lang: &str) -> Vec<String> {
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
