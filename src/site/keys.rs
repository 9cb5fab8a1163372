//! What a page is made from: the archive read through one snapshot, and the keys (hashes of
//! views, blobs, templates, configuration and code) that decide whether a page is built again.

use super::*;

/// The archive's current tree, each folder listed once ([`archive::Snapshot`]), with the
/// site's errors.
pub(super) struct Reader<'a>(archive::Snapshot<'a>);

impl<'a> Reader<'a> {
    pub(super) fn new(archive: &'a Archive) -> Result<Reader<'a>, Error> {
        Ok(Reader(archive.snapshot()?))
    }

    /// The id and kind of the entry at `path`.
    pub(super) fn entry(&self, path: &str) -> Option<(git2::Oid, Option<git2::ObjectType>)> {
        self.0.entry(path)
    }

    /// The id of the blob at `path`, if there is one.
    pub(super) fn oid(&self, path: &str) -> Option<git2::Oid> {
        self.0.oid(path)
    }

    pub(super) fn read(&self, path: &str) -> Result<Vec<u8>, Error> {
        self.0
            .read(path)?
            .ok_or_else(|| Error::Archive(format!("the archive has no {path}")))
    }

    pub(super) fn read_string(&self, path: &str) -> Result<String, Error> {
        String::from_utf8(self.read(path)?)
            .map_err(|_| Error::Archive(format!("{path} is not UTF-8")))
    }
}

/// Hex of the first 16 bytes of the SHA-256 of the parts.
pub(super) fn hash(parts: &[&[u8]]) -> String {
    hex(prefixed(parts))
}

/// A SHA-256 of the parts, each preceded by its length, to be continued.
pub(super) fn prefixed(parts: &[&[u8]]) -> Sha256 {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h
}

/// Hex of the first 16 bytes of the hash.
pub(super) fn hex(h: Sha256) -> String {
    let mut hex = String::with_capacity(32);
    for b in &h.finalize()[..16] {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

/// Writes into a hash.
pub(super) struct Hasher(pub(super) Sha256);

impl std::io::Write for Hasher {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The digest of the code that builds the views of archived versions' pages from their
/// inputs: a page whose inputs did not change is kept only if this did not either.
pub(super) fn code_key() -> String {
    // The catalogues: the words of every page (a translation fix rebuilds the pages that
    // show it).
    let catalogues: Vec<&[u8]> = crate::locale::languages()
        .filter_map(crate::locale::catalogue_source)
        .map(str::as_bytes)
        .collect();
    let code: [&[u8]; 14] = [
        env!("CARGO_PKG_VERSION").as_bytes(),
        include_str!("mod.rs").as_bytes(),
        include_str!("history.rs").as_bytes(),
        include_str!("keys.rs").as_bytes(),
        include_str!("paths.rs").as_bytes(),
        include_str!("views.rs").as_bytes(),
        include_str!("pages/mod.rs").as_bytes(),
        include_str!("pages/versions.rs").as_bytes(),
        include_str!("pages/lists.rs").as_bytes(),
        include_str!("pages/archived.rs").as_bytes(),
        include_str!("words.rs").as_bytes(),
        include_str!("../model/wording.rs").as_bytes(),
        include_str!("../render/view/mod.rs").as_bytes(),
        include_str!("../render/view/summary.rs").as_bytes(),
    ];
    let all: Vec<&[u8]> = code.into_iter().chain(catalogues).collect();
    hash(&all)
}

/// What every page depends on: policyc's version, the templates, the configuration.
pub(super) fn global_key(inputs: &Inputs<'_>, env: &Environment<'_>) -> Result<String, Error> {
    let mut parts: Vec<Vec<u8>> = vec![
        env!("CARGO_PKG_VERSION").as_bytes().to_vec(),
        serde_json::to_vec(&inputs.site.config).expect("the configuration serialises"),
    ];
    for name in template_names() {
        let t = env
            .get_template(name)
            .map_err(|e| template_error(name, &e))?;
        parts.push(name.as_bytes().to_vec());
        parts.push(t.source().as_bytes().to_vec());
    }
    let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    Ok(hash(&refs))
}
