# Class definition details: class bodies as scopes, classes made in functions, counters, errors.
def make_class(name, base_value):
    class Dynamic:
        value = base_value
        label = name

        def get(self):
            return (self.label, self.value)

    Dynamic.__name__ = name
    return Dynamic


A = make_class("Alpha", 1)
B = make_class("Beta", 2)
print(A().get(), B().get(), A.__name__, B.__name__, A is B)


# Class body executes top to bottom; names defined earlier are usable later in the body.
class Constants:
    print("  class body runs at definition time")
    BASE = 10
    DOUBLE = BASE * 2
    NAMES = [n.upper() for n in ("a", "b")]
    try:
        SCALED = [k * BASE for k in (1, 2)]
    except NameError as e:
        print("  NameError in class-body comprehension:", e)
        SCALED = None
    TEMP = 1
    del TEMP


print(Constants.BASE, Constants.DOUBLE, Constants.NAMES, Constants.SCALED, hasattr(Constants, "TEMP"))


# Methods cannot see class attributes as bare names.
class Scoped:
    factor = 3

    def use_attribute(self):
        return self.factor * 2

    def use_bare_name(self):
        return factor


s = Scoped()
print(s.use_attribute())
try:
    s.use_bare_name()
except NameError as e:
    print("NameError:", e)


# Instance counting and per-instance ids.
class Ticket:
    issued = 0

    def __init__(self, holder):
        Ticket.issued += 1
        self.number = Ticket.issued
        self.holder = holder

    def __repr__(self):
        return f"Ticket#{self.number}({self.holder})"


tickets = [Ticket(n) for n in ["ann", "bob", "cyd"]]
print(tickets, Ticket.issued)


# super() inside classmethods and __init__ with default arguments.
class Shape:
    registry = []

    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Shape.registry.append(obj)
        return obj

    def __init__(self, name="shape"):
        self.name = name


class Sq(Shape):
    @classmethod
    def create(cls, side):
        obj = super().create()
        obj.side = side
        return obj

    def __init__(self):
        super().__init__("square")


sq = Sq.create(4)
print(sq.name, sq.side, type(sq).__name__, len(Shape.registry))


# Common errors when defining and calling classes.
class NoSelf:
    def method():
        return "no self"


try:
    NoSelf().method()
except TypeError as e:
    print("TypeError:", e)
print(NoSelf.method())


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class NeedsArgs:
    def __init__(self, a, b):
        self.a, self.b = a, b


for args in [(), (1,), (1, 2, 3)]:
    try:
        NeedsArgs(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    NeedsArgs(1, c=2)
except TypeError as e:
    print("TypeError:", e)
try:
    object().attr = 1
except AttributeError as e:
    print("AttributeError:", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


# Methods are plain functions on the class; they can be swapped at runtime.
class Greeter:
    def greet(self):
        return "hello"


g = Greeter()
print(g.greet())
Greeter.greet = lambda self: "patched"
print(g.greet())
g.greet = lambda: "instance override"
print(g.greet(), Greeter().greet())
del g.greet
print(g.greet())

# type() with one argument, and class identity.
print(type(g) is Greeter, type(Greeter) is type, type(type), isinstance(Greeter, object), isinstance(type, type))

# Recursion through methods and self-referencing data.
class Chain:
    def __init__(self, value, next_link=None):
        self.value = value
        self.next = next_link

    def length(self):
        return 1 + (self.next.length() if self.next else 0)

    def values(self):
        node = self
        while node:
            yield node.value
            node = node.next


c = Chain(1, Chain(2, Chain(3)))
print(c.length(), list(c.values()), sum(c.values()))
