//! The archive side of a publish, in the order every publish follows: open the archive (created
//! on the first publish), take the publish lock and refuse an archive left half-written; then,
//! once the plan is accepted, repair the tags an interrupted publish left missing, record, and
//! push when asked.

use std::path::Path;
use std::time::Duration;

use super::{record, Planned};
use crate::archive::{self, Archive};

/// The archive a publish runs against. A real run creates it when missing, takes the publish
/// lock (waiting up to `wait` for another publish to finish) and checks that nobody left
/// changes in it; a dry run only opens an archive that exists, and gets `None` when there is
/// none yet.
pub fn open(path: &Path, dry_run: bool, wait: Duration) -> Result<Option<Archive>, archive::Error> {
    if dry_run {
        return if path.exists() {
            Archive::open(path).map(Some)
        } else {
            Ok(None)
        };
    }
    let mut archive = Archive::open_or_create(path)?;
    archive.lock(wait)?;
    archive.ensure_clean()?;
    Ok(Some(archive))
}

/// What recording did: the tags it repaired, the commit and the new tags.
pub struct Recorded {
    pub commit: git2::Oid,
    pub tags: Vec<String>,
}

/// Records the planned versions as one commit, signed by `author` (git's identity when
/// absent). Tags that an interrupted publish left missing are repaired first and handed to
/// `repaired` before anything is recorded.
pub fn commit(
    archive: &Archive,
    planned: &[&Planned],
    message: Option<&str>,
    author: Option<&str>,
    repaired: impl FnOnce(&[String]),
) -> Result<Recorded, archive::Error> {
    let author = archive.signature(author)?;
    let fixed = archive.repair_tags(&author)?;
    repaired(&fixed);
    let (commit, tags) = record(archive, planned, message, &author)?;
    Ok(Recorded { commit, tags })
}

/// Pushes the branch and every version's tag to `remote` (a name, path or URL), so that a
/// remote that missed a publish receives the whole archive.
pub fn push(archive: &Archive, remote: &str) -> Result<(), archive::Error> {
    archive.push(remote)
}
