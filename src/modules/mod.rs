//! Modules: the import machinery (native modules, the script's folder, then the embedded
//! `stdlib/`), and the native modules themselves, one file each.

pub mod cmath;
pub mod gc;
pub mod hashlib;
pub(crate) mod import;
pub mod io;
pub mod json;
pub mod math;
pub mod multiprocessing;
pub mod os;
pub mod random;
pub mod re;
pub mod re_parse;
pub mod sandbox;
pub mod sys;
pub mod thread;
pub mod time;
pub mod weakref;
pub mod zlib;
// (native modules: one `pub mod` line each, above; one match arm each in `native_module`)

use crate::compiler::code::Source;
use crate::objects::dict::DictMap;
use crate::objects::object::{Module, NativeFn, NativeFnPtr, Object};
use crate::objects::ops::hash_str;
use crate::objects::types::ExcKind;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::Exc;
use crate::runtime::sync::ReadMostly;
use crate::runtime::vm::{dict_of, Vm};

include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));

/// Builds a native module: functions and values under a name.
pub struct ModuleBuilder {
    name: &'static str,
    dict: DictMap,
}

impl ModuleBuilder {
    pub fn new(name: &'static str) -> ModuleBuilder {
        let mut b = ModuleBuilder {
            name,
            dict: DictMap::new(),
        };
        b = b.value("__name__", Value::str(name));
        b
    }

    pub fn func(self, name: &'static str, f: NativeFnPtr) -> ModuleBuilder {
        self.value(
            name,
            Value::obj(Object::Native(NativeFn {
                name,
                f,
                owner: None,
            })),
        )
    }

    pub fn value(mut self, name: &str, v: Value) -> ModuleBuilder {
        self.dict
            .insert(crate::objects::intern::intern(name), hash_str(name), v);
        self
    }

    pub fn build(mut self) -> Value {
        self.dict.track(crate::objects::dict::Namespace::Module);
        let dict = ObjRef::new(Object::Dict(ReadMostly::new(self.dict)));
        ObjRef::make_immortal_when_shared(&dict);
        let m = Value::obj(Object::Module(Module {
            name: self.name.to_string(),
            dict,
        }));
        m.immortalize_when_shared();
        m
    }
}

/// The native module `name`, freshly built, if there is one (with what this interpreter's
/// scripts may not use taken out).
fn native_module(vm: &mut Vm, name: &str) -> Option<Value> {
    let m = unrestricted_module(vm, name)?;
    sandbox::restrict(vm, name, &m);
    Some(m)
}

fn unrestricted_module(vm: &mut Vm, name: &str) -> Option<Value> {
    Some(match name {
        "sys" => sys::module(vm),
        "builtins" => builtins_module(vm),
        "_thread" => thread::module(vm),
        "math" => math::module(vm),
        "cmath" => cmath::module(vm),
        "random" => random::module(vm),
        "time" => time::module(vm),
        "os" => os::module(vm),
        "gc" => gc::module(vm),
        "_weakref" => weakref::module(vm),
        "_hashlib" => hashlib::module(vm),
        "_zlib" => zlib::module(vm),
        "_json" => json::module(vm),
        "_re" => re::module(vm),
        "_multiprocessing" => multiprocessing::module(vm),
        _ => return None,
    })
}

/// The source of stdlib module `name`, if Gilt ships one.
pub fn stdlib_source(name: &str) -> Option<&'static str> {
    STDLIB.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

impl Vm {
    /// A SyntaxError exception for an error in an imported module's source.
    pub(crate) fn syntax_exc(&mut self, e: &crate::front::token::LexError, src: &Source) -> Exc {
        let kind = match e.kind {
            crate::front::token::ErrorKind::Syntax => ExcKind::SyntaxError,
            crate::front::token::ErrorKind::Indentation => ExcKind::IndentationError,
            crate::front::token::ErrorKind::Tab => ExcKind::TabError,
        };
        let at = e.offset.min(src.text.len());
        let before = &src.text[..at];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        let text = src.line(line as u32).to_string();
        let n = |v: usize| Value::Int(v as i64);
        let details = Value::tuple(vec![
            Value::str(src.filename.clone()),
            n(line),
            n(col),
            Value::str(text),
            n(line),
            n(col),
        ]);
        let class = crate::objects::types::exc_type(kind).clone();
        crate::runtime::exc::new_syntax_error(class, vec![Value::str(e.msg.clone()), details])
    }
}

/// A new module's namespace: `__name__`, the names CPython's import system sets (`__doc__`
/// until a docstring replaces it, `__package__`, `__loader__`, `__spec__`) and
/// `__builtins__` (the builtins module for `__main__`, its dict for other modules).
pub(crate) fn module_namespace(name: &str, builtins: Value) -> DictMap {
    let mut d = DictMap::new();
    d.track(crate::objects::dict::Namespace::Module);
    let package = if name == "__main__" {
        Value::None
    } else {
        Value::str(name.rsplit_once('.').map_or("", |(p, _)| p))
    };
    let entries = [
        ("__name__", Value::str(name)),
        ("__doc__", Value::None),
        ("__package__", package),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
        ("__builtins__", builtins),
    ];
    for (k, v) in entries {
        crate::builtins::put(&mut d, k, v);
    }
    if name == "__main__" {
        let annotations = Value::obj(Object::Dict(ReadMostly::new(DictMap::new())));
        crate::builtins::put(&mut d, "__annotations__", annotations);
        crate::builtins::put(&mut d, "__cached__", Value::None);
    }
    d
}

/// The `builtins` module: its namespace is the interpreter's builtins.
pub(crate) fn builtins_module(vm: &Vm) -> Value {
    Value::obj(Object::Module(Module {
        name: "builtins".into(),
        dict: vm.interp.builtins.clone(),
    }))
}

/// The `__dict__` of a module value.
pub fn module_dict(m: &Value) -> Option<ObjRef> {
    match m.as_obj() {
        Some(Object::Module(md)) => Some(md.dict.clone()),
        _ => None,
    }
}

/// Reads attribute `name` of module dict `d`.
pub fn get(d: &ObjRef, name: &str) -> Option<Value> {
    dict_of(d).get_str_cloned(name)
}
