//! Reading versions back: which version a spec names (`ID@VERSION`, `ID@latest`, the version
//! in effect on a date), and [`Snapshot`], the current tree read by path with each folder
//! listed once.

use super::*;

/// Which version of a policy a command names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Which {
    /// `ID@latest`, or `ID` alone: the newest published version.
    Latest,
    /// `ID@VERSION`
    Version(String),
    /// `--at YYYY-MM-DD`: the version in effect on that date.
    At(String),
}

impl Which {
    /// Reads `ID@VERSION` (`ID@latest`); `None` for a string without `@`.
    pub fn parse(spec: &str) -> Option<(String, Which)> {
        let (id, version) = spec.split_once('@')?;
        let which = if version == "latest" {
            Which::Latest
        } else {
            Which::Version(version.to_string())
        };
        Some((id.to_string(), which))
    }
}

/// The archive's current tree, read by path with each folder listed once, on first use, and
/// its entries kept: a site reads thousands of files from the same few folders, and looking
/// each path up from the root would inflate a policy's folder (one entry per version) again
/// for every file. Blobs are read by id, their ids known without reading them.
pub struct Snapshot<'a> {
    archive: &'a Archive,
    root: Option<Oid>,
    /// Every entry of the folders listed so far, by path: its id and kind.
    entries: RefCell<HashMap<String, (Oid, Option<ObjectType>)>>,
    listed: RefCell<HashSet<String>>,
    /// Why a folder could not be listed (a damaged object), reported by the next read.
    damaged: RefCell<Option<String>>,
}

impl Archive {
    /// The current tree, for reading many files of it.
    pub fn snapshot(&self) -> Result<Snapshot<'_>> {
        let root = self.head()?.map(|c| c.tree_id());
        if let Some(root) = root {
            self.verify(root)?;
        }
        Ok(Snapshot {
            archive: self,
            root,
            entries: RefCell::new(HashMap::new()),
            listed: RefCell::new(HashSet::new()),
            damaged: RefCell::new(None),
        })
    }
}

impl Snapshot<'_> {
    /// The id and kind of the entry at `path` ("" for the root folder).
    pub fn entry(&self, path: &str) -> Option<(Oid, Option<ObjectType>)> {
        if path.is_empty() {
            return self.root.map(|oid| (oid, Some(ObjectType::Tree)));
        }
        let (folder, _) = path.rsplit_once('/').unwrap_or(("", path));
        if !self.listed.borrow().contains(folder) {
            self.list(folder);
        }
        self.entries.borrow().get(path).copied()
    }

    pub(super) fn list(&self, folder: &str) {
        self.listed.borrow_mut().insert(folder.to_string());
        let Some((oid, Some(ObjectType::Tree))) = self.entry(folder) else {
            return;
        };
        if let Err(e) = self.archive.verify(oid) {
            self.damaged.borrow_mut().get_or_insert(e.to_string());
            return;
        }
        let Ok(tree) = self.archive.repo.find_tree(oid) else {
            return;
        };
        let mut entries = self.entries.borrow_mut();
        for e in tree.iter() {
            let Ok(name) = e.name() else { continue };
            let path = if folder.is_empty() {
                name.to_string()
            } else {
                format!("{folder}/{name}")
            };
            entries.insert(path, (e.id(), e.kind()));
        }
    }

    /// The id of the file at `path`, if there is one.
    pub fn oid(&self, path: &str) -> Option<Oid> {
        match self.entry(path)? {
            (oid, Some(ObjectType::Blob)) => Some(oid),
            _ => None,
        }
    }

    /// The file at `path`; `None` when there is none.
    pub fn read(&self, path: &str) -> Result<Option<Vec<u8>>> {
        let found = self.oid(path);
        if let Some(why) = self.damaged.borrow().as_ref() {
            return Err(Error::Corrupt(why.clone()));
        }
        let Some(oid) = found else {
            return Ok(None);
        };
        self.archive.verify(oid)?;
        let blob = self
            .archive
            .repo
            .find_blob(oid)
            .map_err(|e| Error::Corrupt(format!("{path}: {}", e.message())))?;
        Ok(Some(blob.content().to_vec()))
    }

    /// The index of a policy, as [`Archive::index`].
    pub fn index(&self, id: &str) -> Result<Index> {
        Ok(Index {
            id: id.to_string(),
            bytes: self.read(&index_path(id))?,
        })
    }
}

impl Archive {
    /// When the branch holds no version of `id` but tags name versions of it: the branch was
    /// changed outside policyc (a commit removed the policy, or the branch was reset). The
    /// message names the tags, the commit at the tip and how to put the branch back.
    fn branch_rewritten(&self, id: &str) -> Option<String> {
        let tags = self.repo.tag_names(Some(&format!("{id}/*"))).ok()?;
        let mut tags: Vec<&str> = tags.iter().filter_map(|t| t.ok().flatten()).collect();
        if tags.is_empty() {
            return None;
        }
        tags.sort_unstable();
        let tip = match self.head() {
            Ok(Some(commit)) => format!(
                "its latest commit, {} ({:?}), holds none",
                &commit.id().to_string()[..12],
                commit.summary().ok().flatten().unwrap_or("")
            ),
            _ => "it has no commit".to_string(),
        };
        let git = format!("git --git-dir {}", self.path.display());
        Some(format!(
            "the archive {} has tags of {} of `{id}` (the newest {}), but its `main` branch does \
             not hold the policy: {tip}. The branch was changed outside policyc. Check the \
             archive with `{git} fsck`, find the last commit policyc made with `{git} log main`, \
             and point the branch back at it with `{git} update-ref refs/heads/main COMMIT`",
            self.path.display(),
            match tags.len() {
                1 => "a version".to_string(),
                n => format!("{n} versions"),
            },
            tags.last().copied().unwrap_or_default(),
        ))
    }

    /// The version a command names, with a message that helps when there is none.
    pub fn resolve(&self, id: &str, which: &Which) -> std::result::Result<VersionEntry, String> {
        let versions = self.versions(id).map_err(|e| e.to_string())?;
        if versions.is_empty() {
            if let Some(message) = self.branch_rewritten(id) {
                return Err(message);
            }
            let known = self.policies().map_err(|e| e.to_string())?;
            return Err(if known.is_empty() {
                format!("the archive {} holds no policy yet", self.path.display())
            } else {
                format!(
                    "no policy `{id}` in the archive; it holds {}",
                    known.join(", ")
                )
            });
        }
        match which {
            Which::Latest => Ok(versions.last().cloned().expect("not empty")),
            Which::Version(v) => versions
                .iter()
                .find(|e| &e.version == v)
                .cloned()
                .ok_or_else(|| {
                    // The newest few, newest first: a long history would bury the message.
                    const SHOWN: usize = 10;
                    let names = |list: &mut dyn Iterator<Item = &VersionEntry>| {
                        list.map(|e| e.version.as_str()).collect::<Vec<_>>().join(", ")
                    };
                    if versions.len() > SHOWN {
                        format!(
                            "`{id}` has no version `{v}`; its newest versions are {} (`policyc log {id}` lists all {})",
                            names(&mut versions.iter().rev().take(SHOWN)),
                            versions.len()
                        )
                    } else {
                        format!(
                            "`{id}` has no version `{v}`; its versions are {}",
                            names(&mut versions.iter())
                        )
                    }
                }),
            Which::At(date) => {
                // The version in effect: the latest by effective date that took effect on or
                // before the date (the later publish wins between equal dates).
                let mut best: Option<&VersionEntry> = None;
                for e in &versions {
                    if e.effective.as_str() <= date.as_str()
                        && best.is_none_or(|b| e.effective >= b.effective)
                    {
                        best = Some(e);
                    }
                }
                best.cloned().ok_or_else(|| {
                    format!(
                        "no version of `{id}` was in effect on {date}: the first took effect on {}",
                        versions[0].effective
                    )
                })
            }
        }
    }
}
