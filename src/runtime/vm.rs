//! The virtual machine: one `Vm` per running thread executes frames of bytecode. The dispatch
//! loop keeps each instruction's arm short and calls named helpers (in `ops`, `seq`, `attr`,
//! `builtins`) for anything longer.

use crate::compiler::code::{Code, FLAG_VARARGS, FLAG_VARKW};
use crate::compiler::opcode::{Op, IMPORT_NAME_MASK};
use crate::objects::dict::{namespace_version, DictMap, Namespace};
use crate::objects::object::{Function, Object, TbEntry};
use crate::objects::types::{self, ExcKind};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{type_error, Exc};
use crate::runtime::sync::{Lock, ReadMostly, Ref};
use std::io::Write as _;
use std::sync::Arc;

pub type PResult<T> = Result<T, Exc>;

/// Arguments to a native function: positional values and keyword (name, value) pairs.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Value, Value)],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw: &[] }
    }

    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kw
            .iter()
            .find(|(k, _)| k.as_str() == Some(name))
            .map(|(_, v)| v)
    }

    /// Places the positional arguments, then the keyword arguments, into the slots of `names`
    /// (positional count is the caller's to check). Callers word the errors.
    pub fn slots(&self, names: &[&str]) -> Result<Vec<Option<&'a Value>>, SlotError<'a>> {
        let mut out: Vec<Option<&'a Value>> = vec![None; names.len()];
        for (slot, v) in out.iter_mut().zip(self.pos) {
            *slot = Some(v);
        }
        for (k, v) in self.kw {
            let k = k.as_str().unwrap_or("");
            let Some(i) = names.iter().position(|n| *n == k) else {
                return Err(SlotError::Unknown(k));
            };
            if out[i].is_some() {
                return Err(SlotError::Twice(k, i));
            }
            out[i] = Some(v);
        }
        Ok(out)
    }

    /// Checks the positional count and that every keyword is one of `allowed`.
    pub fn check(&self, fname: &str, min: usize, max: usize, allowed: &[&str]) -> PResult<()> {
        for (k, _) in self.kw {
            let k = k.as_str().unwrap_or("");
            if !allowed.contains(&k) {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
        let n = self.pos.len();
        if n < min || n > max {
            let msg = if min == max {
                match min {
                    0 => format!("{fname}() takes no arguments ({n} given)"),
                    1 => format!("{fname}() takes exactly one argument ({n} given)"),
                    _ => format!("{fname}() takes exactly {min} arguments ({n} given)"),
                }
            } else if n < min {
                format!(
                    "{fname} expected at least {min} argument{}, got {n}",
                    plural(min)
                )
            } else {
                format!(
                    "{fname} expected at most {max} argument{}, got {n}",
                    plural(max)
                )
            };
            return Err(type_error(msg));
        }
        Ok(())
    }
}

/// Why [`Args::slots`] failed: a keyword no slot has, or a slot given twice (name, index).
pub enum SlotError<'a> {
    Unknown(&'a str),
    Twice(&'a str, usize),
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// State shared by every thread of one interpreter.
pub struct Interp {
    /// Where `print` and `sys.stdout` write, and where tracebacks and `sys.stderr` go.
    pub stdout: Sink,
    pub stderr: Sink,
    pub builtins: ObjRef,
    /// `sys.modules`: name → module.
    pub modules: ObjRef,
    pub argv: Lock<Vec<String>>,
    /// Where `import` looks for `name.py` before the embedded stdlib ("" is the current folder).
    pub path: Lock<Vec<String>>,
    /// Safe points each thread of this interpreter may pass in one call from the host
    /// (`u64::MAX`: no limit); once used up, every further one raises.
    pub op_limit: u64,
    /// The host's other limits: a deadline and a cancel flag (shared with `CancelHandle`s).
    pub limits: Arc<Limits>,
    /// The recursion limit new threads and calls from the host start with
    /// (`sys.setrecursionlimit` changes it).
    pub recursion_limit: std::sync::atomic::AtomicU32,
    /// Native modules the host added to the builder, made when first imported.
    pub pending_modules: Lock<Vec<(String, PendingModule)>>,
    /// What scripts may touch (files, environment, clock, threads).
    pub permissions: crate::modules::sandbox::Permissions,
    /// The classes made for Rust types (`api/class.rs`), by Rust type.
    pub classes: Lock<std::collections::HashMap<std::any::TypeId, ObjRef>>,
    /// The namespace of the interpreter's `sys` module, once made (`print` reads
    /// `sys.stdout` from it, as CPython reads its interpreter's sys dict).
    pub sys_dict: std::sync::OnceLock<ObjRef>,
    /// Where `stdout` was found in it last (`print` looks there first).
    pub stdout_at: std::sync::atomic::AtomicUsize,
    /// Script threads of this interpreter still running (`_thread._count()`).
    pub threads: Arc<std::sync::atomic::AtomicUsize>,
    /// Unique in the process, for ever (`Compiled` remembers where it was compiled).
    pub id: u64,
    /// Its GIL (`gil.rs`); the last field, so that it is given back once the rest is dropped.
    pub core: CoreClaim,
}

/// An interpreter's claim on a lock (`gil::claim_core`), given back when dropped.
pub struct CoreClaim(pub(crate) &'static crate::runtime::gil::GilCore);

impl CoreClaim {
    pub(crate) fn claim() -> CoreClaim {
        CoreClaim(crate::runtime::gil::claim_core())
    }
}

impl Drop for CoreClaim {
    fn drop(&mut self) {
        crate::runtime::gil::release_core(self.0);
    }
}

impl Interp {
    /// Turns on the counting of safe points for this interpreter's threads (a limit is set).
    pub fn start_counting(&self) {
        self.limits
            .counted
            .store(true, std::sync::atomic::Ordering::Relaxed);
        crate::runtime::gil::set_counting(self.core.0, true);
    }
}

/// Makes a module the host gave (`Builder::module`), on the importing thread.
pub type PendingModule = Box<dyn FnOnce(&mut Vm) -> PResult<Value> + Send>;

/// Limits a host sets on an interpreter (`Interpreter::builder()`, `CancelHandle`), checked at
/// its safe points while it has one (`Interp::start_counting`).
#[derive(Default)]
pub struct Limits {
    pub cancelled: std::sync::atomic::AtomicBool,
    /// How long one call from the host may run, in milliseconds; 0 for no limit.
    pub timeout_ms: std::sync::atomic::AtomicU64,
    /// Milliseconds after [`clock_epoch`] at which code stops; 0 for none.
    pub deadline_ms: std::sync::atomic::AtomicU64,
    /// Whether this interpreter counts its safe points (it has or had a limit).
    pub counted: std::sync::atomic::AtomicBool,
    /// The bytes its threads hold allocated, and the most they may (counted by
    /// `allocator.rs`).
    pub memory: crate::runtime::allocator::Meter,
}

/// Which limit stopped a thread's code; once set, no `except` or `finally` of that thread
/// runs again (`unwind`), so a script cannot catch it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitHit {
    Operations,
    Time,
    Cancelled,
    Memory,
}

/// The instant deadlines are measured from.
pub fn clock_epoch() -> std::time::Instant {
    static EPOCH: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *EPOCH.get_or_init(std::time::Instant::now)
}

impl Limits {
    /// A call from the host begins: its deadline starts now.
    pub fn begin_call(&self) {
        let t = self.timeout_ms.load(std::sync::atomic::Ordering::Relaxed);
        if t != 0 {
            let now = clock_epoch().elapsed().as_millis() as u64;
            self.deadline_ms.store(
                now.saturating_add(t).max(1),
                std::sync::atomic::Ordering::Relaxed,
            );
        }
    }
}

/// Makes this thread count its allocations against `limits` (when it has a memory limit;
/// otherwise it counts nothing) until the VM that calls it is dropped.
fn meter_for(limits: &Limits) -> crate::runtime::allocator::MeterScope {
    let meter = if limits.memory.cap != 0 {
        &limits.memory as *const _
    } else {
        std::ptr::null()
    };
    // SAFETY: the VM holds its interpreter, and so `limits`, until its last field, this
    // scope, is dropped (a VM is not `Send`, and the VMs of one thread are dropped in the
    // reverse order of their making: each lives in one Rust call).
    unsafe { crate::runtime::allocator::meter_scope(meter) }
}

/// One thread's executor.
pub struct Vm {
    pub interp: Arc<Interp>,
    /// The interpreter's lock, whose word its safe points poll.
    core: &'static crate::runtime::gil::GilCore,
    pub depth: u32,
    pub recursion_limit: u32,
    /// Safe points (calls and loop back edges) left before the operation limit stops the
    /// program; `u64::MAX` when there is no limit.
    ops_left: u64,
    /// The limit that stopped this thread's code, if one did.
    pub limit_hit: Option<LimitHit>,
    /// The exception being handled (what a bare `raise` re-raises).
    pub handled: Option<Exc>,

    /// Objects whose repr is being computed (to print `[...]` for cycles).
    pub repr_stack: Vec<*const u8>,
    /// Set when an exception is re-raised, so no new traceback entry is added.
    reraise: bool,
    /// Set when a frame returned because it yielded (read by the generator that resumed it).
    pub yielded: bool,
    /// The iterator of the `yield from` that just yielded, for the generator that resumed it.
    pub(crate) last_delegate: Option<Value>,
    /// What a delegate returned when an exception thrown into it ended it; the outer frame's
    /// `yield from` picks it up as its result when resumed.
    pub(crate) delegate_result: Option<Value>,
    /// Native stack address when this Vm started, and how far below it calls may go.
    stack_base: usize,
    stack_budget: usize,
    pool: FramePool,
    /// LoadGlobal results: ((globals, name), namespace version, value).
    globals_cache: Vec<GlobalEntry>,
    /// `LoadGlobal` results by site, in pages made when a site is first used.
    global_sites: Vec<GlobalPage>,
    /// Inline caches of the attribute instructions (see `attrcache.rs`).
    pub(crate) attr_cache: crate::runtime::attrcache::AttrCache,
    /// Frames of the Python functions `execute` called without recursing, innermost last;
    /// boxes turned into raw pointers while they run (see `push_frame`).
    callees: Vec<*mut Frame>,
    /// `class::plain_init` by class: (class address, class namespace version, `__init__`),
    /// direct-mapped by address (classes are immortal, so an address names one class).
    init_plans: Vec<(usize, u64, Option<Value>)>,
    /// The code of the strings `eval` and `exec` compiled last (see `eval.rs`).
    pub(crate) eval_cache: crate::runtime::eval::EvalCache,
    /// `sys.settrace` and `sys.setprofile` of this thread (see `trace.rs`).
    pub(crate) hooks: crate::runtime::trace::Hooks,
    /// A hook is set and none is running: frames entered now get a `FrameHooks`.
    pub(crate) hooks_on: bool,
    /// A hook was just set, or `sys._getframe` gave out a frame object: when the native call
    /// returns, the frame that made it, and its callers, are taken in (`trace::adopt`) and
    /// the object filled in (`Vm::retrace_running`).
    pub(crate) retrace: bool,
    /// This thread's allocation meter while the VM lives. Declared last, so the VM's own
    /// buffers are freed while it still counts.
    _outer_meter: crate::runtime::allocator::MeterScope,
}

const INIT_PLANS: usize = 16;

type GlobalEntry = Option<((usize, usize), u64, Value)>;
const GLOBAL_CACHE: usize = 256;
/// Sites per page of the `LoadGlobal`/`StoreGlobal` table.
const GLOBAL_PAGE: usize = 64;
type GlobalPage = Option<Box<[GlobalSite]>>;

/// What a global site found last: the value, valid while no module namespace changed; and,
/// valid while no module namespace gained or lost a key, at which entry of the globals (or,
/// when the globals lack the name, of the builtins) the name is — so that a global stored
/// to again and again is read back, and stored, without a search.
struct GlobalSite {
    /// The address of the globals the site ran with.
    globals: usize,
    version: u64,
    value: crate::runtime::sync::CacheSlot,
    keys: u64,
    at: u32,
    builtin: bool,
}

impl Default for GlobalSite {
    fn default() -> Self {
        GlobalSite {
            globals: 0,
            version: u64::MAX,
            value: crate::runtime::sync::CacheSlot::new(&Value::None),
            keys: u64::MAX,
            at: 0,
            builtin: false,
        }
    }
}

/// Finished frames kept with their buffers, reused call after call: a call moves one pointer
/// out of here and writes the new frame's fields in place.
#[derive(Default)]
struct FramePool {
    // boxed so that taking a frame out or putting it back moves one pointer, not the frame
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
}

enum Block {
    Except { handler: u32, level: u32 },
    Handler { prev: Option<Exc> },
}

pub struct Frame {
    pub code: Ref<Code>,
    pub(crate) ip: usize,
    pub(crate) stack: Vec<Value>,
    pub(crate) locals: Vec<Option<Value>>,
    pub(crate) cells: Vec<ObjRef>,
    blocks: Vec<Block>,
    pub globals: ObjRef,
    /// The namespace of a class body (LoadName/StoreName use it before the globals).
    pub(crate) namespace: Option<ObjRef>,
    /// For the frame of an `__init__` that `Call` ran inline: the new instance, which the
    /// call evaluates to when `__init__` returns None.
    init_self: Option<Value>,
    /// The frame that called this one inline (see `push_call`), to return to; null for a
    /// frame that `run_frame` was entered with.
    pub(crate) caller: *mut Frame,
    /// What tracing and profiling keep for a frame entered while a hook was set (see
    /// `trace.rs`); the traced `execute` fires its events.
    pub(crate) hooks: Option<Box<crate::runtime::trace::FrameHooks>>,
}

impl Frame {
    /// Whether the frame is inside an except clause (or a `with` block's exit on an error).
    pub fn in_handler(&self) -> bool {
        self.blocks
            .iter()
            .any(|b| matches!(b, Block::Handler { .. }))
    }

    /// Local slot `i` of the running code.
    #[inline(always)]
    fn local(&self, i: usize) -> &Option<Value> {
        debug_assert!(i < self.locals.len());
        // SAFETY: `verify` proved every local operand of the code below `varnames.len()`, and
        // a frame has at least that many slots for its code (`make_frame`, `push_frame`,
        // `run_code`).
        unsafe { self.locals.get_unchecked(i) }
    }

    /// Local slot `i` of the running code, to store into.
    #[inline(always)]
    fn local_mut(&mut self, i: usize) -> &mut Option<Value> {
        debug_assert!(i < self.locals.len());
        // SAFETY: as for `local`.
        unsafe { self.locals.get_unchecked_mut(i) }
    }

    /// Reports the references a suspended frame holds to the collector (the frame of a
    /// generator; a running frame's references count as outside ones).
    pub(crate) fn gc_visit(&self, visit: &mut impl FnMut(&ObjRef)) {
        let values = self.stack.iter().chain(self.locals.iter().flatten());
        for v in values.chain(self.init_self.iter()) {
            if let Value::Obj(o) = v {
                visit(o);
            }
        }
        for c in &self.cells {
            visit(c);
        }
        visit(&self.globals);
        if let Some(n) = &self.namespace {
            visit(n);
        }
        for b in &self.blocks {
            if let Block::Handler { prev: Some(e) } = b {
                visit(&e.0);
            }
        }
    }

    /// Pushes a value (the value a resumed generator's `yield` evaluates to).
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }
}

pub fn dict_of(o: &ObjRef) -> &ReadMostly<DictMap> {
    match &**o {
        Object::Dict(d) => d,
        _ => not_a_dict(),
    }
}

#[cold]
fn not_a_dict() -> ! {
    unreachable!("globals and namespaces are always dicts")
}

/// A slice object; out of line, so that `execute` does not carry the allocation's code.
#[inline(never)]
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::obj(Object::Slice(Box::new([start, stop, step])))
}

pub fn new_cell(v: Option<Value>) -> ObjRef {
    ObjRef::new(Object::Cell(Lock::new(v)))
}

/// Where an interpreter's standard output or standard error goes.
pub enum Sink {
    /// The process's own stream (standard output through [`STDOUT`]'s buffer).
    Process,
    /// A writer the embedding application gave (`Interpreter::builder().stdout(…)`).
    Host(parking_lot::Mutex<Box<dyn std::io::Write + Send>>),
}

/// Standard output, buffered for the whole process (threads share it, as they share
/// `sys.stdout` in CPython).
static STDOUT: parking_lot::Mutex<Vec<u8>> = parking_lot::Mutex::new(Vec::new());

/// Appends raw bytes to the standard output buffer (`sys.stdout.write`).
pub fn write_stdout_bytes(bytes: &[u8]) {
    let mut out = STDOUT.lock();
    out.extend_from_slice(bytes);
    let full = out.len() > 1 << 16;
    drop(out);
    if full {
        flush_stdout();
    }
}

/// Writes out whatever standard output holds. The buffer stays locked while it is written, so
/// output from several threads keeps its order and nothing is in flight outside the lock; the
/// GIL is released first (a pipe may block) and never awaited while the buffer is locked.
pub fn flush_stdout() {
    use std::io::Write;
    // nothing to write (and no thread writing): no need to let go of the GIL
    if STDOUT.try_lock().is_some_and(|out| out.is_empty()) {
        return;
    }
    crate::runtime::sync::Gil::release_while(crate::runtime::gil::Blocked::Io, || {
        let mut out = STDOUT.lock();
        if !out.is_empty() {
            let mut so = std::io::stdout().lock();
            let _ = so.write_all(&out);
            let _ = so.flush();
            out.clear();
        }
    });
}

static STACK_BUDGET: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1 << 20);

/// How many bytes of native stack a `Vm` may use before deep recursion becomes a
/// RecursionError. The `gilt` binary runs on a large stack and raises this; embedders running
/// on threads with small stacks keep the cautious default.
pub fn set_stack_budget(bytes: usize) {
    STACK_BUDGET.store(bytes, std::sync::atomic::Ordering::Relaxed);
}

#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Default recursion limit, as CPython's.
pub const RECURSION_LIMIT: u32 = 1000;

impl Vm {
    pub fn new(interp: Arc<Interp>) -> Vm {
        let outer_meter = meter_for(&interp.limits);
        let ops_left = interp.op_limit;
        let recursion_limit = interp
            .recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed);
        Vm {
            core: interp.core.0,
            interp,
            depth: 0,
            recursion_limit,
            ops_left,
            limit_hit: None,
            handled: None,

            repr_stack: vec![],
            reraise: false,
            yielded: false,
            last_delegate: None,
            delegate_result: None,
            stack_base: stack_pointer(),
            stack_budget: STACK_BUDGET.load(std::sync::atomic::Ordering::Relaxed),
            pool: FramePool::default(),
            globals_cache: vec![None; GLOBAL_CACHE],
            global_sites: Vec::new(),
            attr_cache: Default::default(),
            callees: Vec::new(),
            init_plans: vec![(0, 0, None); INIT_PLANS],
            eval_cache: Default::default(),
            hooks: Default::default(),
            hooks_on: false,
            retrace: false,
            _outer_meter: outer_meter,
        }
    }

    /// A VM whose native stack budget is `budget` bytes (threads get their own).
    pub fn with_stack_budget(interp: Arc<Interp>, budget: usize) -> Vm {
        let mut vm = Vm::new(interp);
        vm.stack_budget = budget;
        vm
    }

    /// Writes to the interpreter's standard output.
    pub fn write_out(&mut self, s: &str) {
        self.write_out_bytes(s.as_bytes());
    }

    /// Writes text to standard output as `sys.stdout` encodes it: a lone surrogate that does
    /// not stand for a byte is a UnicodeEncodeError.
    pub fn write_out_text(&mut self, s: &str) -> PResult<()> {
        if !crate::objects::codepoint::has_surrogates(s) {
            self.write_out_bytes(s.as_bytes());
            return Ok(());
        }
        let bytes = crate::objects::codecs::encode(s, "utf-8", crate::modules::io::STDOUT_ERRORS)?;
        self.write_out_bytes(&bytes);
        Ok(())
    }

    pub fn write_out_bytes(&mut self, bytes: &[u8]) {
        match &self.interp.stdout {
            Sink::Process => write_stdout_bytes(bytes),
            Sink::Host(w) => {
                let _ = w.lock().write_all(bytes);
            }
        }
    }

    /// Writes to the interpreter's standard error, after what standard output holds.
    pub fn write_err(&mut self, s: &str) {
        self.flush_out();
        let escaped;
        let s = match crate::objects::codepoint::has_surrogates(s) {
            false => s,
            true => {
                let errors = crate::modules::io::STDERR_ERRORS;
                escaped = crate::objects::codecs::encode(s, "utf-8", errors).unwrap_or_default();
                // (backslashreplace leaves only UTF-8 behind)
                std::str::from_utf8(&escaped).unwrap_or("")
            }
        };
        match &self.interp.stderr {
            Sink::Process => {
                let _ = std::io::stderr().write_all(s.as_bytes());
            }
            Sink::Host(w) => {
                let _ = w.lock().write_all(s.as_bytes());
            }
        }
    }

    /// Flushes standard output (before stderr output, input, and at exit).
    pub fn flush_out(&mut self) {
        match &self.interp.stdout {
            Sink::Process => flush_stdout(),
            Sink::Host(w) => {
                let _ = w.lock().flush();
            }
        }
    }

    /// A safe point: calls and loop back edges. Hands the GIL over when asked, raises a
    /// pending Ctrl-C, and counts against the operation limit.
    #[inline(always)]
    fn safe_point(&mut self) -> PResult<()> {
        if crate::runtime::gil::eval_breaker(self.core) {
            return self.serve_safe_point();
        }
        Ok(())
    }

    /// Runs this thread's waiting `__del__` methods (see `finalize.rs`).
    #[cold]
    #[inline(never)]
    pub(crate) fn run_finalizers(&mut self) {
        crate::runtime::finalize::run_pending(self);
    }

    #[cold]
    fn serve_safe_point(&mut self) -> PResult<()> {
        crate::runtime::signals::check()?;
        if crate::runtime::gil::finalizers_requested(self.core) {
            self.run_finalizers();
        }
        if crate::runtime::gil::take_collection_request(self.core) {
            crate::modules::gc::collect_due(self)?;
        }
        if self.ops_left != u64::MAX {
            if self.ops_left == 0 {
                return Err(self.stop(LimitHit::Operations));
            }
            self.ops_left -= 1;
        }
        let limits = &self.interp.limits;
        if limits.counted.load(std::sync::atomic::Ordering::Relaxed) {
            if limits.cancelled.load(std::sync::atomic::Ordering::Relaxed) {
                return Err(self.stop(LimitHit::Cancelled));
            }
            let deadline = limits
                .deadline_ms
                .load(std::sync::atomic::Ordering::Relaxed);
            if deadline != 0 && clock_epoch().elapsed().as_millis() as u64 >= deadline {
                return Err(self.stop(LimitHit::Time));
            }
            if limits.memory.cap != 0 {
                self.reserve(0)?;
            }
        }
        Ok(())
    }

    /// An error (the memory limit's) when this interpreter has a memory limit and `bytes`
    /// more would take it past: for operations that are about to allocate much at once
    /// (`'x' * n`), which must not wait for the next safe point.
    pub fn reserve(&mut self, bytes: usize) -> PResult<()> {
        if self.interp.limits.memory.exceeded(bytes) {
            return Err(self.stop(LimitHit::Memory));
        }
        Ok(())
    }

    /// The error a limit raises; from now on this thread runs no handler (see `unwind`).
    #[cold]
    fn stop(&mut self, hit: LimitHit) -> Exc {
        self.limit_hit = Some(hit);
        let what = match hit {
            LimitHit::Operations => "operation limit exceeded",
            LimitHit::Time => "time limit exceeded",
            LimitHit::Cancelled => "cancelled by the host",
            LimitHit::Memory => "memory limit exceeded",
        };
        Exc::new(ExcKind::RuntimeError, what)
    }

    /// Guards native recursion (repr, comparison of nested containers).
    pub fn enter(&mut self, what: &str) -> PResult<()> {
        self.depth += 1;
        if self.depth > self.recursion_limit + 50 || self.stack_exhausted() {
            self.depth -= 1;
            return Err(Exc::new(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        Ok(())
    }

    /// Keeps a finished frame, buffers and all, for the next call (no allocation per call). Its
    /// code and globals stay until the next call replaces them: a recursive call or a call in a
    /// loop then finds them already in place.
    pub(crate) fn recycle(&mut self, mut frame: Box<Frame>) {
        // deep enough for the recursion of ordinary programs, so they don't allocate per call
        if self.pool.frames.len() < 1024 {
            // popped one by one: an inlined loop beats a call for the few slots a frame has
            while let Some(v) = frame.stack.pop() {
                drop(v);
            }
            // the locals are emptied but kept: the next call of a function with as many locals
            // (a recursive call, a call in a loop) finds its slots ready
            for slot in frame.locals.iter_mut() {
                *slot = None;
            }
            frame.cells.clear();
            frame.blocks.clear();
            frame.namespace = None;
            frame.caller = std::ptr::null_mut();
            if frame.hooks.is_some() {
                crate::runtime::trace::forget(&mut frame);
            }
            self.pool.frames.push(frame);
        } else if frame.hooks.is_some() {
            crate::runtime::trace::forget(&mut frame);
        }
    }

    #[inline]
    fn stack_exhausted(&self) -> bool {
        self.stack_base.saturating_sub(stack_pointer()) > self.stack_budget
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    // ------------------------------------------------------------ calls

    /// Calls any callable value.
    pub fn call(&mut self, f: &Value, args: &[Value], kw: &[(Value, Value)]) -> PResult<Value> {
        let Value::Obj(o) = f else {
            return Err(not_callable(f));
        };
        match &**o {
            Object::Function(func) => self.call_function(func, args, kw),
            Object::Native(n) => (n.f)(self, Args { pos: args, kw }),
            Object::BoundMethod(selfv, func) => self.call_with_self(func, selfv, args, kw),
            Object::Type(_) => crate::builtins::call_type(self, o, Args { pos: args, kw }),
            Object::NativeObj(n) => match crate::objects::types::lookup(&n.class, "__call__") {
                Some(m) => self.call_with_self(&m, f, args, kw),
                None => Err(not_callable(f)),
            },
            Object::Instance(_) | Object::Derived(..) => {
                match crate::objects::class::user_method(f, "__call__") {
                    Some(m) if matches!(m.as_obj(), Some(Object::Function(_))) => {
                        self.call_with_self(&m, f, args, kw)
                    }
                    // a static or class method, or another callable: bound as an attribute; an
                    // instance whose `__call__` is an instance recurses here, so it counts depth
                    Some(m) => {
                        let bound =
                            crate::objects::class::bind(m, f, crate::objects::types::type_of(f));
                        self.enter("")?;
                        let r = self.call(&bound, args, kw);
                        self.leave();
                        r
                    }
                    None => Err(not_callable(f)),
                }
            }
            _ => Err(not_callable(f)),
        }
    }

    /// Calls `f(first, *rest, **kw)`; up to three `rest` arguments are gathered on the stack
    /// (a bound method call or a class's `__init__` then allocates nothing for them).
    pub fn call_with_self(
        &mut self,
        f: &Value,
        first: &Value,
        rest: &[Value],
        kw: &[(Value, Value)],
    ) -> PResult<Value> {
        let a = first.clone();
        match rest {
            [] => self.call(f, &[a], kw),
            [b] => self.call(f, &[a, b.clone()], kw),
            [b, c] => self.call(f, &[a, b.clone(), c.clone()], kw),
            [b, c, d] => self.call(f, &[a, b.clone(), c.clone(), d.clone()], kw),
            _ => {
                let mut v = Vec::with_capacity(rest.len() + 1);
                v.push(a);
                v.extend_from_slice(rest);
                self.call(f, &v, kw)
            }
        }
    }

    pub fn call0(&mut self, f: &Value) -> PResult<Value> {
        self.call(f, &[], &[])
    }

    pub fn call1(&mut self, f: &Value, a: Value) -> PResult<Value> {
        self.call(f, &[a], &[])
    }

    pub fn call_function(
        &mut self,
        func: &Function,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PResult<Value> {
        if self.depth >= self.recursion_limit || self.stack_exhausted() {
            return Err(Exc::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.safe_point()?;
        let mut frame = self.make_frame(func, args, kw)?;
        if func.code.flags & crate::compiler::code::FLAG_GENERATOR != 0 {
            return Ok(crate::runtime::generator::new_generator(func, frame));
        }
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.recycle(frame);
        r
    }

    fn make_frame(
        &mut self,
        func: &Function,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PResult<Box<Frame>> {
        let code = &func.code;
        let mut frame = self.new_frame(func);
        frame.locals.resize_with(code.varnames.len(), || None);
        let simple = kw.is_empty()
            && code.flags & (FLAG_VARARGS | FLAG_VARKW) == 0
            && code.kwonlycount == 0
            && args.len() == code.argcount;
        if simple {
            for (slot, a) in frame.locals.iter_mut().zip(args) {
                *slot = Some(a.clone());
            }
        } else if let Err(e) = bind_args(func, &mut frame.locals, args, kw) {
            self.recycle(frame);
            return Err(e);
        }
        self.init_cells(func, &mut frame);
        Ok(frame)
    }

    /// A frame for `func` from the pool, its locals all unset (as many as the function that
    /// used it last had) and its cells not yet made. (Always inline: in `push_frame` it is
    /// most of a call's work.)
    #[inline(always)]
    fn new_frame(&mut self, func: &Function) -> Box<Frame> {
        let code = &func.code;
        match self.pool.frames.pop() {
            Some(mut frame) => {
                if !Ref::ptr_eq(&frame.code, code) {
                    frame.code = code.clone();
                    // `push` relies on it (the stack is empty here)
                    frame.stack.reserve(code.max_stack);
                }
                if !Ref::ptr_eq(&frame.globals, &func.globals) {
                    frame.globals = func.globals.clone();
                }
                frame.ip = 0;
                frame
            }
            None => Box::new(Frame {
                code: code.clone(),
                ip: 0,
                stack: Vec::with_capacity(code.max_stack),
                locals: Vec::new(),
                cells: Vec::new(),
                blocks: Vec::new(),
                globals: func.globals.clone(),
                namespace: None,
                init_self: None,
                caller: std::ptr::null_mut(),
                hooks: None,
            }),
        }
    }

    /// Makes the cells of a frame whose parameters are bound, then appends the closure's.
    #[inline]
    fn init_cells(&mut self, func: &Function, frame: &mut Frame) {
        let code = &func.code;
        if code.ncells() == 0 {
            return;
        }
        for (i, _) in code.cellvars.iter().enumerate() {
            let init = code.cell_args[i].and_then(|ix| frame.locals[ix].clone());
            frame.cells.push(new_cell(init));
        }
        frame.cells.extend(func.closure.iter().cloned());
    }

    /// The fast path of `Call` and `CallMethod`: when `stack[base]` is a plain Python function
    /// (not a generator, no `*args`, `**kwargs` or keyword-only parameters) and
    /// `stack[first..]` are exactly its positional parameters, moves those arguments into a
    /// new frame's locals (no clones), cuts the stack back to `base` and pushes the frame on
    /// `callees`, for `execute` to switch to. None, with the stack untouched, for any other
    /// callee (the caller then takes the general path).
    #[inline(always)]
    fn push_call(
        &mut self,
        caller: &mut Frame,
        base: usize,
        first: usize,
    ) -> Option<PResult<*mut Frame>> {
        if self.hooks_on {
            // (a frame entered under a hook runs in a traced `execute` of its own)
            return None;
        }
        let stack = &mut caller.stack;
        let nargs = stack.len().checked_sub(first)?;
        let Some(Value::Obj(o)) = stack.get(base) else {
            return None;
        };
        let Object::Function(func) = &**o else {
            return match &**o {
                Object::Type(_) => self.push_init(caller, base, first),
                Object::BoundMethod(..) | Object::Instance(_) if first == base + 1 => {
                    self.push_bound(caller, base)
                }
                Object::BoundMethod(..) => self.push_general(caller, base, first, None),
                Object::Native(n) if std::ptr::fn_addr_eq(n.f, crate::builtins::CALL_UNPACKED) => {
                    self.push_unpacked(caller, base)
                }
                _ => None,
            };
        };
        if func.fast_argc != nargs as u32 {
            return self.push_defaults(caller, base, first);
        }
        // the callee leaves the stack (kept alive by `callee` until its frame is set up)
        let callee = std::mem::replace(&mut stack[base], Value::None);
        let Value::Obj(o) = &callee else {
            return None;
        };
        let Object::Function(func) = &**o else {
            return None;
        };
        Some(self.push_frame(func, caller, base, first))
    }

    /// Pushes on `callees` a frame for `func` whose arguments are `caller.stack[first..]`
    /// (moved into its locals), and cuts that stack back to `base`.
    #[inline(always)]
    fn push_frame(
        &mut self,
        func: &Function,
        caller: &mut Frame,
        base: usize,
        first: usize,
    ) -> PResult<*mut Frame> {
        let stack = &mut caller.stack;
        // no native stack is used by the call, so the depth is the only limit
        if self.depth >= self.recursion_limit {
            cut(stack, base);
            return Err(Exc::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.safe_point()?;
        let nargs = stack.len() - first;
        let mut frame = self.new_frame(func);
        let nlocals = func.code.varnames.len();
        // only ever grown: slots past the function's own stay unset (calls that alternate
        // between functions of different sizes then never resize)
        if frame.locals.len() < nlocals {
            frame.locals.resize_with(nlocals, || None);
        }
        // move the arguments off the stack, last first (no clones, nothing left to drop)
        for slot in frame.locals[..nargs].iter_mut().rev() {
            *slot = stack.pop();
        }
        cut(stack, base);
        if !func.closure.is_empty() || !func.code.cellvars.is_empty() {
            self.init_cells(func, &mut frame);
        }
        frame.caller = caller;
        self.depth += 1;
        let p = Box::into_raw(frame);
        self.callees.push(p);
        Ok(p)
    }

    /// `push_call` for a plain function given fewer positional arguments than it has
    /// parameters: when its defaults cover the rest, they are pushed as the missing
    /// arguments and the call goes on as a full one. None otherwise.
    #[inline(never)]
    fn push_defaults(
        &mut self,
        caller: &mut Frame,
        base: usize,
        first: usize,
    ) -> Option<PResult<*mut Frame>> {
        let callee = caller.stack[base].clone();
        let Some(Object::Function(func)) = callee.as_obj() else {
            return None;
        };
        let nargs = caller.stack.len() - first;
        // (a function that takes no fast calls has `fast_argc` u32::MAX: too many missing)
        let missing = (func.fast_argc as usize).checked_sub(nargs);
        let Some(missing) = missing.filter(|&m| m > 0 && m <= func.defaults.len()) else {
            return self.push_general(caller, base, first, None);
        };
        let defaults = &func.defaults[func.defaults.len() - missing..];
        caller.stack.extend_from_slice(defaults);
        self.push_call(caller, base, first)
    }

    /// `push_call` for a call of a class `stack[base]` with the positional arguments
    /// `stack[first..]` (`first` is `base + 1`, or `base + 2` above the marker of a
    /// `CallMethod` that found no method: `module.Class(...)`): when the class is a plain one
    /// (made by a `class` statement, no `__new__`, no built-in base) whose `__init__` is a
    /// plain Python function taking them, makes the instance and pushes `__init__`'s frame,
    /// which returns the instance to the caller. None otherwise.
    #[inline(never)]
    fn push_init(
        &mut self,
        caller: &mut Frame,
        base: usize,
        first: usize,
    ) -> Option<PResult<*mut Frame>> {
        let stack = &mut caller.stack;
        let Some(Value::Obj(cls)) = stack.get(base) else {
            return None;
        };
        // where `self` goes, as `__init__`'s first argument: the slot below the arguments
        let me = first
            .checked_sub(1)
            .filter(|&me| me >= base && me <= base + 1)?;
        let Some(init) = self.init_plan(cls) else {
            // (a metaclass's `__call__`)
            return match &**cls {
                Object::Type(t) if t.meta.is_some() => self.push_general(caller, base, first, None),
                _ => None,
            };
        };
        let Some(Object::Function(func)) = init.as_obj() else {
            return None;
        };
        if func.fast_argc as usize != stack.len() - me {
            return self.push_general(caller, base, first, None);
        }
        let inst = crate::objects::class::bare_instance(cls);
        stack[me] = inst.clone();
        let r = self.push_frame(func, caller, base, me);
        if let Ok(p) = r {
            // SAFETY: `p` was just pushed on `callees` by `push_frame`; nothing runs it yet.
            unsafe { (*p).init_self = Some(inst) };
        }
        Some(r)
    }

    /// `push_call` for a call of a bound method `stack[base]` (a callback, `f = obj.method`),
    /// or of an instance whose class defines `__call__`, with the arguments above it: the
    /// method takes its place and the object goes in front of the arguments, so that a plain
    /// function's frame is pushed as for any call (else the general path calls the method
    /// with the object first, which is the same call).
    #[inline(never)]
    fn push_bound(&mut self, caller: &mut Frame, base: usize) -> Option<PResult<*mut Frame>> {
        let stack = &mut caller.stack;
        let o = stack.get(base)?;
        let (me, m) = match o.as_obj()? {
            Object::BoundMethod(me, m) => (me.clone(), m.clone()),
            Object::Instance(_) => (
                o.clone(),
                crate::objects::class::user_method(o, "__call__")?,
            ),
            _ => return None,
        };
        if !matches!(m.as_obj(), Some(Object::Function(_))) {
            return None;
        }
        stack.insert(base + 1, me);
        stack[base] = m;
        self.push_call(caller, base, base + 1)
    }

    /// `class::plain_init(cls)`, remembered per class until a class namespace changes.
    #[inline(always)]
    fn init_plan(&mut self, cls: &ObjRef) -> Option<Value> {
        let key = ObjRef::as_ptr(cls) as usize;
        let version = namespace_version(Namespace::Class);
        let slot = key / 64 % INIT_PLANS;
        let (k, v, plan) = &self.init_plans[slot];
        if *k == key && *v == version {
            return plan.clone();
        }
        let plan = crate::objects::class::plain_init(cls);
        self.init_plans[slot] = (key, version, plan.clone());
        plan
    }

    /// The frame `execute` runs now: the newest callee it switched to (above `base` in
    /// `callees`), else the frame it was entered with.
    #[inline(always)]
    fn current(&self, base: usize, entry: *mut Frame) -> *mut Frame {
        match self.callees.get(base..) {
            Some([.., top]) => *top,
            _ => entry,
        }
    }

    /// Pops the newest callee frame (it returned or raised) back into the pool.
    #[inline(always)]
    fn pop_callee(&mut self) {
        if let Some(p) = self.callees.pop() {
            self.depth -= 1;
            // SAFETY: every pointer in `callees` came from `Box::into_raw` in `push_frame` and
            // is used only while it is in `callees`; it has just left, so the box is whole again.
            self.recycle(unsafe { Box::from_raw(p) });
        }
    }

    /// Runs module-level code in `globals`.
    pub fn run_code(&mut self, code: Ref<Code>, globals: ObjRef) -> PResult<Value> {
        self.run_code_in(code, globals, None)
    }

    /// Runs module-level code in `globals`, its top-level names in `namespace` when given
    /// (`exec` with a locals dict).
    pub fn run_code_in(
        &mut self,
        code: Ref<Code>,
        globals: ObjRef,
        namespace: Option<ObjRef>,
    ) -> PResult<Value> {
        if self.depth >= self.recursion_limit || self.stack_exhausted() {
            return Err(Exc::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let mut frame = Frame {
            locals: vec![None; code.varnames.len()],
            cells: vec![],
            stack: Vec::with_capacity(code.max_stack),
            blocks: vec![],
            ip: 0,
            code,
            globals,
            namespace,
            init_self: None,
            caller: std::ptr::null_mut(),
            hooks: None,
        };
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        r
    }

    /// Runs a class body with `ns` as its namespace; returns what the body returns (the
    /// `__class__` cell when methods use `super()`, else None).
    pub fn run_class_body(&mut self, func: &Function, ns: ObjRef) -> PResult<Value> {
        if self.depth >= self.recursion_limit || self.stack_exhausted() {
            return Err(Exc::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let mut frame = self.make_frame(func, &[], &[])?;
        frame.namespace = Some(ns);
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.recycle(frame);
        r
    }

    /// Runs `f` from its current instruction, and the frames of the Python functions it calls
    /// (they are switched to inside `execute`, not recursed into); an exception goes to the
    /// handlers of the frame that raised it, then of its callers (`catch`).
    #[inline(always)]
    fn run_frame(&mut self, f: &mut Frame) -> PResult<Value> {
        if self.hooks_on {
            return self.run_hooked(f);
        }
        self.run_loop(f, false)
    }

    /// `run_frame` while a hook is set: the frame's `call` is due, and it runs in the traced
    /// `execute`.
    #[cold]
    #[inline(never)]
    fn run_hooked(&mut self, f: &mut Frame) -> PResult<Value> {
        crate::runtime::trace::mark(f);
        self.run_loop(f, true)
    }

    /// `run_frame`'s loop; `traced` from the start, or from a handoff (a hook was set) on.
    #[inline(always)]
    fn run_loop(&mut self, f: &mut Frame, mut traced: bool) -> PResult<Value> {
        let base = self.callees.len();
        let entry: *mut Frame = f;
        loop {
            let fp = self.current(base, entry);
            let r = match traced {
                false => self.execute::<false>(fp),
                true => self.execute::<true>(fp),
            };
            match r {
                Ok(v) => return Ok(v),
                Err(exc) if crate::runtime::trace::is_handoff(&exc) => traced = true,
                Err(exc) => self.catch(base, entry, exc)?,
            }
        }
    }

    /// Runs `f` from its current instruction; with `throw`, first raises that exception there
    /// (how `generator.throw()` works). A yield returns with `self.yielded` set.
    pub fn resume_frame(&mut self, f: &mut Frame, throw: Option<Exc>) -> PResult<Value> {
        let Some(exc) = throw else {
            return self.run_frame(f);
        };
        if self.hooks_on {
            // the resumption's `call` comes before the exception it raises
            crate::runtime::trace::mark(f);
            self.hook_enter(f, f.ip)?;
        }
        self.note_raise(&exc, f);
        let hooked = f.hooks.is_some();
        let exc = match hooked {
            true => self.hook_exception(f, exc),
            false => exc,
        };
        if !self.unwind(f, &exc) {
            if hooked {
                self.hook_exit(f, None);
            }
            return Err(exc);
        }
        let traced = self.hooks_on;
        self.run_loop(f, traced)
    }

    /// `exc` was raised in the frame `execute` was running: records it there and in each
    /// caller it leaves, up to the handler that catches it (Ok: `execute` resumes there) or
    /// out of `entry` (Err).
    #[cold]
    fn catch(&mut self, base: usize, entry: *mut Frame, mut exc: Exc) -> PResult<()> {
        loop {
            let fp = self.current(base, entry);
            // SAFETY: `fp` is `entry` (borrowed exclusively by `run_frame` for this whole call)
            // or a callee frame in `callees`, owned by this Vm and used by nothing else.
            let f = unsafe { &mut *fp };
            let fresh = !std::mem::replace(&mut self.reraise, false);
            if fresh {
                self.note_raise(&exc, f);
            }
            // (a re-raise is no new event, as in CPython)
            if fresh && f.hooks.is_some() {
                exc = self.hook_exception(f, exc);
            }
            if self.unwind(f, &exc) {
                return Ok(());
            }
            if f.hooks.is_some() {
                self.hook_exit(f, None);
            }
            if fp == entry {
                return Err(exc);
            }
            // (a frame that returns gives its `init_self` away; this one raised)
            f.init_self = None;
            self.pop_callee();
        }
    }

    /// Records where `exc` passed through frame `f`, and what was being handled when it began.
    fn note_raise(&mut self, exc: &Exc, f: &Frame) {
        let line = f.code.line_at(f.ip.saturating_sub(1));
        let mut st = exc.obj().state.lock();
        if st.traceback.is_empty() && st.context.is_none() {
            if let Some(h) = &self.handled {
                if !h.same(exc) {
                    st.context = Some(h.value());
                }
            }
        }
        st.traceback.push(TbEntry {
            code: f.code.clone(),
            line,
        });
    }

    /// Finds a handler for `exc` in frame `f`; false when the exception leaves the frame.
    fn unwind(&mut self, f: &mut Frame, exc: &Exc) -> bool {
        while let Some(b) = f.blocks.pop() {
            match b {
                Block::Handler { prev } => self.handled = prev,
                // a limit stops the thread: no handler may catch it or run more code
                Block::Except { .. } if self.limit_hit.is_some() => {}
                Block::Except { handler, level } => {
                    f.stack.truncate(level as usize);
                    let prev = self.handled.replace(exc.clone());
                    f.blocks.push(Block::Handler { prev });
                    f.stack.push(exc.value());
                    f.ip = handler as usize;
                    return true;
                }
            }
        }
        false
    }

    /// Pops a running frame's stack.
    #[inline(always)]
    fn pop(f: &mut Frame) -> Value {
        let n = f.stack.len();
        debug_assert!(n > 0);
        // SAFETY: `verify` proved that no instruction of the running code pops more values
        // than its stack holds, so slot `n - 1` is there; `set_len` first hands it over.
        unsafe {
            f.stack.set_len(n - 1);
            f.stack.as_ptr().add(n - 1).read()
        }
    }

    /// The top of a running frame's stack.
    #[inline(always)]
    fn top(f: &Frame) -> &Value {
        debug_assert!(!f.stack.is_empty());
        // SAFETY: as for `pop`: the instructions that read the top have a value there.
        unsafe { f.stack.get_unchecked(f.stack.len() - 1) }
    }

    /// `a OP= b` past the int and float fast paths. `s += t` on two strs, when the next
    /// instruction stores the result back into the local `s` came from, appends in place if
    /// nothing but that local also refers to the str: the local lets go of it first. CPython
    /// does the same, which makes building a str piece by piece take linear time.
    #[inline(never)]
    fn inplace_slow(&mut self, f: &mut Frame, n: u32, mut a: Value, b: &Value) -> PResult<Value> {
        let next = f.code.ops.get(f.ip).copied();
        if let (crate::objects::ops::ADD, Some(Op::StoreFast(i)), Some(t)) =
            (n, next, b.as_strobj())
        {
            let slot = f.local_mut(i as usize);
            if a.as_strobj().is_some() && slot.as_ref().is_some_and(|v| v.is(&a)) {
                *slot = None;
                if let Value::Obj(r) = &mut a {
                    if let Some(Object::Str(s)) = Ref::get_mut(r) {
                        s.push_str(t);
                        return Ok(a);
                    }
                }
            }
        }
        crate::objects::ops::inplace_op(self, n, a, b)
    }

    /// `a b -- a OP b` computed on the stack's top when `ops::fast_binary` applies (ints and
    /// floats); false, with the stack untouched, otherwise.
    #[inline(always)]
    fn fast_binary_in_place(stack: &mut Vec<Value>, op: u32) -> bool {
        let [.., a, b] = &stack[..] else {
            return false;
        };
        let Some(r) = crate::objects::ops::fast_binary(op, a, b) else {
            return false;
        };
        let n = stack.len();
        // SAFETY: `fast_binary` answers only for two ints or two floats, immediate values
        // with nothing to drop, so the two slots are given up without dropping them; slot
        // `n - 2` is inside the stack (the pattern above matched two values).
        unsafe {
            stack.set_len(n - 1);
            stack.as_mut_ptr().add(n - 2).write(r);
        }
        true
    }

    /// `a -- a OP k` computed on the stack's top when `ops::fast_binary` applies; false, with
    /// the stack untouched, otherwise.
    #[inline(always)]
    fn fast_binary_const_in_place(stack: &mut [Value], op: u32, k: &Value) -> bool {
        let Some(top) = stack.last_mut() else {
            return false;
        };
        let Some(r) = crate::objects::ops::fast_binary(op, top, k) else {
            return false;
        };
        // SAFETY: `fast_binary` answers only for ints and floats, immediate values with
        // nothing to drop, so the old top is overwritten without dropping it.
        unsafe { std::ptr::write(top, r) };
        true
    }

    /// The result `r` of a comparison that cannot raise: taken directly by a conditional jump
    /// right after (no line number is skipped, since neither raises), else pushed.
    #[inline(always)]
    fn branch_or_push(f: &mut Frame, ops: &[Op], r: bool) {
        match ops.get(f.ip) {
            Some(Op::PopJumpIfFalse(t)) => f.ip = if r { f.ip + 1 } else { *t as usize },
            Some(Op::PopJumpIfTrue(t)) => f.ip = if r { *t as usize } else { f.ip + 1 },
            _ => push(&mut f.stack, Value::bool(r)),
        }
    }

    /// Runs frame `start` until it returns or yields to `run_frame`, or an exception leaves
    /// the running frame. A call of a plain Python function pushes its frame on `callees` and
    /// switches to it; its return switches back to its `caller`. Neither the entry frame nor
    /// `callees`' base is kept in a local: a register more for the loop.
    fn execute<const TRACED: bool>(&mut self, start: *mut Frame) -> PResult<Value> {
        let mut f: &mut Frame;
        let mut code: &Code;
        let mut ops: &[Op];
        // Makes frame `$p` the running one.
        macro_rules! switch_to {
            ($p:expr) => {
                // SAFETY: `$p` is the frame `run_frame` was entered with (borrowed exclusively
                // for that whole call) or a frame in `callees` above it, boxed and owned by
                // this Vm; only the running frame is touched until it returns or calls. Nothing
                // assigns a running frame's `code` (only `new_frame` does, to frames in the
                // pool), so the `Code` stays alive and in place while the frame runs; borrowing
                // it saves a count change per call.
                unsafe {
                    f = &mut *$p;
                    code = &*(&*f.code as *const Code);
                }
                ops = &code.ops[..];
            };
        }
        // After a native call: the frame objects `sys._getframe` gave out are filled in, and
        // a hook it set starts with this frame (see `trace::adopt`), in the traced `execute`.
        macro_rules! retrace {
            () => {
                if self.retrace && self.retrace_running(f)? && !TRACED {
                    return Err(crate::runtime::trace::handoff());
                }
            };
        }
        switch_to!(start);
        loop {
            debug_assert!(f.ip < ops.len());
            // SAFETY: `verify` proved that every jump lands inside the code and no path runs
            // off its end, so `f.ip` indexes an instruction.
            let op = unsafe { *ops.get_unchecked(f.ip) };
            f.ip += 1;
            if TRACED && f.hooks.is_some() {
                self.trace_step(f, code, op)?;
            }
            match op {
                Op::Pop(_) => {
                    f.stack.pop();
                    if crate::runtime::gil::finalizers_requested(self.core) {
                        self.run_finalizers();
                    }
                }
                Op::Dup(_) => {
                    let v = Self::top(f).clone();
                    push(&mut f.stack, v);
                }
                Op::DupTwo(_) => {
                    let n = f.stack.len();
                    let (a, b) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                    push(&mut f.stack, a);
                    push(&mut f.stack, b);
                }
                Op::Rot3(_) => {
                    let v = Self::pop(f);
                    let n = f.stack.len();
                    f.stack.insert(n - 2, v);
                }
                Op::Rot2(_) => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - 2);
                }
                Op::LoadConst(i) => push(&mut f.stack, code.konst(i as usize).clone()),
                Op::LoadFast(i) => {
                    let Some(v) = f.local(i as usize).clone() else {
                        return Err(unbound_local(&code.varnames[i as usize]));
                    };
                    push(&mut f.stack, v);
                }
                Op::StoreFast(i) => {
                    let v = Self::pop(f);
                    *f.local_mut(i as usize) = Some(v);
                    if crate::runtime::gil::finalizers_requested(self.core) {
                        self.run_finalizers();
                    }
                }
                Op::SubscrFast(ab) => {
                    let r = self.subscr_locals(f, code, ab)?;
                    push(&mut f.stack, r);
                }
                Op::SubscrConst(ac) => {
                    let r = self.subscr_local_const(f, code, ac)?;
                    push(&mut f.stack, r);
                }
                Op::LoadDeref(i) => {
                    let v = cell_get(&f.cells[i as usize]);
                    match v {
                        Some(v) => push(&mut f.stack, v),
                        None => return Err(unbound_deref(code, i as usize)),
                    }
                }
                Op::StoreDeref(i) => {
                    let v = Self::pop(f);
                    cell_set(&f.cells[i as usize], Some(v));
                }
                Op::LoadGlobal(i) => {
                    let site = code.global_base + i as usize;
                    let v = self.load_global_at(site, &f.globals, &code.names[i as usize])?;
                    push(&mut f.stack, v);
                }
                Op::YieldValue(_) => {
                    let v = Self::pop(f);
                    self.yielded = true;
                    return Ok(v);
                }
                Op::LoadAttr(i) => {
                    let o = Self::pop(f);
                    let site = code.site_base + i as usize;
                    let v = self.load_attr_at(site, &o, &code.attr_names[i as usize])?;
                    push(&mut f.stack, v);
                }
                Op::LoadAttrFast(ab) => {
                    let (a, i) = ((ab >> 16) as usize, (ab & 0xffff) as usize);
                    let Some(o) = f.local(a) else {
                        return Err(unbound_local(&code.varnames[a]));
                    };
                    let v = self.load_attr_at(code.site_base + i, o, &code.attr_names[i])?;
                    push(&mut f.stack, v);
                }
                Op::StoreAttrFast(ab) => {
                    let (a, i) = ((ab >> 16) as usize, (ab & 0xffff) as usize);
                    let v = Self::pop(f);
                    let Some(o) = f.local(a) else {
                        return Err(unbound_local(&code.varnames[a]));
                    };
                    self.store_attr_at(code.site_base + i, o, &code.attr_names[i], v)?;
                }
                Op::StoreAttr(i) => {
                    let o = Self::pop(f);
                    let v = Self::pop(f);
                    let site = code.site_base + i as usize;
                    self.store_attr_at(site, &o, &code.attr_names[i as usize], v)?;
                }
                Op::LoadMethod(i) => {
                    let o = Self::pop(f);
                    let site = code.site_base + i as usize;
                    let name = &code.attr_names[i as usize];
                    match self.load_method_at(site, &o, name)? {
                        Some(m) => {
                            push(&mut f.stack, m);
                            push(&mut f.stack, o);
                        }
                        None => {
                            let v = self.get_attr(&o, name)?;
                            push(&mut f.stack, v);
                            push(&mut f.stack, null_marker());
                        }
                    }
                }
                Op::CallMethod(n) => {
                    let n = n as usize;
                    let sp = f.stack.len() - n - 2;
                    let is_plain = is_null_marker(&f.stack[sp + 1]);
                    let first = if is_plain { sp + 2 } else { sp + 1 };
                    if let Some(callee) = self.push_call(f, sp, first) {
                        switch_to!(callee?);
                        continue;
                    }
                    let r = if is_plain {
                        let func = f.stack[sp].clone();
                        self.call(&func, &f.stack[sp + 2..], &[])
                    } else {
                        let func = f.stack[sp].clone();
                        self.call(&func, &f.stack[sp + 1..], &[])
                    };
                    cut(&mut f.stack, sp);
                    push(&mut f.stack, r?);
                    retrace!();
                }
                Op::Call(n) => {
                    let sp = f.stack.len() - n as usize - 1;
                    if let Some(callee) = self.push_call(f, sp, sp + 1) {
                        switch_to!(callee?);
                        continue;
                    }
                    let func = f.stack[sp].clone();
                    let r = self.call(&func, &f.stack[sp + 1..], &[]);
                    cut(&mut f.stack, sp);
                    push(&mut f.stack, r?);
                    retrace!();
                }
                Op::BinaryOp(n) => {
                    if Self::fast_binary_in_place(&mut f.stack, n) {
                        continue;
                    }
                    let b = Self::pop(f);
                    let a = Self::pop(f);
                    let r = crate::objects::ops::binary_op(self, n, &a, &b)?;
                    push(&mut f.stack, r);
                }
                Op::BinaryOpConst(arg) => {
                    let (n, k) = (arg >> 16, code.konst((arg & 0xffff) as usize));
                    if Self::fast_binary_const_in_place(&mut f.stack, n, k) {
                        continue;
                    }
                    let a = Self::pop(f);
                    let r = crate::objects::ops::binary_op(self, n, &a, k)?;
                    push(&mut f.stack, r);
                }
                Op::InplaceOpConst(arg) => {
                    // ints and floats have no in-place operators: `a OP= k` is `a OP k`
                    let (n, k) = (arg >> 16, code.konst((arg & 0xffff) as usize));
                    if Self::fast_binary_const_in_place(&mut f.stack, n, k) {
                        continue;
                    }
                    let a = Self::pop(f);
                    let r = self.inplace_slow(f, n, a, k)?;
                    push(&mut f.stack, r);
                }
                Op::InplaceOp(n) => {
                    // ints and floats have no in-place operators: `a OP= b` is `a OP b`
                    if Self::fast_binary_in_place(&mut f.stack, n) {
                        continue;
                    }
                    let b = Self::pop(f);
                    let a = Self::pop(f);
                    let r = self.inplace_slow(f, n, a, &b)?;
                    push(&mut f.stack, r);
                }
                Op::UnaryOp(n) => {
                    let a = Self::pop(f);
                    let r = crate::objects::ops::unary_op(self, n, &a)?;
                    push(&mut f.stack, r);
                }
                Op::CompareOp(n) => {
                    if let [.., a, b] = &f.stack[..] {
                        if let Some(r) = crate::objects::ops::fast_compare(n, a, b) {
                            f.stack.pop();
                            f.stack.pop();
                            Self::branch_or_push(f, ops, r);
                            continue;
                        }
                    }
                    let b = Self::pop(f);
                    let a = Self::pop(f);
                    let r = crate::objects::ops::compare_op(self, n, &a, &b)?;
                    push(&mut f.stack, r);
                }
                Op::CompareConst(arg) => {
                    let (n, k) = (arg >> 16, code.konst((arg & 0xffff) as usize));
                    if let Some(a) = f.stack.last() {
                        if let Some(r) = crate::objects::ops::fast_compare(n, a, k) {
                            f.stack.pop();
                            Self::branch_or_push(f, ops, r);
                            continue;
                        }
                    }
                    let a = Self::pop(f);
                    let r = crate::objects::ops::compare_op(self, n, &a, k)?;
                    push(&mut f.stack, r);
                }
                Op::IsOp(inv) => {
                    let b = Self::pop(f);
                    let a = Self::pop(f);
                    push(&mut f.stack, Value::bool(a.is(&b) != (inv != 0)));
                }
                Op::ContainsOp(inv) => {
                    let b = Self::pop(f);
                    let a = Self::pop(f);
                    let r = self.contains(&b, &a)?;
                    push(&mut f.stack, Value::bool(r != (inv != 0)));
                }
                Op::BinarySubscr(_) => {
                    let k = Self::pop(f);
                    let o = Self::pop(f);
                    let r = match crate::objects::seq::list_item(&o, &k) {
                        Some(v) => v,
                        None => self.getitem(&o, &k)?,
                    };
                    push(&mut f.stack, r);
                }
                Op::StoreSubscr(_) => {
                    let k = Self::pop(f);
                    let o = Self::pop(f);
                    let v = Self::pop(f);
                    if let Err(v) = crate::objects::seq::list_store(&o, &k, v) {
                        self.setitem(&o, &k, v)?;
                    }
                }
                Op::BuildTuple(n) => {
                    let t = Value::tuple_from_top(&mut f.stack, n as usize);
                    push(&mut f.stack, t);
                }
                Op::BuildList(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    push(&mut f.stack, Value::list(items));
                }
                Op::ListAppend(d) => {
                    let v = Self::pop(f);
                    let target = &f.stack[f.stack.len() - d as usize];
                    if let Some(Object::List(l)) = target.as_obj() {
                        l.lock().push(v);
                    }
                }
                Op::UnpackSequence(n) => {
                    let seq = Self::pop(f);
                    let items = self.unpack(&seq, n as usize)?;
                    f.stack.extend(items.into_iter().rev());
                }
                Op::Jump(t) => {
                    if (t as usize) < f.ip {
                        // a loop's back edge: a safe point to hand over the GIL
                        self.safe_point()?;
                    }
                    f.ip = t as usize;
                }
                Op::PopJumpIfFalse(t) => {
                    let c = Self::pop(f);
                    // (a bool, as most conditions are, without a call)
                    let truth = match c {
                        Value::Bool(b) => b.get(),
                        _ => self.truthy(&c)?,
                    };
                    if !truth {
                        f.ip = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let c = Self::pop(f);
                    // (a bool, as most conditions are, without a call)
                    let truth = match c {
                        Value::Bool(b) => b.get(),
                        _ => self.truthy(&c)?,
                    };
                    if truth {
                        f.ip = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    if !self.truthy(Self::top(f))? {
                        f.ip = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    if self.truthy(Self::top(f))? {
                        f.ip = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::GetIter(_) => {
                    let o = Self::pop(f);
                    let it = self.get_iter(&o)?;
                    push(&mut f.stack, it);
                }
                Op::ForIter(t) => {
                    // borrowed, not cloned: `next` cannot reach this frame's stack
                    match self.next(Self::top(f))? {
                        Some(v) => push(&mut f.stack, v),
                        None => {
                            f.stack.pop();
                            f.ip = t as usize;
                        }
                    }
                }
                Op::ReturnValue(_) => {
                    let v = Self::pop(f);
                    while let Some(b) = f.blocks.pop() {
                        if let Block::Handler { prev } = b {
                            self.handled = prev;
                        }
                    }
                    let caller = f.caller;
                    if caller.is_null() {
                        return Ok(v);
                    }
                    if f.init_self.is_none() {
                        self.pop_callee();
                        switch_to!(caller);
                        push(&mut f.stack, v);
                        continue;
                    }
                    // an `__init__` run by `push_init`: the call gives the instance
                    let inst = f.init_self.take();
                    self.pop_callee();
                    switch_to!(caller);
                    match inst {
                        Some(inst) if matches!(v, Value::None) => push(&mut f.stack, inst),
                        _ => return Err(crate::objects::class::init_returned(&v)),
                    }
                }
                Op::SetupExcept(h) => f.blocks.push(Block::Except {
                    handler: h,
                    level: f.stack.len() as u32,
                }),
                Op::PopBlock(_) => {
                    f.blocks.pop();
                }
                _ => {
                    let calls = self.callees.len();
                    if let Some(v) = self.execute_rare(f, code, op)? {
                        if TRACED && f.hooks.is_some() {
                            // a `yield from` yielded
                            self.hook_exit(f, Some(&v));
                        }
                        return Ok(v);
                    }
                    if crate::runtime::gil::finalizers_requested(self.core) {
                        self.run_finalizers();
                    }
                    // a call with keywords pushed its callee's frame
                    if self.callees.len() > calls {
                        switch_to!(self.callees[calls]);
                    }
                }
            }
        }
    }

    /// The instructions that are rare in hot loops, out of line so that `execute` stays small
    /// (how it is compiled decides the speed of every call and loop). `Some(v)` when the frame
    /// returns `v` (a yield).
    #[inline(never)]
    fn execute_rare(&mut self, f: &mut Frame, code: &Code, op: Op) -> PResult<Option<Value>> {
        match op {
            Op::Nop(_) => {}
            Op::DeleteFast(i) => {
                if f.locals[i as usize].take().is_none() {
                    return Err(unbound_local(&code.varnames[i as usize]));
                }
            }
            Op::DeleteDeref(i) => {
                if cell_get(&f.cells[i as usize]).is_none() {
                    return Err(unbound_deref(code, i as usize));
                }
                cell_set(&f.cells[i as usize], None);
            }
            Op::LoadClosure(i) => push(&mut f.stack, Value::Obj(f.cells[i as usize].clone())),
            Op::LoadName(i) => {
                let name = &code.names[i as usize];
                let local = match &f.namespace {
                    Some(ns) if !matches!(&**ns, Object::Dict(_)) => self.mapping_load(ns, name)?,
                    Some(ns) => dict_of(ns)
                        .lock()
                        .get_str(name.as_str().unwrap_or(""))
                        .cloned(),
                    None => None,
                };
                let v = match local {
                    Some(v) => v,
                    None => self.load_global(&f.globals, name)?,
                };
                push(&mut f.stack, v);
            }
            Op::StoreName(i) if f.namespace.is_some() => {
                let v = Self::pop(f);
                let name = code.names[i as usize].clone();
                let h = crate::objects::ops::hash_str(name.as_str().unwrap_or(""));
                match &f.namespace {
                    Some(ns) if !matches!(&**ns, Object::Dict(_)) => {
                        self.setitem(&Value::Obj(ns.clone()), &name, v)?
                    }
                    Some(ns) => {
                        dict_of(ns).lock().insert(name, h, v);
                    }
                    None => {}
                }
            }
            Op::DeleteName(i)
                if f.namespace
                    .as_ref()
                    .is_some_and(|ns| !matches!(&**ns, Object::Dict(_))) =>
            {
                let ns = Value::Obj(f.namespace.clone().expect("namespace"));
                self.mapping_delete(&ns, &code.names[i as usize])?;
            }
            Op::DeleteName(i) if f.namespace.is_some() => {
                let name = &code.names[i as usize];
                let h = crate::objects::ops::hash_str(name.as_str().unwrap_or(""));
                let removed = f
                    .namespace
                    .as_ref()
                    .and_then(|ns| dict_of(ns).lock().remove(name, h));
                if removed.is_none() {
                    return Err(name_error(name.as_str().unwrap_or("")));
                }
            }
            Op::LoadBuildClass(_) => push(&mut f.stack, build_class_fn()),
            Op::LoadGlobals(_) => push(&mut f.stack, Value::Obj(f.globals.clone())),
            Op::LoadLocals(_) => {
                let d = self.frame_locals(f, code);
                push(&mut f.stack, d);
            }
            Op::BeforeWith(_) => {
                let mgr = Self::pop(f);
                let (exit, entered) = self.before_with(&mgr)?;
                push(&mut f.stack, exit);
                push(&mut f.stack, entered);
            }
            Op::BeforeAsyncWith(_) => {
                let mgr = Self::pop(f);
                let (exit, aw) = self.before_async_with(&mgr)?;
                push(&mut f.stack, exit);
                push(&mut f.stack, aw);
            }
            Op::GetAwaitable(_) => {
                let o = Self::pop(f);
                let it = self.get_awaitable(o)?;
                push(&mut f.stack, it);
            }
            Op::GetAIter(_) => {
                let o = Self::pop(f);
                let it = self.get_aiter(&o)?;
                push(&mut f.stack, it);
            }
            Op::GetANext(_) => {
                let it = Self::top(f).clone();
                let aw = self.get_anext(&it)?;
                push(&mut f.stack, aw);
            }
            Op::EndAsyncFor(_) => {
                let exc = self.to_exc(Self::pop(f))?;
                if !exc.is_kind(ExcKind::StopAsyncIteration) {
                    self.reraise = true;
                    return Err(exc);
                }
                while let Some(b) = f.blocks.pop() {
                    if let Block::Handler { prev } = b {
                        self.handled = prev;
                        break;
                    }
                }
                f.stack.pop();
            }
            Op::WithExceptStart(_) => {
                let n = f.stack.len();
                let (exit, exc) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                let t = Value::Obj(types::type_of(&exc).clone());
                let r = self.call(&exit, &[t, exc, Value::None], &[])?;
                push(&mut f.stack, r);
            }
            Op::GetYieldFromIter(_) => {
                let o = Self::pop(f);
                let it = match o.as_obj() {
                    Some(Object::Generator(g))
                        if g.kind == crate::objects::object::GenKind::Coroutine =>
                    {
                        return Err(type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        ))
                    }
                    Some(Object::Generator(_)) => o,
                    _ => self.get_iter(&o)?,
                };
                push(&mut f.stack, it);
            }
            Op::YieldFrom(_) => {
                let sent = Self::pop(f);
                let it = Self::top(f).clone();
                match self.delegate(&it, sent)? {
                    crate::runtime::generator::Step::Yield(v) => {
                        // come back to this instruction with the next sent value
                        f.ip -= 1;
                        self.yielded = true;
                        return Ok(Some(v));
                    }
                    crate::runtime::generator::Step::Return(r) => {
                        f.stack.pop();
                        push(&mut f.stack, r);
                    }
                }
            }
            Op::StoreGlobal(i) | Op::StoreName(i) => {
                let v = Self::pop(f);
                let site = code.global_base + i as usize;
                self.store_global_at(site, &f.globals, &code.names[i as usize], v);
            }
            Op::DeleteGlobal(i) | Op::DeleteName(i) => {
                let name = &code.names[i as usize];
                let h = crate::objects::ops::hash_str(name.as_str().unwrap_or(""));
                if dict_of(&f.globals).lock().remove(name, h).is_none() {
                    return Err(name_error(name.as_str().unwrap_or("")));
                }
            }
            Op::DeleteAttr(i) => {
                let o = Self::pop(f);
                self.del_attr(&o, &code.names[i as usize])?;
            }
            Op::CallKw(n) => {
                let names = Self::pop(f);
                if !self.push_call_kw(f, n as usize, &names)? {
                    let r = self.call_kw(f, n as usize, &names);
                    push(&mut f.stack, r?);
                    // (as `retrace!` in `execute`; a handoff from the traced `execute` only
                    // resumes it)
                    if self.retrace && self.retrace_running(f)? {
                        return Err(crate::runtime::trace::handoff());
                    }
                }
            }
            Op::DeleteSubscr(_) => {
                let k = Self::pop(f);
                let o = Self::pop(f);
                self.delitem(&o, &k)?;
            }
            Op::BuildSet(n) => {
                let items = f.stack.split_off(f.stack.len() - n as usize);
                let s = self.make_set(items)?;
                push(&mut f.stack, s);
            }
            Op::BuildMap(n) => {
                let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                let d = self.make_dict(items)?;
                push(&mut f.stack, d);
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { Self::pop(f) } else { Value::None };
                let stop = Self::pop(f);
                let start = Self::pop(f);
                push(&mut f.stack, new_slice(start, stop, step));
            }
            Op::BuildString(n) => {
                let at = f.stack.len() - n as usize;
                let s = build_string(&f.stack[at..]);
                f.stack.truncate(at);
                push(&mut f.stack, s);
            }
            Op::SetAdd(d) => {
                let v = Self::pop(f);
                let target = f.stack[f.stack.len() - d as usize].clone();
                self.set_add(&target, v)?;
            }
            Op::MapAdd(d) => {
                let v = Self::pop(f);
                let k = Self::pop(f);
                let target = f.stack[f.stack.len() - d as usize].clone();
                self.setitem(&target, &k, v)?;
            }
            Op::ListExtend(d) => {
                let it = Self::pop(f);
                let items = self.collect(&it)?;
                let target = &f.stack[f.stack.len() - d as usize];
                if let Some(Object::List(l)) = target.as_obj() {
                    l.lock().extend(items);
                }
            }
            Op::SetUpdate(d) => {
                let it = Self::pop(f);
                let target = f.stack[f.stack.len() - d as usize].clone();
                self.set_update(&target, &it)?;
            }
            Op::DictUpdate(d) => {
                let m = Self::pop(f);
                let target = f.stack[f.stack.len() - d as usize].clone();
                self.dict_update(&target, &m)?;
            }
            Op::ListToTuple(_) => {
                let l = Self::pop(f);
                let items = match l.as_obj() {
                    Some(Object::List(l)) => std::mem::take(&mut *l.lock()),
                    _ => vec![],
                };
                push(&mut f.stack, Value::tuple(items));
            }
            Op::UnpackEx(arg) => {
                let seq = Self::pop(f);
                let items = self.unpack_ex(&seq, (arg & 0xff) as usize, (arg >> 8) as usize)?;
                f.stack.extend(items.into_iter().rev());
            }
            Op::FormatValue(flags) => {
                let spec = (flags & 4 != 0).then(|| Self::pop(f));
                let v = Self::pop(f);
                let s = self.format_value(&v, flags & 3, spec.as_ref())?;
                push(&mut f.stack, s);
            }
            Op::MakeFunction(flags) => {
                let code_v = Self::pop(f);
                let cells = f.stack.len() - (flags >> 3) as usize;
                let closure: Box<[ObjRef]> = f
                    .stack
                    .drain(cells..)
                    .filter_map(|v| match v {
                        Value::Obj(o) => Some(o),
                        _ => None,
                    })
                    .collect();
                let kwdefaults = (flags & 2 != 0).then(|| Self::pop(f));
                let defaults = (flags & 1 != 0).then(|| Self::pop(f));
                let func = make_function(&code_v, &f.globals, defaults, kwdefaults, closure);
                if f.code.qualname == "<module>" || f.namespace.is_some() {
                    // module-level functions and methods are shared, long-lived objects
                    func.immortalize_when_shared();
                }
                push(&mut f.stack, func);
            }
            Op::PopExcept(_) => {
                while let Some(b) = f.blocks.pop() {
                    if let Block::Handler { prev } = b {
                        self.handled = prev;
                        break;
                    }
                }
            }
            Op::Raise(n) => return Err(self.do_raise(f, n)?),
            Op::Reraise(_) => {
                let v = Self::pop(f);
                self.reraise = true;
                return Err(self.to_exc(v)?);
            }
            Op::CheckExcMatch(_) => {
                let t = Self::pop(f);
                let e = Self::pop(f);
                let r = self.exc_matches(&e, &t)?;
                push(&mut f.stack, Value::bool(r));
            }
            Op::ImportName(i) => {
                let name = code.names[(i & IMPORT_NAME_MASK) as usize].as_str();
                let m = self.import_level(&f.globals, name.unwrap_or(""), i >> 24)?;
                push(&mut f.stack, m);
            }
            Op::ImportStar(_) => {
                let m = Self::pop(f);
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                self.import_star(&m, &ns)?;
            }
            Op::ImportFrom(i) => {
                let m = Self::top(f).clone();
                let v = self.import_from(&m, &code.names[i as usize])?;
                push(&mut f.stack, v);
            }
            Op::Swap(n) => {
                let top = f.stack.len() - 1;
                f.stack.swap(top, top + 1 - n as usize);
            }
            Op::GetLen(_) => {
                let n = self.len_of(Self::top(f))?;
                push(&mut f.stack, Value::Int(n as i64));
            }
            Op::MatchSequence(_) => {
                let b = self.match_kind(Self::top(f), "Sequence")?;
                push(&mut f.stack, Value::bool(b));
            }
            Op::MatchMapping(_) => {
                let b = self.match_kind(Self::top(f), "Mapping")?;
                push(&mut f.stack, Value::bool(b));
            }
            Op::MatchKeys(_) => {
                let n = f.stack.len();
                let (s, keys) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                let vs = self.match_keys(&s, &keys)?;
                push(&mut f.stack, vs);
            }
            Op::CopyDictWithoutKeys(_) => {
                let keys = Self::pop(f);
                let rest = self.dict_without_keys(Self::top(f), &keys)?;
                push(&mut f.stack, rest);
            }
            Op::MatchClass(n) => {
                let names = Self::pop(f);
                let cls = Self::pop(f);
                let s = Self::pop(f);
                let attrs = self.match_class(&s, &cls, n as usize, &names)?;
                push(&mut f.stack, attrs);
            }
            Op::LoadAssertionError(_) => push(
                &mut f.stack,
                Value::Obj(types::exc_type(ExcKind::AssertionError).clone()),
            ),
            _ => unreachable_op(op),
        }
        Ok(None)
    }

    /// `name` in a class namespace that is a mapping other than a dict (from a metaclass's
    /// `__prepare__`), through its `__getitem__`; None when it raises KeyError.
    #[cold]
    fn mapping_load(&mut self, ns: &ObjRef, name: &Value) -> PResult<Option<Value>> {
        match self.getitem(&Value::Obj(ns.clone()), name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_kind(ExcKind::KeyError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `del name` in a class namespace that is a mapping other than a dict.
    #[cold]
    fn mapping_delete(&mut self, ns: &Value, name: &Value) -> PResult<()> {
        match self.delitem(ns, name) {
            Err(e) if e.is_kind(ExcKind::KeyError) => Err(name_error(name.as_str().unwrap_or(""))),
            r => r,
        }
    }

    /// `locals()`: the class or module namespace itself, or a snapshot of a function's locals.
    fn frame_locals(&mut self, f: &Frame, code: &Code) -> Value {
        if let Some(ns) = &f.namespace {
            return Value::Obj(ns.clone());
        }
        if code.qualname == "<module>" {
            return Value::Obj(f.globals.clone());
        }
        let mut d = DictMap::new();
        for (name, v) in code.varnames.iter().zip(f.locals.iter()) {
            if let Some(v) = v {
                d.insert(
                    crate::objects::intern::intern(name),
                    crate::objects::ops::hash_str(name),
                    v.clone(),
                );
            }
        }
        let names = code.cellvars.iter().chain(code.freevars.iter());
        for (name, cell) in names.zip(f.cells.iter()) {
            if let Some(v) = cell_get(cell) {
                d.insert(
                    crate::objects::intern::intern(name),
                    crate::objects::ops::hash_str(name),
                    v,
                );
            }
        }
        Value::obj(Object::Dict(ReadMostly::new(d)))
    }

    /// `LoadGlobal` of `name` at site `site` (`Code::global_base` + the name's index): a
    /// per-thread table indexed by site, valid while no module namespace changed.
    #[inline]
    fn load_global_at(&mut self, site: usize, globals: &ObjRef, name: &Value) -> PResult<Value> {
        let version =
            crate::objects::dict::namespace_version(crate::objects::dict::Namespace::Module);
        let at = Ref::as_ptr(globals) as usize;
        if let Some(Some(page)) = self.global_sites.get(site / GLOBAL_PAGE) {
            let e = &page[site % GLOBAL_PAGE];
            if e.globals == at && e.version == version {
                // SAFETY: no module namespace changed since the value was cached from one,
                // so that namespace still holds it.
                if let Some(v) = unsafe { e.value.get() } {
                    return Ok(v);
                }
            }
        }
        self.load_global_slow(site, globals, name, version)
    }

    /// The global site `site`'s entry, its page made on first use.
    fn global_site(&mut self, site: usize) -> &mut GlobalSite {
        let p = site / GLOBAL_PAGE;
        if self.global_sites.len() <= p {
            self.global_sites.resize_with(p + 1, || None);
        }
        let page = self.global_sites[p]
            .get_or_insert_with(|| (0..GLOBAL_PAGE).map(|_| GlobalSite::default()).collect());
        &mut page[site % GLOBAL_PAGE]
    }

    /// A `LoadGlobal` whose value may have changed: read at the entry the site found the name
    /// in when no module namespace has gained or lost a key since, else looked up.
    #[inline(never)]
    fn load_global_slow(
        &mut self,
        site: usize,
        globals: &ObjRef,
        name: &Value,
        version: u64,
    ) -> PResult<Value> {
        let keys = crate::objects::dict::module_keys_version();
        let at = Ref::as_ptr(globals) as usize;
        let e = self.global_site(site);
        let hint = (e.globals == at && e.keys == keys).then_some((e.builtin, e.at as usize));
        if let Some((builtin, ix)) = hint {
            let dict = if builtin {
                &self.interp.builtins
            } else {
                globals
            };
            if let Some(v) = dict_of(dict).read(|d| d.get_at(ix, name).cloned()) {
                let e = self.global_site(site);
                e.version = version;
                e.value = crate::runtime::sync::CacheSlot::new(&v);
                return Ok(v);
            }
        }
        let (builtin, ix, v) = self.find_global(globals, name)?;
        *self.global_site(site) = GlobalSite {
            globals: at,
            version,
            value: crate::runtime::sync::CacheSlot::new(&v),
            keys,
            at: ix,
            builtin,
        };
        Ok(v)
    }

    /// `StoreGlobal` of `name` at site `site`: into the entry the site last found the name
    /// in when no module namespace has gained or lost a key since, else inserted.
    fn store_global_at(&mut self, site: usize, globals: &ObjRef, name: &Value, v: Value) {
        let keys = crate::objects::dict::module_keys_version();
        let at = Ref::as_ptr(globals) as usize;
        let e = self.global_site(site);
        let hint = (e.globals == at && e.keys == keys && !e.builtin).then_some(e.at as usize);
        let h = name.as_strobj().map_or(0, |s| s.hash());
        let mut d = dict_of(globals).lock();
        let v = match hint {
            Some(ix) => match d.set_at(ix, name, v) {
                Ok(old) => {
                    drop(d);
                    drop(old);
                    return;
                }
                Err(v) => v,
            },
            None => v,
        };
        let (ix, old) = d.insert_indexed(name.clone(), h, v);
        drop(d);
        drop(old);
        // the value is not kept: the next load reads it from the entry
        *self.global_site(site) = GlobalSite {
            globals: at,
            keys: crate::objects::dict::module_keys_version(),
            at: ix as u32,
            ..GlobalSite::default()
        };
    }

    fn load_global(&mut self, globals: &ObjRef, name: &Value) -> PResult<Value> {
        // Cached per thread while no namespace changed: a hit reads no shared dict and (the
        // usual globals being immortal) writes no shared memory.
        let version =
            crate::objects::dict::namespace_version(crate::objects::dict::Namespace::Module);
        let key = (
            Ref::as_ptr(globals) as usize,
            Ref::as_ptr(name.as_obj_ref()) as usize,
        );
        let slot = (key.0 >> 4 ^ key.1 >> 4) & (GLOBAL_CACHE - 1);
        if let Some((k, v, val)) = &self.globals_cache[slot] {
            if *k == key && *v == version {
                return Ok(val.clone());
            }
        }
        let v = self.load_global_uncached(globals, name)?;
        self.globals_cache[slot] = Some((key, version, v.clone()));
        Ok(v)
    }

    /// `container[key]` with both in local slots (packed in `ab`), read in place: a dict or
    /// list shared by threads is not written to just to be looked into.
    fn subscr_locals(&mut self, f: &Frame, code: &Code, ab: u32) -> PResult<Value> {
        let (a, b) = ((ab >> 16) as usize, (ab & 0xffff) as usize);
        match (f.local(a), f.local(b)) {
            (Some(o), Some(k)) => match crate::objects::seq::list_item(o, k) {
                Some(v) => Ok(v),
                None => self.getitem(o, k),
            },
            (None, _) => Err(unbound_local(&code.varnames[a])),
            (_, None) => Err(unbound_local(&code.varnames[b])),
        }
    }

    /// `container[constant]` with the container in a local slot and the constant's index
    /// packed in `ac`, the container read in place.
    fn subscr_local_const(&mut self, f: &Frame, code: &Code, ac: u32) -> PResult<Value> {
        let (a, c) = ((ac >> 16) as usize, (ac & 0xffff) as usize);
        let Some(o) = f.local(a) else {
            return Err(unbound_local(&code.varnames[a]));
        };
        let k = code.konst(c);
        match crate::objects::seq::list_item(o, k) {
            Some(v) => Ok(v),
            None => self.getitem(o, k),
        }
    }

    fn load_global_uncached(&mut self, globals: &ObjRef, name: &Value) -> PResult<Value> {
        self.find_global(globals, name).map(|(_, _, v)| v)
    }

    /// `name` in `globals`, else in the builtins: whether it was a builtin, its entry there
    /// and its value; NameError when neither has it.
    fn find_global(&self, globals: &ObjRef, name: &Value) -> PResult<(bool, u32, Value)> {
        let h = name.as_strobj().map_or(0, |s| s.hash());
        let found = |d: &ObjRef| {
            dict_of(d).read(|d| d.get_indexed(name, h).map(|(ix, v)| (ix as u32, v.clone())))
        };
        if let Some((ix, v)) = found(globals) {
            return Ok((false, ix, v));
        }
        match found(&self.interp.builtins) {
            Some((ix, v)) => Ok((true, ix, v)),
            None => Err(name_error(name.as_str().unwrap_or(""))),
        }
    }

    /// A call with keyword arguments of a plain Python function or a method of one: pushed
    /// as `push_general` does. False, with the stack untouched, for any other callee.
    fn push_call_kw(&mut self, f: &mut Frame, n: usize, names: &Value) -> PResult<bool> {
        if self.hooks_on {
            return Ok(false);
        }
        let base = f.stack.len() - n - 1;
        match self.push_general(f, base, base + 1, Some(names)) {
            Some(r) => r.map(|_| true),
            None => Ok(false),
        }
    }

    /// A call the fast paths declined, of a plain Python function or a bound method of one
    /// (not a generator), with the arguments `caller.stack[first..]` (the last `names.len()`
    /// of them by keyword): binds them into a new frame pushed on `callees`, as `push_frame`
    /// does, so that the call runs inline, and its frame has a `caller` (`f_back`). None, with
    /// the stack untouched, for any other callee.
    #[inline(never)]
    fn push_general(
        &mut self,
        caller: &mut Frame,
        base: usize,
        first: usize,
        names: Option<&Value>,
    ) -> Option<PResult<*mut Frame>> {
        let callee = caller.stack[base].clone();
        // a class: its metaclass's `__call__`, bound to it; or a plain class's `__init__`
        // (see `push_init`), bound to a new instance
        let (init, me, inst) = match callee.as_obj() {
            Some(Object::Type(t)) => {
                let meta = t.meta.as_ref();
                match meta.and_then(|m| crate::objects::types::lookup_user(m, "__call__")) {
                    Some(call) => (call, Some(callee.clone()), None),
                    None => {
                        let Value::Obj(cls) = &callee else {
                            return None;
                        };
                        let init = self.init_plan(cls)?;
                        let inst = crate::objects::class::bare_instance(cls);
                        (init, Some(inst.clone()), Some(inst))
                    }
                }
            }
            _ => (callee.clone(), None, None),
        };
        let (func, me) = match &me {
            Some(me) => (plain_callee(&init)?.0, Some(me)),
            None => plain_callee(&init)?,
        };
        let args = &caller.stack[first..];
        let (pos, kw) = match names {
            Some(names) => keyword_split(args, names),
            None => (args, vec![]),
        };
        let r = self.bind_frame(func, me, pos, &kw);
        cut(&mut caller.stack, base);
        Some(r.map(|mut frame| {
            frame.init_self = inst;
            self.push_bound_frame(caller, frame)
        }))
    }

    /// `call_unpacked(func, positional_parts, keyword_parts)` at `caller.stack[base]` (a call
    /// with `*` or `**`) of what `push_general` takes: the arguments unpacked, pushed as there.
    #[inline(never)]
    fn push_unpacked(&mut self, caller: &mut Frame, base: usize) -> Option<PResult<*mut Frame>> {
        let callee = caller.stack.get(base + 1)?.clone();
        let (func, me) = plain_callee(&callee)?;
        let parts = Args {
            pos: &caller.stack[base + 1..],
            kw: &[],
        };
        let r = crate::builtins::unpack_call(self, parts)
            .and_then(|(pos, kw)| self.bind_frame(func, me, &pos, &kw));
        cut(&mut caller.stack, base);
        Some(r.map(|frame| self.push_bound_frame(caller, frame)))
    }

    /// A new frame for `func` called with `pos` (after `me`, for a bound method) and `kw`,
    /// checked against the recursion limit as a call through `call_function` is.
    fn bind_frame(
        &mut self,
        func: &Function,
        me: Option<&Value>,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PResult<Box<Frame>> {
        if self.depth >= self.recursion_limit {
            return Err(Exc::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.safe_point()?;
        match me {
            None => self.make_frame(func, pos, kw),
            Some(me) => {
                let mut all = Vec::with_capacity(pos.len() + 1);
                all.push(me.clone());
                all.extend_from_slice(pos);
                self.make_frame(func, &all, kw)
            }
        }
    }

    /// Pushes a frame `bind_frame` made on `callees`, called by `caller`.
    fn push_bound_frame(&mut self, caller: &mut Frame, mut frame: Box<Frame>) -> *mut Frame {
        frame.caller = caller;
        self.depth += 1;
        let p = Box::into_raw(frame);
        self.callees.push(p);
        p
    }

    fn call_kw(&mut self, f: &mut Frame, n: usize, names: &Value) -> PResult<Value> {
        let base = f.stack.len() - n - 1;
        let all = f.stack.split_off(base + 1);
        let func = Self::pop(f);
        let (pos, kw) = keyword_split(&all, names);
        self.call(&func, pos, &kw)
    }

    fn do_raise(&mut self, _f: &mut Frame, n: u32) -> PResult<Exc> {
        match n {
            0 => match &self.handled {
                Some(e) => {
                    self.reraise = true;
                    Ok(e.clone())
                }
                None => Err(Exc::new(
                    ExcKind::RuntimeError,
                    "No active exception to reraise",
                )),
            },
            1 => {
                let v = Self::pop(_f);
                self.to_exc(v)
            }
            _ => {
                let cause = Self::pop(_f);
                let v = Self::pop(_f);
                let exc = self.to_exc(v)?;
                let cause = match cause {
                    Value::None => None,
                    c => Some(
                        self.to_exc(c)
                            .map_err(|_| {
                                type_error("exception causes must derive from BaseException")
                            })?
                            .value(),
                    ),
                };
                let mut st = exc.obj().state.lock();
                st.cause = cause;
                st.suppress_context = true;
                drop(st);
                Ok(exc)
            }
        }
    }

    /// Turns a raised value (an exception instance or class) into an exception.
    // the VM converts `v`; `self` is not what is converted
    #[allow(clippy::wrong_self_convention)]
    pub fn to_exc(&mut self, v: Value) -> PResult<Exc> {
        if let Value::Obj(o) = &v {
            match &**o {
                Object::Exception(_) => return Ok(Exc(o.clone())),
                Object::Type(_)
                    if types::is_subtype(o, types::exc_type(ExcKind::BaseException)) =>
                {
                    let inst = self.call0(&v)?;
                    if let Value::Obj(io) = &inst {
                        if let Object::Exception(_) = &**io {
                            return Ok(Exc(io.clone()));
                        }
                    }
                }
                _ => {}
            }
        }
        Err(type_error("exceptions must derive from BaseException"))
    }

    fn exc_matches(&mut self, e: &Value, t: &Value) -> PResult<bool> {
        let et = types::type_of(e).clone();
        let check = |t: &Value| -> PResult<bool> {
            match t.as_obj() {
                Some(Object::Type(_))
                    if types::is_subtype(
                        t.as_obj_ref(),
                        types::exc_type(ExcKind::BaseException),
                    ) =>
                {
                    Ok(types::is_subtype(&et, t.as_obj_ref()))
                }
                _ => Err(type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        match t.as_obj() {
            Some(Object::Tuple(items)) => {
                for i in items.iter() {
                    if check(i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => check(t),
        }
    }
}

impl Value {
    /// The object reference of a value known to be a heap object.
    pub fn as_obj_ref(&self) -> &ObjRef {
        match self {
            Value::Obj(o) => o,
            _ => not_an_object(),
        }
    }
}

#[cold]
fn not_an_object() -> ! {
    unreachable!("value checked to be an object")
}

fn build_class_fn() -> Value {
    static F: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let f = Value::obj(Object::Native(crate::objects::object::NativeFn {
            name: "__build_class__",
            f: crate::objects::class::build_class,
            owner: None,
        }));
        // shared by every interpreter
        f.immortalize();
        f
    })
    .clone()
}

/// The Python function a call of `v` runs inline, and the object it is bound to: a plain
/// function or a bound method of one, not a generator function.
fn plain_callee(v: &Value) -> Option<(&Function, Option<&Value>)> {
    let (f, me) = match v.as_obj()? {
        Object::BoundMethod(me, m) => (m, Some(me)),
        _ => (v, None),
    };
    match f.as_obj()? {
        Object::Function(func) if func.code.flags & crate::compiler::code::FLAG_GENERATOR == 0 => {
            Some((func, me))
        }
        _ => None,
    }
}

/// A `CallKw`'s arguments: the positional ones, and the last `names.len()` paired with the
/// names (a tuple of strs).
fn keyword_split<'a>(args: &'a [Value], names: &Value) -> (&'a [Value], Vec<(Value, Value)>) {
    let names: &[Value] = match names.as_obj() {
        Some(Object::Tuple(t)) => t,
        _ => &[],
    };
    let (pos, values) = args.split_at(args.len() - names.len());
    (
        pos,
        names.iter().cloned().zip(values.iter().cloned()).collect(),
    )
}

/// The f-string whose formatted pieces are `parts` (each a str).
fn build_string(parts: &[Value]) -> Value {
    let pieces = parts.iter().map(|p| p.as_str().unwrap_or(""));
    let ascii = parts.iter().all(|p| p.as_strobj().is_none_or(|s| s.ascii));
    Value::str_concat(pieces, ascii)
}

fn null_marker() -> Value {
    static MARKER: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    MARKER
        .get_or_init(|| {
            let v = Value::obj(Object::Singleton("<null>"));
            v.immortalize();
            v
        })
        .clone()
}

pub(crate) fn is_null_marker(v: &Value) -> bool {
    matches!(v.as_obj(), Some(Object::Singleton("<null>")))
}

fn cell_get(c: &ObjRef) -> Option<Value> {
    match &**c {
        Object::Cell(l) => l.lock().clone(),
        _ => None,
    }
}

fn cell_set(c: &ObjRef, v: Option<Value>) {
    if let Object::Cell(l) = &**c {
        *l.lock() = v;
    }
}

pub fn not_callable(v: &Value) -> Exc {
    type_error(format!("'{}' object is not callable", types::type_name(v)))
}

pub fn name_error(name: &str) -> Exc {
    Exc::new(ExcKind::NameError, format!("name '{name}' is not defined"))
}

fn unbound_local(name: &str) -> Exc {
    Exc::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

fn unbound_deref(code: &Code, i: usize) -> Exc {
    if i < code.cellvars.len() {
        unbound_local(&code.cellvars[i])
    } else {
        let name = &code.freevars[i - code.cellvars.len()];
        Exc::new(
            ExcKind::NameError,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}

fn make_function(
    code_v: &Value,
    globals: &ObjRef,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    closure: Box<[ObjRef]>,
) -> Value {
    let code = match code_v.as_obj() {
        Some(Object::Code(c)) => c.clone(),
        _ => return Value::None,
    };
    let defaults: Box<[Value]> = match defaults.as_ref().and_then(|d| d.as_obj()) {
        Some(Object::Tuple(t)) => t.to_vec().into_boxed_slice(),
        _ => Box::new([]),
    };
    let kwdefaults = match kwdefaults {
        Some(Value::Obj(o)) => Some(o),
        _ => None,
    };
    let simple = code.flags & (FLAG_VARARGS | FLAG_VARKW | crate::compiler::code::FLAG_GENERATOR)
        == 0
        && code.kwonlycount == 0;
    Value::obj(Object::Function(Box::new(Function {
        fast_argc: if simple {
            code.argcount as u32
        } else {
            u32::MAX
        },
        name: code.name.clone(),
        qualname: code.qualname.clone(),
        code,
        globals: globals.clone(),
        defaults,
        kwdefaults,
        closure,
        attrs: ReadMostly::new(DictMap::new()),
    })))
}

fn join_names(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Binds call arguments to a function's parameters, with CPython's error messages.
fn bind_args(
    func: &Function,
    locals: &mut [Option<Value>],
    args: &[Value],
    kw: &[(Value, Value)],
) -> PResult<()> {
    let code = &func.code;
    let fname = &func.qualname;
    let nparams = code.argcount;
    let nkwonly = code.kwonlycount;
    let has_varargs = code.flags & FLAG_VARARGS != 0;
    let has_varkw = code.flags & FLAG_VARKW != 0;
    let varargs_ix = nparams + nkwonly;
    let varkw_ix = varargs_ix + has_varargs as usize;

    let npos = args.len().min(nparams);
    for i in 0..npos {
        locals[i] = Some(args[i].clone());
    }
    if args.len() > nparams {
        if has_varargs {
            locals[varargs_ix] = Some(Value::tuple(args[nparams..].to_vec()));
        } else {
            let ndef = func.defaults.len();
            let given_kw = kw
                .iter()
                .filter(|(k, _)| {
                    code.varnames[nparams..nparams + nkwonly]
                        .iter()
                        .any(|n| Some(n.as_str()) == k.as_str())
                })
                .count();
            let takes = if ndef > 0 {
                format!(
                    "from {} to {} positional arguments",
                    nparams - ndef,
                    nparams
                )
            } else {
                format!(
                    "{} positional argument{}",
                    nparams,
                    if nparams == 1 { "" } else { "s" }
                )
            };
            let given = if given_kw > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    args.len(),
                    if args.len() == 1 { "" } else { "s" },
                    given_kw,
                    if given_kw == 1 { "" } else { "s" }
                )
            } else if args.len() == 1 {
                "1 was given".to_string()
            } else {
                format!("{} were given", args.len())
            };
            return Err(type_error(format!("{fname}() takes {takes} but {given}")));
        }
    } else if has_varargs {
        locals[varargs_ix] = Some(Value::tuple(vec![]));
    }
    let mut extra_kw = DictMap::new();
    let mut posonly_as_kw: Vec<String> = vec![];
    for (k, v) in kw {
        let kname = k.as_str().unwrap_or("");
        let pos = code.varnames[..nparams + nkwonly]
            .iter()
            .position(|n| n == kname);
        match pos {
            Some(i) if i >= code.posonlycount => {
                if locals[i].is_some() {
                    return Err(type_error(format!(
                        "{fname}() got multiple values for argument '{kname}'"
                    )));
                }
                locals[i] = Some(v.clone());
            }
            _ => {
                if has_varkw {
                    let h = crate::objects::ops::hash_str(kname);
                    extra_kw.insert(k.clone(), h, v.clone());
                } else if pos.is_some() {
                    posonly_as_kw.push(kname.to_string());
                } else {
                    return Err(type_error(format!(
                        "{fname}() got an unexpected keyword argument '{kname}'"
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        let names: Vec<&str> = posonly_as_kw.iter().map(|s| s.as_str()).collect();
        return Err(type_error(format!(
            "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
            names.join(", ")
        )));
    }
    if has_varkw {
        locals[varkw_ix] = Some(Value::obj(Object::Dict(ReadMostly::new(extra_kw))));
    }
    // Defaults for missing positional parameters.
    let ndef = func.defaults.len();
    let first_def = nparams - ndef;
    let mut missing = vec![];
    for (i, slot) in locals.iter_mut().enumerate().take(nparams) {
        if slot.is_none() {
            if i >= first_def {
                *slot = Some(func.defaults[i - first_def].clone());
            } else {
                missing.push(code.varnames[i].as_str());
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{fname}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    let mut missing_kw = vec![];
    for (i, slot) in locals
        .iter_mut()
        .enumerate()
        .take(nparams + nkwonly)
        .skip(nparams)
    {
        if slot.is_none() {
            let name = &code.varnames[i];
            let d = func
                .kwdefaults
                .as_ref()
                .and_then(|kd| dict_of(kd).get_str_cloned(name));
            match d {
                Some(v) => *slot = Some(v),
                None => missing_kw.push(name.as_str()),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(type_error(format!(
            "{fname}() missing {} required keyword-only argument{}: {}",
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            join_names(&missing_kw)
        )));
    }
    Ok(())
}

/// Cuts the stack back to `len` values, popping them one by one: for the one to three values
/// a call or comparison leaves, an inlined loop beats `truncate`'s out-of-line slice drop.
#[inline(always)]
fn cut(stack: &mut Vec<Value>, len: usize) {
    while stack.len() > len {
        stack.pop();
    }
}

/// Pushes `v` on a running frame's stack, with no capacity check.
#[inline(always)]
fn push(stack: &mut Vec<Value>, v: Value) {
    let n = stack.len();
    debug_assert!(n < stack.capacity());
    // SAFETY: `verify` proved that the running code's stack never grows past
    // `Code::max_stack` values, and a frame reserves that many slots for the code it is given
    // (`new_frame`, `run_code`); a capacity never shrinks, so slot `n` is allocated.
    unsafe {
        stack.as_mut_ptr().add(n).write(v);
        stack.set_len(n + 1);
    }
}

/// `execute_rare` was handed an instruction `execute` handles itself.
#[cold]
fn unreachable_op(op: Op) -> ! {
    unreachable!("{} is dispatched by execute", op.name())
}
