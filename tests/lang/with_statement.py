# with: __enter__/__exit__, exception arguments, suppression, return/break inside.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"  exit {self.name}: clean", exc, tb)
        else:
            print(f"  exit {self.name}: {exc_type.__name__}({exc})", isinstance(exc, exc_type), tb is not None)
        return self.suppress


with Manager("a") as value:
    print("  body sees", value)
print("after a")

try:
    with Manager("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

with Manager("c", suppress=True):
    raise KeyError("hidden")
    print("not reached")
print("after suppressed c")

# The as-target is optional and may be any assignment target.
holder = {}
with Manager("d") as holder["slot"]:
    pass
print(holder)
with Manager("e") as (first, *rest):
    print("  unpacked", first, rest)


# return and break inside with still run __exit__.
def early(flag):
    with Manager("f"):
        if flag:
            return "returned early"
        print("  no early return")
    return "normal end"


print(early(True))
print(early(False))

for i in range(3):
    with Manager(f"loop{i}"):
        if i == 1:
            print("  breaking")
            break
        continue
print("loop done, i =", i)


# A truthy non-bool return value from __exit__ also suppresses.
class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("  exit args count:", len(exc), "type:", exc[0].__name__ if exc[0] else None)
        return "yes"


with Truthy():
    1 / 0
print("division error suppressed")


# The object returned by __enter__ need not be the manager.
class Resource:
    opened = 0

    def __init__(self):
        self.log = []

    def __enter__(self):
        Resource.opened += 1
        self.log.append("open")
        return self.log

    def __exit__(self, et, ev, tb):
        self.log.append("close")
        Resource.opened -= 1


r = Resource()
with r as log:
    log.append("work")
    print("  inside, opened =", Resource.opened)
print(r.log, Resource.opened)


# An exception in __exit__ replaces the original one, with it as the context.
class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"exit failed while handling {et.__name__ if et else None}")


try:
    with Faulty():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "| context:", type(e.__context__).__name__)


# Missing protocol methods.
class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        pass


for bad in [NoExit, NoEnter, int]:
    try:
        with bad():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


# A manager that suppresses only some exception types.
class Ignore:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)


for exc in [KeyError("k"), IndexError("i"), TypeError("t")]:
    try:
        with Ignore(LookupError):
            raise exc
        print("suppressed", type(exc).__name__)
    except Exception as e:
        print("escaped", type(e).__name__)


# Exceptions inside a generator-based manager class.
class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("  rolled back after", et.__name__)
        return False


bank = {"a": 10, "b": 0}
with Transaction(bank) as s:
    s["a"] -= 5
    s["b"] += 5
print(bank)
try:
    with Transaction(bank) as s:
        s["a"] -= 100
        if s["a"] < 0:
            raise ArithmeticError("overdraft")
except ArithmeticError:
    pass
print(bank)

# The with target stays bound after the block.
with Manager("g") as kept:
    pass
print(kept)
