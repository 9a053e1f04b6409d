//! Files: the built-in `open()` and the file objects it returns (`TextIOWrapper`,
//! `BufferedReader`, `BufferedWriter`, `BufferedRandom`), plus `sys.stdin`, `sys.stdout` and
//! `sys.stderr`. A file keeps one read-ahead buffer and one write buffer over the descriptor
//! (never both full: reading flushes writes, writing gives back unread bytes), so `tell()` is
//! the byte offset, used as the opaque cookie of text files too. Text files encode and decode
//! (UTF-8, UTF-8-sig, ASCII, Latin-1) and translate newlines as CPython does. The state sits
//! behind a mutex shared with `f.buffer`; reads and writes release the GIL, and so does
//! waiting for the mutex.

use crate::objects::codecs::{self, Codec};
use crate::objects::methods::this;
use crate::objects::object::{NativeFnPtr, NativeObj, Object, TypeKind};
use crate::objects::repr::str_repr;
use crate::objects::types::{self, ExcKind};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{type_error, value_error, Exc};
use crate::runtime::gil::Blocked;
use crate::runtime::sync::Gil;
use crate::runtime::vm::{Args, PResult, SlotError, Vm};
use parking_lot::{Mutex, MutexGuard};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};
use std::sync::{Arc, OnceLock};

const CHUNK: usize = 8192;

#[derive(Clone, Copy, PartialEq)]
enum Std {
    In,
    Out,
    Err,
    No,
}

/// The part of a file that changes, shared by a text file and its `buffer`.
struct State {
    /// `None` once closed (and always for the standard streams).
    file: Option<std::fs::File>,
    closed: bool,
    /// Whether closing closes the descriptor.
    closefd: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

impl State {
    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    fn flush_writes(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let buf = std::mem::take(&mut self.wbuf);
        match &mut self.file {
            Some(f) => f.write_all(&buf),
            None => Ok(()),
        }
    }

    /// Gives unread bytes back to the descriptor (before a write or a seek).
    fn drop_reads(&mut self) -> std::io::Result<()> {
        let back = self.unread() as i64;
        self.rbuf.clear();
        self.rpos = 0;
        match (&mut self.file, back) {
            (Some(f), b) if b > 0 => f.seek(SeekFrom::Current(-b)).map(|_| ()),
            _ => Ok(()),
        }
    }

    /// Reads one more chunk; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let Some(f) = &mut self.file else {
            return Ok(false);
        };
        let start = self.rbuf.len();
        self.rbuf.resize(start + CHUNK, 0);
        let r = f.read(&mut self.rbuf[start..]);
        let n = *r.as_ref().unwrap_or(&0);
        self.rbuf.truncate(start + n);
        r.map(|n| n > 0)
    }

    /// Until `want` unread bytes are buffered or the end of the file.
    fn fill_to(&mut self, want: usize) -> std::io::Result<()> {
        while self.unread() < want {
            if !self.fill()? {
                break;
            }
        }
        Ok(())
    }

    fn position(&mut self) -> std::io::Result<u64> {
        let unread = self.unread() as u64;
        let pending = self.wbuf.len() as u64;
        match &mut self.file {
            Some(f) => Ok((f.stream_position()? + pending).saturating_sub(unread)),
            None => Ok(0),
        }
    }

    fn close(&mut self) -> std::io::Result<()> {
        let r = self.flush_writes();
        self.closed = true;
        if let Some(f) = self.file.take() {
            if !self.closefd {
                let _ = f.into_raw_fd();
            }
        }
        r
    }
}

impl Drop for State {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

/// A file object's state.
pub struct FileData {
    state: Arc<Mutex<State>>,
    std: Std,
    /// Writes to the interpreter's standard output (read by every `print`, without the lock).
    stdout: bool,
    name: Value,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    encoding: String,
    codec: Codec,
    /// UTF-8 with a byte order mark at the start.
    sig: bool,
    errors: String,
    newline: Option<String>,
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
    ("seekable", f_seekable),
    ("seek", f_seek),
    ("tell", f_tell),
    ("truncate", f_truncate),
    ("__enter__", f_enter),
    ("__exit__", f_exit),
    ("__iter__", f_enter),
    ("__next__", f_next),
    ("__repr__", f_repr),
];

/// The class of a file: text, or binary for reading, writing or both.
fn file_type(binary: bool, readable: bool, writable: bool) -> &'static ObjRef {
    static T: OnceLock<[ObjRef; 4]> = OnceLock::new();
    let all = T.get_or_init(|| {
        [
            "TextIOWrapper",
            "BufferedReader",
            "BufferedWriter",
            "BufferedRandom",
        ]
        .map(|n| {
            types::make_type(
                n,
                Some(&types::types().object),
                TypeKind::Object,
                FILE_METHODS,
            )
        })
    });
    &all[match (binary, readable, writable) {
        (false, _, _) => 0,
        (true, true, true) => 3,
        (true, true, false) => 1,
        (true, false, _) => 2,
    }]
}

fn wrap(d: FileData) -> Value {
    Value::obj(Object::NativeObj(NativeObj {
        class: file_type(d.binary, d.readable, d.writable).clone(),
        data: Box::new(d),
    }))
}

fn std_file(std: Std, name: &str, mode: &str) -> Value {
    wrap(FileData {
        state: Arc::new(Mutex::new(State {
            file: None,
            closed: false,
            closefd: false,
            rbuf: vec![],
            rpos: 0,
            wbuf: vec![],
        })),
        std,
        stdout: std == Std::Out,
        name: Value::str(name),
        mode: mode.to_string(),
        binary: false,
        readable: std == Std::In,
        writable: std != Std::In,
        encoding: "utf-8".to_string(),
        codec: Codec::Utf8,
        sig: false,
        errors: match std {
            Std::Err => STDERR_ERRORS,
            _ => STDOUT_ERRORS,
        }
        .to_string(),
        newline: None,
    })
}

/// The error handler of standard input and output, as CPython's in the C and C.UTF-8 locales:
/// a lone surrogate that stands for a byte (`surrogateescape` made it) is that byte again.
pub const STDOUT_ERRORS: &str = "surrogateescape";

/// The error handler of standard error: what cannot be written is escaped.
pub const STDERR_ERRORS: &str = "backslashreplace";

impl FileData {
    /// Whether this is the process's own standard input.
    pub fn is_console(&self) -> bool {
        self.std == Std::In
    }

    /// The state, waiting for another thread's read or write without the GIL.
    fn lock(&self) -> MutexGuard<'_, State> {
        match self.state.try_lock() {
            Some(g) => g,
            None => Gil::release_while(Blocked::Io, || self.state.lock()),
        }
    }

    /// The state of an open file.
    fn open_state(&self) -> PResult<MutexGuard<'_, State>> {
        let st = self.lock();
        if st.closed {
            return Err(closed());
        }
        Ok(st)
    }

    fn check_open(&self) -> PResult<()> {
        self.open_state().map(drop)
    }

    fn io_err(&self, e: std::io::Error) -> Exc {
        super::os::os_error_bare(&e)
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
        std_file(Std::In, "<stdin>", "r"),
        std_file(Std::Out, "<stdout>", "w"),
        std_file(Std::Err, "<stderr>", "w"),
    ]
}

/// `io.UnsupportedOperation(msg)` (an OSError when `io` cannot be imported).
fn unsupported(vm: &mut Vm, msg: &str) -> Exc {
    let cls = vm
        .import("io")
        .ok()
        .and_then(|m| vm.get_attr(&m, &Value::str("UnsupportedOperation")).ok());
    match cls.as_ref().and_then(|c| c.as_obj().map(|_| c)) {
        Some(Value::Obj(c)) => Exc::with_args(c.clone(), vec![Value::str(msg)]),
        _ => Exc::new(ExcKind::OSError, msg),
    }
}

/// What a mode string asks for.
struct Mode {
    kind: char,
    plus: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PResult<Mode> {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"axrwb+t".contains(c) || seen.contains(c) {
            return Err(value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let kinds: Vec<char> = seen.chars().filter(|c| "axrw".contains(*c)).collect();
    if seen.contains('t') && seen.contains('b') {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if kinds.len() != 1 {
        return Err(value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    Ok(Mode {
        kind: kinds[0],
        plus: seen.contains('+'),
        binary: seen.contains('b'),
    })
}

/// An optional str argument of `open()` (None when absent or None).
fn opt_str(v: Option<&Value>, what: &str) -> PResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                types::type_name(v)
            ))),
        },
    }
}

/// The codec for an `encoding=` name, and whether it is UTF-8 with a signature.
fn file_codec(encoding: &str) -> PResult<(Codec, bool)> {
    let norm = encoding.to_ascii_lowercase().replace('_', "-");
    if matches!(norm.as_str(), "utf-8-sig" | "utf8-sig") {
        return Ok((Codec::Utf8, true));
    }
    let c = codecs::codec(encoding)?;
    if !c.is_byte_based() {
        return Err(Exc::new(
            ExcKind::LookupError,
            format!("text files of Gilt's do not offer the encoding '{encoding}' (utf-8, ascii and latin-1 they do)"),
        ));
    }
    Ok((c, false))
}

const OPEN_ARGS: [&str; 8] = [
    "file",
    "mode",
    "buffering",
    "encoding",
    "errors",
    "newline",
    "closefd",
    "opener",
];

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, a: Args) -> PResult<Value> {
    vm.require(super::sandbox::Permission::Files)?;
    if a.pos.len() > 8 {
        return Err(type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            a.pos.len()
        )));
    }
    let s = a.slots(&OPEN_ARGS).map_err(|e| match e {
        SlotError::Unknown(k) => {
            type_error(format!("'{k}' is an invalid keyword argument for open()"))
        }
        SlotError::Twice(k, i) => type_error(format!(
            "argument for open() given by name ('{k}') and position ({})",
            i + 1
        )),
    })?;
    let Some(file) = s[0] else {
        return Err(type_error(
            "open() missing required argument 'file' (pos 1)",
        ));
    };
    let mode_s = match s[1] {
        None => "r".to_string(),
        Some(m) => m
            .as_str()
            .ok_or_else(|| {
                type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    types::type_name(m)
                ))
            })?
            .to_string(),
    };
    let buffering = match s[2] {
        None => -1,
        Some(Value::Int(b)) => *b,
        Some(v) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                types::type_name(v)
            )))
        }
    };
    let encoding = opt_str(s[3], "encoding")?;
    let errors = opt_str(s[4], "errors")?;
    let newline = opt_str(s[5], "newline")?;
    let closefd = match s[6] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    let mode = parse_mode(&mode_s)?;
    if mode.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(value_error(format!(
                    "binary mode doesn't take {what} argument"
                )));
            }
        }
    } else if buffering == 0 {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    // the path, or the descriptor
    let (name, fd) = match file {
        Value::Int(fd) => (file.clone(), Some(*fd)),
        _ => match super::os::fspath_value(vm, file)? {
            Some(p) => (p, None),
            None => {
                return Err(type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    types::type_name(file)
                )))
            }
        },
    };
    if fd.is_none() && !closefd {
        return Err(value_error("Cannot use closefd=False with file name"));
    }
    let path = match name.as_obj() {
        Some(Object::Bytes(b)) => super::os::OsPath::new(&codecs::fs_decode(b))?,
        _ => super::os::OsPath::new(name.as_str().unwrap_or(""))?,
    };
    if path.contains('\0') {
        return Err(value_error("embedded null byte"));
    }
    let opener = s[7].filter(|v| !matches!(v, Value::None));
    let fd = match (fd, opener) {
        (Some(fd), _) => Some(fd),
        (None, Some(op)) => {
            let flags = Value::Int(open_flags(&mode) as i64);
            match vm.call(op, &[name.clone(), flags], &[])? {
                Value::Int(fd) => Some(fd),
                v => {
                    return Err(type_error(format!(
                        "expected an integer, got {}",
                        types::type_name(&v)
                    )))
                }
            }
        }
        _ => None,
    };
    let file = match fd {
        Some(fd) => from_fd(fd, opener.is_some())?,
        None => open_path(&path, &mode).map_err(|e| super::os::os_error(&e, &path, None))?,
    };
    let mut file = file;
    if mode.kind == 'a' {
        let _ = file.seek(SeekFrom::End(0));
    }
    let state = Arc::new(Mutex::new(State {
        file: Some(file),
        closed: false,
        closefd,
        rbuf: vec![],
        rpos: 0,
        wbuf: vec![],
    }));
    let enc_name = encoding.clone().unwrap_or_else(|| "UTF-8".to_string());
    let (codec, sig) = if mode.binary {
        (Codec::Utf8, false)
    } else {
        file_codec(&enc_name)?
    };
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {nl}")));
        }
    }
    let shown_mode = if mode.binary {
        let kind = if mode.kind == 'w' && mode.plus {
            'r'
        } else {
            mode.kind
        };
        format!("{kind}b{}", if mode.plus { "+" } else { "" })
    } else {
        mode_s
    };
    Ok(wrap(FileData {
        state,
        std: Std::No,
        stdout: false,
        name,
        mode: shown_mode,
        binary: mode.binary,
        readable: mode.kind == 'r' || mode.plus,
        writable: mode.kind != 'r' || mode.plus,
        encoding: enc_name,
        codec,
        sig,
        errors: errors.unwrap_or_else(|| "strict".to_string()),
        newline,
    }))
}

/// The `os.open` flags for a mode (what an `opener` receives).
fn open_flags(m: &Mode) -> i32 {
    let rw = if m.plus {
        libc::O_RDWR
    } else if m.kind == 'r' {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    rw | libc::O_CLOEXEC
        | match m.kind {
            'w' => libc::O_CREAT | libc::O_TRUNC,
            'a' => libc::O_CREAT | libc::O_APPEND,
            'x' => libc::O_CREAT | libc::O_EXCL,
            _ => 0,
        }
}

fn open_path(path: &super::os::OsPath, m: &Mode) -> std::io::Result<std::fs::File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.read(m.kind == 'r' || m.plus);
    match m.kind {
        'w' => opts.write(true).create(true).truncate(true),
        'a' => opts.append(true).create(true),
        'x' => opts.write(true).create_new(true),
        _ => opts.write(m.plus),
    };
    let f = Gil::release_while(Blocked::Io, || opts.open(path))?;
    // a directory opens for reading on Linux; CPython refuses it
    if f.metadata().is_ok_and(|md| md.is_dir()) {
        return Err(std::io::Error::from_raw_os_error(libc::EISDIR));
    }
    Ok(f)
}

/// A file over descriptor `fd`, which the file object then owns.
fn from_fd(fd: i64, opened: bool) -> PResult<std::fs::File> {
    if fd < 0 {
        return Err(value_error(if opened {
            format!("opener returned {fd}")
        } else {
            "negative file descriptor".to_string()
        }));
    }
    let Ok(fd) = i32::try_from(fd) else {
        return Err(Exc::new(
            ExcKind::OverflowError,
            "signed integer is greater than maximum",
        ));
    };
    if !super::os::fd_is_open(fd) {
        return Err(super::os::os_error_bare(
            &std::io::Error::from_raw_os_error(libc::EBADF),
        ));
    }
    // SAFETY: the descriptor is open (checked just above) and, as in CPython, the file object
    // takes it over; with closefd=False `State::close` gives it back instead of closing it.
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}

fn data<'a>(a: &Args<'a>, name: &str, max: usize) -> PResult<(&'a FileData, &'a [Value])> {
    let (s, rest) = this(a, name, 0, max)?;
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

/// A size argument: None or negative means everything.
fn size_arg(v: Option<&Value>) -> PResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(usize::try_from(*n).ok()),
        Some(v) => Err(type_error(format!(
            "argument should be integer or None, not '{}'",
            types::type_name(v)
        ))),
    }
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Object::Bytes(b.into_boxed_slice()))
}

/// Checks a file may be read, and flushes pending writes.
fn reading<'a>(vm: &mut Vm, d: &'a FileData) -> PResult<MutexGuard<'a, State>> {
    let mut st = d.open_state()?;
    if !d.readable {
        drop(st);
        return Err(unsupported(vm, "not readable"));
    }
    if !st.wbuf.is_empty() {
        Gil::release_while(Blocked::Io, || st.flush_writes()).map_err(|e| d.io_err(e))?;
    }
    Ok(st)
}

/// Runs `f` on the state without the GIL.
fn io<R>(
    d: &FileData,
    st: &mut State,
    f: impl FnOnce(&mut State) -> std::io::Result<R>,
) -> PResult<R> {
    Gil::release_while(Blocked::Io, || f(st)).map_err(|e| d.io_err(e))
}

// ------------------------------------------------------------------ binary reads

fn read_bytes(d: &FileData, st: &mut State, n: Option<usize>) -> PResult<Vec<u8>> {
    match n {
        Some(n) => io(d, st, |s| s.fill_to(n))?,
        None => io(d, st, |s| {
            while s.fill()? {}
            Ok(())
        })?,
    }
    let take = n.unwrap_or(usize::MAX).min(st.unread());
    let out = st.rbuf[st.rpos..st.rpos + take].to_vec();
    st.rpos += take;
    Ok(out)
}

fn readline_bytes(d: &FileData, st: &mut State, limit: Option<usize>) -> PResult<Vec<u8>> {
    let limit = limit.unwrap_or(usize::MAX);
    let mut scanned = 0;
    loop {
        let avail = &st.rbuf[st.rpos..];
        let end = avail[scanned..].iter().position(|&b| b == b'\n');
        let len = match end {
            Some(i) => Some(scanned + i + 1),
            None if avail.len() >= limit => Some(limit),
            None => None,
        };
        if let Some(len) = len {
            let len = len.min(limit);
            let out = st.rbuf[st.rpos..st.rpos + len].to_vec();
            st.rpos += len;
            return Ok(out);
        }
        scanned = avail.len();
        if !io(d, st, |s| s.fill())? {
            let out = st.rbuf[st.rpos..].to_vec();
            st.rpos = st.rbuf.len();
            return Ok(out);
        }
    }
}

// ------------------------------------------------------------------ text reads

/// Skips a UTF-8 signature at the start of the file.
fn skip_sig(d: &FileData, st: &mut State) -> PResult<()> {
    if d.sig && io(d, st, |s| s.position())? == 0 {
        io(d, st, |s| s.fill_to(3))?;
        if st.rbuf[st.rpos..].starts_with(b"\xef\xbb\xbf") {
            st.rpos += 3;
        }
    }
    Ok(())
}

/// The next decoded piece (one character, or what an error handler gave for bad bytes)
/// without consuming it: the text and its length in bytes. None at end of file.
fn peek_text(d: &FileData, st: &mut State) -> PResult<Option<(String, usize)>> {
    io(d, st, |s| s.fill_to(1))?;
    let Some(&b) = st.rbuf.get(st.rpos) else {
        return Ok(None);
    };
    let len = match (d.codec, b) {
        (Codec::Utf8, 0xc0..=0xdf) => 2,
        (Codec::Utf8, 0xe0..=0xef) => 3,
        (Codec::Utf8, 0xf0..=0xf7) => 4,
        _ => 1,
    };
    if len > 1 {
        io(d, st, |s| s.fill_to(len))?;
    }
    let avail = &st.rbuf[st.rpos..];
    if len <= avail.len() {
        if let Ok(s) = codecs::decode(&avail[..len], &d.encoding_for_codec(), "strict") {
            return Ok(Some((s, len)));
        }
    }
    // one bad byte at a time, through the error handler
    let s = codecs::decode(&avail[..1], &d.encoding_for_codec(), &d.errors)?;
    Ok(Some((s, 1)))
}

impl FileData {
    fn encoding_for_codec(&self) -> String {
        if self.sig {
            "utf-8".to_string()
        } else {
            self.encoding.clone()
        }
    }
}

fn next_text(d: &FileData, st: &mut State) -> PResult<Option<String>> {
    let Some((s, n)) = peek_text(d, st)? else {
        return Ok(None);
    };
    st.rpos += n;
    Ok(Some(s))
}

/// The next character as read (universal newlines translated), or None at end of file.
fn next_char(d: &FileData, st: &mut State) -> PResult<Option<String>> {
    let Some(s) = next_text(d, st)? else {
        return Ok(None);
    };
    if s == "\r" && d.newline.is_none() {
        if let Some((p, n)) = peek_text(d, st)? {
            if p == "\n" {
                st.rpos += n;
            }
        }
        return Ok(Some("\n".to_string()));
    }
    Ok(Some(s))
}

fn translate_in(d: &FileData, s: String) -> String {
    if d.newline.is_none() && s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    }
}

fn read_text(d: &FileData, st: &mut State, n: Option<usize>) -> PResult<String> {
    skip_sig(d, st)?;
    let Some(n) = n else {
        io(d, st, |s| {
            while s.fill()? {}
            Ok(())
        })?;
        let rest = st.rbuf.split_off(st.rpos);
        st.rbuf.clear();
        st.rpos = 0;
        let text = codecs::decode(&rest, &d.encoding_for_codec(), &d.errors)?;
        return Ok(translate_in(d, text));
    };
    let mut out = String::new();
    let mut count = 0;
    while count < n {
        match next_char(d, st)? {
            Some(c) => {
                count += c.chars().count().max(1);
                out.push_str(&c);
            }
            None => break,
        }
    }
    Ok(out)
}

fn readline_text(d: &FileData, st: &mut State, limit: Option<usize>) -> PResult<String> {
    skip_sig(d, st)?;
    let limit = limit.unwrap_or(usize::MAX);
    let mut out = String::new();
    let mut count = 0;
    while count < limit {
        let Some(c) = next_char(d, st)? else {
            break;
        };
        count += 1;
        out.push_str(&c);
        let end = match d.newline.as_deref() {
            None | Some("\n") => c == "\n",
            Some("\r") => c == "\r",
            Some("\r\n") => c == "\n" && out.ends_with("\r\n"),
            _ => {
                if c == "\r" {
                    if let Some((p, n)) = peek_text(d, st)? {
                        if p == "\n" && count < limit {
                            st.rpos += n;
                            out.push('\n');
                        }
                    }
                }
                c == "\n" || c == "\r"
            }
        };
        if end {
            break;
        }
    }
    Ok(out)
}

fn read_line(vm: &mut Vm, d: &FileData, limit: Option<usize>) -> PResult<Value> {
    if d.std == Std::In {
        return stdin_read(d, false);
    }
    let mut st = reading(vm, d)?;
    Ok(if d.binary {
        bytes_value(readline_bytes(d, &mut st, limit)?)
    } else {
        Value::str(readline_text(d, &mut st, limit)?)
    })
}

fn stdin_read(d: &FileData, all: bool) -> PResult<Value> {
    let _ = d;
    crate::runtime::vm::flush_stdout();
    // One buffer with input() and the REPL; Ctrl-C raises in the main thread.
    let b = crate::runtime::signals::read_stdin(all)?;
    Ok(Value::str(codecs::fs_decode(&b)))
}

fn f_read(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, rest) = data(&a, "read", 1)?;
    let n = size_arg(rest.first())?;
    if d.std == Std::In {
        return stdin_read(d, true);
    }
    let mut st = reading(vm, d)?;
    Ok(if d.binary {
        bytes_value(read_bytes(d, &mut st, n)?)
    } else {
        Value::str(read_text(d, &mut st, n)?)
    })
}

fn f_readline(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, rest) = data(&a, "readline", 1)?;
    let limit = size_arg(rest.first())?;
    read_line(vm, d, limit)
}

fn line_len(v: &Value) -> usize {
    match v.as_obj() {
        Some(Object::Bytes(b)) => b.len(),
        Some(Object::Str(s)) => s.char_len(),
        _ => 0,
    }
}

fn f_readlines(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, rest) = data(&a, "readlines", 1)?;
    let hint = size_arg(rest.first())?.filter(|&h| h > 0);
    let mut out = vec![];
    let mut total = 0;
    loop {
        let line = read_line(vm, d, None)?;
        let n = line_len(&line);
        if n == 0 {
            break;
        }
        out.push(line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(out))
}

fn f_next(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "__next__", 0)?;
    let line = read_line(vm, d, None)?;
    if line_len(&line) == 0 {
        return Err(Exc::bare(ExcKind::StopIteration));
    }
    Ok(line)
}

// ------------------------------------------------------------------ writes

/// Writes `bytes` to a file object (used by `print(file=...)` as well, with text).
pub fn write_str(vm: &mut Vm, d: &FileData, text: &str) -> PResult<()> {
    match d.std {
        Std::Out => return vm.write_out_text(text),
        Std::Err => {
            vm.write_err(text);
            return Ok(());
        }
        _ => {}
    }
    if d.binary {
        return write_raw(vm, d, text.as_bytes());
    }
    write_text(vm, d, text)
}

fn write_text(vm: &mut Vm, d: &FileData, text: &str) -> PResult<()> {
    let text = match d.newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if text.contains('\n') => text.replace('\n', nl),
        _ => text.to_string(),
    };
    let mut bytes = codecs::encode(&text, &d.encoding_for_codec(), &d.errors)?;
    if d.sig {
        let mut st = d.open_state()?;
        if io(d, &mut st, |s| s.position())? == 0 {
            bytes.splice(0..0, *b"\xef\xbb\xbf");
        }
    }
    write_raw(vm, d, &bytes)
}

fn write_raw(vm: &mut Vm, d: &FileData, bytes: &[u8]) -> PResult<()> {
    let mut st = d.open_state()?;
    if !d.writable {
        drop(st);
        return Err(unsupported(vm, "not writable"));
    }
    // a text file writes where its last chunk read ended, as CPython's does
    if st.unread() > 0 && d.binary {
        io(d, &mut st, |s| s.drop_reads())?;
    }
    st.rbuf.clear();
    st.rpos = 0;
    st.wbuf.extend_from_slice(bytes);
    if st.wbuf.len() >= CHUNK {
        io(d, &mut st, |s| s.flush_writes())?;
    }
    Ok(())
}

fn f_write(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, rest) = data(&a, "write", 1)?;
    let Some(v) = rest.first() else {
        return Err(type_error("write() takes exactly one argument (0 given)"));
    };
    if d.binary {
        if let Some(b) = crate::objects::bytesmethods::bytes_like(v) {
            write_raw(vm, d, &b)?;
            return Ok(Value::Int(b.len() as i64));
        }
    }
    match (v.as_obj(), d.binary) {
        (Some(Object::Str(s)), false) => {
            if d.std != Std::No {
                write_str(vm, d, &s.s)?;
            } else {
                write_text(vm, d, &s.s)?;
            }
            Ok(Value::Int(s.char_len() as i64))
        }
        (_, true) => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            types::type_name(v)
        ))),
        (_, false) => Err(type_error(format!(
            "write() argument must be str, not {}",
            types::type_name(v)
        ))),
    }
}

fn f_writelines(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "writelines", 0, 1)?;
    let Some(v) = rest.first() else {
        return Err(type_error(
            "writelines() takes exactly one argument (0 given)",
        ));
    };
    for item in vm.collect(v)? {
        let pair = [s.clone(), item];
        f_write(vm, Args::new(&pair))?;
    }
    Ok(Value::None)
}

fn f_flush(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "flush", 0)?;
    if d.std == Std::Out {
        vm.flush_out();
        return Ok(Value::None);
    }
    let mut st = d.open_state()?;
    io(d, &mut st, |s| s.flush_writes())?;
    Ok(Value::None)
}

fn f_close(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "close", 0)?;
    if d.std != Std::No {
        return Ok(Value::None);
    }
    let mut st = d.lock();
    if st.closed {
        return Ok(Value::None);
    }
    io(d, &mut st, |s| s.close())?;
    Ok(Value::None)
}

// ------------------------------------------------------------------ positions

fn seekable_state<'a>(vm: &mut Vm, d: &'a FileData) -> PResult<MutexGuard<'a, State>> {
    let st = d.open_state()?;
    if d.std != Std::No {
        drop(st);
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    Ok(st)
}

fn int_arg(v: &Value, what: &str) -> PResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        _ => Err(type_error(format!(
            "{what} must be an integer, not {}",
            types::type_name(v)
        ))),
    }
}

fn f_seek(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, rest) = data(&a, "seek", 2)?;
    let Some(off) = rest.first() else {
        return Err(type_error("seek expected at least 1 argument, got 0"));
    };
    let off = int_arg(off, "an integer is required; seek position")?;
    let whence = match rest.get(1) {
        Some(w) => int_arg(w, "whence")?,
        None => 0,
    };
    if !d.binary && whence != 0 && off != 0 {
        let what = if whence == 1 { "cur" } else { "end" };
        return Err(unsupported(
            vm,
            &format!("can't do nonzero {what}-relative seeks"),
        ));
    }
    let to = match whence {
        0 if off < 0 && !d.binary => {
            return Err(value_error(format!("negative seek position {off}")))
        }
        0 if off < 0 => return Err(d.io_err(std::io::Error::from_raw_os_error(libc::EINVAL))),
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ if d.binary => return Err(value_error(format!("whence value {whence} unsupported"))),
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    let mut st = seekable_state(vm, d)?;
    let pos = io(d, &mut st, |s| {
        s.flush_writes()?;
        s.drop_reads()?;
        match &mut s.file {
            Some(f) => f.seek(to),
            None => Ok(0),
        }
    })?;
    Ok(Value::Int(pos as i64))
}

fn f_tell(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "tell", 0)?;
    let mut st = seekable_state(vm, d)?;
    let pos = io(d, &mut st, |s| s.position())?;
    Ok(Value::Int(pos as i64))
}

fn f_truncate(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, rest) = data(&a, "truncate", 1)?;
    let size = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(v, "an integer is required; size")?),
    };
    let mut st = seekable_state(vm, d)?;
    if !d.writable {
        drop(st);
        return Err(unsupported(vm, "truncate"));
    }
    if size.is_some_and(|s| s < 0) {
        return Err(super::os::os_error_bare(
            &std::io::Error::from_raw_os_error(libc::EINVAL),
        ));
    }
    let size = io(d, &mut st, |s| {
        s.flush_writes()?;
        let pos = s.position()?;
        s.drop_reads()?;
        let size = size.map(|n| n as u64).unwrap_or(pos);
        if let Some(f) = &mut s.file {
            f.set_len(size)?;
            f.seek(SeekFrom::Start(pos))?;
        }
        Ok(size)
    })?;
    Ok(Value::Int(size as i64))
}

// ------------------------------------------------------------------ the rest

fn f_fileno(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "fileno", 0)?;
    let st = d.lock();
    if st.closed {
        return Err(value_error("I/O operation on closed file"));
    }
    Ok(Value::Int(match d.std {
        Std::In => 0,
        Std::Out => 1,
        Std::Err => 2,
        Std::No => st.file.as_ref().map_or(-1, |f| f.as_raw_fd() as i64),
    }))
}

fn f_isatty(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "isatty", 0)?;
    use std::io::IsTerminal;
    let st = d.open_state()?;
    Ok(Value::bool(match d.std {
        Std::In => std::io::stdin().is_terminal(),
        Std::Out => std::io::stdout().is_terminal(),
        Std::Err => std::io::stderr().is_terminal(),
        Std::No => st.file.as_ref().is_some_and(|f| f.is_terminal()),
    }))
}

fn f_readable(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "readable", 0)?;
    Ok(Value::bool(d.readable))
}

fn f_writable(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "writable", 0)?;
    Ok(Value::bool(d.writable))
}

fn f_seekable(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "seekable", 0)?;
    let mut st = d.open_state()?;
    let ok = match &mut st.file {
        Some(f) => f.stream_position().is_ok(),
        None => false,
    };
    Ok(Value::bool(ok))
}

fn f_enter(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, _) = this(&a, "__enter__", 0, 0)?;
    if let Some(d) = file_data(s) {
        d.check_open()?;
    }
    Ok(s.clone())
}

fn f_exit(vm: &mut Vm, a: Args) -> PResult<Value> {
    let head = &a.pos[..a.pos.len().min(1)];
    f_close(vm, Args::new(head))?;
    Ok(Value::FALSE)
}

fn f_repr(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (d, _) = data(&a, "__repr__", 0)?;
    let name = vm.repr(&d.name)?;
    let cls = match (d.binary, d.readable, d.writable) {
        (false, _, _) => {
            return Ok(Value::str(format!(
                "<_io.TextIOWrapper name={name} mode={} encoding={}>",
                str_repr(&d.mode),
                str_repr(&d.encoding)
            )))
        }
        (true, true, true) => "BufferedRandom",
        (true, true, false) => "BufferedReader",
        (true, false, _) => "BufferedWriter",
    };
    Ok(Value::str(format!("<_io.{cls} name={name}>")))
}

/// Attributes of a file object (`name`, `mode`, `closed`, `encoding`, `errors`, `buffer`),
/// for `attr.rs`.
pub fn file_attr(v: &Value, name: &str) -> Option<Value> {
    let d = file_data(v)?;
    Some(match name {
        "name" => d.name.clone(),
        "mode" => Value::str(d.mode.clone()),
        "closed" => Value::bool(d.std == Std::No && d.lock().closed),
        "encoding" if !d.binary => Value::str(d.encoding.clone()),
        "errors" if !d.binary => Value::str(d.errors.clone()),
        "buffer" if !d.binary && d.std == Std::No => wrap(FileData {
            state: d.state.clone(),
            std: Std::No,
            stdout: false,
            name: d.name.clone(),
            mode: binary_mode(&d.mode),
            binary: true,
            readable: d.readable,
            writable: d.writable,
            encoding: d.encoding.clone(),
            codec: d.codec,
            sig: false,
            errors: d.errors.clone(),
            newline: None,
        }),
        _ => return None,
    })
}

/// The mode of a text file's binary buffer (`'r+'` → `'rb+'`).
fn binary_mode(text_mode: &str) -> String {
    let kind = text_mode
        .chars()
        .find(|c| "rwax".contains(*c))
        .unwrap_or('r');
    let plus = if text_mode.contains('+') { "+" } else { "" };
    format!("{kind}b{plus}")
}
