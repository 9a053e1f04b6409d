//! [`Builder`]: an interpreter made to measure — its `sys.argv`, where its output goes,
//! where `import` looks, and how many operations it may run.

use super::Interpreter;
use std::io::Write;
use std::sync::Arc;

/// Settings for a new [`Interpreter`]; `Interpreter::builder()` starts one with the
/// defaults of `Interpreter::new()` (output to the process's stdout and stderr, `sys.argv`
/// of one empty string, no operation limit).
///
/// ```
/// let out = gilt::Capture::new();
/// let interp = gilt::Interpreter::builder()
///     .argv(["report.py", "--fast"])
///     .stdout(out.clone())
///     .build();
/// interp.exec("import sys\nprint('args:', sys.argv[1:])").unwrap();
/// assert_eq!(out.take(), "args: ['--fast']\n");
/// ```
pub struct Builder {
    pub(crate) argv: Vec<String>,
    pub(crate) stdout: Option<Box<dyn Write + Send>>,
    pub(crate) stderr: Option<Box<dyn Write + Send>>,
    pub(crate) paths: Vec<String>,
    pub(crate) op_limit: Option<u64>,
    pub(crate) timeout: Option<std::time::Duration>,
    pub(crate) recursion_limit: u32,
    pub(crate) permissions: crate::Permissions,
    pub(crate) memory_limit: Option<usize>,
    pub(crate) modules: Vec<crate::Module>,
}

impl Builder {
    pub(crate) fn new() -> Builder {
        Builder {
            argv: vec![String::new()],
            stdout: None,
            stderr: None,
            paths: Vec::new(),
            op_limit: None,
            timeout: None,
            recursion_limit: crate::runtime::vm::RECURSION_LIMIT,
            permissions: crate::Permissions::ALL,
            memory_limit: None,
            modules: Vec::new(),
        }
    }

    /// `sys.argv`; its first item (the script) also decides the first folder `import`
    /// searches, as for the `gilt` command.
    pub fn argv<S: Into<String>>(mut self, argv: impl IntoIterator<Item = S>) -> Builder {
        self.argv = argv.into_iter().map(Into::into).collect();
        if self.argv.is_empty() {
            self.argv.push(String::new());
        }
        self
    }

    /// A native module the interpreter's scripts may `import` (made when first imported;
    /// [`Interpreter::register_module`](crate::Interpreter::register_module) adds one to a
    /// running interpreter).
    ///
    /// ```
    /// let units = gilt::Module::new("units").function("inches", |cm: f64| cm / 2.54);
    /// let interp = gilt::Interpreter::builder().module(units).build();
    /// interp.exec("import units\nr = units.inches(25.4)").unwrap();
    /// assert_eq!(interp.get::<f64>("r").unwrap(), 10.0);
    /// ```
    pub fn module(mut self, module: crate::Module) -> Builder {
        self.modules.push(module);
        self
    }

    /// What scripts may touch: files, the environment, the clock, threads (all of them
    /// unless the host says otherwise; see [`Permissions`](crate::Permissions)).
    ///
    /// ```
    /// let interp = gilt::Interpreter::builder().permissions(gilt::Permissions::NONE).build();
    /// let err = interp.exec("import threading\nthreading.Thread(target=print).start()").unwrap_err();
    /// assert!(err.to_string().ends_with("PermissionError: this interpreter may not start threads"));
    /// assert_eq!(interp.eval::<i64>("sum(range(10))").unwrap(), 45);
    /// ```
    pub fn permissions(mut self, allowed: crate::Permissions) -> Builder {
        self.permissions = allowed;
        self
    }

    /// Where `print`, `sys.stdout` and the interpreter's threads write: any writer (a
    /// [`Capture`] keeps the text for the host to read).
    pub fn stdout(mut self, w: impl Write + Send + 'static) -> Builder {
        self.stdout = Some(Box::new(w));
        self
    }

    /// Where `sys.stderr`, uncaught exceptions in threads and "Exception ignored" reports
    /// go. (An exception that ends `exec` or `eval` is returned as an [`Error`](crate::Error)
    /// instead.)
    ///
    /// ```
    /// let err = gilt::Capture::new();
    /// let interp = gilt::Interpreter::builder().stderr(err.clone()).build();
    /// interp.exec("import sys\nprint('careful', file=sys.stderr)").unwrap();
    /// assert_eq!(err.take(), "careful\n");
    /// ```
    pub fn stderr(mut self, w: impl Write + Send + 'static) -> Builder {
        self.stderr = Some(Box::new(w));
        self
    }

    /// One more folder for `import` to search for `name.py`, after the script's own.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("gilt-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("greeting.py"), "WORD = 'hi'\n").unwrap();
    /// let interp = gilt::Interpreter::builder().module_path(dir.to_str().unwrap()).build();
    /// assert_eq!(interp.import("greeting").unwrap().getattr("WORD").unwrap().extract::<String>().unwrap(), "hi");
    /// # std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    pub fn module_path(mut self, dir: impl Into<String>) -> Builder {
        self.paths.push(dir.into());
        self
    }

    /// In each call from the host, each thread of the interpreter may pass `n` safe points
    /// (calls and loop back edges); then its code stops with
    /// [`Error::Limit`](crate::Error::Limit), which no `except` in the script can catch.
    ///
    /// ```
    /// let interp = gilt::Interpreter::builder().operation_limit(1_000).build();
    /// let err = interp.exec("while True:\n    try:\n        while True: pass\n    except BaseException: pass").unwrap_err();
    /// assert_eq!(err, gilt::Error::Limit(gilt::Limit::Operations));
    /// assert_eq!(err.to_string(), "operation limit exceeded");
    /// ```
    pub fn operation_limit(mut self, n: u64) -> Builder {
        self.op_limit = Some(n);
        self
    }

    /// Each call from the host (`exec`, `eval`, `call`, a handle's methods) may run for
    /// `limit`; then it stops with [`Error::Limit`](crate::Error::Limit). Checked at safe
    /// points, so a single long native operation (a huge `sort`) finishes first.
    ///
    /// ```
    /// let interp = gilt::Interpreter::builder().timeout(std::time::Duration::from_millis(50)).build();
    /// let err = interp.exec("while True: pass").unwrap_err();
    /// assert_eq!(err, gilt::Error::Limit(gilt::Limit::Time));
    /// ```
    pub fn timeout(mut self, limit: std::time::Duration) -> Builder {
        self.timeout = Some(limit);
        self
    }

    /// The interpreter's threads may hold at most `bytes` allocated at once (what they
    /// allocated and have not freed); past it, code stops with
    /// [`Error::Limit`](crate::Error::Limit)`(`[`Limit::Memory`](crate::Limit::Memory)`)`,
    /// which no `except` can catch. Checked at safe points, and before an operation that
    /// allocates much at once (`'x' * n`, `[0] * n`).
    ///
    /// The bytes are counted by Gilt's allocator, [`CachingAlloc`](crate::CachingAlloc),
    /// which the `gilt` binary uses: a host that wants the limit installs it too, with the
    /// two lines at the top of this example. (Without it, nothing is counted and the limit
    /// never stops a script.) The count is of blocks each thread holds, including the small
    /// freed ones it keeps for reuse (at most about 640 KB per thread); values handed to the
    /// host are not counted.
    ///
    /// ```
    /// #[global_allocator]
    /// static ALLOCATOR: gilt::CachingAlloc = gilt::CachingAlloc;
    ///
    /// fn main() {
    ///     let interp = gilt::Interpreter::builder().memory_limit(50 << 20).build();
    ///     let err = interp.exec("x = 'gilt' * 100_000_000").unwrap_err();
    ///     assert_eq!(err, gilt::Error::Limit(gilt::Limit::Memory));
    ///     let err = interp.exec("hoard = []\nwhile True:\n    try: hoard.append([0] * 1000)\n    except: pass").unwrap_err();
    ///     assert_eq!(err.to_string(), "memory limit exceeded");
    ///     interp.exec("hoard = None").unwrap();
    ///     assert_eq!(interp.eval::<i64>("sum(range(1000))").unwrap(), 499500);
    /// }
    /// ```
    pub fn memory_limit(mut self, bytes: usize) -> Builder {
        self.memory_limit = Some(bytes);
        self
    }

    /// How deep Gilt calls may nest before `RecursionError` (as `sys.setrecursionlimit`;
    /// default 1000, at most [`MAX_RECURSION_LIMIT`](crate::MAX_RECURSION_LIMIT)). Like
    /// Python's, the error is an ordinary exception the script may catch.
    ///
    /// ```
    /// let interp = gilt::Interpreter::builder().recursion_limit(50).build();
    /// interp.exec("def depth(n): return depth(n + 1)").unwrap();
    /// let err = interp.eval::<i64>("depth(0)").unwrap_err();
    /// assert!(err.to_string().ends_with("RecursionError: maximum recursion depth exceeded"));
    /// let sys = interp.import("sys").unwrap();
    /// assert_eq!(sys.call_method("getrecursionlimit", ()).unwrap().extract::<u32>().unwrap(), 50);
    /// ```
    pub fn recursion_limit(mut self, n: u32) -> Builder {
        self.recursion_limit = n.clamp(1, crate::MAX_RECURSION_LIMIT);
        self
    }

    /// The interpreter.
    pub fn build(self) -> Interpreter {
        Interpreter::from_builder(self)
    }
}

/// A writer that keeps what is written, for reading back as text: give a clone to
/// [`Builder::stdout`] or [`Builder::stderr`] and read it with [`take`](Capture::take).
/// Clones share one buffer.
#[derive(Clone, Default)]
pub struct Capture(Arc<parking_lot::Mutex<Vec<u8>>>);

impl Capture {
    pub fn new() -> Capture {
        Capture::default()
    }

    /// What was written since the last `take`, as text (invalid UTF-8 replaced), emptying
    /// the buffer.
    pub fn take(&self) -> String {
        let bytes = std::mem::take(&mut *self.0.lock());
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
