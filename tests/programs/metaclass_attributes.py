class M(type):
    def __setattr__(cls, name, value):
        print("M.__setattr__", name, value)
        type.__setattr__(cls, name, value)
    def __delattr__(cls, name):
        print("M.__delattr__", name)
        type.__delattr__(cls, name)
    def __getattr__(cls, name):
        return "missing:" + name
    def __hash__(cls):
        return 42
    def __eq__(cls, other):
        return other == "K"
class K(metaclass=M):
    a = 1
K.b = 2
print(K.b, K.a, K.zz)
del K.b
print(hasattr(K, 'b'), K.b)
print(hash(K), K == "K", K == 3, K != "K")
class P:
    pass
type.__setattr__(P, 'x', 5)
print(P.x)

class Frozen(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

class Color(metaclass=Frozen):
    RED = 1

try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
Color.extra = 3
setattr(Color, "more", 4)
print(Color.RED, Color.extra, Color.more)
delattr(P, "x")
print(hasattr(P, "x"))
try:
    type.__setattr__(P, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print({K: 1}[K])

class Child(K):
    pass

print(Child.nothing, hash(Child))
