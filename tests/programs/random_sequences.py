# The random module's numbers for fixed seeds: every value printed here must be the one
# CPython 3.11 gives (the Mersenne Twister, its seeding and the algorithms built on it).
import random


def show(label, value):
    print(label + ":", value)


def first_floats(n=4):
    return [random.random() for _ in range(n)]


def error_of(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no error"


# ---- int seeds: zero, small, negative (the absolute value is used), over 32 and 64 bits
for s in [0, 1, 2, 42, -1, -42, 12345, 2**32 - 1, 2**32, 2**64 + 7, -(2**100 + 3), 10**40]:
    random.seed(s)
    show("seed(%d)" % s, first_floats())

random.seed(-7)
neg = first_floats()
random.seed(7)
show("seed(-7) == seed(7)", neg == first_floats())
random.seed(True)
t = first_floats(2)
random.seed(1)
show("seed(True) == seed(1)", t == first_floats(2))

# ---- str and bytes seeds (version 2 hashes them with SHA-512), and version 1
for s in ["", "a", "hello world", "caf\u00e9 \u2713 na\u00efve", b"", b"\x00\xff\x10", b"hello world"]:
    random.seed(s)
    show("seed(%r)" % (s,), first_floats(3))
random.seed("hello world")
a = first_floats(2)
random.seed(b"hello world")
show("str and its UTF-8 bytes agree", a == first_floats(2))
for s in ["", "abc", "caf\u00e9", b"abc", b"\xff\xfe"]:
    random.seed(s, version=1)
    show("seed(%r, version=1)" % (s,), first_floats(2))
random.seed("abc", 1)
show("positional version", first_floats(1))

# ---- float seeds use hash(); an integral float seeds as the int
for s in [0.5, -1.5, 2.0, 1e300, -0.0, 3.141592653589793, float("inf"), float("-inf")]:
    random.seed(s)
    show("seed(%r)" % s, first_floats(2))
random.seed(2.0)
f = first_floats(2)
random.seed(2)
show("seed(2.0) == seed(2)", f == first_floats(2))

# ---- unsupported seed types
for bad in [[1, 2], (1, 2), {"a": 1}, {1, 2}]:
    show("seed(%r)" % (bad,), error_of(lambda: random.seed(bad)))

# ---- getrandbits
random.seed(2024)
for k in [0, 1, 1, 31, 32, 33, 64, 65, 100, 1000]:
    show("getrandbits(%d)" % k, random.getrandbits(k))
random.seed(99)
show("eight getrandbits(8)", [random.getrandbits(8) for _ in range(8)])
show("getrandbits(-1)", error_of(lambda: random.getrandbits(-1)))

# ---- randrange and randint
random.seed(31337)
show("randrange(10)", [random.randrange(10) for _ in range(15)])
show("randrange(1)", [random.randrange(1) for _ in range(3)])
show("after randrange(1)", random.random())
show("randrange(5, 15)", [random.randrange(5, 15) for _ in range(10)])
show("randrange(0, 100, 7)", [random.randrange(0, 100, 7) for _ in range(10)])
show("randrange(100, 0, -3)", [random.randrange(100, 0, -3) for _ in range(10)])
show("randrange(-50, 50, 5)", [random.randrange(-50, 50, 5) for _ in range(10)])
show("randrange(2**31)", [random.randrange(2**31) for _ in range(4)])
show("randrange(2**32)", [random.randrange(2**32) for _ in range(4)])
show("randrange(2**32 + 1)", [random.randrange(2**32 + 1) for _ in range(4)])
show("randrange(3 * 2**40)", [random.randrange(3 * 2**40) for _ in range(4)])
show("randrange(2**64)", [random.randrange(2**64) for _ in range(3)])
show("randrange(2**64 + 1)", [random.randrange(2**64 + 1) for _ in range(3)])
show("randrange(-2**70, 2**70)", [random.randrange(-2**70, 2**70) for _ in range(3)])
show("randrange(0, 10**30, 10**10)", [random.randrange(0, 10**30, 10**10) for _ in range(3)])
show("randrange(10**50, 0, -7)", [random.randrange(10**50, 0, -7) for _ in range(2)])
show("randint(1, 6)", [random.randint(1, 6) for _ in range(20)])
show("randint(-3, 3)", [random.randint(-3, 3) for _ in range(10)])
show("randint(-10**20, 10**20)", [random.randint(-10**20, 10**20) for _ in range(3)])
show("randint(5, 5)", random.randint(5, 5))
show("randrange(0)", error_of(lambda: random.randrange(0)))
show("randrange(5, 5)", error_of(lambda: random.randrange(5, 5)))
show("randrange(0, 10, 0)", error_of(lambda: random.randrange(0, 10, 0)))
show("randrange(10, 0, 2)", error_of(lambda: random.randrange(10, 0, 2)))

# ---- choice and choices
random.seed(777)
colors = ["red", "green", "blue", "yellow", "cyan"]
show("choice(list)", [random.choice(colors) for _ in range(8)])
show("choice(str)", "".join(random.choice("abcdefghij") for _ in range(12)))
show("choice(tuple)", [random.choice((10, 20, 30)) for _ in range(6)])
show("choice(range)", [random.choice(range(1000, 2000, 3)) for _ in range(5)])
show("choice(one item)", [random.choice(["only"]) for _ in range(2)])
show("choice([])", error_of(lambda: random.choice([])))
show("choices k=10", random.choices(colors, k=10))
show("choices default k", random.choices(colors))
show("choices weights", random.choices(colors, weights=[10, 1, 1, 5, 0.5], k=10))
show("choices int weights", random.choices(colors, [1, 2, 3, 4, 5], k=8))
show("choices cum_weights", random.choices(colors, cum_weights=[1, 1.5, 4, 4.25, 9], k=10))
show("choices k=0", random.choices(colors, k=0))
show("choices both", error_of(lambda: random.choices(colors, [1] * 5, cum_weights=[1] * 5)))
show("choices wrong length", error_of(lambda: random.choices(colors, [1, 2], k=2)))
show("choices zero total", error_of(lambda: random.choices(colors, [0] * 5, k=2)))

# ---- shuffle
random.seed(2718)
for n in [0, 1, 2, 3, 10, 30]:
    items = list(range(n))
    random.shuffle(items)
    show("shuffle %d" % n, items)
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
show("shuffled words", " ".join(words))

# ---- sample: the pool method for small populations, the set method for large ones
random.seed(1618)
show("sample(range(10), 10)", random.sample(range(10), 10))
show("sample(range(10), 3)", random.sample(range(10), 3))
show("sample(range(100), 10)", random.sample(range(100), 10))
show("sample(range(10**6), 12)", random.sample(range(10**6), 12))
show("sample(range(100000), 30)", random.sample(range(100000), 30))
big = random.sample(range(1000), 500)
show("sample(range(1000), 500) head", big[:15])
show("sample(range(1000), 500) distinct", len(set(big)))
show("sample(colors, 3)", random.sample(colors, 3))
show("sample(str, 5)", random.sample("abcdefghijklmnop", 5))
show("sample(tuple, 0)", random.sample((1, 2, 3), 0))
show("sample with counts", random.sample(["red", "blue"], counts=[4, 2], k=5))
show("sample counts k=all", random.sample("xyz", 6, counts=[1, 2, 3]))
show("sample too large", error_of(lambda: random.sample(range(3), 4)))
show("sample of a set", error_of(lambda: random.sample({1, 2, 3}, 2)))

# ---- real-valued distributions
random.seed(4242)
show("uniform(2, 5)", [random.uniform(2, 5) for _ in range(4)])
show("uniform(-1.5, 1.5)", [random.uniform(-1.5, 1.5) for _ in range(3)])
show("uniform(3, 1)", random.uniform(3, 1))
show("triangular()", [random.triangular() for _ in range(3)])
show("triangular(0, 10, 2)", [random.triangular(0, 10, 2) for _ in range(4)])
show("triangular(5, 5, 5)", random.triangular(5, 5, 5))
show("triangular(1.0, 3.0, 3.0)", random.triangular(1.0, 3.0, 3.0))
show("gauss()", [random.gauss() for _ in range(5)])
show("gauss(10, 2)", [random.gauss(10, 2) for _ in range(5)])
show("gauss(mu=-1, sigma=0.5)", random.gauss(mu=-1, sigma=0.5))
show("normalvariate()", [random.normalvariate() for _ in range(4)])
show("normalvariate(100, 15)", [random.normalvariate(100, 15) for _ in range(3)])
show("lognormvariate(0, 0.25)", [random.lognormvariate(0, 0.25) for _ in range(3)])
show("expovariate(1.5)", [random.expovariate(1.5) for _ in range(3)])
show("expovariate(-2)", random.expovariate(-2))
show("expovariate(0)", error_of(lambda: random.expovariate(0)))
show("after expovariate(0)", random.random())
show("vonmisesvariate(0, 0)", random.vonmisesvariate(0, 0))
show("vonmisesvariate(1, 4)", [random.vonmisesvariate(1, 4) for _ in range(4)])
show("vonmisesvariate(-2, 0.5)", [random.vonmisesvariate(-2, 0.5) for _ in range(3)])
show("vonmisesvariate(3, 50)", [random.vonmisesvariate(3, 50) for _ in range(3)])
for alpha, beta in [(0.3, 1.0), (0.9, 2.0), (1.0, 3.0), (2.5, 1.0), (20.0, 0.5), (300.0, 1.0)]:
    show("gammavariate(%r, %r)" % (alpha, beta), [random.gammavariate(alpha, beta) for _ in range(3)])
show("gammavariate(0, 1)", error_of(lambda: random.gammavariate(0, 1)))
show("betavariate(2, 3)", [random.betavariate(2, 3) for _ in range(3)])
show("betavariate(0.5, 0.5)", [random.betavariate(0.5, 0.5) for _ in range(3)])
show("betavariate(1, 1)", [random.betavariate(1, 1) for _ in range(2)])
show("paretovariate(2.5)", [random.paretovariate(2.5) for _ in range(3)])
show("weibullvariate(1, 1.5)", [random.weibullvariate(1, 1.5) for _ in range(3)])
show("weibullvariate(2.0, 0.5)", [random.weibullvariate(2.0, 0.5) for _ in range(3)])

# ---- randbytes
random.seed(5)
for n in [0, 1, 3, 4, 5, 8, 13]:
    show("randbytes(%d)" % n, random.randbytes(n))

# ---- getstate and setstate
random.seed(8080)
random.random()
state = random.getstate()
show("state shape", (state[0], type(state[1]).__name__, len(state[1]), state[1][-1], state[2]))
show("state words", state[1][:5])
ahead = [random.random() for _ in range(5)] + [random.getrandbits(40)]
random.setstate(state)
show("replay after setstate", ahead == [random.random() for _ in range(5)] + [random.getrandbits(40)])
random.seed(8080)
random.gauss()
gstate = random.getstate()
show("gauss_next kept in the state", gstate[2])
nxt = random.gauss()
random.setstate(gstate)
show("gauss_next restored", random.gauss() == nxt)
random.seed(0)
show("fresh state index", random.getstate()[1][-1])
for _ in range(700):
    random.random()
show("index after 1400 words", random.getstate()[1][-1])
mid = random.getstate()
later = first_floats(3)
random.seed(1)
random.setstate(mid)
show("setstate mid-block", later == first_floats(3))
show("setstate wrong size", error_of(lambda: random.setstate((3, (1,) * 10, None))))
show("setstate version", error_of(lambda: random.setstate((4, mid[1], None))))
show("setstate bad index", error_of(lambda: random.setstate((3, mid[1][:-1] + (625,), None))))
show("setstate negative word", error_of(lambda: random.setstate((3, (-1,) + mid[1][1:], None))))
show("setstate list", error_of(lambda: random.setstate((3, list(mid[1]), None))))
# a version 2 state: signed words, taken modulo 2**32
v2 = tuple(w - 2**32 if w >= 2**31 else w for w in mid[1])
random.setstate((2, v2, None))
show("version 2 state", first_floats(2))
random.setstate(mid)
show("version 3 state", first_floats(2))
show("Random.VERSION", random.Random.VERSION)

# ---- Random instances are independent of the module functions and of each other
r1 = random.Random(7)
r2 = random.Random(7)
random.seed(7)
m = first_floats(3)
show("Random(7)", [r1.random() for _ in range(3)])
show("same as module seed(7)", m == [r2.random() for _ in range(3)])
random.seed(7)
x = random.Random(7)
mixed = []
for i in range(4):
    mixed.append(x.randrange(100))
    mixed.append(random.randrange(100))
show("interleaved", mixed)
r3 = random.Random("a string seed")
show("Random(str)", [r3.randint(1, 100) for _ in range(5)])
r4 = random.Random(x=2.5)
show("Random(x=2.5)", r4.random())
r5 = random.Random()
r5.seed(123)
show("seed on instance", r5.getrandbits(64))
show("instance choices", r5.choices("abc", k=6))
show("instance sample", r5.sample(range(50), 5))
lst = list(range(8))
r5.shuffle(lst)
show("instance shuffle", lst)
show("instance gauss", [r5.gauss(0, 1) for _ in range(3)])
show("instance betavariate", r5.betavariate(3, 2))
random.seed(123)
module_state = random.getstate()
show("states agree", module_state == random.Random(123).getstate())
r6 = random.Random(1)
r6.setstate(module_state)
show("module state into instance", r6.random() == random.random())
show("unseeded Random works", 0.0 <= random.Random().random() < 1.0)
show("isinstance", isinstance(r6, random.Random))


# ---- subclasses
class Dice(random.Random):
    def __init__(self, seed, sides=6):
        super().__init__(seed)
        self.sides = sides
        self.rolls = 0

    def roll(self):
        self.rolls += 1
        return self.randint(1, self.sides)


d = Dice(99, sides=20)
show("Dice rolls", [d.roll() for _ in range(10)])
show("Dice count", d.rolls)
show("Dice is Random", isinstance(d, random.Random))
show("Dice matches Random(99)", random.Random(99).randint(1, 20) == Dice(99, 20).roll())


class Doubled(random.Random):
    # Random.__init__ calls self.seed(), so this seeds with twice the value given
    def seed(self, a=None, version=2):
        super().seed(None if a is None else a * 2, version)


show("Doubled(21) == Random(42)", Doubled(21).random() == random.Random(42).random())
dd = Doubled(5)
dd.seed(50)
show("Doubled.seed(50)", dd.random() == random.Random(100).random())

# ---- the copy protocol: __getstate__, __setstate__ and __reduce__ carry the generator state
orig = random.Random(11)
orig.random()
cls, args, st = orig.__reduce__()
show("__reduce__", (cls is random.Random, args, st == orig.getstate()))
twin = random.Random(0)
twin.__setstate__(orig.__getstate__())
show("__setstate__(__getstate__())", [twin.random() for _ in range(2)] == [orig.random() for _ in range(2)])
show("Dice __reduce__ class", Dice(1).__reduce__()[0] is Dice)
