//! Host threads and Gilt threads around Rust work: a Rust function that does 200 ms of
//! computing, called from two Gilt threads, once holding the lock and once inside
//! `gilt::allow_threads`. With the GIL, only the second overlaps; the free-threaded build
//! overlaps both. Then four host threads call into one interpreter at once.
//!
//! Run with `cargo run --release --example embed_threads` (and `--features free-threading`).

use gilt::Interpreter;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// About `ms` milliseconds of computing (not sleeping: a sleep would not need the CPU).
fn busy(ms: u64) -> u64 {
    let end = Instant::now() + Duration::from_millis(ms);
    let mut x = 0u64;
    while Instant::now() < end {
        for i in 0..10_000u64 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(i);
        }
    }
    x
}

fn two_threads(interp: &Interpreter, function: &str) -> Result<Duration, gilt::Error> {
    let start = Instant::now();
    interp.exec(&format!(
        "import threading\n\
         ts = [threading.Thread(target={function}, args=(200,)) for _ in range(2)]\n\
         for t in ts: t.start()\n\
         for t in ts: t.join()\n"
    ))?;
    Ok(start.elapsed())
}

fn main() -> Result<(), gilt::Error> {
    let interp = Arc::new(Interpreter::new());
    interp.register_fn("work_holding_lock", busy)?;
    interp.register_fn("work_released", |ms: u64| gilt::allow_threads(|| busy(ms)))?;
    println!("build: {:?}", gilt::BUILD_MODE);
    let held = two_threads(&interp, "work_holding_lock")?;
    let released = two_threads(&interp, "work_released")?;
    println!("two Gilt threads, 200 ms of Rust work each:");
    println!("  holding the lock:  {:>4} ms", held.as_millis());
    println!("  allow_threads:     {:>4} ms", released.as_millis());

    // host threads calling into one interpreter at once
    interp.exec("calls = []\ndef record(who): calls.append(who)")?;
    let hosts: Vec<_> = (0..4)
        .map(|k| {
            let interp = Arc::clone(&interp);
            std::thread::spawn(move || {
                for _ in 0..100 {
                    interp.call::<()>("record", (k,))?;
                }
                Ok::<_, gilt::Error>(())
            })
        })
        .collect();
    for h in hosts {
        h.join().expect("host thread")?;
    }
    println!(
        "calls from 4 host threads: {}",
        interp.eval::<usize>("len(calls)")?
    );
    Ok(())
}

#[test]
fn runs() {
    main().expect("the example runs");
}
