//! `Value`: what the VM's stack, locals and containers hold. None, bools, small ints and floats
//! are immediate (no heap object, no reference count); everything else is a counted reference
//! to an [`Object`].

use crate::object::{Object, StrObj};
use crate::sync::Ref;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub type ObjRef = Ref<Object>;

#[derive(Default)]
pub enum Value {
    #[default]
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
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
    #[inline]
    pub fn obj(o: Object) -> Value {
        Value::Obj(Ref::new(o))
    }

    pub fn str(s: impl Into<String>) -> Value {
        Value::obj(Object::Str(StrObj::new(s.into())))
    }

    /// An int, kept immediate when it fits in an i64.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::obj(Object::BigInt(b)),
        }
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::obj(Object::Tuple(items.into_boxed_slice()))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::obj(Object::List(crate::sync::ReadMostly::new(items)))
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
        if let Value::Obj(o) = self {
            if Ref::is_immortal(o) {
                return;
            }
            Ref::make_immortal(o);
            match &**o {
                Object::Tuple(items) => items.iter().for_each(Value::immortalize),
                Object::FrozenSet(s) => s.iter().for_each(|(_, k)| k.immortalize()),
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
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Ref::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The integer value of an int or bool, if it is one.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
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
