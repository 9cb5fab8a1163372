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

/// What must read the same in every language of a text: references, e-mail addresses, web
/// addresses and numbers.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Invariants {
    pub references: Vec<String>,
    pub addresses: Vec<String>,
    pub numbers: Vec<u64>,
}

/// The invariants of a string's content.
pub fn invariants(string: &Str) -> Invariants {
    let mut inv = Invariants::default();
    collect(&string.content, &mut inv);
    inv.references.sort();
    inv.addresses.sort();
    inv.addresses.dedup();
    inv.numbers.sort_unstable();
    inv.numbers.dedup();
    inv
}

fn collect(inlines: &[Inline], inv: &mut Invariants) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => {
                // Only a text with `@` or `http` can hold an address: most texts are skipped
                // without splitting them into tokens.
                if t.contains('@') || t.contains("http") {
                    for token in t.split(|c: char| {
                        c.is_whitespace()
                            || matches!(
                                c,
                                '，' | '。'
                                    | '；'
                                    | '：'
                                    | '、'
                                    | '（'
                                    | '）'
                                    | '('
                                    | ')'
                                    | '“'
                                    | '”'
                                    | '"'
                                    | '\''
                                    | '<'
                                    | '>'
                                    | ','
                                    | ';'
                            )
                    }) {
                        let token = token.trim_end_matches(['.', '!', '?']);
                        if token.contains('@') && token.contains('.')
                            || token.starts_with("http://")
                            || token.starts_with("https://")
                        {
                            inv.addresses.push(token.to_lowercase());
                        }
                    }
                }
                numbers(t, &mut inv.numbers);
            }
            Inline::Strong(i) | Inline::Emph(i) => collect(i, inv),
            Inline::Link { label, target, .. } => {
                inv.addresses
                    .push(target.trim_start_matches("mailto:").to_lowercase());
                collect(label, inv);
            }
            Inline::FactRef { fact, field, .. } => inv.references.push(format!(
                "@{}{}",
                fact.text,
                field
                    .as_ref()
                    .map(|f| format!(".{}", f.text))
                    .unwrap_or_default()
            )),
            Inline::SectionRef { section, .. } => inv.references.push(format!("#{}", section.text)),
        }
    }
}

/// Numbers written with digits, with English number words, or with Chinese numerals. Digits
/// that belong to a word (`C2`, `1st`) or to a date or clause number (`2021-04-26`, `1.1.1`)
/// are not quantities; Chinese numerals count only before a measure word (十五个工作日, 30天,
/// 两个月), not inside words (第三方, 四川, 统一).
fn numbers(text: &str, out: &mut Vec<u64>) {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let before = start.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i).copied();
            let joined = |c: Option<char>, next: Option<char>| {
                c.is_some_and(|c| c.is_ascii_alphabetic())
                    || (c.is_some_and(|c| matches!(c, '-' | '.' | ':' | '/'))
                        && next.is_some_and(|n| n.is_ascii_digit()))
            };
            let word_or_date = joined(before, start.checked_sub(2).map(|j| chars[j]))
                || joined(after, chars.get(i + 1).copied())
                || before == Some('第');
            if !word_or_date {
                if let Ok(n) = chars[start..i].iter().collect::<String>().parse() {
                    out.push(n);
                }
            } else {
                while i < chars.len()
                    && (chars[i].is_ascii_alphanumeric()
                        || matches!(chars[i], '-' | '.' | ':' | '/'))
                {
                    i += 1;
                }
            }
            continue;
        }
        if is_numeral(c) && c != '零' {
            let start = i;
            while i < chars.len() && is_numeral(chars[i]) {
                i += 1;
            }
            let ordinal = start > 0 && chars[start - 1] == '第';
            let run: String = chars[start..i].iter().collect();
            // 百分之三十 is 30 per cent, 百分之百 is 100 per cent.
            if run == "百" && chars.get(i) == Some(&'分') && chars.get(i + 1) == Some(&'之') {
                let from = i + 2;
                let mut end = from;
                while end < chars.len() && is_numeral(chars[end]) {
                    end += 1;
                }
                let percent: String = chars[from..end].iter().collect();
                if let Some(n) = chinese_number(&percent).or((percent == "一").then_some(1)) {
                    out.push(n);
                }
                i = end;
                continue;
            }
            let measured = chars.get(i).is_some_and(|m| {
                matches!(
                    m,
                    '个' | '天'
                        | '日'
                        | '月'
                        | '年'
                        | '周'
                        | '岁'
                        | '项'
                        | '条'
                        | '种'
                        | '次'
                        | '小'
                )
            });
            if measured && !ordinal {
                if let Some(n) = chinese_number(&run) {
                    out.push(n);
                }
            }
            continue;
        }
        i += 1;
    }
    for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
        // Number words are three to nine letters long: the others need no lower-casing.
        if (3..=9).contains(&word.len()) {
            if let Some(n) = english_number(&word.to_ascii_lowercase()) {
                out.push(n);
            }
        }
    }
}

/// A Chinese numeral of [`numbers`]: 零 to 九, 两, 十, 百.
fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '零' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百'
    )
}

fn english_number(word: &str) -> Option<u64> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    // "one" is also a pronoun ("no one", "one of"): only numbers two and up count.
    WORDS
        .iter()
        .position(|w| *w == word)
        .filter(|&n| n >= 2)
        .map(|n| n as u64)
        .or(match word {
            "thirty" => Some(30),
            "forty" => Some(40),
            "fifty" => Some(50),
            "sixty" => Some(60),
            "ninety" => Some(90),
            _ => None,
        })
}

/// A run of Chinese numerals as a number (十五 = 15, 二十 = 20, 一百 = 100); `None` for a
/// lone 一 (usually "a", "one of") and for runs that are not numbers.
fn chinese_number(run: &str) -> Option<u64> {
    let digit = |c: char| {
        "零一二三四五六七八九"
            .find(c)
            .map(|i| (i / 3) as u64)
            .or(if c == '两' { Some(2) } else { None })
    };
    if run == "一" || run.is_empty() {
        return None;
    }
    let mut total = 0u64;
    let mut current = 0u64;
    for c in run.chars() {
        match c {
            '十' => {
                total += current.max(1) * 10;
                current = 0;
            }
            '百' => {
                total += current.max(1) * 100;
                current = 0;
            }
            c => current = current * 10 + digit(c)?,
        }
    }
    let n = total + current;
    (n >= 2).then_some(n)
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

    #[test]
    fn numbers_in_words_digits_and_numerals() {
        let mut out = Vec::new();
        numbers(
            "within fifteen working days, 30 days, 2021-04-26, section 1.1.1, C2 and 1st",
            &mut out,
        );
        assert_eq!(out, vec![30, 15]);
        let mut zh = Vec::new();
        numbers(
            "十五个工作日内，30天内，两个月，一个，第三方，四川省，第2条，百分之百",
            &mut zh,
        );
        zh.sort_unstable();
        assert_eq!(zh, vec![2, 15, 30, 100]);
    }
}
