//! bytes and bytearray: the methods both types have, written once over a byte slice (a result
//! has the type of `self`, as CPython's do), bytearray's own methods that change it in place,
//! its items (`b[i]`, `b[i:j] = …`, `del b[i]`), both constructors, and [`bytes_like`], the
//! bytes of any value that stands for bytes.
//!
//! A bytearray keeps its bytes in a `ReadMostly<ByteBuf>`, under the discipline of a list's
//! items: everything that may run Gilt code (iterating an argument, `__index__`) happens
//! before the bytes are locked, a change locks them once and is done whole, and a guard is
//! never kept across a call. A method that only reads works on a copy taken under the lock
//! ([`bytes_like`]), so no two bytearrays are ever locked at once (`a.find(b)` while another
//! thread runs `b.find(a)`, or `a.find(a)`, cannot deadlock) and another thread's change is
//! seen whole or not at all.

use crate::objects::methods::{codec_args, insert_at, pop_at, this, this_takes};
use crate::objects::object::{NativeFnPtr, Object};
use crate::objects::ops;
use crate::objects::seq::{norm_index, resolve_slice, seq_index, slice_indices};
use crate::objects::strmethods::ssize_arg;
use crate::objects::types::type_name;
use crate::objects::value::Value;
use crate::runtime::exc::{index_error, overflow, type_error, value_error};
use crate::runtime::sync::ReadMostly;
use crate::runtime::vm::{Args, PResult, Vm};
use std::borrow::Cow;

/// The methods of bytes (and of bytearray: see [`BYTEARRAY_METHODS`]).
macro_rules! shared_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            ("decode", bytes_decode),
            ("upper", bytes_upper),
            ("lower", bytes_lower),
            ("swapcase", bytes_swapcase),
            ("title", bytes_title),
            ("capitalize", bytes_capitalize),
            ("strip", bytes_strip),
            ("lstrip", bytes_lstrip),
            ("rstrip", bytes_rstrip),
            ("split", bytes_split),
            ("rsplit", bytes_rsplit),
            ("splitlines", bytes_splitlines),
            ("partition", bytes_partition),
            ("rpartition", bytes_rpartition),
            ("join", bytes_join),
            ("startswith", bytes_startswith),
            ("endswith", bytes_endswith),
            ("removeprefix", bytes_removeprefix),
            ("removesuffix", bytes_removesuffix),
            ("find", bytes_find),
            ("rfind", bytes_rfind),
            ("index", bytes_index),
            ("rindex", bytes_rindex),
            ("count", bytes_count),
            ("replace", bytes_replace),
            ("translate", bytes_translate),
            ("maketrans", bytes_maketrans),
            ("center", bytes_center),
            ("ljust", bytes_ljust),
            ("rjust", bytes_rjust),
            ("zfill", bytes_zfill),
            ("expandtabs", bytes_expandtabs),
            ("hex", bytes_hex),
            ("isdigit", bytes_isdigit),
            ("isalpha", bytes_isalpha),
            ("isalnum", bytes_isalnum),
            ("isspace", bytes_isspace),
            ("isascii", bytes_isascii),
            ("islower", bytes_islower),
            ("isupper", bytes_isupper),
            ("istitle", bytes_istitle),
            ("__new__", crate::objects::class::builtin_new),
            ("__getitem__", crate::objects::class::dunder_getitem),
            ("__len__", crate::objects::class::dunder_len),
            ("__contains__", crate::objects::class::dunder_contains),
            ("__iter__", crate::objects::class::dunder_iter),
            ("__repr__", crate::objects::class::dunder_repr),
            $($extra,)*
        ]
    };
}

pub const BYTES_METHODS: &[(&str, NativeFnPtr)] = shared_methods![("fromhex", bytes_fromhex)];

pub const BYTEARRAY_METHODS: &[(&str, NativeFnPtr)] = shared_methods![
    ("fromhex", bytearray_fromhex),
    ("append", bytearray_append),
    ("extend", bytearray_extend),
    ("insert", bytearray_insert),
    ("pop", bytearray_pop),
    ("remove", bytearray_remove),
    ("reverse", crate::objects::methods::seq_reverse),
    ("clear", crate::objects::methods::seq_clear),
    ("copy", crate::objects::methods::seq_copy),
    ("__init__", bytearray_init),
    ("__setitem__", crate::objects::class::dunder_setitem),
    ("__delitem__", crate::objects::class::dunder_delitem),
];

/// Which of the two types a value is; a method's result has the type of its `self`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    /// The kind of a bytes or bytearray value (not of a derived instance).
    pub fn of(v: &Value) -> Option<Kind> {
        match v.as_obj()? {
            Object::Bytes(_) => Some(Kind::Bytes),
            Object::ByteArray(_) => Some(Kind::ByteArray),
            _ => None,
        }
    }

    /// A new value of this kind holding `b`.
    pub fn make(self, b: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => new_bytes(b),
            Kind::ByteArray => new_bytearray(b),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }
}

pub fn new_bytes(b: Vec<u8>) -> Value {
    Value::obj(Object::Bytes(b.into_boxed_slice()))
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    Value::obj(Object::ByteArray(ReadMostly::new(ByteBuf::new(b))))
}

/// A bytearray's contents: its bytes, and how many memoryviews export them (while any do,
/// its length may not change). Only the bytes as a slice are reached through `Deref`, so
/// every change of length goes through [`ByteBuf::resizable`], which checks.
#[derive(Clone, Default)]
pub struct ByteBuf {
    bytes: Vec<u8>,
    exports: usize,
}

impl ByteBuf {
    pub fn new(bytes: Vec<u8>) -> Self {
        ByteBuf { bytes, exports: 0 }
    }

    /// The bytes, to be given `new_len` bytes: CPython's BufferError while views export
    /// them and the length would change.
    pub fn resizable(&mut self, new_len: usize) -> PResult<&mut Vec<u8>> {
        if self.exports > 0 && new_len != self.bytes.len() {
            return Err(crate::runtime::exc::Exc::new(
                crate::objects::types::ExcKind::BufferError,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(&mut self.bytes)
    }

    /// A memoryview now exports these bytes.
    pub fn export(&mut self) {
        self.exports += 1;
    }

    /// A memoryview of these bytes was released.
    pub fn unexport(&mut self) {
        self.exports = self.exports.saturating_sub(1);
    }
}

impl std::ops::Deref for ByteBuf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.bytes
    }
}

impl std::ops::DerefMut for ByteBuf {
    fn deref_mut(&mut self) -> &mut [u8] {
        &mut self.bytes
    }
}

impl crate::runtime::sync::Snapshot for ByteBuf {
    /// Copying a byte costs an eighth of copying an item of a list.
    #[inline]
    fn weight(&self) -> usize {
        self.bytes.len() / 8
    }
}

/// The bytes of a bytes-like value — bytes, a bytearray, or an instance of a class derived
/// from either: borrowed from bytes, which never change; copied from a bytearray under its
/// lock, so the caller may work on them (or let go of the GIL) while other threads change it.
pub fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    let v = crate::objects::class::payload(v).unwrap_or(v);
    match v.as_obj()? {
        Object::Bytes(b) => Some(Cow::Borrowed(b)),
        Object::ByteArray(b) => Some(Cow::Owned(b.read(|b| b.to_vec()))),
        Object::MemoryView(m) => m.to_bytes().ok().map(Cow::Owned),
        _ => None,
    }
}

/// [`bytes_like`], or CPython's TypeError for anything else (ValueError for a released
/// memoryview).
pub fn bytes_arg(v: &Value) -> PResult<Cow<'_, [u8]>> {
    if let Some(m) = crate::objects::memoryview::view_of(v) {
        return m.to_bytes().map(Cow::Owned);
    }
    bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// Runs `f` on the bytes of a bytes or bytearray `v` where they are (a bytearray locked for
/// the call); `f` must not run Gilt code or lock another object. None for other values.
pub fn with_bytes<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v.as_obj()? {
        Object::Bytes(b) => Some(f(b)),
        Object::ByteArray(b) => Some(b.read(|b| f(b))),
        _ => None,
    }
}

/// The lock of a bytearray (a derived instance's payload is unwrapped by `this`).
fn bytearray_of(v: &Value) -> PResult<&ReadMostly<ByteBuf>> {
    match v.as_obj() {
        Some(Object::ByteArray(b)) => Ok(b),
        _ => Err(type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            type_name(v)
        ))),
    }
}

/// An int that stands for one byte (`b.append(x)`, `x in b`, `b[i] = x`); user classes'
/// `__index__` is asked first.
pub fn byte_value(vm: &mut Vm, v: &Value) -> PResult<u8> {
    let r = match ops::index_of(v) {
        Some(r) => r,
        None => match vm.user_index(v)? {
            Some(i) => ops::index_of(&i).unwrap_or(Ok(-1)),
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                )))
            }
        },
    };
    r.ok()
        .and_then(|n| u8::try_from(n).ok())
        .ok_or_else(|| value_error(BYTE_RANGE))
}

const BYTE_RANGE: &str = "byte must be in range(0, 256)";

/// `self` of a bytes or bytearray method (its bytes, a bytearray's copied), its kind, and the
/// arguments after it.
type SelfBytes<'a> = (Cow<'a, [u8]>, Kind, &'a [Value]);

fn bytes_self<'a>(a: &Args<'a>, name: &str, min: usize, max: usize) -> PResult<SelfBytes<'a>> {
    let (s, rest) = this(a, name, min, max)?;
    own(s, name, rest)
}

/// [`bytes_self`] for the methods CPython words as "find() takes at least 1 argument".
fn bytes_self_takes<'a>(
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PResult<SelfBytes<'a>> {
    let (s, rest) = this_takes(a, name, min, max)?;
    own(s, name, rest)
}

fn own<'a>(s: &'a Value, name: &str, rest: &'a [Value]) -> PResult<SelfBytes<'a>> {
    match (Kind::of(s), bytes_like(s)) {
        (Some(kind), Some(b)) => Ok((b, kind, rest)),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'bytes' object but received a '{}'",
            type_name(s)
        ))),
    }
}

/// An optional bytes argument (None when absent or None).
fn opt_bytes(v: Option<&Value>) -> PResult<Option<Cow<'_, [u8]>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => bytes_arg(v).map(Some),
    }
}

// ---------------------------------------------------------------- methods of both types

fn bytes_decode(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, _, rest) = bytes_self_takes(&a, "decode", 0, 2)?;
    let (encoding, errors) = codec_args(&a, rest, "decode")?;
    Ok(Value::str(crate::objects::codecs::decode(
        &b, encoding, errors,
    )?))
}

/// A method that maps each byte on its own.
fn map_bytes(a: &Args, name: &str, f: impl Fn(u8) -> u8) -> PResult<Value> {
    let (b, kind, _) = bytes_self(a, name, 0, 0)?;
    Ok(kind.make(b.iter().map(|&c| f(c)).collect()))
}

fn bytes_upper(_vm: &mut Vm, a: Args) -> PResult<Value> {
    map_bytes(&a, "upper", |c| c.to_ascii_uppercase())
}

fn bytes_lower(_vm: &mut Vm, a: Args) -> PResult<Value> {
    map_bytes(&a, "lower", |c| c.to_ascii_lowercase())
}

fn swap_case(c: u8) -> u8 {
    if c.is_ascii_alphabetic() {
        c ^ 0x20
    } else {
        c
    }
}

fn bytes_swapcase(_vm: &mut Vm, a: Args) -> PResult<Value> {
    map_bytes(&a, "swapcase", swap_case)
}

/// `title` (each letter after a non-letter upper) and `capitalize` (only the first byte).
fn case_words(a: &Args, name: &str, every_word: bool) -> PResult<Value> {
    let (b, kind, _) = bytes_self(a, name, 0, 0)?;
    let mut after_letter = false;
    let out = b
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let first = if every_word { !after_letter } else { i == 0 };
            after_letter = c.is_ascii_alphabetic();
            if first {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(kind.make(out))
}

fn bytes_title(_vm: &mut Vm, a: Args) -> PResult<Value> {
    case_words(&a, "title", true)
}

fn bytes_capitalize(_vm: &mut Vm, a: Args) -> PResult<Value> {
    case_words(&a, "capitalize", false)
}

/// Python's whitespace for bytes: space, \t, \n, \r, \x0b, \x0c.
fn is_byte_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn strip_impl(a: &Args, name: &str, left: bool, right: bool) -> PResult<Value> {
    let (b, kind, rest) = bytes_self(a, name, 0, 1)?;
    let chars = opt_bytes(rest.first())?;
    let strip = |c: &u8| match &chars {
        Some(cs) => cs.contains(c),
        None => is_byte_space(*c),
    };
    let start = if left {
        b.iter().position(|c| !strip(c)).unwrap_or(b.len())
    } else {
        0
    };
    let end = if right {
        b.iter().rposition(|c| !strip(c)).map_or(start, |i| i + 1)
    } else {
        b.len()
    };
    Ok(kind.make(b[start..end.max(start)].to_vec()))
}

fn bytes_strip(_vm: &mut Vm, a: Args) -> PResult<Value> {
    strip_impl(&a, "strip", true, true)
}

fn bytes_lstrip(_vm: &mut Vm, a: Args) -> PResult<Value> {
    strip_impl(&a, "lstrip", true, false)
}

fn bytes_rstrip(_vm: &mut Vm, a: Args) -> PResult<Value> {
    strip_impl(&a, "rstrip", false, true)
}

/// `split` and `rsplit` (`rev`): the pieces, in order, around `sep` or runs of whitespace.
fn split_impl(a: &Args, name: &str, rev: bool) -> PResult<Value> {
    let (b, kind, rest) = bytes_self_takes(a, name, 0, 2)?;
    let sep = opt_bytes(rest.first().or(a.kw("sep")))?;
    let maxsplit = match rest.get(1).or(a.kw("maxsplit")) {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let parts: Vec<&[u8]> = match (sep.as_deref(), rev) {
        (Some([]), _) => return Err(value_error("empty separator")),
        (Some(sep), false) => split_on(&b, sep, limit),
        (Some(sep), true) => rsplit_on(&b, sep, limit),
        (None, false) => split_space(&b, limit),
        (None, true) => rsplit_space(&b, limit),
    };
    Ok(Value::list(
        parts.into_iter().map(|p| kind.make(p.to_vec())).collect(),
    ))
}

fn bytes_split(_vm: &mut Vm, a: Args) -> PResult<Value> {
    split_impl(&a, "split", false)
}

fn bytes_rsplit(_vm: &mut Vm, a: Args) -> PResult<Value> {
    split_impl(&a, "rsplit", true)
}

fn split_on<'a>(b: &'a [u8], sep: &[u8], limit: usize) -> Vec<&'a [u8]> {
    let mut parts = vec![];
    let mut start = 0;
    for at in occurrences(b, sep) {
        if parts.len() == limit {
            break;
        }
        parts.push(&b[start..at]);
        start = at + sep.len();
    }
    parts.push(&b[start..]);
    parts
}

fn rsplit_on<'a>(b: &'a [u8], sep: &[u8], limit: usize) -> Vec<&'a [u8]> {
    let mut parts = vec![];
    let mut end = b.len();
    while parts.len() < limit {
        let Some(at) = b[..end].windows(sep.len()).rposition(|w| w == sep) else {
            break;
        };
        parts.push(&b[at + sep.len()..end]);
        end = at;
    }
    parts.push(&b[..end]);
    parts.reverse();
    parts
}

fn split_space(b: &[u8], limit: usize) -> Vec<&[u8]> {
    let mut parts = vec![];
    let mut i = 0;
    loop {
        while i < b.len() && is_byte_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            return parts;
        }
        if parts.len() == limit {
            parts.push(&b[i..]);
            return parts;
        }
        let start = i;
        while i < b.len() && !is_byte_space(b[i]) {
            i += 1;
        }
        parts.push(&b[start..i]);
    }
}

fn rsplit_space(b: &[u8], limit: usize) -> Vec<&[u8]> {
    let mut parts = vec![];
    let mut end = b.len();
    loop {
        while end > 0 && is_byte_space(b[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            break;
        }
        if parts.len() == limit {
            parts.push(&b[..end]);
            break;
        }
        let stop = end;
        while end > 0 && !is_byte_space(b[end - 1]) {
            end -= 1;
        }
        parts.push(&b[end..stop]);
    }
    parts.reverse();
    parts
}

fn bytes_splitlines(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, kind, rest) = bytes_self_takes(&a, "splitlines", 0, 1)?;
    let keep = match rest.first().or(a.kw("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = vec![];
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\n' && c != b'\r' {
            continue;
        }
        let eol = i - 1;
        if c == b'\r' && b.get(i) == Some(&b'\n') {
            i += 1;
        }
        let line = if keep { &b[start..i] } else { &b[start..eol] };
        out.push(kind.make(line.to_vec()));
        start = i;
    }
    if start < b.len() {
        out.push(kind.make(b[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn partition_impl(a: &Args, name: &str, rev: bool) -> PResult<Value> {
    let (b, kind, rest) = bytes_self(a, name, 1, 1)?;
    let sep = bytes_arg(&rest[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let at = if rev {
        b.windows(sep.len()).rposition(|w| w == &*sep)
    } else {
        occurrences(&b, &sep).next()
    };
    let parts: [&[u8]; 3] = match at {
        Some(i) => [&b[..i], &sep, &b[i + sep.len()..]],
        None if rev => [b"", b"", &b],
        None => [&b, b"", b""],
    };
    Ok(Value::tuple(
        parts.iter().map(|p| kind.make(p.to_vec())).collect(),
    ))
}

fn bytes_partition(_vm: &mut Vm, a: Args) -> PResult<Value> {
    partition_impl(&a, "partition", false)
}

fn bytes_rpartition(_vm: &mut Vm, a: Args) -> PResult<Value> {
    partition_impl(&a, "rpartition", true)
}

fn bytes_join(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (sep, kind, rest) = bytes_self(&a, "join", 1, 1)?;
    let items = vm.collect(&rest[0])?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let Some(b) = bytes_like(item) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(item)
            )));
        };
        parts.push(b);
    }
    // the result's size first, so that one that cannot be allocated is a MemoryError
    let size = parts.iter().fold(
        ops::add_sizes(0, sep.len(), parts.len().saturating_sub(1)),
        |n, p| n.saturating_add(p.len()),
    );
    let mut out = ops::try_vec(size)?;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(p);
    }
    Ok(kind.make(out))
}

/// Where `sub` (not empty) occurs in `b`, left to right and without overlaps.
fn occurrences<'a>(b: &'a [u8], sub: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i + sub.len() <= b.len() {
            let at = i + b[i..=b.len() - sub.len()]
                .iter()
                .position(|&c| c == sub[0])?;
            if b[at..].starts_with(sub) {
                i = at + sub.len();
                return Some(at);
            }
            i = at + 1;
        }
        None
    })
}

/// The `start`/`end` window of a bytes search, clamped as slice bounds are (None is open);
/// empty (`lo > hi`) when `start` is past the end, where nothing is found, not even b''.
fn bytes_window(len: usize, bounds: &[Value]) -> PResult<(usize, usize)> {
    let bound = |v: Option<&Value>, open: i64| -> PResult<i64> {
        match v {
            None | Some(Value::None) => Ok(open),
            Some(v) => crate::objects::seq::clamped_index(v).ok_or_else(|| {
                type_error("slice indices must be integers or None or have an __index__ method")
            }),
        }
    };
    let n = len as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = bound(bounds.first(), 0)?;
    if start > n {
        return Ok((1, 0));
    }
    Ok((clamp(start), clamp(bound(bounds.get(1), n)?)))
}

/// What a search looks for: bytes-like, or one byte given as an int.
fn needle(sub: &Value) -> PResult<Cow<'_, [u8]>> {
    if let Some(Ok(n)) = ops::index_of(sub) {
        let byte = u8::try_from(n).map_err(|_| value_error(BYTE_RANGE))?;
        return Ok(Cow::Owned(vec![byte]));
    }
    bytes_like(sub).ok_or_else(|| {
        type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(sub)
        ))
    })
}

/// Where `sub` first (or, `last`, last) occurs in `b[start:end]`, as an index of `b`.
fn bytes_position(b: &[u8], sub: &Value, bounds: &[Value], last: bool) -> PResult<Option<usize>> {
    let sub = needle(sub)?;
    let (lo, hi) = bytes_window(b.len(), bounds)?;
    if lo > hi || sub.len() > hi - lo {
        return Ok(None);
    }
    let hay = &b[lo..hi];
    let mut starts = 0..=hay.len() - sub.len();
    let hit = |i: &usize| hay[*i..].starts_with(&sub);
    let at = if last {
        starts.rev().find(hit)
    } else {
        starts.find(hit)
    };
    Ok(at.map(|i| i + lo))
}

fn find_impl(a: &Args, name: &str, last: bool) -> PResult<Option<usize>> {
    let (b, _, rest) = bytes_self_takes(a, name, 1, 3)?;
    bytes_position(&b, &rest[0], &rest[1..], last)
}

fn bytes_find(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let at = find_impl(&a, "find", false)?;
    Ok(Value::Int(at.map_or(-1, |i| i as i64)))
}

fn bytes_rfind(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let at = find_impl(&a, "rfind", true)?;
    Ok(Value::Int(at.map_or(-1, |i| i as i64)))
}

fn bytes_index(_vm: &mut Vm, a: Args) -> PResult<Value> {
    match find_impl(&a, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn bytes_rindex(_vm: &mut Vm, a: Args) -> PResult<Value> {
    match find_impl(&a, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn bytes_count(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, _, rest) = bytes_self_takes(&a, "count", 1, 3)?;
    let sub = needle(&rest[0])?;
    let (lo, hi) = bytes_window(b.len(), &rest[1..])?;
    let n = match () {
        _ if lo > hi => 0,
        _ if sub.is_empty() => hi - lo + 1,
        _ => occurrences(&b[lo..hi], &sub).count(),
    };
    Ok(Value::Int(n as i64))
}

/// `startswith`/`endswith` (`end`): a prefix or a tuple of them, within `start`/`end`.
fn affix(a: &Args, name: &str, end: bool) -> PResult<Value> {
    let (b, _, rest) = bytes_self_takes(a, name, 1, 3)?;
    let (lo, hi) = bytes_window(b.len(), &rest[1..])?;
    if lo > hi {
        return Ok(Value::FALSE);
    }
    let b = &b[lo..hi];
    let test = |p: &[u8]| {
        if end {
            b.ends_with(p)
        } else {
            b.starts_with(p)
        }
    };
    if let Some(Object::Tuple(items)) = rest[0].as_obj() {
        for it in items.iter() {
            if test(&bytes_arg(it)?) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match bytes_like(&rest[0]) {
        Some(p) => Ok(Value::bool(test(&p))),
        None => Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(&rest[0])
        ))),
    }
}

fn bytes_startswith(_vm: &mut Vm, a: Args) -> PResult<Value> {
    affix(&a, "startswith", false)
}

fn bytes_endswith(_vm: &mut Vm, a: Args) -> PResult<Value> {
    affix(&a, "endswith", true)
}

fn remove_affix(a: &Args, name: &str, end: bool) -> PResult<Value> {
    let (b, kind, rest) = bytes_self(a, name, 1, 1)?;
    let p = bytes_arg(&rest[0])?;
    let kept = if end {
        b.strip_suffix(&*p)
    } else {
        b.strip_prefix(&*p)
    };
    Ok(kind.make(kept.unwrap_or(&b).to_vec()))
}

fn bytes_removeprefix(_vm: &mut Vm, a: Args) -> PResult<Value> {
    remove_affix(&a, "removeprefix", false)
}

fn bytes_removesuffix(_vm: &mut Vm, a: Args) -> PResult<Value> {
    remove_affix(&a, "removesuffix", true)
}

fn bytes_replace(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, kind, rest) = bytes_self(&a, "replace", 2, 3)?;
    let (old, new) = (bytes_arg(&rest[0])?, bytes_arg(&rest[1])?);
    let count = match rest.get(2) {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if old.is_empty() {
        // `new` before each byte and at the end, `limit` times at most
        let n = limit.min(b.len().saturating_add(1));
        let mut out = ops::try_vec(ops::add_sizes(b.len(), new.len(), n))?;
        for (i, c) in b.iter().enumerate() {
            if i < n {
                out.extend_from_slice(&new);
            }
            out.push(*c);
        }
        if n > b.len() {
            out.extend_from_slice(&new);
        }
        return Ok(kind.make(out));
    }
    // the result's size first, so that one that cannot be allocated is a MemoryError
    let size = if new.len() <= old.len() {
        b.len()
    } else {
        let n = occurrences(&b, &old).take(limit).count();
        ops::add_sizes(b.len(), new.len() - old.len(), n)
    };
    let mut out = ops::try_vec(size)?;
    let mut last = 0;
    for at in occurrences(&b, &old).take(limit) {
        out.extend_from_slice(&b[last..at]);
        out.extend_from_slice(&new);
        last = at + old.len();
    }
    out.extend_from_slice(&b[last..]);
    Ok(kind.make(out))
}

fn bytes_translate(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "translate", 0, 2)?;
    if rest.is_empty() {
        return Err(type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    let (b, kind, rest) = own(s, "translate", rest)?;
    let table = opt_bytes(rest.first())?;
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(value_error("translation table must be 256 characters long"));
    }
    let delete = opt_bytes(rest.get(1).or(a.kw("delete")))?.unwrap_or_default();
    let out = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(kind.make(out))
}

/// `bytes.maketrans(from, to)` (a static method of both types; its result is bytes).
fn bytes_maketrans(_vm: &mut Vm, a: Args) -> PResult<Value> {
    if a.pos.len() != 2 {
        return Err(type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let (from, to) = (bytes_arg(&a.pos[0])?, bytes_arg(&a.pos[1])?);
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

/// The arguments of `center`, `ljust` and `rjust`: the width and the fill byte.
fn pad_args<'a>(a: &Args<'a>, name: &str) -> PResult<(Cow<'a, [u8]>, Kind, usize, u8)> {
    let (b, kind, rest) = bytes_self(a, name, 1, 2)?;
    let width = ssize_arg(&rest[0])?.max(0) as usize;
    let fill = match rest.get(1) {
        None => b' ',
        Some(f) => match bytes_like(f) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(f)
                )))
            }
        },
    };
    Ok((b, kind, width, fill))
}

/// `b` after `left` and before `right` copies of `fill`, or MemoryError.
fn padded(kind: Kind, b: &[u8], left: usize, fill: u8, right: usize) -> PResult<Value> {
    let mut out = ops::try_vec(ops::add_sizes(b.len(), 1, left.saturating_add(right)))?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(out.len() + right, fill);
    Ok(kind.make(out))
}

fn bytes_center(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, kind, width, fill) = pad_args(&a, "center")?;
    let marg = width.saturating_sub(b.len());
    let left = marg / 2 + (marg & width & 1);
    padded(kind, &b, left, fill, marg - left)
}

fn bytes_ljust(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, kind, width, fill) = pad_args(&a, "ljust")?;
    padded(kind, &b, 0, fill, width.saturating_sub(b.len()))
}

fn bytes_rjust(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, kind, width, fill) = pad_args(&a, "rjust")?;
    padded(kind, &b, width.saturating_sub(b.len()), fill, 0)
}

fn bytes_zfill(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, kind, rest) = bytes_self(&a, "zfill", 1, 1)?;
    let zeros = (ssize_arg(&rest[0])?.max(0) as usize).saturating_sub(b.len());
    let sign = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let mut out = ops::try_vec(ops::add_sizes(b.len(), 1, zeros))?;
    out.extend_from_slice(&b[..sign]);
    out.resize(sign + zeros, b'0');
    out.extend_from_slice(&b[sign..]);
    Ok(kind.make(out))
}

fn bytes_expandtabs(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, kind, rest) = bytes_self_takes(&a, "expandtabs", 0, 1)?;
    // (a C int in CPython)
    let size = match rest.first().or(a.kw("tabsize")) {
        Some(v) => i32::try_from(ssize_arg(v)?)
            .map_err(|_| overflow("Python int too large to convert to C int"))?
            .max(0) as usize,
        None => 8,
    };
    let step = |col: usize, c: u8| match c {
        b'\t' if size > 0 => size - col % size,
        _ => 1,
    };
    // the result's size first: a tab may stand for up to 2**31 - 1 spaces
    let (mut total, mut col) = (0usize, 0usize);
    for &c in b.iter() {
        let n = if c == b'\t' && size == 0 {
            0
        } else {
            step(col, c)
        };
        total = total.saturating_add(n);
        col = if matches!(c, b'\n' | b'\r') {
            0
        } else {
            col.saturating_add(n)
        };
    }
    let mut out = ops::try_vec(total)?;
    col = 0;
    for &c in b.iter() {
        match c {
            b'\t' if size > 0 => {
                let n = step(col, c);
                out.resize(out.len() + n, b' ');
                col += n;
            }
            b'\t' => {}
            _ => {
                out.push(c);
                col = if matches!(c, b'\n' | b'\r') {
                    0
                } else {
                    col + 1
                };
            }
        }
    }
    Ok(kind.make(out))
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `hex(sep=None, bytes_per_sep=1)`: two digits per byte, `sep` between groups of
/// `bytes_per_sep` bytes counted from the right (from the left when negative).
pub fn bytes_hex(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, _, rest) = bytes_self_takes(&a, "hex", 0, 2)?;
    let sep = match rest.first().or(a.kw("sep")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let text: Cow<[u8]> = match v.as_str() {
                Some(s) => Cow::Borrowed(s.as_bytes()),
                None => bytes_like(v).ok_or_else(|| {
                    type_error(format!("object of type '{}' has no len()", type_name(v)))
                })?,
            };
            let n = v.as_str().map_or(text.len(), |s| s.chars().count());
            if n != 1 {
                return Err(value_error("sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(value_error("sep must be ASCII."));
            }
            Some(text[0] as char)
        }
    };
    let group = match rest.get(1).or(a.kw("bytes_per_sep")) {
        Some(v) => ssize_arg(v)?,
        None => 1,
    };
    let mut out = String::with_capacity(b.len() * 3);
    let width = group.unsigned_abs() as usize;
    for (i, c) in b.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| i > 0 && width > 0) {
            // the distance from the grouping's edge decides where separators go
            let from_edge = if group > 0 { b.len() - i } else { i };
            if from_edge % width == 0 {
                out.push(sep);
            }
        }
        out.push(HEX[(c >> 4) as usize] as char);
        out.push(HEX[(c & 15) as usize] as char);
    }
    Ok(Value::str(out))
}

/// `bytes.fromhex(string)` and `bytearray.fromhex`: two hex digits per byte, ASCII
/// whitespace allowed between bytes.
fn fromhex(a: &Args) -> PResult<Vec<u8>> {
    let args = match a.pos.first().and_then(|v| v.as_obj()) {
        Some(Object::Type(_)) => &a.pos[1..],
        _ => a.pos,
    };
    if args.len() != 1 || !a.kw.is_empty() {
        return Err(type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            args.len() + a.kw.len()
        )));
    }
    let Some(text) = args[0].as_str() else {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(&args[0])
        )));
    };
    let digits: Vec<char> = text.chars().collect();
    let bad = |at: usize| {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    let hex = |c: &char| c.to_digit(16).filter(|_| c.is_ascii());
    let mut out = Vec::with_capacity(digits.len() / 2);
    let mut i = 0;
    while i < digits.len() {
        if digits[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = hex(&digits[i]).ok_or_else(|| bad(i))?;
        let lo = digits.get(i + 1).and_then(hex).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn bytes_fromhex(_vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(new_bytes(fromhex(&a)?))
}

fn bytearray_fromhex(_vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(new_bytearray(fromhex(&a)?))
}

fn test_bytes(a: &Args, name: &str, f: impl Fn(&[u8]) -> bool) -> PResult<Value> {
    let (b, _, _) = bytes_self(a, name, 0, 0)?;
    Ok(Value::bool(f(&b)))
}

/// Whether `b` is not empty and every byte passes `f`.
fn all_of(b: &[u8], f: fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

fn bytes_isdigit(_vm: &mut Vm, a: Args) -> PResult<Value> {
    test_bytes(&a, "isdigit", |b| all_of(b, u8::is_ascii_digit))
}

fn bytes_isalpha(_vm: &mut Vm, a: Args) -> PResult<Value> {
    test_bytes(&a, "isalpha", |b| all_of(b, u8::is_ascii_alphabetic))
}

fn bytes_isalnum(_vm: &mut Vm, a: Args) -> PResult<Value> {
    test_bytes(&a, "isalnum", |b| all_of(b, u8::is_ascii_alphanumeric))
}

fn bytes_isspace(_vm: &mut Vm, a: Args) -> PResult<Value> {
    test_bytes(&a, "isspace", |b| all_of(b, |c| is_byte_space(*c)))
}

fn bytes_isascii(_vm: &mut Vm, a: Args) -> PResult<Value> {
    test_bytes(&a, "isascii", |b| b.is_ascii())
}

fn bytes_islower(_vm: &mut Vm, a: Args) -> PResult<Value> {
    test_bytes(&a, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

fn bytes_isupper(_vm: &mut Vm, a: Args) -> PResult<Value> {
    test_bytes(&a, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

/// Every cased run starts with an upper-case letter, and there is at least one.
fn bytes_istitle(_vm: &mut Vm, a: Args) -> PResult<Value> {
    test_bytes(&a, "istitle", |b| {
        let (mut cased, mut after_cased) = (false, false);
        for c in b {
            if c.is_ascii_uppercase() {
                if after_cased {
                    return false;
                }
                (cased, after_cased) = (true, true);
            } else if c.is_ascii_lowercase() {
                if !after_cased {
                    return false;
                }
                cased = true;
            } else {
                after_cased = false;
            }
        }
        cased
    })
}

// ---------------------------------------------------------------- bytearray's own methods

fn bytearray_append(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "append", 1, 1)?;
    let l = bytearray_of(s)?;
    let c = byte_value(vm, &rest[0])?;
    let mut b = l.lock();
    let n = b.len() + 1;
    b.resizable(n)?.push(c);
    Ok(Value::None)
}

/// The bytes an iterable of ints stands for (`bytearray.extend`, the constructors); `range`
/// is the error for an int out of range.
fn bytes_of_ints(vm: &mut Vm, items: &[Value], range: &str) -> PResult<Vec<u8>> {
    let mut out = ops::try_vec(items.len())?;
    for x in items {
        match byte_value(vm, x) {
            Ok(c) => out.push(c),
            Err(e) if e.is_kind(crate::objects::types::ExcKind::ValueError) => {
                return Err(value_error(range))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// The bytes of a bytes-like value or of an iterable of ints; `range` is the error for an
/// int out of range, `what` words the error for a value that is neither.
fn bytes_or_ints(
    vm: &mut Vm,
    v: &Value,
    range: &str,
    what: &dyn Fn() -> String,
) -> PResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.into_owned());
    }
    let it = vm.get_iter(v).map_err(|e| {
        if e.is_kind(crate::objects::types::ExcKind::TypeError) {
            type_error(what())
        } else {
            e
        }
    })?;
    let mut items = vec![];
    while let Some(x) = vm.next(&it)? {
        items.push(x);
    }
    bytes_of_ints(vm, &items, range)
}

fn bytearray_extend(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "extend", 1, 1)?;
    let l = bytearray_of(s)?;
    let v = &rest[0];
    let new = bytes_or_ints(vm, v, BYTE_RANGE, &|| {
        format!("can't extend bytearray with {}", type_name(v))
    })?;
    let mut b = l.lock();
    let n = b.len() + new.len();
    b.resizable(n)?.extend_from_slice(&new);
    Ok(Value::None)
}

fn bytearray_insert(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "insert", 2, 2)?;
    let l = bytearray_of(s)?;
    let i = ssize_arg(&rest[0])?;
    let c = byte_value(vm, &rest[1])?;
    let mut b = l.lock();
    let at = insert_at(i, b.len());
    let n = b.len() + 1;
    b.resizable(n)?.insert(at, c);
    Ok(Value::None)
}

fn bytearray_pop(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "pop", 0, 1)?;
    let l = bytearray_of(s)?;
    let i = rest.first().map(ssize_arg).transpose()?.unwrap_or(-1);
    let mut b = l.lock();
    let j = pop_at(i, b.len(), "bytearray")?;
    let n = b.len() - 1;
    Ok(Value::Int(b.resizable(n)?.remove(j) as i64))
}

fn bytearray_remove(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "remove", 1, 1)?;
    let l = bytearray_of(s)?;
    let c = byte_value(vm, &rest[0])?;
    let mut b = l.lock();
    match b.iter().position(|x| *x == c) {
        Some(i) => {
            let n = b.len() - 1;
            b.resizable(n)?.remove(i);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

/// `bytearray.__init__(self, source=b'', encoding=…, errors=…)`: what the constructor
/// takes, filling a subclass's instance.
fn bytearray_init(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "bytearray", 0, usize::MAX)?;
    let l = bytearray_of(s)?;
    let new = initial_bytes(
        vm,
        Args {
            pos: rest,
            kw: a.kw,
        },
        Kind::ByteArray,
    )?;
    let mut b = l.lock();
    let n = new.len();
    *b.resizable(n)? = new;
    Ok(Value::None)
}

// ---------------------------------------------------------------- constructors

/// The bytes `bytes(...)` and `bytearray(...)` start with: `(source, encoding, errors)`
/// checked and converted in CPython's order.
pub fn initial_bytes(vm: &mut Vm, a: Args, kind: Kind) -> PResult<Vec<u8>> {
    let name = kind.name();
    if a.pos.len() > 3 {
        return Err(type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            a.pos.len()
        )));
    }
    crate::builtins::check_keywords(&a, name, &["source", "encoding", "errors"])?;
    let slots = a
        .slots(&["source", "encoding", "errors"])
        .map_err(|_| type_error(format!("{name}() got multiple values for an argument")))?;
    let (src, enc, errors) = (slots[0], slots[1], slots[2]);
    if enc.is_some() || errors.is_some() {
        let Some(text) = src.and_then(|s| s.as_str()) else {
            let which = if enc.is_some() { "encoding" } else { "errors" };
            return Err(type_error(format!("{which} without a string argument")));
        };
        fn text_arg<'v>(
            v: Option<&'v Value>,
            name: &str,
            key: &str,
            default: &'static str,
        ) -> PResult<&'v str> {
            match v {
                None => Ok(default),
                Some(v) => v.as_str().ok_or_else(|| {
                    type_error(format!(
                        "{name}() argument '{key}' must be str, not {}",
                        type_name(v)
                    ))
                }),
            }
        }
        let enc = text_arg(enc, name, "encoding", "utf-8")?;
        let errors = text_arg(errors, name, "errors", "strict")?;
        return crate::objects::codecs::encode(text, enc, errors);
    }
    let Some(v) = src else {
        return Ok(vec![]);
    };
    if kind == Kind::Bytes && crate::objects::class::has_user_type(v) {
        if let Some(r) = vm.call_dunder(v, "__bytes__", &[])? {
            return match r.as_obj() {
                Some(Object::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name(&r)
                ))),
            };
        }
    }
    if v.as_str().is_some() {
        return Err(type_error("string argument without an encoding"));
    }
    let index = match ops::index_of(v) {
        Some(n) => Some(n),
        None => vm.user_index(v)?.as_ref().and_then(ops::index_of),
    };
    if let Some(n) = index {
        let n = n.map_err(|_| overflow("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        let mut zeros = ops::try_vec(n as usize)?;
        zeros.resize(n as usize, 0);
        return Ok(zeros);
    }
    let range = match kind {
        Kind::Bytes => "bytes must be in range(0, 256)",
        Kind::ByteArray => BYTE_RANGE,
    };
    bytes_or_ints(vm, v, range, &|| {
        format!("cannot convert '{}' object to {name}", type_name(v))
    })
}

// ---------------------------------------------------------------- items

/// `b[k]` of bytes or a bytearray's bytes: an int, or for a slice a new value of the kind.
pub fn byte_item(b: &[u8], k: &Value, kind: Kind) -> PResult<Value> {
    if let Some(Object::Slice(sl)) = k.as_obj() {
        let [x, y, z] = &**sl;
        let s = resolve_slice(x, y, z, b.len())?;
        return Ok(kind.make(slice_indices(&s).map(|i| b[i]).collect()));
    }
    let (what, missing) = match kind {
        Kind::Bytes => ("byte", "index out of range"),
        Kind::ByteArray => ("bytearray", "bytearray index out of range"),
    };
    match norm_index(seq_index(k, what)?, b.len()) {
        Some(j) => Ok(Value::Int(b[j] as i64)),
        None => Err(index_error(missing)),
    }
}

/// `b[k] = v` on a bytearray: one byte at an index, or any number of bytes over a slice
/// (the same number over an extended one). `v` is converted before the bytes are locked.
pub fn bytearray_store(vm: &mut Vm, l: &ReadMostly<ByteBuf>, k: &Value, v: &Value) -> PResult<()> {
    let Some(Object::Slice(sl)) = k.as_obj() else {
        let i = seq_index(k, "bytearray")?;
        let c = byte_value(vm, v)?;
        let mut b = l.lock();
        let j =
            norm_index(i, b.len()).ok_or_else(|| index_error("bytearray index out of range"))?;
        b[j] = c;
        return Ok(());
    };
    let bad = || "can assign only bytes, buffers, or iterables of ints in range(0, 256)".into();
    if v.as_str().is_some() || ops::index_of(v).is_some() {
        return Err(type_error(bad()));
    }
    let new = bytes_or_ints(vm, v, BYTE_RANGE, &bad)?;
    let [x, y, z] = &**sl;
    let mut b = l.lock();
    let s = resolve_slice(x, y, z, b.len())?;
    if s.step == 1 {
        let start = s.start as usize;
        let n = b.len() - s.len + new.len();
        b.resizable(n)?.splice(start..start + s.len, new);
        return Ok(());
    }
    if new.len() != s.len {
        return Err(value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            s.len
        )));
    }
    for (i, c) in slice_indices(&s).zip(new) {
        b[i] = c;
    }
    Ok(())
}

/// `del b[k]` on a bytearray.
pub fn bytearray_delete(l: &ReadMostly<ByteBuf>, k: &Value) -> PResult<()> {
    let Some(Object::Slice(sl)) = k.as_obj() else {
        let i = seq_index(k, "bytearray")?;
        let mut b = l.lock();
        let j =
            norm_index(i, b.len()).ok_or_else(|| index_error("bytearray index out of range"))?;
        let n = b.len() - 1;
        b.resizable(n)?.remove(j);
        return Ok(());
    };
    let [x, y, z] = &**sl;
    let mut b = l.lock();
    let s = resolve_slice(x, y, z, b.len())?;
    let mut gone = vec![false; b.len()];
    slice_indices(&s).for_each(|i| gone[i] = true);
    let mut i = 0;
    let n = b.len() - s.len;
    b.resizable(n)?.retain(|_| {
        i += 1;
        !gone[i - 1]
    });
    Ok(())
}

/// `x in b` for bytes or a bytearray: one byte given as an int, or a run of bytes.
pub fn bytes_contains(vm: &mut Vm, b: &Value, x: &Value) -> PResult<bool> {
    let sub: Cow<[u8]> = match bytes_like(x) {
        Some(s) => s,
        None => {
            let i = match ops::index_of(x) {
                Some(_) => x.clone(),
                None => vm.user_index(x)?.ok_or_else(|| not_bytes_like(x))?,
            };
            Cow::Owned(vec![byte_value(vm, &i)?])
        }
    };
    let found = with_bytes(b, |b| {
        sub.is_empty() || b.windows(sub.len()).any(|w| w == &*sub)
    });
    Ok(found.unwrap_or(false))
}

fn not_bytes_like(x: &Value) -> crate::runtime::exc::Exc {
    type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(x)
    ))
}
