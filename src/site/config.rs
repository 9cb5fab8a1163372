//! The site's configuration, `site/site.toml`, and its static assets: every other file of the
//! `site/` folder, copied to the output as it is (the favicon, extra stylesheets, images).
//!
//! ```toml
//! title = "Privacy policies"                 # or a table by language: [title] en = "..."
//! base_url = "https://policies.example.com/"  # where the site is served; feeds and sitemap only
//! banner_days = 30                           # how long a major or consent change is announced
//! feed_entries = 50                          # the newest versions each Atom feed lists (0: all)
//! languages = ["en", "zh-CN"]                # the order of languages; the first is the default
//! stylesheets = ["custom.css"]               # files of site/ linked from every page
//! compare_horizon = 20                       # the newest versions before the current one that
//!                                            # get a "what changed since" page (0: none)
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// The configuration file, inside the site folder.
pub const FILE: &str = "site.toml";
/// How many days a major or consent change is announced on the current version by default.
pub const DEFAULT_BANNER_DAYS: u32 = 30;
/// How many of the newest versions a policy's feed lists, unless `feed_entries` says.
pub const DEFAULT_FEED_ENTRIES: u32 = 50;
/// How many versions before the current one get a page of what changed since, unless
/// `compare_horizon` says.
pub const DEFAULT_COMPARE_HORIZON: u32 = 20;
/// The favicon every page links to; the site folder may replace it.
pub const FAVICON: &str = "favicon.svg";
/// The built-in favicon (`site/favicon.svg` of the policyc source tree).
pub const BUILTIN_FAVICON: &[u8] = include_bytes!("../../site/favicon.svg");

/// Files of the site folder that are not copied to the output.
const NOT_ASSETS: [&str; 2] = [FILE, "README.md"];

/// A title: one for every language, or one per language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Title {
    One(String),
    ByLanguage(BTreeMap<String, String>),
}

impl Title {
    /// The title in `lang`, else in the first configured language, else any.
    pub fn get(&self, lang: &str, fallback: &str) -> String {
        match self {
            Title::One(t) => t.clone(),
            Title::ByLanguage(map) => map
                .get(lang)
                .or_else(|| map.get(fallback))
                .or_else(|| map.values().next())
                .cloned()
                .unwrap_or_default(),
        }
    }
}

impl Default for Title {
    fn default() -> Title {
        let mut map = BTreeMap::new();
        map.insert("en".to_string(), "Privacy policies".to_string());
        map.insert("zh-CN".to_string(), "隐私政策".to_string());
        Title::ByLanguage(map)
    }
}

fn default_banner_days() -> u32 {
    DEFAULT_BANNER_DAYS
}

fn default_feed_entries() -> u32 {
    DEFAULT_FEED_ENTRIES
}

fn default_compare_horizon() -> u32 {
    DEFAULT_COMPARE_HORIZON
}

/// `site/site.toml`. Every key is optional but `base_url`, which `--base-url` may give instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// The name of the site, on the home page and in every page's navigation.
    #[serde(default)]
    pub title: Title,
    /// The absolute address the site is served at, ending in `/`. Used only where an absolute
    /// address is required: Atom feeds, the sitemap, the 404 page.
    #[serde(default, alias = "base-url")]
    pub base_url: Option<String>,
    /// How many days after its effective date a major or consent change is announced with a
    /// banner on the current version.
    #[serde(default = "default_banner_days", alias = "banner-days")]
    pub banner_days: u32,
    /// How many of a policy's newest versions its Atom feed lists (0: every version). Feed
    /// readers poll the whole file; the changelog page lists every version.
    #[serde(default = "default_feed_entries", alias = "feed-entries")]
    pub feed_entries: u32,
    /// The order of languages in switchers and on the home page; the first is the language of
    /// `index.html`. Languages of policies not listed here follow, in alphabetical order.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Stylesheets of the site folder linked from every page, after the built-in ones.
    #[serde(default)]
    pub stylesheets: Vec<String>,
    /// How many of the versions before the current one (the newest first) get a page of what
    /// changed since them, against the current version (0: none). Each new current version
    /// rewrites these pages, so the count bounds a rebuild's extra cost.
    #[serde(default = "default_compare_horizon", alias = "compare-horizon")]
    pub compare_horizon: u32,
}

impl Default for SiteConfig {
    fn default() -> SiteConfig {
        SiteConfig {
            title: Title::default(),
            base_url: None,
            banner_days: DEFAULT_BANNER_DAYS,
            feed_entries: DEFAULT_FEED_ENTRIES,
            languages: Vec::new(),
            stylesheets: Vec::new(),
            compare_horizon: DEFAULT_COMPARE_HORIZON,
        }
    }
}

/// A site folder read: its configuration and its static assets (path -> content).
#[derive(Clone, Debug, Default)]
pub struct SiteFolder {
    pub config: SiteConfig,
    pub assets: BTreeMap<String, Vec<u8>>,
}

impl SiteConfig {
    /// Reads a configuration, checking what can be checked without the archive.
    pub fn parse(text: &str) -> Result<SiteConfig, String> {
        let mut config: SiteConfig = toml::from_str(text).map_err(|e| e.to_string())?;
        if let Some(url) = config.base_url.take() {
            config.base_url = Some(normalize_base_url(&url)?);
        }
        for lang in &config.languages {
            if language_tags::LanguageTag::parse(lang).is_err() {
                return Err(format!(
                    "languages: `{lang}` is not a BCP 47 language tag (like en or zh-CN)"
                ));
            }
        }
        Ok(config)
    }
}

/// The base URL checked (absolute, http or https) and ending in `/`.
pub fn normalize_base_url(url: &str) -> Result<String, String> {
    let parsed = url::Url::parse(url).map_err(|e| {
        format!("base_url `{url}` is not an absolute address ({e}); write it like https://example.com/policies/")
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(format!(
            "base_url `{url}` must start with https:// (or http://)"
        ));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(format!(
            "base_url `{url}` must not have a query or a fragment"
        ));
    }
    let mut s = parsed.to_string();
    if !s.ends_with('/') {
        s.push('/');
    }
    Ok(s)
}

/// Reads a site folder: `site.toml` (the defaults when absent) and every other file as an
/// asset. A folder that does not exist is the default configuration with no assets.
pub fn load(dir: &Path) -> Result<SiteFolder, String> {
    let mut folder = SiteFolder::default();
    if !dir.is_dir() {
        return Ok(folder);
    }
    let config_path = dir.join(FILE);
    if std::fs::symlink_metadata(&config_path).is_ok_and(|m| !m.is_file()) {
        return Err(not_a_file(&config_path));
    }
    if let Some(text) = crate::source::read_text(&config_path, crate::source::MAX_FILE_SIZE)? {
        folder.config =
            SiteConfig::parse(&text).map_err(|e| format!("{}: {e}", config_path.display()))?;
    }
    collect_assets(dir, "", &mut folder.assets)?;
    for css in &folder.config.stylesheets {
        if !folder.assets.contains_key(css) {
            return Err(format!(
                "{}: stylesheets: `{css}` is not a file of {}",
                config_path.display(),
                dir.display()
            ));
        }
    }
    Ok(folder)
}

/// Every regular file under `dir`. A symbolic link (to `/proc/self/environ`, to a system
/// folder) or any other special file is refused, naming it: the site is public, and only
/// files that are really in the site folder may reach it.
fn collect_assets(
    dir: &Path,
    prefix: &str,
    out: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), String> {
    let unreadable =
        |path: &Path, e: std::io::Error| format!("cannot read {}: {e}", path.display());
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .and_then(|d| d.collect::<Result<Vec<_>, _>>())
        .map_err(|e| unreadable(dir, e))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let rel = format!("{prefix}{name}");
        let kind = entry.file_type().map_err(|e| unreadable(&path, e))?;
        if kind.is_dir() {
            collect_assets(&path, &format!("{rel}/"), out)?;
        } else if !kind.is_file() {
            return Err(not_a_file(&path));
        } else if !(prefix.is_empty() && NOT_ASSETS.contains(&name.as_str())) {
            let bytes = crate::source::read_bounded(&path, ASSET_LIMIT)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            out.insert(rel, bytes);
        }
    }
    Ok(())
}

/// The largest asset copied into the site (an image, a font, a stylesheet): 64 MiB.
const ASSET_LIMIT: u64 = 64 * 1024 * 1024;

fn not_a_file(path: &Path) -> String {
    format!(
        "{} is a symbolic link or a special file; the site publishes only regular files of the \
         site folder: replace it with a copy of the file or remove it",
        path.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_setting_and_defaults() {
        let c = SiteConfig::parse(
            "title = \"Policies\"\nbase_url = \"https://example.com/p\"\nbanner_days = 14\nlanguages = [\"zh-CN\", \"en\"]\n",
        )
        .unwrap();
        assert_eq!(c.title.get("en", "en"), "Policies");
        assert_eq!(c.base_url.as_deref(), Some("https://example.com/p/"));
        assert_eq!(c.banner_days, 14);
        assert_eq!(c.languages, ["zh-CN", "en"]);
        let d = SiteConfig::parse("[title]\nen = \"A\"\nzh-CN = \"甲\"\n").unwrap();
        assert_eq!(d.banner_days, 30);
        assert_eq!(d.title.get("zh-CN", "en"), "甲");
        assert_eq!(d.title.get("fr", "en"), "A");
    }

    #[test]
    fn refuses_what_would_break_the_site() {
        assert!(SiteConfig::parse("banner_dayz = 3\n").is_err());
        assert!(SiteConfig::parse("base_url = \"/relative/\"\n").is_err());
        assert!(SiteConfig::parse("base_url = \"ftp://x.example/\"\n").is_err());
        assert!(SiteConfig::parse("languages = [\"not a tag\"]\n").is_err());
    }
}
