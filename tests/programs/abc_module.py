# The abc module: abstract methods, ABCMeta, virtual subclasses and __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, make):
    try:
        print(label, "->", make())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    @staticmethod
    @abstractmethod
    def sides():
        ...

    def describe(self):
        return f"{self.name}: area {self.area()} perimeter {self.perimeter()}"


print(sorted(Shape.__abstractmethods__))
attempt("Shape()", Shape)


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


print(sorted(Square.__abstractmethods__))
attempt("Square(2)", lambda: Square(2))


class NamedSquare(Square):
    name = "square"

    @classmethod
    def unit(cls):
        return "cm"

    @staticmethod
    def sides():
        return 4


print(sorted(NamedSquare.__abstractmethods__), NamedSquare.__abstractmethods__ == frozenset())
sq = NamedSquare(3)
print(sq.describe(), NamedSquare.unit(), sq.sides())
print(isinstance(sq, Shape), issubclass(NamedSquare, Shape), isinstance(3, Shape))


class One(ABC):
    @abstractmethod
    def only(self):
        pass


attempt("One()", One)
attempt("ABC()", lambda: type(ABC()).__name__)
print(ABC.__abstractmethods__, ABC.__slots__, type(ABC) is ABCMeta, type(One).__name__)


class Partial(One):
    only = abstractmethod(lambda self: 0)


attempt("Partial()", Partial)


class Done(Partial):
    def only(self):
        return "done"


print(Done().only())


# metaclass= directly, keyword arguments through to __init_subclass__
class Plugin(metaclass=ABCMeta):
    registry = []

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append((cls.__name__, key))

    @abstractmethod
    def run(self):
        ...


class Hello(Plugin, key="hello"):
    def run(self):
        return "hi"


print(Plugin.registry, Hello().run(), type(Hello).__name__)


# virtual subclasses
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


@Drawable.register
class Sprite:
    def draw(self):
        return "sprite"


print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable), Sprite.__mro__)
print(Drawable.register(int) is int, isinstance(5, Drawable), issubclass(bool, Drawable))
print(issubclass(Drawable, Drawable), issubclass(str, Drawable))
token = abc.get_cache_token()
Drawable.register(float)
print(abc.get_cache_token() == token + 1, isinstance(1.5, Drawable))
print(Drawable.register(float) is float, abc.get_cache_token() == token + 1)
attempt("register(3)", lambda: Drawable.register(3))
attempt("issubclass(3, Drawable)", lambda: issubclass(3, Drawable))


class Child(Drawable):
    def draw(self):
        return "child"


attempt("register parent", lambda: Child.register(Drawable))
print(Drawable.register(Child) is Child)


# registering on a subclass makes the class a subclass of the parent too
class Base(ABC):
    pass


class Middle(Base):
    pass


class Outsider:
    pass


Middle.register(Outsider)
print(issubclass(Outsider, Middle), issubclass(Outsider, Base), isinstance(Outsider(), Base))


# __subclasshook__
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            for klass in C.__mro__:
                if "__len__" in klass.__dict__:
                    return True
        return NotImplemented


class Box:
    def __len__(self):
        return 0


class Empty:
    pass


class Subsized(Sized):
    pass


print(issubclass(Box, Sized), isinstance(Box(), Sized), issubclass(Empty, Sized))
print(issubclass(Box, Subsized), issubclass(Subsized, Sized))


class No(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


No.register(int)
print(issubclass(int, No), isinstance(No.__new__(No), No))


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


attempt("bad hook", lambda: issubclass(int, Bad))


# update_abstractmethods
class Later(ABC):
    @abstractmethod
    def f(self):
        ...


Later.f = lambda self: "now concrete"
print(sorted(Later.__abstractmethods__))
attempt("Later() before update", lambda: Later())
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__), Later().f())


class Plain:
    pass


print(abc.update_abstractmethods(Plain) is Plain)


def g():
    pass


print(abstractmethod(g) is g, g.__isabstractmethod__)
attempt("abstractmethod(len)", lambda: abstractmethod(len))


# the deprecated decorators
class Old(ABC):
    @abc.abstractclassmethod
    def make(cls):
        return cls.__name__

    @abc.abstractstaticmethod
    def helper():
        return "helper"

    @abc.abstractproperty
    def value(self):
        return 1


print(sorted(Old.__abstractmethods__))
attempt("Old()", Old)
print(Old.make(), Old.helper())


class NewOld(Old):
    @classmethod
    def make(cls):
        return "made " + cls.__name__

    @staticmethod
    def helper():
        return "helped"

    @property
    def value(self):
        return 42


n = NewOld()
print(n.make(), n.helper(), n.value, sorted(NewOld.__abstractmethods__))


# abstract property setters
class Temperature(ABC):
    @property
    @abstractmethod
    def celsius(self):
        ...


class Thermo(Temperature):
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value


t = Thermo()
t.celsius = 21
print(t.celsius, sorted(Temperature.__abstractmethods__), sorted(Thermo.__abstractmethods__))


# multiple inheritance: abstract names from every base
class A1(ABC):
    @abstractmethod
    def a(self):
        ...


class B1(ABC):
    @abstractmethod
    def b(self):
        ...


class Both(A1, B1):
    def a(self):
        return "a"


print(sorted(Both.__abstractmethods__))
attempt("Both()", Both)


class Complete(Both):
    def b(self):
        return "b"


print(Complete().a() + Complete().b(), isinstance(Complete(), A1), isinstance(Complete(), B1))


# a metaclass derived from ABCMeta
class Meta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        cls.tag = name.lower()
        return cls


class Tagged(metaclass=Meta):
    @abstractmethod
    def go(self):
        ...


class Go(Tagged):
    def go(self):
        return self.tag


print(Go().go(), Tagged.tag, type(Go).__name__)
attempt("Tagged()", Tagged)


# abstractproperty without a setter
class ReadOnly:
    @abc.abstractproperty
    def size(self):
        return 3


ro = ReadOnly()
print(ro.size, ReadOnly.size.__isabstractmethod__)
attempt("set size", lambda: setattr(ro, "size", 4))
attempt("del size", lambda: delattr(ro, "size"))
