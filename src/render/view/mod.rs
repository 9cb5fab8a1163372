//! View structs: what templates see. They are built from the model for one language, with
//! every reference resolved (a duration in words, a list of labels, a section's number and
//! title), numbers and markers computed, and facts turned into the paragraphs and lists they
//! render as. Templates never see the internal model.

mod parties;
mod summary;
mod table;

use serde::Serialize;

use crate::model::wording;
use crate::model::{self, Block, Channel, FactKind, Item, Maybe, Policy};
pub use table::TableView;

/// One page: a policy in one language.
#[derive(Debug, Serialize)]
pub struct Page {
    pub id: String,
    pub lang: String,
    pub title: Vec<InlineView>,
    pub title_plain: String,
    /// The title that says whose policy it is ("HitGen Inc. Privacy Policy"), for the
    /// document's `<title>`: a tab, a bookmark or a search result names the company.
    pub whose: String,
    pub version: String,
    pub dates: DatesView,
    pub labels: Labels,
    /// Every language of the policy, this one marked `current`.
    pub languages: Vec<LanguageView>,
    pub toc: Vec<TocEntry>,
    pub summary: Summary,
    pub blocks: Vec<BlockView>,
    /// The policy's own list of changes, newest first (empty when it keeps none).
    pub changelog: Vec<ChangelogView>,
}

/// One entry of the policy's changelog.
#[derive(Debug, Serialize)]
pub struct ChangelogView {
    /// The date in the page's language.
    pub date: String,
    pub version: Option<String>,
    pub summary: Vec<InlineView>,
}

#[derive(Debug, Serialize)]
pub struct DatesView {
    pub released: String,
    pub updated: String,
    pub effective: String,
}

#[derive(Debug, Serialize)]
pub struct LanguageView {
    pub lang: String,
    /// The language's name in itself ("English", "简体中文").
    pub name: String,
    /// The page of that language, relative to this one (`zh-CN.html`).
    pub file: String,
    pub current: bool,
}

#[derive(Debug, Serialize)]
pub struct TocEntry {
    pub id: String,
    pub number: Option<String>,
    pub title: String,
    pub children: Vec<TocEntry>,
}

/// The summary at the top, generated from the facts.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub collected: Vec<SummaryItem>,
    pub purposes: Vec<String>,
    pub recipients: Vec<SummaryItem>,
    /// The controller's group and the joint controllers (empty when none is named).
    pub responsible: Vec<SummaryItem>,
    pub rights: Vec<SummaryItem>,
    pub contacts: Vec<SummaryItem>,
    /// Negative promises, and the scope of the change-notice promise.
    pub promises: Vec<SummaryItem>,
}

#[derive(Debug, Serialize)]
pub struct SummaryItem {
    pub title: String,
    pub detail: String,
    /// A response time, a necessity ... (may be empty).
    pub note: String,
    /// The section that says more (an anchor id), when the fact has one.
    pub section: Option<String>,
}

/// A block of the document.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum BlockView {
    Paragraph {
        content: Vec<InlineView>,
    },
    List {
        /// `true` for numbered or lettered markers, `false` for bullets.
        ordered: bool,
        items: Vec<ItemView>,
    },
    Section {
        id: String,
        number: Option<String>,
        title: Option<Vec<InlineView>>,
        /// For an untitled clause: its first paragraph, printed after its number on one line
        /// ("1.1.1 Opening and managing ..."), as the seeds print clauses.
        lead: Option<Vec<InlineView>>,
        /// Heading depth: 1 for top-level sections.
        level: usize,
        blocks: Vec<BlockView>,
    },
    /// A table: every cell's content resolved in the page's language.
    Table(TableView),
}

#[derive(Debug, Serialize)]
pub struct ItemView {
    /// As printed: "a.", "(1)", "•".
    pub marker: String,
    pub content: Vec<InlineView>,
    pub blocks: Vec<BlockView>,
}

/// Inline content with every reference resolved.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum InlineView {
    Text {
        text: String,
    },
    Strong {
        content: Vec<InlineView>,
    },
    Emph {
        content: Vec<InlineView>,
    },
    /// A link; `href` is `https:`, `http:`, `mailto:` or a `#fragment` of this page.
    Link {
        href: String,
        content: Vec<InlineView>,
    },
    /// A value the source document does not state.
    Missing {
        text: String,
    },
    /// After a translation made from an earlier version of its authoritative text: a notice
    /// in the page's language that the authoritative version applies, and that language (its
    /// page is `<lang>.html`, `<lang>.md` beside this one).
    Stale {
        text: String,
        lang: String,
    },
    /// Text in another language than the page's: the authoritative text shown in place of a
    /// stale translation (`StaleText::Authoritative`), marked with its language.
    Foreign {
        lang: String,
        content: Vec<InlineView>,
    },
}

/// The words of the page frame in a language: the `page-NAME` messages of the catalogues
/// (`locales/`) as `NAME`, which templates read as `labels.NAME`.
#[derive(Clone, Debug, Serialize)]
#[serde(transparent)]
pub struct Labels(std::collections::BTreeMap<String, String>);

impl Labels {
    /// A label by name (`not_stated`); empty for a name no catalogue has.
    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("", String::as_str)
    }
}

pub fn labels(lang: &str) -> Labels {
    Labels(crate::locale::words(lang, "page-"))
}

/// A language's name in the page's language (the tag itself for a language the catalogues
/// do not name).
fn language_in(tag: &str, lang: &str) -> String {
    crate::locale::language_name(tag, lang).unwrap_or_else(|| tag.to_string())
}

/// A language's name in itself (`language-self` of the catalogue serving it; the tag for a
/// language without a catalogue).
pub fn language_name(lang: &str) -> String {
    match crate::locale::catalogue_for(lang) {
        Some(tag) => crate::locale::text(tag, "language-self"),
        None => lang.to_string(),
    }
}

/// Builds the page of `policy` in `lang`.
pub fn page(policy: &Policy, lang: &str) -> Page {
    page_with(policy, lang, StaleText::Notice)
}

/// Builds the page of `policy` in `lang`, showing stale translations as `stale` says.
pub fn page_with(policy: &Policy, lang: &str, stale: StaleText) -> Page {
    let b = Builder {
        policy,
        lang,
        stale,
    };
    let title = b.text(&policy.title);
    Page {
        id: policy.id.clone(),
        lang: lang.to_string(),
        title_plain: plain(&title),
        whose: wording::whose(&plain(&title), &wording::publisher(policy, lang), lang),
        title,
        version: policy.version.clone(),
        dates: DatesView {
            released: wording::date(&policy.dates.released, lang),
            updated: wording::date(&policy.dates.updated, lang),
            effective: wording::date(&policy.dates.effective, lang),
        },
        labels: labels(lang),
        languages: policy
            .languages
            .iter()
            .map(|l| LanguageView {
                lang: l.clone(),
                name: language_name(l),
                file: l.clone(),
                current: l == lang,
            })
            .collect(),
        toc: b.toc(&policy.body),
        summary: b.summary(),
        blocks: b.blocks(&policy.body, 1, None),
        changelog: policy
            .changelog
            .iter()
            .map(|e| ChangelogView {
                date: wording::date(&e.date, lang),
                version: e.version.clone(),
                summary: b.text(&e.summary),
            })
            .collect(),
    }
}

/// The policy's own changelog entry for its current version in `lang`, as plain text (the
/// author's words of what this version changed), when the policy keeps one for it.
pub fn changelog_entry(policy: &Policy, lang: &str) -> Option<String> {
    let b = Builder {
        policy,
        lang,
        stale: StaleText::Notice,
    };
    policy
        .changelog
        .iter()
        .find(|e| e.describes(&policy.version, &policy.dates.updated))
        .map(|e| plain(&b.text(&e.summary)))
        .filter(|s| !s.trim().is_empty())
}

/// Inline content as plain text.
pub fn plain(inlines: &[InlineView]) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            InlineView::Text { text } | InlineView::Missing { text } => out.push_str(text),
            InlineView::Stale { .. } => {}
            InlineView::Strong { content }
            | InlineView::Emph { content }
            | InlineView::Link { content, .. }
            | InlineView::Foreign { content, .. } => out.push_str(&plain(content)),
        }
    }
    out
}

struct Builder<'a> {
    policy: &'a Policy,
    lang: &'a str,
    stale: StaleText,
}

/// What a page shows for a translation made from an earlier version of its authoritative
/// text (`[render] stale-translations` in policyc.toml).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StaleText {
    /// The translation, followed by a notice in the page's language that it is not yet
    /// updated and that the authoritative version applies (the default).
    #[default]
    Notice,
    /// The authoritative text in its place, followed by the same notice.
    Authoritative,
}

/// How deep references may resolve into other facts' texts (an address that mentions the
/// controller's name ...); deeper ones render as their id, so a cycle cannot loop.
const MAX_REF_DEPTH: usize = 4;

impl Builder<'_> {
    fn text(&self, text: &model::Text) -> Vec<InlineView> {
        self.text_at(text, 0)
    }

    fn text_at(&self, text: &model::Text, depth: usize) -> Vec<InlineView> {
        let stale = depth == 0 && self.is_stale(text);
        let authoritative = &self.policy.authoritative;
        if stale && self.stale == StaleText::Authoritative {
            if let Some(source) = text.get(authoritative) {
                let name = language_in(authoritative, self.lang);
                return vec![
                    InlineView::Foreign {
                        lang: authoritative.clone(),
                        content: self.inlines(source, depth),
                    },
                    InlineView::Stale {
                        text: self.say("stale-translation", &[("language", &name)]),
                        lang: authoritative.clone(),
                    },
                ];
            }
        }
        let inlines = text
            .get(self.lang)
            .or_else(|| text.get(authoritative))
            .or_else(|| text.values().next());
        let mut out = inlines.map(|i| self.inlines(i, depth)).unwrap_or_default();
        if stale {
            let name = language_in(authoritative, self.lang);
            out.push(InlineView::Stale {
                text: self.say("stale-translation", &[("language", &name)]),
                lang: authoritative.clone(),
            });
        }
        out
    }

    /// Whether this language's translation of `text` was made from an earlier version of
    /// its authoritative text ([`model::Policy::stale`]).
    fn is_stale(&self, text: &model::Text) -> bool {
        let p = self.policy;
        self.lang != p.authoritative
            && text.contains_key(self.lang)
            && p.stale.get(self.lang).is_some_and(|texts| {
                text.get(&p.authoritative)
                    .is_some_and(|source| texts.contains(&model::Inline::plain(source)))
            })
    }

    fn inlines(&self, inlines: &[model::Inline], depth: usize) -> Vec<InlineView> {
        let mut out: Vec<InlineView> = Vec::new();
        for inline in inlines {
            let piece = match inline {
                model::Inline::Text { text } => vec![InlineView::Text { text: text.clone() }],
                model::Inline::Strong { content } => vec![InlineView::Strong {
                    content: self.inlines(content, depth),
                }],
                model::Inline::Emph { content } => vec![InlineView::Emph {
                    content: self.inlines(content, depth),
                }],
                model::Inline::Link { href, content } => vec![InlineView::Link {
                    href: safe_href(href),
                    content: self.inlines(content, depth),
                }],
                model::Inline::Ref { fact, field } => self.reference(fact, field.as_deref(), depth),
                model::Inline::SectionRef { section } => self.section_ref(section, depth),
            };
            for p in piece {
                // Merge adjacent text so that wrapping and diffs see whole runs.
                match (out.last_mut(), p) {
                    (Some(InlineView::Text { text }), InlineView::Text { text: more }) => {
                        text.push_str(&more)
                    }
                    (_, p) => out.push(p),
                }
            }
        }
        out
    }

    fn missing(&self) -> Vec<InlineView> {
        vec![InlineView::Missing {
            text: labels(self.lang).get("not_stated").to_string(),
        }]
    }

    fn words(text: String) -> Vec<InlineView> {
        vec![InlineView::Text { text }]
    }

    fn label(&self, kind: &str, id: &str) -> String {
        wording::label(self.policy, kind, id, self.lang)
    }

    fn labels(&self, kind: &str, ids: &[String]) -> String {
        let labels: Vec<String> = ids.iter().map(|id| self.label(kind, id)).collect();
        wording::join(&labels, self.lang)
    }

    /// Legal bases in words, each with the jurisdictions it is limited to
    /// ("Legitimate interests (EEA and UK)").
    fn bases(&self, bases: &[model::LegalBasis]) -> String {
        let labels = labels(self.lang);
        let words: Vec<String> = bases
            .iter()
            .map(|b| {
                let label = self.label("basis", &b.basis);
                if b.jurisdictions.is_empty() {
                    return label;
                }
                let places: Vec<String> = b
                    .jurisdictions
                    .iter()
                    .map(|j| plain(&self.reference(j, None, MAX_REF_DEPTH - 1)))
                    .collect();
                let places = wording::join(&places, self.lang);
                format!(
                    "{label}{}{places}{}",
                    labels.get("open"),
                    labels.get("close")
                )
            })
            .collect();
        wording::join(&words, self.lang)
    }

    fn maybe_text(&self, value: &Option<Maybe<model::Text>>, depth: usize) -> Vec<InlineView> {
        match value {
            Some(Maybe::Given(t)) => self.text_at(t, depth + 1),
            _ => self.missing(),
        }
    }

    fn email(&self, value: &Option<Maybe<String>>) -> Vec<InlineView> {
        match value {
            Some(Maybe::Given(e)) => vec![InlineView::Link {
                href: format!("mailto:{e}"),
                content: Self::words(e.clone()),
            }],
            _ => self.missing(),
        }
    }

    fn url(&self, value: &Option<Maybe<String>>) -> Vec<InlineView> {
        match value {
            Some(Maybe::Given(u)) => vec![InlineView::Link {
                href: safe_href(u),
                content: Self::words(u.clone()),
            }],
            _ => self.missing(),
        }
    }

    fn channels(&self, channels: &[Channel]) -> String {
        let names: Vec<String> = channels
            .iter()
            .map(|c| match c {
                Channel::Term { channel } => self.label("channel", channel),
                Channel::Contact { contact } => self.contact_name(contact),
                Channel::Authority { authority } => self.authority_name(authority),
            })
            .collect();
        wording::join_or(&names, self.lang)
    }

    /// How a contact point is named in a list: its e-mail address, else its department.
    fn contact_name(&self, id: &str) -> String {
        let Some(c) = self.policy.facts.contacts.iter().find(|c| c.base.id == id) else {
            return id.to_string();
        };
        if let Some(Maybe::Given(e)) = &c.email {
            return e.clone();
        }
        if let Some(Maybe::Given(d)) = &c.department {
            return plain(&self.text_at(d, MAX_REF_DEPTH));
        }
        if let Some(Maybe::Given(p)) = &c.phone {
            return p.clone();
        }
        let terms: Vec<String> = c
            .channels
            .iter()
            .map(|t| self.label("channel", t))
            .collect();
        wording::join_or(&terms, self.lang)
    }

    /// `{@fact.field}` resolved in this language.
    fn reference(&self, fact: &str, field: Option<&str>, depth: usize) -> Vec<InlineView> {
        if depth >= MAX_REF_DEPTH {
            return Self::words(fact.to_string());
        }
        let f = &self.policy.facts;
        let lang = self.lang;
        if fact == "policy" {
            let p = self.policy;
            return match field.unwrap_or("title") {
                "released" => Self::words(wording::date(&p.dates.released, lang)),
                "updated" => Self::words(wording::date(&p.dates.updated, lang)),
                "effective" => Self::words(wording::date(&p.dates.effective, lang)),
                "version" => Self::words(p.version.clone()),
                _ => self.text_at(&p.title, depth + 1),
            };
        }
        if let Some(party) = self.party_reference(fact, field, depth) {
            return party;
        }
        let by = |b: &model::FactBase| b.id == fact;
        if let Some(c) = f.controllers.iter().find(|c| by(&c.base)) {
            return match field {
                Some("address") => self.maybe_text(&c.address, depth),
                Some("group") => match &c.group {
                    Some(g) => self.text_at(g, depth + 1),
                    None => self.missing(),
                },
                _ => self.text_at(&c.name, depth + 1),
            };
        }
        if let Some(s) = f.services.iter().find(|s| by(&s.base)) {
            return match field {
                Some("url") => self.url(&s.url),
                _ => self.text_at(&s.name, depth + 1),
            };
        }
        if let Some(c) = f.contacts.iter().find(|c| by(&c.base)) {
            return match field {
                Some("email") => self.email(&c.email),
                Some("phone") => match &c.phone {
                    Some(Maybe::Given(p)) => Self::words(p.clone()),
                    _ => self.missing(),
                },
                Some("url") => self.url(&c.url),
                Some("address") => self.maybe_text(&c.address, depth),
                Some("department") => self.maybe_text(&c.department, depth),
                Some("officer") => self.maybe_text(&c.officer, depth),
                Some("respond-within") => match &c.respond_within {
                    Some(d) => Self::words(wording::duration(d, lang)),
                    None => self.missing(),
                },
                _ => Self::words(self.contact_name(fact)),
            };
        }
        if let Some(r) = f.rights.iter().find(|r| by(&r.base)) {
            return match field {
                Some("respond-within") => match &r.respond_within {
                    Some(d) => Self::words(wording::duration(d, lang)),
                    None => self.missing(),
                },
                Some("channels") => Self::words(self.channels(&r.channels)),
                _ => Self::words(self.label("right", &r.kind)),
            };
        }
        if let Some(r) = f.requests.iter().find(|r| by(&r.base)) {
            return match &r.respond_within {
                Some(d) => Self::words(wording::duration(d, lang)),
                None => self.missing(),
            };
        }
        if let Some(m) = f.minors.iter().find(|m| by(&m.base)) {
            return Self::words(m.age.to_string());
        }
        if let Some(r) = f.retention.iter().find(|r| by(&r.base)) {
            return Self::words(wording::duration(&r.period, lang));
        }
        if let Some(c) = f.collections.iter().find(|c| by(&c.base)) {
            return match (field, &c.name) {
                (Some("purposes"), _) => Self::words(self.labels("purpose", &c.purposes)),
                (None, Some(name)) => self.text_at(name, depth + 1),
                _ => Self::words(self.labels("data", &c.items)),
            };
        }
        if let Some(s) = f.security.iter().find(|s| by(&s.base)) {
            return Self::words(self.labels("measure", &s.measures));
        }
        if let Some(i) = f.incidents.iter().find(|i| by(&i.base)) {
            return Self::words(self.labels("channel", &i.notify));
        }
        if let Some(t) = f.transfers.iter().find(|t| by(&t.base)) {
            return Self::words(self.labels("region", &t.to));
        }
        if let Some(s) = f.storage.iter().find(|s| by(&s.base)) {
            return Self::words(self.labels("region", &s.location));
        }
        if let Some(p) = f.purposes.iter().find(|p| by(&p.base)) {
            return match field {
                Some("basis") => Self::words(self.bases(&p.bases)),
                _ => Self::words(self.label("purpose", &p.kind)),
            };
        }
        if let Some(p) = f.promises.iter().find(|p| by(&p.base)) {
            return match field {
                Some("regions") => Self::words(self.labels("region", &p.regions)),
                _ => Self::words(self.label("promise", &p.kind)),
            };
        }
        if let Some(j) = f.jurisdictions.iter().find(|j| by(&j.base)) {
            return match &j.name {
                Some(name) => self.text_at(name, depth + 1),
                None => Self::words(self.labels("region", &j.regions)),
            };
        }
        Self::words(fact.to_string())
    }

    /// `{#section}`: "Section (8) “Title”" / "第8节“标题”", linked to the section.
    /// A title is shown inside another at most [`MAX_REF_DEPTH`] deep (`check` refuses
    /// cycles; this bounds the recursion whatever the model says).
    fn section_ref(&self, id: &str, depth: usize) -> Vec<InlineView> {
        let Some(section) = self.policy.sections().into_iter().find(|s| s.id == id) else {
            return Self::words(id.to_string());
        };
        let title = section
            .title
            .as_ref()
            .filter(|_| depth < MAX_REF_DEPTH)
            .map(|t| plain(&self.text_at(t, depth + 1)));
        let number = section
            .number
            .as_deref()
            .map(|n| n.trim_end_matches('.').to_string());
        // $number as the policy writes it ("(3)"), $digits without brackets, for languages
        // whose words say that it is a section.
        let digits = |n: &str| n.trim_matches(|c| c == '(' || c == ')').to_string();
        let text = match (number, title) {
            (Some(n), Some(t)) => self.say(
                "section-ref",
                &[("number", &n), ("digits", &digits(&n)), ("title", &t)],
            ),
            (Some(n), None) => self.say(
                "section-ref-untitled",
                &[("number", &n), ("digits", &digits(&n))],
            ),
            (None, Some(t)) => self.say("quoted", &[("text", &t)]),
            (None, None) => id.to_string(),
        };
        vec![InlineView::Link {
            href: format!("#{id}"),
            content: Self::words(text),
        }]
    }

    fn toc(&self, blocks: &[Block]) -> Vec<TocEntry> {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Section(s) if s.title.is_some() => Some(TocEntry {
                    id: s.id.clone(),
                    number: s.number.clone(),
                    title: s
                        .title
                        .as_ref()
                        .map(|t| plain(&self.text(t)))
                        .unwrap_or_default(),
                    children: self.toc(&s.body),
                }),
                _ => None,
            })
            .collect()
    }

    fn blocks(
        &self,
        blocks: &[Block],
        level: usize,
        section_number: Option<&str>,
    ) -> Vec<BlockView> {
        let mut out = Vec::new();
        for block in blocks {
            match block {
                Block::Paragraph { text } => out.push(BlockView::Paragraph {
                    content: self.text(text),
                }),
                Block::List { marker, items } => {
                    let items = items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| {
                            let marker = marker.format(i + 1, section_number);
                            match item {
                                Item::Item { text, body } => {
                                    let mut blocks = self.blocks(body, level, section_number);
                                    let mut content =
                                        text.as_ref().map(|t| self.text(t)).unwrap_or_default();
                                    // An item that starts with a paragraph prints it after its marker.
                                    if content.is_empty() {
                                        if let Some(BlockView::Paragraph { .. }) = blocks.first() {
                                            if let BlockView::Paragraph { content: first } =
                                                blocks.remove(0)
                                            {
                                                content = first;
                                            }
                                        }
                                    }
                                    ItemView {
                                        marker,
                                        content,
                                        blocks,
                                    }
                                }
                                Item::Fact { kind, id } => {
                                    let (content, blocks) = self.fact(*kind, id, section_number);
                                    ItemView {
                                        marker,
                                        content,
                                        blocks,
                                    }
                                }
                            }
                        })
                        .collect();
                    out.push(BlockView::List {
                        ordered: marker.style != model::MarkerStyle::Bullet,
                        items,
                    });
                }
                Block::Section(s) => {
                    let mut blocks =
                        self.blocks(&s.body, level + 1, s.number.as_deref().or(section_number));
                    let mut lead = None;
                    if s.title.is_none() && s.number.is_some() {
                        if let Some(BlockView::Paragraph { .. }) = blocks.first() {
                            if let BlockView::Paragraph { content } = blocks.remove(0) {
                                lead = Some(content);
                            }
                        }
                    }
                    out.push(BlockView::Section {
                        id: s.id.clone(),
                        number: s.number.clone(),
                        title: s.title.as_ref().map(|t| self.text(t)),
                        lead,
                        level,
                        blocks,
                    })
                }
                Block::Table(table) => out.push(self.table(table)),
                Block::Fact { kind, id } => {
                    let (content, blocks) = self.fact(*kind, id, section_number);
                    if !content.is_empty() {
                        out.push(BlockView::Paragraph { content });
                    }
                    out.extend(blocks);
                }
            }
        }
        out
    }

    /// A fact where it is declared: its text, and its case lists as lists.
    fn fact(
        &self,
        kind: FactKind,
        id: &str,
        section_number: Option<&str>,
    ) -> (Vec<InlineView>, Vec<BlockView>) {
        let f = &self.policy.facts;
        let by = |b: &model::FactBase| b.id == id;
        let mut lists: Vec<&model::CaseList> = Vec::new();
        let base: Option<&model::FactBase> = match kind {
            FactKind::Controller => f.controllers.iter().find(|x| by(&x.base)).map(|x| &x.base),
            FactKind::Service => f.services.iter().find(|x| by(&x.base)).map(|x| &x.base),
            FactKind::Jurisdiction => f
                .jurisdictions
                .iter()
                .find(|x| by(&x.base))
                .map(|x| &x.base),
            FactKind::Term => None,
            FactKind::Collect => f.collections.iter().find(|x| by(&x.base)).map(|x| &x.base),
            FactKind::Purpose => f.purposes.iter().find(|x| by(&x.base)).map(|x| &x.base),
            FactKind::Consent => f.consent.iter().find(|x| by(&x.base)).map(|x| {
                lists.extend(x.exceptions.as_ref());
                &x.base
            }),
            FactKind::Recipient => f.recipients.iter().find(|x| by(&x.base)).map(|x| {
                lists.extend(x.conditions.as_ref());
                &x.base
            }),
            FactKind::Transfer => f.transfers.iter().find(|x| by(&x.base)).map(|x| {
                lists.extend(x.safeguards.as_ref());
                &x.base
            }),
            FactKind::Storage => f.storage.iter().find(|x| by(&x.base)).map(|x| &x.base),
            FactKind::Security => f.security.iter().find(|x| by(&x.base)).map(|x| &x.base),
            FactKind::Incident => f.incidents.iter().find(|x| by(&x.base)).map(|x| &x.base),
            FactKind::Retention => f.retention.iter().find(|x| by(&x.base)).map(|x| {
                lists.extend(x.criteria.as_ref());
                &x.base
            }),
            FactKind::Right => f.rights.iter().find(|x| by(&x.base)).map(|x| {
                lists.extend(x.when.as_ref());
                lists.extend(x.except.as_ref());
                &x.base
            }),
            FactKind::Requests => f.requests.iter().find(|x| by(&x.base)).map(|x| {
                lists.extend(x.except.as_ref());
                &x.base
            }),
            FactKind::Minors => f.minors.iter().find(|x| by(&x.base)).map(|x| &x.base),
            FactKind::Cookies => f.cookies.iter().find(|x| by(&x.base)).map(|x| &x.base),
            FactKind::Contact => f.contacts.iter().find(|x| by(&x.base)).map(|x| &x.base),
            FactKind::Changes => f.changes.iter().find(|x| by(&x.base)).map(|x| {
                lists.extend(x.when.as_ref());
                &x.base
            }),
            FactKind::Assessment => f.assessments.iter().find(|x| by(&x.base)).map(|x| &x.base),
            FactKind::Promise => f.promises.iter().find(|x| by(&x.base)).map(|x| {
                lists.extend(x.except.as_ref());
                &x.base
            }),
            FactKind::JointController => f
                .joint_controllers
                .iter()
                .find(|x| by(&x.base))
                .map(|x| &x.base),
            FactKind::Representative => f
                .representatives
                .iter()
                .find(|x| by(&x.base))
                .map(|x| &x.base),
            FactKind::Authority => f.authorities.iter().find(|x| by(&x.base)).map(|x| &x.base),
        };
        let content = base
            .and_then(|b| b.text.as_ref())
            .map(|t| self.text(t))
            .unwrap_or_default();
        let blocks = lists
            .into_iter()
            .map(|list| BlockView::List {
                ordered: list.marker.style != model::MarkerStyle::Bullet,
                items: list
                    .cases
                    .iter()
                    .enumerate()
                    .map(|(i, case)| ItemView {
                        marker: list.marker.format(i + 1, section_number),
                        content: self.text(&case.text),
                        blocks: Vec::new(),
                    })
                    .collect(),
            })
            .collect();
        (content, blocks)
    }

    fn section_title(&self, id: Option<&str>) -> Option<String> {
        let id = id?;
        let section = self.policy.sections().into_iter().find(|s| s.id == id)?;
        section.title.as_ref().map(|t| plain(&self.text(t)))
    }
}

/// Link targets that reach a page: only `https:`, `http:`, `mailto:` and in-page fragments
/// (the checker already refuses others; this keeps a hand-built model from smuggling one in).
fn safe_href(href: &str) -> String {
    let lower = href.trim().to_ascii_lowercase();
    if ["https://", "http://", "mailto:", "#"]
        .iter()
        .any(|s| lower.starts_with(s))
    {
        href.trim().to_string()
    } else {
        "#".to_string()
    }
}
