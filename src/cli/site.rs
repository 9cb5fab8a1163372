//! `policyc site --out DIR [--archive DIR] [--now YYYY-MM-DD] [--site DIR] [--templates DIR]
//! [--base-url URL] [--manifest FILE] [--verbose]`

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Error, ExitCode, EXIT_OK};
use crate::site::{self, Manifest};

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// Where to write the site; files of an earlier build there are updated in place. This
    /// folder is what to deploy
    #[arg(long)]
    out: PathBuf,
    /// The build's manifest, kept outside the site so that it is never deployed
    /// [default: beside the output folder, as OUT.policyc-site.json]
    #[arg(long, value_name = "FILE")]
    manifest: Option<PathBuf>,
    /// The archive [default: policyc.toml's archive.path, else archive.git]
    #[arg(long)]
    archive: Option<PathBuf>,
    /// The day to build the site for: it decides which version is current, which are
    /// upcoming and which notices are recent [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    now: Option<String>,
    /// The site folder: site.toml and static assets [default: site/]
    #[arg(long, default_value = "site")]
    site: PathBuf,
    /// A folder of templates overriding the built-in ones [default: templates/ when it exists]
    #[arg(long)]
    templates: Option<PathBuf>,
    /// The address the site is served at, overriding base_url of site.toml
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// List every file written and removed
    #[arg(long)]
    verbose: bool,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let now = super::date_or_today("--now", args.now.as_deref())?;
    build(&args, now)?;
    Ok(EXIT_OK)
}

fn build(args: &Args, now: jiff::civil::Date) -> Result<(), Error> {
    let archive = super::open_archive(args.archive.as_deref())?;
    let mut folder = site::config::load(&args.site)?;
    if let Some(url) = &args.base_url {
        folder.config.base_url = Some(site::config::normalize_base_url(url)?);
    }
    let templates = load_templates(args.templates.as_deref())?;
    let manifest_path = manifest_path(args)?;
    // A build before the manifest moved out of the site kept it inside: read it once, then
    // remove it, so that the deployed folder no longer carries it.
    let inside = args.out.join(site::OLD_MANIFEST);
    let found = [&manifest_path, &inside]
        .into_iter()
        .find(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file()));
    let previous = match found {
        Some(path) => previous_manifest(&args.out, path)?,
        None => Manifest::default(),
    };
    let output = site::build(&site::Inputs {
        archive: &archive,
        site: &folder,
        templates: &templates,
        now,
        previous: &previous,
    })?;

    let mut written = 0;
    let mut unchanged = output.kept.len();
    for (rel, bytes) in &output.files {
        let path = within(&args.out, rel)?;
        // A file already as it should be is left alone, so that its time says when it
        // last changed.
        if std::fs::read(&path).is_ok_and(|old| &old == bytes) {
            unchanged += 1;
            continue;
        }
        write_file(&path, bytes).map_err(|e| super::error::cannot_write(&path, &e))?;
        written += 1;
        if args.verbose {
            println!("wrote {rel}");
        }
    }
    for rel in &output.removed {
        let path = within(&args.out, rel)?;
        match std::fs::remove_file(&path) {
            Ok(()) => {
                if args.verbose {
                    println!("removed {rel}");
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::Message(format!(
                    "cannot remove {}: {e}",
                    path.display()
                )))
            }
        }
    }
    let manifest = output.manifest.to_json();
    if std::fs::read(&manifest_path).ok().as_deref() != Some(manifest.as_bytes()) {
        write_file(&manifest_path, manifest.as_bytes())
            .map_err(|e| super::error::cannot_write(&manifest_path, &e))?;
    }
    if std::fs::symlink_metadata(&inside).is_ok_and(|m| m.is_file()) {
        std::fs::remove_file(&inside)
            .map_err(|e| Error::Message(format!("cannot remove {}: {e}", inside.display())))?;
    }
    println!(
        "site for {now} in {}: {written} written, {unchanged} unchanged, {} removed",
        args.out.display(),
        output.removed.len()
    );
    println!(
        "deploy the folder {}; its manifest, {}, stays outside it",
        args.out.display(),
        manifest_path.display()
    );
    Ok(())
}

/// Where the manifest is: `--manifest`, else `OUT.policyc-site.json` beside the output folder.
/// Checked before anything is built: never inside the output folder (by the real paths, links
/// and `..` resolved), never over a file that is not a site manifest when chosen with
/// `--manifest`, and in a folder policyc can write to.
fn manifest_path(args: &Args) -> Result<PathBuf, Error> {
    let path = match &args.manifest {
        Some(path) => {
            let is_manifest = |bytes: &[u8]| Manifest::parse(bytes) != Manifest::default();
            if std::fs::read(path).is_ok_and(|bytes| !is_manifest(&bytes)) {
                return Err(Error::Message(format!(
                    "--manifest {} is a file that is not a site manifest: choose another file \
                     (policyc does not overwrite it)",
                    path.display()
                )));
            }
            path.clone()
        }
        None => beside(&args.out)?,
    };
    if real(&path).starts_with(real(&args.out)) {
        return Err(Error::Message(format!(
            "--manifest {} is inside the output folder {}, which is deployed: choose a file outside it",
            path.display(),
            args.out.display()
        )));
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)
        .and_then(|()| tempfile::NamedTempFile::new_in(dir).map(drop))
        .map_err(|e| {
            Error::Message(format!(
                "cannot write the site's manifest in {}: {e}; give --manifest FILE, outside the \
                 output folder",
                dir.display()
            ))
        })?;
    Ok(path)
}

/// `OUT.policyc-site.json` beside the output folder: `www` and `site/www` as given, `.` by the
/// folder's absolute name. `..` and `/` have none: `--manifest` must say where.
fn beside(out: &Path) -> Result<PathBuf, Error> {
    let name_it = |out: &Path| -> Option<PathBuf> {
        let mut file = out.file_name()?.to_os_string();
        file.push(site::MANIFEST_SUFFIX);
        Some(out.with_file_name(file))
    };
    let last_is_a_name = matches!(
        out.components().next_back(),
        Some(std::path::Component::Normal(_))
    );
    let found = if last_is_a_name {
        name_it(out)
    } else {
        std::path::absolute(out)
            .ok()
            .filter(|abs| !abs.ends_with(".."))
            .as_deref()
            .and_then(name_it)
    };
    found.ok_or_else(|| {
        Error::Message(format!(
            "--out {} has no folder name to put the manifest beside: give --manifest FILE",
            out.display()
        ))
    })
}

/// A path as the file system resolves it: absolute, its longest existing part with links
/// resolved, the rest with `.` and `..` taken lexically.
fn real(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = abs.as_path();
    let mut rest = Vec::new();
    let base = loop {
        if let Ok(found) = std::fs::canonicalize(existing) {
            break found;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => break existing.to_path_buf(),
        }
    };
    let mut out = base;
    for part in rest.into_iter().rev() {
        out.push(part);
    }
    let mut normal = PathBuf::new();
    for c in out.components() {
        match c {
            std::path::Component::ParentDir => {
                normal.pop();
            }
            std::path::Component::CurDir => {}
            c => normal.push(c),
        }
    }
    normal
}

/// The manifest of the previous build, keeping only the entries whose file is still there, a
/// regular file (not a link) with the size it had: anything else is built again. A manifest
/// naming a path outside the output folder was not written by policyc: it is an error, and
/// nothing is written or removed.
fn previous_manifest(out: &Path, manifest_path: &Path) -> Result<Manifest, Error> {
    let Ok(bytes) = std::fs::read(manifest_path) else {
        return Ok(Manifest::default());
    };
    let mut manifest = Manifest::parse(&bytes);
    if let Some(rel) = manifest.outside_entry() {
        return Err(Error::Message(format!(
            "{}: the entry `{}` is not a path inside {}; nothing was written or removed. \
             The manifest was not written by policyc: delete it to build the site from nothing",
            manifest_path.display(),
            rel.escape_debug(),
            out.display()
        )));
    }
    manifest.files.retain(|rel, entry| {
        std::fs::symlink_metadata(out.join(rel)).is_ok_and(|m| m.is_file() && m.len() == entry.size)
    });
    Ok(manifest)
}

/// `out/rel`, refused when `rel` leaves the output folder or one of the folders on the way is
/// a symbolic link: the site never writes or removes through a link.
fn within(out: &Path, rel: &str) -> Result<PathBuf, Error> {
    if !site::is_inside(rel) {
        return Err(Error::Message(format!(
            "`{}` is not a path inside {}",
            rel.escape_debug(),
            out.display()
        )));
    }
    let mut path = out.to_path_buf();
    let parts: Vec<&str> = rel.split('/').collect();
    for (i, part) in parts.iter().enumerate() {
        path.push(part);
        let last = i + 1 == parts.len();
        if !last && std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(Error::Message(format!(
                "{} is a symbolic link; the site does not write through links: remove it",
                path.display()
            )));
        }
    }
    Ok(path)
}

/// The site's override templates (see [`super::load_templates`]).
fn load_templates(dir: Option<&Path>) -> Result<BTreeMap<String, String>, String> {
    super::load_templates(dir, site::template_names())
}

/// Writes through a temporary file in the same folder and a rename, creating the folder.
fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
