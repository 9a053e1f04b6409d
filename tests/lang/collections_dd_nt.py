# collections.defaultdict and namedtuple.
from collections import defaultdict, namedtuple

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["a"], len(groups))
print(groups["z"], len(groups), "z" in groups)

counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
nested["x"]["z"] += 2
print({k: dict(v) for k, v in nested.items()})

sets = defaultdict(set)
sets["odd"].add(1)
sets["odd"].add(3)
sets["even"].add(2)
print(sorted((k, sorted(v)) for k, v in sets.items()))

plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(plain, defaultdict(str, {"a": "x"}))
print(counts.get("q"), "q" in counts, isinstance(counts, dict))

# Adjacency list built with defaultdict(list).
edges = [(1, 2), (1, 3), (2, 3), (3, 4)]
adj = defaultdict(list)
for u, v in edges:
    adj[u].append(v)
    adj[v].append(u)
print(sorted(adj.items()))

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), tuple(p), list(p))
x, y = p
print(x + y, p._fields, Point._fields)
print(p._asdict(), p._replace(x=10), p)
print(Point._make([7, 8]), Point(y=1, x=2))
try:
    p.x = 5
except AttributeError:
    print("AttributeError: fields are read-only")
try:
    Point(1)
except TypeError:
    print("TypeError: missing field value")

Color = namedtuple("Color", "red green blue")
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Color(255, 128, 0), Person("ada", 36), Person("bob", 41, "paris"))
print(sorted([Person("b", 2), Person("a", 3), Person("a", 1)]))
print(isinstance(p, tuple), type(p).__name__, hash(p) == hash((3, 4)))
print({Point(0, 0): "origin"}[Point(0, 0)])
print(Point(1, 2) + (3,), max(Point(5, 1), Point(2, 9)))


class Vector(namedtuple("Vector", "dx dy")):
    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)

    def length2(self):
        return self.dx ** 2 + self.dy ** 2


v = Vector(1, 2) + Vector(3, 4)
print(v, v.length2(), v._asdict())

rows = [Person("ann", 30, "rome"), Person("ben", 25), Person("cat", 35, "rome")]
by_city = defaultdict(list)
for r in rows:
    by_city[r.city].append(r.name)
print(dict(by_city))
print([r._replace(age=r.age + 1).age for r in rows])
