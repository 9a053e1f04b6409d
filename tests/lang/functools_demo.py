# functools: reduce, partial, wraps.
import functools
from functools import reduce, partial, wraps
import operator

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(operator.add, ["a", "b", "c"], ">"))
print(reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3], [0]))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a, [42]), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

# Nested dictionary lookup with reduce.
config = {"db": {"primary": {"host": "h1", "port": 5432}}}
print(reduce(lambda d, k: d[k], ["db", "primary", "port"], config))


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(7), cube(3), two_to(10), two_to(10, mod=1000))
print(square.func is power, two_to.args, square.keywords, cube.keywords)
print([square(i) for i in range(5)], list(map(partial(power, exp=2, mod=7), range(8))))

# partial of a partial flattens arguments; later keywords override.
p1 = partial(power, 3)
p2 = partial(p1, mod=5)
print(p2(4), p2(4, mod=7), p2.func is power, p2.args, p2.keywords)

# partial with print and sorted.
emit = partial(print, "LOG:", sep=" | ")
emit("one", "two")
by_len = partial(sorted, key=len)
print(by_len(["ccc", "a", "bb"]), by_len(["xx", "y"], reverse=True))
int_base2 = partial(int, base=2)
print(int_base2("1011"), int_base2("111"))


# wraps preserves name, doc, module, qualname and sets __wrapped__.
def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        return ("logged", fn(*args, **kwargs))
    return inner


@logged
def compute(a, b):
    """Compute something."""
    return a - b


print(compute(5, 3), compute.__name__, compute.__doc__, compute.__module__, compute.__wrapped__(9, 1))


def unwrapped_deco(fn):
    def inner(*args):
        return fn(*args)
    return inner


@unwrapped_deco
def lost():
    """Doc is lost."""


print(lost.__name__, lost.__doc__)


# functools.wraps on a method decorator.
def check_positive(method):
    @functools.wraps(method)
    def inner(self, n):
        if n < 0:
            raise ValueError(f"{method.__name__} needs n >= 0")
        return method(self, n)
    return inner


class Calc:
    @check_positive
    def fact(self, n):
        return reduce(operator.mul, range(1, n + 1), 1)


print(Calc().fact(10), Calc.fact.__name__)
try:
    Calc().fact(-1)
except ValueError as e:
    print("ValueError:", e)

# reduce to build a composed function.
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns)


pipeline = compose(lambda x: x + 1, lambda x: x * 10, str, lambda s: s + "!")
print(pipeline(4))
