//! The view of a table: its caption and cells resolved in the page's language (a reference
//! cell shows the fact's value exactly as `{@fact.field}` does in prose).

use serde::Serialize;

use super::{plain, Builder, InlineView};
use crate::model::{Cell, Table};

/// A table as templates see it.
#[derive(Debug, Serialize)]
pub struct TableView {
    pub caption: Option<Vec<InlineView>>,
    /// The caption as plain text, or the head's cells joined: what names the table to
    /// assistive technology (`aria-label` of its scrolling region).
    pub label: String,
    /// The column headings.
    pub head: Vec<Vec<InlineView>>,
    pub rows: Vec<Vec<Vec<InlineView>>>,
}

impl Builder<'_> {
    pub(super) fn table(&self, table: &Table) -> super::BlockView {
        let caption = table.caption.as_ref().map(|t| self.text(t));
        let head: Vec<Vec<InlineView>> = table.head.iter().map(|c| self.cell(c)).collect();
        let label = match &caption {
            Some(c) => plain(c),
            None => head
                .iter()
                .map(|c| plain(c))
                .collect::<Vec<_>>()
                .join(" · "),
        };
        super::BlockView::Table(TableView {
            caption,
            label,
            head,
            rows: table
                .rows
                .iter()
                .map(|row| row.iter().map(|c| self.cell(c)).collect())
                .collect(),
        })
    }

    fn cell(&self, cell: &Cell) -> Vec<InlineView> {
        match cell {
            Cell::Text { text } => self.text(text),
            Cell::Ref { fact, field } => self.reference(fact, field.as_deref(), 0),
        }
    }
}
