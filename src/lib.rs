//! Gilt: an embeddable Python-like language with a GIL build and a free-threaded build.
//!
//! ```
//! let interp = gilt::Interpreter::new();
//! interp.run("x = 6 * 7", "<example>").unwrap();
//! assert_eq!(interp.get_global("x"), Some(gilt::RustValue::Int(42)));
//! ```
//!
//! The pipeline is source → tokens (`lexer`) → AST (`parser`, from `grammar/gilt.lalrpop`) →
//! bytecode (`compiler`) → `vm`. Everything that differs between the two builds is in `sync`.

pub mod allocator;
pub mod ast;
mod attr;
mod attrcache;
pub mod builtins;
pub mod class;
pub mod code;
pub mod compiler;
pub mod dict;
pub mod dis;
pub mod exc;
pub mod format;
pub mod generator;
pub mod gil;
pub mod intern;
pub mod lexer;
pub mod methods;
pub mod modules;
pub mod object;
pub mod opcode;
pub mod ops;
pub mod parser;
mod repr;
pub mod seq;
pub mod set;
pub mod shape;
pub mod smallstr;
mod strmethods;
pub mod symtable;
pub mod sync;
pub mod token;
pub mod traceback;
pub mod types;
pub mod value;
mod verify;
pub mod vm;

use crate::code::Source;
use crate::dict::DictMap;
use crate::object::{Module, Object};
use crate::sync::{Gil, Lock, ReadMostly};
use crate::value::{ObjRef, Value};
use crate::vm::{Interp, Vm};
use std::sync::Arc;

pub use crate::sync::{BuildMode, BUILD_MODE};

/// The highest recursion limit `sys.setrecursionlimit` accepts; deeper recursion would need
/// more native stack than the interpreter thread is given.
pub const MAX_RECURSION_LIMIT: u32 = 20_000;

/// A value copied out of the interpreter.
#[derive(Clone, Debug, PartialEq)]
pub enum RustValue {
    None,
    Bool(bool),
    Int(i64),
    /// An int too large for i64, in decimal.
    BigInt(String),
    Float(f64),
    Str(String),
    List(Vec<RustValue>),
    Tuple(Vec<RustValue>),
    Dict(Vec<(RustValue, RustValue)>),
    /// Anything else, as its repr.
    Other(String),
}

/// Why running code failed.
#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    /// A SyntaxError (or IndentationError) with its CPython-style report.
    Syntax {
        report: String,
        message: String,
        line: usize,
    },
    /// An uncaught exception: its type name, `str()` and the formatted traceback.
    Exception {
        type_name: String,
        message: String,
        traceback: String,
    },
    /// `sys.exit(code)`.
    Exit(i32),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Syntax { report, .. } => f.write_str(report.trim_end()),
            Error::Exception { traceback, .. } => f.write_str(traceback.trim_end()),
            Error::Exit(c) => write!(f, "exit status {c}"),
        }
    }
}

impl std::error::Error for Error {}

/// One interpreter: a `__main__` namespace, the builtins and the loaded modules.
pub struct Interpreter {
    interp: Arc<Interp>,
    main: ObjRef,
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl Interpreter {
    pub fn new() -> Interpreter {
        Interpreter::with_argv(vec![String::new()])
    }

    /// An interpreter whose `sys.argv` is `argv`.
    pub fn with_argv(argv: Vec<String>) -> Interpreter {
        let _gil = Gil::acquire();
        let interp = Arc::new(Interp {
            builtins: builtins::make_builtins(),
            modules: ObjRef::new(Object::Dict(ReadMostly::new(DictMap::new()))),
            path: Lock::new(vec![script_dir(
                argv.first().map(|s| s.as_str()).unwrap_or(""),
            )]),
            argv: Lock::new(argv),
        });
        let mut d = DictMap::new();
        d.track(crate::dict::Namespace::Module);
        d.insert(
            intern::intern("__name__"),
            ops::hash_str("__name__"),
            Value::str("__main__"),
        );
        let main = ObjRef::new(Object::Dict(ReadMostly::new(d)));
        sync::Ref::make_immortal(&main);
        let module = Value::obj(Object::Module(Module {
            name: "__main__".into(),
            dict: main.clone(),
        }));
        vm::dict_of(&interp.modules).lock().insert(
            Value::str("__main__"),
            ops::hash_str("__main__"),
            module,
        );
        Interpreter { interp, main }
    }

    /// Compiles `source` (named `filename` in errors) to a code object.
    pub fn compile(source: &str, filename: &str) -> Result<code::Code, Error> {
        let src = Arc::new(Source {
            filename: filename.to_string(),
            text: source.to_string(),
        });
        compiler::compile_source(src.clone()).map_err(|e| syntax_error(&e, &src))
    }

    /// Runs `source` in the `__main__` namespace. Standard output is flushed before returning.
    pub fn run(&self, source: &str, filename: &str) -> Result<(), Error> {
        let code = Interpreter::compile(source, filename)?;
        let _gil = Gil::acquire();
        let mut vm = Vm::new(self.interp.clone());
        let r = vm.run_code(sync::Ref::new(code), self.main.clone());
        vm.flush_out();
        types::clear_lookup_cache();
        match r {
            Ok(_) => Ok(()),
            Err(exc) => Err(traceback::to_error(&mut vm, &exc)),
        }
    }

    /// Waits for the threads a program started, as CPython does at exit: calls
    /// `threading._shutdown()` when the program imported `threading`.
    pub fn shutdown_threads(&self) {
        let _gil = Gil::acquire();
        let threading = vm::dict_of(&self.interp.modules)
            .lock()
            .get_str("threading")
            .cloned();
        if let Some(m) = threading {
            let mut vm = Vm::new(self.interp.clone());
            let name = intern::intern("_shutdown");
            if let Ok(f) = vm.get_attr(&m, &name) {
                if let Err(e) = vm.call0(&f) {
                    vm.flush_out();
                    eprint!("{}", traceback::to_error(&mut vm, &e));
                }
            }
            vm.flush_out();
        }
        types::clear_lookup_cache();
    }

    /// Reads a global of `__main__` back as a Rust value.
    pub fn get_global(&self, name: &str) -> Option<RustValue> {
        let _gil = Gil::acquire();
        let v = vm::dict_of(&self.main).lock().get_str(name).cloned()?;
        let mut vm = Vm::new(self.interp.clone());
        Some(to_rust(&mut vm, &v))
    }
}

/// The folder imports search first: the script's own, or the current folder for `-c`, `-`
/// and the REPL.
fn script_dir(argv0: &str) -> String {
    if argv0.is_empty() || argv0 == "-c" || argv0 == "-" {
        return String::new();
    }
    let p = std::path::Path::new(argv0);
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => std::path::absolute(d)
            .map(|a| a.display().to_string())
            .unwrap_or_default(),
        _ => std::path::absolute(".")
            .map(|a| a.display().to_string())
            .unwrap_or_default(),
    }
}

fn to_rust(vm: &mut Vm, v: &Value) -> RustValue {
    match v {
        Value::None => RustValue::None,
        Value::Bool(b) => RustValue::Bool(b.get()),
        Value::Int(i) => RustValue::Int(*i),
        Value::Float(f) => RustValue::Float(f.get()),
        Value::Obj(o) => match &**o {
            Object::Str(s) => RustValue::Str(s.s.to_string()),
            Object::BigInt(b) => RustValue::BigInt(b.to_string()),
            Object::List(l) => {
                let items = l.lock().clone();
                RustValue::List(items.iter().map(|x| to_rust(vm, x)).collect())
            }
            Object::Tuple(t) => RustValue::Tuple(t.iter().map(|x| to_rust(vm, x)).collect()),
            Object::Dict(d) => {
                let items: Vec<(Value, Value)> = d
                    .lock()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                RustValue::Dict(
                    items
                        .iter()
                        .map(|(k, x)| (to_rust(vm, k), to_rust(vm, x)))
                        .collect(),
                )
            }
            _ => RustValue::Other(vm.repr(v).unwrap_or_default()),
        },
    }
}

/// The source the REPL runs for one input: a lone expression is wrapped so its value is shown.
pub fn repl_source(buf: &str) -> String {
    if let Ok(m) = parser::parse_module(buf) {
        if m.len() == 1 {
            if let ast::StmtKind::Expr(_) = m[0].kind {
                return format!("__displayhook__(({}\n))", buf.trim());
            }
        }
    }
    buf.to_string()
}

/// Formats a lexer, parser or compiler error as CPython reports a SyntaxError.
pub fn syntax_error(e: &token::LexError, src: &Source) -> Error {
    let report = traceback::syntax_report(e, src);
    let line = src.text[..e.offset.min(src.text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1;
    Error::Syntax {
        report,
        message: e.msg.clone(),
        line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_and_read_back() {
        let i = Interpreter::new();
        i.run("x = [1, 2.5, 'a', None, (True,)]\ny = 2 ** 100", "<t>")
            .unwrap();
        assert_eq!(
            i.get_global("x"),
            Some(RustValue::List(vec![
                RustValue::Int(1),
                RustValue::Float(2.5),
                RustValue::Str("a".into()),
                RustValue::None,
                RustValue::Tuple(vec![RustValue::Bool(true)]),
            ]))
        );
        assert_eq!(
            i.get_global("y"),
            Some(RustValue::BigInt("1267650600228229401496703205376".into()))
        );
        assert_eq!(i.get_global("nope"), None);
    }

    #[test]
    fn errors_are_reported() {
        let i = Interpreter::new();
        match i.run("1/0", "<t>") {
            Err(Error::Exception {
                type_name, message, ..
            }) => {
                assert_eq!(type_name, "ZeroDivisionError");
                assert_eq!(message, "division by zero");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(i.run("x = (", "<t>"), Err(Error::Syntax { .. })));
        assert_eq!(i.run("import sys\nsys.exit(3)", "<t>"), Err(Error::Exit(3)));
    }
}
