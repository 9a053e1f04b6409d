# Multiple inheritance: C3 MRO, diamond shapes, cooperative super().
class A:
    def hello(self):
        return ["A"]


class B(A):
    def hello(self):
        return ["B"] + super().hello()


class C(A):
    def hello(self):
        return ["C"] + super().hello()


class D(B, C):
    def hello(self):
        return ["D"] + super().hello()


print([c.__name__ for c in D.__mro__])
print(D().hello())
print([c.__name__ for c in D.mro()])


# The classic C3 example.
class O:
    pass


class F(O):
    pass


class E(O):
    pass


class Dd(O):
    pass


class C2(Dd, F):
    pass


class B2(Dd, E):
    pass


class A2(B2, C2):
    pass


print([c.__name__ for c in A2.__mro__])


# Cooperative __init__ with keyword arguments.
class Root:
    def __init__(self, **kwargs):
        self.trail = ["Root"]
        if kwargs:
            self.trail.append("leftover:" + ",".join(sorted(kwargs)))


class Named(Root):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.trail.append("Named")


class Colored(Root):
    def __init__(self, color, **kwargs):
        super().__init__(**kwargs)
        self.color = color
        self.trail.append("Colored")


class Widget(Named, Colored):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trail.append("Widget")


w = Widget(name="button", color="red")
print(w.name, w.color, w.trail)
w2 = Widget(name="x", color="y", extra=1)
print(w2.trail)
print([c.__name__ for c in Widget.__mro__])

# Attribute lookup picks the first class in the MRO that defines it.
class P1:
    tag = "P1"

    def m(self):
        return "P1.m"


class P2:
    tag = "P2"

    def m(self):
        return "P2.m"

    def only2(self):
        return "P2.only2"


class Q(P1, P2):
    pass


class R(P2, P1):
    pass


print(Q.tag, Q().m(), Q().only2(), R.tag, R().m())
print(issubclass(Q, P2), isinstance(R(), P1))

# Mixins.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)


class Item(ReprMixin, EqMixin):
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


print(Item("nail", 3), Item("nail", 3) == Item("nail", 3), Item("a", 1) == Item("a", 2))
print([c.__name__ for c in Item.__mro__])

# Inconsistent hierarchies are rejected.
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Twice(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)

# super() walks the MRO of the instance, not of the defining class.
class Left:
    def name(self):
        return "Left"


class Logger(Left):
    def name(self):
        return "Logger(" + super().name() + ")"


class Right(Left):
    def name(self):
        return "Right"


class Combo(Logger, Right):
    pass


print(Combo().name(), Logger().name())
print([c.__name__ for c in Combo.__mro__])
