# Native recursion raises RecursionError in threads started by threading too (each thread has
# its own, smaller native stack), and deeply nested containers do not overflow it.
import threading

results = []

def out(*parts):
    results.append(" ".join(map(str, parts)))

def body():
    class C: pass
    c = C(); C.__call__ = c
    try:
        c()
    except RecursionError as e:
        out("RecursionError")
    class A:
        def __getattr__(self, n):
            return getattr(self, n)
    try:
        A().x
    except RecursionError:
        out("RecursionError")
    class B:
        def __getattribute__(self, n):
            return self.y
    try:
        B().x
    except RecursionError:
        out("RecursionError")
    class R:
        def __repr__(self): return repr(self)
        def __eq__(self, o): return self == o
        def __hash__(self): return hash(self)
        def __lt__(self, o): return self < o
        def __len__(self): return len(self)
        def __bool__(self): return bool(self)
        def __iter__(self): return iter(self)
        def __add__(self, o): return self + o
        def __getitem__(self, k): return self[k]
        def __str__(self): return str(self)
        def __format__(self, s): return format(self, s)
        def __contains__(self, x): return x in self
    for name, f in [("repr", repr), ("eq", lambda r: r == 1), ("hash", hash), ("lt", lambda r: r < 1),
                    ("len", len), ("bool", bool), ("iter", iter), ("add", lambda r: r + 1),
                    ("getitem", lambda r: r[0]), ("str", str), ("format", lambda r: f"{r:x}"),
                    ("contains", lambda r: 1 in r), ("sorted", lambda r: sorted([r, r])),
                    ("dictkey", lambda r: {r: 1}), ("setadd", lambda r: {r})]:
        try:
            f(R())
            out(name, "no error")
        except RecursionError:
            out(name, "RecursionError")
    class D:
        def __get__(self, obj, typ):
            return obj.d
    class E:
        d = D()
    try:
        E().d
    except RecursionError:
        out("RecursionError get")
    class P:
        @property
        def p(self): return self.p
    try:
        P().p
    except RecursionError:
        out("RecursionError prop")
    class S:
        def __setattr__(self, k, v): setattr(self, k, v)
    try:
        S().a = 1
    except RecursionError:
        out("RecursionError setattr")
    class I:
        def __init__(self): I()
    try:
        I()
    except RecursionError:
        out("RecursionError init")
    class N:
        def __new__(cls): return N()
    try:
        N()
    except RecursionError:
        out("RecursionError new")
    def gen():
        yield from gen()
    try:
        list(gen())
    except RecursionError:
        out("RecursionError gen")
    class Meta:
        def __index__(self): return [0][self]
    try:
        [1][Meta()]
    except RecursionError:
        out("RecursionError index")
    class CM:
        def __enter__(self):
            with CM(): pass
        def __exit__(self, *a): pass
    try:
        with CM(): pass
    except RecursionError:
        out("RecursionError with")
    import functools
    def deco(f): return functools.wraps(f)(lambda *a: deco(f)(*a))
    try:
        deco(print)(1)
    except RecursionError:
        out("RecursionError wraps")
    x = ()
    for i in range(100000):
        x = [x]
    try:
        repr(x)
    except RecursionError:
        results.append("deep repr RecursionError")
    y = ()
    for i in range(100000):
        y = [y]
    try:
        x == y
    except RecursionError:
        results.append("deep eq RecursionError")
    def down(n):
        return down(n + 1)
    try:
        down(0)
    except RecursionError:
        results.append("python recursion RecursionError")

threads = [threading.Thread(target=body) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results))
for r in sorted(set(results)):
    print(r)
