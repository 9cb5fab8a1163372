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
    /// The DPV concept the term is.
    pub dpv: Option<String>,
    /// The nearest broader DPV concept, for a term no concept matches exactly: exports
    /// declare the term as the policy's own concept, a subclass of this one.
    #[serde(rename = "dpv-broader")]
    pub dpv_broader: Option<String>,
    /// For a promise: the law or rule it comes from.
    pub source: Option<String>,
    #[serde(flatten)]
    pub labels: BTreeMap<String, String>,
}

/// kind -> id -> entry.
pub type Vocabulary = BTreeMap<String, BTreeMap<String, Entry>>;

const BUILTIN: &str = include_str!("../../vocabulary/builtin.toml");

/// The DPV release the vocabulary's concepts are checked against (vendored in
/// `vocabulary/dpv-2.2/`).
pub const DPV_RELEASE: &str = "2.2";

/// The prefixes of the vendored release: DPV itself and the extensions it holds.
pub const DPV_PREFIXES: [&str; 5] = ["dpv", "pd", "loc", "tech", "eu-gdpr"];

const DPV_CONCEPTS: &str = include_str!("../../vocabulary/dpv-2.2/concepts.txt");

/// Every concept of the vendored DPV release, as `prefix:Name`.
pub fn dpv_concepts() -> &'static std::collections::BTreeSet<&'static str> {
    static SET: OnceLock<std::collections::BTreeSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        DPV_CONCEPTS
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether `concept` (`prefix:Name`) can be checked against the vendored release, and is in
/// it: `None` for a prefix the release does not hold.
pub fn dpv_known(concept: &str) -> Option<bool> {
    let (prefix, _) = concept.split_once(':')?;
    DPV_PREFIXES
        .contains(&prefix)
        .then(|| dpv_concepts().contains(concept))
}

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
                dpv_broader: None,
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
            "dpv-broader" => entry.dpv_broader.get_or_insert_with(String::new),
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
                // A language's column is whole: every term of it has a label in each
                // language any term has.
                let first = &vocab["data"]["name"];
                assert!(
                    entry.labels.keys().eq(first.labels.keys()),
                    "{kind}.{id} is labelled in {:?}, data.name in {:?}",
                    entry.labels.keys().collect::<Vec<_>>(),
                    first.labels.keys().collect::<Vec<_>>()
                );
                assert!(
                    entry.labels.values().all(|l| !l.trim().is_empty()),
                    "{kind}.{id}"
                );
                // Every DPV concept is in the vendored release; a term is a concept or
                // narrower than one, not both.
                for concept in entry.dpv.iter().chain(&entry.dpv_broader) {
                    assert_eq!(
                        dpv_known(concept),
                        Some(true),
                        "{kind}.{id}: {concept} is not a concept of DPV {DPV_RELEASE}"
                    );
                }
                assert!(
                    entry.dpv.is_none() || entry.dpv_broader.is_none(),
                    "{kind}.{id}"
                );
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
