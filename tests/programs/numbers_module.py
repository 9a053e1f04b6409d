import numbers
from numbers import Number, Complex, Real, Rational, Integral

classes = [Number, Complex, Real, Rational, Integral]
for c in classes:
    print(c.__name__, sorted(c.__abstractmethods__))
    print('  mro', [k.__name__ for k in c.__mro__])
    print('  slots', c.__slots__)

values = [1, True, 2.5, 'x', None, [1], float('nan')]
for v in values:
    print(repr(v), [isinstance(v, c) for c in classes])
for t in [int, bool, float, str, list, object]:
    print(t.__name__, [issubclass(t, c) for c in classes])

print(Number.__hash__)
for c in classes:
    try:
        c()
        print(c.__name__, 'instantiated')
    except TypeError as e:
        print(type(e).__name__, e)


class MyInt(Integral):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'MyInt(%d)' % self.v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, nd=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return MyInt(int(b) ** self.v)
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    __hash__ = None

m = MyInt(7)
print(m, isinstance(m, Integral), isinstance(m, Number), issubclass(MyInt, Real))
print(m - 2, 10 - m, divmod(m, 3), divmod(20, m), float(m), m.numerator, m.denominator)
print(m.real, m.imag, m.conjugate(), bool(m), bool(MyInt(0)), [10, 20, 30, 40, 50, 60, 70, 80][m])
print(m.__index__(), operator_index := __import__('operator').index(m))


class Half:
    numerator = 1
    denominator = 4

print(Rational.__float__(Half()), Integral.__float__(5), Real.__divmod__(7.5, 2))


class Partial(Real):
    def __float__(self): return 1.0

try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)


class Virtual:
    pass

Rational.register(Virtual)
print(isinstance(Virtual(), Real), isinstance(Virtual(), Integral), issubclass(Virtual, Number))
print(sorted(numbers.__all__))
