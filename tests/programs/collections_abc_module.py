# collections.abc: the container ABCs, their structural checks, the registered built-in
# types, the mixin methods and subscripting (generic aliases).
import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized,
                             Container, Callable, Collection, Set, MutableSet, Mapping,
                             MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
                             Sequence, MutableSequence, ByteString, Awaitable, Coroutine,
                             AsyncIterable, AsyncIterator, AsyncGenerator)
from collections import deque, OrderedDict, Counter, defaultdict, ChainMap


def attempt(label, make):
    try:
        print(label, "->", make())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(cabc.__all__)
print(Mapping, Mapping.__module__, MutableSequence.__name__, type(Sized).__name__)
for name in cabc.__all__:
    print(name, sorted(getattr(cabc, name).__abstractmethods__))


def gen():
    yield 1


class NoHash:
    __hash__ = None


class HasIter:
    def __iter__(self):
        return iter([1, 2])


class HasNext(HasIter):
    def __next__(self):
        raise StopIteration


class NotIterable(HasIter):
    __iter__ = None


class CallMe:
    def __call__(self):
        return "called"


class Everything:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False

    def __reversed__(self):
        return iter(())


class MyList(list):
    pass


class MyDict(dict):
    pass


samples = [
    ("int", 1), ("float", 2.5), ("bool", True), ("None", None), ("str", "ab"),
    ("bytes", b"ab"), ("tuple", (1,)), ("list", [1]), ("dict", {1: 2}), ("set", {1}),
    ("frozenset", frozenset({1})), ("range", range(3)), ("slice", slice(1)),
    ("keys", {}.keys()), ("values", {}.values()), ("items", {}.items()),
    ("list_iter", iter([])), ("tuple_iter", iter(())), ("str_iter", iter("x")),
    ("dict_iter", iter({})), ("set_iter", iter(set())), ("range_iter", iter(range(2))),
    ("reversed", reversed([1])), ("zip", zip()), ("map", map(abs, [])),
    ("filter", filter(None, [])), ("enumerate", enumerate([])), ("generator", gen()),
    ("function", gen), ("lambda", lambda: 0), ("builtin", len), ("class", int),
    ("object", object()), ("NoHash", NoHash()), ("HasIter", HasIter()),
    ("HasNext", HasNext()), ("NotIterable", NotIterable()), ("CallMe", CallMe()),
    ("Everything", Everything()), ("MyList", MyList()), ("MyDict", MyDict()),
    ("deque", deque()), ("OrderedDict", OrderedDict()), ("Counter", Counter()),
    ("defaultdict", defaultdict(int)), ("ChainMap", ChainMap()),
]
print(" " * 12 + " ".join(n[:4] for n in cabc.__all__))
for label, value in samples:
    marks = ["  X " if isinstance(value, getattr(cabc, n)) else "  . " for n in cabc.__all__]
    print(f"{label:12}" + " ".join(m[:4] for m in marks))

print(issubclass(list, Sequence), issubclass(list, Reversible), issubclass(str, Collection),
      issubclass(dict, Container), issubclass(bytes, ByteString), issubclass(tuple, Hashable))
attempt("issubclass(1, Iterable)", lambda: issubclass(1, Iterable))


# Sequence mixins
class Letters(Sequence):
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i]

    def __len__(self):
        return len(self.text)


s = Letters("banana")
print(list(s), list(reversed(s)), "n" in s, "z" in s, s.count("a"), s.index("n"))
print(s.index("a", 2), s.index("a", -2), s.index("n", 0, 3))
attempt("index missing", lambda: s.index("z"))
attempt("index out of range", lambda: s.index("b", 1))
print(isinstance(s, Reversible), isinstance(s, MutableSequence), len(s))


# MutableSequence mixins
class Stack(MutableSequence):
    def __init__(self, items=()):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)

    def __repr__(self):
        return f"Stack({self.items})"


st = Stack([1, 2])
st.append(3)
st.extend([4, 5])
st += [6]
print(st, st.pop(), st.pop(0), st)
st.reverse()
print(st)
st.remove(3)
print(st, st.index(4))
st.extend(st)
print(st)
st.clear()
print(st, len(st))
attempt("pop empty", st.pop)
attempt("remove missing", lambda: st.remove(1))


# Set mixins
class ListSet(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return f"ListSet({self.items})"


a = ListSet([1, 2, 3])
b = ListSet([3, 4])
print(a | b, a & b, a - b, a ^ b, b - a)
print(a | [9], a & {2, 7}, [3, 5] - a, {1} ^ a)
print(a <= ListSet([1, 2, 3, 4]), a < a, a <= a, a > ListSet([1]), a >= b, a == ListSet([3, 2, 1]))
print(a == {1, 2, 3}, a != b, a.isdisjoint([7, 8]), a.isdisjoint([3]))
print(a._hash() == hash(frozenset({1, 2, 3})), ListSet()._hash() == hash(frozenset()))
attempt("hash", lambda: hash(a))
attempt("a | 3", lambda: a | 3)
attempt("a < 3", lambda: a < 3)
c = ListSet([1, 2])
c |= [5]
print(c)
c &= [1, 5, 9]
print(c)
c ^= [5, 6]
print(c)
c -= [1]
print(c)
c ^= c
print(c)
c.add(7)
print(c.pop(), c)
attempt("pop empty", c.pop)
attempt("remove missing", lambda: c.remove(3))
d = ListSet("abc")
d.clear()
print(d, len(d))


class Frozen(Set):
    def __init__(self, items):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    __hash__ = Set._hash


print(hash(Frozen([1, 2])) == hash(frozenset({1, 2})), sorted(Frozen([3, 1]) | Frozen([2])))


# Mapping and MutableMapping mixins
class Registry(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


r = Registry()
r["a"] = 1
r.update({"b": 2}, c=3)
r.update([("d", 4)])
r.update(self=5, other=6)
print(dict(r), len(r), "a" in r, "z" in r, r.get("z"), r.get("a"), r.get("z", 0))
print(list(r.keys()), list(r.values()), list(r.items()))
print(type(r.keys()).__name__, type(r.items()).__name__, type(r.values()).__name__)
print(r == {"a": 1, "b": 2, "c": 3, "d": 4, "self": 5, "other": 6}, r == [1], r != {})
print(r.pop("a"), r.pop("zz", "default"), r.setdefault("b", 99), r.setdefault("n", 0))
print(r.popitem(), dict(r))
attempt("pop missing", lambda: r.pop("zz"))
attempt("update 3 args", lambda: r.update({}, {}))
attempt("update int", lambda: r.update(1))
print("b" in r.keys(), ("b", 2) in r.items(), ("b", 3) in r.items(), 2 in r.values(), 99 in r.values())
print(sorted(r.keys() & {"b", "x"}), sorted(r.keys() | {"x"}), sorted(r.items() - {("b", 2)}))
print(len(r.keys()), isinstance(r.keys(), Set), isinstance(r.values(), Set))
r.clear()
print(dict(r))
attempt("popitem empty", r.popitem)
print(Mapping.__reversed__, Mapping.__hash__, Set.__hash__)
print(KeysView({1: 2}), ItemsView({1: 2}), ValuesView({1: 2}), len(MappingView([1, 2])))
print(list(KeysView({1: 2})), list(ItemsView({1: 2})), list(ValuesView({1: 2})))


# Iterator and Generator mixins
class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


cd = Countdown(3)
print(iter(cd) is cd, list(cd))


class Echo(Generator):
    def __init__(self):
        self.last = None

    def send(self, value):
        if value == "stop":
            raise StopIteration
        self.last = value
        return value

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


e = Echo()
print(next(e), e.send(5), e.last)
e.close()
attempt("throw", lambda: e.throw(ValueError, ValueError("bad")))
attempt("throw type", lambda: e.throw(KeyError))


class Stubborn(Generator):
    def send(self, value):
        return 1

    def throw(self, typ, val=None, tb=None):
        return 2


attempt("close", Stubborn().close)
print(isinstance(Echo(), Iterator), isinstance(Echo(), Iterable), issubclass(type(gen()), Generator))


# Hashable, Callable, Sized, Container on user classes
print(isinstance(NoHash(), Hashable), isinstance(object(), Hashable), isinstance([], Hashable))
print(isinstance(CallMe(), Callable), isinstance(CallMe, Callable), isinstance(3, Callable))


# abstract instantiation
attempt("Sequence()", Sequence)
attempt("Mapping()", Mapping)


class Half(MutableMapping):
    def __getitem__(self, key):
        return key


attempt("Half()", Half)


# registering
class Fake:
    pass


Sequence.register(Fake)
print(issubclass(Fake, Sequence), issubclass(Fake, Iterable), issubclass(Fake, MutableSequence))


# subscripting gives generic aliases
print(Iterable[int], Mapping[str, Iterable[int]], Callable[[int, str], bool], Callable[..., int])
print(Callable[[], None], Sequence[()], Iterable[int].__origin__, Iterable[int].__args__)
print(Callable[[int], str].__args__, Iterable[int] == Iterable[int], Iterable[int] != Iterable[str])
attempt("Callable[int]", lambda: Callable[int])
attempt("Callable[int, str]", lambda: Callable[int, str])
attempt("Iterable[int][str]", lambda: Iterable[int][str])
attempt("isinstance alias", lambda: isinstance([], Iterable[int]))
attempt("issubclass alias", lambda: issubclass(list, Iterable[int]))


class Ages(Mapping[str, int]):
    def __init__(self, **kw):
        self.kw = kw

    def __getitem__(self, key):
        return self.kw[key]

    def __iter__(self):
        return iter(self.kw)

    def __len__(self):
        return len(self.kw)


ages = Ages(ann=3, bob=5)
print(Ages.__mro__)
print(Ages.__orig_bases__, dict(ages), ages["bob"], isinstance(ages, Mapping))
