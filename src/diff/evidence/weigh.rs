//! Weighing the evidence: the rule a prose change falls under, whether its evidence is strong
//! enough to make it major, and the words that say what was found.

use std::collections::{BTreeMap, BTreeSet};

use super::{Evidence, Found, Rule, Said};

/// The major rules, in the order that breaks ties.
pub(super) const RULES: [Rule; 6] = [
    Rule::Ownership,
    Rule::Recipients,
    Rule::Contact,
    Rule::Rights,
    Rule::ServiceModel,
    Rule::RiskAssessment,
];

/// How much a kind of evidence weighs when the rule of a change is chosen: a name, an
/// address or a promise says more than a term, a term more than a cue or a place.
fn weight(e: &Evidence) -> u32 {
    match e.found {
        // A name by its legal form; capitalised words alone may be a product's name.
        Found::Organisation if e.key.starts_with("Organisation:legal:") => 3,
        Found::Organisation => 1,
        Found::Email
        | Found::Phone
        | Found::NegativePromise
        | Found::Exception
        | Found::Quantity => 3,
        // The policy's own terms are labelled by its author, who may also word them otherwise.
        Found::Term if e.key.starts_with("own-term:") => 1,
        Found::Term => 2,
        // A link is as often to another page as to a contact point.
        Found::Url | Found::Cue | Found::Position => 1,
    }
}

/// The rule a prose change is major under, when its evidence is strong enough: the weight of
/// what one version says (new or old, whichever weighs more) reaches two, so that a single cue
/// word, link or capitalised name is not enough, while a name with a legal form, an address,
/// a promise, a vocabulary term or two cues are. A withdrawn or narrowed promise always is.
fn decisive_rule(evidence: &[Evidence]) -> Option<Rule> {
    let rule = primary_rule(evidence)?;
    if rule == Rule::RightsReduced {
        return Some(rule);
    }
    strong_enough(evidence, rule).then_some(rule)
}

/// Every rule a prose change is major under: the decisive one first, then each other rule
/// whose own evidence is strong enough (a paragraph that withdraws an opt-out and names new
/// partners is both a reduction of rights and a change of recipients).
pub fn decisive_rules(evidence: &[Evidence]) -> Vec<Rule> {
    let Some(first) = decisive_rule(evidence) else {
        return Vec::new();
    };
    let mut rules = vec![first];
    // A second rule needs evidence of its own that outweighs a cue and a term together; the
    // rights are one subject whether reduced or not.
    for rule in RULES {
        let same_subject = matches!(
            (first, rule),
            (Rule::RightsReduced, Rule::Rights) | (Rule::Rights, Rule::RightsReduced)
        );
        if rule != first && !same_subject && side_weight(evidence, rule) >= 4 {
            rules.push(rule);
        }
    }
    rules
}

/// Whether the evidence for a rule weighs two or more on one side.
fn strong_enough(evidence: &[Evidence], rule: Rule) -> bool {
    side_weight(evidence, rule) >= 2
}

/// The weight of the evidence for a rule on the side (old or new) where it weighs more.
fn side_weight(evidence: &[Evidence], rule: Rule) -> u32 {
    let side_weight = |side: Said| -> u32 {
        let mine = evidence
            .iter()
            .filter(|e| e.side == side && counts_for(e, rule, evidence));
        // Capitalised names and links count once however many there are: a paragraph of
        // product names or of links to other pages is not a new recipient or contact.
        let (weak, strong): (Vec<&Evidence>, Vec<&Evidence>) = mine
            .partition(|e| weight(e) == 1 && matches!(e.found, Found::Organisation | Found::Url));
        strong.into_iter().map(weight).sum::<u32>() + u32::from(!weak.is_empty())
    };
    side_weight(Said::New).max(side_weight(Said::Old))
}

/// Whether a piece of evidence counts for a rule (an organisation beside an ownership cue
/// counts for ownership).
fn counts_for(e: &Evidence, rule: Rule, all: &[Evidence]) -> bool {
    let ownership_cue = all
        .iter()
        .any(|e| e.rule == Rule::Ownership && e.found == Found::Cue);
    let own = if e.found == Found::Organisation && ownership_cue {
        Rule::Ownership
    } else {
        e.rule
    };
    own == rule
}

/// The rule a change with this evidence falls under: a reduction of rights first; else the
/// rule with the most weight, an organisation named beside an ownership cue counting for
/// ownership; ties in the order ownership, recipients, contact, rights, service model, risk
/// assessment. `None` without evidence.
fn primary_rule(evidence: &[Evidence]) -> Option<Rule> {
    if evidence.iter().any(|e| e.rule == Rule::RightsReduced) {
        return Some(Rule::RightsReduced);
    }
    let mut weights: BTreeMap<Rule, u32> = BTreeMap::new();
    for e in evidence {
        for rule in RULES {
            if counts_for(e, rule, evidence) {
                *weights.entry(rule).or_default() += weight(e);
            }
        }
    }
    let best = weights.values().copied().max()?;
    RULES.into_iter().find(|r| weights.get(r) == Some(&best))
}

/// What was found, for a change's summary in one language: "names a new organisation:
/// Example Analytics Ltd; says: “may be shared with”". The evidence in that language comes
/// first; at most four pieces are named.
pub fn describe(evidence: &[Evidence], rule: Rule, lang: &str) -> String {
    let mut ordered: Vec<&Evidence> = evidence.iter().collect();
    // This rule's evidence first, then the page's language, then the weightiest.
    ordered.sort_by_key(|e| (e.rule != rule, e.lang != lang, std::cmp::Reverse(weight(e))));
    let mut seen = BTreeSet::new();
    let mut parts = Vec::new();
    for e in ordered {
        if parts.len() == 4 {
            break;
        }
        // A term and a cue found in the same words are named once.
        if !seen.insert((e.side, e.text.to_lowercase())) {
            continue;
        }
        let side = if e.side == Said::New { "new" } else { "old" };
        let facts = e.key.starts_with("position:facts:");
        let found = match e.found {
            Found::Organisation => format!("organisation-{side}"),
            Found::Email => format!("email-{side}"),
            Found::Url => format!("url-{side}"),
            Found::Phone => format!("phone-{side}"),
            Found::Term => format!("term-{side}"),
            Found::Cue => format!("cue-{side}"),
            Found::NegativePromise => format!("promise-{side}"),
            Found::Exception => format!("exception-{side}"),
            Found::Quantity => "quantity".to_string(),
            // The facts its section states.
            Found::Position if facts => format!("facts-{side}"),
            // The words of its section's title or its list's lead-in.
            Found::Position => format!("under-{side}"),
        };
        let what = if facts {
            e.rule.subject(lang).to_string()
        } else {
            crate::diff::rules::message(lang, "diff-excerpt", &[("text", e.text.clone())])
        };
        let label = crate::diff::rules::message(lang, "evidence-found", &[("found", found)]);
        let part =
            crate::diff::rules::message(lang, "diff-labelled", &[("label", label), ("text", what)]);
        if parts.contains(&part) {
            continue;
        }
        parts.push(part);
    }
    parts.join(&crate::diff::rules::message(lang, "summary-separator", &[]))
}
