//! Planning the pages: every file of the site as a job with a key, rendered only when the key
//! is not in the previous build's manifest. This file holds the planner and the pages made
//! from the templates alone; [`versions`] the pages made from the archive.

mod archived;
mod lists;
mod receipts;
mod versions;

use super::*;
pub(in crate::site) use archived::*;

impl Job<'_> {
    pub(in crate::site) fn path(&self) -> &String {
        match self {
            Job::Same { path } | Job::Make { path, .. } => path,
        }
    }
}

/// How a file is made, once its key says it must be.
pub(in crate::site) enum Make<'a> {
    /// From the templates alone: made on any core, alongside the others.
    Render(RenderFn<'a>),
    /// From the archive too: made in turn on the thread that reads it.
    Read(ReadFn<'a>),
}

pub(in crate::site) type RenderFn<'a> =
    Box<dyn FnOnce(&Environment<'static>) -> Result<Vec<u8>, Error> + Send + 'a>;
pub(in crate::site) type ReadFn<'a> = Box<dyn FnOnce(&Sources<'_>) -> Result<Vec<u8>, Error> + 'a>;

/// A file of the site.
pub(in crate::site) enum Job<'a> {
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

/// A value made by the first of several jobs that need it (they run in turn on the thread
/// that reads the archive): the diff behind a page of what changed since a version in every
/// language, the current version's model behind all of them.
pub(in crate::site) type Shared<T> = std::rc::Rc<std::cell::RefCell<Option<T>>>;

/// What rendering a page may read: the templates and the archive.
pub(in crate::site) struct Sources<'a> {
    pub(in crate::site) env: &'a Environment<'static>,
    pub(in crate::site) reader: &'a Reader<'a>,
}

pub(in crate::site) struct Planner<'a> {
    pub(in crate::site) config: &'a SiteConfig,
    pub(in crate::site) languages: &'a [String],
    pub(in crate::site) now: jiff::civil::Date,
    /// `now` as YYYY-MM-DD, as the archive's dates are written.
    pub(in crate::site) today: String,
    pub(in crate::site) global: String,
    /// The digest of the code that builds the views (see [`Planner::deps`]).
    pub(in crate::site) code: String,
    pub(in crate::site) reader: &'a Reader<'a>,
    pub(in crate::site) previous: &'a Manifest,
}

impl<'a> Planner<'a> {
    pub(in crate::site) fn today(&self) -> &str {
        &self.today
    }

    /// Whether the previous build made `path` from the inputs of digest `deps`.
    pub(in crate::site) fn same(&self, path: &str, deps: &str) -> bool {
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
    pub(in crate::site) fn deps(
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
    pub(in crate::site) fn context(&self, p: &PolicyInfo) -> String {
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
    pub(in crate::site) fn banners(
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

    pub(in crate::site) fn key(
        &self,
        path: &str,
        view: &impl Serialize,
        blobs: &[Option<git2::Oid>],
    ) -> String {
        let mut parts: Vec<&[u8]> = vec![self.global.as_bytes(), path.as_bytes()];
        for b in blobs {
            parts.push(b.as_ref().map_or(&[], |o| o.as_bytes()));
        }
        // The view last, serialised straight into the hash: a changelog's is a megabyte.
        let mut h = Hasher(prefixed(&parts));
        serde_json::to_writer(&mut h, view).expect("views serialise");
        hex(h.0)
    }

    pub(in crate::site) fn templated<V: Serialize + Send + 'a>(
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

    pub(in crate::site) fn site_title(&self, lang: &str) -> String {
        let fallback = self.languages.first().map(String::as_str).unwrap_or("en");
        self.config.title.get(lang, fallback)
    }

    pub(in crate::site) fn chrome(
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

    /// The breadcrumbs of a page of policy `p` at `path`: the site's home, the policy (linked
    /// to its current version, unless `trail` is empty: then this is that page), then `trail`,
    /// each crumb's label and the path it links to (none for the page itself).
    pub(in crate::site) fn crumbs(
        &self,
        p: &PolicyInfo,
        path: &str,
        lang: &str,
        trail: Vec<(String, Option<String>)>,
    ) -> Vec<Crumb> {
        let current = current_path(&p.id, &p.lang_of(p.shown, lang));
        let mut crumbs = vec![
            self.home_crumb(path, lang),
            Crumb {
                label: p.whose(lang),
                href: (!trail.is_empty()).then(|| rel(path, &current)),
            },
        ];
        crumbs.extend(trail.into_iter().map(|(label, to)| Crumb {
            label,
            href: to.map(|to| rel(path, &to)),
        }));
        crumbs
    }

    pub(in crate::site) fn home_crumb(&self, from: &str, lang: &str) -> Crumb {
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

    pub(in crate::site) fn row(
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
            rules: v.rules.iter().map(|r| RuleView::new(r, lang)).collect(),
            // The subjects of its changes in the reader's words, else the counts publish
            // wrote.
            summary: words::key_changes(&v.rules, lang).unwrap_or_else(|| {
                v.summary
                    .get(lang)
                    .or_else(|| v.summary.get(&p.authoritative))
                    .or_else(|| v.summary.values().next())
                    .cloned()
                    .unwrap_or_default()
            }),
            author_summary: v
                .changelog
                .get(lang)
                .or_else(|| v.changelog.get(&p.authoritative))
                .cloned(),
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
    pub(in crate::site) fn assets(&self, inputs: &Inputs<'_>, jobs: &mut Vec<Job<'a>>) {
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
    pub(in crate::site) fn policy(
        &self,
        p: &'a PolicyInfo,
        jobs: &mut Vec<Job<'a>>,
    ) -> Result<(), Error> {
        let langs = ordered(p.languages(), self.languages);
        let today = self.today();
        // Notices of recent major and consent changes, on the current version's pages.
        let recent = self.recent(p);
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
        let since = self.since_versions(p);
        let current_model: Shared<Policy> = Default::default();
        for (i, v) in p.versions.iter().enumerate() {
            let since_langs = if since.contains(&i) {
                Self::since_langs(p, i)
            } else {
                Vec::new()
            };
            // One diff for the page of what changed since version i in every language.
            let shared: Shared<JsonDiff> = Default::default();
            for lang in &since_langs {
                let path = since_path(&p.id, &v.version, lang);
                let deps = self.since_deps(&context, &path, p, &entries, i);
                if self.same(&path, &deps) {
                    jobs.push(Job::Same { path });
                } else {
                    self.since_page(p, i, lang, jobs, deps, &shared, &current_model);
                }
            }
            for lang in &v.languages {
                let path = version_path(&p.id, &v.version, lang);
                // Whether the page links to what changed since it.
                let kind = if since_langs.contains(lang) {
                    "version-since"
                } else {
                    "version"
                };
                let deps = self.deps(&context, &banners, kind, &path, p, &entries, i);
                if self.same(&path, &deps) {
                    jobs.push(Job::Same { path });
                } else {
                    let page = self.version_page(
                        p, i, lang, &path, false, &recent, &upcoming, &notices, &since,
                    );
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
        // The current version in each language, and in the first as the policy folder's
        // index, so that `…/<id>/` has a page on any static host.
        let first = ordered(&shown.languages, self.languages).into_iter().next();
        let index = first.map(|lang| (format!("{}/index.html", p.id), lang));
        let current = shown
            .languages
            .iter()
            .map(|lang| (current_path(&p.id, lang), lang.clone()));
        for (path, lang) in current.chain(index) {
            let page = self.version_page(
                p,
                p.shown,
                &lang,
                &path,
                true,
                &recent,
                &upcoming,
                &notices,
                &[],
            );
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
        self.versions_index(p, jobs)?;
        self.jsonld_files(p, jobs);
        Ok(())
    }

    /// The major and consent versions up to the current one whose notice is recent, newest
    /// first: the current pages show their banners, the home page a line each.
    pub(in crate::site) fn recent(&self, p: &PolicyInfo) -> Vec<usize> {
        let Some(c) = p.current else {
            return Vec::new();
        };
        (0..=c)
            .rev()
            .filter(|&i| {
                let v = &p.versions[i];
                matches!(v.severity.as_str(), "major" | "consent") && self.is_recent(&v.effective)
            })
            .collect()
    }

    pub(in crate::site) fn is_recent(&self, effective: &str) -> bool {
        let Ok(date) = effective.parse::<jiff::civil::Date>() else {
            return false;
        };
        let end = date
            .checked_add(jiff::Span::new().days(i64::from(self.config.banner_days)))
            .unwrap_or(date);
        date <= self.now && self.now < end
    }

    pub(in crate::site) fn notice_items(
        notice: Option<&serde_json::Value>,
        lang: &str,
    ) -> Vec<String> {
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
}
