//! Heap objects. Each object kind is one variant of [`Object`]; its mutable state sits behind a
//! [`Lock`] (a `RefCell` under the GIL, a per-object mutex in the free-threaded build), so the
//! threads work can swap in lock-free reads per container without touching the VM.

use crate::compiler::code::Code;
use crate::objects::dict::DictMap;
use crate::objects::set::SetTable;
use crate::objects::shape::Shape;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::sync::{Lock, ReadMostly, Ref};
use crate::runtime::vm::{Args, PResult, Vm};
use num_bigint::BigInt;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use thin_vec::ThinVec;

/// A tuple's items. A pair (dict items, `enumerate`, `zip`, `return a, b`: the commonest
/// tuple) lives inside the object, one allocation like CPython's; any other length is a boxed
/// slice. Both read as a `[Value]`.
#[derive(Clone)]
pub enum TupleItems {
    Pair([Value; 2]),
    Boxed(Box<[Value]>),
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];

    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::Pair(p) => p,
            TupleItems::Boxed(b) => b,
        }
    }
}

impl From<Vec<Value>> for TupleItems {
    fn from(items: Vec<Value>) -> TupleItems {
        match <[Value; 2]>::try_from(items) {
            Ok(pair) => TupleItems::Pair(pair),
            Err(items) => TupleItems::Boxed(items.into_boxed_slice()),
        }
    }
}

pub enum Object {
    Str(StrObj),
    BigInt(BigInt),
    /// A complex number: two floats, never changed.
    Complex(crate::objects::complex::Complex),
    Tuple(TupleItems),
    List(ReadMostly<Vec<Value>>),
    Dict(ReadMostly<DictMap>),
    Set(Lock<SetTable>),
    FrozenSet(SetTable),
    Bytes(Box<[u8]>),
    /// A bytearray: bytes behind the same lock discipline as a list's items.
    ByteArray(ReadMostly<crate::objects::bytesmethods::ByteBuf>),
    /// A memoryview (boxed: rarely made, and larger than most objects).
    MemoryView(Box<crate::objects::memoryview::MemView>),
    Range(RangeObj),
    /// `start`, `stop`, `step`.
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Native(NativeFn),
    BoundMethod(Value, Value),
    Type(Box<TypeObj>),
    Exception(Box<ExcObj>),
    Module(Module),
    Cell(Lock<Option<Value>>),
    Code(Ref<Code>),
    /// A built-in iterator; the byte indexes [`ITER_TYPE_NAMES`] (its type). The byte fits
    /// beside the enum's tag and the state is at most 32 bytes, so `Object` is 48 bytes
    /// without boxing the state of every `for` loop.
    Iter(u8, Lock<IterState>),
    /// A range's iterator, apart from the others so that a `for` loop over a range takes no
    /// lock (see [`RangeIter`]).
    RangeIter(RangeIter),
    /// An object with Rust state made by a native module (locks, for instance); its class is
    /// a type whose methods are natives that downcast `data`.
    NativeObj(NativeObj),
    /// A generator: a suspended frame.
    Generator(Box<Generator>),
    /// An instance of a user class: its class and its attribute dict.
    Instance(Instance),
    /// An instance of a user class derived from a built-in type (`class Stack(list)`): the
    /// instance and the built-in value it extends (its payload), which the built-in methods
    /// and operators work on.
    Derived(Box<Instance>, Value),
    Property(Box<Property>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(type, obj)`: look up after `type` in the MRO of `obj`.
    Super(ObjRef, Value),
    /// `dict.keys()`, `.values()`, `.items()` (kind 0, 1, 2) over a dict.
    DictView(Value, u8),
    /// NotImplemented and Ellipsis.
    Singleton(&'static str),
}

/// A str: UTF-8 text with a cached hash. Indexing is by code point; `ascii` makes that O(1).
pub struct StrObj {
    pub s: crate::objects::smallstr::SmallStr,
    pub ascii: bool,
    /// The one shared object for its text (`intern::intern`): two different interned strs
    /// are never equal, which `==` uses to skip comparing their text.
    pub interned: bool,
    hash: AtomicI64,
}

const NO_HASH: i64 = -1;

impl StrObj {
    /// Appends `t`'s text (`s += t` on a str nothing else refers to: CPython does the same,
    /// which keeps building a str piece by piece linear). The text is reallocated to its new
    /// length, which glibc usually does without copying.
    pub fn push_str(&mut self, t: &StrObj) {
        use crate::objects::smallstr::SmallStr;
        let empty = SmallStr::Inline {
            len: 0,
            buf: [0; crate::objects::smallstr::INLINE],
        };
        let mut text = match std::mem::replace(&mut self.s, empty) {
            SmallStr::Heap(b) => b.into_string(),
            short => {
                let mut s = String::with_capacity(short.len() + t.s.len());
                s.push_str(&short);
                s
            }
        };
        text.reserve_exact(t.s.len());
        text.push_str(&t.s);
        self.s = SmallStr::new(text);
        self.ascii &= t.ascii;
        *self.hash.get_mut() = NO_HASH;
    }

    pub fn new(s: impl crate::objects::smallstr::IntoSmallStr) -> StrObj {
        let s = s.into_small_str();
        let ascii = s.is_ascii();
        StrObj::with_ascii(s, ascii)
    }

    /// A str object whose text is known to be ASCII (or not) already.
    pub fn with_ascii(s: crate::objects::smallstr::SmallStr, ascii: bool) -> StrObj {
        StrObj {
            ascii,
            interned: false,
            s,
            hash: AtomicI64::new(NO_HASH),
        }
    }

    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != NO_HASH {
            return h;
        }
        self.hash_first()
    }

    /// Computes and keeps the hash (the first time it is asked for).
    #[cold]
    fn hash_first(&self) -> i64 {
        let h = crate::objects::ops::hash_str(&self.s);
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// The byte offset of code point `i` (or the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }
}

#[derive(Clone, Copy)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    /// The number of items (up to 2^64 - 1 for a range over all of i64).
    pub fn count(&self) -> u64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as u64
    }

    /// `count` as an i64 (wrapped for the ranges over more than half of i64, as before).
    pub fn len(&self) -> i64 {
        self.count() as i64
    }

    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct Function {
    /// How many positional arguments a call can move straight into the first locals, with no
    /// binding: the parameter count of a plain function, `u32::MAX` for a generator or one
    /// with `*args`, `**kwargs` or keyword-only parameters.
    pub fast_argc: u32,
    pub code: Ref<Code>,
    pub globals: ObjRef,
    pub defaults: Box<[Value]>,
    pub kwdefaults: Option<ObjRef>,
    pub closure: Box<[ObjRef]>,
    pub name: String,
    pub qualname: String,
    /// Attributes set on the function (`f.__wrapped__ = g`); they shadow the built-in ones.
    pub attrs: ReadMostly<DictMap>,
}

pub type NativeFnPtr = fn(&mut Vm, Args) -> PResult<Value>;

pub struct NativeFn {
    pub name: &'static str,
    pub f: NativeFnPtr,
    /// The type this function is a method of, for repr (`<method 'append' of 'list' objects>`).
    pub owner: Option<&'static str>,
}

/// Which built-in layout instances of a type have; user classes are `Instance` (later).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Object,
    NoneType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    MemoryView,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Type,
    Module,
    Cell,
    Code,
    Iterator,
    DictView,
    NotImplemented,
    Ellipsis,
    Exception,
    /// A class made by a `class` statement whose instances are `Object::Instance`.
    Instance,
    Generator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    /// A Rust method of a class the embedding API made (`api/class.rs`): binds like a
    /// function when looked up on an instance.
    NativeMethod,
}

/// What instances of a class exposed from Rust carry besides their attributes: `make`
/// gives the empty payload a new instance starts with (filled by the class's `__init__`),
/// `id` names the Rust type, so that two different Rust bases are a layout conflict.
#[derive(Clone, Copy)]
pub struct NativeLayout {
    pub make: fn() -> crate::objects::value::Value,
    pub id: std::any::TypeId,
}

pub struct TypeObj {
    /// `__name__`; user classes may rename themselves (`C.__name__ = "D"`).
    pub name: Lock<String>,
    pub base: Option<ObjRef>,
    /// The bases as written (`class C(A, B)`); for built-in types, `[base]`.
    pub bases: Vec<ObjRef>,
    /// Created by a `class` statement (attributes may be set; dunder methods are looked up).
    pub user: bool,
    /// Method resolution order, starting with the type itself's first base (the type itself is
    /// implied first).
    pub mro: Vec<ObjRef>,
    pub dict: ReadMostly<DictMap>,
    pub kind: TypeKind,
    /// The most attributes an instance of this class has had: new instances are made with
    /// room for that many, so their values are allocated once, at the right size.
    pub attr_hint: std::sync::atomic::AtomicU32,
    /// The class or one of its bases defines `__del__` (read when an instance is freed).
    pub has_del: std::sync::atomic::AtomicBool,
    /// The empty shape instances of a user class start at (`shape.rs`); None for built-in types.
    pub shape: Option<Ref<Shape>>,
    /// For a class exposed from Rust and its subclasses: the Rust value instances carry.
    pub native: Option<NativeLayout>,
    /// The class's metaclass when it is not `type` (`class C(metaclass=M)`, or inherited).
    pub meta: Option<ObjRef>,
    /// Weak references to the classes that name this one as a base, oldest first
    /// (`__subclasses__`).
    pub subclasses: Lock<Vec<std::sync::Arc<crate::runtime::weakref::Slot>>>,
}

/// A traceback entry: where an exception passed through.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Ref<Code>,
    pub line: u32,
}

pub struct ExcState {
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub attrs: DictMap,
}

pub struct ExcObj {
    pub class: ObjRef,
    pub state: Lock<ExcState>,
}

pub struct NativeObj {
    pub class: ObjRef,
    pub data: Box<dyn std::any::Any + Send + Sync>,
}

pub struct Generator {
    pub name: String,
    pub qualname: String,
    pub kind: GenKind,
    /// What a resume reads and writes, under one lock (taken twice per resume).
    pub inner: Lock<GenInner>,
}

pub struct GenInner {
    /// The suspended frame; `None` while running or once finished.
    pub frame: Option<Box<crate::runtime::vm::Frame>>,
    pub state: GenState,
    /// The iterator a suspended `yield from` is delegating to (`throw`/`close` reach it first).
    pub delegate: Option<Value>,
    /// The exception the generator was handling when it yielded inside an `except` block.
    pub handled: Option<crate::runtime::exc::Exc>,
}

/// What calling a function whose code suspends made: all three share the machinery.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    /// From an `async def`: awaited rather than iterated.
    Coroutine,
    /// From an `async def` that yields: iterated by `async for`.
    AsyncGenerator,
}

impl GenKind {
    /// The type's name, as error messages say it.
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct Instance {
    pub class: ObjRef,
    attrs: ReadMostly<Attrs>,
}

/// Where an instance keeps its attributes. Instances of user classes start with a shape of
/// their class (`shape.rs`): the names live in the shape, the values here, in its order. An
/// instance with more names than a shape holds, or that deletes one, moves them to a dict of
/// its own; `__dict__` or `vars()` moves them to a dict object, shared with whoever holds it,
/// so changes through either side are seen by both.
#[derive(Clone)]
enum Attrs {
    /// `values[i]` is the attribute named by `shape`'s name `i`; there are `shape.len()`.
    Split(Ref<Shape>, ThinVec<Value>),
    Own(DictMap),
    Shared(ObjRef),
}

impl crate::runtime::sync::Snapshot for Attrs {
    fn weight(&self) -> usize {
        match self {
            Attrs::Split(_, v) => v.len(),
            Attrs::Own(d) => crate::runtime::sync::Snapshot::weight(d),
            Attrs::Shared(_) => 1,
        }
    }
}

/// A shape and a position in it.
pub type ShapeSlot = (Ref<Shape>, u32);

/// What storing an attribute did to an instance kept by shape: the shape it had, the
/// position the value went to, and the shape it has now (the same one unless the name was
/// new). What `attrcache` remembers to repeat the store without looking the name up.
pub struct Stored {
    pub from: Ref<Shape>,
    pub at: u32,
    pub to: Ref<Shape>,
}

impl Attrs {
    /// The attributes as a dict (for an instance that leaves its shape).
    fn to_dict(shape: &Shape, values: &[Value]) -> DictMap {
        let mut d = DictMap::with_capacity(values.len());
        for ((k, h), v) in shape.names().zip(values) {
            d.insert(k.clone(), *h, v.clone());
        }
        d
    }
}

/// Puts `new` in place of an instance's attributes, dropping the old ones once unlocked.
fn replace_attrs(mut g: crate::runtime::sync::WriteGuard<'_, Attrs>, new: Attrs) {
    let old = std::mem::replace(&mut *g, new);
    drop(g);
    drop(old);
}

impl Object {
    /// The instance part of an instance of a user class (plain or derived from a built-in).
    #[inline]
    pub fn instance(&self) -> Option<&Instance> {
        match self {
            Object::Instance(i) => Some(i),
            Object::Derived(i, _) => Some(i),
            _ => None,
        }
    }
}

impl Instance {
    /// An instance with the attributes of `attrs`, kept in a dict.
    pub fn new(class: ObjRef, attrs: DictMap) -> Instance {
        Instance {
            class,
            attrs: ReadMostly::new(Attrs::Own(attrs)),
        }
    }

    /// An instance with no attributes yet, at shape `root`, with room for `room` values.
    pub fn shaped(class: ObjRef, root: Ref<Shape>, room: usize) -> Instance {
        Instance {
            class,
            attrs: ReadMostly::new(Attrs::Split(root, ThinVec::with_capacity(room))),
        }
    }

    /// The value at position `at` when the instance's shape is `shape` (an inline cache's
    /// guess); None otherwise.
    #[inline(always)]
    pub fn value_at(&self, shape: &Ref<Shape>, at: usize) -> Option<Value> {
        self.attrs.read(|a| match a {
            Attrs::Split(s, values) if Ref::ptr_eq(s, shape) => values.get(at).cloned(),
            _ => None,
        })
    }

    /// Whether the instance's shape is `shape`.
    #[inline(always)]
    pub fn has_shape(&self, shape: &Ref<Shape>) -> bool {
        self.attrs
            .read(|a| matches!(a, Attrs::Split(s, _) if Ref::ptr_eq(s, shape)))
    }

    /// Repeats a store `attrcache` remembered: when the instance's shape is `st.from`, puts
    /// `value` at position `st.at` (appending it when the store moves to `st.to`), giving
    /// back the value it replaced; gives `value` back otherwise.
    #[inline(always)]
    pub fn store_as(&self, st: &Stored, value: Value) -> Result<Option<Value>, Value> {
        match &mut *self.attrs.lock() {
            Attrs::Split(s, values) if Ref::ptr_eq(s, &st.from) => {
                let at = st.at as usize;
                if let Some(slot) = values.get_mut(at) {
                    return Ok(Some(std::mem::replace(slot, value)));
                }
                if at == values.len() && st.to.len() == at + 1 {
                    values.push(value);
                    *s = st.to.clone();
                    return Ok(None);
                }
                Err(value)
            }
            _ => Err(value),
        }
    }

    /// Answers from the attributes: `split` for an instance kept by shape (its shape and
    /// values), `dict` for one kept in a dict of its own or shared; neither may call back into
    /// Gilt code.
    fn look<R>(
        &self,
        split: impl FnOnce(&Ref<Shape>, &[Value]) -> R,
        dict: impl FnOnce(&DictMap) -> R,
    ) -> R {
        let mut dict = Some(dict);
        let shared = self.attrs.read(|a| match a {
            Attrs::Split(s, values) => Ok(split(s, values)),
            Attrs::Own(d) => Ok(dict.take().expect("runs once")(d)),
            Attrs::Shared(o) => Err(o.clone()),
        });
        shared.unwrap_or_else(|o| {
            crate::runtime::vm::dict_of(&o).read(dict.take().expect("not run yet"))
        })
    }

    /// The attribute `name`, with where the instance's shape keeps it (None when it is kept
    /// in a dict).
    pub fn locate(&self, name: &Value, hash: i64) -> Option<(Value, Option<ShapeSlot>)> {
        self.look(
            |s, values| {
                let at = s.find(name, hash)?;
                Some((values[at].clone(), Some((s.clone(), at as u32))))
            },
            |d| d.get(name, hash).map(|v| (v.clone(), None)),
        )
    }

    /// The instance's shape when it is kept by one and has no attribute `name`.
    pub fn shape_without(&self, name: &Value, hash: i64) -> Option<Ref<Shape>> {
        self.attrs.read(|a| match a {
            Attrs::Split(s, _) if s.find(name, hash).is_none() => Some(s.clone()),
            _ => None,
        })
    }

    /// The attribute spelled `n`.
    pub fn get_str(&self, n: &str) -> Option<Value> {
        self.look(
            |s, values| s.find_str(n).map(|at| values[at].clone()),
            |d| d.get_str(n).cloned(),
        )
    }

    /// Whether the instance has an attribute `name`.
    pub fn contains(&self, name: &Value, hash: i64) -> bool {
        self.look(
            |s, _| s.find(name, hash).is_some(),
            |d| d.contains(name, hash),
        )
    }

    /// Sets attribute `name`, returning the value it replaced (to be dropped with no lock
    /// held) and, for an instance kept by shape, what the store did.
    pub fn set(&self, name: &Value, hash: i64, value: Value) -> (Option<Value>, Option<Stored>) {
        let mut g = self.attrs.lock();
        let shared = match &mut *g {
            Attrs::Split(s, values) => match s.find(name, hash) {
                Some(at) => {
                    let old = std::mem::replace(&mut values[at], value);
                    let st = Stored {
                        from: s.clone(),
                        at: at as u32,
                        to: s.clone(),
                    };
                    return (Some(old), Some(st));
                }
                None => match Shape::with(s, name, hash) {
                    Some(to) => {
                        let st = Stored {
                            from: std::mem::replace(s, to.clone()),
                            at: values.len() as u32,
                            to,
                        };
                        values.push(value);
                        return (None, Some(st));
                    }
                    None => {
                        let mut d = Attrs::to_dict(s, values);
                        d.insert(name.clone(), hash, value);
                        replace_attrs(g, Attrs::Own(d));
                        return (None, None);
                    }
                },
            },
            Attrs::Own(d) => return (d.insert(name.clone(), hash, value), None),
            Attrs::Shared(o) => o.clone(),
        };
        drop(g);
        let old = crate::runtime::vm::dict_of(&shared)
            .lock()
            .insert(name.clone(), hash, value);
        (old, None)
    }

    /// Removes attribute `name`, giving back its key and value.
    pub fn remove(&self, name: &Value, hash: i64) -> Option<(Value, Value)> {
        let mut g = self.attrs.lock();
        let shared = match &mut *g {
            Attrs::Split(s, values) => {
                s.find(name, hash)?;
                let mut d = Attrs::to_dict(s, values);
                let removed = d.remove(name, hash);
                replace_attrs(g, Attrs::Own(d));
                return removed;
            }
            Attrs::Own(d) => return d.remove(name, hash),
            Attrs::Shared(o) => o.clone(),
        };
        drop(g);
        let r = crate::runtime::vm::dict_of(&shared)
            .lock()
            .remove(name, hash);
        r
    }

    /// Runs `f` on the attributes as a dict (made for the call when the instance is kept by
    /// shape); `f` must not call back into Gilt code.
    pub fn read<R>(&self, f: impl FnOnce(&DictMap) -> R) -> R {
        let mut f = Some(f);
        let shared = self.attrs.read(|a| match a {
            Attrs::Split(s, values) => Ok(f.take().map(|f| f(&Attrs::to_dict(s, values)))),
            Attrs::Own(d) => Ok(f.take().map(|f| f(d))),
            Attrs::Shared(o) => Err(o.clone()),
        });
        match shared {
            Ok(r) => r.expect("runs once"),
            Err(o) => crate::runtime::vm::dict_of(&o).read(f.take().expect("not run yet")),
        }
    }

    /// Reports the references the instance holds (class and attributes) to the collector;
    /// false when the attributes are locked at the moment.
    pub fn gc_visit(&self, visit: &mut impl FnMut(&ObjRef)) -> bool {
        visit(&self.class);
        self.attrs.gc_visit(|a| match a {
            Attrs::Split(_, values) => values
                .iter()
                .for_each(|v| crate::runtime::traverse::value(v, visit)),
            Attrs::Own(d) => crate::runtime::traverse::dict(d, visit),
            Attrs::Shared(o) => visit(o),
        })
    }

    /// Empties the attributes of a garbage instance (the collector's `clear`).
    pub fn gc_clear(&self) {
        if let Some(g) = self.attrs.try_lock() {
            replace_attrs(g, Attrs::Own(DictMap::new()));
        }
    }

    /// The attributes as a dict object (`obj.__dict__`), made on first request.
    pub fn dict_object(&self) -> ObjRef {
        let mut g = self.attrs.lock();
        let d = match &mut *g {
            Attrs::Shared(o) => return o.clone(),
            Attrs::Own(d) => std::mem::take(d),
            Attrs::Split(s, values) => Attrs::to_dict(s, values),
        };
        let o = ObjRef::new(Object::Dict(ReadMostly::new(d)));
        replace_attrs(g, Attrs::Shared(o.clone()));
        o
    }
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    /// `__doc__`: given, or the getter's docstring.
    pub doc: Value,
}

pub struct Module {
    pub name: String,
    pub dict: ObjRef,
}

/// The state of a built-in iterator.
pub enum IterState {
    /// list, tuple (by index; a list may grow while iterated, as in CPython).
    Seq(Value, usize),
    /// str, by byte offset.
    Str(Value, usize),
    /// dict keys/values/items by entry index: (dict, index, what 0=keys 1=values 2=items).
    Dict(Value, u32, u8, u32),
    /// set/frozenset by slot index.
    Set(Value, usize),
    Reversed(Value, usize),
    Enumerate(Box<[Value; 2]>),
    Zip(Vec<Value>),
    /// `zip(..., strict=True)`.
    ZipStrict(Vec<Value>),
    /// The function and the argument iterators (boxed: the largest state).
    Map(Box<(Value, Vec<Value>)>),
    Filter(Box<[Value; 2]>),
    /// The old sequence protocol: `obj[0]`, `obj[1]`, … until IndexError.
    GetItem(Value, usize),
    /// `iter(callable, sentinel)`
    Callable(Box<[Value; 2]>),
    Exhausted,
}

/// `range_iterator`'s place in [`ITER_TYPE_NAMES`].
pub const RANGE_ITERATOR: usize = 6;

/// The types of built-in iterators, as CPython names them.
pub const ITER_TYPE_NAMES: [&str; 20] = [
    "iterator",
    "list_iterator",
    "tuple_iterator",
    "bytes_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "list_reverseiterator",
    "reversed",
    "enumerate",
    "zip",
    "map",
    "filter",
    "callable_iterator",
    "bytearray_iterator",
    "memory_iterator",
];

impl IterState {
    /// The index of this iterator's type in [`ITER_TYPE_NAMES`].
    fn kind(&self) -> u8 {
        let of_seq = |v: &Value, list: u8, tuple: u8, other: u8| match v.as_obj() {
            Some(Object::List(_)) => list,
            Some(Object::Tuple(_)) => tuple,
            _ => other,
        };
        match self {
            IterState::Seq(v, _) if matches!(v.as_obj(), Some(Object::ByteArray(_))) => 18,
            IterState::Seq(v, _) if matches!(v.as_obj(), Some(Object::MemoryView(_))) => 19,
            IterState::Seq(v, _) => of_seq(v, 1, 2, 3),
            IterState::Str(v, _) => match v.as_strobj() {
                Some(s) if !s.ascii => 5,
                _ => 4,
            },
            IterState::Dict(_, _, what, _) => 7 + (*what).min(2),
            IterState::Set(..) => 10,
            IterState::Reversed(v, _) => of_seq(v, 11, 12, 12),
            IterState::Enumerate(..) => 13,
            IterState::Zip(_) | IterState::ZipStrict(_) => 14,
            IterState::Map(..) => 15,
            IterState::Filter(..) => 16,
            IterState::Callable(..) => 17,
            IterState::GetItem(..) | IterState::Exhausted => 0,
        }
    }
}

/// The iterator of a range. Its position is an atomic read and written with plain loads and
/// stores, not a read-modify-write: a step costs what it costs in the GIL build, where the GIL
/// makes the step atomic. In the free-threaded build two threads stepping one shared range
/// iterator may both get the same item, as in free-threaded CPython, where sharing an
/// iterator between threads is not thread-safe either; each item is still an int in range.
pub struct RangeIter {
    /// How many items were taken.
    taken: AtomicU64,
    len: u64,
    start: i64,
    step: i64,
}

impl RangeIter {
    /// The iterator over `len` items `start`, `start + step`, …
    pub fn new(start: i64, step: i64, len: u64) -> RangeIter {
        RangeIter {
            taken: AtomicU64::new(0),
            len,
            start,
            step,
        }
    }

    /// How many items are left.
    pub fn remaining(&self) -> u64 {
        self.len.saturating_sub(self.taken.load(Ordering::Relaxed))
    }

    /// The next item, or None when exhausted.
    #[inline]
    pub fn next(&self) -> Option<i64> {
        let i = self.taken.load(Ordering::Relaxed);
        if i >= self.len {
            return None;
        }
        self.taken.store(i + 1, Ordering::Relaxed);
        // every item lies in i64, so arithmetic modulo 2^64 gives it exactly
        Some(self.start.wrapping_add((i as i64).wrapping_mul(self.step)))
    }
}

impl Object {
    /// A built-in iterator object with state `st`.
    pub fn iter(st: IterState) -> Object {
        let kind = st.kind();
        Object::Iter(kind, Lock::new(st))
    }
}

impl TypeObj {
    /// The type's current `__name__`.
    pub fn name(&self) -> String {
        self.name.read(String::clone)
    }
}

impl ObjRefExt for ObjRef {
    fn as_type(&self) -> &TypeObj {
        match &**self {
            Object::Type(t) => t,
            _ => unreachable_type(),
        }
    }
    fn name(&self) -> String {
        match &**self {
            Object::Type(t) => t.name(),
            _ => "?".into(),
        }
    }
}

pub trait ObjRefExt {
    /// This reference as a type object. Only call on references known to be types.
    fn as_type(&self) -> &TypeObj;
    /// The type's name (for a type object).
    fn name(&self) -> String;
}

#[cold]
fn unreachable_type() -> ! {
    // Every caller passes the result of `types::type_of`, which is always a type.
    unreachable!("not a type object")
}

impl crate::runtime::sync::Snapshot for Vec<Value> {
    #[inline]
    fn weight(&self) -> usize {
        self.len()
    }
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    #[test]
    fn instances_keep_their_attributes_without_growing_objects() {
        // an instance holds its attribute map itself; that must not make every object bigger
        let limit = if crate::runtime::sync::BUILD_MODE == crate::runtime::sync::BuildMode::Gil {
            48
        } else {
            72
        };
        assert!(
            std::mem::size_of::<Object>() <= limit,
            "{}",
            std::mem::size_of::<Object>()
        );
        assert!(std::mem::size_of::<DictMap>() <= 24);
        // a `for` loop's iterator state stays inside its object
        assert!(std::mem::size_of::<IterState>() <= 32);
    }
}
