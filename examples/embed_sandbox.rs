//! Running untrusted scripts: what they may touch (files, environment, clock, threads), an
//! operation budget, a memory cap, a timeout, and a cancel handle that stops a running script
//! from another thread. A script cannot catch any of these limits, not even with a bare
//! `except:`.
//!
//! Run with `cargo run --example embed_sandbox` (add `--features free-threading` for the
//! free-threaded build).

use gilt::{Capture, Error, Interpreter, Limit, Permissions};
use std::time::{Duration, Instant};

// The memory cap counts the bytes Gilt's allocator hands out: a host that wants it installs
// that allocator (the `gilt` binary does the same).
#[global_allocator]
static ALLOCATOR: gilt::CachingAlloc = gilt::CachingAlloc;

/// A script that tries to keep going whatever happens to it.
const STUBBORN: &str = "
while True:
    try:
        while True:
            pass
    except:
        pass
";

fn main() -> Result<(), Error> {
    // 1. nothing but computation: no files, environment, clock or threads
    let out = Capture::new();
    let sandbox = Interpreter::builder()
        .permissions(Permissions::NONE)
        .stdout(out.clone())
        .build();
    sandbox.exec("print(sum(i * i for i in range(10)))")?;
    print!("allowed computation printed: {}", out.take());
    for attempt in [
        "open('secrets.txt')",
        "import os; os.getenv('HOME')",
        "import time; time.time()",
        "import threading; threading.Thread(target=print).start()",
    ] {
        let err = sandbox.exec(attempt).unwrap_err();
        let last = err
            .to_string()
            .lines()
            .last()
            .unwrap_or_default()
            .to_string();
        println!("{attempt:<58} -> {last}");
    }

    // 2. an operation budget: the stubborn script stops, and the interpreter stays usable
    let budget = Interpreter::builder().operation_limit(100_000).build();
    let err = budget.exec(STUBBORN).unwrap_err();
    assert_eq!(err, Error::Limit(Limit::Operations));
    println!(
        "operation budget: {err}; afterwards 2 + 2 = {}",
        budget.eval::<i64>("2 + 2")?
    );

    // 3. a memory cap of 64 MB
    let capped = Interpreter::builder().memory_limit(64 << 20).build();
    let err = capped
        .exec("hoard = []\nwhile True:\n    try:\n        hoard.append('x' * 100_000)\n    except:\n        pass")
        .unwrap_err();
    assert_eq!(err, Error::Limit(Limit::Memory));
    capped.exec("n = len(hoard); hoard = None")?;
    println!(
        "memory cap: {err} after {} strings of 100 kB",
        capped.get::<i64>("n")?
    );

    // 4. a timeout per call from the host
    let timed = Interpreter::builder()
        .timeout(Duration::from_millis(100))
        .build();
    let start = Instant::now();
    let err = timed.exec(STUBBORN).unwrap_err();
    assert_eq!(err, Error::Limit(Limit::Time));
    println!(
        "timeout: {err} after {} ms",
        start.elapsed().as_millis() / 10 * 10
    );

    // 5. a cancel handle: another thread stops the script
    let interp = Interpreter::new();
    let cancel = interp.cancel_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        cancel.cancel();
    });
    let err = interp.exec(STUBBORN).unwrap_err();
    stopper.join().expect("the stopping thread ends");
    assert_eq!(err, Error::Limit(Limit::Cancelled));
    println!(
        "cancel handle: {err}; the interpreter runs on: {}",
        interp.eval::<String>("'yes'")?
    );
    Ok(())
}

#[test]
fn runs() {
    main().expect("the example runs");
}
