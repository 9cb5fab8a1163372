//! Diagnostics: every error and warning policyc reports, their codes and wording, and the
//! two ways they are shown (ariadne reports for people, JSON for CI). ariadne is used here
//! only.

use std::fmt::Write as _;
use std::io::Write as _;

use ariadne::{Config, IndexType, Label, Report, ReportKind, Source};
use serde::Serialize;

use crate::source::{LoadError, SourceFile, Span, MAX_FILE_SIZE};

/// How bad a diagnostic is (its level; a diff change has a `diff::Severity`). Errors make
/// `check` fail; warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Warning,
    Error,
}

macro_rules! codes {
    ($($variant:ident = $name:literal, $level:ident;)*) => {
        /// Every kind of diagnostic. The name is stable: CI scripts and `--format json` use it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $($variant,)* }

        impl Code {
            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }
            pub fn severity(self) -> Level {
                match self { $(Code::$variant => Level::$level,)* }
            }
            /// Every code, for documentation and tests.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];
        }
    };
}

codes! {
    // reading the file
    FileTooLarge = "file-too-large", Error;
    InvalidUtf8 = "invalid-utf8", Error;
    EmptyFile = "empty-file", Error;
    ControlCharacter = "control-character", Error;
    BidiControl = "bidi-control", Warning;
    TooDeep = "too-deep", Error;
    // syntax
    Syntax = "syntax", Error;
    BadEscape = "bad-escape", Error;
    UnclosedMarkup = "unclosed-markup", Error;
    BadReference = "bad-reference", Error;
    UnsafeLink = "unsafe-link", Error;
    // structure
    UnknownStatement = "unknown-statement", Error;
    Misplaced = "misplaced", Error;
    DuplicateField = "duplicate-field", Error;
    MissingField = "missing-field", Error;
    EmptyBlock = "empty-block", Error;
    TableShape = "table-shape", Error;
    // identifiers and references
    BadIdentifier = "bad-identifier", Error;
    MissingId = "missing-id", Error;
    DuplicateId = "duplicate-id", Error;
    UnknownTerm = "unknown-term", Error;
    WrongTermKind = "wrong-term-kind", Error;
    UnknownReference = "unknown-reference", Error;
    UnknownField = "unknown-field", Error;
    ReferenceCycle = "reference-cycle", Error;
    FileNameMismatch = "file-name-mismatch", Warning;
    // languages
    BadLanguageTag = "bad-language-tag", Error;
    UnsupportedLanguage = "unsupported-language", Error;
    UndeclaredLanguage = "undeclared-language", Error;
    MissingTranslation = "missing-translation", Error;
    DuplicateTranslation = "duplicate-translation", Error;
    UntaggedText = "untagged-text", Error;
    EmptyText = "empty-text", Error;
    StaleTranslation = "stale-translation", Warning;
    InconsistentTranslation = "inconsistent-translation", Warning;
    // values
    BadDate = "bad-date", Error;
    DateOrder = "date-order", Error;
    BadVersion = "bad-version", Error;
    BadEmail = "bad-email", Error;
    BadUrl = "bad-url", Error;
    BadDuration = "bad-duration", Error;
    BadMarker = "bad-marker", Error;
    BadValue = "bad-value", Error;
    ConfusableHost = "confusable-host", Warning;
    UnknownCountry = "unknown-country", Error;
    UnknownDpvConcept = "unknown-dpv-concept", Warning;
    // facts
    NoChannel = "no-channel", Error;
    NoConditions = "no-conditions", Warning;
    MissingValue = "missing-value", Warning;
    RepeatedValue = "repeated-value", Warning;
    // prose that names what a fact should declare
    UndeclaredContact = "undeclared-contact", Warning;
    UndeclaredOrganisation = "undeclared-organisation", Warning;
    UndeclaredData = "undeclared-data", Warning;
    UndeclaredRight = "undeclared-right", Warning;
    UnreachableContact = "unreachable-contact", Error;
    // review decisions (the sidecar `<stem>.decisions.toml`)
    DanglingDecision = "dangling-decision", Warning;
    // the policy's own changelog
    MissingChangelogEntry = "missing-changelog-entry", Warning;
}

/// One error or warning, with a primary span in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Level,
    pub code: Code,
    pub message: String,
    pub span: Span,
    /// What the primary span shows; the message when absent.
    pub label: Option<String>,
    /// Further places that explain the problem (the first declaration of a duplicate ...).
    pub secondary: Vec<(Span, String)>,
    pub help: Option<String>,
    pub note: Option<String>,
}

impl Diagnostic {
    pub fn new(code: Code, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity: code.severity(),
            code,
            message: message.into(),
            span,
            label: None,
            secondary: Vec::new(),
            help: None,
            note: None,
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    pub fn with_secondary(mut self, span: Span, label: impl Into<String>) -> Diagnostic {
        self.secondary.push((span, label.into()));
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.note = Some(note.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Level::Error
    }
}

/// A file that could not be loaded as a policy: the file (as far as it was read) and the
/// diagnostic that says why; or, for an error of the operating system, which has no place in
/// a file, its message.
pub fn load_error(error: LoadError) -> Result<(SourceFile, Diagnostic), String> {
    match error {
        LoadError::Io(message) => Err(message),
        LoadError::TooLarge(file, size) => {
            let diag = Diagnostic::new(
                Code::FileTooLarge,
                format!(
                    "the file is {size} bytes; policyc reads policies of at most {MAX_FILE_SIZE} bytes"
                ),
                Span::at(0),
            );
            Ok((file, diag))
        }
        LoadError::InvalidUtf8 { file, offset, byte } => {
            let diag = Diagnostic::new(
                Code::InvalidUtf8,
                format!("the file is not valid UTF-8: byte 0x{byte:02X} cannot start or continue a character"),
                Span::new(offset, offset + '\u{FFFD}'.len_utf8()),
            )
            .with_label("invalid byte here")
            .with_help("save the file as UTF-8");
            Ok((file, diag))
        }
    }
}

/// Sorts diagnostics by position, then code, so that output does not depend on the order in
/// which checks ran.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (a.span.start, a.span.end, a.code.name(), &a.message).cmp(&(
            b.span.start,
            b.span.end,
            b.code.name(),
            &b.message,
        ))
    });
}

/// Text from a policy, made safe to print on a terminal: control characters (and the
/// bidirectional controls that can reorder what a reader sees) are shown as escapes.
pub fn escape_for_terminal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_unsafe_char(c) {
            let _ = write!(out, "\\u{{{:04X}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters never printed raw: C0 and C1 controls other than tab and newline, DEL, and the
/// Unicode bidirectional controls.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The closing controls that end what `text` leaves open: a POP DIRECTIONAL FORMATTING for
/// each embedding or override (U+202A, U+202B, U+202D, U+202E) and a POP DIRECTIONAL ISOLATE
/// for each isolate (U+2066 to U+2068) that the text opens and does not close, innermost first
/// (the pairing of Unicode's bidirectional algorithm, UAX #9, rule X6a). Every string of a
/// policy is written out followed by them, so that a control in one string ("Trojan Source")
/// can reorder at most that string, never the page, the list or the line around it; a text
/// without bidirectional controls gets nothing.
pub fn bidi_closers(text: &str) -> String {
    let mut open: Vec<bool> = Vec::new(); // true: an isolate
    for c in text.chars() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => open.push(false),
            '\u{2066}'..='\u{2068}' => open.push(true),
            '\u{202C}' if open.last() == Some(&false) => {
                open.pop();
            }
            '\u{2069}' => {
                if let Some(at) = open.iter().rposition(|isolate| *isolate) {
                    open.truncate(at);
                }
            }
            _ => {}
        }
    }
    open.iter()
        .rev()
        .map(|isolate| if *isolate { '\u{2069}' } else { '\u{202C}' })
        .collect()
}

/// The warning for a bidirectional control in a policy (`bidi-control`), at its span: which
/// control it is, and that it can make text display in another order than it is stored in
/// ("Trojan Source"), on the site and in the diff alike.
pub fn bidi_warning(c: char, span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::BidiControl,
        format!("bidirectional control {}", char_name(c)),
        span,
    )
    .with_label(format!(
        "<U+{:04X}> here: it can reorder how the text around it displays",
        c as u32
    ))
    .with_help("remove it unless a right-to-left text needs it: readers, reviewers and the diff can see the words in an order other than the one published (a \"Trojan Source\" trick)")
}

/// Characters that show nothing and join or split words: zero-width spaces and joiners, the
/// word joiner, the byte order mark inside a text, the soft hyphen. Allowed in strings (emoji
/// and some scripts need the joiners), never in a name.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// The script of a non-ASCII letter that can pass for a Latin one: a letter of another script
/// than Latin (Cyrillic, Greek, Armenian, Cherokee ...) whose confusable skeleton (Unicode
/// Technical Standard #39, through `unicode-security`) is an ASCII letter or digit, and every
/// Cyrillic and Greek letter (the scripts whose letters are most often passed off as Latin).
pub fn lookalike_script(c: char) -> Option<&'static str> {
    use unicode_script::{Script, UnicodeScript};
    if c.is_ascii() || !c.is_alphabetic() {
        return None;
    }
    let script = c.script();
    match script {
        Script::Latin | Script::Common | Script::Inherited | Script::Unknown => None,
        Script::Cyrillic | Script::Greek => Some(script.full_name()),
        _ if ascii_lookalike(c).is_some() => Some(script.full_name()),
        _ => None,
    }
}

/// A character as a diagnostic names it: its code point and its Unicode name
/// (`U+0430 CYRILLIC SMALL LETTER A`, from `unicode_names2`), or the code point alone for a
/// character without a name.
pub fn char_name(c: char) -> String {
    match unicode_names2::name(c) {
        Some(name) => format!("U+{:04X} {name}", c as u32),
        None => format!("U+{:04X}", c as u32),
    }
}

/// The ASCII letter or digit a non-ASCII letter looks like, if it looks like one: its
/// confusable skeleton (UTS #39), in the letter's case. The skeleton writes a capital I as a
/// small L (they share one glyph in many fonts), so a capital whose skeleton is `l` is `I`.
pub fn ascii_lookalike(c: char) -> Option<char> {
    if c.is_ascii() || !c.is_alphabetic() {
        return None;
    }
    let mut buf = [0; 4];
    let mut skeleton = unicode_security::confusable_detection::skeleton(c.encode_utf8(&mut buf));
    let (Some(a), None) = (skeleton.next(), skeleton.next()) else {
        return None;
    };
    if !a.is_ascii_alphanumeric() {
        return None;
    }
    Some(match (c.is_uppercase(), c.is_lowercase()) {
        (true, _) if a == 'l' => 'I',
        (true, _) => a.to_ascii_uppercase(),
        (_, true) => a.to_ascii_lowercase(),
        _ => a,
    })
}

/// Whether the source excerpt under a diagnostic shows `c` as its code point (`<U+202E>`)
/// rather than as itself: the bidirectional controls, the invisible characters, and controls
/// other than the C0 ones (which have a picture of their own).
fn shown_as_code(c: char) -> bool {
    (is_unsafe_char(c) && c as u32 >= 0x20) || is_invisible(c)
}

/// How many characters `c` takes in the excerpt ariadne draws.
fn shown_len(c: char) -> usize {
    if shown_as_code(c) {
        format!("<U+{:04X}>", c as u32).len()
    } else {
        1
    }
}

/// The source text as ariadne shows it: a C0 control as its picture (U+2400...), a carriage
/// return as a space, and an invisible or bidirectional character as its code point in angle
/// brackets (`<U+202E>`), so that what cannot be seen, or would reorder the line, is seen.
/// Offsets into it are counted with [`shown_len`].
fn displayable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\r' {
            out.push(' ');
        } else if shown_as_code(c) {
            let _ = write!(out, "<U+{:04X}>", c as u32);
        } else if is_unsafe_char(c) {
            out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?'));
        } else {
            out.push(c);
        }
    }
    out
}

/// How many diagnostics of one file are reported, to people and in JSON; past that, one line
/// says how many more there are. A mangled file can produce millions (a line of two million
/// `[`), and nobody reads past the first screens: the first ones are fixed, then the file is
/// checked again.
pub const MAX_SHOWN: usize = 100;

/// Lines longer than this (in characters) are not drawn whole under a diagnostic: its place and
/// an excerpt around it are shown instead, so one long line cannot flood the terminal.
pub const MAX_LINE_SHOWN: usize = 400;

/// The line that says how many diagnostics of `name` were not reported, if any were not.
pub fn omitted_line(name: &str, diags: &[Diagnostic]) -> Option<String> {
    let rest = diags.get(MAX_SHOWN..).filter(|r| !r.is_empty())?;
    let errors = rest.iter().filter(|d| d.is_error()).count();
    let warnings = rest.len() - errors;
    let mut parts = Vec::new();
    if errors > 0 {
        parts.push(format!(
            "{errors} more {}",
            if errors == 1 { "error" } else { "errors" }
        ));
    }
    if warnings > 0 {
        parts.push(format!(
            "{warnings} more {}",
            if warnings == 1 { "warning" } else { "warnings" }
        ));
    }
    Some(format!(
        "\u{2026} and {} in {name}: fix these and check again",
        parts.join(" and ")
    ))
}

/// Renders diagnostics for people, with ariadne. `color` is decided by the caller (a terminal,
/// `NO_COLOR`); snapshot tests render without it. At most [`MAX_SHOWN`] are rendered, in time
/// linear in the file's size.
pub fn render_human(file: &SourceFile, diags: &[Diagnostic], color: bool) -> String {
    let name = file.name();
    let shown = displayable(&file.text);
    // One source (and so one line index) for all the reports of the file.
    let source = Source::from(shown.as_str());
    // Byte offsets to character offsets, counting on from the last one asked (diagnostics
    // come sorted), so that the whole file is not counted again for each.
    let last = std::cell::Cell::new((0usize, 0usize));
    let to_char = |offset: usize| {
        let offset = crate::source::floor_char_boundary(&file.text, offset);
        let (mut byte, mut chars) = last.get();
        if offset < byte {
            (byte, chars) = (0, 0);
        }
        chars += file.text[byte..offset]
            .chars()
            .map(shown_len)
            .sum::<usize>();
        byte = offset;
        last.set((byte, chars));
        chars
    };
    let mut out = Vec::new();
    for diag in diags.iter().take(MAX_SHOWN) {
        if line_too_long(file, diag.span.start) {
            out.extend(render_on_long_line(file, diag).into_bytes());
            continue;
        }
        let kind = match diag.severity {
            Level::Error => ReportKind::Error,
            Level::Warning => ReportKind::Warning,
        };
        let range = |span: Span| to_char(span.start)..to_char(span.end.max(span.start));
        let primary = range(diag.span);
        let config = Config::default()
            .with_color(color)
            .with_index_type(IndexType::Char)
            .with_compact(false);
        let mut report = Report::build(kind, (name.clone(), primary.clone()))
            .with_config(config)
            .with_code(diag.code.name())
            .with_message(escape_for_terminal(&diag.message))
            .with_label(
                Label::new((name.clone(), primary))
                    .with_message(escape_for_terminal(
                        diag.label.as_deref().unwrap_or(&diag.message),
                    ))
                    .with_order(0),
            );
        for (i, (span, label)) in diag.secondary.iter().enumerate() {
            report = report.with_label(
                Label::new((name.clone(), range(*span)))
                    .with_message(escape_for_terminal(label))
                    .with_order(i as i32 + 1),
            );
        }
        if let Some(help) = &diag.help {
            report = report.with_help(escape_for_terminal(help));
        }
        if let Some(note) = &diag.note {
            report = report.with_note(escape_for_terminal(note));
        }
        let _ = report.finish().write((name.clone(), &source), &mut out);
    }
    if let Some(line) = omitted_line(&name, diags) {
        let _ = writeln!(out, "{line}");
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether the line holding `offset` is longer than [`MAX_LINE_SHOWN`] characters.
fn line_too_long(file: &SourceFile, offset: usize) -> bool {
    let (start, end) = line_bounds(&file.text, offset);
    end - start > MAX_LINE_SHOWN && file.text[start..end].chars().nth(MAX_LINE_SHOWN).is_some()
}

/// The byte range of the line holding `offset`, without its line break.
fn line_bounds(text: &str, offset: usize) -> (usize, usize) {
    let offset = crate::source::floor_char_boundary(text, offset);
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    (start, end)
}

/// A diagnostic on a line too long to draw: its place, and the 60 characters either side.
fn render_on_long_line(file: &SourceFile, diag: &Diagnostic) -> String {
    let (line, column) = file.line_col(diag.span.start);
    let (start, end) = line_bounds(&file.text, diag.span.start);
    let at = crate::source::floor_char_boundary(&file.text, diag.span.start);
    let before: String = {
        let mut chars: Vec<char> = file.text[start..at].chars().rev().take(60).collect();
        chars.reverse();
        chars.into_iter().collect()
    };
    let after: String = file.text[at..end].chars().take(60).collect();
    let level = match diag.severity {
        Level::Error => "Error",
        Level::Warning => "Warning",
    };
    let mut out = format!(
        "[{}] {level}: {}\n   \u{256d}\u{2500}[ {}:{line}:{column} ]\n   \u{2502} \u{2026}{}{}\u{2026}\n   \u{2502} {}^ {}\n",
        diag.code.name(),
        escape_for_terminal(&diag.message),
        file.name(),
        displayable(&before),
        displayable(&after),
        " ".repeat(before.chars().count() + 1),
        escape_for_terminal(diag.label.as_deref().unwrap_or(&diag.message)),
    );
    if let Some(help) = &diag.help {
        out.push_str(&format!(
            "   \u{2502} Help: {}\n",
            escape_for_terminal(help)
        ));
    }
    out.push_str(&format!(
        "   \u{2502} Note: line {line} is too long to show whole\n\u{2500}\u{2500}\u{2500}\u{256f}\n"
    ));
    out
}

/// One diagnostic as CI reads it (`check --format json`).
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub severity: Level,
    pub code: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl JsonDiagnostic {
    pub fn new(file: &SourceFile, diag: &Diagnostic) -> JsonDiagnostic {
        let (line, column) = file.line_col(diag.span.start);
        let (end_line, end_column) = file.line_col(diag.span.end);
        JsonDiagnostic {
            path: file.name(),
            line,
            column,
            end_line,
            end_column,
            severity: diag.severity,
            code: diag.code.name(),
            message: diag.message.clone(),
            help: diag.help.clone(),
        }
    }
}

/// The closest candidate to a misspelt name, if one is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        let score = strsim::jaro_winkler(name, candidate);
        if score >= 0.82 && best.is_none_or(|(b, c)| score > b || (score == b && candidate < c)) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_for_terminal("a\u{1b}[31mb"), "a\\u{001B}[31mb");
        assert_eq!(escape_for_terminal("x\u{202E}y"), "x\\u{202E}y");
    }

    #[test]
    fn invisible_and_bidi_characters_are_shown_by_code_point() {
        assert_eq!(char_name('\u{202E}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(char_name('\u{200B}'), "U+200B ZERO WIDTH SPACE");
        assert_eq!(char_name('\u{0431}'), "U+0431 CYRILLIC SMALL LETTER BE");
        assert_eq!(char_name('\u{E000}'), "U+E000");
        assert_eq!(
            displayable("a\u{202E}b\u{200B}c\u{1}"),
            "a<U+202E>b<U+200B>c\u{2401}"
        );
    }

    #[test]
    fn look_alike_letters_are_found_with_their_ascii_letter() {
        for (c, a) in [
            ('\u{0430}', 'a'),
            ('\u{0410}', 'A'),
            ('\u{0406}', 'I'),
            ('\u{0456}', 'i'),
            ('\u{04CF}', 'l'),
            ('\u{03BF}', 'o'),
            ('\u{039F}', 'O'),
            ('\u{0501}', 'd'),
            ('\u{13A0}', 'D'),
        ] {
            assert_eq!(ascii_lookalike(c), Some(a), "{}", char_name(c));
            assert!(lookalike_script(c).is_some(), "{}", char_name(c));
        }
        // The skeleton knows more than a table would: a small be looks like a six.
        assert_eq!(ascii_lookalike('\u{0431}'), Some('6'));
        assert_eq!(ascii_lookalike('\u{0436}'), None);
        assert_eq!(lookalike_script('\u{0436}'), Some("Cyrillic"));
        assert_eq!(lookalike_script('\u{00E9}'), None);
        assert_eq!(lookalike_script('例'), None);
        assert_eq!(ascii_lookalike('a'), None);
    }

    #[test]
    fn bidi_closers_close_what_a_text_leaves_open() {
        assert_eq!(bidi_closers("plain"), "");
        assert_eq!(bidi_closers("a\u{202E}b"), "\u{202C}");
        assert_eq!(bidi_closers("\u{2067}a\u{202B}b"), "\u{202C}\u{2069}");
        // A closed pair leaves nothing open; an isolate's end closes the embeddings in it.
        assert_eq!(bidi_closers("\u{202D}a\u{202C}"), "");
        assert_eq!(bidi_closers("\u{2066}\u{202E}a\u{2069}"), "");
        // A PDF cannot close an isolate; a stray closer is ignored.
        assert_eq!(bidi_closers("\u{2068}\u{202C}\u{2069}\u{2069}"), "");
        assert_eq!(bidi_closers("\u{2068}\u{202C}"), "\u{2069}");
        let file = SourceFile::new("x.policy", "p \"\u{202E}\u{202E}x\"");
        let diag = bidi_warning('\u{202E}', Span::new(6, 9));
        let shown = render_human(&file, &[diag], false);
        assert!(shown.contains("\"<U+202E><U+202E>x\""), "{shown}");
        assert!(shown.contains("RIGHT-TO-LEFT OVERRIDE"), "{shown}");
    }

    #[test]
    fn suggestions_only_for_close_names() {
        assert_eq!(did_you_mean("emial", ["email", "phone"]), Some("email"));
        assert_eq!(did_you_mean("zzz", ["email", "phone"]), None);
    }
}
