//! Atom feeds (RFC 4287), one per policy and language, written with `atom_syndication`: the
//! entries are the versions, newest first, each with the notice text of a major or consent
//! change, or else its summary, after the policy's own changelog entry (what changed in the
//! publisher's words) where it keeps one; that entry is the summary then. Dates are the publish dates (the day a reader could first see
//! the version), at midnight UTC.

use atom_syndication::{Category, Content, Feed, FixedDateTime, Link, Person, Text, WriteConfig};
use serde::Serialize;

use super::Error;

/// The feed itself.
#[derive(Debug, Serialize)]
pub(super) struct Head {
    pub lang: String,
    pub id: String,
    pub title: String,
    pub author: String,
    pub self_url: String,
    pub alternate_url: String,
    pub icon: String,
}

/// One version.
#[derive(Debug, Serialize)]
pub(super) struct Entry {
    pub version: String,
    pub title: String,
    /// YYYY-MM-DD
    pub published: String,
    pub url: String,
    pub changes_url: Option<String>,
    pub summary: String,
    /// The policy's own changelog entry for the version, and its label ("In the publisher's
    /// words").
    pub author_summary: Option<(String, String)>,
    /// The effective date as the language writes it.
    pub effective: String,
    /// The severity, then the rules.
    pub categories: Vec<String>,
    /// The archive path of the notice text, for major and consent versions.
    pub notice: Option<String>,
}

fn date(day: &str) -> Result<FixedDateTime, Error> {
    format!("{day}T00:00:00Z")
        .parse::<FixedDateTime>()
        .map_err(|e| Error::Archive(format!("`{day}` is not a date: {e}")))
}

fn link(href: &str, rel: &str, mime: Option<&str>, lang: Option<&str>) -> Link {
    Link {
        href: href.to_string(),
        rel: rel.to_string(),
        mime_type: mime.map(str::to_string),
        hreflang: lang.map(str::to_string),
        ..Default::default()
    }
}

/// The feed as XML; `notices` holds the notice text of each entry that has one.
pub(super) fn atom(
    head: &Head,
    entries: &[Entry],
    notices: &[Option<String>],
) -> Result<Vec<u8>, Error> {
    let mut feed_entries = Vec::new();
    let mut updated: Option<FixedDateTime> = None;
    for (e, notice) in entries.iter().zip(notices) {
        let published = date(&e.published)?;
        updated = Some(updated.map_or(published, |u| u.max(published)));
        let mut text = match notice {
            Some(n) => n.trim_end().to_string(),
            None => super::words::entry_text(&e.summary, &e.effective, &head.lang),
        };
        if let Some((label, author)) = &e.author_summary {
            let colon = super::words::words(&head.lang).get("colon").to_string();
            text = format!("{label}{colon}{author}\n\n{text}");
        }
        let mut links = vec![link(
            &e.url,
            "alternate",
            Some("text/html"),
            Some(&head.lang),
        )];
        if let Some(c) = &e.changes_url {
            links.push(link(c, "related", Some("text/html"), Some(&head.lang)));
        }
        feed_entries.push(atom_syndication::Entry {
            title: Text::plain(e.title.clone()),
            id: e.url.clone(),
            updated: published,
            published: Some(published),
            links,
            summary: Some(Text::plain(
                e.author_summary
                    .as_ref()
                    .map_or_else(|| e.summary.clone(), |(_, a)| a.clone()),
            )),
            content: Some(Content {
                value: Some(text),
                content_type: Some("text".into()),
                lang: Some(head.lang.clone()),
                ..Default::default()
            }),
            categories: e
                .categories
                .iter()
                .map(|c| Category {
                    term: c.clone(),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        });
    }
    let feed = Feed {
        title: Text::plain(head.title.clone()),
        id: head.id.clone(),
        updated: match updated {
            Some(u) => u,
            None => date("1970-01-01")?,
        },
        authors: vec![Person {
            name: head.author.clone(),
            ..Default::default()
        }],
        links: vec![
            link(&head.self_url, "self", Some("application/atom+xml"), None),
            link(
                &head.alternate_url,
                "alternate",
                Some("text/html"),
                Some(&head.lang),
            ),
        ],
        icon: Some(head.icon.clone()),
        lang: Some(head.lang.clone()),
        entries: feed_entries,
        ..Default::default()
    };
    let mut out = feed
        .write_with_config(
            Vec::new(),
            WriteConfig {
                write_document_declaration: true,
                indent_size: Some(2),
            },
        )
        .map_err(|e| Error::Archive(format!("the feed {}: {e}", head.id)))?;
    out.push(b'\n');
    Ok(out)
}
