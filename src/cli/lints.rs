//! Lint levels: each warning code can be allowed, warned about (the default) or denied, in
//! `policyc.toml` (`[lints]`, `stale-translation = "deny"`) and on the command line
//! (`--allow CODE`, `--warn CODE`, `--deny CODE`, which win over the file), like clippy's
//! lints. `warnings` names every warning code; `--strict` is `--deny warnings`. An allowed
//! warning is neither printed nor counted; a denied one is an error. Errors are not lints:
//! naming one is a usage error.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::Error;
use crate::diag::{Code, Diagnostic, Level};

/// What is done with a warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lint {
    Allow,
    Warn,
    Deny,
}

/// The name that stands for every warning code.
const ALL: &str = "warnings";

/// The command-line flags, shared by `check` and `build`.
#[derive(clap::Args, Debug, Default, Clone)]
pub(crate) struct LintArgs {
    /// Neither print nor count this warning (a code such as missing-value, or `warnings`)
    #[arg(long = "allow", value_name = "CODE")]
    allow: Vec<String>,
    /// Report this warning as a warning (the default; overrides policyc.toml)
    #[arg(long = "warn", value_name = "CODE")]
    warn: Vec<String>,
    /// Report this warning as an error, so the command fails (a code, or `warnings`)
    #[arg(long = "deny", value_name = "CODE")]
    deny: Vec<String>,
}

/// The level of every warning code that is not `warn`.
#[derive(Debug, Default, Clone)]
pub(crate) struct Lints {
    /// `warnings` or a code -> its level, the later settings winning.
    levels: Vec<(String, Lint)>,
}

impl Lints {
    /// The levels of `policyc.toml`, then the command line's (`strict` denies every warning
    /// first, so that a `--allow` still wins).
    pub(crate) fn new(
        config: &BTreeMap<String, Lint>,
        args: &LintArgs,
        strict: bool,
    ) -> Result<Lints, Error> {
        let mut levels = Vec::new();
        for (code, level) in config {
            check_code(code).map_err(|e| Error::Message(format!("policyc.toml [lints]: {e}")))?;
            levels.push((code.clone(), *level));
        }
        if strict {
            levels.push((ALL.to_string(), Lint::Deny));
        }
        for code in args.allow.iter().chain(&args.warn).chain(&args.deny) {
            check_code(code).map_err(Error::Usage)?;
        }
        // The command line in the order of precedence clippy uses: a specific code wins over
        // `warnings`; among equals, deny wins over warn over allow.
        let mut flags: Vec<(String, Lint)> = args
            .allow
            .iter()
            .map(|c| (c.clone(), Lint::Allow))
            .chain(args.warn.iter().map(|c| (c.clone(), Lint::Warn)))
            .chain(args.deny.iter().map(|c| (c.clone(), Lint::Deny)))
            .collect();
        flags.sort_by_key(|(c, _)| c != ALL);
        levels.extend(flags);
        Ok(Lints { levels })
    }

    fn level(&self, code: Code) -> Lint {
        let mut level = Lint::Warn;
        // `warnings` settings first, then the code's own: the specific one wins.
        for (_, l) in self.levels.iter().filter(|(c, _)| c == ALL) {
            level = *l;
        }
        for (_, l) in self.levels.iter().filter(|(c, _)| c == code.name()) {
            level = *l;
        }
        level
    }

    /// The diagnostics as the levels say: allowed warnings dropped, denied ones errors.
    pub(crate) fn apply(&self, diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
        if self.levels.is_empty() {
            return diags;
        }
        diags
            .into_iter()
            .filter_map(|mut d| {
                if d.severity != Level::Warning {
                    return Some(d);
                }
                match self.level(d.code) {
                    Lint::Allow => None,
                    Lint::Warn => Some(d),
                    Lint::Deny => {
                        d.severity = Level::Error;
                        let why = format!("denied: `{}` is set to deny", d.code.name());
                        d.note = Some(match d.note.take() {
                            Some(n) => format!("{n}\n{why}"),
                            None => why,
                        });
                        Some(d)
                    }
                }
            })
            .collect()
    }
}

/// A lint name: `warnings` or the code of a warning.
fn check_code(name: &str) -> Result<(), String> {
    if name == ALL {
        return Ok(());
    }
    match Code::ALL.iter().find(|c| c.name() == name) {
        Some(c) if c.severity() == Level::Warning => Ok(()),
        Some(_) => Err(format!(
            "`{name}` is an error, not a warning: errors cannot be allowed or denied"
        )),
        None => {
            let warnings: Vec<&str> = Code::ALL
                .iter()
                .filter(|c| c.severity() == Level::Warning)
                .map(|c| c.name())
                .collect();
            let near = warnings
                .iter()
                .map(|w| (strsim::levenshtein(w, name), *w))
                .min()
                .filter(|(d, _)| *d <= 3)
                .map(|(_, w)| format!("did you mean `{w}`? "))
                .unwrap_or_default();
            Err(format!(
                "`{name}` is no warning code; {near}the warnings are {} (or `warnings` for all)",
                warnings.join(", ")
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lints(config: &[(&str, Lint)], args: LintArgs, strict: bool) -> Lints {
        let config = config.iter().map(|(c, l)| (c.to_string(), *l)).collect();
        Lints::new(&config, &args, strict).unwrap()
    }

    #[test]
    fn the_command_line_wins_and_a_code_wins_over_warnings() {
        let args = LintArgs {
            deny: vec!["stale-translation".into()],
            allow: vec!["warnings".into()],
            ..Default::default()
        };
        let l = lints(&[("missing-value", Lint::Deny)], args, false);
        assert_eq!(l.level(Code::StaleTranslation), Lint::Deny);
        // The file's missing-value = deny is a specific code: `--allow warnings` does not
        // override it.
        assert_eq!(l.level(Code::MissingValue), Lint::Deny);
        assert_eq!(l.level(Code::RepeatedValue), Lint::Allow);
        let strict = lints(
            &[],
            LintArgs {
                allow: vec!["missing-value".into()],
                ..Default::default()
            },
            true,
        );
        assert_eq!(strict.level(Code::MissingValue), Lint::Allow);
        assert_eq!(strict.level(Code::StaleTranslation), Lint::Deny);
    }

    #[test]
    fn errors_and_unknown_codes_are_refused() {
        assert!(check_code("bad-date").unwrap_err().contains("is an error"));
        assert!(check_code("stale-translaton")
            .unwrap_err()
            .contains("did you mean `stale-translation`"));
        assert!(check_code("warnings").is_ok());
    }
}
