//! Prose diffs: a word-level diff of one text in one language (Chinese, Japanese and Korean
//! text by character), and the tests that decide whether a change is only typographic.
//!
//! A text is compared as the author wrote it: inline markup is kept as visible tokens
//! (`**`, `[label](https://...)`, `{@info.email}`, `{#contact-us}`), so that a changed
//! reference or a new emphasis shows in the diff like a changed word.

use serde::{Deserialize, Serialize};

use crate::model::Inline;

/// What a segment of a prose diff does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Op {
    /// Text both versions share.
    Equal,
    /// Text only the old version has.
    Delete,
    /// Text only the new version has.
    Insert,
}

/// One run of text of a prose diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Whether the text is kept, removed or added.
    pub op: Op,
    /// The text, markup written as in the source.
    pub text: String,
}

/// The diff of one text in one language: equal, deleted and inserted runs in reading order.
/// The old text is the equal and deleted runs joined; the new text, the equal and inserted ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProseDiff {
    /// The BCP 47 tag of the language.
    pub lang: String,
    /// The runs of text.
    pub segments: Vec<Segment>,
}

impl ProseDiff {
    /// Each run with the byte offsets where it stands in the old and in the new text (an
    /// inserted run is not in the old text, a deleted one not in the new: its offset there is
    /// where it would be).
    pub fn placed(&self) -> impl Iterator<Item = (&Segment, usize, usize)> {
        let (mut old, mut new) = (0, 0);
        self.segments.iter().map(move |s| {
            let at = (s, old, new);
            if s.op != Op::Insert {
                old += s.text.len();
            }
            if s.op != Op::Delete {
                new += s.text.len();
            }
            at
        })
    }

    /// The old text (the equal and deleted runs) and the new text (the equal and inserted).
    pub fn texts(&self) -> (String, String) {
        let (mut old, mut new) = (String::new(), String::new());
        for s in &self.segments {
            if s.op != Op::Insert {
                old.push_str(&s.text);
            }
            if s.op != Op::Delete {
                new.push_str(&s.text);
            }
        }
        (old, new)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Class {
    Word,
    Space,
    Punct,
    /// A character of a script written without spaces between words (Han, kana, Hangul):
    /// each is a token of its own.
    Ideograph,
    /// Inline markup: emphasis delimiters, link targets, references.
    Markup,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Token {
    class: Class,
    text: String,
}

/// The text of inline content as written in the source, markup included.
pub(crate) fn flatten(inlines: &[Inline]) -> String {
    tokens(inlines).into_iter().map(|t| t.text).collect()
}

fn tokens(inlines: &[Inline]) -> Vec<Token> {
    let mut out = Vec::new();
    push_inlines(inlines, &mut out);
    out
}

fn markup(text: String) -> Token {
    Token {
        class: Class::Markup,
        text,
    }
}

fn push_inlines(inlines: &[Inline], out: &mut Vec<Token>) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => push_text(text, out),
            Inline::Strong { content } => {
                out.push(markup("**".into()));
                push_inlines(content, out);
                out.push(markup("**".into()));
            }
            Inline::Emph { content } => {
                out.push(markup("*".into()));
                push_inlines(content, out);
                out.push(markup("*".into()));
            }
            Inline::Link { href, content } => {
                out.push(markup("[".into()));
                push_inlines(content, out);
                out.push(markup(format!("]({href})")));
            }
            Inline::Ref { fact, field } => out.push(markup(match field {
                Some(field) => format!("{{@{fact}.{field}}}"),
                None => format!("{{@{fact}}}"),
            })),
            Inline::SectionRef { section } => out.push(markup(format!("{{#{section}}}"))),
        }
    }
}

/// Characters of scripts written without spaces between words.
pub(crate) fn is_ideograph(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x2FA1F) // CJK Extensions B-F, Compatibility Supplement
}

fn class_of(c: char) -> Class {
    if is_ideograph(c) {
        Class::Ideograph
    } else if c.is_whitespace() {
        Class::Space
    } else if c.is_alphanumeric() {
        Class::Word
    } else {
        Class::Punct
    }
}

/// Splits text into words (runs of letters and digits), runs of whitespace, single
/// punctuation characters and single ideographs.
fn push_text(text: &str, out: &mut Vec<Token>) {
    let mut current: Option<Token> = None;
    for c in text.chars() {
        let class = class_of(c);
        let joins = matches!(class, Class::Word | Class::Space);
        match current.as_mut() {
            Some(t) if joins && t.class == class => t.text.push(c),
            _ => {
                out.extend(current.take());
                current = Some(Token {
                    class,
                    text: c.to_string(),
                });
            }
        }
    }
    out.extend(current);
}

/// The word-level diff of two texts in one language.
pub(crate) fn diff_text(lang: &str, old: &[Inline], new: &[Inline]) -> ProseDiff {
    let (old, new) = (tokens(old), tokens(new));
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &old, &new);
    let mut runs: Vec<(Op, Vec<&Token>)> = Vec::new();
    fn push<'a>(runs: &mut Vec<(Op, Vec<&'a Token>)>, tag: Op, tokens: &'a [Token]) {
        if tokens.is_empty() {
            return;
        }
        match runs.last_mut() {
            Some((last, run)) if *last == tag => run.extend(tokens),
            _ => runs.push((tag, tokens.iter().collect())),
        }
    }
    for op in &ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        match tag {
            similar::DiffTag::Equal => push(&mut runs, Op::Equal, &old[old_range]),
            similar::DiffTag::Delete => push(&mut runs, Op::Delete, &old[old_range]),
            similar::DiffTag::Insert => push(&mut runs, Op::Insert, &new[new_range]),
            similar::DiffTag::Replace => {
                push(&mut runs, Op::Delete, &old[old_range]);
                push(&mut runs, Op::Insert, &new[new_range]);
            }
        }
    }
    ProseDiff {
        lang: lang.to_string(),
        segments: readable(runs),
    }
}

/// A diff that shows a whole text as added or removed.
pub(crate) fn whole_text(lang: &str, inlines: &[Inline], op: Op) -> ProseDiff {
    ProseDiff {
        lang: lang.to_string(),
        segments: vec![Segment {
            op,
            text: flatten(inlines),
        }],
    }
}

/// Makes a token diff readable: a short equal run between two changes (a space, one
/// character) joins the change around it, and each stretch of changes becomes one deleted
/// run followed by one inserted run, as `git diff --word-diff` shows them.
fn readable(runs: Vec<(Op, Vec<&Token>)>) -> Vec<Segment> {
    let count = runs.len();
    let mut out: Vec<Segment> = Vec::new();
    let mut pending_delete = String::new();
    let mut pending_insert = String::new();
    let flush = |out: &mut Vec<Segment>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            out.push(Segment {
                op: Op::Delete,
                text: std::mem::take(del),
            });
        }
        if !ins.is_empty() {
            out.push(Segment {
                op: Op::Insert,
                text: std::mem::take(ins),
            });
        }
    };
    for (i, (op, tokens)) in runs.iter().enumerate() {
        let text: String = tokens.iter().map(|t| t.text.as_str()).collect();
        match op {
            Op::Equal => {
                let between_changes = i > 0 && i + 1 < count;
                let visible = tokens
                    .iter()
                    .filter(|t| t.class != Class::Space)
                    .map(|t| t.text.chars().count())
                    .sum::<usize>();
                if between_changes && visible <= 1 && tokens.len() <= 2 {
                    pending_delete.push_str(&text);
                    pending_insert.push_str(&text);
                } else {
                    flush(&mut out, &mut pending_delete, &mut pending_insert);
                    out.push(Segment {
                        op: Op::Equal,
                        text,
                    });
                }
            }
            Op::Delete => pending_delete.push_str(&text),
            Op::Insert => pending_insert.push_str(&text),
        }
    }
    flush(&mut out, &mut pending_delete, &mut pending_insert);
    out
}

/// Words the typo test never treats as a typo fix: changing one of them changes the sense.
const NEGATIONS: &[&str] = &[
    "no", "not", "nor", "never", "none", "nothing", "without", "cannot", "neither", "unless",
];

/// Whether the change from `old` to `new` is clearly typographic: the texts differ only in
/// whitespace, punctuation or letter case, or by a typo fixed within one word
/// ([`is_typo_fix`]; never a number or a negation).
/// Markup (emphasis, links, references) counts as content: adding emphasis is not a typo.
pub(crate) fn is_typographic(old: &[Inline], new: &[Inline]) -> bool {
    let (old, new) = (content_words(old), content_words(new));
    if old.concat() == new.concat() {
        return true;
    }
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (a, b) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    match (a, b) {
        ([a], [b]) => is_typo_fix(a, b),
        _ => false,
    }
}

/// A typo fixed within a word: at most two letters changed in a word of four letters or more
/// ("recieve", "Privcy", "tehre"), or two neighbours swapped in a shorter one ("teh", "adn").
fn is_typo_fix(a: &str, b: &str) -> bool {
    let word = |w: &str| w.chars().all(char::is_alphabetic) && !w.chars().any(is_ideograph);
    if !word(a) || !word(b) || NEGATIONS.contains(&a) || NEGATIONS.contains(&b) {
        return false;
    }
    let short = a.chars().count().min(b.chars().count()) < 4;
    if short {
        let (mut x, mut y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        x.sort_unstable();
        y.sort_unstable();
        a.chars().count() >= 2 && x == y && strsim::osa_distance(a, b) == 1
    } else {
        strsim::levenshtein(a, b) <= 2
    }
}

/// The content of a text with whitespace and punctuation left out and letters in lower case.
/// Markup tokens are wrapped in U+0001 so that they never run together with a word.
fn content_words(inlines: &[Inline]) -> Vec<String> {
    tokens(inlines)
        .into_iter()
        .filter_map(|t| match t.class {
            Class::Word => Some(t.text.to_lowercase()),
            Class::Ideograph => Some(t.text),
            Class::Markup => Some(format!("\u{1}{}\u{1}", t.text)),
            Class::Space | Class::Punct => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Vec<Inline> {
        vec![Inline::Text { text: s.into() }]
    }

    fn show(d: &ProseDiff) -> String {
        d.segments
            .iter()
            .map(|s| match s.op {
                Op::Equal => s.text.clone(),
                Op::Delete => format!("[-{}-]", s.text),
                Op::Insert => format!("{{+{}+}}", s.text),
            })
            .collect()
    }

    #[test]
    fn word_diff() {
        let d = diff_text("en", &t("We keep your data."), &t("We delete your data."));
        assert_eq!(show(&d), "We [-keep-]{+delete+} your data.");
        let d = diff_text(
            "en",
            &t("the quick brown fox"),
            &t("the slow red fox jumps"),
        );
        assert_eq!(show(&d), "the [-quick brown-]{+slow red+} fox{+ jumps+}");
    }

    #[test]
    fn chinese_is_diffed_by_character() {
        let d = diff_text(
            "zh-CN",
            &t("我们保护您的个人信息"),
            &t("我们保存您的个人信息"),
        );
        assert_eq!(show(&d), "我们保[-护-]{+存+}您的个人信息");
    }

    #[test]
    fn markup_is_a_token() {
        let old = vec![
            Inline::Text {
                text: "Write to ".into(),
            },
            Inline::Ref {
                fact: "info".into(),
                field: Some("email".into()),
            },
        ];
        let new = vec![
            Inline::Text {
                text: "Write to ".into(),
            },
            Inline::Ref {
                fact: "privacy".into(),
                field: Some("email".into()),
            },
        ];
        let d = diff_text("en", &old, &new);
        assert_eq!(show(&d), "Write to [-{@info.email}-]{+{@privacy.email}+}");
        assert!(!is_typographic(&old, &new));
    }

    #[test]
    fn typographic_changes() {
        let yes = [
            ("We keep  your data.", "We keep your data"),
            ("we keep your data", "We Keep Your Data!"),
            ("committedto protecting", "committed to protecting"),
            ("the right of deleton", "the right of deletion"),
            ("we recieve requests", "we receive requests"),
            ("tehre is a form", "there is a form"),
            ("Our Privcy Policy", "Our Privacy Policy"),
            ("teh right", "the right"),
            ("我们保护您的信息。", "我们保护您的信息；"),
        ];
        for (a, b) in yes {
            assert!(is_typographic(&t(a), &t(b)), "{a} / {b}");
        }
        let no = [
            ("We keep your data", "We sell your data"),
            ("within 30 days", "within 60 days"),
            ("we will not share", "we will now share"),
            ("We can share", "We can't share"),
            ("keep it", "keep it all"),
            ("share it", "share all"),
            ("any data", "and data"),
            ("我们保护您的信息", "我们保存您的信息"),
        ];
        for (a, b) in no {
            assert!(!is_typographic(&t(a), &t(b)), "{a} / {b}");
        }
        let plain = t("legal consequences");
        let strong = vec![Inline::Strong {
            content: t("legal consequences"),
        }];
        assert!(!is_typographic(&plain, &strong), "emphasis is content");
    }
}
