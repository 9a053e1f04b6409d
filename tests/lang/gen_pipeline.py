# Generator pipelines inside classes: lazy stages, infinite sources, windowing, teardown order.
import itertools


class Pipeline:
    def __init__(self, source):
        self.source = source
        self.stages = []

    def map(self, fn):
        self.stages.append(("map", fn))
        return self

    def filter(self, pred):
        self.stages.append(("filter", pred))
        return self

    def window(self, size):
        self.stages.append(("window", size))
        return self

    @staticmethod
    def _apply(kind, arg, stream):
        if kind == "map":
            for item in stream:
                yield arg(item)
        elif kind == "filter":
            for item in stream:
                if arg(item):
                    yield item
        else:
            buf = []
            for item in stream:
                buf.append(item)
                if len(buf) == arg:
                    yield tuple(buf)
                    buf.pop(0)

    def __iter__(self):
        stream = iter(self.source)
        for kind, arg in self.stages:
            stream = self._apply(kind, arg, stream)
        return stream

    def take(self, n):
        return list(itertools.islice(self, n))


trace = []


def naturals():
    n = 1
    while True:
        trace.append(n)
        yield n
        n += 1


p = Pipeline(naturals()).filter(lambda v: v % 3 == 0).map(lambda v: v * v).window(2)
print(p.take(3))
print("source produced:", trace)
print(Pipeline(range(10)).map(str).take(20))
print(list(Pipeline("abcdef").window(3)))
print(sum(Pipeline(range(100)).filter(lambda v: v % 7 == 0)))


class Sensor:
    def __init__(self, readings):
        self.readings = readings
        self.closed = False

    def stream(self):
        try:
            for r in self.readings:
                yield r
        finally:
            self.closed = True


def moving_average(stream, k):
    window = []
    for x in stream:
        window.append(x)
        if len(window) > k:
            window.pop(0)
        yield round(sum(window) / len(window), 2)


def alarms(stream, limit):
    for i, avg in enumerate(stream):
        if avg > limit:
            yield (i, avg)


s = Sensor([1, 5, 9, 14, 3, 20, 22, 2])
found = alarms(moving_average(s.stream(), 3), 10)
print(next(found), s.closed)
print(list(found), s.closed)


# Round-robin interleaving of several generators.
def interleave(*iterables):
    iters = [iter(x) for x in iterables]
    while iters:
        alive = []
        for it in iters:
            try:
                yield next(it)
            except StopIteration:
                continue
            alive.append(it)
        iters = alive


print(list(interleave("abc", [1, 2], (x * 10 for x in range(4)))))


# Primes by an incremental sieve (dict of composites).
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


print(list(itertools.islice(primes(), 20)))
print(next(p for p in primes() if p > 1000))


# Grouping consecutive runs with a generator.
def runs(seq):
    it = iter(seq)
    try:
        current = next(it)
    except StopIteration:
        return
    count = 1
    for x in it:
        if x == current:
            count += 1
        else:
            yield current, count
            current, count = x, 1
    yield current, count


print(list(runs("aaabccddddx")), list(runs([])), "".join(f"{c}{n}" for c, n in runs("wwwwbbbw")))
