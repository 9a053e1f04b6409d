//! What each kind of object refers to, for the cycle collector (`gc.rs`): which objects are
//! tracked, the references a tracked object holds (`traverse`), and how to empty one that
//! is garbage (`clear`).
//!
//! The rule `traverse` keeps: report every reference the object holds a count for, once per
//! count, or fewer — never one it does not own (that would free a live object). A reference
//! it leaves out only keeps a cycle alive.

use crate::objects::dict::DictMap;
use crate::objects::object::{IterState, Object};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::sync::{Ref, Traced};

impl Traced for Object {
    /// Containers that may refer to other tracked objects. A tuple or slice is tracked only
    /// when one of its items is: its items never change, so one made of strs and numbers can
    /// never be part of a cycle.
    #[inline(always)]
    fn gc_tracked(&self) -> bool {
        match self {
            Object::Str(_)
            | Object::BigInt(_)
            | Object::Complex(_)
            | Object::Bytes(_)
            | Object::ByteArray(_)
            | Object::Range(_)
            | Object::Native(_)
            | Object::Code(_)
            | Object::RangeIter(_)
            | Object::NativeObj(_)
            | Object::Singleton(_) => false,
            Object::Tuple(items) => any_tracked(items),
            Object::Slice(items) => any_tracked(&items[..]),
            Object::MemoryView(m) => any_tracked(std::slice::from_ref(&m.obj)),
            _ => true,
        }
    }

    #[inline]
    fn wants_finalizer(&self) -> bool {
        crate::runtime::finalize::wants_finalizer(self)
    }

    fn finalize_later(this: ObjRef) {
        crate::runtime::finalize::queue(this);
    }
}

fn any_tracked(items: &[Value]) -> bool {
    items
        .iter()
        .any(|v| matches!(v, Value::Obj(o) if Ref::gc_head(o).is_some()))
}

#[inline]
pub(crate) fn value(v: &Value, visit: &mut impl FnMut(&ObjRef)) {
    if let Value::Obj(o) = v {
        visit(o);
    }
}

fn values<'a>(vs: impl IntoIterator<Item = &'a Value>, visit: &mut impl FnMut(&ObjRef)) {
    for v in vs {
        value(v, visit);
    }
}

pub(crate) fn dict(d: &DictMap, visit: &mut impl FnMut(&ObjRef)) {
    for e in d.iter() {
        value(&e.key, visit);
        value(&e.value, visit);
    }
}

/// Reports the references `o` holds to `visit`; false when its contents are locked or
/// borrowed at the moment (and some were not reported).
pub fn traverse(o: &Object, visit: &mut impl FnMut(&ObjRef)) -> bool {
    match o {
        Object::Tuple(items) => values(items.iter(), visit),
        Object::Slice(items) => values(items.iter(), visit),
        Object::MemoryView(m) => value(&m.obj, visit),
        Object::List(l) => return l.gc_visit(|items| values(items, visit)),
        Object::Dict(d) => return d.gc_visit(|m| dict(m, visit)),
        Object::Set(s) => match s.try_lock() {
            Some(t) => values(t.iter().map(|(_, k)| k), visit),
            None => return false,
        },
        Object::FrozenSet(t) => values(t.iter().map(|(_, k)| k), visit),
        Object::Function(f) => {
            visit(&f.globals);
            values(f.defaults.iter(), visit);
            if let Some(k) = &f.kwdefaults {
                visit(k);
            }
            for c in f.closure.iter() {
                visit(c);
            }
            return f.attrs.gc_visit(|m| dict(m, visit));
        }
        Object::BoundMethod(a, b) => {
            value(a, visit);
            value(b, visit);
        }
        Object::Type(t) => {
            if let Some(b) = &t.base {
                visit(b);
            }
            for b in t.bases.iter().chain(t.mro.iter()) {
                visit(b);
            }
            return t.dict.gc_visit(|m| dict(m, visit));
        }
        Object::Exception(e) => {
            visit(&e.class);
            let Some(st) = e.state.try_lock() else {
                return false;
            };
            value(&st.args, visit);
            if let Some(c) = &st.cause {
                value(c, visit);
            }
            if let Some(c) = &st.context {
                value(c, visit);
            }
            dict(&st.attrs, visit);
        }
        Object::Module(m) => visit(&m.dict),
        Object::Cell(c) => match c.try_lock() {
            Some(v) => {
                if let Some(v) = &*v {
                    value(v, visit);
                }
            }
            None => return false,
        },
        Object::Iter(_, st) => match st.try_lock() {
            Some(st) => iter_state(&st, visit),
            None => return false,
        },
        Object::Generator(g) => {
            let Some(inner) = g.inner.try_lock() else {
                return false;
            };
            if let Some(f) = &inner.frame {
                f.gc_visit(visit);
            }
            if let Some(d) = &inner.delegate {
                value(d, visit);
            }
            if let Some(e) = &inner.handled {
                visit(&e.0);
            }
        }
        Object::Instance(i) => return i.gc_visit(visit),
        Object::Derived(i, v) => {
            value(v, visit);
            return i.gc_visit(visit);
        }
        Object::Property(p) => values([&p.fget, &p.fset, &p.fdel, &p.doc], visit),
        Object::StaticMethod(v) | Object::ClassMethod(v) => value(v, visit),
        Object::Super(t, v) => {
            visit(t);
            value(v, visit);
        }
        Object::DictView(v, _) => value(v, visit),
        Object::Str(_)
        | Object::BigInt(_)
        | Object::Complex(_)
        | Object::Bytes(_)
        | Object::ByteArray(_)
        | Object::Range(_)
        | Object::Native(_)
        | Object::Code(_)
        | Object::RangeIter(_)
        | Object::NativeObj(_)
        | Object::Singleton(_) => {}
    }
    true
}

fn iter_state(st: &IterState, visit: &mut impl FnMut(&ObjRef)) {
    match st {
        IterState::Seq(v, _)
        | IterState::Str(v, _)
        | IterState::Dict(v, ..)
        | IterState::Set(v, _)
        | IterState::Reversed(v, _)
        | IterState::GetItem(v, _) => value(v, visit),
        IterState::Enumerate(b) | IterState::Filter(b) | IterState::Callable(b) => {
            values(b.iter(), visit)
        }
        IterState::Zip(vs) | IterState::ZipStrict(vs) => values(vs, visit),
        IterState::Map(b) => {
            value(&b.0, visit);
            values(&b.1, visit);
        }
        IterState::Exhausted => {}
    }
}

/// Empties a garbage object's mutable parts, breaking the cycles it is in; what it held is
/// dropped after its lock is let go. Immutable objects (tuples, bound methods, …) keep their
/// references: a cycle always passes through a mutable object, which is cleared.
pub fn clear(o: &ObjRef) {
    match &**o {
        Object::List(l) => {
            if let Some(mut g) = l.try_lock() {
                let old = std::mem::take(&mut *g);
                drop(g);
                drop(old);
            }
        }
        Object::Dict(d) => clear_dict(d),
        Object::Set(s) => {
            if let Some(mut g) = s.try_lock() {
                let old = std::mem::take(&mut *g);
                drop(g);
                drop(old);
            }
        }
        Object::Function(f) => clear_dict(&f.attrs),
        Object::Type(t) => clear_dict(&t.dict),
        Object::Exception(e) => {
            if let Some(mut st) = e.state.try_lock() {
                let old = (
                    std::mem::replace(&mut st.args, Value::None),
                    st.cause.take(),
                    st.context.take(),
                    std::mem::take(&mut st.attrs),
                );
                drop(st);
                drop(old);
            }
        }
        Object::Cell(c) => {
            if let Some(mut g) = c.try_lock() {
                let old = g.take();
                drop(g);
                drop(old);
            }
        }
        Object::Iter(_, st) => {
            if let Some(mut g) = st.try_lock() {
                let old = std::mem::replace(&mut *g, IterState::Exhausted);
                drop(g);
                drop(old);
            }
        }
        Object::Generator(gen) => {
            if let Some(mut g) = gen.inner.try_lock() {
                let old = (g.frame.take(), g.delegate.take(), g.handled.take());
                g.state = crate::objects::object::GenState::Finished;
                drop(g);
                drop(old);
            }
        }
        Object::Instance(i) => i.gc_clear(),
        Object::Derived(i, _) => i.gc_clear(),
        _ => {}
    }
}

fn clear_dict(d: &crate::runtime::sync::ReadMostly<DictMap>) {
    if let Some(mut g) = d.try_lock() {
        let old = g.take_all();
        drop(g);
        drop(old);
    }
}
