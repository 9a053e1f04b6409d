//! The native `os` module, minimal: the working directory, files and directories (`remove`,
//! `rename`, `mkdir`, `makedirs`, `rmdir`, `listdir`), the process (`getpid`, `getppid`,
//! `cpu_count`), the environment (`environ`, a dict snapshot taken at import, and `getenv`
//! reading it), the platform constants, `urandom`, and `os.path` (posixpath) as a nested module.
//!
//! OS errors are raised as CPython raises them: the `OSError` subclass for the errno
//! (`FileNotFoundError`, `FileExistsError`, … whichever of them Gilt defines; `OSError`
//! otherwise), with the message `[Errno 2] No such file or directory: 'x'` and the attributes
//! `errno`, `strerror`, `filename` (and `filename2`). One difference: `args` is the message
//! alone rather than `(errno, strerror)`. `listdir` returns its names sorted.

use crate::objects::dict::DictMap;
use crate::objects::object::Object;
use crate::objects::ops::hash_str;
use crate::objects::repr::str_repr;
use crate::objects::types::{type_name, ExcKind};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{type_error, value_error, Exc};
use crate::runtime::sync::ReadMostly;
use crate::runtime::vm::{dict_of, Args, PResult, SlotError, Vm};

pub fn module(_vm: &mut Vm) -> Value {
    super::ModuleBuilder::new("os")
        .func("getcwd", os_getcwd)
        .func("chdir", os_chdir)
        .func("listdir", os_listdir)
        .func("mkdir", os_mkdir)
        .func("makedirs", os_makedirs)
        .func("rmdir", os_rmdir)
        .func("remove", os_remove)
        .func("unlink", os_unlink)
        .func("rename", os_rename)
        .func("replace", os_replace)
        .func("getpid", os_getpid)
        .func("getppid", os_getppid)
        .func("getenv", os_getenv)
        .func("cpu_count", os_cpu_count)
        .func("urandom", os_urandom)
        .func("fspath", os_fspath)
        .func("uname", os_uname)
        .value("environ", environ())
        .value("name", Value::str("posix"))
        .value("sep", Value::str("/"))
        .value("altsep", Value::None)
        .value("linesep", Value::str("\n"))
        .value("curdir", Value::str("."))
        .value("pardir", Value::str(".."))
        .value("extsep", Value::str("."))
        .value("pathsep", Value::str(":"))
        .value("devnull", Value::str("/dev/null"))
        .value("path", path_module())
        .build()
}

fn path_module() -> Value {
    super::ModuleBuilder::new("posixpath")
        .func("join", p_join)
        .func("split", p_split)
        .func("splitext", p_splitext)
        .func("basename", p_basename)
        .func("dirname", p_dirname)
        .func("exists", p_exists)
        .func("lexists", p_lexists)
        .func("isfile", p_isfile)
        .func("isdir", p_isdir)
        .func("islink", p_islink)
        .func("isabs", p_isabs)
        .func("abspath", p_abspath)
        .func("normpath", p_normpath)
        .func("realpath", p_realpath)
        .func("relpath", p_relpath)
        .func("commonprefix", p_commonprefix)
        .func("expanduser", p_expanduser)
        .func("getsize", p_getsize)
        .func("getmtime", p_getmtime)
        .value("sep", Value::str("/"))
        .value("curdir", Value::str("."))
        .value("pardir", Value::str(".."))
        .value("extsep", Value::str("."))
        .value("pathsep", Value::str(":"))
        .value("altsep", Value::None)
        .value("devnull", Value::str("/dev/null"))
        .build()
}

// ------------------------------------------------------------------ errors and arguments

/// The exception class CPython picks for an errno, if Gilt defines it.
fn errno_class(errno: i32) -> Option<ObjRef> {
    let name = match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    };
    crate::objects::types::exception_types()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| t.clone())
}

/// The text of an I/O error without Rust's " (os error N)" suffix.
fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// An OSError (or the subclass for its errno) for an I/O error on `f1` (and `f2`).
pub fn os_error(e: &std::io::Error, f1: &str, f2: Option<&str>) -> Exc {
    let text = strerror(e);
    let Some(errno) = e.raw_os_error() else {
        return Exc::new(ExcKind::OSError, text);
    };
    let msg = match f2 {
        Some(f2) => format!(
            "[Errno {errno}] {text}: {} -> {}",
            str_repr(f1),
            str_repr(f2)
        ),
        None => format!("[Errno {errno}] {text}: {}", str_repr(f1)),
    };
    let exc = match errno_class(errno) {
        Some(cls) => Exc::with_args(cls, vec![Value::str(msg)]),
        None => Exc::new(ExcKind::OSError, msg),
    };
    if let Object::Exception(x) = &*exc.0 {
        let mut st = x.state.lock();
        let mut put = |k: &str, v: Value| {
            st.attrs
                .insert(crate::objects::intern::intern(k), hash_str(k), v);
        };
        put("errno", Value::Int(errno as i64));
        put("strerror", Value::str(text));
        put("filename", Value::str(f1));
        put("filename2", f2.map(Value::str).unwrap_or(Value::None));
    }
    exc
}

/// A path as text: a str, bytes (decoded as UTF-8), or an object with `__fspath__`.
fn path_text(vm: &mut Vm, v: &Value) -> PResult<Option<String>> {
    if let Some(s) = v.as_str() {
        return Ok(Some(s.to_string()));
    }
    if let Some(Object::Bytes(b)) = v.as_obj() {
        return Ok(Some(String::from_utf8_lossy(b).into_owned()));
    }
    if let Some(r) = vm.call_dunder(v, "__fspath__", &[])? {
        return Ok(r.as_str().map(|s| s.to_string()));
    }
    Ok(None)
}

/// A path argument of an `os` function.
fn path_arg(vm: &mut Vm, v: &Value, fname: &str, arg: &str) -> PResult<String> {
    path_text(vm, v)?.ok_or_else(|| {
        type_error(format!(
            "{fname}: {arg} should be string, bytes or os.PathLike, not {}",
            type_name(v)
        ))
    })
}

/// A path argument of an `os.path` function.
fn pathlike(vm: &mut Vm, v: &Value) -> PResult<String> {
    path_text(vm, v)?.ok_or_else(|| {
        type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(v)
        ))
    })
}

/// Binds arguments by name: `names[..required]` required, the rest optional.
fn bind<'a>(
    a: &Args<'a>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PResult<Vec<Option<&'a Value>>> {
    if a.pos.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            a.pos.len()
        )));
    }
    let out = a.slots(names).map_err(|e| match e {
        SlotError::Unknown(k) => type_error(format!(
            "{fname}() got an unexpected keyword argument '{k}'"
        )),
        SlotError::Twice(k, i) => type_error(format!(
            "argument for {fname}() given by name ('{k}') and position ({})",
            i + 1
        )),
    })?;
    for i in 0..required {
        if out[i].is_none() {
            return Err(type_error(if PY_FUNCTIONS.contains(&fname) {
                format!(
                    "{fname}() missing 1 required positional argument: '{}'",
                    names[i]
                )
            } else {
                format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )
            }));
        }
    }
    Ok(out)
}

/// Functions CPython writes in Python (their argument errors are worded differently).
const PY_FUNCTIONS: [&str; 3] = ["getenv", "makedirs", "relpath"];

fn one_path(vm: &mut Vm, a: &Args, fname: &str) -> PResult<String> {
    let b = bind(a, fname, &["path"], 1)?;
    path_arg(vm, b[0].unwrap_or(&Value::None), fname, "path")
}

fn str_dict(pairs: impl IntoIterator<Item = (String, String)>) -> Value {
    let mut d = DictMap::new();
    for (k, v) in pairs {
        let h = hash_str(&k);
        d.insert(Value::str(k), h, Value::str(v));
    }
    Value::obj(Object::Dict(ReadMostly::new(d)))
}

// ------------------------------------------------------------------ os functions

fn os_getcwd(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("getcwd", 0, 0, &[])?;
    match std::env::current_dir() {
        Ok(p) => Ok(Value::str(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(&e, ".", None)),
    }
}

fn os_chdir(vm: &mut Vm, a: Args) -> PResult<Value> {
    let p = one_path(vm, &a, "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| os_error(&e, &p, None))?;
    Ok(Value::None)
}

fn os_listdir(vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "listdir", &["path"], 0)?;
    let p = match b[0] {
        None | Some(Value::None) => ".".to_string(),
        Some(v) => path_arg(vm, v, "listdir", "path")?,
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(&e, &p, None))?;
    let mut names = vec![];
    for ent in rd {
        let ent = ent.map_err(|e| os_error(&e, &p, None))?;
        names.push(ent.file_name().to_string_lossy().into_owned());
    }
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn mode_arg(v: Option<&Value>) -> PResult<u32> {
    match v {
        None => Ok(0o777),
        Some(v) => Ok(crate::builtins::int_arg(v, "mkdir")? as u32),
    }
}

fn create_dir(p: &str, mode: u32) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    b.create(p)
}

fn os_mkdir(vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "mkdir", &["path", "mode", "dir_fd"], 1)?;
    let p = path_arg(vm, b[0].unwrap_or(&Value::None), "mkdir", "path")?;
    let mode = mode_arg(b[1])?;
    create_dir(&p, mode).map_err(|e| os_error(&e, &p, None))?;
    Ok(Value::None)
}

fn os_makedirs(vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "makedirs", &["name", "mode", "exist_ok"], 1)?;
    let p = path_arg(vm, b[0].unwrap_or(&Value::None), "makedirs", "name")?;
    let mode = mode_arg(b[1])?;
    let exist_ok = match b[2] {
        None => false,
        Some(v) => vm.truthy(v)?,
    };
    // Create the missing parents first, then the leaf (which reports "exists").
    let path = std::path::Path::new(&p);
    let mut missing = vec![];
    let mut cur = path.parent();
    while let Some(d) = cur {
        if d.as_os_str().is_empty() || d.exists() {
            break;
        }
        missing.push(d.to_path_buf());
        cur = d.parent();
    }
    for d in missing.iter().rev() {
        let ds = d.to_string_lossy().into_owned();
        if let Err(e) = create_dir(&ds, mode) {
            if e.kind() != std::io::ErrorKind::AlreadyExists {
                return Err(os_error(&e, &ds, None));
            }
        }
    }
    match create_dir(&p, mode) {
        Ok(()) => Ok(Value::None),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && exist_ok && path.is_dir() => {
            Ok(Value::None)
        }
        Err(e) => Err(os_error(&e, &p, None)),
    }
}

fn os_rmdir(vm: &mut Vm, a: Args) -> PResult<Value> {
    let p = one_path(vm, &a, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| os_error(&e, &p, None))?;
    Ok(Value::None)
}

fn remove_file(vm: &mut Vm, a: Args, fname: &str) -> PResult<Value> {
    let b = bind(&a, fname, &["path", "dir_fd"], 1)?;
    let p = path_arg(vm, b[0].unwrap_or(&Value::None), fname, "path")?;
    std::fs::remove_file(&p).map_err(|e| os_error(&e, &p, None))?;
    Ok(Value::None)
}

fn os_remove(vm: &mut Vm, a: Args) -> PResult<Value> {
    remove_file(vm, a, "remove")
}

fn os_unlink(vm: &mut Vm, a: Args) -> PResult<Value> {
    remove_file(vm, a, "unlink")
}

fn rename(vm: &mut Vm, a: Args, fname: &str) -> PResult<Value> {
    let b = bind(&a, fname, &["src", "dst"], 2)?;
    let src = path_arg(vm, b[0].unwrap_or(&Value::None), fname, "src")?;
    let dst = path_arg(vm, b[1].unwrap_or(&Value::None), fname, "dst")?;
    std::fs::rename(&src, &dst).map_err(|e| os_error(&e, &src, Some(&dst)))?;
    Ok(Value::None)
}

fn os_rename(vm: &mut Vm, a: Args) -> PResult<Value> {
    rename(vm, a, "rename")
}

fn os_replace(vm: &mut Vm, a: Args) -> PResult<Value> {
    rename(vm, a, "replace")
}

fn os_getpid(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("getpid", 0, 0, &[])?;
    Ok(Value::Int(std::process::id() as i64))
}

fn os_getppid(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("getppid", 0, 0, &[])?;
    #[cfg(unix)]
    let ppid = std::os::unix::process::parent_id() as i64;
    #[cfg(not(unix))]
    let ppid = 0;
    Ok(Value::Int(ppid))
}

fn os_cpu_count(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("cpu_count", 0, 0, &[])?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn os_urandom(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("urandom", 1, 1, &[])?;
    let n = crate::builtins::int_arg(&a.pos[0], "urandom")?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let _ = vm;
    let mut buf: Vec<u8> = Vec::new();
    buf.try_reserve_exact(n as usize)
        .map_err(|_| crate::runtime::exc::memory_error())?;
    buf.resize(n as usize, 0);
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(&e, "/dev/urandom", None))?;
    Ok(Value::obj(Object::Bytes(buf.into_boxed_slice())))
}

fn os_fspath(vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "fspath", &["path"], 1)?;
    let v = b[0].unwrap_or(&Value::None);
    if v.as_str().is_some() || matches!(v.as_obj(), Some(Object::Bytes(_))) {
        return Ok(v.clone());
    }
    if let Some(r) = vm.call_dunder(v, "__fspath__", &[])? {
        return Ok(r);
    }
    Err(type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        type_name(v)
    )))
}

/// A snapshot of the process environment as a dict of str.
fn environ() -> Value {
    str_dict(std::env::vars_os().map(|(k, v)| {
        (
            k.to_string_lossy().into_owned(),
            v.to_string_lossy().into_owned(),
        )
    }))
}

/// `getenv(key, default=None)`: `os.environ.get(key, default)`.
fn os_getenv(vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "getenv", &["key", "default"], 1)?;
    let key = b[0].unwrap_or(&Value::None);
    let Some(k) = key.as_str() else {
        return Err(type_error(format!("str expected, not {}", type_name(key))));
    };
    let default = b[1].cloned().unwrap_or(Value::None);
    let module = dict_of(&vm.interp.modules).lock().get_str("os").cloned();
    let env = module
        .as_ref()
        .and_then(super::module_dict)
        .and_then(|d| super::get(&d, "environ"));
    if let Some(env @ Value::Obj(_)) = env {
        if let Some(Object::Dict(_)) = env.as_obj() {
            return Ok(crate::builtins::dict_get(vm, &env, key)?.unwrap_or(default));
        }
    }
    Ok(std::env::var(k).map(Value::str).unwrap_or(default))
}

// ------------------------------------------------------------------ os.path (posixpath)

/// `posixpath.join`.
pub fn join(parts: &[String]) -> String {
    let mut path = String::new();
    for (i, b) in parts.iter().enumerate() {
        if i == 0 || b.starts_with('/') {
            path = b.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

/// `posixpath.split`: (head, tail) around the last slash.
pub fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (head, tail) = p.split_at(i);
    let head = if !head.is_empty() && !head.chars().all(|c| c == '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

/// `posixpath.splitext`: the extension starts at the last dot of the last component, unless
/// that component is all leading dots up to it.
pub fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map(|i| i as isize).unwrap_or(-1);
    let dot = p.rfind('.').map(|i| i as isize).unwrap_or(-1);
    if dot > sep {
        let start = (sep + 1) as usize;
        let dot = dot as usize;
        if p[start..dot].chars().any(|c| c != '.') {
            return (p[..dot].to_string(), p[dot..].to_string());
        }
    }
    (p.to_string(), String::new())
}

/// `posixpath.normpath`.
pub fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let initial = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = vec![];
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let joined = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if joined.is_empty() {
        ".".into()
    } else {
        joined
    }
}

fn cwd() -> String {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "/".into())
}

/// `posixpath.abspath`.
pub fn abspath(p: &str) -> String {
    if p.starts_with('/') {
        normpath(p)
    } else {
        normpath(&join(&[cwd(), p.to_string()]))
    }
}

/// `os.path.commonprefix` over strings.
fn common_prefix(items: &[String]) -> String {
    let Some(first) = items.first() else {
        return String::new();
    };
    let mut n = first.len();
    for s in &items[1..] {
        n = first
            .char_indices()
            .zip(s.chars())
            .take_while(|((_, a), b)| a == b)
            .map(|((i, a), _)| i + a.len_utf8())
            .last()
            .unwrap_or(0)
            .min(n);
    }
    first[..n].to_string()
}

fn p_join(vm: &mut Vm, a: Args) -> PResult<Value> {
    if !a.kw.is_empty() {
        return Err(type_error("join() takes no keyword arguments"));
    }
    if a.pos.is_empty() {
        return Err(type_error(
            "join() missing 1 required positional argument: 'a'",
        ));
    }
    let mut parts = Vec::with_capacity(a.pos.len());
    for v in a.pos {
        match v.as_str() {
            Some(s) => parts.push(s.to_string()),
            None => {
                if let Some(r) = vm.call_dunder(v, "__fspath__", &[])? {
                    if let Some(s) = r.as_str() {
                        parts.push(s.to_string());
                        continue;
                    }
                }
                return Err(type_error(format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                    type_name(v)
                )));
            }
        }
    }
    Ok(Value::str(join(&parts)))
}

fn p_one(vm: &mut Vm, a: &Args, fname: &str) -> PResult<String> {
    if !a.kw.is_empty() || a.pos.len() != 1 {
        let n = a.pos.len() + a.kw.len();
        return Err(type_error(if n == 0 {
            format!("{fname}() missing 1 required positional argument: 'p'")
        } else {
            format!("{fname}() takes 1 positional argument but {n} were given")
        }));
    }
    pathlike(vm, &a.pos[0])
}

fn p_split(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (h, t) = split(&p_one(vm, &a, "split")?);
    Ok(Value::tuple(vec![Value::str(h), Value::str(t)]))
}

fn p_splitext(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (r, e) = splitext(&p_one(vm, &a, "splitext")?);
    Ok(Value::tuple(vec![Value::str(r), Value::str(e)]))
}

fn p_basename(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::str(split(&p_one(vm, &a, "basename")?).1))
}

fn p_dirname(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::str(split(&p_one(vm, &a, "dirname")?).0))
}

fn p_isabs(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::bool(p_one(vm, &a, "isabs")?.starts_with('/')))
}

fn p_abspath(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::str(abspath(&p_one(vm, &a, "abspath")?)))
}

fn p_normpath(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::str(normpath(&p_one(vm, &a, "normpath")?)))
}

fn p_realpath(vm: &mut Vm, a: Args) -> PResult<Value> {
    let p = p_one(vm, &a, "realpath")?;
    Ok(Value::str(match std::fs::canonicalize(&p) {
        Ok(r) => r.to_string_lossy().into_owned(),
        Err(_) => abspath(&p),
    }))
}

fn p_relpath(vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "relpath", &["path", "start"], 1)?;
    let path = pathlike(vm, b[0].unwrap_or(&Value::None))?;
    let start = match b[1] {
        None | Some(Value::None) => ".".to_string(),
        Some(v) => pathlike(vm, v)?,
    };
    if path.is_empty() {
        return Err(value_error("no path specified"));
    }
    let sl: Vec<String> = abspath(&start)
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let pl: Vec<String> = abspath(&path)
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let i = sl.iter().zip(&pl).take_while(|(x, y)| x == y).count();
    let mut rel: Vec<String> = vec!["..".to_string(); sl.len() - i];
    rel.extend(pl[i..].iter().cloned());
    if rel.is_empty() {
        return Ok(Value::str("."));
    }
    Ok(Value::str(join(&rel)))
}

fn p_commonprefix(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("commonprefix", 1, 1, &[])?;
    let items = vm.collect(&a.pos[0])?;
    let mut strs = Vec::with_capacity(items.len());
    for v in &items {
        strs.push(pathlike(vm, v)?);
    }
    Ok(Value::str(common_prefix(&strs)))
}

fn p_expanduser(vm: &mut Vm, a: Args) -> PResult<Value> {
    let p = p_one(vm, &a, "expanduser")?;
    if !p.starts_with('~') {
        return Ok(Value::str(p));
    }
    let end = p.find('/').unwrap_or(p.len());
    if end != 1 {
        return Ok(Value::str(p)); // ~user: not looked up
    }
    let Ok(home) = std::env::var("HOME") else {
        return Ok(Value::str(p));
    };
    let home = home.trim_end_matches('/');
    let rest = &p[end..];
    Ok(Value::str(if home.is_empty() && rest.is_empty() {
        "/".to_string()
    } else {
        format!("{home}{rest}")
    }))
}

fn meta(p: &str, follow: bool) -> std::io::Result<std::fs::Metadata> {
    if follow {
        std::fs::metadata(p)
    } else {
        std::fs::symlink_metadata(p)
    }
}

fn p_exists(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::bool(meta(&p_one(vm, &a, "exists")?, true).is_ok()))
}

fn p_lexists(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::bool(meta(&p_one(vm, &a, "lexists")?, false).is_ok()))
}

fn p_isfile(vm: &mut Vm, a: Args) -> PResult<Value> {
    let p = p_one(vm, &a, "isfile")?;
    Ok(Value::bool(
        meta(&p, true).map(|m| m.is_file()).unwrap_or(false),
    ))
}

fn p_isdir(vm: &mut Vm, a: Args) -> PResult<Value> {
    let p = p_one(vm, &a, "isdir")?;
    Ok(Value::bool(
        meta(&p, true).map(|m| m.is_dir()).unwrap_or(false),
    ))
}

fn p_islink(vm: &mut Vm, a: Args) -> PResult<Value> {
    let p = p_one(vm, &a, "islink")?;
    Ok(Value::bool(
        meta(&p, false)
            .map(|m| m.file_type().is_symlink())
            .unwrap_or(false),
    ))
}

fn p_getsize(vm: &mut Vm, a: Args) -> PResult<Value> {
    let p = p_one(vm, &a, "getsize")?;
    let m = meta(&p, true).map_err(|e| os_error(&e, &p, None))?;
    Ok(Value::Int(m.len() as i64))
}

fn p_getmtime(vm: &mut Vm, a: Args) -> PResult<Value> {
    let p = p_one(vm, &a, "getmtime")?;
    let m = meta(&p, true).map_err(|e| os_error(&e, &p, None))?;
    let t = m.modified().map_err(|e| os_error(&e, &p, None))?;
    let secs = match t.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_secs_f64(),
        Err(e) => -e.duration().as_secs_f64(),
    };
    Ok(Value::float(secs))
}

/// `os.uname()`: the kernel's names for the system, as `posix.uname_result`.
fn os_uname(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("uname", 0, 0, &[])?;
    // SAFETY: `utsname` is plain bytes, valid when zeroed; `uname` fills it and returns 0, or
    // fails and leaves it zeroed (read as empty strings).
    let u = unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        libc::uname(&mut u);
        u
    };
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        Value::str(String::from_utf8_lossy(&bytes).into_owned())
    };
    let values = vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ];
    Ok(crate::modules::sys::struct_seq(
        "posix",
        "uname_result",
        &["sysname", "nodename", "release", "version", "machine"],
        values,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn join_like_posixpath() {
        assert_eq!(join(&s(&["a", "b", "c"])), "a/b/c");
        assert_eq!(join(&s(&["a/", "b"])), "a/b");
        assert_eq!(join(&s(&["a", "/b", "c"])), "/b/c");
        assert_eq!(join(&s(&["", "b"])), "b");
        assert_eq!(join(&s(&["a", ""])), "a/");
    }

    #[test]
    fn split_and_splitext() {
        assert_eq!(split("/a/b/c.txt"), ("/a/b".into(), "c.txt".into()));
        assert_eq!(split("c.txt"), ("".into(), "c.txt".into()));
        assert_eq!(split("//x"), ("//".into(), "x".into()));
        assert_eq!(split("a//b"), ("a".into(), "b".into()));
        assert_eq!(splitext("a/b.tar.gz"), ("a/b.tar".into(), ".gz".into()));
        assert_eq!(splitext(".bashrc"), (".bashrc".into(), "".into()));
        assert_eq!(splitext("a.b/c"), ("a.b/c".into(), "".into()));
        assert_eq!(splitext("..x.y"), ("..x".into(), ".y".into()));
    }

    #[test]
    fn normpath_like_posixpath() {
        assert_eq!(normpath(""), ".");
        assert_eq!(normpath("a/./b/../c"), "a/c");
        assert_eq!(normpath("/../a"), "/a");
        assert_eq!(normpath("../../a"), "../../a");
        assert_eq!(normpath("//a//b/"), "//a/b");
        assert_eq!(normpath("///a"), "/a");
        assert_eq!(normpath("a/.."), ".");
        assert!(abspath("x").ends_with("/x"));
        assert!(abspath("x").starts_with('/'));
    }

    #[test]
    fn errors_carry_errno_text() {
        let e = std::fs::remove_file("/nonexistent-gilt-test-file").unwrap_err();
        assert_eq!(e.raw_os_error(), Some(2));
        assert_eq!(strerror(&e), "No such file or directory");
        assert_eq!(
            common_prefix(&s(&["/usr/lib", "/usr/local"])),
            "/usr/l".to_string()
        );
        assert_eq!(common_prefix(&[]), String::new());
    }
}
