# The data attributes and small methods ints, bools and floats share with the numeric
# tower: real, imag, numerator, denominator, conjugate(), as_integer_ratio().
for v in [5, -7, 0, True, False, 2**70, -(2**65)]:
    print(repr(v), v.real, v.imag, v.numerator, v.denominator, v.conjugate(),
          v.as_integer_ratio(), type(v.real).__name__)

for x in [2.5, -0.75, 0.0, -0.0, 1e300, 5e-324, 0.1, 3.0, -123.456]:
    print(repr(x), x.real, x.imag, x.conjugate(), x.as_integer_ratio(),
          type(x.imag).__name__)

for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d & (d - 1) == 0)
print(hasattr(1.5, "numerator"), hasattr("s", "real"))
