//! Template filters that need more than Jinja: wrapping by display width and Unicode line
//! breaking, CJK-aware underlines, and Markdown escaping.

use minijinja::Environment;
use unicode_width::UnicodeWidthStr;

/// The width of plain-text output, in display columns (a CJK character counts two).
pub const TEXT_WIDTH: usize = 80;

pub(super) fn register(env: &mut Environment<'static>) {
    env.add_filter("wrap", wrap);
    env.add_filter("underline", underline);
    env.add_filter("md", md_escape);
    env.add_filter("md_marker", md_marker);
    env.add_filter("md_strong", md_strong);
    env.add_filter("md_url", md_url);
    env.add_filter("md_cell", md_cell);
}

/// A cell of a Markdown (GFM) pipe table, already rendered as inline Markdown: a `|` that is
/// not escaped yet (in a link's address) is escaped, a line break becomes `<br>`.
fn md_cell(content: String) -> String {
    let mut out = String::with_capacity(content.len());
    let mut escaped = false;
    for c in content.chars() {
        match c {
            '|' if !escaped => out.push_str("\\|"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
        escaped = c == '\\' && !escaped;
    }
    out
}

/// Emphasis in Markdown: `**text**`, unless the text starts or ends with punctuation or space,
/// where CommonMark's flanking rules would leave the asterisks literal (common in Chinese:
/// `**（……）**`); then the HTML element, which CommonMark passes through.
fn md_strong(content: String, delimiter: String) -> String {
    let edge = |c: Option<char>| {
        c.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation() || is_cjk_punct(c))
    };
    if edge(content.chars().next()) || edge(content.chars().next_back()) {
        let tag = if delimiter == "**" { "strong" } else { "em" };
        format!("<{tag}>{content}</{tag}>")
    } else {
        format!("{delimiter}{content}{delimiter}")
    }
}

fn is_cjk_punct(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' | '“' | '”' | '‘' | '’')
}

/// A link target inside `<...>`: the characters that would end it are percent-encoded.
fn md_url(url: String) -> String {
    url.replace('<', "%3C")
        .replace('>', "%3E")
        .replace(' ', "%20")
}

/// Escapes text for HTML content and attribute values, and closes the bidirectional
/// embeddings and isolates it leaves open ([`crate::diag::bidi_closers`]).
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out.push_str(&crate::diag::bidi_closers(text));
    out
}

/// Wraps `text` to [`TEXT_WIDTH`] columns. The first line starts with `indent` spaces and
/// `hang` (a list marker); the following lines are indented to align with the text after it.
fn wrap(text: String, indent: Option<usize>, hang: Option<String>) -> String {
    let indent = " ".repeat(indent.unwrap_or(0));
    let hang = hang.unwrap_or_default();
    let first = format!("{indent}{hang}");
    let rest = format!(
        "{indent}{}",
        " ".repeat(UnicodeWidthStr::width(hang.as_str()))
    );
    let width = TEXT_WIDTH.max(UnicodeWidthStr::width(first.as_str()) + 20);
    // Korean is written with spaces between words and read as such: its lines break at the
    // spaces (CSS `word-break: keep-all`), not between any two syllables as Unicode allows.
    // A Chinese or Japanese paragraph quoting a Korean name still breaks between characters.
    let (hangul, other_cjk) = text.chars().fold((0, 0), |(h, o), c| {
        if crate::syntax::inline::is_hangul(c) {
            (h + 1, o)
        } else if crate::syntax::inline::is_cjk(c) {
            (h, o + 1)
        } else {
            (h, o)
        }
    });
    let korean = hangul > other_cjk;
    let separator = if korean {
        textwrap::WordSeparator::AsciiSpace
    } else {
        textwrap::WordSeparator::UnicodeBreakProperties
    };
    let options = textwrap::Options::new(width)
        .initial_indent(&first)
        .subsequent_indent(&rest)
        .word_separator(separator)
        .break_words(false);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // A text that fits on its first line is that line: no need to find its break
    // opportunities and weigh where to break (the most expensive part of a text render; most
    // headings, list items and summary lines are this short).
    if !text.is_empty()
        && UnicodeWidthStr::width(first.as_str()) + UnicodeWidthStr::width(text.as_str()) <= width
    {
        return first + &text;
    }
    textwrap::fill(&text, options)
}

/// A line of `ch` as wide as the widest line of `text` on screen (pass the wrapped text, so
/// that the underline of a long heading is as wide as its lines, not as the unwrapped text).
fn underline(text: String, ch: Option<String>) -> String {
    let width = text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
    ch.unwrap_or_else(|| "=".to_string()).repeat(width.max(1))
}

/// Escapes text for Markdown (CommonMark): characters that would start markup are
/// backslash-escaped; `<` and `&` become entities so no HTML gets through; bidirectional
/// embeddings and isolates left open are closed.
fn md_escape(text: String) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out.push_str(&crate::diag::bidi_closers(&text));
    out
}

/// A list marker written at the start of a Markdown list item, escaped so that `1.` or `1)`
/// is not read as the start of a nested ordered list.
fn md_marker(marker: String) -> String {
    let digits = marker.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(marker[digits..].chars().next(), Some('.' | ')')) {
        format!("{}\\{}", &marker[..digits], &marker[digits..])
    } else {
        md_escape(marker)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_breaks_at_spaces_only() {
        let text = "당사는 이용자의 개인정보를 누구에게도 판매하지 않으며, 개인정보 처리방침에 따라 처리합니다. ".repeat(4);
        let out = wrap(text.clone(), None, None);
        let words: Vec<&str> = text.split_whitespace().collect();
        for line in out.lines() {
            assert!(UnicodeWidthStr::width(line) <= TEXT_WIDTH, "{line}");
            for word in line.split_whitespace() {
                assert!(words.contains(&word), "a word was cut: {word}\n{out}");
            }
        }
    }

    #[test]
    fn a_chinese_paragraph_naming_a_korean_company_still_wraps() {
        let text = "我们与한국데이터주식회사合作，由其代表我们处理您的个人信息并提供技术支持服务。"
            .repeat(3);
        for line in wrap(text, None, None).lines() {
            assert!(UnicodeWidthStr::width(line) <= TEXT_WIDTH, "{line}");
        }
    }

    #[test]
    fn wraps_cjk_by_width_without_leading_closing_punctuation() {
        let text = "我们深知个人信息对您的重要性，并会尽全力保障您的个人信息安全可靠。我们致力于维持您对我们的信任，恪守以下原则保护您的个人信息：权责一致原则、目的明确原则。".repeat(2);
        let out = wrap(text, Some(2), Some("(1) ".into()));
        for line in out.lines() {
            assert!(UnicodeWidthStr::width(line) <= TEXT_WIDTH, "{line}");
            let first = line.trim_start().chars().next().unwrap();
            assert!(
                !"，。、；：）”」』】".contains(first),
                "line starts with closing punctuation: {line}"
            );
        }
        assert!(out.starts_with("  (1) 我们"));
        assert!(out.lines().nth(1).unwrap().starts_with("      "));
    }

    #[test]
    fn a_text_that_fits_is_its_one_line_as_textwrap_makes_it() {
        let options = textwrap::Options::new(TEXT_WIDTH)
            .initial_indent("  (1) ")
            .subsequent_indent("      ")
            .word_separator(textwrap::WordSeparator::UnicodeBreakProperties)
            .break_words(false);
        for text in [
            "Which information we collect",
            "我们收集的信息：姓名、电子邮件地址和电话号码",
            "e-mail, phone and post (answers within 15 working days)",
            &"x".repeat(74),
        ] {
            assert_eq!(
                wrap(text.to_string(), Some(2), Some("(1) ".into())),
                textwrap::fill(text, &options),
                "{text}"
            );
        }
    }

    #[test]
    fn never_splits_english_words() {
        let text = "internationalization ".repeat(10);
        let out = wrap(text, None, None);
        assert!(out.lines().all(|l| l
            .split(' ')
            .all(|w| w.is_empty() || w == "internationalization")));
    }

    #[test]
    fn markdown_escapes() {
        assert_eq!(md_escape("<script>*x*".into()), "&lt;script&gt;\\*x\\*");
        assert_eq!(md_marker("1.".into()), "1\\.");
        assert_eq!(md_marker("(a)".into()), "(a)");
        assert_eq!(md_cell("a \\| b | c\nd".into()), "a \\| b \\| c<br>d");
    }
}
