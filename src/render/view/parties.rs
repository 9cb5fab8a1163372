//! The parties in a page: who is responsible (the controller's group, joint controllers),
//! named recipients (legal name, country, website, purposes), in-country representatives
//! and authorities with their channels, in the summary and where `{@id.field}` names them.

use super::*;
use crate::model::parties::country_name;

impl Builder<'_> {
    fn join_notes(&self, notes: Vec<String>) -> String {
        self.details(&notes)
    }

    fn given_text(&self, value: &Option<Maybe<model::Text>>) -> Option<String> {
        match value {
            Some(Maybe::Given(t)) => Some(plain(&self.text(t))),
            _ => None,
        }
    }

    /// A recipient's title: its legal name with its kind, else its kind.
    pub(super) fn recipient_title(&self, r: &model::Recipient) -> String {
        let kind = self.label("recipient", &r.kind);
        match &r.name {
            Some(name) => {
                let l = labels(self.lang);
                format!(
                    "{}{}{kind}{}",
                    plain(&self.text(name)),
                    l.get("open"),
                    l.get("close")
                )
            }
            None => kind,
        }
    }

    /// A recipient's country, website and purposes, for the summary's note.
    pub(super) fn recipient_note(&self, r: &model::Recipient) -> String {
        let mut notes = Vec::new();
        if let Some(c) = &r.country {
            notes.push(country_name(c, self.lang));
        }
        if !r.purposes.is_empty() {
            let purposes = self.labels("purpose", &r.purposes);
            notes.push(self.say("party-for-purposes", &[("purposes", &purposes)]));
        }
        if let Some(Maybe::Given(url)) = &r.url {
            notes.push(url.clone());
        }
        self.join_notes(notes)
    }

    /// Who is responsible: every controller (with its group, when it names one) and every
    /// joint controller; empty when the policy names neither a group nor a joint controller.
    pub(super) fn responsible(&self) -> Vec<SummaryItem> {
        let f = &self.policy.facts;
        if f.joint_controllers.is_empty() && f.controllers.iter().all(|c| c.group.is_none()) {
            return Vec::new();
        }
        let mut out: Vec<SummaryItem> = f
            .controllers
            .iter()
            .map(|c| SummaryItem {
                title: plain(&self.text(&c.name)),
                detail: match (&c.group, c.role) {
                    (Some(g), _) => self.say("party-part-of", &[("group", &plain(&self.text(g)))]),
                    (None, model::Role::Controller) => {
                        self.say("party-role", &[("role", "controller")])
                    }
                    (None, model::Role::Processor) => {
                        self.say("party-role", &[("role", "processor")])
                    }
                },
                note: String::new(),
                section: c.base.section.clone(),
            })
            .collect();
        for j in &f.joint_controllers {
            let mut notes = Vec::new();
            if let Some(c) = &j.country {
                notes.push(country_name(c, self.lang));
            }
            if !j.items.is_empty() {
                let items = self.labels("data", &j.items);
                notes.push(self.say("party-receives", &[("items", &items)]));
            }
            notes.extend(self.given_text(&j.address));
            let purposes = self.labels("purpose", &j.purposes);
            out.push(SummaryItem {
                title: plain(&self.text(&j.name)),
                detail: self.say("party-joint-controller", &[("purposes", &purposes)]),
                note: self.join_notes(notes),
                section: j.base.section.clone(),
            });
        }
        out
    }

    /// The ways to reach a party: e-mail, phone, website, address.
    fn party_ways(&self, reach: &model::Reach) -> String {
        let mut ways: Vec<String> = [&reach.email, &reach.phone, &reach.url]
            .into_iter()
            .filter_map(|v| v.as_ref().and_then(Maybe::given).cloned())
            .collect();
        ways.extend(self.given_text(&reach.address));
        crate::locale::format::or(&ways, self.lang)
    }

    /// The summary's line for an in-country representative.
    pub(super) fn representative(&self, r: &model::Representative) -> SummaryItem {
        let law = match r.under {
            model::Law::Gdpr => "gdpr",
            model::Law::UkGdpr => "uk-gdpr",
            model::Law::Pipl => "pipl",
            model::Law::Pipa => "pipa",
        };
        let mut notes = vec![self.say("party-representative", &[("law", law)])];
        notes.extend(r.country.as_deref().map(|c| country_name(c, self.lang)));
        SummaryItem {
            title: plain(&self.text(&r.name)),
            detail: self.party_ways(&r.reach),
            note: self.join_notes(notes),
            section: r.base.section.clone(),
        }
    }

    /// The summary's line for an authority or external complaint body.
    pub(super) fn authority(&self, a: &model::Authority) -> SummaryItem {
        let mut notes = vec![self.say("party-complain-to-it", &[])];
        if let Some(places) = self.places(&a.base) {
            notes.push(self.say("summary-applies-in", &[("places", &places)]));
        }
        if let Some(c) = &a.country {
            notes.push(country_name(c, self.lang));
        }
        SummaryItem {
            title: plain(&self.text(&a.name)),
            detail: self.party_ways(&a.reach),
            note: self.join_notes(notes),
            section: a.base.section.clone(),
        }
    }

    /// How an authority is named among a right's channels.
    pub(super) fn authority_name(&self, id: &str) -> String {
        self.policy
            .facts
            .authorities
            .iter()
            .find(|a| a.base.id == id)
            .map_or_else(|| id.to_string(), |a| plain(&self.text(&a.name)))
    }

    /// `{@id.field}` of a joint controller, representative or authority; `None` for any
    /// other fact.
    pub(super) fn party_reference(
        &self,
        fact: &str,
        field: Option<&str>,
        depth: usize,
    ) -> Option<Vec<InlineView>> {
        let f = &self.policy.facts;
        let by = |b: &model::FactBase| b.id == fact;
        let phone = |p: &Option<Maybe<String>>| match p {
            Some(Maybe::Given(p)) => Self::words(p.clone()),
            _ => self.missing(),
        };
        if let Some(r) = f.recipients.iter().find(|r| by(&r.base)) {
            return Some(match (field, &r.name, &r.country) {
                (Some("name"), Some(name), _) => self.text_at(name, depth + 1),
                (Some("country"), _, Some(code)) => Self::words(country_name(code, self.lang)),
                (Some("url"), _, _) => self.url(&r.url),
                (Some("name" | "country"), _, _) => self.missing(),
                _ => Self::words(self.label("recipient", &r.kind)),
            });
        }
        if let Some(j) = f.joint_controllers.iter().find(|j| by(&j.base)) {
            return Some(match field {
                Some("address") => self.maybe_text(&j.address, depth),
                _ => self.text_at(&j.name, depth + 1),
            });
        }
        let (name, reach) = if let Some(r) = f.representatives.iter().find(|r| by(&r.base)) {
            (&r.name, &r.reach)
        } else {
            let a = f.authorities.iter().find(|a| by(&a.base))?;
            (&a.name, &a.reach)
        };
        Some(match field {
            Some("email") => self.email(&reach.email),
            Some("phone") => phone(&reach.phone),
            Some("url") => self.url(&reach.url),
            Some("address") => self.maybe_text(&reach.address, depth),
            _ => self.text_at(name, depth + 1),
        })
    }
}
