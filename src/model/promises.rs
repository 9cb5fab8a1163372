//! The model's promises (issue 15): response times limited to some rights, the scope of the
//! change-notice promise, negative promises (`promise`), and the policy's own changelog.
//! Re-exported by [`super`], beside the other facts.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CaseList, Duration, FactBase, Text};

/// A response time that applies to requests to exercise some rights only
/// (`respond-within 1 month for deletion, access` in `requests`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct ScopedResponse {
    /// Right terms: the kinds of request the time applies to.
    pub rights: Vec<String>,
    pub respond_within: Duration,
}

/// Which changes the change-notice promise covers (`notify-on` in `changes`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum NoticeScope {
    /// Only the changes the policy counts as major (material).
    Material,
    /// Every change.
    Every,
}

/// A negative promise: something the controller says it does not do ("we do not sell your
/// personal information"). Its kind is a `promise` term of the vocabulary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Promise {
    #[serde(flatten)]
    pub base: FactBase,
    /// A promise term (`no-sale`).
    pub kind: String,
    /// Data terms the promise is limited to; every kind of personal information when empty.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub items: Vec<String>,
    /// For `no-transfer-outside` (and the policy's own promise terms): the region terms
    /// personal information stays within.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub regions: Vec<String>,
    /// The cases in which the promise does not hold.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub except: Option<CaseList>,
}

/// One entry of the policy's own list of changes, written by its author.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct ChangelogEntry {
    /// The update date of the version it describes (YYYY-MM-DD).
    pub date: String,
    /// The version it describes, when the date alone does not say (two versions on one day).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub version: Option<String>,
    /// What changed, in every language of the policy.
    pub summary: Text,
}

impl ChangelogEntry {
    /// Whether the entry describes the version `version` updated on `updated`.
    pub fn describes(&self, version: &str, updated: &str) -> bool {
        self.date == updated && self.version.as_deref().is_none_or(|v| v == version)
    }
}
