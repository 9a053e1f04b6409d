//! Finalizers: `__del__` methods, run once per object (PEP 442), whether the object dies by
//! its count reaching zero or as garbage the cycle collector found.
//!
//! A finalizer is Gilt code, and the free path (`sync::free`) may run anywhere in Rust —
//! with a container's lock held, in the middle of an operation — where calling back into
//! Gilt code is not safe. So when an object with a `__del__` loses its last reference, the
//! free path marks it finalized, takes a reference back (it is alive again) and queues it on
//! its thread; the VM runs the queue after the instruction that dropped the reference (the
//! stores, deletes and pops, and every safe point), which is where CPython's output would
//! show it. After `__del__` returns, the queue lets its reference go; if nothing else took
//! one (no resurrection), the object is freed, and its finalizer never runs again.
//!
//! An exception raised by `__del__` is printed as CPython prints it ("Exception ignored
//! in: …" and the traceback) and never propagates.

use crate::objects::object::Object;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::vm::{PResult, Vm};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What waits to run: an object's finalizer, or a weak reference's callback (with the weak
/// reference).
enum Pending {
    Finalize(ObjRef),
    Call(Value, Value),
}

std::thread_local! {
    /// This thread's waiting finalizers and callbacks, oldest first, each with the
    /// interpreter it belongs to (its lock's index): it runs there, the next time this thread
    /// runs that interpreter's code.
    static PENDING: RefCell<VecDeque<(usize, Pending)>> = const { RefCell::new(VecDeque::new()) };
}

/// Queued objects of each interpreter, on every thread (its breaker bit stays set while any
/// wait).
static WAITING: [AtomicUsize; crate::runtime::gil::MAX_CORES] =
    [const { AtomicUsize::new(0) }; crate::runtime::gil::MAX_CORES];

/// Whether freeing `o` runs a finalizer first: a `__del__`, or `close()` for a suspended
/// generator (its `finally` blocks and `with` exits run, as in CPython).
#[inline]
pub fn wants_finalizer(o: &Object) -> bool {
    let class = match o {
        Object::Instance(i) => &i.class,
        Object::Derived(i, _) => &i.class,
        Object::Exception(e) => &e.class,
        Object::Generator(g) => {
            return g
                .inner
                .try_lock()
                .is_some_and(|i| i.state == crate::objects::object::GenState::Suspended)
        }
        _ => return false,
    };
    match &**class {
        Object::Type(t) => t.has_del.load(Ordering::Relaxed),
        _ => false,
    }
}

/// Queues an object whose count reached zero (and that holds a reference again) for its
/// finalizer.
pub fn queue(o: ObjRef) {
    push(Pending::Finalize(o));
}

/// Queues a weak reference's callback.
pub fn queue_call(callback: Value, weakref: Value) {
    push(Pending::Call(callback, weakref));
}

fn push(p: Pending) {
    let domain = crate::runtime::gil::current().index();
    // (a thread past its queue's destructor drops what it would have run)
    let queued = PENDING.try_with(move |q| match q.try_borrow_mut() {
        Ok(mut q) => {
            q.push_back((domain, p));
            true
        }
        Err(_) => false,
    });
    if queued == Ok(true) {
        WAITING[domain].fetch_add(1, Ordering::Relaxed);
        crate::runtime::gil::request_finalizers();
    }
}

/// Whether this thread has finalizers waiting for the interpreter it runs (a host dropping a
/// handle runs them before it lets go of the lock, as they may never run otherwise).
pub fn waiting_here() -> bool {
    let domain = crate::runtime::gil::current().index();
    WAITING[domain].load(Ordering::Relaxed) != 0
        && PENDING
            .try_with(|q| {
                q.try_borrow()
                    .is_ok_and(|q| q.iter().any(|(d, _)| *d == domain))
            })
            .unwrap_or(false)
}

/// Runs this thread's waiting finalizers of the interpreter it runs (and those their
/// objects' frees queue).
pub fn run_pending(vm: &mut Vm) {
    let domain = crate::runtime::gil::current().index();
    loop {
        let next = PENDING
            .try_with(|q| {
                let mut q = q.try_borrow_mut().ok()?;
                let at = q.iter().position(|(d, _)| *d == domain)?;
                q.remove(at).map(|(_, p)| p)
            })
            .ok()
            .flatten();
        let Some(p) = next else { break };
        WAITING[domain].fetch_sub(1, Ordering::Relaxed);
        match p {
            Pending::Finalize(o) => call_del(vm, &Value::Obj(o)),
            Pending::Call(cb, wr) => ignoring_errors(vm, &cb, |vm| vm.call(&cb, &[wr], &[])),
        }
    }
    if WAITING[domain].load(Ordering::Relaxed) == 0 {
        crate::runtime::gil::clear_finalizer_request();
    }
}

/// Calls `o.__del__()` (or closes a generator), printing what it raises as CPython does.
pub fn call_del(vm: &mut Vm, o: &Value) {
    if let Some(Object::Generator(_)) = o.as_obj() {
        ignoring_errors(vm, o, |vm| crate::runtime::generator::close(vm, o));
        return;
    }
    let Some(m) = crate::objects::class::user_method(o, "__del__") else {
        return;
    };
    if matches!(m, Value::None) {
        return;
    }
    ignoring_errors(vm, &m, |vm| vm.call_with_self(&m, o, &[], &[]));
}

/// Runs `f` (a finalizer or callback) with the exception being handled put aside, printing
/// what it raises as ignored in `what`.
fn ignoring_errors(vm: &mut Vm, what: &Value, f: impl FnOnce(&mut Vm) -> PResult<Value>) {
    let handled = vm.handled.take();
    if let Err(e) = f(vm) {
        report_ignored(vm, what, &e);
    }
    vm.handled = handled;
}

/// Prints an exception nothing can catch (from `__del__`, a weakref callback): "Exception
/// ignored in: WHAT" and its traceback, on stderr.
pub fn report_ignored(vm: &mut Vm, what: &Value, e: &crate::runtime::exc::Exc) {
    vm.flush_out();
    let what = vm.repr(what).unwrap_or_else(|_| "<object>".into());
    let report = crate::runtime::traceback::to_error(vm, e);
    vm.write_err(&format!("Exception ignored in: {what}\n{report}\n"));
}

/// Runs the finalizers of garbage the collector found (each not finalized yet), marking
/// each finalized first.
pub fn finalize_garbage(vm: &mut Vm, garbage: &[ObjRef]) {
    for o in garbage {
        if wants_finalizer(o) {
            if let Some(h) = crate::runtime::sync::Ref::gc_head(o) {
                if crate::runtime::gc::first_finalization(h) {
                    call_del(vm, &Value::Obj(o.clone()));
                }
            }
        }
    }
}
