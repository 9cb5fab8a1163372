//! pest's parse errors, said in the words of the language: users never see a rule name.

use pest::error::{ErrorVariant, InputLocation};

use super::Rule;
use crate::diag::{Code, Diagnostic};
use crate::source::Span;

/// What a rule means to an author, or `None` for rules that only make sense inside others.
fn describe(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::EOI => "the end of the file",
        Rule::policy | Rule::kw_policy => "`policy <id> {`",
        Rule::body => "`{`",
        Rule::word | Rule::word_list | Rule::section_id => "a name",
        Rule::text | Rule::text_part | Rule::lang => "a text (such as en \"...\" zh-CN \"...\")",
        Rule::source_hash => "the hash of the text a translation was made from",
        Rule::string | Rule::raw => "a string in double quotes",
        Rule::number => "a number",
        Rule::date => "a date (YYYY-MM-DD)",
        Rule::version => "a version (such as 2021-04-26.1)",
        Rule::duration => "a duration (such as 30 days)",
        Rule::channel | Rule::at_ref => "a channel or an @contact",
        Rule::missing | Rule::kw_missing => "`missing`",
        Rule::kw_extendable_by => "`extendable-by`",
        Rule::kw_in => "`in`",
        Rule::kw_for => "`for`",
        Rule::kw_none => "`none`",
        Rule::kw_unnumbered => "`unnumbered`",
        Rule::cell_ref => "a reference to a fact (such as @account or @account.items)",
        Rule::section
        | Rule::list
        | Rule::item
        | Rule::para
        | Rule::case_list
        | Rule::case
        | Rule::fact
        | Rule::text_field
        | Rule::scalar_field
        | Rule::list_field
        | Rule::channels_field
        | Rule::word_field
        | Rule::lang_field
        | Rule::date_field
        | Rule::duration_field
        | Rule::numbering_field
        | Rule::basis_field
        | Rule::version_field
        | Rule::number_field
        | Rule::passing_field
        | Rule::changelog
        | Rule::changelog_entry
        | Rule::table
        | Rule::table_row
        | Rule::cell
        | Rule::flag
        | Rule::unknown
        | Rule::unknown_line => "a statement",
        _ => return None,
    })
}

/// What stands at `offset`, for "found ...".
fn found(text: &str, offset: usize) -> String {
    let rest = &text[offset.min(text.len())..];
    let Some(c) = rest.chars().next() else {
        return "the end of the file".to_string();
    };
    if c == '"' {
        return "a string".to_string();
    }
    if c.is_alphanumeric() || c == '_' {
        let word: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
            .take(40)
            .collect();
        return format!("`{word}`");
    }
    format!("`{}`", crate::diag::escape_for_terminal(&c.to_string()))
}

pub(super) fn from_pest(text: &str, err: &pest::error::Error<Rule>) -> Diagnostic {
    let offset = match err.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let mut expected: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !expected.contains(&s) {
            expected.push(s);
        }
    };
    if let ErrorVariant::ParsingError { positives, .. } = &err.variant {
        for rule in positives {
            if let Some(d) = describe(*rule) {
                push(d.to_string());
            }
        }
    }
    if let Some(attempts) = err.parse_attempts() {
        for token in attempts.expected_tokens() {
            let token = token.to_string();
            // Punctuation only: keywords are summed up as "a statement" above.
            if matches!(token.as_str(), "{" | "}" | "," | "\"" | "@" | "(" | ")") {
                push(format!("`{token}`"));
            }
        }
    }
    if expected
        .iter()
        .any(|e| e.starts_with("a string") || e.starts_with("a text"))
    {
        expected.retain(|e| e != "`\"`");
    }
    if expected
        .iter()
        .any(|e| e.starts_with("a reference to a fact"))
    {
        expected.retain(|e| e != "`@`");
    }
    let found = found(text, offset);
    let end = (offset
        + text[offset.min(text.len())..]
            .chars()
            .next()
            .map_or(0, char::len_utf8))
    .min(text.len());
    let message = if expected.is_empty() {
        format!("unexpected {found}")
    } else {
        format!("expected {}, found {found}", join_or(&expected))
    };
    let mut diag = Diagnostic::new(Code::Syntax, message, Span::new(offset, end)).with_label(
        if expected.is_empty() {
            "not expected here".to_string()
        } else {
            format!("expected {}", join_or(&expected))
        },
    );
    if found == "a string"
        && expected
            .iter()
            .any(|e| e.starts_with("a text") || e == "a statement")
    {
        diag = diag
            .with_help("texts name their language before each string: en \"...\" zh-CN \"...\"");
    } else if expected.iter().any(|e| e.starts_with("a date")) {
        diag = diag.with_help("dates are written YYYY-MM-DD, for example 2021-04-26");
    }
    diag
}

fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
