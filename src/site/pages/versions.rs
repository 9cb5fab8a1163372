//! The pages of archived versions: each version's own render with the site's navigation
//! inserted, and its diff page from the archived `changes.json`.

use super::*;

impl<'a> Planner<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(in crate::site) fn version_page(
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
    pub(in crate::site) fn injected(
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

    pub(in crate::site) fn changes_page(
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
}
