//! Ctrl-C: SIGINT becomes `KeyboardInterrupt` in the thread that handles signals.
//!
//! The handler only sets a bit in the GIL's safe-point word (`gil::request_interrupt`), which
//! is all a signal handler may safely do. The thread that called [`install`] (the `gilt`
//! command's interpreter thread, like CPython's main thread) sees the bit at its next safe
//! point and raises. Its blocking waits — [`sleep`], lock waits (`_thread`), reads of standard
//! input ([`read_stdin`]) — wait in slices of [`POLL`] with the GIL released and look at the bit
//! between slices ([`interrupt_arrived`], which needs no GIL); only when it is set do they take
//! the GIL back to raise, so a waiting main thread does not compete with running threads for
//! the GIL. Other threads wait as before and never see `KeyboardInterrupt`.
//!
//! As in CPython, a SIGINT that is ignored when the process starts (a background job of a
//! non-interactive shell, `nohup`) stays ignored. Embedders who do not call [`install`] keep
//! their own SIGINT behaviour.

use crate::objects::types::ExcKind;
use crate::runtime::exc::Exc;
use crate::runtime::vm::PResult;
use std::cell::Cell;
use std::time::{Duration, Instant};

thread_local! {
    static HANDLES_SIGNALS: Cell<bool> = const { Cell::new(false) };
}

/// How long a blocking wait in the signal-handling thread sleeps before it looks again.
pub(crate) const POLL: Duration = Duration::from_millis(20);

#[cfg(unix)]
extern "C" fn on_sigint(_signal: libc::c_int) {
    crate::runtime::gil::request_interrupt();
}

/// Makes the current thread the one that gets `KeyboardInterrupt` on SIGINT, and installs the
/// handler for the process, unless SIGINT is ignored (then it stays ignored, as in CPython).
pub fn install() {
    HANDLES_SIGNALS.with(|h| h.set(true));
    #[cfg(unix)]
    // SAFETY: `sigaction` with a null new action only reads the current disposition into
    // `old`, a zeroed (valid) struct. The handler only performs one atomic read-modify-write,
    // which is async-signal-safe; the new `sigaction` struct is fully initialised (zeroed,
    // then the handler and an empty mask set) before the call. No `SA_RESTART`: a blocking
    // system call interrupted by Ctrl-C returns, and every wait here polls anyway.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
        {
            return;
        }
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as usize;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Makes the current thread handle Ctrl-C without installing a handler (unit tests).
#[cfg(test)]
pub(crate) fn handle_here() {
    HANDLES_SIGNALS.with(|h| h.set(true));
}

/// Whether the current thread is the one that handles signals.
pub(crate) fn handles_signals() -> bool {
    HANDLES_SIGNALS.with(|h| h.get())
}

/// The `KeyboardInterrupt` to raise now, when this thread handles signals and one is pending.
pub(crate) fn check() -> PResult<()> {
    if interrupt_arrived() {
        return Err(keyboard_interrupt());
    }
    Ok(())
}

/// True (once) when this thread handles signals and a Ctrl-C is pending; the request is then
/// consumed and the caller must raise [`keyboard_interrupt`] as soon as it holds the GIL
/// again. Needs no GIL: waits call it with the GIL released.
pub(crate) fn interrupt_arrived() -> bool {
    handles_signals() && crate::runtime::gil::take_interrupt()
}

/// A new `KeyboardInterrupt` (call with the GIL held).
pub(crate) fn keyboard_interrupt() -> Exc {
    Exc::bare(ExcKind::KeyboardInterrupt)
}

/// Sleeps for `d` with the GIL released; in the signal-handling thread a pending Ctrl-C ends
/// the sleep early with `KeyboardInterrupt`.
pub(crate) fn sleep(d: Duration) -> PResult<()> {
    if crate::runtime::gil::scheduled() {
        crate::runtime::gil::sched_sleep(d);
        return check();
    }
    if !handles_signals() {
        crate::runtime::sync::Gil::release_while(crate::runtime::gil::Blocked::Sleep, || {
            std::thread::sleep(d)
        });
        return Ok(());
    }
    check()?;
    let end = Instant::now() + d;
    let interrupted =
        crate::runtime::sync::Gil::release_while(crate::runtime::gil::Blocked::Sleep, || loop {
            let now = Instant::now();
            if now >= end {
                return false;
            }
            std::thread::sleep((end - now).min(POLL));
            if interrupt_arrived() {
                return true;
            }
        });
    if interrupted {
        return Err(keyboard_interrupt());
    }
    Ok(())
}

// ---------------------------------------------------------------- standard input

/// Bytes read from file descriptor 0 and not consumed yet. Every read of the process's
/// standard input (`input()`, `sys.stdin`, the REPL) goes through this one buffer, so they
/// see the input in order; the signal-handling thread waits for data with `poll` in slices.
struct StdinBuf {
    data: Vec<u8>,
    /// Consumed bytes at the front of `data`.
    pos: usize,
}

static STDIN: parking_lot::Mutex<StdinBuf> = parking_lot::Mutex::new(StdinBuf {
    data: Vec::new(),
    pos: 0,
});

/// How a raw read of standard input ended without data.
enum Stop {
    Interrupted,
    Failed(std::io::Error),
}

impl StdinBuf {
    /// The next line (with its newline), or with `all` nothing until end of file.
    fn take_line(&mut self, all: bool) -> Option<Vec<u8>> {
        if all {
            return None;
        }
        let rest = &self.data[self.pos..];
        let n = rest.iter().position(|&b| b == b'\n')? + 1;
        let line = rest[..n].to_vec();
        self.pos += n;
        Some(line)
    }

    /// Everything still buffered.
    fn take_rest(&mut self) -> Vec<u8> {
        let rest = self.data[self.pos..].to_vec();
        self.data.clear();
        self.pos = 0;
        rest
    }

    /// Reads one chunk from fd 0; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.pos > 0 && self.pos * 2 >= self.data.len() {
            self.data.drain(..self.pos);
            self.pos = 0;
        }
        const CHUNK: usize = 1 << 16;
        let old = self.data.len();
        self.data.resize(old + CHUNK, 0);
        let r = read_fd0(&mut self.data[old..]);
        self.data.truncate(old + *r.as_ref().unwrap_or(&0));
        r.map(|n| n > 0)
    }
}

#[cfg(unix)]
fn read_fd0(buf: &mut [u8]) -> std::io::Result<usize> {
    loop {
        // SAFETY: `buf` is a valid, writable buffer of `buf.len()` bytes for the whole call.
        let n = unsafe { libc::read(0, buf.as_mut_ptr().cast(), buf.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EINTR) => {}
            // A closed standard input reads as empty, as in Rust's `std::io::stdin`.
            Some(libc::EBADF) => return Ok(0),
            Some(libc::EAGAIN) => {
                wait_readable(None);
            }
            _ => return Err(e),
        }
    }
}

#[cfg(not(unix))]
fn read_fd0(buf: &mut [u8]) -> std::io::Result<usize> {
    use std::io::Read;
    std::io::stdin().read(buf)
}

/// Waits until fd 0 can be read (or is at end of file, or in error), for at most `limit`
/// (None: forever). True when it can.
#[cfg(unix)]
fn wait_readable(limit: Option<Duration>) -> bool {
    let mut fd = libc::pollfd {
        fd: 0,
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = limit.map_or(-1, |d| d.as_millis().min(i32::MAX as u128) as libc::c_int);
    // SAFETY: `fd` is one valid, initialised `pollfd` that lives for the whole call.
    let n = unsafe { libc::poll(&mut fd, 1, ms) };
    // An error (EINTR from Ctrl-C, most likely) reports "not yet": the caller looks again.
    n > 0
}

#[cfg(not(unix))]
fn wait_readable(_limit: Option<Duration>) -> bool {
    true
}

/// Reads a line (or with `all`, everything up to end of file) of standard input. Call with
/// the GIL released. In the signal-handling thread a Ctrl-C while it waits stops it with
/// [`Stop::Interrupted`]; the bytes read so far stay buffered for the next read.
fn read_stdin_raw(all: bool) -> Result<Vec<u8>, Stop> {
    let watch = handles_signals();
    let mut buf = loop {
        if !watch {
            break STDIN.lock();
        }
        if let Some(g) = STDIN.try_lock_for(POLL) {
            break g;
        }
        if interrupt_arrived() {
            return Err(Stop::Interrupted);
        }
    };
    loop {
        if let Some(line) = buf.take_line(all) {
            return Ok(line);
        }
        // Ctrl-C wins over input that arrives with it, as when it interrupts `read`.
        if watch {
            loop {
                if interrupt_arrived() {
                    return Err(Stop::Interrupted);
                }
                if wait_readable(Some(POLL)) {
                    break;
                }
            }
        }
        match buf.fill() {
            Ok(true) => {}
            Ok(false) => return Ok(buf.take_rest()),
            Err(e) => return Err(Stop::Failed(e)),
        }
    }
}

/// Reads a line of standard input with its newline (empty at end of file), or with `all`
/// everything left. In the signal-handling thread Ctrl-C raises `KeyboardInterrupt`.
pub(crate) fn read_stdin(all: bool) -> PResult<Vec<u8>> {
    match crate::runtime::sync::Gil::release_while(crate::runtime::gil::Blocked::Io, || {
        read_stdin_raw(all)
    }) {
        Ok(bytes) => Ok(bytes),
        Err(Stop::Interrupted) => Err(keyboard_interrupt()),
        Err(Stop::Failed(e)) => Err(Exc::new(ExcKind::OSError, e.to_string())),
    }
}

/// What the REPL got from [`read_console_line`].
#[derive(Debug)]
pub enum ConsoleLine {
    /// A line, without its line ending.
    Line(String),
    /// End of input (Ctrl-D).
    Eof,
    /// Ctrl-C while waiting (only in the thread that called [`crate::handle_ctrl_c`]).
    Interrupted,
}

/// Reads one line of standard input for an interactive prompt, from the same buffer as
/// `input()` and `sys.stdin`. Call without holding the interpreter (between `run` calls).
pub fn read_console_line() -> std::io::Result<ConsoleLine> {
    match read_stdin_raw(false) {
        Ok(bytes) if bytes.is_empty() => Ok(ConsoleLine::Eof),
        Ok(mut bytes) => {
            if bytes.last() == Some(&b'\n') {
                bytes.pop();
                if bytes.last() == Some(&b'\r') {
                    bytes.pop();
                }
            }
            Ok(ConsoleLine::Line(
                String::from_utf8_lossy(&bytes).into_owned(),
            ))
        }
        Err(Stop::Interrupted) => Ok(ConsoleLine::Interrupted),
        Err(Stop::Failed(e)) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_buffer_splits_lines_and_keeps_the_rest() {
        let mut b = StdinBuf {
            data: b"one\ntwo\nthr".to_vec(),
            pos: 0,
        };
        assert_eq!(b.take_line(false).as_deref(), Some(&b"one\n"[..]));
        assert_eq!(b.take_line(true), None);
        assert_eq!(b.take_line(false).as_deref(), Some(&b"two\n"[..]));
        assert_eq!(b.take_line(false), None);
        assert_eq!(b.take_rest(), b"thr".to_vec());
        assert_eq!(b.take_line(false), None);
    }

    #[test]
    fn only_the_installing_thread_handles_signals() {
        let other = std::thread::spawn(handles_signals).join().unwrap_or(true);
        assert!(!other);
    }
}
