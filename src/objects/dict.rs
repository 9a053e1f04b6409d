//! `DictMap`: an insertion-ordered hash table (a compact entries array plus an index table, the
//! layout CPython's dict uses). Deleting leaves a hole in the entries; holes are squeezed out when
//! the table is rebuilt. Keys are compared with `ops::key_eq`, which never runs Gilt code.

use crate::objects::ops::key_eq;
use crate::objects::value::Value;
use std::sync::atomic::{AtomicU64, Ordering};
use thin_vec::{thin_vec, ThinVec};

/// Up to this many entries a dict has no index table and lookups scan the entries (most
/// instance dicts and keyword dicts are this small).
const SMALL: usize = 8;
const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

/// The next slot of an open-addressing probe sequence (the scheme CPython's dict and set use:
/// `i = 5i + 1 + perturb`, with the hash's high bits shifted into `perturb` each step).
#[inline]
pub fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictMap {
    /// Entries in insertion order; `None` is a deleted entry. Both arrays are `ThinVec`s (one
    /// word each: length and capacity live in the allocation), which keeps `DictMap` small
    /// enough to sit inside an instance without making every `Object` bigger.
    entries: ThinVec<Option<Entry>>,
    /// Open-addressing table of indices into `entries`; its length is a power of two or zero.
    index: ThinVec<u32>,
    /// Live entries (a dict holds fewer than 2^32: its index slots are `u32`).
    len: u32,
    /// One bit per key ever inserted, chosen by the key's hash (`bloom_bit`); a clear bit
    /// proves a key absent without probing. Removal leaves bits set, so a set bit only says
    /// "maybe". It answers the commonest miss: a method name looked for in an instance dict.
    bloom: u16,
    /// A namespace: changes bump its kind's [`namespace_version`], which is what lets lookups
    /// in it be cached per thread without locking.
    tracked: Option<Namespace>,
    /// Set once a key of a user class is added (never cleared): only then can a built-in
    /// key be equal to a stored key that is not the same value (`Vm::keyed`).
    user_keys: bool,
}

/// The kinds of namespace dicts whose lookups are cached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Namespace {
    /// Module globals and the builtins.
    Module = 0,
    /// Class dicts (methods and class attributes).
    Class = 1,
}

/// The version counters, on a cache line of their own: every cached lookup on every thread
/// reads them, so no unrelated variable that gets written may share their line.
#[repr(align(128))]
struct Versions([AtomicU64; 3]);

static NAMESPACE_VERSION: Versions =
    Versions([AtomicU64::new(0), AtomicU64::new(0), AtomicU64::new(0)]);

/// Where [`NAMESPACE_VERSION`] counts changes to the keys of module namespaces.
const MODULE_KEYS: usize = 2;

/// Changes every time a namespace dict of kind `ns` changes. A lookup cached at version `v`
/// is still right while this returns `v`.
#[inline]
pub fn namespace_version(ns: Namespace) -> u64 {
    NAMESPACE_VERSION.0[ns as usize].load(Ordering::Acquire)
}

/// Changes every time a key is added to or removed from a module namespace, or one is
/// compacted — not when a value is replaced. While it returns what it returned when a name
/// was found at entry `i` of a module's globals (or missing from them), it is still there
/// (or still missing): a global stored to again and again is read back from its entry
/// without a search.
#[inline]
pub fn module_keys_version() -> u64 {
    NAMESPACE_VERSION.0[MODULE_KEYS].load(Ordering::Acquire)
}

/// The `bloom` bit of a key with hash `hash`.
#[inline(always)]
fn bloom_bit(hash: i64) -> u16 {
    1 << (hash as u64 & 15)
}

impl DictMap {
    pub fn new() -> DictMap {
        DictMap::default()
    }

    pub fn with_capacity(n: usize) -> DictMap {
        let mut d = DictMap::default();
        d.entries.reserve_exact(n);
        if n > SMALL {
            d.index = thin_vec![EMPTY; (n * 3 / 2 + 1).next_power_of_two().max(8)];
        }
        d
    }

    /// In a small dict (no index table yet) the position of `key` among the entries.
    #[inline]
    fn scan(&self, key: &Value, hash: i64) -> Option<usize> {
        self.entries.iter().position(|e| {
            e.as_ref()
                .is_some_and(|e| e.hash == hash && key_eq(&e.key, key))
        })
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn find_slot(&self, key: &Value, hash: i64) -> (usize, Option<usize>) {
        if self.index.is_empty() {
            return (0, self.scan(key, hash));
        }
        let mask = self.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_deleted = None;
        loop {
            match self.index[i] {
                EMPTY => return (first_deleted.unwrap_or(i), None),
                DELETED => {
                    if first_deleted.is_none() {
                        first_deleted = Some(i);
                    }
                }
                ix => {
                    if let Some(e) = &self.entries[ix as usize] {
                        if e.hash == hash && key_eq(&e.key, key) {
                            return (i, Some(ix as usize));
                        }
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// False when no key with hash `hash` is in the dict (true means maybe).
    #[inline(always)]
    pub fn may_contain(&self, hash: i64) -> bool {
        self.bloom & bloom_bit(hash) != 0
    }

    #[inline]
    pub fn get(&self, key: &Value, hash: i64) -> Option<&Value> {
        if !self.may_contain(hash) {
            return None;
        }
        let (_, found) = self.find_slot(key, hash);
        found.and_then(|ix| self.entries[ix].as_ref().map(|e| &e.value))
    }

    /// The value under `key` when entry `at` holds that very key object (interned attribute
    /// names: the attribute caches remember where an instance keeps a name). No hashing.
    #[inline]
    pub fn get_at(&self, at: usize, key: &Value) -> Option<&Value> {
        match self.entries.get(at) {
            Some(Some(e)) if e.key.is(key) => Some(&e.value),
            _ => None,
        }
    }

    /// `get`, also saying at which entry the key was found.
    #[inline]
    pub fn get_indexed(&self, key: &Value, hash: i64) -> Option<(usize, &Value)> {
        if !self.may_contain(hash) {
            return None;
        }
        let ix = self.find_slot(key, hash).1?;
        self.entries[ix].as_ref().map(|e| (ix, &e.value))
    }

    /// Replaces the value under `key` when entry `at` holds that very key object, returning
    /// the old value; gives `value` back when it does not.
    #[inline]
    pub fn set_at(&mut self, at: usize, key: &Value, value: Value) -> Result<Value, Value> {
        match self.entries.get_mut(at) {
            Some(Some(e)) if e.key.is(key) => {
                let old = std::mem::replace(&mut e.value, value);
                self.changed();
                Ok(old)
            }
            _ => Err(value),
        }
    }

    /// Looks up a string key without building a `Value` (globals, attributes, kwargs).
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        if self.len == 0 {
            return None;
        }
        let hash = crate::objects::ops::hash_str(key);
        if !self.may_contain(hash) {
            return None;
        }
        if self.index.is_empty() {
            return self
                .iter()
                .find_map(|e| (e.hash == hash && e.key.as_str() == Some(key)).then_some(&e.value));
        }
        let mask = self.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            match self.index[i] {
                EMPTY => return None,
                DELETED => {}
                ix => {
                    if let Some(e) = &self.entries[ix as usize] {
                        if e.hash == hash && e.key.as_str() == Some(key) {
                            return Some(&e.value);
                        }
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    #[inline]
    pub fn contains(&self, key: &Value, hash: i64) -> bool {
        self.get(key, hash).is_some()
    }

    /// Inserts or replaces; returns the previous value.
    /// Marks this dict as a namespace of kind `ns` (see `tracked`).
    pub fn track(&mut self, ns: Namespace) {
        self.tracked = Some(ns);
        self.changed();
        self.keys_changed();
    }

    #[inline]
    fn changed(&self) {
        if let Some(ns) = self.tracked {
            NAMESPACE_VERSION.0[ns as usize].fetch_add(1, Ordering::Release);
        }
    }

    /// Called (after `changed`) when a key is added or removed or the entries move.
    #[inline]
    fn keys_changed(&self) {
        if self.tracked == Some(Namespace::Module) {
            NAMESPACE_VERSION.0[MODULE_KEYS].fetch_add(1, Ordering::Release);
        }
    }

    /// Whether a key of a user class was ever added.
    #[inline]
    pub fn has_user_keys(&self) -> bool {
        self.user_keys
    }

    pub fn insert(&mut self, key: Value, hash: i64, value: Value) -> Option<Value> {
        self.insert_indexed(key, hash, value).1
    }

    /// `insert`, also saying at which entry the key now is.
    pub fn insert_indexed(
        &mut self,
        key: Value,
        hash: i64,
        value: Value,
    ) -> (usize, Option<Value>) {
        self.changed();
        if self.index.is_empty() {
            if self.entries.len() >= SMALL {
                self.keys_changed();
                if (self.len as usize) < SMALL {
                    self.entries.retain(Option::is_some);
                } else {
                    self.rebuild((self.len as usize + 1) * 3);
                }
            }
        } else if (self.entries.len() + 1) * 3 >= self.index.len() * 2 {
            self.keys_changed();
            self.rebuild((self.len as usize + 1) * 3);
        }
        // a small dict whose filter lacks the hash needs no search (and has no slot to fill)
        let (slot, found) = if self.index.is_empty() && !self.may_contain(hash) {
            (0, None)
        } else {
            self.find_slot(&key, hash)
        };
        if let Some(ix) = found {
            let e = self.entries[ix].as_mut().expect("live entry");
            return (ix, Some(std::mem::replace(&mut e.value, value)));
        }
        self.keys_changed();
        let ix = self.entries.len();
        if let Some(s) = self.index.get_mut(slot) {
            *s = ix as u32;
        }
        self.user_keys |= crate::objects::class::has_user_type(&key);
        self.entries.push(Some(Entry { hash, key, value }));
        self.bloom |= bloom_bit(hash);
        self.len += 1;
        (ix, None)
    }

    pub fn remove(&mut self, key: &Value, hash: i64) -> Option<(Value, Value)> {
        self.changed();
        self.keys_changed();
        if self.len == 0 {
            return None;
        }
        let (slot, found) = self.find_slot(key, hash);
        let ix = found?;
        if let Some(s) = self.index.get_mut(slot) {
            *s = DELETED;
        }
        let e = self.entries[ix].take().expect("live entry");
        self.len -= 1;
        if self.len == 0 {
            self.entries.clear();
            self.index.iter_mut().for_each(|s| *s = EMPTY);
        }
        Some((e.key, e.value))
    }

    /// Removes and returns the last inserted item.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        self.keys_changed();
        while let Some(last) = self.entries.last() {
            if last.is_none() {
                self.entries.pop();
                continue;
            }
            let (k, h) = {
                let e = last.as_ref().expect("checked");
                (e.key.clone(), e.hash)
            };
            return self.remove(&k, h);
        }
        None
    }

    fn rebuild(&mut self, min_slots: usize) {
        let size = min_slots.next_power_of_two().max(8);
        let live: ThinVec<Option<Entry>> = self.entries.drain(..).filter(|e| e.is_some()).collect();
        self.entries = live;
        self.index = thin_vec![EMPTY; size];
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let hash = e.as_ref().expect("live").hash;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            while self.index[i] != EMPTY {
                i = next_probe(i, &mut perturb, mask);
            }
            self.index[i] = ix as u32;
        }
    }

    /// Empties the dict, giving back what it held (to be dropped with no lock held); a
    /// namespace stays one, and its caches see the change.
    pub fn take_all(&mut self) -> DictMap {
        let empty = DictMap {
            tracked: self.tracked,
            ..DictMap::default()
        };
        let old = std::mem::replace(self, empty);
        self.changed();
        self.keys_changed();
        old
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at position `pos` or later in insertion order, with the position after it:
    /// how iterators walk a dict that may change underneath them.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        self.entries[pos.min(self.entries.len())..]
            .iter()
            .enumerate()
            .find_map(|(k, e)| e.as_ref().map(|e| (pos + k + 1, e)))
    }

    /// Every key whose hash is `h` (candidates for a comparison that needs Gilt code).
    /// Every key whose hash is `h`: those on its probe sequence (as `find_slot` walks it).
    pub fn keys_with_hash(&self, h: i64) -> Vec<Value> {
        if self.index.is_empty() {
            return self
                .iter()
                .filter(|e| e.hash == h)
                .map(|e| e.key.clone())
                .collect();
        }
        let mask = self.index.len() - 1;
        let mut perturb = h as u64;
        let mut i = (h as u64 as usize) & mask;
        let mut found = vec![];
        loop {
            match self.index[i] {
                EMPTY => return found,
                DELETED => {}
                ix => {
                    if let Some(e) = &self.entries[ix as usize] {
                        if e.hash == h {
                            found.push(e.key.clone());
                        }
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
}

impl crate::runtime::sync::ReadMostly<DictMap> {
    /// The value under string key `name` (a namespace or attribute lookup), read without
    /// locking once the dict is shared (see `ReadMostly::read`).
    #[inline]
    pub fn get_str_cloned(&self, name: &str) -> Option<Value> {
        self.read(|d| d.get_str(name).cloned())
    }
}

impl crate::runtime::sync::Snapshot for DictMap {
    #[inline]
    fn weight(&self) -> usize {
        self.len as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::ops::hash_str;

    fn s(x: &str) -> (Value, i64) {
        (Value::str(x), hash_str(x))
    }

    #[test]
    fn insert_get_remove_keeps_order() {
        let mut d = DictMap::new();
        for i in 0..100 {
            let (k, h) = s(&format!("k{i}"));
            assert!(d.insert(k, h, Value::Int(i)).is_none());
        }
        assert_eq!(d.len(), 100);
        for i in (0..100).step_by(2) {
            let (k, h) = s(&format!("k{i}"));
            assert!(d.remove(&k, h).is_some());
        }
        assert_eq!(d.len(), 50);
        let order: Vec<i64> = d
            .iter()
            .map(|e| match e.value {
                Value::Int(i) => i,
                _ => -1,
            })
            .collect();
        assert_eq!(order, (1..100).step_by(2).collect::<Vec<_>>());
        assert!(matches!(d.get_str("k51"), Some(Value::Int(51))));
        assert!(d.get_str("k50").is_none());
        let (k, h) = s("k1");
        assert!(matches!(d.insert(k, h, Value::Int(7)), Some(Value::Int(1))));
        assert!(matches!(d.pop_last(), Some((_, Value::Int(99)))));
    }

    #[test]
    fn small_dicts_scan_then_grow_an_index() {
        let mut d = DictMap::new();
        // churn below the threshold: deleted holes are squeezed out, no index appears
        for round in 0..5 {
            for i in 0..SMALL - 1 {
                let (k, h) = s(&format!("a{i}"));
                d.insert(k, h, Value::Int(round));
            }
            let (k, h) = s("a0");
            assert!(d.remove(&k, h).is_some());
            let (k, h) = s(&format!("b{round}"));
            d.insert(k.clone(), h, Value::Int(round));
            assert!(matches!(d.get(&k, h), Some(Value::Int(r)) if *r == round));
            if round < 4 {
                assert!(d.remove(&k, h).is_some());
            }
            assert!(d.index.is_empty(), "still small after round {round}");
        }
        assert_eq!(d.len(), SMALL - 1);
        assert!(matches!(d.get_str("a3"), Some(Value::Int(4))));
        assert!(d.get_str("a0").is_none(), "removed in the last round");
        // growing past the threshold builds the index and keeps every key and the order
        for i in 0..20 {
            let (k, h) = s(&format!("c{i}"));
            d.insert(k, h, Value::Int(100 + i));
        }
        assert!(!d.index.is_empty());
        assert!(matches!(d.get_str("b4"), Some(Value::Int(4))));
        assert!(matches!(d.get_str("c19"), Some(Value::Int(119))));
        let (k, h) = s("a5");
        assert!(matches!(d.get(&k, h), Some(Value::Int(4))));
        assert_eq!(d.len(), SMALL - 1 + 20);
        assert_eq!(
            d.iter()
                .last()
                .and_then(|e| e.key.as_str().map(String::from))
                .as_deref(),
            Some("c19")
        );
    }
}
