class A:
    def m(self): return "A.m"
class B(A):
    def m(self): return "B.m+" + self.__sup.m()
B._B__sup = super(B)
print(B().m())
s = super(B)
print(repr(s), s.__thisclass__, s.__self__, s.__self_class__)
b = B()
bs = s.__get__(b)
print(bs.m(), bs.__self__ is b, bs.__self_class__)
class T5(int): pass
print(str(super(int).__get__(T5(5))))
class D0:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls=None): return self.f(obj)
class P(D0):
    def __get__(self, obj, cls=None):
        return ("wrapped", super().__get__(obj, cls))
class Q:
    @P
    def x(self): return 1
print(Q().x)
try: super(B).m
except AttributeError as e: print(e)
try: super(1)
except TypeError as e: print(e)
