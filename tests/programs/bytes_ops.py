# bytes: membership, %-formatting, int() and float() of bytes, int.to_bytes/from_bytes,
# the bytes methods added with bytearray, and concatenation errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


# membership: an int is one byte, bytes-like a run of bytes
print(10 in b"\n", 11 in b"\n", b"b" in b"abc", b"" in b"", b"ac" in b"abc", True in b"\x01")
show("256 in", lambda: 256 in b"x")
show("-1 in", lambda: -1 in b"x")
show("str in", lambda: "a" in b"abc")
show("float in", lambda: 1.0 in b"abc")
show("None in", lambda: None in b"abc")


class Idx:
    def __index__(self):
        return 97


print(Idx() in b"abc", Idx() in b"xyz")

# %-formatting
print(b"%d" % 5, b"%s|%r|%x" % (b"a", 1, 255), b"%5.2f" % 1.5, b"%c" % 65, b"%c" % b"A")
print(b"%a" % "\xe9", b"%r" % "q", b"%b" % b"z", b"%-4s|%4s" % (b"ab", b"cd"), b"%.1s" % b"xyz")
print(b"%(x)d-%(y)s" % {b"x": 3, b"y": b"v"}, b"%05d|%+d|%o" % (42, 7, 8), b"%%" % (), b"%i" % 3.9)


class B:
    def __bytes__(self):
        return b"from __bytes__"


print(b"<%s>" % B(), b"%s" % memoryview(b"m") if False else b"no memoryview")
for fmt, args in [(b"%s", "x"), (b"%c", 300), (b"%c", "a"), (b"%c", b"ab"), (b"%d %d", (1,)),
                  (b"%d", (1, 2)), (b"%d", "x"), (b"%y", 1), (b"%(k)s", 1)]:
    show("%r %% %r" % (fmt, args), lambda: fmt % args)
print(type(bytearray(b"%d") % 1).__name__, "%s" % b"x", "%r" % bytearray(b"y"))
show("'%b' % 1", lambda: "%b" % 1)

# int() and float() of bytes
print(int(b"12"), int(b" -12 "), int(b"ff", 16), int(b"0x1f", 0), int(b"1_000"), float(b"1.5"), float(b"-inf"), float(b" 2e3\n"))
for src in [b"x", b"1.5", b"\xff", b""]:
    show("int(%r)" % src, lambda: int(src))
show("float(b'x')", lambda: float(b"x"))
show("float(b'\\xe9')", lambda: float(b"\xe9"))
show("int(b'9' * 5000)", lambda: int(b"9" * 5000))

# int.to_bytes and int.from_bytes
print((1).to_bytes(), (258).to_bytes(2, "big"), (258).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (2**70).to_bytes(10, "little"))
print((1).to_bytes(length=3, byteorder="little"), True.to_bytes(1, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x02", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2], "big"), int.from_bytes(b""), int.from_bytes(bytes=b"\x05"), int.from_bytes(b"\x00\x80", "little", signed=True))
for src in ["(258).to_bytes()", "(-1).to_bytes(2, 'big')", "(65536).to_bytes(2, 'big')", "(1).to_bytes(-1, 'big')",
            "(1).to_bytes(2, 'x')", "(1).to_bytes(2, 5)", "(128).to_bytes(1, 'big', signed=True)", "(1).to_bytes(1, 'big', 1)",
            "int.from_bytes('ab', 'big')", "int.from_bytes(5, 'big')", "int.from_bytes(b'\\x01', 'middle')",
            "int.from_bytes()", "int.from_bytes(b'\\x80', 'big', True)", "int.from_bytes([256])"]:
    show(src, lambda: eval(src))

# more bytes methods
print(b"abc".title(), b"hELLO wORLD".capitalize(), b"AbC".swapcase(), b"a,b".partition(b","), b"a,b,c".rpartition(b","))
print(b"ab".center(5, b"*"), b"ab".center(6), b"x".ljust(3, b"-"), b"x".rjust(3), b"-5".zfill(4), b"+".zfill(3))
print(b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(0), b"a\r\nb\rc\nd".splitlines(), b"a\r\nb\n".splitlines(True))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz"), b"b"), b"abc".translate(None, b"ac"), b"Hello World".istitle())
print(b"ABC1".isupper(), b"abc!".islower(), b"".isascii(), b"\x80".isascii(), b"x.py".removesuffix(b".py"), b"pre".removeprefix(b"p"))
print(b"a b  c".rsplit(None, 1), b"a,b,,c".rsplit(b",", 1), b"abcdef".hex(":", 2), b"abcdef".hex("-", -4), b"\x01\xff".hex(b" "))
print(b"abc".count(b"c", -1), b"abc".count(b""), b"abcabc".count(98, 2), b"abc".find(b"", 3), b"abc".find(b"", 4))
print(b"abc".startswith(b"b", 1), b"abc".endswith(b"b", 0, 2), b"abc".startswith((b"x", b"a")), b"abc".startswith(b"", 3))
print(list(reversed(b"abc")), b"a" * 3, 3 * b"ab", b"".join([b"1", bytearray(b"2")]))
for src in ["b''.center()", "b''.zfill()", "b'x'.ljust(3, b'ab')", "b'x'.center(3, '*')", "b''.translate()",
            "b''.translate(b'x')", "bytes.maketrans(b'a')", "bytes.maketrans(b'a', b'bc')", "b'ab'.hex('::')",
            "b'ab'.hex('\\u00e9')", "b'abc'.partition(b'')", "b''.split(1, 2, 3)", "b''.upper(1)",
            "b'a' + 'x'", "b'a' + 1", "'a' + b'x'", "bytes('abc')", "bytes(3, 'ascii')", "bytes(b'x', foo=1)",
            "bytes([300])", "bytes(1.5)"]:
    show(src, lambda: eval(src))
print(bytes("h\xe9", "utf-8"), bytes("h\xe9", "latin-1"), bytes(B()), bytes(2), bytes(bytearray(b"ba")))


# a % b formats at once unless b's class derives from a's (then b.__rmod__ goes first)
class S(str):
    def __rmod__(self, o):
        return "S.rmod"


class Bs(bytes):
    def __rmod__(self, o):
        return "Bs.rmod"


class BA(bytearray):
    def __rmod__(self, o):
        return "BA.rmod"


for fmt in ["%s", b"%s", bytearray(b"%s")]:
    for arg in [S("x"), Bs(b"y"), BA(b"z")]:
        show("%r %% %s" % (fmt, type(arg).__name__), lambda: fmt % arg)
