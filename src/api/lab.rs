//! The teaching lab's instruments: what each thread did with the interpreter lock, and a
//! timeline of it. The `gilt` command's `-X stats` and `-X trace=FILE.json` are built on
//! these; a host can use them the same way around its own interpreters.
//!
//! The numbers are process-wide and always kept (a thread's record is touched only when it
//! takes or lets go of a lock, never by the VM's hot path).
//!
//! ```
//! let interp = gilt::Interpreter::new();
//! interp.run("import time\ntime.sleep(0.01)", "<lab>").unwrap();
//! let me = gilt::lab::thread_stats().into_iter().find(|t| t.released[0] > 0);
//! assert!(me.is_some(), "the sleep let go of the lock");
//! ```

pub use crate::runtime::stats::{Blocked, ThreadStats};

/// Every thread's numbers so far, in the order the threads first ran Gilt code; ended
/// threads are kept (the oldest, past 256, added together into one row).
///
/// ```
/// let interp = gilt::Interpreter::new();
/// interp.run("x = sum(range(1000))", "<lab>").unwrap();
/// assert!(gilt::lab::thread_stats().iter().any(|t| t.acquisitions > 0));
/// ```
pub fn thread_stats() -> Vec<ThreadStats> {
    crate::runtime::stats::thread_stats()
}

/// The table `gilt -X stats` prints at exit: per thread, CPU time, time holding and waiting
/// for the lock, acquisitions, forced switches, drop requests, releases by cause and
/// collections; then what they add up to, and in the free-threaded build the per-object lock
/// waits by kind of object and the epoch collector's counts.
///
/// ```
/// let interp = gilt::Interpreter::new();
/// interp.run("pass", "<lab>").unwrap();
/// assert!(gilt::lab::report().contains("cpu s"));
/// ```
pub fn report() -> String {
    crate::runtime::stats::report()
}

/// Starts recording a timeline of every thread (at most `limit` events; later ones are
/// counted and dropped). [`write_timeline`] writes it out.
///
/// ```
/// gilt::lab::start_timeline(gilt::lab::DEFAULT_TIMELINE_LIMIT);
/// ```
pub fn start_timeline(limit: usize) {
    crate::runtime::timeline::start(limit)
}

/// Events a timeline keeps unless told otherwise.
pub const DEFAULT_TIMELINE_LIMIT: usize = crate::runtime::timeline::DEFAULT_LIMIT;

/// Writes the timeline recorded so far as Chrome trace events (JSON), which Perfetto
/// (ui.perfetto.dev) and `chrome://tracing` open; returns how many events the file holds and
/// how many were dropped past the limit.
///
/// ```
/// gilt::lab::start_timeline(1000);
/// let interp = gilt::Interpreter::new();
/// interp.run("import time\ntime.sleep(0.001)", "<lab>").unwrap();
/// let path = std::env::temp_dir().join("gilt-doc-timeline.json");
/// let (events, _dropped) = gilt::lab::write_timeline(&path).unwrap();
/// assert!(events > 0);
/// # std::fs::remove_file(path).ok();
/// ```
pub fn write_timeline(path: &std::path::Path) -> std::io::Result<(usize, u64)> {
    crate::runtime::timeline::write(path)
}

/// Turns on the deterministic scheduler (`gilt -X sched=SEED`), before any interpreter runs:
/// the interpreter lock goes on (in the free-threaded build too, serialising threads), and
/// threads switch at safe points drawn from `seed`, `mean` safe points apart on average
/// ([`DEFAULT_SCHEDULE_MEAN`]). Lock waits and sleeps become cooperative (sleeps in virtual
/// time), so a program run again with the same seed interleaves the same way and prints the
/// same output; a race found once reproduces from its seed.
///
/// Process-wide and for good; meant for programs such as the `gilt` command, not for a host
/// that also runs other work.
///
/// ```no_run
/// gilt::lab::schedule(42, gilt::lab::DEFAULT_SCHEDULE_MEAN);
/// let interp = gilt::Interpreter::new();
/// interp.run("import threading\n# ... threads that race ...", "<lab>").unwrap();
/// ```
pub fn schedule(seed: u64, mean: u64) {
    crate::runtime::gil::start_scheduler(seed, mean)
}

/// Safe points between the scheduler's switches, on average, unless told otherwise.
pub const DEFAULT_SCHEDULE_MEAN: u64 = crate::runtime::sched::DEFAULT_MEAN;
