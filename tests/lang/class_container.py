# Container protocol: __len__, __bool__, __getitem__/__setitem__/__delitem__, __contains__.
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = {}
        self.fill = fill

    def __len__(self):
        return self.w * self.h

    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"grid indices must be (x, y), not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")

    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, self.fill)

    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value

    def __delitem__(self, key):
        self._check(key)
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()


g = Grid(3, 2)
g[0, 0] = 5
g[2, 1] = 7
print(len(g), g[0, 0], g[1, 1], g[2, 1], 7 in g, 9 in g, 9 not in g)
del g[0, 0]
print(g[0, 0], 5 in g)
for bad in [lambda: g[5, 5], lambda: g["x"], lambda: g.__delitem__((1, 1))]:
    try:
        bad()
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)


# __getitem__ receives slice objects.
class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1], r[1:2], r[::2], r[1:2, 3], r[...], r["k"])
sl = r[1:10:3]
print(sl.start, sl.stop, sl.step, type(sl).__name__)
print(sl.indices(5), slice(None, None, -1).indices(4))


# A sequence type built on __getitem__ alone is iterable and supports `in`.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5))
a, b, c = Squares(3)
print(a, b, c, sorted(Squares(4), reverse=True))


# Truthiness: __bool__ wins, then __len__, else always true.
class WithBool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v > 0


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Neither:
    pass


for obj in [WithBool(1), WithBool(-1), WithLen(0), WithLen(3), Neither()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
print(WithLen(0) or "fallback", WithBool(5) and "both")


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


for bad in [lambda: bool(BadBool()), lambda: len(BadLen()), lambda: len(Neither())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


# A list-like class with slicing support and __reversed__.
class Stack:
    def __init__(self, items=()):
        self._items = list(items)

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Stack(self._items[i])
        return self._items[i]

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return iter(self._items[::-1])

    def __repr__(self):
        return f"Stack({self._items})"


st = Stack("abc")
st.push("d")
print(st, len(st), st[0], st[-1], st[1:3], list(reversed(st)))
print(st.pop(), st.pop(), st)
st.pop()
st.pop()
try:
    st.pop()
except IndexError as e:
    print("IndexError:", e)
print(bool(st), len(st))

# Membership without __contains__ uses __iter__.
class Evens:
    def __iter__(self):
        print("  iterating")
        return iter(range(0, 10, 2))


print(4 in Evens(), 5 in Evens())

# dict subclass with __setitem__ override is used by item assignment.
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


ud = UpperDict()
ud["a"] = 1
ud["b"] = 2
print(ud, "A" in ud, len(ud))
