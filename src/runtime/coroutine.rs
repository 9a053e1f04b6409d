//! Coroutines and async generators (`async def`), on the generator machinery: `await`,
//! `async for` and `async with`, and the awaitables that an async generator's `__anext__`,
//! `asend`, `athrow` and `aclose` return.
//!
//! An async generator's own `yield` and the yields of what it awaits come out of its frame
//! alike; they differ in that only an await leaves a delegate behind (`GenInner::delegate`).
//! The awaitable of one step passes awaits' yields on to whoever drives it (an event loop)
//! and finishes, with the value, at the generator's own `yield`.

use std::sync::OnceLock;

use crate::objects::methods::this;
use crate::objects::object::{GenKind, GenState, NativeFnPtr, NativeObj, Object, TypeKind};
use crate::objects::types::{self, type_name, ExcKind};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{type_error, Exc};
use crate::runtime::generator::{gen_close, gen_of, gen_send, gen_throw, stop_with, Step};
use crate::runtime::sync::Lock;
use crate::runtime::vm::{Args, PResult, Vm};

pub const COROUTINE_METHODS: &[(&str, NativeFnPtr)] = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__await__", coro_await),
];

pub const ASYNC_GENERATOR_METHODS: &[(&str, NativeFnPtr)] = &[
    ("asend", ag_asend),
    ("athrow", ag_athrow),
    ("aclose", ag_aclose),
    ("__aiter__", same),
    ("__anext__", ag_anext),
];

/// The iterator `coroutine.__await__()` returns: drives the coroutine.
const WRAPPER_METHODS: &[(&str, NativeFnPtr)] = &[
    ("send", wrapper_send),
    ("throw", wrapper_throw),
    ("close", wrapper_close),
    ("__next__", wrapper_next),
    ("__iter__", same),
];

/// One step of an async generator, awaited.
const STEP_METHODS: &[(&str, NativeFnPtr)] = &[
    ("send", step_send),
    ("throw", step_throw),
    ("close", step_close),
    ("__next__", step_next),
    ("__iter__", same),
    ("__await__", same),
];

/// `coroutine_wrapper`, `async_generator_asend`, `async_generator_athrow`.
fn classes() -> &'static [ObjRef; 3] {
    static T: OnceLock<[ObjRef; 3]> = OnceLock::new();
    T.get_or_init(|| {
        let object = Some(&types::types().object);
        [
            types::make_type(
                "coroutine_wrapper",
                object,
                TypeKind::Object,
                WRAPPER_METHODS,
            ),
            types::make_type(
                "async_generator_asend",
                object,
                TypeKind::Object,
                STEP_METHODS,
            ),
            types::make_type(
                "async_generator_athrow",
                object,
                TypeKind::Object,
                STEP_METHODS,
            ),
        ]
    })
}

struct Wrapper(Value);

/// What a step does to the async generator first.
enum Action {
    Send(Value),
    Throw(Exc),
    Close,
}

struct AgStep {
    gen: Value,
    /// Made by `athrow` or `aclose` rather than `__anext__` or `asend`.
    throws: bool,
    closing: bool,
    state: Lock<StepState>,
}

struct StepState {
    /// Taken by the first resume.
    action: Option<Action>,
    done: bool,
}

fn native(class: usize, data: Box<dyn std::any::Any + Send + Sync>) -> Value {
    Value::obj(Object::NativeObj(NativeObj {
        class: classes()[class].clone(),
        data,
    }))
}

fn new_step(gen: &Value, action: Action) -> Value {
    let throws = !matches!(action, Action::Send(_));
    let closing = matches!(action, Action::Close);
    native(
        if throws { 2 } else { 1 },
        Box::new(AgStep {
            gen: gen.clone(),
            throws,
            closing,
            state: Lock::new(StepState {
                action: Some(action),
                done: false,
            }),
        }),
    )
}

fn step_of(v: &Value) -> Option<&AgStep> {
    match v.as_obj() {
        Some(Object::NativeObj(n)) => n.data.downcast_ref::<AgStep>(),
        _ => None,
    }
}

fn wrapped(v: &Value) -> Option<&Value> {
    match v.as_obj() {
        Some(Object::NativeObj(n)) => n.data.downcast_ref::<Wrapper>().map(|w| &w.0),
        _ => None,
    }
}

fn kind_of(v: &Value) -> Option<GenKind> {
    match v.as_obj() {
        Some(Object::Generator(g)) => Some(g.kind),
        _ => None,
    }
}

/// A step's result as a method returns it: a value passed on, or StopIteration.
fn out(step: Step) -> PResult<Value> {
    match step {
        Step::Yield(v) => Ok(v),
        Step::Return(v) => Err(stop_with(v)),
    }
}

/// The exception `throw(type[, value[, tb]])` raises.
pub(crate) fn thrown(vm: &mut Vm, rest: &[Value]) -> PResult<Exc> {
    match (&rest[0], rest.get(1)) {
        (t, Some(v)) if !matches!(v, Value::None) => {
            let inst = vm.call1(t, v.clone())?;
            vm.to_exc(inst)
        }
        (v, _) => vm.to_exc(v.clone()),
    }
}

fn same(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (o, _) = this(&a, "__iter__", 0, 0)?;
    Ok(o.clone())
}

fn coro_await(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (c, _) = this(&a, "__await__", 0, 0)?;
    Ok(native(0, Box::new(Wrapper(c.clone()))))
}

/// The receiver of a method of the kind `pick` finds in it, and its other arguments; for
/// another receiver, the TypeError naming what the method requires (`what` of the receiver).
fn receiver<'a, T: ?Sized>(
    a: &Args<'a>,
    name: &str,
    (min, max): (usize, usize),
    pick: impl Fn(&'a Value) -> Option<&'a T>,
    what: impl FnOnce(&Value) -> String,
) -> PResult<(&'a T, &'a [Value])> {
    let (v, rest) = this(a, name, min, max)?;
    match pick(v) {
        Some(t) => Ok((t, rest)),
        None => Err(type_error(format!(
            "descriptor '{name}' requires {}",
            what(v)
        ))),
    }
}

fn wrapper_coro<'a>(
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PResult<(&'a Value, &'a [Value])> {
    let what = |_: &Value| "a 'coroutine_wrapper' object".to_string();
    receiver(a, name, (min, max), wrapped, what)
}

fn wrapper_send(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (c, rest) = wrapper_coro(&a, "send", 1, 1)?;
    out(vm.gen_resume(c, rest[0].clone(), None)?)
}

fn wrapper_next(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (c, _) = wrapper_coro(&a, "__next__", 0, 0)?;
    out(vm.gen_resume(c, Value::None, None)?)
}

fn wrapper_throw(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (c, rest) = wrapper_coro(&a, "throw", 1, 3)?;
    let exc = thrown(vm, rest)?;
    out(vm.gen_resume(c, Value::None, Some(exc))?)
}

fn wrapper_close(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (c, _) = wrapper_coro(&a, "close", 0, 0)?;
    crate::runtime::generator::close(vm, c)
}

fn async_gen<'a>(
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PResult<(&'a Value, &'a [Value])> {
    let is_ag = |g: &'a Value| (kind_of(g) == Some(GenKind::AsyncGenerator)).then_some(g);
    let what = |g: &Value| {
        let got = type_name(g);
        format!("a 'async_generator' object but received a '{got}'")
    };
    receiver(a, name, (min, max), is_ag, what)
}

fn ag_anext(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (g, _) = async_gen(&a, "__anext__", 0, 0)?;
    Ok(new_step(g, Action::Send(Value::None)))
}

fn ag_asend(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (g, rest) = async_gen(&a, "asend", 1, 1)?;
    Ok(new_step(g, Action::Send(rest[0].clone())))
}

fn ag_athrow(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (g, rest) = async_gen(&a, "athrow", 1, 3)?;
    let exc = thrown(vm, rest)?;
    Ok(new_step(g, Action::Throw(exc)))
}

fn ag_aclose(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (g, _) = async_gen(&a, "aclose", 0, 0)?;
    Ok(new_step(g, Action::Close))
}

fn step_arg<'a>(
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PResult<(&'a AgStep, &'a [Value])> {
    let what = |_: &Value| "an async generator step object".to_string();
    receiver(a, name, (min, max), step_of, what)
}

fn step_send(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (st, rest) = step_arg(&a, "send", 1, 1)?;
    out(ag_step(vm, st, rest[0].clone(), None)?)
}

fn step_next(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (st, _) = step_arg(&a, "__next__", 0, 0)?;
    out(ag_step(vm, st, Value::None, None)?)
}

fn step_throw(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (st, rest) = step_arg(&a, "throw", 1, 3)?;
    let exc = thrown(vm, rest)?;
    out(ag_step(vm, st, Value::None, Some(exc))?)
}

fn step_close(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (st, _) = step_arg(&a, "close", 0, 0)?;
    st.state.lock().done = true;
    Ok(Value::None)
}

/// Resumes the async generator of step `st` once: `Yield` passes an await's value on,
/// `Return` finishes the step with the generator's yielded value.
fn ag_step(vm: &mut Vm, st: &AgStep, sent: Value, throw: Option<Exc>) -> PResult<Step> {
    let closing = st.closing;
    let action = {
        let mut s = st.state.lock();
        if s.done {
            let what = if st.throws {
                "aclose()/athrow()"
            } else {
                "__anext__()/asend()"
            };
            return Err(Exc::new(
                ExcKind::RuntimeError,
                format!("cannot reuse already awaited {what}"),
            ));
        }
        s.action.take()
    };
    let g = gen_of(&st.gen)?;
    let r = match (throw, action) {
        (Some(exc), _) => vm.gen_resume(&st.gen, Value::None, Some(exc)),
        (None, Some(Action::Send(v))) => {
            let v = if matches!(sent, Value::None) { v } else { sent };
            vm.gen_resume(&st.gen, v, None)
        }
        (None, Some(Action::Throw(exc))) => vm.gen_resume(&st.gen, Value::None, Some(exc)),
        (None, Some(Action::Close)) => {
            let fresh = {
                let mut inner = g.inner.lock();
                let fresh = matches!(inner.state, GenState::Created | GenState::Finished);
                if fresh {
                    inner.state = GenState::Finished;
                }
                fresh
            };
            if fresh {
                st.state.lock().done = true;
                return Ok(Step::Return(Value::None));
            }
            vm.gen_resume(
                &st.gen,
                Value::None,
                Some(Exc::bare(ExcKind::GeneratorExit)),
            )
        }
        (None, None) => vm.gen_resume(&st.gen, sent, None),
    };
    let awaiting = matches!(r, Ok(Step::Yield(_))) && g.inner.lock().delegate.is_some();
    if awaiting {
        return r;
    }
    st.state.lock().done = true;
    match r {
        Ok(Step::Yield(_)) if closing => Err(Exc::new(
            ExcKind::RuntimeError,
            "async generator ignored GeneratorExit",
        )),
        Ok(Step::Yield(v)) => Ok(Step::Return(v)),
        Ok(Step::Return(_)) if closing => Ok(Step::Return(Value::None)),
        Ok(Step::Return(_)) => Err(Exc::bare(ExcKind::StopAsyncIteration)),
        Err(e)
            if closing
                && (e.is_kind(ExcKind::GeneratorExit)
                    || e.is_kind(ExcKind::StopAsyncIteration)) =>
        {
            Ok(Step::Return(Value::None))
        }
        Err(e) => Err(e),
    }
}

/// `gi_running`, `cr_await`, `ag_code`, …: the attributes generators, coroutines and async
/// generators name with their own prefix.
pub(crate) fn suspended_attr(g: &crate::objects::object::Generator, n: &str) -> Option<Value> {
    let prefix = match g.kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    };
    let mut inner = g.inner.lock();
    Some(match n.strip_prefix(prefix)? {
        "running" => Value::bool(inner.state == GenState::Running),
        "suspended" => Value::bool(inner.state == GenState::Suspended),
        // a generator's `yield from` is a coroutine's `await`
        w @ ("yieldfrom" | "await") if (w == "yieldfrom") == (g.kind == GenKind::Generator) => {
            inner.delegate.clone().unwrap_or(Value::None)
        }
        "code" => Value::obj(Object::Code(inner.frame.as_ref()?.code.clone())),
        // (None once finished, and while running: the frame is then in use)
        "frame" => {
            let finished = inner.state == GenState::Finished;
            match inner.frame.as_mut() {
                Some(f) if !finished => crate::runtime::trace::suspended_frame(f),
                _ => Value::None,
            }
        }
        _ => return None,
    })
}

/// Whether `v` is one of the awaitables above, which `Vm::await_step` drives without
/// raising StopIteration.
pub(crate) fn own_awaitable(v: &Value) -> bool {
    step_of(v).is_some() || wrapped(v).is_some()
}

impl Vm {
    /// One step of `await` on an [`own_awaitable`] that is not a coroutine.
    pub(crate) fn await_step(
        &mut self,
        it: &Value,
        sent: Value,
        throw: Option<Exc>,
    ) -> PResult<Step> {
        if let Some(st) = step_of(it) {
            return ag_step(self, st, sent, throw);
        }
        match wrapped(it) {
            Some(c) => self.gen_resume(c, sent, throw),
            None => Err(type_error("not an awaitable")),
        }
    }

    /// What `await o` delegates to: a coroutine itself, else the iterator `o.__await__()`.
    pub fn get_awaitable(&mut self, o: Value) -> PResult<Value> {
        if let Some(Object::Generator(g)) = o.as_obj() {
            if g.kind == GenKind::Coroutine {
                if g.inner.lock().delegate.is_some() {
                    return Err(Exc::new(
                        ExcKind::RuntimeError,
                        "coroutine is being awaited already",
                    ));
                }
                return Ok(o);
            }
        }
        if step_of(&o).is_some() {
            return Ok(o);
        }
        let Some(m) = types::lookup(types::type_of(&o), "__await__") else {
            return Err(type_error(format!(
                "object {} can't be used in 'await' expression",
                type_name(&o)
            )));
        };
        let it = self.call_with_self(&m, &o, &[], &[])?;
        if kind_of(&it) == Some(GenKind::Coroutine) {
            return Err(type_error("__await__() returned a coroutine"));
        }
        if !crate::objects::seq::is_iterator(&it) {
            return Err(type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `async for`'s `type(o).__aiter__(o)`.
    pub fn get_aiter(&mut self, o: &Value) -> PResult<Value> {
        if kind_of(o) == Some(GenKind::AsyncGenerator) {
            return Ok(o.clone());
        }
        let Some(m) = types::lookup(types::type_of(o), "__aiter__") else {
            return Err(type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                type_name(o)
            )));
        };
        let it = self.call_with_self(&m, o, &[], &[])?;
        if types::lookup(types::type_of(&it), "__anext__").is_none() {
            return Err(type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `async for`'s awaitable of `ait.__anext__()`.
    pub fn get_anext(&mut self, ait: &Value) -> PResult<Value> {
        if kind_of(ait) == Some(GenKind::AsyncGenerator) {
            return Ok(new_step(ait, Action::Send(Value::None)));
        }
        let m = types::lookup(types::type_of(ait), "__anext__").ok_or_else(|| {
            type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                type_name(ait)
            ))
        })?;
        let aw = self.call_with_self(&m, ait, &[], &[])?;
        let name = type_name(&aw);
        self.get_awaitable(aw).map_err(|e| {
            let te = type_error(format!(
                "'async for' received an invalid object from __anext__: {name}"
            ));
            te.obj().state.lock().cause = Some(e.value());
            te
        })
    }

    /// `async with mgr:` entry: the bound `__aexit__` (called as `with` calls `__exit__`) and
    /// the awaitable `__aenter__()`.
    pub fn before_async_with(&mut self, mgr: &Value) -> PResult<(Value, Value)> {
        let t = types::type_of(mgr).clone();
        let (Some(enter), Some(exit)) = (
            types::lookup(&t, "__aenter__"),
            types::lookup(&t, "__aexit__"),
        ) else {
            let missing = if types::lookup(&t, "__aenter__").is_some() {
                " (missed __aexit__ method)"
            } else {
                ""
            };
            return Err(type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{missing}",
                type_name(mgr)
            )));
        };
        let entered = self.call_with_self(&enter, mgr, &[], &[])?;
        let exit = Value::obj(Object::BoundMethod(mgr.clone(), exit));
        Ok((crate::runtime::generator::exit_with_tb(exit), entered))
    }
}
