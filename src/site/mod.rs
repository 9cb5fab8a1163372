//! Site: the public website of the archived policies, built from the archive alone. For every
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
pub use config::{SiteConfig, SiteFolder};
use words::{words, Words};

/// The manifest of a build, kept in the output folder: every file with its key and size.
pub const MANIFEST: &str = ".policyc-site.json";
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

/// What a build wrote: every file with the key of its inputs and its size.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub files: BTreeMap<String, ManifestEntry>,
}

/// One file of the manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// The hash of everything the file is made from: its view and the blobs it copies.
    pub key: String,
    /// For archived versions' pages, the digest of the inputs their view is built from
    /// (cheaper to find than the view): equal, the page is kept without building its view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deps: Option<String>,
    /// Its size in bytes (the command line checks it before trusting the entry).
    pub size: u64,
}

impl Manifest {
    /// Reads a manifest; anything unreadable is an empty one (everything is built again).
    pub fn parse(bytes: &[u8]) -> Manifest {
        serde_json::from_slice::<Manifest>(bytes)
            .ok()
            .filter(|m| m.format == MANIFEST_FORMAT)
            .unwrap_or_default()
    }

    /// The manifest as it is written to the output folder.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the manifest serialises") + "\n"
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

    let mut out = Output {
        files: BTreeMap::new(),
        kept: Vec::new(),
        removed: Vec::new(),
        manifest: Manifest {
            format: MANIFEST_FORMAT,
            files: BTreeMap::new(),
        },
    };
    let ctx = Ctx {
        env: &env,
        reader: &reader,
    };
    // Pages made from the templates alone are made on every core; those that read the
    // archive, in turn. Either way the results are taken in the jobs' order.
    let mut renders = Vec::new();
    let mut reads = Vec::new();
    for job in jobs {
        let (path, key, deps, make) = match job {
            Job::Same { path } => {
                let old = inputs.previous.files[&path].clone();
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
        if let Some(old) = inputs.previous.files.get(&path) {
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
        .map(|(path, key, deps, make)| (path, key, deps, make(&env)))
        .collect();
    let read = reads
        .into_iter()
        .map(|(path, key, deps, make)| (path, key, deps, make(&ctx)));
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
    out.removed = inputs
        .previous
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

// ---------------------------------------------------------------------- the archive

/// The archive's current tree, each folder listed once ([`archive::Snapshot`]), with the
/// site's errors.
struct Reader<'a>(archive::Snapshot<'a>);

impl<'a> Reader<'a> {
    fn new(archive: &'a Archive) -> Result<Reader<'a>, Error> {
        Ok(Reader(archive.snapshot()?))
    }

    /// The id and kind of the entry at `path`.
    fn entry(&self, path: &str) -> Option<(git2::Oid, Option<git2::ObjectType>)> {
        self.0.entry(path)
    }

    /// The id of the blob at `path`, if there is one.
    fn oid(&self, path: &str) -> Option<git2::Oid> {
        self.0.oid(path)
    }

    fn read(&self, path: &str) -> Result<Vec<u8>, Error> {
        self.0
            .read(path)?
            .ok_or_else(|| Error::Archive(format!("the archive has no {path}")))
    }

    fn read_string(&self, path: &str) -> Result<String, Error> {
        String::from_utf8(self.read(path)?)
            .map_err(|_| Error::Archive(format!("{path} is not UTF-8")))
    }
}

/// Hex of the first 16 bytes of the SHA-256 of the parts.
fn hash(parts: &[&[u8]]) -> String {
    hex(prefixed(parts))
}

/// A SHA-256 of the parts, each preceded by its length, to be continued.
fn prefixed(parts: &[&[u8]]) -> Sha256 {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h
}

/// Hex of the first 16 bytes of the hash.
fn hex(h: Sha256) -> String {
    let mut hex = String::with_capacity(32);
    for b in &h.finalize()[..16] {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

/// Writes into a hash.
struct Hasher(Sha256);

impl std::io::Write for Hasher {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The digest of the code that builds the views of archived versions' pages from their
/// inputs: a page whose inputs did not change is kept only if this did not either.
fn code_key() -> String {
    hash(&[
        env!("CARGO_PKG_VERSION").as_bytes(),
        include_str!("mod.rs").as_bytes(),
        include_str!("words.rs").as_bytes(),
        include_str!("../model/wording.rs").as_bytes(),
        include_str!("../render/view.rs").as_bytes(),
    ])
}

/// What every page depends on: policyc's version, the templates, the configuration.
fn global_key(inputs: &Inputs<'_>, env: &Environment<'_>) -> Result<String, Error> {
    let mut parts: Vec<Vec<u8>> = vec![
        env!("CARGO_PKG_VERSION").as_bytes().to_vec(),
        serde_json::to_vec(&inputs.site.config).expect("the configuration serialises"),
    ];
    for name in template_names() {
        let t = env
            .get_template(name)
            .map_err(|e| template_error(name, &e))?;
        parts.push(name.as_bytes().to_vec());
        parts.push(t.source().as_bytes().to_vec());
    }
    let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    Ok(hash(&refs))
}

// ---------------------------------------------------------------------- policies

/// Where a version stands on the day the site is built for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Current,
    Upcoming,
    Superseded,
}

impl Status {
    fn id(self) -> &'static str {
        match self {
            Status::Current => "current",
            Status::Upcoming => "upcoming",
            Status::Superseded => "superseded",
        }
    }
}

struct PolicyInfo {
    id: String,
    versions: Vec<VersionEntry>,
    /// The title in each language of the latest version.
    titles: BTreeMap<String, String>,
    /// Who publishes it (the controllers' names), in each language of the latest version.
    publishers: BTreeMap<String, String>,
    authoritative: String,
    /// The version in effect on `now`.
    current: Option<usize>,
    /// The version the current page shows: the current one, else the first upcoming one.
    shown: usize,
}

impl PolicyInfo {
    fn new(
        reader: &Reader<'_>,
        id: String,
        versions: Vec<VersionEntry>,
        now: jiff::civil::Date,
    ) -> Result<PolicyInfo, Error> {
        let latest = versions.last().expect("not empty");
        let model_path = format!("{id}/{}/model.json", latest.version);
        let model: Policy = serde_json::from_slice(&reader.read(&model_path)?)
            .map_err(|e| Error::Archive(format!("{model_path}: {e}")))?;
        let titles = model
            .languages
            .iter()
            .map(|l| (l.clone(), crate::render::view::page(&model, l).title_plain))
            .collect();
        let publishers = model
            .languages
            .iter()
            .map(|l| {
                let names: Vec<String> = model
                    .facts
                    .controllers
                    .iter()
                    .map(|c| {
                        let inlines = c
                            .name
                            .get(l)
                            .or_else(|| c.name.get(&model.authoritative))
                            .map(Vec::as_slice)
                            .unwrap_or_default();
                        inline_text(inlines)
                    })
                    .collect();
                (l.clone(), wording::join(&names, l))
            })
            .collect();
        let today = now.to_string();
        // The version in effect: the latest effective date on or before today, the later
        // publish winning between equal dates (as `Archive::resolve` decides).
        let mut current: Option<usize> = None;
        for (i, v) in versions.iter().enumerate() {
            if v.effective <= today && current.is_none_or(|c| v.effective >= versions[c].effective)
            {
                current = Some(i);
            }
        }
        let shown = current.unwrap_or(0);
        Ok(PolicyInfo {
            id,
            versions,
            titles,
            publishers,
            authoritative: model.authoritative.clone(),
            current,
            shown,
        })
    }

    fn title(&self, lang: &str) -> String {
        self.titles
            .get(lang)
            .or_else(|| self.titles.get(&self.authoritative))
            .cloned()
            .unwrap_or_else(|| self.id.clone())
    }

    /// `lang` when version `i` is published in it, else that version's first language.
    fn lang_of(&self, i: usize, lang: &str) -> String {
        let langs = &self.versions[i].languages;
        if langs.iter().any(|l| l == lang) {
            lang.to_string()
        } else {
            langs.first().cloned().unwrap_or_default()
        }
    }

    fn status(&self, i: usize, today: &str) -> Status {
        if self.current == Some(i) {
            Status::Current
        } else if self.versions[i].effective.as_str() > today {
            Status::Upcoming
        } else {
            Status::Superseded
        }
    }

    fn publisher(&self, lang: &str) -> String {
        self.publishers
            .get(lang)
            .or_else(|| self.publishers.get(&self.authoritative))
            .cloned()
            .unwrap_or_default()
    }

    /// Every language any version is published in.
    fn languages(&self) -> BTreeSet<&String> {
        self.versions.iter().flat_map(|v| &v.languages).collect()
    }
}

/// Inline content as plain text (references, which need the whole model, are left out).
fn inline_text(inlines: &[crate::model::Inline]) -> String {
    use crate::model::Inline;
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Text { text } => out.push_str(text),
            Inline::Strong { content }
            | Inline::Emph { content }
            | Inline::Link { content, .. } => out.push_str(&inline_text(content)),
            Inline::Ref { .. } | Inline::SectionRef { .. } => {}
        }
    }
    out
}

/// The site's languages: the configured order, then the others alphabetically.
fn site_languages(config: &SiteConfig, policies: &[PolicyInfo]) -> Vec<String> {
    let mut out: Vec<String> = config.languages.clone();
    let mut rest: BTreeSet<&str> = BTreeSet::new();
    for p in policies {
        rest.extend(p.languages().into_iter().map(String::as_str));
    }
    for l in rest {
        if !out.iter().any(|o| o == l) {
            out.push(l.to_string());
        }
    }
    if out.is_empty() {
        out.push("en".into());
    }
    out
}

// ---------------------------------------------------------------------- paths

fn home_path(lang: &str, languages: &[String]) -> String {
    if languages.first().map(String::as_str) == Some(lang) {
        "index.html".into()
    } else {
        format!("index.{lang}.html")
    }
}

fn current_path(id: &str, lang: &str) -> String {
    format!("{id}/{lang}.html")
}

fn changelog_path(id: &str, lang: &str) -> String {
    format!("{id}/changelog.{lang}.html")
}

fn feed_path(id: &str, lang: &str) -> String {
    format!("{id}/feed.{lang}.xml")
}

fn version_path(id: &str, version: &str, lang: &str) -> String {
    format!("{id}/{version}/{lang}.html")
}

fn changes_path(id: &str, version: &str, lang: &str) -> String {
    format!("{id}/{version}/changes.{lang}.html")
}

/// The link from the page at `from` to `to` (both relative to the site root).
fn rel(from: &str, to: &str) -> String {
    // The folders of `from`, and how many of them `to` shares from the root (never its file).
    let from_dirs = from.rsplit_once('/').map_or("", |(dirs, _)| dirs);
    let depth = if from.contains('/') {
        from_dirs.split('/').count()
    } else {
        0
    };
    let mut common = 0;
    let mut rest = to;
    if depth > 0 {
        for dir in from_dirs.split('/') {
            match rest.split_once('/') {
                Some((head, tail)) if head == dir => {
                    common += 1;
                    rest = tail;
                }
                _ => break,
            }
        }
    }
    let mut out = String::with_capacity(3 * (depth - common) + rest.len());
    for _ in common..depth {
        out.push_str("../");
    }
    out.push_str(rest);
    out
}

/// The prefix from the page at `from` to the site root.
fn root_of(from: &str) -> String {
    "../".repeat(from.matches('/').count())
}

/// Languages in the site's order.
fn ordered<'a>(langs: impl IntoIterator<Item = &'a String>, site: &[String]) -> Vec<String> {
    let mut v: Vec<String> = langs.into_iter().cloned().collect();
    v.sort_by_key(|l| {
        (
            site.iter().position(|s| s == l).unwrap_or(usize::MAX),
            l.clone(),
        )
    });
    v.dedup();
    v
}

// ---------------------------------------------------------------------- views

/// What every site page shows around its content.
#[derive(Clone, Debug, Serialize)]
struct Chrome {
    lang: String,
    /// The link prefix to the site root ("", "../", "../../"; the base URL on the 404 page).
    root: String,
    /// The page's own title.
    title: String,
    site_title: String,
    labels: &'static Words,
    /// This page in every language it exists in.
    languages: Vec<Alt>,
    crumbs: Vec<Crumb>,
    /// Extra stylesheets of the site folder, as links from this page.
    stylesheets: Vec<String>,
    feed: Option<LinkView>,
}

#[derive(Clone, Debug, Serialize)]
struct Alt {
    lang: String,
    name: String,
    href: String,
    current: bool,
}

#[derive(Clone, Debug, Serialize)]
struct Crumb {
    label: String,
    href: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
struct LinkView {
    label: String,
    href: String,
}

#[derive(Clone, Debug, Serialize)]
struct RuleView {
    id: String,
    label: String,
}

/// A version as the changelog, diff pages and home page show it.
#[derive(Clone, Debug, Serialize)]
struct VersionRow {
    version: String,
    label: String,
    /// `current`, `upcoming` or `superseded`; none where the page must not change with it.
    status: Option<&'static str>,
    status_label: Option<String>,
    effective: String,
    effective_iso: String,
    published: String,
    published_iso: String,
    updated: String,
    severity: String,
    severity_label: String,
    rules: Vec<RuleView>,
    summary: String,
    notice: bool,
    acknowledged_consent: bool,
    languages: Vec<Alt>,
    href: String,
    changes_href: Option<String>,
}

/// A notice on a version page.
#[derive(Clone, Debug, Serialize)]
struct Banner {
    /// `major`, `consent`, `upcoming` or `superseded`: the `data-notice` attribute.
    kind: &'static str,
    /// The banner's short title ("Important change").
    title: String,
    /// Its accessible name, unique on the page.
    label: String,
    text: String,
    /// The changes that need attention, one line each.
    items: Vec<String>,
    links: Vec<LinkView>,
}

#[derive(Debug, Serialize)]
struct VersionPage {
    #[serde(flatten)]
    chrome: Chrome,
    policy_title: String,
    version: String,
    /// Whether this is the policy's current page (`<id>/<lang>.html`) rather than the
    /// version's permanent page.
    is_current_page: bool,
    status: &'static str,
    banners: Vec<Banner>,
    links: Vec<LinkView>,
}

#[derive(Debug, Serialize)]
struct Period {
    version: String,
    href: String,
    from: String,
    from_iso: String,
    until: Option<String>,
    until_iso: Option<String>,
    never: bool,
    status: &'static str,
    status_label: String,
}

#[derive(Debug, Serialize)]
struct ChangelogPage {
    #[serde(flatten)]
    chrome: Chrome,
    policy_title: String,
    current: Option<LinkView>,
    versions: Vec<VersionRow>,
    periods: Vec<Period>,
}

#[derive(Debug, Serialize)]
struct ChangesPage {
    #[serde(flatten)]
    chrome: Chrome,
    policy_title: String,
    version: VersionRow,
    previous: VersionRow,
    compared: String,
    headline: String,
    groups: Vec<Group>,
    /// Whether any change shows a word diff (the legend is shown then).
    has_prose: bool,
}

#[derive(Debug, Serialize)]
struct Group {
    severity: String,
    title: String,
    changes: Vec<ChangeView>,
}

#[derive(Debug, Serialize)]
struct ChangeView {
    severity: String,
    severity_label: String,
    rule: Option<RuleView>,
    kind: String,
    kind_label: String,
    path: String,
    summary: String,
    heading: Option<String>,
    href: Option<String>,
    notes: Vec<String>,
    prose: Vec<ProseView>,
}

#[derive(Debug, Serialize)]
struct ProseView {
    lang: String,
    name: String,
    segments: Vec<SegmentView>,
}

#[derive(Debug, Serialize)]
struct SegmentView {
    /// `equal`, `delete` or `insert`.
    op: &'static str,
    text: String,
}

#[derive(Debug, Serialize)]
struct HomePage {
    #[serde(flatten)]
    chrome: Chrome,
    policies: Vec<HomePolicy>,
}

#[derive(Debug, Serialize)]
struct HomePolicy {
    id: String,
    title: String,
    /// The language of the title (the page's, or the policy's own when it lacks this one).
    title_lang: String,
    /// Who publishes it, in the same language as the title.
    publisher: String,
    href: String,
    changelog: String,
    /// The current page in each of its languages.
    languages: Vec<Alt>,
    current: VersionRow,
    upcoming: Vec<VersionRow>,
}

#[derive(Debug, Serialize)]
struct NotFoundPage {
    #[serde(flatten)]
    chrome: Chrome,
    /// The message and the home page in every language of the site.
    messages: Vec<NotFoundMessage>,
}

#[derive(Debug, Serialize)]
struct NotFoundMessage {
    lang: String,
    title: String,
    text: String,
    home: LinkView,
}

// ---------------------------------------------------------------------- planning

impl Job<'_> {
    fn path(&self) -> &String {
        match self {
            Job::Same { path } | Job::Make { path, .. } => path,
        }
    }
}

/// How a file is made, once its key says it must be.
enum Make<'a> {
    /// From the templates alone: made on any core, alongside the others.
    Render(RenderFn<'a>),
    /// From the archive too: made in turn on the thread that reads it.
    Read(ReadFn<'a>),
}

type RenderFn<'a> = Box<dyn FnOnce(&Environment<'static>) -> Result<Vec<u8>, Error> + Send + 'a>;
type ReadFn<'a> = Box<dyn FnOnce(&Ctx<'_>) -> Result<Vec<u8>, Error> + 'a>;

/// A file of the site.
enum Job<'a> {
    /// Its inputs are those it had in the previous build, by its [`Planner::deps`]: it stays
    /// as it is, without building its view.
    Same { path: String },
    /// A file to produce unless the previous build made it from the same view: its path, the
    /// key of its view and blobs, the digest of its inputs when it has one, and how to make it.
    Make {
        path: String,
        key: String,
        deps: Option<String>,
        make: Make<'a>,
    },
}

struct Ctx<'a> {
    env: &'a Environment<'static>,
    reader: &'a Reader<'a>,
}

struct Planner<'a> {
    config: &'a SiteConfig,
    languages: &'a [String],
    now: jiff::civil::Date,
    /// `now` as YYYY-MM-DD, as the archive's dates are written.
    today: String,
    global: String,
    /// The digest of the code that builds the views (see [`Planner::deps`]).
    code: String,
    reader: &'a Reader<'a>,
    previous: &'a Manifest,
}

impl<'a> Planner<'a> {
    fn today(&self) -> &str {
        &self.today
    }

    /// Whether the previous build made `path` from the inputs of digest `deps`.
    fn same(&self, path: &str, deps: &str) -> bool {
        self.previous
            .files
            .get(path)
            .is_some_and(|e| e.deps.as_deref() == Some(deps))
    }

    /// The digest of what the page of version `i` (`kind`: its page or its changes) is built
    /// from, found without building its view: the code, the configuration and templates, the
    /// policy's [`Planner::context`], the version's status on the day (with, for the current
    /// version, what its banners show), versions `i - 1` to `i + 1` as the index lists them,
    /// and the git tree of version `i`'s folder (its renders and changes, immutable once
    /// published). A version's views read nothing else of the archive or of the day. When the
    /// digest is the previous build's, the page is kept without building its view; otherwise
    /// the view is built and its [`Planner::key`] decides as for any page.
    #[allow(clippy::too_many_arguments)]
    fn deps(
        &self,
        context: &str,
        banners: &str,
        kind: &str,
        path: &str,
        p: &PolicyInfo,
        entries: &[String],
        i: usize,
    ) -> String {
        let folder = self
            .reader
            .entry(&format!("{}/{}", p.id, p.versions[i].version))
            .map(|(oid, _)| oid.to_string())
            .unwrap_or_default();
        let entry = |j: Option<usize>| j.and_then(|j| entries.get(j)).map_or("", String::as_str);
        let status = p.status(i, self.today());
        hash(&[
            self.code.as_bytes(),
            context.as_bytes(),
            kind.as_bytes(),
            path.as_bytes(),
            i.to_string().as_bytes(),
            status.id().as_bytes(),
            if status == Status::Current {
                banners.as_bytes()
            } else {
                b""
            },
            entry(i.checked_sub(1)).as_bytes(),
            entry(Some(i)).as_bytes(),
            entry(Some(i + 1)).as_bytes(),
            folder.as_bytes(),
        ])
    }

    /// The digest of what every version page of a policy shares: the configuration and
    /// templates, the site's languages, the policy's titles, publishers and authoritative
    /// language, and the languages of the version its current page shows (links go there).
    fn context(&self, p: &PolicyInfo) -> String {
        let context = serde_json::to_vec(&(
            (&p.id, &p.titles, &p.publishers, &p.authoritative),
            &p.versions[p.shown].languages,
            self.languages,
        ))
        .expect("the context serialises");
        hash(&[self.global.as_bytes(), &context])
    }

    /// The digest of what the current version's banners show: the recent major and consent
    /// versions and the upcoming ones, with their index entries and notices.
    fn banners(
        p: &PolicyInfo,
        recent: &[usize],
        upcoming: &[usize],
        notices: &BTreeMap<usize, serde_json::Value>,
    ) -> String {
        let marked = |is: &[usize]| -> Vec<(usize, &VersionEntry)> {
            is.iter().map(|&i| (i, &p.versions[i])).collect()
        };
        let banners = serde_json::to_vec(&(marked(recent), marked(upcoming), notices))
            .expect("the banners serialise");
        hash(&[&banners])
    }

    fn key(&self, path: &str, view: &impl Serialize, blobs: &[Option<git2::Oid>]) -> String {
        let mut parts: Vec<&[u8]> = vec![self.global.as_bytes(), path.as_bytes()];
        for b in blobs {
            parts.push(b.as_ref().map_or(&[], |o| o.as_bytes()));
        }
        // The view last, serialised straight into the hash: a changelog's is a megabyte.
        let mut h = Hasher(prefixed(&parts));
        serde_json::to_writer(&mut h, view).expect("views serialise");
        hex(h.0)
    }

    fn templated<V: Serialize + Send + 'a>(
        &self,
        jobs: &mut Vec<Job<'a>>,
        path: String,
        template: &'static str,
        view: V,
    ) {
        let key = self.key(&path, &view, &[]);
        jobs.push(Job::Make {
            path,
            key,
            deps: None,
            make: Make::Render(Box::new(move |env| {
                Ok(render(env, template, &view)?.into_bytes())
            })),
        });
    }

    fn site_title(&self, lang: &str) -> String {
        let fallback = self.languages.first().map(String::as_str).unwrap_or("en");
        self.config.title.get(lang, fallback)
    }

    fn chrome(
        &self,
        path: &str,
        lang: &str,
        title: String,
        alternates: &[(String, String)],
        crumbs: Vec<Crumb>,
        feed: Option<LinkView>,
    ) -> Chrome {
        let root = root_of(path);
        Chrome {
            lang: lang.to_string(),
            title,
            site_title: self.site_title(lang),
            labels: words(lang),
            languages: alternates
                .iter()
                .map(|(l, p)| Alt {
                    lang: l.clone(),
                    name: language_name(l),
                    href: rel(path, p),
                    current: l == lang,
                })
                .collect(),
            crumbs,
            stylesheets: self
                .config
                .stylesheets
                .iter()
                .map(|s| format!("{root}{s}"))
                .collect(),
            feed,
            root,
        }
    }

    fn home_crumb(&self, from: &str, lang: &str) -> Crumb {
        let target = if self.languages.iter().any(|l| l == lang) {
            home_path(lang, self.languages)
        } else {
            "index.html".to_string()
        };
        Crumb {
            label: self.site_title(lang),
            href: Some(rel(from, &target)),
        }
    }

    fn row(
        &self,
        p: &PolicyInfo,
        i: usize,
        from: &str,
        lang: &str,
        with_status: bool,
    ) -> VersionRow {
        let v = &p.versions[i];
        let status = with_status.then(|| p.status(i, self.today()));
        let vlang = if v.languages.iter().any(|l| l == lang) {
            lang.to_string()
        } else {
            v.languages.first().cloned().unwrap_or_default()
        };
        VersionRow {
            version: v.version.clone(),
            label: words::version(&v.version, lang),
            status: status.map(Status::id),
            status_label: status.map(|s| words::status(s.id(), lang)),
            effective: wording::date(&v.effective, lang),
            effective_iso: v.effective.clone(),
            published: wording::date(&v.published, lang),
            published_iso: v.published.clone(),
            updated: wording::date(&v.updated, lang),
            severity: v.severity.clone(),
            severity_label: words::severity(&v.severity, lang),
            rules: v
                .rules
                .iter()
                .map(|r| RuleView {
                    id: r.clone(),
                    label: words::rule(r, lang),
                })
                .collect(),
            summary: v
                .summary
                .get(lang)
                .or_else(|| v.summary.get(&p.authoritative))
                .or_else(|| v.summary.values().next())
                .cloned()
                .unwrap_or_default(),
            notice: v.notice,
            acknowledged_consent: v.acknowledged_consent,
            languages: ordered(&v.languages, self.languages)
                .into_iter()
                .map(|l| Alt {
                    href: rel(from, &version_path(&p.id, &v.version, &l)),
                    name: language_name(&l),
                    current: l == lang,
                    lang: l,
                })
                .collect(),
            href: rel(from, &version_path(&p.id, &v.version, &vlang)),
            changes_href: (i > 0).then(|| rel(from, &changes_path(&p.id, &v.version, &vlang))),
        }
    }

    /// The static files: the favicon, the stylesheets, the site folder's assets.
    fn assets(&self, inputs: &Inputs<'_>, jobs: &mut Vec<Job<'a>>) {
        let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        files.insert(config::FAVICON.into(), config::BUILTIN_FAVICON.to_vec());
        for name in ["style.css", "site.css"] {
            let source = inputs
                .templates
                .get(name)
                .map(String::as_str)
                .or_else(|| {
                    BUILTIN_TEMPLATES
                        .iter()
                        .chain(crate::render::BUILTIN_TEMPLATES)
                        .find(|(n, _)| *n == name)
                        .map(|(_, s)| *s)
                })
                .unwrap_or_default();
            files.insert(name.into(), source.as_bytes().to_vec());
        }
        for (name, bytes) in &inputs.site.assets {
            files.insert(name.clone(), bytes.clone());
        }
        for (path, bytes) in files {
            let key = hash(&[b"asset", path.as_bytes(), &bytes]);
            jobs.push(Job::Make {
                path,
                key,
                deps: None,
                make: Make::Render(Box::new(move |_| Ok(bytes))),
            });
        }
    }

    /// Every page of one policy.
    fn policy(&self, p: &'a PolicyInfo, jobs: &mut Vec<Job<'a>>) -> Result<(), Error> {
        let langs = ordered(p.languages(), self.languages);
        let today = self.today();
        // Notices of recent major and consent changes, on the current version's pages.
        let mut recent = Vec::new();
        if let Some(c) = p.current {
            for (i, v) in p.versions.iter().enumerate().take(c + 1).rev() {
                if matches!(v.severity.as_str(), "major" | "consent")
                    && self.is_recent(&v.effective)
                {
                    recent.push(i);
                }
            }
        }
        let upcoming: Vec<usize> = (0..p.versions.len())
            .filter(|&i| p.status(i, today) == Status::Upcoming && Some(i) != p.current)
            .collect();
        let notices: BTreeMap<usize, serde_json::Value> = recent
            .iter()
            .chain(&upcoming)
            .filter(|&&i| p.versions[i].notice)
            .map(|&i| {
                let path = format!("{}/{}/notice.json", p.id, p.versions[i].version);
                let value = serde_json::from_slice(&self.reader.read(&path)?)
                    .map_err(|e| Error::Archive(format!("{path}: {e}")))?;
                Ok((i, value))
            })
            .collect::<Result<_, Error>>()?;

        let context = self.context(p);
        let banners = Self::banners(p, &recent, &upcoming, &notices);
        let entries: Vec<String> = p
            .versions
            .iter()
            .map(|v| hash(&[&serde_json::to_vec(v).expect("an entry serialises")]))
            .collect();
        for (i, v) in p.versions.iter().enumerate() {
            for lang in &v.languages {
                let path = version_path(&p.id, &v.version, lang);
                let deps = self.deps(&context, &banners, "version", &path, p, &entries, i);
                if self.same(&path, &deps) {
                    jobs.push(Job::Same { path });
                } else {
                    let page =
                        self.version_page(p, i, lang, &path, false, &recent, &upcoming, &notices);
                    let source = format!("{}/{}/{lang}.html", p.id, v.version);
                    self.injected(jobs, path, page, source, Some(deps));
                }
                if i > 0 {
                    let path = changes_path(&p.id, &v.version, lang);
                    let deps = self.deps(&context, &banners, "changes", &path, p, &entries, i);
                    if self.same(&path, &deps) {
                        jobs.push(Job::Same { path });
                    } else {
                        self.changes_page(p, i, lang, jobs, deps);
                    }
                }
            }
        }
        let shown = &p.versions[p.shown];
        for lang in &shown.languages {
            let path = current_path(&p.id, lang);
            let page =
                self.version_page(p, p.shown, lang, &path, true, &recent, &upcoming, &notices);
            self.injected(
                jobs,
                path,
                page,
                format!("{}/{}/{lang}.html", p.id, shown.version),
                None,
            );
        }
        for lang in &langs {
            self.changelog(p, lang, &langs, jobs);
            self.feed(p, lang, jobs);
        }
        Ok(())
    }

    fn is_recent(&self, effective: &str) -> bool {
        let Ok(date) = effective.parse::<jiff::civil::Date>() else {
            return false;
        };
        let end = date
            .checked_add(jiff::Span::new().days(i64::from(self.config.banner_days)))
            .unwrap_or(date);
        date <= self.now && self.now < end
    }

    fn notice_items(notice: Option<&serde_json::Value>, lang: &str) -> Vec<String> {
        let Some(changes) = notice
            .and_then(|n| n.get("changes"))
            .and_then(|c| c.as_array())
        else {
            return Vec::new();
        };
        changes
            .iter()
            .filter_map(|c| {
                let s = c.get("summary")?;
                s.get(lang)
                    .or_else(|| s.as_object()?.values().next())
                    .and_then(|t| t.as_str())
                    .map(str::to_string)
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn version_page(
        &self,
        p: &PolicyInfo,
        i: usize,
        lang: &str,
        path: &str,
        is_current_page: bool,
        recent: &[usize],
        upcoming: &[usize],
        notices: &BTreeMap<usize, serde_json::Value>,
    ) -> VersionPage {
        let today = self.today();
        let v = &p.versions[i];
        let w = words(lang);
        let status = p.status(i, today);
        let policy_title = p.title(lang);
        let pick_lang = |j: usize| {
            let vl = &p.versions[j].languages;
            if vl.iter().any(|l| l == lang) {
                lang.to_string()
            } else {
                vl.first().cloned().unwrap_or_default()
            }
        };
        let current_link = LinkView {
            label: w.read_current.into(),
            href: rel(path, &current_path(&p.id, &pick_lang(p.shown))),
        };
        let changelog_link = LinkView {
            label: w.all_versions.into(),
            href: rel(path, &changelog_path(&p.id, lang)),
        };
        let mut banners = Vec::new();
        let showing_current = status == Status::Current || (is_current_page && p.current.is_none());
        if showing_current {
            for &k in recent {
                let vk = &p.versions[k];
                let date = wording::date(&vk.effective, lang);
                let consent = vk.severity == "consent";
                let mut links = Vec::new();
                if k > 0 {
                    links.push(LinkView {
                        label: w.what_changed.into(),
                        href: rel(path, &changes_path(&p.id, &vk.version, &pick_lang(k))),
                    });
                }
                if k != i {
                    links.push(LinkView {
                        label: words::version(&vk.version, lang),
                        href: rel(path, &version_path(&p.id, &vk.version, &pick_lang(k))),
                    });
                }
                banners.push(Banner {
                    kind: if consent { "consent" } else { "major" },
                    title: w.notice.into(),
                    label: format!("{}{}{}", w.notice, w.colon, vk.version),
                    text: if consent {
                        words::notice_consent(&date, lang)
                    } else {
                        words::notice_major(&date, lang)
                    },
                    items: Self::notice_items(notices.get(&k), lang),
                    links,
                });
            }
            for &u in upcoming {
                let vu = &p.versions[u];
                let date = wording::date(&vu.effective, lang);
                let mut links = vec![LinkView {
                    label: w.read_version.into(),
                    href: rel(path, &version_path(&p.id, &vu.version, &pick_lang(u))),
                }];
                if u > 0 {
                    links.push(LinkView {
                        label: w.what_changed.into(),
                        href: rel(path, &changes_path(&p.id, &vu.version, &pick_lang(u))),
                    });
                }
                let (text, items) = if u == i {
                    (words::upcoming_first(&date, lang), Vec::new())
                } else {
                    let mut text = words::upcoming(&vu.version, &date, lang);
                    if let Some(s) = vu
                        .summary
                        .get(lang)
                        .or_else(|| vu.summary.get(&p.authoritative))
                    {
                        text.push(' ');
                        text.push_str(s);
                    }
                    (text, Self::notice_items(notices.get(&u), lang))
                };
                banners.push(Banner {
                    kind: "upcoming",
                    title: w.upcoming_notice.into(),
                    label: format!("{}{}{}", w.upcoming_notice, w.colon, vu.version),
                    text,
                    items,
                    links: if u == i { Vec::new() } else { links },
                });
            }
        } else if status == Status::Upcoming {
            banners.push(Banner {
                kind: "upcoming",
                title: w.upcoming_notice.into(),
                label: format!("{}{}{}", w.upcoming_notice, w.colon, v.version),
                text: words::upcoming_self(&wording::date(&v.effective, lang), lang),
                items: Vec::new(),
                links: vec![current_link.clone(), changelog_link.clone()],
            });
        } else {
            // Superseded: by the next version published, fixed once it exists.
            let next = &p.versions[i + 1];
            banners.push(Banner {
                kind: "superseded",
                title: w.superseded_notice.into(),
                label: format!("{}{}{}", w.superseded_notice, w.colon, v.version),
                text: words::superseded(&next.version, &wording::date(&next.effective, lang), lang),
                items: Vec::new(),
                links: vec![
                    current_link.clone(),
                    LinkView {
                        label: words::version(&next.version, lang),
                        href: rel(path, &version_path(&p.id, &next.version, &pick_lang(i + 1))),
                    },
                    changelog_link.clone(),
                ],
            });
        }
        let mut links = Vec::new();
        if i > 0 {
            links.push(LinkView {
                label: w.what_changed.into(),
                href: rel(path, &changes_path(&p.id, &v.version, lang)),
            });
        }
        if is_current_page {
            links.push(LinkView {
                label: words::version(&v.version, lang),
                href: rel(path, &version_path(&p.id, &v.version, lang)),
            });
        }
        links.push(changelog_link);
        let mut crumbs = vec![
            self.home_crumb(path, lang),
            Crumb {
                label: policy_title.clone(),
                href: (!is_current_page).then(|| current_link.href.clone()),
            },
        ];
        if !is_current_page {
            crumbs.push(Crumb {
                label: words::version(&v.version, lang),
                href: None,
            });
        }
        let feed = is_current_page.then(|| LinkView {
            label: words::feed_title(&policy_title, lang),
            href: rel(path, &feed_path(&p.id, lang)),
        });
        VersionPage {
            chrome: self.chrome(path, lang, policy_title.clone(), &[], crumbs, feed),
            policy_title,
            version: v.version.clone(),
            is_current_page,
            status: status.id(),
            banners,
            links,
        }
    }

    /// A version page: the archived render with the site's head and top blocks inserted.
    fn injected(
        &self,
        jobs: &mut Vec<Job<'a>>,
        path: String,
        page: VersionPage,
        source: String,
        deps: Option<String>,
    ) {
        let key = self.key(&path, &page, &[self.reader.oid(&source)]);
        jobs.push(Job::Make {
            path,
            key,
            deps,
            make: Make::Read(Box::new(move |ctx| {
                let html = ctx.reader.read_string(&source)?;
                Ok(inject(ctx.env, &html, &page, &source)?.into_bytes())
            })),
        });
    }

    fn changes_page(
        &self,
        p: &'a PolicyInfo,
        i: usize,
        lang: &str,
        jobs: &mut Vec<Job<'a>>,
        deps: String,
    ) {
        let v = &p.versions[i];
        let prev = &p.versions[i - 1];
        let path = changes_path(&p.id, &v.version, lang);
        let policy_title = p.title(lang);
        let title = words::changes_in(&v.version, lang);
        let alternates: Vec<(String, String)> = ordered(&v.languages, self.languages)
            .into_iter()
            .map(|l| {
                let target = changes_path(&p.id, &v.version, &l);
                (l, target)
            })
            .collect();
        let crumbs = vec![
            self.home_crumb(&path, lang),
            Crumb {
                label: policy_title.clone(),
                href: Some(rel(&path, &current_path(&p.id, &p.lang_of(p.shown, lang)))),
            },
            Crumb {
                label: words(lang).changelog.into(),
                href: Some(rel(&path, &changelog_path(&p.id, lang))),
            },
            Crumb {
                label: words::version(&v.version, lang),
                href: Some(rel(&path, &version_path(&p.id, &v.version, lang))),
            },
            Crumb {
                label: words(lang).what_changed.into(),
                href: None,
            },
        ];
        let page = ChangesPage {
            chrome: self.chrome(&path, lang, title, &alternates, crumbs, None),
            policy_title,
            version: self.row(p, i, &path, lang, false),
            previous: self.row(p, i - 1, &path, lang, false),
            compared: words::compared_with(&prev.version, lang),
            headline: String::new(),
            groups: Vec::new(),
            has_prose: false,
        };
        let source = format!("{}/{}/changes.json", p.id, v.version);
        let key = self.key(&path, &page, &[self.reader.oid(&source)]);
        let lang = lang.to_string();
        let id = p.id.clone();
        let (version, previous) = (v.version.clone(), prev.version.clone());
        jobs.push(Job::Make {
            path,
            key,
            deps: Some(deps),
            make: Make::Read(Box::new(move |ctx| {
                let mut page = page;
                let json = ctx.reader.read(&source)?;
                let diff: JsonDiff = serde_json::from_slice(&json)
                    .map_err(|e| Error::Archive(format!("{source}: {e}")))?;
                fill_changes(&mut page, &diff, &lang, &id, &version, &previous);
                Ok(render(ctx.env, "site-changes.html", &page)?.into_bytes())
            })),
        });
    }

    fn changelog(&self, p: &PolicyInfo, lang: &str, langs: &[String], jobs: &mut Vec<Job<'a>>) {
        let path = changelog_path(&p.id, lang);
        let today = self.today();
        let policy_title = p.title(lang);
        let alternates: Vec<(String, String)> = langs
            .iter()
            .map(|l| (l.clone(), changelog_path(&p.id, l)))
            .collect();
        let crumbs = vec![
            self.home_crumb(&path, lang),
            Crumb {
                label: policy_title.clone(),
                href: Some(rel(&path, &current_path(&p.id, &p.lang_of(p.shown, lang)))),
            },
            Crumb {
                label: words(lang).changelog.into(),
                href: None,
            },
        ];
        let feed = Some(LinkView {
            label: words::feed_title(&policy_title, lang),
            href: rel(&path, &feed_path(&p.id, lang)),
        });
        let versions: Vec<VersionRow> = (0..p.versions.len())
            .rev()
            .map(|i| self.row(p, i, &path, lang, true))
            .collect();
        let mut periods = Vec::new();
        for (i, v) in p.versions.iter().enumerate() {
            let next = p.versions.get(i + 1);
            let never = next.is_some_and(|n| n.effective <= v.effective);
            let until_iso = next.filter(|_| !never).and_then(|n| {
                n.effective
                    .parse::<jiff::civil::Date>()
                    .ok()
                    .and_then(|d| d.yesterday().ok())
                    .map(|d| d.to_string())
            });
            let status = p.status(i, today);
            periods.push(Period {
                version: v.version.clone(),
                href: self.row(p, i, &path, lang, false).href,
                from: wording::date(&v.effective, lang),
                from_iso: v.effective.clone(),
                until: until_iso.as_ref().map(|d| wording::date(d, lang)),
                until_iso,
                never,
                status: status.id(),
                status_label: words::status(status.id(), lang),
            });
        }
        periods.reverse();
        let current = Some(LinkView {
            label: words(lang).read_current.into(),
            href: rel(
                &path,
                &current_path(&p.id, &{
                    let vl = &p.versions[p.shown].languages;
                    if vl.iter().any(|l| l == lang) {
                        lang.to_string()
                    } else {
                        vl.first().cloned().unwrap_or_default()
                    }
                }),
            ),
        });
        let page = ChangelogPage {
            chrome: self.chrome(
                &path,
                lang,
                words(lang).changelog.to_string(),
                &alternates,
                crumbs,
                feed,
            ),
            policy_title,
            current,
            versions,
            periods,
        };
        self.templated(jobs, path, "site-changelog.html", page);
    }

    fn feed(&self, p: &'a PolicyInfo, lang: &str, jobs: &mut Vec<Job<'a>>) {
        let Some(base) = self.config.base_url.clone() else {
            return;
        };
        let path = feed_path(&p.id, lang);
        let entries: Vec<feed::Entry> = p
            .versions
            .iter()
            .enumerate()
            .filter(|(_, v)| v.languages.iter().any(|l| l == lang))
            .rev()
            .take(match self.config.feed_entries {
                0 => usize::MAX,
                n => n as usize,
            })
            .map(|(i, v)| feed::Entry {
                version: v.version.clone(),
                title: words::entry_title(&v.version, &v.severity, &v.rules, lang),
                published: v.published.clone(),
                url: format!("{base}{}", version_path(&p.id, &v.version, lang)),
                changes_url: (i > 0)
                    .then(|| format!("{base}{}", changes_path(&p.id, &v.version, lang))),
                summary: self.row(p, i, &path, lang, false).summary,
                effective: wording::date(&v.effective, lang),
                categories: std::iter::once(v.severity.clone())
                    .chain(v.rules.iter().cloned())
                    .collect(),
                notice: v
                    .notice
                    .then(|| format!("{}/{}/notice.{lang}.txt", p.id, v.version)),
            })
            .collect();
        let policy_title = p.title(lang);
        let head = feed::Head {
            lang: lang.to_string(),
            id: format!("{base}{path}"),
            title: words::feed_title(&policy_title, lang),
            author: self.site_title(lang),
            self_url: format!("{base}{path}"),
            alternate_url: format!("{base}{}", changelog_path(&p.id, lang)),
            icon: format!("{base}{}", config::FAVICON),
        };
        // The notices are read only when the feed is made; its key takes the folder of each
        // version with a notice (listed with the policy's folder), not the notice's own blob.
        let blobs: Vec<Option<git2::Oid>> = entries
            .iter()
            .filter(|e| e.notice.is_some())
            .map(|e| {
                self.reader
                    .entry(&format!("{}/{}", p.id, e.version))
                    .map(|(oid, _)| oid)
            })
            .collect();
        let key = self.key(&path, &(&head, &entries), &blobs);
        jobs.push(Job::Make {
            path,
            key,
            deps: None,
            make: Make::Read(Box::new(move |ctx| {
                let mut texts = Vec::new();
                for e in &entries {
                    texts.push(match &e.notice {
                        Some(n) => Some(ctx.reader.read_string(n)?),
                        None => None,
                    });
                }
                feed::atom(&head, &entries, &texts)
            })),
        });
    }

    fn home(&self, policies: &[PolicyInfo], jobs: &mut Vec<Job<'a>>) {
        let today = self.today();
        let alternates: Vec<(String, String)> = self
            .languages
            .iter()
            .map(|l| (l.clone(), home_path(l, self.languages)))
            .collect();
        for lang in self.languages {
            let path = home_path(lang, self.languages);
            let list = policies
                .iter()
                .map(|p| {
                    let shown = &p.versions[p.shown];
                    let has = shown.languages.iter().any(|l| l == lang);
                    let plang = if has {
                        lang.clone()
                    } else {
                        shown.languages.first().cloned().unwrap_or_default()
                    };
                    let clang = if p.languages().contains(lang) {
                        lang.clone()
                    } else {
                        plang.clone()
                    };
                    HomePolicy {
                        id: p.id.clone(),
                        title: p.title(&plang),
                        publisher: p.publisher(&plang),
                        title_lang: plang.clone(),
                        href: rel(&path, &current_path(&p.id, &plang)),
                        changelog: rel(&path, &changelog_path(&p.id, &clang)),
                        languages: ordered(&shown.languages, self.languages)
                            .into_iter()
                            .map(|l| Alt {
                                href: rel(&path, &current_path(&p.id, &l)),
                                name: language_name(&l),
                                current: &l == lang,
                                lang: l,
                            })
                            .collect(),
                        current: self.row(p, p.shown, &path, lang, true),
                        upcoming: (0..p.versions.len())
                            .filter(|&i| i != p.shown && p.status(i, today) == Status::Upcoming)
                            .map(|i| self.row(p, i, &path, lang, true))
                            .collect(),
                    }
                })
                .collect();
            let title = self.site_title(lang);
            let chrome = self.chrome(&path, lang, title, &alternates, Vec::new(), None);
            self.templated(
                jobs,
                path,
                "site-home.html",
                HomePage {
                    chrome,
                    policies: list,
                },
            );
        }
    }

    /// The 404 page: served at any address, so its links are absolute (the base URL) and its
    /// styles inline.
    fn not_found(&self, jobs: &mut Vec<Job<'a>>) -> Result<(), Error> {
        let lang = self
            .languages
            .first()
            .cloned()
            .unwrap_or_else(|| "en".into());
        let base = self.base_url()?;
        let mut chrome = self.chrome(
            "404.html",
            &lang,
            words(&lang).not_found.into(),
            &[],
            Vec::new(),
            None,
        );
        chrome.root = base.clone();
        chrome.stylesheets = self
            .config
            .stylesheets
            .iter()
            .map(|s| format!("{base}{s}"))
            .collect();
        let messages = self
            .languages
            .iter()
            .map(|l| NotFoundMessage {
                lang: l.clone(),
                title: words(l).not_found.into(),
                text: words(l).not_found_text.into(),
                home: LinkView {
                    label: self.site_title(l),
                    href: format!("{base}{}", home_path(l, self.languages)),
                },
            })
            .collect();
        self.templated(
            jobs,
            "404.html".into(),
            "site-404.html",
            NotFoundPage { chrome, messages },
        );
        Ok(())
    }

    fn base_url(&self) -> Result<String, Error> {
        self.config.base_url.clone().ok_or_else(|| {
            Error::Config(
                "the site needs its address for the feeds, the sitemap and the 404 page: set base_url in site/site.toml or pass --base-url".into(),
            )
        })
    }

    /// `sitemap.xml`: every HTML page but the 404 page, with its language alternates.
    fn sitemap(&self, jobs: &mut Vec<Job<'a>>) -> Result<(), Error> {
        let base = self.base_url()?;
        // Pages are grouped with their translations: the same path but for the language.
        let mut groups: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for job in jobs.iter() {
            let path = job.path();
            if !path.ends_with(".html") || path == "404.html" {
                continue;
            }
            let (group, lang) = page_language(path, self.languages);
            groups.entry(group).or_default().push((lang, path.clone()));
        }
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
        );
        let base = crate::render::escape_html(&base);
        for pages in groups.values() {
            for (_, path) in pages {
                let path = crate::render::escape_html(path);
                let _ = write!(xml, "<url><loc>{base}{path}</loc>");
                if pages.len() > 1 {
                    for (lang, other) in pages {
                        let _ = write!(
                            xml,
                            "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{base}{}\"/>",
                            crate::render::escape_html(lang),
                            crate::render::escape_html(other)
                        );
                    }
                }
                xml.push_str("</url>\n");
            }
        }
        xml.push_str("</urlset>\n");
        let key = hash(&[b"sitemap", xml.as_bytes()]);
        jobs.push(Job::Make {
            path: "sitemap.xml".into(),
            key,
            deps: None,
            make: Make::Render(Box::new(move |_| Ok(xml.into_bytes()))),
        });
        Ok(())
    }
}

/// The language of a page and the path of its group of translations: `hitgen/zh-CN.html` is
/// `zh-CN` of `hitgen/*.html`.
fn page_language(path: &str, languages: &[String]) -> (String, String) {
    let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
    let stem = file.strip_suffix(".html").unwrap_or(file);
    if dir.is_empty() && stem == "index" {
        return (
            "index".into(),
            languages.first().cloned().unwrap_or_default(),
        );
    }
    if let Some(lang) = stem.strip_prefix("index.").filter(|_| dir.is_empty()) {
        return ("index".into(), lang.to_string());
    }
    let (prefix, lang) = match stem.rsplit_once('.') {
        Some((prefix, lang)) => (format!("{prefix}."), lang),
        None => (String::new(), stem),
    };
    let group = if dir.is_empty() {
        format!("{prefix}*")
    } else {
        format!("{dir}/{prefix}*")
    };
    (group, lang.to_string())
}

/// The diff of a version, read from its `changes.json`, as the diff page shows it.
fn fill_changes(
    page: &mut ChangesPage,
    diff: &JsonDiff,
    lang: &str,
    id: &str,
    version: &str,
    previous: &str,
) {
    let in_lang = |m: &BTreeMap<String, String>| {
        m.get(lang)
            .or_else(|| m.get(&diff.authoritative))
            .or_else(|| m.values().next())
            .cloned()
            .unwrap_or_default()
    };
    page.headline = in_lang(&diff.headline);
    let from = changes_path(id, version, lang);
    for severity in ["consent", "major", "minor", "editorial"] {
        let changes: Vec<ChangeView> = diff
            .changes
            .iter()
            .filter(|c| c.severity.id() == severity)
            .map(|c| {
                let kind = serde_json::to_value(c.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                let href = c.location.as_ref().map(|l| {
                    let in_version = if kind == "removed" { previous } else { version };
                    format!(
                        "{}#{}",
                        rel(&from, &version_path(id, in_version, lang)),
                        l.section
                    )
                });
                let mut prose: Vec<&crate::diff::output::JsonProse> = c.prose.iter().collect();
                prose.sort_by_key(|p| p.lang != lang);
                ChangeView {
                    severity: severity.into(),
                    severity_label: words::severity(severity, lang),
                    rule: c.rule.map(|r| RuleView {
                        id: r.id().into(),
                        label: words::rule(r.id(), lang),
                    }),
                    kind_label: words::kind(&kind, lang),
                    kind,
                    path: c.path.clone(),
                    summary: in_lang(&c.summary),
                    heading: c.location.as_ref().map(|l| in_lang(&l.heading)),
                    href,
                    notes: c.notes.iter().map(in_lang).collect(),
                    prose: prose
                        .into_iter()
                        .map(|p| ProseView {
                            lang: p.lang.clone(),
                            name: language_name(&p.lang),
                            segments: p
                                .hunks
                                .iter()
                                .map(|h| SegmentView {
                                    op: match h.op {
                                        Op::Equal => "equal",
                                        Op::Delete => "delete",
                                        Op::Insert => "insert",
                                    },
                                    text: h.text.clone(),
                                })
                                .collect(),
                        })
                        .collect(),
                }
            })
            .collect();
        if !changes.is_empty() {
            page.has_prose |= changes.iter().any(|c| !c.prose.is_empty());
            page.groups.push(Group {
                severity: severity.into(),
                title: words::group(severity, changes.len(), lang),
                changes,
            });
        }
    }
}

/// Inserts the site's blocks into an archived page: `head` before `</head>`, `top` right
/// after the `<body>` tag. Both are whole elements, so a valid page stays valid.
fn inject(
    env: &Environment<'_>,
    html: &str,
    page: &VersionPage,
    source: &str,
) -> Result<String, Error> {
    let name = "site-version.html";
    let template = env
        .get_template(name)
        .map_err(|e| template_error(name, &e))?;
    let mut captured = template
        .render_captured(minijinja::context! { page => minijinja::value::Serde(page) })
        .map_err(|e| template_error(name, &e))?;
    let head = captured
        .with_state_mut(|s| s.render_block("head"))
        .map_err(|e| template_error(name, &e))?;
    let top = captured
        .with_state_mut(|s| s.render_block("top"))
        .map_err(|e| template_error(name, &e))?;
    let head = finish_lines(&head);
    let top = finish_lines(&top);
    let lower = html.to_ascii_lowercase();
    let head_at = lower.find("</head>");
    let body_at = lower
        .find("<body")
        .and_then(|b| lower[b..].find('>').map(|e| b + e + 1));
    let (Some(head_at), Some(body_at)) = (head_at, body_at) else {
        return Err(Error::Archive(format!(
            "{source} has no <head> and <body> for the site's navigation"
        )));
    };
    if body_at < head_at {
        return Err(Error::Archive(format!(
            "{source}: <body> comes before </head>"
        )));
    }
    let mut out = String::with_capacity(html.len() + head.len() + top.len() + 2);
    out.push_str(&html[..head_at]);
    out.push_str(&head);
    out.push_str(&html[head_at..body_at]);
    out.push('\n');
    out.push_str(&top);
    out.push_str(html[body_at..].trim_start_matches('\n'));
    Ok(out)
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
