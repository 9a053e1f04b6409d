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
//! Blocks of an object's size (`sync::OBJECT_BLOCK`: 56 bytes, 80 in the free-threaded
//! build) and of the sizes just below it are not asked of the system allocator one by one:
//! they are cut from 256 KB chunks, an object's size apart, so they carry none of glibc's 8
//! bytes of header and rounding (an object takes 56 bytes instead of 64: an eighth of every
//! program's objects). Such a block is never given back to the system: a
//! freed one joins the freeing thread's list, and a thread whose list is full (or that ends)
//! hands the list whole to a shared pool, from which threads refill theirs before cutting a
//! new chunk. A program's peak of objects therefore stays allocated to objects afterwards.
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

/// Size classes: 24, 40, …, 136 bytes. glibc puts an 8-byte header before each block and
/// rounds the two to 16, so these sizes waste nothing there.
const CLASSES: usize = 8;
const CLASS_STEP: usize = 16;
const SMALLEST: usize = 24;
const LARGEST: usize = SMALLEST + (CLASSES - 1) * CLASS_STEP;
/// The alignment malloc guarantees on x86-64 and AArch64 Linux.
const ALIGN: usize = 16;
/// Freed blocks kept per class and thread (for the slab class: how many make a batch handed
/// to the shared pool).
pub const KEEP: u32 = 1024;
/// The stride of slab blocks: every object is exactly this big (56 bytes, 80 in the
/// free-threaded build).
const SLAB_BLOCK: usize = crate::sync::OBJECT_BLOCK;
/// The class whose blocks are cut from chunks: requests of that class up to `SLAB_BLOCK`
/// bytes and 8-aligned.
const SLAB_CLASS: usize = (SLAB_BLOCK - (SMALLEST - CLASS_STEP + 1)) / CLASS_STEP;
const _: () =
    assert!(SLAB_BLOCK.is_multiple_of(8) && SLAB_BLOCK <= LARGEST && SLAB_CLASS < CLASSES);
/// The size of a chunk slab blocks are cut from (the system maps it; pages become resident
/// as blocks are first used).
const CHUNK: usize = 256 * 1024;

struct Cache {
    heads: [*mut u8; CLASSES],
    counts: [u32; CLASSES],
    /// The uncut rest of this thread's current chunk.
    bump: *mut u8,
    bump_end: *mut u8,
}

thread_local! {
    // const-initialised and without a destructor: using it never allocates, which an
    // allocator's own state must not.
    static CACHE: UnsafeCell<Cache> = const {
        UnsafeCell::new(Cache {
            heads: [ptr::null_mut(); CLASSES],
            counts: [0; CLASSES],
            bump: ptr::null_mut(),
            bump_end: ptr::null_mut(),
        })
    };
}

/// Batches of free slab blocks handed over by threads: each batch is a list linked through
/// the blocks' first words; a batch's first block holds the next batch at word 1 and the
/// batch's length at word 2.
struct Pool {
    batches: *mut u8,
}

// SAFETY: the pool only holds free blocks, reached by whoever holds the mutex.
unsafe impl Send for Pool {}

static POOL: std::sync::Mutex<Pool> = std::sync::Mutex::new(Pool {
    batches: ptr::null_mut(),
});

fn pool() -> std::sync::MutexGuard<'static, Pool> {
    POOL.lock().unwrap_or_else(|e| e.into_inner())
}

/// Hands a list of `count` free slab blocks starting at `head` to the pool.
///
/// # Safety
/// `head` is a null-terminated list of `count` (> 0) free slab blocks that the caller owns.
unsafe fn give_batch(head: *mut u8, count: u32) {
    let mut p = pool();
    // SAFETY: `head` is a free block of 56 bytes owned by the caller; words 1 and 2 are
    // unused by the list (which links through word 0).
    unsafe {
        head.cast::<*mut u8>().add(1).write(p.batches);
        head.cast::<usize>().add(2).write(count as usize);
    }
    p.batches = head;
}

/// A batch from the pool: its first block and length.
fn take_batch() -> Option<(*mut u8, u32)> {
    let mut p = pool();
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
    /// A slab block when this thread's list is empty: a batch from the pool, else one cut
    /// from the current chunk (a new chunk when it is used up); null when the system has no
    /// memory.
    fn slab_refill(&mut self) -> *mut u8 {
        if let Some((head, count)) = take_batch() {
            // SAFETY: `head` is a free block of the batch, linked through its first word.
            self.heads[SLAB_CLASS] = unsafe { head.cast::<*mut u8>().read() };
            self.counts[SLAB_CLASS] = count - 1;
            return head;
        }
        if self.bump == self.bump_end {
            // SAFETY: the layout has a non-zero size.
            let chunk = unsafe { System.alloc(Layout::from_size_align(CHUNK, 64).expect("chunk")) };
            if chunk.is_null() {
                return chunk;
            }
            self.bump = chunk;
            // SAFETY: within the chunk just allocated.
            self.bump_end = unsafe { chunk.add(CHUNK / SLAB_BLOCK * SLAB_BLOCK) };
        }
        let p = self.bump;
        // SAFETY: `bump` is at least one block below `bump_end`, both in the same chunk.
        self.bump = unsafe { p.add(SLAB_BLOCK) };
        p
    }
}

/// The class of a request, when small enough to be cached.
#[inline]
fn class_of(layout: Layout) -> Option<usize> {
    if layout.size() <= LARGEST && layout.align() <= ALIGN {
        let class = layout.size().saturating_sub(SMALLEST - CLASS_STEP + 1) / CLASS_STEP;
        // slab blocks are only 8-aligned, and may be shorter than the class: the rest of
        // the class goes up
        Some(
            if class == SLAB_CLASS && (layout.align() > 8 || layout.size() > SLAB_BLOCK) {
                class + 1
            } else {
                class
            },
        )
    } else {
        None
    }
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
// blocks are allocated with `class_layout`; slab blocks are 56 bytes, 8-aligned, cut from
// 64-aligned chunks, and serve only requests of at most 56 bytes and 8-alignment), which
// only the freeing thread's cache or the pool (under its mutex) holds once freed, so a block
// is never handed out twice; slab blocks never reach `System.dealloc`; everything else goes
// to `System` unchanged.
unsafe impl GlobalAlloc for CachingAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else {
            // SAFETY: forwarded with the caller's guarantees.
            return unsafe { System.alloc(layout) };
        };
        let cached = CACHE
            .try_with(|c| {
                // SAFETY: the cache is this thread's own and no reference to it outlives
                // this closure; the allocator never re-enters itself while in it.
                let c = unsafe { &mut *c.get() };
                let head = c.heads[class];
                if head.is_null() {
                    return if class == SLAB_CLASS {
                        c.slab_refill()
                    } else {
                        head
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
        unsafe { System.alloc(class_layout(class)) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if class_of(layout).is_none() {
            // Large zeroed requests keep calloc's fresh, untouched pages.
            // SAFETY: forwarded with the caller's guarantees.
            return unsafe { System.alloc_zeroed(layout) };
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
            // SAFETY: forwarded with the caller's guarantees.
            return unsafe { System.dealloc(p, layout) };
        };
        let kept = CACHE
            .try_with(|c| {
                // SAFETY: as in `alloc`.
                let c = unsafe { &mut *c.get() };
                if c.counts[class] >= KEEP {
                    if class != SLAB_CLASS {
                        return false;
                    }
                    // SAFETY: the list is this cache's own, `KEEP` free slab blocks long.
                    unsafe { give_batch(c.heads[class], c.counts[class]) };
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
            if class == SLAB_CLASS {
                // SAFETY: `p` is a free slab block, now a list of one.
                unsafe {
                    p.cast::<*mut u8>().write(ptr::null_mut());
                    give_batch(p, 1);
                }
                return;
            }
            // SAFETY: the block was allocated by `System` with `class_layout(class)`.
            unsafe { System.dealloc(p, class_layout(class)) };
        }
    }

    #[inline]
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `new_size` is valid for `layout`'s alignment.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            // SAFETY: neither block is cached; forwarded with the caller's guarantees.
            (None, None) => unsafe { System.realloc(p, layout, new_size) },
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
/// uncut rest of the thread's chunk, to the shared pool). Gilt's threads call it as they
/// finish; an embedder's threads that ran Gilt code may call it before exiting.
pub fn release_thread_cache() {
    let _ = CACHE.try_with(|c| {
        // SAFETY: as in `alloc`; the lists are detached from the cache before any block is
        // freed, so the system allocator's work cannot observe them half-emptied.
        let c = unsafe { &mut *c.get() };
        // slab blocks go to the pool: the list whole, and the uncut rest of the chunk as a
        // list of its own
        let (head, count) = (c.heads[SLAB_CLASS], c.counts[SLAB_CLASS]);
        if count > 0 {
            // SAFETY: the cache's own list of `count` free slab blocks.
            unsafe { give_batch(head, count) };
        }
        c.heads[SLAB_CLASS] = ptr::null_mut();
        c.counts[SLAB_CLASS] = 0;
        let (mut rest, mut n, mut at) = (ptr::null_mut::<u8>(), 0, c.bump);
        while at != c.bump_end {
            // SAFETY: `at` is an uncut block of the current chunk, below `bump_end`.
            unsafe {
                at.cast::<*mut u8>().write(rest);
                rest = at;
                at = at.add(SLAB_BLOCK);
            }
            n += 1;
        }
        if n > 0 {
            // SAFETY: `rest` lists the `n` blocks just linked.
            unsafe { give_batch(rest, n) };
        }
        c.bump = ptr::null_mut();
        c.bump_end = ptr::null_mut();
        for class in (0..CLASSES).filter(|&k| k != SLAB_CLASS) {
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
        assert_eq!(class(SLAB_BLOCK, 8), Some(SLAB_CLASS));
        assert_eq!(class(SLAB_BLOCK - 7, 8), Some(SLAB_CLASS));
        assert_eq!(
            class(SLAB_BLOCK, 16),
            Some(SLAB_CLASS + 1),
            "slab blocks are 8-aligned"
        );
        assert_eq!(class(137, 8), None);
        assert_eq!(class(64, 32), None);
        for size in 1..=LARGEST {
            let c = class(size, 8).unwrap();
            assert!(
                class_layout(c).size() >= size,
                "class {c} holds {size} bytes"
            );
            let slab_rest = c == SLAB_CLASS + 1 && size > SLAB_BLOCK;
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
        let l = Layout::from_size_align(crate::sync::OBJECT_BLOCK, 8).unwrap();
        assert_eq!(class_of(l), Some(SLAB_CLASS), "{l:?}");
        for size in 1..=LARGEST {
            let c = class_of(Layout::from_size_align(size, 8).unwrap()).unwrap();
            assert!(
                c != SLAB_CLASS || size <= SLAB_BLOCK,
                "{size} fits a slab block"
            );
        }
    }

    #[test]
    fn slab_blocks_are_disjoint_and_keep_their_contents() {
        let a = CachingAlloc;
        let l = Layout::from_size_align(SLAB_BLOCK, 8).unwrap();
        let n = 2 * CHUNK / SLAB_BLOCK + 10;
        // SAFETY: each block is allocated, written and read within its size, and freed once.
        unsafe {
            let blocks: Vec<*mut u8> = (0..n).map(|_| a.alloc(l)).collect();
            for (i, &p) in blocks.iter().enumerate() {
                assert!(!p.is_null() && (p as usize).is_multiple_of(8));
                p.write_bytes(i as u8, SLAB_BLOCK);
            }
            let mut sorted = blocks.clone();
            sorted.sort();
            assert!(sorted
                .windows(2)
                .all(|w| w[1] as usize - w[0] as usize >= SLAB_BLOCK));
            for (i, &p) in blocks.iter().enumerate() {
                assert!(
                    (0..SLAB_BLOCK).all(|k| *p.add(k) == i as u8),
                    "block {i} intact"
                );
            }
            for &p in &blocks {
                a.dealloc(p, l);
            }
            // freed past a batch's worth: the rest went to the pool, and come back from it
            let again: Vec<*mut u8> = (0..n).map(|_| a.alloc(l)).collect();
            assert!(again.iter().all(|p| !p.is_null()));
            for &p in &again {
                p.write_bytes(0x5A, SLAB_BLOCK);
                a.dealloc(p, l);
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
        let l = Layout::from_size_align(SLAB_BLOCK - 8, 8).unwrap();
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
