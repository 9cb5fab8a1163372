//! The policy as JSON-LD with DPV (issue 20, item 1): every DPV concept it uses is one of the
//! vendored release, nothing of the model is dropped, and a real RDF library (Python's rdflib,
//! which `.ci/run` installs in `.ci/venv`) parses it and answers SPARQL queries with the
//! policy's controller, purposes, data, recipients, rights and version.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use policyc::model::{vocab, Policy};
use policyc::render::dpv;
use serde_json::Value;

use crate::common::root;

const POLICIES: [&str; 3] = ["hitgen", "enterprise-china", "cienet"];

fn policy(id: &str) -> Policy {
    let text = std::fs::read_to_string(root().join(format!("policies/{id}.policy"))).unwrap();
    let checked = policyc::check::check_source(&text, Some(id));
    checked.policy.expect("the reference policy checks")
}

/// Every `@id` and `@type` value of the document.
fn iris(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "@context" {
                    continue;
                }
                if k == "@id" || k == "@type" {
                    match v {
                        Value::String(s) => out.push(s.clone()),
                        Value::Array(a) => {
                            out.extend(a.iter().filter_map(|x| x.as_str().map(str::to_string)))
                        }
                        _ => {}
                    }
                }
                iris(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| iris(x, out)),
        _ => {}
    }
}

#[test]
fn every_dpv_concept_is_in_the_vendored_release_and_no_term_is_dropped() {
    for id in POLICIES {
        let p = policy(id);
        let doc = dpv::jsonld(&p);
        let mut found = Vec::new();
        iris(&doc, &mut found);
        let outside: Vec<&String> = found
            .iter()
            .filter(|c| vocab::dpv_known(c) == Some(false))
            .collect();
        assert!(
            outside.is_empty(),
            "{id}: concepts outside DPV {}: {outside:?}",
            vocab::DPV_RELEASE
        );
        // Each data, purpose, recipient and right term the policy uses is exported, as its
        // DPV concept or as the policy's own concept.
        let text = doc.to_string();
        for kind in ["data", "purpose", "recipient", "right"] {
            for (term, t) in p.vocabulary.get(kind).into_iter().flatten() {
                let concept = t
                    .dpv
                    .as_deref()
                    .filter(|c| vocab::dpv_known(c) == Some(true));
                let own = format!("urn:policyc:{id}:term:{kind}:{term}");
                assert!(
                    concept.is_some_and(|c| text.contains(&format!("\"{c}\"")))
                        || text.contains(&own),
                    "{id}: the {kind} term {term} is not exported"
                );
            }
        }
        // Deterministic.
        assert_eq!(doc, dpv::jsonld(&p));
    }
}

/// The Python with rdflib: POLICYC_RDF_PYTHON, else `.ci/venv/bin/python`.
fn rdf_python() -> PathBuf {
    let python = std::env::var_os("POLICYC_RDF_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join(".ci/venv/bin/python"));
    let ok = Command::new(&python)
        .args(["-c", "import rdflib"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "the DPV check parses the JSON-LD with Python's rdflib, which {} lacks (.ci/run installs it): \
         python3 -m venv .ci/venv && .ci/venv/bin/pip install rdflib==7.6.0",
        python.display()
    );
    python
}

/// rdflib's answers to `tests/dpv/sparql.py`'s queries over the JSON-LD file `path`.
fn sparql(python: &std::path::Path, path: &std::path::Path) -> Value {
    let run = Command::new(python)
        .arg(root().join("tests/dpv/sparql.py"))
        .arg(path)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_slice(&run.stdout).unwrap()
}

#[test]
fn rdflib_reads_the_json_ld_and_sparql_finds_the_policy() {
    let python = rdf_python();
    let dir = tempfile::tempdir().unwrap();
    for id in POLICIES {
        let p = policy(id);
        let path = dir.path().join(format!("{id}.jsonld"));
        let out = assert_cmd::Command::cargo_bin("policyc")
            .unwrap()
            .current_dir(root())
            .args(["model", "--format", "dpv", &format!("policies/{id}.policy")])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::fs::write(&path, &out.stdout).unwrap();
        let answers = sparql(&python, &path);
        let set = |key: &str| -> BTreeSet<String> {
            answers[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect()
        };
        let f = &p.facts;
        let names: BTreeSet<String> = f
            .controllers
            .iter()
            .map(|c| policyc::model::Inline::plain(&c.name[&p.authoritative]))
            .collect();
        assert_eq!(set("controllers"), names, "{id}");
        let terms = |kind: &str, ids: &mut dyn Iterator<Item = &String>| -> BTreeSet<String> {
            ids.map(|t| dpv::term_iri(&p, kind, t)).collect()
        };
        assert_eq!(
            set("purposes"),
            terms(
                "purpose",
                &mut f
                    .collections
                    .iter()
                    .flat_map(|c| &c.purposes)
                    .chain(f.purposes.iter().map(|p| &p.kind))
                    .chain(f.cookies.iter().flat_map(|c| &c.purposes))
            ),
            "{id}"
        );
        assert_eq!(
            set("data"),
            terms("data", &mut f.collections.iter().flat_map(|c| &c.items)),
            "{id}"
        );
        assert_eq!(set("recipients").len(), f.recipients.len(), "{id}");
        assert_eq!(
            set("rights"),
            terms("right", &mut f.rights.iter().map(|r| &r.kind)),
            "{id}"
        );
        assert_eq!(set("version"), BTreeSet::from([p.version.clone()]), "{id}");
        // The rights' channels: the e-mail addresses of the contacts they name.
        let emails: BTreeSet<String> = f
            .rights
            .iter()
            .flat_map(|r| &r.channels)
            .filter_map(|c| match c {
                policyc::model::Channel::Contact { contact } => Some(contact),
                _ => None,
            })
            .flat_map(|c| f.contacts.iter().filter(move |k| &k.base.id == c))
            .filter_map(|k| k.email.as_ref().and_then(|e| e.given()))
            .map(|e| format!("mailto:{e}"))
            .collect();
        assert!(set("channels").is_superset(&emails), "{id}: {emails:?}");
        assert!(answers["triples"].as_u64().unwrap() > 50, "{id}: {answers}");
    }
}

#[test]
fn an_archived_version_exports_as_its_file_did() {
    let p = crate::common::Project::new();
    p.ok(&["publish", "--date", "2023-01-15"]);
    let archived = p.ok(&["model", "hitgen@2021-04-26", "--format", "dpv"]);
    let file = p.ok(&["model", "policies/hitgen.policy", "--format", "dpv"]);
    assert_eq!(archived, file);
    let (code, _, err) = p.run(&["model", "hitgen@1999-01-01", "--format", "dpv"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("no version `1999-01-01`"), "{err}");
}

/// Every construct of the language exports with concepts of the release only, and rdflib
/// reads the result.
#[test]
fn every_construct_exports_and_parses() {
    let text = std::fs::read_to_string(root().join("tests/syntax/all-constructs.policy")).unwrap();
    let checked = policyc::check::check_source(&text, None);
    let p = checked.policy.expect("all-constructs checks");
    let doc = dpv::jsonld(&p);
    let mut found = Vec::new();
    iris(&doc, &mut found);
    let outside: Vec<&String> = found
        .iter()
        .filter(|c| vocab::dpv_known(c) == Some(false))
        .collect();
    assert!(outside.is_empty(), "{outside:?}");
    let text = doc.to_string();
    for needle in [
        "dpv:Representative",
        "dpv:DataProtectionAuthority",
        "dpv:JointDataControllers",
        "dct:isPartOf",
    ] {
        assert!(text.contains(needle), "{needle} missing");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("all.jsonld");
    std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    sparql(&rdf_python(), &path);
}
