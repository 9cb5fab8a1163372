//! `policyc build [--out DIR] [--templates DIR] [--strict] [PATH...]`

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{
    load, policy_files, print_diagnostics, print_error, write_atomically, Loaded, EXIT_ERRORS,
    EXIT_OK,
};
use crate::model::Policy;
use crate::render::{Renderer, BUILTIN_TEMPLATES};

#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// Policy files or folders holding them [default: policies/]
    paths: Vec<PathBuf>,
    /// Where to write: DIR/<id>/<lang>.html, .txt, .md and DIR/<id>/model.json
    #[arg(long, default_value = "out")]
    out: PathBuf,
    /// A folder of templates overriding the built-in ones by name [default: templates/ when
    /// it exists]
    #[arg(long)]
    templates: Option<PathBuf>,
    /// Refuse to build when any policy has a warning (stale translations included)
    #[arg(long)]
    strict: bool,
}

pub(crate) fn run(args: Args) -> i32 {
    let files = match policy_files(&args.paths) {
        Ok(files) => files,
        Err(e) => {
            print_error(&e);
            return EXIT_ERRORS;
        }
    };
    let renderer = match load_templates(args.templates.as_deref())
        .and_then(|t| Renderer::new(&t).map_err(|e| e.to_string()))
    {
        Ok(r) => r,
        Err(e) => {
            print_error(&e);
            return EXIT_ERRORS;
        }
    };
    // Check everything first: a build writes nothing unless every policy checks.
    let checked: Vec<(PathBuf, Option<Policy>)> = files
        .par_iter()
        .map(|path| (path.clone(), check_one(path, args.strict)))
        .collect();
    if checked.iter().any(|(_, p)| p.is_none()) {
        let failed = checked.iter().filter(|(_, p)| p.is_none()).count();
        print_error(&format!(
            "{failed} of {} {} did not check; nothing was written",
            checked.len(),
            if checked.len() == 1 {
                "policy"
            } else {
                "policies"
            }
        ));
        return EXIT_ERRORS;
    }
    let policies: Vec<(PathBuf, Policy)> = checked
        .into_iter()
        .filter_map(|(p, m)| Some((p, m?)))
        .collect();
    let mut seen: BTreeMap<&str, &Path> = BTreeMap::new();
    for (path, policy) in &policies {
        if let Some(first) = seen.insert(&policy.id, path) {
            print_error(&format!(
                "{} and {} both declare the policy `{}`; nothing was written",
                first.display(),
                path.display(),
                policy.id
            ));
            return EXIT_ERRORS;
        }
    }
    let results: Vec<Result<usize, String>> = policies
        .par_iter()
        .map(|(_, policy)| write_policy(&renderer, policy, &args.out))
        .collect();
    let mut written = 0;
    let mut failed = false;
    for r in results {
        match r {
            Ok(n) => written += n,
            Err(e) => {
                print_error(&e);
                failed = true;
            }
        }
    }
    eprintln!(
        "built {} {} ({written} files) in {}",
        policies.len(),
        if policies.len() == 1 {
            "policy"
        } else {
            "policies"
        },
        args.out.display()
    );
    if failed {
        EXIT_ERRORS
    } else {
        EXIT_OK
    }
}

/// Checks one file; prints its diagnostics; returns the model when it may be built.
fn check_one(path: &Path, strict: bool) -> Option<Policy> {
    let file = match load(path) {
        Ok(Loaded::Ok(file)) => file,
        Ok(Loaded::Bad(file, diags)) => {
            print_diagnostics(&file, &diags);
            return None;
        }
        Err(e) => {
            print_error(&e);
            return None;
        }
    };
    let checked = crate::check::check_source(&file.text, super::file_stem(path).as_deref());
    print_diagnostics(&file, &checked.diagnostics);
    if strict && !checked.diagnostics.is_empty() {
        return None;
    }
    checked.policy
}

fn write_policy(renderer: &Renderer, policy: &Policy, out: &Path) -> Result<usize, String> {
    let dir = out.join(&policy.id);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut files = renderer
        .render_all(policy)
        .map_err(|e| format!("{}: {e}", policy.id))?;
    files.push((
        "model.json".to_string(),
        crate::model::to_json(policy) + "\n",
    ));
    for (name, content) in &files {
        let path = dir.join(name);
        // Unchanged files are left alone, so that their modification times say what changed.
        if std::fs::read(&path).is_ok_and(|old| old == content.as_bytes()) {
            continue;
        }
        write_atomically(&path, content)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(files.len())
}

/// Reads the override templates: `dir`, or `templates/` when it exists. Only the names of
/// built-in templates are read; anything else in the folder is ignored.
pub(crate) fn load_templates(dir: Option<&Path>) -> Result<BTreeMap<String, String>, String> {
    let default = Path::new("templates");
    let dir = match dir {
        Some(d) if !d.is_dir() => return Err(format!("{}: no such templates folder", d.display())),
        Some(d) => d,
        None if default.is_dir() => default,
        None => return Ok(BTreeMap::new()),
    };
    let mut out = BTreeMap::new();
    for (name, _) in BUILTIN_TEMPLATES {
        let path = dir.join(name);
        if path.is_file() {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            out.insert(name.to_string(), text);
        }
    }
    Ok(out)
}
