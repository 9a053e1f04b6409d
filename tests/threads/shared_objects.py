# Threads run ordinary code side by side: private generators, closures,
# instances of a shared class, calls to shared functions, reads of shared
# dicts and tuples. Every thread's result must equal the serial result.
import threading

CONFIG = {"scale": 3, "offset": 7, "names": ("a", "b", "c")}
PRIMES = (2, 3, 5, 7, 11, 13)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def squares(n):
    for i in range(n):
        yield i * i


def make_adder(k):
    def add(v):
        return v + k
    return add


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state


def job(seed):
    total = 0
    # A private generator.
    for s in squares(300):
        total += s % 97
    # Closures created in the thread.
    adders = [make_adder(k) for k in range(10)]
    for f in adders:
        total += f(CONFIG["offset"])
    # Instances of the shared class and its methods.
    p = Point(seed, -seed)
    for i in range(200):
        p = p.moved(1, -2)
    total += p.norm1()
    # Reads of shared containers.
    for name in CONFIG["names"]:
        total += len(name) * CONFIG["scale"]
    for q in PRIMES:
        total += q
    # A private pseudo-random stream.
    gen = lcg(seed)
    for i in range(200):
        total += next(gen) % 10
    # Dicts, strings and sorting.
    words = {}
    for i in range(200):
        w = "w%d" % (i % 17)
        words[w] = words.get(w, 0) + 1
    total += sum([c for w, c in sorted(words.items())][:5])
    total += len(",".join([str(i) for i in range(50)]))
    return total


NTHREADS = 8
serial = [job(seed) for seed in range(NTHREADS)]
parallel = [None] * NTHREADS


def run(seed):
    for rep in range(5):
        r = job(seed)
        if rep == 0:
            parallel[seed] = r
        elif parallel[seed] != r:
            parallel[seed] = "mismatch"


threads = [threading.Thread(target=run, args=(seed,)) for seed in range(NTHREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("serial", serial)
print("threads agree", parallel == serial)


# Generators handed from one thread to another (never used concurrently).
gen = squares(10)
first = [next(gen), next(gen)]
rest = []
t = threading.Thread(target=lambda: rest.extend(gen))
t.start()
t.join()
print("generator across threads", first, rest)

# Exceptions raised and caught inside threads stay inside them.
caught = [None] * 4


def catcher(i):
    try:
        if i % 2:
            raise KeyError(i)
        {}["missing%d" % i]
    except KeyError as e:
        caught[i] = repr(e)


threads = [threading.Thread(target=catcher, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("caught", caught)
