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
//! | `Count` of [`Ref<T>`] | one plain word, with an immortal bit | atomic, with an immortal bit    |
//! | [`Lock<T>`]     | `RefCell<T>` (the GIL serialises)      | `parking_lot::Mutex<T>`             |
//! | [`ReadMostly<T>`] | `RefCell<T>`, read without a borrow flag | spin lock + epoch-published copy |
//! | [`Gil`]         | always on (see `gil.rs`)               | off unless `-X gil=1`/`GILT_GIL=1`  |
//!
//! The invariant that makes the GIL build sound: **a thread touches an interpreter's objects
//! only while it holds that interpreter's GIL** (see [`Gil::acquire_for`]); each interpreter has
//! its own. What all interpreters share — built-in types and their methods, interned strings —
//! is immortal and never changed after it is made, so reading it needs no lock: its count is
//! never written, and [`Lock::read`] and [`ReadMostly::read`] write no borrow flag. Every
//! `unsafe impl Send/Sync` in the crate is in this file and rests on that invariant. A second rule holds in both builds: a [`Lock`] guard is never
//! kept across a call back into Gilt code (clone what you need, drop the guard, then call), so a
//! `RefCell` borrow can never be re-entered and a mutex is never held while a thread blocks.

pub use inner::*;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::NonNull;

/// What [`ReadMostly`] needs of a container: a copy to publish for lock-free readers, and its
/// size, which sets how many reads must pay for that copy before it is made.
pub trait Snapshot: Clone {
    /// Read by the free-threaded `ReadMostly` only.
    #[allow(dead_code)]
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

/// What a [`Ref`] needs to know of the value it counts: whether the cycle collector
/// (`gc.rs`) tracks it. A tracked value's block starts with a collector header
/// ([`crate::runtime::gc::GcHead`]) that links it into its generation's list; the others carry none.
pub trait Traced {
    /// Whether a new `Ref` to this value is tracked: a container that may refer to other
    /// tracked objects (decided once, when the `Ref` is made).
    #[inline(always)]
    fn gc_tracked(&self) -> bool {
        false
    }

    /// Whether freeing this (tracked) value runs a finalizer first: the free is then put
    /// off, once, and the value handed to [`Traced::finalize_later`] alive again.
    #[inline(always)]
    fn wants_finalizer(&self) -> bool {
        false
    }

    /// Takes a value whose count reached zero back, to finalize (only called when
    /// [`Traced::wants_finalizer`] said so).
    fn finalize_later(_this: Ref<Self>)
    where
        Self: Sized,
    {
    }
}

/// A counted reference to a heap object: the count (`inner::Count`, a plain word in the GIL
/// build, atomic with an immortal bit in the free-threaded build) sits just before the value,
/// and for a tracked value ([`Traced`]) the collector's header sits before the count.
pub struct Ref<T: Traced> {
    ptr: NonNull<Counted<T>>,
    _owns: PhantomData<Counted<T>>,
}

/// The size of an object's block (count and `Object`): the allocator cuts blocks of exactly
/// this size for objects (`allocator.rs`).
pub(crate) const OBJECT_BLOCK: usize =
    std::mem::size_of::<Counted<crate::objects::object::Object>>();

/// The size of a tracked object's block (collector header, count and `Object`): the
/// allocator cuts blocks of exactly this size too.
pub(crate) const HEADED_BLOCK: usize =
    std::mem::size_of::<Headed<crate::objects::object::Object>>();

/// An object waiting, in the free-threaded build, to be made immortal when threads share it.
#[cfg_attr(not(feature = "free-threading"), allow(dead_code))]
trait Waiting: Send {
    /// Makes it immortal now.
    fn make_immortal(&self);
    /// Takes it off the waiting list: its count is an ordinary count again.
    fn stop_waiting(&self);
}

impl<T: Traced> Waiting for Ref<T> {
    fn make_immortal(&self) {
        Ref::make_immortal(self);
        self.counted().count.stop_waiting();
    }
    fn stop_waiting(&self) {
        self.counted().count.stop_waiting();
    }
}

/// `repr(C)` keeps the count first, on the same cache line as the start of the value (an
/// object's kind tag), so checking both touches one line.
#[repr(C)]
struct Counted<T> {
    count: inner::Count,
    value: T,
}

/// The block of a tracked value: the collector's header, then the count and the value.
#[repr(C)]
struct Headed<T> {
    head: crate::runtime::gc::GcHead,
    counted: Counted<T>,
}

// SAFETY: in the GIL build a `Ref` is only cloned, dropped or dereferenced by a thread holding
// the GIL (the module-level invariant), so the plain count is never updated concurrently; in the
// free-threaded build the count is atomic. In both, every object type reachable through a `Ref`
// keeps its mutable state behind a `Lock`, a `ReadMostly`, atomics, or immutable fields, and
// `T` is always one of the crate's own object types.
unsafe impl<T: Traced> Send for Ref<T> {}
// SAFETY: as above.
unsafe impl<T: Traced> Sync for Ref<T> {}

impl<T: Traced> Ref<T> {
    #[inline(always)]
    pub fn new(v: T) -> Self {
        if v.gc_tracked() {
            return Self::new_tracked(v);
        }
        let counted = Box::new(Counted {
            count: inner::Count::one(false),
            value: v,
        });
        Ref {
            ptr: NonNull::from(Box::leak(counted)),
            _owns: PhantomData,
        }
    }

    /// A `Ref` to a tracked value: its block has the collector's header, linked into the
    /// youngest generation.
    #[inline(never)]
    fn new_tracked(v: T) -> Self {
        let mut block: Box<std::mem::MaybeUninit<Headed<T>>> = Box::new_uninit();
        let p = block.as_mut_ptr();
        // SAFETY: `p` points to the new, writable block; every field is written here (the
        // header by `track`) before the block is used, and the pointers keep its provenance
        // (no reference is made), so the header can be reached again from the count's address.
        unsafe {
            std::ptr::addr_of_mut!((*p).counted).write(Counted {
                count: inner::Count::one(true),
                value: v,
            });
            crate::runtime::gc::track(std::ptr::addr_of_mut!((*p).head));
            let p = Box::into_raw(block).cast::<Headed<T>>();
            Ref {
                ptr: NonNull::new_unchecked(std::ptr::addr_of_mut!((*p).counted)),
                _owns: PhantomData,
            }
        }
    }

    /// A `Ref` whose value `init` writes straight into the new block, with no copy of a
    /// value built on the stack first (a short str's text, copied byte-wise into a stack
    /// buffer and then read back whole, stalled on store forwarding). The value is never
    /// tracked.
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
            std::ptr::addr_of_mut!((*p).count).write(inner::Count::one(false));
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

    /// [`Ref::as_ptr`] of the block whose count is at `ptr`.
    fn as_ptr_of(ptr: NonNull<Counted<T>>) -> *const u8 {
        // SAFETY: a field address of the block, computed without reading it.
        unsafe { std::ptr::addr_of!((*ptr.as_ptr()).value).cast() }
    }

    /// Makes the object live for the rest of the process, its count never written again: for
    /// what every interpreter shares (built-in types and their methods, interned strings),
    /// made before any other thread can see it.
    #[inline]
    pub fn make_immortal(a: &Self) {
        a.counted().count.make_immortal();
        if Self::is_immortal(a) {
            if let Some(h) = Self::gc_head(a) {
                crate::runtime::gc::make_permanent(h);
            }
        }
    }

    /// Makes an object that every thread of one interpreter touches immortal in the
    /// free-threaded build, so they do not fight over its count; under the GIL only that
    /// interpreter's threads reach it, one at a time, and it stays counted (and is freed).
    #[inline]
    pub fn make_immortal_for_threads(a: &Self) {
        if !matches!(BUILD_MODE, BuildMode::Gil) {
            Self::make_immortal(a);
        }
    }

    /// Makes an object one interpreter made for its threads to share (a module-level function,
    /// a class, a namespace, code and its constants) immortal once a second thread runs Gilt
    /// code without the GIL (free-threaded build; a no-op under the GIL). Until then it is
    /// counted as any object, and kept alive by a list that dropping the last interpreter lets
    /// go of: a program that never shares objects between threads leaves nothing behind.
    #[inline]
    pub fn make_immortal_when_shared(a: &Self)
    where
        T: 'static,
    {
        inner::when_shared(a);
    }

    #[inline]
    pub fn is_immortal(a: &Self) -> bool {
        a.counted().count.is_immortal()
    }

    /// Immortal, or waiting to be made immortal when threads share it (and kept alive until
    /// then): either way not freed while one thread runs without the others.
    #[inline]
    pub(crate) fn is_kept(a: &Self) -> bool {
        a.counted().count.is_kept()
    }

    /// How many references there are (`usize::MAX` for an immortal object).
    #[inline]
    pub fn strong_count(a: &Self) -> usize {
        a.counted().count.get()
    }

    /// The collector's header of a tracked value.
    #[inline]
    pub(crate) fn gc_head(a: &Self) -> Option<&crate::runtime::gc::GcHead> {
        if !a.counted().count.headed() {
            return None;
        }
        // SAFETY: a headed count means the block is a `Headed<T>` (`new_tracked`), and `ptr`
        // keeps the whole block's provenance; the header lives as long as the block.
        unsafe { Some(&*Self::head_ptr(a.ptr)) }
    }

    /// The header of the block whose count is at `ptr`.
    ///
    /// # Safety
    /// The block is a `Headed<T>`.
    #[inline]
    unsafe fn head_ptr(ptr: NonNull<Counted<T>>) -> *const crate::runtime::gc::GcHead {
        let offset = std::mem::offset_of!(Headed<T>, counted);
        // SAFETY: the caller's guarantee: the header is `offset` bytes before the count.
        unsafe { ptr.as_ptr().cast::<u8>().sub(offset).cast() }
    }

    /// The block's count and value, from its collector header.
    ///
    /// # Safety
    /// `head` is the header of a live `Headed<T>` block.
    #[inline]
    unsafe fn from_head_ptr(head: *const crate::runtime::gc::GcHead) -> NonNull<Counted<T>> {
        let offset = std::mem::offset_of!(Headed<T>, counted);
        // SAFETY: the caller's guarantee; `head` keeps the block's provenance.
        unsafe { NonNull::new_unchecked(head.cast::<u8>().add(offset).cast_mut().cast()) }
    }

    /// A new reference to the tracked value whose header is `head` (the collector's way
    /// from its lists to the objects).
    ///
    /// # Safety
    /// `head` is the header of a live `Headed<T>` block whose count is not zero, and the
    /// caller may change counts (holds the GIL, or has stopped the world).
    pub(crate) unsafe fn from_gc_head(head: *const crate::runtime::gc::GcHead) -> Self {
        // SAFETY: the caller's guarantee.
        let ptr = unsafe { Self::from_head_ptr(head) };
        let r = Ref {
            ptr,
            _owns: PhantomData,
        };
        r.counted().count.retain();
        r
    }

    /// The value and its count of references, from its collector header.
    ///
    /// # Safety
    /// As for [`Ref::from_gc_head`]; the borrow ends before the block can be freed.
    pub(crate) unsafe fn peek_gc_head<'a>(
        head: *const crate::runtime::gc::GcHead,
    ) -> (&'a T, usize) {
        // SAFETY: the caller's guarantee.
        let c = unsafe { Self::from_head_ptr(head).as_ref() };
        (&c.value, c.count.get())
    }

    /// A new reference to the value at `addr` (what [`Ref::as_ptr`] gave) unless its count
    /// has reached zero — a weak reference's way back to its object.
    ///
    /// # Safety
    /// The block at `addr` is not freed yet and cannot be until this returns (the weak
    /// reference registry's lock, which the free path takes, is held).
    pub(crate) unsafe fn upgrade(addr: *const u8) -> Option<Self> {
        let offset = std::mem::offset_of!(Counted<T>, value);
        // SAFETY: the caller's guarantee; `addr` is the value inside a live `Counted<T>`.
        let ptr =
            unsafe { NonNull::new_unchecked(addr.sub(offset).cast_mut().cast::<Counted<T>>()) };
        // SAFETY: as above.
        if !unsafe { ptr.as_ref() }.count.try_retain() {
            return None;
        }
        Some(Ref {
            ptr,
            _owns: PhantomData,
        })
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

impl<T: Traced> Clone for Ref<T> {
    #[inline]
    fn clone(&self) -> Self {
        self.counted().count.retain();
        Ref {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl<T: Traced> Drop for Ref<T> {
    #[inline]
    fn drop(&mut self) {
        if self.counted().count.release() {
            // SAFETY: that was the last reference, so no other `Ref` to the block exists.
            unsafe { free(self.ptr) };
        }
    }
}

/// Frees nested deeper than this (an object whose last reference goes away while another
/// object is being freed, and so on) wait in the thread's queue instead, so that freeing a
/// list nested a million deep does not overflow the native stack.
const FREE_NESTING: usize = 64;

prim::thread_local_const!(
    /// How many frees are running on this thread, one inside the other.
    static FREE_DEPTH: std::cell::Cell<usize> = std::cell::Cell::new(0);
);
prim::thread_local_const!(
    /// How many blocks wait in [`DEFERRED_FREES`] (read on every outermost free, so kept in
    /// a cell with no destructor).
    static DEFERRED_COUNT: std::cell::Cell<usize> = std::cell::Cell::new(0);
);
prim::thread_local_const!(
    /// Blocks whose last reference went away too deep in a chain of frees.
    static DEFERRED_FREES: std::cell::RefCell<Vec<DeferredFree>> =
        std::cell::RefCell::new(Vec::new());
);

/// Whether this thread is inside a free (which may hold borrows of containers).
pub(crate) fn in_free() -> bool {
    FREE_DEPTH.with(|d| d.get()) > 0
}

/// A block to free later, with the function that frees a block of its type.
struct DeferredFree {
    block: NonNull<u8>,
    free: unsafe fn(NonNull<u8>),
}

/// Drops a block's value and frees the block.
///
/// # Safety
/// `block` is a `Counted<T>` from `Ref::new`/`new_with` whose count reached zero: no `Ref` to it
/// is left, and it is freed only this once.
unsafe fn free_block<T>(block: NonNull<u8>) {
    // SAFETY: the caller's guarantee; the block came from a `Box<Counted<T>>`.
    unsafe { drop(Box::from_raw(block.as_ptr() as *mut Counted<T>)) };
}

/// Drops a tracked block's value and frees the block.
///
/// # Safety
/// `head` is the header of a `Headed<T>` from `Ref::new_tracked` whose count reached zero and
/// which the collector no longer tracks; it is freed only this once.
unsafe fn free_headed<T>(head: NonNull<u8>) {
    // SAFETY: the caller's guarantee; the block came from a `Box<Headed<T>>`.
    unsafe { drop(Box::from_raw(head.as_ptr() as *mut Headed<T>)) };
}

/// Frees the block of a `Ref` whose count reached zero — now, or, past [`FREE_NESTING`]
/// nested frees, from the thread's queue once the outermost free has finished (the scheme
/// CPython calls its trashcan). A tracked block leaves the collector's lists first, so the
/// collector never sees a block on its way out.
///
/// # Safety
/// As for [`free_block`].
#[inline(never)]
unsafe fn free<T: Traced>(ptr: NonNull<Counted<T>>) {
    // SAFETY: the caller's guarantee: the block is live until freed below.
    let headed = unsafe { ptr.as_ref() }.count.headed();
    let (block, free_fn): (NonNull<u8>, unsafe fn(NonNull<u8>)) = if headed {
        // SAFETY: a headed count means the block is a `Headed<T>`.
        let head = unsafe { Ref::<T>::head_ptr(ptr) };
        // SAFETY: the block is live; its value is whole until freed below.
        let counted = unsafe { ptr.as_ref() };
        // SAFETY: the header is live.
        if counted.value.wants_finalizer()
            && crate::runtime::gc::first_finalization(unsafe { &*head })
        {
            // alive again, with one reference: the finalizer's
            counted.count.retain();
            T::finalize_later(Ref {
                ptr,
                _owns: PhantomData,
            });
            return;
        }
        // SAFETY: the header is live.
        crate::runtime::gc::before_free(unsafe { &*head }, Ref::<T>::as_ptr_of(ptr));
        // SAFETY: the header is live; the block is tracked until now.
        crate::runtime::gc::untrack(unsafe { &*head });
        // SAFETY: `head_ptr` never gives a null pointer.
        (
            unsafe { NonNull::new_unchecked(head.cast_mut().cast()) },
            free_headed::<T>,
        )
    } else {
        (ptr.cast(), free_block::<T>)
    };
    let depth = FREE_DEPTH.with(|d| d.get());
    if depth >= FREE_NESTING {
        let later = DeferredFree {
            block,
            free: free_fn,
        };
        // (after the queue's destructor ran, at thread exit, the block is freed right away)
        if DEFERRED_FREES
            .try_with(|q| q.borrow_mut().push(later))
            .is_ok()
        {
            DEFERRED_COUNT.with(|n| n.set(n.get() + 1));
            return;
        }
    }
    FREE_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the caller's guarantee.
    unsafe { free_fn(block) };
    if depth == 0 && DEFERRED_COUNT.with(|n| n.get()) != 0 {
        free_deferred();
    }
    FREE_DEPTH.with(|d| d.set(depth));
}

/// Frees the queued blocks, one at a time (each free may queue more), at depth 1.
#[cold]
#[inline(never)]
fn free_deferred() {
    loop {
        let next = DEFERRED_FREES
            .try_with(|q| q.borrow_mut().pop())
            .ok()
            .flatten();
        let Some(d) = next else { break };
        DEFERRED_COUNT.with(|n| n.set(n.get() - 1));
        // SAFETY: the block was queued by `free`, under `free_block`'s guarantee, and is
        // taken off the queue once.
        unsafe { (d.free)(d.block) };
    }
}

impl<T: Traced> Deref for Ref<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.counted().value
    }
}

/// The synchronisation primitives that the GIL's hand-off protocol (`gil.rs`) and the
/// free-threaded [`ReadMostly`] and reference count are written against: parking_lot and std
/// in every real build, [loom](https://docs.rs/loom)'s checked models when the crate is
/// compiled with `--cfg loom` (see `docs/TESTING.md`), so the model checks run the real
/// protocol code, not a copy of it. The API is std's (guards by value) in both.
// (the GIL build uses only what `gil.rs` needs)
#[cfg_attr(not(feature = "free-threading"), allow(dead_code, unused_imports))]
pub(crate) mod prim {
    #[cfg(not(loom))]
    pub(crate) use std::{
        hint::spin_loop,
        sync::atomic::{AtomicBool, AtomicU32, AtomicUsize},
        thread::yield_now,
    };

    #[cfg(loom)]
    pub(crate) use loom::{
        hint::spin_loop,
        sync::atomic::{AtomicBool, AtomicU32, AtomicUsize},
        thread::yield_now,
    };

    /// `thread_local!` with a `const` initialiser (std's; loom's, per model thread, takes a
    /// plain one).
    #[cfg(not(loom))]
    macro_rules! thread_local_const {
        ($(#[$a:meta])* static $name:ident: $t:ty = $init:expr;) => {
            std::thread_local!($(#[$a])* static $name: $t = const { $init });
        };
    }

    #[cfg(loom)]
    macro_rules! thread_local_const {
        ($(#[$a:meta])* static $name:ident: $t:ty = $init:expr;) => {
            loom::thread_local!($(#[$a])* static $name: $t = $init);
        };
    }

    pub(crate) use thread_local_const;

    /// A mutex (parking_lot's).
    #[cfg(not(loom))]
    pub(crate) struct Mutex<T>(parking_lot::Mutex<T>);

    #[cfg(not(loom))]
    pub(crate) type MutexGuard<'a, T> = parking_lot::MutexGuard<'a, T>;

    #[cfg(not(loom))]
    impl<T> Mutex<T> {
        pub(crate) const fn new(v: T) -> Self {
            Mutex(parking_lot::Mutex::new(v))
        }
        #[inline]
        pub(crate) fn lock(&self) -> MutexGuard<'_, T> {
            self.0.lock()
        }
    }

    /// A condition variable (parking_lot's).
    #[cfg(not(loom))]
    pub(crate) struct Condvar(parking_lot::Condvar);

    #[cfg(not(loom))]
    impl Condvar {
        pub(crate) const fn new() -> Self {
            Condvar(parking_lot::Condvar::new())
        }
        pub(crate) fn wait<'a, T>(&self, mut g: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
            self.0.wait(&mut g);
            g
        }
        /// Waits until notified or until `d` has passed; true when it timed out.
        pub(crate) fn wait_timeout<'a, T>(
            &self,
            mut g: MutexGuard<'a, T>,
            d: std::time::Duration,
        ) -> (MutexGuard<'a, T>, bool) {
            let timed_out = self.0.wait_for(&mut g, d).timed_out();
            (g, timed_out)
        }
        pub(crate) fn notify_one(&self) {
            self.0.notify_one();
        }
        pub(crate) fn notify_all(&self) {
            self.0.notify_all();
        }
    }

    /// Interior mutability for data a lock protects: [`UnsafeCell::access`] names one
    /// exclusive access for as long as the returned [`Access`] lives (loom checks that no two
    /// overlap and that each happens after the last; here it is a raw pointer).
    #[cfg(not(loom))]
    pub(crate) struct UnsafeCell<T>(std::cell::UnsafeCell<T>);

    #[cfg(not(loom))]
    pub(crate) struct Access<T>(*mut T);

    #[cfg(not(loom))]
    impl<T> UnsafeCell<T> {
        pub(crate) const fn new(v: T) -> Self {
            UnsafeCell(std::cell::UnsafeCell::new(v))
        }
        #[inline]
        pub(crate) fn access(&self) -> Access<T> {
            Access(self.0.get())
        }
    }

    #[cfg(not(loom))]
    impl<T> Access<T> {
        #[inline]
        pub(crate) fn ptr(&self) -> *mut T {
            self.0
        }
    }

    #[cfg(loom)]
    pub(crate) use loom_shim::*;

    /// The loom versions. Loom has no clock, so a timed wait is modelled explicitly: see
    /// [`Condvar::wait_timeout`].
    #[cfg(loom)]
    mod loom_shim {
        use std::cell::Cell;
        use std::ops::{Deref, DerefMut};

        pub(crate) struct Mutex<T>(loom::sync::Mutex<T>);

        /// loom's guard plus its mutex, so a modelled timeout can let go of it and take it back.
        pub(crate) struct MutexGuard<'a, T> {
            mutex: &'a Mutex<T>,
            guard: loom::sync::MutexGuard<'a, T>,
        }

        impl<T> Mutex<T> {
            pub(crate) fn new(v: T) -> Self {
                Mutex(loom::sync::Mutex::new(v))
            }
            pub(crate) fn lock(&self) -> MutexGuard<'_, T> {
                MutexGuard {
                    mutex: self,
                    guard: self.0.lock().unwrap_or_else(|e| e.into_inner()),
                }
            }
        }

        impl<T> Deref for MutexGuard<'_, T> {
            type Target = T;
            fn deref(&self) -> &T {
                &self.guard
            }
        }

        impl<T> DerefMut for MutexGuard<'_, T> {
            fn deref_mut(&mut self) -> &mut T {
                &mut self.guard
            }
        }

        pub(crate) struct Condvar(loom::sync::Condvar);

        loom::thread_local! {
            /// This thread's timeout plan: bit `i` set means its `i`-th timed wait times out.
            static TIMEOUTS: Cell<u64> = Cell::new(0);
        }

        /// Sets which of the current thread's next timed waits time out (bit 0: the next one);
        /// every wait past the plan waits for a notification.
        pub(crate) fn plan_timeouts(bits: u64) {
            TIMEOUTS.with(|t| t.set(bits));
        }

        impl Condvar {
            pub(crate) fn new() -> Self {
                Condvar(loom::sync::Condvar::new())
            }
            pub(crate) fn wait<'a, T>(&self, g: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
                let MutexGuard { mutex, guard } = g;
                let guard = self.0.wait(guard).unwrap_or_else(|e| e.into_inner());
                MutexGuard { mutex, guard }
            }
            /// The model of a timed wait. Loom has no time, so whether the interval elapses
            /// is the thread's timeout plan ([`plan_timeouts`]), which the model checks
            /// enumerate. A wait the plan times out lets go of the mutex, lets every other
            /// thread run any number of steps (loom explores them all), takes the mutex back
            /// and reports a timeout; one it does not is an untimed wait that only a
            /// notification ends (so a lost wake-up shows as a deadlock). This is more than
            /// a real timed wait can do: a notification sent during a modelled timeout is not
            /// delivered to this thread. Callers re-check their condition after every wait,
            /// so that adds behaviours for the model to check and removes none.
            pub(crate) fn wait_timeout<'a, T>(
                &self,
                g: MutexGuard<'a, T>,
                _d: std::time::Duration,
            ) -> (MutexGuard<'a, T>, bool) {
                let plan = TIMEOUTS.with(|t| t.replace(t.get() >> 1));
                if plan & 1 == 0 {
                    return (self.wait(g), false);
                }
                let mutex = g.mutex;
                drop(g);
                loom::thread::yield_now();
                (mutex.lock(), true)
            }
            pub(crate) fn notify_one(&self) {
                self.0.notify_one();
            }
            pub(crate) fn notify_all(&self) {
                self.0.notify_all();
            }
        }

        pub(crate) struct UnsafeCell<T>(loom::cell::UnsafeCell<T>);

        pub(crate) struct Access<T>(loom::cell::MutPtr<T>);

        impl<T> UnsafeCell<T> {
            pub(crate) fn new(v: T) -> Self {
                UnsafeCell(loom::cell::UnsafeCell::new(v))
            }
            pub(crate) fn access(&self) -> Access<T> {
                Access(self.0.get_mut())
            }
        }

        impl<T> Access<T> {
            pub(crate) fn ptr(&self) -> *mut T {
                self.0.with(|p| p)
            }
        }
    }
}

#[cfg(not(feature = "free-threading"))]
mod inner {
    use std::cell::{Cell, RefCell, RefMut};

    pub const BUILD_MODE: super::BuildMode = super::BuildMode::Gil;

    /// What one interpreter makes stays counted under the GIL: only that interpreter's
    /// threads reach it, one at a time.
    #[inline]
    pub(super) fn when_shared<T: super::Traced>(_a: &super::Ref<T>) {}

    /// A second thread runs Gilt code (nothing to do under the GIL).
    #[inline]
    pub fn begin_sharing() {}

    /// The last interpreter is being dropped (nothing waits under the GIL).
    #[inline]
    pub fn release_waiting() {}

    /// The count in front of every object: one plain word, since an interpreter's GIL
    /// serialises every change to the counts of its objects (an `Rc` would add a weak count
    /// nothing here uses). Objects every interpreter of the process shares — built-in types
    /// and their methods, interned strings, `()` — are immortal ([`IMMORTAL`]): their count is
    /// never written again, so interpreters running in parallel, each under its own GIL, only
    /// ever read it. Bit 0 says whether the block has a collector header ([`HEADED`]); the
    /// count is the rest, so a reference adds [`ONE`].
    pub(super) struct Count(Cell<usize>);

    impl Count {
        #[inline]
        pub(super) fn one(headed: bool) -> Count {
            Count(Cell::new(ONE | headed as usize))
        }
        #[inline]
        pub(super) fn retain(&self) {
            let n = self.0.get();
            if n & IMMORTAL == 0 {
                self.0.set(n + ONE);
            }
        }
        /// Drops one reference; true when it was the last.
        #[inline]
        pub(super) fn release(&self) -> bool {
            let n = self.0.get();
            if n & IMMORTAL != 0 {
                return false;
            }
            self.0.set(n - ONE);
            n - ONE < ONE
        }
        /// Only before the object is shared: it is made where one interpreter's thread makes
        /// the process-wide objects, before any other thread can see it.
        #[inline]
        pub(super) fn make_immortal(&self) {
            self.0.set(self.0.get() | IMMORTAL);
        }
        #[inline]
        pub(super) fn is_immortal(&self) -> bool {
            self.0.get() & IMMORTAL != 0
        }
        #[inline]
        pub(super) fn is_kept(&self) -> bool {
            self.is_immortal()
        }
        #[inline]
        pub(super) fn stop_waiting(&self) {}
        /// The caller's reference is the only one.
        #[inline]
        pub(super) fn is_unique(&self) -> bool {
            self.0.get() < 2 * ONE
        }
        /// Whether the block has a collector header.
        #[inline]
        pub(super) fn headed(&self) -> bool {
            self.0.get() & HEADED != 0
        }
        /// Adds a reference unless the count has reached zero; true when it did.
        pub(super) fn try_retain(&self) -> bool {
            if self.0.get() < ONE {
                return false;
            }
            self.retain();
            true
        }
        /// How many references there are (`usize::MAX` for an immortal object).
        #[inline]
        pub(super) fn get(&self) -> usize {
            let n = self.0.get();
            if n & IMMORTAL != 0 {
                return usize::MAX;
            }
            n / ONE
        }
    }

    /// Set in the count of an immortal object, which is then never written again.
    const IMMORTAL: usize = 1 << (usize::BITS - 1);
    /// Set in a count whose block starts with a collector header.
    const HEADED: usize = 1;
    /// What one reference adds to a count.
    const ONE: usize = 2;

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
        /// Runs `f` on the contents, which it must neither lock again nor call Gilt code from.
        /// Writes no borrow flag: interpreters running in parallel read what they share
        /// (a built-in type's name) this way.
        #[inline]
        pub fn read<R>(&self, f: impl FnOnce(&T) -> R) -> R {
            // SAFETY: `try_borrow_unguarded` fails while a guard of this thread is alive; none
            // can start while `f` runs (it does not lock this cell), and no other thread
            // writes the contents meanwhile: they are this interpreter's (whose GIL the
            // caller holds) or shared and never written.
            f(unsafe { self.0.try_borrow_unguarded() }.expect("read while locked"))
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
        /// Runs `f` on the contents; `f` must neither call back into Gilt code nor lock the
        /// same container. Writes no borrow flag, so interpreters running in parallel may
        /// read what they share (a built-in type's namespace).
        #[inline]
        pub fn read<R>(&self, f: impl FnOnce(&T) -> R) -> R {
            // SAFETY: as for `Lock::read`: no guard of this thread is alive (checked), none
            // starts while `f` runs, and no other thread writes the contents meanwhile.
            f(unsafe { self.0.try_borrow_unguarded() }.expect("read while locked"))
        }
    }

    impl<T> Lock<T> {
        /// Borrows the contents unless they are borrowed already (the collector's access,
        /// which must not wait).
        #[inline]
        pub fn try_lock(&self) -> Option<LockGuard<'_, T>> {
            self.0.try_borrow_mut().ok()
        }
    }

    impl<T> ReadMostly<T> {
        /// Runs `f` on every copy of the contents there is (one under the GIL); false when
        /// they are borrowed already and `f` did not run (the collector's access).
        pub fn gc_visit(&self, mut f: impl FnMut(&T)) -> bool {
            match self.0.try_borrow() {
                Ok(v) => {
                    f(&v);
                    true
                }
                Err(_) => false,
            }
        }
        /// Borrows the contents for writing unless they are borrowed already.
        pub fn try_lock(&self) -> Option<WriteGuard<'_, T>> {
            self.0.try_borrow_mut().ok()
        }
    }

    /// A cached copy of a value that something else holds (a namespace entry), for a cache
    /// that checks the holder still holds it before reading. Under the GIL the copy holds no
    /// count: a thread reads it holding the GIL, so nothing frees the value between the check
    /// and the read, and an object left only in stale cache slots is freed at once, as in
    /// CPython (its `__del__` runs, its weak references die).
    pub struct CacheSlot(std::mem::ManuallyDrop<crate::objects::value::Value>);

    impl CacheSlot {
        pub fn new(v: &crate::objects::value::Value) -> Self {
            // SAFETY: a bitwise copy that is never dropped, so it takes no count and gives
            // none back; `get` counts each copy it hands out.
            CacheSlot(std::mem::ManuallyDrop::new(unsafe { std::ptr::read(v) }))
        }
        /// A counted copy of the cached value (always one, in this build).
        ///
        /// # Safety
        /// What the value was cached from still holds it (the cache's validity check passed).
        #[inline]
        pub unsafe fn get(&self) -> Option<crate::objects::value::Value> {
            Some((*self.0).clone())
        }
    }

    /// The lock on one of the collector's lists: nothing, under the GIL.
    pub struct ListLock;

    impl ListLock {
        pub const fn new() -> Self {
            ListLock
        }
        #[inline(always)]
        pub fn lock(&self) -> ListGuard<'_> {
            ListGuard(std::marker::PhantomData)
        }
    }

    /// Holds a [`ListLock`].
    pub struct ListGuard<'a>(std::marker::PhantomData<&'a ()>);

    /// The GIL build cannot run without the lock: its reference counts are not atomic.
    pub const GIL_BY_DEFAULT: bool = true;
    pub const GIL_OPTIONAL: bool = false;
}

#[cfg(feature = "free-threading")]
mod inner {
    use super::prim::{AtomicBool, AtomicUsize};
    use std::ops::Deref;
    use std::sync::atomic::Ordering;

    pub const BUILD_MODE: super::BuildMode = super::BuildMode::FreeThreaded;

    /// Whether a second thread has run Gilt code without the GIL ([`begin_sharing`]).
    static SHARED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

    /// Objects to make immortal when threads share them, with a reference to each (CPython
    /// 3.13's free-threaded build likewise makes such objects immortal only when the first
    /// thread starts). Until then only one thread at a time runs Gilt code — the first one,
    /// or, with the GIL on, the one holding it — so their counts change with plain loads and
    /// stores, as cheap as the GIL build's; the world is stopped while they become immortal.
    static WAITING_LIST: parking_lot::Mutex<Vec<Box<dyn super::Waiting>>> =
        parking_lot::Mutex::new(Vec::new());

    pub(super) fn when_shared<T: super::Traced + 'static>(a: &super::Ref<T>) {
        let count = &a.counted().count;
        if count.is_immortal() {
            return;
        }
        let mut list = WAITING_LIST.lock();
        if SHARED.load(Ordering::Relaxed) {
            drop(list);
            super::Ref::make_immortal(a);
        } else if count.start_waiting() {
            list.push(Box::new(a.clone()));
        }
    }

    /// A second thread runs Gilt code without the GIL: the waiting objects become immortal,
    /// and so does every later one at once.
    #[inline]
    pub fn begin_sharing() {
        if !SHARED.load(Ordering::Relaxed) {
            share_now();
        }
    }

    #[cold]
    fn share_now() {
        let _world = crate::runtime::gil::stop_the_world();
        let waiting = {
            let mut list = WAITING_LIST.lock();
            if SHARED.swap(true, Ordering::Relaxed) {
                return;
            }
            std::mem::take(&mut *list)
        };
        for w in &waiting {
            w.make_immortal();
        }
    }

    /// The last interpreter is being dropped and no thread ever shared its objects: the
    /// waiting list lets go of them, so that they are freed (or collected) as any object.
    pub fn release_waiting() {
        let waiting = std::mem::take(&mut *WAITING_LIST.lock());
        for w in &waiting {
            w.stop_waiting();
        }
        drop(waiting);
    }

    /// The count in front of every object: atomic, with an immortal bit.
    ///
    /// Objects every thread touches — code, constants, interned names, functions and classes
    /// defined at module level, modules, types — are made immortal: cloning and dropping a
    /// reference to them then only *reads* the count, so cores do not fight over its cache line.
    /// Bit 0 says whether the block has a collector header ([`HEADED`]); the count is the
    /// rest, so a reference adds [`ONE`].
    pub(super) struct Count(AtomicUsize);

    /// Set in the count of an immortal object; the count is then never changed again.
    const IMMORTAL: usize = 1 << (usize::BITS - 2);
    /// Set in the count of an object on the waiting list of [`when_shared`] (which holds a
    /// reference to it, so the count cannot reach zero while the bit is set).
    const WAITING: usize = 1 << (usize::BITS - 3);
    /// Set in a count whose block starts with a collector header.
    const HEADED: usize = 1;
    /// What one reference adds to a count.
    const ONE: usize = 2;

    impl Count {
        #[inline]
        pub(super) fn one(headed: bool) -> Count {
            Count(AtomicUsize::new(ONE | headed as usize))
        }
        #[inline]
        pub(super) fn retain(&self) {
            let n = self.0.load(Ordering::Relaxed);
            if n & (IMMORTAL | WAITING) == 0 {
                self.0.fetch_add(ONE, Ordering::Relaxed);
            } else if n & IMMORTAL == 0 {
                // (waiting: one thread at a time runs Gilt code, see `when_shared`)
                self.0.store(n + ONE, Ordering::Relaxed);
            }
        }
        /// Drops one reference; true when it was the last (and then every other thread's
        /// writes to the object happen before the caller frees it).
        #[inline]
        pub(super) fn release(&self) -> bool {
            let n = self.0.load(Ordering::Relaxed);
            if n & (IMMORTAL | WAITING) != 0 {
                if n & IMMORTAL == 0 {
                    // (waiting: the list's reference keeps the count above zero)
                    self.0.store(n - ONE, Ordering::Relaxed);
                }
                return false;
            }
            if self.0.fetch_sub(ONE, Ordering::Release) >= 2 * ONE {
                return false;
            }
            // Acquire: every other thread's decrement (a release, continued by the later
            // ones) happens before the free. An acquire load of the count rather than
            // `fence(Acquire)` (as std's `Arc` does under ThreadSanitizer, which does not
            // model fences): the same guarantee, and a plain load on x86-64.
            self.0.load(Ordering::Acquire);
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
        #[inline]
        pub(super) fn is_kept(&self) -> bool {
            self.0.load(Ordering::Relaxed) & (IMMORTAL | WAITING) != 0
        }
        /// Puts the object on the waiting list; false when it is there already (or immortal).
        fn start_waiting(&self) -> bool {
            self.0.fetch_or(WAITING, Ordering::Relaxed) & (IMMORTAL | WAITING) == 0
        }
        #[inline]
        pub(super) fn stop_waiting(&self) {
            self.0.fetch_and(!WAITING, Ordering::Relaxed);
        }
        /// The caller's reference is the only one (and not immortal). Acquire: the writes of
        /// threads that dropped their references happen before the caller's use.
        #[inline]
        pub(super) fn is_unique(&self) -> bool {
            self.0.load(Ordering::Acquire) < 2 * ONE
        }
        /// Whether the block has a collector header.
        #[inline]
        pub(super) fn headed(&self) -> bool {
            self.0.load(Ordering::Relaxed) & HEADED != 0
        }
        /// Adds a reference unless the count has reached zero (another thread is freeing
        /// the object); true when it did.
        pub(super) fn try_retain(&self) -> bool {
            let mut n = self.0.load(Ordering::Relaxed);
            loop {
                if n & IMMORTAL != 0 {
                    return true;
                }
                if n < ONE {
                    return false;
                }
                match self
                    .0
                    .compare_exchange_weak(n, n + ONE, Ordering::Relaxed, Ordering::Relaxed)
                {
                    Ok(_) => return true,
                    Err(now) => n = now,
                }
            }
        }
        /// How many references there are (`usize::MAX` for an immortal object).
        #[inline]
        pub(super) fn get(&self) -> usize {
            let n = self.0.load(Ordering::Relaxed);
            if n & IMMORTAL != 0 {
                usize::MAX
            } else {
                (n & !WAITING) / ONE
            }
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
            match self.0.try_lock() {
                Some(g) => g,
                None => self.lock_contended(),
            }
        }
        /// Another thread holds the contents: the wait is counted (`-X stats`).
        #[cold]
        fn lock_contended(&self) -> LockGuard<'_, T> {
            crate::runtime::stats::object_wait(std::any::type_name::<T>());
            self.0.lock()
        }
        /// Runs `f` on the contents, which it must neither lock again nor call Gilt code from.
        #[inline]
        pub fn read<R>(&self, f: impl FnOnce(&T) -> R) -> R {
            f(&self.lock())
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
        locked: AtomicBool,
        value: super::prim::UnsafeCell<T>,
    }

    // SAFETY: the value is only reached through a `SpinGuard`, and `locked` lets one guard
    // exist at a time (acquire on lock, release on unlock), so sharing the lock shares no
    // unsynchronised access; `T: Send` because the value may be used from any thread.
    unsafe impl<T: Send> Sync for SpinLock<T> {}
    // SAFETY: as above; moving the lock moves the value.
    unsafe impl<T: Send> Send for SpinLock<T> {}

    impl<T> SpinLock<T> {
        fn new(v: T) -> Self {
            SpinLock {
                locked: AtomicBool::new(false),
                value: super::prim::UnsafeCell::new(v),
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
            SpinGuard {
                lock: self,
                access: std::mem::ManuallyDrop::new(self.value.access()),
            }
        }

        #[cold]
        fn lock_contended(&self) {
            crate::runtime::stats::object_wait(std::any::type_name::<T>());
            let mut spins = 0u32;
            loop {
                while self.locked.load(Ordering::Relaxed) {
                    if spins < 128 {
                        spins += 1;
                        super::prim::spin_loop();
                    } else {
                        super::prim::yield_now();
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
        /// The exclusive access to the value this guard stands for (under loom, the model
        /// checks that no two overlap); it ends before the lock is let go.
        access: std::mem::ManuallyDrop<super::prim::Access<T>>,
    }

    impl<T> Deref for SpinGuard<'_, T> {
        type Target = T;
        #[inline]
        fn deref(&self) -> &T {
            // SAFETY: this guard holds the lock, so no other reference to the value exists.
            unsafe { &*self.access.ptr() }
        }
    }

    impl<T> std::ops::DerefMut for SpinGuard<'_, T> {
        #[inline]
        fn deref_mut(&mut self) -> &mut T {
            // SAFETY: this guard holds the lock, and `&mut self` makes this the only borrow.
            unsafe { &mut *self.access.ptr() }
        }
    }

    impl<T> Drop for SpinGuard<'_, T> {
        #[inline]
        fn drop(&mut self) {
            // SAFETY: `access` is dropped once, here, and never used again.
            unsafe { std::mem::ManuallyDrop::drop(&mut self.access) };
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
        super::prim::thread_local_const!(
            static TOKEN: std::cell::Cell<u32> = std::cell::Cell::new(0);
        );
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

        #[inline]
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
                    crate::runtime::stats::published();
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
                    crate::runtime::stats::retired();
                }
            }
            &mut self.guard.value
        }
    }

    impl<T> Lock<T> {
        /// Locks the contents unless another thread holds them (the collector's access,
        /// which must not wait).
        #[inline]
        pub fn try_lock(&self) -> Option<LockGuard<'_, T>> {
            self.0.try_lock()
        }
    }

    impl<T: super::Snapshot> ReadMostly<T> {
        /// Runs `f` on every copy of the contents there is: the contents and a published
        /// lock-free copy (each holds its own references); false when the contents are locked
        /// and `f` did not run (the collector's access, with the world stopped).
        pub fn gc_visit(&self, mut f: impl FnMut(&T)) -> bool {
            let Some(g) = self.cell.try_lock() else {
                return false;
            };
            f(&g.value);
            if g.published {
                let pinned = crossbeam_epoch::pin();
                let current = self.snap.load(Ordering::Acquire, &pinned);
                // SAFETY: as in `read`: the copy stays allocated while `pinned` lives.
                if let Some(copy) = unsafe { current.as_ref() } {
                    f(copy);
                }
            }
            true
        }
        /// Locks the contents for writing unless another thread holds them.
        pub fn try_lock(&self) -> Option<WriteGuard<'_, T>> {
            Some(WriteGuard {
                guard: self.cell.try_lock()?,
                snap: &self.snap,
                writing: false,
            })
        }
    }

    impl<T> SpinLock<T> {
        fn try_lock(&self) -> Option<SpinGuard<'_, T>> {
            self.locked
                .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
                .ok()?;
            Some(SpinGuard {
                lock: self,
                access: std::mem::ManuallyDrop::new(self.value.access()),
            })
        }
    }

    /// A cached copy of a value that something else holds (a namespace entry), for a cache
    /// that checks the holder still holds it before reading. The copy holds no count, so an
    /// object is never kept alive by a cache, in this build either. While one thread at a
    /// time runs Gilt code (until [`begin_sharing`]) that is as safe as under the GIL: nothing
    /// frees the value between the check and the read. Once threads run at once, another
    /// thread may drop the holder's reference in between, so only values that need no count
    /// are handed out — immediates, immortal objects and waiting ones (module-level functions
    /// and classes, modules, interned strs); for any other `get` says `None` and the cache
    /// reads the holder instead.
    pub struct CacheSlot {
        value: std::mem::ManuallyDrop<crate::objects::value::Value>,
        kept: bool,
    }

    impl CacheSlot {
        pub fn new(v: &crate::objects::value::Value) -> Self {
            let kept =
                !matches!(v, crate::objects::value::Value::Obj(o) if !super::Ref::is_kept(o));
            // SAFETY: a bitwise copy that is never dropped, so it takes no count and gives
            // none back; `get` counts each copy it hands out, and only while the copy is live.
            CacheSlot {
                value: std::mem::ManuallyDrop::new(unsafe { std::ptr::read(v) }),
                kept,
            }
        }
        /// A counted copy of the cached value, if the slot may hand it out.
        ///
        /// # Safety
        /// What the value was cached from still holds it (the cache's validity check passed),
        /// and the caller has not let another thread run Gilt code since that check.
        #[inline]
        pub unsafe fn get(&self) -> Option<crate::objects::value::Value> {
            // an immediate, an immortal object, or one the waiting list keeps alive until it
            // is immortal or no interpreter is left (`release_waiting`); else, before sharing,
            // the holder's reference, which only this thread could have dropped
            if self.kept || !SHARED.load(Ordering::Relaxed) {
                Some((*self.value).clone())
            } else {
                None
            }
        }
    }

    /// The lock on one of the collector's per-thread lists: a spin lock, taken for a few
    /// pointer writes when a tracked object is made or freed (by its own thread, nearly
    /// always, so it is uncontended).
    pub struct ListLock(std::sync::atomic::AtomicBool);

    impl ListLock {
        pub const fn new() -> Self {
            ListLock(std::sync::atomic::AtomicBool::new(false))
        }
        #[inline]
        pub fn lock(&self) -> ListGuard<'_> {
            let mut spins = 0u32;
            while self
                .0
                .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
                .is_err()
            {
                spins += 1;
                if spins < 64 {
                    std::hint::spin_loop();
                } else {
                    std::thread::yield_now();
                }
            }
            ListGuard(self)
        }
    }

    /// Holds a [`ListLock`].
    pub struct ListGuard<'a>(&'a ListLock);

    impl Drop for ListGuard<'_> {
        #[inline]
        fn drop(&mut self) {
            self.0 .0.store(false, Ordering::Release);
        }
    }

    /// No global lock by default; `-X gil=1` or `GILT_GIL=1` turns it on.
    pub const GIL_BY_DEFAULT: bool = false;
    pub const GIL_OPTIONAL: bool = true;

    /// Loom models of the free-threaded build's lock-free parts: `RUSTFLAGS="--cfg loom --cfg
    /// crossbeam_loom" cargo test --release --features free-threading --lib loom_` (see
    /// docs/TESTING.md). `ReadMostly`'s spin lock and `Count` run on loom's atomics and cells
    /// through [`prim`], and crossbeam-epoch in its own loom mode, so the published copies'
    /// reclamation is the real collector's.
    #[cfg(all(test, loom))]
    mod loom_models {
        use super::super::{Ref, Snapshot};
        use super::*;
        use loom::cell::UnsafeCell;
        use loom::sync::Arc;
        use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

        /// A container of one number held in a loom cell: loom fails the model if a read of it
        /// (through a published copy or the lock) is not ordered after the write that made it, or
        /// if a copy is destroyed (its `Drop` writes the cell) while a read of it may still run.
        struct Probe(UnsafeCell<u32>);

        impl Probe {
            fn new(v: u32) -> Probe {
                Probe(UnsafeCell::new(v))
            }
            fn get(&self) -> u32 {
                // SAFETY: loom checks the access (that is what the model tests).
                self.0.with(|p| unsafe { *p })
            }
            fn set(&mut self, v: u32) {
                // SAFETY: as above.
                self.0.with_mut(|p| unsafe { *p = v })
            }
        }

        impl Clone for Probe {
            fn clone(&self) -> Probe {
                Probe::new(self.get())
            }
        }

        impl Drop for Probe {
            fn drop(&mut self) {
                // SAFETY: as above; freeing is a write.
                let old = self
                    .0
                    .with_mut(|p| unsafe { std::mem::replace(&mut *p, u32::MAX) });
                // (statistics: a copy of the old contents freed while the reader still runs)
                if old == 0 && !READER_DONE.load(Ordering::Relaxed) {
                    FREED_UNDER_READER.fetch_add(1, Ordering::Relaxed);
                }
            }
        }

        /// Model statistics, outside loom's view: whether this execution's reader finished,
        /// and in how many executions a published copy was freed before it did (so the
        /// reclamation check is not vacuous).
        static READER_DONE: AtomicBool = AtomicBool::new(false);
        static FREED_UNDER_READER: AtomicUsize = AtomicUsize::new(0);

        impl super::super::Traced for Probe {}
        impl super::super::Traced for u32 {}

        impl Snapshot for Probe {
            fn weight(&self) -> usize {
                0
            }
        }

        /// Runs `f` under loom and returns how many executions it explored, with at most
        /// `bound` preemptions per execution unless `LOOM_MAX_PREEMPTIONS` sets a bound.
        fn explore(bound: Option<usize>, f: impl Fn() + Sync + Send + 'static) -> usize {
            static RUNS: AtomicUsize = AtomicUsize::new(0);
            let before = RUNS.load(Ordering::Relaxed);
            let mut b = loom::model::Builder::new();
            if b.preemption_bound.is_none() {
                b.preemption_bound = bound;
            }
            b.check(move || {
                RUNS.fetch_add(1, Ordering::Relaxed);
                f();
            });
            RUNS.load(Ordering::Relaxed) - before
        }

        /// A `ReadMostly` whose copy is published: read once here and enough times by a second
        /// thread (run alone, so it adds no interleavings).
        fn published(v: u32) -> Arc<ReadMostly<Probe>> {
            let rm = Arc::new(ReadMostly::new(Probe::new(v)));
            assert_eq!(rm.read(Probe::get), v);
            let r = rm.clone();
            loom::thread::spawn(move || {
                for _ in 0..PUBLISH_AFTER {
                    assert_eq!(r.read(Probe::get), v);
                }
            })
            .join()
            .unwrap();
            assert!(rm.lock_published(), "the copy is published");
            rm
        }

        impl ReadMostly<Probe> {
            fn lock_published(&self) -> bool {
                self.cell.lock().published
            }
        }

        /// A reader on the published copy races a writer that unpublishes it and defers its
        /// destruction (then pins and flushes so the collector may free it while the reader
        /// runs): every read sees the old or the new value, never a copy being freed; a thread's
        /// reads never go back; the writer's own read, and any read ordered after the write
        /// (here: after joining the writer), sees it.
        #[test]
        fn loom_read_mostly_unpublish() {
            let n = explore(Some(2), || {
                let rm = published(0);
                READER_DONE.store(false, Ordering::Relaxed);
                let reader = {
                    let rm = rm.clone();
                    loom::thread::spawn(move || {
                        let a = rm.read(Probe::get);
                        let b = rm.read(Probe::get);
                        assert!(a <= b && b <= 1, "reads {a} then {b}");
                        READER_DONE.store(true, Ordering::Relaxed);
                    })
                };
                let writer = {
                    let rm = rm.clone();
                    loom::thread::spawn(move || {
                        rm.lock().set(1);
                        assert_eq!(rm.read(Probe::get), 1, "a read after a write sees it");
                        for _ in 0..2 {
                            crossbeam_epoch::pin().flush();
                        }
                    })
                };
                writer.join().unwrap();
                assert_eq!(
                    rm.read(Probe::get),
                    1,
                    "a read ordered after the write sees it"
                );
                reader.join().unwrap();
                assert!(!rm.lock_published());
            });
            println!(
                "loom_read_mostly_unpublish: {n} executions, {} freed the old copy while the \
                 reader ran",
                FREED_UNDER_READER.load(Ordering::Relaxed)
            );
        }

        /// Two threads update the contents through the spin lock: no update is lost, and loom
        /// checks that the lock orders every access to the contents (acquire on lock, release
        /// on unlock) and that no two overlap.
        #[test]
        fn loom_read_mostly_spin_lock() {
            let n = explore(Some(3), || {
                let rm = Arc::new(ReadMostly::new(Probe::new(0)));
                let add = |rm: &ReadMostly<Probe>| {
                    let mut g = rm.lock();
                    let v = g.get();
                    g.set(v + 1);
                };
                let t = {
                    let rm = rm.clone();
                    loom::thread::spawn(move || add(&rm))
                };
                add(&rm);
                t.join().unwrap();
                assert_eq!(rm.read(Probe::get), 2);
            });
            println!("loom_read_mostly_spin_lock: {n} executions");
        }

        /// The atomic reference count: two threads drop their references concurrently, and the
        /// object is freed once, after both threads' last reads (release decrement + acquire
        /// load); an immortal object's count never moves and it is never freed.
        #[test]
        fn loom_ref_count() {
            let n = explore(None, || {
                let a = Ref::new(Probe::new(5));
                let b = a.clone();
                let t = loom::thread::spawn(move || {
                    assert_eq!(b.get(), 5);
                    drop(b);
                });
                assert_eq!(a.get(), 5);
                drop(a);
                t.join().unwrap();

                let forever = Ref::new(7u32);
                Ref::make_immortal(&forever);
                let c = forever.clone();
                let t = loom::thread::spawn(move || drop(c));
                drop(forever.clone());
                t.join().unwrap();
                assert!(Ref::is_immortal(&forever));
                assert!(Ref::get_mut(&mut forever.clone()).is_none());
            });
            println!("loom_ref_count: {n} executions");
        }
    }
}

/// A token for holding an interpreter's lock (see `gil.rs`); dropping it releases the lock.
/// When the GIL is off (free-threaded build) acquiring it does nothing. The token is neither
/// `Send` nor `Sync`: the thread that takes the GIL releases it.
pub struct Gil(
    Option<crate::runtime::gil::Entered>,
    std::marker::PhantomData<*const ()>,
);

impl Gil {
    /// Takes this thread's current lock (the process's first one outside any interpreter);
    /// the returned token releases it when dropped.
    pub fn acquire() -> Gil {
        crate::runtime::gil::acquire();
        Gil(None, std::marker::PhantomData)
    }

    /// Takes the lock of the interpreter whose lock is `core`, making it this thread's current
    /// one until the token is dropped (see `gil::enter`).
    pub(crate) fn acquire_for(core: &'static crate::runtime::gil::GilCore) -> Gil {
        Gil(
            Some(crate::runtime::gil::enter(core)),
            std::marker::PhantomData,
        )
    }

    /// Runs `f` (a blocking operation, blocked for `why`) with the GIL released, then takes
    /// it back.
    pub fn release_while<R>(why: crate::runtime::gil::Blocked, f: impl FnOnce() -> R) -> R {
        crate::runtime::gil::release_while(why, f)
    }
}

impl Drop for Gil {
    fn drop(&mut self) {
        match self.0.take() {
            Some(entered) => crate::runtime::gil::leave(entered),
            None => crate::runtime::gil::release(),
        }
    }
}

/// Asks for the GIL to be on or off for this process. The GIL build ignores a request to turn
/// it off. Call before any second thread starts.
pub fn request_gil(on: bool) {
    crate::runtime::gil::set_enabled(on || !GIL_OPTIONAL);
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    impl Traced for i32 {}
    impl Traced for (u64, [u8; 24]) {}
    impl Traced for Vec<u32> {}
    impl Traced for String {}

    #[test]
    fn ref_counts_and_identity() {
        let mut a = Ref::new(5);
        let b = a.clone();
        assert!(Ref::ptr_eq(&a, &b));
        assert!(
            Ref::get_mut(&mut a).is_none(),
            "a shared value is not handed out mutably"
        );
        drop(b);
        *Ref::get_mut(&mut a).expect("the only reference") += 1;
        assert_eq!(*a, 6);
        assert!(!Ref::ptr_eq(&a, &Ref::new(5)));
    }

    #[test]
    fn lock_mutates_in_place() {
        let l = Lock::new(vec![1]);
        l.lock().push(2);
        assert_eq!(*l.lock(), vec![1, 2]);
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
    fn new_with_writes_in_place() {
        // SAFETY: the closure writes a whole `(u64, [u8; 24])` at the pointer.
        let r = unsafe {
            Ref::new_with(|p: *mut (u64, [u8; 24])| {
                p.write((7, [0; 24]));
                (*p).1[3] = 9;
            })
        };
        let r2 = r.clone();
        assert_eq!(
            *r2,
            (
                7,
                [0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
            )
        );
        assert_eq!(Ref::as_ptr(&r), Ref::as_ptr(&r2));
    }

    /// Threads clone and drop references to one object and to an immortal one; the last drop
    /// frees it (Miri checks the count's orderings and that the free comes after every use).
    #[test]
    fn refs_cross_threads() {
        // (in the GIL build every count change needs the GIL: main holds it while it clones
        // and drops, and the threads drop their references before they let it go)
        let gil = Gil::acquire();
        let shared = Ref::new(vec![1u32, 2, 3]);
        let forever = Ref::new(String::from("immortal"));
        Ref::make_immortal(&forever);
        let ts: Vec<_> = (0..3)
            .map(|_| {
                let refs = (shared.clone(), forever.clone());
                std::thread::spawn(move || {
                    let _g = Gil::acquire();
                    let (s, f) = refs;
                    for _ in 0..20 {
                        let c = s.clone();
                        assert_eq!(c.iter().sum::<u32>(), 6);
                        assert_eq!(f.clone().len(), 8);
                        Gil::release_while(crate::runtime::gil::Blocked::Lock, || ());
                    }
                })
            })
            .collect();
        drop(shared);
        drop(gil);
        for t in ts {
            t.join().unwrap();
        }
        assert_eq!(forever.len(), 8);
    }

    /// Readers and a writer share a `ReadMostly` (in the free-threaded build: copies are
    /// published, unpublished and reclaimed while others read): every read sees a state some
    /// write left, and the last one the final state. Sized for Miri, which checks the accesses.
    #[test]
    fn read_mostly_readers_and_writer_race() {
        let shared = std::sync::Arc::new(ReadMostly::new(Cells(vec![0; 3])));
        let readers: Vec<_> = (0..2)
            .map(|_| {
                let s = shared.clone();
                std::thread::spawn(move || {
                    let _g = Gil::acquire();
                    let mut last = 0;
                    for i in 0..150 {
                        let (a, b) = s.read(|c| (c.0[0], c.0[2]));
                        assert!(
                            a == b && a >= last,
                            "a torn or old state: {a} {b} after {last}"
                        );
                        last = a;
                        if i % 10 == 0 {
                            Gil::release_while(crate::runtime::gil::Blocked::Lock, || ());
                        }
                    }
                })
            })
            .collect();
        {
            let _g = Gil::acquire();
            for round in 1..=20u32 {
                {
                    let mut w = shared.lock();
                    w.0[0] = round;
                    w.0[2] = round;
                }
                Gil::release_while(crate::runtime::gil::Blocked::Lock, || ());
            }
        }
        for r in readers {
            r.join().unwrap();
        }
        let _g = Gil::acquire();
        assert_eq!(shared.read(|c| c.0.clone()), vec![20, 0, 20]);
    }

    #[test]
    fn gil_is_reacquirable_after_release() {
        {
            let _first = Gil::acquire();
            let _nested = Gil::acquire();
            assert_eq!(
                Gil::release_while(crate::runtime::gil::Blocked::Lock, || 7),
                7
            );
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
