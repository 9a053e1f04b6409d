//! Typed conversions between Rust values and Gilt objects: [`FromGilt`] reads a Gilt object
//! as a Rust type, [`IntoGilt`] makes a Gilt object from a Rust value. A mismatch is a Gilt
//! `TypeError` (or `OverflowError` for an int out of the Rust type's range), worded as
//! CPython words its own argument errors.

use crate::objects::object::Object;
use crate::objects::types::{type_name, ExcKind};
use crate::objects::value::Value;
use crate::runtime::exc::Exc;
use crate::runtime::vm::{PResult, Vm};
use num_bigint::BigInt;
use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

/// A Rust type that a Gilt object can be read as: integers, `f64`, `bool`, `String`,
/// [`BigInt`], `Vec<T>` (from a list or tuple), `HashMap<K, V>` and `BTreeMap<K, V>` (from a
/// dict), `Option<T>` (`None` or a `T`), tuples of up to eight (from a tuple of that length),
/// `()` (from `None`) and [`Handle`](crate::Handle) (any object).
///
/// ```
/// let interp = gilt::Interpreter::new();
/// let pairs: Vec<(String, i64)> = interp.eval("[('a', 1), ('b', 2)]").unwrap();
/// assert_eq!(pairs, [("a".to_string(), 1), ("b".to_string(), 2)]);
/// let err = interp.eval::<i64>("'seven'").unwrap_err();
/// assert_eq!(err.to_string(), "TypeError: 'str' object cannot be interpreted as an integer");
/// ```
pub trait FromGilt: Sized {
    #[doc(hidden)]
    fn from_gilt(vm: &mut Vm, v: &Value) -> PResult<Self>;
    /// Whether a Rust function's caller may leave a parameter of this type out (`Option`).
    #[doc(hidden)]
    const OPTIONAL: bool = false;
}

/// A Rust value that can become a Gilt object: the types [`FromGilt`] reads, plus `&str`,
/// slices and arrays (as lists), and references to [`Handle`](crate::Handle).
///
/// ```
/// let interp = gilt::Interpreter::new();
/// interp.set("scores", vec![("ann", 3.5), ("bob", 4.0)]).unwrap();
/// assert_eq!(interp.eval::<f64>("sum(s for _, s in scores)").unwrap(), 7.5);
/// interp.set("nothing", None::<i64>).unwrap();
/// assert!(interp.eval::<bool>("nothing is None").unwrap());
/// ```
pub trait IntoGilt {
    #[doc(hidden)]
    fn into_gilt(self, vm: &mut Vm) -> PResult<Value>;
}

/// The `TypeError` for an object that is not what a conversion wants.
fn mismatch(want: &str, v: &Value) -> Exc {
    Exc::new(
        ExcKind::TypeError,
        format!("expected {want}, got '{}' object", type_name(v)),
    )
}

fn overflow(rust: &str) -> Exc {
    Exc::new(
        ExcKind::OverflowError,
        format!("Python int too large to convert to Rust {rust}"),
    )
}

/// An int (or bool) as a big integer; the `TypeError` CPython gives `int` arguments otherwise.
fn big_of(v: &Value) -> PResult<BigInt> {
    v.as_bigint().ok_or_else(|| {
        Exc::new(
            ExcKind::TypeError,
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ),
        )
    })
}

macro_rules! int_conversions {
    ($($t:ty),*) => {$(
        impl FromGilt for $t {
            fn from_gilt(_vm: &mut Vm, v: &Value) -> PResult<Self> {
                match v {
                    Value::Int(i) => <$t>::try_from(*i).map_err(|_| overflow(stringify!($t))),
                    _ => <$t>::try_from(big_of(v)?).map_err(|_| overflow(stringify!($t))),
                }
            }
        }
        impl IntoGilt for $t {
            fn into_gilt(self, _vm: &mut Vm) -> PResult<Value> {
                Ok(match i64::try_from(self) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::from_bigint(BigInt::from(self)),
                })
            }
        }
    )*};
}

int_conversions!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl FromGilt for BigInt {
    fn from_gilt(_vm: &mut Vm, v: &Value) -> PResult<Self> {
        big_of(v)
    }
}

impl IntoGilt for BigInt {
    fn into_gilt(self, _vm: &mut Vm) -> PResult<Value> {
        Ok(Value::from_bigint(self))
    }
}

impl FromGilt for f64 {
    /// A float, or an int (as CPython's `float` arguments take one).
    fn from_gilt(_vm: &mut Vm, v: &Value) -> PResult<Self> {
        match v {
            Value::Float(f) => Ok(f.get()),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(b.get() as i64 as f64),
            _ => {
                let b = v.as_bigint().ok_or_else(|| {
                    Exc::new(
                        ExcKind::TypeError,
                        format!("must be real number, not {}", type_name(v)),
                    )
                })?;
                let f = num_traits::ToPrimitive::to_f64(&b).unwrap_or(f64::INFINITY);
                if f.is_finite() {
                    Ok(f)
                } else {
                    Err(Exc::new(
                        ExcKind::OverflowError,
                        "int too large to convert to float",
                    ))
                }
            }
        }
    }
}

impl IntoGilt for f64 {
    fn into_gilt(self, _vm: &mut Vm) -> PResult<Value> {
        Ok(Value::float(self))
    }
}

impl FromGilt for f32 {
    fn from_gilt(vm: &mut Vm, v: &Value) -> PResult<Self> {
        f64::from_gilt(vm, v).map(|f| f as f32)
    }
}

impl IntoGilt for f32 {
    fn into_gilt(self, _vm: &mut Vm) -> PResult<Value> {
        Ok(Value::float(self as f64))
    }
}

impl FromGilt for bool {
    /// Only `True` and `False`: a Rust `bool` wants a bool, not any truth value.
    fn from_gilt(_vm: &mut Vm, v: &Value) -> PResult<Self> {
        match v {
            Value::Bool(b) => Ok(b.get()),
            _ => Err(mismatch("bool", v)),
        }
    }
}

impl IntoGilt for bool {
    fn into_gilt(self, _vm: &mut Vm) -> PResult<Value> {
        Ok(Value::bool(self))
    }
}

impl FromGilt for String {
    fn from_gilt(_vm: &mut Vm, v: &Value) -> PResult<Self> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| mismatch("str", v))
    }
}

impl IntoGilt for String {
    fn into_gilt(self, _vm: &mut Vm) -> PResult<Value> {
        Ok(Value::str(self))
    }
}

impl IntoGilt for &str {
    fn into_gilt(self, _vm: &mut Vm) -> PResult<Value> {
        Ok(Value::str(self))
    }
}

impl IntoGilt for &String {
    fn into_gilt(self, _vm: &mut Vm) -> PResult<Value> {
        Ok(Value::str(self.as_str()))
    }
}

impl FromGilt for () {
    fn from_gilt(_vm: &mut Vm, v: &Value) -> PResult<Self> {
        match v {
            Value::None => Ok(()),
            _ => Err(mismatch("None", v)),
        }
    }
}

impl IntoGilt for () {
    fn into_gilt(self, _vm: &mut Vm) -> PResult<Value> {
        Ok(Value::None)
    }
}

impl<T: FromGilt> FromGilt for Option<T> {
    const OPTIONAL: bool = true;
    fn from_gilt(vm: &mut Vm, v: &Value) -> PResult<Self> {
        match v {
            Value::None => Ok(None),
            _ => T::from_gilt(vm, v).map(Some),
        }
    }
}

impl<T: IntoGilt> IntoGilt for Option<T> {
    fn into_gilt(self, vm: &mut Vm) -> PResult<Value> {
        match self {
            None => Ok(Value::None),
            Some(t) => t.into_gilt(vm),
        }
    }
}

/// The items of a list or tuple (a str is not taken for a sequence of its characters).
fn sequence_items(vm: &Vm, v: &Value) -> PResult<Vec<Value>> {
    match v.as_obj() {
        Some(Object::List(_) | Object::Tuple(_)) => Ok(vm.items_of(v)),
        _ => Err(mismatch("list or tuple", v)),
    }
}

impl<T: FromGilt> FromGilt for Vec<T> {
    fn from_gilt(vm: &mut Vm, v: &Value) -> PResult<Self> {
        sequence_items(vm, v)?
            .iter()
            .map(|item| T::from_gilt(vm, item))
            .collect()
    }
}

impl<T: IntoGilt> IntoGilt for Vec<T> {
    fn into_gilt(self, vm: &mut Vm) -> PResult<Value> {
        let items = self
            .into_iter()
            .map(|t| t.into_gilt(vm))
            .collect::<PResult<Vec<_>>>()?;
        Ok(Value::list(items))
    }
}

impl<T: IntoGilt + Clone> IntoGilt for &[T] {
    fn into_gilt(self, vm: &mut Vm) -> PResult<Value> {
        self.to_vec().into_gilt(vm)
    }
}

impl<T: IntoGilt, const N: usize> IntoGilt for [T; N] {
    fn into_gilt(self, vm: &mut Vm) -> PResult<Value> {
        Vec::from(self).into_gilt(vm)
    }
}

/// A dict's entries, in order.
fn dict_entries(v: &Value) -> PResult<Vec<(Value, Value)>> {
    match v.as_obj() {
        Some(Object::Dict(d)) => {
            Ok(d.read(|d| d.iter().map(|e| (e.key.clone(), e.value.clone())).collect()))
        }
        _ => Err(mismatch("dict", v)),
    }
}

fn new_dict(vm: &mut Vm, entries: Vec<(Value, Value)>) -> PResult<Value> {
    let d = Value::obj(Object::Dict(crate::runtime::sync::ReadMostly::new(
        crate::objects::dict::DictMap::new(),
    )));
    for (k, v) in entries {
        vm.setitem(&d, &k, v)?;
    }
    Ok(d)
}

macro_rules! map_conversions {
    ($map:ident, $($bound:tt)*) => {
        impl<K: FromGilt + $($bound)*, V: FromGilt> FromGilt for $map<K, V> {
            fn from_gilt(vm: &mut Vm, v: &Value) -> PResult<Self> {
                dict_entries(v)?
                    .iter()
                    .map(|(k, v)| Ok((K::from_gilt(vm, k)?, V::from_gilt(vm, v)?)))
                    .collect()
            }
        }
        impl<K: IntoGilt, V: IntoGilt> IntoGilt for $map<K, V> {
            fn into_gilt(self, vm: &mut Vm) -> PResult<Value> {
                let entries = self
                    .into_iter()
                    .map(|(k, v)| Ok((k.into_gilt(vm)?, v.into_gilt(vm)?)))
                    .collect::<PResult<Vec<_>>>()?;
                new_dict(vm, entries)
            }
        }
    };
}

map_conversions!(HashMap, Eq + Hash);
map_conversions!(BTreeMap, Ord);

macro_rules! tuple_conversions {
    ($n:literal: $($t:ident $i:tt),*) => {
        impl<$($t: FromGilt),*> FromGilt for ($($t,)*) {
            fn from_gilt(vm: &mut Vm, v: &Value) -> PResult<Self> {
                let items = match v.as_obj() {
                    Some(Object::Tuple(_)) => vm.items_of(v),
                    _ => return Err(mismatch("tuple", v)),
                };
                if items.len() != $n {
                    return Err(Exc::new(
                        ExcKind::ValueError,
                        format!("expected a tuple of length {}, got one of length {}", $n, items.len()),
                    ));
                }
                Ok(($($t::from_gilt(vm, &items[$i])?,)*))
            }
        }
        impl<$($t: IntoGilt),*> IntoGilt for ($($t,)*) {
            fn into_gilt(self, vm: &mut Vm) -> PResult<Value> {
                Ok(Value::tuple(vec![$(self.$i.into_gilt(vm)?),*]))
            }
        }
    };
}

for_each_arity!(tuple_conversions);
