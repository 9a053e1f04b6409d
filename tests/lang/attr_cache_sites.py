# Attribute sites that see many classes, instances of one class whose dicts are laid out
# differently, and changes that must invalidate what an attribute site remembered.


class Node:
    kind = "node"

    def ev(self):
        return self.kind


def make(name, value):
    return type(name, (Node,), {"kind": name, "ev": lambda self, v=value: (self.kind, v)})


classes = [make(f"K{i}", i) for i in range(7)]
nodes = [c() for c in classes] + [Node()]
for _ in range(3):
    print([n.ev() for n in nodes])        # one LoadMethod site, eight classes


class P:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 20
            self.a = 10


ps = [P(i % 2 == 0) for i in range(6)]
print([(p.a, p.b) for p in ps])           # same names at different dict positions
for p in ps:
    p.a += 100                            # stores through a remembered position
print([(p.a, p.b) for p in ps])
del ps[0].a
print([getattr(p, "a", "gone") for p in ps])
ps[0].a = "back"
print([p.a for p in ps])


class M:
    def hello(self):
        return "method"


m = M()
out = []
for i in range(4):
    out.append(m.hello())
    if i == 1:
        m.hello = lambda: "instance attribute"
    if i == 2:
        del m.hello
        M.hello = lambda self: "replaced on the class"
print(out)


class Q:
    x = "class"


q = Q()
seen = []
for i in range(4):
    seen.append(q.x)
    if i == 0:
        q.x = "instance"
    if i == 1:
        del q.x
    if i == 2:
        Q.x = "class changed"
print(seen)
setattr(q, "x" + "", "set with a new string")
print(q.x, q.__dict__)
