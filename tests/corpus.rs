//! Runs Gilt over the test corpus and checks the command-line interface.
//!
//! * `tests/programs/NAME.py` must exit 0 and print exactly `NAME.out`
//!   (`argv.py` is run with the extra arguments `a b c`).
//! * `tests/errors/NAME.py` must exit with the status in `NAME.code`, print
//!   `NAME.out` (or nothing if absent) on stdout, and print `NAME.err` on
//!   stderr. Lines made only of spaces and `^`/`~` position markers are
//!   ignored on both sides, and absolute paths below the crate root are
//!   treated as relative. When `NAME.lastline` exists instead of `NAME.err`,
//!   only the last line of stderr is compared.
//!
//! All failures of a corpus are collected and reported in one message.

mod common;

use common::{
    first_difference, last_line, normalize_stderr, parallel_map, program_args, python_files,
    report, run_gilt, sibling,
};
use std::fs;
use std::path::{Path, PathBuf};

fn check_program(script: &Path) -> Option<String> {
    let name = script.display().to_string();
    let Some(expected) = sibling(script, "out") else {
        return Some(format!("{name}: missing expected output file (.out)"));
    };
    let mut args = vec![name.as_str()];
    args.extend(program_args(script));
    let out = run_gilt(&args, None);
    let mut problems = Vec::new();
    if out.panicked() {
        problems.push(format!("panicked: {}", out.panic_summary()));
    }
    if out.code != Some(0) {
        problems.push(format!(
            "expected exit status 0, got {} (stderr last line: {:?})",
            out.describe_end(),
            last_line(&out.stderr)
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

fn check_error_program(script: &Path) -> Option<String> {
    let name = script.display().to_string();
    let Some(code_text) = sibling(script, "code") else {
        return Some(format!("{name}: missing expected status file (.code)"));
    };
    let Ok(expected_code) = code_text.trim().parse::<i32>() else {
        return Some(format!("{name}: unreadable .code file {code_text:?}"));
    };
    let expected_err = sibling(script, "err");
    let expected_last = sibling(script, "lastline");
    if expected_err.is_none() && expected_last.is_none() {
        return Some(format!(
            "{name}: missing expected stderr (.err or .lastline)"
        ));
    }
    let expected_out = sibling(script, "out").unwrap_or_default();

    let out = run_gilt(&[name.as_str()], None);
    let mut problems = Vec::new();
    if out.panicked() {
        problems.push(format!("panicked: {}", out.panic_summary()));
    }
    if out.code != Some(expected_code) {
        problems.push(format!(
            "expected exit status {expected_code}, got {}",
            out.describe_end()
        ));
    }
    if let Some(diff) = first_difference(&expected_out, &out.stdout) {
        problems.push(format!("stdout differs at {diff}"));
    }
    if let Some(err) = expected_err {
        let want = normalize_stderr(&err);
        let got = normalize_stderr(&out.stderr);
        if let Some(diff) = first_difference(&want, &got) {
            problems.push(format!(
                "stderr differs (ignoring ^/~ marker lines) at {diff}"
            ));
        }
    } else if let Some(last) = expected_last {
        let want = last_line(&last);
        let got = last_line(&out.stderr);
        if want != got {
            problems.push(format!("last stderr line: expected {want:?}, got {got:?}"));
        }
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!("{name}: {}", problems.join("; ")))
    }
}

#[test]
fn programs_match_expected_output() {
    let scripts = python_files("tests/programs");
    assert!(
        scripts.len() >= 50,
        "expected at least 50 programs in tests/programs, found {}",
        scripts.len()
    );
    let results = parallel_map(&scripts, |s| check_program(s.as_path()));
    let failures: Vec<String> = results.into_iter().flatten().collect();
    report("programs in tests/programs", scripts.len(), &failures);
}

#[test]
fn error_programs_match_expected_stderr() {
    let scripts = python_files("tests/errors");
    assert!(
        scripts.len() >= 12,
        "expected at least 12 programs in tests/errors, found {}",
        scripts.len()
    );
    let results = parallel_map(&scripts, |s| check_error_program(s.as_path()));
    let failures: Vec<String> = results.into_iter().flatten().collect();
    report("programs in tests/errors", scripts.len(), &failures);
}

#[test]
fn marker_lines_are_ignored_by_the_stderr_comparison() {
    let with = "  File \"x.py\", line 1\n    1/0\n    ~^~\n       ^^^^\nZeroDivisionError: division by zero\n";
    let without = "  File \"x.py\", line 1\n    1/0\nZeroDivisionError: division by zero\n";
    assert_eq!(normalize_stderr(with), normalize_stderr(without));
    // Blank lines are meaningful (exception chaining) and are kept.
    assert_eq!(normalize_stderr("a\n\nb\n"), "a\n\nb\n");
    assert_eq!(
        first_difference("a\nb\n", "a\nc\n").as_deref(),
        Some("line 2: expected \"b\", got \"c\"")
    );
}

/// Checks one CLI run: exit status, optional exact stdout, and no panic.
fn expect(
    failures: &mut Vec<String>,
    label: &str,
    args: &[&str],
    stdin: Option<&[u8]>,
    status: i32,
    stdout: Option<&str>,
) -> common::RunOutput {
    let out = run_gilt(args, stdin);
    if out.panicked() {
        failures.push(format!("{label}: panicked: {}", out.panic_summary()));
    }
    if out.code != Some(status) {
        failures.push(format!(
            "{label}: expected exit status {status}, got {} (stderr: {:?})",
            out.describe_end(),
            last_line(&out.stderr)
        ));
    }
    if let Some(want) = stdout {
        if let Some(diff) = first_difference(want, &out.stdout) {
            failures.push(format!("{label}: stdout differs at {diff}"));
        }
    }
    out
}

#[test]
fn cli_dash_c_runs_code() {
    let mut failures = Vec::new();
    expect(
        &mut failures,
        "gilt -c 'print(6*7)'",
        &["-c", "print(6*7)"],
        None,
        0,
        Some("42\n"),
    );
    report("CLI checks", 1, &failures);
}

#[test]
fn cli_dash_reads_program_from_stdin() {
    let mut failures = Vec::new();
    expect(
        &mut failures,
        "echo 'print(1+1)' | gilt -",
        &["-"],
        Some(&b"print(1+1)\n"[..]),
        0,
        Some("2\n"),
    );
    report("CLI checks", 1, &failures);
}

#[test]
fn cli_version_names_gilt_and_threading_mode() {
    let mut failures = Vec::new();
    let out = expect(
        &mut failures,
        "gilt --version",
        &["--version"],
        None,
        0,
        None,
    );
    let text = format!("{}{}", out.stdout, out.stderr);
    if !text.contains("Gilt") {
        failures.push(format!("gilt --version: output lacks \"Gilt\": {text:?}"));
    }
    if !(text.contains("GIL") || text.contains("free-threaded")) {
        failures.push(format!(
            "gilt --version: output mentions neither \"GIL\" nor \"free-threaded\": {text:?}"
        ));
    }
    report("CLI checks", 1, &failures);
}

#[test]
fn cli_missing_file_exits_2() {
    let mut failures = Vec::new();
    let missing = "tests/programs/this_file_does_not_exist.py";
    let out = expect(
        &mut failures,
        "gilt <missing file>",
        &[missing],
        None,
        2,
        Some(""),
    );
    if !out.stderr.contains("can't open file") {
        failures.push(format!(
            "gilt <missing file>: stderr lacks \"can't open file\": {:?}",
            out.stderr
        ));
    }
    report("CLI checks", 1, &failures);
}

#[test]
fn cli_dash_c_sets_sys_argv() {
    let mut failures = Vec::new();
    expect(
        &mut failures,
        "gilt -c 'import sys; print(sys.argv)' x y",
        &["-c", "import sys; print(sys.argv)", "x", "y"],
        None,
        0,
        Some("['-c', 'x', 'y']\n"),
    );
    report("CLI checks", 1, &failures);
}

#[test]
fn cli_dash_m_runs_a_module_as_main() {
    let mut failures = Vec::new();
    let want =
        fs::read_to_string("tests/programs/print_to_replaced_stdout.out").expect("expected output");
    expect(
        &mut failures,
        "gilt -m tests.programs.print_to_replaced_stdout",
        &["-m", "tests.programs.print_to_replaced_stdout"],
        None,
        0,
        Some(&want),
    );
    let out = expect(
        &mut failures,
        "gilt -m no_such_module",
        &["-m", "no_such_module"],
        None,
        1,
        Some(""),
    );
    if !out.stderr.contains("No module named no_such_module") {
        failures.push(format!("gilt -m no_such_module: stderr {:?}", out.stderr));
    }
    report("CLI checks", 2, &failures);
}

#[test]
fn cli_dash_i_keeps_the_program_s_names_for_the_prompt() {
    let mut failures = Vec::new();
    // the prompts go to stderr when standard input is not a terminal, as CPython's do
    expect(
        &mut failures,
        "echo 'print(x + 1)' | gilt -i -c 'x = 41'",
        &["-i", "-c", "x = 41"],
        Some(&b"print(x + 1)\n"[..]),
        0,
        Some("42\n"),
    );
    report("CLI checks", 1, &failures);
}

/// A unique scratch file in the system temp directory, removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(tag: &str, contents: &[u8]) -> TempFile {
        let path =
            std::env::temp_dir().join(format!("gilt-corpus-{}-{tag}.py", std::process::id()));
        fs::write(&path, contents).expect("write temp file");
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

#[test]
fn cli_binary_garbage_is_a_syntax_error() {
    let mut blobs: Vec<(&str, Vec<u8>)> = vec![(
        "mixed",
        b"print(1)\x00\xff\xfe garbage \x01\x02\n\xff\x00\x00".to_vec(),
    )];
    // Deterministic pseudo-random bytes, starting with a byte that is never
    // valid UTF-8 so the file cannot be decoded.
    let mut state: u32 = 0x1234_5678;
    let mut noise = vec![0xffu8];
    for _ in 0..4096 {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        noise.push((state >> 16) as u8);
    }
    blobs.push(("noise", noise));

    let mut failures = Vec::new();
    for (tag, bytes) in &blobs {
        let file = TempFile::new(tag, bytes);
        let path = file.0.to_string_lossy().into_owned();
        let label = format!("gilt <binary garbage: {tag}>");
        let out = expect(&mut failures, &label, &[path.as_str()], None, 1, Some(""));
        if !out.stderr.contains("SyntaxError") {
            failures.push(format!(
                "{label}: stderr lacks \"SyntaxError\": {:?}",
                out.stderr
            ));
        }
    }
    report("binary garbage checks", blobs.len(), &failures);
}

/// Names listed in `DIR/KNOWN_FAILURES` (one per line, `name  # why`): programs that need a
/// feature still missing. They are skipped, and each is reported so the list stays honest.
fn known_failures(dir: &str) -> Vec<String> {
    std::fs::read_to_string(common::crate_root().join(dir).join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn without_known(dir: &str) -> Vec<std::path::PathBuf> {
    let known = known_failures(dir);
    python_files(dir)
        .into_iter()
        .filter(|p| {
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if known.iter().any(|k| k == stem) {
                eprintln!("skipping {dir}/{stem}.py (listed in KNOWN_FAILURES)");
                false
            } else {
                true
            }
        })
        .collect()
}

#[test]
fn lang_programs_match_expected_output() {
    let scripts = without_known("tests/lang");
    assert!(
        scripts.len() >= 40,
        "expected at least 40 programs in tests/lang"
    );
    let results = parallel_map(&scripts, |s| check_program(s.as_path()));
    let failures: Vec<String> = results.into_iter().flatten().collect();
    report("programs in tests/lang", scripts.len(), &failures);
}

#[test]
fn lang_error_programs_match_expected_stderr() {
    let scripts = without_known("tests/lang/errors");
    assert!(
        scripts.len() >= 10,
        "expected at least 10 programs in tests/lang/errors"
    );
    let results = parallel_map(&scripts, |s| check_error_program(s.as_path()));
    let failures: Vec<String> = results.into_iter().flatten().collect();
    report("programs in tests/lang/errors", scripts.len(), &failures);
}
