//! Translators' files: a policy's translatable units ([`units`]) exported for one language
//! as a gettext PO file ([`po`]) or an XLIFF 2.0 document ([`xliff`]), and such a file read
//! back into the policy's source ([`apply`]).
//!
//! Both formats carry the same [`Catalog`]: the policy's id and path, the two languages, and
//! per unit its id, the hash of its authoritative text (so that a unit changed since the
//! export is detected at import), the authoritative text and the current translation, and
//! whether the translation is confirmed, stale or new. References and markup are placeholders
//! ([`codes`]): source syntax in PO, inline codes in XLIFF, checked at import.

pub mod apply;
pub mod codes;
pub mod po;
pub mod units;
pub mod xliff;

use std::fmt;

use crate::check::translations::source_hash;
use crate::syntax::{Arg, Ast, Elem, Inline};

/// What a translators' file knows of its policy, read from the policy's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub policy: String,
    pub authoritative: String,
    pub languages: Vec<String>,
}

/// The policy's id, its languages and its authoritative language (the first unless
/// `authoritative` names one), read from the syntax tree: a policy whose translations are
/// missing does not check, and is just the one a translator's file is for.
pub fn header(ast: &Ast) -> Result<Header, String> {
    let policy = ast
        .policy
        .id()
        .map(|w| w.text.clone())
        .ok_or("the policy has no id")?;
    let mut languages = Vec::new();
    let mut authoritative = None;
    for stmt in ast.policy.stmts() {
        match stmt.keyword.text.as_str() {
            "languages" => {
                for arg in &stmt.args {
                    if let Arg::List(elems) = arg {
                        languages.extend(elems.iter().filter_map(|e| match e {
                            Elem::Word(w) => Some(w.text.clone()),
                            Elem::At(..) => None,
                        }));
                    }
                }
            }
            "authoritative" => authoritative = stmt.id().map(|w| w.text.clone()),
            _ => {}
        }
    }
    let authoritative = authoritative
        .or_else(|| languages.first().cloned())
        .ok_or("the policy declares no languages")?;
    Ok(Header {
        policy,
        authoritative,
        languages,
    })
}

/// Where a translation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Confirmed against the current authoritative text.
    Confirmed,
    /// Confirmed against an earlier authoritative text.
    Stale,
    /// Never confirmed, or not translated yet.
    New,
}

/// One unit as a translators' file carries it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// The hash of the authoritative text.
    pub hash: String,
    /// The line of the policy file where the unit's text starts.
    pub line: usize,
    pub source: Vec<Inline>,
    pub target: Option<Vec<Inline>>,
    pub state: State,
}

/// A policy's units for one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    pub policy: String,
    /// The policy file's path, as the export was given it.
    pub path: String,
    pub source_lang: String,
    pub target_lang: String,
    pub entries: Vec<Entry>,
}

/// The catalog of `lang` for the policy `text` parses to (`ast`), at `path`.
pub fn catalog(text: &str, ast: &Ast, path: &str, lang: &str) -> Result<Catalog, String> {
    let header = header(ast)?;
    check_language(&header, lang)?;
    let entries = units::units(ast, &header.authoritative)
        .into_iter()
        .map(|unit| {
            let hash = source_hash(&unit.source.string);
            let part = unit.part(lang);
            let state = match part.and_then(|p| p.source_hash.as_ref()) {
                Some(h) if h.text == hash => State::Confirmed,
                Some(_) => State::Stale,
                None => State::New,
            };
            let start = unit.text.span.start.min(text.len());
            Entry {
                id: unit.id,
                hash,
                line: text.as_bytes()[..start]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count()
                    + 1,
                source: unit.source.string.content.clone(),
                target: part.map(|p| p.string.content.clone()),
                state,
            }
        })
        .collect();
    Ok(Catalog {
        policy: header.policy,
        path: path.to_string(),
        source_lang: header.authoritative,
        target_lang: lang.to_string(),
        entries,
    })
}

/// Whether `lang` is a translation of the policy.
pub fn check_language(header: &Header, lang: &str) -> Result<(), String> {
    if lang == header.authoritative {
        return Err(format!(
            "`{lang}` is the authoritative language of policy `{}`, not a translation",
            header.policy
        ));
    }
    if !header.languages.iter().any(|l| l == lang) {
        return Err(format!(
            "policy `{}` is not published in `{lang}` (its languages: {})",
            header.policy,
            header.languages.join(", ")
        ));
    }
    Ok(())
}

/// A translators' file as read back: what it says of its policy, and its entries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    pub policy: String,
    pub path: String,
    pub source_lang: String,
    pub target_lang: String,
    pub entries: Vec<IncomingEntry>,
}

/// One entry of a translators' file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomingEntry {
    pub id: String,
    /// The hash of the authoritative text the file was exported with.
    pub hash: String,
    /// That authoritative text as the file shows it, for the report of a changed unit.
    pub source: String,
    /// The translation; `None` when empty.
    pub target: Option<Target>,
    /// Whether the translator marked it done (PO: not fuzzy; XLIFF: translated, reviewed or
    /// final).
    pub done: bool,
    /// Where the entry starts in the file (line, column).
    pub at: (usize, usize),
}

/// A translation as a file gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// In the policy's source syntax (PO).
    Syntax(String),
    /// Text and inline codes (XLIFF).
    Pieces(Vec<codes::Piece>),
}

/// A translators' file that cannot be read, with where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

impl FileError {
    pub fn new(at: (usize, usize), message: impl Into<String>) -> FileError {
        FileError {
            line: at.0,
            column: at.1,
            message: message.into(),
        }
    }
}

/// Reads a translators' file of either format: XLIFF when it starts with `<` (after a byte
/// order mark and blanks), PO otherwise.
pub fn read(text: &str) -> Result<Incoming, FileError> {
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if body.starts_with('<') {
        xliff::read(text)
    } else {
        po::read(text)
    }
}

/// A text on one line, shortened to 70 characters.
pub fn short(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let t: String = text.chars().take(70).collect();
    if t.len() < text.len() {
        format!("{t}…")
    } else {
        t
    }
}
