//! Turning values into text: `repr()`, `str()`, `format()` with a spec, f-string fields and
//! `%`-formatting.

use crate::objects::codepoint;
use crate::objects::format;
use crate::objects::object::ObjRefExt;
use crate::objects::object::Object;
use crate::objects::types::{self, type_name};
use crate::objects::value::Value;
use crate::runtime::exc::{overflow, type_error, value_error};
use crate::runtime::vm::{PResult, Vm};

/// CPython's repr of a str: single quotes unless the text has a single quote and no double.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => codepoint::push_escape(&mut out, codepoint::code_point(c)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for one character: not in the categories "Other" (control,
/// format, surrogate, private use, unassigned) or "Separator", but for the space.
pub fn is_printable(c: char) -> bool {
    use unicode_properties::{GeneralCategory as G, UnicodeGeneralCategory};
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !matches!(
        c.general_category(),
        G::Control
            | G::Format
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
            | G::SpaceSeparator
            | G::LineSeparator
            | G::ParagraphSeparator
    )
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(x as char);
            }
            0x20..=0x7e => out.push(x as char),
            x => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PResult<String> {
        self.repr_for(v, "__repr__")
    }

    /// `repr(v)`, or `str(v)` of an object whose class has `__repr__` but no `__str__`: then a
    /// `__repr__` that returns a non-string is reported as `who` ("__str__ returned
    /// non-string"), as CPython's `object.__str__` calls the repr slot directly.
    fn repr_for(&mut self, v: &Value, who: &str) -> PResult<String> {
        if crate::objects::class::has_user_type(v) {
            self.enter(" while getting the repr of an object")?;
            let r = self.call_dunder(v, "__repr__", &[]);
            self.leave();
            if let Some(r) = r? {
                return returned_str(&r, who);
            }
        }
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format::float_repr(f.get()),
            Value::Obj(o) => match &**o {
                Object::Str(s) => str_repr(&s.s),
                Object::BigInt(b) => format::int_to_decimal_string(b).map_err(fmt_err)?,
                Object::Complex(z) => format::complex_repr(z.re, z.im),
                Object::List(_)
                | Object::Tuple(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::FrozenSet(_) => return self.container_repr(v),
                Object::Bytes(b) => bytes_repr(b),
                Object::ByteArray(b) => format!("bytearray({})", b.read(|b| bytes_repr(b))),
                Object::MemoryView(m) => crate::objects::memoryview::repr(v, m),
                Object::Range(r) => {
                    if r.step == 1 {
                        format!("range({}, {})", r.start, r.stop)
                    } else {
                        format!("range({}, {}, {})", r.start, r.stop, r.step)
                    }
                }
                Object::Slice(sl) => format!(
                    "slice({}, {}, {})",
                    self.repr(&sl[0])?,
                    self.repr(&sl[1])?,
                    self.repr(&sl[2])?
                ),
                Object::Function(f) => format!("<function {} at {:#x}>", f.qualname, addr(v)),
                Object::Native(n) => match n.owner {
                    Some(t) => format!("<method '{}' of '{}' objects>", n.name, t),
                    None => format!("<built-in function {}>", n.name),
                },
                Object::BoundMethod(s, f) => match f.as_obj() {
                    Some(Object::Native(n)) => format!(
                        "<built-in method {} of {} object at {:#x}>",
                        n.name,
                        type_name(s),
                        addr(s)
                    ),
                    Some(Object::Function(func)) => {
                        format!("<bound method {} of {}>", func.qualname, self.repr(s)?)
                    }
                    _ => "<bound method>".into(),
                },
                Object::Type(_) => crate::objects::class::class_repr(o),
                Object::Exception(e) => {
                    let name = e.class.name();
                    let args = e.state.lock().args.clone();
                    let items = self.items_of(&args);
                    if items.len() == 1 {
                        format!("{}({})", name, self.repr(&items[0])?)
                    } else {
                        format!("{}{}", name, self.repr(&args)?)
                    }
                }
                Object::Module(m) => {
                    let d = crate::runtime::vm::dict_of(&m.dict);
                    let file = d.get_str_cloned("__file__");
                    // (a module made by calling `types.ModuleType` has a `__loader__` but no
                    // `__builtins__`; native modules have neither)
                    let imported = d.get_str_cloned("__builtins__").is_some()
                        || d.get_str_cloned("__loader__").is_none();
                    match file.as_ref().and_then(|f| f.as_str()) {
                        Some(f) => format!("<module '{}' from '{f}'>", m.name),
                        None if m.name == "__main__" || !imported => {
                            format!("<module '{}'>", m.name)
                        }
                        None if file.is_some() => format!("<module '{}' (namespace)>", m.name),
                        None => format!("<module '{}' (built-in)>", m.name),
                    }
                }
                Object::Cell(_) => format!("<cell at {:#x}>", addr(v)),
                Object::Code(c) => format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.name,
                    addr(v),
                    c.filename(),
                    c.first_line
                ),
                Object::Iter(..) | Object::RangeIter(_) => {
                    format!("<{} object at {:#x}>", type_name(v), addr(v))
                }
                Object::DictView(_, k) => {
                    let items = self.collect(v)?;
                    let name = ["dict_keys", "dict_values", "dict_items"][*k as usize];
                    format!("{name}({})", self.repr(&Value::list(items))?)
                }
                Object::Singleton(name) => name.to_string(),
                // a bytearray's repr names its class
                Object::Derived(_, p) if matches!(p.as_obj(), Some(Object::ByteArray(_))) => {
                    let r = self.repr(p)?;
                    format!("{}{}", type_name(v), &r["bytearray".len()..])
                }
                Object::Derived(_, p) if !crate::objects::class::is_native_payload(p) => {
                    return self.repr(p)
                }
                Object::Instance(_) | Object::Derived(..) => crate::objects::class::default_repr(v),
                Object::NativeObj(n) => match crate::objects::types::lookup(&n.class, "__repr__") {
                    Some(m) => {
                        let r = self.call_with_self(&m, v, &[], &[])?;
                        return returned_str(&r, "__repr__");
                    }
                    None => format!("<{} object at {:#x}>", n.class.name(), addr(v)),
                },
                Object::Generator(g) => {
                    let kind = match g.kind {
                        crate::objects::object::GenKind::AsyncGenerator => "async_generator",
                        k => k.name(),
                    };
                    format!("<{kind} object {} at {:#x}>", g.qualname, addr(v))
                }
                Object::Property(_) => format!("<property object at {:#x}>", addr(v)),
                Object::StaticMethod(f) => format!("<staticmethod({})>", self.repr(f)?),
                Object::ClassMethod(f) => format!("<classmethod({})>", self.repr(f)?),
                Object::Super(t, obj) => {
                    // (the object's type, or the object itself when it is a class)
                    let of = match obj.as_obj() {
                        Some(Object::Type(c)) => format!("<{} object>", c.name()),
                        _ if matches!(obj, Value::None) => "NULL".to_string(),
                        _ => format!("<{} object>", types::type_name(obj)),
                    };
                    format!("<super: <class '{}'>, {of}>", t.name())
                }
            },
        })
    }

    fn container_repr(&mut self, v: &Value) -> PResult<String> {
        let Value::Obj(o) = v else {
            return Ok(String::new());
        };
        let ptr = crate::runtime::sync::Ref::as_ptr(o);
        if self.repr_stack.contains(&ptr) {
            return Ok(match &**o {
                Object::List(_) => "[...]",
                Object::Dict(_) => "{...}",
                Object::Set(_) => "set(...)",
                Object::FrozenSet(_) => "frozenset(...)",
                _ => "(...)",
            }
            .into());
        }
        self.enter(" while getting the repr of an object")?;
        self.repr_stack.push(ptr);
        let r = self.container_repr_inner(o);
        self.repr_stack.pop();
        self.leave();
        r
    }

    fn container_repr_inner(&mut self, o: &crate::objects::value::ObjRef) -> PResult<String> {
        let join = |vm: &mut Vm, items: &[Value]| -> PResult<String> {
            let mut parts = Vec::with_capacity(items.len());
            for i in items {
                parts.push(vm.repr(i)?);
            }
            Ok(parts.join(", "))
        };
        Ok(match &**o {
            Object::List(l) => {
                let items = l.lock().clone();
                format!("[{}]", join(self, &items)?)
            }
            Object::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    format!("({})", join(self, t)?)
                }
            }
            Object::Dict(d) => {
                let entries: Vec<(Value, Value)> = d
                    .lock()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                let mut parts = Vec::with_capacity(entries.len());
                for (k, val) in entries {
                    parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&val)?));
                }
                format!("{{{}}}", parts.join(", "))
            }
            Object::Set(s) => {
                let items: Vec<Value> = s.lock().iter().map(|(_, k)| k.clone()).collect();
                if items.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", join(self, &items)?)
                }
            }
            Object::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().map(|(_, k)| k.clone()).collect();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", join(self, &items)?)
                }
            }
            _ => String::new(),
        })
    }

    /// `str(v)`.
    // the VM converts `v`; `self` is not what is converted
    #[allow(clippy::wrong_self_convention)]
    pub fn to_str(&mut self, v: &Value) -> PResult<String> {
        if crate::objects::class::has_user_type(v) {
            if let Some(r) = self.call_dunder(v, "__str__", &[])? {
                return returned_str(&r, "__str__");
            }
        }
        match v.as_obj() {
            Some(Object::Str(s)) => Ok(s.s.to_string()),
            // `str.__str__` gives the text; other built-ins use repr (the class's own first)
            Some(Object::Derived(_, p)) if p.as_str().is_some() => self.to_str(p),
            Some(Object::Exception(e)) => {
                if let Some(s) = self.os_error_str(e)? {
                    return Ok(s);
                }
                if let Some(s) = self.syntax_error_str(e)? {
                    return Ok(s);
                }
                if let Some(s) = unicode_error_str(e) {
                    return Ok(s);
                }
                let args = e.state.lock().args.clone();
                let items = self.items_of(&args);
                let is_key_error =
                    types::is_subtype(&e.class, types::exc_type(types::ExcKind::KeyError));
                match items.len() {
                    0 => Ok(String::new()),
                    1 if is_key_error => self.repr(&items[0]),
                    1 => self.to_str(&items[0]),
                    _ => self.repr(&args),
                }
            }
            _ => self.repr_for(v, "__str__"),
        }
    }

    /// `str()` of a SyntaxError with a message: `msg (file.py, line 3)`.
    fn syntax_error_str(&mut self, e: &crate::objects::object::ExcObj) -> PResult<Option<String>> {
        if !types::is_subtype(&e.class, types::exc_type(types::ExcKind::SyntaxError)) {
            return Ok(None);
        }
        let (msg, file, line) = {
            let st = e.state.lock();
            let attr = |k: &str| st.attrs.get_str(k).cloned().unwrap_or(Value::None);
            (attr("msg"), attr("filename"), attr("lineno"))
        };
        let msg = self.to_str(&msg)?;
        let file = file
            .as_str()
            .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        Ok(Some(match (file, line) {
            (Some(f), Value::Int(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), _) => format!("{msg} ({f})"),
            (None, Value::Int(n)) => format!("{msg} (line {n})"),
            _ => msg,
        }))
    }

    /// `str()` of an OSError made with an errno: `[Errno 2] text: 'filename'`.
    fn os_error_str(&mut self, e: &crate::objects::object::ExcObj) -> PResult<Option<String>> {
        if !types::is_subtype(&e.class, types::exc_type(types::ExcKind::OSError)) {
            return Ok(None);
        }
        let attr = |k: &str| {
            let st = e.state.lock();
            st.attrs.get_str(k).cloned().unwrap_or(Value::None)
        };
        let (errno, text, f1, f2) = (
            attr("errno"),
            attr("strerror"),
            attr("filename"),
            attr("filename2"),
        );
        if matches!(errno, Value::None) || matches!(text, Value::None) {
            return Ok(None);
        }
        let mut s = format!("[Errno {}] {}", self.to_str(&errno)?, self.to_str(&text)?);
        if !matches!(f1, Value::None) {
            s = format!("{s}: {}", self.repr(&f1)?);
            if !matches!(f2, Value::None) {
                s = format!("{s} -> {}", self.repr(&f2)?);
            }
        }
        Ok(Some(s))
    }

    /// `str(v)` as a Value, reusing the object when it already is a str.
    #[allow(clippy::wrong_self_convention)]
    pub fn to_str_value(&mut self, v: &Value) -> PResult<Value> {
        match v {
            Value::Obj(o) if matches!(&**o, Object::Str(_)) => return Ok(v.clone()),
            // (written on the stack: the digits go straight into the new str, no String)
            Value::Int(i) => {
                let mut buf = [0u8; 20];
                let mut n = i.unsigned_abs();
                let mut at = buf.len();
                loop {
                    at -= 1;
                    buf[at] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                if *i < 0 {
                    at -= 1;
                    buf[at] = b'-';
                }
                // SAFETY: `buf[at..]` holds the ASCII digits (and sign) just written.
                return Ok(Value::str(unsafe {
                    std::str::from_utf8_unchecked(&buf[at..])
                }));
            }
            _ => {}
        }
        Ok(Value::str(self.to_str(v)?))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PResult<String> {
        if crate::objects::class::has_user_type(v) {
            return self.user_format(v, spec);
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        // the type's name only words errors: the built-in types' names need no lookup
        let name = match v {
            Value::Int(_) => "int".into(),
            Value::Bool(_) => "bool".into(),
            Value::Float(_) => "float".into(),
            _ if v.as_str().is_some() => "str".into(),
            _ => std::borrow::Cow::Owned(type_name(v)),
        };
        let fs = format::parse_spec_for(spec, &name).map_err(fmt_err)?;
        let r = match v {
            Value::Int(i) => format::format_i64(*i, &fs),
            Value::Bool(b) => format::format_i64(b.get() as i64, &fs),
            Value::Float(f) => format::format_float(f.get(), &fs),
            Value::Obj(o) => match &**o {
                Object::BigInt(b) => format::format_int(b, &fs),
                Object::Complex(z) => format::format_complex(z.re, z.im, &fs),
                Object::Str(s) => format::format_str(&s.s, &fs),
                _ => {
                    return Err(type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        type_name(v)
                    )))
                }
            },
            Value::None => {
                return Err(type_error(
                    "unsupported format string passed to NoneType.__format__",
                ))
            }
        };
        r.map_err(fmt_err)
    }

    /// `format(v, spec)` for an instance of a user class: its `__format__`, or
    /// `object.__format__`, which takes only an empty spec.
    fn user_format(&mut self, v: &Value, spec: &str) -> PResult<String> {
        if let Some(r) = self.call_dunder(v, "__format__", &[Value::str(spec)])? {
            return match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(type_error(format!(
                    "__format__ must return a str, not {}",
                    type_name(&r)
                ))),
            };
        }
        if let (Some(p), false) = (crate::objects::class::payload(v), spec.is_empty()) {
            return self.format(p, spec);
        }
        if !spec.is_empty() {
            return Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name(v)
            )));
        }
        self.to_str(v)
    }

    /// One f-string field: conversion (1 str, 2 repr, 3 ascii) then the spec.
    pub fn format_value(&mut self, v: &Value, conv: u32, spec: Option<&Value>) -> PResult<Value> {
        let converted;
        let v = match conv {
            1 => {
                converted = Value::str(self.to_str(v)?);
                &converted
            }
            2 => {
                converted = Value::str(self.repr(v)?);
                &converted
            }
            3 => {
                converted = Value::str(ascii(&self.repr(v)?));
                &converted
            }
            _ => v,
        };
        let spec = spec.and_then(|s| s.as_str()).unwrap_or("");
        if spec.is_empty() && !crate::objects::class::has_user_type(v) {
            return self.to_str_value(v);
        }
        Ok(Value::str(self.format(v, spec)?))
    }

    /// `fmt % args`, for a str or (bytes formatting) bytes or bytearray `fmt`.
    pub fn percent_format(&mut self, fmt: &Value, args: &Value) -> PResult<Value> {
        use crate::objects::bytesmethods::{bytes_like, Kind};
        let Some(kind) = Kind::of(fmt) else {
            let text = fmt.as_str().unwrap_or("");
            return Ok(Value::str(self.percent_text(text, args, false)?));
        };
        // bytes are formatted as the str of the same code points (Latin-1), which the
        // conversions keep below 256, and turned back into bytes
        let text: String = bytes_like(fmt)
            .unwrap_or_default()
            .iter()
            .map(|&c| c as char)
            .collect();
        let out = self.percent_text(&text, args, true)?;
        Ok(kind.make(out.chars().map(|c| c as u8).collect()))
    }

    /// `text % args`; `bytes` for bytes formatting (`text` then holds one char per byte).
    fn percent_text(&mut self, text: &str, args: &Value, bytes: bool) -> PResult<String> {
        let pieces = format::parse_percent(text, bytes).map_err(fmt_err)?;
        // a tuple (also of a class derived from tuple) holds the arguments; anything else
        // that can be subscripted, but a str, may also serve `%(name)s` (as in CPython)
        let base = crate::objects::class::payload(args).unwrap_or(args);
        let (items, mapping): (Vec<Value>, Option<Value>) = match base.as_obj() {
            Some(Object::Tuple(t)) => (t.to_vec(), None),
            Some(Object::Str(_)) => (vec![args.clone()], None),
            Some(
                Object::Dict(_)
                | Object::List(_)
                | Object::Bytes(_)
                | Object::ByteArray(_)
                | Object::Range(_),
            ) => (vec![args.clone()], Some(args.clone())),
            _ if crate::objects::class::user_method(args, "__getitem__").is_some() => {
                (vec![args.clone()], Some(args.clone()))
            }
            _ => (vec![args.clone()], None),
        };
        let mut next = 0usize;
        let mut out = String::new();
        let mut take = |vm: &mut Vm| -> PResult<Value> {
            let _ = vm;
            if next < items.len() {
                next += 1;
                Ok(items[next - 1].clone())
            } else {
                Err(type_error("not enough arguments for format string"))
            }
        };
        let mut used_mapping = false;
        for p in pieces {
            match p {
                format::PercentPiece::Lit(s) => out.push_str(&s),
                format::PercentPiece::Spec(mut spec) => {
                    // a '*' takes an int (a bool, an int subclass) from the arguments: the width
                    // a Py_ssize_t, negative to left-justify; the precision a C int
                    let star = |w: Value, what: &str| match crate::objects::ops::index_of(&w) {
                        Some(r) => r.map_err(|_| {
                            overflow(format!("Python int too large to convert to C {what}"))
                        }),
                        None => Err(type_error("* wants int")),
                    };
                    let width = match &spec.width {
                        Some(format::Count::Fixed(w)) => Some(*w),
                        Some(format::Count::Star) => {
                            let w = star(take(self)?, "ssize_t")?;
                            if w < 0 {
                                spec.flags.left = true;
                            }
                            // (-(-2**63) overflows: CPython then pads nothing)
                            Some(w.checked_abs().unwrap_or(0) as usize)
                        }
                        None => None,
                    };
                    let precision = match &spec.precision {
                        Some(format::Count::Fixed(w)) => Some(*w),
                        Some(format::Count::Star) => {
                            let p = star(take(self)?, "int")?;
                            let p = i32::try_from(p).map_err(|_| {
                                overflow("Python int too large to convert to C int")
                            })?;
                            Some(p.max(0) as usize)
                        }
                        None => None,
                    };
                    let arg = match &spec.key {
                        Some(k) => {
                            used_mapping = true;
                            let Some(m) = &mapping else {
                                return Err(type_error("format requires a mapping"));
                            };
                            let key = if bytes {
                                crate::objects::bytesmethods::new_bytes(
                                    k.chars().map(|c| c as u8).collect(),
                                )
                            } else {
                                Value::str(k.clone())
                            };
                            self.getitem(m, &key)?
                        }
                        None => take(self)?,
                    };
                    let piece = self.percent_one(&spec, &arg, width, precision, bytes)?;
                    if out.is_empty() {
                        // (a wide first piece is not copied)
                        out = piece;
                    } else {
                        out.try_reserve(piece.len())
                            .map_err(|_| crate::runtime::exc::memory_error())?;
                        out.push_str(&piece);
                    }
                }
            }
        }
        if next < items.len() && !used_mapping && mapping.is_none() {
            let what = if bytes { "bytes" } else { "string" };
            return Err(type_error(format!(
                "not all arguments converted during {what} formatting"
            )));
        }
        Ok(out)
    }

    /// The bytes `%s` and `%b` put in a bytes format, as Latin-1 text: a bytes-like value's,
    /// or what its `__bytes__` returns.
    fn percent_bytes(&mut self, arg: &Value) -> PResult<String> {
        use crate::objects::bytesmethods::bytes_like;
        let latin1 = |b: &[u8]| b.iter().map(|&c| c as char).collect::<String>();
        if let Some(b) = bytes_like(arg) {
            return Ok(latin1(&b));
        }
        if let Some(r) = self.call_dunder(arg, "__bytes__", &[])? {
            return match r.as_obj() {
                Some(Object::Bytes(b)) => Ok(latin1(b)),
                _ => Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name(&r)
                ))),
            };
        }
        Err(type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            type_name(arg)
        )))
    }

    /// `%c` of a bytes format: an int below 256 or a single byte.
    fn percent_byte(&mut self, arg: &Value) -> PResult<String> {
        if let Some(b) = crate::objects::bytesmethods::bytes_like(arg) {
            if b.len() == 1 {
                return Ok((b[0] as char).to_string());
            }
        } else if let Some(i) = crate::objects::ops::index_of(arg) {
            return match i.ok().filter(|i| (0..256).contains(i)) {
                Some(i) => Ok((i as u8 as char).to_string()),
                None => Err(overflow("%c arg not in range(256)")),
            };
        }
        Err(type_error(
            "%c requires an integer in range(256) or a single byte",
        ))
    }

    fn percent_one(
        &mut self,
        spec: &format::PercentSpec,
        arg: &Value,
        width: Option<usize>,
        precision: Option<usize>,
        bytes: bool,
    ) -> PResult<String> {
        let text = match spec.conv {
            's' | 'b' if bytes => {
                let s = self.percent_bytes(arg)?;
                format::percent_str_checked(&s, spec, width, precision)
            }
            'r' | 'a' if bytes => {
                let s = ascii(&self.repr(arg)?);
                format::percent_str_checked(&s, spec, width, precision)
            }
            'c' if bytes => {
                let s = self.percent_byte(arg)?;
                format::percent_str_checked(&s, spec, width, None)
            }
            's' => {
                let s = self.to_str(arg)?;
                format::percent_str_checked(&s, spec, width, precision)
            }
            'r' => {
                let s = self.repr(arg)?;
                format::percent_str_checked(&s, spec, width, precision)
            }
            'a' => {
                let s = ascii(&self.repr(arg)?);
                format::percent_str_checked(&s, spec, width, precision)
            }
            'c' => {
                // an int (a bool, an int subclass) is a code point
                let s = match crate::objects::ops::index_of(arg) {
                    Some(i) => match i.ok().filter(|i| (0..0x110000).contains(i)) {
                        Some(i) => codepoint::char_of(i as u32)?.to_string(),
                        None => return Err(overflow("%c arg not in range(0x110000)")),
                    },
                    None => match arg.as_str() {
                        Some(s) if s.chars().count() == 1 => s.to_string(),
                        _ => return Err(type_error("%c requires int or char")),
                    },
                };
                format::percent_str_checked(&s, spec, width, None)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                // (the number an int or float subclass extends)
                let arg = crate::objects::class::payload(arg).unwrap_or(arg);
                let n = match arg {
                    Value::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                        let f = f.get();
                        if f.is_nan() {
                            return Err(value_error("cannot convert float NaN to integer"));
                        }
                        if f.is_infinite() {
                            return Err(overflow("cannot convert float infinity to integer"));
                        }
                        crate::objects::ops::float_to_bigint(f)
                    }
                    _ => arg.as_bigint().ok_or_else(|| {
                        type_error(format!(
                            "%{} format: {} is required, not {}",
                            spec.conv,
                            if matches!(spec.conv, 'o' | 'x' | 'X') {
                                "an integer"
                            } else {
                                "a real number"
                            },
                            type_name(arg)
                        ))
                    })?,
                };
                format::percent_int_checked(&n, spec, width, precision)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let arg = crate::objects::class::payload(arg).unwrap_or(arg);
                let x = match arg {
                    Value::Float(f) => f.get(),
                    _ => match arg.as_bigint() {
                        Some(b) => crate::objects::ops::int_to_f64(&b)?,
                        None => {
                            return Err(type_error(format!(
                                "must be real number, not {}",
                                type_name(arg)
                            )))
                        }
                    },
                };
                format::percent_float_checked(x, spec, width, precision)
            }
            c => {
                return Err(value_error(format!(
                    "unsupported format character '{c}' (0x{:x})",
                    c as u32
                )))
            }
        };
        text.map_err(fmt_err)
    }
}

/// The exception for a formatting error message from `format.rs`.
pub fn fmt_err(msg: String) -> crate::runtime::exc::Exc {
    match format::error_kind(&msg) {
        format::ErrorKind::Value => value_error(msg),
        format::ErrorKind::Overflow => crate::runtime::exc::overflow(msg),
        format::ErrorKind::Memory => crate::runtime::exc::memory_error(),
    }
}

/// `ascii()`: a repr with every non-ASCII character escaped.
pub fn ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c.is_ascii() {
            true => out.push(c),
            false => codepoint::push_escape(&mut out, codepoint::code_point(c)),
        }
    }
    out
}

fn addr(v: &Value) -> usize {
    match v {
        Value::Obj(o) => crate::runtime::sync::Ref::as_ptr(o) as usize,
        _ => 0,
    }
}

/// `str()` of a UnicodeEncodeError, UnicodeDecodeError or UnicodeTranslateError made with all
/// its arguments: `'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`.
fn unicode_error_str(e: &crate::objects::object::ExcObj) -> Option<String> {
    use types::{exc_type, is_subtype, ExcKind};
    if !is_subtype(&e.class, exc_type(ExcKind::UnicodeError)) {
        return None;
    }
    let st = e.state.lock();
    let attr = |k: &str| st.attrs.get_str(k).cloned();
    let (object, reason) = (attr("object")?, attr("reason")?);
    let (Value::Int(start), Value::Int(end)) = (attr("start")?, attr("end")?) else {
        return None;
    };
    let reason = reason.as_str()?.to_string();
    let one = end == start + 1;
    let range = format!("in position {start}-{}: {reason}", end - 1);
    let char_at = |s: &str| {
        let c = s.chars().nth(usize::try_from(start).ok()?)?;
        let mut out = String::new();
        codepoint::push_escape(&mut out, codepoint::code_point(c));
        Some(out)
    };
    if is_subtype(&e.class, exc_type(ExcKind::UnicodeTranslateError)) {
        return Some(match object.as_str().and_then(char_at) {
            Some(c) if one => {
                format!("can't translate character '{c}' in position {start}: {reason}")
            }
            _ => format!("can't translate characters {range}"),
        });
    }
    let encoding = attr("encoding")?;
    let encoding = encoding.as_str()?;
    if is_subtype(&e.class, exc_type(ExcKind::UnicodeDecodeError)) {
        let byte = crate::objects::bytesmethods::bytes_like(&object)
            .and_then(|b| b.get(usize::try_from(start).ok()?).copied());
        return Some(match byte {
            Some(b) if one => format!(
                "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            ),
            _ => format!("'{encoding}' codec can't decode bytes {range}"),
        });
    }
    Some(match object.as_str().and_then(char_at) {
        Some(c) if one => {
            format!("'{encoding}' codec can't encode character '{c}' in position {start}: {reason}")
        }
        _ => format!("'{encoding}' codec can't encode characters {range}"),
    })
}

/// The text a `__repr__` or `__str__` (`who`) returned: a str, or an instance of a subclass.
fn returned_str(r: &Value, who: &str) -> PResult<String> {
    let text = crate::objects::class::payload(r).unwrap_or(r);
    match text.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(type_error(format!(
            "{who} returned non-string (type {})",
            type_name(r)
        ))),
    }
}
