//! Publish: decide, for each checked policy, whether it is a new version to record in the
//! archive, unchanged, or refused; then record every new version in one commit.
//!
//! Planning reads the archive and renders; it writes nothing. Recording writes only when
//! nothing was refused, so a refused publish leaves the archive untouched.
//!
//! In: checked policies ([`Candidate`]) and the archive. Out: one [`Decision`] per policy
//! ([`plan`]), then one commit with a tag per new version ([`record`]). [`open`], [`commit`]
//! and [`push`] are the steps around them that every publish takes, in that order: the lock,
//! the repair of tags an interrupted publish left, the push.

mod files;
mod notice;
mod store;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::archive::{self, Archive, VersionEntry};
use crate::diff::decisions::{self, Decisions};
use crate::diff::{self, Diff, Severity};
use crate::model::wording;
use crate::model::{Duration, Policy, Unit};
use crate::render::Renderer;
use files::prepare;
use notice::{add_days, days, days_between, notice_json};
pub use notice::{parse_mailbox, Notice, NoticeSettings};
pub use store::{commit, open, push, Recorded};

/// A policy to publish: where it came from, its source and its checked model.
pub struct Candidate {
    pub path: PathBuf,
    pub source: String,
    pub policy: Policy,
    /// How many of its translations are stale.
    pub stale: usize,
    /// Its review decisions: the sidecar file's text and what it holds (docs/diff.md).
    pub decisions: Option<(String, Decisions)>,
}

/// What this run of publish was asked: what it allows, its date, and the configured notice
/// period.
pub struct Request {
    pub allow_stale: bool,
    pub acknowledge_consent: bool,
    /// Publish major changes found only in prose that no one decided, as major.
    pub acknowledge_major: bool,
    /// The `--archive` the publish was given, for the `policyc review` command it suggests.
    pub archive_arg: Option<String>,
    /// The publish date (YYYY-MM-DD): today unless a test or a back-dated run says otherwise.
    pub today: String,
    /// From the configuration: the notice period for major changes, when the policy sets none.
    pub notice_period_days: Option<u32>,
    /// From the configuration: where the notices link to and who sends them.
    pub notice: NoticeSettings,
}

/// What publish will do with one policy.
pub enum Outcome {
    /// Nothing a reader would see changed since the latest archived version.
    Unchanged {
        version: String,
        layout_only: bool,
    },
    Publish(Box<Planned>),
    Refused(String),
}

pub struct Decision {
    pub id: String,
    pub path: PathBuf,
    pub outcome: Outcome,
}

/// A version ready to record.
pub struct Planned {
    pub entry: VersionEntry,
    /// Archive path -> content: the version's files and the policy's index with its entry.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The changes against the previous version (none for a first version).
    pub diff: Option<Diff>,
    /// "hitgen 2021-04-26: major (recipients, rights)"
    pub headline: String,
}

/// Decides what to do with every candidate.
pub fn plan(
    archive: &Archive,
    renderer: &Renderer,
    candidates: &[Candidate],
    opts: &Request,
) -> Result<Vec<Decision>, archive::Error> {
    let mut decisions = Vec::new();
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    for c in candidates {
        let id = c.policy.id.clone();
        let outcome = if let Some(first) = seen.get(&id) {
            Outcome::Refused(format!(
                "{} and {} both declare the policy `{id}`; publish one of them",
                first.display(),
                c.path.display()
            ))
        } else {
            seen.insert(id.clone(), c.path.clone());
            decide(archive, renderer, c, opts)?
        };
        decisions.push(Decision {
            id,
            path: c.path.clone(),
            outcome,
        });
    }
    Ok(decisions)
}

fn decide(
    archive: &Archive,
    renderer: &Renderer,
    c: &Candidate,
    opts: &Request,
) -> Result<Outcome, archive::Error> {
    let p = &c.policy;
    let index = archive.index(&p.id)?;
    let last = index.last()?;
    let previous = match &last {
        Some(last) => Some((last, archived_model(archive, &p.id, &last.version)?)),
        None => None,
    };
    if let Some((last, model)) = &previous {
        if *model == *p {
            let source = archive
                .read(&format!("{}/{}/source.policy", p.id, last.version))?
                .unwrap_or_default();
            return Ok(Outcome::Unchanged {
                version: last.version.clone(),
                layout_only: source != c.source.as_bytes(),
            });
        }
    }
    if c.stale > 0 && !opts.allow_stale {
        return Ok(Outcome::Refused(format!(
            "{} has {} stale {}; update them and run `policyc i18n confirm {}`, or publish with --allow-stale",
            p.id,
            c.stale,
            wording::plural(c.stale, "translation", "translations"),
            c.path.display()
        )));
    }
    let mut diff = previous.as_ref().map(|(_, old)| diff::diff(old, p));
    if let (Some(d), Some((_, decided))) = (diff.as_mut(), &c.decisions) {
        decisions::apply(d, decided);
    }
    if let Some(why) = previous
        .as_ref()
        .and_then(|(last, _)| dates_refusal(p, last))
    {
        return Ok(Outcome::Refused(why));
    }
    let existing = if archive.has(&format!("{}/{}", p.id, p.version))? {
        index.all()?.into_iter().find(|v| v.version == p.version)
    } else {
        None
    };
    if let Some(existing) = existing {
        return Ok(Outcome::Refused(format!(
            "{} {} is already archived (published {}) with different content; give the new content a new version: change `updated`, or add `version {}.1`",
            p.id, existing.version, existing.published, p.version
        )));
    }
    let severity = diff.as_ref().map_or(Severity::None, |d| d.severity);
    if severity == Severity::Consent && !opts.acknowledge_consent {
        return Ok(Outcome::Refused(format!(
            "{} reduces users' rights (rule rights-reduced): that needs their explicit consent. Review `policyc diff`, then publish with --acknowledge-consent",
            p.id
        )));
    }
    if let Some(why) = diff
        .as_ref()
        .filter(|_| !opts.acknowledge_major)
        .and_then(|d| undecided_refusal(c, d, opts))
    {
        return Ok(Outcome::Refused(why));
    }
    if let Some(why) = notice_refusal(p, severity, opts) {
        return Ok(Outcome::Refused(why));
    }
    Ok(Outcome::Publish(Box::new(prepare(
        renderer, c, diff, &index, opts,
    )?)))
}

/// The model of an archived version.
fn archived_model(archive: &Archive, id: &str, version: &str) -> Result<Policy, archive::Error> {
    let bytes = archive
        .read(&format!("{id}/{version}/model.json"))?
        .ok_or_else(|| archive::Error::Corrupt(format!("{id}/{version}/model.json is missing")))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| archive::Error::Corrupt(format!("{id}/{version}/model.json: {e}")))
}

/// Why a changed policy cannot follow the archived version `last`: its update date did not
/// move, or one of its dates goes backwards.
fn dates_refusal(p: &Policy, last: &VersionEntry) -> Option<String> {
    if p.dates.updated == last.updated {
        return Some(format!(
            "{} changed but its update date is still {}; set `updated` to the date of this change",
            p.id, last.updated
        ));
    }
    [
        ("update", &p.dates.updated, &last.updated),
        ("release", &p.dates.released, &last.released),
        ("effective", &p.dates.effective, &last.effective),
    ]
    .into_iter()
    .find(|(_, new, old)| new < old)
    .map(|(what, new, old)| {
        format!(
            "{}'s {what} date {new} goes back before the archived version's {old}; dates of a new version cannot go backwards",
            p.id
        )
    })
}

/// Why a version with a major change found only in its prose, which no one decided, is not
/// published without `--acknowledge-major`: each such change (path, key, rules, summary) and
/// the two ways on.
fn undecided_refusal(c: &Candidate, d: &Diff, opts: &Request) -> Option<String> {
    let id = &c.policy.id;
    let mut keys: Vec<&str> = Vec::new();
    let mut lines = String::new();
    for change in decisions::undecided(d)
        .into_iter()
        .filter(|ch| ch.severity == Severity::Major)
    {
        let Some(key) = change.key.as_deref() else {
            continue;
        };
        let rule = change.rule.map(|r| r.id()).unwrap_or("none");
        let summary = change
            .summary
            .get(&d.authoritative)
            .or_else(|| change.summary.values().next())
            .cloned()
            .unwrap_or_default();
        lines.push_str(&format!(
            "\n  - {} (key {key}, rule {rule}): {summary}",
            change.path
        ));
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    if keys.is_empty() {
        return None;
    }
    let archive = opts
        .archive_arg
        .as_ref()
        .map(|a| format!(" --archive {a}"))
        .unwrap_or_default();
    let commands: String = keys
        .iter()
        .map(|key| {
            format!(
                "\n    policyc review{archive} {id}@latest {} --decide {key} --as editorial --reason \"…\"",
                c.path.display()
            )
        })
        .collect();
    Some(format!(
        "{id} has {} major {} found only in its prose that no one has decided:{lines}\nEither a person judges {} harmless and records why (--as editorial, or --as minor to list it as a minor change):{commands}\nor it is published as major, with its notice: publish with --acknowledge-major",
        keys.len(),
        wording::plural(keys.len(), "change", "changes"),
        wording::plural(keys.len(), "it", "each"),
    ))
}

/// Why a major or consent change cannot take effect when it says: sooner than the notice
/// period (the policy's own, else the configuration's) after today.
fn notice_refusal(p: &Policy, severity: Severity, opts: &Request) -> Option<String> {
    if severity < Severity::Major {
        return None;
    }
    let period = p
        .notice_period
        .as_ref()
        .map(days)
        .or(opts.notice_period_days.map(u64::from))?;
    let gap = days_between(&opts.today, &p.dates.effective);
    (gap < period as i64).then(|| {
        format!(
            "{} is a {} change published on {} but effective on {}: the notice period is {period} days, so it can take effect on {} at the earliest",
            p.id,
            severity.id(),
            opts.today,
            p.dates.effective,
            add_days(&opts.today, period as i64)
        )
    })
}

/// Records the planned versions as one commit with one tag per version, extending each
/// policy's index (`versions.json`). Returns the commit and the tags.
/// The tag of a planned version: `<id>/<version>`.
fn tag_name(p: &Planned) -> String {
    let id = p.headline.split(' ').next().unwrap_or_default();
    format!("{id}/{}", p.entry.version)
}

pub fn record(
    archive: &Archive,
    planned: &[&Planned],
    message: Option<&str>,
    author: &git2::Signature<'_>,
) -> Result<(git2::Oid, Vec<String>), archive::Error> {
    // Every tag is checked before anything is written: a version is never recorded without
    // the tag that names it.
    for p in planned {
        archive.check_new_tag(&tag_name(p))?;
    }
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for p in planned {
        files.extend(p.files.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    let first_line = planned
        .iter()
        .map(|p| p.headline.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    let mut body = String::new();
    if let Some(m) = message {
        body.push_str(m.trim());
        body.push_str("\n\n");
    }
    for p in planned {
        body.push_str(&format!("{}\n", p.headline));
        if let Some(d) = &p.diff {
            for change in &d.changes {
                let line = change
                    .summary
                    .get(&d.authoritative)
                    .or_else(|| change.summary.values().next())
                    .cloned()
                    .unwrap_or_default();
                let rule = change
                    .rule
                    .map(|r| format!(" [{}]", r.id()))
                    .unwrap_or_default();
                body.push_str(&format!("  - {}{rule}: {line}\n", change.severity.id()));
                if let Some(a) = &change.decision {
                    let was = a
                        .rule
                        .map(|r| format!("{} [{}]", a.was.id(), r.id()))
                        .unwrap_or_else(|| a.was.id().to_string());
                    body.push_str(&format!(
                        "    decided {} (was {was}) by {} on {}: {} {} (key {}): {}\n",
                        a.decision.severity.severity().id(),
                        a.decision.by,
                        a.decision.date,
                        p.headline.split(' ').next().unwrap_or_default(),
                        change.path,
                        a.decision.key,
                        a.decision.reason
                    ));
                }
            }
        }
    }
    let message = format!("{first_line}\n\n{}", body.trim_end());
    let commit = archive.commit(&files, &message, author)?;
    let mut tags = Vec::new();
    for p in planned {
        let name = tag_name(p);
        archive.tag(&name, commit, &p.headline, author)?;
        tags.push(name);
    }
    Ok((commit, tags))
}
