//! The global interpreter lock, as a switchable runtime component.
//!
//! # Design
//! One flag (`locked`) under a mutex, with two condition variables. A thread that wants the
//! lock waits on `gil_free` for at most the switch interval (default 5 ms,
//! `sys.setswitchinterval`). If the interval passes and no switch happened meanwhile, it sets
//! the drop-request bit of the breaker word. The running thread polls that word at safe
//! points — backward jumps and calls ([`eval_breaker`]) — and when the bit is set, releases
//! the lock and then waits on `switched` until another thread has actually taken it ("forced
//! switching"). Without that wait the releasing thread, already on a core, would usually win
//! the lock straight back.
//!
//! The breaker word has a second bit, set from the SIGINT handler (`signals.rs`): the thread that
//! handles Ctrl-C sees it at its next safe point and raises `KeyboardInterrupt`. Both bits sit
//! in one word so a safe point still costs one load.
//!
//! Blocking operations (sleep, lock and queue waits, join, I/O) release the lock around the
//! wait with [`release_while`], so sleeping threads overlap under the GIL too.
//!
//! The GIL build always runs with the lock enabled: its reference counts are not atomic and the
//! lock is what makes them safe. The free-threaded build runs with it disabled unless the user
//! asks for it (`-X gil=1` or `GILT_GIL=1`), which makes one binary able to compare both.
//! This file has no build-specific code; `sync.rs` decides the default.
//!
//! # One GIL per interpreter
//! Each interpreter has its own lock, so two interpreters of one process run in parallel even
//! in the GIL build: no object of one is reachable from the other, and what they share (built-in
//! types, interned strings) is immortal and never written. A thread runs one interpreter at a
//! time: [`enter`] makes an interpreter's lock the thread's *current* one and takes it,
//! [`leave`] gives it back. A thread already holding another interpreter's lock (a Rust
//! function of one calling into the other) lets go of it first, as around any blocking
//! call, so two threads crossing over in opposite directions never wait for each other —
//! except inside a free (a handle dropped while an object of the first is freed, which may
//! hold a borrow of its containers), where it keeps both. Locks are leaked and reused by
//! later interpreters, so a thread-local or the SIGINT handler may point at one for good;
//! their safe-point words are the per-interpreter requests (drop, collect, finalize, count).
//! Code that runs outside any interpreter (unit tests, `gilt::check_syntax`) uses the
//! process's first lock.
//!
//! # What the lab sees
//! Every take, give, forced switch, drop request and `release_while` (which names its cause,
//! [`Blocked`]) is reported to `stats.rs` for `-X stats` and `-X trace`; none is on the hot
//! path. With the deterministic scheduler on (`sched.rs`, `-X sched=SEED`), a thread waits for
//! its turn before it takes the lock, the `SCHED` bit sends every safe point to the slow path
//! to count towards the next switch, and `release_while` keeps the lock (the scheduler's
//! waits go through [`sched_wait`] and [`sched_sleep`]).
//!
//! # The protocol as a value
//! The lock is a [`GilCore`] (state, two condition variables, the breaker word) written
//! against `sync::prim`, which is parking_lot and std here and loom's models under
//! `--cfg loom`. The loom models at the end of this file check that same code: mutual
//! exclusion, no lost wake-up, forced switching, drop requests cleared, `release_while`
//! nesting.

pub use crate::runtime::stats::Blocked;
use crate::runtime::sync::prim::{thread_local_const, AtomicU32, Condvar, Mutex};
use crate::runtime::{sched, stats};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

struct State {
    locked: bool,
    /// Incremented every time a thread takes the lock.
    switches: u64,
    /// Threads waiting to take it.
    waiting: usize,
}

/// The global interpreter lock's protocol: who holds it, who waits, and the safe-point word.
pub(crate) struct GilCore {
    state: Mutex<State>,
    /// Notified when the lock is let go.
    gil_free: Condvar,
    /// Notified when a thread takes the lock (a forced switch waits for it).
    switched: Condvar,
    /// Asynchronous requests polled at safe points: [`DROP_REQUEST`] and [`INTERRUPT`] bits.
    breaker: AtomicU32,
    /// Its place in [`CORES`] (0: the process's first lock).
    index: usize,
    /// How many interpreters use it (more than one only past [`MAX_CORES`]).
    users: std::sync::atomic::AtomicUsize,
    /// Drops of other interpreters' handles (and interpreters) that came up inside a free of
    /// this one's objects, where the thread may not switch locks (containers may be borrowed):
    /// run at this lock's next `enter` or `leave` outside a free.
    deferred: parking_lot::Mutex<Vec<Box<dyn FnOnce() + Send>>>,
}

/// Another thread has waited a whole switch interval for the GIL.
const DROP_REQUEST: u32 = 1;
/// A signal (Ctrl-C) waits to be handled.
const INTERRUPT: u32 = 2;
/// An operation limit is in force: every safe point reports to the VM, which counts it.
const COUNTING: u32 = 4;
/// A cycle collection is due (`gc.rs`); the next safe point runs it.
const COLLECT: u32 = 8;
/// A thread wants every other one parked at a safe point ([`stop_the_world`]).
const STOP: u32 = 16;
/// Objects wait for their `__del__` (`finalize.rs`).
const FINALIZE: u32 = 32;
/// The deterministic scheduler is on (`sched.rs`): every safe point counts towards a switch.
const SCHED: u32 = 64;

/// The fields of a new [`GilCore`] (a `const fn` in real builds, where the GIL is a static).
macro_rules! new_core {
    () => {
        GilCore {
            state: Mutex::new(State {
                locked: false,
                switches: 0,
                waiting: 0,
            }),
            gil_free: Condvar::new(),
            switched: Condvar::new(),
            breaker: AtomicU32::new(0),
            index: 0,
            users: std::sync::atomic::AtomicUsize::new(0),
            deferred: parking_lot::Mutex::new(Vec::new()),
        }
    };
}

/// The process's first GIL, for code outside any interpreter.
#[cfg(not(loom))]
static GIL: GilCore = GilCore::new();

// Under loom each model execution gets a fresh one (loom's primitives cannot be built in a
// `static` initialiser).
#[cfg(loom)]
loom::lazy_static! {
    static ref GIL: GilCore = GilCore::new();
}

static ENABLED: AtomicBool = AtomicBool::new(crate::runtime::sync::GIL_BY_DEFAULT);
static INTERVAL_NS: AtomicU64 = AtomicU64::new(5_000_000);

thread_local_const! {
    /// How many nested `acquire`s this thread holds of its current lock (0: it holds none).
    static HELD: Cell<usize> = Cell::new(0);
}

thread_local_const! {
    /// The lock of the interpreter this thread runs (null: the process's first lock).
    static CURRENT: Cell<*const GilCore> = Cell::new(std::ptr::null());
}

/// Interpreters' locks past this many are shared: their interpreters take turns.
pub(crate) const MAX_CORES: usize = 1024;

/// Every lock made so far, by index (0 is [`GIL`], not stored here); leaked, so a pointer to
/// one stays valid for the rest of the process.
static CORES: [std::sync::atomic::AtomicPtr<GilCore>; MAX_CORES] =
    [const { std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()) }; MAX_CORES];
static CORE_COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);
/// Held while an interpreter looks for a lock.
static CLAIMING: parking_lot::Mutex<()> = parking_lot::Mutex::new(());

fn core_at(i: usize) -> &'static GilCore {
    if i == 0 {
        return &GIL;
    }
    let p = CORES[i].load(Ordering::Acquire);
    // SAFETY: cores are leaked when made (`claim_core`) and published with Release before
    // `CORE_COUNT` covers their index.
    unsafe { &*p }
}

/// Every lock made so far (the SIGINT handler walks them: no allocation, no lock).
pub(crate) fn all_cores() -> impl Iterator<Item = &'static GilCore> {
    (0..CORE_COUNT.load(Ordering::Acquire).min(MAX_CORES)).map(core_at)
}

/// The lock of the interpreter this thread runs.
#[inline(always)]
pub(crate) fn current() -> &'static GilCore {
    let p = CURRENT.with(|c| c.get());
    if p.is_null() {
        return &GIL;
    }
    // SAFETY: `CURRENT` only ever holds a leaked core.
    unsafe { &*p }
}

/// A lock for a new interpreter: a free one, else a new one.
pub(crate) fn claim_core() -> &'static GilCore {
    let _g = CLAIMING.lock();
    let n = CORE_COUNT.load(Ordering::Acquire);
    for i in 1..n {
        let c = core_at(i);
        if c.users.load(Ordering::Relaxed) == 0 {
            c.users.store(1, Ordering::Relaxed);
            crate::runtime::gc::reset_domain(i);
            if sched::on() {
                c.breaker.fetch_or(SCHED, Ordering::Relaxed);
            }
            return c;
        }
    }
    if n >= MAX_CORES {
        let shared = core_at(MAX_CORES - 1);
        shared.users.fetch_add(1, Ordering::Relaxed);
        return shared;
    }
    let mut core = GilCore::new();
    core.index = n;
    core.users = std::sync::atomic::AtomicUsize::new(1);
    if sched::on() {
        core.breaker = AtomicU32::new(SCHED);
    }
    let core: &'static GilCore = Box::leak(Box::new(core));
    CORES[n].store(core as *const GilCore as *mut GilCore, Ordering::Release);
    CORE_COUNT.store(n + 1, Ordering::Release);
    core
}

/// An interpreter is gone: its lock may serve the next one.
pub(crate) fn release_core(core: &'static GilCore) {
    let _g = CLAIMING.lock();
    if core.users.fetch_sub(1, Ordering::Relaxed) == 1 {
        core.breaker
            .fetch_and(!(COUNTING | COLLECT), Ordering::Relaxed);
    }
}

impl GilCore {
    /// Its index (the cycle collector keeps each interpreter's objects apart by it).
    pub(crate) fn index(&self) -> usize {
        self.index
    }
}

/// For a host object of `core`'s interpreter (a handle, compiled code, the interpreter itself)
/// dropped inside a free of another interpreter's objects, where the thread may not switch
/// locks: `take` moves the object's fields out, and they are dropped at the current lock's
/// next `enter` or `leave` outside a free. Returns whether the drop was put off.
pub(crate) fn defer_if_foreign<T: Send + 'static>(
    core: &GilCore,
    take: impl FnOnce() -> T,
) -> bool {
    if !crate::runtime::sync::in_free() || std::ptr::eq(core, current()) {
        return false;
    }
    let later = take();
    current()
        .deferred
        .lock()
        .push(Box::new(move || drop(later)));
    true
}

/// Runs what waits in `core`'s deferred list, unless this thread is inside a free.
fn run_deferred(core: &GilCore) {
    if crate::runtime::sync::in_free() {
        return;
    }
    loop {
        let batch = std::mem::take(&mut *core.deferred.lock());
        if batch.is_empty() {
            return;
        }
        for d in batch {
            d();
        }
    }
}

/// What [`enter`] changed, for [`leave`] to undo.
pub(crate) struct Entered {
    /// The lock the thread ran before (null: the same one, nested).
    prev: *const GilCore,
    /// How deep it held that one.
    held: usize,
    /// It kept holding it (inside a free).
    kept: bool,
}

/// Makes `core` this thread's current lock and takes it (nested: just counts). A thread
/// holding another interpreter's lock lets go of it until [`leave`] (or, inside a free, keeps
/// it); the cycle collector switches to `core`'s objects.
pub(crate) fn enter(core: &'static GilCore) -> Entered {
    let cur = current();
    if std::ptr::eq(cur, core) {
        core.acquire();
        run_deferred(core);
        return Entered {
            prev: std::ptr::null(),
            held: 0,
            kept: false,
        };
    }
    let held = HELD.with(|h| h.get());
    // Holding the other lock, keep it inside a free (its containers may be borrowed), and
    // with the GIL off (this thread stays attached to the world once).
    let kept = held > 0 && (crate::runtime::sync::in_free() || !enabled());
    if held > 0 && !kept {
        HELD.with(|h| h.set(0));
        cur.give(false);
    }
    CURRENT.with(|c| c.set(core));
    crate::runtime::gc::switch_domain(core.index);
    if kept && !enabled() {
        // already attached: only the current interpreter changes
        HELD.with(|h| h.set(1));
    } else {
        HELD.with(|h| h.set(0));
        core.acquire();
        run_deferred(core);
    }
    Entered {
        prev: cur,
        held,
        kept,
    }
}

/// Undoes [`enter`]: gives `core` back and takes the previous lock again.
pub(crate) fn leave(e: Entered) {
    let core = current();
    run_deferred(core);
    if e.prev.is_null() {
        core.release();
        return;
    }
    if e.kept && !enabled() {
        HELD.with(|h| h.set(0));
    } else {
        core.release();
    }
    // SAFETY: `prev` came from `current()`: a leaked core or the static one.
    let prev: &'static GilCore = unsafe { &*e.prev };
    CURRENT.with(|c| {
        let first: &GilCore = &GIL;
        c.set(if std::ptr::eq(prev, first) {
            std::ptr::null()
        } else {
            prev
        })
    });
    crate::runtime::gc::switch_domain(prev.index);
    if e.held > 0 && !e.kept {
        prev.take();
    }
    HELD.with(|h| h.set(e.held));
}

/// Whether the GIL is in force.
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Turns the GIL on or off; only called at start-up, before a second thread exists.
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

pub fn switch_interval() -> f64 {
    INTERVAL_NS.load(Ordering::Relaxed) as f64 / 1e9
}

pub fn set_switch_interval(seconds: f64) {
    let ns = (seconds * 1e9).clamp(1_000.0, 1e15) as u64;
    INTERVAL_NS.store(ns, Ordering::Relaxed);
}

impl GilCore {
    #[cfg(not(loom))]
    const fn new() -> Self {
        new_core!()
    }

    #[cfg(loom)]
    pub(crate) fn new() -> Self {
        new_core!()
    }

    /// Waits until the lock is free and takes it, asking the holder to let go (a drop
    /// request) after each switch interval in which no switch happened.
    fn take(&self) {
        self.take_waiting(None)
    }

    /// [`take`](Self::take), for a thread that has wanted the lock since `since` (a forced
    /// switch): the wait counts from then.
    fn take_waiting(&self, since: Option<u64>) {
        let mut st = self.state.lock();
        let mut waited_since = since;
        if st.locked {
            waited_since.get_or_insert_with(stats::now);
            st.waiting += 1;
            while st.locked {
                let seen = st.switches;
                let interval = Duration::from_nanos(INTERVAL_NS.load(Ordering::Relaxed));
                let (back, timed_out) = self.gil_free.wait_timeout(st, interval);
                st = back;
                if timed_out && st.locked && st.switches == seen {
                    self.breaker.fetch_or(DROP_REQUEST, Ordering::Relaxed);
                    stats::asked();
                }
            }
            st.waiting -= 1;
        }
        st.locked = true;
        st.switches += 1;
        // Every drop request is set under the mutex by a waiter while the lock is held, so
        // one set now was meant for the previous holder.
        if self.breaker.load(Ordering::Relaxed) & DROP_REQUEST != 0 {
            self.breaker.fetch_and(!DROP_REQUEST, Ordering::Relaxed);
        }
        drop(st);
        // (after letting go of the mutex: notified under it, a thread leaving a forced switch
        // would be moved to the mutex's queue and woken late, often milliseconds late)
        self.switched.notify_all();
        stats::took(waited_since);
    }

    /// Lets go of the lock; `forced`: then waits until another thread has taken it (while
    /// any waits), so the caller does not win it straight back.
    fn give(&self, forced: bool) {
        stats::gave();
        let mut st = self.state.lock();
        st.locked = false;
        self.gil_free.notify_one();
        if forced {
            let seen = st.switches;
            while st.switches == seen && st.waiting > 0 {
                st = self.switched.wait(st);
            }
        }
    }

    /// Takes the GIL for this thread (nested calls just count).
    fn acquire(&self) {
        let n = HELD.with(|h| h.get());
        let mut second = false;
        if n == 0 {
            if enabled() {
                if sched::on() {
                    sched::wait_turn();
                }
                self.take();
            } else {
                second = attach();
            }
        }
        HELD.with(|h| h.set(n + 1));
        if second {
            // objects made for sharing become immortal once a second thread runs Gilt code
            crate::runtime::sync::begin_sharing();
        }
    }

    /// Releases one level of the GIL for this thread.
    fn release(&self) {
        let n = HELD.with(|h| h.get());
        if n == 0 {
            return;
        }
        HELD.with(|h| h.set(n - 1));
        if n == 1 {
            if enabled() {
                self.give(false);
                if sched::on() {
                    sched::left();
                }
            } else {
                detach();
            }
        }
    }

    /// Runs `f` (blocked for `why`) with the GIL released (all levels), then takes it back.
    fn release_while<R>(&self, why: Blocked, f: impl FnOnce() -> R) -> R {
        if sched::on() && enabled() {
            // the scheduler's thread keeps its turn through I/O and native work (its lock
            // and sleep waits go through `sched_wait` and `sched_sleep` instead)
            return f();
        }
        let held = HELD.with(|h| h.replace(0));
        if held > 0 {
            if enabled() {
                self.give(false);
            } else {
                detach();
            }
        }
        let since = if held > 0 { stats::now() } else { 0 };
        let r = f();
        if held > 0 {
            stats::blocked(why, since);
            if enabled() {
                self.take();
            } else {
                attach();
            }
            HELD.with(|h| h.set(held));
        }
        r
    }

    /// The slow path of a safe point, when the breaker word is not zero: serves a drop
    /// request (a forced switch) and tells whether an interrupt is pending.
    fn serve_breaker(&self) -> bool {
        let bits = self.breaker.load(Ordering::Relaxed);
        if bits & DROP_REQUEST != 0 {
            self.yield_now();
        }
        if bits & STOP != 0 {
            park();
        }
        if bits & SCHED != 0 && sched::due() {
            self.sched_yield(sched::Why::Switch);
        }
        bits & INTERRUPT != 0
    }

    /// Hands the turn and the lock to the thread the scheduler draws, and takes them back at
    /// this thread's next turn.
    fn sched_yield(&self, why: sched::Why) {
        let held = HELD.with(|h| h.get());
        if held == 0 || !enabled() {
            return;
        }
        let Some(next) = sched::choose(why) else {
            if why == sched::Why::Blocked {
                // nothing else can run now: a deadlock, or a deadline that just passed; a
                // real millisecond keeps a deadlocked program from burning a core
                std::thread::sleep(Duration::from_millis(1));
            }
            return;
        };
        HELD.with(|h| h.set(0));
        stats::switched();
        self.give(false);
        sched::hand_to(next);
        sched::wait_turn();
        self.take();
        HELD.with(|h| h.set(held));
    }

    fn yield_now(&self) {
        let held = HELD.with(|h| h.get());
        if held == 0 || !enabled() {
            return;
        }
        HELD.with(|h| h.set(0));
        stats::forced();
        // from here the thread waits for the lock back (a forced switch is not a choice)
        let since = stats::now();
        self.give(true);
        self.take_waiting(Some(since));
        HELD.with(|h| h.set(held));
    }

    fn request_interrupt(&self) {
        self.breaker.fetch_or(INTERRUPT, Ordering::Relaxed);
    }

    fn take_interrupt(&self) -> bool {
        self.breaker.load(Ordering::Relaxed) & INTERRUPT != 0
            && self.breaker.fetch_and(!INTERRUPT, Ordering::Relaxed) & INTERRUPT != 0
    }
}

/// Takes this thread's current GIL (nested calls just count).
pub fn acquire() {
    current().acquire();
}

/// Releases one level of this thread's current GIL.
pub fn release() {
    current().release();
}

/// Runs `f` (a blocking operation, blocked for `why`) with the GIL released, then takes it
/// back.
pub fn release_while<R>(why: Blocked, f: impl FnOnce() -> R) -> R {
    current().release_while(why, f)
}

/// Whether the deterministic scheduler decides who runs (`-X sched=SEED`).
pub(crate) fn scheduled() -> bool {
    sched::on() && enabled()
}

/// Under the deterministic scheduler, a wait that cannot go on yet (a lock held by another
/// thread): hands the turn on; `deadline` is when the wait gives up, in virtual time
/// ([`virtual_now`]).
pub(crate) fn sched_wait(deadline: Option<u64>) {
    sched::wait_for(deadline);
    current().sched_yield(sched::Why::Blocked);
    sched::awake();
}

/// Under the deterministic scheduler, `time.sleep`: asleep for `d` of virtual time.
pub(crate) fn sched_sleep(d: Duration) {
    sched::fall_asleep(d.as_nanos().min(u64::MAX as u128) as u64);
    current().sched_yield(sched::Why::Blocked);
    sched::awake();
}

/// The deterministic scheduler's virtual time, in nanoseconds.
pub(crate) fn virtual_now() -> u64 {
    sched::now()
}

/// Turns the deterministic scheduler on: the lock goes on too, and every interpreter's safe
/// points count towards its switches. Called at start-up, before a second thread exists.
pub(crate) fn start_scheduler(seed: u64, mean: u64) {
    set_enabled(true);
    sched::start(seed, mean);
    for core in all_cores() {
        core.breaker.fetch_or(SCHED, Ordering::Relaxed);
    }
}

/// Called at safe points: hands the GIL over when another thread has asked for it. True when
/// the VM has something to look at: a signal for this thread to handle (see `signals.rs`), an
/// operation limit to count against, a collection or finalizers to run.
#[inline(always)]
pub fn eval_breaker(core: &GilCore) -> bool {
    if core.breaker.load(Ordering::Relaxed) != 0 {
        return breaker_slow(core);
    }
    false
}

#[cold]
fn breaker_slow(core: &GilCore) -> bool {
    let bits = core.breaker.load(Ordering::Relaxed);
    (core.serve_breaker() && crate::runtime::signals::handles_signals())
        || bits & (COUNTING | COLLECT | FINALIZE) != 0
}

/// Asks safe points (and the instructions that drop references) of this thread's
/// interpreter to run waiting finalizers.
pub fn request_finalizers() {
    let core = current();
    if core.breaker.load(Ordering::Relaxed) & FINALIZE == 0 {
        core.breaker.fetch_or(FINALIZE, Ordering::Relaxed);
    }
}

/// No finalizer of this thread's interpreter waits any more.
pub fn clear_finalizer_request() {
    current().breaker.fetch_and(!FINALIZE, Ordering::Relaxed);
}

/// Whether finalizers may be waiting (one load: checked after every instruction that
/// drops a reference).
#[inline(always)]
pub fn finalizers_requested(core: &GilCore) -> bool {
    core.breaker.load(Ordering::Relaxed) & FINALIZE != 0
}

/// Asks the next safe point (of any thread of this thread's interpreter) to run a cycle
/// collection.
pub fn request_collection() {
    let core = current();
    if core.breaker.load(Ordering::Relaxed) & COLLECT == 0 {
        core.breaker.fetch_or(COLLECT, Ordering::Relaxed);
    }
}

/// Takes a pending collection request; true when there was one.
pub fn take_collection_request(core: &GilCore) -> bool {
    core.breaker.load(Ordering::Relaxed) & COLLECT != 0
        && core.breaker.fetch_and(!COLLECT, Ordering::Relaxed) & COLLECT != 0
}

/// Which threads run Gilt code when the GIL is off, for [`stop_the_world`]: a thread is
/// *attached* from `acquire` to `release` except inside `release_while` (where it blocks and
/// touches no object), and *parked* while it waits at a safe point for the world to restart.
struct World {
    attached: usize,
    parked: usize,
    /// A thread has stopped (or is stopping) the world.
    stopping: bool,
}

static WORLD: parking_lot::Mutex<World> = parking_lot::Mutex::new(World {
    attached: 0,
    parked: 0,
    stopping: false,
});
/// Notified whenever `parked`, `attached` or `stopping` changes.
static WORLD_CHANGED: parking_lot::Condvar = parking_lot::Condvar::new();

/// Starts running Gilt code on this thread (GIL off): waits while the world is stopped.
/// True the first time a thread attaches after another one has.
fn attach() -> bool {
    let mut w = WORLD.lock();
    while w.stopping {
        WORLD_CHANGED.wait(&mut w);
    }
    w.attached += 1;
    drop(w);
    stats::took(None);
    !ATTACHED_BEFORE.with(|a| a.replace(true))
        && THREADS_ATTACHED.fetch_add(1, Ordering::Relaxed) >= 1
}

/// How many threads have run Gilt code without the GIL, ever.
static THREADS_ATTACHED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

thread_local_const! {
    /// This thread has run Gilt code without the GIL.
    static ATTACHED_BEFORE: Cell<bool> = Cell::new(false);
}

/// Stops running Gilt code on this thread (GIL off).
fn detach() {
    stats::gave();
    let mut w = WORLD.lock();
    w.attached = w.attached.saturating_sub(1);
    if w.stopping {
        WORLD_CHANGED.notify_all();
    }
}

/// Waits at a safe point while another thread has the world stopped.
#[cold]
fn park() {
    if enabled() || HELD.with(|h| h.get()) == 0 {
        return;
    }
    let mut w = WORLD.lock();
    if !w.stopping {
        return;
    }
    w.parked += 1;
    WORLD_CHANGED.notify_all();
    while w.stopping {
        WORLD_CHANGED.wait(&mut w);
    }
    w.parked -= 1;
}

/// While it lives, no other thread runs Gilt code: with the GIL on, holding the GIL already
/// says so; with it off, every other attached thread is parked at a safe point.
pub struct WorldStopped(bool);

/// Stops every other thread at a safe point (the cycle collector's pause); a thread that
/// asks while another one has stopped the world parks until that one restarts it first.
pub fn stop_the_world() -> WorldStopped {
    if enabled() {
        return WorldStopped(false);
    }
    let me = usize::from(HELD.with(|h| h.get()) > 0);
    let mut w = WORLD.lock();
    while w.stopping {
        w.parked += me;
        WORLD_CHANGED.notify_all();
        while w.stopping {
            WORLD_CHANGED.wait(&mut w);
        }
        w.parked -= me;
    }
    w.stopping = true;
    for core in all_cores() {
        core.breaker.fetch_or(STOP, Ordering::Relaxed);
    }
    while w.parked + me < w.attached {
        WORLD_CHANGED.wait(&mut w);
    }
    WorldStopped(true)
}

impl Drop for WorldStopped {
    fn drop(&mut self) {
        if self.0 {
            let mut w = WORLD.lock();
            w.stopping = false;
            for core in all_cores() {
                core.breaker.fetch_and(!STOP, Ordering::Relaxed);
            }
            WORLD_CHANGED.notify_all();
        }
    }
}

/// Sends every safe point of `core`'s interpreter to the VM's slow path, which counts
/// operations; only while it has a limit, so programs without one pay nothing for it.
pub fn set_counting(core: &GilCore, on: bool) {
    if on {
        core.breaker.fetch_or(COUNTING, Ordering::Relaxed);
    } else {
        core.breaker.fetch_and(!COUNTING, Ordering::Relaxed);
    }
}

/// Makes every thread's next safe point look at the pending signal. Async-signal-safe: an
/// atomic read-modify-write on each interpreter's word (the list of locks only grows).
pub fn request_interrupt() {
    for core in all_cores() {
        core.request_interrupt();
    }
}

/// Clears the interrupt request (of every interpreter: the thread that handles signals takes
/// it); true when one was pending.
pub fn take_interrupt() -> bool {
    all_cores().fold(false, |any, core| core.take_interrupt() | any)
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn interval_round_trips() {
        let old = switch_interval();
        set_switch_interval(0.001);
        assert!((switch_interval() - 0.001).abs() < 1e-9);
        set_switch_interval(old);
    }

    #[test]
    fn two_threads_take_turns() {
        use std::sync::atomic::AtomicUsize;
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let handles: Vec<_> = (0..2)
            .map(|_| {
                std::thread::spawn(|| {
                    acquire();
                    for _ in 0..1000 {
                        COUNTER.fetch_add(1, Ordering::Relaxed);
                        eval_breaker(current());
                    }
                    release();
                })
            })
            .collect();
        for h in handles {
            h.join().expect("thread finished");
        }
        assert_eq!(COUNTER.load(Ordering::Relaxed), 2000);
    }
}

/// Loom models of the hand-off protocol: `RUSTFLAGS="--cfg loom --cfg crossbeam_loom" cargo
/// test --release --lib loom_` (see docs/TESTING.md). They run [`GilCore`] itself, built on
/// loom's mutex, condition variables and atomics through `sync::prim`.
///
/// Time: loom has none, so a timed wait follows a *timeout plan* per thread
/// (`prim::plan_timeouts`: bit `i` set = the thread's `i`-th timed wait times out, after the
/// others ran any number of steps; past the plan a wait ends only by notification). Each model
/// runs once per plan it lists, so the checked executions are every interleaving (and every
/// value a relaxed load may read) under each plan. Plan 0 makes every wait untimed, which is
/// what shows a lost wake-up: a waiter nobody wakes is a deadlock loom reports.
#[cfg(all(test, loom))]
mod loom_models {
    use super::*;
    use crate::runtime::sync::prim::plan_timeouts;
    use loom::cell::UnsafeCell;
    use loom::sync::Arc;
    use std::sync::atomic::AtomicUsize;

    /// What the GIL protects in a model: who is inside a critical section and who was last.
    /// Loom fails the model if two accesses to it are not ordered by happens-before, so the
    /// cell checks the lock's memory ordering as well as mutual exclusion.
    struct Guarded {
        inside: Option<usize>,
        last: Option<usize>,
    }

    struct Model {
        gil: GilCore,
        data: UnsafeCell<Guarded>,
    }

    impl Model {
        fn new() -> Arc<Model> {
            set_enabled(true);
            Arc::new(Model {
                gil: GilCore::new(),
                data: UnsafeCell::new(Guarded {
                    inside: None,
                    last: None,
                }),
            })
        }

        /// A critical section of thread `me`, with a scheduling point inside it: another
        /// thread that could get the lock now would find `inside` set.
        fn critical(&self, me: usize) {
            self.data.with_mut(|d| {
                // SAFETY: the model's claim under test: the GIL is held, so this is the only
                // access; loom checks it (concurrent or unordered accesses fail the model).
                let d = unsafe { &mut *d };
                assert_eq!(d.inside, None, "two threads hold the GIL");
                d.inside = Some(me);
            });
            loom::thread::yield_now();
            self.data.with_mut(|d| {
                // SAFETY: as above.
                let d = unsafe { &mut *d };
                assert_eq!(d.inside, Some(me));
                d.inside = None;
                d.last = Some(me);
            });
        }

        fn last(&self) -> Option<usize> {
            // SAFETY: called with the GIL held (or after every thread finished).
            self.data.with(|d| unsafe { (*d).last })
        }

        /// A safe point, as `eval_breaker` makes it, checking forced switching: when a drop
        /// request is pending, another thread holds the lock before this one gets it back.
        fn safe_point(&self, me: usize) {
            let asked = self.gil.breaker.load(Ordering::Relaxed) & DROP_REQUEST != 0;
            if self.gil.breaker.load(Ordering::Relaxed) != 0 {
                self.gil.serve_breaker();
            }
            if asked {
                assert_ne!(
                    self.last(),
                    Some(me),
                    "a forced switch gives the lock to the thread that asked for it"
                );
            }
        }

        /// After every thread finished: the lock is free, nobody waits, no request is left.
        fn check_quiet(&self) {
            let st = self.gil.state.lock();
            assert!(!st.locked && st.waiting == 0);
            assert_eq!(
                self.gil.breaker.load(Ordering::Relaxed) & DROP_REQUEST,
                0,
                "a drop request outlived the wait that made it"
            );
        }
    }

    /// Runs `f` under loom and returns how many executions it explored. `bound` limits how
    /// often an execution may switch threads against their will (blocking and finishing
    /// switch freely; `LOOM_MAX_PREEMPTIONS` overrides it): two-thread models are explored
    /// exhaustively (`None`), three-thread ones with a bound of 3, which the loom authors
    /// report finds nearly all bugs.
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

    /// A Gilt thread in a model: takes the lock, runs `rounds` critical sections each followed
    /// by a safe point, lets go.
    fn worker(m: &Model, me: usize, plan: u64, rounds: usize) {
        plan_timeouts(plan);
        m.gil.acquire();
        for _ in 0..rounds {
            m.critical(me);
            m.safe_point(me);
        }
        m.critical(me);
        m.gil.release();
    }

    /// Runs one worker per `(plan, rounds)`, the first on the model's main thread, and checks
    /// the end state.
    fn run_workers(workers: &'static [(u64, usize)]) {
        let m = Model::new();
        let spawned: Vec<_> = (1..workers.len())
            .map(|me| {
                let m = m.clone();
                let (plan, rounds) = workers[me];
                loom::thread::spawn(move || worker(&m, me, plan, rounds))
            })
            .collect();
        worker(&m, 0, workers[0].0, workers[0].1);
        for t in spawned {
            t.join().unwrap();
        }
        m.check_quiet();
    }

    /// Two threads race for the lock, one with two safe points: under each pair of timeout
    /// plans (none, the first wait, the first two), both get the lock, never at once, and a
    /// drop request is served by a forced switch.
    #[test]
    fn loom_handoff_two_threads() {
        const CASES: [&[(u64, usize)]; 4] = [
            &[(0, 2), (0, 0)],
            &[(0, 2), (0b1, 0)],
            &[(0, 2), (0b11, 0)],
            &[(0b1, 2), (0b1, 1)],
        ];
        for workers in CASES {
            let n = explore(None, move || run_workers(workers));
            println!("loom_handoff_two_threads {workers:?}: {n} executions");
        }
    }

    /// Three threads: `notify_one` must never strand a waiter, whichever of them times out,
    /// and a forced switch goes to one of the waiters.
    #[test]
    fn loom_three_threads() {
        const CASES: [&[(u64, usize)]; 3] = [
            &[(0, 1), (0, 0), (0, 0)],
            &[(0, 1), (0b1, 0), (0, 0)],
            &[(0, 1), (0b1, 0), (0b1, 0)],
        ];
        for workers in CASES {
            let n = explore(Some(3), move || run_workers(workers));
            println!("loom_three_threads {workers:?}: {n} executions");
        }
    }

    /// `release_while` inside nested `acquire`s, through the process-wide GIL and the public
    /// functions: another thread runs while it is released, and afterwards this thread holds
    /// the lock again at the same depth.
    #[test]
    fn loom_release_while_nesting() {
        for plan in [0b0, 0b1] {
            let n = explore(None, move || {
                let m = Model::new();
                let w = {
                    let m = m.clone();
                    loom::thread::spawn(move || {
                        plan_timeouts(plan);
                        acquire();
                        m.critical(1);
                        release();
                    })
                };
                acquire();
                acquire();
                m.critical(0);
                let r = release_while(Blocked::Lock, || {
                    assert_eq!(HELD.with(|h| h.get()), 0);
                    7
                });
                assert_eq!(r, 7);
                assert_eq!(HELD.with(|h| h.get()), 2, "the nesting depth comes back");
                m.critical(0);
                release();
                m.critical(0);
                release();
                assert_eq!(HELD.with(|h| h.get()), 0);
                w.join().unwrap();
                let st = GIL.state.lock();
                assert!(!st.locked && st.waiting == 0);
            });
            println!("loom_release_while_nesting plan {plan:#b}: {n} executions");
        }
    }

    /// A Ctrl-C request arriving while drop requests are set and cleared is never lost: the
    /// clearing is a read-modify-write of the drop-request bit alone.
    #[test]
    fn loom_interrupt_survives_switching() {
        let n = explore(None, || {
            let m = Model::new();
            m.gil.acquire();
            let w = {
                let m = m.clone();
                loom::thread::spawn(move || {
                    plan_timeouts(0b1);
                    m.gil.acquire();
                    m.critical(1);
                    m.gil.release();
                })
            };
            let s = {
                let m = m.clone();
                loom::thread::spawn(move || m.gil.request_interrupt())
            };
            m.safe_point(0);
            m.gil.release();
            w.join().unwrap();
            s.join().unwrap();
            assert!(m.gil.take_interrupt(), "the interrupt is still pending");
            assert!(!m.gil.take_interrupt(), "and is taken once");
            m.check_quiet();
        });
        println!("loom_interrupt_survives_switching: {n} executions");
    }
}
