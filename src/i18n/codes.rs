//! Placeholders: the parts of a text a translator must keep as they are. References to facts
//! and sections (`{@privacy.email}`, `{#rights}`) are standalone codes (XLIFF `<ph>`), markup
//! (`**strong**`, `*emphasis*`, links) paired codes around translatable text (XLIFF `<pc>`).
//! Codes are numbered in the order of the authoritative text; a translation's codes take the
//! number of the same code of the source, so that a CAT tool pairs them.

use std::collections::{BTreeMap, HashMap};

use crate::check::translations::canonical;
use crate::syntax::Inline;

/// What a code stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    /// A fact or section reference, kept whole.
    Ref(Inline),
    Strong,
    Emph,
    Link(String),
}

impl Code {
    /// The source syntax the code stands for: the reference, or the markup's opening and
    /// closing delimiters.
    pub fn equiv(&self) -> (String, String) {
        match self {
            Code::Ref(inline) => (canonical(std::slice::from_ref(inline)), String::new()),
            Code::Strong => ("**".into(), "**".into()),
            Code::Emph => ("*".into(), "*".into()),
            Code::Link(target) => ("[".into(), format!("]({target})")),
        }
    }

    fn key(&self) -> String {
        let (start, end) = self.equiv();
        format!("{start}\u{0}{end}")
    }
}

/// A text as pieces of plain text and numbered codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// A standalone code (a reference).
    Ph(String),
    /// A paired code around its content.
    Pc(String, Vec<Piece>),
}

/// The codes of one unit by id.
pub type Table = HashMap<String, Code>;

/// A text's code and its content, when it is markup.
fn code_of(inline: &Inline) -> Option<(Code, Option<&[Inline]>)> {
    Some(match inline {
        Inline::Text(_) => return None,
        Inline::FactRef { .. } | Inline::SectionRef { .. } => (Code::Ref(inline.clone()), None),
        Inline::Strong(inner) => (Code::Strong, Some(inner)),
        Inline::Emph(inner) => (Code::Emph, Some(inner)),
        Inline::Link { label, target, .. } => (Code::Link(target.clone()), Some(label)),
    })
}

struct Numbering {
    table: Vec<(String, Code)>,
    /// For the translation: the source codes not yet matched.
    used: Vec<bool>,
    sources: usize,
}

impl Numbering {
    fn source(&mut self, code: Code) -> String {
        let id = (self.table.len() + 1).to_string();
        self.table.push((id.clone(), code));
        self.used.push(false);
        self.sources = self.table.len();
        id
    }

    /// The id of the first unmatched source code like `code`, or a new id for a code that
    /// only the translation has.
    fn target(&mut self, code: Code) -> String {
        let key = code.key();
        if let Some(i) = (0..self.sources).find(|&i| !self.used[i] && self.table[i].1.key() == key)
        {
            self.used[i] = true;
            return self.table[i].0.clone();
        }
        let id = format!("t{}", self.table.len() + 1 - self.sources);
        self.table.push((id.clone(), code));
        self.used.push(true);
        id
    }
}

fn pieces(inlines: &[Inline], numbering: &mut Numbering, target: bool) -> Vec<Piece> {
    let mut out = Vec::new();
    for inline in inlines {
        match code_of(inline) {
            None => {
                if let Inline::Text(t) = inline {
                    match out.last_mut() {
                        Some(Piece::Text(last)) => last.push_str(t),
                        _ => out.push(Piece::Text(t.clone())),
                    }
                }
            }
            Some((code, inner)) => {
                let id = if target {
                    numbering.target(code)
                } else {
                    numbering.source(code)
                };
                match inner {
                    None => out.push(Piece::Ph(id)),
                    Some(inner) => {
                        let content = pieces(inner, numbering, target);
                        out.push(Piece::Pc(id, content));
                    }
                }
            }
        }
    }
    out
}

/// A unit's source and translation as pieces, with the table of their codes.
pub fn number(
    source: &[Inline],
    target: Option<&[Inline]>,
) -> (Vec<Piece>, Option<Vec<Piece>>, Table) {
    let mut numbering = Numbering {
        table: Vec::new(),
        used: Vec::new(),
        sources: 0,
    };
    let source = pieces(source, &mut numbering, false);
    let target = target.map(|t| pieces(t, &mut numbering, true));
    (source, target, numbering.table.into_iter().collect())
}

/// Pieces read from a file back into inline content, each code looked up in `table`.
pub fn inlines(pieces: &[Piece], table: &Table) -> Result<Vec<Inline>, String> {
    let mut out = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => match out.last_mut() {
                Some(Inline::Text(last)) => last.push_str(t),
                _ => out.push(Inline::Text(t.clone())),
            },
            Piece::Ph(id) => match table.get(id) {
                Some(Code::Ref(inline)) => out.push(inline.clone()),
                Some(_) => return Err(format!("code `{id}` stands for markup, not a reference")),
                None => return Err(format!("the source has no code `{id}`")),
            },
            Piece::Pc(id, content) => {
                let inner = inlines(content, table)?;
                out.push(match table.get(id) {
                    Some(Code::Strong) => Inline::Strong(inner),
                    Some(Code::Emph) => Inline::Emph(inner),
                    Some(Code::Link(target)) => Inline::Link {
                        label: inner,
                        target: target.clone(),
                        target_span: Default::default(),
                    },
                    Some(Code::Ref(_)) => {
                        return Err(format!("code `{id}` stands for a reference, not markup"))
                    }
                    None => return Err(format!("the source has no code `{id}`")),
                });
            }
        }
    }
    Ok(out)
}

/// The placeholders of a text, counted: each reference as written, each kind of markup, each
/// link target.
pub fn placeholders(inlines: &[Inline]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    count(inlines, &mut out);
    out
}

fn count(inlines: &[Inline], out: &mut BTreeMap<String, usize>) {
    for inline in inlines {
        if let Some((code, inner)) = code_of(inline) {
            let (start, end) = code.equiv();
            *out.entry(format!(
                "{start}{}{end}",
                if inner.is_some() { "…" } else { "" }
            ))
            .or_default() += 1;
            if let Some(inner) = inner {
                count(inner, out);
            }
        }
    }
}

/// How the placeholders of a translation differ from its source's, in words; `None` when
/// they are the same.
pub fn compare(source: &[Inline], target: &[Inline]) -> Option<String> {
    let (want, got) = (placeholders(source), placeholders(target));
    if want == got {
        return None;
    }
    let mut missing = Vec::new();
    let mut extra = Vec::new();
    for (key, n) in &want {
        let m = got.get(key).copied().unwrap_or(0);
        if m < *n {
            missing.push(format!("`{key}`"));
        }
    }
    for (key, n) in &got {
        if want.get(key).copied().unwrap_or(0) < *n {
            extra.push(format!("`{key}`"));
        }
    }
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("lacks {}", missing.join(", ")));
    }
    if !extra.is_empty() {
        parts.push(format!("adds {}", extra.join(", ")));
    }
    Some(format!(
        "its placeholders differ from the source's: the translation {}",
        parts.join(" and ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Inline> {
        let mut diags = Vec::new();
        crate::syntax::inline::parse(text, 0, &mut diags)
    }

    #[test]
    fn a_translation_takes_the_numbers_of_the_source_codes() {
        let source = parse("Write to {@info.email} or see **{#rights}**.");
        let target = parse("请参阅**{#rights}**或致函{@info.email}。");
        let (s, t, table) = number(&source, Some(&target));
        assert_eq!(
            s,
            vec![
                Piece::Text("Write to ".into()),
                Piece::Ph("1".into()),
                Piece::Text(" or see ".into()),
                Piece::Pc("2".into(), vec![Piece::Ph("3".into())]),
                Piece::Text(".".into()),
            ]
        );
        let t = t.expect("a target");
        let back = inlines(&t, &table).expect("maps back");
        assert_eq!(canonical(&back), canonical(&target));
        assert_eq!(compare(&source, &target), None);
    }

    #[test]
    fn a_broken_placeholder_is_named() {
        let source = parse("Write to {@info.email}.");
        let target = parse("请致函{@info.mail}。");
        let message = compare(&source, &target).expect("differs");
        assert!(message.contains("lacks `{@info.email}`"), "{message}");
        assert!(message.contains("adds `{@info.mail}`"), "{message}");
        let (_, _, table) = number(&source, None);
        assert!(inlines(&[Piece::Ph("9".into())], &table).is_err());
    }
}
