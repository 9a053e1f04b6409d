//! [`Handle`]: a Gilt object held from Rust, with what a host does to objects — attributes,
//! calls, items, iteration, `repr` and `str`, typed extraction.

use super::convert::{FromGilt, IntoGilt};
use super::{Error, Limit};
use crate::objects::intern::intern;
use crate::objects::value::Value;
use crate::runtime::sync::Gil;
use crate::runtime::traceback;
use crate::runtime::vm::{Interp, LimitHit, PResult, Vm};
use std::mem::ManuallyDrop;
use std::sync::Arc;

/// Runs `f` on a VM of `interp`'s, holding the GIL; a Gilt exception becomes an [`Error`].
pub(crate) fn with_vm<R>(
    interp: &Arc<Interp>,
    f: impl FnOnce(&mut Vm) -> PResult<R>,
) -> Result<R, Error> {
    let _gil = Gil::acquire_for(interp.core.0);
    interp.limits.begin_call();
    let mut vm = Vm::new(Arc::clone(interp));
    let r = f(&mut vm);
    vm.flush_out();
    // (an error's texts are the host's, freed outside any interpreter: not counted)
    r.map_err(|e| {
        crate::runtime::allocator::unmetered(|| match vm.limit_hit {
            Some(hit) => {
                if hit == LimitHit::Cancelled {
                    interp
                        .limits
                        .cancelled
                        .store(false, std::sync::atomic::Ordering::Relaxed);
                }
                Error::Limit(match hit {
                    LimitHit::Operations => Limit::Operations,
                    LimitHit::Time => Limit::Time,
                    LimitHit::Cancelled => Limit::Cancelled,
                    LimitHit::Memory => Limit::Memory,
                })
            }
            None => traceback::to_error(&mut vm, &e),
        })
    })
}

/// Reads `v` as a Rust value for the host: what that allocates is the host's, freed outside
/// any interpreter, so it does not count against a memory limit.
pub(crate) fn to_host<T: FromGilt>(vm: &mut Vm, v: &Value) -> PResult<T> {
    crate::runtime::allocator::unmetered(|| T::from_gilt(vm, v))
}

/// A reference to a Gilt object, held by Rust: the object stays alive while the handle does,
/// across calls and after the interpreter that made it is dropped. Handles are `Send` and
/// `Sync`; every method takes the lock it needs (the GIL, in the GIL build) itself.
///
/// ```
/// let interp = gilt::Interpreter::new();
/// interp.exec(concat!(
///     "class Point:\n",
///     "    def __init__(self, x, y): self.x, self.y = x, y\n",
///     "    def norm2(self): return self.x ** 2 + self.y ** 2\n",
/// )).unwrap();
/// let point_class = interp.get::<gilt::Handle>("Point").unwrap();
/// let p = point_class.call((3, 4)).unwrap();
/// assert_eq!(p.getattr("x").unwrap().extract::<i64>().unwrap(), 3);
/// assert_eq!(p.call_method("norm2", ()).unwrap().extract::<i64>().unwrap(), 25);
/// p.setattr("x", 0).unwrap();
/// assert_eq!(p.call_method("norm2", ()).unwrap().extract::<i64>().unwrap(), 16);
/// ```
pub struct Handle {
    value: ManuallyDrop<Value>,
    interp: ManuallyDrop<Arc<Interp>>,
}

impl Handle {
    /// A handle holding `value` (the caller holds the GIL).
    pub(crate) fn new(interp: &Arc<Interp>, value: Value) -> Handle {
        Handle {
            value: ManuallyDrop::new(value),
            interp: ManuallyDrop::new(Arc::clone(interp)),
        }
    }

    fn run<R>(&self, f: impl FnOnce(&mut Vm, &Value) -> PResult<R>) -> Result<R, Error> {
        with_vm(&self.interp, |vm| f(vm, &self.value))
    }

    /// Whether the handle's interpreter is the one this thread runs now.
    pub(crate) fn is_current(&self) -> bool {
        std::ptr::eq(self.interp.core.0, crate::runtime::gil::current())
    }

    /// The object (reading it needs no lock: the handle keeps it alive).
    pub(super) fn value(&self) -> &Value {
        &self.value
    }

    /// `e` as an [`Error`], with the GIL taken to format it.
    pub(super) fn error(&self, e: crate::runtime::exc::Exc) -> Error {
        match with_vm(&self.interp, |_| Err::<std::convert::Infallible, _>(e)) {
            Err(err) => err,
            Ok(never) => match never {},
        }
    }

    fn wrap(&self, vm: &Vm, v: Value) -> Handle {
        Handle::new(&vm.interp, v)
    }

    /// Reads the object as a Rust value (see [`FromGilt`] for the types).
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// let h = interp.eval::<gilt::Handle>("{'a': [1, 2]}").unwrap();
    /// let m: std::collections::HashMap<String, Vec<i64>> = h.extract().unwrap();
    /// assert_eq!(m["a"], [1, 2]);
    /// ```
    pub fn extract<T: FromGilt>(&self) -> Result<T, Error> {
        self.run(|vm, v| to_host(vm, v))
    }

    /// `obj.name`.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// let s = interp.eval::<gilt::Handle>("'gilt'").unwrap();
    /// let upper = s.getattr("upper").unwrap().call(()).unwrap();
    /// assert_eq!(upper.extract::<String>().unwrap(), "GILT");
    /// assert!(s.getattr("nope").is_err());
    /// ```
    pub fn getattr(&self, name: &str) -> Result<Handle, Error> {
        self.run(|vm, v| {
            let r = vm.get_attr(v, &intern(name))?;
            Ok(self.wrap(vm, r))
        })
    }

    /// `obj.name = value`.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.exec("class C: pass\nc = C()").unwrap();
    /// interp.get::<gilt::Handle>("c").unwrap().setattr("size", 3).unwrap();
    /// assert_eq!(interp.eval::<i64>("c.size * 2").unwrap(), 6);
    /// ```
    pub fn setattr(&self, name: &str, value: impl IntoGilt) -> Result<(), Error> {
        self.run(|vm, v| {
            let x = value.into_gilt(vm)?;
            vm.set_attr(v, &intern(name), x)
        })
    }

    /// `obj(*args)`; `args` is a tuple of Rust values (`()` for none, `(x,)` for one) or a
    /// `Vec` of them.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// let max = interp.eval::<gilt::Handle>("max").unwrap();
    /// assert_eq!(max.call((3, 9, 4)).unwrap().extract::<i64>().unwrap(), 9);
    /// ```
    pub fn call(&self, args: impl IntoArgs) -> Result<Handle, Error> {
        self.call_kw(args, NO_KWARGS)
    }

    /// `obj(*args, **kwargs)`; `kwargs` is any list of (name, value) pairs.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// let sorted = interp.eval::<gilt::Handle>("sorted").unwrap();
    /// let r = sorted.call_kw((vec![3, 1, 2],), [("reverse", true)]).unwrap();
    /// assert_eq!(r.extract::<Vec<i64>>().unwrap(), [3, 2, 1]);
    /// ```
    pub fn call_kw<K: AsRef<str>, V: IntoGilt>(
        &self,
        args: impl IntoArgs,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Handle, Error> {
        self.run(|vm, f| {
            let pos = args.into_args(vm)?;
            let kw = kwargs
                .into_iter()
                .map(|(k, v)| Ok((intern(k.as_ref()), v.into_gilt(vm)?)))
                .collect::<PResult<Vec<_>>>()?;
            let r = vm.call(f, &pos, &kw)?;
            Ok(self.wrap(vm, r))
        })
    }

    /// `obj.name(*args)`.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// let words = interp.eval::<gilt::Handle>("['b', 'a']").unwrap();
    /// words.call_method("append", ("c",)).unwrap();
    /// words.call_method("sort", ()).unwrap();
    /// assert_eq!(words.extract::<Vec<String>>().unwrap(), ["a", "b", "c"]);
    /// ```
    pub fn call_method(&self, name: &str, args: impl IntoArgs) -> Result<Handle, Error> {
        self.run(|vm, v| {
            let m = vm.get_attr(v, &intern(name))?;
            let pos = args.into_args(vm)?;
            let r = vm.call(&m, &pos, &[])?;
            Ok(self.wrap(vm, r))
        })
    }

    /// `obj[key]`.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// let d = interp.eval::<gilt::Handle>("{'k': 'v'}").unwrap();
    /// assert_eq!(d.get_item("k").unwrap().extract::<String>().unwrap(), "v");
    /// let err = d.get_item("missing").unwrap_err();
    /// assert_eq!(err.to_string(), "KeyError: 'missing'");
    /// ```
    pub fn get_item(&self, key: impl IntoGilt) -> Result<Handle, Error> {
        self.run(|vm, v| {
            let k = key.into_gilt(vm)?;
            let r = vm.getitem(v, &k)?;
            Ok(self.wrap(vm, r))
        })
    }

    /// `obj[key] = value`.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// let l = interp.eval::<gilt::Handle>("[0, 0]").unwrap();
    /// l.set_item(1, "one").unwrap();
    /// assert_eq!(l.repr().unwrap(), "[0, 'one']");
    /// ```
    pub fn set_item(&self, key: impl IntoGilt, value: impl IntoGilt) -> Result<(), Error> {
        self.run(|vm, v| {
            let k = key.into_gilt(vm)?;
            let x = value.into_gilt(vm)?;
            vm.setitem(v, &k, x)
        })
    }

    /// `iter(obj)`, as a Rust iterator of handles (an error ends it after being yielded).
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// let r = interp.eval::<gilt::Handle>("range(3)").unwrap();
    /// let items: Vec<i64> = r.iter().unwrap().map(|h| h.unwrap().extract().unwrap()).collect();
    /// assert_eq!(items, [0, 1, 2]);
    /// ```
    pub fn iter(&self) -> Result<Iter, Error> {
        self.run(|vm, v| {
            let it = vm.get_iter(v)?;
            Ok(Iter {
                it: Some(self.wrap(vm, it)),
            })
        })
    }

    /// `repr(obj)`.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// assert_eq!(interp.eval::<gilt::Handle>("('a', 1.5)").unwrap().repr().unwrap(), "('a', 1.5)");
    /// ```
    pub fn repr(&self) -> Result<String, Error> {
        self.run(|vm, v| vm.repr(v))
    }

    /// `str(obj)`; also what `Display` prints.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// let h = interp.eval::<gilt::Handle>("'text'").unwrap();
    /// assert_eq!(h.str().unwrap(), "text");
    /// assert_eq!(format!("<{h}>"), "<text>");
    /// ```
    pub fn str(&self) -> Result<String, Error> {
        self.run(|vm, v| vm.to_str(v))
    }

    /// The name of the object's type (`type(obj).__name__`).
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// assert_eq!(interp.eval::<gilt::Handle>("{1}").unwrap().type_name(), "set");
    /// ```
    pub fn type_name(&self) -> String {
        let _gil = Gil::acquire_for(self.interp.core.0);
        crate::objects::types::type_name(&self.value)
    }

    /// Whether the object is `None`.
    pub fn is_none(&self) -> bool {
        matches!(*self.value, Value::None)
    }

    /// Whether two handles hold the same object (`a is b`).
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.exec("a = []; b = a").unwrap();
    /// let (a, b) = (interp.get::<gilt::Handle>("a").unwrap(), interp.get::<gilt::Handle>("b").unwrap());
    /// assert!(a.is(&b));
    /// assert!(!a.is(&interp.eval::<gilt::Handle>("[]").unwrap()));
    /// ```
    pub fn is(&self, other: &Handle) -> bool {
        self.value.is(&other.value)
    }
}

impl Clone for Handle {
    fn clone(&self) -> Handle {
        let _gil = Gil::acquire_for(self.interp.core.0);
        Handle::new(&self.interp, (*self.value).clone())
    }
}

impl Drop for Handle {
    /// Lets go of the object with the GIL held (in the GIL build counts are plain words).
    /// Inside a free of another interpreter's object (a Rust function that kept the handle),
    /// where the thread may not switch locks, the drop waits for that lock's next safe moment.
    fn drop(&mut self) {
        // SAFETY: the fields move into a new handle, and this one's are never used again.
        let put_off = crate::runtime::gil::defer_if_foreign(self.interp.core.0, || unsafe {
            Handle {
                value: ManuallyDrop::new(ManuallyDrop::take(&mut self.value)),
                interp: ManuallyDrop::new(ManuallyDrop::take(&mut self.interp)),
            }
        });
        if put_off {
            return;
        }
        let _gil = Gil::acquire_for(self.interp.core.0);
        let interp = Arc::clone(&self.interp);
        // what the object frees counts for its interpreter
        crate::runtime::allocator::metered_by(&interp.limits.memory, || {
            // SAFETY: both fields are dropped once, here, and never used again.
            unsafe {
                ManuallyDrop::drop(&mut self.value);
                ManuallyDrop::drop(&mut self.interp);
            }
        });
        // a `__del__` the drop queued runs now, in its interpreter
        if crate::runtime::finalize::waiting_here() {
            let mut vm = Vm::new(interp);
            vm.run_finalizers();
            vm.flush_out();
        }
    }
}

/// Two handles are equal when they hold the same object (`is`, not `==`, which may run
/// Gilt code).
impl PartialEq for Handle {
    fn eq(&self, other: &Handle) -> bool {
        self.is(other)
    }
}

impl std::fmt::Debug for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.repr() {
            Ok(r) => f.write_str(&r),
            Err(_) => write!(f, "<{} object>", self.type_name()),
        }
    }
}

impl std::fmt::Display for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.str() {
            Ok(s) => f.write_str(&s),
            Err(_) => write!(f, "<{} object>", self.type_name()),
        }
    }
}

impl FromGilt for Handle {
    fn from_gilt(vm: &mut Vm, v: &Value) -> PResult<Self> {
        Ok(Handle::new(&vm.interp, v.clone()))
    }
}

impl IntoGilt for Handle {
    fn into_gilt(self, vm: &mut Vm) -> PResult<Value> {
        (&self).into_gilt(vm)
    }
}

/// A handle goes back only into the interpreter that made it: interpreters share no objects
/// (which is what lets each run under its own GIL). Another one gets a `TypeError`.
impl IntoGilt for &Handle {
    fn into_gilt(self, vm: &mut Vm) -> PResult<Value> {
        if !Arc::ptr_eq(&self.interp, &vm.interp) {
            return Err(crate::runtime::exc::Exc::new(
                crate::objects::types::ExcKind::TypeError,
                "the object belongs to another interpreter (pass a Rust value instead)",
            ));
        }
        Ok((*self.value).clone())
    }
}

/// The iterator [`Handle::iter`] gives: each item, or the error that ended the iteration.
pub struct Iter {
    it: Option<Handle>,
}

impl Iterator for Iter {
    type Item = Result<Handle, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let it = self.it.as_ref()?;
        let r = it.run(|vm, v| Ok(vm.next(v)?.map(|x| Handle::new(&vm.interp, x))));
        match r {
            Ok(Some(h)) => Some(Ok(h)),
            Ok(None) => {
                self.it = None;
                None
            }
            Err(e) => {
                self.it = None;
                Some(Err(e))
            }
        }
    }
}

/// Keyword arguments of none: for [`Handle::call`].
const NO_KWARGS: [(&str, ()); 0] = [];

/// Positional arguments for a call: a tuple of up to eight Rust values, `()` for none, or a
/// `Vec` of one type.
pub trait IntoArgs {
    #[doc(hidden)]
    fn into_args(self, vm: &mut Vm) -> PResult<Vec<Value>>;
}

impl<T: IntoGilt> IntoArgs for Vec<T> {
    fn into_args(self, vm: &mut Vm) -> PResult<Vec<Value>> {
        self.into_iter().map(|t| t.into_gilt(vm)).collect()
    }
}

impl IntoArgs for () {
    fn into_args(self, _vm: &mut Vm) -> PResult<Vec<Value>> {
        Ok(Vec::new())
    }
}

macro_rules! tuple_args {
    ($n:literal: $($t:ident $i:tt),*) => {
        impl<$($t: IntoGilt),*> IntoArgs for ($($t,)*) {
            fn into_args(self, vm: &mut Vm) -> PResult<Vec<Value>> {
                Ok(vec![$(self.$i.into_gilt(vm)?),*])
            }
        }
    };
}

for_each_arity!(tuple_args);
