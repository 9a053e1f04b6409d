# Operator methods, reflected forms, in-place forms, NotImplemented fallbacks.
class Vec:
    def __init__(self, *coords):
        self.c = tuple(coords)

    def __repr__(self):
        return "Vec" + repr(self.c)

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.c])
        return NotImplemented

    def __radd__(self, other):
        print("  (radd called with", repr(other) + ")")
        return self.__add__(other)

    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(*[a - b for a, b in zip(self.c, other.c)])

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        if isinstance(k, (int, float)):
            return Vec(*[a * k for a in self.c])
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])

    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.c])

    def __mod__(self, k):
        return Vec(*[a % k for a in self.c])

    def __pow__(self, k):
        return Vec(*[a ** k for a in self.c])

    def __neg__(self):
        return Vec(*[-a for a in self.c])

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __invert__(self):
        return Vec(*reversed(self.c))

    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c

    def __hash__(self):
        return hash(self.c)


v = Vec(1, 2)
w = Vec(10, 20)
print(v + w, w - v, v * 3, 3 * v, v * w)
print(v + 1, w / 4, w // 3, w % 7, v ** 2)
print(-v, +v, abs(Vec(3, 4)), ~Vec(1, 2, 3))
print(1 + v)
print(sum([Vec(1, 1), Vec(2, 2), Vec(3, 3)]))
print(v == Vec(1, 2), v != Vec(1, 2), v == (1, 2), v != "x")

# In-place operators fall back to the binary form when __iadd__ is missing.
acc = Vec(0, 0)
alias = acc
acc += Vec(1, 1)
print(acc, alias, acc is alias)


class Account:
    def __init__(self):
        self.entries = []

    def __iadd__(self, amount):
        self.entries.append(amount)
        return self

    def __isub__(self, amount):
        self.entries.append(-amount)
        return self


acct = Account()
same = acct
acct += 5
acct -= 2
print(acct.entries, acct is same)

# NotImplemented from both sides yields a TypeError naming both types.
class A:
    pass


class B:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented


for expr in [lambda: A() + B(), lambda: B() + A(), lambda: v - 3, lambda: "s" * Vec(1),
             lambda: A() * 2, lambda: 2 ** A(), lambda: -A(), lambda: A() @ A(),
             lambda: v + "str", lambda: [1] + v]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)

# A subclass's reflected method is tried first when it overrides the base's.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self):
        return f"{type(self).__name__}({self.cents})"


class Euro(Money):
    def __radd__(self, other):
        print("  Euro.__radd__ first")
        if isinstance(other, Money):
            return Euro(self.cents + other.cents)
        return NotImplemented


print(Money(5) + Money(7))
print(Money(5) + Euro(7))
print(Euro(1) + Money(2))
print(sum([Money(1), Money(2), Money(3)]))

# Operators on the class are used, not instance attributes.
m = Money(1)
m.__add__ = lambda other: "instance attribute"
print(m + Money(2))

# Bitwise and shift operators.
class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __rlshift__(self, n):
        return Bits(n << self.v)

    def __repr__(self):
        return f"Bits({bin(self.v)})"


x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 2, 1 << Bits(4))

# divmod and matrix multiply.
class Num:
    def __init__(self, n):
        self.n = n

    def __divmod__(self, other):
        return (self.n // other, self.n % other)

    def __rdivmod__(self, other):
        return ("r", other // self.n, other % self.n)

    def __matmul__(self, other):
        return f"{self.n}@{other}"


print(divmod(Num(17), 5), divmod(17, Num(5)), Num(2) @ "m")
