# Exercises the struct module: every format code, the byte orders, alignment,
# floats (including half precision), error messages and the Struct class.
import struct
import math


def attempt(label, func, *args):
    try:
        print(label, "->", func(*args))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


# Sizes and alignment
for fmt in ["b", "h", "i", "l", "q", "n", "P", "e", "f", "d", "?", "c", "x",
            "ci", "ic", "ic0i", "<ic0i", "bhiq", "@bhiqe?fdP", "=bhiq", "<l", ">L",
            "!q", " 3i  4h ", "10s", "5p", "3x", "0s", "hd", "dh", "b3x", ""]:
    attempt("calcsize %r" % fmt, struct.calcsize, fmt)
attempt("calcsize bytes", struct.calcsize, b">hh")

# Packing integers in each byte order
for fmt in ["<h", ">h", "!h", "=h", "@h", "<I", ">I", "<q", ">Q", "<l", ">l", "@l",
            "@n", "@N", "@P"]:
    for value in [0, 1, -1, 255, 1000, -1000]:
        attempt("pack %s %d" % (fmt, value),
                lambda f, v: struct.pack(f, v).hex(), fmt, value)

print(struct.pack("<bBhHiIqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1).hex())
print(struct.pack(">bBhHiIqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1).hex())
print(struct.unpack("<bBhHiIqQ", bytes(range(1, 31))))
print(struct.unpack(">bBhHiIqQ", bytes(range(200, 230))))
print(struct.unpack("@ci", b"A\x00\x00\x00\x01\x00\x00\x00"))
print(struct.pack("@bi", 1, 2), struct.pack("@bq", 1, 2).hex())
print(struct.pack("@ic0l", 1, b"z").hex())

# Range errors (the messages differ between byte orders, as in CPython)
cases = [("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 40000), ("H", -1),
         ("H", 70000), ("i", 2**31), ("I", -1), ("I", 2**32), ("l", 2**31),
         ("L", 2**32), ("q", 2**63), ("Q", -1), ("Q", 2**64), ("n", 2**63),
         ("N", -1), ("P", 2**64), ("P", -1), ("i", 2**70), ("h", -2**64)]
for order in "@=<>!":
    for code, value in cases:
        if order != "@" and code in "nNP":
            continue
        attempt("pack %s%s %d" % (order, code, value),
                lambda f, v: struct.pack(f, v).hex(), order + code, value)


class Seven:
    def __index__(self):
        return 7


class Half:
    def __float__(self):
        return 0.5


print(struct.pack("<i", Seven()), struct.pack("<d", Seven()), struct.pack("<f", Half()))
print(struct.pack("<?i", True, True))
for bad in [1.5, "3", None, Half()]:
    attempt("pack i %r" % type(bad).__name__, struct.pack, "<i", bad)
for bad in ["3", b"x", None, 2**2000]:
    attempt("pack d %s" % type(bad).__name__, struct.pack, "<d", bad)

# Floats
specials = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, math.pi, 65504.0, 65519.0, 65520.0,
            6e-8, 5.96e-8, 2.98e-8, 1e-10, 3.4028234663852886e38, 3.5e38, 1e-45, 7e-46,
            1.401298464324817e-45, 5e-324, 1.7976931348623157e308, float("inf"),
            float("-inf")]
for value in specials:
    row = []
    for code in "efd":
        for order in "<>":
            try:
                row.append(struct.pack(order + code, value).hex())
            except OverflowError as e:
                row.append("Overflow(%s)" % e)
    print(repr(value), row)
    try:
        print("   round trip", struct.unpack("<e", struct.pack("<e", value))[0],
              struct.unpack("<f", struct.pack("<f", value))[0])
    except OverflowError as e:
        print("   ", type(e).__name__, e)
print("native f saturates:", struct.pack("@f", 1e300).hex(), struct.pack("f", -1e39).hex())
nan = float("nan")
for code in "efd":
    packed = struct.pack("<" + code, nan)
    back = struct.unpack("<" + code, packed)[0]
    print(code, packed.hex(), back, math.isnan(back))
    packed = struct.pack(">" + code, -nan)
    back = struct.unpack(">" + code, packed)[0]
    print(code, packed.hex(), math.copysign(1.0, back))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"),
      struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\xff\x7b"),
      struct.unpack("<e", b"\x00\x80"))
print(struct.unpack("<f", b"\x01\x00\x00\x00"), struct.unpack(">f", b"\x7f\x7f\xff\xff"))
print(struct.unpack("<d", b"\x01" + bytes(7)), struct.unpack(">d", b"\x3f\xf0" + bytes(6)))

# Strings, chars, bools, padding
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"abc"))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("1p", b"xyz"))
print(struct.pack("300p", b"q" * 400)[:4], len(struct.pack("300p", b"q" * 400)))
print(struct.unpack("5s3p", b"hello\x05ab"), struct.unpack("4p", b"\x02abc"))
print(struct.pack("3c", b"x", b"y", b"z"), struct.unpack("3c", b"xyz"))
print(struct.pack("?3x?", [], "yes"), struct.unpack("??", b"\x00\x07"))
print(struct.pack("2x"), struct.unpack("2xh2x", b"\x00\x00\x05\x00\x00\x00"))
attempt("pack s str", struct.pack, "3s", "abc")
attempt("pack p int", struct.pack, "3p", 5)
attempt("pack c long", struct.pack, "c", b"ab")
attempt("pack c str", struct.pack, "c", "a")

# Format errors
for fmt in ["z", "3", "3 i", "i@", "<>", "<P", "=n", "!N", "99999999999999999999i",
            "9999999999999999999i"]:
    attempt("calcsize %r" % fmt, struct.calcsize, fmt)
attempt("calcsize int", struct.calcsize, 5)
attempt("pack none", struct.pack)
attempt("pack few", struct.pack, "<ii", 1)
attempt("pack many", struct.pack, "<i", 1, 2)
attempt("pack x", struct.pack, "x", 1)
attempt("unpack short", struct.unpack, "<i", b"abc")
attempt("unpack long", struct.unpack, "<i", b"abcde")
attempt("unpack str", struct.unpack, "<i", "abcd")
attempt("unpack list", struct.unpack, "<i", [1, 2, 3, 4])

# unpack_from, iter_unpack, pack_into
data = bytes(range(10))
for offset in [0, 3, 6, 7, 20, -4, -2, -11, -10]:
    attempt("unpack_from %d" % offset, struct.unpack_from, "<i", data, offset)
print(struct.unpack_from("<h", buffer=data, offset=1), struct.unpack_from("<h", data))
attempt("unpack_from float", struct.unpack_from, "<h", data, 1.0)
it = struct.iter_unpack("<hb", b"abcdefghi")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(list(struct.iter_unpack(">H", b"")))
attempt("iter_unpack odd", struct.iter_unpack, "<h", b"abc")
attempt("iter_unpack empty struct", struct.iter_unpack, "0x", b"abc")
attempt("pack_into bytes", struct.pack_into, "<h", b"abc", 0, 1)
attempt("pack_into str", struct.pack_into, "<h", "abc", 0, 1)
attempt("pack_into count", struct.pack_into, "<h", b"abc", 0, 1, 2)

# Struct objects
s = struct.Struct("<3sHd")
print(s.format, s.size, type(s.format).__name__)
packed = s.pack(b"cat", 513, 2.75)
print(packed, s.unpack(packed), s.unpack_from(b"!" + packed, 1))
print(list(s.iter_unpack(packed * 3)))
s2 = struct.Struct(b">i")
print(s2.format, s2.size, s2.pack(-2), s2.unpack(b"\x80\x00\x00\x00"))
attempt("Struct int", struct.Struct, 3)
attempt("Struct bad", struct.Struct, "<y")
try:
    s.size = 4
except AttributeError:
    print("size is read-only")
print(issubclass(struct.error, Exception), struct.error.__name__)
print(sorted(struct.__all__))
