# bytearray: construction, repr, items and slices, mutation, operators, methods shared with
# bytes, and bytearray accepted wherever bytes-like values are.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


# construction
print(bytearray(), bytearray(3), bytearray([65, 66]), bytearray(b"xy"))
print(bytearray(bytearray(b"copy")), bytearray(range(3)), bytearray(iter([1, 2])))
print(bytearray("h\xe9", "latin-1"), bytearray("h\xe9", "utf-8"), bytearray("a\xe9", "ascii", "replace"))
print(bytearray(source=b"kw"), bytearray("s", encoding="ascii"), bytearray(True))
for args in [(-1,), ([1, 300],), ([1, "a"],), ("abc",), (b"x", "ascii"), (3.5,), (None,),
             (1, 2, 3, 4), ("\xe9", "ascii")]:
    show("bytearray%r" % (args,), lambda: bytearray(*args))
show("errors only", lambda: bytearray(errors="strict"))
print(repr(bytearray(b"\x00\xff\n'\"\\")), str(bytearray(b"q")))
print(bytes(bytearray(b"back")), type(bytes(bytearray())))
print(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), issubclass(bytearray, bytes))
print(bytearray.__name__, type(bytearray()).__name__, type(iter(bytearray())).__name__)

# items and slices
b = bytearray(b"abcdefgh")
print(b[0], b[-1], b[2:5], b[::-2], b[5:1], type(b[1:]).__name__, b[1:].__class__ is bytearray)
show("b[20]", lambda: b[20])
show("b['x']", lambda: b["x"])
b[0] = 65
b[-1] = 72
print(b)
b[1:3] = b"XYZ"
print(b)
b[1:4] = []
print(b)
b[2:2] = bytearray(b"++")
print(b)
b[::2] = b"12" + b"34"
print(b)
b[::-3] = [48, 49, 50]
print(b)
b[:] = b
print(b)
b[len(b):] = (x for x in b"!?")
print(b)
for key, val in [(20, 1), (0, 256), (0, -1), (0, "a"), (slice(0, 1), 5), (slice(0, 1), "ab"),
                 (slice(None, None, 2), b"xy"), (slice(0, 1), [300]), (slice(0, 1), [None])]:
    def store():
        b[key] = val
    show("b[%r] = %r" % (key, val), store)
del b[0]
del b[-1]
del b[::3]
print(b)
del b[1:3]
print(b)
show("del b[50]", lambda: b.__delitem__(50))

# mutating methods
b = bytearray(b"hello")
b.append(33)
b.extend(b" wo")
b.extend([114, 108])
b.extend(bytearray(b"d"))
b.extend(x for x in b"!")
b.insert(0, 62)
b.insert(-1, 63)
b.insert(100, 64)
print(b, b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("l"))
b.reverse()
c = b.copy()
c.append(0)
print(b, c, c is b)
b.clear()
print(b, len(b))
for src in ["bytearray().pop()", "b.append(256)", "b.append('a')", "b.extend(5)", "b.extend('ab')",
            "b.extend([1, 256])", "b.insert(0, -1)", "b.remove(7)", "b.pop(3)",
            "b.append()", "b.copy(1)", "bytearray(b'ab').pop(5)"]:
    show(src, lambda: eval(src))

# operators
a = bytearray(b"ab")
print(a + b"cd", b"cd" + a, a + a, type(b"x" + a).__name__, a * 3, 2 * a, a * -1)
a += b"!"
a += bytearray(b"?")
print(a)
alias = a
a *= 2
print(a, alias is a)
a *= 0
print(a, alias)
show("a + 'x'", lambda: bytearray(b"x") + "x")
show("a + [1]", lambda: bytearray(b"x") + [1])
show("b'x' + 'x'", lambda: b"x" + "x")
show("a * 'x'", lambda: bytearray(b"x") * "x")
def iadd_list():
    t = bytearray()
    t += [1]
show("a += [1]", iadd_list)
x, y = bytearray(b"abc"), bytearray(b"abd")
print(x == b"abc", b"abc" == x, x == bytearray(b"abc"), x != y, x < y, y > b"abc", x <= b"abc", x >= b"abd")
print(x == "abc", sorted([bytearray(b"b"), b"a", bytearray(b"")]))
show("x < 'a'", lambda: x < "a")
show("hash", lambda: hash(x))
show("in a set", lambda: {x})
print(97 in x, 100 in x, b"bc" in x, bytearray(b"ca") in x, b"" in x, bytearray(b"b") in b"abc")
show("300 in x", lambda: 300 in x)
show("'a' in x", lambda: "a" in x)
print(list(x), [c for c in reversed(x)], len(x), bool(x), bool(bytearray()), max(x), sum(x))
print(list(enumerate(bytearray(b"hi"))), dict.fromkeys(bytearray(b"aa")))

# methods shared with bytes give bytearrays
s = bytearray(b"  Hello, World  ")
print(s.strip(), s.lstrip(), s.rstrip(b" d"), s.upper(), s.lower(), s.swapcase(), s.title())
print(s.split(), s.split(b","), s.rsplit(None, 1), s.partition(b","), s.rpartition(b"o"))
print(s.find(b"o"), s.rfind(111), s.index(b"W"), s.count(b"l"), s.count(108, 0, 6))
print(s.startswith(b"  H"), s.endswith((b"x", bytearray(b"  "))), s.replace(b"l", b"L", 2))
print(s.center(20, b"*"), s.ljust(18, b"."), s.rjust(18), bytearray(b"-7").zfill(4))
print(bytearray(b"a\tb").expandtabs(4), bytearray(b"x\ny\r\nz").splitlines(True))
print(bytearray(b"abc").translate(bytes.maketrans(b"abc", b"xyz"), b"b"), bytearray.maketrans(b"a", b"b")[97])
print(bytearray(b"pre-x").removeprefix(b"pre-"), bytearray(b"x.py").removesuffix(b".py"))
print(bytearray(b"a").join([b"1", bytearray(b"2"), b"3"]), b"-".join([bytearray(b"x"), b"y"]))
print(bytearray(b"hi!").hex(), bytearray(b"abc").hex(":"), bytearray.fromhex("de ad"), bytearray(b"x").capitalize())
print(bytearray(b"abc").isalpha(), bytearray(b"12").isdigit(), bytearray(b"Ab").istitle(), bytearray(b"").isascii())
print(bytearray(b"caf\xc3\xa9").decode(), bytearray(b"\xe9").decode("latin-1"), str(bytearray(b"ok"), "ascii"))
show("decode error", lambda: bytearray(b"\xff").decode())
show("join str", lambda: bytearray(b"").join(["x"]))
show("partition str", lambda: bytearray(b"a").partition("a"))

# %-formatting, int and float of bytes
print(bytearray(b"%s=%d") % (b"n", 5), b"%5.1f|%-4s|%c%c|%x|%r" % (2.25, bytearray(b"ab"), 65, b"B", 255, "q"))
print(b"%(k)s" % {b"k": b"v"}, b"100%%" % ())
show("%s of str", lambda: b"%s" % "x")
show("%c 300", lambda: b"%c" % 300)
show("too many", lambda: b"%d" % (1, 2))
print(int(bytearray(b"42")), int(b"-7"), int(b"ff", 16), float(bytearray(b"2.5")), float(b" 1e3 "))
show("int(b'x')", lambda: int(b"x"))
show("float(b'x')", lambda: float(b"x"))
print(int.from_bytes(bytearray(b"\x01\x00"), "little"), ord(bytearray(b"A")))

# bytearray where bytes-like values are taken
import base64, binascii, hashlib, io, json, struct, zlib
data = bytearray(b"payload " * 4)
print(zlib.decompress(zlib.compress(data)) == data, zlib.crc32(data), zlib.adler32(data))
print(hashlib.sha256(data).hexdigest()[:16], hashlib.md5(bytearray(b"x")).hexdigest())
h = hashlib.sha1()
h.update(bytearray(b"abc"))
print(h.hexdigest())
print(binascii.hexlify(bytearray(b"\x01\xff")), base64.b64encode(bytearray(b"hi")), base64.b64decode(bytearray(b"aGk=")))
print(struct.unpack("<HI", bytearray(b"\x01\x00\x02\x00\x00\x00")), struct.pack("2s", bytearray(b"ab")))
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 0xdeadbeef)
print(buf)
stream = io.BytesIO(bytearray(b"line1\nline2"))
print(stream.readline(), stream.read())
print(json.loads(bytearray(b'{"a": [1, 2]}')))
print(b"abc".find(bytearray(b"c")), b"abc".startswith(bytearray(b"a")), b"xyz".strip(bytearray(b"z")))


# subclassing
class Buf(bytearray):
    def total(self):
        return sum(self)


k = Buf(b"\x01\x02")
k.append(3)
k += b"\x04"
print(k, k.total(), len(k), k[1:], isinstance(k, bytearray), k == bytearray(b"\x01\x02\x03\x04"))
show("hash(Buf)", lambda: hash(k))


class Named(bytearray):
    def __init__(self, text):
        super().__init__(text, "utf-8")
        self.text = text


n = Named("h\xe9")
print(n, n.text, bytes(n), n.decode())

# bytes splitting on whitespace keeps what is left after maxsplit as it is
print(b"a b  ".split(None, 1), b"  a b".rsplit(None, 1), b" a b c ".split(None, 2), b" a b c ".rsplit(None, 2))
print(b"  a b  ".split(None, 0), b"  a b  ".rsplit(None, 0), b"a,b,,c".rsplit(b",", 1), b"a,b".rsplit(b","))

# list shares insert/pop/reverse/clear/copy with bytearray
for f in [lambda: [].insert(2 ** 70, 1), lambda: bytearray().insert(2 ** 70, 1), lambda: [].pop("x"),
          lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop(2 ** 70), lambda: bytearray(b"a").pop(2 ** 70)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# __index__ objects stand for a size; pprint breaks a long bytearray as CPython does
class Three:
    def __index__(self):
        return 3


print(bytearray(Three()), bytes(Three()), bytearray(b"abcdef")[Three()])
import pprint
pprint.pprint(bytearray(b"hello world, this is a long bytearray for pprint wrapping " * 2), width=40)
pprint.pprint([bytearray(b"short"), {"k": bytearray(b"v")}])
