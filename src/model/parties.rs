//! The parties a policy names besides its controller: joint controllers, in-country
//! representatives and supervisory authorities (or external complaint bodies), and the
//! countries of ISO 3166-1 (`vocabulary/countries.toml`) that they and recipients are in.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{FactBase, Maybe, Text};

/// Another controller that decides with the policy's controller how personal information is
/// processed for some purposes (GDPR Art. 26; PIPL Art. 20, "共同处理").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct JointController {
    #[serde(flatten)]
    pub base: FactBase,
    /// The legal name.
    pub name: Text,
    /// An ISO 3166-1 alpha-2 code.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub address: Option<Maybe<Text>>,
    /// Purpose terms: what it is a controller for.
    pub purposes: Vec<String>,
    /// Data terms: the personal information it receives, when it receives any.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub items: Vec<String>,
}

/// The law an in-country representative is appointed under.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Law {
    /// GDPR Art. 27: a representative in the Union.
    Gdpr,
    /// UK GDPR Art. 27: a representative in the United Kingdom.
    UkGdpr,
    /// PIPL Art. 53: a specialised agency or designated representative in China.
    Pipl,
    /// Korea's Personal Information Protection Act (Art. 31-2): a domestic agent.
    Pipa,
}

impl Law {
    pub const ALL: [Law; 4] = [Law::Gdpr, Law::UkGdpr, Law::Pipl, Law::Pipa];

    /// The word the source writes after `under`.
    pub fn id(self) -> &'static str {
        match self {
            Law::Gdpr => "gdpr",
            Law::UkGdpr => "uk-gdpr",
            Law::Pipl => "pipl",
            Law::Pipa => "pipa",
        }
    }
}

/// An in-country representative of a controller established elsewhere.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Representative {
    #[serde(flatten)]
    pub base: FactBase,
    /// The law it is appointed under.
    pub under: Law,
    pub name: Text,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<String>,
    /// How to reach it.
    #[serde(flatten)]
    pub reach: Reach,
}

/// How a representative or an authority is reached: the same four channels, each optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Reach {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub address: Option<Maybe<Text>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub email: Option<Maybe<String>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub phone: Option<Maybe<String>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<Maybe<String>>,
}

/// A supervisory authority, or another body outside the controller that takes complaints.
/// Its `jurisdictions` (in the fact's base) say where it is competent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct Authority {
    #[serde(flatten)]
    pub base: FactBase,
    pub name: Text,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<String>,
    /// How to reach it.
    #[serde(flatten)]
    pub reach: Reach,
}

const COUNTRIES: &str = include_str!("../../vocabulary/countries.toml");

/// code -> language -> name, for every code of ISO 3166-1.
static TABLE: LazyLock<BTreeMap<String, BTreeMap<String, String>>> = LazyLock::new(|| {
    toml::from_str(COUNTRIES)
        .expect("vocabulary/countries.toml is valid TOML (a unit test reads it)")
});

/// Every ISO 3166-1 alpha-2 code, sorted.
pub fn country_codes() -> impl Iterator<Item = &'static str> {
    TABLE.keys().map(String::as_str)
}

/// Whether `code` is an ISO 3166-1 alpha-2 code.
pub fn is_country(code: &str) -> bool {
    TABLE.contains_key(code)
}

/// The name of a country in a language: its column of countries.toml, else the column of the
/// catalogue serving the language (`zh-Hans` reads `zh-CN`), else English; the code itself
/// when it is unknown.
pub fn country_name(code: &str, lang: &str) -> String {
    let Some(names) = TABLE.get(code) else {
        return code.to_string();
    };
    names
        .get(lang)
        .or_else(|| crate::locale::catalogue_for(lang).and_then(|tag| names.get(tag)))
        .or_else(|| names.get("en"))
        .cloned()
        .unwrap_or_else(|| code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_iso_3166_code_has_both_names() {
        assert_eq!(TABLE.len(), 249);
        for (code, names) in TABLE.iter() {
            assert!(
                code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{code}"
            );
            assert!(
                names.contains_key("en") && names.contains_key("zh-CN"),
                "{code}"
            );
            assert!(
                names.keys().eq(TABLE["US"].keys()),
                "{code}: every column is whole"
            );
        }
        assert_eq!(country_name("US", "zh-CN"), "美国");
        assert_eq!(country_name("HK", "zh-CN"), "中国香港");
        assert_eq!(country_name("KR", "en"), "South Korea");
        assert!(is_country("CN") && !is_country("XX") && !is_country("cn"));
    }
}
