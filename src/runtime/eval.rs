//! `eval`, `exec` and `compile`: source compiled while the program runs, and run with a
//! globals dict and, apart from it, a locals dict.
//!
//! The compiler makes such code with `LoadName`/`StoreName` at the top level
//! (`codegen::compile_dynamic`), and the frame runs with the locals as its namespace, as a
//! class body does. Called by name with no dicts, `eval(s)` and `exec(s)` get the caller's
//! `globals()` and `locals()` from the compiler, which passes them as arguments (`call` in
//! codegen), so a function's `exec` sees a snapshot of its locals, as in CPython.
//!
//! Each thread keeps the code of the last few source strings it ran, so that `eval` in a
//! loop compiles once (and reserves its inline-cache sites once).

use crate::compiler::code::{Code, Source};
use crate::compiler::codegen::{compile_dynamic, Mode};
use crate::objects::object::Object;
use crate::objects::types::type_name;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{type_error, value_error, Exc};
use crate::runtime::sync::Ref;
use crate::runtime::vm::{Args, PResult, Vm};
use std::sync::Arc;

/// How many compiled strings each thread remembers.
const CACHE: usize = 32;

/// A thread's recently compiled strings, most recent first.
#[derive(Default)]
pub struct EvalCache(Vec<(Mode, String, Ref<Code>)>);

/// `eval(source, globals=None, locals=None)`.
pub fn b_eval(vm: &mut Vm, a: Args) -> PResult<Value> {
    run(vm, a, "eval", Mode::Eval)
}

/// `exec(source, globals=None, locals=None)`.
pub fn b_exec(vm: &mut Vm, a: Args) -> PResult<Value> {
    run(vm, a, "exec", Mode::Exec)?;
    Ok(Value::None)
}

fn run(vm: &mut Vm, a: Args, fname: &str, mode: Mode) -> PResult<Value> {
    a.check(fname, 1, 3, &["globals", "locals"])?;
    let slots = a
        .slots(&["source", "globals", "locals"])
        .map_err(|_| type_error(format!("{fname}() got multiple values for argument")))?;
    let given = |v: Option<&Value>| v.filter(|v| !matches!(v, Value::None)).cloned();
    let (globals, locals) = (given(slots[1]), given(slots[2]));
    let globals = match globals {
        Some(Value::Obj(o)) if matches!(&*o, Object::Dict(_)) => o,
        Some(other) => {
            let msg = if mode == Mode::Exec {
                format!("exec() globals must be a dict, not {}", type_name(&other))
            } else if locals.is_some() {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                "globals must be a dict".to_string()
            };
            return Err(type_error(msg));
        }
        // called through another name, with no globals: the main module's
        None => main_globals(vm)?,
    };
    let locals = match locals {
        None => None,
        Some(Value::Obj(o)) if matches!(&*o, Object::Dict(_)) => Some(o),
        Some(other) => {
            let msg = if mode == Mode::Exec {
                format!(
                    "locals must be a mapping or None, not {}",
                    type_name(&other)
                )
            } else {
                "locals must be a mapping".to_string()
            };
            return Err(type_error(msg));
        }
    };
    let code = match slots[0].map(|v| v.as_obj()) {
        Some(Some(Object::Code(c))) => {
            if !c.freevars.is_empty() {
                return Err(type_error(format!(
                    "code object passed to {fname}() may not contain free variables"
                )));
            }
            c.clone()
        }
        _ => {
            let text = source_text(slots[0].unwrap_or(&Value::None), fname)?;
            // eval ignores the spaces and tabs before an expression
            let text = if mode == Mode::Eval {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            cached_compile(vm, text, mode)?
        }
    };
    ensure_builtins(vm, &globals);
    // global lookups are cached by the dict's address while no namespace changed: a dict
    // made a namespace is one whose changes (and whose successor at its address) are seen
    crate::runtime::vm::dict_of(&globals)
        .lock()
        .track(crate::objects::dict::Namespace::Module);
    let ns = locals.filter(|l| !ObjRef::ptr_eq(l, &globals));
    vm.run_code_in(code, globals, ns)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: a code object.
pub fn b_compile(vm: &mut Vm, a: Args) -> PResult<Value> {
    const NAMES: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    a.check("compile", 3, 6, &NAMES)?;
    let slots = a
        .slots(&NAMES)
        .map_err(|_| type_error("compile() got multiple values for argument"))?;
    let mode = match slots[2].and_then(|m| m.as_str()) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
        None => {
            return Err(type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                type_name(slots[2].unwrap_or(&Value::None))
            )))
        }
    };
    if let Some(Value::Int(flags)) = slots[3] {
        // 0x400 is PyCF_ONLY_AST: Gilt has no `ast` module
        if flags & 0x400 != 0 {
            return Err(value_error(
                "compile(): ast.PyCF_ONLY_AST is not supported by Gilt",
            ));
        }
    }
    let filename = match slots[1].map(|f| (f.as_str(), f)) {
        Some((Some(s), _)) => s.to_string(),
        Some((None, v)) => match v.as_obj() {
            Some(Object::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => {
                return Err(type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    type_name(v)
                )))
            }
        },
        None => unreachable!("check() required three arguments"),
    };
    let source = slots[0].unwrap_or(&Value::None);
    if let Some(Object::Code(_)) = source.as_obj() {
        return Ok(source.clone());
    }
    let text = source_text(source, "compile")?;
    let code = compile_text(vm, text, filename, mode)?;
    Ok(Value::obj(Object::Code(code)))
}

/// The text of a source argument: a str, or bytes (or a bytearray) read as UTF-8.
fn source_text(v: &Value, fname: &str) -> PResult<String> {
    let text = if let Some(s) = v.as_str() {
        s.to_string()
    } else if let Some(b) = crate::objects::bytesmethods::bytes_like(v) {
        String::from_utf8(b.to_vec()).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            Exc::new(
                crate::objects::types::ExcKind::SyntaxError,
                format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte",
                    b[at]
                ),
            )
        })?
    } else {
        let what = if fname == "compile" {
            "compile() arg 1 must be a string, bytes or AST object".to_string()
        } else {
            format!("{fname}() arg 1 must be a string, bytes or code object")
        };
        return Err(type_error(what));
    };
    if text.contains('\0') {
        return Err(value_error("source code string cannot contain null bytes"));
    }
    Ok(text)
}

fn compile_text(vm: &mut Vm, text: String, filename: String, mode: Mode) -> PResult<Ref<Code>> {
    let source = Arc::new(Source { filename, text });
    match compile_dynamic(source.clone(), mode) {
        Ok(code) => Ok(Ref::new(code)),
        Err(e) => Err(vm.syntax_exc(&e, &source)),
    }
}

/// The code of `text` (named `<string>`), from this thread's cache when it was compiled lately.
fn cached_compile(vm: &mut Vm, text: String, mode: Mode) -> PResult<Ref<Code>> {
    let cache = &mut vm.eval_cache.0;
    if let Some(i) = cache.iter().position(|(m, t, _)| *m == mode && *t == text) {
        let hit = cache.remove(i);
        let code = hit.2.clone();
        cache.insert(0, hit);
        return Ok(code);
    }
    let code = compile_text(vm, text.clone(), "<string>".to_string(), mode)?;
    let cache = &mut vm.eval_cache.0;
    cache.truncate(CACHE - 1);
    cache.insert(0, (mode, text, code.clone()));
    Ok(code)
}

/// The globals of `__main__`, for `eval` and `exec` called through another name.
fn main_globals(vm: &mut Vm) -> PResult<ObjRef> {
    let main = vm.import("__main__")?;
    crate::modules::module_dict(&main).ok_or_else(|| type_error("globals must be a dict"))
}

/// Puts `__builtins__` in globals that lack it, as CPython's `exec` and `eval` do.
fn ensure_builtins(vm: &Vm, globals: &ObjRef) {
    let d = crate::runtime::vm::dict_of(globals);
    if d.get_str_cloned("__builtins__").is_none() {
        crate::builtins::put(
            &mut d.lock(),
            "__builtins__",
            Value::Obj(vm.interp.builtins.clone()),
        );
    }
}
