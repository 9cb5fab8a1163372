//! The formatter: one canonical layout for policy files (`policyc fmt`).
//!
//! It prints the syntax tree, not the model, so nothing an author wrote is lost: comments stay
//! with the statement they precede (or follow on the same line), one blank line is kept where
//! the author left one or more, strings are kept as written (only the indentation of their continuation lines changes). The only thing it adds is
//! a missing section id, derived once from the title. The layout: two spaces per level, one
//! statement per line, a body's `{` on the statement's line; a text whose languages do not fit
//! on one line puts each language on a line of its own.

use std::collections::HashSet;

use unicode_width::UnicodeWidthStr;

use crate::syntax::{Arg, Ast, Comment, Elem, Form, Stmt, Str, Text};

/// Lines wider than this (in display columns, CJK characters counting two) put each
/// language of a text on its own line.
const WIDTH: usize = 100;

/// Formats a parsed file. `source` is the text it was parsed from (for blank lines and the
/// placement of comments).
pub fn format(ast: &Ast, source: &str) -> String {
    let mut f = Formatter {
        source,
        comments: &ast.comments,
        next_comment: 0,
        out: String::new(),
        section_ids: collect_section_ids(&ast.policy),
        authoritative: authoritative(&ast.policy),
        generated: 0,
    };
    f.leading(ast.policy.span.start, 0, 0, true);
    f.stmt(&ast.policy, 0);
    f.trailing(ast.policy.span.end);
    f.out.push('\n');
    f.leading(source.len() + 1, 0, ast.policy.span.end, false);
    f.out
}

/// An id derived from a title: lower-case ASCII words joined by hyphens, at most six words.
pub fn slug(title: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            current.push(c.to_ascii_lowercase());
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    const SKIP: &[&str] = &[
        "the", "a", "an", "of", "and", "to", "your", "our", "we", "how", "do", "is", "in", "on",
        "for", "with", "s",
    ];
    let meaningful: Vec<&String> = words
        .iter()
        .filter(|w| !SKIP.contains(&w.as_str()))
        .collect();
    let chosen: Vec<&String> = if meaningful.is_empty() {
        words.iter().collect()
    } else {
        meaningful
    };
    let mut slug = chosen
        .iter()
        .take(6)
        .map(|w| w.as_str())
        .collect::<Vec<_>>()
        .join("-");
    if slug.starts_with(|c: char| c.is_ascii_digit()) {
        slug.insert_str(0, "s-");
    }
    slug
}

fn collect_section_ids(stmt: &Stmt) -> HashSet<String> {
    let mut ids = HashSet::new();
    fn walk(stmt: &Stmt, ids: &mut HashSet<String>) {
        if stmt.form == Form::Section {
            if let Some(id) = stmt.id() {
                ids.insert(id.text.clone());
            }
        }
        for child in stmt.stmts() {
            walk(child, ids);
        }
    }
    walk(stmt, &mut ids);
    ids
}

fn authoritative(policy: &Stmt) -> Option<String> {
    let find = |key: &str| {
        policy
            .stmts()
            .iter()
            .find(|s| s.form == Form::Field && s.keyword.text == key)
    };
    if let Some(id) = find("authoritative").and_then(Stmt::id) {
        return Some(id.text.clone());
    }
    find("languages").and_then(|s| {
        s.args.iter().find_map(|a| match a {
            Arg::List(l) => l.first().map(|e| match e {
                Elem::Word(w) | Elem::At(w, _) => w.text.clone(),
            }),
            _ => None,
        })
    })
}

struct Formatter<'a> {
    source: &'a str,
    comments: &'a [Comment],
    next_comment: usize,
    out: String,
    section_ids: HashSet<String>,
    authoritative: Option<String>,
    generated: usize,
}

impl Formatter<'_> {
    fn indent(&mut self, level: usize) {
        for _ in 0..level {
            self.out.push_str("  ");
        }
    }

    /// Whether the source between `from` and `to` holds a blank line.
    fn blank_between(&self, from: usize, to: usize) -> bool {
        let gap = &self.source[from.min(self.source.len())..to.min(self.source.len())];
        let mut newlines = 0;
        for c in gap.chars() {
            match c {
                '\n' => {
                    newlines += 1;
                    if newlines >= 2 {
                        return true;
                    }
                }
                c if c.is_whitespace() => {}
                _ => newlines = 0,
            }
        }
        false
    }

    /// Emits the comments that start before `upto`, each on its own line. `prev_end` is where
    /// the previous element ended, to keep blank lines; `first` suppresses a leading blank.
    /// Returns where the last emitted comment ended.
    fn leading(
        &mut self,
        upto: usize,
        level: usize,
        mut prev_end: usize,
        mut first: bool,
    ) -> usize {
        while let Some(comment) = self.comments.get(self.next_comment) {
            if comment.span.start >= upto {
                break;
            }
            if !first && self.blank_between(prev_end, comment.span.start) {
                self.out.push('\n');
            }
            self.indent(level);
            self.out.push_str(&comment.text);
            self.out.push('\n');
            prev_end = comment.span.end;
            first = false;
            self.next_comment += 1;
        }
        prev_end
    }

    /// Appends a comment that follows `end` on the same source line.
    fn trailing(&mut self, end: usize) {
        if let Some(comment) = self.comments.get(self.next_comment) {
            let gap = &self.source[end.min(comment.span.start)..comment.span.start];
            if comment.span.start >= end && !gap.contains('\n') && gap.trim().is_empty() {
                self.out.push(' ');
                self.out.push_str(&comment.text);
                self.next_comment += 1;
            }
        }
    }

    fn stmt(&mut self, stmt: &Stmt, level: usize) {
        // Comments written inside the statement's arguments move before it.
        let args_end = stmt.body.as_ref().map_or(stmt.span.end, |b| b.span.start);
        self.leading(args_end, level, stmt.span.start, true);
        let head_start = self.out.len();
        self.indent(level);
        self.out.push_str(&stmt.keyword.text);
        if stmt.form == Form::Section && stmt.id().is_none() {
            let id = self.new_section_id(stmt);
            self.out.push(' ');
            self.out.push_str(&id);
        }
        for arg in &stmt.args {
            self.arg(arg, level, head_start);
        }
        if let Some(body) = &stmt.body {
            self.out.push_str(" {");
            self.trailing(body.span.start + 1);
            self.out.push('\n');
            let mut prev_end = body.span.start + 1;
            let mut first = true;
            for child in &body.stmts {
                let before = self.out.len();
                let end = self.leading(child.span.start, level + 1, prev_end, first);
                let had_comment = self.out.len() > before;
                let blank = if had_comment {
                    self.blank_between(end, child.span.start)
                } else {
                    !first && self.blank_between(prev_end, child.span.start)
                };
                if blank {
                    self.out.push('\n');
                }
                self.stmt(child, level + 1);
                self.trailing(child.span.end);
                self.out.push('\n');
                prev_end = child.span.end;
                first = false;
            }
            self.leading(body.span.end - 1, level + 1, prev_end, first);
            self.indent(level);
            self.out.push('}');
        }
    }

    fn arg(&mut self, arg: &Arg, level: usize, line_start: usize) {
        self.out.push(' ');
        match arg {
            Arg::Id(w) | Arg::Keyword(w) | Arg::Number(w) | Arg::Date(w) | Arg::Version(w) => {
                self.out.push_str(&w.text)
            }
            Arg::Rest(rest) => self.out.push_str(rest),
            Arg::Str(s) => push_str_lit(&mut self.out, s, level + 3),
            Arg::Strs(strs) => {
                for (i, s) in strs.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    push_str_lit(&mut self.out, s, level + 3);
                }
            }
            Arg::List(elems) => {
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    match e {
                        Elem::Word(w) => self.out.push_str(&w.text),
                        Elem::At(w, _) => {
                            self.out.push('@');
                            self.out.push_str(&w.text);
                        }
                    }
                }
            }
            Arg::Duration(d) => {
                if let Some(a) = &d.amount {
                    self.out.push_str(&a.text);
                    self.out.push(' ');
                }
                self.out.push_str(&d.unit.text);
                if let Some((k, a, u)) = &d.extension {
                    self.out
                        .push_str(&format!(" {} {} {}", k.text, a.text, u.text));
                }
            }
            Arg::Text(text) => self.text(text, level, line_start),
            Arg::Ref { fact, field, .. } => {
                self.out.push('@');
                self.out.push_str(&fact.text);
                if let Some(field) = field {
                    self.out.push('.');
                    self.out.push_str(&field.text);
                }
            }
        }
    }

    fn text(&mut self, text: &Text, level: usize, line_start: usize) {
        let width = |p: &crate::syntax::TextPart| {
            p.lang.as_ref().map_or(0, |l| l.text.len() + 1)
                + p.source_hash.as_ref().map_or(0, |h| h.text.len() + 1)
                + UnicodeWidthStr::width(p.string.raw.split('\n').next().unwrap_or(""))
                + 3
        };
        let one_line: usize = text.parts.iter().map(width).sum();
        let current = UnicodeWidthStr::width(&self.out[line_start..]);
        let multiline = text.parts.iter().any(|p| p.string.raw.contains('\n'));
        let split = text.parts.len() > 1 && (multiline || current + one_line > WIDTH);
        // When even the first language does not fit after the keyword, it starts a line too.
        let first_apart =
            split && current > 32 && current + text.parts.first().map_or(0, width) > WIDTH;
        if first_apart {
            self.out.pop();
            self.out.push('\n');
            self.indent(level + 2);
        }
        for (i, part) in text.parts.iter().enumerate() {
            if i > 0 {
                if split {
                    self.out.push('\n');
                    self.indent(level + 2);
                } else {
                    self.out.push(' ');
                }
            }
            if let Some(lang) = &part.lang {
                self.out.push_str(&lang.text);
                if let Some(hash) = &part.source_hash {
                    self.out.push('@');
                    self.out.push_str(&hash.text);
                }
                self.out.push(' ');
            }
            push_str_lit(&mut self.out, &part.string, level + 3);
        }
    }

    fn new_section_id(&mut self, stmt: &Stmt) -> String {
        let title = stmt.text().and_then(|t| {
            self.authoritative
                .as_deref()
                .and_then(|lang| t.part(lang))
                .or(t.parts.first())
                .map(|p| p.string.plain())
        });
        let base = title
            .map(|t| slug(&t))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| {
                self.generated += 1;
                format!("section-{}", self.generated)
            });
        let mut id = base.clone();
        let mut n = 2;
        while self.section_ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.section_ids.insert(id.clone());
        id
    }
}

/// Writes a string literal. Its text is kept as written, except that the lines after a line
/// break inside it are re-indented to `level`: white space around a line break in a string
/// folds to one space (or none between CJK characters), so indentation there means nothing.
fn push_str_lit(out: &mut String, s: &Str, level: usize) {
    out.push('"');
    let mut lines = s.raw.split('\n');
    if let Some(first) = lines.next() {
        out.push_str(first);
    }
    for line in lines {
        while out.ends_with([' ', '\t']) {
            out.pop();
        }
        out.push('\n');
        let line = line.trim_start_matches([' ', '\t', '\r']);
        if !line.is_empty() {
            for _ in 0..level {
                out.push_str("  ");
            }
        }
        out.push_str(line);
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Your rights"), "rights");
        assert_eq!(
            slug("(7) How do we protect your information"),
            "s-7-protect-information"
        );
        assert_eq!(slug("Contact Us"), "contact-us");
        assert_eq!(slug("您的权利"), "");
    }

    #[test]
    fn formats_and_is_idempotent() {
        let src = "// head\npolicy x {   title en \"T\" zh-CN \"标题\" // trailing\n\n\n section en \"Your rights\" { p en \"a\" zh-CN \"b\" }\n}\n";
        let (ast, _) = crate::syntax::parse(src).unwrap();
        let once = format(&ast, src);
        assert_eq!(
            once,
            "// head\npolicy x {\n  title en \"T\" zh-CN \"标题\" // trailing\n\n  section rights en \"Your rights\" {\n    p en \"a\" zh-CN \"b\"\n  }\n}\n"
        );
        let (ast2, _) = crate::syntax::parse(&once).unwrap();
        assert_eq!(format(&ast2, &once), once);
    }
}
