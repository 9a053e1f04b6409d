//! The embedding API as a host application uses it: values held across calls, typed
//! conversions, Rust functions called from scripts, errors, and host threads.

use gilt::{Error, Exception, Handle, Interpreter};
use std::collections::HashMap;
use std::sync::Arc;

fn exception_type(e: &Error) -> &str {
    match e {
        Error::Exception { type_name, .. } => type_name,
        _ => "",
    }
}

#[test]
fn interpreters_and_handles_are_send_and_sync() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Interpreter>();
    shareable::<Handle>();
    shareable::<Error>();
    shareable::<gilt::Compiled>();
    shareable::<gilt::CancelHandle>();
}

#[test]
fn compiled_code_runs_in_many_threads_and_interpreters() {
    let first = Interpreter::new();
    let code = Arc::new(first.compile("total = sum(range(n))", "<shared>").unwrap());
    let workers: Vec<_> = (1..=4i64)
        .map(|k| {
            let code = Arc::clone(&code);
            std::thread::spawn(move || {
                let interp = Interpreter::new();
                interp.set("n", k * 10).unwrap();
                interp.run_compiled(&code).unwrap();
                interp.get::<i64>("total").unwrap()
            })
        })
        .collect();
    let totals: Vec<i64> = workers.into_iter().map(|w| w.join().unwrap()).collect();
    assert_eq!(totals, [45, 190, 435, 780]);
}

#[test]
fn conversions_round_trip_and_mismatches_are_type_errors() {
    let interp = Interpreter::new();
    interp.set("big", u64::MAX).unwrap();
    assert_eq!(
        interp.eval::<String>("str(big)").unwrap(),
        "18446744073709551615"
    );
    assert_eq!(interp.get::<u64>("big").unwrap(), u64::MAX);
    let e = interp.get::<i64>("big").unwrap_err();
    assert_eq!(exception_type(&e), "OverflowError");
    assert_eq!(
        exception_type(&interp.eval::<u8>("256").unwrap_err()),
        "OverflowError"
    );
    assert_eq!(interp.eval::<u8>("255").unwrap(), 255);
    let huge: num_bigint::BigInt = interp.eval("2 ** 100").unwrap();
    assert_eq!(huge.to_string(), "1267650600228229401496703205376");
    assert_eq!(interp.eval::<i64>("True").unwrap(), 1);
    assert_eq!(
        exception_type(&interp.eval::<bool>("1").unwrap_err()),
        "TypeError"
    );
    assert_eq!(interp.eval::<f64>("3").unwrap(), 3.0);
    assert_eq!(
        exception_type(&interp.eval::<Vec<i64>>("'abc'").unwrap_err()),
        "TypeError"
    );
    let nested: Vec<Option<(i64, String)>> = interp.eval("[(1, 'a'), None]").unwrap();
    assert_eq!(nested, [Some((1, "a".to_string())), None]);
    assert_eq!(
        exception_type(&interp.eval::<(i64, i64)>("(1, 2, 3)").unwrap_err()),
        "ValueError"
    );
    let mut m = HashMap::new();
    m.insert("x".to_string(), vec![1.5, 2.5]);
    interp.set("m", m.clone()).unwrap();
    assert_eq!(interp.eval::<f64>("sum(m['x'])").unwrap(), 4.0);
    assert_eq!(interp.get::<HashMap<String, Vec<f64>>>("m").unwrap(), m);
    interp.eval::<()>("None").unwrap();
}

#[test]
fn rust_functions_convert_arguments_and_report_errors() {
    let interp = Interpreter::new();
    interp.register_fn("no_args", || 7).unwrap();
    interp
        .register_fn(
            "eight",
            |a: i64, b: i64, c: i64, d: i64, e: i64, f: i64, g: i64, h: i64| {
                a + b + c + d + e + f + g + h
            },
        )
        .unwrap();
    interp
        .register_fn("parse", |s: String| s.parse::<i64>())
        .unwrap();
    interp
        .register_fn("read", |p: String| std::fs::read_to_string(p))
        .unwrap();
    interp
        .register_fn("fail", |kind: String| -> Result<(), Exception> {
            Err(Exception::new(kind, "from Rust"))
        })
        .unwrap();
    interp
        .register_fn("boom", |_: i64| -> i64 { panic!("deliberate") })
        .unwrap();
    assert_eq!(
        interp
            .eval::<i64>("no_args() + eight(1, 2, 3, 4, 5, 6, 7, 8)")
            .unwrap(),
        43
    );
    assert_eq!(interp.eval::<i64>("parse('-12')").unwrap(), -12);
    assert_eq!(
        exception_type(&interp.eval::<i64>("parse('x')").unwrap_err()),
        "ValueError"
    );
    assert_eq!(
        exception_type(&interp.eval::<String>("read('/no/such/file')").unwrap_err()),
        "OSError"
    );
    assert_eq!(
        exception_type(&interp.eval::<()>("fail('KeyError')").unwrap_err()),
        "KeyError"
    );
    assert_eq!(
        exception_type(&interp.eval::<()>("fail('NoSuchError')").unwrap_err()),
        "RuntimeError"
    );
    let e = interp.eval::<i64>("no_args(1)").unwrap_err();
    assert!(
        e.to_string()
            .ends_with("TypeError: no_args() takes 0 arguments (1 given)"),
        "{e}"
    );
    let e = interp.eval::<i64>("eight(1)").unwrap_err();
    assert!(
        e.to_string()
            .ends_with("TypeError: eight() takes 8 arguments (1 given)"),
        "{e}"
    );
    // a panic is an exception the script can catch, and the interpreter goes on
    interp
        .exec("try:\n    boom(1)\nexcept RuntimeError as e:\n    caught = str(e)\n")
        .unwrap();
    assert_eq!(
        interp.get::<String>("caught").unwrap(),
        "Rust function boom() panicked: deliberate"
    );
    assert_eq!(
        interp.eval::<String>("repr(no_args)").unwrap(),
        "<built-in function no_args>"
    );
    assert!(interp
        .eval::<bool>("callable(no_args) and not callable(caught)")
        .unwrap());
    // a Rust function can call back into the interpreter through a handle
    let shared = Arc::new(Interpreter::new());
    shared.exec("def square(x): return x * x").unwrap();
    let square: Handle = shared.get("square").unwrap();
    shared
        .register_fn("twice_square", move |x: i64| -> Result<i64, Exception> {
            let s: i64 = square
                .call((x,))
                .and_then(|h| h.extract())
                .map_err(|e| Exception::new("RuntimeError", e.to_string()))?;
            Ok(2 * s)
        })
        .unwrap();
    assert_eq!(shared.eval::<i64>("twice_square(5)").unwrap(), 50);
}

#[test]
fn host_threads_call_in_concurrently() {
    let interp = Arc::new(Interpreter::new());
    interp
        .exec("log = []\ndef record(who, n):\n    log.append((who, n))\n    return n * 2")
        .unwrap();
    interp
        .register_fn("rust_add", |a: i64, b: i64| a + b)
        .unwrap();
    let log: Handle = interp.get("log").unwrap();
    let workers: Vec<_> = (0..4i64)
        .map(|k| {
            let interp = Arc::clone(&interp);
            let log = log.clone();
            std::thread::spawn(move || {
                let mut total = 0;
                for i in 0..250i64 {
                    total += interp.call::<i64>("record", (k, i)).unwrap();
                    total += interp.eval::<i64>(&format!("rust_add({k}, {i})")).unwrap();
                    if i % 50 == 0 {
                        log.call_method("append", ((k, -1),)).unwrap();
                    }
                }
                total
            })
        })
        .collect();
    let totals: Vec<i64> = workers.into_iter().map(|w| w.join().unwrap()).collect();
    for (k, t) in totals.iter().enumerate() {
        assert_eq!(*t, 3 * (0..250).sum::<i64>() + 250 * k as i64);
    }
    assert_eq!(interp.eval::<usize>("len(log)").unwrap(), 4 * 250 + 4 * 5);
}

/// The README's "Embed" snippet, as written there.
#[test]
fn the_readme_snippet_runs() -> Result<(), gilt::Error> {
    let interp = Interpreter::new();
    interp.register_fn("celsius", |f: f64| (f - 32.0) * 5.0 / 9.0)?; // a Rust function for scripts
    interp.exec("def warmest(temps):\n    return max(celsius(t) for t in temps)")?;
    interp.set("temps", vec![41.0, 68.0, 95.0])?; // Rust value -> global
    let w: f64 = interp.eval("warmest(temps)")?; // expression -> Rust value
    let f: Handle = interp.get("warmest")?; // a Gilt object held from Rust
    let again: f64 = f.call((vec![50.0],))?.extract()?;
    assert_eq!((w, again), (35.0, 10.0));
    Ok(())
}

#[test]
fn each_interpreter_writes_to_its_own_sinks() {
    let (out_a, err_a, out_b) = (
        gilt::Capture::new(),
        gilt::Capture::new(),
        gilt::Capture::new(),
    );
    let a = Interpreter::builder()
        .stdout(out_a.clone())
        .stderr(err_a.clone())
        .build();
    let b = Interpreter::builder().stdout(out_b.clone()).build();
    a.exec(concat!(
        "import sys, threading\n",
        "print('a main')\n",
        "t = threading.Thread(target=lambda: print('a thread'))\n",
        "t.start(); t.join()\n",
        "sys.stdout.write('a write\\n')\n",
        "print('a err', file=sys.stderr)\n",
        "class Loud:\n",
        "    def __del__(self): raise ValueError('in del')\n",
        "Loud()\n",
        "def bad(): raise KeyError('in thread')\n",
        "t = threading.Thread(target=bad)\n",
        "t.start(); t.join()\n",
    ))
    .unwrap();
    b.exec("print('b main')").unwrap();
    assert_eq!(out_a.take(), "a main\na thread\na write\n");
    assert_eq!(out_b.take(), "b main\n");
    let err = err_a.take();
    assert!(
        err.starts_with("a err\nException ignored in: <function Loud.__del__"),
        "{err}"
    );
    assert!(err.contains("ValueError: in del\n"), "{err}");
    assert!(err.contains("Exception in thread"), "{err}");
    assert!(err.ends_with("KeyError: 'in thread'\n"), "{err}");
}

#[test]
fn limits_stop_scripts_that_catch_everything() {
    use gilt::Limit;
    use std::time::{Duration, Instant};
    let stubborn = concat!(
        "def spin():\n",
        "    while True:\n",
        "        try:\n",
        "            for i in range(10 ** 9): pass\n",
        "        except BaseException:\n",
        "            pass\n",
        "        finally:\n",
        "            escaped.append(1)\n",
        "escaped = []\n",
        "try:\n",
        "    spin()\n",
        "except:\n",
        "    pass\n",
    );
    let interp = Interpreter::builder().operation_limit(10_000).build();
    assert_eq!(interp.exec(stubborn), Err(Error::Limit(Limit::Operations)));
    assert_eq!(interp.eval::<usize>("len(escaped)").unwrap(), 0);
    // the budget is per call: the next call runs
    assert_eq!(interp.eval::<i64>("sum(range(10))").unwrap(), 45);

    let interp = Interpreter::builder()
        .timeout(Duration::from_millis(100))
        .build();
    let start = Instant::now();
    assert_eq!(interp.exec(stubborn), Err(Error::Limit(Limit::Time)));
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(interp.eval::<i64>("2 * 21").unwrap(), 42);

    let interp = Arc::new(Interpreter::new());
    let cancel = interp.cancel_handle();
    let worker = {
        let interp = Arc::clone(&interp);
        std::thread::spawn(move || interp.exec(stubborn))
    };
    std::thread::sleep(Duration::from_millis(50));
    cancel.cancel();
    assert_eq!(worker.join().unwrap(), Err(Error::Limit(Limit::Cancelled)));
    assert_eq!(interp.eval::<i64>("len(escaped)").unwrap(), 0);
}
