# An instance keeps its attributes inside itself until __dict__ or vars() asks for them as a
# dict; from then on the dict and the attributes are one and the same.

class P:
    kind = "p"

    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
print(a.x, a.y, a.kind)
d = a.__dict__
print(d, d is a.__dict__, vars(a) is d)

# changes through the dict are attributes, and attribute changes show in the dict
d["z"] = 3
print(a.z)
a.w = 4
print(d)
del a.x
print(d, hasattr(a, "x"))
del d["y"]
print(hasattr(a, "y"), sorted(vars(a)))
d.clear()
print(a.__dict__, getattr(a, "z", "gone"))
a.again = 1
print(d)

# instances that never show their dict behave the same
b = P(5, 6)
b.y += 10
del b.x
print(b.y, hasattr(b, "x"), sorted(n for n in dir(b) if not n.startswith("__")))
print(getattr(b, "missing", None))
try:
    b.missing
except AttributeError as e:
    print("AttributeError:", e)

# attribute sites that ran before a dict was taken keep working after
def total(objs):
    return sum(o.y for o in objs)

objs = [P(i, i * 2) for i in range(20)]
print(total(objs))
for o in objs[::3]:
    o.__dict__["y"] = -1
print(total(objs))
for o in objs:
    o.y = 1
print(total(objs), objs[0].__dict__)

# a dict taken from one instance survives it
def make():
    p = P("a", "b")
    return p.__dict__

kept = make()
print(kept)

# subclasses of built-in types have the same dict
class Stack(list):
    pass

s = Stack([1, 2])
s.name = "s"
print(s.__dict__, s, len(s))
s.__dict__["top"] = s[-1]
print(s.top, vars(s))

# many attributes (past the small-dict limit) through both doors
m = P(0, 0)
for i in range(30):
    setattr(m, f"a{i}", i)
md = vars(m)
for i in range(0, 30, 2):
    del md[f"a{i}"]
print(len(md), sum(getattr(m, f"a{i}") for i in range(1, 30, 2)), hasattr(m, "a4"))
