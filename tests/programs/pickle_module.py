import copyreg
import io
import pickle
import re


def clean(text):
    return re.sub(r" at 0x[0-9a-f]+", " at 0x...", str(text))


def show_error(e):
    print("  error:", type(e).__name__, clean(e))


print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        return "Plain(%r, %r)" % (self.a, self.b)


class WithState:
    def __init__(self, value):
        self.value = value
        self.cache = "not pickled"

    def __getstate__(self):
        return {"value": self.value}

    def __setstate__(self, state):
        self.value = state["value"]
        self.cache = "rebuilt"

    def __repr__(self):
        return "WithState(%r, %r)" % (self.value, self.cache)


class Reducer:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (Reducer, (self.x * 2,))

    def __repr__(self):
        return "Reducer(%r)" % (self.x,)


class ReducerEx:
    def __init__(self, tag=None):
        self.tag = tag

    def __reduce_ex__(self, protocol):
        return (ReducerEx, ("proto%d" % protocol,))

    def __repr__(self):
        return "ReducerEx(%r)" % (self.tag,)


class NewArgs:
    def __new__(cls, size):
        self = object.__new__(cls)
        self.size = size
        return self

    def __getnewargs__(self):
        return (self.size,)

    def __repr__(self):
        return "NewArgs(%r)" % (self.size,)


class NewArgsEx:
    def __new__(cls, size, *, unit="m"):
        self = object.__new__(cls)
        self.size = size
        self.unit = unit
        return self

    def __getnewargs_ex__(self):
        return (self.size,), {"unit": self.unit}

    def __repr__(self):
        return "NewArgsEx(%r, %r)" % (self.size, self.unit)


class Slotted:
    __slots__ = ("x", "y")

    def __repr__(self):
        return "Slotted(%r, %r)" % (getattr(self, "x", None), getattr(self, "y", None))


class Outer:
    class Inner:
        pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


def helper():
    return 42


values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2 ** 31 - 1, 2 ** 31,
    -2 ** 31, -2 ** 31 - 1, 2 ** 63, -2 ** 64, 12345678901234567890123456789,
    1.5, -0.0, 1e100, 2.5e-310, float("inf"),
    "", "abc", "caf\xe9 \u20ac \U0001F600", "back\\slash\nnew\rline\x00nul",
    b"", b"bytes\x00\xff", bytearray(b"ba"), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, 3], {}, {1: 2},
    {"k": [1, 2], "j": (3,)}, set(), {5}, {1, 2, 3}, frozenset(), frozenset({7, 8}),
    int, len, Plain, Outer.Inner, helper, type(None), Ellipsis, NotImplemented,
    1 + 2j, range(2, 10, 3), slice(1, 5), ValueError("bad", 3),
]

print("== dumps")
for value in values:
    for proto in range(6):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        same = repr(back) == repr(value)
        print(proto, clean(repr(value))[:40], data, same)

print("== instances")
objects = [
    Plain(1, "two"), WithState(5), Reducer(21), ReducerEx(), NewArgs(3),
    NewArgsEx(4, unit="cm"), MyList([1, 2]), MyDict(a=1), MyInt(7), MyStr("s"),
]
slotted = Slotted()
slotted.x = [1]
objects.append(slotted)
for obj in objects:
    for proto in range(6):
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, type(obj).__name__)
            show_error(e)
            continue
        if type(obj) is NewArgsEx and proto in (2, 3):
            print(proto, repr(obj), data)
            continue
        back = pickle.loads(data)
        print(proto, repr(obj), data, repr(back), type(back).__name__)

print("== shared and recursive")
shared = [1, 2]
pair = [shared, shared, (shared,)]
rec = [0]
rec.append(rec)
drec = {}
drec["self"] = drec
inner = []
trec = (inner,)
inner.append(trec)
for proto in range(6):
    data = pickle.dumps(pair, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0] is back[1], back[2][0] is back[0])
    data = pickle.dumps(rec, proto)
    back = pickle.loads(data)
    print(proto, data, back[1] is back)
    data = pickle.dumps(drec, proto)
    back = pickle.loads(data)
    print(proto, data, back["self"] is back)
    data = pickle.dumps(trec, proto)
    back = pickle.loads(data)
    print(proto, data, back[0][0] is back)

print("== big data and frames")
big = [("item%05d" % i * 4, i, [i] * 3) for i in range(1500)]
blob = [b"x" * 70000, "y" * 66000, list(range(2500))]
for proto in range(6):
    for value in (big, blob):
        data = pickle.dumps(value, proto)
        print(proto, len(data), data[:24], data[-12:], data.count(b"\x95"),
              sum(data) % 1000003, pickle.loads(data) == value)
numbers = list(range(1001))
print(pickle.dumps(numbers, 2)[-12:], pickle.dumps(set(range(1000)), 4)[-6:])
print(pickle.dumps(dict.fromkeys(range(1001)), 1)[-10:])

print("== errors while pickling")
local_value = 3


def make_local():
    def local_function():
        return local_value
    return local_function


class NoReduce:
    def __reduce__(self):
        return 42


class ShortReduce:
    def __reduce__(self):
        return (len,)


unpicklable = [
    lambda: 0, make_local(), (i for i in range(3)), NoReduce(), ShortReduce(),
    Slotted(), [1, lambda: 1], pickle,
]
for obj in unpicklable:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(obj, proto)
            print(proto, "pickled")
        except Exception as e:
            print(proto, end=" ")
            show_error(e)
for proto in (6, "x"):
    try:
        pickle.dumps(1, proto)
    except Exception as e:
        show_error(e)

print("== errors while unpickling")
bad_inputs = [
    b"", b"K", b"K\x01", b"\x80\x06N.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.",
    b".", b"1.", b"N(a.", b"\x00", b"\xff", b"Z", b"h\x05.", b"g5\n.", b"I12",
    b"Iabc\n.", b"Fabc\n.", b"Sabc\n.", b"cbuiltins\nnope\n.", b"cno_such_module\nx\n.",
    b"K\x01K\x02\x93.", b"NN\x81.", b"(K\x01d.", b"N)b.", b"\x82\x01.", b"P1\n.",
    b"T\xff\xff\xff\xffab.", b"\x8b\xff\xff\xff\xff.", b"\x97.",
]
for data in bad_inputs:
    try:
        print(data, "->", pickle.loads(data))
    except Exception as e:
        print(data, end=" ")
        show_error(e)
try:
    pickle.loads("text")
except Exception as e:
    show_error(e)

print("== bytes written by CPython")
cpython_pickles = [
    b"(lp0\nI1\naF2.5\naS'old string'\np1\naVuni\\u20ac\np2\na(dp3\nVk\np4\n"
    b"I00\nsa.",
    b"]q\x00(K\x01G@\x04\x00\x00\x00\x00\x00\x00U\x03abcq\x01X\x03\x00\x00\x00"
    b"\xe2\x82\xacq\x02e.",
    b"\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.",
    b"\x80\x03C\x03ab\xffq\x00.",
    b"\x80\x04\x95 \x00\x00\x00\x00\x00\x00\x00]\x94(\x8f\x94(K\x01K\x02\x90"
    b"\x8c\x08builtins\x94\x8c\x03int\x94\x93\x94e.",
    b"\x80\x05\x95\r\x00\x00\x00\x00\x00\x00\x00\x96\x02\x00\x00\x00\x00"
    b"\x00\x00\x00hi\x94.",
    b"\x80\x04\x95\t\x00\x00\x00\x00\x00\x00\x00]\x94(]\x94h\x01e.",
    b"c__builtin__\nxrange\np0\n(I0\nI3\nI1\ntp1\nRp2\n.",
    b"cexceptions\nValueError\np0\n(Vx\np1\nI2\ntp2\nRp3\n.",
    b"c_codecs\nencode\np0\n(Vab\xff\np1\nVlatin1\np2\ntp3\nRp4\n.",
    b"(i__main__\nPlain\np0\n(dp1\nVa\np2\nI1\nsVb\np3\nI2\nsb.",
    b"ccopy_reg\n_reconstructor\np0\n(c__main__\nPlain\np1\nc__builtin__\nobject\n"
    b"p2\nNtp3\nRp4\n(dp5\nVa\np6\nI1\nsVb\np7\nI2\nsb.",
]
for data in cpython_pickles:
    print(repr(pickle.loads(data)))
for encoding in ("ASCII", "latin1", "bytes"):
    try:
        print(encoding, repr(pickle.loads(b"S'ab\\xff'\n.", encoding=encoding)))
    except Exception as e:
        show_error(e)

print("== Pickler and Unpickler")


class Record:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ("Record", obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded %r" % (pid,)


for proto in range(6):
    stream = io.BytesIO()
    DBPickler(stream, proto).dump([Record("a1"), 5, Record("b2")])
    print(proto, stream.getvalue())
    stream.seek(0)
    print(DBUnpickler(stream).load())


class RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for data in (pickle.dumps({1, 2}, 2), pickle.dumps(Plain(1, 2), 2)):
    try:
        print(RestrictedUnpickler(io.BytesIO(data)).load())
    except pickle.UnpicklingError as e:
        show_error(e)


def reduce_plain(obj):
    return (Plain, (obj.b, obj.a))


stream = io.BytesIO()
pickler = pickle.Pickler(stream, 2)
pickler.dispatch_table = {Plain: reduce_plain}
pickler.dump(Plain("x", "y"))
print(stream.getvalue(), pickle.loads(stream.getvalue()))

table = copyreg.dispatch_table.copy()
table[Plain] = reduce_plain


class TablePickler(pickle.Pickler):
    dispatch_table = table


stream = io.BytesIO()
TablePickler(stream, 4).dump([Plain(1, 2)])
print(stream.getvalue())


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is helper:
            return (len, ("abcd",))
        return NotImplemented


stream = io.BytesIO()
OverridePickler(stream, 4).dump([helper, 3])
print(stream.getvalue(), pickle.loads(stream.getvalue()))

stream = io.BytesIO()
pickler = pickle.Pickler(stream, 3)
item = ["shared"]
pickler.dump(item)
pickler.dump(item)
pickler.clear_memo()
pickler.dump(item)
print(stream.getvalue())
stream.seek(0)
unpickler = pickle.Unpickler(stream)
first = unpickler.load()
second = unpickler.load()
third = unpickler.load()
print(first, second is first, third is first, third == first)
try:
    unpickler.load()
except EOFError as e:
    show_error(e)

stream = io.BytesIO()
for proto in range(6):
    pickle.dump({"proto": proto}, stream, proto)
stream.seek(0)
print([pickle.load(stream) for _ in range(6)], stream.read())

print("== copyreg")
copyreg.add_extension("__main__", "Plain", 240)
print(pickle.dumps([Plain, Plain], 2), pickle.loads(pickle.dumps(Plain, 2)) is Plain)
copyreg.remove_extension("__main__", "Plain", 240)
print(pickle.dumps(Plain, 2))


def reduce_my_int(obj):
    return (MyInt, (int(obj) + 1,))


copyreg.pickle(MyInt, reduce_my_int)
print(pickle.dumps(MyInt(1), 2), pickle.loads(pickle.dumps(MyInt(1), 2)))
del copyreg.dispatch_table[MyInt]
print(copyreg.__newobj__(Plain).__class__.__name__)
try:
    copyreg.pickle(MyInt, 5)
except TypeError as e:
    show_error(e)
