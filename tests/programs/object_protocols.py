# small protocols of object and type
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class A:
    pass

class B(A):
    pass

t(lambda: object.__subclasshook__())
t(lambda: A.__subclasshook__(B))
t(lambda: type.__repr__(A))
t(lambda: type.__repr__(int))
t(lambda: type.__repr__(3))

class Meta(type):
    def __repr__(cls):
        return "Meta:" + type.__repr__(cls)

class K(metaclass=Meta):
    pass

t(lambda: repr(K))
t(lambda: object.__format__(A(), "")[:10])
t(lambda: object.__format__(A(), "x"))
t(lambda: format(A(), "x"))
t(lambda: f"{A()!s:}"[:10])

class Checker:
    def __instancecheck__(self, obj):
        return obj == 42
    def __subclasscheck__(self, cls):
        return cls is bool

t(lambda: isinstance(42, Checker()))
t(lambda: isinstance(41, Checker()))
t(lambda: issubclass(bool, Checker()))
t(lambda: isinstance(42, (str, Checker())))
t(lambda: isinstance(3, 4))

class Abs:
    def x(self):
        pass

Abs.__abstractmethods__ = frozenset({"x"})
t(lambda: Abs())
t(lambda: object.__new__(Abs))
Abs.__abstractmethods__ = frozenset({"y", "b"})
t(lambda: Abs())
Abs.__abstractmethods__ = frozenset()
t(lambda: type(Abs()).__name__)
