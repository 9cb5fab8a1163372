//! The manifest of a built site (`.policyc-site.json`): every file with the key it was made
//! from, so that the next build renders only what changed.

use super::*;

/// What a build wrote: every file with the key of its inputs and its size.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub files: BTreeMap<String, ManifestEntry>,
}

/// One file of the manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// The hash of everything the file is made from: its view and the blobs it copies.
    pub key: String,
    /// For archived versions' pages, the digest of the inputs their view is built from
    /// (cheaper to find than the view): equal, the page is kept without building its view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deps: Option<String>,
    /// Its size in bytes (the command line checks it before trusting the entry).
    pub size: u64,
}

impl Manifest {
    /// Reads a manifest; anything unreadable is an empty one (everything is built again).
    pub fn parse(bytes: &[u8]) -> Manifest {
        serde_json::from_slice::<Manifest>(bytes)
            .ok()
            .filter(|m| m.format == MANIFEST_FORMAT)
            .unwrap_or_default()
    }

    /// The manifest as it is written to the output folder.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the manifest serialises") + "\n"
    }
}
