# memoryview: views of bytes and bytearray, slicing with steps, writing through a view,
# casts, comparison, hashing, release and exports, and CPython's error messages.
import gc
import struct


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def masked(r):
    # addresses differ from run to run
    return r[: r.index(" at 0x")] + ">"


# ---- construction
b = b"abcdef"
m = memoryview(b)
print(type(m).__name__, type(m), isinstance(m, memoryview))
print(masked(repr(m)))
print(m.obj is b, memoryview(object=b).obj is b, memoryview(m).obj is b)
attempt("list", lambda: memoryview([1, 2, 3]))
attempt("str", lambda: memoryview("text"))
attempt("int", lambda: memoryview(3))
attempt("none", lambda: memoryview())
attempt("two", lambda: memoryview(b"", b""))
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print("subclass", e)


class MyBytes(bytes):
    pass


class MyArray(bytearray):
    pass


print(memoryview(MyBytes(b"xyz")).tobytes(), memoryview(MyArray(b"uv")).tolist())

# ---- attributes
print(m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides)
print(m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
s = m[::-2]
print(s.obj is b, s.nbytes, s.shape, s.strides, s.contiguous, s.tobytes())
w = memoryview(bytearray(b"xyz"))
print(w.readonly, w.toreadonly().readonly, w.tobytes())

# ---- items and slices
print(len(m), m[0], m[-1], m[True], m[1:3].tobytes(), m[1:3] == b"bc")
print(m[::2].tobytes(), m[1::2].tolist(), m[::2][1:].tobytes(), m[::-1].tobytes())
print(m[::2][::2].tobytes(), m[::2][1::2].tobytes(), m[4:1].tobytes(), m[10:].tolist())
attempt("index", lambda: m[6])
attempt("negative", lambda: m[-7])
attempt("float key", lambda: m[1.0])
attempt("str key", lambda: m["a"])
attempt("none key", lambda: m[None])
attempt("zero step", lambda: m[::0])
attempt("tuple key", lambda: m[0,])
attempt("empty tuple", lambda: m[()])
attempt("long tuple", lambda: m[0, 1])
attempt("slices", lambda: m[0:1, 0:1])

# ---- iteration, membership, conversions
print(list(m[:3]), [x for x in m[::3]], type(iter(m)).__name__, list(reversed(m))[:2])
print(98 in m, 120 in m, b"b" in m, b"b" in m.cast("c"), 98 in m.cast("c"))
print(bytes(m[::2]), bytearray(m[::-1]), b"-".join([m, m[:2]]), bytearray(b"+").join([m[:1]]))
print(b"xy" + m[:2], bytearray(b"z") + m[:1], b"%s!" % m[:3], str(m, "ascii"))
print(b"abc".startswith(memoryview(b"ab")), int.from_bytes(m[:2], "big"), bool(m), bool(m[:0]))
print(m.hex(), m.hex(":"), m.hex(":", 2), m.hex(sep="-", bytes_per_sep=-4), m[::2].hex())
print(m.tobytes("C"), m.tobytes(order="A"), m.tolist())
attempt("order", lambda: m.tobytes("X"))
attempt("concat", lambda: m + b"")
attempt("repeat", lambda: m * 2)
attempt("count", lambda: m.count(97))
print(struct.unpack("<HH", memoryview(b"\x01\x00\x02\x00")))

# ---- equality and hashing
print(m == b, b == m, m == bytearray(b), m == memoryview(b"abcdef"), m != b, m == "abcdef")
print(m == [97, 98, 99, 100, 101, 102], m[::2] == b"ace", m[::2] == memoryview(b"xaxcxe")[1::2])
attempt("order compare", lambda: m < b)
h = memoryview(b"\x01\x00").cast("H")
print(h == memoryview(b"\x01\x00\x00\x00").cast("I"), h == b"\x01\x00", h == b"\x01")
print(memoryview(b"\xff").cast("b") == b"\xff", memoryview(b"a").cast("c") == b"a")
nan = memoryview(struct.pack("d", float("nan"))).cast("d")
print(nan == nan, nan.tolist())
print(hash(m) == hash(b), hash(m[::2]) == hash(b"ace"), hash(m.cast("c")) == hash(b))
print(len({m: 1, b"abcdef": 2}))
attempt("writable hash", lambda: hash(memoryview(bytearray(b"ab"))))
attempt("format hash", lambda: hash(memoryview(b"ab").cast("H")))
attempt("readonly bytearray hash", lambda: hash(memoryview(bytearray(b"ab")).toreadonly()))

# ---- writing through a view
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
v[-1] = ord("F")
print(ba)
v[1:3] = b"BC"
print(ba)
v[::2] = b"123"
print(ba)
v[::-1] = v
print(ba)
v[1:3] = memoryview(b"xyz")[:2]
v[4:] = bytearray(b"!?")
print(ba, v.tobytes())
attempt("value range", lambda: v.__setitem__(0, 256))
attempt("negative value", lambda: v.__setitem__(0, -1))
attempt("str value", lambda: v.__setitem__(0, "a"))
attempt("float value", lambda: v.__setitem__(0, 1.0))
attempt("index", lambda: v.__setitem__(6, 1))
attempt("longer", lambda: v.__setitem__(slice(0, 2), b"abc"))
attempt("list", lambda: v.__setitem__(slice(0, 2), [1, 2]))
attempt("other format", lambda: v.__setitem__(slice(0, 2), memoryview(b"ab").cast("c")))
attempt("delete", lambda: v.__delitem__(0))
ro = memoryview(b"ab")
attempt("readonly item", lambda: ro.__setitem__(0, 1))
attempt("readonly slice", lambda: ro.__setitem__(slice(0, 1), b"a"))
attempt("readonly delete", lambda: ro.__delitem__(0))
c = memoryview(bytearray(b"ab")).cast("c")
c[0] = b"z"
print(c.tolist(), c.obj)
attempt("two bytes", lambda: c.__setitem__(0, b"ab"))
attempt("int for c", lambda: c.__setitem__(0, 1))


class Index:
    def __index__(self):
        return 66


v[0] = Index()
print(v[Index()] if len(v) > 66 else ba[:1])

# ---- casts
raw = bytearray(struct.pack("<hHiIqQ", -2, 65535, -3, 4000000000, -5, 2 ** 64 - 1))
print(memoryview(raw)[:2].cast("h").tolist(), memoryview(raw)[2:4].cast("H").tolist())
print(memoryview(raw)[4:8].cast("i").tolist(), memoryview(raw)[8:12].cast("I").tolist())
print(memoryview(raw)[12:20].cast("q").tolist(), memoryview(raw)[20:].cast("Q").tolist())
print(memoryview(raw)[12:20].cast("l").tolist(), memoryview(raw)[12:20].cast("b").tolist())
f = memoryview(bytearray(16)).cast("d")
f[0] = 1.5
f[1] = 3
print(f.tolist(), f.format, f.itemsize, f.nbytes, f.shape, f.strides, len(f))
g = f.cast("B").cast("f")
g[0] = 1e300
print(g[0], g.tolist()[1:2], len(g))
attempt("float type", lambda: g.__setitem__(0, "x"))
q = memoryview(bytearray(8)).cast("?")
q[0] = [1]
q[1] = 0
print(q.tolist()[:3], memoryview(bytearray(4)).cast("I", [1]).shape)
i4 = memoryview(bytearray(8)).cast("I")
i4[1] = 2 ** 32 - 1
print(i4.tolist(), i4.cast("B").tolist(), i4[1:].strides, i4.cast("B").format)
print(memoryview(b"ab").cast("@B").format, memoryview(b"abcdef")[::2][:1].cast("B").tolist())
attempt("h range", lambda: memoryview(bytearray(2)).cast("h").__setitem__(0, 2 ** 15))
attempt("q range", lambda: memoryview(bytearray(8)).cast("q").__setitem__(0, 2 ** 63))
attempt("Q negative", lambda: memoryview(bytearray(8)).cast("Q").__setitem__(0, -1))
attempt("format type", lambda: m.cast(3))
attempt("bad format", lambda: m.cast("x"))
attempt("multiple", lambda: memoryview(b"abc").cast("H"))
attempt("non-byte", lambda: memoryview(b"abcd").cast("H").cast("I"))
attempt("stepped", lambda: m[::2].cast("B"))
attempt("shape size", lambda: memoryview(b"abcd").cast("B", [3]))
attempt("shape type", lambda: memoryview(b"abcd").cast("B", 4))
attempt("H slice", lambda: memoryview(bytearray(4)).cast("H").__setitem__(slice(0, 1), b"ab"))

# ---- release, context manager and exports
r = memoryview(b"ab")
r.release()
r.release()
print(masked(repr(r)), r == r, r == memoryview(b"ab"))
for name in ["obj", "nbytes", "readonly", "format", "itemsize", "shape", "c_contiguous"]:
    attempt(name, lambda: getattr(r, name))
attempt("len", lambda: len(r))
attempt("item", lambda: r[0])
attempt("tobytes", lambda: r.tobytes())
attempt("tolist", lambda: r.tolist())
attempt("hex", lambda: r.hex())
attempt("cast", lambda: r.cast("B"))
attempt("hash", lambda: hash(r))
attempt("bytes", lambda: bytes(r))
attempt("list", lambda: list(r))
attempt("view", lambda: memoryview(r))
attempt("in", lambda: 97 in r)
attempt("enter", lambda: r.__enter__())
with memoryview(b"xy") as cm:
    print(cm.tobytes(), cm.__enter__() is cm)
attempt("after with", lambda: cm.tobytes())

ba = bytearray(b"abcdef")
v = memoryview(ba)
attempt("append", lambda: ba.append(1))
attempt("extend", lambda: ba.extend(b"x"))
attempt("insert", lambda: ba.insert(0, 1))
attempt("pop", lambda: ba.pop())
attempt("remove", lambda: ba.remove(97))
attempt("clear", lambda: ba.clear())
attempt("reverse", lambda: ba.reverse())
attempt("grow slice", lambda: ba.__setitem__(slice(0, 1), b"xy"))
attempt("same slice", lambda: ba.__setitem__(slice(0, 1), b"z"))
attempt("del item", lambda: ba.__delitem__(0))
attempt("del empty", lambda: ba.__delitem__(slice(0, 0)))
attempt("init", lambda: ba.__init__(b"zz"))
try:
    ba += b"x"
except BufferError as e:
    print("+=", e)
try:
    ba *= 2
except BufferError as e:
    print("*=", e)
ba *= 1
print(ba, v.tobytes())
part = v[1:3]
v.release()
attempt("slice still exports", lambda: ba.append(1))
del part
ba.append(33)
print(ba)
with memoryview(ba) as inner:
    attempt("inside with", lambda: ba.append(1))
ba.append(34)
print(ba)
views = [memoryview(ba) for _ in range(3)]
views[0].release()
attempt("two left", lambda: ba.pop())
del views
print(ba.pop())

# a view kept alive by a cycle through a derived bytearray is collected
x = MyArray(b"q")
x.view = memoryview(x)
del x
print(gc.collect() >= 1)

# ---- an array offers a view of its bytes
import array

a = memoryview(array.array("i", [1, 2, 3]))
print(a.format, a.itemsize, a.tolist(), a.nbytes, a.cast("B").tolist()[:4])


class A(array.array):
    pass


print(memoryview(A("b", [0, -1])).tolist())

# ---- library functions take views
import base64, binascii, hashlib, io

v8 = memoryview(b"\x01\x00\x02\x00\x03\x00\x04\x00")
print(struct.unpack("<4H", v8), struct.unpack_from("<H", v8, 2))
print(list(struct.iter_unpack("<H", v8[:4])), struct.unpack("<HH", v8.cast("I")[:1]))
buf = bytearray(8)
struct.pack_into("<HH", memoryview(buf), 2, 7, 8)
print(buf)
attempt("pack_into readonly", lambda: struct.pack_into("<H", memoryview(b"ab"), 0, 1))
print(base64.b64encode(memoryview(b"hello")), binascii.hexlify(memoryview(b"hi")))
out = io.BytesIO()
out.write(memoryview(b"abc"))
print(out.getvalue(), hashlib.sha256(memoryview(b"abc")).hexdigest()[:16])
print(array.array("H", memoryview(b"\x01\x00\x02\x00")).tolist())
arr = array.array("h", [1, -2])
arr.frombytes(memoryview(b"\x03\x00"))
print(arr.tolist())
