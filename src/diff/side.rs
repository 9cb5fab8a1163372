//! The two sides of a diff: each version's model indexed for comparison (facts by kind and
//! id as JSON objects, sections with the facts they declare, vocabulary labels), and the
//! scale on which durations compare.

use super::*;

// ---------------------------------------------------------------------- the two sides

/// The fact lists of the model's JSON and the kind of fact each holds.
pub(super) const FACT_LISTS: [(&str, FactKind); 23] = [
    ("controllers", FactKind::Controller),
    ("services", FactKind::Service),
    ("jurisdictions", FactKind::Jurisdiction),
    ("collections", FactKind::Collect),
    ("purposes", FactKind::Purpose),
    ("consent", FactKind::Consent),
    ("recipients", FactKind::Recipient),
    ("transfers", FactKind::Transfer),
    ("storage", FactKind::Storage),
    ("security", FactKind::Security),
    ("incidents", FactKind::Incident),
    ("retention", FactKind::Retention),
    ("rights", FactKind::Right),
    ("requests", FactKind::Requests),
    ("minors", FactKind::Minors),
    ("cookies", FactKind::Cookies),
    ("contacts", FactKind::Contact),
    ("changes", FactKind::Changes),
    ("assessments", FactKind::Assessment),
    ("promises", FactKind::Promise),
    ("joint-controllers", FactKind::JointController),
    ("representatives", FactKind::Representative),
    ("authorities", FactKind::Authority),
];

/// A fact as the diff sees it: its JSON object, compared field by field, so that every field
/// of the model is compared (a field added to the model later is still reported).
pub(super) struct Fact {
    pub(super) kind: FactKind,
    pub(super) list: &'static str,
    pub(super) id: String,
    pub(super) section: Option<String>,
    pub(super) fields: Map<String, Value>,
}

pub(super) struct SecInfo<'a> {
    pub(super) section: &'a Section,
    pub(super) parent: Option<&'a str>,
    /// The position among the numbered sections of the same parent (1-based).
    pub(super) ordinal: Option<usize>,
}

/// One version, indexed for the diff.
pub(super) struct Side<'a> {
    pub(super) policy: &'a Policy,
    pub(super) sections: BTreeMap<&'a str, SecInfo<'a>>,
    /// Section ids in document order.
    pub(super) section_order: Vec<&'a str>,
    /// Child sections of each section (None: the top level), in order.
    pub(super) children: BTreeMap<Option<&'a str>, Vec<&'a str>>,
    pub(super) facts: Vec<Fact>,
    /// The position in `facts` of each kind and id (the first, should one repeat).
    fact_index: BTreeMap<(FactKind, String), usize>,
    /// The positions in `facts` of each kind and value of its `kind` field (a recipient's
    /// kind, a term's kind), in document order.
    by_subkind: BTreeMap<(FactKind, Option<String>), Vec<usize>>,
    /// Fact ids in document order, by the section they stand in.
    pub(super) fact_order: BTreeMap<Option<&'a str>, Vec<&'a str>>,
    /// The rules each section is about, from the facts it and its subsections declare; for
    /// the top level (None), from the facts declared there.
    pub(super) subjects: BTreeMap<Option<String>, BTreeSet<Rule>>,
    /// How many numbered sections each parent has, while walking.
    numbered: BTreeMap<Option<&'a str>, usize>,
}

impl<'a> Side<'a> {
    pub(super) fn new(policy: &'a Policy) -> Side<'a> {
        let mut side = Side {
            policy,
            sections: BTreeMap::new(),
            section_order: Vec::new(),
            children: BTreeMap::new(),
            facts: Vec::new(),
            fact_index: BTreeMap::new(),
            by_subkind: BTreeMap::new(),
            fact_order: BTreeMap::new(),
            subjects: BTreeMap::new(),
            numbered: BTreeMap::new(),
        };
        side.walk(&policy.body, None);
        if let Ok(Value::Object(mut lists)) = serde_json::to_value(&policy.facts) {
            for (list, kind) in FACT_LISTS {
                let Some(Value::Array(facts)) = lists.remove(list) else {
                    continue;
                };
                for fact in facts {
                    let Value::Object(fields) = fact else {
                        continue;
                    };
                    side.facts.push(Fact {
                        kind,
                        list,
                        id: str_field(&fields, "id").unwrap_or_default(),
                        section: str_field(&fields, "section"),
                        fields,
                    });
                }
            }
        }
        for (i, fact) in side.facts.iter().enumerate() {
            side.fact_index
                .entry((fact.kind, fact.id.clone()))
                .or_insert(i);
            side.by_subkind
                .entry((fact.kind, str_field(&fact.fields, "kind")))
                .or_default()
                .push(i);
        }
        let mut subjects: BTreeMap<Option<String>, BTreeSet<Rule>> = BTreeMap::new();
        for fact in &side.facts {
            let rules = rules::subjects(fact.kind);
            let mut at = fact.section.as_deref();
            if at.is_none() {
                subjects.entry(None).or_default().extend(rules);
            }
            while let Some(id) = at {
                subjects
                    .entry(Some(id.to_string()))
                    .or_default()
                    .extend(rules);
                at = side.sections.get(id).and_then(|s| s.parent);
            }
        }
        side.subjects = subjects;
        side
    }

    pub(super) fn walk(&mut self, blocks: &'a [Block], section: Option<&'a str>) {
        for block in blocks {
            match block {
                Block::Section(s) => {
                    self.children.entry(section).or_default().push(&s.id);
                    // The position among the numbered siblings so far, counted as they come.
                    let ordinal = s.number.as_ref().map(|_| {
                        let count = self.numbered.entry(section).or_default();
                        *count += 1;
                        *count
                    });
                    self.sections.insert(
                        &s.id,
                        SecInfo {
                            section: s,
                            parent: section,
                            ordinal,
                        },
                    );
                    self.section_order.push(&s.id);
                    self.walk(&s.body, Some(&s.id));
                }
                Block::List { items, .. } => {
                    for item in items {
                        match item {
                            Item::Item { body, .. } => self.walk(body, section),
                            Item::Fact { id, .. } => {
                                self.fact_order.entry(section).or_default().push(id)
                            }
                        }
                    }
                }
                Block::Fact { id, .. } => self.fact_order.entry(section).or_default().push(id),
                Block::Paragraph { .. } | Block::Table(_) => {}
            }
        }
    }

    pub(super) fn fact(&self, kind: FactKind, id: &str) -> Option<&Fact> {
        self.fact_index
            .get(&(kind, id.to_string()))
            .and_then(|i| self.facts.get(*i))
    }

    /// The facts of a kind whose `kind` field is `subkind`, in document order.
    pub(super) fn of_subkind(
        &self,
        kind: FactKind,
        subkind: Option<String>,
    ) -> impl Iterator<Item = &Fact> {
        self.by_subkind
            .get(&(kind, subkind))
            .into_iter()
            .flatten()
            .filter_map(|i| self.facts.get(*i))
    }

    /// What the place is about: the rules of the facts of its section and subsections, or
    /// of the nearest enclosing section that declares any.
    pub(super) fn subjects_at(&self, section: Option<&str>) -> BTreeSet<Rule> {
        let mut at = section;
        loop {
            let found = self
                .subjects
                .get(&at.map(str::to_string))
                .cloned()
                .unwrap_or_default();
            if !found.is_empty() {
                return found;
            }
            match at {
                Some(id) => at = self.sections.get(id).and_then(|s| s.parent),
                None => return found,
            }
            if at.is_none() {
                // The top level's own facts do not make every section about them.
                return BTreeSet::new();
            }
        }
    }

    /// The section's number and title in a language: "(7) Your rights".
    pub(super) fn heading_one(&self, id: &str, lang: &str) -> String {
        let Some(info) = self.sections.get(id) else {
            return id.to_string();
        };
        let title = info
            .section
            .title
            .as_ref()
            .map(|t| text_in(t, lang, &self.policy.authoritative));
        match (&info.section.number, title) {
            (Some(n), Some(t)) => format!("{n} {t}"),
            (Some(n), None) => n.clone(),
            (None, Some(t)) => t,
            (None, None) => id.to_string(),
        }
    }

    /// The section's title in a language, or its number when it has none.
    pub(super) fn title(&self, id: &str, lang: &str) -> String {
        let Some(info) = self.sections.get(id) else {
            return id.to_string();
        };
        match (&info.section.title, &info.section.number) {
            (Some(t), _) => text_in(t, lang, &self.policy.authoritative),
            (None, Some(n)) => n.clone(),
            (None, None) => id.to_string(),
        }
    }

    /// The section with its parents: "(7) Your rights › 2) Delete your personal information".
    pub(super) fn heading(&self, id: &str, lang: &str) -> String {
        let mut chain = vec![id];
        let mut at = self.sections.get(id).and_then(|s| s.parent);
        while let Some(parent) = at {
            chain.push(parent);
            at = self.sections.get(parent).and_then(|s| s.parent);
        }
        chain
            .iter()
            .rev()
            .map(|id| self.heading_one(id, lang))
            .collect::<Vec<_>>()
            .join(" › ")
    }

    pub(super) fn location(&self, section: Option<&str>, langs: &[String]) -> Option<Location> {
        let id = section?;
        let info = self.sections.get(id)?;
        let each = |f: &dyn Fn(&str) -> String| -> Localized {
            langs.iter().map(|l| (l.clone(), f(l))).collect()
        };
        Some(Location {
            section: id.to_string(),
            number: info.section.number.clone(),
            title: match &info.section.title {
                Some(t) => each(&|l| text_in(t, l, &self.policy.authoritative)),
                None => Localized::new(),
            },
            heading: each(&|l| self.heading(id, l)),
        })
    }

    /// The label of a vocabulary term.
    pub(super) fn label(&self, kind: &str, id: &str, lang: &str) -> String {
        if let Some(term) = self.policy.vocabulary.get(kind).and_then(|t| t.get(id)) {
            if let Some(label) = term
                .labels
                .get(lang)
                .or_else(|| term.labels.get(&self.policy.authoritative))
            {
                return label.clone();
            }
        }
        crate::model::vocab::builtin()
            .get(kind)
            .and_then(|terms| terms.get(id))
            .and_then(|e| e.labels.get(lang).or_else(|| e.labels.get("en")))
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }
}

pub(super) fn str_field(fields: &Map<String, Value>, key: &str) -> Option<String> {
    fields.get(key).and_then(Value::as_str).map(str::to_string)
}

/// A text in a language, as plain text, falling back to the authoritative language.
pub(super) fn text_in(text: &Text, lang: &str, authoritative: &str) -> String {
    text.get(lang)
        .or_else(|| text.get(authoritative))
        .or_else(|| text.values().next())
        .map(|inlines| Inline::plain(inlines))
        .unwrap_or_default()
}

/// A text of the model's JSON, or None for a value marked `missing` (or no text).
pub(super) fn text_value(value: &Value) -> Option<Text> {
    match value {
        Value::Object(map) if map.contains_key("missing") => None,
        Value::Object(_) => serde_json::from_value(value.clone()).ok(),
        _ => None,
    }
}

/// A short quotation of a text for a summary line.
pub(super) fn excerpt(text: &str, lang: &str) -> String {
    const MAX: usize = 80;
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let short = if flat.chars().count() > MAX {
        let cut: String = flat.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    } else {
        flat
    };
    super::rules::message(lang, "diff-excerpt", &[("text", short)])
}

// ---------------------------------------------------------------------- durations

/// A duration on one scale, in tenths of a day: a working day is 1.4 calendar days, a month
/// 30 days, a year 365; an extendable duration counts as its longest. `promptly` is shorter
/// than any stated time and the open-ended named durations longer than any.
pub(super) fn tenths_of_days(d: &Duration) -> u64 {
    let unit: u64 = match d.unit {
        Unit::Days => 10,
        Unit::WorkingDays => 14,
        Unit::Weeks => 70,
        Unit::Months => 300,
        Unit::Years => 3650,
        Unit::Promptly => return 5,
        Unit::ReasonableTime | Unit::AsLongAsNecessary => return u64::MAX,
    };
    let base = u64::from(d.amount.unwrap_or(0)) * unit;
    match &d.extendable_by {
        Some(ext) => base.saturating_add(tenths_of_days(ext)),
        None => base,
    }
}
