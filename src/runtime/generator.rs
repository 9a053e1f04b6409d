//! Generators (a function whose code yields keeps its frame in a generator object and resumes
//! it on `next`/`send`/`throw`), `yield from` delegation, and the `with` protocol's entry.

use crate::objects::methods::this;
use crate::objects::object::{
    Function, GenInner, GenKind, GenState, Generator, NativeFnPtr, Object,
};
use crate::objects::types::{self, type_name, ExcKind};
use crate::objects::value::Value;
use crate::runtime::exc::{type_error, value_error, Exc};
use crate::runtime::sync::Lock;
use crate::runtime::vm::{Args, Frame, PResult, Vm};

pub const GENERATOR_METHODS: &[(&str, NativeFnPtr)] = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__next__", gen_next),
    ("__iter__", gen_iter),
];

/// What resuming a generator produced.
pub enum Step {
    Yield(Value),
    Return(Value),
}

pub fn new_generator(func: &Function, frame: Box<Frame>) -> Value {
    use crate::compiler::code::{FLAG_ASYNC_GENERATOR, FLAG_COROUTINE};
    let flags = func.code.flags;
    let kind = if flags & FLAG_COROUTINE != 0 {
        GenKind::Coroutine
    } else if flags & FLAG_ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    Value::obj(Object::Generator(Box::new(Generator {
        name: func.name.clone(),
        qualname: func.qualname.clone(),
        kind,
        inner: Lock::new(GenInner {
            frame: Some(frame),
            state: GenState::Created,
            delegate: None,
            handled: None,
        }),
    })))
}

#[inline]
pub(crate) fn gen_of(v: &Value) -> PResult<&Generator> {
    match v.as_obj() {
        Some(Object::Generator(g)) => Ok(g),
        _ => Err(type_error(format!(
            "descriptor requires a 'generator' object but received a '{}'",
            type_name(v)
        ))),
    }
}

/// What throwing into a generator's delegate led to.
enum Thrown {
    /// The delegate yielded: the outer generator stays suspended.
    Yield(Value),
    /// The delegate returned this value: the outer `yield from` evaluates to it.
    Returned(Value),
    /// Raise this in the outer frame.
    Raise(Exc),
}

impl Vm {
    /// Resumes generator `gen` with `sent` (or by raising `throw` at its yield).
    pub fn gen_resume(&mut self, gen: &Value, sent: Value, throw: Option<Exc>) -> PResult<Step> {
        let g = gen_of(gen)?;
        let mut inner = g.inner.lock();
        let state = inner.state;
        match state {
            GenState::Running => {
                return Err(value_error(format!("{} already executing", g.kind.name())))
            }
            GenState::Finished if g.kind == GenKind::Coroutine => {
                return Err(Exc::new(
                    ExcKind::RuntimeError,
                    "cannot reuse already awaited coroutine",
                ))
            }
            GenState::Finished => {
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(Step::Return(Value::None)),
                }
            }
            GenState::Created => {
                if throw.is_none() && !matches!(sent, Value::None) {
                    return Err(type_error(format!(
                        "can't send non-None value to a just-started {}",
                        g.kind.name()
                    )));
                }
            }
            GenState::Suspended => {}
        }
        let throw = match (throw, inner.delegate.take()) {
            (Some(exc), Some(d)) => {
                inner.state = GenState::Running;
                drop(inner);
                let r = self.throw_to_delegate(&d, exc);
                inner = g.inner.lock();
                inner.state = GenState::Suspended;
                match r? {
                    Thrown::Yield(v) => {
                        inner.delegate = Some(d);
                        return Ok(Step::Yield(v));
                    }
                    Thrown::Returned(v) => {
                        self.delegate_result = Some(v);
                        None
                    }
                    Thrown::Raise(e) => Some(e),
                }
            }
            (throw, _) => throw,
        };
        let Some(mut frame) = inner.frame.take() else {
            return Err(value_error("generator already executing"));
        };
        inner.state = GenState::Running;
        let own = inner.handled.take();
        drop(inner);
        if state == GenState::Suspended && throw.is_none() {
            frame.push(sent);
        }
        let caller_handled = self.handled.clone();
        if let Some(h) = own {
            self.handled = Some(h);
        }
        self.last_delegate = None;
        self.enter("")?;
        let r = self.resume_frame(&mut frame, throw);
        self.leave();
        let yielded = std::mem::replace(&mut self.yielded, false);
        // the generator's own handled exception must not leak into its caller
        let own_handled = std::mem::replace(&mut self.handled, caller_handled.clone());
        match r {
            Ok(v) if yielded => {
                let delegate = self.last_delegate.take();
                // only a yield inside an except clause keeps an exception being handled
                let handled = if frame.in_handler() {
                    own_handled
                } else {
                    None
                };
                let mut inner = g.inner.lock();
                inner.frame = Some(frame);
                inner.state = GenState::Suspended;
                inner.delegate = delegate;
                inner.handled = handled;
                Ok(Step::Yield(v))
            }
            Ok(v) => {
                g.inner.lock().state = GenState::Finished;
                self.recycle(frame);
                Ok(Step::Return(v))
            }
            Err(e) => {
                g.inner.lock().state = GenState::Finished;
                self.recycle(frame);
                let stop = e.is_kind(ExcKind::StopIteration)
                    || (g.kind == GenKind::AsyncGenerator
                        && e.is_kind(ExcKind::StopAsyncIteration));
                if stop {
                    let re = Exc::new(
                        ExcKind::RuntimeError,
                        format!("{} raised {}", g.kind.name(), type_name(&e.value())),
                    );
                    re.obj().state.lock().cause = Some(e.value());
                    return Err(re);
                }
                Err(e)
            }
        }
    }

    /// `throw()`/`close()` on a generator suspended in `yield from d`: GeneratorExit closes
    /// `d` and then enters the outer frame; other exceptions go to `d.throw()` first.
    fn throw_to_delegate(&mut self, d: &Value, exc: Exc) -> PResult<Thrown> {
        if exc.is_kind(ExcKind::GeneratorExit) {
            let close = crate::objects::intern::intern("close");
            if let Ok(m) = self.get_attr(d, &close) {
                if let Err(e) = self.call0(&m) {
                    return Ok(Thrown::Raise(e));
                }
            }
            return Ok(Thrown::Raise(exc));
        }
        let r = match d.as_obj() {
            Some(Object::Generator(_)) => self.gen_resume(d, Value::None, Some(exc)),
            _ if crate::runtime::coroutine::own_awaitable(d) => {
                self.await_step(d, Value::None, Some(exc))
            }
            _ => match self.get_attr(d, &crate::objects::intern::intern("throw")) {
                Ok(m) => match self.call1(&m, exc.value()) {
                    Ok(v) => Ok(Step::Yield(v)),
                    Err(e) if e.is_kind(ExcKind::StopIteration) => Ok(Step::Return(stop_value(&e))),
                    Err(e) => Err(e),
                },
                Err(_) => return Ok(Thrown::Raise(exc)),
            },
        };
        Ok(match r {
            Ok(Step::Yield(v)) => Thrown::Yield(v),
            Ok(Step::Return(v)) => Thrown::Returned(v),
            Err(e) => Thrown::Raise(e),
        })
    }

    /// One step of `yield from it` with `sent`.
    pub fn delegate(&mut self, it: &Value, sent: Value) -> PResult<Step> {
        if let Some(v) = self.delegate_result.take() {
            return Ok(Step::Return(v));
        }
        let step = self.delegate_step(it, sent)?;
        if let Step::Yield(_) = step {
            self.last_delegate = Some(it.clone());
        }
        Ok(step)
    }

    fn delegate_step(&mut self, it: &Value, sent: Value) -> PResult<Step> {
        match it.as_obj() {
            Some(Object::Generator(_)) => return self.gen_resume(it, sent, None),
            Some(Object::NativeObj(_)) if crate::runtime::coroutine::own_awaitable(it) => {
                return self.await_step(it, sent, None)
            }
            // user iterators finish with StopIteration's value
            Some(Object::NativeObj(_) | Object::Instance(_) | Object::Derived(..)) => {
                let m = if matches!(sent, Value::None) {
                    "__next__"
                } else {
                    "send"
                };
                let m = self.get_attr(it, &crate::objects::intern::intern(m))?;
                let r = if matches!(sent, Value::None) {
                    self.call0(&m)
                } else {
                    self.call1(&m, sent)
                };
                return match r {
                    Ok(v) => Ok(Step::Yield(v)),
                    Err(e) if e.is_kind(ExcKind::StopIteration) => Ok(Step::Return(stop_value(&e))),
                    Err(e) => Err(e),
                };
            }
            _ => {}
        }
        if matches!(sent, Value::None) {
            return Ok(match self.next(it)? {
                Some(v) => Step::Yield(v),
                None => Step::Return(Value::None),
            });
        }
        let send = crate::objects::intern::intern("send");
        let m = self.get_attr(it, &send)?;
        match self.call1(&m, sent) {
            Ok(v) => Ok(Step::Yield(v)),
            Err(e) if e.is_kind(ExcKind::StopIteration) => Ok(Step::Return(stop_value(&e))),
            Err(e) => Err(e),
        }
    }

    /// `with mgr:` entry: the bound `__exit__` and the result of `__enter__()`.
    pub fn before_with(&mut self, mgr: &Value) -> PResult<(Value, Value)> {
        let t = types::type_of(mgr).clone();
        let (enter, exit) = match (
            types::lookup(&t, "__enter__"),
            types::lookup(&t, "__exit__"),
        ) {
            (Some(enter), Some(exit)) => (enter, exit),
            (enter, _) => {
                let missing = if enter.is_none() {
                    ""
                } else {
                    " (missed __exit__ method)"
                };
                return Err(type_error(format!(
                    "'{}' object does not support the context manager protocol{missing}",
                    type_name(mgr)
                )));
            }
        };
        // as in CPython, the methods come from the type; plain methods are called with the
        // manager in front, without making bound methods first
        let method = |a: &Value| match a.as_obj() {
            Some(Object::Function(_)) => true,
            Some(Object::Native(n)) => n.owner.is_some(),
            _ => false,
        };
        if !(method(&enter) && method(&exit)) {
            return self.enter_with(mgr);
        }
        let entered = self.call_with_self(&enter, mgr, &[], &[])?;
        let exit = Value::obj(Object::BoundMethod(mgr.clone(), exit));
        Ok((exit_with_tb(exit), entered))
    }

    fn enter_with(&mut self, mgr: &Value) -> PResult<(Value, Value)> {
        let exit = self.get_attr(mgr, &crate::objects::intern::intern("__exit__"))?;
        let enter = self.get_attr(mgr, &crate::objects::intern::intern("__enter__"))?;
        let entered = self.call0(&enter)?;
        Ok((exit_with_tb(exit), entered))
    }
}

/// The value a StopIteration carries (its first argument).
pub fn stop_value(e: &Exc) -> Value {
    match e.args().as_obj() {
        Some(Object::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

pub fn stop_with(v: Value) -> Exc {
    if matches!(v, Value::None) {
        Exc::bare(ExcKind::StopIteration)
    } else {
        Exc::with_args(types::exc_type(ExcKind::StopIteration).clone(), vec![v])
    }
}

pub(crate) fn gen_send(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (g, rest) = this(&a, "send", 1, 1)?;
    match vm.gen_resume(g, rest[0].clone(), None)? {
        Step::Yield(v) => Ok(v),
        Step::Return(v) => Err(stop_with(v)),
    }
}

fn gen_next(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (g, _) = this(&a, "__next__", 0, 0)?;
    match vm.gen_resume(g, Value::None, None)? {
        Step::Yield(v) => Ok(v),
        Step::Return(v) => Err(stop_with(v)),
    }
}

fn gen_iter(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (g, _) = this(&a, "__iter__", 0, 0)?;
    Ok(g.clone())
}

pub(crate) fn gen_throw(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (g, rest) = this(&a, "throw", 1, 3)?;
    let exc = match (&rest[0], rest.get(1)) {
        (t, Some(v)) if !matches!(v, Value::None) => {
            let inst = vm.call1(t, v.clone())?;
            vm.to_exc(inst)?
        }
        (v, _) => vm.to_exc(v.clone())?,
    };
    match vm.gen_resume(g, Value::None, Some(exc))? {
        Step::Yield(v) => Ok(v),
        Step::Return(v) => Err(stop_with(v)),
    }
}

pub(crate) fn gen_close(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (g, _) = this(&a, "close", 0, 0)?;
    close(vm, g)
}

/// `g.close()`: throws GeneratorExit into a suspended generator (what finalizing one does).
pub fn close(vm: &mut Vm, g: &Value) -> PResult<Value> {
    {
        let mut inner = gen_of(g)?.inner.lock();
        if matches!(inner.state, GenState::Created | GenState::Finished) {
            inner.state = GenState::Finished;
            return Ok(Value::None);
        }
    }
    match vm.gen_resume(g, Value::None, Some(Exc::bare(ExcKind::GeneratorExit))) {
        Ok(Step::Yield(_)) => Err(Exc::new(
            ExcKind::RuntimeError,
            format!("{} ignored GeneratorExit", gen_of(g)?.kind.name()),
        )),
        Ok(Step::Return(_)) => Ok(Value::None),
        Err(e) if e.is_kind(ExcKind::GeneratorExit) || e.is_kind(ExcKind::StopIteration) => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

/// A `with` block's exit: calls go through `with_exit`, which supplies the traceback argument.
pub fn exit_with_tb(exit: Value) -> Value {
    Value::obj(Object::BoundMethod(exit, with_exit_fn()))
}

fn with_exit_fn() -> Value {
    static F: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let f = Value::obj(Object::Native(crate::objects::object::NativeFn {
            name: "__exit__",
            f: with_exit,
            owner: None,
        }));
        // shared by every thread for the whole run
        f.immortalize();
        f
    })
    .clone()
}

/// `exit(type, value, tb)` for a `with` block: calls the manager's bound `__exit__`, giving it
/// the exception's traceback object as `tb`.
fn with_exit(vm: &mut Vm, a: Args) -> PResult<Value> {
    let [exit, t, v, _] = a.pos else {
        return Err(type_error("__exit__ expected 3 arguments"));
    };
    let tb = match v.as_obj() {
        Some(Object::Exception(e)) => crate::runtime::traceback::traceback_of(e),
        _ => Value::None,
    };
    vm.call(exit, &[t.clone(), v.clone(), tb], &[])
}
