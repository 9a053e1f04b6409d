# Instances keep their attributes by shape until they delete one or set too many; every
# way of reading and writing them must agree whichever way they are kept.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


# the same names in another order, and names added later to some instances only
a = P(1, 2)
b = P(3, -4)
b.z = 10
c = P(5, 6)
c.y, c.x = c.x, c.y
print(a.norm1(), b.norm1(), c.norm1(), b.z)
print(vars(a), vars(b), vars(c))
print(sorted(k for k in dir(b) if not k.startswith("__")))
print(hasattr(a, "z"), getattr(a, "z", "none"), hasattr(b, "z"))

# deleting, then setting again: order follows CPython's dict
d = P(7, 8)
del d.x
print(vars(d), hasattr(d, "x"))
d.x = 9
print(vars(d), d.norm1())
try:
    del d.nothing
except AttributeError as e:
    print("AttributeError:", e)

# many attributes: more than a shape holds
m = P(0, 0)
for i in range(40):
    setattr(m, "a" + str(i), i)
print(len(vars(m)), m.a0, m.a39, sum(getattr(m, "a" + str(i)) for i in range(40)))
m2 = P(1, 1)
for i in range(40):
    setattr(m2, "a" + str(i), -i)
print(m2.a39, m2.norm1())

# names built at run time are the same names
n = P(1, 2)
setattr(n, "".join(["w", "ide"]), 3)
print(n.wide, getattr(n, "wi" + "de"), vars(n))

# __dict__ shares the attributes with the instance from then on
e = P(1, 2)
dd = e.__dict__
dd["x"] = 100
e.y = 200
print(e.x, dd["y"], e.norm1(), vars(e) is dd)
dd.clear()
print(hasattr(e, "x"), vars(e))
e.q = 1
print(dd)

# one attribute site meeting many shapes of one class
shapes = []
for i in range(12):
    o = P(i, -i)
    if i % 3 == 1:
        o.extra = i
    if i % 4 == 2:
        del o.y
        o.y = i * 10
    shapes.append(o)
total = 0
for o in shapes:
    total += o.x + o.y
    o.x = o.x + 1
print(total, [o.x for o in shapes], [getattr(o, "extra", None) for o in shapes])


# a method shadowed by an instance attribute on some instances only
class Q:
    def f(self):
        return "method"


qs = [Q() for _ in range(4)]
qs[2].f = lambda: "attribute"
print([q.f() for q in qs])
del qs[2].f
print([q.f() for q in qs])


# a class attribute read through instances, shadowed on some
class K:
    limit = 5

    def __init__(self, n):
        self.n = n


ks = [K(i) for i in range(5)]
ks[3].limit = 99
print([k.limit for k in ks], [k.n for k in ks])
del ks[3].limit
print([k.limit for k in ks])


# subclasses grow their own shapes from the base class __init__
class Base:
    def __init__(self):
        self.a = 1
        self.b = 2


class Left(Base):
    def __init__(self):
        self.c = 0
        super().__init__()


class Right(Base):
    pass


items = [Left(), Right(), Left(), Right()]
print([(i.a, i.b, getattr(i, "c", None)) for i in items], [list(vars(i)) for i in items])
