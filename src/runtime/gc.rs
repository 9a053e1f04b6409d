//! The cycle collector: finds groups of objects that refer only to one another, which
//! reference counting alone never frees, and frees them.
//!
//! # Tracking
//! Every container object (`traverse.rs` says which) is made with a header in front of its
//! count ([`GcHead`]: two list links and a word of flags) and linked into the youngest of three
//! generations of the [`Heap`] of its thread and interpreter; it leaves the list when its count
//! reaches zero, before it is freed. Each interpreter has its own collector: a collection
//! looks only at its interpreter's heaps, with its thresholds and counts, so interpreters
//! running in parallel under their own GILs never touch each other's lists. Objects that cannot refer to others (strs, big ints, bytes, tuples of those)
//! have no header and are never looked at.
//!
//! # Finding garbage
//! A collection takes the objects of the generations it collects (the *candidates*) and, with
//! every other thread stopped at a safe point (`gil::stop_the_world`), finds which of them
//! are referred to only from other candidates:
//! 1. each candidate's `gc_refs` starts at its reference count;
//! 2. every reference from one candidate to another (`traverse.rs`) takes one off the
//!    other's `gc_refs`: what is left counts references from outside — local variables,
//!    older generations, untracked objects, Rust code;
//! 3. candidates with references from outside are reachable, and so is everything reachable
//!    from them; the rest is garbage.
//!
//! The garbage is then *cleared*: the collector holds a reference to each object, empties the
//! mutable ones (lists, dicts, instance attributes, cells, …), which breaks every cycle, and
//! lets its references go, so reference counting frees the objects as usual. The collector
//! never frees a block itself, so a block is freed once, by the count, whatever else (the
//! trashcan queue, another thread's deferred frees) holds it.
//!
//! A missed reference (one `traverse` does not report) can only keep garbage alive; a
//! reference reported that the object does not own would free a live object, so traversal
//! reports exactly the references an object holds a count for, or fewer.
//!
//! # Generations
//! CPython's scheme and defaults: a collection of generation 0 runs when tracked allocations
//! minus frees pass 700; every 10 of those, generation 1; every 10 of those, generation 2, if
//! the objects that survived since the last full collection are more than a quarter of it.
//! Survivors move one generation up. The collection itself runs at the next safe point, not
//! inside an allocation.

use crate::objects::object::Object;
use crate::objects::value::ObjRef;
use crate::runtime::sync::{ListLock, Ref};
use std::cell::Cell;
use std::ptr;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, AtomicUsize, Ordering};

/// The collector's header in front of a tracked object's block.
#[repr(C)]
pub struct GcHead {
    next: Cell<*const GcHead>,
    prev: Cell<*const GcHead>,
    /// Flags (bits 0–7), the owning heap's index (bits 8–23), `gc_refs` during a
    /// collection (bits 24–63).
    bits: AtomicU64,
}

// SAFETY: the links are only read or written with the owning heap's lock held, or by the
// collector with every other thread stopped; `bits` is atomic.
unsafe impl Sync for GcHead {}
// SAFETY: as above.
unsafe impl Send for GcHead {}

/// In the set a collection is looking at.
const COLLECTING: u64 = 1;
/// Found reachable by the running collection.
const REACHABLE: u64 = 2;
/// Its finalizer has run (or is running): it never runs again.
const FINALIZED: u64 = 4;
/// Weak references to it may exist (`weakref.rs`).
const WEAKLY_REFERENCED: u64 = 8;
/// Immortal: moved to the permanent generation for good.
const IMMORTAL: u64 = 16;
const FLAGS: u64 = 0xff;
const HEAP_SHIFT: u32 = 8;
const HEAP_MASK: u64 = 0xffff;
const REFS_SHIFT: u32 = 24;
const REFS_MAX: u64 = (1 << (64 - REFS_SHIFT)) - 1;

impl GcHead {
    pub const fn new() -> GcHead {
        GcHead {
            next: Cell::new(ptr::null()),
            prev: Cell::new(ptr::null()),
            bits: AtomicU64::new(0),
        }
    }

    fn heap_index(&self) -> usize {
        ((self.bits.load(Ordering::Relaxed) >> HEAP_SHIFT) & HEAP_MASK) as usize
    }

    fn refs(&self) -> u64 {
        self.bits.load(Ordering::Relaxed) >> REFS_SHIFT
    }

    fn flags(&self) -> u64 {
        self.bits.load(Ordering::Relaxed) & FLAGS
    }

    /// Sets flags with the world stopped (a plain store: no other thread writes the word).
    fn set_flags(&self, f: u64) {
        let b = self.bits.load(Ordering::Relaxed);
        self.bits.store(b | f, Ordering::Relaxed);
    }

    /// Starts a collection's bookkeeping: `gc_refs` = `refs`, in the collecting set.
    fn begin(&self, refs: u64) {
        let b = self.bits.load(Ordering::Relaxed) & !(FLAGS & (COLLECTING | REACHABLE));
        let b = (b & ((1 << REFS_SHIFT) - 1)) | (refs.min(REFS_MAX) << REFS_SHIFT);
        self.bits.store(b | COLLECTING, Ordering::Relaxed);
    }

    /// Ends it: `gc_refs` back to zero, out of the collecting set.
    fn end(&self) {
        let b = self.bits.load(Ordering::Relaxed) & ((1 << REFS_SHIFT) - 1);
        self.bits
            .store(b & !(COLLECTING | REACHABLE), Ordering::Relaxed);
    }

    /// One reference from inside the collecting set.
    fn take_ref(&self) {
        let b = self.bits.load(Ordering::Relaxed);
        if b >> REFS_SHIFT > 0 {
            self.bits.store(b - (1 << REFS_SHIFT), Ordering::Relaxed);
        }
    }
}

/// Generations 0–2, then the permanent generation (`gc.freeze`).
const LISTS: usize = 4;
const PERMANENT: usize = 3;

/// The tracked objects one thread made for one interpreter, by generation. A heap outlives
/// its thread: another thread of the same interpreter takes it over, objects and all.
/// Aligned to its own cache lines so that threads making objects at once do not share one.
#[repr(align(128))]
struct Heap {
    lock: ListLock,
    /// Each list's sentinel; a list is circular through it.
    lists: [GcHead; LISTS],
    /// Tracked objects made minus freed since the last collection (under `lock`).
    young: Cell<i64>,
    index: u16,
    /// The interpreter's collector (its lock's index, `gil::GilCore::index`; a later
    /// interpreter given the same lock inherits the heap): only threads holding that lock
    /// touch the heap.
    domain: &'static Domain,
}

// SAFETY: `young` and the lists are only touched with `lock` held or the world stopped.
unsafe impl Sync for Heap {}

/// As many heaps as a header can name; past this many threads (of one interpreter, or
/// running several) share heaps of their interpreter.
const MAX_HEAPS: usize = 1 << 16;

static HEAPS: [AtomicPtr<Heap>; MAX_HEAPS] = [const { AtomicPtr::new(ptr::null_mut()) }; MAX_HEAPS];
static HEAP_COUNT: AtomicUsize = AtomicUsize::new(0);
/// Heaps whose thread has ended (or left their interpreter for good), waiting for a new
/// thread of their interpreter.
static SPARE_HEAPS: parking_lot::Mutex<Vec<u16>> = parking_lot::Mutex::new(Vec::new());

std::thread_local! {
    /// This thread's heap for the interpreter it runs (null until it tracks its first object
    /// there).
    static CURRENT: Cell<*const Heap> = const { Cell::new(ptr::null()) };
    /// The interpreter it runs (`gil::enter` switches it).
    static DOMAIN: Cell<usize> = const { Cell::new(0) };
    /// The heaps this thread holds, one per interpreter it ran; given back when it ends.
    static CLAIM: Claim = const { Claim(std::cell::RefCell::new(Vec::new())) };
}

struct Claim(std::cell::RefCell<Vec<u16>>);

impl Drop for Claim {
    fn drop(&mut self) {
        let claimed = std::mem::take(&mut *self.0.borrow_mut());
        if !claimed.is_empty() {
            CURRENT.with(|c| c.set(ptr::null()));
            SPARE_HEAPS.lock().extend(claimed);
        }
    }
}

fn heap_at(i: usize) -> &'static Heap {
    let p = HEAPS[i].load(Ordering::Acquire);
    debug_assert!(!p.is_null());
    // SAFETY: heaps are leaked when made (`new_heap`) and published with Release before any
    // header names their index.
    unsafe { &*p }
}

/// The heaps made so far, of every interpreter.
fn all_heaps() -> impl Iterator<Item = &'static Heap> {
    let n = HEAP_COUNT.load(Ordering::Acquire);
    (0..n).filter_map(|i| {
        let p = HEAPS[i].load(Ordering::Acquire);
        // SAFETY: as in `heap_at`.
        (!p.is_null()).then(|| unsafe { &*p })
    })
}

/// The heaps of the interpreter this thread runs: a collection looks at these only.
fn heaps() -> impl Iterator<Item = &'static Heap> {
    let d = DOMAIN.with(|d| d.get());
    all_heaps().filter(move |h| h.domain.index == d)
}

/// Makes the collector of interpreter `domain` (its lock's index) this thread's: what it
/// tracks from now goes to its heap for that interpreter.
pub(crate) fn switch_domain(domain: usize) {
    if DOMAIN.with(|d| d.replace(domain)) == domain {
        return;
    }
    let mine = CLAIM
        .try_with(|c| {
            c.0.borrow()
                .iter()
                .map(|&i| heap_at(i as usize))
                .find(|h| h.domain.index == domain)
                .map_or(ptr::null(), |h| h as *const Heap)
        })
        .unwrap_or(ptr::null());
    CURRENT.with(|c| c.set(mine));
}

/// A new heap of `domain`, or None when there is no room for one.
fn new_heap(domain: usize) -> Option<&'static Heap> {
    let i = HEAP_COUNT.load(Ordering::Relaxed);
    if i >= MAX_HEAPS {
        return None;
    }
    let heap: &'static Heap = Box::leak(Box::new(Heap {
        lock: ListLock::new(),
        lists: [const { GcHead::new() }; LISTS],
        young: Cell::new(0),
        index: i as u16,
        domain: domain_at(domain),
    }));
    for l in &heap.lists {
        l.next.set(l);
        l.prev.set(l);
    }
    HEAPS[i].store(heap as *const Heap as *mut Heap, Ordering::Release);
    HEAP_COUNT.store(i + 1, Ordering::Release);
    Some(heap)
}

#[inline]
fn current_heap() -> &'static Heap {
    let p = CURRENT.with(|c| c.get());
    if p.is_null() {
        return claim_heap();
    }
    // SAFETY: `CURRENT` only ever holds a leaked heap.
    unsafe { &*p }
}

#[cold]
fn claim_heap() -> &'static Heap {
    let domain = DOMAIN.with(|d| d.get());
    let heap = {
        let mut spare = SPARE_HEAPS.lock();
        let mine = spare
            .iter()
            .position(|&i| heap_at(i as usize).domain.index == domain);
        // a spare heap of this interpreter, else a new one; past 65,536 heaps, one this
        // interpreter already has, shared (its lock, and the interpreter's, make that safe)
        if let Some(k) = mine {
            heap_at(spare.swap_remove(k) as usize)
        } else if let Some(h) = new_heap(domain) {
            h
        } else {
            let shared = all_heaps().find(|h| h.domain.index == domain);
            return shared.unwrap_or_else(|| heap_at(MAX_HEAPS - 1));
        }
    };
    // a thread that is ending (its claim already dropped) uses the heap without keeping it
    if CLAIM
        .try_with(|c| c.0.borrow_mut().push(heap.index))
        .is_ok()
    {
        CURRENT.with(|c| c.set(heap));
    } else {
        SPARE_HEAPS.lock().push(heap.index);
    }
    heap
}

/// Links `h` at the end of the list whose sentinel is `list`.
///
/// # Safety
/// The list's heap lock is held (or the world stopped), and `h` is in no list.
unsafe fn link(list: &GcHead, h: &GcHead) {
    let last = list.prev.get();
    h.prev.set(last);
    h.next.set(list);
    // SAFETY: `last` is a member (or the sentinel) of a list the caller may change.
    unsafe { (*last).next.set(h) };
    list.prev.set(h);
}

/// Takes `h` out of its list.
///
/// # Safety
/// The list's heap lock is held (or the world stopped), and `h` is in a list.
unsafe fn unlink(h: &GcHead) {
    let (p, n) = (h.prev.get(), h.next.get());
    // SAFETY: the neighbours are members (or the sentinel) of the same list.
    unsafe {
        (*p).next.set(n);
        (*n).prev.set(p);
    }
    h.next.set(ptr::null());
    h.prev.set(ptr::null());
}

/// Moves every member of `from` to the end of `to` (both sentinels of one heap).
///
/// # Safety
/// The heap's lock is held (or the world stopped).
unsafe fn splice(from: &GcHead, to: &GcHead) {
    let first = from.next.get();
    if ptr::eq(first, from) {
        return;
    }
    let last = from.prev.get();
    let to_last = to.prev.get();
    // SAFETY: the nodes named are members or sentinels of the two lists.
    unsafe {
        (*to_last).next.set(first);
        (*first).prev.set(to_last);
        (*last).next.set(to);
    }
    to.prev.set(last);
    from.next.set(from);
    from.prev.set(from);
}

/// The members of a list, first to last.
///
/// # Safety
/// The list does not change while the iterator is used.
unsafe fn members(list: &GcHead) -> impl Iterator<Item = *const GcHead> + '_ {
    let mut at = list.next.get();
    std::iter::from_fn(move || {
        if ptr::eq(at, list) {
            return None;
        }
        let h = at;
        // SAFETY: `h` is a member of the unchanging list.
        at = unsafe { (*h).next.get() };
        Some(h)
    })
}

/// Moves an object made immortal to the permanent generation: it can never be freed, so no
/// collection needs to look at it (what it refers to counts as referred to from outside).
pub(crate) fn make_permanent(h: &GcHead) {
    if h.bits.fetch_or(IMMORTAL, Ordering::Relaxed) & IMMORTAL != 0 {
        return;
    }
    let heap = heap_at(h.heap_index());
    let _g = heap.lock.lock();
    // SAFETY: the heap's lock is held; a tracked header is in one of its lists.
    unsafe {
        unlink(h);
        link(&heap.lists[PERMANENT], h);
    }
}

/// Marks a tracked object finalized; true when it was not yet (its finalizer should run).
pub(crate) fn first_finalization(h: &GcHead) -> bool {
    h.bits.fetch_or(FINALIZED, Ordering::Relaxed) & FINALIZED == 0
}

/// Notes that a weak reference to a tracked object was made.
pub(crate) fn mark_weakly_referenced(h: &GcHead) {
    h.bits.fetch_or(WEAKLY_REFERENCED, Ordering::Relaxed);
}

/// What happens just before a tracked object is freed (its finalizer, if any, has run):
/// its weak references die and their callbacks are queued.
#[inline]
pub(crate) fn before_free(h: &GcHead, addr: *const u8) {
    if h.flags() & WEAKLY_REFERENCED != 0 {
        h.bits.fetch_and(!WEAKLY_REFERENCED, Ordering::Relaxed);
        crate::runtime::weakref::referent_died(addr as usize, &|_| false);
    }
}

/// Whether a tracked object's finalizer has run (`gc.is_finalized`).
pub fn is_finalized(o: &ObjRef) -> bool {
    Ref::gc_head(o).is_some_and(|h| h.flags() & FINALIZED != 0)
}

/// Writes a new tracked object's header, linked into its thread's youngest generation.
///
/// # Safety
/// `h` points to the writable, uninitialised header of a new block.
#[inline]
pub(crate) unsafe fn track(h: *mut GcHead) {
    let heap = current_heap();
    let young = {
        let _g = heap.lock.lock();
        let sentinel = &heap.lists[0];
        let last = sentinel.prev.get();
        // SAFETY: the caller's guarantee for `h`; the heap's lock is held, so its youngest
        // list (`last` is its last member or the sentinel) may change.
        unsafe {
            h.write(GcHead {
                next: Cell::new(sentinel),
                prev: Cell::new(last),
                bits: AtomicU64::new((heap.index as u64) << HEAP_SHIFT),
            });
            (*last).next.set(h);
        }
        sentinel.prev.set(h);
        let young = heap.young.get() + 1;
        heap.young.set(young);
        young
    };
    if young > heap.domain.thresholds[0].load(Ordering::Relaxed) as i64 {
        schedule(heap.domain);
    }
}

/// Takes a header out of its list: its object's count reached zero.
#[inline]
pub(crate) fn untrack(h: &GcHead) {
    let heap = heap_at(h.heap_index());
    let _g = heap.lock.lock();
    // SAFETY: the heap's lock is held; a tracked header is in one of its lists.
    unsafe { unlink(h) };
    let young = heap.young.get();
    if young > 0 {
        heap.young.set(young - 1);
    }
}

/// Asks for a collection at the next safe point, when automatic collection is on.
#[cold]
fn schedule(d: &Domain) {
    if d.enabled.load(Ordering::Relaxed) && d.thresholds[0].load(Ordering::Relaxed) != 0 {
        crate::runtime::gil::request_collection();
    }
}

/// One interpreter's collector: its settings and counts (`gc.enable`, `gc.set_threshold`,
/// `gc.get_stats` see only their own interpreter's), found by its lock's index.
struct Domain {
    index: usize,
    enabled: AtomicBool,
    /// `gc.get_threshold()`.
    thresholds: [AtomicUsize; 3],
    state: parking_lot::Mutex<State>,
}

static DOMAINS: [AtomicPtr<Domain>; crate::runtime::gil::MAX_CORES] =
    [const { AtomicPtr::new(ptr::null_mut()) }; crate::runtime::gil::MAX_CORES];

/// The collector of the interpreter whose lock has index `i`, made on first use (leaked, as
/// the locks are).
fn domain_at(i: usize) -> &'static Domain {
    let slot = &DOMAINS[i.min(crate::runtime::gil::MAX_CORES - 1)];
    let p = slot.load(Ordering::Acquire);
    if !p.is_null() {
        // SAFETY: domains are leaked when made and published with Release (below).
        return unsafe { &*p };
    }
    let made = Box::into_raw(Box::new(Domain {
        index: i,
        enabled: AtomicBool::new(true),
        thresholds: DEFAULT_THRESHOLDS.map(AtomicUsize::new),
        state: parking_lot::Mutex::new(State::new()),
    }));
    match slot.compare_exchange(ptr::null_mut(), made, Ordering::AcqRel, Ordering::Acquire) {
        // SAFETY: just published; never freed.
        Ok(_) => unsafe { &*made },
        Err(other) => {
            // SAFETY: `made` was never shared; `other` was published as above.
            unsafe {
                drop(Box::from_raw(made));
                &*other
            }
        }
    }
}

/// CPython's defaults.
const DEFAULT_THRESHOLDS: [usize; 3] = [700, 10, 10];

/// The collector of the interpreter this thread runs.
fn domain() -> &'static Domain {
    domain_at(DOMAIN.with(|d| d.get()))
}

/// A new interpreter takes the lock (and so the collector) of one that is gone: the settings
/// and counts start afresh.
pub(crate) fn reset_domain(i: usize) {
    let d = domain_at(i);
    d.enabled.store(true, Ordering::Relaxed);
    for (t, v) in d.thresholds.iter().zip(DEFAULT_THRESHOLDS) {
        t.store(v, Ordering::Relaxed);
    }
    let mut st = d.state.lock();
    let running = st.running;
    *st = State::new();
    st.running = running;
}

/// What the `gc` module reports and the scheduling needs, under one lock.
struct State {
    /// Collections of generations 0 and 1 since the next one up was collected.
    counts: [usize; 2],
    /// Objects that survived a generation-1 collection since the last full one, and how
    /// many survived that.
    long_lived_pending: usize,
    long_lived_total: usize,
    stats: [GenStats; 3],
    /// A collection is running (a finalizer that collects does nothing).
    running: bool,
}

/// `gc.get_stats()` for one generation.
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

impl State {
    fn new() -> State {
        State {
            counts: [0; 2],
            long_lived_pending: 0,
            long_lived_total: 0,
            stats: [GenStats::default(); 3],
            running: false,
        }
    }
}

pub fn enable(on: bool) {
    domain().enabled.store(on, Ordering::Relaxed);
}

pub fn is_enabled() -> bool {
    domain().enabled.load(Ordering::Relaxed)
}

pub fn thresholds() -> [usize; 3] {
    let d = domain();
    [0, 1, 2].map(|i| d.thresholds[i].load(Ordering::Relaxed))
}

pub fn set_thresholds(t: &[usize]) {
    let d = domain();
    for (i, v) in t.iter().take(3).enumerate() {
        d.thresholds[i].store(*v, Ordering::Relaxed);
    }
}

/// `gc.get_count()`: tracked allocations minus frees since the last collection, and the
/// collections of generations 0 and 1 since the next one up.
pub fn counts() -> [usize; 3] {
    let st = domain().state.lock();
    [young_total(), st.counts[0], st.counts[1]]
}

/// Tracked allocations minus frees since the last collection, over every heap.
fn young_total() -> usize {
    heaps()
        .map(|h| {
            let _g = h.lock.lock();
            h.young.get()
        })
        .sum::<i64>()
        .max(0) as usize
}

pub fn stats() -> [GenStats; 3] {
    domain().state.lock().stats
}

/// Whether `o` is tracked by the collector.
pub fn is_tracked(o: &ObjRef) -> bool {
    Ref::gc_head(o).is_some()
}

/// The generation an automatic collection should collect now, if any (CPython's rule).
fn due_generation(st: &State) -> Option<usize> {
    let t = thresholds();
    if t[0] == 0 {
        return None;
    }
    let counts = [young_total(), st.counts[0], st.counts[1]];
    (0..3)
        .rev()
        .find(|&g| counts[g] > t[g] && (g < 2 || st.long_lived_pending >= st.long_lived_total / 4))
}

/// The generation a collection a safe point was asked for should collect, if one is still
/// due.
pub fn due() -> Option<usize> {
    if !is_enabled() {
        return None;
    }
    let st = domain().state.lock();
    if st.running {
        return None;
    }
    due_generation(&st)
}

/// Collects generations 0 to `gen` (at most 2); returns how many unreachable objects it
/// found and, when `save` is set (`gc.DEBUG_SAVEALL`), the objects themselves, uncleared.
/// `finalize` runs the finalizers of garbage that has them, with the world running again;
/// objects they resurrect (and what those reach) are left alone.
pub fn collect(
    gen: usize,
    save: bool,
    finalize: &mut dyn FnMut(&[ObjRef]),
) -> (usize, Vec<ObjRef>) {
    let gen = gen.min(2);
    {
        let mut st = domain().state.lock();
        if st.running {
            return (0, Vec::new());
        }
        st.running = true;
    }
    let began = crate::runtime::stats::now();
    let mut world = crate::runtime::gil::stop_the_world();
    let (mut garbage, survivors) = find_garbage(gen);
    let mut found = garbage.len();
    if !save {
        clear_weakrefs(&garbage);
    }
    let to_finalize = !save
        && garbage
            .iter()
            .any(|o| crate::runtime::finalize::wants_finalizer(o) && !is_finalized(o));
    if to_finalize {
        drop(world);
        finalize(&garbage);
        world = crate::runtime::gil::stop_the_world();
        garbage = without_resurrected(garbage);
        // what the finalizers set free (only the collector refers to it now) is not counted,
        // as CPython frees it before counting
        found = garbage.iter().filter(|o| Ref::strong_count(o) > 1).count();
    }
    {
        let mut st = domain().state.lock();
        if gen < 2 {
            st.counts[gen] += 1;
        }
        for c in st.counts.iter_mut().take(gen) {
            *c = 0;
        }
        match gen {
            2 => {
                st.long_lived_pending = 0;
                st.long_lived_total = survivors;
            }
            1 => st.long_lived_pending += survivors,
            _ => {}
        }
        let s = &mut st.stats[gen];
        s.collections += 1;
        s.collected += found;
    }
    if save {
        drop(world);
        domain().state.lock().running = false;
        crate::runtime::stats::collected(began);
        return (found, garbage);
    }
    for o in &garbage {
        crate::runtime::traverse::clear(o);
    }
    drop(garbage);
    drop(world);
    domain().state.lock().running = false;
    crate::runtime::stats::collected(began);
    (found, Vec::new())
}

/// Kills the weak references to garbage, as CPython does before finalizers run: their
/// callbacks are queued, except those of weak references that are garbage themselves.
fn clear_weakrefs(garbage: &[ObjRef]) {
    let weakly: Vec<usize> = garbage
        .iter()
        .filter(|o| Ref::gc_head(o).is_some_and(|h| h.flags() & WEAKLY_REFERENCED != 0))
        .map(|o| ObjRef::as_ptr(o) as usize)
        .collect();
    if weakly.is_empty() {
        return;
    }
    let all: std::collections::HashSet<usize> =
        garbage.iter().map(|o| ObjRef::as_ptr(o) as usize).collect();
    for o in garbage {
        if let Some(h) = Ref::gc_head(o) {
            h.bits.fetch_and(!WEAKLY_REFERENCED, Ordering::Relaxed);
        }
    }
    for addr in weakly {
        crate::runtime::weakref::referent_died(addr, &|owner| all.contains(&owner));
    }
}

/// The positions in `set` of the members not reachable from outside it: `own` references to
/// each are the caller's and do not count. None when some contents could not be looked at
/// (then nothing may be freed). The world is stopped and every member is live.
fn unreachable(set: &[*const GcHead], own: u64) -> Option<Vec<usize>> {
    // SAFETY (for every dereference and `peek_gc_head` below): the caller's guarantee.
    for &h in set {
        let (_, count) = unsafe { Ref::<Object>::peek_gc_head(h) };
        unsafe { (*h).begin((count as u64).saturating_sub(own)) };
    }
    let mut complete = true;
    for &h in set {
        let (o, _) = unsafe { Ref::<Object>::peek_gc_head(h) };
        complete &= crate::runtime::traverse::traverse(o, &mut |r| {
            if let Some(rh) = Ref::gc_head(r) {
                if rh.flags() & COLLECTING != 0 {
                    rh.take_ref();
                }
            }
        });
    }
    if complete {
        let mut stack: Vec<*const GcHead> = Vec::new();
        for &h in set {
            let head = unsafe { &*h };
            if head.refs() > 0 {
                head.set_flags(REACHABLE);
                stack.push(h);
            }
        }
        while let Some(h) = stack.pop() {
            let (o, _) = unsafe { Ref::<Object>::peek_gc_head(h) };
            complete &= crate::runtime::traverse::traverse(o, &mut |r| {
                if let Some(rh) = Ref::gc_head(r) {
                    if rh.flags() & (COLLECTING | REACHABLE) == COLLECTING {
                        rh.set_flags(REACHABLE);
                        stack.push(rh);
                    }
                }
            });
        }
    }
    let mut unreached = Vec::new();
    for (i, &h) in set.iter().enumerate() {
        let head = unsafe { &*h };
        if head.flags() & REACHABLE == 0 {
            unreached.push(i);
        }
        head.end();
    }
    complete.then_some(unreached)
}

/// Finds the unreachable objects of generations 0 to `gen`, with a reference to each, and
/// how many objects survived; moves the survivors one generation up. The world is stopped.
fn find_garbage(gen: usize) -> (Vec<ObjRef>, usize) {
    let older = (gen + 1).min(2);
    let mut candidates: Vec<*const GcHead> = Vec::new();
    for heap in heaps() {
        let _g = heap.lock.lock();
        for l in 0..=gen {
            // SAFETY: the heap's lock is held and the world is stopped.
            candidates.extend(unsafe { members(&heap.lists[l]) });
        }
        for l in 0..=gen {
            if l != older {
                // SAFETY: as above.
                unsafe { splice(&heap.lists[l], &heap.lists[older]) };
            }
        }
        heap.young.set(0);
    }
    // (tracked objects leave the lists before they are freed, and nothing is freed while
    // the world is stopped, so every candidate is live)
    let Some(unreached) = unreachable(&candidates, 0) else {
        return (Vec::new(), candidates.len());
    };
    let garbage: Vec<ObjRef> = unreached
        .into_iter()
        // SAFETY: the candidate is live and the world is stopped.
        .map(|i| unsafe { Ref::<Object>::from_gc_head(candidates[i]) })
        .collect();
    let survivors = candidates.len() - garbage.len();
    (garbage, survivors)
}

/// The garbage left once finalizers have run: objects something outside the set refers to
/// again (resurrected), and what they reach, are dropped from it. The world is stopped.
fn without_resurrected(garbage: Vec<ObjRef>) -> Vec<ObjRef> {
    let heads: Vec<*const GcHead> = garbage
        .iter()
        .filter_map(|o| Ref::gc_head(o).map(|h| h as *const GcHead))
        .collect();
    if heads.len() != garbage.len() {
        return Vec::new();
    }
    // each member is live: `garbage` holds a reference to it (the one `own` discounts)
    match unreachable(&heads, 1) {
        Some(unreached) => {
            let mut garbage: Vec<Option<ObjRef>> = garbage.into_iter().map(Some).collect();
            unreached
                .into_iter()
                .filter_map(|i| garbage[i].take())
                .collect()
        }
        None => Vec::new(),
    }
}

/// Moves every tracked object to the permanent generation, which collections ignore
/// (`gc.freeze`).
pub fn freeze() {
    let _world = crate::runtime::gil::stop_the_world();
    for heap in heaps() {
        let _g = heap.lock.lock();
        for l in 0..PERMANENT {
            // SAFETY: the heap's lock is held.
            unsafe { splice(&heap.lists[l], &heap.lists[PERMANENT]) };
        }
        heap.young.set(0);
    }
}

/// Moves the permanent generation back into the oldest one (`gc.unfreeze`), but for
/// immortal objects.
pub fn unfreeze() {
    let _world = crate::runtime::gil::stop_the_world();
    for heap in heaps() {
        let _g = heap.lock.lock();
        // SAFETY: the heap's lock is held; members are live tracked objects.
        let thawed: Vec<*const GcHead> = unsafe { members(&heap.lists[PERMANENT]) }
            .filter(|&h| unsafe { (*h).flags() } & IMMORTAL == 0)
            .collect();
        for h in thawed {
            // SAFETY: as above.
            unsafe {
                unlink(&*h);
                link(&heap.lists[2], &*h);
            }
        }
    }
}

/// How many objects `gc.freeze` moved to the permanent generation (`gc.get_freeze_count`;
/// immortal objects are not counted).
pub fn freeze_count() -> usize {
    let _world = crate::runtime::gil::stop_the_world();
    heaps()
        .map(|heap| {
            let _g = heap.lock.lock();
            // SAFETY: the heap's lock is held; members are live tracked objects.
            unsafe { members(&heap.lists[PERMANENT]) }
                .filter(|&h| unsafe { (*h).flags() } & IMMORTAL == 0)
                .count()
        })
        .sum()
}

/// Every tracked object of generation `gen` (all generations but the permanent one for
/// `None`), as new references (`gc.get_objects`).
pub fn objects(gen: Option<usize>) -> Vec<ObjRef> {
    let _world = crate::runtime::gil::stop_the_world();
    let mut out = Vec::new();
    for heap in heaps() {
        let _g = heap.lock.lock();
        for l in 0..PERMANENT {
            if gen.is_some_and(|g| g != l) {
                continue;
            }
            // SAFETY: the heap's lock is held; members are live tracked objects.
            for h in unsafe { members(&heap.lists[l]) } {
                out.push(unsafe { Ref::<Object>::from_gc_head(h) });
            }
        }
    }
    out
}

/// How many tracked objects there are, immortal ones included.
pub fn tracked_count() -> usize {
    let _world = crate::runtime::gil::stop_the_world();
    heaps()
        .map(|heap| {
            let _g = heap.lock.lock();
            (0..LISTS)
                // SAFETY: the heap's lock is held; members are live tracked objects.
                .map(|l| unsafe { members(&heap.lists[l]) }.count())
                .sum::<usize>()
        })
        .sum()
}
