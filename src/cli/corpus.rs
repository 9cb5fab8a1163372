//! `policyc corpus` (hidden): writes the generated benchmark corpus (src/corpus/).
//!
//! `policyc corpus policies --count N [--seed S] --out DIR` writes N policies;
//! `policyc corpus history --versions V [--snapshot N]... [--seed S] --out DIR` publishes V
//! versions of one policy into DIR/archive.git in-process, copies the archive as it is after
//! each snapshot's N versions to DIR/archive-N.git, and writes the sources of versions N and
//! N+1 to DIR/vN/ID.policy (what a publish at N versions would publish next).

use std::path::{Path, PathBuf};

use super::{Error, ExitCode, EXIT_OK};
use crate::archive::Archive;

#[derive(clap::Subcommand, Debug)]
pub(crate) enum Command {
    /// Write N generated policies (about 30 KB of source each, en and zh-CN)
    Policies {
        #[arg(long)]
        count: usize,
        #[arg(long, default_value_t = 7)]
        seed: u64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Publish V versions of one generated policy into an archive, in-process
    History {
        #[arg(long)]
        versions: usize,
        /// Keep a copy of the archive after this many versions (repeatable)
        #[arg(long)]
        snapshot: Vec<usize>,
        #[arg(long, default_value_t = 7)]
        seed: u64,
        #[arg(long)]
        out: PathBuf,
    },
}

pub(crate) fn run(command: Command) -> Result<ExitCode, Error> {
    match command {
        Command::Policies { count, seed, out } => policies(count, seed, &out)?,
        Command::History {
            versions,
            snapshot,
            seed,
            out,
        } => history(versions, &snapshot, seed, &out)?,
    }
    Ok(EXIT_OK)
}

fn policies(count: usize, seed: u64, out: &Path) -> Result<(), String> {
    use rayon::prelude::*;
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    (0..count).into_par_iter().try_for_each(|i| {
        let source = crate::corpus::policy(seed, i);
        write(&out.join(format!("policy-{i:05}.policy")), &source)
    })
}

fn history(versions: usize, snapshots: &[usize], seed: u64, out: &Path) -> Result<(), String> {
    let path = out.join("archive.git");
    if path.exists() {
        return Err(format!("{} exists; remove it first", path.display()));
    }
    let archive = Archive::open_or_create(&path).map_err(|e| e.to_string())?;
    let author =
        git2::Signature::now("policyc corpus", "corpus@localhost").map_err(|e| e.to_string())?;
    let mut previous = String::new();
    crate::corpus::publish_history(&archive, &author, seed, 0, versions, |n, source| {
        if snapshots.contains(&(n - 1)) {
            write(
                &out.join(format!("v{}/policy-00000.policy", n - 1)),
                &previous,
            )?;
            write(
                &out.join(format!("v{}/next/policy-00000.policy", n - 1)),
                source,
            )?;
        }
        if snapshots.contains(&n) {
            copy_dir(&path, &out.join(format!("archive-{n}.git")))
                .map_err(|e| format!("cannot copy the archive: {e}"))?;
        }
        previous = source.to_string();
        Ok(())
    })?;
    // The version after the last one: what a publish at `versions` versions records.
    if snapshots.contains(&versions) {
        let next = crate::corpus::history(seed, 0, versions + 1)
            .last()
            .expect("at least one version");
        write(
            &out.join(format!("v{versions}/policy-00000.policy")),
            &previous,
        )?;
        write(
            &out.join(format!("v{versions}/next/policy-00000.policy")),
            &next,
        )?;
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
