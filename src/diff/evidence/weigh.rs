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
    let zh = matches!(lang.split('-').next(), Some("zh"));
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
        let new = e.side == Said::New;
        let (en, cn) = match (e.found, new) {
            (Found::Organisation, true) => ("names a new organisation", "新提及机构"),
            (Found::Organisation, false) => ("no longer names the organisation", "不再提及机构"),
            (Found::Email, true) => ("gives a new e-mail address", "新增电子邮件地址"),
            (Found::Email, false) => ("no longer gives the e-mail address", "不再提供电子邮件地址"),
            (Found::Url, true) => ("gives a new web address", "新增网址"),
            (Found::Url, false) => ("no longer gives the web address", "不再提供网址"),
            (Found::Phone, true) => ("gives a new phone number", "新增电话号码"),
            (Found::Phone, false) => ("no longer gives the phone number", "不再提供电话号码"),
            (Found::Term, true) => ("now mentions", "新增提及"),
            (Found::Term, false) => ("no longer mentions", "不再提及"),
            (Found::Cue, true) => ("now says", "新增表述"),
            (Found::Cue, false) => ("no longer says", "删除表述"),
            (Found::NegativePromise, false) => ("withdraws the promise", "撤回承诺"),
            (Found::NegativePromise, true) => ("makes a new promise", "新增承诺"),
            (Found::Exception, true) => ("adds an exception", "新增例外"),
            (Found::Exception, false) => ("removes an exception", "删除例外"),
            (Found::Quantity, _) => ("changes a number", "数字变更"),
            // The facts its section states.
            (Found::Position, true) if e.key.starts_with("position:facts:") => {
                ("added where the policy states", "新增于涉及以下内容的部分")
            }
            (Found::Position, false) if e.key.starts_with("position:facts:") => (
                "removed where the policy states",
                "删除于涉及以下内容的部分",
            ),
            // The words of its section's title or its list's lead-in.
            (Found::Position, true) => ("added under words that say", "新增于以下表述之下"),
            (Found::Position, false) => ("removed from under words that say", "删除自以下表述之下"),
        };
        let what = if e.key.starts_with("position:facts:") {
            e.rule.subject(lang).to_string()
        } else {
            format!("“{}”", e.text)
        };
        let part = if zh {
            format!("{cn}：{what}")
        } else {
            format!("{en}: {what}")
        };
        if parts.contains(&part) {
            continue;
        }
        parts.push(part);
    }
    parts.join(if zh { "；" } else { "; " })
}
