# Metaclasses: subclassing type, metaclass=, __new__/__init__/__call__/__prepare__,
# metaclass methods, properties and dunders on classes, isinstance/issubclass hooks.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def describe(cls):
        return 'class ' + cls.__name__
    def __repr__(cls):
        return '<Meta class ' + cls.__name__ + '>'
    def __iter__(cls):
        return iter([1, 2, 3])
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == 'in'

class A(metaclass=Meta, flag=1):
    x = 1
    def hello(self):
        return 'hi from ' + type(self).__name__

class B(A):
    pass

print(type(A) is Meta, type(B) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.added, B.added, A.kw, B.kw, A.inited)
print(A.describe(), B.describe(), repr(A), list(A), len(B), A[5], 'in' in A, 'out' in A)
print(A().hello(), B().hello(), type(A()).__name__)
print(Meta.__mro__)

class Counting(type):
    count = 0
    def __call__(cls, *args, **kw):
        Counting.count += 1
        obj = super().__call__(*args, **kw)
        obj.made_by = 'Counting'
        return obj

class P(metaclass=Counting):
    def __init__(self, v):
        self.v = v
p = P(5)
q = P(6)
print(p.v, q.v, p.made_by, Counting.count)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    pass
print(S() is S())

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'prepared': True}
class O(metaclass=Ordered):
    pass
print(O.prepared)

M2 = type('M2', (type,), {'tag': lambda cls: cls.__name__ + '!'})
C2 = M2('C2', (), {'y': 2})
print(C2.tag(), C2.y, type(C2).__name__)

class Check(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=Check):
    pass
class Mallard:
    quack = True
print(isinstance(Mallard(), Duck), isinstance(3, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))

class WithSuper(metaclass=Meta):
    def m(self):
        return super().__repr__()[:10]
print(WithSuper().m())
try:
    class Bad(A, metaclass=Counting):
        pass
except TypeError as e:
    print(e)
def fmeta(name, bases, ns):
    return 42
class F(metaclass=fmeta):
    pass
print(F)
