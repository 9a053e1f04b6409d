//! Rust types as Gilt classes (`gilt::Class`): what scripts can do with them, the errors
//! they get, and the Rust value read back, from one thread and from several.

use gilt::{Class, ClassBuilder, Handle, Interpreter};

#[derive(Clone, PartialEq, Debug)]
struct V {
    x: i64,
    y: i64,
}

impl Class for V {
    const NAME: &'static str = "V";
    fn build(c: &mut ClassBuilder<Self>) {
        c.constructor_kw(&["x", "y"], |x: i64, y: Option<i64>| V {
            x,
            y: y.unwrap_or(0),
        })
        .property("x", |v: &V| v.x, |v: &mut V, x: i64| v.x = x)
        .getter("y", |v: &V| v.y)
        .method("__add__", |a: &V, b: V| V {
            x: a.x + b.x,
            y: a.y + b.y,
        })
        .method("__eq__", |a: &V, b: V| *a == b)
        .method("__hash__", |a: &V| a.x * 31 + a.y)
        .method("__len__", |_: &V| 2usize)
        .method("__getitem__", |a: &V, i: i64| match i {
            0 => Ok(a.x),
            1 => Ok(a.y),
            _ => Err(gilt::Exception::new("IndexError", "V index out of range")),
        })
        .method("__iter__", |a: &V| vec![a.x, a.y])
        .method("__call__", |a: &V, k: i64| a.x * k)
        .method("__lt__", |a: &V, b: V| (a.x, a.y) < (b.x, b.y))
        .method("boom", |_: &V| -> i64 { panic!("kaboom") })
        .method("poke", |a: &mut V, f: Handle| {
            a.x += 1;
            f.call(()).map(|_| ())
        })
        .function("origin", || V { x: 0, y: 0 });
    }
}

struct NoConstructor;

impl Class for NoConstructor {
    const NAME: &'static str = "NoConstructor";
    fn build(_: &mut ClassBuilder<Self>) {}
}

struct W;

impl Class for W {
    const NAME: &'static str = "W";
    fn build(c: &mut ClassBuilder<Self>) {
        c.constructor(|| W);
    }
}

fn interp() -> Interpreter {
    let interp = Interpreter::new();
    interp.register_class::<V>().unwrap();
    interp.register_class::<NoConstructor>().unwrap();
    interp.register_class::<W>().unwrap();
    interp
        .exec(concat!(
            "def show(f):\n",
            "    try:\n",
            "        return repr(f())\n",
            "    except Exception as e:\n",
            "        return type(e).__name__ + ': ' + str(e)\n",
            "v = V(1, 2)\n",
        ))
        .unwrap();
    interp
}

fn show(interp: &Interpreter, expr: &str) -> String {
    interp.eval(&format!("show(lambda: {expr})")).unwrap()
}

#[test]
fn dunders_and_operators() {
    let i = interp();
    assert_eq!(
        show(&i, "((v + V(3)).x, v == V(1, 2), v != V(1, 2), hash(v), len(v), v[1], list(v), v(10), v < V(2))"),
        "(4, True, False, 33, 2, 2, [1, 2], 10, True)"
    );
    assert!(show(&i, "v").starts_with("<V object at 0x"));
    assert_eq!(show(&i, "V"), "<class 'V'>");
    assert_eq!(
        show(&i, "(type(v).__name__, isinstance(v, V), bool(v))"),
        "('V', True, True)"
    );
    assert_eq!(show(&i, "V.__init__"), "<method '__init__' of 'V' objects>");
    assert_eq!(show(&i, "sorted([V(3), V(1), V(2)])[0].x"), "1");
    assert_eq!(show(&i, "{V(1, 2): 'found'}[v]"), "'found'");
    // an operand that does not convert gives NotImplemented, then CPython's TypeError
    assert_eq!(
        show(&i, "v + 1"),
        "TypeError: unsupported operand type(s) for +: 'V' and 'int'"
    );
    assert_eq!(
        show(&i, "1 + v"),
        "TypeError: unsupported operand type(s) for +: 'int' and 'V'"
    );
    assert_eq!(show(&i, "v[5]"), "IndexError: V index out of range");
    assert_eq!(
        show(&i, "v['a']"),
        "TypeError: V.__getitem__() argument 1: 'str' object cannot be interpreted as an integer"
    );
    // only a TypeError turns into NotImplemented: other conversion errors stay
    assert_eq!(
        show(&i, "v + (1 << 80)"),
        "TypeError: unsupported operand type(s) for +: 'V' and 'int'"
    );
    assert_eq!(
        show(&i, "v(1 << 80)"),
        "OverflowError: V.__call__() argument 1: Python int too large to convert to Rust i64"
    );
}

#[test]
fn constructor_properties_and_functions() {
    let i = interp();
    assert_eq!(show(&i, "V(y=5, x=1).y"), "5");
    assert_eq!(
        show(&i, "V()"),
        "TypeError: V.__init__() missing required argument 'x' (pos 1)"
    );
    assert_eq!(
        show(&i, "V(1, 2, 3)"),
        "TypeError: V.__init__() takes at most 3 arguments (4 given)"
    );
    assert_eq!(
        show(&i, "V('a')"),
        "TypeError: V.__init__() argument 1: 'str' object cannot be interpreted as an integer"
    );
    i.exec("v.x = 10").unwrap();
    assert_eq!(show(&i, "v.x"), "10");
    assert_eq!(i.get::<Handle>("v").unwrap().borrow::<V>().unwrap().x, 10);
    let err = i.exec("v.y = 3").unwrap_err();
    assert!(err
        .to_string()
        .ends_with("AttributeError: property 'y' of 'V' object has no setter"));
    assert_eq!(show(&i, "V.origin().x"), "0");
    assert_eq!(
        show(&i, "NoConstructor()"),
        "TypeError: cannot create 'NoConstructor' instances"
    );
    // Rust can still make one
    i.set("made", NoConstructor).unwrap();
    assert!(show(&i, "made").starts_with("<NoConstructor object at"));
}

#[test]
fn errors_panics_and_borrows() {
    let i = interp();
    assert_eq!(
        show(&i, "v.boom()"),
        "RuntimeError: Rust function V.boom() panicked: kaboom"
    );
    assert_eq!(
        show(&i, "V.__add__(5, v)"),
        "TypeError: descriptor '__add__' for 'V' objects doesn't apply to a 'int' object"
    );
    // `poke` holds the value mutably while it calls back into Gilt: reading it then is an
    // error, not a deadlock or a second borrow
    assert_eq!(
        show(&i, "v.poke(lambda: v.x)"),
        "RuntimeError: V object is already borrowed mutably, or borrowed while being changed"
    );
    assert_eq!(show(&i, "(v.poke(lambda: 0), v.x)"), "(None, 3)");
    // the host's borrow is seen by scripts on the same thread
    let h = i.get::<Handle>("v").unwrap();
    let b = h.borrow_mut::<V>().unwrap();
    assert!(h.borrow::<V>().is_err());
    drop(b);
    assert!(h.borrow::<V>().is_ok());
    assert!(i.eval::<Handle>("5").unwrap().borrow::<V>().is_err());
}

#[test]
fn subclasses() {
    let i = interp();
    i.exec(concat!(
        "class Sub(V):\n",
        "    def __init__(self, x):\n",
        "        super().__init__(x, x)\n",
        "        self.tag = 'sub'\n",
        "    def __repr__(self): return 'Sub' + str(list(self))\n",
        "s = Sub(4)\n",
        "class Bad(V):\n",
        "    def __init__(self): pass\n",
    ))
    .unwrap();
    assert_eq!(
        show(&i, "(s, s.tag, (s + v).x, isinstance(s, V), s.x)"),
        "(Sub[4, 4], 'sub', 5, True, 4)"
    );
    assert_eq!(
        show(&i, "Bad().x"),
        "RuntimeError: V object has no value: V.__init__() was not called"
    );
    for bases in ["(V, W)", "(V, list)", "(V, Exception)"] {
        assert_eq!(
            show(&i, &format!("type('C', {bases}, {{}})")),
            "TypeError: multiple bases have instance lay-out conflict"
        );
    }
    // the Rust value of a subclass instance, and a conversion back to Rust
    assert_eq!(i.get::<Handle>("s").unwrap().borrow::<V>().unwrap().y, 4);
    assert_eq!(i.get::<V>("s").unwrap(), V { x: 4, y: 4 });
}

#[test]
fn several_threads_change_one_object() {
    // Each `tick` takes the value mutably; in both builds no update is lost and nothing
    // races, because one thread at a time holds the value.
    struct Counter(u64);
    impl Class for Counter {
        const NAME: &'static str = "Counter";
        fn build(c: &mut ClassBuilder<Self>) {
            c.constructor(|| Counter(0))
                .method("tick", |c: &mut Counter| c.0 += 1)
                .method("slow_tick", |c: &mut Counter| {
                    let n = c.0;
                    gilt::allow_threads(|| std::thread::sleep(std::time::Duration::from_millis(1)));
                    c.0 = n + 1;
                });
        }
    }
    let i = Interpreter::new();
    i.register_class::<Counter>().unwrap();
    i.exec(concat!(
        "import threading\n",
        "c = Counter()\n",
        "def work():\n",
        "    for _ in range(2000): c.tick()\n",
        "    for _ in range(20): c.slow_tick()\n",
        "ts = [threading.Thread(target=work) for _ in range(4)]\n",
        "for t in ts: t.start()\n",
        "for t in ts: t.join()\n",
    ))
    .unwrap();
    assert_eq!(
        i.get::<Handle>("c").unwrap().borrow::<Counter>().unwrap().0,
        4 * 2020
    );
}
