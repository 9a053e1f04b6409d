# Thread(target, args, kwargs, name, daemon): how arguments reach the target,
# and that a target's return value is simply discarded.
import threading

results = {}
lock = threading.Lock()


def record(key, a, b=0, *rest, scale=1, **extra):
    value = (a + b + sum(rest)) * scale
    with lock:
        results[key] = (value, sorted(extra.items()))
    return "ignored"


specs = [
    ("positional", (1, 2), {}),
    ("varargs", (1, 2, 3, 4), {}),
    ("keywords", (5,), {"b": 6, "scale": 10}),
    ("extra", (1,), {"colour": "red", "size": 3}),
    ("only kwargs", (), {"a": 7}),
]
threads = []
for key, args, kwargs in specs:
    threads.append(threading.Thread(target=record, args=(key,) + args, kwargs=kwargs, name=key))
for t in threads:
    t.start()
for t in threads:
    t.join()
for key, args, kwargs in specs:
    print(key, results[key])
print("names", [t.name for t in threads])

# args may be a list; a bound method and a lambda are fine targets.
collected = []
t = threading.Thread(target=collected.extend, args=[[1, 2, 3]])
t.start()
t.join()
t = threading.Thread(target=lambda x, y: collected.append(x * y), args=(6, 7))
t.start()
t.join()
print("collected", collected)


# A callable object as the target.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.out = []

    def __call__(self, values):
        for v in values:
            self.out.append(v * self.factor)


m = Multiplier(3)
t = threading.Thread(target=m, args=([1, 2, 3],))
t.start()
t.join()
print("callable object", m.out)

# Keyword-only construction and the daemon flag.
t = threading.Thread(name="kw", target=record, kwargs={"key": "kw", "a": 1}, daemon=False)
print("kw thread", t.name, t.daemon)
t.start()
t.join()
print("kw result", results["kw"])

# Mutable arguments are shared, not copied.
shared = []


def fill(target_list, n):
    for i in range(n):
        target_list.append(i)


threads = [threading.Thread(target=fill, args=(shared, 50)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("shared list", len(shared), sum(shared))

# A thread with no target does nothing and finishes.
empty = threading.Thread()
empty.start()
empty.join()
print("no target finished", empty.is_alive())
