//! The global interpreter lock, as a switchable runtime component.
//!
//! # Design
//! One flag (`locked`) under a mutex, with two condition variables. A thread that wants the
//! lock waits on `GIL_FREE` for at most the switch interval (default 5 ms,
//! `sys.setswitchinterval`). If the interval passes and no switch happened meanwhile, it sets
//! `DROP_REQUEST`. The running thread polls that flag at safe points — backward jumps and calls
//! ([`eval_breaker`]) — and when it is set, releases the lock and then waits on `SWITCHED` until
//! another thread has actually taken it ("forced switching"). Without that wait the releasing
//! thread, already on a core, would usually win the lock straight back.
//!
//! Blocking operations (sleep, lock and queue waits, join, I/O) release the lock around the
//! wait with [`release_while`], so sleeping threads overlap under the GIL too.
//!
//! The GIL build always runs with the lock enabled: its reference counts are not atomic and the
//! lock is what makes them safe. The free-threaded build runs with it disabled unless the user
//! asks for it (`-X gil=1` or `GILT_GIL=1`), which makes one binary able to compare both.
//! This file has no build-specific code; `sync.rs` decides the default.

use parking_lot::{Condvar, Mutex};
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

static STATE: Mutex<State> = Mutex::new(State {
    locked: false,
    switches: 0,
    waiting: 0,
});
static GIL_FREE: Condvar = Condvar::new();
static SWITCHED: Condvar = Condvar::new();
static ENABLED: AtomicBool = AtomicBool::new(crate::sync::GIL_BY_DEFAULT);
static DROP_REQUEST: AtomicBool = AtomicBool::new(false);
static INTERVAL_NS: AtomicU64 = AtomicU64::new(5_000_000);

thread_local! {
    /// How many nested `acquire`s this thread holds (0: it does not hold the lock).
    static HELD: Cell<usize> = const { Cell::new(0) };
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

fn take() {
    let mut st = STATE.lock();
    if st.locked {
        st.waiting += 1;
        while st.locked {
            let seen = st.switches;
            let interval = Duration::from_nanos(INTERVAL_NS.load(Ordering::Relaxed));
            let timed_out = GIL_FREE.wait_for(&mut st, interval).timed_out();
            if timed_out && st.locked && st.switches == seen {
                DROP_REQUEST.store(true, Ordering::Relaxed);
            }
        }
        st.waiting -= 1;
    }
    st.locked = true;
    st.switches += 1;
    DROP_REQUEST.store(false, Ordering::Relaxed);
    SWITCHED.notify_all();
}

fn give(forced: bool) {
    let mut st = STATE.lock();
    st.locked = false;
    GIL_FREE.notify_one();
    if forced {
        // Do not compete for the lock until somebody else has had it.
        let seen = st.switches;
        while st.switches == seen && st.waiting > 0 {
            SWITCHED.wait(&mut st);
        }
    }
}

/// Takes the GIL for this thread (nested calls just count).
pub fn acquire() {
    if !enabled() {
        return;
    }
    let n = HELD.with(|h| h.get());
    if n == 0 {
        take();
    }
    HELD.with(|h| h.set(n + 1));
}

/// Releases one level of the GIL for this thread.
pub fn release() {
    if !enabled() {
        return;
    }
    let n = HELD.with(|h| h.get());
    if n == 0 {
        return;
    }
    HELD.with(|h| h.set(n - 1));
    if n == 1 {
        give(false);
    }
}

/// Runs `f` (a blocking operation) with the GIL released, then takes it back.
pub fn release_while<R>(f: impl FnOnce() -> R) -> R {
    let held = if enabled() {
        HELD.with(|h| h.replace(0))
    } else {
        0
    };
    if held > 0 {
        give(false);
    }
    let r = f();
    if held > 0 {
        take();
        HELD.with(|h| h.set(held));
    }
    r
}

/// Called at safe points: hands the GIL over when another thread has asked for it.
#[inline(always)]
pub fn eval_breaker() {
    if DROP_REQUEST.load(Ordering::Relaxed) {
        yield_now();
    }
}

#[cold]
fn yield_now() {
    let held = HELD.with(|h| h.get());
    if held == 0 || !enabled() {
        return;
    }
    HELD.with(|h| h.set(0));
    give(true);
    take();
    HELD.with(|h| h.set(held));
}

#[cfg(test)]
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
                        eval_breaker();
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
