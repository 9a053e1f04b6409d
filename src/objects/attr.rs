//! Attribute access (`o.name`), method lookup for calls, and imports.

use crate::objects::object::Object;
use crate::objects::types::{self, type_name, ExcKind};
use crate::objects::value::{BoolBits, Value};
use crate::runtime::exc::{attr_error, Exc};
use crate::runtime::vm::{dict_of, PResult, Vm};

/// The `__setattr__`/`__delattr__` (`hook`) a user metaclass of class `o` defines.
fn metaclass_hook(o: &Value, hook: &str) -> Option<Value> {
    match o.as_obj() {
        Some(Object::Type(t)) if t.meta.is_some() => crate::objects::class::user_method(o, hook),
        _ => None,
    }
}

impl Vm {
    pub fn get_attr(&mut self, o: &Value, name: &Value) -> PResult<Value> {
        let n = name.as_str().unwrap_or("");
        if let Some(obj) = o.as_obj() {
            match obj {
                Object::NativeObj(_) => {
                    if let Some(v) = crate::modules::io::file_attr(o, n) {
                        return Ok(v);
                    }
                    if let Some(v) = crate::runtime::traceback::tb_attr(self, o, n) {
                        return Ok(v);
                    }
                    if let Some(v) = crate::runtime::trace::frame_attr(o, n) {
                        return Ok(v);
                    }
                }
                Object::Code(c) => {
                    if let Some(v) = crate::runtime::trace::code_attr(c, n) {
                        return Ok(v);
                    }
                }
                Object::Instance(_) | Object::Derived(..) => return self.instance_getattr(o, name),
                Object::Super(start, inner) => return self.super_getattr(start, inner, n),
                Object::Module(m) => {
                    if let Some(v) = dict_of(&m.dict).get_str_cloned(n) {
                        return Ok(v);
                    }
                    match n {
                        "__name__" => return Ok(Value::str(m.name.clone())),
                        "__dict__" => return Ok(Value::Obj(m.dict.clone())),
                        _ => {}
                    }
                    return Err(attr_error(format!(
                        "module '{}' has no attribute '{n}'",
                        m.name
                    )));
                }
                Object::Type(t) => {
                    if t.user && matches!(n, "__qualname__" | "__module__" | "__doc__") {
                        if let Some(v) = t.dict.get_str_cloned(n) {
                            return Ok(v);
                        }
                    }
                    match n {
                        "__name__" | "__qualname__" => return Ok(Value::str(t.name())),
                        "__module__" => return Ok(Value::str("builtins")),
                        "__doc__" => return Ok(Value::None),
                        "__mro__" => {
                            let mut v = vec![o.clone()];
                            v.extend(t.mro.iter().map(|m| Value::Obj(m.clone())));
                            return Ok(Value::tuple(v));
                        }
                        "__base__" => {
                            return Ok(t.base.clone().map(Value::Obj).unwrap_or(Value::None))
                        }
                        "__bases__" => {
                            return Ok(Value::tuple(
                                t.bases.iter().map(|b| Value::Obj(b.clone())).collect(),
                            ))
                        }
                        "__dict__" => {
                            let d = t.dict.read(Clone::clone);
                            return Ok(Value::obj(Object::Dict(
                                crate::runtime::sync::ReadMostly::new(d),
                            )));
                        }
                        _ => {}
                    }
                    if let Some(v) = self.class_getattr(o, n)? {
                        return Ok(v);
                    }
                    if n == "__class__" {
                        return Ok(Value::Obj(types::type_of(o).clone()));
                    }
                    // methods of the metaclass (`C.mro()`), and a user metaclass's other
                    // attributes: properties and descriptors get the class, values as they are
                    let meta = types::type_of(o).clone();
                    if let Some(f) = types::lookup(&meta, n) {
                        if is_method(&f) {
                            return Ok(Value::obj(Object::BoundMethod(o.clone(), f)));
                        }
                        if t.meta.is_some() {
                            return match f.as_obj() {
                                Some(Object::StaticMethod(g)) => Ok(g.clone()),
                                Some(Object::ClassMethod(g)) => Ok(Value::obj(
                                    Object::BoundMethod(Value::Obj(meta.clone()), g.clone()),
                                )),
                                Some(Object::Property(p)) => {
                                    let getter = p.fget.clone();
                                    self.call1(&getter, o.clone())
                                }
                                _ if crate::objects::class::user_method(&f, "__get__")
                                    .is_some() =>
                                {
                                    self.descriptor_get(&f, o, &meta)
                                }
                                _ => Ok(f),
                            };
                        }
                    }
                    if let Some(ga) = crate::objects::class::user_method(o, "__getattr__") {
                        return self.call_with_self(&ga, o, std::slice::from_ref(name), &[]);
                    }
                    return Err(attr_error(format!(
                        "type object '{}' has no attribute '{n}'",
                        t.name()
                    )));
                }
                Object::Exception(e) => {
                    let st = e.state.lock();
                    match n {
                        "args" => return Ok(st.args.clone()),
                        "__cause__" => return Ok(st.cause.clone().unwrap_or(Value::None)),
                        "__context__" => return Ok(st.context.clone().unwrap_or(Value::None)),
                        "__suppress_context__" => return Ok(Value::bool(st.suppress_context)),
                        // (a copy: the attributes live in the exception's state)
                        "__dict__" => {
                            let d = st.attrs.clone();
                            return Ok(Value::obj(Object::Dict(
                                crate::runtime::sync::ReadMostly::new(d),
                            )));
                        }
                        "__traceback__" => {
                            drop(st);
                            return Ok(crate::runtime::traceback::traceback_of(e));
                        }
                        "value"
                            if crate::objects::types::is_subtype(
                                &e.class,
                                crate::objects::types::exc_type(ExcKind::StopIteration),
                            ) =>
                        {
                            return Ok(match st.args.as_obj() {
                                Some(Object::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
                                _ => Value::None,
                            })
                        }
                        "code"
                            if crate::objects::types::is_subtype(
                                &e.class,
                                crate::objects::types::exc_type(ExcKind::SystemExit),
                            ) && st.attrs.get_str("code").is_none() =>
                        {
                            // one argument is the code itself; several are the whole tuple
                            return Ok(match st.args.as_obj() {
                                Some(Object::Tuple(t)) if t.len() == 1 => t[0].clone(),
                                Some(Object::Tuple(t)) if t.is_empty() => Value::None,
                                _ => st.args.clone(),
                            });
                        }
                        _ => {}
                    }
                    if let Some(v) = st.attrs.get_str(n) {
                        return Ok(v.clone());
                    }
                    let os_error = types::exc_type(ExcKind::OSError);
                    if matches!(n, "errno" | "strerror" | "filename" | "filename2")
                        && types::is_subtype(&e.class, os_error)
                    {
                        return Ok(Value::None);
                    }
                    if crate::runtime::exc::SYNTAX_ERROR_ATTRS.contains(&n)
                        && types::is_subtype(&e.class, types::exc_type(ExcKind::SyntaxError))
                    {
                        return Ok(Value::None);
                    }
                    let import_error = types::exc_type(ExcKind::ImportError);
                    if matches!(n, "name" | "path" | "msg")
                        && types::is_subtype(&e.class, import_error)
                    {
                        return Ok(match (n, st.args.as_obj()) {
                            ("msg", Some(Object::Tuple(t))) if t.len() == 1 => t[0].clone(),
                            _ => Value::None,
                        });
                    }
                    if crate::objects::class::is_user_type(&e.class) {
                        // properties, descriptors, methods and `__getattr__` of the class
                        drop(st);
                        return self.instance_getattr(o, name);
                    }
                }
                Object::Function(f) => match n {
                    _ if !f.attrs.lock().is_empty() && f.attrs.lock().get_str(n).is_some() => {
                        return Ok(f.attrs.lock().get_str(n).cloned().unwrap_or(Value::None))
                    }
                    "__name__" => return Ok(Value::str(f.name.clone())),
                    "__qualname__" => return Ok(Value::str(f.qualname.clone())),
                    "__doc__" => {
                        return Ok(f.code.doc.clone().map(Value::str).unwrap_or(Value::None))
                    }
                    // (the function itself rather than a method-wrapper: calling it is the same)
                    "__call__" => return Ok(o.clone()),
                    "__module__" => {
                        return Ok(dict_of(&f.globals)
                            .lock()
                            .get_str("__name__")
                            .cloned()
                            .unwrap_or_else(|| Value::str("__main__")))
                    }
                    "__dict__" => {
                        let d = f.attrs.lock().clone();
                        return Ok(Value::obj(Object::Dict(
                            crate::runtime::sync::ReadMostly::new(d),
                        )));
                    }
                    "__code__" => return Ok(Value::obj(Object::Code(f.code.clone()))),
                    "__globals__" => return Ok(Value::Obj(f.globals.clone())),
                    "__kwdefaults__" => {
                        return Ok(f.kwdefaults.clone().map_or(Value::None, Value::Obj))
                    }
                    "__annotations__" => {
                        // made on first use, then kept (and found above) like a set attribute
                        let d = Value::obj(Object::Dict(crate::runtime::sync::ReadMostly::new(
                            crate::objects::dict::DictMap::new(),
                        )));
                        self.set_attr(o, name, d.clone())?;
                        return Ok(d);
                    }
                    "__defaults__" => {
                        return Ok(if f.defaults.is_empty() {
                            Value::None
                        } else {
                            Value::tuple(f.defaults.to_vec())
                        })
                    }
                    _ => {}
                },
                Object::Range(r) => match n {
                    "start" => return Ok(Value::Int(r.start)),
                    "stop" => return Ok(Value::Int(r.stop)),
                    "step" => return Ok(Value::Int(r.step)),
                    _ => {}
                },
                Object::Slice(sl) => match n {
                    "start" => return Ok(sl[0].clone()),
                    "stop" => return Ok(sl[1].clone()),
                    "step" => return Ok(sl[2].clone()),
                    _ => {}
                },
                Object::BoundMethod(selfv, func) => match n {
                    "__self__" => return Ok(selfv.clone()),
                    "__func__" => return Ok(func.clone()),
                    "__class__" => {}
                    // everything else comes from the function (`m.__name__`, `m.__doc__`)
                    _ => return self.get_attr(func, name),
                },
                Object::Generator(g) => match n {
                    "__name__" => return Ok(Value::str(g.name.clone())),
                    "__qualname__" => return Ok(Value::str(g.qualname.clone())),
                    _ => {
                        if let Some(v) = crate::runtime::coroutine::suspended_attr(g, n) {
                            return Ok(v);
                        }
                    }
                },
                Object::MemoryView(m) => {
                    if let Some(r) = crate::objects::memoryview::attr(m, n) {
                        return r;
                    }
                }
                Object::Property(p) => {
                    if let Some(v) = crate::objects::class::property_attr(p, n) {
                        return Ok(v);
                    }
                }
                Object::StaticMethod(f) | Object::ClassMethod(f) => match n {
                    "__func__" | "__wrapped__" => return Ok(f.clone()),
                    "__isabstractmethod__" => {
                        let f = f.clone();
                        let name = crate::objects::intern::intern("__isabstractmethod__");
                        return match self.get_attr(&f, &name) {
                            Ok(v) => Ok(Value::bool(self.truthy(&v)?)),
                            Err(e) if e.is_kind(ExcKind::AttributeError) => Ok(Value::FALSE),
                            Err(e) => Err(e),
                        };
                    }
                    _ => {}
                },
                Object::Native(nf) => match n {
                    "__name__" | "__qualname__" => return Ok(Value::str(nf.name)),
                    "__doc__" => return Ok(Value::None),
                    _ => {}
                },
                _ => {}
            }
        }
        if n == "__class__" {
            return Ok(Value::Obj(types::type_of(o).clone()));
        }
        if let Some(v) = number_attr(o, n) {
            return Ok(v);
        }
        let t = types::type_of(o).clone();
        match types::lookup(&t, n) {
            Some(f @ Value::Obj(_)) if is_method(&f) => {
                Ok(Value::obj(Object::BoundMethod(o.clone(), f)))
            }
            Some(v) => Ok(v),
            None => Err(no_attr(o, n)),
        }
    }

    /// For `o.name(...)`: the function to call with `o` prepended, when `name` is a method.
    pub fn load_method(&mut self, o: &Value, name: &Value) -> PResult<Option<Value>> {
        match o.as_obj() {
            Some(
                Object::Module(_) | Object::Type(_) | Object::Exception(_) | Object::Super(..),
            ) => return Ok(None),
            Some(obj) => {
                let n = name.as_str().unwrap_or("");
                if let Some(i) = obj.instance() {
                    if i.get_str(n).is_some() {
                        return Ok(None);
                    }
                }
            }
            None => {}
        }
        let t = types::type_of(o);
        let found = types::lookup(t, name.as_str().unwrap_or(""));
        Ok(match found {
            Some(f) if is_method(&f) => Some(f),
            _ => None,
        })
    }

    pub fn set_attr(&mut self, o: &Value, name: &Value, v: Value) -> PResult<()> {
        if let Some(f) = metaclass_hook(o, "__setattr__") {
            self.call_with_self(&f, o, &[name.clone(), v], &[])?;
            return Ok(());
        }
        self.set_attr_plain(o, name, v)
    }

    /// `o.name = v` without a metaclass's `__setattr__` (`type.__setattr__`).
    pub fn set_attr_plain(&mut self, o: &Value, name: &Value, v: Value) -> PResult<()> {
        let n = name.as_str().unwrap_or("");
        match o.as_obj() {
            Some(Object::Instance(_) | Object::Derived(..)) => {
                self.instance_setattr(o, name, v)?;
                Ok(())
            }
            Some(Object::NativeObj(_)) if crate::runtime::trace::is_frame(o) => {
                crate::runtime::trace::frame_setattr(o, n, v).unwrap_or(Ok(()))
            }
            Some(Object::Type(t)) if t.user && n == "__name__" => match v.as_str() {
                Some(s) => {
                    *t.name.lock() = s.to_string();
                    Ok(())
                }
                None => Err(Exc::new(
                    ExcKind::TypeError,
                    format!(
                        "can only assign string to {}.__name__, not '{}'",
                        t.name(),
                        type_name(&v)
                    ),
                )),
            },
            Some(Object::Type(t)) if t.user => {
                if n == "__del__" {
                    t.has_del.store(true, std::sync::atomic::Ordering::Relaxed);
                }
                let old = t
                    .dict
                    .lock()
                    .insert(name.clone(), crate::objects::ops::hash_str(n), v);
                drop(old);
                Ok(())
            }
            Some(Object::Function(f)) => {
                f.attrs
                    .lock()
                    .insert(name.clone(), crate::objects::ops::hash_str(n), v);
                Ok(())
            }
            Some(Object::Module(m)) => {
                let h = crate::objects::ops::hash_str(n);
                dict_of(&m.dict).lock().insert(name.clone(), h, v);
                Ok(())
            }
            Some(Object::Exception(e)) => {
                let mut st = e.state.lock();
                match n {
                    "args" => {
                        drop(st);
                        let items = self.collect(&v)?;
                        e.state.lock().args = Value::tuple(items);
                    }
                    "__cause__" => {
                        st.cause = if matches!(v, Value::None) {
                            None
                        } else {
                            Some(v)
                        };
                        st.suppress_context = true;
                    }
                    "__context__" => {
                        st.context = if matches!(v, Value::None) {
                            None
                        } else {
                            Some(v)
                        }
                    }
                    "__suppress_context__" => {
                        st.suppress_context = matches!(v, Value::Bool(BoolBits::TRUE))
                    }
                    _ if crate::objects::class::is_user_type(&e.class) => {
                        drop(st);
                        self.instance_setattr(o, name, v)?;
                    }
                    _ => {
                        let h = crate::objects::ops::hash_str(n);
                        st.attrs.insert(name.clone(), h, v);
                    }
                }
                Ok(())
            }
            Some(Object::Type(t)) => Err(Exc::new(
                ExcKind::TypeError,
                format!(
                    "cannot set '{n}' attribute of immutable type '{}'",
                    t.name()
                ),
            )),
            _ => {
                if number_attr(o, n).is_some() {
                    // (a member of complex; a getter of int, bools included, and of float)
                    return Err(attr_error(match o {
                        _ if crate::objects::complex::as_complex(o).is_some() => {
                            "readonly attribute".to_string()
                        }
                        Value::Float(_) => {
                            format!("attribute '{n}' of 'float' objects is not writable")
                        }
                        _ => format!("attribute '{n}' of 'int' objects is not writable"),
                    }));
                }
                if types::lookup(types::type_of(o), n).is_some() {
                    return Err(attr_error(format!(
                        "'{}' object attribute '{n}' is read-only",
                        type_name(o)
                    )));
                }
                Err(no_attr(o, n))
            }
        }
    }

    pub fn del_attr(&mut self, o: &Value, name: &Value) -> PResult<()> {
        if let Some(f) = metaclass_hook(o, "__delattr__") {
            self.call_with_self(&f, o, std::slice::from_ref(name), &[])?;
            return Ok(());
        }
        self.del_attr_plain(o, name)
    }

    /// `del o.name` without a metaclass's `__delattr__` (`type.__delattr__`).
    pub fn del_attr_plain(&mut self, o: &Value, name: &Value) -> PResult<()> {
        let n = name.as_str().unwrap_or("");
        match o.as_obj() {
            Some(Object::Instance(_) | Object::Derived(..)) => {
                self.instance_delattr(o, name)?;
                Ok(())
            }
            Some(Object::Type(t)) if t.user => {
                match t.dict.lock().remove(name, crate::objects::ops::hash_str(n)) {
                    Some(_) => Ok(()),
                    None => Err(attr_error(format!(
                        "type object '{}' has no attribute '{n}'",
                        t.name()
                    ))),
                }
            }
            Some(Object::Module(m)) => {
                let h = crate::objects::ops::hash_str(n);
                match dict_of(&m.dict).lock().remove(name, h) {
                    Some(_) => Ok(()),
                    None => Err(attr_error(format!(
                        "module '{}' has no attribute '{n}'",
                        m.name
                    ))),
                }
            }
            Some(Object::Exception(e)) if crate::objects::class::is_user_type(&e.class) => {
                self.instance_delattr(o, name)?;
                Ok(())
            }
            Some(Object::Exception(e)) => {
                let h = crate::objects::ops::hash_str(n);
                match e.state.lock().attrs.remove(name, h) {
                    Some(_) => Ok(()),
                    None => Err(no_attr(o, n)),
                }
            }
            _ => Err(no_attr(o, n)),
        }
    }

    pub fn has_attr(&mut self, o: &Value, name: &Value) -> PResult<bool> {
        match self.get_attr(o, name) {
            Ok(_) => Ok(true),
            Err(e) if e.is_kind(ExcKind::AttributeError) => Ok(false),
            Err(e) => Err(e),
        }
    }

    // ------------------------------------------------------------ imports

    pub fn import_from(&mut self, m: &Value, name: &Value) -> PResult<Value> {
        match self.get_attr(m, name) {
            Ok(v) => Ok(v),
            Err(e) if e.is_kind(ExcKind::AttributeError) => {
                let n = name.as_str().unwrap_or("");
                let (mname, file, package) = match m.as_obj() {
                    Some(Object::Module(md)) => {
                        let d = crate::runtime::vm::dict_of(&md.dict);
                        let file = d.get_str_cloned("__file__");
                        let package = d.get_str_cloned("__path__").is_some();
                        (md.name.clone(), file, package)
                    }
                    _ => ("?".into(), None, false),
                };
                // a submodule of a package not imported yet
                if package {
                    match self.import(&format!("{mname}.{n}")) {
                        Ok(sub) => return Ok(sub),
                        Err(e) if e.is_kind(ExcKind::ModuleNotFoundError) => {}
                        Err(e) => return Err(e),
                    }
                }
                let place = match file.as_ref().and_then(|f| f.as_str()) {
                    Some(f) => f.to_string(),
                    None => "unknown location".to_string(),
                };
                Err(Exc::new(
                    ExcKind::ImportError,
                    format!("cannot import name '{n}' from '{mname}' ({place})"),
                ))
            }
            Err(e) => Err(e),
        }
    }
}

fn no_attr(o: &Value, n: &str) -> Exc {
    attr_error(format!("'{}' object has no attribute '{n}'", type_name(o)))
}

/// Functions found on a type that bind `self` when looked up on an instance.
fn is_method(f: &Value) -> bool {
    match f.as_obj() {
        Some(Object::Native(n)) => n.owner.is_some(),
        Some(Object::Function(_)) => true,
        Some(o @ Object::NativeObj(_)) => crate::objects::class::is_native_method(o),
        _ => false,
    }
}

/// The data attributes of ints (bools too), floats and complex numbers: `real`, `imag`, and an int's
/// `numerator` and `denominator`.
pub(crate) fn number_attr(o: &Value, n: &str) -> Option<Value> {
    if let Some(z) = crate::objects::complex::as_complex(o) {
        return crate::objects::complex::attr(z, n);
    }
    match o {
        Value::Float(_) => match n {
            "real" => Some(o.clone()),
            "imag" => Some(Value::float(0.0)),
            _ => None,
        },
        _ => {
            let int = o.as_bigint()?;
            match n {
                "real" | "numerator" => Some(Value::from_bigint(int)),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            }
        }
    }
}
