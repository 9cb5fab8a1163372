//! `policyc i18n status [PATH...]`, `policyc i18n confirm [--lang L] [--line N] [--unit ID]
//! [--quiet] PATH...`, and the translators' files of [`super::i18n_files`] (`export`,
//! `import`).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use super::{
    load_or_report, policy_files, print_diagnostics, print_error, write_atomically, Error,
    ExitCode, EXIT_ERRORS, EXIT_OK,
};
use crate::check::translations::{self, State, Translation};
use crate::i18n::short;
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
    /// after each translation's language tag. Run it after reviewing or updating them. Never
    /// asks: prints each translation it confirms (unit id, language, both texts)
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
        /// Confirm only this unit (its id, as `i18n status` and the translators' files show it)
        #[arg(long)]
        unit: Option<String>,
        /// Print only how many translations were confirmed
        #[arg(long, short)]
        quiet: bool,
    },
    /// Write a translators' file: one entry per translatable unit, keyed by its id, with the
    /// authoritative text, the current translation, and whether it is confirmed, stale or new
    Export {
        /// The policy file
        path: PathBuf,
        /// The language to translate into
        #[arg(long)]
        lang: String,
        /// gettext PO or XLIFF 2.0
        #[arg(long, value_enum)]
        format: super::i18n_files::Format,
        /// Write to this file instead of standard output
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Read a translators' file back: writes each translation into the policy's source and
    /// confirms those marked done (PO: not fuzzy; XLIFF: translated, reviewed or final). Units
    /// whose authoritative text changed since the export are reported, not applied (exit 1)
    Import {
        /// The PO or XLIFF file
        file: PathBuf,
        /// The policy file [default: the one the file names]
        path: Option<PathBuf>,
    },
}

pub(crate) fn run(command: Command) -> Result<ExitCode, Error> {
    match command {
        Command::Status { paths } => status(&paths),
        Command::Confirm {
            paths,
            lang,
            line,
            unit,
            quiet,
        } => confirm(
            &paths,
            &Selection {
                lang: lang.as_deref(),
                line,
                unit: unit.as_deref(),
                quiet,
            },
        ),
        Command::Export {
            path,
            lang,
            format,
            out,
        } => super::i18n_files::export(&path, &lang, format, out.as_deref()),
        Command::Import { file, path } => super::i18n_files::import(&file, path.as_deref()),
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
        let ids = unit_ids(&ast, &authoritative);
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
                    "    stale: {}:{line}:{column}: [{}] {}",
                    path.display(),
                    ids.get(&t.source.span.start).map_or("?", String::as_str),
                    crate::diag::escape_for_terminal(&short(&t.source.plain()))
                );
            }
            failing |= get("stale") > 0;
        }
    }
    Ok(if failing { EXIT_ERRORS } else { EXIT_OK })
}

/// Which translations `confirm` confirms, and how it reports them.
struct Selection<'a> {
    lang: Option<&'a str>,
    line: Option<usize>,
    unit: Option<&'a str>,
    quiet: bool,
}

/// The unit id of each authoritative string, by the string's first byte.
fn unit_ids(ast: &Ast, authoritative: &str) -> HashMap<usize, String> {
    crate::i18n::units::units(ast, authoritative)
        .into_iter()
        .map(|u| (u.source.string.span.start, u.id))
        .collect()
}

fn confirm(paths: &[PathBuf], select: &Selection) -> Result<ExitCode, Error> {
    let files = policy_files(paths)?;
    let mut failed = false;
    for path in &files {
        let Some((file, ast, authoritative, languages)) = parse(path) else {
            failed = true;
            continue;
        };
        if let Some(lang) = select.lang {
            if lang == authoritative || !languages.iter().any(|l| l == lang) {
                print_error(&format!(
                    "{}: `{lang}` is not a translation of this policy",
                    path.display()
                ));
                failed = true;
                continue;
            }
        }
        let ids = unit_ids(&ast, &authoritative);
        if let Some(unit) = select.unit {
            if !ids.values().any(|id| id == unit) {
                print_error(&format!("{}: no unit `{unit}`", path.display()));
                failed = true;
                continue;
            }
        }
        let chosen = |t: &Translation<'_>| {
            select.lang.is_none_or(|l| t.lang == l)
                && select
                    .unit
                    .is_none_or(|u| ids.get(&t.source.span.start).is_some_and(|id| id == u))
                && select.line.is_none_or(|n| {
                    let (first, _) = file.line_col(t.tag_span.start);
                    let (last, _) = file.line_col(t.string.span.end);
                    let (source_line, _) = file.line_col(t.source.span.start);
                    (source_line.min(first)..=last).contains(&n)
                })
        };
        let pairs: Vec<Translation<'_>> = translations::translations(&ast, &authoritative)
            .into_iter()
            .filter(|t| t.state != State::Current && chosen(t))
            .collect();
        let (text, count) = translations::confirm(&file.text, &ast, &authoritative, chosen);
        if count == 0 {
            if select.quiet {
                println!("0");
            } else {
                eprintln!("{}: nothing to confirm", path.display());
            }
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
        if select.quiet {
            println!("{count}");
            continue;
        }
        for t in &pairs {
            let id = ids.get(&t.source.span.start).map_or("?", String::as_str);
            let esc = crate::diag::escape_for_terminal;
            println!("{id} ({})", t.lang);
            println!("  {authoritative}: {}", esc(&short(&t.source.plain())));
            println!("  {}: {}", t.lang, esc(&short(&t.string.plain())));
        }
        eprintln!(
            "{}: confirmed {count} {}",
            path.display(),
            plural(count, "translation", "translations")
        );
    }
    Ok(if failed { EXIT_ERRORS } else { EXIT_OK })
}
