//! Translatable units and their stable ids.
//!
//! A unit is a text with a part in the authoritative language. Its id is the path of ids and
//! keywords from the nearest section or fact with an id (or from the policy) down to the
//! statement that holds the text, joined with `.`: `title`, `hitgen-inc.address`,
//! `collect.p2`, `rights.list1.item3`, `changelog.2024-05-01`. A statement with an id starts
//! a path of its own, so an id does not change when its section moves; statements that repeat
//! (`p`, `item`, `list`, `table`, `row`, `cell`, a section without an id) are numbered among
//! the siblings with the same keyword. Nothing depends on line numbers or on the words of a
//! text, so an edit elsewhere in the file leaves an id as it was. Two texts that would have
//! the same id (a section and a fact with the same id, say) are told apart in source order:
//! the second is `id_2`, the third `id_3`.
//!
//! Ids use letters, digits, `-`, `.` and `_` only: they are valid XML name tokens, as
//! XLIFF's `unit id` must be.

use std::collections::{BTreeMap, HashSet};

use crate::syntax::{Arg, Ast, Form, Stmt, Text, TextPart};

/// One translatable unit: a text with an authoritative part.
#[derive(Clone, Debug)]
pub struct Unit<'a> {
    pub id: String,
    /// The statement whose argument the text is.
    pub stmt: &'a Stmt,
    pub text: &'a Text,
    /// The text's part in the authoritative language.
    pub source: &'a TextPart,
}

impl<'a> Unit<'a> {
    /// The unit's part in `lang`, when it has one.
    pub fn part(&self, lang: &str) -> Option<&'a TextPart> {
        self.text.part(lang)
    }
}

/// Every translatable unit of the file, in source order, with ids unique within the policy.
pub fn units<'a>(ast: &'a Ast, authoritative: &str) -> Vec<Unit<'a>> {
    let mut out = Vec::new();
    children(&ast.policy, "", authoritative, &mut out);
    let mut seen = HashSet::new();
    for unit in &mut out {
        if !seen.insert(unit.id.clone()) {
            let mut n = 2;
            while seen.contains(&format!("{}_{n}", unit.id)) {
                n += 1;
            }
            unit.id = format!("{}_{n}", unit.id);
            seen.insert(unit.id.clone());
        }
    }
    out
}

fn children<'a>(stmt: &'a Stmt, prefix: &str, authoritative: &str, out: &mut Vec<Unit<'a>>) {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for child in stmt.stmts() {
        let Some((segment, anchored)) = segment(child, &mut counts) else {
            continue;
        };
        let path = if anchored || prefix.is_empty() {
            segment
        } else {
            format!("{prefix}.{segment}")
        };
        if let Some(text) = child.text() {
            if let Some(source) = text.part(authoritative) {
                out.push(Unit {
                    id: path.clone(),
                    stmt: child,
                    text,
                    source,
                });
            }
        }
        children(child, &path, authoritative, out);
    }
}

/// The segment a statement adds to the path, and whether it starts a path of its own (a
/// section or a fact with an id). `None` for statements that hold no units (unknown ones).
fn segment<'s>(stmt: &'s Stmt, counts: &mut BTreeMap<&'s str, usize>) -> Option<(String, bool)> {
    let keyword = stmt.keyword.text.as_str();
    let mut numbered = || {
        let n = counts.entry(keyword).or_default();
        *n += 1;
        format!("{keyword}{n}")
    };
    Some(match stmt.form {
        Form::Unknown | Form::Policy => return None,
        Form::Section | Form::Fact => match stmt.id() {
            Some(id) => (id.text.clone(), true),
            None => (numbered(), false),
        },
        Form::Case => (
            stmt.id()
                .map_or_else(|| keyword.to_string(), |w| w.text.clone()),
            false,
        ),
        Form::Para | Form::Item | Form::List | Form::Table | Form::Cell => (numbered(), false),
        Form::Row if keyword == "row" => (numbered(), false),
        Form::Field if keyword == "entry" => (entry_segment(stmt), false),
        Form::Row | Form::Field | Form::CaseList => (keyword.to_string(), false),
    })
}

/// A changelog entry is named by its date, and its version when it has one.
fn entry_segment(stmt: &Stmt) -> String {
    let mut out = String::new();
    for arg in &stmt.args {
        if let Arg::Date(w) | Arg::Version(w) = arg {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&w.text);
        }
    }
    if out.is_empty() {
        "entry".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: &str = r#"policy demo {
  title en "Privacy" zh-CN "隐私"
  languages en, zh-CN
  updated 2024-01-01
  p en "Intro" zh-CN "引言"
  section collect en "Collection" zh-CN "收集" {
    p en "One" zh-CN "一"
    p en "Two" zh-CN "二"
    list {
      item en "A" zh-CN "甲"
      item en "B" zh-CN "乙"
    }
    contact dpo {
      name en "Officer" zh-CN "专员"
    }
  }
  section rights en "Rights" zh-CN "权利" {
    p en "Three" zh-CN "三"
  }
  changelog {
    entry 2024-01-01 en "First" zh-CN "首版"
  }
}
"#;

    fn ids(source: &str) -> Vec<(String, String)> {
        let (ast, _) = crate::syntax::parse(source).expect("parses");
        units(&ast, "en")
            .into_iter()
            .map(|u| (u.id, u.source.string.plain()))
            .collect()
    }

    #[test]
    fn ids_follow_the_structure() {
        let got: Vec<String> = ids(POLICY).into_iter().map(|(id, _)| id).collect();
        assert_eq!(
            got,
            [
                "title",
                "p1",
                "collect",
                "collect.p1",
                "collect.p2",
                "collect.list1.item1",
                "collect.list1.item2",
                "dpo.name",
                "rights",
                "rights.p1",
                "changelog.2024-01-01",
            ]
        );
    }

    fn id_of(all: &[(String, String)], text: &str) -> String {
        all.iter()
            .find(|(_, t)| t == text)
            .map(|(id, _)| id.clone())
            .expect("text found")
    }

    #[test]
    fn an_insertion_elsewhere_leaves_the_other_ids_unchanged() {
        let before = ids(POLICY);
        // A paragraph in another section, a new section, a new fact and a changed text.
        let edited = POLICY
            .replace(
                "    p en \"Three\"",
                "    p en \"New\" zh-CN \"新\"\n    p en \"Three\"",
            )
            .replace(
                "  section rights",
                "  section extra en \"Extra\" zh-CN \"额外\" {\n    p en \"X\" zh-CN \"十\"\n  }\n  section rights",
            )
            .replace("en \"Intro\"", "en \"Introduction, reworded\"");
        let after = ids(&edited);
        for text in [
            "Privacy", "One", "Two", "A", "B", "Officer", "Rights", "First",
        ] {
            assert_eq!(id_of(&before, text), id_of(&after, text), "{text}");
        }
        assert_eq!(id_of(&after, "Introduction, reworded"), "p1");
        assert_eq!(id_of(&after, "X"), "extra.p1");
    }

    #[test]
    fn a_moved_fact_keeps_its_id() {
        let moved = POLICY
            .replace(
                "    contact dpo {\n      name en \"Officer\" zh-CN \"专员\"\n    }\n",
                "",
            )
            .replace(
                "    p en \"Three\"",
                "    contact dpo {\n      name en \"Officer\" zh-CN \"专员\"\n    }\n    p en \"Three\"",
            );
        assert_eq!(id_of(&ids(&moved), "Officer"), "dpo.name");
    }

    #[test]
    fn duplicates_are_told_apart_in_source_order() {
        let source = POLICY.replace(
            "  section rights",
            "  contact collect {\n    name en \"Desk\" zh-CN \"服务台\"\n  }\n  section collect-2",
        );
        let all = ids(&source);
        assert_eq!(id_of(&all, "Desk"), "collect.name");
        let source = POLICY.replace("section rights", "section collect");
        let all = ids(&source);
        assert_eq!(id_of(&all, "Collection"), "collect");
        assert_eq!(id_of(&all, "Rights"), "collect_2");
        assert_eq!(id_of(&all, "Three"), "collect.p1_2");
    }

    #[test]
    fn ids_are_xml_name_tokens() {
        for (id, _) in ids(POLICY) {
            assert!(id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')));
        }
    }
}
