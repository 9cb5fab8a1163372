# policyc's interface in English: the catalogue every other is checked against (a test
# requires every catalogue to have exactly these messages, with the same variables).
#
# Project Fluent syntax (https://projectfluent.org/fluent/guide/): `id = text`, variables
# `{ $name }`, plural and other variants with selectors. Plural forms select on
# `PLURAL($count)`, the CLDR category by ICU4X (a test refuses a bare `{ $count -> [one] … }`
# and a number key such as `[0]` under PLURAL, which never matches: put it in an outer
# `{ $count -> [0] … *[other] { PLURAL($count) -> … } }`). Numbers print in the locale's digits
# and grouping ("12,345"); the code passes years, ids and positions as text. Braces shown as
# text are written `{"{"}`. Translating: copy this file to locales/TAG.ftl (TAG the BCP 47 language tag) and
# translate every value, keeping ids and variables; docs/languages.md says more.

# The language of this catalogue, in itself (the language menus show it).
language-self = English

# ---------------------------------------------------------------- changes (diff rules table)
# One message per row of src/diff/rules/table.rs: change-KEY--EVENT.
change-policy_id--changed = Policy id changed from { $old } to { $new }
change-policy_languages--items-added = Now also published in: { $what }
change-policy_languages--items-removed = No longer published in: { $what }
change-policy_binding--items-added = Translation now binding: { $what }
change-policy_binding--items-removed = Translation no longer binding: { $what }
change-policy_authoritative--changed = Authoritative language changed from { $old } to { $new }
change-policy_numbering--changed = Section numbering changed from { $old } to { $new }
change-section--added = Section added: { $fact }
change-section--added-near-facts = Section added where the policy states { $subjects }: { $fact }
change-section--removed = Section removed: { $fact }
change-section--removed-near-facts = Section removed where the policy states { $subjects }: { $fact }
change-section_number--changed = Section { $fact } numbered differently: { $old } → { $new }
change-prose--added = Text added: { $what }
change-prose--added-near-facts = Text added where the policy states { $subjects }: { $what }
change-prose--removed = Text removed: { $what }
change-prose--removed-near-facts = Text removed where the policy states { $subjects }: { $what }
change-list_marker--changed = List markers changed from { $old } to { $new }
change-table--added = Table added: { $what }
change-table--added-near-facts = Table added where the policy states { $subjects }: { $what }
change-table--removed = Table removed: { $what }
change-table--removed-near-facts = Table removed where the policy states { $subjects }: { $what }
change-table_row--added = Table row added: { $what }
change-table_row--added-near-facts = Table row added where the policy states { $subjects }: { $what }
change-table_row--removed = Table row removed: { $what }
change-table_row--removed-near-facts = Table row removed where the policy states { $subjects }: { $what }
change-table_cell--changed = { $what } now shows { $new } (was { $old })
change-term_label--changed = Label of the term { $fact } changed from { $old } to { $new }
change-controller--added = New controller: { $fact }
change-controller--removed = Controller removed: { $fact }
change-controller_name--changed = Controller renamed from { $old } to { $new }
change-controller_group--set = { $fact } now stated to belong to { $new }
change-controller_group--changed = { $fact } now belongs to { $new } (was { $old })
change-controller_group--unset = { $fact } no longer stated to belong to { $old }
change-joint-controller--added = New joint controller: { $fact }
change-joint-controller--removed = Joint controller removed: { $fact }
change-joint-controller_name--changed = Joint controller renamed from { $old } to { $new }
change-joint-controller_purposes--items-added = { $fact } is now also a joint controller for: { $what }
change-joint-controller_purposes--items-removed = { $fact } is no longer a joint controller for: { $what }
change-joint-controller_items--items-added = { $fact } receives personal information: { $what }
change-service--added = New service covered: { $fact }
change-service--removed = Service no longer covered: { $fact }
change-collect--added = New collection of personal information: { $fact } ({ $what })
change-collect--removed = Collection of personal information removed: { $fact } ({ $what })
change-collect_items--items-added = { $fact }: new personal information collected: { $what }
change-collect_items--items-removed = { $fact }: personal information no longer collected: { $what }
change-collect_purposes--items-added = { $fact }: new purposes: { $what }
change-collect_purposes--items-removed = { $fact }: purposes removed: { $what }
change-collect_necessity--decreased = { $fact }: now necessary; refusing it now blocks the function
change-collect_necessity--increased = { $fact }: now optional; refusing it no longer blocks the function
change-purpose--added = New purpose of processing: { $fact }
change-purpose--removed = Purpose of processing removed: { $fact }
change-cookies--added = New use of cookies: { $fact }
change-cookies--removed = Cookie statement removed: { $fact }
change-cookies_no-cross-site-tracking--disabled = Cross-site tracking is no longer ruled out
change-recipient--added-new-kind = New recipient kind: { $fact }
change-recipient--added = New recipient: { $fact }
change-recipient--removed = Recipient removed: { $fact }
change-recipient_kind--changed = Recipient kind changed from { $old } to { $new }
change-recipient_name--set = { $fact }: the recipient is now named: { $new }
change-recipient_name--changed = { $fact }: the recipient is now { $new } (was { $old })
change-recipient_name--unset = { $fact }: the recipient is no longer named (was { $old })
change-recipient_country--set = { $fact }: established in { $new }
change-recipient_country--changed = { $fact }: now established in { $new } (was { $old })
change-recipient_country--unset = { $fact }: its country is no longer stated (was { $old })
change-recipient_purposes--items-added = { $fact }: now receives personal information also for: { $what }
change-recipient_purposes--items-removed = { $fact }: no longer receives personal information for: { $what }
change-transfer--added = New cross-border transfer: { $fact }
change-transfer--removed = Cross-border transfer removed: { $fact }
change-transfer_to--items-added = New transfer destination: { $what }
change-transfer_to--items-removed = Transfer destination removed: { $what }
change-storage--added = New storage location: { $fact }
change-storage--removed = Storage location removed: { $fact }
change-storage_location--items-added = Personal information now also stored in { $what }
change-storage_location--items-removed = Personal information no longer stored in { $what }
change-right--added = New right: { $fact }
change-right--removed = Right removed: { $fact }
change-right_kind--changed = Right replaced: { $old } → { $new }
change-right_channels--channel-withdrawn = { $fact }: no longer exercisable by { $what }
change-right_channels--channel-changed = { $fact }: channels changed from { $old } to { $new }
change-right_channels--channel-added = { $fact }: new channels: { $what }
change-right_respond-within--lengthened = { $fact }: response time lengthened from { $old } to { $new }
change-right_respond-within--unset = { $fact }: response time no longer promised (was { $old })
change-right_respond-within--shortened = { $fact }: response time shortened from { $old } to { $new }
change-right_respond-within--set = { $fact }: response time now promised: { $new }
change-right_when--case-added = { $fact }: new case in which the right applies: { $what }
change-right_when--case-removed = { $fact }: no longer applies in this case: { $what }
change-right_when--narrowed = { $fact }: now applies only in these cases: { $what }
change-right_when--widened = { $fact }: no longer limited to the cases it listed: { $what }
change-right_except--case-added = { $fact }: new case in which a request may be refused: { $what }
change-right_except--case-removed = { $fact }: a request may no longer be refused in this case: { $what }
change-right_jurisdictions--narrowed = { $fact }: now limited to { $new } (was { $old })
change-requests--added = New rule for handling requests: { $fact }
change-requests--removed = Rule for handling requests removed: { $fact }
change-requests_respond-within--lengthened = { $fact }: response time lengthened from { $old } to { $new }
change-requests_respond-within--unset = { $fact }: response time no longer promised (was { $old })
change-requests_respond-within--shortened = { $fact }: response time shortened from { $old } to { $new }
change-requests_verify-identity--enabled = { $fact }: requests now need proof of identity
change-requests_verify-identity--disabled = { $fact }: requests no longer need proof of identity
change-requests_except--case-added = { $fact }: new case in which no request is answered: { $what }
change-requests_except--case-removed = { $fact }: requests are now answered in this case: { $what }
change-requests_channels--channel-withdrawn = { $fact }: requests can no longer be made by { $what }
change-requests_jurisdictions--narrowed = { $fact }: now limited to { $new } (was { $old })
change-consent--added = New consent rule: { $fact }
change-consent--removed = Consent rule removed: { $fact }
change-consent_exceptions--case-added = New case in which your consent is not sought: { $what }
change-consent_exceptions--case-removed = Your consent is now sought in this case: { $what }
change-consent_jurisdictions--narrowed = { $fact }: now limited to { $new } (was { $old })
change-minors--added = New protection of minors: { $fact }
change-minors--removed = Protection of minors removed: { $fact }
change-minors_age--decreased = Protected age of minors lowered from { $old } to { $new }
change-minors_age--increased = Protected age of minors raised from { $old } to { $new }
change-minors_parental-consent--disabled = { $fact }: parental consent is no longer required
change-minors_parental-consent--enabled = { $fact }: parental consent is now required
change-minors_no-service--disabled = { $fact }: services are now offered to them
change-minors_no-service--enabled = { $fact }: services are no longer offered to them
change-minors_jurisdictions--narrowed = { $fact }: now limited to { $new } (was { $old })
change-cookies--removed-protection = Cookie statement removed, with its ways to refuse cookies: { $what }
change-cookies_refuse--items-removed = Way to refuse cookies no longer offered: { $what }
change-cookies_refuse--items-added = New way to refuse cookies: { $what }
change-cookies_do-not-track--decreased = “Do not track” signals are no longer honoured
change-cookies_do-not-track--increased = “Do not track” signals are now honoured
change-changes_consent-for-reduction--disabled = The promise not to reduce your rights without your explicit consent is withdrawn
change-changes_consent-for-reduction--enabled = The promise not to reduce your rights without your explicit consent is made
change-changes--removed-protection = The promise about changes is removed, with the promise not to reduce your rights without your explicit consent
change-requests_respond-within-for--lengthened = { $fact }: response time for { $what } requests lengthened from { $old } to { $new }
change-requests_respond-within-for--unset = { $fact }: response time for { $what } requests no longer promised (was { $old })
change-requests_respond-within-for--shortened = { $fact }: response time for { $what } requests shortened from { $old } to { $new }
change-requests_respond-within-for--set = { $fact }: response time for { $what } requests now promised: { $new }
change-requests_respond-within-for--restated = { $fact }: response time for { $what } requests restated from { $old } to { $new } (the same length)
change-requests_respond-within-for--changed = { $fact }: response time for { $what } requests stated differently, still { $new }
change-changes_notify-on--decreased = Changes are now announced only when material (was: { $old })
change-changes_notify-on--increased = Every change is now announced (was: { $old })
change-changes_notify-on--unset = The promise of which changes are announced is withdrawn (was: { $old })
change-changes_notify-on--set = Now promised which changes are announced: { $new }
change-promise--added = New promise: { $fact }
change-promise--removed = Promise withdrawn: { $fact }
change-promise_kind--changed = Promise replaced: { $old } → { $new }
change-promise_except--case-added = { $fact }: new case in which the promise does not hold: { $what }
change-promise_except--case-removed = { $fact }: the promise now holds in this case too: { $what }
change-promise_items--narrowed = { $fact }: now covers only { $new } (was { $old })
change-promise_items--widened = { $fact }: now covers { $new } (was { $old })
change-promise_items--items-removed = { $fact }: no longer covers { $what }
change-promise_items--items-added = { $fact }: now also covers { $what }
change-promise_regions--items-added = { $fact }: personal information may now also be transferred to { $what }
change-promise_regions--items-removed = { $fact }: personal information is now also kept out of { $what }
change-promise_jurisdictions--narrowed = { $fact }: now limited to { $new } (was { $old })
change-changelog--added = Changelog entry added for { $fact }: { $what }
change-changelog--removed = Changelog entry removed for { $fact }: { $what }
change-changelog--changed = Changelog entry for { $fact } reworded: { $what }
change-jurisdiction_regions--items-removed = { $fact }: regions removed: { $what }; rights limited to it now reach fewer people
change-contact--added = New contact point: { $fact }
change-contact--removed = Contact point removed: { $fact }
change-contact--channel-withdrawn = { $fact } no longer offers { $what } for exercising { $rights }
change-contact_complaints--disabled = { $fact } no longer takes complaints
change-contact_complaints--enabled = { $fact } now takes complaints
change-contact_respond-within--lengthened = { $fact }: response time lengthened from { $old } to { $new }
change-contact_respond-within--unset = { $fact }: response time no longer promised (was { $old })
change-representative--added = New in-country representative: { $fact }
change-representative--removed = In-country representative removed: { $fact }
change-authority--added = New supervisory authority or complaint body: { $fact }
change-authority--removed = Supervisory authority or complaint body removed: { $fact }
change-authority--channel-withdrawn = { $fact } can no longer be reached by { $what } for exercising { $rights }
change-assessment--added-high-risk = Impact assessment reports a high risk: { $fact }
change-assessment_risk--became-high = { $fact } now reports a high risk (was { $old })
change-security_measures--items-added = New security measures: { $what }
change-security_measures--items-removed = Security measures no longer stated: { $what }
change-any--added = Added: { $fact }
change-any--added-new-kind = Added: { $fact }
change-any--added-high-risk = Added: { $fact }
change-any--added-near-facts = Added: { $fact }
change-any--removed = Removed: { $fact }
change-any--removed-protection = Removed: { $fact }
change-any--removed-near-facts = Removed: { $fact }
change-any--moved = Moved: { $fact }, from { $old } to { $new }
change-any--reordered = Order changed: { $fact }
change-any--renumbered = Renumbered: { $fact }, from { $old } to { $new }
change-any--changed = { $fact }: { $field } changed from { $old } to { $new }
change-any--set = { $fact }: { $field } now stated: { $new }
change-any--unset = { $fact }: { $field } no longer stated (was { $old })
change-any--enabled = { $fact }: now with { $field }
change-any--disabled = { $fact }: no longer with { $field }
change-any--items-added = { $fact }: { $field } added: { $what }
change-any--items-removed = { $fact }: { $field } removed: { $what }
change-any--increased = { $fact }: { $field } changed from { $old } to { $new }
change-any--decreased = { $fact }: { $field } changed from { $old } to { $new }
change-any--became-high = { $fact }: { $field } changed from { $old } to { $new }
change-any--lengthened = { $fact }: { $field } lengthened from { $old } to { $new }
change-any--shortened = { $fact }: { $field } shortened from { $old } to { $new }
change-any--restated = { $fact }: { $field } restated from { $old } to { $new } (the same length)
change-any--case-added = { $fact }: { $field }: case added: { $what }
change-any--case-removed = { $fact }: { $field }: case removed: { $what }
change-any--narrowed = { $fact }: now limited to { $new } (was { $old })
change-any--widened = { $fact }: now applies to { $new } (was { $old })
change-any--channel-added = { $fact }: new channels: { $what }
change-any--channel-changed = { $fact }: channels changed from { $old } to { $new }
change-any--channel-withdrawn = { $fact }: channels no longer offered: { $what }
change-any--reworded = Wording changed: { $what }
change-any--reworded-near-facts = Wording changed where the policy states { $subjects }: { $what }
change-any--typographic = Typography corrected: { $what }
change-any--translation-only = Only the { $lang } translation changed: { $what }
change-any--unclassified = Other change of the document's structure
change-any--evidence-service-model = { $action }: { $what } ({ $evidence })
change-any--evidence-ownership = { $action }: { $what } ({ $evidence })
change-any--evidence-recipients = { $action }: { $what } ({ $evidence })
change-any--evidence-rights = { $action }: { $what } ({ $evidence })
change-any--evidence-contact = { $action }: { $what } ({ $evidence })
change-any--evidence-risk-assessment = { $action }: { $what } ({ $evidence })
change-any--evidence-rights-reduced = { $action }: { $what } ({ $evidence })

# ---------------------------------------------------------------- policy pages (templates: labels.NAME)
page-contents = Contents
page-summary = At a glance
page-collected = What we collect
page-purposes = Why we use it
page-recipients = Who receives it
page-responsible = Who is responsible
page-rights = Your rights and how fast we answer
page-contacts = Whom to contact
page-released = Released
page-updated = Last updated
page-effective = Effective
page-version = Version
page-languages = Languages
page-not-stated = not stated
page-summary-note = This summary is generated from the policy below; the policy itself is what applies.
# What opens the summary, folded so that the policy's contents begin near the top of a phone's
# screen.
page-summary-open = Show the summary
page-back-to-top = Back to top
# The first link of a policy page, to the policy's text (hidden until focused).
page-skip = Skip to the policy
page-promises = Our promises
page-changelog = Changes to this policy
page-colon = {": "}
page-open = {" ("}
page-close = {")"}

# ---------------------------------------------------------------- the site (templates: words.NAME)
site-skip = Skip to content
site-breadcrumb = Breadcrumb
site-languages = Languages
site-home = Home
site-policies = Policies
site-version = Version
site-current-version = Current version
site-effective = Effective
site-published = Published
site-updated = Last updated
site-status = Status
site-severity = Change
site-rules = What the changes concern
site-summary = Summary
site-author-summary = In the publisher’s words
site-all-versions = All versions and changes
site-changelog = Versions and changes
site-changelog-intro = Every published version of this policy, newest first. Each links to its full text and to what changed since the version before it.
site-what-changed = What changed
# The link from an archived version to the page of everything that changed since it, up to the
# version in effect today, and that page's label in the breadcrumbs.
site-since = What changed since this version
# That page's title ($version: the archived version it starts from).
site-since-title = What changed since version { $version }
# Under that title: what the page compares ($version: the archived version; $current: the
# version in effect today; $count: how many versions were published after $version, up to
# and including $current). Its changes are classed by the most important among them.
site-since-compared = Version { $version } compared with the version in effect today, { $current }. { PLURAL($count) ->
        [one] One version was published since.
       *[other] { $count } versions were published since: their changes are shown together, and the class is that of the most important.
    }
site-read-version = Read this version
site-read-current = Read the current version
site-previous-version = Previous version
site-periods = Which version applied when
site-periods-intro = To find the version that applied on a date (the day you signed up, for example), look for the period that contains it.
site-from = From
site-until = Until
site-until-now = until further notice
site-never-in-effect = replaced before it took effect
site-feed = Atom feed of new versions
site-legend = Deleted text is struck through; inserted text is underlined.
site-deleted = deleted
site-inserted = inserted
site-no-changes = Nothing a reader would see changed.
site-not-found = Page not found
site-not-found-text = There is no page at this address. The list of policies is on the home page.
site-notice = Important change
site-upcoming-notice = Upcoming change
site-superseded-notice = Superseded version
site-generated = Generated by policyc from the policy archive.
# Whose policy a page is about, in titles, breadcrumbs, home page cards and feeds: $publisher
# is the controller's name (or the names, joined), $title the policy's own title ("Privacy
# Policy"). Used only when the title does not already name the publisher.
site-policy-title = { $publisher } { $title }
# Printed under a version's header (only on paper): where the version stays readable.
site-permanent-address = Permanent address of this version
# The headline of a version's diff page, for a reader ($severity: consent, major, minor,
# editorial, none; $date: the day the version takes effect, as the language writes dates).
site-headline = { $severity ->
    [consent] Important change that needs your consent, effective { $date }: what it means for you
    [major] Important change, effective { $date }: what it means for you
    [minor] Minor changes, effective { $date }
    [editorial] Changes of wording only, effective { $date }: what we do with your data stays the same
   *[none] First version, effective { $date }
}
# A sentence of a version's key changes, in the changelog and the feed ($topics: the subjects
# of its changes, rule-topic joined by the language's "and").
site-key-changes = Key changes: { $topics }.
site-colon = {": "}
site-comma = {", "}
# Around an explanation after a code, as page-open and page-close ("rights-reduced (your rights reduced)").
site-open = {" ("}
site-close = {")"}
# A severity as a badge says it ($id: none, editorial, minor, major, consent).
severity = { $id ->
    [none] First version
    [editorial] Editorial
    [minor] Minor
    [major] Major
   *[consent] Needs your consent
}
# A rule of the diff as readers see it: the subject of a change, as a heading in the reader's
# words (the site's changelog, diff pages and feed; never the rule's id).
rule-name = { $id ->
    [service-model] What we collect and why
    [ownership] Who is responsible for your data
    [recipients] Who receives your data
    [rights] Your rights and how to use them
    [contact] How to reach us
    [risk-assessment] Risks to your data
   *[rights-reduced] Rights you lose
}
# The same subject inside a sentence (after site-key-changes' colon, in a list joined by the
# language's "and"): as rule-name, with the case a word takes there.
rule-topic = { $id ->
    [service-model] what we collect and why
    [ownership] who is responsible for your data
    [recipients] who receives your data
    [rights] your rights and how to use them
    [contact] how to reach us
    [risk-assessment] risks to your data
   *[rights-reduced] rights you lose
}
# One line under rule-name on a diff page: what a change of this subject is about.
rule-meaning = { $id ->
    [service-model] The personal data we collect, what we use it for and how long we keep it.
    [ownership] The organisation responsible for your data, for example after a merger, an acquisition or a bankruptcy.
    [recipients] The organisations we share your data with or disclose it to, and the places it goes.
    [rights] How you can see, correct, delete or move your data, withdraw your consent or complain, and how quickly we answer.
    [contact] Whom to contact about your data and how: the department in charge, the data protection officer, their addresses.
    [risk-assessment] What our assessment of the risks to your data found.
   *[rights-reduced] A change that takes away or limits a right you had: it does not apply to you without your explicit consent.
}
# The status of a version.
version-status = { $id ->
    [current] Current
    [upcoming] Upcoming
   *[superseded] Superseded
}
# What happened to a changed element.
change-kind = { $id ->
    [added] added
    [removed] removed
    [moved] moved
   *[changed] changed
}
banner-version = Version { $version }
banner-changes-in = Changes in version { $version }
banner-compared-with = Compared with the previous version, { $previous }.
# A group of changes on a diff page, with how many it holds.
changes-group = { $severity ->
    [consent] Needs your explicit consent
    [major] Major changes
    [minor] Minor changes
   *[editorial] Editorial changes
} ({ $count })
banner-notice-major = Changes to this policy that need your attention took effect on { $date }.
banner-notice-consent = Changes to this policy that took effect on { $date } reduce your rights: they do not apply to you without your explicit consent.
banner-upcoming = A new version of this policy, { $version }, takes effect on { $date }.
banner-upcoming-self = This version takes effect on { $date }. Until then, the current version applies.
banner-upcoming-first = This policy takes effect on { $date }.
banner-superseded = This version is no longer in effect: version { $successor }, effective { $date }, replaced it.
feed-title = { $policy }: new versions
# $rules is empty or feed-entry-rules.
feed-entry-title = Version { $version }: { $severity }{ $rules }
feed-entry-rules = {" "}({ $rules })
feed-entry-text =
    { $summary }

    Effective { $date }.

# ---------------------------------------------------------------- policy pages: the summary
# Between the details of one line of the summary.
summary-separator = {"; "}
# Whether data must be given ($necessity: necessary, optional).
summary-necessity = { $necessity ->
    [necessary] necessary
   *[optional] optional: you may refuse
}
# Where data comes from ($source: user, automatic, third-party).
summary-source = { $source ->
    [user] given by you
    [automatic] collected automatically
   *[third-party] obtained from third parties
}
summary-processor = processed on behalf of customers
# What a recipient does with data ($activity: entrusted, sharing, transfer, disclosure).
summary-activity = { $activity ->
    [entrusted] entrusted processing
    [sharing] sharing
    [transfer] transfer
   *[disclosure] public disclosure
}
# A right limited to some places: the right's name, then where it applies.
summary-right-in = { $right } ({ $places })
# $time is a duration ("one month", "15 working days").
summary-answered-within = answered within { $time }
summary-answers-within = answers within { $time }
# The data a negative promise concerns ($items: a list of data categories).
summary-concerning = concerning { $items }
summary-applies-in = in { $places }
summary-with-exceptions = with exceptions
summary-notice-title = Notice of changes
# Which changes are notified ($scope: every, material).
summary-notice-scope = { $scope ->
    [every] for every change
   *[material] for material changes only
}

# ---------------------------------------------------------------- policy pages: parties
party-for-purposes = for { $purposes }
party-part-of = part of { $group }
# A controller's role when it names no group ($role: controller, processor).
party-role = { $role ->
    [controller] the controller
   *[processor] the processor
}
party-receives = receives { $items }
party-joint-controller = joint controller with us for { $purposes }
# The law under which a representative is appointed ($law: gdpr, uk-gdpr, pipl, pipa).
party-representative = { $law ->
    [gdpr] representative in the EU under GDPR Art. 27
    [uk-gdpr] representative in the UK under UK GDPR Art. 27
    [pipl] representative in China under PIPL Art. 53
   *[pipa] domestic representative in Korea under the PIPA
}
party-complain-to-it = you may complain to it

# ---------------------------------------------------------------- policy pages: text
# A language's name ($language: the primary subtag, en, zh, fr...; $tag: the full tag).
language-name = { $language ->
    [en] English
    [zh] Chinese
    [fr] French
    [de] German
    [es] Spanish
    [ja] Japanese
    [ko] Korean
    [pt] Portuguese
   *[other] { $tag }
}
# After a paragraph whose translation was made from an earlier version of the authoritative
# text ($language: the authoritative language's name, from language-name).
stale-translation = This translation has not yet been updated; the { $language } version applies
# A reference to a section: $number as the policy numbers it ("(8)", "2.1"), $digits the same
# without brackets ("8"), $title the section's title.
section-ref = Section { $number } “{ $title }”
# As section-ref, without a title ($number, $digits).
section-ref-untitled = Section { $number }
# A title quoted in a sentence.
quoted = “{ $text }”

# ---------------------------------------------------------------- durations
# A small number as a word before a unit: "one month", "ten working days"; larger ones as digits.
number-word = { $n ->
    [1] one
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
   *[other] { $n }
}
# An amount of time: $word is number-word of $count; $unit: days, working-days, weeks, months, years.
duration = { $unit ->
    [days] { PLURAL($count) ->
        [one] { $word } day
       *[other] { $word } days
    }
    [working-days] { PLURAL($count) ->
        [one] { $word } working day
       *[other] { $word } working days
    }
    [weeks] { PLURAL($count) ->
        [one] { $word } week
       *[other] { $word } weeks
    }
    [months] { PLURAL($count) ->
        [one] { $word } month
       *[other] { $word } months
    }
   *[years] { PLURAL($count) ->
        [one] { $word } year
       *[other] { $word } years
    }
}
# A time named rather than counted ($unit: promptly, reasonable-time, as-long-as-necessary).
duration-named = { $unit ->
    [promptly] promptly
    [reasonable-time] a reasonable time
   *[as-long-as-necessary] as long as necessary
}
# A time that may be extended: $base the time, $extension the extension (both durations).
duration-extendable = { $base }, extendable by { $extension }

# ---------------------------------------------------------------- publishing
# One line saying what a version changed: the counts of its changes by severity.
summary-line-first = First published version.
# $severity: consent, major, minor, editorial; $count: how many changes of it.
summary-line-count = { $severity ->
    [consent] { PLURAL($count) ->
        [one] { $count } change needing your explicit consent
       *[other] { $count } changes needing your explicit consent
    }
    [major] { PLURAL($count) ->
        [one] { $count } major change
       *[other] { $count } major changes
    }
    [minor] { PLURAL($count) ->
        [one] { $count } minor change
       *[other] { $count } minor changes
    }
   *[editorial] { PLURAL($count) ->
        [one] { $count } editorial change
       *[other] { $count } editorial changes
    }
}
summary-line-separator = {", "}
summary-line = { $parts }.

# The notice of a major change, plain text for an e-mail ($title: the policy's title).
notice-title = Important changes to our { $title }
notice-intro = The updated { $title } (version { $version }) takes effect on { $date }. These changes need your attention:
notice-consent-again = If you consented to this policy before, these changes need your consent again:
notice-rights-reduced = Some of these changes reduce your rights: they will not apply to you without your explicit consent.
notice-archived = The previous version ({ $version }) is archived for your review.
# The e-mail's subject and the HTML notice's title ($title: the policy's title that names the
# company, as site-policy-title makes it: "HitGen Inc. Privacy Policy").
notice-subject = Important changes to the { $title }
# The notice's two links: to the page showing the changes, and to the new version in full.
notice-link-changes = See what changed
notice-link-policy = Read the full policy

# ---- diff: rules/words
# The name of a field of the policy model inside a sentence ("The {field} changed"); $id is the
# field's key in the model (docs/model.md); a key without a name here is shown as it is.
diff-field = { $id ->
    [items] personal information
    [purposes] purposes
    [country] country
    [group] group
    [under] appointed under
    [sources] sources
    [necessity] necessity
    [role] role
    [activities] activities
    [conditions] conditions
    [unconditional] no conditions
    [to] destinations
    [from] origins
    [bases] legal bases
    [basis] legal basis
    [safeguards] safeguards
    [location] storage location
    [measures] security measures
    [notify] how you are told
    [report-to-regulators] reporting to regulators
    [period] retention period
    [criteria] criteria
    [channels] channels
    [respond-within] response time
    [when] cases in which it applies
    [except] cases in which a request may be refused
    [verify-identity] identity verification
    [age] protected age
    [parental-consent] parental consent
    [no-service] no service to minors
    [refuse] ways to refuse cookies
    [do-not-track] “do not track” signals
    [no-cross-site-tracking] no cross-site tracking
    [department] department
    [officer] officer
    [email] e-mail address
    [phone] phone number
    [address] address
    [url] web address
    [complaints] complaints
    [major] kinds of major change
    [notice-period] notice period
    [consent-for-reduction] consent before reducing your rights
    [archive] archive of old versions
    [notify-on] which changes are announced
    [respond-within-for] response time for some rights
    [source] source
    [risk] risk
    [regions] regions
    [name] name
    [law] law
    [affiliates] who is covered with it
    [kind] kind
    [jurisdictions] jurisdictions
    [exceptions] cases in which consent is not sought
    [dpv] DPV concept
    [custom] declared by the policy
    [label] label
    [text] text
    [marker] list marker
   *[other] { $id }
}
# A value of an enumeration of the model inside a sentence (activities, sources, roles, risk
# levels, laws, yes/no ...); $id is the value as the model writes it; a value without a name
# here (a rule id, a free text) is shown as it is.
diff-value = { $id ->
    [entrusted] entrusted processing
    [sharing] sharing
    [transfer] transfer
    [disclosure] public disclosure
    [user] given by the user
    [automatic] collected automatically
    [third-party] obtained from third parties
    [necessary] necessary
    [optional] optional
    [controller] controller
    [processor] processor on behalf of customers
    [low] low
    [medium] medium
    [high] high
    [honored] honoured
    [ignored] ignored
    [every] every change
    [material] material changes only
    [gdpr] the GDPR (Art. 27)
    [uk-gdpr] the UK GDPR (Art. 27)
    [pipl] the PIPL (Art. 53)
    [pipa] Korea's PIPA
    [true] yes
    [false] no
   *[other] { $id }
}
# What a part of the policy is about when it states facts under a rule, as a phrase inside a
# sentence ("this part of the policy states { $subjects }"); $rule is the rule's id.
subject-rule = { $rule ->
    [service-model] the service model
    [ownership] who is responsible
    [recipients] recipients of personal information
    [rights] your rights
    [rights-reduced] your rights
    [contact] contact details
   *[risk-assessment] impact assessments
}
# $subjects: the subjects (subject-rule) joined as a list.
diff-note-review = A reviewer should confirm that no fact changed: this part of the policy states { $subjects }.
# $langs: the names of the translations' languages (diff-language) joined as a list;
# $authoritative: the name of the authoritative language.
diff-note-translation-only = Only the { $langs } text changed; the authoritative { $authoritative } text is the same and { $langs } is not binding.
# $langs: the names of the translations' languages (diff-language) joined as a list.
diff-note-translation-unchanged = The { $langs } text did not change with the authoritative text: check the translation.
# $id: the id of the fact that was added.
diff-note-possible-rename = A fact of the same kind was added as `{ $id }`: if it is the same one renamed, keep its old id so that the diff can match it.
# $old, $new: the ids of the two policies.
diff-note-other-policy = The two files are different policies (`{ $old }` and `{ $new }`).
# The name of a language in a sentence, with its tag: $name is its language-name, $tag the
# whole tag (zh-CN). A language language-name does not name is shown as its tag alone.
diff-language = { $name } ({ $tag })

# ---- diff: consent
# Why a change needs fresh consent from users who consented before, under a law the policy's
# jurisdictions select (consent-pipl-*, consent-gdpr-*) or under none (consent-general); each
# names its law and articles.
consent-rights-reduced = A reduction of rights applies to users only with their explicit consent (rule rights-reduced).
consent-general = Consent given before covers the purposes, data and recipients stated then; this change goes beyond them.
consent-pipl-new-purpose-or-data = PIPL Art. 14: where the purposes of processing, the processing method or the categories of personal information change, the individual's consent must be obtained again.
consent-pipl-new-recipient = PIPL Art. 23: providing personal information to another handler requires informing the individual of the recipient's name, contact details, purposes, processing method and categories of personal information, and obtaining separate consent.
consent-pipl-new-destination = PIPL Art. 39: providing personal information outside the People's Republic of China requires informing the individual of the overseas recipient and how to exercise their rights against it, and obtaining separate consent.
consent-gdpr-new-purpose = GDPR Art. 6(4) and 13(3): processing for a new purpose needs consent or another legal basis unless it is compatible with the purpose the data was collected for, and users must be informed before it starts; where it rests on consent, ask again.
consent-gdpr-new-data = GDPR Art. 6(1)(a), 7 and 13(3): consent covers only the data it was given for; where the processing rests on consent, new categories of data need it again, and users must be informed first.
consent-gdpr-new-recipient = GDPR Art. 13(1)(e) and 13(3): users must be told of new recipients before their data is shared; where the sharing rests on consent, ask again.
consent-gdpr-new-destination = GDPR Art. 13(1)(f) and 49(1)(a): users must be told of a transfer to a new third country; where it rests on neither an adequacy decision nor appropriate safeguards, it needs their explicit consent.

# ---- diff: mod (change headings)
# The heading of a change of wording where the policy states facts under a rule.
diff-wording-changed = Wording changed

# ---- diff: header
# What changed when the policy's title changed.
diff-header-title = the title of the policy
# The policy as the subject of a change of its own fields (its notice period).
diff-header-the-policy = The policy
# $id: the id of a term of the policy's vocabulary.
diff-header-term-label = label of the term { $id }

# ---- diff: document
# Headings of changes of the document: a section, a text (paragraph or list item), added or removed.
diff-doc-section-added = Section added
diff-doc-section-removed = Section removed
diff-doc-text-added = Text added
diff-doc-text-removed = Text removed
# $p: the number or title of the section a section was moved under.
# Where a moved section stands: $p is the heading of the section it now stands under.
diff-doc-under = under { $p }
# $n: the position of the paragraph in its section (1, 2 ...).
diff-doc-paragraph = paragraph { $n }
# $n: the position of the item in its list (1, 2 ...).
diff-doc-list-item = list item { $n }
# What changed when the title of a section changed.
diff-doc-section-title = section title
# The number of a section that has none, when its number changed.
diff-doc-unnumbered = unnumbered
# Where a moved section stands when it is under no other section.
diff-doc-top-level = the top level
# A list that has no lead-in text, as the place of a change.
diff-doc-a-list = a list

# ---- diff: facts (names of facts)
# $to: the destinations (countries or regions) of a cross-border transfer, as a list.
diff-fact-transfer = transfer to { $to }
# $at: where personal information is stored.
diff-fact-storage = storage in { $at }
# $age: the age under which users are minors (a number).
diff-fact-minors = minors under { $age }
# $id: the id of the contact point.
diff-fact-contact-point = contact point `{ $id }`
# $fact: the name of a fact whose text (its own wording) changed.
diff-fact-text = text of { $fact }
# The name of the fact that says how requests are handled.
diff-fact-requests = handling of requests
# The jurisdictions of a fact that applies in all of them.
diff-fact-everywhere = everywhere
# Where a fact stands when it is in no section ("moved from … to …").
diff-fact-top-of-policy = the top of the policy
# A means of contact that is a web address, in a list of means (e-mail, phone …).
diff-fact-website = the website
# The names of facts a policy has one of, or that have no name of their own.
diff-fact-incident = incident notification
diff-fact-retention = retention of personal information
diff-fact-cookies = cookies
diff-fact-changes = the promise about changes
# $id: the id of the fact.
diff-fact-consent = consent rule `{ $id }`
# $id: the id of the fact.
diff-fact-security = security measures `{ $id }`
# $id: the id of the fact.
diff-fact-assessment = impact assessment `{ $id }`

# ---- diff: fields
# No value (a field that is now empty or was empty).
diff-none = none
# $id: the id of a case (a condition or an exception); $fact: the name of the fact.
diff-fields-case = case `{ $id }` of { $fact }
# A value the policy marks as missing (not stated).
diff-fields-not-stated = not stated
# The personal information a fact covers when it names no categories: all of it.
diff-fields-all-items = all personal information

# ---- diff: table
# Headings of changes of tables: a row or a whole table added or removed.
diff-table-row-added = Table row added
diff-table-row-removed = Table row removed
diff-table-added = Table added
diff-table-removed = Table removed
# $t: the table (diff-table-captioned or diff-table-numbered).
diff-table-caption = caption of { $t }
# $t: the table (diff-table-captioned or diff-table-numbered), $r the row's number, $c the column's heading.
diff-table-cell = { $t }, row { $r }, column “{ $c }”
# $c: the table's caption, quoted.
diff-table-captioned = table { $c }
# $n: the table's position in its section (1, 2 ...).
diff-table-numbered = table { $n }
# The old or new content of a table cell that did not exist.
diff-table-nothing = nothing
# $t: the table (diff-table-captioned or diff-table-numbered), $n the column's number.
diff-table-heading = { $t }, heading of column { $n }

# ---- diff: shared words
# Words put in parentheses after a name: $text is what qualifies it (a kind, the
# jurisdictions it applies in, a field); the message starts with its space.
diff-parenthesis = {" "}({ $text })
# A label and what it labels: $label is a fact or a table, $text a field of it or a row's cells.
diff-labelled = { $label }: { $text }
# Between the samples of list markers (“1.”, “a)”).
diff-header-marker-separator = {", "}
# A short quotation of a text in a summary line; $text is the excerpt.
diff-excerpt = “{ $text }”
# The name of a right from its label ($label: "access", "erasure"). $named is "yes" when the
# label already says it is a right (it ends with one of diff-fact-right-endings), else "no".
diff-fact-right = the right of { $label }
# The endings (separated by spaces) by which a right's label already names a right, so that
# diff-fact-right can show it as it is; {""} when the language has none.
diff-fact-right-endings = {""}

# ---- diff: output (policyc diff for people and as Markdown)
# The one-line verdict of a diff. $count: how many changes (a number).
diff-out-headline-none = NONE: the two versions say the same thing
diff-out-headline-dates-only = EDITORIAL: only the version dates changed
diff-out-headline-editorial = EDITORIAL: { $count } { PLURAL($count) ->
    [one] change
   *[other] changes
} of wording or form; no fact changed
diff-out-headline-minor = MINOR: { $count } { PLURAL($count) ->
    [one] change
   *[other] changes
} to publish; none needs prominent notice
diff-out-headline-major = MAJOR: { $count } { PLURAL($count) ->
    [one] change needs
   *[other] changes need
} prominent notice
diff-out-headline-consent = CONSENT: { $count } { PLURAL($count) ->
    [one] change needs
   *[other] changes need
} explicit consent
# Added to diff-out-headline-consent when major changes come with it.
diff-out-headline-also-major = ; { $count } { PLURAL($count) ->
    [one] needs
   *[other] need
} prominent notice
# How many changes of one severity ($severity: consent, major, minor, editorial) a diff
# has, in the header's count ("1 consent, 2 major").
diff-out-count = { $count } { $severity ->
    [consent] consent
    [major] major
    [minor] minor
   *[editorial] editorial
}
diff-out-count-separator = {", "}
diff-out-no-changes = no changes
# A date of the version that changed ($date: effective, updated, released); $old and $new
# are the dates as the language writes them.
diff-out-date-changed = { $date ->
    [effective] Effective
    [updated] Updated
   *[released] Released
}: { $old } → { $new }
# The heading of a group of changes of a severity ($severity: consent, major, minor,
# editorial, none), with how many it holds.
diff-out-group = { $severity ->
    [consent] Needs explicit consent
    [major] Needs prominent notice
    [minor] Minor changes
    [editorial] Editorial changes
   *[none] No changes
} ({ $count })
diff-out-fresh-consent = Needs fresh consent from users who consented before ({ $count })
# A change's summary with the id of the rule it falls under.
diff-out-with-rule = { $summary } (rule { $rule })
# A note under a change (terminal output).
diff-out-note = note: { $note }
# The label before a note under a change (Markdown output).
diff-out-note-label = Note:
# A review decision: $severity is what the change was decided to be (editorial, minor),
# $was what the diff found (major ...), $by who decided, $date when (an ISO date), $reason
# why; $rule is empty or diff-out-decided-rule.
diff-out-decided = decided { $severity } by { $by } on { $date } (was { $was }{ $rule }): { $reason }
diff-out-decided-rule = {", "}rule { $rule }

# ---- diff: output/review (policyc review)
# The count of the prose-based changes no one decided yet: $count of them, $major of them
# major, $decided changes already decided (all numbers).
diff-review-counts = { $count } undecided prose-based { PLURAL($count) ->
    [one] change
   *[other] changes
} ({ $major } major); { $decided } decided
# The severity of an undecided change in `policyc review`, shown in capitals ($severity: consent,
# major, minor, editorial); the same words as the diff's headline.
diff-review-severity = { $severity ->
    [consent] CONSENT
    [major] MAJOR
    [minor] MINOR
   *[editorial] EDITORIAL
}
diff-review-how = Decide each with --as editorial or --as minor and a reason, or publish it as it is.
# A piece of evidence: the words of rule $rule that the new text now says ($side: new) or no
# longer says ($side: old); $text is the words, $lang the language of the text.
diff-review-evidence = evidence: { $rule } { $side ->
    [new] now says
   *[old] no longer says
} “{ $text }” ({ $lang })
# $command: the command that decides the change.
diff-review-decide = decide: { $command }

# ---- diff: evidence (what the fail-safe classification found in changed prose)
# What was found, before a colon and the words it was found in ($found: what, and whether the
# new text says it, -new, or the old text said it, -old). facts-*: the text was added or
# removed in a part of the policy that states facts of a subject; under-*: below a title or
# lead-in whose words say what it is about.
evidence-found = { $found ->
    [organisation-new] names a new organisation
    [organisation-old] no longer names the organisation
    [email-new] gives a new e-mail address
    [email-old] no longer gives the e-mail address
    [url-new] gives a new web address
    [url-old] no longer gives the web address
    [phone-new] gives a new phone number
    [phone-old] no longer gives the phone number
    [term-new] now mentions
    [term-old] no longer mentions
    [cue-new] now says
    [cue-old] no longer says
    [promise-new] makes a new promise
    [promise-old] withdraws the promise
    [exception-new] adds an exception
    [exception-old] removes an exception
    [facts-new] added where the policy states
    [facts-old] removed where the policy states
    [under-new] added under words that say
    [under-old] removed from under words that say
   *[quantity] changes a number
}
