//! Bytes -> read -> parse -> check -> fmt: never a panic, a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policyc_fuzz::front_end;

fuzz_target!(|data: &[u8]| {
    let path = std::path::Path::new("fuzz.policy");
    if let Ok(file) = policyc::source::SourceFile::from_bytes(path, data.to_vec()) {
        front_end(&file.text);
    }
});
