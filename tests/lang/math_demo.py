# The math module: constants, rounding, number theory, exp/log, trig (rounded), errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0), math.isfinite(math.inf), math.nan == math.nan)
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.9), math.trunc(3.9))
print(type(math.floor(2.5)).__name__, math.floor(10), math.ceil(7), math.floor(1e20))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.isqrt(17), math.isqrt(10 ** 30), math.isqrt(0))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 8), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(4))
print(math.fabs(-2), math.copysign(3, -0.0), math.fmod(7, -3), 7 % -3, math.remainder(7, 2))
print(math.exp(0), math.exp(1) == math.e, round(math.exp(2.5), 6), math.expm1(0.0))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), round(math.log(10), 6))
print(math.log1p(0.0), round(math.log(2 ** 1000), 6), math.log2(0.125))
print(math.pow(2, 10), math.pow(2, -1), 2 ** 0.5 == math.sqrt(2), math.pow(4, 0.5))
for angle in [0, 30, 45, 60, 90, 180]:
    r = math.radians(angle)
    print(angle, round(math.sin(r), 6), round(math.cos(r), 6), round(math.tan(r), 6) if angle != 90 else "inf")
print(round(math.degrees(math.pi / 3), 6), round(math.atan2(1, 1), 6), round(math.asin(1), 6), round(math.acos(0), 6), round(math.atan(1) * 4, 6))
print(round(math.sinh(1), 6), round(math.cosh(1), 6), round(math.tanh(0.5), 6))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(round(math.gamma(5), 6), round(math.lgamma(10), 6), round(math.erf(1), 6))
print(math.inf > 10 ** 300, -math.inf < -1e308, math.inf + 1, math.inf - math.inf)
print(float("inf") == math.inf, math.floor(-0.5), math.ceil(-0.5))

for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.factorial(-1),
            lambda: math.isqrt(-4), lambda: math.acos(2), lambda: math.factorial(2.5),
            lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.exp(1000),
            lambda: math.sqrt("4"), lambda: math.comb(-1, 2)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# A numeric integration and root finding using math.
def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)


print(round(integrate(math.sin, 0, math.pi), 4), round(integrate(lambda x: x * x, 0, 3), 4))


def newton_sqrt(x, tol=1e-12):
    guess = x / 2 or 1.0
    while abs(guess * guess - x) > tol:
        guess = (guess + x / guess) / 2
    return guess


print(math.isclose(newton_sqrt(2), math.sqrt(2)), round(newton_sqrt(10), 9))
print([n for n in range(2, 50) if all(n % d for d in range(2, math.isqrt(n) + 1))])
