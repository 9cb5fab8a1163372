//! The policy statement and its header: identity, languages (pass 1), binding translations,
//! numbering; the header's dates and version are read by [`super::values`].

use super::*;

/// The longest policy id: it names a file, a folder of the archive and of the site, and the
/// first part of each version's git tag (whose every part the file system keeps under 255
/// bytes).
pub const MAX_POLICY_ID: usize = 64;

impl Checker {
    pub(super) fn policy(&mut self, stmt: &Stmt, file_stem: Option<&str>) -> Policy {
        let id = match stmt.id() {
            Some(word) => {
                if self.identifier(word) && word.text.len() > MAX_POLICY_ID {
                    self.error(
                        Diagnostic::new(
                            Code::BadIdentifier,
                            format!(
                                "the policy id is {} characters long, more than {MAX_POLICY_ID}",
                                word.text.len()
                            ),
                            word.span,
                        )
                        .with_note("the id names the policy's file, its archive folder, its git tags and its addresses on the site")
                        .with_help(format!("use an id of at most {MAX_POLICY_ID} characters")),
                    );
                }
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
        let changelog = self.changelog(&header, &dates, &version);

        let mut counter = Numberer::new(numbering.clone());
        let body = self.blocks(stmt.stmts(), Place::Policy, None, &mut counter, None);
        self.resolve_refs();
        self.title_cycles(stmt);
        if !self.skip_prose_warnings && !self.diags.iter().any(Diagnostic::is_error) {
            self.prose(stmt);
        }
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
            changelog,
            stale: std::mem::take(&mut self.stale),
        }
    }

    /// The header statements of the policy body, read with duplicate checks.
    pub(super) fn header_fields<'s>(&mut self, policy: &'s Stmt) -> Fields<'s> {
        let mut fields = Fields::default();
        for stmt in policy.stmts() {
            if stmt.form == Form::Field && HEADER_FIELDS.contains(&stmt.keyword.text.as_str()) {
                fields.insert(stmt, false, &mut self.diags);
            }
        }
        fields
    }

    pub(super) fn languages(&mut self, header: &Fields<'_>) {
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
                    self.supported(&tag, word);
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

    /// A language policyc can write its own words in: a catalogue in `locales/` serves it
    /// (docs/languages.md); otherwise its pages would mix English into the language.
    fn supported(&mut self, tag: &str, word: &Word) {
        if crate::locale::catalogue_for(tag).is_some() {
            return;
        }
        let known: Vec<&str> = crate::locale::languages().collect();
        self.error(
            Diagnostic::new(
                Code::UnsupportedLanguage,
                format!("policyc cannot write its own words in `{tag}` yet"),
                word.span,
            )
            .with_help(format!(
                "the languages it speaks are {}; to add `{tag}`, add locales/{tag}.ftl (a translation of locales/en.ftl) and a `{tag}` column to vocabulary/builtin.toml and vocabulary/countries.toml (docs/languages.md)",
                known.join(", ")
            )),
        );
    }

    /// Validates a BCP 47 tag; returns it when valid.
    pub(super) fn language_tag(&mut self, word: &Word) -> Option<String> {
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

    pub(super) fn undeclared_language(&self, word: &Word) -> Diagnostic {
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

    pub(super) fn binding(&mut self, header: &Fields<'_>) -> Vec<String> {
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

    pub(super) fn numbering(&mut self, header: &Fields<'_>) -> Vec<Marker> {
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

    pub(super) fn marker(&mut self, s: &syntax::Str) -> Option<Marker> {
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
}
