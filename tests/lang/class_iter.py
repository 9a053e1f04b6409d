# Iterator protocol: __iter__/__next__, StopIteration, __iter__ returning a generator.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


cd = Countdown(3)
print(list(cd), list(cd))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)


# An iterable whose __iter__ is a generator function: fresh iterator each time.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()


t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t), sum(t), max(t))
print(list(t.leaves()))
print([x * 10 for x in t if x % 2])
gen = iter(t)
print(type(gen).__name__, next(gen), next(gen))


# Range-like class with both protocols and independent iterators.
class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __iter__(self):
        return SpanIterator(self)

    def __len__(self):
        return max(0, self.hi - self.lo)


class SpanIterator:
    def __init__(self, span):
        self.span = span
        self.i = span.lo

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.span.hi:
            raise StopIteration
        self.i += 1
        return self.i - 1


s = Span(3, 7)
print(list(s), len(s), [(a, b) for a in Span(0, 2) for b in Span(0, 2)])
print(list(zip(s, s)), list(enumerate(s, 1)))
print(dict(zip(Span(0, 3), "abc")), set(Span(1, 4)), tuple(Span(5, 6)))
a, *rest = Span(10, 14)
print(a, rest)
print(sorted(Span(0, 5), key=lambda v: -v), list(map(str, Span(0, 3))))
print(" ".join(str(x) for x in Span(0, 4)), min(Span(4, 9)), any(x > 5 for x in Span(0, 4)))

# Exhausted iterators stay exhausted.
one = SpanIterator(Span(0, 2))
print(list(one), list(one))


# __iter__ returning a non-iterator is a TypeError.
class BadIter:
    def __iter__(self):
        return 5


class NotIterable:
    pass


for obj in [BadIter(), NotIterable()]:
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next(Span(0, 1))
except TypeError as e:
    print("TypeError:", e)


# iter(callable, sentinel)
class Reader:
    def __init__(self, data):
        self.data = list(data)

    def read(self):
        return self.data.pop(0) if self.data else ""


rd = Reader(["a", "b", "c"])
print(list(iter(rd.read, "")))

# An iterator that resumes after StopIteration (not exhausted forever).
class Flaky:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n % 3 == 0:
            raise StopIteration
        return self.n


f = Flaky()
print(list(f), list(f), list(f))
