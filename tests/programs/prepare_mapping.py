# a metaclass's __prepare__ returning a dict subclass: the class body goes through it
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
            if key in self:
                raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)
    def __getitem__(self, key):
        if key == "magic":
            return 42
        return super().__getitem__(key)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Recording()
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls._order = ns.order
        print(type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        return cls

class A(metaclass=Meta):
    x = 1
    y = magic + 1
    def f(self):
        return self.x
    z = len

print(A._order, A.y, A.z("ab"), A().f())

try:
    class B(metaclass=Meta):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)

class Plain(dict):
    pass

class M2(type):
    def __prepare__(name, bases):
        return Plain(seed=7)

class C(metaclass=M2):
    w = seed * 2

print(C.w, C.seed)

class M3(type):
    def __prepare__(name, bases):
        return 5

try:
    class D(metaclass=M3):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Deleting(metaclass=M2):
    q = 1
    del q
    try:
        del q
    except NameError as e:
        print(type(e).__name__, e)
