//! The build-flag seam: everything that differs between Gilt's two builds lives here.
//!
//! # For users
//! `cargo build` gives the **GIL build**: one global interpreter lock, held by whichever thread
//! runs Gilt code. `cargo build --features free-threading` gives the **free-threaded build**: no
//! global lock while code runs, atomic reference counts and per-object locks, so threads can run
//! on several cores at once. [`BUILD_MODE`] names the build at run time.
//!
//! # For maintainers
//! The rest of the crate uses only the names exported here and never writes
//! `cfg(feature = "free-threading")`. Two `mod inner` blocks implement the same API; [`Ref<T>`]
//! is written once, outside them, around the per-build `Count`:
//!
//! | name            | GIL build                              | free-threaded build                 |
//! |-----------------|----------------------------------------|-------------------------------------|
//! | `Count` of [`Ref<T>`] | one plain word                   | atomic, with an immortal bit        |
//! | [`Lock<T>`]     | `RefCell<T>` (the GIL serialises)      | `parking_lot::Mutex<T>`             |
//! | [`ReadMostly<T>`] | `RefCell<T>`                         | spin lock + epoch-published copy    |
//! | [`EpochGuard`]  | nothing (a zero-sized token)           | a `crossbeam_epoch::Guard`          |
//! | [`Gil`]         | always on (see `gil.rs`)               | off unless `-X gil=1`/`GILT_GIL=1`  |
//!
//! The invariant that makes the GIL build sound: **a thread touches Gilt objects only while it
//! holds the GIL** (see [`Gil::acquire`]). Every `unsafe impl Send/Sync` in the crate is in this
//! file and rests on that invariant. A second rule holds in both builds: a [`Lock`] guard is never
//! kept across a call back into Gilt code (clone what you need, drop the guard, then call), so a
//! `RefCell` borrow can never be re-entered and a mutex is never held while a thread blocks.

pub use inner::*;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::NonNull;

/// What [`ReadMostly`] needs of a container: a copy to publish for lock-free readers, and its
/// size, which sets how many reads must pay for that copy before it is made.
pub trait Snapshot: Clone {
    fn weight(&self) -> usize;
}

/// Which runtime this binary was built with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuildMode {
    Gil,
    FreeThreaded,
}

impl BuildMode {
    pub fn describe(self) -> &'static str {
        match self {
            BuildMode::Gil => "GIL build",
            BuildMode::FreeThreaded => "free-threaded build",
        }
    }
}

/// A counted reference to a heap object: the count (`inner::Count`, a plain word in the GIL
/// build, atomic with an immortal bit in the free-threaded build) sits just before the value.
pub struct Ref<T> {
    ptr: NonNull<Counted<T>>,
    _owns: PhantomData<Counted<T>>,
}

/// The size of an object's block (count and `Object`): the allocator cuts blocks of exactly
/// this size for objects (`allocator.rs`).
pub(crate) const OBJECT_BLOCK: usize = std::mem::size_of::<Counted<crate::object::Object>>();

/// `repr(C)` keeps the count first, on the same cache line as the start of the value (an
/// object's kind tag), so checking both touches one line.
#[repr(C)]
struct Counted<T> {
    count: inner::Count,
    value: T,
}

// SAFETY: in the GIL build a `Ref` is only cloned, dropped or dereferenced by a thread holding
// the GIL (the module-level invariant), so the plain count is never updated concurrently; in the
// free-threaded build the count is atomic. In both, every object type reachable through a `Ref`
// keeps its mutable state behind a `Lock`, a `ReadMostly`, atomics, or immutable fields, and
// `T` is always one of the crate's own object types.
unsafe impl<T> Send for Ref<T> {}
// SAFETY: as above.
unsafe impl<T> Sync for Ref<T> {}

impl<T> Ref<T> {
    #[inline]
    pub fn new(v: T) -> Self {
        let counted = Box::new(Counted {
            count: inner::Count::one(),
            value: v,
        });
        Ref {
            ptr: NonNull::from(Box::leak(counted)),
            _owns: PhantomData,
        }
    }

    /// A `Ref` whose value `init` writes straight into the new block, with no copy of a
    /// value built on the stack first (a short str's text, copied byte-wise into a stack
    /// buffer and then read back whole, stalled on store forwarding).
    ///
    /// # Safety
    /// `init` must leave a fully initialised `T` at the pointer it is given.
    #[inline]
    pub unsafe fn new_with(init: impl FnOnce(*mut T)) -> Self {
        let mut block: Box<std::mem::MaybeUninit<Counted<T>>> = Box::new_uninit();
        let p = block.as_mut_ptr();
        // SAFETY: `p` points to the new, writable block; the count is written here and the
        // value by `init`, as the caller guarantees, so the block is whole before it is used.
        unsafe {
            std::ptr::addr_of_mut!((*p).count).write(inner::Count::one());
            init(std::ptr::addr_of_mut!((*p).value));
        }
        Ref {
            // SAFETY: `Box::into_raw` never gives a null pointer.
            ptr: unsafe { NonNull::new_unchecked(Box::into_raw(block) as *mut Counted<T>) },
            _owns: PhantomData,
        }
    }

    #[inline]
    fn counted(&self) -> &Counted<T> {
        // SAFETY: `ptr` came from `Box::leak` in `new` and stays allocated while any `Ref` to
        // it exists (this one does); only `drop` frees it, after the count reached zero.
        unsafe { self.ptr.as_ref() }
    }

    #[inline]
    pub fn ptr_eq(a: &Self, b: &Self) -> bool {
        a.ptr == b.ptr
    }

    #[inline]
    pub fn as_ptr(a: &Self) -> *const u8 {
        &a.counted().value as *const T as *const u8
    }

    #[inline]
    pub fn strong_count(a: &Self) -> usize {
        a.counted().count.get()
    }

    /// Makes the object live for the rest of the process (free-threaded build; a no-op under
    /// the GIL, where counting is uncontended).
    #[inline]
    pub fn make_immortal(a: &Self) {
        a.counted().count.make_immortal();
    }

    #[inline]
    pub fn is_immortal(a: &Self) -> bool {
        a.counted().count.is_immortal()
    }

    /// The value, to change, when `this` is the only reference to it: no other `Ref` exists
    /// (one in another thread would count), so nothing else can see the change.
    #[inline]
    pub fn get_mut(this: &mut Self) -> Option<&mut T> {
        if !this.counted().count.is_unique() {
            return None;
        }
        // SAFETY: the count is 1 and `this` holds it, so no other `Ref` (in any thread) and no
        // reference derived from one exists; `&mut this` keeps this one from being cloned or
        // read while the returned borrow lives.
        Some(unsafe { &mut (*this.ptr.as_ptr()).value })
    }
}

impl<T> Clone for Ref<T> {
    #[inline]
    fn clone(&self) -> Self {
        self.counted().count.retain();
        Ref {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl<T> Drop for Ref<T> {
    #[inline]
    fn drop(&mut self) {
        if self.counted().count.release() {
            // SAFETY: that was the last reference; the pointer came from `Box::leak` in `new`
            // and is freed exactly once, here.
            unsafe { drop(Box::from_raw(self.ptr.as_ptr())) };
        }
    }
}

impl<T> Deref for Ref<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.counted().value
    }
}

#[cfg(not(feature = "free-threading"))]
mod inner {
    use std::cell::{Cell, RefCell, RefMut};

    pub const BUILD_MODE: super::BuildMode = super::BuildMode::Gil;

    /// The count in front of every object: one plain word, since the GIL serialises every
    /// change (an `Rc` would add a weak count nothing here uses). Nothing needs to be
    /// immortal: counting is uncontended.
    pub(super) struct Count(Cell<usize>);

    impl Count {
        #[inline]
        pub(super) fn one() -> Count {
            Count(Cell::new(1))
        }
        #[inline]
        pub(super) fn get(&self) -> usize {
            self.0.get()
        }
        #[inline]
        pub(super) fn retain(&self) {
            self.0.set(self.0.get() + 1);
        }
        /// Drops one reference; true when it was the last.
        #[inline]
        pub(super) fn release(&self) -> bool {
            let n = self.0.get() - 1;
            self.0.set(n);
            n == 0
        }
        #[inline]
        pub(super) fn make_immortal(&self) {}
        #[inline]
        pub(super) fn is_immortal(&self) -> bool {
            false
        }
        /// The caller's reference is the only one.
        #[inline]
        pub(super) fn is_unique(&self) -> bool {
            self.0.get() == 1
        }
    }

    /// Interior mutability for a container's contents. Under the GIL a `RefCell` suffices.
    pub struct Lock<T>(RefCell<T>);

    // SAFETY: the contents are only reached by a thread holding the GIL, and guards are never
    // held across a GIL release (module-level invariants), so no two threads borrow at once.
    unsafe impl<T> Sync for Lock<T> {}
    // SAFETY: moving the cell between threads happens under the GIL as well.
    unsafe impl<T> Send for Lock<T> {}

    pub type LockGuard<'a, T> = RefMut<'a, T>;

    impl<T> Lock<T> {
        #[inline]
        pub const fn new(v: T) -> Self {
            Lock(RefCell::new(v))
        }
        /// Borrows the contents. Never keep the guard across a call into Gilt code.
        #[inline]
        pub fn lock(&self) -> LockGuard<'_, T> {
            self.0.borrow_mut()
        }
        pub fn into_inner(self) -> T {
            self.0.into_inner()
        }
    }

    /// A container read far more often than written (lists, dicts, namespaces). Under the GIL
    /// it is a plain `RefCell`; see the free-threaded version for the lock-free reads.
    pub struct ReadMostly<T>(RefCell<T>);

    // SAFETY: as for `Lock`: only a thread holding the GIL reaches the contents, and guards are
    // never held across a GIL release.
    unsafe impl<T> Sync for ReadMostly<T> {}
    // SAFETY: as above.
    unsafe impl<T> Send for ReadMostly<T> {}

    pub type WriteGuard<'a, T> = RefMut<'a, T>;

    impl<T: super::Snapshot> ReadMostly<T> {
        #[inline]
        pub fn new(v: T) -> Self {
            ReadMostly(RefCell::new(v))
        }
        /// Borrows the contents for reading or writing. Never keep the guard across a call into
        /// Gilt code.
        #[inline]
        pub fn lock(&self) -> WriteGuard<'_, T> {
            self.0.borrow_mut()
        }
        /// Runs `f` on the contents; `f` must not call back into Gilt code.
        #[inline]
        pub fn read<R>(&self, f: impl FnOnce(&T) -> R) -> R {
            f(&self.0.borrow())
        }
    }

    /// Epoch protection for lock-free reads; nothing to protect under the GIL.
    pub struct EpochGuard;

    #[inline]
    pub fn pin() -> EpochGuard {
        EpochGuard
    }

    /// The GIL build cannot run without the lock: its reference counts are not atomic.
    pub const GIL_BY_DEFAULT: bool = true;
    pub const GIL_OPTIONAL: bool = false;
}

#[cfg(feature = "free-threading")]
mod inner {
    use std::ops::Deref;
    use std::sync::atomic::{fence, AtomicUsize, Ordering};

    pub const BUILD_MODE: super::BuildMode = super::BuildMode::FreeThreaded;

    /// The count in front of every object: atomic, with an immortal bit.
    ///
    /// Objects every thread touches — code, constants, interned names, functions and classes
    /// defined at module level, modules, types — are made immortal: cloning and dropping a
    /// reference to them then only *reads* the count, so cores do not fight over its cache line.
    pub(super) struct Count(AtomicUsize);

    /// Set in the count of an immortal object; the count is then never changed again.
    const IMMORTAL: usize = 1 << (usize::BITS - 2);

    impl Count {
        #[inline]
        pub(super) fn one() -> Count {
            Count(AtomicUsize::new(1))
        }
        #[inline]
        pub(super) fn get(&self) -> usize {
            self.0.load(Ordering::Relaxed) & !IMMORTAL
        }
        #[inline]
        pub(super) fn retain(&self) {
            if self.0.load(Ordering::Relaxed) & IMMORTAL == 0 {
                self.0.fetch_add(1, Ordering::Relaxed);
            }
        }
        /// Drops one reference; true when it was the last (and then every other thread's
        /// writes to the object happen before the caller frees it).
        #[inline]
        pub(super) fn release(&self) -> bool {
            if self.0.load(Ordering::Relaxed) & IMMORTAL != 0 {
                return false;
            }
            if self.0.fetch_sub(1, Ordering::Release) != 1 {
                return false;
            }
            fence(Ordering::Acquire);
            true
        }
        /// Makes the object live for the rest of the process; reference counting stops.
        #[inline]
        pub(super) fn make_immortal(&self) {
            self.0.fetch_or(IMMORTAL, Ordering::Relaxed);
        }
        #[inline]
        pub(super) fn is_immortal(&self) -> bool {
            self.0.load(Ordering::Relaxed) & IMMORTAL != 0
        }
        /// The caller's reference is the only one (and not immortal). Acquire: the writes of
        /// threads that dropped their references happen before the caller's use.
        #[inline]
        pub(super) fn is_unique(&self) -> bool {
            self.0.load(Ordering::Acquire) == 1
        }
    }

    /// A per-object lock for a container's contents.
    pub struct Lock<T>(parking_lot::Mutex<T>);

    pub type LockGuard<'a, T> = parking_lot::MutexGuard<'a, T>;

    impl<T> Lock<T> {
        #[inline]
        pub const fn new(v: T) -> Self {
            Lock(parking_lot::Mutex::new(v))
        }
        /// Locks the contents. Never keep the guard across a call into Gilt code.
        #[inline]
        pub fn lock(&self) -> LockGuard<'_, T> {
            self.0.lock()
        }
        pub fn into_inner(self) -> T {
            self.0.into_inner()
        }
    }

    /// A container read far more often than written, shared by threads: lists, dicts and the
    /// namespaces of modules, classes and instances.
    ///
    /// Writers take the mutex. Readers take it too until the container has been read by more
    /// than one thread and enough reads have passed since the last write to pay for a copy
    /// ([`Snapshot::weight`] plus a constant); the mutex holder then publishes a copy of the
    /// contents through a `crossbeam_epoch::Atomic`. From then on readers pin the epoch and
    /// read the copy without writing to the container at all, so cores reading the same dict
    /// do not pass its cache line back and forth. The first mutable access through a guard
    /// unpublishes the copy and hands it to the epoch collector, which frees it once no pinned
    /// reader can still see it; a read that starts after a write returns sees the new contents.
    pub struct ReadMostly<T> {
        cell: SpinLock<Stamped<T>>,
        snap: crossbeam_epoch::Atomic<T>,
    }

    /// The lock inside a [`ReadMostly`]. Its critical sections are a few loads and stores of
    /// a container's contents and never call into Gilt code, so a waiter spins briefly and
    /// then yields instead of parking, and unlocking is one plain release store (parking_lot's
    /// unlock is a read-modify-write that looks for parked waiters). That halves the atomic
    /// operations of every list and dict access a single thread makes.
    struct SpinLock<T> {
        locked: std::sync::atomic::AtomicBool,
        value: std::cell::UnsafeCell<T>,
    }

    // SAFETY: the value is only reached through a `SpinGuard`, and `locked` lets one guard
    // exist at a time (acquire on lock, release on unlock), so sharing the lock shares no
    // unsynchronised access; `T: Send` because the value may be used from any thread.
    unsafe impl<T: Send> Sync for SpinLock<T> {}
    // SAFETY: as above; moving the lock moves the value.
    unsafe impl<T: Send> Send for SpinLock<T> {}

    impl<T> SpinLock<T> {
        const fn new(v: T) -> Self {
            SpinLock {
                locked: std::sync::atomic::AtomicBool::new(false),
                value: std::cell::UnsafeCell::new(v),
            }
        }

        #[inline]
        fn lock(&self) -> SpinGuard<'_, T> {
            if self
                .locked
                .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
                .is_err()
            {
                self.lock_contended();
            }
            SpinGuard { lock: self }
        }

        #[cold]
        fn lock_contended(&self) {
            let mut spins = 0u32;
            loop {
                while self.locked.load(Ordering::Relaxed) {
                    if spins < 128 {
                        spins += 1;
                        std::hint::spin_loop();
                    } else {
                        std::thread::yield_now();
                    }
                }
                if self
                    .locked
                    .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
                {
                    return;
                }
            }
        }
    }

    struct SpinGuard<'a, T> {
        lock: &'a SpinLock<T>,
    }

    impl<T> Deref for SpinGuard<'_, T> {
        type Target = T;
        #[inline]
        fn deref(&self) -> &T {
            // SAFETY: this guard holds the lock, so no other reference to the value exists.
            unsafe { &*self.lock.value.get() }
        }
    }

    impl<T> std::ops::DerefMut for SpinGuard<'_, T> {
        #[inline]
        fn deref_mut(&mut self) -> &mut T {
            // SAFETY: this guard holds the lock, and `&mut self` makes this the only borrow.
            unsafe { &mut *self.lock.value.get() }
        }
    }

    impl<T> Drop for SpinGuard<'_, T> {
        #[inline]
        fn drop(&mut self) {
            self.lock.locked.store(false, Ordering::Release);
        }
    }

    /// The contents plus the counters that decide when to publish a copy.
    struct Stamped<T> {
        value: T,
        /// Locked reads since the last write, counted once `shared`.
        reads: u32,
        /// The last thread to take a locked read (see [`thread_token`]).
        reader: u32,
        /// Read by more than one thread so far.
        shared: bool,
        /// `snap` holds a copy (kept here so writers check it without touching the atomic).
        published: bool,
    }

    /// Reads past a container's weight before a copy is published.
    const PUBLISH_AFTER: usize = 32;

    /// A small number naming the current thread (never 0).
    #[inline]
    fn thread_token() -> u32 {
        use std::sync::atomic::AtomicU32;
        static NEXT: AtomicU32 = AtomicU32::new(1);
        thread_local!(static TOKEN: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
        TOKEN.with(|t| match t.get() {
            0 => {
                let n = NEXT.fetch_add(1, Ordering::Relaxed).max(1);
                t.set(n);
                n
            }
            n => n,
        })
    }

    impl<T: super::Snapshot> ReadMostly<T> {
        #[inline]
        pub fn new(v: T) -> Self {
            ReadMostly {
                cell: SpinLock::new(Stamped {
                    value: v,
                    reads: 0,
                    reader: 0,
                    shared: false,
                    published: false,
                }),
                snap: crossbeam_epoch::Atomic::null(),
            }
        }

        /// Locks the contents for reading or writing. Never keep the guard across a call into
        /// Gilt code.
        #[inline]
        pub fn lock(&self) -> WriteGuard<'_, T> {
            WriteGuard {
                guard: self.cell.lock(),
                snap: &self.snap,
                writing: false,
            }
        }

        /// Runs `f` on the contents, without locking once a copy is published; `f` must not
        /// call back into Gilt code.
        #[inline]
        pub fn read<R>(&self, f: impl FnOnce(&T) -> R) -> R {
            // SAFETY: `unprotected` is only used to test the pointer for null; it is never
            // dereferenced through this load.
            let maybe = unsafe {
                self.snap
                    .load(Ordering::Relaxed, crossbeam_epoch::unprotected())
            };
            if !maybe.is_null() {
                let pinned = crossbeam_epoch::pin();
                let current = self.snap.load(Ordering::Acquire, &pinned);
                // SAFETY: the copy was published with `Release` and is only freed through
                // `defer_destroy` after being unpublished, so while `pinned` lives it stays
                // allocated and is never written.
                if let Some(copy) = unsafe { current.as_ref() } {
                    return f(copy);
                }
            }
            self.read_locked(f)
        }

        fn read_locked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
            let mut g = self.cell.lock();
            let me = thread_token();
            if g.reader != me {
                g.shared |= g.reader != 0;
                g.reader = me;
            }
            // reads only count once a second thread has read: a container one thread keeps
            // to itself never pays for the counter
            if g.shared {
                g.reads = g.reads.saturating_add(1);
                if !g.published && g.reads as usize >= PUBLISH_AFTER + g.value.weight() {
                    self.snap.store(
                        crossbeam_epoch::Owned::new(g.value.clone()),
                        Ordering::Release,
                    );
                    g.published = true;
                }
            }
            f(&g.value)
        }
    }

    impl<T> Drop for ReadMostly<T> {
        fn drop(&mut self) {
            let snap = std::mem::replace(&mut self.snap, crossbeam_epoch::Atomic::null());
            // SAFETY: `&mut self` means no other thread can reach the container, so none holds
            // the copy; it was allocated by `Owned::new` in `read_locked` and is freed once, here.
            unsafe {
                if !snap
                    .load(Ordering::Relaxed, crossbeam_epoch::unprotected())
                    .is_null()
                {
                    drop(snap.into_owned());
                }
            }
        }
    }

    /// The lock on a [`ReadMostly`]. Reading through it changes nothing; the first mutable
    /// access unpublishes the lock-free copy, so no reader sees it after the write.
    pub struct WriteGuard<'a, T> {
        guard: SpinGuard<'a, Stamped<T>>,
        snap: &'a crossbeam_epoch::Atomic<T>,
        writing: bool,
    }

    impl<T> Deref for WriteGuard<'_, T> {
        type Target = T;
        #[inline]
        fn deref(&self) -> &T {
            &self.guard.value
        }
    }

    impl<T> std::ops::DerefMut for WriteGuard<'_, T> {
        #[inline]
        fn deref_mut(&mut self) -> &mut T {
            if !self.writing {
                self.writing = true;
                self.guard.reads = 0;
                if self.guard.published {
                    self.guard.published = false;
                    let pinned = crossbeam_epoch::pin();
                    let old =
                        self.snap
                            .swap(crossbeam_epoch::Shared::null(), Ordering::AcqRel, &pinned);
                    // SAFETY: `old` is unpublished now, so no new reader can load it; readers
                    // that loaded it are pinned, and the collector frees it only after they unpin.
                    unsafe { pinned.defer_destroy(old) };
                }
            }
            &mut self.guard.value
        }
    }

    /// Epoch protection for lock-free reads of replaced storage.
    pub type EpochGuard = crossbeam_epoch::Guard;

    #[inline]
    pub fn pin() -> EpochGuard {
        crossbeam_epoch::pin()
    }

    /// No global lock by default; `-X gil=1` or `GILT_GIL=1` turns it on.
    pub const GIL_BY_DEFAULT: bool = false;
    pub const GIL_OPTIONAL: bool = true;
}

/// A token for holding the global interpreter lock (see `gil.rs`); dropping it releases the
/// lock. When the GIL is off (free-threaded build) acquiring it does nothing. The token is
/// neither `Send` nor `Sync`: the thread that takes the GIL releases it.
pub struct Gil(std::marker::PhantomData<*const ()>);

impl Gil {
    /// Takes the GIL; the returned token releases it when dropped.
    pub fn acquire() -> Gil {
        crate::gil::acquire();
        Gil(std::marker::PhantomData)
    }

    /// Runs `f` (a blocking operation) with the GIL released, then takes it back.
    pub fn release_while<R>(f: impl FnOnce() -> R) -> R {
        crate::gil::release_while(f)
    }
}

impl Drop for Gil {
    fn drop(&mut self) {
        crate::gil::release();
    }
}

/// Asks for the GIL to be on or off for this process. The GIL build ignores a request to turn
/// it off. Call before any second thread starts.
pub fn request_gil(on: bool) {
    crate::gil::set_enabled(on || !GIL_OPTIONAL);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ref_counts_and_identity() {
        let a = Ref::new(5);
        let b = a.clone();
        assert!(Ref::ptr_eq(&a, &b));
        assert_eq!(Ref::strong_count(&a), 2);
        drop(b);
        assert_eq!(Ref::strong_count(&a), 1);
        assert!(!Ref::ptr_eq(&a, &Ref::new(5)));
    }

    #[test]
    fn lock_mutates_in_place() {
        let l = Lock::new(vec![1]);
        l.lock().push(2);
        assert_eq!(*l.lock(), vec![1, 2]);
        let _pin = pin();
        assert_eq!(l.into_inner(), vec![1, 2]);
    }

    #[derive(Clone, PartialEq, Debug)]
    struct Cells(Vec<u32>);

    impl Snapshot for Cells {
        fn weight(&self) -> usize {
            self.0.len()
        }
    }

    #[test]
    fn read_mostly_reads_see_every_finished_write() {
        let shared = std::sync::Arc::new(ReadMostly::new(Cells(vec![0; 4])));
        // Enough reads from two threads to publish a lock-free copy (in the free-threaded build).
        for _ in 0..2 {
            let s = shared.clone();
            std::thread::spawn(move || {
                let _g = Gil::acquire();
                for _ in 0..200 {
                    assert_eq!(s.read(|c| c.0[1]), 0);
                }
            })
            .join()
            .unwrap();
        }
        let _g = Gil::acquire();
        for round in 1..50u32 {
            shared.lock().0[1] = round;
            assert_eq!(
                shared.read(|c| c.0[1]),
                round,
                "a read after a write sees it"
            );
            for _ in 0..100 {
                shared.read(|c| c.0.len());
            }
        }
        assert_eq!(*shared.lock(), Cells(vec![0, 49, 0, 0]));
    }

    #[test]
    fn gil_is_reacquirable_after_release() {
        {
            let _first = Gil::acquire();
            let _nested = Gil::acquire();
            assert_eq!(Gil::release_while(|| 7), 7);
        }
        let done = std::thread::spawn(|| {
            let _g = Gil::acquire();
            true
        })
        .join()
        .unwrap_or(false);
        assert!(done, "another thread can take the GIL once it is released");
        assert!(!BUILD_MODE.describe().is_empty());
    }
}
