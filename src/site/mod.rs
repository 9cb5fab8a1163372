//! Site: archive -> the files of the public website, by [`build`]. It is built from the
//! archive alone. For every
//! policy and language: the current version, every archived version at a permanent address, a
//! changelog with the effective periods, a diff page per version, an Atom feed; a home page per
//! language, a 404 page and a sitemap.
//!
//! The version pages are the archived renders themselves (what policyc wrote at publish time),
//! with the site's navigation and banners inserted into them; old versions are never
//! re-rendered with today's templates. The other pages are minijinja templates (embedded,
//! overridable by name) that see view structs built here.
//!
//! [`build`] is a function of its inputs: the archive, the site folder, the templates and the
//! date `now`, which decides what is current, upcoming and recent. It returns the files as
//! data; the command line writes them. Every file carries a key, the hash of everything it is
//! made from (the view it renders, the archived blobs it reads, the templates and the
//! configuration); a file whose key is in the previous build's manifest is not even rendered,
//! so after one new version only the pages that show it are made again.
//!
//! Pages are laid out so that a new version changes as few of them as possible: an archived
//! version names only its own successor (fixed once it exists) and reaches every other version
//! through the changelog.

pub mod config;
mod feed;
mod history;
mod keys;
mod manifest;
mod pages;
pub(crate) mod paths;
mod views;
mod words;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use minijinja::Environment;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::archive::{self, Archive, VersionEntry};
use crate::diff::output::JsonDiff;
use crate::diff::Op;
use crate::model::wording;
use crate::model::Policy;
use crate::render::view::language_name;
pub use config::{normalize_base_url, SiteConfig, SiteFolder};
use history::*;
use keys::*;
pub use manifest::{is_inside, Manifest, ManifestEntry};
use pages::*;
use paths::*;
use views::*;
use words::{words, Words};

/// The manifest of a build (every file with its key and size) is kept beside the output
/// folder, never in it: `OUT` + this suffix.
pub const MANIFEST_SUFFIX: &str = ".policyc-site.json";
/// Where builds before that kept it: inside the output folder, under this name.
pub const OLD_MANIFEST: &str = ".policyc-site.json";
const MANIFEST_FORMAT: u32 = 1;

/// The built-in site templates, by name; a project's `templates/` folder overrides any of
/// them. `style.css` (the policy pages' stylesheet) is shared with the renderer.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    (
        "site-base.html",
        include_str!("../../templates/site-base.html"),
    ),
    (
        "site-home.html",
        include_str!("../../templates/site-home.html"),
    ),
    (
        "site-changelog.html",
        include_str!("../../templates/site-changelog.html"),
    ),
    (
        "site-changes.html",
        include_str!("../../templates/site-changes.html"),
    ),
    (
        "site-version.html",
        include_str!("../../templates/site-version.html"),
    ),
    (
        "site-404.html",
        include_str!("../../templates/site-404.html"),
    ),
    ("site.css", include_str!("../../templates/site.css")),
];

/// Why a site could not be built.
#[derive(Debug)]
pub enum Error {
    /// The archive could not be read, or a file it should hold is missing or unreadable.
    Archive(String),
    /// A template failed to parse or to render.
    Template { name: String, message: String },
    /// The configuration lacks something the build needs.
    Config(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Archive(why) => write!(f, "{why}"),
            Error::Template { name, message } => write!(f, "template {name}: {message}"),
            Error::Config(why) => write!(f, "{why}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<archive::Error> for Error {
    fn from(e: archive::Error) -> Error {
        Error::Archive(e.to_string())
    }
}

fn template_error(name: &str, err: &minijinja::Error) -> Error {
    let crate::render::RenderError { template, message } =
        crate::render::RenderError::new(name, err);
    Error::Template {
        name: template,
        message,
    }
}

/// What to build from.
pub struct Inputs<'a> {
    pub archive: &'a Archive,
    pub site: &'a SiteFolder,
    /// Template overrides by name (site templates and `style.css`).
    pub templates: &'a BTreeMap<String, String>,
    /// The day the site is built for: it decides what is current, upcoming and recent.
    pub now: jiff::civil::Date,
    /// The manifest of the previous build in the output folder, its entries checked against
    /// the files there (empty for a first build).
    pub previous: &'a Manifest,
}

/// The result of a build.
#[derive(Debug)]
pub struct Output {
    /// The files made in this build (new, or their inputs changed): path -> content.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The files of the previous build whose inputs did not change: left as they are.
    pub kept: Vec<String>,
    /// The files of the previous build that the site no longer has.
    pub removed: Vec<String>,
    /// The manifest to write as [`MANIFEST`].
    pub manifest: Manifest,
}

/// Builds the site.
pub fn build(inputs: &Inputs<'_>) -> Result<Output, Error> {
    let env = environment(inputs.templates)?;
    let reader = Reader::new(inputs.archive)?;
    let config = &inputs.site.config;
    let mut policies = Vec::new();
    for id in inputs.archive.policies()? {
        let versions = inputs.archive.versions(&id)?;
        if versions.is_empty() {
            continue;
        }
        policies.push(PolicyInfo::new(&reader, id, versions, inputs.now)?);
    }
    let languages = site_languages(config, &policies);
    let planner = Planner {
        config,
        languages: &languages,
        now: inputs.now,
        today: inputs.now.to_string(),
        global: global_key(inputs, &env)?,
        code: code_key(),
        reader: &reader,
        previous: inputs.previous,
    };
    let mut jobs: Vec<Job<'_>> = Vec::new();
    planner.assets(inputs, &mut jobs);
    for p in &policies {
        planner.policy(p, &mut jobs)?;
    }
    planner.home(&policies, &mut jobs);
    planner.not_found(&mut jobs)?;
    planner.sitemap(&mut jobs)?;
    let sources = Sources {
        env: &env,
        reader: &reader,
    };
    make(jobs, inputs.previous, &env, &sources)
}

/// Makes the files of the jobs: a job whose key is the one in the `previous` manifest is kept
/// without being made; the others are rendered, and the manifest lists every file.
fn make(
    jobs: Vec<Job<'_>>,
    previous: &Manifest,
    env: &Environment<'static>,
    sources: &Sources<'_>,
) -> Result<Output, Error> {
    let mut out = Output {
        files: BTreeMap::new(),
        kept: Vec::new(),
        removed: Vec::new(),
        manifest: Manifest {
            format: MANIFEST_FORMAT,
            files: BTreeMap::new(),
        },
    };
    // Pages made from the templates alone are made on every core; those that read the
    // archive, in turn. Either way the results are taken in the jobs' order.
    let mut renders = Vec::new();
    let mut reads = Vec::new();
    for job in jobs {
        let (path, key, deps, make) = match job {
            Job::Same { path } => {
                let old = previous.files[&path].clone();
                out.manifest.files.insert(path.clone(), old);
                out.kept.push(path);
                continue;
            }
            Job::Make {
                path,
                key,
                deps,
                make,
            } => (path, key, deps, make),
        };
        if let Some(old) = previous.files.get(&path) {
            if old.key == key {
                let entry = ManifestEntry {
                    deps,
                    ..old.clone()
                };
                out.manifest.files.insert(path.clone(), entry);
                out.kept.push(path);
                continue;
            }
        }
        match make {
            Make::Render(make) => renders.push((path, key, deps, make)),
            Make::Read(make) => reads.push((path, key, deps, make)),
        }
    }
    let rendered: Vec<_> = renders
        .into_par_iter()
        .map(|(path, key, deps, make)| (path, key, deps, make(env)))
        .collect();
    let read = reads
        .into_iter()
        .map(|(path, key, deps, make)| (path, key, deps, make(sources)));
    for (path, key, deps, bytes) in rendered.into_iter().chain(read) {
        let bytes = bytes?;
        out.manifest.files.insert(
            path.clone(),
            ManifestEntry {
                key,
                deps,
                size: bytes.len() as u64,
            },
        );
        out.files.insert(path, bytes);
    }
    out.removed = previous
        .files
        .keys()
        .filter(|p| !out.manifest.files.contains_key(*p))
        .cloned()
        .collect();
    Ok(out)
}

// ---------------------------------------------------------------------- templates

/// The site's template environment: the built-in templates with the overrides, `style.css`
/// of the renderer, HTML escaping for `.html` templates.
fn environment(overrides: &BTreeMap<String, String>) -> Result<Environment<'static>, Error> {
    let mut env = crate::render::base_environment().map_err(|e| template_error("(syntax)", &e))?;
    let style = crate::render::BUILTIN_TEMPLATES
        .iter()
        .find(|(n, _)| *n == "style.css")
        .map(|(_, s)| *s)
        .unwrap_or_default();
    let builtin = BUILTIN_TEMPLATES
        .iter()
        .copied()
        .chain(std::iter::once(("style.css", style)));
    for (name, source) in builtin {
        let source = overrides
            .get(name)
            .cloned()
            .unwrap_or_else(|| source.to_string());
        env.add_template_owned(name.to_string(), source)
            .map_err(|e| template_error(name, &e))?;
    }
    Ok(env)
}

/// The names of every template a site build reads.
pub fn template_names() -> impl Iterator<Item = &'static str> {
    BUILTIN_TEMPLATES
        .iter()
        .map(|(n, _)| *n)
        .chain(std::iter::once("style.css"))
}

fn render(env: &Environment<'_>, name: &str, page: &impl Serialize) -> Result<String, Error> {
    let template = env
        .get_template(name)
        .map_err(|e| template_error(name, &e))?;
    let out = template
        .render(minijinja::context! { page => minijinja::value::Serde(page) })
        .map_err(|e| template_error(name, &e))?;
    Ok(finish_lines(&out))
}

/// Trailing white space trimmed, runs of blank lines collapsed, one final newline: output is
/// stable whatever the templates do with white space.
fn finish_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links() {
        assert_eq!(rel("index.html", "hitgen/en.html"), "hitgen/en.html");
        assert_eq!(rel("hitgen/en.html", "index.html"), "../index.html");
        assert_eq!(
            rel("hitgen/en.html", "hitgen/changelog.en.html"),
            "changelog.en.html"
        );
        assert_eq!(
            rel(
                "hitgen/2021-04-26/en.html",
                "hitgen/2021-05-10/en.html#rights"
            ),
            "../2021-05-10/en.html#rights"
        );
        assert_eq!(
            rel("hitgen/2021-04-26/en.html", "hitgen/en.html"),
            "../en.html"
        );
        assert_eq!(rel("a/b/c.html", "a/b.html"), "../b.html");
        assert_eq!(root_of("hitgen/2021-04-26/en.html"), "../../");
        assert_eq!(root_of("index.html"), "");
    }

    #[test]
    fn pages_group_by_language() {
        let langs = vec!["en".to_string(), "zh-CN".to_string()];
        assert_eq!(
            page_language("index.html", &langs),
            ("index".into(), "en".into())
        );
        assert_eq!(
            page_language("index.zh-CN.html", &langs),
            ("index".into(), "zh-CN".into())
        );
        assert_eq!(
            page_language("hitgen/zh-CN.html", &langs),
            ("hitgen/*".into(), "zh-CN".into())
        );
        assert_eq!(
            page_language("hitgen/v/changes.en.html", &langs),
            ("hitgen/v/changes.*".into(), "en".into())
        );
    }

    #[test]
    fn finishing_is_stable() {
        assert_eq!(finish_lines("\n\na  \n\n\n\nb\n\n"), "a\n\nb\n");
    }
}
