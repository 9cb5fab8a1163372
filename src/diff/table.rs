//! Changes to tables. Tables are paired within their parent like paragraphs (by equal
//! content, then by caption, then by position); their rows by equal content, then by their
//! first cell (the row's subject: a purpose, a category of data), then by position.
//!
//! A text cell is prose: its wording edit goes through the same path as a paragraph's (word
//! diff, typography and translation-only classes, the fail-safe evidence, the decisions
//! sidecar). A reference cell shows a fact's value: when the fact changes, its own change
//! says so and the cell is not reported again; a cell that now refers to another fact is a
//! change of the table. A row added or removed is text added or removed, weighed for
//! evidence with the table's caption as its lead-in, as a list item is with its list's.

use super::*;
use crate::model::{Cell, Table};

impl<'a> Differ<'a> {
    /// Two paired tables of a parent: caption, head and rows.
    pub(super) fn table_changed(
        &self,
        old: &Table,
        new: &Table,
        path: &str,
        (section, n): (Option<&str>, usize),
        out: &mut Vec<Emit>,
    ) {
        let subjects = self.new.subjects_at(section);
        let location = self.new.location(section, &self.langs);
        let name = |l: &str| self.table_name(&self.new, new, n, l);
        if let Some(change) = self.compare_text(old.caption.as_ref(), new.caption.as_ref()) {
            let what = self.each(|l| rules::message(l, "diff-table-caption", &[("t", name(l))]));
            let emit = self.prose_change(
                "table.caption",
                format!("{path}/caption"),
                change,
                &subjects,
                what,
            );
            out.push(emit.at(location.clone()));
        }
        for c in 0..old.head.len().max(new.head.len()) {
            let what = self.each(|l| {
                rules::message(
                    l,
                    "diff-table-heading",
                    &[("t", name(l)), ("n", (c + 1).to_string())],
                )
            });
            let cells = (old.head.get(c), new.head.get(c));
            let p = format!("{path}/head/cell[{}]", c + 1);
            out.extend(self.cell_changed(cells, p, what, section));
        }
        self.rows(old, new, path, (section, n), out);
    }

    /// The rows of two paired tables.
    fn rows(
        &self,
        old: &Table,
        new: &Table,
        path: &str,
        (section, n): (Option<&str>, usize),
        out: &mut Vec<Emit>,
    ) {
        let key = |r: &Vec<Cell>| serde_json::to_string(r).unwrap_or_default();
        let ok: Vec<String> = old.rows.iter().map(key).collect();
        let nk: Vec<String> = new.rows.iter().map(key).collect();
        for (olds, news) in unmatched_runs(&ok, &nk) {
            let mut pairs = Vec::new();
            let mut lone_old = Vec::new();
            let mut taken = BTreeSet::new();
            for &i in &olds {
                let first = old.rows[i].first();
                let same = news
                    .iter()
                    .find(|j| !taken.contains(*j) && new.rows[**j].first() == first);
                match same {
                    Some(&j) => {
                        taken.insert(j);
                        pairs.push((i, j));
                    }
                    None => lone_old.push(i),
                }
            }
            let lone_new: Vec<usize> = news.into_iter().filter(|j| !taken.contains(j)).collect();
            let by_position = lone_old.len().min(lone_new.len());
            pairs.extend(lone_old.iter().copied().zip(lone_new.iter().copied()));
            pairs.sort_by_key(|(_, j)| *j);
            for &i in &lone_old[by_position..] {
                let p = format!("{path}/row[{}]", i + 1);
                out.push(self.row_added_or_removed(&self.old, old, i, p, (section, n), false));
            }
            for (i, j) in pairs {
                for c in 0..old.rows[i].len().max(new.rows[j].len()) {
                    let column = |l: &str| {
                        new.head
                            .get(c)
                            .map(|h| self.cell_words(&self.new, h, l))
                            .unwrap_or_else(|| (c + 1).to_string())
                    };
                    let what = self.each(|l| {
                        rules::message(
                            l,
                            "diff-table-cell",
                            &[
                                ("t", self.table_name(&self.new, new, n, l)),
                                ("r", (j + 1).to_string()),
                                ("c", column(l)),
                            ],
                        )
                    });
                    let cells = (old.rows[i].get(c), new.rows[j].get(c));
                    let p = format!("{path}/row[{}]/cell[{}]", j + 1, c + 1);
                    out.extend(self.cell_changed(cells, p, what, section));
                }
            }
            for &j in &lone_new[by_position..] {
                let p = format!("{path}/row[{}]", j + 1);
                out.push(self.row_added_or_removed(&self.new, new, j, p, (section, n), true));
            }
        }
    }

    /// Two cells in the same place (either may be absent when a column was added or
    /// removed): a text reworded is prose; a reference to another fact, or a reference where
    /// a text stood, is a change of what the cell shows.
    fn cell_changed(
        &self,
        (old, new): (Option<&Cell>, Option<&Cell>),
        path: String,
        what: Localized,
        section: Option<&str>,
    ) -> Option<Emit> {
        let subjects = self.new.subjects_at(section);
        let location = self.new.location(section, &self.langs);
        fn text(c: Option<&Cell>) -> Option<&Text> {
            match c {
                Some(Cell::Text { text }) => Some(text),
                _ => None,
            }
        }
        let is_ref = |c: Option<&Cell>| matches!(c, Some(Cell::Ref { .. }));
        if old == new {
            return None;
        }
        if !is_ref(old) && !is_ref(new) {
            let change = self.compare_text(text(old), text(new))?;
            let emit = self.prose_change("table.cell", path, change, &subjects, what);
            return Some(emit.at(location));
        }
        let words = |side: &Side, c: Option<&Cell>, l: &str| match c {
            Some(c) => quoted(&self.cell_words(side, c, l), l),
            None => locale::text(l, "diff-table-nothing"),
        };
        let mut emit = Emit::new("table.cell", Event::Changed, path)
            .at(location)
            .arg("what", what)
            .arg("old", self.each(|l| words(&self.old, old, l)))
            .arg("new", self.each(|l| words(&self.new, new, l)));
        if !subjects.is_empty() {
            emit = emit.note(Note::Review {
                subjects: subjects.into_iter().collect(),
            });
        }
        Some(emit)
    }

    /// A row added or removed: its texts are prose added or removed, with the table's
    /// caption as the lead-in where evidence of what the row is about is looked for.
    fn row_added_or_removed(
        &self,
        side: &Side,
        table: &Table,
        r: usize,
        path: String,
        (section, n): (Option<&str>, usize),
        added: bool,
    ) -> Emit {
        let row = &table.rows[r];
        let texts: Vec<&Text> = row
            .iter()
            .filter_map(|c| match c {
                Cell::Text { text } => Some(text),
                Cell::Ref { .. } => None,
            })
            .collect();
        let place = (section, table.caption.as_ref());
        let mut emit =
            self.prose_added_or_removed(side, texts.first().copied(), &texts, path, place, added);
        emit.key = "table.row".to_string();
        let what = self.each(|l| {
            let cells: Vec<String> = row.iter().map(|c| self.cell_words(side, c, l)).collect();
            rules::labelled(
                l,
                &self.table_name(side, table, n, l),
                &excerpt(&cells.join(" | "), l),
            )
        });
        for (name, value) in &mut emit.args {
            if *name == "what" {
                *value = what.clone();
            }
        }
        if emit.action.is_some() {
            emit.action = Some(if added {
                self.words("diff-table-row-added")
            } else {
                self.words("diff-table-row-removed")
            });
        }
        emit
    }

    /// A table added or removed whole: its texts are prose added or removed.
    pub(super) fn table_added_or_removed(
        &self,
        side: &Side,
        table: &Table,
        path: String,
        place: (Option<&str>, Option<&Text>),
        added: bool,
    ) -> Emit {
        let texts = table.texts();
        let mut emit =
            self.prose_added_or_removed(side, texts.first().copied(), &texts, path, place, added);
        emit.key = "table".to_string();
        if emit.action.is_some() {
            emit.action = Some(if added {
                self.words("diff-table-added")
            } else {
                self.words("diff-table-removed")
            });
        }
        emit
    }

    /// How a table is named: its caption, or its place among the tables of its parent.
    fn table_name(&self, side: &Side, table: &Table, n: usize, l: &str) -> String {
        match &table.caption {
            Some(c) => rules::message(
                l,
                "diff-table-captioned",
                &[("c", excerpt(&text_in(c, l, &side.policy.authoritative), l))],
            ),
            None => rules::message(l, "diff-table-numbered", &[("n", n.to_string())]),
        }
    }

    /// A cell in words: its text, or the fact it refers to (and the field).
    fn cell_words(&self, side: &Side, cell: &Cell, l: &str) -> String {
        match cell {
            Cell::Text { text } => text_in(text, l, &side.policy.authoritative),
            Cell::Ref { fact, field } => {
                let name = side
                    .facts
                    .iter()
                    .find(|f| f.id == *fact)
                    .map_or_else(|| fact.clone(), |f| self.fact_name(side, f, l));
                match field {
                    Some(field) => name + &rules::parenthesis(l, &rules::field_label(field, l)),
                    None => name,
                }
            }
        }
    }
}
