//! The summary at the top of a page: what is collected, for which purposes, who receives it,
//! the user's rights and whom to contact, the policy's promises, one line per fact, in the
//! page's language.

use super::*;

impl Builder<'_> {
    pub(super) fn summary(&self) -> Summary {
        let f = &self.policy.facts;
        let requests = f.requests.iter().find(|r| r.base.jurisdictions.is_empty());
        // A right answered in the time its kind of request is given, else the usual time.
        let general = |kind: &str| {
            let requests = requests?;
            requests
                .respond_within_for
                .iter()
                .find(|s| s.rights.iter().any(|r| r == kind))
                .map(|s| &s.respond_within)
                .or(requests.respond_within.as_ref())
        };
        Summary {
            collected: f.collections.iter().map(|c| self.collected(c)).collect(),
            purposes: self.purposes(),
            recipients: f.recipients.iter().map(|r| self.recipient(r)).collect(),
            responsible: self.responsible(),
            rights: f
                .rights
                .iter()
                .map(|r| self.right(r, general(&r.kind)))
                .collect(),
            contacts: f
                .contacts
                .iter()
                .map(|c| self.contact(c))
                .chain(f.representatives.iter().map(|r| self.representative(r)))
                .chain(f.authorities.iter().map(|a| self.authority(a)))
                .collect(),
            promises: f
                .promises
                .iter()
                .map(|p| self.promise(p))
                .chain(f.changes.iter().filter_map(|c| self.notice(c)))
                .collect(),
        }
    }

    /// A message of the page's language (`locales/`).
    pub(super) fn say(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, crate::locale::Arg)> = args
            .iter()
            .map(|(name, value)| (*name, crate::locale::Arg::from(value.to_string())))
            .collect();
        crate::locale::message(self.lang, id, &args)
    }

    /// Details of one line joined: "a; b", "a；b".
    pub(super) fn details(&self, parts: &[String]) -> String {
        parts.join(&self.say("summary-separator", &[]))
    }

    /// The summary's line for one collection of data.
    pub(super) fn collected(&self, c: &model::Collection) -> SummaryItem {
        let lang = self.lang;
        let title = c
            .name
            .as_ref()
            .map(|n| plain(&self.text(n)))
            .or_else(|| self.section_title(c.base.section.as_deref()))
            .unwrap_or_else(|| c.base.id.clone());
        let necessity = self.say(
            "summary-necessity",
            &[(
                "necessity",
                match c.necessity {
                    model::Necessity::Necessary => "necessary",
                    model::Necessity::Optional => "optional",
                },
            )],
        );
        let sources: Vec<String> = c
            .sources
            .iter()
            .map(|s| {
                let source = match s {
                    model::DataSource::User => "user",
                    model::DataSource::Automatic => "automatic",
                    model::DataSource::ThirdParty => "third-party",
                };
                self.say("summary-source", &[("source", source)])
            })
            .collect();
        let mut note = vec![crate::locale::format::or(&sources, lang), necessity];
        if c.role == model::Role::Processor {
            note.push(self.say("summary-processor", &[]));
        }
        SummaryItem {
            title,
            detail: self.labels("data", &c.items),
            note: self.details(&note),
            section: c.base.section.clone(),
        }
    }

    /// Every purpose, from the collections and the purpose facts, each once.
    pub(super) fn purposes(&self) -> Vec<String> {
        let f = &self.policy.facts;
        let mut purposes: Vec<String> = Vec::new();
        for id in f
            .collections
            .iter()
            .flat_map(|c| c.purposes.iter())
            .chain(f.purposes.iter().map(|p| &p.kind))
        {
            let label = self.label("purpose", id);
            if !purposes.contains(&label) {
                purposes.push(label);
            }
        }
        purposes
    }

    /// The summary's line for one recipient.
    pub(super) fn recipient(&self, r: &model::Recipient) -> SummaryItem {
        let activities: Vec<String> = r
            .activities
            .iter()
            .map(|a| {
                let activity = match a {
                    model::Activity::Entrusted => "entrusted",
                    model::Activity::Sharing => "sharing",
                    model::Activity::Transfer => "transfer",
                    model::Activity::Disclosure => "disclosure",
                };
                self.say("summary-activity", &[("activity", activity)])
            })
            .collect();
        SummaryItem {
            title: self.recipient_title(r),
            detail: crate::locale::format::and(&activities, self.lang),
            note: self.recipient_note(r),
            section: r.base.section.clone(),
        }
    }

    /// The jurisdictions a fact is limited to, joined in the page's language; None when it
    /// applies everywhere.
    pub(super) fn places(&self, base: &model::FactBase) -> Option<String> {
        if base.jurisdictions.is_empty() {
            return None;
        }
        let places: Vec<String> = base
            .jurisdictions
            .iter()
            .map(|j| plain(&self.reference(j, None, 0)))
            .collect();
        Some(crate::locale::format::and(&places, self.lang))
    }

    /// The summary's line for one right; `general` is the response time of requests in
    /// general, for a right that states none.
    pub(super) fn right(&self, r: &model::Right, general: Option<&model::Duration>) -> SummaryItem {
        let lang = self.lang;
        let mut title = self.label("right", &r.kind);
        if let Some(places) = self.places(&r.base) {
            title = self.say(
                "summary-right-in",
                &[("right", &title), ("places", &places)],
            );
        }
        let time = r
            .respond_within
            .as_ref()
            .or(general)
            .map(|d| wording::duration(d, lang));
        SummaryItem {
            title,
            detail: self.channels(&r.channels),
            note: time.map_or_else(String::new, |t| {
                self.say("summary-answered-within", &[("time", &t)])
            }),
            section: r.base.section.clone(),
        }
    }

    /// The summary's line for one contact.
    pub(super) fn contact(&self, c: &model::Contact) -> SummaryItem {
        let lang = self.lang;
        let title = match &c.department {
            Some(Maybe::Given(d)) => plain(&self.text(d)),
            _ => match &c.officer {
                Some(Maybe::Given(o)) => plain(&self.text(o)),
                _ => plain(&self.text(&self.policy.title)),
            },
        };
        let mut ways: Vec<String> = Vec::new();
        for (value, _) in [(&c.email, "email"), (&c.phone, "phone"), (&c.url, "url")] {
            match value {
                Some(Maybe::Given(v)) => ways.push(v.clone()),
                Some(Maybe::Missing { .. }) => {
                    ways.push(format!("[{}]", labels(lang).get("not_stated")))
                }
                None => {}
            }
        }
        ways.extend(c.channels.iter().map(|t| self.label("channel", t)));
        let time = c
            .respond_within
            .as_ref()
            .map(|d| wording::duration(d, lang));
        SummaryItem {
            title,
            detail: crate::locale::format::or(&ways, lang),
            note: time.map_or_else(String::new, |t| {
                self.say("summary-answers-within", &[("time", &t)])
            }),
            section: c.base.section.clone(),
        }
    }

    /// The summary's line for one negative promise: what is ruled out, where personal
    /// information stays, which data it concerns, whether it has exceptions.
    pub(super) fn promise(&self, p: &model::Promise) -> SummaryItem {
        let mut detail: Vec<String> = Vec::new();
        if !p.regions.is_empty() {
            detail.push(self.labels("region", &p.regions));
        }
        if !p.items.is_empty() {
            let items = self.labels("data", &p.items);
            detail.push(self.say("summary-concerning", &[("items", &items)]));
        }
        let mut notes: Vec<String> = Vec::new();
        if let Some(places) = self.places(&p.base) {
            notes.push(self.say("summary-applies-in", &[("places", &places)]));
        }
        if p.except.as_ref().is_some_and(|e| !e.cases.is_empty()) {
            notes.push(self.say("summary-with-exceptions", &[]));
        }
        SummaryItem {
            title: self.label("promise", &p.kind),
            detail: self.details(&detail),
            note: self.details(&notes),
            section: p.base.section.clone(),
        }
    }

    /// The summary's line for the change-notice promise, when it says which changes it covers.
    pub(super) fn notice(&self, c: &model::Changes) -> Option<SummaryItem> {
        let scope = match c.notify_on? {
            model::NoticeScope::Every => "every",
            model::NoticeScope::Material => "material",
        };
        let ways: Vec<String> = c.notify.iter().map(|t| self.label("channel", t)).collect();
        Some(SummaryItem {
            title: self.say("summary-notice-title", &[]),
            detail: crate::locale::format::or(&ways, self.lang),
            note: self.say("summary-notice-scope", &[("scope", scope)]),
            section: c.base.section.clone(),
        })
    }
}
