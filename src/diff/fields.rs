//! How one field of a fact changed: durations, case lists, lists of terms and single values,
//! each judged by the direction that matters to users.

use super::*;

/// How a promised time changed: set, unset, lengthened, shortened or the same length said
/// another way (`Restated`); None when neither version promises one.
fn duration_event(old: Option<&Duration>, new: Option<&Duration>) -> Option<Event> {
    Some(match (old, new) {
        (None, Some(_)) => Event::Set,
        (Some(_), None) => Event::Unset,
        (Some(a), Some(b)) => match tenths_of_days(a).cmp(&tenths_of_days(b)) {
            std::cmp::Ordering::Less => Event::Lengthened,
            std::cmp::Ordering::Greater => Event::Shortened,
            std::cmp::Ordering::Equal => Event::Restated,
        },
        (None, None) => return None,
    })
}

impl<'a> Differ<'a> {
    pub(super) fn duration_change(
        &self,
        key: &str,
        path: &str,
        o: &Value,
        n: &Value,
        fact: &Localized,
    ) -> Vec<Emit> {
        let parse = |v: &Value| serde_json::from_value::<Duration>(v.clone()).ok();
        let (od, nd) = (parse(o), parse(n));
        let show = |d: &Option<Duration>, l: &str| match d {
            Some(d) => wording::duration(d, l),
            None => locale::text(l, "diff-none"),
        };
        let event = duration_event(od.as_ref(), nd.as_ref()).unwrap_or(Event::Changed);
        vec![Emit::new(key, event, path)
            .arg("fact", fact.clone())
            .arg("old", self.each(|l| show(&od, l)))
            .arg("new", self.each(|l| show(&nd, l)))]
    }

    pub(super) fn cases_change(
        &self,
        key: &str,
        path: &str,
        o: &Value,
        n: &Value,
        fact: &Localized,
        subjects: &BTreeSet<Rule>,
    ) -> Vec<Emit> {
        let parse = |v: &Value| serde_json::from_value::<CaseList>(v.clone()).ok();
        let (ol, nl) = (parse(o), parse(n));
        let (oc, nc) = (
            ol.as_ref().map(|l| l.cases.as_slice()).unwrap_or_default(),
            nl.as_ref().map(|l| l.cases.as_slice()).unwrap_or_default(),
        );
        let mut out = Vec::new();
        let case_text = |side: &Side, text: &Text, l: &str| {
            excerpt(&text_in(text, l, &side.policy.authoritative), l)
        };
        // A `when` list limits a right to its cases; without one the right applies without
        // such a limit. So a whole list dropped widens the right, and a list introduced
        // narrows it, whatever its cases say one by one.
        if key.ends_with(".when") && ol.is_some() != nl.is_some() {
            let (side, cases, event) = match &nl {
                Some(_) => (&self.new, nc, Event::Narrowed),
                None => (&self.old, oc, Event::Widened),
            };
            let what = self.each(|l| {
                locale::format::and(
                    &cases
                        .iter()
                        .map(|c| case_text(side, &c.text, l))
                        .collect::<Vec<_>>(),
                    l,
                )
            });
            return vec![Emit::new(key, event, path).arg("what", what)];
        }
        for case in oc {
            if !nc.iter().any(|c| c.id == case.id) {
                let mut e = Emit::new(key, Event::CaseRemoved, format!("{path}/{}", case.id))
                    .arg("what", self.each(|l| case_text(&self.old, &case.text, l)));
                e.prose = self.whole(&case.text, Op::Delete);
                out.push(e);
            }
        }
        for case in nc {
            match oc.iter().find(|c| c.id == case.id) {
                None => {
                    let mut e = Emit::new(key, Event::CaseAdded, format!("{path}/{}", case.id))
                        .arg("what", self.each(|l| case_text(&self.new, &case.text, l)));
                    e.prose = self.whole(&case.text, Op::Insert);
                    out.push(e);
                }
                Some(before) => {
                    if let Some(change) = self.compare_text(Some(&before.text), Some(&case.text)) {
                        let what = self.each(|l| {
                            rules::message(
                                l,
                                "diff-fields-case",
                                &[
                                    ("id", case.id.clone()),
                                    ("fact", fact.get(l).cloned().unwrap_or_default()),
                                ],
                            )
                        });
                        out.push(self.prose_change(
                            key,
                            format!("{path}/{}", case.id),
                            change,
                            subjects,
                            what,
                        ));
                    }
                }
            }
        }
        out.extend(self.cases_reordered(key, path, oc, nc, fact));
        if let (Some(a), Some(b)) = (&ol, &nl) {
            if a.marker != b.marker {
                out.push(
                    Emit::new("list.marker", Event::Changed, path)
                        .arg("old", self.each(|l| quoted(&a.marker.sample(), l)))
                        .arg("new", self.each(|l| quoted(&b.marker.sample(), l))),
                );
            }
        }
        out
    }

    /// The cases both versions have, in another order.
    fn cases_reordered(
        &self,
        key: &str,
        path: &str,
        oc: &[crate::model::Case],
        nc: &[crate::model::Case],
        fact: &Localized,
    ) -> Option<Emit> {
        let ids =
            |cases: &[crate::model::Case]| cases.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        let (oi, ni) = (ids(oc), ids(nc));
        let common_old: Vec<&str> = oi
            .iter()
            .filter(|i| ni.contains(i))
            .map(String::as_str)
            .collect();
        let common_new: Vec<&str> = ni
            .iter()
            .filter(|i| oi.contains(i))
            .map(String::as_str)
            .collect();
        (common_old != common_new).then(|| {
            Emit::new(key, Event::Reordered, path).arg(
                "fact",
                self.each(|l| {
                    rules::labelled(
                        l,
                        &fact.get(l).cloned().unwrap_or_default(),
                        &rules::field_label(key.split_once('.').map_or(key, |(_, f)| f), l),
                    )
                }),
            )
        })
    }

    /// Items added to or removed from a list of values, each value already in words.
    pub(super) fn list_change(
        &self,
        key: &str,
        path: &str,
        old: &[(String, Localized)],
        new: &[(String, Localized)],
    ) -> Vec<Emit> {
        let mut out = Vec::new();
        let added: Vec<&Localized> = new
            .iter()
            .filter(|(k, _)| !old.iter().any(|(o, _)| o == k))
            .map(|(_, l)| l)
            .collect();
        let removed: Vec<&Localized> = old
            .iter()
            .filter(|(k, _)| !new.iter().any(|(n, _)| n == k))
            .map(|(_, l)| l)
            .collect();
        let join = |items: &[&Localized], l: &str| {
            locale::format::and(
                &items
                    .iter()
                    .map(|i| i.get(l).cloned().unwrap_or_default())
                    .collect::<Vec<_>>(),
                l,
            )
        };
        if !added.is_empty() {
            out.push(
                Emit::new(key, Event::ItemsAdded, path).arg("what", self.each(|l| join(&added, l))),
            );
        }
        if !removed.is_empty() {
            out.push(
                Emit::new(key, Event::ItemsRemoved, path)
                    .arg("what", self.each(|l| join(&removed, l))),
            );
        }
        if out.is_empty() {
            out.push(Emit::new(key, Event::Reordered, path));
        }
        out
    }

    /// Any other field: term lists, enumerations, flags, numbers, texts and strings.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn value_change(
        &self,
        kind: FactKind,
        key: &str,
        path: &str,
        field: &str,
        o: &Value,
        n: &Value,
        fact: &Localized,
    ) -> Vec<Emit> {
        // Lists of terms or enumeration values: items added and removed.
        if o.is_array() || n.is_array() {
            let term_kind = term_kind_of(kind, field);
            let words = |side: &Side, v: &Value| -> Vec<(String, Localized)> {
                strings(Some(v))
                    .into_iter()
                    .map(|id| {
                        let label = self.each(|l| match term_kind {
                            Some(tk) => self.label_either(side, tk, &id, l),
                            None => rules::value_label(&id, l),
                        });
                        (id, label)
                    })
                    .collect()
            };
            return self.list_change(key, path, &words(&self.old, o), &words(&self.new, n));
        }
        // Flags: absent is false.
        if o.is_boolean() || n.is_boolean() {
            let event = if n.as_bool() == Some(true) {
                Event::Enabled
            } else {
                Event::Disabled
            };
            return vec![Emit::new(key, event, path)
                .arg(
                    "old",
                    self.each(|l| rules::value_label(&o.as_bool().unwrap_or(false).to_string(), l)),
                )
                .arg(
                    "new",
                    self.each(|l| rules::value_label(&n.as_bool().unwrap_or(false).to_string(), l)),
                )];
        }
        // Ordered values: which way they went.
        let (ro, rn) = (rank(field, o), rank(field, n));
        let event = if field == "risk" && n.as_str() == Some("high") {
            Event::BecameHigh
        } else if let (Some(a), Some(b)) = (ro, rn) {
            match a.cmp(&b) {
                std::cmp::Ordering::Less => Event::Increased,
                std::cmp::Ordering::Greater => Event::Decreased,
                std::cmp::Ordering::Equal if o.is_null() => Event::Set,
                std::cmp::Ordering::Equal if n.is_null() => Event::Unset,
                std::cmp::Ordering::Equal => Event::Changed,
            }
        } else if o.is_null() || is_missing(o) {
            Event::Set
        } else if n.is_null() || is_missing(n) {
            Event::Unset
        } else {
            Event::Changed
        };
        let term_kind = term_kind_of(kind, field);
        let show = |side: &Side, v: &Value, l: &str| -> String {
            match (v, term_kind) {
                (Value::String(s), _) if field == "country" => {
                    crate::model::parties::country_name(s, l)
                }
                (Value::String(s), Some(tk)) => self.label_either(side, tk, s, l),
                _ => self.show_value(v, l),
            }
        };
        let mut emit = Emit::new(key, event, path)
            .arg("old", self.each(|l| show(&self.old, o, l)))
            .arg("new", self.each(|l| show(&self.new, n, l)));
        // A text field: its word diff shows what changed; a translation-only or
        // typographic change of it is editorial.
        if let (Some(ot), Some(nt)) = (text_value(o), text_value(n)) {
            if let Some(change) = self.compare_text(Some(&ot), Some(&nt)) {
                match change.class {
                    TextClass::Substantive => emit.prose = change.prose,
                    _ => {
                        let what = self.each(|l| {
                            rules::labelled(
                                l,
                                &fact.get(l).cloned().unwrap_or_default(),
                                &rules::field_label(field, l),
                            )
                        });
                        return vec![self.prose_change(
                            key,
                            path.to_string(),
                            change,
                            &BTreeSet::new(),
                            what,
                        )];
                    }
                }
            } else {
                return Vec::new();
            }
        }
        vec![emit]
    }

    /// A value of the model's JSON in words.
    pub(super) fn show_value(&self, v: &Value, lang: &str) -> String {
        match v {
            Value::Null => locale::text(lang, "diff-none"),
            Value::Bool(b) => rules::value_label(&b.to_string(), lang),
            Value::Number(n) => n.to_string(),
            Value::String(s) => rules::value_label(s, lang),
            Value::Object(map) if map.contains_key("missing") => {
                locale::text(lang, "diff-fields-not-stated")
            }
            Value::Object(_) => match text_value(v) {
                Some(t) => quoted(&text_in(&t, lang, &self.authoritative), lang),
                None => v.to_string(),
            },
            Value::Array(items) => locale::format::and(
                &items
                    .iter()
                    .map(|i| self.show_value(i, lang))
                    .collect::<Vec<_>>(),
                lang,
            ),
        }
    }

    // ------------------------------------------------------------------ sections

    /// The response times of `requests` for some rights only. Each right named in either
    /// version is compared by the time its requests get: its own scoped time, else the
    /// usual time (`respond-within`), else none. So a right dropped from a scope where no
    /// usual time is promised, or where the usual time is longer, is answered more slowly.
    pub(super) fn scoped_times_change(&self, old: &Fact, new: &Fact, path: &str) -> Vec<Emit> {
        // The time a right's requests get, and whether a scope gives it.
        let time_of = |fact: &Fact, right: &str| -> (Option<Duration>, bool) {
            let scoped = fact
                .fields
                .get("respond-within-for")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .find(|s| strings(s.get("rights")).iter().any(|r| r == right))
                .and_then(|s| s.get("respond-within"));
            let time = scoped
                .or_else(|| fact.fields.get("respond-within"))
                .and_then(|v| serde_json::from_value(v.clone()).ok());
            (time, scoped.is_some())
        };
        let named = |fact: &Fact| -> Vec<String> {
            fact.fields
                .get("respond-within-for")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .flat_map(|s| strings(s.get("rights")))
                .collect()
        };
        let mut rights = named(old);
        for right in named(new) {
            if !rights.contains(&right) {
                rights.push(right);
            }
        }
        let show = |d: &Option<Duration>, l: &str| match d {
            Some(d) => wording::duration(d, l),
            None => locale::text(l, "diff-none"),
        };
        let mut out = Vec::new();
        for right in rights {
            let ((od, o_scoped), (nd, n_scoped)) = (time_of(old, &right), time_of(new, &right));
            if od == nd && o_scoped == n_scoped {
                continue;
            }
            // An equal time is Restated: now stated by a scope, before by the usual time.
            let Some(event) = duration_event(od.as_ref(), nd.as_ref()) else {
                continue;
            };
            // The very same time, stated now by a scope and before by the usual time (or
            // the reverse).
            let event = if event == Event::Restated && od == nd {
                Event::Changed
            } else {
                event
            };
            out.push(
                Emit::new(
                    "requests.respond-within-for",
                    event,
                    format!("{path}/respond-within-for/{right}"),
                )
                .arg(
                    "what",
                    self.each(|l| self.label_either(&self.new, "right", &right, l)),
                )
                .arg("old", self.each(|l| show(&od, l)))
                .arg("new", self.each(|l| show(&nd, l))),
            );
        }
        out
    }

    /// The data a negative promise covers: none listed means every kind of personal
    /// information, so a list introduced narrows the promise and a list dropped widens it.
    pub(super) fn promise_items_change(
        &self,
        key: &str,
        path: &str,
        o: &Value,
        n: &Value,
    ) -> Vec<Emit> {
        let (ol, nl) = (strings(Some(o)), strings(Some(n)));
        let label = |side: &Side, ids: &[String], l: &str| self.terms_label(side, "data", ids, l);
        let all = |l: &str| locale::text(l, "diff-fields-all-items");
        let (event, old_words, new_words) = match (ol.is_empty(), nl.is_empty()) {
            (true, false) => (
                Event::Narrowed,
                self.each(all),
                self.each(|l| label(&self.new, &nl, l)),
            ),
            (false, true) => (
                Event::Widened,
                self.each(|l| label(&self.old, &ol, l)),
                self.each(all),
            ),
            _ => {
                let words = |side: &Side, ids: &[String]| -> Vec<(String, Localized)> {
                    ids.iter()
                        .map(|id| {
                            (
                                id.clone(),
                                self.each(|l| self.label_either(side, "data", id, l)),
                            )
                        })
                        .collect()
                };
                return self.list_change(key, path, &words(&self.old, &ol), &words(&self.new, &nl));
            }
        };
        vec![Emit::new(key, event, path)
            .arg("old", old_words)
            .arg("new", new_words)]
    }
}
