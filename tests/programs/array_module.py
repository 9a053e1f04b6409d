# The array module: typecodes and their range checks, construction, repr, items and
# slices, the methods, operators and comparisons, and 'f' items rounded to 4-byte floats.
import array as array_module
from array import array


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(array_module.typecodes, array_module.ArrayType is array, array.__name__, array.__module__)
for code in array_module.typecodes:
    print(code, array(code).itemsize, array(code).typecode)

# each integer typecode's range, with CPython's messages at each edge
edges = [2 ** 64, 2 ** 63, 2 ** 32, 2 ** 31, 65536, 32768, 256, 128, -1, -129, -32769, -2 ** 31 - 1,
         -2 ** 63 - 1]
for code in "bBhHiIlLqQ":
    a = array(code)
    for v in edges:
        try:
            a.append(v)
        except OverflowError as e:
            print(code, v, e)
    print(code, a)

# construction
print(array("d", [1, 2.5, True]), array("i", range(4)), array("b", (x for x in (1, 2))), array("u", "h\xe9!"))
print(array("u", ["a", "b"]), array("i", b"\x01\x00\x00\x00\xff\xff\xff\xff"), array("h", bytearray(b"\x02\x01")))
print(array("d", array("i", [1, 2])), array("i", [True, False]), array("q", [-2 ** 63]), array("Q", [2 ** 64 - 1]))
print(array("d"), array("u"), str(array("b", [1])), repr(array("f", [0.5])))
for args in [("x",), (5,), ("bb",), ("i", [1.5]), ("d", ["a"]), ("i", "abc"), ("u", ["ab"]), ("u", [1]),
             ("i", b"\x01"), ("i", array("u", "ab")), ("u", array("i", [1])), ("i", 5), ("i", None),
             (), ("b", [], 3)]:
    show("array%r" % (args,), lambda: array(*args))
show("array('d', [2 ** 2000])", lambda: array("d", [2 ** 2000]))
show("keywords", lambda: array(typecode="b"))

# 'f' keeps what a 4-byte float holds
f = array("f", [0.1, 0.5, 1 / 3, 1e40, -1e40, 2.0 ** -149])
print(f, f.tolist(), f[2] == 1 / 3, f[1] == 0.5)
f[0] = 0.2
f.append(3.14159)
print(f[0], f[-1], array("f", [1.5]).tobytes(), array("d", [1.0]).tobytes())

# items and slices
a = array("i", [1, 2, 3, 4, 5])
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[5:1], len(a), type(a[1:]).__name__)
show("a[7]", lambda: a[7])
show("a['x']", lambda: a["x"])
a[1] = 20
a[1:3] = array("i", [7, 8, 9])
print(a)
a[::2] = array("i", [0, 0, 0])
print(a)
del a[0]
del a[::2]
print(a)
for key, val in [(slice(1, 2), [1]), (slice(None, None, 2), array("i", [1, 2, 3])), (0, 1.5), (0, 2 ** 40),
                 (50, 1), (slice(0, 1), array("h", [1]))]:
    def store():
        a[key] = val
    show("a[%r] = %r" % (key, val), store)
show("del a[9]", lambda: a.__delitem__(9))

# methods
a = array("i", [5])
a.append(6)
a.extend([7, 8])
a.extend(array("i", [9]))
a.insert(0, 100)
a.insert(-1, 99)
a.insert(50, 1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(8)
a.reverse()
print(a, a.count(7), a.index(7), a.index(5, 1) if 5 in a[1:] else "-", a.tolist())
a.fromlist([1, 2])
print(a, a.buffer_info()[1], 7 in a, 70 in a, list(a), [x * 2 for x in a])
for src in ["array('i').pop()", "array('i', [1]).pop(5)", "array('i', [1]).remove(3)", "array('i', [1]).index(3)",
            "array('i', [1, 2, 3]).index(3, 0, 2)", "array('i', [1, 2, 3]).index(3, -1)", "array('i', [1]).extend(array('h', [2]))",
            "array('i', [1]).extend([1.5])", "array('i', [1]).fromlist((1, 2))", "array('i', [1]).frombytes('ab')",
            "array('i', [1]).tounicode()", "array('i', [1]).fromunicode('a')", "array('u', 'a').fromunicode(b'x')",
            "array('u').append(1)", "array('i').insert('a', 1)", "array('b', [1]).count('x')"]:
    show(src, lambda: eval(src))
d = array("d", [1.0])
show("fromlist partly bad", lambda: d.fromlist([2, "x"]))
print(d)
h = array("h", [1, 256, -2])
h.byteswap()
print(h, h.tobytes())
h.frombytes(b"\x01\x00")
print(h)
show("frombytes odd", lambda: h.frombytes(b"\x01"))
u = array("u", "ab")
u.fromunicode("cd")
u.append("e")
print(u, u.tounicode(), u.itemsize, "c" in u, u[1:3], u.tobytes()[:8])
w = array("d", [1.5, -2.0])
w.byteswap()
w.byteswap()
print(w)

import io
stream = io.BytesIO()
array("h", [1, 2, 3]).tofile(stream)
print(stream.getvalue())
stream.seek(0)
r = array("h")
r.fromfile(stream, 2)
show("fromfile short", lambda: r.fromfile(stream, 5))
print(r, bytes(array("H", [258])))

# operators and comparisons
b = array("b", [1, 2])
print(b + array("b", [3]), b * 2, 3 * array("d", [1.0]), b * -1, b + array("b"))
c = b
c += array("b", [9])
c *= 2
print(c, b is c)
show("b + array('h')", lambda: array("b") + array("h"))
show("b + [2]", lambda: array("b", [1]) + [2])
show("b * 2.0", lambda: array("b", [1]) * 2.0)
def iadd_list():
    t = array("b")
    t += [1]
show("b += [1]", iadd_list)
show("hash", lambda: hash(array("i")))
print(array("b", [1, 2]) == array("h", [1, 2]), array("b", [1, 2]) < array("b", [1, 3]), array("b", [1]) == [1])
print(array("i", [1, 2]) != array("i", [1, 2]), array("b", [1]) >= array("b", [1]), array("b", [2]) > array("d", [1.5]))
print(array("b", [1, 2]) < array("b", [1, 2, 0]), array("u", "ab") < array("u", "b"), array("d", [float("nan")]) == array("d", [float("nan")]))
print(sorted(array("i", [3, 1, 2])), max(array("d", [1.5, 0.5])), sum(array("B", [200, 100])), bool(array("b")), list(reversed(array("i", [1, 2]))))

import copy
e = copy.copy(d)
e.append(9)
g = copy.deepcopy(d)
print(d, e, g)


class Sub(array):
    def total(self):
        return sum(self)


s = Sub("i", [1, 2, 3])
print(s, s.total(), type(s[1:]).__name__, isinstance(s, array))
