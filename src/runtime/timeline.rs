//! `-X trace=FILE.json`: a timeline of every thread — running, waiting for the lock, blocked
//! in a sleep, I/O, a lock wait or native work, forced switches, drop requests, collections —
//! written as Chrome trace events, which Perfetto (ui.perfetto.dev) and `chrome://tracing`
//! open.
//!
//! The lock reports to `stats.rs`, which passes each period on here while a timeline is being
//! recorded; each thread appends to its own list. The timeline is bounded: past its limit
//! (default [`DEFAULT_LIMIT`] events, about 100 bytes each in the file) later events are
//! counted and dropped, and the file says how many.

use crate::runtime::stats::{self, Blocked, Record};
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering::Relaxed};

/// Events a timeline keeps unless told otherwise.
pub const DEFAULT_LIMIT: usize = 1_000_000;

/// What a thread was doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Holding the lock (with the lock off: running Gilt code).
    Running,
    /// Waiting to take the lock.
    Waiting,
    /// Blocked with the lock let go.
    Blocked(Blocked),
    /// Made to let go by a drop request (an instant).
    Forced,
    /// Asked the holder to let go (an instant).
    Asked,
    /// Running a cycle collection.
    Collect,
    /// The deterministic scheduler handed the lock on (an instant).
    Switched,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Running => "running",
            Kind::Waiting => "waiting for the lock",
            Kind::Blocked(Blocked::Sleep) => "sleep",
            Kind::Blocked(Blocked::Io) => "I/O",
            Kind::Blocked(Blocked::Lock) => "lock wait",
            Kind::Blocked(Blocked::Native) => "native work",
            Kind::Forced => "forced switch",
            Kind::Asked => "drop request",
            Kind::Collect => "cycle collection",
            Kind::Switched => "scheduled switch",
        }
    }
}

/// One period (or instant: `start == end`) of one thread.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Event {
    start: u64,
    end: u64,
    kind: Kind,
}

static ON: AtomicBool = AtomicBool::new(false);
/// Events that may still be recorded.
static LEFT: AtomicI64 = AtomicI64::new(0);
static DROPPED: AtomicU64 = AtomicU64::new(0);

/// Starts recording a timeline of at most `limit` events.
pub fn start(limit: usize) {
    stats::start_clock();
    LEFT.store(limit.min(i64::MAX as usize) as i64, Relaxed);
    ON.store(true, Relaxed);
}

/// Records a period of `r`'s thread, from `start` to `end` ([`stats::now`] units).
#[inline]
pub(crate) fn span(r: &Record, start: u64, end: u64, kind: Kind) {
    if !ON.load(Relaxed) {
        return;
    }
    if LEFT.fetch_sub(1, Relaxed) <= 0 {
        DROPPED.fetch_add(1, Relaxed);
        return;
    }
    r.events.lock().push(Event { start, end, kind });
}

/// Records an instant of `r`'s thread, now.
pub(crate) fn instant(r: &Record, kind: Kind) {
    if ON.load(Relaxed) {
        let t = stats::now();
        span(r, t, t, kind);
    }
}

/// Writes the timeline recorded so far to `path`; returns how many events it holds and how
/// many were dropped past the limit.
pub fn write(path: &std::path::Path) -> std::io::Result<(usize, u64)> {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
    let (n, dropped) = write_to(&mut f)?;
    f.flush()?;
    Ok((n, dropped))
}

fn write_to(out: &mut impl Write) -> std::io::Result<(usize, u64)> {
    let records = stats::records();
    let now = stats::now();
    let dropped = DROPPED.load(Relaxed);
    writeln!(
        out,
        "{{\"displayTimeUnit\":\"ms\",\"otherData\":{{\"build\":\"{}\",\"lock\":\"{}\",\
         \"switch_interval_ms\":{},\"dropped_events\":{}}},\"traceEvents\":[",
        crate::runtime::sync::BUILD_MODE.describe(),
        if crate::runtime::gil::enabled() {
            "on"
        } else {
            "off"
        },
        crate::runtime::gil::switch_interval() * 1e3,
        dropped
    )?;
    write!(
        out,
        "{{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"args\":{{\"name\":\"gilt\"}}}}"
    )?;
    let mut n = 0;
    for r in &records {
        let tid = r.ident();
        write!(
            out,
            ",\n{{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":{tid},\"args\":{{\"name\":{}}}}}",
            json_string(&r.name())
        )?;
        let mut events = r.events.lock().clone();
        if let Some(since) = r.holding_since() {
            events.push(Event {
                start: since,
                end: now,
                kind: Kind::Running,
            });
        }
        for e in &events {
            n += 1;
            let ts = e.start as f64 / 1e3;
            if e.start == e.end && !matches!(e.kind, Kind::Running | Kind::Waiting) {
                write!(
                    out,
                    ",\n{{\"name\":\"{}\",\"cat\":\"lock\",\"ph\":\"i\",\"s\":\"t\",\"ts\":{ts:.3},\
                     \"pid\":1,\"tid\":{tid}}}",
                    e.kind.name()
                )?;
            } else {
                let dur = e.end.saturating_sub(e.start) as f64 / 1e3;
                write!(
                    out,
                    ",\n{{\"name\":\"{}\",\"cat\":\"lock\",\"ph\":\"X\",\"ts\":{ts:.3},\
                     \"dur\":{dur:.3},\"pid\":1,\"tid\":{tid}}}",
                    e.kind.name()
                )?;
            }
        }
    }
    writeln!(out, "\n]}}")?;
    Ok((n, dropped))
}

/// `s` as a JSON string literal.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_for_json() {
        assert_eq!(json_string("a\"b\\c\n"), "\"a\\\"b\\\\c\\u000a\"");
    }
}
