//! Diff: two versions of a policy's typed model -> a [`Diff`], by [`diff()`]: every change, each classified
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
//! `right.respond-within`); [`rules::TABLE`] decides what it means. The walk is split by what
//! it compares: [`side`] indexes each version, [`header`] the header and vocabulary, [`facts`]
//! and [`fields`] the facts, [`document`] the sections and their prose; [`output`] writes the
//! result for people, JSON and Markdown.

pub mod consent;
pub mod decisions;
mod document;
pub mod evidence;
mod facts;
mod fields;
mod header;
pub mod output;
mod parties;
mod prose;
mod rules;
mod side;
mod table;

use side::{excerpt, str_field, tenths_of_days, text_in, text_value, Fact, SecInfo, Side};

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::locale;
use crate::model::wording;
use crate::model::{
    Block, CaseList, Duration, FactKind, Inline, Item, Policy, Section, Text, Unit,
};
use evidence::{Analyser, Evidence, Found};
pub use prose::{Op, ProseDiff, Segment};
use rules::{Event, Note};
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
    /// The laws whose consent rules the new version's jurisdictions select
    /// ([`consent::laws`]).
    pub laws: Vec<consent::Law>,
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
    /// The release date (YYYY-MM-DD).
    pub released: String,
    /// The date the version takes effect (YYYY-MM-DD).
    pub effective: String,
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
    /// Whether the change was found in the structured facts or in the prose.
    pub basis: Basis,
    /// For prose: what its changed words (or its place) say about a rule's subject.
    pub evidence: Vec<Evidence>,
    /// For prose: the stable key of the change ([`decisions::key`]), which a review decision
    /// names.
    pub key: Option<String>,
    /// The review decision applied to it ([`decisions::apply`]), if any.
    pub decision: Option<decisions::Applied>,
    /// Why the fact change goes beyond what users consented to before, if it does
    /// ([`consent::ground`]); see [`Change::fresh_consent`].
    pub ground: Option<consent::Ground>,
}

impl Change {
    /// Why the change needs fresh consent from users who consented before: a fact that goes
    /// beyond their consent, or a reduction of rights.
    pub fn fresh_consent(&self) -> Option<consent::Ground> {
        consent::of_change(self.ground, self.rule)
    }
}

/// Where a change was found: in the facts the policy declares, or in its prose. A major
/// change found in prose rests on evidence (`diff::evidence`) and may be reviewed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    Fact,
    Prose,
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
    // Which translations are stale says nothing about the policy's content.
    if !old.stale.is_empty() || !new.stale.is_empty() {
        let unmarked = |p: &Policy| Policy {
            stale: Default::default(),
            ..p.clone()
        };
        return diff(&unmarked(old), &unmarked(new));
    }
    let differ = Differ::new(old, new);
    let mut emits = Vec::new();
    emits.extend(differ.header());
    emits.extend(differ.vocabulary());
    emits.extend(differ.facts());
    emits.extend(differ.sections());
    emits.extend(differ.body());
    differ.settle(&mut emits);
    if emits.is_empty() && differ_beyond_dates(old, new) {
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
        // A version whose only edits are its version and dates is editorial: it is posted,
        // with nothing to list.
        severity: changes
            .iter()
            .map(|c| c.severity)
            .max()
            .unwrap_or(if old == new {
                Severity::None
            } else {
                Severity::Editorial
            }),
        changes,
        laws: consent::laws(new),
    }
}

fn version(p: &Policy) -> Version {
    Version {
        id: p.id.clone(),
        version: p.version.clone(),
        updated: p.dates.updated.clone(),
        released: p.dates.released.clone(),
        effective: p.dates.effective.clone(),
    }
}

/// Every text of some blocks, depth first: paragraphs, list items, section titles.
fn texts_of<'b>(blocks: &'b [Block], out: &mut Vec<&'b Text>) {
    for block in blocks {
        match block {
            Block::Paragraph { text } => out.push(text),
            Block::List { items, .. } => {
                for item in items {
                    if let Item::Item { text, body } = item {
                        out.extend(text);
                        texts_of(body, out);
                    }
                }
            }
            Block::Section(section) => {
                out.extend(&section.title);
                texts_of(&section.body, out);
            }
            Block::Table(table) => out.extend(table.texts()),
            Block::Fact { .. } => {}
        }
    }
}

/// The terms the two versions declare themselves, with their labels: (kind, id, language,
/// label), for the evidence in prose.
fn own_terms(old: &Policy, new: &Policy) -> Vec<(String, String, String, String)> {
    let mut out = BTreeSet::new();
    for p in [old, new] {
        for (kind, terms) in &p.vocabulary {
            for (id, term) in terms.iter().filter(|(_, t)| t.custom) {
                for (lang, label) in &term.labels {
                    out.insert((kind.clone(), id.clone(), lang.clone(), label.clone()));
                }
            }
        }
    }
    out.into_iter().collect()
}

/// Whether two versions differ in more than their version identifier and dates, which the
/// diff reports in its header and never as a change.
fn differ_beyond_dates(old: &Policy, new: &Policy) -> bool {
    let mut new = new.clone();
    new.version.clone_from(&old.version);
    new.dates = old.dates.clone();
    *old != new
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

// ---------------------------------------------------------------------- emitted changes

/// A change as detected, before its wording.
#[derive(Clone)]
struct Emit {
    key: String,
    event: Event,
    kind: Option<ChangeKind>,
    path: String,
    location: Option<Location>,
    args: Vec<(&'static str, Localized)>,
    notes: Vec<Note>,
    prose: Vec<ProseDiff>,
    basis: Basis,
    evidence: Vec<Evidence>,
    /// For prose with evidence: what happened to the text, for the summary.
    action: Option<Localized>,
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
            basis: Basis::Fact,
            evidence: Vec::new(),
            action: None,
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
    /// Finds the evidence in changed prose.
    analyser: Analyser,
    /// For each kind and subkind (see [`Side::of_subkind`]), the first fact of the new version
    /// whose id the old one lacks: what a removed fact of that kind may have been renamed to.
    twins: BTreeMap<(FactKind, Option<String>), String>,
}

impl<'a> Differ<'a> {
    fn new(old: &'a Policy, new: &'a Policy) -> Differ<'a> {
        let (old_side, new_side) = (Side::new(old), Side::new(new));
        let mut twins = BTreeMap::new();
        for fact in &new_side.facts {
            if old_side.fact(fact.kind, &fact.id).is_none() {
                twins
                    .entry((fact.kind, str_field(&fact.fields, "kind")))
                    .or_insert_with(|| fact.id.clone());
            }
        }
        Differ {
            old: old_side,
            new: new_side,
            twins,
            langs: new.languages.clone(),
            common: new
                .languages
                .iter()
                .filter(|l| old.languages.contains(l))
                .cloned()
                .collect(),
            authoritative: new.authoritative.clone(),
            binding: old.binding.iter().chain(&new.binding).cloned().collect(),
            analyser: Analyser::new(&own_terms(old, new)),
        }
    }

    /// Records the evidence of a prose change, to be weighed once every change is known
    /// (`settle`). `action` says what happened to the text ("Wording changed", "Text added").
    fn with_evidence(&self, mut emit: Emit, evidence: Vec<Evidence>, action: Localized) -> Emit {
        emit.basis = Basis::Prose;
        emit.evidence = evidence;
        emit.action = Some(action);
        emit
    }

    /// Weighs the evidence of every prose change. What one unit no longer says and another
    /// now says is text that moved, not a change: both are dropped. A change whose remaining
    /// evidence is strong enough (`evidence::decisive_rules`) becomes a major change under its
    /// rule (consent for a reduction of rights), with what was found in its summary; the
    /// others keep their verdict and their evidence, for the reviewer.
    fn settle(&self, emits: &mut Vec<Emit>) {
        let keys = |side: evidence::Said| -> BTreeSet<String> {
            emits
                .iter()
                .flat_map(|e| &e.evidence)
                .filter(|e| e.side == side && e.found != Found::Position)
                .map(|e| e.key.clone())
                .collect()
        };
        let (old_keys, new_keys) = (keys(evidence::Said::Old), keys(evidence::Said::New));
        let mut more = Vec::new();
        for emit in emits.iter_mut() {
            emit.evidence.retain(|e| match e.side {
                evidence::Said::Old => !new_keys.contains(&e.key),
                evidence::Said::New => !old_keys.contains(&e.key),
            });
            let rules = evidence::decisive_rules(&emit.evidence);
            let Some(action) = emit.action.take().filter(|_| !rules.is_empty()) else {
                continue;
            };
            emit.notes.retain(|n| !matches!(n, Note::Review { .. }));
            emit.args.push(("action", action));
            // A paragraph removed or added stays removed or added once its evidence rates it.
            let mut unrated = emit.clone();
            unrated.kind = unrated.kind.or(Some(kind_of(unrated.event)));
            for (i, rule) in rules.into_iter().enumerate() {
                let mut e = unrated.clone();
                e.event = Event::Evidence(rule);
                let described = self.each(|l| evidence::describe(&e.evidence, rule, l));
                e.args.push(("evidence", described));
                if i == 0 {
                    *emit = e;
                } else {
                    more.push(e);
                }
            }
        }
        emits.extend(more);
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

    /// A message without arguments, in every language of the diff.
    fn words(&self, id: &str) -> Localized {
        self.each(|l| locale::text(l, id))
    }

    /// Words the change's wording fills in, then the change.
    fn change(&self, e: Emit) -> Change {
        let resolved = rules::lookup(&e.key, e.event);
        let field = e.key.split_once('.').map(|(_, f)| f.to_string());
        let summary = self.each(|lang| {
            let mut args: Vec<(&str, locale::Arg)> = e
                .args
                .iter()
                .map(|(name, value)| (*name, value.get(lang).cloned().unwrap_or_default().into()))
                .collect();
            if let Some(field) = &field {
                args.push(("field", rules::field_label(field, lang).into()));
            }
            let text = locale::message(lang, &resolved.message, &args);
            // A wording that starts with its element's name starts with the separator when
            // the element has none: ": ", "\u{202F}: " (French), "：" (Chinese).
            capitalise(
                text.trim_start_matches(|c: char| c.is_whitespace() || c == ':' || c == '：'),
            )
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
            key: (e.basis == Basis::Prose)
                .then(|| decisions::key(&e.prose))
                .flatten(),
            prose: e.prose,
            basis: e.basis,
            ground: (e.basis == Basis::Fact)
                .then(|| consent::ground(&e.key, e.event))
                .flatten(),
            evidence: e.evidence,
            decision: None,
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
                    locale::format::and(
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
        emit.basis = Basis::Prose;
        if matches!(event, Event::Reworded | Event::RewordedNearFacts) {
            let evidence = self.analyser.unit(&emit.prose);
            let action = self.words("diff-wording-changed");
            emit = self.with_evidence(emit, evidence, action);
        }
        emit
    }

    fn subject_words(&self, subjects: &BTreeSet<Rule>) -> Localized {
        self.each(|l| {
            locale::format::and(
                &subjects.iter().map(|r| r.subject(l)).collect::<Vec<_>>(),
                l,
            )
        })
    }

    // ------------------------------------------------------------------ the header
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
        // The change-notice promise covers material changes only, or every change.
        ("notify-on", Value::String(s)) => match s.as_str() {
            "material" => Some(0),
            "every" => Some(1),
            _ => None,
        },
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
            FactKind::Promise => "promise",
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

/// A text quoted in the language's quotation marks (the catalogues' `quoted`).
fn quoted(s: &str, lang: &str) -> String {
    crate::model::wording::quote(s, lang)
}

/// A summary starts with a capital when it starts with an ordinary word ("right of access"),
/// never when it starts with an address or an identifier ("info@example.com", `info`).
fn capitalise(s: &str) -> String {
    let first_word = s.split([' ', ':']).next().unwrap_or_default();
    if first_word.is_empty() || !first_word.chars().all(char::is_lowercase) {
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
        .filter(|b| {
            matches!(
                b,
                Block::Paragraph { .. } | Block::List { .. } | Block::Table(_)
            )
        })
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
                    label + &rules::parenthesis(l, &d.jurisdiction_names(side, &where_, l))
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
    use super::side::FACT_LISTS;
    use super::*;

    #[test]
    fn summaries_start_with_a_capital_in_every_alphabet_but_not_on_an_identifier() {
        assert_eq!(capitalise("données de santé : x"), "Données de santé : x");
        assert_eq!(capitalise("élément ajouté"), "Élément ajouté");
        assert_eq!(capitalise("right of access"), "Right of access");
        assert_eq!(
            capitalise("info@example.com added"),
            "info@example.com added"
        );
        assert_eq!(capitalise("eMail"), "eMail");
        assert_eq!(capitalise("新增章节"), "新增章节");
    }

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
