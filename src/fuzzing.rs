//! Entry points for the fuzz targets in `fuzz/` (cargo feature `fuzzing`; not part of the
//! embedding API). Each takes any text and must return, never panic, abort or hang.

use std::sync::Arc;

/// Tokenizes `src`.
pub fn lex(src: &str) -> bool {
    crate::front::lexer::lex(src).is_ok()
}

/// Tokenizes and parses `src` to a syntax tree.
pub fn parse(src: &str) -> bool {
    crate::front::parser::parse_module(src).is_ok()
}

/// Parses, analyses scopes, compiles and verifies every code object of `src`.
pub fn compile(src: &str) -> bool {
    let _gil = crate::runtime::sync::Gil::acquire();
    let source = Arc::new(crate::compiler::code::Source {
        filename: "<fuzz>".into(),
        text: src.to_string(),
    });
    crate::compiler::codegen::compile_source(source).is_ok()
}

/// Runs `src` in a new interpreter, stopping it after `limit` safe points (calls and loop
/// back edges) with `RuntimeError: operation limit exceeded`. Programs that name `import`,
/// `open` or `input` are not run: they could touch files or wait for input.
pub fn run(src: &str, limit: u64) -> bool {
    if ["import", "open", "input", "__import__"]
        .iter()
        .any(|w| src.contains(w))
    {
        return false;
    }
    let interp = crate::Interpreter::builder().operation_limit(limit).build();
    interp.run(src, "<fuzz>").is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn entry_points_accept_good_and_bad_input() {
        assert!(super::lex("x = 1\n") && !super::lex("x = '\n"));
        assert!(super::parse("x = (1,)\n") && !super::parse("x = (\n"));
        assert!(super::compile("def f():\n    return 1\n") && !super::compile("return 1\n"));
        assert!(super::run("x = 0\nfor i in range(10):\n    x += i\n", 1000));
        assert!(
            !super::run("while True:\n    pass\n", 1000),
            "the limit stops a loop"
        );
        assert!(
            !super::run(
                "while True:\n    try:\n        while True: pass\n    except BaseException: pass\n",
                1000
            ),
            "a caught limit error is raised again at the next safe point"
        );
        assert!(!super::run("import os\n", 1000), "imports are not run");
    }
}
