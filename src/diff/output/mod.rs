//! The three ways a diff is shown: for people (a headline, then the changes grouped by
//! severity, with their place, rule, reason and word diff), as JSON for tools (the schema of
//! [`JsonDiff`], documented in `docs/diff.md` and generated into `docs/diff.schema.json`), and
//! as Markdown for a pull-request comment. Every function returns text; `cli` prints it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::consent::{self, Ground, Law};
use super::decisions::Decided;
use super::evidence::{Evidence, Found, Said};
use super::prose::{Op, ProseDiff};
use super::rules::{Rule, Severity};
use super::{Change, ChangeKind, Diff, Localized};
use crate::diag::escape_for_terminal;
use crate::locale::{self, Arg};

mod review;
mod words;
pub use review::{review_human, review_items, review_json, ReviewItem};
use words::{counts, dates, fresh_title, group_title, reason};
pub use words::{decided, headline};

/// The version of the JSON format; it changes only when a key is removed or changes meaning.
pub const JSON_FORMAT: u32 = 1;

/// A diff as JSON: `policyc diff OLD NEW --format json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[schemars(title = "policyc diff")]
pub struct JsonDiff {
    /// The version of this format (currently 1).
    pub format: u32,
    /// The highest severity of the changes; `none` when nothing changed.
    pub severity: Severity,
    /// The old version.
    pub old: JsonVersion,
    /// The new version.
    pub new: JsonVersion,
    /// The languages of the new version; every summary and note has each of them.
    pub languages: Vec<String>,
    /// The authoritative language of the new version.
    pub authoritative: String,
    /// How many changes have each severity.
    pub counts: JsonCounts,
    /// The one-line verdict, in each language ("MAJOR: 2 changes need prominent notice").
    pub headline: Localized,
    /// Every change, highest severity first.
    pub changes: Vec<JsonChange>,
    /// The changes that need fresh consent from users who consented before, with the reason
    /// under each law the policy's jurisdictions select (absent when none does).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fresh_consent: Vec<JsonFreshConsent>,
}

/// A change that needs fresh consent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct JsonFreshConsent {
    /// The change's path (as in `changes`).
    pub path: String,
    /// Why it goes beyond the consent given before.
    pub ground: Ground,
    /// The change's summary, in each language.
    pub summary: Localized,
    /// The reason under each law; one reason without a law when the policy's jurisdictions
    /// select none with consent rules, and for a reduction of rights.
    pub reasons: Vec<JsonReason>,
}

/// The reason a change needs fresh consent under one law.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct JsonReason {
    /// `pipl` or `gdpr`; absent for the general reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<Law>,
    /// The reason, citing the articles, in each language.
    pub text: Localized,
}

/// One side of the diff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct JsonVersion {
    /// The policy id.
    pub id: String,
    /// The version identifier.
    pub version: String,
    /// The update date, YYYY-MM-DD.
    pub updated: String,
    /// The release date, YYYY-MM-DD (absent from diffs archived before it was recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub released: Option<String>,
    /// The date the version takes effect, YYYY-MM-DD (likewise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<String>,
}

/// The number of changes of each severity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct JsonCounts {
    /// Changes that need the user's explicit consent.
    pub consent: usize,
    /// Changes that need prominent notice.
    pub major: usize,
    /// Other changes of facts.
    pub minor: usize,
    /// Changes of wording, typography, numbering or order.
    pub editorial: usize,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct JsonChange {
    /// `editorial`, `minor`, `major` or `consent`.
    pub severity: Severity,
    /// The rule id for major changes (`service-model`, `ownership`, `recipients`, `rights`,
    /// `contact`, `risk-assessment`) and consent changes (`rights-reduced`); null otherwise.
    pub rule: Option<Rule>,
    /// `added`, `removed`, `changed` or `moved`.
    pub kind: ChangeKind,
    /// The stable identity of the changed element: `LIST/ID[/FIELD[/CASE]]` for facts
    /// (`rights/deletion/when/no-consent`), `section:ID` for sections,
    /// `section:ID/p[N]` and `.../list[N]/item[N]` for prose (N counted in the new version,
    /// or in the old one for removed prose), `body/...` for the preamble,
    /// `vocabulary/KIND/ID` for terms, and `title`, `languages`, `binding`, `authoritative`,
    /// `dates`, `numbering`, `notice-period`, `id` for the header.
    pub path: String,
    /// The section the element stands in (in the new version; in the old one when removed).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub location: Option<JsonLocation>,
    /// What changed and why it has this severity: language -> text.
    pub summary: Localized,
    /// Remarks for the reviewer, each as language -> text.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub notes: Vec<Localized>,
    /// The word-level diff of the prose concerned, one entry per changed language.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub prose: Vec<JsonProse>,
    /// `fact` when the change was found in the declared facts, `prose` when in the wording
    /// (absent from diffs archived before it was recorded).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub basis: Option<super::Basis>,
    /// For prose: what its changed words or its place say about the rule's subject.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub evidence: Vec<super::evidence::Evidence>,
    /// For prose: the change's stable key, 16 hex digits of the SHA-256 of the unit's old and
    /// new text in every changed language; a review decision names it (absent from diffs
    /// archived before it was recorded).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub key: Option<String>,
    /// The review decision applied to the change (`policyc review --decide`): its severity is
    /// the decided one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub decision: Option<JsonDecision>,
}

/// A review decision applied to a change, as recorded in the policy's sidecar file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct JsonDecision {
    /// The severity decided: `editorial` or `minor`.
    pub severity: Decided,
    /// Why the change matters less than its evidence made it.
    pub reason: String,
    /// Who decided ("Name <email>").
    pub by: String,
    /// When, YYYY-MM-DD.
    pub date: String,
    /// The key of the change decided.
    pub key: String,
    /// The severity the diff had found.
    pub was: Severity,
    /// The rule the diff had found.
    pub rule: Option<Rule>,
}

/// Where a changed element stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct JsonLocation {
    /// The section id.
    pub section: String,
    /// The section number as rendered ("(7)", "1.2.1"), when numbered.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub number: Option<String>,
    /// The title in each language; empty for untitled clauses.
    pub title: Localized,
    /// Numbers and titles of the section and its parents, in each language.
    pub heading: Localized,
}

/// The word-level diff of one text in one language. Joining the `equal` and `delete` runs
/// gives the old text; joining `equal` and `insert`, the new one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct JsonProse {
    /// The BCP 47 language tag.
    pub lang: String,
    /// The runs of text in reading order.
    pub hunks: Vec<JsonHunk>,
}

/// A run of text kept, deleted or inserted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct JsonHunk {
    /// `equal`, `delete` or `insert`.
    pub op: Op,
    /// The text, inline markup written as in the source (`**`, `{@fact.field}`).
    pub text: String,
}

impl JsonDiff {
    /// The JSON view of a diff.
    pub fn new(diff: &Diff) -> JsonDiff {
        JsonDiff {
            format: JSON_FORMAT,
            severity: diff.severity,
            old: version(&diff.old),
            new: version(&diff.new),
            languages: diff.languages.clone(),
            authoritative: diff.authoritative.clone(),
            counts: JsonCounts {
                consent: diff.count(Severity::Consent),
                major: diff.count(Severity::Major),
                minor: diff.count(Severity::Minor),
                editorial: diff.count(Severity::Editorial),
            },
            headline: diff
                .languages
                .iter()
                .map(|l| (l.clone(), headline(diff, l)))
                .collect(),
            changes: diff.changes.iter().map(json_change).collect(),
            fresh_consent: fresh(diff)
                .map(|(c, ground)| JsonFreshConsent {
                    path: c.path.clone(),
                    ground,
                    summary: c.summary.clone(),
                    reasons: consent::reason_laws(ground, &diff.laws)
                        .into_iter()
                        .map(|law| JsonReason {
                            law,
                            text: diff
                                .languages
                                .iter()
                                .map(|l| (l.clone(), consent::reason(ground, law, l).to_string()))
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// The changes that need fresh consent, with their ground, in the diff's order.
pub fn fresh(diff: &Diff) -> impl Iterator<Item = (&Change, Ground)> {
    diff.changes
        .iter()
        .filter_map(|c| c.fresh_consent().map(|g| (c, g)))
}

/// The changes that need fresh consent because they go beyond it: for people, the reductions
/// of rights are already listed as needing explicit consent (the JSON lists them all).
fn beyond_consent(diff: &Diff) -> Vec<(&Change, Ground)> {
    fresh(diff)
        .filter(|(_, g)| *g != Ground::RightsReduced)
        .collect()
}

fn version(v: &super::Version) -> JsonVersion {
    JsonVersion {
        id: v.id.clone(),
        version: v.version.clone(),
        updated: v.updated.clone(),
        released: Some(v.released.clone()),
        effective: Some(v.effective.clone()),
    }
}

fn json_change(c: &Change) -> JsonChange {
    JsonChange {
        severity: c.severity,
        rule: c.rule,
        kind: c.kind,
        path: c.path.clone(),
        location: c.location.as_ref().map(|l| JsonLocation {
            section: l.section.clone(),
            number: l.number.clone(),
            title: l.title.clone(),
            heading: l.heading.clone(),
        }),
        summary: c.summary.clone(),
        notes: c.notes.clone(),
        prose: c
            .prose
            .iter()
            .map(|p| JsonProse {
                lang: p.lang.clone(),
                hunks: p
                    .segments
                    .iter()
                    .map(|s| JsonHunk {
                        op: s.op,
                        text: s.text.clone(),
                    })
                    .collect(),
            })
            .collect(),
        basis: Some(c.basis),
        evidence: c.evidence.clone(),
        key: c.key.clone(),
        decision: c.decision.as_ref().map(|a| JsonDecision {
            severity: a.decision.severity,
            reason: a.decision.reason.clone(),
            by: a.decision.by.clone(),
            date: a.decision.date.clone(),
            key: a.decision.key.clone(),
            was: a.was,
            rule: a.rule,
        }),
    }
}

/// The diff as pretty JSON.
pub fn json(diff: &Diff) -> String {
    serde_json::to_string_pretty(&JsonDiff::new(diff)).expect("the diff serialises")
}

/// The JSON Schema of [`JsonDiff`], generated from the types (`docs/diff.schema.json`).
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(JsonDiff);
    serde_json::to_string_pretty(&schema).expect("the schema serialises")
}

// ---------------------------------------------------------------------- words

/// "hitgen: 2021-04-26 → 2021-06-01", or both ids when they differ.
fn versions(diff: &Diff) -> String {
    let (old, new) = (&diff.old, &diff.new);
    if old.id == new.id {
        format!("{}: {} → {}", new.id, old.version, new.version)
    } else {
        format!("{} {} → {} {}", old.id, old.version, new.id, new.version)
    }
}

fn in_lang(map: &Localized, lang: &str) -> String {
    map.get(lang)
        .or_else(|| map.values().next())
        .cloned()
        .unwrap_or_default()
}

fn place(change: &Change, lang: &str) -> String {
    match &change.location {
        Some(l) => format!("{} · {}", in_lang(&l.heading, lang), change.path),
        None => change.path.clone(),
    }
}

// ---------------------------------------------------------------------- prose for people

/// How much unchanged text is shown around a change, in characters.
const CONTEXT: usize = 40;
/// How much of a wholly added or removed text is shown.
const WHOLE: usize = 240;

/// The first `n` characters, cut back to a space when there is one.
fn head(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let cut: String = s.chars().take(n).collect();
    match cut.rfind(char::is_whitespace) {
        Some(i) if i > n / 2 => cut[..i].to_string(),
        _ => cut,
    }
}

/// The last `n` characters, cut forward to a space when there is one.
fn tail(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count <= n {
        return s.to_string();
    }
    let cut: String = s.chars().skip(count - n).collect();
    match cut.find(char::is_whitespace) {
        Some(i) if i < n / 2 => cut[i..].to_string(),
        _ => cut,
    }
}

struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// The byte ranges of a change's evidence in the old and the new text of one of its word
/// diffs: what the human and Markdown reports highlight. A range is kept only where that text
/// says what the evidence quotes (the evidence of a unit may come from another of its texts).
struct Marks {
    old: Vec<(usize, usize)>,
    new: Vec<(usize, usize)>,
}

impl Marks {
    fn of(evidence: &[Evidence], diff: &ProseDiff) -> Marks {
        let (old_text, new_text) = diff.texts();
        let mut marks = Marks {
            old: Vec::new(),
            new: Vec::new(),
        };
        for e in evidence {
            let [start, end] = e.span;
            if e.lang != diff.lang || e.found == Found::Position || start >= end {
                continue;
            }
            let (text, list) = match e.side {
                Said::Old => (&old_text, &mut marks.old),
                Said::New => (&new_text, &mut marks.new),
            };
            if text.get(start..end) == Some(e.text.as_str()) {
                list.push((start, end));
            }
        }
        // Overlapping ranges are one highlight.
        for list in [&mut marks.old, &mut marks.new] {
            list.sort_unstable();
            let mut merged: Vec<(usize, usize)> = Vec::new();
            for &(start, end) in list.iter() {
                match merged.last_mut() {
                    Some(last) if start < last.1 => last.1 = last.1.max(end),
                    _ => merged.push((start, end)),
                }
            }
            *list = merged;
        }
        marks
    }

    /// `text`, which starts at byte `at` of the old (`side` Old) or new text, cut in runs
    /// outside and inside the marks: (run, marked).
    fn runs<'t>(&self, text: &'t str, at: usize, side: Said) -> Vec<(&'t str, bool)> {
        let list = match side {
            Said::Old => &self.old,
            Said::New => &self.new,
        };
        let mut cuts = vec![0, text.len()];
        for &(start, end) in list {
            for b in [start, end] {
                let b = b.saturating_sub(at).min(text.len());
                if b > 0 && b < text.len() && text.is_char_boundary(b) {
                    cuts.push(b);
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        cuts.windows(2)
            .map(|w| {
                let (a, b) = (w[0] + at, w[1] + at);
                let marked = list.iter().any(|&(start, end)| start <= a && b <= end);
                (&text[w[0]..w[1]], marked)
            })
            .collect()
    }
}

/// A prose diff on one line: unchanged text shortened around the changes, deletions as
/// `[-...-]` and insertions as `{+...+}` (in red and green on a terminal); the words that are
/// evidence of a rule in bold on a terminal, else between `⟦` and `⟧`.
fn word_diff(
    diff: &ProseDiff,
    marks: &Marks,
    style: &Style,
    safe: &dyn Fn(&str) -> String,
) -> String {
    let changed = |text: &str, at: usize, op: Op| -> String {
        let (code, open, close, side) = match op {
            Op::Delete => ("31", "[-", "-]", Said::Old),
            _ => ("32", "{+", "+}", Said::New),
        };
        let mut out = style.paint(code, open);
        for (run, marked) in marks.runs(text, at, side) {
            out.push_str(&match (marked, style.color) {
                (false, _) => style.paint(code, &safe(run)),
                (true, true) => style.paint(&format!("{code};1;4"), &safe(run)),
                (true, false) => format!("⟦{}⟧", safe(run)),
            });
        }
        out.push_str(&style.paint(code, close));
        out
    };
    let segments = &diff.segments;
    if let [only] = segments.as_slice() {
        let text = head(&only.text, WHOLE);
        let more = if text.len() < only.text.len() {
            "…"
        } else {
            ""
        };
        return match only.op {
            Op::Equal => safe(&text),
            op => changed(&format!("{text}{more}"), 0, op),
        };
    }
    let last = segments.len().saturating_sub(1);
    let mut out = String::new();
    for (i, (s, old_at, new_at)) in diff.placed().enumerate() {
        match s.op {
            Op::Equal => {
                let count = s.text.chars().count();
                let shown = if i == 0 && count > CONTEXT {
                    format!("…{}", tail(&s.text, CONTEXT))
                } else if i == last && count > CONTEXT {
                    format!("{}…", head(&s.text, CONTEXT))
                } else if i != 0 && i != last && count > 2 * CONTEXT + 10 {
                    format!("{} … {}", head(&s.text, CONTEXT), tail(&s.text, CONTEXT))
                } else {
                    s.text.clone()
                };
                out.push_str(&safe(&shown));
            }
            Op::Delete => out.push_str(&changed(&s.text, old_at, Op::Delete)),
            Op::Insert => out.push_str(&changed(&s.text, new_at, Op::Insert)),
        }
    }
    out
}

/// The diff for people, in one language. `color` adds ANSI colours (the caller decides: a
/// terminal without `NO_COLOR`). Text from the policies is escaped for the terminal.
pub fn human(diff: &Diff, lang: &str, color: bool) -> String {
    let style = Style { color };
    let safe = |s: &str| escape_for_terminal(s);
    let mut out = String::new();
    out.push_str(&style.paint(colour(diff.severity), &headline(diff, lang)));
    out.push('\n');
    out.push_str(&format!(
        "{} · {}\n",
        safe(&versions(diff)),
        counts(diff, lang)
    ));
    if let Some(dates) = dates(diff, lang) {
        out.push_str(&dates);
        out.push('\n');
    }
    for (severity, changes) in groups(diff) {
        out.push('\n');
        out.push_str(&style.paint(
            colour(severity),
            &group_title(severity, changes.len(), lang),
        ));
        out.push('\n');
        for change in changes {
            out.push_str(&format!("  - {}\n", safe(&reason(change, lang))));
            out.push_str(&format!(
                "    {}\n",
                style.paint("2", &safe(&place(change, lang)))
            ));
            if let Some(line) = decided(change, lang) {
                out.push_str(&format!("    {}\n", safe(&line)));
            }
            for note in &change.notes {
                let note = Arg::from(safe(&in_lang(note, lang)));
                out.push_str(&format!(
                    "    {}\n",
                    locale::message(lang, "diff-out-note", &[("note", note)])
                ));
            }
            for p in &change.prose {
                out.push_str(&format!(
                    "    {}: {}\n",
                    safe(&p.lang),
                    word_diff(p, &Marks::of(&change.evidence, p), &style, &safe)
                ));
            }
        }
    }
    let fresh = beyond_consent(diff);
    if !fresh.is_empty() {
        out.push('\n');
        out.push_str(&style.paint("1;31", &fresh_title(fresh.len(), lang)));
        out.push('\n');
        for (change, ground) in fresh {
            out.push_str(&format!("  - {}\n", safe(&in_lang(&change.summary, lang))));
            for text in consent::reasons(ground, &diff.laws, lang) {
                out.push_str(&format!("    {text}\n"));
            }
        }
    }
    out
}

// ---------------------------------------------------------------------- Markdown

/// Text made literal in Markdown (and in the HTML GitHub allows in it). A bidirectional
/// control is written as its code point (`<U+202E>`): a reviewer reading the diff on a pull
/// request sees it rather than text it reorders.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if crate::diag::is_bidi_control(c) => {
                out.push_str(&format!("&lt;U+{:04X}&gt;", c as u32));
            }
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '{' | '}' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a number at the start of a line ("1. Collection", "2) Sharing"), which Markdown
/// would otherwise read as an ordered list.
fn md_line_start(text: &str) -> String {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    match text[digits..].chars().next() {
        Some(c @ ('.' | ')')) if digits > 0 => {
            format!("{}\\{c}{}", &text[..digits], &text[digits + 1..])
        }
        _ => text.to_string(),
    }
}

/// The changes of each severity that has any, most severe first.
fn groups(diff: &Diff) -> impl Iterator<Item = (Severity, Vec<&Change>)> {
    [
        Severity::Consent,
        Severity::Major,
        Severity::Minor,
        Severity::Editorial,
    ]
    .into_iter()
    .map(|severity| {
        let changes: Vec<&Change> = diff
            .changes
            .iter()
            .filter(|c| c.severity == severity)
            .collect();
        (severity, changes)
    })
    .filter(|(_, changes)| !changes.is_empty())
}

/// The terminal style of a severity's headings: red, yellow, cyan, else bold.
fn colour(severity: Severity) -> &'static str {
    match severity {
        Severity::Consent => "1;31",
        Severity::Major => "1;33",
        Severity::Minor => "1;36",
        Severity::Editorial | Severity::None => "1",
    }
}

/// The diff as a Markdown comment for a pull request, in one language.
pub fn markdown(diff: &Diff, lang: &str) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "### policyc diff: {}\n\n",
        md(&headline(diff, lang))
    ));
    out.push_str(&format!(
        "{} · {}\n",
        md(&versions(diff)),
        counts(diff, lang)
    ));
    if let Some(dates) = dates(diff, lang) {
        out.push_str(&format!("\n{}\n", md(&dates)));
    }
    for (severity, changes) in groups(diff) {
        out.push_str(&format!(
            "\n#### {}\n\n",
            group_title(severity, changes.len(), lang)
        ));
        for change in changes {
            let rule = change
                .rule
                .map(|r| format!(" · `{}`", r.id()))
                .unwrap_or_default();
            out.push_str(&format!(
                "- **{}**{rule}  \n",
                md(&in_lang(&change.summary, lang))
            ));
            let place = match &change.location {
                Some(l) => format!("{} · ", md_line_start(&md(&in_lang(&l.heading, lang)))),
                None => String::new(),
            };
            out.push_str(&format!("  {place}`{}`\n", change.path.replace('`', "")));
            if let Some(line) = decided(change, lang) {
                out.push_str(&format!("  - _{}_\n", md(&line)));
            }
            for note in &change.notes {
                out.push_str(&format!(
                    "  - _{}_ {}\n",
                    locale::text(lang, "diff-out-note-label"),
                    md(&in_lang(note, lang))
                ));
            }
            for p in &change.prose {
                let marks = Marks::of(&change.evidence, p);
                let marked = |text: &str, at: usize, side: Said| -> String {
                    marks
                        .runs(text, at, side)
                        .into_iter()
                        .map(|(run, mark)| {
                            if mark {
                                format!("<b>{}</b>", md(run))
                            } else {
                                md(run)
                            }
                        })
                        .collect()
                };
                let mut text = String::new();
                for (s, old_at, new_at) in p.placed() {
                    text.push_str(&match s.op {
                        Op::Equal => {
                            let count = s.text.chars().count();
                            md(&if count > 2 * CONTEXT + 10 {
                                format!("{} … {}", head(&s.text, CONTEXT), tail(&s.text, CONTEXT))
                            } else {
                                s.text.clone()
                            })
                        }
                        Op::Delete => format!("<del>{}</del>", marked(&s.text, old_at, Said::Old)),
                        Op::Insert => format!("<ins>{}</ins>", marked(&s.text, new_at, Said::New)),
                    });
                }
                out.push_str(&format!("  - {}: {text}\n", md(&p.lang)));
            }
        }
    }
    let fresh = beyond_consent(diff);
    if !fresh.is_empty() {
        out.push_str(&format!("\n#### {}\n\n", fresh_title(fresh.len(), lang)));
        for (change, ground) in fresh {
            out.push_str(&format!(
                "- **{}** · `{}`\n",
                md(&in_lang(&change.summary, lang)),
                ground.id()
            ));
            for text in consent::reasons(ground, &diff.laws, lang) {
                out.push_str(&format!("  - {}\n", md(&text)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_keeps_words_whole() {
        assert_eq!(head("one two three four", 9), "one two");
        assert_eq!(tail("one two three four", 10), "three four");
        assert_eq!(tail("one two three four", 7), " four");
        assert_eq!(head("short", 40), "short");
    }

    #[test]
    fn a_heading_is_not_read_as_a_list() {
        assert_eq!(md_line_start("1. Collection"), "1\\. Collection");
        assert_eq!(md_line_start("12) Sharing"), "12\\) Sharing");
        assert_eq!(md_line_start("(7) Your rights"), "(7) Your rights");
    }

    #[test]
    fn markdown_shows_bidi_controls_as_code_points() {
        assert_eq!(md("a\u{202E}b\u{2066}c"), "a&lt;U+202E&gt;b&lt;U+2066&gt;c");
    }

    #[test]
    fn markdown_escapes_policy_text() {
        assert_eq!(md("**a** <b> [c](d)"), "\\*\\*a\\*\\* &lt;b&gt; \\[c\\](d)");
    }
}
