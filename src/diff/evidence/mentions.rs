//! What one text names, for `check`: the same finders the diff's evidence uses (contact
//! details, organisations' names, vocabulary terms by their labels and synonyms), without
//! rules or sides. `check` warns when prose names something no fact declares; it calls this
//! rather than a second set of finders, so the two stages agree on what a text says.

use super::{Analyser, Found};

/// What a mention is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mentioned {
    Email,
    Url,
    Phone,
    /// A name with a legal form (`Ltd`, `有限公司` ...) or two or more capitalised words.
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

impl Analyser {
    /// Every e-mail address, URL, phone number, organisation's name and vocabulary term of
    /// a text in `lang`, in the order of the text; the cue phrases are left out.
    pub fn mentions(&self, text: &str, lang: &str) -> Vec<Mention> {
        let mut out: Vec<Mention> = self
            .hits(text, lang)
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
