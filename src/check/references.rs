//! References (pass 4, once the whole model is built): `{@fact.field}` and `{#section}` in
//! texts, and the terms a policy uses, with the vocabulary of those it uses.

use super::*;

/// A title that other texts show where they refer to it: the policy's (`{@policy.title}`) or
/// a section's (`{#id}`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum Title<'a> {
    Policy,
    Section(&'a str),
}

/// The titles each title refers to, with the span of each reference.
type TitleGraph<'a> = BTreeMap<Title<'a>, Vec<(Title<'a>, Span)>>;

/// The references to titles in `inlines`.
fn title_refs<'a>(inlines: &'a [syntax::Inline], out: &mut Vec<(Title<'a>, Span)>) {
    for inline in inlines {
        match inline {
            syntax::Inline::Text(_) => {}
            syntax::Inline::Strong(c) | syntax::Inline::Emph(c) => title_refs(c, out),
            syntax::Inline::Link { label, .. } => title_refs(label, out),
            syntax::Inline::FactRef { fact, field, span } => {
                if fact.text == "policy" && field.as_ref().is_none_or(|f| f.text == "title") {
                    out.push((Title::Policy, *span));
                }
            }
            syntax::Inline::SectionRef { section, span } => {
                out.push((Title::Section(&section.text), *span))
            }
        }
    }
}

/// The references in the titles (`Arg::Text`) of `stmt`.
fn text_refs<'a>(stmt: &'a Stmt, out: &mut Vec<(Title<'a>, Span)>) {
    for arg in &stmt.args {
        if let Arg::Text(text) = arg {
            for part in &text.parts {
                title_refs(&part.string.content, out);
            }
        }
    }
}

fn section_titles<'a>(stmts: &'a [Stmt], graph: &mut TitleGraph<'a>) {
    for stmt in stmts {
        if stmt.form == Form::Section {
            if let Some(id) = stmt.id() {
                let mut refs = Vec::new();
                text_refs(stmt, &mut refs);
                graph
                    .entry(Title::Section(&id.text))
                    .or_default()
                    .extend(refs);
            }
        }
        section_titles(stmt.stmts(), graph);
    }
}

impl Checker {
    /// A title that refers to itself, directly or through other titles, would be shown inside
    /// itself without end: each cycle is reported at the reference that closes it (found by
    /// one depth-first walk, so in time linear in the references).
    pub(super) fn title_cycles(&mut self, policy: &Stmt) {
        let mut graph = TitleGraph::new();
        let mut refs = Vec::new();
        for stmt in policy.stmts() {
            if stmt.form == Form::Field && stmt.keyword.text == "title" {
                text_refs(stmt, &mut refs);
            }
        }
        graph.insert(Title::Policy, refs);
        section_titles(policy.stmts(), &mut graph);
        // 0: not seen, 1: on the walk's path, 2: done.
        let mut state: BTreeMap<Title<'_>, u8> = BTreeMap::new();
        let mut closing = Vec::new();
        for &root in graph.keys() {
            if state.contains_key(&root) {
                continue;
            }
            state.insert(root, 1);
            let mut stack = vec![(root, 0usize)];
            while let Some((node, next)) = stack.last_mut() {
                let edges = &graph[&*node];
                let Some(&(to, span)) = edges.get(*next) else {
                    state.insert(*node, 2);
                    stack.pop();
                    continue;
                };
                *next += 1;
                if !graph.contains_key(&to) {
                    continue;
                }
                match state.get(&to).copied().unwrap_or(0) {
                    0 => {
                        state.insert(to, 1);
                        stack.push((to, 0));
                    }
                    1 => closing.push((to, span)),
                    _ => {}
                }
            }
        }
        for (to, span) in closing {
            let what = match to {
                Title::Policy => "the policy's title".to_string(),
                Title::Section(id) => format!("the title of section `{id}`"),
            };
            self.error(
                Diagnostic::new(
                    Code::ReferenceCycle,
                    format!("this reference shows {what} inside itself"),
                    span,
                )
                .with_help("a title cannot refer to itself, directly or through other titles: write the words instead"),
            );
        }
    }

    pub(super) fn resolve_refs(&mut self) {
        let pending = std::mem::take(&mut self.pending_refs);
        for r in pending {
            self.resolve_ref(&r);
        }
    }

    pub(super) fn resolve_ref(&mut self, r: &PendingRef) {
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
    pub(super) fn term(&mut self, kind: &str, word: &Word) -> bool {
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

    pub(super) fn vocabulary(&mut self) -> BTreeMap<String, BTreeMap<String, model::Term>> {
        let mut out: BTreeMap<String, BTreeMap<String, model::Term>> = BTreeMap::new();
        let builtin = vocab::builtin();
        for (kind, id) in &self.used_terms {
            let term = match self.custom_terms.get(&(kind.clone(), id.clone())) {
                Some(custom) => custom.clone(),
                None => {
                    let entry = &builtin[kind][id];
                    model::Term {
                        // A declared language reads its own column, else the column of the
                        // catalogue serving it (`zh-Hans` reads `zh-CN`, `fr-CA` reads `fr`).
                        labels: self
                            .languages
                            .iter()
                            .filter_map(|lang| {
                                let label = entry.labels.get(lang).or_else(|| {
                                    crate::locale::catalogue_for(lang)
                                        .and_then(|tag| entry.labels.get(tag))
                                })?;
                                Some((lang.clone(), label.clone()))
                            })
                            .collect(),
                        dpv: entry.dpv.clone(),
                        dpv_broader: entry.dpv_broader.clone(),
                        custom: false,
                        source: entry.source.clone(),
                    }
                }
            };
            for lang in &self.languages {
                // A built-in term lacks a label only in a language policyc does not speak,
                // which `unsupported-language` reports once for the whole vocabulary.
                let unsupported = crate::locale::catalogue_for(lang).is_none();
                if !term.labels.contains_key(lang) && (term.custom || !unsupported) {
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
