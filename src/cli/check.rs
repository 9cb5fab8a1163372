//! `policyc check [PATH...]`

use std::path::{Path, PathBuf};

use super::{
    load, policy_files, print_diagnostics, print_error, read_sidecar, Error, ExitCode, Loaded,
    ReportFormat, EXIT_ERRORS, EXIT_OK,
};
use crate::diag::{Diagnostic, JsonDiagnostic, Level};
use crate::model::wording::plural;
use crate::model::Policy;
use crate::source::SourceFile;

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// Policy files or folders holding them [default: policies/]
    paths: Vec<PathBuf>,
    /// How to report diagnostics
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    format: ReportFormat,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let files = policy_files(&args.paths)?;
    let (mut errors, mut warnings) = (0usize, 0usize);
    let mut json = Vec::new();
    let mut unreadable = false;
    for path in &files {
        let mut sidecar = None;
        let (file, diags) = match load(path) {
            Ok(Loaded::Ok(file)) => {
                let checked =
                    crate::check::check_source(&file.text, super::file_stem(path).as_deref());
                if let Some(policy) = &checked.policy {
                    match decisions(path, policy) {
                        Ok(found) => sidecar = found,
                        Err(e) => {
                            print_error(&e.to_string());
                            unreadable = true;
                        }
                    }
                }
                (file, checked.diagnostics)
            }
            Ok(Loaded::Bad(file, diags)) => (file, diags),
            Err(e) => {
                print_error(&e);
                unreadable = true;
                continue;
            }
        };
        for (file, diags) in
            std::iter::once((&file, &diags)).chain(sidecar.as_ref().map(|(f, d)| (f, d)))
        {
            for d in diags {
                match d.severity {
                    Level::Error => errors += 1,
                    Level::Warning => warnings += 1,
                }
            }
            match args.format {
                ReportFormat::Human => print_diagnostics(file, diags),
                ReportFormat::Json => {
                    json.extend(diags.iter().map(|d| JsonDiagnostic::new(file, d)))
                }
            }
        }
    }
    match args.format {
        ReportFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&json).expect("diagnostics serialise")
        ),
        ReportFormat::Human => eprintln!(
            "checked {} {}: {} {}, {} {}",
            files.len(),
            plural(files.len(), "policy", "policies"),
            errors,
            plural(errors, "error", "errors"),
            warnings,
            plural(warnings, "warning", "warnings"),
        ),
    }
    Ok(if errors > 0 || unreadable {
        EXIT_ERRORS
    } else {
        EXIT_OK
    })
}

/// The review decisions beside a policy that match no text of it: the sidecar file and its
/// warnings (None without a sidecar).
fn decisions(path: &Path, policy: &Policy) -> Result<Option<(SourceFile, Vec<Diagnostic>)>, Error> {
    Ok(read_sidecar(path)?.map(|s| {
        let diags = crate::diff::decisions::dangling(policy, &s.decisions, &s.file.text);
        (s.file, diags)
    }))
}
