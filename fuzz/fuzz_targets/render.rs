//! An edited reference policy that checks -> every format in every language: never a panic,
//! and no markup from the policy's text reaches a page unescaped.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policyc_fuzz::{checked, Edited};

fuzz_target!(|input: Edited| {
    let text = input.text();
    let Some(policy) = checked(&text) else {
        return;
    };
    let renderer = policyc::render::Renderer::new(&Default::default()).expect("built-in templates");
    if let Ok(files) = renderer.render_all(&policy) {
        for (name, content) in files {
            if name.ends_with(".html") {
                assert!(!content.contains("<script>alert"), "{name}: unescaped markup");
                assert!(!content.contains("href=\"javascript:"), "{name}: unsafe link");
            }
        }
    }
});
