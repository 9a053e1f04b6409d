# Classes: __init__, instance vs class attributes, bound methods, type(x).__name__.
class Point:
    dims = 2
    instances = []

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.instances.append(self)

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
q = p.moved(1, -1)
print(p, q, p.norm2(), q.norm2())
print(type(p).__name__, type(p) is Point, p.__class__ is Point)
print(Point.__name__, Point.dims, p.dims)
print(len(Point.instances), Point.instances)

# An instance attribute shadows the class attribute for that instance only.
p.dims = 3
print(p.dims, q.dims, Point.dims)
del p.dims
print(p.dims)

# Changing the class attribute is seen by every instance without its own copy.
Point.dims = 5
print(p.dims, q.dims)

# Mutable class attributes are shared.
class Bag:
    items = []

    def add(self, x):
        self.items.append(x)


a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.items, b.items, a.items is b.items)


class SafeBag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self


s1, s2 = SafeBag(), SafeBag()
s1.add(1).add(2)
s2.add(3)
print(s1.items, s2.items)

# Bound methods remember their instance.
m = p.norm2
print(m(), m.__self__ is p, m.__name__)
unbound = Point.norm2
print(unbound(q))
methods = [Point(i, i).norm2 for i in range(4)]
print([f() for f in methods])

# Functions stored on instances are not bound.
p.callback = lambda v: v * 10
print(p.callback(7))

# Attribute set on the class after creation is visible to instances.
def describe(self):
    return f"<{self.x},{self.y}>"


Point.describe = describe
print(q.describe())

# Classes are values.
kinds = {"point": Point, "bag": Bag}
made = kinds["point"](0, 1)
print(made, type(made).__name__)
print(isinstance(made, Point), isinstance(made, Bag), isinstance(3, int))

# vars() and __dict__ of an instance.
print(vars(made))
made.extra = "yes"
print(made.__dict__)
print(sorted(k for k in vars(Point) if not k.startswith("__")))


class Empty:
    pass


e = Empty()
e.a = 1
setattr(e, "b", 2)
print(getattr(e, "a"), getattr(e, "zzz", "default"), hasattr(e, "b"), hasattr(e, "c"))
delattr(e, "a")
print(hasattr(e, "a"), vars(e))
try:
    e.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Empty.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    del e.nothing
except AttributeError as err:
    print("AttributeError:", err)
print(type(Empty).__name__, type(e).__name__, Empty.__name__)
