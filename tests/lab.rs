//! The teaching lab's instruments, as a student uses them from the `gilt` command:
//! `-X stats`, `sys._gil_stats()`, `-X trace=FILE.json` and `-X sched=SEED`.

mod common;

use common::{gilt, run_with_timeout, RunOutput, TIMEOUT};

fn run(args: &[&str]) -> RunOutput {
    let out = run_with_timeout(&gilt(), args, None, &[], TIMEOUT);
    assert!(!out.panicked(), "gilt panicked: {}", out.panic_summary());
    out
}

/// Two threads that spin, and two that sleep.
const THREADS: &str = "
import threading, time
def spin():
    n = 0
    for i in range(400_000):
        n += i
def nap():
    time.sleep(0.05)
ts = [threading.Thread(target=spin) for _ in range(2)]
ts += [threading.Thread(target=nap, name='napper-%d' % i) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print('done')
";

#[test]
fn stats_report_every_thread_at_exit() {
    let out = run(&["-X", "stats", "-c", THREADS]);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "done\n");
    let report = &out.stderr;
    assert!(report.starts_with("gilt -X stats: "), "{report}");
    for name in [
        "MainThread",
        "Thread-1 (spin)",
        "Thread-2 (spin)",
        "napper-0",
        "napper-1",
    ] {
        assert!(
            report.lines().any(|l| l.starts_with(name)),
            "no row for {name}:\n{report}"
        );
    }
    // a sleeper let go of the lock once, for its sleep (the `sleep` column)
    let napper = report.lines().find(|l| l.starts_with("napper-0")).unwrap();
    let cols: Vec<&str> = napper.split_whitespace().collect();
    let sleep_col = cols.len() - 5;
    assert_eq!(cols[sleep_col], "1", "{napper}");
    assert!(report.contains("all threads"), "{report}");
}

#[test]
fn gil_stats_gives_the_same_numbers_to_the_program() {
    let program = format!(
        "{THREADS}
import sys
s = sys._gil_stats()
assert s['build'] in ('GIL build', 'free-threaded build'), s['build']
assert s['switch_interval'] == sys.getswitchinterval()
names = [t['name'] for t in s['threads']]
assert names[0] == 'MainThread', names
nap = [t for t in s['threads'] if t['name'] == 'napper-1'][0]
assert nap['released']['sleep'] == 1, nap
assert nap['blocked']['sleep'] >= 0.04, nap
spin = [t for t in s['threads'] if t['name'] == 'Thread-1 (spin)'][0]
assert spin['cpu'] > 0 and spin['held'] > 0 and spin['acquisitions'] >= 1, spin
assert set(spin['released']) == {{'sleep', 'io', 'lock', 'native'}}
main = s['threads'][0]
assert main['released']['lock'] >= 1, main  # the joins
print('ok')
"
    );
    let out = run(&["-c", &program]);
    assert_eq!(out.stdout, "done\nok\n", "stderr: {}", out.stderr);
}

#[test]
fn a_trace_is_a_chrome_timeline_of_every_thread() {
    let dir = std::env::temp_dir().join(format!("gilt-lab-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("t.json");
    let opt = format!("trace={}", file.display());
    let out = run(&["-X", &opt, "-c", THREADS]);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    assert!(out.stderr.contains("wrote a timeline of"), "{}", out.stderr);
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let events = json["traceEvents"].as_array().expect("a traceEvents list");
    let named = |n: &str| {
        events
            .iter()
            .filter(|e| e["name"] == n)
            .cloned()
            .collect::<Vec<_>>()
    };
    let threads: Vec<String> = named("thread_name")
        .iter()
        .map(|e| e["args"]["name"].as_str().unwrap().to_string())
        .collect();
    for name in ["MainThread", "napper-0", "Thread-2 (spin)"] {
        assert!(threads.iter().any(|t| t == name), "{threads:?}");
    }
    let sleeps = named("sleep");
    assert_eq!(sleeps.len(), 2, "one sleep per napper");
    for s in &sleeps {
        assert_eq!(s["ph"], "X");
        assert!(s["dur"].as_f64().unwrap() >= 40_000.0, "{s}"); // microseconds
    }
    assert!(!named("running").is_empty());
    assert_eq!(json["otherData"]["dropped_events"], 0);
}

/// Threads that lose updates: `counter += step()` switches inside the call.
const RACE: &str = "
import threading
counter = 0
def step():
    return 1
def work():
    global counter
    for _ in range(3000):
        counter += step()
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
";

#[test]
fn a_seed_reproduces_an_interleaving() {
    let with_seed = |seed: &str| {
        let opt = format!("sched={seed}");
        let out = run(&["-X", &opt, "-c", RACE]);
        assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
        out.stdout
    };
    let first = with_seed("42");
    let lost = 9000 - first.trim().parse::<i64>().unwrap();
    assert!(lost > 0, "switches inside the call lose updates");
    for _ in 0..3 {
        assert_eq!(with_seed("42"), first, "the same seed, the same output");
    }
    let others: Vec<String> = ["1", "2", "3"].iter().map(|s| with_seed(s)).collect();
    assert!(
        others.iter().any(|o| *o != first),
        "other seeds interleave otherwise"
    );
    // fewer switches, fewer lost updates
    let rare = with_seed("42:100000");
    assert_eq!(rare, "9000\n");
}

#[test]
fn under_the_scheduler_sleeps_take_virtual_time() {
    let program = "
import threading, time
t0 = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(round(time.monotonic() - t0, 2))
";
    let started = std::time::Instant::now();
    let out = run(&["-X", "sched=9", "-c", program]);
    assert_eq!(out.stdout, "0.5\n", "stderr: {}", out.stderr);
    assert!(started.elapsed().as_secs_f64() < 0.4, "no real sleeping");
}

#[test]
fn a_bad_sched_option_is_reported() {
    let out = run(&["-X", "sched=x", "-c", "pass"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("-X sched wants SEED"), "{}", out.stderr);
}
