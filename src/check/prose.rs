//! Prose that names facts (pass 5): an e-mail address, web address or phone number that no
//! contact declares, an organisation no controller or recipient declares, a data term no
//! `collect` declares, a right no `right` declares. Each is a warning at its first mention,
//! with the statement that declares it in its help. Things the prose names only in passing
//! are listed in `in-passing` (the policy's, or a section's for that section).
//!
//! What a text names is found by `diff::evidence` (the finders the diff reads prose with), so
//! the two stages agree on what a text says.

use std::collections::BTreeSet;

use super::*;
use crate::diff::evidence::{Analyser, Mention, Mentioned};

/// What the facts of a policy declare, as the keys of mentions, and the texts that name
/// organisations (names, laws, affiliates, and the texts of controllers and recipients).
#[derive(Default)]
struct Declared {
    keys: BTreeSet<String>,
    phones: Vec<String>,
    names: Vec<String>,
    items: BTreeSet<String>,
    rights: BTreeSet<String>,
    fact_ids: BTreeSet<String>,
    collect: Option<String>,
    contact: Option<String>,
}

/// The things listed in the `in-passing` statements in scope: keys, and texts as written.
#[derive(Clone, Default)]
struct Passing {
    keys: BTreeSet<String>,
    texts: BTreeSet<String>,
}

/// Fields whose text names organisations: a mention the name of which one of them holds is
/// declared.
const NAME_FIELDS: &[&str] = &[
    "name",
    "group",
    "affiliates",
    "address",
    "law",
    "department",
    "officer",
    "label",
];

/// Walks the prose of one policy.
struct Reader<'a> {
    analyser: Analyser,
    declared: Declared,
    languages: &'a [String],
    authoritative: &'a str,
    reported: BTreeSet<String>,
    diags: Vec<Diagnostic>,
    /// Terms the policy uses under some kind: (kind, id).
    used: &'a BTreeSet<(String, String)>,
}

impl Checker {
    /// Pass 5: warns where the prose names what a fact should declare.
    pub(super) fn prose(&mut self, policy: &Stmt) {
        let extra: Vec<(String, String, String, String)> = self
            .custom_terms
            .iter()
            .flat_map(|((kind, id), term)| {
                term.labels.iter().map(move |(lang, label)| {
                    (kind.clone(), id.clone(), lang.clone(), label.clone())
                })
            })
            .collect();
        let mut reader = Reader {
            analyser: Analyser::new(&extra),
            declared: Declared::default(),
            languages: &self.languages,
            authoritative: &self.authoritative,
            reported: BTreeSet::new(),
            diags: Vec::new(),
            used: &self.used_terms,
        };
        reader.declarations(policy.stmts(), None);
        let passing = reader.passing(policy.stmts(), &Passing::default());
        reader.blocks(policy.stmts(), &passing);
        let diags = reader.diags;
        self.diags.extend(diags);
    }
}

impl Reader<'_> {
    /// The mentions of one string, references and link targets' markup left out; offsets are
    /// in the string's raw text.
    fn mentions(&self, string: &syntax::Str, lang: &str) -> Vec<Mention> {
        self.analyser.mentions(&masked(&string.raw), lang)
    }

    /// The languages of a text part (an untagged part is every language's; read as the
    /// authoritative one).
    fn lang_of<'t>(&'t self, part: &'t syntax::TextPart) -> &'t str {
        part.lang
            .as_ref()
            .map_or(self.authoritative, |l| l.text.as_str())
    }

    fn declare_text(&mut self, text: &syntax::Text) {
        for part in &text.parts {
            let lang = self.lang_of(part).to_string();
            let mentions = self.mentions(&part.string, &lang);
            self.declared
                .keys
                .extend(mentions.into_iter().map(|m| m.key));
            self.declared.names.push(normalise(&part.string.plain()));
        }
    }

    /// Records what the facts declare, walking the whole policy.
    fn declarations(&mut self, stmts: &[Stmt], fact: Option<FactKind>) {
        for stmt in stmts {
            match stmt.form {
                Form::Fact => {
                    let kind = FactKind::from_keyword(&stmt.keyword.text);
                    let Some(id) = stmt.id() else { continue };
                    self.declared.fact_ids.insert(id.text.clone());
                    match kind {
                        Some(FactKind::Collect) => {
                            self.declared.collect.get_or_insert(id.text.clone());
                        }
                        Some(FactKind::Contact) => {
                            self.declared.contact.get_or_insert(id.text.clone());
                            // A contact that takes complaints is where the right to complain
                            // is exercised.
                            if stmt.stmts().iter().any(|f| f.keyword.text == "complaints") {
                                self.declared.rights.insert("complaint".to_string());
                            }
                        }
                        Some(FactKind::Right) => {
                            let kind = stmt
                                .stmts()
                                .iter()
                                .find(|f| f.keyword.text == "kind")
                                .and_then(Stmt::id)
                                .unwrap_or(id);
                            self.declared.rights.insert(kind.text.clone());
                        }
                        _ => {}
                    }
                    self.declarations(stmt.stmts(), kind);
                }
                Form::Field => {
                    let key = stmt.keyword.text.as_str();
                    match key {
                        "items" if fact == Some(FactKind::Collect) => {
                            for elem in list_elems(stmt) {
                                if let Elem::Word(w) = elem {
                                    self.declared.items.insert(w.text.clone());
                                }
                            }
                        }
                        "email" | "url" | "phone" => {
                            if let Some(s) = scalar_str(stmt) {
                                let value = s.plain();
                                if key == "phone" {
                                    self.declared.phones.push(digits(&value));
                                }
                                let mentions = self.analyser.mentions(&value, self.authoritative);
                                self.declared
                                    .keys
                                    .extend(mentions.into_iter().map(|m| m.key));
                            }
                        }
                        _ => {}
                    }
                    let owns = matches!(
                        fact,
                        Some(
                            FactKind::Controller
                                | FactKind::Recipient
                                | FactKind::JointController
                                | FactKind::Representative
                                | FactKind::Authority
                        )
                    );
                    if NAME_FIELDS.contains(&key) || (owns && key == "text") {
                        if let Some(text) = stmt.text() {
                            self.declare_text(text);
                        }
                    }
                }
                Form::CaseList
                    if matches!(fact, Some(FactKind::Controller | FactKind::Recipient)) =>
                {
                    for case in stmt.stmts() {
                        if let Some(text) = case.text() {
                            self.declare_text(text);
                        }
                    }
                }
                _ => self.declarations(stmt.stmts(), fact),
            }
        }
    }

    /// The `in-passing` statements among `stmts`, added to those of the enclosing scope.
    fn passing(&self, stmts: &[Stmt], outer: &Passing) -> Passing {
        let mut out = outer.clone();
        for stmt in stmts {
            if stmt.form != Form::Field || stmt.keyword.text != "in-passing" {
                continue;
            }
            for arg in &stmt.args {
                let Arg::Strs(strs) = arg else { continue };
                for s in strs {
                    let plain = s.plain();
                    out.texts.insert(normalise(&plain));
                    for lang in self.languages {
                        for m in self.analyser.mentions(&plain, lang) {
                            out.keys.insert(m.key);
                        }
                    }
                }
            }
        }
        out
    }

    /// The prose of a document: titles, paragraphs, items, and the texts and cases of facts.
    fn blocks(&mut self, stmts: &[Stmt], passing: &Passing) {
        for stmt in stmts {
            match stmt.form {
                Form::Section => {
                    let inner = self.passing(stmt.stmts(), passing);
                    self.blocks(stmt.stmts(), &inner);
                }
                Form::Para | Form::Item | Form::Table | Form::Row | Form::Cell => {
                    if let Some(text) = stmt.text() {
                        self.text(text, passing, None);
                    }
                    self.blocks(stmt.stmts(), passing);
                }
                Form::List => self.blocks(stmt.stmts(), passing),
                Form::Fact => {
                    let owner = FactKind::from_keyword(&stmt.keyword.text);
                    for field in stmt.stmts() {
                        match field.form {
                            Form::Field if field.keyword.text == "text" => {
                                if let Some(text) = field.text() {
                                    self.text(text, passing, owner);
                                }
                            }
                            Form::CaseList => {
                                for case in field.stmts() {
                                    if let Some(text) = case.text() {
                                        self.text(text, passing, owner);
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Warns for each thing one text names that no fact declares. Only the authoritative
    /// language is read: a translation says the same (`inconsistent-translation` compares
    /// their addresses and numbers), and reading it again would warn twice.
    fn text(&mut self, text: &syntax::Text, passing: &Passing, owner: Option<FactKind>) {
        let Some(part) = text
            .parts
            .iter()
            .find(|p| self.lang_of(p) == self.authoritative)
        else {
            return;
        };
        let lang = self.authoritative.to_string();
        let base = part.string.span.start + 1;
        let raw = &part.string.raw;
        let mentions = self.mentions(&part.string, &lang);
        for m in &mentions {
            // A mention inside a longer one ("address" in "e-mail address") is part of it.
            let inside = mentions.iter().any(|o| {
                o.start <= m.start && m.end <= o.end && (o.end - o.start) > (m.end - m.start)
            });
            let said = &raw[m.start..m.end];
            if inside
                || self.reported.contains(&m.key)
                || passing.keys.contains(&m.key)
                || passing.texts.contains(&normalise(said))
                || self.declares(m, said, &lang, owner)
                || not_the_term(m, raw)
            {
                continue;
            }
            if let Some(diag) = self.warning(m, said, Span::new(base + m.start, base + m.end)) {
                self.reported.insert(m.key.clone());
                self.diags.push(diag);
            }
        }
    }

    /// Whether a fact declares what a mention names, or the mention is no such thing.
    fn declares(&self, m: &Mention, said: &str, lang: &str, owner: Option<FactKind>) -> bool {
        let declared = &self.declared;
        match &m.what {
            Mentioned::Email => declared.keys.contains(&m.key),
            // A page of a declared site is the site's.
            Mentioned::Url => declared.keys.iter().any(|k| {
                k.starts_with("Url:") && (m.key == *k || m.key.starts_with(&format!("{k}/")))
            }),
            Mentioned::Phone => {
                let number = digits(said);
                // A service number too short to declare as a phone, or one a contact
                // declares (with or without its country code).
                number.len() < 5
                    || declared.keys.contains(&m.key)
                    || declared
                        .phones
                        .iter()
                        .any(|p| p.ends_with(&number) || number.ends_with(p.as_str()))
            }
            Mentioned::Organisation => {
                declared.keys.contains(&m.key) || declared.names.iter().any(|n| n.contains(&m.key))
            }
            // A negative promise names what is not done ("we do not sell your location
            // data"): neither a right nor data collected.
            Mentioned::Term { kind, .. }
                if owner == Some(FactKind::Promise)
                    && matches!(kind.as_str(), "right" | "data") =>
            {
                true
            }
            Mentioned::Term { kind, id } => match kind.as_str() {
                "data" => declared.items.contains(id) || self.other_kind(kind, id, said, lang),
                // A right's own text describes the right it declares, in its own words.
                "right" => {
                    owner == Some(FactKind::Right)
                        || declared.rights.contains(id)
                        || self.other_kind(kind, id, said, lang)
                }
                _ => true,
            },
        }
    }

    /// Whether the words of a term mention are a term the policy uses under another kind
    /// ("e-mail" as a channel, not the data): by the same id, or by its label.
    fn other_kind(&self, kind: &str, id: &str, said: &str, lang: &str) -> bool {
        let said = normalise(said);
        self.used.iter().any(|(k, i)| {
            k != kind
                && (i == id
                    || vocab::builtin()
                        .get(k)
                        .and_then(|terms| terms.get(i))
                        .and_then(|t| t.labels.get(lang))
                        .is_some_and(|label| normalise(label) == said))
        })
    }

    /// A fact id for a new fact: `wanted`, else with `-2`, `-3` ...
    fn free_id(&self, wanted: &str) -> String {
        let wanted = if wanted.is_empty() { "fact" } else { wanted };
        if !self.declared.fact_ids.contains(wanted) && wanted != "policy" {
            return wanted.to_string();
        }
        (2..)
            .map(|n| format!("{wanted}-{n}"))
            .find(|id| !self.declared.fact_ids.contains(id))
            .unwrap_or_default()
    }

    fn warning(&self, m: &Mention, said: &str, span: Span) -> Option<Diagnostic> {
        let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
        let to_contact = |field: &str, value: &str, id: &str| {
            let id = self.free_id(id);
            format!(
                "declare it in a contact and write `{{@{id}.{field}}}` here: `contact {id} {{ {field} \"{value}\" }}` (or add `{field} \"{value}\"` to a contact you have)"
            )
        };
        let (code, message, help) = match &m.what {
            Mentioned::Email => {
                let local = said.split('@').next().unwrap_or_default();
                (
                    Code::UndeclaredContact,
                    format!(
                        "the e-mail address `{said}` is named here, but no contact declares it"
                    ),
                    to_contact("email", &said, &id_of(local, "email")),
                )
            }
            Mentioned::Url => {
                let url = if said.to_lowercase().starts_with("www.") {
                    format!("https://{said}")
                } else {
                    said.clone()
                };
                (
                    Code::UndeclaredContact,
                    format!("the web address `{said}` is named here, but no contact declares it"),
                    to_contact("url", &url, "website"),
                )
            }
            Mentioned::Phone => (
                Code::UndeclaredContact,
                format!("the phone number `{said}` is named here, but no contact declares it"),
                to_contact("phone", &said, "phone"),
            ),
            Mentioned::Organisation => {
                let id = self.free_id(&id_of(&said, "organisation"));
                let name = said.replace('"', "\\\"");
                let texts: Vec<String> = self
                    .languages
                    .iter()
                    .map(|l| format!("{l} \"{name}\""))
                    .collect();
                (
                    Code::UndeclaredOrganisation,
                    format!("the organisation `{said}` is named here, but no controller or recipient declares it"),
                    format!(
                        "if it receives personal information, declare it (with its kind, activities and conditions): `recipient {id} {{ kind other-parties activities sharing unconditional text {} }}`; if it is the controller, write its name in the controller's `name`",
                        texts.join(" ")
                    ),
                )
            }
            Mentioned::Term { kind, id } if kind == "data" => {
                let fact = self.free_id(id);
                let also = self
                    .declared
                    .collect
                    .as_ref()
                    .map(|c| format!(" (or add `{id}` to the `items` of `collect {c}`)"))
                    .unwrap_or_default();
                (
                    Code::UndeclaredData,
                    format!("`{said}` (the data term `{id}`) is named here, but no `collect` declares it"),
                    format!(
                        "declare it, with its true source and necessity: `collect {fact} {{ items {id} source user necessity necessary }}`{also}"
                    ),
                )
            }
            Mentioned::Term { kind, id } if kind == "right" => {
                let fact = self.free_id(id);
                let kind_field = if fact == *id {
                    String::new()
                } else {
                    format!("kind {id} ")
                };
                let channel = self
                    .declared
                    .contact
                    .as_ref()
                    .map_or("web-form".to_string(), |c| format!("@{c}"));
                (
                    Code::UndeclaredRight,
                    format!("`{said}` (the right `{id}`) is named here, but no `right` declares it"),
                    format!(
                        "declare it, with the channels that take requests: `right {fact} {{ {kind_field}channels {channel} }}`"
                    ),
                )
            }
            Mentioned::Term { .. } => return None,
        };
        Some(
            Diagnostic::new(code, message, span)
                .with_label("named here")
                .with_help(help)
                .with_note("a fact is what the summary, the diff and the model see; if the text names it only in passing, list it in `in-passing` (docs/language.md)"),
        )
    }
}

/// Words beside which a term's words are not the term: an idiom ("rights and interests",
/// "legitimate interests"), or a way of writing to someone ("by e-mail") rather than data.
const NOT_DATA_BEFORE: &[&str] = &[
    "rights and",
    "legitimate",
    "legitimate business",
    "vital",
    "best",
    "public",
    "by",
    "via",
    "through",
];

/// Whether a data term's words are something else where they stand: after the words of an
/// idiom or of a channel, before `of` (the name or address *of* something else: "the age of
/// 14", "the source address of the page request"), or naming the value of a reference that
/// follows (`our e-mail address {@info.email}`: the contact's address, not data collected).
fn not_the_term(m: &Mention, raw: &str) -> bool {
    if !matches!(&m.what, Mentioned::Term { kind, .. } if kind == "data") {
        return false;
    }
    let before = normalise(&raw[..m.start]);
    let idiom = NOT_DATA_BEFORE.iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    });
    let after = raw[m.end..].trim_start();
    let after = after
        .strip_prefix("at ")
        .or_else(|| after.strip_prefix(':'))
        .unwrap_or(after)
        .trim_start();
    let of = after
        .strip_prefix("of")
        .is_some_and(|rest| rest.starts_with(char::is_whitespace));
    idiom || of || after.starts_with("{@")
}

/// A string's raw text with its references (`{@...}`, `{#...}`) blanked, so that offsets stay
/// those of the raw text.
fn masked(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut depth = false;
    let mut prev = '\0';
    for c in raw.chars() {
        if !depth && prev == '{' && (c == '@' || c == '#') {
            out.pop();
            out.push(' ');
            depth = true;
        }
        if depth {
            for _ in 0..c.len_utf8() {
                out.push(' ');
            }
            if c == '}' {
                depth = false;
            }
        } else {
            out.push(c);
        }
        prev = c;
    }
    out
}

/// Lower case, one space between words, no trailing punctuation: how names are compared.
fn normalise(text: &str) -> String {
    text.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', ',', ';', ':'])
        .to_string()
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// An identifier made from a name, or `fallback` when it has no Latin letters.
fn id_of(name: &str, fallback: &str) -> String {
    let mut id = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.starts_with(|c: char| c.is_ascii_lowercase()) {
        id.chars()
            .take(40)
            .collect::<String>()
            .trim_end_matches('-')
            .to_string()
    } else {
        fallback.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_blanked_in_place() {
        let raw = "write to {@info.email} or see {#rights}.";
        let masked = masked(raw);
        assert_eq!(masked.len(), raw.len());
        let blank = |n: usize| " ".repeat(n);
        assert_eq!(
            masked,
            format!("write to {} or see {}.", blank(13), blank(9))
        );
    }

    #[test]
    fn ids_are_made_from_names() {
        assert_eq!(
            id_of("Example Payments GmbH", "organisation"),
            "example-payments-gmbh"
        );
        assert_eq!(id_of("数据有限公司", "organisation"), "organisation");
        assert_eq!(id_of("dpo", "email"), "dpo");
    }

    #[test]
    fn idioms_and_channels_are_not_data() {
        let term = |raw: &str, said: &str| {
            let start = raw.find(said).unwrap();
            let m = Mention {
                start,
                end: start + said.len(),
                what: Mentioned::Term {
                    kind: "data".into(),
                    id: "x".into(),
                },
                key: "term:data/x".into(),
            };
            not_the_term(&m, raw)
        };
        assert!(term("our rights and interests", "interests"));
        assert!(term("write to us by e-mail", "e-mail"));
        assert!(term("under the age of 14", "age"));
        assert!(term("our e-mail address {@info.email}", "e-mail address"));
        assert!(!term("your interests and hobbies", "interests"));
        assert!(!term("your e-mail address and name", "e-mail address"));
    }
}
