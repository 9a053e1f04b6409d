def f(x): return x
cm = classmethod(f); sm = staticmethod(f)
print(cm.__func__ is f, sm.__func__ is f, cm.__wrapped__ is f, sm.__wrapped__ is f)
print(cm.__isabstractmethod__, sm.__isabstractmethod__)
print(cm.__func__(int) is int)
import abc
class K:
    @classmethod
    @abc.abstractmethod
    def a(cls): pass
print(K.__dict__["a"].__isabstractmethod__)
class A:
    def m(self): return 1
class B(A): pass
print(str(super(int, 5)), repr(super(B, B())), str(super(B, B)), str(super(type, None)))
