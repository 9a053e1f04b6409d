//! The native `sys` module.

use crate::builtins::{int_arg, native, put};
use crate::objects::dict::DictMap;
use crate::objects::object::{Module, NativeFn, Object};
use crate::objects::types::{self, ExcKind};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{value_error, Exc};
use crate::runtime::sync::ReadMostly;
use crate::runtime::vm::{Args, PResult, Vm};

pub fn module(vm: &mut Vm) -> Value {
    let mut d = DictMap::new();
    let argv: Vec<Value> = vm.interp.argv.lock().iter().map(Value::str).collect();
    put(&mut d, "argv", Value::list(argv));
    put(
        &mut d,
        "version",
        Value::str(format!(
            "3.11.0 (Gilt {}, {})",
            env!("CARGO_PKG_VERSION"),
            crate::runtime::sync::BUILD_MODE.describe()
        )),
    );
    put(&mut d, "maxsize", Value::Int(i64::MAX));
    put(&mut d, "modules", Value::Obj(vm.interp.modules.clone()));
    let path: Vec<Value> = vm.interp.path.lock().iter().map(Value::str).collect();
    put(&mut d, "path", Value::list(path));
    put(&mut d, "exit", native("exit", sys_exit));
    put(
        &mut d,
        "getrecursionlimit",
        native("getrecursionlimit", sys_getrecursionlimit),
    );
    put(
        &mut d,
        "setrecursionlimit",
        native("setrecursionlimit", sys_setrecursionlimit),
    );
    put(
        &mut d,
        "_is_gil_enabled",
        native("_is_gil_enabled", sys_is_gil_enabled),
    );
    put(
        &mut d,
        "getrefcount",
        native("getrefcount", sys_getrefcount),
    );
    put(
        &mut d,
        "setswitchinterval",
        native("setswitchinterval", sys_setswitchinterval),
    );
    put(
        &mut d,
        "getswitchinterval",
        native("getswitchinterval", sys_getswitchinterval),
    );
    put(&mut d, "_gil_stats", native("_gil_stats", sys_gil_stats));
    use crate::runtime::trace;
    put(&mut d, "settrace", native("settrace", trace::sys_settrace));
    put(
        &mut d,
        "_getframe",
        native("_getframe", trace::sys_getframe),
    );
    put(&mut d, "gettrace", native("gettrace", trace::sys_gettrace));
    put(
        &mut d,
        "setprofile",
        native("setprofile", trace::sys_setprofile),
    );
    put(
        &mut d,
        "getprofile",
        native("getprofile", trace::sys_getprofile),
    );
    put(&mut d, "platform", Value::str(std::env::consts::OS));
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    put(&mut d, "executable", Value::str(exe));
    put(&mut d, "version_info", version_info());
    let [stdin, stdout, stderr] = crate::modules::io::std_streams();
    put(&mut d, "__stdin__", stdin.clone());
    put(&mut d, "__stdout__", stdout.clone());
    put(&mut d, "__stderr__", stderr.clone());
    put(&mut d, "stdin", stdin);
    put(&mut d, "stdout", stdout);
    put(&mut d, "stderr", stderr);
    put(&mut d, "byteorder", Value::str("little"));
    put(&mut d, "hexversion", Value::Int(0x030b_00f0));
    put(&mut d, "api_version", Value::Int(1013));
    put(&mut d, "maxunicode", Value::Int(0x10_ffff));
    put(&mut d, "implementation", implementation());
    put(&mut d, "warnoptions", Value::list(vec![]));
    put(&mut d, "dont_write_bytecode", Value::TRUE);
    let builtin_names = [
        "_thread", "builtins", "gc", "math", "sys", "time", "_weakref", "_hashlib", "_zlib",
    ];
    put(
        &mut d,
        "builtin_module_names",
        Value::tuple(builtin_names.iter().map(|n| Value::str(*n)).collect()),
    );
    put(&mut d, "exc_info", native("exc_info", sys_exc_info));
    let hook = native("excepthook", sys_excepthook);
    put(&mut d, "excepthook", hook.clone());
    put(&mut d, "__excepthook__", hook);
    put(&mut d, "exception", native("exception", sys_exception));
    put(&mut d, "intern", native("intern", sys_intern));
    for name in ["getdefaultencoding", "getfilesystemencoding"] {
        put(&mut d, name, native(name, sys_utf8));
    }
    let dict = ObjRef::new(Object::Dict(ReadMostly::new(d)));
    // the interpreter's own sys namespace, where `print` finds `sys.stdout`
    let _ = vm.interp.sys_dict.set(dict.clone());
    Value::obj(Object::Module(Module {
        name: "sys".into(),
        dict,
    }))
}

/// A dict of `pairs`.
fn dict_of(pairs: Vec<(&str, Value)>) -> Value {
    let mut d = DictMap::new();
    for (k, v) in pairs {
        put(&mut d, k, v);
    }
    Value::obj(Object::Dict(ReadMostly::new(d)))
}

/// `sys._gil_stats()`: what `-X stats` prints, as data — a dict with the build, whether the
/// lock is on, the switch interval, the wall time, and a list of one dict per thread (times
/// in seconds).
fn sys_gil_stats(_vm: &mut Vm, a: Args) -> PResult<Value> {
    use crate::runtime::stats::{self, Blocked};
    a.check("_gil_stats", 0, 0, &[])?;
    let by_cause = |f: &dyn Fn(usize) -> Value| {
        dict_of(
            Blocked::ALL
                .iter()
                .enumerate()
                .map(|(i, b)| (b.name(), f(i)))
                .collect(),
        )
    };
    let threads: Vec<Value> = stats::thread_stats()
        .into_iter()
        .map(|t| {
            let waits = t
                .object_lock_waits
                .iter()
                .map(|(k, n)| (k.as_str(), Value::Int(*n as i64)))
                .collect();
            dict_of(vec![
                ("ident", Value::Int(t.ident as i64)),
                ("name", Value::str(&t.name)),
                ("ended", Value::bool(t.ended)),
                ("cpu", Value::float(t.cpu)),
                ("held", Value::float(t.held)),
                ("waited", Value::float(t.waited)),
                ("acquisitions", Value::Int(t.acquisitions as i64)),
                ("contended", Value::Int(t.contended as i64)),
                ("forced_switches", Value::Int(t.forced_switches as i64)),
                ("drop_requests", Value::Int(t.drop_requests as i64)),
                ("released", by_cause(&|i| Value::Int(t.released[i] as i64))),
                ("blocked", by_cause(&|i| Value::float(t.blocked[i]))),
                ("collections", Value::Int(t.collections as i64)),
                ("collect_time", Value::float(t.collect_time)),
                ("object_lock_waits", dict_of(waits)),
            ])
        })
        .collect();
    let (published, retired) = stats::epoch_counts();
    Ok(dict_of(vec![
        (
            "build",
            Value::str(crate::runtime::sync::BUILD_MODE.describe()),
        ),
        ("gil", Value::bool(crate::runtime::gil::enabled())),
        (
            "switch_interval",
            Value::float(crate::runtime::gil::switch_interval()),
        ),
        ("wall", Value::float(stats::wall())),
        ("published", Value::Int(published as i64)),
        ("retired", Value::Int(retired as i64)),
        ("threads", Value::list(threads)),
    ]))
}

fn sys_exit(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("exit", 0, 1, &[])?;
    let args = a.pos.to_vec();
    Err(Exc::with_args(
        types::exc_type(ExcKind::SystemExit).clone(),
        args,
    ))
}

fn sys_getrecursionlimit(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("getrecursionlimit", 0, 0, &[])?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("setrecursionlimit", 1, 1, &[])?;
    let n = int_arg(&a.pos[0], "setrecursionlimit")?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // Deeper than this would risk the native stack; Gilt keeps its promise of no crashes.
    vm.recursion_limit = n.min(crate::MAX_RECURSION_LIMIT as i64) as u32;
    vm.interp
        .recursion_limit
        .store(vm.recursion_limit, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::None)
}

fn sys_is_gil_enabled(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("_is_gil_enabled", 0, 0, &[])?;
    Ok(Value::bool(crate::runtime::gil::enabled()))
}

fn sys_setswitchinterval(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("setswitchinterval", 1, 1, &[])?;
    let secs = match &a.pos[0] {
        Value::Float(f) => f.get(),
        Value::Int(i) => *i as f64,
        v => {
            return Err(crate::runtime::exc::type_error(format!(
                "must be real number, not {}",
                crate::objects::types::type_name(v)
            )))
        }
    };
    if secs <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    crate::runtime::gil::set_switch_interval(secs);
    Ok(Value::None)
}

fn sys_getswitchinterval(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("getswitchinterval", 0, 0, &[])?;
    Ok(Value::float(crate::runtime::gil::switch_interval()))
}

const VERSION_FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];

/// `sys.version_info`: a tuple subclass with named fields, as CPython's struct sequence.
fn version_info() -> Value {
    let values = vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(0),
        Value::str("final"),
        Value::Int(0),
    ];
    struct_seq("sys", "version_info", &VERSION_FIELDS, values)
}

/// A struct sequence as CPython makes them (`sys.version_info`, `os.uname()`): a tuple of
/// `values` whose items are also attributes named by `fields`, shown as
/// `module.name(field=value, ...)`.
pub(crate) fn struct_seq(module: &str, name: &str, fields: &[&str], values: Vec<Value>) -> Value {
    struct_seq_with(module, name, fields, values, vec![])
}

/// [`struct_seq`] with `extra` attributes that are not items (`os.stat_result.st_atime_ns`).
pub(crate) fn struct_seq_with(
    module: &str,
    name: &str,
    fields: &[&str],
    values: Vec<Value>,
    extra: Vec<(String, Value)>,
) -> Value {
    let mut ns = DictMap::new();
    put(&mut ns, "__module__", Value::str(module));
    put(&mut ns, "__qualname__", Value::str(name));
    put(
        &mut ns,
        "__repr__",
        Value::obj(Object::Native(NativeFn {
            name: "__repr__",
            f: struct_seq_repr,
            owner: Some("struct_seq"),
        })),
    );
    put(
        &mut ns,
        "_fields",
        Value::tuple(fields.iter().map(|f| Value::str(*f)).collect()),
    );
    let tuple = types::types().tuple.clone();
    let Ok(cls) = crate::objects::class::make_class(name, vec![tuple], ns) else {
        return Value::tuple(values);
    };
    let mut attrs = DictMap::new();
    for (name, v) in fields.iter().zip(values.iter()) {
        put(&mut attrs, name, v.clone());
    }
    for (name, v) in extra {
        put(&mut attrs, &name, v);
    }
    Value::obj(Object::Derived(
        Box::new(crate::objects::object::Instance::new(cls, attrs)),
        Value::tuple(values),
    ))
}

fn struct_seq_repr(vm: &mut Vm, a: Args) -> PResult<Value> {
    let Some(Object::Derived(inst, payload)) = a.pos.first().and_then(|v| v.as_obj()) else {
        return Ok(Value::str("struct_seq()"));
    };
    let class = inst.class.clone();
    let (module, fields) = match &*class {
        Object::Type(t) => t.dict.read(|d| {
            (
                d.get_str("__module__").cloned(),
                d.get_str("_fields").cloned(),
            )
        }),
        _ => (None, None),
    };
    let fields = fields.map(|f| vm.items_of(&f)).unwrap_or_default();
    let items = vm.items_of(payload);
    let mut parts = Vec::new();
    for (name, v) in fields.iter().zip(items.iter()) {
        parts.push(format!("{}={}", name.as_str().unwrap_or("?"), vm.repr(v)?));
    }
    let module = module
        .as_ref()
        .and_then(|m| m.as_str())
        .unwrap_or("")
        .to_string();
    Ok(Value::str(format!(
        "{module}.{}({})",
        crate::objects::types::type_name(&a.pos[0]),
        parts.join(", ")
    )))
}

/// `sys.implementation`: a namespace naming Gilt (`name`, `cache_tag`, `version`,
/// `hexversion`), so that programs that test for the implementation see Gilt.
fn implementation() -> Value {
    let mut ns = DictMap::new();
    put(&mut ns, "__module__", Value::str("types"));
    put(&mut ns, "__qualname__", Value::str("SimpleNamespace"));
    put(
        &mut ns,
        "__repr__",
        Value::obj(Object::Native(NativeFn {
            name: "__repr__",
            f: namespace_repr,
            owner: Some("SimpleNamespace"),
        })),
    );
    let object = types::types().object.clone();
    let Ok(cls) = crate::objects::class::make_class("SimpleNamespace", vec![object], ns) else {
        return Value::None;
    };
    let mut attrs = DictMap::new();
    put(&mut attrs, "name", Value::str("gilt"));
    put(&mut attrs, "cache_tag", Value::None);
    put(&mut attrs, "version", version_info());
    put(&mut attrs, "hexversion", Value::Int(0x030b_00f0));
    Value::obj(Object::Instance(crate::objects::object::Instance::new(
        cls, attrs,
    )))
}

/// `namespace(a=1, b=2)`, the attributes in the order they were set.
fn namespace_repr(vm: &mut Vm, a: Args) -> PResult<Value> {
    let Some(inst) = a.pos.first().and_then(crate::objects::class::instance_of) else {
        return Ok(Value::str("namespace()"));
    };
    let d = inst.dict_object();
    let items: Vec<(Value, Value)> = crate::runtime::vm::dict_of(&d)
        .read(|d| d.iter().map(|e| (e.key.clone(), e.value.clone())).collect());
    let mut parts = Vec::new();
    for (k, v) in items {
        parts.push(format!("{}={}", k.as_str().unwrap_or("?"), vm.repr(&v)?));
    }
    Ok(Value::str(format!("namespace({})", parts.join(", "))))
}

/// `sys.excepthook(type, value, traceback)`: prints the exception's report to stderr, as an
/// uncaught exception's (the interpreter does not call a replaced hook).
fn sys_excepthook(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("excepthook", 3, 3, &[])?;
    let exc = vm.to_exc(a.pos[1].clone())?;
    vm.flush_out();
    let report = crate::runtime::traceback::to_error(vm, &exc);
    vm.write_err(&format!("{report}\n"));
    Ok(Value::None)
}

/// `sys.exc_info()`: the exception being handled as (type, value, traceback), or three Nones.
fn sys_exc_info(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("exc_info", 0, 0, &[])?;
    Ok(match &vm.handled {
        Some(e) => Value::tuple(vec![
            Value::Obj(e.class().clone()),
            e.value(),
            crate::runtime::traceback::traceback_of(e.obj()),
        ]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()`: the exception being handled, or None.
fn sys_exception(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("exception", 0, 0, &[])?;
    Ok(vm
        .handled
        .as_ref()
        .map(|e| e.value())
        .unwrap_or(Value::None))
}

/// `sys.intern(s)`: the interned string equal to `s`.
fn sys_intern(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("intern", 1, 1, &[])?;
    match a.pos[0].as_str() {
        Some(s) => Ok(crate::objects::intern::intern(s)),
        None => Err(crate::runtime::exc::type_error(format!(
            "intern() argument must be str, not {}",
            types::type_name(&a.pos[0])
        ))),
    }
}

/// `sys.getdefaultencoding()`, `sys.getfilesystemencoding()`: Gilt's strings are UTF-8.
fn sys_utf8(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("getdefaultencoding", 0, 0, &[])?;
    Ok(Value::str("utf-8"))
}

/// `sys.getrefcount(x)`: the object's count, the argument's own reference included, as in
/// CPython; values with no count (small ints, floats, None, bools, immortal objects) give
/// CPython 3.12's figure for immortal objects.
fn sys_getrefcount(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("getrefcount", 1, 1, &[])?;
    let n = match &a.pos[0] {
        Value::Obj(o) if !crate::runtime::sync::Ref::is_immortal(o) => {
            crate::runtime::sync::Ref::strong_count(o)
        }
        _ => u32::MAX as usize,
    };
    Ok(Value::Int(n as i64))
}
