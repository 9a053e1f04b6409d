//! The native `_json` module under the `stdlib/json*.py` package: the encoder's and the
//! decoder's loops, as CPython's `_json` accelerator does them.
//!
//! `encode` writes a whole document into one string (what `JSONEncoder.encode` and
//! `iterencode(_one_shot=True)` return), calling the encoder's `default` for other objects;
//! `scan_once` reads one value at a character index (the scanner behind `raw_decode`), with
//! the hooks `json.scanner.make_scanner` passes; `scanstring`, `encode_basestring` and
//! `encode_basestring_ascii` are the string halves, and `skip_ws` helps
//! `decode`.
//!
//! Positions are character indexes at the boundary, as in CPython; inside, the text is read
//! as UTF-8 bytes, and a position is counted back to characters only when it is returned or
//! reported. Nested containers go through `Vm::enter`, so deep input raises RecursionError
//! instead of overflowing the Rust stack. No lock is held while `default` or a hook runs: a
//! list's or dict's contents are copied out before they are encoded.

use crate::objects::dict::DictMap;
use crate::objects::format::{float_repr, int_to_decimal_string, parse_int_checked, IntParseError};
use crate::objects::object::Object;
use crate::objects::ops::hash_str;
use crate::objects::types::{exc_type, type_name, ExcKind};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{type_error, value_error, Exc};
use crate::runtime::sync::ReadMostly;
use crate::runtime::vm::{Args, PResult, Vm};
use std::fmt::Write as _;

pub fn module(_vm: &mut Vm) -> Value {
    super::ModuleBuilder::new("_json")
        .func("encode", j_encode)
        .func("encode_basestring", j_encode_basestring)
        .func("encode_basestring_ascii", j_encode_basestring_ascii)
        .func("scan_once", j_scan_once)
        .func("scanstring", j_scanstring)
        .func("skip_ws", j_skip_ws)
        .build()
}

// ---------------------------------------------------------------- helpers

fn str_arg<'a>(v: &'a Value, fname: &str, what: &str) -> PResult<&'a str> {
    match base(v).as_str() {
        Some(s) => Ok(s),
        None => Err(type_error(format!(
            "{fname}() argument {what} must be str, not {}",
            type_name(v)
        ))),
    }
}

/// The built-in value a subclass instance of a built-in type carries, or the value itself.
fn base(v: &Value) -> &Value {
    crate::objects::class::payload(v).unwrap_or(v)
}

fn bool_arg(vm: &mut Vm, v: &Value) -> PResult<bool> {
    vm.truthy(v)
}

/// `None` for an argument passed as None, the value otherwise.
fn opt(v: &Value) -> Option<Value> {
    match v {
        Value::None => None,
        v => Some(v.clone()),
    }
}

/// The number of characters in the first `byte` bytes of `s`.
fn char_pos(s: &str, ascii: bool, byte: usize) -> usize {
    if ascii {
        return byte;
    }
    let b = s.as_bytes();
    let byte = byte.min(b.len());
    b[..byte].iter().filter(|&&c| (c & 0xC0) != 0x80).count()
}

/// The byte offset of character `idx` of `s` (`None` past the end).
fn byte_pos(s: &str, ascii: bool, idx: usize) -> Option<usize> {
    if ascii {
        return (idx <= s.len()).then_some(idx);
    }
    if idx == 0 {
        return Some(0);
    }
    let mut n = 0;
    for (at, _) in s.char_indices() {
        if n == idx {
            return Some(at);
        }
        n += 1;
    }
    (n == idx).then_some(s.len())
}

fn is_ascii_str(v: &Value) -> bool {
    match base(v).as_strobj() {
        Some(s) => s.ascii,
        None => false,
    }
}

// ---------------------------------------------------------------- strings out

/// Appends `s` as a JSON string literal: `"`, `\` and control characters escaped, and with
/// `ascii` everything outside printable ASCII as `\uXXXX` (surrogate pairs above U+FFFF).
fn push_json_str(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    let b = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !(c < 0x20 || c == b'"' || c == b'\\' || (ascii && c >= 0x7f)) {
            i += 1;
            continue;
        }
        out.push_str(s.get(run..i).unwrap_or(""));
        if c >= 0x80 {
            // `ascii` is on, so every earlier byte at or above 0x80 was escaped whole: `i`
            // is the first byte of a character
            let ch = s
                .get(i..)
                .and_then(|t| t.chars().next())
                .unwrap_or('\u{fffd}');
            let cp = crate::objects::codepoint::code_point(ch);
            if cp >= 0x10000 {
                let v = cp - 0x10000;
                let _ = write!(
                    out,
                    "\\u{:04x}\\u{:04x}",
                    0xd800 | (v >> 10),
                    0xdc00 | (v & 0x3ff)
                );
            } else {
                let _ = write!(out, "\\u{cp:04x}");
            }
            i += ch.len_utf8();
        } else {
            match c {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                0x08 => out.push_str("\\b"),
                0x0c => out.push_str("\\f"),
                _ => {
                    let _ = write!(out, "\\u{c:04x}");
                }
            }
            i += 1;
        }
        run = i;
    }
    out.push_str(s.get(run..).unwrap_or(""));
    out.push('"');
}

fn j_encode_basestring(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("encode_basestring", 1, 1, &[])?;
    let s = str_arg(&a.pos[0], "encode_basestring", "1")?;
    let mut out = String::with_capacity(s.len() + 2);
    push_json_str(&mut out, s, false);
    Ok(Value::str(out))
}

fn j_encode_basestring_ascii(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("encode_basestring_ascii", 1, 1, &[])?;
    let s = str_arg(&a.pos[0], "encode_basestring_ascii", "1")?;
    let mut out = String::with_capacity(s.len() + 2);
    push_json_str(&mut out, s, true);
    Ok(Value::str(out))
}

// ---------------------------------------------------------------- the encoder

struct Encoder {
    out: String,
    default: Value,
    ensure_ascii: bool,
    /// The ids of the containers (and objects given to `default`) being encoded, when
    /// circular references are checked.
    markers: Option<std::collections::HashSet<usize>>,
    allow_nan: bool,
    sort_keys: bool,
    skipkeys: bool,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    /// Word errors as CPython's C encoder (no indent) rather than its Python one.
    c_style: bool,
    level: usize,
}

/// What a value is to the encoder.
enum Kind<'a> {
    Null,
    Bool(bool),
    Str(&'a str),
    Int(i64),
    Big(&'a num_bigint::BigInt),
    Float(f64),
    Other,
}

fn kind_of(v: &Value) -> Kind<'_> {
    match base(v) {
        Value::None => Kind::Null,
        Value::Bool(b) => Kind::Bool(b.get()),
        Value::Int(i) => Kind::Int(*i),
        Value::Float(f) => Kind::Float(f.get()),
        Value::Obj(o) => match &**o {
            Object::Str(s) => Kind::Str(&s.s),
            Object::BigInt(b) => Kind::Big(b),
            _ => Kind::Other,
        },
    }
}

fn obj_id(v: &Value) -> usize {
    match v {
        Value::Obj(o) => ObjRef::as_ptr(o) as usize,
        _ => 0,
    }
}

impl Encoder {
    fn newline_indent(&mut self) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn float(&mut self, x: f64) -> PResult<()> {
        if x.is_finite() {
            self.out.push_str(&float_repr(x));
            return Ok(());
        }
        if !self.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            return Err(value_error(if self.c_style {
                msg.to_string()
            } else {
                format!("{msg}: {}", float_repr(x))
            }));
        }
        self.out.push_str(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn mark(&mut self, v: &Value) -> PResult<()> {
        if let Some(m) = &mut self.markers {
            if !m.insert(obj_id(v)) {
                return Err(value_error("Circular reference detected"));
            }
        }
        Ok(())
    }

    fn unmark(&mut self, v: &Value) {
        if let Some(m) = &mut self.markers {
            m.remove(&obj_id(v));
        }
    }

    fn value(&mut self, vm: &mut Vm, v: &Value) -> PResult<()> {
        match kind_of(v) {
            Kind::Null => self.out.push_str("null"),
            Kind::Bool(true) => self.out.push_str("true"),
            Kind::Bool(false) => self.out.push_str("false"),
            Kind::Str(s) => push_json_str(&mut self.out, s, self.ensure_ascii),
            Kind::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Kind::Big(b) => self
                .out
                .push_str(&int_to_decimal_string(b).map_err(value_error)?),
            Kind::Float(x) => self.float(x)?,
            Kind::Other => {
                let what = if self.c_style {
                    " while encoding a JSON object"
                } else {
                    ""
                };
                match base(v).as_obj() {
                    Some(Object::List(l)) => {
                        let items = l.read(|l| l.clone());
                        vm.enter(what)?;
                        let r = self.list(vm, v, &items);
                        vm.leave();
                        r?
                    }
                    Some(Object::Tuple(t)) => {
                        vm.enter(what)?;
                        let r = self.list(vm, v, t);
                        vm.leave();
                        r?
                    }
                    Some(Object::Dict(d)) => {
                        let items: Vec<(Value, Value)> = d
                            .read(|d| d.iter().map(|e| (e.key.clone(), e.value.clone())).collect());
                        vm.enter(what)?;
                        let r = self.dict(vm, v, items);
                        vm.leave();
                        r?
                    }
                    _ => {
                        self.mark(v)?;
                        let new = vm.call1(&self.default.clone(), v.clone())?;
                        vm.enter(what)?;
                        let r = self.value(vm, &new);
                        vm.leave();
                        r?;
                        self.unmark(v);
                    }
                }
            }
        }
        Ok(())
    }

    fn list(&mut self, vm: &mut Vm, v: &Value, items: &[Value]) -> PResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.mark(v)?;
        self.out.push('[');
        self.level += 1;
        self.newline_indent();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&self.item_sep);
                self.newline_indent();
            }
            self.value(vm, item)?;
        }
        self.level -= 1;
        self.newline_indent();
        self.out.push(']');
        self.unmark(v);
        Ok(())
    }

    /// The text of dict key `k`, None to skip it.
    fn key(&mut self, k: &Value) -> PResult<Option<String>> {
        Ok(Some(match kind_of(k) {
            Kind::Str(s) => s.to_string(),
            Kind::Float(x) => {
                let at = self.out.len();
                self.float(x)?;
                self.out.split_off(at)
            }
            Kind::Bool(b) => (if b { "true" } else { "false" }).to_string(),
            Kind::Null => "null".to_string(),
            Kind::Int(i) => i.to_string(),
            Kind::Big(b) => int_to_decimal_string(b).map_err(value_error)?,
            Kind::Other if self.skipkeys => return Ok(None),
            Kind::Other => {
                return Err(type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    type_name(k)
                )))
            }
        }))
    }

    fn dict(&mut self, vm: &mut Vm, v: &Value, mut items: Vec<(Value, Value)>) -> PResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.mark(v)?;
        self.out.push('{');
        if self.sort_keys {
            let mut pairs: Vec<Value> = items.into_iter().map(|(k, v)| Value::pair(k, v)).collect();
            crate::builtins::sort_values(vm, &mut pairs, None, false)?;
            items = pairs
                .iter()
                .filter_map(|p| match p.as_obj() {
                    Some(Object::Tuple(t)) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
                    _ => None,
                })
                .collect();
        }
        self.level += 1;
        self.newline_indent();
        let mut first = true;
        for (k, val) in &items {
            let Some(key) = self.key(k)? else {
                continue;
            };
            if !first {
                self.out.push_str(&self.item_sep);
                self.newline_indent();
            }
            first = false;
            push_json_str(&mut self.out, &key, self.ensure_ascii);
            self.out.push_str(&self.key_sep);
            self.value(vm, val)?;
        }
        self.level -= 1;
        self.newline_indent();
        self.out.push('}');
        self.unmark(v);
        Ok(())
    }
}

/// `encode(obj, default, ensure_ascii, check_circular, allow_nan, sort_keys, skipkeys,
/// indent, key_separator, item_separator)`: the document as one str. `indent` is the
/// indentation text or None (then errors are worded as CPython's C encoder words them).
fn j_encode(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("encode", 10, 10, &[])?;
    let p = a.pos;
    let indent = match &p[7] {
        Value::None => None,
        v => Some(str_arg(v, "encode", "8")?.to_string()),
    };
    let mut e = Encoder {
        out: String::new(),
        default: p[1].clone(),
        ensure_ascii: bool_arg(vm, &p[2])?,
        markers: bool_arg(vm, &p[3])?.then(std::collections::HashSet::new),
        allow_nan: bool_arg(vm, &p[4])?,
        sort_keys: bool_arg(vm, &p[5])?,
        skipkeys: bool_arg(vm, &p[6])?,
        c_style: indent.is_none(),
        indent,
        key_sep: str_arg(&p[8], "encode", "9")?.to_string(),
        item_sep: str_arg(&p[9], "encode", "10")?.to_string(),
        level: 0,
    };
    e.value(vm, &p[0])?;
    Ok(Value::str(e.out))
}

// ---------------------------------------------------------------- the decoder

/// Why reading a value failed: nothing that starts a value at this byte (CPython's
/// StopIteration, which `raw_decode` turns into "Expecting value"), or an exception.
enum Fail {
    Stop(usize),
    Exc(Exc),
}

impl From<Exc> for Fail {
    fn from(e: Exc) -> Fail {
        Fail::Exc(e)
    }
}

type DResult<T> = Result<T, Fail>;

struct Decoder<'a> {
    s: &'a str,
    b: &'a [u8],
    ascii: bool,
    doc: &'a Value,
    errcls: &'a Value,
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

/// `JSONDecodeError(msg, doc, pos)` (the class passed in), at character `pos`.
fn decode_error(vm: &mut Vm, errcls: &Value, msg: &str, doc: &Value, pos: usize) -> Exc {
    let made = (|| {
        let e = vm.call(
            errcls,
            &[Value::str(msg), doc.clone(), Value::Int(pos as i64)],
            &[],
        )?;
        vm.to_exc(e)
    })();
    match made {
        Ok(e) | Err(e) => e,
    }
}

fn hex_digit(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

impl Decoder<'_> {
    fn err(&self, vm: &mut Vm, msg: &str, byte: usize) -> Fail {
        let pos = char_pos(self.s, self.ascii, byte);
        Fail::Exc(decode_error(vm, self.errcls, msg, self.doc, pos))
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    fn scan(&self, vm: &mut Vm, i: usize) -> DResult<(Value, usize)> {
        let b = self.b;
        let Some(&c) = b.get(i) else {
            return Err(Fail::Stop(i));
        };
        let rest = &b[i..];
        match c {
            b'"' => {
                let (s, end) = scanstring(
                    vm,
                    self.s,
                    self.ascii,
                    self.doc,
                    self.errcls,
                    i + 1,
                    self.strict,
                )?;
                return Ok((s, end));
            }
            b'{' => {
                vm.enter(" while decoding a JSON object from a unicode string")?;
                let r = self.object(vm, i + 1);
                vm.leave();
                return r;
            }
            b'[' => {
                vm.enter(" while decoding a JSON array from a unicode string")?;
                let r = self.array(vm, i + 1);
                vm.leave();
                return r;
            }
            b'n' if rest.starts_with(b"null") => return Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => return Ok((Value::TRUE, i + 4)),
            b'f' if rest.starts_with(b"false") => return Ok((Value::FALSE, i + 5)),
            b'N' if rest.starts_with(b"NaN") => return self.constant(vm, "NaN", i),
            b'I' if rest.starts_with(b"Infinity") => return self.constant(vm, "Infinity", i),
            b'-' if rest.starts_with(b"-Infinity") => return self.constant(vm, "-Infinity", i),
            _ => {}
        }
        self.number(vm, i)
    }

    fn constant(&self, vm: &mut Vm, name: &str, i: usize) -> DResult<(Value, usize)> {
        let v = match &self.parse_constant {
            None => Value::float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            }),
            Some(f) => vm.call1(f, Value::str(name))?,
        };
        Ok((v, i + name.len()))
    }

    fn number(&self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let b = self.b;
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i >= b.len() {
                return Err(Fail::Stop(start));
            }
        }
        match b[i] {
            b'1'..=b'9' => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            b'0' => i += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let last = b.len() - 1;
        let mut is_float = false;
        if i < last && b[i] == b'.' && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i < last && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i < last && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if digit(i - 1) {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        // the number's bytes are ASCII
        let text = self.s.get(start..i).unwrap_or("0");
        let custom = if is_float {
            &self.parse_float
        } else {
            &self.parse_int
        };
        if let Some(f) = custom {
            return Ok((vm.call1(f, Value::str(text))?, i));
        }
        let v = if is_float {
            Value::float(text.parse::<f64>().unwrap_or(f64::NAN))
        } else if text.len() <= 18 {
            Value::Int(text.parse::<i64>().unwrap_or(0))
        } else {
            match parse_int_checked(text, 10) {
                Ok(n) => Value::from_bigint(n),
                Err(IntParseError::TooManyDigits(msg)) => return Err(Fail::Exc(value_error(msg))),
                Err(IntParseError::Invalid) => {
                    return Err(Fail::Exc(value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        crate::objects::repr::str_repr(text)
                    ))))
                }
            }
        };
        Ok((v, i))
    }

    fn array(&self, vm: &mut Vm, mut i: usize) -> DResult<(Value, usize)> {
        let b = self.b;
        let mut items = Vec::new();
        i = self.skip_ws(i);
        if b.get(i) != Some(&b']') {
            loop {
                let (v, next) = self.scan(vm, i)?;
                items.push(v);
                i = self.skip_ws(next);
                match b.get(i) {
                    Some(b']') => break,
                    Some(b',') => {}
                    _ => return Err(self.err(vm, "Expecting ',' delimiter", i)),
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((Value::list(items), i + 1))
    }

    fn object(&self, vm: &mut Vm, mut i: usize) -> DResult<(Value, usize)> {
        let b = self.b;
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        i = self.skip_ws(i);
        if b.get(i) != Some(&b'}') {
            loop {
                if b.get(i) != Some(&b'"') {
                    return Err(self.err(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, next) = scanstring(
                    vm,
                    self.s,
                    self.ascii,
                    self.doc,
                    self.errcls,
                    i + 1,
                    self.strict,
                )?;
                i = self.skip_ws(next);
                if b.get(i) != Some(&b':') {
                    return Err(self.err(vm, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, next) = self.scan(vm, i)?;
                pairs.push((key, v));
                i = self.skip_ws(next);
                match b.get(i) {
                    Some(b'}') => break,
                    Some(b',') => {}
                    _ => return Err(self.err(vm, "Expecting ',' delimiter", i)),
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if let Some(hook) = &self.pairs_hook {
            let list = Value::list(pairs.into_iter().map(|(k, v)| Value::pair(k, v)).collect());
            return Ok((vm.call1(hook, list)?, end));
        }
        let mut d = DictMap::with_capacity(pairs.len());
        for (k, v) in pairs {
            let h = hash_str(k.as_str().unwrap_or(""));
            d.insert(k, h, v);
        }
        let d = Value::obj(Object::Dict(ReadMostly::new(d)));
        if let Some(hook) = &self.object_hook {
            return Ok((vm.call1(hook, d)?, end));
        }
        Ok((d, end))
    }
}

/// Reads the string whose text starts at byte `end` of `s` (just after its opening quote):
/// the str and the byte after the closing quote.
fn scanstring(
    vm: &mut Vm,
    s: &str,
    ascii: bool,
    doc: &Value,
    errcls: &Value,
    end: usize,
    strict: bool,
) -> DResult<(Value, usize)> {
    let b = s.as_bytes();
    let begin = end.saturating_sub(1);
    let err = |vm: &mut Vm, msg: &str, at: usize| {
        Fail::Exc(decode_error(vm, errcls, msg, doc, char_pos(s, ascii, at)))
    };
    // the common case: no escapes
    let mut i = end;
    while i < b.len() {
        let c = b[i];
        if c == b'"' || c == b'\\' {
            break;
        }
        if c <= 0x1f && strict {
            return Err(err(vm, "Invalid control character at", i));
        }
        i += 1;
    }
    if i >= b.len() {
        return Err(err(vm, "Unterminated string starting at", begin));
    }
    if b[i] == b'"' {
        return Ok((Value::str(s.get(end..i).unwrap_or("")), i + 1));
    }
    let mut out = String::with_capacity(i - end + 16);
    let mut end = end;
    loop {
        let mut next = end;
        while next < b.len() {
            let c = b[next];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c <= 0x1f && strict {
                return Err(err(vm, "Invalid control character at", next));
            }
            next += 1;
        }
        if next >= b.len() {
            return Err(err(vm, "Unterminated string starting at", begin));
        }
        out.push_str(s.get(end..next).unwrap_or(""));
        let c = b[next];
        next += 1;
        if c == b'"' {
            end = next;
            break;
        }
        // a backslash
        let Some(&e) = b.get(next) else {
            return Err(err(vm, "Unterminated string starting at", begin));
        };
        if e != b'u' {
            end = next + 1;
            let ch = match e {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(err(vm, "Invalid \\escape", end - 2)),
            };
            out.push(ch);
            continue;
        }
        next += 1;
        // four hex digits and at least one character after them
        if s.get(next..).map_or(0, |t| t.chars().take(5).count()) < 5 {
            return Err(err(vm, "Invalid \\uXXXX escape", next - 1));
        }
        let hex4 = |at: usize| -> Option<u32> {
            let mut v = 0;
            for k in 0..4 {
                v = v << 4 | hex_digit(*b.get(at + k)?)?;
            }
            Some(v)
        };
        let Some(mut cp) = hex4(next) else {
            return Err(err(vm, "Invalid \\uXXXX escape", next - 1));
        };
        end = next + 4;
        if (0xd800..0xdc00).contains(&cp)
            && s.get(end..).map_or(0, |t| t.chars().take(7).count()) == 7
            && b.get(end) == Some(&b'\\')
            && b.get(end + 1) == Some(&b'u')
        {
            let Some(c2) = hex4(end + 2) else {
                return Err(err(vm, "Invalid \\uXXXX escape", end + 1));
            };
            if (0xdc00..0xe000).contains(&c2) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (c2 - 0xdc00);
                end += 6;
            }
        }
        out.push(crate::objects::codepoint::char_of(cp)?);
    }
    Ok((Value::str(out), end))
}

/// `scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, errcls)`: `(value, end)` for the value at character `idx`; StopIteration
/// (with the index) when nothing there starts a value. A None hook or parser is the default.
fn j_scan_once(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("scan_once", 9, 9, &[])?;
    let p = a.pos;
    let s = match base(&p[0]).as_str() {
        Some(s) => s,
        None => {
            return Err(type_error(format!(
                "first argument must be a string, not {}",
                type_name(&p[0])
            )))
        }
    };
    let idx = crate::builtins::int_arg(&p[1], "scan_once")?;
    if idx < 0 {
        return Err(value_error("idx cannot be negative"));
    }
    let ascii = is_ascii_str(&p[0]);
    let stop = |pos: usize| {
        Exc::with_args(
            exc_type(ExcKind::StopIteration).clone(),
            vec![Value::Int(pos as i64)],
        )
    };
    let Some(start) = byte_pos(s, ascii, idx as usize) else {
        return Err(stop(idx as usize));
    };
    let d = Decoder {
        s,
        b: s.as_bytes(),
        ascii,
        doc: &p[0],
        errcls: &p[8],
        strict: bool_arg(vm, &p[2])?,
        object_hook: opt(&p[3]),
        pairs_hook: opt(&p[4]),
        parse_float: opt(&p[5]),
        parse_int: opt(&p[6]),
        parse_constant: opt(&p[7]),
    };
    match d.scan(vm, start) {
        Ok((v, end)) => Ok(Value::pair(v, Value::Int(char_pos(s, ascii, end) as i64))),
        Err(Fail::Stop(at)) => Err(stop(char_pos(s, ascii, at))),
        Err(Fail::Exc(e)) => Err(e),
    }
}

/// `scanstring(s, end, strict, errcls)`: the string whose text starts at character `end`,
/// and the index after its closing quote.
fn j_scanstring(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("scanstring", 4, 4, &[])?;
    let s = str_arg(&a.pos[0], "scanstring", "1")?;
    let ascii = is_ascii_str(&a.pos[0]);
    let end = crate::builtins::int_arg(&a.pos[1], "scanstring")?;
    let strict = bool_arg(vm, &a.pos[2])?;
    let start = if end < 0 {
        None
    } else {
        byte_pos(s, ascii, end as usize)
    };
    let Some(start) = start else {
        return Err(value_error("end is out of bounds"));
    };
    match scanstring(vm, s, ascii, &a.pos[0], &a.pos[3], start, strict) {
        Ok((v, end)) => Ok(Value::pair(v, Value::Int(char_pos(s, ascii, end) as i64))),
        Err(Fail::Stop(_)) => Err(value_error("end is out of bounds")),
        Err(Fail::Exc(e)) => Err(e),
    }
}

/// `skip_ws(s, idx)`: the index of the first character at or after `idx` that is not JSON
/// whitespace.
fn j_skip_ws(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("skip_ws", 2, 2, &[])?;
    let s = str_arg(&a.pos[0], "skip_ws", "1")?;
    let ascii = is_ascii_str(&a.pos[0]);
    let idx = crate::builtins::int_arg(&a.pos[1], "skip_ws")?.max(0) as usize;
    let Some(mut i) = byte_pos(s, ascii, idx) else {
        return Ok(Value::Int(idx as i64));
    };
    let start = i;
    let b = s.as_bytes();
    while i < b.len() && is_ws(b[i]) {
        i += 1;
    }
    // whitespace is ASCII: one character per byte
    Ok(Value::Int((idx + (i - start)) as i64))
}
