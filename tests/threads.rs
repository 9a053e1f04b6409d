//! Runs Gilt over the thread corpus in `tests/threads/`.
//!
//! Every `tests/threads/NAME.py` is run three times: as is, with `GILT_GIL=1`
//! in the environment (which switches the GIL on in the free-threaded build
//! and changes nothing in the GIL build), and with `GILT_SCHED=1` (the
//! deterministic scheduler, seed 1: cooperative lock waits, sleeps in virtual
//! time). Each run must
//!
//! * exit with status 0 (a run still going after 30 s is killed and fails),
//! * print exactly `NAME.out` on stdout,
//! * not panic, and print nothing on stderr, unless NAME ends in `_stderr`:
//!   those programs let an exception escape a thread on purpose, and the
//!   traceback on stderr is not compared,
//! * finish within 5 s if NAME starts with `daemon`: a sleeping daemon thread
//!   must not delay the exit of the program.
//!
//! The expected outputs do not depend on how the threads interleave (see
//! `tests/threads/README.md`). All failures are collected and reported in
//! one message.

mod common;

use common::{
    first_difference, gilt, last_line, parallel_map, python_files, report, run_with_timeout,
    sibling,
};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The directory of the thread corpus, relative to the crate root.
const DIR: &str = "tests/threads";

/// A run still going after this long is killed and counts as a failure.
const RUN_TIMEOUT: Duration = Duration::from_secs(30);

/// `daemon*` programs must exit within this long.
const QUICK_EXIT: Duration = Duration::from_secs(5);

/// The corpus must not shrink below this many programs.
const MIN_PROGRAMS: usize = 16;

/// A way of running every program: a label and extra environment variables.
struct Mode {
    label: &'static str,
    envs: &'static [(&'static str, &'static str)],
}

const MODES: [Mode; 3] = [
    Mode {
        label: "default",
        envs: &[],
    },
    Mode {
        label: "GILT_GIL=1",
        envs: &[("GILT_GIL", "1")],
    },
    Mode {
        label: "GILT_SCHED=1",
        envs: &[("GILT_SCHED", "1")],
    },
];

fn stem(script: &Path) -> &str {
    script.file_stem().and_then(|s| s.to_str()).unwrap_or("")
}

/// Programs whose stderr is not checked (an exception escapes a thread).
fn stderr_ignored(script: &Path) -> bool {
    stem(script).ends_with("_stderr")
}

/// Programs that must exit quickly although a daemon thread is still asleep.
fn must_exit_quickly(script: &Path) -> bool {
    stem(script).starts_with("daemon")
}

fn check(script: &Path, mode: &Mode) -> Option<String> {
    let name = format!("{} [{}]", script.display(), mode.label);
    let Some(expected) = sibling(script, "out") else {
        return Some(format!("{name}: missing expected output file (.out)"));
    };
    let path = script.display().to_string();
    let started = Instant::now();
    let out = run_with_timeout(&gilt(), &[path.as_str()], None, mode.envs, RUN_TIMEOUT);
    let elapsed = started.elapsed();

    let mut problems = Vec::new();
    if let Some(err) = &out.spawn_error {
        problems.push(format!("could not start gilt: {err}"));
    } else if out.timed_out {
        problems.push(format!(
            "killed after {} s (hung or far too slow)",
            RUN_TIMEOUT.as_secs()
        ));
    } else if out.code != Some(0) {
        problems.push(format!(
            "expected exit status 0, got {} (stderr last line: {:?})",
            out.status_text,
            last_line(&out.stderr)
        ));
    }
    if out.panicked() {
        problems.push(format!("panicked: {}", out.panic_summary()));
    } else if !stderr_ignored(script) && !out.stderr.is_empty() {
        problems.push(format!(
            "expected no stderr, got {} bytes ending with {:?}",
            out.stderr.len(),
            last_line(&out.stderr)
        ));
    }
    if must_exit_quickly(script) && !out.timed_out && elapsed > QUICK_EXIT {
        problems.push(format!(
            "took {:.1} s; a sleeping daemon thread must not delay exit (limit {} s)",
            elapsed.as_secs_f64(),
            QUICK_EXIT.as_secs()
        ));
    }
    if let Some(diff) = first_difference(&expected, &out.stdout) {
        problems.push(format!("stdout differs at {diff}"));
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!("{name}: {}", problems.join("; ")))
    }
}

// Every thread program, in whichever build is under test, with and without GILT_GIL=1.
#[test]
fn thread_programs_match_expected_output() {
    let scripts = python_files(DIR);
    assert!(
        scripts.len() >= MIN_PROGRAMS,
        "expected at least {MIN_PROGRAMS} programs in {DIR}, found {}",
        scripts.len()
    );
    let runs: Vec<(PathBuf, &Mode)> = scripts
        .iter()
        .flat_map(|s| MODES.iter().map(move |m| (s.clone(), m)))
        .collect();
    let results = parallel_map(&runs, |(script, mode)| check(script, mode));
    let failures: Vec<String> = results.into_iter().flatten().collect();
    report(
        &format!("runs of the programs in {DIR}"),
        runs.len(),
        &failures,
    );
}

/// Checks the corpus itself, without running Gilt: enough programs, each
/// with its expected output, each described in the README.
#[test]
fn thread_corpus_is_complete() {
    let scripts = python_files(DIR);
    let mut failures = Vec::new();
    if scripts.len() < MIN_PROGRAMS {
        failures.push(format!(
            "expected at least {MIN_PROGRAMS} programs in {DIR}, found {}",
            scripts.len()
        ));
    }
    let readme_path = common::crate_root().join(DIR).join("README.md");
    let readme = fs::read_to_string(&readme_path).unwrap_or_else(|e| {
        failures.push(format!("cannot read {}: {e}", readme_path.display()));
        String::new()
    });
    for script in &scripts {
        if sibling(script, "out").is_none() {
            failures.push(format!("{}: missing .out file", script.display()));
        }
        let file = format!("{}.py", stem(script));
        if !readme.is_empty() && !readme.contains(&file) {
            failures.push(format!("{DIR}/README.md does not describe {file}"));
        }
    }
    report("thread corpus checks", scripts.len(), &failures);
}
