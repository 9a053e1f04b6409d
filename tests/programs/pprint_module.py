# Exercises the pprint module: layout of nested containers, strings, bytes,
# recursion, depth limits, options and the helper functions.
import pprint
import collections
import types
import dataclasses


def show(title, text):
    print("--", title)
    print(text)


data = {
    "name": "widget",
    "tags": ["red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"],
    "dims": (10, 20, 30),
    "nested": {"a": [1, 2, [3, 4, [5, 6, [7, 8]]]], "b": {"x": 1.5, "y": None, "z": True}},
    "numbers": list(range(30)),
    "blob": bytes(range(40)),
    "empty": [{}, [], (), set(), frozenset(), ""],
    3: "int key",
}
show("default", pprint.pformat(data))
show("width 40", pprint.pformat(data, width=40))
show("indent 4", pprint.pformat(data, indent=4, width=50))
show("compact", pprint.pformat(data, compact=True, width=60))
show("depth 1", pprint.pformat(data, depth=1))
show("depth 2", pprint.pformat(data, depth=2))
show("insertion order", pprint.pformat(data, sort_dicts=False, width=60))
show("underscores", pprint.pformat([10**12, -123456789, 999, 2**70], underscore_numbers=True, width=30))
show("no underscores", pprint.pformat([10**12, -123456789], width=20))

# Tuples, sets and frozensets
show("one tuple", pprint.pformat(("a" * 50, ), width=20))
show("tuple", pprint.pformat(tuple(range(25)), width=30))
show("set", pprint.pformat(set(range(0, 60, 3)), width=30))
show("frozenset", pprint.pformat(frozenset(range(0, 40, 2)), width=25))
show("nested set", pprint.pformat([set(range(12)), frozenset({"b", "a"})], width=20))

# Strings
text = "The quick brown fox jumps over the lazy dog. " * 4
show("long str", pprint.pformat(text, width=40))
show("str in list", pprint.pformat([text, "short"], width=40))
show("str with newlines", pprint.pformat("first line\nsecond line is longer\n\nfourth", width=15))
show("str in dict", pprint.pformat({"key": "alpha beta gamma delta epsilon zeta eta theta"}, width=25))
show("unbreakable", pprint.pformat(["x" * 60], width=20))
show("spaces", pprint.pformat("   many    spaces   between   words   here  ", width=12))

# Bytes
show("bytes", pprint.pformat(bytes(range(64, 110)), width=30))
show("short bytes", pprint.pformat([b"abcd", b"ab"], width=5))
show("bytes in dict", pprint.pformat({"data": b"0123456789" * 5}, width=30))

# Recursion
rec = [1, 2]
rec.append(rec)
out = pprint.pformat(rec)
show("recursive list", out.replace(str(id(rec)), "ID"))
d = {"self": None, "items": list(range(40))}
d["self"] = d
show("recursive dict", pprint.pformat(d, width=50).replace(str(id(d)), "ID"))
print("saferepr", pprint.saferepr(rec).replace(str(id(rec)), "ID"))
print("isrecursive", pprint.isrecursive(rec), pprint.isrecursive([1, [2]]))
print("isreadable", pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable(rec),
      pprint.isreadable([object]), pprint.isreadable({"a": len}))
shared = [1, 2]
print("shared", pprint.pformat([shared, shared, (shared,)]))
print("saferepr dict order", pprint.saferepr({"b": 1, "a": [3, {"d": 1, "c": 2}]}))

# PrettyPrinter objects
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
print(pp.pformat([[[[["deep"]]]], list(range(12))]))
print(pp.isreadable([1, 2]), pp.isrecursive(rec), pp.isreadable([[[[1]]]]))
print(pp.format({"a": [1, 2]}, {}, 0, 0))
print(pp.format([[[1]]], {}, 2, 0))


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Collect()
pprint.pprint({"z": 1, "a": list(range(25))}, stream=sink, width=30)
print(repr("".join(sink.parts)))
pprint.pprint(list(range(35)), width=40)
pprint.pp({"z": 1, "a": 2, "m": list(range(22))}, width=30)
pprint.pp({"z": 1, "a": 2}, sort_dicts=True)
pprint.PrettyPrinter(width=20).pprint(["alpha", "beta", "gamma", "delta"])

for bad in [dict(indent=-1), dict(depth=0), dict(width=0), dict(depth=-3)]:
    try:
        pprint.PrettyPrinter(**bad)
    except Exception as e:
        print(type(e).__name__, e)


# Subclasses and custom reprs
class MyList(list):
    pass


class Shouty(list):
    def __repr__(self):
        return "SHOUTY!"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


show("list subclass", pprint.pformat(MyList(range(20)), width=20))
show("custom repr", pprint.pformat([Shouty(range(50)), Point(1, 2)] * 3, width=20))
print(pprint.isreadable(Point(1, 2)), pprint.isreadable(MyList([1])))

# Mixed key types still sort
show("mixed keys", pprint.pformat({3: "c", 1: "a", 2.5: "b", (1,): "t", (0, 1): "u"}, width=20))

# collections, SimpleNamespace, dataclasses
od = collections.OrderedDict([("first", list(range(10))), ("second", "two")])
show("OrderedDict", pprint.pformat(od, width=30))
show("OrderedDict short", pprint.pformat(od, width=200))
dd = collections.defaultdict(list, {"k%d" % i: [i] * 3 for i in range(5)})
show("defaultdict", pprint.pformat(dd, width=30))
cnt = collections.Counter("abracadabra alakazam")
show("Counter", pprint.pformat(cnt, width=30))
cm = collections.ChainMap({"a": 1, "b": list(range(10))}, {"c": 3})
show("ChainMap", pprint.pformat(cm, width=30))
dq = collections.deque(range(20), maxlen=25)
show("deque maxlen", pprint.pformat(dq, width=30))
show("deque", pprint.pformat(collections.deque("abcdefghijklmnopqrstuvwxyz"), width=30))
ns = types.SimpleNamespace(alpha=list(range(15)), beta="b" * 30, gamma={"k": "v"})
show("SimpleNamespace", pprint.pformat(ns, width=30))


@dataclasses.dataclass
class Box:
    label: str
    contents: list
    hidden: int = dataclasses.field(default=0, repr=False)


box = Box("crate", ["apple", "banana", "cherry", "date", "elderberry", "fig"])
show("dataclass", pprint.pformat(box, width=30))
show("dataclass fits", pprint.pformat(box, width=200))
show("dataclass in list", pprint.pformat([box, box], width=40))
