//! The project's configuration file, `policyc.toml` in the folder policyc runs in. Everything
//! in it is optional; command-line options win over it.
//!
//! ```toml
//! [archive]
//! path = "archive.git"        # where publish records versions (default: archive.git)
//!
//! [publish]
//! notice-period-days = 30     # minimum days between publishing a major change and its
//!                             # effective date, unless the policy sets notice-period
//!
//! [notice]                    # the notices of major changes (notice.<lang>.txt/.html/.eml)
//! site-url = "https://policies.example.com/"  # where they link to (default: site/site.toml's
//!                             # base_url; without either, notices have no links)
//! from = "Privacy Team <privacy@example.com>"  # the e-mail's sender (default: the
//!                             # controllers' names and the policy's first contact e-mail)
//!
//! [render]
//! stale-translations = "authoritative"  # show the authoritative text in place of a stale
//!                             # translation (default "notice": the translation, marked)
//!
//! [lints]                     # allow, warn (the default) or deny each warning code
//! stale-translation = "deny"  # (`warnings` for all); --allow/--warn/--deny win over it
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The name of the configuration file.
pub const FILE: &str = "policyc.toml";
/// Where the archive lives when neither `--archive` nor the configuration says.
pub const DEFAULT_ARCHIVE: &str = "archive.git";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    #[serde(default)]
    pub archive: ArchiveConfig,
    #[serde(default)]
    pub publish: PublishConfig,
    #[serde(default)]
    pub notice: NoticeConfig,
    #[serde(default)]
    pub render: RenderConfig,
    #[serde(default)]
    pub lints: std::collections::BTreeMap<String, super::lints::Lint>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ArchiveConfig {
    pub path: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PublishConfig {
    pub notice_period_days: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct NoticeConfig {
    /// The address the site is served at: notices link to the version's pages there.
    pub site_url: Option<String>,
    /// The sender of the notice e-mail, `Name <address>` or `address`.
    pub from: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RenderConfig {
    /// What `build` and `publish` show for a stale translation.
    #[serde(default)]
    pub stale_translations: crate::render::view::StaleText,
}

/// The largest `policyc.toml` read: a few lines are enough; more is a mistake (a link to a
/// device, a file that is not the configuration).
const CONFIG_LIMIT: u64 = 1024 * 1024;

/// Reads `policyc.toml` from `dir` (an absent file is the default configuration).
pub fn load(dir: &Path) -> Result<Config, String> {
    let path = dir.join(FILE);
    match crate::source::read_text(&path, CONFIG_LIMIT)? {
        Some(text) => toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display())),
        None => Ok(Config::default()),
    }
}

impl Config {
    /// The notices' settings, checked: `[notice]`'s, the site address defaulting to
    /// `site/site.toml`'s `base_url` in `dir` when that file exists.
    pub fn notice(&self, dir: &Path) -> Result<crate::publish::NoticeSettings, String> {
        let site_url = match &self.notice.site_url {
            Some(url) => Some(
                crate::site::normalize_base_url(url)
                    .map_err(|e| format!("{FILE}: [notice] site-url: {e}"))?,
            ),
            None => {
                let path = dir.join("site/site.toml");
                match crate::source::read_text(&path, CONFIG_LIMIT)? {
                    Some(text) => {
                        crate::site::SiteConfig::parse(&text)
                            .map_err(|e| format!("{}: {e}", path.display()))?
                            .base_url
                    }
                    None => None,
                }
            }
        };
        if let Some(from) = &self.notice.from {
            crate::publish::parse_mailbox(from)
                .map_err(|e| format!("{FILE}: [notice] from: {e}"))?;
        }
        Ok(crate::publish::NoticeSettings {
            site_url,
            from: self.notice.from.clone(),
        })
    }

    /// The archive to use: `explicit` (from `--archive`), else the configured one, else the
    /// default.
    pub fn archive_path(&self, explicit: Option<&Path>) -> PathBuf {
        explicit
            .map(Path::to_path_buf)
            .or_else(|| self.archive.path.clone())
            .unwrap_or_else(|| PathBuf::from(DEFAULT_ARCHIVE))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_rejects_unknown_keys() {
        let c: Config =
            toml::from_str("[archive]\npath = \"x.git\"\n[publish]\nnotice-period-days = 30\n")
                .unwrap();
        assert_eq!(c.archive_path(None), PathBuf::from("x.git"));
        assert_eq!(c.archive_path(Some(Path::new("y"))), PathBuf::from("y"));
        assert_eq!(c.publish.notice_period_days, Some(30));
        assert!(toml::from_str::<Config>("[archive]\npaht = 1\n").is_err());
    }
}
