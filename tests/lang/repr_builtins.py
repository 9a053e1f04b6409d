# repr() and str() of every built-in type, including nesting and special values.
values = [
    None, True, False, 0, -17, 10 ** 30, -(2 ** 64),
    0.0, -0.0, 1.0, 1.5, 1e16, 1e-5, 123456789.123, 1 / 3, 2.5e-300, float("inf"), float("-inf"), float("nan"),
    "", "plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "é ü ☃ 😀", "\u200b",
    b"", b"bytes", b"quote'", b"\x00\xff\n",
    [], [1, "a", None], (), (1,), (1, 2), {}, {"k": [1, (2,)]}, {1: "a", 2.5: None, (1, 2): True},
    set(), {3}, frozenset(), frozenset({4}),
    range(5), range(1, 10, 2), range(0), slice(1, 2), slice(None), slice(1, None, -1),
    int, str, float, bool, list, dict, tuple, set, frozenset, type, object, range, slice, bytes,
    type(None), ValueError, KeyError, StopIteration,
    ValueError("msg"), KeyError("key"), KeyError(), OSError(2, "No such file"), Exception("a", 1), ZeroDivisionError(),
    NotImplemented, Ellipsis, ...,
]
for v in values:
    print(repr(v), "|", str(v))

# Control characters are shown with repr only.
print([repr(c) for c in ["\x00", "\x07", "\x7f", "\x80", "\xa0", "\xad", "\u2028", "\U0001f600"]])
print(repr(len), repr(print), repr(abs))
print(str(["str", 'in list']), str(("x",)), str({"a": "b"}))
print(repr([[], [[]], {}, {"": ()}]))

recursive = [1, 2]
recursive.append(recursive)
print(recursive)
rd = {"self": None}
rd["self"] = rd
print(rd)

print(repr(1.0 * 10 ** 15), repr(1e15 + 0.5), repr(0.1 + 0.2), repr(100.0), repr(-1e-7), repr(5e-324))
print(str(12345678901234567.0), repr(1.7976931348623157e308), repr(2 ** 0.5))
print(repr("'"), repr('"'), repr("'\""), repr("\r\x1b"), repr("\u00e9\u0301"))
print(f"{None!r} {True!s} {1.50} {[1.0]} {'x'!r:>5}")
print("%r %s %d %5.2f %x %o %e %%" % ("r", "s", 42, 3.14159, 255, 8, 12345.678))
print(str(b"abc"), repr(bytes([104, 105])), list(b"hi"), b"a" + b"b", b"ab"[0], b"abc"[1:])
print(repr(dict(a=1).keys()), repr({"a": 1}.values()), repr({"a": 1}.items()))
print(type(iter([])).__name__, type(iter(())).__name__, type({}.keys()).__name__)
print(True + True, repr(True & False), repr(1 == 1.0), -0.0 == 0.0, repr(abs(-0.0)))
print(repr(round(2.5)), repr(round(2.567, 2)), repr(int(3.9)), repr(float(7)), repr(7 / 7), repr(7 // 7))
print(str(-0), repr(0.1 * 3), repr(1e22), repr(1e21), repr(123e-20), repr(float("1e400")))
