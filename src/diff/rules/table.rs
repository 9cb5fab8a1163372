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
    // Tables are prose with a shape: a table or a row added or removed is text added or
    // removed (flagged where the policy states facts, weighed for evidence like any text);
    // a text cell reworded is a rewording (the `*` rows below). A reference cell shows a
    // fact's value, whose own change is reported; a cell that now shows another fact, or a
    // fact where a text stood, changes what the table says about it: reviewed, not decided.
    row("table", Added, Editorial, "Table added: {what}", "新增表格：{what}"),
    row("table", AddedNearFacts, Minor, "Table added where the policy states {subjects}: {what}", "在涉及{subjects}的部分新增表格：{what}"),
    row("table", Removed, Editorial, "Table removed: {what}", "删除表格：{what}"),
    row("table", RemovedNearFacts, Minor, "Table removed where the policy states {subjects}: {what}", "在涉及{subjects}的部分删除表格：{what}"),
    row("table.row", Added, Editorial, "Table row added: {what}", "新增表格行：{what}"),
    row("table.row", AddedNearFacts, Minor, "Table row added where the policy states {subjects}: {what}", "在涉及{subjects}的部分新增表格行：{what}"),
    row("table.row", Removed, Editorial, "Table row removed: {what}", "删除表格行：{what}"),
    row("table.row", RemovedNearFacts, Minor, "Table row removed where the policy states {subjects}: {what}", "在涉及{subjects}的部分删除表格行：{what}"),
    row("table.cell", Changed, Minor, "{what} now shows {new} (was {old})", "{what}改为显示{new}（原为{old}）"),
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
    // The group or parent company is who stands behind the controller: stating it, another
    // group or none is a change of ownership.
    row("controller.group", Set, Major(Ownership), "{fact} now stated to belong to {new}", "{fact}现载明隶属于{new}"),
    row("controller.group", Changed, Major(Ownership), "{fact} now belongs to {new} (was {old})", "{fact}所属集团由{old}变更为{new}"),
    row("controller.group", Unset, Major(Ownership), "{fact} no longer stated to belong to {old}", "不再载明{fact}隶属于{old}"),
    // A joint controller decides with the controller how personal information is processed:
    // another party responsible. One that receives personal information is also a recipient
    // (a second change, `joint-controller.items`).
    row("joint-controller", Added, Major(Ownership), "New joint controller: {fact}", "新增共同个人信息处理者：{fact}"),
    row("joint-controller", Removed, Major(Ownership), "Joint controller removed: {fact}", "删除共同个人信息处理者：{fact}"),
    row("joint-controller.name", Changed, Major(Ownership), "Joint controller renamed from {old} to {new}", "共同个人信息处理者名称由{old}变更为{new}"),
    row("joint-controller.purposes", ItemsAdded, Major(Ownership), "{fact} is now also a joint controller for: {what}", "{fact}现亦就以下目的共同处理个人信息：{what}"),
    row("joint-controller.purposes", ItemsRemoved, Major(Ownership), "{fact} is no longer a joint controller for: {what}", "{fact}不再就以下目的共同处理个人信息：{what}"),
    row("joint-controller.items", ItemsAdded, Major(Recipients), "{fact} receives personal information: {what}", "{fact}接收个人信息：{what}"),
    // Its address is where users write to, as the controller's is.
    row("joint-controller.address", Any, Major(Contact), "", ""),
    row("joint-controller.*", Any, Major(Ownership), "", ""),

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
    // A recipient named, renamed or established in another country is another company
    // receiving the data; its website is how to find it, no fact about the sharing.
    row("recipient.name", Set, Major(Recipients), "{fact}: the recipient is now named: {new}", "{fact}：现载明接收方名称：{new}"),
    row("recipient.name", Changed, Major(Recipients), "{fact}: the recipient is now {new} (was {old})", "{fact}：接收方由{old}变更为{new}"),
    row("recipient.name", Unset, Major(Recipients), "{fact}: the recipient is no longer named (was {old})", "{fact}：不再载明接收方名称（原为{old}）"),
    row("recipient.country", Set, Major(Recipients), "{fact}: established in {new}", "{fact}：现载明所在国家或地区：{new}"),
    row("recipient.country", Changed, Major(Recipients), "{fact}: now established in {new} (was {old})", "{fact}：所在国家或地区由{old}变更为{new}"),
    row("recipient.country", Unset, Major(Recipients), "{fact}: its country is no longer stated (was {old})", "{fact}：不再载明所在国家或地区（原为{old}）"),
    row("recipient.url", Any, Minor, "", ""),
    // What a recipient receives the data for is a purpose of processing, as a collection's
    // purposes are (`collect.purposes`), in both directions.
    row("recipient.purposes", ItemsAdded, Major(ServiceModel), "{fact}: now receives personal information also for: {what}", "{fact}：新增接收个人信息的目的：{what}"),
    row("recipient.purposes", ItemsRemoved, Major(ServiceModel), "{fact}: no longer receives personal information for: {what}", "{fact}：不再为以下目的接收个人信息：{what}"),
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
    // An in-country representative (GDPR Art. 27, PIPL Art. 53, PIPA) is where users in that
    // country write to; an authority or external complaint body is a complaint channel.
    row("representative", Added, Major(Contact), "New in-country representative: {fact}", "新增境内代表：{fact}"),
    row("representative", Removed, Major(Contact), "In-country representative removed: {fact}", "删除境内代表：{fact}"),
    row("representative.*", Any, Major(Contact), "", ""),
    row("authority", Added, Major(Contact), "New supervisory authority or complaint body: {fact}", "新增监管机构或投诉受理机构：{fact}"),
    row("authority", Removed, Major(Contact), "Supervisory authority or complaint body removed: {fact}", "删除监管机构或投诉受理机构：{fact}"),
    // An authority that rights are exercised through and that can no longer be reached a
    // way it could: those rights are harder to exercise, as with a contact point.
    row("authority", ChannelWithdrawn, Consent, "{fact} can no longer be reached by {what} for exercising {rights}", "{fact}不再可通过{what}联系，无法再以此行使{rights}"),
    row("authority.*", Any, Major(Contact), "", ""),

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
