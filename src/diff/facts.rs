//! Changes to facts: added, removed and changed facts matched by kind and id, their names
//! and places in each language, reorderings, scopes, and the channels of contact points.

use super::*;

impl<'a> Differ<'a> {
    pub(super) fn facts(&self) -> Vec<Emit> {
        let mut out = Vec::new();
        // Removed facts first, in the old order; then, in the new order, added and changed.
        for fact in &self.old.facts {
            if self.new.fact(fact.kind, &fact.id).is_none() {
                out.push(self.fact_removed(fact));
                out.extend(self.notice_scope_removed(fact));
            }
        }
        for fact in &self.new.facts {
            match self.old.fact(fact.kind, &fact.id) {
                None => {
                    out.push(self.fact_added(fact));
                    out.extend(self.joint_controller_receives(fact));
                }
                Some(old) if old.fields != fact.fields => out.extend(self.fact_changed(old, fact)),
                Some(_) => {}
            }
        }
        out.extend(self.fact_reorders());
        out
    }

    /// A promise about changes removed that said which changes are announced: that promise
    /// is withdrawn too (when the fact's removal does not already need consent).
    fn notice_scope_removed(&self, fact: &Fact) -> Option<Emit> {
        let f = &fact.fields;
        let scope = f.get("notify-on").filter(|v| !v.is_null())?;
        if fact.kind != FactKind::Changes
            || f.get("consent-for-reduction") == Some(&Value::Bool(true))
        {
            return None;
        }
        Some(
            Emit::new(
                "changes.notify-on",
                Event::Unset,
                format!("{}/notify-on", Self::fact_path(fact)),
            )
            .at(self.fact_location(&self.old, fact))
            .kind(ChangeKind::Removed)
            .arg("fact", self.each(|l| self.fact_name(&self.old, fact, l)))
            .arg("old", self.each(|l| self.show_value(scope, l))),
        )
    }

    pub(super) fn fact_path(fact: &Fact) -> String {
        format!("{}/{}", fact.list, fact.id)
    }

    /// How a fact is named in a sentence.
    pub(super) fn fact_name(&self, side: &Side, fact: &Fact, lang: &str) -> String {
        let f = &fact.fields;
        let auth = &side.policy.authoritative;
        let text = |key: &str| {
            f.get(key)
                .and_then(text_value)
                .map(|t| text_in(&t, lang, auth))
        };
        let terms = |key: &str, kind: &str| -> String {
            let ids = strings(f.get(key));
            locale::format::and(
                &ids.iter()
                    .map(|id| side.label(kind, id, lang))
                    .collect::<Vec<_>>(),
                lang,
            )
        };
        let kind_label = |kind: &str| {
            let id = str_field(f, "kind").unwrap_or_else(|| fact.id.clone());
            side.label(kind, &id, lang)
        };
        let scope = || {
            let ids = strings(f.get("jurisdictions"));
            if ids.is_empty() {
                return String::new();
            }
            let names = self.jurisdiction_names(side, &ids, lang);
            rules::parenthesis(lang, &names)
        };
        let id = &fact.id;
        match fact.kind {
            FactKind::Controller | FactKind::Service => text("name").unwrap_or_else(|| id.clone()),
            FactKind::Jurisdiction => text("name").unwrap_or_else(|| terms("regions", "region")),
            FactKind::Collect => text("name").unwrap_or_else(|| id.clone()),
            FactKind::Purpose => kind_label("purpose"),
            // A named recipient reads "Acme Ltd. (cloud service providers)".
            FactKind::Recipient => match text("name") {
                Some(name) => name + &rules::parenthesis(lang, &kind_label("recipient")),
                None => kind_label("recipient"),
            },
            FactKind::JointController | FactKind::Representative | FactKind::Authority => {
                text("name").unwrap_or_else(|| id.clone())
            }
            FactKind::Right => {
                let label = kind_label("right");
                right_name(&label, lang) + &scope()
            }
            FactKind::Requests => locale::text(lang, "diff-fact-requests") + &scope(),
            FactKind::Transfer => {
                rules::message(lang, "diff-fact-transfer", &[("to", terms("to", "region"))])
            }
            FactKind::Storage => rules::message(
                lang,
                "diff-fact-storage",
                &[("at", terms("location", "region"))],
            ),
            FactKind::Minors => {
                let age = f.get("age").map(|v| v.to_string()).unwrap_or_default();
                rules::message(lang, "diff-fact-minors", &[("age", age)])
            }
            FactKind::Contact => text("department")
                .or_else(|| text("officer"))
                .unwrap_or_else(|| {
                    rules::message(lang, "diff-fact-contact-point", &[("id", id.clone())])
                }),
            FactKind::Promise => {
                let label = kind_label("promise");
                let regions = strings(f.get("regions"));
                let label = if regions.is_empty() {
                    label
                } else {
                    label + &rules::parenthesis(lang, &terms("regions", "region"))
                };
                // A promise is named by what it rules out, in quotation marks.
                wording::quote(&label, lang) + &scope()
            }
            kind => generic_name(kind, id, lang),
        }
    }

    pub(super) fn jurisdiction_names(&self, side: &Side, ids: &[String], lang: &str) -> String {
        if ids.is_empty() {
            return locale::text(lang, "diff-fact-everywhere");
        }
        let names: Vec<String> = ids
            .iter()
            .map(|id| match side.fact(FactKind::Jurisdiction, id) {
                Some(j) => self.fact_name(side, j, lang),
                None => id.clone(),
            })
            .collect();
        locale::format::or(&names, lang)
    }

    pub(super) fn fact_location(&self, side: &Side, fact: &Fact) -> Option<Location> {
        side.location(fact.section.as_deref(), &self.langs)
    }

    pub(super) fn fact_added(&self, fact: &Fact) -> Emit {
        let event = match fact.kind {
            FactKind::Recipient => {
                let kind = str_field(&fact.fields, "kind");
                let known = self
                    .old
                    .of_subkind(FactKind::Recipient, kind)
                    .next()
                    .is_some();
                if known {
                    Event::Added
                } else {
                    Event::AddedNewKind
                }
            }
            FactKind::Assessment if str_field(&fact.fields, "risk").as_deref() == Some("high") => {
                Event::AddedHighRisk
            }
            _ => Event::Added,
        };
        Emit::new(fact.kind.keyword(), event, Self::fact_path(fact))
            .at(self.fact_location(&self.new, fact))
            .arg("fact", self.each(|l| self.fact_name(&self.new, fact, l)))
            .arg("what", self.each(|l| self.fact_items(&self.new, fact, l)))
    }

    pub(super) fn fact_removed(&self, fact: &Fact) -> Emit {
        let f = &fact.fields;
        let event = match fact.kind {
            FactKind::Cookies if !strings(f.get("refuse")).is_empty() => Event::RemovedProtection,
            FactKind::Changes if f.get("consent-for-reduction") == Some(&Value::Bool(true)) => {
                Event::RemovedProtection
            }
            _ => Event::Removed,
        };
        let what = self.each(|l| match fact.kind {
            FactKind::Cookies => {
                self.terms_label(&self.old, "channel", &strings(f.get("refuse")), l)
            }
            _ => self.fact_items(&self.old, fact, l),
        });
        let mut emit = Emit::new(fact.kind.keyword(), event, Self::fact_path(fact))
            .at(self.fact_location(&self.old, fact))
            .arg("fact", self.each(|l| self.fact_name(&self.old, fact, l)))
            .arg("what", what);
        // A fact of the same kind (and term kind) added under another id may be a rename.
        if let Some(twin) = self.twins.get(&(fact.kind, str_field(f, "kind"))) {
            emit = emit.note(Note::PossibleRename { id: twin.clone() });
        }
        emit
    }

    /// The data items of a collection, for "New collection ...: NAME (ITEMS)".
    pub(super) fn fact_items(&self, side: &Side, fact: &Fact, lang: &str) -> String {
        self.terms_label(side, "data", &strings(fact.fields.get("items")), lang)
    }

    pub(super) fn terms_label(
        &self,
        side: &Side,
        kind: &str,
        ids: &[String],
        lang: &str,
    ) -> String {
        locale::format::and(
            &ids.iter()
                .map(|id| self.label_either(side, kind, id, lang))
                .collect::<Vec<_>>(),
            lang,
        )
    }

    /// A label from the given side, else from the other one (a term only one version uses).
    pub(super) fn label_either(&self, side: &Side, kind: &str, id: &str, lang: &str) -> String {
        let in_side = side
            .policy
            .vocabulary
            .get(kind)
            .is_some_and(|t| t.contains_key(id));
        if in_side {
            side.label(kind, id, lang)
        } else if std::ptr::eq(side.policy, self.new.policy) {
            self.old.label(kind, id, lang)
        } else {
            self.new.label(kind, id, lang)
        }
    }

    pub(super) fn fact_changed(&self, old: &Fact, new: &Fact) -> Vec<Emit> {
        let mut out = Vec::new();
        let path = Self::fact_path(new);
        let fact_name = self.each(|l| self.fact_name(&self.new, new, l));
        let location = self.fact_location(&self.new, new);
        let kind = new.kind.keyword();
        let mut keys: Vec<&String> = new.fields.keys().collect();
        keys.extend(old.fields.keys().filter(|k| !new.fields.contains_key(*k)));
        let subjects: BTreeSet<Rule> = rules::subjects(new.kind)
            .iter()
            .copied()
            .chain(self.new.subjects_at(new.section.as_deref()))
            .collect();
        for key in keys {
            let (o, n) = (
                old.fields.get(key).unwrap_or(&Value::Null),
                new.fields.get(key).unwrap_or(&Value::Null),
            );
            if o == n {
                continue;
            }
            let field_key = format!("{kind}.{key}");
            let field_path = format!("{path}/{key}");
            let mut emits: Vec<Emit> = match key.as_str() {
                "id" => Vec::new(),
                "section" => vec![Emit::new(kind, Event::Moved, path.clone())
                    .arg("fact", fact_name.clone())
                    .arg(
                        "old",
                        self.each(|l| self.place(&self.old, old.section.as_deref(), l)),
                    )
                    .arg(
                        "new",
                        self.each(|l| self.place(&self.new, new.section.as_deref(), l)),
                    )],
                "text" => {
                    let (ot, nt) = (text_value(o), text_value(n));
                    self.compare_text(ot.as_ref(), nt.as_ref())
                        .map(|change| {
                            let what = self.each(|l| {
                                rules::message(
                                    l,
                                    "diff-fact-text",
                                    &[("fact", fact_name.get(l).cloned().unwrap_or_default())],
                                )
                            });
                            self.prose_change(
                                &field_key,
                                field_path.clone(),
                                change,
                                &subjects,
                                what,
                            )
                        })
                        .into_iter()
                        .collect()
                }
                "jurisdictions" => self.scope_change(&field_key, &field_path, o, n),
                "channels" if matches!(new.kind, FactKind::Right | FactKind::Requests) => {
                    self.channel_change(&field_key, &field_path, o, n)
                }
                "respond-within" | "period" => {
                    self.duration_change(&field_key, &field_path, o, n, &fact_name)
                }
                "respond-within-for" => self.scoped_times_change(old, new, &path),
                "items" if new.kind == FactKind::Promise => {
                    self.promise_items_change(&field_key, &field_path, o, n)
                }
                "when" | "except" | "criteria" | "safeguards" | "conditions" | "exceptions" => {
                    self.cases_change(&field_key, &field_path, o, n, &fact_name, &subjects)
                }
                "bases" => self.list_change(
                    &field_key,
                    &field_path,
                    &bases(self, &self.old, o),
                    &bases(self, &self.new, n),
                ),
                _ => self.value_change(new.kind, &field_key, &field_path, key, o, n, &fact_name),
            };
            for e in &mut emits {
                if e.location.is_none() {
                    e.location = location.clone();
                }
                if !e.args.iter().any(|(name, _)| *name == "fact") {
                    e.args.push(("fact", fact_name.clone()));
                }
            }
            out.extend(emits);
        }
        if matches!(new.kind, FactKind::Contact | FactKind::Authority) {
            out.extend(self.contact_withdrawals(old, new, &fact_name, location.clone()));
        }
        out
    }

    /// Where a fact stands, for "moved from ... to ...".
    pub(super) fn place(&self, side: &Side, section: Option<&str>, lang: &str) -> String {
        match section {
            Some(id) => side.heading(id, lang),
            None => locale::text(lang, "diff-fact-top-of-policy"),
        }
    }

    /// Facts that changed order within their section.
    pub(super) fn fact_reorders(&self) -> Vec<Emit> {
        let mut out = Vec::new();
        for (section, new_ids) in &self.new.fact_order {
            let Some(old_ids) = self.old.fact_order.get(section) else {
                continue;
            };
            let (old_set, new_set): (BTreeSet<&str>, BTreeSet<&str>) = (
                old_ids.iter().copied().collect(),
                new_ids.iter().copied().collect(),
            );
            let common_new: Vec<&str> = new_ids
                .iter()
                .copied()
                .filter(|id| old_set.contains(id))
                .collect();
            let common_old: Vec<&str> = old_ids
                .iter()
                .copied()
                .filter(|id| new_set.contains(id))
                .collect();
            for id in out_of_order(&common_old, &common_new) {
                if let Some(fact) = self.new.facts.iter().find(|f| f.id == id) {
                    out.push(
                        Emit::new(fact.kind.keyword(), Event::Reordered, Self::fact_path(fact))
                            .at(self.fact_location(&self.new, fact))
                            .arg("fact", self.each(|l| self.fact_name(&self.new, fact, l))),
                    );
                }
            }
        }
        out
    }

    pub(super) fn scope_change(&self, key: &str, path: &str, o: &Value, n: &Value) -> Vec<Emit> {
        let (o, n) = (strings(Some(o)), strings(Some(n)));
        // A scope is compared by the regions its jurisdictions cover: a jurisdiction renamed
        // or replaced by one covering the same regions is no narrowing, and one covering the
        // whole world (or no list: everywhere) narrows nothing.
        let regions = |side: &Side, ids: &[String]| -> Option<BTreeSet<String>> {
            if ids.is_empty() {
                return None;
            }
            let mut out = BTreeSet::new();
            for id in ids {
                match side.fact(FactKind::Jurisdiction, id) {
                    Some(j) => out.extend(strings(j.fields.get("regions"))),
                    None => {
                        out.insert(id.clone());
                    }
                }
            }
            (!out.contains("worldwide")).then_some(out)
        };
        let narrowed = match (regions(&self.old, &o), regions(&self.new, &n)) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(before), Some(now)) => !before.is_subset(&now),
        };
        let event = if narrowed {
            Event::Narrowed
        } else {
            Event::Widened
        };
        vec![Emit::new(key, event, path)
            .arg(
                "old",
                self.each(|l| self.jurisdiction_names(&self.old, &o, l)),
            )
            .arg(
                "new",
                self.each(|l| self.jurisdiction_names(&self.new, &n, l)),
            )]
    }

    /// The kinds of channel a right or a request can use: its channel terms, and for a
    /// contact point, the ways it can be reached (e-mail, phone, letter, web, its terms).
    pub(super) fn channel_kinds(&self, side: &Side, channels: &Value) -> BTreeSet<String> {
        let mut kinds = BTreeSet::new();
        for channel in channels.as_array().into_iter().flatten() {
            if let Some(term) = channel.get("channel").and_then(Value::as_str) {
                kinds.insert(term.to_string());
            } else if let Some(contact) = channel.get("contact").and_then(Value::as_str) {
                if let Some(c) = side.fact(FactKind::Contact, contact) {
                    kinds.extend(contact_means(&c.fields));
                }
            } else if let Some(id) = channel.get("authority").and_then(Value::as_str) {
                if let Some(a) = side.fact(FactKind::Authority, id) {
                    kinds.extend(contact_means(&a.fields));
                }
            }
        }
        kinds
    }

    pub(super) fn channel_label(&self, side: &Side, channel: &Value, lang: &str) -> String {
        if let Some(term) = channel.get("channel").and_then(Value::as_str) {
            self.label_either(side, "channel", term, lang)
        } else if let Some(contact) = channel.get("contact").and_then(Value::as_str) {
            match side.fact(FactKind::Contact, contact) {
                Some(c) => self.fact_name(side, c, lang),
                None => contact.to_string(),
            }
        } else if let Some(id) = channel.get("authority").and_then(Value::as_str) {
            match side.fact(FactKind::Authority, id) {
                Some(a) => self.fact_name(side, a, lang),
                None => id.to_string(),
            }
        } else {
            channel.to_string()
        }
    }

    pub(super) fn means_label(&self, kinds: &BTreeSet<String>, lang: &str) -> String {
        let labels: Vec<String> = kinds
            .iter()
            .map(|k| match k.as_str() {
                "url" => locale::text(lang, "diff-fact-website"),
                other => self.label_either(&self.new, "channel", other, lang),
            })
            .collect();
        locale::format::or(&labels, lang)
    }

    pub(super) fn channel_change(&self, key: &str, path: &str, o: &Value, n: &Value) -> Vec<Emit> {
        let list = |v: &Value| v.as_array().cloned().unwrap_or_default();
        let (ol, nl) = (list(o), list(n));
        let removed: Vec<&Value> = ol.iter().filter(|c| !nl.contains(c)).collect();
        let added: Vec<&Value> = nl.iter().filter(|c| !ol.contains(c)).collect();
        let show = |side: &Side, items: &[&Value], l: &str| {
            locale::format::and(
                &items
                    .iter()
                    .map(|c| self.channel_label(side, c, l))
                    .collect::<Vec<_>>(),
                l,
            )
        };
        let lost: BTreeSet<String> = self
            .channel_kinds(&self.old, o)
            .difference(&self.channel_kinds(&self.new, n))
            .cloned()
            .collect();
        if !lost.is_empty() {
            return vec![Emit::new(key, Event::ChannelWithdrawn, path)
                .arg("what", self.each(|l| self.means_label(&lost, l)))];
        }
        if !removed.is_empty() {
            let all = |side: &Side, items: &[Value], l: &str| {
                let refs: Vec<&Value> = items.iter().collect();
                show(side, &refs, l)
            };
            return vec![Emit::new(key, Event::ChannelChanged, path)
                .arg("old", self.each(|l| all(&self.old, &ol, l)))
                .arg("new", self.each(|l| all(&self.new, &nl, l)))];
        }
        if !added.is_empty() {
            return vec![Emit::new(key, Event::ChannelAdded, path)
                .arg("what", self.each(|l| show(&self.new, &added, l)))];
        }
        vec![Emit::new(key, Event::Reordered, path)]
    }

    /// A contact point that rights are exercised through and that no longer offers a kind of
    /// channel: those rights are harder to exercise.
    pub(super) fn contact_withdrawals(
        &self,
        old: &Fact,
        new: &Fact,
        fact: &Localized,
        location: Option<Location>,
    ) -> Vec<Emit> {
        let lost: BTreeSet<String> = contact_means(&old.fields)
            .difference(&contact_means(&new.fields))
            .cloned()
            .collect();
        if lost.is_empty() {
            return Vec::new();
        }
        let mut affected = Vec::new();
        for user in &self.old.facts {
            if !matches!(user.kind, FactKind::Right | FactKind::Requests) {
                continue;
            }
            let uses = user
                .fields
                .get("channels")
                .and_then(Value::as_array)
                .is_some_and(|cs| {
                    // A contact point or an authority: fact ids are unique across kinds.
                    cs.iter().any(|c| {
                        c.get("contact")
                            .or_else(|| c.get("authority"))
                            .and_then(Value::as_str)
                            == Some(old.id.as_str())
                    })
                });
            let Some(now) = self.new.fact(user.kind, &user.id) else {
                continue;
            };
            if !uses {
                continue;
            }
            let before = self.channel_kinds(
                &self.old,
                user.fields.get("channels").unwrap_or(&Value::Null),
            );
            let after = self.channel_kinds(
                &self.new,
                now.fields.get("channels").unwrap_or(&Value::Null),
            );
            if lost
                .iter()
                .any(|k| before.contains(k) && !after.contains(k))
            {
                affected.push(now);
            }
        }
        if affected.is_empty() {
            return Vec::new();
        }
        vec![Emit::new(
            new.kind.keyword(),
            Event::ChannelWithdrawn,
            Self::fact_path(new),
        )
        .at(location)
        .kind(ChangeKind::Changed)
        .arg("fact", fact.clone())
        .arg("what", self.each(|l| self.means_label(&lost, l)))
        .arg(
            "rights",
            self.each(|l| {
                locale::format::and(
                    &affected
                        .iter()
                        .map(|f| self.fact_name(&self.new, f, l))
                        .collect::<Vec<_>>(),
                    l,
                )
            }),
        )]
    }
}

/// A right named by its label: "the right of access", "查阅权"; a label that already says it
/// is a right (it ends with one of the words of `diff-fact-right-endings`) is the name itself.
fn right_name(label: &str, lang: &str) -> String {
    let endings = locale::text(lang, "diff-fact-right-endings");
    let named = endings.split_whitespace().any(|e| label.ends_with(e));
    rules::message(
        lang,
        "diff-fact-right",
        &[
            ("label", label.to_string()),
            ("named", (if named { "yes" } else { "no" }).to_string()),
        ],
    )
}

/// How a fact of a kind with no name of its own is named: by its kind, with its id where a
/// policy may have several.
fn generic_name(kind: FactKind, id: &str, lang: &str) -> String {
    let with_id = |message: &str| rules::message(lang, message, &[("id", id.to_string())]);
    match kind {
        FactKind::Consent => with_id("diff-fact-consent"),
        FactKind::Security => with_id("diff-fact-security"),
        FactKind::Assessment => with_id("diff-fact-assessment"),
        FactKind::Incident => locale::text(lang, "diff-fact-incident"),
        FactKind::Retention => locale::text(lang, "diff-fact-retention"),
        FactKind::Cookies => locale::text(lang, "diff-fact-cookies"),
        FactKind::Changes => locale::text(lang, "diff-fact-changes"),
        _ => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::right_name;

    #[test]
    fn a_right_is_named_as_its_language_says_it() {
        assert_eq!(right_name("access", "en"), "the right of access");
        assert_eq!(right_name("查阅", "zh-CN"), "查阅的权利");
        assert_eq!(right_name("查阅权", "zh-CN"), "查阅权");
        assert_eq!(right_name("撤回同意的权利", "zh-CN"), "撤回同意的权利");
    }
}
