# Rich comparisons: reflected fallbacks, sorting user objects, derived __ne__.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __repr__(self):
        return f"Version('{self.text}')"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts

    __hash__ = None


vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.0.1"), Version("2.0") <= Version("2.0"))
# __gt__ is not defined: a > b becomes b < a.
print(Version("3.0") > Version("2.9"), Version("3.0") >= Version("3.0"))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("1.0") == "1.0", Version("1.0") != "1.0")
try:
    Version("1.0") < "2.0"
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Version("1.0"))
except TypeError as e:
    print("TypeError:", e)


# Reflected comparison sees its operands swapped.
class Loud:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        print(f"  {self.name}.__lt__({other.name if isinstance(other, Loud) else other!r})")
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name if isinstance(other, Loud) else other!r})")
        return True


print(Loud("a") < Loud("b"))
print(5 < Loud("c"))


# Equality falls back to identity when both sides return NotImplemented.
class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != Plain(), p is p)
print([p, 1].count(p), p in [Plain(), p], [Plain()].index(p) if p in [] else "absent")

# sort uses only __lt__; it is stable.
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return f"{self.rank}{self.suit}"


hand = [Card(5, "h"), Card(2, "s"), Card(5, "c"), Card(9, "d"), Card(2, "h")]
print(sorted(hand))
print(sorted(hand, reverse=True))
hand.sort(key=lambda c: c.suit)
print(hand)
try:
    Card(1, "x") <= Card(2, "y")
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)


# Comparisons may return non-bool values.
class Sym:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return f"({self.name} == {other})"

    def __lt__(self, other):
        return f"({self.name} < {other})"

    def __bool__(self):
        return False


print(Sym("x") == 3, Sym("y") < 4)
print(Sym("z") != 1)


# Chained comparisons call each method once per pair.
class Tracked:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Tracked.calls += 1
        return self.v < other.v


a, b, c = Tracked(1), Tracked(2), Tracked(3)
print(a < b < c, Tracked.calls)
print(c < b < a, Tracked.calls)

# __eq__ defined in a subclass wins when it is the right operand.
class Base:
    def __eq__(self, other):
        return "Base.__eq__"


class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"


print(Base() == Derived(), Derived() == Base(), Base() == Base())
