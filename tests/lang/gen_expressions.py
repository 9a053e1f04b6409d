# Generator expressions: laziness, side-effect order, single pass, scoping.
log = []


def src(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i


def f(x):
    log.append(f"f({x})")
    return x * 10


ge = (f(x) for x in src(3))
print(type(ge).__name__, log)
print(next(ge), log)
log.clear()
print(list(ge), log)

# Interleaving of producer and consumer shows lazy evaluation.
log.clear()
for value in (f(x) for x in src(2)):
    log.append(f"consume {value}")
print(log)

# The outermost iterable is evaluated immediately; the rest lazily.
def noisy_range(n):
    print("  noisy_range called")
    return range(n)


g2 = (x * y for x in noisy_range(2) for y in noisy_range(2))
print("genexp built")
print(list(g2))

try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

lazy_error = (1 // x for x in [1, 0])
print(next(lazy_error))
try:
    next(lazy_error)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)

# Single pass.
squares = (n * n for n in range(4))
print(sum(squares), sum(squares), list(squares))

# Short-circuiting consumers stop early.
log.clear()
print(any(f(x) > 10 for x in src(10)), log)
log.clear()
print(next(x for x in src(100) if x > 2), log)

# Genexp as sole argument needs no extra parentheses; with others it does.
print(sum(x for x in range(5)), max((len(w), w) for w in ["aa", "b", "ccc"]), sorted((c for c in "bca"), reverse=True))
print(" ".join(w.upper() for w in "lazy words here".split()))
print(dict((k, len(k)) for k in ["one", "three"]), set(x % 3 for x in range(10)))

# Scoping: the loop variable does not leak; outer names are looked up lazily.
x = "outer"
g3 = (x for x in "ab")
print(list(g3), x)
k = 1
g4 = (k * i for i in range(3))
k = 100
print(list(g4))

# Class scope: the outermost iterable sees class names, the body does not.
class Holder:
    base = [1, 2, 3]
    doubled = list(v * 2 for v in base)


print(Holder.doubled)

# Nested generator expressions and conditions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = (v for row in matrix for v in row if v % 2 == 1)
print(list(flat))
transposed = list(list(row[i] for row in matrix) for i in range(3))
print(transposed)

# Generator expression over a mutating list sees the changes.
items = [1, 2, 3]
ge5 = (i for i in items)
items.append(4)
print(list(ge5))

# Early exit: the remaining items are never computed.
log.clear()
it = (f(x) for x in range(100))
for v in it:
    if v >= 20:
        break
print(log)
print(next(it), log[-1])

# Generator expression in a conditional and chained iteration.
nums = [3, 8, 1, 9]
print("has big" if any(n > 8 for n in nums) else "no big", min(n for n in nums if n > 1))
print(list(zip((c for c in "abc"), (i * i for i in range(10)))))
