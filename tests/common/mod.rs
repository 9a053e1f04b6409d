//! Shared helpers for Gilt's integration tests: running a process with a
//! timeout, listing corpus files, and describing output differences.
//!
//! Each test crate uses a different subset of these helpers.
#![allow(dead_code)]

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// Every run is killed after this long.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// The CPython used as the oracle by the differential test.
pub const CPYTHON: &str = "/usr/bin/python3";

/// Path of the `gilt` binary built by cargo for these tests.
pub fn gilt() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_gilt"))
}

/// Crate root; cargo also runs integration tests with this as the cwd.
pub fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What a finished (or killed) process produced.
#[derive(Debug)]
pub struct RunOutput {
    /// `None` when the process was killed by a signal or timed out.
    pub code: Option<i32>,
    pub status_text: String,
    pub stdout: String,
    pub stderr: String,
    pub timed_out: bool,
    /// Set when the process could not be started at all.
    pub spawn_error: Option<String>,
}

impl RunOutput {
    /// A short description of how the process ended, for failure messages.
    pub fn describe_end(&self) -> String {
        if let Some(err) = &self.spawn_error {
            format!("could not start: {err}")
        } else if self.timed_out {
            format!("killed after {} s timeout", TIMEOUT.as_secs())
        } else {
            self.status_text.clone()
        }
    }

    /// True if the stderr looks like a Rust panic rather than a Python error.
    pub fn panicked(&self) -> bool {
        self.stderr.contains("panicked")
    }

    /// The panic location and message from stderr, for failure messages.
    pub fn panic_summary(&self) -> String {
        let lines: Vec<&str> = self.stderr.lines().collect();
        match lines.iter().position(|l| l.contains("panicked")) {
            Some(i) => lines[i..lines.len().min(i + 2)].join(" "),
            None => String::new(),
        }
    }
}

fn read_all<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            // A read error just truncates what we captured.
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> (Option<ExitStatus>, bool) {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) => {}
            Err(_) => return (None, false),
        }
        if start.elapsed() >= timeout {
            let _ = child.kill();
            let status = child.wait().ok();
            return (status, true);
        }
        let waited = start.elapsed();
        let pause = if waited < Duration::from_millis(100) {
            Duration::from_millis(2)
        } else {
            Duration::from_millis(20)
        };
        thread::sleep(pause);
    }
}

/// Runs `program args...` from the crate root, feeding `stdin` (or nothing),
/// capturing stdout and stderr, and killing it after `timeout`.
pub fn run_with_timeout(
    program: &Path,
    args: &[&str],
    stdin: Option<&[u8]>,
    envs: &[(&str, &str)],
    timeout: Duration,
) -> RunOutput {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .current_dir(crate_root())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return RunOutput {
                code: None,
                status_text: String::new(),
                stdout: String::new(),
                stderr: String::new(),
                timed_out: false,
                spawn_error: Some(e.to_string()),
            }
        }
    };
    let out_handle = read_all(child.stdout.take());
    let err_handle = read_all(child.stderr.take());
    let in_handle = match (child.stdin.take(), stdin) {
        (Some(mut pipe), Some(data)) => {
            let data = data.to_vec();
            Some(thread::spawn(move || {
                // The child may exit without reading; a broken pipe is fine.
                let _ = pipe.write_all(&data);
            }))
        }
        _ => None,
    };
    let (status, timed_out) = wait_with_timeout(&mut child, timeout);
    if let Some(h) = in_handle {
        let _ = h.join();
    }
    let stdout = out_handle.join().unwrap_or_default();
    let stderr = err_handle.join().unwrap_or_default();
    RunOutput {
        code: if timed_out {
            None
        } else {
            status.and_then(|s| s.code())
        },
        status_text: match status {
            Some(s) => s.to_string(),
            None => "unknown exit status".to_string(),
        },
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        timed_out,
        spawn_error: None,
    }
}

/// Runs the gilt binary with the default timeout.
pub fn run_gilt(args: &[&str], stdin: Option<&[u8]>) -> RunOutput {
    run_with_timeout(&gilt(), args, stdin, &[], TIMEOUT)
}

/// Sorted `*.py` files of a directory relative to the crate root,
/// as paths relative to the crate root (e.g. `tests/programs/x.py`).
pub fn python_files(dir: &str) -> Vec<PathBuf> {
    let abs = crate_root().join(dir);
    let mut files: Vec<PathBuf> = match fs::read_dir(&abs) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().and_then(|x| x.to_str()) == Some("py"))
            .filter_map(|p| p.file_name().map(|n| Path::new(dir).join(n)))
            .collect(),
        Err(e) => panic!("cannot read {}: {e}", abs.display()),
    };
    files.sort();
    files
}

/// Extra command-line arguments a corpus program is run with.
pub fn program_args(script: &Path) -> Vec<&'static str> {
    match script.file_stem().and_then(|s| s.to_str()) {
        Some("argv") => vec!["a", "b", "c"],
        _ => Vec::new(),
    }
}

/// Reads a file next to `script` with the given extension, if it exists.
pub fn sibling(script: &Path, ext: &str) -> Option<String> {
    let path = crate_root().join(script.with_extension(ext));
    fs::read(path)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn show_line(line: Option<&str>) -> String {
    const MAX: usize = 160;
    match line {
        Some(l) if l.chars().count() > MAX => {
            let head: String = l.chars().take(MAX).collect();
            format!("{head:?}...")
        }
        Some(l) => format!("{l:?}"),
        None => "<end of output>".to_string(),
    }
}

/// Describes the first line where `expected` and `actual` differ, or `None`
/// if they are identical.
pub fn first_difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let exp: Vec<&str> = expected.split('\n').collect();
    let act: Vec<&str> = actual.split('\n').collect();
    let n = exp.len().max(act.len());
    for i in 0..n {
        let e = exp.get(i).copied();
        let a = act.get(i).copied();
        if e != a {
            return Some(format!(
                "line {}: expected {}, got {}",
                i + 1,
                show_line(e),
                show_line(a)
            ));
        }
    }
    // Same lines but different bytes cannot happen with split('\n'),
    // but keep a fallback message anyway.
    Some("outputs differ".to_string())
}

/// True for a line made only of spaces and CPython's `^`/`~` position markers.
pub fn is_marker_line(line: &str) -> bool {
    let trimmed = line.trim_end_matches('\r');
    trimmed.chars().any(|c| c == '^' || c == '~')
        && trimmed.chars().all(|c| c == ' ' || c == '^' || c == '~')
}

/// Normalizes stderr for comparison: drops position-marker lines, and turns
/// absolute paths under the crate root into paths relative to it.
pub fn normalize_stderr(text: &str) -> String {
    let root = crate_root();
    let mut prefix = root.to_string_lossy().into_owned();
    if !prefix.ends_with('/') {
        prefix.push('/');
    }
    let text = text.replace(&prefix, "");
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if !is_marker_line(line.trim_end_matches('\n')) {
            out.push_str(&without_addresses(line));
        }
    }
    out
}

/// A line with every object address (`at 0x7f3a…`) written as `at 0x…`: addresses differ
/// between runs and between Gilt and CPython.
fn without_addresses(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        out.push('…');
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

/// The last non-empty line of some output, without trailing whitespace.
pub fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(str::trim_end)
        .unwrap_or("")
}

/// Applies `f` to every item using a small pool of threads, keeping order.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(4)
        .clamp(1, 8)
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= items.len() {
                    break;
                }
                let r = f(&items[i]);
                results.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .map(|r| r.expect("every item is processed"))
        .collect()
}

/// Panics with one message listing every failure, if there are any.
pub fn report(what: &str, total: usize, failures: &[String]) {
    if failures.is_empty() {
        return;
    }
    let mut msg = format!("{} of {total} {what} failed:\n", failures.len());
    for f in failures {
        msg.push_str("  - ");
        msg.push_str(&f.replace('\n', "\n    "));
        msg.push('\n');
    }
    panic!("{msg}");
}
