//! Containers as the VM sees them: subscripts and slices, iteration, membership, length,
//! unpacking, and building sets and dicts.

use crate::objects::bytesmethods::{
    byte_item, bytearray_delete, bytearray_store, bytes_contains, bytes_like, Kind,
};
use crate::objects::dict::DictMap;
use crate::objects::object::{GenKind, IterState, Object, RangeObj};
use crate::objects::ops::index_of;
use crate::objects::set::SetTable;
use crate::objects::types::{type_name, ExcKind};
use crate::objects::value::Value;
use crate::runtime::exc::{index_error, key_error, type_error, value_error, Exc};
use crate::runtime::sync::{Lock, ReadMostly};
use crate::runtime::vm::{PResult, Vm};

/// A resolved slice: start, stop, step, and the number of items it selects.
pub struct SliceIx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

/// The keys (kind 0), values (1) or items (2) of a dict, in order.
fn dict_view_items(m: &DictMap, kind: u8) -> Vec<Value> {
    m.iter()
        .map(|e| match kind {
            0 => e.key.clone(),
            1 => e.value.clone(),
            _ => Value::pair(e.key.clone(), e.value.clone()),
        })
        .collect()
}

/// An int used as a slice bound or as a start/end argument (`str.find`, `list.index`); one
/// beyond i64 is clamped to half of i64's range, as CPython clamps it to its index range (so
/// adding a length cannot overflow). None when `v` is not an int.
pub fn clamped_index(v: &Value) -> Option<i64> {
    match index_of(v)? {
        Ok(i) => Some(i),
        Err(_) => Some(match v.as_obj() {
            Some(Object::BigInt(b)) if b.sign() == num_bigint::Sign::Minus => i64::MIN / 2,
            Some(Object::Derived(_, p)) if !crate::objects::class::is_native_payload(p) => {
                return clamped_index(p)
            }
            _ => i64::MAX / 2,
        }),
    }
}

fn slice_part(v: &Value) -> PResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        _ => match clamped_index(v) {
            Some(i) => Ok(Some(i)),
            None => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
    }
}

/// Resolves `start:stop:step` against a sequence of length `len`, as CPython's slice.indices.
pub fn resolve_slice(start: &Value, stop: &Value, step: &Value, len: usize) -> PResult<SliceIx> {
    let len = len as i64;
    let step = slice_part(step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = clamp(slice_part(start)?, if step < 0 { upper } else { lower });
    let stop = clamp(slice_part(stop)?, if step < 0 { lower } else { upper });
    let n = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok(SliceIx {
        start,
        stop,
        step,
        len: n as usize,
    })
}

pub const SLICE_METHODS: &[(&str, crate::objects::object::NativeFnPtr)] =
    &[("indices", slice_indices_method)];

/// `slice.indices(length)`: the resolved `(start, stop, step)`.
fn slice_indices_method(_vm: &mut Vm, a: crate::runtime::vm::Args) -> PResult<Value> {
    let (s, rest) = crate::objects::methods::this(&a, "indices", 1, 1)?;
    let Some(Object::Slice(sl)) = s.as_obj() else {
        return Err(type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let [start, stop, step] = &**sl;
    let len = match index_of(&rest[0]) {
        Some(r) => r?,
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&rest[0])
            )))
        }
    };
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let r = resolve_slice(start, stop, step, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(r.start),
        Value::Int(r.stop),
        Value::Int(r.step),
    ]))
}

pub(crate) fn slice_indices(s: &SliceIx) -> impl Iterator<Item = usize> + '_ {
    (0..s.len).map(move |k| (s.start + k as i64 * s.step) as usize)
}

/// Normalises a possibly negative index; None when out of range.
pub(crate) fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        None
    } else {
        Some(j as usize)
    }
}

pub(crate) fn seq_index(v: &Value, what: &str) -> PResult<i64> {
    match index_of(v) {
        Some(r) => r.map_err(|_| {
            Exc::new(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )
        }),
        None => Err(type_error(format!(
            "{what} indices must be integers or slices, not {}",
            type_name(v)
        ))),
    }
}

/// `o[k]` when `o` is a built-in list and `k` an int in range, the hot case of `getitem`.
/// None for everything else (including an index out of range, which `getitem` reports).
#[inline(always)]
pub(crate) fn list_item(o: &Value, k: &Value) -> Option<Value> {
    match (o.as_obj(), k) {
        (Some(Object::List(l)), Value::Int(i)) => {
            l.read(|items| norm_index(*i, items.len()).map(|j| items[j].clone()))
        }
        _ => None,
    }
}

/// `o[k] = v` when `o` is a built-in list and `k` an int in range, the hot case of `setitem`;
/// gives `v` back for everything else (including an index out of range, which `setitem`
/// reports). The old item is dropped after the list is unlocked.
#[inline(always)]
pub(crate) fn list_store(o: &Value, k: &Value, v: Value) -> Result<(), Value> {
    if let (Some(Object::List(l)), Value::Int(i)) = (o.as_obj(), k) {
        let mut items = l.lock();
        if let Some(j) = norm_index(*i, items.len()) {
            let old = std::mem::replace(&mut items[j], v);
            drop(items);
            drop(old);
            return Ok(());
        }
    }
    Err(v)
}

impl Vm {
    /// `C[k]` for a class `C` whose metaclass has no `__getitem__`: its `__class_getitem__`,
    /// a generic alias for the built-in containers and `type`, else TypeError.
    fn class_subscript(&mut self, o: &Value, k: &Value) -> PResult<Value> {
        if let Some(f) = self.class_getattr(o, "__class_getitem__")? {
            return self.call1(&f, k.clone());
        }
        let t = crate::objects::types::types();
        let generic = [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_];
        if generic
            .iter()
            .any(|g| crate::objects::value::ObjRef::ptr_eq(g, o.as_obj_ref()))
        {
            let alias = crate::objects::class::typing_alias_fn(self, "alias")?;
            return self.call(&alias, &[o.clone(), k.clone()], &[]);
        }
        let name =
            crate::objects::class::as_type(o).map_or(String::new(), |t| t.name.lock().clone());
        Err(type_error(format!("type '{name}' is not subscriptable")))
    }

    pub fn getitem(&mut self, o: &Value, k: &Value) -> PResult<Value> {
        // the hot case first: a built-in list indexed by an int (no user type is involved)
        if let Some(v) = list_item(o, k) {
            return Ok(v);
        }
        if let Some(k) = self.index_slice(o, k)? {
            return self.getitem(o, &k);
        }
        let Some(obj) = o.as_obj() else {
            return Err(not_subscriptable(o));
        };
        // the next hot case: a built-in dict and a key of a built-in type (no copy of the key)
        if let Object::Dict(d) = obj {
            if !crate::objects::class::has_user_type(k) {
                let h = self.hash(k)?;
                if let Some(v) = d.read(|d| d.get(k, h).cloned()) {
                    return Ok(v);
                }
                return match self.equal_user_key(o, k, h)? {
                    Some(k) => Ok(d.read(|d| d.get(&k, h).cloned()).unwrap_or(Value::None)),
                    None => Err(key_error(k.clone())),
                };
            }
        }
        if crate::objects::class::has_user_type(o) {
            return match self.call_dunder(o, "__getitem__", std::slice::from_ref(k))? {
                Some(v) => Ok(v),
                None => match crate::objects::class::payload(o) {
                    Some(p) => self.derived_getitem(o, p, k),
                    // a class whose metaclass has no `__getitem__`: `__class_getitem__`
                    None if matches!(obj, Object::Type(_)) => self.class_subscript(o, k),
                    None => Err(not_subscriptable(o)),
                },
            };
        }
        if let Object::Type(_) = obj {
            return self.class_subscript(o, k);
        }
        if !matches!(obj, Object::Dict(_)) {
            if let Some(i) = self.user_index(k)? {
                return self.getitem(o, &i);
            }
        }
        match obj {
            Object::List(l) => {
                if let Some(Object::Slice(sl)) = k.as_obj() {
                    let [a, b, c] = &**sl;
                    let items = l.lock();
                    let s = resolve_slice(a, b, c, items.len())?;
                    return Ok(Value::list(
                        slice_indices(&s).map(|i| items[i].clone()).collect(),
                    ));
                }
                let i = seq_index(k, "list")?;
                l.read(|items| norm_index(i, items.len()).map(|j| items[j].clone()))
                    .ok_or_else(|| index_error("list index out of range"))
            }
            Object::Tuple(t) => {
                if let Some(Object::Slice(sl)) = k.as_obj() {
                    let [a, b, c] = &**sl;
                    let s = resolve_slice(a, b, c, t.len())?;
                    return Ok(Value::tuple(
                        slice_indices(&s).map(|i| t[i].clone()).collect(),
                    ));
                }
                let i = seq_index(k, "tuple")?;
                match norm_index(i, t.len()) {
                    Some(j) => Ok(t[j].clone()),
                    None => Err(index_error("tuple index out of range")),
                }
            }
            Object::Str(s) => {
                if let Some(Object::Slice(sl)) = k.as_obj() {
                    let [a, b, c] = &**sl;
                    if s.ascii {
                        let sl = resolve_slice(a, b, c, s.s.len())?;
                        if sl.step == 1 && sl.len == 1 {
                            return Ok(crate::objects::intern::char_str(
                                s.s.as_bytes()[sl.start as usize] as char,
                            ));
                        }
                        if sl.step == 1 {
                            return Ok(Value::str(
                                &s.s[sl.start as usize..sl.start as usize + sl.len],
                            ));
                        }
                        let bytes = s.s.as_bytes();
                        return Ok(Value::str(
                            slice_indices(&sl)
                                .map(|i| bytes[i] as char)
                                .collect::<String>(),
                        ));
                    }
                    let chars: Vec<char> = s.s.chars().collect();
                    let sl = resolve_slice(a, b, c, chars.len())?;
                    return Ok(Value::str(
                        slice_indices(&sl).map(|i| chars[i]).collect::<String>(),
                    ));
                }
                let i = seq_index(k, "string")?;
                let n = s.char_len();
                match norm_index(i, n) {
                    Some(j) => {
                        let ch = if s.ascii {
                            s.s.as_bytes()[j] as char
                        } else {
                            s.s.chars().nth(j).unwrap_or(' ')
                        };
                        Ok(crate::objects::intern::char_str(ch))
                    }
                    None => Err(index_error("string index out of range")),
                }
            }
            Object::Dict(d) => {
                let (k, h) = self.keyed(o, k)?;
                let v = d.read(|d| d.get(&k, h).cloned());
                v.ok_or_else(|| key_error(k))
            }
            Object::Range(r) => {
                if let Some(Object::Slice(sl)) = k.as_obj() {
                    let [a, b, c] = &**sl;
                    let s = resolve_slice(a, b, c, r.len() as usize)?;
                    // as CPython: the items at the resolved start and stop, so an empty
                    // slice keeps its bounds (range(10)[-1:1] is range(9, 1))
                    let at = |i: i64| r.start as i128 + i as i128 * r.step as i128;
                    let (start, step) = (r.get(s.start), r.step * s.step);
                    let stop = i64::try_from(at(s.stop)).unwrap_or_else(|_| {
                        // beyond i64: stop where the slice's last item ends instead
                        start + step * s.len as i64
                    });
                    return Ok(Value::obj(Object::Range(RangeObj { start, stop, step })));
                }
                let i = seq_index(k, "range")?;
                match norm_index(i, r.len() as usize) {
                    Some(j) => Ok(Value::Int(r.get(j as i64))),
                    None => Err(index_error("range object index out of range")),
                }
            }
            Object::Bytes(b) => byte_item(b, k, Kind::Bytes),
            Object::ByteArray(b) => b.read(|b| byte_item(b, k, Kind::ByteArray)),
            Object::MemoryView(m) => crate::objects::memoryview::getitem(self, m, k),
            _ => Err(not_subscriptable(o)),
        }
    }

    /// `o[k]` on an instance of a class derived from a built-in type, whose value is `p`:
    /// a dict subclass's `__missing__` answers for absent keys.
    fn derived_getitem(&mut self, o: &Value, p: &Value, k: &Value) -> PResult<Value> {
        match self.getitem(p, k) {
            Err(e)
                if e.is_kind(ExcKind::KeyError) && matches!(p.as_obj(), Some(Object::Dict(_))) =>
            {
                match self.call_dunder(o, "__missing__", std::slice::from_ref(k))? {
                    Some(v) => Ok(v),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    pub fn setitem(&mut self, o: &Value, k: &Value, v: Value) -> PResult<()> {
        let v = match list_store(o, k, v) {
            Ok(()) => return Ok(()),
            Err(v) => v,
        };
        if let Some(k) = self.index_slice(o, k)? {
            return self.setitem(o, &k, v);
        }
        if crate::objects::class::has_user_type(o) {
            let args = [k.clone(), v];
            if self.call_dunder(o, "__setitem__", &args)?.is_some() {
                return Ok(());
            }
            let [_, v] = args;
            if let Some(p) = crate::objects::class::payload(o) {
                return self.setitem(p, k, v);
            }
            return Err(type_error(format!(
                "'{}' object does not support item assignment",
                type_name(o)
            )));
        }
        match o.as_obj() {
            Some(Object::List(l)) => {
                if let Some(Object::Slice(sl)) = k.as_obj() {
                    let [a, b, c] = &**sl;
                    let new = self.collect(&v)?;
                    let mut items = l.lock();
                    let s = resolve_slice(a, b, c, items.len())?;
                    if s.step == 1 {
                        let start = s.start as usize;
                        let end = start + s.len;
                        items.splice(start..end, new);
                        return Ok(());
                    }
                    if new.len() != s.len {
                        return Err(value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            s.len
                        )));
                    }
                    let idx: Vec<usize> = slice_indices(&s).collect();
                    for (i, x) in idx.into_iter().zip(new) {
                        items[i] = x;
                    }
                    return Ok(());
                }
                let i = seq_index(k, "list")?;
                let mut items = l.lock();
                match norm_index(i, items.len()) {
                    Some(j) => {
                        items[j] = v;
                        Ok(())
                    }
                    None => Err(index_error("list assignment index out of range")),
                }
            }
            Some(Object::Dict(d)) => {
                let (k, h) = self.dict_key(o, k)?;
                d.lock().insert(k, h, v);
                Ok(())
            }
            Some(Object::ByteArray(b)) => bytearray_store(self, b, k, &v),
            Some(Object::MemoryView(m)) => crate::objects::memoryview::setitem(self, m, k, &v),
            _ => Err(type_error(format!(
                "'{}' object does not support item assignment",
                type_name(o)
            ))),
        }
    }

    /// A slice key for a built-in container whose bounds are objects with `__index__`: the
    /// same slice with their ints (None for any other key or container).
    fn index_slice(&mut self, o: &Value, k: &Value) -> PResult<Option<Value>> {
        use crate::objects::class::has_user_type;
        let Some(Object::Slice(sl)) = k.as_obj() else {
            return Ok(None);
        };
        if has_user_type(o) || !sl.iter().any(has_user_type) {
            return Ok(None);
        }
        let mut parts = [Value::None, Value::None, Value::None];
        for (part, p) in parts.iter_mut().zip(sl.iter()) {
            *part = match has_user_type(p) {
                true => self
                    .call_dunder(p, "__index__", &[])?
                    .unwrap_or_else(|| p.clone()),
                false => p.clone(),
            };
        }
        // (a bound without `__index__` is left to the usual error)
        if parts.iter().any(has_user_type) {
            return Ok(None);
        }
        let [start, stop, step] = parts;
        Ok(Some(crate::runtime::vm::new_slice(start, stop, step)))
    }

    pub fn delitem(&mut self, o: &Value, k: &Value) -> PResult<()> {
        if let Some(k) = self.index_slice(o, k)? {
            return self.delitem(o, &k);
        }
        if crate::objects::class::has_user_type(o) {
            if self
                .call_dunder(o, "__delitem__", std::slice::from_ref(k))?
                .is_some()
            {
                return Ok(());
            }
            if let Some(p) = crate::objects::class::payload(o) {
                return self.delitem(p, k);
            }
            return Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                type_name(o)
            )));
        }
        match o.as_obj() {
            Some(Object::List(l)) => {
                if let Some(Object::Slice(sl)) = k.as_obj() {
                    let [a, b, c] = &**sl;
                    let mut items = l.lock();
                    let s = resolve_slice(a, b, c, items.len())?;
                    let mut idx: Vec<usize> = slice_indices(&s).collect();
                    idx.sort_unstable();
                    for i in idx.into_iter().rev() {
                        items.remove(i);
                    }
                    return Ok(());
                }
                let i = seq_index(k, "list")?;
                let mut items = l.lock();
                match norm_index(i, items.len()) {
                    Some(j) => {
                        items.remove(j);
                        Ok(())
                    }
                    None => Err(index_error("list assignment index out of range")),
                }
            }
            Some(Object::Dict(d)) => {
                let (k, h) = self.keyed(o, k)?;
                let k = &k;
                let removed = d.lock().remove(k, h);
                match removed {
                    Some(_) => Ok(()),
                    None => Err(key_error(k.clone())),
                }
            }
            Some(Object::ByteArray(b)) => bytearray_delete(b, k),
            Some(Object::MemoryView(m)) => crate::objects::memoryview::delitem(m),
            _ => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                type_name(o)
            ))),
        }
    }

    // ------------------------------------------------------------ iteration

    pub fn get_iter(&mut self, o: &Value) -> PResult<Value> {
        if let Some(Object::NativeObj(n)) = o.as_obj() {
            // native iterators (files) define __next__ and iterate themselves
            if crate::objects::types::lookup(&n.class, "__next__").is_some() {
                return Ok(o.clone());
            }
        }
        if crate::objects::class::has_user_type(o) {
            if let Some(it) = self.call_dunder(o, "__iter__", &[])? {
                if !is_iterator(&it) {
                    return Err(type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        type_name(&it)
                    )));
                }
                return Ok(it);
            }
            if let Some(p) = crate::objects::class::payload(o) {
                return self.get_iter(p);
            }
            if crate::objects::class::user_method(o, "__getitem__").is_some() {
                return Ok(Value::obj(Object::iter(IterState::GetItem(o.clone(), 0))));
            }
        }
        let st = match o.as_obj() {
            Some(Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_)) => {
                IterState::Seq(o.clone(), 0)
            }
            Some(Object::Str(_)) => IterState::Str(o.clone(), 0),
            Some(Object::MemoryView(m)) => {
                m.len()?;
                IterState::Seq(o.clone(), 0)
            }
            Some(Object::Range(r)) => {
                let it = crate::objects::object::RangeIter::new(r.start, r.step, r.count());
                return Ok(Value::obj(Object::RangeIter(it)));
            }
            Some(Object::Dict(_)) => IterState::Dict(o.clone(), 0, 0, self.len_of(o)? as u32),
            Some(Object::Set(_)) | Some(Object::FrozenSet(_)) => IterState::Set(o.clone(), 0),
            Some(Object::Generator(g)) if g.kind != GenKind::Generator => {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    type_name(o)
                )))
            }
            Some(Object::Iter(..) | Object::RangeIter(_) | Object::Generator(_)) => {
                return Ok(o.clone())
            }
            Some(Object::DictView(d, k)) => crate::objects::methods::view_iter(self, d, *k)?,
            _ => {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    type_name(o)
                )))
            }
        };
        Ok(Value::obj(Object::iter(st)))
    }

    /// `next` for everything but a built-in iterator: native objects, generators and user
    /// iterators.
    fn next_other(&mut self, it: &Value) -> PResult<Option<Value>> {
        if let Some(Object::NativeObj(n)) = it.as_obj() {
            if let Some(f) = crate::objects::types::lookup(&n.class, "__next__") {
                return match self.call1(&f, it.clone()) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is_kind(ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
        if let Some(Object::Generator(_)) = it.as_obj() {
            return Ok(match self.gen_resume(it, Value::None, None)? {
                crate::runtime::generator::Step::Yield(v) => Some(v),
                crate::runtime::generator::Step::Return(_) => None,
            });
        }
        if let Some(Object::Instance(_) | Object::Derived(..)) = it.as_obj() {
            return match self.call_dunder(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(type_error(format!(
                    "'{}' object is not an iterator",
                    type_name(it)
                ))),
                Err(e) if e.is_kind(ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            };
        }
        Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )))
    }

    /// The next item of an iterator, or None when it is exhausted.
    pub fn next(&mut self, it: &Value) -> PResult<Option<Value>> {
        // built-in iterators (ranges, lists, ...) first: the hot case of every `for` loop
        let state = match it.as_obj() {
            Some(Object::RangeIter(r)) => return Ok(r.next().map(Value::Int)),
            Some(Object::Iter(_, state)) => state,
            _ => return self.next_other(it),
        };
        let mut st = state.lock();
        match &mut *st {
            IterState::Seq(seq, i) => {
                let item = match seq.as_obj() {
                    Some(Object::List(l)) => l.read(|l| l.get(*i).cloned()),
                    Some(Object::Tuple(t)) => t.get(*i).cloned(),
                    Some(Object::Bytes(b)) => b.get(*i).map(|x| Value::Int(*x as i64)),
                    Some(Object::ByteArray(b)) => {
                        b.read(|b| b.get(*i).map(|x| Value::Int(*x as i64)))
                    }
                    Some(Object::MemoryView(m)) => m.item(*i)?,
                    _ => None,
                };
                *i += 1;
                if item.is_none() {
                    *st = IterState::Exhausted;
                }
                Ok(item)
            }
            IterState::Str(s, pos) => {
                let text = s.as_str().unwrap_or("");
                match text[*pos..].chars().next() {
                    Some(c) => {
                        *pos += c.len_utf8();
                        Ok(Some(crate::objects::intern::char_str(c)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Dict(d, pos, what, len0) => {
                let Some(Object::Dict(map)) = d.as_obj() else {
                    return Ok(None);
                };
                let map = map.lock();
                // a dict holds fewer than 2^32 entries (`DictMap`), so positions and lengths
                // fit `u32`; `u32::MAX` marks a dict that changed size
                if map.len() != *len0 as usize {
                    *len0 = u32::MAX;
                    return Err(Exc::new(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                match map.entry_from(*pos as usize) {
                    Some((next, e)) => {
                        *pos = next as u32;
                        Ok(Some(match what {
                            0 => e.key.clone(),
                            1 => e.value.clone(),
                            _ => Value::pair(e.key.clone(), e.value.clone()),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set(s, pos) => {
                let item = match s.as_obj() {
                    Some(Object::Set(t)) => t.lock().entry_from(*pos).map(|(n, v)| (n, v.clone())),
                    Some(Object::FrozenSet(t)) => t.entry_from(*pos).map(|(n, v)| (n, v.clone())),
                    _ => None,
                };
                match item {
                    Some((n, v)) => {
                        *pos = n;
                        Ok(Some(v))
                    }
                    None => Ok(None),
                }
            }
            IterState::Reversed(seq, i) => {
                if *i == 0 {
                    return Ok(None);
                }
                *i -= 1;
                let ix = *i;
                let seq = seq.clone();
                drop(st);
                match self.getitem(&seq, &Value::Int(ix as i64)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is_kind(ExcKind::IndexError) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Enumerate(pair) => {
                let [inner, count] = (**pair).clone();
                drop(st);
                match self.next(&inner)? {
                    Some(v) => {
                        let next = crate::objects::ops::binary_op(
                            self,
                            crate::objects::ops::ADD,
                            &count,
                            &Value::Int(1),
                        )?;
                        if let IterState::Enumerate(pair) = &mut *state.lock() {
                            pair[1] = next;
                        }
                        Ok(Some(Value::pair(count, v)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip(iters) => {
                let iters = iters.clone();
                drop(st);
                let mut out = Vec::with_capacity(iters.len());
                for i in &iters {
                    match self.next(i)? {
                        Some(v) => out.push(v),
                        None => return Ok(None),
                    }
                }
                if out.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::ZipStrict(iters) => {
                let iters = iters.clone();
                drop(st);
                let mut out = Vec::with_capacity(iters.len());
                for (n, i) in iters.iter().enumerate() {
                    match self.next(i)? {
                        Some(v) => out.push(v),
                        None if n > 0 => {
                            let plural = if n == 1 { " " } else { "s 1-" };
                            return Err(value_error(format!(
                                "zip() argument {} is shorter than argument{plural}{n}",
                                n + 1
                            )));
                        }
                        None => {
                            // the first ran out: so must all the others
                            for (n, i) in iters.iter().enumerate().skip(1) {
                                if self.next(i)?.is_some() {
                                    let plural = if n == 1 { " " } else { "s 1-" };
                                    return Err(value_error(format!(
                                        "zip() argument {} is longer than argument{plural}{n}",
                                        n + 1
                                    )));
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                if out.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map(m) => {
                let (f, iters) = (m.0.clone(), m.1.clone());
                drop(st);
                let mut args = Vec::with_capacity(iters.len());
                for i in &iters {
                    match self.next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                // a StopIteration from the function ends the iteration, as in CPython
                match self.call(&f, &args, &[]) {
                    Err(e) if e.is_kind(ExcKind::StopIteration) => Ok(None),
                    r => r.map(Some),
                }
            }
            IterState::Filter(pair) => {
                let [f, inner] = (**pair).clone();
                drop(st);
                loop {
                    let Some(v) = self.next(&inner)? else {
                        return Ok(None);
                    };
                    let keep = match &f {
                        Value::None => self.truthy(&v)?,
                        _ => match self.call1(&f, v.clone()) {
                            Err(e) if e.is_kind(ExcKind::StopIteration) => return Ok(None),
                            r => self.truthy(&r?)?,
                        },
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Callable(pair) => {
                let [f, sentinel] = (**pair).clone();
                drop(st);
                let v = self.call0(&f)?;
                if self.eq(&v, &sentinel)? {
                    *state.lock() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::GetItem(seq, i) => {
                let (seq, ix) = (seq.clone(), *i);
                *i += 1;
                drop(st);
                match self.getitem(&seq, &Value::Int(ix as i64)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if e.is_kind(ExcKind::IndexError) || e.is_kind(ExcKind::StopIteration) =>
                    {
                        *state.lock() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Exhausted => Ok(None),
        }
    }

    /// Every item of an iterable, in order.
    pub fn collect(&mut self, o: &Value) -> PResult<Vec<Value>> {
        match o.as_obj() {
            Some(Object::List(l)) => return Ok(l.lock().clone()),
            Some(Object::Tuple(t)) => return Ok(t.to_vec()),
            // dicts and sets are copied under their lock, in one step, as CPython's
            // `list(d)` and `list(d.items())` are (no "changed size during iteration" from
            // another thread's writes)
            Some(Object::Dict(d)) => return Ok(d.read(|m| dict_view_items(m, 0))),
            Some(Object::DictView(d, kind)) => {
                if let Some(Object::Dict(m)) = d.as_obj() {
                    return Ok(m.read(|m| dict_view_items(m, *kind)));
                }
            }
            Some(Object::Set(s)) => return Ok(s.lock().iter().map(|(_, v)| v.clone()).collect()),
            Some(Object::Bytes(_) | Object::ByteArray(_)) => {
                let b = bytes_like(o).unwrap_or_default();
                return Ok(b.iter().map(|&c| Value::Int(c as i64)).collect());
            }
            Some(Object::MemoryView(m)) => return m.items(),
            Some(Object::FrozenSet(s)) => return Ok(s.iter().map(|(_, v)| v.clone()).collect()),
            Some(Object::Range(r)) => {
                let n = r.len();
                if n as u128 > 1 << 32 {
                    return Err(crate::runtime::exc::memory_error());
                }
                // (up to 64 GiB: a MemoryError when the allocator cannot give it, not an abort)
                let mut items = crate::objects::ops::try_vec(n as usize)?;
                items.extend((0..n).map(|i| Value::Int(r.get(i))));
                return Ok(items);
            }
            _ => {}
        }
        let it = self.get_iter(o)?;
        let mut out = vec![];
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PResult<bool> {
        if crate::objects::class::has_user_type(container) {
            if let Some(r) =
                self.call_dunder(container, "__contains__", std::slice::from_ref(item))?
            {
                return self.truthy(&r);
            }
            if let Some(p) = crate::objects::class::payload(container) {
                return self.contains(p, item);
            }
            return self.contains_by_iter(container, item);
        }
        match container.as_obj() {
            Some(Object::Str(s)) => match item.as_str() {
                Some(sub) => Ok(s.s.contains(sub)),
                None => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(item)
                ))),
            },
            Some(Object::Dict(d)) => {
                let (item, h) = self.keyed(container, item)?;
                Ok(d.read(|d| d.contains(&item, h))
                    || self.equal_user_key(container, &item, h)?.is_some())
            }
            Some(Object::Set(s)) => {
                let (item, h) = self.keyed(container, item)?;
                Ok(s.lock().contains(&item, h))
            }
            Some(Object::FrozenSet(s)) => {
                let (item, h) = self.keyed(container, item)?;
                Ok(s.contains(&item, h))
            }
            Some(Object::Range(r)) => {
                if let Value::Int(i) = item {
                    let i = *i;
                    let inside = if r.step > 0 {
                        i >= r.start && i < r.stop
                    } else {
                        i <= r.start && i > r.stop
                    };
                    return Ok(inside && (i - r.start) % r.step == 0);
                }
                self.contains_by_iter(container, item)
            }
            Some(Object::List(_) | Object::Tuple(_)) => {
                let items = self.items_of(container);
                for x in &items {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Object::Bytes(_) | Object::ByteArray(_)) => bytes_contains(self, container, item),
            Some(Object::MemoryView(m)) => crate::objects::memoryview::contains(self, m, item),
            Some(Object::DictView(d, 0)) => self.contains(d, item),
            Some(Object::Generator(g)) if g.kind != GenKind::Generator => Err(type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(container)
            ))),
            Some(
                Object::Iter(..)
                | Object::RangeIter(_)
                | Object::DictView(..)
                | Object::Generator(_),
            ) => self.contains_by_iter(container, item),
            _ => Err(type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(container)
            ))),
        }
    }

    fn contains_by_iter(&mut self, container: &Value, item: &Value) -> PResult<bool> {
        let it = self.get_iter(container).map_err(|e| {
            if e.is_kind(ExcKind::TypeError) {
                type_error(format!(
                    "argument of type '{}' is not iterable",
                    type_name(container)
                ))
            } else {
                e
            }
        })?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn len_of(&mut self, o: &Value) -> PResult<usize> {
        if crate::objects::class::has_user_type(o) {
            if let Some(r) = self.call_dunder(o, "__len__", &[])? {
                return match crate::objects::ops::index_of(&r) {
                    Some(Ok(n)) if n >= 0 => Ok(n as usize),
                    Some(_) if clamped_index(&r).is_some_and(|n| n < 0) => {
                        Err(value_error("__len__() should return >= 0"))
                    }
                    Some(_) => Err(Exc::new(
                        ExcKind::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    )),
                    None => Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(&r)
                    ))),
                };
            }
            if let Some(p) = crate::objects::class::payload(o) {
                return self.len_of(p);
            }
        }
        Ok(match o.as_obj() {
            Some(Object::Str(s)) => s.char_len(),
            Some(Object::List(l)) => l.read(|l| l.len()),
            Some(Object::Tuple(t)) => t.len(),
            Some(Object::Dict(d)) => d.read(|d| d.len()),
            Some(Object::Set(s)) => s.lock().len(),
            Some(Object::FrozenSet(s)) => s.len(),
            Some(Object::Range(r)) => r.len() as usize,
            Some(Object::Bytes(b)) => b.len(),
            Some(Object::ByteArray(b)) => b.read(|b| b.len()),
            Some(Object::MemoryView(m)) => m.len()?,
            Some(Object::DictView(d, _)) => return self.len_of(d),
            _ => {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(o)
                )))
            }
        })
    }

    pub fn unpack(&mut self, seq: &Value, n: usize) -> PResult<Vec<Value>> {
        let items = match seq.as_obj() {
            Some(Object::Tuple(t)) if t.len() == n => return Ok(t.to_vec()),
            Some(Object::List(_) | Object::Tuple(_)) => self.items_of(seq),
            _ => {
                if seq.as_obj().is_none() || self.get_iter(seq).is_err() {
                    return Err(type_error(format!(
                        "cannot unpack non-iterable {} object",
                        type_name(seq)
                    )));
                }
                // Stop one past n so infinite iterators are not drained.
                let it = self.get_iter(seq)?;
                let mut out = vec![];
                while let Some(v) = self.next(&it)? {
                    out.push(v);
                    if out.len() > n {
                        break;
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            let msg = format!("too many values to unpack (expected {n})");
            return Err(value_error(msg));
        }
        Ok(items)
    }

    pub fn unpack_ex(&mut self, seq: &Value, before: usize, after: usize) -> PResult<Vec<Value>> {
        if seq.as_obj().is_none() {
            return Err(type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(seq)
            )));
        }
        let items = self.collect(seq)?;
        if items.len() < before + after {
            return Err(value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend(items[..before].iter().cloned());
        out.push(Value::list(items[before..items.len() - after].to_vec()));
        out.extend(items[items.len() - after..].iter().cloned());
        Ok(out)
    }

    // ------------------------------------------------------------ sets and dicts

    /// The hash of `k` and the key to use for it in dict or set `c`: for instances of user
    /// classes, an existing equal key (found with `__eq__`), since tables compare by identity.
    pub fn keyed(&mut self, c: &Value, k: &Value) -> PResult<(Value, i64)> {
        let h = self.hash(k)?;
        if !crate::objects::class::has_user_type(k) {
            return Ok((k.clone(), h));
        }
        let same: Vec<Value> = match c.as_obj() {
            Some(Object::Dict(d)) => d.lock().keys_with_hash(h),
            Some(Object::Set(s)) => s.lock().keys_with_hash(h),
            Some(Object::FrozenSet(s)) => s.keys_with_hash(h),
            _ => vec![],
        };
        for cand in same {
            if cand.is(k) || self.eq(&cand, k)? {
                return Ok((cand, h));
            }
        }
        Ok((k.clone(), h))
    }

    /// After built-in key `k` (hash `h`) missed in dict `d`: a stored key of a user class
    /// equal to it (`{Point(1): v}[1]` when `Point(1) == 1`), found with `__eq__`.
    pub fn equal_user_key(&mut self, d: &Value, k: &Value, h: i64) -> PResult<Option<Value>> {
        let Some(Object::Dict(m)) = d.as_obj() else {
            return Ok(None);
        };
        let same = m.read(|m| m.has_user_keys().then(|| m.keys_with_hash(h)));
        for cand in same.unwrap_or_default() {
            if crate::objects::class::has_user_type(&cand) && self.eq(&cand, k)? {
                return Ok(Some(cand));
            }
        }
        Ok(None)
    }

    /// [`Vm::keyed`] for dict `d`, with [`Vm::equal_user_key`] when the key is missing.
    pub fn dict_key(&mut self, d: &Value, k: &Value) -> PResult<(Value, i64)> {
        let (k, h) = self.keyed(d, k)?;
        let Some(Object::Dict(m)) = d.as_obj() else {
            return Ok((k, h));
        };
        if m.read(|m| m.has_user_keys() && !m.contains(&k, h)) {
            return Ok((self.equal_user_key(d, &k, h)?.unwrap_or(k), h));
        }
        Ok((k, h))
    }

    pub fn make_set(&mut self, items: Vec<Value>) -> PResult<Value> {
        let s = Value::obj(Object::Set(Lock::new(SetTable::new())));
        for v in items {
            self.set_add(&s, v)?;
        }
        Ok(s)
    }

    pub fn make_dict(&mut self, flat: Vec<Value>) -> PResult<Value> {
        let d = Value::obj(Object::Dict(ReadMostly::new(DictMap::with_capacity(
            flat.len() / 2,
        ))));
        let mut it = flat.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.setitem(&d, &k, v)?;
        }
        Ok(d)
    }

    pub fn set_add(&mut self, set: &Value, v: Value) -> PResult<()> {
        let (v, h) = self.keyed(set, &v)?;
        if let Some(Object::Set(s)) = set.as_obj() {
            s.lock().insert(v, h);
        }
        Ok(())
    }

    /// `{**m}` and `f(**m)`: merges mapping `m` (a dict, or any object with `keys()` and
    /// `__getitem__`) into dict `target`.
    pub fn dict_update(&mut self, target: &Value, m: &Value) -> PResult<()> {
        if let Some(Object::Dict(src)) = m.as_obj() {
            let entries: Vec<(Value, i64, Value)> = src
                .lock()
                .iter()
                .map(|e| (e.key.clone(), e.hash, e.value.clone()))
                .collect();
            if let Some(Object::Dict(dst)) = target.as_obj() {
                let mut d = dst.lock();
                for (k, h, v) in entries {
                    d.insert(k, h, v);
                }
            }
            return Ok(());
        }
        let keys_name = crate::objects::intern::intern("keys");
        if !self.has_attr(m, &keys_name)? {
            return Err(type_error(format!(
                "'{}' object is not a mapping",
                type_name(m)
            )));
        }
        let keys = self.get_attr(m, &keys_name)?;
        let keys = self.call0(&keys)?;
        for k in self.collect(&keys)? {
            let v = self.getitem(m, &k)?;
            self.setitem(target, &k, v)?;
        }
        Ok(())
    }

    /// `dict(x)` and `d.update(x)`: from a mapping, or from an iterable of key/value pairs.
    pub fn dict_fill(&mut self, target: &Value, m: &Value) -> PResult<()> {
        if matches!(m.as_obj(), Some(Object::Dict(_)))
            || self.has_attr(m, &crate::objects::intern::intern("keys"))?
        {
            return self.dict_update(target, m);
        }
        let items = self.collect(m)?;
        for (i, pair) in items.iter().enumerate() {
            let kv = match self.collect(pair) {
                Ok(kv) => kv,
                Err(e) if e.is_kind(crate::objects::types::ExcKind::TypeError) => {
                    return Err(type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )))
                }
                Err(e) => return Err(e),
            };
            if kv.len() != 2 {
                return Err(value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    kv.len()
                )));
            }
            self.setitem(target, &kv[0], kv[1].clone())?;
        }
        Ok(())
    }

    /// Adds `v` to a set table being built, finding equal user-class keys with `__eq__`.
    pub fn table_add(&mut self, t: &mut SetTable, v: Value) -> PResult<()> {
        let h = self.hash(&v)?;
        if crate::objects::class::has_user_type(&v) {
            for cand in t.keys_with_hash(h) {
                if cand.is(&v) || self.eq(&cand, &v)? {
                    return Ok(());
                }
            }
        }
        t.insert(v, h);
        Ok(())
    }

    /// Adds every item of `other` to the set `s`, as CPython's `set_update_internal` does: a
    /// set is merged in one step, a dict's keys are added after one resize for all of them,
    /// and the items of anything else one at a time.
    pub fn set_update(&mut self, s: &Value, other: &Value) -> PResult<()> {
        let Some(Object::Set(dst)) = s.as_obj() else {
            return Ok(());
        };
        if other.is(s) {
            return Ok(());
        }
        if let Some(src) = self.set_table(other) {
            dst.lock().merge(&src);
            return Ok(());
        }
        if let Some(Object::Dict(d)) = other.as_obj() {
            let n = d.read(|m| m.len());
            dst.lock().reserve(n);
        }
        self.each(other, |vm, x| vm.set_add(s, x).map(|_| true))
    }

    /// [`Vm::set_update`] on a table being built.
    pub fn table_update(&mut self, t: &mut SetTable, other: &Value) -> PResult<()> {
        if let Some(src) = self.set_table(other) {
            t.merge(&src);
            return Ok(());
        }
        if let Some(Object::Dict(d)) = other.as_obj() {
            t.reserve(d.read(|m| m.len()));
        }
        self.each(other, |vm, x| vm.table_add(t, x).map(|_| true))
    }

    /// Calls `f` with each item of the iterable `v` while it returns true. A list or tuple is
    /// read whole first; anything else is iterated lazily, so stopping early leaves the rest
    /// of an iterator unread, as CPython leaves it.
    pub fn each(
        &mut self,
        v: &Value,
        mut f: impl FnMut(&mut Vm, Value) -> PResult<bool>,
    ) -> PResult<()> {
        if matches!(v.as_obj(), Some(Object::List(_) | Object::Tuple(_))) {
            for x in self.collect(v)? {
                if !f(self, x)? {
                    break;
                }
            }
            return Ok(());
        }
        let it = self.get_iter(v)?;
        while let Some(x) = self.next(&it)? {
            if !f(self, x)? {
                break;
            }
        }
        Ok(())
    }

    /// A copy of a set's or frozenset's table (also of the one a derived class extends).
    pub fn set_table(&self, v: &Value) -> Option<SetTable> {
        let v = crate::objects::class::payload(v).unwrap_or(v);
        match v.as_obj() {
            Some(Object::Set(s)) => Some(s.lock().clone()),
            Some(Object::FrozenSet(s)) => Some(s.clone()),
            _ => None,
        }
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets; the result has `a`'s type.
    pub fn set_binop(&mut self, op: u32, a: &Value, b: &Value) -> PResult<Value> {
        let ta = self.set_table(a).unwrap_or_default();
        let r = if a.is(b) && matches!(op, crate::objects::ops::OR | crate::objects::ops::AND) {
            // `s | s` and `s & s` are copies
            ta.copy()
        } else {
            set_algebra(op, &ta, &self.set_table(b).unwrap_or_default())
        };
        Ok(match a.as_obj() {
            Some(Object::FrozenSet(_)) => Value::obj(Object::FrozenSet(r)),
            _ => Value::obj(Object::Set(Lock::new(r))),
        })
    }

    /// Subset order: Less = proper subset, Equal, Greater = proper superset, None otherwise.
    pub fn set_cmp(&mut self, a: &Value, b: &Value) -> PResult<Option<std::cmp::Ordering>> {
        let ta = self.set_table(a).unwrap_or_default();
        let tb = self.set_table(b).unwrap_or_default();
        let a_in_b = ta.iter().all(|(h, k)| tb.contains(k, h));
        let b_in_a = tb.iter().all(|(h, k)| ta.contains(k, h));
        use std::cmp::Ordering::*;
        Ok(match (a_in_b, b_in_a) {
            (true, true) => Some(Equal),
            (true, false) => Some(Less),
            (false, true) => Some(Greater),
            _ => None,
        })
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on tables, element order as CPython produces it.
pub fn set_algebra(op: u32, a: &SetTable, b: &SetTable) -> SetTable {
    use crate::objects::ops::{AND, OR, SUB};
    match op {
        OR => {
            let mut r = a.copy();
            r.merge(b);
            r
        }
        AND => a.intersection(b),
        SUB => a.difference(b),
        _ => {
            // CPython starts `a ^ b` from a copy of b, which decides the iteration order
            let mut r = b.copy();
            r.symmetric_difference_update(a);
            r
        }
    }
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b` on tables, in place as CPython does them; `same`
/// when `b` is the set `a` itself.
pub fn set_inplace(op: u32, a: &mut SetTable, b: &SetTable, same: bool) {
    use crate::objects::ops::{AND, OR, SUB};
    match op {
        OR if !same => a.merge(b),
        OR => {}
        AND if same => *a = a.copy(),
        AND => *a = a.intersection(b),
        _ if same => *a = SetTable::new(),
        SUB => a.difference_update(b),
        _ => a.symmetric_difference_update(b),
    }
}

/// Whether `iter(v)` can work: a built-in iterable, or a class with `__iter__` or
/// `__getitem__` (native objects decide for themselves when iterated).
pub fn is_iterable(v: &Value) -> bool {
    match v.as_obj() {
        Some(
            Object::List(_)
            | Object::Tuple(_)
            | Object::Str(_)
            | Object::Bytes(_)
            | Object::ByteArray(_)
            | Object::MemoryView(_)
            | Object::Dict(_)
            | Object::Set(_)
            | Object::FrozenSet(_)
            | Object::Range(_)
            | Object::Iter(..)
            | Object::RangeIter(_)
            | Object::DictView(..)
            | Object::Derived(..)
            | Object::NativeObj(_),
        ) => true,
        Some(Object::Generator(g)) => g.kind == GenKind::Generator,
        Some(_) if crate::objects::class::has_user_type(v) => {
            crate::objects::class::user_method(v, "__iter__").is_some()
                || crate::objects::class::user_method(v, "__getitem__").is_some()
        }
        _ => false,
    }
}

/// Whether `v` can be passed to `next()`.
pub fn is_iterator(v: &Value) -> bool {
    if let Some(Object::NativeObj(n)) = v.as_obj() {
        return crate::objects::types::lookup(&n.class, "__next__").is_some();
    }
    match v.as_obj() {
        Some(Object::Iter(..) | Object::RangeIter(_)) => true,
        Some(Object::Generator(g)) => g.kind == GenKind::Generator,
        Some(Object::Instance(_) | Object::Derived(..)) => {
            crate::objects::class::user_method(v, "__next__").is_some()
        }
        _ => false,
    }
}

fn not_subscriptable(o: &Value) -> Exc {
    type_error(format!("'{}' object is not subscriptable", type_name(o)))
}
