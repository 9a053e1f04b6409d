//! `SetTable`: the hash table behind set and frozenset. Iteration order is table order, so the
//! probing scheme (linear runs of 9 slots, then perturbed jumps), the growth rule and the minimum
//! size follow CPython 3.11's; that is what makes `print({3, 1, 2})` show `{1, 2, 3}` as it does
//! there.

use crate::objects::dict::next_probe;
use crate::objects::ops::key_eq;
use crate::objects::value::Value;
use thin_vec::{thin_vec, ThinVec};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;

#[derive(Clone)]
pub enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
pub struct SetTable {
    /// One word (`ThinVec`), which keeps a set small enough for a 48-byte `Object`.
    table: ThinVec<Slot>,
    fill: usize,
    used: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            table: thin_vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Visits the slots on the probe sequence of `hash` up to the first empty one, until `f`
    /// answers.
    #[inline(always)]
    fn probe<R>(&self, hash: i64, mut f: impl FnMut(usize, &Slot) -> Option<R>) -> Option<R> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let s = &self.table[j];
                if matches!(s, Slot::Empty) {
                    return None;
                }
                if let Some(r) = f(j, s) {
                    return Some(r);
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// The slot holding `key`, if present.
    fn lookup(&self, key: &Value, hash: i64) -> Option<usize> {
        self.probe(hash, |j, s| match s {
            Slot::Active(h, k) if *h == hash && key_eq(k, key) => Some(j),
            _ => None,
        })
    }

    pub fn contains(&self, key: &Value, hash: i64) -> bool {
        self.lookup(key, hash).is_some()
    }

    /// Adds `key`; false when it was already present. As in CPython, a new key takes the last
    /// deleted slot its probe passed, if any, before the empty slot that ended the probe.
    pub fn insert(&mut self, key: Value, hash: i64) -> bool {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        let slot = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => break 'search j,
                    Slot::Active(h, k) if *h == hash && key_eq(k, &key) => return false,
                    Slot::Dummy => freeslot = Some(j),
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        if let Some(f) = freeslot {
            self.table[f] = Slot::Active(hash, key);
            self.used += 1;
            return true;
        }
        self.table[slot] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            let min_used = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(min_used);
        }
        true
    }

    pub fn remove(&mut self, key: &Value, hash: i64) -> Option<Value> {
        let j = self.lookup(key, hash)?;
        let old = std::mem::replace(&mut self.table[j], Slot::Dummy);
        self.used -= 1;
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    /// Removes an arbitrary element, scanning from the front as CPython's `set.pop` does.
    pub fn pop(&mut self, finger: &mut usize) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = *finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i = (i + 1) & mask;
        }
        let old = std::mem::replace(&mut self.table[i], Slot::Dummy);
        self.used -= 1;
        *finger = i + 1;
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.table.len() == MIN_SIZE && self.fill == self.used {
            // no dummies and no smaller table: nothing to do (as in CPython)
            return;
        }
        let old = std::mem::replace(&mut self.table, thin_vec![Slot::Empty; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Active(h, k) = s {
                self.insert_clean(h, k);
            }
        }
    }

    /// Inserts into a table known to hold no dummies and not to contain `key`.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(self.table[i], Slot::Empty) {
                self.table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if matches!(self.table[j], Slot::Empty) {
                        self.table[j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Adds every element of `other`, as `set.update(other_set)` does.
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            // Same size and no dummies: copy slot for slot.
            self.table = other.table.clone();
            self.fill = other.used;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            for s in &other.table {
                if let Slot::Active(h, k) = s {
                    self.insert_clean(*h, k.clone());
                    self.fill += 1;
                    self.used += 1;
                }
            }
            return;
        }
        for s in &other.table {
            if let Slot::Active(h, k) = s {
                self.insert(k.clone(), *h);
            }
        }
    }

    /// Makes room for `n` more keys at once, as CPython does before adding a dict's keys.
    pub fn reserve(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// A copy laid out as CPython's `set.copy()` lays it out.
    pub fn copy(&self) -> SetTable {
        let mut r = SetTable::new();
        r.merge(self);
        r
    }

    /// CPython's `set_intersection` of two sets: the smaller set is iterated (`other` when
    /// both have the same size) and its elements are the ones kept.
    pub fn intersection(&self, other: &SetTable) -> SetTable {
        let (big, small) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut r = SetTable::new();
        for (h, k) in small.iter() {
            if big.contains(k, h) {
                r.insert(k.clone(), h);
            }
        }
        r
    }

    /// CPython's `set_difference`: a copy with `other`'s elements removed when this set is
    /// more than four times larger, else the elements not in `other` added to a new set.
    pub fn difference(&self, other: &SetTable) -> SetTable {
        if (self.used >> 2) > other.used {
            let mut r = self.copy();
            r.difference_update(other);
            return r;
        }
        let mut r = SetTable::new();
        for (h, k) in self.iter() {
            if !other.contains(k, h) {
                r.insert(k.clone(), h);
            }
        }
        r
    }

    /// Removes `other`'s elements in place (`-=`, `difference_update`).
    pub fn difference_update(&mut self, other: &SetTable) {
        if other.used > self.used {
            // removing only the common elements removes the same ones
            let common: Vec<(i64, Value)> = self
                .iter()
                .filter(|(h, k)| other.contains(k, *h))
                .map(|(h, k)| (h, k.clone()))
                .collect();
            for (h, k) in common {
                self.remove(&k, h);
            }
        } else {
            for (h, k) in other.iter() {
                self.remove(k, h);
            }
        }
        self.trim_dummies();
    }

    /// After removals: rebuilds the table when more than a quarter of it is deleted slots,
    /// as CPython's `difference_update` does.
    pub fn trim_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// `^=`: each element of `other`, in `other`'s order, removed if present, else added.
    pub fn symmetric_difference_update(&mut self, other: &SetTable) {
        for (h, k) in other.iter() {
            if self.remove(k, h).is_none() {
                self.insert(k.clone(), h);
            }
        }
    }

    /// Every element whose hash is `h`: those on its probe sequence (as `lookup` walks it).
    pub fn keys_with_hash(&self, h: i64) -> Vec<Value> {
        let mut found = vec![];
        self.probe(h, |_, s| {
            if let Slot::Active(eh, k) = s {
                if *eh == h {
                    found.push(k.clone());
                }
            }
            None::<()>
        });
        found
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// The element at slot `pos` or later, with the slot after it (for iterators).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, &Value)> {
        self.table
            .get(pos..)?
            .iter()
            .enumerate()
            .find_map(|(k, s)| match s {
                Slot::Active(_, v) => Some((pos + k + 1, v)),
                _ => None,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|(_, v)| match v {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect()
    }

    #[test]
    fn small_ints_iterate_in_hash_order() {
        let mut t = SetTable::new();
        for i in [3, 1, 2, 100, 7] {
            assert!(t.insert(Value::Int(i), i));
        }
        assert!(!t.insert(Value::Int(3), 3));
        // CPython 3.11 prints {1, 2, 3, 100, 7} for this set.
        assert_eq!(ints(&t), vec![1, 2, 3, 100, 7]);
        assert!(t.remove(&Value::Int(2), 2).is_some());
        assert!(!t.contains(&Value::Int(2), 2));
        assert_eq!(t.len(), 4);
    }
}
