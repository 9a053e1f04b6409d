# Lone surrogates in str: literals, chr/ord, repr, comparisons, the codecs and their error
# handlers, json, and what printing one does.
import json

s = "\ud800"
print(len(s), ord(s), hex(ord("\udfff")), repr(s), ascii("a\udc80b"))
print(repr("x\ud83d\ude00y"), len("\ud83d\ude00"))
print(chr(0xdc80) == "\udc80", chr(0xd7ff), repr(chr(0xdfff)))
print(repr("\udc80" * 3), "\udc80\udc81".upper() == "\udc80\udc81")
print("\ud800".isprintable(), "\ud800".isalpha(), "\ud800".isidentifier())
print(sorted(["\ue000", "\ud800", "\U00010000", "\ud7ff", "a", "\udfff"]) ==
      ["a", "\ud7ff", "\ud800", "\udfff", "\ue000", "\U00010000"])
print("\ud800" < "\ue000", "\ud800" < "\U00010000", "\udfff" > "\ud7ff", "\ud800" == "\ud800")
print(ascii(max("\ud800\ue000", "\ud800\ud900")), "\ud800".join(["a", "b"]) == "a\ud800b")
print("a\ud800b".find("\ud800"), "a\ud800b".split("\ud800"), "\ud800" in "xx\ud800")
print(repr(f"{s}{s}"), "%r" % "\ud801", "{!a}".format("\ud802"))
print(repr("%c" % 0xdc00), repr(format(0xd800, "c")))
print(hash("\ud800") == hash(chr(0xd800)), {"\ud800": 1}["\ud800"])
print(repr("ab\ud800cd"[2]), repr("ab\ud800cd"[1:3]), repr("ab\ud800cd"[::-1]))
tr = str.maketrans({"\ud800": "X"})
print(tr, "a\ud800".translate(tr), "a\ud800".translate({0xd800: 0xdfff}) == "a\udfff")

def err(f):
    try:
        r = f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return repr(r)

for enc in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
            "utf-32-be", "unicode_escape", "raw_unicode_escape"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace",
                   "surrogateescape", "surrogatepass"]:
        print(enc, errors, err(lambda: "a\xe9\u20ac\U0001f600\udc80\ud800b".encode(enc, errors)))

for data, enc in [(b"a\xff\xe2\x82(\xed\xa0\x80z", "utf-8"), (b"a\x80b", "ascii"),
                  (b"\xff\xfea\x00\x00\xd8\x00\xdc\x00\xdcb\x00", "utf-16"),
                  (b"a\x00\x00\xd8", "utf-16-le"), (b"\x00a\xd8\x00\x00", "utf-16-be"),
                  (b"a\x00\x00\x00\x00\xd8\x00\x00\x00\x00\x11\x00", "utf-32-le"),
                  (b"a\\x41\\u20ac\\U0001F600\\ud800\\N{BULLET}\\q\\101\xe9", "unicode_escape"),
                  (b"a\\x4g", "unicode_escape"), (b"a\\", "unicode_escape"),
                  (b"a\\U00110000b", "unicode_escape"), (b"\\N{nope}", "unicode_escape"),
                  (b"a\\\\u20ac\\u20ac\\x41\xe9", "raw_unicode_escape"),
                  (b"a\\u20", "raw_unicode_escape")]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape",
                   "surrogatepass", "xmlcharrefreplace"]:
        print(enc, errors, err(lambda: ascii(data.decode(enc, errors))))

# round trips
raw = bytes(range(256))
t = raw.decode("utf-8", "surrogateescape")
print(len(t), t.encode("utf-8", "surrogateescape") == raw, ascii(t[-3:]))
print("\ud83d\ude00".encode("utf-16-le", "surrogatepass").decode("utf-16-le"))
print(ascii("\ud800\udc00".encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")))
print(err(lambda: "x".encode("utf-8", "bogus")), err(lambda: "\ud800".encode("utf-8", "bogus")))
print(err(lambda: b"x".decode("utf-99")))

try:
    "ab\ud800".encode()
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b"ab\xff".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)

# json keeps lone surrogates
print(json.dumps("\ud800x"), json.dumps("\ud83d\ude00"), json.dumps(["\udc80"], ensure_ascii=False) == '["\udc80"]')
print(ascii(json.loads('"\\ud800"')), ascii(json.loads('"\\ud83d\\ude00"')), ascii(json.loads('"\\udc00\\ud800"')))
print(ascii(json.loads("\"a\"".encode("utf-16"))), ascii(json.loads(b'"\\ud800"')))

# printing: a surrogate that stands for a byte is that byte; any other cannot be printed
import sys
sys.stdout.flush()
print(err(lambda: print("ab\ud800")))
print(err(lambda: sys.stdout.write("x\ud801")))
print(err(lambda: print("ok", "\ud800", sep="-")))

# file names that are not UTF-8 come back as surrogateescape text, and go out as their bytes
import os, tempfile
d = tempfile.mkdtemp()
name = b"caf\xe9-\xff".decode("utf-8", "surrogateescape")
p = os.path.join(d, name)
with open(p, "w") as f:
    f.write("hi")
print(ascii(name), os.path.exists(p), ascii(os.listdir(d)), os.listdir(os.fsencode(d)))
print(open(p).read(), os.fsencode(name), ascii(os.fsdecode(b"\xff")))
os.remove(p)
os.rmdir(d)
print(err(lambda: open("\ud800")))

# printable is by Unicode category (a reserved code point next to the surrogates is not)
print([c.isprintable() for c in ["\ud7ff", "\ud7a3", "\u00a0", "\u00ad", "\ue000", "\u2028", "\U0010ffff", "\u3000", "\u0378"]])
print(repr("\ud7ff\u00a0\u00ad\u0378"))
