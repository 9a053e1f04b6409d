# Calls that leave trailing parameters to their defaults run in place; the defaults are shared
def f(a, b=2, c=[]):
    c.append(a)
    return a + b, len(c)
print(f(1), f(1, 5), f(3), f(1, 2, [9]))
def g(x, y=10):
    return x * y
print([g(i) for i in range(3)], g(2, 3))
def h(a, b=1):
    return h(a - 1) if a > 0 else b
print(h(50))
try:
    f()
except TypeError as e:
    print(e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
def k(*, z=3):
    return z
print(k())
def gen(n, step=1):
    yield from range(0, n, step)
print(list(gen(5)))
class C:
    def m(self, a, b="d"):
        return a + b
print(C().m("x"), C().m("x", "y"))
