//! Differential test: every program in `tests/programs` must produce the same
//! stdout and exit status under Gilt as under CPython (`/usr/bin/python3`).
//! Skipped, with a note, when that CPython is not installed.
//! All mismatches are collected and reported in one message.

mod common;

use common::{
    first_difference, gilt, last_line, parallel_map, program_args, python_files, report,
    run_with_timeout, CPYTHON, TIMEOUT,
};
use std::path::Path;

fn compare(script: &Path) -> Option<String> {
    let name = script.display().to_string();
    let mut args = vec![name.as_str()];
    args.extend(program_args(script));

    let python = run_with_timeout(
        Path::new(CPYTHON),
        &args,
        None,
        &[("PYTHONHASHSEED", "0"), ("PYTHONDONTWRITEBYTECODE", "1")],
        TIMEOUT,
    );
    let ours = run_with_timeout(&gilt(), &args, None, &[], TIMEOUT);

    let mut problems = Vec::new();
    if python.spawn_error.is_some() || python.timed_out {
        problems.push(format!("CPython run failed: {}", python.describe_end()));
    }
    if ours.panicked() {
        problems.push(format!("gilt panicked: {}", ours.panic_summary()));
    }
    if python.code != ours.code || ours.timed_out || ours.spawn_error.is_some() {
        problems.push(format!(
            "exit status: CPython {}, gilt {} (gilt stderr last line: {:?})",
            python.describe_end(),
            ours.describe_end(),
            last_line(&ours.stderr)
        ));
    }
    if let Some(diff) = first_difference(&python.stdout, &ours.stdout) {
        problems.push(format!("stdout differs at {diff} (expected = CPython)"));
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!("{name}: {}", problems.join("; ")))
    }
}

#[test]
fn programs_agree_with_cpython() {
    if !Path::new(CPYTHON).exists() {
        eprintln!("note: {CPYTHON} not found; skipping the differential test");
        return;
    }
    let scripts = python_files("tests/programs");
    let results = parallel_map(&scripts, |s| compare(s.as_path()));
    let failures: Vec<String> = results.into_iter().flatten().collect();
    report(
        "programs in tests/programs (Gilt vs CPython)",
        scripts.len(),
        &failures,
    );
}
