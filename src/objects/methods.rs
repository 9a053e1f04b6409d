//! Methods of the built-in types. Each table lists (name, function); the first positional
//! argument is always `self`.

use crate::objects::object::{IterState, NativeFnPtr, Object};
use crate::objects::ops;
use crate::objects::set::SetTable;
use crate::objects::types::{type_name, ExcKind};
use crate::objects::value::Value;
use crate::runtime::exc::{index_error, key_error, type_error, value_error, Exc};
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
pub const BYTES_METHODS: &[(&str, NativeFnPtr)] = &[
    ("decode", bytes_decode),
    ("upper", bytes_upper),
    ("lower", bytes_lower),
    ("strip", bytes_strip),
    ("lstrip", bytes_lstrip),
    ("rstrip", bytes_rstrip),
    ("split", bytes_split),
    ("join", bytes_join),
    ("startswith", bytes_startswith),
    ("endswith", bytes_endswith),
    ("find", bytes_find),
    ("rfind", bytes_rfind),
    ("index", bytes_index),
    ("rindex", bytes_rindex),
    ("count", bytes_count),
    ("replace", bytes_replace),
    ("hex", bytes_hex),
    ("fromhex", bytes_fromhex),
    ("isdigit", bytes_isdigit),
    ("isalpha", bytes_isalpha),
    ("isalnum", bytes_isalnum),
    ("isspace", bytes_isspace),
    ("__new__", crate::objects::class::builtin_new),
    ("__getitem__", crate::objects::class::dunder_getitem),
    ("__len__", crate::objects::class::dunder_len),
    ("__contains__", crate::objects::class::dunder_contains),
    ("__iter__", crate::objects::class::dunder_iter),
    ("__repr__", crate::objects::class::dunder_repr),
];
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
    ("reverse", list_reverse),
    ("copy", list_copy),
    ("clear", list_clear),
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

/// `length`, `byteorder` and `signed` of `int.to_bytes`/`int.from_bytes` (positional or by
/// keyword; 3.11's defaults 1, "big", False); true for little-endian.
fn byteorder_arg(a: &Args, given: Option<&Value>) -> PResult<bool> {
    match given.or(a.kw("byteorder")).map(|v| v.as_str()) {
        None => Ok(false),
        Some(Some("big")) => Ok(false),
        Some(Some("little")) => Ok(true),
        Some(Some(_)) => Err(value_error("byteorder must be either 'little' or 'big'")),
        Some(None) => Err(type_error("to_bytes() argument 'byteorder' must be str")),
    }
}

fn signed_arg(vm: &mut Vm, a: &Args) -> PResult<bool> {
    match a.kw("signed") {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this_takes(&a, "to_bytes", 0, 2)?;
    let s = crate::objects::class::payload(s).unwrap_or(s);
    let n = s.as_bigint().unwrap_or_default();
    let length = match rest.first().or(a.kw("length")) {
        Some(v) => ops::index_of(v).unwrap_or_else(|| {
            Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )))
        })?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(&a, rest.get(1))?;
    let signed = signed_arg(vm, &a)?;
    if !signed && n.sign() == num_bigint::Sign::Minus {
        return Err(Exc::new(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.sign() == num_bigint::Sign::NoSign {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(Exc::new(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if signed && n.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(bytes_value(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; reached through the type.
fn int_from_bytes(vm: &mut Vm, a: Args) -> PResult<Value> {
    let args = match a.pos.first().and_then(|v| v.as_obj()) {
        Some(Object::Type(_)) => &a.pos[1..],
        _ => a.pos,
    };
    let src = match args.first().or(a.kw("bytes")) {
        Some(v) => v.clone(),
        None => {
            return Err(type_error(
                "from_bytes() missing required argument 'bytes' (pos 1)",
            ))
        }
    };
    if args.len() > 2 {
        return Err(type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let data = match src.as_obj() {
        Some(Object::Bytes(b)) => b.to_vec(),
        _ => {
            let b = vm.call(
                &Value::Obj(crate::objects::types::types().bytes.clone()),
                &[src],
                &[],
            )?;
            bytes_arg(&b)?.to_vec()
        }
    };
    let little = byteorder_arg(&a, args.get(1))?;
    let signed = signed_arg(vm, &a)?;
    let n = match (little, signed) {
        (true, true) => num_bigint::BigInt::from_signed_bytes_le(&data),
        (false, true) => num_bigint::BigInt::from_signed_bytes_be(&data),
        (true, false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
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

fn bytes_decode(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this_takes(&a, "decode", 0, 2)?;
    let (encoding, errors) = codec_args(&a, rest, "decode")?;
    match s.as_obj() {
        Some(Object::Bytes(b)) => Ok(Value::str(crate::objects::codecs::decode(
            b, encoding, errors,
        )?)),
        _ => Err(type_error("decode needs bytes")),
    }
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

/// The bytes a bytes method was called on.
fn bytes_self<'a>(
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PResult<(&'a [u8], &'a [Value])> {
    let (s, rest) = this(a, name, min, max)?;
    match s.as_obj() {
        Some(Object::Bytes(b)) => Ok((b, rest)),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'bytes' object but received a '{}'",
            type_name(s)
        ))),
    }
}

/// A bytes argument of a bytes method.
fn bytes_arg(v: &Value) -> PResult<&[u8]> {
    match v.as_obj() {
        Some(Object::Bytes(b)) => Ok(b),
        _ => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))),
    }
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Object::Bytes(b.into_boxed_slice()))
}

fn bytes_upper(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, _) = bytes_self(&a, "upper", 0, 0)?;
    Ok(bytes_value(b.to_ascii_uppercase()))
}

fn bytes_lower(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, _) = bytes_self(&a, "lower", 0, 0)?;
    Ok(bytes_value(b.to_ascii_lowercase()))
}

/// Python's whitespace for bytes: space, \t, \n, \r, \x0b, \x0c.
fn is_byte_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn bytes_strip_impl(a: &Args, name: &str, left: bool, right: bool) -> PResult<Value> {
    let (b, rest) = bytes_self(a, name, 0, 1)?;
    let chars = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(v)?),
    };
    let strip = |c: &u8| match chars {
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
    Ok(bytes_value(b[start..end.max(start)].to_vec()))
}

fn bytes_strip(_vm: &mut Vm, a: Args) -> PResult<Value> {
    bytes_strip_impl(&a, "strip", true, true)
}

fn bytes_lstrip(_vm: &mut Vm, a: Args) -> PResult<Value> {
    bytes_strip_impl(&a, "lstrip", true, false)
}

fn bytes_rstrip(_vm: &mut Vm, a: Args) -> PResult<Value> {
    bytes_strip_impl(&a, "rstrip", false, true)
}

fn bytes_split(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, rest) = bytes_self(&a, "split", 0, 2)?;
    let sep = match rest.first().or(a.kw("sep")) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(v)?),
    };
    let maxsplit = match rest.get(1).or(a.kw("maxsplit")) {
        Some(v) => crate::builtins::int_arg(v, "split")?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<&[u8]> = match sep {
        Some([]) => return Err(value_error("empty separator")),
        Some(sep) => split_on(b, sep, limit),
        None => split_space(b, limit),
    };
    Ok(Value::list(
        parts.into_iter().map(|p| bytes_value(p.to_vec())).collect(),
    ))
}

fn split_on<'a>(b: &'a [u8], sep: &[u8], limit: usize) -> Vec<&'a [u8]> {
    let mut parts = vec![];
    let mut start = 0;
    let mut i = 0;
    while i + sep.len() <= b.len() && parts.len() < limit {
        if &b[i..i + sep.len()] == sep {
            parts.push(&b[start..i]);
            i += sep.len();
            start = i;
        } else {
            i += 1;
        }
    }
    parts.push(&b[start..]);
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
            let end = b
                .iter()
                .rposition(|c| !is_byte_space(*c))
                .map_or(i, |e| e + 1);
            parts.push(&b[i..end]);
            return parts;
        }
        let start = i;
        while i < b.len() && !is_byte_space(b[i]) {
            i += 1;
        }
        parts.push(&b[start..i]);
    }
}

fn bytes_join(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (sep, rest) = bytes_self(&a, "join", 1, 1)?;
    let items = vm.collect(&rest[0])?;
    // the result's size first, so that one that cannot be allocated is a MemoryError
    let mut size = ops::add_sizes(0, sep.len(), items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        let Some(Object::Bytes(b)) = item.as_obj() else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(item)
            )));
        };
        size = size.saturating_add(b.len());
    }
    let mut out = ops::try_vec(size)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        if let Some(Object::Bytes(b)) = item.as_obj() {
            out.extend_from_slice(b);
        }
    }
    Ok(bytes_value(out))
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

fn bytes_affix(a: &Args, name: &str, end: bool) -> PResult<Value> {
    let (b, rest) = bytes_self(a, name, 1, 1)?;
    let test = |p: &[u8]| {
        if end {
            b.ends_with(p)
        } else {
            b.starts_with(p)
        }
    };
    match rest[0].as_obj() {
        Some(Object::Tuple(items)) => {
            for it in items.iter() {
                if test(bytes_arg(it)?) {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
        _ => match rest[0].as_obj() {
            Some(Object::Bytes(p)) => Ok(Value::bool(test(p))),
            _ => Err(type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                type_name(&rest[0])
            ))),
        },
    }
}

fn bytes_startswith(_vm: &mut Vm, a: Args) -> PResult<Value> {
    bytes_affix(&a, "startswith", false)
}

fn bytes_endswith(_vm: &mut Vm, a: Args) -> PResult<Value> {
    bytes_affix(&a, "endswith", true)
}

/// The `start`/`end` window of a bytes search, clamped as slice bounds are (None is open).
fn bytes_window(len: usize, bounds: &[Value]) -> PResult<(usize, usize)> {
    let bound = |v: Option<&Value>, open: i64| -> PResult<i64> {
        match v {
            None | Some(Value::None) => Ok(open),
            Some(v) => match crate::objects::ops::index_of(v) {
                Some(Ok(n)) => Ok(n),
                _ => Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let n = len as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = bound(bounds.first(), 0)?;
    if start > n {
        // past the end nothing is found, not even b''
        return Ok((1, 0));
    }
    Ok((clamp(start), clamp(bound(bounds.get(1), n)?)))
}

/// Where `sub` (bytes, or one byte given as an int) first (or, `last`, last) occurs in
/// `b[start:end]`, as an index of `b`.
fn bytes_position(b: &[u8], sub: &Value, bounds: &[Value], last: bool) -> PResult<Option<usize>> {
    let (lo, hi) = bytes_window(b.len(), bounds)?;
    if lo > hi {
        return Ok(None);
    }
    let hay = &b[lo..hi];
    let one;
    let sub: &[u8] = if let Some(Ok(n)) = crate::objects::ops::index_of(sub) {
        one = [u8::try_from(n).map_err(|_| value_error("byte must be in range(0, 256)"))?];
        &one
    } else if let Some(Object::Bytes(b)) = sub.as_obj() {
        b
    } else {
        return Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(sub)
        )));
    };
    if sub.len() > hay.len() {
        return Ok(None);
    }
    let starts = 0..=hay.len() - sub.len();
    let hit = |&i: &usize| &hay[i..i + sub.len()] == sub;
    let at = if last {
        starts.rev().find(hit)
    } else {
        starts.clone().find(hit)
    };
    Ok(at.map(|i| i + lo))
}

fn bytes_find(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, rest) = bytes_self(&a, "find", 1, 3)?;
    let at = bytes_position(b, &rest[0], &rest[1..], false)?;
    Ok(Value::Int(at.map_or(-1, |i| i as i64)))
}

fn bytes_rfind(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, rest) = bytes_self(&a, "rfind", 1, 3)?;
    let at = bytes_position(b, &rest[0], &rest[1..], true)?;
    Ok(Value::Int(at.map_or(-1, |i| i as i64)))
}

fn bytes_index(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, rest) = bytes_self(&a, "index", 1, 3)?;
    match bytes_position(b, &rest[0], &rest[1..], false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn bytes_rindex(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, rest) = bytes_self(&a, "rindex", 1, 3)?;
    match bytes_position(b, &rest[0], &rest[1..], true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn bytes_count(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, rest) = bytes_self(&a, "count", 1, 1)?;
    let sub = bytes_arg(&rest[0])?;
    let n = if sub.is_empty() {
        b.len() + 1
    } else {
        split_on(b, sub, usize::MAX).len() - 1
    };
    Ok(Value::Int(n as i64))
}

fn bytes_replace(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, rest) = bytes_self(&a, "replace", 2, 3)?;
    let (old, new) = (bytes_arg(&rest[0])?, bytes_arg(&rest[1])?);
    let count = match rest.get(2) {
        Some(v) => crate::builtins::int_arg(v, "replace")?,
        None => -1,
    };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if old.is_empty() {
        // `new` before each byte and at the end, `limit` times at most
        let n = limit.min(b.len().saturating_add(1));
        let mut out = ops::try_vec(ops::add_sizes(b.len(), new.len(), n))?;
        for (i, c) in b.iter().enumerate() {
            if i < n {
                out.extend_from_slice(new);
            }
            out.push(*c);
        }
        if n > b.len() {
            out.extend_from_slice(new);
        }
        return Ok(bytes_value(out));
    }
    // the result's size first, so that one that cannot be allocated is a MemoryError
    let size = if new.len() <= old.len() {
        b.len()
    } else {
        let n = occurrences(b, old).take(limit).count();
        ops::add_sizes(b.len(), new.len() - old.len(), n)
    };
    let mut out = ops::try_vec(size)?;
    let mut last = 0;
    for at in occurrences(b, old).take(limit) {
        out.extend_from_slice(&b[last..at]);
        out.extend_from_slice(new);
        last = at + old.len();
    }
    out.extend_from_slice(&b[last..]);
    Ok(bytes_value(out))
}

fn bytes_hex(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (b, _) = bytes_self(&a, "hex", 0, 0)?;
    Ok(Value::str(
        b.iter().map(|c| format!("{c:02x}")).collect::<String>(),
    ))
}

/// `bytes.fromhex(string)`: two hex digits per byte, ASCII whitespace allowed between bytes.
fn bytes_fromhex(_vm: &mut Vm, a: Args) -> PResult<Value> {
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
        crate::runtime::exc::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    let mut out = Vec::with_capacity(digits.len() / 2);
    let mut i = 0;
    while i < digits.len() {
        let c = digits[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = c
            .to_digit(16)
            .filter(|_| c.is_ascii())
            .ok_or_else(|| bad(i))?;
        let lo = digits
            .get(i + 1)
            .and_then(|d| d.to_digit(16).filter(|_| d.is_ascii()))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(Value::obj(Object::Bytes(out.into_boxed_slice())))
}

fn bytes_test(a: &Args, name: &str, f: fn(&u8) -> bool) -> PResult<Value> {
    let (b, _) = bytes_self(a, name, 0, 0)?;
    Ok(Value::bool(!b.is_empty() && b.iter().all(f)))
}

fn bytes_isdigit(_vm: &mut Vm, a: Args) -> PResult<Value> {
    bytes_test(&a, "isdigit", u8::is_ascii_digit)
}

fn bytes_isalpha(_vm: &mut Vm, a: Args) -> PResult<Value> {
    bytes_test(&a, "isalpha", u8::is_ascii_alphabetic)
}

fn bytes_isalnum(_vm: &mut Vm, a: Args) -> PResult<Value> {
    bytes_test(&a, "isalnum", u8::is_ascii_alphanumeric)
}

fn bytes_isspace(_vm: &mut Vm, a: Args) -> PResult<Value> {
    bytes_test(&a, "isspace", |c| is_byte_space(*c))
}

// ---------------------------------------------------------------- sequences

fn seq_count(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "count", 1, 1)?;
    let items = vm.collect(s)?;
    let mut n = 0;
    for x in &items {
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
    let i = match ops::index_of(&rest[0]) {
        Some(r) => r?,
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&rest[0])
            )))
        }
    };
    let mut l = list_of(s)?.lock();
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    l.insert(at, rest[1].clone());
    Ok(Value::None)
}

fn list_pop(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "pop", 0, 1)?;
    let mut l = list_of(s)?.lock();
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let i = match rest.first() {
        None => n - 1,
        Some(v) => match ops::index_of(v) {
            Some(r) => r?,
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                )))
            }
        },
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(l.remove(j as usize))
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

fn list_reverse(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "reverse", 0, 0)?;
    list_of(s)?.lock().reverse();
    Ok(Value::None)
}

fn list_copy(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "copy", 0, 0)?;
    Ok(Value::list(list_of(s)?.lock().clone()))
}

fn list_clear(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "clear", 0, 0)?;
    let old = std::mem::take(&mut *list_of(s)?.lock());
    drop(old);
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
