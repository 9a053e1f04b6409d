# Instructions that carry a local or a constant in their operand (LoadAttrFast, CompareConst,
# BinaryOpConst, InplaceOpConst): fast paths, slow paths through user types, and errors.

class P:
    def __init__(self, x):
        self.x = x

    def __add__(self, k):
        return P(self.x + k)

    def __iadd__(self, k):
        self.x += k * 10
        return self

    def __lt__(self, k):
        return self.x < k

    def __eq__(self, k):
        return self.x == k

    def __repr__(self):
        return f"P({self.x})"


def attrs():
    p = P(3)
    q = p
    print(p.x, q.x + p.x)
    try:
        print(p.missing)
    except AttributeError as e:
        print("AttributeError:", e)


def unbound():
    try:
        print(r.x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    r = 1
    return r


def consts():
    i = 7
    print(i + 1, i - 2, i * 3, i / 2, i // 2, i % 4, i ** 2, i << 1, i >> 1, i & 3, i | 8, i ^ 5)
    f = 2.5
    print(f + 1, f * 2.0, f - 0.5, f / 2, f // 1, f % 1.0)
    s = "ab"
    print(s + "cd", s * 2, "%s!" % s)
    big = 10 ** 20
    print(big + 1, big % 7, i + 10 ** 20)
    print(i < 8, i <= 7, i == 7, i != 7, i > 7, i >= 8, s == "ab", s < "b", f == 2.5)
    print(i < 2.5, f > 2, True == 1, None == 0)
    p = P(4)
    print(p + 1, p < 5, p == 4, p == 5)
    p += 2
    print(p)
    n = 0
    while n < 5:
        n += 1
    print(n)
    lst = [1]
    alias = lst
    lst += [2]
    print(lst, alias, lst is alias)
    t = (1,)
    t += (2,)
    print(t)
    try:
        print(i + "x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(i < "x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        i /= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    if s == "ab":
        print("equal")
    if not (i > 100):
        print("small")


attrs()
print(unbound())
consts()


# `obj.attr OP= v`: the load and the store are separate attribute sites, and
# `local.attr OP= literal` uses the local-operand forms
class Counter:
    def __init__(self):
        self.n = 0
        self.s = "a"
        self.f = 1.5

    def bump(self):
        self.n += 1
        self.s += "b"
        self.f *= 2
        self.n -= 0.5
        return self


class Holder:
    def __init__(self):
        self.c = Counter()


class Logged:
    def __init__(self):
        object.__setattr__(self, "v", 1)

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


class Prop:
    def __init__(self):
        self._x = 10

    @property
    def x(self):
        print("get x")
        return self._x

    @x.setter
    def x(self, v):
        print("set x", v)
        self._x = v


def aug_attrs():
    c = Counter()
    for _ in range(3):
        c.bump()
    print(c.n, c.s, c.f)
    h = Holder()
    for _ in range(5):
        h.c.n += 2
    print(h.c.n)
    box = Holder()
    box.items = [1]
    alias = box.items
    box.items += [2]
    print(alias, alias is box.items)
    lg = Logged()
    lg.v += 1
    p = Prop()
    p.x += 5
    print(p.x)
    try:
        missing.z += 1
    except NameError as e:
        print("NameError", e)
    try:
        late.z += 1
        late = 3
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        c.nothing += 1
    except AttributeError as e:
        print("AttributeError", e)


aug_attrs()
