//! The files of a new version: its source, model, renders in every language and format,
//! `changes.json`, notices, and the policy's index with the new entry appended.

use super::*;

/// Renders and assembles the files of a new version.
pub(super) fn prepare(
    renderer: &Renderer,
    c: &Candidate,
    diff: Option<Diff>,
    index: &archive::Index,
    opts: &Request,
) -> Result<Planned, archive::Error> {
    let p = &c.policy;
    let dir = format!("{}/{}", p.id, p.version);
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    files.insert(
        format!("{dir}/source.policy"),
        c.source.clone().into_bytes(),
    );
    let model = (crate::model::to_json(p) + "\n").into_bytes();
    let sha256 = archive::receipt::sha256_hex(&model);
    files.insert(format!("{dir}/model.json"), model);
    for (name, content) in renderer
        .render_all(p)
        .map_err(|e| archive::Error::Io(format!("{}: {e}", p.id)))?
    {
        files.insert(format!("{dir}/{name}"), content.into_bytes());
    }
    if let Some((text, _)) = &c.decisions {
        // The review decisions as the author wrote them: the archive holds what decided
        // each change.
        files.insert(format!("{dir}/decisions.toml"), text.clone().into_bytes());
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
            let notice = Notice::new(p, d, lang, &opts.notice);
            let text = notice.text();
            let html = notice
                .html(renderer)
                .map_err(|e| archive::Error::Io(format!("{}: {e}", p.id)))?;
            files.insert(
                format!("{dir}/notice.{lang}.eml"),
                notice.eml(&text, &html).into_bytes(),
            );
            files.insert(format!("{dir}/notice.{lang}.html"), html.into_bytes());
            files.insert(format!("{dir}/notice.{lang}.txt"), text.into_bytes());
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
        sha256: Some(sha256),
        changelog: p
            .languages
            .iter()
            .filter_map(|l| Some((l.clone(), crate::render::view::changelog_entry(p, l)?)))
            .collect(),
        notice,
        acknowledged_consent: severity == Severity::Consent && opts.acknowledge_consent,
        acknowledged_major: opts.acknowledge_major
            && diff.as_ref().is_some_and(|d| {
                decisions::undecided(d)
                    .iter()
                    .any(|c| c.severity == Severity::Major)
            }),
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

/// One line saying what a version changed, in a language.
pub(super) fn summary_line(diff: Option<&Diff>, lang: &str) -> String {
    use crate::locale::{message, Arg};
    let Some(d) = diff else {
        return message(lang, "summary-line-first", &[]);
    };
    let parts: Vec<String> = [
        Severity::Consent,
        Severity::Major,
        Severity::Minor,
        Severity::Editorial,
    ]
    .into_iter()
    .filter_map(|s| {
        let n = d.changes.iter().filter(|c| c.severity == s).count();
        (n > 0).then(|| {
            message(
                lang,
                "summary-line-count",
                &[("severity", Arg::from(s.id())), ("count", Arg::from(n))],
            )
        })
    })
    .collect();
    let parts = parts.join(&message(lang, "summary-line-separator", &[]));
    let line = message(lang, "summary-line", &[("parts", Arg::from(parts))]);
    let mut chars = line.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
