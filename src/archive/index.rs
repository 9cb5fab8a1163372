//! A policy's index, `<id>/versions.json`: read from its end for the latest version, and
//! extended by writing one entry before the closing bracket, so that its cost does not grow
//! with the history.

use super::*;

pub(super) fn index_path(id: &str) -> String {
    format!("{id}/versions.json")
}

pub(super) fn parse_index(id: &str, bytes: &[u8]) -> Result<Vec<VersionEntry>> {
    serde_json::from_slice(bytes).map_err(|e| Error::Corrupt(format!("{id}/versions.json: {e}")))
}

/// A policy's `versions.json` as stored, read once by a publish. Publishing needs only its
/// last entry and the index with one entry more, so both are found in the text: the file is
/// written pretty-printed (an array whose entries start on lines of their own, indented by
/// two spaces), its last entry is the text after the last such line, and appending an entry
/// is writing it before the closing bracket, byte for byte what serialising the whole index
/// would give. That keeps the cost of a publish from growing with the number of versions
/// archived; an index in any other layout (edited by hand) is parsed and written whole.
pub struct Index {
    pub(super) id: String,
    pub(super) bytes: Option<Vec<u8>>,
}

/// Where an entry starts in a pretty-printed index.
pub(super) const ENTRY_START: &[u8] = b"\n  {\n";
/// How a pretty-printed index ends.
pub(super) const INDEX_END: &[u8] = b"\n]\n";

impl Index {
    /// The newest version, if any.
    pub fn last(&self) -> Result<Option<VersionEntry>> {
        let Some(bytes) = &self.bytes else {
            return Ok(None);
        };
        if let Some(entry) = last_entry(bytes) {
            if let Ok(entry) = serde_json::from_slice::<VersionEntry>(entry) {
                return Ok(Some(entry));
            }
        }
        Ok(parse_index(&self.id, bytes)?.pop())
    }

    /// Every version, oldest first.
    pub fn all(&self) -> Result<Vec<VersionEntry>> {
        match &self.bytes {
            Some(bytes) => parse_index(&self.id, bytes),
            None => Ok(Vec::new()),
        }
    }

    /// The index with `entry` appended, as it is written to the archive.
    pub fn with(&self, entry: &VersionEntry) -> Result<Vec<u8>> {
        let json = serde_json::to_string_pretty(entry).expect("an entry serialises");
        let mut indented = String::with_capacity(json.len() + json.len() / 8);
        for line in json.lines() {
            indented.push_str("\n  ");
            indented.push_str(line);
        }
        match &self.bytes {
            None => Ok(format!("[{indented}\n]\n").into_bytes()),
            Some(bytes) if bytes.starts_with(b"[\n  {") && bytes.ends_with(INDEX_END) => {
                let mut out = bytes[..bytes.len() - INDEX_END.len()].to_vec();
                out.push(b',');
                out.extend_from_slice(indented.as_bytes());
                out.extend_from_slice(INDEX_END);
                Ok(out)
            }
            Some(bytes) => {
                let mut all = parse_index(&self.id, bytes)?;
                all.push(entry.clone());
                Ok(
                    (serde_json::to_string_pretty(&all).expect("the index serialises") + "\n")
                        .into_bytes(),
                )
            }
        }
    }
}

/// The text of the last entry of a pretty-printed index.
pub(super) fn last_entry(bytes: &[u8]) -> Option<&[u8]> {
    let body = bytes.strip_suffix(INDEX_END)?;
    let start = body
        .windows(ENTRY_START.len())
        .rposition(|w| w == ENTRY_START)?;
    Some(&body[start + 1..])
}
