//! The document (pass 3): sections, paragraphs, lists and items, the facts declared among
//! them, and what a statement may be where it stands.

use super::*;

impl Checker {
    pub(super) fn blocks(
        &mut self,
        stmts: &[Stmt],
        place: Place,
        section: Option<&str>,
        numberer: &mut Numberer,
        parent_number: Option<&str>,
    ) -> Vec<Block> {
        let mut out = Vec::new();
        let mut counter = 0usize;
        let mut previous: Option<&Stmt> = None;
        for stmt in stmts {
            match stmt.form {
                Form::Section if matches!(place, Place::Policy | Place::Section) => {
                    if let Some(s) = self.section(stmt, numberer, &mut counter, parent_number) {
                        out.push(Block::Section(s));
                    }
                }
                Form::Para if place != Place::List => {
                    if let Some(text) = stmt.text() {
                        if let Some(text) = self.text(text, false) {
                            out.push(Block::Paragraph { text });
                        }
                    }
                }
                Form::List if place != Place::List => {
                    if let Some(list) = self.list(stmt, section, numberer) {
                        out.push(list);
                    }
                }
                Form::Fact if place != Place::List => {
                    if let Some((kind, id)) = self.fact(stmt, section) {
                        out.push(Block::Fact { kind, id });
                    }
                }
                Form::Table if place != Place::List => out.extend(self.table(stmt)),
                Form::Field
                    if place == Place::Policy
                        && HEADER_FIELDS.contains(&stmt.keyword.text.as_str()) => {}
                // What a section names only in passing (`check::prose`).
                Form::Field if place == Place::Section && stmt.keyword.text == "in-passing" => {}
                Form::Unknown => self.unknown(stmt, place, previous),
                _ => self.misplaced(stmt, place),
            }
            previous = Some(stmt);
        }
        out
    }

    pub(super) fn section(
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
            Place::Section,
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

    pub(super) fn list(
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
                        Some(b) => self.blocks(&b.stmts, Place::Item, section, numberer, None),
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
                Form::Unknown => self.unknown(child, Place::List, None),
                _ => self.misplaced(child, Place::List),
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

    pub(super) fn unknown(&mut self, stmt: &Stmt, place: Place, previous: Option<&Stmt>) {
        let candidates: Vec<&str> = match place {
            Place::Policy => HEADER_FIELDS
                .iter()
                .chain(BLOCK_KEYWORDS)
                .copied()
                .chain(FactKind::ALL.iter().map(|k| k.keyword()))
                .collect(),
            Place::Section | Place::Item => BLOCK_KEYWORDS
                .iter()
                .copied()
                .chain(FactKind::ALL.iter().map(|k| k.keyword()))
                .collect(),
            Place::List => std::iter::once("item")
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

    pub(super) fn misplaced(&mut self, stmt: &Stmt, place: Place) {
        let keyword = &stmt.keyword.text;
        let place = match place {
            Place::Policy => "at the top of the policy",
            Place::Section => "in a section",
            Place::List => "directly in a list",
            Place::Item => "in a list item",
        };
        let help = match stmt.form {
            Form::Field if keyword == "entry" => {
                "`entry` belongs inside `changelog { ... }` at the top of the policy".to_string()
            }
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
            Form::Row => format!("`{keyword}` belongs inside `table {{ ... }}`"),
            Form::Cell => {
                "`cell` belongs inside a table's `head { ... }` or `row { ... }`".to_string()
            }
            Form::Section => {
                "sections belong at the top of the policy or inside other sections".to_string()
            }
            _ => {
                "a list holds `item`s and facts; put paragraphs and tables inside an `item { ... }`"
                    .to_string()
            }
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
}
