//! `Interpreter`: running scripts and reading their globals, the values copied out, errors,
//! and the process-wide switches of the `gilt` command.

use super::builder::Builder;
use super::handle::with_vm;
use super::{FromGilt, Handle, IntoArgs, IntoGilt, NativeFunction};
use crate::builtins;
use crate::compiler::{code, dis};
use crate::front::{ast, parser, token};
use crate::modules;
use crate::objects::{intern, ops, types};
use crate::runtime::{gc, signals, sync, traceback, vm};

use crate::compiler::code::Source;
use crate::objects::dict::DictMap;
use crate::objects::object::{Module, Object};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::sync::{Gil, Lock, ReadMostly};
use crate::runtime::vm::{Interp, Vm};
use std::mem::ManuallyDrop;
use std::sync::Arc;

pub use crate::runtime::allocator::CachingAlloc;
pub use crate::runtime::signals::{read_console_line, ConsoleLine};
pub use crate::runtime::sync::{BuildMode, BUILD_MODE};

/// The highest recursion limit `sys.setrecursionlimit` accepts; deeper recursion would need
/// more native stack than the interpreter thread is given.
pub const MAX_RECURSION_LIMIT: u32 = 20_000;

/// A value copied out of the interpreter.
#[derive(Clone, Debug, PartialEq)]
pub enum RustValue {
    None,
    Bool(bool),
    Int(i64),
    /// An int too large for i64, in decimal.
    BigInt(String),
    Float(f64),
    Str(String),
    List(Vec<RustValue>),
    Tuple(Vec<RustValue>),
    Dict(Vec<(RustValue, RustValue)>),
    /// Anything else, as its repr.
    Other(String),
}

/// A limit the host set that stopped a script (see [`Builder`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// [`Builder::operation_limit`]: too many calls and loop iterations.
    Operations,
    /// [`Builder::timeout`]: the call ran too long.
    Time,
    /// [`CancelHandle::cancel`].
    Cancelled,
    /// [`Builder::memory_limit`]: the interpreter's threads held too many bytes.
    Memory,
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Limit::Operations => "operation limit exceeded",
            Limit::Time => "time limit exceeded",
            Limit::Cancelled => "cancelled by the host",
            Limit::Memory => "memory limit exceeded",
        })
    }
}

/// Statements compiled by [`Interpreter::compile`]: run them with
/// [`Interpreter::run_compiled`], as often as needed, from any thread. `Send` and `Sync`.
/// The code object belongs to the interpreter that compiled it; another interpreter compiles
/// the text again for itself each time it runs it (interpreters share no objects, which is
/// what lets each have its own GIL).
pub struct Compiled {
    code: ManuallyDrop<sync::Ref<code::Code>>,
    source: String,
    filename: String,
    /// The interpreter that compiled it (`Interp::id`) and its lock.
    home: u64,
    core: &'static crate::runtime::gil::GilCore,
}

impl Drop for Compiled {
    /// Lets go of the code with its interpreter's GIL held (in the GIL build counts are plain
    /// words).
    fn drop(&mut self) {
        // inside a free of another interpreter's object: later (see `Handle`'s drop)
        let put_off = crate::runtime::gil::defer_if_foreign(self.core, || Compiled {
            // SAFETY: the code moves into a new `Compiled`; this one's is never used again.
            code: ManuallyDrop::new(unsafe { ManuallyDrop::take(&mut self.code) }),
            source: std::mem::take(&mut self.source),
            filename: std::mem::take(&mut self.filename),
            home: self.home,
            core: self.core,
        });
        if put_off {
            return;
        }
        let _gil = Gil::acquire_for(self.core);
        // SAFETY: dropped once, here, and never used again.
        unsafe { ManuallyDrop::drop(&mut self.code) };
    }
}

/// Stops an interpreter's running code from another thread: every thread running its code
/// stops at its next safe point with [`Error::Limit`]`(`[`Limit::Cancelled`]`)`, and no
/// `except` in the script catches it. `Send`, `Sync` and cheap to clone.
#[derive(Clone)]
pub struct CancelHandle(Arc<vm::Limits>);

impl CancelHandle {
    /// Stops the code running now; if none runs, the next call from the host stops at its
    /// first safe point. The call that is stopped clears the request.
    pub fn cancel(&self) {
        self.0
            .cancelled
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Why running code failed.
#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    /// A SyntaxError (or IndentationError) with its CPython-style report.
    Syntax {
        report: String,
        message: String,
        line: usize,
    },
    /// An uncaught exception: its type name, `str()`, the formatted traceback, and the
    /// exception object itself (for its `args` and attributes).
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.exec("class AppError(Exception):\n    def __init__(self, code): self.code = code").unwrap();
    /// let Err(gilt::Error::Exception { type_name, exception: Some(e), .. }) = interp.exec("raise AppError(7)") else {
    ///     panic!("expected an exception")
    /// };
    /// assert_eq!(type_name, "AppError");
    /// assert_eq!(e.getattr("code").unwrap().extract::<i64>().unwrap(), 7);
    /// ```
    Exception {
        type_name: String,
        message: String,
        traceback: String,
        exception: Option<Handle>,
    },
    /// `sys.exit(code)`.
    Exit(i32),
    /// A limit the host set stopped the script.
    Limit(Limit),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Syntax { report, .. } => f.write_str(report.trim_end()),
            Error::Exception { traceback, .. } => f.write_str(traceback.trim_end()),
            Error::Exit(c) => write!(f, "exit status {c}"),
            Error::Limit(l) => write!(f, "{l}"),
        }
    }
}

impl std::error::Error for Error {}

/// One interpreter: a `__main__` namespace, the builtins and the loaded modules.
pub struct Interpreter {
    interp: ManuallyDrop<Arc<Interp>>,
    main: ManuallyDrop<ObjRef>,
}

/// Python's keywords, for [`Interpreter::complete`].
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The next interpreter's `Interp::id`.
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Interpreters made and not dropped yet, in the process.
static LIVE_INTERPRETERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl Drop for Interpreter {
    /// Drops the interpreter's references with the GIL held: under the GIL build their counts
    /// are plain words that another thread running Gilt code may be changing.
    fn drop(&mut self) {
        // inside a free of another interpreter's object: later (see `Handle`'s drop)
        // SAFETY: the fields move into a new `Interpreter`; this one's are never used again.
        let put_off = crate::runtime::gil::defer_if_foreign(self.interp.core.0, || unsafe {
            Interpreter {
                interp: ManuallyDrop::new(ManuallyDrop::take(&mut self.interp)),
                main: ManuallyDrop::new(ManuallyDrop::take(&mut self.main)),
            }
        });
        if put_off {
            return;
        }
        let _gil = Gil::acquire_for(self.interp.core.0);
        let last = LIVE_INTERPRETERS.fetch_sub(1, std::sync::atomic::Ordering::Relaxed) == 1;
        self.finalize_main(last);
        // SAFETY: both fields are dropped once, here, and never used again.
        unsafe {
            ManuallyDrop::drop(&mut self.main);
            ManuallyDrop::drop(&mut self.interp);
        }
    }
}

impl Interpreter {
    /// Lets go of what `__main__` holds, as CPython does at exit, so that finalizers run
    /// (`__del__`): instances first, then a collection, then other values, then classes,
    /// functions and modules — each name set to None in the namespace's order, so a
    /// finalizer still finds the classes and functions it uses.
    fn finalize_main(&self, last: bool) {
        let mut vm = Vm::new(Arc::clone(&self.interp));
        vm.run_finalizers();
        let main = vm::dict_of(&self.main);
        let pass = |vm: &mut Vm, pick: &dyn Fn(&Value) -> bool| {
            let names: Vec<(Value, i64)> = main.read(|d| {
                d.iter()
                    .filter(|e| e.key.as_str() != Some("__builtins__") && pick(&e.value))
                    .map(|e| (e.key.clone(), e.hash))
                    .collect()
            });
            for (k, h) in names {
                let old = main.lock().insert(k, h, Value::None);
                drop(old);
                vm.run_finalizers();
            }
        };
        let instance =
            |v: &Value| matches!(v.as_obj(), Some(Object::Instance(_) | Object::Derived(..)));
        let lasting = |v: &Value| {
            matches!(
                v.as_obj(),
                Some(Object::Type(_) | Object::Function(_) | Object::Module(_))
            )
        };
        pass(&mut vm, &instance);
        let _ = modules::gc::collect_with_callbacks(&mut vm, 2);
        pass(&mut vm, &|v| !matches!(v, Value::None) && !lasting(v));
        pass(&mut vm, &|v| !matches!(v, Value::None));
        if last {
            // what waited to be shared between threads is freed with the last interpreter
            sync::release_waiting();
        }
        let _ = modules::gc::collect_with_callbacks(&mut vm, 2);
        vm.run_finalizers();
        vm.flush_out();
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl Interpreter {
    pub fn new() -> Interpreter {
        Interpreter::with_argv(vec![String::new()])
    }

    /// An interpreter whose `sys.argv` is `argv`.
    pub fn with_argv(argv: Vec<String>) -> Interpreter {
        Interpreter::builder().argv(argv).build()
    }

    /// Settings for a new interpreter: its arguments, output, module folders and limits.
    ///
    /// ```
    /// let out = gilt::Capture::new();
    /// let interp = gilt::Interpreter::builder().stdout(out.clone()).build();
    /// interp.exec("for i in range(3): print(i)").unwrap();
    /// assert_eq!(out.take(), "0\n1\n2\n");
    /// ```
    pub fn builder() -> Builder {
        Builder::new()
    }

    pub(crate) fn from_builder(b: Builder) -> Interpreter {
        let limits = Arc::new(vm::Limits {
            memory: crate::runtime::allocator::Meter {
                cap: b.memory_limit.unwrap_or(0),
                ..Default::default()
            },
            ..Default::default()
        });
        if let Some(t) = b.timeout {
            let ms = u64::try_from(t.as_millis()).unwrap_or(u64::MAX).max(1);
            limits
                .timeout_ms
                .store(ms, std::sync::atomic::Ordering::Relaxed);
        }
        let counted = b.op_limit.is_some() || b.timeout.is_some() || b.memory_limit.is_some();
        let core = vm::CoreClaim::claim();
        let _gil = Gil::acquire_for(core.0);
        LIVE_INTERPRETERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let sink = |w: Option<Box<dyn std::io::Write + Send>>| match w {
            None => vm::Sink::Process,
            Some(w) => vm::Sink::Host(parking_lot::Mutex::new(w)),
        };
        // without file access, modules come only from the paths the host named
        let mut path = Vec::new();
        if b.permissions.files {
            path.push(script_dir(b.argv.first().map(|s| s.as_str()).unwrap_or("")));
        }
        path.extend(b.paths);
        let interp = Arc::new(Interp {
            stdout: sink(b.stdout),
            stderr: sink(b.stderr),
            builtins: builtins::make_builtins(),
            modules: ObjRef::new(Object::Dict(ReadMostly::new(DictMap::new()))),
            path: Lock::new(path),
            argv: Lock::new(b.argv),
            op_limit: b.op_limit.unwrap_or(u64::MAX),
            limits,
            recursion_limit: std::sync::atomic::AtomicU32::new(b.recursion_limit),
            classes: Lock::new(Default::default()),
            permissions: b.permissions,
            pending_modules: Lock::new(
                b.modules
                    .into_iter()
                    .map(|m| {
                        let name = m.name().to_string();
                        let make: vm::PendingModule = Box::new(move |vm| Ok(m.build(vm)?.1));
                        (name, make)
                    })
                    .collect(),
            ),
            sys_dict: Default::default(),
            stdout_at: Default::default(),
            threads: Default::default(),
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            core,
        });
        if counted {
            interp.start_counting();
        }
        let builtins_module = Value::obj(Object::Module(Module {
            name: "builtins".into(),
            dict: interp.builtins.clone(),
        }));
        vm::dict_of(&interp.modules).lock().insert(
            Value::str("builtins"),
            ops::hash_str("builtins"),
            builtins_module.clone(),
        );
        let d = crate::modules::module_namespace("__main__", builtins_module);
        let main = ObjRef::new(Object::Dict(ReadMostly::new(d)));
        sync::Ref::make_immortal_when_shared(&main);
        let module = Value::obj(Object::Module(Module {
            name: "__main__".into(),
            dict: main.clone(),
        }));
        vm::dict_of(&interp.modules).lock().insert(
            Value::str("__main__"),
            ops::hash_str("__main__"),
            module,
        );
        Interpreter {
            interp: ManuallyDrop::new(interp),
            main: ManuallyDrop::new(main),
        }
    }

    /// Compiles `source` (named `filename` in errors) to a code object. The caller holds the
    /// GIL: constants and interned names are counted objects that other threads share.
    pub(crate) fn compile_code(source: &str, filename: &str) -> Result<code::Code, Error> {
        let src = Arc::new(Source {
            filename: filename.to_string(),
            text: source.to_string(),
        });
        crate::compiler::codegen::compile_source(src.clone()).map_err(|e| syntax_error(&e, &src))
    }

    /// Runs module `name` as the main program, as `python -m name` does: its source is found
    /// where `import` looks (the module folders, then the standard library), `sys.argv[0]`
    /// becomes its file name, and it runs in `__main__`. A module that is nowhere is a
    /// `ModuleNotFoundError` raised before anything runs.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("gilt_run_module_doc");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("greet.py"), "import sys\nprint(__name__, sys.argv[0].endswith('greet.py'))").unwrap();
    /// let out = gilt::Capture::new();
    /// let interp = gilt::Interpreter::builder().module_path(dir.to_str().unwrap()).stdout(out.clone()).build();
    /// interp.run_module("greet").unwrap();
    /// assert_eq!(out.take(), "__main__ True\n");
    /// assert!(interp.run_module("no_such_module").is_err());
    /// ```
    pub fn run_module(&self, name: &str) -> Result<(), Error> {
        let found = with_vm(&self.interp, |vm| match vm.module_source(name) {
            Some(found) => Ok(found),
            None => Err(crate::runtime::exc::Exc::new(
                types::ExcKind::ModuleNotFoundError,
                format!("No module named {name}"),
            )),
        })?;
        let (text, filename) = found;
        {
            let _gil = Gil::acquire_for(self.interp.core.0);
            if let Some(first) = self.interp.argv.lock().first_mut() {
                *first = filename.clone();
            }
            // (if `sys` is made already, its list too)
            if let Some(sys) = self.interp.sys_dict.get() {
                let argv = vm::dict_of(sys).read(|d| d.get_str("argv").cloned());
                if let Some(Object::List(l)) = argv.as_ref().and_then(|a| a.as_obj()) {
                    if let Some(first) = l.lock().first_mut() {
                        *first = Value::str(&filename);
                    }
                }
            }
        }
        self.run(&text, &filename)
    }

    /// Runs `source` in the `__main__` namespace. Standard output is flushed before returning.
    pub fn run(&self, source: &str, filename: &str) -> Result<(), Error> {
        let code = {
            let _gil = Gil::acquire_for(self.interp.core.0);
            Interpreter::compile_code(source, filename)?
        };
        let r = with_vm(&self.interp, |vm| {
            vm.run_code(sync::Ref::new(code), ObjRef::clone(&self.main))
        });
        {
            let _gil = Gil::acquire_for(self.interp.core.0);
            types::clear_lookup_cache();
        }
        r.map(drop)
    }

    /// Compiles statements once, to run many times with [`run_compiled`](Self::run_compiled)
    /// — from any thread, in this interpreter or another.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.exec("count = 0").unwrap();
    /// let step = interp.compile("count += 1", "<step>").unwrap();
    /// for _ in 0..3 {
    ///     interp.run_compiled(&step).unwrap();
    /// }
    /// assert_eq!(interp.get::<i64>("count").unwrap(), 3);
    /// assert!(interp.compile("count +=", "<bad>").is_err());
    /// ```
    pub fn compile(&self, source: &str, filename: &str) -> Result<Compiled, Error> {
        let _gil = Gil::acquire_for(self.interp.core.0);
        let code = Interpreter::compile_code(source, filename)?;
        Ok(Compiled {
            code: ManuallyDrop::new(sync::Ref::new(code)),
            source: source.to_string(),
            filename: filename.to_string(),
            home: self.interp.id,
            core: self.interp.core.0,
        })
    }

    /// Runs compiled statements in the `__main__` namespace.
    ///
    /// ```
    /// let (a, b) = (gilt::Interpreter::new(), gilt::Interpreter::new());
    /// let code = a.compile("x = 6 * 7", "<shared>").unwrap();
    /// a.run_compiled(&code).unwrap();
    /// b.run_compiled(&code).unwrap(); // compiled again, for `b`
    /// assert_eq!(b.get::<i64>("x").unwrap(), 42);
    /// ```
    pub fn run_compiled(&self, code: &Compiled) -> Result<(), Error> {
        let own = if code.home == self.interp.id {
            let _gil = Gil::acquire_for(self.interp.core.0);
            sync::Ref::clone(&code.code)
        } else {
            let _gil = Gil::acquire_for(self.interp.core.0);
            sync::Ref::new(Interpreter::compile_code(&code.source, &code.filename)?)
        };
        with_vm(&self.interp, |vm| {
            vm.run_code(own, ObjRef::clone(&self.main))
        })
        .map(drop)
    }

    /// A handle that stops this interpreter's running code from any thread.
    ///
    /// ```
    /// let interp = std::sync::Arc::new(gilt::Interpreter::new());
    /// let cancel = interp.cancel_handle();
    /// let worker = {
    ///     let interp = interp.clone();
    ///     std::thread::spawn(move || interp.exec("while True: pass"))
    /// };
    /// std::thread::sleep(std::time::Duration::from_millis(50));
    /// cancel.cancel();
    /// assert_eq!(worker.join().unwrap(), Err(gilt::Error::Limit(gilt::Limit::Cancelled)));
    /// assert_eq!(interp.eval::<i64>("1 + 1").unwrap(), 2); // the next call runs again
    /// ```
    pub fn cancel_handle(&self) -> CancelHandle {
        self.interp.start_counting();
        CancelHandle(Arc::clone(&self.interp.limits))
    }

    /// Runs statements in the `__main__` namespace (named `<string>` in tracebacks).
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.exec("total = 0\nfor i in range(5):\n    total += i").unwrap();
    /// assert_eq!(interp.get::<i64>("total").unwrap(), 10);
    /// let err = interp.exec("1 / 0").unwrap_err();
    /// assert!(matches!(err, gilt::Error::Exception { ref type_name, .. } if type_name == "ZeroDivisionError"));
    /// ```
    pub fn exec(&self, source: &str) -> Result<(), Error> {
        self.run(source, "<string>")
    }

    /// The value of one expression, evaluated in the `__main__` namespace and read as `T`
    /// ([`FromGilt`](crate::FromGilt)). Statements are a SyntaxError, as in Python's `eval`.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.exec("def double(x): return 2 * x").unwrap();
    /// assert_eq!(interp.eval::<i64>("double(21)").unwrap(), 42);
    /// assert_eq!(interp.eval::<Vec<String>>("'a b c'.split()").unwrap(), ["a", "b", "c"]);
    /// assert!(matches!(interp.eval::<i64>("x = 1"), Err(gilt::Error::Syntax { .. })));
    /// ```
    pub fn eval<T: FromGilt>(&self, expression: &str) -> Result<T, Error> {
        let code = {
            let _gil = Gil::acquire_for(self.interp.core.0);
            let src = Arc::new(Source {
                filename: "<string>".to_string(),
                text: expression.to_string(),
            });
            crate::compiler::codegen::compile_eval(src.clone())
                .map_err(|e| syntax_error(&e, &src))?
        };
        with_vm(&self.interp, |vm| {
            let v = vm.run_code(sync::Ref::new(code), ObjRef::clone(&self.main))?;
            super::handle::to_host(vm, &v)
        })
    }

    /// Reads a global of `__main__` as `T`; a missing name is a `NameError`.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.exec("name, sizes = 'gilt', {'a': 1}").unwrap();
    /// assert_eq!(interp.get::<String>("name").unwrap(), "gilt");
    /// let sizes: std::collections::HashMap<String, u8> = interp.get("sizes").unwrap();
    /// assert_eq!(sizes["a"], 1);
    /// assert!(interp.get::<i64>("missing").is_err());
    /// ```
    pub fn get<T: FromGilt>(&self, name: &str) -> Result<T, Error> {
        with_vm(&self.interp, |vm| {
            let v = vm::dict_of(&self.main)
                .read(|d| d.get_str(name).cloned())
                .ok_or_else(|| {
                    crate::runtime::exc::Exc::new(
                        types::ExcKind::NameError,
                        format!("name '{name}' is not defined"),
                    )
                })?;
            super::handle::to_host(vm, &v)
        })
    }

    /// What a console could complete `text` to, sorted: for a dotted name (`point.no`), the
    /// attributes of the object it names that start with the last part (`point.norm`); else
    /// the globals of `__main__`, the built-in names and the keywords that start with it. As
    /// CPython's completer does, naming an object may run its attribute lookups (a property),
    /// but nothing is called. The `gilt` REPL completes with it on Tab.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.exec("words = ['a']\nwidth = 3").unwrap();
    /// assert_eq!(interp.complete("wi"), ["width", "with"]);
    /// assert!(interp.complete("words.ap").contains(&"words.append".to_string()));
    /// assert!(interp.complete("nothing.at").is_empty());
    /// ```
    pub fn complete(&self, text: &str) -> Vec<String> {
        let ident = |s: &str| !s.is_empty() && s.chars().all(|c| c == '_' || c.is_alphanumeric());
        let mut out: Vec<String> = match text.rsplit_once('.') {
            Some((expr, prefix)) => {
                if !expr.split('.').all(ident) {
                    return Vec::new();
                }
                let names = with_vm(&self.interp, |vm| {
                    let mut parts = expr.split('.');
                    let first = parts.next().unwrap_or_default();
                    let lookup = |d: &ObjRef| vm::dict_of(d).read(|d| d.get_str(first).cloned());
                    let mut obj = lookup(&self.main)
                        .or_else(|| lookup(&self.interp.builtins))
                        .ok_or_else(|| {
                            crate::runtime::exc::Exc::new(types::ExcKind::NameError, first)
                        })?;
                    for p in parts {
                        obj = vm.get_attr(&obj, &intern::intern(p))?;
                    }
                    let dir = vm::dict_of(&self.interp.builtins)
                        .read(|d| d.get_str("dir").cloned())
                        .unwrap_or(Value::None);
                    let listed = vm.call(&dir, &[obj], &[])?;
                    super::handle::to_host::<Vec<String>>(vm, &listed)
                });
                names
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|n| {
                        n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_'))
                    })
                    .map(|n| format!("{expr}.{n}"))
                    .collect()
            }
            None => {
                if !text.is_empty() && !ident(text) {
                    return Vec::new();
                }
                let _gil = Gil::acquire_for(self.interp.core.0);
                let keys = |d: &ObjRef| -> Vec<String> {
                    vm::dict_of(d).read(|d| {
                        d.iter()
                            .filter_map(|e| e.key.as_str().map(str::to_string))
                            .collect()
                    })
                };
                let mut names = keys(&self.main);
                names.extend(keys(&self.interp.builtins));
                names.extend(KEYWORDS.iter().map(|k| k.to_string()));
                names.retain(|n| {
                    n.starts_with(text) && (text.starts_with('_') || !n.starts_with('_'))
                });
                names
            }
        };
        out.sort();
        out.dedup();
        out
    }

    /// Sets a global of `__main__` to a Rust value ([`IntoGilt`](crate::IntoGilt)).
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.set("limits", vec![1, 10, 100]).unwrap();
    /// assert_eq!(interp.eval::<i64>("sum(limits)").unwrap(), 111);
    /// ```
    pub fn set(&self, name: &str, value: impl IntoGilt) -> Result<(), Error> {
        with_vm(&self.interp, |vm| {
            let v = value.into_gilt(vm)?;
            let old =
                vm::dict_of(&self.main)
                    .lock()
                    .insert(intern::intern(name), ops::hash_str(name), v);
            drop(old);
            Ok(())
        })
    }

    /// Calls the global function (or any callable) `name` of `__main__` with positional
    /// arguments, and reads its result as `R`.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.exec("def greet(who, punct='!'): return 'hello ' + who + punct").unwrap();
    /// let s: String = interp.call("greet", ("world",)).unwrap();
    /// assert_eq!(s, "hello world!");
    /// let err = interp.call::<String>("greet", ()).unwrap_err();
    /// assert!(err.to_string().contains("missing 1 required positional argument: 'who'"));
    /// ```
    pub fn call<R: FromGilt>(&self, name: &str, args: impl IntoArgs) -> Result<R, Error> {
        self.get::<Handle>(name)?.call(args)?.extract()
    }

    /// Calls `name` with positional and keyword arguments.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.exec("def greet(who, punct='!'): return 'hello ' + who + punct").unwrap();
    /// let s: String = interp.call_kw("greet", ("you",), [("punct", "?")]).unwrap();
    /// assert_eq!(s, "hello you?");
    /// ```
    pub fn call_kw<R: FromGilt, K: AsRef<str>, V: IntoGilt>(
        &self,
        name: &str,
        args: impl IntoArgs,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<R, Error> {
        self.get::<Handle>(name)?.call_kw(args, kwargs)?.extract()
    }

    /// Gives scripts a Rust function as the global `name`: a closure or function of up to
    /// eight parameters of [`FromGilt`] types, returning an [`IntoGilt`] value or a `Result`
    /// of one (see [`Exception`](crate::Exception) for the error). Arguments are converted
    /// with the usual `TypeError`s; a trailing `Option` parameter may be left out; a panic in
    /// the function becomes a `RuntimeError`.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.register_fn("add", |a: i64, b: i64| a + b).unwrap();
    /// interp.register_fn("shout", |s: String, times: Option<usize>| s.to_uppercase().repeat(times.unwrap_or(1))).unwrap();
    /// assert_eq!(interp.eval::<i64>("add(2, 3)").unwrap(), 5);
    /// assert_eq!(interp.eval::<String>("shout('hi') + shout('yo', 2)").unwrap(), "HIYOYO");
    /// let err = interp.eval::<i64>("add(1, 'x')").unwrap_err();
    /// assert_eq!(err.to_string(), "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nTypeError: add() argument 2: 'str' object cannot be interpreted as an integer");
    /// ```
    pub fn register_fn<M, F: NativeFunction<M>>(&self, name: &str, f: F) -> Result<(), Error> {
        self.register_fn_kw(name, &[], f)
    }

    /// [`register_fn`](Self::register_fn) with parameter names, so that scripts may pass
    /// arguments by keyword.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// interp.register_fn_kw("clamp", &["x", "lo", "hi"], |x: f64, lo: f64, hi: f64| x.max(lo).min(hi)).unwrap();
    /// assert_eq!(interp.eval::<f64>("clamp(5, hi=3, lo=0)").unwrap(), 3.0);
    /// assert!(interp.eval::<f64>("clamp(5, 0, 1, lo=2)").is_err());
    /// ```
    pub fn register_fn_kw<M, F: NativeFunction<M>>(
        &self,
        name: &str,
        params: &[&str],
        f: F,
    ) -> Result<(), Error> {
        let _gil = Gil::acquire_for(self.interp.core.0);
        let func = super::function::make(name, params, f);
        let old =
            vm::dict_of(&self.main)
                .lock()
                .insert(intern::intern(name), ops::hash_str(name), func);
        drop(old);
        Ok(())
    }

    /// Makes a [`Module`](crate::Module) of Rust functions and values importable by this
    /// interpreter's scripts (it replaces a module of that name already imported).
    pub fn register_module(&self, module: super::Module) -> Result<(), Error> {
        with_vm(&self.interp, |vm| {
            let (name, m) = module.build(vm)?;
            let old = vm::dict_of(&self.interp.modules).lock().insert(
                Value::str(name.as_str()),
                ops::hash_str(&name),
                m,
            );
            drop(old);
            Ok(())
        })
    }

    /// Makes the Rust type `T` a class that scripts use by its name ([`Class::NAME`]).
    ///
    /// ```
    /// struct Greeter { greeting: String }
    /// impl gilt::Class for Greeter {
    ///     const NAME: &'static str = "Greeter";
    ///     fn build(c: &mut gilt::ClassBuilder<Self>) {
    ///         c.constructor(|greeting: String| Greeter { greeting })
    ///             .method("greet", |g: &Greeter, who: String| format!("{}, {who}!", g.greeting));
    ///     }
    /// }
    /// let interp = gilt::Interpreter::new();
    /// interp.register_class::<Greeter>().unwrap();
    /// assert_eq!(interp.eval::<String>("Greeter('Hello').greet('Gilt')").unwrap(), "Hello, Gilt!");
    /// ```
    ///
    /// [`Class::NAME`]: crate::Class::NAME
    pub fn register_class<T: crate::Class>(&self) -> Result<(), Error> {
        with_vm(&self.interp, |vm| {
            let cls = super::class::class_object::<T>(vm)?;
            let old = vm::dict_of(&self.main).lock().insert(
                intern::intern(T::NAME),
                ops::hash_str(T::NAME),
                Value::Obj(cls),
            );
            drop(old);
            Ok(())
        })
    }

    /// Imports a module (as `import name` does, without binding a name) and returns it.
    ///
    /// ```
    /// let interp = gilt::Interpreter::new();
    /// let math = interp.import("math").unwrap();
    /// let r: f64 = math.call_method("sqrt", (2.25,)).unwrap().extract().unwrap();
    /// assert_eq!(r, 1.5);
    /// assert!(interp.import("no_such_module").is_err());
    /// ```
    pub fn import(&self, name: &str) -> Result<Handle, Error> {
        with_vm(&self.interp, |vm| {
            let m = vm.import(name)?;
            Ok(Handle::new(&vm.interp, m))
        })
    }

    /// Waits for the threads a program started, as CPython does at exit: calls
    /// `threading._shutdown()` when the program imported `threading`.
    pub fn shutdown_threads(&self) {
        let _gil = Gil::acquire_for(self.interp.core.0);
        let threading = vm::dict_of(&self.interp.modules)
            .lock()
            .get_str("threading")
            .cloned();
        if let Some(m) = threading {
            let mut vm = Vm::new(Arc::clone(&self.interp));
            let name = intern::intern("_shutdown");
            if let Ok(f) = vm.get_attr(&m, &name) {
                if let Err(e) = vm.call0(&f) {
                    vm.flush_out();
                    let what = vm.repr(&m).unwrap_or_default();
                    let report = traceback::to_error(&mut vm, &e);
                    vm.write_err(&format!("Exception ignored in: {what}\n{report}\n"));
                }
            }
            vm.flush_out();
        }
        types::clear_lookup_cache();
    }

    /// Reads a global of `__main__` back as a Rust value.
    pub fn get_global(&self, name: &str) -> Option<RustValue> {
        let _gil = Gil::acquire_for(self.interp.core.0);
        let v = vm::dict_of(&self.main).lock().get_str(name).cloned()?;
        let mut vm = Vm::new(Arc::clone(&self.interp));
        Some(to_rust(&mut vm, &v))
    }
}

/// Checks `source` without running it: `Ok` when it compiles, the SyntaxError otherwise.
///
/// ```
/// assert!(gilt::check_syntax("x = 1", "<ok>").is_ok());
/// assert!(gilt::check_syntax("x = (", "<bad>").is_err());
/// ```
pub fn check_syntax(source: &str, filename: &str) -> Result<(), Error> {
    let _gil = Gil::acquire();
    Interpreter::compile_code(source, filename).map(drop)
}

/// The bytecode of `source`, as `gilt --dis` prints it.
///
/// ```
/// let text = gilt::disassemble("print(1)", "<dis>").unwrap();
/// assert!(text.contains("Call"));
/// ```
pub fn disassemble(source: &str, filename: &str) -> Result<String, Error> {
    let _gil = Gil::acquire();
    Interpreter::compile_code(source, filename).map(|code| dis::disassemble(&code))
}

/// A script's text from its bytes: invalid UTF-8 is replaced, as the `gilt` command reads files.
pub fn source_text(bytes: Vec<u8>) -> String {
    code::Source::text_of(bytes)
}

/// How many container objects (the ones the cycle collector tracks) are alive in the
/// process, after a full collection. An embedder can check that dropping an [`Interpreter`]
/// gives back everything it made (the built-in types, made by the first interpreter, stay).
/// Immortal objects count too: once a second thread has run Gilt code without the GIL, the
/// free-threaded build makes the code, module-level functions, classes and module namespaces
/// of the interpreters alive then and later immortal, and they stay until the process ends.
///
/// ```
/// drop(gilt::Interpreter::new());
/// let before = gilt::live_objects();
/// let interp = gilt::Interpreter::new();
/// let program = "import weakref\nclass Node:\n    def link(self): self.me = self\n\
///                def make():\n    n = Node(); n.link(); return n\nn = make()";
/// interp.run(program, "<doc>").unwrap();
/// assert!(gilt::live_objects() > before);
/// drop(interp);
/// assert_eq!(gilt::live_objects(), before);
/// ```
pub fn live_objects() -> usize {
    // each interpreter's objects, counted with its lock held
    crate::runtime::gil::all_cores()
        .map(|core| {
            let _gil = Gil::acquire_for(core);
            gc::collect(2, false, &mut |_| {});
            gc::tracked_count()
        })
        .sum()
}

/// Asks for the GIL to be on or off for this process (the GIL build ignores "off"). Call
/// before any interpreter runs code.
pub fn request_gil(on: bool) {
    sync::request_gil(on)
}

/// How many bytes of native stack an interpreter may use before deep recursion raises
/// RecursionError. The `gilt` command runs on a large stack and raises it; threads with small
/// stacks keep the cautious default (1 MiB).
pub fn set_stack_budget(bytes: usize) {
    vm::set_stack_budget(bytes)
}

/// Turns Ctrl-C (SIGINT) into `KeyboardInterrupt`, raised in the calling thread at its next
/// safe point (also inside `time.sleep`), as CPython does in its main thread. The `gilt`
/// command calls this; an embedding application that does not keeps its own SIGINT handling.
pub fn handle_ctrl_c() {
    signals::install()
}

/// Writes out what Gilt code has printed and is still buffered.
pub fn flush_stdout() {
    vm::flush_stdout()
}

/// The folder imports search first: the script's own, or the current folder for `-c`, `-`
/// and the REPL.
fn script_dir(argv0: &str) -> String {
    if argv0.is_empty() || argv0 == "-c" || argv0 == "-" {
        return String::new();
    }
    let p = std::path::Path::new(argv0);
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => std::path::absolute(d)
            .map(|a| a.display().to_string())
            .unwrap_or_default(),
        _ => std::path::absolute(".")
            .map(|a| a.display().to_string())
            .unwrap_or_default(),
    }
}

fn to_rust(vm: &mut Vm, v: &Value) -> RustValue {
    match v {
        Value::None => RustValue::None,
        Value::Bool(b) => RustValue::Bool(b.get()),
        Value::Int(i) => RustValue::Int(*i),
        Value::Float(f) => RustValue::Float(f.get()),
        Value::Obj(o) => match &**o {
            Object::Str(s) => RustValue::Str(s.s.to_string()),
            Object::BigInt(b) => RustValue::BigInt(b.to_string()),
            Object::List(l) => {
                let items = l.lock().clone();
                RustValue::List(items.iter().map(|x| to_rust(vm, x)).collect())
            }
            Object::Tuple(t) => RustValue::Tuple(t.iter().map(|x| to_rust(vm, x)).collect()),
            Object::Dict(d) => {
                let items: Vec<(Value, Value)> = d
                    .lock()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                RustValue::Dict(
                    items
                        .iter()
                        .map(|(k, x)| (to_rust(vm, k), to_rust(vm, x)))
                        .collect(),
                )
            }
            _ => RustValue::Other(vm.repr(v).unwrap_or_default()),
        },
    }
}

/// The source the REPL runs for one input: a lone expression is wrapped so its value is shown.
pub fn repl_source(buf: &str) -> String {
    if let Ok(m) = parser::parse_module(buf) {
        if m.len() == 1 {
            if let ast::StmtKind::Expr(_) = m[0].kind {
                return format!("__displayhook__(({}\n))", buf.trim());
            }
        }
    }
    buf.to_string()
}

/// Formats a lexer, parser or compiler error as CPython reports a SyntaxError.
pub(crate) fn syntax_error(e: &token::LexError, src: &Source) -> Error {
    let report = traceback::syntax_report(e, src);
    let line = src.text[..e.offset.min(src.text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1;
    Error::Syntax {
        report,
        message: e.msg.clone(),
        line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Host threads share one interpreter, make and drop their own, and compile: every public
    /// call takes the GIL, so in the GIL build no count or cell is touched by two threads at
    /// once (a public `Lock` used without the GIL lost half its increments; compiling outside
    /// the GIL raced on the counts of interned names and corrupted the heap).
    #[test]
    fn host_threads_share_and_drop_interpreters() {
        let shared = Arc::new(Interpreter::new());
        shared.run("items = []", "<t>").unwrap();
        let workers: Vec<_> = (0..4)
            .map(|k| {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || {
                    for i in 0..200 {
                        shared
                            .run(&format!("items.append({k} * 1000 + {i})"), "<t>")
                            .unwrap();
                        let own = Interpreter::new();
                        own.run("x = [1, 2, (3, 'four')] * 3", "<own>").unwrap();
                        assert!(
                            matches!(own.get_global("x"), Some(RustValue::List(v)) if v.len() == 9)
                        );
                        let names = "items x four append len set ok ".repeat(20);
                        let src = format!("def g(): return [{}]", names.trim().replace(' ', ", "));
                        assert!(check_syntax(&src, "<c>").is_ok());
                        assert!(disassemble(&src, "<d>").unwrap().contains("items"));
                    }
                })
            })
            .collect();
        for w in workers {
            w.join().expect("worker thread");
        }
        shared
            .run("ok = len(items) == 800 and len(set(items)) == 800", "<t>")
            .unwrap();
        assert_eq!(shared.get_global("ok"), Some(RustValue::Bool(true)));
    }

    /// Freeing a structure nested far deeper than a small host thread's stack could recurse
    /// (each level of a list, dict, tuple, instance or closure frees the next) finishes.
    #[test]
    fn deep_structures_free_on_a_small_stack() {
        let worker = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(|| {
                let i = Interpreter::new();
                i.run(
                    "class C: pass\n\
                     def nest(make):\n    x = None\n    for _ in range(200000): x = make(x)\n\
                     for make in (lambda x: [x], lambda x: {1: x}, lambda x: (x,),\n\
                                  lambda x: lambda: x):\n    nest(make)\n\
                     o = None\nfor _ in range(200000):\n    n = C(); n.o = o; o = n\n\
                     del o, n\ndone = True",
                    "<deep>",
                )
                .unwrap();
                i.get_global("done")
            })
            .unwrap();
        assert_eq!(worker.join().unwrap(), Some(RustValue::Bool(true)));
    }

    #[test]
    fn run_and_read_back() {
        let i = Interpreter::new();
        i.run("x = [1, 2.5, 'a', None, (True,)]\ny = 2 ** 100", "<t>")
            .unwrap();
        assert_eq!(
            i.get_global("x"),
            Some(RustValue::List(vec![
                RustValue::Int(1),
                RustValue::Float(2.5),
                RustValue::Str("a".into()),
                RustValue::None,
                RustValue::Tuple(vec![RustValue::Bool(true)]),
            ]))
        );
        assert_eq!(
            i.get_global("y"),
            Some(RustValue::BigInt("1267650600228229401496703205376".into()))
        );
        assert_eq!(i.get_global("nope"), None);
    }

    #[test]
    fn errors_are_reported() {
        let i = Interpreter::new();
        match i.run("1/0", "<t>") {
            Err(Error::Exception {
                type_name, message, ..
            }) => {
                assert_eq!(type_name, "ZeroDivisionError");
                assert_eq!(message, "division by zero");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(i.run("x = (", "<t>"), Err(Error::Syntax { .. })));
        assert_eq!(i.run("import sys\nsys.exit(3)", "<t>"), Err(Error::Exit(3)));
    }
}
