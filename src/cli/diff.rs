//! `policyc diff OLD NEW [--format human|json|markdown] [--lang L] [--fail-on SEVERITY]` (each side a
//! .policy file or an archived ID@VERSION / ID@latest) and `policyc diff --schema`

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::{
    load_or_report, print_diagnostics, print_error, Error, ExitCode, EXIT_ERRORS, EXIT_OK,
};
use crate::archive::{Archive, Snapshot, Which};
use crate::diff::decisions::Decisions;
use crate::diff::{self, output, Severity};
use crate::model::Policy;

/// Exit code: `--fail-on` was given and the diff is at least that severe.
pub(crate) const EXIT_SEVERITY: i32 = 3;

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// The old version: a .policy file, or ID@VERSION / ID@latest from the archive
    #[arg(required_unless_present = "schema")]
    old: Option<PathBuf>,
    /// The new version: a .policy file, or ID@VERSION / ID@latest from the archive
    #[arg(required_unless_present = "schema")]
    new: Option<PathBuf>,
    /// The archive for ID@VERSION [default: policyc.toml's archive.path, else archive.git]
    #[arg(long)]
    archive: Option<PathBuf>,
    /// How to report the changes
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
    /// The language of the human and Markdown output [default: the authoritative language
    /// of the new version]
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
    /// Exit with code 3 when the diff is at least this severe
    #[arg(long, value_enum, value_name = "SEVERITY")]
    fail_on: Option<FailOn>,
    /// Print the JSON Schema of `--format json` instead
    #[arg(long, conflicts_with_all = ["old", "new"])]
    schema: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    /// For people: a headline, then the changes by severity with their word diffs
    Human,
    /// One JSON object (docs/diff.md), for tools and CI
    Json,
    /// Markdown, for a pull-request comment
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Editorial,
    Minor,
    Major,
    Consent,
}

impl FailOn {
    fn severity(self) -> Severity {
        match self {
            FailOn::Editorial => Severity::Editorial,
            FailOn::Minor => Severity::Minor,
            FailOn::Major => Severity::Major,
            FailOn::Consent => Severity::Consent,
        }
    }
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    if args.schema {
        let _ = writeln!(std::io::stdout().lock(), "{}", output::schema_json());
        return Ok(EXIT_OK);
    }
    let (Some(old_path), Some(new_path)) = (&args.old, &args.new) else {
        return Err(Error::Usage(
            "policyc diff needs two policy files: OLD NEW (or --schema)".into(),
        ));
    };
    let Some(Pair { old, new, .. }) = load_pair(old_path, new_path, args.archive.as_deref())?
    else {
        return Ok(EXIT_ERRORS);
    };
    let lang = match &args.lang {
        None => new.policy.authoritative.clone(),
        Some(wanted) => match new
            .policy
            .languages
            .iter()
            .find(|l| l.eq_ignore_ascii_case(wanted))
        {
            Some(lang) => lang.clone(),
            None => {
                return Err(Error::Usage(format!(
                    "--lang {wanted}: the new version is published in {}",
                    new.policy.languages.join(", ")
                )));
            }
        },
    };
    let mut diff = diff::diff(&old.policy, &new.policy);
    diff::decisions::apply(&mut diff, &new.decisions);
    let text = match args.format {
        DiffFormat::Human => output::human(&diff, &lang, stdout_color()),
        DiffFormat::Json => output::json(&diff) + "\n",
        DiffFormat::Markdown => output::markdown(&diff, &lang),
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    Ok(match args.fail_on {
        Some(level) if diff.severity >= level.severity() => EXIT_SEVERITY,
        _ => EXIT_OK,
    })
}

/// One side of a diff or a review: its model, and for the new side the review decisions that
/// apply to it (its sidecar file, or the `decisions.toml` archived with it).
pub(super) struct Loaded {
    pub(super) policy: Policy,
    pub(super) decisions: Decisions,
    /// The policy file, when the side is one (not an archived version).
    pub(super) file: Option<PathBuf>,
}

/// Both sides of a diff or a review.
pub(super) struct Pair {
    pub(super) old: Loaded,
    pub(super) new: Loaded,
}

/// Loads OLD and NEW as `policyc diff` does (files, `ID@VERSION`, `ID@latest`), with the new
/// side's review decisions. Both sides are read before giving up, so that all their errors
/// show at once; None when either did not load (after printing why).
pub(super) fn load_pair(
    old_path: &Path,
    new_path: &Path,
    archive: Option<&Path>,
) -> Result<Option<Pair>, Error> {
    // The archive is opened once, for both sides, when either names a version.
    let (old_spec, new_spec) = (archived(old_path), archived(new_path));
    let archive = if old_spec.is_some() || new_spec.is_some() {
        Some(super::open_archive(archive)?)
    } else {
        None
    };
    let snapshot = archive.as_ref().map(|a| a.snapshot()).transpose()?;
    let opened = archive.as_ref().zip(snapshot.as_ref());
    let old = side(old_path, old_spec, opened);
    let new_is_file = new_spec.is_none();
    let new = side(new_path, new_spec, opened);
    let (Some((old, _)), Some((new, archived_decisions))) = (old, new) else {
        return Ok(None);
    };
    let decisions = if new_is_file {
        super::read_sidecar(new_path)?
            .map(|s| s.decisions)
            .unwrap_or_default()
    } else {
        match archived_decisions {
            Some(text) => diff::decisions::parse(&text)
                .map_err(|e| format!("{}: decisions.toml: {e}", new_path.display()))?,
            None => Decisions::default(),
        }
    };
    Ok(Some(Pair {
        old: Loaded {
            policy: old,
            decisions: Decisions::default(),
            file: None,
        },
        new: Loaded {
            policy: new,
            decisions,
            file: new_is_file.then(|| new_path.to_path_buf()),
        },
    }))
}

/// `ID@VERSION` (or `ID@latest`) when `path` names no file.
fn archived(path: &Path) -> Option<(String, Which)> {
    Which::parse(&path.to_string_lossy()).filter(|_| !path.exists())
}

/// One side: the archived version `spec` names (see [`archived`]), else the policy file;
/// with an archived version, the text of the review decisions archived with it.
fn side(
    path: &Path,
    spec: Option<(String, Which)>,
    archive: Option<(&Archive, &Snapshot)>,
) -> Option<(Policy, Option<String>)> {
    let Some((id, which)) = spec else {
        return checked(path).map(|p| (p, None));
    };
    let (archive, snapshot) = archive.expect("the archive is opened when a side names a version");
    let archived = (|| {
        let version = archived_version(archive, snapshot, &id, &which)?;
        let bytes = snapshot
            .read(&format!("{id}/{version}/model.json"))
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("the archive has no model for {id} {version}"))?;
        let policy = serde_json::from_slice::<Policy>(&bytes)
            .map_err(|e| format!("{id} {version}: model.json: {e}"))?;
        // Versions published before decisions were recorded have none.
        let decisions = snapshot
            .read(&format!("{id}/{version}/decisions.toml"))
            .map_err(|e| e.to_string())?
            .map(|b| String::from_utf8_lossy(&b).into_owned());
        Ok::<_, String>((policy, decisions))
    })();
    match archived {
        Ok(policy) => Some(policy),
        Err(e) => {
            print_error(&e);
            None
        }
    }
}

/// The version `which` names, found without reading the whole index when it can be: the
/// folder of a named version, the last entry of the index for `latest`. The index grows with
/// every version published; a pull request's check (`diff ID@latest FILE`) should not.
fn archived_version(
    archive: &Archive,
    snapshot: &Snapshot,
    id: &str,
    which: &Which,
) -> Result<String, String> {
    match which {
        Which::Version(v) if snapshot.oid(&format!("{id}/{v}/model.json")).is_some() => {
            return Ok(v.clone());
        }
        Which::Latest => {
            let index = snapshot.index(id).map_err(|e| e.to_string())?;
            if let Some(entry) = index.last().map_err(|e| e.to_string())? {
                return Ok(entry.version);
            }
        }
        _ => {}
    }
    // Not there: resolving says why, with what the archive holds.
    archive.resolve(id, which).map(|e| e.version)
}

/// The model of one side, or None after printing why it does not check.
fn checked(path: &Path) -> Option<Policy> {
    let file = load_or_report(path)?;
    // The file name is not compared with the policy id: versions are often kept under
    // other names (old.policy, hitgen-2021.policy).
    // Only the model and its errors matter here: the translations' warnings are `check`'s.
    let options = crate::check::Options {
        translation_warnings: false,
        prose_warnings: false,
    };
    let checked = crate::check::check_source_with(&file.text, None, options);
    if checked.has_errors() {
        print_diagnostics(&file, &checked.diagnostics);
    }
    checked.policy
}

/// Whether the diff on stdout gets colour: a terminal, and `NO_COLOR` unset.
fn stdout_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
