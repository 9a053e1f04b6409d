//! Inline caches for the attribute instructions (`LoadAttr`, `LoadMethod`, `StoreAttr`) on
//! instances of user classes.
//!
//! Each thread's `Vm` keeps a small direct-mapped table keyed by the instruction's address.
//! An entry remembers, for one class, what the full attribute protocol decided the last time:
//! which class attribute stands behind the instance dict (or that a method is found on the
//! class, or that a store goes straight to the dict). It stays valid while no class namespace
//! changed (`dict::namespace_version`), so a hit skips the `__getattribute__`/`__setattr__`
//! checks and the MRO walk and only looks in the instance's own dict. Anything unusual — a
//! property, a descriptor, a custom `__getattribute__` or `__setattr__` — is never cached and
//! takes the full path every time. The table is per thread, so it needs no lock.

use crate::class::{bind, descriptor_free};
use crate::dict::{namespace_version, Namespace};
use crate::object::Object;
use crate::sync::Ref;
use crate::types;
use crate::value::{ObjRef, Value};
use crate::vm::{dict_of, PResult, Vm};

/// Sets of two entries each.
const SETS: usize = 1024;

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

/// One cached decision. The class and the name are held (not just their addresses), so
/// neither can be freed and its address reused while the entry could still match.
#[derive(Default)]
struct Entry {
    site: usize,
    class: Option<ObjRef>,
    name: Value,
    version: u64,
    plan: Plan,
}

pub struct AttrCache(Box<[Entry]>);

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache((0..2 * SETS).map(|_| Entry::default()).collect())
    }
}

impl AttrCache {
    /// The first of the two ways for a site and a class: a site that sees several classes (a
    /// method of a base class called on subclasses) gets one entry per class, and two pairs
    /// that hash alike can both stay.
    #[inline]
    fn set(site: usize, class: &ObjRef) -> usize {
        let key = (site as u64) ^ (Ref::as_ptr(class) as u64).rotate_left(29);
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SETS.trailing_zeros())) as usize * 2
    }

    #[inline]
    fn plan(&self, site: usize, class: &ObjRef, name: &Value) -> Option<&Plan> {
        let at = Self::set(site, class);
        let version = namespace_version(Namespace::Class);
        self.0[at..at + 2]
            .iter()
            .find(|e| {
                e.site == site
                    && e.class.as_ref().is_some_and(|c| Ref::ptr_eq(c, class))
                    && e.name.is(name)
                    && e.version == version
            })
            .map(|e| &e.plan)
    }

    /// Puts a decision in the first way, moving what was there to the second.
    fn fill(&mut self, site: usize, class: &ObjRef, name: &Value, version: u64, plan: Plan) {
        let at = Self::set(site, class);
        self.0.swap(at, at + 1);
        self.0[at] = Entry {
            site,
            class: Some(class.clone()),
            name: name.clone(),
            version,
            plan,
        };
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

/// `name` in the instance's own dict.
#[inline]
fn own(i: &crate::object::Instance, name: &Value) -> Option<Value> {
    dict_of(&i.dict).read(|d| d.get(name, name_hash(name)).cloned())
}

impl Vm {
    /// `o.name` at instruction `site`.
    #[inline]
    pub fn load_attr_at(&mut self, site: usize, o: &Value, name: &Value) -> PResult<Value> {
        if let Some(i) = instance(o) {
            if let Some(Plan::Load(class_attr)) = self.attr_cache.plan(site, &i.class, name) {
                if let Some(v) = own(i, name) {
                    return Ok(v);
                }
                if let Some(a) = class_attr {
                    return Ok(bind(a.clone(), o, &i.class));
                }
            } else {
                let version = namespace_version(Namespace::Class);
                let v = self.get_attr(o, name)?;
                if let Some(plan) = load_plan(&i.class, name) {
                    self.attr_cache.fill(site, &i.class, name, version, plan);
                }
                return Ok(v);
            }
        }
        self.get_attr(o, name)
    }

    /// The method half of `LoadMethod` at `site`: the unbound method when `o.name` is a plain
    /// method found on the class, else None (the caller then loads the attribute).
    #[inline]
    pub fn load_method_at(
        &mut self,
        site: usize,
        o: &Value,
        name: &Value,
    ) -> PResult<Option<Value>> {
        if let Some(i) = instance(o) {
            if let Some(Plan::Method(m)) = self.attr_cache.plan(site, &i.class, name) {
                let shadowed = dict_of(&i.dict).read(|d| d.contains(name, name_hash(name)));
                if !shadowed {
                    return Ok(Some(m.clone()));
                }
            } else {
                let version = namespace_version(Namespace::Class);
                let found = self.load_method(o, name)?;
                if let Some(m) = &found {
                    self.attr_cache
                        .fill(site, &i.class, name, version, Plan::Method(m.clone()));
                }
                return Ok(found);
            }
        }
        self.load_method(o, name)
    }

    /// `o.name = v` at instruction `site`.
    #[inline]
    pub fn store_attr_at(&mut self, site: usize, o: &Value, name: &Value, v: Value) -> PResult<()> {
        if let Some(i) = instance(o) {
            if let Some(Plan::Store) = self.attr_cache.plan(site, &i.class, name) {
                dict_of(&i.dict)
                    .lock()
                    .insert(name.clone(), name_hash(name), v);
                return Ok(());
            }
            let version = namespace_version(Namespace::Class);
            let class = i.class.clone();
            self.set_attr(o, name, v)?;
            if store_plain(&class, name) {
                self.attr_cache
                    .fill(site, &class, name, version, Plan::Store);
            }
            return Ok(());
        }
        self.set_attr(o, name, v)
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
