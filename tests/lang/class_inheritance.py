# Single inheritance: overriding, super(), isinstance/issubclass with tuples.
class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__} {self.name} with {self.legs} legs: {self.speak()}"


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"
    legs = 2

    def __init__(self, name, can_fly=True):
        super().__init__(name)
        self.can_fly = can_fly

    def speak(self):
        base = super().speak()
        return base + (" and flies away" if self.can_fly else " and waddles")


class Penguin(Bird):
    def __init__(self, name):
        super().__init__(name, can_fly=False)


zoo = [Animal("thing"), Dog("rex"), Bird("tweety"), Penguin("pingu")]
for a in zoo:
    print(a.describe())

print(isinstance(zoo[3], Bird), isinstance(zoo[3], Animal), isinstance(zoo[1], Bird))
print(isinstance(zoo[1], (Bird, Dog)), isinstance(5, (str, float)), isinstance(5, (str, (list, int))))
print(issubclass(Penguin, Animal), issubclass(Dog, Bird), issubclass(Dog, (Bird, Animal)))
print(issubclass(Animal, Animal), issubclass(bool, int), issubclass(Penguin, object))
print(Penguin.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Penguin.__mro__])

# super() with explicit arguments.
class Base:
    def who(self):
        return "Base"


class Mid(Base):
    def who(self):
        return "Mid>" + super(Mid, self).who()


class Leaf(Mid):
    def who(self):
        return "Leaf>" + super().who()

    def skip(self):
        return super(Mid, self).who()


print(Leaf().who(), Leaf().skip())

# Methods inherited from a base can call overridden hooks.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")

    def report(self):
        return f"{type(self).__name__}: area={self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r * self.r, 2)


for s in [Square(3), Circle(2), Shape()]:
    try:
        print(s.report())
    except NotImplementedError as e:
        print("NotImplementedError:", e)

# Subclassing built-in exception and container types.
class MyList(list):
    def total(self):
        return sum(self)


ml = MyList([1, 2, 3])
ml.append(4)
print(ml.total(), len(ml), isinstance(ml, list), type(ml).__name__, ml)


class DefaultDict(dict):
    def __missing__(self, key):
        return f"<no {key}>"


dd = DefaultDict(a=1)
print(dd["a"], dd["b"], len(dd))

# Class attribute lookup follows the inheritance chain; assignment on the subclass shadows.
class Config:
    level = 1


class Child(Config):
    pass


print(Child.level)
Config.level = 2
print(Child.level)
Child.level = 3
print(Config.level, Child.level)
