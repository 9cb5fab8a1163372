//! `policyc publish [--archive DIR] [--message TEXT] [--author A] [--dry-run] [--push REMOTE]
//! [--allow-stale] [--acknowledge-consent] [--date YYYY-MM-DD] [--wait SECONDS] [PATH...]`

use std::path::PathBuf;
use std::time::Duration;

use super::{
    load, policy_files, print_diagnostics, print_error, Loaded, EXIT_ERRORS, EXIT_OK, EXIT_USAGE,
};
use crate::archive::Archive;
use crate::diag::Code;
use crate::publish::{self, Candidate, Outcome};
use crate::render::Renderer;

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// Policy files or folders holding them [default: policies/]
    paths: Vec<PathBuf>,
    /// The archive [default: policyc.toml's archive.path, else archive.git]; created on first publish
    #[arg(long)]
    archive: Option<PathBuf>,
    /// Added to the commit message
    #[arg(long)]
    message: Option<String>,
    /// The author of the commit, "Name <email>" [default: git's identity, else policyc <policyc@localhost>]
    #[arg(long)]
    author: Option<String>,
    /// Print what would be published (versions, severities, refusals) and change nothing
    #[arg(long)]
    dry_run: bool,
    /// After recording, push the branch and the new tags to this git remote (name, path or URL)
    #[arg(long)]
    push: Option<String>,
    /// Publish even when translations are stale
    #[arg(long)]
    allow_stale: bool,
    /// Confirm that a change reducing users' rights will be put to them for explicit consent
    #[arg(long)]
    acknowledge_consent: bool,
    /// The publish date [default: today]
    #[arg(long)]
    date: Option<String>,
    /// How long to wait for another publish to finish
    #[arg(long, default_value_t = 30)]
    wait: u64,
    /// A folder of templates overriding the built-in ones [default: templates/ when it exists]
    #[arg(long)]
    templates: Option<PathBuf>,
}

pub(crate) fn run(args: Args) -> i32 {
    let today = match &args.date {
        Some(d) if d.parse::<jiff::civil::Date>().is_ok() => d.clone(),
        Some(d) => {
            print_error(&format!("`{d}` is not a date in YYYY-MM-DD form"));
            return EXIT_USAGE;
        }
        None => jiff::Zoned::now().date().to_string(),
    };
    match publish(&args, today) {
        Ok(code) => code,
        Err(e) => {
            print_error(&e);
            EXIT_ERRORS
        }
    }
}

fn publish(args: &Args, today: String) -> Result<i32, String> {
    let config = super::config::load(std::path::Path::new("."))?;
    let files = policy_files(&args.paths)?;
    // Check every policy first; any error refuses the whole publish.
    let mut candidates = Vec::new();
    let mut broken = 0;
    for path in &files {
        let file = match load(path)? {
            Loaded::Ok(file) => file,
            Loaded::Bad(file, diags) => {
                print_diagnostics(&file, &diags);
                broken += 1;
                continue;
            }
        };
        let checked = crate::check::check_source(&file.text, super::file_stem(path).as_deref());
        let errors = checked.has_errors();
        if errors {
            print_diagnostics(&file, &checked.diagnostics);
        }
        let Some(policy) = checked.policy else {
            broken += 1;
            continue;
        };
        let stale = checked
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::StaleTranslation)
            .count();
        candidates.push(Candidate {
            path: path.clone(),
            source: file.text.clone(),
            policy,
            stale,
        });
    }
    if broken > 0 {
        return Err(format!(
            "{broken} {} did not check; nothing was published. Fix the errors above",
            if broken == 1 { "policy" } else { "policies" }
        ));
    }
    let archive_path = config.archive_path(args.archive.as_deref());
    let mut archive = if args.dry_run && !archive_path.exists() {
        None
    } else if args.dry_run {
        Some(Archive::open(&archive_path).map_err(|e| e.to_string())?)
    } else {
        Some(Archive::open_or_create(&archive_path).map_err(|e| e.to_string())?)
    };
    if let (Some(a), false) = (archive.as_mut(), args.dry_run) {
        a.lock(Duration::from_secs(args.wait))
            .map_err(|e| e.to_string())?;
        a.ensure_clean().map_err(|e| e.to_string())?;
    }
    let templates = super::build::load_templates(args.templates.as_deref())?;
    let renderer = Renderer::new(&templates).map_err(|e| e.to_string())?;
    let opts = publish::Options {
        allow_stale: args.allow_stale,
        acknowledge_consent: args.acknowledge_consent,
        today,
        notice_period_days: config.publish.notice_period_days,
    };
    let scratch;
    let archive_ref = match &archive {
        Some(a) => a,
        None => {
            // A dry run against an archive that does not exist yet: plan against an empty one.
            scratch = tempfile::tempdir().map_err(|e| e.to_string())?;
            archive = Some(Archive::open_or_create(scratch.path()).map_err(|e| e.to_string())?);
            archive.as_ref().expect("just created")
        }
    };
    let decisions =
        publish::plan(archive_ref, &renderer, &candidates, &opts).map_err(|e| e.to_string())?;
    let mut refused = 0;
    let mut planned = Vec::new();
    for d in &decisions {
        match &d.outcome {
            Outcome::Unchanged {
                version,
                layout_only,
            } => {
                let extra = if *layout_only {
                    " (its source differs only in layout or comments)"
                } else {
                    ""
                };
                println!("{}: unchanged since {version}{extra}", d.id);
            }
            Outcome::Refused(why) => {
                refused += 1;
                println!("{}: REFUSED: {why}", d.id);
            }
            Outcome::Publish(p) => {
                println!(
                    "{}{}",
                    if args.dry_run { "would publish " } else { "" },
                    p.headline
                );
                if let Some(diff) = &p.diff {
                    for change in diff
                        .changes
                        .iter()
                        .filter(|c| c.severity >= crate::diff::Severity::Major)
                    {
                        let line = change
                            .summary
                            .get(&diff.authoritative)
                            .cloned()
                            .unwrap_or_default();
                        println!(
                            "  {}: {}",
                            change.severity.id(),
                            crate::diag::escape_for_terminal(&line)
                        );
                    }
                }
                planned.push(p.as_ref());
            }
        }
    }
    if refused > 0 {
        println!(
            "nothing was published: {refused} {} refused",
            if refused == 1 {
                "policy was"
            } else {
                "policies were"
            }
        );
        return Ok(EXIT_ERRORS);
    }
    if planned.is_empty() {
        println!("nothing to publish: every policy is unchanged");
        return Ok(EXIT_OK);
    }
    if args.dry_run {
        println!("dry run: nothing was recorded");
        return Ok(EXIT_OK);
    }
    let archive = archive.as_ref().expect("a real run has an archive");
    let author = archive
        .signature(args.author.as_deref())
        .map_err(|e| e.to_string())?;
    let repaired = archive.repair_tags(&author).map_err(|e| e.to_string())?;
    if !repaired.is_empty() {
        eprintln!("repaired missing tags: {}", repaired.join(", "));
    }
    let (commit, tags) = publish::record(archive, &planned, args.message.as_deref(), &author)
        .map_err(|e| e.to_string())?;
    println!(
        "recorded {} in {} (commit {})",
        tags.join(", "),
        archive.path().display(),
        &commit.to_string()[..12]
    );
    if let Some(remote) = &args.push {
        archive.push(remote, &tags).map_err(|e| e.to_string())?;
        println!("pushed to {remote}");
    }
    Ok(EXIT_OK)
}
