//! The built-in vocabulary (`vocabulary/builtin.toml`, embedded in the binary): terms for data
//! categories, purposes, legal bases, recipients, rights, security measures, channels and
//! regions, each with labels in `en` and `zh-CN` and its W3C DPV concept where one matches.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// The kinds of term, as the source names them.
pub const KINDS: [&str; 8] = [
    "data",
    "purpose",
    "basis",
    "recipient",
    "right",
    "measure",
    "channel",
    "region",
];

#[derive(Clone, Debug, Deserialize)]
pub struct Entry {
    pub dpv: Option<String>,
    #[serde(flatten)]
    pub labels: BTreeMap<String, String>,
}

/// kind -> id -> entry.
pub type Vocabulary = BTreeMap<String, BTreeMap<String, Entry>>;

/// The built-in vocabulary, parsed once.
pub fn builtin() -> &'static Vocabulary {
    static VOCAB: OnceLock<Vocabulary> = OnceLock::new();
    VOCAB.get_or_init(|| {
        toml::from_str(include_str!("../../vocabulary/builtin.toml"))
            .expect("the built-in vocabulary is valid TOML (a unit test checks it)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
            }
        }
    }
}
