# Import forms with standard modules: aliases, several names, missing modules, module attributes.
import math, sys
import math as m
from collections import deque as Deque, Counter
from functools import reduce as fold
import itertools as it
import operator as op
from string import ascii_lowercase as letters, digits

print(m is math, m.__name__, math.sqrt(49), m.floor(2.5))
print(Deque([1, 2]), Counter("aab").most_common(1), fold(op.add, [1, 2, 3]))
print(list(it.islice(it.count(3), 3)), letters[:5], digits[-3:])
print(type(math).__name__, "sqrt" in dir(math), hasattr(math, "pi"), getattr(math, "tau") == 2 * math.pi)

try:
    import gilt_no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import gilt_no_such_module as alias
except ImportError as e:
    print("ImportError subclass:", type(e).__name__, isinstance(e, ImportError))
try:
    from math import no_such_function
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])

# Importing again returns the cached module object.
import math as again
print(again is math, sys.modules["math"] is math)


def local_import():
    from math import factorial
    import collections
    return factorial(6), collections.deque is not None


print(local_import())
print("factorial" in globals())

# Names bound by import behave like any other variable.
sqrt = math.sqrt
modules = [math, op]
print(sqrt(81), [mod.__name__ for mod in modules])
del m
try:
    m
except NameError as e:
    print("NameError:", e)
print(math.pi)

# A module's functions keep working when called through a dictionary.
funcs = {"floor": math.floor, "ceil": math.ceil, "fabs": math.fabs}
print({name: f(-2.5) for name, f in funcs.items()})
print(__name__)
