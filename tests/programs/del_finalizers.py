# __del__ runs once per object, when its last reference goes and for objects in cycles
# (PEP 442); an exception in it is reported, never raised; a finalizer may resurrect.
import gc


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = A(1)
del a
print("after del")


def f():
    x = A(2)
    print("in f")


f()
print("after f")
x = A(3)
x = None
print("after rebind")
l = [A(4), A(5)]
l = None
print("after list")
b, c = A(6), A(7)
b.o, c.o = c, b
del b, c
print("cycle", gc.collect())


class Resurrect:
    saved = None

    def __del__(self):
        print("resurrect")
        Resurrect.saved = self


r = Resurrect()
del r
print("saved", type(Resurrect.saved).__name__)
Resurrect.saved = None
print("once only")


class Cyclic:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("cyclic finalized", gc.is_finalized(self))
        Cyclic.saved = self


c = Cyclic()
del c
print("collected", gc.collect())
print("alive", Cyclic.saved.me is Cyclic.saved)
Cyclic.saved = None
print("again", gc.collect())


class Bad:
    def __del__(self):
        raise ValueError("in __del__")


bad = Bad()
del bad
print("after Bad")


class Child(A):
    pass


ch = Child(8)
ch = None
print("subclass")
last = A(9)
print("end")
