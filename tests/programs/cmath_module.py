# The cmath module: constants, every function on a grid of finite values and on the special
# values (signed zeros, infinities, NaN) that CPython answers from its tables, the branch
# cuts, log with a base, phase/polar/rect, isclose, argument conversion and errors.
import cmath
import math

inf = float("inf")
nan = float("nan")


def show(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print("--- constants")
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.pi == math.pi, cmath.e == math.e, type(cmath.infj).__name__, type(cmath.nan).__name__)

names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
funcs = [getattr(cmath, n) for n in names]

print("--- finite values")
finite = [0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j,
          -2.5 + 0.5j, 0.3 - 0.4j, -0.001 - 1000j, 1e-300 + 1e-300j, 5e-324 - 5e-324j,
          1e300 + 1e300j, -1e308 + 1j, 1.7e308 - 1.7e308j, 0.71 + 0.01j, 1.0000001 + 1e-9j,
          -0.999999 + 1e-200j, 710 + 1j, -710 + 2j, 1 + 710j, 20 - 30j, 3, -2.5, 0.5]
for z in finite:
    print(repr(z))
    for name, f in zip(names, funcs):
        print("  %-6s %s" % (name, show(f, z)))
    print("  phase  %s  polar %s  abs %s" % (show(cmath.phase, z), show(cmath.polar, z), show(abs, z)))

print("--- special values")
parts = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
for a in parts:
    for b in parts:
        z = complex(a, b)
        print(repr(z), " ".join(show(f, z) for f in funcs))
        print("   phase", show(cmath.phase, z), "polar", show(cmath.polar, z),
              "rect", show(cmath.rect, a, b), "fin/inf/nan", cmath.isfinite(z), cmath.isinf(z),
              cmath.isnan(z))

print("--- branch cuts")
for x in [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0]:
    for y in [0.0, -0.0]:
        z = complex(x, y)
        print(repr(z), show(cmath.sqrt, z), show(cmath.log, z), show(cmath.asin, z),
              show(cmath.acos, z), show(cmath.atanh, z), show(cmath.acosh, z))
    for y in [0.0, -0.0]:
        z = complex(y, x)
        print(repr(z), show(cmath.atan, z), show(cmath.asinh, z))

print("--- log with a base")
for z in [8, 100, 1j, 0, 0j, -1, 2 + 2j, inf, complex(nan, 1)]:
    print(repr(z), [show(cmath.log, z, b) for b in [2, 10, 0.5, 1, 0, 1j, -1, 2.0, inf, 1e300 + 1e300j]])

print("--- polar, rect, phase")
for r, phi in [(1, 0), (1, -0.0), (2, math.pi / 2), (3, math.pi), (1, -math.pi / 4), (0, 0),
               (-1, 0.5), (1e308, 1), (1, 1e300), (inf, 0), (inf, 1), (-inf, -1), (0, inf),
               (inf, inf), (nan, 0), (1, nan), (2, inf)]:
    print(r, phi, show(cmath.rect, r, phi))
for z in [1 + 1j, -1 + 0j, complex(-1, -0.0), 3j, 0j, complex(1e-320, 1e300),
          complex(1e300, 1e-300), complex(2.1, -5e-324), complex(1.7e308, 1.7e308)]:
    print(repr(z), show(cmath.phase, z), show(cmath.polar, z))
print([round(p, 12) for p in cmath.polar(cmath.rect(2.5, 0.75))])

print("--- isclose")
for a, b, kw in [(1, 1 + 1e-10, {}), (1j, 1.0000001j, {}), (1j, 1.0000001j, {"rel_tol": 1e-6}),
                 (0, 1e-10j, {}), (0, 1e-10j, {"abs_tol": 1e-9}), (inf, inf, {}),
                 (complex(inf, 0), complex(inf, 1), {}), (nan, nan, {}), (1 + 1j, 1 + 1j, {})]:
    print(repr(a), repr(b), kw, cmath.isclose(a, b, **kw))
print(show(lambda: cmath.isclose(1, 2, rel_tol=-1)), show(lambda: cmath.isclose(1, 2, abs_tol=-1)))
print(show(lambda: cmath.isclose(1, 2, 3)), show(lambda: cmath.isclose(1)))
print(show(lambda: cmath.isclose(1, 2, tol=3)), show(lambda: cmath.isclose(a=1, b=1)))
print(show(lambda: cmath.isclose(1, a=1)), show(lambda: cmath.isclose(1, 2, a=1)))
print(show(lambda: cmath.isclose(1j, 1j, rel_tol="x")), show(lambda: cmath.isclose("x", 1)))

print("--- arguments")


class WithComplex:
    def __complex__(self):
        return 1 + 2j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 4


class BadComplex:
    def __complex__(self):
        return 1


class Sub(complex):
    pass


for arg in [WithComplex(), WithFloat(), WithIndex(), BadComplex(), Sub(3, 4), True, 10**400,
            "1", None, [1]]:
    print(type(arg).__name__, show(cmath.sqrt, arg), show(cmath.phase, arg), show(cmath.isnan, arg))
print(show(cmath.sqrt), show(cmath.sqrt, 1, 2), show(lambda: cmath.sqrt(z=1)))
print(show(cmath.phase), show(cmath.polar, 1, 2), show(cmath.isfinite, 1, 2))
print(show(cmath.log), show(cmath.log, 1, 2, 3), show(lambda: cmath.log(1, base=2)))
print(show(cmath.rect, 1), show(cmath.rect, 1, 2, 3), show(lambda: cmath.rect(r=1, phi=2)))
print(show(cmath.rect, "1", 2), show(cmath.rect, 1j, 2), show(cmath.log, 1, "x"))
print("--- errors")
for f, z in [(cmath.log, 0), (cmath.log10, 0j), (cmath.atanh, 1), (cmath.atanh, -1),
             (cmath.exp, 1000), (cmath.exp, complex(710, 1)), (cmath.cosh, 1000),
             (cmath.sinh, -1000), (cmath.cos, complex(1, 1000)), (cmath.sin, complex(inf, 1)),
             (cmath.tan, complex(inf, 1)), (cmath.exp, complex(1, inf)), (cmath.sqrt, -1)]:
    print(f.__name__, repr(z), show(f, z))
