//! The words the diff's sentences are made of: field and value names, notes, language names.

use crate::locale::{self, Arg};
use crate::model::Rule;

/// The name of a field of the model in a sentence (a field without a name is shown as it is).
pub(crate) fn field_label(field: &str, lang: &str) -> String {
    locale::message(lang, "diff-field", &[("id", Arg::from(field.to_string()))])
}

/// A value of an enumeration of the model (activities, sources, roles ...) in a sentence; a
/// value without a name (a rule's id, a free text) is shown as it is.
pub(crate) fn value_label(value: &str, lang: &str) -> String {
    locale::message(lang, "diff-value", &[("id", Arg::from(value.to_string()))])
}

/// Notes attached to a change, in every language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Note {
    /// Prose near facts under a rule changed: someone should check no fact changed.
    Review { subjects: Vec<Rule> },
    /// Only a translation changed.
    TranslationOnly {
        langs: Vec<String>,
        authoritative: String,
    },
    /// The authoritative text changed and a translation did not.
    TranslationUnchanged { langs: Vec<String> },
    /// A fact removed while one of the same kind was added under another id.
    PossibleRename { id: String },
    /// Two different policies are compared.
    OtherPolicy { old: String, new: String },
}

impl Note {
    pub(crate) fn text(&self, lang: &str) -> String {
        let join = |items: &[String]| Arg::from(crate::locale::format::and(items, lang));
        let (id, args) = match self {
            Note::Review { subjects } => {
                let subjects: Vec<String> = subjects.iter().map(|r| r.subject(lang)).collect();
                ("diff-note-review", vec![("subjects", join(&subjects))])
            }
            Note::TranslationOnly {
                langs,
                authoritative,
            } => (
                "diff-note-translation-only",
                vec![
                    ("langs", join(&language_names(langs, lang))),
                    (
                        "authoritative",
                        Arg::from(language_name(authoritative, lang)),
                    ),
                ],
            ),
            Note::TranslationUnchanged { langs } => (
                "diff-note-translation-unchanged",
                vec![("langs", join(&language_names(langs, lang)))],
            ),
            Note::PossibleRename { id } => (
                "diff-note-possible-rename",
                vec![("id", Arg::from(id.clone()))],
            ),
            Note::OtherPolicy { old, new } => (
                "diff-note-other-policy",
                vec![
                    ("old", Arg::from(old.clone())),
                    ("new", Arg::from(new.clone())),
                ],
            ),
        };
        locale::message(lang, id, &args)
    }
}

/// The name of a language in a sentence: "Chinese (zh-CN)", "英文（en）"; a language without a
/// name is its tag alone.
pub(crate) fn language_name(tag: &str, lang: &str) -> String {
    match locale::language_name(tag, lang) {
        Some(name) => locale::message(
            lang,
            "diff-language",
            &[
                ("name", Arg::from(name)),
                ("tag", Arg::from(tag.to_string())),
            ],
        ),
        None => tag.to_string(),
    }
}

fn language_names(tags: &[String], lang: &str) -> Vec<String> {
    tags.iter().map(|t| language_name(t, lang)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_come_from_the_catalogues_and_unknown_ids_show_as_they_are() {
        assert_eq!(field_label("items", "en"), "personal information");
        assert_eq!(field_label("items", "zh-CN"), "个人信息");
        assert_eq!(field_label("no-such-field", "zh-CN"), "no-such-field");
        assert_eq!(value_label("pipl", "en"), "the PIPL (Art. 53)");
        assert_eq!(value_label("recipients", "en"), "recipients");
        assert_eq!(language_name("zh-CN", "en"), "Chinese (zh-CN)");
        assert_eq!(language_name("en", "zh-CN"), "英文（en）");
        assert_eq!(language_name("xx-YY", "en"), "xx-YY");
    }

    #[test]
    fn notes_join_their_lists_as_the_locale_does() {
        let review = Note::Review {
            subjects: vec![Rule::ServiceModel, Rule::Recipients, Rule::Contact],
        };
        assert!(review.text("en").ends_with(
            "states the service model, recipients of personal information, and contact details."
        ));
        assert!(review
            .text("zh-CN")
            .ends_with("服务模式、个人信息的接收方和联系方式。"));
    }
}
