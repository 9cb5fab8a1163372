//! Diff: two versions of a policy's typed model -> every change between them, each classified
//! as editorial, minor, major or consent by the rules of [`rules`], with its reason in every
//! language of the new version and a word-level diff of changed prose ([`prose`]).
//!
//! Elements are matched by their stable identity, never by position: sections by id, facts by
//! kind and id, cases by list and id, vocabulary terms by kind and id. Paragraphs and list
//! items have no id: they are aligned within their parent (a section, the preamble, a list
//! item), first by equal content, then by position. A section that only moved or was
//! renumbered is `moved`. The diff reads the two models and nothing else: no files, no git,
//! no clock. Its output is deterministic.
//!
//! This module detects what happened (an [`rules::Event`] on a key such as
//! `right.respond-within`); [`rules::TABLE`] decides what it means.

pub mod output;
mod prose;
mod rules;

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::wording;
use crate::model::{
    Block, CaseList, Duration, FactKind, Inline, Item, Policy, Section, Text, Unit,
};
pub use prose::{Op, ProseDiff, Segment};
use rules::{fill, pick, Event, Note};
pub use rules::{Rule, Severity};

/// What happened to the element a change is about.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// It exists only in the new version.
    Added,
    /// It exists only in the old version.
    Removed,
    /// It exists in both and differs.
    Changed,
    /// It exists in both, in another place or order.
    Moved,
}

/// Text in each language: language tag -> text.
pub type Localized = BTreeMap<String, String>;

/// Every change between two versions of a policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diff {
    /// The old version.
    pub old: Version,
    /// The new version.
    pub new: Version,
    /// The languages of the new version: summaries and notes are given in each.
    pub languages: Vec<String>,
    /// The authoritative language of the new version.
    pub authoritative: String,
    /// The highest severity of the changes; `none` when there are none.
    pub severity: Severity,
    /// The changes, highest severity first, then in the order the diff found them (header,
    /// vocabulary, facts, sections, prose).
    pub changes: Vec<Change>,
}

/// Which version of which policy a side of the diff is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    /// The policy id.
    pub id: String,
    /// The version identifier.
    pub version: String,
    /// The update date (YYYY-MM-DD).
    pub updated: String,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// How much it matters.
    pub severity: Severity,
    /// The rule it falls under (major and consent changes).
    pub rule: Option<Rule>,
    /// Added, removed, changed or moved.
    pub kind: ChangeKind,
    /// The stable identity of the changed element (`rights/deletion/when/no-consent`,
    /// `section:eea-uk`, `section:sharing/p[2]`).
    pub path: String,
    /// The section the element stands in, when it stands in one.
    pub location: Option<Location>,
    /// What changed and why it has this severity, in every language of the new version.
    pub summary: Localized,
    /// Further remarks (a reviewer should look; only a translation changed ...).
    pub notes: Vec<Localized>,
    /// The word-level diff of changed prose, one per changed language.
    pub prose: Vec<ProseDiff>,
}

/// Where an element stands: its section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The section id.
    pub section: String,
    /// The section number as rendered, when the section is numbered.
    pub number: Option<String>,
    /// The section title in each language (absent for untitled clauses).
    pub title: Localized,
    /// The section with its parents, numbers and titles, in each language:
    /// "(7) Your rights › 2) Delete your personal information".
    pub heading: Localized,
}

/// Compares two versions of a policy.
pub fn diff(old: &Policy, new: &Policy) -> Diff {
    let differ = Differ::new(old, new);
    let mut emits = Vec::new();
    emits.extend(differ.header());
    emits.extend(differ.vocabulary());
    emits.extend(differ.facts());
    emits.extend(differ.sections());
    emits.extend(differ.body());
    if emits.is_empty() && old != new {
        // Every difference of the model is meant to be described above; should one slip
        // through, it is still reported rather than called `none`.
        emits.push(Emit::new("*", Event::Unclassified, "body"));
    }
    let mut changes: Vec<Change> = emits.into_iter().map(|e| differ.change(e)).collect();
    changes.sort_by_key(|c| std::cmp::Reverse(c.severity));
    Diff {
        old: version(old),
        new: version(new),
        languages: new.languages.clone(),
        authoritative: new.authoritative.clone(),
        severity: changes
            .iter()
            .map(|c| c.severity)
            .max()
            .unwrap_or(Severity::None),
        changes,
    }
}

fn version(p: &Policy) -> Version {
    Version {
        id: p.id.clone(),
        version: p.version.clone(),
        updated: p.dates.updated.clone(),
    }
}

impl Diff {
    /// How many changes have each severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.changes
            .iter()
            .filter(|c| c.severity == severity)
            .count()
    }
}

// ---------------------------------------------------------------------- the two sides

/// The fact lists of the model's JSON and the kind of fact each holds.
const FACT_LISTS: [(&str, FactKind); 19] = [
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
];

/// A fact as the diff sees it: its JSON object, compared field by field, so that every field
/// of the model is compared (a field added to the model later is still reported).
struct Fact {
    kind: FactKind,
    list: &'static str,
    id: String,
    section: Option<String>,
    fields: Map<String, Value>,
}

struct SecInfo<'a> {
    section: &'a Section,
    parent: Option<&'a str>,
    /// The position among the numbered sections of the same parent (1-based).
    ordinal: Option<usize>,
}

/// One version, indexed for the diff.
struct Side<'a> {
    policy: &'a Policy,
    sections: BTreeMap<&'a str, SecInfo<'a>>,
    /// Section ids in document order.
    section_order: Vec<&'a str>,
    /// Child sections of each section (None: the top level), in order.
    children: BTreeMap<Option<&'a str>, Vec<&'a str>>,
    facts: Vec<Fact>,
    /// Fact ids in document order, by the section they stand in.
    fact_order: BTreeMap<Option<&'a str>, Vec<&'a str>>,
    /// The rules each section is about, from the facts it and its subsections declare; for
    /// the top level (None), from the facts declared there.
    subjects: BTreeMap<Option<String>, BTreeSet<Rule>>,
}

impl<'a> Side<'a> {
    fn new(policy: &'a Policy) -> Side<'a> {
        let mut side = Side {
            policy,
            sections: BTreeMap::new(),
            section_order: Vec::new(),
            children: BTreeMap::new(),
            facts: Vec::new(),
            fact_order: BTreeMap::new(),
            subjects: BTreeMap::new(),
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

    fn walk(&mut self, blocks: &'a [Block], section: Option<&'a str>) {
        for block in blocks {
            match block {
                Block::Section(s) => {
                    let siblings = self.children.entry(section).or_default();
                    siblings.push(&s.id);
                    let ordinal = s.number.as_ref().map(|_| {
                        siblings
                            .iter()
                            .filter(|id| {
                                **id == s.id
                                    || self
                                        .sections
                                        .get(**id)
                                        .is_some_and(|i| i.section.number.is_some())
                            })
                            .count()
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
                Block::Paragraph { .. } => {}
            }
        }
    }

    fn fact(&self, kind: FactKind, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.kind == kind && f.id == id)
    }

    /// What the place is about: the rules of the facts of its section and subsections, or
    /// of the nearest enclosing section that declares any.
    fn subjects_at(&self, section: Option<&str>) -> BTreeSet<Rule> {
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
    fn heading_one(&self, id: &str, lang: &str) -> String {
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
    fn title(&self, id: &str, lang: &str) -> String {
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
    fn heading(&self, id: &str, lang: &str) -> String {
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

    fn location(&self, section: Option<&str>, langs: &[String]) -> Option<Location> {
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
    fn label(&self, kind: &str, id: &str, lang: &str) -> String {
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

fn str_field(fields: &Map<String, Value>, key: &str) -> Option<String> {
    fields.get(key).and_then(Value::as_str).map(str::to_string)
}

/// A text in a language, as plain text, falling back to the authoritative language.
fn text_in(text: &Text, lang: &str, authoritative: &str) -> String {
    text.get(lang)
        .or_else(|| text.get(authoritative))
        .or_else(|| text.values().next())
        .map(|inlines| Inline::plain(inlines))
        .unwrap_or_default()
}

/// A text of the model's JSON, or None for a value marked `missing` (or no text).
fn text_value(value: &Value) -> Option<Text> {
    match value {
        Value::Object(map) if map.contains_key("missing") => None,
        Value::Object(_) => serde_json::from_value(value.clone()).ok(),
        _ => None,
    }
}

/// A short quotation of a text for a summary line.
fn excerpt(text: &str, lang: &str) -> String {
    const MAX: usize = 80;
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let short = if flat.chars().count() > MAX {
        let cut: String = flat.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    } else {
        flat
    };
    match wording::script(lang) {
        wording::Script::Chinese => format!("“{short}”"),
        wording::Script::Latin => format!("“{short}”"),
    }
}

// ---------------------------------------------------------------------- durations

/// A duration on one scale, in tenths of a day: a working day is 1.4 calendar days, a month
/// 30 days, a year 365; an extendable duration counts as its longest. `promptly` is shorter
/// than any stated time and the open-ended named durations longer than any.
fn tenths_of_days(d: &Duration) -> u64 {
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

// ---------------------------------------------------------------------- emitted changes

/// A change as detected, before its wording.
struct Emit {
    key: String,
    event: Event,
    kind: Option<ChangeKind>,
    path: String,
    location: Option<Location>,
    args: Vec<(&'static str, Localized)>,
    notes: Vec<Note>,
    prose: Vec<ProseDiff>,
}

impl Emit {
    fn new(key: impl Into<String>, event: Event, path: impl Into<String>) -> Emit {
        Emit {
            key: key.into(),
            event,
            kind: None,
            path: path.into(),
            location: None,
            args: Vec::new(),
            notes: Vec::new(),
            prose: Vec::new(),
        }
    }

    fn arg(mut self, name: &'static str, value: Localized) -> Emit {
        self.args.push((name, value));
        self
    }

    fn at(mut self, location: Option<Location>) -> Emit {
        self.location = location;
        self
    }

    fn kind(mut self, kind: ChangeKind) -> Emit {
        self.kind = Some(kind);
        self
    }

    fn note(mut self, note: Note) -> Emit {
        self.notes.push(note);
        self
    }
}

fn kind_of(event: Event) -> ChangeKind {
    match event {
        Event::Added
        | Event::AddedNewKind
        | Event::AddedHighRisk
        | Event::AddedNearFacts
        | Event::CaseAdded => ChangeKind::Added,
        Event::Removed
        | Event::RemovedProtection
        | Event::RemovedNearFacts
        | Event::CaseRemoved => ChangeKind::Removed,
        Event::Moved | Event::Reordered | Event::Renumbered => ChangeKind::Moved,
        _ => ChangeKind::Changed,
    }
}

/// How a text changed.
enum TextClass {
    /// Only whitespace, punctuation, case or a typo in the decisive languages.
    Typographic,
    /// Only languages that are neither authoritative nor binding.
    TranslationOnly(Vec<String>),
    Substantive,
}

struct TextChange {
    class: TextClass,
    prose: Vec<ProseDiff>,
    /// Compared languages whose text did not change while the authoritative one did.
    unchanged: Vec<String>,
}

struct Differ<'a> {
    old: Side<'a>,
    new: Side<'a>,
    /// Languages of the summaries: those of the new version.
    langs: Vec<String>,
    /// Languages compared: those both versions publish.
    common: Vec<String>,
    authoritative: String,
    /// Binding translations of either version.
    binding: BTreeSet<String>,
}

impl<'a> Differ<'a> {
    fn new(old: &'a Policy, new: &'a Policy) -> Differ<'a> {
        Differ {
            old: Side::new(old),
            new: Side::new(new),
            langs: new.languages.clone(),
            common: new
                .languages
                .iter()
                .filter(|l| old.languages.contains(l))
                .cloned()
                .collect(),
            authoritative: new.authoritative.clone(),
            binding: old.binding.iter().chain(&new.binding).cloned().collect(),
        }
    }

    fn each(&self, f: impl Fn(&str) -> String) -> Localized {
        self.langs.iter().map(|l| (l.clone(), f(l))).collect()
    }

    /// A text wholly deleted or inserted, in each language both versions publish.
    fn whole(&self, text: &Text, op: Op) -> Vec<ProseDiff> {
        self.common
            .iter()
            .filter_map(|l| text.get(l).map(|t| prose::whole_text(l, t, op)))
            .collect()
    }

    fn words(&self, en: &str, zh: &str) -> Localized {
        self.each(|l| pick(l, (en, zh)).to_string())
    }

    /// Words the change's wording fills in, then the change.
    fn change(&self, e: Emit) -> Change {
        let resolved = rules::lookup(&e.key, e.event);
        let field = e.key.split_once('.').map(|(_, f)| f.to_string());
        let summary = self.each(|lang| {
            let mut args: Vec<(&str, String)> = e
                .args
                .iter()
                .map(|(name, value)| (*name, value.get(lang).cloned().unwrap_or_default()))
                .collect();
            if let Some(field) = &field {
                args.push(("field", rules::field_label(field, lang)));
            }
            let text = fill(pick(lang, (resolved.en, resolved.zh)), &args);
            capitalise(text.trim_start_matches(": "))
        });
        Change {
            severity: resolved.verdict.severity(),
            rule: resolved.verdict.rule(),
            kind: e.kind.unwrap_or_else(|| kind_of(e.event)),
            path: e.path,
            location: e.location,
            summary,
            notes: e
                .notes
                .iter()
                .map(|n| self.each(|lang| n.text(lang)))
                .collect(),
            prose: e.prose,
        }
    }

    /// Compares a text in the languages of both versions.
    fn compare_text(&self, old: Option<&Text>, new: Option<&Text>) -> Option<TextChange> {
        let empty = Vec::new();
        let mut changed = Vec::new();
        let mut unchanged = Vec::new();
        let mut prose = Vec::new();
        let mut typographic = true;
        let mut decisive = false;
        for lang in &self.common {
            let o = old.and_then(|t| t.get(lang)).unwrap_or(&empty);
            let n = new.and_then(|t| t.get(lang)).unwrap_or(&empty);
            if o == n {
                unchanged.push(lang.clone());
                continue;
            }
            changed.push(lang.clone());
            prose.push(prose::diff_text(lang, o, n));
            // When the authoritative language is not published by both versions, no
            // language can be waved through as a mere translation.
            let decisive_lang = *lang == self.authoritative
                || self.binding.contains(lang)
                || !self.common.contains(&self.authoritative);
            if decisive_lang {
                decisive = true;
                typographic &= prose::is_typographic(o, n);
            }
        }
        if changed.is_empty() {
            return None;
        }
        let class = if !decisive {
            TextClass::TranslationOnly(changed)
        } else if typographic {
            TextClass::Typographic
        } else {
            TextClass::Substantive
        };
        let authoritative_changed = !unchanged.contains(&self.authoritative);
        Some(TextChange {
            class,
            prose,
            unchanged: if authoritative_changed {
                unchanged
            } else {
                Vec::new()
            },
        })
    }

    /// The change for changed prose: typographic, translation only, or reworded (flagged
    /// for review where the place states facts under a rule).
    fn prose_change(
        &self,
        key: &str,
        path: String,
        change: TextChange,
        subjects: &BTreeSet<Rule>,
        what: Localized,
    ) -> Emit {
        let mut langs = Vec::new();
        let (event, notes) = match change.class {
            TextClass::Typographic => (Event::Typographic, vec![]),
            TextClass::TranslationOnly(changed) => {
                langs = changed.clone();
                (
                    Event::TranslationOnly,
                    vec![Note::TranslationOnly {
                        langs: changed,
                        authoritative: self.authoritative.clone(),
                    }],
                )
            }
            TextClass::Substantive if subjects.is_empty() => (Event::Reworded, vec![]),
            TextClass::Substantive => (
                Event::RewordedNearFacts,
                vec![Note::Review {
                    subjects: subjects.iter().copied().collect(),
                }],
            ),
        };
        let mut emit = Emit::new(key, event, path)
            .arg("what", what)
            .arg("subjects", self.subject_words(subjects))
            .arg(
                "lang",
                self.each(|l| {
                    wording::join(
                        &langs
                            .iter()
                            .map(|t| rules::language_name(t, l))
                            .collect::<Vec<_>>(),
                        l,
                    )
                }),
            );
        emit.notes = notes;
        if !change.unchanged.is_empty()
            && matches!(event, Event::Reworded | Event::RewordedNearFacts)
        {
            emit.notes.push(Note::TranslationUnchanged {
                langs: change.unchanged,
            });
        }
        emit.prose = change.prose;
        emit
    }

    fn subject_words(&self, subjects: &BTreeSet<Rule>) -> Localized {
        self.each(|l| {
            wording::join(
                &subjects
                    .iter()
                    .map(|r| r.subject(l).to_string())
                    .collect::<Vec<_>>(),
                l,
            )
        })
    }

    // ------------------------------------------------------------------ the header

    fn header(&self) -> Vec<Emit> {
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
                self.words("the title of the policy", "政策标题"),
            ));
        }
        let names = |tags: &[&String], l: &str| {
            wording::join(
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
        // (English, Chinese, old, new, is a date)
        let dates = [
            ("version", "版本", &old.version, &new.version, false),
            (
                "released",
                "发布日期",
                &old.dates.released,
                &new.dates.released,
                true,
            ),
            (
                "updated",
                "更新日期",
                &old.dates.updated,
                &new.dates.updated,
                true,
            ),
            (
                "effective",
                "生效日期",
                &old.dates.effective,
                &new.dates.effective,
                true,
            ),
        ];
        let changed: Vec<_> = dates.into_iter().filter(|(_, _, o, n, _)| o != n).collect();
        if !changed.is_empty() {
            let what = self.each(|l| {
                changed
                    .iter()
                    .map(|(en, zh, o, n, is_date)| {
                        let (o, n) = if *is_date {
                            (wording::date(o, l), wording::date(n, l))
                        } else {
                            (o.to_string(), n.to_string())
                        };
                        format!("{} {o} → {n}", pick(l, (en, zh)))
                    })
                    .collect::<Vec<_>>()
                    .join(pick(l, ("; ", "；")))
            });
            out.push(Emit::new("policy.dates", Event::Changed, "dates").arg("what", what));
        }
        if old.numbering != new.numbering {
            let show = |markers: &[crate::model::Marker], l: &str| {
                if markers.is_empty() {
                    pick(l, ("none", "无")).to_string()
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
                            format!("“{sample}”")
                        })
                        .collect::<Vec<_>>()
                        .join(pick(l, (", ", "、")))
                }
            };
            out.push(
                Emit::new("policy.numbering", Event::Changed, "numbering")
                    .arg("old", self.each(|l| show(&old.numbering, l)))
                    .arg("new", self.each(|l| show(&new.numbering, l))),
            );
        }
        let to_value = |d: &Option<Duration>| {
            d.as_ref()
                .and_then(|d| serde_json::to_value(d).ok())
                .unwrap_or(Value::Null)
        };
        let (o, n) = (to_value(&old.notice_period), to_value(&new.notice_period));
        if o != n {
            let fact = self.words("The policy", "本政策");
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

    // ------------------------------------------------------------------ vocabulary

    fn vocabulary(&self) -> Vec<Emit> {
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
                                    self.each(|l| quoted(&text_in(&o, l, &old.authoritative))),
                                )
                                .arg(
                                    "new",
                                    self.each(|l| quoted(&text_in(&n, l, &new.authoritative))),
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
                                fill(
                                    pick(l, ("label of the term {id}", "术语{id}的标签")),
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

    fn facts(&self) -> Vec<Emit> {
        let mut out = Vec::new();
        // Removed facts first, in the old order; then, in the new order, added and changed.
        for fact in &self.old.facts {
            if self.new.fact(fact.kind, &fact.id).is_none() {
                out.push(self.fact_removed(fact));
            }
        }
        for fact in &self.new.facts {
            match self.old.fact(fact.kind, &fact.id) {
                None => out.push(self.fact_added(fact)),
                Some(old) if old.fields != fact.fields => out.extend(self.fact_changed(old, fact)),
                Some(_) => {}
            }
        }
        out.extend(self.fact_reorders());
        out
    }

    fn fact_path(fact: &Fact) -> String {
        format!("{}/{}", fact.list, fact.id)
    }

    /// How a fact is named in a sentence.
    fn fact_name(&self, side: &Side, fact: &Fact, lang: &str) -> String {
        let f = &fact.fields;
        let auth = &side.policy.authoritative;
        let text = |key: &str| {
            f.get(key)
                .and_then(text_value)
                .map(|t| text_in(&t, lang, auth))
        };
        let terms = |key: &str, kind: &str| -> String {
            let ids = strings(f.get(key));
            wording::join(
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
            pick(lang, (" (", "（")).to_string() + &names + pick(lang, (")", "）"))
        };
        let id = &fact.id;
        match fact.kind {
            FactKind::Controller | FactKind::Service => text("name").unwrap_or_else(|| id.clone()),
            FactKind::Jurisdiction => text("name").unwrap_or_else(|| terms("regions", "region")),
            FactKind::Collect => text("name").unwrap_or_else(|| id.clone()),
            FactKind::Purpose => kind_label("purpose"),
            FactKind::Recipient => kind_label("recipient"),
            FactKind::Right => {
                let label = kind_label("right");
                let name = match wording::script(lang) {
                    wording::Script::Chinese if label.ends_with('权') || label.ends_with("权利") => {
                        label
                    }
                    wording::Script::Chinese => format!("{label}的权利"),
                    wording::Script::Latin => format!("the right of {label}"),
                };
                name + &scope()
            }
            FactKind::Requests => {
                pick(lang, ("handling of requests", "请求的处理")).to_string() + &scope()
            }
            FactKind::Transfer => fill(
                pick(lang, ("transfer to {to}", "向{to}传输")),
                &[("to", terms("to", "region"))],
            ),
            FactKind::Storage => fill(
                pick(lang, ("storage in {at}", "存储于{at}")),
                &[("at", terms("location", "region"))],
            ),
            FactKind::Minors => {
                let age = f.get("age").map(|v| v.to_string()).unwrap_or_default();
                fill(
                    pick(lang, ("minors under {age}", "未满{age}周岁的未成年人")),
                    &[("age", age)],
                )
            }
            FactKind::Contact => text("department")
                .or_else(|| text("officer"))
                .unwrap_or_else(|| {
                    fill(
                        pick(lang, ("contact point `{id}`", "联系渠道`{id}`")),
                        &[("id", id.clone())],
                    )
                }),
            FactKind::Consent => fill(
                pick(lang, ("consent rule `{id}`", "同意规则`{id}`")),
                &[("id", id.clone())],
            ),
            FactKind::Security => fill(
                pick(lang, ("security measures `{id}`", "安全措施`{id}`")),
                &[("id", id.clone())],
            ),
            FactKind::Incident => pick(lang, ("incident notification", "安全事件告知")).to_string(),
            FactKind::Retention => pick(
                lang,
                ("retention of personal information", "个人信息的保存"),
            )
            .to_string(),
            FactKind::Cookies => pick(lang, ("cookies", "Cookie")).to_string(),
            FactKind::Changes => pick(lang, ("the promise about changes", "变更承诺")).to_string(),
            FactKind::Assessment => fill(
                pick(lang, ("impact assessment `{id}`", "影响评估`{id}`")),
                &[("id", id.clone())],
            ),
            FactKind::Term => id.clone(),
        }
    }

    fn jurisdiction_names(&self, side: &Side, ids: &[String], lang: &str) -> String {
        if ids.is_empty() {
            return pick(lang, ("everywhere", "所有地区")).to_string();
        }
        let names: Vec<String> = ids
            .iter()
            .map(|id| match side.fact(FactKind::Jurisdiction, id) {
                Some(j) => self.fact_name(side, j, lang),
                None => id.clone(),
            })
            .collect();
        wording::join_or(&names, lang)
    }

    fn fact_location(&self, side: &Side, fact: &Fact) -> Option<Location> {
        side.location(fact.section.as_deref(), &self.langs)
    }

    fn fact_added(&self, fact: &Fact) -> Emit {
        let event = match fact.kind {
            FactKind::Recipient => {
                let kind = str_field(&fact.fields, "kind");
                let known =
                    self.old.facts.iter().any(|f| {
                        f.kind == FactKind::Recipient && str_field(&f.fields, "kind") == kind
                    });
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

    fn fact_removed(&self, fact: &Fact) -> Emit {
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
        let same_kind = |other: &Fact| {
            other.kind == fact.kind && str_field(&other.fields, "kind") == str_field(f, "kind")
        };
        if let Some(twin) = self
            .new
            .facts
            .iter()
            .find(|n| same_kind(n) && self.old.fact(n.kind, &n.id).is_none())
        {
            emit = emit.note(Note::PossibleRename {
                id: twin.id.clone(),
            });
        }
        emit
    }

    /// The data items of a collection, for "New collection ...: NAME (ITEMS)".
    fn fact_items(&self, side: &Side, fact: &Fact, lang: &str) -> String {
        self.terms_label(side, "data", &strings(fact.fields.get("items")), lang)
    }

    fn terms_label(&self, side: &Side, kind: &str, ids: &[String], lang: &str) -> String {
        wording::join(
            &ids.iter()
                .map(|id| self.label_either(side, kind, id, lang))
                .collect::<Vec<_>>(),
            lang,
        )
    }

    /// A label from the given side, else from the other one (a term only one version uses).
    fn label_either(&self, side: &Side, kind: &str, id: &str, lang: &str) -> String {
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

    fn fact_changed(&self, old: &Fact, new: &Fact) -> Vec<Emit> {
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
                                fill(
                                    pick(l, ("text of {fact}", "{fact}的文本")),
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
        if new.kind == FactKind::Contact {
            out.extend(self.contact_withdrawals(old, new, &fact_name, location.clone()));
        }
        out
    }

    /// Where a fact stands, for "moved from ... to ...".
    fn place(&self, side: &Side, section: Option<&str>, lang: &str) -> String {
        match section {
            Some(id) => side.heading(id, lang),
            None => pick(lang, ("the top of the policy", "政策开头")).to_string(),
        }
    }

    /// Facts that changed order within their section.
    fn fact_reorders(&self) -> Vec<Emit> {
        let mut out = Vec::new();
        for (section, new_ids) in &self.new.fact_order {
            let Some(old_ids) = self.old.fact_order.get(section) else {
                continue;
            };
            let common_new: Vec<&str> = new_ids
                .iter()
                .copied()
                .filter(|id| old_ids.contains(id))
                .collect();
            let common_old: Vec<&str> = old_ids
                .iter()
                .copied()
                .filter(|id| new_ids.contains(id))
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

    fn scope_change(&self, key: &str, path: &str, o: &Value, n: &Value) -> Vec<Emit> {
        let (o, n) = (strings(Some(o)), strings(Some(n)));
        let narrowed =
            (o.is_empty() && !n.is_empty()) || o.iter().any(|j| !n.is_empty() && !n.contains(j));
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
    fn channel_kinds(&self, side: &Side, channels: &Value) -> BTreeSet<String> {
        let mut kinds = BTreeSet::new();
        for channel in channels.as_array().into_iter().flatten() {
            if let Some(term) = channel.get("channel").and_then(Value::as_str) {
                kinds.insert(term.to_string());
            } else if let Some(contact) = channel.get("contact").and_then(Value::as_str) {
                if let Some(c) = side.fact(FactKind::Contact, contact) {
                    kinds.extend(contact_means(&c.fields));
                }
            }
        }
        kinds
    }

    fn channel_label(&self, side: &Side, channel: &Value, lang: &str) -> String {
        if let Some(term) = channel.get("channel").and_then(Value::as_str) {
            self.label_either(side, "channel", term, lang)
        } else if let Some(contact) = channel.get("contact").and_then(Value::as_str) {
            match side.fact(FactKind::Contact, contact) {
                Some(c) => self.fact_name(side, c, lang),
                None => contact.to_string(),
            }
        } else {
            channel.to_string()
        }
    }

    fn means_label(&self, kinds: &BTreeSet<String>, lang: &str) -> String {
        let labels: Vec<String> = kinds
            .iter()
            .map(|k| match k.as_str() {
                "url" => pick(lang, ("the website", "网站")).to_string(),
                other => self.label_either(&self.new, "channel", other, lang),
            })
            .collect();
        wording::join_or(&labels, lang)
    }

    fn channel_change(&self, key: &str, path: &str, o: &Value, n: &Value) -> Vec<Emit> {
        let list = |v: &Value| v.as_array().cloned().unwrap_or_default();
        let (ol, nl) = (list(o), list(n));
        let removed: Vec<&Value> = ol.iter().filter(|c| !nl.contains(c)).collect();
        let added: Vec<&Value> = nl.iter().filter(|c| !ol.contains(c)).collect();
        let show = |side: &Side, items: &[&Value], l: &str| {
            wording::join(
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
    fn contact_withdrawals(
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
                    cs.iter()
                        .any(|c| c.get("contact").and_then(Value::as_str) == Some(old.id.as_str()))
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
        vec![
            Emit::new("contact", Event::ChannelWithdrawn, Self::fact_path(new))
                .at(location)
                .kind(ChangeKind::Changed)
                .arg("fact", fact.clone())
                .arg("what", self.each(|l| self.means_label(&lost, l)))
                .arg(
                    "rights",
                    self.each(|l| {
                        wording::join(
                            &affected
                                .iter()
                                .map(|f| self.fact_name(&self.new, f, l))
                                .collect::<Vec<_>>(),
                            l,
                        )
                    }),
                ),
        ]
    }

    fn duration_change(
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
            None => pick(l, ("none", "无")).to_string(),
        };
        let event = match (&od, &nd) {
            (None, Some(_)) => Event::Set,
            (Some(_), None) => Event::Unset,
            (Some(a), Some(b)) => match tenths_of_days(a).cmp(&tenths_of_days(b)) {
                std::cmp::Ordering::Less => Event::Lengthened,
                std::cmp::Ordering::Greater => Event::Shortened,
                std::cmp::Ordering::Equal => Event::Restated,
            },
            (None, None) => Event::Changed,
        };
        vec![Emit::new(key, event, path)
            .arg("fact", fact.clone())
            .arg("old", self.each(|l| show(&od, l)))
            .arg("new", self.each(|l| show(&nd, l)))]
    }

    fn cases_change(
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
                wording::join(
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
                            fill(
                                pick(l, ("case `{id}` of {fact}", "{fact}的情形`{id}`")),
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
        if common_old != common_new {
            out.push(Emit::new(key, Event::Reordered, path).arg(
                "fact",
                self.each(|l| {
                    format!(
                        "{}{}{}",
                        fact.get(l).cloned().unwrap_or_default(),
                        pick(l, (": ", "：")),
                        rules::field_label(key.split_once('.').map_or(key, |(_, f)| f), l)
                    )
                }),
            ));
        }
        if let (Some(a), Some(b)) = (&ol, &nl) {
            if a.marker != b.marker {
                out.push(
                    Emit::new("list.marker", Event::Changed, path)
                        .arg("old", self.each(|_| format!("“{}”", a.marker.sample())))
                        .arg("new", self.each(|_| format!("“{}”", b.marker.sample()))),
                );
            }
        }
        out
    }

    /// Items added to or removed from a list of values, each value already in words.
    fn list_change(
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
            wording::join(
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
    fn value_change(
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
                            format!(
                                "{}{}{}",
                                fact.get(l).cloned().unwrap_or_default(),
                                pick(l, (": ", "：")),
                                rules::field_label(field, l)
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
    fn show_value(&self, v: &Value, lang: &str) -> String {
        match v {
            Value::Null => pick(lang, ("none", "无")).to_string(),
            Value::Bool(b) => rules::value_label(&b.to_string(), lang),
            Value::Number(n) => n.to_string(),
            Value::String(s) => rules::value_label(s, lang),
            Value::Object(map) if map.contains_key("missing") => {
                pick(lang, ("not stated", "未载明")).to_string()
            }
            Value::Object(_) => match text_value(v) {
                Some(t) => quoted(&text_in(&t, lang, &self.authoritative)),
                None => v.to_string(),
            },
            Value::Array(items) => wording::join(
                &items
                    .iter()
                    .map(|i| self.show_value(i, lang))
                    .collect::<Vec<_>>(),
                lang,
            ),
        }
    }

    // ------------------------------------------------------------------ sections

    fn sections(&self) -> Vec<Emit> {
        let mut out = Vec::new();
        for id in &self.old.section_order {
            if self.new.sections.contains_key(id) {
                continue;
            }
            let parent = self.old.sections[id].parent;
            // Only the outermost removed section is reported: it takes its subsections along.
            if parent.is_some_and(|p| !self.new.sections.contains_key(p)) {
                continue;
            }
            out.push(self.section_added_or_removed(&self.old, id, false));
        }
        for id in &self.new.section_order {
            let info = &self.new.sections[id];
            let Some(before) = self.old.sections.get(id) else {
                if info
                    .parent
                    .is_some_and(|p| !self.old.sections.contains_key(p))
                {
                    continue;
                }
                out.push(self.section_added_or_removed(&self.new, id, true));
                continue;
            };
            out.extend(self.section_changed(id, before, info));
        }
        out
    }

    fn section_added_or_removed(&self, side: &Side, id: &str, added: bool) -> Emit {
        let subjects = side.subjects_at(Some(id));
        let event = match (added, subjects.is_empty()) {
            (true, true) => Event::Added,
            (true, false) => Event::AddedNearFacts,
            (false, true) => Event::Removed,
            (false, false) => Event::RemovedNearFacts,
        };
        let parent = side.sections.get(id).and_then(|s| s.parent);
        let mut emit = Emit::new("section", event, format!("section:{id}"))
            .at(side.location(parent, &self.langs))
            .arg("fact", self.each(|l| side.heading_one(id, l)))
            .arg("subjects", self.subject_words(&subjects));
        if !subjects.is_empty() {
            emit = emit.note(Note::Review {
                subjects: subjects.into_iter().collect(),
            });
        }
        emit
    }

    fn section_changed(&self, id: &str, before: &SecInfo, now: &SecInfo) -> Vec<Emit> {
        let mut out = Vec::new();
        let path = format!("section:{id}");
        let location = self.new.location(Some(id), &self.langs);
        let title = self.each(|l| quoted(&self.new.title(id, l)));
        let subjects = self.new.subjects_at(Some(id));
        if let Some(change) =
            self.compare_text(before.section.title.as_ref(), now.section.title.as_ref())
        {
            let what = self.each(|l| pick(l, ("section title", "章节标题")).to_string());
            out.push(
                self.prose_change(
                    "section.title",
                    format!("{path}/title"),
                    change,
                    &subjects,
                    what,
                )
                .at(location.clone()),
            );
        }
        let number = |n: &Option<String>, l: &str| {
            n.clone()
                .unwrap_or_else(|| pick(l, ("unnumbered", "无编号")).to_string())
        };
        let moved_parent = before.parent != now.parent;
        let reordered = !moved_parent && {
            let siblings = |side: &Side, parent: Option<&str>, other: &Side| -> Vec<String> {
                side.children
                    .get(&parent)
                    .into_iter()
                    .flatten()
                    .filter(|s| other.sections.get(**s).is_some_and(|o| o.parent == parent))
                    .map(|s| s.to_string())
                    .collect()
            };
            let old_order = siblings(&self.old, before.parent, &self.new);
            let new_order = siblings(&self.new, now.parent, &self.old);
            let o: Vec<&str> = old_order.iter().map(String::as_str).collect();
            let n: Vec<&str> = new_order.iter().map(String::as_str).collect();
            out_of_order(&o, &n).contains(&id)
        };
        let renumbered = before.section.number.is_some()
            && now.section.number.is_some()
            && before.section.number != now.section.number
            && before.ordinal != now.ordinal;
        if moved_parent {
            let place = |side: &Side, parent: Option<&str>, l: &str| match parent {
                Some(p) => fill(
                    pick(l, ("under {p}", "{p}之下")),
                    &[("p", side.heading(p, l))],
                ),
                None => pick(l, ("the top level", "顶层")).to_string(),
            };
            out.push(
                Emit::new("section", Event::Moved, path.clone())
                    .at(location.clone())
                    .arg("fact", title.clone())
                    .arg("old", self.each(|l| place(&self.old, before.parent, l)))
                    .arg("new", self.each(|l| place(&self.new, now.parent, l))),
            );
        } else if reordered || renumbered {
            let event = if reordered {
                Event::Moved
            } else {
                Event::Renumbered
            };
            out.push(
                Emit::new("section", event, path.clone())
                    .at(location.clone())
                    .arg("fact", title.clone())
                    .arg("old", self.each(|l| number(&before.section.number, l)))
                    .arg("new", self.each(|l| number(&now.section.number, l))),
            );
        } else if before.section.number.is_some() != now.section.number.is_some()
            && self.old.policy.numbering == self.new.policy.numbering
        {
            // (A change of the policy's numbering, reported once, numbers or unnumbers
            // whole levels; only a section's own `unnumbered` is reported here.)
            out.push(
                Emit::new("section.number", Event::Changed, path.clone())
                    .at(location.clone())
                    .arg("fact", title.clone())
                    .arg("old", self.each(|l| number(&before.section.number, l)))
                    .arg("new", self.each(|l| number(&now.section.number, l))),
            );
        }
        out
    }

    // ------------------------------------------------------------------ prose

    fn body(&self) -> Vec<Emit> {
        let mut out = Vec::new();
        self.container(
            &self.old.policy.body,
            &self.new.policy.body,
            "body",
            None,
            &mut out,
        );
        for id in &self.new.section_order {
            if let (Some(before), Some(now)) =
                (self.old.sections.get(id), self.new.sections.get(id))
            {
                self.container(
                    &before.section.body,
                    &now.section.body,
                    &format!("section:{id}"),
                    Some(id),
                    &mut out,
                );
            }
        }
        out
    }

    /// The paragraphs and lists directly in a section (or the preamble, or a list item),
    /// aligned by equal content first and then by position.
    fn container(
        &self,
        old: &[Block],
        new: &[Block],
        path: &str,
        section: Option<&str>,
        out: &mut Vec<Emit>,
    ) {
        let (old_blocks, new_blocks) = (prose_blocks(old), prose_blocks(new));
        let index = |blocks: &[&Block], i: usize| -> usize {
            let is_para = matches!(blocks[i], Block::Paragraph { .. });
            blocks[..=i]
                .iter()
                .filter(|b| matches!(b, Block::Paragraph { .. }) == is_para)
                .count()
        };
        let block_path = |blocks: &[&Block], i: usize| match blocks[i] {
            Block::Paragraph { .. } => format!("{path}/p[{}]", index(blocks, i)),
            _ => format!("{path}/list[{}]", index(blocks, i)),
        };
        let keys =
            |blocks: &[&Block]| -> Vec<String> { blocks.iter().map(|b| self.key(b)).collect() };
        let (ok, nk) = (keys(&old_blocks), keys(&new_blocks));
        for (olds, news) in unmatched_runs(&ok, &nk) {
            let mut pairs = Vec::new();
            let mut lone_old = Vec::new();
            let mut lone_new: Vec<usize> = news.clone();
            for &i in &olds {
                let same_type = |j: &usize| {
                    std::mem::discriminant(old_blocks[i]) == std::mem::discriminant(new_blocks[*j])
                };
                match lone_new.iter().position(same_type) {
                    Some(p) => pairs.push((i, lone_new.remove(p))),
                    None => lone_old.push(i),
                }
            }
            for i in lone_old {
                out.extend(self.block_added_or_removed(
                    &self.old,
                    old_blocks[i],
                    block_path(&old_blocks, i),
                    section,
                    false,
                ));
            }
            for (i, j) in pairs {
                let p = block_path(&new_blocks, j);
                match (old_blocks[i], new_blocks[j]) {
                    (Block::Paragraph { text: a }, Block::Paragraph { text: b }) => {
                        if let Some(change) = self.compare_text(Some(a), Some(b)) {
                            let n = index(&new_blocks, j);
                            let what = self.each(|l| {
                                fill(
                                    pick(l, ("paragraph {n}", "第{n}段")),
                                    &[("n", n.to_string())],
                                )
                            });
                            out.push(
                                self.prose_change(
                                    "prose",
                                    p,
                                    change,
                                    &self.new.subjects_at(section),
                                    what,
                                )
                                .at(self.new.location(section, &self.langs)),
                            );
                        }
                    }
                    (
                        Block::List {
                            marker: ma,
                            items: ia,
                        },
                        Block::List {
                            marker: mb,
                            items: ib,
                        },
                    ) => {
                        if ma != mb {
                            out.push(
                                Emit::new("list.marker", Event::Changed, p.clone())
                                    .at(self.new.location(section, &self.langs))
                                    .arg("old", self.each(|_| format!("“{}”", ma.sample())))
                                    .arg("new", self.each(|_| format!("“{}”", mb.sample()))),
                            );
                        }
                        self.items(ia, ib, &p, section, out);
                    }
                    _ => {}
                }
            }
            for j in lone_new {
                out.extend(self.block_added_or_removed(
                    &self.new,
                    new_blocks[j],
                    block_path(&new_blocks, j),
                    section,
                    true,
                ));
            }
        }
    }

    /// The items of two paired lists, aligned like paragraphs.
    fn items(
        &self,
        old: &[Item],
        new: &[Item],
        path: &str,
        section: Option<&str>,
        out: &mut Vec<Emit>,
    ) {
        let key = |i: &Item| serde_json::to_string(i).unwrap_or_default();
        let ok: Vec<String> = old.iter().map(key).collect();
        let nk: Vec<String> = new.iter().map(key).collect();
        for (olds, news) in unmatched_runs(&ok, &nk) {
            let is_prose = |i: &Item| matches!(i, Item::Item { .. });
            let olds: Vec<usize> = olds.into_iter().filter(|i| is_prose(&old[*i])).collect();
            let news: Vec<usize> = news.into_iter().filter(|j| is_prose(&new[*j])).collect();
            let paired = olds.len().min(news.len());
            for (&i, &j) in olds.iter().zip(&news) {
                let (Item::Item { text: ta, body: ba }, Item::Item { text: tb, body: bb }) =
                    (&old[i], &new[j])
                else {
                    continue;
                };
                let p = format!("{path}/item[{}]", j + 1);
                if let Some(change) = self.compare_text(ta.as_ref(), tb.as_ref()) {
                    let what = self.each(|l| {
                        fill(
                            pick(l, ("list item {n}", "列表第{n}项")),
                            &[("n", (j + 1).to_string())],
                        )
                    });
                    out.push(
                        self.prose_change(
                            "prose",
                            p.clone(),
                            change,
                            &self.new.subjects_at(section),
                            what,
                        )
                        .at(self.new.location(section, &self.langs)),
                    );
                }
                self.container(ba, bb, &p, section, out);
            }
            for &i in &olds[paired..] {
                out.extend(self.item_added_or_removed(
                    &self.old,
                    &old[i],
                    format!("{path}/item[{}]", i + 1),
                    section,
                    false,
                ));
            }
            for &j in &news[paired..] {
                out.extend(self.item_added_or_removed(
                    &self.new,
                    &new[j],
                    format!("{path}/item[{}]", j + 1),
                    section,
                    true,
                ));
            }
        }
    }

    /// A key that is equal for equal blocks. (When a language is added, every block differs
    /// by key; the blocks are then paired by position and compared in the common languages
    /// only, so the new language is reported once, in the header.)
    fn key(&self, block: &Block) -> String {
        serde_json::to_string(block).unwrap_or_default()
    }

    fn block_added_or_removed(
        &self,
        side: &Side,
        block: &Block,
        path: String,
        section: Option<&str>,
        added: bool,
    ) -> Option<Emit> {
        match block {
            Block::Paragraph { text } => {
                Some(self.prose_added_or_removed(side, Some(text), path, section, added))
            }
            Block::List { items, .. } => {
                let first = items.iter().find_map(|i| match i {
                    Item::Item { text: Some(t), .. } => Some(t),
                    _ => None,
                });
                let has_prose = items.iter().any(|i| matches!(i, Item::Item { .. }));
                // A list of facts only: the facts are reported themselves.
                has_prose.then(|| self.prose_added_or_removed(side, first, path, section, added))
            }
            _ => None,
        }
    }

    fn item_added_or_removed(
        &self,
        side: &Side,
        item: &Item,
        path: String,
        section: Option<&str>,
        added: bool,
    ) -> Option<Emit> {
        match item {
            Item::Item { text, body } => {
                let text = text.as_ref().or_else(|| {
                    body.iter().find_map(|b| match b {
                        Block::Paragraph { text } => Some(text),
                        _ => None,
                    })
                });
                Some(self.prose_added_or_removed(side, text, path, section, added))
            }
            Item::Fact { .. } => None,
        }
    }

    fn prose_added_or_removed(
        &self,
        side: &Side,
        text: Option<&Text>,
        path: String,
        section: Option<&str>,
        added: bool,
    ) -> Emit {
        let subjects = side.subjects_at(section);
        let event = match (added, subjects.is_empty()) {
            (true, true) => Event::Added,
            (true, false) => Event::AddedNearFacts,
            (false, true) => Event::Removed,
            (false, false) => Event::RemovedNearFacts,
        };
        let op = if added { Op::Insert } else { Op::Delete };
        let mut emit = Emit::new("prose", event, path)
            .at(side.location(section, &self.langs))
            .arg(
                "what",
                self.each(|l| match text {
                    Some(t) => excerpt(&text_in(t, l, &side.policy.authoritative), l),
                    None => pick(l, ("a list", "一个列表")).to_string(),
                }),
            )
            .arg("subjects", self.subject_words(&subjects));
        if let Some(t) = text {
            emit.prose = self.whole(t, op);
        }
        if !subjects.is_empty() {
            emit = emit.note(Note::Review {
                subjects: subjects.into_iter().collect(),
            });
        }
        emit
    }
}

// ---------------------------------------------------------------------- helpers

/// The order of values that have one, in the user's favour: a higher protected age, optional
/// data, "do not track" honoured (absent counts as ignored), a higher risk.
fn rank(field: &str, v: &Value) -> Option<i64> {
    match (field, v) {
        ("age", Value::Number(n)) => n.as_i64(),
        ("necessity", Value::String(s)) => match s.as_str() {
            "necessary" => Some(0),
            "optional" => Some(1),
            _ => None,
        },
        ("do-not-track", Value::Null) => Some(0),
        ("do-not-track", Value::String(s)) => Some(i64::from(s == "honored")),
        ("risk", Value::String(s)) => match s.as_str() {
            "low" => Some(0),
            "medium" => Some(1),
            "high" => Some(2),
            _ => None,
        },
        _ => None,
    }
}

/// The term kind of a field holding terms, for their labels.
fn term_kind_of(kind: FactKind, field: &str) -> Option<&'static str> {
    Some(match field {
        "items" => "data",
        "purposes" => "purpose",
        "measures" => "measure",
        "notify" | "refuse" | "channels" => "channel",
        "to" | "from" | "location" | "regions" => "region",
        "kind" => match kind {
            FactKind::Recipient => "recipient",
            FactKind::Right => "right",
            FactKind::Purpose => "purpose",
            _ => return None,
        },
        _ => return None,
    })
}

/// What the labels of a kind of term are about, for the review note.
fn term_subjects(kind: &str) -> BTreeSet<Rule> {
    match kind {
        "data" | "purpose" | "basis" => [Rule::ServiceModel].into(),
        "recipient" | "region" => [Rule::Recipients].into(),
        "right" | "channel" => [Rule::Rights].into(),
        _ => BTreeSet::new(),
    }
}

/// The ways a contact point can be reached.
fn contact_means(fields: &Map<String, Value>) -> BTreeSet<String> {
    let mut means = BTreeSet::new();
    for (field, kind) in [
        ("email", "email"),
        ("phone", "phone"),
        ("address", "letter"),
        ("url", "url"),
    ] {
        if let Some(v) = fields.get(field) {
            if !is_missing(v) {
                means.insert(kind.to_string());
            }
        }
    }
    means.extend(strings(fields.get("channels")));
    means
}

fn is_missing(v: &Value) -> bool {
    matches!(v, Value::Object(map) if map.contains_key("missing"))
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn json<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn quoted(s: &str) -> String {
    format!("“{s}”")
}

/// A summary starts with a capital when it starts with an ordinary word ("right of access"),
/// never when it starts with an address or an identifier ("info@example.com", `info`).
fn capitalise(s: &str) -> String {
    let first_word = s.split([' ', ':']).next().unwrap_or_default();
    if !first_word.chars().all(|c| c.is_ascii_lowercase()) {
        return s.to_string();
    }
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The paragraphs and lists of a body, in order.
fn prose_blocks(blocks: &[Block]) -> Vec<&Block> {
    blocks
        .iter()
        .filter(|b| matches!(b, Block::Paragraph { .. } | Block::List { .. }))
        .collect()
}

/// Legal bases in words, keyed by their JSON.
fn bases(d: &Differ, side: &Side, v: &Value) -> Vec<(String, Localized)> {
    v.as_array()
        .into_iter()
        .flatten()
        .map(|b| {
            let basis = b.get("basis").and_then(Value::as_str).unwrap_or_default();
            let where_ = strings(b.get("jurisdictions"));
            let words = d.each(|l| {
                let label = d.label_either(side, "basis", basis, l);
                if where_.is_empty() {
                    label
                } else {
                    format!(
                        "{label}{}{}{}",
                        pick(l, (" (", "（")),
                        d.jurisdiction_names(side, &where_, l),
                        pick(l, (")", "）"))
                    )
                }
            });
            (b.to_string(), words)
        })
        .collect()
}

/// The elements of `new` (all also in `old`) that are not in the longest common order of the
/// two: the ones that moved.
fn out_of_order<'x>(old: &[&'x str], new: &[&'x str]) -> Vec<&'x str> {
    if old == new {
        return Vec::new();
    }
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, old, new);
    let mut moved = Vec::new();
    for op in ops {
        let (tag, _, new_range) = op.as_tag_tuple();
        if tag != similar::DiffTag::Equal {
            moved.extend(new[new_range].iter().copied());
        }
    }
    moved
}

/// The runs of two sequences that are not equal, as (old indices, new indices).
fn unmatched_runs(old: &[String], new: &[String]) -> Vec<(Vec<usize>, Vec<usize>)> {
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, old, new);
    let mut runs: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    let mut current: Option<(Vec<usize>, Vec<usize>)> = None;
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal {
            runs.extend(current.take());
            continue;
        }
        let run = current.get_or_insert_with(Default::default);
        run.0.extend(o);
        run.1.extend(n);
    }
    runs.extend(current);
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_list_of_the_model_is_compared() {
        let Value::Object(lists) = serde_json::to_value(crate::model::Facts::default()).unwrap()
        else {
            panic!("facts serialise as an object");
        };
        let known: Vec<&str> = FACT_LISTS.iter().map(|(l, _)| *l).collect();
        for key in lists.keys() {
            assert!(
                known.contains(&key.as_str()),
                "fact list `{key}` is not diffed"
            );
        }
    }

    #[test]
    fn durations_on_one_scale() {
        let month_ext = tenths_of_days(&Duration::of(1, Unit::Months, Some((2, Unit::Months))));
        assert_eq!(
            month_ext,
            tenths_of_days(&Duration::of(3, Unit::Months, None))
        );
        assert!(
            tenths_of_days(&Duration::of(15, Unit::WorkingDays, None))
                < tenths_of_days(&Duration::of(30, Unit::Days, None))
        );
        assert!(
            tenths_of_days(&Duration::of(15, Unit::WorkingDays, None))
                > tenths_of_days(&Duration::of(20, Unit::Days, None))
        );
        assert_eq!(
            tenths_of_days(&Duration::of(1, Unit::Months, None)),
            tenths_of_days(&Duration::of(30, Unit::Days, None))
        );
    }

    #[test]
    fn moved_elements_are_those_out_of_the_common_order() {
        // Swapping two neighbours moves one of them.
        assert_eq!(out_of_order(&["a", "b", "c"], &["a", "c", "b"]).len(), 1);
        assert_eq!(
            out_of_order(&["a", "b", "c", "d"], &["d", "a", "b", "c"]),
            vec!["d"]
        );
        assert!(out_of_order(&["a", "b"], &["a", "b"]).is_empty());
    }
}
