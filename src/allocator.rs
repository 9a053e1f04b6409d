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
/// Freed blocks kept per class and thread.
pub const KEEP: u32 = 1024;

struct Cache {
    heads: [*mut u8; CLASSES],
    counts: [u32; CLASSES],
}

thread_local! {
    // const-initialised and without a destructor: using it never allocates, which an
    // allocator's own state must not.
    static CACHE: UnsafeCell<Cache> = const {
        UnsafeCell::new(Cache { heads: [ptr::null_mut(); CLASSES], counts: [0; CLASSES] })
    };
}

/// The class of a request, when small enough to be cached.
#[inline]
fn class_of(layout: Layout) -> Option<usize> {
    if layout.size() <= LARGEST && layout.align() <= ALIGN {
        Some(layout.size().saturating_sub(SMALLEST - CLASS_STEP + 1) / CLASS_STEP)
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
// blocks are allocated with `class_layout`), which only the freeing thread's cache holds
// once freed, so a block is never handed out twice; everything else goes to `System`
// unchanged.
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
                    return head;
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
                    return false;
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

/// Gives this thread's cached blocks back to the system allocator. Gilt's threads call it as
/// they finish; an embedder's threads that ran Gilt code may call it before exiting.
pub fn release_thread_cache() {
    let _ = CACHE.try_with(|c| {
        // SAFETY: as in `alloc`; the lists are detached from the cache before any block is
        // freed, so the system allocator's work cannot observe them half-emptied.
        let c = unsafe { &mut *c.get() };
        for class in 0..CLASSES {
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
        assert_eq!(class(137, 8), None);
        assert_eq!(class(64, 32), None);
        for size in 1..=LARGEST {
            let c = class(size, 8).unwrap();
            assert!(
                class_layout(c).size() >= size,
                "class {c} holds {size} bytes"
            );
            assert!(
                c == 0 || class_layout(c - 1).size() < size,
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
