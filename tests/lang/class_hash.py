# __hash__ and __eq__ in dicts and sets; unhashable instances.
class Key:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Key) and (self.name, self.n) == (other.name, other.n)

    def __hash__(self):
        return hash((self.name, self.n))

    def __repr__(self):
        return f"Key({self.name!r}, {self.n})"


d = {Key("a", 1): "first", Key("b", 2): "second"}
print(d[Key("a", 1)], Key("b", 2) in d, Key("a", 2) in d)
d[Key("a", 1)] = "replaced"
print(len(d), list(d.values()))
s = {Key("x", 1), Key("x", 1), Key("y", 1)}
print(len(s), Key("y", 1) in s)


# Defining __eq__ without __hash__ makes instances unhashable.
class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v


print(OnlyEq.__hash__ is None)
for action in [lambda: hash(OnlyEq(1)), lambda: {OnlyEq(1)}, lambda: {OnlyEq(1): 1},
               lambda: OnlyEq(1) in {1, 2}, lambda: frozenset([OnlyEq(2)])]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
print(OnlyEq(1) in [OnlyEq(0), OnlyEq(1)])


# Default objects hash by identity and compare by identity.
class Token:
    pass


t1, t2 = Token(), Token()
registry = {t1: "one", t2: "two"}
print(registry[t1], registry[t2], len({t1, t1, t2}))
print(hash(t1) == hash(t1))


# Explicitly unhashable, and a subclass that restores hashing.
class Mutable:
    __hash__ = None


class Frozen(Mutable):
    def __hash__(self):
        return 42


try:
    hash(Mutable())
except TypeError as e:
    print("TypeError:", e)
print(hash(Frozen()))


# hash() of a user __hash__ result is reduced like an int; it must return an int.
class Big:
    def __hash__(self):
        return 2 ** 100


class BadHash:
    def __hash__(self):
        return "nope"


print(hash(Big()) == hash(2 ** 100))
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)

# Equal values of different types hash equal and collide as one key.
table = {1: "int", 1.0: "float", True: "bool"}
print(table)


# A set of user objects removes duplicates through __eq__.
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))


pts = [Coord(1, 2), Coord(2, 1), Coord(1, 2), Coord(0, 0)]
unique = set(pts)
print(len(unique), sorted((c.x, c.y) for c in unique))
counts = {}
for c in pts:
    counts[c] = counts.get(c, 0) + 1
print([(c.x, c.y, n) for c, n in counts.items()])

# Hash of ints, tuples and frozensets is value based.
print(hash(7), hash(-1), hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
