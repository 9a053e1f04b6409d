//! `Value`: what the VM's stack, locals and containers hold. None, bools, small ints and floats
//! are immediate (no heap object, no reference count); everything else is a counted reference
//! to an [`Object`].

use crate::objects::object::{Object, StrObj};
use crate::runtime::sync::Ref;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub type ObjRef = Ref<Object>;

/// Every variant carries at most one 8-byte scalar, at the same offset, so a `Value` (and an
/// `Option<Value>`) moves as two registers, tag and payload, instead of through memory. That
/// is why a float is held as its bits and a bool as a whole word.
#[derive(Default)]
pub enum Value {
    #[default]
    None,
    Bool(BoolBits),
    Int(i64),
    Float(FloatBits),
    Obj(ObjRef),
}

/// A float's bits (see `Value`): `get` gives the float back.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FloatBits(u64);

impl FloatBits {
    #[inline(always)]
    pub fn new(f: f64) -> FloatBits {
        FloatBits(f.to_bits())
    }

    #[inline(always)]
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

/// A bool as a whole word (see `Value`); `TRUE` and `FALSE` work in patterns.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct BoolBits(u64);

impl BoolBits {
    pub const TRUE: BoolBits = BoolBits(1);
    pub const FALSE: BoolBits = BoolBits(0);

    #[inline(always)]
    pub fn new(b: bool) -> BoolBits {
        BoolBits(b as u64)
    }

    #[inline(always)]
    pub fn get(self) -> bool {
        self.0 != 0
    }
}

impl Clone for Value {
    /// Counts the new reference, then copies the value's 16 bytes as they are. (A derived
    /// `clone` rebuilds the enum field by field, and reading that back whole stalls the CPU
    /// on every stack push.)
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            std::mem::forget(o.clone());
        }
        // SAFETY: the count of the object (if any) was just raised by one for the copy, so the
        // copy owns its own reference; every other variant is plain data.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    pub const TRUE: Value = Value::Bool(BoolBits::TRUE);
    pub const FALSE: Value = Value::Bool(BoolBits::FALSE);

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value::Float(FloatBits::new(f))
    }

    pub fn complex(z: crate::objects::complex::Complex) -> Value {
        Value::obj(Object::Complex(z))
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value::Bool(BoolBits::new(b))
    }

    #[inline]
    pub fn obj(o: Object) -> Value {
        Value::Obj(Ref::new(o))
    }

    pub fn str(s: impl crate::objects::smallstr::IntoSmallStr) -> Value {
        if let Some(t) = s.short_text() {
            return Value::short_str(std::iter::once(t), t.len(), t.is_ascii());
        }
        Value::obj(Object::Str(StrObj::new(s)))
    }

    /// The str made of `pieces` joined, `ascii` when every piece is (the callers know it from
    /// the pieces' flags, so the joined text is not scanned); a short result is written
    /// straight into its object.
    pub fn str_concat<'a>(pieces: impl Iterator<Item = &'a str> + Clone, ascii: bool) -> Value {
        let total: usize = pieces.clone().map(str::len).sum();
        if total > crate::objects::smallstr::INLINE {
            let mut s = String::with_capacity(total);
            pieces.for_each(|p| s.push_str(p));
            let text = crate::objects::smallstr::SmallStr::Heap(s.into_boxed_str());
            return Value::obj(Object::Str(StrObj::with_ascii(text, ascii)));
        }
        Value::short_str(pieces, total, ascii)
    }

    /// A str of `len` (at most `smallstr::INLINE`) bytes joined from `pieces`, its object
    /// written in place: built on the stack and moved, it would stall on store forwarding.
    #[inline]
    fn short_str<'a>(pieces: impl Iterator<Item = &'a str>, len: usize, ascii: bool) -> Value {
        use crate::objects::smallstr::SmallStr;
        let empty = SmallStr::Inline {
            len: len as u8,
            buf: [0; crate::objects::smallstr::INLINE],
        };
        let obj = |p: *mut Object| {
            // SAFETY: `p` is the new block's value slot; it is written whole first, and the
            // text then copied into the inline buffer of the object just written (the pieces
            // add up to `len` <= INLINE bytes).
            unsafe {
                p.write(Object::Str(StrObj::with_ascii(empty, ascii)));
                if let Object::Str(StrObj {
                    s: SmallStr::Inline { buf, .. },
                    ..
                }) = &mut *p
                {
                    let mut at = 0;
                    for t in pieces {
                        buf[at..at + t.len()].copy_from_slice(t.as_bytes());
                        at += t.len();
                    }
                }
            }
        };
        // SAFETY: `obj` writes a whole `Object` at the pointer.
        Value::Obj(unsafe { Ref::new_with(obj) })
    }

    /// An int, kept immediate when it fits in an i64.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::obj(Object::BigInt(b)),
        }
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::empty_tuple();
        }
        Value::obj(Object::Tuple(items.into()))
    }

    /// `()`: one immortal object for the whole process, as in CPython (`() is ()`).
    pub fn empty_tuple() -> Value {
        static EMPTY: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
        EMPTY
            .get_or_init(|| {
                let v = Value::obj(Object::Tuple(Vec::new().into()));
                v.immortalize();
                v
            })
            .clone()
    }

    /// The tuple `(a, b)`, made with no allocation besides the object's.
    pub fn pair(a: Value, b: Value) -> Value {
        Value::obj(Object::Tuple(crate::objects::object::TupleItems::Pair([
            a, b,
        ])))
    }

    /// The tuple of the top `n` values of `stack`, taken off it (`BuildTuple`); a pair is
    /// made without the vector a longer tuple's items are split into.
    #[inline]
    pub fn tuple_from_top(stack: &mut Vec<Value>, n: usize) -> Value {
        let at = stack.len() - n;
        if n == 2 {
            let mut top = stack.drain(at..);
            if let (Some(a), Some(b)) = (top.next(), top.next()) {
                return Value::pair(a, b);
            }
        }
        Value::tuple(stack.split_off(at))
    }

    pub fn list(mut items: Vec<Value>) -> Value {
        // A vector grown by doubling may hold up to twice its length; a list starts with at
        // most an eighth to spare, as CPython's do (`str.split` of a large text: −14 MB).
        if items.capacity() - items.len() > items.len() / 8 + 8 {
            items.shrink_to_fit();
        }
        Value::obj(Object::List(crate::runtime::sync::ReadMostly::new(items)))
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&Object> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &**o {
                Object::Str(s) => Some(&s.s),
                _ => None,
            },
            _ => None,
        }
    }

    #[inline]
    pub fn as_strobj(&self) -> Option<&StrObj> {
        match self {
            Value::Obj(o) => match &**o {
                Object::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// Makes this value's object (if any) immortal: see `sync::Ref::make_immortal`. A tuple's
    /// or frozenset's items go with it: they live as long as it does anyway.
    pub fn immortalize(&self) {
        self.immortalize_by(Ref::is_immortal, Ref::make_immortal);
    }

    /// [`Value::immortalize`] once threads share the value ([`Ref::make_immortal_when_shared`]):
    /// for what one interpreter makes, which dropping it must free.
    pub fn immortalize_when_shared(&self) {
        self.immortalize_by(Ref::is_kept, Ref::make_immortal_when_shared);
    }

    fn immortalize_by(&self, done: fn(&ObjRef) -> bool, make: fn(&ObjRef)) {
        if let Value::Obj(o) = self {
            if done(o) {
                return;
            }
            make(o);
            match &**o {
                Object::Tuple(items) => items.iter().for_each(|v| v.immortalize_by(done, make)),
                Object::FrozenSet(s) => s.iter().for_each(|(_, k)| k.immortalize_by(done, make)),
                _ => {}
            }
        }
    }

    /// Identity, as the `is` operator sees it.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.get().to_bits() == b.get().to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Ref::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The integer value of an int or bool, if it is one.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
            Value::Obj(o) => match &**o {
                Object::BigInt(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_int(&self) -> bool {
        match self {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(o) => matches!(&**o, Object::BigInt(_)),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_two_words_and_floats_and_bools_round_trip() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
        for f in [0.0, -0.0, 1.5, f64::INFINITY, f64::MIN_POSITIVE] {
            let Value::Float(bits) = Value::float(f) else {
                panic!("not a float")
            };
            assert_eq!(bits.get().to_bits(), f.to_bits());
        }
        assert!(matches!(Value::float(f64::NAN), Value::Float(b) if b.get().is_nan()));
        assert!(matches!(Value::bool(true), Value::Bool(BoolBits::TRUE)));
        assert!(matches!(Value::bool(false), Value::Bool(b) if !b.get()));
        assert!(Value::TRUE.is(&Value::bool(true)));
        assert!(!Value::FALSE.is(&Value::TRUE));
    }
}
