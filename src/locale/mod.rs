//! Every language's interface words: the message catalogues of `locales/` (Project Fluent,
//! one file per language, embedded at build time) and the locale's formats of dates and lists
//! (ICU4X, in [`format`]).
//!
//! A message is looked up by its id in the catalogue of the page's language; a policy may only
//! declare languages that have a catalogue (check says which file to add), so the English
//! fallback below is only a guard for callers that format in a language no policy declared.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub mod format;

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// A value given to a message: text or a number (numbers choose plural forms).
pub type Arg = fluent_bundle::FluentValue<'static>;

/// The catalogue every other is checked against: it has every message.
pub const SOURCE: &str = "en";

/// The language tags that have a catalogue, sorted.
pub fn languages() -> impl Iterator<Item = &'static str> {
    CATALOGUES.iter().map(|(tag, _)| *tag)
}

/// The Fluent source of a catalogue, by its exact tag.
pub fn catalogue_source(tag: &str) -> Option<&'static str> {
    CATALOGUES.iter().find(|(t, _)| *t == tag).map(|(_, s)| *s)
}

/// The catalogue that serves a language tag: the tag itself, else (Chinese) the catalogue of
/// its script, else the catalogue of its language alone (`fr-CA` is served by `fr`, `pt` by
/// `pt-BR`). `None` when no catalogue speaks the language.
pub fn catalogue_for(lang: &str) -> Option<&'static str> {
    let lower = lang.to_ascii_lowercase();
    if let Some(tag) = languages().find(|t| t.eq_ignore_ascii_case(lang)) {
        return Some(tag);
    }
    let mut subtags = lower.split(['-', '_']);
    let primary = subtags.next().unwrap_or_default();
    if primary == "zh" {
        let traditional = lower
            .split(['-', '_'])
            .any(|s| matches!(s, "hant" | "tw" | "hk" | "mo"));
        let tag = if traditional { "zh-TW" } else { "zh-CN" };
        return languages().find(|t| *t == tag);
    }
    let same_language = |t: &&str| t.split('-').next() == Some(primary);
    languages()
        .find(|t| t.eq_ignore_ascii_case(primary))
        .or_else(|| languages().find(same_language))
}

struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

fn catalogues() -> &'static BTreeMap<&'static str, Catalogue> {
    static ALL: OnceLock<BTreeMap<&'static str, Catalogue>> = OnceLock::new();
    ALL.get_or_init(|| {
        CATALOGUES
            .iter()
            .map(|(tag, source)| (*tag, load(tag, source)))
            .collect()
    })
}

/// A catalogue's bundle. The catalogues are part of the program: a test parses each and
/// checks that it has every message, so an error here is a bug caught before release.
fn load(tag: &str, source: &str) -> Catalogue {
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let id = tag
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // policyc closes every bidi control itself (diag::bidi_closers); Fluent's isolation marks
    // would only add invisible characters to every page.
    bundle.set_use_isolating(false);
    // Numbers in the locale's digits and grouping, and plural categories, by ICU4X rather
    // than Fluent's own rules: `{ PLURAL($count) -> [one] … *[other] … }`.
    bundle.set_formatter(Some(number));
    let rules = format::plural_rules(tag);
    let _ = bundle.add_function("PLURAL", move |positional, _named| {
        let n = match positional.first() {
            Some(FluentValue::Number(n)) => Some(n.value),
            Some(FluentValue::String(s)) => s.parse::<f64>().ok(),
            _ => None,
        };
        match (n, &rules) {
            (Some(n), Some(rules)) => FluentValue::from(format::category(rules, n)),
            (Some(_), None) => FluentValue::from("other"),
            (None, _) => FluentValue::Error,
        }
    });
    // A message id repeated in one file keeps its first text (a test refuses duplicates).
    let _ = bundle.add_resource(resource);
    Catalogue { bundle }
}

/// ICU4X's decimal formatter, built once per catalogue by the bundle's memoizer.
struct Digits(icu_decimal::DecimalFormatter);

impl intl_memoizer::Memoizable for Digits {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        format::digits(&lang.to_string()).map(Digits).ok_or(())
    }
}

/// A number of a message as its locale writes it (digits, grouping, decimal separator); a
/// number with Fluent formatting options as Fluent writes it.
fn number(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    if n.options != Default::default() {
        return None;
    }
    let decimal = format::decimal(n.value)?;
    intls
        .with_try_get::<Digits, _, _>((), |d| d.0.format(&decimal).to_string())
        .ok()
}

/// A message of the catalogue serving `lang`, with `args` filled in. A message missing from
/// that catalogue (a test refuses it) is taken from the English one; an unknown id is
/// returned as it is, so a bug shows on the page instead of panicking.
pub fn message(lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
    let all = catalogues();
    let chosen = catalogue_for(lang).and_then(|t| all.get(t));
    let found = chosen
        .and_then(|c| c.bundle.get_message(id).map(|m| (c, m)))
        .or_else(|| {
            let en = all.get(SOURCE)?;
            en.bundle.get_message(id).map(|m| (en, m))
        });
    let Some((catalogue, msg)) = found else {
        return id.to_string();
    };
    let Some(pattern) = msg.value() else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    catalogue
        .bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// A message without arguments.
pub fn text(lang: &str, id: &str) -> String {
    message(lang, id, &[])
}

/// A language's name in `lang` (`language-name`): "Chinese" for `zh-CN` in English, "英文"
/// for `en` in Chinese; `None` for a language the catalogues do not name.
pub fn language_name(tag: &str, lang: &str) -> Option<String> {
    let primary = tag.split('-').next().unwrap_or(tag).to_string();
    let name = message(
        lang,
        "language-name",
        &[
            ("language", Arg::from(primary)),
            ("tag", Arg::from(tag.to_string())),
        ],
    );
    (name != tag).then_some(name)
}

/// Every message whose id starts with `prefix`, keyed by the rest of the id with `-` made `_`
/// (`page-back-to-top` -> `back_to_top` for the prefix `page-`): the words a template shows.
pub fn words(lang: &str, prefix: &str) -> BTreeMap<String, String> {
    static IDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let ids = IDS.get_or_init(|| {
        catalogue_source(SOURCE).map_or_else(Vec::new, |en| message_ids(en).collect())
    });
    ids.iter()
        .filter_map(|id| {
            let key = id.strip_prefix(prefix)?.replace('-', "_");
            Some((key, text(lang, id)))
        })
        .collect()
}

/// The ids of the messages of a catalogue's source, in file order (terms, whose ids start
/// with `-`, excluded). A source that does not parse yields the messages that do.
pub fn message_ids(source: &str) -> impl Iterator<Item = &str> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource.body.into_iter().filter_map(|entry| match entry {
        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
        _ => None,
    })
}

#[cfg(test)]
mod tests;
