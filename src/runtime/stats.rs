//! What each thread did with the interpreter lock: the numbers behind `-X stats`,
//! `sys._gil_stats()` and [`crate::lab`].
//!
//! Every thread that runs Gilt code gets a [`Record`] the first time it takes a lock. The lock
//! (`gil.rs`) reports to it when the thread takes the lock (and how long it waited), lets it go,
//! is made to let it go (a forced switch), asks the holder to let go (a drop request), or lets
//! it go around a blocking call ([`Blocked`]: sleep, I/O, a lock wait, native work). None of
//! these is on the VM's hot path — they happen at a switch or a blocking call — so the counts
//! are always kept: a program can ask for them at any time without having been started with
//! `-X stats`. In the free-threaded build the per-object locks report the waits they had to
//! make, by the kind of contents they guard.
//!
//! A record is written by its own thread only (relaxed atomics, so a reader on another thread
//! sees recent numbers without a lock). Records of ended threads are kept, up to
//! [`KEEP_ENDED`]; older ones are folded into one row.

use parking_lot::Mutex;
use std::cell::OnceCell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

/// Why a thread let go of the lock of its own accord, around a blocking call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blocked {
    /// `time.sleep`.
    Sleep = 0,
    /// Reading or writing a file, a pipe or the console.
    Io = 1,
    /// Waiting for a lock, a condition, a queue or a thread to end.
    Lock = 2,
    /// Native work that needs no Gilt object: a digest, compression, or a host's
    /// [`crate::allow_threads`].
    Native = 3,
}

impl Blocked {
    /// Every cause, in column order.
    pub const ALL: [Blocked; 4] = [Blocked::Sleep, Blocked::Io, Blocked::Lock, Blocked::Native];

    /// Its name in reports and in `sys._gil_stats()`.
    pub fn name(self) -> &'static str {
        match self {
            Blocked::Sleep => "sleep",
            Blocked::Io => "io",
            Blocked::Lock => "lock",
            Blocked::Native => "native",
        }
    }
}

/// Ended threads kept one by one; older ones are added into one row.
const KEEP_ENDED: usize = 256;
/// `held_since` while the thread does not hold the lock.
const NOT_HOLDING: u64 = u64::MAX;

/// One thread's numbers.
pub(crate) struct Record {
    /// `_thread.get_ident()` of the thread (0: the row of folded ended threads).
    ident: u64,
    name: Mutex<String>,
    acquisitions: AtomicU64,
    /// Acquisitions that had to wait for another thread to let go.
    contended: AtomicU64,
    wait_ns: AtomicU64,
    held_ns: AtomicU64,
    /// When the current hold began ([`now`]), or [`NOT_HOLDING`].
    held_since: AtomicU64,
    /// Times a drop request made it let go.
    forced: AtomicU64,
    /// Drop requests it made, waiting a whole switch interval.
    requests: AtomicU64,
    released: [AtomicU64; 4],
    blocked_ns: [AtomicU64; 4],
    collections: AtomicU64,
    collect_ns: AtomicU64,
    ended: AtomicBool,
    /// CPU time at the end (while it runs, asked of the system).
    cpu_ns: AtomicU64,
    #[cfg(unix)]
    thread: libc::pthread_t,
    /// Per-object lock waits (free-threaded build), by the kind of contents.
    object_waits: Mutex<Vec<(&'static str, u64)>>,
    /// Its timeline (`timeline.rs`), while one is recorded.
    pub(crate) events: Mutex<Vec<crate::runtime::timeline::Event>>,
}

static THREADS: Mutex<Vec<Arc<Record>>> = Mutex::new(Vec::new());
/// Ended threads beyond [`KEEP_ENDED`], added together.
static FOLDED: OnceLock<Arc<Record>> = OnceLock::new();
static START: OnceLock<Instant> = OnceLock::new();
/// Copies of shared containers published for lock-free reading, and retired to the epoch
/// collector (free-threaded build).
static PUBLISHED: AtomicU64 = AtomicU64::new(0);
static RETIRED: AtomicU64 = AtomicU64::new(0);

/// Nanoseconds since the process's clock started ([`start_clock`]).
pub(crate) fn now() -> u64 {
    START.get_or_init(Instant::now).elapsed().as_nanos() as u64
}

/// Starts the clock every record and timeline counts from (the `gilt` command calls it first).
pub(crate) fn start_clock() {
    START.get_or_init(Instant::now);
}

struct Mine(OnceCell<Arc<Record>>);

impl Drop for Mine {
    fn drop(&mut self) {
        if let Some(r) = self.0.get() {
            end(r);
        }
    }
}

thread_local! {
    static MINE: Mine = const { Mine(OnceCell::new()) };
}

/// Runs `f` on this thread's record (made on first use); nothing once the thread is ending.
#[inline]
fn with_mine(f: impl FnOnce(&Record)) {
    if cfg!(loom) {
        return;
    }
    let _ = MINE.try_with(|m| f(m.0.get_or_init(register)));
}

fn new_record(ident: u64, name: String) -> Record {
    Record {
        ident,
        name: Mutex::new(name),
        acquisitions: AtomicU64::new(0),
        contended: AtomicU64::new(0),
        wait_ns: AtomicU64::new(0),
        held_ns: AtomicU64::new(0),
        held_since: AtomicU64::new(NOT_HOLDING),
        forced: AtomicU64::new(0),
        requests: AtomicU64::new(0),
        released: Default::default(),
        blocked_ns: Default::default(),
        collections: AtomicU64::new(0),
        collect_ns: AtomicU64::new(0),
        ended: AtomicBool::new(false),
        cpu_ns: AtomicU64::new(0),
        #[cfg(unix)]
        // SAFETY: `pthread_self` has no preconditions.
        thread: unsafe { libc::pthread_self() },
        object_waits: Mutex::new(Vec::new()),
        events: Mutex::new(Vec::new()),
    }
}

fn register() -> Arc<Record> {
    let ident = crate::modules::thread::current_ident();
    let name = if crate::runtime::signals::handles_signals() {
        "MainThread".to_string()
    } else {
        format!("thread {ident}")
    };
    let r = Arc::new(new_record(ident, name));
    let mut all = THREADS.lock();
    let ended = all.iter().filter(|r| r.ended.load(Relaxed)).count();
    if ended >= KEEP_ENDED {
        if let Some(i) = all.iter().position(|r| r.ended.load(Relaxed)) {
            let old = all.remove(i);
            let folded = FOLDED.get_or_init(|| Arc::new(new_record(0, String::new())));
            add_into(folded, &old);
        }
    }
    all.push(Arc::clone(&r));
    r
}

/// Adds an ended record's numbers into `to`.
fn add_into(to: &Record, from: &Record) {
    let add = |a: &AtomicU64, b: &AtomicU64| {
        a.fetch_add(b.load(Relaxed), Relaxed);
    };
    add(&to.acquisitions, &from.acquisitions);
    add(&to.contended, &from.contended);
    add(&to.wait_ns, &from.wait_ns);
    add(&to.held_ns, &from.held_ns);
    add(&to.forced, &from.forced);
    add(&to.requests, &from.requests);
    for i in 0..4 {
        add(&to.released[i], &from.released[i]);
        add(&to.blocked_ns[i], &from.blocked_ns[i]);
    }
    add(&to.collections, &from.collections);
    add(&to.collect_ns, &from.collect_ns);
    add(&to.cpu_ns, &from.cpu_ns);
    to.ended.store(true, Relaxed);
    let mut w = to.object_waits.lock();
    for &(kind, n) in from.object_waits.lock().iter() {
        bump(&mut w, kind, n);
    }
}

fn bump(list: &mut Vec<(&'static str, u64)>, kind: &'static str, n: u64) {
    match list.iter_mut().find(|(k, _)| *k == kind) {
        Some((_, c)) => *c += n,
        None => list.push((kind, n)),
    }
}

/// The thread is ending: its CPU time is taken now, while the system can still tell it.
fn end(r: &Record) {
    let _all = THREADS.lock();
    let since = r.held_since.swap(NOT_HOLDING, Relaxed);
    if since != NOT_HOLDING {
        r.held_ns.fetch_add(now().saturating_sub(since), Relaxed);
    }
    r.cpu_ns.store(own_cpu_ns(), Relaxed);
    r.ended.store(true, Relaxed);
}

/// This thread's CPU time.
fn own_cpu_ns() -> u64 {
    #[cfg(unix)]
    {
        clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)
    }
    #[cfg(not(unix))]
    {
        0
    }
}

/// A system clock (`clock_gettime`) in nanoseconds; 0 if the system cannot read it. `time`'s
/// CPU clocks read it too.
#[cfg(unix)]
pub(crate) fn clock_ns(clock: libc::clockid_t) -> u64 {
    // SAFETY: `ts` is a valid place for the result; an unknown clock only returns an error.
    unsafe {
        let mut ts: libc::timespec = std::mem::zeroed();
        if libc::clock_gettime(clock, &mut ts) != 0 {
            return 0;
        }
        ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
    }
}

/// The CPU time of a record's thread. Called with [`THREADS`] locked: a thread that has not
/// ended cannot finish ending meanwhile (`end` takes that lock), so its handle stays valid.
fn cpu_ns(r: &Record) -> u64 {
    if r.ended.load(Relaxed) {
        return r.cpu_ns.load(Relaxed);
    }
    #[cfg(unix)]
    {
        // SAFETY: the thread is alive (see above); `clock` is a valid place for the result.
        unsafe {
            if libc::pthread_equal(r.thread, libc::pthread_self()) != 0 {
                return own_cpu_ns();
            }
            let mut clock: libc::clockid_t = 0;
            if libc::pthread_getcpuclockid(r.thread, &mut clock) != 0 {
                return 0;
            }
            clock_ns(clock)
        }
    }
    #[cfg(not(unix))]
    0
}

// ---------------------------------------------------------------- what the lock reports

/// The thread took the lock; `waited_since`: when it began to wait, if it had to.
pub(crate) fn took(waited_since: Option<u64>) {
    with_mine(|r| {
        let t = now();
        r.acquisitions.fetch_add(1, Relaxed);
        if let Some(w) = waited_since {
            r.contended.fetch_add(1, Relaxed);
            r.wait_ns.fetch_add(t.saturating_sub(w), Relaxed);
            crate::runtime::timeline::span(r, w, t, crate::runtime::timeline::Kind::Waiting);
        }
        r.held_since.store(t, Relaxed);
    })
}

/// The thread let go of the lock.
pub(crate) fn gave() {
    with_mine(|r| {
        let since = r.held_since.swap(NOT_HOLDING, Relaxed);
        if since != NOT_HOLDING {
            let t = now();
            r.held_ns.fetch_add(t.saturating_sub(since), Relaxed);
            crate::runtime::timeline::span(r, since, t, crate::runtime::timeline::Kind::Running);
        }
    })
}

/// A drop request made the thread let go.
pub(crate) fn forced() {
    with_mine(|r| {
        r.forced.fetch_add(1, Relaxed);
        crate::runtime::timeline::instant(r, crate::runtime::timeline::Kind::Forced);
    })
}

/// The deterministic scheduler made the thread hand the lock on.
pub(crate) fn switched() {
    with_mine(|r| {
        r.forced.fetch_add(1, Relaxed);
        crate::runtime::timeline::instant(r, crate::runtime::timeline::Kind::Switched);
    })
}

/// The thread, waiting a whole switch interval, asked the holder to let go.
pub(crate) fn asked() {
    with_mine(|r| {
        r.requests.fetch_add(1, Relaxed);
        crate::runtime::timeline::instant(r, crate::runtime::timeline::Kind::Asked);
    })
}

/// The thread was blocked (`why`) from `since` until now, with the lock let go.
pub(crate) fn blocked(why: Blocked, since: u64) {
    with_mine(|r| {
        let t = now();
        r.released[why as usize].fetch_add(1, Relaxed);
        r.blocked_ns[why as usize].fetch_add(t.saturating_sub(since), Relaxed);
        crate::runtime::timeline::span(r, since, t, crate::runtime::timeline::Kind::Blocked(why));
    })
}

/// The thread ran a cycle collection from `since` until now.
pub(crate) fn collected(since: u64) {
    with_mine(|r| {
        let t = now();
        r.collections.fetch_add(1, Relaxed);
        r.collect_ns.fetch_add(t.saturating_sub(since), Relaxed);
        crate::runtime::timeline::span(r, since, t, crate::runtime::timeline::Kind::Collect);
    })
}

/// A per-object lock made the thread wait (free-threaded build); `contents`: the Rust type
/// of what it guards.
#[cold]
#[allow(dead_code)] // (the free-threaded build's locks report)
pub(crate) fn object_wait(contents: &'static str) {
    with_mine(|r| bump(&mut r.object_waits.lock(), contents, 1))
}

/// A shared container's copy was published for lock-free reads.
#[allow(dead_code)] // (the free-threaded build's locks report)
pub(crate) fn published() {
    PUBLISHED.fetch_add(1, Relaxed);
}

/// A published copy was handed to the epoch collector.
#[allow(dead_code)] // (the free-threaded build's locks report)
pub(crate) fn retired() {
    RETIRED.fetch_add(1, Relaxed);
}

/// Names this thread in reports (`threading` gives its threads' names).
pub(crate) fn set_name(name: &str) {
    with_mine(|r| *r.name.lock() = name.to_string())
}

/// Every record so far (the folded row last), for the timeline.
pub(crate) fn records() -> Vec<Arc<Record>> {
    let mut v = THREADS.lock().clone();
    v.extend(FOLDED.get().cloned());
    v
}

impl Record {
    pub(crate) fn ident(&self) -> u64 {
        self.ident
    }
    pub(crate) fn name(&self) -> String {
        self.name.lock().clone()
    }
    /// When its current hold of the lock began, if it holds it.
    pub(crate) fn holding_since(&self) -> Option<u64> {
        Some(self.held_since.load(Relaxed)).filter(|&t| t != NOT_HOLDING)
    }
}

// ---------------------------------------------------------------- reading them

/// One thread's use of the interpreter lock, as [`crate::lab::thread_stats`] reports it.
/// Times are in seconds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ThreadStats {
    /// `_thread.get_ident()` of the thread (0: ended threads added together).
    pub ident: u64,
    /// Its name: `threading`'s name for it, `MainThread`, or `thread N`.
    pub name: String,
    /// Whether it has ended.
    pub ended: bool,
    /// CPU time it used.
    pub cpu: f64,
    /// Time it held the lock (with the lock off: time it ran Gilt code).
    pub held: f64,
    /// Time it waited to take the lock.
    pub waited: f64,
    /// Times it took the lock.
    pub acquisitions: u64,
    /// Times it had to wait to take it.
    pub contended: u64,
    /// Times another thread's drop request made it let go (forced switches).
    pub forced_switches: u64,
    /// Drop requests it made after waiting a whole switch interval.
    pub drop_requests: u64,
    /// Times it let go around a blocking call, by cause (sleep, io, lock, native).
    pub released: [u64; 4],
    /// Time spent in those calls, by cause.
    pub blocked: [f64; 4],
    /// Cycle collections it ran, and their time.
    pub collections: u64,
    /// Time those collections took.
    pub collect_time: f64,
    /// Waits on per-object locks (free-threaded build), by what they guard.
    pub object_lock_waits: Vec<(String, u64)>,
}

fn secs(ns: u64) -> f64 {
    ns as f64 / 1e9
}

fn snapshot(r: &Record) -> ThreadStats {
    let mut held = r.held_ns.load(Relaxed);
    let since = r.held_since.load(Relaxed);
    if since != NOT_HOLDING {
        held += now().saturating_sub(since);
    }
    let mut waits: Vec<(String, u64)> = Vec::new();
    for &(k, n) in r.object_waits.lock().iter() {
        let k = describe_contents(k);
        match waits.iter_mut().find(|(w, _)| *w == k) {
            Some((_, c)) => *c += n,
            None => waits.push((k, n)),
        }
    }
    waits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ThreadStats {
        ident: r.ident,
        name: if r.ident == 0 {
            "(earlier threads)".into()
        } else {
            r.name.lock().clone()
        },
        ended: r.ended.load(Relaxed),
        cpu: secs(cpu_ns(r)),
        held: secs(held),
        waited: secs(r.wait_ns.load(Relaxed)),
        acquisitions: r.acquisitions.load(Relaxed),
        contended: r.contended.load(Relaxed),
        forced_switches: r.forced.load(Relaxed),
        drop_requests: r.requests.load(Relaxed),
        released: std::array::from_fn(|i| r.released[i].load(Relaxed)),
        blocked: std::array::from_fn(|i| secs(r.blocked_ns[i].load(Relaxed))),
        collections: r.collections.load(Relaxed),
        collect_time: secs(r.collect_ns.load(Relaxed)),
        object_lock_waits: waits,
    }
}

/// What a per-object lock guards, from its contents' Rust type, in the words of the language.
fn describe_contents(rust_type: &str) -> String {
    // a shared container's lock guards its contents with a stamp
    let rust_type = match rust_type.split_once("Stamped<") {
        Some((_, inner)) => inner.strip_suffix('>').unwrap_or(inner),
        None => rust_type,
    };
    let base = rust_type.split('<').next().unwrap_or(rust_type);
    let last = base.rsplit("::").next().unwrap_or(base);
    let inner = rust_type.contains("Value");
    match last {
        "DictMap" => "dict or namespace".into(),
        "Vec" | "ThinVec" if inner => "list".into(),
        "Attrs" => "instance attributes".into(),
        "SetTable" => "set".into(),
        "IterState" => "iterator".into(),
        "GenInner" => "generator".into(),
        "ExcState" => "exception".into(),
        "Value" | "ObjRef" | "Option" => "cell or slot".into(),
        other => other.to_string(),
    }
}

/// Every thread's numbers so far, in the order they first ran.
pub fn thread_stats() -> Vec<ThreadStats> {
    let all = THREADS.lock();
    let mut v: Vec<ThreadStats> = all.iter().map(|r| snapshot(r)).collect();
    if let Some(f) = FOLDED.get() {
        v.push(snapshot(f));
    }
    v
}

/// Seconds since the clock started.
pub(crate) fn wall() -> f64 {
    secs(now())
}

/// Copies published for lock-free reading, and copies retired to the epoch collector.
pub(crate) fn epoch_counts() -> (u64, u64) {
    (PUBLISHED.load(Relaxed), RETIRED.load(Relaxed))
}

/// The `-X stats` report: a table of every thread, what the numbers add up to, and (in the
/// free-threaded build) the per-object lock waits and the epoch collector's counts.
pub fn report() -> String {
    use std::fmt::Write;
    let rows = thread_stats();
    let wall = wall();
    let gil = crate::runtime::gil::enabled();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "gilt -X stats: {}, the lock {}, switch interval {} ms, {:.3} s wall",
        crate::runtime::sync::BUILD_MODE.describe(),
        if gil { "on" } else { "off" },
        fmt_ms(crate::runtime::gil::switch_interval()),
        wall
    );
    let (held, waited) = if gil {
        ("held s", "waited s")
    } else {
        ("ran s", "-")
    };
    let _ = writeln!(
        out,
        "{:<24} {:>8} {:>8} {:>8} {:>7} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>5}",
        "thread",
        "cpu s",
        held,
        waited,
        "takes",
        "waits",
        "forced",
        "asked",
        "sleep",
        "io",
        "lock",
        "native",
        "gc"
    );
    let mut total = ThreadStats::default();
    for r in &rows {
        row(&mut out, r, gil);
        total.cpu += r.cpu;
        total.held += r.held;
        total.waited += r.waited;
        total.acquisitions += r.acquisitions;
        total.contended += r.contended;
        total.forced_switches += r.forced_switches;
        total.drop_requests += r.drop_requests;
        for i in 0..4 {
            total.released[i] += r.released[i];
        }
        total.collections += r.collections;
    }
    if rows.len() > 1 {
        total.name = "all threads".into();
        row(&mut out, &total, gil);
    }
    if wall > 0.0 {
        if gil {
            let _ = writeln!(
                out,
                "The lock was held {:.0}% of the wall time; threads waited for it {:.2} s in all \
                 ({} forced switches, {} drop requests).",
                100.0 * (total.held / wall).min(1.0),
                total.waited,
                total.forced_switches,
                total.drop_requests
            );
        } else {
            let _ = writeln!(
                out,
                "Threads ran Gilt code {:.2} s in all over {:.2} s of wall time: {:.2} cores busy \
                 on average.",
                total.held,
                wall,
                total.held / wall
            );
        }
    }
    let mut waits: Vec<(String, u64)> = Vec::new();
    for r in &rows {
        for (k, n) in &r.object_lock_waits {
            match waits.iter_mut().find(|(w, _)| w == k) {
                Some((_, c)) => *c += n,
                None => waits.push((k.clone(), *n)),
            }
        }
    }
    if crate::runtime::sync::BUILD_MODE == crate::runtime::sync::BuildMode::FreeThreaded {
        waits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let list: Vec<String> = waits.iter().map(|(k, n)| format!("{k} {n}")).collect();
        let _ = writeln!(
            out,
            "Per-object lock waits: {}.",
            if list.is_empty() {
                "none".to_string()
            } else {
                list.join(", ")
            }
        );
        let (p, r) = epoch_counts();
        let _ = writeln!(
            out,
            "Shared containers: {p} copies published for lock-free reads, {r} retired to the \
             epoch collector."
        );
    }
    out
}

fn fmt_ms(seconds: f64) -> String {
    let ms = seconds * 1e3;
    if ms == ms.round() {
        format!("{ms:.0}")
    } else {
        format!("{ms}")
    }
}

fn row(out: &mut String, r: &ThreadStats, gil: bool) {
    use std::fmt::Write;
    let name: String = r.name.chars().take(24).collect();
    let waited = if gil {
        format!("{:.3}", r.waited)
    } else {
        "-".into()
    };
    let _ = writeln!(
        out,
        "{:<24} {:>8.3} {:>8.3} {:>8} {:>7} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>5}",
        name,
        r.cpu,
        r.held,
        waited,
        r.acquisitions,
        r.contended,
        r.forced_switches,
        r.drop_requests,
        r.released[0],
        r.released[1],
        r.released[2],
        r.released[3],
        r.collections
    );
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn a_thread_records_what_the_lock_reports() {
        std::thread::spawn(|| {
            set_name("probe");
            let t = now();
            took(Some(t));
            gave();
            forced();
            blocked(Blocked::Sleep, now());
            object_wait("gilt::objects::dict::DictMap");
            object_wait("gilt::objects::dict::DictMap");
        })
        .join()
        .unwrap();
        let all = thread_stats();
        let me = all.iter().find(|r| r.name == "probe").expect("recorded");
        assert!(me.ended);
        assert_eq!(me.acquisitions, 1);
        assert_eq!(me.contended, 1);
        assert_eq!(me.forced_switches, 1);
        assert_eq!(me.released, [1, 0, 0, 0]);
        assert_eq!(
            me.object_lock_waits,
            vec![("dict or namespace".to_string(), 2)]
        );
        assert!(report().contains("probe"));
    }

    #[test]
    fn contents_are_named_as_the_language_does() {
        assert_eq!(
            describe_contents("thin_vec::ThinVec<gilt::objects::value::Value>"),
            "list"
        );
        assert_eq!(describe_contents("gilt::objects::set::SetTable"), "set");
        assert_eq!(describe_contents("my::Thing"), "Thing");
        assert_eq!(
            describe_contents("gilt::runtime::sync::inner::Stamped<gilt::objects::dict::DictMap>"),
            "dict or namespace"
        );
    }
}
