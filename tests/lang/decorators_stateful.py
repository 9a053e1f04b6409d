# Decorators with state: retry with exceptions, call limits, caching with kwargs, generator decorators.
import functools


class TransientError(Exception):
    pass


def retry(times, on=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    result = fn(*args, **kwargs)
                    print(f"  {fn.__name__} succeeded on attempt {attempt}")
                    return result
                except on as e:
                    last = e
                    print(f"  attempt {attempt} failed: {type(e).__name__}: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        return wrapper
    return deco


calls = {"n": 0}


@retry(3, on=(TransientError,))
def flaky(succeed_on):
    calls["n"] += 1
    if calls["n"] < succeed_on:
        raise TransientError(f"try {calls['n']}")
    return "data"


print(flaky(2))
calls["n"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
calls["n"] = 0
try:
    retry(2, on=(KeyError,))(lambda: 1 / 0)()
except ZeroDivisionError as e:
    print("not retried:", e)


def limit(n):
    def deco(fn):
        count = 0

        @functools.wraps(fn)
        def wrapper(*a):
            nonlocal count
            if count >= n:
                raise PermissionError(f"{fn.__name__} may only be called {n} times")
            count += 1
            return fn(*a)
        return wrapper
    return deco


@limit(2)
def launch(target):
    return f"launched at {target}"


print(launch("moon"), launch("mars"))
try:
    launch("sun")
except PermissionError as e:
    print("PermissionError:", e)


def cached(fn):
    store = {}

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in store:
            return store[key], "hit"
        store[key] = fn(*args, **kwargs)
        return store[key], "miss"
    wrapper.clear = store.clear
    return wrapper


@cached
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"


print(area(2, 3), area(2, 3), area(2, h=3), area(2, unit="cm"), area(2, unit="cm"))
area.clear()
print(area(2, 3))


# A decorator applied to a generator function.
def numbered(gen_fn):
    @functools.wraps(gen_fn)
    def wrapper(*args):
        for i, item in enumerate(gen_fn(*args), 1):
            yield f"{i}. {item}"
    return wrapper


@numbered
def shopping(items):
    for item in items:
        if item:
            yield item.title()


print(list(shopping(["eggs", "", "milk", "bread"])), shopping.__name__)


# Decorator that turns exceptions into return values.
def safe(default):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            try:
                return fn(*a, **k)
            except Exception as e:
                return (default, type(e).__name__)
        return wrapper
    return deco


@safe(default=0)
def parse(text):
    return int(text)


print([parse(t) for t in ["12", "x", "", "-3"]])


# Decorating with a bound method of an object that records calls.
class Auditor:
    def __init__(self):
        self.entries = []

    def watch(self, fn):
        @functools.wraps(fn)
        def wrapper(*args):
            self.entries.append((fn.__name__, args))
            return fn(*args)
        return wrapper


audit = Auditor()


@audit.watch
def transfer(a, b, amount):
    return f"{a}->{b}:{amount}"


@audit.watch
def close(account):
    return f"closed {account}"


print(transfer("x", "y", 5), close("x"), transfer("y", "z", 1))
print(audit.entries)

# Decorator expressions may be any expression (PEP 614).
decorators = {"loud": lambda f: lambda *a: f(*a).upper()}


@decorators["loud"]
def whisper(s):
    return s


print(whisper("quiet"))
