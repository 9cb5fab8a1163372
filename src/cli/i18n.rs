//! `policyc i18n status [PATH...]` and `policyc i18n confirm [--lang L] [--line N] PATH...`

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::{
    load_or_report, policy_files, print_diagnostics, print_error, write_atomically, Error,
    ExitCode, EXIT_ERRORS, EXIT_OK,
};
use crate::check::translations::{self, State};
use crate::model::wording::plural;
use crate::source::SourceFile;
use crate::syntax::Ast;

#[derive(clap::Subcommand, Debug)]
pub(crate) enum Command {
    /// Count each language's translations as confirmed, stale or unconfirmed, and list the
    /// stale ones (exit 1 when any is stale, or when a policy does not check, for example
    /// because a translation is missing)
    Status {
        /// Policy files or folders holding them [default: policies/]
        paths: Vec<PathBuf>,
    },
    /// Record that translations match the current authoritative text: writes the text's hash
    /// after each translation's language tag. Run it after reviewing or updating them
    Confirm {
        /// Policy files or folders holding them
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Confirm only this language [default: every translation]
        #[arg(long)]
        lang: Option<String>,
        /// Confirm only the texts that span this line
        #[arg(long)]
        line: Option<usize>,
    },
}

pub(crate) fn run(command: Command) -> Result<ExitCode, Error> {
    match command {
        Command::Status { paths } => status(&paths),
        Command::Confirm { paths, lang, line } => confirm(&paths, lang.as_deref(), line),
    }
}

/// Parses a file and finds its authoritative language; prints problems.
fn parse(path: &std::path::Path) -> Option<(SourceFile, Ast, String, Vec<String>)> {
    let file = load_or_report(path)?;
    let checked = crate::check::check_source(&file.text, super::file_stem(path).as_deref());
    let Some(policy) = checked.policy else {
        print_diagnostics(&file, &checked.diagnostics);
        print_error(&format!(
            "{} does not check; fix its errors first",
            path.display()
        ));
        return None;
    };
    let (ast, _) = crate::syntax::parse(&file.text).ok()?;
    Some((file, ast, policy.authoritative, policy.languages))
}

fn status(paths: &[PathBuf]) -> Result<ExitCode, Error> {
    let files = policy_files(paths)?;
    let mut failing = false;
    for path in &files {
        let Some((file, ast, authoritative, languages)) = parse(path) else {
            failing = true;
            continue;
        };
        let found = translations::translations(&ast, &authoritative);
        println!("{} (authoritative: {authoritative})", path.display());
        for lang in languages.iter().filter(|l| **l != authoritative) {
            let mine: Vec<_> = found.iter().filter(|t| t.lang == lang).collect();
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for t in &mine {
                *counts
                    .entry(match t.state {
                        State::Current => "confirmed",
                        State::Stale => "stale",
                        State::Unconfirmed => "unconfirmed",
                    })
                    .or_default() += 1;
            }
            let get = |k: &str| counts.get(k).copied().unwrap_or(0);
            println!(
                "  {lang}: {} texts: {} confirmed, {} stale, {} unconfirmed",
                mine.len(),
                get("confirmed"),
                get("stale"),
                get("unconfirmed")
            );
            for t in mine.iter().filter(|t| t.state == State::Stale) {
                let (line, column) = file.line_col(t.tag_span.start);
                println!(
                    "    stale: {}:{line}:{column}: {}",
                    path.display(),
                    crate::diag::escape_for_terminal(&short(&t.source.plain()))
                );
            }
            failing |= get("stale") > 0;
        }
    }
    Ok(if failing { EXIT_ERRORS } else { EXIT_OK })
}

fn short(text: &str) -> String {
    let t: String = text.chars().take(70).collect();
    if t.len() < text.len() {
        format!("{t}…")
    } else {
        t
    }
}

fn confirm(paths: &[PathBuf], lang: Option<&str>, line: Option<usize>) -> Result<ExitCode, Error> {
    let files = policy_files(paths)?;
    let mut failed = false;
    for path in &files {
        let Some((file, ast, authoritative, languages)) = parse(path) else {
            failed = true;
            continue;
        };
        if let Some(lang) = lang {
            if lang == authoritative || !languages.iter().any(|l| l == lang) {
                print_error(&format!(
                    "{}: `{lang}` is not a translation of this policy",
                    path.display()
                ));
                failed = true;
                continue;
            }
        }
        let (text, count) = translations::confirm(&file.text, &ast, &authoritative, |t| {
            lang.is_none_or(|l| t.lang == l)
                && line.is_none_or(|n| {
                    let (first, _) = file.line_col(t.tag_span.start);
                    let (last, _) = file.line_col(t.string.span.end);
                    let (source_line, _) = file.line_col(t.source.span.start);
                    (source_line.min(first)..=last).contains(&n)
                })
        });
        if count == 0 {
            eprintln!("{}: nothing to confirm", path.display());
            continue;
        }
        // The edit only adds hashes: the file must still mean the same (which translations
        // are stale is what confirming changes).
        let meaning = |source: &str| {
            crate::check::check_source(source, None)
                .policy
                .map(|p| crate::model::Policy {
                    stale: Default::default(),
                    ..p
                })
        };
        let (before, after) = (meaning(&file.text), meaning(&text));
        if before != after {
            print_error(&format!(
                "{}: confirming would change the policy; nothing was written",
                path.display()
            ));
            failed = true;
            continue;
        }
        if let Err(e) = write_atomically(path, &text) {
            print_error(&super::error::cannot_write(path, &e));
            failed = true;
            continue;
        }
        eprintln!(
            "{}: confirmed {count} {}",
            path.display(),
            plural(count, "translation", "translations")
        );
    }
    Ok(if failed { EXIT_ERRORS } else { EXIT_OK })
}
