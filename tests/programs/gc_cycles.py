# The cycle collector frees groups of objects that refer only to each other, of every
# tracked kind; gc.collect() counts what it found.
import gc

gc.collect()


class A:
    pass


a = A()
a.self = a
del a
print("instance", gc.collect())

a, b = A(), A()
a.b, b.a = b, a
del a, b
print("two instances", gc.collect())

l = []
l.append(l)
del l
print("list", gc.collect())

d = {}
d["d"] = d
del d
print("dict", gc.collect())

s = A()
s.items = {1: [s]}
del s
print("instance, dict, list", gc.collect() >= 2)

t = [1]
t.append((t,))
del t
print("list and tuple", gc.collect())

a = A()
a.__dict__
a.self = a
del a
print("instance and its __dict__", gc.collect())


class Meth:
    def __init__(self):
        self.m = self.run

    def run(self):
        pass


m = Meth()
del m
print("bound method", gc.collect())


def outer():
    def inner():
        return inner

    return inner


f = outer()
del f
print("closure", gc.collect() >= 2)


def gen():
    me = yield
    yield me


g = gen()
next(g)
g.send(g)
del g
print("generator", gc.collect() >= 1)

# what is still referred to from outside stays, and so does what it reaches
keep = A()
keep.child = A()
keep.child.parent = keep
print("reachable", gc.collect())
print(keep.child.parent is keep)


# a long chain of cycles, collected by the automatic collections alone
class Node:
    def __init__(self):
        self.other = None


for i in range(100_000):
    x, y = Node(), Node()
    x.other, y.other = y, x
print("automatic", sum(s["collections"] for s in gc.get_stats()) > 0)
