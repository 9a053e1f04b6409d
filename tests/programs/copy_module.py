# The copy module: shallow and deep copies, memo, hooks and recursive structures.
import copy

# Immutable values come back as themselves.
def f():
    pass
for value in [None, 1, 2.5, True, "text", b"raw", (1, 2), frozenset({1}), range(3),
              f, len, int, Ellipsis, slice(1, 2)]:
    print(repr(value)[:20].split(" at ")[0], copy.copy(value) is value)
for value in [None, 7, "s", (1, "a"), f, len, int, range(5), ()]:
    print(repr(value)[:20].split(" at ")[0], copy.deepcopy(value) is value)

# Containers: shallow copies share the items, deep copies do not.
nested = [1, [2, 3], {"k": [4]}, (5, [6]), {7, 8}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"], deep[3] is nested[3])
nested[1].append(99)
nested[2]["k"].append(98)
nested[3][1].append(97)
print(shallow)
print(deep)

d = {"a": [1], "b": {"c": 2}}
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d["a"].append(5)
d["new"] = 0
print(d2, d3, d2["b"] is d["b"], d3["b"] is d["b"])
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, copy.deepcopy(s) is s)
fs = frozenset({1, 2})
print(copy.deepcopy(fs) == fs)

# Tuples are copied only if an item changes.
t1 = (1, "two", (3, 4))
t2 = (1, [2], 3)
print(copy.deepcopy(t1) is t1, copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
print(copy.deepcopy(t2)[1] is t2[1])

# Shared references stay shared inside one deep copy.
shared = [0]
pair = [shared, shared, {"again": shared}]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is pc[2]["again"], pc[0] is shared)

# Recursive structures.
loop = [1, 2]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[2] is lc, lc[2] is loop, len(lc))
rd = {"name": "root"}
rd["self"] = rd
rdc = copy.deepcopy(rd)
print(rdc["self"] is rdc, rdc["name"])
holder = []
tup = (holder,)
holder.append(tup)
tc = copy.deepcopy(tup)
print(tc is tup, tc[0][0] is tc, type(tc).__name__)

# User classes: __dict__ is copied, __init__ is not called.
class Point:
    inits = 0
    def __init__(self, x, y):
        Point.inits += 1
        self.x = x
        self.y = y
        self.tags = []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"

p = Point(1, 2)
p.tags.append("orig")
p1 = copy.copy(p)
p2 = copy.deepcopy(p)
p.tags.append("later")
p.x = 100
print(p1, p2, Point.inits, type(p1) is Point, p1.tags is p.tags, p2.tags is p.tags)
print(p1.__dict__ is p.__dict__, sorted(vars(p2)))

class Empty:
    pass
e = Empty()
print(type(copy.copy(e)).__name__, vars(copy.deepcopy(e)))

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
a, b = Node("a"), Node("b")
a.next = b
b.next = a
ac = copy.deepcopy(a)
print(ac.value, ac.next.value, ac.next.next is ac, ac.next is b)
bound = copy.deepcopy(ac.__init__)
print(bound.__self__ is ac, bound.__func__ is Node.__init__)

# Hooks.
class Config:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        print("  __copy__ called")
        return Config(list(self.items) + ["copied"])
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo is dict:", isinstance(memo, dict))
        return Config([copy.deepcopy(i, memo) for i in self.items] + ["deep"])
c = Config([1, [2]])
print(copy.copy(c).items)
print(copy.deepcopy(c).items)
print([x.items for x in copy.deepcopy([c, c])])

class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "expensive"
    def __getstate__(self):
        print("  getstate")
        state = dict(self.__dict__)
        del state["cache"]
        return state
    def __setstate__(self, state):
        print("  setstate", sorted(state))
        self.__dict__.update(state)
        self.cache = None
st = Stateful()
sc = copy.copy(st)
print(sc.data is st.data, sc.cache)
sd = copy.deepcopy(st)
print(sd.data is st.data, sd.data, sd.cache)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
so = Slotted()
sc = copy.copy(so)
sd = copy.deepcopy(so)
print(sc.a is so.a, sd.a is so.a, sd.a, hasattr(sd, "b"))

# Subclass of list keeps its class, items and attributes.
class Stack(list):
    pass
stk = Stack([1, [2]])
stk.label = "mine"
sc = copy.copy(stk)
sd = copy.deepcopy(stk)
print(type(sc).__name__, list(sc), sc.label, sc[1] is stk[1])
print(type(sd).__name__, list(sd), sd.label, sd[1] is stk[1])

# Exceptions.
err = ValueError("bad", 3)
ec = copy.copy(err)
print(type(ec).__name__, ec.args, ec is err)
class MyErr(Exception):
    pass
me = MyErr("x", [1])
md = copy.deepcopy(me)
print(type(md).__name__, md.args, md.args[1] is me.args[1])

# The memo argument.
memo = {}
src = [1, [2]]
out = copy.deepcopy(src, memo)
print(out, memo[id(src)] is out, memo[id(src[1])] is out[1])
print(id(memo) in memo, len(memo[id(memo)]))
pre = {id(src[1]): "replaced"}
print(copy.deepcopy(src, pre))

# Errors.
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
def gen():
    yield 1
for thing in [gen(), copy]:
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(thing)
        except Exception as e:
            print(type(e).__name__, e)
class Broken:
    def __deepcopy__(self, memo):
        raise copy.Error("no deep copies here")
try:
    copy.deepcopy([Broken()])
except copy.Error as e:
    print(type(e).__name__, e)
