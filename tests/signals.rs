//! Ctrl-C: SIGINT sent to a running `gilt` must behave as under CPython 3.11.
//!
//! Each test starts `gilt -c SCRIPT` with SIGINT at its default disposition and standard input
//! a pipe the test keeps open, waits until the script prints `ready`, sends SIGINT with
//! `kill`, and checks stdout, stderr and how the process ended. The REPL test drives `gilt`
//! on a pseudo-terminal and types Ctrl-C there. Every wait is bounded: a child still running
//! after its deadline is killed and the test fails with what it printed.
//!
//! The expectations were taken from `/usr/bin/python3`; to check them against it again, run
//! `GILT_SIGNALS_INTERP=/usr/bin/python3 cargo test --test signals` (the REPL test then
//! checks only what does not depend on the line editor).
#![cfg(unix)]

mod common;

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long a script may take to print `ready` (a loaded machine can be slow).
const START: Duration = Duration::from_secs(60);
/// How long a process may take to finish after SIGINT.
const FINISH: Duration = Duration::from_secs(30);
/// Pause between `ready` and the signal, so the script is inside its blocking call. (Most
/// scripts get the same result if the signal comes earlier, inside their `try`.)
const SETTLE: Duration = Duration::from_millis(500);

fn interpreter() -> PathBuf {
    std::env::var_os("GILT_SIGNALS_INTERP")
        .map(PathBuf::from)
        .unwrap_or_else(common::gilt)
}

/// Bytes a child wrote to one pipe so far, collected by a reader thread.
#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl Sink {
    fn text(&self) -> String {
        let bytes = self.0.lock().map(|b| b.clone()).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    fn collect<R: Read + Send + 'static>(&self, mut from: R) -> thread::JoinHandle<()> {
        let sink = self.0.clone();
        thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            // A read error (EIO on a pty whose other side closed) ends the output.
            while let Ok(n) = from.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                if let Ok(mut b) = sink.lock() {
                    b.extend_from_slice(&chunk[..n]);
                }
            }
        })
    }
}

/// A child process that is killed if the test gives up on it.
struct Running {
    child: Child,
    out: Sink,
    err: Sink,
    readers: Vec<thread::JoinHandle<()>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

impl Running {
    fn transcript(&self) -> String {
        format!(
            "--- stdout:\n{}\n--- stderr:\n{}",
            self.out.text(),
            self.err.text()
        )
    }

    /// Waits until stdout contains `needle` at least `times` times.
    fn wait_for(&self, needle: &str, times: usize, limit: Duration) {
        let end = Instant::now() + limit;
        while self.out.text().matches(needle).count() < times {
            assert!(
                Instant::now() < end,
                "no {needle:?} (x{times}) within {limit:?}\n{}",
                self.transcript()
            );
            thread::sleep(Duration::from_millis(10));
        }
    }

    fn interrupt(&self) {
        let pid = self.child.id() as libc::pid_t;
        // SAFETY: `kill` only sends a signal; `pid` is our own child, which has not been
        // reaped yet (it is reaped in `finish` or `drop`), so the pid cannot have been reused.
        let r = unsafe { libc::kill(pid, libc::SIGINT) };
        assert_eq!(r, 0, "kill failed");
    }

    /// Waits for the child to end; its status and everything it printed.
    fn finish(mut self) -> (ExitStatus, String, String) {
        let end = Instant::now() + FINISH;
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(s)) => break s,
                Ok(None) => {}
                Err(e) => panic!("wait failed: {e}"),
            }
            assert!(
                Instant::now() < end,
                "still running {FINISH:?} after SIGINT (killed)\n{}",
                self.transcript()
            );
            thread::sleep(Duration::from_millis(10));
        };
        drop(self.child.stdin.take());
        for r in self.readers.drain(..) {
            let _ = r.join();
        }
        (status, self.out.text(), self.err.text())
    }
}

/// Resets SIGINT to its default action in the child (a test runner started in the background
/// by a non-interactive shell would pass it on ignored, and then, as with CPython, Ctrl-C
/// would do nothing).
fn default_sigint(cmd: &mut Command) {
    // SAFETY: the closure runs in the forked child before exec and only calls `signal`, which
    // is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
}

/// Starts `script` with piped stdio (stdin stays open) and waits for its `ready` line.
fn start(script: &str) -> Running {
    let mut cmd = Command::new(interpreter());
    cmd.arg("-c")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    default_sigint(&mut cmd);
    let mut child = cmd.spawn().expect("start the interpreter");
    let out = Sink::default();
    let err = Sink::default();
    let readers = vec![
        out.collect(child.stdout.take().expect("stdout pipe")),
        err.collect(child.stderr.take().expect("stderr pipe")),
    ];
    let running = Running {
        child,
        out,
        err,
        readers,
    };
    running.wait_for("ready\n", 1, START);
    thread::sleep(SETTLE);
    running
}

/// Runs `script`, sends one SIGINT once it is ready, and returns how it ended.
fn interrupt(script: &str) -> (ExitStatus, String, String) {
    let running = start(script);
    running.interrupt();
    running.finish()
}

fn assert_exit_0(status: ExitStatus, out: &str, err: &str) {
    assert_eq!(
        status.code(),
        Some(0),
        "{status}\n--- stdout:\n{out}\n--- stderr:\n{err}"
    );
    assert_eq!(err, "", "nothing on stderr");
}

/// An uncaught KeyboardInterrupt: the traceback, then death by SIGINT (a shell shows 130).
fn assert_died_of_sigint(status: ExitStatus, err: &str, traceback: &str) {
    assert_eq!(
        status.signal(),
        Some(libc::SIGINT),
        "{status}\n--- stderr:\n{err}"
    );
    assert_eq!(err, traceback);
}

#[test]
fn sleep_is_interrupted_and_finally_runs() {
    let (status, out, err) = interrupt(
        "import time\n\
         print('ready', flush=True)\n\
         try:\n    time.sleep(60)\n\
         finally:\n    print('finally ran')\n",
    );
    assert_eq!(out, "ready\nfinally ran\n");
    assert_died_of_sigint(
        status,
        &err,
        "Traceback (most recent call last):\n  File \"<string>\", line 4, in <module>\n\
         KeyboardInterrupt\n",
    );
}

#[test]
fn busy_loop_gets_keyboard_interrupt() {
    let (status, out, err) = interrupt(
        "print('ready', flush=True)\n\
         n = 0\n\
         try:\n    while True:\n        n += 1\n\
         except KeyboardInterrupt:\n    print('caught', n > 0)\n\
         print('after')\n",
    );
    assert_exit_0(status, &out, &err);
    assert_eq!(out, "ready\ncaught True\nafter\n");
}

#[test]
fn lock_acquire_is_interrupted_and_leaves_the_lock_usable() {
    let (status, out, err) = interrupt(
        "import threading\n\
         l = threading.Lock()\n\
         l.acquire()\n\
         print('ready', flush=True)\n\
         try:\n    l.acquire()\n\
         except KeyboardInterrupt:\n    print('interrupted, locked:', l.locked())\n\
         l.release()\n\
         print('free again:', l.acquire(timeout=5), l.locked())\n",
    );
    assert_exit_0(status, &out, &err);
    assert_eq!(
        out,
        "ready\ninterrupted, locked: True\nfree again: True True\n"
    );
}

#[test]
fn lock_acquire_with_timeout_and_rlock_are_interrupted() {
    let running = start(
        "import threading\n\
         r = threading.RLock()\n\
         held = threading.Event()\n\
         done = threading.Event()\n\
         def holder():\n    with r:\n        held.set()\n        done.wait()\n\
         t = threading.Thread(target=holder)\n\
         t.start()\n\
         held.wait()\n\
         l = threading.Lock()\n\
         l.acquire()\n\
         print('ready', flush=True)\n\
         try:\n    l.acquire(timeout=60)\n\
         except KeyboardInterrupt:\n    print('timed acquire interrupted', flush=True)\n\
         try:\n    r.acquire()\n\
         except KeyboardInterrupt:\n    print('rlock acquire interrupted', flush=True)\n\
         done.set()\n\
         t.join()\n\
         print('rlock free:', r.acquire(timeout=5))\n",
    );
    running.interrupt();
    running.wait_for("timed acquire interrupted\n", 1, FINISH);
    thread::sleep(SETTLE);
    running.interrupt();
    let (status, out, err) = running.finish();
    assert_exit_0(status, &out, &err);
    assert_eq!(
        out,
        "ready\ntimed acquire interrupted\nrlock acquire interrupted\nrlock free: True\n"
    );
}

#[test]
fn join_is_interrupted() {
    // (After an interrupted join CPython 3.11 wrongly marks the thread stopped, so the script
    // does not join again.)
    let (status, out, err) = interrupt(
        "import threading\n\
         go = threading.Event()\n\
         finished = threading.Event()\n\
         def worker():\n    go.wait()\n    print('worker done', flush=True)\n    finished.set()\n\
         t = threading.Thread(target=worker)\n\
         t.start()\n\
         print('ready', flush=True)\n\
         try:\n    t.join()\n\
         except KeyboardInterrupt:\n    print('join interrupted', flush=True)\n\
         go.set()\n\
         finished.wait()\n",
    );
    assert_exit_0(status, &out, &err);
    assert_eq!(out, "ready\njoin interrupted\nworker done\n");
}

#[test]
fn queue_get_is_interrupted() {
    let (status, out, err) = interrupt(
        "import queue\n\
         q = queue.Queue()\n\
         print('ready', flush=True)\n\
         try:\n    q.get()\n\
         except KeyboardInterrupt:\n    print('get interrupted')\n\
         q.put(5)\n\
         print('got', q.get(timeout=5))\n",
    );
    assert_exit_0(status, &out, &err);
    assert_eq!(out, "ready\nget interrupted\ngot 5\n");
}

#[test]
fn input_is_interrupted() {
    let (status, out, err) = interrupt(
        "try:\n    input('name?\\nready\\n')\n\
         except KeyboardInterrupt:\n    print('input interrupted')\n",
    );
    assert_exit_0(status, &out, &err);
    assert_eq!(out, "name?\nready\ninput interrupted\n");
}

#[test]
fn uncaught_interrupt_prints_traceback_flushes_and_dies_of_sigint() {
    let (status, out, err) = interrupt(
        "import time\n\
         print('ready', flush=True)\n\
         for i in range(3):\n    print('line', i)\n\
         print('no newline', end='')\n\
         time.sleep(60)\n",
    );
    assert_eq!(out, "ready\nline 0\nline 1\nline 2\nno newline");
    assert_died_of_sigint(
        status,
        &err,
        "Traceback (most recent call last):\n  File \"<string>\", line 6, in <module>\n\
         KeyboardInterrupt\n",
    );
}

#[test]
fn main_thread_is_interrupted_while_a_worker_spins() {
    // The worker never sees KeyboardInterrupt; it stops when told to.
    let (status, out, err) = interrupt(
        "import threading, time\n\
         stop = False\n\
         def spin():\n    n = 0\n    try:\n        while not stop:\n            n += 1\n    \
         except BaseException as e:\n        print('worker got', type(e).__name__)\n\
         t = threading.Thread(target=spin)\n\
         t.start()\n\
         print('ready', flush=True)\n\
         try:\n    while True:\n        sum(range(100))\n\
         except KeyboardInterrupt:\n    print('main interrupted')\n\
         stop = True\n\
         t.join()\n\
         print('worker stopped')\n",
    );
    assert_exit_0(status, &out, &err);
    assert_eq!(out, "ready\nmain interrupted\nworker stopped\n");
}

#[test]
fn join_of_a_spinning_worker_is_interrupted() {
    let (status, out, err) = interrupt(
        "import threading\n\
         stop = False\n\
         def spin():\n    while not stop:\n        pass\n\
         t = threading.Thread(target=spin, daemon=True)\n\
         t.start()\n\
         print('ready', flush=True)\n\
         try:\n    t.join()\n\
         except KeyboardInterrupt:\n    print('join interrupted')\n\
         stop = True\n",
    );
    assert_exit_0(status, &out, &err);
    assert_eq!(out, "ready\njoin interrupted\n");
}

#[test]
fn ignored_sigint_stays_ignored() {
    let mut cmd = Command::new(interpreter());
    cmd.arg("-c")
        .arg("import time\nprint('ready', flush=True)\ntime.sleep(1)\nprint('slept')\n")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: runs in the forked child before exec and only calls `signal`
    // (async-signal-safe).
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_IGN);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("start the interpreter");
    let out = Sink::default();
    let err = Sink::default();
    let readers = vec![
        out.collect(child.stdout.take().expect("stdout pipe")),
        err.collect(child.stderr.take().expect("stderr pipe")),
    ];
    let running = Running {
        child,
        out,
        err,
        readers,
    };
    running.wait_for("ready\n", 1, START);
    running.interrupt();
    let (status, out, err) = running.finish();
    assert_exit_0(status, &out, &err);
    assert_eq!(out, "ready\nslept\n");
}

// ---------------------------------------------------------------- the REPL, on a pty

/// Opens a pseudo-terminal: its master side, and the path of its slave side.
fn open_pty() -> (OwnedFd, String) {
    // SAFETY: plain calls on the descriptor `posix_openpt` returned (checked before use);
    // `ptsname_r` writes a NUL-terminated name into `name`, whose length it is given.
    unsafe {
        let master = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY);
        assert!(master >= 0, "posix_openpt failed");
        let master = OwnedFd::from_raw_fd(master);
        assert_eq!(libc::grantpt(master.as_raw_fd()), 0, "grantpt failed");
        assert_eq!(libc::unlockpt(master.as_raw_fd()), 0, "unlockpt failed");
        let mut name = [0 as libc::c_char; 128];
        assert_eq!(
            libc::ptsname_r(master.as_raw_fd(), name.as_mut_ptr(), name.len()),
            0,
            "ptsname_r failed"
        );
        let path = std::ffi::CStr::from_ptr(name.as_ptr())
            .to_string_lossy()
            .into_owned();
        (master, path)
    }
}

#[test]
fn repl_survives_ctrl_c() {
    let (master, slave_path) = open_pty();
    let slave = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&slave_path)
        .expect("open the pty slave");
    let mut cmd = Command::new(interpreter());
    cmd.stdin(slave.try_clone().expect("dup"))
        .stdout(slave.try_clone().expect("dup"))
        .stderr(slave)
        .env("TERM", "dumb");
    // SAFETY: runs in the forked child before exec and only makes async-signal-safe calls:
    // a new session, the pty (already its fd 0) as controlling terminal, default SIGINT.
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            libc::ioctl(0, libc::TIOCSCTTY as _, 0);
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let child = cmd.spawn().expect("start the interpreter");
    drop(cmd);
    let mut keys = std::fs::File::from(master.try_clone().expect("dup master"));
    let out = Sink::default();
    let readers = vec![out.collect(std::fs::File::from(master))];
    let repl = Running {
        child,
        out,
        err: Sink::default(),
        readers,
    };
    let mut typing = |text: &str| {
        keys.write_all(text.as_bytes()).expect("type into the pty");
    };

    repl.wait_for(">>> ", 1, START);
    // Ctrl-C while a line is being typed: the line is dropped, a new prompt follows.
    typing("abc");
    thread::sleep(SETTLE);
    typing("\x03");
    repl.wait_for("KeyboardInterrupt", 1, FINISH);
    repl.wait_for(">>> ", 2, FINISH);
    typing("print(6 * 7)\n");
    repl.wait_for("42", 1, FINISH);
    repl.wait_for(">>> ", 3, FINISH);
    // Ctrl-C in a continuation line drops the whole statement.
    typing("for i in range(3):\n");
    repl.wait_for("... ", 1, FINISH);
    typing("\x03");
    repl.wait_for("KeyboardInterrupt", 2, FINISH);
    repl.wait_for(">>> ", 4, FINISH);
    // Ctrl-C while a statement runs (a busy loop): its traceback, then a new prompt.
    typing("for i in range(10 ** 12): print('spin' + 'ning', flush=True) if i == 0 else None\n");
    // the REPL asks for a blank line after a compound statement, as CPython's does
    typing("\n");
    repl.wait_for("spinning", 1, START);
    thread::sleep(SETTLE);
    typing("\x03");
    repl.wait_for("Traceback (most recent call last):", 1, FINISH);
    repl.wait_for("KeyboardInterrupt", 3, FINISH);
    repl.wait_for(">>> ", 5, FINISH);
    typing("print('al' + 'ive')\n");
    repl.wait_for("alive", 1, FINISH);
    // Ctrl-D still ends it, with status 0.
    repl.wait_for(">>> ", 6, FINISH);
    typing("\x04");
    let (status, out, _) = repl.finish();
    assert_eq!(status.code(), Some(0), "{status}\n{out}");
}
