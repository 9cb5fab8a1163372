//! References (pass 4, once the whole model is built): `{@fact.field}` and `{#section}` in
//! texts, and the terms a policy uses, with the vocabulary of those it uses.

use super::*;

impl Checker {
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
