//! Two edited versions of one reference policy -> the diff, in every output: never a panic,
//! and a version diffed with itself has no change.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policyc_fuzz::{checked, Edited};

fuzz_target!(|input: (Edited, Vec<policyc_fuzz::Edit>)| {
    let (old, more) = input;
    let old_text = old.text();
    let mut new_text = old_text.clone();
    for e in more.iter().take(16) {
        e.apply(&mut new_text);
    }
    let (Some(a), Some(b)) = (checked(&old_text), checked(&new_text)) else {
        return;
    };
    let d = policyc::diff::diff(&a, &b);
    for lang in &d.languages {
        let _ = policyc::diff::output::human(&d, lang, true);
        let _ = policyc::diff::output::markdown(&d, lang);
    }
    let _ = policyc::diff::output::json(&d);
    assert_eq!(
        policyc::diff::diff(&a, &a).severity,
        policyc::diff::Severity::None
    );
});
