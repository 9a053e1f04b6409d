# Exercises base64 and binascii: every encoding both ways, options, and errors.
import base64
import binascii


def attempt(label, func, *args, **kwargs):
    try:
        print(label, "->", func(*args, **kwargs))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar",
           b"\x00\x00\x00\x00", b"\xff\xfe\xfd", bytes(range(0, 256, 7)), b"    spaces  "]

for data in samples:
    print(data)
    print("  b64", base64.b64encode(data), base64.standard_b64encode(data))
    print("  url", base64.urlsafe_b64encode(data), base64.b64encode(data, altchars=b"*!"))
    print("  b32", base64.b32encode(data), base64.b32hexencode(data))
    print("  b16", base64.b16encode(data), binascii.hexlify(data), binascii.b2a_hex(data))
    print("  a85", base64.a85encode(data), base64.a85encode(data, pad=True),
          base64.a85encode(data, foldspaces=True))
    print("  b85", base64.b85encode(data), base64.b85encode(data, pad=True))
    print("  crc", binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc_hqx(data, 0),
          binascii.crc_hqx(data, 0xFFFF))
    assert base64.b64decode(base64.b64encode(data)) == data
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b32hexdecode(base64.b32hexencode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
    assert base64.a85decode(base64.a85encode(data)) == data
    assert base64.a85decode(base64.a85encode(data, foldspaces=True), foldspaces=True) == data
    assert base64.b85decode(base64.b85encode(data)) == data
    assert binascii.unhexlify(binascii.hexlify(data)) == data

# Base64 decoding: str input, junk, padding, strict mode
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v\nYmFy\n"), base64.b64decode("Zm9vYg=="))
print(base64.b64decode(b"Zm9vYg==trailing"), base64.b64decode(b"Z m 9 v"), base64.b64decode(b"Zm=9v"))
print(base64.b64decode(b"Kio!", altchars=b"*!"), base64.b64decode("Kio!", altchars="*!"))
print(base64.urlsafe_b64decode("-_-_"), base64.urlsafe_b64decode(b"-_-_"), base64.standard_b64decode(b"+/+/"))
for bad in [b"Zm9vY", b"Zm9vYg", b"Zm9vYg=", b"Z", b"abcde", b"ab=c"]:
    attempt("b64decode %r" % bad, base64.b64decode, bad)
for bad in [b"ab!c", b"abc=d", b"=abc", b"ab==c", b"ab===", b"abcd====", b"abcd=", b"a", b"ab",
            b"ab=c=", b"ab\ncd", b"abcd"]:
    attempt("strict %r" % bad, base64.b64decode, bad, validate=True)
    attempt("a2b strict %r" % bad, binascii.a2b_base64, bad, strict_mode=True)
attempt("b64decode int", base64.b64decode, 5)
attempt("b64decode non-ascii", base64.b64decode, "\u00e9t\u00e9")
attempt("b64encode str", base64.b64encode, "text")
attempt("altchars length", base64.b64encode, b"x", altchars=b"abc")

# Base32
print(base64.b32decode(b"MZXW6YTBOI======"), base64.b32decode("mzxw6ytb", casefold=True))
print(base64.b32decode(b"MZXW6YTB0I======", map01=b"L"), base64.b32decode(b"MZXW6YTBOI======", map01="I"))
print(base64.b32hexdecode(b"CPNMUOJ1"), base64.b32hexdecode(b"cpnmuoj1", casefold=True))
for bad in [b"MZXW6YT", b"MZXW6YT=", b"MZXW6===", b"MZXW6Y1B", b"mzxw6ytb", b"M=======",
            b"MZ=====A", b"MZXW6YTBOI=====1"]:
    attempt("b32decode %r" % bad, base64.b32decode, bad)
attempt("b32encode str", base64.b32encode, "abc")
attempt("map01 length", base64.b32decode, b"MZXW6YTB", map01=b"LI")

# Base16 and hex
print(base64.b16decode(b"DEADBEEF"), base64.b16decode("deadbeef", casefold=True))
attempt("b16decode lower", base64.b16decode, b"deadbeef")
attempt("b16decode odd", base64.b16decode, b"ABC")
attempt("b16decode junk", base64.b16decode, b"AG")
print(binascii.unhexlify("4a4B"), binascii.a2b_hex(b"00ff"))
for bad in ["abc", "zz", "\u00e9\u00e9"]:
    attempt("unhexlify %r" % bad, binascii.unhexlify, bad)
attempt("unhexlify int", binascii.unhexlify, 5)
attempt("hexlify str", binascii.hexlify, "ab")
data = b"abcdefg"
for sep, per in [("-", 1), (b":", 2), (b":", -2), (":", 3), (" ", -3), ("_", 7), ("_", 10), (":", 0)]:
    print("hexlify", repr(sep), per, binascii.hexlify(data, sep, per), data.hex())
attempt("hexlify long sep", binascii.hexlify, data, "::")

# Ascii85 and Base85 extras
print(base64.a85encode(b"Hello, world! How are you today?", wrapcol=10))
print(base64.a85encode(b"Hello, world! How are you today?", wrapcol=10, adobe=True))
print(base64.a85encode(b"abc", adobe=True), base64.a85encode(b"abcd", wrapcol=1, adobe=True))
print(base64.a85decode(b"<~@:E^~>", adobe=True), base64.a85decode(b"@:E^~>", adobe=True))
print(base64.a85decode(b"87cUR\nDZ", ignorechars=b"\n"), base64.a85decode(b"z"), base64.a85decode(b"y", foldspaces=True))
for bad in [b"abc~", b"az", b"ay", b"{", b"s8W-\"", b"uuuuu"]:
    attempt("a85decode %r" % bad, base64.a85decode, bad, foldspaces=True)
attempt("a85decode adobe", base64.a85decode, b"<~abc", adobe=True)
for bad in [b"abc\"", b"|NsC1~", b"~~~~~", b"0000 "]:
    attempt("b85decode %r" % bad, base64.b85decode, bad)
attempt("a85encode str", base64.a85encode, "abc")

# Multi-line Base64 and binascii base64
long = bytes(range(200))
enc = base64.encodebytes(long)
print(enc)
print(base64.decodebytes(enc) == long, base64.encodebytes(b""), base64.decodebytes(b"YWJj\nZGVm\n"))
attempt("encodebytes str", base64.encodebytes, "abc")
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False))
print(binascii.a2b_base64("aGVsbG8="), binascii.a2b_base64(b"aGVs\nbG8=\n"))
attempt("b2a_base64 str", binascii.b2a_base64, "x")
attempt("a2b_base64 int", binascii.a2b_base64, 5)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
try:
    base64.b32decode(b"A")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
