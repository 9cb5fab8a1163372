//! `policyc model PATH | ID@VERSION [--format json|dpv]` and `policyc model --schema`

use std::path::PathBuf;

use super::{load_or_report, print_diagnostics, Error, ExitCode, EXIT_ERRORS, EXIT_OK};

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// The policy file, or an archived version (ID@VERSION, ID@latest) when no such file exists
    path: Option<PathBuf>,
    /// What to print: the typed model, or the policy as JSON-LD with the W3C Data Privacy
    /// Vocabulary (DPV 2.2)
    #[arg(long, value_enum, default_value_t = ModelFormat::Json)]
    format: ModelFormat,
    /// The archive, for ID@VERSION [default: policyc.toml's archive.path, else archive.git]
    #[arg(long)]
    archive: Option<PathBuf>,
    /// Print the JSON Schema of the model instead
    #[arg(long, conflicts_with = "path")]
    schema: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ModelFormat {
    /// The typed model (docs/model.md)
    Json,
    /// JSON-LD with DPV concepts, its context inline (docs/dpv.md)
    Dpv,
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
    let spec = path.to_string_lossy().to_string();
    let policy = if !path.exists() && spec.contains('@') {
        // An archived version: its model exactly as published.
        let (id, which) = super::version_spec(&spec, None)?;
        let archive = super::open_archive(args.archive.as_deref())?;
        let entry = archive.resolve(&id, &which).map_err(Error::Message)?;
        let content = crate::archive::receipt::content_path(&id, &entry.version);
        let bytes = archive
            .read(&content)?
            .ok_or_else(|| Error::Message(format!("the archive has no {content}")))?;
        serde_json::from_slice::<crate::model::Policy>(&bytes)
            .map_err(|e| Error::Message(format!("{content}: {e}")))?
    } else {
        let Some(file) = load_or_report(&path) else {
            return Ok(EXIT_ERRORS);
        };
        let checked = crate::check::check_source(&file.text, super::file_stem(&path).as_deref());
        print_diagnostics(&file, &checked.diagnostics);
        match checked.policy {
            Some(policy) => policy,
            None => return Ok(EXIT_ERRORS),
        }
    };
    match args.format {
        ModelFormat::Json => println!("{}", crate::model::to_json(&policy)),
        ModelFormat::Dpv => println!(
            "{}",
            serde_json::to_string_pretty(&crate::render::dpv::jsonld(&policy))
                .map_err(|e| Error::Message(e.to_string()))?
        ),
    }
    Ok(EXIT_OK)
}
