//! Lexer + parser: any text must give tokens/a tree or a SyntaxError, never a panic,
//! an abort, a hang or a stack overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        let _ = gilt::fuzzing::lex(src);
        let _ = gilt::fuzzing::parse(src);
    }
});
