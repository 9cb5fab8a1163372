//! Review decisions: a person's judgement, with a reason, that a change the diff found in a
//! policy's prose matters less than its evidence made it (a new sentence naming a company that
//! is the controller's own brand, say). They live in the policy's sidecar file,
//! `<stem>.decisions.toml` beside `<stem>.policy`, published with it.
//!
//! In: the sidecar's text ([`parse`]), a [`Diff`]. Out: the diff with the decisions whose key
//! still matches applied ([`apply`]), the prose changes no one decided yet ([`undecided`]),
//! and the decisions that match no text of a policy ([`dangling`], for `check`). A decision
//! names its change by [`key`]: a hash of the old and new text of the unit in every changed
//! language, so editing that text again voids it. No I/O: `cli` reads and writes the file.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::prose::{flatten, ProseDiff};
use super::{Basis, Change, Diff, Rule, Severity};
use crate::diag::{Code, Diagnostic};
use crate::model::{Policy, Text};
use crate::source::Span;

/// The sidecar of `NAME.policy` is `NAME` followed by this.
pub const SUFFIX: &str = ".decisions.toml";

/// What the sidecar file starts with when policyc writes it.
const HEADER: &str = "# Review decisions (docs/diff.md#review-decisions): prose-based changes judged by a person,\n# written by `policyc review OLD NEW --decide KEY ...`. A decision applies while its key matches.\n";

/// The severity a person decided a change has: never more than the diff found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Decided {
    Editorial,
    Minor,
}

impl Decided {
    pub fn severity(self) -> Severity {
        match self {
            Decided::Editorial => Severity::Editorial,
            Decided::Minor => Severity::Minor,
        }
    }
}

/// One decision, as the sidecar holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Decision {
    /// The change's key ([`key`]).
    pub key: String,
    /// The hash of the unit's new text in one language ([`text_hash`]), so that `check`,
    /// which sees only the new version, can tell whether the text still exists. Absent for
    /// text that was removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Where the change was, for the reader of the file (the key decides what matches).
    pub path: String,
    /// The rules the diff had found, for the reader of the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// The severity decided: `editorial` or `minor`.
    pub severity: Decided,
    pub reason: String,
    /// Who decided: "Name <email>".
    pub by: String,
    /// When (YYYY-MM-DD).
    pub date: String,
}

/// The sidecar file: its decisions, in a fixed order (path, then key).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decisions {
    #[serde(default, rename = "decision")]
    pub decisions: Vec<Decision>,
}

/// A decision as applied to a change: the decision and what the diff had found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub decision: Decision,
    /// The severity the diff found.
    pub was: Severity,
    /// The rule the diff found.
    pub rule: Option<Rule>,
}

/// Reads a sidecar file's text; the error says what is wrong and where.
pub fn parse(text: &str) -> Result<Decisions, String> {
    let decisions: Decisions = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut seen = BTreeSet::new();
    for d in &decisions.decisions {
        if !seen.insert(d.key.as_str()) {
            return Err(format!("the change {} is decided twice", d.key));
        }
        if d.reason.trim().is_empty() {
            return Err(format!(
                "the decision on {} ({}) gives no reason",
                d.path, d.key
            ));
        }
        if d.date.parse::<jiff::civil::Date>().is_err() {
            return Err(format!(
                "the decision on {} ({}): `{}` is not a date in YYYY-MM-DD form",
                d.path, d.key, d.date
            ));
        }
    }
    Ok(decisions)
}

impl Decisions {
    /// The decision with this key.
    pub fn find(&self, key: &str) -> Option<&Decision> {
        self.decisions.iter().find(|d| d.key == key)
    }

    /// Adds a decision, replacing one with the same key; keeps the order fixed.
    pub fn record(&mut self, decision: Decision) {
        self.decisions.retain(|d| d.key != decision.key);
        self.decisions.push(decision);
        self.decisions
            .sort_by(|a, b| (&a.path, &a.key).cmp(&(&b.path, &b.key)));
    }

    /// The file's text, as policyc writes it.
    pub fn to_toml(&self) -> Result<String, String> {
        let body = toml::to_string(self).map_err(|e| e.to_string())?;
        Ok(format!("{HEADER}\n{}", body.trim_start()))
    }
}

fn hex16(hasher: Sha256) -> String {
    hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The key of a change in prose: the first 16 hex digits of the SHA-256 of its old and new
/// text in every changed language (language tags sorted). Two changes of one unit (evidence
/// for two rules) share it; an edit of the text gives another.
pub fn key(prose: &[ProseDiff]) -> Option<String> {
    if prose.is_empty() {
        return None;
    }
    let mut sorted: Vec<&ProseDiff> = prose.iter().collect();
    sorted.sort_by(|a, b| a.lang.cmp(&b.lang));
    let mut h = Sha256::new();
    for p in sorted {
        let (old, new) = p.texts();
        for part in [p.lang.as_str(), &old, &new] {
            h.update(part.as_bytes());
            h.update([0]);
        }
    }
    Some(hex16(h))
}

/// The hash of a text in one language, as the source writes it (markup included).
pub fn text_hash(lang: &str, text: &str) -> String {
    let mut h = Sha256::new();
    h.update(lang.as_bytes());
    h.update([0]);
    h.update(text.as_bytes());
    hex16(h)
}

/// The hash of a change's new text in the authoritative language when it changed there, else
/// in the first changed language; None when the text was removed.
pub fn new_text_hash(change: &Change, authoritative: &str) -> Option<String> {
    let mut prose: Vec<&ProseDiff> = change.prose.iter().collect();
    prose.sort_by_key(|p| (p.lang != authoritative, p.lang.clone()));
    prose.into_iter().find_map(|p| {
        let (_, new) = p.texts();
        (!new.is_empty()).then(|| text_hash(&p.lang, &new))
    })
}

/// Whether a person may decide a change: found in prose, with a key, major or minor. A change
/// found in the facts is what the policy declares; a reduction of rights (consent) is put to
/// the users (`publish --acknowledge-consent`), not decided away.
pub fn decidable(change: &Change) -> bool {
    change.basis == Basis::Prose
        && change.key.is_some()
        && matches!(change.severity, Severity::Major | Severity::Minor)
}

/// Applies the decisions whose key matches a change: the change takes the decided severity
/// when that is lower (a decision never raises a change, and never touches a change found in
/// the facts), loses its rule, and carries the decision; the diff's severity follows.
pub fn apply(diff: &mut Diff, decisions: &Decisions) {
    let mut applied = false;
    for change in &mut diff.changes {
        if !decidable(change) {
            continue;
        }
        let Some(d) = change.key.as_deref().and_then(|k| decisions.find(k)) else {
            continue;
        };
        if d.severity.severity() >= change.severity {
            continue;
        }
        change.decision = Some(Applied {
            decision: d.clone(),
            was: change.severity,
            rule: change.rule,
        });
        change.severity = d.severity.severity();
        change.rule = None;
        applied = true;
    }
    if applied {
        diff.changes.sort_by_key(|c| std::cmp::Reverse(c.severity));
        if let Some(highest) = diff.changes.iter().map(|c| c.severity).max() {
            diff.severity = highest;
        }
    }
}

/// The prose changes a person may decide and no one has: major first, then minor.
pub fn undecided(diff: &Diff) -> Vec<&Change> {
    diff.changes
        .iter()
        .filter(|c| decidable(c) && c.decision.is_none())
        .collect()
}

/// The hashes of every text of a policy in every language ([`text_hash`]): titles,
/// paragraphs, list items, the texts of facts and their cases.
fn text_hashes(policy: &Policy) -> BTreeSet<String> {
    fn walk(v: &Value, langs: &[String], out: &mut BTreeSet<String>) {
        match v {
            Value::Object(map) => {
                let texty =
                    !map.is_empty() && map.iter().all(|(k, v)| langs.contains(k) && v.is_array());
                if texty {
                    if let Ok(text) = serde_json::from_value::<Text>(v.clone()) {
                        for (lang, inlines) in &text {
                            out.insert(text_hash(lang, &flatten(inlines)));
                        }
                        return;
                    }
                }
                map.values().for_each(|v| walk(v, langs, out));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, langs, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    if let Ok(v) = serde_json::to_value(policy) {
        walk(&v, &policy.languages, &mut out);
    }
    out
}

/// A warning for each decision whose text no unit of `policy` has any more: the text it
/// decided was edited (or the decision was copied from another policy), so it decides
/// nothing. `sidecar` is the file's text: the warning points at the decision's key.
pub fn dangling(policy: &Policy, decisions: &Decisions, sidecar: &str) -> Vec<Diagnostic> {
    let hashes = text_hashes(policy);
    decisions
        .decisions
        .iter()
        .filter(|d| d.text.as_ref().is_some_and(|h| !hashes.contains(h)))
        .map(|d| {
            let quoted = format!("\"{}\"", d.key);
            let span = sidecar
                .find(&quoted)
                .map_or(Span::at(0), |i| Span::new(i, i + quoted.len()));
            Diagnostic::new(
                Code::DanglingDecision,
                format!(
                    "the decision on {} ({}) matches no text of policy `{}`",
                    d.path, d.key, policy.id
                ),
                span,
            )
            .with_label("no text of the policy is the one decided")
            .with_help("the text was edited after the decision: run `policyc review` on the change again, then remove this decision")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::prose::{Op, Segment};

    fn prose(lang: &str, segments: &[(Op, &str)]) -> ProseDiff {
        ProseDiff {
            lang: lang.into(),
            segments: segments
                .iter()
                .map(|(op, text)| Segment {
                    op: *op,
                    text: text.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn the_key_is_the_old_and_new_text() {
        let a = prose("en", &[(Op::Equal, "We "), (Op::Insert, "may ")]);
        let b = prose("en", &[(Op::Equal, "We "), (Op::Insert, "can ")]);
        assert_eq!(key(std::slice::from_ref(&a)), key(std::slice::from_ref(&a)));
        assert_ne!(key(std::slice::from_ref(&a)), key(&[b]));
        let zh = prose("zh-CN", &[(Op::Insert, "我们")]);
        assert_eq!(key(&[a.clone(), zh.clone()]), key(&[zh, a]));
        assert_eq!(key(&[]), None);
        assert_eq!(key(&[prose("en", &[])]).map(|k| k.len()), Some(16));
    }

    #[test]
    fn the_file_keeps_its_order_and_refuses_mistakes() {
        let decision = |key: &str, path: &str| Decision {
            key: key.into(),
            text: Some("00".into()),
            path: path.into(),
            rules: vec![Rule::Recipients],
            severity: Decided::Editorial,
            reason: "our own brand".into(),
            by: "Ada".into(),
            date: "2026-01-02".into(),
        };
        let mut file = Decisions::default();
        file.record(decision("b", "section:z/p[1]"));
        file.record(decision("a", "section:a/p[1]"));
        file.record(decision("b", "section:z/p[1]"));
        let text = file.to_toml().unwrap();
        assert!(text.starts_with("# Review decisions"), "{text}");
        let back = parse(&text).unwrap();
        assert_eq!(back, file);
        assert_eq!(back.decisions[0].key, "a");
        let twice = format!(
            "{text}\n[[decision]]\nkey = \"a\"\npath = \"x\"\nseverity = \"minor\"\nreason = \"r\"\nby = \"b\"\ndate = \"2026-01-02\"\n"
        );
        assert!(parse(&twice).unwrap_err().contains("decided twice"));
        let no_reason = text.replace("our own brand", " ");
        assert!(parse(&no_reason).unwrap_err().contains("no reason"));
        let bad_date = text.replace("2026-01-02", "2 Jan");
        assert!(parse(&bad_date).unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse("[[decision]]\nkey = 1\n").is_err());
    }
}
