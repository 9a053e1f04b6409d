//! Operators: arithmetic, comparison, truth, hashing and equality, with int and float fast paths
//! first and CPython's error messages for everything that does not apply.

use crate::objects::object::Object;
use crate::objects::types::{self, type_name};
use crate::objects::value::Value;
use crate::runtime::exc::{memory_error, overflow, type_error, value_error, zero_div, Exc};
use crate::runtime::vm::{PResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub const ADD: u32 = 0;
pub const SUB: u32 = 1;
pub const MUL: u32 = 2;
pub const DIV: u32 = 4;
pub const FLOORDIV: u32 = 5;
pub const MOD: u32 = 6;
pub const POW: u32 = 7;
pub const LSHIFT: u32 = 8;
pub const RSHIFT: u32 = 9;
pub const OR: u32 = 10;
pub const XOR: u32 = 11;
pub const AND: u32 = 12;
/// `divmod(a, b)`: not an operator token, but dispatched like one (`__divmod__`/`__rdivmod__`).
pub const DIVMOD: u32 = 13;

/// The order of two strs: by code point, as Python's.
#[inline]
fn str_order(
    s: &crate::objects::object::StrObj,
    t: &crate::objects::object::StrObj,
) -> std::cmp::Ordering {
    crate::objects::codepoint::cmp_text(&s.s, &t.s, s.ascii || t.ascii)
}

const OP_SYMBOLS: [&str; 14] = [
    "+",
    "-",
    "*",
    "@",
    "/",
    "//",
    "%",
    "** or pow()",
    "<<",
    ">>",
    "|",
    "^",
    "&",
    "divmod()",
];

/// Largest sequence a repetition may build before it is a MemoryError.
const MAX_ALLOC: u128 = 1 << 40;

/// Largest int, in bits, that `<<` and `**` build (2 GiB). num-bigint cannot report a failed
/// allocation (it aborts the process), so a larger result is a MemoryError before it is tried.
pub const MAX_INT_BITS: u64 = 1 << 34;

/// An empty `String` with room for exactly `bytes` bytes, or MemoryError when the allocator
/// cannot give them: the way to start a result whose size the program chose, which must
/// never end in an allocation abort. A size whose computation overflowed is passed as
/// `usize::MAX` (see [`add_sizes`]), which is a MemoryError too.
pub fn try_string(bytes: usize) -> PResult<String> {
    if crate::runtime::allocator::over_limit(bytes) {
        return Err(memory_error());
    }
    let mut s = String::new();
    s.try_reserve_exact(bytes).map_err(|_| memory_error())?;
    Ok(s)
}

/// An empty `Vec` with room for exactly `len` items, or MemoryError (as [`try_string`]).
pub fn try_vec<T>(len: usize) -> PResult<Vec<T>> {
    if crate::runtime::allocator::over_limit(len.saturating_mul(std::mem::size_of::<T>())) {
        return Err(memory_error());
    }
    let mut v = Vec::new();
    v.try_reserve_exact(len).map_err(|_| memory_error())?;
    Ok(v)
}

/// `a + b * c`, saturating at `usize::MAX` (a size [`try_string`] and [`try_vec`] refuse).
pub fn add_sizes(a: usize, b: usize, c: usize) -> usize {
    b.checked_mul(c)
        .and_then(|bc| a.checked_add(bc))
        .unwrap_or(usize::MAX)
}

/// `unit` repeated `count` times, or MemoryError.
pub fn repeat_str(unit: &str, count: usize) -> PResult<String> {
    let mut out = try_string(add_sizes(0, unit.len(), count))?;
    crate::objects::format::push_repeated(&mut out, unit, count);
    Ok(out)
}

/// `unit` repeated `count` times, or MemoryError (as [`repeat_str`]).
pub fn repeat_bytes(unit: &[u8], count: usize) -> PResult<Vec<u8>> {
    let total = add_sizes(0, unit.len(), count);
    let mut out = try_vec(total)?;
    if total > 0 {
        out.extend_from_slice(unit);
        while out.len() <= total / 2 {
            out.extend_from_within(..);
        }
        out.extend_from_within(..total - out.len());
    }
    Ok(out)
}

// ---------------------------------------------------------------- hashing

const HASH_MODULUS: u64 = (1u64 << 61) - 1;

/// A 64-bit FNV-1a variant over the UTF-8 bytes; never -1.
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of bytes (and of a read-only memoryview of the same bytes).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for x in b {
        h ^= *x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h as i64 & i64::MAX
}

pub fn hash_int(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's numeric hash for floats, so that `hash(1.0) == hash(1)`.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & HASH_MODULUS) | (h >> (61 - e));
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

fn hash_tuple(vm: &mut Vm, items: &[Value]) -> PResult<i64> {
    let mut acc = XXPRIME_5;
    for it in items {
        let lane = vm.hash(it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

impl Vm {
    /// `hash(v)`: strs and ints inline (the keys of most dicts), the rest out of line.
    #[inline]
    pub fn hash(&mut self, v: &Value) -> PResult<i64> {
        match v {
            Value::Int(i) => Ok(hash_int(*i)),
            Value::Obj(o) => match &**o {
                Object::Str(s) => Ok(s.hash()),
                _ => self.hash_other(v),
            },
            _ => self.hash_other(v),
        }
    }

    fn hash_other(&mut self, v: &Value) -> PResult<i64> {
        Ok(match v {
            Value::None => 0xfca86420,
            Value::Bool(b) => b.get() as i64,
            Value::Int(i) => hash_int(*i),
            Value::Float(f) => hash_float(f.get()),
            Value::Obj(o) => match &**o {
                Object::Str(s) => s.hash(),
                Object::BigInt(b) => hash_bigint(b),
                Object::Complex(z) => crate::objects::complex::hash(*z),
                Object::Tuple(items) => {
                    self.enter("")?;
                    let r = hash_tuple(self, items);
                    self.leave();
                    r?
                }
                Object::FrozenSet(s) => {
                    let mut h: u64 = 0;
                    for (eh, _) in s.iter() {
                        let x = eh as u64;
                        h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
                    }
                    h ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                    h ^= (h >> 11) ^ (h >> 25);
                    h = h.wrapping_mul(69069).wrapping_add(907133923);
                    let r = h as i64;
                    if r == -1 {
                        590923713
                    } else {
                        r
                    }
                }
                Object::Bytes(b) => hash_bytes(b),
                Object::MemoryView(m) => crate::objects::memoryview::hash(m)?,
                Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::Slice(..)
                | Object::ByteArray(_) => {
                    return Err(type_error(format!("unhashable type: '{}'", type_name(v))))
                }
                Object::Derived(_, p)
                    if crate::objects::class::user_method(v, "__hash__").is_none() =>
                {
                    match self.hash(p) {
                        Err(e) if e.is_kind(crate::objects::types::ExcKind::TypeError) => {
                            return Err(type_error(format!("unhashable type: '{}'", type_name(v))))
                        }
                        r => r?,
                    }
                }
                Object::Instance(_)
                | Object::Derived(..)
                | Object::Exception(_)
                | Object::Type(_)
                    if crate::objects::class::has_user_type(v) =>
                {
                    match crate::objects::class::user_method(v, "__hash__") {
                        Some(Value::None) => {
                            return Err(type_error(format!("unhashable type: '{}'", type_name(v))))
                        }
                        Some(m) => {
                            let r = self.call1(&m, v.clone())?;
                            match r.as_bigint() {
                                Some(b) => {
                                    // an int that fits is the hash itself, as in CPython
                                    let h = b.to_i64().unwrap_or_else(|| hash_bigint(&b));
                                    if h == -1 {
                                        -2
                                    } else {
                                        h
                                    }
                                }
                                None => {
                                    return Err(type_error(
                                        "__hash__ method should return an integer",
                                    ))
                                }
                            }
                        }
                        None => ((crate::runtime::sync::Ref::as_ptr(o) as usize) >> 4) as i64,
                    }
                }
                _ => ((crate::runtime::sync::Ref::as_ptr(o) as usize) >> 4) as i64,
            },
        })
    }
}

/// Equality of two dictionary keys. Keys of built-in types never need Gilt code to compare.
pub fn key_eq(a: &Value, b: &Value) -> bool {
    // two strs first, the commonest keys: two different interned ones are unequal
    if let (Some(s), Some(t)) = (a.as_strobj(), b.as_strobj()) {
        return std::ptr::eq(s, t) || (!(s.interned && t.interned) && s.s == t.s);
    }
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => {
            if crate::runtime::sync::Ref::ptr_eq(x, y) {
                return true;
            }
            match (&**x, &**y) {
                (Object::Str(s), Object::Str(t)) => s.s == t.s,
                (Object::Tuple(s), Object::Tuple(t)) => {
                    s.len() == t.len() && s.iter().zip(t.iter()).all(|(p, q)| key_eq(p, q))
                }
                (Object::FrozenSet(s), Object::FrozenSet(t)) => {
                    s.len() == t.len() && s.iter().all(|(h, k)| t.contains(k, h))
                }
                (Object::BigInt(_), _) | (_, Object::BigInt(_)) => num_eq(a, b).unwrap_or(false),
                (Object::Bytes(s), Object::Bytes(t)) => s == t,
                (Object::MemoryView(_), _) | (_, Object::MemoryView(_)) => {
                    crate::objects::memoryview::key_eq(a, b)
                }
                (Object::Derived(_, p), _) if !defines_eq(a) => key_eq(p, b),
                (_, Object::Derived(_, p)) if !defines_eq(b) => key_eq(a, p),
                (Object::Complex(_), _) | (_, Object::Complex(_)) => num_eq(a, b).unwrap_or(false),
                _ => false,
            }
        }
        (Value::Obj(x), _) => match &**x {
            Object::Derived(_, p) if !defines_eq(a) => key_eq(p, b),
            _ => num_eq(a, b).unwrap_or(false),
        },
        (_, Value::Obj(y)) => match &**y {
            Object::Derived(_, p) if !defines_eq(b) => key_eq(a, p),
            _ => num_eq(a, b).unwrap_or(false),
        },
        // the same float (also a NaN) is its own key, as the same object is in CPython
        _ => a.is(b) || num_eq(a, b).unwrap_or(false),
    }
}

/// Whether `v`'s user class defines `__eq__` (else a derived value compares as its payload).
fn defines_eq(v: &Value) -> bool {
    crate::objects::class::user_method(v, "__eq__").is_some()
}

/// Numeric equality when both sides are numbers.
pub fn num_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        // by value: -0.0 == 0.0
        (Value::Float(x), Value::Float(y)) => Some(x.get() == y.get()),
        (Value::None, Value::None) => Some(true),
        _ => {
            if let Some(r) = crate::objects::complex::eq(a, b) {
                return Some(r);
            }
            let x = Num::of(a)?;
            let y = Num::of(b)?;
            Some(x.cmp(&y) == Some(std::cmp::Ordering::Equal))
        }
    }
}

/// A number of either kind, for mixed comparisons.
enum Num {
    I(BigInt),
    F(f64),
}

impl Num {
    fn of(v: &Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::I(BigInt::from(*i))),
            Value::Bool(b) => Some(Num::I(BigInt::from(b.get() as i64))),
            Value::Float(f) => Some(Num::F(f.get())),
            Value::Obj(o) => match &**o {
                Object::BigInt(b) => Some(Num::I(b.clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// Exact comparison (a float equal to a huge int compares exactly, as in CPython).
    fn cmp(&self, other: &Num) -> Option<std::cmp::Ordering> {
        match (self, other) {
            (Num::I(a), Num::I(b)) => Some(a.cmp(b)),
            (Num::F(a), Num::F(b)) => a.partial_cmp(b),
            (Num::I(a), Num::F(b)) => cmp_int_float(a, *b),
            (Num::F(a), Num::I(b)) => cmp_int_float(b, *a).map(|o| o.reverse()),
        }
    }
}

fn cmp_int_float(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = float_to_bigint(fl);
    match i.cmp(&fi) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

pub fn float_to_bigint(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f.trunc()).unwrap_or_default()
}

pub fn int_to_f64(b: &BigInt) -> PResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow("int too large to convert to float")),
    }
}

/// A float operand (int or float), or None when `v` is not a number.
fn as_f64(v: &Value) -> PResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(f.get()),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(b.get() as i64 as f64),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => Some(int_to_f64(b)?),
            _ => None,
        },
        _ => None,
    })
}

fn int_operand(v: &Value) -> Option<BigInt> {
    v.as_bigint()
}

fn unsupported(op: u32, a: &Value, b: &Value) -> Exc {
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        OP_SYMBOLS[op as usize],
        type_name(a),
        type_name(b)
    ))
}

/// `a OP b` when both are ints (and the result fits an i64) or both floats, for the operators
/// with a direct machine result; None for everything else (which `binary_op` handles fully).
/// No user code can run here, so the VM may try it before the general path.
#[inline(always)]
pub fn fast_binary(op: u32, a: &Value, b: &Value) -> Option<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let r = match op {
            ADD => x.checked_add(y),
            SUB => x.checked_sub(y),
            MUL => x.checked_mul(y),
            AND => Some(x & y),
            OR => Some(x | y),
            XOR => Some(x ^ y),
            FLOORDIV if y != 0 && !(x == i64::MIN && y == -1) => {
                let q = x / y;
                Some(if x % y != 0 && ((x < 0) != (y < 0)) {
                    q - 1
                } else {
                    q
                })
            }
            MOD if y != 0 && y != -1 => {
                let m = x % y;
                Some(if m != 0 && ((m < 0) != (y < 0)) {
                    m + y
                } else {
                    m
                })
            }
            _ => None,
        };
        if let Some(r) = r {
            return Some(Value::Int(r));
        }
    }
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        match op {
            ADD => return Some(Value::float(x.get() + y.get())),
            SUB => return Some(Value::float(x.get() - y.get())),
            MUL => return Some(Value::float(x.get() * y.get())),
            DIV if y.get() != 0.0 => return Some(Value::float(x.get() / y.get())),
            _ => {}
        }
    }
    None
}

/// `a < b` (and the other five comparisons, `op` as in `CompareOp`) when both are ints or both
/// floats; None for everything else. No user code can run here.
#[inline(always)]
pub fn fast_compare(op: u32, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(ord_result(op, x.cmp(y))),
        // NaN is unordered: every comparison with it is false except `!=`
        (Value::Float(x), Value::Float(y)) => Some(
            x.get()
                .partial_cmp(&y.get())
                .map_or(op == 3, |o| ord_result(op, o)),
        ),
        // two built-in strings (interned ones are the same object); UTF-8 byte order is code
        // point order, which is how Python orders strings
        (Value::Obj(x), Value::Obj(y)) => match (&**x, &**y) {
            (Object::Str(_), Object::Str(_)) if crate::runtime::sync::Ref::ptr_eq(x, y) => {
                Some(matches!(op, 1 | 2 | 5))
            }
            (Object::Str(s), Object::Str(t)) if op == 2 || op == 3 => {
                Some((!(s.interned && t.interned) && s.s == t.s) == (op == 2))
            }
            (Object::Str(s), Object::Str(t)) => Some(ord_result(op, str_order(s, t))),
            _ => None,
        },
        _ => None,
    }
}

/// `a OP b` for every binary operator.
#[inline]
pub fn binary_op(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PResult<Value> {
    if let Some(r) = fast_binary(op, a, b) {
        return Ok(r);
    }
    binary_slow(vm, op, a, b)
}

const DUNDERS: [(&str, &str); 14] = [
    ("__add__", "__radd__"),
    ("__sub__", "__rsub__"),
    ("__mul__", "__rmul__"),
    ("__matmul__", "__rmatmul__"),
    ("__truediv__", "__rtruediv__"),
    ("__floordiv__", "__rfloordiv__"),
    ("__mod__", "__rmod__"),
    ("__pow__", "__rpow__"),
    ("__lshift__", "__rlshift__"),
    ("__rshift__", "__rrshift__"),
    ("__or__", "__ror__"),
    ("__xor__", "__rxor__"),
    ("__and__", "__rand__"),
    ("__divmod__", "__rdivmod__"),
];

const INPLACE_DUNDERS: [&str; 13] = [
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imatmul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__ior__",
    "__ixor__",
    "__iand__",
];

fn is_not_implemented(v: &Value) -> bool {
    matches!(v.as_obj(), Some(Object::Singleton("NotImplemented")))
}

/// `a OP b` through user-defined dunder methods: `a.__op__(b)`, then `b.__rop__(a)` (first
/// when b's class is a subclass of a's that overrides it). None when neither applies.
fn binary_dunder(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PResult<Option<Value>> {
    let (fwd, rev) = DUNDERS[op as usize];
    let ta = types::type_of(a).clone();
    let tb = types::type_of(b).clone();
    let same = crate::runtime::sync::Ref::ptr_eq(&ta, &tb);
    // the right operand's reflected method goes first when its class overrides the left's
    let b_first = !same
        && types::is_subtype(&tb, &ta)
        && match crate::objects::class::user_method(b, rev) {
            Some(rb) => crate::objects::class::user_method(a, rev).is_none_or(|ra| !ra.is(&rb)),
            None => false,
        };
    if b_first {
        if let Some(r) = vm.call_dunder(b, rev, std::slice::from_ref(a))? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
    }
    if let Some(r) = vm.call_dunder(a, fwd, std::slice::from_ref(b))? {
        if !is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    if !same && !b_first {
        if let Some(r) = vm.call_dunder(b, rev, std::slice::from_ref(a))? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

fn is_class(v: &Value) -> bool {
    matches!(v.as_obj(), Some(Object::Type(_)))
}

#[inline(never)]
fn binary_slow(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PResult<Value> {
    // `str % x` (and bytes, bytearray) formats whatever x is: x.__rmod__ runs only when x's
    // class derives from a's
    if op == MOD && is_format_text(a) && !types::is_subtype(types::type_of(b), types::type_of(a)) {
        return vm.percent_format(a, b);
    }
    if crate::objects::class::has_user_type(a) || crate::objects::class::has_user_type(b) {
        if let Some(r) = binary_dunder(vm, op, a, b)? {
            return Ok(r);
        }
        let (pa, pb) = (
            crate::objects::class::payload(a),
            crate::objects::class::payload(b),
        );
        if pa.is_some() || pb.is_some() {
            // the built-in operation on the values a derived class extends
            return binary_op(vm, op, pa.unwrap_or(a), pb.unwrap_or(b));
        }
        if op == DIVMOD {
            return Err(unsupported(op, a, b));
        }
        // the built-in operand's own error ("can only concatenate list …") applies
    }
    if op == OR && (is_class(a) || is_class(b)) {
        let union = crate::objects::class::typing_alias_fn(vm, "union")?;
        let r = vm.call(&union, &[a.clone(), b.clone()], &[])?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = crate::objects::complex::binary(op, a, b)? {
        return Ok(r);
    }
    // Numbers.
    let a_num = matches!(a, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(a.as_obj(), Some(Object::BigInt(_)));
    let b_num = matches!(b, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(b.as_obj(), Some(Object::BigInt(_)));
    if a_num && b_num && op == DIVMOD {
        return num_divmod(vm, a, b);
    }
    if a_num && b_num {
        let any_float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
        if any_float || op == DIV {
            if op >= LSHIFT && op != POW {
                return Err(unsupported(op, a, b));
            }
            if !any_float && op == DIV {
                return int_true_div(a, b);
            }
            let x = as_f64(a)?.unwrap_or(0.0);
            let y = as_f64(b)?.unwrap_or(0.0);
            return float_op(op, x, y);
        }
        let x = int_operand(a).unwrap_or_default();
        let y = int_operand(b).unwrap_or_default();
        let both_bool = matches!(a, Value::Bool(_)) && matches!(b, Value::Bool(_));
        let r = int_op(op, &x, &y)?;
        if both_bool && matches!(op, AND | OR | XOR) {
            if let Value::Int(i) = r {
                return Ok(Value::bool(i != 0));
            }
        }
        return Ok(r);
    }
    match (a.as_obj(), b.as_obj(), op) {
        (Some(Object::Str(x)), Some(Object::Str(y)), ADD) => {
            return Ok(Value::str_concat(
                [&*x.s, &*y.s].into_iter(),
                x.ascii && y.ascii,
            ));
        }
        (Some(Object::List(x)), Some(Object::List(y)), ADD) => {
            let mut v = x.lock().clone();
            v.extend(y.lock().iter().cloned());
            return Ok(Value::list(v));
        }
        (Some(Object::Bytes(_) | Object::ByteArray(_)), _, ADD) => return bytes_concat(a, b),
        (Some(Object::Tuple(x)), Some(Object::Tuple(y)), ADD) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            return Ok(Value::tuple(v));
        }
        (Some(Object::Dict(x)), Some(Object::Dict(_)), OR) => {
            let merged = Value::obj(Object::Dict(crate::runtime::sync::ReadMostly::new(
                x.lock().clone(),
            )));
            vm.dict_update(&merged, b)?;
            return Ok(merged);
        }
        (Some(Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_)), _, MOD) => {
            return vm.percent_format(a, b)
        }
        (
            Some(Object::Set(_) | Object::FrozenSet(_)),
            Some(Object::Set(_) | Object::FrozenSet(_)),
            OR | AND | SUB | XOR,
        ) => return vm.set_binop(op, a, b),
        _ => {}
    }
    if op == MUL {
        if let Some(n) = repeat_count(b) {
            if let Some(r) = repeat(vm, a, n)? {
                return Ok(r);
            }
        }
        if let Some(n) = repeat_count(a) {
            if let Some(r) = repeat(vm, b, n)? {
                return Ok(r);
            }
        }
    }
    if op == ADD {
        if let (Some(Object::Str(_)), _) | (_, Some(Object::Str(_))) = (a.as_obj(), b.as_obj()) {
            if a.as_str().is_some() {
                return Err(type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    type_name(b)
                )));
            }
        }
        if let Some(Object::List(_)) = a.as_obj() {
            return Err(type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                type_name(b)
            )));
        }
        if let Some(Object::Tuple(_)) = a.as_obj() {
            return Err(type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                type_name(b)
            )));
        }
    }
    if op == MUL && (is_sequence(a) || is_sequence(b)) {
        let other = if is_sequence(a) { b } else { a };
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(other)
        )));
    }
    Err(unsupported(op, a, b))
}

/// `divmod(a, b)` for numbers: the floor quotient and the remainder.
fn num_divmod(vm: &mut Vm, a: &Value, b: &Value) -> PResult<Value> {
    let float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
    let q = binary_op(vm, FLOORDIV, a, b).map_err(|e| {
        if float && e.is_kind(types::ExcKind::ZeroDivisionError) {
            zero_div("float divmod()")
        } else {
            e
        }
    })?;
    let r = binary_op(vm, MOD, a, b)?;
    Ok(Value::pair(q, r))
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v.as_obj(),
        Some(
            Object::Str(_)
                | Object::List(_)
                | Object::Tuple(_)
                | Object::Bytes(_)
                | Object::ByteArray(_)
        )
    )
}

/// Whether `%` on `v` formats: a str, bytes or bytearray.
fn is_format_text(v: &Value) -> bool {
    matches!(
        v.as_obj(),
        Some(Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_))
    )
}

/// `a + b` for bytes or a bytearray `a`: the result has `a`'s type; `b` is any bytes-like.
fn bytes_concat(a: &Value, b: &Value) -> PResult<Value> {
    use crate::objects::bytesmethods as bm;
    let (Some(kind), Some(y)) = (bm::Kind::of(a), bm::bytes_like(b)) else {
        return Err(type_error(format!(
            "can't concat {} to {}",
            type_name(b),
            type_name(a)
        )));
    };
    let x = bm::bytes_like(a).unwrap_or_default();
    let mut v = try_vec(add_sizes(x.len(), 1, y.len()))?;
    v.extend_from_slice(&x);
    v.extend_from_slice(&y);
    Ok(kind.make(v))
}

fn repeat_count(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) => v.as_bigint(),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn repeat(vm: &mut Vm, seq: &Value, n: BigInt) -> PResult<Option<Value>> {
    let n = if n.is_negative() { BigInt::zero() } else { n };
    let Some(o) = seq.as_obj() else {
        return Ok(None);
    };
    let unit = match o {
        Object::Str(s) => s.s.len(),
        Object::List(l) => l.lock().len(),
        Object::Tuple(t) => t.len(),
        Object::Bytes(b) => b.len(),
        Object::ByteArray(b) => b.read(|b| b.len()),
        _ => return Ok(None),
    } as u128;
    let count = match n.to_u128() {
        Some(c) => c,
        None => return Err(overflow("cannot fit 'int' into an index-sized integer")),
    };
    if count > i64::MAX as u128 {
        return Err(overflow("cannot fit 'int' into an index-sized integer"));
    }
    let total = unit.saturating_mul(count);
    if total > isize::MAX as u128 {
        // (CPython's errors for a str or bytes whose very size does not fit)
        match o {
            Object::Str(_) => return Err(overflow("repeated string is too long")),
            Object::Bytes(_) | Object::ByteArray(_) => {
                return Err(overflow("repeated bytes are too long"))
            }
            _ => {}
        }
    }
    if total > MAX_ALLOC {
        return Err(memory_error());
    }
    let item = match o {
        Object::List(_) | Object::Tuple(_) => std::mem::size_of::<Value>(),
        _ => 1,
    };
    vm.reserve((total as usize).saturating_mul(item))?;
    let count = count as usize;
    Ok(Some(match o {
        Object::Str(s) => Value::str(repeat_str(&s.s, count)?),
        Object::List(l) => {
            let items = l.lock().clone();
            let mut v = try_vec(add_sizes(0, items.len(), count))?;
            for _ in 0..count {
                v.extend(items.iter().cloned());
            }
            Value::list(v)
        }
        Object::Tuple(t) => {
            let mut v = try_vec(add_sizes(0, t.len(), count))?;
            for _ in 0..count {
                v.extend(t.iter().cloned());
            }
            Value::tuple(v)
        }
        Object::Bytes(b) => Value::obj(Object::Bytes(repeat_bytes(b, count)?.into_boxed_slice())),
        Object::ByteArray(b) => {
            let unit = b.read(|b| b.to_vec());
            crate::objects::bytesmethods::new_bytearray(repeat_bytes(&unit, count)?)
        }
        _ => return Ok(None),
    }))
}

fn int_true_div(a: &Value, b: &Value) -> PResult<Value> {
    let x = int_operand(a).unwrap_or_default();
    let y = int_operand(b).unwrap_or_default();
    if y.is_zero() {
        return Err(zero_div("division by zero"));
    }
    if let (Some(xf), Some(yf)) = (x.to_i64(), y.to_i64()) {
        if xf.unsigned_abs() < (1 << 53) && yf.unsigned_abs() < (1 << 53) {
            return Ok(Value::float(xf as f64 / yf as f64));
        }
    }
    big_true_div(&x, &y)
        .map(Value::float)
        .ok_or_else(|| overflow("integer division result too large for a float"))
}

/// `x / y` correctly rounded (half to even) to a float, for ints of any size; None when the
/// result is too large for a float. `y` is not zero.
fn big_true_div(x: &BigInt, y: &BigInt) -> Option<f64> {
    use num_bigint::Sign;
    let negative = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let signed = |f: f64| if negative { -f } else { f };
    let (a, b) = (x.magnitude(), y.magnitude());
    if a.is_zero() {
        return Some(signed(0.0));
    }
    // Scale so the integer quotient has 55 or 56 bits: 53 to keep, one to round with and one
    // spare; whatever the remainder holds only decides ties (the sticky bit).
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (q, r) = if shift >= 0 {
        (a << shift as u64).div_rem(b)
    } else {
        a.div_rem(&(b << (-shift) as u64))
    };
    let sticky = !r.is_zero();
    let q = q.to_u64().expect("a quotient of at most 56 bits");
    let qbits = 64 - q.leading_zeros() as i64;
    // The value lies in [2^e, 2^(e+1)); below 2^-1022 a float keeps fewer bits.
    let e = qbits - 1 - shift;
    if e > 1023 {
        return None;
    }
    if e < -1075 {
        // below half the smallest subnormal
        return Some(signed(0.0));
    }
    // at least 2 bits are dropped (qbits >= 55, keep <= 53), at most all of them
    let keep = if e >= -1022 { 53 } else { 53 - (-1022 - e) };
    let drop = qbits - keep;
    let mut m = if drop >= 64 { 0 } else { q >> drop };
    let rest = if drop >= 64 {
        q
    } else {
        q & ((1u64 << drop) - 1)
    };
    let half = 1u64 << (drop - 1);
    if rest > half || (rest == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    let f = ldexp_exact(m, drop - shift);
    if f.is_infinite() {
        return None;
    }
    Some(signed(f))
}

/// `n * 2^e` correctly rounded (half to even) to a float; None when it is too large for one.
pub fn ldexp_big(n: &num_bigint::BigUint, e: i64) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let top = n.bits() as i64 + e;
    if top > 1025 {
        return None;
    }
    if top < -1080 {
        return Some(0.0);
    }
    let x = BigInt::from(n.clone());
    let one = BigInt::from(1);
    if e >= 0 {
        big_true_div(&(x << e as u64), &one)
    } else {
        big_true_div(&x, &(one << (-e) as u64))
    }
}

/// `m * 2^k` for a product that is a float exactly (or too large for one): two steps, so no
/// power of two on the way leaves the range of normal floats.
fn ldexp_exact(m: u64, k: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    let mut f = m as f64;
    let mut k = k;
    while k > 1000 {
        f *= pow2(1000);
        k -= 1000;
    }
    while k < -1000 {
        f *= pow2(-1000);
        k += 1000;
    }
    f * pow2(k)
}

fn float_op(op: u32, x: f64, y: f64) -> PResult<Value> {
    Ok(Value::float(match op {
        ADD => x + y,
        SUB => x - y,
        MUL => x * y,
        DIV => {
            if y == 0.0 {
                return Err(zero_div("float division by zero"));
            }
            x / y
        }
        FLOORDIV => {
            if y == 0.0 {
                return Err(zero_div("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        MOD => {
            if y == 0.0 {
                return Err(zero_div("float modulo"));
            }
            float_divmod(x, y).1
        }
        POW => return float_pow(x, y),
        _ => return Err(type_error("unsupported operand type(s) for float")),
    }))
}

/// Python's float divmod: the floor quotient and a remainder with the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn float_pow(x: f64, y: f64) -> PResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(zero_div("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && x.is_finite() && y.fract() != 0.0 && y.is_finite() {
        // a negative number to a fractional power is complex
        let z = crate::objects::complex::Complex::new(x, 0.0);
        let w = crate::objects::complex::Complex::new(y, 0.0);
        return Ok(Value::complex(crate::objects::complex::power(z, w)?));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

pub fn int_op(op: u32, x: &BigInt, y: &BigInt) -> PResult<Value> {
    Ok(match op {
        ADD => Value::from_bigint(x + y),
        SUB => Value::from_bigint(x - y),
        MUL => Value::from_bigint(x * y),
        FLOORDIV => {
            if y.is_zero() {
                return Err(zero_div("integer division or modulo by zero"));
            }
            Value::from_bigint(x.div_floor(y))
        }
        MOD => {
            if y.is_zero() {
                return Err(zero_div("integer modulo by zero"));
            }
            Value::from_bigint(x.mod_floor(y))
        }
        POW => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(zero_div("0.0 cannot be raised to a negative power"));
                }
                return float_pow(int_to_f64(x)?, int_to_f64(y)?);
            }
            let e = match y.to_u32() {
                Some(e) => e,
                None => {
                    if x.abs() <= BigInt::from(1) {
                        return Ok(Value::from_bigint(if x.is_negative() && y.is_odd() {
                            BigInt::from(-1)
                        } else if x.is_zero() {
                            BigInt::zero()
                        } else {
                            BigInt::from(1)
                        }));
                    }
                    return Err(memory_error());
                }
            };
            // (at most one bit more than the result has)
            let bits = x.bits() as u128 * e as u128;
            if bits > MAX_INT_BITS as u128 {
                return Err(memory_error());
            }
            Value::from_bigint(num_traits::pow(x.clone(), e as usize))
        }
        LSHIFT => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            // CPython sizes the result in 30-bit digits: past the most an int can have it
            // is an OverflowError, below that a MemoryError when it cannot be allocated
            const MAX_DIGITS: u128 = (i64::MAX as u128 - 24) / 4;
            let s = y.to_u128().unwrap_or(u128::MAX);
            let digits = (x.bits() as u128)
                .div_ceil(30)
                .saturating_add(s / 30)
                .saturating_add(!s.is_multiple_of(30) as u128);
            if digits > MAX_DIGITS {
                return Err(overflow("too many digits in integer"));
            }
            if s + x.bits() as u128 > MAX_INT_BITS as u128 {
                return Err(memory_error());
            }
            Value::from_bigint(x << s as usize)
        }
        RSHIFT => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let s = y.to_u64().unwrap_or(u64::MAX);
            if s > x.bits() {
                return Ok(Value::Int(if x.is_negative() { -1 } else { 0 }));
            }
            Value::from_bigint(x >> s as usize)
        }
        AND => Value::from_bigint(x & y),
        OR => Value::from_bigint(x | y),
        XOR => Value::from_bigint(x ^ y),
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: 'int' and 'int'",
                OP_SYMBOLS[op as usize]
            )))
        }
    })
}

/// `a OP= b`: lists extend in place; everything else falls back to `a OP b`.
pub fn inplace_op(vm: &mut Vm, op: u32, a: Value, b: &Value) -> PResult<Value> {
    if crate::objects::class::has_user_type(&a) {
        if let Some(r) =
            vm.call_dunder(&a, INPLACE_DUNDERS[op as usize], std::slice::from_ref(b))?
        {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(p) = crate::objects::class::payload(&a) {
        if matches!(
            p.as_obj(),
            Some(Object::List(_) | Object::Dict(_) | Object::Set(_) | Object::ByteArray(_))
        ) {
            // a mutable built-in value changes in place; the derived instance is the result
            let r = inplace_op(vm, op, p.clone(), b)?;
            return Ok(if r.is(p) { a } else { r });
        }
    }
    if op == ADD {
        if let Some(Object::List(l)) = a.as_obj() {
            let items = vm.collect(b)?;
            l.lock().extend(items);
            return Ok(a);
        }
    }
    if op == MUL {
        if let (Some(Object::List(l)), Some(n)) = (a.as_obj(), repeat_count(b)) {
            // `items *= n` repeats the list in place
            let n = if n.is_negative() {
                0
            } else {
                n.to_usize().unwrap_or(usize::MAX)
            };
            let items = l.lock().clone();
            let total = items.len().saturating_mul(n);
            let mut grown: Vec<Value> = try_vec(total)?;
            for _ in 0..if items.is_empty() { 0 } else { n } {
                grown.extend(items.iter().cloned());
            }
            *l.lock() = grown;
            return Ok(a);
        }
    }
    if let (Some(Object::ByteArray(l)), ADD | MUL) = (a.as_obj(), op) {
        bytearray_inplace(vm, op, l, b)?;
        return Ok(a);
    }
    if op == OR {
        if let Some(Object::Dict(_)) = a.as_obj() {
            vm.dict_fill(&a, b)?;
            return Ok(a);
        }
    }
    if matches!(op, OR | AND | SUB | XOR) {
        if let (Some(Object::Set(_)), Some(Object::Set(_) | Object::FrozenSet(_))) =
            (a.as_obj(), b.as_obj())
        {
            let tb = vm.set_table(b).unwrap_or_default();
            if let Some(Object::Set(dst)) = a.as_obj() {
                crate::objects::seq::set_inplace(op, &mut dst.lock(), &tb, a.is(b));
            }
            return Ok(a);
        }
    }
    binary_op(vm, op, &a, b).map_err(|e| {
        // name the augmented operator, as CPython does: "for +=: 'C' and 'int'"
        let plain = format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            OP_SYMBOLS[op as usize],
            type_name(&a),
            type_name(b)
        );
        let args = e.args();
        let same = match args.as_obj() {
            Some(Object::Tuple(t)) if t.len() == 1 => t[0].as_str() == Some(plain.as_str()),
            _ => false,
        };
        if crate::runtime::sync::Ref::ptr_eq(e.class(), types::exc_type(types::ExcKind::TypeError))
            && same
        {
            type_error(format!(
                "unsupported operand type(s) for {}=: '{}' and '{}'",
                OP_SYMBOLS[op as usize],
                type_name(&a),
                type_name(b)
            ))
        } else {
            e
        }
    })
}

/// `b += x` (x bytes-like) and `b *= n` on a bytearray, in place.
fn bytearray_inplace(
    vm: &mut Vm,
    op: u32,
    l: &crate::runtime::sync::ReadMostly<crate::objects::bytesmethods::ByteBuf>,
    b: &Value,
) -> PResult<()> {
    if op == ADD {
        let Some(y) = crate::objects::bytesmethods::bytes_like(b) else {
            return Err(type_error(format!(
                "can't concat {} to bytearray",
                type_name(b)
            )));
        };
        let mut g = l.lock();
        let n = g.len() + y.len();
        g.resizable(n)?.extend_from_slice(&y);
        return Ok(());
    }
    let Some(n) = repeat_count(b) else {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(b)
        )));
    };
    let count = if n.is_negative() {
        0
    } else {
        n.to_usize()
            .ok_or_else(|| overflow("cannot fit 'int' into an index-sized integer"))?
    };
    vm.reserve(l.read(|b| b.len()).saturating_mul(count))?;
    let mut g = l.lock();
    let new = repeat_bytes(&g, count)?;
    let n = new.len();
    *g.resizable(n)? = new;
    Ok(())
}

pub fn unary_op(vm: &mut Vm, op: u32, a: &Value) -> PResult<Value> {
    if op < 3 && crate::objects::class::has_user_type(a) {
        let name = ["__neg__", "__pos__", "__invert__"][op as usize];
        if let Some(r) = vm.call_dunder(a, name, &[])? {
            return Ok(r);
        }
        if let Some(p) = crate::objects::class::payload(a) {
            return unary_op(vm, op, p);
        }
    }
    match (op, a) {
        (3, _) => return Ok(Value::bool(!vm.truthy(a)?)),
        (0, Value::Int(i)) => {
            return Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            })
        }
        (0, Value::Float(f)) => return Ok(Value::float(-f.get())),
        (1, Value::Int(_) | Value::Float(_)) => return Ok(a.clone()),
        (2, Value::Int(i)) => return Ok(Value::Int(!i)),
        _ => {}
    }
    if let (Some(z), 0 | 1) = (crate::objects::complex::as_complex(a), op) {
        return Ok(Value::complex(if op == 0 { z.neg() } else { z }));
    }
    if let Some(b) = a.as_bigint() {
        return Ok(match op {
            0 => Value::from_bigint(-b),
            1 => Value::from_bigint(b),
            _ => Value::from_bigint(-b - 1),
        });
    }
    let sym = ["-", "+", "~"][op as usize];
    Err(type_error(format!(
        "bad operand type for unary {sym}: '{}'",
        type_name(a)
    )))
}

// ---------------------------------------------------------------- comparison

const CMP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

#[inline]
pub fn compare_op(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PResult<Value> {
    if let Some(r) = fast_compare(op, a, b) {
        return Ok(Value::bool(r));
    }
    if crate::objects::class::has_user_type(a) || crate::objects::class::has_user_type(b) {
        return vm.rich_compare(op, a, b);
    }
    match (op, a.as_obj(), b.as_obj()) {
        (2, ..) => Ok(Value::bool(vm.eq(a, b)?)),
        (3, ..) => Ok(Value::bool(vm.ne(a, b)?)),
        (_, Some(Object::Tuple(l)), Some(Object::Tuple(r))) => vm.seq_order(op, l, r),
        (_, Some(Object::List(_)), Some(Object::List(_))) => {
            let (l, r) = (vm.items_of(a), vm.items_of(b));
            vm.seq_order(op, &l, &r)
        }
        _ => Ok(Value::bool(vm.less(op, a, b)?)),
    }
}

const CMP_DUNDERS: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

/// The comparison that swapping the operands turns `op` into (`a < b` is `b > a`).
const CMP_REFLECTED: [u32; 6] = [4, 5, 2, 3, 0, 1];

/// How two bytes or bytearray values order (the left one copied, so no two bytearrays are
/// locked at once). None when either is neither.
fn bytes_order(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    let x = crate::objects::bytesmethods::bytes_like(a)?;
    crate::objects::bytesmethods::with_bytes(b, |y| (*x).cmp(y))
}

/// Comparison `op` (numbered as in `CompareOp`) decided by an ordering.
#[inline(always)]
fn ord_result(op: u32, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        0 => o == Less,
        1 => o != Greater,
        2 => o == Equal,
        3 => o != Equal,
        4 => o == Greater,
        _ => o != Less,
    }
}

impl Vm {
    /// `a == b`.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PResult<bool> {
        if let Some(r) = num_eq(a, b) {
            return Ok(r);
        }
        if crate::objects::class::has_user_type(a) || crate::objects::class::has_user_type(b) {
            return self.user_eq(a, b);
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return Ok(a.is(b));
        };
        if crate::runtime::sync::Ref::ptr_eq(x, y) && !matches!(&**x, Object::MemoryView(_)) {
            // identity implies equality for containers (CPython does the same for items)
            return Ok(true);
        }
        match (&**x, &**y) {
            (Object::Str(s), Object::Str(t)) => Ok(s.s == t.s),
            // tuples cannot change, so they are compared in place
            (Object::Tuple(l), Object::Tuple(r)) => self.seq_eq(l, r),
            (Object::Slice(l), Object::Slice(r)) => self.seq_eq(&l[..], &r[..]),
            (Object::List(_), Object::List(_)) => {
                let (l, r) = (self.items_of(a), self.items_of(b));
                self.seq_eq(&l, &r)
            }
            (Object::Dict(d1), Object::Dict(d2)) => {
                let e1: Vec<(Value, i64, Value)> = d1
                    .lock()
                    .iter()
                    .map(|e| (e.key.clone(), e.hash, e.value.clone()))
                    .collect();
                if e1.len() != d2.lock().len() {
                    return Ok(false);
                }
                self.in_comparison(|vm| {
                    for (k, h, v) in e1 {
                        let other = d2.lock().get(&k, h).cloned();
                        match other {
                            Some(ov) if v.is(&ov) || vm.eq(&v, &ov)? => {}
                            _ => return Ok(false),
                        }
                    }
                    Ok(true)
                })
            }
            (Object::Set(_) | Object::FrozenSet(_), Object::Set(_) | Object::FrozenSet(_)) => {
                Ok(self.set_cmp(a, b)? == Some(std::cmp::Ordering::Equal))
            }
            (Object::Range(r1), Object::Range(r2)) => {
                let (n1, n2) = (r1.len(), r2.len());
                Ok(n1 == n2
                    && (n1 == 0 || (r1.start == r2.start && (n1 == 1 || r1.step == r2.step))))
            }
            (Object::Bytes(_) | Object::ByteArray(_), Object::Bytes(_) | Object::ByteArray(_)) => {
                Ok(bytes_order(a, b) == Some(std::cmp::Ordering::Equal))
            }
            (Object::BoundMethod(s1, f1), Object::BoundMethod(s2, f2)) => {
                Ok(s1.is(s2) && f1.is(f2))
            }
            (Object::MemoryView(_), _) | (_, Object::MemoryView(_)) => {
                Ok(crate::objects::memoryview::equal(self, a, b)?.unwrap_or(false))
            }
            _ => Ok(false),
        }
    }

    fn user_eq(&mut self, a: &Value, b: &Value) -> PResult<bool> {
        if a.is(b) {
            // containers treat identical items as equal without asking them
            return Ok(true);
        }
        let r = self.in_comparison(|vm| vm.rich_compare(2, a, b))?;
        self.truthy(&r)
    }

    /// `a != b`, honouring a user `__ne__`.
    pub fn ne(&mut self, a: &Value, b: &Value) -> PResult<bool> {
        if crate::objects::class::has_user_type(a) || crate::objects::class::has_user_type(b) {
            let r = self.rich_compare(3, a, b)?;
            return self.truthy(&r);
        }
        Ok(!self.eq(a, b)?)
    }

    /// `v.__op__(other)` for a user class; None when it is missing or returns NotImplemented.
    /// Without a `__ne__`, `!=` inverts `__eq__` as `object.__ne__` does.
    fn user_cmp(&mut self, op: u32, v: &Value, other: &Value) -> PResult<Option<Value>> {
        let arg = std::slice::from_ref(other);
        match self.call_dunder(v, CMP_DUNDERS[op as usize], arg)? {
            Some(r) if !is_not_implemented(&r) => Ok(Some(r)),
            Some(_) => Ok(None),
            None if op == 3 => match self.call_dunder(v, "__eq__", arg)? {
                Some(r) if !is_not_implemented(&r) => Ok(Some(Value::bool(!self.truthy(&r)?))),
                _ => Ok(None),
            },
            None => Ok(None),
        }
    }

    /// A comparison involving a user class, as CPython orders it: the right operand's
    /// reflected method first when its class derives from the left one's, then the left
    /// operand's method, then the reflected one; `==`/`!=` fall back to identity.
    pub fn rich_compare(&mut self, op: u32, a: &Value, b: &Value) -> PResult<Value> {
        let ta = types::type_of(a).clone();
        let tb = types::type_of(b).clone();
        let rop = CMP_REFLECTED[op as usize];
        let b_first = !crate::runtime::sync::Ref::ptr_eq(&ta, &tb) && types::is_subtype(&tb, &ta);
        if b_first {
            if let Some(r) = self.user_cmp(rop, b, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.user_cmp(op, a, b)? {
            return Ok(r);
        }
        if !b_first {
            if let Some(r) = self.user_cmp(rop, b, a)? {
                return Ok(r);
            }
        }
        let (pa, pb) = (
            crate::objects::class::payload(a),
            crate::objects::class::payload(b),
        );
        if pa.is_some() || pb.is_some() {
            // the built-in comparison of the values a derived class extends
            return compare_op(self, op, pa.unwrap_or(a), pb.unwrap_or(b));
        }
        match op {
            2 => Ok(Value::bool(a.is(b))),
            3 => Ok(Value::bool(!a.is(b))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                CMP_SYMBOLS[op as usize],
                type_name(a),
                type_name(b)
            ))),
        }
    }

    /// `a < b` and friends (`op` as in CompareOp, not 2 or 3).
    pub fn less(&mut self, op: u32, a: &Value, b: &Value) -> PResult<bool> {
        if let Some(r) = fast_compare(op, a, b) {
            return Ok(r);
        }
        // (a tuple is never an instance of a user type: a subclass's instance is an Instance)
        if let (Some(Object::Tuple(l)), Some(Object::Tuple(r))) = (a.as_obj(), b.as_obj()) {
            return self.seq_less(op, l, r);
        }
        if crate::objects::class::has_user_type(a) || crate::objects::class::has_user_type(b) {
            let r = self.rich_compare(op, a, b)?;
            return self.truthy(&r);
        }
        if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
            return Ok(match x.cmp(&y) {
                Some(o) => ord_result(op, o),
                None => false,
            });
        }
        match (a.as_obj(), b.as_obj()) {
            (Some(Object::Str(s)), Some(Object::Str(t))) => Ok(ord_result(op, str_order(s, t))),
            // tuples cannot change, so they are compared in place
            (Some(Object::Tuple(l)), Some(Object::Tuple(r))) => self.seq_less(op, l, r),
            (Some(Object::Slice(l)), Some(Object::Slice(r))) => self.seq_less(op, &l[..], &r[..]),
            (Some(Object::List(_)), Some(Object::List(_))) => {
                let (l, r) = (self.items_of(a), self.items_of(b));
                self.seq_less(op, &l, &r)
            }
            (
                Some(Object::Set(_) | Object::FrozenSet(_)),
                Some(Object::Set(_) | Object::FrozenSet(_)),
            ) => {
                let o = self.set_cmp(a, b)?;
                use std::cmp::Ordering::*;
                Ok(matches!(
                    (op, o),
                    (0, Some(Less))
                        | (1, Some(Less | Equal))
                        | (4, Some(Greater))
                        | (5, Some(Greater | Equal))
                ))
            }
            (
                Some(Object::Bytes(_) | Object::ByteArray(_)),
                Some(Object::Bytes(_) | Object::ByteArray(_)),
            ) => Ok(bytes_order(a, b).is_some_and(|o| ord_result(op, o))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                CMP_SYMBOLS[op as usize],
                type_name(a),
                type_name(b)
            ))),
        }
    }

    fn user_truthy(&mut self, v: &Value) -> PResult<bool> {
        if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b.get()),
                _ => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    type_name(&r)
                ))),
            };
        }
        if crate::objects::class::user_method(v, "__len__").is_some() {
            return Ok(self.len_of(v)? != 0);
        }
        match crate::objects::class::payload(v) {
            Some(p) => self.truthy(p),
            None => Ok(true),
        }
    }

    /// Runs `f` one native level deeper: comparing containers nested past the recursion
    /// limit raises RecursionError ("... in comparison").
    fn in_comparison<R>(&mut self, f: impl FnOnce(&mut Vm) -> PResult<R>) -> PResult<R> {
        self.enter(" in comparison")?;
        let r = f(self);
        self.leave();
        r
    }

    fn seq_eq(&mut self, l: &[Value], r: &[Value]) -> PResult<bool> {
        if l.len() != r.len() {
            return Ok(false);
        }
        self.in_comparison(|vm| {
            // identity first, as CPython compares items (a NaN equals itself in a list)
            for (p, q) in l.iter().zip(r) {
                if !p.is(q) && !vm.eq(p, q)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    fn seq_less(&mut self, op: u32, l: &[Value], r: &[Value]) -> PResult<bool> {
        match self.seq_order(op, l, r)? {
            Value::Bool(b) => Ok(b.get()),
            v => self.truthy(&v),
        }
    }

    /// Ordering `op` of two lists' or tuples' items, as the operator gives it: the comparison
    /// of the first items that differ, whatever it returned (a user `__lt__` may return any
    /// object), else the comparison of the lengths.
    fn seq_order(&mut self, op: u32, l: &[Value], r: &[Value]) -> PResult<Value> {
        // items that are two ints, floats or strs are decided here, with no recursion to
        // guard against (the sort keys of `(-count, word)`)
        let mut i = 0;
        while let (Some(p), Some(q)) = (l.get(i), r.get(i)) {
            match fast_compare(2, p, q) {
                Some(true) => i += 1,
                Some(false) => return Ok(Value::bool(fast_compare(op, p, q).unwrap_or(false))),
                None => break,
            }
        }
        if i == l.len().min(r.len()) {
            return Ok(Value::bool(ord_result(op, l.len().cmp(&r.len()))));
        }
        self.in_comparison(|vm| {
            for (p, q) in l[i..].iter().zip(&r[i..]) {
                if !p.is(q) && !vm.eq(p, q)? {
                    return compare_op(vm, op, p, q);
                }
            }
            Ok(Value::bool(ord_result(op, l.len().cmp(&r.len()))))
        })
    }

    /// A snapshot of a list's or tuple's items.
    pub fn items_of(&self, v: &Value) -> Vec<Value> {
        match v.as_obj() {
            Some(Object::List(l)) => l.lock().clone(),
            Some(Object::Tuple(t)) => t.to_vec(),
            _ => vec![],
        }
    }

    /// Truth value.
    #[inline]
    pub fn truthy(&mut self, v: &Value) -> PResult<bool> {
        if let Value::Obj(o) = v {
            if let Object::Instance(_) | Object::Derived(..) = &**o {
                return self.user_truthy(v);
            }
        }
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::Obj(o) => match &**o {
                Object::Str(s) => !s.s.is_empty(),
                Object::List(l) => !l.lock().is_empty(),
                Object::Tuple(t) => !t.is_empty(),
                Object::Dict(d) => !d.lock().is_empty(),
                Object::Set(s) => !s.lock().is_empty(),
                Object::FrozenSet(s) => !s.is_empty(),
                Object::Range(r) => !r.is_empty(),
                Object::BigInt(b) => !b.is_zero(),
                Object::Complex(z) => !z.is_zero(),
                Object::Bytes(b) => !b.is_empty(),
                Object::ByteArray(b) => b.read(|b| !b.is_empty()),
                Object::MemoryView(m) => m.len()? > 0,
                Object::DictView(d, _) => return self.truthy(d),
                _ => true,
            },
        })
    }
}

impl Vm {
    /// `v.__index__()` when `v`'s user class defines it, or the value of an int subclass
    /// instance (an int standing in for `v`).
    pub fn user_index(&mut self, v: &Value) -> PResult<Option<Value>> {
        if !crate::objects::class::has_user_type(v) {
            return Ok(None);
        }
        match self.call_dunder(v, "__index__", &[])? {
            Some(r) if r.is_int() => Ok(Some(r)),
            Some(r) => Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(&r)
            ))),
            None => Ok(crate::objects::class::payload(v)
                .filter(|p| p.is_int())
                .cloned()),
        }
    }
}

/// `x` as an index-sized int, or None when it is not an int.
pub fn index_of(v: &Value) -> Option<PResult<i64>> {
    match v {
        Value::Int(i) => Some(Ok(*i)),
        Value::Bool(b) => Some(Ok(b.get() as i64)),
        Value::Obj(o) => match &**o {
            Object::Derived(_, p) if p.is_int() => index_of(p),
            Object::BigInt(b) => Some(b.to_i64().ok_or_else(|| {
                Exc::new(
                    types::ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                )
            })),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Interpreter, RustValue};

    #[test]
    fn sizes_past_what_memory_holds_are_memory_errors() {
        let _gil = crate::runtime::sync::Gil::acquire();
        let memory_error =
            |r: PResult<()>| r.is_err_and(|e| e.is_kind(types::ExcKind::MemoryError));
        assert_eq!(add_sizes(1, usize::MAX / 2, 3), usize::MAX);
        assert_eq!(add_sizes(4, 5, 6), 34);
        assert!(memory_error(try_string(usize::MAX).map(drop)));
        assert!(memory_error(try_vec::<u64>(usize::MAX / 4).map(drop)));
        assert!(memory_error(repeat_str("ab", usize::MAX / 2).map(drop)));
        assert!(memory_error(repeat_bytes(b"ab", 1 << 62).map(drop)));
        for n in 0..70 {
            assert_eq!(repeat_str("aé", n).ok(), Some("aé".repeat(n)));
            assert_eq!(repeat_bytes(b"xyz", n).ok(), Some(b"xyz".repeat(n)));
        }
    }

    #[test]
    fn ints_too_large_to_build_fail_at_once() {
        // CPython computes these for minutes or hours before its MemoryError; num-bigint
        // would abort the process when its allocation failed
        let i = Interpreter::new();
        let src = "r = []\n\
                   for f in (lambda: 3 ** 10**12, lambda: 2 ** 2**40, lambda: (-7) ** 2**33,\n\
                             lambda: 1 << 2**34, lambda: 10**6 << 2**34 - 10):\n\
                   \x20   try:\n\
                   \x20       f()\n\
                   \x20       r.append('no error')\n\
                   \x20   except MemoryError:\n\
                   \x20       r.append('MemoryError')\n\
                   r.append(round(5, -10**12))\n\
                   r.append(round(-5 * 10**40, -10**12))\n\
                   r.append(round(6 * 10**40, -41))\n";
        i.run(src, "<t>").expect("runs");
        let m = || RustValue::Str("MemoryError".into());
        assert_eq!(
            i.get_global("r"),
            Some(RustValue::List(vec![
                m(),
                m(),
                m(),
                m(),
                m(),
                RustValue::Int(0),
                RustValue::Int(0),
                RustValue::BigInt(format!("1{}", "0".repeat(41))),
            ]))
        );
    }
}
