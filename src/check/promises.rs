//! Promises (issue 15): response times limited to some rights (`respond-within ... for` in
//! `requests`), negative promises (`promise`), and the policy's own changelog
//! (`changelog { entry ... }` in the header).

use std::collections::BTreeMap;

use super::facts::Head;
use super::{list_elems, Checker};
use crate::diag::{Code, Diagnostic};
use crate::model::{self, ChangelogEntry, Duration, FactBase, ScopedResponse};
use crate::source::Span;
use crate::syntax::{Arg, Elem, Form, Stmt};

use super::fields::Fields;

/// The built-in promise whose `regions` are required: where personal information stays.
const REGION_PROMISE: &str = "no-transfer-outside";

impl Checker {
    /// The response times of a `requests` fact: the one for every right (`respond-within D`,
    /// at most once) and those for some rights only (`respond-within D for deletion, access`).
    pub(super) fn response_times(
        &mut self,
        f: &Fields<'_>,
    ) -> (Option<Duration>, Vec<ScopedResponse>) {
        let mut general: Option<(Duration, Span)> = None;
        let mut scoped = Vec::new();
        let mut seen: BTreeMap<String, Span> = BTreeMap::new();
        for stmt in f.all("respond-within") {
            let Some(time) = self.duration_arg(stmt) else {
                continue;
            };
            if stmt.has_keyword("for").is_none() {
                if let Some((_, first)) = &general {
                    self.error(
                        Diagnostic::new(
                            Code::DuplicateField,
                            "the response time for every right is given twice",
                            stmt.keyword.span,
                        )
                        .with_label("given again here")
                        .with_secondary(*first, "first given here")
                        .with_help("keep one; write `respond-within ... for <rights>` for a time that applies to some rights only"),
                    );
                } else {
                    general = Some((time, stmt.keyword.span));
                }
                continue;
            }
            let mut rights = Vec::new();
            for elem in list_elems(stmt) {
                let Elem::Word(word) = elem else { continue };
                if !self.term("right", word) {
                    continue;
                }
                if let Some(first) = seen.get(&word.text) {
                    self.error(
                        Diagnostic::new(
                            Code::DuplicateField,
                            format!("requests for `{}` are given two response times", word.text),
                            word.span,
                        )
                        .with_secondary(*first, "first given here")
                        .with_help("name each right in one `respond-within ... for` only"),
                    );
                    continue;
                }
                seen.insert(word.text.clone(), word.span);
                rights.push(word.text.clone());
            }
            if !rights.is_empty() {
                scoped.push(ScopedResponse {
                    rights,
                    respond_within: time,
                });
            }
        }
        (general.map(|(d, _)| d), scoped)
    }

    /// A response time of a right or a contact, which cannot be limited to some rights.
    pub(super) fn unscoped_time(&mut self, f: &Fields<'_>, owner: &str) -> Option<Duration> {
        let stmt = f.get("respond-within")?;
        if let Some(word) = stmt.has_keyword("for") {
            self.error(
                Diagnostic::new(
                    Code::BadValue,
                    format!("the response time of {owner} cannot be limited to some rights"),
                    word.span,
                )
                .with_help("remove `for ...`; a time for requests to exercise some rights only belongs in `requests { respond-within ... for <rights> }`"),
            );
        }
        self.duration_arg(stmt)
    }

    /// A `promise` fact: its own fields, then the model's entry.
    pub(super) fn promise_fact(&mut self, f: &Fields<'_>, head: &Head<'_>, base: FactBase) {
        let (stmt, id) = (head.stmt, head.id);
        let kind = self.kind(f, id, "promise", stmt);
        let items = self.terms(f, "items", "data");
        let regions = self.terms(f, "regions", "region");
        let except = self.case_list(f, "except");
        let custom = self
            .custom_terms
            .contains_key(&("promise".to_string(), kind.clone()));
        if kind == REGION_PROMISE && regions.is_empty() && !f.has("regions") {
            self.error(
                Diagnostic::new(
                    Code::MissingField,
                    format!("the promise `{}` names no regions personal information stays within", id.text),
                    stmt.keyword.span.join(id.span),
                )
                .with_help("add `regions china` (the regions personal information is not transferred out of)"),
            );
        } else if kind != REGION_PROMISE && !custom {
            if let Some(field) = f.get("regions") {
                self.error(
                    Diagnostic::new(
                        Code::BadValue,
                        format!("the promise `{}` takes no `regions`", id.text),
                        field.keyword.span,
                    )
                    .with_help(format!("`regions` says where personal information stays: only `{REGION_PROMISE}` and the policy's own promise terms take it; limit a promise to places with `jurisdictions`")),
                );
            }
        }
        self.model.promises.push(model::Promise {
            base,
            kind,
            items,
            regions,
            except,
        });
    }

    /// The header's `changelog { entry DATE [version V] TEXT ... }`, newest first; warns when
    /// it has no entry for the current version.
    pub(super) fn changelog(
        &mut self,
        header: &Fields<'_>,
        dates: &model::Dates,
        version: &str,
    ) -> Vec<ChangelogEntry> {
        let Some(block) = header.get("changelog") else {
            return Vec::new();
        };
        let mut entries: Vec<ChangelogEntry> = Vec::new();
        let mut seen: BTreeMap<(String, Option<String>), Span> = BTreeMap::new();
        for child in block.stmts() {
            if child.form != Form::Field || child.keyword.text != "entry" {
                self.error(
                    Diagnostic::new(
                        if child.form == Form::Unknown {
                            Code::UnknownStatement
                        } else {
                            Code::Misplaced
                        },
                        format!("`{}` cannot stand in `changelog`", child.keyword.text),
                        child.keyword.span,
                    )
                    .with_help(
                        "a changelog holds entries: entry 2024-05-01 en \"...\" zh-CN \"...\"",
                    ),
                );
                continue;
            }
            let Some(entry) = self.changelog_entry(child, &dates.updated) else {
                continue;
            };
            let key = (entry.date.clone(), entry.version.clone());
            if let Some(first) = seen.get(&key) {
                self.error(
                    Diagnostic::new(
                        Code::DuplicateId,
                        format!("the changelog has two entries for {}", entry.date),
                        child.keyword.span,
                    )
                    .with_secondary(*first, "first entry here")
                    .with_help("write one entry per version; add `version V` after the date when two versions share a day"),
                );
                continue;
            }
            seen.insert(key, child.keyword.span);
            entries.push(entry);
        }
        if block.stmts().is_empty() {
            self.error(
                Diagnostic::new(
                    Code::EmptyBlock,
                    "the changelog has no entries",
                    block.keyword.span,
                )
                .with_help(format!(
                    "add `entry {} en \"...\" zh-CN \"...\"`, or remove it",
                    dates.updated
                )),
            );
        } else if !dates.updated.is_empty()
            && !entries.iter().any(|e| e.describes(version, &dates.updated))
        {
            self.error(
                Diagnostic::new(
                    Code::MissingChangelogEntry,
                    format!(
                        "the changelog has no entry for this version ({})",
                        dates.updated
                    ),
                    block.keyword.span,
                )
                .with_help(format!(
                    "say what changed: entry {} en \"...\" zh-CN \"...\"",
                    dates.updated
                ))
                .with_note(
                    "readers and the site's changelog read the author's summary of each version",
                ),
            );
        }
        // Newest first; two entries of one day by version.
        entries.sort_by(|a, b| (&b.date, &b.version).cmp(&(&a.date, &a.version)));
        entries
    }

    fn changelog_entry(&mut self, stmt: &Stmt, updated: &str) -> Option<ChangelogEntry> {
        let mut date = None;
        let mut version = None;
        let mut summary = None;
        for arg in &stmt.args {
            match arg {
                Arg::Date(word) => date = self.date(word).map(|d| (d, word.span)),
                Arg::Version(word) => version = Some(self.version_word(word)),
                Arg::Text(text) => summary = self.text(text, false),
                _ => {}
            }
        }
        let (date, span) = date?;
        let date = date.to_string();
        if !updated.is_empty() && date.as_str() > updated {
            self.error(
                Diagnostic::new(
                    Code::DateOrder,
                    format!("the changelog entry of {date} comes after the policy's update on {updated}"),
                    span,
                )
                .with_help("an entry describes a version published so far: correct its date, or the policy's `updated` date"),
            );
        }
        Some(ChangelogEntry {
            date,
            version,
            summary: summary?,
        })
    }
}
