# Claim: "The GIL makes single-threaded code faster" -- free threading costs one thread
# something: atomic reference counts, a lock per container, lock-free copies for readers.
# One thread runs a mix of calls, attribute access, list, dict and string work; compare the
# time across builds (`cargo run --release --example lab` does, with CPython beside them).
#   gilt examples/lab/single_thread_cost.py
import time
import _lab


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def mix(n):
    items = []
    table = {}
    words = []
    total = 0
    for i in range(n):
        p = Point(i, -i)
        items.append(p)
        table[i % 1000] = p.norm1()
        total += table[i % 1000]
        if len(items) > 100:
            items.pop()
        if i % 100 == 0:
            words.append(str(i))
    return total + len(",".join(words))


N = _lab.option("n", 300_000)
t = _lab.best_of(lambda: (lambda t0: (mix(N), time.perf_counter() - t0)[1])(time.perf_counter()))
print(_lab.lock_line())
print("one thread: %.3f s" % t)
_lab.report(time=t)
