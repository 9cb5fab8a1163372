//! Check: syntax tree -> typed [`Policy`] model + diagnostics, by [`check`] ([`check_source`]
//! from text). Every problem is reported as a diagnostic. The checker never stops at the first problem: it reports all of a file's
//! mistakes and builds as much of the model as it can.
//!
//! Passes: (1) the languages, (2) every declaration (section ids, fact ids, the policy's own
//! terms, the literal values contacts declare), (3) the header and the document, building the
//! model, (4) the references, which need the whole model, (5) the prose that names what a fact
//! should declare (`check::prose`), when nothing is wrong.

mod document;
mod facts;
mod fields;
mod header;
pub mod invariants;
mod parties;
mod promises;
mod prose;
mod references;
mod table;
pub mod translations;
mod values;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::diag::{did_you_mean, Code, Diagnostic};
use crate::model::{self, vocab, Block, FactKind, Facts, Item, Marker, Policy};
use crate::source::Span;
use crate::syntax::{self, Arg, Ast, Elem, Form, Stmt, Word};

use fields::Fields;

/// The result of checking one file: the model (absent when errors made it meaningless) and
/// every diagnostic, sorted by position.
pub struct Checked {
    pub policy: Option<Policy>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Checks a parsed file. `file_stem` is the file's name without `.policy`, compared with the
/// declared id.
pub fn check(ast: &Ast, file_stem: Option<&str>) -> Checked {
    check_with(ast, file_stem, Options::default())
}

/// What a check looks at beyond the model and its errors.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Whether each translation is compared with its authoritative text: staleness against
    /// its source hash, and the references, addresses and numbers both must share. These
    /// give warnings only; a command that needs just the model (`diff`) skips them.
    pub translation_warnings: bool,
    /// Whether prose that names what a fact should declare (an e-mail address no contact
    /// declares, a data term no `collect` declares ...) is warned about; warnings only.
    pub prose_warnings: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            translation_warnings: true,
            prose_warnings: true,
        }
    }
}

/// [`check`] with [`Options`].
pub fn check_with(ast: &Ast, file_stem: Option<&str>, options: Options) -> Checked {
    let mut checker = Checker {
        skip_translation_warnings: !options.translation_warnings,
        skip_prose_warnings: !options.prose_warnings,
        ..Checker::default()
    };
    let policy = checker.policy(&ast.policy, file_stem);
    let mut diagnostics = checker.diags;
    crate::diag::sort(&mut diagnostics);
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    Checked {
        policy: if has_errors { None } else { Some(policy) },
        diagnostics,
    }
}

/// Parses and checks source text in one step.
pub fn check_source(text: &str, file_stem: Option<&str>) -> Checked {
    check_source_with(text, file_stem, Options::default())
}

/// [`check_source`] with [`Options`].
pub fn check_source_with(text: &str, file_stem: Option<&str>, options: Options) -> Checked {
    match syntax::parse(text) {
        Ok((ast, mut syntax_diags)) => {
            let mut checked = check_with(&ast, file_stem, options);
            syntax_diags.append(&mut checked.diagnostics);
            crate::diag::sort(&mut syntax_diags);
            let has_errors = syntax_diags.iter().any(Diagnostic::is_error);
            Checked {
                policy: if has_errors { None } else { checked.policy },
                diagnostics: syntax_diags,
            }
        }
        Err(diagnostics) => Checked {
            policy: None,
            diagnostics,
        },
    }
}

/// A reference found in a text, verified once the whole model is built.
struct PendingRef {
    fact: Word,
    field: Option<Word>,
}

#[derive(Default)]
struct Checker {
    diags: Vec<Diagnostic>,
    /// The texts whose translations are stale, by language ([`model::Policy::stale`]).
    stale: BTreeMap<String, std::collections::BTreeSet<String>>,
    /// Declared languages; empty when the policy declares none (then translations are not
    /// checked, to avoid one error per text).
    languages: Vec<String>,
    authoritative: String,
    sections: HashMap<String, Span>,
    facts: HashMap<String, (FactKind, Span)>,
    /// The policy's own terms: (kind, id) -> term.
    custom_terms: BTreeMap<(String, String), model::Term>,
    used_terms: BTreeSet<(String, String)>,
    /// Literal values declared by facts (e-mail addresses, URLs, phone numbers) -> the
    /// reference that should be written instead.
    declared_values: Vec<(String, String)>,
    pending_refs: Vec<PendingRef>,
    model: Facts,
    /// [`Options::translation_warnings`], negated so that the default checks everything.
    skip_translation_warnings: bool,
    /// [`Options::prose_warnings`], negated.
    skip_prose_warnings: bool,
}

/// Where a statement stands, which decides what it may be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Place {
    Policy,
    Section,
    List,
    Item,
}

const BLOCK_KEYWORDS: &[&str] = &["section", "p", "list", "table"];
const HEADER_FIELDS: &[&str] = &[
    "title",
    "languages",
    "authoritative",
    "binding",
    "version",
    "released",
    "updated",
    "effective",
    "numbering",
    "notice-period",
    "in-passing",
    "changelog",
];

impl Checker {
    fn error(&mut self, diag: Diagnostic) {
        self.diags.push(diag);
    }

    /// Pass 2: registers every section id, fact id and custom term, so that references and
    /// terms can be resolved wherever they appear.
    fn declarations(&mut self, stmts: &[Stmt]) {
        for stmt in stmts {
            match stmt.form {
                Form::Section => {
                    if let Some(id) = stmt.id() {
                        if self.identifier(id) {
                            if let Some(first) = self.sections.get(&id.text) {
                                let first = *first;
                                self.error(
                                    Diagnostic::new(
                                        Code::DuplicateId,
                                        format!(
                                            "a section with the id `{}` already exists",
                                            id.text
                                        ),
                                        id.span,
                                    )
                                    .with_label("declared again here")
                                    .with_secondary(first, "first declared here")
                                    .with_help("section ids must be unique within a policy"),
                                );
                            } else {
                                self.sections.insert(id.text.clone(), id.span);
                            }
                        }
                    }
                }
                Form::Fact => {
                    let kind = FactKind::from_keyword(&stmt.keyword.text).expect("grammar keyword");
                    if let Some(id) = stmt.id() {
                        if self.identifier(id) {
                            if kind == FactKind::Term {
                                self.declare_term(stmt, id);
                            } else if id.text == "policy" {
                                self.error(
                                    Diagnostic::new(
                                        Code::DuplicateId,
                                        "`policy` is reserved: `{@policy.updated}` refers to the policy itself",
                                        id.span,
                                    )
                                    .with_help("choose another id"),
                                );
                            } else if let Some((_, first)) = self.facts.get(&id.text) {
                                let first = *first;
                                self.error(
                                    Diagnostic::new(
                                        Code::DuplicateId,
                                        format!("a fact with the id `{}` already exists", id.text),
                                        id.span,
                                    )
                                    .with_label("declared again here")
                                    .with_secondary(first, "first declared here")
                                    .with_help("fact ids must be unique within a policy"),
                                );
                            } else {
                                self.facts.insert(id.text.clone(), (kind, id.span));
                            }
                        }
                        self.declared_values(kind, stmt);
                    }
                }
                _ => {}
            }
            if stmt.form != Form::Fact {
                self.declarations(stmt.stmts());
            }
        }
    }

    fn declare_term(&mut self, stmt: &Stmt, id: &Word) {
        let fields = Fields::collect(stmt, &["kind", "label", "dpv"], &[], &mut Vec::new());
        let Some(kind_word) = fields.get("kind").and_then(Stmt::id) else {
            return; // reported when the fact itself is checked
        };
        if !vocab::KINDS.contains(&kind_word.text.as_str()) {
            return;
        }
        let key = (kind_word.text.clone(), id.text.clone());
        if self.custom_terms.contains_key(&key) {
            self.error(
                Diagnostic::new(
                    Code::DuplicateId,
                    format!(
                        "the {} term `{}` is declared twice",
                        kind_word.text, id.text
                    ),
                    id.span,
                )
                .with_help("declare each term once"),
            );
            return;
        }
        let labels = fields
            .get("label")
            .and_then(Stmt::text)
            .map(|t| {
                t.parts
                    .iter()
                    .filter_map(|p| Some((p.lang.as_ref()?.text.clone(), p.string.plain())))
                    .collect()
            })
            .unwrap_or_default();
        let dpv = fields.get("dpv").and_then(scalar_str).map(|s| s.plain());
        self.custom_terms.insert(
            key,
            model::Term {
                labels,
                dpv,
                dpv_broader: None,
                custom: true,
                source: None,
            },
        );
    }

    /// Records the literal values a fact declares, so that prose repeating them is flagged.
    fn declared_values(&mut self, kind: FactKind, stmt: &Stmt) {
        let Some(id) = stmt.id() else { return };
        for field in stmt.stmts() {
            let key = field.keyword.text.as_str();
            let relevant = matches!(
                (kind, key),
                (
                    FactKind::Contact | FactKind::Representative | FactKind::Authority,
                    "email" | "phone" | "url"
                ) | (FactKind::Service | FactKind::Recipient, "url")
            );
            if !relevant {
                continue;
            }
            if let Some(s) = scalar_str(field) {
                let value = s.plain();
                if value.len() >= 5 {
                    self.declared_values
                        .push((value, format!("{{@{}.{}}}", id.text, key)));
                }
            }
        }
    }

    /// Checks the form of an identifier; returns whether it is valid.
    fn identifier(&mut self, word: &Word) -> bool {
        let text = &word.text;
        let valid = text.starts_with(|c: char| c.is_ascii_lowercase())
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !text.ends_with('-')
            && !text.contains("--");
        if !valid {
            let suggestion = crate::syntax::fmt::slug(text);
            let mut diag = Diagnostic::new(
                Code::BadIdentifier,
                format!("`{text}` is not a valid id"),
                word.span,
            )
            .with_note(
                "ids are lower-case letters, digits and single hyphens, starting with a letter",
            );
            if !suggestion.is_empty() && suggestion != *text {
                diag = diag.with_help(format!("write `{suggestion}`"));
            }
            self.error(diag);
        }
        valid
    }
}

/// Numbers sections level by level from the policy's markers.
struct Numberer {
    markers: Vec<Marker>,
    depth: usize,
}

impl Numberer {
    fn new(markers: Vec<Marker>) -> Numberer {
        Numberer { markers, depth: 0 }
    }

    fn label(&self, n: usize, parent: Option<&str>) -> Option<String> {
        self.markers.get(self.depth).map(|m| m.format(n, parent))
    }
}

fn list_elems(stmt: &Stmt) -> &[Elem] {
    stmt.args
        .iter()
        .find_map(|a| match a {
            Arg::List(l) => Some(l.as_slice()),
            _ => None,
        })
        .unwrap_or(&[])
}

fn scalar_str(stmt: &Stmt) -> Option<&syntax::Str> {
    stmt.args.iter().find_map(|a| match a {
        Arg::Str(s) => Some(s),
        _ => None,
    })
}

/// When an unknown word follows a list statement on the same line, a comma is probably missing.
fn list_continuation_help(previous: Option<&Stmt>, stmt: &Stmt) -> Option<String> {
    let previous = previous?;
    if !previous.args.iter().any(|a| matches!(a, Arg::List(_))) {
        return None;
    }
    Some(format!(
        "if `{}` continues the list of `{}`, separate the items with commas",
        stmt.keyword.text, previous.keyword.text
    ))
}
