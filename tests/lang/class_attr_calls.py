# Classes called through an attribute (`module.Class(...)`, `Outer.Inner(...)`,
# `self.Node(...)`) make the same instances, with the same errors, as a direct call.
import queue


class Outer:
    class Inner:
        def __init__(self, a, b=2):
            self.a = a
            self.b = b

    class Plain:
        pass

    class WithNew:
        def __new__(cls, v):
            obj = super().__new__(cls)
            obj.v = v * 10
            return obj

    class Listy(list):
        def __init__(self, n):
            super().__init__(range(n))

    Node = Inner

    def make(self, n):
        return [self.Node(i) for i in range(n)]


print(vars(Outer.Inner(1)), vars(Outer.Inner(1, 3)), type(Outer.Plain()).__name__)
print(Outer.WithNew(4).v, Outer.Listy(3), [vars(x) for x in Outer().make(3)])
for bad in [lambda: Outer.Inner(), lambda: Outer.Inner(1, 2, 3), lambda: Outer.Plain(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

q = queue.Queue()
for i in range(3):
    q.put(Outer.Inner(i, -i))
print([vars(q.get()) for _ in range(3)], q.empty())

total = 0
for i in range(1000):
    total += Outer.Inner(i).a + Outer().Node(1, i).b
print(total)
