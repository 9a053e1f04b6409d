//! Inline caches for the attribute instructions (`LoadAttr`, `LoadMethod`, `StoreAttr`) on
//! instances of user classes, and for `LoadMethod` on objects of built-in types (`s.split()`,
//! `d.get(k)`: keyed by the type, whose methods no object can shadow).
//!
//! The compiler numbers every attribute instruction: each is a *site*, with a slot number
//! unique in the whole process (`Code::site_base` plus the instruction's operand). Each
//! thread's `Vm` keeps a table indexed by that number, in pages allocated when a site is first
//! used. An entry remembers, for one class, what the full attribute protocol decided the last
//! time: which class attribute stands behind the instance's own attributes (or that a method
//! is found on the class, or that a store goes to the instance), and what the last instance
//! looked like (`shape.rs`): where its shape keeps the name, that its shape lacks the name (no
//! instance attribute shadows the method), or at which position a store puts the value and
//! which shape the instance has afterwards. Shapes never change, so that holds for every
//! instance with the same shape. The decision stays valid while no class namespace changed
//! (`dict::namespace_version`), so a hit skips the `__getattribute__`/`__setattr__` checks,
//! the MRO walk and the name lookup: it compares the class and the shape and reads or writes
//! one value. Anything unusual — a property, a descriptor, a custom `__getattribute__` or
//! `__setattr__` — is never cached and takes the full path every time.
//! The table is per thread, so it needs no lock.

use crate::objects::class::{bind, descriptor_free};
use crate::objects::dict::{namespace_version, Namespace};
use crate::objects::object::{Object, Stored};
use crate::objects::shape::Shape;
use crate::objects::types;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::sync::Ref;
use crate::runtime::vm::{PResult, Vm};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Sites per page of a thread's table.
const PAGE: usize = 64;
/// Entries per site: a site that sees several classes (a method of a base class called on
/// subclasses, a tree of node classes) keeps one decision per class, the latest first.
const WAYS: usize = 4;

static NEXT_SITE: AtomicUsize = AtomicUsize::new(0);

/// Reserves `n` consecutive site numbers for one code object; returns the first.
pub fn reserve_sites(n: usize) -> usize {
    NEXT_SITE.fetch_add(n, Ordering::Relaxed)
}

/// What an attribute instruction at one site does for instances of one class.
#[derive(Default)]
enum Plan {
    #[default]
    Empty,
    /// Load: the instance dict, else this class attribute (bound as the class would bind it).
    Load(Option<Value>),
    /// LoadMethod: unless the instance dict has the name, this plain method of the class.
    Method(Value),
    /// Store: straight into the instance dict.
    Store,
}

/// One cached decision. The class is held (not just its address), so it cannot be freed and
/// its address reused while the entry could still match.
#[derive(Default)]
struct Entry {
    class: Option<ObjRef>,
    version: u64,
    /// What the last instance seen here looked like (shapes never change, so this stays
    /// true of every instance with that shape): for a load, where its shape keeps the name;
    /// for a method, a shape without the name (nothing shadows the method); for a store,
    /// where the value goes and the shape that results.
    seen: Option<Stored>,
    plan: Plan,
}

#[derive(Default)]
pub struct AttrCache(Vec<Option<Box<[Entry; PAGE * WAYS]>>>);

impl AttrCache {
    /// The entry of `site` when it holds a decision for `class` that is still valid: checked
    /// inline by `LoadMethod` (a site that sees several classes, such as `node.ev()` over a
    /// tree of node classes, hits as well as one that sees one).
    #[inline(always)]
    fn plan(&self, site: usize, class: &ObjRef) -> Option<(&Plan, Option<&Stored>)> {
        let page = self.0.get(site / PAGE)?.as_ref()?;
        let at = site % PAGE * WAYS;
        let version = namespace_version(Namespace::Class);
        page[at..at + WAYS]
            .iter()
            .find(|e| e.class.as_ref().is_some_and(|c| Ref::ptr_eq(c, class)))
            .filter(|e| e.version == version)
            .map(|e| (&e.plan, e.seen.as_ref()))
    }

    /// The site's first way when it holds a decision for `class` that is still valid: the
    /// way a site that sees one class always hits (`LoadAttr` and `StoreAttr` check only this
    /// one inline: checking all four there made `execute` compile slower, loops +28%).
    #[inline(always)]
    fn first(&self, site: usize, class: &ObjRef) -> Option<&Entry> {
        let page = self.0.get(site / PAGE)?.as_ref()?;
        let e = &page[site % PAGE * WAYS];
        let mine = e.class.as_ref().is_some_and(|c| Ref::ptr_eq(c, class));
        (mine && e.version == namespace_version(Namespace::Class)).then_some(e)
    }

    /// Puts a decision first among the site's ways, dropping the oldest (or this class's old one).
    fn fill(&mut self, site: usize, class: &ObjRef, version: u64, plan: Plan) {
        let p = site / PAGE;
        if self.0.len() <= p {
            self.0.resize_with(p + 1, || None);
        }
        let page =
            self.0[p].get_or_insert_with(|| Box::new(std::array::from_fn(|_| Entry::default())));
        let ways = &mut page[site % PAGE * WAYS..][..WAYS];
        let last = ways
            .iter()
            .position(|e| e.class.as_ref().is_some_and(|c| Ref::ptr_eq(c, class)))
            .unwrap_or(WAYS - 1);
        ways[..=last].rotate_right(1);
        ways[0] = Entry {
            class: Some(class.clone()),
            version,
            seen: None,
            plan,
        };
    }

    /// Records what the instance an entry for `class` at `site` just handled looked like.
    fn remember(&mut self, site: usize, class: &ObjRef, seen: Stored) {
        let Some(Some(page)) = self.0.get_mut(site / PAGE) else {
            return;
        };
        let ways = &mut page[site % PAGE * WAYS..][..WAYS];
        let mine = |e: &&mut Entry| e.class.as_ref().is_some_and(|c| Ref::ptr_eq(c, class));
        if let Some(e) = ways.iter_mut().find(mine) {
            e.seen = Some(seen);
        }
    }
}

/// The type of `o` when its methods come from that built-in type alone: no instance dict,
/// and not a module, type, exception or `super` (whose attributes are looked up otherwise).
#[inline]
fn builtin_receiver(o: &Value) -> Option<&ObjRef> {
    match o {
        Value::Obj(r) => match &**r {
            Object::Instance(_)
            | Object::Derived(..)
            | Object::Module(_)
            | Object::Type(_)
            | Object::Exception(_)
            | Object::Super(..) => None,
            obj => Some(types::type_of_obj(obj)),
        },
        v => Some(types::type_of(v)),
    }
}

/// The instance behind `o` when it is a plain instance of a user class.
#[inline]
fn instance(o: &Value) -> Option<&crate::objects::object::Instance> {
    match o {
        Value::Obj(r) => match &**r {
            Object::Instance(i) => Some(i),
            _ => None,
        },
        _ => None,
    }
}

/// The hash of an attribute name (names are interned strs with a cached hash).
#[inline]
fn name_hash(name: &Value) -> i64 {
    name.as_strobj().map_or(0, |s| s.hash())
}

/// What an instance at `shape` looks like to a site: `at` is where the shape keeps the name,
/// or [`ABSENT`].
fn seen(shape: Ref<Shape>, at: u32) -> Stored {
    Stored {
        from: shape.clone(),
        at,
        to: shape,
    }
}

/// `Stored::at` of a shape without the name.
const ABSENT: u32 = u32::MAX;

impl Vm {
    /// `o.name` at attribute site `site`: inline, the hit of a site that sees one class and
    /// one shape; the rest out of line.
    #[inline(always)]
    pub fn load_attr_at(&mut self, site: usize, o: &Value, name: &Value) -> PResult<Value> {
        if let Some(i) = instance(o) {
            if let Some(e) = self.attr_cache.first(site, &i.class) {
                if let (Plan::Load(_), Some(st)) = (&e.plan, &e.seen) {
                    if let Some(v) = i.value_at(&st.from, st.at as usize) {
                        return Ok(v);
                    }
                }
            }
        }
        self.load_attr_slow(site, o, name)
    }

    #[inline(never)]
    fn load_attr_slow(&mut self, site: usize, o: &Value, name: &Value) -> PResult<Value> {
        if let Some(i) = instance(o) {
            if let Some((Plan::Load(class_attr), st)) = self.attr_cache.plan(site, &i.class) {
                if let Some(st) = st {
                    if st.at != ABSENT {
                        if let Some(v) = i.value_at(&st.from, st.at as usize) {
                            return Ok(v);
                        }
                    } else if let Some(a) = class_attr.as_ref().filter(|_| i.has_shape(&st.from)) {
                        // a class attribute that no instance of this shape shadows
                        return Ok(bind(a.clone(), o, &i.class));
                    }
                }
                let class_attr = class_attr.clone();
                let hash = name_hash(name);
                if let Some((v, kept)) = i.locate(name, hash) {
                    if let Some((shape, at)) = kept {
                        self.attr_cache.remember(site, &i.class, seen(shape, at));
                    }
                    return Ok(v);
                }
                if let Some(a) = class_attr {
                    if let Some(shape) = i.shape_without(name, hash) {
                        self.attr_cache
                            .remember(site, &i.class, seen(shape, ABSENT));
                    }
                    return Ok(bind(a, o, &i.class));
                }
            } else {
                let version = namespace_version(Namespace::Class);
                let v = self.get_attr(o, name)?;
                if let Some(plan) = load_plan(&i.class, name) {
                    self.attr_cache.fill(site, &i.class, version, plan);
                }
                return Ok(v);
            }
        }
        self.get_attr(o, name)
    }

    /// The method half of `LoadMethod` at `site`: the unbound method when `o.name` is a plain
    /// method found on the class, else None (the caller then loads the attribute). Inline, a
    /// site whose instances have a shape it has seen; the rest out of line.
    #[inline(always)]
    pub fn load_method_at(
        &mut self,
        site: usize,
        o: &Value,
        name: &Value,
    ) -> PResult<Option<Value>> {
        if let Some(i) = instance(o) {
            if let Some((Plan::Method(m), Some(st))) = self.attr_cache.plan(site, &i.class) {
                if i.has_shape(&st.from) {
                    return Ok(Some(m.clone()));
                }
            }
        }
        self.load_method_slow(site, o, name)
    }

    #[inline(never)]
    fn load_method_slow(&mut self, site: usize, o: &Value, name: &Value) -> PResult<Option<Value>> {
        if let Some(i) = instance(o) {
            if let Some((Plan::Method(m), _)) = self.attr_cache.plan(site, &i.class) {
                let m = m.clone();
                let hash = name_hash(name);
                if let Some(shape) = i.shape_without(name, hash) {
                    self.attr_cache
                        .remember(site, &i.class, seen(shape, ABSENT));
                    return Ok(Some(m));
                }
                if !i.contains(name, hash) {
                    return Ok(Some(m));
                }
            } else {
                let version = namespace_version(Namespace::Class);
                let found = self.load_method(o, name)?;
                if let Some(m) = &found {
                    self.attr_cache
                        .fill(site, &i.class, version, Plan::Method(m.clone()));
                }
                return Ok(found);
            }
        } else if let Some(t) = builtin_receiver(o) {
            // a built-in type's namespace cannot be shadowed by the object: the method alone
            if let Some((Plan::Method(m), _)) = self.attr_cache.plan(site, t) {
                return Ok(Some(m.clone()));
            }
            let version = namespace_version(Namespace::Class);
            let found = self.load_method(o, name)?;
            if let Some(m) = &found {
                self.attr_cache
                    .fill(site, t, version, Plan::Method(m.clone()));
            }
            return Ok(found);
        }
        self.load_method(o, name)
    }

    /// `o.name = v` at attribute site `site`: inline, a site that sees one class and repeats
    /// the store it did last for that shape; the rest out of line.
    #[inline(always)]
    pub fn store_attr_at(
        &mut self,
        site: usize,
        o: &Value,
        name: &Value,
        mut v: Value,
    ) -> PResult<()> {
        if let Some(i) = instance(o) {
            if let Some(e) = self.attr_cache.first(site, &i.class) {
                if let (Plan::Store, Some(st)) = (&e.plan, &e.seen) {
                    match i.store_as(st, v) {
                        // (the old value is dropped with no lock held)
                        Ok(_old) => return Ok(()),
                        Err(back) => v = back,
                    }
                }
            }
        }
        self.store_attr_slow(site, o, name, v)
    }

    #[inline(never)]
    fn store_attr_slow(&mut self, site: usize, o: &Value, name: &Value, v: Value) -> PResult<()> {
        if let Some(i) = instance(o) {
            if let Some((Plan::Store, st)) = self.attr_cache.plan(site, &i.class) {
                let v = match st {
                    Some(st) => match i.store_as(st, v) {
                        Ok(_old) => return Ok(()),
                        Err(v) => v,
                    },
                    None => v,
                };
                let (_old, st) = i.set(name, name_hash(name), v);
                if let Some(st) = st {
                    note_size(&i.class, st.to.len());
                    self.attr_cache.remember(site, &i.class, st);
                }
                return Ok(());
            }
            let version = namespace_version(Namespace::Class);
            let class = i.class.clone();
            self.set_attr(o, name, v)?;
            if store_plain(&class, name) {
                self.attr_cache.fill(site, &class, version, Plan::Store);
            }
            return Ok(());
        }
        self.set_attr(o, name, v)
    }
}

/// Raises the class's `attr_hint` to `len` attributes (instances made later start that big).
#[inline]
pub(crate) fn note_size(class: &ObjRef, len: usize) {
    if let Object::Type(t) = &**class {
        let len = len.min(64) as u32;
        if t.attr_hint.load(std::sync::atomic::Ordering::Relaxed) < len {
            t.attr_hint.store(len, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

/// The plan for loading `name` from instances of `class`, when nothing but the instance dict
/// and a plain class attribute can answer.
fn load_plan(class: &ObjRef, name: &Value) -> Option<Plan> {
    let n = name.as_str()?;
    if types::lookup_user(class, "__getattribute__").is_some() {
        return None;
    }
    match types::lookup(class, n) {
        Some(a) if !descriptor_free(&a) => None,
        found => Some(Plan::Load(found)),
    }
}

/// Whether `o.name = v` on instances of `class` only writes the instance dict.
fn store_plain(class: &ObjRef, name: &Value) -> bool {
    let Some(n) = name.as_str() else {
        return false;
    };
    types::lookup_user(class, "__setattr__").is_none()
        && types::lookup(class, n).is_none_or(|a| descriptor_free(&a))
}
