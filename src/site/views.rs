//! The view structs the site's templates see.

use super::*;

/// What every site page shows around its content.
#[derive(Clone, Debug, Serialize)]
pub(super) struct Chrome {
    pub(super) lang: String,
    /// The link prefix to the site root ("", "../", "../../"; the base URL on the 404 page).
    pub(super) root: String,
    /// The page's own title.
    pub(super) title: String,
    pub(super) site_title: String,
    pub(super) labels: Words,
    /// This page in every language it exists in.
    pub(super) languages: Vec<Alt>,
    pub(super) crumbs: Vec<Crumb>,
    /// Extra stylesheets of the site folder, as links from this page.
    pub(super) stylesheets: Vec<String>,
    pub(super) feed: Option<LinkView>,
}

#[derive(Clone, Debug, Serialize)]
pub(super) struct Alt {
    pub(super) lang: String,
    pub(super) name: String,
    pub(super) href: String,
    pub(super) current: bool,
}

#[derive(Clone, Debug, Serialize)]
pub(super) struct Crumb {
    pub(super) label: String,
    pub(super) href: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub(super) struct LinkView {
    pub(super) label: String,
    pub(super) href: String,
}

#[derive(Clone, Debug, Serialize)]
pub(super) struct RuleView {
    pub(super) id: String,
    /// The subject in the reader's words ("Who receives your data"): what pages show.
    pub(super) label: String,
    /// One line saying what a change of the subject is about.
    pub(super) meaning: String,
}

impl RuleView {
    pub(super) fn new(id: &str, lang: &str) -> RuleView {
        RuleView {
            id: id.to_string(),
            label: super::words::rule(id, lang),
            meaning: super::words::rule_meaning(id, lang),
        }
    }
}

/// A version as the changelog, diff pages and home page show it.
#[derive(Clone, Debug, Serialize)]
pub(super) struct VersionRow {
    pub(super) version: String,
    pub(super) label: String,
    /// `current`, `upcoming` or `superseded`; none where the page must not change with it.
    pub(super) status: Option<&'static str>,
    pub(super) status_label: Option<String>,
    pub(super) effective: String,
    pub(super) effective_iso: String,
    pub(super) published: String,
    pub(super) published_iso: String,
    pub(super) updated: String,
    pub(super) severity: String,
    pub(super) severity_label: String,
    pub(super) rules: Vec<RuleView>,
    pub(super) summary: String,
    /// The policy's own changelog entry for the version: what changed in the publisher's
    /// words, in the page's language or else the authoritative one.
    pub(super) author_summary: Option<String>,
    pub(super) notice: bool,
    pub(super) acknowledged_consent: bool,
    pub(super) languages: Vec<Alt>,
    pub(super) href: String,
    pub(super) changes_href: Option<String>,
}

/// A notice on a version page.
#[derive(Clone, Debug, Serialize)]
pub(super) struct Banner {
    /// `major`, `consent`, `upcoming` or `superseded`: the `data-notice` attribute.
    pub(super) kind: &'static str,
    /// The banner's short title ("Important change").
    pub(super) title: String,
    /// Its accessible name, unique on the page.
    pub(super) label: String,
    pub(super) text: String,
    /// The changes that need attention, one line each.
    pub(super) items: Vec<String>,
    pub(super) links: Vec<LinkView>,
}

#[derive(Debug, Serialize)]
pub(super) struct VersionPage {
    #[serde(flatten)]
    pub(super) chrome: Chrome,
    /// The label of the page's first link, to the policy's text ("Skip to the policy"; the
    /// policy page's own words).
    pub(super) skip: String,
    pub(super) policy_title: String,
    /// The absolute address of this version's page in this language, printed on paper.
    pub(super) permanent: Option<String>,
    pub(super) version: String,
    /// Whether this is the policy's current page (`<id>/<lang>.html`) rather than the
    /// version's permanent page.
    pub(super) is_current_page: bool,
    pub(super) status: &'static str,
    pub(super) banners: Vec<Banner>,
    pub(super) links: Vec<LinkView>,
    /// The version as JSON-LD with DPV (`dpv.jsonld` beside it), when the archive holds
    /// its model.
    pub(super) jsonld: Option<String>,
}

#[derive(Debug, Serialize)]
pub(super) struct Period {
    pub(super) version: String,
    pub(super) href: String,
    pub(super) from: String,
    pub(super) from_iso: String,
    pub(super) until: Option<String>,
    pub(super) until_iso: Option<String>,
    pub(super) never: bool,
    pub(super) status: &'static str,
    pub(super) status_label: String,
}

#[derive(Debug, Serialize)]
pub(super) struct ChangelogPage {
    #[serde(flatten)]
    pub(super) chrome: Chrome,
    pub(super) policy_title: String,
    pub(super) current: Option<LinkView>,
    pub(super) versions: Vec<VersionRow>,
    pub(super) periods: Vec<Period>,
}

#[derive(Debug, Serialize)]
pub(super) struct ChangesPage {
    #[serde(flatten)]
    pub(super) chrome: Chrome,
    pub(super) policy_title: String,
    pub(super) version: VersionRow,
    pub(super) previous: VersionRow,
    pub(super) compared: String,
    pub(super) headline: String,
    pub(super) groups: Vec<Group>,
    /// Whether any change shows a word diff (the legend is shown then).
    pub(super) has_prose: bool,
}

#[derive(Debug, Serialize)]
pub(super) struct Group {
    pub(super) severity: String,
    pub(super) title: String,
    pub(super) changes: Vec<ChangeView>,
}

/// One change as a reader sees it: what changed, where, in which words. Never the review
/// notes, element paths or rule ids of `policyc diff`: those speak to the author.
#[derive(Debug, Serialize)]
pub(super) struct ChangeView {
    pub(super) severity: String,
    pub(super) severity_label: String,
    pub(super) rule: Option<RuleView>,
    pub(super) kind: String,
    pub(super) kind_label: String,
    pub(super) summary: String,
    pub(super) heading: Option<String>,
    pub(super) href: Option<String>,
    pub(super) prose: Vec<ProseView>,
}

#[derive(Debug, Serialize)]
pub(super) struct ProseView {
    pub(super) lang: String,
    pub(super) name: String,
    pub(super) segments: Vec<SegmentView>,
}

#[derive(Debug, Serialize)]
pub(super) struct SegmentView {
    /// `equal`, `delete` or `insert`.
    pub(super) op: &'static str,
    pub(super) text: String,
}

#[derive(Debug, Serialize)]
pub(super) struct HomePage {
    #[serde(flatten)]
    pub(super) chrome: Chrome,
    pub(super) policies: Vec<HomePolicy>,
}

#[derive(Debug, Serialize)]
pub(super) struct HomePolicy {
    pub(super) id: String,
    pub(super) title: String,
    /// The language of the title (the page's, or the policy's own when it lacks this one).
    pub(super) title_lang: String,
    /// Who publishes it, in the same language as the title.
    pub(super) publisher: String,
    pub(super) href: String,
    pub(super) changelog: String,
    /// The current page in each of its languages.
    pub(super) languages: Vec<Alt>,
    pub(super) current: VersionRow,
    /// Major and consent versions whose notice the policy's pages show today (the same
    /// window: `banner_days` from their effective date), newest first.
    pub(super) recent: Vec<VersionRow>,
    pub(super) upcoming: Vec<VersionRow>,
}

#[derive(Debug, Serialize)]
pub(super) struct NotFoundPage {
    #[serde(flatten)]
    pub(super) chrome: Chrome,
    /// The message and the home page in every language of the site.
    pub(super) messages: Vec<NotFoundMessage>,
}

#[derive(Debug, Serialize)]
pub(super) struct NotFoundMessage {
    pub(super) lang: String,
    pub(super) title: String,
    pub(super) text: String,
    pub(super) home: LinkView,
}
