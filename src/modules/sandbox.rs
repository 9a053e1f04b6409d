//! What scripts may touch: files, the environment, the clock and threads. The `gilt` binary
//! allows all four; a host decides for its interpreters (`Builder::permissions`). A native
//! module built for an interpreter that lacks a permission gets, in place of each function
//! that needs it, one that raises `PermissionError`; the few functions that need a
//! permission only for some arguments check it themselves ([`Vm::require`]).

use crate::objects::intern::intern;
use crate::objects::object::{NativeFn, NativeFnPtr, Object};
use crate::objects::ops::hash_str;
use crate::objects::types::ExcKind;
use crate::objects::value::Value;
use crate::runtime::exc::Exc;
use crate::runtime::vm::{dict_of, Args, PResult, Vm};

/// What the scripts of an interpreter may touch. [`Permissions::ALL`] is what the `gilt`
/// binary and [`Interpreter::new`](crate::Interpreter::new) give; a sandbox starts from
/// [`Permissions::NONE`] and turns on what it trusts. A script that reaches for something
/// it may not use gets a `PermissionError`.
///
/// ```
/// let mut allowed = gilt::Permissions::NONE;
/// allowed.clock = true;
/// let interp = gilt::Interpreter::builder().permissions(allowed).build();
/// interp.exec("import time\nt0 = time.perf_counter()").unwrap();
/// let err = interp.exec("open('notes.txt')").unwrap_err();
/// assert!(err.to_string().ends_with("PermissionError: this interpreter may not use files"));
/// let err = interp.exec("import os\nos.getenv('HOME')").unwrap_err();
/// assert!(err.to_string().ends_with("PermissionError: this interpreter may not read the environment"));
/// assert_eq!(interp.eval::<usize>("len(os.environ)").unwrap(), 0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Permissions {
    /// `open()`, and the `os` and `os.path` functions that read or change files and folders;
    /// without it, `import` finds modules only in the builder's module paths and the
    /// standard library.
    pub files: bool,
    /// `os.environ` (empty without it), `os.getenv`, `os.path.expanduser`.
    pub env: bool,
    /// Reading the time: `time.time()`, `monotonic()`, `perf_counter()`, the process and
    /// thread clocks, and `localtime()`, `gmtime()`, `ctime()`, `asctime()`, `strftime()`
    /// without a time argument. (`time.sleep` stays allowed; a timeout bounds it.)
    pub clock: bool,
    /// Starting threads (`threading.Thread.start`, `_thread.start_new_thread`).
    pub threads: bool,
}

impl Permissions {
    /// Everything allowed: the `gilt` binary, and an interpreter built without a choice.
    pub const ALL: Permissions = Permissions {
        files: true,
        env: true,
        clock: true,
        threads: true,
    };
    /// Nothing allowed: pure computation, printing and imports of the standard library.
    pub const NONE: Permissions = Permissions {
        files: false,
        env: false,
        clock: false,
        threads: false,
    };
}

impl Default for Permissions {
    fn default() -> Permissions {
        Permissions::ALL
    }
}

/// One of the things a script may be denied.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Permission {
    Files,
    Env,
    Clock,
    Threads,
}

impl Permission {
    fn allowed(self, p: &Permissions) -> bool {
        match self {
            Permission::Files => p.files,
            Permission::Env => p.env,
            Permission::Clock => p.clock,
            Permission::Threads => p.threads,
        }
    }

    fn denied(self) -> Exc {
        Exc::new(
            ExcKind::PermissionError,
            match self {
                Permission::Files => "this interpreter may not use files",
                Permission::Env => "this interpreter may not read the environment",
                Permission::Clock => "this interpreter may not read the clock",
                Permission::Threads => "this interpreter may not start threads",
            },
        )
    }

    /// The stand-in for a denied function.
    fn stand_in(self) -> NativeFnPtr {
        match self {
            Permission::Files => |_, _| Err(Permission::Files.denied()),
            Permission::Env => |_, _| Err(Permission::Env.denied()),
            Permission::Clock => |_, _| Err(Permission::Clock.denied()),
            Permission::Threads => |_, _| Err(Permission::Threads.denied()),
        }
    }
}

/// The functions of native modules that need a permission: module (a submodule as
/// `os.path`), names.
const GUARDED: &[(Permission, &str, &[&str])] = &[
    (
        Permission::Files,
        "os",
        &[
            "chdir", "listdir", "mkdir", "makedirs", "rmdir", "remove", "unlink", "rename",
            "replace", "stat", "lstat", "fstat", "open", "close", "read", "write", "chmod",
            "utime", "access", "readlink", "symlink", "link",
        ],
    ),
    (
        Permission::Files,
        "os.path",
        &[
            "exists", "lexists", "isfile", "isdir", "islink", "realpath", "getsize", "getmtime",
            "samefile", "ismount",
        ],
    ),
    (Permission::Env, "os", &["getenv"]),
    (Permission::Env, "os.path", &["expanduser"]),
    (
        Permission::Clock,
        "time",
        &[
            "time",
            "time_ns",
            "monotonic",
            "monotonic_ns",
            "perf_counter",
            "perf_counter_ns",
            "process_time",
            "process_time_ns",
            "thread_time",
            "thread_time_ns",
        ],
    ),
    (Permission::Threads, "_thread", &["start_new_thread"]),
];

impl Vm {
    /// An error unless this interpreter's scripts may use `p`.
    pub fn require(&self, p: Permission) -> PResult<()> {
        if p.allowed(&self.interp.permissions) {
            Ok(())
        } else {
            Err(p.denied())
        }
    }
}

/// Puts the stand-ins into native module `name` (just built) for what this interpreter's
/// scripts may not use.
pub fn restrict(vm: &Vm, name: &str, module: &Value) {
    let allowed = vm.interp.permissions;
    if allowed == Permissions::ALL {
        return;
    }
    for (p, owner, names) in GUARDED {
        if p.allowed(&allowed) {
            continue;
        }
        let target = match owner.split_once('.') {
            None if *owner == name => module.clone(),
            Some((top, sub)) if top == name => match module_dict_get(module, sub) {
                Some(m) => m,
                None => continue,
            },
            _ => continue,
        };
        let Some(Object::Module(m)) = target.as_obj() else {
            continue;
        };
        let mut d = dict_of(&m.dict).lock();
        for n in names.iter() {
            let stand_in = Value::obj(Object::Native(NativeFn {
                name: n,
                f: p.stand_in(),
                owner: None,
            }));
            let old = d.insert(intern(n), hash_str(n), stand_in);
            drop(old);
        }
    }
    if name == "os" && !allowed.env {
        if let Some(Object::Module(m)) = module.as_obj() {
            let empty = Value::obj(Object::Dict(crate::runtime::sync::ReadMostly::new(
                crate::objects::dict::DictMap::new(),
            )));
            let old = dict_of(&m.dict)
                .lock()
                .insert(intern("environ"), hash_str("environ"), empty);
            drop(old);
        }
    }
}

fn module_dict_get(module: &Value, name: &str) -> Option<Value> {
    match module.as_obj()? {
        Object::Module(m) => dict_of(&m.dict).get_str_cloned(name),
        _ => None,
    }
}

/// For functions that read the clock only when not given a time: the check, when `a` has
/// no argument at position `at`.
pub fn clock_unless_given(vm: &Vm, a: &Args, at: usize) -> PResult<()> {
    if a.pos.get(at).is_some_and(|v| !matches!(v, Value::None)) {
        return Ok(());
    }
    vm.require(Permission::Clock)
}
