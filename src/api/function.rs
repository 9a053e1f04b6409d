//! Rust functions that Gilt code calls: [`Interpreter::register_fn`](crate::Interpreter::register_fn)
//! turns a closure of up to eight typed parameters into a built-in function, converting the
//! arguments with [`FromGilt`] and the result with [`IntoGilt`]. A Rust `Err` becomes a Gilt
//! exception (of the type an [`Exception`] names, or `RuntimeError`), and a panic becomes a
//! `RuntimeError` instead of unwinding into the interpreter.

use super::convert::{FromGilt, IntoGilt};
use crate::objects::object::{NativeFnPtr, NativeObj, Object, TypeKind};
use crate::objects::types::{self, ExcKind};
use crate::objects::value::Value;
use crate::runtime::exc::{type_error, Exc};
use crate::runtime::vm::{plural, Args, PResult, Vm};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::OnceLock;

/// An exception for a Rust function to return: the name of a built-in exception type
/// (`"ValueError"`, `"KeyError"`, …) and its message. A native function's `Err` of any other
/// error type becomes a `RuntimeError` with the error's text.
///
/// ```
/// let interp = gilt::Interpreter::new();
/// interp.register_fn("parse_port", |s: String| -> Result<u16, gilt::Exception> {
///     s.parse().map_err(|_| gilt::Exception::new("ValueError", format!("bad port: {s:?}")))
/// }).unwrap();
/// interp.exec(concat!(
///     "try:\n",
///     "    parse_port('http')\n",
///     "except ValueError as e:\n",
///     "    caught = str(e)\n",
/// )).unwrap();
/// assert_eq!(interp.get::<String>("caught").unwrap(), "bad port: \"http\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exception {
    type_name: String,
    message: String,
}

impl Exception {
    /// An exception of the built-in type `type_name` (an unknown name gives `RuntimeError`).
    pub fn new(type_name: impl Into<String>, message: impl Into<String>) -> Exception {
        Exception {
            type_name: type_name.into(),
            message: message.into(),
        }
    }

    fn into_exc(self) -> Exc {
        let kind = ExcKind::from_name(&self.type_name).unwrap_or(ExcKind::RuntimeError);
        Exc::new(kind, self.message)
    }
}

/// What a Rust function may return: any [`IntoGilt`] value, or a `Result` of one whose error
/// is an [`Exception`] or any `Display` error (a `RuntimeError`).
pub trait IntoCallResult {
    #[doc(hidden)]
    fn into_call_result(self, vm: &mut Vm) -> PResult<Value>;
}

impl<T: IntoGilt> IntoCallResult for T {
    fn into_call_result(self, vm: &mut Vm) -> PResult<Value> {
        self.into_gilt(vm)
    }
}

impl<T: IntoGilt, E: IntoException> IntoCallResult for Result<T, E> {
    fn into_call_result(self, vm: &mut Vm) -> PResult<Value> {
        match self {
            Ok(t) => t.into_gilt(vm),
            Err(e) => Err(e.into_exception()),
        }
    }
}

/// An error a Rust function can return: an [`Exception`], or any `Display` error.
pub trait IntoException {
    #[doc(hidden)]
    fn into_exception(self) -> Exc;
}

impl IntoException for Exception {
    fn into_exception(self) -> Exc {
        self.into_exc()
    }
}

/// An error from calling back into Gilt (a [`Handle`](crate::Handle) method, say) passes the
/// exception it carries on, unchanged; any other kind becomes a `RuntimeError`. An exception
/// of another interpreter (a Rust function of one calling into the other) does not cross: a
/// new one of the same built-in type and text is raised, or a `RuntimeError` naming a class of
/// the program's.
impl IntoException for super::Error {
    fn into_exception(self) -> Exc {
        if let super::Error::Exception {
            exception: Some(h),
            type_name,
            message,
            ..
        } = &self
        {
            if h.is_current() {
                if let Some(Object::Exception(_)) = h.value().as_obj() {
                    return Exc(h.value().as_obj_ref().clone());
                }
            } else {
                // (nothing of the other interpreter is read without its lock: only the texts)
                let builtin =
                    crate::objects::types::exception_types().find(|(n, _)| n == type_name);
                return match builtin {
                    Some((_, class)) => Exc::with_args(class.clone(), vec![Value::str(message)]),
                    None => Exc::new(ExcKind::RuntimeError, format!("{type_name}: {message}")),
                };
            }
        }
        Exc::new(ExcKind::RuntimeError, self.to_string())
    }
}

/// Errors that become the built-in exception named after them, with their text.
macro_rules! into_exception {
    ($($t:ty => $kind:ident),* $(,)?) => {$(
        impl IntoException for $t {
            fn into_exception(self) -> Exc {
                Exc::new(ExcKind::$kind, self.to_string())
            }
        }
    )*};
}

into_exception! {
    String => RuntimeError,
    &str => RuntimeError,
    Box<dyn std::error::Error + Send + Sync> => RuntimeError,
    std::fmt::Error => RuntimeError,
    std::io::Error => OSError,
    std::num::ParseIntError => ValueError,
    std::num::ParseFloatError => ValueError,
}

/// A Rust closure or function that Gilt code can call: `Fn(A, B, …) -> R` with up to eight
/// [`FromGilt`] parameters and an [`IntoCallResult`] result. Trailing `Option<T>` parameters
/// may be left out by the caller.
pub trait NativeFunction<Marker>: Send + Sync + 'static {
    #[doc(hidden)]
    fn call_native(&self, vm: &mut Vm, name: &str, args: &[Option<&Value>]) -> PResult<Value>;
    #[doc(hidden)]
    fn arity() -> (usize, usize);
}

/// The error for argument `i` (0-based) that did not convert.
fn argument_error(name: &str, i: usize, e: Exc) -> Exc {
    let args = e.args();
    let msg = match args.as_obj() {
        Some(Object::Tuple(t)) => t.first().and_then(|m| m.as_str()).unwrap_or("").to_string(),
        _ => String::new(),
    };
    Exc::with_args(
        e.class().clone(),
        vec![Value::str(format!("{name}() argument {}: {msg}", i + 1))],
    )
}

pub(super) fn convert<T: FromGilt>(
    vm: &mut Vm,
    name: &str,
    i: usize,
    v: Option<&Value>,
) -> PResult<T> {
    T::from_gilt(vm, v.unwrap_or(&Value::None)).map_err(|e| argument_error(name, i, e))
}

/// The (required, most) argument counts of parameters of which `optional` may be left out:
/// trailing optional ones only.
pub(super) fn arity_of(optional: &[bool]) -> (usize, usize) {
    let required = optional.iter().rposition(|o| !o).map_or(0, |p| p + 1);
    (required, optional.len())
}

/// Runs the Rust body, turning a panic into a `RuntimeError`.
pub(super) fn guarded<R>(name: &str, body: impl FnOnce() -> R) -> PResult<R> {
    catch_unwind(AssertUnwindSafe(body)).map_err(|p| {
        let what = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".into());
        Exc::new(
            ExcKind::RuntimeError,
            format!("Rust function {name}() panicked: {what}"),
        )
    })
}

macro_rules! native_function {
    ($n:literal: $($t:ident $i:tt),*) => {
        impl<Func, Ret, $($t),*> NativeFunction<($($t,)*)> for Func
        where
            Func: Fn($($t),*) -> Ret + Send + Sync + 'static,
            Ret: IntoCallResult,
            $($t: FromGilt,)*
        {
            #[allow(unused_variables, non_snake_case)]
            fn call_native(&self, vm: &mut Vm, name: &str, args: &[Option<&Value>]) -> PResult<Value> {
                $(let $t = convert::<$t>(vm, name, $i, args.get($i).copied().flatten())?;)*
                let r = guarded(name, || self($($t),*))?;
                r.into_call_result(vm)
            }
            fn arity() -> (usize, usize) {
                arity_of(&[$(<$t as FromGilt>::OPTIONAL),*])
            }
        }
    };
}

native_function!(0:);
for_each_arity!(native_function);

pub(super) type Body = dyn Fn(&mut Vm, &[Option<&Value>]) -> PResult<Value> + Send + Sync;

/// The state of a Rust function object (or of a Rust method, which has an `owner`).
pub(super) struct RustFn {
    pub(super) name: String,
    /// The class whose method this is (its first argument is the instance).
    pub(super) owner: Option<String>,
    /// Parameter names, for keyword arguments (empty: positional only).
    pub(super) params: Vec<String>,
    pub(super) min: usize,
    pub(super) max: usize,
    pub(super) body: Box<Body>,
}

impl RustFn {
    /// The name in messages: `f` or `Class.method`.
    fn display(&self) -> String {
        match &self.owner {
            Some(c) => format!("{c}.{}", self.name),
            None => self.name.clone(),
        }
    }
}

const RUST_FN_METHODS: &[(&str, NativeFnPtr)] =
    &[("__call__", rust_fn_call), ("__repr__", rust_fn_repr)];

fn rust_fn_type() -> &'static crate::objects::value::ObjRef {
    static T: OnceLock<crate::objects::value::ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        types::make_type(
            "builtin_function_or_method",
            Some(&types::types().object),
            TypeKind::Object,
            RUST_FN_METHODS,
        )
    })
}

/// The type of Rust methods: they bind to the instance they are looked up on.
fn rust_method_type() -> &'static crate::objects::value::ObjRef {
    static T: OnceLock<crate::objects::value::ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        types::make_type(
            "method_descriptor",
            Some(&types::types().object),
            TypeKind::NativeMethod,
            RUST_FN_METHODS,
        )
    })
}

fn rust_fn_of(v: &Value) -> PResult<&RustFn> {
    match v.as_obj() {
        Some(Object::NativeObj(n)) => n
            .data
            .downcast_ref::<RustFn>()
            .ok_or_else(|| type_error("descriptor requires a Rust function")),
        _ => Err(type_error("descriptor requires a Rust function")),
    }
}

fn rust_fn_call(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (this, pos) = a
        .pos
        .split_first()
        .ok_or_else(|| type_error("__call__ needs its function"))?;
    let f = rust_fn_of(this)?;
    let name = f.display();
    if pos.len() > f.max {
        return Err(type_error(if f.min == f.max {
            format!(
                "{name}() takes {} argument{} ({} given)",
                f.max,
                plural(f.max),
                pos.len()
            )
        } else {
            format!(
                "{name}() takes at most {} argument{} ({} given)",
                f.max,
                plural(f.max),
                pos.len()
            )
        }));
    }
    let mut slots: Vec<Option<&Value>> = pos.iter().map(Some).collect();
    slots.resize(f.max, None);
    for (k, v) in a.kw {
        let k = k.as_str().unwrap_or("");
        let Some(i) = f.params.iter().position(|p| p == k) else {
            return Err(type_error(format!(
                "{name}() got an unexpected keyword argument '{k}'"
            )));
        };
        if slots[i].is_some() {
            return Err(type_error(format!(
                "{name}() got multiple values for argument '{k}'"
            )));
        }
        slots[i] = Some(v);
    }
    if let Some(i) = slots[..f.min].iter().position(Option::is_none) {
        return Err(type_error(match f.params.get(i) {
            // (a method's instance is not counted)
            Some(p) => format!(
                "{name}() missing required argument '{p}' (pos {})",
                i + usize::from(f.owner.is_none())
            ),
            None => format!(
                "{name}() takes {}{} argument{} ({} given)",
                if f.min == f.max { "" } else { "at least " },
                f.min,
                plural(f.min),
                pos.len()
            ),
        }));
    }
    (f.body)(vm, &slots)
}

fn rust_fn_repr(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let f = rust_fn_of(a.pos.first().unwrap_or(&Value::None))?;
    Ok(Value::str(match &f.owner {
        Some(c) => format!("<method '{}' of '{c}' objects>", f.name),
        None => format!("<built-in function {}>", f.name),
    }))
}

/// Runs `work` with the GIL released, so that other threads run Gilt code meanwhile: for a
/// Rust function that computes, sleeps or waits for I/O without touching Gilt objects. (A
/// [`Handle`](crate::Handle) used inside takes the GIL back for itself.) Outside Gilt code,
/// or in the free-threaded build without `-X gil=1`, it just runs `work`.
///
/// ```
/// let interp = gilt::Interpreter::new();
/// interp.register_fn("slow_sum", |n: u64| gilt::allow_threads(|| (0..n).sum::<u64>())).unwrap();
/// interp.exec(concat!(
///     "import threading\n",
///     "out = []\n",
///     "ts = [threading.Thread(target=lambda: out.append(slow_sum(1000))) for _ in range(2)]\n",
///     "for t in ts: t.start()\n",
///     "for t in ts: t.join()\n",
/// )).unwrap();
/// assert_eq!(interp.get::<Vec<u64>>("out").unwrap(), [499500, 499500]);
/// ```
pub fn allow_threads<R>(work: impl FnOnce() -> R) -> R {
    // a panic takes the GIL back before it goes on unwinding into code that needs it
    let r = crate::runtime::sync::Gil::release_while(crate::runtime::gil::Blocked::Native, || {
        catch_unwind(AssertUnwindSafe(work))
    });
    match r {
        Ok(v) => v,
        Err(p) => std::panic::resume_unwind(p),
    }
}

/// A Gilt function object that runs `f` (the caller holds the GIL).
pub(crate) fn make<M, F: NativeFunction<M>>(name: &str, params: &[&str], f: F) -> Value {
    let (min, max) = F::arity();
    let owned = name.to_string();
    callable(RustFn {
        name: owned.clone(),
        owner: None,
        params: params.iter().take(max).map(|p| p.to_string()).collect(),
        min,
        max,
        body: Box::new(move |vm, args| f.call_native(vm, &owned, args)),
    })
}

/// The Gilt object for a Rust function or method (the caller holds the GIL).
pub(super) fn callable(f: RustFn) -> Value {
    let class = match f.owner {
        Some(_) => rust_method_type(),
        None => rust_fn_type(),
    };
    Value::obj(Object::NativeObj(NativeObj {
        class: class.clone(),
        data: Box::new(f),
    }))
}
