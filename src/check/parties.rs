//! Parties: the named recipient's fields (legal name, country, website, purposes), the
//! controller's group, joint controllers, in-country representatives and authorities; the
//! country codes of ISO 3166-1 they are in; and the short service numbers some countries'
//! numbering plans allow (`110`, `12315`, `311`).

use super::facts::Head;
use super::fields::Fields;
use super::{scalar_str, Checker};
use crate::diag::{Code, Diagnostic};
use crate::model::{self, parties, FactBase, Law, Maybe};
use crate::syntax::{Stmt, Word};

/// Countries whose numbering plans give short service numbers, and the lengths those have
/// (digits; longer numbers are ordinary phone numbers everywhere).
const SERVICE_NUMBERS: &[(&str, &[usize], &str)] = &[
    // 110 (police), 120; 12315 (consumer complaints), 12345 (government service hotlines).
    ("CN", &[3, 4, 5], "such as 110 or 12315"),
    // 110, 119; 188 (consumer hotline).
    ("JP", &[3], "such as 110 or 188"),
    // 112, 182 (police civil service), 1336 (consumer counselling), 1577-style numbers.
    ("KR", &[3, 4], "such as 182 or 1336"),
    // N11 numbers: 311, 411, 911.
    ("US", &[3], "N11 numbers such as 311 or 911"),
];

/// Whether `digits` digits make a service number in `country`.
pub(super) fn service_number(country: &str, digits: usize) -> bool {
    SERVICE_NUMBERS
        .iter()
        .any(|(c, lengths, _)| *c == country && lengths.contains(&digits))
}

/// Whether the joint controller, representative or authority `id` has a value for `field`
/// (its name is required; the rest may be absent).
pub(super) fn party_has_field(facts: &model::Facts, id: &str, field: &str) -> bool {
    let given = |reach: &model::Reach| match field {
        "address" => reach.address.is_some(),
        "email" => reach.email.is_some(),
        "phone" => reach.phone.is_some(),
        "url" => reach.url.is_some(),
        _ => true,
    };
    if let Some(j) = facts.joint_controllers.iter().find(|j| j.base.id == id) {
        return field != "address" || j.address.is_some();
    }
    if let Some(r) = facts.representatives.iter().find(|r| r.base.id == id) {
        return given(&r.reach);
    }
    facts
        .authorities
        .iter()
        .find(|a| a.base.id == id)
        .is_some_and(|a| given(&a.reach))
}

/// The four channels as read, in the order `party_channels` reads them.
fn reach([address, email, phone, url]: [Option<Channel>; 4]) -> model::Reach {
    model::Reach {
        address: address.and_then(Channel::text),
        email: email.and_then(Channel::scalar),
        phone: phone.and_then(Channel::scalar),
        url: url.and_then(Channel::scalar),
    }
}

/// The closest ISO codes to an unknown one: the codes one letter away, then a code whose
/// name the word spells (`China` -> `CN`).
fn nearest_countries(word: &str) -> Vec<&'static str> {
    let upper = word.to_ascii_uppercase();
    if parties::is_country(&upper) {
        // Written in lower case: the code itself.
        return parties::country_codes().filter(|c| *c == upper).collect();
    }
    let by_name: Vec<&str> = parties::country_codes()
        .filter(|c| {
            ["en", "zh-CN"]
                .iter()
                .any(|l| parties::country_name(c, l).eq_ignore_ascii_case(word))
        })
        .collect();
    if !by_name.is_empty() {
        return by_name;
    }
    if upper.len() != 2 {
        return Vec::new();
    }
    parties::country_codes()
        .filter(|c| c.bytes().zip(upper.bytes()).filter(|(a, b)| a != b).count() == 1)
        .take(8)
        .collect()
}

impl Checker {
    /// The `country` field: an ISO 3166-1 alpha-2 code.
    pub(super) fn country(&mut self, f: &Fields<'_>) -> Option<String> {
        let word = f.get("country")?.id()?;
        if parties::is_country(&word.text) {
            return Some(word.text.clone());
        }
        self.unknown_country(word);
        None
    }

    fn unknown_country(&mut self, word: &Word) {
        let nearest = nearest_countries(&word.text);
        let diag = Diagnostic::new(
            Code::UnknownCountry,
            format!("`{}` is not an ISO 3166-1 country code", word.text),
            word.span,
        )
        .with_note("a country is written as its two-letter ISO 3166-1 code in capitals, such as CN, US or DE; vocabulary/countries.toml lists them");
        let help = match nearest.as_slice() {
            [] => "write the country's two-letter code, such as `CN`".to_string(),
            [one] => format!(
                "did you mean `{one}` ({})?",
                parties::country_name(one, "en")
            ),
            many => format!(
                "the nearest codes are {}",
                many.iter()
                    .map(|c| format!("`{c}` ({})", parties::country_name(c, "en")))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        self.error(diag.with_help(help));
    }

    /// A name given in every language, or one string for all (a legal name).
    fn name_text(&mut self, f: &Fields<'_>, field: &str) -> Option<model::Text> {
        f.get(field)
            .and_then(Stmt::text)
            .and_then(|t| self.text(t, true))
    }

    /// A `phone` of a party in `country`: an ordinary phone number, or a short service
    /// number where the country's numbering plan has them.
    fn party_phone(
        &mut self,
        f: &Fields<'_>,
        owner: &str,
        country: Option<&str>,
    ) -> Option<Maybe<String>> {
        let stmt = f.get("phone")?;
        let Some(s) = scalar_str(stmt).filter(|_| stmt.has_keyword("missing").is_none()) else {
            return self.maybe_scalar(f, "phone", owner);
        };
        let value = s.plain();
        let digits = value.chars().filter(char::is_ascii_digit).count();
        let allowed = value
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
        if !allowed || !(3..=4).contains(&digits) {
            return self.maybe_scalar(f, "phone", owner);
        }
        if country.is_some_and(|c| service_number(c, digits)) {
            return Some(Maybe::Given(value));
        }
        let countries: Vec<String> = SERVICE_NUMBERS
            .iter()
            .filter(|(_, lengths, _)| lengths.contains(&digits))
            .map(|(c, _, example)| format!("{c} ({example})"))
            .collect();
        let why = match country {
            Some(c) => format!("the numbering plan of {c} has no {digits}-digit service numbers"),
            None => format!("{owner} has no `country`"),
        };
        self.error(
            Diagnostic::new(
                Code::BadValue,
                format!("`{value}` is too short for a phone number: {why}"),
                s.span,
            )
            .with_help(format!(
                "a service number of {digits} digits is valid only with `country` {}; otherwise write the full number, such as +86 28 1234 5678",
                countries.join(", ")
            )),
        );
        None
    }

    /// The named recipient's own fields: `name`, `country`, `url` and `purposes`.
    pub(super) fn recipient_parties(&mut self, f: &Fields<'_>, owner: &str) -> RecipientParty {
        RecipientParty {
            name: self.name_text(f, "name"),
            country: self.country(f),
            url: self.maybe_scalar(f, "url", owner),
            purposes: self.terms(f, "purposes", "purpose"),
        }
    }

    /// The controller's `group`.
    pub(super) fn controller_group(&mut self, f: &Fields<'_>) -> Option<model::Text> {
        self.name_text(f, "group")
    }

    /// A `joint-controller` fact.
    pub(super) fn joint_controller_fact(
        &mut self,
        f: &Fields<'_>,
        head: &Head<'_>,
        base: FactBase,
    ) {
        let Some(name) = self.name_text(f, "name") else {
            return; // reported as a missing field
        };
        let country = self.country(f);
        let address = self.maybe_text(f, "address", &head.owner);
        let purposes = self.terms(f, "purposes", "purpose");
        let items = self.terms(f, "items", "data");
        self.model.joint_controllers.push(model::JointController {
            base,
            name,
            country,
            address,
            purposes,
            items,
        });
    }

    /// The law a representative is appointed under.
    fn law(&mut self, word: &Word) -> Option<Law> {
        if let Some(law) = Law::ALL.into_iter().find(|l| l.id() == word.text) {
            return Some(law);
        }
        self.error(
            Diagnostic::new(
                Code::BadValue,
                format!("`{}` is no law a representative is appointed under", word.text),
                word.span,
            )
            .with_help("write one of: gdpr (GDPR Art. 27, in the EU), uk-gdpr (UK GDPR Art. 27), pipl (PIPL Art. 53, in China), pipa (Korea's PIPA)"),
        );
        None
    }

    /// A `representative` fact.
    pub(super) fn representative_fact(&mut self, f: &Fields<'_>, head: &Head<'_>, base: FactBase) {
        let under = f.get("under").and_then(Stmt::id).and_then(|w| self.law(w));
        let name = self.name_text(f, "name");
        let country = self.country(f);
        let channels = self.party_channels(f, head, country.as_deref());
        let (Some(under), Some(name)) = (under, name) else {
            return; // reported as a bad or missing field
        };
        self.model.representatives.push(model::Representative {
            base,
            under,
            name,
            country,
            reach: reach(channels),
        });
    }

    /// An `authority` fact.
    pub(super) fn authority_fact(&mut self, f: &Fields<'_>, head: &Head<'_>, base: FactBase) {
        let name = self.name_text(f, "name");
        let country = self.country(f);
        let channels = self.party_channels(f, head, country.as_deref());
        let Some(name) = name else {
            return; // reported as a missing field
        };
        self.model.authorities.push(model::Authority {
            base,
            name,
            country,
            reach: reach(channels),
        });
    }

    /// The address, e-mail, phone and website of a representative or an authority.
    fn party_channels(
        &mut self,
        f: &Fields<'_>,
        head: &Head<'_>,
        country: Option<&str>,
    ) -> [Option<Channel>; 4] {
        let owner = &head.owner;
        [
            self.maybe_text(f, "address", owner).map(Channel::Text),
            self.maybe_scalar(f, "email", owner).map(Channel::Scalar),
            self.party_phone(f, owner, country).map(Channel::Scalar),
            self.maybe_scalar(f, "url", owner).map(Channel::Scalar),
        ]
    }
}

/// A way to reach a party, as read.
enum Channel {
    Text(Maybe<model::Text>),
    Scalar(Maybe<String>),
}

impl Channel {
    fn text(self) -> Option<Maybe<model::Text>> {
        match self {
            Channel::Text(t) => Some(t),
            Channel::Scalar(_) => None,
        }
    }

    fn scalar(self) -> Option<Maybe<String>> {
        match self {
            Channel::Scalar(s) => Some(s),
            Channel::Text(_) => None,
        }
    }
}

/// A recipient's own fields, as read.
pub(super) struct RecipientParty {
    pub name: Option<model::Text>,
    pub country: Option<String>,
    pub url: Option<Maybe<String>>,
    pub purposes: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_numbers_follow_the_numbering_plans() {
        assert!(service_number("CN", 3) && service_number("CN", 5));
        assert!(service_number("US", 3) && !service_number("US", 4));
        assert!(service_number("KR", 4) && !service_number("DE", 3));
    }

    #[test]
    fn the_nearest_codes_are_one_letter_away_or_named() {
        assert_eq!(nearest_countries("China"), vec!["CN"]);
        assert_eq!(nearest_countries("us"), vec!["US"]);
        assert!(nearest_countries("UX").contains(&"US"));
        assert!(nearest_countries("Atlantis").is_empty());
    }
}
