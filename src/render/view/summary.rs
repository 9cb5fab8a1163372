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

    /// Whether the page reads in Chinese (the summary's fixed words exist in two languages).
    pub(super) fn chinese(&self) -> bool {
        wording::script(self.lang) == wording::Script::Chinese
    }

    /// The summary's line for one collection of data.
    pub(super) fn collected(&self, c: &model::Collection) -> SummaryItem {
        let (lang, chinese) = (self.lang, self.chinese());
        let title = c
            .name
            .as_ref()
            .map(|n| plain(&self.text(n)))
            .or_else(|| self.section_title(c.base.section.as_deref()))
            .unwrap_or_else(|| c.base.id.clone());
        let necessity = match (c.necessity, chinese) {
            (model::Necessity::Necessary, false) => "necessary",
            (model::Necessity::Optional, false) => "optional: you may refuse",
            (model::Necessity::Necessary, true) => "必要信息",
            (model::Necessity::Optional, true) => "非必要信息，您可以拒绝提供",
        };
        let sources: Vec<String> = c
            .sources
            .iter()
            .map(|s| {
                match (s, chinese) {
                    (model::DataSource::User, false) => "given by you",
                    (model::DataSource::Automatic, false) => "collected automatically",
                    (model::DataSource::ThirdParty, false) => "obtained from third parties",
                    (model::DataSource::User, true) => "由您提供",
                    (model::DataSource::Automatic, true) => "自动收集",
                    (model::DataSource::ThirdParty, true) => "从第三方获取",
                }
                .to_string()
            })
            .collect();
        let processor = match (c.role, chinese) {
            (model::Role::Processor, false) => "; processed on behalf of customers",
            (model::Role::Processor, true) => "；代表客户处理",
            _ => "",
        };
        SummaryItem {
            title,
            detail: self.labels("data", &c.items),
            note: format!(
                "{}{}{}{processor}",
                wording::join_or(&sources, lang),
                if chinese { "；" } else { "; " },
                necessity
            ),
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
        let (lang, chinese) = (self.lang, self.chinese());
        let activities: Vec<String> = r
            .activities
            .iter()
            .map(|a| {
                match (a, chinese) {
                    (model::Activity::Entrusted, false) => "entrusted processing",
                    (model::Activity::Sharing, false) => "sharing",
                    (model::Activity::Transfer, false) => "transfer",
                    (model::Activity::Disclosure, false) => "public disclosure",
                    (model::Activity::Entrusted, true) => "委托处理",
                    (model::Activity::Sharing, true) => "共享",
                    (model::Activity::Transfer, true) => "转让",
                    (model::Activity::Disclosure, true) => "公开披露",
                }
                .to_string()
            })
            .collect();
        SummaryItem {
            title: self.recipient_title(r),
            detail: wording::join(&activities, lang),
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
        Some(wording::join(&places, self.lang))
    }

    /// The summary's line for one right; `general` is the response time of requests in
    /// general, for a right that states none.
    pub(super) fn right(&self, r: &model::Right, general: Option<&model::Duration>) -> SummaryItem {
        let (lang, chinese) = (self.lang, self.chinese());
        let mut title = self.label("right", &r.kind);
        if let Some(places) = self.places(&r.base) {
            title = if chinese {
                format!("{title}（{places}）")
            } else {
                format!("{title} ({places})")
            };
        }
        let time = r
            .respond_within
            .as_ref()
            .or(general)
            .map(|d| wording::duration(d, lang));
        SummaryItem {
            title,
            detail: self.channels(&r.channels),
            note: match (time, chinese) {
                (Some(t), false) => format!("answered within {t}"),
                (Some(t), true) => format!("{t}内答复"),
                (None, _) => String::new(),
            },
            section: r.base.section.clone(),
        }
    }

    /// The summary's line for one contact.
    pub(super) fn contact(&self, c: &model::Contact) -> SummaryItem {
        let (lang, chinese) = (self.lang, self.chinese());
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
            detail: wording::join_or(&ways, lang),
            note: match (time, chinese) {
                (Some(t), false) => format!("answers within {t}"),
                (Some(t), true) => format!("{t}内答复"),
                (None, _) => String::new(),
            },
            section: c.base.section.clone(),
        }
    }

    /// The summary's line for one negative promise: what is ruled out, where personal
    /// information stays, which data it concerns, whether it has exceptions.
    pub(super) fn promise(&self, p: &model::Promise) -> SummaryItem {
        let chinese = self.chinese();
        let mut detail: Vec<String> = Vec::new();
        if !p.regions.is_empty() {
            detail.push(self.labels("region", &p.regions));
        }
        if !p.items.is_empty() {
            let items = self.labels("data", &p.items);
            detail.push(if chinese {
                format!("涉及{items}")
            } else {
                format!("concerning {items}")
            });
        }
        let mut notes: Vec<String> = Vec::new();
        if let Some(places) = self.places(&p.base) {
            notes.push(if chinese {
                format!("适用于{places}")
            } else {
                format!("in {places}")
            });
        }
        if p.except.as_ref().is_some_and(|e| !e.cases.is_empty()) {
            notes.push(
                if chinese {
                    "存在例外情形"
                } else {
                    "with exceptions"
                }
                .to_string(),
            );
        }
        SummaryItem {
            title: self.label("promise", &p.kind),
            detail: detail.join(if chinese { "；" } else { "; " }),
            note: notes.join(if chinese { "；" } else { "; " }),
            section: p.base.section.clone(),
        }
    }

    /// The summary's line for the change-notice promise, when it says which changes it covers.
    pub(super) fn notice(&self, c: &model::Changes) -> Option<SummaryItem> {
        let chinese = self.chinese();
        let scope = match (c.notify_on?, chinese) {
            (model::NoticeScope::Every, false) => "for every change",
            (model::NoticeScope::Material, false) => "for material changes only",
            (model::NoticeScope::Every, true) => "就所有变更发出通知",
            (model::NoticeScope::Material, true) => "仅就重大变更发出通知",
        };
        let ways: Vec<String> = c.notify.iter().map(|t| self.label("channel", t)).collect();
        Some(SummaryItem {
            title: if chinese {
                "变更通知"
            } else {
                "Notice of changes"
            }
            .to_string(),
            detail: wording::join_or(&ways, self.lang),
            note: scope.to_string(),
            section: c.base.section.clone(),
        })
    }
}
