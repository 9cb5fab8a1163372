//! `<id>/versions.json` on the site: every version of a policy with its content hash and the
//! address of its page in each language, for consent tools that store which version a person
//! accepted (docs/receipts.md).

use super::*;

/// Where the site puts a version as JSON-LD with DPV.
pub(in crate::site) fn jsonld_path(id: &str, version: &str) -> String {
    format!("{id}/{version}/dpv.jsonld")
}

impl<'a> Planner<'a> {
    /// `<id>/<version>/dpv.jsonld`: each version whose archive folder holds its model, as
    /// `policyc model --format dpv` writes it (docs/dpv.md), made from the archived model.
    pub(in crate::site) fn jsonld_files(&self, p: &PolicyInfo, jobs: &mut Vec<Job<'a>>) {
        for v in &p.versions {
            let source = archive::receipt::content_path(&p.id, &v.version);
            let Some(oid) = self.reader.oid(&source) else {
                continue;
            };
            let path = jsonld_path(&p.id, &v.version);
            let key = self.key(&path, &"dpv", &[Some(oid)]);
            jobs.push(Job::Make {
                path,
                key,
                deps: None,
                make: Make::Read(Box::new(move |ctx| {
                    let model: crate::model::Policy =
                        serde_json::from_slice(&ctx.reader.read(&source)?)
                            .map_err(|e| Error::Archive(format!("{source}: {e}")))?;
                    let doc = crate::render::dpv::jsonld(&model);
                    Ok(
                        (serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n")
                            .into_bytes(),
                    )
                })),
            });
        }
    }

    pub(in crate::site) fn versions_index(
        &self,
        p: &PolicyInfo,
        jobs: &mut Vec<Job<'a>>,
    ) -> Result<(), Error> {
        let base = self.base_url()?;
        let mut versions = Vec::with_capacity(p.versions.len());
        for v in &p.versions {
            // Versions published before the hash was kept get it from their archived model.
            let sha256 = match &v.sha256 {
                Some(h) => Some(h.clone()),
                None => {
                    let path = archive::receipt::content_path(&p.id, &v.version);
                    match self.reader.oid(&path) {
                        Some(_) => Some(archive::receipt::sha256_hex(&self.reader.read(&path)?)),
                        None => None,
                    }
                }
            };
            versions.push(serde_json::json!({
                "version": v.version,
                "released": v.released,
                "updated": v.updated,
                "effective": v.effective,
                "published": v.published,
                "severity": v.severity,
                "rules": v.rules,
                "languages": v.languages,
                "sha256": sha256,
                "content": archive::receipt::content_path(&p.id, &v.version),
                "urls": archive::receipt::urls(&base, &p.id, v),
            }));
        }
        let json = serde_json::json!({
            "policy": p.id,
            "versions": versions,
        });
        let bytes = (serde_json::to_string_pretty(&json).unwrap_or_default() + "\n").into_bytes();
        let path = format!("{}/versions.json", p.id);
        let key = hash(&[b"versions.json", &bytes]);
        jobs.push(Job::Make {
            path,
            key,
            deps: None,
            make: Make::Render(Box::new(move |_| Ok(bytes))),
        });
        Ok(())
    }
}
