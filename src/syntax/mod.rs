//! Syntax: source text -> [`Ast`] + diagnostics, by [`parse`]; [`fmt::format`] is the inverse
//! (an `Ast` back to canonical text). The pest grammar (`grammar/policy.pest`) fixes the shape of
//! each statement; this module builds the tree, reads the content of strings
//! ([`inline`]), keeps comments for the formatter, and turns pest's errors into diagnostics
//! that never show a rule name ([`error`]).

pub mod ast;
mod error;
pub mod fmt;
pub mod inline;

use pest::iterators::Pair;
use pest::Parser as _;

pub use ast::*;

use crate::diag::{Code, Diagnostic};
use crate::source::Span;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/policy.pest"]
struct PolicyParser;

/// How deeply blocks may nest. The deepest real structure (section > section > section > list
/// > item > list) is far below; the limit keeps hostile input from exhausting the stack.
pub const MAX_DEPTH: usize = 48;

/// Parses a policy file. Returns the tree (possibly with diagnostics about strings) or, when
/// the file cannot be parsed at all, the diagnostics saying why.
pub fn parse(text: &str) -> Result<(Ast, Vec<Diagnostic>), Vec<Diagnostic>> {
    if text.trim().is_empty() {
        return Err(vec![Diagnostic::new(
            Code::EmptyFile,
            "the file is empty",
            Span::at(0),
        )
        .with_help(
            "a policy file starts with `policy <id> {`; see docs/language.md",
        )]);
    }
    let (comments, mut diags, unclosed) = scan(text)?;
    let pairs = match PolicyParser::parse(Rule::file, text) {
        Ok(pairs) => pairs,
        Err(_) => {
            // Parse again with pest's detailed tracking on, which names the literal tokens
            // (`{`, `,` ...) that were expected; it costs time only on broken files.
            pest::set_error_detail(true);
            let err = PolicyParser::parse(Rule::file, text)
                .expect_err("a parse that failed once fails again");
            let mut diag = error::from_pest(text, &err);
            if let Some(open) = unclosed.filter(|_| diag.span.start >= text.trim_end().len()) {
                diag = diag
                    .with_secondary(Span::new(open, open + 1), "this `{` is never closed")
                    .with_help("add the missing `}`");
            }
            diags.push(diag);
            return Err(diags);
        }
    };
    let file = pairs.into_iter().next().expect("the file rule matched");
    let policy = file
        .into_inner()
        .find(|p| p.as_rule() == Rule::policy)
        .expect("a file holds a policy");
    let mut builder = Builder { diags: &mut diags };
    let policy = builder.stmt(policy);
    Ok((Ast { policy, comments }, diags))
}

/// One pass over the raw text before pest sees it: finds comments, control characters
/// outside strings, and nesting deeper than [`MAX_DEPTH`] (which would otherwise recurse
/// deeply in the parser).
#[allow(clippy::type_complexity)]
fn scan(text: &str) -> Result<(Vec<Comment>, Vec<Diagnostic>, Option<usize>), Vec<Diagnostic>> {
    let mut comments = Vec::new();
    let mut diags = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut in_string = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '/' if matches!(chars.peek(), Some((_, '/'))) => {
                let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
                let comment = &text[i..end];
                for (j, cc) in comment.char_indices() {
                    if crate::diag::is_unsafe_char(cc) && cc != '\r' {
                        diags.push(control_char(cc, i + j));
                    }
                }
                comments.push(Comment {
                    text: comment.trim_end().to_string(),
                    span: Span::new(i, i + comment.trim_end().len()),
                });
                while chars.peek().is_some_and(|(j, _)| *j < end) {
                    chars.next();
                }
            }
            '{' => {
                open.push(i);
                if open.len() > MAX_DEPTH {
                    return Err(vec![Diagnostic::new(
                        Code::TooDeep,
                        format!("blocks are nested more than {MAX_DEPTH} levels deep"),
                        Span::new(i, i + 1),
                    )
                    .with_label("this block is too deep")
                    .with_help(
                        "flatten the structure: no privacy policy needs this much nesting",
                    )]);
                }
            }
            '}' => {
                open.pop();
            }
            '\u{FEFF}' if i == 0 => {}
            c if crate::diag::is_unsafe_char(c) && c != '\r' => {
                diags.push(control_char(c, i));
            }
            c if confusable_in_name(text, i, c) => diags.push(confusable_name(text, i, c)),
            _ => {}
        }
    }
    if diags.iter().any(|d| d.is_error()) {
        return Err(diags);
    }
    Ok((comments, diags, open.last().copied()))
}

fn control_char(c: char, offset: usize) -> Diagnostic {
    let span = Span::new(offset, offset + c.len_utf8());
    if crate::diag::is_bidi_control(c) {
        return crate::diag::bidi_warning(c, span);
    }
    Diagnostic::new(
        Code::ControlCharacter,
        format!("invisible control character U+{:04X}", c as u32),
        span,
    )
    .with_help("remove it: control characters are invisible and can disguise what a file says")
}

/// Whether `c`, at `offset` outside strings and comments, hides in a name: an invisible
/// character, a Cyrillic or Greek letter, or any other non-ASCII letter next to a character of
/// a name. Names are ASCII, so this was always an error; it is worded as one about the
/// character rather than as an unexpected token.
fn confusable_in_name(text: &str, offset: usize, c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    if crate::diag::is_invisible(c) || crate::diag::lookalike_script(c).is_some() {
        return true;
    }
    let in_word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-');
    c.is_alphabetic()
        && (in_word(text[..offset].chars().next_back())
            || in_word(text[offset + c.len_utf8()..].chars().next()))
}

/// The error for a character that cannot be part of a name, naming it by code point, with the
/// name spelt in ASCII when every character of it has a look-alike.
fn confusable_name(text: &str, offset: usize, c: char) -> Diagnostic {
    let part = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_') || !c.is_ascii();
    let start = text[..offset]
        .char_indices()
        .rev()
        .take_while(|(_, c)| part(*c) && !c.is_whitespace())
        .last()
        .map_or(offset, |(i, _)| i);
    let end = text[offset..]
        .char_indices()
        .find(|(_, c)| !part(*c) || c.is_whitespace())
        .map_or(text.len(), |(i, _)| offset + i);
    let word = &text[start..end];
    let ascii: Option<String> = word
        .chars()
        .filter(|c| !crate::diag::is_invisible(*c))
        .map(|c| {
            if c.is_ascii() {
                Some(c)
            } else {
                crate::diag::ascii_lookalike(c)
            }
        })
        .collect();
    let (what, label) = if crate::diag::is_invisible(c) {
        (
            "the invisible character",
            format!("<U+{:04X}> is here, unseen", c as u32),
        )
    } else {
        match crate::diag::ascii_lookalike(c) {
            Some(a) => (
                "the look-alike letter",
                format!("this looks like `{a}` but is not ASCII"),
            ),
            None => ("the letter", "not an ASCII letter".to_string()),
        }
    };
    let diag = Diagnostic::new(
        Code::BadIdentifier,
        format!(
            "{what} {} in a name: names and keywords are ASCII letters, digits and `-`",
            crate::diag::char_name(c)
        ),
        Span::new(offset, offset + c.len_utf8()),
    )
    .with_label(label);
    match ascii.filter(|a| !a.is_empty()) {
        Some(a) => diag.with_help(format!("write it in ASCII: `{a}`")),
        None => diag.with_help("retype the name with ASCII letters, digits and `-`"),
    }
}

/// Where the last token of a pair ends. pest counts the white space and comments after a
/// repetition's last match as part of the enclosing rule; a statement, a text or a list ends
/// where its last token does, so that comments after it stay after it.
fn token_end(pair: &Pair<'_, Rule>) -> usize {
    if matches!(pair.as_rule(), Rule::string | Rule::body) {
        return pair.as_span().end();
    }
    match pair.clone().into_inner().last() {
        Some(last) => token_end(&last),
        None => pair.as_span().end(),
    }
}

struct Builder<'d> {
    diags: &'d mut Vec<Diagnostic>,
}

impl Builder<'_> {
    fn word(&self, pair: Pair<'_, Rule>) -> Word {
        Word {
            text: pair.as_str().to_string(),
            span: pair.as_span().into(),
        }
    }

    fn stmt(&mut self, pair: Pair<'_, Rule>) -> Stmt {
        // pest may count the white space and comments after a statement's last token as part
        // of it; the statement ends where its last token ends.
        let span = Span::new(pair.as_span().start(), token_end(&pair));
        let form = match pair.as_rule() {
            Rule::policy => Form::Policy,
            Rule::section => Form::Section,
            Rule::list => Form::List,
            Rule::item => Form::Item,
            Rule::para => Form::Para,
            Rule::case_list => Form::CaseList,
            Rule::case => Form::Case,
            Rule::fact => Form::Fact,
            Rule::table => Form::Table,
            Rule::table_row => Form::Row,
            Rule::cell => Form::Cell,
            Rule::unknown => Form::Unknown,
            _ => Form::Field,
        };
        let mut inner = pair.into_inner();
        let first = inner
            .next()
            .expect("every statement starts with its keyword");
        let (keyword, rest) = if form == Form::Unknown {
            let line = first.as_str().trim_end();
            let name_len = line
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(line.len());
            let start = first.as_span().start();
            (
                Word {
                    text: line[..name_len].to_string(),
                    span: Span::new(start, start + name_len),
                },
                Some(line[name_len..].trim().to_string()),
            )
        } else {
            (self.word(first), None)
        };
        let mut args = Vec::new();
        if let Some(rest) = rest.filter(|r| !r.is_empty()) {
            args.push(Arg::Rest(rest));
        }
        let mut body = None;
        let mut channels = Vec::new();
        let mut strs = Vec::new();
        for pair in inner {
            match pair.as_rule() {
                Rule::body => body = Some(self.body(pair)),
                Rule::word => args.push(Arg::Id(self.word(pair))),
                Rule::section_id => {
                    let word = pair.into_inner().next().expect("a section id is a word");
                    args.push(Arg::Id(self.word(word)));
                }
                Rule::text => args.push(Arg::Text(self.text(pair))),
                Rule::string
                    if form == Form::Field
                        && matches!(keyword.text.as_str(), "numbering" | "in-passing") =>
                {
                    strs.push(self.string(pair))
                }
                Rule::string => args.push(Arg::Str(self.string(pair))),
                Rule::missing => {
                    let mut parts = pair.into_inner();
                    args.push(Arg::Keyword(self.word(parts.next().expect("keyword"))));
                    args.push(Arg::Text(self.text(parts.next().expect("text"))));
                }
                Rule::word_list => args.push(Arg::List(
                    pair.into_inner()
                        .map(|w| Elem::Word(self.word(w)))
                        .collect(),
                )),
                Rule::channel => {
                    let span: Span = pair.as_span().into();
                    let inner = pair.into_inner().next().expect("a channel has content");
                    channels.push(match inner.as_rule() {
                        Rule::at_ref => {
                            let word = inner.into_inner().next().expect("@ is followed by a word");
                            Elem::At(self.word(word), span)
                        }
                        _ => Elem::Word(self.word(inner)),
                    });
                }
                Rule::cell_ref => {
                    let span: Span = pair.as_span().into();
                    let mut words = pair.into_inner().map(|w| self.word(w));
                    let fact = words.next().expect("@ is followed by a word");
                    let field = words.next();
                    args.push(Arg::Ref { fact, field, span });
                }
                Rule::number => args.push(Arg::Number(self.word(pair))),
                Rule::date => args.push(Arg::Date(self.word(pair))),
                Rule::version => args.push(Arg::Version(self.word(pair))),
                Rule::duration => args.push(Arg::Duration(self.duration(pair))),
                _ => args.push(Arg::Keyword(self.word(pair))),
            }
        }
        if !channels.is_empty() {
            args.push(Arg::List(channels));
        }
        if !strs.is_empty() {
            args.push(Arg::Strs(strs));
        }
        Stmt {
            form,
            keyword,
            args,
            body,
            span,
        }
    }

    fn body(&mut self, pair: Pair<'_, Rule>) -> Body {
        let span = pair.as_span().into();
        let stmts = pair.into_inner().map(|p| self.stmt(p)).collect();
        Body { stmts, span }
    }

    fn string(&mut self, pair: Pair<'_, Rule>) -> Str {
        let span: Span = pair.as_span().into();
        let raw = pair.into_inner().next().expect("a string has raw content");
        let content = inline::parse(raw.as_str(), raw.as_span().start(), self.diags);
        Str {
            raw: raw.as_str().to_string(),
            span,
            content,
        }
    }

    fn text(&mut self, pair: Pair<'_, Rule>) -> Text {
        let span = Span::new(pair.as_span().start(), token_end(&pair));
        let mut parts = Vec::new();
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::text_part => {
                    let mut inner = part.into_inner();
                    let mut lang = inner.next().expect("a language tag").into_inner();
                    let tag = self.word(lang.next().expect("a language word"));
                    let source_hash = lang.next().map(|h| self.word(h));
                    let string = self.string(inner.next().expect("a string"));
                    parts.push(TextPart {
                        lang: Some(tag),
                        source_hash,
                        string,
                    });
                }
                _ => parts.push(TextPart {
                    lang: None,
                    source_hash: None,
                    string: self.string(part),
                }),
            }
        }
        Text { parts, span }
    }

    fn duration(&mut self, pair: Pair<'_, Rule>) -> Duration {
        let span = Span::new(pair.as_span().start(), token_end(&pair));
        let words: Vec<Word> = pair.into_inner().map(|p| self.word(p)).collect();
        let mut it = words.into_iter();
        let (amount, unit) = match (it.next(), it.next()) {
            (Some(a), Some(u)) => (Some(a), u),
            (Some(u), None) => (None, u),
            _ => unreachable!("the grammar requires a word"),
        };
        let extension = match (it.next(), it.next(), it.next()) {
            (Some(k), Some(a), Some(u)) => Some((k, a, u)),
            _ => None,
        };
        Duration {
            amount,
            unit,
            extension,
            span,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules whose words start a statement, which `keyword` lists again as plain strings.
    const STATEMENT_KEYWORDS: [&str; 28] = [
        "kw_policy",
        "kw_section",
        "kw_list",
        "kw_item",
        "kw_p",
        "kw_case",
        "case_key",
        "fact_key",
        "text_key",
        "scalar_key",
        "list_key",
        "kw_channels",
        "word_key",
        "lang_key",
        "date_key",
        "duration_key",
        "kw_numbering",
        "kw_basis",
        "kw_version",
        "kw_age",
        "kw_in_passing",
        "flag_key",
        "kw_changelog",
        "kw_entry",
        "kw_table",
        "kw_head",
        "kw_row",
        "kw_cell",
    ];

    /// The quoted strings of a rule of the grammar.
    fn strings_of(grammar: &str, rule: &str) -> Vec<String> {
        let start = grammar
            .lines()
            .position(|l| l.split_whitespace().next() == Some(rule))
            .unwrap_or_else(|| panic!("no rule {rule}"));
        let mut body = String::new();
        for line in grammar.lines().skip(start) {
            body.push_str(line);
            if line.trim_end().ends_with('}') {
                break;
            }
        }
        body.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn keyword_lists_every_word_that_starts_a_statement() {
        let grammar = include_str!("../../grammar/policy.pest");
        let mut words = Vec::new();
        for rule in STATEMENT_KEYWORDS {
            words.extend(strings_of(grammar, rule));
        }
        // A new `..._key` rule must join the list above (and `keyword`).
        for line in grammar.lines() {
            let name = line.split_whitespace().next().unwrap_or_default();
            if name.ends_with("_key") && line.contains("= @{") {
                assert!(
                    STATEMENT_KEYWORDS.contains(&name),
                    "{name} is not in keyword"
                );
            }
        }
        let mut listed = strings_of(grammar, "keyword");
        let by_length = |a: &String, b: &String| b.len().cmp(&a.len()).then(a.cmp(b));
        assert!(
            listed.is_sorted_by(|a, b| by_length(a, b).is_le()),
            "longest first"
        );
        listed.sort();
        let mut expected = words.clone();
        expected.sort();
        assert_eq!(listed, expected);
        for word in &words {
            let pairs = PolicyParser::parse(Rule::keyword, word).expect(word);
            assert_eq!(pairs.as_str(), word.as_str());
            assert!(
                PolicyParser::parse(Rule::keyword, &format!("{word}s")).is_err()
                    || words.contains(&format!("{word}s"))
            );
        }
        assert!(PolicyParser::parse(Rule::keyword, "en").is_err());
        assert!(PolicyParser::parse(Rule::keyword, "zh-CN").is_err());
    }

    #[test]
    fn parses_a_small_policy() {
        let (ast, diags) = parse(
            r#"policy x { // c
  title en "T" zh-CN "标题"
  section a en "A" { p en "x {@y.email}" }
  right deletion { channels web-form, @info respond-within 1 month extendable-by 2 months }
}"#,
        )
        .unwrap();
        assert!(diags.is_empty());
        assert_eq!(ast.comments.len(), 1);
        let stmts = ast.policy.stmts();
        assert_eq!(stmts.len(), 3);
        assert_eq!(stmts[1].form, Form::Section);
        assert_eq!(stmts[1].id().unwrap().text, "a");
        let right = &stmts[2].stmts();
        assert!(matches!(&right[0].args[0], Arg::List(l) if l.len() == 2));
        assert!(matches!(&right[1].args[0], Arg::Duration(d) if d.extension.is_some()));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!(
            "policy x {{ {} {} }}",
            "list { ".repeat(10_000),
            "} ".repeat(10_000)
        );
        let diags = parse(&text).unwrap_err();
        assert_eq!(diags[0].code, Code::TooDeep);
    }

    #[test]
    fn unknown_statements_are_kept() {
        let (ast, _) = parse("policy x {\n colect foo {\n items a\n }\n}").unwrap();
        let stmt = &ast.policy.stmts()[0];
        assert_eq!(stmt.form, Form::Unknown);
        assert_eq!(stmt.keyword.text, "colect");
    }
}
