//! Tables: a caption, a head row and body rows whose cells are texts or references to facts
//! (`cell @account-purpose.basis`), as GDPR Art. 13 style "purpose / data / legal basis /
//! retention" tables are published.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Text;

/// A table of the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Table {
    /// Shown above the table; absent when the table has none.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub caption: Option<Text>,
    /// The column headings, one per column.
    pub head: Vec<Cell>,
    /// The rows, each with as many cells as the head.
    pub rows: Vec<Vec<Cell>>,
}

/// One cell: a text in every language, or the value of a fact (rendered as the prose
/// reference `{@fact.field}` is).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Cell {
    /// `cell @fact` or `cell @fact.field`.
    Ref {
        /// The fact's id.
        #[serde(rename = "ref")]
        fact: String,
        /// The field shown; the fact's label when absent.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        field: Option<String>,
    },
    /// `cell en "..." zh-CN "..."`.
    Text { text: Text },
}

impl Table {
    /// The text cells of the table (caption first), where prose evidence is looked for.
    pub fn texts(&self) -> Vec<&Text> {
        let cells = self.head.iter().chain(self.rows.iter().flatten());
        self.caption
            .iter()
            .chain(cells.filter_map(|c| match c {
                Cell::Text { text } => Some(text),
                Cell::Ref { .. } => None,
            }))
            .collect()
    }
}
