# Generators: yield, next, exhaustion, return, laziness, local state.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  finished")


g = count_up(2)
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "default after exhaustion"))
print(list(count_up(3)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


print(take(5, fib()), take(3, "abcdef"))


# return inside a generator stops it; its value goes into StopIteration.
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
        yield x
    return None


gen = first_negative([3, 1, -4, 1])
print(list(gen))
gen = first_negative([3, -1])
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("returned", e.value, e.args)


# Generators with try/finally run the finally on exhaustion or close.
def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("  cleanup")


print(list(guarded()))
gg = guarded()
print(next(gg))
gg.close()
print("closed")
gg.close()
print(next(gg, "nothing"))


# Each call creates an independent generator.
def letters():
    yield from "xyz"


l1, l2 = letters(), letters()
print(next(l1), next(l1), next(l2), list(l1), list(l2))


# Generators in builtins and comprehensions.
def squares(n):
    for i in range(n):
        yield i * i


print(sum(squares(10)), max(squares(5)), sorted(squares(4), reverse=True), dict(enumerate(squares(3))))
print([s for s in squares(6) if s % 2], set(squares(4)), tuple(squares(3)))
a, b, *c = squares(5)
print(a, b, c)
print("-".join(str(s) for s in squares(4)), any(s > 10 for s in squares(5)), all(s < 100 for s in squares(10)))
print(list(zip(squares(3), letters())), list(map(lambda s: -s, squares(3))), list(filter(None, squares(3))))


# A generator is its own iterator.
sq = squares(3)
print(iter(sq) is sq, list(sq), list(sq))


# Yield as an expression without send gives None.
def echo():
    received = []
    for i in range(3):
        got = yield i
        received.append(got)
    yield received


print(list(echo()))


# Generator functions close over variables; late binding applies.
def make_gens():
    gens = []
    for k in range(3):
        def gen(k=k):
            yield k * 10
        gens.append(gen())
    return gens


print([next(x) for x in make_gens()])

# A running generator cannot be re-entered.
def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("oops")


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


def empty():
    return
    yield


print(list(empty()), type(empty()).__name__)
