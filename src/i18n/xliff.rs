//! XLIFF 2.0 documents (OASIS XLIFF Version 2.0, core only): written by hand, read with
//! quick-xml. The document validates against the OASIS core schema (tests/i18n_files.rs runs
//! `xmllint --schema`).
//!
//! `<file id>` is the policy's id and `original` its path; each `<unit id>` is a unit's id,
//! with notes giving the hash of its authoritative text (`policyc:hash`) and where it is in
//! the policy (`location`), and one segment: `state="final"` for a confirmed translation,
//! `state="initial"` with `subState="policyc:stale"` or `"policyc:new"` otherwise.
//! References are `<ph>` and markup `<pc>` inline codes whose `equiv`/`disp` show the source
//! syntax. Characters XML cannot carry (control characters) are `<cp hex>`; bidirectional
//! controls and invisible characters are written as character references, so that a reader
//! of the file sees them.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::codes::{self, Code, Piece, Table};
use super::{Catalog, FileError, Incoming, IncomingEntry, State, Target};
use crate::check::translations::canonical;

pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The XLIFF text of a catalog.
pub fn write(catalog: &Catalog) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<!-- Written by policyc i18n export; read back with policyc i18n import FILE.\n     \
         Keep the unit ids, the inline codes and the policyc:hash notes as they are; set a\n     \
         segment's state to translated, reviewed or final once its translation is done:\n     \
         import confirms exactly those. -->\n",
    );
    out.push_str(&format!(
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n",
        attr(&catalog.source_lang),
        attr(&catalog.target_lang)
    ));
    out.push_str(&format!(
        "  <file id=\"{}\" original=\"{}\">\n",
        attr(&catalog.policy),
        attr(&catalog.path)
    ));
    out.push_str(&format!(
        "    <notes>\n      <note category=\"policyc:policy\">{}</note>\n    </notes>\n",
        text(&catalog.policy)
    ));
    for entry in &catalog.entries {
        let (source, target, table) = codes::number(&entry.source, entry.target.as_deref());
        out.push_str(&format!("    <unit id=\"{}\">\n", attr(&entry.id)));
        out.push_str("      <notes>\n");
        out.push_str(&format!(
            "        <note category=\"policyc:hash\">{}</note>\n",
            text(&entry.hash)
        ));
        out.push_str(&format!(
            "        <note category=\"location\">{}:{}</note>\n",
            text(&catalog.path),
            entry.line
        ));
        out.push_str("      </notes>\n");
        let state = match entry.state {
            State::Confirmed => "state=\"final\"",
            State::Stale => "state=\"initial\" subState=\"policyc:stale\"",
            State::New => "state=\"initial\" subState=\"policyc:new\"",
        };
        out.push_str(&format!("      <segment {state}>\n"));
        out.push_str(&format!(
            "        <source>{}</source>\n",
            content(&source, &table)
        ));
        match target {
            Some(target) => out.push_str(&format!(
                "        <target>{}</target>\n",
                content(&target, &table)
            )),
            None => out.push_str("        <target/>\n"),
        }
        out.push_str("      </segment>\n    </unit>\n");
    }
    out.push_str("  </file>\n</xliff>\n");
    out
}

/// Pieces as XLIFF inline content.
fn content(pieces: &[Piece], table: &Table) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(&text(t)),
            Piece::Ph(id) => {
                let (equiv, _) = table.get(id).map(Code::equiv).unwrap_or_default();
                let kind = match table.get(id) {
                    Some(Code::Ref(crate::syntax::Inline::SectionRef { .. })) => "policyc:section",
                    _ => "policyc:fact",
                };
                out.push_str(&format!(
                    "<ph id=\"{}\" canCopy=\"no\" canDelete=\"no\" type=\"other\" subType=\"{kind}\" equiv=\"{e}\" disp=\"{e}\"/>",
                    attr(id),
                    e = attr(&equiv)
                ));
            }
            Piece::Pc(id, inner) => {
                let code = table.get(id);
                let (start, end) = code.map(Code::equiv).unwrap_or_default();
                let kind = match code {
                    Some(Code::Strong) => "type=\"fmt\" subType=\"xlf:b\"",
                    Some(Code::Emph) => "type=\"fmt\" subType=\"xlf:i\"",
                    _ => "type=\"link\"",
                };
                out.push_str(&format!(
                    "<pc id=\"{}\" canCopy=\"no\" canDelete=\"no\" {kind} equivStart=\"{s}\" equivEnd=\"{e}\" dispStart=\"{s}\" dispEnd=\"{e}\">{}</pc>",
                    attr(id),
                    content(inner, table),
                    s = attr(&start),
                    e = attr(&end)
                ));
            }
        }
    }
    out
}

/// Whether XML 1.0 can carry a character as itself (or as a character reference).
fn xml_char(c: char) -> bool {
    matches!(c, '\u{9}' | '\u{a}' | '\u{d}' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// A character shown as a character reference: one a reader could not see.
fn shown_as_reference(c: char) -> bool {
    crate::diag::is_bidi_control(c) || crate::diag::is_invisible(c)
}

/// Text content: markup characters escaped, control characters as `<cp hex>`.
fn text(value: &str) -> String {
    escape(value, false)
}

/// An attribute value: as [`text`], but a character XML cannot carry is replaced (an
/// attribute cannot hold `<cp>`; references and link targets never contain one).
fn attr(value: &str) -> String {
    escape(value, true)
}

fn escape(value: &str, in_attribute: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if in_attribute && !xml_char(c) => out.push('\u{fffd}'),
            c if !in_attribute && (c.is_control() || !xml_char(c)) => {
                out.push_str(&format!("<cp hex=\"{:04X}\"/>", c as u32))
            }
            c if c.is_control() || shown_as_reference(c) => {
                out.push_str(&format!("&#x{:X};", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// An element read from the file.
#[derive(Debug)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
    at: (usize, usize),
}

#[derive(Debug)]
enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn elements<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter_map(move |n| match n {
            Node::Element(e) if e.name == name => Some(e),
            _ => None,
        })
    }

    fn need(&self, name: &str) -> Result<&str, FileError> {
        self.attr(name).ok_or_else(|| {
            FileError::new(
                self.at,
                format!("<{}> has no `{name}` attribute", self.name),
            )
        })
    }
}

/// Line and column of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}

fn start_element(text: &str, e: &BytesStart, offset: usize) -> Result<Element, FileError> {
    let at = position(text, offset);
    let name = String::from_utf8_lossy(e.name().local_name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| FileError::new(at, format!("broken XML attribute: {err}")))?;
        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|err| FileError::new(at, format!("broken XML attribute `{key}`: {err}")))?;
        attrs.push((key, value.into_owned()));
    }
    Ok(Element {
        name,
        attrs,
        children: Vec::new(),
        at,
    })
}

/// Parses the XML into a tree of elements and text.
fn parse(text: &str) -> Result<Element, FileError> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Element> = Vec::new();
    let mut root = None;
    loop {
        let offset = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|err| {
            FileError::new(
                position(text, reader.error_position() as usize),
                format!("broken XML: {err}"),
            )
        })?;
        let at = position(text, offset);
        let push_text = |stack: &mut Vec<Element>, s: String| {
            if let Some(top) = stack.last_mut() {
                match top.children.last_mut() {
                    Some(Node::Text(last)) => last.push_str(&s),
                    _ => top.children.push(Node::Text(s)),
                }
            }
        };
        match event {
            Event::Start(e) => stack.push(start_element(text, &e, offset)?),
            Event::Empty(e) => {
                let element = start_element(text, &e, offset)?;
                match stack.last_mut() {
                    Some(top) => top.children.push(Node::Element(element)),
                    None => root = Some(element),
                }
            }
            Event::End(_) => {
                let element = stack
                    .pop()
                    .ok_or_else(|| FileError::new(at, "broken XML: a closing tag too many"))?;
                match stack.last_mut() {
                    Some(top) => top.children.push(Node::Element(element)),
                    None => root = Some(element),
                }
            }
            Event::Text(t) => {
                let s = t
                    .xml10_content()
                    .map_err(|err| FileError::new(at, format!("broken XML text: {err}")))?;
                push_text(&mut stack, s.into_owned());
            }
            Event::CData(t) => {
                push_text(&mut stack, String::from_utf8_lossy(&t).into_owned());
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = String::from_utf8_lossy(&r).into_owned();
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| {
                                FileError::new(at, format!("unknown XML entity `&{name};`"))
                            })?
                            .to_string()
                    }
                    Err(err) => {
                        return Err(FileError::new(
                            at,
                            format!("broken character reference: {err}"),
                        ))
                    }
                };
                push_text(&mut stack, resolved);
            }
            Event::DocType(_) => {
                return Err(FileError::new(
                    at,
                    "a document type declaration is not allowed",
                ))
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(FileError::new(
            open.at,
            format!("broken XML: <{}> is never closed", open.name),
        ));
    }
    root.ok_or_else(|| FileError::new((1, 1), "not an XLIFF document: no root element"))
}

/// Reads an XLIFF 2.0 document written by [`write`] (and edited by a CAT tool).
pub fn read(text: &str) -> Result<Incoming, FileError> {
    let root = parse(text)?;
    let in_namespace = root
        .attrs
        .iter()
        .any(|(k, v)| (k == "xmlns" || k.starts_with("xmlns:")) && v == NAMESPACE);
    if root.name != "xliff" || !in_namespace {
        return Err(FileError::new(
            root.at,
            format!(
                "not an XLIFF 2.0 document: the root is <{}>, not <xliff xmlns=\"{NAMESPACE}\">",
                root.name
            ),
        ));
    }
    if root.attr("version") != Some("2.0") {
        return Err(FileError::new(
            root.at,
            "not an XLIFF 2.0 document: version is not 2.0",
        ));
    }
    let mut files = root.elements("file");
    let file = files
        .next()
        .ok_or_else(|| FileError::new(root.at, "the document has no <file>"))?;
    if let Some(second) = files.next() {
        return Err(FileError::new(
            second.at,
            "a second <file>: policyc writes one per document",
        ));
    }
    let mut incoming = Incoming {
        policy: file.need("id")?.to_string(),
        path: file.need("original")?.to_string(),
        source_lang: root.need("srcLang")?.to_string(),
        target_lang: root.need("trgLang")?.to_string(),
        entries: Vec::new(),
    };
    for unit in file.elements("unit") {
        incoming.entries.push(entry(unit)?);
    }
    if let Some(group) = file.elements("group").next() {
        return Err(FileError::new(group.at, "<group> is not used by policyc"));
    }
    Ok(incoming)
}

fn entry(unit: &Element) -> Result<IncomingEntry, FileError> {
    let id = unit.need("id")?.to_string();
    let hash = unit
        .elements("notes")
        .flat_map(|n| n.elements("note"))
        .find(|n| n.attr("category") == Some("policyc:hash"))
        .map(|n| plain(n).trim().to_string())
        .ok_or_else(|| FileError::new(unit.at, format!("unit `{id}` has no policyc:hash note")))?;
    let mut segments = unit.elements("segment");
    let segment = segments
        .next()
        .ok_or_else(|| FileError::new(unit.at, format!("unit `{id}` has no <segment>")))?;
    if let Some(second) = segments.next() {
        return Err(FileError::new(
            second.at,
            format!("unit `{id}` has a second <segment>: join them, policyc keeps one per unit"),
        ));
    }
    let source = segment
        .elements("source")
        .next()
        .ok_or_else(|| FileError::new(segment.at, format!("unit `{id}` has no <source>")))?;
    let target = match segment.elements("target").next() {
        Some(t) => Some(pieces(t)?),
        None => None,
    };
    let target = target.filter(|p| !p.is_empty());
    let done = matches!(
        segment.attr("state"),
        Some("translated" | "reviewed" | "final")
    ) && target.is_some();
    Ok(IncomingEntry {
        id,
        hash,
        source: shown(&pieces(source)?),
        target: target.map(Target::Pieces),
        done,
        at: unit.at,
    })
}

/// The text of an element without its codes (a note's).
fn plain(element: &Element) -> String {
    element
        .children
        .iter()
        .map(|n| match n {
            Node::Text(t) => t.clone(),
            Node::Element(e) => plain(e),
        })
        .collect()
}

/// Inline content as pieces.
fn pieces(element: &Element) -> Result<Vec<Piece>, FileError> {
    let mut out: Vec<Piece> = Vec::new();
    let push_text = |out: &mut Vec<Piece>, s: &str| match out.last_mut() {
        Some(Piece::Text(last)) => last.push_str(s),
        _ => out.push(Piece::Text(s.to_string())),
    };
    for node in &element.children {
        match node {
            Node::Text(t) => push_text(&mut out, t),
            Node::Element(e) => match e.name.as_str() {
                "ph" => out.push(Piece::Ph(e.need("id")?.to_string())),
                "pc" => out.push(Piece::Pc(e.need("id")?.to_string(), pieces(e)?)),
                "cp" => {
                    let hex = e.need("hex")?;
                    let c = u32::from_str_radix(hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| {
                            FileError::new(e.at, format!("<cp hex=\"{hex}\"> is no character"))
                        })?;
                    push_text(&mut out, &c.to_string());
                }
                other => {
                    return Err(FileError::new(
                        e.at,
                        format!("<{other}> is not an inline code policyc knows (ph, pc, cp)"),
                    ))
                }
            },
        }
    }
    Ok(out)
}

/// Pieces shown with their codes' ids, for a report.
fn shown(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Ph(id) => out.push_str(&format!("{{{id}}}")),
            Piece::Pc(id, inner) => out.push_str(&format!("{{{id}:{}}}", shown(inner))),
        }
    }
    out
}

/// A unit's source as a report shows it: its codes resolved.
pub fn source_syntax(pieces: &[Piece], table: &Table) -> Option<String> {
    codes::inlines(pieces, table).ok().map(|i| canonical(&i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Entry;

    fn parse_inline(text: &str) -> Vec<crate::syntax::Inline> {
        let mut diags = Vec::new();
        crate::syntax::inline::parse(text, 0, &mut diags)
    }

    fn catalog(source: Vec<crate::syntax::Inline>) -> Catalog {
        Catalog {
            policy: "demo".into(),
            path: "policies/<demo>&.policy".into(),
            source_lang: "en".into(),
            target_lang: "zh-CN".into(),
            entries: vec![Entry {
                id: "p1".into(),
                hash: "0011aabb".into(),
                line: 4,
                source,
                target: Some(parse_inline("请致函**{@info.email}**")),
                state: State::Stale,
            }],
        }
    }

    #[test]
    fn hostile_text_is_escaped() {
        let source = vec![crate::syntax::Inline::Text(
            "a <b> & \"c\" \u{7}\u{1b} \u{202e}d\u{2066}".into(),
        )];
        let xml = write(&catalog(source));
        assert!(xml.contains("a &lt;b&gt; &amp; &quot;c&quot; <cp hex=\"0007\"/><cp hex=\"001B\"/> &#x202E;d&#x2066;"), "{xml}");
        assert!(
            xml.contains("original=\"policies/&lt;demo&gt;&amp;.policy\""),
            "{xml}"
        );
        assert!(!xml.contains('\u{202e}') && !xml.contains('\u{7}'));
        let back = read(&xml).expect("reads");
        assert_eq!(back.path, "policies/<demo>&.policy");
        assert_eq!(
            back.entries[0].source,
            "a <b> & \"c\" \u{7}\u{1b} \u{202e}d\u{2066}"
        );
    }

    #[test]
    fn codes_and_states_read_back() {
        let xml = write(&catalog(parse_inline("Write to **{@info.email}**")));
        assert!(
            xml.contains("state=\"initial\" subState=\"policyc:stale\""),
            "{xml}"
        );
        assert!(xml.contains("equiv=\"{@info.email}\""), "{xml}");
        let back = read(&xml).expect("reads");
        let entry = &back.entries[0];
        assert!(!entry.done);
        assert_eq!(entry.hash, "0011aabb");
        assert_eq!(
            entry.target,
            Some(Target::Pieces(vec![
                Piece::Text("请致函".into()),
                Piece::Pc("1".into(), vec![Piece::Ph("2".into())]),
            ]))
        );
        let done = xml.replace(
            "state=\"initial\" subState=\"policyc:stale\"",
            "state=\"translated\"",
        );
        assert!(read(&done).expect("reads").entries[0].done);
    }

    #[test]
    fn broken_documents_are_errors_with_a_place() {
        let xml = write(&catalog(parse_inline("x")));
        let broken = xml.replace("</source>", "</sourc>");
        let err = read(&broken).map(|_| ()).expect_err("broken");
        assert!(err.message.contains("broken XML"), "{err}");
        assert!(err.line > 5, "{err}");
        let err = read("<xliff version=\"1.2\"/>")
            .map(|_| ())
            .expect_err("not 2.0");
        assert!(err.message.contains("not an XLIFF 2.0 document"), "{err}");
        let err = read("<!DOCTYPE x [<!ENTITY a \"b\">]><x/>")
            .map(|_| ())
            .expect_err("dtd");
        assert!(err.message.contains("document type"), "{err}");
    }
}
