//! Rust types as Gilt classes: a type that implements [`Class`] becomes a class scripts
//! construct, call methods on, read and set properties of, use with operators and derive
//! from; the host gets the Rust value back out of an instance with [`Handle::borrow`] and
//! [`Handle::borrow_mut`], and such values convert both ways like the built-in types.
//!
//! Each instance keeps its Rust value in a [`ClassCell`]: a re-entrant lock plus a borrow
//! count, so one thread at a time reaches the value (a second thread waits, with the GIL let
//! go meanwhile), and the thread that has it gets a Gilt `RuntimeError` instead of a second,
//! conflicting borrow.

use super::convert::{FromGilt, IntoGilt};
use super::function::{
    arity_of, callable, convert, guarded, IntoCallResult, IntoException, RustFn,
};
use super::{Error, Handle};
use crate::objects::class;
use crate::objects::dict::DictMap;
use crate::objects::intern::intern;
use crate::objects::object::{NativeFn, NativeLayout, NativeObj, Object, Property, TypeKind};
use crate::objects::ops::hash_str;
use crate::objects::types::{self, type_name, ExcKind};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::Exc;
use crate::runtime::sync::Gil;
use crate::runtime::vm::{Args, PResult, Vm};
use std::any::TypeId;
use std::cell::{Cell, UnsafeCell};
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::sync::OnceLock;

/// A Rust type that Gilt scripts use as a class. [`build`](Class::build) gives it a
/// constructor, methods, properties and dunder methods (operators, `len`, iteration, …);
/// the class is made once per interpreter, the first time it is registered
/// ([`Interpreter::register_class`](crate::Interpreter::register_class),
/// [`Module::class`](crate::Module::class)) or a value of it is converted.
///
/// A value of a `Class` type converts to a new instance ([`IntoGilt`]); a `Class` that is
/// also `Clone` converts back from an instance ([`FromGilt`]), so methods and Rust
/// functions take and return such values like any other.
///
/// One thread at a time reaches an instance's value: a method called from a second thread
/// waits (letting other threads run Gilt code), and a method that calls back into Gilt code
/// which reaches the same instance gets a `RuntimeError` instead of a conflicting borrow. A
/// thread waiting for a value that the host keeps borrowed ([`Handle::borrow_mut`]) waits
/// until the host lets go, without checking timeouts meanwhile. A panic in a method,
/// constructor, `build` or `clone` becomes a `RuntimeError`; the value's `Drop` must not
/// panic.
///
/// ```
/// #[derive(Clone)]
/// struct Vec2 { x: f64, y: f64 }
///
/// impl gilt::Class for Vec2 {
///     const NAME: &'static str = "Vec2";
///     fn build(c: &mut gilt::ClassBuilder<Self>) {
///         c.constructor(|x: f64, y: f64| Vec2 { x, y })
///             .property("x", |v: &Vec2| v.x, |v: &mut Vec2, x: f64| v.x = x)
///             .getter("y", |v: &Vec2| v.y)
///             .method("length", |v: &Vec2| v.x.hypot(v.y))
///             .method("scale", |v: &mut Vec2, k: f64| { v.x *= k; v.y *= k; })
///             .method("__add__", |a: &Vec2, b: Vec2| Vec2 { x: a.x + b.x, y: a.y + b.y })
///             .method("__repr__", |v: &Vec2| format!("Vec2({}, {})", v.x, v.y));
///     }
/// }
///
/// let interp = gilt::Interpreter::new();
/// interp.register_class::<Vec2>().unwrap();
/// interp.exec(concat!(
///     "v = Vec2(3, 4) + Vec2(0, 0)\n",
///     "v.scale(2)\n",
///     "v.x = 0.5\n",
///     "class Named(Vec2):\n",
///     "    def __init__(self, name, x, y):\n",
///     "        super().__init__(x, y)\n",
///     "        self.name = name\n",
///     "n = Named('n', 1, 0)\n",
///     "r = (repr(v), v.length(), n.name, n.length())\n",
/// )).unwrap();
/// let r: (String, f64, String, f64) = interp.get("r").unwrap();
/// assert_eq!(r, ("Vec2(0.5, 8)".to_string(), 8.015609770940699, "n".to_string(), 1.0));
/// let v = interp.get::<gilt::Handle>("v").unwrap();
/// assert_eq!(v.borrow::<Vec2>().unwrap().y, 8.0);
/// ```
pub trait Class: Send + Sized + 'static {
    /// The class's name in Gilt.
    const NAME: &'static str;
    /// Adds the class's constructor, methods, properties and class attributes.
    fn build(class: &mut ClassBuilder<Self>);
}

/// What [`Class::build`] fills in. Methods take the instance's value as their first
/// parameter, `&T` or `&mut T`, then up to seven [`FromGilt`] parameters; names that start
/// and end with `__` are dunder methods, so `__repr__`, `__eq__`, `__add__`, `__len__`,
/// `__getitem__`, `__iter__` (which may return any iterable), `__call__` … work as for a
/// class written in Gilt. A binary operator whose other operand does not convert returns
/// `NotImplemented`, so Gilt tries the reflected operation and then raises CPython's
/// `TypeError`.
pub struct ClassBuilder<T> {
    items: Vec<(String, Value)>,
    has_constructor: bool,
    _t: PhantomData<fn() -> T>,
}

impl<T: Class> ClassBuilder<T> {
    /// The constructor: `T(args)` in Gilt calls `f(args)`, and a subclass's `__init__`
    /// calls it through `super().__init__(args)`. Without one, scripts cannot create
    /// instances; Rust can, by converting a `T`.
    ///
    /// ```
    /// struct Counter(u64);
    /// impl gilt::Class for Counter {
    ///     const NAME: &'static str = "Counter";
    ///     fn build(c: &mut gilt::ClassBuilder<Self>) {
    ///         c.constructor(|start: Option<u64>| Counter(start.unwrap_or(0)))
    ///             .method("tick", |c: &mut Counter| { c.0 += 1; c.0 });
    ///     }
    /// }
    /// let interp = gilt::Interpreter::new();
    /// interp.register_class::<Counter>().unwrap();
    /// assert_eq!(interp.eval::<u64>("Counter().tick() + Counter(10).tick()").unwrap(), 12);
    /// ```
    pub fn constructor<M, F: Constructor<T, M>>(&mut self, f: F) -> &mut Self {
        self.constructor_kw(&[], f)
    }

    /// [`constructor`](Self::constructor) with parameter names, so that scripts may pass
    /// arguments by keyword.
    pub fn constructor_kw<M, F: Constructor<T, M>>(&mut self, params: &[&str], f: F) -> &mut Self {
        let (min, max) = F::arity();
        let name = format!("{}.__init__", T::NAME);
        self.has_constructor = true;
        self.add(
            "__init__",
            params,
            min,
            max,
            Box::new(move |vm, args| {
                let this = args[0].unwrap_or(&Value::None);
                let cell = cell_of::<T>(this, "__init__")?;
                let t = f.construct(vm, &name, &args[1..])?;
                cell.put(t)?;
                Ok(Value::None)
            }),
        )
    }

    /// A method: `f` takes `&T` or `&mut T`, then the call's arguments.
    ///
    /// ```
    /// struct Stack(Vec<i64>);
    /// impl gilt::Class for Stack {
    ///     const NAME: &'static str = "Stack";
    ///     fn build(c: &mut gilt::ClassBuilder<Self>) {
    ///         c.constructor(|| Stack(Vec::new()))
    ///             .method("push", |s: &mut Stack, v: i64| s.0.push(v))
    ///             .method("__len__", |s: &Stack| s.0.len())
    ///             .method("__iter__", |s: &Stack| s.0.clone());
    ///     }
    /// }
    /// let interp = gilt::Interpreter::new();
    /// interp.register_class::<Stack>().unwrap();
    /// interp.exec("s = Stack()\nfor i in range(3): s.push(i * i)\nr = (len(s), list(s))").unwrap();
    /// assert_eq!(interp.get::<(usize, Vec<i64>)>("r").unwrap(), (3, vec![0, 1, 4]));
    /// ```
    pub fn method<M, F: Method<T, M>>(&mut self, name: &str, f: F) -> &mut Self {
        self.method_kw(name, &[], f)
    }

    /// [`method`](Self::method) with names for the parameters after the instance, so that
    /// scripts may pass arguments by keyword.
    pub fn method_kw<M, F: Method<T, M>>(
        &mut self,
        name: &str,
        params: &[&str],
        f: F,
    ) -> &mut Self {
        let (min, max) = F::arity();
        let full = format!("{}.{name}", T::NAME);
        let operator = is_binary_operator(name);
        let iterates = name == "__iter__";
        let mname = name.to_string();
        self.add(
            name,
            params,
            min,
            max,
            Box::new(move |vm, args| {
                let this = args[0].unwrap_or(&Value::None);
                let r = match f.call_method(vm, &full, &mname, this, &args[1..]) {
                    Err(Call::Argument(e)) if operator && e.is_kind(ExcKind::TypeError) => {
                        return Ok(types::types().not_implemented.clone())
                    }
                    Err(Call::Argument(e) | Call::Body(e)) => return Err(e),
                    Ok(r) => r,
                };
                if iterates {
                    return vm.get_iter(&r);
                }
                Ok(r)
            }),
        )
    }

    /// A property that scripts read and assign: `get` takes `&T`, `set` takes `&mut T` and
    /// the new value.
    pub fn property<MG, MS, G: Method<T, MG>, S: Method<T, MS>>(
        &mut self,
        name: &str,
        get: G,
        set: S,
    ) -> &mut Self {
        let fget = self.method_object(name, get);
        let fset = self.method_object(name, set);
        self.put_property(name, fget, fset)
    }

    /// A read-only property: assigning to it is an `AttributeError`.
    pub fn getter<M, G: Method<T, M>>(&mut self, name: &str, get: G) -> &mut Self {
        let fget = self.method_object(name, get);
        self.put_property(name, fget, Value::None)
    }

    /// A function called on the class, without an instance (a `staticmethod`).
    pub fn function<M, F: super::NativeFunction<M>>(&mut self, name: &str, f: F) -> &mut Self {
        let func = super::function::make(&format!("{}.{name}", T::NAME), &[], f);
        self.items
            .push((name.to_string(), Value::obj(Object::StaticMethod(func))));
        self
    }

    fn put_property(&mut self, name: &str, fget: Value, fset: Value) -> &mut Self {
        let p = Property {
            fget,
            fset,
            fdel: Value::None,
            doc: Value::None,
        };
        self.items
            .push((name.to_string(), Value::obj(Object::Property(Box::new(p)))));
        self
    }

    /// `f` as a method object of its own (a property's getter or setter).
    fn method_object<M, F: Method<T, M>>(&mut self, name: &str, f: F) -> Value {
        let n = self.items.len();
        self.method(name, f);
        self.items.remove(n).1
    }

    fn add(
        &mut self,
        name: &str,
        params: &[&str],
        min: usize,
        max: usize,
        body: Box<super::function::Body>,
    ) -> &mut Self {
        let params = if params.is_empty() {
            Vec::new()
        } else {
            std::iter::once("self")
                .chain(params.iter().copied())
                .take(max + 1)
                .map(str::to_string)
                .collect()
        };
        let f = callable(RustFn {
            name: name.to_string(),
            owner: Some(T::NAME.to_string()),
            params,
            min: min + 1,
            max: max + 1,
            body,
        });
        self.items.push((name.to_string(), f));
        self
    }
}

/// The dunder methods of binary operators and comparisons.
fn is_binary_operator(name: &str) -> bool {
    const OPS: &[&str] = &[
        "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift",
        "rshift", "and", "or", "xor",
    ];
    let Some(core) = name.strip_prefix("__").and_then(|n| n.strip_suffix("__")) else {
        return false;
    };
    matches!(core, "eq" | "ne" | "lt" | "le" | "gt" | "ge")
        || OPS.contains(&core)
        || core.strip_prefix('r').is_some_and(|c| OPS.contains(&c))
        || core.strip_prefix('i').is_some_and(|c| OPS.contains(&c))
}

/// How a method call failed: an argument did not convert, or the Rust body returned an error.
#[doc(hidden)]
pub enum Call {
    Argument(Exc),
    Body(Exc),
}

impl From<Exc> for Call {
    fn from(e: Exc) -> Call {
        Call::Body(e)
    }
}

/// Marks a method that takes the instance's value as `&T`.
#[doc(hidden)]
pub struct Shared;
/// Marks a method that takes the instance's value as `&mut T`.
#[doc(hidden)]
pub struct Exclusive;

/// A Rust closure that works as a method of the class `T`: `Fn(&T, A, B, …) -> R` or
/// `Fn(&mut T, A, B, …) -> R`, with up to seven [`FromGilt`] parameters after the instance
/// and an [`IntoCallResult`] result.
pub trait Method<T, Marker>: Send + Sync + 'static {
    #[doc(hidden)]
    fn call_method(
        &self,
        vm: &mut Vm,
        full: &str,
        name: &str,
        this: &Value,
        args: &[Option<&Value>],
    ) -> Result<Value, Call>;
    #[doc(hidden)]
    fn arity() -> (usize, usize);
}

/// A Rust closure that makes the value of a new instance of `T`: `Fn(A, B, …) -> T` or
/// `-> Result<T, E>`, with up to eight [`FromGilt`] parameters.
pub trait Constructor<T, Marker>: Send + Sync + 'static {
    #[doc(hidden)]
    fn construct(&self, vm: &mut Vm, name: &str, args: &[Option<&Value>]) -> PResult<T>;
    #[doc(hidden)]
    fn arity() -> (usize, usize);
}

/// What a constructor may return: the value, or a `Result` of it (see [`IntoException`]).
pub trait IntoConstructed<T> {
    #[doc(hidden)]
    fn into_constructed(self) -> PResult<T>;
}

impl<T> IntoConstructed<T> for T {
    fn into_constructed(self) -> PResult<T> {
        Ok(self)
    }
}

impl<T, E: IntoException> IntoConstructed<T> for Result<T, E> {
    fn into_constructed(self) -> PResult<T> {
        self.map_err(IntoException::into_exception)
    }
}

/// One `Method` impl: for methods taking the value as `$($r)+ T` (`&` or `&mut`), borrowed
/// from the instance's cell with `$borrow`.
macro_rules! method_impl {
    ($marker:ident, ($($r:tt)+), $borrow:ident; $($t:ident $i:tt),*) => {
        impl<Func, Ret, T: Class, $($t),*> Method<T, ($marker, Ret, $($t,)*)> for Func
        where
            Func: Fn($($r)+ T, $($t),*) -> Ret + Send + Sync + 'static,
            Ret: IntoCallResult,
            $($t: FromGilt,)*
        {
            #[allow(unused_variables, non_snake_case, unused_mut)]
            fn call_method(
                &self,
                vm: &mut Vm,
                full: &str,
                name: &str,
                this: &Value,
                args: &[Option<&Value>],
            ) -> Result<Value, Call> {
                $(let $t = convert::<$t>(vm, full, $i, args.get($i).copied().flatten())
                    .map_err(Call::Argument)?;)*
                let cell = cell_of::<T>(this, name)?;
                let mut value = cell.$borrow()?;
                let r = guarded(full, || self($($r)+ value, $($t),*))?;
                drop(value);
                Ok(r.into_call_result(vm)?)
            }
            fn arity() -> (usize, usize) {
                arity_of(&[$(<$t as FromGilt>::OPTIONAL),*])
            }
        }
    };
}

macro_rules! class_callables {
    ($n:literal: $($t:ident $i:tt),*) => {
        method_impl!(Shared, (&), borrow; $($t $i),*);
        method_impl!(Exclusive, (&mut), borrow_mut; $($t $i),*);

        impl<Func, Ret, T: Class, $($t),*> Constructor<T, (Ret, $($t,)*)> for Func
        where
            Func: Fn($($t),*) -> Ret + Send + Sync + 'static,
            Ret: IntoConstructed<T>,
            $($t: FromGilt,)*
        {
            #[allow(unused_variables, non_snake_case)]
            fn construct(&self, vm: &mut Vm, name: &str, args: &[Option<&Value>]) -> PResult<T> {
                $(let $t = convert::<$t>(vm, name, $i, args.get($i).copied().flatten())?;)*
                guarded(name, || self($($t),*))?.into_constructed()
            }
            fn arity() -> (usize, usize) {
                arity_of(&[$(<$t as FromGilt>::OPTIONAL),*])
            }
        }
    };
}

class_callables!(0:);
for_each_arity!(class_callables);

// ------------------------------------------------------------------ the value in an instance

/// The Rust value of one instance: a re-entrant lock, the borrow count it guards (`n > 0`
/// shared borrows, `-1` one exclusive borrow), and the value (`None` until a constructor
/// ran).
pub(crate) struct ClassCell<T> {
    lock: parking_lot::ReentrantMutex<Cell<isize>>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: the value is only reached through a `Borrowed`/`BorrowedMut`, which holds `lock`;
// the lock admits one thread at a time, and within that thread the borrow count keeps
// shared and exclusive borrows apart as a `RefCell` does. So `&ClassCell<T>` shared between
// threads never gives two threads the value at once, and `T: Send` is all it needs.
unsafe impl<T: Send> Sync for ClassCell<T> {}

impl<T: Class> ClassCell<T> {
    fn new(value: Option<T>) -> ClassCell<T> {
        ClassCell {
            lock: parking_lot::ReentrantMutex::new(Cell::new(0)),
            value: UnsafeCell::new(value),
        }
    }

    /// Takes the lock; while another thread holds it, waits with the GIL let go.
    fn lock(&self) -> parking_lot::ReentrantMutexGuard<'_, Cell<isize>> {
        match self.lock.try_lock() {
            Some(g) => g,
            None => Gil::release_while(crate::runtime::gil::Blocked::Lock, || self.lock.lock()),
        }
    }

    fn borrow(&self) -> PResult<Borrowed<'_, T>> {
        let guard = self.lock();
        let n = guard.get();
        if n < 0 {
            return Err(already_borrowed::<T>());
        }
        // SAFETY: this thread holds the lock and no exclusive borrow is out (`n >= 0`); the
        // count taken below keeps one from being made while this reference lives.
        let value = unsafe { &*self.value.get() }
            .as_ref()
            .ok_or_else(not_initialized::<T>)?;
        guard.set(n + 1);
        Ok(Borrowed { guard, value })
    }

    fn borrow_mut(&self) -> PResult<BorrowedMut<'_, T>> {
        let guard = self.lock();
        if guard.get() != 0 {
            return Err(already_borrowed::<T>());
        }
        // SAFETY: this thread holds the lock and no borrow of either kind is out; the count
        // set below keeps any other from being made while this reference lives.
        let value = unsafe { &mut *self.value.get() }
            .as_mut()
            .ok_or_else(not_initialized::<T>)?;
        guard.set(-1);
        Ok(BorrowedMut { guard, value })
    }

    /// Puts a constructed value in (a constructor run again replaces the old one).
    fn put(&self, t: T) -> PResult<()> {
        let guard = self.lock();
        if guard.get() != 0 {
            return Err(already_borrowed::<T>());
        }
        // SAFETY: this thread holds the lock and no borrow is out, so nothing else refers to
        // the value while it is replaced.
        let old = unsafe { (*self.value.get()).replace(t) };
        drop(guard);
        drop(old);
        Ok(())
    }
}

fn already_borrowed<T: Class>() -> Exc {
    Exc::new(
        ExcKind::RuntimeError,
        format!(
            "{} object is already borrowed mutably, or borrowed while being changed",
            T::NAME
        ),
    )
}

fn not_initialized<T: Class>() -> Exc {
    Exc::new(
        ExcKind::RuntimeError,
        format!(
            "{0} object has no value: {0}.__init__() was not called",
            T::NAME
        ),
    )
}

/// The Rust value of an instance of a [`Class`], borrowed: from [`Handle::borrow`].
pub struct Borrowed<'a, T> {
    guard: parking_lot::ReentrantMutexGuard<'a, Cell<isize>>,
    value: &'a T,
}

impl<T> Deref for Borrowed<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.value
    }
}

impl<T> Drop for Borrowed<'_, T> {
    fn drop(&mut self) {
        self.guard.set(self.guard.get() - 1);
    }
}

/// The Rust value of an instance of a [`Class`], borrowed mutably: from
/// [`Handle::borrow_mut`].
pub struct BorrowedMut<'a, T> {
    guard: parking_lot::ReentrantMutexGuard<'a, Cell<isize>>,
    value: &'a mut T,
}

impl<T> Deref for BorrowedMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.value
    }
}

impl<T> DerefMut for BorrowedMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.value
    }
}

impl<T> Drop for BorrowedMut<'_, T> {
    fn drop(&mut self) {
        self.guard.set(0);
    }
}

/// The type of the value an instance of a Rust class carries (not seen by scripts).
fn payload_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        types::make_type(
            "rust_value",
            Some(&types::types().object),
            TypeKind::Object,
            &[],
        )
    })
}

fn payload<T: Class>(value: Option<T>) -> Value {
    Value::obj(Object::NativeObj(NativeObj {
        class: payload_type().clone(),
        data: Box::new(ClassCell::new(value)),
    }))
}

/// The empty value a new instance of `T`'s class (or a subclass) starts with.
fn empty_payload<T: Class>() -> Value {
    payload::<T>(None)
}

/// The cell of an instance of `T`'s class; a `TypeError` for anything else.
fn cell_of<'v, T: Class>(v: &'v Value, method: &str) -> PResult<&'v ClassCell<T>> {
    find_cell(v).ok_or_else(|| {
        Exc::new(
            ExcKind::TypeError,
            format!(
                "descriptor '{method}' for '{}' objects doesn't apply to a '{}' object",
                T::NAME,
                type_name(v)
            ),
        )
    })
}

fn find_cell<T: Class>(v: &Value) -> Option<&ClassCell<T>> {
    match class::native_payload(v)?.as_obj()? {
        Object::NativeObj(n) => n.data.downcast_ref::<ClassCell<T>>(),
        _ => None,
    }
}

/// The `__init__` of a class without a constructor: scripts cannot make instances.
fn cannot_create(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let this = a.pos.first().unwrap_or(&Value::None);
    Err(Exc::new(
        ExcKind::TypeError,
        format!("cannot create '{}' instances", type_name(this)),
    ))
}

/// `T`'s class in the interpreter `vm` runs in, made on first use.
pub(crate) fn class_object<T: Class>(vm: &mut Vm) -> PResult<ObjRef> {
    let id = TypeId::of::<T>();
    if let Some(c) = vm.interp.classes.lock().get(&id) {
        return Ok(c.clone());
    }
    // built without the registry locked: converting a class attribute may make another class
    let mut b = ClassBuilder::<T> {
        items: Vec::new(),
        has_constructor: false,
        _t: PhantomData,
    };
    guarded(T::NAME, || T::build(&mut b))?;
    if !b.has_constructor {
        let init = Value::obj(Object::Native(NativeFn {
            name: "__init__",
            f: cannot_create,
            owner: Some(T::NAME),
        }));
        b.items.push(("__init__".to_string(), init));
    }
    let mut ns = DictMap::new();
    for (k, v) in [("__module__", "builtins"), ("__qualname__", T::NAME)] {
        ns.insert(intern(k), hash_str(k), Value::str(v));
    }
    for (name, v) in b.items {
        ns.insert(intern(&name), hash_str(&name), v);
    }
    let layout = NativeLayout {
        make: empty_payload::<T>,
        id,
    };
    let cls = class::make_class_with(T::NAME, Vec::new(), ns, Some(layout))?;
    let mut classes = vm.interp.classes.lock();
    Ok(classes.entry(id).or_insert(cls).clone())
}

impl<T: Class> IntoGilt for T {
    fn into_gilt(self, vm: &mut Vm) -> PResult<Value> {
        let cls = class_object::<T>(vm)?;
        Ok(class::native_instance(&cls, payload(Some(self))))
    }
}

impl<T: Class + Clone> FromGilt for T {
    fn from_gilt(_vm: &mut Vm, v: &Value) -> PResult<Self> {
        let cell = find_cell::<T>(v).ok_or_else(|| {
            Exc::new(
                ExcKind::TypeError,
                format!("expected {}, got '{}' object", T::NAME, type_name(v)),
            )
        })?;
        let b = cell.borrow()?;
        guarded(T::NAME, || T::clone(&b))
    }
}

impl Handle {
    /// The Rust value of an instance of the [`Class`] `T`, borrowed: a `TypeError` if the
    /// object is not one, a `RuntimeError` if it is borrowed mutably already (by this thread;
    /// another thread's borrow is waited for). Scripts that use the object meanwhile wait too.
    ///
    /// ```
    /// struct Account { balance: i64 }
    /// impl gilt::Class for Account {
    ///     const NAME: &'static str = "Account";
    ///     fn build(c: &mut gilt::ClassBuilder<Self>) {
    ///         c.constructor(|balance: i64| Account { balance })
    ///             .method("deposit", |a: &mut Account, n: i64| a.balance += n);
    ///     }
    /// }
    /// let interp = gilt::Interpreter::new();
    /// interp.register_class::<Account>().unwrap();
    /// let acct = interp.eval::<gilt::Handle>("Account(10)").unwrap();
    /// acct.call_method("deposit", (5,)).unwrap();
    /// assert_eq!(acct.borrow::<Account>().unwrap().balance, 15);
    /// acct.borrow_mut::<Account>().unwrap().balance = 0;
    /// assert_eq!(acct.call_method("deposit", (1,)).map(|_| ()), Ok(()));
    /// assert_eq!(acct.borrow::<Account>().unwrap().balance, 1);
    /// assert!(interp.eval::<gilt::Handle>("5").unwrap().borrow::<Account>().is_err());
    /// ```
    pub fn borrow<T: Class>(&self) -> Result<Borrowed<'_, T>, Error> {
        let r = match find_cell::<T>(self.value()) {
            Some(cell) => cell.borrow(),
            None => Err(self.not_a::<T>()),
        };
        r.map_err(|e| self.error(e))
    }

    /// The Rust value of an instance of the [`Class`] `T`, borrowed mutably (see
    /// [`borrow`](Self::borrow)).
    pub fn borrow_mut<T: Class>(&self) -> Result<BorrowedMut<'_, T>, Error> {
        let r = match find_cell::<T>(self.value()) {
            Some(cell) => cell.borrow_mut(),
            None => Err(self.not_a::<T>()),
        };
        r.map_err(|e| self.error(e))
    }

    fn not_a<T: Class>(&self) -> Exc {
        Exc::new(
            ExcKind::TypeError,
            format!("expected {}, got '{}' object", T::NAME, self.type_name()),
        )
    }
}
