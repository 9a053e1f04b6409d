# random (seeded; only properties are printed, never values), time and sys.
import random
import time
import sys

random.seed(12345)
first = [random.random() for _ in range(5)]
random.seed(12345)
again = [random.random() for _ in range(5)]
print("same seed, same sequence:", first == again)
print("floats in [0, 1):", all(0.0 <= x < 1.0 for x in first), all(type(x) is float for x in first))

ints = [random.randint(1, 6) for _ in range(200)]
print("randint bounds:", min(ints) >= 1, max(ints) <= 6, set(ints) <= {1, 2, 3, 4, 5, 6})
rr = [random.randrange(10, 20, 3) for _ in range(100)]
print("randrange values:", set(rr) <= {10, 13, 16, 19})
print("randrange(1):", random.randrange(1), "randint(5, 5):", random.randint(5, 5))

deck = list(range(20))
shuffled = deck[:]
random.shuffle(shuffled)
print("shuffle keeps elements:", sorted(shuffled) == deck, len(shuffled))
print("choice from list:", random.choice(["only"]), random.choice("abc") in "abc")
sample = random.sample(range(100), 10)
print("sample:", len(sample), len(set(sample)) == 10, all(0 <= s < 100 for s in sample))
u = [random.uniform(2.0, 3.0) for _ in range(50)]
print("uniform bounds:", all(2.0 <= x <= 3.0 for x in u))
ch = random.choices(["a", "b"], k=7)
print("choices:", len(ch), set(ch) <= {"a", "b"})

# Two generators with the same seed agree, independent of the module-level state.
g1 = random.Random(7)
g2 = random.Random(7)
print("Random instances agree:", [g1.random() for _ in range(3)] == [g2.random() for _ in range(3)])
print("randint on instance:", 0 <= g1.randint(0, 9) <= 9)

for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.sample([1, 2], 3)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)

# A Monte Carlo estimate printed only coarsely.
random.seed(1)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi estimate close:", abs(4 * inside / 20000 - 3.14159) < 0.1)

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.02)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print("time types:", type(t0).__name__, type(p0).__name__, type(m0).__name__)
print("time advances:", t1 >= t0, p1 - p0 >= 0.015, m1 >= m0)
print("plausible epoch:", t0 > 1_600_000_000)
print("time_ns is int:", type(time.time_ns()).__name__, time.time_ns() > 10 ** 18)

print("argv[0]:", sys.argv[0].endswith("random_time_sys.py"), len(sys.argv))
print("maxsize:", sys.maxsize == 2 ** 63 - 1)
print("recursion limit is int:", type(sys.getrecursionlimit()).__name__)
print("version_info major:", sys.version_info[0], sys.version_info.major)
n = sys.stdout.write("written directly\n")
print("write returned", n)
print("modules has sys:", "sys" in sys.modules, "random" in sys.modules)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit code:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code:", e.code)
print("path is a list:", isinstance(sys.path, list))
print("byteorder:", sys.byteorder in ("little", "big"))
