//! Methods of the built-in types. Each table lists (name, function); the first positional
//! argument is always `self`.

use crate::objects::object::{IterState, NativeFnPtr, Object};
use crate::objects::ops;
use crate::objects::set::SetTable;
use crate::objects::strmethods::ssize_arg;
use crate::objects::types::{type_name, ExcKind};
use crate::objects::value::Value;
use crate::runtime::exc::{index_error, key_error, overflow, type_error, value_error, Exc};
use crate::runtime::sync::{Lock, ReadMostly};
use crate::runtime::vm::{Args, PResult, Vm};

pub const INT_METHODS: &[(&str, NativeFnPtr)] = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("conjugate", int_conjugate),
    ("as_integer_ratio", int_as_integer_ratio),
    ("to_bytes", int_to_bytes),
    ("from_bytes", int_from_bytes),
    ("__new__", crate::objects::class::builtin_new),
    ("__repr__", crate::objects::class::dunder_repr),
];
pub const FLOAT_METHODS: &[(&str, NativeFnPtr)] = &[
    ("is_integer", float_is_integer),
    ("conjugate", float_conjugate),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
    ("fromhex", float_fromhex),
    ("__new__", crate::objects::class::builtin_new),
    ("__repr__", crate::objects::class::dunder_repr),
];
pub const EXC_METHODS: &[(&str, NativeFnPtr)] = &[
    ("__init__", exc_init),
    ("with_traceback", exc_with_traceback),
    ("add_note", exc_add_note),
];

/// `exc.with_traceback(tb)`: `tb` (a traceback object or None) becomes `exc.__traceback__`.
fn exc_with_traceback(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "with_traceback", 1, 1)?;
    let Some(Object::Exception(e)) = s.as_obj() else {
        return Ok(s.clone());
    };
    let entries = match &rest[0] {
        Value::None => vec![],
        tb => crate::runtime::traceback::entries_of(tb)
            .ok_or_else(|| type_error("__traceback__ must be a traceback or None"))?,
    };
    e.state.lock().traceback = entries;
    Ok(s.clone())
}

/// `exc.add_note(note)`: appends to `exc.__notes__` (made on the first note).
fn exc_add_note(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "add_note", 1, 1)?;
    if rest[0].as_str().is_none() {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(&rest[0])
        )));
    }
    let name = crate::objects::intern::intern("__notes__");
    let notes = match vm.get_attr(s, &name) {
        Ok(n) => n,
        Err(_) => {
            let n = Value::list(vec![]);
            vm.set_attr(s, &name, n.clone())?;
            n
        }
    };
    match notes.as_obj() {
        Some(Object::List(l)) => l.lock().push(rest[0].clone()),
        _ => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// `BaseException.__init__(self, *args)`: records the arguments (an OSError keeps only
/// `(errno, strerror)`); ImportError also takes `name=` and `path=`.
fn exc_init(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "__init__", 0, usize::MAX)?;
    let Some(Object::Exception(e)) = s.as_obj() else {
        return Ok(Value::None);
    };
    let is = |k: ExcKind| {
        crate::objects::types::is_subtype(&e.class, crate::objects::types::exc_type(k))
    };
    let import = is(ExcKind::ImportError);
    let cls = crate::objects::types::type_name(s);
    let mut st = e.state.lock();
    for (k, v) in a.kw {
        match k.as_str() {
            Some(n @ ("name" | "path")) if import => {
                st.attrs.insert(
                    crate::objects::intern::intern(n),
                    crate::objects::ops::hash_str(n),
                    v.clone(),
                );
            }
            Some(n) if import => {
                return Err(type_error(format!(
                    "'{n}' is an invalid keyword argument for {cls}()"
                )))
            }
            _ => return Err(type_error(format!("{cls}() takes no keyword arguments"))),
        }
    }
    let args = match rest.len() {
        2..=5 if is(ExcKind::OSError) => &rest[..2],
        _ => rest,
    };
    st.args = Value::tuple(args.to_vec());
    Ok(Value::None)
}
pub use crate::objects::bytesmethods::{BYTEARRAY_METHODS, BYTES_METHODS};
pub const RANGE_METHODS: &[(&str, NativeFnPtr)] = &[("count", seq_count), ("index", seq_index)];
pub const TUPLE_METHODS: &[(&str, NativeFnPtr)] = &[
    ("count", seq_count),
    ("index", seq_index),
    ("__new__", crate::objects::class::builtin_new),
    ("__getitem__", crate::objects::class::dunder_getitem),
    ("__len__", crate::objects::class::dunder_len),
    ("__contains__", crate::objects::class::dunder_contains),
    ("__iter__", crate::objects::class::dunder_iter),
    ("__repr__", crate::objects::class::dunder_repr),
];
pub const LIST_METHODS: &[(&str, NativeFnPtr)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", seq_index),
    ("count", seq_count),
    ("sort", list_sort),
    ("reverse", seq_reverse),
    ("copy", seq_copy),
    ("clear", seq_clear),
    ("__init__", crate::objects::class::list_init),
    ("__new__", crate::objects::class::builtin_new),
    ("__getitem__", crate::objects::class::dunder_getitem),
    ("__len__", crate::objects::class::dunder_len),
    ("__contains__", crate::objects::class::dunder_contains),
    ("__iter__", crate::objects::class::dunder_iter),
    ("__repr__", crate::objects::class::dunder_repr),
    ("__setitem__", crate::objects::class::dunder_setitem),
    ("__delitem__", crate::objects::class::dunder_delitem),
];
pub const DICT_METHODS: &[(&str, NativeFnPtr)] = &[
    ("get", dict_get),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("setdefault", dict_setdefault),
    ("update", dict_update),
    ("copy", dict_copy),
    ("clear", dict_clear),
    ("fromkeys", dict_fromkeys),
    ("__init__", crate::objects::class::dict_init),
    ("__new__", crate::objects::class::builtin_new),
    ("__getitem__", crate::objects::class::dunder_getitem),
    ("__len__", crate::objects::class::dunder_len),
    ("__contains__", crate::objects::class::dunder_contains),
    ("__iter__", crate::objects::class::dunder_iter),
    ("__repr__", crate::objects::class::dunder_repr),
    ("__setitem__", crate::objects::class::dunder_setitem),
    ("__delitem__", crate::objects::class::dunder_delitem),
];
pub const SET_METHODS: &[(&str, NativeFnPtr)] = &[
    ("add", set_add),
    ("remove", set_remove),
    ("discard", set_discard),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("update", set_update),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("__init__", crate::objects::class::set_init),
    ("__new__", crate::objects::class::builtin_new),
    ("__len__", crate::objects::class::dunder_len),
    ("__contains__", crate::objects::class::dunder_contains),
    ("__iter__", crate::objects::class::dunder_iter),
    ("__repr__", crate::objects::class::dunder_repr),
];
pub const FROZENSET_METHODS: &[(&str, NativeFnPtr)] = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("__new__", crate::objects::class::builtin_new),
    ("__len__", crate::objects::class::dunder_len),
    ("__contains__", crate::objects::class::dunder_contains),
    ("__iter__", crate::objects::class::dunder_iter),
    ("__repr__", crate::objects::class::dunder_repr),
];
pub use crate::objects::strmethods::STR_METHODS;

/// `self` and the arguments after it, checking the count of the latter. The count errors
/// are worded as CPython's for a positional-only method ("list.append() takes exactly one
/// argument (2 given)", "insert expected 2 arguments, got 1").
pub fn this<'a>(
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PResult<(&'a Value, &'a [Value])> {
    this_with(a, name, min, max, false)
}

/// [`this`] for the methods CPython parses with keywords or `PyArg_ParseTuple` (`str.find`,
/// `str.split`, …): "find() takes at least 1 argument (0 given)".
pub fn this_takes<'a>(
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PResult<(&'a Value, &'a [Value])> {
    this_with(a, name, min, max, true)
}

#[inline]
fn this_with<'a>(
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
    takes: bool,
) -> PResult<(&'a Value, &'a [Value])> {
    let Some((s, rest)) = a.pos.split_first() else {
        return Err(type_error(format!("descriptor '{name}' needs an argument")));
    };
    // a built-in method called on an instance of a subclass works on the value it extends
    let s = crate::objects::class::payload(s).unwrap_or(s);
    if rest.len() < min || rest.len() > max {
        return Err(type_error(arity_message(
            s,
            name,
            min,
            max,
            rest.len(),
            takes,
        )));
    }
    Ok((s, rest))
}

#[cold]
fn arity_message(s: &Value, name: &str, min: usize, max: usize, n: usize, takes: bool) -> String {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let wrapper = matches!(
        name,
        "__len__" | "__iter__" | "__next__" | "__repr__" | "__contains__" | "__delitem__"
    ) || (name == "__getitem__"
        && !matches!(s.as_obj(), Some(Object::List(_) | Object::Dict(_))));
    if min == max && wrapper {
        // a slot wrapper
        format!("expected {min} argument{}, got {n}", plural(min))
    } else if min == max && name == "__setitem__" {
        format!(" expected {min} arguments, got {n}")
    } else if min == max && min <= 1 {
        let t = type_name(s);
        match min {
            0 => format!("{t}.{name}() takes no arguments ({n} given)"),
            _ => format!("{t}.{name}() takes exactly one argument ({n} given)"),
        }
    } else if min == max {
        format!("{name} expected {min} arguments, got {n}")
    } else if takes {
        let (word, k) = if n < min {
            ("least", min)
        } else {
            ("most", max)
        };
        format!(
            "{name}() takes at {word} {k} argument{} ({n} given)",
            plural(k)
        )
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    }
}

fn no_kw(a: &Args, name: &str) -> PResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

// ---------------------------------------------------------------- numbers

fn int_bit_length(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "bit_length", 0, 0)?;
    let n = s.as_bigint().unwrap_or_default();
    Ok(Value::Int(n.bits() as i64))
}

fn int_bit_count(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "bit_count", 0, 0)?;
    let n = s.as_bigint().unwrap_or_default();
    let ones: u64 = n
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_conjugate(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "conjugate", 0, 0)?;
    Ok(Value::from_bigint(s.as_bigint().unwrap_or_default()))
}

fn int_as_integer_ratio(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "as_integer_ratio", 0, 0)?;
    let n = Value::from_bigint(s.as_bigint().unwrap_or_default());
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}

/// The `byteorder` and `signed` arguments of `int.to_bytes` and `int.from_bytes`, after the
/// one positional argument that comes first (`first`, a keyword too): whether the order is
/// little-endian, whether the int is signed, and that first argument.
fn byteorder_args<'a>(
    vm: &mut Vm,
    a: &Args<'a>,
    pos: &'a [Value],
    name: &str,
    first: &str,
) -> PResult<(bool, bool, Option<&'a Value>)> {
    if pos.len() + a.kw.len() > 3 {
        return Err(type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            pos.len() + a.kw.len()
        )));
    }
    if pos.len() > 2 {
        return Err(type_error(format!(
            "{name}() takes at most 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let slots = Args { pos, kw: a.kw }
        .slots(&[first, "byteorder", "signed"])
        .map_err(|e| match e {
            crate::runtime::vm::SlotError::Unknown(k) => {
                type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
            }
            crate::runtime::vm::SlotError::Twice(k, i) => type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({})",
                i + 1
            )),
        })?;
    let little = match slots[1] {
        None => false,
        Some(v) => match v.as_str() {
            Some("little") => true,
            Some("big") => false,
            Some(_) => return Err(value_error("byteorder must be either 'little' or 'big'")),
            None => {
                return Err(type_error(format!(
                    "{name}() argument 'byteorder' must be str, not {}",
                    type_name(v)
                )))
            }
        },
    };
    let signed = match slots[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok((little, signed, slots[0]))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, a: Args) -> PResult<Value> {
    use num_traits::{Signed, Zero};
    let (s, rest) = this(&a, "to_bytes", 0, usize::MAX)?;
    let n = s.as_bigint().unwrap_or_default();
    let (little, signed, length) = byteorder_args(vm, &a, rest, "to_bytes", "length")?;
    let length = match length {
        None => 1,
        Some(v) => crate::builtins::int_arg(v, "to_bytes")?,
    };
    let length =
        usize::try_from(length).map_err(|_| value_error("length argument must be non-negative"))?;
    if !signed && n.is_negative() {
        return Err(overflow("can't convert negative int to unsigned"));
    }
    let mut b = match () {
        _ if n.is_zero() => vec![],
        _ if signed => n.to_signed_bytes_le(),
        _ => n.magnitude().to_bytes_le(),
    };
    if b.len() > length {
        return Err(overflow("int too big to convert"));
    }
    let pad = if n.is_negative() { 0xff } else { 0 };
    b.resize(length, pad);
    if !little {
        b.reverse();
    }
    Ok(crate::objects::bytesmethods::new_bytes(b))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`: `bytes` is bytes-like or an
/// iterable of ints.
fn int_from_bytes(vm: &mut Vm, a: Args) -> PResult<Value> {
    use num_bigint::{BigInt, Sign};
    let pos = match a.pos.first().and_then(|v| v.as_obj()) {
        Some(Object::Type(_)) => &a.pos[1..],
        _ => a.pos,
    };
    let (little, signed, src) = byteorder_args(vm, &a, pos, "from_bytes", "bytes")?;
    let Some(src) = src else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let mut b = match crate::objects::bytesmethods::bytes_like(src) {
        Some(b) => b.into_owned(),
        None if src.as_str().is_some() || ops::index_of(src).is_some() => {
            return Err(type_error(format!(
                "cannot convert '{}' object to bytes",
                type_name(src)
            )))
        }
        None => crate::objects::bytesmethods::initial_bytes(
            vm,
            Args::new(std::slice::from_ref(src)),
            crate::objects::bytesmethods::Kind::Bytes,
        )?,
    };
    if !little {
        b.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&b)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &b)
    };
    Ok(Value::from_bigint(n))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (subnormals `0x0.…p-1022`), `inf`, `nan`.
fn float_hex(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "hex", 0, 0)?;
    let s = crate::objects::class::payload(s).unwrap_or(s);
    let Value::Float(f) = s else {
        return Err(type_error("descriptor 'hex' requires a 'float' object"));
    };
    Ok(Value::str(float_hex_text(f.get())))
}

fn float_hex_text(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

/// `float.fromhex(s)`: CPython's hexadecimal float syntax (`0x1.8p3`, `-0X.1P-2`, `1e`,
/// `inf`, `nan`), correctly rounded; reached through the type.
fn float_fromhex(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let args = match a.pos.first().and_then(|v| v.as_obj()) {
        Some(Object::Type(_)) => &a.pos[1..],
        _ => a.pos,
    };
    let Some(text) = args.first().and_then(|v| v.as_str()) else {
        return Err(type_error("fromhex() argument must be str"));
    };
    match parse_hex_float(text.trim()) {
        Some(Some(x)) => Ok(Value::float(x)),
        Some(None) => Err(Exc::new(
            ExcKind::OverflowError,
            "hexadecimal value too large to represent as a float",
        )),
        None => Err(value_error("invalid hexadecimal floating-point string")),
    }
}

/// The value of a hexadecimal float: None when the text is not one, Some(None) when it is
/// too large for a float.
fn parse_hex_float(t: &str) -> Option<Option<f64>> {
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let signed = |x: f64| if neg { -x } else { x };
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Some(Some(signed(f64::INFINITY)));
    }
    if lower == "nan" {
        return Some(Some(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    // the digits as an exact big integer scaled by a power of two, rounded once at the end
    let mut n = num_bigint::BigUint::default();
    for c in int_part.chars().chain(frac_part.chars()) {
        n = (n << 4u32) + c.to_digit(16)?;
    }
    let e2 = exp.checked_sub(4 * frac_part.len() as i64)?;
    Some(crate::objects::ops::ldexp_big(&n, e2).map(signed))
}

fn float_conjugate(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "conjugate", 0, 0)?;
    Ok(s.clone())
}

/// `float.as_integer_ratio()`: the exact fraction, in lowest terms with a positive
/// denominator (a float is a binary fraction, so the denominator is a power of two).
fn float_as_integer_ratio(_vm: &mut Vm, a: Args) -> PResult<Value> {
    use num_bigint::BigInt;
    let (s, _) = this(&a, "as_integer_ratio", 0, 0)?;
    let Value::Float(f) = s else {
        return Err(type_error(
            "descriptor 'as_integer_ratio' requires a 'float' object",
        ));
    };
    let x = f.get();
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(Exc::new(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // x = mantissa * 2^e exactly
    let (mut mantissa, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if mantissa == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let shift = mantissa.trailing_zeros().min(e.unsigned_abs() as u32) as i64;
    if e < 0 {
        mantissa >>= shift;
        e += shift;
    }
    let sign = if x < 0.0 { -1 } else { 1 };
    let m = BigInt::from(mantissa) * sign;
    let (num, den) = if e >= 0 {
        (m << e as usize, BigInt::from(1))
    } else {
        (m, BigInt::from(1) << (-e) as usize)
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

fn float_is_integer(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "is_integer", 0, 0)?;
    Ok(Value::bool(
        matches!(s, Value::Float(f) if f.get().is_finite() && f.get().fract() == 0.0),
    ))
}

/// The `encoding` and `errors` arguments of `bytes.decode` and `str.encode`.
pub fn codec_args<'a>(a: &Args<'a>, rest: &'a [Value], name: &str) -> PResult<(&'a str, &'a str)> {
    let arg = |i: usize, key: &str, default: &'static str| -> PResult<&'a str> {
        match rest.get(i).or_else(|| a.kw(key)) {
            None => Ok(default),
            Some(v) => v.as_str().ok_or_else(|| {
                type_error(format!(
                    "{name}() argument '{key}' must be str, not {}",
                    crate::objects::types::type_name(v)
                ))
            }),
        }
    };
    Ok((arg(0, "encoding", "utf-8")?, arg(1, "errors", "strict")?))
}

// ---------------------------------------------------------------- sequences

fn seq_count(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "count", 1, 1)?;
    let mut n = 0;
    if let Some(Object::List(l)) = s.as_obj() {
        // item by item from the live list: a comparison may change it, as in CPython
        let mut i = 0;
        while let Some(x) = l.read(|v| v.get(i).cloned()) {
            if x.is(&rest[0]) || vm.eq(&x, &rest[0])? {
                n += 1;
            }
            i += 1;
        }
        return Ok(Value::Int(n));
    }
    for x in &vm.collect(s)? {
        if x.is(&rest[0]) || vm.eq(x, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// A start or stop argument of `index()`, resolved against `len` like a slice bound (an int
/// beyond i64 is clamped, as CPython clamps it; None is not allowed).
fn clamp_range(v: Option<&Value>, len: usize, default: usize) -> PResult<usize> {
    match v {
        None => Ok(default),
        Some(x) => {
            let Some(i) = crate::objects::seq::clamped_index(x) else {
                return Err(type_error(
                    "slice indices must be integers or have an __index__ method",
                ));
            };
            let len = len as i64;
            Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
        }
    }
}

fn seq_index(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "index", 1, 3)?;
    let items = vm.collect(s)?;
    let start = clamp_range(rest.get(1), items.len(), 0)?;
    let end = clamp_range(rest.get(2), items.len(), items.len())?;
    for (i, x) in items.iter().enumerate().take(end).skip(start) {
        if x.is(&rest[0]) || vm.eq(x, &rest[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error(match s.as_obj() {
        Some(Object::List(_)) => format!("{} is not in list", vm.repr(&rest[0])?),
        Some(Object::Range(_)) => format!("{} is not in range", vm.repr(&rest[0])?),
        _ => "tuple.index(x): x not in tuple".to_string(),
    }))
}

fn list_of(v: &Value) -> PResult<&ReadMostly<Vec<Value>>> {
    match v.as_obj() {
        Some(Object::List(l)) => Ok(l),
        _ => Err(type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            type_name(v)
        ))),
    }
}

fn list_append(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "append", 1, 1)?;
    list_of(s)?.lock().push(rest[0].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "extend", 1, 1)?;
    let items = vm.collect(&rest[0])?;
    list_of(s)?.lock().extend(items);
    Ok(Value::None)
}

fn list_insert(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "insert", 2, 2)?;
    let i = ssize_arg(&rest[0])?;
    let mut l = list_of(s)?.lock();
    let at = insert_at(i, l.len());
    l.insert(at, rest[1].clone());
    Ok(Value::None)
}

/// Where `insert(i, x)` puts x among `len` items: a negative `i` counts from the end, and
/// both ends clamp.
pub fn insert_at(i: i64, len: usize) -> usize {
    let n = len as i64;
    (if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize
}

/// The item `pop(i)` takes from among `len` items of a `what` (a list, a bytearray).
pub fn pop_at(i: i64, len: usize, what: &str) -> PResult<usize> {
    if len == 0 {
        return Err(index_error(format!("pop from empty {what}")));
    }
    crate::objects::seq::norm_index(i, len).ok_or_else(|| index_error("pop index out of range"))
}

fn list_pop(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "pop", 0, 1)?;
    let i = rest.first().map(ssize_arg).transpose()?.unwrap_or(-1);
    let mut l = list_of(s)?.lock();
    let j = pop_at(i, l.len(), "list")?;
    Ok(l.remove(j))
}

fn list_remove(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "remove", 1, 1)?;
    let items = list_of(s)?.lock().clone();
    for (i, x) in items.iter().enumerate() {
        if x.is(&rest[0]) || vm.eq(x, &rest[0])? {
            let mut l = list_of(s)?.lock();
            if i < l.len() {
                l.remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn list_sort(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "sort", 0, usize::MAX)?;
    if !rest.is_empty() {
        return Err(type_error("sort() takes no positional arguments"));
    }
    crate::builtins::check_keywords(&a, "sort", &["key", "reverse"])?;
    let key = a.kw("key").filter(|k| !matches!(k, Value::None));
    let reverse = match a.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let l = list_of(s)?;
    // Sort a copy and leave the list empty meanwhile, as CPython does.
    let mut items = std::mem::take(&mut *l.lock());
    let r = crate::builtins::sort_values(vm, &mut items, key, reverse);
    let mutated = !l.lock().is_empty();
    *l.lock() = items;
    r?;
    if mutated {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// `reverse()` of a list or a bytearray.
pub fn seq_reverse(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "reverse", 0, 0)?;
    match s.as_obj() {
        Some(Object::ByteArray(b)) => b.lock().reverse(),
        _ => list_of(s)?.lock().reverse(),
    }
    Ok(Value::None)
}

/// `copy()` of a list or a bytearray.
pub fn seq_copy(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "copy", 0, 0)?;
    Ok(match s.as_obj() {
        Some(Object::ByteArray(b)) => {
            crate::objects::bytesmethods::new_bytearray(b.read(|b| b.to_vec()))
        }
        _ => Value::list(list_of(s)?.lock().clone()),
    })
}

/// `clear()` of a list or a bytearray (a list's items are dropped once it is unlocked).
pub fn seq_clear(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "clear", 0, 0)?;
    match s.as_obj() {
        Some(Object::ByteArray(b)) => b.lock().resizable(0)?.clear(),
        _ => {
            let old = std::mem::take(&mut *list_of(s)?.lock());
            drop(old);
        }
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------- dicts

fn dict_of(v: &Value) -> PResult<&crate::runtime::sync::ReadMostly<crate::objects::dict::DictMap>> {
    match v.as_obj() {
        Some(Object::Dict(d)) => Ok(d),
        _ => Err(type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            type_name(v)
        ))),
    }
}

fn dict_get(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "get", 1, 2)?;
    no_kw(&a, "get")?;
    let (k, h) = vm.dict_key(s, &rest[0])?;
    let v = dict_of(s)?.read(|d| d.get(&k, h).cloned());
    Ok(v.unwrap_or_else(|| rest.get(1).cloned().unwrap_or(Value::None)))
}

fn view(s: &Value, kind: u8) -> Value {
    Value::obj(Object::DictView(s.clone(), kind))
}

fn dict_keys(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "keys", 0, 0)?;
    dict_of(s)?;
    Ok(view(s, 0))
}

fn dict_values(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "values", 0, 0)?;
    dict_of(s)?;
    Ok(view(s, 1))
}

fn dict_items(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "items", 0, 0)?;
    dict_of(s)?;
    Ok(view(s, 2))
}

fn dict_pop(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "pop", 1, 2)?;
    let (k, h) = vm.dict_key(s, &rest[0])?;
    let removed = dict_of(s)?.lock().remove(&k, h);
    match removed {
        Some((_, v)) => Ok(v),
        None => match rest.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(key_error(rest[0].clone())),
        },
    }
}

fn dict_popitem(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "popitem", 0, 0)?;
    let item = dict_of(s)?.lock().pop_last();
    match item {
        Some((k, v)) => Ok(Value::pair(k, v)),
        None => Err(Exc::new(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

fn dict_setdefault(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "setdefault", 1, 2)?;
    let (k, h) = vm.dict_key(s, &rest[0])?;
    let d = dict_of(s)?;
    let mut m = d.lock();
    if let Some(v) = m.get(&k, h) {
        return Ok(v.clone());
    }
    let v = rest.get(1).cloned().unwrap_or(Value::None);
    m.insert(k, h, v.clone());
    Ok(v)
}

fn dict_update(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "update", 0, 1)?;
    dict_of(s)?;
    if let Some(src) = rest.first() {
        vm.dict_fill(s, src)?;
    }
    for (k, v) in a.kw {
        vm.setitem(s, k, v.clone())?;
    }
    Ok(Value::None)
}

fn dict_copy(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "copy", 0, 0)?;
    let m = dict_of(s)?.lock().clone();
    Ok(Value::obj(Object::Dict(ReadMostly::new(m))))
}

fn dict_clear(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "clear", 0, 0)?;
    let old = dict_of(s)?.lock().take_all();
    drop(old);
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`; reached through the type, so there is no `self`.
fn dict_fromkeys(vm: &mut Vm, a: Args) -> PResult<Value> {
    let args = match a.pos.first().and_then(|v| v.as_obj()) {
        Some(Object::Type(_)) => &a.pos[1..],
        _ => a.pos,
    };
    if args.is_empty() || args.len() > 2 {
        return Err(type_error(format!(
            "fromkeys expected at least 1 argument, got {}",
            args.len()
        )));
    }
    let keys = vm.collect(&args[0])?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let d = Value::obj(Object::Dict(ReadMostly::new(
        crate::objects::dict::DictMap::new(),
    )));
    for k in keys {
        vm.setitem(&d, &k, v.clone())?;
    }
    Ok(d)
}

// ---------------------------------------------------------------- sets

fn set_lock(v: &Value) -> PResult<&Lock<SetTable>> {
    match v.as_obj() {
        Some(Object::Set(s)) => Ok(s),
        _ => Err(type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            type_name(v)
        ))),
    }
}

fn set_add(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "add", 1, 1)?;
    let (k, h) = vm.keyed(s, &rest[0])?;
    set_lock(s)?.lock().insert(k, h);
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "remove", 1, 1)?;
    let (k, h) = vm.keyed(s, &rest[0])?;
    let removed = set_lock(s)?.lock().remove(&k, h);
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(key_error(rest[0].clone())),
    }
}

fn set_discard(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "discard", 1, 1)?;
    let (k, h) = vm.keyed(s, &rest[0])?;
    set_lock(s)?.lock().remove(&k, h);
    Ok(Value::None)
}

fn set_pop(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "pop", 0, 0)?;
    let mut finger = 0;
    let v = set_lock(s)?.lock().pop(&mut finger);
    v.ok_or_else(|| Exc::new(ExcKind::KeyError, "pop from an empty set"))
}

fn set_clear(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "clear", 0, 0)?;
    let old = std::mem::take(&mut *set_lock(s)?.lock());
    drop(old);
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "copy", 0, 0)?;
    Ok(match s.as_obj() {
        Some(Object::FrozenSet(_)) => s.clone(),
        _ => with_type(s, vm.set_table(s).unwrap_or_default().copy()),
    })
}

/// Any iterable as a set table (sets are used directly).
fn table_of(vm: &mut Vm, v: &Value) -> PResult<SetTable> {
    if let Some(t) = vm.set_table(v) {
        return Ok(t);
    }
    let mut t = SetTable::new();
    vm.table_update(&mut t, v)?;
    Ok(t)
}

fn with_type(like: &Value, t: SetTable) -> Value {
    match like.as_obj() {
        Some(Object::FrozenSet(_)) => Value::obj(Object::FrozenSet(t)),
        _ => Value::obj(Object::Set(Lock::new(t))),
    }
}

/// The key of `t` equal to `x` (found with `__eq__` for instances of classes), or `x`; with
/// its hash.
fn table_key(vm: &mut Vm, t: &SetTable, x: &Value) -> PResult<(Value, i64)> {
    let h = vm.hash(x)?;
    if crate::objects::class::has_user_type(x) {
        for cand in t.keys_with_hash(h) {
            if cand.is(x) || vm.eq(&cand, x)? {
                return Ok((cand, h));
            }
        }
    }
    Ok((x.clone(), h))
}

fn set_union(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "union", 0, usize::MAX)?;
    let mut r = vm.set_table(s).unwrap_or_default().copy();
    for other in rest {
        if !other.is(s) {
            vm.table_update(&mut r, other)?;
        }
    }
    Ok(with_type(s, r))
}

/// CPython's `set_intersection(so, other)`: with a set, see [`SetTable::intersection`];
/// with any other iterable, its items that are in `so`, until as many as `so` has.
fn intersect(vm: &mut Vm, so: &SetTable, other: &Value) -> PResult<SetTable> {
    if let Some(t) = vm.set_table(other) {
        return Ok(so.intersection(&t));
    }
    let mut r = SetTable::new();
    vm.each(other, |vm, x| {
        let (k, h) = table_key(vm, so, &x)?;
        if so.contains(&k, h) {
            vm.table_add(&mut r, x)?;
            return Ok(r.len() < so.len());
        }
        Ok(true)
    })?;
    Ok(r)
}

fn intersection_of(vm: &mut Vm, s: &Value, rest: &[Value]) -> PResult<SetTable> {
    let mine = vm.set_table(s).unwrap_or_default();
    let Some((first, others)) = rest.split_first() else {
        return Ok(mine.copy());
    };
    let mut acc = if first.is(s) {
        mine.copy()
    } else {
        intersect(vm, &mine, first)?
    };
    for other in others {
        acc = intersect(vm, &acc, other)?;
    }
    Ok(acc)
}

fn set_intersection(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "intersection", 0, usize::MAX)?;
    let r = intersection_of(vm, s, rest)?;
    Ok(with_type(s, r))
}

fn set_intersection_update(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "intersection_update", 0, usize::MAX)?;
    let dst = set_lock(s)?;
    let r = intersection_of(vm, s, rest)?;
    *dst.lock() = r;
    Ok(Value::None)
}

/// Removes the items of `other` from table `t` (CPython's `set_difference_update_internal`).
fn table_difference_update(vm: &mut Vm, t: &mut SetTable, other: &Value) -> PResult<()> {
    if let Some(o) = vm.set_table(other) {
        t.difference_update(&o);
        return Ok(());
    }
    vm.each(other, |vm, x| {
        let (k, h) = table_key(vm, t, &x)?;
        t.remove(&k, h);
        Ok(true)
    })?;
    t.trim_dummies();
    Ok(())
}

fn set_difference(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "difference", 0, usize::MAX)?;
    let mine = vm.set_table(s).unwrap_or_default();
    let Some((first, others)) = rest.split_first() else {
        return Ok(with_type(s, mine.copy()));
    };
    let mut r = match (vm.set_table(first), first.as_obj()) {
        (Some(t), _) => mine.difference(&t),
        (None, Some(Object::Dict(_))) => mine.difference(&table_of(vm, first)?),
        _ => {
            let mut r = mine.copy();
            table_difference_update(vm, &mut r, first)?;
            r
        }
    };
    for other in others {
        table_difference_update(vm, &mut r, other)?;
    }
    Ok(with_type(s, r))
}

fn set_difference_update(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "difference_update", 0, usize::MAX)?;
    let dst = set_lock(s)?;
    for other in rest {
        if other.is(s) {
            *dst.lock() = SetTable::new();
        } else if let Some(o) = vm.set_table(other) {
            dst.lock().difference_update(&o);
        } else {
            vm.each(other, |vm, x| {
                let (k, h) = vm.keyed(s, &x)?;
                dst.lock().remove(&k, h);
                Ok(true)
            })?;
            dst.lock().trim_dummies();
        }
    }
    Ok(Value::None)
}

fn set_symmetric_difference(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "symmetric_difference", 1, 1)?;
    let mine = vm.set_table(s).unwrap_or_default();
    // CPython starts from a set made of the other iterable, which decides the order
    let mut r = SetTable::new();
    vm.table_update(&mut r, &rest[0])?;
    r.symmetric_difference_update(&mine);
    Ok(with_type(s, r))
}

fn set_symmetric_difference_update(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "symmetric_difference_update", 1, 1)?;
    let dst = set_lock(s)?;
    let other = &rest[0];
    if other.is(s) {
        *dst.lock() = SetTable::new();
        return Ok(Value::None);
    }
    if let Some(Object::Dict(d)) = other.as_obj() {
        // a dict's keys are toggled in the dict's order
        let keys: Vec<(Value, i64)> =
            d.read(|m| m.iter().map(|e| (e.key.clone(), e.hash)).collect());
        let mut t = dst.lock();
        for (k, h) in keys {
            if t.remove(&k, h).is_none() {
                t.insert(k, h);
            }
        }
        return Ok(Value::None);
    }
    let o = table_of(vm, other)?;
    dst.lock().symmetric_difference_update(&o);
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "update", 0, usize::MAX)?;
    set_lock(s)?;
    for other in rest {
        vm.set_update(s, other)?;
    }
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "issubset", 1, 1)?;
    let mine = vm.set_table(s).unwrap_or_default();
    let other = table_of(vm, &rest[0])?;
    let r = mine.iter().all(|(h, k)| other.contains(k, h));
    Ok(Value::bool(r))
}

fn set_issuperset(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "issuperset", 1, 1)?;
    let mine = vm.set_table(s).unwrap_or_default();
    let other = table_of(vm, &rest[0])?;
    let r = other.iter().all(|(h, k)| mine.contains(k, h));
    Ok(Value::bool(r))
}

fn set_isdisjoint(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "isdisjoint", 1, 1)?;
    let mine = vm.set_table(s).unwrap_or_default();
    let other = table_of(vm, &rest[0])?;
    let r = !mine.iter().any(|(h, k)| other.contains(k, h));
    Ok(Value::bool(r))
}

/// Iterator state for a dict view.
pub fn view_iter(vm: &mut Vm, d: &Value, kind: u8) -> PResult<IterState> {
    let n = vm.len_of(d)?;
    Ok(IterState::Dict(d.clone(), 0, kind, n as u32))
}
