//! What one text names, for `check`: the same finders the diff's evidence uses (contact
//! details, organisations' names, vocabulary terms by their labels and synonyms), without
//! rules or sides. `check` warns when prose names something no fact declares; it calls this
//! rather than a second set of finders, so the two stages agree on what a text says.

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock, Mutex};

use super::patterns::{builtin_patterns, contacts, find_each, keyed, organisations, Patterns};
use super::{Analyser, Found};

/// What a mention is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mentioned {
    Email,
    Url,
    Phone,
    /// A name with a legal form (`Ltd`, `有限公司` ...) or two or more capitalised words (not
    /// in German, which capitalises every noun).
    Organisation,
    /// A vocabulary term (built-in or the analyser's own), by one of its labels or synonyms.
    Term {
        kind: String,
        id: String,
    },
}

/// One thing a text names.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mention {
    /// Byte offsets in the text.
    pub start: usize,
    pub end: usize,
    pub what: Mentioned,
    /// What makes two mentions the same thing: the normalised address, number or name, the
    /// term.
    pub key: String,
}

/// The terms of the kinds a fact declares by id (the policy's own, or built-in); not the cues.
const TERMS: [&str; 4] = [
    "term:data/",
    "term:right/",
    "own-term:data/",
    "own-term:right/",
];

/// The indices of the built-in term patterns of a language, found once per process.
fn builtin_terms(lang: &str, patterns: &Patterns) -> Arc<Vec<usize>> {
    static INDICES: LazyLock<Mutex<BTreeMap<String, Arc<Vec<usize>>>>> =
        LazyLock::new(|| Mutex::new(BTreeMap::new()));
    let mut indices = INDICES.lock().unwrap_or_else(|e| e.into_inner());
    indices
        .entry(lang.to_string())
        .or_insert_with(|| Arc::new(keyed(patterns, &TERMS)))
        .clone()
}

impl Analyser {
    /// Every e-mail address, URL, phone number, organisation's name and data or right term of
    /// a text in `lang`, in the order of the text; the cue phrases are left out.
    pub fn mentions(&self, text: &str, lang: &str) -> Vec<Mention> {
        let patterns = builtin_patterns(lang);
        let mut hits = Vec::new();
        find_each(patterns, &builtin_terms(lang, patterns), text, &mut hits);
        if let Some(extra) = self.extra.get(lang) {
            find_each(extra, &keyed(extra, &TERMS), text, &mut hits);
        }
        contacts(text, patterns.phone.as_ref(), &mut hits);
        organisations(text, lang, &mut hits);
        let mut out: Vec<Mention> = hits
            .into_iter()
            .filter_map(|h| {
                let what = match h.found {
                    Found::Email => Mentioned::Email,
                    Found::Url => Mentioned::Url,
                    Found::Phone => Mentioned::Phone,
                    Found::Organisation => Mentioned::Organisation,
                    Found::Term => {
                        let term = h
                            .key
                            .strip_prefix("term:")
                            .or_else(|| h.key.strip_prefix("own-term:"))?;
                        let (kind, id) = term.split_once('/')?;
                        Mentioned::Term {
                            kind: kind.to_string(),
                            id: id.to_string(),
                        }
                    }
                    _ => return None,
                };
                // The key names the thing, whatever the finder that saw it.
                let key = match &what {
                    Mentioned::Term { kind, id } => format!("term:{kind}/{id}"),
                    Mentioned::Organisation => h
                        .key
                        .trim_start_matches("Organisation:legal:")
                        .trim_start_matches("Organisation:name:")
                        .to_string(),
                    _ => h.key.clone(),
                };
                Some(Mention {
                    start: h.start,
                    end: h.end,
                    what,
                    key,
                })
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }
}
