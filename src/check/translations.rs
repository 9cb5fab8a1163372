//! Translations: which text of the authoritative language each translation was made from,
//! whether it is stale, whether the languages of a text agree on what must not differ, and
//! the source edit that `policyc i18n confirm` makes.
//!
//! A translation records the hash of the authoritative text it was confirmed against
//! (`zh-CN@3fa2c1d0 "..."`). The hash covers the text with its markup and with references as
//! written (`{@info.email}`), not their values: changing a fact does not make translations
//! stale, changing the words around it does. Only a translator's `confirm` writes hashes;
//! `fmt` keeps them as they are.

use sha2::{Digest, Sha256};

use crate::source::Span;
use crate::syntax::{Arg, Ast, Inline, Stmt, Str, Text};

/// Hex digits of a source hash.
pub const HASH_LEN: usize = 8;

/// The hash of a string's content, as a translation records it.
pub fn source_hash(string: &Str) -> String {
    let mut canonical = String::new();
    canonical_into(&string.content, &mut canonical);
    let digest = Sha256::digest(canonical.as_bytes());
    digest
        .iter()
        .take(HASH_LEN / 2)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Inline content written back in the source syntax, on one line: markup characters of the
/// text escaped, references as written. What a translation's hash covers, and what the
/// translators' files (`policyc i18n export`) show.
pub fn canonical(inlines: &[Inline]) -> String {
    let mut out = String::new();
    canonical_into(inlines, &mut out);
    out
}

fn canonical_into(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => {
                for c in t.chars() {
                    if matches!(c, '\\' | '*' | '[' | ']' | '{' | '}') {
                        out.push('\\');
                    }
                    out.push(c);
                }
            }
            Inline::Strong(i) => {
                out.push_str("**");
                canonical_into(i, out);
                out.push_str("**");
            }
            Inline::Emph(i) => {
                out.push('*');
                canonical_into(i, out);
                out.push('*');
            }
            Inline::Link { label, target, .. } => {
                out.push('[');
                canonical_into(label, out);
                out.push_str("](");
                out.push_str(target);
                out.push(')');
            }
            Inline::FactRef { fact, field, .. } => {
                out.push_str("{@");
                out.push_str(&fact.text);
                if let Some(f) = field {
                    out.push('.');
                    out.push_str(&f.text);
                }
                out.push('}');
            }
            Inline::SectionRef { section, .. } => {
                out.push_str("{#");
                out.push_str(&section.text);
                out.push('}');
            }
        }
    }
}

/// The state of one translation of one text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Confirmed against the current authoritative text.
    Current,
    /// Confirmed against an authoritative text that has changed since.
    Stale,
    /// Never confirmed (no hash).
    Unconfirmed,
}

/// One translation found in a file.
#[derive(Clone, Debug)]
pub struct Translation<'a> {
    pub lang: &'a str,
    pub state: State,
    /// The span of the language tag (with its hash): what `confirm` rewrites.
    pub tag_span: Span,
    /// The translated string and the authoritative one.
    pub string: &'a Str,
    pub source: &'a Str,
    pub current_hash: String,
}

/// Every translation in the file, in source order. `authoritative` is the policy's
/// authoritative language.
pub fn translations<'a>(ast: &'a Ast, authoritative: &str) -> Vec<Translation<'a>> {
    let mut out = Vec::new();
    walk(&ast.policy, authoritative, &mut out);
    out
}

fn walk<'a>(stmt: &'a Stmt, authoritative: &str, out: &mut Vec<Translation<'a>>) {
    for arg in &stmt.args {
        if let Arg::Text(text) = arg {
            text_translations(text, authoritative, out);
        }
    }
    for child in stmt.stmts() {
        walk(child, authoritative, out);
    }
}

fn text_translations<'a>(text: &'a Text, authoritative: &str, out: &mut Vec<Translation<'a>>) {
    let Some(source) = text.part(authoritative) else {
        return;
    };
    let current_hash = source_hash(&source.string);
    for part in &text.parts {
        let Some(lang) = &part.lang else { continue };
        if lang.text == authoritative {
            continue;
        }
        let state = match &part.source_hash {
            None => State::Unconfirmed,
            Some(h) if h.text == current_hash => State::Current,
            Some(_) => State::Stale,
        };
        let tag_span = part
            .source_hash
            .as_ref()
            .map_or(lang.span, |h| lang.span.join(h.span));
        out.push(Translation {
            lang: &lang.text,
            state,
            tag_span,
            string: &part.string,
            source: &source.string,
            current_hash: current_hash.clone(),
        });
    }
}

/// The source text with the translations that `select` accepts confirmed against the
/// current authoritative text. Returns the new text and how many translations changed.
pub fn confirm(
    source: &str,
    ast: &Ast,
    authoritative: &str,
    select: impl Fn(&Translation<'_>) -> bool,
) -> (String, usize) {
    let mut edits: Vec<(Span, String)> = translations(ast, authoritative)
        .into_iter()
        .filter(|t| t.state != State::Current && select(t))
        .map(|t| (t.tag_span, format!("{}@{}", t.lang, t.current_hash)))
        .collect();
    edits.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    let mut text = source.to_string();
    let count = edits.len();
    for (span, replacement) in edits {
        text.replace_range(span.range(), &replacement);
    }
    (text, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn str_of(text: &str) -> Str {
        let mut diags = Vec::new();
        Str {
            raw: text.to_string(),
            span: Span::default(),
            content: crate::syntax::inline::parse(text, 0, &mut diags),
        }
    }

    #[test]
    fn hash_ignores_layout_but_not_words_or_markup() {
        let a = source_hash(&str_of("We answer within {@x.respond-within}."));
        assert_eq!(a.len(), HASH_LEN);
        assert_eq!(
            a,
            source_hash(&str_of("We answer within\n     {@x.respond-within}."))
        );
        assert_ne!(
            a,
            source_hash(&str_of("We reply within {@x.respond-within}."))
        );
        assert_ne!(
            a,
            source_hash(&str_of("We **answer** within {@x.respond-within}."))
        );
    }
}
