# dataclasses basics: generated __init__, __repr__, __eq__, defaults, field(default_factory), inheritance.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
p.x = 10
print(p, p.x, p.y)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    count: int = 0

    def add(self, item):
        self.items.append(item)
        self.count += 1
        return self


a = Inventory("ann").add("sword").add("shield")
b = Inventory("bob")
print(a)
print(b, a.items is not b.items)


@dataclass
class Line:
    start: Point
    end: Point
    label: str = "line"

    def length2(self):
        return (self.end.x - self.start.x) ** 2 + (self.end.y - self.start.y) ** 2


ln = Line(Point(0, 0), Point(3, 4))
print(ln, ln.length2())


@dataclass
class Base:
    id: int


@dataclass
class Child(Base):
    name: str = "child"


print(Child(7), Child(8, "eight"), isinstance(Child(1), Base))


print(Point.__name__, type(p).__name__)
