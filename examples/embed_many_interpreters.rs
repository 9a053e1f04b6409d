//! Several interpreters in one process: each has its own modules, globals, `sys` and GIL, and
//! host threads run them side by side — in parallel, in both builds. The example checks the
//! isolation, then times two interpreters running a CPU-bound script on two threads against
//! one alone (best of three runs each).
//!
//! Run with `cargo run --release --example embed_many_interpreters` (add `--features
//! free-threading` for the free-threaded build).

use gilt::{Error, Interpreter};
use std::time::{Duration, Instant};

const WORK: &str = "
def count_primes(limit):
    found = 0
    for n in range(2, limit):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            found += 1
    return found
";

fn main() -> Result<(), Error> {
    // isolation: the same names, different worlds
    let a = Interpreter::builder().argv(["a.py"]).build();
    let b = Interpreter::builder().argv(["b.py", "--verbose"]).build();
    a.exec("import sys, math\nsys.setrecursionlimit(200)\nmath.tau = 'changed in a'\nname = 'a'")?;
    b.exec("import sys, math\nname = 'b'")?;
    println!(
        "a: name={} argv={:?} recursionlimit={} math.tau={}",
        a.get::<String>("name")?,
        a.eval::<Vec<String>>("sys.argv")?,
        a.eval::<i64>("sys.getrecursionlimit()")?,
        a.eval::<String>("str(math.tau)")?
    );
    println!(
        "b: name={} argv={:?} recursionlimit={} math.tau={}",
        b.get::<String>("name")?,
        b.eval::<Vec<String>>("sys.argv")?,
        b.eval::<i64>("sys.getrecursionlimit()")?,
        b.eval::<String>("str(math.tau)")?
    );
    assert!(b.eval::<bool>("'count_primes' not in globals()")?);

    // one interpreter alone, then two at once on two host threads
    let limit: i64 = if cfg!(debug_assertions) {
        20_000
    } else {
        100_000
    };
    let solo = Interpreter::new();
    solo.exec(WORK)?;
    let pair: Vec<Interpreter> = (0..2).map(|_| Interpreter::new()).collect();
    for i in &pair {
        i.exec(WORK)?;
    }
    let (mut one, mut two) = (Duration::MAX, Duration::MAX);
    let mut alone = 0;
    for _ in 0..3 {
        let start = Instant::now();
        alone = solo.call("count_primes", (limit,))?;
        one = one.min(start.elapsed());

        let start = Instant::now();
        let results = std::thread::scope(|s| {
            let running: Vec<_> = pair
                .iter()
                .map(|i| s.spawn(move || i.call::<i64>("count_primes", (limit,))))
                .collect();
            running
                .into_iter()
                .map(|t| t.join().expect("an interpreter thread ends"))
                .collect::<Result<Vec<i64>, Error>>()
        })?;
        two = two.min(start.elapsed());
        assert!(results.iter().all(|&r| r == alone));
    }
    println!(
        "{}: primes below {limit}: {alone}; one interpreter {:.0} ms, two on two threads {:.0} ms ({:.2}x the work per second)",
        gilt::BUILD_MODE.describe(),
        one.as_secs_f64() * 1e3,
        two.as_secs_f64() * 1e3,
        2.0 * one.as_secs_f64() / two.as_secs_f64()
    );
    Ok(())
}

#[test]
fn runs() {
    main().expect("the example runs");
}
