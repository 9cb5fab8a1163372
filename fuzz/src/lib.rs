//! What the fuzz targets share: the reference policies, structure-aware edits of them
//! (derived with `arbitrary`, so that libFuzzer mutates edits rather than raw bytes and most
//! inputs still check), and the front end every target runs.

use arbitrary::Arbitrary;

/// The reference policies, the seeds every edit starts from.
pub const POLICIES: [&str; 3] = [
    include_str!("../../policies/hitgen.policy"),
    include_str!("../../policies/enterprise-china.policy"),
    include_str!("../../policies/cienet.policy"),
];

/// Text an edit inserts: fragments of the language, markup, and hostile characters.
#[derive(Arbitrary, Debug, Clone)]
pub enum Piece {
    Open,
    Close,
    Quote,
    Backslash,
    Strong,
    Link,
    Reference(String),
    Keyword(u8),
    Bidi,
    Nul,
    Html,
    Cjk,
    Newline,
    Free(String),
}

const KEYWORDS: [&str; 12] = [
    "section", "right x {", "list {", "item", "p en", "collect", "recipient", "contact",
    "controller", "numbering", "when", "except",
];

impl Piece {
    pub fn text(&self) -> String {
        match self {
            Piece::Open => "{".into(),
            Piece::Close => "}".into(),
            Piece::Quote => "\"".into(),
            Piece::Backslash => "\\".into(),
            Piece::Strong => "**".into(),
            Piece::Link => "[a](javascript:alert(1))".into(),
            Piece::Reference(id) => format!("{{@{id}}}"),
            Piece::Keyword(k) => KEYWORDS[*k as usize % KEYWORDS.len()].into(),
            Piece::Bidi => "\u{202e}".into(),
            Piece::Nul => "\u{0}".into(),
            Piece::Html => "<script>alert(1)</script>".into(),
            Piece::Cjk => "个人信息".into(),
            Piece::Newline => "\n".into(),
            Piece::Free(s) => s.clone(),
        }
    }
}

/// One edit of a policy's text. Positions are taken modulo the text's length.
#[derive(Arbitrary, Debug, Clone)]
pub enum Edit {
    Delete(u16, u8),
    Duplicate(u16, u8),
    Insert(u16, Piece),
    /// Inside the nth string literal: text that stays a string (quotes and backslashes
    /// escaped), so that the policy still checks and reaches the later stages.
    InString(u16, String),
    Swap(u16, u16, u8),
}

fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

impl Edit {
    pub fn apply(&self, text: &mut String) {
        match self {
            Edit::Delete(a, n) => {
                let a = boundary(text, *a as usize);
                let b = boundary(text, a + *n as usize).max(a);
                text.replace_range(a..b, "");
            }
            Edit::Duplicate(a, n) => {
                let a = boundary(text, *a as usize);
                let b = boundary(text, a + *n as usize).max(a);
                let piece = text[a..b].to_string();
                text.insert_str(b, &piece);
            }
            Edit::Insert(a, piece) => {
                let a = boundary(text, *a as usize);
                text.insert_str(a, &piece.text());
            }
            Edit::InString(n, s) => {
                let quotes: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
                if quotes.len() < 2 {
                    return;
                }
                let pair = (*n as usize % (quotes.len() / 2)) * 2;
                let at = quotes[pair] + 1;
                let escaped = s.replace('\\', "\\\\").replace('"', "\\\"");
                text.insert_str(at, &escaped);
            }
            Edit::Swap(a, b, n) => {
                let a = boundary(text, *a as usize);
                let a2 = boundary(text, a + *n as usize).max(a);
                let piece = text[a..a2].to_string();
                text.replace_range(a..a2, "");
                let b = boundary(text, *b as usize);
                text.insert_str(b, &piece);
            }
        }
    }
}

/// A reference policy with some edits.
#[derive(Arbitrary, Debug, Clone)]
pub struct Edited {
    pub which: u8,
    pub edits: Vec<Edit>,
}

impl Edited {
    pub fn text(&self) -> String {
        let mut text = POLICIES[self.which as usize % POLICIES.len()].to_string();
        for e in self.edits.iter().take(16) {
            e.apply(&mut text);
        }
        text
    }
}

/// Parse, check and format a text, and render its diagnostics: what `policyc check` and
/// `policyc fmt` do. Returns the model when the text checks.
pub fn front_end(text: &str) -> Option<policyc::model::Policy> {
    let checked = policyc::check::check_source(text, Some("x"));
    if let Ok((ast, _)) = policyc::syntax::parse(text) {
        let formatted = policyc::syntax::fmt::format(&ast, text);
        let again = policyc::check::check_source(&formatted, Some("x"));
        // Formatting keeps the meaning of a policy that checks (it may repair one that does
        // not: a missing section id is inserted from the title).
        if !checked.has_errors() {
            assert_eq!(again.policy, checked.policy, "formatting changed the model");
        }
    }
    let file = policyc::source::SourceFile::new("x.policy", text);
    let _ = policyc::diag::render_human(&file, &checked.diagnostics, false);
    if checked.has_errors() {
        None
    } else {
        checked.policy
    }
}

/// Only check a text: the model when it checks without errors (the later stages' targets;
/// `check` runs the whole front end).
pub fn checked(text: &str) -> Option<policyc::model::Policy> {
    let checked = policyc::check::check_source(text, Some("x"));
    if checked.has_errors() {
        None
    } else {
        checked.policy
    }
}
