//! The `gilt` command: run a script, `-c` code, standard input, or a REPL, like `python3`.

use gilt::{Error, Interpreter};
use std::io::{IsTerminal, Read, Write};

#[global_allocator]
static ALLOCATOR: gilt::CachingAlloc = gilt::CachingAlloc;

const USAGE: &str = "usage: gilt [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd       program passed in as string (terminates option list)
  -i           inspect interactively after running the script or command
  -m mod       run library module as a script (terminates option list)
  --dis FILE   print the bytecode of FILE instead of running it
  -X opt       implementation-specific option:
               -X gil=0|1  the lock off or on (free-threaded build)
               -X stats    print what each thread did with the lock, at exit
               -X trace=FILE.json  write a timeline of the threads (open it in Perfetto)
               -X sched=SEED[:N]  switch threads at safe points drawn from SEED (N apart
                           on average, default 100): the same seed, the same interleaving
  -h, --help   print this help message and exit
  -V, --version  print the Gilt version and build mode and exit
file           program read from script file
-              program read from stdin (default; interactive mode if a tty)
arg ...        arguments passed to program in sys.argv[1:]";

/// Native stack for the interpreter thread: deep recursion ends in RecursionError long
/// before this is used up.
const STACK_SIZE: usize = 1 << 30;

enum Mode {
    File(String),
    Command(String),
    Module(String),
    Stdin,
    Repl,
    Dis(String),
}

/// Turns off glibc's fast bins. Gilt frees small objects by the million, often a whole tree
/// at once; in fast bins they pile up unsorted and later allocations pay to consolidate them
/// (binary_trees ran 30% slower with them). Other C libraries are left as they are.
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only changes an allocator setting; it is called before any other
    // thread exists, as glibc requires for tuning calls.
    unsafe {
        libc::mallopt(libc::M_MXFAST, 0);
    }
}

fn main() {
    tune_allocator();
    let child = std::thread::Builder::new()
        .name("gilt-main".into())
        .stack_size(STACK_SIZE)
        .spawn(real_main);
    let code = match child {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("gilt: cannot start the interpreter thread: {e}");
            70
        }
    };
    std::process::exit(code);
}

fn real_main() -> i32 {
    gilt::set_stack_budget(STACK_SIZE - (64 << 20));
    gilt::handle_ctrl_c();
    match std::env::var("GILT_GIL").as_deref() {
        Ok("1") => gilt::request_gil(true),
        Ok("0") => gilt::request_gil(false),
        _ => {}
    }
    if let Ok(spec) = std::env::var("GILT_SCHED") {
        match parse_sched(&spec) {
            Some((seed, mean)) => gilt::lab::schedule(seed, mean),
            None => {
                eprintln!("gilt: GILT_SCHED wants SEED or SEED:N, not {spec:?}");
                return 2;
            }
        }
    }
    let (mode, rest, inspect) = match parse_args() {
        Ok(x) => x,
        Err(msg) => {
            eprintln!("{msg}\n{USAGE}");
            return 2;
        }
    };
    match mode {
        Mode::File(path) => {
            let text = match std::fs::read(&path) {
                Ok(b) => gilt::source_text(b),
                Err(e) => {
                    let abs = std::path::absolute(&path)
                        .map(|p| p.display().to_string())
                        .unwrap_or(path.clone());
                    eprintln!(
                        "gilt: can't open file '{abs}': [Errno {}] {}",
                        e.raw_os_error().unwrap_or(2),
                        describe_io(&e)
                    );
                    return 2;
                }
            };
            let shown = std::path::absolute(&path)
                .map(|p| p.display().to_string())
                .unwrap_or(path.clone());
            let mut argv = vec![path];
            argv.extend(rest);
            run(argv, inspect, |i| {
                // the script's `__file__`, absolute as in CPython
                i.set("__file__", shown.as_str())?;
                i.run(&text, &shown)
            })
        }
        Mode::Command(cmd) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(rest);
            run(argv, inspect, |i| i.run(&cmd, "<string>"))
        }
        Mode::Module(name) => {
            // (argv[0] becomes the module's file once it is found)
            let mut argv = vec!["-m".to_string()];
            argv.extend(rest);
            run(argv, inspect, |i| match i.run_module(&name) {
                Err(Error::Exception {
                    type_name,
                    traceback,
                    ..
                }) if type_name == "ModuleNotFoundError" && !traceback.starts_with("Traceback") => {
                    eprintln!("gilt: No module named {name}");
                    Err(Error::Exit(1))
                }
                r => r,
            })
        }
        Mode::Stdin => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                eprintln!("gilt: cannot read standard input: {e}");
                return 1;
            }
            let mut argv = vec!["-".to_string()];
            argv.extend(rest);
            let text = gilt::source_text(buf);
            run(argv, inspect, |i| i.run(&text, "<stdin>"))
        }
        Mode::Repl => {
            println!(
                "Gilt {} ({}) — a Python 3.11 subset. Ctrl-D to exit.",
                env!("CARGO_PKG_VERSION"),
                gilt::BUILD_MODE.describe()
            );
            let interp = Interpreter::with_argv(vec![String::new()]);
            let status = repl(&interp);
            finish(interp);
            status
        }
        Mode::Dis(path) => match std::fs::read(&path) {
            Ok(b) => {
                let text = gilt::source_text(b);
                match gilt::disassemble(&text, &path) {
                    Ok(listing) => {
                        print!("{listing}");
                        0
                    }
                    Err(e) => report(&e),
                }
            }
            Err(e) => {
                eprintln!("gilt: can't open file '{path}': {}", describe_io(&e));
                2
            }
        },
    }
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn parse_args() -> Result<(Mode, Vec<String>, bool), String> {
    use lexopt::prelude::*;
    let mut p = lexopt::Parser::from_env();
    let mut mode = None;
    let mut inspect = false;
    while let Some(arg) = p.next().map_err(|e| format!("gilt: {e}"))? {
        match arg {
            Short('c') => {
                let cmd = p.value().map_err(|e| format!("gilt: {e}"))?;
                mode = Some(Mode::Command(cmd.to_string_lossy().into_owned()));
                break;
            }
            Short('m') => {
                let name = p.value().map_err(|e| format!("gilt: {e}"))?;
                mode = Some(Mode::Module(name.to_string_lossy().into_owned()));
                break;
            }
            Short('i') => inspect = true,
            Short('V') | Long("version") => {
                println!(
                    "Gilt {} ({}, Python 3.11 subset)",
                    env!("CARGO_PKG_VERSION"),
                    gilt::BUILD_MODE.describe()
                );
                std::process::exit(0);
            }
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Long("dis") => {
                let f = p.value().map_err(|e| format!("gilt: {e}"))?;
                mode = Some(Mode::Dis(f.to_string_lossy().into_owned()));
                break;
            }
            Short('X') => {
                let opt = p.value().map_err(|e| format!("gilt: {e}"))?;
                let opt = opt.to_string_lossy();
                match opt.as_ref() {
                    "gil=1" => gilt::request_gil(true),
                    "gil=0" => gilt::request_gil(false),
                    "stats" => {
                        lab_stats(true);
                    }
                    o => {
                        if let Some(file) = o.strip_prefix("trace=") {
                            gilt::lab::start_timeline(gilt::lab::DEFAULT_TIMELINE_LIMIT);
                            let _ = TRACE_FILE.set(file.to_string());
                        } else if let Some(spec) = o.strip_prefix("sched=") {
                            let (seed, mean) = parse_sched(spec).ok_or_else(|| {
                                format!("gilt: -X sched wants SEED or SEED:N, not {spec:?}")
                            })?;
                            gilt::lab::schedule(seed, mean);
                        }
                    }
                }
            }
            Short('u') | Short('B') | Short('E') | Short('s') | Short('S') => {}
            Value(v) => {
                let v = v.to_string_lossy().into_owned();
                mode = Some(if v == "-" { Mode::Stdin } else { Mode::File(v) });
                break;
            }
            other => return Err(format!("gilt: {}", other.unexpected())),
        }
    }
    let rest: Vec<String> = p
        .raw_args()
        .map(|r| r.map(|s| s.to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    let mode = mode.unwrap_or_else(|| {
        if std::io::stdin().is_terminal() {
            Mode::Repl
        } else {
            Mode::Stdin
        }
    });
    Ok((mode, rest, inspect))
}

/// Runs a program (`start`) in a new interpreter with `argv`; with `-i` (`inspect`), the REPL
/// follows in the same interpreter, unless the program called `sys.exit`.
fn run(
    argv: Vec<String>,
    inspect: bool,
    start: impl FnOnce(&Interpreter) -> Result<(), Error>,
) -> i32 {
    let interp = Interpreter::with_argv(argv);
    let result = start(&interp);
    let mut status = match &result {
        Ok(()) => 0,
        Err(e) => report(e),
    };
    if inspect && !matches!(result, Err(Error::Exit(_))) {
        gilt::flush_stdout();
        status = repl(&interp);
    }
    finish(interp);
    if !inspect
        && matches!(&result, Err(Error::Exception { type_name, .. }) if type_name == "KeyboardInterrupt")
    {
        die_of_sigint();
    }
    status
}

/// Waits for the program's threads, then lets the interpreter go and flushes its output;
/// then the lab's reports (`-X stats`, `-X trace=FILE`) go out.
fn finish(interp: Interpreter) {
    interp.shutdown_threads();
    drop(interp);
    gilt::flush_stdout();
    if lab_stats(false) {
        eprint!("{}", gilt::lab::report());
    }
    if let Some(file) = TRACE_FILE.get() {
        match gilt::lab::write_timeline(std::path::Path::new(file)) {
            Ok((n, 0)) => eprintln!("gilt: wrote a timeline of {n} events to {file}"),
            Ok((n, dropped)) => eprintln!(
                "gilt: wrote a timeline of {n} events to {file} ({dropped} later events \
                 dropped: past the limit)"
            ),
            Err(e) => eprintln!("gilt: cannot write the timeline to {file}: {e}"),
        }
    }
}

/// `-X sched=SEED` or `SEED:N`: the seed, and the mean number of safe points between switches.
fn parse_sched(spec: &str) -> Option<(u64, u64)> {
    let (seed, mean) = match spec.split_once(':') {
        Some((s, n)) => (s, n.parse().ok().filter(|&n| n > 0)?),
        None => (spec, gilt::lab::DEFAULT_SCHEDULE_MEAN),
    };
    Some((seed.parse().ok()?, mean))
}

/// Where `-X trace=FILE` writes the timeline.
static TRACE_FILE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Whether `-X stats` was given (`set`: it was, now).
fn lab_stats(set: bool) -> bool {
    static ON: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if set {
        ON.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    ON.load(std::sync::atomic::Ordering::Relaxed)
}

/// Ends the process the way CPython does after an uncaught `KeyboardInterrupt`: with the
/// default SIGINT action, so a shell sees status 130 and a parent sees death by signal 2.
/// Output must be flushed first.
fn die_of_sigint() {
    let _ = std::io::stdout().flush();
    #[cfg(unix)]
    // SAFETY: restoring the default disposition, unblocking SIGINT in this thread and raising
    // it there are plain system calls with valid arguments (a zero-initialised, then emptied,
    // signal set); no Rust state is involved.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::raise(libc::SIGINT);
    }
    // Still alive (no signals here): exit as a shell reports a death by SIGINT.
    std::process::exit(130);
}

/// Prints an error as CPython would and returns the exit status.
fn report(e: &Error) -> i32 {
    let _ = std::io::stdout().flush();
    match e {
        Error::Exit(code) => *code,
        Error::Syntax { report, .. } => {
            eprint!("{report}");
            1
        }
        Error::Exception { traceback, .. } => {
            eprint!("{traceback}");
            1
        }
        Error::Limit(l) => {
            eprintln!("gilt: {l}");
            1
        }
    }
}

/// What the REPL has read so far amounts to.
#[derive(PartialEq)]
enum Entered {
    /// Compiles (a compound statement may still go on, until a blank line).
    Complete,
    /// Needs more lines: an open bracket, string or block at the end.
    Incomplete,
    /// A syntax error no further line can mend: reported at once, as CPython does.
    Invalid,
}

/// Whether the statement begins a block (`if`, `def`, a decorator, …), which the REPL ends
/// at a blank line.
fn starts_block(buf: &str) -> bool {
    let first = buf.trim_start();
    first.starts_with('@')
        || [
            "if", "for", "while", "def", "class", "with", "try", "async", "match",
        ]
        .iter()
        .any(|k| {
            first.strip_prefix(k).is_some_and(|rest| {
                rest.starts_with(|c: char| c.is_whitespace() || c == ':' || c == '(')
            })
        })
}

fn entered(buf: &str) -> Entered {
    match gilt::check_syntax(buf, "<stdin>") {
        Ok(_) => Entered::Complete,
        Err(Error::Syntax { message, line, .. }) => {
            // a block header on the last line wants its body; a body that is not indented
            // (the error on a line typed after the header) is an error
            let last = buf.lines().count();
            let at_end = line >= last
                && buf
                    .lines()
                    .last()
                    .is_some_and(|l| l.trim_end().ends_with(':'));
            if message.contains("was never closed")
                || message.contains("unexpected EOF")
                || message.starts_with("unterminated triple-quoted")
                || (message.starts_with("expected an indented block") && at_end)
            {
                Entered::Incomplete
            } else {
                Entered::Invalid
            }
        }
        Err(_) => Entered::Invalid,
    }
}

fn show_prompt(text: &str) {
    if std::io::stdin().is_terminal() {
        print!("{text}");
        let _ = std::io::stdout().flush();
    } else {
        gilt::flush_stdout();
        eprint!("{text}");
    }
}

/// What the REPL does with what it read.
enum Input {
    Line(String),
    Eof,
    Interrupted,
}

/// Where the REPL's lines come from: a line editor at a terminal (editing, history in
/// `~/.gilt_history`, Tab completion of names and attributes), else plain lines.
enum Reader<'a> {
    Editor(Box<rustyline::Editor<Completion<'a>, rustyline::history::DefaultHistory>>),
    Plain,
}

/// Tab completion from the interpreter's names (`Interpreter::complete`); on a line with only
/// spaces before the cursor, Tab indents.
struct Completion<'a>(&'a Interpreter);

impl rustyline::completion::Completer for Completion<'_> {
    type Candidate = String;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        if before.trim().is_empty() {
            return Ok((pos, vec!["    ".to_string()]));
        }
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        Ok((start, self.0.complete(&before[start..])))
    }
}

impl rustyline::hint::Hinter for Completion<'_> {
    type Hint = String;
}
impl rustyline::highlight::Highlighter for Completion<'_> {}
impl rustyline::validate::Validator for Completion<'_> {}
impl rustyline::Helper for Completion<'_> {}

impl<'a> Reader<'a> {
    fn new(interp: &'a Interpreter) -> Reader<'a> {
        let terminal = std::io::stdin().is_terminal()
            && std::io::stdout().is_terminal()
            && std::env::var("TERM").map_or(true, |t| t != "dumb");
        if !terminal {
            return Reader::Plain;
        }
        let config = rustyline::Config::builder()
            .completion_type(rustyline::CompletionType::List)
            .auto_add_history(false)
            .build();
        match rustyline::Editor::with_config(config) {
            Ok(mut ed) => {
                ed.set_helper(Some(Completion(interp)));
                if let Some(h) = history_file() {
                    let _ = ed.load_history(&h);
                }
                Reader::Editor(Box::new(ed))
            }
            Err(_) => Reader::Plain,
        }
    }

    /// Shows `prompt` and reads one line. A plain prompt goes to standard output at a terminal
    /// and to standard error otherwise (`gilt -i script < input`), as CPython's does, so a
    /// program's output stays apart from it.
    fn line(&mut self, prompt: &str) -> Input {
        match self {
            Reader::Editor(ed) => {
                gilt::flush_stdout();
                match ed.readline(prompt) {
                    Ok(l) => {
                        if !l.trim().is_empty() {
                            let _ = ed.add_history_entry(l.as_str());
                        }
                        Input::Line(l)
                    }
                    Err(rustyline::error::ReadlineError::Interrupted) => Input::Interrupted,
                    Err(_) => Input::Eof,
                }
            }
            Reader::Plain => {
                show_prompt(prompt);
                match gilt::read_console_line() {
                    Ok(gilt::ConsoleLine::Line(l)) => Input::Line(l),
                    Ok(gilt::ConsoleLine::Interrupted) => Input::Interrupted,
                    Ok(gilt::ConsoleLine::Eof) | Err(_) => Input::Eof,
                }
            }
        }
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        if let (Reader::Editor(ed), Some(h)) = (self, history_file()) {
            let _ = ed.save_history(&h);
        }
    }
}

/// `~/.gilt_history`, where the REPL keeps the lines typed (as CPython keeps
/// `~/.python_history`).
fn history_file() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".gilt_history"))
}

/// The interactive loop. Ctrl-C while a line is typed drops the statement being entered and
/// prints `KeyboardInterrupt` (as CPython does); Ctrl-C while a statement runs raises
/// `KeyboardInterrupt` in it, whose traceback is printed; either way a new prompt follows.
fn repl(interp: &Interpreter) -> i32 {
    let mut reader = Reader::new(interp);
    'statements: loop {
        let mut buf = match reader.line(">>> ") {
            Input::Line(l) => l,
            Input::Eof => {
                show_prompt("\n");
                return 0;
            }
            Input::Interrupted => {
                eprint!("\nKeyboardInterrupt\n");
                continue;
            }
        };
        let mut state = entered(&buf);
        // a compound statement goes on until a blank line; a simple one runs once complete
        let compound = starts_block(&buf);
        let mut need_more =
            state == Entered::Incomplete || (state == Entered::Complete && compound);
        while need_more {
            match reader.line("... ") {
                Input::Line(l) => {
                    if l.trim().is_empty() && state != Entered::Incomplete {
                        need_more = false;
                    } else {
                        buf.push('\n');
                        buf.push_str(&l);
                        state = entered(&buf);
                        need_more = state == Entered::Incomplete
                            || (state == Entered::Complete && compound);
                    }
                }
                Input::Eof => need_more = false,
                Input::Interrupted => {
                    eprint!("\nKeyboardInterrupt\n");
                    continue 'statements;
                }
            }
        }
        if buf.trim().is_empty() {
            continue;
        }
        let source = gilt::repl_source(&buf);
        match interp.run(&source, "<stdin>") {
            Ok(()) => {}
            Err(Error::Exit(code)) => return code,
            Err(e) => {
                report(&e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// When the REPL runs what was typed, asks for more, or reports an error at once: as
    /// CPython's does.
    #[test]
    fn the_repl_knows_when_a_statement_is_complete() {
        let state = |s: &str| match entered(s) {
            Entered::Complete => "complete",
            Entered::Incomplete => "incomplete",
            Entered::Invalid => "invalid",
        };
        assert_eq!(state("x = 1"), "complete");
        assert_eq!(state("for i in range(2):"), "incomplete");
        assert_eq!(state("for i in range(2):\n    print(i)"), "complete");
        assert_eq!(state("(1,"), "incomplete");
        assert_eq!(state("'''doc"), "incomplete");
        // a body that is not indented is an error straight away, not a wait for more
        assert_eq!(state("if True:\nx = 1"), "invalid");
        assert_eq!(state("x = = 1"), "invalid");
        assert!(starts_block("for i in range(3): print(i)"));
        assert!(starts_block("@decorator"));
        assert!(starts_block("if(x): pass"));
        assert!(!starts_block("format = 1"));
        assert!(!starts_block("(1,\n2)"));
    }
}
