//! The patterns' unit tests: anchors, folding, and the anchored search held to each
//! pattern's own search.

use super::*;

#[test]
fn an_anchor_is_the_longest_piece_the_pattern_keeps_as_written() {
    assert_eq!(anchor("e-mail address", "en").as_deref(), Some("address"));
    assert_eq!(anchor("Opt* outward", "en").as_deref(), Some("outward"));
    assert_eq!(
        anchor("provider's ... Partners", "en").as_deref(),
        Some("partners")
    );
    assert_eq!(
        anchor("个人信息...共享", "zh-CN").as_deref(),
        Some("个人信息")
    );
    assert_eq!(anchor("...", "en"), None);
}

/// Letters `(?i)` takes for others: a long s, a final sigma.
#[test]
fn the_anchors_fold_as_the_patterns_do() {
    let own = |lang: &str, label: &str| {
        let label = (
            "data".to_string(),
            "own".to_string(),
            lang.to_string(),
            label.to_string(),
        );
        build(lang, &[label])
    };
    for (patterns, text) in [
        (own("en", "consent form"), "Sign the conſent form."),
        (own("el", "ΕΠΕΞΕΡΓΑΣ*"), "η επεξεργασια"),
    ] {
        let terms = keyed(&patterns, &["own-term:"]);
        let matched = patterns.list[terms[0]].regex().unwrap().is_match(text);
        let mut hits = Vec::new();
        find_each(&patterns, &terms, text, &mut hits);
        assert!(matched && hits.len() == 1, "{text}");
    }
}

/// Searching with the anchors finds what searching every term pattern finds: each label
/// and synonym of the vocabulary inside a sentence, every other one in capitals, is a
/// text.
#[test]
fn the_anchors_never_hide_a_match() {
    let patterns = build("en", &[]);
    let terms = keyed(&patterns, &["term:"]);
    let mut phrases = Vec::new();
    for terms in vocab::builtin().values() {
        for entry in terms.values() {
            phrases.extend(entry.labels.values().cloned());
        }
    }
    for terms in synonyms().values() {
        for by_lang in terms.values() {
            phrases.extend(by_lang.values().flatten().cloned());
        }
    }
    assert!(phrases.len() > 500, "{}", phrases.len());
    let found = |hits: Vec<Hit>| -> Vec<(String, usize, usize)> {
        let mut out: Vec<_> = hits.into_iter().map(|h| (h.key, h.start, h.end)).collect();
        out.sort();
        out
    };
    let mut total = 0;
    for (n, phrase) in phrases.iter().enumerate() {
        // Every other phrase in capitals, each inside a sentence.
        let phrase = if n % 2 == 0 {
            phrase.clone()
        } else {
            phrase.to_uppercase()
        };
        let text = format!("We keep ({phrase}) safe.");
        let mut fast = Vec::new();
        find_each(&patterns, &terms, &text, &mut fast);
        let mut slow = Vec::new();
        for &i in &terms {
            let p = &patterns.list[i];
            for m in p.regex().into_iter().flat_map(|r| r.find_iter(&text)) {
                slow.push(Hit {
                    key: p.key.clone(),
                    rule: p.rule,
                    found: p.found,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
        let fast = found(fast);
        total += fast.len();
        assert_eq!(fast, found(slow), "{text}");
    }
    assert!(total > phrases.len() / 2, "{total} matches in all");
}

/// A pattern's two groups are searched apart; where their matches overlap, the joined
/// pattern decides, as one regular expression would have.
#[test]
fn overlapping_matches_of_the_two_groups_are_those_of_the_joined_pattern() {
    let label = |lang: &str, text: &str| {
        (
            "data".to_string(),
            "own".to_string(),
            lang.to_string(),
            text.to_string(),
        )
    };
    // A spaced alternative and an unspaced one that match at the same place.
    let patterns = build("en", &[label("en", "IP address"), label("zh-CN", "IP add")]);
    let terms = keyed(&patterns, &["own-term:"]);
    let text = "Your IP address and an IP add here.";
    let mut hits = Vec::new();
    find_each(&patterns, &terms, text, &mut hits);
    let spans: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    let joined: Vec<(usize, usize)> = patterns.list[terms[0]]
        .regex()
        .unwrap()
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    assert_eq!(spans, joined);
    assert_eq!(spans, [(5, 15), (23, 29)]);
}

/// The same for the cue phrases of every language, in the text of that language, with
/// `find` (every pattern: terms, concepts and plain cues), against every pattern's regex
/// run alone: a cue's anchor never hides one of its matches.
#[test]
fn the_anchors_never_hide_a_cue() {
    let (mut checked, mut matched) = (0, 0);
    let mut langs: Vec<&String> = cues().values().flat_map(|t| t.keys()).collect();
    langs.sort();
    langs.dedup();
    for lang in langs {
        let patterns = build(lang, &[]);
        for table in cues().values() {
            for phrase in table.get(lang).into_iter().flatten() {
                let said = concept(phrase).map_or(phrase.as_str(), |(_, said)| said);
                for (n, alt) in said.split('|').enumerate() {
                    // A text that says the phrase: a word for each gap, an ending for
                    // each open word, capitals every other time.
                    let alt = alt.trim().replace("...", "several").replace('*', "ing");
                    let alt = if n % 2 == 0 { alt } else { alt.to_uppercase() };
                    let text = format!("We ({alt}) here.");
                    let mut fast = Vec::new();
                    find(&patterns, &text, &mut fast);
                    let mut slow = Vec::new();
                    for p in &patterns.list {
                        for m in p.regex().into_iter().flat_map(|r| r.find_iter(&text)) {
                            slow.push((p.key.clone(), m.start(), m.end()));
                        }
                    }
                    let mut fast: Vec<_> =
                        fast.into_iter().map(|h| (h.key, h.start, h.end)).collect();
                    fast.sort();
                    slow.sort();
                    assert_eq!(fast, slow, "{lang}: {text}");
                    checked += 1;
                    matched += usize::from(!fast.is_empty());
                }
            }
        }
    }
    // Most texts match: not all, since the made-up ending is English and a phrase ending
    // in a full stop ("z. hd.") needs a letter after it.
    assert!(
        checked > 3000 && matched * 3 > checked * 2,
        "{matched} of {checked} cue phrases"
    );
}
