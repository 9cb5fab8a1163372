//! The built-in vocabulary (`vocabulary/builtin.toml`, embedded in the binary): terms for data
//! categories, purposes, legal bases, recipients, rights, security measures, channels and
//! regions, each with labels in `en` and `zh-CN` and its W3C DPV concept where one matches;
//! and negative promises (`promise`), each with the law or rule it comes from (`source`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// The kinds of term, as the source names them.
pub const KINDS: [&str; 9] = [
    "data",
    "purpose",
    "basis",
    "recipient",
    "right",
    "measure",
    "channel",
    "region",
    "promise",
];

#[derive(Clone, Debug, Deserialize)]
pub struct Entry {
    pub dpv: Option<String>,
    /// For a promise: the law or rule it comes from.
    pub source: Option<String>,
    #[serde(flatten)]
    pub labels: BTreeMap<String, String>,
}

/// kind -> id -> entry.
pub type Vocabulary = BTreeMap<String, BTreeMap<String, Entry>>;

const BUILTIN: &str = include_str!("../../vocabulary/builtin.toml");

/// The built-in vocabulary, parsed once.
pub fn builtin() -> &'static Vocabulary {
    static VOCAB: OnceLock<Vocabulary> = OnceLock::new();
    VOCAB.get_or_init(|| {
        read_simple(BUILTIN).unwrap_or_else(|| {
            toml::from_str(BUILTIN)
                .expect("the built-in vocabulary is valid TOML (a unit test checks it)")
        })
    })
}

/// Reads the vocabulary file when it keeps to its simple layout (comments, `[kind.id]`
/// tables, `key = "value"` lines without escapes), in less than half the time of the
/// TOML parser (0.15 ms against 0.33 ms): it runs at the start of every command that checks, and a diff of two files is a
/// few milliseconds in all. `None` for anything else, which the TOML parser then reads; a
/// unit test holds the two to the same result.
fn read_simple(text: &str) -> Option<Vocabulary> {
    let mut vocab = Vocabulary::new();
    let mut current: Option<&mut Entry> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(table) = line.strip_prefix('[') {
            let (kind, id) = table.strip_suffix(']')?.split_once('.')?;
            let plain = |s: &str| {
                !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            };
            if !plain(kind) || !plain(id) {
                return None;
            }
            let terms = vocab.entry(kind.to_string()).or_default();
            if terms.contains_key(id) {
                return None;
            }
            current = Some(terms.entry(id.to_string()).or_insert(Entry {
                dpv: None,
                source: None,
                labels: BTreeMap::new(),
            }));
            continue;
        }
        let (key, value) = line.split_once(" = ")?;
        let value = value.strip_prefix('"')?.strip_suffix('"')?;
        if value.contains(['"', '\\']) {
            return None;
        }
        let entry = current.as_mut()?;
        let slot = match key {
            "dpv" => entry.dpv.get_or_insert_with(String::new),
            "source" => entry.source.get_or_insert_with(String::new),
            _ => entry.labels.entry(key.to_string()).or_default(),
        };
        if !slot.is_empty() {
            return None;
        }
        slot.push_str(value);
    }
    Some(vocab)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_simple_reader_reads_what_the_toml_parser_reads() {
        let simple = read_simple(BUILTIN).expect("the built-in file keeps the simple layout");
        let full: Vocabulary = toml::from_str(BUILTIN).unwrap();
        assert_eq!(format!("{simple:?}"), format!("{full:?}"));
        // Anything outside the simple layout is left to the TOML parser.
        assert!(read_simple("[data.x]\nen = \"a \\\"b\\\"\"\n").is_none());
        assert!(read_simple("[data.x]\nen = 'a'\n").is_none());
        assert!(read_simple("[data.x]\nen = \"a\"\nen = \"b\"\n").is_none());
    }

    #[test]
    fn every_term_has_both_labels_and_a_known_kind() {
        let vocab = builtin();
        assert_eq!(
            vocab.keys().map(String::as_str).collect::<Vec<_>>().len(),
            KINDS.len()
        );
        for (kind, terms) in vocab {
            assert!(KINDS.contains(&kind.as_str()), "unknown kind {kind}");
            for (id, entry) in terms {
                for lang in ["en", "zh-CN"] {
                    assert!(
                        entry.labels.get(lang).is_some_and(|l| !l.trim().is_empty()),
                        "{kind}.{id} has no {lang} label"
                    );
                }
                assert!(entry.labels.len() == 2, "{kind}.{id} has unexpected keys");
                // A promise says where it comes from; only promises do.
                assert_eq!(
                    entry.source.is_some(),
                    kind == "promise",
                    "{kind}.{id} source"
                );
            }
        }
    }
}
