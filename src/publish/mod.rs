//! Publish: decide, for each checked policy, whether it is a new version to record in the
//! archive, unchanged, or refused; then record every new version in one commit.
//!
//! Planning reads the archive and renders; it writes nothing. Recording writes only when
//! nothing was refused, so a refused publish leaves the archive untouched.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::archive::{self, Archive, VersionEntry};
use crate::diff::{self, Diff, Severity};
use crate::model::wording;
use crate::model::{Duration, Policy, Unit};
use crate::render::Renderer;

/// A policy to publish: where it came from, its source and its checked model.
pub struct Candidate {
    pub path: PathBuf,
    pub source: String,
    pub policy: Policy,
    /// How many of its translations are stale.
    pub stale: usize,
}

pub struct Options {
    pub allow_stale: bool,
    pub acknowledge_consent: bool,
    /// The publish date (YYYY-MM-DD): today unless a test or a back-dated run says otherwise.
    pub today: String,
    /// From the configuration: the notice period for major changes, when the policy sets none.
    pub notice_period_days: Option<u32>,
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
    opts: &Options,
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
    opts: &Options,
) -> Result<Outcome, archive::Error> {
    let p = &c.policy;
    let index = archive.index(&p.id)?;
    let last = index.last()?;
    let previous = match &last {
        Some(last) => {
            let bytes = archive
                .read(&format!("{}/{}/model.json", p.id, last.version))?
                .ok_or_else(|| {
                    archive::Error::Corrupt(format!(
                        "{}/{}/model.json is missing",
                        p.id, last.version
                    ))
                })?;
            let model: Policy = serde_json::from_slice(&bytes).map_err(|e| {
                archive::Error::Corrupt(format!("{}/{}/model.json: {e}", p.id, last.version))
            })?;
            Some((last, model))
        }
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
            if c.stale == 1 { "translation" } else { "translations" },
            c.path.display()
        )));
    }
    let diff = previous.as_ref().map(|(_, old)| diff::diff(old, p));
    if let Some((last, _)) = &previous {
        if p.dates.updated == last.updated {
            return Ok(Outcome::Refused(format!(
                "{} changed but its update date is still {}; set `updated` to the date of this change",
                p.id, last.updated
            )));
        }
        for (what, new, old) in [
            ("update", &p.dates.updated, &last.updated),
            ("release", &p.dates.released, &last.released),
            ("effective", &p.dates.effective, &last.effective),
        ] {
            if new < old {
                return Ok(Outcome::Refused(format!(
                    "{}'s {what} date {new} goes back before the archived version's {old}; dates of a new version cannot go backwards",
                    p.id
                )));
            }
        }
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
    if severity >= Severity::Major {
        let period = p
            .notice_period
            .as_ref()
            .map(days)
            .or(opts.notice_period_days.map(u64::from));
        if let Some(period) = period {
            let gap = days_between(&opts.today, &p.dates.effective);
            if gap < period as i64 {
                return Ok(Outcome::Refused(format!(
                    "{} is a {} change published on {} but effective on {}: the notice period is {period} days, so it can take effect on {} at the earliest",
                    p.id,
                    severity.id(),
                    opts.today,
                    p.dates.effective,
                    add_days(&opts.today, period as i64)
                )));
            }
        }
    }
    Ok(Outcome::Publish(Box::new(prepare(
        renderer, c, diff, &index, opts,
    )?)))
}

/// Renders and assembles the files of a new version.
fn prepare(
    renderer: &Renderer,
    c: &Candidate,
    diff: Option<Diff>,
    index: &archive::Index,
    opts: &Options,
) -> Result<Planned, archive::Error> {
    let p = &c.policy;
    let dir = format!("{}/{}", p.id, p.version);
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    files.insert(
        format!("{dir}/source.policy"),
        c.source.clone().into_bytes(),
    );
    files.insert(
        format!("{dir}/model.json"),
        (crate::model::to_json(p) + "\n").into_bytes(),
    );
    for (name, content) in renderer
        .render_all(p)
        .map_err(|e| archive::Error::Io(format!("{}: {e}", p.id)))?
    {
        files.insert(format!("{dir}/{name}"), content.into_bytes());
    }
    let severity = diff.as_ref().map_or(Severity::None, |d| d.severity);
    let changes_json = match &diff {
        Some(d) => diff::output::json(d),
        None => "{\n  \"severity\": \"none\",\n  \"first-version\": true,\n  \"changes\": []\n}"
            .to_string(),
    };
    files.insert(
        format!("{dir}/changes.json"),
        (changes_json + "\n").into_bytes(),
    );
    let mut rules: Vec<String> = Vec::new();
    if let Some(d) = &diff {
        for change in &d.changes {
            if let Some(rule) = change.rule {
                let id = rule.id().to_string();
                if !rules.contains(&id) {
                    rules.push(id);
                }
            }
        }
    }
    let notice = severity >= Severity::Major;
    if let (true, Some(d)) = (notice, &diff) {
        for lang in &p.languages {
            files.insert(
                format!("{dir}/notice.{lang}.txt"),
                notice_text(p, d, lang).into_bytes(),
            );
        }
        files.insert(
            format!("{dir}/notice.json"),
            (notice_json(p, d) + "\n").into_bytes(),
        );
    }
    let summary: BTreeMap<String, String> = p
        .languages
        .iter()
        .map(|l| (l.clone(), summary_line(diff.as_ref(), l)))
        .collect();
    let headline = match &diff {
        None => format!("{} {}: first version", p.id, p.version),
        Some(_) if rules.is_empty() => format!("{} {}: {}", p.id, p.version, severity.id()),
        Some(_) => format!(
            "{} {}: {} ({})",
            p.id,
            p.version,
            severity.id(),
            rules.join(", ")
        ),
    };
    let entry = VersionEntry {
        version: p.version.clone(),
        released: p.dates.released.clone(),
        updated: p.dates.updated.clone(),
        effective: p.dates.effective.clone(),
        published: opts.today.clone(),
        severity: severity.id().to_string(),
        rules,
        summary,
        notice,
        acknowledged_consent: severity == Severity::Consent && opts.acknowledge_consent,
        languages: p.languages.clone(),
    };
    files.insert(format!("{}/versions.json", p.id), index.with(&entry)?);
    Ok(Planned {
        entry,
        files,
        diff,
        headline,
    })
}

/// Records the planned versions as one commit with one tag per version, extending each
/// policy's index (`versions.json`). Returns the commit and the tags.
pub fn record(
    archive: &Archive,
    planned: &[&Planned],
    message: Option<&str>,
    author: &git2::Signature<'_>,
) -> Result<(git2::Oid, Vec<String>), archive::Error> {
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
            }
        }
    }
    let message = format!("{first_line}\n\n{}", body.trim_end());
    let commit = archive.commit(&files, &message, author)?;
    let mut tags = Vec::new();
    for p in planned {
        let id = p.headline.split(' ').next().unwrap_or_default();
        let name = format!("{id}/{}", p.entry.version);
        archive.tag(&name, commit, &p.headline, author)?;
        tags.push(name);
    }
    Ok((commit, tags))
}

/// One line saying what a version changed, in a language.
fn summary_line(diff: Option<&Diff>, lang: &str) -> String {
    let chinese = wording::script(lang) == wording::Script::Chinese;
    let Some(d) = diff else {
        return if chinese {
            "首次发布的版本。".into()
        } else {
            "First published version.".into()
        };
    };
    let count = |s: Severity| d.changes.iter().filter(|c| c.severity == s).count();
    let (consent, major, minor, editorial) = (
        count(Severity::Consent),
        count(Severity::Major),
        count(Severity::Minor),
        count(Severity::Editorial),
    );
    if chinese {
        let mut parts = Vec::new();
        if consent > 0 {
            parts.push(format!("{consent}项变更须征得您的明确同意"));
        }
        if major > 0 {
            parts.push(format!("{major}项重大变更"));
        }
        if minor > 0 {
            parts.push(format!("{minor}项一般变更"));
        }
        if editorial > 0 {
            parts.push(format!("{editorial}项文字修改"));
        }
        format!("{}。", parts.join("，"))
    } else {
        let mut parts = Vec::new();
        let s = |n: usize| if n == 1 { "" } else { "s" };
        if consent > 0 {
            parts.push(format!(
                "{consent} change{} needing your explicit consent",
                s(consent)
            ));
        }
        if major > 0 {
            parts.push(format!("{major} major change{}", s(major)));
        }
        if minor > 0 {
            parts.push(format!("{minor} minor change{}", s(minor)));
        }
        if editorial > 0 {
            parts.push(format!("{editorial} editorial change{}", s(editorial)));
        }
        let mut line = parts.join(", ");
        if let Some(first) = line.get(..1) {
            line = first.to_uppercase() + &line[1..];
        }
        format!("{line}.")
    }
}

/// The notice of a major or consent version, as plain text fit for an e-mail.
pub fn notice_text(p: &Policy, d: &Diff, lang: &str) -> String {
    let chinese = wording::script(lang) == wording::Script::Chinese;
    let title = crate::render::view::plain(&crate::render::view::page(p, lang).title);
    let effective = wording::date(&p.dates.effective, lang);
    let wrap = |text: &str, indent: &str| {
        textwrap::fill(
            text,
            textwrap::Options::new(78)
                .subsequent_indent(indent)
                .word_separator(textwrap::WordSeparator::UnicodeBreakProperties),
        )
    };
    let mut paragraphs = Vec::new();
    if chinese {
        paragraphs.push(format!("{title}重要变更通知"));
        paragraphs.push(wrap(
            &format!(
                "更新后的{title}（版本{}）将于{effective}生效。以下变更需要您特别注意：",
                p.version
            ),
            "",
        ));
    } else {
        paragraphs.push(format!("Important changes to our {title}"));
        paragraphs.push(wrap(
            &format!("The updated {title} (version {}) takes effect on {effective}. These changes need your attention:", p.version),
            "",
        ));
    }
    let changes: Vec<String> = d
        .changes
        .iter()
        .filter(|c| c.severity >= Severity::Major)
        .map(|c| {
            let line = c
                .summary
                .get(lang)
                .or_else(|| c.summary.get(&d.authoritative))
                .cloned()
                .unwrap_or_default();
            wrap(&format!("- {line}"), "  ")
        })
        .collect();
    paragraphs.push(changes.join("\n"));
    if d.severity == Severity::Consent {
        paragraphs.push(wrap(
            if chinese {
                "其中部分变更会削减您的权利：未经您的明确同意，这些变更不会适用于您。"
            } else {
                "Some of these changes reduce your rights: they will not apply to you without your explicit consent."
            },
            "",
        ));
    }
    paragraphs.push(wrap(
        &if chinese {
            format!("此前的版本（{}）已存档，供您查阅。", d.old.version)
        } else {
            format!(
                "The previous version ({}) is archived for your review.",
                d.old.version
            )
        },
        "",
    ));
    paragraphs.join("\n\n") + "\n"
}

fn notice_json(p: &Policy, d: &Diff) -> String {
    let changes: Vec<serde_json::Value> = d
        .changes
        .iter()
        .filter(|c| c.severity >= Severity::Major)
        .map(|c| {
            serde_json::json!({
                "severity": c.severity.id(),
                "rule": c.rule.map(|r| r.id()),
                "path": c.path,
                "summary": c.summary,
            })
        })
        .collect();
    let headline: BTreeMap<String, String> = p
        .languages
        .iter()
        .map(|l| {
            let title = crate::render::view::plain(&crate::render::view::page(p, l).title);
            let text = if wording::script(l) == wording::Script::Chinese {
                format!("{title}重要变更通知")
            } else {
                format!("Important changes to our {title}")
            };
            (l.clone(), text)
        })
        .collect();
    let value = serde_json::json!({
        "policy": p.id,
        "version": p.version,
        "previous": d.old.version,
        "severity": d.severity.id(),
        "effective": p.dates.effective,
        "headline": headline,
        "changes": changes,
    });
    serde_json::to_string_pretty(&value).expect("the notice serialises")
}

/// A duration in days, rounded up (a month counts 30 days, a working day 7/5 of a day).
fn days(d: &Duration) -> u64 {
    let n = u64::from(d.amount.unwrap_or(0));
    let base = match d.unit {
        Unit::Days => n,
        Unit::WorkingDays => (n * 7).div_ceil(5),
        Unit::Weeks => n * 7,
        Unit::Months => n * 30,
        Unit::Years => n * 365,
        Unit::Promptly | Unit::ReasonableTime | Unit::AsLongAsNecessary => 0,
    };
    base + d.extendable_by.as_ref().map_or(0, |e| days(e))
}

fn days_between(from: &str, to: &str) -> i64 {
    match (
        from.parse::<jiff::civil::Date>(),
        to.parse::<jiff::civil::Date>(),
    ) {
        (Ok(a), Ok(b)) => (b - a).get_days() as i64,
        _ => 0,
    }
}

fn add_days(date: &str, n: i64) -> String {
    date.parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.checked_add(jiff::Span::new().days(n)).ok())
        .map(|d| d.to_string())
        .unwrap_or_default()
}
