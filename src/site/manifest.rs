//! The manifest of a built site (`OUT.policyc-site.json`, beside the output folder): every
//! file with the key it was made from, so that the next build renders only what changed.

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

    /// The first entry whose path is not a plain relative path inside the output folder (a
    /// `..`, a root, a drive prefix, `.`, an empty part): such a manifest was not written by
    /// policyc, and nothing it names may be removed or trusted.
    pub fn outside_entry(&self) -> Option<&str> {
        self.files
            .keys()
            .find(|rel| !is_inside(rel))
            .map(String::as_str)
    }

    /// The manifest as it is written to the output folder.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the manifest serialises") + "\n"
    }
}

/// Whether `rel` is a relative path of plain names (no `..`, `.`, root, prefix or empty part),
/// so that joined to the output folder it stays inside it.
pub fn is_inside(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.contains('\\')
        && rel
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
        && std::path::Path::new(rel)
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_inside() {
        assert!(is_inside("hitgen/en.html"));
        assert!(is_inside("index.html"));
        for bad in [
            "",
            "../policies/acme.policy",
            "/etc/passwd",
            "a/../../b",
            "a//b",
            "./a",
            "a/",
            "a\\..\\b",
        ] {
            assert!(!is_inside(bad), "{bad}");
        }
    }
}
