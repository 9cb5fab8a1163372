//! The rules of the semantic diff, in one table: for each kind of change the diff finds (an
//! element, a field of it and what happened to the field), the severity, the rule of
//! ../shared/DOMAIN.md it falls under, and the reason given to readers in English and
//! Chinese. Every entry says why it is classified so.
//!
//! To add a rule, add a row to [`TABLE`]. The diff (`diff/` but this file) only detects events; it
//! never decides a severity itself.
//!
//! Keys name the element as the policy language does: `policy.FIELD` for the header,
//! `section`, `prose` (a paragraph or list item), `list.marker`, `term.FIELD` for the
//! vocabulary, and `KIND` / `KIND.FIELD` for facts (`right`, `right.respond-within`), where
//! KIND is the fact keyword and FIELD the key of the model's JSON. A row's key may end in
//! `.*` (any field of that kind of fact) and its event may be [`Event::Any`]. The lookup takes
//! the most specific row: `KIND.FIELD` + event, `KIND.FIELD` + any, `KIND.*` + event,
//! `KIND.*` + any, then the `*` row of the event, which holds the default wording. A row
//! with empty wording keeps its verdict and borrows the default wording.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::FactKind;

/// How much a change matters, in increasing order. The severity of a diff is the highest of
/// its changes.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Nothing changed.
    None,
    /// Wording, typography, numbering or order changed; no structured fact changed.
    Editorial,
    /// A structured fact changed that no major rule covers.
    Minor,
    /// A major change under one of the six rules: users get more prominent notice.
    Major,
    /// A reduction of the user's rights: it needs the user's explicit consent.
    Consent,
}

impl Severity {
    /// Every severity, lowest first.
    pub const ALL: [Severity; 5] = [
        Severity::None,
        Severity::Editorial,
        Severity::Minor,
        Severity::Major,
        Severity::Consent,
    ];

    /// The severity as written in JSON and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Severity::None => "none",
            Severity::Editorial => "editorial",
            Severity::Minor => "minor",
            Severity::Major => "major",
            Severity::Consent => "consent",
        }
    }
}

/// The rules a change can fall under: one type with the model's `changes { major ... }`.
pub use crate::model::Rule;

impl Rule {
    /// What a part of the policy is about when it states facts under this rule, as a phrase
    /// ("Wording changed where the policy states {subjects}").
    pub(crate) fn subject(self, lang: &str) -> String {
        let rule = crate::locale::Arg::from(self.id().to_string());
        crate::locale::message(lang, "subject-rule", &[("rule", rule)])
    }
}

/// The rules whose subject a kind of fact is: a section that declares such a fact is about
/// that rule, so a change of its wording is not waved through as editorial.
pub(crate) fn subjects(kind: FactKind) -> &'static [Rule] {
    match kind {
        // Collections, purposes and the service covered are the service model.
        FactKind::Collect | FactKind::Purpose | FactKind::Service => &[Rule::ServiceModel],
        // Cookies are a use of personal information and come with a way to refuse them.
        FactKind::Cookies => &[Rule::ServiceModel, Rule::Rights],
        FactKind::Controller => &[Rule::Ownership],
        // A joint controller is who is responsible, and it may receive personal information.
        FactKind::JointController => &[Rule::Ownership, Rule::Recipients],
        // Representatives and authorities are where users write to and complain.
        FactKind::Representative | FactKind::Authority => &[Rule::Contact],
        // Storage abroad and cross-border transfers are where personal information goes.
        FactKind::Recipient | FactKind::Transfer | FactKind::Storage => &[Rule::Recipients],
        // Consent, requests, minors' protection and the promise about changes are the
        // user's rights under the policy.
        FactKind::Right
        | FactKind::Requests
        | FactKind::Consent
        | FactKind::Minors
        | FactKind::Changes => &[Rule::Rights],
        FactKind::Contact => &[Rule::Contact],
        FactKind::Assessment => &[Rule::RiskAssessment],
        // A negative promise protects the user as a right does.
        FactKind::Promise => &[Rule::Rights],
        // Security, incidents, retention, jurisdictions and terms are under no rule.
        FactKind::Security
        | FactKind::Incident
        | FactKind::Retention
        | FactKind::Jurisdiction
        | FactKind::Term => &[],
    }
}

/// The class a table row gives a change: a severity, and the rule for major and consent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    Editorial,
    Minor,
    Major(Rule),
    /// Always under `rights-reduced`.
    Consent,
}

impl Verdict {
    pub(crate) fn severity(self) -> Severity {
        match self {
            Verdict::Editorial => Severity::Editorial,
            Verdict::Minor => Severity::Minor,
            Verdict::Major(_) => Severity::Major,
            Verdict::Consent => Severity::Consent,
        }
    }

    pub(crate) fn rule(self) -> Option<Rule> {
        match self {
            Verdict::Major(rule) => Some(rule),
            Verdict::Consent => Some(Rule::RightsReduced),
            Verdict::Editorial | Verdict::Minor => None,
        }
    }
}

/// Declares [`Event`] and [`Event::ALL`] from one list, so that every event the diff can emit
/// is in `ALL` (the table must give each a `*` row) without a second list to keep in step.
macro_rules! events {
    (
        $(#[$edoc:meta])* Evidence(Rule);
        $($(#[$doc:meta])* $name:ident,)*
    ) => {
        /// What happened to an element or a field, as the diff detects it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub(crate) enum Event {
            /// In a row: any event of the key.
            Any,
            $($(#[$doc])* $name,)*
            $(#[$edoc])* Evidence(Rule),
        }

        impl Event {
            /// Every event the diff can emit (all but [`Event::Any`]).
            #[cfg(test)]
            pub(crate) const ALL: &[Event] = &[
                $(Event::$name,)*
                Event::Evidence(Rule::ServiceModel),
                Event::Evidence(Rule::Ownership),
                Event::Evidence(Rule::Recipients),
                Event::Evidence(Rule::Rights),
                Event::Evidence(Rule::Contact),
                Event::Evidence(Rule::RiskAssessment),
                Event::Evidence(Rule::RightsReduced),
            ];
        }
    };
}

events! {
    /// Prose changed, added or removed whose words (or, for a unit added or removed whole,
    /// whose place) give evidence of a rule's subject (`diff::evidence`).
    Evidence(Rule);
    Added,
    /// A recipient of a kind no recipient of the old version had.
    AddedNewKind,
    /// An impact assessment added that reports a high risk.
    AddedHighRisk,
    /// A section or paragraph added where the policy states facts under a rule.
    AddedNearFacts,
    Removed,
    /// A fact removed together with a protection it gave (a way to refuse cookies, the
    /// promise not to reduce rights without consent).
    RemovedProtection,
    RemovedNearFacts,
    /// A fact or section now stands in another place.
    Moved,
    /// Cases or sections in another order.
    Reordered,
    /// A section whose number changed because sections were added or removed before it.
    Renumbered,
    /// A value replaced by another.
    Changed,
    /// A value stated where there was none.
    Set,
    /// A value no longer stated.
    Unset,
    /// A yes-or-no field turned on (`verify-identity`, `complaints`).
    Enabled,
    /// A yes-or-no field turned off.
    Disabled,
    ItemsAdded,
    ItemsRemoved,
    /// An ordered value went up (an age, optional instead of necessary, "do not track" honoured).
    Increased,
    Decreased,
    /// A risk that is now high.
    BecameHigh,
    /// A duration, compared on one scale.
    Lengthened,
    Shortened,
    /// The same length, said differently (30 days / one month).
    Restated,
    CaseAdded,
    CaseRemoved,
    /// Fewer jurisdictions (or some instead of all).
    Narrowed,
    Widened,
    /// A way to exercise a right added.
    ChannelAdded,
    /// A way to exercise a right replaced by another of the same kind (one e-mail for another).
    ChannelChanged,
    /// A kind of channel no longer offered.
    ChannelWithdrawn,
    /// Prose reworded where no rule applies.
    Reworded,
    /// Prose reworded where the policy states facts under a rule.
    RewordedNearFacts,
    /// Only whitespace, punctuation, letter case or a typo within a word changed.
    Typographic,
    /// Only a non-binding translation changed.
    TranslationOnly,
    /// A model difference no other event describes.
    Unclassified,
}

impl Event {
    /// Events about form rather than content: they take the `*` row whatever the key, so
    /// that a wildcard row of a fact (`recipient.*`) never makes a reworded text major.
    /// Prose evidence takes the `*` rows too: its verdict is the rule of what was found.
    fn is_form(self) -> bool {
        matches!(
            self,
            Event::Evidence(_)
                | Event::Moved
                | Event::Reordered
                | Event::Renumbered
                | Event::Reworded
                | Event::RewordedNearFacts
                | Event::Typographic
                | Event::TranslationOnly
        )
    }
}

/// One row of the table.
pub(crate) struct Entry {
    pub key: &'static str,
    pub event: Event,
    pub verdict: Verdict,
    /// Whether the row has its own wording: the message `change-KEY--EVENT` of the
    /// catalogues (`locales/`), with the arguments $fact the element, $field the field's
    /// name, $old and $new the values, $what the items, case or text concerned, $lang a
    /// language, $rights the rights concerned, $subjects what the section is about. A row
    /// without borrows the wording of the next row that has one.
    pub worded: bool,
}

const fn row(key: &'static str, event: Event, verdict: Verdict, worded: bool) -> Entry {
    Entry {
        key,
        event,
        verdict,
        worded,
    }
}

impl Entry {
    /// The id of the row's message in the catalogues: `change-KEY--EVENT`, the key with `.`
    /// made `_` and `*` made `any`, the event in kebab case (`change-right_respond-within--lengthened`).
    pub(crate) fn message_id(&self) -> String {
        let key = self.key.replace('.', "_").replace('*', "any");
        format!("change-{key}--{}", self.event.slug())
    }
}

impl Event {
    /// The event in kebab case, as message ids name it (`items-added`, `evidence-contact`).
    pub(crate) fn slug(self) -> String {
        if let Event::Evidence(rule) = self {
            return format!("evidence-{}", rule.id());
        }
        let name = format!("{self:?}");
        let mut out = String::new();
        for (i, c) in name.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }
}

mod table;
mod words;

pub(crate) use table::TABLE;
pub(crate) use words::{field_label, language_name, value_label, Note};

/// The verdict and wording the table gives a change.
pub(crate) struct Resolved {
    pub verdict: Verdict,
    /// The message id of the wording (see [`Entry::message_id`]).
    pub message: String,
}

/// Looks up a change: the most specific row gives the verdict, the most specific row with
/// wording gives the wording.
pub(crate) fn lookup(key: &str, event: Event) -> Resolved {
    let wildcard = key.split_once('.').map(|(kind, _)| format!("{kind}.*"));
    let mut candidates: Vec<(&str, Event)> = Vec::new();
    if !event.is_form() {
        candidates.push((key, event));
        candidates.push((key, Event::Any));
        if let Some(w) = wildcard.as_deref() {
            candidates.push((w, event));
            candidates.push((w, Event::Any));
        }
    }
    candidates.push(("*", event));
    let rows: Vec<&Entry> = candidates
        .iter()
        .filter_map(|(k, e)| TABLE.iter().find(|r| r.key == *k && r.event == *e))
        .collect();
    let verdict = rows.first().map_or(Verdict::Minor, |r| r.verdict);
    let worded = rows.iter().find(|r| r.worded);
    Resolved {
        verdict,
        message: worded.map_or_else(String::new, |r| r.message_id()),
    }
}

/// A message of the diff (`locales/*.ftl`) with its text arguments filled in.
pub(crate) fn message(lang: &str, id: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, crate::locale::Arg)> = args
        .iter()
        .map(|(name, value)| (*name, crate::locale::Arg::from(value.clone())))
        .collect();
    crate::locale::message(lang, id, &args)
}

/// Words put in parentheses after a name: " (cloud service providers)", "（云服务提供商）".
pub(crate) fn parenthesis(lang: &str, text: &str) -> String {
    message(lang, "diff-parenthesis", &[("text", text.to_string())])
}

/// A label and what it labels: "Refusal of cookies: channels", "表格1：…".
pub(crate) fn labelled(lang: &str, label: &str, text: &str) -> String {
    message(
        lang,
        "diff-labelled",
        &[("label", label.to_string()), ("text", text.to_string())],
    )
}

#[cfg(test)]
mod tests {
    use super::Event::*;
    use super::Verdict::*;
    use super::*;
    use crate::model::Rule::*;

    #[test]
    fn every_event_has_a_default_row_with_wording() {
        for event in Event::ALL {
            let row = TABLE.iter().find(|r| r.key == "*" && r.event == *event);
            let row = row.unwrap_or_else(|| panic!("no `*` row for {event:?}"));
            assert!(row.worded, "{event:?}");
        }
    }

    #[test]
    fn rows_are_unique_and_every_worded_row_has_its_message() {
        let en = crate::locale::catalogue_source("en").expect("an English catalogue");
        let ids: Vec<&str> = crate::locale::message_ids(en).collect();
        for (i, a) in TABLE.iter().enumerate() {
            for b in &TABLE[i + 1..] {
                assert!(
                    !(a.key == b.key && a.event == b.event),
                    "two rows for {} {:?}",
                    a.key,
                    a.event
                );
            }
            assert_eq!(
                ids.contains(&a.message_id().as_str()),
                a.worded,
                "{} {:?}: a worded row has a message, and only a worded row",
                a.key,
                a.event
            );
        }
    }

    #[test]
    fn the_most_specific_row_wins() {
        let en = |r: &Resolved| crate::locale::text("en", &r.message);
        let r = lookup("right.respond-within", Lengthened);
        assert_eq!(r.verdict, Consent);
        assert!(en(&r).contains("lengthened"));
        // A wildcard row keeps the default wording.
        let r = lookup("recipient.items", ItemsAdded);
        assert_eq!(r.verdict, Major(Recipients));
        assert_eq!(r.message, "change-any--items-added");
        // Form events never take a fact's wildcard row.
        assert_eq!(lookup("recipient.text", Reworded).verdict, Editorial);
        assert_eq!(lookup("security.measures", Changed).verdict, Minor);
    }

    #[test]
    fn severities_are_ordered() {
        let mut sorted = Severity::ALL;
        sorted.sort();
        assert_eq!(sorted, Severity::ALL);
        assert_eq!(Verdict::Consent.rule(), Some(Rule::RightsReduced));
    }
}
