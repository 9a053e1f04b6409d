//! The whole interpreter: compiles and runs the input in a fresh interpreter that raises
//! RuntimeError("operation limit exceeded") after LIMIT safe points (calls, loop back edges),
//! so every program ends. Inputs naming import/open/input are skipped (see src/fuzzing.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

const LIMIT: u64 = 20_000;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        let _ = gilt::fuzzing::run(src, LIMIT);
    }
});
