//! `policyc fmt [--check] [PATH...]`

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{
    load_or_report, policy_files, print_diagnostics, print_error, Error, ExitCode, EXIT_ERRORS,
    EXIT_OK,
};
use crate::model::wording::plural;

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// Policy files or folders holding them [default: policies/]
    paths: Vec<PathBuf>,
    /// Change nothing; show a diff and exit 1 when a file is not formatted
    #[arg(long)]
    check: bool,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let files = policy_files(&args.paths)?;
    let mut failed = false;
    let mut unformatted = 0usize;
    for path in &files {
        let Some(file) = load_or_report(path) else {
            failed = true;
            continue;
        };
        let ast = match crate::syntax::parse(&file.text) {
            Ok((ast, _)) => ast,
            Err(diags) => {
                print_diagnostics(&file, &diags);
                failed = true;
                continue;
            }
        };
        let formatted = crate::syntax::fmt::format(&ast, &file.text);
        if formatted == file.text {
            continue;
        }
        unformatted += 1;
        if args.check {
            print_diff(path, &file.text, &formatted);
        } else if let Err(e) = super::write_atomically(path, &formatted) {
            print_error(&super::error::cannot_write(path, &e));
            failed = true;
        } else {
            eprintln!("formatted {}", path.display());
        }
    }
    if failed || (args.check && unformatted > 0) {
        if args.check && unformatted > 0 {
            eprintln!(
                "{unformatted} {} not formatted; run `policyc fmt` to fix",
                plural(unformatted, "file is", "files are")
            );
        }
        Ok(EXIT_ERRORS)
    } else {
        Ok(EXIT_OK)
    }
}

fn print_diff(path: &Path, old: &str, new: &str) {
    let diff = similar::TextDiff::from_lines(old, new);
    let name = path.display().to_string();
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(&name, &format!("{name} (formatted)"))
        .to_string();
    let _ = std::io::stdout()
        .lock()
        .write_all(crate::diag::escape_for_terminal(&text).as_bytes());
}
