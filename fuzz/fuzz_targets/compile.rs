//! Parser + scope analysis + code generation + bytecode verifier.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        let _ = gilt::fuzzing::compile(src);
    }
});
