//! E-mail and web addresses in running text. An address ends where a character that cannot
//! belong to it begins: a space, CJK text or punctuation (`privacy@example.com。`,
//! `请访问https://example.com/privacy了解`), whatever the language writes around it.

use std::ops::Range;
use std::str::FromStr;

use unicode_script::{Script, UnicodeScript};

/// Whether a character can be part of an address as text writes it. ASCII: the characters
/// RFC 3986 allows in a URI (unreserved, reserved and `%`) except those prose puts around an
/// address more often than inside one (`(`, `)`, `,`, `;`, `'`). Beyond ASCII: letters and
/// digits of internationalised names (`münchen.de`), but not CJK text, fullwidth forms or
/// punctuation, which end an address.
pub fn in_address(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric()
            || matches!(
                c,
                '-' | '.'
                    | '_'
                    | '~'
                    | ':'
                    | '/'
                    | '?'
                    | '#'
                    | '['
                    | ']'
                    | '@'
                    | '!'
                    | '$'
                    | '&'
                    | '*'
                    | '+'
                    | '='
                    | '%'
            );
    }
    c.is_alphanumeric()
        && !('\u{FF00}'..='\u{FFEF}').contains(&c)
        && !matches!(
            c.script(),
            Script::Han
                | Script::Hiragana
                | Script::Katakana
                | Script::Hangul
                | Script::Bopomofo
                | Script::Common
                | Script::Inherited
        )
}

/// The addresses in a text, normalised (see [`normalise`]), with the byte range each takes.
pub fn addresses(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, in_address(c)) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                out.extend(address_in(text, from..at));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The address in one run of address characters, if it holds one: a web address from its
/// `http://` or `https://`, or an e-mail address around its `@`.
fn address_in(text: &str, run: Range<usize>) -> Option<(Range<usize>, String)> {
    let token = &text[run.clone()];
    let lower = token.to_ascii_lowercase();
    if let Some(at) = lower.find("https://").or_else(|| lower.find("http://")) {
        let end = at + trimmed(&token[at..]).len();
        return Some((run.start + at..run.start + end, normalise(&token[at..end])));
    }
    let at = token.find('@')?;
    // RFC 5322 atext, and the dots between atoms.
    let local = token[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || "!#$%&*+-/=?^_`{|}~.".contains(c)))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let domain_end = token[at + 1..]
        .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.'))
        .map_or(token.len(), |i| at + 1 + i);
    let candidate = token[local..domain_end].trim_end_matches(['.', '-']);
    let domain = &candidate[candidate.find('@')? + 1..];
    if !domain.contains('.') || email_address::EmailAddress::from_str(candidate).is_err() {
        return None;
    }
    let from = run.start + local;
    Some((from..from + candidate.len(), normalise(candidate)))
}

/// An address without the punctuation that ends the sentence it stands in.
fn trimmed(address: &str) -> &str {
    address.trim_end_matches(['.', '!', '?', ':', '*'])
}

/// One spelling for one address: lower-case, without `mailto:`, a web address as the `url`
/// crate writes it (`https://Example.com` and `https://example.com/` are the same).
pub fn normalise(address: &str) -> String {
    let address = address.strip_prefix("mailto:").unwrap_or(address);
    match url::Url::parse(address) {
        Ok(url) if matches!(url.scheme(), "http" | "https") => url.as_str().to_lowercase(),
        _ => address.to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<String> {
        addresses(text).into_iter().map(|(_, a)| a).collect()
    }

    #[test]
    fn an_address_ends_where_cjk_text_or_punctuation_begins() {
        for text in [
            "privacy@example.com",
            "Write to privacy@example.com.",
            "请发送邮件至privacy@example.com。",
            "请发送邮件至privacy@example.com联系我们",
            "（privacy@example.com）",
            "(privacy@example.com)",
            "“privacy@example.com”",
            "e-mail:privacy@example.com;",
            "Privacy@Example.com!",
            "privacy@example.com，或",
            "メールprivacy@example.comまで",
            "privacy@example.com로",
        ] {
            assert_eq!(read(text), ["privacy@example.com"], "{text}");
        }
        for text in [
            "https://example.com/privacy",
            "see https://example.com/privacy.",
            "请访问https://example.com/privacy了解",
            "请访问https://example.com/privacy。",
            "（https://example.com/privacy）",
            "see:https://Example.com/privacy",
            "HTTPS://EXAMPLE.COM/privacy",
        ] {
            assert_eq!(read(text), ["https://example.com/privacy"], "{text}");
        }
        assert_eq!(
            read("https://example.com 和 https://example.com/"),
            ["https://example.com/", "https://example.com/"]
        );
        assert_eq!(
            read("https://münchen.de/a"),
            ["https://xn--mnchen-3ya.de/a"]
        );
    }

    #[test]
    fn changed_addresses_stay_different() {
        assert_ne!(
            read("privacy@example.com"),
            read("请发送至privacy@example.cn。")
        );
        assert_ne!(
            read("https://example.com/privacy"),
            read("请访问https://example.com/privacy2了解")
        );
        assert!(read("@info or a@b and user@localhost").is_empty());
    }
}
