//! `policyc publish [--archive DIR] [--message TEXT] [--author A] [--dry-run] [--push REMOTE]
//! [--allow-stale] [--acknowledge-consent] [--acknowledge-major] [--date YYYY-MM-DD] [--wait SECONDS] [PATH...]`

use std::path::PathBuf;
use std::time::Duration;

use super::{load, policy_files, print_diagnostics, Error, ExitCode, Loaded, EXIT_ERRORS, EXIT_OK};
use crate::archive::Archive;
use crate::diag::Code;
use crate::model::wording::plural;
use crate::publish::{self, Candidate, Decision, Outcome, Planned};
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
    /// Publish major changes found only in prose that no one decided (`policyc review`) as
    /// major, with their notice
    #[arg(long)]
    acknowledge_major: bool,
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

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let today = super::date_or_today("--date", args.date.as_deref())?.to_string();
    let config = super::config::load(std::path::Path::new("."))?;
    let notice = config.notice(std::path::Path::new("."))?;
    let candidates = check_all(&args.paths)?;
    let archive = publish::open(
        &config.archive_path(args.archive.as_deref()),
        args.dry_run,
        Duration::from_secs(args.wait),
    )?;
    if let Some(cleared) = archive.as_ref().map(Archive::cleared_locks) {
        if !cleared.is_empty() {
            eprintln!(
                "removed lock files an interrupted publish left: {}",
                cleared.join(", ")
            );
        }
    }
    let templates = super::build::load_templates(args.templates.as_deref())?;
    let renderer = Renderer::new(&templates)?.with_stale_text(config.render.stale_translations);
    let opts = publish::Request {
        allow_stale: args.allow_stale,
        acknowledge_consent: args.acknowledge_consent,
        acknowledge_major: args.acknowledge_major,
        archive_arg: args.archive.as_ref().map(|a| a.display().to_string()),
        today,
        notice_period_days: config.publish.notice_period_days,
        notice,
    };
    let decisions = match &archive {
        Some(archive) => publish::plan(archive, &renderer, &candidates, &opts)?,
        None => {
            // A dry run against an archive that does not exist yet: plan against an empty one.
            let scratch = tempfile::tempdir().map_err(|e| e.to_string())?;
            let empty = Archive::open_or_create(scratch.path())?;
            publish::plan(&empty, &renderer, &candidates, &opts)?
        }
    };
    let (planned, refused) = report(&decisions, args.dry_run);
    if refused > 0 {
        println!(
            "nothing was published: {refused} {} refused",
            plural(refused, "policy was", "policies were")
        );
        return Ok(EXIT_ERRORS);
    }
    let Some(archive) = archive.filter(|_| !args.dry_run) else {
        if planned.is_empty() {
            println!("nothing to publish: every policy is unchanged");
        } else {
            println!("dry run: nothing was recorded");
        }
        return Ok(EXIT_OK);
    };
    if planned.is_empty() {
        println!("nothing to publish: every policy is unchanged");
        // A remote that missed a publish (or is new) still receives the whole archive.
        push(&archive, args.push.as_deref())?;
        return Ok(EXIT_OK);
    }
    let recorded = publish::commit(
        &archive,
        &planned,
        args.message.as_deref(),
        args.author.as_deref(),
        |repaired| {
            if !repaired.is_empty() {
                eprintln!("repaired missing tags: {}", repaired.join(", "));
            }
        },
    )?;
    println!(
        "recorded {} in {} (commit {})",
        recorded.tags.join(", "),
        archive.path().display(),
        &recorded.commit.to_string()[..12]
    );
    push(&archive, args.push.as_deref())?;
    Ok(EXIT_OK)
}

/// `--push REMOTE`: the branch and every version's tag.
fn push(archive: &Archive, remote: Option<&str>) -> Result<(), Error> {
    if let Some(remote) = remote {
        publish::push(archive, remote)?;
        println!("pushed to {remote}");
    }
    Ok(())
}

/// Checks every policy; any error refuses the whole publish.
fn check_all(paths: &[PathBuf]) -> Result<Vec<Candidate>, Error> {
    let files = policy_files(paths)?;
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
        if checked.has_errors() {
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
        let decisions = super::read_sidecar(path)?.map(|s| (s.file.text, s.decisions));
        candidates.push(Candidate {
            path: path.clone(),
            source: file.text.clone(),
            policy,
            stale,
            decisions,
        });
    }
    if broken > 0 {
        return Err(Error::Message(format!(
            "{broken} {} did not check; nothing was published. Fix the errors above",
            plural(broken, "policy", "policies")
        )));
    }
    Ok(candidates)
}

/// Prints each decision; returns the versions to record and how many policies were refused.
fn report(decisions: &[Decision], dry_run: bool) -> (Vec<&Planned>, usize) {
    let mut refused = 0;
    let mut planned = Vec::new();
    for d in decisions {
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
                    if dry_run { "would publish " } else { "" },
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
    (planned, refused)
}
