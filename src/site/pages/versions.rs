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
        since: &[usize],
    ) -> VersionPage {
        let v = &p.versions[i];
        let w = words(lang);
        let status = p.status(i, self.today());
        let policy_title = p.whose(lang);
        let at = At { p, i, lang, path };
        let current_link = at.link(
            w.get("read_current").into(),
            &current_path(&p.id, &p.lang_of(p.shown, lang)),
        );
        let changelog_link = at.link(w.get("all_versions").into(), &changelog_path(&p.id, lang));
        let showing_current = status == Status::Current || (is_current_page && p.current.is_none());
        let banners = if showing_current {
            let notices_of = |k: usize| Self::notice_items(notices.get(&k), lang);
            let recent = recent.iter().map(|&k| at.recent_banner(k, notices_of(k)));
            let upcoming = upcoming
                .iter()
                .map(|&u| at.upcoming_banner(u, notices_of(u)));
            recent.chain(upcoming).collect()
        } else if status == Status::Upcoming {
            vec![Banner {
                kind: "upcoming",
                title: w.get("upcoming_notice").into(),
                label: format!(
                    "{}{}{}",
                    w.get("upcoming_notice"),
                    w.get("colon"),
                    v.version
                ),
                text: words::upcoming_self(&wording::date(&v.effective, lang), lang),
                items: Vec::new(),
                links: vec![current_link.clone(), changelog_link.clone()],
            }]
        } else {
            let since = (since.contains(&i) && Self::since_langs(p, i).iter().any(|l| l == lang))
                .then(|| at.link(w.get("since").into(), &since_path(&p.id, &v.version, lang)));
            vec![at.superseded_banner(since, current_link.clone(), changelog_link.clone())]
        };
        let mut links = Vec::new();
        if i > 0 {
            links.push(at.link(
                w.get("what_changed").into(),
                &changes_path(&p.id, &v.version, lang),
            ));
        }
        if is_current_page {
            links.push(at.link(
                words::version(&v.version, lang),
                &version_path(&p.id, &v.version, lang),
            ));
        }
        links.push(changelog_link);
        let trail = if is_current_page {
            Vec::new()
        } else {
            vec![(words::version(&v.version, lang), None)]
        };
        let crumbs = self.crumbs(p, path, lang, trail);
        let feed = is_current_page.then(|| LinkView {
            label: words::feed_title(&policy_title, lang),
            href: rel(path, &feed_path(&p.id, lang)),
        });
        VersionPage {
            chrome: self.chrome(path, lang, policy_title.clone(), &[], crumbs, feed),
            skip: crate::locale::message(lang, "page-skip", &[]),
            permanent: self
                .config
                .base_url
                .as_ref()
                .map(|base| format!("{base}{}", version_path(&p.id, &v.version, lang))),
            policy_title,
            version: v.version.clone(),
            is_current_page,
            status: status.id(),
            banners,
            links,
            jsonld: self
                .reader
                .oid(&archive::receipt::content_path(&p.id, &v.version))
                .map(|_| rel(path, &super::receipts::jsonld_path(&p.id, &v.version))),
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
        let policy_title = p.whose(lang);
        let title = words::changes_in(&v.version, lang);
        let alternates: Vec<(String, String)> = ordered(&v.languages, self.languages)
            .into_iter()
            .map(|l| {
                let target = changes_path(&p.id, &v.version, &l);
                (l, target)
            })
            .collect();
        let crumbs = self.crumbs(
            p,
            &path,
            lang,
            vec![
                (
                    words(lang).get("changelog").into(),
                    Some(changelog_path(&p.id, lang)),
                ),
                (
                    words::version(&v.version, lang),
                    Some(version_path(&p.id, &v.version, lang)),
                ),
                (words(lang).get("what_changed").into(), None),
            ],
        );
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
                let from = changes_path(&id, &version, &lang);
                fill_changes(&mut page, &diff, &lang, &id, &version, &previous, &from);
                Ok(render(ctx.env, "site-changes.html", &page)?.into_bytes())
            })),
        });
    }
}

impl<'a> Planner<'a> {
    /// The versions that get a page of what changed since them: the `compare_horizon`
    /// versions before the current one (none without a current version).
    pub(in crate::site) fn since_versions(&self, p: &PolicyInfo) -> Vec<usize> {
        let Some(c) = p.current else {
            return Vec::new();
        };
        (c.saturating_sub(self.config.compare_horizon as usize)..c).collect()
    }

    /// The languages of version `i`'s page of what changed since: those it shares with the
    /// current version.
    pub(in crate::site) fn since_langs(p: &PolicyInfo, i: usize) -> Vec<String> {
        let Some(c) = p.current else {
            return Vec::new();
        };
        let current = &p.versions[c].languages;
        p.versions[i]
            .languages
            .iter()
            .filter(|l| current.contains(l))
            .cloned()
            .collect()
    }

    /// The digest of what the page of what changed since version `i` is built from: the
    /// code, the policy's context, the index entries of versions `i` to the current one, and
    /// the folders of version `i` and of the current version.
    pub(in crate::site) fn since_deps(
        &self,
        context: &str,
        path: &str,
        p: &PolicyInfo,
        entries: &[String],
        i: usize,
    ) -> String {
        let c = p.current.unwrap_or(i);
        let folder = |k: usize| {
            self.reader
                .entry(&format!("{}/{}", p.id, p.versions[k].version))
                .map(|(oid, _)| oid.to_string())
                .unwrap_or_default()
        };
        let mut parts: Vec<Vec<u8>> = vec![
            self.code.clone().into_bytes(),
            context.as_bytes().to_vec(),
            b"since".to_vec(),
            path.as_bytes().to_vec(),
            folder(i).into_bytes(),
            folder(c).into_bytes(),
        ];
        parts.extend(entries[i..=c].iter().map(|e| e.as_bytes().to_vec()));
        let parts: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
        hash(&parts)
    }

    /// The page of what changed from version `i` to the current version `c`: the diff of
    /// their models, made when the page is (once for all its languages, through `shared`),
    /// classed by the most important of the direct diff and of the versions between.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::site) fn since_page(
        &self,
        p: &'a PolicyInfo,
        i: usize,
        lang: &str,
        jobs: &mut Vec<Job<'a>>,
        deps: String,
        shared: &Shared<JsonDiff>,
        current: &Shared<Policy>,
    ) {
        let c = p.current.expect("a since page has a current version");
        let (v, cur) = (&p.versions[i], &p.versions[c]);
        let path = since_path(&p.id, &v.version, lang);
        let alternates: Vec<(String, String)> = ordered(&Self::since_langs(p, i), self.languages)
            .into_iter()
            .map(|l| {
                let target = since_path(&p.id, &v.version, &l);
                (l, target)
            })
            .collect();
        let w = words(lang);
        let crumbs = self.crumbs(
            p,
            &path,
            lang,
            vec![
                (w.get("changelog").into(), Some(changelog_path(&p.id, lang))),
                (
                    words::version(&v.version, lang),
                    Some(version_path(&p.id, &v.version, &p.lang_of(i, lang))),
                ),
                (w.get("since").into(), None),
            ],
        );
        // The verdict: the current version's row, classed and summed up over every version
        // published since `i`.
        let mut verdict = self.row(p, c, &path, lang, false);
        let mut severity = "none".to_string();
        let mut rules: Vec<String> = Vec::new();
        for k in i + 1..=c {
            let entry = &p.versions[k];
            severity = higher(&severity, &entry.severity).to_string();
            for r in &entry.rules {
                if !rules.contains(r) {
                    rules.push(r.clone());
                }
            }
        }
        // The headline's date: when the newest of the versions of the highest class took
        // effect (the current version's when only the direct diff finds that class).
        let dated: Vec<(String, String)> = (i + 1..=c)
            .map(|k| {
                let entry = &p.versions[k];
                (
                    entry.severity.clone(),
                    wording::date(&entry.effective, lang),
                )
            })
            .collect();
        verdict.author_summary = None;
        verdict.changes_href = None;
        let page = ChangesPage {
            chrome: self.chrome(
                &path,
                lang,
                words::since_title(&v.version, lang),
                &alternates,
                crumbs,
                None,
            ),
            policy_title: p.whose(lang),
            version: verdict,
            previous: self.row(p, i, &path, lang, false),
            compared: words::since_compared(&v.version, &cur.version, c - i, lang),
            headline: String::new(),
            groups: Vec::new(),
            has_prose: false,
        };
        let old = format!("{}/{}/model.json", p.id, v.version);
        let new = format!("{}/{}/model.json", p.id, cur.version);
        let key = self.key(
            &path,
            &(&page, &severity, &rules),
            &[self.reader.oid(&old), self.reader.oid(&new)],
        );
        let lang = lang.to_string();
        let id = p.id.clone();
        let (version, previous) = (cur.version.clone(), v.version.clone());
        let shared = shared.clone();
        let current = current.clone();
        jobs.push(Job::Make {
            path: path.clone(),
            key,
            deps: Some(deps),
            make: Make::Read(Box::new(move |ctx| {
                if shared.borrow().is_none() {
                    let model = |path: &str| -> Result<Policy, Error> {
                        serde_json::from_slice(&ctx.reader.read(path)?)
                            .map_err(|e| Error::Archive(format!("{path}: {e}")))
                    };
                    // The current version's model is read once for all these pages.
                    if current.borrow().is_none() {
                        *current.borrow_mut() = Some(model(&new)?);
                    }
                    let current = current.borrow();
                    let d = crate::diff::diff(&model(&old)?, current.as_ref().expect("read"));
                    *shared.borrow_mut() = Some(JsonDiff::new(&d));
                }
                let shared = shared.borrow();
                let diff = shared.as_ref().expect("made above");
                let mut page = page;
                // The direct diff may find what no single step did (the fail-safe way):
                // the higher class and every subject count.
                let severity = higher(&severity, diff.severity.id());
                let mut rules = rules;
                for change in &diff.changes {
                    if let Some(r) = change.rule {
                        if !rules.iter().any(|x| x == r.id()) {
                            rules.push(r.id().to_string());
                        }
                    }
                }
                page.version.severity = severity.to_string();
                page.version.severity_label = words::severity(severity, &lang);
                page.version.rules = rules.iter().map(|r| RuleView::new(r, &lang)).collect();
                page.version.summary = words::key_changes(&rules, &lang).unwrap_or_default();
                fill_changes(&mut page, diff, &lang, &id, &version, &previous, &path);
                let date = dated
                    .iter()
                    .rev()
                    .find(|(class, _)| class == severity)
                    .map_or(page.version.effective.as_str(), |(_, date)| date.as_str());
                let class = if severity == "none" {
                    "editorial"
                } else {
                    severity
                };
                page.headline = words::headline(class, date, &lang);
                Ok(render(ctx.env, "site-changes.html", &page)?.into_bytes())
            })),
        });
    }
}

/// The more important of two classes (`none`, `editorial`, `minor`, `major`, `consent`).
fn higher<'s>(a: &'s str, b: &'s str) -> &'s str {
    let rank = |s: &str| {
        ["none", "editorial", "minor", "major", "consent"]
            .iter()
            .position(|x| *x == s)
            .unwrap_or(0)
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

/// The version page being planned: version `i` of `p`, in `lang`, at `path`.
struct At<'x> {
    p: &'x PolicyInfo,
    i: usize,
    lang: &'x str,
    path: &'x str,
}

impl At<'_> {
    /// A link from this page to the page at `to`.
    fn link(&self, label: String, to: &str) -> LinkView {
        LinkView {
            label,
            href: rel(self.path, to),
        }
    }

    /// The notice of a recent major or consent version `k`, shown on the current version.
    fn recent_banner(&self, k: usize, items: Vec<String>) -> Banner {
        let (p, lang) = (self.p, self.lang);
        let w = words(lang);
        let vk = &p.versions[k];
        let date = wording::date(&vk.effective, lang);
        let consent = vk.severity == "consent";
        let mut links = Vec::new();
        if k > 0 {
            links.push(self.link(
                w.get("what_changed").into(),
                &changes_path(&p.id, &vk.version, &p.lang_of(k, lang)),
            ));
        }
        if k != self.i {
            links.push(self.link(
                words::version(&vk.version, lang),
                &version_path(&p.id, &vk.version, &p.lang_of(k, lang)),
            ));
        }
        Banner {
            kind: if consent { "consent" } else { "major" },
            title: w.get("notice").into(),
            label: format!("{}{}{}", w.get("notice"), w.get("colon"), vk.version),
            text: if consent {
                words::notice_consent(&date, lang)
            } else {
                words::notice_major(&date, lang)
            },
            items,
            links,
        }
    }

    /// The notice of an upcoming version `u`, shown on the current version (or on `u` itself
    /// when it is the first version and nothing is in effect yet).
    fn upcoming_banner(&self, u: usize, notice_items: Vec<String>) -> Banner {
        let (p, lang) = (self.p, self.lang);
        let w = words(lang);
        let vu = &p.versions[u];
        let date = wording::date(&vu.effective, lang);
        let mut links = vec![self.link(
            w.get("read_version").into(),
            &version_path(&p.id, &vu.version, &p.lang_of(u, lang)),
        )];
        if u > 0 {
            links.push(self.link(
                w.get("what_changed").into(),
                &changes_path(&p.id, &vu.version, &p.lang_of(u, lang)),
            ));
        }
        let (text, items) = if u == self.i {
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
            (text, notice_items)
        };
        Banner {
            kind: "upcoming",
            title: w.get("upcoming_notice").into(),
            label: format!(
                "{}{}{}",
                w.get("upcoming_notice"),
                w.get("colon"),
                vu.version
            ),
            text,
            items,
            links: if u == self.i { Vec::new() } else { links },
        }
    }

    /// On a superseded version: the next version published, fixed once it exists.
    fn superseded_banner(
        &self,
        since: Option<LinkView>,
        current: LinkView,
        changelog: LinkView,
    ) -> Banner {
        let (p, lang) = (self.p, self.lang);
        let w = words(lang);
        let v = &p.versions[self.i];
        let next = &p.versions[self.i + 1];
        Banner {
            kind: "superseded",
            title: w.get("superseded_notice").into(),
            label: format!(
                "{}{}{}",
                w.get("superseded_notice"),
                w.get("colon"),
                v.version
            ),
            text: words::superseded(&next.version, &wording::date(&next.effective, lang), lang),
            items: Vec::new(),
            links: since
                .into_iter()
                .chain([
                    current,
                    self.link(
                        words::version(&next.version, lang),
                        &version_path(&p.id, &next.version, &p.lang_of(self.i + 1, lang)),
                    ),
                    changelog,
                ])
                .collect(),
        }
    }
}
