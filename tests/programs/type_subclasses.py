import gc
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__())
print(B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print(type.__subclasses__(A))
class MyInt(int): pass
class MyInt2(MyInt): pass
def make():
    class E(A): pass
    return E
e = make()
print(A.__subclasses__())
for bad in [lambda: type.__subclasses__(1), lambda: A.__subclasses__(1), lambda: type.__subclasses__()]:
    try: bad()
    except TypeError as ex: print(type(ex).__name__, ex)
print(bool in int.__subclasses__())
class M(type): pass
class M2(M): pass
print(type.__subclasses__(M))
print([c.__name__ for c in ArithmeticError.__subclasses__()])
