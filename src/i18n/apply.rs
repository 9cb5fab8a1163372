//! Reading a translators' file back into the policy's source: each translation replaces the
//! string of its unit's part in that language (or is inserted as a new part after the last
//! one), and the units the translator marked done are confirmed (the current hash written
//! after the language tag). Everything else in the file, the author's layout and comments
//! included, stays byte for byte as it was; a file that changes nothing leaves the source
//! identical.

use std::collections::HashMap;

use super::codes::{self, Piece};
use super::units::{units, Unit};
use super::{check_language, header, FileError, Incoming, IncomingEntry, Target};
use crate::check::translations::{canonical, source_hash};
use crate::source::Span;
use crate::syntax::{Ast, Inline, TextPart};

/// A unit whose authoritative text changed since the file was exported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed {
    pub id: String,
    /// The authoritative text as the file has it, and as the policy has it now.
    pub was: String,
    pub now: String,
}

/// What an import did, and the new source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub text: String,
    /// Units whose translation was written or replaced.
    pub updated: Vec<String>,
    /// Units confirmed (their hash written).
    pub confirmed: Vec<String>,
    /// Units not applied because the authoritative text changed since the export.
    pub changed: Vec<Changed>,
    /// Units not applied because their translation is not acceptable, with why.
    pub refused: Vec<(String, String)>,
}

/// Applies `incoming` to the policy `source` (parsed as `ast`). Refuses the whole file (an
/// error) when it belongs to another policy or language, or names a unit the policy does not
/// have; otherwise applies what it can and reports the rest in the outcome.
pub fn apply(source: &str, ast: &Ast, incoming: &Incoming) -> Result<Outcome, FileError> {
    let whole = |message: String| FileError::new((1, 1), message);
    let header = header(ast).map_err(whole)?;
    if incoming.policy != header.policy {
        return Err(whole(format!(
            "the file is for policy `{}`, not `{}`",
            incoming.policy, header.policy
        )));
    }
    if incoming.source_lang != header.authoritative {
        return Err(whole(format!(
            "the file translates from `{}`, but the policy's authoritative language is `{}`",
            incoming.source_lang, header.authoritative
        )));
    }
    check_language(&header, &incoming.target_lang).map_err(whole)?;
    let lang = incoming.target_lang.as_str();
    let all = units(ast, &header.authoritative);
    let by_id: HashMap<&str, &Unit> = all.iter().map(|u| (u.id.as_str(), u)).collect();
    let mut seen = HashMap::new();
    for entry in &incoming.entries {
        if !by_id.contains_key(entry.id.as_str()) {
            return Err(FileError::new(
                entry.at,
                format!("policy `{}` has no unit `{}`", header.policy, entry.id),
            ));
        }
        if let Some(first) = seen.insert(entry.id.as_str(), entry.at) {
            return Err(FileError::new(
                entry.at,
                format!(
                    "unit `{}` appears twice (first at line {})",
                    entry.id, first.0
                ),
            ));
        }
    }
    let mut outcome = Outcome::default();
    let mut edits: Vec<(Span, String)> = Vec::new();
    for entry in &incoming.entries {
        let unit = by_id[entry.id.as_str()];
        let hash = source_hash(&unit.source.string);
        if entry.hash != hash {
            // Changed since the export. Nothing is lost when the file only repeats the
            // current translation; a translator's work on the old text is reported.
            if untouched(entry, unit, lang) {
                continue;
            }
            outcome.changed.push(Changed {
                id: entry.id.clone(),
                was: entry.source.clone(),
                now: canonical(&unit.source.string.content),
            });
            continue;
        }
        match unit_edits(source, unit, entry, lang, &hash) {
            Ok(Some(change)) => {
                if change.updated {
                    outcome.updated.push(entry.id.clone());
                }
                if change.confirmed {
                    outcome.confirmed.push(entry.id.clone());
                }
                edits.extend(change.edits);
            }
            Ok(None) => {}
            Err(why) => outcome.refused.push((entry.id.clone(), why)),
        }
    }
    edits.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    let mut text = source.to_string();
    for (span, replacement) in edits {
        text.replace_range(span.range(), &replacement);
    }
    outcome.text = text;
    Ok(outcome)
}

/// Whether the file's translation of a unit is the policy's current one (or both are empty).
fn untouched(entry: &IncomingEntry, unit: &Unit, lang: &str) -> bool {
    let current = unit.part(lang).map(|p| p.string.content.as_slice());
    match (&entry.target, current) {
        (None, _) => true,
        (Some(target), Some(current)) => {
            target_inlines(target, &unit.source.string.content, Some(current))
                .is_ok_and(|t| canonical(&t) == canonical(current))
        }
        (Some(_), None) => false,
    }
}

struct UnitChange {
    edits: Vec<(Span, String)>,
    updated: bool,
    confirmed: bool,
}

/// The edits of one unit: `None` when the file changes nothing in it.
fn unit_edits(
    source: &str,
    unit: &Unit,
    entry: &IncomingEntry,
    lang: &str,
    hash: &str,
) -> Result<Option<UnitChange>, String> {
    let part = unit.part(lang);
    let Some(target) = &entry.target else {
        return Ok(None);
    };
    let current = part.map(|p| p.string.content.as_slice());
    let inlines = target_inlines(target, &unit.source.string.content, current)?;
    if inlines
        .iter()
        .all(|i| matches!(i, Inline::Text(t) if t.trim().is_empty()))
    {
        return Ok(None);
    }
    let literal = literal(&inlines)?;
    let updated = current.is_none_or(|c| canonical(c) != canonical(&inlines));
    let confirmed_now = part
        .and_then(|p| p.source_hash.as_ref())
        .is_some_and(|h| h.text == hash);
    if updated || (entry.done && !confirmed_now) {
        if let Some(why) = codes::compare(&unit.source.string.content, &inlines) {
            return Err(why);
        }
    }
    let tag = if entry.done {
        format!("{lang}@{hash}")
    } else {
        lang.to_string()
    };
    let mut edits = Vec::new();
    match part {
        Some(part) => {
            let lang_word = part
                .lang
                .as_ref()
                .ok_or("a translation without a language")?;
            let tag_span = part
                .source_hash
                .as_ref()
                .map_or(lang_word.span, |h| lang_word.span.join(h.span));
            // Done: the current hash. Edited but not done: no hash, for the old one would
            // vouch for words nobody confirmed. Otherwise the tag stays as it is.
            if (entry.done && !confirmed_now)
                || (updated && !entry.done && part.source_hash.is_some())
            {
                edits.push((tag_span, tag));
            }
            if updated {
                edits.push((part.string.span, format!("\"{literal}\"")));
            }
        }
        None => {
            let last: &TextPart = unit.text.parts.last().ok_or("a text without parts")?;
            let at = last.string.span.end;
            edits.push((
                Span::new(at, at),
                format!("{}{tag} \"{literal}\"", separator(source, unit)),
            ));
        }
    }
    if edits.is_empty() {
        return Ok(None);
    }
    Ok(Some(UnitChange {
        edits,
        updated,
        confirmed: entry.done && !confirmed_now,
    }))
}

/// What goes before a new part: a line break and the indentation of the text's last part
/// when the text's parts stand on lines of their own; when the text is one part that spans
/// lines, a line break and the statement's indentation and four spaces (the layout of the
/// reference policies); a space otherwise.
fn separator(source: &str, unit: &Unit) -> String {
    let (first, last) = match (unit.text.parts.first(), unit.text.parts.last()) {
        (Some(first), Some(last)) => (first, last),
        _ => return " ".into(),
    };
    let line_start = |at: usize| source[..at].rfind('\n').map_or(0, |i| i + 1);
    let blank = |s: &str| s.chars().all(|c| c == ' ' || c == '\t');
    let start = last
        .lang
        .as_ref()
        .map_or(last.string.span.start, |l| l.span.start);
    let indent = &source[line_start(start)..start];
    let first_start = first
        .lang
        .as_ref()
        .map_or(first.string.span.start, |l| l.span.start);
    if first_start < line_start(start) && blank(indent) {
        return format!("\n{indent}");
    }
    let keyword = unit.stmt.keyword.span.start;
    let stmt_indent = &source[line_start(keyword)..keyword];
    if last.string.raw.contains('\n') && blank(stmt_indent) {
        return format!("\n{stmt_indent}    ");
    }
    " ".into()
}

/// A translation from a file as inline content, its placeholders resolved.
fn target_inlines(
    target: &Target,
    source: &[Inline],
    current: Option<&[Inline]>,
) -> Result<Vec<Inline>, String> {
    match target {
        Target::Syntax(text) => {
            let mut diags = Vec::new();
            let inlines = crate::syntax::inline::parse(text, 0, &mut diags);
            match diags.iter().find(|d| d.is_error()) {
                Some(d) => Err(format!("the translation does not read: {}", d.message)),
                None => Ok(inlines),
            }
        }
        Target::Pieces(pieces) => {
            let (_, _, table) = codes::number(source, current);
            let pieces = flatten_breaks(pieces);
            codes::inlines(&pieces, &table)
        }
    }
}

/// Line breaks and tabs a tool wrapped text with read as spaces, as in the policy's strings.
fn flatten_breaks(pieces: &[Piece]) -> Vec<Piece> {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => Piece::Text(t.replace(['\n', '\r', '\t'], " ")),
            Piece::Pc(id, inner) => Piece::Pc(id.clone(), flatten_breaks(inner)),
            Piece::Ph(id) => Piece::Ph(id.clone()),
        })
        .collect()
}

/// Inline content as the raw text of a string literal (without the quotes); refused when
/// the literal would not read back as the same content (a control character, say).
fn literal(inlines: &[Inline]) -> Result<String, String> {
    let raw = canonical(inlines).replace('"', "\\\"");
    let mut diags = Vec::new();
    let again = crate::syntax::inline::parse(&raw, 0, &mut diags);
    if let Some(d) = diags.iter().find(|d| d.is_error()) {
        return Err(format!("the translation does not read: {}", d.message));
    }
    if canonical(&again) != canonical(inlines) {
        return Err("the translation cannot be written as a policy string".into());
    }
    Ok(raw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Incoming;

    const POLICY: &str = "policy demo {
  title en \"Privacy\" zh-CN@0e9c4a8b \"隐私\"
  languages en, zh-CN
  updated 2024-01-01
  p en \"We may collect some information
        in our business.\"
  p en \"Short.\" zh-CN \"短。\"
}
";

    fn incoming(entries: Vec<IncomingEntry>) -> Incoming {
        Incoming {
            policy: "demo".into(),
            path: "demo.policy".into(),
            source_lang: "en".into(),
            target_lang: "zh-CN".into(),
            entries,
        }
    }

    fn entry(ast: &Ast, id: &str, target: &str, done: bool) -> IncomingEntry {
        let unit = units(ast, "en")
            .into_iter()
            .find(|u| u.id == id)
            .expect("unit");
        IncomingEntry {
            id: id.into(),
            hash: source_hash(&unit.source.string),
            source: String::new(),
            target: Some(Target::Syntax(target.into())),
            done,
            at: (1, 1),
        }
    }

    #[test]
    fn a_new_part_follows_the_layout_of_its_text() {
        let (ast, _) = crate::syntax::parse(POLICY).expect("parses");
        let file = incoming(vec![
            entry(&ast, "p1", "我们可能在业务中收集部分信息。", true),
            entry(&ast, "p2", "简短。", false),
        ]);
        let outcome = apply(POLICY, &ast, &file).expect("applies");
        assert_eq!(outcome.updated, ["p1", "p2"]);
        assert_eq!(outcome.confirmed, ["p1"]);
        let (ast2, _) = crate::syntax::parse(&outcome.text).expect("parses");
        let hash = source_hash(&units(&ast2, "en")[1].source.string);
        assert!(
            outcome.text.contains(&format!(
                "        in our business.\"\n      zh-CN@{hash} \"我们可能在业务中收集部分信息。\"\n"
            )),
            "{}",
            outcome.text
        );
        assert!(outcome.text.contains("p en \"Short.\" zh-CN \"简短。\"\n"));
    }

    #[test]
    fn quotes_and_markup_characters_are_escaped_in_the_new_string() {
        let (ast, _) = crate::syntax::parse(POLICY).expect("parses");
        let file = incoming(vec![entry(&ast, "p2", "他说\"短\\*\"。", false)]);
        let outcome = apply(POLICY, &ast, &file).expect("applies");
        assert!(
            outcome.text.contains("zh-CN \"他说\\\"短\\*\\\"。\""),
            "{}",
            outcome.text
        );
        assert!(crate::syntax::parse(&outcome.text).is_ok());
    }
}
