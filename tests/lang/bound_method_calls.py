# Bound methods called as values (callbacks, `f = obj.method`): defaults, generators,
# *args, recursion through a bound method, and the errors, as a direct method call gives.
class C:
    def __init__(self, k):
        self.k = k
    def add(self, x, y=1):
        return self.k + x + y
    def gen(self, n):
        for i in range(n):
            yield i * self.k
    def rec(self, n):
        f = self.rec
        return 0 if n == 0 else 1 + f(n - 1)
    def star(self, *a):
        return len(a)
c = C(10)
f = c.add
print(f(1), f(1, 2), list(map(c.add, [1, 2, 3])), sorted([3, 1, 2], key=C(0).add))
g = c.gen
print(list(g(3)), c.rec(500), c.star(1, 2, 3), (c.star)())
t = 0
for i in range(300000):
    t += f(i)
print(t)
try:
    f()
except TypeError as e:
    print(e)
try:
    c.rec(5000)
except RecursionError as e:
    print("RecursionError:", e)
import sys
sys.setrecursionlimit(3000)
print(c.rec(2500))


# bound methods and callable instances kept as attributes, called as obj.attr(...)
class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x + self.k


class Holder:
    def __init__(self, c):
        self.cb = c.add
        self.gen = c.gen
        self.star = c.star
        self.call = Adder(100)
        self.rec = c.rec

    def use(self, x):
        return self.cb(x), self.cb(x, 5), list(self.gen(2)), self.star(1, 2), self.call(x)


h = Holder(C(3))
print(h.use(1), h.rec(100))
acc = 0
for i in range(20000):
    acc += h.cb(i) + h.call(i)
print(acc)
try:
    h.cb()
except TypeError as e:
    print(e)
