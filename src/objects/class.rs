//! User classes: building a class from a `class` statement (C3 method resolution order,
//! `__init_subclass__`, `__set_name__`), creating instances (`__new__`, `__init__`), attribute
//! lookup with descriptors (methods, property, staticmethod, classmethod, user `__get__`/
//! `__set__`), `super()`, finding the dunder methods the operators dispatch to, and classes
//! derived from built-in types (`class Stack(list)`), whose instances carry a built-in value.

use crate::objects::dict::DictMap;
use crate::objects::object::ObjRefExt;
use crate::objects::object::{
    Instance, NativeFnPtr, NativeLayout, Object, Property, TypeKind, TypeObj,
};
use crate::objects::ops::hash_str;
use crate::objects::types::{self, type_name, ExcKind};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{attr_error, type_error, Exc};
use crate::runtime::sync::{Lock, ReadMostly};
use crate::runtime::vm::{dict_of, Args, PResult, Vm};

pub const OBJECT_METHODS: &[(&str, NativeFnPtr)] = &[
    ("__init__", object_init),
    ("__setattr__", object_setattr),
    ("__delattr__", object_delattr),
    ("__getattribute__", object_getattribute),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__new__", builtin_new),
    ("__init_subclass__", object_init_subclass),
    ("__subclasshook__", object_subclasshook),
    ("__format__", object_format),
];

/// `object.__subclasshook__(subclass)`, a class method: NotImplemented (no opinion).
fn object_subclasshook(_vm: &mut Vm, _a: Args) -> PResult<Value> {
    Ok(types::not_implemented())
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec.
fn object_format(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__format__", 2, 2, &[])?;
    match a.pos[1].as_str() {
        Some("") => vm.to_str_value(&a.pos[0]),
        Some(_) => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(&a.pos[0])
        ))),
        None => Err(type_error(format!(
            "argument 2 must be str, not {}",
            type_name(&a.pos[1])
        ))),
    }
}

/// `object.__setattr__(obj, name, value)`: the generic assignment (descriptors, then the
/// instance dict), skipping any `__setattr__` the class defines.
fn object_setattr(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__setattr__", 3, 3, &[])?;
    if !has_own_attrs(&a.pos[0]) {
        return Err(type_error("can't apply this __setattr__ to this object"));
    }
    if a.pos[1].as_str().is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(&a.pos[1])
        )));
    }
    vm.generic_setattr(&a.pos[0], &a.pos[1], a.pos[2].clone())
}

fn object_delattr(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__delattr__", 2, 2, &[])?;
    if !has_own_attrs(&a.pos[0]) {
        return Err(type_error("can't apply this __delattr__ to this object"));
    }
    vm.generic_delattr(&a.pos[0], &a.pos[1])
}

fn object_getattribute(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__getattribute__", 2, 2, &[])?;
    if has_own_attrs(&a.pos[0]) {
        return vm.generic_getattr(&a.pos[0], &a.pos[1]);
    }
    vm.get_attr(&a.pos[0], &a.pos[1])
}

/// The default repr, ignoring any `__repr__` the class defines.
fn object_repr(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__repr__", 1, 1, &[])?;
    Ok(Value::str(default_repr(&a.pos[0])))
}

/// A class's `__module__` and `__qualname__` (built-in types: "builtins" and the name).
pub fn module_and_qualname(t: &ObjRef) -> (String, String) {
    let Object::Type(tt) = &**t else {
        return ("builtins".into(), "object".into());
    };
    let text = |k: &str| {
        tt.dict
            .read(|d| d.get_str(k).and_then(|m| m.as_str().map(|s| s.to_string())))
    };
    let module = text("__module__").unwrap_or_else(|| "builtins".into());
    let qual = text("__qualname__").unwrap_or_else(|| tt.name());
    (module, qual)
}

/// `object.__repr__`: `<module.Class object at 0x…>`.
pub fn default_repr(v: &Value) -> String {
    let (module, qual) = module_and_qualname(types::type_of(v));
    let addr = match v {
        Value::Obj(o) => ObjRef::as_ptr(o) as usize,
        _ => 0,
    };
    if module == "builtins" {
        format!("<{qual} object at {addr:#x}>")
    } else {
        format!("<{module}.{qual} object at {addr:#x}>")
    }
}

fn object_str(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__str__", 1, 1, &[])?;
    Ok(Value::str(vm.repr(&a.pos[0])?))
}

fn object_eq(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__eq__", 2, 2, &[])?;
    Ok(if a.pos[0].is(&a.pos[1]) {
        Value::TRUE
    } else {
        types::not_implemented()
    })
}

/// `object.__ne__`: the inverse of what the object's `__eq__` answers (NotImplemented stays).
fn object_ne(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__ne__", 2, 2, &[])?;
    let eq = vm.get_attr(&a.pos[0], &crate::objects::intern::intern("__eq__"))?;
    let r = vm.call1(&eq, a.pos[1].clone())?;
    if r.is(&types::not_implemented()) {
        return Ok(r);
    }
    Ok(Value::bool(!vm.truthy(&r)?))
}

fn object_hash(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__hash__", 1, 1, &[])?;
    Ok(Value::Int(match &a.pos[0] {
        Value::Obj(o) => ((ObjRef::as_ptr(o) as usize) >> 4) as i64,
        _ => 0,
    }))
}
pub const TYPE_METHODS: &[(&str, NativeFnPtr)] = &[
    ("mro", type_mro),
    ("__subclasses__", type_subclasses),
    ("__new__", type_dunder_new),
    ("__call__", type_dunder_call),
    ("__init__", type_dunder_init),
    ("__prepare__", type_dunder_prepare),
    ("__or__", type_or),
    ("__repr__", type_repr),
    ("__setattr__", type_setattr),
    ("__delattr__", type_delattr),
    ("__ror__", type_ror),
];

/// `type.__setattr__(cls, name, value)`: the assignment a metaclass's `__setattr__` extends.
fn type_setattr(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__setattr__", 3, 3, &[])?;
    type_attr_name(&a)?;
    vm.set_attr_plain(&a.pos[0], &a.pos[1], a.pos[2].clone())?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__delattr__", 2, 2, &[])?;
    type_attr_name(&a)?;
    vm.del_attr_plain(&a.pos[0], &a.pos[1])?;
    Ok(Value::None)
}

/// Checks the class and attribute name arguments of `type.__setattr__`/`__delattr__`.
fn type_attr_name(a: &Args) -> PResult<()> {
    if as_type(&a.pos[0]).is_none() {
        return Err(type_error(format!(
            "descriptor '__setattr__' requires a 'type' object but received a '{}'",
            type_name(&a.pos[0])
        )));
    }
    if a.pos[1].as_str().is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(&a.pos[1])
        )));
    }
    Ok(())
}

/// `type.__repr__(cls)`: `<class 'module.Name'>`.
fn type_repr(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__repr__", 1, 1, &[])?;
    match &a.pos[0] {
        Value::Obj(o) if as_type(&a.pos[0]).is_some() => Ok(Value::str(class_repr(o))),
        other => Err(type_error(format!(
            "descriptor '__repr__' requires a 'type' object but received a '{}'",
            type_name(other)
        ))),
    }
}

/// The repr of class `o`, ignoring its metaclass's `__repr__`.
pub fn class_repr(o: &ObjRef) -> String {
    match module_and_qualname(o) {
        (m, qual) if m != "builtins" => format!("<class '{m}.{qual}'>"),
        (_, qual) => format!("<class '{qual}'>"),
    }
}

/// `type.__or__(a, b)`: the union `a | b` (NotImplemented for what cannot be in one).
fn type_or(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__or__", 2, 2, &[])?;
    let union = typing_alias_fn(vm, "union")?;
    vm.call(&union, &[a.pos[0].clone(), a.pos[1].clone()], &[])
}

/// `type.__ror__(a, b)`: the union `b | a`.
fn type_ror(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__ror__", 2, 2, &[])?;
    let union = typing_alias_fn(vm, "union")?;
    vm.call(&union, &[a.pos[1].clone(), a.pos[0].clone()], &[])
}

/// `C.mro()`: the method resolution order as a list.
fn type_mro(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (c, _) = crate::objects::methods::this(&a, "mro", 0, 0)?;
    let Some(t) = as_type(c) else {
        return Err(type_error(format!(
            "descriptor 'mro' for 'type' objects doesn't apply to a '{}' object",
            type_name(c)
        )));
    };
    let mut v = vec![c.clone()];
    v.extend(t.mro.iter().map(|m| Value::Obj(m.clone())));
    Ok(Value::list(v))
}

/// Records the new class `cls` with each of its bases, weakly (`__subclasses__`).
pub fn note_subclass(cls: &ObjRef) {
    let Object::Type(t) = &**cls else {
        return;
    };
    if !crate::runtime::weakref::can_refer(cls) {
        return;
    }
    for b in &t.bases {
        // (a built-in type is shared by every interpreter of the process: it cannot hold the
        // classes of one of them)
        if let Object::Type(bt) = &**b {
            if !bt.user {
                continue;
            }
            let slot = crate::runtime::weakref::make(&Value::None, cls, None);
            let mut list = bt.subclasses.lock();
            list.retain(|s| s.is_alive());
            list.push(slot);
        }
    }
}

/// `C.__subclasses__()`: the live classes that name `C` as a base, oldest first.
fn type_subclasses(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let Some((c, rest)) = a.pos.split_first() else {
        return Err(type_error(
            "unbound method type.__subclasses__() needs an argument",
        ));
    };
    let (Value::Obj(o), Some(t)) = (c, as_type(c)) else {
        return Err(type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
            type_name(c)
        )));
    };
    if !rest.is_empty() || !a.kw.is_empty() {
        // CPython names the method after the class it is bound to
        let what = if a.kw.is_empty() {
            format!("no arguments ({} given)", rest.len())
        } else {
            "no keyword arguments".to_string()
        };
        let qual = module_and_qualname(o).1;
        return Err(type_error(format!("{qual}.__subclasses__() takes {what}")));
    }
    let slots = t.subclasses.lock().clone();
    let builtin = types::builtin_subclasses(o).into_iter();
    let user = slots.iter().filter_map(|s| s.get());
    Ok(Value::list(builtin.chain(user).map(Value::Obj).collect()))
}

pub const PROPERTY_METHODS: &[(&str, NativeFnPtr)] = &[
    ("setter", property_setter),
    ("getter", property_getter),
    ("deleter", property_deleter),
    ("__get__", property_get),
];

/// `prop.__get__(obj, type=None)`: the property itself for no instance, else its getter's
/// value for `obj`.
fn property_get(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (p, rest) = crate::objects::methods::this(&a, "__get__", 1, 2)?;
    let obj = &rest[0];
    if matches!(obj, Value::None) {
        return Ok(p.clone());
    }
    let getter = match p.as_obj() {
        Some(Object::Property(prop)) => prop.fget.clone(),
        _ => {
            return Err(type_error(
                "descriptor '__get__' requires a 'property' object",
            ))
        }
    };
    if matches!(getter, Value::None) {
        return Err(attr_error(format!(
            "property of '{}' object has no getter",
            type_name(obj)
        )));
    }
    vm.call1(&getter, obj.clone())
}

fn object_init(_vm: &mut Vm, _a: Args) -> PResult<Value> {
    Ok(Value::None)
}

fn property_with(vm: &mut Vm, a: &Args, which: usize) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(a, "setter", 1, 1)?;
    let Some(Object::Property(p)) = s.as_obj() else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = rest[0].clone();
    let [fget, fset, fdel] = parts;
    let doc = match (&p.doc, which) {
        (Value::None, 0) => docstring(vm, &fget),
        (d, _) => d.clone(),
    };
    Ok(Value::obj(Object::Property(Box::new(Property {
        fget,
        fset,
        fdel,
        doc,
    }))))
}

/// `f.__doc__`, or None when `f` has none.
pub fn docstring(vm: &mut Vm, f: &Value) -> Value {
    if matches!(f, Value::None) {
        return Value::None;
    }
    vm.get_attr(f, &crate::objects::intern::intern("__doc__"))
        .unwrap_or(Value::None)
}

/// `property(fget, fset, fdel, doc)`.
pub fn property_new(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("property", 0, 4, &["fget", "fset", "fdel", "doc"])?;
    let get = |i: usize, k: &str| a.pos.get(i).or(a.kw(k)).cloned().unwrap_or(Value::None);
    let fget = get(0, "fget");
    let doc = match get(3, "doc") {
        Value::None => docstring(vm, &fget),
        d => d,
    };
    Ok(Value::obj(Object::Property(Box::new(Property {
        fget,
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc,
    }))))
}

/// The attributes of a property object.
pub fn property_attr(p: &Property, name: &str) -> Option<Value> {
    Some(match name {
        "fget" => p.fget.clone(),
        "fset" => p.fset.clone(),
        "fdel" => p.fdel.clone(),
        "__doc__" => p.doc.clone(),
        _ => return None,
    })
}

fn property_getter(vm: &mut Vm, a: Args) -> PResult<Value> {
    property_with(vm, &a, 0)
}

fn property_setter(vm: &mut Vm, a: Args) -> PResult<Value> {
    property_with(vm, &a, 1)
}

fn property_deleter(vm: &mut Vm, a: Args) -> PResult<Value> {
    property_with(vm, &a, 2)
}

/// The type object of a class value, if it is one.
pub fn as_type(v: &Value) -> Option<&TypeObj> {
    match v.as_obj() {
        Some(Object::Type(t)) => Some(t),
        _ => None,
    }
}

/// The C3 linearisation of a class with `bases` (without the class itself).
fn c3_mro(name: &str, bases: &[ObjRef]) -> PResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
    for b in bases {
        let mut s = vec![b.clone()];
        if let Object::Type(t) = &**b {
            s.extend(t.mro.iter().cloned());
        }
        seqs.push(s);
    }
    seqs.push(bases.to_vec());
    let mut out: Vec<ObjRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().map(|s| s[0].clone()).find(|c| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|x| ObjRef::ptr_eq(x, c)))
        });
        let Some(c) = candidate else {
            let names: Vec<String> = bases.iter().map(|b| b.name()).collect();
            let _ = name;
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if ObjRef::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Creates a class named `name` with `bases` and the namespace `ns` built by its body.
pub fn make_class(name: &str, bases: Vec<ObjRef>, ns: DictMap) -> PResult<ObjRef> {
    make_class_with(name, bases, ns, None)
}

/// [`make_class`] for a class whose instances carry a Rust value (`native`); a class derived
/// from such classes inherits its base's.
pub fn make_class_with(
    name: &str,
    bases: Vec<ObjRef>,
    ns: DictMap,
    native: Option<NativeLayout>,
) -> PResult<ObjRef> {
    make_class_meta(name, bases, ns, native, None)
}

/// [`make_class_with`] for a class whose metaclass is `meta` (None: `type`).
fn make_class_meta(
    name: &str,
    bases: Vec<ObjRef>,
    ns: DictMap,
    native: Option<NativeLayout>,
    meta: Option<ObjRef>,
) -> PResult<ObjRef> {
    let t = types::types();
    let bases = if bases.is_empty() {
        vec![t.object.clone()]
    } else {
        bases
    };
    let kind = check_bases(&bases)?;
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| ObjRef::ptr_eq(x, b)) {
            return Err(type_error(format!("duplicate base class {}", b.name())));
        }
    }
    let mro = c3_mro(name, &bases)?;
    let native = match native {
        Some(n) => Some(n),
        None => inherited_layout(&bases)?,
    };
    // a Rust value and a built-in one (or an exception's state) cannot share an instance
    if native.is_some()
        && (kind == TypeKind::Exception || bases.iter().any(|b| builtin_base(b).is_some()))
    {
        return Err(type_error("multiple bases have instance lay-out conflict"));
    }
    let mut ns = ns;
    // `__new__` is a static method and these hooks are class methods without the decorator
    for (name, wrap) in [
        ("__new__", Object::StaticMethod as fn(Value) -> Object),
        ("__init_subclass__", Object::ClassMethod),
        ("__class_getitem__", Object::ClassMethod),
    ] {
        if let Some(f @ Value::Obj(_)) = ns.get_str(name).cloned() {
            if let Some(Object::Function(_)) = f.as_obj() {
                ns.insert(
                    crate::objects::intern::intern(name),
                    hash_str(name),
                    Value::obj(wrap(f)),
                );
            }
        }
    }
    // A class that defines __eq__ without __hash__ is unhashable, as in Python.
    if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
        ns.insert(
            crate::objects::intern::intern("__hash__"),
            hash_str("__hash__"),
            Value::None,
        );
    }
    let has_del = ns.get_str("__del__").is_some()
        || mro.iter().any(|b| match &**b {
            Object::Type(bt) => bt.has_del.load(std::sync::atomic::Ordering::Relaxed),
            _ => false,
        });
    let cls = ObjRef::new(Object::Type(Box::new(TypeObj {
        name: Lock::new(name.to_string()),
        base: bases.first().cloned(),
        bases,
        user: true,
        mro,
        dict: ReadMostly::new({
            let mut d = ns;
            d.track(crate::objects::dict::Namespace::Class);
            d
        }),
        kind,
        attr_hint: Default::default(),
        has_del: has_del.into(),
        shape: Some(crate::objects::shape::Shape::root()),
        native,
        meta,
        subclasses: Lock::new(Vec::new()),
    })));
    // Classes are shared by every thread that uses them: no reference counting on them.
    ObjRef::make_immortal_when_shared(&cls);
    note_subclass(&cls);
    Ok(cls)
}

/// The Rust value instances of a class with `bases` carry, if a base was exposed from Rust;
/// two different ones cannot share an instance.
fn inherited_layout(bases: &[ObjRef]) -> PResult<Option<NativeLayout>> {
    let mut found: Option<NativeLayout> = None;
    for b in bases {
        if let Object::Type(bt) = &**b {
            if let Some(n) = bt.native {
                match found {
                    Some(f) if f.id != n.id => {
                        return Err(type_error("multiple bases have instance lay-out conflict"))
                    }
                    _ => found = Some(n),
                }
            }
        }
    }
    Ok(found)
}

/// The kind of instances a class with `bases` has (`Instance`, or `Exception` for exception
/// classes); bases that cannot be combined or derived from are a TypeError.
fn check_bases(bases: &[ObjRef]) -> PResult<TypeKind> {
    let mut kind = TypeKind::Instance;
    let mut solid: Option<ObjRef> = None;
    for b in bases {
        let Object::Type(bt) = &**b else {
            return Err(type_error("bases must be types"));
        };
        match bt.kind {
            // (a subclass of `type` is a metaclass: calling it makes classes, `meta_call`)
            TypeKind::Object | TypeKind::Instance | TypeKind::Type => {}
            TypeKind::Exception => kind = TypeKind::Exception,
            k if is_derivable(k) => {}
            _ => {
                return Err(type_error(format!(
                    "type '{}' is not an acceptable base type",
                    bt.name()
                )))
            }
        }
        if let Some(base) = builtin_base(b) {
            match &solid {
                Some(s) if !ObjRef::ptr_eq(s, &base) => {
                    return Err(type_error("multiple bases have instance lay-out conflict"))
                }
                _ => solid = Some(base),
            }
        }
    }
    if kind == TypeKind::Exception && solid.is_some() {
        return Err(type_error("multiple bases have instance lay-out conflict"));
    }
    Ok(kind)
}

/// Whether `t` is a class made by a `class` statement.
pub fn is_user_type(t: &ObjRef) -> bool {
    matches!(&**t, Object::Type(tt) if tt.user)
}

/// Whether values of `v`'s type may define their own dunder methods.
#[inline]
pub fn has_user_type(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            Object::Instance(_) | Object::Derived(..) => true,
            Object::Exception(e) => is_user_type(&e.class),
            Object::Type(t) => t.meta.is_some(),
            _ => false,
        },
        _ => false,
    }
}

/// A dunder method defined by a user class (or inherited from one), unbound.
pub fn user_method(v: &Value, name: &str) -> Option<Value> {
    if !has_user_type(v) {
        return None;
    }
    types::lookup_user(types::type_of(v), name)
}

/// The uncached search behind [`user_method`]: the class and its user-defined bases, skipping
/// built-in bases (they keep their native behaviour, found by the caller).
pub fn user_method_uncached(t: &ObjRef, name: &str) -> Option<Value> {
    let tt = match &**t {
        Object::Type(tt) => tt,
        _ => return None,
    };
    if let Some(m) = tt.dict.get_str_cloned(name) {
        return Some(m);
    }
    for b in &tt.mro {
        if let Object::Type(bt) = &**b {
            if !bt.user {
                continue;
            }
            if let Some(m) = bt.dict.get_str_cloned(name) {
                return Some(m);
            }
        }
    }
    None
}

impl Vm {
    /// Calls `v.name(args)` when `v`'s class defines `name`; None when it does not.
    pub fn call_dunder(&mut self, v: &Value, name: &str, args: &[Value]) -> PResult<Option<Value>> {
        let Some(m) = user_method(v, name) else {
            return Ok(None);
        };
        if matches!(m, Value::None) {
            return Ok(None);
        }
        // (with up to three arguments gathered on the stack, not in a new vector)
        Ok(Some(self.call_with_self(&m, v, args, &[])?))
    }

    /// Calls a class: `__new__` builds the instance, then `__init__` runs.
    pub fn instantiate(&mut self, cls: &ObjRef, a: Args) -> PResult<Value> {
        let Object::Type(t) = &**cls else {
            return Err(type_error("not a class"));
        };
        let user_new = user_new(cls);
        let obj = match &user_new {
            Some(f) => {
                let obj = self.call_with_self(f, &Value::Obj(cls.clone()), a.pos, a.kw)?;
                if !types::isinstance(&obj, cls) {
                    // `__new__` returned something else: no `__init__`
                    return Ok(obj);
                }
                obj
            }
            None => self.new_instance(cls, a)?,
        };
        match types::lookup(cls, "__init__") {
            Some(init) if !is_object_init(&init) => {
                let r = self.call_with_self(&init, &obj, a.pos, a.kw)?;
                if !matches!(r, Value::None) {
                    return Err(init_returned(&r));
                }
            }
            _ => {
                let takes_args = t.kind == TypeKind::Exception
                    || user_new.is_some()
                    || builtin_base(cls).is_some();
                if (!a.pos.is_empty() || !a.kw.is_empty()) && !takes_args {
                    return Err(type_error(format!("{}() takes no arguments", t.name())));
                }
            }
        }
        Ok(obj)
    }

    /// The default `__new__`: a bare instance of `cls`, or an exception, or for a class
    /// derived from a built-in type an instance carrying that type's value.
    pub fn new_instance(&mut self, cls: &ObjRef, a: Args) -> PResult<Value> {
        if types::kind_of(cls) == TypeKind::Exception {
            return Ok(
                if types::is_subtype(cls, types::exc_type(ExcKind::OSError)) {
                    crate::runtime::exc::new_os_error(cls.clone(), a.pos.to_vec())
                } else if types::is_subtype(cls, types::exc_type(ExcKind::SyntaxError)) {
                    crate::runtime::exc::new_syntax_error(cls.clone(), a.pos.to_vec())
                } else if types::is_subtype(cls, types::exc_type(ExcKind::UnicodeError))
                    && !ObjRef::ptr_eq(cls, types::exc_type(ExcKind::UnicodeError))
                {
                    crate::runtime::exc::new_unicode_error(cls.clone(), a.pos.to_vec())
                } else {
                    Exc::with_args(cls.clone(), a.pos.to_vec())
                }
                .value(),
            );
        }
        self.check_not_abstract(cls)?;
        let inst = fresh_instance(cls);
        if let Object::Type(t) = &**cls {
            if let Some(n) = t.native {
                return Ok(Value::obj(Object::Derived(Box::new(inst), (n.make)())));
            }
        }
        let Some(base) = builtin_base(cls) else {
            return Ok(Value::obj(Object::Instance(inst)));
        };
        let payload = match types::kind_of(&base) {
            // mutable containers start empty; their `__init__` fills them
            TypeKind::List => Value::list(vec![]),
            TypeKind::ByteArray => crate::objects::bytesmethods::new_bytearray(vec![]),
            TypeKind::Dict => Value::obj(Object::Dict(ReadMostly::new(DictMap::new()))),
            TypeKind::Set => {
                Value::obj(Object::Set(Lock::new(crate::objects::set::SetTable::new())))
            }
            _ => crate::builtins::call_type(self, &base, a)?,
        };
        Ok(Value::obj(Object::Derived(Box::new(inst), payload)))
    }

    /// TypeError when class `cls` has abstract methods left (a non-empty
    /// `__abstractmethods__` of its own, which `abc.ABCMeta` sets).
    fn check_not_abstract(&mut self, cls: &ObjRef) -> PResult<()> {
        let Object::Type(t) = &**cls else {
            return Ok(());
        };
        if !t.user {
            return Ok(());
        }
        let Some(abstract_) = t.dict.get_str_cloned("__abstractmethods__") else {
            return Ok(());
        };
        let it = self.get_iter(&abstract_)?;
        let mut names = Vec::new();
        while let Some(n) = self.next(&it)? {
            names.push(self.to_str(&n)?);
        }
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let s = if names.len() == 1 { "" } else { "s" };
        Err(type_error(format!(
            "Can't instantiate abstract class {} with abstract method{s} {}",
            t.name(),
            names.join(", ")
        )))
    }

    /// `obj.name` for instances of user classes: the class's `__getattribute__` (or the
    /// generic lookup), then `__getattr__` when that finds nothing.
    pub fn instance_getattr(&mut self, obj: &Value, name: &Value) -> PResult<Value> {
        let r = match user_method(obj, "__getattribute__") {
            Some(ga) => self.call(&ga, &[obj.clone(), name.clone()], &[]),
            None => self.generic_getattr(obj, name),
        };
        match r {
            Err(e) if e.is_kind(ExcKind::AttributeError) => match user_method(obj, "__getattr__") {
                Some(ga) => self.call(&ga, &[obj.clone(), name.clone()], &[]),
                None => Err(e),
            },
            r => r,
        }
    }

    /// `object.__getattribute__`: data descriptors of the class (properties, objects with
    /// `__set__`/`__delete__`), then the instance dict, then other class attributes.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Value) -> PResult<Value> {
        let n = name.as_str().unwrap_or("");
        let cls = types::type_of(obj).clone();
        let cls_attr = types::lookup(&cls, n);
        if let Some(a) = &cls_attr {
            if let Some(Object::Property(p)) = a.as_obj() {
                if matches!(p.fget, Value::None) {
                    return Err(attr_error(format!(
                        "property '{n}' of '{}' object has no getter",
                        cls.name()
                    )));
                }
                let f = p.fget.clone();
                return self.call1(&f, obj.clone());
            }
            if is_data_descriptor(a) {
                return self.descriptor_get(a, obj, &cls);
            }
        }
        if cls_attr.is_none() {
            // `real` and `imag` of the number a subclass instance extends (data descriptors
            // in CPython, so before the instance's own attributes)
            if let Some(v) = payload(obj).and_then(|p| crate::objects::attr::number_attr(p, n)) {
                return Ok(v);
            }
        }
        if let Some(v) = own_attr(obj, n) {
            return Ok(v);
        }
        if let Some(attr) = cls_attr {
            if user_method(&attr, "__get__").is_some() {
                return self.descriptor_get(&attr, obj, &cls);
            }
            return Ok(bind(attr, obj, &cls));
        }
        if n == "__class__" {
            return Ok(Value::Obj(cls));
        }
        if n == "__dict__" && slot_names(&cls).is_none() {
            if let Some(d) = instance_dict(obj) {
                return Ok(Value::Obj(d));
            }
        }
        if let Some(v) = payload(obj).and_then(|p| crate::objects::attr::number_attr(p, n)) {
            // `real`, `imag`, ... of the number a derived class extends
            return Ok(v);
        }
        Err(attr_error(format!(
            "'{}' object has no attribute '{n}'",
            cls.name()
        )))
    }

    /// `descr.__get__(obj, cls)` (`obj` is None for a lookup on the class).
    pub(crate) fn descriptor_get(
        &mut self,
        descr: &Value,
        obj: &Value,
        cls: &ObjRef,
    ) -> PResult<Value> {
        let args = [obj.clone(), Value::Obj(cls.clone())];
        Ok(self
            .call_dunder(descr, "__get__", &args)?
            .unwrap_or(Value::None))
    }

    /// `obj.name = v` for instances of user classes; false when `obj` is not one.
    pub fn instance_setattr(&mut self, obj: &Value, name: &Value, v: Value) -> PResult<bool> {
        if !has_own_attrs(obj) {
            return Ok(false);
        }
        match user_method(obj, "__setattr__") {
            Some(sa) => self.call(&sa, &[obj.clone(), name.clone(), v], &[])?,
            None => self.generic_setattr(obj, name, v)?,
        };
        Ok(true)
    }

    /// `object.__setattr__`: a property's setter, a descriptor's `__set__`, else the dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, v: Value) -> PResult<Value> {
        let n = name.as_str().unwrap_or("");
        let cls = types::type_of(obj).clone();
        if !is_user_type(&cls) || !has_own_attrs(obj) {
            // a plain `object()` has no attribute dict
            return Err(attr_error(format!(
                "'{}' object has no attribute '{n}'",
                cls.name()
            )));
        }
        if let Some(a) = types::lookup(&cls, n) {
            if let Some(Object::Property(p)) = a.as_obj() {
                if matches!(p.fset, Value::None) {
                    return Err(attr_error(format!(
                        "property '{n}' of '{}' object has no setter",
                        cls.name()
                    )));
                }
                let f = p.fset.clone();
                return self.call(&f, &[obj.clone(), v], &[]);
            }
            if let Some(r) = self.call_dunder(&a, "__set__", &[obj.clone(), v.clone()])? {
                return Ok(r);
            }
        }
        if let (Some(Object::Instance(_)), Some(slots)) = (obj.as_obj(), slot_names(&cls)) {
            if !slots.iter().any(|s| s == n) {
                return Err(attr_error(format!(
                    "'{}' object has no attribute '{n}'",
                    cls.name()
                )));
            }
        }
        set_own_attr(obj, name, v);
        Ok(Value::None)
    }

    /// `del obj.name` for instances of user classes; false when `obj` is not one.
    pub fn instance_delattr(&mut self, obj: &Value, name: &Value) -> PResult<bool> {
        if !has_own_attrs(obj) {
            return Ok(false);
        }
        match user_method(obj, "__delattr__") {
            Some(da) => self.call(&da, &[obj.clone(), name.clone()], &[])?,
            None => self.generic_delattr(obj, name)?,
        };
        Ok(true)
    }

    /// `object.__delattr__`: a property's deleter, a descriptor's `__delete__`, else the dict.
    pub fn generic_delattr(&mut self, obj: &Value, name: &Value) -> PResult<Value> {
        let n = name.as_str().unwrap_or("");
        let cls = types::type_of(obj).clone();
        if let Some(a) = types::lookup(&cls, n) {
            if let Some(Object::Property(p)) = a.as_obj() {
                let f = p.fdel.clone();
                if matches!(f, Value::None) {
                    return Err(attr_error(format!(
                        "property '{n}' of '{}' object has no deleter",
                        cls.name()
                    )));
                }
                return self.call1(&f, obj.clone());
            }
            if let Some(r) = self.call_dunder(&a, "__delete__", std::slice::from_ref(obj))? {
                return Ok(r);
            }
        }
        match del_own_attr(obj, name) {
            Some(_) => Ok(Value::None),
            None => Err(attr_error(format!(
                "'{}' object has no attribute '{n}'",
                cls.name()
            ))),
        }
    }

    /// `Cls.name` for a class: functions come back unbound, classmethods bind to the class,
    /// descriptors answer through `__get__(None, Cls)`.
    pub fn class_getattr(&mut self, cls: &Value, name: &str) -> PResult<Option<Value>> {
        let c = cls.as_obj_ref();
        let Some(v) = types::lookup(c, name) else {
            return Ok(None);
        };
        Ok(Some(match v.as_obj() {
            Some(Object::StaticMethod(f)) => f.clone(),
            Some(Object::ClassMethod(f)) => Value::obj(Object::BoundMethod(cls.clone(), f.clone())),
            _ if user_method(&v, "__get__").is_some() => {
                self.descriptor_get(&v, &Value::None, c)?
            }
            _ => v,
        }))
    }

    /// Attribute lookup through `super(start, obj)`.
    pub fn super_getattr(&mut self, start: &ObjRef, obj: &Value, name: &str) -> PResult<Value> {
        if matches!(obj, Value::None) {
            return super_own_attr(start, obj, name);
        }
        // a class below `start` is looked at as a class (`super().__new__` in a metaclass,
        // class methods); any other object, classes whose metaclass is below `start`
        // included, as an instance
        let obj_is_class = matches!(obj.as_obj(), Some(Object::Type(_)))
            && types::is_subtype(obj.as_obj_ref(), start);
        let cls = if obj_is_class {
            obj.as_obj_ref().clone()
        } else {
            types::type_of(obj).clone()
        };
        let mut chain = vec![cls.clone()];
        if let Object::Type(t) = &*cls {
            chain.extend(t.mro.iter().cloned());
        }
        let pos = chain.iter().position(|c| ObjRef::ptr_eq(c, start));
        let Some(pos) = pos else {
            return Err(type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        };
        for c in &chain[pos + 1..] {
            let found = match &**c {
                Object::Type(t) => t.dict.get_str_cloned(name),
                _ => None,
            };
            if let Some(v) = found {
                return Ok(match v.as_obj() {
                    Some(Object::StaticMethod(f)) => f.clone(),
                    Some(Object::ClassMethod(f)) => {
                        Value::obj(Object::BoundMethod(Value::Obj(cls.clone()), f.clone()))
                    }
                    Some(Object::Function(_) | Object::Native(_)) if !obj_is_class => {
                        Value::obj(Object::BoundMethod(obj.clone(), v.clone()))
                    }
                    Some(o) if !obj_is_class && is_native_method(o) => {
                        Value::obj(Object::BoundMethod(obj.clone(), v.clone()))
                    }
                    // `object.__init_subclass__` is a class method
                    Some(Object::Native(n)) if n.name == "__init_subclass__" => {
                        Value::obj(Object::BoundMethod(Value::Obj(cls.clone()), v.clone()))
                    }
                    Some(Object::Property(p)) if !obj_is_class => {
                        let f = p.fget.clone();
                        return self.call1(&f, obj.clone());
                    }
                    _ => v,
                });
            }
        }
        super_own_attr(start, obj, name)
    }
}

/// The attributes of a super object itself, looked at after the classes it searches (first,
/// for an unbound one).
fn super_own_attr(start: &ObjRef, obj: &Value, name: &str) -> PResult<Value> {
    match name {
        "__thisclass__" => Ok(Value::Obj(start.clone())),
        "__self__" => Ok(obj.clone()),
        "__self_class__" => Ok(match obj {
            Value::None => Value::None,
            _ if matches!(obj.as_obj(), Some(Object::Type(_))) => obj.clone(),
            _ => Value::Obj(types::type_of(obj).clone()),
        }),
        "__get__" => {
            let sup = Value::obj(Object::Super(start.clone(), obj.clone()));
            let f = crate::builtins::native("__get__", super_get);
            Ok(Value::obj(Object::BoundMethod(sup, f)))
        }
        _ => Err(attr_error(format!(
            "'super' object has no attribute '{name}'"
        ))),
    }
}

/// The error when `__init__` returns `r`, not None.
pub fn init_returned(r: &Value) -> Exc {
    type_error(format!(
        "__init__() should return None, not '{}'",
        type_name(r)
    ))
}

/// The `__init__` of `cls` when instances of it are made plainly: a class made by a `class`
/// statement, with no `__new__` and no built-in base (not an exception), whose `__init__` is
/// a Python function. None for any other class (`instantiate` then makes the instance).
pub fn plain_init(cls: &ObjRef) -> Option<Value> {
    let Object::Type(t) = &**cls else {
        return None;
    };
    if !t.user
        || t.kind != TypeKind::Instance
        || user_new(cls).is_some()
        || builtin_base(cls).is_some()
        || t.native.is_some()
        || t.meta.is_some()
    {
        return None;
    }
    types::lookup(cls, "__init__").filter(|i| matches!(i.as_obj(), Some(Object::Function(_))))
}

/// A new instance of plain class `cls` (see `plain_init`), its attributes not yet set.
pub fn bare_instance(cls: &ObjRef) -> Value {
    Value::obj(Object::Instance(fresh_instance(cls)))
}

/// An instance of the class `cls` (exposed from Rust) carrying `payload`.
pub fn native_instance(cls: &ObjRef, payload: Value) -> Value {
    Value::obj(Object::Derived(Box::new(fresh_instance(cls)), payload))
}

/// The instance part of a new instance of `cls`, with room for as many attributes as its
/// instances have had (`TypeObj::attr_hint`).
fn fresh_instance(cls: &ObjRef) -> Instance {
    match &**cls {
        Object::Type(t) => {
            let room = t.attr_hint.load(std::sync::atomic::Ordering::Relaxed) as usize;
            match &t.shape {
                Some(root) => Instance::shaped(cls.clone(), root.clone(), room),
                None => Instance::new(cls.clone(), DictMap::with_capacity(room)),
            }
        }
        _ => Instance::new(cls.clone(), DictMap::new()),
    }
}

fn is_object_init(v: &Value) -> bool {
    match v.as_obj() {
        Some(Object::Native(n)) => n.name == "__init__" && n.owner == Some("object"),
        _ => false,
    }
}

/// Whether class attribute `a` is a data descriptor (defines `__set__` or `__delete__`), which
/// takes precedence over the instance dict.
/// Whether class attribute `a` is a plain value for the attribute protocol: not a property
/// and without `__get__`, `__set__` or `__delete__` (what `attrcache` may cache).
pub(crate) fn descriptor_free(a: &Value) -> bool {
    !matches!(a.as_obj(), Some(Object::Property(_)))
        && ["__get__", "__set__", "__delete__"]
            .iter()
            .all(|m| user_method(a, m).is_none())
}

fn is_data_descriptor(a: &Value) -> bool {
    user_method(a, "__get__").is_some()
        && (user_method(a, "__set__").is_some() || user_method(a, "__delete__").is_some())
}

/// Whether `obj` keeps attributes of its own: an instance of a user class (its dict) or an
/// exception (its attribute table).
fn has_own_attrs(obj: &Value) -> bool {
    matches!(
        obj.as_obj(),
        Some(Object::Instance(_) | Object::Derived(..) | Object::Exception(_))
    )
}

/// True when `obj.n` surely raises AttributeError: a plain instance whose class defines no
/// `__getattribute__` or `__getattr__`, and neither it nor its class has `n`. False means
/// "ask the attribute protocol" (`getattr` with a default then skips making the exception).
pub fn surely_missing(obj: &Value, n: &str) -> bool {
    if !matches!(obj.as_obj(), Some(Object::Instance(_))) || matches!(n, "__class__" | "__dict__") {
        return false;
    }
    let cls = types::type_of(obj);
    user_method(obj, "__getattribute__").is_none()
        && user_method(obj, "__getattr__").is_none()
        && types::lookup(cls, n).is_none()
        && own_attr(obj, n).is_none()
}

/// An attribute `obj` keeps itself.
fn own_attr(obj: &Value, n: &str) -> Option<Value> {
    match obj.as_obj()? {
        Object::Exception(e) => e.state.lock().attrs.get_str(n).cloned(),
        _ => instance_of(obj)?.get_str(n),
    }
}

/// The only attribute names instances of `cls` may have: those of `__slots__`, when every
/// class of its MRO but `object` declares them and none gives instances a `__dict__`.
pub fn slot_names(cls: &ObjRef) -> Option<Vec<String>> {
    let Object::Type(t) = &**cls else {
        return None;
    };
    let object = &types::types().object;
    let mut names = vec![];
    for c in std::iter::once(cls).chain(&t.mro) {
        if ObjRef::ptr_eq(c, object) {
            continue;
        }
        let Object::Type(ct) = &**c else {
            return None;
        };
        if !ct.user {
            return None;
        }
        let slots = ct.dict.read(|d| d.get_str("__slots__").cloned())?;
        let items = match slots.as_obj() {
            Some(Object::Str(_)) => vec![slots.clone()],
            Some(Object::Tuple(t)) => t.to_vec(),
            Some(Object::List(l)) => l.lock().to_vec(),
            _ => return None,
        };
        let private = c.name().trim_start_matches('_').to_string();
        for s in items {
            let s = s.as_str()?;
            if s == "__dict__" {
                return None;
            }
            // private names are mangled, as the compiler mangles `self.__x`
            names.push(
                if s.starts_with("__") && !s.ends_with("__") && !private.is_empty() {
                    format!("_{private}{s}")
                } else {
                    s.to_string()
                },
            );
        }
    }
    Some(names)
}

fn set_own_attr(obj: &Value, name: &Value, v: Value) {
    let h = hash_str(name.as_str().unwrap_or(""));
    match obj.as_obj() {
        Some(Object::Exception(e)) => {
            e.state.lock().attrs.insert(name.clone(), h, v);
        }
        _ => {
            if let Some(i) = instance_of(obj) {
                i.set(name, h, v);
            }
        }
    }
}

fn del_own_attr(obj: &Value, name: &Value) -> Option<(Value, Value)> {
    let h = hash_str(name.as_str().unwrap_or(""));
    match obj.as_obj()? {
        Object::Exception(e) => e.state.lock().attrs.remove(name, h),
        _ => instance_of(obj)?.remove(name, h),
    }
}

/// The instance part of an instance of a user class.
pub fn instance_of(v: &Value) -> Option<&Instance> {
    v.as_obj()?.instance()
}

/// The attribute dict of an instance of a user class, as a dict object (`obj.__dict__`).
pub fn instance_dict(v: &Value) -> Option<ObjRef> {
    instance_of(v).map(Instance::dict_object)
}

/// Binds a class attribute found for instance `obj` (methods become bound methods).
/// A Rust method of a class exposed from Rust: it binds to instances like a function.
pub(crate) fn is_native_method(o: &Object) -> bool {
    matches!(o, Object::NativeObj(n) if types::kind_of(&n.class) == TypeKind::NativeMethod)
}

pub(crate) fn bind(attr: Value, obj: &Value, cls: &ObjRef) -> Value {
    match attr.as_obj() {
        Some(Object::Function(_)) => Value::obj(Object::BoundMethod(obj.clone(), attr)),
        Some(Object::Native(n)) if n.owner.is_some() => {
            Value::obj(Object::BoundMethod(obj.clone(), attr))
        }
        Some(o @ Object::NativeObj(_)) if is_native_method(o) => {
            Value::obj(Object::BoundMethod(obj.clone(), attr))
        }
        Some(Object::StaticMethod(f)) => f.clone(),
        Some(Object::ClassMethod(f)) => {
            Value::obj(Object::BoundMethod(Value::Obj(cls.clone()), f.clone()))
        }
        // an unbound `super(T)` kept as a class attribute binds to the instance
        Some(Object::Super(t, Value::None)) => Value::obj(Object::Super(t.clone(), obj.clone())),
        _ => attr,
    }
}

/// A function of `stdlib/_typing_alias.py`, where generic aliases (`list[int]`) and unions
/// (`int | None`) are written.
pub fn typing_alias_fn(vm: &mut Vm, name: &str) -> PResult<Value> {
    let m = vm.import("_typing_alias")?;
    vm.get_attr(&m, &crate::objects::intern::intern(name))
}

/// `__build_class__(body, name, *bases, **keywords)`: runs the class body in a fresh
/// namespace, makes the class, fills the `__class__` cell that zero-argument `super()` reads,
/// then calls the attributes' `__set_name__` and the bases' `__init_subclass__(**keywords)`.
pub fn build_class(vm: &mut Vm, a: Args) -> PResult<Value> {
    if a.pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let body = a.pos[0].clone();
    let name = a.pos[1].as_str().unwrap_or("?").to_string();
    let written = &a.pos[2..];
    let entries = mro_entries(vm, written)?;
    let mut bases = Vec::new();
    for b in entries.as_deref().unwrap_or(written) {
        match b.as_obj() {
            Some(Object::Type(_)) => bases.push(b.as_obj_ref().clone()),
            _ => {
                return Err(type_error(format!(
                    "bases must be types, not {}",
                    type_name(b)
                )))
            }
        }
    }
    let explicit = a.kw.iter().find(|(k, _)| k.as_str() == Some("metaclass"));
    let kw: Vec<(Value, Value)> =
        a.kw.iter()
            .filter(|(k, _)| k.as_str() != Some("metaclass"))
            .cloned()
            .collect();
    // the metaclass: the one named, else the most derived of the bases' metaclasses
    let meta = match explicit {
        Some((_, m)) => match m.as_obj() {
            Some(Object::Type(_)) => Value::Obj(winner(m.as_obj_ref(), &bases)?),
            _ => m.clone(),
        },
        None => Value::Obj(winner(&types::types().type_, &bases)?),
    };
    let Some(Object::Function(func)) = body.as_obj() else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let bases_v = Value::tuple(bases.iter().map(|b| Value::Obj(b.clone())).collect());
    let name_v = Value::str(&name);
    let is_type =
        |m: &Value| matches!(m, Value::Obj(o) if ObjRef::ptr_eq(o, &types::types().type_));
    let ns_obj = match types::lookup(types::type_of(&meta), "__prepare__")
        .filter(|_| !is_type(&meta))
        .and_then(|_| {
            vm.get_attr(&meta, &crate::objects::intern::intern("__prepare__"))
                .ok()
        }) {
        Some(prepare) => {
            let ns = vm.call(&prepare, &[name_v.clone(), bases_v.clone()], &kw)?;
            match ns {
                // a dict, or a mapping the class body's names go through
                Value::Obj(o) if has_user_type(&ns) || matches!(&*o, Object::Dict(_)) => o,
                other => {
                    return Err(type_error(format!(
                        "{}.__prepare__() must return a mapping, not {}",
                        as_type(&meta).map_or(String::from("?"), |t| t.name()),
                        type_name(&other)
                    )))
                }
            }
        }
        None => ObjRef::new(Object::Dict(ReadMostly::new(DictMap::new()))),
    };
    let module = dict_of(&func.globals)
        .get_str_cloned("__name__")
        .unwrap_or_else(|| Value::str("__main__"));
    ns_set(vm, &ns_obj, "__module__", module)?;
    ns_set(
        vm,
        &ns_obj,
        "__qualname__",
        Value::str(func.qualname.clone()),
    )?;
    let cell = vm.run_class_body(func, ns_obj.clone())?;
    if entries.is_some() {
        ns_set(
            vm,
            &ns_obj,
            "__orig_bases__",
            Value::tuple(written.to_vec()),
        )?;
    }
    if let Value::Obj(c) = &cell {
        if let Object::Cell(_) = &**c {
            // the `__class__` cell zero-argument `super()` reads, filled by `type.__new__`
            ns_set(vm, &ns_obj, "__classcell__", cell.clone())?;
        }
    }
    if is_type(&meta) {
        let ns = namespace_dict(vm, &Value::Obj(ns_obj))?;
        return Ok(Value::Obj(type_new(vm, None, &name, bases, ns, &kw)?));
    }
    vm.call(&meta, &[name_v, bases_v, Value::Obj(ns_obj)], &kw)
}

/// Stores `name` in a class namespace: a dict directly, another mapping through its
/// `__setitem__`.
fn ns_set(vm: &mut Vm, ns: &ObjRef, name: &str, v: Value) -> PResult<()> {
    match &**ns {
        Object::Dict(d) => {
            d.lock()
                .insert(crate::objects::intern::intern(name), hash_str(name), v);
            Ok(())
        }
        _ => vm.setitem(&Value::Obj(ns.clone()), &Value::str(name), v),
    }
}

/// The entries of class namespace `ns` (a dict, a dict subclass's instance or another
/// mapping) as a dict.
fn namespace_dict(vm: &mut Vm, ns: &Value) -> PResult<DictMap> {
    if let Some(Object::Dict(d)) = payload(ns).unwrap_or(ns).as_obj() {
        return Ok(d.lock().clone());
    }
    let d = vm.call(
        &Value::Obj(types::types().dict.clone()),
        std::slice::from_ref(ns),
        &[],
    )?;
    match d.as_obj() {
        Some(Object::Dict(d)) => Ok(d.lock().clone()),
        _ => Ok(DictMap::new()),
    }
}

/// The bases of a class statement with the objects that are not classes but have
/// `__mro_entries__(bases)` replaced by what it returns (PEP 560); None when there are none.
fn mro_entries(vm: &mut Vm, written: &[Value]) -> PResult<Option<Vec<Value>>> {
    let hook = |b: &Value| match b.as_obj() {
        Some(Object::Type(_)) => None,
        _ if has_user_type(b) => types::lookup_user(types::type_of(b), "__mro_entries__"),
        _ => None,
    };
    if !written.iter().any(|b| hook(b).is_some()) {
        return Ok(None);
    }
    let all = Value::tuple(written.to_vec());
    let mut out = Vec::new();
    for b in written {
        let Some(h) = hook(b) else {
            out.push(b.clone());
            continue;
        };
        let r = vm.call_with_self(&h, b, std::slice::from_ref(&all), &[])?;
        match r.as_obj() {
            Some(Object::Tuple(items)) => out.extend(items.iter().cloned()),
            _ => return Err(type_error("__mro_entries__ must return a tuple")),
        }
    }
    Ok(Some(out))
}

/// The metaclass of a class with `bases` and metaclass `meta`: the most derived of `meta`
/// and the bases' metaclasses, which must all be its bases.
fn winner(meta: &ObjRef, bases: &[ObjRef]) -> PResult<ObjRef> {
    let mut win = meta.clone();
    for b in bases {
        let m = types::type_of_obj(b);
        if types::is_subtype(&win, m) {
            continue;
        }
        if types::is_subtype(m, &win) {
            win = m.clone();
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(win)
}

/// `type.__new__(meta, name, bases, ns)`: the class itself (its metaclass `meta`, or the
/// most derived of its bases' when that is more derived; None is `type`), with its
/// `__class__` cell filled, then `__set_name__` of its attributes and the bases'
/// `__init_subclass__(**kw)` called.
pub fn type_new(
    vm: &mut Vm,
    meta: Option<ObjRef>,
    name: &str,
    bases: Vec<ObjRef>,
    mut ns: DictMap,
    kw: &[(Value, Value)],
) -> PResult<ObjRef> {
    let t = types::types();
    let meta = winner(meta.as_ref().unwrap_or(&t.type_), &bases)?;
    let meta = (!ObjRef::ptr_eq(&meta, &t.type_)).then_some(meta);
    let cell = ns.remove(&Value::str("__classcell__"), hash_str("__classcell__"));
    let cls = make_class_meta(name, bases, ns.clone(), None, meta)?;
    if let Some((_, Value::Obj(c))) = &cell {
        if let Object::Cell(l) = &**c {
            *l.lock() = Some(Value::Obj(cls.clone()));
        }
    }
    let cls_v = Value::Obj(cls.clone());
    for e in ns.iter() {
        let args = [cls_v.clone(), e.key.clone()];
        vm.call_dunder(&e.value, "__set_name__", &args)?;
    }
    init_subclass(vm, &cls, kw)?;
    Ok(cls)
}

/// Calling a metaclass `meta` (a subclass of `type`): its `__new__` (else `type.__new__`)
/// makes the class, then its `__init__` runs when the result is an instance of `meta`.
pub fn meta_call(vm: &mut Vm, meta: &ObjRef, a: Args) -> PResult<Value> {
    let meta_v = Value::Obj(meta.clone());
    let cls = match user_new(meta) {
        Some(f) => vm.call_with_self(&f, &meta_v, a.pos, a.kw)?,
        None => {
            let mut pos = vec![meta_v.clone()];
            pos.extend_from_slice(a.pos);
            type_dunder_new(
                vm,
                Args {
                    pos: &pos,
                    kw: a.kw,
                },
            )?
        }
    };
    if types::isinstance(&cls, meta) {
        if let Some(init) = types::lookup_user(meta, "__init__") {
            vm.call_with_self(&init, &cls, a.pos, a.kw)?;
        }
    }
    Ok(cls)
}

/// `type.__new__(meta, name, bases, ns, **kw)`.
pub fn type_dunder_new(vm: &mut Vm, a: Args) -> PResult<Value> {
    let meta = match a.pos.first().and_then(|m| m.as_obj()) {
        Some(Object::Type(_)) => a.pos[0].as_obj_ref().clone(),
        _ => return Err(type_error("type.__new__(X): X is not a type object")),
    };
    if a.pos.len() != 4 {
        return Err(type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let name = a.pos[1]
        .as_str()
        .ok_or_else(|| {
            type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                type_name(&a.pos[1])
            ))
        })?
        .to_string();
    let mut bases = vec![];
    for b in vm.collect(&a.pos[2])? {
        match b.as_obj() {
            Some(Object::Type(_)) => bases.push(b.as_obj_ref().clone()),
            _ => return Err(type_error("bases must be types")),
        }
    }
    let mut ns = match payload(&a.pos[3]).unwrap_or(&a.pos[3]).as_obj() {
        Some(Object::Dict(d)) => d.lock().clone(),
        _ => {
            return Err(type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                type_name(&a.pos[3])
            )))
        }
    };
    for (k, v) in [("__module__", "__main__"), ("__qualname__", name.as_str())] {
        if ns.get_str(k).is_none() {
            ns.insert(
                crate::objects::intern::intern(k),
                hash_str(k),
                Value::str(v),
            );
        }
    }
    let meta = (!ObjRef::ptr_eq(&meta, &types::types().type_)).then_some(meta);
    Ok(Value::Obj(type_new(vm, meta, &name, bases, ns, a.kw)?))
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does, without its metaclass's
/// own `__call__` (reached through `super().__call__` in one).
fn type_dunder_call(vm: &mut Vm, a: Args) -> PResult<Value> {
    match a.pos.first().and_then(|c| c.as_obj()) {
        Some(Object::Type(_)) => {
            let cls = a.pos[0].as_obj_ref().clone();
            crate::builtins::call_type_plain(
                vm,
                &cls,
                Args {
                    pos: &a.pos[1..],
                    kw: a.kw,
                },
            )
        }
        _ => Err(type_error("descriptor '__call__' requires a 'type' object")),
    }
}

/// `type.__init__(cls, ...)`: nothing to do.
fn type_dunder_init(_vm: &mut Vm, _a: Args) -> PResult<Value> {
    Ok(Value::None)
}

/// `type.__prepare__(name, bases, **kw)`: an empty namespace.
fn type_dunder_prepare(_vm: &mut Vm, _a: Args) -> PResult<Value> {
    Ok(Value::obj(Object::Dict(ReadMostly::new(DictMap::new()))))
}

/// Runs `__init_subclass__` of the nearest base that defines it, with the class keywords.
fn init_subclass(vm: &mut Vm, cls: &ObjRef, kw: &[(Value, Value)]) -> PResult<()> {
    let Object::Type(t) = &**cls else {
        return Ok(());
    };
    let hook = t.mro.iter().find_map(|b| match &**b {
        Object::Type(bt) if bt.user => bt.dict.read(|d| d.get_str("__init_subclass__").cloned()),
        _ => None,
    });
    match hook.as_ref().and_then(|h| h.as_obj()) {
        Some(Object::ClassMethod(f)) => {
            vm.call(f, &[Value::Obj(cls.clone())], kw)?;
        }
        _ if !kw.is_empty() => {
            return Err(type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                t.name()
            )))
        }
        _ => {}
    }
    Ok(())
}

/// `object.__init_subclass__(cls)`, reached through `super()`: does nothing.
fn object_init_subclass(_vm: &mut Vm, a: Args) -> PResult<Value> {
    if !a.kw.is_empty() {
        let cls = a.pos.first().and_then(as_type).map(|t| t.name());
        return Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            cls.as_deref().unwrap_or("object")
        )));
    }
    Ok(Value::None)
}

/// `super(type, obj)`; the compiler supplies both arguments for the zero-argument form.
/// `super(type)` (or an object of None) is unbound: its `__get__` binds it.
pub fn super_new(_vm: &mut Vm, a: Args) -> PResult<Value> {
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(Exc::new(ExcKind::RuntimeError, "super(): no arguments"));
    }
    let Some(Object::Type(_)) = a.pos[0].as_obj() else {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            types::type_name(&a.pos[0])
        )));
    };
    let obj = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::obj(Object::Super(
        a.pos[0].as_obj_ref().clone(),
        obj,
    )))
}

/// `super(T).__get__(obj[, type])`: an unbound super bound to `obj` (a bound one, or a None
/// `obj`, gives the super itself).
fn super_get(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("__get__", 2, 3, &[])?;
    match (a.pos[0].as_obj(), &a.pos[1]) {
        (Some(Object::Super(t, Value::None)), obj) if !matches!(obj, Value::None) => {
            Ok(Value::obj(Object::Super(t.clone(), obj.clone())))
        }
        _ => Ok(a.pos[0].clone()),
    }
}

// ---------------------------------------------------------------- classes derived from built-ins

/// Built-in types a class may derive from; instances then carry a value of that type.
fn is_derivable(k: TypeKind) -> bool {
    use TypeKind as K;
    matches!(
        k,
        K::List
            | K::Dict
            | K::Set
            | K::FrozenSet
            | K::Tuple
            | K::Str
            | K::Int
            | K::Float
            | K::Complex
            | K::Bytes
            | K::ByteArray
    )
}

/// The built-in type whose values instances of class `cls` extend, if any.
pub fn builtin_base(cls: &ObjRef) -> Option<ObjRef> {
    let Object::Type(t) = &**cls else {
        return None;
    };
    std::iter::once(cls)
        .chain(t.mro.iter())
        .find(|b| matches!(&***b, Object::Type(bt) if !bt.user && is_derivable(bt.kind)))
        .cloned()
}

/// The built-in value an instance of a class derived from a built-in type extends.
#[inline]
pub fn payload(v: &Value) -> Option<&Value> {
    match v.as_obj() {
        Some(Object::Derived(_, p)) if !is_native_payload(p) => Some(p),
        _ => None,
    }
}

/// The Rust value an instance of a class exposed from Rust carries (`api/class.rs`).
#[inline]
pub fn native_payload(v: &Value) -> Option<&Value> {
    match v.as_obj() {
        Some(Object::Derived(_, p)) if is_native_payload(p) => Some(p),
        _ => None,
    }
}

/// Whether a derived instance's payload is a Rust value rather than a built-in one (such
/// an instance behaves as a plain instance wherever built-in values are unwrapped).
#[inline]
pub fn is_native_payload(p: &Value) -> bool {
    matches!(p.as_obj(), Some(Object::NativeObj(_)))
}

/// The `__new__` a user class defines (or inherits from a user class), as a plain function.
fn user_new(cls: &ObjRef) -> Option<Value> {
    let new = types::lookup(cls, "__new__")?;
    match new.as_obj()? {
        Object::StaticMethod(f) => Some(f.clone()),
        Object::Function(_) => Some(new.clone()),
        _ => None,
    }
}

/// `__new__` of `object` and of the built-in types: `T.__new__(cls, *args)`.
pub fn builtin_new(vm: &mut Vm, a: Args) -> PResult<Value> {
    let Some((cls, rest)) = a.pos.split_first() else {
        return Err(type_error("object.__new__(): not enough arguments"));
    };
    let Some(Object::Type(t)) = cls.as_obj() else {
        return Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            type_name(cls)
        )));
    };
    let args = Args {
        pos: rest,
        kw: a.kw,
    };
    if t.user || t.kind == TypeKind::Object {
        vm.new_instance(cls.as_obj_ref(), args)
    } else {
        crate::builtins::call_type(vm, cls.as_obj_ref(), args)
    }
}

// Dunder methods of the built-in types, which subclasses reach through `super()` (and `dir()`
// lists); each works on the built-in value (`methods::this` unwraps a derived instance).

pub fn dunder_getitem(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(&a, "__getitem__", 1, 1)?;
    vm.getitem(s, &rest[0])
}

pub fn dunder_setitem(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(&a, "__setitem__", 2, 2)?;
    vm.setitem(s, &rest[0], rest[1].clone())?;
    Ok(Value::None)
}

pub fn dunder_delitem(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(&a, "__delitem__", 1, 1)?;
    vm.delitem(s, &rest[0])?;
    Ok(Value::None)
}

pub fn dunder_len(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = crate::objects::methods::this(&a, "__len__", 0, 0)?;
    Ok(Value::Int(vm.len_of(s)? as i64))
}

pub fn dunder_contains(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(&a, "__contains__", 1, 1)?;
    Ok(Value::bool(vm.contains(s, &rest[0])?))
}

pub fn dunder_iter(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = crate::objects::methods::this(&a, "__iter__", 0, 0)?;
    vm.get_iter(s)
}

pub fn dunder_repr(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = crate::objects::methods::this(&a, "__repr__", 0, 0)?;
    Ok(Value::str(vm.repr(s)?))
}

/// `list.__init__(self, iterable=())`.
pub fn list_init(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(&a, "list", 0, 1)?;
    let items = match rest.first() {
        Some(v) => vm.collect(v)?,
        None => vec![],
    };
    if let Some(Object::List(l)) = s.as_obj() {
        *l.lock() = items;
    }
    Ok(Value::None)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`.
pub fn dict_init(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(&a, "dict", 0, 1)?;
    if let Some(src) = rest.first() {
        vm.dict_fill(s, src)?;
    }
    for (k, v) in a.kw {
        vm.setitem(s, k, v.clone())?;
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`.
pub fn set_init(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(&a, "set", 0, 1)?;
    let mut t = crate::objects::set::SetTable::new();
    if let Some(src) = rest.first() {
        vm.table_update(&mut t, src)?;
    }
    if let Some(Object::Set(dst)) = s.as_obj() {
        *dst.lock() = t;
    }
    Ok(Value::None)
}

/// The text of a str, or of an instance of a class derived from str.
pub fn str_of(v: &Value) -> Option<&str> {
    v.as_str().or_else(|| payload(v)?.as_str())
}
