//! Weak references: the registry from each weakly referenced object to its weak references,
//! which the free path (`gc::before_free`) and the cycle collector empty when the object
//! dies. The `weakref` module (`stdlib/weakref.py`, over the native `_weakref`) builds
//! `ref`, `proxy` and the weak containers on it.
//!
//! A weak reference holds no count. It is a [`Slot`] in the registry, keyed by its object's
//! address, naming the object and the weak reference object that owns the slot (neither
//! counted). Both sides reach the registry under its one lock: a dying object clears its
//! slots (so no later read finds it), and a weak reference that dies removes its slot. Under
//! that lock an address in a slot always names a block that is not freed yet, and a read
//! takes a reference only if the count has not reached zero (`Ref::upgrade`).

use crate::objects::object::Object;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::sync::Ref;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// One weak reference.
pub struct Slot {
    /// The object's address ([`Ref::as_ptr`]) while it lives; 0 once it died.
    target: AtomicUsize,
    /// The address of the weak reference object that owns this slot.
    owner: usize,
    /// Called with the weak reference object when the object dies.
    callback: Option<Value>,
}

static REGISTRY: parking_lot::Mutex<Option<HashMap<usize, Vec<Arc<Slot>>>>> =
    parking_lot::Mutex::new(None);

/// Whether objects like `o` can be weakly referenced (CPython's rule: not the plain built-in
/// containers, strs or numbers; instances, classes, functions, sets, generators can).
pub fn can_refer(o: &ObjRef) -> bool {
    if Ref::gc_head(o).is_none() {
        return false;
    }
    !matches!(
        &**o,
        Object::List(_) | Object::Dict(_) | Object::Tuple(_) | Object::Slice(_)
    )
}

/// Makes a weak reference to `target`, owned by the weak reference object `owner`.
pub fn make(owner: &Value, target: &ObjRef, callback: Option<Value>) -> Arc<Slot> {
    let addr = ObjRef::as_ptr(target) as usize;
    let slot = Arc::new(Slot {
        target: AtomicUsize::new(addr),
        owner: match owner {
            Value::Obj(o) => ObjRef::as_ptr(o) as usize,
            _ => 0,
        },
        callback,
    });
    if let Some(h) = Ref::gc_head(target) {
        crate::runtime::gc::mark_weakly_referenced(h);
    }
    REGISTRY
        .lock()
        .get_or_insert_with(HashMap::new)
        .entry(addr)
        .or_default()
        .push(slot.clone());
    slot
}

impl Slot {
    /// The object, if it is still alive.
    pub fn get(&self) -> Option<ObjRef> {
        let _g = REGISTRY.lock();
        let addr = self.target.load(Ordering::Relaxed);
        if addr == 0 {
            return None;
        }
        // SAFETY: the registry's lock is held and the slot still names the object, so its
        // free path has not cleared the slot yet and the block is not freed.
        unsafe { ObjRef::upgrade(addr as *const u8) }
    }

    pub fn callback(&self) -> Option<&Value> {
        self.callback.as_ref()
    }

    pub fn is_alive(&self) -> bool {
        self.target.load(Ordering::Relaxed) != 0
    }

    /// The owning weak reference object, if alive.
    ///
    /// # Safety
    /// The registry's lock is held and the slot is still registered.
    unsafe fn owner(&self) -> Option<ObjRef> {
        if self.owner == 0 {
            return None;
        }
        // SAFETY: the owner removes its slot (under the lock) before its block is freed.
        unsafe { ObjRef::upgrade(self.owner as *const u8) }
    }
}

/// The slot's weak reference object is going away: takes the slot out of the registry.
pub fn forget(slot: &Arc<Slot>) {
    let mut reg = REGISTRY.lock();
    let addr = slot.target.load(Ordering::Relaxed);
    if addr == 0 {
        return;
    }
    if let Some(map) = reg.as_mut() {
        if let Some(v) = map.get_mut(&addr) {
            v.retain(|s| !Arc::ptr_eq(s, slot));
            if v.is_empty() {
                map.remove(&addr);
            }
        }
    }
}

/// The object at `addr` is dying: its weak references die, and the callbacks of those whose
/// owner is alive (and not `skip`ped: garbage itself) are queued, newest first.
pub fn referent_died(addr: usize, skip: &dyn Fn(usize) -> bool) {
    let mut calls = Vec::new();
    // (dropped once the lock is let go: a slot may hold the last reference to its callback)
    let slots;
    {
        let mut reg = REGISTRY.lock();
        let Some(found) = reg.as_mut().and_then(|m| m.remove(&addr)) else {
            return;
        };
        slots = found;
        for s in slots.iter().rev() {
            s.target.store(0, Ordering::Relaxed);
            if let Some(cb) = &s.callback {
                if skip(s.owner) {
                    continue;
                }
                // SAFETY: the lock is held and the slot was registered until now.
                if let Some(owner) = unsafe { s.owner() } {
                    calls.push((cb.clone(), Value::Obj(owner)));
                }
            }
        }
    }
    drop(slots);
    for (cb, owner) in calls {
        crate::runtime::finalize::queue_call(cb, owner);
    }
}

/// The live weak reference objects to `o` (`weakref.getweakrefs`).
pub fn refs_to(o: &ObjRef) -> Vec<Value> {
    let reg = REGISTRY.lock();
    let Some(slots) = reg
        .as_ref()
        .and_then(|m| m.get(&(ObjRef::as_ptr(o) as usize)))
    else {
        return Vec::new();
    };
    slots
        .iter()
        // SAFETY: the lock is held and the slots are registered.
        .filter_map(|s| unsafe { s.owner() }.map(Value::Obj))
        .collect()
}
