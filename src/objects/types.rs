//! The built-in types and the exception hierarchy: created once per process, shared by every
//! interpreter and thread, never freed. `type_of` maps any value to its type object.

use crate::objects::dict::DictMap;
use crate::objects::object::{NativeFn, NativeFnPtr, Object, TypeKind, TypeObj};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::sync::Lock;
use std::sync::OnceLock;

macro_rules! exc_kinds {
    ($( $name:ident : $parent:ident ),* $(,)?) => {
        /// Every built-in exception type, in an order where parents come first.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(clippy::enum_variant_names)]
        pub enum ExcKind { BaseException, $( $name, )* }

        impl ExcKind {
            /// The built-in exception type named `name`.
            pub fn from_name(name: &str) -> Option<ExcKind> {
                EXC_TABLE.iter().find(|(_, n, _)| *n == name).map(|(k, _, _)| *k)
            }
        }

        const EXC_TABLE: &[(ExcKind, &str, ExcKind)] = &[
            (ExcKind::BaseException, "BaseException", ExcKind::BaseException),
            $( (ExcKind::$name, stringify!($name), ExcKind::$parent), )*
        ];
    };
}

exc_kinds! {
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    BytesWarning: Warning,
    DeprecationWarning: Warning,
    EncodingWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    PendingDeprecationWarning: Warning,
    ResourceWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UnicodeWarning: Warning,
    UserWarning: Warning,
}

pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none: ObjRef,
    pub bool_: ObjRef,
    pub int: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str_: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub memoryview: ObjRef,
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method: ObjRef,
    pub module: ObjRef,
    pub cell: ObjRef,
    pub code: ObjRef,
    /// One per entry of `object::ITER_TYPE_NAMES`.
    pub iterators: Vec<ObjRef>,
    pub dict_views: [ObjRef; 3],
    pub property: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub super_: ObjRef,
    pub not_implemented_type: ObjRef,
    pub ellipsis_type: ObjRef,
    pub exceptions: Vec<ObjRef>,
    pub not_implemented: Value,
    pub ellipsis: Value,
}

/// A new built-in type (native modules use it for their object types).
pub fn make_type(
    name: &str,
    base: Option<&ObjRef>,
    kind: TypeKind,
    methods: &[(&'static str, NativeFnPtr)],
) -> ObjRef {
    let mut dict = DictMap::new();
    let type_name: &'static str = Box::leak(name.to_string().into_boxed_str());
    for (mname, f) in methods {
        let key = crate::objects::intern::intern(mname);
        let h = crate::objects::ops::hash_str(mname);
        let owner: Option<&'static str> =
            if matches!(*mname, "fromkeys" | "maketrans" | "fromhex" | "from_bytes") {
                None
            } else {
                Some(type_name)
            };
        dict.insert(key, h, {
            let m = Value::obj(Object::Native(NativeFn {
                name: mname,
                f: *f,
                owner,
            }));
            m.immortalize();
            m
        });
    }
    for table in crate::objects::slots::slots_of(name) {
        for (sname, f) in table {
            let key = crate::objects::intern::intern(sname);
            let h = crate::objects::ops::hash_str(sname);
            if dict.get(&key, h).is_some() {
                continue;
            }
            let m = match f {
                Some(f) => Value::obj(Object::Native(NativeFn {
                    name: sname,
                    f: *f,
                    owner: Some(type_name),
                })),
                None => Value::None,
            };
            m.immortalize();
            dict.insert(key, h, m);
        }
    }
    let mut mro = vec![];
    let bases: Vec<ObjRef> = base.into_iter().cloned().collect();
    if let Some(b) = base {
        mro.push(b.clone());
        if let Object::Type(bt) = &**b {
            mro.extend(bt.mro.iter().cloned());
        }
    }
    let t = ObjRef::new(Object::Type(Box::new(TypeObj {
        name: Lock::new(name.to_string()),
        base: base.cloned(),
        bases,
        user: false,
        mro,
        dict: crate::runtime::sync::ReadMostly::new({
            let mut d = dict;
            d.track(crate::objects::dict::Namespace::Class);
            d
        }),
        kind,
        attr_hint: Default::default(),
        has_del: Default::default(),
        shape: None,
        native: None,
        meta: None,
        subclasses: Lock::new(Vec::new()),
    })));
    // Built-in types and their methods are shared by every thread for the whole run. (They
    // are not noted among their bases' subclasses: `builtin_subclasses` finds them.)
    ObjRef::make_immortal(&t);
    t
}

/// The built-in types derived from built-in type `t`, in the order they are made: what
/// `t.__subclasses__()` lists before the classes of the program.
pub fn builtin_subclasses(t: &ObjRef) -> Vec<ObjRef> {
    let ty = types();
    if ObjRef::ptr_eq(t, &ty.int) {
        return vec![ty.bool_.clone()];
    }
    let Some(kind) = EXC_TABLE
        .iter()
        .find(|(k, _, _)| ObjRef::ptr_eq(exc_type(*k), t))
        .map(|(k, _, _)| *k)
    else {
        return vec![];
    };
    EXC_TABLE
        .iter()
        .filter(|(k, _, base)| *base == kind && *k != kind)
        .map(|(k, _, _)| exc_type(*k).clone())
        .collect()
}

/// `v`, made immortal: it belongs to every interpreter of the process.
fn immortal(v: Value) -> Value {
    v.immortalize();
    v
}

pub fn types() -> &'static Types {
    static TYPES: OnceLock<Types> = OnceLock::new();
    TYPES.get_or_init(|| {
        use crate::objects::methods as m;
        use TypeKind as K;
        let object = make_type(
            "object",
            None,
            K::Object,
            crate::objects::class::OBJECT_METHODS,
        );
        let o = Some(&object);
        let int = make_type("int", o, K::Int, m::INT_METHODS);
        let mut exceptions: Vec<ObjRef> = Vec::new();
        for (kind, name, parent) in EXC_TABLE {
            let base = if *kind == ExcKind::BaseException {
                object.clone()
            } else {
                exceptions[*parent as usize].clone()
            };
            let methods = if *kind == ExcKind::BaseException {
                m::EXC_METHODS
            } else {
                &[]
            };
            exceptions.push(make_type(name, Some(&base), K::Exception, methods));
        }
        let not_implemented_type = make_type("NotImplementedType", o, K::NotImplemented, &[]);
        let ellipsis_type = make_type("ellipsis", o, K::Ellipsis, &[]);
        Types {
            type_: make_type("type", o, K::Type, crate::objects::class::TYPE_METHODS),
            none: make_type("NoneType", o, K::NoneType, &[]),
            bool_: make_type("bool", Some(&int), K::Bool, &[]),
            float: make_type("float", o, K::Float, m::FLOAT_METHODS),
            complex: make_type(
                "complex",
                o,
                K::Complex,
                crate::objects::complex::COMPLEX_METHODS,
            ),
            str_: make_type("str", o, K::Str, m::STR_METHODS),
            bytes: make_type("bytes", o, K::Bytes, m::BYTES_METHODS),
            bytearray: make_type("bytearray", o, K::ByteArray, m::BYTEARRAY_METHODS),
            memoryview: make_type(
                "memoryview",
                o,
                K::MemoryView,
                crate::objects::memoryview::MEMORYVIEW_METHODS,
            ),
            list: make_type("list", o, K::List, m::LIST_METHODS),
            tuple: make_type("tuple", o, K::Tuple, m::TUPLE_METHODS),
            dict: make_type("dict", o, K::Dict, m::DICT_METHODS),
            set: make_type("set", o, K::Set, m::SET_METHODS),
            frozenset: make_type("frozenset", o, K::FrozenSet, m::FROZENSET_METHODS),
            range: make_type("range", o, K::Range, m::RANGE_METHODS),
            slice: make_type("slice", o, K::Slice, crate::objects::seq::SLICE_METHODS),
            function: make_type("function", o, K::Function, &[]),
            builtin_function: make_type("builtin_function_or_method", o, K::BuiltinFunction, &[]),
            method: make_type("method", o, K::Method, &[]),
            module: make_type("module", o, K::Module, &[]),
            cell: make_type("cell", o, K::Cell, &[]),
            code: make_type("code", o, K::Code, &[]),
            iterators: crate::objects::object::ITER_TYPE_NAMES
                .iter()
                .map(|n| make_type(n, o, K::Iterator, &[]))
                .collect(),
            property: make_type(
                "property",
                o,
                K::Property,
                crate::objects::class::PROPERTY_METHODS,
            ),
            generator: make_type(
                "generator",
                o,
                K::Generator,
                crate::runtime::generator::GENERATOR_METHODS,
            ),
            coroutine: make_type(
                "coroutine",
                o,
                K::Generator,
                crate::runtime::coroutine::COROUTINE_METHODS,
            ),
            async_generator: make_type(
                "async_generator",
                o,
                K::Generator,
                crate::runtime::coroutine::ASYNC_GENERATOR_METHODS,
            ),
            staticmethod: make_type("staticmethod", o, K::StaticMethod, &[]),
            classmethod: make_type("classmethod", o, K::ClassMethod, &[]),
            super_: make_type("super", o, K::Super, &[]),
            dict_views: [
                make_type("dict_keys", o, K::DictView, &[]),
                make_type("dict_values", o, K::DictView, &[]),
                make_type("dict_items", o, K::DictView, &[]),
            ],
            not_implemented: immortal(Value::obj(Object::Singleton("NotImplemented"))),
            ellipsis: immortal(Value::obj(Object::Singleton("Ellipsis"))),
            not_implemented_type,
            ellipsis_type,
            int,
            exceptions,
            object,
        }
    })
}

pub fn exc_type(kind: ExcKind) -> &'static ObjRef {
    &types().exceptions[kind as usize]
}

/// All exception types with their names, for the builtins module.
pub fn exception_types() -> impl Iterator<Item = (&'static str, &'static ObjRef)> {
    EXC_TABLE
        .iter()
        .map(|(k, name, _)| (*name, &types().exceptions[*k as usize]))
}

pub fn ellipsis() -> Value {
    types().ellipsis.clone()
}

pub fn not_implemented() -> Value {
    types().not_implemented.clone()
}

pub fn type_of(v: &Value) -> &ObjRef {
    let t = types();
    match v {
        Value::None => &t.none,
        Value::Bool(_) => &t.bool_,
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Obj(o) => type_of_obj(o),
    }
}

/// The type of a heap object (exceptions carry their class; everything else is built in).
pub fn type_of_obj(o: &Object) -> &ObjRef {
    let t = types();
    match o {
        Object::Str(_) => &t.str_,
        Object::BigInt(_) => &t.int,
        Object::Complex(_) => &t.complex,
        Object::Tuple(_) => &t.tuple,
        Object::List(_) => &t.list,
        Object::Dict(_) => &t.dict,
        Object::Set(_) => &t.set,
        Object::FrozenSet(_) => &t.frozenset,
        Object::Bytes(_) => &t.bytes,
        Object::ByteArray(_) => &t.bytearray,
        Object::MemoryView(_) => &t.memoryview,
        Object::Range(_) => &t.range,
        Object::Slice(..) => &t.slice,
        Object::Function(_) => &t.function,
        Object::Native(_) => &t.builtin_function,
        Object::BoundMethod(..) => &t.method,
        Object::Type(tt) => tt.meta.as_ref().unwrap_or(&t.type_),
        Object::Exception(e) => &e.class,
        Object::Module(_) => &t.module,
        Object::Cell(_) => &t.cell,
        Object::Code(_) => &t.code,
        Object::Iter(k, _) => &t.iterators[*k as usize],
        Object::RangeIter(_) => &t.iterators[crate::objects::object::RANGE_ITERATOR],
        Object::DictView(_, k) => &t.dict_views[*k as usize],
        Object::Instance(i) => &i.class,
        Object::Derived(i, _) => &i.class,
        Object::Generator(g) => match g.kind {
            crate::objects::object::GenKind::Generator => &t.generator,
            crate::objects::object::GenKind::Coroutine => &t.coroutine,
            crate::objects::object::GenKind::AsyncGenerator => &t.async_generator,
        },
        Object::NativeObj(n) => &n.class,
        Object::Property(_) => &t.property,
        Object::StaticMethod(_) => &t.staticmethod,
        Object::ClassMethod(_) => &t.classmethod,
        Object::Super(..) => &t.super_,
        Object::Singleton("NotImplemented") => &t.not_implemented_type,
        Object::Singleton(_) => &t.ellipsis_type,
    }
}

/// Whether type `t` is `base` or derives from it.
pub fn is_subtype(t: &ObjRef, base: &ObjRef) -> bool {
    if ObjRef::ptr_eq(t, base) {
        return true;
    }
    match &**t {
        Object::Type(tt) => tt.mro.iter().any(|m| ObjRef::ptr_eq(m, base)),
        _ => false,
    }
}

pub fn isinstance(v: &Value, base: &ObjRef) -> bool {
    is_subtype(type_of(v), base)
}

/// Looks `name` up along a type's MRO.
pub fn lookup(t: &ObjRef, name: &str) -> Option<Value> {
    cached_lookup(t, name, false)
}

/// Like [`lookup`], but only through classes made by `class` statements.
pub fn lookup_user(t: &ObjRef, name: &str) -> Option<Value> {
    cached_lookup(t, name, true)
}

fn cached_lookup(t: &ObjRef, name: &str, user_only: bool) -> Option<Value> {
    // A per-thread cache keyed by (type, name), valid while no namespace changed: repeated
    // method lookups on a shared class then never touch its (locked) dict.
    let version = crate::objects::dict::namespace_version(crate::objects::dict::Namespace::Class);
    // A type's address identifies it: a new type at a freed one's address makes a new namespace,
    // which changes the version.
    let tkey = ObjRef::as_ptr(t) as usize;
    // The slot comes from addresses (interned names keep theirs); a hit still compares the text.
    let slot = (tkey >> 4 ^ name.as_ptr() as usize >> 3 ^ name.len() ^ user_only as usize)
        & (LOOKUP_CACHE - 1);
    let hit = LOOKUPS.with(|c| {
        let c = c.borrow();
        match c.get(slot) {
            Some(Some(e))
                if e.ty == tkey
                    && e.version == version
                    && e.user_only == user_only
                    && &*e.name == name =>
            {
                match &e.found {
                    None => Some(None),
                    // SAFETY: no class namespace changed since the value was found in one,
                    // so that namespace still holds it.
                    Some(slot) => unsafe { slot.get() }.map(Some),
                }
            }
            _ => None,
        }
    });
    if let Some(found) = hit {
        return found;
    }
    let found = if user_only {
        crate::objects::class::user_method_uncached(t, name)
    } else {
        lookup_uncached(t, name)
    };
    LOOKUPS.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize_with(LOOKUP_CACHE, || None);
        }
        c[slot] = Some(LookupEntry {
            ty: tkey,
            user_only,
            name: name.into(),
            version,
            found: found.as_ref().map(crate::runtime::sync::CacheSlot::new),
        })
    });
    found
}

const LOOKUP_CACHE: usize = 256;

struct LookupEntry {
    ty: usize,
    user_only: bool,
    name: Box<str>,
    version: u64,
    /// What the lookup found (a copy that keeps nothing alive: see `sync::CacheSlot`).
    found: Option<crate::runtime::sync::CacheSlot>,
}

thread_local! {
    /// Empty until the thread's first lookup.
    static LOOKUPS: std::cell::RefCell<Vec<Option<LookupEntry>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Empties this thread's lookup cache. Called while holding the GIL before a thread ends, so
/// the cached values are released under the lock (thread-local destructors run after it).
pub fn clear_lookup_cache() {
    LOOKUPS.with(|c| c.borrow_mut().iter_mut().for_each(|e| *e = None));
}

fn lookup_uncached(t: &ObjRef, name: &str) -> Option<Value> {
    let tt = match &**t {
        Object::Type(tt) => tt,
        _ => return None,
    };
    if let Some(v) = tt.dict.get_str_cloned(name) {
        return Some(v);
    }
    for b in &tt.mro {
        if let Object::Type(bt) = &**b {
            if let Some(v) = bt.dict.get_str_cloned(name) {
                return Some(v);
            }
        }
    }
    None
}

pub fn type_name(v: &Value) -> String {
    match &**type_of(v) {
        Object::Type(t) => t.name(),
        _ => "object".into(),
    }
}

pub fn kind_of(t: &ObjRef) -> TypeKind {
    match &**t {
        Object::Type(tt) => tt.kind,
        _ => TypeKind::Object,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::sync::Ref;

    /// Everything reachable from a shared object, checked: immortal (its count is never
    /// written) and of a kind nothing changes after it is made.
    fn check_shared(v: &Value, seen: &mut std::collections::HashSet<usize>) {
        let Value::Obj(o) = v else { return };
        if !seen.insert(ObjRef::as_ptr(o) as usize) {
            return;
        }
        let what = type_name(v);
        assert!(Ref::is_immortal(o), "a shared {what} is counted");
        match &**o {
            Object::Type(t) => {
                assert!(!t.user && t.shape.is_none() && t.native.is_none());
                let refs = t.base.iter().chain(&t.bases).chain(&t.mro);
                for r in refs {
                    check_shared(&Value::Obj(r.clone()), seen);
                }
                let entries: Vec<(Value, Value)> = t
                    .dict
                    .read(|d| d.iter().map(|e| (e.key.clone(), e.value.clone())).collect());
                for (k, v) in &entries {
                    check_shared(k, seen);
                    check_shared(v, seen);
                }
            }
            Object::Tuple(items) => items.iter().for_each(|i| check_shared(i, seen)),
            Object::Native(_) | Object::Str(_) | Object::Singleton(_) => {}
            _ => panic!("a shared {what} may change"),
        }
    }

    /// Interpreters run in parallel under their own GILs, so what they all reach — the
    /// built-in types with their namespaces, interned strings, `()` — must never be written.
    #[test]
    fn what_every_interpreter_shares_is_immortal() {
        let _gil = crate::runtime::sync::Gil::acquire();
        let t = types();
        let mut roots: Vec<&ObjRef> = vec![
            &t.object,
            &t.type_,
            &t.none,
            &t.bool_,
            &t.int,
            &t.float,
            &t.complex,
            &t.str_,
            &t.bytes,
            &t.bytearray,
            &t.memoryview,
            &t.list,
            &t.tuple,
            &t.dict,
            &t.set,
            &t.frozenset,
            &t.range,
            &t.slice,
            &t.function,
            &t.builtin_function,
            &t.method,
            &t.module,
            &t.cell,
            &t.code,
            &t.property,
            &t.generator,
            &t.coroutine,
            &t.async_generator,
            &t.staticmethod,
            &t.classmethod,
            &t.super_,
            &t.not_implemented_type,
            &t.ellipsis_type,
        ];
        roots.extend(&t.iterators);
        roots.extend(&t.dict_views);
        roots.extend(&t.exceptions);
        let mut values: Vec<Value> = roots.into_iter().map(|r| Value::Obj(r.clone())).collect();
        values.extend([
            t.not_implemented.clone(),
            t.ellipsis.clone(),
            Value::empty_tuple(),
            crate::objects::intern::intern("shared_name"),
            crate::objects::intern::char_str('x'),
        ]);
        let mut seen = std::collections::HashSet::new();
        for v in &values {
            check_shared(v, &mut seen);
        }
        assert!(seen.len() > 300, "walked {} objects", seen.len());
    }
}
