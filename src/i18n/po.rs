//! gettext PO files, written and read by hand: the format is a few lines of C-like strings
//! and comments, and policyc needs exact control of what it writes (a header naming the
//! policy, an extracted comment with each unit's hash, deterministic output) and a reader
//! that reports the line of every problem. `msgfmt --check` accepts what [`write`] makes
//! (tests/i18n_files.rs runs it).
//!
//! An entry per unit: `msgctxt` is the unit's id, `msgid` the authoritative text in the
//! policy's source syntax (references such as `{@info.email}` and markup as written),
//! `msgstr` the translation; a stale or unconfirmed translation is `#, fuzzy`, a missing one
//! an empty `msgstr`. The header names the policy (`X-Policyc-Policy`, `X-Policyc-Path`) and
//! the languages (`X-Policyc-Source-Language`, `X-Policyc-Language`, as BCP 47 tags).

use super::{Catalog, FileError, Incoming, IncomingEntry, State, Target};
use crate::check::translations::canonical;

/// The hash comment's prefix: `#. policyc-hash: 3fa2c1d0`.
const HASH: &str = "policyc-hash: ";

/// The PO text of a catalog.
pub fn write(catalog: &Catalog) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "# Translation of policy {} from {} into {}.\n",
        one_line(&catalog.policy),
        catalog.source_lang,
        catalog.target_lang
    ));
    out.push_str(
        "# Written by `policyc i18n export`; read back with `policyc i18n import FILE`.\n\
         # Keep msgctxt and the policyc-hash comments as they are. Remove the fuzzy flag of\n\
         # an entry once its translation is done: import confirms exactly those.\n",
    );
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    let fields = [
        ("Project-Id-Version", catalog.policy.as_str()),
        // Left empty for the translator's tool to fill: policyc writes no dates or names.
        ("PO-Revision-Date", ""),
        ("Last-Translator", ""),
        ("Language-Team", ""),
        ("Language", &gettext_language(&catalog.target_lang)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("X-Generator", "policyc"),
        ("X-Policyc-Policy", catalog.policy.as_str()),
        ("X-Policyc-Path", catalog.path.as_str()),
        ("X-Policyc-Source-Language", catalog.source_lang.as_str()),
        ("X-Policyc-Language", catalog.target_lang.as_str()),
    ];
    for (name, value) in fields {
        let value = escape(&one_line(value));
        out.push_str(&format!("\"{name}: {value}\\n\"\n"));
    }
    for entry in &catalog.entries {
        out.push('\n');
        out.push_str(&format!("#. {HASH}{}\n", entry.hash));
        match entry.state {
            State::Stale => out.push_str(
                "#. The authoritative text changed since this translation was confirmed.\n",
            ),
            State::New if entry.target.is_some() => {
                out.push_str("#. This translation was never confirmed.\n")
            }
            _ => {}
        }
        out.push_str(&format!(
            "#: {}:{}\n",
            one_line(&catalog.path).replace(' ', "\u{a0}"),
            entry.line
        ));
        if entry.state != State::Confirmed && entry.target.is_some() {
            out.push_str("#, fuzzy\n");
        }
        out.push_str(&format!("msgctxt \"{}\"\n", escape(&entry.id)));
        out.push_str(&format!(
            "msgid \"{}\"\n",
            escape(&canonical(&entry.source))
        ));
        let target = entry.target.as_deref().map(canonical).unwrap_or_default();
        out.push_str(&format!("msgstr \"{}\"\n", escape(&target)));
    }
    out
}

/// gettext's spelling of a language: `zh_CN` for `zh-CN`.
fn gettext_language(tag: &str) -> String {
    tag.replace('-', "_")
}

/// A header value or comment on one line.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\{:03o}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// One entry as read: its comments' flags and hash, and its strings.
#[derive(Default)]
struct Raw {
    at: (usize, usize),
    fuzzy: bool,
    hash: Option<String>,
    msgctxt: Option<String>,
    msgid: Option<String>,
    msgstr: Option<String>,
    obsolete: bool,
}

/// Which string a continuation line adds to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Ctxt,
    Id,
    Str,
}

/// Reads a PO file written by [`write`] (and edited by a translator's tool).
pub fn read(text: &str) -> Result<Incoming, FileError> {
    let entries = raw_entries(text)?;
    let mut iter = entries.into_iter();
    let header = iter
        .next()
        .filter(|e| e.msgctxt.is_none() && e.msgid.as_deref() == Some(""))
        .ok_or_else(|| FileError::new((1, 1), "not a PO file from policyc: no header entry"))?;
    let fields = header.msgstr.unwrap_or_default();
    let field = |name: &str| {
        fields.lines().find_map(|line| {
            line.strip_prefix(name)
                .and_then(|rest| rest.strip_prefix(':'))
                .map(|v| v.trim().to_string())
        })
    };
    let need = |name: &str| {
        field(name).ok_or_else(|| {
            FileError::new(
                header.at,
                format!("not a PO file from policyc: the header has no `{name}` field"),
            )
        })
    };
    let mut incoming = Incoming {
        policy: need("X-Policyc-Policy")?,
        path: need("X-Policyc-Path")?,
        source_lang: need("X-Policyc-Source-Language")?,
        target_lang: need("X-Policyc-Language")?,
        entries: Vec::new(),
    };
    for raw in iter.filter(|e| !e.obsolete) {
        let id = raw
            .msgctxt
            .ok_or_else(|| FileError::new(raw.at, "an entry without msgctxt (the unit's id)"))?;
        let hash = raw.hash.ok_or_else(|| {
            FileError::new(raw.at, format!("entry `{id}` has no `#. {HASH}` comment"))
        })?;
        let source = raw
            .msgid
            .ok_or_else(|| FileError::new(raw.at, format!("entry `{id}` has no msgid")))?;
        let target = raw.msgstr.unwrap_or_default();
        let done = !raw.fuzzy && !target.is_empty();
        incoming.entries.push(IncomingEntry {
            id,
            hash,
            source,
            target: (!target.is_empty()).then_some(Target::Syntax(target)),
            done,
            at: raw.at,
        });
    }
    Ok(incoming)
}

fn raw_entries(text: &str) -> Result<Vec<Raw>, FileError> {
    let mut entries = Vec::new();
    let mut current = Raw::default();
    let mut started = false;
    let mut field: Option<Field> = None;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (n, line) in text.lines().enumerate() {
        let at = (n + 1, 1);
        let line = line.trim_end_matches('\r');
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            continue;
        }
        // A comment or keyword after an entry's msgstr starts the next entry.
        let begins_entry = !trimmed.starts_with('"') && field == Some(Field::Str);
        if begins_entry {
            entries.push(std::mem::take(&mut current));
            started = false;
            field = None;
        }
        if !started {
            current.at = at;
            started = true;
        }
        if let Some(comment) = trimmed.strip_prefix('#') {
            if let Some(flags) = comment.strip_prefix(',') {
                current.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            } else if let Some(extracted) = comment.strip_prefix('.') {
                if let Some(hash) = extracted.trim().strip_prefix(HASH) {
                    current.hash = Some(hash.trim().to_string());
                }
            } else if comment.starts_with('~') {
                current.obsolete = true;
            }
            continue;
        }
        let (which, rest) = if let Some(rest) = trimmed.strip_prefix("msgctxt") {
            (Field::Ctxt, rest)
        } else if let Some(rest) = trimmed.strip_prefix("msgid_plural") {
            return Err(FileError::new(
                at,
                format!("plural forms are not used by policyc: {}", rest.trim()),
            ));
        } else if let Some(rest) = trimmed.strip_prefix("msgid") {
            (Field::Id, rest)
        } else if let Some(rest) = trimmed.strip_prefix("msgstr") {
            if rest.starts_with('[') {
                return Err(FileError::new(at, "plural forms are not used by policyc"));
            }
            (Field::Str, rest)
        } else if trimmed.starts_with('"') {
            let Some(which) = field else {
                return Err(FileError::new(at, "a string outside an entry"));
            };
            let value = unquote(trimmed, at)?;
            target(&mut current, which).push_str(&value);
            continue;
        } else {
            return Err(FileError::new(
                at,
                format!(
                    "not PO syntax: `{}`",
                    trimmed.chars().take(40).collect::<String>()
                ),
            ));
        };
        let value = unquote(rest.trim(), (n + 1, line.len() - rest.len() + 1))?;
        let slot = target(&mut current, which);
        if !slot.is_empty() {
            return Err(FileError::new(
                at,
                "a second string of the same kind in one entry",
            ));
        }
        slot.push_str(&value);
        field = Some(which);
    }
    if started {
        entries.push(current);
    }
    Ok(entries)
}

fn target(raw: &mut Raw, which: Field) -> &mut String {
    match which {
        Field::Ctxt => raw.msgctxt.get_or_insert_with(String::new),
        Field::Id => raw.msgid.get_or_insert_with(String::new),
        Field::Str => raw.msgstr.get_or_insert_with(String::new),
    }
}

/// The content of one quoted PO string, its escapes resolved.
fn unquote(text: &str, at: (usize, usize)) -> Result<String, FileError> {
    let inner = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .filter(|_| text.len() >= 2)
        .ok_or_else(|| FileError::new(at, "expected a string in double quotes"))?;
    let mut out = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '"' {
            return Err(FileError::new(at, "an unescaped `\"` inside a string"));
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some('a') => out.push('\u{7}'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('v') => out.push('\u{b}'),
            Some(d @ '0'..='7') => {
                let mut value = d.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(v) => {
                            value = value * 8 + v;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            other => {
                return Err(FileError::new(
                    at,
                    format!(
                        "unknown escape `\\{}` in a string",
                        other.map(String::from).unwrap_or_default()
                    ),
                ))
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Entry;

    fn parse(text: &str) -> Vec<crate::syntax::Inline> {
        let mut diags = Vec::new();
        crate::syntax::inline::parse(text, 0, &mut diags)
    }

    fn catalog() -> Catalog {
        Catalog {
            policy: "demo".into(),
            path: "policies/demo.policy".into(),
            source_lang: "en".into(),
            target_lang: "zh-CN".into(),
            entries: vec![
                Entry {
                    id: "p1".into(),
                    hash: "0011aabb".into(),
                    line: 4,
                    source: parse(r#"Say "hi" to {@info.email} \\ **now**"#),
                    target: Some(parse("向{@info.email}问好")),
                    state: State::Stale,
                },
                Entry {
                    id: "title".into(),
                    hash: "22334455".into(),
                    line: 2,
                    source: parse("Title"),
                    target: None,
                    state: State::New,
                },
            ],
        }
    }

    #[test]
    fn what_is_written_reads_back() {
        let text = write(&catalog());
        assert!(text.contains("#, fuzzy\nmsgctxt \"p1\"\n"), "{text}");
        assert!(
            text.contains(r#"msgid "Say \"hi\" to {@info.email} \\\\ **now**""#),
            "{text}"
        );
        let back = read(&text).expect("reads");
        assert_eq!(back.policy, "demo");
        assert_eq!(back.target_lang, "zh-CN");
        assert_eq!(back.entries.len(), 2);
        assert_eq!(back.entries[0].id, "p1");
        assert_eq!(back.entries[0].hash, "0011aabb");
        assert!(!back.entries[0].done);
        assert_eq!(
            back.entries[0].target,
            Some(Target::Syntax("向{@info.email}问好".into()))
        );
        assert_eq!(back.entries[1].target, None);
    }

    #[test]
    fn wrapped_strings_and_unfuzzied_entries_read() {
        let text = write(&catalog()).replace("#, fuzzy\n", "").replace(
            "msgstr \"向{@info.email}问好\"",
            "msgstr \"\"\n\"向{@info.email}\"\n\"问好\"",
        );
        let back = read(&text).expect("reads");
        assert!(back.entries[0].done);
        assert_eq!(
            back.entries[0].target,
            Some(Target::Syntax("向{@info.email}问好".into()))
        );
    }

    #[test]
    fn broken_files_are_errors_with_a_line() {
        let err = read("<html>").map(|_| ()).expect_err("not PO");
        assert_eq!(err.line, 1);
        let text = write(&catalog()).replace("msgctxt \"title\"", "msgctxt \"title");
        let err = read(&text).map(|_| ()).expect_err("broken string");
        assert!(err.line > 10, "{err}");
        let err = read("msgid \"\"\nmsgstr \"\"\n")
            .map(|_| ())
            .expect_err("no fields");
        assert!(err.message.contains("X-Policyc-Policy"), "{err}");
    }
}
