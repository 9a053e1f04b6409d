# The match statement (PEP 634): every kind of pattern, guards, bindings, the errors CPython
# raises at compile time and at run time, and match/case/_ as soft keywords.

import collections
import collections.abc
from enum import Enum


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def compile_error(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e)


# ---- literal patterns
def literal(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case 1 + 2j:
            return "complex"
        case -1 - 2j:
            return "negative complex"
        case 3j:
            return "imaginary"
        case "ab" "cd":
            return "concatenated"
        case "hello":
            return "hello"
        case b"bytes":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0x10:
            return "sixteen"
        case 1000000000000000000000:
            return "big"
        case _:
            return "other"


for v in [0, -1, 1.5, -2.5, 1 + 2j, -1 - 2j, 3j, "abcd", "hello", b"bytes", None, True,
          False, 16, 10**21, 0.0, 1, 1.0, "other", [], 2]:
    print(repr(v), literal(v))

# True/False/None by identity: 1 is not True, 0 is not False
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched 1")
match 1.0:
    case 1:
        print("1.0 == 1")


# ---- capture, wildcard, as, groups, guards
def capture(x):
    match x:
        case (0):
            return "group zero"
        case int(n) if n > 100:
            return f"big {n}"
        case [_, _] as pair:
            return f"pair {pair}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case n:
            return f"captured {n}"


for v in [0, 500, [1, 2], (3, 4), 2, 50, "s"]:
    print(capture(v))

match 42:
    case _:
        print("wildcard binds nothing:", "_" in globals())


# ---- value patterns
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Consts:
    class Inner:
        LIMIT = 10


def value(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Consts.Inner.LIMIT:
            return "limit"
        case _:
            return "unknown"


for c in [Color.RED, Color.GREEN, Color.BLUE, 10, 11]:
    print(value(c))


# ---- sequence patterns
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b, *rest] if rest:
            return f"two+ {a} {b} rest={rest}"
        case (a, *_, b):
            return f"first {a} last {b}"
        case [*_]:
            return "any sequence"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2, 3, 4), [1, 2], (5, 6), range(3), range(7, 10), "abc", b"ab",
          bytearray(b"xy"), collections.deque([1, 2, 3]), {1: 2}, {1, 2}, 42, iter([1])]:
    print(type(v).__name__, seq(v))

match [1, [2, [3, 4]], 5]:
    case [x, [y, [z, w]], v]:
        print("nested", x, y, z, w, v)

match (1, 2, 3, 4, 5):
    case [first, *middle, last]:
        print("star in the middle", first, middle, last)

match [1, 2, 3]:
    case [*init, last]:
        print("star first", init, last)

match [1, 2, 3]:
    case [1, *_, 3, 4]:
        print("no")
    case [*_, 2, 3]:
        print("star wildcard, two after")

match 1, 2:
    case a, b:
        print("open sequence subject and pattern", a, b)

match [1, 2]:
    case 1, *rest:
        print("open star", rest)


class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class Registered:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


collections.abc.Sequence.register(Registered)


class MyList(list):
    pass


class MyStr(str):
    pass


for v in [MySeq(1, 2), MySeq(1, 2, 3), Registered([7, 8]), MyList([3, 4]), MyStr("ab")]:
    match v:
        case [a, b]:
            print(type(v).__name__, "pair", a, b)
        case [a, *_, b]:
            print(type(v).__name__, "long", a, b)
        case _:
            print(type(v).__name__, "no sequence match")


# ---- mapping patterns
def mapping(m):
    match m:
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str() as text, **rest}:
            return f"say {text!r} rest={rest}"
        case {1: one, Color.RED: red}:
            return f"keys one={one} red={red}"
        case {}:
            return f"a mapping {sorted(m.items()) if isinstance(m, dict) else m}"
        case _:
            return "not a mapping"


for m in [{"action": "move", "to": (1, 2)}, {"action": "say", "text": "hi", "loud": True},
          {"action": "say", "text": 3}, {1: "a", Color.RED: "b", 3: "c"}, {}, {"x": 1},
          collections.OrderedDict(a=1), collections.defaultdict(int), [1], "s"]:
    print(mapping(m))


class Lookup(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d
        self.asked = []

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def get(self, k, default=None):
        self.asked.append(k)
        return self.d.get(k, default)


lk = Lookup({"a": 1, "b": 2, "c": 3})
match lk:
    case {"a": 1, "z": _}:
        print("no")
    case {"c": c, **rest}:
        print("Mapping subclass", c, rest, "asked", lk.asked)

match {"a": 1, "b": 2}:
    case {**everything}:
        print("all of it", everything)

match {"a": 1}:
    case {"a": 1, **rest}:
        print("empty rest", rest)


class K:
    key = "a"
    other = "a"


def mapping_dup(m):
    match m:
        case {K.key: 1, K.other: 2}:
            return "matched"
    return "no match"


show("runtime duplicate key", lambda: mapping_dup({"a": 1, "b": 2}))


class Unh:
    key = []


def unhashable(m):
    match m:
        case {Unh.key: 1}:
            return "?"


show("unhashable key", lambda: unhashable({"a": 1}))


# ---- class patterns
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(0, 0, z):
            return f"on the z axis at {z}"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y=yy) if x == yy:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"a number {n}"
        case str(s) if s:
            return f"a string {s}"
        case bool(b):
            return "never: True is an int first"
        case [Point(x=a), Point(x=b)]:
            return f"two points {a} {b}"
        case dict(d):
            return f"dict {d}"
        case tuple((a, b)):
            return f"tuple {a} {b}"
        case object(real=r, imag=i):
            return f"has real {r} and imag {i}"
        case _:
            return "unknown"


for p in [Point(0, 0), Point3(0, 0, 5), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 2),
          7, 2.5, "txt", "", True, [Point(1, 2), Point(3, 4)], {"k": 1}, (1, 2), 1j, None]:
    print(where(p))


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class TwoArgs:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


class BadArg:
    __match_args__ = (1,)


class MyInt(int):
    pass


class MyInt2(int):
    __match_args__ = ("real",)


def cls_errors(subject, which):
    match which:
        case "not a class":
            f = len
            match subject:
                case f():
                    return "?"
        case "instance":
            c = Point(1, 2)
            match subject:
                case c(x):
                    return "?"
        case "too many":
            match subject:
                case NoArgs(a):
                    return "?"
        case "list":
            match subject:
                case ListArgs(a):
                    return "?"
        case "three":
            match subject:
                case TwoArgs(a, b, c):
                    return "?"
        case "multiple":
            match subject:
                case TwoArgs(a, a=3):
                    return "?"
        case "bad arg":
            match subject:
                case BadArg(a):
                    return "?"
        case "int two":
            match subject:
                case int(a, b):
                    return "?"
        case "int self":
            match subject:
                case int(a):
                    return f"int {a!r} {type(a).__name__}"
        case "own match args":
            match subject:
                case MyInt2(r):
                    return f"real {r!r}"
        case "missing attr":
            match subject:
                case Point(z=z):
                    return "?"
                case _:
                    return "missing attribute: no match"
    return "no match"


show("not a class", lambda: cls_errors(1, "not a class"))
show("instance", lambda: cls_errors(1, "instance"))
show("too many", lambda: cls_errors(NoArgs(), "too many"))
show("too many, other type", lambda: cls_errors(1, "too many"))
show("list", lambda: cls_errors(ListArgs(), "list"))
show("three", lambda: cls_errors(TwoArgs(), "three"))
show("multiple", lambda: cls_errors(TwoArgs(), "multiple"))
show("bad arg", lambda: cls_errors(BadArg(), "bad arg"))
show("int two", lambda: cls_errors(3, "int two"))
show("int self", lambda: cls_errors(MyInt(3), "int self"))
show("own match args", lambda: cls_errors(MyInt2(4), "own match args"))
show("missing attr", lambda: cls_errors(Point(1, 2), "missing attr"))

for v in [b"b", bytearray(b"ba"), frozenset({1}), {2}, [1], (1,), {"a": 1}, 1.5, "s", True]:
    match v:
        case bytes(x) | bytearray(x) | frozenset(x) | set(x) | list(x) | tuple(x):
            print("self", type(x).__name__, x)
        case dict(x) | float(x) | str(x) | bool(x):
            print("self", type(x).__name__, x)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class Magic(metaclass=Meta):
    pass


match "magic":
    case Magic():
        print("__instancecheck__ is honoured")


# ---- or-patterns bind the same names, in any order
def alternatives(x):
    match x:
        case [a, 1] | [1, a]:
            return f"a={a}"
        case (a, b, 0) | (0, b, a):
            return f"a={a} b={b}"
        case {"k": v} | [v, _, _, _]:
            return f"v={v}"
        case 1 | 2 | [3 | 4, 5]:
            return "literal alternatives"
    return "none"


for v in [[7, 1], [1, 8], (1, 2, 0), (0, 2, 1), {"k": 9}, [5, 6, 7, 8], 2, [4, 5], [4, 6]]:
    print(alternatives(v))


# or-patterns among the values still being matched, and inside one another
def nested_or(v):
    match v:
        case [x, (1, y) | (y, 2), z] if z != 0:
            return ("A", x, y, z)
        case [x, {"a": (p, q) | [q, p, _]} as m, *r]:
            return ("B", x, p, q, m, r)
        case {"k": [a, (b, c) | (c, b, _)], **rest} | [a, b, c, rest]:
            return ("C", a, b, c, rest)
        case (str(s) | bytes(s)) as t:
            return ("D", s, t)
    return None


for v in [[1, (1, 5), 3], [1, (6, 2), 3], [1, (1, 2), 0], [0, {"a": (7, 8)}, 9, 10],
          [0, {"a": [7, 8, 9]}], {"k": [1, (2, 3)], "o": 4}, {"k": [1, (2, 3, 4)]},
          [1, 2, 3, 4], "s", b"b", [1, (3, 3), 3]]:
    print(nested_or(v))


def or_in_or(v):
    match v:
        case [[[a] | a] | {"x": a}, b]:
            return a, b


print(or_in_or([[[1]], 2]), or_in_or([[1], 3]), or_in_or([{"x": 5}, 6]), or_in_or([7, 8]))

# ---- names bound by a match: after a failed guard they stay bound, a failed pattern binds none
match [1, 2]:
    case [p, 3]:
        pass
    case _:
        pass
print("p bound:", "p" in globals())
match [1, 2]:
    case [q, 2] if False:
        pass
    case _:
        pass
print("q after failed guard:", q)


def scopes():
    seen = []

    def inner(v):
        nonlocal found
        match v:
            case [found, *_]:
                seen.append(found)

    found = None
    inner([5, 6])
    inner("no")
    return found, seen


print("nonlocal capture", scopes())


# the subject is evaluated once; guards may use the walrus operator
def subject_once():
    calls = []

    def subject():
        calls.append(1)
        return 5

    match subject():
        case 1:
            pass
        case n if (m := n * 2) > 100:
            pass
        case 5:
            print("subject once:", len(calls), "walrus", m)


subject_once()


# return, break and continue inside cases
def loop():
    out = []
    for i in range(6):
        match i:
            case 0:
                continue
            case 4:
                break
            case n if n % 2:
                out.append(("odd", n))
            case n:
                out.append(("even", n))
    return out


print(loop())


def early(x):
    match x:
        case [y]:
            return y
    return "fell through"


print(early([9]), early(9))


# a match in a generator and a class body
def gen(items):
    for it in items:
        match it:
            case int(n):
                yield n * 10
            case str() as s:
                yield s.upper()


print(list(gen([1, "a", 2.5, 3])))


class Config:
    match {"mode": "fast"}:
        case {"mode": mode}:
            speed = mode


print("class body", Config.speed)

# ---- line numbers in tracebacks inside case bodies
import traceback


def fails(x):
    match x:
        case 1:
            return 1 / 0
        case [a]:
            return a.missing
        case _:
            raise ValueError(x)


for v in [1, [2], 3]:
    try:
        fails(v)
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, "at line", tb[-1].lineno, tb[-1].line)

try:
    match 5:
        case len():
            pass
except TypeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("pattern error at line", tb[-1].lineno, e)

# ---- library types and odd subjects
import array
import types
from dataclasses import dataclass, field

for v in [array.array("i", [1, 2]), types.MappingProxyType({"a": 1}),
          collections.ChainMap({"a": 1}), collections.Counter("aab"), {}.keys(),
          collections.OrderedDict(a=5)]:
    match v:
        case [a, b]:
            print(type(v).__name__, "sequence", a, b)
        case {"a": a}:
            print(type(v).__name__, "mapping", a)
        case _:
            print(type(v).__name__, "neither")

NT = collections.namedtuple("NT", "x y")
match NT(1, 2):
    case NT(a, b):
        print("namedtuple", NT.__match_args__, a, b)
match NT(1, 2):
    case (a, b):
        print("namedtuple as a sequence", a, b)


@dataclass
class DC:
    x: int
    y: int = 0
    z: list = field(default_factory=list)


match DC(1, 2):
    case DC(a, b, c):
        print("dataclass", DC.__match_args__, a, b, c)


class E(Enum):
    A = 1


match E.A:
    case E(value=v):
        print("enum value", v)


class Loud:
    def __eq__(self, other):
        print("eq called with", other)
        return True


class Holder:
    loud = Loud()


match 5:
    case Holder.loud:
        print("the subject compares first: 5 == Loud() falls back to Loud.__eq__")
match Loud():
    case 3:
        print("Loud() == 3")
match 0:
    case 0.0:
        print("0 == 0.0")
match float("nan"):
    case _ as n if n != n:
        print("nan is captured")


class Raises:
    __match_args__ = ("a",)

    @property
    def a(self):
        raise ValueError("boom")


class NoAttr:
    __match_args__ = ("a",)

    @property
    def a(self):
        raise AttributeError("nope")


try:
    match Raises():
        case Raises(a):
            pass
except ValueError as e:
    print("errors from attributes propagate:", e)
match NoAttr():
    case NoAttr(a):
        print("?")
    case _:
        print("an AttributeError is no match")


class BadGet(dict):
    def get(self, k, d=None):
        raise KeyError("bad get")


try:
    match BadGet(a=1):
        case {"a": 1}:
            pass
except KeyError as e:
    print("get() raised", e)


class LenFails(collections.abc.Sequence):
    def __getitem__(self, i):
        return i

    def __len__(self):
        raise RuntimeError("no len")


try:
    match LenFails():
        case [a]:
            pass
except RuntimeError as e:
    print("len() raised", e)
match LenFails():
    case [*_]:
        print("[*_] needs no len()")

# the lines a trace function sees: each case tested, its body, the statement after
import sys


def traced(x):
    match x:
        case 1:
            return "one"
        case [a, b] if a:
            return "pair"
        case {"k": v} | [v, _, _]:
            y = v
            return y
        case str():
            pass
    z = 0
    return z


def line_trace(f, *args):
    lines = []

    def tracer(frame, event, arg):
        if frame.f_code.co_name == f.__name__:
            lines.append(frame.f_lineno - f.__code__.co_firstlineno)
        return tracer

    sys.settrace(tracer)
    f(*args)
    sys.settrace(None)
    return lines


for v in [1, [1, 2], [0, 2], {"k": 5}, [1, 2, 3], "s", 3.5]:
    print("lines traced", line_trace(traced, v))

# ---- soft keywords: match, case and _ are names elsewhere
match = 1
case = 2
_ = 3
print(match, case, _)


def match(*args):
    return ("called match", args)


print(match(1, 2))
print(match([1]))
match = [10, 20]
print(match[0], match[1:])
match = {"k": "v"}
print(match["k"])


class case:
    match = "attr"


print(case.match, case().match)
match, case = 1, 2
print(match, case)
match: int = 3
print(match)
match = 0
match += 1
print(match)
for match in range(2):
    pass
print(match)
print([match for match in "ab"])
match match:
    case case if case == 1:
        print("match match: case case", case)
match = lambda case: case + 1
print(match(1))


def _(x):
    return x * 2


print(_(4))

# ---- compile-time errors
compile_error("match x:\n    case y:\n        pass\n    case 1:\n        pass\n")
compile_error("match x:\n    case _:\n        pass\n    case 1:\n        pass\n")
compile_error("match x:\n    case (_):\n        pass\n    case 1:\n        pass\n")
compile_error("match x:\n    case 1 | y | 2:\n        pass\n")
compile_error("match x:\n    case _ as y:\n        pass\n    case 1:\n        pass\n")
compile_error("match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n")
compile_error("match x:\n    case [a, a]:\n        pass\n")
compile_error("match x:\n    case [a, {'k': a}]:\n        pass\n")
compile_error("match x:\n    case a as a:\n        pass\n")
compile_error("match x:\n    case [a] | b:\n        pass\n")
compile_error("match x:\n    case [a] | [b]:\n        pass\n")
compile_error("match x:\n    case [a, b] | [b, a]:\n        pass\n")
compile_error("match x:\n    case [*a, *b]:\n        pass\n")
compile_error("match x:\n    case [*_, 1, *_]:\n        pass\n")
compile_error("match x:\n    case 1 + 2:\n        pass\n")
compile_error("match x:\n    case 1j + 2j:\n        pass\n")
compile_error("match x:\n    case f'x':\n        pass\n")
compile_error("match x:\n    case {f'x': 1}:\n        pass\n")
compile_error("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n")
compile_error("match x:\n    case {1: 1, 1.0: 2}:\n        pass\n")
compile_error("match x:\n    case {True: 1, 1: 2}:\n        pass\n")
compile_error("match x:\n    case {a: 1}:\n        pass\n")
compile_error("match x:\n    case {**_}:\n        pass\n")
compile_error("match x:\n    case {**a, 'k': 1}:\n        pass\n")
compile_error("match x:\n    case P(a=1, b):\n        pass\n")
compile_error("match x:\n    case P(a=1, a=2):\n        pass\n")
compile_error("match x:\n    case y as _:\n        pass\n")
compile_error("match x:\n    case -a:\n        pass\n")
compile_error("match x:\n    case a + 1:\n        pass\n")
compile_error("match x:\n    case *a:\n        pass\n")
compile_error("match x:\n    case 1():\n        pass\n")
compile_error("match x:\n    case b'a' 'b':\n        pass\n")
compile_error("match x:\n    case __debug__:\n        pass\n")
compile_error("match x:\n    case P(__debug__=1):\n        pass\n")
compile_error("match x:\n    pass\n")
compile_error("match x:\n    case 1:\n        pass\n    else:\n        pass\n")
compile_error("match x:\n  case 1:\n  pass\n")
compile_error("match x: case 1: pass\n")
compile_error("case x:\n    pass\n")
compile_error("match *x:\n    case 1:\n        pass\n")
compile_error("match x, *y:\n    case 1:\n        pass\n")
compile_error("match x:\n    case 1: pass\n    case 2: pass\n")
compile_error("match x:\n    case [1, 2,]:\n        pass\n    case (1,):\n        pass\n    case ():\n        pass\n")
compile_error("match x:\n    case P(a,):\n        pass\n")
compile_error("match x:\n    case P(,):\n        pass\n")
compile_error("match (x):\n    case a.b.c():\n        pass\n")
compile_error("if x:\n    match y:\n        case 1:\n            pass\n    case = 3\n")

# deep nesting compiles or fails cleanly
deep = "match x:\n    case " + "[" * 50 + "a" + "]" * 50 + ":\n        pass\n"
compile_error(deep)
deep_or = "match x:\n    case " + " | ".join(str(i) for i in range(300)) + ":\n        pass\n"
compile_error(deep_or)
