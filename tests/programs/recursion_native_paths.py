# Native recursion through dunder methods, descriptors and __call__ raises RecursionError.
class C: pass
c = C(); C.__call__ = c
try:
    c()
except RecursionError as e:
    print("RecursionError")
class A:
    def __getattr__(self, n):
        return getattr(self, n)
try:
    A().x
except RecursionError:
    print("RecursionError")
class B:
    def __getattribute__(self, n):
        return self.y
try:
    B().x
except RecursionError:
    print("RecursionError")
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
        print(name, "no error")
    except RecursionError:
        print(name, "RecursionError")
class D:
    def __get__(self, obj, typ):
        return obj.d
class E:
    d = D()
try:
    E().d
except RecursionError:
    print("RecursionError get")
class P:
    @property
    def p(self): return self.p
try:
    P().p
except RecursionError:
    print("RecursionError prop")
class S:
    def __setattr__(self, k, v): setattr(self, k, v)
try:
    S().a = 1
except RecursionError:
    print("RecursionError setattr")
class I:
    def __init__(self): I()
try:
    I()
except RecursionError:
    print("RecursionError init")
class N:
    def __new__(cls): return N()
try:
    N()
except RecursionError:
    print("RecursionError new")
def gen():
    yield from gen()
try:
    list(gen())
except RecursionError:
    print("RecursionError gen")
class Meta:
    def __index__(self): return [0][self]
try:
    [1][Meta()]
except RecursionError:
    print("RecursionError index")
class CM:
    def __enter__(self):
        with CM(): pass
    def __exit__(self, *a): pass
try:
    with CM(): pass
except RecursionError:
    print("RecursionError with")
import functools
def deco(f): return functools.wraps(f)(lambda *a: deco(f)(*a))
try:
    deco(print)(1)
except RecursionError:
    print("RecursionError wraps")
