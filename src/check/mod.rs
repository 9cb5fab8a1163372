//! Check: syntax tree -> typed [`Policy`] model, with every problem reported as a
//! diagnostic. The checker never stops at the first problem: it reports all of a file's
//! mistakes and builds as much of the model as it can.
//!
//! Passes: (1) the languages, (2) every declaration (section ids, fact ids, the policy's own
//! terms, the literal values contacts declare), (3) the header and the document, building the
//! model, (4) the references, which need the whole model.

mod facts;
mod fields;
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
}

impl Default for Options {
    fn default() -> Options {
        Options {
            translation_warnings: true,
        }
    }
}

/// [`check`] with [`Options`].
pub fn check_with(ast: &Ast, file_stem: Option<&str>, options: Options) -> Checked {
    let mut checker = Checker {
        skip_translation_warnings: !options.translation_warnings,
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
}

/// Where a statement stands, which decides what it may be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ctx {
    Policy,
    Section,
    List,
    Item,
}

const BLOCK_KEYWORDS: &[&str] = &["section", "p", "list"];
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
];

impl Checker {
    fn error(&mut self, diag: Diagnostic) {
        self.diags.push(diag);
    }

    // ------------------------------------------------------------------ the policy

    fn policy(&mut self, stmt: &Stmt, file_stem: Option<&str>) -> Policy {
        let id = match stmt.id() {
            Some(word) => {
                self.identifier(word);
                if let Some(stem) = file_stem {
                    if stem != word.text {
                        self.error(
                            Diagnostic::new(
                                Code::FileNameMismatch,
                                format!(
                                    "the policy `{}` is in a file named `{stem}.policy`",
                                    word.text
                                ),
                                word.span,
                            )
                            .with_help(format!(
                                "name the file `{}.policy`, as the policies/ folder expects",
                                word.text
                            )),
                        );
                    }
                }
                word.text.clone()
            }
            None => String::new(),
        };
        let header = self.header_fields(stmt);
        self.languages(&header);
        self.declarations(stmt.stmts());

        let numbering = self.numbering(&header);
        let title = self.required_text(&header, stmt, "title", "the policy");
        let binding = self.binding(&header);
        let dates = self.dates(&header, stmt);
        let version = self.version(&header, &dates.updated);
        let notice_period = header
            .get("notice-period")
            .and_then(|s| self.duration_arg(s));

        let mut counter = Numberer::new(numbering.clone());
        let body = self.blocks(stmt.stmts(), Ctx::Policy, None, &mut counter, None);
        self.resolve_refs();
        let vocabulary = self.vocabulary();
        Policy {
            id,
            title: title.unwrap_or_default(),
            languages: self.languages.clone(),
            authoritative: self.authoritative.clone(),
            binding,
            version,
            dates,
            numbering,
            notice_period,
            facts: std::mem::take(&mut self.model),
            vocabulary,
            body,
        }
    }

    /// The header statements of the policy body, read with duplicate checks.
    fn header_fields<'s>(&mut self, policy: &'s Stmt) -> Fields<'s> {
        let mut fields = Fields::default();
        for stmt in policy.stmts() {
            if stmt.form == Form::Field && HEADER_FIELDS.contains(&stmt.keyword.text.as_str()) {
                fields.insert(stmt, false, &mut self.diags);
            }
        }
        fields
    }

    fn languages(&mut self, header: &Fields<'_>) {
        let Some(stmt) = header.get("languages") else {
            self.error(
                Diagnostic::new(
                    Code::MissingField,
                    "the policy declares no `languages`",
                    Span::at(0),
                )
                .with_help("add `languages en, zh-CN` after the title"),
            );
            return;
        };
        let mut seen: Vec<String> = Vec::new();
        for elem in list_elems(stmt) {
            let Elem::Word(word) = elem else { continue };
            if let Some(tag) = self.language_tag(word) {
                if seen.contains(&tag) {
                    self.error(Diagnostic::new(
                        Code::DuplicateField,
                        format!("`{tag}` is listed twice"),
                        word.span,
                    ));
                } else {
                    seen.push(tag);
                }
            }
        }
        self.languages = seen;
        self.authoritative = self.languages.first().cloned().unwrap_or_default();
        if let Some(stmt) = header.get("authoritative") {
            if let Some(word) = stmt.id() {
                if self.languages.contains(&word.text) {
                    self.authoritative = word.text.clone();
                } else {
                    let diag = self.undeclared_language(word);
                    self.error(diag);
                }
            }
        }
    }

    /// Validates a BCP 47 tag; returns it when valid.
    fn language_tag(&mut self, word: &Word) -> Option<String> {
        match language_tags::LanguageTag::parse(&word.text) {
            Ok(tag) if tag.is_valid() => {
                let canonical = tag
                    .canonicalize()
                    .map(|t| t.to_string())
                    .unwrap_or_default();
                if !canonical.is_empty()
                    && canonical != word.text
                    && canonical.eq_ignore_ascii_case(&word.text)
                {
                    // Reported, then used in its canonical form so that texts tagged
                    // correctly do not each report an undeclared language.
                    self.error(
                        Diagnostic::new(
                            Code::BadLanguageTag,
                            format!("`{}` is not written in the canonical case", word.text),
                            word.span,
                        )
                        .with_help(format!("write `{canonical}`")),
                    );
                    return Some(canonical);
                }
                Some(word.text.clone())
            }
            Ok(_) | Err(_) => {
                self.error(
                    Diagnostic::new(
                        Code::BadLanguageTag,
                        format!("`{}` is not a valid BCP 47 language tag", word.text),
                        word.span,
                    )
                    .with_help("language tags look like en, zh-CN, pt-BR"),
                );
                None
            }
        }
    }

    fn undeclared_language(&self, word: &Word) -> Diagnostic {
        let close = self
            .languages
            .iter()
            .find(|l| l.eq_ignore_ascii_case(&word.text))
            .or_else(|| {
                did_you_mean(&word.text, self.languages.iter().map(String::as_str))
                    .and_then(|m| self.languages.iter().find(|l| *l == m))
            });
        let diag = Diagnostic::new(
            Code::UndeclaredLanguage,
            format!("`{}` is not one of the policy's languages", word.text),
            word.span,
        );
        match close {
            Some(lang) => diag.with_help(format!("did you mean `{lang}`?")),
            None => diag.with_help(format!(
                "the policy declares {}; add `{}` to `languages` to publish in it",
                self.languages.join(", "),
                word.text
            )),
        }
    }

    fn binding(&mut self, header: &Fields<'_>) -> Vec<String> {
        let Some(stmt) = header.get("binding") else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for elem in list_elems(stmt) {
            let Elem::Word(word) = elem else { continue };
            if self.languages.contains(&word.text) {
                out.push(word.text.clone());
            } else {
                let diag = self.undeclared_language(word);
                self.error(diag);
            }
        }
        out
    }

    fn numbering(&mut self, header: &Fields<'_>) -> Vec<Marker> {
        let Some(stmt) = header.get("numbering") else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for arg in &stmt.args {
            if let Arg::Strs(strs) = arg {
                for s in strs {
                    if let Some(marker) = self.marker(s) {
                        out.push(marker);
                    }
                }
            }
        }
        out
    }

    fn marker(&mut self, s: &syntax::Str) -> Option<Marker> {
        let parsed = Marker::parse(&s.raw);
        if parsed.is_none() {
            self.error(
                Diagnostic::new(
                    Code::BadMarker,
                    format!("`{}` is not a marker sample", s.raw),
                    s.span,
                )
                .with_help("write how the first item looks: \"1.\", \"(1)\", \"1)\", \"a.\", \"(i)\", \"1.1\", or a bullet such as \"•\""),
            );
        }
        parsed
    }

    // ------------------------------------------------------------------ declarations

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
                custom: true,
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
                (FactKind::Contact, "email" | "phone" | "url") | (FactKind::Service, "url")
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

    // ------------------------------------------------------------------ blocks

    fn blocks(
        &mut self,
        stmts: &[Stmt],
        ctx: Ctx,
        section: Option<&str>,
        numberer: &mut Numberer,
        parent_number: Option<&str>,
    ) -> Vec<Block> {
        let mut out = Vec::new();
        let mut counter = 0usize;
        let mut previous: Option<&Stmt> = None;
        for stmt in stmts {
            match stmt.form {
                Form::Section if matches!(ctx, Ctx::Policy | Ctx::Section) => {
                    if let Some(s) = self.section(stmt, numberer, &mut counter, parent_number) {
                        out.push(Block::Section(s));
                    }
                }
                Form::Para if ctx != Ctx::List => {
                    if let Some(text) = stmt.text() {
                        if let Some(text) = self.text(text, false) {
                            out.push(Block::Paragraph { text });
                        }
                    }
                }
                Form::List if ctx != Ctx::List => {
                    if let Some(list) = self.list(stmt, section, numberer) {
                        out.push(list);
                    }
                }
                Form::Fact if ctx != Ctx::List => {
                    if let Some((kind, id)) = self.fact(stmt, section) {
                        out.push(Block::Fact { kind, id });
                    }
                }
                Form::Field
                    if ctx == Ctx::Policy
                        && HEADER_FIELDS.contains(&stmt.keyword.text.as_str()) => {}
                Form::Unknown => self.unknown(stmt, ctx, previous),
                _ => self.misplaced(stmt, ctx),
            }
            previous = Some(stmt);
        }
        out
    }

    fn section(
        &mut self,
        stmt: &Stmt,
        numberer: &mut Numberer,
        counter: &mut usize,
        parent_number: Option<&str>,
    ) -> Option<model::Section> {
        let title = match stmt.text() {
            Some(t) => self.text(t, false),
            None => None,
        };
        let id = match stmt.id() {
            Some(id) => id.text.clone(),
            None => {
                let suggestion = stmt
                    .text()
                    .and_then(|t| t.part(&self.authoritative).or(t.parts.first()))
                    .map(|p| crate::syntax::fmt::slug(&p.string.plain()))
                    .filter(|s| !s.is_empty());
                let help = match suggestion {
                    Some(slug) => format!("write an id after `section`, such as `section {slug}`; `policyc fmt` inserts one from the title"),
                    None => "write an id after `section`; `policyc fmt` inserts one".to_string(),
                };
                self.error(
                    Diagnostic::new(Code::MissingId, "this section has no id", stmt.keyword.span)
                        .with_help(help)
                        .with_note("ids keep a section's identity across versions and languages: diffs, translations and page anchors use them"),
                );
                String::new()
            }
        };
        let unnumbered = stmt.has_keyword("unnumbered").is_some();
        let number = if unnumbered {
            None
        } else {
            *counter += 1;
            numberer.label(*counter, parent_number)
        };
        if title.is_none() && stmt.stmts().is_empty() {
            self.error(
                Diagnostic::new(
                    Code::EmptyBlock,
                    "this section has neither a title nor content",
                    stmt.keyword.span,
                )
                .with_help("give it a title or some content, or remove it"),
            );
        }
        numberer.depth += 1;
        let body = self.blocks(
            stmt.stmts(),
            Ctx::Section,
            Some(&id),
            numberer,
            number.as_deref().or(parent_number),
        );
        numberer.depth -= 1;
        Some(model::Section {
            id,
            number,
            title,
            body,
        })
    }

    fn list(
        &mut self,
        stmt: &Stmt,
        section: Option<&str>,
        numberer: &mut Numberer,
    ) -> Option<Block> {
        let marker = match stmt.args.iter().find_map(|a| match a {
            Arg::Str(s) => Some(s),
            _ => None,
        }) {
            Some(s) => self.marker(s).unwrap_or_else(Marker::bullet),
            None => Marker::bullet(),
        };
        let mut items = Vec::new();
        for child in stmt.stmts() {
            match child.form {
                Form::Item => {
                    let text = match child.text() {
                        Some(t) => self.text(t, false),
                        None => None,
                    };
                    let body = match &child.body {
                        Some(b) => self.blocks(&b.stmts, Ctx::Item, section, numberer, None),
                        None => Vec::new(),
                    };
                    if child.text().is_none() && child.stmts().is_empty() {
                        self.error(
                            Diagnostic::new(
                                Code::EmptyBlock,
                                "this item is empty",
                                child.keyword.span,
                            )
                            .with_help("give it a text: item en \"...\" zh-CN \"...\""),
                        );
                    }
                    items.push(Item::Item { text, body });
                }
                Form::Fact => {
                    if let Some((kind, id)) = self.fact(child, section) {
                        items.push(Item::Fact { kind, id });
                    }
                }
                Form::Unknown => self.unknown(child, Ctx::List, None),
                _ => self.misplaced(child, Ctx::List),
            }
        }
        if items.is_empty() && stmt.stmts().is_empty() {
            self.error(
                Diagnostic::new(
                    Code::EmptyBlock,
                    "this list has no items",
                    stmt.keyword.span,
                )
                .with_help("add `item` statements, or remove the list"),
            );
        }
        Some(Block::List { marker, items })
    }

    fn unknown(&mut self, stmt: &Stmt, ctx: Ctx, previous: Option<&Stmt>) {
        let candidates: Vec<&str> = match ctx {
            Ctx::Policy => HEADER_FIELDS
                .iter()
                .chain(BLOCK_KEYWORDS)
                .copied()
                .chain(FactKind::ALL.iter().map(|k| k.keyword()))
                .collect(),
            Ctx::Section | Ctx::Item => BLOCK_KEYWORDS
                .iter()
                .copied()
                .chain(FactKind::ALL.iter().map(|k| k.keyword()))
                .collect(),
            Ctx::List => std::iter::once("item")
                .chain(FactKind::ALL.iter().map(|k| k.keyword()))
                .collect(),
        };
        let mut diag = Diagnostic::new(
            Code::UnknownStatement,
            format!("unknown statement `{}`", stmt.keyword.text),
            stmt.keyword.span,
        );
        if let Some(m) = did_you_mean(&stmt.keyword.text, candidates.iter().copied()) {
            diag = diag.with_help(format!("did you mean `{m}`?"));
        } else if let Some(help) = list_continuation_help(previous, stmt) {
            diag = diag.with_help(help);
        } else {
            diag = diag.with_help(format!("here you can write: {}", candidates.join(", ")));
        }
        self.error(diag);
    }

    fn misplaced(&mut self, stmt: &Stmt, ctx: Ctx) {
        let keyword = &stmt.keyword.text;
        let place = match ctx {
            Ctx::Policy => "at the top of the policy",
            Ctx::Section => "in a section",
            Ctx::List => "directly in a list",
            Ctx::Item => "in a list item",
        };
        let help = match stmt.form {
            Form::Field => {
                let kinds = fields::kinds_allowing(keyword);
                if kinds.is_empty() {
                    "it belongs in the policy header".to_string()
                } else {
                    format!("`{keyword}` belongs inside {}", kinds.join(", "))
                }
            }
            Form::Case => {
                "`case` belongs inside `when`, `except`, `criteria` or `safeguards`".to_string()
            }
            Form::CaseList => {
                format!("`{keyword}` belongs inside a fact such as `right` or `recipient`")
            }
            Form::Item => "`item` belongs inside `list`".to_string(),
            Form::Section => {
                "sections belong at the top of the policy or inside other sections".to_string()
            }
            _ => "a list holds `item`s and facts; put paragraphs inside an `item { ... }`"
                .to_string(),
        };
        self.error(
            Diagnostic::new(
                Code::Misplaced,
                format!("`{keyword}` cannot stand {place}"),
                stmt.keyword.span,
            )
            .with_help(help),
        );
    }

    // ------------------------------------------------------------------ identifiers

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

    // ------------------------------------------------------------------ references

    fn resolve_refs(&mut self) {
        let pending = std::mem::take(&mut self.pending_refs);
        for r in pending {
            self.resolve_ref(&r);
        }
    }

    fn resolve_ref(&mut self, r: &PendingRef) {
        let kind = if r.fact.text == "policy" {
            None
        } else {
            match self.facts.get(&r.fact.text) {
                Some((kind, _)) => Some(*kind),
                None => {
                    let mut diag = Diagnostic::new(
                        Code::UnknownReference,
                        format!("no fact has the id `{}`", r.fact.text),
                        r.fact.span,
                    );
                    if let Some(m) =
                        did_you_mean(&r.fact.text, self.facts.keys().map(String::as_str))
                    {
                        diag = diag.with_help(format!("did you mean `{m}`?"));
                    } else {
                        diag = diag.with_help("`{@id.field}` refers to a fact declared with that id, such as `contact info { ... }`");
                    }
                    self.error(diag);
                    return;
                }
            }
        };
        let Some(field) = &r.field else {
            if kind.is_none() {
                self.error(
                    Diagnostic::new(Code::UnknownField, "`{@policy}` needs a field", r.fact.span)
                        .with_help("write {@policy.updated}, {@policy.effective}, {@policy.released}, {@policy.version} or {@policy.title}"),
                );
            }
            return;
        };
        let allowed = values::ref_fields(kind);
        let what = kind.map_or("the policy".to_string(), |k| format!("a {}", k.keyword()));
        if !allowed.contains(&field.text.as_str()) {
            let mut diag = Diagnostic::new(
                Code::UnknownField,
                format!(
                    "{what} has no field `{}` that prose can refer to",
                    field.text
                ),
                field.span,
            );
            diag = match did_you_mean(&field.text, allowed.iter().copied()) {
                Some(m) => diag.with_help(format!("did you mean `{m}`?")),
                None if allowed.is_empty() => {
                    diag.with_help(format!("write `{{@{}}}` for its label", r.fact.text))
                }
                None => diag.with_help(format!("the fields of {what} are: {}", allowed.join(", "))),
            };
            self.error(diag);
            return;
        }
        if let Some(kind) = kind {
            if !values::fact_has_field(&self.model, kind, &r.fact.text, &field.text) {
                self.error(
                    Diagnostic::new(
                        Code::UnknownField,
                        format!(
                            "{} `{}` has no `{}`",
                            kind.keyword(),
                            r.fact.text,
                            field.text
                        ),
                        field.span,
                    )
                    .with_help(format!(
                        "add `{}` to `{}`, or remove the reference",
                        field.text, r.fact.text
                    )),
                );
            }
        }
    }

    // ------------------------------------------------------------------ terms

    /// Checks that `word` is a term of `kind`; records it as used.
    fn term(&mut self, kind: &str, word: &Word) -> bool {
        let key = (kind.to_string(), word.text.clone());
        let builtin = vocab::builtin();
        if self.custom_terms.contains_key(&key)
            || builtin
                .get(kind)
                .is_some_and(|terms| terms.contains_key(&word.text))
        {
            self.used_terms.insert(key);
            return true;
        }
        let other_kind = vocab::KINDS.iter().find(|k| {
            builtin.get(**k).is_some_and(|t| t.contains_key(&word.text))
                || self
                    .custom_terms
                    .contains_key(&(k.to_string(), word.text.clone()))
        });
        let mut candidates: Vec<&str> = builtin
            .get(kind)
            .map(|t| t.keys().map(String::as_str).collect())
            .unwrap_or_default();
        candidates.extend(
            self.custom_terms
                .keys()
                .filter(|(k, _)| k == kind)
                .map(|(_, id)| id.as_str()),
        );
        let diag = if let Some(other) = other_kind {
            Diagnostic::new(
                Code::WrongTermKind,
                format!("`{}` is a {other} term, not a {kind} term", word.text),
                word.span,
            )
        } else {
            Diagnostic::new(
                Code::UnknownTerm,
                format!("`{}` is not a {kind} term of the vocabulary", word.text),
                word.span,
            )
        };
        let diag = match did_you_mean(&word.text, candidates.iter().copied()) {
            Some(m) => diag.with_help(format!("did you mean `{m}`?")),
            None if other_kind.is_some() => diag.with_help(format!(
                "a {kind} term is needed here (vocabulary/builtin.toml lists them); declare your own with term <id> {{ kind {kind} label en \"...\" zh-CN \"...\" }}"
            )),
            None => diag.with_help(format!(
                "declare it: term {} {{ kind {kind} label en \"...\" zh-CN \"...\" }}; the built-in terms are listed in vocabulary/builtin.toml",
                crate::syntax::fmt::slug(&word.text)
            )),
        };
        self.error(diag);
        false
    }

    fn vocabulary(&mut self) -> BTreeMap<String, BTreeMap<String, model::Term>> {
        let mut out: BTreeMap<String, BTreeMap<String, model::Term>> = BTreeMap::new();
        let builtin = vocab::builtin();
        for (kind, id) in &self.used_terms {
            let term = match self.custom_terms.get(&(kind.clone(), id.clone())) {
                Some(custom) => custom.clone(),
                None => {
                    let entry = &builtin[kind][id];
                    model::Term {
                        labels: entry
                            .labels
                            .iter()
                            .filter(|(lang, _)| self.languages.contains(lang))
                            .map(|(l, s)| (l.clone(), s.clone()))
                            .collect(),
                        dpv: entry.dpv.clone(),
                        custom: false,
                    }
                }
            };
            for lang in &self.languages {
                if !term.labels.contains_key(lang) {
                    self.diags.push(
                        Diagnostic::new(
                            Code::MissingTranslation,
                            format!("the {kind} term `{id}` has no `{lang}` label"),
                            Span::at(0),
                        )
                        .with_help(format!("declare the term with a `{lang}` label: term {id} {{ kind {kind} label ... }}")),
                    );
                }
            }
            out.entry(kind.clone())
                .or_default()
                .insert(id.clone(), term);
        }
        out
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
