class A: pass
class B: pass
bases = (A, B)
class C(*bases): pass
print(C.__mro__)
class M(type):
    def __new__(m, name, bases, ns, **kw):
        print("kw", sorted(kw.items()))
        return super().__new__(m, name, bases, ns)
    def __init__(cls, *a, **kw): pass
kws = {"metaclass": M, "flag": 1}
class D(A, *[B], **kws, other=2): x = 1
print(type(D).__name__, D.__bases__, D.x)
def deco(c): c.tag = "t"; return c
@deco
class E(*bases): pass
print(E.tag, E.__bases__)
try:
    class F(*5): pass
except TypeError as e: print(e)
