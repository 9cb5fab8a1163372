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

use crate::model::wording::{script, Script};
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
    pub(crate) fn subject(self, lang: &str) -> &'static str {
        pick(
            lang,
            match self {
                Rule::ServiceModel => ("the service model", "服务模式"),
                Rule::Ownership => ("who is responsible", "个人信息处理者"),
                Rule::Recipients => ("recipients of personal information", "个人信息的接收方"),
                Rule::Rights | Rule::RightsReduced => ("your rights", "用户权利"),
                Rule::Contact => ("contact details", "联系方式"),
                Rule::RiskAssessment => ("impact assessments", "影响评估"),
            },
        )
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
    /// The reason, with placeholders: {fact} the element, {field} the field's name, {old} and
    /// {new} the values, {what} the items, case or text concerned, {lang} a language, {rights}
    /// the rights concerned, {subjects} what the section is about.
    pub en: &'static str,
    pub zh: &'static str,
}

const fn row(
    key: &'static str,
    event: Event,
    verdict: Verdict,
    en: &'static str,
    zh: &'static str,
) -> Entry {
    Entry {
        key,
        event,
        verdict,
        en,
        zh,
    }
}

use Event::*;
use Rule::*;
use Verdict::{Consent, Editorial, Major, Minor};

/// THE table. Grouped by what the change is about; the `*` rows at the end give the default
/// verdict and wording of each event.
#[rustfmt::skip]
pub(crate) const TABLE: &[Entry] = &[
    // ------------------------------------------------------------------ the policy itself
    // The version and its dates are shown in the header of a diff, never as a change.
    row("policy.id", Changed, Minor, "Policy id changed from {old} to {new}", "政策标识由{old}变更为{new}"),
    // Languages and binding translations change who can read the policy and which text
    // counts, but no rule of the policies names them.
    row("policy.languages", ItemsAdded, Minor, "Now also published in: {what}", "新增发布语言：{what}"),
    row("policy.languages", ItemsRemoved, Minor, "No longer published in: {what}", "不再以下列语言发布：{what}"),
    row("policy.binding", ItemsAdded, Minor, "Translation now binding: {what}", "译文现具有约束力：{what}"),
    row("policy.binding", ItemsRemoved, Minor, "Translation no longer binding: {what}", "译文不再具有约束力：{what}"),
    row("policy.authoritative", Changed, Minor, "Authoritative language changed from {old} to {new}", "权威语言由{old}变更为{new}"),
    // Numbering is presentation.
    row("policy.numbering", Changed, Editorial, "Section numbering changed from {old} to {new}", "章节编号方式由{old}变更为{new}"),

    // ------------------------------------------------------------------ document structure
    // Sections and paragraphs carry no fact of their own; their facts are reported
    // separately. Where a section states facts under a rule, new or removed text there may
    // restate a fact, so it is flagged for review (the classifier errs toward flagging).
    row("section", Added, Editorial, "Section added: {fact}", "新增章节：{fact}"),
    row("section", AddedNearFacts, Minor, "Section added where the policy states {subjects}: {fact}", "在涉及{subjects}的部分新增章节：{fact}"),
    row("section", Removed, Editorial, "Section removed: {fact}", "删除章节：{fact}"),
    row("section", RemovedNearFacts, Minor, "Section removed where the policy states {subjects}: {fact}", "在涉及{subjects}的部分删除章节：{fact}"),
    row("section.number", Changed, Editorial, "Section {fact} numbered differently: {old} → {new}", "章节{fact}编号变更：{old} → {new}"),
    row("prose", Added, Editorial, "Text added: {what}", "新增文字：{what}"),
    row("prose", AddedNearFacts, Minor, "Text added where the policy states {subjects}: {what}", "在涉及{subjects}的部分新增文字：{what}"),
    row("prose", Removed, Editorial, "Text removed: {what}", "删除文字：{what}"),
    row("prose", RemovedNearFacts, Minor, "Text removed where the policy states {subjects}: {what}", "在涉及{subjects}的部分删除文字：{what}"),
    row("list.marker", Changed, Editorial, "List markers changed from {old} to {new}", "列表标记由{old}变更为{new}"),
    // Labels of the policy's own terms say what a fact means in words: a changed label may
    // change the meaning, so it is reviewed like prose near facts.
    row("term.label", Changed, Minor, "Label of the term {fact} changed from {old} to {new}", "术语{fact}的标签由{old}变更为{new}"),

    // ------------------------------------------------------------------ ownership
    // "A significant change of ownership or organisational structure": the controller, its
    // name, what it covers and its role are who is responsible.
    row("controller", Added, Major(Ownership), "New controller: {fact}", "新增个人信息处理者：{fact}"),
    row("controller", Removed, Major(Ownership), "Controller removed: {fact}", "删除个人信息处理者：{fact}"),
    row("controller.name", Changed, Major(Ownership), "Controller renamed from {old} to {new}", "个人信息处理者名称由{old}变更为{new}"),
    row("controller.affiliates", Any, Major(Ownership), "", ""),
    row("controller.role", Any, Major(Ownership), "", ""),
    // The controller's address is where users write to: a contact detail.
    row("controller.address", Any, Major(Contact), "", ""),
    row("jurisdiction.role", Any, Major(Ownership), "", ""),

    // ------------------------------------------------------------------ service model
    // "The purposes of processing, the types of personal information processed, the way
    // personal information is used."
    // A service covered or no longer covered changes what the policy is about.
    row("service", Added, Major(ServiceModel), "New service covered: {fact}", "新增适用的服务：{fact}"),
    row("service", Removed, Major(ServiceModel), "Service no longer covered: {fact}", "不再适用的服务：{fact}"),
    row("collect", Added, Major(ServiceModel), "New collection of personal information: {fact} ({what})", "新增个人信息收集：{fact}（{what}）"),
    row("collect", Removed, Major(ServiceModel), "Collection of personal information removed: {fact} ({what})", "删除个人信息收集：{fact}（{what}）"),
    row("collect.items", ItemsAdded, Major(ServiceModel), "{fact}: new personal information collected: {what}", "{fact}：新增收集的个人信息：{what}"),
    row("collect.items", ItemsRemoved, Major(ServiceModel), "{fact}: personal information no longer collected: {what}", "{fact}：不再收集的个人信息：{what}"),
    row("collect.purposes", ItemsAdded, Major(ServiceModel), "{fact}: new purposes: {what}", "{fact}：新增处理目的：{what}"),
    row("collect.purposes", ItemsRemoved, Major(ServiceModel), "{fact}: purposes removed: {what}", "{fact}：删除处理目的：{what}"),
    // Optional data made necessary takes away the user's choice to refuse it without losing
    // the function: a right made harder to exercise.
    row("collect.necessity", Decreased, Consent, "{fact}: now necessary; refusing it now blocks the function", "{fact}：由可选变为必要，拒绝提供将无法使用相应功能"),
    row("collect.necessity", Increased, Major(ServiceModel), "{fact}: now optional; refusing it no longer blocks the function", "{fact}：由必要变为可选，拒绝提供不再影响相应功能"),
    // The name of the business function is a label; its data and purposes are the facts.
    row("collect.name", Changed, Minor, "", ""),
    row("collect.*", Any, Major(ServiceModel), "", ""),
    row("purpose", Added, Major(ServiceModel), "New purpose of processing: {fact}", "新增处理目的：{fact}"),
    row("purpose", Removed, Major(ServiceModel), "Purpose of processing removed: {fact}", "删除处理目的：{fact}"),
    row("purpose.*", Any, Major(ServiceModel), "", ""),
    // Cookies are a way personal information is collected and used; their purposes are
    // purposes of processing, and tracking across sites is a use.
    row("cookies", Added, Major(ServiceModel), "New use of cookies: {fact}", "新增Cookie使用：{fact}"),
    row("cookies", Removed, Major(ServiceModel), "Cookie statement removed: {fact}", "删除Cookie说明：{fact}"),
    row("cookies.purposes", Any, Major(ServiceModel), "", ""),
    row("cookies.no-cross-site-tracking", Disabled, Major(ServiceModel), "Cross-site tracking is no longer ruled out", "不再承诺不进行跨网站跟踪"),

    // ------------------------------------------------------------------ recipients
    // "A change of the main parties with whom personal information is shared, to whom it is
    // transferred, or to whom it is publicly disclosed": every recipient, its kind, what it
    // receives and on which conditions; cross-border transfers and storage abroad are where
    // the information goes.
    row("recipient", AddedNewKind, Major(Recipients), "New recipient kind: {fact}", "新增接收方类型：{fact}"),
    row("recipient", Added, Major(Recipients), "New recipient: {fact}", "新增接收方：{fact}"),
    row("recipient", Removed, Major(Recipients), "Recipient removed: {fact}", "删除接收方：{fact}"),
    row("recipient.kind", Changed, Major(Recipients), "Recipient kind changed from {old} to {new}", "接收方类型由{old}变更为{new}"),
    row("recipient.*", Any, Major(Recipients), "", ""),
    row("transfer", Added, Major(Recipients), "New cross-border transfer: {fact}", "新增跨境传输：{fact}"),
    row("transfer", Removed, Major(Recipients), "Cross-border transfer removed: {fact}", "删除跨境传输：{fact}"),
    row("transfer.to", ItemsAdded, Major(Recipients), "New transfer destination: {what}", "新增传输目的地：{what}"),
    row("transfer.to", ItemsRemoved, Major(Recipients), "Transfer destination removed: {what}", "删除传输目的地：{what}"),
    // A new safeguard protects the user more; it is a fact, under no rule.
    row("transfer.safeguards", CaseAdded, Minor, "", ""),
    row("transfer.*", Any, Major(Recipients), "", ""),
    row("storage", Added, Major(Recipients), "New storage location: {fact}", "新增存储地点：{fact}"),
    row("storage", Removed, Major(Recipients), "Storage location removed: {fact}", "删除存储地点：{fact}"),
    row("storage.location", ItemsAdded, Major(Recipients), "Personal information now also stored in {what}", "个人信息新增存储地点：{what}"),
    row("storage.location", ItemsRemoved, Major(Recipients), "Personal information no longer stored in {what}", "个人信息不再存储于{what}"),
    row("storage.*", Any, Major(Recipients), "", ""),

    // ------------------------------------------------------------------ rights
    // "A significant change of the user's rights, or of how they are exercised" is major;
    // "a right removed, narrowed, made harder to exercise, or answered more slowly" needs
    // consent. So every change of a right is major, and every change in the user's
    // disfavour is consent.
    row("right", Added, Major(Rights), "New right: {fact}", "新增权利：{fact}"),
    row("right", Removed, Consent, "Right removed: {fact}", "取消权利：{fact}"),
    // Another kind under the same id is another right: the old one is gone.
    row("right.kind", Changed, Consent, "Right replaced: {old} → {new}", "权利被替换：{old} → {new}"),
    // A kind of channel no longer offered makes the right harder to exercise; the same
    // kind reached at another address (one e-mail for another) or a new way is a change of
    // how it is exercised.
    row("right.channels", ChannelWithdrawn, Consent, "{fact}: no longer exercisable by {what}", "{fact}：不再可通过{what}行使"),
    row("right.channels", ChannelChanged, Major(Rights), "{fact}: channels changed from {old} to {new}", "{fact}：行使渠道由{old}变更为{new}"),
    row("right.channels", ChannelAdded, Major(Rights), "{fact}: new channels: {what}", "{fact}：新增行使渠道：{what}"),
    // Answered more slowly, or with no promised time at all, is a reduction; faster or newly
    // promised is a change of how the right is exercised.
    row("right.respond-within", Lengthened, Consent, "{fact}: response time lengthened from {old} to {new}", "{fact}：答复期限由{old}延长至{new}"),
    row("right.respond-within", Unset, Consent, "{fact}: response time no longer promised (was {old})", "{fact}：不再承诺答复期限（原为{old}）"),
    row("right.respond-within", Shortened, Major(Rights), "{fact}: response time shortened from {old} to {new}", "{fact}：答复期限由{old}缩短至{new}"),
    // The same time said differently ("30 days" / "one month") changes no right.
    row("right.respond-within", Restated, Minor, "", ""),
    row("right.respond-within", Set, Major(Rights), "{fact}: response time now promised: {new}", "{fact}：新增承诺的答复期限：{new}"),
    // Cases in which a right applies widen it; cases in which a request may be refused
    // narrow it.
    row("right.when", CaseAdded, Major(Rights), "{fact}: new case in which the right applies: {what}", "{fact}：新增适用情形：{what}"),
    row("right.when", CaseRemoved, Consent, "{fact}: no longer applies in this case: {what}", "{fact}：删除适用情形：{what}"),
    // A right that had no listed cases and now has some is limited to them; one whose list
    // is dropped applies without it.
    row("right.when", Narrowed, Consent, "{fact}: now applies only in these cases: {what}", "{fact}：现仅适用于以下情形：{what}"),
    row("right.when", Widened, Major(Rights), "{fact}: no longer limited to the cases it listed: {what}", "{fact}：不再限于原列明的适用情形：{what}"),
    row("right.except", CaseAdded, Consent, "{fact}: new case in which a request may be refused: {what}", "{fact}：新增可拒绝请求的情形：{what}"),
    row("right.except", CaseRemoved, Major(Rights), "{fact}: a request may no longer be refused in this case: {what}", "{fact}：删除可拒绝请求的情形：{what}"),
    // A right limited to fewer places is narrowed; widening it falls under `right.*`.
    row("right.jurisdictions", Narrowed, Consent, "{fact}: now limited to {new} (was {old})", "{fact}：适用范围由{old}缩小为{new}"),
    row("right.*", Any, Major(Rights), "", ""),
    // The handling of requests applies to every right: the same reasoning as for one right.
    row("requests", Added, Major(Rights), "New rule for handling requests: {fact}", "新增请求处理规则：{fact}"),
    row("requests", Removed, Consent, "Rule for handling requests removed: {fact}", "删除请求处理规则：{fact}"),
    row("requests.respond-within", Lengthened, Consent, "{fact}: response time lengthened from {old} to {new}", "{fact}：答复期限由{old}延长至{new}"),
    row("requests.respond-within", Unset, Consent, "{fact}: response time no longer promised (was {old})", "{fact}：不再承诺答复期限（原为{old}）"),
    row("requests.respond-within", Restated, Minor, "", ""),
    row("requests.respond-within", Shortened, Major(Rights), "{fact}: response time shortened from {old} to {new}", "{fact}：答复期限由{old}缩短至{new}"),
    // Proving one's identity makes a right harder to exercise.
    row("requests.verify-identity", Enabled, Consent, "{fact}: requests now need proof of identity", "{fact}：请求现需验证身份"),
    row("requests.verify-identity", Disabled, Major(Rights), "{fact}: requests no longer need proof of identity", "{fact}：请求不再需要验证身份"),
    row("requests.except", CaseAdded, Consent, "{fact}: new case in which no request is answered: {what}", "{fact}：新增不予响应请求的情形：{what}"),
    row("requests.except", CaseRemoved, Major(Rights), "{fact}: requests are now answered in this case: {what}", "{fact}：删除不予响应请求的情形：{what}"),
    row("requests.channels", ChannelWithdrawn, Consent, "{fact}: requests can no longer be made by {what}", "{fact}：不再可通过{what}提出请求"),
    row("requests.jurisdictions", Narrowed, Consent, "{fact}: now limited to {new} (was {old})", "{fact}：适用范围由{old}缩小为{new}"),
    row("requests.*", Any, Major(Rights), "", ""),
    // Consent is the user's first right: a new case in which it is not sought narrows it.
    row("consent", Added, Major(Rights), "New consent rule: {fact}", "新增同意规则：{fact}"),
    row("consent", Removed, Consent, "Consent rule removed: {fact}", "删除同意规则：{fact}"),
    row("consent.exceptions", CaseAdded, Consent, "New case in which your consent is not sought: {what}", "新增无需征得您同意的情形：{what}"),
    row("consent.exceptions", CaseRemoved, Major(Rights), "Your consent is now sought in this case: {what}", "删除无需征得您同意的情形：{what}"),
    row("consent.jurisdictions", Narrowed, Consent, "{fact}: now limited to {new} (was {old})", "{fact}：适用范围由{old}缩小为{new}"),
    row("consent.*", Any, Major(Rights), "", ""),
    // The protected age, parental consent and the refusal to serve minors protect minors:
    // lowering or dropping them reduces the rights of a group of users.
    row("minors", Added, Major(Rights), "New protection of minors: {fact}", "新增未成年人保护：{fact}"),
    row("minors", Removed, Consent, "Protection of minors removed: {fact}", "删除未成年人保护：{fact}"),
    row("minors.age", Decreased, Consent, "Protected age of minors lowered from {old} to {new}", "受保护未成年人的年龄由{old}降低至{new}"),
    row("minors.age", Increased, Major(Rights), "Protected age of minors raised from {old} to {new}", "受保护未成年人的年龄由{old}提高至{new}"),
    row("minors.parental-consent", Disabled, Consent, "{fact}: parental consent is no longer required", "{fact}：不再要求监护人同意"),
    row("minors.parental-consent", Enabled, Major(Rights), "{fact}: parental consent is now required", "{fact}：现要求监护人同意"),
    row("minors.no-service", Disabled, Consent, "{fact}: services are now offered to them", "{fact}：现向其提供服务"),
    row("minors.no-service", Enabled, Major(Rights), "{fact}: services are no longer offered to them", "{fact}：不再向其提供服务"),
    row("minors.jurisdictions", Narrowed, Consent, "{fact}: now limited to {new} (was {old})", "{fact}：适用范围由{old}缩小为{new}"),
    row("minors.*", Any, Major(Rights), "", ""),
    // Refusing cookies and "do not track" are opt-outs: removing one needs consent.
    row("cookies", RemovedProtection, Consent, "Cookie statement removed, with its ways to refuse cookies: {what}", "删除Cookie说明及其拒绝Cookie的方式：{what}"),
    row("cookies.refuse", ItemsRemoved, Consent, "Way to refuse cookies no longer offered: {what}", "不再提供拒绝Cookie的方式：{what}"),
    row("cookies.refuse", ItemsAdded, Major(Rights), "New way to refuse cookies: {what}", "新增拒绝Cookie的方式：{what}"),
    row("cookies.do-not-track", Decreased, Consent, "“Do not track” signals are no longer honoured", "不再响应“请勿跟踪”信号"),
    row("cookies.do-not-track", Increased, Major(Rights), "“Do not track” signals are now honoured", "现响应“请勿跟踪”信号"),
    // The promise not to reduce rights without consent is itself a protection of rights.
    row("changes.consent-for-reduction", Disabled, Consent, "The promise not to reduce your rights without your explicit consent is withdrawn", "撤回“未经您明确同意不削减您的权利”的承诺"),
    row("changes.consent-for-reduction", Enabled, Minor, "The promise not to reduce your rights without your explicit consent is made", "新增“未经您明确同意不削减您的权利”的承诺"),
    row("changes", RemovedProtection, Consent, "The promise about changes is removed, with the promise not to reduce your rights without your explicit consent", "删除变更承诺，包括“未经您明确同意不削减您的权利”的承诺"),
    // ------------------------------------------------------------------ promises (issue 15)
    // A response time for some rights only: each right's requests compared by the time they
    // get (its scope's, else the usual one), with the reasoning of `requests.respond-within`.
    row("requests.respond-within-for", Lengthened, Consent, "{fact}: response time for {what} requests lengthened from {old} to {new}", "{fact}：{what}的答复期限由{old}延长至{new}"),
    row("requests.respond-within-for", Unset, Consent, "{fact}: response time for {what} requests no longer promised (was {old})", "{fact}：不再承诺{what}的答复期限（原为{old}）"),
    row("requests.respond-within-for", Shortened, Major(Rights), "{fact}: response time for {what} requests shortened from {old} to {new}", "{fact}：{what}的答复期限由{old}缩短至{new}"),
    row("requests.respond-within-for", Set, Major(Rights), "{fact}: response time for {what} requests now promised: {new}", "{fact}：新增承诺的{what}答复期限：{new}"),
    row("requests.respond-within-for", Restated, Minor, "{fact}: response time for {what} requests restated from {old} to {new} (the same length)", "{fact}：{what}的答复期限由{old}改为{new}（时长相同）"),
    // The same time, given now by a scope and before by the usual time (or the reverse).
    row("requests.respond-within-for", Changed, Minor, "{fact}: response time for {what} requests stated differently, still {new}", "{fact}：{what}的答复期限表述方式变更，仍为{new}"),
    // The change-notice promise covering fewer changes tells users of fewer changes: a
    // reduction, as withdrawing it is; covering more, or stating it, is a change of rights.
    row("changes.notify-on", Decreased, Consent, "Changes are now announced only when material (was: {old})", "变更通知范围缩小：现仅就重大变更发出通知（原为{old}）"),
    row("changes.notify-on", Increased, Major(Rights), "Every change is now announced (was: {old})", "变更通知范围扩大：现就所有变更发出通知（原为{old}）"),
    row("changes.notify-on", Unset, Consent, "The promise of which changes are announced is withdrawn (was: {old})", "撤回关于变更通知范围的承诺（原为{old}）"),
    row("changes.notify-on", Set, Major(Rights), "Now promised which changes are announced: {new}", "新增关于变更通知范围的承诺：{new}"),
    // A negative promise ("we do not sell your personal information") protects the user
    // as a right does: withdrawing, replacing or weakening it (an exception, fewer data,
    // fewer places, more regions personal information may go to) needs consent; making one
    // or strengthening it is a change of rights.
    row("promise", Added, Major(Rights), "New promise: {fact}", "新增承诺：{fact}"),
    row("promise", Removed, Consent, "Promise withdrawn: {fact}", "撤回承诺：{fact}"),
    row("promise.kind", Changed, Consent, "Promise replaced: {old} → {new}", "承诺被替换：{old} → {new}"),
    row("promise.except", CaseAdded, Consent, "{fact}: new case in which the promise does not hold: {what}", "{fact}：新增不适用该承诺的情形：{what}"),
    row("promise.except", CaseRemoved, Major(Rights), "{fact}: the promise now holds in this case too: {what}", "{fact}：删除不适用该承诺的情形：{what}"),
    row("promise.items", Narrowed, Consent, "{fact}: now covers only {new} (was {old})", "{fact}：适用范围由{old}缩小为{new}"),
    row("promise.items", Widened, Major(Rights), "{fact}: now covers {new} (was {old})", "{fact}：适用范围由{old}扩大为{new}"),
    row("promise.items", ItemsRemoved, Consent, "{fact}: no longer covers {what}", "{fact}：不再涵盖{what}"),
    row("promise.items", ItemsAdded, Major(Rights), "{fact}: now also covers {what}", "{fact}：新增涵盖{what}"),
    row("promise.regions", ItemsAdded, Consent, "{fact}: personal information may now also be transferred to {what}", "{fact}：个人信息现可传输至{what}"),
    row("promise.regions", ItemsRemoved, Major(Rights), "{fact}: personal information is now also kept out of {what}", "{fact}：个人信息现亦不传输至{what}"),
    row("promise.jurisdictions", Narrowed, Consent, "{fact}: now limited to {new} (was {old})", "{fact}：适用范围由{old}缩小为{new}"),
    row("promise.*", Any, Major(Rights), "", ""),
    // The policy's own changelog describes changes; it is not one. Its entries are posted
    // with the version, so adding, removing or rewording one is editorial.
    row("changelog", Added, Editorial, "Changelog entry added for {fact}: {what}", "新增变更记录（{fact}）：{what}"),
    row("changelog", Removed, Editorial, "Changelog entry removed for {fact}: {what}", "删除变更记录（{fact}）：{what}"),
    row("changelog", Changed, Editorial, "Changelog entry for {fact} reworded: {what}", "变更记录（{fact}）措辞变更：{what}"),
    // Fewer regions in a jurisdiction: the rights limited to it reach fewer users.
    row("jurisdiction.regions", ItemsRemoved, Major(Rights), "{fact}: regions removed: {what}; rights limited to it now reach fewer people", "{fact}：删除地区：{what}；仅限于该法域的权利适用人群减少"),

    // ------------------------------------------------------------------ contact
    // "A change of the department responsible, its contact details, or the complaint
    // channels": every contact point and every field of it.
    row("contact", Added, Major(Contact), "New contact point: {fact}", "新增联系渠道：{fact}"),
    row("contact", Removed, Major(Contact), "Contact point removed: {fact}", "删除联系渠道：{fact}"),
    // A contact that rights are exercised through no longer offers a kind of channel: the
    // rights are harder to exercise.
    row("contact", ChannelWithdrawn, Consent, "{fact} no longer offers {what} for exercising {rights}", "{fact}不再提供{what}，无法再以此行使{rights}"),
    // A complaint channel closed is a channel kind no longer offered.
    row("contact.complaints", Disabled, Consent, "{fact} no longer takes complaints", "{fact}不再受理投诉"),
    row("contact.complaints", Enabled, Major(Contact), "{fact} now takes complaints", "{fact}现受理投诉"),
    // A contact answering more slowly makes complaints and requests harder; the same
    // reasoning as for a right's response time.
    row("contact.respond-within", Lengthened, Consent, "{fact}: response time lengthened from {old} to {new}", "{fact}：答复期限由{old}延长至{new}"),
    row("contact.respond-within", Restated, Minor, "", ""),
    row("contact.respond-within", Unset, Consent, "{fact}: response time no longer promised (was {old})", "{fact}：不再承诺答复期限（原为{old}）"),
    row("contact.*", Any, Major(Contact), "", ""),

    // ------------------------------------------------------------------ risk assessment
    // "A personal-information security impact assessment that reports a high risk"; other
    // assessments are facts under no rule.
    row("assessment", AddedHighRisk, Major(RiskAssessment), "Impact assessment reports a high risk: {fact}", "个人信息安全影响评估显示存在高风险：{fact}"),
    row("assessment.risk", BecameHigh, Major(RiskAssessment), "{fact} now reports a high risk (was {old})", "{fact}现显示存在高风险（原为{old}）"),

    // ------------------------------------------------------------------ under no rule
    // Security measures, incidents and retention are facts the rules do not name: minor.
    row("security.measures", ItemsAdded, Minor, "New security measures: {what}", "新增安全措施：{what}"),
    row("security.measures", ItemsRemoved, Minor, "Security measures no longer stated: {what}", "不再载明的安全措施：{what}"),

    // ------------------------------------------------------------------ defaults
    // Any structured fact that changed and that no row above names is minor; changes of
    // form (wording, order, place) are editorial.
    row("*", Added, Minor, "Added: {fact}", "新增：{fact}"),
    row("*", AddedNewKind, Minor, "Added: {fact}", "新增：{fact}"),
    row("*", AddedHighRisk, Minor, "Added: {fact}", "新增：{fact}"),
    row("*", AddedNearFacts, Minor, "Added: {fact}", "新增：{fact}"),
    row("*", Removed, Minor, "Removed: {fact}", "删除：{fact}"),
    row("*", RemovedProtection, Minor, "Removed: {fact}", "删除：{fact}"),
    row("*", RemovedNearFacts, Minor, "Removed: {fact}", "删除：{fact}"),
    row("*", Moved, Editorial, "Moved: {fact}, from {old} to {new}", "位置移动：{fact}，由{old}移至{new}"),
    row("*", Reordered, Editorial, "Order changed: {fact}", "顺序调整：{fact}"),
    row("*", Renumbered, Editorial, "Renumbered: {fact}, from {old} to {new}", "重新编号：{fact}，由{old}改为{new}"),
    row("*", Changed, Minor, "{fact}: {field} changed from {old} to {new}", "{fact}：{field}由{old}变更为{new}"),
    row("*", Set, Minor, "{fact}: {field} now stated: {new}", "{fact}：新增{field}：{new}"),
    row("*", Unset, Minor, "{fact}: {field} no longer stated (was {old})", "{fact}：不再载明{field}（原为{old}）"),
    row("*", Enabled, Minor, "{fact}: now with {field}", "{fact}：新增“{field}”"),
    row("*", Disabled, Minor, "{fact}: no longer with {field}", "{fact}：取消“{field}”"),
    row("*", ItemsAdded, Minor, "{fact}: {field} added: {what}", "{fact}：新增{field}：{what}"),
    row("*", ItemsRemoved, Minor, "{fact}: {field} removed: {what}", "{fact}：删除{field}：{what}"),
    row("*", Increased, Minor, "{fact}: {field} changed from {old} to {new}", "{fact}：{field}由{old}变更为{new}"),
    row("*", Decreased, Minor, "{fact}: {field} changed from {old} to {new}", "{fact}：{field}由{old}变更为{new}"),
    row("*", BecameHigh, Minor, "{fact}: {field} changed from {old} to {new}", "{fact}：{field}由{old}变更为{new}"),
    row("*", Lengthened, Minor, "{fact}: {field} lengthened from {old} to {new}", "{fact}：{field}由{old}延长至{new}"),
    row("*", Shortened, Minor, "{fact}: {field} shortened from {old} to {new}", "{fact}：{field}由{old}缩短至{new}"),
    row("*", Restated, Minor, "{fact}: {field} restated from {old} to {new} (the same length)", "{fact}：{field}由{old}改为{new}（时长相同）"),
    row("*", CaseAdded, Minor, "{fact}: {field}: case added: {what}", "{fact}：{field}：新增情形：{what}"),
    row("*", CaseRemoved, Minor, "{fact}: {field}: case removed: {what}", "{fact}：{field}：删除情形：{what}"),
    row("*", Narrowed, Minor, "{fact}: now limited to {new} (was {old})", "{fact}：适用范围由{old}缩小为{new}"),
    row("*", Widened, Minor, "{fact}: now applies to {new} (was {old})", "{fact}：适用范围由{old}扩大为{new}"),
    row("*", ChannelAdded, Minor, "{fact}: new channels: {what}", "{fact}：新增渠道：{what}"),
    row("*", ChannelChanged, Minor, "{fact}: channels changed from {old} to {new}", "{fact}：渠道由{old}变更为{new}"),
    row("*", ChannelWithdrawn, Minor, "{fact}: channels no longer offered: {what}", "{fact}：不再提供的渠道：{what}"),
    row("*", Reworded, Editorial, "Wording changed: {what}", "措辞变更：{what}"),
    // A rewording where facts are stated is editorial unless its changed words give evidence
    // of a rule (`Evidence` rows below); the note still asks a reviewer to look.
    row("*", RewordedNearFacts, Editorial, "Wording changed where the policy states {subjects}: {what}", "涉及{subjects}的内容措辞变更：{what}"),
    row("*", Typographic, Editorial, "Typography corrected: {what}", "排版修正：{what}"),
    row("*", TranslationOnly, Editorial, "Only the {lang} translation changed: {what}", "仅{lang}译文变更：{what}"),
    row("*", Unclassified, Minor, "Other change of the document's structure", "文档结构的其他变更"),
    // The fail-safe classification: prose whose changed words name what a rule is about
    // (a recipient, a contact detail, a right, data ...) may state a changed fact, so it gets
    // that rule's notice; a negative promise withdrawn or narrowed reduces rights.
    row("*", Evidence(ServiceModel), Major(ServiceModel), "{action}: {what} ({evidence})", "{action}：{what}（{evidence}）"),
    row("*", Evidence(Ownership), Major(Ownership), "{action}: {what} ({evidence})", "{action}：{what}（{evidence}）"),
    row("*", Evidence(Recipients), Major(Recipients), "{action}: {what} ({evidence})", "{action}：{what}（{evidence}）"),
    row("*", Evidence(Rights), Major(Rights), "{action}: {what} ({evidence})", "{action}：{what}（{evidence}）"),
    row("*", Evidence(Contact), Major(Contact), "{action}: {what} ({evidence})", "{action}：{what}（{evidence}）"),
    row("*", Evidence(RiskAssessment), Major(RiskAssessment), "{action}: {what} ({evidence})", "{action}：{what}（{evidence}）"),
    row("*", Evidence(RightsReduced), Consent, "{action}: {what} ({evidence})", "{action}：{what}（{evidence}）"),
];

/// The verdict and wording the table gives a change.
pub(crate) struct Resolved {
    pub verdict: Verdict,
    pub en: &'static str,
    pub zh: &'static str,
}

/// Looks up a change: the most specific row gives the verdict, the most specific row with
/// wording gives the wording.
pub(crate) fn lookup(key: &str, event: Event) -> Resolved {
    let wildcard = key.split_once('.').map(|(kind, _)| format!("{kind}.*"));
    let mut candidates: Vec<(&str, Event)> = Vec::new();
    if !event.is_form() {
        candidates.push((key, event));
        candidates.push((key, Any));
        if let Some(w) = wildcard.as_deref() {
            candidates.push((w, event));
            candidates.push((w, Any));
        }
    }
    candidates.push(("*", event));
    let rows: Vec<&Entry> = candidates
        .iter()
        .filter_map(|(k, e)| TABLE.iter().find(|r| r.key == *k && r.event == *e))
        .collect();
    let verdict = rows.first().map_or(Verdict::Minor, |r| r.verdict);
    let worded = rows.iter().find(|r| !r.en.is_empty());
    Resolved {
        verdict,
        en: worded.map_or("", |r| r.en),
        zh: worded.map_or("", |r| r.zh),
    }
}

/// English or Chinese wording for a language (other languages read English, as in `model::wording`).
pub(crate) fn pick<'a>(lang: &str, (en, zh): (&'a str, &'a str)) -> &'a str {
    match script(lang) {
        Script::Chinese => zh,
        Script::Latin => en,
    }
}

/// Fills the placeholders of a template.
pub(crate) fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The name of a field of the model in a sentence.
pub(crate) fn field_label(field: &str, lang: &str) -> String {
    let words = match field {
        "items" => ("personal information", "个人信息"),
        "purposes" => ("purposes", "处理目的"),
        "sources" => ("sources", "信息来源"),
        "necessity" => ("necessity", "必要性"),
        "role" => ("role", "角色"),
        "activities" => ("activities", "处理活动"),
        "conditions" => ("conditions", "条件"),
        "unconditional" => ("no conditions", "无条件"),
        "to" => ("destinations", "传输目的地"),
        "from" => ("origins", "传出地"),
        "bases" => ("legal bases", "合法性基础"),
        "safeguards" => ("safeguards", "保障措施"),
        "location" => ("storage location", "存储地点"),
        "measures" => ("security measures", "安全措施"),
        "notify" => ("how you are told", "告知方式"),
        "report-to-regulators" => ("reporting to regulators", "向监管部门报告"),
        "period" => ("retention period", "保存期限"),
        "criteria" => ("criteria", "判断标准"),
        "channels" => ("channels", "渠道"),
        "respond-within" => ("response time", "答复期限"),
        "when" => ("cases in which it applies", "适用情形"),
        "except" => (
            "cases in which a request may be refused",
            "可拒绝请求的情形",
        ),
        "verify-identity" => ("identity verification", "身份验证"),
        "age" => ("protected age", "受保护年龄"),
        "parental-consent" => ("parental consent", "监护人同意"),
        "no-service" => ("no service to minors", "不向未成年人提供服务"),
        "refuse" => ("ways to refuse cookies", "拒绝Cookie的方式"),
        "do-not-track" => ("“do not track” signals", "“请勿跟踪”信号"),
        "no-cross-site-tracking" => ("no cross-site tracking", "不进行跨网站跟踪"),
        "department" => ("department", "部门"),
        "officer" => ("officer", "负责人"),
        "email" => ("e-mail address", "电子邮件地址"),
        "phone" => ("phone number", "电话号码"),
        "address" => ("address", "地址"),
        "url" => ("web address", "网址"),
        "complaints" => ("complaints", "受理投诉"),
        "major" => ("kinds of major change", "重大变更类型"),
        "notice-period" => ("notice period", "通知期"),
        "consent-for-reduction" => ("consent before reducing your rights", "削减权利前征得同意"),
        "archive" => ("archive of old versions", "旧版本存档"),
        "notify-on" => ("which changes are announced", "变更通知范围"),
        "respond-within-for" => ("response time for some rights", "部分权利的答复期限"),
        "source" => ("source", "来源"),
        "risk" => ("risk", "风险"),
        "regions" => ("regions", "地区"),
        "name" => ("name", "名称"),
        "law" => ("law", "法律"),
        "affiliates" => ("who is covered with it", "共同适用的主体"),
        "kind" => ("kind", "类型"),
        "jurisdictions" => ("jurisdictions", "适用法域"),
        "exceptions" => ("cases in which consent is not sought", "无需征得同意的情形"),
        "dpv" => ("DPV concept", "DPV概念"),
        "custom" => ("declared by the policy", "由本政策声明"),
        "label" => ("label", "标签"),
        "text" => ("text", "文本"),
        "marker" => ("list marker", "列表标记"),
        other => return other.to_string(),
    };
    pick(lang, words).to_string()
}

/// A value of an enumeration of the model (activities, sources, roles ...) in a sentence.
pub(crate) fn value_label(value: &str, lang: &str) -> String {
    let words = match value {
        "entrusted" => ("entrusted processing", "委托处理"),
        "sharing" => ("sharing", "共享"),
        "transfer" => ("transfer", "转让"),
        "disclosure" => ("public disclosure", "公开披露"),
        "user" => ("given by the user", "由用户提供"),
        "automatic" => ("collected automatically", "自动收集"),
        "third-party" => ("obtained from third parties", "从第三方获取"),
        "necessary" => ("necessary", "必要"),
        "optional" => ("optional", "可选"),
        "controller" => ("controller", "个人信息处理者"),
        "processor" => ("processor on behalf of customers", "受托处理者"),
        "low" => ("low", "低"),
        "medium" => ("medium", "中"),
        "high" => ("high", "高"),
        "honored" => ("honoured", "响应"),
        "ignored" => ("ignored", "不响应"),
        "every" => ("every change", "所有变更"),
        "material" => ("material changes only", "仅限重大变更"),
        "true" => ("yes", "是"),
        "false" => ("no", "否"),
        other => {
            return match MAJOR_RULES.iter().find(|r| r.id() == other) {
                Some(rule) => rule.id().to_string(),
                None => other.to_string(),
            }
        }
    };
    pick(lang, words).to_string()
}

const MAJOR_RULES: [Rule; 6] = [
    ServiceModel,
    Ownership,
    Recipients,
    Rights,
    Rule::Contact,
    RiskAssessment,
];

/// Notes attached to a change, in every language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Note {
    /// Prose near facts under a rule changed: someone should check no fact changed.
    Review { subjects: Vec<Rule> },
    /// Only a translation changed.
    TranslationOnly {
        langs: Vec<String>,
        authoritative: String,
    },
    /// The authoritative text changed and a translation did not.
    TranslationUnchanged { langs: Vec<String> },
    /// A fact removed while one of the same kind was added under another id.
    PossibleRename { id: String },
    /// Two different policies are compared.
    OtherPolicy { old: String, new: String },
}

impl Note {
    pub(crate) fn text(&self, lang: &str) -> String {
        let join = |items: &[String]| crate::model::wording::join(items, lang);
        match self {
            Note::Review { subjects } => {
                let subjects: Vec<String> =
                    subjects.iter().map(|r| r.subject(lang).to_string()).collect();
                fill(
                    pick(lang, (
                        "A reviewer should confirm that no fact changed: this part of the policy states {subjects}.",
                        "请审核人确认事实未变：本部分涉及{subjects}。",
                    )),
                    &[("subjects", join(&subjects))],
                )
            }
            Note::TranslationOnly {
                langs,
                authoritative,
            } => fill(
                pick(lang, (
                    "Only the {langs} text changed; the authoritative {auth} text is the same and {langs} is not binding.",
                    "仅{langs}文本变更；权威语言{auth}文本未变，且{langs}文本不具有约束力。",
                )),
                &[
                    ("langs", join(&language_names(langs, lang))),
                    ("auth", language_name(authoritative, lang)),
                ],
            ),
            Note::TranslationUnchanged { langs } => fill(
                pick(lang, (
                    "The {langs} text did not change with the authoritative text: check the translation.",
                    "{langs}文本未随权威文本更新：请检查译文。",
                )),
                &[("langs", join(&language_names(langs, lang)))],
            ),
            Note::PossibleRename { id } => fill(
                pick(lang, (
                    "A fact of the same kind was added as `{id}`: if it is the same one renamed, keep its old id so that the diff can match it.",
                    "新增了同类事实`{id}`：如果只是改名，请保留原标识，以便比较时能够对应。",
                )),
                &[("id", id.clone())],
            ),
            Note::OtherPolicy { old, new } => fill(
                pick(lang, (
                    "The two files are different policies (`{old}` and `{new}`).",
                    "两个文件是不同的政策（`{old}`和`{new}`）。",
                )),
                &[("old", old.clone()), ("new", new.clone())],
            ),
        }
    }
}

/// The name of a language in a sentence: "Chinese (zh-CN)", "英文（en）".
pub(crate) fn language_name(tag: &str, lang: &str) -> String {
    let name = match tag.split('-').next().unwrap_or(tag) {
        "en" => Some(("English", "英文")),
        "zh" => Some(("Chinese", "中文")),
        "fr" => Some(("French", "法文")),
        "de" => Some(("German", "德文")),
        "es" => Some(("Spanish", "西班牙文")),
        "ja" => Some(("Japanese", "日文")),
        "ko" => Some(("Korean", "韩文")),
        "pt" => Some(("Portuguese", "葡萄牙文")),
        _ => None,
    };
    match name {
        Some(words) => match script(lang) {
            Script::Chinese => format!("{}（{tag}）", pick(lang, words)),
            Script::Latin => format!("{} ({tag})", pick(lang, words)),
        },
        None => tag.to_string(),
    }
}

fn language_names(tags: &[String], lang: &str) -> Vec<String> {
    tags.iter().map(|t| language_name(t, lang)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_has_a_default_row_with_wording() {
        for event in Event::ALL {
            let row = TABLE.iter().find(|r| r.key == "*" && r.event == *event);
            let row = row.unwrap_or_else(|| panic!("no `*` row for {event:?}"));
            assert!(!row.en.is_empty() && !row.zh.is_empty(), "{event:?}");
        }
    }

    #[test]
    fn rows_are_unique_and_worded_in_both_languages() {
        for (i, a) in TABLE.iter().enumerate() {
            for b in &TABLE[i + 1..] {
                assert!(
                    !(a.key == b.key && a.event == b.event),
                    "two rows for {} {:?}",
                    a.key,
                    a.event
                );
            }
            assert_eq!(a.en.is_empty(), a.zh.is_empty(), "{} {:?}", a.key, a.event);
            // A placeholder in one language is in the other.
            for p in [
                "{fact}",
                "{field}",
                "{old}",
                "{new}",
                "{what}",
                "{lang}",
                "{rights}",
                "{subjects}",
            ] {
                assert_eq!(
                    a.en.contains(p),
                    a.zh.contains(p),
                    "{} {:?} {p}",
                    a.key,
                    a.event
                );
            }
        }
    }

    #[test]
    fn the_most_specific_row_wins() {
        let r = lookup("right.respond-within", Lengthened);
        assert_eq!(r.verdict, Consent);
        assert!(r.en.contains("lengthened"));
        // A wildcard row keeps the default wording.
        let r = lookup("recipient.items", ItemsAdded);
        assert_eq!(r.verdict, Major(Recipients));
        assert_eq!(r.en, "{fact}: {field} added: {what}");
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
