//! Small programs through the whole interpreter, sized for Miri:
//! `cargo +nightly miri test --test miri_vm` (see docs/TESTING.md). They reach the VM's
//! unchecked code — the value stack and locals read without bounds checks (`vm.rs`, trusting
//! the bytecode verifier), frames pushed and recycled through raw pointers, constants read
//! unchecked (`code.rs`), `Value` moved by `ptr::read` (`value.rs`), objects written in place
//! by `Ref::new_with`, ASCII text taken as UTF-8 unchecked (`repr.rs`, `strmethods.rs`,
//! `smallstr.rs`) — and the GIL and `sync` types with real threads. They also run as plain
//! tests in both builds. The expected values are what CPython 3 prints for the same program.

use gilt::{Interpreter, RustValue};

const PROGRAM: &str = r#"
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def gen(n):
    for i in range(n):
        yield i * i

def kw(a, b=2, *rest, c, **more):
    return a + b + len(rest) + c + len(more)

def risky(k):
    try:
        if k % 2:
            raise ValueError("odd " + str(k))
        return k
    finally:
        pass

total = 0
for i in range(6):
    p = Point(i, -i)
    total += p.norm1()
    try:
        total += risky(i)
    except ValueError as e:
        total += len(str(e))
squares = list(gen(5))
words = "the quick  brown fox".split()
text = f"{total}-{fib(7)}-{kw(1, c=3, z=9)}" + "".join(w[0] for w in words) + str(-1234)
d = {w: len(w) for w in words}
closure = (lambda k: lambda: k + 1)(41)
result = [text, squares, sorted(d.items())[0][1], closure(), 2 ** 70 // 3, 1.5 * 2]
"#;

#[test]
fn vm_runs_calls_generators_exceptions_and_strings() {
    let i = Interpreter::new();
    i.run(PROGRAM, "<miri>").unwrap();
    assert_eq!(
        i.get_global("result"),
        Some(RustValue::List(vec![
            RustValue::Str("51-13-7tqbf-1234".into()),
            RustValue::List([0, 1, 4, 9, 16].map(RustValue::Int).to_vec()),
            RustValue::Int(5),
            RustValue::Int(42),
            RustValue::BigInt("393530540239137101141".into()),
            RustValue::Float(3.0),
        ]))
    );
}

#[test]
fn threads_share_objects_under_the_runtime_locks() {
    let i = Interpreter::new();
    i.run(
        r#"
import threading
items = []
counts = {}
lock = threading.Lock()
def work(k):
    for j in range(3):
        items.append(k * 10 + j)
        with lock:
            counts[k] = counts.get(k, 0) + 1
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
ok = sorted(items) == [0, 1, 2, 10, 11, 12] and counts == {0: 3, 1: 3}
"#,
        "<miri>",
    )
    .unwrap();
    assert_eq!(i.get_global("ok"), Some(RustValue::Bool(true)));
}
