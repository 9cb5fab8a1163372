//! Fields: which fields each kind of fact takes, collecting a statement's fields, and reading
//! their values (terms, references, channels, case lists, choices). [`super::facts`] builds
//! each kind of fact from them.

use std::collections::BTreeMap;

use super::{list_elems, Checker};
use crate::diag::{did_you_mean, Code, Diagnostic};
use crate::model::{self, CaseList, Channel, FactKind, Maybe, Role};
use crate::syntax::{Arg, Elem, Form, Stmt, Word};

/// The fields each kind of fact accepts, and which of them are required. Every fact also
/// accepts `text` and `jurisdictions`.
const FACT_FIELDS: &[(FactKind, &[&str], &[&str])] = &[
    (
        FactKind::Controller,
        &["name", "address", "affiliates", "role", "group"],
        &["name"],
    ),
    (FactKind::Service, &["name", "url"], &["name"]),
    (
        FactKind::Jurisdiction,
        &["regions", "name", "law", "role"],
        &["regions"],
    ),
    (
        FactKind::Term,
        &["kind", "label", "dpv"],
        &["kind", "label"],
    ),
    (
        FactKind::Collect,
        &["items", "source", "necessity", "purposes", "role", "name"],
        &["items", "source", "necessity"],
    ),
    (FactKind::Purpose, &["kind", "basis"], &[]),
    (FactKind::Consent, &["except"], &[]),
    (
        FactKind::Recipient,
        &[
            "kind",
            "activities",
            "items",
            "when",
            "unconditional",
            "name",
            "country",
            "url",
            "purposes",
        ],
        &["activities"],
    ),
    (
        FactKind::Transfer,
        &["to", "from", "basis", "safeguards"],
        &["to"],
    ),
    (FactKind::Storage, &["location"], &["location"]),
    (FactKind::Security, &["measures"], &["measures"]),
    (
        FactKind::Incident,
        &["notify", "report-to-regulators"],
        &["notify"],
    ),
    (FactKind::Retention, &["period", "criteria"], &["period"]),
    (
        FactKind::Right,
        &["kind", "channels", "respond-within", "when", "except"],
        &["channels"],
    ),
    (
        FactKind::Requests,
        &["channels", "respond-within", "verify-identity", "except"],
        &[],
    ),
    (
        FactKind::Minors,
        &["age", "parental-consent", "no-service"],
        &["age"],
    ),
    (
        FactKind::Cookies,
        &[
            "purposes",
            "refuse",
            "do-not-track",
            "no-cross-site-tracking",
        ],
        &[],
    ),
    (
        FactKind::Contact,
        &[
            "department",
            "officer",
            "email",
            "phone",
            "address",
            "url",
            "channels",
            "complaints",
            "respond-within",
        ],
        &[],
    ),
    (
        FactKind::Changes,
        &[
            "notify",
            "major",
            "when",
            "consent-for-reduction",
            "archive",
            "notify-on",
        ],
        &[],
    ),
    (FactKind::Assessment, &["risk"], &["risk"]),
    (
        FactKind::Promise,
        &["kind", "items", "regions", "except"],
        &[],
    ),
    (
        FactKind::JointController,
        &["name", "country", "address", "purposes", "items"],
        &["name", "purposes"],
    ),
    (
        FactKind::Representative,
        &[
            "under", "name", "address", "email", "phone", "url", "country",
        ],
        &["under", "name"],
    ),
    (
        FactKind::Authority,
        &["name", "country", "address", "email", "phone", "url"],
        &["name"],
    ),
];

pub(super) const COMMON_FIELDS: &[&str] = &["text", "jurisdictions"];
pub(super) const REPEATABLE: &[&str] = &["basis"];

pub(super) fn spec(kind: FactKind) -> (&'static [&'static str], &'static [&'static str]) {
    FACT_FIELDS
        .iter()
        .find(|(k, _, _)| *k == kind)
        .map(|(_, allowed, required)| (*allowed, *required))
        .expect("every fact kind has a field table")
}

/// The kinds of fact that accept a field, for "belongs inside ..." hints.
pub(super) fn kinds_allowing(field: &str) -> Vec<&'static str> {
    if COMMON_FIELDS.contains(&field) {
        return vec!["any fact"];
    }
    FACT_FIELDS
        .iter()
        .filter(|(_, allowed, _)| allowed.contains(&field))
        .map(|(k, _, _)| k.keyword())
        .collect()
}

/// The field statements of one block, by keyword.
#[derive(Default)]
pub(super) struct Fields<'s> {
    map: BTreeMap<&'s str, Vec<&'s Stmt>>,
}

impl<'s> Fields<'s> {
    /// Collects the fields of `stmt`'s body, reporting unknown, misplaced and duplicate ones.
    pub(super) fn collect(
        stmt: &'s Stmt,
        allowed: &[&str],
        repeatable: &[&str],
        diags: &mut Vec<Diagnostic>,
    ) -> Fields<'s> {
        let mut fields = Fields::default();
        let what = stmt.keyword.text.as_str();
        let mut previous: Option<&Stmt> = None;
        for child in stmt.stmts() {
            let keyword = child.keyword.text.as_str();
            match child.form {
                Form::Field | Form::CaseList if allowed.contains(&keyword) => {
                    fields.insert(child, repeatable.contains(&keyword), diags);
                }
                Form::Field | Form::CaseList => {
                    let kinds = kinds_allowing(keyword);
                    let help = if kinds.is_empty() {
                        format!("`{keyword}` belongs in the policy header")
                    } else {
                        format!(
                            "`{keyword}` belongs inside {}; a {what} takes {}",
                            kinds.join(", "),
                            allowed.join(", ")
                        )
                    };
                    diags.push(
                        Diagnostic::new(
                            Code::Misplaced,
                            format!("a {what} has no field `{keyword}`"),
                            child.keyword.span,
                        )
                        .with_help(help),
                    );
                }
                Form::Unknown => {
                    let mut diag = Diagnostic::new(
                        Code::UnknownStatement,
                        format!("unknown field `{keyword}` in a {what}"),
                        child.keyword.span,
                    );
                    if let Some(m) = did_you_mean(keyword, allowed.iter().copied()) {
                        diag = diag.with_help(format!("did you mean `{m}`?"));
                    } else if let Some(help) = super::list_continuation_help(previous, child) {
                        diag = diag.with_help(help);
                    } else {
                        diag = diag.with_help(format!("a {what} takes {}", allowed.join(", ")));
                    }
                    diags.push(diag);
                }
                _ => {
                    diags.push(
                        Diagnostic::new(
                            Code::Misplaced,
                            format!("`{keyword}` cannot stand inside a {what}"),
                            child.keyword.span,
                        )
                        .with_help(format!(
                            "a {what} holds fields ({}); write prose before or after it",
                            allowed.join(", ")
                        )),
                    );
                }
            }
            previous = Some(child);
        }
        fields
    }

    pub(super) fn insert(&mut self, stmt: &'s Stmt, repeatable: bool, diags: &mut Vec<Diagnostic>) {
        let entry = self.map.entry(stmt.keyword.text.as_str()).or_default();
        if let Some(first) = entry.first().filter(|_| !repeatable) {
            diags.push(
                Diagnostic::new(
                    Code::DuplicateField,
                    format!("`{}` is given twice", stmt.keyword.text),
                    stmt.keyword.span,
                )
                .with_label("given again here")
                .with_secondary(first.keyword.span, "first given here")
                .with_help("keep one"),
            );
            return;
        }
        entry.push(stmt);
    }

    pub(super) fn get(&self, keyword: &str) -> Option<&'s Stmt> {
        self.map.get(keyword).and_then(|v| v.first().copied())
    }

    pub(super) fn all(&self, keyword: &str) -> &[&'s Stmt] {
        self.map.get(keyword).map(Vec::as_slice).unwrap_or(&[])
    }

    pub(super) fn has(&self, keyword: &str) -> bool {
        self.map.contains_key(keyword)
    }
}

impl Checker {
    /// Adds a listed word, or reports it when the list has it already.
    fn push_once(&mut self, out: &mut Vec<String>, word: &Word) {
        if out.contains(&word.text) {
            self.error(Diagnostic::new(
                Code::DuplicateField,
                format!("`{}` is listed twice", word.text),
                word.span,
            ));
        } else {
            out.push(word.text.clone());
        }
    }

    /// The kind term of a right, recipient or purpose: the `kind` field, or the id itself.
    pub(super) fn kind(
        &mut self,
        f: &Fields<'_>,
        id: &Word,
        term_kind: &str,
        stmt: &Stmt,
    ) -> String {
        if let Some(word) = f.get("kind").and_then(Stmt::id) {
            self.term(term_kind, word);
            return word.text.clone();
        }
        let known = crate::model::vocab::builtin()
            .get(term_kind)
            .is_some_and(|t| t.contains_key(&id.text))
            || self
                .custom_terms
                .contains_key(&(term_kind.to_string(), id.text.clone()));
        if known {
            self.used_terms
                .insert((term_kind.to_string(), id.text.clone()));
        } else {
            let mut diag = Diagnostic::new(
                Code::MissingField,
                format!(
                    "the {term_kind} `{}` has no `kind`, and `{}` is no {term_kind} term",
                    id.text, id.text
                ),
                stmt.keyword.span.join(id.span),
            );
            let candidates: Vec<&str> = crate::model::vocab::builtin()
                .get(term_kind)
                .map(|t| t.keys().map(String::as_str).collect())
                .unwrap_or_default();
            diag = match did_you_mean(&id.text, candidates.iter().copied()) {
                Some(m) => diag.with_help(format!("add `kind {m}`, or name the fact `{m}`")),
                None => diag.with_help(format!("add `kind <a {term_kind} term>`; the terms are listed in vocabulary/builtin.toml")),
            };
            self.error(diag);
        }
        id.text.clone()
    }

    pub(super) fn terms(&mut self, f: &Fields<'_>, field: &str, kind: &str) -> Vec<String> {
        let Some(stmt) = f.get(field) else {
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        for elem in list_elems(stmt) {
            match elem {
                Elem::Word(word) => {
                    if self.term(kind, word) {
                        self.push_once(&mut out, word);
                    }
                }
                Elem::At(_, span) => self.error(
                    Diagnostic::new(
                        Code::BadValue,
                        format!("`{field}` takes {kind} terms, not @references"),
                        *span,
                    )
                    .with_help("only `channels` of a right accepts @contact references"),
                ),
            }
        }
        out
    }

    /// Ids of other facts of `kind` (a fact's `jurisdictions`).
    pub(super) fn fact_refs(&mut self, f: &Fields<'_>, field: &str, kind: FactKind) -> Vec<String> {
        let Some(stmt) = f.get(field) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for elem in list_elems(stmt) {
            let Elem::Word(word) = elem else { continue };
            if self.fact_of_kind(word, kind) {
                out.push(word.text.clone());
            }
        }
        out
    }

    pub(super) fn fact_of_kind(&mut self, word: &Word, kind: FactKind) -> bool {
        match self.facts.get(&word.text) {
            Some((k, _)) if *k == kind => true,
            Some((k, _)) => {
                let k = *k;
                self.error(Diagnostic::new(
                    Code::UnknownReference,
                    format!(
                        "`{}` is a {}, not a {}",
                        word.text,
                        k.keyword(),
                        kind.keyword()
                    ),
                    word.span,
                ));
                false
            }
            None => {
                let candidates: Vec<&str> = self
                    .facts
                    .iter()
                    .filter(|(_, (k, _))| *k == kind)
                    .map(|(id, _)| id.as_str())
                    .collect();
                let mut diag = Diagnostic::new(
                    Code::UnknownReference,
                    format!("no {} has the id `{}`", kind.keyword(), word.text),
                    word.span,
                );
                diag = match did_you_mean(&word.text, candidates.iter().copied()) {
                    Some(m) => diag.with_help(format!("did you mean `{m}`?")),
                    None => diag.with_help(format!(
                        "declare it: {} {} {{ ... }}",
                        kind.keyword(),
                        word.text
                    )),
                };
                self.error(diag);
                false
            }
        }
    }

    pub(super) fn channels(&mut self, f: &Fields<'_>) -> Vec<Channel> {
        let Some(stmt) = f.get("channels") else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for elem in list_elems(stmt) {
            match elem {
                Elem::Word(word) => {
                    if self.term("channel", word) {
                        out.push(Channel::Term {
                            channel: word.text.clone(),
                        });
                    }
                }
                Elem::At(word, _)
                    if self.facts.get(&word.text).map(|(k, _)| *k) == Some(FactKind::Authority) =>
                {
                    out.push(Channel::Authority {
                        authority: word.text.clone(),
                    });
                }
                Elem::At(word, _) => {
                    if self.fact_of_kind(word, FactKind::Contact) {
                        out.push(Channel::Contact {
                            contact: word.text.clone(),
                        });
                    }
                }
            }
        }
        out
    }

    pub(super) fn bases(&mut self, f: &Fields<'_>) -> Vec<model::LegalBasis> {
        let mut out = Vec::new();
        for stmt in f.all("basis") {
            let mut words = stmt.args.iter().filter_map(|a| match a {
                Arg::Id(w) => Some(w),
                _ => None,
            });
            let Some(basis) = words.next() else { continue };
            if !self.term("basis", basis) {
                continue;
            }
            let mut jurisdictions = Vec::new();
            for elem in list_elems(stmt) {
                if let Elem::Word(word) = elem {
                    if self.fact_of_kind(word, FactKind::Jurisdiction) {
                        jurisdictions.push(word.text.clone());
                    }
                }
            }
            out.push(model::LegalBasis {
                basis: basis.text.clone(),
                jurisdictions,
            });
        }
        out
    }

    pub(super) fn case_list(&mut self, f: &Fields<'_>, field: &str) -> Option<CaseList> {
        let stmt = f.get(field)?;
        let marker = match stmt.args.iter().find_map(|a| match a {
            Arg::Str(s) => Some(s),
            _ => None,
        }) {
            Some(s) => self.marker(s).unwrap_or_else(model::Marker::bullet),
            None => model::Marker::bullet(),
        };
        let mut cases = Vec::new();
        let mut seen: BTreeMap<String, crate::source::Span> = BTreeMap::new();
        for child in stmt.stmts() {
            if child.form != Form::Case {
                let help = if child.form == Form::Unknown {
                    "write each clause as `case <id> en \"...\" zh-CN \"...\"`".to_string()
                } else {
                    format!("`{field}` holds only `case` clauses")
                };
                self.error(
                    Diagnostic::new(
                        Code::Misplaced,
                        format!("`{}` cannot stand in `{field}`", child.keyword.text),
                        child.keyword.span,
                    )
                    .with_help(help),
                );
                continue;
            }
            let Some(id) = child.id() else { continue };
            self.identifier(id);
            if let Some(first) = seen.get(&id.text) {
                self.error(
                    Diagnostic::new(
                        Code::DuplicateId,
                        format!("the case `{}` appears twice in this list", id.text),
                        id.span,
                    )
                    .with_secondary(*first, "first here"),
                );
                continue;
            }
            seen.insert(id.text.clone(), id.span);
            if let Some(text) = child.text().and_then(|t| self.text(t, false)) {
                cases.push(model::Case {
                    id: id.text.clone(),
                    text,
                });
            }
        }
        if stmt.stmts().is_empty() {
            self.error(
                Diagnostic::new(
                    Code::EmptyBlock,
                    format!("`{field}` has no cases"),
                    stmt.keyword.span,
                )
                .with_help("add `case <id> en \"...\" zh-CN \"...\"` clauses, or remove it"),
            );
        }
        Some(CaseList { marker, cases })
    }

    pub(super) fn role(&mut self, f: &Fields<'_>) -> Option<Role> {
        self.choice(f, "role", &["controller", "processor"])
            .map(|r| {
                if r == "processor" {
                    Role::Processor
                } else {
                    Role::Controller
                }
            })
    }

    /// A one-word field whose value is one of `options`.
    pub(super) fn choice(
        &mut self,
        f: &Fields<'_>,
        field: &str,
        options: &[&str],
    ) -> Option<String> {
        let word = f.get(field)?.id()?;
        if options.contains(&word.text.as_str()) {
            Some(word.text.clone())
        } else {
            self.bad_choice(word, field, options);
            None
        }
    }

    /// A list field whose values are each one of `options`.
    pub(super) fn choices(&mut self, f: &Fields<'_>, field: &str, options: &[&str]) -> Vec<String> {
        let Some(stmt) = f.get(field) else {
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        for elem in list_elems(stmt) {
            let Elem::Word(word) = elem else { continue };
            if !options.contains(&word.text.as_str()) {
                self.bad_choice(word, field, options);
            } else {
                self.push_once(&mut out, word);
            }
        }
        out
    }

    pub(super) fn bad_choice(&mut self, word: &Word, field: &str, options: &[&str]) {
        let mut diag = Diagnostic::new(
            Code::BadValue,
            format!("`{}` is not a valid {field}", word.text),
            word.span,
        );
        diag = match did_you_mean(&word.text, options.iter().copied()) {
            Some(m) => diag.with_help(format!("did you mean `{m}`?")),
            None => diag.with_help(format!("write one of: {}", options.join(", "))),
        };
        self.error(diag);
    }

    pub(super) fn maybe_text(
        &mut self,
        f: &Fields<'_>,
        field: &str,
        owner: &str,
    ) -> Option<Maybe<model::Text>> {
        let stmt = f.get(field)?;
        let text = stmt.text()?;
        // A person's name may be one string for every language; an address or a department
        // is translated.
        let converted = self.text(text, field == "officer")?;
        if stmt.has_keyword("missing").is_some() {
            self.missing_value(stmt, &converted, owner);
            Some(Maybe::Missing { missing: converted })
        } else {
            Some(Maybe::Given(converted))
        }
    }

    pub(super) fn maybe_scalar(
        &mut self,
        f: &Fields<'_>,
        field: &str,
        owner: &str,
    ) -> Option<Maybe<String>> {
        let stmt = f.get(field)?;
        if stmt.has_keyword("missing").is_some() {
            let text = self.text(stmt.text()?, false)?;
            self.missing_value(stmt, &text, owner);
            return Some(Maybe::Missing { missing: text });
        }
        let value = match field {
            "email" => self.email(stmt),
            "url" => self.url(stmt),
            _ => self.phone(stmt),
        };
        value.map(Maybe::Given)
    }

    pub(super) fn missing_value(&mut self, stmt: &Stmt, reason: &model::Text, owner: &str) {
        let reason = reason
            .get(&self.authoritative)
            .or_else(|| reason.values().next())
            .map(|inlines| model::Inline::plain(inlines))
            .unwrap_or_default();
        self.error(
            Diagnostic::new(
                Code::MissingValue,
                format!("{owner} has no `{}`: {reason}", stmt.keyword.text),
                stmt.keyword.span,
            )
            .with_help("fill it in when the value is known"),
        );
    }
}

/// A sample of each field, for "add ..." hints.
pub(super) fn example(field: &str) -> &'static str {
    match field {
        "name" => "name en \"...\" zh-CN \"...\"",
        "regions" => "regions eea, uk",
        "kind" => "kind <term>",
        "label" => "label en \"...\" zh-CN \"...\"",
        "items" => "items name, email",
        "source" => "source user",
        "necessity" => "necessity necessary",
        "activities" => "activities sharing",
        "to" => "to china",
        "location" => "location china",
        "measures" => "measures encryption, access-control",
        "notify" => "notify email, phone",
        "period" => "period as-long-as-necessary",
        "channels" => "channels web-form, @contact",
        "age" => "age 14",
        "risk" => "risk low",
        "purposes" => "purposes customer-service",
        "under" => "under gdpr",
        _ => "...",
    }
}
