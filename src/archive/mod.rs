//! Archive: files <-> a git repository, through [`Archive`] ([`Archive::open`],
//! [`Archive::commit`], [`Archive::snapshot`], [`Archive::resolve`]).
//!
//! The archive: every published version of every policy, kept in a git repository (git2) so
//! that anyone can read the history with plain git, and policyc can show any version again
//! byte for byte.
//!
//! Layout of the tree on `refs/heads/main`:
//!
//! ```text
//! .policyc-archive              marks the repository as a policyc archive (format version)
//! <id>/versions.json            every version of the policy, oldest first (the index)
//! <id>/<version>/source.policy  the source as published
//! <id>/<version>/model.json     its typed model
//! <id>/<version>/<lang>.html|.txt|.md   the renders, exactly as `policyc build` writes them
//! <id>/<version>/changes.json   the diff against the previous version (the diff schema)
//! <id>/<version>/notice.<lang>.txt, notice.json   for major and consent changes
//! <id>/<version>/decisions.toml the review decisions published with it, when it has any
//! ```
//!
//! Each publish is one commit; each version gets an annotated tag `<id>/<version>`.
//!
//! Safety under faults: a publish writes every blob, tree and the commit first, and moves the
//! branch last, with a compare-and-swap on its old value: a kill before that leaves the
//! archive at its previous state (plus unreachable objects, which git ignores), after it at the
//! complete new one. Tags are an index written after the branch moves; the next publish
//! repairs any that a kill left missing. Two publishes are serialised by an OS file lock on
//! `policyc.lock` in the repository folder (released by the OS if a process dies); whoever
//! takes it removes the git lock files (`refs/heads/main.lock`, ...) a killed publish left.

mod index;
mod read;
pub mod receipt;

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use git2::{ErrorCode, ObjectType, Oid, Repository, Signature, Tree};
use serde::{Deserialize, Serialize};

/// The branch that holds the archive.
pub const BRANCH: &str = "refs/heads/main";
/// The file at the root of the tree that marks a policyc archive.
pub const MARKER: &str = ".policyc-archive";
/// The lock file, in the repository folder.
pub const LOCK: &str = "policyc.lock";
/// The author of commits when none is given and git has none configured.
pub const DEFAULT_AUTHOR: (&str, &str) = ("policyc", "policyc@localhost");

/// What went wrong with an archive, worded for the person who runs the command.
#[derive(Debug)]
pub enum Error {
    /// The folder exists but is not a git repository policyc made.
    NotAnArchive(PathBuf, String),
    /// Another publish holds the lock.
    Locked(PathBuf),
    /// A working tree with changes nobody committed.
    Dirty(PathBuf),
    /// Something in the repository is missing or unreadable.
    Corrupt(String),
    /// The branch moved while this publish was preparing its commit.
    Raced,
    /// A version's tag cannot be created, or exists on another commit: what to do is said.
    Tag(String),
    Io(String),
    Git(String),
    /// The disk is full: what could not be written (a path, or the archive as a whole).
    DiskFull(String),
}

/// Whether an error of the operating system says the disk is full (`ENOSPC`, or the quota).
pub fn is_disk_full(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::StorageFull || e.raw_os_error() == Some(ENOSPC)
}

/// `ENOSPC` on Linux and the BSDs.
const ENOSPC: i32 = 28;

/// The words an operating system uses for a full disk, as libgit2 passes them on.
const DISK_FULL_TEXT: &[&str] = &[
    "No space left on device",
    "There is not enough space on the disk",
];

/// An error of the operating system while `doing` (such as "cannot create") on `path`:
/// a full disk is said as such.
pub fn io_error(doing: &str, path: &std::path::Path, e: std::io::Error) -> Error {
    if is_disk_full(&e) {
        Error::DiskFull(path.display().to_string())
    } else {
        Error::Io(format!("{doing} {}: {e}", path.display()))
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::NotAnArchive(p, why) => write!(f, "{} is not a policyc archive: {why}", p.display()),
            Error::Locked(p) => write!(
                f,
                "another policyc publish holds the lock on {}; wait for it to finish (or pass --wait SECONDS)",
                p.display()
            ),
            Error::Dirty(p) => write!(f, "the archive at {} has uncommitted changes; commit or discard them first", p.display()),
            Error::Corrupt(why) => write!(f, "the archive is damaged: {why}"),
            Error::Raced => write!(f, "the archive changed while publishing; nothing was recorded, run the command again"),
            Error::Io(why) | Error::Tag(why) => write!(f, "{why}"),
            Error::Git(why) => write!(f, "git: {why}"),
            Error::DiskFull(what) => write!(
                f,
                "the disk is full: cannot write {what}; free some space and run the command again (the archive keeps its last complete version)"
            ),
        }
    }
}

impl std::error::Error for Error {}

impl From<git2::Error> for Error {
    /// libgit2 passes the operating system's words on: a full disk (`... '/path': No space
    /// left on device`) is said as such, with the path libgit2 names when it names one.
    fn from(e: git2::Error) -> Error {
        let message = e.message();
        if !DISK_FULL_TEXT.iter().any(|t| message.contains(t)) {
            return Error::Git(message.to_string());
        }
        let quoted = message
            .split_once('\'')
            .and_then(|(_, rest)| rest.split_once('\''))
            .map(|(path, _)| path)
            .filter(|path| !path.is_empty());
        Error::DiskFull(quoted.map_or_else(|| "to the archive".to_string(), str::to_string))
    }
}

pub use index::Index;
use index::{index_path, parse_index};
pub use read::{Snapshot, Which};

pub type Result<T> = std::result::Result<T, Error>;

/// One published version, as `versions.json` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct VersionEntry {
    pub version: String,
    pub released: String,
    pub updated: String,
    pub effective: String,
    /// The date of the publish (YYYY-MM-DD).
    pub published: String,
    /// The overall severity of the changes against the previous version (`none` for the first).
    pub severity: String,
    /// The rule ids the changes triggered.
    #[serde(default)]
    pub rules: Vec<String>,
    /// One line per language saying what changed.
    #[serde(default)]
    pub summary: BTreeMap<String, String>,
    /// SHA-256 of the version's archived `model.json` (lower-case hex): the content hash a
    /// consent record stores ([`receipt`]). Absent in entries published before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// The policy's own changelog entry for this version, per language: what changed in
    /// the author's words (empty when the policy keeps no entry for it).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub changelog: BTreeMap<String, String>,
    /// Whether a notice was issued (major and consent changes).
    #[serde(default)]
    pub notice: bool,
    /// Whether the publisher acknowledged that the change needs users' consent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub acknowledged_consent: bool,
    /// Whether the publisher published major changes found only in prose, which no one
    /// decided, as major (`publish --acknowledge-major`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub acknowledged_major: bool,
    /// The languages of this version.
    pub languages: Vec<String>,
}

/// An open archive.
pub struct Archive {
    repo: Repository,
    path: PathBuf,
    lock: Option<File>,
    /// Git lock files a killed publish left, removed once the publish lock was taken.
    cleared: Vec<String>,
    /// The objects found whole by [`Archive::verify`].
    verified: RefCell<HashSet<Oid>>,
}

impl Archive {
    /// Opens the archive at `path`, creating an empty bare repository there if the folder does
    /// not exist or is empty.
    pub fn open_or_create(path: &Path) -> Result<Archive> {
        fast_reads();
        let empty = !path.exists()
            || std::fs::read_dir(path)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false);
        if empty {
            std::fs::create_dir_all(path).map_err(|e| io_error("cannot create", path, e))?;
            let repo = Repository::init_bare(path)?;
            // HEAD names the archive's branch, so that `git log` in a clone shows it.
            repo.set_head(BRANCH)?;
            return Ok(Archive {
                repo,
                path: path.to_path_buf(),
                lock: None,
                cleared: Vec::new(),
                verified: RefCell::default(),
            });
        }
        Archive::open(path)
    }

    /// Opens an existing archive (never creates one).
    pub fn open(path: &Path) -> Result<Archive> {
        fast_reads();
        if !path.exists() {
            return Err(Error::NotAnArchive(
                path.to_path_buf(),
                "there is nothing there; publish creates it".into(),
            ));
        }
        let repo = Repository::open(path)
            .map_err(|e| Error::NotAnArchive(path.to_path_buf(), e.message().to_string()))?;
        let archive = Archive {
            repo,
            path: path.to_path_buf(),
            lock: None,
            cleared: Vec::new(),
            verified: RefCell::default(),
        };
        if let Some(tree) = archive.head_tree()? {
            if tree.get_name(MARKER).is_none() {
                return Err(Error::NotAnArchive(
                    path.to_path_buf(),
                    format!("its `main` branch has no {MARKER} file"),
                ));
            }
        } else if archive.repo.references()?.next().is_some()
            && archive.repo.find_reference(BRANCH).is_err()
        {
            return Err(Error::NotAnArchive(
                path.to_path_buf(),
                "it has history but no `main` branch".into(),
            ));
        }
        Ok(archive)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Takes the publish lock, waiting up to `wait` for another publish to release it.
    pub fn lock(&mut self, wait: Duration) -> Result<()> {
        let lock_path = self.repo.path().join(LOCK);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| io_error("cannot open", &lock_path, e))?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => {
                    self.lock = Some(file);
                    self.cleared = self.clear_stale_ref_locks()?;
                    return Ok(());
                }
                Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(Error::Locked(self.path.clone()))
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(Error::Io(format!(
                        "cannot lock {}: {e}",
                        lock_path.display()
                    )))
                }
            }
        }
    }

    /// The git lock files that [`Archive::lock`] found left by an interrupted publish and
    /// removed, relative to the repository folder.
    pub fn cleared_locks(&self) -> &[String] {
        &self.cleared
    }

    /// Removes the lock files git leaves beside the references policyc writes (the branch, the
    /// version tags, `packed-refs`) when a publish is killed while moving one. Only called with
    /// the publish lock held: no other publish is running, so such a file is stale, and git
    /// would otherwise refuse every later publish ("failed to lock file").
    fn clear_stale_ref_locks(&self) -> Result<Vec<String>> {
        let git_dir = self.repo.path();
        let mut found = Vec::new();
        for name in ["packed-refs.lock", "HEAD.lock"] {
            if git_dir.join(name).is_file() {
                found.push(name.to_string());
            }
        }
        let mut folders = vec![git_dir.join("refs/heads"), git_dir.join("refs/tags")];
        while let Some(folder) = folders.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                if kind.is_dir() {
                    folders.push(path);
                } else if kind.is_file() && path.extension().is_some_and(|e| e == "lock") {
                    if let Ok(relative) = path.strip_prefix(git_dir) {
                        found.push(relative.to_string_lossy().replace('\\', "/"));
                    }
                }
            }
        }
        found.sort();
        for name in &found {
            let path = git_dir.join(name);
            std::fs::remove_file(&path)
                .map_err(|e| Error::Io(format!("cannot remove {}: {e}", path.display())))?;
        }
        Ok(found)
    }

    /// Refuses a non-bare archive whose working tree has uncommitted changes.
    pub fn ensure_clean(&self) -> Result<()> {
        if self.repo.is_bare() {
            return Ok(());
        }
        let mut opts = git2::StatusOptions::new();
        opts.include_untracked(true).include_ignored(false);
        let statuses = self.repo.statuses(Some(&mut opts))?;
        if statuses.iter().any(|s| s.path().ok() != Some(LOCK)) {
            return Err(Error::Dirty(self.path.clone()));
        }
        Ok(())
    }

    /// The commit at the tip of the branch, if any.
    pub fn head(&self) -> Result<Option<git2::Commit<'_>>> {
        match self.repo.find_reference(BRANCH) {
            Ok(r) => {
                let oid = r
                    .target()
                    .ok_or_else(|| Error::Corrupt(format!("{BRANCH} is not a direct reference")))?;
                self.verify(oid)?;
                Ok(Some(self.repo.find_commit(oid).map_err(|e| {
                    Error::Corrupt(format!(
                        "{BRANCH} points at a missing commit: {}",
                        e.message()
                    ))
                })?))
            }
            Err(e) if e.code() == ErrorCode::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    fn head_tree(&self) -> Result<Option<Tree<'_>>> {
        Ok(match self.head()? {
            Some(c) => {
                self.verify(c.tree_id())?;
                Some(
                    c.tree()
                        .map_err(|e| Error::Corrupt(e.message().to_string()))?,
                )
            }
            None => None,
        })
    }

    /// The ids of the archived policies, sorted.
    pub fn policies(&self) -> Result<Vec<String>> {
        let Some(tree) = self.head_tree()? else {
            return Ok(Vec::new());
        };
        let mut ids: Vec<String> = tree
            .iter()
            .filter(|e| e.kind() == Some(ObjectType::Tree))
            .filter_map(|e| e.name().ok().map(str::to_string))
            .collect();
        ids.sort();
        Ok(ids)
    }

    /// Reads a file of the current tree.
    pub fn read(&self, path: &str) -> Result<Option<Vec<u8>>> {
        let Some(tree) = self.head_tree()? else {
            return Ok(None);
        };
        let Some((oid, _)) = self.entry_at(tree, path)? else {
            return Ok(None);
        };
        let blob = self
            .repo
            .find_blob(oid)
            .map_err(|e| Error::Corrupt(format!("{path}: {}", e.message())))?;
        Ok(Some(blob.content().to_vec()))
    }

    /// Every version of a policy, oldest first; empty when it was never published.
    pub fn versions(&self, id: &str) -> Result<Vec<VersionEntry>> {
        match self.read(&index_path(id))? {
            Some(bytes) => parse_index(id, &bytes),
            None => Ok(Vec::new()),
        }
    }

    /// The index of a policy (`versions.json`) as stored, for [`Index`]; `None` when it was
    /// never published.
    pub fn index(&self, id: &str) -> Result<Index> {
        Ok(Index {
            id: id.to_string(),
            bytes: self.read(&index_path(id))?,
        })
    }

    /// Whether the current tree has `path` (a file or a folder).
    pub fn has(&self, path: &str) -> Result<bool> {
        let Some(tree) = self.head_tree()? else {
            return Ok(false);
        };
        Ok(self.entry_at(tree, path)?.is_some())
    }

    /// The id and kind of the entry at `path` under `tree`, each folder on the way (and the
    /// entry) checked whole by [`Archive::verify`] before libgit2 reads it.
    fn entry_at<'r>(&'r self, mut tree: Tree<'r>, path: &str) -> Result<Option<(Oid, ObjectType)>> {
        let mut parts = path.split('/').peekable();
        while let Some(part) = parts.next() {
            let Some((oid, kind)) = tree.get_name(part).map(|e| (e.id(), e.kind())) else {
                return Ok(None);
            };
            self.verify(oid)?;
            if parts.peek().is_none() {
                return Ok(kind.map(|k| (oid, k)));
            }
            if kind != Some(ObjectType::Tree) {
                return Ok(None);
            }
            tree = self.repo.find_tree(oid)?;
        }
        Ok(None)
    }

    /// Checks that the object `oid`, when it is stored loose (as policyc writes objects), is
    /// whole: its zlib stream inflates to the size its header gives. libgit2 1.9 spins for ever
    /// on a truncated loose object (what a crash or a full disk leaves), so every object the
    /// archive reads is checked first, once per process. Packed objects are left to libgit2.
    pub(crate) fn verify(&self, oid: Oid) -> Result<()> {
        if self.verified.borrow().contains(&oid) {
            return Ok(());
        }
        let hex = oid.to_string();
        let path = self
            .repo
            .path()
            .join("objects")
            .join(&hex[..2])
            .join(&hex[2..]);
        if let Ok(compressed) = std::fs::read(&path) {
            if !loose_object_is_whole(&compressed) {
                return Err(Error::Corrupt(format!(
                    "the object {hex} ({}) is truncated or damaged; run `git --git-dir {} fsck` \
                     and restore the archive from a copy (a clone, the remote) before anything else",
                    path.display(),
                    self.repo.path().display()
                )));
            }
        }
        self.verified.borrow_mut().insert(oid);
        Ok(())
    }

    /// Records `files` (archive path -> content) on top of the current tree as one commit and
    /// moves the branch to it. Returns the commit id.
    pub fn commit(
        &self,
        files: &BTreeMap<String, Vec<u8>>,
        message: &str,
        author: &Signature<'_>,
    ) -> Result<Oid> {
        let head = self.head()?;
        let base = match &head {
            Some(c) => Some(c.tree()?),
            None => None,
        };
        let mut all = files.clone();
        if base.as_ref().and_then(|t| t.get_name(MARKER)).is_none() {
            all.insert(MARKER.to_string(), b"{\"format\": 1}\n".to_vec());
        }
        let tree_id = self.build_tree(base.as_ref(), &all, "")?;
        let tree = self.repo.find_tree(tree_id)?;
        let parents: Vec<&git2::Commit<'_>> = head.iter().collect();
        // Write the commit without moving any reference ...
        let commit = self
            .repo
            .commit(None, author, author, message, &tree, &parents)?;
        // ... then move the branch, only if nobody else moved it meanwhile.
        let moved = match &head {
            Some(h) => self
                .repo
                .reference_matching(BRANCH, commit, true, h.id(), message),
            None => self
                .repo
                .reference(BRANCH, commit, false, message)
                .and_then(|r| {
                    // A repository made by `git init` has HEAD on an unborn `master`: point it at
                    // the archive's branch, so that git shows the archive.
                    if self.repo.head().is_err() {
                        self.repo.set_head(BRANCH)?;
                    }
                    Ok(r)
                }),
        };
        match moved {
            Ok(_) => Ok(commit),
            Err(e) if matches!(e.code(), ErrorCode::Modified | ErrorCode::Exists) => {
                Err(Error::Raced)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// A tree: `base` with `files` (paths relative to `prefix`) written over it.
    fn build_tree(
        &self,
        base: Option<&Tree<'_>>,
        files: &BTreeMap<String, Vec<u8>>,
        prefix: &str,
    ) -> Result<Oid> {
        let mut builder = self.repo.treebuilder(base)?;
        let mut subdirs: BTreeMap<&str, ()> = BTreeMap::new();
        for (path, content) in files.range(prefix.to_string()..) {
            let Some(rest) = path.strip_prefix(prefix) else {
                break;
            };
            match rest.split_once('/') {
                None => {
                    let blob = self.repo.blob(content)?;
                    builder.insert(rest, blob, 0o100644)?;
                }
                Some((dir, _)) => {
                    subdirs.insert(dir, ());
                }
            }
        }
        for dir in subdirs.keys() {
            let existing = match base.and_then(|t| t.get_name(dir)) {
                Some(entry) if entry.kind() == Some(ObjectType::Tree) => {
                    self.verify(entry.id())?;
                    Some(self.repo.find_tree(entry.id())?)
                }
                _ => None,
            };
            let sub = self.build_tree(existing.as_ref(), files, &format!("{prefix}{dir}/"))?;
            builder.insert(*dir, sub, 0o040000)?;
        }
        Ok(builder.write()?)
    }

    /// Checks, before a publish writes anything, that the tag `name` of a version it is about
    /// to record can be made: a valid git ref whose every part a file system can hold, and not
    /// there yet. A tag made before its version is recorded cannot point at the commit that
    /// records it (that commit does not exist yet): someone planted it, and it is refused.
    pub fn check_new_tag(&self, name: &str) -> Result<()> {
        let full = format!("refs/tags/{name}");
        if !git2::Reference::is_valid_name(&full) || full.split('/').any(|p| p.len() > 200) {
            return Err(Error::Tag(format!(
                "`{name}` cannot be a git tag; nothing was recorded"
            )));
        }
        if let Ok(reference) = self.repo.find_reference(&full) {
            let target = reference
                .peel_to_commit()
                .map(|c| c.id().to_string())
                .unwrap_or_else(|_| "something that is not a commit".to_string());
            return Err(self.foreign_tag(name, &target));
        }
        Ok(())
    }

    fn foreign_tag(&self, name: &str, target: &str) -> Error {
        Error::Tag(format!(
            "the tag {name} already exists and points at {target}, not at the commit that \
             records this version; policyc did not make it. Nothing was recorded: check where \
             it came from, remove it with `git --git-dir {} tag -d {name}` and publish again",
            self.repo.path().display()
        ))
    }

    /// Creates the annotated tag `name` on `commit` unless it exists there; a tag of that name
    /// on another commit is an error.
    pub fn tag(
        &self,
        name: &str,
        commit: Oid,
        message: &str,
        tagger: &Signature<'_>,
    ) -> Result<bool> {
        if let Ok(reference) = self.repo.find_reference(&format!("refs/tags/{name}")) {
            return match reference.peel_to_commit() {
                Ok(c) if c.id() == commit => Ok(false),
                Ok(c) => Err(self.foreign_tag(name, &c.id().to_string())),
                Err(_) => Err(self.foreign_tag(name, "something that is not a commit")),
            };
        }
        let object = self.repo.find_object(commit, Some(ObjectType::Commit))?;
        match self.repo.tag(name, &object, tagger, message, false) {
            Ok(_) => Ok(true),
            Err(e) if e.code() == ErrorCode::Exists => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Creates the tags a killed publish left missing. Every publish runs this before it
    /// records, and tags are written right after the branch moves, so only the versions the
    /// newest commit introduced can lack their tag: those are the `<id>/<version>` folders of
    /// its tree that its parent's tree lacks. Comparing the two trees costs the same at any
    /// length of history (the folders of unchanged policies are skipped by their ids). Returns
    /// the tags created.
    pub fn repair_tags(&self, tagger: &Signature<'_>) -> Result<Vec<String>> {
        let mut created = Vec::new();
        let Some(head) = self.head()? else {
            return Ok(created);
        };
        self.verify(head.tree_id())?;
        let tree = head.tree()?;
        let parent = match head.parent_ids().next() {
            Some(p) => {
                self.verify(p)?;
                let p = self.repo.find_commit(p)?;
                self.verify(p.tree_id())?;
                Some(p.tree()?)
            }
            None => None,
        };
        for policy in tree.iter().filter(|e| e.kind() == Some(ObjectType::Tree)) {
            let Ok(id) = policy.name() else { continue };
            let before = parent.as_ref().and_then(|t| t.get_name(id));
            if before.as_ref().is_some_and(|b| b.id() == policy.id()) {
                continue;
            }
            let before = match before {
                Some(b) if b.kind() == Some(ObjectType::Tree) => {
                    self.verify(b.id())?;
                    Some(self.repo.find_tree(b.id())?)
                }
                _ => None,
            };
            self.verify(policy.id())?;
            let versions = self.repo.find_tree(policy.id())?;
            for version in versions
                .iter()
                .filter(|e| e.kind() == Some(ObjectType::Tree))
            {
                let Ok(version) = version.name() else {
                    continue;
                };
                if before
                    .as_ref()
                    .is_some_and(|b| b.get_name(version).is_some())
                {
                    continue;
                }
                let name = format!("{id}/{version}");
                if self.tag(&name, head.id(), &format!("{id} {version}"), tagger)? {
                    created.push(name);
                }
            }
        }
        Ok(created)
    }

    /// The signature for commits and tags: `author` ("Name <email>") if given, else git's
    /// configured identity, else policyc's default.
    pub fn signature(&self, author: Option<&str>) -> Result<Signature<'static>> {
        if let Some(author) = author {
            let (name, email) = parse_author(author).ok_or_else(|| {
                Error::Io(format!(
                    "--author must look like \"Name <email@example.com>\", not `{author}`"
                ))
            })?;
            return Ok(Signature::now(name, email)?);
        }
        if let Ok(sig) = self.repo.signature() {
            return Ok(sig);
        }
        Ok(Signature::now(DEFAULT_AUTHOR.0, DEFAULT_AUTHOR.1)?)
    }

    /// Pushes the branch and every version's tag to `remote` (a configured remote's name, a
    /// path or a URL), so that a new remote, or one that missed a publish, receives the whole
    /// archive; tags the remote already has are left as they are. A rejected push (the remote
    /// moved on, or holds a tag of that name on another commit) is an error; nothing is forced.
    pub fn push(&self, remote: &str) -> Result<()> {
        let mut remote = match self.repo.find_remote(remote) {
            Ok(r) => r,
            Err(_) => self.repo.remote_anonymous(remote)?,
        };
        let mut specs = vec![format!("{BRANCH}:{BRANCH}")];
        let tags = self.repo.tag_names(None)?;
        for tag in tags.iter() {
            if let Some(tag) = tag? {
                specs.push(format!("refs/tags/{tag}:refs/tags/{tag}"));
            }
        }
        let rejected = std::cell::RefCell::new(Vec::new());
        {
            let mut callbacks = git2::RemoteCallbacks::new();
            callbacks.push_update_reference(|name, status| {
                if let Some(why) = status {
                    rejected.borrow_mut().push(format!("{name}: {why}"));
                }
                Ok(())
            });
            let mut opts = git2::PushOptions::new();
            opts.remote_callbacks(callbacks);
            remote.push(&specs, Some(&mut opts))?;
        }
        let rejected = rejected.into_inner();
        if !rejected.is_empty() {
            return Err(Error::Git(format!(
                "the remote refused: {}; fetch its history and publish again",
                rejected.join("; ")
            )));
        }
        Ok(())
    }

    /// The underlying repository, for read-only history queries.
    pub fn repo(&self) -> &Repository {
        &self.repo
    }
}

/// Whether a loose object file inflates whole: a zlib stream that ends, holding a header
/// `TYPE SIZE\0` and exactly SIZE bytes after it.
fn loose_object_is_whole(compressed: &[u8]) -> bool {
    use std::io::Read;
    let mut inflated = Vec::new();
    let mut decoder = flate2::read::ZlibDecoder::new(compressed);
    if decoder.read_to_end(&mut inflated).is_err() || decoder.total_in() != compressed.len() as u64
    {
        return false;
    }
    let Some(nul) = inflated.iter().position(|&b| b == 0) else {
        return false;
    };
    let size = std::str::from_utf8(&inflated[..nul])
        .ok()
        .and_then(|h| h.split_once(' '))
        .and_then(|(_, size)| size.parse::<usize>().ok());
    size == Some(inflated.len() - nul - 1)
}

/// libgit2 hashes every object it reads again to compare with its name; git itself does
/// not, and an archive's files are JSON and text whose damage their readers report anyway.
/// Skipping it saves hashing the whole index on every publish.
fn fast_reads() {
    git2::opts::strict_hash_verification(false);
}

fn parse_author(author: &str) -> Option<(&str, &str)> {
    let (name, rest) = author.split_once('<')?;
    let email = rest.strip_suffix('>')?;
    let name = name.trim();
    (!name.is_empty() && email.contains('@')).then_some((name, email.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(pairs: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        pairs
            .iter()
            .map(|(p, c)| (p.to_string(), c.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn a_full_disk_is_said_as_such() {
        let full = std::io::Error::from_raw_os_error(28);
        let shown =
            io_error("cannot create", std::path::Path::new("/srv/archive"), full).to_string();
        assert!(
            shown.starts_with("the disk is full: cannot write /srv/archive;"),
            "{shown}"
        );
        let kind = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert!(
            matches!(io_error("cannot open", std::path::Path::new("x"), kind), Error::DiskFull(p) if p == "x")
        );
        let other = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert!(matches!(
            io_error("cannot open", std::path::Path::new("x"), other),
            Error::Io(_)
        ));
        let git = git2::Error::new(
            git2::ErrorCode::GenericError,
            git2::ErrorClass::Os,
            "could not write to '/srv/archive/objects/ab/tmp_object_git2_x': No space left on device",
        );
        assert!(
            matches!(Error::from(git), Error::DiskFull(p) if p == "/srv/archive/objects/ab/tmp_object_git2_x")
        );
        let git = git2::Error::new(
            git2::ErrorCode::GenericError,
            git2::ErrorClass::Os,
            "failed to write: No space left on device",
        );
        assert_eq!(
            Error::from(git).to_string(),
            "the disk is full: cannot write to the archive; free some space and run the command again (the archive keeps its last complete version)"
        );
    }

    #[test]
    fn commits_nest_trees_and_keep_earlier_files() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive::open_or_create(&dir.path().join("a.git")).unwrap();
        let sig = Signature::now("t", "t@example.com").unwrap();
        archive
            .commit(
                &files(&[("p/1/a.txt", "one"), ("p/versions.json", "[]")]),
                "first",
                &sig,
            )
            .unwrap();
        archive
            .commit(&files(&[("p/2/a.txt", "two")]), "second", &sig)
            .unwrap();
        assert_eq!(archive.read("p/1/a.txt").unwrap().unwrap(), b"one");
        assert_eq!(archive.read("p/2/a.txt").unwrap().unwrap(), b"two");
        assert!(archive.read(MARKER).unwrap().is_some());
        assert_eq!(archive.policies().unwrap(), vec!["p"]);
        // Reopening finds the marker.
        assert!(Archive::open(&dir.path().join("a.git")).is_ok());
    }

    #[test]
    fn a_plain_repository_is_not_an_archive() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init_bare(dir.path()).unwrap();
        let sig = Signature::now("t", "t@example.com").unwrap();
        let tree = repo
            .find_tree(repo.treebuilder(None).unwrap().write().unwrap())
            .unwrap();
        repo.commit(Some(BRANCH), &sig, &sig, "x", &tree, &[])
            .unwrap();
        assert!(matches!(
            Archive::open(dir.path()),
            Err(Error::NotAnArchive(..))
        ));
    }

    #[test]
    fn the_lock_excludes_a_second_publisher() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = Archive::open_or_create(dir.path()).unwrap();
        let mut b = Archive::open(dir.path()).unwrap();
        a.lock(Duration::ZERO).unwrap();
        assert!(matches!(
            b.lock(Duration::from_millis(100)),
            Err(Error::Locked(_))
        ));
        drop(a);
        b.lock(Duration::ZERO).unwrap();
    }

    /// A publish killed while git moved a reference leaves `<ref>.lock`; the next publish
    /// removes it under the publish lock and says so, instead of failing for good.
    #[test]
    fn the_lock_clears_ref_locks_a_killed_publish_left() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = Archive::open_or_create(dir.path()).unwrap();
        std::fs::create_dir_all(dir.path().join("refs/tags/hitgen")).unwrap();
        std::fs::write(dir.path().join("refs/heads/main.lock"), "").unwrap();
        std::fs::write(dir.path().join("refs/tags/hitgen/2022-01-01.lock"), "").unwrap();
        std::fs::write(dir.path().join("refs/tags/hitgen/2022-01-01"), "").unwrap();
        a.lock(Duration::ZERO).unwrap();
        assert_eq!(
            a.cleared_locks(),
            ["refs/heads/main.lock", "refs/tags/hitgen/2022-01-01.lock"]
        );
        assert!(!dir.path().join("refs/heads/main.lock").exists());
        assert!(dir.path().join("refs/tags/hitgen/2022-01-01").exists());
    }

    /// A tag git cannot create (a 300-character id, for the file system) is refused before a
    /// publish writes anything, so a version is never recorded without its tag.
    #[test]
    fn a_tag_that_cannot_be_made_is_refused_before_recording() {
        let dir = tempfile::tempdir().unwrap();
        let a = Archive::open_or_create(dir.path()).unwrap();
        a.check_new_tag("hitgen/2023-01-01").unwrap();
        for bad in [
            format!("{}/2023-01-01", "a".repeat(300)),
            "x/a..b".into(),
            "x/a.lock".into(),
        ] {
            assert!(
                matches!(a.check_new_tag(&bad), Err(Error::Tag(m)) if m.contains("cannot be a git tag")),
                "{bad}"
            );
        }
    }

    fn entry(version: &str) -> VersionEntry {
        VersionEntry {
            version: version.into(),
            released: version.into(),
            updated: version.into(),
            effective: version.into(),
            published: version.into(),
            severity: "minor".into(),
            rules: vec!["rights".into()],
            summary: [("en".to_string(), "1 \"minor\" change.\n".to_string())].into(),
            changelog: BTreeMap::new(),
            sha256: None,
            notice: false,
            acknowledged_consent: false,
            acknowledged_major: false,
            languages: vec!["en".into(), "zh-CN".into()],
        }
    }

    #[test]
    fn an_index_grows_by_appending_as_serialising_it_whole_would() {
        let mut index = Index {
            id: "p".into(),
            bytes: None,
        };
        let mut all = Vec::new();
        for v in ["2021-01-01", "2021-02-01", "2021-03-01"] {
            all.push(entry(v));
            let bytes = index.with(all.last().unwrap()).unwrap();
            let whole = serde_json::to_string_pretty(&all).unwrap() + "\n";
            assert_eq!(String::from_utf8(bytes.clone()).unwrap(), whole);
            index.bytes = Some(bytes);
            assert_eq!(index.last().unwrap().as_ref(), all.last());
            assert_eq!(index.all().unwrap(), all);
        }
        // A hand-edited layout is read and rewritten whole.
        index.bytes = Some(serde_json::to_vec(&all).unwrap());
        assert_eq!(index.last().unwrap().as_ref(), all.last());
        all.push(entry("2021-04-01"));
        let bytes = index.with(all.last().unwrap()).unwrap();
        assert_eq!(
            bytes,
            (serde_json::to_string_pretty(&all).unwrap() + "\n").into_bytes()
        );
    }

    #[test]
    fn authors() {
        assert_eq!(
            parse_author("Jane Doe <jane@example.com>"),
            Some(("Jane Doe", "jane@example.com"))
        );
        assert_eq!(parse_author("nobody"), None);
    }
}
