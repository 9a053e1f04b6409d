# dataclasses beyond the basics: frozen, order, asdict/astuple, __post_init__, field options.
from dataclasses import dataclass, field, asdict, astuple


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Bag:
    owner: str
    items: list = field(default_factory=list)


print(asdict(Point(1, 2)), astuple(Point(3)), asdict(Bag("ann", ["x"])), astuple(Bag("bob")))


@dataclass
class Segment:
    start: Point
    end: Point


print(asdict(Segment(Point(0, 0), Point(3, 4))), astuple(Segment(Point(1, 1), Point(2, 2))))


@dataclass(frozen=True)
class Key:
    name: str
    version: int = 1


k = Key("cfg")
print(k, hash(k) == hash(Key("cfg")), {k: "v"}[Key("cfg")])
try:
    k.version = 2
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


tasks = [Task(3, "low"), Task(1, "urgent"), Task(2, "normal")]
print(sorted(tasks))
print(Task(1, "a") == Task(1, "b"), Task(1, "x") < Task(2, "y"))


@dataclass
class WithPost:
    a: int
    b: int
    total: int = field(init=False)

    def __post_init__(self):
        self.total = self.a + self.b


print(WithPost(2, 3))


@dataclass(repr=False)
class Quiet:
    v: int

    def __repr__(self):
        return f"<Quiet {self.v}>"


print(Quiet(1), [Quiet(2)])
