//! Changes to the document: sections matched by id (added, removed, moved, retitled), and
//! the paragraphs, lists, items and tables of each container aligned by content, then
//! position (a table's own changes: `diff::table`).

use super::*;

impl<'a> Differ<'a> {
    pub(super) fn sections(&self) -> Vec<Emit> {
        let mut out = Vec::new();
        let moved = self.reordered();
        for id in &self.old.section_order {
            if self.new.sections.contains_key(id) {
                continue;
            }
            let parent = self.old.sections[id].parent;
            // Only the outermost removed section is reported: it takes its subsections along.
            if parent.is_some_and(|p| !self.new.sections.contains_key(p)) {
                continue;
            }
            out.push(self.section_added_or_removed(&self.old, id, false));
        }
        for id in &self.new.section_order {
            let info = &self.new.sections[id];
            let Some(before) = self.old.sections.get(id) else {
                if info
                    .parent
                    .is_some_and(|p| !self.old.sections.contains_key(p))
                {
                    continue;
                }
                out.push(self.section_added_or_removed(&self.new, id, true));
                continue;
            };
            out.extend(self.section_changed(id, before, info, &moved));
        }
        out
    }

    pub(super) fn section_added_or_removed(&self, side: &Side, id: &str, added: bool) -> Emit {
        let subjects = side.subjects_at(Some(id));
        let event = match (added, subjects.is_empty()) {
            (true, true) => Event::Added,
            (true, false) => Event::AddedNearFacts,
            (false, true) => Event::Removed,
            (false, false) => Event::RemovedNearFacts,
        };
        let parent = side.sections.get(id).and_then(|s| s.parent);
        let heading = self.each(|l| side.heading_one(id, l));
        let mut emit = Emit::new("section", event, format!("section:{id}"))
            .at(side.location(parent, &self.langs))
            .arg("fact", heading.clone())
            .arg("what", heading)
            .arg("subjects", self.subject_words(&subjects));
        if !subjects.is_empty() {
            emit = emit.note(Note::Review {
                subjects: subjects.into_iter().collect(),
            });
        }
        // The evidence is in all its text; the facts it declares are reported themselves.
        let mut unit = Vec::new();
        if let Some(info) = side.sections.get(id) {
            unit.extend(&info.section.title);
            texts_of(&info.section.body, &mut unit);
        }
        let op = if added { Op::Insert } else { Op::Delete };
        let prose: Vec<ProseDiff> = unit.iter().flat_map(|t| self.whole(t, op)).collect();
        let mut evidence = self.analyser.unit(&prose);
        evidence.extend(self.position(side, (parent, None), &BTreeSet::new(), added));
        let action = if added {
            self.words("diff-doc-section-added")
        } else {
            self.words("diff-doc-section-removed")
        };
        self.with_evidence(emit, evidence, action)
    }

    /// The sections that stayed under the same parent but left the longest common order of
    /// its children: the ones that moved among their siblings. Each parent's children are
    /// compared once, so this is linear in the sections (plus the diff of each order).
    fn reordered(&self) -> BTreeSet<&'a str> {
        let siblings = |side: &Side<'a>, parent: Option<&str>, other: &Side| -> Vec<&'a str> {
            side.children
                .get(&parent)
                .into_iter()
                .flatten()
                .filter(|s| other.sections.get(**s).is_some_and(|o| o.parent == parent))
                .copied()
                .collect()
        };
        let mut moved = BTreeSet::new();
        for parent in self.new.children.keys() {
            let old_order = siblings(&self.old, *parent, &self.new);
            let new_order = siblings(&self.new, *parent, &self.old);
            moved.extend(out_of_order(&old_order, &new_order));
        }
        moved
    }

    pub(super) fn section_changed(
        &self,
        id: &str,
        before: &SecInfo,
        now: &SecInfo,
        moved: &BTreeSet<&str>,
    ) -> Vec<Emit> {
        let mut out = Vec::new();
        let path = format!("section:{id}");
        let location = self.new.location(Some(id), &self.langs);
        let title = self.each(|l| quoted(&self.new.title(id, l), l));
        let subjects = self.new.subjects_at(Some(id));
        if let Some(change) =
            self.compare_text(before.section.title.as_ref(), now.section.title.as_ref())
        {
            let what = self.each(|l| locale::text(l, "diff-doc-section-title"));
            out.push(
                self.prose_change(
                    "section.title",
                    format!("{path}/title"),
                    change,
                    &subjects,
                    what,
                )
                .at(location.clone()),
            );
        }
        let number = |n: &Option<String>, l: &str| {
            n.clone()
                .unwrap_or_else(|| locale::text(l, "diff-doc-unnumbered"))
        };
        let moved_parent = before.parent != now.parent;
        let reordered = !moved_parent && moved.contains(id);
        let renumbered = before.section.number.is_some()
            && now.section.number.is_some()
            && before.section.number != now.section.number
            && before.ordinal != now.ordinal;
        if moved_parent {
            let place = |side: &Side, parent: Option<&str>, l: &str| match parent {
                Some(p) => rules::message(l, "diff-doc-under", &[("p", side.heading(p, l))]),
                None => locale::text(l, "diff-doc-top-level"),
            };
            out.push(
                Emit::new("section", Event::Moved, path.clone())
                    .at(location.clone())
                    .arg("fact", title.clone())
                    .arg("old", self.each(|l| place(&self.old, before.parent, l)))
                    .arg("new", self.each(|l| place(&self.new, now.parent, l))),
            );
        } else if reordered || renumbered {
            let event = if reordered {
                Event::Moved
            } else {
                Event::Renumbered
            };
            out.push(
                Emit::new("section", event, path.clone())
                    .at(location.clone())
                    .arg("fact", title.clone())
                    .arg("old", self.each(|l| number(&before.section.number, l)))
                    .arg("new", self.each(|l| number(&now.section.number, l))),
            );
        } else if before.section.number.is_some() != now.section.number.is_some()
            && self.old.policy.numbering == self.new.policy.numbering
        {
            // (A change of the policy's numbering, reported once, numbers or unnumbers
            // whole levels; only a section's own `unnumbered` is reported here.)
            out.push(
                Emit::new("section.number", Event::Changed, path.clone())
                    .at(location.clone())
                    .arg("fact", title.clone())
                    .arg("old", self.each(|l| number(&before.section.number, l)))
                    .arg("new", self.each(|l| number(&now.section.number, l))),
            );
        }
        out
    }

    // ------------------------------------------------------------------ prose

    pub(super) fn body(&self) -> Vec<Emit> {
        let mut out = Vec::new();
        self.container(
            &self.old.policy.body,
            &self.new.policy.body,
            "body",
            None,
            &mut out,
        );
        for id in &self.new.section_order {
            if let (Some(before), Some(now)) =
                (self.old.sections.get(id), self.new.sections.get(id))
            {
                self.container(
                    &before.section.body,
                    &now.section.body,
                    &format!("section:{id}"),
                    Some(id),
                    &mut out,
                );
            }
        }
        out
    }

    /// The paragraphs, lists and tables directly in a section (or the preamble, or a list
    /// item), aligned by equal content first and then by position (tables by caption first).
    pub(super) fn container<'b>(
        &self,
        old: &'b [Block],
        new: &'b [Block],
        path: &str,
        section: Option<&str>,
        out: &mut Vec<Emit>,
    ) {
        let (old_blocks, new_blocks) = (prose_blocks(old), prose_blocks(new));
        // The position of each block among the blocks of its kind (paragraphs, lists, tables),
        // from 1.
        let ordinals = |blocks: &[&Block]| -> Vec<usize> {
            let (mut paragraphs, mut lists, mut tables) = (0, 0, 0);
            blocks
                .iter()
                .map(|b| {
                    let count = match b {
                        Block::Paragraph { .. } => &mut paragraphs,
                        Block::Table(_) => &mut tables,
                        _ => &mut lists,
                    };
                    *count += 1;
                    *count
                })
                .collect()
        };
        let (old_ordinals, new_ordinals) = (ordinals(&old_blocks), ordinals(&new_blocks));
        let block_path = |blocks: &[&Block], ordinals: &[usize], i: usize| match blocks[i] {
            Block::Paragraph { .. } => format!("{path}/p[{}]", ordinals[i]),
            Block::Table(_) => format!("{path}/table[{}]", ordinals[i]),
            _ => format!("{path}/list[{}]", ordinals[i]),
        };
        let keys =
            |blocks: &[&Block]| -> Vec<String> { blocks.iter().map(|b| self.key(b)).collect() };
        let (ok, nk) = (keys(&old_blocks), keys(&new_blocks));
        // The lead-in of a list: the paragraph just before it ("We share your data with:").
        let lead = |blocks: &[&'b Block], i: usize| -> Option<&'b Text> {
            match (blocks[i], i.checked_sub(1).map(|h| blocks[h])) {
                (Block::List { .. }, Some(Block::Paragraph { text })) => Some(text),
                _ => None,
            }
        };
        for (olds, news) in unmatched_runs(&ok, &nk) {
            // Each old block is paired with the first unpaired new block of its kind, in order.
            let mut pairs = Vec::new();
            let mut lone_old = Vec::new();
            // Tables with the same caption pair first, whatever stands between them.
            let kind_of = |b: &Block| match b {
                Block::Paragraph { .. } => 1,
                Block::Table(_) => 2,
                _ => 0,
            };
            let mut waiting: [std::collections::VecDeque<usize>; 3] = Default::default();
            for &j in &news {
                waiting[kind_of(new_blocks[j])].push_back(j);
            }
            let mut paired = BTreeSet::new();
            for &i in &olds {
                let queue = &mut waiting[kind_of(old_blocks[i])];
                let same_caption = queue
                    .iter()
                    .position(|j| same_caption(old_blocks[i], new_blocks[*j]))
                    .and_then(|at| queue.remove(at));
                match same_caption.or_else(|| queue.pop_front()) {
                    Some(j) => {
                        paired.insert(j);
                        pairs.push((i, j));
                    }
                    None => lone_old.push(i),
                }
            }
            let lone_new: Vec<usize> = news.into_iter().filter(|j| !paired.contains(j)).collect();
            for i in lone_old {
                out.extend(self.block_added_or_removed(
                    &self.old,
                    old_blocks[i],
                    block_path(&old_blocks, &old_ordinals, i),
                    (section, lead(&old_blocks, i)),
                    false,
                ));
            }
            for (i, j) in pairs {
                let p = block_path(&new_blocks, &new_ordinals, j);
                let n = new_ordinals[j];
                let leads = (lead(&old_blocks, i), lead(&new_blocks, j));
                self.block_changed(old_blocks[i], new_blocks[j], p, n, (section, leads), out);
            }
            for j in lone_new {
                out.extend(self.block_added_or_removed(
                    &self.new,
                    new_blocks[j],
                    block_path(&new_blocks, &new_ordinals, j),
                    (section, lead(&new_blocks, j)),
                    true,
                ));
            }
        }
    }

    /// Two paired blocks of the same kind: a paragraph reworded (the `n`th of its parent), or
    /// a list whose marker or items changed.
    fn block_changed(
        &self,
        old: &Block,
        new: &Block,
        p: String,
        n: usize,
        (section, leads): (Option<&str>, Leads),
        out: &mut Vec<Emit>,
    ) {
        match (old, new) {
            (Block::Paragraph { text: a }, Block::Paragraph { text: b }) => {
                if let Some(change) = self.compare_text(Some(a), Some(b)) {
                    let what = self
                        .each(|l| rules::message(l, "diff-doc-paragraph", &[("n", n.to_string())]));
                    out.push(
                        self.prose_change("prose", p, change, &self.new.subjects_at(section), what)
                            .at(self.new.location(section, &self.langs)),
                    );
                }
            }
            (Block::Table(a), Block::Table(b)) => {
                self.table_changed(a, b, &p, (section, n), out);
            }
            (
                Block::List {
                    marker: ma,
                    items: ia,
                },
                Block::List {
                    marker: mb,
                    items: ib,
                },
            ) => {
                if ma != mb {
                    out.push(
                        Emit::new("list.marker", Event::Changed, p.clone())
                            .at(self.new.location(section, &self.langs))
                            .arg("old", self.each(|l| quoted(&ma.sample(), l)))
                            .arg("new", self.each(|l| quoted(&mb.sample(), l))),
                    );
                }
                self.items(ia, ib, &p, (section, leads), out);
            }
            _ => {}
        }
    }

    /// The items of two paired lists, aligned like paragraphs.
    pub(super) fn items(
        &self,
        old: &[Item],
        new: &[Item],
        path: &str,
        (section, (lead_old, lead_new)): (Option<&str>, Leads),
        out: &mut Vec<Emit>,
    ) {
        let key = |i: &Item| serde_json::to_string(i).unwrap_or_default();
        let ok: Vec<String> = old.iter().map(key).collect();
        let nk: Vec<String> = new.iter().map(key).collect();
        for (olds, news) in unmatched_runs(&ok, &nk) {
            let is_prose = |i: &Item| matches!(i, Item::Item { .. });
            let olds: Vec<usize> = olds.into_iter().filter(|i| is_prose(&old[*i])).collect();
            let news: Vec<usize> = news.into_iter().filter(|j| is_prose(&new[*j])).collect();
            let paired = olds.len().min(news.len());
            for (&i, &j) in olds.iter().zip(&news) {
                let (Item::Item { text: ta, body: ba }, Item::Item { text: tb, body: bb }) =
                    (&old[i], &new[j])
                else {
                    continue;
                };
                let p = format!("{path}/item[{}]", j + 1);
                if let Some(change) = self.compare_text(ta.as_ref(), tb.as_ref()) {
                    let what = self.each(|l| {
                        rules::message(l, "diff-doc-list-item", &[("n", (j + 1).to_string())])
                    });
                    out.push(
                        self.prose_change(
                            "prose",
                            p.clone(),
                            change,
                            &self.new.subjects_at(section),
                            what,
                        )
                        .at(self.new.location(section, &self.langs)),
                    );
                }
                self.container(ba, bb, &p, section, out);
            }
            for &i in &olds[paired..] {
                out.extend(self.item_added_or_removed(
                    &self.old,
                    &old[i],
                    format!("{path}/item[{}]", i + 1),
                    (section, lead_old),
                    false,
                ));
            }
            for &j in &news[paired..] {
                out.extend(self.item_added_or_removed(
                    &self.new,
                    &new[j],
                    format!("{path}/item[{}]", j + 1),
                    (section, lead_new),
                    true,
                ));
            }
        }
    }

    /// A key that is equal for equal blocks. (When a language is added, every block differs
    /// by key; the blocks are then paired by position and compared in the common languages
    /// only, so the new language is reported once, in the header.)
    pub(super) fn key(&self, block: &Block) -> String {
        serde_json::to_string(block).unwrap_or_default()
    }

    pub(super) fn block_added_or_removed(
        &self,
        side: &Side,
        block: &Block,
        path: String,
        place: Place,
        added: bool,
    ) -> Option<Emit> {
        match block {
            Block::Paragraph { text } => {
                Some(self.prose_added_or_removed(side, Some(text), &[text], path, place, added))
            }
            Block::Table(table) => {
                Some(self.table_added_or_removed(side, table, path, place, added))
            }
            Block::List { items, .. } => {
                let first = items.iter().find_map(|i| match i {
                    Item::Item { text: Some(t), .. } => Some(t),
                    _ => None,
                });
                let has_prose = items.iter().any(|i| matches!(i, Item::Item { .. }));
                let mut unit = Vec::new();
                texts_of(std::slice::from_ref(block), &mut unit);
                // A list of facts only: the facts are reported themselves.
                has_prose
                    .then(|| self.prose_added_or_removed(side, first, &unit, path, place, added))
            }
            _ => None,
        }
    }

    pub(super) fn item_added_or_removed(
        &self,
        side: &Side,
        item: &Item,
        path: String,
        place: Place,
        added: bool,
    ) -> Option<Emit> {
        match item {
            Item::Item { text, body } => {
                let mut unit: Vec<&Text> = text.iter().collect();
                texts_of(body, &mut unit);
                let text = text.as_ref().or_else(|| {
                    body.iter().find_map(|b| match b {
                        Block::Paragraph { text } => Some(text),
                        _ => None,
                    })
                });
                Some(self.prose_added_or_removed(side, text, &unit, path, place, added))
            }
            Item::Fact { .. } => None,
        }
    }

    /// A paragraph, list or list item added or removed whole: `text` is what the summary
    /// quotes, `unit` every text of it (where the evidence is looked for).
    pub(super) fn prose_added_or_removed(
        &self,
        side: &Side,
        text: Option<&Text>,
        unit: &[&Text],
        path: String,
        (section, lead): Place,
        added: bool,
    ) -> Emit {
        let subjects = side.subjects_at(section);
        let event = match (added, subjects.is_empty()) {
            (true, true) => Event::Added,
            (true, false) => Event::AddedNearFacts,
            (false, true) => Event::Removed,
            (false, false) => Event::RemovedNearFacts,
        };
        let op = if added { Op::Insert } else { Op::Delete };
        let mut emit = Emit::new("prose", event, path)
            .at(side.location(section, &self.langs))
            .arg(
                "what",
                self.each(|l| match text {
                    Some(t) => excerpt(&text_in(t, l, &side.policy.authoritative), l),
                    None => locale::text(l, "diff-doc-a-list"),
                }),
            )
            .arg("subjects", self.subject_words(&subjects));
        if let Some(t) = text {
            emit.prose = self.whole(t, op);
        }
        if !subjects.is_empty() {
            emit = emit.note(Note::Review {
                subjects: subjects.iter().copied().collect(),
            });
        }
        let all_prose: Vec<ProseDiff> = unit.iter().flat_map(|t| self.whole(t, op)).collect();
        let mut evidence = self.analyser.unit(&all_prose);
        evidence.extend(self.position(side, (section, lead), &subjects, added));
        let action = if added {
            self.words("diff-doc-text-added")
        } else {
            self.words("diff-doc-text-removed")
        };
        self.with_evidence(emit, evidence, action)
    }

    /// The evidence of a place, for a unit added or removed there whole: the facts its section
    /// declares (their rules), and the cues and terms of its section's title and of its list's
    /// lead-in.
    fn position(
        &self,
        side: &Side,
        (section, lead): Place,
        subjects: &BTreeSet<Rule>,
        added: bool,
    ) -> Vec<Evidence> {
        let version = if added {
            evidence::Said::New
        } else {
            evidence::Said::Old
        };
        let mut out = Vec::new();
        let title = |l: &str| section.map(|id| side.title(id, l)).unwrap_or_default();
        for rule in subjects {
            out.push(Evidence {
                rule: *rule,
                found: Found::Position,
                text: title(&side.policy.authoritative),
                side: version,
                lang: side.policy.authoritative.clone(),
                span: [0, 0],
                key: format!("position:facts:{}", rule.id()),
            });
        }
        let titles: Vec<(String, String)> = self
            .common
            .iter()
            .map(|l| (l.clone(), title(l)))
            .chain(lead.into_iter().flat_map(|t| {
                self.common
                    .iter()
                    .map(|l| (l.clone(), text_in(t, l, &side.policy.authoritative)))
            }))
            .filter(|(_, t)| !t.is_empty())
            .collect();
        let pairs: Vec<(&str, &str)> = titles
            .iter()
            .map(|(l, t)| (l.as_str(), t.as_str()))
            .collect();
        out.extend(self.analyser.position(&pairs, version));
        out
    }
}

/// The lead-in paragraphs of a pair of lists, old and new.
type Leads<'a> = (Option<&'a Text>, Option<&'a Text>);

/// Where a unit added or removed whole stood: its section, and the lead-in of its list.
type Place<'a, 'b> = (Option<&'a str>, Option<&'b Text>);

/// Whether two blocks are tables with the same caption (in some language).
fn same_caption(old: &Block, new: &Block) -> bool {
    match (old, new) {
        (Block::Table(a), Block::Table(b)) => match (&a.caption, &b.caption) {
            (Some(a), Some(b)) => a.iter().any(|(l, t)| b.get(l) == Some(t)),
            _ => false,
        },
        _ => false,
    }
}
