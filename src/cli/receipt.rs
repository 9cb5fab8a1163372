//! `policyc receipt ID@VERSION | ID --at DATE [--format json|iso27560] [--base-url URL]` and
//! `policyc verify RECEIPT`: the receipt a consent record stores, and its check against the
//! archive (docs/receipts.md).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::{Error, ExitCode, EXIT_ERRORS, EXIT_OK};
use crate::archive::receipt;

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// ID@VERSION, ID@latest, or ID with --at
    spec: String,
    /// The version in effect on this date (YYYY-MM-DD)
    #[arg(long)]
    at: Option<String>,
    /// The receipt's shape
    #[arg(long, value_enum, default_value_t = ReceiptFormat::Json)]
    format: ReceiptFormat,
    /// The site's address, for the version's page in each language [default: site/site.toml's
    /// base_url, when there is one]
    #[arg(long)]
    base_url: Option<String>,
    /// The archive [default: policyc.toml's archive.path, else archive.git]
    #[arg(long)]
    archive: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ReceiptFormat {
    /// policyc's own receipt (policyc-receipt/1)
    Json,
    /// The notice part of an ISO/IEC TS 27560 consent record, in JSON-LD with DPV terms
    Iso27560,
}

#[derive(clap::Args, Debug)]
pub(crate) struct VerifyArgs {
    /// The receipt file (`-` for standard input)
    receipt: PathBuf,
    /// The archive [default: policyc.toml's archive.path, else archive.git]
    #[arg(long)]
    archive: Option<PathBuf>,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let (id, which) = super::version_spec(&args.spec, args.at.as_deref())?;
    let base_url = match &args.base_url {
        Some(url) => Some(crate::site::config::normalize_base_url(url).map_err(Error::Usage)?),
        None => site_base_url(),
    };
    let archive = super::open_archive(args.archive.as_deref())?;
    let r = receipt::receipt(&archive, &id, &which, base_url.as_deref()).map_err(Error::Message)?;
    let json = match args.format {
        ReceiptFormat::Json => serde_json::to_string_pretty(&r),
        ReceiptFormat::Iso27560 => serde_json::to_string_pretty(&receipt::iso27560(&r)),
    }
    .map_err(|e| Error::Message(e.to_string()))?;
    let _ = writeln!(std::io::stdout().lock(), "{json}");
    Ok(EXIT_OK)
}

/// The site's address from `site/site.toml`, when the project has one that gives it.
fn site_base_url() -> Option<String> {
    let text = std::fs::read_to_string(Path::new("site").join("site.toml")).ok()?;
    crate::site::config::SiteConfig::parse(&text).ok()?.base_url
}

pub(crate) fn verify(args: VerifyArgs) -> Result<ExitCode, Error> {
    let mut text = String::new();
    if args.receipt.as_os_str() == "-" {
        std::io::stdin().read_to_string(&mut text).map_err(|e| {
            Error::Message(format!("cannot read the receipt from standard input: {e}"))
        })?;
    } else {
        text = std::fs::read_to_string(&args.receipt)
            .map_err(|e| Error::Message(format!("cannot read {}: {e}", args.receipt.display())))?;
    }
    let archive = super::open_archive(args.archive.as_deref())?;
    match receipt::verify(&archive, &text).map_err(Error::Message)? {
        Ok(v) => {
            let _ = writeln!(
                std::io::stdout().lock(),
                "verified: {} {} is archived as the receipt names it (sha256 {})",
                v.policy,
                v.version,
                v.sha256
            );
            Ok(EXIT_OK)
        }
        Err(problems) => {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "error: the receipt does not match the archive:");
            for p in problems {
                let _ = writeln!(err, "  - {p}");
            }
            Ok(EXIT_ERRORS)
        }
    }
}
