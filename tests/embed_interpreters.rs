//! Several interpreters in one process, each with its own GIL: they run in parallel (in the
//! GIL build too), share no objects, and call into one another without deadlock. Run under
//! ThreadSanitizer in the GIL build as well (docs/TESTING.md), which is what shows that what
//! they share is only read.

use gilt::{Capture, Error, Handle, Interpreter};
use std::sync::Arc;

/// A program that touches much of the runtime: classes and instances, exceptions, generators,
/// closures, dict/set/str work, cycles for the collector, `__del__`, weak references, threads
/// and modules. It prints one line, the same every time.
const WORKLOAD: &str = r#"
import gc, weakref, threading, math
counting = threading.Lock()
class Node:
    count = 0
    def __init__(self, v):
        self.v = v
        self.next = self
        with counting:
            Node.count += 1
    def __repr__(self): return f"Node({self.v})"
class Loud(Node):
    deleted = 0
    def __del__(self): Loud.deleted += 1
def gen(n):
    for i in range(n):
        yield i * i
def work(seed):
    total = 0
    words = {}
    for i in range(300):
        n = Loud(i) if i % 7 == 0 else Node(i)
        r = weakref.ref(n)
        total += sum(gen(i % 10)) + len(repr(n))
        words[str(i % 13)] = words.get(str(i % 13), 0) + 1
        try:
            if i % 11 == 0:
                raise ValueError(f"bad {i}")
        except ValueError as e:
            total += len(str(e))
        s = {i, i + 1, "x" * (i % 5)}
        total += len(s) + int(math.sqrt(i))
        del n
    return total, sorted(words.items())[:3]
results = []
def run(k):
    results.append(work(k))
ts = [threading.Thread(target=run, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
gc.collect()
print(results[0] == results[1], results[0][0], Loud.deleted > 0, Node.count)
"#;

#[test]
fn interpreters_run_the_same_program_in_parallel() {
    let expected = {
        let out = Capture::new();
        let interp = Interpreter::builder().stdout(out.clone()).build();
        interp.exec(WORKLOAD).unwrap();
        out.take()
    };
    assert!(expected.starts_with("True "), "{expected}");
    let workers: Vec<_> = (0..3)
        .map(|_| {
            std::thread::spawn(|| {
                let out = Capture::new();
                let interp = Interpreter::builder().stdout(out.clone()).build();
                for _ in 0..3 {
                    interp.exec(WORKLOAD).unwrap();
                }
                out.take()
            })
        })
        .collect();
    for w in workers {
        assert_eq!(w.join().unwrap(), expected.repeat(3));
    }
}

#[test]
fn interpreters_call_into_each_other_from_rust_functions() {
    // `a.twice(x)` asks `b`, and `b.plus_one(x)` asks `a`: two threads cross over in opposite
    // directions at once, and neither waits for the other's lock while holding its own.
    let a = Arc::new(Interpreter::new());
    let b = Arc::new(Interpreter::new());
    a.exec("def inc(x): return x + 1").unwrap();
    b.exec("def dbl(x): return 2 * x").unwrap();
    {
        let b = Arc::clone(&b);
        a.register_fn("twice", move |x: i64| b.call::<i64>("dbl", (x,)))
            .unwrap();
    }
    {
        let a = Arc::clone(&a);
        b.register_fn("plus_one", move |x: i64| a.call::<i64>("inc", (x,)))
            .unwrap();
    }
    a.exec("def loop(n):\n    t = 0\n    for i in range(n): t += twice(i)\n    return t")
        .unwrap();
    b.exec("def loop(n):\n    t = 0\n    for i in range(n): t += plus_one(i)\n    return t")
        .unwrap();
    let ta = {
        let a = Arc::clone(&a);
        std::thread::spawn(move || a.call::<i64>("loop", (2000,)).unwrap())
    };
    let tb = {
        let b = Arc::clone(&b);
        std::thread::spawn(move || b.call::<i64>("loop", (2000,)).unwrap())
    };
    assert_eq!(ta.join().unwrap(), 2 * (1999 * 2000 / 2));
    assert_eq!(tb.join().unwrap(), 1999 * 2000 / 2 + 2000);
    // the functions hold each other's interpreter: break the cycle
    a.exec("del twice").unwrap();
    b.exec("del plus_one").unwrap();
}

#[test]
fn an_object_of_one_interpreter_is_refused_by_another() {
    let a = Interpreter::new();
    let b = Interpreter::new();
    let list = a.eval::<Handle>("[1, 2, 3]").unwrap();
    let err = b.set("x", &list).unwrap_err();
    let Error::Exception {
        type_name, message, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(type_name, "TypeError");
    assert!(message.contains("another interpreter"), "{message}");
    let len = b.eval::<Handle>("len").unwrap();
    assert!(len.call((&list,)).is_err());
    // in its own interpreter it is fine, and a Rust value crosses anywhere
    a.set("x", &list).unwrap();
    b.set("x", list.extract::<Vec<i64>>().unwrap()).unwrap();
    assert_eq!(b.eval::<i64>("sum(x)").unwrap(), 6);
}

#[test]
fn a_handle_kept_by_another_interpreter_is_let_go_inside_its_free() {
    // `b`'s function holds a handle of `a`'s; freeing the function (in `b`, in the middle of
    // a free) drops the handle, which takes `a`'s lock without letting go of `b`'s.
    let a = Interpreter::new();
    let b = Interpreter::new();
    for _ in 0..50 {
        let obj = a.eval::<Handle>("object()").unwrap();
        b.register_fn("keep", move || obj.type_name()).unwrap();
        assert_eq!(b.eval::<String>("keep()").unwrap(), "object");
        b.exec("del keep").unwrap();
    }
    assert_eq!(a.eval::<i64>("1 + 1").unwrap(), 2);
}

#[test]
fn handles_of_two_interpreters_kept_by_each_other_are_let_go() {
    // each interpreter's function keeps a handle of the other's; freeing one frees the other
    // inside the first one's free, and neither waits for a lock it holds
    let a = Interpreter::new();
    let b = Interpreter::new();
    let ha = a.eval::<Handle>("object()").unwrap();
    b.register_fn("k", move || ha.type_name()).unwrap();
    let hb = b.eval::<Handle>("k").unwrap();
    b.exec("del k").unwrap();
    a.register_fn("j", move || hb.type_name()).unwrap();
    a.exec("del j").unwrap();
    assert_eq!(a.eval::<i64>("2 + 2").unwrap(), 4);
    assert_eq!(b.eval::<i64>("3 + 3").unwrap(), 6);
    // a nested structure of one freed inside the other's free
    b.exec("deep = []\nfor _ in range(100):\n    deep = [deep]")
        .unwrap();
    let deep = b.get::<Handle>("deep").unwrap();
    b.exec("del deep").unwrap();
    a.register_fn("d", move || deep.type_name()).unwrap();
    a.exec("del d").unwrap();
    assert_eq!(b.eval::<i64>("len([1, 2])").unwrap(), 2);
}

#[test]
fn an_exception_of_another_interpreter_is_raised_as_a_new_one() {
    let a = Arc::new(Interpreter::new());
    let b = Arc::new(Interpreter::new());
    b.exec("class Odd(Exception): pass\ndef check(x):\n    if x < 0: raise ValueError('negative')\n    if x % 2: raise Odd('odd')\n    return x").unwrap();
    {
        let b = Arc::clone(&b);
        a.register_fn("check", move |x: i64| b.call::<i64>("check", (x,)))
            .unwrap();
    }
    a.exec(concat!(
        "try:\n    check(-1)\nexcept ValueError as e:\n    first = str(e)\n",
        "try:\n    check(3)\nexcept RuntimeError as e:\n    second = str(e)\n",
    ))
    .unwrap();
    assert_eq!(a.get::<String>("first").unwrap(), "negative");
    assert_eq!(a.get::<String>("second").unwrap(), "Odd: odd");
    a.exec("del check").unwrap();
}

#[test]
fn a_finalizer_queued_by_dropping_a_handle_runs_at_once() {
    let out = Capture::new();
    let a = Interpreter::builder().stdout(out.clone()).build();
    let b = Interpreter::new();
    a.exec("class Noisy:\n    def __del__(self): print('bye')")
        .unwrap();
    let h = a.eval::<Handle>("Noisy()").unwrap();
    drop(h);
    assert_eq!(out.take(), "bye\n");
    // and so from a thread that goes on to run another interpreter
    let h = a.eval::<Handle>("Noisy()").unwrap();
    std::thread::scope(|s| {
        s.spawn(|| {
            drop(h);
            assert_eq!(b.eval::<i64>("1").unwrap(), 1);
        });
    });
    assert_eq!(out.take(), "bye\n");
}
