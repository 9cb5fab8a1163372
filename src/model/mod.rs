//! Model: the typed policy, no entry function (types, and [`vocab`], [`numbering`],
//! [`wording`] for the built-in vocabulary, markers and how values read in each language).
//!
//! The typed policy model: what `check` produces from a source file and every later stage
//! (render, diff, archive, site) reads. It holds facts as typed structure; prose is kept as
//! inline trees per language. Serialised with serde (`policyc model`); its JSON Schema comes
//! from the same types (schemars) and is documented in `docs/model.md`.
//!
//! The model carries no spans: two sources that mean the same thing (for example a file and
//! its `policyc fmt` output) give equal models.

pub mod numbering;
pub mod parties;
pub mod promises;
pub mod table;
pub mod vocab;
pub mod wording;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use numbering::{Marker, MarkerStyle};
pub use parties::{Authority, JointController, Law, Reach, Representative};
pub use promises::{ChangelogEntry, NoticeScope, Promise, ScopedResponse};
pub use table::{Cell, Table};

/// A text in every language of the policy: language tag -> inline content.
pub type Text = BTreeMap<String, Vec<Inline>>;

/// Inline content of a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Inline {
    /// Plain text.
    Text {
        text: String,
    },
    /// Strong emphasis: text the reader must notice.
    Strong {
        content: Vec<Inline>,
    },
    Emph {
        content: Vec<Inline>,
    },
    /// A link to an `https:`, `http:` or `mailto:` address.
    Link {
        href: String,
        content: Vec<Inline>,
    },
    /// The value of a structured fact (`{@fact.field}`), or the fact's label when `field` is absent.
    Ref {
        fact: String,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        field: Option<String>,
    },
    /// A cross-reference to a section, shown as its number and title.
    SectionRef {
        section: String,
    },
}

impl Inline {
    /// Inline content as plain text, references as written (`{@fact.field}`, `{#section}`):
    /// what check, translations and the diff compare.
    pub fn plain(inlines: &[Inline]) -> String {
        let mut out = String::new();
        for inline in inlines {
            match inline {
                Inline::Text { text } => out.push_str(text),
                Inline::Strong { content }
                | Inline::Emph { content }
                | Inline::Link { content, .. } => out.push_str(&Inline::plain(content)),
                Inline::Ref { fact, field } => {
                    out.push_str("{@");
                    out.push_str(fact);
                    if let Some(field) = field {
                        out.push('.');
                        out.push_str(field);
                    }
                    out.push('}');
                }
                Inline::SectionRef { section } => {
                    out.push_str("{#");
                    out.push_str(section);
                    out.push('}');
                }
            }
        }
        out
    }
}

/// The policy: its identity, version data, facts and document structure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Policy {
    /// The policy id (`hitgen`).
    pub id: String,
    pub title: Text,
    /// Every language the policy is published in, authoritative first as declared.
    pub languages: Vec<String>,
    /// The language translations are made from.
    pub authoritative: String,
    /// Translations that are legally binding as well.
    pub binding: Vec<String>,
    /// The version identifier; the update date unless declared.
    pub version: String,
    pub dates: Dates,
    /// The section numbering, one marker per level; empty when headings are unnumbered.
    pub numbering: Vec<Marker>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notice_period: Option<Duration>,
    pub facts: Facts,
    /// The terms the policy uses (built-in or its own), by kind then id, with their labels.
    pub vocabulary: BTreeMap<String, BTreeMap<String, Term>>,
    /// The document in reading order: preamble blocks and sections.
    pub body: Vec<Block>,
    /// The policy's own list of changes, newest first (empty when it keeps none).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub changelog: Vec<ChangelogEntry>,
    /// Translations not yet updated: language -> the authoritative texts (as plain text,
    /// references as written) whose translation in that language was made from an earlier
    /// version of them. The renders mark each; the diff ignores this (it says nothing about
    /// the policy's content).
    #[serde(skip_serializing_if = "BTreeMap::is_empty", default)]
    pub stale: BTreeMap<String, std::collections::BTreeSet<String>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Dates {
    /// ISO 8601 dates (YYYY-MM-DD).
    pub released: String,
    pub updated: String,
    pub effective: String,
}

/// Every structured fact, by kind, each list in source order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Facts {
    pub controllers: Vec<Controller>,
    pub services: Vec<Service>,
    pub jurisdictions: Vec<Jurisdiction>,
    pub collections: Vec<Collection>,
    pub purposes: Vec<Purpose>,
    pub consent: Vec<Consent>,
    pub recipients: Vec<Recipient>,
    pub transfers: Vec<Transfer>,
    pub storage: Vec<Storage>,
    pub security: Vec<Security>,
    pub incidents: Vec<Incident>,
    pub retention: Vec<Retention>,
    pub rights: Vec<Right>,
    pub requests: Vec<Requests>,
    pub minors: Vec<Minors>,
    pub cookies: Vec<Cookies>,
    pub contacts: Vec<Contact>,
    pub changes: Vec<Changes>,
    pub assessments: Vec<Assessment>,
    /// Negative promises ("we do not sell your personal information").
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub promises: Vec<Promise>,
    /// Controllers who decide with the controller for some purposes.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub joint_controllers: Vec<JointController>,
    /// In-country representatives (GDPR Art. 27, PIPL Art. 53, Korea's PIPA).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub representatives: Vec<Representative>,
    /// Supervisory authorities and external complaint bodies.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub authorities: Vec<Authority>,
}

/// What every fact has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct FactBase {
    /// The fact's stable id, unique among the policy's facts.
    pub id: String,
    /// The section the fact is declared in (absent for facts declared at the top).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub section: Option<String>,
    /// What the fact says, rendered where it is declared.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<Text>,
    /// The jurisdictions the fact is limited to (none: everywhere).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub jurisdictions: Vec<String>,
}

/// A value the source document lacks, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Maybe<T> {
    Given(T),
    Missing { missing: Text },
}

impl<T> Maybe<T> {
    pub fn given(&self) -> Option<&T> {
        match self {
            Maybe::Given(v) => Some(v),
            Maybe::Missing { .. } => None,
        }
    }
}

/// Identified clauses of a fact: conditions, exceptions, criteria, safeguards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct CaseList {
    pub marker: Marker,
    pub cases: Vec<Case>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Case {
    pub id: String,
    pub text: Text,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Controller,
    Processor,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Controller {
    #[serde(flatten)]
    pub base: FactBase,
    pub name: Text,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub address: Option<Maybe<Text>>,
    /// Who is covered together with the controller ("HitGen Inc. and its affiliates").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub affiliates: Option<Text>,
    pub role: Role,
    /// The group or parent company the controller belongs to.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub group: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Service {
    #[serde(flatten)]
    pub base: FactBase,
    pub name: Text,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<Maybe<String>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Jurisdiction {
    #[serde(flatten)]
    pub base: FactBase,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub name: Option<Text>,
    /// Region terms.
    pub regions: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub law: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<Role>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum DataSource {
    /// Given by the user.
    User,
    /// Collected automatically (cookies, logs).
    Automatic,
    /// Obtained indirectly from third parties.
    ThirdParty,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Necessity {
    /// Needed for the basic function; refusing means the function is unavailable.
    Necessary,
    /// Refusing does not affect the basic functions.
    Optional,
}

/// Personal data collected for one business function.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Collection {
    #[serde(flatten)]
    pub base: FactBase,
    /// The business function, when named.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub name: Option<Text>,
    /// Data terms.
    pub items: Vec<String>,
    pub sources: Vec<DataSource>,
    pub necessity: Necessity,
    /// Purpose terms.
    pub purposes: Vec<String>,
    /// Whether the data is processed as controller or on behalf of customers.
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct LegalBasis {
    /// A basis term (`legitimate-interests`).
    pub basis: String,
    /// Where the basis is relied on (jurisdiction ids); everywhere when empty.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub jurisdictions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Purpose {
    #[serde(flatten)]
    pub base: FactBase,
    /// A purpose term.
    pub kind: String,
    pub bases: Vec<LegalBasis>,
}

/// The consent rule and the cases in which consent is not sought.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Consent {
    #[serde(flatten)]
    pub base: FactBase,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub exceptions: Option<CaseList>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Activity {
    /// Entrusted processing (a processor acting for us).
    Entrusted,
    Sharing,
    Transfer,
    Disclosure,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Recipient {
    #[serde(flatten)]
    pub base: FactBase,
    /// A recipient term.
    pub kind: String,
    pub activities: Vec<Activity>,
    /// Data terms shared with the recipient, when stated.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub items: Vec<String>,
    /// The conditions of the sharing.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub conditions: Option<CaseList>,
    /// Declared to have no conditions.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub unconditional: bool,
    /// The recipient's legal name, when it is named.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub name: Option<Text>,
    /// The country it is established in (an ISO 3166-1 alpha-2 code).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<String>,
    /// Its website.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<Maybe<String>>,
    /// Purpose terms: what it receives the data for.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub purposes: Vec<String>,
}

/// A cross-border transfer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Transfer {
    #[serde(flatten)]
    pub base: FactBase,
    /// Destination regions.
    pub to: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub from: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub bases: Vec<LegalBasis>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub safeguards: Option<CaseList>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Storage {
    #[serde(flatten)]
    pub base: FactBase,
    /// Region terms.
    pub location: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Security {
    #[serde(flatten)]
    pub base: FactBase,
    /// Measure terms.
    pub measures: Vec<String>,
}

/// The promise made for security incidents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Incident {
    #[serde(flatten)]
    pub base: FactBase,
    /// Channel terms by which users are told.
    pub notify: Vec<String>,
    pub report_to_regulators: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Retention {
    #[serde(flatten)]
    pub base: FactBase,
    pub period: Duration,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub criteria: Option<CaseList>,
}

/// How a right is exercised: a channel term, a contact point or an authority (`@id`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Channel {
    Term {
        channel: String,
    },
    Contact {
        contact: String,
    },
    /// A supervisory authority or external complaint body.
    Authority {
        authority: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Right {
    #[serde(flatten)]
    pub base: FactBase,
    /// A right term.
    pub kind: String,
    pub channels: Vec<Channel>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub respond_within: Option<Duration>,
    /// The cases in which the right applies.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub when: Option<CaseList>,
    /// The cases in which a request may be refused.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub except: Option<CaseList>,
}

/// How requests to exercise rights are handled, for every right (or every right of its
/// jurisdictions): the usual response time, identity checks, and the cases in which no
/// request is answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Requests {
    #[serde(flatten)]
    pub base: FactBase,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub channels: Vec<Channel>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub respond_within: Option<Duration>,
    /// Response times for requests to exercise some rights only; `respond-within` is the
    /// time for the others.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub respond_within_for: Vec<ScopedResponse>,
    /// The requester may have to prove their identity.
    pub verify_identity: bool,
    /// The cases in which no request is answered.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub except: Option<CaseList>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Minors {
    #[serde(flatten)]
    pub base: FactBase,
    /// Persons under this age are protected minors.
    pub age: u32,
    /// Collecting their data needs verifiable parental consent.
    pub parental_consent: bool,
    /// Services are not offered to them.
    pub no_service: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DoNotTrack {
    Honored,
    Ignored,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Cookies {
    #[serde(flatten)]
    pub base: FactBase,
    /// Purpose terms.
    pub purposes: Vec<String>,
    /// Channel terms: how cookies can be refused.
    pub refuse: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub do_not_track: Option<DoNotTrack>,
    pub no_cross_site_tracking: bool,
}

/// A contact point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Contact {
    #[serde(flatten)]
    pub base: FactBase,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub department: Option<Maybe<Text>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub officer: Option<Maybe<Text>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub email: Option<Maybe<String>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub phone: Option<Maybe<String>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub address: Option<Maybe<Text>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<Maybe<String>>,
    /// Further channel terms (online customer service ...).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub channels: Vec<String>,
    /// The contact takes complaints.
    pub complaints: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub respond_within: Option<Duration>,
}

/// The rules a change can fall under, as the policies and the diff name them: the six kinds of
/// major change the reference policies list, and the reduction of rights that needs explicit
/// consent. `changes { major ... }` names the six (`Rule::MAJOR`); the diff classifies each
/// change under one of the seven.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// The purposes, the types of personal information, the way it is used.
    ServiceModel,
    /// Ownership or organisational structure; the controller.
    Ownership,
    /// The parties personal information is shared with, transferred or disclosed to.
    Recipients,
    /// The user's rights and how they are exercised.
    Rights,
    /// The responsible department, its contact details, the complaint channels.
    Contact,
    /// An impact assessment that reports a high risk.
    RiskAssessment,
    /// A right removed, narrowed, made harder to exercise or answered more slowly.
    RightsReduced,
}

impl Rule {
    /// The six kinds of major change, which `changes { major ... }` may name.
    pub const MAJOR: [Rule; 6] = [
        Rule::ServiceModel,
        Rule::Ownership,
        Rule::Recipients,
        Rule::Rights,
        Rule::Contact,
        Rule::RiskAssessment,
    ];

    /// The rule id, as the output and `changes { major ... }` write it.
    pub fn id(self) -> &'static str {
        match self {
            Rule::ServiceModel => "service-model",
            Rule::Ownership => "ownership",
            Rule::Recipients => "recipients",
            Rule::Rights => "rights",
            Rule::Contact => "contact",
            Rule::RiskAssessment => "risk-assessment",
            Rule::RightsReduced => "rights-reduced",
        }
    }
}

/// The policy's promise about its own changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Changes {
    #[serde(flatten)]
    pub base: FactBase,
    /// Channel terms by which changes are announced.
    pub notify: Vec<String>,
    /// What the policy counts as a major change (one of `Rule::MAJOR` each).
    pub major: Vec<Rule>,
    /// The policy's own wording of each kind of major change; case ids are rule ids.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub when: Option<CaseList>,
    /// Rights are not reduced without explicit consent.
    pub consent_for_reduction: bool,
    /// Old versions are archived for review.
    pub archive: bool,
    /// Which changes are announced through `notify`: every change, or material ones only.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notify_on: Option<NoticeScope>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Risk {
    Low,
    Medium,
    High,
}

/// A personal-information security impact assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Assessment {
    #[serde(flatten)]
    pub base: FactBase,
    pub risk: Risk,
}

/// A unit of time. The last three are named durations without a number.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    Days,
    WorkingDays,
    Weeks,
    Months,
    Years,
    Promptly,
    ReasonableTime,
    AsLongAsNecessary,
}

impl Unit {
    pub fn is_named(self) -> bool {
        matches!(
            self,
            Unit::Promptly | Unit::ReasonableTime | Unit::AsLongAsNecessary
        )
    }
}

/// `15 working-days`, `1 month extendable-by 2 months`, or a named duration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Duration {
    /// Absent for named durations.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub amount: Option<u32>,
    pub unit: Unit,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub extendable_by: Option<Box<Duration>>,
}

#[cfg(test)]
impl Duration {
    /// `amount unit`, extendable by `ext`: a duration for the unit tests.
    pub(crate) fn of(amount: u32, unit: Unit, ext: Option<(u32, Unit)>) -> Duration {
        Duration {
            amount: Some(amount),
            unit,
            extendable_by: ext.map(|(a, u)| Box::new(Duration::of(a, u, None))),
        }
    }
}

/// A term of the vocabulary as the policy uses it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Term {
    /// Label per language.
    pub labels: BTreeMap<String, String>,
    /// The W3C DPV concept, when one matches.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub dpv: Option<String>,
    /// The nearest broader DPV concept, for a built-in term no concept matches exactly.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub dpv_broader: Option<String>,
    /// Declared by the policy rather than built in.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub custom: bool,
    /// For a built-in promise term: the law or rule the promise comes from.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
}

/// The kinds of fact, as written in the source.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum FactKind {
    Controller,
    Service,
    Jurisdiction,
    Term,
    Collect,
    Purpose,
    Consent,
    Recipient,
    Transfer,
    Storage,
    Security,
    Incident,
    Retention,
    Right,
    Requests,
    Minors,
    Cookies,
    Contact,
    Changes,
    Assessment,
    Promise,
    JointController,
    Representative,
    Authority,
}

impl FactKind {
    pub const ALL: [FactKind; 24] = [
        FactKind::Controller,
        FactKind::Service,
        FactKind::Jurisdiction,
        FactKind::Term,
        FactKind::Collect,
        FactKind::Purpose,
        FactKind::Consent,
        FactKind::Recipient,
        FactKind::Transfer,
        FactKind::Storage,
        FactKind::Security,
        FactKind::Incident,
        FactKind::Retention,
        FactKind::Right,
        FactKind::Requests,
        FactKind::Minors,
        FactKind::Cookies,
        FactKind::Contact,
        FactKind::Changes,
        FactKind::Assessment,
        FactKind::Promise,
        FactKind::JointController,
        FactKind::Representative,
        FactKind::Authority,
    ];

    pub fn keyword(self) -> &'static str {
        match self {
            FactKind::Controller => "controller",
            FactKind::Service => "service",
            FactKind::Jurisdiction => "jurisdiction",
            FactKind::Term => "term",
            FactKind::Collect => "collect",
            FactKind::Purpose => "purpose",
            FactKind::Consent => "consent",
            FactKind::Recipient => "recipient",
            FactKind::Transfer => "transfer",
            FactKind::Storage => "storage",
            FactKind::Security => "security",
            FactKind::Incident => "incident",
            FactKind::Retention => "retention",
            FactKind::Right => "right",
            FactKind::Requests => "requests",
            FactKind::Minors => "minors",
            FactKind::Cookies => "cookies",
            FactKind::Contact => "contact",
            FactKind::Changes => "changes",
            FactKind::Assessment => "assessment",
            FactKind::Promise => "promise",
            FactKind::JointController => "joint-controller",
            FactKind::Representative => "representative",
            FactKind::Authority => "authority",
        }
    }

    pub fn from_keyword(keyword: &str) -> Option<FactKind> {
        FactKind::ALL.into_iter().find(|k| k.keyword() == keyword)
    }
}

/// A block of the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    Paragraph {
        text: Text,
    },
    List {
        marker: Marker,
        items: Vec<Item>,
    },
    Section(Section),
    /// A table of texts and references to facts.
    Table(Table),
    /// A fact declared here: its text (and case lists) render in this place.
    Fact {
        kind: FactKind,
        id: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Section {
    /// The stable id, also the anchor of the published pages.
    pub id: String,
    /// The number as rendered ("(1)", "1.2.1"); absent when unnumbered.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub number: Option<String>,
    /// Absent for untitled clauses.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<Text>,
    pub body: Vec<Block>,
}

/// A list item: text and blocks, or a fact declared in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Item {
    Item {
        #[serde(skip_serializing_if = "Option::is_none", default)]
        text: Option<Text>,
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        body: Vec<Block>,
    },
    Fact {
        kind: FactKind,
        id: String,
    },
}

impl Policy {
    /// Every section, depth first, in document order.
    pub fn sections(&self) -> Vec<&Section> {
        fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a Section>) {
            for block in blocks {
                match block {
                    Block::Section(s) => {
                        out.push(s);
                        walk(&s.body, out);
                    }
                    Block::List { items, .. } => {
                        for item in items {
                            if let Item::Item { body, .. } = item {
                                walk(body, out);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.body, &mut out);
        out
    }
}

/// The model as pretty JSON with a stable key order (struct fields in declaration order, maps
/// sorted), ending in a newline-free string.
pub fn to_json(policy: &Policy) -> String {
    serde_json::to_string_pretty(policy).expect("the model serialises")
}

/// The JSON Schema of the model, generated from the types.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Policy);
    serde_json::to_string_pretty(&schema).expect("the schema serialises")
}
