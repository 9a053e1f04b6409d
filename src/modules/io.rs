//! Files: the built-in `open()` and the text/binary file objects it returns, plus the
//! `sys.stdin`, `sys.stdout` and `sys.stderr` objects. Reads and writes release the GIL.

use crate::objects::methods::this;
use crate::objects::object::{NativeFnPtr, NativeObj, Object, TypeKind};
use crate::objects::types::{self, ExcKind};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{type_error, value_error, Exc};
use crate::runtime::sync::Gil;
use crate::runtime::vm::{Args, PResult, Vm};
use parking_lot::Mutex;
use std::io::{BufRead, BufReader, Read, Write};
use std::sync::OnceLock;

enum Handle {
    Reader(BufReader<std::fs::File>),
    Writer(std::io::BufWriter<std::fs::File>),
    Stdin,
    Stdout,
    Stderr,
    Closed,
}

/// A file object's state.
pub struct FileData {
    handle: Mutex<Handle>,
    /// Writes to the interpreter's standard output (read by every `print`, without the lock).
    stdout: bool,
    name: String,
    mode: String,
    binary: bool,
}

const FILE_METHODS: &[(&str, NativeFnPtr)] = &[
    ("read", f_read),
    ("readline", f_readline),
    ("readlines", f_readlines),
    ("write", f_write),
    ("writelines", f_writelines),
    ("flush", f_flush),
    ("close", f_close),
    ("fileno", f_fileno),
    ("isatty", f_isatty),
    ("readable", f_readable),
    ("writable", f_writable),
    ("__enter__", f_enter),
    ("__exit__", f_exit),
    ("__iter__", f_enter),
    ("__next__", f_next),
];

fn file_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        types::make_type(
            "TextIOWrapper",
            Some(&types::types().object),
            TypeKind::Object,
            FILE_METHODS,
        )
    })
}

fn new_file(handle: Handle, name: &str, mode: &str, binary: bool) -> Value {
    Value::obj(Object::NativeObj(NativeObj {
        class: file_type().clone(),
        data: Box::new(FileData {
            stdout: matches!(handle, Handle::Stdout),
            handle: Mutex::new(handle),
            name: name.to_string(),
            mode: mode.to_string(),
            binary,
        }),
    }))
}

impl FileData {
    /// Whether this is the process's own standard input.
    pub fn is_console(&self) -> bool {
        matches!(*self.handle.lock(), Handle::Stdin)
    }
}

/// The file object behind `v`, if it is one.
pub fn file_data(v: &Value) -> Option<&FileData> {
    match v.as_obj() {
        Some(Object::NativeObj(n)) => n.data.downcast_ref::<FileData>(),
        _ => None,
    }
}

/// Whether `v` is a file object writing to the interpreter's standard output.
pub fn is_stdout(v: &Value) -> bool {
    file_data(v).is_some_and(|d| d.stdout)
}

/// `sys.stdin`, `sys.stdout`, `sys.stderr`.
pub fn std_streams() -> [Value; 3] {
    [
        new_file(Handle::Stdin, "<stdin>", "r", false),
        new_file(Handle::Stdout, "<stdout>", "w", false),
        new_file(Handle::Stderr, "<stderr>", "w", false),
    ]
}

fn os_error(e: std::io::Error, path: &str) -> Exc {
    let kind = match e.kind() {
        std::io::ErrorKind::NotFound => ExcKind::FileNotFoundError,
        _ => ExcKind::OSError,
    };
    let errno = e.raw_os_error().unwrap_or(0);
    let what = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        std::io::ErrorKind::AlreadyExists => "File exists".to_string(),
        _ => e.to_string(),
    };
    let exc = Exc::new(
        kind,
        format!(
            "[Errno {errno}] {what}: {}",
            crate::objects::repr::str_repr(path)
        ),
    );
    {
        let mut st = exc.obj().state.lock();
        let mut put = |k: &str, v: Value| {
            st.attrs.insert(
                crate::objects::intern::intern(k),
                crate::objects::ops::hash_str(k),
                v,
            )
        };
        put("errno", Value::Int(errno as i64));
        put("strerror", Value::str(what));
        put("filename", Value::str(path));
    }
    exc
}

/// `open(file, mode='r', encoding=None, ...)`.
pub fn open(vm: &mut Vm, a: Args) -> PResult<Value> {
    vm.require(super::sandbox::Permission::Files)?;
    a.check(
        "open",
        1,
        3,
        &[
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
        ],
    )?;
    let path = a.pos[0]
        .as_str()
        .ok_or_else(|| {
            type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                types::type_name(&a.pos[0])
            ))
        })?
        .to_string();
    let mode = match a.pos.get(1).or(a.kw("mode")) {
        Some(m) => m
            .as_str()
            .ok_or_else(|| type_error("open() argument 'mode' must be str"))?
            .to_string(),
        None => "r".to_string(),
    };
    let binary = mode.contains('b');
    let mut opts = std::fs::OpenOptions::new();
    let reading = if mode.contains('w') {
        opts.write(true).create(true).truncate(true);
        false
    } else if mode.contains('a') {
        opts.append(true).create(true);
        false
    } else if mode.contains('x') {
        opts.write(true).create_new(true);
        false
    } else if mode.trim_matches(|c| c == 'b' || c == 't').is_empty() || mode.contains('r') {
        opts.read(true);
        true
    } else {
        return Err(value_error(format!("invalid mode: '{mode}'")));
    };
    let file = Gil::release_while(crate::runtime::gil::Blocked::Io, || opts.open(&path))
        .map_err(|e| os_error(e, &path))?;
    let handle = if reading {
        Handle::Reader(BufReader::new(file))
    } else {
        Handle::Writer(std::io::BufWriter::new(file))
    };
    Ok(new_file(handle, &path, &mode, binary))
}

fn data<'a>(a: &Args<'a>, name: &str) -> PResult<(&'a FileData, &'a [Value])> {
    let (s, rest) = this(a, name, 0, 2)?;
    match file_data(s) {
        Some(d) => Ok((d, rest)),
        None => Err(type_error(format!(
            "descriptor '{name}' requires a file object"
        ))),
    }
}

fn closed() -> Exc {
    value_error("I/O operation on closed file.")
}

fn text_value(d: &FileData, bytes: Vec<u8>) -> Value {
    if d.binary {
        Value::obj(Object::Bytes(bytes.into_boxed_slice()))
    } else {
        Value::str(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// Reads one line (with its newline) or, with `all`, everything left.
fn read_some(d: &FileData, all: bool) -> PResult<Vec<u8>> {
    let mut h = d.handle.lock();
    let mut buf = Vec::new();
    let r = match &mut *h {
        Handle::Reader(r) => Gil::release_while(crate::runtime::gil::Blocked::Io, || {
            if all {
                r.read_to_end(&mut buf)
            } else {
                r.read_until(b'\n', &mut buf)
            }
        }),
        Handle::Stdin => {
            drop(h);
            crate::runtime::vm::flush_stdout();
            // One buffer with input() and the REPL; Ctrl-C raises in the main thread.
            return crate::runtime::signals::read_stdin(all);
        }
        Handle::Closed => return Err(closed()),
        _ => return Err(Exc::new(ExcKind::OSError, "not readable")),
    };
    r.map_err(|e| os_error(e, &d.name))?;
    Ok(buf)
}

fn f_read(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, rest) = data(&a, "read")?;
    let all = read_some(d, true)?;
    let n = match rest.first() {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        _ => usize::MAX,
    };
    if n == usize::MAX || d.binary {
        let mut all = all;
        all.truncate(n.min(all.len()));
        return Ok(text_value(d, all));
    }
    // n counts characters for text files; keep the rest for later reads is not needed for the
    // common whole-file use, so read n characters and drop the rest.
    let text = String::from_utf8_lossy(&all).into_owned();
    Ok(Value::str(text.chars().take(n).collect::<String>()))
}

fn f_readline(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "readline")?;
    let line = read_some(d, false)?;
    Ok(text_value(d, line))
}

fn f_readlines(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "readlines")?;
    let mut out = vec![];
    loop {
        let line = read_some(d, false)?;
        if line.is_empty() {
            break;
        }
        out.push(text_value(d, line));
    }
    Ok(Value::list(out))
}

fn f_next(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "__next__")?;
    let line = read_some(d, false)?;
    if line.is_empty() {
        return Err(Exc::bare(ExcKind::StopIteration));
    }
    Ok(text_value(d, line))
}

/// Writes `bytes` to a file object (used by `print(file=...)` as well).
pub fn write_bytes(vm: &mut Vm, d: &FileData, bytes: &[u8]) -> PResult<()> {
    let mut h = d.handle.lock();
    match &mut *h {
        Handle::Writer(w) => {
            Gil::release_while(crate::runtime::gil::Blocked::Io, || w.write_all(bytes))
                .map_err(|e| os_error(e, &d.name))?;
        }
        Handle::Stdout => {
            drop(h);
            vm.write_out_bytes(bytes);
        }
        Handle::Stderr => {
            drop(h);
            vm.write_err(&String::from_utf8_lossy(bytes));
        }
        Handle::Closed => return Err(closed()),
        _ => return Err(Exc::new(ExcKind::OSError, "not writable")),
    }
    Ok(())
}

fn f_write(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, rest) = data(&a, "write")?;
    let Some(v) = rest.first() else {
        return Err(type_error("write() takes exactly one argument (0 given)"));
    };
    let (bytes, n) = match (v.as_obj(), d.binary) {
        (Some(Object::Bytes(b)), true) => (b.to_vec(), b.len()),
        (Some(Object::Str(s)), false) => (s.s.as_bytes().to_vec(), s.char_len()),
        (_, true) => {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                types::type_name(v)
            )))
        }
        (_, false) => {
            return Err(type_error(format!(
                "write() argument must be str, not {}",
                types::type_name(v)
            )))
        }
    };
    write_bytes(vm, d, &bytes)?;
    Ok(Value::Int(n as i64))
}

fn f_writelines(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, rest) = data(&a, "writelines")?;
    let Some(v) = rest.first() else {
        return Err(type_error(
            "writelines() takes exactly one argument (0 given)",
        ));
    };
    for item in vm.collect(v)? {
        match item.as_str() {
            Some(s) => write_bytes(vm, d, s.as_bytes())?,
            None => return Err(type_error("write() argument must be str")),
        }
    }
    Ok(Value::None)
}

fn f_flush(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "flush")?;
    let mut h = d.handle.lock();
    match &mut *h {
        Handle::Writer(w) => {
            let _ = w.flush();
        }
        Handle::Stdout => {
            drop(h);
            vm.flush_out();
        }
        _ => {}
    }
    Ok(Value::None)
}

fn f_close(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "close")?;
    let mut h = d.handle.lock();
    if let Handle::Writer(w) = &mut *h {
        let _ = w.flush();
    }
    if matches!(*h, Handle::Reader(_) | Handle::Writer(_)) {
        *h = Handle::Closed;
    }
    Ok(Value::None)
}

fn f_fileno(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "fileno")?;
    Ok(Value::Int(match &*d.handle.lock() {
        Handle::Stdin => 0,
        Handle::Stdout => 1,
        Handle::Stderr => 2,
        _ => 3,
    }))
}

fn f_isatty(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "isatty")?;
    use std::io::IsTerminal;
    Ok(Value::bool(match &*d.handle.lock() {
        Handle::Stdin => std::io::stdin().is_terminal(),
        Handle::Stdout => std::io::stdout().is_terminal(),
        Handle::Stderr => std::io::stderr().is_terminal(),
        _ => false,
    }))
}

fn f_readable(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "readable")?;
    Ok(Value::bool(matches!(
        &*d.handle.lock(),
        Handle::Reader(_) | Handle::Stdin
    )))
}

fn f_writable(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "writable")?;
    Ok(Value::bool(matches!(
        &*d.handle.lock(),
        Handle::Writer(_) | Handle::Stdout | Handle::Stderr
    )))
}

fn f_enter(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "__enter__", 0, 0)?;
    if let Some(d) = file_data(s) {
        if matches!(*d.handle.lock(), Handle::Closed) {
            return Err(closed());
        }
    }
    Ok(s.clone())
}

fn f_exit(vm: &mut Vm, a: Args) -> PResult<Value> {
    let head = &a.pos[..a.pos.len().min(1)];
    f_close(vm, Args::new(head))?;
    Ok(Value::FALSE)
}

/// Attributes of a file object (`name`, `mode`, `closed`), for `attr.rs`.
pub fn file_attr(v: &Value, name: &str) -> Option<Value> {
    let d = file_data(v)?;
    Some(match name {
        "name" => Value::str(d.name.clone()),
        "mode" => Value::str(d.mode.clone()),
        "closed" => Value::bool(matches!(*d.handle.lock(), Handle::Closed)),
        "encoding" => Value::str("UTF-8"),
        _ => return None,
    })
}
