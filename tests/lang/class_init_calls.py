# Calling a class whose __init__ is a plain Python function runs __init__ inline;
# every other kind of class takes the general path. Both must behave alike.
class P:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
p = P(1)
print(p.a, p.b, P(3, 4).b, type(p).__name__)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TypeError", e)
class Raises:
    def __init__(self, x):
        self.x = 1 / x
try:
    Raises(0)
except ZeroDivisionError as e:
    print("ZDE", e)
print(Raises(2).x)
class WithNew:
    def __new__(cls, x):
        print("new", x)
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
WithNew(7)
class L(list):
    def __init__(self, x):
        super().__init__([x, x])
print(L(3))
class E(Exception):
    def __init__(self, m):
        super().__init__("E:" + m)
print(repr(E("x")))
class Swap:
    def __init__(self):
        self.v = 1
s = Swap()
def other(self):
    self.v = 2
Swap.__init__ = other
print(Swap().v)
try:
    P()
except TypeError as e:
    print("TypeError", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
class DelSelf:
    def __init__(self):
        self.k = 1
        del self
d = DelSelf()
print(d.k)
class Gen:
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as e:
    print("TypeError", e)
class Sub(P):
    pass
print(Sub(9).a)
class Rec:
    def __init__(self, n):
        self.n = n
        self.child = Rec(n - 1) if n else None
r = Rec(50)
print(r.child.child.n)
