//! The builtins module: built-in functions, calling built-in types (constructors), and the
//! native `sys` module.

use crate::objects::bytesmethods;
use crate::objects::codepoint;
use crate::objects::dict::DictMap;
use crate::objects::format;
use crate::objects::object::{
    IterState, NativeFn, NativeFnPtr, ObjRefExt, Object, RangeObj, TypeKind,
};
use crate::objects::ops::{self, index_of};
use crate::objects::seq::is_iterable;
use crate::objects::set::SetTable;
use crate::objects::types::{self, type_name, ExcKind};
use crate::objects::value::{BoolBits, ObjRef, Value};
use crate::runtime::exc::{overflow, stop_iteration, type_error, value_error, Exc};
use crate::runtime::sync::{Lock, ReadMostly};
use crate::runtime::vm::{Args, PResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

const BUILTIN_FUNCTIONS: &[(&str, NativeFnPtr)] = &[
    ("print", b_print),
    ("len", b_len),
    ("repr", b_repr),
    ("ascii", b_ascii),
    ("abs", b_abs),
    ("min", b_min),
    ("max", b_max),
    ("sum", b_sum),
    ("sorted", b_sorted),
    ("any", b_any),
    ("all", b_all),
    ("isinstance", b_isinstance),
    ("issubclass", b_issubclass),
    ("hash", b_hash),
    ("id", b_id),
    ("ord", b_ord),
    ("chr", b_chr),
    ("divmod", b_divmod),
    ("pow", b_pow),
    ("round", b_round),
    ("iter", b_iter),
    ("next", b_next),
    ("hasattr", b_hasattr),
    ("getattr", b_getattr),
    ("setattr", b_setattr),
    ("delattr", b_delattr),
    ("callable", b_callable),
    ("bin", b_bin),
    ("hex", b_hex),
    ("oct", b_oct),
    ("format", b_format),
    ("input", b_input),
    ("open", crate::modules::io::open),
    ("__displayhook__", b_displayhook),
    ("vars", b_vars),
    ("dir", b_dir),
    ("help", b_help),
    ("eval", crate::runtime::eval::b_eval),
    ("exec", crate::runtime::eval::b_exec),
    ("compile", crate::runtime::eval::b_compile),
    ("__import__", crate::modules::import::b_import),
];

/// A built-in function value.
pub(crate) fn native(name: &'static str, f: NativeFnPtr) -> Value {
    Value::obj(Object::Native(NativeFn {
        name,
        f,
        owner: None,
    }))
}

/// The built-in iterator types whose call makes an iterator (`map(f, xs)`), and how.
const ITERATOR_CONSTRUCTORS: [(&str, NativeFnPtr); 5] = [
    ("reversed", b_reversed),
    ("enumerate", b_enumerate),
    ("zip", b_zip),
    ("map", b_map),
    ("filter", b_filter),
];

/// Stores `v` under the interned `name`.
pub(crate) fn put(d: &mut DictMap, name: &str, v: Value) {
    d.insert(crate::objects::intern::intern(name), ops::hash_str(name), v);
}

/// A fresh builtins namespace.
pub fn make_builtins() -> ObjRef {
    let t = types::types();
    let mut d = DictMap::new();
    d.track(crate::objects::dict::Namespace::Module);
    for (name, f) in BUILTIN_FUNCTIONS {
        put(&mut d, name, native(name, *f));
    }
    for name in ["exit", "quit"] {
        put(&mut d, name, quitter(name));
    }
    let type_entries: [(&str, &ObjRef); 22] = [
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("object", &t.object),
        ("type", &t.type_),
        ("bool", &t.bool_),
        ("int", &t.int),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("BaseException", types::exc_type(ExcKind::BaseException)),
    ];
    for (name, ty) in type_entries {
        put(&mut d, name, Value::Obj(ty.clone()));
    }
    // the iterator types that are called to make their iterators
    for (name, _) in ITERATOR_CONSTRUCTORS {
        let k = crate::objects::object::ITER_TYPE_NAMES
            .iter()
            .position(|n| n == &name)
            .unwrap_or(0);
        put(&mut d, name, Value::Obj(t.iterators[k].clone()));
    }
    for (name, ty) in types::exception_types() {
        put(&mut d, name, Value::Obj(ty.clone()));
    }
    put(&mut d, "NotImplemented", types::not_implemented());
    put(&mut d, "Ellipsis", types::ellipsis());
    // each interpreter has its own builtins namespace (the types in it are the process's)
    for e in d.iter() {
        e.value.immortalize_when_shared();
    }
    let b = ObjRef::new(Object::Dict(ReadMostly::new(d)));
    ObjRef::make_immortal_when_shared(&b);
    b
}

pub fn int_arg(v: &Value, _fname: &str) -> PResult<i64> {
    match index_of(v) {
        Some(r) => r.map_err(|_| overflow("Python int too large to convert to C long")),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

// ---------------------------------------------------------------- built-in functions

fn b_print(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("print", 0, usize::MAX, &["sep", "end", "file", "flush"])?;
    let sep = match a.kw("sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(type_error(format!(
                    "sep must be None or a string, not {}",
                    type_name(v)
                )))
            }
        },
    };
    let end = match a.kw("end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(type_error(format!(
                    "end must be None or a string, not {}",
                    type_name(v)
                )))
            }
        },
    };
    let flush = matches!(a.kw("flush"), Some(Value::Bool(BoolBits::TRUE)));
    let file = match a.kw("file").filter(|f| !matches!(f, Value::None)) {
        Some(f) => Some(f.clone()),
        None => replaced_stdout(vm),
    };
    // a program's object gets one `write` call per piece, as CPython makes; a file of
    // Gilt's gets the pieces joined, in one write
    let mut sink = match &file {
        // `sys.stdout = None`: print writes nothing, as in CPython
        Some(Value::None) => return Ok(Value::None),
        Some(f) if crate::modules::io::file_data(f).is_none() => {
            let write = vm.get_attr(f, &crate::objects::intern::intern("write"))?;
            Sink::Object(write, f.clone())
        }
        _ => Sink::Joined(String::new()),
    };
    let mut put_all = || -> PResult<()> {
        for (i, v) in a.pos.iter().enumerate() {
            if i > 0 {
                sink.put(vm, &sep, None)?;
            }
            match v.as_str() {
                Some(s) => sink.put(vm, s, Some(v))?,
                None => {
                    let s = vm.to_str(v)?;
                    sink.put(vm, &s, None)?
                }
            }
        }
        sink.put(vm, &end, None)
    };
    if let Err(e) = put_all() {
        // what came before the failing piece is written, as CPython's print writes it
        if let Sink::Joined(out) = &sink {
            match file.as_ref().and_then(crate::modules::io::file_data) {
                Some(d) => crate::modules::io::write_str(vm, d, out)?,
                None => vm.write_out_text(out)?,
            }
        }
        return Err(e);
    }
    match sink {
        Sink::Object(_, f) => {
            if flush {
                let f = vm.get_attr(&f, &crate::objects::intern::intern("flush"))?;
                vm.call0(&f)?;
            }
        }
        Sink::Joined(out) => {
            match file.as_ref().and_then(crate::modules::io::file_data) {
                Some(d) => crate::modules::io::write_str(vm, d, &out)?,
                None => vm.write_out_text(&out)?,
            }
            if flush {
                vm.flush_out();
            }
        }
    }
    Ok(Value::None)
}

/// Where `print` puts its pieces.
enum Sink {
    /// The `write` method of a program's object, and the object.
    Object(Value, Value),
    /// The text so far, for a file of Gilt's.
    Joined(String),
}

impl Sink {
    /// Puts one piece (`value`: the piece as a str object, when it already is one).
    fn put(&mut self, vm: &mut Vm, piece: &str, value: Option<&Value>) -> PResult<()> {
        match self {
            Sink::Joined(out) => {
                // a lone surrogate fails as CPython's stdout fails it, at its place in the piece
                if codepoint::has_surrogates(piece) {
                    crate::objects::codecs::encode(
                        piece,
                        "utf-8",
                        crate::modules::io::STDOUT_ERRORS,
                    )?;
                }
                out.push_str(piece)
            }
            Sink::Object(write, _) => {
                let v = value.cloned().unwrap_or_else(|| Value::str(piece));
                vm.call1(write, v)?;
            }
        }
        Ok(())
    }
}

/// What `sys.stdout` is when a program has replaced it (None while it is the interpreter's
/// standard output, or `sys` was never imported).
fn replaced_stdout(vm: &Vm) -> Option<Value> {
    // (every print asks: the name is hashed once)
    static STDOUT: std::sync::OnceLock<(Value, i64)> = std::sync::OnceLock::new();
    let (name, hash) = STDOUT.get_or_init(|| {
        let n = "stdout";
        (
            crate::objects::intern::intern(n),
            crate::objects::ops::hash_str(n),
        )
    });
    let sys = crate::runtime::vm::dict_of(vm.interp.sys_dict.get()?);
    // where the entry was last time: found there without hashing or probing
    let at = &vm.interp.stdout_at;
    let out =
        sys.read(
            |d| match d.get_at(at.load(std::sync::atomic::Ordering::Relaxed), name) {
                Some(v) => Some(v.clone()),
                None => d.get_indexed(name, *hash).map(|(i, v)| {
                    at.store(i, std::sync::atomic::Ordering::Relaxed);
                    v.clone()
                }),
            },
        )?;
    (!crate::modules::io::is_stdout(&out)).then_some(out)
}

fn b_len(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("len", 1, 1, &[])?;
    Ok(Value::Int(vm.len_of(&a.pos[0])? as i64))
}

fn b_repr(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("repr", 1, 1, &[])?;
    Ok(Value::str(vm.repr(&a.pos[0])?))
}

fn b_ascii(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("ascii", 1, 1, &[])?;
    Ok(Value::str(crate::objects::repr::ascii(
        &vm.repr(&a.pos[0])?,
    )))
}

pub(crate) fn b_abs(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("abs", 1, 1, &[])?;
    let v = &a.pos[0];
    if let Some(r) = _vm.call_dunder(v, "__abs__", &[])? {
        return Ok(r);
    }
    let v = crate::objects::class::payload(v).unwrap_or(v);
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(x) => Value::Int(x),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::Float(f) => Value::float(f.get().abs()),
        _ => match v.as_obj() {
            Some(Object::BigInt(b)) => Value::from_bigint(b.abs()),
            Some(Object::Complex(z)) => return crate::objects::complex::abs_value(*z),
            _ => {
                return Err(type_error(format!(
                    "bad operand type for abs(): '{}'",
                    type_name(v)
                )))
            }
        },
    })
}

/// Keyword-only arguments checked as CPython's argument parser checks them: "'x' is an
/// invalid keyword argument for sort()".
pub fn check_keywords(a: &Args, fname: &str, allowed: &[&str]) -> PResult<()> {
    if a.kw.len() > allowed.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} keyword arguments ({} given)",
            allowed.len(),
            a.kw.len()
        )));
    }
    for (k, _) in a.kw {
        let k = k.as_str().unwrap_or("");
        if !allowed.contains(&k) {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

fn min_max(vm: &mut Vm, a: Args, name: &str, op: u32) -> PResult<Value> {
    if a.pos.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    check_keywords(&a, name, &["key", "default"])?;
    let key = a.kw("key").filter(|k| !matches!(k, Value::None)).cloned();
    if a.pos.len() > 1 && a.kw("default").is_some() {
        return Err(type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    // One iterable is walked item by item, as CPython does: nothing is collected first.
    let (it, mut rest) = match a.pos {
        [one] => (Some(vm.get_iter(one)?), [].iter()),
        many => (None, many.iter()),
    };
    let mut next = |vm: &mut Vm| match &it {
        Some(it) => vm.next(it),
        None => Ok(rest.next().cloned()),
    };
    let Some(mut best) = next(vm)? else {
        return match a.kw("default") {
            Some(d) => Ok(d.clone()),
            None => Err(value_error(format!("{name}() arg is an empty sequence"))),
        };
    };
    let mut best_key = match &key {
        Some(k) => vm.call1(k, best.clone())?,
        None => best.clone(),
    };
    while let Some(item) = next(vm)? {
        let k = match &key {
            Some(kf) => vm.call1(kf, item.clone())?,
            None => item.clone(),
        };
        if vm.less(op, &k, &best_key)? {
            best = item;
            best_key = k;
        }
    }
    Ok(best)
}

fn b_min(vm: &mut Vm, a: Args) -> PResult<Value> {
    min_max(vm, a, "min", 0)
}

fn b_max(vm: &mut Vm, a: Args) -> PResult<Value> {
    min_max(vm, a, "max", 4)
}

fn b_sum(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("sum", 1, 2, &["start"])?;
    let mut acc = a
        .pos
        .get(1)
        .or(a.kw("start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        acc = ops::binary_op(vm, ops::ADD, &acc, &v)?;
    }
    Ok(acc)
}

/// Stable merge sort whose comparison may fail.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut [Value],
    key: Option<&Value>,
    reverse: bool,
) -> PResult<()> {
    if reverse {
        items.reverse();
    }
    // Without a key function the items are their own keys: no copy of them is made.
    let keys: Option<Vec<Value>> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call1(k, it.clone())?);
            }
            Some(ks)
        }
        None => None,
    };
    let keys = keys.as_deref().unwrap_or(items);
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if !sort_total(keys, &mut idx) {
        let mut buf = idx.clone();
        merge_sort(vm, keys, &mut idx, &mut buf, reverse)?;
    }
    permute(items, &mut idx);
    if reverse {
        items.reverse();
    }
    Ok(())
}

/// Rearranges `items` in place so that slot `k` holds what was at `idx[k]`, following each
/// cycle of the permutation (no second vector of items); `idx` is left as the identity.
fn permute(items: &mut [Value], idx: &mut [usize]) {
    for start in 0..idx.len() {
        if idx[start] == start {
            continue;
        }
        let held = std::mem::take(&mut items[start]);
        let mut k = start;
        loop {
            let from = std::mem::replace(&mut idx[k], k);
            if from == start {
                items[k] = held;
                break;
            }
            items[k] = std::mem::take(&mut items[from]);
            k = from;
        }
    }
}

fn sort_total(keys: &[Value], idx: &mut [usize]) -> bool {
    let int = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        _ => None,
    };
    let float = |v: &Value| match v {
        Value::Float(f) if !f.get().is_nan() => Some(f.get()),
        _ => None,
    };
    fn text(v: &Value) -> Option<&str> {
        v.as_str()
    }
    if keys.iter().all(|k| int(k).is_some()) {
        idx.sort_by_key(|&i| int(&keys[i]));
    } else if keys.iter().all(|k| text(k).is_some()) {
        let plain = !keys
            .iter()
            .any(|k| text(k).is_some_and(codepoint::has_surrogates));
        idx.sort_by(|&i, &j| {
            let (a, b) = (text(&keys[i]).unwrap_or(""), text(&keys[j]).unwrap_or(""));
            codepoint::cmp_text(a, b, plain)
        });
    } else if keys.iter().all(|k| float(k).is_some()) {
        idx.sort_by(|&i, &j| {
            let (a, b) = (float(&keys[i]), float(&keys[j]));
            a.partial_cmp(&b).unwrap_or(std::cmp::Ordering::Equal)
        });
    } else {
        return false;
    }
    true
}

fn merge_sort(
    vm: &mut Vm,
    keys: &[Value],
    idx: &mut [usize],
    buf: &mut [usize],
    _rev: bool,
) -> PResult<()> {
    let n = idx.len();
    if n <= 1 {
        return Ok(());
    }
    if n <= 8 {
        // insertion sort for short runs
        for i in 1..n {
            let mut j = i;
            while j > 0 && vm.less(0, &keys[idx[j]], &keys[idx[j - 1]])? {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        merge_sort(vm, keys, l, bl, _rev)?;
        merge_sort(vm, keys, r, br, _rev)?;
    }
    if !vm.less(0, &keys[idx[mid]], &keys[idx[mid - 1]])? {
        return Ok(());
    }
    buf[..n].copy_from_slice(idx);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if vm.less(0, &keys[buf[j]], &keys[buf[i]])? {
            idx[k] = buf[j];
            j += 1;
        } else {
            idx[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        idx[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        idx[k] = buf[j];
        j += 1;
        k += 1;
    }
    Ok(())
}

fn b_sorted(vm: &mut Vm, a: Args) -> PResult<Value> {
    if a.pos.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            a.pos.len()
        )));
    }
    // sorted() is list.sort() on a new list, which checks the keywords
    check_keywords(&a, "sort", &["key", "reverse"])?;
    let mut items = vm.collect(&a.pos[0])?;
    let key = a.kw("key").filter(|k| !matches!(k, Value::None));
    let reverse = match a.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    sort_values(vm, &mut items, key, reverse)?;
    Ok(Value::list(items))
}

fn iter_value(st: IterState) -> Value {
    Value::obj(Object::iter(st))
}

fn b_reversed(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("reversed", 1, 1, &[])?;
    let v = &a.pos[0];
    if crate::objects::class::has_user_type(v) {
        if let Some(m) = crate::objects::class::user_method(v, "__reversed__") {
            // `__reversed__ = None` declares the type not reversible
            if matches!(m, Value::None) {
                return Err(type_error(format!(
                    "'{}' object is not reversible",
                    type_name(v)
                )));
            }
            return vm.call1(&m, v.clone());
        }
        if crate::objects::class::user_method(v, "__getitem__").is_some()
            && crate::objects::class::user_method(v, "__len__").is_some()
        {
            let n = vm.len_of(v)?;
            return Ok(iter_value(IterState::Reversed(v.clone(), n)));
        }
        if let Some(p) = crate::objects::class::payload(v) {
            // a subclass of a built-in type reverses its built-in value
            let p = p.clone();
            return b_reversed(vm, Args::new(std::slice::from_ref(&p)));
        }
    }
    match v.as_obj() {
        Some(Object::DictView(d, kind)) => {
            let mut items = vm.collect(&Value::obj(Object::DictView(d.clone(), *kind)))?;
            items.reverse();
            Ok(iter_value(IterState::Seq(Value::list(items), 0)))
        }
        Some(Object::Range(r)) => {
            let n = r.count();
            // (modulo 2^64, exact: every item lies in i64)
            let last = r
                .start
                .wrapping_add((n.wrapping_sub(1) as i64).wrapping_mul(r.step));
            let it = crate::objects::object::RangeIter::new(last, r.step.wrapping_neg(), n);
            Ok(Value::obj(Object::RangeIter(it)))
        }
        Some(
            Object::List(_)
            | Object::Tuple(_)
            | Object::Str(_)
            | Object::Bytes(_)
            | Object::ByteArray(_)
            | Object::MemoryView(_),
        ) => {
            let n = vm.len_of(v)?;
            Ok(iter_value(IterState::Reversed(v.clone(), n)))
        }
        Some(Object::Dict(d)) => {
            let mut keys = d.lock().keys();
            keys.reverse();
            Ok(iter_value(IterState::Seq(Value::list(keys), 0)))
        }
        _ => Err(type_error(format!(
            "'{}' object is not reversible",
            type_name(v)
        ))),
    }
}

fn b_enumerate(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("enumerate", 0, 2, &["iterable", "start"])?;
    let Some(iterable) = a.pos.first().or(a.kw("iterable")) else {
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let it = vm.get_iter(iterable)?;
    let start = a
        .pos
        .get(1)
        .or(a.kw("start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    if !start.is_int() {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&start)
        )));
    }
    Ok(iter_value(IterState::Enumerate(Box::new([it, start]))))
}

fn b_zip(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("zip", 0, usize::MAX, &["strict"])?;
    let strict = match a.kw("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(a.pos.len());
    for v in a.pos {
        iters.push(vm.get_iter(v)?);
    }
    Ok(iter_value(if strict {
        IterState::ZipStrict(iters)
    } else {
        IterState::Zip(iters)
    }))
}

fn b_map(vm: &mut Vm, a: Args) -> PResult<Value> {
    if a.pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(a.pos.len() - 1);
    for v in &a.pos[1..] {
        iters.push(vm.get_iter(v)?);
    }
    Ok(iter_value(IterState::Map(Box::new((
        a.pos[0].clone(),
        iters,
    )))))
}

fn b_filter(vm: &mut Vm, a: Args) -> PResult<Value> {
    if !a.kw.is_empty() {
        return Err(type_error("filter() takes no keyword arguments"));
    }
    if a.pos.len() != 2 {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let it = vm.get_iter(&a.pos[1])?;
    Ok(iter_value(IterState::Filter(Box::new([
        a.pos[0].clone(),
        it,
    ]))))
}

fn b_any(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("any", 1, 1, &[])?;
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn b_all(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("all", 1, 1, &[])?;
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn class_check(t: &Value, fname: &str, f: &mut dyn FnMut(&ObjRef) -> bool) -> PResult<bool> {
    match t.as_obj() {
        Some(Object::Type(_)) => Ok(f(t.as_obj_ref())),
        Some(Object::Tuple(items)) => {
            for i in items.iter() {
                if class_check(i, fname, f)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// `isinstance`/`issubclass` through a metaclass's `__instancecheck__`/`__subclasscheck__`
/// (`hook`), when `cls` (or a class in a tuple of them) has one; None when none does.
fn hooked_check(vm: &mut Vm, x: &Value, cls: &Value, hook: &str) -> PResult<Option<bool>> {
    match cls.as_obj() {
        Some(Object::Type(t)) => {
            let Some(meta) = &t.meta else {
                return Ok(None);
            };
            if hook == "__instancecheck__"
                && matches!(cls, Value::Obj(c) if ObjRef::ptr_eq(c, types::type_of(x)))
            {
                return Ok(Some(true));
            }
            let Some(h) = types::lookup_user(meta, hook) else {
                return Ok(None);
            };
            let r = vm.call_with_self(&h, cls, std::slice::from_ref(x), &[])?;
            Ok(Some(vm.truthy(&r)?))
        }
        Some(Object::Tuple(items)) => {
            let hooked = items.iter().any(crate::objects::class::has_user_type);
            if !hooked {
                return Ok(None);
            }
            for c in items.iter() {
                let one = match hooked_check(vm, x, c, hook)? {
                    Some(b) => b,
                    None => {
                        let f = if hook == "__instancecheck__" {
                            b_isinstance
                        } else {
                            b_issubclass
                        };
                        let pair = [x.clone(), c.clone()];
                        let r = f(vm, Args::new(&pair))?;
                        vm.truthy(&r)?
                    }
                };
                if one {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        // an object that is not a class, whose class has the hook (a union, `list[int]`)
        Some(_) if crate::objects::class::has_user_type(cls) => {
            let Some(h) = types::lookup_user(types::type_of(cls), hook) else {
                return Ok(None);
            };
            let r = vm.call_with_self(&h, cls, std::slice::from_ref(x), &[])?;
            Ok(Some(vm.truthy(&r)?))
        }
        _ => Ok(None),
    }
}

fn b_isinstance(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("isinstance", 2, 2, &[])?;
    Ok(Value::bool(isinstance_of(vm, &a.pos[0], &a.pos[1])?))
}

/// `isinstance(x, cls)`, metaclass hooks included.
pub fn isinstance_of(vm: &mut Vm, x: &Value, cls: &Value) -> PResult<bool> {
    if let Some(r) = hooked_check(vm, x, cls, "__instancecheck__")? {
        return Ok(r);
    }
    let t = types::type_of(x).clone();
    class_check(cls, "isinstance", &mut |c| types::is_subtype(&t, c))
}

fn b_issubclass(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("issubclass", 2, 2, &[])?;
    if let Some(r) = hooked_check(vm, &a.pos[0], &a.pos[1], "__subclasscheck__")? {
        return Ok(Value::bool(r));
    }
    let Some(Object::Type(_)) = a.pos[0].as_obj() else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let t = a.pos[0].as_obj_ref().clone();
    Ok(Value::bool(class_check(
        &a.pos[1],
        "issubclass",
        &mut |c| types::is_subtype(&t, c),
    )?))
}

fn b_hash(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("hash", 1, 1, &[])?;
    Ok(Value::Int(vm.hash(&a.pos[0])?))
}

fn b_id(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("id", 1, 1, &[])?;
    Ok(Value::Int(match &a.pos[0] {
        Value::Obj(o) => crate::runtime::sync::Ref::as_ptr(o) as i64,
        Value::None => 1,
        Value::Bool(b) => 2 + b.get() as i64,
        Value::Int(i) => i.wrapping_mul(16) | 8,
        Value::Float(f) => (f.get().to_bits() as i64) | 4,
    }))
}

fn b_ord(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("ord", 1, 1, &[])?;
    match a.pos[0].as_str() {
        Some(s) => {
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(Value::Int(codepoint::code_point(c) as i64)),
                _ => Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        None => match a.pos[0].as_obj() {
            Some(Object::Bytes(_) | Object::ByteArray(_)) => {
                let b = bytesmethods::bytes_like(&a.pos[0]).unwrap_or_default();
                match *b {
                    [c] => Ok(Value::Int(c as i64)),
                    _ => Err(type_error(format!(
                        "ord() expected a character, but string of length {} found",
                        b.len()
                    ))),
                }
            }
            _ => Err(type_error(format!(
                "ord() expected string of length 1, but {} found",
                type_name(&a.pos[0])
            ))),
        },
    }
}

fn b_chr(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("chr", 1, 1, &[])?;
    let i = int_arg(&a.pos[0], "chr")?;
    match u32::try_from(i).ok().filter(|&n| n < 0x110000) {
        Some(n) => Ok(Value::str(codepoint::char_of(n)?.to_string())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_divmod(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("divmod", 2, 2, &[])?;
    ops::binary_op(vm, ops::DIVMOD, &a.pos[0], &a.pos[1])
}

fn b_pow(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("pow", 2, 3, &["base", "exp", "mod"])?;
    let m = a.pos.get(2).or(a.kw("mod"));
    match m {
        None | Some(Value::None) => ops::binary_op(vm, ops::POW, &a.pos[0], &a.pos[1]),
        Some(m) => {
            let complex = |v: &Value| crate::objects::complex::as_complex(v).is_some();
            if complex(&a.pos[0]) || complex(&a.pos[1]) || complex(m) {
                return Err(crate::objects::complex::modular_pow_error());
            }
            let (Some(b), Some(e), Some(m)) =
                (a.pos[0].as_bigint(), a.pos[1].as_bigint(), m.as_bigint())
            else {
                return Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            let (base, exp) = if e.is_negative() {
                let inv = mod_inverse(&b, &m)
                    .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
                (inv, -e)
            } else {
                (b, e)
            };
            let r = base.modpow(&exp, &m.abs());
            // Result takes the sign convention of the modulus.
            let r = if m.is_negative() && !r.is_zero() {
                r + &m
            } else {
                r
            };
            Ok(Value::from_bigint(r))
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn round_half_even_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    if ndigits.unsigned_abs() > n.bits() {
        // |n| < 2**bits <= 10**-ndigits / 2: rounds to 0 (and 10**-ndigits may not fit in memory)
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), (-ndigits) as usize);
    let (q, r) = n.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    q * p
}

pub(crate) fn b_round(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("round", 1, 2, &["ndigits"])?;
    let nd = a
        .pos
        .get(1)
        .or(a.kw("ndigits"))
        .filter(|v| !matches!(v, Value::None));
    let v = &a.pos[0];
    let args: Vec<Value> = nd.into_iter().cloned().collect();
    if let Some(r) = vm.call_dunder(v, "__round__", &args)? {
        return Ok(r);
    }
    let v = crate::objects::class::payload(v).unwrap_or(v);
    match v {
        Value::Float(f) => match nd {
            None => {
                if f.get().is_nan() {
                    return Err(value_error("cannot convert float NaN to integer"));
                }
                if f.get().is_infinite() {
                    return Err(overflow("cannot convert float infinity to integer"));
                }
                let r = f.get().round_ties_even();
                Ok(Value::from_bigint(ops::float_to_bigint(r)))
            }
            Some(n) => {
                let n = int_arg(n, "round")?;
                Ok(Value::float(format::round_float(f.get(), n)))
            }
        },
        _ if v.is_int() => {
            let n = v.as_bigint().unwrap_or_default();
            match nd {
                None => Ok(Value::from_bigint(n)),
                Some(d) => {
                    let d = int_arg(d, "round")?;
                    Ok(Value::from_bigint(round_half_even_int(&n, d)))
                }
            }
        }
        _ => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(v)
        ))),
    }
}

fn b_iter(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("iter", 1, 2, &[])?;
    if a.pos.len() == 2 {
        return Ok(iter_value(IterState::Callable(Box::new([
            a.pos[0].clone(),
            a.pos[1].clone(),
        ]))));
    }
    vm.get_iter(&a.pos[0])
}

fn b_next(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("next", 1, 2, &[])?;
    if !crate::objects::seq::is_iterator(&a.pos[0]) {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(&a.pos[0])
        )));
    }
    if let Some(Object::Generator(_)) = a.pos[0].as_obj() {
        return match vm.gen_resume(&a.pos[0], Value::None, None)? {
            crate::runtime::generator::Step::Yield(v) => Ok(v),
            crate::runtime::generator::Step::Return(v) => match a.pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(crate::runtime::generator::stop_with(v)),
            },
        };
    }
    match vm.next(&a.pos[0])? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(stop_iteration()),
        },
    }
}

fn attr_name(v: &Value) -> PResult<Value> {
    match v.as_str() {
        Some(s) => Ok(crate::objects::intern::intern(s)),
        None => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        ))),
    }
}

fn b_hasattr(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("hasattr", 2, 2, &[])?;
    let n = attr_name(&a.pos[1])?;
    Ok(Value::bool(vm.has_attr(&a.pos[0], &n)?))
}

fn b_getattr(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("getattr", 2, 3, &[])?;
    let n = attr_name(&a.pos[1])?;
    if a.pos.len() == 3
        && crate::objects::class::surely_missing(&a.pos[0], n.as_str().unwrap_or(""))
    {
        return Ok(a.pos[2].clone());
    }
    match vm.get_attr(&a.pos[0], &n) {
        Ok(v) => Ok(v),
        Err(e) if e.is_kind(ExcKind::AttributeError) && a.pos.len() == 3 => Ok(a.pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("setattr", 3, 3, &[])?;
    let n = attr_name(&a.pos[1])?;
    vm.set_attr(&a.pos[0], &n, a.pos[2].clone())?;
    Ok(Value::None)
}

fn b_delattr(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("delattr", 2, 2, &[])?;
    let n = attr_name(&a.pos[1])?;
    vm.del_attr(&a.pos[0], &n)?;
    Ok(Value::None)
}

/// The helper the compiler calls for `f(*a, k=v, **m)` (see `compiler::call_unpacking`).
pub fn call_unpacked_fn() -> Value {
    static F: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let f = Value::obj(Object::Native(NativeFn {
            name: "call_unpacked",
            f: call_unpacked,
            owner: None,
        }));
        // shared by every code object of every thread
        f.immortalize();
        f
    })
    .clone()
}

/// `call_unpacked(f, positional_parts, keyword_parts)`: each positional part is iterated and
/// each keyword part is a mapping; the checks, their order and their messages are CPython's.
fn call_unpacked(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (pos, kw) = unpack_call(vm, a)?;
    vm.call(&a.pos[0], &pos, &kw)
}

/// `call_unpacked`, which the VM recognizes to run a Python function's call inline.
pub(crate) const CALL_UNPACKED: crate::objects::object::NativeFnPtr = call_unpacked;

/// Positional and keyword arguments, owned.
pub(crate) type OwnedArgs = (Vec<Value>, Vec<(Value, Value)>);

/// The positional and keyword arguments of `call_unpacked(f, positional_parts,
/// keyword_parts)`.
pub(crate) fn unpack_call(vm: &mut Vm, a: Args) -> PResult<OwnedArgs> {
    let [func, pos_parts, kw_parts] = a.pos else {
        return Err(type_error("call_unpacked() takes exactly 3 arguments"));
    };
    let pos_parts = vm.items_of(pos_parts);
    let kw_parts = vm.items_of(kw_parts);
    // a lone `*x` is checked at the call, after the keywords; otherwise as each is unpacked
    let lone = pos_parts.len() == 1;
    if let (false, Some(p)) = (lone, pos_parts.iter().find(|p| !is_iterable(p))) {
        return Err(type_error(format!(
            "Value after * must be an iterable, not {}",
            type_name(p)
        )));
    }
    let kw = merge_keywords(vm, func, &kw_parts)?;
    if let (true, Some(p)) = (lone, pos_parts.first().filter(|p| !is_iterable(p))) {
        return Err(type_error(format!(
            "{} argument after * must be an iterable, not {}",
            function_str(vm, func),
            type_name(p)
        )));
    }
    let mut pos = Vec::new();
    for p in &pos_parts {
        pos.extend(vm.collect(p)?);
    }
    Ok((pos, kw))
}

/// The keyword arguments of a call from its parts (dicts of `k=v` runs and `**` mappings).
fn merge_keywords(vm: &mut Vm, func: &Value, parts: &[Value]) -> PResult<Vec<(Value, Value)>> {
    let mut kw: Vec<(Value, Value)> = Vec::new();
    for part in parts {
        for (k, v) in mapping_items(vm, func, part)? {
            let Some(name) = crate::objects::class::str_of(&k) else {
                return Err(type_error("keywords must be strings"));
            };
            if kw.iter().any(|(seen, _)| seen.as_str() == Some(name)) {
                return Err(type_error(format!(
                    "{} got multiple values for keyword argument '{name}'",
                    function_str(vm, func)
                )));
            }
            let key = if k.as_str().is_some() {
                k.clone()
            } else {
                Value::str(name)
            };
            kw.push((key, v));
        }
    }
    Ok(kw)
}

/// The items of a `**` argument: a dict, or any object with `keys()` and `__getitem__`.
fn mapping_items(vm: &mut Vm, func: &Value, m: &Value) -> PResult<Vec<(Value, Value)>> {
    if let Some(Object::Dict(d)) = m.as_obj() {
        return Ok(d
            .lock()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect());
    }
    let keys_name = crate::objects::intern::intern("keys");
    if !vm.has_attr(m, &keys_name)? {
        return Err(type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            function_str(vm, func),
            type_name(m)
        )));
    }
    let keys = vm.get_attr(m, &keys_name)?;
    let keys = vm.call0(&keys)?;
    let mut items = Vec::new();
    for k in vm.collect(&keys)? {
        let v = vm.getitem(m, &k)?;
        items.push((k, v));
    }
    Ok(items)
}

/// How CPython names a callable in call errors: `module.qualname()`, without the module for
/// built-ins.
fn function_str(vm: &mut Vm, f: &Value) -> String {
    let mut text = |name: &str| {
        vm.get_attr(f, &crate::objects::intern::intern(name))
            .ok()
            .and_then(|v| v.as_str().map(String::from))
    };
    let qual = text("__qualname__").unwrap_or_else(|| type_name(f));
    match text("__module__") {
        Some(m) if m != "builtins" => format!("{m}.{qual}()"),
        _ => format!("{qual}()"),
    }
}

fn b_callable(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("callable", 1, 1, &[])?;
    Ok(Value::bool(is_callable(&a.pos[0])))
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    matches!(
        v.as_obj(),
        Some(Object::Function(_) | Object::Native(_) | Object::BoundMethod(..) | Object::Type(_))
    ) || match v.as_obj() {
        Some(Object::NativeObj(n)) => crate::objects::types::lookup(&n.class, "__call__").is_some(),
        _ => crate::objects::class::user_method(v, "__call__").is_some(),
    }
}

fn radix(vm: &mut Vm, a: Args, name: &str, base: u32, prefix: &str) -> PResult<Value> {
    a.check(name, 1, 1, &[])?;
    let v = vm
        .user_index(&a.pos[0])?
        .unwrap_or_else(|| a.pos[0].clone());
    let n = v.as_bigint().ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&a.pos[0])
        ))
    })?;
    let digits = n.abs().to_str_radix(base);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::str(format!("{sign}{prefix}{digits}")))
}

fn b_bin(vm: &mut Vm, a: Args) -> PResult<Value> {
    radix(vm, a, "bin", 2, "0b")
}

fn b_hex(vm: &mut Vm, a: Args) -> PResult<Value> {
    radix(vm, a, "hex", 16, "0x")
}

fn b_oct(vm: &mut Vm, a: Args) -> PResult<Value> {
    radix(vm, a, "oct", 8, "0o")
}

fn b_format(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("format", 1, 2, &[])?;
    let spec = match a.pos.get(1) {
        Some(s) => s
            .as_str()
            .ok_or_else(|| {
                type_error(format!(
                    "format() argument 2 must be str, not {}",
                    type_name(s)
                ))
            })?
            .to_string(),
        None => String::new(),
    };
    Ok(Value::str(vm.format(&a.pos[0], &spec)?))
}

/// `exit` and `quit`: objects whose repr says how to leave (what typing `exit` at the REPL
/// shows) and whose call, `exit(code=None)`, raises `SystemExit` — CPython's `Quitter`.
fn quitter(name: &'static str) -> Value {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    let class = T.get_or_init(|| {
        types::make_type(
            "Quitter",
            Some(&types::types().object),
            crate::objects::object::TypeKind::Object,
            &[("__repr__", quitter_repr), ("__call__", quitter_call)],
        )
    });
    Value::obj(Object::NativeObj(crate::objects::object::NativeObj {
        class: class.clone(),
        data: Box::new(name),
    }))
}

fn quitter_repr(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (me, _) = crate::objects::methods::this(&a, "__repr__", 0, 0)?;
    let name = match me.as_obj() {
        Some(Object::NativeObj(n)) => n.data.downcast_ref::<&str>().copied().unwrap_or("exit"),
        _ => "exit",
    };
    Ok(Value::str(format!(
        "Use {name}() or Ctrl-D (i.e. EOF) to exit"
    )))
}

fn quitter_call(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (_, rest) = crate::objects::methods::this(&a, "__call__", 0, 1)?;
    Err(Exc::with_args(
        types::exc_type(ExcKind::SystemExit).clone(),
        rest.to_vec(),
    ))
}

/// `help()` and `help(obj)`: a short guide, or what an object is and its docstring (CPython's
/// pydoc pages are richer).
fn b_help(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("help", 0, 1, &[])?;
    let Some(obj) = a.pos.first() else {
        vm.write_out(concat!(
            "Welcome to Gilt, a Python 3.11 subset with a switchable GIL.\n\n",
            "help(object) shows what an object is and its docstring; dir(object) lists its\n",
            "attributes. exit() or Ctrl-D leaves. The experiments about threads and the GIL\n",
            "are in examples/lab/ (see the README and docs/LAB.md).\n",
        ));
        return Ok(Value::None);
    };
    let kind = type_name(obj);
    let name = vm
        .get_attr(obj, &crate::objects::intern::intern("__name__"))
        .ok()
        .and_then(|n| n.as_str().map(str::to_string));
    let doc = vm
        .get_attr(obj, &crate::objects::intern::intern("__doc__"))
        .ok()
        .and_then(|d| d.as_str().map(str::to_string));
    let mut text = match &name {
        Some(n) => format!("Help on {kind} {n}:\n\n"),
        None => format!("Help on {kind} object:\n\n"),
    };
    match doc {
        Some(d) => {
            for line in d.lines().map(str::trim) {
                if !line.is_empty() {
                    text.push_str("    ");
                    text.push_str(line);
                }
                text.push('\n');
            }
        }
        None => text.push_str("    (no documentation)\n"),
    }
    text.push('\n');
    vm.write_out(&text);
    Ok(Value::None)
}

fn b_input(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("input", 0, 1, &[])?;
    if let Some(p) = a.pos.first() {
        let s = vm.to_str(p)?;
        vm.write_out_text(&s)?;
    }
    vm.flush_out();
    // A program may point sys.stdin at a file.
    let sys = vm.import("sys")?;
    let stdin = vm.get_attr(&sys, &crate::objects::intern::intern("stdin"))?;
    if let Some(d) = crate::modules::io::file_data(&stdin) {
        if !d.is_console() {
            let readline = vm.get_attr(&stdin, &crate::objects::intern::intern("readline"))?;
            let line = vm.call0(&readline)?;
            let s = line.as_str().unwrap_or("").to_string();
            if s.is_empty() {
                return Err(Exc::new(ExcKind::EOFError, "EOF when reading a line"));
            }
            return Ok(Value::str(s.strip_suffix('\n').unwrap_or(&s)));
        }
    }
    // Waits in slices in the main thread, so Ctrl-C raises KeyboardInterrupt.
    let bytes = crate::runtime::signals::read_stdin(false)?;
    if bytes.is_empty() {
        return Err(Exc::new(ExcKind::EOFError, "EOF when reading a line"));
    }
    // Only the newline goes: CPython keeps a '\r' before it.
    let line = crate::objects::codecs::fs_decode(&bytes);
    Ok(Value::str(line.strip_suffix('\n').unwrap_or(&line)))
}

fn b_vars(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("vars", 1, 1, &[])?;
    if let Some(i) = crate::objects::class::instance_of(&a.pos[0]) {
        return Ok(Value::Obj(i.dict_object()));
    }
    match a.pos[0].as_obj() {
        Some(Object::Module(m)) => Ok(Value::Obj(m.dict.clone())),
        Some(Object::Type(t)) => {
            let d = t.dict.read(Clone::clone);
            Ok(Value::obj(Object::Dict(ReadMostly::new(d))))
        }
        _ => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

/// `dir(obj)`: the sorted attribute names of an object, its class and the class's bases.
fn b_dir(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("dir", 1, 1, &[])?;
    let v = &a.pos[0];
    // a class's own `__dir__` decides, and its answer comes back sorted as a list
    if let Some(r) = vm.call_dunder(v, "__dir__", &[])? {
        let mut items = vm.collect(&r)?;
        sort_values(vm, &mut items, None, false)?;
        return Ok(Value::list(items));
    }
    let mut names: Vec<String> = Vec::new();
    let mut add = |d: &DictMap| {
        for e in d.iter() {
            if let Some(s) = e.key.as_str() {
                if !names.iter().any(|n| n == s) {
                    names.push(s.to_string());
                }
            }
        }
    };
    if let Some(i) = crate::objects::class::instance_of(v) {
        i.read(|d| add(d));
    }
    if let Some(Object::Module(m)) = v.as_obj() {
        add(&crate::runtime::vm::dict_of(&m.dict).lock());
    }
    let t = match v.as_obj() {
        Some(Object::Type(_)) => v.as_obj_ref().clone(),
        _ => types::type_of(v).clone(),
    };
    if !matches!(v.as_obj(), Some(Object::Module(_))) {
        if let Object::Type(tt) = &*t {
            tt.dict.read(&mut add);
            for b in &tt.mro {
                if let Object::Type(bt) = &**b {
                    bt.dict.read(&mut add);
                }
            }
        }
    }
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

/// What the REPL calls with each expression's value: shows its repr unless it is None.
fn b_displayhook(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("displayhook", 1, 1, &[])?;
    if !matches!(a.pos[0], Value::None) {
        let r = vm.repr(&a.pos[0])?;
        vm.write_out(&r);
        vm.write_out("\n");
    }
    vm.flush_out();
    Ok(Value::None)
}

// ---------------------------------------------------------------- calling types

pub fn call_type(vm: &mut Vm, t: &ObjRef, a: Args) -> PResult<Value> {
    if let Some(meta) = &t.as_type().meta {
        // the metaclass's own `__call__`
        if let Some(c) = types::lookup_user(meta, "__call__") {
            return vm.call_with_self(&c, &Value::Obj(t.clone()), a.pos, a.kw);
        }
    }
    call_type_plain(vm, t, a)
}

/// Calling class `t` as `type.__call__` does: a metaclass makes a class, any other class an
/// instance.
pub fn call_type_plain(vm: &mut Vm, t: &ObjRef, a: Args) -> PResult<Value> {
    let kind = types::kind_of(t);
    if t.as_type().user {
        if types::is_subtype(t, &types::types().type_) {
            return crate::objects::class::meta_call(vm, t, a);
        }
        return vm.instantiate(t, a);
    }
    match kind {
        TypeKind::Object => {
            a.check("object", 0, 0, &[])?;
            vm.instantiate(t, a)
        }
        TypeKind::Property => crate::objects::class::property_new(vm, a),
        TypeKind::Iterator => match ITERATOR_CONSTRUCTORS.iter().find(|(n, _)| *n == t.name()) {
            Some((_, make)) => make(vm, a),
            None => Err(type_error(format!(
                "cannot create '{}' instances",
                t.name()
            ))),
        },
        TypeKind::StaticMethod => {
            a.check("staticmethod", 1, 1, &[])?;
            Ok(Value::obj(Object::StaticMethod(a.pos[0].clone())))
        }
        TypeKind::ClassMethod => {
            a.check("classmethod", 1, 1, &[])?;
            Ok(Value::obj(Object::ClassMethod(a.pos[0].clone())))
        }
        TypeKind::Super => crate::objects::class::super_new(vm, a),
        TypeKind::Exception => vm.instantiate(t, a),
        TypeKind::Int => construct_int(vm, a),
        TypeKind::Float => construct_float(vm, a),
        TypeKind::Complex => crate::objects::complex::construct(vm, a),
        TypeKind::Str => {
            a.check("str", 0, 3, &["object", "encoding", "errors"])?;
            let o = a.pos.first().or(a.kw("object"));
            if a.pos.len() > 1 || a.kw("encoding").is_some() || a.kw("errors").is_some() {
                // str(bytes, encoding, errors) decodes
                let rest = a.pos.get(1..).unwrap_or(&[]);
                let (enc, errors) = crate::objects::methods::codec_args(&a, rest, "str")?;
                return match o.and_then(bytesmethods::bytes_like) {
                    Some(b) => Ok(Value::str(crate::objects::codecs::decode(&b, enc, errors)?)),
                    None => Err(crate::runtime::exc::type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        crate::objects::types::type_name(o.unwrap_or(&Value::str("")))
                    ))),
                };
            }
            match o {
                Some(v) => vm.to_str_value(v),
                None => Ok(Value::str("")),
            }
        }
        TypeKind::Bool => {
            a.check("bool", 0, 1, &[])?;
            match a.pos.first() {
                Some(v) => Ok(Value::bool(vm.truthy(v)?)),
                None => Ok(Value::FALSE),
            }
        }
        TypeKind::List => {
            a.check("list", 0, 1, &[])?;
            match a.pos.first() {
                Some(v) => Ok(Value::list(vm.collect(v)?)),
                None => Ok(Value::list(vec![])),
            }
        }
        TypeKind::Tuple => {
            a.check("tuple", 0, 1, &[])?;
            match a.pos.first() {
                Some(v) if matches!(v.as_obj(), Some(Object::Tuple(_))) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(vm.collect(v)?)),
                None => Ok(Value::tuple(vec![])),
            }
        }
        TypeKind::Set | TypeKind::FrozenSet => {
            a.check(&t.as_type().name(), 0, 1, &[])?;
            let mut table = SetTable::new();
            if let Some(v) = a.pos.first() {
                vm.table_update(&mut table, v)?;
            }
            Ok(if kind == TypeKind::Set {
                Value::obj(Object::Set(Lock::new(table)))
            } else {
                Value::obj(Object::FrozenSet(table))
            })
        }
        TypeKind::Dict => {
            if a.pos.len() > 1 {
                return Err(type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    a.pos.len()
                )));
            }
            let d = Value::obj(Object::Dict(ReadMostly::new(DictMap::new())));
            if let Some(src) = a.pos.first() {
                vm.dict_fill(&d, src)?;
            }
            for (k, v) in a.kw {
                vm.setitem(&d, k, v.clone())?;
            }
            Ok(d)
        }
        TypeKind::Range => construct_range(a),
        TypeKind::Slice => {
            a.check("slice", 1, 3, &[])?;
            let p = a.pos;
            let (s, e, st) = match p.len() {
                1 => (Value::None, p[0].clone(), Value::None),
                2 => (p[0].clone(), p[1].clone(), Value::None),
                _ => (p[0].clone(), p[1].clone(), p[2].clone()),
            };
            Ok(crate::runtime::vm::new_slice(s, e, st))
        }
        TypeKind::Type => {
            if a.pos.len() == 1 && a.kw.is_empty() {
                return Ok(Value::Obj(types::type_of(&a.pos[0]).clone()));
            }
            if a.pos.len() == 3 {
                let mut pos = vec![Value::Obj(t.clone())];
                pos.extend_from_slice(a.pos);
                return crate::objects::class::type_dunder_new(
                    vm,
                    Args {
                        pos: &pos,
                        kw: a.kw,
                    },
                );
            }
            Err(type_error("type() takes 1 or 3 arguments"))
        }
        TypeKind::Bytes => Ok(bytesmethods::new_bytes(bytesmethods::initial_bytes(
            vm,
            a,
            bytesmethods::Kind::Bytes,
        )?)),
        TypeKind::ByteArray => Ok(bytesmethods::new_bytearray(bytesmethods::initial_bytes(
            vm,
            a,
            bytesmethods::Kind::ByteArray,
        )?)),
        TypeKind::MemoryView => crate::objects::memoryview::construct(vm, a),
        TypeKind::Method => {
            a.check("method", 2, 2, &[])?;
            let (func, obj) = (&a.pos[0], &a.pos[1]);
            if !crate::builtins::is_callable(func) {
                return Err(type_error("first argument must be callable"));
            }
            if matches!(obj, Value::None) {
                return Err(type_error("instance must not be None"));
            }
            Ok(Value::obj(Object::BoundMethod(obj.clone(), func.clone())))
        }
        TypeKind::Module => {
            a.check("module", 1, 2, &["name", "doc"])?;
            let name = a.pos.first().or(a.kw("name")).unwrap_or(&Value::None);
            let Some(n) = name.as_str() else {
                return Err(type_error(format!(
                    "module.__init__() argument 'name' must be str, not {}",
                    type_name(name)
                )));
            };
            let doc = a.pos.get(1).or(a.kw("doc")).cloned().unwrap_or(Value::None);
            let mut d = DictMap::new();
            d.track(crate::objects::dict::Namespace::Module);
            let entries = [
                ("__name__", Value::str(n)),
                ("__doc__", doc),
                ("__package__", Value::None),
                ("__loader__", Value::None),
                ("__spec__", Value::None),
            ];
            for (k, v) in entries {
                put(&mut d, k, v);
            }
            Ok(Value::obj(Object::Module(crate::objects::object::Module {
                name: n.into(),
                dict: ObjRef::new(Object::Dict(ReadMostly::new(d))),
            })))
        }
        _ => {
            // the singletons' types give the singletons
            let tys = types::types();
            let single = [
                (&tys.ellipsis_type, "EllipsisType", types::ellipsis()),
                (
                    &tys.not_implemented_type,
                    "NotImplementedType",
                    types::not_implemented(),
                ),
            ];
            for (ty, name, v) in single {
                if ObjRef::ptr_eq(t, ty) {
                    if !a.pos.is_empty() || !a.kw.is_empty() {
                        return Err(type_error(format!("{name} takes no arguments")));
                    }
                    return Ok(v);
                }
            }
            Err(type_error(format!(
                "cannot create '{}' instances",
                t.as_type().name()
            )))
        }
    }
}

fn construct_int(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("int", 0, 2, &["base"])?;
    let base = a.pos.get(1).or(a.kw("base"));
    let Some(v) = a.pos.first() else {
        return Ok(Value::Int(0));
    };
    if base.is_none() && crate::objects::class::has_user_type(v) {
        if let Some(r) = number_dunder(vm, v, "__int__", Value::is_int)? {
            return Ok(r);
        }
        if let Some(r) = vm.user_index(v)? {
            return Ok(r);
        }
    }
    // a value of a class derived from a built-in type converts as that value
    let v = crate::objects::class::payload(v).unwrap_or(v);
    if let Some(b) = base {
        let b = int_arg(b, "int")?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        if let Some(bytes) = bytesmethods::bytes_like(v) {
            return parse_int_bytes(&bytes, b);
        }
        let Some(s) = v.as_str() else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return parse_int_value(s, b);
    }
    match v {
        Value::Int(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => {
            if f.get().is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.get().is_infinite() {
                return Err(overflow("cannot convert float infinity to integer"));
            }
            Ok(Value::from_bigint(ops::float_to_bigint(f.get())))
        }
        _ => match v.as_obj() {
            Some(Object::BigInt(_)) => Ok(v.clone()),
            Some(Object::Str(s)) => parse_int_value(&s.s, 10),
            Some(Object::Bytes(_) | Object::ByteArray(_)) => {
                parse_int_bytes(&bytesmethods::bytes_like(v).unwrap_or_default(), 10)
            }
            _ => {
                let _ = vm;
                Err(type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    type_name(v)
                )))
            }
        },
    }
}

/// `int(s, base)` of a str, with CPython's errors: the 4300-digit limit, or "invalid literal"
/// with the string's repr cut to 200 characters (CPython's `%.200R`).
fn parse_int_value(s: &str, base: i64) -> PResult<Value> {
    parse_int_text(Some(s), base, || crate::objects::repr::str_repr(s))
}

/// `int(b, base)` of bytes: their text when ASCII (no other byte is part of an int).
fn parse_int_bytes(b: &[u8], base: i64) -> PResult<Value> {
    let text = std::str::from_utf8(b).ok().filter(|t| t.is_ascii());
    parse_int_text(text, base, || crate::objects::repr::bytes_repr(b))
}

/// Parses `text` (None: no valid text) as an int; `repr` names the argument in the error.
fn parse_int_text(text: Option<&str>, base: i64, repr: impl FnOnce() -> String) -> PResult<Value> {
    let parsed = match text {
        Some(s) => format::parse_int_checked(s, base as u32),
        None => Err(format::IntParseError::Invalid),
    };
    match parsed {
        Ok(n) => Ok(Value::from_bigint(n)),
        Err(format::IntParseError::TooManyDigits(msg)) => Err(value_error(msg)),
        Err(format::IntParseError::Invalid) => {
            let r = repr();
            let r = match r.char_indices().nth(200) {
                Some((cut, _)) => &r[..cut],
                None => &r,
            };
            Err(value_error(format!(
                "invalid literal for int() with base {base}: {r}"
            )))
        }
    }
}

/// `v.__int__()` or `v.__float__()` when `v`'s class defines it; its result must pass `ok`.
pub fn number_dunder(
    vm: &mut Vm,
    v: &Value,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PResult<Option<Value>> {
    match vm.call_dunder(v, name, &[])? {
        Some(r) if ok(&r) => Ok(Some(r)),
        Some(r) => Err(type_error(format!(
            "{name} returned non-{} (type {})",
            &name[2..name.len() - 2],
            type_name(&r)
        ))),
        None => Ok(None),
    }
}

pub fn construct_float(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("float", 0, 1, &[])?;
    let Some(v) = a.pos.first() else {
        return Ok(Value::float(0.0));
    };
    if crate::objects::class::has_user_type(v) {
        let is_float = |r: &Value| matches!(r, Value::Float(_));
        if let Some(r) = number_dunder(vm, v, "__float__", is_float)? {
            return Ok(r);
        }
        if let Some(r) = vm.user_index(v)? {
            return construct_float(vm, Args::new(&[r]));
        }
    }
    let v = crate::objects::class::payload(v).unwrap_or(v);
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(i) => Ok(Value::float(*i as f64)),
        Value::Bool(b) => Ok(Value::float(b.get() as i64 as f64)),
        _ => match v.as_obj() {
            Some(Object::BigInt(b)) => Ok(Value::float(ops::int_to_f64(b)?)),
            Some(Object::Str(s)) => match format::parse_float(&s.s) {
                Some(f) => Ok(Value::float(f)),
                None => Err(value_error(format!(
                    "could not convert string to float: {}",
                    crate::objects::repr::str_repr(&s.s)
                ))),
            },
            Some(Object::Bytes(_) | Object::ByteArray(_)) => {
                let b = bytesmethods::bytes_like(v).unwrap_or_default();
                let text = std::str::from_utf8(&b).ok().filter(|t| t.is_ascii());
                match text.and_then(format::parse_float) {
                    Some(f) => Ok(Value::float(f)),
                    None => Err(value_error(format!(
                        "could not convert string to float: {}",
                        crate::objects::repr::bytes_repr(&b)
                    ))),
                }
            }
            _ => Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(v)
            ))),
        },
    }
}

fn construct_range(a: Args) -> PResult<Value> {
    if !a.kw.is_empty() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let ints: Vec<i64> = a
        .pos
        .iter()
        .map(|v| match index_of(v) {
            Some(r) => r.map_err(|_| overflow("Python int too large to convert to C ssize_t")),
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))),
        })
        .collect::<PResult<_>>()?;
    let (start, stop, step) = match ints.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        3 => (ints[0], ints[1], ints[2]),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::obj(Object::Range(RangeObj { start, stop, step })))
}

/// `d[k]` on a dict value, for natives.
pub fn dict_get(vm: &mut Vm, d: &Value, k: &Value) -> PResult<Option<Value>> {
    let h = vm.hash(k)?;
    Ok(match d.as_obj() {
        Some(Object::Dict(m)) => m.read(|m| m.get(k, h).cloned()),
        _ => None,
    })
}
