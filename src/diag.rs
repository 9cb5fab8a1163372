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

/// Names of the characters a diagnostic may need to name: the bidirectional controls, the
/// invisible characters, and the Cyrillic and Greek letters that look like Latin ones, with
/// the ASCII letter each looks like.
const NAMES: &[(char, &str, Option<char>)] = &[
    ('\u{00AD}', "SOFT HYPHEN", None),
    ('\u{061C}', "ARABIC LETTER MARK", None),
    ('\u{200B}', "ZERO WIDTH SPACE", None),
    ('\u{200C}', "ZERO WIDTH NON-JOINER", None),
    ('\u{200D}', "ZERO WIDTH JOINER", None),
    ('\u{200E}', "LEFT-TO-RIGHT MARK", None),
    ('\u{200F}', "RIGHT-TO-LEFT MARK", None),
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING", None),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING", None),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING", None),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE", None),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE", None),
    ('\u{2060}', "WORD JOINER", None),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE", None),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE", None),
    ('\u{2068}', "FIRST STRONG ISOLATE", None),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE", None),
    ('\u{FEFF}', "ZERO WIDTH NO-BREAK SPACE", None),
    ('\u{0391}', "GREEK CAPITAL LETTER ALPHA", Some('A')),
    ('\u{0392}', "GREEK CAPITAL LETTER BETA", Some('B')),
    ('\u{0395}', "GREEK CAPITAL LETTER EPSILON", Some('E')),
    ('\u{0396}', "GREEK CAPITAL LETTER ZETA", Some('Z')),
    ('\u{0397}', "GREEK CAPITAL LETTER ETA", Some('H')),
    ('\u{0399}', "GREEK CAPITAL LETTER IOTA", Some('I')),
    ('\u{039A}', "GREEK CAPITAL LETTER KAPPA", Some('K')),
    ('\u{039C}', "GREEK CAPITAL LETTER MU", Some('M')),
    ('\u{039D}', "GREEK CAPITAL LETTER NU", Some('N')),
    ('\u{039F}', "GREEK CAPITAL LETTER OMICRON", Some('O')),
    ('\u{03A1}', "GREEK CAPITAL LETTER RHO", Some('P')),
    ('\u{03A4}', "GREEK CAPITAL LETTER TAU", Some('T')),
    ('\u{03A5}', "GREEK CAPITAL LETTER UPSILON", Some('Y')),
    ('\u{03A7}', "GREEK CAPITAL LETTER CHI", Some('X')),
    ('\u{03B1}', "GREEK SMALL LETTER ALPHA", Some('a')),
    ('\u{03B9}', "GREEK SMALL LETTER IOTA", Some('i')),
    ('\u{03BA}', "GREEK SMALL LETTER KAPPA", Some('k')),
    ('\u{03BD}', "GREEK SMALL LETTER NU", Some('v')),
    ('\u{03BF}', "GREEK SMALL LETTER OMICRON", Some('o')),
    ('\u{03C1}', "GREEK SMALL LETTER RHO", Some('p')),
    ('\u{03C5}', "GREEK SMALL LETTER UPSILON", Some('u')),
    ('\u{0405}', "CYRILLIC CAPITAL LETTER DZE", Some('S')),
    (
        '\u{0406}',
        "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I",
        Some('I'),
    ),
    ('\u{0408}', "CYRILLIC CAPITAL LETTER JE", Some('J')),
    ('\u{0410}', "CYRILLIC CAPITAL LETTER A", Some('A')),
    ('\u{0412}', "CYRILLIC CAPITAL LETTER VE", Some('B')),
    ('\u{0415}', "CYRILLIC CAPITAL LETTER IE", Some('E')),
    ('\u{041A}', "CYRILLIC CAPITAL LETTER KA", Some('K')),
    ('\u{041C}', "CYRILLIC CAPITAL LETTER EM", Some('M')),
    ('\u{041D}', "CYRILLIC CAPITAL LETTER EN", Some('H')),
    ('\u{041E}', "CYRILLIC CAPITAL LETTER O", Some('O')),
    ('\u{0420}', "CYRILLIC CAPITAL LETTER ER", Some('P')),
    ('\u{0421}', "CYRILLIC CAPITAL LETTER ES", Some('C')),
    ('\u{0422}', "CYRILLIC CAPITAL LETTER TE", Some('T')),
    ('\u{0425}', "CYRILLIC CAPITAL LETTER HA", Some('X')),
    ('\u{0430}', "CYRILLIC SMALL LETTER A", Some('a')),
    ('\u{0435}', "CYRILLIC SMALL LETTER IE", Some('e')),
    ('\u{043E}', "CYRILLIC SMALL LETTER O", Some('o')),
    ('\u{0440}', "CYRILLIC SMALL LETTER ER", Some('p')),
    ('\u{0441}', "CYRILLIC SMALL LETTER ES", Some('c')),
    ('\u{0443}', "CYRILLIC SMALL LETTER U", Some('y')),
    ('\u{0445}', "CYRILLIC SMALL LETTER HA", Some('x')),
    ('\u{0455}', "CYRILLIC SMALL LETTER DZE", Some('s')),
    (
        '\u{0456}',
        "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I",
        Some('i'),
    ),
    ('\u{0458}', "CYRILLIC SMALL LETTER JE", Some('j')),
    ('\u{04BB}', "CYRILLIC SMALL LETTER SHHA", Some('h')),
    ('\u{04CF}', "CYRILLIC SMALL LETTER PALOCHKA", Some('l')),
    ('\u{0501}', "CYRILLIC SMALL LETTER KOMI DE", Some('d')),
    ('\u{051B}', "CYRILLIC SMALL LETTER QA", Some('q')),
    ('\u{051D}', "CYRILLIC SMALL LETTER WE", Some('w')),
];

/// The script of a letter that can pass for a Latin one, if it is Cyrillic or Greek.
pub fn lookalike_script(c: char) -> Option<&'static str> {
    match c {
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Some("Greek"),
        '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{A640}'..='\u{A69F}' => {
            Some("Cyrillic")
        }
        _ => None,
    }
}

/// A character as a diagnostic names it: its code point and, when known, its Unicode name
/// (`U+0430 CYRILLIC SMALL LETTER A`), else its script (`U+0431, a Cyrillic letter`).
pub fn char_name(c: char) -> String {
    match NAMES.iter().find(|(k, _, _)| *k == c) {
        Some((_, name, _)) => format!("U+{:04X} {name}", c as u32),
        None => match lookalike_script(c) {
            Some(script) => format!("U+{:04X}, a {script} letter", c as u32),
            None => format!("U+{:04X}", c as u32),
        },
    }
}

/// The ASCII letter a Cyrillic or Greek letter looks like, if it looks like one.
pub fn ascii_lookalike(c: char) -> Option<char> {
    NAMES
        .iter()
        .find(|(k, _, _)| *k == c)
        .and_then(|(_, _, a)| *a)
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
        assert_eq!(char_name('\u{0431}'), "U+0431, a Cyrillic letter");
        assert_eq!(
            displayable("a\u{202E}b\u{200B}c\u{1}"),
            "a<U+202E>b<U+200B>c\u{2401}"
        );
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
