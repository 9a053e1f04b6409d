# complex numbers: literals, repr/str, the constructor and its string forms, arithmetic with
# int, float and complex in both orders (CPython's scaled division and integer powers),
# comparisons, hashing, formatting, attributes and methods, subclasses, and a table of
# operations on special values (zeros of both signs, infinities, NaN).

inf = float("inf")
nan = float("nan")


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


def show(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print("--- literals and repr")
print(1j, 1.5J, 1e3j, 1_0j, .5j, 0j, 00j, 012j, 1e-3J, 0.j, 1_000.000_1j, 1e400j)
print(-1j, --1j, -0j, +0j, 3 + 4j, 3 - 4j, -3 - 4j, (1 + 2j) * (3 - 4j))
for z in [complex(-0.0, 0), complex(-0.0, -0.0), complex(0.0, -0.0), complex(0, 0), -0j,
          complex(1e16, 1), complex(1e15, 1), complex(nan, inf), complex(inf, nan),
          complex(-inf, -inf), complex(1.5, -2.25), complex(0, nan), complex(nan, 0),
          complex(1e-5, 1e-4), complex(0.1 + 0.2, 1 / 3), complex(5e-324, -5e-324),
          complex(1.7976931348623157e308, -2.2250738585072014e-308), complex(123456789.0, 1e17),
          complex(2, 0), complex(-2, 0), complex(0, 2), complex(-0.0, 2), complex(1e22, 1e-7)]:
    print(repr(z), str(z), z.real, z.imag)
print([1j, 2 + 0j], (1j,), {1j: 2j}, {"k": -1j})
print(type(1j), type(1j).__name__, isinstance(1j, complex), isinstance(1, complex), complex)

print("--- the constructor")
for args in [(), (1,), (1.5,), (-0.0,), (True,), (1, 2), (1.5, -2.5), (1j,), (1j, 0), (1j, 1j),
             (1 + 2j, 3 + 4j), (2, 3j), (0.0, -0.0), (-0.0, 0), (10**20, 10**-20),
             (False, True), (1j, -0.0), (complex(1, -0.0),)]:
    attempt("complex%r" % (args,), complex, *args)
attempt("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
attempt("complex(imag=2)", lambda: complex(imag=2))
attempt("complex(real=1j, imag=1j)", lambda: complex(real=1j, imag=1j))
attempt("complex(1, real=2)", lambda: complex(1, real=2))
attempt("complex(foo=1)", lambda: complex(foo=1))
attempt("complex(1, 2, 3)", lambda: complex(1, 2, 3))
attempt("complex([])", complex, [])
attempt("complex(None)", complex, None)
attempt("complex(1, [])", complex, 1, [])
attempt("complex(1, None)", complex, 1, None)
attempt("complex('1', 2)", complex, "1", 2)
attempt("complex(1, '2')", complex, 1, "2")
attempt("complex(b'1')", complex, b"1")
attempt("complex(10**400)", complex, 10**400)
attempt("complex(1, 10**400)", complex, 1, 10**400)

print("--- complex(str)")
for s in ["1", "-1", "+1.5", "1j", "-1J", "1+1j", "1-1j", "(1+1j)", " ( 1+1j ) ", "\t1j\n",
          "j", "+j", "-j", "1+j", "1-J", "J", "inf", "-infj", "infinityj", "nan", "NaN+NaNj",
          "-nanj", "1e3", "1e3j", "1e+3-2e-3j", "1.e2", ".5j", "1_000j", "1_0.5_0e1_0j", "-0",
          "-0j", "0-0j", "-0-0j", "1e500", "-1e500j", "1e-500", "(j)", "( j )", "(-j)", "+1+1j",
          "\u0661\u0662j", "\u2003 1j \u2003", "\u0661+\u0662j",
          "", " ", "()", "(1", "1)", "1 + 1j", "1+1", "1j+1", "1jj", "jj", "+-1j", "1+-1j",
          "1-+1j", "1e", "1ej", "1.5.5", "--1", "1__0", "_1", "1_", "(1_0)", "x", "0x1",
          "1+1j\x00", "1+1\uff4a", "\u00e9", "\u00e9_1", "infinity", "infinit", "infj+1", "1+infj"]:
    attempt("complex(%r)" % s, complex, s)

print("--- __complex__, __float__, __index__")


class WithComplex:
    def __complex__(self):
        return 2 - 3j


class WithFloat:
    def __float__(self):
        return 1.25


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return "x"


class IntComplex:
    def __complex__(self):
        return 1


class Plain:
    pass


attempt("complex(WithComplex())", complex, WithComplex())
attempt("complex(WithComplex(), 1)", complex, WithComplex(), 1)
attempt("complex(1, WithComplex())", complex, 1, WithComplex())
attempt("complex(WithFloat())", complex, WithFloat())
attempt("complex(WithIndex(), WithFloat())", complex, WithIndex(), WithFloat())
attempt("complex(BadComplex())", complex, BadComplex())
attempt("complex(IntComplex())", complex, IntComplex())
attempt("complex(Plain())", complex, Plain())
attempt("complex(1, Plain())", complex, 1, Plain())

print("--- arithmetic with int, float and complex, both orders")
values = [3 + 4j, -1.5 + 0.5j, 2j, 1 + 0j, 0j, -0j, 7, -2, 0, True, 2.5, -0.0, 10**20]
ops = [("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
       ("/", lambda x, y: x / y), ("**", lambda x, y: x ** y)]
for x in values:
    for y in values:
        if not isinstance(x, complex) and not isinstance(y, complex):
            continue
        print(repr(x), repr(y), " ".join(name + " " + show(op, x, y) for name, op in ops))
for name, op in [("//", lambda x, y: x // y), ("%", lambda x, y: x % y), ("divmod", divmod),
                 ("<<", lambda x, y: x << y), ("&", lambda x, y: x & y), ("@", lambda x, y: x @ y)]:
    attempt("1j %s 2" % name, op, 1j, 2)
    attempt("2 %s 1j" % name, op, 2, 1j)
    attempt("1j %s 1j" % name, op, 1j, 1j)
attempt("1j + 'a'", lambda: 1j + "a")
attempt("'a' + 1j", lambda: "a" + 1j)
attempt("[1] * 1j", lambda: [1] * 1j)
attempt("1j * 'a'", lambda: 1j * "a")
attempt("1j + 10**400", lambda: 1j + 10**400)
attempt("1j / 0", lambda: 1j / 0)
attempt("1 / 0j", lambda: 1 / 0j)
attempt("0j / 0j", lambda: 0j / 0j)
attempt("1j / 0.0", lambda: 1j / 0.0)
attempt("0j ** -1", lambda: 0j ** -1)
attempt("0j ** 1j", lambda: 0j ** 1j)
attempt("0j ** -0.5", lambda: 0j ** -0.5)
attempt("0j ** 0", lambda: 0j ** 0)
attempt("0j ** 0j", lambda: 0j ** 0j)
attempt("0j ** 0.5", lambda: 0j ** 0.5)
attempt("(1e200+0j) ** 2", lambda: (1e200 + 0j) ** 2)
attempt("1e300j ** 1.5", lambda: 1e300j ** 1.5)
attempt("(1e-200+0j) ** -2", lambda: (1e-200 + 0j) ** -2)
attempt("(-1+1e-300j) ** 1e308", lambda: (-1 + 1e-300j) ** 1e308)
attempt("pow(1j, 2, 3)", pow, 1j, 2, 3)
attempt("pow(2, 2, 1j)", pow, 2, 2, 1j)
attempt("pow(2j, 2)", pow, 2j, 2)
attempt("pow(2, 0.5j)", pow, 2, 0.5j)
attempt("(-8) ** (1/3)", lambda: (-8) ** (1 / 3))
attempt("(-1) ** 0.5", lambda: (-1) ** 0.5)
attempt("(-2.0) ** 1.5", lambda: (-2.0) ** 1.5)
attempt("(-2) ** -0.5", lambda: (-2) ** -0.5)
print("integer powers:", [(1 + 1j) ** n for n in (0, 1, 2, 3, 10, 100, 101, -1, -3, -100)])
print("integer powers:", [(0.5 - 0.7j) ** n for n in (5, 17, 64, 99, -7)], (1.1 + 0j) ** 100.0)
print("real powers:", (2 + 3j) ** 0.5, (2 + 3j) ** 2.5, (2 + 3j) ** 100.5, (2 + 3j) ** (1 - 1j))
x = 1j
x += 1
x *= 2
x -= 1j
x /= 2
x **= 2
print("augmented:", x)
print("unary:", -(1 + 2j), +(1 + 2j), -0j, -complex(-0.0, -0.0), abs(3 + 4j), abs(-0j),
      abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)))
attempt("abs(complex(1e308, 1e308))", abs, complex(1e308, 1e308))
attempt("abs(complex(1.7e308, 1.7e308))", abs, complex(1.7e308, 1.7e308))
attempt("~1j", lambda: ~1j)
print("bool:", bool(0j), bool(-0j), bool(1j), bool(complex(0, nan)), not 0j, not 1e-300j)
print("sum:", sum([1j, 2, 3.5, 1 + 1j]), sum([1j, 2j], 1j), sum([0.1j] * 10))

print("--- comparisons and hashing")
for a, b in [(1j, 1j), (1 + 0j, 1), (1 + 0j, 1.0), (1 + 0j, True), (1j, 1), (0j, 0), (0j, -0.0),
             (2**53 + 1, complex(2**53 + 1, 0)), (2**53, complex(2**53 + 1, 0)),
             (complex(nan, 0), complex(nan, 0)), (1j, None), (1j, "1j"), (1 + 2j, 1 - 2j)]:
    print(repr(a), repr(b), a == b, b == a, a != b, b != a)
for op in ["<", "<=", ">", ">="]:
    attempt("1j %s 2j" % op, eval, "1j %s 2j" % op)
    attempt("1j %s 2" % op, eval, "1j %s 2" % op)
    attempt("2.5 %s 1j" % op, eval, "2.5 %s 1j" % op)
attempt("sorted([2j, 1j])", sorted, [2j, 1j])
attempt("max(1j, 2j)", max, 1j, 2j)
for z in [0j, 1 + 0j, -1 + 0j, 1j, -1j, 2.5 + 0j, 1e300 - 3.5j, complex(-1.0, 1e-300),
          complex(inf, 0), complex(-inf, 2), complex(1, inf), complex(0.5, -0.25), 5e-324j]:
    print(repr(z), hash(z), hash(z) == hash(z.real) if z.imag == 0 else "")
print({1: "a"}[1 + 0j], {1 + 0j: "a", 1: "b", 1.0: "c", True: "d"}, 1j in {1j}, 1j in [0, 1j])
print({1j, 1j, 2j, 0j, 0, 0.0}, {0: "a", 0j: "b"}, frozenset([1 + 0j, 1]))
print(sorted({3j: 1, 1 + 1j: 2, -2j: 3, 5: 4}.values()), [1, 2.0, 3j].index(3j))
print("set order:", list({1j, 2j, 3j, 1 + 1j, -1j, 0.5j, 100j, 1e10j}))

print("--- formatting")
zs = [1 + 2j, -1.5 - 2.25j, 2j, -2j, complex(-0.0, 2), 0j, complex(-0.0, -0.0), 1234567.891 + 0.5j,
      complex(1e20, 1e-20), complex(inf, nan), complex(-inf, -inf), complex(1.5, 2.5), 1e16 + 1j]
specs = ["", ".3", ".0", "10", "<20", ">20", "^20", "*^24", "+", "-", " ", "10.2f", ".0f", "#.0f",
         "e", "E", ".3e", "g", "G", "#g", ".2g", "n", ",", "_", ",.2f", "_g", "z", "z.1f",
         "+.1e", "x>30.4g", "F", "#", "%", "d", "s", "010", "0<12", "=12", ",n"]
for z in zs:
    print(repr(z), "|".join(show(format, z, s) for s in specs))
print(f"{1 + 2j}|{1 - 2j!r:>12}|{3 - 4j:.2f}|{-0j}|{2j:^9}|{1e300j:e}")
print("{:.2f} {!r} {:>8} {}".format(3 - 4j, 1j, 2j, complex(1, -0.0)))
print("%s|%r|%a|%10s|%-10s|" % (1j, 1 - 1j, 2j, 3j, 4j))
attempt("'%f' % 1j", lambda: "%f" % 1j)
attempt("'%d' % 1j", lambda: "%d" % 1j)
attempt("format(1j, '.3000000000f')", format, 1j, ".3000000000f")

print("--- attributes and methods")
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z.real), (1j).conjugate(), complex(1, -0.0).conjugate())
print(z.__complex__(), (2j).__getnewargs__(), complex.conjugate(5j), complex.__complex__(1 + 1j))
print((3).real, (3).imag, (3).conjugate(), True.imag, True.conjugate(), (10**30).imag)
print((2.5).real, (2.5).imag, (2.5).conjugate(), (-0.0).imag, type((7).imag), type((7.0).imag))
attempt("complex.conjugate(1)", complex.conjugate, 1)
attempt("z.foo", lambda: z.foo)
attempt("z.real = 1", lambda: setattr(z, "real", 1))
attempt("int(1j)", int, 1j)
attempt("float(1j)", float, 1j)
attempt("round(1j)", round, 1j)
attempt("int('1j')", int, "1j")
attempt("float('1j')", float, "1j")
import math
attempt("math.sqrt(1j)", math.sqrt, 1j)
attempt("math.floor(1j)", math.floor, 1j)
attempt("math.isnan(1j)", math.isnan, 1j)
attempt("math.fabs(-1j)", math.fabs, -1j)
import json
attempt("json.dumps(1j)", json.dumps, 1j)
attempt("json.dumps([1, 2j])", json.dumps, [1, 2j])
import copy
w = 1 + 1j
print(copy.copy(w) is w, copy.deepcopy([w, 2j]), copy.deepcopy(w) is w)

print("--- subclasses")


class MyComplex(complex):
    pass


class Loud(complex):
    def __repr__(self):
        return "Loud(%r)" % complex(self)

    def __add__(self, other):
        return "Loud+"


c = MyComplex(1, 2)
print(repr(c), type(c).__name__, c.real, c.imag, c.conjugate(), isinstance(c, complex))
print(c + 1, type(c + 1).__name__, -c, c ** 2, abs(MyComplex(3, 4)), c == 1 + 2j)
print(hash(c) == hash(1 + 2j), {c: 1}[1 + 2j], complex(c), type(complex(c)).__name__)
print(MyComplex("3+4j"), MyComplex(), MyComplex(imag=5), format(c, ".1f"))
print(Loud(1) + 1, 1 + Loud(1), str(Loud(2)), repr(Loud(2j)), Loud(3) * 2)

print("--- special values")
parts = [0.0, -0.0, 2.0, -0.5, inf, -inf, nan]
special = [complex(a, b) for a in parts for b in parts]
for i, z in enumerate(special):
    row = []
    for w in special[i % 7::7]:
        row.append(show(lambda: z + w) + " " + show(lambda: z * w) + " " + show(lambda: z / w)
                   + " " + show(lambda: z ** w))
    print(repr(z), " | ".join(row))
for z in special:
    print(repr(z), -z, abs(z), z == z, bool(z), z ** 2, z ** -1 if z else "", show(lambda: z ** 0.5),
          show(lambda: 2 ** z), show(lambda: z - 1), show(lambda: 1.5 / z))
