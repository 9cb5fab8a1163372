//! Tables (`table ... { head { cell ... } row { cell ... } }`): a head and at least one row,
//! every row as wide as the head (`table-shape`), each cell a text in every language or a
//! reference to a fact's value, resolved with the references of prose.

use super::*;
use crate::model::{Cell, Table};

/// What a table's body and a row's body may hold, for "did you mean".
const TABLE_WORDS: &[&str] = &["head", "row"];
const ROW_WORDS: &[&str] = &["cell"];

impl Checker {
    pub(super) fn table(&mut self, stmt: &Stmt) -> Option<Block> {
        let caption = stmt.text().and_then(|t| self.text(t, false));
        let mut head: Option<(Vec<Cell>, &Stmt)> = None;
        let mut rows: Vec<(Vec<Cell>, &Stmt)> = Vec::new();
        for child in stmt.stmts() {
            match child.form {
                Form::Row if child.keyword.text == "head" => {
                    let cells = self.cells(child);
                    if let Some((_, first)) = &head {
                        self.error(
                            Diagnostic::new(
                                Code::TableShape,
                                "this table has a second head",
                                child.keyword.span,
                            )
                            .with_secondary(first.keyword.span, "the head is here")
                            .with_help("a table has one `head`; write the other rows as `row`"),
                        );
                    } else {
                        if !rows.is_empty() {
                            self.error(
                                Diagnostic::new(
                                    Code::TableShape,
                                    "the head of a table comes before its rows",
                                    child.keyword.span,
                                )
                                .with_help("move `head { ... }` to the top of the table"),
                            );
                        }
                        head = Some((cells, child));
                    }
                }
                Form::Row => rows.push((self.cells(child), child)),
                _ => self.not_in(child, "a table", TABLE_WORDS),
            }
        }
        let Some((head, head_stmt)) = head else {
            self.error(
                Diagnostic::new(
                    Code::TableShape,
                    "this table has no head",
                    stmt.keyword.span,
                )
                .with_help(
                    "name its columns first: head { cell en \"Purpose\" zh-CN \"目的\" cell ... }",
                ),
            );
            return None;
        };
        if rows.is_empty() {
            self.error(
                Diagnostic::new(
                    Code::EmptyBlock,
                    "this table has no rows",
                    stmt.keyword.span,
                )
                .with_help("add `row { cell ... }` after the head, or remove the table"),
            );
        }
        for (cells, row) in &rows {
            if cells.len() != head.len() {
                self.error(
                    Diagnostic::new(
                        Code::TableShape,
                        format!(
                            "this row has {} cell{}, the head has {}",
                            cells.len(),
                            if cells.len() == 1 { "" } else { "s" },
                            head.len()
                        ),
                        row.keyword.span,
                    )
                    .with_secondary(head_stmt.keyword.span, "the head names the columns")
                    .with_help("give every row one cell per column; write an empty text as a dash (cell en \"—\" ...)"),
                );
            }
        }
        Some(Block::Table(Table {
            caption,
            head,
            rows: rows.into_iter().map(|(cells, _)| cells).collect(),
        }))
    }

    /// The cells of a `head` or a `row`.
    fn cells(&mut self, row: &Stmt) -> Vec<Cell> {
        let mut out = Vec::new();
        for child in row.stmts() {
            if child.form != Form::Cell {
                self.not_in(
                    child,
                    &format!("a table's `{}`", row.keyword.text),
                    ROW_WORDS,
                );
                continue;
            }
            for arg in &child.args {
                match arg {
                    Arg::Ref { fact, field, .. } => {
                        self.pending_refs.push(PendingRef {
                            fact: fact.clone(),
                            field: field.clone(),
                        });
                        out.push(Cell::Ref {
                            fact: fact.text.clone(),
                            field: field.as_ref().map(|f| f.text.clone()),
                        });
                    }
                    Arg::Text(text) => {
                        // A text with errors still counts as a cell, so that the row's
                        // shape is not reported as well.
                        let text = self.text(text, false).unwrap_or_default();
                        out.push(Cell::Text { text });
                    }
                    _ => {}
                }
            }
        }
        if out.is_empty() && row.stmts().is_empty() {
            self.error(
                Diagnostic::new(
                    Code::EmptyBlock,
                    format!("this `{}` has no cells", row.keyword.text),
                    row.keyword.span,
                )
                .with_help("write its cells: cell en \"...\" zh-CN \"...\", or cell @fact.field"),
            );
        }
        out
    }

    /// A statement that cannot stand in a table or a row.
    fn not_in(&mut self, stmt: &Stmt, place: &str, words: &[&str]) {
        let (code, message) = if stmt.form == Form::Unknown {
            (
                Code::UnknownStatement,
                format!("unknown statement `{}`", stmt.keyword.text),
            )
        } else {
            (
                Code::Misplaced,
                format!("`{}` cannot stand in {place}", stmt.keyword.text),
            )
        };
        let mut diag = Diagnostic::new(code, message, stmt.keyword.span);
        diag = match did_you_mean(&stmt.keyword.text, words.iter().copied()) {
            Some(m) if stmt.form == Form::Unknown => diag.with_help(format!("did you mean `{m}`?")),
            _ => diag.with_help(format!("here you can write: {}", words.join(", "))),
        };
        self.error(diag);
    }
}
