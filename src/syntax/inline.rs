//! The content of a string: line folding, escapes and inline markup (`**strong**`, `*emphasis*`,
//! `[label](url)`, `{@fact.field}`, `{#section}`), read from the raw text so that every
//! diagnostic points at the exact character.

use super::ast::{Inline, Word};
use crate::diag::{is_bidi_control, Code, Diagnostic};
use crate::source::Span;

/// Parses the raw text of a string that starts at byte `base` of the file (the first byte
/// after the opening quote).
pub fn parse(raw: &str, base: usize, diags: &mut Vec<Diagnostic>) -> Vec<Inline> {
    let mut parser = Parser {
        raw,
        base,
        pos: 0,
        diags,
        reported: 0,
        dropped: 0,
        dropped_code: Code::UnclosedMarkup,
        open: Vec::new(),
    };
    let (inlines, _) = parser.sequence(None);
    if parser.dropped > 0 {
        let span = Span::new(base, base + raw.len());
        parser.diags.push(
            Diagnostic::new(
                parser.dropped_code,
                format!(
                    "{} more problems in this text are not listed",
                    parser.dropped
                ),
                span,
            )
            .with_note(format!(
                "policyc lists the first {MAX_PER_TEXT} problems of a text; fix them and check again"
            )),
        );
    }
    inlines
}

/// How many problems of one text are reported; the rest are counted in one last diagnostic,
/// so that a string of two million `[` costs neither minutes nor gigabytes.
const MAX_PER_TEXT: usize = 100;

/// Whether a character is CJK (Han, kana, Hangul, their punctuation and full-width forms). A
/// line break between two of them folds to nothing, except between two Hangul ([`is_hangul`]).
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}' | '\u{2E80}'..='\u{2FDF}' | '\u{3000}'..='\u{303F}'
        | '\u{3040}'..='\u{30FF}' | '\u{3100}'..='\u{31FF}' | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{2FFFF}')
}

/// Whether a character is Hangul (jamo and their extensions, compatibility and half-width
/// jamo, syllables): Korean, which separates its words with spaces.
pub fn is_hangul(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{A960}'..='\u{A97F}'
        | '\u{AC00}'..='\u{D7AF}' | '\u{D7B0}'..='\u{D7FF}' | '\u{FFA0}'..='\u{FFDC}')
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Close {
    Strong,
    Emph,
    Bracket,
}

impl Close {
    /// The opening delimiter, for "never closed" messages.
    fn opener(self) -> &'static str {
        match self {
            Close::Strong => "`**`",
            Close::Emph => "`*`",
            Close::Bracket => "`[`",
        }
    }
}

struct Parser<'a, 'd> {
    raw: &'a str,
    base: usize,
    pos: usize,
    diags: &'d mut Vec<Diagnostic>,
    /// The problems of this text reported, and those past [`MAX_PER_TEXT`] only counted.
    reported: usize,
    dropped: usize,
    /// The code of the first problem only counted, for the diagnostic that counts them.
    dropped_code: Code,
    /// The constructs open around the current position. None may open inside itself, which
    /// also bounds the nesting (and the recursion) to three levels.
    open: Vec<Close>,
}

/// Ends the text run being read, if any, as one text inline.
fn flush(text: &mut String, out: &mut Vec<Inline>) {
    if !text.is_empty() {
        out.push(Inline::Text(std::mem::take(text)));
    }
}

impl Parser<'_, '_> {
    /// Reports a problem, up to [`MAX_PER_TEXT`] of them; past that, counts it.
    fn report(&mut self, diag: Diagnostic) {
        if self.reported < MAX_PER_TEXT {
            self.reported += 1;
            self.diags.push(diag);
        } else {
            if self.dropped == 0 {
                self.dropped_code = diag.code;
            }
            self.dropped += 1;
        }
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    fn peek(&self) -> Option<char> {
        self.raw[self.pos..].chars().next()
    }

    fn rest(&self) -> &str {
        &self.raw[self.pos..]
    }

    /// Reads inlines until `close` (consumed) or the end. Returns whether `close` was found.
    fn sequence(&mut self, close: Option<Close>) -> (Vec<Inline>, bool) {
        let mut out: Vec<Inline> = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            let start = self.pos;
            match c {
                '*' => {
                    let (what, marker) = if self.rest().starts_with("**") {
                        (Close::Strong, "**")
                    } else {
                        (Close::Emph, "*")
                    };
                    if self.emphasis(what, marker, close, &mut text, &mut out) {
                        return (out, true);
                    }
                }
                ']' if close == Some(Close::Bracket) => {
                    self.pos += 1;
                    flush(&mut text, &mut out);
                    return (out, true);
                }
                ']' => {
                    self.unmatched(
                        Code::UnclosedMarkup,
                        "`]` without a matching `[`",
                        "write `\\]` for a literal bracket",
                    );
                    text.push(']');
                }
                '[' => {
                    flush(&mut text, &mut out);
                    self.link(start, &mut out);
                }
                '{' => {
                    flush(&mut text, &mut out);
                    if let Some(reference) = self.reference() {
                        out.push(reference);
                    }
                }
                '}' => {
                    self.unmatched(
                        Code::BadReference,
                        "`}` without a matching `{`",
                        "write `\\}` for a literal brace",
                    );
                    text.push('}');
                }
                '\\' => self.escape(&mut text),
                '\n' | '\r' | ' ' | '\t' if self.at_line_break() => {
                    self.fold(&mut text, &out);
                }
                '\t' => {
                    self.pos += 1;
                    text.push(' ');
                }
                c => self.character(c, &mut text),
            }
        }
        flush(&mut text, &mut out);
        (out, false)
    }

    /// `**` or `*` at the current position: closes the sequence (true) when it is the
    /// sequence's `close`, else opens a nested strong or emphasised span; inside one of the
    /// same kind it is reported and kept as text.
    fn emphasis(
        &mut self,
        what: Close,
        marker: &str,
        close: Option<Close>,
        text: &mut String,
        out: &mut Vec<Inline>,
    ) -> bool {
        let start = self.pos;
        self.pos += marker.len();
        if close == Some(what) {
            flush(text, out);
            return true;
        }
        if self.open.contains(&what) {
            self.nested(what, start, marker.len());
            text.push_str(marker);
            return false;
        }
        flush(text, out);
        let (inner, closed) = self.nest(what);
        if !closed {
            self.unclosed(what, start, marker.len());
        }
        out.push(match what {
            Close::Strong => Inline::Strong(inner),
            _ => Inline::Emph(inner),
        });
        false
    }

    /// `[label](target)` from the `[` at `start`.
    fn link(&mut self, start: usize, out: &mut Vec<Inline>) {
        self.pos += 1;
        if self.open.contains(&Close::Bracket) {
            self.nested(Close::Bracket, start, 1);
            return;
        }
        let (label, closed) = self.nest(Close::Bracket);
        if !closed {
            self.unclosed(Close::Bracket, start, 1);
            out.extend(label);
            return;
        }
        if let Some(link) = self.link_target(start, label) {
            out.push(link);
        }
    }

    /// A closing `]` or `}` that nothing opened: reported, then kept as text by the caller.
    fn unmatched(&mut self, code: Code, message: &str, help: &str) {
        let start = self.pos;
        self.pos += 1;
        self.report(Diagnostic::new(code, message, self.span(start, start + 1)).with_help(help));
    }

    /// A backslash escape.
    fn escape(&mut self, text: &mut String) {
        let start = self.pos;
        self.pos += 1;
        match self.peek() {
            Some(e @ ('"' | '\\' | '*' | '[' | ']' | '{' | '}')) => {
                self.pos += e.len_utf8();
                text.push(e);
            }
            Some(other) => {
                self.pos += other.len_utf8();
                self.report(
                    Diagnostic::new(
                        Code::BadEscape,
                        format!("unknown escape `\\{}`", other.escape_debug()),
                        self.span(start, self.pos),
                    )
                    .with_help(
                        "the escapes are \\\" \\\\ \\* \\[ \\] \\{ \\}; write \\\\ for a backslash",
                    ),
                );
                text.push(other);
            }
            None => {}
        }
    }

    /// Any other character: a control character is reported and dropped, a bidirectional
    /// control reported and kept, anything else kept.
    fn character(&mut self, c: char, text: &mut String) {
        let start = self.pos;
        if c.is_control() {
            self.pos += c.len_utf8();
            self.report(
                Diagnostic::new(
                    Code::ControlCharacter,
                    format!("control character U+{:04X} in a string", c as u32),
                    self.span(start, self.pos),
                )
                .with_help("remove it; control characters are invisible and can disguise text"),
            );
            return;
        }
        if is_bidi_control(c) {
            self.report(crate::diag::bidi_warning(
                c,
                self.span(start, start + c.len_utf8()),
            ));
        }
        self.pos += c.len_utf8();
        text.push(c);
    }

    fn nest(&mut self, what: Close) -> (Vec<Inline>, bool) {
        self.open.push(what);
        let result = self.sequence(Some(what));
        self.open.pop();
        result
    }

    fn nested(&mut self, what: Close, start: usize, len: usize) {
        let (message, help) = match what {
            Close::Strong => (
                "`**` opens strong emphasis inside strong emphasis",
                "close the first `**` before opening another; write `\\*\\*` for literal asterisks",
            ),
            Close::Emph => (
                "`*` opens emphasis inside emphasis",
                "close the first `*` before opening another; write `\\*` for a literal asterisk",
            ),
            Close::Bracket => (
                "a link cannot contain another link",
                "write `\\[` for a literal bracket",
            ),
        };
        self.report(
            Diagnostic::new(Code::UnclosedMarkup, message, self.span(start, start + len))
                .with_help(help),
        );
    }

    /// Whether the whitespace at `pos` contains a line break before the next non-space.
    fn at_line_break(&self) -> bool {
        self.rest()
            .chars()
            .take_while(|c| c.is_whitespace())
            .any(|c| c == '\n' || c == '\r')
    }

    /// Folds a line break and the white space around it into one space, or into nothing
    /// between two CJK characters.
    fn fold(&mut self, text: &mut String, out: &[Inline]) {
        while text.ends_with([' ', '\t']) {
            text.pop();
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        // A reference takes the script of the text on the other side of the break: between a
        // Chinese word and `{@x}` a line break reads as nothing, as between two Chinese words.
        let before = if text.is_empty() {
            last_char(out)
        } else {
            text.chars().last().map(BreakSide::Char)
        };
        let after = match self.peek() {
            Some('{') => Some(BreakSide::Reference),
            Some(c) => Some(BreakSide::Char(c)),
            None => None,
        };
        // Korean separates its words with spaces: a break between two Hangul syllables is one.
        let cjk =
            |side: BreakSide| matches!(side, BreakSide::Char(c) if is_cjk(c) && !is_hangul(c));
        match (before, after) {
            (None, _) | (_, None) => {}
            (Some(b), Some(a)) if cjk(b) && cjk(a) => {}
            (Some(b), Some(BreakSide::Reference)) if cjk(b) => {}
            (Some(BreakSide::Reference), Some(a)) if cjk(a) => {}
            _ => text.push(' '),
        }
    }

    fn unclosed(&mut self, what: Close, start: usize, len: usize) {
        self.report(
            Diagnostic::new(
                Code::UnclosedMarkup,
                format!("{} is never closed", what.opener()),
                self.span(start, start + len),
            )
            .with_label("opened here")
            .with_help(match what {
                Close::Strong => "close it with `**`, or write `\\*\\*` for literal asterisks",
                Close::Emph => "close it with `*`, or write `\\*` for a literal asterisk",
                Close::Bracket => {
                    "a link is written [label](https://...); write `\\[` for a literal bracket"
                }
            }),
        );
    }

    /// After `[label]`: `(target)`.
    fn link_target(&mut self, start: usize, label: Vec<Inline>) -> Option<Inline> {
        if !self.rest().starts_with('(') {
            self.report(
                Diagnostic::new(
                    Code::UnclosedMarkup,
                    "`[...]` is not followed by a link target `(...)`",
                    self.span(start, self.pos),
                )
                .with_help("a link is written [label](https://...); write `\\[` and `\\]` for literal brackets"),
            );
            return None;
        }
        let target_start = self.pos + 1;
        let Some(len) = self.rest().find(')') else {
            self.report(Diagnostic::new(
                Code::UnclosedMarkup,
                "the link target is never closed with `)`",
                self.span(self.pos, self.pos + 1),
            ));
            self.pos = self.raw.len();
            return None;
        };
        let target = self.raw[target_start..self.pos + len].trim().to_string();
        let target_span = self.span(target_start, self.pos + len);
        self.pos += len + 1;
        let scheme_ok = ["https://", "http://", "mailto:"]
            .iter()
            .any(|s| target.len() > s.len() && target[..s.len()].eq_ignore_ascii_case(s));
        if !scheme_ok || target.chars().any(|c| c.is_whitespace() || c.is_control()) {
            self.report(
                Diagnostic::new(
                    Code::UnsafeLink,
                    format!("link target `{target}` is not an https:, http: or mailto: address"),
                    target_span,
                )
                .with_help(
                    "links may only point to https:, http: or mailto: addresses, without spaces",
                ),
            );
            return None;
        }
        Some(Inline::Link {
            label,
            target,
            target_span,
        })
    }

    /// `{@fact}`, `{@fact.field}` or `{#section}`.
    fn reference(&mut self) -> Option<Inline> {
        let start = self.pos;
        let Some(len) = self
            .rest()
            .find(['}', '\n', '"'])
            .filter(|&i| self.rest()[i..].starts_with('}'))
        else {
            self.pos += 1;
            self.report(
                Diagnostic::new(
                    Code::BadReference,
                    "`{` starts a reference that is never closed with `}`",
                    self.span(start, start + 1),
                )
                .with_help("references are written {@fact.field} or {#section}; write `\\{` for a literal brace"),
            );
            return None;
        };
        let inner = &self.raw[start + 1..start + len];
        self.pos = start + len + 1;
        let span = self.span(start, self.pos);
        let word = |text: &str, offset: usize| Word {
            text: text.to_string(),
            span: Span::new(self.base + offset, self.base + offset + text.len()),
        };
        let valid = |s: &str| {
            !s.is_empty()
                && s.starts_with(|c: char| c.is_ascii_alphabetic())
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        };
        if let Some(name) = inner.strip_prefix('#') {
            if valid(name) {
                return Some(Inline::SectionRef {
                    section: word(name, start + 2),
                    span,
                });
            }
        } else if let Some(path) = inner.strip_prefix('@') {
            let (fact, field) = match path.split_once('.') {
                Some((f, g)) => (f, Some(g)),
                None => (path, None),
            };
            if valid(fact) && field.is_none_or(valid) {
                return Some(Inline::FactRef {
                    fact: word(fact, start + 2),
                    field: field.map(|g| word(g, start + 3 + fact.len())),
                    span,
                });
            }
        }
        self.report(
            Diagnostic::new(
                Code::BadReference,
                format!("`{{{inner}}}` is not a reference"),
                span,
            )
            .with_help("references are written {@fact}, {@fact.field} or {#section}; write `\\{` for a literal brace"),
        );
        None
    }
}

/// What stands on one side of a line break inside a string (not the diff's side, a version).
#[derive(Clone, Copy)]
enum BreakSide {
    Char(char),
    /// A `{@fact}` or `{#section}` reference, whose rendered script is unknown here.
    Reference,
}

fn last_char(inlines: &[Inline]) -> Option<BreakSide> {
    match inlines.last()? {
        Inline::Text(t) => t.chars().last().map(BreakSide::Char),
        Inline::Strong(i) | Inline::Emph(i) => last_char(i),
        Inline::Link { label, .. } => last_char(label),
        Inline::FactRef { .. } | Inline::SectionRef { .. } => Some(BreakSide::Reference),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(raw: &str) -> Vec<Inline> {
        let mut diags = Vec::new();
        let out = parse(raw, 0, &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        out
    }

    #[test]
    fn folds_line_breaks() {
        assert_eq!(parse_ok("a\n   b"), vec![Inline::Text("a b".into())]);
        assert_eq!(
            parse_ok("中文\n   句子"),
            vec![Inline::Text("中文句子".into())]
        );
        assert_eq!(
            parse_ok("中文 \n English"),
            vec![Inline::Text("中文 English".into())]
        );
        // next to a reference, the other side decides
        assert_eq!(parse_ok("权利、\n{@x}")[0], Inline::Text("权利、".into()));
        assert_eq!(parse_ok("{@x}\n权利")[1], Inline::Text("权利".into()));
        assert_eq!(parse_ok("mail\n{@x}")[0], Inline::Text("mail ".into()));
        // Korean words are separated by spaces, Japanese ones are not
        assert_eq!(
            parse_ok("이 처리방침은\n  당사가"),
            vec![Inline::Text("이 처리방침은 당사가".into())]
        );
        assert_eq!(
            parse_ok("本ポリシーは\n  当社が"),
            vec![Inline::Text("本ポリシーは当社が".into())]
        );
    }

    #[test]
    fn markup_and_escapes() {
        let out = parse_ok(r#"a **b** *c* \* [d](https://x.y) {@info.email} {#rights}"#);
        assert_eq!(out.len(), 10, "{out:?}");
        assert!(matches!(&out[1], Inline::Strong(_)));
        assert!(matches!(&out[3], Inline::Emph(_)));
        assert!(matches!(&out[5], Inline::Link { target, .. } if target == "https://x.y"));
    }

    #[test]
    fn reference_spans_point_at_names() {
        let out = parse_ok("see {@info.email}");
        let Inline::FactRef { fact, field, .. } = &out[1] else {
            panic!()
        };
        assert_eq!((fact.span.start, fact.span.end), (6, 10));
        assert_eq!(field.as_ref().unwrap().span.start, 11);
    }

    #[test]
    fn rejects_unsafe_links_and_unclosed_markup() {
        let mut diags = Vec::new();
        parse("[x](javascript:alert(1)) **open", 0, &mut diags);
        let codes: Vec<_> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, vec![Code::UnsafeLink, Code::UnclosedMarkup]);
    }
}
