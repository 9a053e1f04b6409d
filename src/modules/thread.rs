//! The native `_thread` module: OS threads running Gilt functions, and locks. The `threading`
//! and `queue` modules in `stdlib/` are written on top of it.
//!
//! Every wait here releases the GIL ([`Gil::release_while`]) and never holds a runtime lock
//! while it waits for the GIL, so a blocked thread cannot stall the others. In the thread that
//! handles Ctrl-C (`signals.rs`) a lock wait wakes every `signals::POLL` to look for one, and
//! raises `KeyboardInterrupt` without taking the lock; every other wait in `threading` and
//! `queue` (join, `Condition`, `Event`, `Semaphore`, `Queue.get`/`put`) ends in such a wait.

use crate::objects::object::{NativeFnPtr, NativeObj, Object};
use crate::objects::types::{self, ExcKind};
use crate::objects::value::{BoolBits, ObjRef, Value};
use crate::runtime::exc::{type_error, Exc};
use crate::runtime::sync::Gil;
use crate::runtime::vm::{Args, PResult, Vm};
use parking_lot::{Condvar, Mutex};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// Native stack for each thread; deep recursion ends in RecursionError well before it runs out.
const THREAD_STACK: usize = 256 << 20;
/// Longest timeout a wait accepts, in seconds (as CPython's `TIMEOUT_MAX` on Linux).
const TIMEOUT_MAX: f64 = 9223372036.0;

static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static IDENT: Cell<u64> = const { Cell::new(0) };
}

/// This thread's identifier (assigned on first use).
pub fn current_ident() -> u64 {
    IDENT.with(|i| {
        if i.get() == 0 {
            i.set(NEXT_IDENT.fetch_add(1, Ordering::Relaxed));
        }
        i.get()
    })
}

pub fn module(_vm: &mut Vm) -> crate::objects::value::Value {
    super::ModuleBuilder::new("_thread")
        .func("start_new_thread", start_new_thread)
        .func("allocate_lock", allocate_lock)
        .func("RLock", allocate_rlock)
        .func("get_ident", get_ident)
        .func("get_native_id", get_ident)
        .func("_count", count)
        .func("_set_name", set_name)
        .func("_print_exception", print_exception)
        .value("LockType", Value::Obj(lock_type().clone()))
        .value("TIMEOUT_MAX", Value::float(TIMEOUT_MAX))
        .value(
            "error",
            Value::Obj(types::exc_type(ExcKind::RuntimeError).clone()),
        )
        .build()
}

fn get_ident(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("get_ident", 0, 0, &[])?;
    Ok(Value::Int(current_ident() as i64))
}

/// `_set_name(name)`: names this thread in `-X stats`, `-X trace` and `sys._gil_stats()`.
fn set_name(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("_set_name", 1, 1, &[])?;
    match a.pos[0].as_str() {
        Some(s) => crate::runtime::stats::set_name(s),
        None => return Err(type_error("_set_name() argument must be str")),
    }
    Ok(Value::None)
}

fn count(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("_count", 0, 0, &[])?;
    Ok(Value::Int(vm.interp.threads.load(Ordering::SeqCst) as i64))
}

/// `_print_exception(exc)`: prints a traceback for `exc` to stderr as CPython would.
fn print_exception(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("_print_exception", 1, 1, &[])?;
    let exc = vm.to_exc(a.pos[0].clone())?;
    vm.flush_out();
    match crate::runtime::traceback::to_error(vm, &exc) {
        crate::Error::Exception { traceback, .. } => vm.write_err(&traceback),
        crate::Error::Syntax { report, .. } => vm.write_err(&report),
        crate::Error::Exit(_) | crate::Error::Limit(_) => {}
    }
    Ok(Value::None)
}

/// `start_new_thread(function, args, kwargs=None)`: runs `function(*args, **kwargs)` in a new
/// OS thread with its own VM; returns the new thread's identifier.
fn start_new_thread(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("start_new_thread", 2, 3, &[])?;
    let func = a.pos[0].clone();
    let args = match a.pos[1].as_obj() {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => return Err(type_error("2nd arg must be a tuple")),
    };
    let mut kw = vec![];
    if let Some(k) = a.pos.get(2) {
        match k.as_obj() {
            Some(Object::Dict(d)) => {
                for e in d.lock().iter() {
                    kw.push((e.key.clone(), e.value.clone()));
                }
            }
            None if matches!(k, Value::None) => {}
            _ => return Err(type_error("optional 3rd arg must be a dictionary")),
        }
    }
    let interp = vm.interp.clone();
    let core = interp.core.0;
    let ident = NEXT_IDENT.fetch_add(1, Ordering::Relaxed);
    let live = Arc::clone(&interp.threads);
    live.fetch_add(1, Ordering::SeqCst);
    let payload = (func, args, kw);
    let counted = Arc::clone(&live);
    let numbered = crate::runtime::sched::number_child();
    let spawned = std::thread::Builder::new()
        .name(format!("gilt-{ident}"))
        .stack_size(THREAD_STACK)
        .spawn(move || {
            IDENT.with(|i| i.set(ident));
            if let Some(n) = numbered {
                crate::runtime::sched::adopt(n);
            }
            let gil = Gil::acquire_for(core);
            // Moving the payload into locals makes it drop before the GIL is released.
            let (func, args, kw) = payload;
            let mut tvm = Vm::with_stack_budget(interp, THREAD_STACK - (16 << 20));
            if let Err(e) = tvm.call(&func, &args, &kw) {
                if !e.is_kind(ExcKind::SystemExit) {
                    tvm.flush_out();
                    let what = tvm.repr(&func).unwrap_or_default();
                    tvm.write_err(&format!(
                        "Unhandled exception in thread started by {what}\n"
                    ));
                    if let crate::Error::Exception { traceback, .. } =
                        crate::runtime::traceback::to_error(&mut tvm, &e)
                    {
                        tvm.write_err(&traceback);
                    }
                }
            }
            tvm.flush_out();
            drop((func, args, kw, tvm));
            types::clear_lookup_cache();
            counted.fetch_sub(1, Ordering::SeqCst);
            if numbered.is_some() {
                crate::runtime::sched::done();
            }
            drop(gil);
            crate::runtime::allocator::release_thread_cache();
        });
    match spawned {
        Ok(_) => Ok(Value::Int(ident as i64)),
        Err(_) => {
            live.fetch_sub(1, Ordering::SeqCst);
            if let Some(n) = numbered {
                crate::runtime::sched::never_started(n);
            }
            Err(Exc::new(ExcKind::RuntimeError, "can't start new thread"))
        }
    }
}

// ---------------------------------------------------------------- locks

/// The state behind `_thread.allocate_lock()` and `_thread.RLock()`.
struct LockData {
    state: Mutex<LockState>,
    freed: Condvar,
    reentrant: bool,
}

#[derive(Default)]
struct LockState {
    locked: bool,
    owner: u64,
    count: u64,
}

impl LockState {
    /// Takes the lock for `me` if it is free.
    fn claim(&mut self, me: u64) -> bool {
        if self.locked {
            return false;
        }
        self.locked = true;
        self.owner = me;
        self.count = 1;
        true
    }
}

const LOCK_METHODS: &[(&str, NativeFnPtr)] = &[
    ("acquire", lock_acquire),
    ("acquire_lock", lock_acquire),
    ("release", lock_release),
    ("release_lock", lock_release),
    ("locked", lock_locked),
    ("__enter__", lock_acquire),
    ("__exit__", lock_exit),
    ("_is_owned", lock_is_owned),
];

fn lock_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        types::make_type(
            "lock",
            Some(&types::types().object),
            crate::objects::object::TypeKind::Object,
            LOCK_METHODS,
        )
    })
}

fn rlock_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        types::make_type(
            "RLock",
            Some(&types::types().object),
            crate::objects::object::TypeKind::Object,
            LOCK_METHODS,
        )
    })
}

fn new_lock(reentrant: bool) -> Value {
    let class = if reentrant { rlock_type() } else { lock_type() };
    Value::obj(Object::NativeObj(NativeObj {
        class: class.clone(),
        data: Box::new(LockData {
            state: Mutex::new(LockState::default()),
            freed: Condvar::new(),
            reentrant,
        }),
    }))
}

fn allocate_lock(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("allocate_lock", 0, 0, &[])?;
    Ok(new_lock(false))
}

fn allocate_rlock(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("RLock", 0, 0, &[])?;
    Ok(new_lock(true))
}

fn lock_data<'a>(a: &Args<'a>) -> PResult<(&'a LockData, &'a [Value])> {
    let (s, rest) = crate::objects::methods::this(a, "acquire", 0, 3)?;
    match s.as_obj() {
        Some(Object::NativeObj(n)) => match n.data.downcast_ref::<LockData>() {
            Some(d) => Ok((d, rest)),
            None => Err(type_error("descriptor requires a 'lock' object")),
        },
        _ => Err(type_error("descriptor requires a 'lock' object")),
    }
}

/// How a blocking [`take`] ended.
#[derive(Debug, PartialEq)]
enum Taken {
    Yes,
    /// Not free (a non-blocking try), or the timeout passed.
    No,
    /// Ctrl-C arrived while the signal-handling thread waited: the lock was not taken.
    Interrupted,
}

/// [`take`] under the deterministic scheduler (`-X sched`): the turn goes to other threads
/// until the lock is free, or until the timeout has passed in virtual time.
fn take_scheduled(d: &LockData, me: u64, timeout: Option<Duration>) -> Taken {
    use crate::runtime::gil;
    let deadline = timeout
        .map(|t| gil::virtual_now().saturating_add(t.as_nanos().min(u64::MAX as u128) as u64));
    loop {
        if d.state.lock().claim(me) {
            return Taken::Yes;
        }
        if deadline.is_some_and(|dl| gil::virtual_now() >= dl) {
            return Taken::No;
        }
        if crate::runtime::signals::interrupt_arrived() {
            return Taken::Interrupted;
        }
        gil::sched_wait(deadline);
    }
}

/// Takes the lock for `me`, waiting at most `timeout` (None: forever). The signal-handling
/// thread waits in slices and gives up when a Ctrl-C arrives; the lock is then left as it was.
fn take(d: &LockData, me: u64, blocking: bool, timeout: Option<Duration>) -> Taken {
    {
        let mut st = d.state.lock();
        if st.claim(me) {
            return Taken::Yes;
        }
        if d.reentrant && st.owner == me {
            st.count += 1;
            return Taken::Yes;
        }
        if !blocking {
            return Taken::No;
        }
    }
    if crate::runtime::gil::scheduled() {
        return take_scheduled(d, me, timeout);
    }
    let deadline = timeout.map(|t| Instant::now() + t);
    let watch = crate::runtime::signals::handles_signals();
    Gil::release_while(crate::runtime::gil::Blocked::Lock, || {
        let mut st = d.state.lock();
        loop {
            if st.claim(me) {
                return Taken::Yes;
            }
            if !watch {
                match deadline {
                    None => d.freed.wait(&mut st),
                    Some(dl) => {
                        if d.freed.wait_until(&mut st, dl).timed_out() && st.locked {
                            return Taken::No;
                        }
                    }
                }
                continue;
            }
            if crate::runtime::signals::interrupt_arrived() {
                return Taken::Interrupted;
            }
            let slice = Instant::now() + crate::runtime::signals::POLL;
            match deadline {
                Some(dl) if dl <= slice => {
                    if d.freed.wait_until(&mut st, dl).timed_out() && st.locked {
                        return Taken::No;
                    }
                }
                _ => {
                    d.freed.wait_until(&mut st, slice);
                }
            }
        }
    })
}

fn lock_acquire(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, rest) = lock_data(&a)?;
    let blocking = match rest.first().or(a.kw("blocking")) {
        Some(v) => !matches!(v, Value::Bool(BoolBits::FALSE) | Value::Int(0)),
        None => true,
    };
    let timeout = match rest.get(1).or(a.kw("timeout")) {
        None => -1.0,
        Some(Value::Float(f)) => f.get(),
        Some(Value::Int(i)) => *i as f64,
        Some(_) => return Err(type_error("timeout must be a number")),
    };
    if !blocking && timeout != -1.0 {
        return Err(crate::runtime::exc::value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(crate::runtime::exc::value_error(
            "timeout value must be a non-negative number",
        ));
    }
    if timeout > TIMEOUT_MAX {
        return Err(crate::runtime::exc::overflow("timeout value is too large"));
    }
    let limit = if timeout < 0.0 {
        None
    } else {
        Some(Duration::from_secs_f64(timeout))
    };
    match take(d, current_ident(), blocking, limit) {
        Taken::Yes => Ok(Value::TRUE),
        Taken::No => Ok(Value::FALSE),
        Taken::Interrupted => Err(crate::runtime::signals::keyboard_interrupt()),
    }
}

fn lock_release(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = lock_data(&a)?;
    let mut st = d.state.lock();
    if !st.locked {
        return Err(Exc::new(ExcKind::RuntimeError, "release unlocked lock"));
    }
    if d.reentrant {
        if st.owner != current_ident() {
            return Err(Exc::new(
                ExcKind::RuntimeError,
                "cannot release un-acquired lock",
            ));
        }
        st.count -= 1;
        if st.count > 0 {
            return Ok(Value::None);
        }
    }
    st.locked = false;
    crate::runtime::sched::progress();
    st.owner = 0;
    st.count = 0;
    d.freed.notify_one();
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, a: Args) -> PResult<Value> {
    let head = &a.pos[..a.pos.len().min(1)];
    lock_release(vm, Args::new(head))?;
    Ok(Value::FALSE)
}

fn lock_locked(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = lock_data(&a)?;
    Ok(Value::bool(d.state.lock().locked))
}

fn lock_is_owned(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = lock_data(&a)?;
    let st = d.state.lock();
    Ok(Value::bool(st.locked && st.owner == current_ident()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_lock_is_not_reentrant_and_times_out() {
        let d = LockData {
            state: Mutex::new(LockState::default()),
            freed: Condvar::new(),
            reentrant: false,
        };
        assert_eq!(take(&d, 1, true, None), Taken::Yes);
        assert_eq!(take(&d, 1, false, None), Taken::No);
        let t0 = Instant::now();
        assert_eq!(
            take(&d, 2, true, Some(Duration::from_millis(30))),
            Taken::No
        );
        assert!(t0.elapsed() >= Duration::from_millis(25));
    }

    #[test]
    fn rlock_counts_its_owner() {
        let d = LockData {
            state: Mutex::new(LockState::default()),
            freed: Condvar::new(),
            reentrant: true,
        };
        assert_eq!(take(&d, 7, true, None), Taken::Yes);
        assert_eq!(take(&d, 7, true, None), Taken::Yes);
        assert_eq!(d.state.lock().count, 2);
        assert_eq!(take(&d, 8, false, None), Taken::No);
    }

    #[test]
    fn ctrl_c_ends_a_lock_wait_and_leaves_the_lock_alone() {
        let d = LockData {
            state: Mutex::new(LockState::default()),
            freed: Condvar::new(),
            reentrant: false,
        };
        assert_eq!(take(&d, 1, true, None), Taken::Yes);
        let waited = std::thread::scope(|s| {
            s.spawn(|| {
                crate::runtime::signals::handle_here();
                crate::runtime::gil::request_interrupt();
                take(&d, 2, true, Some(Duration::from_secs(60)))
            })
            .join()
        });
        assert_eq!(waited.ok(), Some(Taken::Interrupted));
        let st = d.state.lock();
        assert!(st.locked && st.owner == 1 && st.count == 1);
    }

    #[test]
    fn idents_are_distinct_per_thread() {
        let here = current_ident();
        let there = std::thread::spawn(current_ident).join().unwrap_or(here);
        assert_ne!(here, there);
        assert_eq!(here, current_ident());
    }
}
