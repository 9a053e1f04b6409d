# Class decorators and decorators that add methods or register classes.
registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls


def register_as(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_name = name
        return cls
    return deco


@register
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r ** 2, 3)


@register_as("sq")
class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(sorted(registry), registry["circle"](2).area(), registry["sq"](3).area(), Square.registered_name)


# A decorator that adds __repr__ and __eq__ based on __init__'s attributes.
def auto_repr(cls):
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls


@auto_repr
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


p = Pair(1, "x")
print(p, p == Pair(1, "x"), p == Pair(2, "x"), [Pair(0, [1])])
try:
    {p}
except TypeError as e:
    print("TypeError:", e)


# Decorator returning a different object (a singleton instance).
def singleton(cls):
    return cls()


@singleton
class Config:
    debug = False

    def toggle(self):
        self.debug = not self.debug
        return self.debug


print(type(Config).__name__, Config.toggle(), Config.toggle(), Config.debug)


# Stacked class decorators apply bottom-up.
def add_tag(tag):
    def deco(cls):
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    return deco


@add_tag("outer")
@add_tag("inner")
class Tagged:
    pass


print(Tagged.tags)


# A decorator that wraps every public method to count calls.
def count_methods(cls):
    cls.calls = {}
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("_"):
            def make(fn, name=name):
                def wrapper(self, *args):
                    cls.calls[name] = cls.calls.get(name, 0) + 1
                    return fn(self, *args)
                wrapper.__name__ = fn.__name__
                return wrapper
            setattr(cls, name, make(value))
    return cls


@count_methods
class Queue:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop(0)

    def size(self):
        return len(self.items)


q = Queue()
for i in range(3):
    q.push(i)
print(q.pop(), q.size(), sorted(Queue.calls.items()), Queue.push.__name__)


# Decorators inside classes: staticmethod stacking with another decorator.
def twice(fn):
    def wrapper(*args):
        return fn(*args) * 2
    return wrapper


class MathBox:
    @staticmethod
    @twice
    def sq(x):
        return x * x

    @classmethod
    @twice
    def name(cls):
        return cls.__name__


print(MathBox.sq(3), MathBox().sq(4), MathBox.name())


# A subclass of a decorated class inherits what the decorator added.
@auto_repr
class Base:
    def __init__(self, v):
        self.v = v


class Sub(Base):
    pass


print(Sub(3), Sub(3) == Sub(3), Sub(3) == Base(3))
