//! `policyc i18n export --lang L --format po|xliff [--out FILE] PATH` and
//! `policyc i18n import FILE [PATH]`: translators' files (docs/translators.md).

use std::path::{Path, PathBuf};

use super::{
    load_or_report, print_diagnostics, print_error, write_atomically, Error, ExitCode, EXIT_ERRORS,
    EXIT_OK,
};
use crate::diag::escape_for_terminal;
use crate::i18n::{self, apply::Outcome};
use crate::model::wording::plural;
use crate::source::SourceFile;
use crate::syntax::Ast;

/// The format of a translators' file.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// gettext PO (Poedit, Lokalize, Weblate ...)
    Po,
    /// XLIFF 2.0 (CAT tools: Okapi, OmegaT, memoQ, Trados ...)
    Xliff,
}

/// Reads and parses a policy; prints its syntax errors.
fn parsed(path: &Path) -> Option<(SourceFile, Ast)> {
    let file = load_or_report(path)?;
    match crate::syntax::parse(&file.text) {
        Ok((ast, _)) => Some((file, ast)),
        Err(diags) => {
            print_diagnostics(&file, &diags);
            None
        }
    }
}

pub(crate) fn export(
    path: &Path,
    lang: &str,
    format: Format,
    out: Option<&Path>,
) -> Result<ExitCode, Error> {
    let Some((file, ast)) = parsed(path) else {
        return Ok(EXIT_ERRORS);
    };
    let shown = path.to_string_lossy().replace('\\', "/");
    let catalog = i18n::catalog(&file.text, &ast, &shown, lang)
        .map_err(|e| Error::Message(format!("{}: {e}", path.display())))?;
    let text = match format {
        Format::Po => i18n::po::write(&catalog),
        Format::Xliff => i18n::xliff::write(&catalog),
    };
    match out {
        None => {
            use std::io::Write;
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
        }
        Some(out) => {
            write_atomically(out, &text)
                .map_err(|e| Error::Message(super::error::cannot_write(out, &e)))?;
            eprintln!(
                "{}: {} {} for {lang}",
                out.display(),
                catalog.entries.len(),
                plural(catalog.entries.len(), "unit", "units")
            );
        }
    }
    Ok(EXIT_OK)
}

pub(crate) fn import(file_path: &Path, policy: Option<&Path>) -> Result<ExitCode, Error> {
    let bytes = std::fs::read(file_path)
        .map_err(|e| Error::Message(format!("cannot read {}: {e}", file_path.display())))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::Message(format!(
            "{}: not UTF-8 (byte {}): a PO or XLIFF file from policyc is UTF-8",
            file_path.display(),
            e.utf8_error().valid_up_to()
        ))
    })?;
    let incoming =
        i18n::read(&text).map_err(|e| Error::Message(format!("{}:{e}", file_path.display())))?;
    let path = policy.map_or_else(|| PathBuf::from(&incoming.path), Path::to_path_buf);
    let Some((file, ast)) = parsed(&path) else {
        return Ok(EXIT_ERRORS);
    };
    let outcome = i18n::apply::apply(&file.text, &ast, &incoming).map_err(|e| {
        Error::Message(format!(
            "{}:{e} (policy {})",
            file_path.display(),
            path.display()
        ))
    })?;
    report(&outcome, &incoming.target_lang);
    let mut failed = !outcome.changed.is_empty() || !outcome.refused.is_empty();
    if outcome.text != file.text {
        if let Some(why) = worse(&file.text, &outcome.text) {
            print_error(&format!(
                "{}: importing would break the policy ({why}); nothing was written",
                path.display()
            ));
            return Ok(EXIT_ERRORS);
        }
        if let Err(e) = write_atomically(&path, &outcome.text) {
            print_error(&super::error::cannot_write(&path, &e));
            failed = true;
        }
    }
    eprintln!(
        "{}: {} {} updated, {} confirmed{}",
        path.display(),
        outcome.updated.len(),
        plural(outcome.updated.len(), "translation", "translations"),
        outcome.confirmed.len(),
        match outcome.changed.len() + outcome.refused.len() {
            0 => String::new(),
            n => format!(", {n} not applied"),
        }
    );
    Ok(if failed { EXIT_ERRORS } else { EXIT_OK })
}

/// Prints what an import did and what it did not apply.
fn report(outcome: &Outcome, lang: &str) {
    for id in &outcome.updated {
        println!("updated {id} ({lang})");
    }
    for id in &outcome.confirmed {
        println!("confirmed {id} ({lang})");
    }
    for changed in &outcome.changed {
        print_error(&format!(
            "unit `{}` changed since the export, not applied: the authoritative text was \"{}\", it is now \"{}\"; export again",
            changed.id,
            i18n::short(&changed.was),
            i18n::short(&changed.now)
        ));
    }
    for (id, why) in &outcome.refused {
        print_error(&format!("unit `{id}` not applied: {why}"));
    }
}

/// Why the imported source is worse than the original: it no longer parses, or has more
/// errors (a translation that is not allowed, say).
fn worse(before: &str, after: &str) -> Option<String> {
    let errors = |text: &str| {
        crate::check::check_source(text, None)
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.message.clone())
            .collect::<Vec<_>>()
    };
    let (old, new) = (errors(before), errors(after));
    if new.len() > old.len() {
        let first = new
            .iter()
            .find(|m| !old.contains(m))
            .or(new.first())
            .cloned()
            .unwrap_or_default();
        return Some(escape_for_terminal(&first));
    }
    None
}
