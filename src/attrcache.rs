//! Inline caches for the attribute instructions (`LoadAttr`, `LoadMethod`, `StoreAttr`) on
//! instances of user classes, and for `LoadMethod` on objects of built-in types (`s.split()`,
//! `d.get(k)`: keyed by the type, whose methods no object can shadow).
//!
//! The compiler numbers every attribute instruction: each is a *site*, with a slot number
//! unique in the whole process (`Code::site_base` plus the instruction's operand). Each
//! thread's `Vm` keeps a table indexed by that number, in pages allocated when a site is first
//! used. An entry remembers, for one class, what the full attribute protocol decided the last
//! time: which class attribute stands behind the instance dict (or that a method is found on
//! the class, or that a store goes straight to the dict), and at which entry of the instance
//! dict the name was found (instances of one class usually lay out their dicts alike). It
//! stays valid while no class namespace changed (`dict::namespace_version`), so a hit skips
//! the `__getattribute__`/`__setattr__` checks and the MRO walk and only looks in the
//! instance's own dict. Anything unusual — a property, a descriptor, a custom
//! `__getattribute__` or `__setattr__` — is never cached and takes the full path every time.
//! The table is per thread, so it needs no lock.

use crate::class::{bind, descriptor_free};
use crate::dict::{namespace_version, Namespace};
use crate::object::Object;
use crate::sync::Ref;
use crate::types;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};
use std::cell::Cell;
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
    /// Where the instance dict held the name last time (checked by identity before use).
    hint: Cell<u32>,
    plan: Plan,
}

#[derive(Default)]
pub struct AttrCache(Vec<Option<Box<[Entry; PAGE * WAYS]>>>);

impl AttrCache {
    /// The entry of `site` when it holds a decision for `class` that is still valid: checked
    /// inline by `LoadMethod` (a site that sees several classes, such as `node.ev()` over a
    /// tree of node classes, hits as well as one that sees one).
    #[inline(always)]
    fn plan(&self, site: usize, class: &ObjRef) -> Option<(&Plan, &Cell<u32>)> {
        let page = self.0.get(site / PAGE)?.as_ref()?;
        let at = site % PAGE * WAYS;
        let version = namespace_version(Namespace::Class);
        page[at..at + WAYS]
            .iter()
            .find(|e| e.class.as_ref().is_some_and(|c| Ref::ptr_eq(c, class)))
            .filter(|e| e.version == version)
            .map(|e| (&e.plan, &e.hint))
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
            hint: Cell::new(0),
            plan,
        };
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
fn instance(o: &Value) -> Option<&crate::object::Instance> {
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

/// `name` in the instance's own dict, looked for first at entry `hint` (which is updated when
/// the name is found elsewhere).
#[inline]
fn own(i: &crate::object::Instance, name: &Value, hint: &Cell<u32>) -> Option<Value> {
    i.read(|d| {
        if let Some(v) = d.get_at(hint.get() as usize, name) {
            return Some(v.clone());
        }
        let (at, v) = d.get_indexed(name, name_hash(name))?;
        hint.set(at as u32);
        Some(v.clone())
    })
}

impl Vm {
    /// `o.name` at attribute site `site`: inline, the hit of a site that sees one class and
    /// finds the name where it was last time; the rest out of line.
    #[inline(always)]
    pub fn load_attr_at(&mut self, site: usize, o: &Value, name: &Value) -> PResult<Value> {
        if let Some(i) = instance(o) {
            if let Some(e) = self.attr_cache.first(site, &i.class) {
                if let Plan::Load(_) = e.plan {
                    if let Some(v) = i.own_at(e.hint.get() as usize, name) {
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
            if let Some((Plan::Load(class_attr), hint)) = self.attr_cache.plan(site, &i.class) {
                if let Some(v) = own(i, name, hint) {
                    return Ok(v);
                }
                if let Some(a) = class_attr {
                    return Ok(bind(a.clone(), o, &i.class));
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
    /// site that sees one class; the rest out of line.
    #[inline(always)]
    pub fn load_method_at(
        &mut self,
        site: usize,
        o: &Value,
        name: &Value,
    ) -> PResult<Option<Value>> {
        if let Some(i) = instance(o) {
            if let Some((Plan::Method(m), _)) = self.attr_cache.plan(site, &i.class) {
                if !i.read(|d| d.contains(name, name_hash(name))) {
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
                let shadowed = i.read(|d| d.contains(name, name_hash(name)));
                if !shadowed {
                    return Ok(Some(m.clone()));
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

    /// `o.name = v` at attribute site `site`: inline, a site that sees one class and finds
    /// the name where it was last time; the rest out of line.
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
                if let Plan::Store = e.plan {
                    match i.set_own_at(e.hint.get() as usize, name, v) {
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
            if let Some((Plan::Store, hint)) = self.attr_cache.plan(site, &i.class) {
                i.write(|d| {
                    if let Err(v) = d.set_at(hint.get() as usize, name, v) {
                        let (at, _) = d.insert_indexed(name.clone(), name_hash(name), v);
                        hint.set(at as u32);
                        note_size(&i.class, d.len());
                    }
                });
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
fn note_size(class: &ObjRef, len: usize) {
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
