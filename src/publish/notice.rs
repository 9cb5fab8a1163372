//! The notice of a major or consent version, in every form publish archives: plain text for
//! an e-mail (`notice.<lang>.txt`), an e-mail-ready HTML page (`notice.<lang>.html`, the
//! overridable template `notice.html`), a MIME message holding both (`notice.<lang>.eml`) and
//! JSON (`notice.json`); and the day arithmetic of notice periods.

use super::*;
use crate::locale::{message, Arg};

/// Where a notice's links point and who sends it: `policyc.toml`'s `[notice]`.
#[derive(Clone, Debug, Default)]
pub struct NoticeSettings {
    /// The address the site is served at, ending in `/` (the site's `base_url`): the notice
    /// links to the version's diff page and to the full policy there. Without it the notice
    /// has no links.
    pub site_url: Option<String>,
    /// The sender of the e-mail, `Name <address>` or `address`. Without it, the controllers'
    /// names and the policy's first contact e-mail address.
    pub from: Option<String>,
}

/// What a notice says, in one language: the text, HTML and e-mail forms are made from it.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Notice {
    pub lang: String,
    /// The e-mail's subject and the HTML page's title: names the company and the change.
    pub subject: String,
    /// The heading: "Important changes to our Privacy Policy".
    pub title: String,
    /// The version and its effective date.
    pub intro: String,
    /// The key changes, one sentence each.
    pub changes: Vec<String>,
    /// Changes that need consent again, with the laws' reasons.
    pub consent_again: Option<String>,
    pub fresh: Vec<FreshConsent>,
    /// Said when the change reduces the user's rights.
    pub rights_reduced: Option<String>,
    /// Links to the diff page and the full policy, when the site's address is known.
    pub links: Option<Links>,
    /// The previous version is archived.
    pub archived: String,
    /// The sender, as an RFC 5322 mailbox (`Name <address>`), when there is one.
    #[serde(skip)]
    pub from: Option<(String, String)>,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct FreshConsent {
    pub change: String,
    pub reasons: String,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Links {
    pub changes: String,
    pub changes_label: String,
    pub policy: String,
    pub policy_label: String,
}

impl Notice {
    /// The notice of `p` (the new version) for the changes `d`, in `lang`.
    pub fn new(p: &Policy, d: &Diff, lang: &str, settings: &NoticeSettings) -> Notice {
        let title = crate::render::view::plain(&crate::render::view::page(p, lang).title);
        let publisher = wording::publisher(p, lang);
        let whose = wording::whose(&title, &publisher, lang);
        let effective = wording::date(&p.dates.effective, lang);
        let say = |id: &str| message(lang, id, &[]);
        let changes = d
            .changes
            .iter()
            .filter(|c| c.severity >= Severity::Major)
            .map(|c| summary_in(c, d, lang))
            .collect();
        let fresh: Vec<FreshConsent> = crate::diff::output::fresh(d)
            .filter(|(_, g)| *g != crate::diff::consent::Ground::RightsReduced)
            .map(|(c, g)| FreshConsent {
                change: summary_in(c, d, lang),
                reasons: crate::diff::consent::reasons(g, &d.laws, lang).join(" "),
            })
            .collect();
        let links = settings.site_url.as_deref().map(|base| {
            let base = base.trim_end_matches('/');
            Links {
                changes: format!(
                    "{base}/{}",
                    crate::site::paths::changes_path(&p.id, &p.version, lang)
                ),
                changes_label: say("notice-link-changes"),
                policy: format!(
                    "{base}/{}",
                    crate::site::paths::version_path(&p.id, &p.version, lang)
                ),
                policy_label: say("notice-link-policy"),
            }
        });
        Notice {
            lang: lang.to_string(),
            subject: message(lang, "notice-subject", &[("title", Arg::from(whose))]),
            title: message(lang, "notice-title", &[("title", Arg::from(title.clone()))]),
            intro: message(
                lang,
                "notice-intro",
                &[
                    ("title", Arg::from(title)),
                    ("version", Arg::from(p.version.clone())),
                    ("date", Arg::from(effective)),
                ],
            ),
            changes,
            consent_again: (!fresh.is_empty()).then(|| say("notice-consent-again")),
            fresh,
            rights_reduced: (d.severity == Severity::Consent).then(|| say("notice-rights-reduced")),
            links,
            archived: message(
                lang,
                "notice-archived",
                &[("version", Arg::from(d.old.version.clone()))],
            ),
            from: sender(p, lang, settings),
        }
    }

    /// The notice as plain text fit for an e-mail, wrapped at 78 columns.
    pub fn text(&self) -> String {
        let wrap = |text: &str, indent: &str| {
            textwrap::fill(
                text,
                textwrap::Options::new(78)
                    .subsequent_indent(indent)
                    .word_separator(textwrap::WordSeparator::UnicodeBreakProperties),
            )
        };
        let mut paragraphs = vec![self.title.clone(), wrap(&self.intro, "")];
        let changes: Vec<String> = self
            .changes
            .iter()
            .map(|line| wrap(&format!("- {line}"), "  "))
            .collect();
        paragraphs.push(changes.join("\n"));
        if let Some(again) = &self.consent_again {
            paragraphs.push(wrap(again, ""));
            let fresh: Vec<String> = self
                .fresh
                .iter()
                .map(|f| wrap(&format!("- {}\n  {}", f.change, f.reasons), "  "))
                .collect();
            paragraphs.push(fresh.join("\n"));
        }
        if let Some(reduced) = &self.rights_reduced {
            paragraphs.push(wrap(reduced, ""));
        }
        if let Some(links) = &self.links {
            // An address is never broken across lines: a mail client links it whole.
            let colon = message(&self.lang, "page-colon", &[]);
            let colon = colon.trim_end();
            paragraphs.push(format!(
                "{}{colon}\n{}\n\n{}{colon}\n{}",
                links.changes_label, links.changes, links.policy_label, links.policy
            ));
        }
        paragraphs.push(wrap(&self.archived, ""));
        paragraphs.join("\n\n") + "\n"
    }

    /// The notice as an HTML page for an e-mail (the template `notice.html`).
    pub fn html(&self, renderer: &Renderer) -> Result<String, crate::render::RenderError> {
        renderer.render_notice(self)
    }

    /// The notice as a MIME message: `multipart/alternative` with the text and the HTML in
    /// UTF-8, a subject naming the company and the change, the sender when there is one; no
    /// date, recipient or message id, so that the same notice is the same file. Lines end in
    /// CRLF, as RFC 5322 requires.
    pub fn eml(&self, text: &str, html: &str) -> String {
        use sha2::Digest;
        let text = crlf(text);
        let html = crlf(html);
        let mut hash = sha2::Sha256::new();
        hash.update(text.as_bytes());
        hash.update(html.as_bytes());
        let digest = format!("{:x}", hash.finalize());
        // "=_" never occurs in base64, so the boundary cannot occur in the parts.
        let boundary = format!("=_policyc_{}", &digest[..32]);
        let mut out = String::new();
        out.push_str("MIME-Version: 1.0\r\n");
        if let Some((name, address)) = &self.from {
            out.push_str(&header("From", &mailbox(name, address)));
        }
        out.push_str(&header("Subject", &encoded_words(&self.subject)));
        out.push_str(&format!("Content-Language: {}\r\n", self.lang));
        out.push_str(&header(
            "Content-Type",
            &format!("multipart/alternative; boundary=\"{boundary}\""),
        ));
        out.push_str("\r\n");
        for (kind, body) in [("plain", &text), ("html", &html)] {
            out.push_str(&format!("--{boundary}\r\n"));
            out.push_str(&format!("Content-Type: text/{kind}; charset=utf-8\r\n"));
            out.push_str("Content-Transfer-Encoding: base64\r\n\r\n");
            out.push_str(&data_encoding::BASE64_MIME.encode(body.as_bytes()));
        }
        out.push_str(&format!("--{boundary}--\r\n"));
        out
    }
}

/// The sender: the configured one, else the controllers' names and the first contact e-mail
/// address of the policy.
fn sender(p: &Policy, lang: &str, settings: &NoticeSettings) -> Option<(String, String)> {
    if let Some(from) = &settings.from {
        return parse_mailbox(from).ok();
    }
    let address = p
        .facts
        .contacts
        .iter()
        .find_map(|c| c.email.as_ref().and_then(|e| e.given()))?;
    Some((wording::publisher(p, lang), address.clone()))
}

/// Reads `Name <address>` or `address`, checking the address.
pub fn parse_mailbox(text: &str) -> Result<(String, String), String> {
    let text = text.trim();
    let (name, address) = match text.rsplit_once('<') {
        Some((name, rest)) => match rest.strip_suffix('>') {
            Some(address) => (name.trim().trim_matches('"').trim(), address.trim()),
            None => return Err(format!("`{text}`: a `<` without its `>`")),
        },
        None => ("", text),
    };
    if name.chars().any(char::is_control) {
        return Err(format!("`{text}`: the name holds a control character"));
    }
    email_address::EmailAddress::parse_with_options(
        address,
        email_address::Options::default().without_display_text(),
    )
    .map_err(|e| format!("`{address}` is not an e-mail address ({e})"))?;
    Ok((name.to_string(), address.to_string()))
}

/// `Name <address>`, the name quoted or encoded as RFC 5322 and RFC 2047 require.
fn mailbox(name: &str, address: &str) -> String {
    if name.is_empty() {
        return address.to_string();
    }
    let atoms = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == ' ' || "!#$%&'*+-/=?^_`{|}~".contains(c));
    let name = if atoms {
        name.to_string()
    } else if name.chars().all(|c| c.is_ascii() && !c.is_ascii_control()) {
        format!("\"{}\"", name.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        encoded_words(name)
    };
    format!("{name} <{address}>")
}

/// A header line, folded before 78 columns at its spaces (RFC 5322 section 2.2.3).
fn header(name: &str, value: &str) -> String {
    let mut out = format!("{name}:");
    let mut line = out.len();
    for word in value.split(' ') {
        if line + 1 + word.len() > 76 && line > name.len() + 1 {
            out.push_str("\r\n");
            line = 0;
        }
        out.push(' ');
        out.push_str(word);
        line += 1 + word.len();
    }
    out.push_str("\r\n");
    out
}

/// A header value: as it is when it is printable ASCII, else RFC 2047 encoded words
/// (`=?utf-8?B?...?=`, each of whole characters and at most 75 columns), separated by
/// spaces so that `header` folds between them.
fn encoded_words(value: &str) -> String {
    if value.chars().all(|c| c.is_ascii() && !c.is_ascii_control()) && !value.contains("=?") {
        return value.to_string();
    }
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in value.chars() {
        // 39 bytes make 52 base64 characters, 64 with `=?utf-8?B?` and `?=`: a word fits a
        // line after the longest header name written here (`Content-Type: `).
        if chunk.len() + c.len_utf8() > 39 {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    words.push(chunk);
    words
        .iter()
        .map(|w| format!("=?utf-8?B?{}?=", data_encoding::BASE64.encode(w.as_bytes())))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text with every line ending in CRLF, MIME's canonical form of text.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// A change's summary in `lang`, else in the authoritative language.
fn summary_in(c: &crate::diff::Change, d: &Diff, lang: &str) -> String {
    c.summary
        .get(lang)
        .or_else(|| c.summary.get(&d.authoritative))
        .cloned()
        .unwrap_or_default()
}

pub(super) fn notice_json(p: &Policy, d: &Diff) -> String {
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
            let text = crate::locale::message(
                l,
                "notice-title",
                &[("title", crate::locale::Arg::from(title))],
            );
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
    let mut value = value;
    let fresh = crate::diff::output::JsonDiff::new(d).fresh_consent;
    if !fresh.is_empty() {
        value["fresh-consent"] = serde_json::to_value(fresh).unwrap_or_default();
    }
    serde_json::to_string_pretty(&value).expect("the notice serialises")
}

/// A duration in days, rounded up (a month counts 30 days, a working day 7/5 of a day).
pub(super) fn days(d: &Duration) -> u64 {
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

pub(super) fn days_between(from: &str, to: &str) -> i64 {
    match (
        from.parse::<jiff::civil::Date>(),
        to.parse::<jiff::civil::Date>(),
    ) {
        (Ok(a), Ok(b)) => (b - a).get_days() as i64,
        _ => 0,
    }
}

pub(super) fn add_days(date: &str, n: i64) -> String {
    date.parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.checked_add(jiff::Span::new().days(n)).ok())
        .map(|d| d.to_string())
        .unwrap_or_default()
}
