//! `policyc review OLD NEW [--format human|json]`: the prose-based changes no one has decided
//! yet; `policyc review OLD NEW --decide KEY --as editorial|minor --reason TEXT [--by NAME]
//! [--date YYYY-MM-DD]` records one decision in NEW's sidecar file (docs/diff.md).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::diff::{load_pair, Pair};
use super::{read_sidecar, sidecar_path, write_atomically, Error, ExitCode, EXIT_ERRORS, EXIT_OK};
use crate::diff::decisions::{self, Decided, Decision, Decisions};
use crate::diff::{self, output, Basis, Change, Severity};

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// The old version: a .policy file, or ID@VERSION / ID@latest from the archive
    old: PathBuf,
    /// The new version: a .policy file (its decisions are NAME.decisions.toml beside it), or
    /// ID@VERSION / ID@latest
    new: PathBuf,
    /// The archive for ID@VERSION [default: policyc.toml's archive.path, else archive.git]
    #[arg(long)]
    archive: Option<PathBuf>,
    /// How to list the undecided changes
    #[arg(long, value_enum, default_value_t = ReviewFormat::Human)]
    format: ReviewFormat,
    /// Record a decision on the change with this key (from the list) in NEW's sidecar file
    #[arg(long, value_name = "KEY")]
    decide: Option<String>,
    /// The severity decided: editorial or minor (with --decide)
    #[arg(long = "as", value_enum, value_name = "SEVERITY", requires = "decide")]
    as_: Option<DecideAs>,
    /// Why the change matters less than the diff found (with --decide)
    #[arg(long, requires = "decide")]
    reason: Option<String>,
    /// Who decides [default: git's user.name <user.email>, else $USER]
    #[arg(long, requires = "decide")]
    by: Option<String>,
    /// The date of the decision [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", requires = "decide")]
    date: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ReviewFormat {
    /// For people: each change with its evidence and the command that decides it
    Human,
    /// A JSON array, one object per undecided change (key, severity, rules, path, evidence ...)
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum DecideAs {
    Editorial,
    Minor,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let Some(pair) = load_pair(&args.old, &args.new, args.archive.as_deref())? else {
        return Ok(EXIT_ERRORS);
    };
    let command = command(&args);
    if let Some(key) = &args.decide {
        return decide(&args, &pair, key, &command);
    }
    let mut diff = diff::diff(&pair.old.policy, &pair.new.policy);
    decisions::apply(&mut diff, &pair.new.decisions);
    let undecided = decisions::undecided(&diff);
    let items = output::review_items(&undecided, &command);
    let text = match args.format {
        ReviewFormat::Json => output::review_json(&items) + "\n",
        ReviewFormat::Human => output::review_human(&diff, &items, &diff.authoritative),
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    Ok(EXIT_OK)
}

/// `policyc review OLD NEW` as it was asked, for the commands the list suggests.
fn command(args: &Args) -> String {
    let mut words = vec!["policyc".to_string(), "review".to_string()];
    if let Some(archive) = &args.archive {
        words.push("--archive".into());
        words.push(shell_word(archive));
    }
    words.push(shell_word(&args.old));
    words.push(shell_word(&args.new));
    words.join(" ")
}

/// A path as a shell word: quoted when it holds anything but plain characters.
fn shell_word(path: &Path) -> String {
    let s = path.to_string_lossy();
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-@+:=,".contains(c))
    {
        s.into_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// `--decide KEY`: records the decision in NEW's sidecar, atomically, keeping the others.
fn decide(args: &Args, pair: &Pair, key: &str, command: &str) -> Result<ExitCode, Error> {
    let Some(file) = &pair.new.file else {
        return Err(Error::Usage(format!(
            "--decide records the decision beside the new policy file, and {} is an archived version; name the file",
            args.new.display()
        )));
    };
    let Some(as_) = args.as_ else {
        return Err(Error::Usage(
            "--decide needs the severity decided: --as editorial or --as minor".into(),
        ));
    };
    let reason = args.reason.as_deref().map(str::trim).unwrap_or_default();
    if reason.is_empty() {
        return Err(Error::Usage(
            "--decide needs a reason: --reason \"why the change matters less than the diff found\""
                .into(),
        ));
    }
    let date = super::date_or_today("--date", args.date.as_deref())?.to_string();
    let decided = match as_ {
        DecideAs::Editorial => Decided::Editorial,
        DecideAs::Minor => Decided::Minor,
    };
    // The changes as the diff found them, before any decision.
    let diff = diff::diff(&pair.old.policy, &pair.new.policy);
    let changes: Vec<&Change> = diff
        .changes
        .iter()
        .filter(|c| c.key.as_deref() == Some(key))
        .collect();
    let Some(first) = changes.first() else {
        if let Some(fact) = diff
            .changes
            .iter()
            .find(|c| c.path == key && c.basis == Basis::Fact)
        {
            return Err(Error::Message(format!(
                "{} is a change of the policy's facts ({}): what the policy declares is never decided away",
                fact.path,
                fact.severity.id()
            )));
        }
        return Err(Error::Message(format!(
            "no change from {} to {} has the key {key}; `{command}` lists the undecided changes and their keys",
            args.old.display(),
            args.new.display()
        )));
    };
    let severity = changes
        .iter()
        .map(|c| c.severity)
        .max()
        .unwrap_or(Severity::None);
    if changes.iter().any(|c| c.basis != Basis::Prose) {
        return Err(Error::Message(format!(
            "{key} is a change of the policy's facts: a decision cannot lower it"
        )));
    }
    if severity == Severity::Consent {
        return Err(Error::Message(format!(
            "{key} ({}) reduces users' rights: that is put to them for consent (publish --acknowledge-consent), not decided away",
            first.path
        )));
    }
    if decided.severity() >= severity {
        return Err(Error::Message(format!(
            "{key} ({}) is {}: a decision can only lower a change, to editorial or minor",
            first.path,
            severity.id()
        )));
    }
    let mut rules = Vec::new();
    for rule in changes.iter().filter_map(|c| c.rule) {
        if !rules.contains(&rule) {
            rules.push(rule);
        }
    }
    let decision = Decision {
        key: key.to_string(),
        text: decisions::new_text_hash(first, &diff.authoritative),
        path: first.path.clone(),
        rules,
        severity: decided,
        reason: reason.to_string(),
        by: args.by.clone().unwrap_or_else(who),
        date,
    };
    let mut file_decisions = read_sidecar(file)?
        .map(|s| s.decisions)
        .unwrap_or_else(Decisions::default);
    file_decisions.record(decision);
    let path = sidecar_path(file);
    let text = file_decisions
        .to_toml()
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    write_atomically(&path, &text).map_err(|e| super::error::cannot_write(&path, &e))?;
    println!(
        "decided {key} ({}): {} → {}, recorded in {}",
        first.path,
        severity.id(),
        decided.severity().id(),
        path.display()
    );
    Ok(EXIT_OK)
}

/// Who decides, when --by is not given: git's identity, else the login name.
fn who() -> String {
    let git = git2::Config::open_default().ok().and_then(|config| {
        let name = config.get_string("user.name").ok()?;
        Some(match config.get_string("user.email") {
            Ok(email) => format!("{name} <{email}>"),
            Err(_) => name,
        })
    });
    git.or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}
