//! The operator dunders of the built-in types as methods: `int.__add__`, `(5).__index__()`,
//! `super().__add__(x)` in a subclass of a built-in, `list_iterator.__next__`. The VM never
//! calls these (it runs the operations natively, and `class::user_method` skips built-in
//! bases); they exist for programs that ask for them by name. Each one works on the
//! built-in values (a derived instance's payload), and returns NotImplemented for an operand
//! its type does not take, as CPython's slot wrappers do.

use crate::objects::object::{NativeFnPtr, Object};
use crate::objects::ops;
use crate::objects::types::{self, type_name};
use crate::objects::value::Value;
use crate::runtime::exc::Exc;
use crate::runtime::vm::{Args, PResult, Vm};

/// The built-in value behind `v` (a derived instance's payload, or `v`).
fn raw(v: &Value) -> &Value {
    crate::objects::class::payload(v).unwrap_or(v)
}

fn is_int(v: &Value) -> bool {
    v.is_int()
}

fn is_number(v: &Value) -> bool {
    v.is_int() || matches!(v, Value::Float(_))
}

/// Whether `this`'s type takes `other` as the other operand of binary operator `op`.
fn takes(op: u32, this: &Value, other: &Value) -> bool {
    if crate::objects::class::has_user_type(other) {
        return false;
    }
    if is_int(this) {
        return is_int(other);
    }
    if matches!(this, Value::Float(_)) {
        return is_number(other);
    }
    if let Some(Object::Complex(_)) = this.as_obj() {
        return is_number(other) || matches!(other.as_obj(), Some(Object::Complex(_)));
    }
    let same_kind = std::mem::discriminant(this.as_obj().unwrap_or(&Object::Singleton("")))
        == std::mem::discriminant(other.as_obj().unwrap_or(&Object::Singleton("-")));
    match (this.as_obj(), op) {
        (Some(Object::Str(_) | Object::Bytes(_)), ops::MOD) => true,
        (Some(Object::Set(_) | Object::FrozenSet(_)), _) => {
            matches!(other.as_obj(), Some(Object::Set(_) | Object::FrozenSet(_)))
        }
        (_, ops::MUL) => is_int(other),
        _ => same_kind,
    }
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v.as_obj(),
        Some(Object::Str(_) | Object::Bytes(_) | Object::List(_) | Object::Tuple(_))
    )
}

fn not_implemented() -> Value {
    types::not_implemented()
}

fn one_arg<'a>(a: &'a Args, name: &str) -> PResult<(&'a Value, &'a Value)> {
    let (s, rest) = crate::objects::methods::this(a, name, 1, 1)?;
    Ok((raw(s), raw(&rest[0])))
}

/// `T.__op__(self, other)` (or `__rop__` when `reflected`).
fn binary(vm: &mut Vm, a: Args, name: &str, op: u32, reflected: bool) -> PResult<Value> {
    let (s, o) = one_arg(&a, name)?;
    if is_sequence(s)
        && !matches!(s.as_obj(), Some(Object::Str(_) | Object::Bytes(_)) if op == ops::MOD)
    {
        // a sequence's concatenation and repetition raise instead of declining
        if op == ops::MUL && !is_int(o) {
            return Err(crate::runtime::exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(o)
            )));
        }
        return ops::binary_op(vm, op, s, o);
    }
    if !takes(op, s, o) {
        return Ok(not_implemented());
    }
    // `str.__rmod__(self, other)` formats only when `other` is a str too (bytes likewise)
    let same = |x: &Value| std::mem::discriminant(x.as_obj().unwrap_or(&Object::Singleton("")));
    let text = matches!(s.as_obj(), Some(Object::Str(_) | Object::Bytes(_)));
    if reflected && op == ops::MOD && text && same(s) != same(o) {
        return Ok(not_implemented());
    }
    let r = if reflected {
        ops::binary_op(vm, op, o, s)
    } else {
        ops::binary_op(vm, op, s, o)
    };
    // `(2).__pow__(0.5)`-style mixes the slot took are computed; other mismatches the
    // operation itself finds are NotImplemented, not errors
    match r {
        Err(e) if is_type_error(&e) && op != ops::MOD => Ok(not_implemented()),
        r => r,
    }
}

fn is_type_error(e: &Exc) -> bool {
    crate::runtime::sync::Ref::ptr_eq(e.class(), types::exc_type(types::ExcKind::TypeError))
}

/// `T.__iop__(self, other)` for the mutable built-ins: changes `self` and returns it.
fn inplace(vm: &mut Vm, a: Args, name: &str, op: u32) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(&a, name, 1, 1)?;
    let o = raw(&rest[0]);
    let list_extend = op == ops::ADD && matches!(raw(s).as_obj(), Some(Object::List(_)));
    if !list_extend && !takes(op, raw(s), o) {
        return Ok(not_implemented());
    }
    ops::inplace_op(vm, op, s.clone(), o)
}

/// `T.__lt__(self, other)` and the other five (`op` numbered as in `CompareOp`).
fn compare(vm: &mut Vm, a: Args, name: &str, op: u32) -> PResult<Value> {
    let (s, o) = one_arg(&a, name)?;
    let ordered = !matches!(s.as_obj(), Some(Object::Dict(_)) | Some(Object::Range(_)));
    if !takes(ops::ADD, s, o) || (!ordered && op != 2 && op != 3) {
        return Ok(not_implemented());
    }
    ops::compare_op(vm, op, s, o)
}

fn call_type(vm: &mut Vm, t: &crate::objects::value::ObjRef, v: &Value) -> PResult<Value> {
    vm.call(&Value::Obj(t.clone()), std::slice::from_ref(v), &[])
}

macro_rules! binaries {
    ($($f:ident, $rf:ident, $name:literal, $rname:literal, $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, a: Args) -> PResult<Value> {
                binary(vm, a, $name, $op, false)
            }
            fn $rf(vm: &mut Vm, a: Args) -> PResult<Value> {
                binary(vm, a, $rname, $op, true)
            }
        )*
    };
}

binaries! {
    add, radd, "__add__", "__radd__", ops::ADD;
    sub, rsub, "__sub__", "__rsub__", ops::SUB;
    mul, rmul, "__mul__", "__rmul__", ops::MUL;
    truediv, rtruediv, "__truediv__", "__rtruediv__", ops::DIV;
    floordiv, rfloordiv, "__floordiv__", "__rfloordiv__", ops::FLOORDIV;
    modulo, rmodulo, "__mod__", "__rmod__", ops::MOD;
    pow, rpow, "__pow__", "__rpow__", ops::POW;
    lshift, rlshift, "__lshift__", "__rlshift__", ops::LSHIFT;
    rshift, rrshift, "__rshift__", "__rrshift__", ops::RSHIFT;
    or, ror, "__or__", "__ror__", ops::OR;
    xor, rxor, "__xor__", "__rxor__", ops::XOR;
    and, rand, "__and__", "__rand__", ops::AND;
    divmod, rdivmod, "__divmod__", "__rdivmod__", ops::DIVMOD;
}

fn iadd(vm: &mut Vm, a: Args) -> PResult<Value> {
    inplace(vm, a, "__iadd__", ops::ADD)
}
fn imul(vm: &mut Vm, a: Args) -> PResult<Value> {
    inplace(vm, a, "__imul__", ops::MUL)
}
fn ior(vm: &mut Vm, a: Args) -> PResult<Value> {
    inplace(vm, a, "__ior__", ops::OR)
}
fn iand(vm: &mut Vm, a: Args) -> PResult<Value> {
    inplace(vm, a, "__iand__", ops::AND)
}
fn ixor(vm: &mut Vm, a: Args) -> PResult<Value> {
    inplace(vm, a, "__ixor__", ops::XOR)
}
fn isub(vm: &mut Vm, a: Args) -> PResult<Value> {
    inplace(vm, a, "__isub__", ops::SUB)
}
fn lt(vm: &mut Vm, a: Args) -> PResult<Value> {
    compare(vm, a, "__lt__", 0)
}
fn le(vm: &mut Vm, a: Args) -> PResult<Value> {
    compare(vm, a, "__le__", 1)
}
fn eq(vm: &mut Vm, a: Args) -> PResult<Value> {
    compare(vm, a, "__eq__", 2)
}
fn ne(vm: &mut Vm, a: Args) -> PResult<Value> {
    compare(vm, a, "__ne__", 3)
}
fn gt(vm: &mut Vm, a: Args) -> PResult<Value> {
    compare(vm, a, "__gt__", 4)
}
fn ge(vm: &mut Vm, a: Args) -> PResult<Value> {
    compare(vm, a, "__ge__", 5)
}
fn neg(vm: &mut Vm, a: Args) -> PResult<Value> {
    unary(vm, a, "__neg__", 0)
}
fn pos(vm: &mut Vm, a: Args) -> PResult<Value> {
    unary(vm, a, "__pos__", 1)
}
fn invert(vm: &mut Vm, a: Args) -> PResult<Value> {
    unary(vm, a, "__invert__", 2)
}

fn abs(vm: &mut Vm, a: Args) -> PResult<Value> {
    let s = no_args(&a, "__abs__")?;
    crate::builtins::b_abs(vm, Args::new(std::slice::from_ref(s)))
}

fn boolean(vm: &mut Vm, a: Args) -> PResult<Value> {
    let s = no_args(&a, "__bool__")?;
    Ok(Value::bool(vm.truthy(s)?))
}

fn hash(vm: &mut Vm, a: Args) -> PResult<Value> {
    let s = no_args(&a, "__hash__")?;
    Ok(Value::Int(vm.hash(s)?))
}

fn int(vm: &mut Vm, a: Args) -> PResult<Value> {
    let s = no_args(&a, "__int__")?;
    call_type(vm, &types::types().int, s)
}

fn index(vm: &mut Vm, a: Args) -> PResult<Value> {
    let s = no_args(&a, "__index__")?;
    call_type(vm, &types::types().int, s)
}

fn float(vm: &mut Vm, a: Args) -> PResult<Value> {
    let s = no_args(&a, "__float__")?;
    call_type(vm, &types::types().float, s)
}

fn floor(vm: &mut Vm, a: Args) -> PResult<Value> {
    rounded(vm, &a, "__floor__", f64::floor)
}
fn ceil(vm: &mut Vm, a: Args) -> PResult<Value> {
    rounded(vm, &a, "__ceil__", f64::ceil)
}
fn trunc(vm: &mut Vm, a: Args) -> PResult<Value> {
    rounded(vm, &a, "__trunc__", f64::trunc)
}

fn round(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(&a, "__round__", 0, 1)?;
    let mut args = vec![raw(s).clone()];
    args.extend(rest.iter().cloned());
    crate::builtins::b_round(vm, Args::new(&args))
}

fn format(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(&a, "__format__", 1, 1)?;
    let spec = rest[0].as_str().ok_or_else(|| {
        crate::runtime::exc::type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(&rest[0])
        ))
    })?;
    Ok(Value::str(vm.format(raw(s), spec)?))
}

fn next(vm: &mut Vm, a: Args) -> PResult<Value> {
    let s = no_args(&a, "__next__")?;
    match vm.next(s)? {
        Some(v) => Ok(v),
        None => Err(crate::runtime::exc::stop_iteration()),
    }
}

/// `it.__length_hint__()` of an iterator over a sequence or a range: the items left.
fn length_hint(vm: &mut Vm, a: Args) -> PResult<Value> {
    use crate::objects::object::{IterState, Object};
    let s = no_args(&a, "__length_hint__")?;
    let left = match s.as_obj() {
        Some(Object::RangeIter(r)) => r.remaining() as usize,
        Some(Object::Iter(_, st)) => {
            let (seq, i) = match &*st.lock() {
                IterState::Seq(v, i) => (v.clone(), *i),
                IterState::Reversed(_, i) => return Ok(Value::Int(*i as i64)),
                IterState::Exhausted => return Ok(Value::Int(0)),
                _ => return Ok(crate::objects::types::not_implemented()),
            };
            vm.len_of(&seq)?.saturating_sub(i)
        }
        _ => return Ok(crate::objects::types::not_implemented()),
    };
    Ok(Value::Int(left as i64))
}

fn iter_self(_vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(no_args(&a, "__iter__")?.clone())
}

fn no_args<'a>(a: &'a Args, name: &str) -> PResult<&'a Value> {
    let (s, _) = crate::objects::methods::this(a, name, 0, 0)?;
    Ok(raw(s))
}

fn unary(vm: &mut Vm, a: Args, name: &str, op: u32) -> PResult<Value> {
    let s = no_args(&a, name)?;
    ops::unary_op(vm, op, s)
}

/// `__floor__`, `__ceil__`, `__trunc__`: an int is itself (as a plain int), a float is
/// rounded by `f` and converted.
fn rounded(vm: &mut Vm, a: &Args, name: &str, f: fn(f64) -> f64) -> PResult<Value> {
    let s = no_args(a, name)?;
    match s {
        Value::Float(x) => call_type(vm, &types::types().int, &Value::float(f(x.get()))),
        _ => call_type(vm, &types::types().int, s),
    }
}

const fn slot(f: NativeFnPtr, name: &'static str) -> Slot {
    (name, Some(f))
}

/// A dunder and its function; None makes the name None in the type (`list.__hash__`).
type Slot = (&'static str, Option<NativeFnPtr>);

const COMPARISONS: [Slot; 6] = [
    slot(lt, "__lt__"),
    slot(le, "__le__"),
    slot(eq, "__eq__"),
    slot(ne, "__ne__"),
    slot(gt, "__gt__"),
    slot(ge, "__ge__"),
];

const ARITHMETIC: [Slot; 16] = [
    slot(add, "__add__"),
    slot(radd, "__radd__"),
    slot(sub, "__sub__"),
    slot(rsub, "__rsub__"),
    slot(mul, "__mul__"),
    slot(rmul, "__rmul__"),
    slot(truediv, "__truediv__"),
    slot(rtruediv, "__rtruediv__"),
    slot(floordiv, "__floordiv__"),
    slot(rfloordiv, "__rfloordiv__"),
    slot(modulo, "__mod__"),
    slot(rmodulo, "__rmod__"),
    slot(pow, "__pow__"),
    slot(rpow, "__rpow__"),
    slot(divmod, "__divmod__"),
    slot(rdivmod, "__rdivmod__"),
];

/// What complex numbers have of the number slots (no floor division, modulo or ordering).
const COMPLEX: [Slot; 17] = [
    slot(add, "__add__"),
    slot(radd, "__radd__"),
    slot(sub, "__sub__"),
    slot(rsub, "__rsub__"),
    slot(mul, "__mul__"),
    slot(rmul, "__rmul__"),
    slot(truediv, "__truediv__"),
    slot(rtruediv, "__rtruediv__"),
    slot(pow, "__pow__"),
    slot(rpow, "__rpow__"),
    slot(neg, "__neg__"),
    slot(pos, "__pos__"),
    slot(abs, "__abs__"),
    slot(boolean, "__bool__"),
    slot(eq, "__eq__"),
    slot(ne, "__ne__"),
    slot(hash, "__hash__"),
];

const NUMBER: [Slot; 12] = [
    slot(neg, "__neg__"),
    slot(pos, "__pos__"),
    slot(abs, "__abs__"),
    slot(boolean, "__bool__"),
    slot(int, "__int__"),
    slot(float, "__float__"),
    slot(floor, "__floor__"),
    slot(ceil, "__ceil__"),
    slot(trunc, "__trunc__"),
    slot(round, "__round__"),
    slot(hash, "__hash__"),
    slot(format, "__format__"),
];

const INT_ONLY: [Slot; 12] = [
    slot(index, "__index__"),
    slot(invert, "__invert__"),
    slot(lshift, "__lshift__"),
    slot(rlshift, "__rlshift__"),
    slot(rshift, "__rshift__"),
    slot(rrshift, "__rrshift__"),
    slot(or, "__or__"),
    slot(ror, "__ror__"),
    slot(xor, "__xor__"),
    slot(rxor, "__rxor__"),
    slot(and, "__and__"),
    slot(rand, "__rand__"),
];

const SEQUENCE: [Slot; 3] = [
    slot(add, "__add__"),
    slot(mul, "__mul__"),
    slot(rmul, "__rmul__"),
];

const TEXT: [Slot; 4] = [
    slot(modulo, "__mod__"),
    slot(rmodulo, "__rmod__"),
    slot(hash, "__hash__"),
    slot(format, "__format__"),
];

const UNHASHABLE: [Slot; 1] = [("__hash__", None)];

const MUTABLE_SEQUENCE: [Slot; 2] = [slot(iadd, "__iadd__"), slot(imul, "__imul__")];

const SET_OPS: [Slot; 8] = [
    slot(or, "__or__"),
    slot(ror, "__ror__"),
    slot(and, "__and__"),
    slot(rand, "__rand__"),
    slot(sub, "__sub__"),
    slot(rsub, "__rsub__"),
    slot(xor, "__xor__"),
    slot(rxor, "__rxor__"),
];

const SET_INPLACE: [Slot; 4] = [
    slot(ior, "__ior__"),
    slot(iand, "__iand__"),
    slot(isub, "__isub__"),
    slot(ixor, "__ixor__"),
];

const DICT_OPS: [Slot; 3] = [
    slot(or, "__or__"),
    slot(ror, "__ror__"),
    slot(ior, "__ior__"),
];

const ITERATOR: [Slot; 2] = [slot(next, "__next__"), slot(iter_self, "__iter__")];

const SIZED_ITERATOR: [Slot; 1] = [slot(length_hint, "__length_hint__")];

const HASHABLE: [Slot; 1] = [slot(hash, "__hash__")];

/// The slot tables of a built-in type, by its name; the first entry of a name wins.
pub fn slots_of(type_name: &str) -> Vec<&'static [Slot]> {
    match type_name {
        "int" => vec![&INT_ONLY, &NUMBER, &ARITHMETIC, &COMPARISONS],
        "float" => vec![&NUMBER, &ARITHMETIC, &COMPARISONS],
        "complex" => vec![&COMPLEX],
        "str" | "bytes" => vec![&TEXT, &SEQUENCE, &COMPARISONS],
        "tuple" => vec![&HASHABLE, &SEQUENCE, &COMPARISONS],
        "list" => vec![&UNHASHABLE, &MUTABLE_SEQUENCE, &SEQUENCE, &COMPARISONS],
        "dict" => vec![&UNHASHABLE, &DICT_OPS, &COMPARISONS],
        "set" => vec![&UNHASHABLE, &SET_INPLACE, &SET_OPS, &COMPARISONS],
        "frozenset" => vec![&HASHABLE, &SET_OPS, &COMPARISONS],
        "range" => vec![&HASHABLE, &COMPARISONS],
        "generator" => vec![],
        "list_iterator" | "tuple_iterator" | "range_iterator" | "list_reverseiterator" => {
            vec![&ITERATOR, &SIZED_ITERATOR]
        }
        _ if type_name.ends_with("iterator") || type_name == "iterator" => vec![&ITERATOR],
        _ => vec![],
    }
}
