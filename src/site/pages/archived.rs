//! Archived files made into pages: the site's blocks inserted into an archived render, and
//! the changes of `changes.json` made into the diff page's view.

use super::*;

/// The language of a page and the path of its group of translations: `hitgen/zh-CN.html` is
/// `zh-CN` of `hitgen/*.html`.
pub(in crate::site) fn page_language(path: &str, languages: &[String]) -> (String, String) {
    let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
    let stem = file.strip_suffix(".html").unwrap_or(file);
    if dir.is_empty() && stem == "index" {
        return (
            "index".into(),
            languages.first().cloned().unwrap_or_default(),
        );
    }
    if let Some(lang) = stem.strip_prefix("index.").filter(|_| dir.is_empty()) {
        return ("index".into(), lang.to_string());
    }
    let (prefix, lang) = match stem.rsplit_once('.') {
        Some((prefix, lang)) => (format!("{prefix}."), lang),
        None => (String::new(), stem),
    };
    let group = if dir.is_empty() {
        format!("{prefix}*")
    } else {
        format!("{dir}/{prefix}*")
    };
    (group, lang.to_string())
}

/// The diff of a version, read from its `changes.json` (or of a version and the current one),
/// as the diff page at `from` shows it.
pub(in crate::site) fn fill_changes(
    page: &mut ChangesPage,
    diff: &JsonDiff,
    lang: &str,
    id: &str,
    version: &str,
    previous: &str,
    from: &str,
) {
    let in_lang = |m: &BTreeMap<String, String>| {
        m.get(lang)
            .or_else(|| m.get(&diff.authoritative))
            .or_else(|| m.values().next())
            .cloned()
            .unwrap_or_default()
    };
    // The reader's headline: how much this version matters, from when (the diff's own
    // headline speaks to the publisher).
    // A later version with no change but its dates says what an editorial one says ("none"
    // is the first version's).
    let severity = match page.version.severity.as_str() {
        "none" => "editorial",
        other => other,
    };
    page.headline = words::headline(severity, &page.version.effective, lang);
    for severity in ["consent", "major", "minor", "editorial"] {
        let changes: Vec<ChangeView> = diff
            .changes
            .iter()
            .filter(|c| c.severity.id() == severity)
            .map(|c| {
                let kind = serde_json::to_value(c.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                let href = c.location.as_ref().map(|l| {
                    let in_version = if kind == "removed" { previous } else { version };
                    format!(
                        "{}#{}",
                        rel(from, &version_path(id, in_version, lang)),
                        l.section
                    )
                });
                let mut prose: Vec<&crate::diff::output::JsonProse> = c.prose.iter().collect();
                prose.sort_by_key(|p| p.lang != lang);
                ChangeView {
                    severity: severity.into(),
                    severity_label: words::severity(severity, lang),
                    rule: c.rule.map(|r| RuleView::new(r.id(), lang)),
                    kind_label: words::kind(&kind, lang),
                    kind,
                    summary: in_lang(&c.summary),
                    heading: c.location.as_ref().map(|l| in_lang(&l.heading)),
                    href,
                    prose: prose
                        .into_iter()
                        .map(|p| ProseView {
                            lang: p.lang.clone(),
                            name: language_name(&p.lang),
                            segments: p
                                .hunks
                                .iter()
                                .map(|h| SegmentView {
                                    op: match h.op {
                                        Op::Equal => "equal",
                                        Op::Delete => "delete",
                                        Op::Insert => "insert",
                                    },
                                    text: h.text.clone(),
                                })
                                .collect(),
                        })
                        .collect(),
                }
            })
            .collect();
        if !changes.is_empty() {
            page.has_prose |= changes.iter().any(|c| !c.prose.is_empty());
            page.groups.push(Group {
                severity: severity.into(),
                title: words::group(severity, changes.len(), lang),
                changes,
            });
        }
    }
}

/// Inserts the site's blocks into an archived page: `head` before `</head>`, `top` right
/// after the `<body>` tag. Both are whole elements, so a valid page stays valid.
pub(in crate::site) fn inject(
    env: &Environment<'_>,
    html: &str,
    page: &VersionPage,
    source: &str,
) -> Result<String, Error> {
    let name = "site-version.html";
    let template = env
        .get_template(name)
        .map_err(|e| template_error(name, &e))?;
    let mut captured = template
        .render_captured(minijinja::context! { page => minijinja::value::Serde(page) })
        .map_err(|e| template_error(name, &e))?;
    let head = captured
        .with_state_mut(|s| s.render_block("head"))
        .map_err(|e| template_error(name, &e))?;
    let top = captured
        .with_state_mut(|s| s.render_block("top"))
        .map_err(|e| template_error(name, &e))?;
    let head = finish_lines(&head);
    let top = finish_lines(&top);
    let lower = html.to_ascii_lowercase();
    let head_at = lower.find("</head>");
    let body_at = lower
        .find("<body")
        .and_then(|b| lower[b..].find('>').map(|e| b + e + 1));
    let (Some(head_at), Some(body_at)) = (head_at, body_at) else {
        return Err(Error::Archive(format!(
            "{source} has no <head> and <body> for the site's navigation"
        )));
    };
    if body_at < head_at {
        return Err(Error::Archive(format!(
            "{source}: <body> comes before </head>"
        )));
    }
    let mut out = String::with_capacity(html.len() + head.len() + top.len() + 2);
    out.push_str(&html[..head_at]);
    out.push_str(&head);
    out.push_str(&html[head_at..body_at]);
    out.push('\n');
    out.push_str(&top);
    out.push_str(html[body_at..].trim_start_matches('\n'));
    Ok(out)
}
