//! Exceptions as the runtime raises them: `Exc` is a raised exception object travelling up the
//! Rust call stack as the `Err` of a `PResult`.

use crate::objects::dict::DictMap;
use crate::objects::object::{ExcObj, ExcState, Object};
use crate::objects::types::{self, exc_type, ExcKind};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::sync::Lock;

/// A raised exception: a reference to an `Object::Exception`.
#[derive(Clone)]
pub struct Exc(pub ObjRef);

impl Exc {
    /// A new exception of built-in kind `kind` with one string argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> Exc {
        Exc::with_args(exc_type(kind).clone(), vec![Value::str(msg.into())])
    }

    /// A new exception of built-in kind `kind` with no arguments.
    pub fn bare(kind: ExcKind) -> Exc {
        Exc::with_args(exc_type(kind).clone(), vec![])
    }

    pub fn with_args(class: ObjRef, args: Vec<Value>) -> Exc {
        Exc(ObjRef::new(Object::Exception(Box::new(ExcObj {
            class,
            state: Lock::new(ExcState {
                args: Value::tuple(args),
                traceback: vec![],
                cause: None,
                context: None,
                suppress_context: false,
                attrs: DictMap::new(),
            }),
        }))))
    }

    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }

    pub fn obj(&self) -> &ExcObj {
        match &*self.0 {
            Object::Exception(e) => e,
            _ => unreachable_exc(),
        }
    }

    pub fn class(&self) -> &ObjRef {
        &self.obj().class
    }

    pub fn is_kind(&self, kind: ExcKind) -> bool {
        crate::objects::types::is_subtype(self.class(), exc_type(kind))
    }

    pub fn args(&self) -> Value {
        self.obj().state.lock().args.clone()
    }

    pub fn same(&self, other: &Exc) -> bool {
        ObjRef::ptr_eq(&self.0, &other.0)
    }
}

/// The OSError subclass CPython picks for an errno.
fn errno_kind(errno: i64) -> Option<ExcKind> {
    use ExcKind as K;
    Some(match errno {
        1 | 13 => K::PermissionError,
        2 => K::FileNotFoundError,
        3 => K::ProcessLookupError,
        4 => K::InterruptedError,
        10 => K::ChildProcessError,
        11 | 114 | 115 => K::BlockingIOError,
        17 => K::FileExistsError,
        20 => K::NotADirectoryError,
        21 => K::IsADirectoryError,
        32 | 108 => K::BrokenPipeError,
        103 => K::ConnectionAbortedError,
        104 => K::ConnectionResetError,
        110 => K::TimeoutError,
        111 => K::ConnectionRefusedError,
        _ => return None,
    })
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: called as `OSError`
/// itself it becomes the subclass for the errno; `args` keeps `(errno, strerror)` and the
/// parts are also attributes.
pub fn new_os_error(class: ObjRef, args: Vec<Value>) -> Exc {
    if !(2..=5).contains(&args.len()) {
        return Exc::with_args(class, args);
    }
    let class = match (&args[0], errno_kind_of(&class)) {
        (Value::Int(e), true) => errno_kind(*e).map(|k| exc_type(k).clone()).unwrap_or(class),
        _ => class,
    };
    let exc = Exc::with_args(class, args[..2].to_vec());
    let at = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
    put_attrs(
        &exc,
        &["errno", "strerror", "filename", "filename2"],
        [at(0), at(1), at(2), at(4)],
    );
    exc
}

/// Stores `values` as the attributes `names` of `exc` (the parts of its arguments that
/// OSError, SyntaxError and the Unicode errors also show by name).
fn put_attrs(exc: &Exc, names: &[&str], values: impl IntoIterator<Item = Value>) {
    let mut st = exc.obj().state.lock();
    for (k, v) in names.iter().zip(values) {
        st.attrs.insert(
            crate::objects::intern::intern(k),
            crate::objects::ops::hash_str(k),
            v,
        );
    }
}

/// The attributes of a SyntaxError, from `args` of `(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))`.
pub const SYNTAX_ERROR_ATTRS: [&str; 7] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`: the parts
/// are also attributes.
pub fn new_syntax_error(class: ObjRef, args: Vec<Value>) -> Exc {
    let mut parts = vec![];
    if let Some(m) = args.first() {
        parts.push(m.clone());
        if let (2, Some(Object::Tuple(t))) = (args.len(), args.get(1).and_then(|a| a.as_obj())) {
            parts.extend(t.iter().take(6).cloned());
        }
    }
    let exc = Exc::with_args(class, args);
    put_attrs(&exc, &SYNTAX_ERROR_ATTRS, parts);
    exc
}

/// The attributes of a UnicodeEncodeError or UnicodeDecodeError, in the order of its
/// arguments (a UnicodeTranslateError has no encoding).
pub const UNICODE_ERROR_ATTRS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// `UnicodeDecodeError(encoding, object, start, end, reason)` and the like: with all their
/// arguments, the parts are also attributes.
pub fn new_unicode_error(class: ObjRef, args: Vec<Value>) -> Exc {
    let translate = types::is_subtype(&class, exc_type(ExcKind::UnicodeTranslateError));
    let names = &UNICODE_ERROR_ATTRS[translate as usize..];
    let complete = args.len() == names.len();
    let exc = Exc::with_args(class, args.clone());
    if complete {
        put_attrs(&exc, names, args);
    }
    exc
}

/// Whether `class` is `OSError` itself (only it maps an errno to a subclass).
fn errno_kind_of(class: &ObjRef) -> bool {
    ObjRef::ptr_eq(class, exc_type(ExcKind::OSError))
}

#[cold]
fn unreachable_exc() -> ! {
    unreachable!("Exc always wraps an exception object")
}

pub fn type_error(msg: impl Into<String>) -> Exc {
    Exc::new(ExcKind::TypeError, msg)
}

pub fn value_error(msg: impl Into<String>) -> Exc {
    Exc::new(ExcKind::ValueError, msg)
}

pub fn index_error(msg: impl Into<String>) -> Exc {
    Exc::new(ExcKind::IndexError, msg)
}

pub fn attr_error(msg: impl Into<String>) -> Exc {
    Exc::new(ExcKind::AttributeError, msg)
}

pub fn zero_div(msg: impl Into<String>) -> Exc {
    Exc::new(ExcKind::ZeroDivisionError, msg)
}

pub fn overflow(msg: impl Into<String>) -> Exc {
    Exc::new(ExcKind::OverflowError, msg)
}

pub fn memory_error() -> Exc {
    Exc::bare(ExcKind::MemoryError)
}

pub fn key_error(key: Value) -> Exc {
    Exc::with_args(exc_type(ExcKind::KeyError).clone(), vec![key])
}

pub fn stop_iteration() -> Exc {
    Exc::bare(ExcKind::StopIteration)
}
