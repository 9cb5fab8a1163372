//! The examples of the README and of `docs/` run as written.
//!
//! Every fenced block of those Markdown files is read (pulldown-cmark) and, by its info string:
//! - `console`: a terminal session. Each `$ ` line (continued by `> ` lines) is run with bash
//!   from the top of a copy of this repository, with the `policyc` under test first on `PATH`;
//!   the lines after it, up to the next `$ `, are its expected output (its stdout, then its
//!   stderr), compared by snapbox: `...` on a line of its own stands for any lines, `[..]`
//!   for any text within a line. A `? N` line right after the command expects exit code N
//!   (default 0). The commands of one file share the copy, in order, so a file can publish and
//!   then read the archive back.
//! - `policy`: a whole policy; it must check without errors and be formatted (`fmt --check`).
//! - `json`, `toml`: must parse.
//! - `sh`: commands that are not run here, each because it runs the suite itself or takes
//!   minutes (`NOT_RUN` names them and why); the files they name must exist, and a `policyc`
//!   command may not hide among them.
//!
//! Anything else (`text`, no info string: trees, outlines, grammar notation) is prose.

use std::path::{Path, PathBuf};
use std::process::Command;

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The `sh` commands the docs show but this test does not run, and why. Each must appear in a
/// `sh` block, and every command of a `sh` block must be here.
const NOT_RUN: &[(&str, &str)] = &[
    (
        "cargo run --release -- build",
        ".ci/run runs it, from a clean clone, before the tests",
    ),
    ("bash .ci/run", "the whole suite, this test included"),
    (
        "cargo install --locked --path .",
        "a release build of minutes; .ci/run makes the same one (cargo build --locked --release)",
    ),
    (
        "bash benches/compare.sh",
        "the benchmarks: minutes of timing",
    ),
    (
        "bash benches/scaling.sh",
        "the scaling benchmark: minutes of timing",
    ),
    (
        "bash benches/consistency.sh",
        "a release build and 100 corpus policies checked; tests/consistency.rs and tests/corpus.rs test the same on fixtures",
    ),
    (
        "cargo bench --bench pipeline",
        "the benchmarks: .ci/run compiles them",
    ),
    (
        "cargo test --test main faithful -- --nocapture",
        "a test of this suite",
    ),
    (
        "cargo install --locked cargo-fuzz@0.13.2",
        "a release build of minutes; .ci/run installs it when missing",
    ),
    (
        "bash fuzz/run.sh check 600",
        "ten minutes of fuzzing; .ci/run runs each target for 60 s",
    ),
];

/// The Markdown files whose examples are tested: the README and everything under docs/, and
/// the READMEs of the repository's folders.
fn documents() -> Vec<PathBuf> {
    let mut files = vec![root().join("README.md")];
    let mut dirs = vec![root().join("docs")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                files.push(path);
            }
        }
    }
    for folder in [
        "site",
        "templates",
        "tests/fidelity",
        "benches",
        "vocabulary",
    ] {
        let readme = root().join(folder).join("README.md");
        if readme.exists() {
            files.push(readme);
        }
    }
    files.sort();
    files
}

/// A fenced block: its info string, its text and the line of its opening fence.
struct Block {
    info: String,
    text: String,
    line: usize,
}

fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    for (event, range) in Parser::new(markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                current = Some(Block {
                    info: info.to_string(),
                    text: String::new(),
                    line: markdown[..range.start].lines().count() + 1,
                });
            }
            Event::Text(text) => {
                if let Some(block) = current.as_mut() {
                    block.text.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

/// One command of a console block and what it must print and return.
struct Step {
    command: String,
    status: i32,
    expected: String,
    line: usize,
}

fn steps(block: &Block) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    for (n, line) in block.text.lines().enumerate() {
        let line_no = block.line + 1 + n;
        if let Some(command) = line.strip_prefix("$ ") {
            steps.push(Step {
                command: command.to_string(),
                status: 0,
                expected: String::new(),
                line: line_no,
            });
            continue;
        }
        let step = steps.last_mut().unwrap_or_else(|| {
            panic!("line {line_no}: a console block starts with a `$ ` command")
        });
        if let Some(more) = line.strip_prefix("> ").filter(|_| step.expected.is_empty()) {
            step.command.push('\n');
            step.command.push_str(more);
        } else if let Some(code) = line.strip_prefix("? ").filter(|_| step.expected.is_empty()) {
            step.status = code
                .parse()
                .unwrap_or_else(|_| panic!("line {line_no}: `? N` takes an exit code"));
        } else {
            step.expected.push_str(line);
            step.expected.push('\n');
        }
    }
    steps
}

/// A copy of the repository to run a document's commands in, and the environment they get.
struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        copy_tree(root(), dir.path());
        std::fs::create_dir(dir.path().join(".home")).unwrap();
        Sandbox { dir }
    }

    fn run(&self, command: &str) -> (i32, String) {
        let bin = PathBuf::from(env!("CARGO_BIN_EXE_policyc"));
        let path = format!(
            "{}:{}",
            bin.parent().unwrap().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let out = Command::new("bash")
            .args(["-c", &format!("{command}\n")])
            .current_dir(self.dir.path())
            .env("PATH", path)
            .env("NO_COLOR", "1")
            .env("HOME", self.dir.path().join(".home"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("TZ", "UTC")
            .env("LC_ALL", "C.UTF-8")
            .env_remove("GIT_DIR")
            .stdin(std::process::Stdio::null())
            .output()
            .expect("bash runs the examples");
        let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.push_str(&String::from_utf8_lossy(&out.stderr));
        (out.status.code().unwrap_or(-1), text)
    }
}

/// Copies the repository's files, leaving out what is built or generated.
fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if [
            "target",
            ".git",
            "node_modules",
            "out",
            "www",
            "archive.git",
        ]
        .contains(&name.as_ref())
        {
            continue;
        }
        let kind = entry.file_type().unwrap();
        let dest = to.join(entry.file_name());
        if kind.is_dir() {
            std::fs::create_dir(&dest).unwrap();
            copy_tree(&entry.path(), &dest);
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// Tools the examples call besides policyc, and how to install them.
fn require_tools(text: &str) {
    for (tool, install) in [("jq", "apt-get install jq"), ("git", "apt-get install git")] {
        let used = text
            .lines()
            .any(|l| l.starts_with("$ ") && l.split_whitespace().any(|w| w == tool));
        if used {
            let found = Command::new(tool).arg("--version").output().is_ok();
            assert!(
                found,
                "the docs' examples call `{tool}`, which is not installed: {install} \
                 (.ci/run installs it)"
            );
        }
    }
}

/// Runs a console block's commands; returns how many ran.
fn check_console(
    doc: &Path,
    block: &Block,
    sandbox: &Sandbox,
    failures: &mut Vec<String>,
) -> usize {
    let steps = steps(block);
    for step in &steps {
        let (status, output) = sandbox.run(&step.command);
        let place = format!("{}:{}: $ {}", doc.display(), step.line, step.command);
        if status != step.status {
            failures.push(format!(
                "{place}\nexited {status}, the docs say {}\n{output}",
                step.status
            ));
            continue;
        }
        let result = snapbox::Assert::new().normalize_paths(false).try_eq(
            Some(&"the command's output"),
            snapbox::IntoData::into_data(output),
            snapbox::IntoData::into_data(step.expected.clone()),
        );
        if let Err(e) = result {
            failures.push(format!("{place}\n{e}"));
        }
    }
    steps.len()
}

fn check_policy(doc: &Path, block: &Block, sandbox: &Sandbox, failures: &mut Vec<String>) {
    let file = sandbox
        .dir
        .path()
        .join(format!(".home/example-{}.policy", block.line));
    std::fs::write(&file, &block.text).unwrap();
    let file = file.display();
    for command in [
        format!("policyc check {file}"),
        format!("policyc fmt --check {file}"),
    ] {
        let (status, output) = sandbox.run(&command);
        let errors = output.contains("Error");
        if status != 0 || errors {
            failures.push(format!(
                "{}:{}: the policy example fails `{command}`:\n{output}",
                doc.display(),
                block.line
            ));
        }
    }
}

fn check_not_run(doc: &Path, block: &Block, failures: &mut Vec<String>, seen: &mut Vec<String>) {
    for (n, line) in block.text.lines().enumerate() {
        let command = line.split(" #").next().unwrap_or("").trim();
        if command.is_empty() || command.starts_with('#') {
            continue;
        }
        let place = format!("{}:{}", doc.display(), block.line + 1 + n);
        if !NOT_RUN.iter().any(|(c, _)| *c == command) {
            failures.push(format!(
                "{place}: `{command}` is in a `sh` block, which this test does not run: \
                 write it as a `console` session (`$ {command}` and its output), or, if it \
                 cannot run here, add it to NOT_RUN with the reason"
            ));
        }
        for word in command
            .split_whitespace()
            .filter(|w| w.contains('/') && !w.contains("://"))
        {
            if !root().join(word).exists() {
                failures.push(format!("{place}: `{word}` does not exist"));
            }
        }
        seen.push(command.to_string());
    }
}

#[test]
fn the_examples_of_the_readme_and_the_docs_run_as_written() {
    let mut failures = Vec::new();
    let mut not_run = Vec::new();
    let mut ran = 0;
    for doc in documents() {
        let markdown = std::fs::read_to_string(&doc).unwrap();
        let rel = doc.strip_prefix(root()).unwrap().to_path_buf();
        let blocks = blocks(&markdown);
        let needs_sandbox = blocks
            .iter()
            .any(|b| b.info.starts_with("console") || b.info.starts_with("policy"));
        let sandbox = needs_sandbox.then(Sandbox::new);
        for block in &blocks {
            let language = block.info.split_whitespace().next().unwrap_or("");
            match language {
                "console" => {
                    require_tools(&block.text);
                    ran += check_console(&rel, block, sandbox.as_ref().unwrap(), &mut failures);
                }
                "policy" => {
                    check_policy(&rel, block, sandbox.as_ref().unwrap(), &mut failures);
                    ran += 1;
                }
                "json" => {
                    if let Err(e) = serde_json::from_str::<serde_json::Value>(&block.text) {
                        failures.push(format!("{}:{}: {e}", rel.display(), block.line));
                    }
                }
                "toml" => {
                    if let Err(e) = block.text.parse::<toml::Table>() {
                        failures.push(format!("{}:{}: {e}", rel.display(), block.line));
                    }
                }
                "sh" | "bash" | "shell" => {
                    check_not_run(&rel, block, &mut failures, &mut not_run);
                }
                _ => {}
            }
        }
    }
    for (command, _) in NOT_RUN {
        if !not_run.iter().any(|c| c == command) {
            failures.push(format!(
                "NOT_RUN names `{command}`, which no `sh` block shows any more"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} example(s) do not run as written:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    assert!(
        ran >= 30,
        "only {ran} examples ran: is the extraction broken?"
    );
}

#[test]
fn a_console_block_is_read_as_commands_status_and_output() {
    let block = Block {
        info: "console".into(),
        text: "$ policyc check x\n? 1\nerror\n...\n$ echo a \\\n> b\na b\n".into(),
        line: 10,
    };
    let steps = steps(&block);
    assert_eq!(steps.len(), 2);
    assert_eq!(steps[0].command, "policyc check x");
    assert_eq!(steps[0].status, 1);
    assert_eq!(steps[0].expected, "error\n...\n");
    assert_eq!(steps[0].line, 11);
    assert_eq!(steps[1].command, "echo a \\\nb");
    assert_eq!(steps[1].status, 0);
    assert_eq!(steps[1].expected, "a b\n");
}

/// A wrong expectation fails: the comparison is not vacuous.
#[test]
fn a_wrong_output_or_status_is_reported() {
    let sandbox = Sandbox::new();
    let doc = Path::new("example.md");
    let mut failures = Vec::new();
    let block = Block {
        info: "console".into(),
        text: "$ echo one\ntwo\n$ false\n$ echo [..]\n? 0\nsomething else\n".into(),
        line: 1,
    };
    check_console(doc, &block, &sandbox, &mut failures);
    assert_eq!(failures.len(), 3, "{failures:#?}");
    let ok = Block {
        info: "console".into(),
        text: "$ echo one two\none [..]\n$ false\n? 1\n$ printf 'a\\nb\\nc\\n'\na\n...\n".into(),
        line: 1,
    };
    let mut none = Vec::new();
    check_console(doc, &ok, &sandbox, &mut none);
    assert!(none.is_empty(), "{none:#?}");
}
