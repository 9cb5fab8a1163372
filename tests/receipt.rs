//! Version receipts (issue 20, item 2): the content hash of every archived version, the
//! receipt a consent record stores, and `verify` failing when the archive no longer holds the
//! text a receipt names.

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::common::Project;

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Two versions of hitgen: the reference one, then one with a new recipient.
fn two_versions() -> Project {
    let p = Project::new();
    p.ok(&["publish", "--date", "2023-01-15"]);
    p.edit("hitgen", |t| {
        t.replacen("updated 2021-04-26", "updated 2023-03-01", 1).replacen(
            "  section how-we-protect",
            "  recipient ad-partners {\n    kind advertising-partners\n    activities sharing\n    unconditional\n  }\n\n  section how-we-protect",
            1,
        )
    });
    p.ok(&["publish", "--date", "2023-02-01"]);
    p
}

#[test]
fn a_receipt_names_the_archived_text_by_its_hash_and_verify_checks_it() {
    let p = two_versions();
    let out = p.ok(&["receipt", "hitgen@2021-04-26"]);
    let r: Value = serde_json::from_str(&out).unwrap();
    // The hash anyone can recompute from the archived model.json.
    let model = p.ok(&["show", "hitgen@2021-04-26", "--format", "json"]);
    assert_eq!(r["sha256"], hex(model.as_bytes()));
    assert_eq!(r["receipt"], "policyc-receipt/1");
    assert_eq!(r["content"], "hitgen/2021-04-26/model.json");
    assert_eq!(r["controllers"][0], "HitGen Inc.");
    assert_eq!(
        r["urls"]["zh-CN"],
        "https://policies.example.com/hitgen/2021-04-26/zh-CN.html"
    );
    // versions.json records the same hash for every version.
    let repo = git2::Repository::open_bare(p.path("archive.git")).unwrap();
    let index = repo
        .revparse_single("main:hitgen/versions.json")
        .unwrap()
        .peel_to_blob()
        .unwrap();
    let versions: Vec<Value> = serde_json::from_slice(index.content()).unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["sha256"], r["sha256"]);
    let latest: Value = serde_json::from_str(&p.ok(&["receipt", "hitgen@latest"])).unwrap();
    assert_eq!(latest["version"], "2023-03-01");
    assert_eq!(versions[1]["sha256"], latest["sha256"]);
    assert_ne!(latest["sha256"], r["sha256"]);
    // The commit is the one that recorded the version: its tag's.
    let tag = repo
        .revparse_single("hitgen/2021-04-26^{commit}")
        .unwrap()
        .id()
        .to_string();
    assert_eq!(r["commit"], tag);

    std::fs::write(p.path("receipt.json"), &out).unwrap();
    let ok = p.ok(&["verify", "receipt.json"]);
    assert!(ok.starts_with("verified: hitgen 2021-04-26"), "{ok}");

    // The ISO/IEC TS 27560 notice verifies too, and carries the same hash.
    let iso = p.ok(&["receipt", "hitgen@2021-04-26", "--format", "iso27560"]);
    let n: Value = serde_json::from_str(&iso).unwrap();
    assert_eq!(n["@type"], "dpv:PrivacyNotice");
    assert_eq!(n["spdx:checksum"]["spdx:checksumValue"], r["sha256"]);
    assert_eq!(n["dct:identifier"], "hitgen@2021-04-26");
    std::fs::write(p.path("iso.json"), &iso).unwrap();
    p.ok(&["verify", "iso.json"]);
}

#[test]
fn verify_fails_naming_the_mismatch_when_the_receipt_or_the_archive_changed() {
    let p = two_versions();
    let out = p.ok(&["receipt", "hitgen@2021-04-26"]);
    let mut r: Value = serde_json::from_str(&out).unwrap();

    // A receipt whose hash was edited.
    let real = r["sha256"].as_str().unwrap().to_string();
    r["sha256"] = Value::from("0".repeat(64));
    std::fs::write(p.path("edited.json"), r.to_string()).unwrap();
    let (code, _, err) = p.run(&["verify", "edited.json"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!("hashes to {real}, not to the receipt's 0000")),
        "{err}"
    );

    // A receipt of a version the archive never had.
    r["sha256"] = Value::from(real.clone());
    r["version"] = Value::from("2020-01-01");
    std::fs::write(p.path("unknown.json"), r.to_string()).unwrap();
    let (code, _, err) = p.run(&["verify", "unknown.json"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("no version `2020-01-01`"), "{err}");

    // The archive's copy changed after the receipt was given: a commit on the branch that
    // rewrites the archived model.
    std::fs::write(p.path("receipt.json"), &out).unwrap();
    let repo = git2::Repository::open_bare(p.path("archive.git")).unwrap();
    let head = repo.head().unwrap().peel_to_commit().unwrap();
    let tampered = repo
        .blob(b"{\"id\": \"hitgen\", \"tampered\": true}\n")
        .unwrap();
    let tree = replace(
        &repo,
        &head.tree().unwrap(),
        &["hitgen", "2021-04-26", "model.json"],
        tampered,
    );
    let sig = git2::Signature::now("t", "t@example.com").unwrap();
    repo.commit(Some("HEAD"), &sig, &sig, "tamper", &tree, &[&head])
        .unwrap();
    let (code, _, err) = p.run(&["verify", "receipt.json"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("hitgen/2021-04-26/model.json in the archive hashes to")
            && err.contains(&format!("not to the receipt's {real}")),
        "{err}"
    );
    // And `receipt` refuses to vouch for the changed copy.
    let (code, _, err) = p.run(&["receipt", "hitgen@2021-04-26"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("the archive was changed after the version was published"),
        "{err}"
    );
}

/// `tree` with the file at `path` replaced by the blob `blob`.
fn replace<'r>(
    repo: &'r git2::Repository,
    tree: &git2::Tree<'r>,
    path: &[&str],
    blob: git2::Oid,
) -> git2::Tree<'r> {
    let mut builder = repo.treebuilder(Some(tree)).unwrap();
    if let [name] = path {
        builder.insert(name, blob, 0o100644).unwrap();
    } else {
        let sub = tree
            .get_name(path[0])
            .unwrap()
            .to_object(repo)
            .unwrap()
            .peel_to_tree()
            .unwrap();
        let new = replace(repo, &sub, &path[1..], blob);
        builder.insert(path[0], new.id(), 0o040000).unwrap();
    }
    let id = builder.write().unwrap();
    repo.find_tree(id).unwrap()
}

#[test]
fn receipt_refuses_what_it_cannot_name() {
    let p = Project::new();
    p.ok(&["publish", "--date", "2023-01-15"]);
    let (code, _, err) = p.run(&["receipt", "nobody@latest"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("no policy `nobody`"), "{err}");
    let (code, _, err) = p.run(&["receipt", "hitgen", "--at", "yesterday"]);
    assert_eq!(code, 2, "{err}");
    std::fs::write(p.path("junk.json"), "{\"hello\": 1}").unwrap();
    let (code, _, err) = p.run(&["verify", "junk.json"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("neither a policyc-receipt/1 receipt"), "{err}");
}
