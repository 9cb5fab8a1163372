//! The pages that list versions and policies: changelogs, feeds, the home pages, the 404 page
//! and the sitemap.

use super::*;

impl<'a> Planner<'a> {
    pub(in crate::site) fn changelog(
        &self,
        p: &PolicyInfo,
        lang: &str,
        langs: &[String],
        jobs: &mut Vec<Job<'a>>,
    ) {
        let path = changelog_path(&p.id, lang);
        let today = self.today();
        let policy_title = p.whose(lang);
        let alternates: Vec<(String, String)> = langs
            .iter()
            .map(|l| (l.clone(), changelog_path(&p.id, l)))
            .collect();
        let crumbs = self.crumbs(
            p,
            &path,
            lang,
            vec![(words(lang).get("changelog").into(), None)],
        );
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
            label: words(lang).get("read_current").into(),
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
                words(lang).get("changelog").to_string(),
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

    pub(in crate::site) fn feed(&self, p: &'a PolicyInfo, lang: &str, jobs: &mut Vec<Job<'a>>) {
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
            .map(|(i, v)| {
                let row = self.row(p, i, &path, lang, false);
                feed::Entry {
                    version: v.version.clone(),
                    title: words::entry_title(&v.version, &v.severity, &v.rules, lang),
                    published: v.published.clone(),
                    url: format!("{base}{}", version_path(&p.id, &v.version, lang)),
                    changes_url: (i > 0)
                        .then(|| format!("{base}{}", changes_path(&p.id, &v.version, lang))),
                    summary: row.summary,
                    author_summary: row
                        .author_summary
                        .map(|a| (words(lang).get("author_summary").to_string(), a)),
                    effective: wording::date(&v.effective, lang),
                    categories: std::iter::once(v.severity.clone())
                        .chain(v.rules.iter().cloned())
                        .collect(),
                    notice: v
                        .notice
                        .then(|| format!("{}/{}/notice.{lang}.txt", p.id, v.version)),
                }
            })
            .collect();
        let policy_title = p.whose(lang);
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

    pub(in crate::site) fn home(&self, policies: &[PolicyInfo], jobs: &mut Vec<Job<'a>>) {
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
                        title: p.whose(&plang),
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
                        recent: self
                            .recent(p)
                            .into_iter()
                            .map(|i| self.row(p, i, &path, lang, true))
                            .collect(),
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
    pub(in crate::site) fn not_found(&self, jobs: &mut Vec<Job<'a>>) -> Result<(), Error> {
        let lang = self
            .languages
            .first()
            .cloned()
            .unwrap_or_else(|| "en".into());
        let base = self.base_url()?;
        let mut chrome = self.chrome(
            "404.html",
            &lang,
            words(&lang).get("not_found").into(),
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
                title: words(l).get("not_found").into(),
                text: words(l).get("not_found_text").into(),
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

    pub(in crate::site) fn base_url(&self) -> Result<String, Error> {
        self.config.base_url.clone().ok_or_else(|| {
            Error::Config(
                "the site needs the address it will be served at, for its feeds, sitemap and 404 page: pass --base-url (for example --base-url https://example.com/privacy/) or set base_url in site.toml of the site folder (--site, default site/)".into(),
            )
        })
    }

    /// `sitemap.xml`: every HTML page but the 404 page, with its language alternates.
    pub(in crate::site) fn sitemap(&self, jobs: &mut Vec<Job<'a>>) -> Result<(), Error> {
        let base = self.base_url()?;
        // Pages are grouped with their translations: the same path but for the language.
        let mut groups: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for job in jobs.iter() {
            let path = job.path();
            // The policy folders' index pages repeat a current page: not listed twice.
            if !path.ends_with(".html") || path == "404.html" || path.ends_with("/index.html") {
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
