# * and ** unpacking in calls and displays.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


nums = [1, 2, 3]
more = (4, 5)
opts = {"sep": "-", "end": "!"}
extra = {"flag": True}

print(show(*nums))
print(show(0, *nums, 9, *more))
print(show(**opts))
print(show(*nums, **opts, **extra))
print(show(1, *"ab", x=1, **{"y": 2}, z=3))
print(show(*range(3), *{"k": 0}, *(i * i for i in range(3))))
print(show())
print(*nums, **opts)
print()


def point(x, y, z=0):
    return (x, y, z)


print(point(*[1, 2]), point(*[1], **{"y": 5}), point(**{"z": 9, "x": 7, "y": 8}))

for bad in [lambda: point(*[1, 2, 3, 4]),
            lambda: point(1, **{"x": 2}),
            lambda: point(**{"w": 1, "x": 1, "y": 1}),
            lambda: point(*5),
            lambda: point(**[1]),
            lambda: show(**{"a": 1}, **{"a": 2}),
            lambda: point(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# Displays.
a = [1, 2]
b = (3, 4)
s = {5, 6}
print([*a, *b], (*a, *b), [*a], (*a,), [*"hi", *range(2)])
print(sorted({*a, *b, *s}), {*()} if False else set())
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "a": 100}, {**{}})
print([*d1], [*d1.values()], [*d1.items()])
first, *middle, last = [*range(6)]
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *_ = (9,)
print(head, _)
(x, y), *zs = [(1, 2), 3, 4]
print(x, y, zs)
try:
    p, q, *r = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = "ab"
except ValueError as e:
    print("ValueError:", e)
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError:", e)

# Keyword-only parameters and forwarding wrappers.
def configure(name, *, verbose=False, level=1, **rest):
    return (name, verbose, level, sorted(rest.items()))


def forward(*args, **kwargs):
    return configure(*args, **kwargs)


print(forward("x"), forward("y", verbose=True, color="red"), forward(*["z"], **{"level": 3}))
try:
    configure("n", True)
except TypeError as e:
    print("TypeError:", e)


# ** with a user mapping (keys + __getitem__).
class Mapping:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, k):
        return k.upper()


print(point(**Mapping()), {**Mapping()}, dict(Mapping()))


# * with a user iterable.
class Three:
    def __iter__(self):
        yield from ("one", "two", "three")


print(show(*Three()), [*Three()], point(*Three()))

# Starred assignment in for loops and comprehensions.
pairs = [(1, 2, 3), (4, 5, 6, 7), (8, 9)]
for first, *rest in pairs:
    print(first, rest)
print([(h, len(t)) for h, *t in pairs])

# zip(*matrix) transposes.
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])

# Unpacking in return and in nested calls.
def minmax(xs):
    return min(xs), max(xs)


lo, hi = minmax([5, 3, 9])
print(lo, hi, range(*minmax([2, 6])), list(range(*minmax([2, 6]))))
print(max(*[3, 8, 1]), "{}-{}-{}".format(*"abc"), "{a}/{b}".format(**{"a": 1, "b": 2}))
