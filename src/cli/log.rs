//! `policyc log ID [--archive DIR] [--format json]`

use std::path::PathBuf;

use super::{Error, ExitCode, EXIT_OK};
use crate::archive::Archive;

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// The policy id
    id: String,
    /// The archive [default: policyc.toml's archive.path, else archive.git]
    #[arg(long)]
    archive: Option<PathBuf>,
    /// human (default) or json
    #[arg(long, value_enum, default_value_t = LogFormat::Human)]
    format: LogFormat,
    /// The language of the summaries [default: each version's first language]
    #[arg(long)]
    lang: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum LogFormat {
    Human,
    Json,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let archive = super::open_archive(args.archive.as_deref())?;
    log(&archive, &args)?;
    Ok(EXIT_OK)
}

fn log(archive: &Archive, args: &Args) -> Result<(), Error> {
    let mut versions = archive.versions(&args.id)?;
    if versions.is_empty() {
        archive.resolve(&args.id, &crate::archive::Which::Latest)?;
    }
    versions.reverse();
    if args.format == LogFormat::Json {
        println!(
            "{}",
            serde_json::to_string_pretty(&versions).expect("versions serialise")
        );
        return Ok(());
    }
    for v in &versions {
        let lang = args
            .lang
            .clone()
            .unwrap_or_else(|| v.languages.first().cloned().unwrap_or_default());
        let rules = if v.rules.is_empty() {
            String::new()
        } else {
            format!(" ({})", v.rules.join(", "))
        };
        println!(
            "{} {}  {}{rules}",
            args.id,
            v.version,
            v.severity.to_uppercase()
        );
        println!(
            "  effective {}  updated {}  released {}  published {}",
            v.effective, v.updated, v.released, v.published
        );
        if let Some(summary) = v.summary.get(&lang).or_else(|| v.summary.values().next()) {
            println!("  {}", crate::diag::escape_for_terminal(summary));
        }
        if v.notice {
            println!(
                "  notice issued{}",
                if v.acknowledged_consent {
                    "; consent acknowledged"
                } else {
                    ""
                }
            );
        }
        println!();
    }
    Ok(())
}
