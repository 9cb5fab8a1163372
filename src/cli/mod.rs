//! The command line: arguments -> exit code, by [`run`]. Argument parsing (clap), reading
//! files, printing and exit codes: the only module that prints or decides an exit code;
//! everything else returns data. A command returns `Result<ExitCode, Error>` and [`run`]
//! prints the [`Error`] in one place. The project's configuration is [`config`].

mod build;
mod check;
pub mod config;
mod corpus;
mod diff;
mod error;
mod fmt;
mod i18n;
mod i18n_files;
mod lints;
mod log;
mod model;
mod publish;
mod receipt;
mod review;
mod show;
mod site;

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::diag::{self, Diagnostic};
use crate::diff::decisions::{self, Decisions};
use crate::source::SourceFile;
pub use error::Error;

/// Exit code: everything is fine (warnings allowed).
pub const EXIT_OK: i32 = 0;
/// Exit code: a policy has errors, or a file could not be read or written.
pub const EXIT_ERRORS: i32 = 1;
/// Exit code: the command line itself is wrong.
pub const EXIT_USAGE: i32 = 2;

/// The exit code of a command that ran to its end, having reported what it found.
pub(crate) type ExitCode = i32;

#[derive(Parser, Debug)]
#[command(
    name = "policyc",
    version,
    about = "A compiler for privacy policies written as code",
    long_about = "policyc compiles privacy policies written as code. It checks a policy into a \
                  typed model (check, fmt, model, i18n), renders it to HTML, plain text and \
                  Markdown in every language (build), classifies every change between two \
                  versions as editorial, minor, major or consent (diff), records a person's \
                  judgement of a change found in prose (review), records versions with \
                  their notices in a git archive (publish, log, show) and builds the public \
                  website of that archive (site).\n\n\
                  Paths default to policies/; the archive to archive.git or policyc.toml's \
                  [archive] path. The language: docs/language.md; every command: README.md.",
    after_help = "Exit codes: 0 success (warnings allowed), 1 errors or refusals, 2 a wrong \
                  command line, 3 `diff --fail-on` found a change of that severity."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check policies and report every error and warning
    Check(check::Args),
    /// Rewrite policies in the canonical layout
    Fmt(fmt::Args),
    /// Print the typed model of a policy as JSON
    Model(model::Args),
    /// Render policies to HTML, plain text and Markdown in every language
    Build(build::Args),
    /// Translations: their status, and confirming them against the authoritative text
    #[command(subcommand)]
    I18n(i18n::Command),
    /// Compare two versions of a policy and classify every change
    Diff(diff::Args),
    /// List the prose-based changes no one has decided yet, or decide one (--decide)
    Review(review::Args),
    /// Write the generated benchmark corpus (benches/compare.sh)
    #[command(subcommand, hide = true)]
    Corpus(corpus::Command),
    /// List the archived versions of a policy, newest first
    Log(log::Args),
    /// Print an archived version exactly as it was published
    Show(show::Args),
    /// Print the receipt of an archived version, for a consent record to store
    Receipt(receipt::Args),
    /// Check a stored receipt against the archive
    Verify(receipt::VerifyArgs),
    /// Record new versions of policies in the archive
    Publish(publish::Args),
    /// Build the public website from the archive
    Site(site::Args),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    /// For people, with source excerpts
    Human,
    /// One JSON array of diagnostics on stdout, for CI
    Json,
}

/// Runs policyc with the given arguments (the first is the program name) and returns the
/// process exit code.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return match err.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    EXIT_OK
                }
                _ => EXIT_USAGE,
            };
        }
    };
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Fmt(args) => fmt::run(args),
        Command::Model(args) => model::run(args),
        Command::Build(args) => build::run(args),
        Command::I18n(command) => i18n::run(command),
        Command::Diff(args) => diff::run(args),
        Command::Review(args) => review::run(args),
        Command::Corpus(command) => corpus::run(command),
        Command::Log(args) => log::run(args),
        Command::Show(args) => show::run(args),
        Command::Receipt(args) => receipt::run(args),
        Command::Verify(args) => receipt::verify(args),
        Command::Publish(args) => publish::run(args),
        Command::Site(args) => site::run(args),
    };
    // The one place a command's error is printed.
    match result {
        Ok(code) => code,
        Err(e) => {
            print_error(&e.to_string());
            e.exit_code()
        }
    }
}

/// Whether diagnostics on stderr get colour: a terminal, and `NO_COLOR` unset.
pub(crate) fn stderr_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The policy files named by the arguments: files as given, folders searched for
/// `*.policy` (sorted, so output order is stable). Defaults to `policies/`.
pub(crate) fn policy_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let defaults = [PathBuf::from("policies")];
    let paths = if paths.is_empty() {
        &defaults[..]
    } else {
        paths
    };
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            collect_policies(path, &mut found)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            if found.is_empty() {
                return Err(format!("no .policy files in {}", path.display()));
            }
            found.sort();
            files.extend(found);
        } else if path.exists() {
            files.push(path.clone());
        } else {
            return Err(format!("{}: no such file or folder", path.display()));
        }
    }
    Ok(files)
}

fn collect_policies(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_policies(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "policy") {
            out.push(path);
        }
    }
    Ok(())
}

/// A file read for checking: its source, or a diagnostic saying why it cannot be a policy.
pub(crate) enum Loaded {
    Ok(SourceFile),
    Bad(SourceFile, Vec<Diagnostic>),
}

/// A file read for checking, or None after printing why it cannot be one.
pub(crate) fn load_or_report(path: &Path) -> Option<SourceFile> {
    match load(path) {
        Ok(Loaded::Ok(file)) => Some(file),
        Ok(Loaded::Bad(file, diags)) => {
            print_diagnostics(&file, &diags);
            None
        }
        Err(e) => {
            print_error(&e);
            None
        }
    }
}

pub(crate) fn load(path: &Path) -> Result<Loaded, String> {
    match SourceFile::load(path) {
        Ok(file) => Ok(Loaded::Ok(file)),
        Err(error) => match diag::load_error(error) {
            Ok((file, diag)) => Ok(Loaded::Bad(file, vec![diag])),
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        },
    }
}

/// Prints an error that has no place in a file.
pub(crate) fn print_error(message: &str) {
    let mut stderr = std::io::stderr().lock();
    if stderr_color() {
        let _ = writeln!(
            stderr,
            "\x1b[1;31merror\x1b[0m: {}",
            diag::escape_for_terminal(message)
        );
    } else {
        let _ = writeln!(stderr, "error: {}", diag::escape_for_terminal(message));
    }
}

/// Prints the diagnostics of one file on stderr.
pub(crate) fn print_diagnostics(file: &SourceFile, diags: &[Diagnostic]) {
    if diags.is_empty() {
        return;
    }
    let text = diag::render_human(file, diags, stderr_color());
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// The date a `--date`/`--now` option gives, or today's (the clock is read here, at the edge).
pub(crate) fn date_or_today(flag: &str, given: Option<&str>) -> Result<jiff::civil::Date, Error> {
    match given {
        Some(d) => d
            .parse::<jiff::civil::Date>()
            .map_err(|_| Error::Usage(format!("{flag} `{d}` is not a date in YYYY-MM-DD form"))),
        None => Ok(jiff::Zoned::now().date()),
    }
}

pub(crate) fn file_stem(path: &Path) -> Option<String> {
    path.file_stem().map(|s| s.to_string_lossy().into_owned())
}

/// Writes through a temporary file in the same folder and renames it over the original, so a
/// crash never leaves a half-written policy.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    // Keep the permissions of the file replaced; a new file gets the usual rw-r--r--
    // rather than the temporary file's private mode.
    match std::fs::metadata(path) {
        Ok(meta) => std::fs::set_permissions(tmp.path(), meta.permissions())?,
        Err(_) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644))?;
            }
        }
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Reads override templates: `dir`, or `templates/` when it exists. Only the given names are
/// read; anything else in the folder is ignored.
pub(crate) fn load_templates<'n>(
    dir: Option<&Path>,
    names: impl IntoIterator<Item = &'n str>,
) -> Result<BTreeMap<String, String>, String> {
    let default = Path::new("templates");
    let dir = match dir {
        Some(d) if !d.is_dir() => return Err(format!("{}: no such templates folder", d.display())),
        Some(d) => d,
        None if default.is_dir() => default,
        None => return Ok(BTreeMap::new()),
    };
    let mut out = BTreeMap::new();
    for name in names {
        // A template is a regular file of at most the size of a policy; anything else under
        // its name (a folder, a device, a pipe) is an error, not silently ignored.
        let path = dir.join(name);
        if let Some(text) = crate::source::read_text(&path, crate::source::MAX_FILE_SIZE)? {
            out.insert(name.to_string(), text);
        }
    }
    Ok(out)
}

/// Opens the archive named by `--archive`, the configuration or the default.
/// The archived version a command names: `ID@VERSION`, `ID@latest`, `ID --at DATE` (the
/// version in effect that day), or `ID` alone (the latest).
pub(crate) fn version_spec(
    spec: &str,
    at: Option<&str>,
) -> Result<(String, crate::archive::Which), Error> {
    use crate::archive::Which;
    match (Which::parse(spec), at) {
        (Some(_), Some(_)) => Err(Error::Usage(
            "give either ID@VERSION or ID --at DATE, not both".into(),
        )),
        (Some(parsed), None) => Ok(parsed),
        (None, Some(date)) => {
            if date.parse::<jiff::civil::Date>().is_err() {
                return Err(Error::Usage(format!(
                    "`{date}` is not a date in YYYY-MM-DD form"
                )));
            }
            Ok((spec.to_string(), Which::At(date.to_string())))
        }
        (None, None) => Ok((spec.to_string(), Which::Latest)),
    }
}

pub(crate) fn open_archive(explicit: Option<&Path>) -> Result<crate::archive::Archive, Error> {
    let config = config::load(Path::new("."))?;
    Ok(crate::archive::Archive::open(
        &config.archive_path(explicit),
    )?)
}

/// A policy's review decisions: its sidecar file `<stem>.decisions.toml` (docs/diff.md).
pub(crate) struct Sidecar {
    pub(crate) file: SourceFile,
    pub(crate) decisions: Decisions,
}

/// Where the review decisions of the policy file `policy` live.
pub(crate) fn sidecar_path(policy: &Path) -> PathBuf {
    let stem = file_stem(policy).unwrap_or_default();
    policy.with_file_name(format!("{stem}{}", decisions::SUFFIX))
}

/// The review decisions beside a policy file: None when it has no sidecar.
pub(crate) fn read_sidecar(policy: &Path) -> Result<Option<Sidecar>, Error> {
    let path = sidecar_path(policy);
    if !path.exists() {
        return Ok(None);
    }
    let file = SourceFile::load(&path).map_err(|e| match diag::load_error(e) {
        Ok((_, d)) => format!("cannot read {}: {}", path.display(), d.message),
        Err(e) => format!("cannot read {}: {e}", path.display()),
    })?;
    let decisions = decisions::parse(&file.text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Some(Sidecar { file, decisions }))
}
