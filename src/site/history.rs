//! Each policy's history as the site shows it: its versions read from `versions.json`, the
//! status of each on the day `now` (current, upcoming, superseded), titles and publishers.

use super::*;

/// Where a version stands on the day the site is built for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Status {
    Current,
    Upcoming,
    Superseded,
}

impl Status {
    pub(super) fn id(self) -> &'static str {
        match self {
            Status::Current => "current",
            Status::Upcoming => "upcoming",
            Status::Superseded => "superseded",
        }
    }
}

pub(super) struct PolicyInfo {
    pub(super) id: String,
    pub(super) versions: Vec<VersionEntry>,
    /// The title in each language of the latest version.
    pub(super) titles: BTreeMap<String, String>,
    /// Who publishes it (the controllers' names), in each language of the latest version.
    pub(super) publishers: BTreeMap<String, String>,
    pub(super) authoritative: String,
    /// The version in effect on `now`.
    pub(super) current: Option<usize>,
    /// The version the current page shows: the current one, else the first upcoming one.
    pub(super) shown: usize,
}

impl PolicyInfo {
    pub(super) fn new(
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
            .map(|l| (l.clone(), wording::publisher(&model, l)))
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

    pub(super) fn title(&self, lang: &str) -> String {
        self.titles
            .get(lang)
            .or_else(|| self.titles.get(&self.authoritative))
            .cloned()
            .unwrap_or_else(|| self.id.clone())
    }

    /// The title that says whose policy it is ([`wording::whose`]).
    pub(super) fn whose(&self, lang: &str) -> String {
        wording::whose(&self.title(lang), &self.publisher(lang), lang)
    }

    /// `lang` when version `i` is published in it, else that version's first language.
    pub(super) fn lang_of(&self, i: usize, lang: &str) -> String {
        let langs = &self.versions[i].languages;
        if langs.iter().any(|l| l == lang) {
            lang.to_string()
        } else {
            langs.first().cloned().unwrap_or_default()
        }
    }

    pub(super) fn status(&self, i: usize, today: &str) -> Status {
        if self.current == Some(i) {
            Status::Current
        } else if self.versions[i].effective.as_str() > today {
            Status::Upcoming
        } else {
            Status::Superseded
        }
    }

    pub(super) fn publisher(&self, lang: &str) -> String {
        self.publishers
            .get(lang)
            .or_else(|| self.publishers.get(&self.authoritative))
            .cloned()
            .unwrap_or_default()
    }

    /// Every language any version is published in.
    pub(super) fn languages(&self) -> BTreeSet<&String> {
        self.versions.iter().flat_map(|v| &v.languages).collect()
    }
}

/// The site's languages: the configured order, then the others alphabetically.
pub(super) fn site_languages(config: &SiteConfig, policies: &[PolicyInfo]) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(title: &str, publisher: &str) -> PolicyInfo {
        let by_lang = |text: &str| [("en".to_string(), text.to_string())].into();
        PolicyInfo {
            id: "p".into(),
            versions: Vec::new(),
            titles: by_lang(title),
            publishers: by_lang(publisher),
            authoritative: "en".into(),
            current: None,
            shown: 0,
        }
    }

    #[test]
    fn a_title_names_its_publisher_once() {
        let whose = |title: &str, publisher: &str| policy(title, publisher).whose("en");
        assert_eq!(
            whose("Privacy Policy", "HitGen Inc."),
            "HitGen Inc. Privacy Policy"
        );
        assert_eq!(
            whose("HitGen Privacy Policy", "HitGen Inc."),
            "HitGen Privacy Policy"
        );
        assert_eq!(whose("Privacy Policy", ""), "Privacy Policy");
        assert_eq!(
            whose("中華電信隱私權政策", "中華電信股份有限公司"),
            "中華電信隱私權政策"
        );
        assert_eq!(
            whose("隱私權政策", "中華電信股份有限公司"),
            "中華電信股份有限公司 隱私權政策"
        );
    }
}
