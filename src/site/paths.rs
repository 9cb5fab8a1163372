//! Where each page lives, and relative links between pages.

pub(super) fn home_path(lang: &str, languages: &[String]) -> String {
    if languages.first().map(String::as_str) == Some(lang) {
        "index.html".into()
    } else {
        format!("index.{lang}.html")
    }
}

pub(super) fn current_path(id: &str, lang: &str) -> String {
    format!("{id}/{lang}.html")
}

pub(super) fn changelog_path(id: &str, lang: &str) -> String {
    format!("{id}/changelog.{lang}.html")
}

pub(super) fn feed_path(id: &str, lang: &str) -> String {
    format!("{id}/feed.{lang}.xml")
}

pub(crate) fn version_path(id: &str, version: &str, lang: &str) -> String {
    format!("{id}/{version}/{lang}.html")
}

pub(crate) fn changes_path(id: &str, version: &str, lang: &str) -> String {
    format!("{id}/{version}/changes.{lang}.html")
}

/// What changed from `version` to the current version.
pub(super) fn since_path(id: &str, version: &str, lang: &str) -> String {
    format!("{id}/{version}/since.{lang}.html")
}

/// The link from the page at `from` to `to` (both relative to the site root).
pub(super) fn rel(from: &str, to: &str) -> String {
    // The folders of `from`, and how many of them `to` shares from the root (never its file).
    let from_dirs = from.rsplit_once('/').map_or("", |(dirs, _)| dirs);
    let depth = if from.contains('/') {
        from_dirs.split('/').count()
    } else {
        0
    };
    let mut common = 0;
    let mut rest = to;
    if depth > 0 {
        for dir in from_dirs.split('/') {
            match rest.split_once('/') {
                Some((head, tail)) if head == dir => {
                    common += 1;
                    rest = tail;
                }
                _ => break,
            }
        }
    }
    let mut out = String::with_capacity(3 * (depth - common) + rest.len());
    for _ in common..depth {
        out.push_str("../");
    }
    out.push_str(rest);
    out
}

/// The prefix from the page at `from` to the site root.
pub(super) fn root_of(from: &str) -> String {
    "../".repeat(from.matches('/').count())
}

/// Languages in the site's order.
pub(super) fn ordered<'a>(
    langs: impl IntoIterator<Item = &'a String>,
    site: &[String],
) -> Vec<String> {
    let mut v: Vec<String> = langs.into_iter().cloned().collect();
    v.sort_by_key(|l| {
        (
            site.iter().position(|s| s == l).unwrap_or(usize::MAX),
            l.clone(),
        )
    });
    v.dedup();
    v
}
