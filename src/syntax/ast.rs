//! The syntax tree: every statement of a policy file as written, with byte spans. Uniform by
//! design (a keyword, typed arguments, an optional body), so the formatter prints any
//! statement the same way and the checker decides what each keyword means.

use crate::source::Span;

/// A name as written: a keyword, an identifier, a language tag, a date ...
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub span: Span,
}

/// A string literal: its raw text between the quotes and its parsed content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Str {
    /// The text between the quotes, exactly as written (escapes and line breaks included).
    pub raw: String,
    /// The span including the quotes.
    pub span: Span,
    /// The content: line breaks folded, escapes resolved, markup parsed.
    pub content: Vec<Inline>,
}

impl Str {
    /// The content as plain text, markup removed and references shown as written.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        plain_into(&self.content, &mut out);
        out
    }
}

fn plain_into(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push_str(text),
            Inline::Strong(inner) | Inline::Emph(inner) => plain_into(inner, out),
            Inline::Link { label, .. } => plain_into(label, out),
            Inline::FactRef { fact, field, .. } => {
                out.push_str("{@");
                out.push_str(&fact.text);
                if let Some(field) = field {
                    out.push('.');
                    out.push_str(&field.text);
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

/// Inline content of a string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    /// `**...**`: text the reader must notice.
    Strong(Vec<Inline>),
    /// `*...*`
    Emph(Vec<Inline>),
    /// `[label](target)`
    Link {
        label: Vec<Inline>,
        target: String,
        target_span: Span,
    },
    /// `{@fact}` or `{@fact.field}`
    FactRef {
        fact: Word,
        field: Option<Word>,
        span: Span,
    },
    /// `{#section}`
    SectionRef {
        section: Word,
        span: Span,
    },
}

/// A text: one string per language, or one untagged string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub parts: Vec<TextPart>,
    pub span: Span,
}

impl Text {
    /// The part in `lang`, when the text has one.
    pub fn part(&self, lang: &str) -> Option<&TextPart> {
        self.parts
            .iter()
            .find(|p| p.lang.as_ref().is_some_and(|l| l.text == lang))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextPart {
    pub lang: Option<Word>,
    /// `@hash` after the language tag: the hash of the authoritative text this translation
    /// was confirmed against (`policyc i18n confirm`).
    pub source_hash: Option<Word>,
    pub string: Str,
}

/// An element of a comma-separated list: a word, or an `@reference`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Elem {
    Word(Word),
    /// `@id`; the word holds the id without the `@`, the span covers both.
    At(Word, Span),
}

impl Elem {
    pub fn span(&self) -> Span {
        match self {
            Elem::Word(w) => w.span,
            Elem::At(_, span) => *span,
        }
    }
}

/// `30 days`, `1 month extendable-by 2 months`, or a named duration (`promptly`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duration {
    pub amount: Option<Word>,
    pub unit: Word,
    /// The `extendable-by` keyword, amount and unit.
    pub extension: Option<(Word, Word, Word)>,
    pub span: Span,
}

/// One argument of a statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// An identifier or a word value (`deletion`, `optional`, `zh-CN`).
    Id(Word),
    /// A fixed keyword inside a statement: `unnumbered`, `none`, `in`, `missing`.
    Keyword(Word),
    Text(Text),
    Str(Str),
    /// Strings separated by commas (`numbering "(1)", "1)"`).
    Strs(Vec<Str>),
    Number(Word),
    Date(Word),
    Version(Word),
    /// Words or `@references` separated by commas.
    List(Vec<Elem>),
    Duration(Duration),
    /// The rest of a line after an unknown keyword, kept as written.
    Rest(String),
    /// `@fact` or `@fact.field`: a table cell that shows a fact's value.
    Ref {
        fact: Word,
        field: Option<Word>,
        /// From `@` to the end of the field.
        span: Span,
    },
}

/// The grammatical form of a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Policy,
    Section,
    List,
    Item,
    Para,
    CaseList,
    Case,
    Fact,
    /// `table`, whose body holds a `head` and `row`s.
    Table,
    /// `head` or `row` of a table, whose body holds `cell`s.
    Row,
    /// `cell`: a text or an `@reference`.
    Cell,
    Field,
    /// A line starting with a word that is no keyword.
    Unknown,
}

/// One statement: a keyword, its arguments and an optional `{ ... }` body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stmt {
    pub form: Form,
    pub keyword: Word,
    pub args: Vec<Arg>,
    pub body: Option<Body>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Body {
    pub stmts: Vec<Stmt>,
    /// From `{` to `}` inclusive.
    pub span: Span,
}

/// A `//` comment, kept for the formatter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    pub text: String,
    pub span: Span,
}

/// A parsed file: its policy statement and its comments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ast {
    pub policy: Stmt,
    pub comments: Vec<Comment>,
}

impl Stmt {
    /// The first argument that is an identifier (a section's, a fact's or a case's id).
    pub fn id(&self) -> Option<&Word> {
        self.args.iter().find_map(|a| match a {
            Arg::Id(w) => Some(w),
            _ => None,
        })
    }

    pub fn text(&self) -> Option<&Text> {
        self.args.iter().find_map(|a| match a {
            Arg::Text(t) => Some(t),
            _ => None,
        })
    }

    pub fn has_keyword(&self, keyword: &str) -> Option<&Word> {
        self.args.iter().find_map(|a| match a {
            Arg::Keyword(w) if w.text == keyword => Some(w),
            _ => None,
        })
    }

    pub fn stmts(&self) -> &[Stmt] {
        self.body
            .as_ref()
            .map(|b| b.stmts.as_slice())
            .unwrap_or(&[])
    }
}
