//! `sys.settrace` and `sys.setprofile`: the hooks that tracers, profilers and coverage tools
//! are built on, with CPython's events and frame objects.
//!
//! A frame entered while its thread has a hook set (`Vm::hooks_on`) gets a [`FrameHooks`], and
//! `run_frame` runs it in the traced instance of `execute` (`execute::<true>`), which calls
//! [`Vm::trace_step`] before each instruction of a frame with hooks: the frame's `call`; `line`
//! when the line changes or a jump goes back; `return` before a return or a yield; the profile
//! function's `c_call` before a native function is called and `c_return` after. Exceptions fire
//! from `catch` (`exception`, then `return` when one leaves the frame). While a hook is set,
//! Python calls are not made inline (`push_call` declines), so that each hooked frame starts in
//! a `run_frame` of its own. `execute::<false>`, which runs everything else, has no test per
//! instruction: until a hook is set, tracing costs one test per call.
//!
//! Frame objects are snapshots: a frame's object takes its line and locals at each event and
//! each new line, and keeps the last ones after the frame is gone. `f_back` is the object of
//! the hooked frame that was running when this one was entered (the frame that set a hook, and
//! the frames that called it inline, are taken in by `adopt` when the call that set it returns).

use crate::compiler::code::Code;
use crate::compiler::opcode::Op;
use crate::objects::dict::DictMap;
use crate::objects::intern::intern;
use crate::objects::object::{NativeObj, Object, TypeKind};
use crate::objects::types;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{attr_error, Exc};
use crate::runtime::sync::{Lock, ReadMostly, Ref};
use crate::runtime::vm::{Args, Frame, PResult, Vm};

/// A thread's hooks (kept in its `Vm`).
#[derive(Default)]
pub(crate) struct Hooks {
    pub(crate) trace: Option<Value>,
    pub(crate) profile: Option<Value>,
    /// A hook is running: what it runs fires no events.
    busy: bool,
    /// The objects of the hooked frames now running, outermost first.
    shadow: Vec<ObjRef>,
    /// How many times `sys.setprofile` was called.
    profile_set: u64,
    /// A hook was just set: the running frame and its callers are to be taken in (`adopt`).
    adopt: bool,
    /// The frame objects `sys._getframe` gave out, to be filled in (`fill_requests`).
    requests: Vec<FrameRequest>,
}

/// A frame object `sys._getframe(back)` returned, empty until the call returns to `execute`,
/// which fills it in from the running frame (`depth` is the `Vm`'s depth at the call).
struct FrameRequest {
    obj: ObjRef,
    back: usize,
    depth: u32,
}

/// What a frame entered under a hook keeps.
#[derive(Default)]
pub(crate) struct FrameHooks {
    /// The frame object, made at the frame's first event.
    obj: Option<ObjRef>,
    /// The `call` event is due at the next instruction.
    pending: bool,
    /// The profile function saw the call, so it sees the return.
    profiled: bool,
    /// The instruction that ran last, and its line (for `line` events).
    prev: Option<usize>,
    line: u32,
    /// A native function called under the profile function (as the profile function's
    /// `Hooks::profile_set` was then): its `c_return` is due, to that same profile function.
    c_func: Option<(Value, u64)>,
    /// The trace function asked for `opcode` events (`f_trace_opcodes`, read once a line).
    opcodes: bool,
}

/// Gives a frame entered while a hook is set its `FrameHooks`, its `call` event due.
#[cold]
#[inline(never)]
pub(crate) fn mark(f: &mut Frame) {
    f.hooks.get_or_insert_with(Default::default).pending = true;
}

/// What `execute::<false>` returns to hand its frame over to `execute::<true>` (a hook was
/// set): never raised, never seen by a program.
pub(crate) fn handoff() -> Exc {
    static HANDOFF: std::sync::OnceLock<Exc> = std::sync::OnceLock::new();
    HANDOFF
        .get_or_init(|| {
            let e = Exc::new(types::ExcKind::SystemError, "trace handoff");
            e.value().immortalize();
            e
        })
        .clone()
}

pub(crate) fn is_handoff(e: &Exc) -> bool {
    e.same(&handoff())
}

/// Drops what a finished frame kept for the hooks (out of line: the pool's path stays short).
/// Its object lets go of itself where its locals showed it (`fr = sys._getframe()` taken
/// twice): frame objects are not collected, so that cycle would never be freed.
#[cold]
#[inline(never)]
pub(crate) fn forget(f: &mut Frame) {
    let Some(obj) = f.hooks.take().and_then(|h| h.obj) else {
        return;
    };
    let mut guard = frame_data(&obj).state.lock();
    let st = &mut *guard;
    for v in st.locals.iter_mut().chain(st.cells.iter_mut()) {
        if matches!(v, Some(Value::Obj(o)) if ObjRef::ptr_eq(o, &obj)) {
            *v = None;
        }
    }
}

fn hooks_of(f: &mut Frame) -> &mut FrameHooks {
    f.hooks.get_or_insert_with(Default::default)
}

#[derive(Clone, Copy, PartialEq)]
enum Which {
    Trace,
    Profile,
}

impl Vm {
    /// Before instruction `op` at `f.ip - 1` of a hooked frame (in `execute::<true>`): fires
    /// the events due there.
    #[inline(never)]
    pub(crate) fn trace_step(&mut self, f: &mut Frame, code: &Code, op: Op) -> PResult<()> {
        let i = f.ip - 1;
        if self.hooks.busy || (self.hooks.trace.is_none() && self.hooks.profile.is_none()) {
            return Ok(());
        }
        let h = hooks_of(f);
        if h.c_func.is_some() || h.pending {
            if let Some(func) = self.due_c_func(f) {
                self.fire(f, Which::Profile, "c_return", func)?;
            }
            if hooks_of(f).pending {
                self.hook_enter(f, i)?;
            }
        }
        let line = code.line_at(i);
        if let Op::Jump(t) = op {
            // a loop's closing jump carries the loop's line, which the jump's target then
            // shows (CPython gives it the body's last line instead): no line of its own
            if (t as usize) < i && code.line_at(t as usize) == line {
                return Ok(());
            }
        }
        let h = hooks_of(f);
        let new_line = match h.prev.replace(i) {
            None => true,
            Some(p) => i < p || line != h.line,
        };
        h.line = line;
        if new_line {
            // (what the frame's trace function asks for, seen once a line)
            let (lines, opcodes) = self.wants(f);
            hooks_of(f).opcodes = opcodes;
            // (the line always, for the `f_back` of what the frame calls)
            self.snapshot(f, line, lines);
            if lines {
                self.fire(f, Which::Trace, "line", Value::None)?;
            }
        }
        if hooks_of(f).opcodes {
            self.fire(f, Which::Trace, "opcode", Value::None)?;
        }
        match op {
            Op::ReturnValue(_) | Op::YieldValue(_) => {
                let v = f.stack.last().cloned().unwrap_or(Value::None);
                self.exit_events(f, v)?;
            }
            Op::Call(n) | Op::CallMethod(n) | Op::CallKw(n) if self.hooks.profile.is_some() => {
                if let Some(func) = native_callee(&f.stack, op, n as usize) {
                    self.fire(f, Which::Profile, "c_call", func.clone())?;
                    hooks_of(f).c_func = Some((func, self.hooks.profile_set));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Fires a frame's `call` (its entry, or a generator's resumption) with `i` its next
    /// instruction: the global trace function's result becomes the frame's own.
    pub(crate) fn hook_enter(&mut self, f: &mut Frame, i: usize) -> PResult<()> {
        let h = hooks_of(f);
        h.pending = false;
        let line = match i {
            0 => f.code.first_line,
            _ => f.code.line_at(i - 1),
        };
        let back = self.hooks.shadow.last().map(|o| Value::Obj(o.clone()));
        let obj = self.snapshot(f, line, true);
        frame_data(&obj).state.lock().back = back.unwrap_or(Value::None);
        self.hooks.shadow.push(obj.clone());
        let r = self.call_events(f, &obj);
        if r.is_err()
            && self
                .hooks
                .shadow
                .last()
                .is_some_and(|o| ObjRef::ptr_eq(o, &obj))
        {
            // (the frame does not run: it is no caller of what comes next)
            self.hooks.shadow.pop();
        }
        r
    }

    fn call_events(&mut self, f: &mut Frame, obj: &ObjRef) -> PResult<()> {
        if let Some(t) = self.hooks.trace.clone() {
            let r = self.call_hook(Which::Trace, &t, obj, "call", Value::None)?;
            if !matches!(r, Value::None) {
                frame_data(obj).state.lock().trace = r;
            }
        }
        if let Some(p) = self.hooks.profile.clone() {
            self.call_hook(Which::Profile, &p, obj, "call", Value::None)?;
            hooks_of(f).profiled = true;
        }
        Ok(())
    }

    /// The native function whose `c_return` or `c_exception` is due, unless the profile
    /// function changed since its `c_call`.
    fn due_c_func(&self, f: &mut Frame) -> Option<Value> {
        let (func, set) = hooks_of(f).c_func.take()?;
        (set == self.hooks.profile_set).then_some(func)
    }

    /// `exc` was raised in (or came up into) hooked frame `f`: the profile function's
    /// `c_exception` when a native call raised it, then the frame's `exception`. What a hook
    /// raises instead replaces it.
    pub(crate) fn hook_exception(&mut self, f: &mut Frame, exc: Exc) -> Exc {
        if self.hooks.busy {
            return exc;
        }
        if let Some(func) = self.due_c_func(f) {
            if let Err(e) = self.fire(f, Which::Profile, "c_exception", func) {
                return e;
            }
        }
        if self.local_tracer(f).is_none() {
            return exc;
        }
        let line = f.code.line_at(f.ip.saturating_sub(1));
        self.snapshot(f, line, true);
        let tb = crate::runtime::traceback::traceback_of(exc.obj());
        let arg = Value::tuple(vec![Value::Obj(exc.class().clone()), exc.value(), tb]);
        match self.fire(f, Which::Trace, "exception", arg) {
            Ok(()) => exc,
            Err(e) => e,
        }
    }

    /// The `return` events of hooked frame `f`, which yields `v` or leaves by an exception
    /// (None); what a hook raises here is dropped (the hook is unset, as on any error).
    pub(crate) fn hook_exit(&mut self, f: &mut Frame, v: Option<&Value>) {
        let _ = self.exit_events(f, v.cloned().unwrap_or(Value::None));
    }

    fn exit_events(&mut self, f: &mut Frame, v: Value) -> PResult<()> {
        if self.hooks.busy {
            return Ok(());
        }
        let h = hooks_of(f);
        let profiled = std::mem::take(&mut h.profiled);
        if let Some(obj) = h.obj.clone() {
            if self
                .hooks
                .shadow
                .last()
                .is_some_and(|o| ObjRef::ptr_eq(o, &obj))
            {
                self.hooks.shadow.pop();
            }
        }
        if self.local_tracer(f).is_some() {
            self.fire(f, Which::Trace, "return", v.clone())?;
        }
        if profiled {
            self.fire(f, Which::Profile, "return", v)?;
        }
        // The frame object lets go of the locals it showed: they may hold what holds the
        // object (a generator whose frame's `f_back` it is), and frame objects are not
        // collected. The next event takes them again.
        if let Some(obj) = f.hooks.as_ref().and_then(|h| h.obj.as_ref()) {
            let mut st = frame_data(obj).state.lock();
            st.locals.clear();
            st.cells.clear();
            st.namespace = None;
        }
        Ok(())
    }

    /// After a native call that set `retrace` returned to `execute` running `f`: fills in the
    /// frame objects `sys._getframe` gave out, and `adopt`s the running frame when a hook was
    /// set. True when `execute::<false>` is to hand the frame over to `execute::<true>`.
    #[cold]
    #[inline(never)]
    pub(crate) fn retrace_running(&mut self, f: &mut Frame) -> PResult<bool> {
        self.retrace = false;
        if !self.hooks.requests.is_empty() {
            self.fill_requests(f)?;
        }
        if !std::mem::take(&mut self.hooks.adopt) {
            return Ok(false);
        }
        self.adopt(f);
        Ok(true)
    }

    /// Takes in the frame that called the native function which set a hook, and the frames
    /// that called it inline, as if entered under the hook (without their `call`): so that
    /// they are the `f_back` of what they call, and see their returns.
    fn adopt(&mut self, f: &mut Frame) {
        let mut callers = vec![];
        let mut p = f.caller;
        while !p.is_null() {
            callers.push(p);
            // SAFETY: a frame's `caller` is a frame of this Vm that called it inline and
            // waits for it to return (in `callees`, or the entry of the same `run_frame`);
            // `execute` holds only the running frame, so nothing else borrows it now.
            p = unsafe { (*p).caller };
        }
        for &p in callers.iter().rev() {
            // SAFETY: as above.
            self.adopt_one(unsafe { &mut *p });
        }
        self.adopt_one(f);
    }

    fn adopt_one(&mut self, f: &mut Frame) {
        // (a frame taken in before the hooks were last unset is taken in again)
        if let Some(obj) = f.hooks.as_ref().and_then(|h| h.obj.as_ref()) {
            if self.hooks.shadow.iter().any(|o| ObjRef::ptr_eq(o, obj)) {
                return;
            }
        }
        let i = f.ip.saturating_sub(1);
        let line = f.code.line_at(i);
        let profiled = self.hooks.profile.is_some();
        let h = hooks_of(f);
        h.prev = Some(i);
        h.line = line;
        // (the profile function sees the return of a frame it did not see called, as in CPython)
        h.profiled = profiled;
        let back = self.hooks.shadow.last().map(|o| Value::Obj(o.clone()));
        let obj = self.snapshot(f, line, true);
        frame_data(&obj).state.lock().back = back.unwrap_or(Value::None);
        self.hooks.shadow.push(obj);
    }

    /// The frame's object, made if need be, with its line (and, `with_locals`, its locals)
    /// brought up to date.
    fn snapshot(&mut self, f: &mut Frame, line: u32, with_locals: bool) -> ObjRef {
        snapshot(f, line, with_locals)
    }

    /// Fills in the frame objects `sys._getframe` gave out while `f` was running (or in a
    /// frame that has since returned): each one the frame it asked for, `back` calls above
    /// `f`, with the `f_back` links of the frames on the way. A request made deeper (its
    /// object went into Python code run by a native function) waits for its frame's turn.
    fn fill_requests(&mut self, f: &mut Frame) -> PResult<()> {
        let (now, later): (Vec<_>, Vec<_>) = std::mem::take(&mut self.hooks.requests)
            .into_iter()
            .partition(|r| r.depth >= self.depth);
        if !later.is_empty() {
            self.hooks.requests = later;
            self.retrace = true;
        }
        for r in now {
            let obj = self.frame_chain(f, r.back)?;
            // a direct call's result is the frame's own object (one per frame, as CPython's)
            match f.stack.last_mut() {
                Some(Value::Obj(top)) if ObjRef::ptr_eq(top, &r.obj) => *top = obj,
                _ => copy_frame(&r.obj, &obj),
            }
        }
        Ok(())
    }

    /// The object of the frame `back` calls above `f` (`f` itself for 0). The objects of `f`
    /// and of the frames that called it inline are brought up to date and linked by
    /// `f_back`; past them, the `f_back` links a hook recorded are followed. ValueError when
    /// the stack is not that deep.
    fn frame_chain(&mut self, f: &mut Frame, back: usize) -> PResult<ObjRef> {
        let mut chain = vec![snapshot_running(f)];
        let mut p = f.caller;
        while !p.is_null() {
            // SAFETY: as in `adopt`: a caller waits for the call to return, and nothing else
            // borrows it while the running frame's native call returns.
            let c = unsafe { &mut *p };
            p = c.caller;
            let o = snapshot_running(c);
            if let Some(last) = chain.last() {
                frame_data(last).state.lock().back = Value::Obj(o.clone());
            }
            chain.push(o);
        }
        let mut obj = chain[back.min(chain.len() - 1)].clone();
        for _ in chain.len() - 1..back {
            let next = frame_data(&obj).state.lock().back.clone();
            obj = match next {
                Value::Obj(o) => o,
                _ => {
                    return Err(Exc::new(
                        types::ExcKind::ValueError,
                        "call stack is not deep enough",
                    ))
                }
            };
        }
        Ok(obj)
    }

    /// Whether the frame's trace function gets line events and opcode events now.
    fn wants(&self, f: &Frame) -> (bool, bool) {
        let Some(obj) = f.hooks.as_ref().and_then(|h| h.obj.as_ref()) else {
            return (false, false);
        };
        if self.hooks.trace.is_none() {
            return (false, false);
        }
        let st = frame_data(obj).state.lock();
        match st.trace {
            Value::None => (false, false),
            _ => (st.trace_lines, st.trace_opcodes),
        }
    }

    /// The frame's own trace function, when a global one is set.
    fn local_tracer(&self, f: &Frame) -> Option<Value> {
        self.hooks.trace.as_ref()?;
        let obj = f.hooks.as_ref()?.obj.as_ref()?;
        match &frame_data(obj).state.lock().trace {
            Value::None => None,
            t => Some(t.clone()),
        }
    }

    /// Calls the frame's trace function (`Which::Trace`, whose result becomes the frame's
    /// own unless None) or the profile function.
    fn fire(&mut self, f: &mut Frame, which: Which, event: &str, arg: Value) -> PResult<()> {
        let Some(obj) = f.hooks.as_ref().and_then(|h| h.obj.clone()) else {
            return Ok(());
        };
        let func = match which {
            Which::Trace => match self.local_tracer(f) {
                Some(t) => t,
                None => return Ok(()),
            },
            Which::Profile => match &self.hooks.profile {
                Some(p) => p.clone(),
                None => return Ok(()),
            },
        };
        let r = self.call_hook(which, &func, &obj, event, arg)?;
        if which == Which::Trace && event != "return" && !matches!(r, Value::None) {
            frame_data(&obj).state.lock().trace = r;
        }
        Ok(())
    }

    /// Runs a hook with the thread's hooks off; one that raises is unset (and a trace
    /// function's frame forgets its own), as in CPython.
    fn call_hook(
        &mut self,
        which: Which,
        func: &Value,
        obj: &ObjRef,
        event: &str,
        arg: Value,
    ) -> PResult<Value> {
        self.hooks.busy = true;
        self.hooks_on = false;
        let args = [Value::Obj(obj.clone()), event_name(event), arg];
        let r = self.call(func, &args, &[]);
        self.hooks.busy = false;
        if r.is_err() {
            match which {
                Which::Trace => {
                    self.hooks.trace = None;
                    frame_data(obj).state.lock().trace = Value::None;
                }
                Which::Profile => self.hooks.profile = None,
            }
        }
        self.hooks_changed();
        r
    }

    /// After `sys.settrace` or `sys.setprofile`: the running frames are taken in when the
    /// call returns, if a hook is set.
    fn hook_set(&mut self) {
        let any = self.hooks.trace.is_some() || self.hooks.profile.is_some();
        self.hooks.adopt = any && !self.hooks.busy;
        self.retrace = self.hooks.adopt || !self.hooks.requests.is_empty();
        self.hooks_changed();
    }

    /// After a hook was set or unset.
    fn hooks_changed(&mut self) {
        let any = self.hooks.trace.is_some() || self.hooks.profile.is_some();
        self.hooks_on = any && !self.hooks.busy;
        if !any {
            self.hooks.shadow.clear();
        }
    }
}

/// The event's name, interned once.
fn event_name(event: &str) -> Value {
    const EVENTS: [&str; 8] = [
        "call",
        "line",
        "return",
        "exception",
        "opcode",
        "c_call",
        "c_return",
        "c_exception",
    ];
    static NAMES: std::sync::OnceLock<Vec<Value>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| EVENTS.iter().map(|e| intern(e)).collect());
    match EVENTS.iter().position(|e| *e == event) {
        Some(i) => names[i].clone(),
        None => intern(event),
    }
}

/// A native function about to be called by `op` (`Call`, `CallMethod`, `CallKw` with `n`),
/// bound to its object for a method, as the profile function's `c_call` shows it.
fn native_callee(stack: &[Value], op: Op, n: usize) -> Option<Value> {
    let native = |v: &Value| match v.as_obj() {
        Some(Object::Native(_)) => true,
        Some(o @ Object::NativeObj(_)) => crate::objects::class::is_native_method(o),
        _ => false,
    };
    let len = stack.len();
    let helper = |i: usize| {
        stack
            .get(i)
            .is_some_and(|f| f.is(&crate::builtins::call_unpacked_fn()))
    };
    match op {
        // `f(*args, **kw)` calls the compiler's helper with `f` first
        Op::Call(3) if len >= 4 && helper(len - 4) => {
            stack.get(len - 3).filter(|v| native(v)).cloned()
        }
        Op::Call(_) => stack
            .get(len.checked_sub(n + 1)?)
            .filter(|v| native(v))
            .cloned(),
        Op::CallKw(_) => stack
            .get(len.checked_sub(n + 2)?)
            .filter(|v| native(v))
            .cloned(),
        _ => {
            let sp = len.checked_sub(n + 2)?;
            let (m, me) = (stack.get(sp)?, stack.get(sp + 1)?);
            if !native(m) {
                return None;
            }
            Some(match crate::runtime::vm::is_null_marker(me) {
                true => m.clone(),
                false => Value::obj(Object::BoundMethod(me.clone(), m.clone())),
            })
        }
    }
}

// ---------------------------------------------------------------- frame objects

/// A frame object's contents: its code and globals (set once: a frame object
/// `sys._getframe` gave out gets them when it is filled in), and what changes.
struct FrameData {
    head: std::sync::OnceLock<(Ref<Code>, ObjRef)>,
    state: Lock<FrameState>,
}

#[derive(Clone)]
struct FrameState {
    lineno: u32,
    lasti: usize,
    locals: Vec<Option<Value>>,
    /// The contents of the frame's cells: cell variables, then free ones.
    cells: Vec<Option<Value>>,
    namespace: Option<ObjRef>,
    back: Value,
    trace: Value,
    trace_lines: bool,
    trace_opcodes: bool,
}

fn frame_type() -> &'static ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        types::make_type(
            "frame",
            Some(&types::types().object),
            TypeKind::Object,
            &[("__repr__", frame_repr)],
        )
    })
}

/// A frame object; `head` None for one to be filled in.
fn new_frame_object(head: Option<(Ref<Code>, ObjRef)>) -> ObjRef {
    let state = FrameState {
        lineno: head.as_ref().map_or(0, |(c, _)| c.first_line),
        lasti: 0,
        locals: vec![],
        cells: vec![],
        namespace: None,
        back: Value::None,
        trace: Value::None,
        trace_lines: true,
        trace_opcodes: false,
    };
    let cell = std::sync::OnceLock::new();
    if let Some(h) = head {
        let _ = cell.set(h);
    }
    ObjRef::new(Object::NativeObj(NativeObj {
        class: frame_type().clone(),
        data: Box::new(FrameData {
            head: cell,
            state: Lock::new(state),
        }),
    }))
}

/// Frame `f`'s object (kept with the frame, made if need be), with its line (and,
/// `with_locals`, its locals) brought up to date.
fn snapshot(f: &mut Frame, line: u32, with_locals: bool) -> ObjRef {
    let obj = match f.hooks.as_ref().and_then(|h| h.obj.as_ref()) {
        Some(o) => o.clone(),
        None => {
            let o = new_frame_object(Some((f.code.clone(), f.globals.clone())));
            hooks_of(f).obj = Some(o.clone());
            o
        }
    };
    let mut st = frame_data(&obj).state.lock();
    st.lineno = line;
    st.lasti = f.ip.saturating_sub(1);
    if with_locals {
        let nvars = f.code.varnames.len().min(f.locals.len());
        st.locals.clear();
        st.locals.extend_from_slice(&f.locals[..nvars]);
        st.cells.clear();
        st.cells.extend(f.cells.iter().map(|c| match &**c {
            Object::Cell(l) => l.lock().clone(),
            _ => None,
        }));
        st.namespace.clone_from(&f.namespace);
    }
    drop(st);
    obj
}

/// `snapshot` of a frame that is running or waits for a call to return: its line is the
/// last instruction's (the call's); a frame not yet started shows its `def` line.
fn snapshot_running(f: &mut Frame) -> ObjRef {
    let line = match f.ip {
        0 => f.code.first_line,
        i => f.code.line_at(i - 1),
    };
    snapshot(f, line, true)
}

/// Fills in frame object `dst`, which `sys._getframe` gave out, as a copy of `src`.
fn copy_frame(dst: &ObjRef, src: &ObjRef) {
    let (d, s) = (frame_data(dst), frame_data(src));
    if let Some(h) = s.head.get() {
        let _ = d.head.set(h.clone());
    }
    let st = s.state.lock().clone();
    *d.state.lock() = st;
}

fn frame_data(o: &ObjRef) -> &FrameData {
    match &**o {
        Object::NativeObj(n) => match n.data.downcast_ref::<FrameData>() {
            Some(d) => d,
            None => unreachable!("frame objects hold FrameData"),
        },
        _ => unreachable!("frame objects are native objects"),
    }
}

/// Whether `v` is a frame object.
pub(crate) fn is_frame(v: &Value) -> bool {
    as_frame(v).is_some()
}

fn as_frame(v: &Value) -> Option<&FrameData> {
    match v.as_obj()? {
        Object::NativeObj(n) => n.data.downcast_ref::<FrameData>(),
        _ => None,
    }
}

fn frame_repr(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let Some(d) = a.pos.first().and_then(as_frame) else {
        return Err(crate::runtime::exc::type_error("descriptor needs a frame"));
    };
    let addr = a
        .pos
        .first()
        .and_then(|v| v.as_obj())
        .map(|o| o as *const _ as usize);
    let (file, name) = match d.head.get() {
        Some((c, _)) => (c.source.filename.as_str(), c.name.as_str()),
        None => ("?", "?"),
    };
    Ok(Value::str(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        addr.unwrap_or(0),
        file,
        d.state.lock().lineno,
        name
    )))
}

/// `frame.f_*`.
pub(crate) fn frame_attr(v: &Value, name: &str) -> Option<Value> {
    let d = as_frame(v)?;
    // (a frame object not filled in yet shows None: see `FrameRequest`)
    let Some((code, globals)) = d.head.get() else {
        return name.starts_with("f_").then_some(Value::None);
    };
    let st = d.state.lock();
    Some(match name {
        "f_code" => Value::obj(Object::Code(code.clone())),
        "f_lineno" => Value::Int(st.lineno as i64),
        "f_lasti" => Value::Int(2 * st.lasti as i64),
        "f_globals" => Value::Obj(globals.clone()),
        "f_back" => st.back.clone(),
        "f_trace" => st.trace.clone(),
        "f_trace_lines" => Value::bool(st.trace_lines),
        "f_trace_opcodes" => Value::bool(st.trace_opcodes),
        "f_locals" => locals_of(code, globals, &st),
        "f_builtins" => {
            let b = crate::runtime::vm::dict_of(globals).get_str_cloned("__builtins__");
            // (the main module's `__builtins__` is the module)
            match b.as_ref().and_then(crate::modules::module_dict) {
                Some(d) => Value::Obj(d),
                None => b.unwrap_or(Value::None),
            }
        }
        _ => return None,
    })
}

/// `frame.f_locals`: the namespace itself at module and class level, else a new dict of the
/// bound names.
fn locals_of(code: &Code, globals: &ObjRef, st: &FrameState) -> Value {
    if let Some(ns) = &st.namespace {
        return Value::Obj(ns.clone());
    }
    if code.flags & crate::compiler::code::FLAG_NAMESPACE != 0 {
        return Value::Obj(globals.clone());
    }
    let mut m = DictMap::new();
    let names = code.varnames.iter().zip(st.locals.iter());
    let cell_names = code.cellvars.iter().chain(code.freevars.iter());
    for (name, v) in names.chain(cell_names.zip(st.cells.iter())) {
        if let Some(v) = v {
            crate::builtins::put(&mut m, name, v.clone());
        }
    }
    Value::obj(Object::Dict(ReadMostly::new(m)))
}

/// `frame.f_trace = ...` and the other settable attributes; None for other names.
pub(crate) fn frame_setattr(v: &Value, name: &str, value: Value) -> Option<PResult<()>> {
    let d = as_frame(v)?;
    let mut st = d.state.lock();
    match name {
        "f_trace" => st.trace = value,
        "f_trace_lines" => {
            st.trace_lines =
                !matches!(value, Value::None | Value::Int(0)) && !value.is(&Value::bool(false))
        }
        "f_trace_opcodes" => {
            st.trace_opcodes =
                !matches!(value, Value::None | Value::Int(0)) && !value.is(&Value::bool(false))
        }
        "f_lineno" => {
            return Some(Err(Exc::new(
                types::ExcKind::ValueError,
                "f_lineno can only be set by a trace function",
            )))
        }
        _ => {
            return Some(Err(attr_error(format!(
                "'frame' object has no attribute '{name}'"
            ))))
        }
    }
    Some(Ok(()))
}

/// `code.co_*`.
pub(crate) fn code_attr(code: &Code, name: &str) -> Option<Value> {
    let names = |v: &[String]| Value::tuple(v.iter().map(Value::str).collect());
    Some(match name {
        "co_name" => Value::str(&code.name),
        "co_qualname" => Value::str(&code.qualname),
        "co_filename" => Value::str(&code.source.filename),
        "co_firstlineno" => Value::Int(code.first_line as i64),
        "co_argcount" => Value::Int(code.argcount as i64),
        "co_posonlyargcount" => Value::Int(code.posonlycount as i64),
        "co_kwonlyargcount" => Value::Int(code.kwonlycount as i64),
        "co_nlocals" => Value::Int(code.varnames.len() as i64),
        "co_varnames" => names(&code.varnames),
        // global, import and attribute names, each once
        "co_names" => {
            let mut seen: Vec<Value> = vec![];
            for n in code.names.iter().chain(code.attr_names.iter()) {
                if !seen.iter().any(|s| s.as_str() == n.as_str()) {
                    seen.push(n.clone());
                }
            }
            Value::tuple(seen)
        }
        "co_consts" => {
            let mut consts = code.consts.to_vec();
            // a def's first constant is its docstring, or None (as CPython's)
            let def = code.flags & crate::compiler::code::FLAG_NAMESPACE == 0
                && !code.name.starts_with('<');
            if def {
                let doc = code.doc.as_deref();
                consts.retain(|c| match c {
                    Value::None => doc.is_some(),
                    _ => c.as_str().is_none() || c.as_str() != doc,
                });
                consts.insert(0, doc.map(Value::str).unwrap_or(Value::None));
            }
            Value::tuple(consts)
        }
        "co_cellvars" => names(&code.cellvars),
        "co_freevars" => names(&code.freevars),
        "co_flags" => {
            use crate::compiler::code::{
                FLAG_ASYNC_GENERATOR, FLAG_COROUTINE, FLAG_GENERATOR, FLAG_NAMESPACE, FLAG_VARARGS,
                FLAG_VARKW,
            };
            // CPython's bits: optimized and new locals, *args, **kwargs, nested, generator
            let mut bits = 0;
            if code.flags & FLAG_NAMESPACE == 0 {
                bits |= 0x3;
            }
            if code.flags & FLAG_VARARGS != 0 {
                bits |= 0x4;
            }
            if code.flags & FLAG_VARKW != 0 {
                bits |= 0x8;
            }
            if !code.freevars.is_empty() {
                bits |= 0x10;
            }
            if code.flags & FLAG_COROUTINE != 0 {
                bits |= 0x80;
            } else if code.flags & FLAG_ASYNC_GENERATOR != 0 {
                bits |= 0x200;
            } else if code.flags & FLAG_GENERATOR != 0 {
                bits |= 0x20;
            }
            Value::Int(bits)
        }
        _ => return None,
    })
}

// ---------------------------------------------------------------- sys functions

fn hook_arg(a: &Args, name: &str) -> PResult<Option<Value>> {
    a.check(name, 1, 1, &[])?;
    Ok(match &a.pos[0] {
        Value::None => None,
        f => Some(f.clone()),
    })
}

/// `sys.settrace(func)`: the global trace function of this thread (None unsets it).
pub(crate) fn sys_settrace(vm: &mut Vm, a: Args) -> PResult<Value> {
    vm.hooks.trace = hook_arg(&a, "settrace")?;
    vm.hook_set();
    Ok(Value::None)
}

/// `sys.setprofile(func)`: the profile function of this thread (None unsets it).
pub(crate) fn sys_setprofile(vm: &mut Vm, a: Args) -> PResult<Value> {
    vm.hooks.profile = hook_arg(&a, "setprofile")?;
    vm.hooks.profile_set += 1;
    vm.hook_set();
    Ok(Value::None)
}

pub(crate) fn sys_gettrace(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("gettrace", 0, 0, &[])?;
    Ok(vm.hooks.trace.clone().unwrap_or(Value::None))
}

pub(crate) fn sys_getprofile(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("getprofile", 0, 0, &[])?;
    Ok(vm.hooks.profile.clone().unwrap_or(Value::None))
}

/// `sys._getframe(depth=0)`: the frame object of the caller, or of the frame `depth` calls
/// above it. The running frames are not to be read from here (`execute` holds the caller's
/// frame while it calls a native function), so the object is returned empty and filled in
/// by `execute` as soon as the call returns (`retrace_running`), before any Python code
/// can see it.
pub(crate) fn sys_getframe(vm: &mut Vm, a: Args) -> PResult<Value> {
    if !a.kw.is_empty() {
        return Err(crate::runtime::exc::type_error(
            "sys._getframe() takes no keyword arguments",
        ));
    }
    a.check("_getframe", 0, 1, &[])?;
    // (a C int in CPython; a negative depth is the caller's own frame)
    let back = match a.pos.first() {
        Some(v) => match crate::objects::strmethods::ssize_arg(v).map(i32::try_from) {
            Ok(Ok(n)) => n.max(0) as usize,
            Err(e) if !e.is_kind(types::ExcKind::OverflowError) => return Err(e),
            _ => {
                return Err(Exc::new(
                    types::ExcKind::OverflowError,
                    "Python int too large to convert to C int",
                ))
            }
        },
        None => 0,
    };
    let obj = new_frame_object(None);
    vm.hooks.requests.push(FrameRequest {
        obj: obj.clone(),
        back,
        depth: vm.depth,
    });
    vm.retrace = true;
    Ok(Value::Obj(obj))
}

/// `generator.gi_frame` (and `cr_frame`, `ag_frame`): the object of a suspended frame, with
/// no `f_back` as in CPython.
pub(crate) fn suspended_frame(f: &mut Frame) -> Value {
    let obj = snapshot_running(f);
    frame_data(&obj).state.lock().back = Value::None;
    Value::Obj(obj)
}

/// `tb.tb_frame`: a frame object with the code, globals and line of a traceback entry (its
/// locals are not kept, and it has no `f_back`).
pub(crate) fn traceback_frame(code: Ref<Code>, globals: ObjRef, line: u32) -> Value {
    let obj = new_frame_object(Some((code, globals)));
    frame_data(&obj).state.lock().lineno = line;
    Value::Obj(obj)
}
