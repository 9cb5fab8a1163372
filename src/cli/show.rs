//! `policyc show ID@VERSION | ID --at DATE [--lang L] [--format html|text|md|json|source]`

use std::io::Write;
use std::path::PathBuf;

use super::{Error, ExitCode, EXIT_OK};

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// ID@VERSION, ID@latest, or ID with --at
    spec: String,
    /// The version in effect on this date (YYYY-MM-DD)
    #[arg(long)]
    at: Option<String>,
    /// The language [default: the version's first language]
    #[arg(long)]
    lang: Option<String>,
    /// What to print
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    format: ShowFormat,
    /// The archive [default: policyc.toml's archive.path, else archive.git]
    #[arg(long)]
    archive: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ShowFormat {
    Html,
    Text,
    Md,
    Json,
    Source,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let (id, which) = super::version_spec(&args.spec, args.at.as_deref())?;
    let archive = super::open_archive(args.archive.as_deref())?;
    let entry = archive.resolve(&id, &which)?;
    let lang = args
        .lang
        .clone()
        .unwrap_or_else(|| entry.languages.first().cloned().unwrap_or_default());
    if matches!(
        args.format,
        ShowFormat::Html | ShowFormat::Text | ShowFormat::Md
    ) && !entry.languages.contains(&lang)
    {
        return Err(Error::Message(format!(
            "{id} {} is published in {}, not `{lang}`",
            entry.version,
            entry.languages.join(", ")
        )));
    }
    let file = match args.format {
        ShowFormat::Html => format!("{lang}.html"),
        ShowFormat::Text => format!("{lang}.txt"),
        ShowFormat::Md => format!("{lang}.md"),
        ShowFormat::Json => "model.json".to_string(),
        ShowFormat::Source => "source.policy".to_string(),
    };
    let Some(bytes) = archive.read(&format!("{id}/{}/{file}", entry.version))? else {
        return Err(Error::Message(format!(
            "the archive has no {file} for {id} {}",
            entry.version
        )));
    };
    let _ = std::io::stdout().lock().write_all(&bytes);
    Ok(EXIT_OK)
}
