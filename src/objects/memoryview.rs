//! `memoryview`: a view of the bytes of bytes or a bytearray (or of an instance of a class
//! derived from either), one-dimensional, with a step and an item format.
//!
//! A view never holds a pointer into the bytes: it keeps the object and reaches its bytes
//! through it at each access, a bytearray's under its lock (read for reads, locked for
//! writes, never two at once), with every offset checked. While a view of a bytearray is
//! alive and not released, the bytearray counts it as an export ([`crate::objects::bytesmethods::ByteBuf::export`]) and
//! refuses to change its length, as CPython's does; releasing or freeing the view lifts that.
//! A class may offer a view of itself through `__buffer__(flags)` (as Gilt's `array` does).

use crate::objects::bytesmethods::bytes_like;
use crate::objects::methods::this;
use crate::objects::object::{NativeFnPtr, Object};
use crate::objects::ops;
use crate::objects::seq::{norm_index, resolve_slice};
use crate::objects::types::{type_name, ExcKind};
use crate::objects::value::Value;
use crate::runtime::exc::{index_error, type_error, value_error, Exc};
use crate::runtime::vm::{Args, PResult, Vm};
use std::sync::atomic::{AtomicBool, Ordering};

pub const MEMORYVIEW_METHODS: &[(&str, NativeFnPtr)] = &[
    ("tobytes", mv_tobytes),
    ("tolist", mv_tolist),
    ("hex", mv_hex),
    ("release", mv_release),
    ("toreadonly", mv_toreadonly),
    ("cast", mv_cast),
    ("__enter__", mv_enter),
    ("__exit__", mv_exit),
    ("__getitem__", crate::objects::class::dunder_getitem),
    ("__setitem__", crate::objects::class::dunder_setitem),
    ("__delitem__", crate::objects::class::dunder_delitem),
    ("__len__", crate::objects::class::dunder_len),
    ("__iter__", crate::objects::class::dunder_iter),
    ("__repr__", crate::objects::class::dunder_repr),
];

/// The item formats a view may have (struct's native codes) and their sizes.
const FORMATS: &[(u8, usize)] = &[
    (b'B', 1),
    (b'b', 1),
    (b'c', 1),
    (b'?', 1),
    (b'h', 2),
    (b'H', 2),
    (b'i', 4),
    (b'I', 4),
    (b'l', 8),
    (b'L', 8),
    (b'q', 8),
    (b'Q', 8),
    (b'n', 8),
    (b'N', 8),
    (b'P', 8),
    (b'f', 4),
    (b'd', 8),
];

const RELEASED: &str = "operation forbidden on released memoryview object";

pub struct MemView {
    /// What the bytes belong to, as given: bytes, a bytearray, or a derived instance.
    pub obj: Value,
    /// Where the first item starts, in bytes.
    start: usize,
    /// How many items there are.
    len: usize,
    /// Bytes from one item to the next (negative for a reversed slice).
    stride: isize,
    /// The format code, and whether it was written with an `@`.
    code: u8,
    at: bool,
    readonly: bool,
    released: AtomicBool,
}

impl Drop for MemView {
    fn drop(&mut self) {
        if !*self.released.get_mut() {
            self.unexport();
        }
    }
}

fn released_error() -> Exc {
    value_error(RELEASED)
}

fn size_of(code: u8) -> usize {
    FORMATS
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(1, |(_, s)| *s)
}

fn is_byte_format(code: u8) -> bool {
    matches!(code, b'B' | b'b' | b'c')
}

impl MemView {
    /// A view of all of `obj`'s bytes (bytes or a bytearray, maybe derived), exporting them.
    fn of(obj: Value) -> Option<MemView> {
        let (len, readonly) = match buffer_of(&obj)? {
            Object::Bytes(b) => (b.len(), true),
            Object::ByteArray(l) => {
                let mut g = l.lock();
                g.export();
                (g.len(), false)
            }
            _ => return None,
        };
        Some(MemView {
            obj,
            start: 0,
            len,
            stride: 1,
            code: b'B',
            at: false,
            readonly,
            released: AtomicBool::new(false),
        })
    }

    /// Another view of the same bytes, exporting them too.
    fn derive(&self, start: usize, len: usize, stride: isize, code: u8, at: bool) -> MemView {
        if let Some(Object::ByteArray(l)) = buffer_of(&self.obj) {
            l.lock().export();
        }
        MemView {
            obj: self.obj.clone(),
            start,
            len,
            stride,
            code,
            at,
            readonly: self.readonly,
            released: AtomicBool::new(false),
        }
    }

    fn unexport(&self) {
        if let Some(Object::ByteArray(l)) = buffer_of(&self.obj) {
            l.lock().unexport();
        }
    }

    fn release(&self) {
        if !self.released.swap(true, Ordering::AcqRel) {
            self.unexport();
        }
    }

    pub fn is_released(&self) -> bool {
        self.released.load(Ordering::Acquire)
    }

    /// ValueError once released.
    fn live(&self) -> PResult<&Self> {
        if self.is_released() {
            return Err(released_error());
        }
        Ok(self)
    }

    pub fn len(&self) -> PResult<usize> {
        Ok(self.live()?.len)
    }

    fn itemsize(&self) -> usize {
        size_of(self.code)
    }

    fn format(&self) -> String {
        let c = self.code as char;
        if self.at {
            format!("@{c}")
        } else {
            c.to_string()
        }
    }

    fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.itemsize() as isize
    }

    /// Where item `k` starts.
    fn offset(&self, k: usize) -> usize {
        (self.start as isize + k as isize * self.stride) as usize
    }

    /// Runs `f` on the bytes viewed (a bytearray's read under its lock); `f` must not run
    /// Gilt code.
    fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match buffer_of(&self.obj) {
            Some(Object::Bytes(b)) => f(b),
            Some(Object::ByteArray(l)) => l.read(|b| f(b)),
            _ => f(&[]),
        }
    }

    /// The bytes of item `k` in `buf` (None if the buffer no longer holds them).
    fn item_bytes<'b>(&self, buf: &'b [u8], k: usize) -> Option<&'b [u8]> {
        let at = self.offset(k);
        buf.get(at..at.checked_add(self.itemsize())?)
    }

    /// The items' bytes, in order.
    pub fn to_bytes(&self) -> PResult<Vec<u8>> {
        self.live()?;
        self.read(|buf| {
            let mut out = ops::try_vec(self.len * self.itemsize())?;
            for k in 0..self.len {
                out.extend_from_slice(self.item_bytes(buf, k).ok_or_else(out_of_bounds)?);
            }
            Ok(out)
        })
    }

    /// Item `k` as a value (None past the end).
    pub fn item(&self, k: usize) -> PResult<Option<Value>> {
        self.live()?;
        if k >= self.len {
            return Ok(None);
        }
        self.read(|buf| self.item_bytes(buf, k).map(|b| unpack(self.code, b)))
            .ok_or_else(out_of_bounds)
            .map(Some)
    }

    /// Every item as a value.
    pub fn items(&self) -> PResult<Vec<Value>> {
        let bytes = self.to_bytes()?;
        Ok(bytes
            .chunks_exact(self.itemsize())
            .map(|b| unpack(self.code, b))
            .collect())
    }

    /// Writes `bytes` (one item's worth for each index in `at`) into a bytearray's bytes.
    fn write(&self, at: impl Iterator<Item = usize>, bytes: &[u8]) -> PResult<()> {
        if self.readonly {
            return Err(type_error("cannot modify read-only memory"));
        }
        let Some(Object::ByteArray(l)) = buffer_of(&self.obj) else {
            return Err(type_error("cannot modify read-only memory"));
        };
        let size = self.itemsize();
        let mut g = l.lock();
        for (k, new) in at.zip(bytes.chunks_exact(size)) {
            let off = self.offset(k);
            let dst = off
                .checked_add(size)
                .and_then(|end| g.get_mut(off..end))
                .ok_or_else(out_of_bounds)?;
            dst.copy_from_slice(new);
        }
        Ok(())
    }
}

fn out_of_bounds() -> Exc {
    index_error("index out of bounds on dimension 1")
}

/// The object holding the bytes of `obj`: itself, or a derived instance's payload.
fn buffer_of(obj: &Value) -> Option<&Object> {
    crate::objects::class::payload(obj).unwrap_or(obj).as_obj()
}

/// The view a value is (not a derived instance: memoryview cannot be subclassed).
pub fn view_of(v: &Value) -> Option<&MemView> {
    match v.as_obj()? {
        Object::MemoryView(m) => Some(m),
        _ => None,
    }
}

fn new_view(m: MemView) -> Value {
    Value::obj(Object::MemoryView(Box::new(m)))
}

fn view_arg<'a>(
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PResult<(&'a MemView, &'a [Value])> {
    let (s, rest) = this(a, name, min, max)?;
    match view_of(s) {
        Some(m) => Ok((m, rest)),
        None => Err(type_error(format!(
            "descriptor '{name}' requires a 'memoryview' object but received a '{}'",
            type_name(s)
        ))),
    }
}

/// One item from its bytes, as struct unpacks the format.
fn unpack(code: u8, b: &[u8]) -> Value {
    let u = match *b {
        [x] => x as u64,
        [x, y] => u16::from_ne_bytes([x, y]) as u64,
        [x, y, z, w] => u32::from_ne_bytes([x, y, z, w]) as u64,
        _ => b.try_into().map_or(0, u64::from_ne_bytes),
    };
    let signed = |bits: u32| Value::Int(((u << (64 - bits)) as i64) >> (64 - bits));
    match code {
        b'c' => crate::objects::bytesmethods::new_bytes(b.to_vec()),
        b'?' => Value::bool(u != 0),
        b'b' => signed(8),
        b'h' => signed(16),
        b'i' => signed(32),
        b'l' | b'q' | b'n' => Value::Int(u as i64),
        b'f' => Value::float(f32::from_bits(u as u32) as f64),
        b'd' => Value::float(f64::from_bits(u)),
        _ => match i64::try_from(u) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(u.into()),
        },
    }
}

/// The bytes of one item of format `code` holding `v`, with CPython's errors.
fn pack(vm: &mut Vm, m: &MemView, v: &Value) -> PResult<Vec<u8>> {
    let code = m.code;
    let size = m.itemsize();
    let bad_type = || {
        type_error(format!(
            "memoryview: invalid type for format '{}'",
            m.format()
        ))
    };
    let bad_value = || {
        value_error(format!(
            "memoryview: invalid value for format '{}'",
            m.format()
        ))
    };
    match code {
        b'c' => match v.as_obj() {
            Some(Object::Bytes(b)) if b.len() == 1 => Ok(b.to_vec()),
            Some(Object::Bytes(_)) => Err(bad_value()),
            _ => Err(bad_type()),
        },
        b'?' => Ok(vec![vm.truthy(v)? as u8]),
        b'f' | b'd' => {
            let x = match crate::modules::math::to_f64(vm, v) {
                Err(e) if e.is_kind(ExcKind::TypeError) => return Err(bad_type()),
                r => r?,
            };
            Ok(if code == b'f' {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            })
        }
        _ => {
            let int = match v.as_bigint() {
                Some(n) => n,
                None => vm
                    .user_index(v)?
                    .and_then(|i| i.as_bigint())
                    .ok_or_else(bad_type)?,
            };
            let bits = size as u32 * 8;
            let (low, high): (i128, i128) = match code {
                b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P' => (0, (1i128 << bits) - 1),
                _ => (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1),
            };
            let n = num_traits::ToPrimitive::to_i128(&int)
                .filter(|n| (low..=high).contains(n))
                .ok_or_else(bad_value)?;
            Ok(match size {
                1 => vec![n as u8],
                2 => (n as u16).to_ne_bytes().to_vec(),
                4 => (n as u32).to_ne_bytes().to_vec(),
                _ => (n as u64).to_ne_bytes().to_vec(),
            })
        }
    }
}

// ---------------------------------------------------------------- the constructor

/// `memoryview(object)`.
pub fn construct(vm: &mut Vm, a: Args) -> PResult<Value> {
    if a.pos.len() > 1 {
        return Err(type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            a.pos.len() + a.kw.len()
        )));
    }
    crate::builtins::check_keywords(&a, "memoryview", &["object"])?;
    let Some(obj) = a.pos.first().or(a.kw("object")) else {
        return Err(type_error(
            "memoryview() missing required argument 'object' (pos 1)",
        ));
    };
    view(vm, obj)
}

fn view(vm: &mut Vm, obj: &Value) -> PResult<Value> {
    if let Some(m) = view_of(obj) {
        let m = m.live()?;
        return Ok(new_view(m.derive(m.start, m.len, m.stride, m.code, m.at)));
    }
    if let Some(m) = MemView::of(obj.clone()) {
        return Ok(new_view(m));
    }
    if crate::objects::class::has_user_type(obj) {
        if let Some(r) = vm.call_dunder(obj, "__buffer__", &[Value::Int(0)])? {
            return match view_of(&r) {
                Some(_) => Ok(r),
                None => Err(type_error(format!(
                    "__buffer__ returned non-memoryview object (type {})",
                    type_name(&r)
                ))),
            };
        }
    }
    Err(type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        type_name(obj)
    )))
}

// ---------------------------------------------------------------- items

/// What a subscript of a view names.
enum Key {
    Index(usize),
    Slice(crate::objects::seq::SliceIx),
}

fn key(vm: &mut Vm, m: &MemView, k: &Value) -> PResult<Key> {
    if let Some(Object::Slice(sl)) = k.as_obj() {
        let [x, y, z] = &**sl;
        return Ok(Key::Slice(resolve_slice(x, y, z, m.len)?));
    }
    let i = match ops::index_of(k) {
        Some(i) => i?,
        None => match vm.user_index(k)? {
            Some(i) => ops::index_of(&i).unwrap_or(Ok(0))?,
            None => return tuple_key(m, k),
        },
    };
    norm_index(i, m.len)
        .map(Key::Index)
        .ok_or_else(out_of_bounds)
}

/// A tuple subscript, which only a many-dimensional view takes.
fn tuple_key(m: &MemView, k: &Value) -> PResult<Key> {
    let Some(Object::Tuple(t)) = k.as_obj() else {
        return Err(type_error("memoryview: invalid slice key"));
    };
    let unsupported = |msg: &str| Exc::new(ExcKind::NotImplementedError, msg);
    if t.iter().all(|x| ops::index_of(x).is_some()) {
        return match t.len() {
            0 => Err(unsupported("sub-views are not implemented")),
            1 => {
                let i = ops::index_of(&t[0]).unwrap_or(Ok(0))?;
                norm_index(i, m.len)
                    .map(Key::Index)
                    .ok_or_else(out_of_bounds)
            }
            n => Err(type_error(format!(
                "cannot index 1-dimension view with {n}-element tuple"
            ))),
        };
    }
    if t.iter()
        .all(|x| matches!(x.as_obj(), Some(Object::Slice(_))))
    {
        return Err(unsupported("multi-dimensional slicing is not implemented"));
    }
    Err(type_error("memoryview: invalid slice key"))
}

/// `m[k]`: an item, or a view of a slice of the items.
pub fn getitem(vm: &mut Vm, m: &MemView, k: &Value) -> PResult<Value> {
    m.live()?;
    match key(vm, m, k)? {
        Key::Index(i) => Ok(m.item(i)?.unwrap_or(Value::None)),
        Key::Slice(s) => {
            let start = if s.len == 0 {
                m.start
            } else {
                m.offset(s.start as usize)
            };
            let stride = m.stride * s.step as isize;
            Ok(new_view(m.derive(start, s.len, stride, m.code, m.at)))
        }
    }
}

/// `m[k] = v`: an item, or a slice from a value of the same format and length.
pub fn setitem(vm: &mut Vm, m: &MemView, k: &Value, v: &Value) -> PResult<()> {
    m.live()?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    match key(vm, m, k)? {
        Key::Index(i) => {
            let bytes = pack(vm, m, v)?;
            m.write(std::iter::once(i), &bytes)
        }
        Key::Slice(s) => {
            let (code, len, bytes) = match view_of(v) {
                Some(src) => (src.code, src.len()?, src.to_bytes()?),
                None => {
                    let b = crate::objects::bytesmethods::bytes_arg(v)?.into_owned();
                    (b'B', b.len(), b)
                }
            };
            if code != m.code || len != s.len {
                return Err(value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            m.write(crate::objects::seq::slice_indices(&s), &bytes)
        }
    }
}

/// `del m[k]`: never allowed.
pub fn delitem(m: &MemView) -> PResult<()> {
    m.live()?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    Err(type_error("cannot delete memory"))
}

/// `x in m`: an item equal to `x`.
pub fn contains(vm: &mut Vm, m: &MemView, x: &Value) -> PResult<bool> {
    for item in m.items()? {
        if vm.eq(&item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---------------------------------------------------------------- comparison and hashing

/// `a == b` where either is a view: the same number of items, equal as the formats read them
/// (bytes and a bytearray read as 'B'). None when the other is not bytes-like.
pub fn equal(vm: &mut Vm, a: &Value, b: &Value) -> PResult<Option<bool>> {
    let released = |v: &Value| view_of(v).is_some_and(MemView::is_released);
    if released(a) || released(b) {
        return Ok(Some(a.is(b)));
    }
    let side = |v: &Value| -> PResult<Option<(u8, Vec<u8>)>> {
        Ok(match view_of(v) {
            Some(m) => Some((m.code, m.to_bytes()?)),
            None => bytes_like(v).map(|b| (b'B', b.into_owned())),
        })
    };
    let (Some((c1, x)), Some((c2, y))) = (side(a)?, side(b)?) else {
        return Ok(None);
    };
    if c1 == c2 && is_byte_format(c1) {
        return Ok(Some(x == y));
    }
    let (s1, s2) = (size_of(c1), size_of(c2));
    if x.len() / s1 != y.len() / s2 {
        return Ok(Some(false));
    }
    for (p, q) in x.chunks_exact(s1).zip(y.chunks_exact(s2)) {
        if !vm.eq(&unpack(c1, p), &unpack(c2, q))? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

/// Equality of two dictionary keys where either is a view (only read-only views of bytes
/// with a byte format hash, so only those can be keys): equal items, as in [`equal`].
pub fn key_eq(a: &Value, b: &Value) -> bool {
    let side = |v: &Value| match v.as_obj() {
        Some(Object::MemoryView(m)) => Some((m.code, m.to_bytes().ok()?)),
        Some(Object::Bytes(b)) => Some((b'B', b.to_vec())),
        _ => None,
    };
    match (side(a), side(b)) {
        (Some((c1, x)), Some((c2, y)))
            if x.len() == y.len() && is_byte_format(c1) && is_byte_format(c2) =>
        {
            if c1 == c2 {
                return x == y;
            }
            // 'b' and 'B' items are ints, equal where both are below 128
            c1 != b'c' && c2 != b'c' && x.iter().zip(&y).all(|(p, q)| p == q && *p < 128)
        }
        _ => false,
    }
}

/// `hash(m)`: a read-only view of bytes hashes as bytes of its items do.
pub fn hash(m: &MemView) -> PResult<i64> {
    m.live()?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(m.code) || m.at {
        return Err(value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    if let Some(Object::ByteArray(_)) = buffer_of(&m.obj) {
        return Err(type_error(format!(
            "unhashable type: '{}'",
            type_name(&m.obj)
        )));
    }
    Ok(ops::hash_bytes(&m.to_bytes()?))
}

pub fn repr(v: &Value, m: &MemView) -> String {
    let addr = match v {
        Value::Obj(o) => crate::runtime::sync::Ref::as_ptr(o) as usize,
        _ => 0,
    };
    let released = if m.is_released() { "released " } else { "" };
    format!("<{released}memory at {addr:#x}>")
}

// ---------------------------------------------------------------- attributes and methods

/// `m.name` for the data attributes; None for other names.
pub fn attr(m: &MemView, n: &str) -> Option<PResult<Value>> {
    let known = matches!(
        n,
        "obj"
            | "nbytes"
            | "readonly"
            | "itemsize"
            | "format"
            | "ndim"
            | "shape"
            | "strides"
            | "suboffsets"
            | "c_contiguous"
            | "f_contiguous"
            | "contiguous"
    );
    if !known {
        return None;
    }
    if m.is_released() {
        return Some(Err(released_error()));
    }
    let int = |n: usize| Value::Int(n as i64);
    Some(Ok(match n {
        "obj" => m.obj.clone(),
        "nbytes" => int(m.len * m.itemsize()),
        "readonly" => Value::bool(m.readonly),
        "itemsize" => int(m.itemsize()),
        "format" => Value::str(m.format()),
        "ndim" => Value::Int(1),
        "shape" => Value::tuple(vec![int(m.len)]),
        "strides" => Value::tuple(vec![Value::Int(m.stride as i64)]),
        "suboffsets" => Value::tuple(vec![]),
        _ => Value::bool(m.contiguous()),
    }))
}

fn mv_tobytes(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (m, rest) = view_arg(&a, "tobytes", 0, 1)?;
    if let Some(order) = rest.first().or(a.kw("order")) {
        if !matches!(order.as_str(), Some("C" | "F" | "A")) && !matches!(order, Value::None) {
            return Err(value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(crate::objects::bytesmethods::new_bytes(m.to_bytes()?))
}

fn mv_tolist(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (m, _) = view_arg(&a, "tolist", 0, 0)?;
    Ok(Value::list(m.items()?))
}

fn mv_hex(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (m, rest) = view_arg(&a, "hex", 0, 2)?;
    let b = crate::objects::bytesmethods::new_bytes(m.to_bytes()?);
    let mut pos = vec![b];
    pos.extend_from_slice(rest);
    crate::objects::bytesmethods::bytes_hex(
        vm,
        Args {
            pos: &pos,
            kw: a.kw,
        },
    )
}

fn mv_release(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (m, _) = view_arg(&a, "release", 0, 0)?;
    m.release();
    Ok(Value::None)
}

fn mv_toreadonly(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (m, _) = view_arg(&a, "toreadonly", 0, 0)?;
    let m = m.live()?;
    let mut r = m.derive(m.start, m.len, m.stride, m.code, m.at);
    r.readonly = true;
    Ok(new_view(r))
}

fn mv_enter(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (m, _) = view_arg(&a, "__enter__", 0, 0)?;
    m.live()?;
    Ok(a.pos[0].clone())
}

fn mv_exit(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (m, _) = view_arg(&a, "__exit__", 0, usize::MAX)?;
    m.release();
    Ok(Value::None)
}

/// `m.cast(format, shape=None)`: the same bytes read as items of another format (one
/// dimension: a shape, when given, has one length).
fn mv_cast(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (m, rest) = view_arg(&a, "cast", 1, 2)?;
    let fmt = rest.first().or(a.kw("format")).unwrap_or(&Value::None);
    let Some(fmt) = fmt.as_str() else {
        return Err(type_error(format!(
            "cast() argument 'format' must be str, not {}",
            type_name(fmt)
        )));
    };
    let shape = match rest.get(1).or(a.kw("shape")) {
        None => None,
        Some(s) => match s.as_obj() {
            Some(Object::List(l)) => Some(l.read(|l| l.clone())),
            Some(Object::Tuple(t)) => Some(t.to_vec()),
            _ => return Err(type_error("shape must be a list or a tuple")),
        },
    };
    let m = m.live()?;
    if !m.contiguous() {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if shape.is_some() && m.len == 0 {
        return Err(type_error(
            "memoryview: cannot cast view with zeros in shape or strides",
        ));
    }
    let (at, name) = match fmt.strip_prefix('@') {
        Some(rest) => (true, rest),
        None => (false, fmt),
    };
    let code = match *name.as_bytes() {
        [c] if FORMATS.iter().any(|(f, _)| *f == c) => c,
        _ => {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let plain_byte = |c: u8, at: bool| is_byte_format(c) && !at;
    if !(plain_byte(m.code, m.at) || plain_byte(code, at)) {
        return Err(type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.len * m.itemsize();
    let size = size_of(code);
    if nbytes % size != 0 {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let len = nbytes / size;
    if let Some(shape) = shape {
        let dims = shape
            .iter()
            .map(|d| match ops::index_of(d) {
                Some(Ok(n)) if n > 0 => Ok(n as usize),
                _ => Err(type_error(
                    "memoryview.cast(): elements of shape must be integers > 0",
                )),
            })
            .collect::<PResult<Vec<usize>>>()?;
        if dims.len() != 1 {
            return Err(Exc::new(
                ExcKind::NotImplementedError,
                "memoryview: only one-dimensional casts are supported",
            ));
        }
        if dims[0] != len {
            return Err(type_error(
                "memoryview: product(shape) * itemsize != buffer size",
            ));
        }
    }
    Ok(new_view(m.derive(m.start, len, size as isize, code, at)))
}
