//! Facts: the typed fact built from a fact statement's fields, one function per kind of fact.
//! Which fields each kind takes, and how a field's value is read, is in [`super::fields`].

use super::fields::{example, spec, Fields, COMMON_FIELDS, REPEATABLE};
use super::{scalar_str, Checker};
use crate::diag::{Code, Diagnostic};
use crate::model::{self, Activity, DataSource, FactBase, FactKind, Necessity, Role};
use crate::syntax::{Form, Stmt, Word};

impl Checker {
    /// Checks one fact, adds it to the model, and returns its kind and id.
    pub(super) fn fact(
        &mut self,
        stmt: &Stmt,
        section: Option<&str>,
    ) -> Option<(FactKind, String)> {
        let kind = FactKind::from_keyword(&stmt.keyword.text)?;
        let id = stmt.id()?.clone();
        let (specific, required) = spec(kind);
        let allowed: Vec<&str> = specific.iter().chain(COMMON_FIELDS).copied().collect();
        // A `requests` fact may give a response time per group of rights.
        let mut repeatable = REPEATABLE.to_vec();
        if kind == FactKind::Requests {
            repeatable.push("respond-within");
        }
        let f = Fields::collect(stmt, &allowed, &repeatable, &mut self.diags);
        for field in required {
            if !f.has(field) {
                let code = if *field == "channels" {
                    Code::NoChannel
                } else {
                    Code::MissingField
                };
                let example = example(field);
                let message = if *field == "channels" {
                    format!("the right `{}` says nowhere how to exercise it", id.text)
                } else {
                    format!("{} `{}` has no `{field}`", kind.keyword(), id.text)
                };
                self.error(
                    Diagnostic::new(code, message, stmt.keyword.span.join(id.span))
                        .with_help(format!("add `{example}`")),
                );
            }
        }
        let base = FactBase {
            id: id.text.clone(),
            section: section.filter(|s| !s.is_empty()).map(str::to_string),
            text: f
                .get("text")
                .and_then(|s| s.text())
                .and_then(|t| self.text(t, false)),
            jurisdictions: self.fact_refs(&f, "jurisdictions", FactKind::Jurisdiction),
        };
        let head = Head {
            stmt,
            id: &id,
            owner: format!("{} `{}`", kind.keyword(), id.text),
        };
        match kind {
            FactKind::Term => {
                self.term_fact(&f);
                return None;
            }
            FactKind::Controller => self.controller_fact(&f, &head, base),
            FactKind::Service => self.service_fact(&f, &head, base),
            FactKind::Jurisdiction => self.jurisdiction_fact(&f, &head, base),
            FactKind::Collect => self.collect_fact(&f, &head, base),
            FactKind::Purpose => self.purpose_fact(&f, &head, base),
            FactKind::Consent => self.consent_fact(&f, &head, base),
            FactKind::Recipient => self.recipient_fact(&f, &head, base),
            FactKind::Transfer => self.transfer_fact(&f, &head, base),
            FactKind::Storage => self.storage_fact(&f, &head, base),
            FactKind::Security => self.security_fact(&f, &head, base),
            FactKind::Incident => self.incident_fact(&f, &head, base),
            FactKind::Retention => self.retention_fact(&f, &head, base),
            FactKind::Right => self.right_fact(&f, &head, base),
            FactKind::Requests => self.requests_fact(&f, &head, base),
            FactKind::Minors => self.minors_fact(&f, &head, base),
            FactKind::Cookies => self.cookies_fact(&f, &head, base),
            FactKind::Contact => self.contact_fact(&f, &head, base),
            FactKind::Changes => self.changes_fact(&f, &head, base),
            FactKind::Assessment => self.assessment_fact(&f, &head, base),
            FactKind::Promise => self.promise_fact(&f, &head, base),
            FactKind::JointController => self.joint_controller_fact(&f, &head, base),
            FactKind::Representative => self.representative_fact(&f, &head, base),
            FactKind::Authority => self.authority_fact(&f, &head, base),
        }
        Some((kind, id.text))
    }
}

/// What every fact kind's conversion reads besides its fields.
pub(super) struct Head<'a> {
    pub(super) stmt: &'a Stmt,
    pub(super) id: &'a Word,
    /// "right `access`", for messages.
    pub(super) owner: String,
}

impl Checker {
    /// A `term` fact: its own fields, then the model's entry.
    fn term_fact(&mut self, f: &Fields<'_>) {
        let kind_word = f.get("kind").and_then(Stmt::id);
        if let Some(k) = kind_word {
            if !crate::model::vocab::KINDS.contains(&k.text.as_str()) {
                self.bad_choice(k, "term kind", &crate::model::vocab::KINDS);
            }
        }
        if let Some(label) = f.get("label").and_then(Stmt::text) {
            self.text(label, false);
        }
        if let Some(dpv) = f.get("dpv").and_then(scalar_str) {
            let value = dpv.plain();
            let ok = value.split_once(':').is_some_and(|(p, c)| {
                !p.is_empty() && !c.is_empty() && !value.contains(char::is_whitespace)
            });
            if !ok {
                self.error(
                    Diagnostic::new(Code::BadValue, format!("`{value}` is not a DPV concept name"), dpv.span)
                        .with_help("DPV concepts are written prefix:Name, such as dpv:Marketing or pd:EmailAddress"),
                );
            } else if crate::model::vocab::dpv_known(&value) == Some(false) {
                let release = crate::model::vocab::DPV_RELEASE;
                let nearest = crate::model::vocab::dpv_concepts()
                    .iter()
                    .filter(|c| c.split(':').next() == value.split(':').next())
                    .map(|c| (strsim::levenshtein(c, &value), *c))
                    .min();
                let help = match nearest {
                    Some((d, c)) if d <= 3 => format!("did you mean `{c}`? DPV {release} spells concepts in British English (Behaviour, Personalised)"),
                    _ => format!("use a concept of DPV {release} (https://w3id.org/dpv), or leave `dpv` out: exports then declare the term as the policy's own concept"),
                };
                self.error(
                    Diagnostic::new(
                        Code::UnknownDpvConcept,
                        format!("`{value}` is not a concept of DPV {release}"),
                        dpv.span,
                    )
                    .with_help(help),
                );
            }
        }
    }

    /// A `controller` fact: its own fields, then the model's entry.
    fn controller_fact(&mut self, f: &Fields<'_>, head: &Head<'_>, base: FactBase) {
        let (stmt, owner) = (head.stmt, &head.owner);
        let name = self.required_text(f, stmt, "name", "").unwrap_or_default();
        let address = self.maybe_text(f, "address", owner);
        let affiliates = f
            .get("affiliates")
            .and_then(Stmt::text)
            .and_then(|t| self.text(t, false));
        let role = self.role(f).unwrap_or(Role::Controller);
        let group = self.controller_group(f);
        self.model.controllers.push(model::Controller {
            base,
            name,
            address,
            affiliates,
            role,
            group,
        });
    }

    /// A `service` fact: its own fields, then the model's entry.
    fn service_fact(&mut self, f: &Fields<'_>, head: &Head<'_>, base: FactBase) {
        let (stmt, owner) = (head.stmt, &head.owner);
        let name = self.required_text(f, stmt, "name", "").unwrap_or_default();
        let url = self.maybe_scalar(f, "url", owner);
        self.model.services.push(model::Service { base, name, url });
    }

    /// A `jurisdiction` fact: its own fields, then the model's entry.
    fn jurisdiction_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let regions = self.terms(f, "regions", "region");
        let name = f
            .get("name")
            .and_then(Stmt::text)
            .and_then(|t| self.text(t, true));
        let law = f
            .get("law")
            .and_then(Stmt::text)
            .and_then(|t| self.text(t, false));
        let role = self.role(f);
        self.model.jurisdictions.push(model::Jurisdiction {
            base,
            name,
            regions,
            law,
            role,
        });
    }

    /// A `collect` fact: its own fields, then the model's entry.
    fn collect_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let name = f
            .get("name")
            .and_then(Stmt::text)
            .and_then(|t| self.text(t, false));
        let items = self.terms(f, "items", "data");
        let sources = self
            .choices(f, "source", &["user", "automatic", "third-party"])
            .into_iter()
            .map(|s| match s.as_str() {
                "user" => DataSource::User,
                "automatic" => DataSource::Automatic,
                _ => DataSource::ThirdParty,
            })
            .collect();
        let necessity = match self
            .choice(f, "necessity", &["necessary", "optional"])
            .as_deref()
        {
            Some("optional") => Necessity::Optional,
            _ => Necessity::Necessary,
        };
        let purposes = self.terms(f, "purposes", "purpose");
        let role = self.role(f).unwrap_or(Role::Controller);
        self.model.collections.push(model::Collection {
            base,
            name,
            items,
            sources,
            necessity,
            purposes,
            role,
        });
    }

    /// A `purpose` fact: its own fields, then the model's entry.
    fn purpose_fact(&mut self, f: &Fields<'_>, head: &Head<'_>, base: FactBase) {
        let (stmt, id) = (head.stmt, head.id);
        let kind = self.kind(f, id, "purpose", stmt);
        let bases = self.bases(f);
        self.model
            .purposes
            .push(model::Purpose { base, kind, bases });
    }

    /// A `consent` fact: its own fields, then the model's entry.
    fn consent_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let exceptions = self.case_list(f, "except");
        self.model.consent.push(model::Consent { base, exceptions });
    }

    /// A `recipient` fact: its own fields, then the model's entry.
    fn recipient_fact(&mut self, f: &Fields<'_>, head: &Head<'_>, base: FactBase) {
        let (stmt, id) = (head.stmt, head.id);
        let kind = self.kind(f, id, "recipient", stmt);
        let activities = self
            .choices(
                f,
                "activities",
                &["entrusted", "sharing", "transfer", "disclosure"],
            )
            .into_iter()
            .map(|a| match a.as_str() {
                "entrusted" => Activity::Entrusted,
                "sharing" => Activity::Sharing,
                "transfer" => Activity::Transfer,
                _ => Activity::Disclosure,
            })
            .collect();
        let items = self.terms(f, "items", "data");
        let party = self.recipient_parties(f, &head.owner);
        let conditions = self.case_list(f, "when");
        let unconditional = f.has("unconditional");
        if conditions.is_none() && !unconditional {
            self.error(
                Diagnostic::new(
                    Code::NoConditions,
                    format!("the recipient `{}` is given personal information under no stated conditions", id.text),
                    stmt.keyword.span.join(id.span),
                )
                .with_help("state the conditions in `when { case ... }`, or write `unconditional` if there are none"),
            );
        } else if conditions.is_some() && unconditional {
            self.error(
                Diagnostic::new(
                    Code::BadValue,
                    format!(
                        "the recipient `{}` has conditions and is declared `unconditional`",
                        id.text
                    ),
                    f.get("unconditional").map_or(id.span, |s| s.keyword.span),
                )
                .with_help("remove `unconditional`"),
            );
        }
        self.model.recipients.push(model::Recipient {
            base,
            kind,
            activities,
            items,
            conditions,
            unconditional,
            name: party.name,
            country: party.country,
            url: party.url,
            purposes: party.purposes,
        });
    }

    /// A `transfer` fact: its own fields, then the model's entry.
    fn transfer_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let to = self.terms(f, "to", "region");
        let from = self.terms(f, "from", "region");
        let bases = self.bases(f);
        let safeguards = self.case_list(f, "safeguards");
        self.model.transfers.push(model::Transfer {
            base,
            to,
            from,
            bases,
            safeguards,
        });
    }

    /// A `storage` fact: its own fields, then the model's entry.
    fn storage_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let location = self.terms(f, "location", "region");
        self.model.storage.push(model::Storage { base, location });
    }

    /// A `security` fact: its own fields, then the model's entry.
    fn security_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let measures = self.terms(f, "measures", "measure");
        self.model.security.push(model::Security { base, measures });
    }

    /// A `incident` fact: its own fields, then the model's entry.
    fn incident_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let notify = self.terms(f, "notify", "channel");
        let report_to_regulators = f.has("report-to-regulators");
        self.model.incidents.push(model::Incident {
            base,
            notify,
            report_to_regulators,
        });
    }

    /// A `retention` fact: its own fields, then the model's entry.
    fn retention_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let period = f.get("period").and_then(|s| self.duration_arg(s));
        let criteria = self.case_list(f, "criteria");
        if let Some(period) = period {
            self.model.retention.push(model::Retention {
                base,
                period,
                criteria,
            });
        }
    }

    /// A `right` fact: its own fields, then the model's entry.
    fn right_fact(&mut self, f: &Fields<'_>, head: &Head<'_>, base: FactBase) {
        let (stmt, id) = (head.stmt, head.id);
        let kind = self.kind(f, id, "right", stmt);
        let channels = self.channels(f);
        let respond_within = self.unscoped_time(f, &head.owner);
        let when = self.case_list(f, "when");
        let except = self.case_list(f, "except");
        self.model.rights.push(model::Right {
            base,
            kind,
            channels,
            respond_within,
            when,
            except,
        });
    }

    /// A `requests` fact: its own fields, then the model's entry.
    fn requests_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let channels = self.channels(f);
        let (respond_within, respond_within_for) = self.response_times(f);
        let verify_identity = f.has("verify-identity");
        let except = self.case_list(f, "except");
        self.model.requests.push(model::Requests {
            base,
            channels,
            respond_within,
            respond_within_for,
            verify_identity,
            except,
        });
    }

    /// A `minors` fact: its own fields, then the model's entry.
    fn minors_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let age = f.get("age").and_then(|s| self.age(s)).unwrap_or_default();
        let parental_consent = f.has("parental-consent");
        let no_service = f.has("no-service");
        self.model.minors.push(model::Minors {
            base,
            age,
            parental_consent,
            no_service,
        });
    }

    /// A `cookies` fact: its own fields, then the model's entry.
    fn cookies_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let purposes = self.terms(f, "purposes", "purpose");
        let refuse = self.terms(f, "refuse", "channel");
        let do_not_track = self
            .choice(f, "do-not-track", &["honored", "ignored"])
            .map(|c| {
                if c == "honored" {
                    model::DoNotTrack::Honored
                } else {
                    model::DoNotTrack::Ignored
                }
            });
        let no_cross_site_tracking = f.has("no-cross-site-tracking");
        self.model.cookies.push(model::Cookies {
            base,
            purposes,
            refuse,
            do_not_track,
            no_cross_site_tracking,
        });
    }

    /// A `contact` fact: its own fields, then the model's entry.
    fn contact_fact(&mut self, f: &Fields<'_>, head: &Head<'_>, base: FactBase) {
        let (stmt, id, owner) = (head.stmt, head.id, &head.owner);
        let department = self.maybe_text(f, "department", owner);
        let officer = self.maybe_text(f, "officer", owner);
        let email = self.maybe_scalar(f, "email", owner);
        let phone = self.maybe_scalar(f, "phone", owner);
        let address = self.maybe_text(f, "address", owner);
        let url = self.maybe_scalar(f, "url", owner);
        let channels = self.terms(f, "channels", "channel");
        let complaints = f.has("complaints");
        let respond_within = self.unscoped_time(f, owner);
        if email.is_none()
            && phone.is_none()
            && address.is_none()
            && url.is_none()
            && channels.is_empty()
        {
            self.error(
                Diagnostic::new(
                    Code::UnreachableContact,
                    format!("the contact `{}` gives no way to reach it", id.text),
                    stmt.keyword.span.join(id.span),
                )
                .with_help("add an `email`, `phone`, `address`, `url` or `channels`; write `email missing en \"...\"` when the source lacks it"),
            );
        }
        self.model.contacts.push(model::Contact {
            base,
            department,
            officer,
            email,
            phone,
            address,
            url,
            channels,
            complaints,
            respond_within,
        });
    }

    /// A `changes` fact: its own fields, then the model's entry.
    fn changes_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let notify = self.terms(f, "notify", "channel");
        let rule = |id: &str| model::Rule::MAJOR.into_iter().find(|r| r.id() == id);
        let mut major: Vec<model::Rule> = self
            .choices(f, "major", &model::Rule::MAJOR.map(|r| r.id()))
            .iter()
            .filter_map(|m| rule(m))
            .collect();
        let when = self.case_list(f, "when");
        // Each case of `when` words one kind of major change: its id is the rule id.
        if let Some(list) = f.get("when") {
            for case in list.stmts().iter().filter(|s| s.form == Form::Case) {
                let Some(id) = case.id() else { continue };
                match rule(&id.text) {
                    Some(r) if !major.contains(&r) => major.push(r),
                    Some(_) => {}
                    None => self.bad_choice(
                        id,
                        "major-change rule (the cases of `when` in `changes` are named by rule)",
                        &model::Rule::MAJOR.map(|r| r.id()),
                    ),
                }
            }
        }
        major.sort();
        let consent_for_reduction = f.has("consent-for-reduction");
        let archive = f.has("archive");
        let notify_on =
            self.choice(f, "notify-on", &["every", "material"])
                .map(|scope| match scope.as_str() {
                    "every" => model::NoticeScope::Every,
                    _ => model::NoticeScope::Material,
                });
        self.model.changes.push(model::Changes {
            base,
            notify,
            major,
            when,
            consent_for_reduction,
            archive,
            notify_on,
        });
    }

    /// A `assessment` fact: its own fields, then the model's entry.
    fn assessment_fact(&mut self, f: &Fields<'_>, _head: &Head<'_>, base: FactBase) {
        let risk = match self
            .choice(f, "risk", &["low", "medium", "high"])
            .as_deref()
        {
            Some("high") => model::Risk::High,
            Some("medium") => model::Risk::Medium,
            _ => model::Risk::Low,
        };
        self.model
            .assessments
            .push(model::Assessment { base, risk });
    }
}
