//! The native `os` module: the working directory, files and directories (`remove`,
//! `rename`, `mkdir`, `makedirs`, `rmdir`, `listdir`, `stat`/`lstat`/`fstat` as
//! `os.stat_result`, `chmod`, `utime`, `access`, links), descriptors (`open`, `read`, `write`,
//! `close`, the `O_*` flags), `get_terminal_size`, the process (`getpid`, `getppid`,
//! `cpu_count`), the environment (`environ`, a dict snapshot taken at import, and `getenv`
//! reading it), the platform constants, `urandom`, and `os.path` (posixpath) as a nested module.
//! `stdlib/_os.py` adds what is written in Gilt (`scandir`, `DirEntry`, `PathLike`, ...).
//!
//! OS errors are raised as CPython raises them: the `OSError` subclass for the errno
//! (`FileNotFoundError`, `FileExistsError`, … whichever of them Gilt defines; `OSError`
//! otherwise), with the message `[Errno 2] No such file or directory: 'x'` and the attributes
//! `errno`, `strerror`, `filename` (and `filename2`). `listdir` returns its names sorted.

use crate::objects::codecs;
use crate::objects::dict::DictMap;
use crate::objects::object::Object;
use crate::objects::ops::hash_str;
use crate::objects::types::{type_name, ExcKind};
use crate::objects::value::Value;
use crate::runtime::exc::{type_error, value_error, Exc};
use crate::runtime::gil::Blocked;
use crate::runtime::sync::Gil;
use crate::runtime::sync::ReadMostly;
use crate::runtime::vm::{dict_of, Args, PResult, SlotError, Vm};
use std::os::unix::ffi::{OsStrExt, OsStringExt};

pub fn module(vm: &mut Vm) -> Value {
    let m = native_part();
    python_part(vm, &m);
    m
}

/// Copies the names `stdlib/_os.py` exports into `os` (a module that fails to run is left
/// out, as a missing name).
fn python_part(vm: &mut Vm, os: &Value) {
    let Some(Object::Module(target)) = os.as_obj() else {
        return;
    };
    let Ok(py) = vm.import("_os") else {
        return;
    };
    let Some(Object::Module(src)) = py.as_obj() else {
        return;
    };
    let src = dict_of(&src.dict);
    let names = src.get_str_cloned("EXPORTS").map(|e| vm.items_of(&e));
    for n in names.unwrap_or_default() {
        let (Some(name), Some(v)) = (n.as_str(), n.as_str().and_then(|k| src.get_str_cloned(k)))
        else {
            continue;
        };
        let old = dict_of(&target.dict).lock().insert(
            crate::objects::intern::intern(name),
            hash_str(name),
            v,
        );
        drop(old);
    }
}

fn native_part() -> Value {
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
        .func("stat", os_stat)
        .func("lstat", os_lstat)
        .func("fstat", os_fstat)
        .func("open", os_open)
        .func("close", os_close)
        .func("read", os_read)
        .func("write", os_write)
        .func("chmod", os_chmod)
        .func("utime", os_utime)
        .func("access", os_access)
        .func("readlink", os_readlink)
        .func("symlink", os_symlink)
        .func("link", os_link)
        .func("get_terminal_size", os_get_terminal_size)
        .value("O_RDONLY", Value::Int(libc::O_RDONLY as i64))
        .value("O_WRONLY", Value::Int(libc::O_WRONLY as i64))
        .value("O_RDWR", Value::Int(libc::O_RDWR as i64))
        .value("O_CREAT", Value::Int(libc::O_CREAT as i64))
        .value("O_EXCL", Value::Int(libc::O_EXCL as i64))
        .value("O_TRUNC", Value::Int(libc::O_TRUNC as i64))
        .value("O_APPEND", Value::Int(libc::O_APPEND as i64))
        .value("O_NOFOLLOW", Value::Int(libc::O_NOFOLLOW as i64))
        .value("O_CLOEXEC", Value::Int(libc::O_CLOEXEC as i64))
        .value("O_NONBLOCK", Value::Int(libc::O_NONBLOCK as i64))
        .value("O_DIRECTORY", Value::Int(libc::O_DIRECTORY as i64))
        .value("F_OK", Value::Int(libc::F_OK as i64))
        .value("R_OK", Value::Int(libc::R_OK as i64))
        .value("W_OK", Value::Int(libc::W_OK as i64))
        .value("X_OK", Value::Int(libc::X_OK as i64))
        .value("SEEK_SET", Value::Int(0))
        .value("SEEK_CUR", Value::Int(1))
        .value("SEEK_END", Value::Int(2))
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
        .func("samefile", p_samefile)
        .func("ismount", p_ismount)
        .func("normcase", p_normcase)
        .func("expandvars", p_expandvars)
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
    os_error_with(e, Value::str(f1), f2.map(Value::str))
}

/// An OSError for an I/O error on no file (`[Errno 9] Bad file descriptor`).
pub fn os_error_bare(e: &std::io::Error) -> Exc {
    os_error_with(e, Value::None, None)
}

/// An OSError for an I/O error on file names given as values (str or bytes).
pub fn os_error_with(e: &std::io::Error, f1: Value, f2: Option<Value>) -> Exc {
    let text = strerror(e);
    let Some(errno) = e.raw_os_error() else {
        return Exc::new(ExcKind::OSError, text);
    };
    let mut args = vec![Value::Int(errno as i64), Value::str(text), f1];
    if let Some(f2) = f2 {
        args.extend([Value::None, f2]);
    }
    crate::runtime::exc::new_os_error(
        crate::objects::types::exc_type(ExcKind::OSError).clone(),
        args,
    )
}

/// Whether `fd` is an open descriptor.
pub fn fd_is_open(fd: i32) -> bool {
    // SAFETY: F_GETFD only reads the descriptor's flags; any int is a valid argument.
    unsafe { libc::fcntl(fd, libc::F_GETFD) != -1 }
}

/// `os.fspath(v)` as a value (a str or bytes), or None when `v` is no path.
pub fn fspath_value(vm: &mut Vm, v: &Value) -> PResult<Option<Value>> {
    if v.as_str().is_some() || matches!(v.as_obj(), Some(Object::Bytes(_))) {
        return Ok(Some(v.clone()));
    }
    match vm.call_dunder(v, "__fspath__", &[])? {
        Some(r) if r.as_str().is_some() || matches!(r.as_obj(), Some(Object::Bytes(_))) => {
            Ok(Some(r))
        }
        Some(r) => Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            type_name(v),
            type_name(&r)
        ))),
        None => Ok(None),
    }
}

/// The `filename` of an error about path `v`: what `os.fspath(v)` gives, as in CPython.
fn fs_name(vm: &mut Vm, v: &Value) -> Value {
    fspath_value(vm, v)
        .ok()
        .flatten()
        .unwrap_or_else(|| v.clone())
}

/// A path: a str, bytes, or an object with `__fspath__`.
fn path_text(vm: &mut Vm, v: &Value) -> PResult<Option<OsPath>> {
    let Some(p) = fspath_value(vm, v)? else {
        return Ok(None);
    };
    Ok(Some(match p.as_obj() {
        Some(Object::Bytes(b)) => OsPath {
            text: codecs::fs_decode(b),
            os: std::ffi::OsStr::from_bytes(b).into(),
        },
        _ => OsPath::new(p.as_str().unwrap_or(""))?,
    }))
}

/// A path as Python sees it (`text`, for messages and results) and as the operating system
/// gets it (`os`: a lone surrogate is the byte it stands for again, as in CPython's
/// `os.fsencode`). It reads as its text, and opens as its `os` bytes.
pub(crate) struct OsPath {
    text: String,
    os: std::path::PathBuf,
}

impl OsPath {
    pub(crate) fn new(text: &str) -> PResult<OsPath> {
        let os = match crate::objects::codepoint::has_surrogates(text) {
            false => text.into(),
            true => std::ffi::OsString::from_vec(codecs::fs_encode(text)?).into(),
        };
        Ok(OsPath {
            text: text.to_string(),
            os,
        })
    }
}

impl crate::objects::smallstr::IntoSmallStr for OsPath {
    fn into_small_str(self) -> crate::objects::smallstr::SmallStr {
        crate::objects::smallstr::SmallStr::new(self.text)
    }
}

impl std::ops::Deref for OsPath {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl AsRef<std::ffi::OsStr> for OsPath {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.os.as_os_str()
    }
}

impl AsRef<std::path::Path> for OsPath {
    fn as_ref(&self) -> &std::path::Path {
        &self.os
    }
}

impl std::fmt::Display for OsPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// A path's text as the bytes the operating system knows it by (`os.fsencode`).
fn os_bytes(text: &str) -> Value {
    let b = codecs::fs_encode(text).unwrap_or_else(|_| text.as_bytes().to_vec());
    Value::obj(Object::Bytes(b.into_boxed_slice()))
}

/// A path argument of an `os` function.
fn path_arg(vm: &mut Vm, v: &Value, fname: &str, arg: &str) -> PResult<OsPath> {
    path_text(vm, v)?.ok_or_else(|| {
        type_error(format!(
            "{fname}: {arg} should be string, bytes or os.PathLike, not {}",
            type_name(v)
        ))
    })
}

/// A path argument of an `os.path` function.
fn pathlike(vm: &mut Vm, v: &Value) -> PResult<OsPath> {
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

fn one_path(vm: &mut Vm, a: &Args, fname: &str) -> PResult<OsPath> {
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
        Ok(p) => Ok(Value::str(codecs::fs_decode(p.as_os_str().as_bytes()))),
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
        None | Some(Value::None) => OsPath::new(".")?,
        Some(v) => path_arg(vm, v, "listdir", "path")?,
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(&e, &p, None))?;
    let mut names = vec![];
    for ent in rd {
        let ent = ent.map_err(|e| os_error(&e, &p, None))?;
        names.push(codecs::fs_decode(ent.file_name().as_bytes()));
    }
    names.sort();
    let as_bytes = matches!(b[0].and_then(|v| v.as_obj()), Some(Object::Bytes(_)));
    Ok(Value::list(
        names
            .into_iter()
            .map(|n| match as_bytes {
                true => os_bytes(&n),
                false => Value::str(n),
            })
            .collect(),
    ))
}

fn mode_arg(v: Option<&Value>) -> PResult<u32> {
    match v {
        None => Ok(0o777),
        Some(v) => Ok(crate::builtins::int_arg(v, "mkdir")? as u32),
    }
}

fn create_dir(p: impl AsRef<std::path::Path>, mode: u32) -> std::io::Result<()> {
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
        let ds = codecs::fs_decode(d.as_os_str().as_bytes());
        if let Err(e) = create_dir(d, mode) {
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
            codecs::fs_decode(k.as_bytes()),
            codecs::fs_decode(v.as_bytes()),
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
    let mut kinds = (false, false);
    for v in a.pos {
        let p = fspath_value(vm, v)?.ok_or_else(|| {
            type_error(format!(
                "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                type_name(v)
            ))
        })?;
        match p.as_obj() {
            Some(Object::Bytes(b)) => {
                kinds.1 = true;
                parts.push(codecs::fs_decode(b));
            }
            _ => {
                kinds.0 = true;
                parts.push(p.as_str().unwrap_or("").to_string());
            }
        }
    }
    match kinds {
        (true, true) => Err(type_error("Can't mix strings and bytes in path components")),
        (false, true) => Ok(os_bytes(&join(&parts))),
        _ => Ok(Value::str(join(&parts))),
    }
}

fn p_one(vm: &mut Vm, a: &Args, fname: &str) -> PResult<OsPath> {
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
    let strict = match a.kw("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let own: Vec<(Value, Value)> =
        a.kw.iter()
            .filter(|(k, _)| k.as_str() != Some("strict"))
            .cloned()
            .collect();
    let p = p_one(
        vm,
        &Args {
            pos: a.pos,
            kw: &own,
        },
        "realpath",
    )?;
    Ok(Value::str(match std::fs::canonicalize(&p) {
        Ok(r) => r.to_string_lossy().into_owned(),
        Err(e) if strict => return Err(os_error(&e, &p, None)),
        Err(_) => abspath(&p),
    }))
}

fn p_relpath(vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "relpath", &["path", "start"], 1)?;
    let path = pathlike(vm, b[0].unwrap_or(&Value::None))?;
    let start = match b[1] {
        None | Some(Value::None) => OsPath::new(".")?,
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
    let strs: Vec<String> = strs.into_iter().map(|p| p.text).collect();
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

fn meta(p: &OsPath, follow: bool) -> std::io::Result<std::fs::Metadata> {
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

// ------------------------------------------------------------------ descriptors and status

/// The keyword-only `dir_fd` (only None is supported) and `follow_symlinks` of `a`.
fn follow_arg(vm: &mut Vm, a: &Args, fname: &str) -> PResult<bool> {
    if let Some(v) = a.kw("dir_fd") {
        if !matches!(v, Value::None) {
            return Err(Exc::new(
                ExcKind::NotImplementedError,
                format!("{fname}: dir_fd unavailable on this platform"),
            ));
        }
    }
    match a.kw("follow_symlinks") {
        Some(v) => vm.truthy(v),
        None => Ok(true),
    }
}

/// The positional arguments of `a` bound to `names` with `dir_fd` and `follow_symlinks`
/// allowed by keyword.
fn bind_fs<'a>(
    a: &Args<'a>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PResult<Vec<Option<&'a Value>>> {
    let own: Vec<(Value, Value)> =
        a.kw.iter()
            .filter(|(k, _)| !matches!(k.as_str(), Some("dir_fd" | "follow_symlinks")))
            .cloned()
            .collect();
    let b = bind(
        &Args {
            pos: a.pos,
            kw: &own,
        },
        fname,
        names,
        required,
    )?;
    // (re-borrow from `a`, whose lifetime the caller needs)
    Ok(b.iter()
        .enumerate()
        .map(|(i, v)| {
            v.and_then(|_| {
                a.pos.get(i).or_else(|| {
                    a.kw.iter()
                        .find(|(k, _)| k.as_str() == Some(names[i]))
                        .map(|(_, v)| v)
                })
            })
        })
        .collect())
}

fn fd_arg(v: Option<&Value>) -> PResult<i32> {
    let n = crate::builtins::int_arg(v.unwrap_or(&Value::None), "fd")?;
    i32::try_from(n).map_err(|_| {
        Exc::new(
            ExcKind::OverflowError,
            if n < 0 {
                "fd is less than minimum"
            } else {
                "fd is greater than maximum"
            },
        )
    })
}

fn last_error() -> std::io::Error {
    std::io::Error::last_os_error()
}

const STAT_FIELDS: [&str; 10] = [
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime",
];

/// `os.stat_result` for `m`.
fn stat_result(m: &std::fs::Metadata) -> Value {
    use std::os::unix::fs::MetadataExt;
    let times = [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ];
    let mut values = vec![
        Value::Int(m.mode() as i64),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
    ];
    values.extend(times.iter().map(|(s, _)| Value::Int(*s)));
    let mut extra = vec![];
    for ((s, ns), name) in times.iter().zip(["atime", "mtime", "ctime"]) {
        extra.push((
            format!("st_{name}"),
            Value::float(*s as f64 + *ns as f64 * 1e-9),
        ));
        extra.push((
            format!("st_{name}_ns"),
            Value::from_bigint((*s as i128 * 1_000_000_000 + *ns as i128).into()),
        ));
    }
    extra.push(("st_blksize".into(), Value::Int(m.blksize() as i64)));
    extra.push(("st_blocks".into(), Value::Int(m.blocks() as i64)));
    extra.push(("st_rdev".into(), Value::Int(m.rdev() as i64)));
    crate::modules::sys::struct_seq_with("os", "stat_result", &STAT_FIELDS, values, extra)
}

fn stat_common(vm: &mut Vm, a: Args, fname: &str, follow: bool) -> PResult<Value> {
    let follow = follow && follow_arg(vm, &a, fname)?;
    let b = bind_fs(&a, fname, &["path"], 1)?;
    let v = b[0].unwrap_or(&Value::None);
    if let Value::Int(_) = v {
        return fstat_fd(fd_arg(Some(v))?);
    }
    let p = path_text(vm, v)?.ok_or_else(|| {
        type_error(format!(
            "{fname}: path should be string, bytes, os.PathLike or integer, not {}",
            type_name(v)
        ))
    })?;
    meta(&p, follow)
        .map(|m| stat_result(&m))
        .map_err(|e| os_error_with(&e, fs_name(vm, v), None))
}

fn os_stat(vm: &mut Vm, a: Args) -> PResult<Value> {
    stat_common(vm, a, "stat", true)
}

fn os_lstat(vm: &mut Vm, a: Args) -> PResult<Value> {
    stat_common(vm, a, "lstat", false)
}

fn fstat_fd(fd: i32) -> PResult<Value> {
    if !fd_is_open(fd) {
        return Err(os_error_bare(&std::io::Error::from_raw_os_error(
            libc::EBADF,
        )));
    }
    // SAFETY: the descriptor is open; ManuallyDrop keeps this borrowed File from closing it.
    let f = std::mem::ManuallyDrop::new(unsafe {
        <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd)
    });
    f.metadata()
        .map(|m| stat_result(&m))
        .map_err(|e| os_error_bare(&e))
}

fn os_fstat(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "fstat", &["fd"], 1)?;
    fstat_fd(fd_arg(b[0])?)
}

fn c_path(p: &OsPath) -> PResult<std::ffi::CString> {
    std::ffi::CString::new(p.os.as_os_str().as_bytes())
        .map_err(|_| value_error("embedded null byte"))
}

fn os_open(vm: &mut Vm, a: Args) -> PResult<Value> {
    follow_arg(vm, &a, "open")?;
    let b = bind_fs(&a, "open", &["path", "flags", "mode"], 2)?;
    let pv = b[0].unwrap_or(&Value::None);
    let p = path_arg(vm, pv, "open", "path")?;
    let flags = crate::builtins::int_arg(b[1].unwrap_or(&Value::None), "open")? as i32;
    let mode = b[2].map_or(Ok(0o777), |v| crate::builtins::int_arg(v, "open"))? as libc::c_uint;
    let c = c_path(&p)?;
    let fd = Gil::release_while(Blocked::Io, || {
        // SAFETY: `c` is a NUL-terminated path that outlives the call.
        unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) }
    });
    if fd < 0 {
        return Err(os_error_with(&last_error(), fs_name(vm, pv), None));
    }
    Ok(Value::Int(fd as i64))
}

fn os_close(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "close", &["fd"], 1)?;
    let fd = fd_arg(b[0])?;
    // SAFETY: closing a descriptor number has no memory effects; a bad one fails with EBADF.
    if unsafe { libc::close(fd) } != 0 {
        return Err(os_error_bare(&last_error()));
    }
    Ok(Value::None)
}

fn os_read(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "read", &["fd", "length"], 2)?;
    let fd = fd_arg(b[0])?;
    let n = crate::builtins::int_arg(b[1].unwrap_or(&Value::None), "read")?;
    if n < 0 {
        return Err(os_error_bare(&std::io::Error::from_raw_os_error(
            libc::EINVAL,
        )));
    }
    let mut buf: Vec<u8> = Vec::new();
    buf.try_reserve_exact(n as usize)
        .map_err(|_| crate::runtime::exc::memory_error())?;
    buf.resize(n as usize, 0);
    let got = Gil::release_while(Blocked::Io, || {
        // SAFETY: `buf` is valid for writes of `buf.len()` bytes during the call.
        unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) }
    });
    if got < 0 {
        return Err(os_error_bare(&last_error()));
    }
    buf.truncate(got as usize);
    Ok(Value::obj(Object::Bytes(buf.into_boxed_slice())))
}

fn os_write(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "write", &["fd", "data"], 2)?;
    let fd = fd_arg(b[0])?;
    let data = b[1].unwrap_or(&Value::None);
    let Some(Object::Bytes(bytes)) = data.as_obj() else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(data)
        )));
    };
    let n = Gil::release_while(Blocked::Io, || {
        // SAFETY: `bytes` is valid for reads of its length during the call.
        unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) }
    });
    if n < 0 {
        return Err(os_error_bare(&last_error()));
    }
    Ok(Value::Int(n as i64))
}

fn os_chmod(vm: &mut Vm, a: Args) -> PResult<Value> {
    let follow = follow_arg(vm, &a, "chmod")?;
    let b = bind_fs(&a, "chmod", &["path", "mode"], 2)?;
    let pv = b[0].unwrap_or(&Value::None);
    let p = path_arg(vm, pv, "chmod", "path")?;
    let mode = crate::builtins::int_arg(b[1].unwrap_or(&Value::None), "chmod")? as u32;
    if !follow {
        return Err(Exc::new(
            ExcKind::NotImplementedError,
            "chmod: follow_symlinks unavailable on this platform",
        ));
    }
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode))
        .map_err(|e| os_error_with(&e, fs_name(vm, pv), None))?;
    Ok(Value::None)
}

/// A time for `utime`: seconds (int or float) as (seconds, nanoseconds).
fn time_arg(v: &Value) -> PResult<libc::timespec> {
    let (s, ns) = match v {
        Value::Int(i) => (*i, 0),
        Value::Float(fb) => {
            let f = fb.get();
            let s = f.floor();
            (s as i64, ((f - s) * 1e9) as i64)
        }
        _ => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )))
        }
    };
    Ok(libc::timespec {
        tv_sec: s as libc::time_t,
        tv_nsec: ns as _,
    })
}

fn os_utime(vm: &mut Vm, a: Args) -> PResult<Value> {
    let follow = follow_arg(vm, &a, "utime")?;
    let own: Vec<(Value, Value)> =
        a.kw.iter()
            .filter(|(k, _)| k.as_str() != Some("ns"))
            .cloned()
            .collect();
    let b = bind_fs(
        &Args {
            pos: a.pos,
            kw: &own,
        },
        "utime",
        &["path", "times"],
        1,
    )?;
    let pv = b[0].unwrap_or(&Value::None).clone();
    let times = b[1].cloned().unwrap_or(Value::None);
    let ns = a.kw("ns");
    let p = path_arg(vm, &pv, "utime", "path")?;
    let pair = |vm: &mut Vm, v: &Value, what: &str| -> PResult<Vec<Value>> {
        let items = match v.as_obj() {
            Some(Object::Tuple(_)) => vm.items_of(v),
            _ => vec![],
        };
        if items.len() != 2 {
            return Err(type_error(format!(
                "utime: '{what}' must be a tuple of two ints"
            )));
        }
        Ok(items)
    };
    let ts = match (&times, ns) {
        (Value::None, None) => None,
        (Value::None, Some(nsv)) => {
            let items = pair(vm, nsv, "ns")?;
            let mut out = vec![];
            for it in items {
                let n = crate::builtins::int_arg(&it, "utime")?;
                out.push(libc::timespec {
                    tv_sec: n.div_euclid(1_000_000_000) as libc::time_t,
                    tv_nsec: n.rem_euclid(1_000_000_000) as _,
                });
            }
            Some([out[0], out[1]])
        }
        (_, Some(_)) => {
            return Err(value_error(
                "utime: you may specify either 'times' or 'ns' but not both",
            ))
        }
        (t, None) => {
            let Some(Object::Tuple(_)) = t.as_obj() else {
                return Err(type_error(
                    "utime: 'times' must be either a tuple of two ints or None",
                ));
            };
            let items = vm.items_of(t);
            if items.len() != 2 {
                return Err(type_error(
                    "utime: 'times' must be either a tuple of two ints or None",
                ));
            }
            Some([time_arg(&items[0])?, time_arg(&items[1])?])
        }
    };
    let c = c_path(&p)?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    let ptr = ts.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    // SAFETY: `c` is NUL-terminated and `ptr` is null or two timespecs, both alive for the call.
    let r = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, flags) };
    if r != 0 {
        return Err(os_error_bare(&last_error()));
    }
    Ok(Value::None)
}

fn os_access(vm: &mut Vm, a: Args) -> PResult<Value> {
    let follow = follow_arg(vm, &a, "access")?;
    let own: Vec<(Value, Value)> =
        a.kw.iter()
            .filter(|(k, _)| k.as_str() != Some("effective_ids"))
            .cloned()
            .collect();
    let b = bind_fs(
        &Args {
            pos: a.pos,
            kw: &own,
        },
        "access",
        &["path", "mode"],
        2,
    )?;
    let p = path_arg(vm, b[0].unwrap_or(&Value::None), "access", "path")?;
    let mode = crate::builtins::int_arg(b[1].unwrap_or(&Value::None), "access")? as i32;
    let c = c_path(&p)?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `c` is a NUL-terminated path alive for the call.
    let r = unsafe { libc::faccessat(libc::AT_FDCWD, c.as_ptr(), mode, flags) };
    Ok(Value::bool(r == 0))
}

fn os_readlink(vm: &mut Vm, a: Args) -> PResult<Value> {
    follow_arg(vm, &a, "readlink")?;
    let b = bind_fs(&a, "readlink", &["path"], 1)?;
    let pv = b[0].unwrap_or(&Value::None);
    let p = path_arg(vm, pv, "readlink", "path")?;
    let target = std::fs::read_link(&p).map_err(|e| os_error_with(&e, fs_name(vm, pv), None))?;
    let raw = target.as_os_str().as_bytes();
    Ok(match pv.as_obj() {
        Some(Object::Bytes(_)) => Value::obj(Object::Bytes(raw.into())),
        _ => Value::str(codecs::fs_decode(raw)),
    })
}

fn two_paths(vm: &mut Vm, a: &Args, fname: &str, extra: &[&str]) -> PResult<(Value, Value)> {
    let own: Vec<(Value, Value)> =
        a.kw.iter()
            .filter(|(k, _)| !k.as_str().is_some_and(|k| extra.contains(&k)))
            .cloned()
            .collect();
    let b = bind_fs(
        &Args {
            pos: &a.pos[..a.pos.len().min(2)],
            kw: &own,
        },
        fname,
        &["src", "dst"],
        2,
    )?;
    let s = b[0].unwrap_or(&Value::None).clone();
    let d = b[1].unwrap_or(&Value::None).clone();
    path_arg(vm, &s, fname, "src")?;
    path_arg(vm, &d, fname, "dst")?;
    Ok((s, d))
}

fn os_symlink(vm: &mut Vm, a: Args) -> PResult<Value> {
    follow_arg(vm, &a, "symlink")?;
    if a.pos.len() > 3 {
        return Err(type_error(format!(
            "symlink() takes at most 3 arguments ({} given)",
            a.pos.len()
        )));
    }
    let (s, d) = two_paths(vm, &a, "symlink", &["target_is_directory"])?;
    let (sp, dp) = (pathlike(vm, &s)?, pathlike(vm, &d)?);
    std::os::unix::fs::symlink(&sp, &dp)
        .map_err(|e| os_error_with(&e, fs_name(vm, &s), Some(fs_name(vm, &d))))?;
    Ok(Value::None)
}

fn os_link(vm: &mut Vm, a: Args) -> PResult<Value> {
    follow_arg(vm, &a, "link")?;
    let (s, d) = two_paths(vm, &a, "link", &["src_dir_fd", "dst_dir_fd"])?;
    let (sp, dp) = (pathlike(vm, &s)?, pathlike(vm, &d)?);
    std::fs::hard_link(&sp, &dp)
        .map_err(|e| os_error_with(&e, fs_name(vm, &s), Some(fs_name(vm, &d))))?;
    Ok(Value::None)
}

fn os_get_terminal_size(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "get_terminal_size", &["fd"], 0)?;
    let fd = match b[0] {
        Some(v) => fd_arg(Some(v))?,
        None => 1,
    };
    // SAFETY: `winsize` is plain integers, valid when zeroed; TIOCGWINSZ fills it or fails.
    let (r, ws) = unsafe {
        let mut ws: libc::winsize = std::mem::zeroed();
        let r = libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws);
        (r, ws)
    };
    if r != 0 {
        return Err(os_error_bare(&last_error()));
    }
    Ok(crate::modules::sys::struct_seq(
        "os",
        "terminal_size",
        &["columns", "lines"],
        vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)],
    ))
}

fn p_samefile(vm: &mut Vm, a: Args) -> PResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let b = bind(&a, "samefile", &["f1", "f2"], 2)?;
    let mut ids = vec![];
    for v in [b[0], b[1]] {
        let v = v.unwrap_or(&Value::None);
        let p = pathlike(vm, v)?;
        let m = std::fs::metadata(&p).map_err(|e| os_error_with(&e, fs_name(vm, v), None))?;
        ids.push((m.dev(), m.ino()));
    }
    Ok(Value::bool(ids[0] == ids[1]))
}

fn p_ismount(vm: &mut Vm, a: Args) -> PResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let p = p_one(vm, &a, "ismount")?;
    let Ok(m) = std::fs::symlink_metadata(&p) else {
        return Ok(Value::FALSE);
    };
    if m.file_type().is_symlink() || !m.is_dir() {
        return Ok(Value::FALSE);
    }
    let Ok(parent) = std::fs::symlink_metadata(p.os.join("..")) else {
        return Ok(Value::FALSE);
    };
    Ok(Value::bool(
        m.dev() != parent.dev() || m.ino() == parent.ino(),
    ))
}

fn p_normcase(vm: &mut Vm, a: Args) -> PResult<Value> {
    let b = bind(&a, "normcase", &["s"], 1)?;
    let v = b[0].unwrap_or(&Value::None);
    fspath_value(vm, v)?.ok_or_else(|| {
        type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(v)
        ))
    })
}

fn p_expandvars(vm: &mut Vm, a: Args) -> PResult<Value> {
    let p = p_one(vm, &a, "expandvars")?;
    if !p.contains('$') {
        return Ok(Value::str(p));
    }
    let env = |name: &str| -> Option<String> {
        if vm.require(super::sandbox::Permission::Env).is_err() {
            return None;
        }
        std::env::var(name).ok()
    };
    let chars: Vec<char> = p.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_';
    while i < chars.len() {
        if chars[i] != '$' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let (name, end) = if chars.get(i + 1) == Some(&'{') {
            match chars[i + 2..].iter().position(|&c| c == '}') {
                Some(j) => (
                    chars[i + 2..i + 2 + j].iter().collect::<String>(),
                    i + 3 + j,
                ),
                None => (String::new(), i + 1),
            }
        } else {
            let n = chars[i + 1..].iter().take_while(|&&c| is_name(c)).count();
            (chars[i + 1..i + 1 + n].iter().collect(), i + 1 + n)
        };
        match (name.is_empty(), env(&name)) {
            (false, Some(v)) => {
                out.push_str(&v);
                i = end;
            }
            (false, None) => {
                out.extend(&chars[i..end]);
                i = end;
            }
            (true, _) => {
                out.push('$');
                i += 1;
            }
        }
    }
    Ok(Value::str(out))
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
