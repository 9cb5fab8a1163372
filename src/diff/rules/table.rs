//! The rows of the rules table (see the parent module for how a change is looked up in it).

use super::{
    row, Entry,
    Event::*,
    Verdict::{Consent, Editorial, Major, Minor},
};
use crate::model::Rule::*;

/// THE table. Grouped by what the change is about; the `*` rows at the end give the default
/// verdict and wording of each event.
#[rustfmt::skip]
pub(crate) const TABLE: &[Entry] = &[
    // ------------------------------------------------------------------ the policy itself
    // The version and its dates are shown in the header of a diff, never as a change.
    row("policy.id", Changed, Minor, true),
    // Languages and binding translations change who can read the policy and which text
    // counts, but no rule of the policies names them.
    row("policy.languages", ItemsAdded, Minor, true),
    row("policy.languages", ItemsRemoved, Minor, true),
    row("policy.binding", ItemsAdded, Minor, true),
    row("policy.binding", ItemsRemoved, Minor, true),
    row("policy.authoritative", Changed, Minor, true),
    // Numbering is presentation.
    row("policy.numbering", Changed, Editorial, true),

    // ------------------------------------------------------------------ document structure
    // Sections and paragraphs carry no fact of their own; their facts are reported
    // separately. Where a section states facts under a rule, new or removed text there may
    // restate a fact, so it is flagged for review (the classifier errs toward flagging).
    row("section", Added, Editorial, true),
    row("section", AddedNearFacts, Minor, true),
    row("section", Removed, Editorial, true),
    row("section", RemovedNearFacts, Minor, true),
    row("section.number", Changed, Editorial, true),
    row("prose", Added, Editorial, true),
    row("prose", AddedNearFacts, Minor, true),
    row("prose", Removed, Editorial, true),
    row("prose", RemovedNearFacts, Minor, true),
    row("list.marker", Changed, Editorial, true),
    // Tables are prose with a shape: a table or a row added or removed is text added or
    // removed (flagged where the policy states facts, weighed for evidence like any text);
    // a text cell reworded is a rewording (the `*` rows below). A reference cell shows a
    // fact's value, whose own change is reported; a cell that now shows another fact, or a
    // fact where a text stood, changes what the table says about it: reviewed, not decided.
    row("table", Added, Editorial, true),
    row("table", AddedNearFacts, Minor, true),
    row("table", Removed, Editorial, true),
    row("table", RemovedNearFacts, Minor, true),
    row("table.row", Added, Editorial, true),
    row("table.row", AddedNearFacts, Minor, true),
    row("table.row", Removed, Editorial, true),
    row("table.row", RemovedNearFacts, Minor, true),
    row("table.cell", Changed, Minor, true),
    // Labels of the policy's own terms say what a fact means in words: a changed label may
    // change the meaning, so it is reviewed like prose near facts.
    row("term.label", Changed, Minor, true),

    // ------------------------------------------------------------------ ownership
    // "A significant change of ownership or organisational structure": the controller, its
    // name, what it covers and its role are who is responsible.
    row("controller", Added, Major(Ownership), true),
    row("controller", Removed, Major(Ownership), true),
    row("controller.name", Changed, Major(Ownership), true),
    row("controller.affiliates", Any, Major(Ownership), false),
    row("controller.role", Any, Major(Ownership), false),
    // The controller's address is where users write to: a contact detail.
    row("controller.address", Any, Major(Contact), false),
    row("jurisdiction.role", Any, Major(Ownership), false),
    // The group or parent company is who stands behind the controller: stating it, another
    // group or none is a change of ownership.
    row("controller.group", Set, Major(Ownership), true),
    row("controller.group", Changed, Major(Ownership), true),
    row("controller.group", Unset, Major(Ownership), true),
    // A joint controller decides with the controller how personal information is processed:
    // another party responsible. One that receives personal information is also a recipient
    // (a second change, `joint-controller.items`).
    row("joint-controller", Added, Major(Ownership), true),
    row("joint-controller", Removed, Major(Ownership), true),
    row("joint-controller.name", Changed, Major(Ownership), true),
    row("joint-controller.purposes", ItemsAdded, Major(Ownership), true),
    row("joint-controller.purposes", ItemsRemoved, Major(Ownership), true),
    row("joint-controller.items", ItemsAdded, Major(Recipients), true),
    // Its address is where users write to, as the controller's is.
    row("joint-controller.address", Any, Major(Contact), false),
    row("joint-controller.*", Any, Major(Ownership), false),

    // ------------------------------------------------------------------ service model
    // "The purposes of processing, the types of personal information processed, the way
    // personal information is used."
    // A service covered or no longer covered changes what the policy is about.
    row("service", Added, Major(ServiceModel), true),
    row("service", Removed, Major(ServiceModel), true),
    row("collect", Added, Major(ServiceModel), true),
    row("collect", Removed, Major(ServiceModel), true),
    row("collect.items", ItemsAdded, Major(ServiceModel), true),
    row("collect.items", ItemsRemoved, Major(ServiceModel), true),
    row("collect.purposes", ItemsAdded, Major(ServiceModel), true),
    row("collect.purposes", ItemsRemoved, Major(ServiceModel), true),
    // Optional data made necessary takes away the user's choice to refuse it without losing
    // the function: a right made harder to exercise.
    row("collect.necessity", Decreased, Consent, true),
    row("collect.necessity", Increased, Major(ServiceModel), true),
    // The name of the business function is a label; its data and purposes are the facts.
    row("collect.name", Changed, Minor, false),
    row("collect.*", Any, Major(ServiceModel), false),
    row("purpose", Added, Major(ServiceModel), true),
    row("purpose", Removed, Major(ServiceModel), true),
    row("purpose.*", Any, Major(ServiceModel), false),
    // Cookies are a way personal information is collected and used; their purposes are
    // purposes of processing, and tracking across sites is a use.
    row("cookies", Added, Major(ServiceModel), true),
    row("cookies", Removed, Major(ServiceModel), true),
    row("cookies.purposes", Any, Major(ServiceModel), false),
    row("cookies.no-cross-site-tracking", Disabled, Major(ServiceModel), true),

    // ------------------------------------------------------------------ recipients
    // "A change of the main parties with whom personal information is shared, to whom it is
    // transferred, or to whom it is publicly disclosed": every recipient, its kind, what it
    // receives and on which conditions; cross-border transfers and storage abroad are where
    // the information goes.
    row("recipient", AddedNewKind, Major(Recipients), true),
    row("recipient", Added, Major(Recipients), true),
    row("recipient", Removed, Major(Recipients), true),
    row("recipient.kind", Changed, Major(Recipients), true),
    // A recipient named, renamed or established in another country is another company
    // receiving the data; its website is how to find it, no fact about the sharing.
    row("recipient.name", Set, Major(Recipients), true),
    row("recipient.name", Changed, Major(Recipients), true),
    row("recipient.name", Unset, Major(Recipients), true),
    row("recipient.country", Set, Major(Recipients), true),
    row("recipient.country", Changed, Major(Recipients), true),
    row("recipient.country", Unset, Major(Recipients), true),
    row("recipient.url", Any, Minor, false),
    // What a recipient receives the data for is a purpose of processing, as a collection's
    // purposes are (`collect.purposes`), in both directions.
    row("recipient.purposes", ItemsAdded, Major(ServiceModel), true),
    row("recipient.purposes", ItemsRemoved, Major(ServiceModel), true),
    row("recipient.*", Any, Major(Recipients), false),
    row("transfer", Added, Major(Recipients), true),
    row("transfer", Removed, Major(Recipients), true),
    row("transfer.to", ItemsAdded, Major(Recipients), true),
    row("transfer.to", ItemsRemoved, Major(Recipients), true),
    // A new safeguard protects the user more; it is a fact, under no rule.
    row("transfer.safeguards", CaseAdded, Minor, false),
    row("transfer.*", Any, Major(Recipients), false),
    row("storage", Added, Major(Recipients), true),
    row("storage", Removed, Major(Recipients), true),
    row("storage.location", ItemsAdded, Major(Recipients), true),
    row("storage.location", ItemsRemoved, Major(Recipients), true),
    row("storage.*", Any, Major(Recipients), false),

    // ------------------------------------------------------------------ rights
    // "A significant change of the user's rights, or of how they are exercised" is major;
    // "a right removed, narrowed, made harder to exercise, or answered more slowly" needs
    // consent. So every change of a right is major, and every change in the user's
    // disfavour is consent.
    row("right", Added, Major(Rights), true),
    row("right", Removed, Consent, true),
    // Another kind under the same id is another right: the old one is gone.
    row("right.kind", Changed, Consent, true),
    // A kind of channel no longer offered makes the right harder to exercise; the same
    // kind reached at another address (one e-mail for another) or a new way is a change of
    // how it is exercised.
    row("right.channels", ChannelWithdrawn, Consent, true),
    row("right.channels", ChannelChanged, Major(Rights), true),
    row("right.channels", ChannelAdded, Major(Rights), true),
    // Answered more slowly, or with no promised time at all, is a reduction; faster or newly
    // promised is a change of how the right is exercised.
    row("right.respond-within", Lengthened, Consent, true),
    row("right.respond-within", Unset, Consent, true),
    row("right.respond-within", Shortened, Major(Rights), true),
    // The same time said differently ("30 days" / "one month") changes no right.
    row("right.respond-within", Restated, Minor, false),
    row("right.respond-within", Set, Major(Rights), true),
    // Cases in which a right applies widen it; cases in which a request may be refused
    // narrow it.
    row("right.when", CaseAdded, Major(Rights), true),
    row("right.when", CaseRemoved, Consent, true),
    // A right that had no listed cases and now has some is limited to them; one whose list
    // is dropped applies without it.
    row("right.when", Narrowed, Consent, true),
    row("right.when", Widened, Major(Rights), true),
    row("right.except", CaseAdded, Consent, true),
    row("right.except", CaseRemoved, Major(Rights), true),
    // A right limited to fewer places is narrowed; widening it falls under `right.*`.
    row("right.jurisdictions", Narrowed, Consent, true),
    row("right.*", Any, Major(Rights), false),
    // The handling of requests applies to every right: the same reasoning as for one right.
    row("requests", Added, Major(Rights), true),
    row("requests", Removed, Consent, true),
    row("requests.respond-within", Lengthened, Consent, true),
    row("requests.respond-within", Unset, Consent, true),
    row("requests.respond-within", Restated, Minor, false),
    row("requests.respond-within", Shortened, Major(Rights), true),
    // Proving one's identity makes a right harder to exercise.
    row("requests.verify-identity", Enabled, Consent, true),
    row("requests.verify-identity", Disabled, Major(Rights), true),
    row("requests.except", CaseAdded, Consent, true),
    row("requests.except", CaseRemoved, Major(Rights), true),
    row("requests.channels", ChannelWithdrawn, Consent, true),
    row("requests.jurisdictions", Narrowed, Consent, true),
    row("requests.*", Any, Major(Rights), false),
    // Consent is the user's first right: a new case in which it is not sought narrows it.
    row("consent", Added, Major(Rights), true),
    row("consent", Removed, Consent, true),
    row("consent.exceptions", CaseAdded, Consent, true),
    row("consent.exceptions", CaseRemoved, Major(Rights), true),
    row("consent.jurisdictions", Narrowed, Consent, true),
    row("consent.*", Any, Major(Rights), false),
    // The protected age, parental consent and the refusal to serve minors protect minors:
    // lowering or dropping them reduces the rights of a group of users.
    row("minors", Added, Major(Rights), true),
    row("minors", Removed, Consent, true),
    row("minors.age", Decreased, Consent, true),
    row("minors.age", Increased, Major(Rights), true),
    row("minors.parental-consent", Disabled, Consent, true),
    row("minors.parental-consent", Enabled, Major(Rights), true),
    row("minors.no-service", Disabled, Consent, true),
    row("minors.no-service", Enabled, Major(Rights), true),
    row("minors.jurisdictions", Narrowed, Consent, true),
    row("minors.*", Any, Major(Rights), false),
    // Refusing cookies and "do not track" are opt-outs: removing one needs consent.
    row("cookies", RemovedProtection, Consent, true),
    row("cookies.refuse", ItemsRemoved, Consent, true),
    row("cookies.refuse", ItemsAdded, Major(Rights), true),
    row("cookies.do-not-track", Decreased, Consent, true),
    row("cookies.do-not-track", Increased, Major(Rights), true),
    // The promise not to reduce rights without consent is itself a protection of rights.
    row("changes.consent-for-reduction", Disabled, Consent, true),
    row("changes.consent-for-reduction", Enabled, Minor, true),
    row("changes", RemovedProtection, Consent, true),
    // ------------------------------------------------------------------ promises (issue 15)
    // A response time for some rights only: each right's requests compared by the time they
    // get (its scope's, else the usual one), with the reasoning of `requests.respond-within`.
    row("requests.respond-within-for", Lengthened, Consent, true),
    row("requests.respond-within-for", Unset, Consent, true),
    row("requests.respond-within-for", Shortened, Major(Rights), true),
    row("requests.respond-within-for", Set, Major(Rights), true),
    row("requests.respond-within-for", Restated, Minor, true),
    // The same time, given now by a scope and before by the usual time (or the reverse).
    row("requests.respond-within-for", Changed, Minor, true),
    // The change-notice promise covering fewer changes tells users of fewer changes: a
    // reduction, as withdrawing it is; covering more, or stating it, is a change of rights.
    row("changes.notify-on", Decreased, Consent, true),
    row("changes.notify-on", Increased, Major(Rights), true),
    row("changes.notify-on", Unset, Consent, true),
    row("changes.notify-on", Set, Major(Rights), true),
    // A negative promise ("we do not sell your personal information") protects the user
    // as a right does: withdrawing, replacing or weakening it (an exception, fewer data,
    // fewer places, more regions personal information may go to) needs consent; making one
    // or strengthening it is a change of rights.
    row("promise", Added, Major(Rights), true),
    row("promise", Removed, Consent, true),
    row("promise.kind", Changed, Consent, true),
    row("promise.except", CaseAdded, Consent, true),
    row("promise.except", CaseRemoved, Major(Rights), true),
    row("promise.items", Narrowed, Consent, true),
    row("promise.items", Widened, Major(Rights), true),
    row("promise.items", ItemsRemoved, Consent, true),
    row("promise.items", ItemsAdded, Major(Rights), true),
    row("promise.regions", ItemsAdded, Consent, true),
    row("promise.regions", ItemsRemoved, Major(Rights), true),
    row("promise.jurisdictions", Narrowed, Consent, true),
    row("promise.*", Any, Major(Rights), false),
    // The policy's own changelog describes changes; it is not one. Its entries are posted
    // with the version, so adding, removing or rewording one is editorial.
    row("changelog", Added, Editorial, true),
    row("changelog", Removed, Editorial, true),
    row("changelog", Changed, Editorial, true),
    // Fewer regions in a jurisdiction: the rights limited to it reach fewer users.
    row("jurisdiction.regions", ItemsRemoved, Major(Rights), true),

    // ------------------------------------------------------------------ contact
    // "A change of the department responsible, its contact details, or the complaint
    // channels": every contact point and every field of it.
    row("contact", Added, Major(Contact), true),
    row("contact", Removed, Major(Contact), true),
    // A contact that rights are exercised through no longer offers a kind of channel: the
    // rights are harder to exercise.
    row("contact", ChannelWithdrawn, Consent, true),
    // A complaint channel closed is a channel kind no longer offered.
    row("contact.complaints", Disabled, Consent, true),
    row("contact.complaints", Enabled, Major(Contact), true),
    // A contact answering more slowly makes complaints and requests harder; the same
    // reasoning as for a right's response time.
    row("contact.respond-within", Lengthened, Consent, true),
    row("contact.respond-within", Restated, Minor, false),
    row("contact.respond-within", Unset, Consent, true),
    row("contact.*", Any, Major(Contact), false),
    // An in-country representative (GDPR Art. 27, PIPL Art. 53, PIPA) is where users in that
    // country write to; an authority or external complaint body is a complaint channel.
    row("representative", Added, Major(Contact), true),
    row("representative", Removed, Major(Contact), true),
    row("representative.*", Any, Major(Contact), false),
    row("authority", Added, Major(Contact), true),
    row("authority", Removed, Major(Contact), true),
    // An authority that rights are exercised through and that can no longer be reached a
    // way it could: those rights are harder to exercise, as with a contact point.
    row("authority", ChannelWithdrawn, Consent, true),
    row("authority.*", Any, Major(Contact), false),

    // ------------------------------------------------------------------ risk assessment
    // "A personal-information security impact assessment that reports a high risk"; other
    // assessments are facts under no rule.
    row("assessment", AddedHighRisk, Major(RiskAssessment), true),
    row("assessment.risk", BecameHigh, Major(RiskAssessment), true),

    // ------------------------------------------------------------------ under no rule
    // Security measures, incidents and retention are facts the rules do not name: minor.
    row("security.measures", ItemsAdded, Minor, true),
    row("security.measures", ItemsRemoved, Minor, true),

    // ------------------------------------------------------------------ defaults
    // Any structured fact that changed and that no row above names is minor; changes of
    // form (wording, order, place) are editorial.
    row("*", Added, Minor, true),
    row("*", AddedNewKind, Minor, true),
    row("*", AddedHighRisk, Minor, true),
    row("*", AddedNearFacts, Minor, true),
    row("*", Removed, Minor, true),
    row("*", RemovedProtection, Minor, true),
    row("*", RemovedNearFacts, Minor, true),
    row("*", Moved, Editorial, true),
    row("*", Reordered, Editorial, true),
    row("*", Renumbered, Editorial, true),
    row("*", Changed, Minor, true),
    row("*", Set, Minor, true),
    row("*", Unset, Minor, true),
    row("*", Enabled, Minor, true),
    row("*", Disabled, Minor, true),
    row("*", ItemsAdded, Minor, true),
    row("*", ItemsRemoved, Minor, true),
    row("*", Increased, Minor, true),
    row("*", Decreased, Minor, true),
    row("*", BecameHigh, Minor, true),
    row("*", Lengthened, Minor, true),
    row("*", Shortened, Minor, true),
    row("*", Restated, Minor, true),
    row("*", CaseAdded, Minor, true),
    row("*", CaseRemoved, Minor, true),
    row("*", Narrowed, Minor, true),
    row("*", Widened, Minor, true),
    row("*", ChannelAdded, Minor, true),
    row("*", ChannelChanged, Minor, true),
    row("*", ChannelWithdrawn, Minor, true),
    row("*", Reworded, Editorial, true),
    // A rewording where facts are stated is editorial unless its changed words give evidence
    // of a rule (`Evidence` rows below); the note still asks a reviewer to look.
    row("*", RewordedNearFacts, Editorial, true),
    row("*", Typographic, Editorial, true),
    row("*", TranslationOnly, Editorial, true),
    row("*", Unclassified, Minor, true),
    // The fail-safe classification: prose whose changed words name what a rule is about
    // (a recipient, a contact detail, a right, data ...) may state a changed fact, so it gets
    // that rule's notice; a negative promise withdrawn or narrowed reduces rights.
    row("*", Evidence(ServiceModel), Major(ServiceModel), true),
    row("*", Evidence(Ownership), Major(Ownership), true),
    row("*", Evidence(Recipients), Major(Recipients), true),
    row("*", Evidence(Rights), Major(Rights), true),
    row("*", Evidence(Contact), Major(Contact), true),
    row("*", Evidence(RiskAssessment), Major(RiskAssessment), true),
    row("*", Evidence(RightsReduced), Consent, true),
];
