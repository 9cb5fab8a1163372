//! Values: texts and their translations, references in prose, dates, versions, durations,
//! e-mail addresses, URLs and phone numbers.

use super::fields::Fields;
use super::invariants::addresses::in_address;
use super::{scalar_str, Checker, PendingRef};
use crate::diag::{did_you_mean, Code, Diagnostic};
use crate::model::{self, Duration, FactKind, Facts, Unit};
use crate::source::Span;
use crate::syntax::{self, Arg, Stmt, Word};

/// Version names that mean something else where versions are named: `ID@latest`.
const RESERVED_VERSIONS: &[&str] = &["latest"];

/// The extensions of the files the archive and the site write beside version folders (and
/// of the lock files git writes beside tags): a version ending in one could collide with them.
const ARCHIVE_EXTENSIONS: &[&str] = &[
    "json", "html", "htm", "xml", "txt", "md", "policy", "css", "svg", "lock",
];

/// The fields a `{@fact.field}` reference may name, by kind of fact (`None`: the policy).
pub(super) fn ref_fields(kind: Option<FactKind>) -> &'static [&'static str] {
    match kind {
        None => &["released", "updated", "effective", "version", "title"],
        Some(FactKind::Controller) => &["name", "address", "group"],
        Some(FactKind::Recipient) => &["name", "country", "url"],
        Some(FactKind::Service) => &["name", "url"],
        Some(FactKind::Contact) => &[
            "email",
            "phone",
            "address",
            "url",
            "department",
            "officer",
            "respond-within",
        ],
        Some(FactKind::Right) => &["respond-within", "channels"],
        Some(FactKind::Requests) => &["respond-within"],
        Some(FactKind::Minors) => &["age"],
        Some(FactKind::Retention) => &["period"],
        Some(FactKind::Collect) => &["items", "purposes"],
        Some(FactKind::Purpose) => &["basis"],
        Some(FactKind::Security) => &["measures"],
        Some(FactKind::Incident) => &["notify"],
        Some(FactKind::Transfer) => &["to"],
        Some(FactKind::Storage) => &["location"],
        Some(FactKind::Promise) => &["regions"],
        Some(FactKind::JointController) => &["name", "address"],
        Some(FactKind::Representative | FactKind::Authority) => {
            &["name", "email", "phone", "address", "url"]
        }
        Some(_) => &[],
    }
}

/// Whether the fact `id` actually has a value for `field` (an optional field may be absent).
pub(super) fn fact_has_field(facts: &Facts, kind: FactKind, id: &str, field: &str) -> bool {
    let by_id = |base: &model::FactBase| base.id == id;
    match kind {
        FactKind::Controller => facts
            .controllers
            .iter()
            .find(|c| by_id(&c.base))
            .is_some_and(|c| match field {
                "address" => c.address.is_some(),
                "group" => c.group.is_some(),
                _ => true,
            }),
        FactKind::Recipient => facts
            .recipients
            .iter()
            .find(|r| by_id(&r.base))
            .is_some_and(|r| match field {
                "name" => r.name.is_some(),
                "country" => r.country.is_some(),
                "url" => r.url.is_some(),
                _ => true,
            }),
        FactKind::Service => facts
            .services
            .iter()
            .find(|s| by_id(&s.base))
            .is_some_and(|s| match field {
                "url" => s.url.is_some(),
                _ => true,
            }),
        FactKind::Contact => facts
            .contacts
            .iter()
            .find(|c| by_id(&c.base))
            .is_some_and(|c| match field {
                "email" => c.email.is_some(),
                "phone" => c.phone.is_some(),
                "address" => c.address.is_some(),
                "url" => c.url.is_some(),
                "department" => c.department.is_some(),
                "officer" => c.officer.is_some(),
                "respond-within" => c.respond_within.is_some(),
                _ => false,
            }),
        FactKind::Right => {
            facts
                .rights
                .iter()
                .find(|r| by_id(&r.base))
                .is_some_and(|r| match field {
                    "respond-within" => r.respond_within.is_some(),
                    _ => true,
                })
        }
        FactKind::Requests => facts
            .requests
            .iter()
            .find(|r| by_id(&r.base))
            .is_some_and(|r| r.respond_within.is_some()),
        FactKind::Promise => facts
            .promises
            .iter()
            .find(|p| by_id(&p.base))
            .is_some_and(|p| !p.regions.is_empty()),
        FactKind::Collect => facts
            .collections
            .iter()
            .find(|c| by_id(&c.base))
            .is_some_and(|c| field != "purposes" || !c.purposes.is_empty()),
        FactKind::Purpose => facts
            .purposes
            .iter()
            .find(|p| by_id(&p.base))
            .is_some_and(|p| field != "basis" || !p.bases.is_empty()),
        FactKind::JointController | FactKind::Representative | FactKind::Authority => {
            super::parties::party_has_field(facts, id, field)
        }
        // The remaining fields are required, so a fact that checked has them.
        _ => true,
    }
}

/// A long text shortened for a note.
fn truncate(text: &str) -> String {
    const MAX: usize = 160;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    }
}

impl Checker {
    /// Converts a text, checking its languages and references. `allow_untagged`: one string
    /// may stand for every language (proper names).
    pub(super) fn text(
        &mut self,
        text: &syntax::Text,
        allow_untagged: bool,
    ) -> Option<model::Text> {
        let mut out = model::Text::new();
        let mut seen: Vec<(String, Span)> = Vec::new();
        for part in &text.parts {
            let inlines = self.inlines(&part.string.content);
            if part.string.plain().trim().is_empty() {
                self.error(
                    Diagnostic::new(Code::EmptyText, "this string is empty", part.string.span)
                        .with_help("write the text, or remove the statement"),
                );
            }
            self.repeated_values(&part.string);
            match &part.lang {
                None if allow_untagged || self.languages.len() <= 1 => {
                    for lang in &self.languages {
                        out.insert(lang.clone(), inlines.clone());
                    }
                    if self.languages.is_empty() {
                        out.insert(String::new(), inlines);
                    }
                    return Some(out);
                }
                None => {
                    self.untagged(part.string.span);
                    return None;
                }
                Some(lang) => {
                    if self.text_language(lang, &mut seen) {
                        out.insert(lang.text.clone(), inlines);
                    }
                }
            }
        }
        for lang in self.translations(text) {
            if let Some(source) = out.get(&self.authoritative) {
                let key = model::Inline::plain(source);
                self.stale.entry(lang).or_default().insert(key);
            }
        }
        self.missing_translations(text, &out, &seen);
        Some(out)
    }

    /// A string without a language tag where the policy has several languages.
    fn untagged(&mut self, span: Span) {
        self.error(
            Diagnostic::new(
                Code::UntaggedText,
                "this text does not say its language",
                span,
            )
            .with_help(format!(
                "write each language's string after its tag: {}",
                self.languages
                    .iter()
                    .map(|l| format!("{l} \"...\""))
                    .collect::<Vec<_>>()
                    .join(" ")
            )),
        );
    }

    /// Whether a text's string in `lang` is taken: not given twice (`seen` holds the languages
    /// given so far) and a language the policy declares.
    fn text_language(&mut self, lang: &Word, seen: &mut Vec<(String, Span)>) -> bool {
        if let Some((_, first)) = seen.iter().find(|(l, _)| *l == lang.text) {
            let first = *first;
            self.error(
                Diagnostic::new(
                    Code::DuplicateTranslation,
                    format!("the `{}` text is given twice", lang.text),
                    lang.span,
                )
                .with_secondary(first, "first given here"),
            );
            return false;
        }
        seen.push((lang.text.clone(), lang.span));
        if !self.languages.is_empty() && !self.languages.contains(&lang.text) {
            let diag = if language_tags::LanguageTag::parse(&lang.text).is_ok() {
                self.undeclared_language(lang)
            } else {
                Diagnostic::new(
                    Code::BadLanguageTag,
                    format!("`{}` is not a language tag", lang.text),
                    lang.span,
                )
                .with_help(format!(
                    "the policy's languages are {}",
                    self.languages.join(", ")
                ))
            };
            self.error(diag);
            return false;
        }
        true
    }

    /// The declared languages a tagged text lacks.
    fn missing_translations(
        &mut self,
        text: &syntax::Text,
        out: &model::Text,
        seen: &[(String, Span)],
    ) {
        let missing: Vec<&String> = self
            .languages
            .iter()
            .filter(|l| !out.contains_key(*l))
            .collect();
        if !missing.is_empty() && !seen.is_empty() {
            let list = missing
                .iter()
                .map(|l| format!("`{l}`"))
                .collect::<Vec<_>>()
                .join(", ");
            self.error(
                Diagnostic::new(
                    Code::MissingTranslation,
                    format!("this text has no {list} translation"),
                    // The first language's string: where a translator starts reading.
                    text.parts.first().map_or(text.span, |p| {
                        p.lang
                            .as_ref()
                            .map_or(p.string.span, |l| l.span.join(p.string.span))
                    }),
                )
                .with_label(format!("missing {list}"))
                .with_help(format!(
                    "add {} after the {} text",
                    missing
                        .iter()
                        .map(|l| format!("{l} \"...\""))
                        .collect::<Vec<_>>()
                        .join(" "),
                    seen[0].0
                )),
            );
        }
    }

    /// Staleness and consistency of the translations of one text, against its authoritative
    /// string; returns the languages whose translation is stale.
    fn translations(&mut self, text: &syntax::Text) -> Vec<String> {
        let mut stale = Vec::new();
        let authoritative = self.authoritative.clone();
        let Some(source) = text.part(&authoritative) else {
            return stale;
        };
        if let Some(hash) = &source.source_hash {
            self.error(
                Diagnostic::new(Code::BadValue, format!("the {authoritative} text is the source of the others: it records no source hash"), hash.span)
                    .with_help(format!("remove `@{}`", hash.text)),
            );
        }
        if self.skip_translation_warnings {
            return stale;
        }
        let current = crate::check::translations::source_hash(&source.string);
        let source_invariants = crate::check::invariants::invariants(&source.string);
        for part in &text.parts {
            let Some(lang) = &part.lang else { continue };
            if lang.text == authoritative || !self.languages.contains(&lang.text) {
                continue;
            }
            if let Some(hash) = &part.source_hash {
                if hash.text != current {
                    stale.push(lang.text.clone());
                    self.error(
                        Diagnostic::new(
                            Code::StaleTranslation,
                            format!("the {} translation was made from an earlier {authoritative} text", lang.text),
                            lang.span.join(hash.span),
                        )
                        .with_label(format!("confirmed against {}, the {authoritative} text is now {current}", hash.text))
                        .with_secondary(source.string.span, format!("the {authoritative} text, changed since"))
                        .with_note(format!(
                            "{authoritative}: {}\n{}: {}",
                            truncate(&source.string.plain()),
                            lang.text,
                            truncate(&part.string.plain())
                        ))
                        .with_help(format!(
                            "update the translation, then run `policyc i18n confirm <file> --lang {}` (it records the new hash)",
                            lang.text
                        )),
                    );
                }
            }
            let differences = source_invariants.differences(
                &crate::check::invariants::invariants(&part.string),
                &authoritative,
                &lang.text,
            );
            if !differences.is_empty() {
                self.error(
                    Diagnostic::new(
                        Code::InconsistentTranslation,
                        format!("the {} text and the {authoritative} text disagree on what must not differ", lang.text),
                        part.string.span,
                    )
                    .with_label(differences.join("; "))
                    .with_secondary(source.string.span, format!("the {authoritative} text"))
                    .with_help("translations repeat the same references, addresses and numbers; correct the one that is wrong"),
                );
            }
        }
        stale
    }

    /// A required text field.
    pub(super) fn required_text(
        &mut self,
        f: &Fields<'_>,
        owner: &Stmt,
        field: &str,
        what: &str,
    ) -> Option<model::Text> {
        match f.get(field).and_then(Stmt::text) {
            Some(text) => self.text(text, field == "name"),
            None => {
                if what == "the policy" {
                    self.error(
                        Diagnostic::new(
                            Code::MissingField,
                            format!("the policy has no `{field}`"),
                            owner.keyword.span,
                        )
                        .with_help(format!("add `{field} en \"...\" zh-CN \"...\"`")),
                    );
                }
                None
            }
        }
    }

    fn inlines(&mut self, inlines: &[syntax::Inline]) -> Vec<model::Inline> {
        inlines
            .iter()
            .map(|inline| match inline {
                syntax::Inline::Text(text) => model::Inline::Text { text: text.clone() },
                syntax::Inline::Strong(inner) => model::Inline::Strong {
                    content: self.inlines(inner),
                },
                syntax::Inline::Emph(inner) => model::Inline::Emph {
                    content: self.inlines(inner),
                },
                syntax::Inline::Link {
                    label,
                    target,
                    target_span,
                } => {
                    self.link_target(target, *target_span);
                    model::Inline::Link {
                        href: target.clone(),
                        content: self.inlines(label),
                    }
                }
                syntax::Inline::FactRef { fact, field, .. } => {
                    self.pending_refs.push(PendingRef {
                        fact: fact.clone(),
                        field: field.clone(),
                    });
                    model::Inline::Ref {
                        fact: fact.text.clone(),
                        field: field.as_ref().map(|f| f.text.clone()),
                    }
                }
                syntax::Inline::SectionRef { section, .. } => {
                    if !self.sections.contains_key(&section.text) {
                        let mut diag = Diagnostic::new(
                            Code::UnknownReference,
                            format!("no section has the id `{}`", section.text),
                            section.span,
                        );
                        diag = match did_you_mean(
                            &section.text,
                            self.sections.keys().map(String::as_str),
                        ) {
                            Some(m) => diag.with_help(format!("did you mean `{m}`?")),
                            None => diag.with_help(
                                "`{#id}` refers to a section declared as `section id ...`",
                            ),
                        };
                        self.error(diag);
                    }
                    model::Inline::SectionRef {
                        section: section.text.clone(),
                    }
                }
            })
            .collect()
    }

    /// Warns when a string repeats a value that a fact declares (an e-mail address typed into
    /// a paragraph instead of `{@info.email}`).
    fn repeated_values(&mut self, string: &syntax::Str) {
        let mut found = Vec::new();
        let lower_raw = string.raw.to_lowercase();
        for (value, reference) in &self.declared_values {
            let needle = value.to_lowercase();
            // A whole value, not the start of a longer address (`https://x.com/` inside
            // `https://x.com/terms`) nor the end of one.
            let whole = |at: usize| {
                let before = lower_raw[..at].chars().next_back();
                let mut after = lower_raw[at + needle.len()..].chars();
                let next = after.next();
                // CJK text around an address is not part of it (`至privacy@example.com。`).
                let letter = |c: char| c.is_alphanumeric() && in_address(c);
                let continues = |c: char| letter(c) || "/_-~%?#&=@+".contains(c);
                let joined_before = before.is_some_and(|c| letter(c) || "._%+-/@".contains(c));
                let joined_after = next.is_some_and(continues)
                    || (next == Some('.') && after.next().is_some_and(char::is_alphanumeric));
                !joined_before && !joined_after
            };
            if let Some((at, _)) = lower_raw.match_indices(&needle).find(|(at, _)| whole(*at)) {
                let start = string.span.start + 1 + at;
                found.push(
                    Diagnostic::new(
                        Code::RepeatedValue,
                        format!("`{value}` is written out here, but a fact declares it"),
                        Span::new(start, start + value.len()),
                    )
                    .with_help(format!("write `{reference}` instead, so that changing the fact changes every mention")),
                );
            }
        }
        self.diags.extend(found);
    }

    pub(super) fn dates(&mut self, header: &Fields<'_>, policy: &Stmt) -> model::Dates {
        let read = |checker: &mut Checker, key: &str| -> Option<(jiff::civil::Date, Span)> {
            let stmt = header.get(key)?;
            let word = stmt.args.iter().find_map(|a| match a {
                Arg::Date(w) => Some(w),
                _ => None,
            })?;
            checker.date(word).map(|d| (d, word.span))
        };
        let updated = read(self, "updated");
        let released = read(self, "released");
        let effective = read(self, "effective");
        if header.get("updated").is_none() {
            self.error(
                Diagnostic::new(
                    Code::MissingField,
                    "the policy has no `updated` date",
                    policy.keyword.span,
                )
                .with_help(
                    "add `updated YYYY-MM-DD`: the release and effective dates default to it",
                ),
            );
        }
        let released_or = released.or(updated);
        let effective_or = effective.or(released_or);
        if let (Some((r, rs)), Some((u, us))) = (released, updated) {
            if u < r {
                self.error(
                    Diagnostic::new(
                        Code::DateOrder,
                        format!("the policy is updated on {u}, before its release on {r}"),
                        us,
                    )
                    .with_secondary(rs, "released here")
                    .with_help("the update date cannot come before the release date"),
                );
            }
        }
        if let (Some((e, es)), Some((r, rs))) = (effective, released_or) {
            if e < r {
                self.error(
                    Diagnostic::new(
                        Code::DateOrder,
                        format!("the policy takes effect on {e}, before its release on {r}"),
                        es,
                    )
                    .with_secondary(rs, "released here")
                    .with_help("a policy cannot take effect before it is released"),
                );
            }
        }
        let show = |d: Option<(jiff::civil::Date, Span)>| {
            d.map(|(d, _)| d.to_string()).unwrap_or_default()
        };
        model::Dates {
            released: show(released_or),
            updated: show(updated),
            effective: show(effective_or),
        }
    }

    pub(super) fn date(&mut self, word: &Word) -> Option<jiff::civil::Date> {
        let text = &word.text;
        let shaped = text.len() == 10
            && text.char_indices().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if shaped {
            match text.parse::<jiff::civil::Date>() {
                Ok(date) => return Some(date),
                Err(err) => {
                    let reason = err.to_string();
                    let reason = reason.rsplit(": ").next().unwrap_or(&reason).to_string();
                    self.error(
                        Diagnostic::new(
                            Code::BadDate,
                            format!("`{text}` is not a calendar date: {reason}"),
                            word.span,
                        )
                        .with_help("check the month and the day"),
                    );
                    return None;
                }
            }
        }
        let mut diag = Diagnostic::new(
            Code::BadDate,
            format!("`{text}` is not a date in YYYY-MM-DD form"),
            word.span,
        );
        let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
        if let [y, m, d] = parts.as_slice() {
            if y.len() == 4
                && [m, d]
                    .iter()
                    .all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
            {
                diag = diag.with_help(format!("write {y}-{m:0>2}-{d:0>2}"));
            }
        }
        if diag.help.is_none() {
            diag = diag.with_help("dates are written YYYY-MM-DD, for example 2021-04-26");
        }
        self.error(diag);
        None
    }

    /// Reads `version`: the grammar keeps it to `[0-9A-Za-z][0-9A-Za-z._-]*`; here it must
    /// also be a name that is safe as a git tag `ID/VERSION` and as a folder beside the files
    /// the archive and the site write (`versions.json`, `en.html`, `changelog.en.html`,
    /// `feed.en.xml`): see docs/language.md.
    pub(super) fn version(&mut self, header: &Fields<'_>, updated: &str) -> String {
        let Some(word) = header.get("version").and_then(|s| {
            s.args.iter().find_map(|a| match a {
                Arg::Version(w) => Some(w),
                _ => None,
            })
        }) else {
            return updated.to_string();
        };
        self.version_word(word)
    }

    /// Checks a version name (the header's `version`, a changelog entry's) and returns it.
    pub(super) fn version_word(&mut self, word: &Word) -> String {
        let v = &word.text;
        let problem = if v.len() > 64 {
            Some("it is longer than 64 characters")
        } else if v.contains("..") {
            Some("it contains `..`")
        } else if v.ends_with('.') || v.ends_with(".lock") {
            Some("it ends with `.` or `.lock`")
        } else if RESERVED_VERSIONS.iter().any(|r| v.eq_ignore_ascii_case(r)) {
            Some("the name is reserved (`ID@latest` names the latest version)")
        } else if v.rsplit_once('.').is_some_and(|(_, ext)| {
            ARCHIVE_EXTENSIONS
                .iter()
                .any(|e| ext.eq_ignore_ascii_case(e))
        }) {
            Some("it ends with the extension of a file the archive or the site writes")
        } else {
            None
        };
        if let Some(problem) = problem {
            self.error(
                Diagnostic::new(Code::BadVersion, format!("`{v}` cannot be a version: {problem}"), word.span)
                    .with_help("versions are used in git tags and URLs: letters, digits, `.`, `-`, `_`, such as 2021-04-26.1"),
            );
        }
        v.clone()
    }

    /// A duration argument of `stmt`.
    pub(super) fn duration_arg(&mut self, stmt: &Stmt) -> Option<Duration> {
        let d = stmt.args.iter().find_map(|a| match a {
            Arg::Duration(d) => Some(d),
            _ => None,
        })?;
        let first = self.duration_part(d.amount.as_ref(), &d.unit)?;
        let extendable_by = match &d.extension {
            Some((_, amount, unit)) => {
                if first.unit.is_named() {
                    self.error(
                        Diagnostic::new(
                            Code::BadDuration,
                            "a named duration cannot be extended",
                            amount.span.join(unit.span),
                        )
                        .with_help("write a number and a unit before `extendable-by`"),
                    );
                    None
                } else {
                    self.duration_part(Some(amount), unit).map(Box::new)
                }
            }
            None => None,
        };
        Some(Duration {
            extendable_by,
            ..first
        })
    }

    fn duration_part(&mut self, amount: Option<&Word>, unit: &Word) -> Option<Duration> {
        const UNITS: &[(&str, Unit)] = &[
            ("day", Unit::Days),
            ("days", Unit::Days),
            ("working-day", Unit::WorkingDays),
            ("working-days", Unit::WorkingDays),
            ("week", Unit::Weeks),
            ("weeks", Unit::Weeks),
            ("month", Unit::Months),
            ("months", Unit::Months),
            ("year", Unit::Years),
            ("years", Unit::Years),
        ];
        const NAMED: &[(&str, Unit)] = &[
            ("promptly", Unit::Promptly),
            ("reasonable-time", Unit::ReasonableTime),
            ("as-long-as-necessary", Unit::AsLongAsNecessary),
        ];
        let table = if amount.is_some() { UNITS } else { NAMED };
        let Some((_, u)) = table.iter().find(|(name, _)| *name == unit.text) else {
            let names: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
            let mut diag = Diagnostic::new(
                Code::BadDuration,
                if amount.is_some() {
                    format!("`{}` is not a unit of time", unit.text)
                } else {
                    format!("`{}` is not a duration", unit.text)
                },
                unit.span,
            );
            diag = match did_you_mean(&unit.text, names.iter().copied()) {
                Some(m) => diag.with_help(format!("did you mean `{m}`?")),
                None if amount.is_some() => diag.with_help("units: days, working-days, weeks, months, years"),
                None => diag.with_help("write a number and a unit (30 days), or promptly, reasonable-time, as-long-as-necessary"),
            };
            self.error(diag);
            return None;
        };
        let amount = match amount {
            Some(word) => match word.text.parse::<u32>() {
                Ok(n) if (1..=10_000).contains(&n) => Some(n),
                _ => {
                    self.error(
                        Diagnostic::new(
                            Code::BadDuration,
                            format!("`{}` is not a usable amount of time", word.text),
                            word.span,
                        )
                        .with_help("write a whole number from 1 to 10000"),
                    );
                    return None;
                }
            },
            None => None,
        };
        Some(Duration {
            amount,
            unit: *u,
            extendable_by: None,
        })
    }

    pub(super) fn age(&mut self, stmt: &Stmt) -> Option<u32> {
        let word = stmt.args.iter().find_map(|a| match a {
            Arg::Number(w) => Some(w),
            _ => None,
        })?;
        match word.text.parse::<u32>() {
            Ok(n) if (1..=25).contains(&n) => Some(n),
            _ => {
                self.error(
                    Diagnostic::new(
                        Code::BadValue,
                        format!(
                            "`{}` is not a plausible age threshold for minors",
                            word.text
                        ),
                        word.span,
                    )
                    .with_help("write the age in years, from 1 to 25 (for example 14, 16 or 18)"),
                );
                None
            }
        }
    }

    /// A link target in prose: a well-formed web address or `mailto:` e-mail address (the
    /// inline parser has already required the scheme).
    fn link_target(&mut self, target: &str, span: Span) {
        let valid = match target
            .strip_prefix("mailto:")
            .or_else(|| target.strip_prefix("MAILTO:"))
        {
            Some(address) => email_address::EmailAddress::is_valid(address),
            None => {
                !target.contains(['"', '\\', '<', '>', '`', '{', '}'])
                    && url::Url::parse(target).is_ok_and(|u| {
                        u.host_str()
                            .is_some_and(|h| h.contains('.') || h == "localhost")
                    })
            }
        };
        if valid {
            self.confusable_host(target, host_of(target), target, span);
        } else {
            self.error(
                Diagnostic::new(Code::BadUrl, format!("`{target}` is not a valid link target"), span)
                    .with_help("write a full web address (https://www.example.com/page) or mailto:name@example.com; percent-encode quotes and spaces"),
            );
        }
    }

    pub(super) fn email(&mut self, stmt: &Stmt) -> Option<String> {
        let s = scalar_str(stmt)?;
        let value = s.plain();
        let valid = email_address::EmailAddress::is_valid(&value)
            && value
                .rsplit_once('@')
                .is_some_and(|(_, domain)| domain.contains('.'));
        if !valid {
            self.error(
                Diagnostic::new(Code::BadEmail, format!("`{value}` is not an e-mail address"), s.span)
                    .with_help("write it as name@example.com; write `email missing en \"...\"` when the source lacks it"),
            );
            return None;
        }
        self.confusable_host(&value, host_of(&value), &s.raw, s.span);
        Some(value)
    }

    /// Warns (`confusable-host`) when the host of an address or link can pass for another:
    /// it mixes Cyrillic or Greek letters with Latin ones (`exаmple.com` with a Cyrillic `а`),
    /// or is punycode (`xn--`), which spells such a name in ASCII. `raw` is the text `span`
    /// covers, to find the exact place of the character in it.
    fn confusable_host(&mut self, value: &str, host: &str, raw: &str, span: Span) {
        let inner = |needle: &str| {
            raw.find(needle).map_or(span, |i| {
                let start = span.start + i + usize::from(raw.len() < span.end - span.start);
                Span::new(start, start + needle.len())
            })
        };
        let latin = host.chars().any(|c| c.is_ascii_alphabetic());
        let foreign = host
            .chars()
            .find(|c| crate::diag::lookalike_script(*c).is_some());
        if let (true, Some(c)) = (latin, foreign) {
            let script = crate::diag::lookalike_script(c).unwrap_or("non-Latin");
            let ascii: Option<String> = host
                .chars()
                .map(|c| match c.is_ascii() {
                    true => Some(c),
                    false => crate::diag::ascii_lookalike(c),
                })
                .collect();
            let diag = Diagnostic::new(
                Code::ConfusableHost,
                format!(
                    "the host `{host}` mixes scripts: {} among Latin letters",
                    crate::diag::char_name(c)
                ),
                inner(c.encode_utf8(&mut [0; 4])),
            )
            .with_label(match crate::diag::ascii_lookalike(c) {
                Some(a) => format!("a {script} letter that looks like `{a}`"),
                None => format!("a {script} letter"),
            });
            self.error(match ascii {
                Some(a) => diag.with_help(format!(
                    "write the host in ASCII, `{a}`: `{}`",
                    value.replacen(host, &a, 1)
                )),
                None => diag.with_help("write the host as its owner spells it, in one script"),
            });
            return;
        }
        let punycode = host.split('.').find(|label| {
            label
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case("xn--"))
        });
        if let Some(label) = punycode {
            self.error(
                Diagnostic::new(
                    Code::ConfusableHost,
                    format!("the host `{host}` is punycode: `{label}` spells a non-ASCII name in ASCII"),
                    inner(label),
                )
                .with_label("readers cannot tell which name this spells")
                .with_help("check that this is the address you mean; prefer the owner's ASCII host when there is one"),
            );
        }
    }

    pub(super) fn url(&mut self, stmt: &Stmt) -> Option<String> {
        let s = scalar_str(stmt)?;
        let value = s.plain();
        match url::Url::parse(&value) {
            Ok(u)
                if matches!(u.scheme(), "https" | "http")
                    && u.host_str()
                        .is_some_and(|h| h.contains('.') || h == "localhost") =>
            {
                self.confusable_host(&value, host_of(&value), &s.raw, s.span);
                Some(value)
            }
            Ok(u) if !matches!(u.scheme(), "https" | "http") => {
                self.error(
                    Diagnostic::new(
                        Code::BadUrl,
                        format!("`{value}` is not an https: or http: address"),
                        s.span,
                    )
                    .with_help("write the full address, such as https://www.example.com/"),
                );
                None
            }
            _ => {
                self.error(
                    Diagnostic::new(
                        Code::BadUrl,
                        format!("`{value}` is not a valid web address"),
                        s.span,
                    )
                    .with_help("write the full address, such as https://www.example.com/"),
                );
                None
            }
        }
    }

    pub(super) fn phone(&mut self, stmt: &Stmt) -> Option<String> {
        let s = scalar_str(stmt)?;
        let value = s.plain();
        let digits = value.chars().filter(char::is_ascii_digit).count();
        let allowed = value
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
        if !allowed || !(5..=20).contains(&digits) {
            self.error(
                Diagnostic::new(Code::BadValue, format!("`{value}` is not a phone number"), s.span)
                    .with_help("write digits with optional +, spaces, hyphens and parentheses, such as +86 28 1234 5678"),
            );
            return None;
        }
        Some(value)
    }
}

/// The host of an e-mail address or a web address as written (before the URL parser turns a
/// non-ASCII name into punycode): after the `@` of an address; between `//` (and any
/// `user@`) and the port, path, query or fragment of a URL.
fn host_of(value: &str) -> &str {
    let value = value
        .strip_prefix("mailto:")
        .or_else(|| value.strip_prefix("MAILTO:"))
        .unwrap_or(value);
    match value.split_once("//") {
        Some((_, rest)) => {
            let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
            let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            host.split(':').next().unwrap_or(host)
        }
        None => value.rsplit_once('@').map_or(value, |(_, h)| h),
    }
}

#[cfg(test)]
mod tests {
    use super::host_of;

    #[test]
    fn the_host_is_read_as_written() {
        assert_eq!(host_of("privacy@ex\u{430}mple.com"), "ex\u{430}mple.com");
        assert_eq!(host_of("mailto:a@b.example"), "b.example");
        assert_eq!(
            host_of("https://user@www.ex\u{430}mple.com:8443/a?b#c"),
            "www.ex\u{430}mple.com"
        );
        assert_eq!(host_of("https://xn--exmple-4nf.com"), "xn--exmple-4nf.com");
    }
}
