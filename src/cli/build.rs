//! `policyc build [--out DIR] [--format html,text,md,json] [--templates DIR] [--strict] [PATH...]`

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{
    load_or_report, policy_files, print_diagnostics, print_error, Error, ExitCode, EXIT_ERRORS,
    EXIT_OK,
};
use crate::model::wording::plural;
use crate::model::Policy;
use crate::render::{Format, Renderer, BUILTIN_TEMPLATES};

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// Policy files or folders holding them [default: policies/]
    paths: Vec<PathBuf>,
    /// Where to write: DIR/<id>/<lang>.html, .txt, .md and DIR/<id>/model.json
    #[arg(long, default_value = "out")]
    out: PathBuf,
    /// Which files to write, comma-separated; files of the other formats already in DIR are
    /// left as they are
    #[arg(
        long = "format",
        value_enum,
        value_delimiter = ',',
        default_value = "html,text,md,json",
        value_name = "LIST"
    )]
    formats: Vec<Output>,
    /// A folder of templates overriding the built-in ones by name [default: templates/ when
    /// it exists]
    #[arg(long)]
    templates: Option<PathBuf>,
    /// Refuse to build when any policy has a warning: `--deny warnings`
    #[arg(long)]
    strict: bool,
    #[command(flatten)]
    lints: super::lints::LintArgs,
}

/// A kind of file `build` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Output {
    /// `<lang>.html`
    Html,
    /// `<lang>.txt`
    Text,
    /// `<lang>.md`
    Md,
    /// `model.json`
    Json,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let config = super::config::load(Path::new(".")).map_err(Error::Message)?;
    let lints = super::lints::Lints::new(&config.lints, &args.lints, args.strict)?;
    let formats: Vec<Format> = Format::ALL
        .into_iter()
        .filter(|f| {
            args.formats.contains(&match f {
                Format::Html => Output::Html,
                Format::Text => Output::Text,
                Format::Markdown => Output::Md,
            })
        })
        .collect();
    let json = args.formats.contains(&Output::Json);
    let files = policy_files(&args.paths)?;
    let renderer = Renderer::new(&load_templates(args.templates.as_deref())?)?
        .with_stale_text(config.render.stale_translations);
    let staging = Staging::new(&args.out)?;
    // One streaming pass: each policy is checked, rendered and its changed files staged, then
    // its model is dropped, so memory holds a few policies at a time however many are built.
    // Nothing reaches `out` unless every policy checks: the staged files are moved into place
    // only then.
    let built: Vec<Built> = files
        .par_iter()
        .enumerate()
        .map(|(i, path)| match check_one(path, &lints) {
            None => Built::Failed,
            Some(policy) => {
                match stage_policy(&renderer, &policy, (&formats, json), &args.out, &staging, i) {
                    Ok(files) => Built::Ok {
                        id: policy.id,
                        files,
                    },
                    Err(e) => Built::Unwritten(policy.id, e),
                }
            }
        })
        .collect();
    let failed = built.iter().filter(|b| matches!(b, Built::Failed)).count();
    if failed > 0 {
        staging.discard();
        return Err(Error::Message(format!(
            "{failed} of {} {} did not check; nothing was written",
            built.len(),
            plural(built.len(), "policy", "policies")
        )));
    }
    let mut seen: BTreeMap<&str, &Path> = BTreeMap::new();
    for (b, path) in built.iter().zip(&files) {
        let (Built::Ok { id, .. } | Built::Unwritten(id, _)) = b else {
            continue;
        };
        if let Some(first) = seen.insert(id, path) {
            staging.discard();
            return Err(Error::Message(format!(
                "{} and {} both declare the policy `{id}`; nothing was written",
                first.display(),
                path.display(),
            )));
        }
    }
    let mut written = 0;
    let mut failed = false;
    for b in &built {
        let result = match b {
            Built::Ok { id, files } => staging.commit(id, files).map(|()| files.files.len()),
            Built::Unwritten(_, e) => Err(e.clone()),
            Built::Failed => Ok(0),
        };
        match result {
            Ok(n) => written += n,
            Err(e) => {
                print_error(&e);
                failed = true;
            }
        }
    }
    staging.discard();
    let count = built.len();
    eprintln!(
        "built {count} {} ({written} files) in {}",
        plural(count, "policy", "policies"),
        args.out.display()
    );
    Ok(if failed { EXIT_ERRORS } else { EXIT_OK })
}

/// What the streaming pass made of one file.
enum Built {
    /// It did not check (its diagnostics are printed).
    Failed,
    /// Its files are rendered and the changed ones staged.
    Ok { id: String, files: Staged },
    /// It checked, but rendering or staging its files failed (the error says which).
    Unwritten(String, String),
}

/// Checks one file; prints its diagnostics; returns the model when it may be built.
fn check_one(path: &Path, lints: &super::lints::Lints) -> Option<Policy> {
    let file = load_or_report(path)?;
    let checked = crate::check::check_source(&file.text, super::file_stem(path).as_deref());
    let diags = lints.apply(checked.diagnostics);
    print_diagnostics(&file, &diags);
    if diags
        .iter()
        .any(|d| d.severity == crate::diag::Level::Error)
    {
        return None;
    }
    checked.policy
}

/// Renders every file of a policy and stages those whose content differs from what `out`
/// holds: unchanged files are left alone, so that their modification times say what changed.
fn stage_policy(
    renderer: &Renderer,
    policy: &Policy,
    (formats, json): (&[Format], bool),
    out: &Path,
    staging: &Staging,
    index: usize,
) -> Result<Staged, String> {
    let mut files = renderer
        .render_formats(policy, formats)
        .map_err(|e| format!("{}: {e}", policy.id))?;
    if json {
        files.push((
            "model.json".to_string(),
            crate::model::to_json(policy) + "\n",
        ));
    }
    let dir = staging.folder(index)?;
    let existing = out.join(&policy.id);
    let fresh = !existing.is_dir();
    let mut names = Vec::with_capacity(files.len());
    for (name, content) in files {
        let changed = fresh
            || std::fs::read(existing.join(&name)).map_or(true, |old| old != content.as_bytes());
        if changed {
            let path = dir.join(&name);
            std::fs::write(&path, content).map_err(|e| super::error::cannot_write(&path, &e))?;
        }
        names.push((name, changed));
    }
    Ok(Staged {
        dir,
        fresh,
        files: names,
    })
}

/// The files of one policy in the staging folder.
struct Staged {
    dir: PathBuf,
    /// `out` has no folder for the policy yet: the staged folder becomes it.
    fresh: bool,
    /// Every file's name, and whether it changed (and so was staged).
    files: Vec<(String, bool)>,
}

/// A folder inside `out` where a build writes its files before moving them into place. A
/// rename within one file system is atomic, so a reader of `out` sees each file old or new,
/// never half-written. Build outputs are regenerated from sources at will, so they are not
/// flushed to disk one by one (policy sources, which `fmt` rewrites, are).
struct Staging {
    dir: tempfile::TempDir,
    out: PathBuf,
    /// Whether this build created `out` (removed again when nothing is written).
    created_out: bool,
}

impl Staging {
    fn new(out: &Path) -> Result<Staging, String> {
        let created_out = !out.exists();
        std::fs::create_dir_all(out).map_err(|e| super::error::failed("cannot create", out, &e))?;
        for stale in stale_staging(out) {
            match std::fs::remove_dir_all(&stale) {
                Ok(()) => eprintln!(
                    "removed {}, the staging folder of a build that was killed",
                    stale.display()
                ),
                Err(e) => eprintln!("warning: cannot remove {}: {e}", stale.display()),
            }
        }
        let dir = tempfile::Builder::new()
            .prefix(&format!("{STAGING_PREFIX}{}-", std::process::id()))
            .tempdir_in(out)
            .map_err(|e| super::error::failed("cannot create a folder in", out, &e))?;
        Ok(Staging {
            dir,
            out: out.to_path_buf(),
            created_out,
        })
    }

    /// The folder where the `index`th policy's files are staged.
    fn folder(&self, index: usize) -> Result<PathBuf, String> {
        let dir = self.dir.path().join(index.to_string());
        std::fs::create_dir(&dir).map_err(|e| super::error::failed("cannot create", &dir, &e))?;
        Ok(dir)
    }

    /// Moves a policy's staged files to `out/<id>/`: the whole folder at once when `out` had
    /// none for it, else each changed file.
    fn commit(&self, id: &str, staged: &Staged) -> Result<(), String> {
        let dir = self.out.join(id);
        if staged.fresh {
            return std::fs::rename(&staged.dir, &dir)
                .map_err(|e| super::error::cannot_write(&dir, &e));
        }
        for (name, _) in staged.files.iter().filter(|(_, changed)| *changed) {
            let path = dir.join(name);
            std::fs::rename(staged.dir.join(name), &path)
                .map_err(|e| super::error::cannot_write(&path, &e))?;
        }
        Ok(())
    }

    /// Removes the staging folder, and `out` too when this build created it and wrote nothing.
    fn discard(&self) {
        let _ = std::fs::remove_dir_all(self.dir.path());
        if self.created_out {
            // Only removes `out` when it is empty: nothing was written into it.
            let _ = std::fs::remove_dir(&self.out);
        }
    }
}

/// The start of a staging folder's name; the process id of its build follows.
const STAGING_PREFIX: &str = ".policyc-build-";

/// The staging folders in `out` that no running build owns: their build (named by the
/// process id after [`STAGING_PREFIX`]) is gone, or they come from a policyc that did not
/// name it. A build killed before it could clean up leaves one; links are never followed.
fn stale_staging(out: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(out) else {
        return Vec::new();
    };
    let has_proc = Path::new("/proc/self").exists();
    let mut stale: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let rest = name.strip_prefix(STAGING_PREFIX)?;
            let owner = rest
                .split_once('-')
                .and_then(|(pid, _)| pid.parse::<u32>().ok());
            // Without /proc there is no telling whether the build runs: its folder is kept.
            let alive = owner.is_some_and(|pid| {
                !has_proc
                    || pid == std::process::id()
                    || Path::new(&format!("/proc/{pid}")).exists()
            });
            (!alive).then(|| e.path())
        })
        .collect();
    stale.sort();
    stale
}

/// The renderer's override templates (see [`super::load_templates`]).
pub(crate) fn load_templates(dir: Option<&Path>) -> Result<BTreeMap<String, String>, String> {
    super::load_templates(dir, BUILTIN_TEMPLATES.iter().map(|(name, _)| *name))
}
