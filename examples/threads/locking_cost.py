# What does fine-grained locking cost one thread?
# Times a single-threaded mix of list, dict and attribute work. Run it with the GIL build and
# the free-threaded build (whose containers take a per-object lock) and compare.
#   gilt examples/threads/locking_cost.py
import time

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def mix():
    items = []
    table = {}
    total = 0
    for i in range(300_000):
        p = Point(i, i + 1)
        items.append(p)
        table[i % 1000] = p.x + p.y
        total += table[i % 1000]
        if len(items) > 100:
            items.pop()
    return total

t0 = time.perf_counter()
mix()
print(f"one thread: {time.perf_counter() - t0:.3f} s")
