# Exercises fractions.Fraction: construction, arithmetic, comparisons, hashing,
# rounding, limit_denominator and error messages.
import fractions
from fractions import Fraction
import math
import copy
import random


def attempt(label, func, *args):
    try:
        result = func(*args)
        print(label, "->", repr(result), type(result).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


# Construction
for args in [(), (7,), (-3,), (6, 4), (6, -4), (-6, -4), (0, 5), (True,), (False, True),
             (Fraction(3, 4),), (Fraction(1, 2), Fraction(3, 5)), (Fraction(2, 3), 4),
             (5, Fraction(10, 3)), (1.5,), (-0.1,), (0.0,), (1e20,), (2.5e-5,),
             (3, 0), (1.5, 2), (2, 1.5), ("7", 2), (None,), ([1],)]:
    attempt("Fraction%r" % (args,), Fraction, *args)
for text in ["3/4", " -1.5e2 ", "1_000/3_0", "+.5", "1.", "-7", "  12  ", "1.5E-3", "2e3",
             "3.14159", "0/5", "-0", "1 / 2", "1e", "1.5/2", "1/2.0", "0x10", "1__0", "_1",
             "1_", "nan", "inf", "", " ", ".", "/2", "3/0", "-3/0", "1.d", "\u20031/2\u2003",
             "\u0661\u0662/\u0663", "5e-2", "1e+3"]:
    attempt("Fraction(%r)" % text, Fraction, text)
for value in [0.5, -2.75, 1e-10, 3, float("inf"), float("nan"), "1/2", Fraction(1, 3)]:
    attempt("from_float(%r)" % value, Fraction.from_float, value)
attempt("float inf", Fraction, float("inf"))
attempt("float nan", Fraction, float("nan"))

f = Fraction(-22, 8)
print(f, repr(f), f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(str(Fraction(10, 5)), repr(Fraction(10, 5)), str(Fraction(-1, 3)))

# Arithmetic
a, b = Fraction(3, 4), Fraction(-5, 6)
ops = [("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
       ("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y),
       ("divmod", divmod), ("**", lambda x, y: x ** y)]
operands = [(a, b), (b, a), (a, 2), (2, a), (b, -3), (a, True), (a, 0.5), (0.25, a),
            (a, Fraction(1, 2)), (Fraction(9, 4), Fraction(1, 2)), (Fraction(-8, 27), 3),
            (Fraction(2, 3), -2), (Fraction(-2, 3), -3), (4, Fraction(1, 2)), (2, Fraction(-1)),
            (2.0, Fraction(3)), (Fraction(7, 2), 0), (Fraction(0), 0), (Fraction(7, 3), Fraction(0))]
for x, y in operands:
    for name, op in ops:
        if name == "**" and x < 0 and isinstance(y, Fraction) and y.denominator != 1:
            continue  # a complex result
        attempt("%r %s %r" % (x, name, y), op, x, y)
print(-a, +a, abs(b), -Fraction(0))
attempt("Fraction + str", lambda: a + "x")
attempt("str * Fraction", lambda: "x" * a)
attempt("Fraction(0) ** -1", lambda: Fraction(0) ** -1)
attempt("Fraction(0) ** -2 neg", lambda: Fraction(-1, 2) ** -3)

# Comparisons
values = [Fraction(1, 2), Fraction(1, 3), Fraction(-1, 2), 0, 1, 0.5, 0.3333333333333333,
          float("inf"), float("-inf"), float("nan"), True]
for x in values[:3]:
    row = []
    for y in values:
        row.append("".join("T" if r else "F" for r in (x < y, x <= y, x == y, x != y, x > y, x >= y)))
    print(x, row)
print(0.5 == Fraction(1, 2), 1 == Fraction(1), Fraction(1) == 1.0, Fraction(1, 3) == 1 / 3)
print(0.25 < Fraction(1, 3), 2 > Fraction(3, 2), Fraction(1, 2) == "1/2")
attempt("Fraction < str", lambda: Fraction(1) < "a")
print(sorted([Fraction(1, 3), 0.25, 1, Fraction(-7, 2), 0]))
print(max(Fraction(1, 3), Fraction(2, 7)), min([Fraction(5, 2), 2, 2.25]))

# Hashing agrees with int and float
for x in [Fraction(1, 2), Fraction(5), Fraction(-1), Fraction(-3, 4), Fraction(1, 3),
          Fraction(10 ** 30), Fraction(1, 2 ** 61 - 1), Fraction(-1, 2 ** 61 - 1), Fraction(2 ** 70, 3)]:
    print(repr(x), hash(x), hash(x) == hash(float(x)) or x != float(x), hash(x) == hash(x.numerator) or x.denominator != 1)
d = {0.5: "half", 1: "one"}
print(d[Fraction(1, 2)], d[Fraction(1)], Fraction(1, 2) in {0.5}, len({0.5, Fraction(2, 4), Fraction(1, 2)}))

# Conversions and rounding
for x in [Fraction(7, 2), Fraction(-7, 2), Fraction(5, 2), Fraction(-5, 2), Fraction(1, 3),
          Fraction(-1, 3), Fraction(10), Fraction(0)]:
    print(repr(x), int(x), float(x), bool(x), round(x), math.floor(x), math.ceil(x),
          math.trunc(x), repr(round(x, 1)), repr(round(x, -1)), repr(round(x, 0)))
print(round(Fraction(12345, 7), 2), round(Fraction(12345, 7), -2), float(Fraction(10 ** 400 + 1, 10 ** 399)))
attempt("float huge", float, Fraction(10 ** 400, 3))
print(Fraction(1, 3) * 3 == 1, sum([Fraction(1, 10)] * 10), sum([Fraction(1, n) for n in range(1, 11)]))

# limit_denominator
pi = Fraction(math.pi)
for limit in [1, 2, 7, 10, 100, 113, 1000, 10 ** 6]:
    print(limit, pi.limit_denominator(limit))
print(Fraction(3, 10).limit_denominator(3), Fraction(-3, 10).limit_denominator(3),
      Fraction(1, 4).limit_denominator(3), Fraction(3, 8).limit_denominator(5),
      Fraction("0.1").limit_denominator(1), Fraction(1.1).limit_denominator())
attempt("limit 0", Fraction(1, 3).limit_denominator, 0)

# copies, subclasses
c = Fraction(5, 7)
print(copy.copy(c) is c, copy.deepcopy(c) is c, copy.copy(c) == c)


class Money(Fraction):
    def __str__(self):
        return "$%.2f" % float(self)


m = Money(7, 4)
print(m, repr(m), type(m + 1).__name__, type(-m).__name__, isinstance(m, Fraction))
print(fractions.__all__ if hasattr(fractions, "__all__") else None)

# Random arithmetic checked both ways
rng = random.Random(1234)
acc = Fraction(0)
for i in range(300):
    x = Fraction(rng.randint(-50, 50), rng.randint(1, 40))
    y = Fraction(rng.randint(-50, 50), rng.randint(1, 40))
    acc += x * y - x / (y if y else 1)
    if i % 60 == 0:
        print(i, x, y, x + y, x - y, x * y, (x / y) if y else None, x < y, hash(x))
print(acc, float(acc), round(acc, 3))
