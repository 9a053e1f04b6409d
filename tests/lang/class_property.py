# property (getter/setter/deleter), staticmethod, classmethod alternative constructors.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @property
    def kelvin(self):
        return round(self._c + 273.15, 2)


t = Temperature(25)
print(t.celsius, t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t.celsius, t.kelvin)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, isinstance(Temperature.kelvin, property))


class Node:
    def __init__(self, name):
        self._name = name
        self.log = []

    def _get(self):
        self.log.append("get")
        return self._name

    def _set(self, v):
        self.log.append("set")
        self._name = v.strip()

    def _del(self):
        self.log.append("del")
        self._name = None

    name = property(_get, _set, _del, "the node name")


n = Node("x")
n.name = "  padded  "
print(repr(n.name))
del n.name
print(n.name, n.log, Node.name.__doc__)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)


# Properties are inherited and can be overridden.
class Shape:
    @property
    def area(self):
        return 0

    @property
    def label(self):
        return f"{type(self).__name__} of area {self.area}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h


print(Shape().label, Rect(2, 3).label)


# A property computed lazily and cached on the instance under another name.
class Lazy:
    computed = 0

    @property
    def value(self):
        if not hasattr(self, "_value"):
            Lazy.computed += 1
            self._value = sum(range(100))
        return self._value


lz = Lazy()
print(lz.value, lz.value, Lazy.computed)


class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class BirthDate(Date):
    def age_in(self, year):
        return year - self.y


print(Date.from_string("2024-02-29"), Date.epoch())
b = BirthDate.from_string("1990-07-15")
print(b, type(b).__name__, b.age_in(2020))
print(Date.is_leap(2000), Date.is_leap(1900), b.is_leap(2024), BirthDate.is_leap(2023))
print(b.from_string("2000-01-01"))


# classmethod sees the class it was called on; counters per subclass.
class Registry:
    members = None

    @classmethod
    def add(cls, item):
        if cls.members is None:
            cls.members = []
        cls.members.append(item)
        return len(cls.members)


class Fruits(Registry):
    members = None


class Veg(Registry):
    members = None


Fruits.add("apple")
Fruits.add("pear")
Veg.add("leek")
print(Fruits.members, Veg.members, Registry.members)


# staticmethod/classmethod objects used directly.
def plain(x):
    return x + 1


class Holder:
    inc = staticmethod(plain)
    make = classmethod(lambda cls, v: (cls.__name__, v))


print(Holder.inc(1), Holder().inc(2), Holder.make(3), Holder().make(4))
print(type(Holder.__dict__["inc"]).__name__, type(Holder.__dict__["make"]).__name__)


# A property without a getter, and read-only attributes via properties.
class WriteOnly:
    def _set(self, v):
        self._v = v

    secret = property(None, _set)


w = WriteOnly()
w.secret = 3
print(w._v)
try:
    w.secret
except AttributeError as e:
    print("AttributeError:", e)
