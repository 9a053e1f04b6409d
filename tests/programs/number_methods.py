# int.to_bytes/from_bytes, float.hex/fromhex, number attributes and formatting of subclasses
class X(int): pass
class S(str):
    def __str__(self): return "S!"
class F(float): pass
x = X(5)
print(x.bit_length())
try: print(x.real, x.imag, x.numerator, x.denominator)
except AttributeError as e: print(e)
try: print(x.to_bytes(2, "big"))
except AttributeError as e: print(e)
print(int.from_bytes(b'\x01\x00', 'big'), X.from_bytes(b'\x01', 'big'))
print("%s|%r" % (S("a"), S("a")), "%d" % X(3), "%.1f" % F(2.5), "%x" % X(255))
print(str(S("a")), format(S("a")), f"{S('a')}")
class B:
    def __bytes__(self): return b"bb"
#
class H:
    def __hash__(self): return 2**62
print(hash(H()))
class H2:
    def __hash__(self): return -1
print(hash(H2()))
class H3:
    def __hash__(self): return 2**64
print(hash(H3()))
import math
print(math.modf(F(1.5)), (1.5).real, (3).real, True.real)
print(x.__class__.__name__, F(1.5).is_integer(), F(2.0).hex() if hasattr(float,'hex') else 'nohex')
try:
    format(1, 2)
except TypeError as e:
    print(e)
for n in [0, 1, 255, 256, -1, -128, -129, 2**64, -(2**70)]:
    for signed in (False, True):
        for order in ("big", "little"):
            try:
                b = n.to_bytes(12, order, signed=signed)
                print(n, signed, order, b, int.from_bytes(b, order, signed=signed))
            except OverflowError as e:
                print(n, signed, order, "OverflowError", e)
print((5).to_bytes(), (5).to_bytes(2), (1024).to_bytes(2, byteorder="little"), int.from_bytes([1, 2]), int.from_bytes(b"\xff", "big", signed=True))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big")]:
    try: bad()
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
class X(int): pass
print(X(258).to_bytes(2, "big"), X(5).real, X(5).numerator)
for x in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), float("-inf"), float("nan"), 3.141592653589793]:
    h = x.hex()
    print(h, float.fromhex(h) == x or x != x)
for t in ["0x1p0", "0X1.8P+1", "-0x.8p-1", " 0x10 ", "1e", "0x1.fffffffffffff8p1023", "inf", "-Infinity", "nan", "0x1p-1075", "0x3p-1076"]:
    try: print(t, float.fromhex(t))
    except (OverflowError, ValueError) as e: print(t, type(e).__name__, e)
for t in ["0x", "zz", "0x1p"]:
    try: print(float.fromhex(t))
    except ValueError as e: print(e)
print("%d %x %.2f" % (X(7), X(255), X(3)))
