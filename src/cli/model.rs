//! `policyc model PATH` and `policyc model --schema`

use std::path::PathBuf;

use super::{load_or_report, print_diagnostics, Error, ExitCode, EXIT_ERRORS, EXIT_OK};

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// The policy file
    path: Option<PathBuf>,
    /// Print the JSON Schema of the model instead
    #[arg(long, conflicts_with = "path")]
    schema: bool,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    if args.schema {
        println!("{}", crate::model::schema_json());
        return Ok(EXIT_OK);
    }
    let Some(path) = args.path else {
        return Err(Error::Usage(
            "policyc model needs a policy file (or --schema)".into(),
        ));
    };
    let Some(file) = load_or_report(&path) else {
        return Ok(EXIT_ERRORS);
    };
    let checked = crate::check::check_source(&file.text, super::file_stem(&path).as_deref());
    print_diagnostics(&file, &checked.diagnostics);
    Ok(match checked.policy {
        Some(policy) => {
            println!("{}", crate::model::to_json(&policy));
            EXIT_OK
        }
        None => EXIT_ERRORS,
    })
}
