# yield from: delegation, return values, nested generators, recursion.
def chunk(name, n):
    for i in range(n):
        yield f"{name}{i}"
    return n


def combined():
    a = yield from chunk("a", 2)
    b = yield from chunk("b", 3)
    yield f"totals {a} {b}"
    return a + b


print(list(combined()))
g = combined()
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as e:
        print("return value:", e.value, "items:", len(items))
        break

# yield from any iterable.
def flatten_once(seqs):
    for s in seqs:
        yield from s


print(list(flatten_once([[1, 2], (3,), "ab", range(2), {"k": 1}])))


# Recursive flattening.
def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj


print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [[[]]], 8])))


# In-order traversal of a binary tree via recursive yield from.
class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.v
        if self.right:
            yield from self.right


def insert(node, v):
    if node is None:
        return Node(v)
    if v < node.v:
        node.left = insert(node.left, v)
    else:
        node.right = insert(node.right, v)
    return node


root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)
print(list(root))


# Permutations via recursive generator.
def perms(xs):
    if len(xs) <= 1:
        yield list(xs)
        return
    for i in range(len(xs)):
        for rest in perms(xs[:i] + xs[i + 1:]):
            yield [xs[i]] + rest


print(["".join(p) for p in perms(list("abc"))])


# yield from a generator that returns without yielding.
def nothing():
    return "empty-result"
    yield


def wrapper():
    r = yield from nothing()
    yield r


print(list(wrapper()))


# Closing the outer generator closes the inner one.
def inner_gen():
    try:
        yield 1
        yield 2
    finally:
        print("  inner closed")


def outer_gen():
    try:
        yield from inner_gen()
    finally:
        print("  outer closed")


og = outer_gen()
print(next(og))
og.close()


# Exception from the inner generator propagates through yield from.
def failing():
    yield "ok"
    raise ValueError("inner failure")


def delegator():
    try:
        yield from failing()
    except ValueError as e:
        yield f"caught: {e}"


print(list(delegator()))


# The return value of yield from with StopIteration carrying a value.
def counter_gen(limit):
    n = 0
    while n < limit:
        n += 1
        yield n
    return f"counted to {n}"


def report():
    summary = yield from counter_gen(3)
    print("  summary:", summary)


print(list(report()))


# Chained pipelines of generators.
def numbers(n):
    yield from range(1, n + 1)


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def scaled(src, k):
    for x in src:
        yield x * k


print(list(scaled(evens(numbers(10)), 3)))
