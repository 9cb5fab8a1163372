//! `policyc check [PATH...]`

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{
    load, policy_files, print_diagnostics, print_error, read_sidecar, Error, ExitCode, Loaded,
    ReportFormat, EXIT_ERRORS, EXIT_OK,
};
use crate::diag::{Code, Diagnostic, JsonDiagnostic, Level};
use crate::model::wording::plural;
use crate::model::Policy;
use crate::source::{SourceFile, Span};

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// Policy files or folders holding them [default: policies/]
    paths: Vec<PathBuf>,
    /// How to report diagnostics
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    format: ReportFormat,
    #[command(flatten)]
    lints: super::lints::LintArgs,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let files = policy_files(&args.paths)?;
    let config = super::config::load(Path::new(".")).map_err(Error::Message)?;
    let lints = super::lints::Lints::new(&config.lints, &args.lints, false)?;
    let (mut errors, mut warnings) = (0usize, 0usize);
    let mut json = Vec::new();
    let mut unreadable = false;
    let mut declared: BTreeMap<String, &Path> = BTreeMap::new();
    for path in &files {
        let mut sidecar = None;
        let (file, diags) = match load(path) {
            Ok(Loaded::Ok(file)) => {
                let checked =
                    crate::check::check_source(&file.text, super::file_stem(path).as_deref());
                let mut diags = checked.diagnostics;
                if let Some(policy) = &checked.policy {
                    match decisions(path, policy) {
                        Ok(found) => sidecar = found,
                        Err(e) => {
                            print_error(&e.to_string());
                            unreadable = true;
                        }
                    }
                    let same_file = |first: &Path| {
                        first
                            .canonicalize()
                            .ok()
                            .is_some_and(|f| path.canonicalize().ok() == Some(f))
                    };
                    if let Some(first) = declared.get(&policy.id).filter(|f| !same_file(f)) {
                        diags.push(duplicate(&file, &policy.id, first));
                    } else {
                        declared.insert(policy.id.clone(), path);
                    }
                }
                (file, diags)
            }
            Ok(Loaded::Bad(file, diags)) => (file, diags),
            Err(e) => {
                print_error(&e);
                unreadable = true;
                continue;
            }
        };
        let diags = lints.apply(diags);
        let sidecar = sidecar.map(|(f, d)| (f, lints.apply(d)));
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
                    json.extend(
                        diags
                            .iter()
                            .take(crate::diag::MAX_SHOWN)
                            .map(|d| JsonDiagnostic::new(file, d)),
                    );
                    if let Some(line) = crate::diag::omitted_line(&file.name(), diags) {
                        eprintln!("{line}");
                    }
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

/// The error for a second file declaring the policy `id`, at its id: `build` and `publish`
/// refuse two files of one policy, so `check` does too.
fn duplicate(file: &SourceFile, id: &str, first: &Path) -> Diagnostic {
    let span = crate::syntax::parse(&file.text)
        .ok()
        .and_then(|(ast, _)| ast.policy.id().map(|w| w.span))
        .unwrap_or(Span::at(0));
    Diagnostic::new(
        Code::DuplicateId,
        format!(
            "the policy `{id}` is declared in {} and in {}",
            first.display(),
            file.name()
        ),
        span,
    )
    .with_help("each policy has one file; give one of them another id, or remove it")
}
