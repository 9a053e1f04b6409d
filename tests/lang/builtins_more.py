# id, dir, vars, format, bin/hex/oct, frozenset, stable sorted, callable, type checks.
class Thing:
    kind = "thing"

    def __init__(self):
        self.a = 1
        self._hidden = 2

    def method(self):
        return self.a


t1, t2 = Thing(), Thing()
print(id(t1) == id(t1), id(t1) != id(t2), type(id(t1)).__name__)
alias = t1
print(id(alias) == id(t1), alias is t1)
xs = [1, 2]
ys = xs
ys.append(3)
print(id(xs) == id(ys), xs)

print([n for n in dir(t1) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print("__init__" in dir(Thing), "append" in dir([]), "upper" in dir(""), "keys" in dir({}))
print(dir() == sorted(dir()), "Thing" in dir(), "t1" in dir())
print(vars(t1), sorted(k for k in vars(Thing) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)

print(format(3.14159, ".2f"), format(255, "x"), format(255, "#X"), format(255, "08b"), format(1234567, ","))
print(format(0.5, "%"), format(12, ">5"), format("ab", "^6") + "|", format(-3, "+d"), format(3, "+d"))
print(format(1e6, "e"), format(1234.5, "g"), format(42), format("s"), format(None), format(True))
print(format(3.0), format(1 / 3, ".3"), format(12345.678, "_.1f"), format(7, "c") if False else format(65, "c"))

print(bin(10), bin(-10), bin(0), hex(255), hex(-255), hex(0), oct(8), oct(-8), oct(0))
print(bin(2 ** 70), hex(2 ** 64), int(bin(37), 2), int(hex(999), 16), int(oct(64), 8))


class Idx:
    def __index__(self):
        return 10


print(bin(Idx()), hex(Idx()), oct(Idx()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][Idx()])
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)

fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, type(fs).__name__, frozenset(), frozenset("a"))
print(fs | {9}, fs & {1, 7}, fs - {1}, fs ^ frozenset([1, 10]), type(fs | {9}).__name__, type({9} | fs).__name__)
print(fs == {1, 2, 3}, fs.issubset({1, 2, 3, 4}), fs.union([5]), fs.isdisjoint([7]))
lookup = {fs: "a frozenset key", frozenset(): "empty"}
print(lookup[frozenset({1, 2, 3})], lookup[frozenset()])
print({frozenset([1]), frozenset([1])}, sorted(map(sorted, {frozenset([1, 2]), frozenset([3])})))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)

# sorted is stable, including with reverse=True and with key.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: -r[1]))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted((3, 1, 2), reverse=True), sorted([]))
lst = [5, 2, 8]
res = sorted(lst)
print(lst, res, res is lst)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)

print(callable(Thing), callable(t1), callable(t1.method), callable(len))
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, isinstance(None, type(None)))
print(issubclass(bool, (str, int)), isinstance([], (tuple, list)), isinstance(Thing, type))
print(type(1.0).__name__, type("").__name__, type(range(1)).__name__, type(len).__name__, type(Thing).__name__)
print(abs(-7), abs(-2.5), round(2.675, 2), round(2.5), round(3.5), round(-0.5), divmod(-7, 2), pow(3, 4, 5), pow(2, -1))
print(min([], default="empty"), max("abc"), min(3, 1, 2, key=lambda v: -v), sum([[1], [2]], []))
print(ord("é"), chr(9731), ascii("é☃"), repr("é"))
print(list(reversed(range(4))), list(enumerate("ab", start=5)), list(zip([1, 2, 3], "ab")))
print(hash(10) == hash(10.0), int("  42 "), int("-0x1f", 16), int("0b101", 0), float("  -1.5e3 "), str(1e100))
print(getattr(t1, "a"), getattr(Thing, "kind"), getattr(t1, "nope", None))
print(all([]), any([]), all([1, 0]), any([0, "x"]))
print(globals()["Thing"] is Thing, "records" in globals())
