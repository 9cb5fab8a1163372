//! Version receipts: what a consent record stores to prove which text a person accepted.
//!
//! A version's content hash is the SHA-256 of the bytes of its archived `model.json`, so that
//! anyone can recompute it with `git show main:<id>/<version>/model.json | sha256sum`.
//! `publish` records it in `versions.json` (`sha256`); [`receipt`] reads it back with the
//! commit that recorded the version and the version's address on the site; [`verify`] checks a
//! stored receipt against the archive and names every way in which they differ.

use std::collections::BTreeMap;

use git2::Oid;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::{Archive, VersionEntry, Which};

/// The `receipt` field of every receipt policyc writes: the format and its version.
pub const FORMAT: &str = "policyc-receipt/1";

/// The receipt of one archived version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Receipt {
    /// Always [`FORMAT`].
    pub receipt: String,
    pub policy: String,
    pub version: String,
    /// The controllers' names, in the policy's authoritative language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controllers: Vec<String>,
    pub released: String,
    pub updated: String,
    pub effective: String,
    /// The day it was published (YYYY-MM-DD).
    pub published: String,
    pub languages: Vec<String>,
    /// SHA-256 of the archived `model.json`, lower-case hex.
    pub sha256: String,
    /// The archive path the hash is of.
    pub content: String,
    /// The archive commit that recorded the version.
    pub commit: String,
    /// The version's page in each language, when the site's address is known.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub urls: BTreeMap<String, String>,
}

impl Archive {
    /// The commit the tag `name` (`<id>/<version>`) points to, as hex.
    pub fn tag_commit(&self, name: &str) -> std::result::Result<String, String> {
        self.repo
            .find_reference(&format!("refs/tags/{name}"))
            .and_then(|r| r.peel_to_commit())
            .map(|c| c.id().to_string())
            .map_err(|_| {
                format!("the archive has no tag {name}; the next `policyc publish` restores the tags a stopped publish left missing")
            })
    }

    /// A file as the commit `commit` (hex) recorded it. The commit must be in the history of
    /// the archive's branch: a receipt naming a commit the history lost is not verified.
    pub fn read_at(
        &self,
        commit: &str,
        path: &str,
    ) -> std::result::Result<Option<Vec<u8>>, String> {
        let unknown = || format!("commit {commit} is not in the archive's history");
        let oid = Oid::from_str(commit).map_err(|_| format!("`{commit}` is not a commit id"))?;
        let commit_obj = self.repo.find_commit(oid).map_err(|_| unknown())?;
        let head = self
            .head()
            .map_err(|e| e.to_string())?
            .ok_or_else(unknown)?;
        let in_history = head.id() == oid
            || self
                .repo
                .graph_descendant_of(head.id(), oid)
                .map_err(|e| e.message().to_string())?;
        if !in_history {
            return Err(unknown());
        }
        let tree = commit_obj.tree().map_err(|e| e.message().to_string())?;
        let Some((blob, _)) = self.entry_at(tree, path).map_err(|e| e.to_string())? else {
            return Ok(None);
        };
        let blob = self
            .repo
            .find_blob(blob)
            .map_err(|e| format!("{path}: {}", e.message()))?;
        Ok(Some(blob.content().to_vec()))
    }
}

/// SHA-256 of `bytes` as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The archive path of a version's model, the bytes its content hash is of.
pub fn content_path(id: &str, version: &str) -> String {
    format!("{id}/{version}/model.json")
}

/// The receipt of the version `which` of policy `id`; `base_url` (ending in `/`) gives the
/// addresses of its pages on the site. Errors are messages for people.
pub fn receipt(
    archive: &Archive,
    id: &str,
    which: &Which,
    base_url: Option<&str>,
) -> Result<Receipt, String> {
    let entry = archive.resolve(id, which)?;
    let content = content_path(id, &entry.version);
    let bytes = archive
        .read(&content)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("the archive has no {content}"))?;
    let sha256 = sha256_hex(&bytes);
    if let Some(recorded) = &entry.sha256 {
        if recorded != &sha256 {
            return Err(format!(
                "{content} hashes to {sha256}, but versions.json records {recorded}: the archive was changed after the version was published"
            ));
        }
    }
    let commit = archive.tag_commit(&format!("{id}/{}", entry.version))?;
    Ok(Receipt {
        receipt: FORMAT.to_string(),
        policy: id.to_string(),
        version: entry.version.clone(),
        controllers: controllers(&bytes),
        released: entry.released.clone(),
        updated: entry.updated.clone(),
        effective: entry.effective.clone(),
        published: entry.published.clone(),
        languages: entry.languages.clone(),
        sha256,
        content,
        commit,
        urls: base_url.map_or_else(BTreeMap::new, |base| urls(base, id, &entry)),
    })
}

/// The version's page in each of its languages, under the site's address.
pub fn urls(base: &str, id: &str, entry: &VersionEntry) -> BTreeMap<String, String> {
    entry
        .languages
        .iter()
        .map(|l| (l.clone(), format!("{base}{id}/{}/{l}.html", entry.version)))
        .collect()
}

/// The controllers' names in the authoritative language, read from the archived model.
fn controllers(model: &[u8]) -> Vec<String> {
    let Ok(policy) = serde_json::from_slice::<crate::model::Policy>(model) else {
        return Vec::new();
    };
    policy
        .facts
        .controllers
        .iter()
        .filter_map(|c| {
            c.name
                .get(&policy.authoritative)
                .or_else(|| c.name.values().next())
        })
        .map(|inlines| crate::model::Inline::plain(inlines))
        .collect()
}

/// The receipt as the notice part of an ISO/IEC TS 27560 consent record, in JSON-LD with the
/// terms of the W3C Data Privacy Vocabulary (DPV), DCMI Terms and SPDX (for the checksum).
pub fn iso27560(r: &Receipt) -> Value {
    let mut notice = json!({
        "@context": {
            "dpv": "https://w3id.org/dpv#",
            "dct": "http://purl.org/dc/terms/",
            "spdx": "http://spdx.org/rdf/terms#",
            "xsd": "http://www.w3.org/2001/XMLSchema#"
        },
        "@type": "dpv:PrivacyNotice",
        "dct:identifier": format!("{}@{}", r.policy, r.version),
        "dct:isVersionOf": r.policy,
        "dct:hasVersion": r.version,
        "dct:issued": {"@value": r.published, "@type": "xsd:date"},
        "dct:modified": {"@value": r.updated, "@type": "xsd:date"},
        "dct:valid": {"@value": r.effective, "@type": "xsd:date"},
        "dct:language": r.languages,
        "spdx:checksum": {
            "@type": "spdx:Checksum",
            "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
            "spdx:checksumValue": r.sha256
        },
        "dct:source": format!("{} ({} at commit {})", r.content, r.policy, r.commit)
    });
    if let Some(first) = r.urls.get(r.languages.first().map_or("", String::as_str)) {
        notice["@id"] = json!(first);
    }
    if !r.urls.is_empty() {
        notice["dct:hasFormat"] = json!(r
            .urls
            .iter()
            .map(|(lang, url)| json!({"@id": url, "dct:language": lang, "dct:format": "text/html"}))
            .collect::<Vec<_>>());
    }
    if !r.controllers.is_empty() {
        notice["dpv:hasDataController"] = json!(r
            .controllers
            .iter()
            .map(|name| json!({"@type": "dpv:DataController", "dct:title": name}))
            .collect::<Vec<_>>());
    }
    notice
}

/// What a stored receipt names, read from either format.
struct Claim {
    policy: String,
    version: String,
    sha256: String,
    commit: Option<String>,
    dates: Vec<(&'static str, String)>,
}

fn claim(text: &str) -> Result<Claim, String> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| format!("the receipt is not JSON: {e}"))?;
    if value.get("receipt").and_then(Value::as_str) == Some(FORMAT) {
        let r: Receipt = serde_json::from_value(value)
            .map_err(|e| format!("the receipt is not a {FORMAT} receipt: {e}"))?;
        return Ok(Claim {
            policy: r.policy,
            version: r.version,
            sha256: r.sha256,
            commit: Some(r.commit),
            dates: vec![
                ("released", r.released),
                ("updated", r.updated),
                ("effective", r.effective),
                ("published", r.published),
            ],
        });
    }
    let field = |path: &[&str]| -> Option<String> {
        let mut v = &value;
        for key in path {
            v = v.get(*key)?;
        }
        v.as_str().map(str::to_string)
    };
    match (
        field(&["dct:isVersionOf"]),
        field(&["dct:hasVersion"]),
        field(&["spdx:checksum", "spdx:checksumValue"]),
    ) {
        (Some(policy), Some(version), Some(sha256)) => Ok(Claim {
            policy,
            version,
            sha256,
            commit: None,
            dates: [
                ("published", "dct:issued"),
                ("updated", "dct:modified"),
                ("effective", "dct:valid"),
            ]
            .into_iter()
            .filter_map(|(name, key)| Some((name, field(&[key, "@value"])?)))
            .collect(),
        }),
        _ => Err(format!(
            "the receipt is neither a {FORMAT} receipt nor an ISO/IEC TS 27560 notice written by `policyc receipt --format iso27560`"
        )),
    }
}

/// What a verified receipt names.
#[derive(Debug)]
pub struct Verified {
    pub policy: String,
    pub version: String,
    pub sha256: String,
}

/// Checks the receipt `text` against the archive. `Ok(Ok(..))`: the archive holds exactly
/// the text it names; `Ok(Err(list))`: every way in which they differ; `Err`: the receipt or
/// the archive cannot be read.
pub fn verify(
    archive: &Archive,
    text: &str,
) -> Result<std::result::Result<Verified, Vec<String>>, String> {
    let c = claim(text)?;
    let name = format!("{} {}", c.policy, c.version);
    let entry = match archive.resolve(&c.policy, &Which::Version(c.version.clone())) {
        Ok(e) => e,
        Err(e) => return Ok(Err(vec![e])),
    };
    let mut problems = Vec::new();
    let content = content_path(&c.policy, &c.version);
    match archive.read(&content).map_err(|e| e.to_string())? {
        Some(bytes) => {
            let now = sha256_hex(&bytes);
            if now != c.sha256 {
                problems.push(format!(
                    "{content} in the archive hashes to {now}, not to the receipt's {}: the text the receipt names is not the one archived",
                    c.sha256
                ));
            }
        }
        None => problems.push(format!("the archive has no {content}")),
    }
    if let Some(recorded) = &entry.sha256 {
        if recorded != &c.sha256 {
            problems.push(format!(
                "versions.json records {recorded} for {name}, not the receipt's {}",
                c.sha256
            ));
        }
    }
    if let Some(commit) = &c.commit {
        match archive.read_at(commit, &content) {
            Ok(Some(bytes)) if sha256_hex(&bytes) != c.sha256 => problems.push(format!(
                "{content} as recorded in commit {commit} hashes to {}, not to the receipt's {}",
                sha256_hex(&bytes),
                c.sha256
            )),
            Ok(Some(_)) => {}
            Ok(None) => problems.push(format!("commit {commit} holds no {content}")),
            Err(e) => problems.push(e),
        }
    }
    for (what, claimed) in &c.dates {
        let archived = match *what {
            "released" => &entry.released,
            "updated" => &entry.updated,
            "effective" => &entry.effective,
            _ => &entry.published,
        };
        if archived != claimed {
            problems.push(format!(
                "the receipt gives {claimed} as the {what} date of {name}; the archive has {archived}"
            ));
        }
    }
    Ok(if problems.is_empty() {
        Ok(Verified {
            policy: c.policy,
            version: c.version,
            sha256: c.sha256,
        })
    } else {
        Err(problems)
    })
}

#[cfg(test)]
mod tests {
    use super::sha256_hex;

    #[test]
    fn the_hash_is_sha256_in_lower_case_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
