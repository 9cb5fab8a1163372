//! Section numbers and list markers, written in the source as a sample of how the first one
//! looks (`"(1)"`, `"a."`, `"1.1"`, `"•"`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MarkerStyle {
    Decimal,
    LowerAlpha,
    UpperAlpha,
    LowerRoman,
    UpperRoman,
    /// Outline numbers built from the parents' numbers: 1.2.3
    Outline,
    /// No counter: the prefix is the bullet.
    Bullet,
}

/// A numbering or list marker: a counter style between a prefix and a suffix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Marker {
    pub style: MarkerStyle,
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub prefix: String,
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub suffix: String,
}

impl Marker {
    pub fn bullet() -> Marker {
        Marker {
            style: MarkerStyle::Bullet,
            prefix: "•".to_string(),
            suffix: String::new(),
        }
    }

    /// Reads a sample marker. `None` when it has more than one counter or is too long to be
    /// a marker.
    pub fn parse(sample: &str) -> Option<Marker> {
        let sample = sample.trim();
        if sample.is_empty() || sample.chars().count() > 8 {
            return None;
        }
        // Outline: 1.1, 1.1.1, optionally with a final dot.
        let core = sample.strip_suffix('.').unwrap_or(sample);
        if core.contains('.') && core.split('.').all(|p| p == "1") {
            return Some(Marker {
                style: MarkerStyle::Outline,
                prefix: String::new(),
                suffix: if sample.ends_with('.') {
                    ".".into()
                } else {
                    String::new()
                },
            });
        }
        let counters: Vec<(usize, char)> = sample
            .char_indices()
            .filter(|(_, c)| matches!(c, '1' | 'a' | 'A' | 'i' | 'I'))
            .collect();
        if sample
            .chars()
            .any(|c| c.is_alphanumeric() && !matches!(c, '1' | 'a' | 'A' | 'i' | 'I'))
        {
            return None;
        }
        match counters.as_slice() {
            [] => Some(Marker {
                style: MarkerStyle::Bullet,
                prefix: sample.to_string(),
                suffix: String::new(),
            }),
            [(i, c)] => Some(Marker {
                style: match c {
                    '1' => MarkerStyle::Decimal,
                    'a' => MarkerStyle::LowerAlpha,
                    'A' => MarkerStyle::UpperAlpha,
                    'i' => MarkerStyle::LowerRoman,
                    _ => MarkerStyle::UpperRoman,
                },
                prefix: sample[..*i].to_string(),
                suffix: sample[i + 1..].to_string(),
            }),
            _ => None,
        }
    }

    /// The marker of the `n`th item (from 1). `parent` is the number of the enclosing
    /// section, used by outline numbering.
    pub fn format(&self, n: usize, parent: Option<&str>) -> String {
        let counter = match self.style {
            MarkerStyle::Bullet => return self.prefix.clone(),
            MarkerStyle::Decimal => n.to_string(),
            MarkerStyle::LowerAlpha => alpha(n),
            MarkerStyle::UpperAlpha => alpha(n).to_uppercase(),
            MarkerStyle::LowerRoman => roman(n),
            MarkerStyle::UpperRoman => roman(n).to_uppercase(),
            MarkerStyle::Outline => {
                let parent = parent
                    .map(|p| {
                        p.trim_end_matches('.')
                            .trim_matches(|c: char| !c.is_ascii_digit() && c != '.')
                    })
                    .filter(|p| !p.is_empty());
                match parent {
                    Some(p) => format!("{p}.{n}"),
                    None => n.to_string(),
                }
            }
        };
        format!("{}{}{}", self.prefix, counter, self.suffix)
    }

    /// The sample that reads back as this marker (used by the formatter and messages).
    pub fn sample(&self) -> String {
        match self.style {
            MarkerStyle::Outline => format!("1.1{}", self.suffix),
            MarkerStyle::Bullet => self.prefix.clone(),
            _ => self.format(1, None),
        }
    }
}

fn alpha(mut n: usize) -> String {
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
    }
    out.iter().rev().collect()
}

fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples() {
        assert_eq!(Marker::parse("(1)").unwrap().format(3, None), "(3)");
        assert_eq!(Marker::parse("a.").unwrap().format(28, None), "ab.");
        assert_eq!(Marker::parse("(i)").unwrap().format(4, None), "(iv)");
        assert_eq!(Marker::parse("1.1").unwrap().format(2, Some("3.")), "3.2");
        assert_eq!(
            Marker::parse("1.1.1").unwrap().format(5, Some("3.2")),
            "3.2.5"
        );
        assert_eq!(Marker::parse("•").unwrap().format(5, None), "•");
        assert!(Marker::parse("1a").is_none());
        assert!(Marker::parse("x.").is_none());
    }
}
