//! `CachingAlloc`: the system allocator behind a small per-thread cache of freed blocks, for
//! the sizes Gilt's objects come in (up to 136 bytes).
//!
//! A Gilt program frees and allocates objects of a few sizes by the million (a str, a tuple,
//! an instance, a frame's buffers). glibc's own per-thread cache keeps 7 blocks per size, and
//! with its fast bins off (see `main.rs`) every further free goes through its bins. Here a
//! freed block of a small size joins a per-thread list of up to [`KEEP`] blocks of its class,
//! and the next allocation of that class takes it back: a few instructions each way, no
//! locks and no atomics, in both builds. A block freed on another thread than the one that
//! allocated it simply joins that thread's list.
//!
//! Blocks of the two sizes objects come in, the slab sizes (an object's block,
//! `sync::OBJECT_BLOCK`: 56 bytes, 80 in the free-threaded build; a tracked container's, with
//! the cycle collector's header in front, `sync::HEADED_BLOCK`: 80 bytes, 104), and of the
//! sizes just below each, are not asked of the system allocator one by one: they are cut
//! from 256 KB chunks, one per slab size and thread, a block's size apart, so they carry none
//! of glibc's 8 bytes of header and rounding (an object takes 56 bytes instead of 64, a
//! container 80 instead of 96). Such a block is never given back to the system: a freed one
//! joins the freeing thread's list, and a thread whose list is full (or that ends) hands the
//! list whole to the shared pool of its size, from which threads refill theirs before
//! cutting a new chunk. A program's peak of objects therefore stays allocated to objects of
//! the same size afterwards.
//!
//! The `gilt` binary installs it with `#[global_allocator]`; an embedder may do the same. A
//! thread's cached blocks go back to the system allocator when the thread calls
//! [`release_thread_cache`] (Gilt's own threads do as they finish); a thread that never does
//! keeps at most `KEEP` blocks per class, 640 KB at most. `KEEP` is 1,024: compiling a large
//! file, or dropping a whole tree of objects, frees blocks in bursts, and with 64 per class most
//! of them went back through the system allocator's bins.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr;
use std::sync::atomic::{AtomicIsize, Ordering};

/// What an interpreter with a memory limit counts: the bytes its threads allocated and have
/// not freed, and the most they may. Small blocks count when a thread's cache takes them
/// from the system or the shared pool, and stop counting when it hands them back, so the
/// fast paths (a block reused from the thread's own list) cost nothing; a thread's cached
/// free blocks (at most [`KEEP`] per size class) count as held.
#[derive(Default)]
pub struct Meter {
    pub used: AtomicIsize,
    /// 0: no limit (nothing is counted).
    pub cap: usize,
    /// An allocation was refused for the cap ([`over_limit`]) since the interpreter last
    /// reported it: the next check stops the script even if the count is below the cap.
    pub tripped: std::sync::atomic::AtomicBool,
}

impl Meter {
    /// Whether `extra` more bytes would take the count past the cap.
    pub fn over(&self, extra: usize) -> bool {
        self.cap != 0
            && (self.used.load(Ordering::Relaxed).max(0) as usize).saturating_add(extra) > self.cap
    }

    /// Whether the script must stop: the count is past the cap, or an allocation was refused
    /// for it (reported once).
    pub fn exceeded(&self, extra: usize) -> bool {
        self.over(extra) || self.tripped.swap(false, Ordering::Relaxed)
    }
}

/// Whether this thread runs for an interpreter whose memory limit `extra` more bytes would
/// pass (for allocations of a size the program chose, refused with MemoryError before they
/// are tried).
pub fn over_limit(extra: usize) -> bool {
    if !METERING.load(Ordering::Relaxed) {
        return false;
    }
    CACHE
        .try_with(|c| {
            // SAFETY: as in `alloc` for the cache; a meter is valid while it is set
            // (`set_meter`'s contract).
            unsafe {
                let m = (*c.get()).meter;
                let over = !m.is_null() && (*m).over(extra);
                if over {
                    (*m).tripped.store(true, Ordering::Relaxed);
                }
                over
            }
        })
        .unwrap_or(false)
}

/// Size classes: 24, 40, …, 136 bytes. glibc puts an 8-byte header before each block and
/// rounds the two to 16, so these sizes waste nothing there.
const CLASSES: usize = 8;
const CLASS_STEP: usize = 16;
const SMALLEST: usize = 24;
const LARGEST: usize = SMALLEST + (CLASSES - 1) * CLASS_STEP;
/// The alignment malloc guarantees on x86-64 and AArch64 Linux.
const ALIGN: usize = 16;
/// Freed blocks kept per class and thread (for a slab class: how many make a batch handed
/// to the shared pool).
pub const KEEP: u32 = 1024;
/// How many slab sizes there are.
const SLABS: usize = 2;
/// The strides of slab blocks, smaller first: every object is exactly the first size (56
/// bytes, 80 in the free-threaded build), every tracked container the second (80, 104).
const SLAB_SIZES: [usize; SLABS] = [
    crate::runtime::sync::OBJECT_BLOCK,
    crate::runtime::sync::HEADED_BLOCK,
];
/// The classes whose blocks are cut from chunks: requests of such a class up to its slab
/// size and 8-aligned.
const SLAB_CLASSES: [usize; SLABS] = [class_index(SLAB_SIZES[0]), class_index(SLAB_SIZES[1])];
const _: () = {
    let mut s = 0;
    while s < SLABS {
        assert!(SLAB_SIZES[s].is_multiple_of(8) && SLAB_SIZES[s] <= LARGEST);
        // room for a batch's bookkeeping in the pool (`give_batch`)
        assert!(SLAB_SIZES[s] >= 3 * size_of::<usize>());
        s += 1;
    }
    // Distinct classes in ascending order, so `class_of`'s one pass moves a request past
    // both when they are adjacent (as in the free-threaded build), and a class above the
    // second takes the rest of it.
    assert!(SLAB_CLASSES[0] < SLAB_CLASSES[1] && SLAB_CLASSES[1] + 1 < CLASSES);
};
/// The size of a chunk slab blocks are cut from (the system maps it; pages become resident
/// as blocks are first used).
const CHUNK: usize = 256 * 1024;

struct Cache {
    heads: [*mut u8; CLASSES],
    counts: [u32; CLASSES],
    /// The uncut rest of this thread's current chunk of each slab size.
    bump: [*mut u8; SLABS],
    bump_end: [*mut u8; SLABS],
    /// The byte count of the interpreter this thread runs for, when it has a memory limit
    /// ([`set_meter`]); null otherwise.
    meter: *const Meter,
}

thread_local! {
    // const-initialised and without a destructor: using it never allocates, which an
    // allocator's own state must not.
    static CACHE: UnsafeCell<Cache> = const {
        UnsafeCell::new(Cache {
            heads: [ptr::null_mut(); CLASSES],
            counts: [0; CLASSES],
            bump: [ptr::null_mut(); SLABS],
            bump_end: [ptr::null_mut(); SLABS],
            meter: ptr::null(),
        })
    };
}

/// Makes this thread count the bytes it allocates (less those it frees) in `meter`, or stop
/// counting (null); returns the meter it replaces, to be put back when done. Only
/// allocations through [`CachingAlloc`] are counted: the `gilt` binary's, and an
/// embedder's that installs it.
///
/// # Safety
/// `meter` stays valid until it is replaced on this thread.
unsafe fn set_meter(meter: *const Meter) -> *const Meter {
    if !meter.is_null() {
        METERING.store(true, Ordering::Relaxed);
    }
    CACHE
        .try_with(|c| {
            // SAFETY: as in `alloc`.
            let c = unsafe { &mut *c.get() };
            std::mem::replace(&mut c.meter, meter)
        })
        .unwrap_or(ptr::null())
}

/// A meter in force on this thread: dropping it (on unwinding too) puts the previous one
/// back.
pub(crate) struct MeterScope(*const Meter);

/// Makes this thread count against `meter` (null: count nothing) until the returned scope is
/// dropped.
///
/// # Safety
/// `meter` stays valid until the scope is dropped, and scopes on one thread are dropped in
/// the reverse order of their making.
pub(crate) unsafe fn meter_scope(meter: *const Meter) -> MeterScope {
    // SAFETY: the caller's guarantee.
    MeterScope(unsafe { set_meter(meter) })
}

impl Drop for MeterScope {
    fn drop(&mut self) {
        // SAFETY: the meter put back is the one in force when the `Restore` was made, set by
        // a caller further up this thread's stack, which is still running.
        unsafe { set_meter(self.0) };
    }
}

/// Runs `f` with this thread's allocations and frees counted in `meter` (if it has a cap):
/// for a host thread letting go of an interpreter's objects outside a call.
pub(crate) fn metered_by<R>(meter: &Meter, f: impl FnOnce() -> R) -> R {
    if meter.cap == 0 {
        return f();
    }
    // SAFETY: `meter` outlives this call; the scope ends before the call does, however it
    // ends.
    let _scope = unsafe { meter_scope(meter) };
    f()
}

/// Runs `f` with this thread's allocations not counted (values made for the host, which
/// frees them outside any interpreter).
pub(crate) fn unmetered<R>(f: impl FnOnce() -> R) -> R {
    // SAFETY: null is always valid; the scope ends before the call does.
    let _scope = unsafe { meter_scope(ptr::null()) };
    f()
}

/// Adds `delta` bytes to this thread's meter, if it has one.
#[inline]
fn meter(c: &Cache, delta: isize) {
    if !c.meter.is_null() {
        // SAFETY: `set_meter`'s caller keeps the meter valid while it is set.
        unsafe { (*c.meter).used.fetch_add(delta, Ordering::Relaxed) };
    }
}

/// Set once any meter was put in force: until then large blocks skip looking for one.
static METERING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Adds `delta` bytes to this thread's meter, from outside the cache's closures.
#[inline(always)]
fn meter_large(delta: isize) {
    if METERING.load(Ordering::Relaxed) {
        meter_this_thread(delta);
    }
}

/// [`meter_large`]'s work, out of line so that the allocator's paths stay small.
#[cold]
#[inline(never)]
fn meter_this_thread(delta: isize) {
    let _ = CACHE.try_with(|c| {
        // SAFETY: as in `alloc`.
        meter(unsafe { &*c.get() }, delta)
    });
}

/// Batches of free slab blocks of one size handed over by threads: each batch is a list
/// linked through the blocks' first words; a batch's first block holds the next batch at
/// word 1 and the batch's length at word 2.
struct Pool {
    batches: *mut u8,
}

// SAFETY: the pool only holds free blocks, reached by whoever holds the mutex.
unsafe impl Send for Pool {}

/// One pool per slab size, so a batch always refills a list of its own size.
static POOLS: [std::sync::Mutex<Pool>; SLABS] = [const {
    std::sync::Mutex::new(Pool {
        batches: ptr::null_mut(),
    })
}; SLABS];

fn pool(slab: usize) -> std::sync::MutexGuard<'static, Pool> {
    POOLS[slab].lock().unwrap_or_else(|e| e.into_inner())
}

/// Hands a list of `count` free blocks of slab size `slab` starting at `head` to its pool.
///
/// # Safety
/// `head` is a null-terminated list of `count` (> 0) free blocks of slab size `slab` (or
/// larger) that the caller owns.
unsafe fn give_batch(slab: usize, head: *mut u8, count: u32) {
    let mut p = pool(slab);
    // SAFETY: `head` is a free block of at least a slab size (three words or more, asserted
    // with `SLAB_SIZES`), 8-aligned, owned by the caller; words 1 and 2 are unused by the
    // list (which links through word 0).
    unsafe {
        head.cast::<*mut u8>().add(1).write(p.batches);
        head.cast::<usize>().add(2).write(count as usize);
    }
    p.batches = head;
}

/// A batch from the pool of slab size `slab`: its first block and length.
fn take_batch(slab: usize) -> Option<(*mut u8, u32)> {
    let mut p = pool(slab);
    let head = p.batches;
    if head.is_null() {
        return None;
    }
    // SAFETY: `head` is the first block of a batch `give_batch` stored, which wrote words 1
    // and 2; the pool's mutex is held.
    unsafe {
        p.batches = head.cast::<*mut u8>().add(1).read();
        Some((head, head.cast::<usize>().add(2).read() as u32))
    }
}

impl Cache {
    /// A block of slab size `slab` when this thread's list of it is empty: a batch from its
    /// pool, else one cut from the current chunk of that size (a new chunk when it is used
    /// up); null when the system has no memory.
    fn slab_refill(&mut self, slab: usize) -> *mut u8 {
        let (class, size) = (SLAB_CLASSES[slab], SLAB_SIZES[slab]);
        if let Some((head, count)) = take_batch(slab) {
            meter(self, (count as usize * class_size(class)) as isize);
            // SAFETY: `head` is a free block of the batch, linked through its first word.
            self.heads[class] = unsafe { head.cast::<*mut u8>().read() };
            self.counts[class] = count - 1;
            return head;
        }
        if self.bump[slab] == self.bump_end[slab] {
            // SAFETY: the layout has a non-zero size.
            let chunk = unsafe { System.alloc(Layout::from_size_align(CHUNK, 64).expect("chunk")) };
            if chunk.is_null() {
                return chunk;
            }
            self.bump[slab] = chunk;
            // SAFETY: within the chunk just allocated.
            self.bump_end[slab] = unsafe { chunk.add(CHUNK / size * size) };
        }
        meter(self, class_size(class) as isize);
        let p = self.bump[slab];
        // SAFETY: `bump` is at least one block below `bump_end`, both in the same chunk, a
        // whole number of blocks of this size apart.
        self.bump[slab] = unsafe { p.add(size) };
        p
    }
}

/// The class whose blocks are the smallest to hold `size` bytes, slab sizes aside.
#[inline]
const fn class_index(size: usize) -> usize {
    size.saturating_sub(SMALLEST - CLASS_STEP + 1) / CLASS_STEP
}

/// The class of a request, when small enough to be cached.
#[inline]
fn class_of(layout: Layout) -> Option<usize> {
    if layout.size() <= LARGEST && layout.align() <= ALIGN {
        let mut class = class_index(layout.size());
        // slab blocks are only 8-aligned, and may be shorter than their class: the rest of
        // the class goes up (past the second slab class too, when it is the next one)
        for s in 0..SLABS {
            if class == SLAB_CLASSES[s] && (layout.align() > 8 || layout.size() > SLAB_SIZES[s]) {
                class += 1;
            }
        }
        Some(class)
    } else {
        None
    }
}

/// The slab size whose blocks serve `class`, if any.
#[inline]
fn slab_of(class: usize) -> Option<usize> {
    (0..SLABS).find(|&s| SLAB_CLASSES[s] == class)
}

/// The bytes a block of `class` takes (what the meter counts for it).
#[inline]
fn class_size(class: usize) -> usize {
    SMALLEST + class * CLASS_STEP
}

/// Every block of a class is allocated at the class's full size, so any block of the class
/// can serve any request of it.
#[inline]
fn class_layout(class: usize) -> Layout {
    // SAFETY: the size is positive and far from overflowing; the alignment is a power of two.
    unsafe { Layout::from_size_align_unchecked(SMALLEST + class * CLASS_STEP, ALIGN) }
}

/// The system allocator with a per-thread cache of small freed blocks.
pub struct CachingAlloc;

// SAFETY: small requests are served from blocks of at least their size and alignment (class
// blocks are allocated with `class_layout`; slab blocks come in two sizes, 56 and 80 bytes
// (80 and 104 in the free-threaded build), each with a class of its own, are 8-aligned, cut
// from 64-aligned chunks of their own size, and serve only requests of their class of at most
// their size and 8-alignment), which only the freeing thread's cache or the pool of their
// size (under its mutex) holds once freed, so a block is never handed out twice; slab blocks
// never reach `System.dealloc`; everything else goes to `System` unchanged.
unsafe impl GlobalAlloc for CachingAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else {
            // SAFETY: forwarded with the caller's guarantees.
            let p = unsafe { System.alloc(layout) };
            if !p.is_null() {
                meter_large(layout.size() as isize);
            }
            return p;
        };
        let cached = CACHE
            .try_with(|c| {
                // SAFETY: the cache is this thread's own and no reference to it outlives
                // this closure; the allocator never re-enters itself while in it.
                let c = unsafe { &mut *c.get() };
                let head = c.heads[class];
                if head.is_null() {
                    return match slab_of(class) {
                        Some(slab) => c.slab_refill(slab),
                        None => head,
                    };
                }
                // SAFETY: a cached block is free memory of at least 16 bytes whose first
                // word this cache wrote when the block was freed: the next block's address.
                c.heads[class] = unsafe { head.cast::<*mut u8>().read() };
                c.counts[class] -= 1;
                head
            })
            .unwrap_or(ptr::null_mut());
        if !cached.is_null() {
            return cached;
        }
        // (a slab block asked for while this thread's cache is gone or out of memory comes
        // from the system; as any free block of its size and alignment, it may later serve
        // as a slab block, and is never given back)
        // SAFETY: `class_layout` has a non-zero size.
        let p = unsafe { System.alloc(class_layout(class)) };
        if !p.is_null() {
            meter_large(class_size(class) as isize);
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if class_of(layout).is_none() {
            // Large zeroed requests keep calloc's fresh, untouched pages.
            // SAFETY: forwarded with the caller's guarantees.
            let p = unsafe { System.alloc_zeroed(layout) };
            if !p.is_null() {
                meter_large(layout.size() as isize);
            }
            return p;
        }
        // SAFETY: forwarded with the caller's guarantees; a block of the class holds at
        // least `layout.size()` bytes, which are zeroed here.
        unsafe {
            let p = self.alloc(layout);
            if !p.is_null() {
                ptr::write_bytes(p, 0, layout.size());
            }
            p
        }
    }

    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        let Some(class) = class_of(layout) else {
            meter_large(-(layout.size() as isize));
            // SAFETY: forwarded with the caller's guarantees.
            return unsafe { System.dealloc(p, layout) };
        };
        let kept = CACHE
            .try_with(|c| {
                // SAFETY: as in `alloc`.
                let c = unsafe { &mut *c.get() };
                if c.counts[class] >= KEEP {
                    let Some(slab) = slab_of(class) else {
                        return false;
                    };
                    meter(c, -((KEEP as usize * class_size(class)) as isize));
                    // SAFETY: the list is this cache's own, `KEEP` free blocks of the slab
                    // size long.
                    unsafe { give_batch(slab, c.heads[class], c.counts[class]) };
                    c.heads[class] = ptr::null_mut();
                    c.counts[class] = 0;
                }
                // SAFETY: `p` is a freed block of this class (at least 16 bytes, 16-aligned),
                // now owned by the cache; its first word links it to the list.
                unsafe { p.cast::<*mut u8>().write(c.heads[class]) };
                c.heads[class] = p;
                c.counts[class] += 1;
                true
            })
            .unwrap_or(false);
        if !kept {
            if let Some(slab) = slab_of(class) {
                // SAFETY: `p` is a free block of the slab size, now a list of one.
                unsafe {
                    p.cast::<*mut u8>().write(ptr::null_mut());
                    give_batch(slab, p, 1);
                }
                return;
            }
            meter_large(-(class_size(class) as isize));
            // SAFETY: the block was allocated by `System` with `class_layout(class)`.
            unsafe { System.dealloc(p, class_layout(class)) };
        }
    }

    #[inline]
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `new_size` is valid for `layout`'s alignment.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            (None, None) => {
                // SAFETY: neither block is cached; forwarded with the caller's guarantees.
                let q = unsafe { System.realloc(p, layout, new_size) };
                if !q.is_null() {
                    meter_large(new_size as isize - layout.size() as isize);
                }
                q
            }
            (Some(a), Some(b)) if a == b => p,
            _ => {
                // SAFETY: `new_layout` has a non-zero size (the caller's guarantee); the old
                // block is valid for `layout.size()` bytes and is freed once, after copying.
                unsafe {
                    let q = self.alloc(new_layout);
                    if !q.is_null() {
                        ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
                        self.dealloc(p, layout);
                    }
                    q
                }
            }
        }
    }
}

/// Gives this thread's cached blocks back to the system allocator (slab blocks, and the
/// uncut rest of the thread's chunks, to the shared pools). Gilt's threads call it as they
/// finish; an embedder's threads that ran Gilt code may call it before exiting.
pub fn release_thread_cache() {
    let _ = CACHE.try_with(|c| {
        // SAFETY: as in `alloc`; the lists are detached from the cache before any block is
        // freed, so the system allocator's work cannot observe them half-emptied.
        let c = unsafe { &mut *c.get() };
        // slab blocks go to the pool of their size: the list whole, and the uncut rest of
        // the chunk as a list of its own
        for (slab, &class) in SLAB_CLASSES.iter().enumerate() {
            let (head, count) = (c.heads[class], c.counts[class]);
            if count > 0 {
                // SAFETY: the cache's own list of `count` free blocks of the slab size.
                unsafe { give_batch(slab, head, count) };
            }
            c.heads[class] = ptr::null_mut();
            c.counts[class] = 0;
            let (mut rest, mut n, mut at) = (ptr::null_mut::<u8>(), 0, c.bump[slab]);
            while at != c.bump_end[slab] {
                // SAFETY: `at` is an uncut block of the current chunk of this size, below
                // `bump_end`, which is a whole number of blocks above it.
                unsafe {
                    at.cast::<*mut u8>().write(rest);
                    rest = at;
                    at = at.add(SLAB_SIZES[slab]);
                }
                n += 1;
            }
            if n > 0 {
                // SAFETY: `rest` lists the `n` blocks of the slab size just linked.
                unsafe { give_batch(slab, rest, n) };
            }
            c.bump[slab] = ptr::null_mut();
            c.bump_end[slab] = ptr::null_mut();
        }
        for class in (0..CLASSES).filter(|&k| slab_of(k).is_none()) {
            let mut p = std::mem::replace(&mut c.heads[class], ptr::null_mut());
            c.counts[class] = 0;
            while !p.is_null() {
                // SAFETY: `p` is a cached block of this class; its first word is the next
                // block's address, read before the block is freed.
                unsafe {
                    let next = p.cast::<*mut u8>().read();
                    System.dealloc(p, class_layout(class));
                    p = next;
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cover_small_requests() {
        let class = |size, align| class_of(Layout::from_size_align(size, align).unwrap());
        assert_eq!(class(1, 1), Some(0));
        assert_eq!(class(24, 8), Some(0));
        assert_eq!(class(25, 8), Some(1));
        assert_eq!(class(72, 8), Some(3));
        assert_eq!(class(136, 16), Some(7));
        for (&size, &slab_class) in SLAB_SIZES.iter().zip(&SLAB_CLASSES) {
            assert_eq!(class(size, 8), Some(slab_class));
            assert_eq!(class(size - 7, 8), Some(slab_class));
            let c = class(size, 16).unwrap();
            assert!(
                c > slab_class && slab_of(c).is_none(),
                "slab blocks are 8-aligned"
            );
        }
        assert_eq!(class(137, 8), None);
        assert_eq!(class(64, 32), None);
        for size in 1..=LARGEST {
            let c = class(size, 8).unwrap();
            assert!(
                class_layout(c).size() >= size,
                "class {c} holds {size} bytes"
            );
            let slab_rest = (0..SLABS).any(|s| c == SLAB_CLASSES[s] + 1 && size > SLAB_SIZES[s]);
            assert!(
                c == 0 || class_layout(c - 1).size() < size || slab_rest,
                "{size} in the smallest class"
            );
        }
    }

    #[test]
    fn blocks_are_reused_and_released() {
        let a = CachingAlloc;
        let l = Layout::from_size_align(40, 8).unwrap();
        // SAFETY: each block is allocated, written within its size, and freed once.
        unsafe {
            let p = a.alloc(l);
            assert!(!p.is_null());
            p.write_bytes(0xAB, 40);
            a.dealloc(p, l);
            let q = a.alloc(Layout::from_size_align(36, 16).unwrap());
            assert_eq!(p, q, "a freed block of the class is handed out again");
            q.write_bytes(0xCD, 36);
            let r = a.realloc(q, Layout::from_size_align(36, 16).unwrap(), 1000);
            assert!(!r.is_null());
            assert!(
                (0..36).all(|i| *r.add(i) == 0xCD),
                "realloc keeps the contents"
            );
            a.dealloc(r, Layout::from_size_align(1000, 16).unwrap());
        }
        release_thread_cache();
    }

    #[test]
    fn every_object_is_a_slab_block() {
        let object = Layout::from_size_align(crate::runtime::sync::OBJECT_BLOCK, 8).unwrap();
        let headed = Layout::from_size_align(crate::runtime::sync::HEADED_BLOCK, 8).unwrap();
        assert_eq!(class_of(object).and_then(slab_of), Some(0), "{object:?}");
        assert_eq!(class_of(headed).and_then(slab_of), Some(1), "{headed:?}");
        for size in 1..=LARGEST {
            for align in [1, 8, 16] {
                let c = class_of(Layout::from_size_align(size, align).unwrap()).unwrap();
                if let Some(s) = slab_of(c) {
                    assert!(
                        size <= SLAB_SIZES[s] && align <= 8,
                        "{size} ({align}-aligned) fits a slab block of {}",
                        SLAB_SIZES[s]
                    );
                }
            }
        }
    }

    #[test]
    fn slab_blocks_are_disjoint_and_keep_their_contents() {
        let a = CachingAlloc;
        let layouts = SLAB_SIZES.map(|size| Layout::from_size_align(size, 8).unwrap());
        let n = |l: Layout| 2 * CHUNK / l.size() + 10;
        // SAFETY: each block is allocated, written and read within its size, and freed once.
        unsafe {
            // both sizes at once, alternating, so that their chunks are cut side by side
            let mut blocks: Vec<(*mut u8, Layout)> = Vec::new();
            for i in 0..n(layouts[0]).max(n(layouts[1])) {
                for &l in layouts.iter().filter(|&&l| i < n(l)) {
                    blocks.push((a.alloc(l), l));
                }
            }
            for (i, &(p, l)) in blocks.iter().enumerate() {
                assert!(!p.is_null() && (p as usize).is_multiple_of(8));
                p.write_bytes(i as u8, l.size());
            }
            let mut sorted = blocks.clone();
            sorted.sort_by_key(|&(p, _)| p);
            assert!(sorted
                .windows(2)
                .all(|w| w[1].0 as usize - w[0].0 as usize >= w[0].1.size()));
            for (i, &(p, l)) in blocks.iter().enumerate() {
                assert!(
                    (0..l.size()).all(|k| *p.add(k) == i as u8),
                    "block {i} intact"
                );
            }
            for &(p, l) in &blocks {
                a.dealloc(p, l);
            }
            // freed past a batch's worth: the rest went to the pools, and come back from them
            for &l in &layouts {
                let again: Vec<*mut u8> = (0..n(l)).map(|_| a.alloc(l)).collect();
                assert!(again.iter().all(|p| !p.is_null()));
                for &p in &again {
                    p.write_bytes(0x5A, l.size());
                    a.dealloc(p, l);
                }
            }
        }
        release_thread_cache();
    }

    /// A block handed to another thread (keeping its provenance, for Miri's sake).
    struct Block(*mut u8);
    // SAFETY: the block is free memory owned by whoever holds the `Block`.
    unsafe impl Send for Block {}

    #[test]
    fn slab_blocks_freed_by_another_thread_serve_again() {
        for size in SLAB_SIZES {
            freed_by_another_thread_serve_again(Layout::from_size_align(size - 8, 8).unwrap());
        }
    }

    fn freed_by_another_thread_serve_again(l: Layout) {
        let made: Vec<Block> = (0..3000)
            // SAFETY: allocated here, written within its size, freed once by the other thread.
            .map(|i| unsafe {
                let p = CachingAlloc.alloc(l);
                p.write_bytes(i as u8, l.size());
                Block(p)
            })
            .collect();
        std::thread::spawn(move || {
            for Block(p) in made {
                // SAFETY: each block was allocated above with `l` and is freed once.
                unsafe { CachingAlloc.dealloc(p, l) };
            }
            release_thread_cache();
        })
        .join()
        .unwrap();
        // SAFETY: as above.
        unsafe {
            for _ in 0..3000 {
                let p = CachingAlloc.alloc(l);
                assert!(!p.is_null());
                p.write_bytes(0xA5, l.size());
                CachingAlloc.dealloc(p, l);
            }
        }
        release_thread_cache();
    }

    #[test]
    fn zeroed_blocks_are_zero_even_when_reused() {
        let a = CachingAlloc;
        let l = Layout::from_size_align(56, 8).unwrap();
        // SAFETY: each block is allocated, read and written within its size, and freed once.
        unsafe {
            let p = a.alloc(l);
            p.write_bytes(0xEE, 56);
            a.dealloc(p, l);
            let q = a.alloc_zeroed(l);
            assert_eq!(p, q);
            assert!((0..56).all(|i| *q.add(i) == 0));
            a.dealloc(q, l);
            let big = Layout::from_size_align(1 << 20, 8).unwrap();
            let z = a.alloc_zeroed(big);
            assert!(!z.is_null() && *z == 0 && *z.add((1 << 20) - 1) == 0);
            a.dealloc(z, big);
        }
        release_thread_cache();
    }
}
