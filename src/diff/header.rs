//! Changes to the policy's header (identity, languages, numbering, the notice period) and to
//! its vocabulary of custom terms. The version and its dates are no change: the diff shows
//! them in its header (`Diff::old`, `Diff::new`).

use super::*;
use crate::model::ChangelogEntry;

impl<'a> Differ<'a> {
    pub(super) fn header(&self) -> Vec<Emit> {
        let mut out = self.identity();
        out.extend(self.languages());
        out.extend(self.numbering());
        out.extend(self.notice_period());
        out.extend(self.changelog());
        out
    }

    /// The policy's id and title.
    fn identity(&self) -> Vec<Emit> {
        let (old, new) = (self.old.policy, self.new.policy);
        let mut out = Vec::new();
        if old.id != new.id {
            out.push(
                Emit::new("policy.id", Event::Changed, "id")
                    .arg("old", self.each(|_| format!("`{}`", old.id)))
                    .arg("new", self.each(|_| format!("`{}`", new.id)))
                    .note(Note::OtherPolicy {
                        old: old.id.clone(),
                        new: new.id.clone(),
                    }),
            );
        }
        if let Some(change) = self.compare_text(Some(&old.title), Some(&new.title)) {
            out.push(self.prose_change(
                "policy.title",
                "title".into(),
                change,
                &BTreeSet::new(),
                self.words("diff-header-title"),
            ));
        }
        out
    }

    /// The languages, the binding translations and the authoritative language.
    fn languages(&self) -> Vec<Emit> {
        let (old, new) = (self.old.policy, self.new.policy);
        let mut out = Vec::new();
        let names = |tags: &[&String], l: &str| {
            locale::format::and(
                &tags
                    .iter()
                    .map(|t| rules::language_name(t, l))
                    .collect::<Vec<_>>(),
                l,
            )
        };
        for (field, o, n) in [
            ("languages", &old.languages, &new.languages),
            ("binding", &old.binding, &new.binding),
        ] {
            let added: Vec<&String> = n.iter().filter(|t| !o.contains(t)).collect();
            let removed: Vec<&String> = o.iter().filter(|t| !n.contains(t)).collect();
            if !added.is_empty() {
                out.push(
                    Emit::new(format!("policy.{field}"), Event::ItemsAdded, field)
                        .arg("what", self.each(|l| names(&added, l))),
                );
            }
            if !removed.is_empty() {
                out.push(
                    Emit::new(format!("policy.{field}"), Event::ItemsRemoved, field)
                        .arg("what", self.each(|l| names(&removed, l))),
                );
            }
        }
        if old.authoritative != new.authoritative {
            out.push(
                Emit::new("policy.authoritative", Event::Changed, "authoritative")
                    .arg(
                        "old",
                        self.each(|l| rules::language_name(&old.authoritative, l)),
                    )
                    .arg(
                        "new",
                        self.each(|l| rules::language_name(&new.authoritative, l)),
                    ),
            );
        }
        out
    }

    /// The markers that number sections.
    fn numbering(&self) -> Vec<Emit> {
        let (old, new) = (self.old.policy, self.new.policy);
        let mut out = Vec::new();
        if old.numbering != new.numbering {
            let show = |markers: &[crate::model::Marker], l: &str| {
                if markers.is_empty() {
                    locale::text(l, "diff-none")
                } else {
                    markers
                        .iter()
                        .enumerate()
                        .map(|(level, m)| {
                            // An outline sample is as deep as its level: 1.1.1 on the third.
                            let sample = match m.style {
                                crate::model::MarkerStyle::Outline => {
                                    format!("1{}{}", ".1".repeat(level), m.suffix)
                                }
                                _ => m.sample(),
                            };
                            super::quoted(&sample, l)
                        })
                        .collect::<Vec<_>>()
                        .join(&locale::text(l, "diff-header-marker-separator"))
                }
            };
            out.push(
                Emit::new("policy.numbering", Event::Changed, "numbering")
                    .arg("old", self.each(|l| show(&old.numbering, l)))
                    .arg("new", self.each(|l| show(&new.numbering, l))),
            );
        }
        out
    }

    /// The notice period of major changes.
    fn notice_period(&self) -> Vec<Emit> {
        let (old, new) = (self.old.policy, self.new.policy);
        let mut out = Vec::new();
        let to_value = |d: &Option<Duration>| {
            d.as_ref()
                .and_then(|d| serde_json::to_value(d).ok())
                .unwrap_or(Value::Null)
        };
        let (o, n) = (to_value(&old.notice_period), to_value(&new.notice_period));
        if o != n {
            let fact = self.words("diff-header-the-policy");
            out.extend(self.duration_change(
                "policy.notice-period",
                "notice-period",
                &o,
                &n,
                &fact,
            ));
        }
        out
    }

    /// The policy's own changelog: it describes changes and is not one, so its entries
    /// added, removed or reworded are editorial (rows `changelog`), with their word diffs.
    fn changelog(&self) -> Vec<Emit> {
        let (old, new) = (self.old.policy, self.new.policy);
        let key = |e: &ChangelogEntry| (e.date.clone(), e.version.clone());
        let path = |e: &ChangelogEntry| match &e.version {
            Some(v) => format!("changelog/{}@{v}", e.date),
            None => format!("changelog/{}", e.date),
        };
        let name = |e: &ChangelogEntry| {
            self.each(|l| {
                let date = wording::date(&e.date, l);
                match &e.version {
                    Some(v) => format!("{date} ({v})"),
                    None => date,
                }
            })
        };
        let summary = |e: &ChangelogEntry, auth: &str| {
            self.each(|l| excerpt(&text_in(&e.summary, l, auth), l))
        };
        let mut out = Vec::new();
        for entry in &old.changelog {
            if !new.changelog.iter().any(|e| key(e) == key(entry)) {
                let mut e = Emit::new("changelog", Event::Removed, path(entry))
                    .arg("fact", name(entry))
                    .arg("what", summary(entry, &old.authoritative));
                e.prose = self.whole(&entry.summary, Op::Delete);
                out.push(e);
            }
        }
        for entry in &new.changelog {
            let before = old.changelog.iter().find(|e| key(e) == key(entry));
            let mut e = match before {
                None => {
                    let mut e = Emit::new("changelog", Event::Added, path(entry));
                    e.prose = self.whole(&entry.summary, Op::Insert);
                    e
                }
                Some(b) => match self.compare_text(Some(&b.summary), Some(&entry.summary)) {
                    Some(change) => {
                        let mut e = Emit::new("changelog", Event::Changed, path(entry));
                        e.prose = change.prose;
                        e
                    }
                    None => continue,
                },
            };
            e = e
                .arg("fact", name(entry))
                .arg("what", summary(entry, &new.authoritative));
            out.push(e);
        }
        out
    }

    // ------------------------------------------------------------------ vocabulary

    pub(super) fn vocabulary(&self) -> Vec<Emit> {
        let (old, new) = (self.old.policy, self.new.policy);
        let mut out = Vec::new();
        for (kind, terms) in &new.vocabulary {
            let Some(old_terms) = old.vocabulary.get(kind) else {
                continue;
            };
            for (id, term) in terms {
                let Some(old_term) = old_terms.get(id) else {
                    continue;
                };
                if old_term == term {
                    continue;
                }
                let path = format!("vocabulary/{kind}/{id}");
                let fact = self.each(|_| format!("`{id}`"));
                let as_text = |labels: &BTreeMap<String, String>| -> Text {
                    labels
                        .iter()
                        .map(|(l, s)| (l.clone(), vec![Inline::Text { text: s.clone() }]))
                        .collect()
                };
                let (o, n) = (as_text(&old_term.labels), as_text(&term.labels));
                if let Some(change) = self.compare_text(Some(&o), Some(&n)) {
                    let subjects = term_subjects(kind);
                    let mut emit = match change.class {
                        TextClass::Substantive => {
                            let mut e = Emit::new("term.label", Event::Changed, path.clone())
                                .arg("fact", fact.clone())
                                .arg(
                                    "old",
                                    self.each(|l| quoted(&text_in(&o, l, &old.authoritative), l)),
                                )
                                .arg(
                                    "new",
                                    self.each(|l| quoted(&text_in(&n, l, &new.authoritative), l)),
                                );
                            if !subjects.is_empty() {
                                e = e.note(Note::Review {
                                    subjects: subjects.iter().copied().collect(),
                                });
                            }
                            e.prose = change.prose;
                            e
                        }
                        _ => self.prose_change(
                            "term.label",
                            path.clone(),
                            change,
                            &subjects,
                            self.each(|l| {
                                rules::message(
                                    l,
                                    "diff-header-term-label",
                                    &[("id", format!("`{id}`"))],
                                )
                            }),
                        ),
                    };
                    emit.location = None;
                    out.push(emit);
                }
                for (field, o, n) in [
                    ("dpv", json(&old_term.dpv), json(&term.dpv)),
                    ("custom", json(&old_term.custom), json(&term.custom)),
                    ("source", json(&old_term.source), json(&term.source)),
                ] {
                    if o != n {
                        out.push(
                            Emit::new(format!("term.{field}"), Event::Changed, path.clone())
                                .arg("fact", fact.clone())
                                .arg("old", self.each(|l| self.show_value(&o, l)))
                                .arg("new", self.each(|l| self.show_value(&n, l))),
                        );
                    }
                }
            }
        }
        out
    }

    // ------------------------------------------------------------------ facts
}
