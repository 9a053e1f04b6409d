# Function decorators: plain, stacked, with arguments, functools.wraps.
import functools


def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper


@shout
def greet(name):
    """Return a greeting."""
    return f"hello {name}"


print(greet("ada"), greet.__name__, greet.__doc__)


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"  -> {fn.__name__}({', '.join(parts)})")
        result = fn(*args, **kwargs)
        print(f"  <- {fn.__name__} = {result!r}")
        return result
    return wrapper


@traced
def add(a, b=10):
    """Add two numbers."""
    return a + b


print(add(1), add(1, b=2))
print(add.__name__, add.__doc__, add.__wrapped__(5, 5))


# Decorators with arguments are decorator factories.
def repeat(times, sep=" "):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return sep.join(fn(*args) for _ in range(times))
        return wrapper
    return decorate


@repeat(3)
def word(w):
    return w


@repeat(2, sep="-")
def pair(a, b):
    return a + b


print(word("ho"), pair("x", "y"), word.__name__, pair.__name__)


# Stacked decorators apply bottom-up.
def tag(name):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return wrapper
    return deco


@tag("b")
@tag("i")
def text(s):
    return s


print(text("bold italic"), text.__name__)


# Decorator order of evaluation and application.
def noisy(label):
    print("factory", label)

    def deco(fn):
        print("apply", label, "to", fn.__name__)
        return fn
    return deco


@noisy("outer")
@noisy("inner")
def target():
    return "target ran"


print(target())


# A memoizing decorator with state on the wrapper.
def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(n):
        if n not in cache:
            wrapper.misses += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.misses = 0
    wrapper.cache = cache
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.misses, len(fib.cache))


# A registering decorator that returns the function unchanged.
handlers = {}


def handles(*events):
    def deco(fn):
        for ev in events:
            handlers.setdefault(ev, []).append(fn.__name__)
        return fn
    return deco


@handles("click", "tap")
def on_press():
    pass


@handles("click")
def on_click():
    pass


print(handlers)

# Decorating methods, with a decorator that validates arguments.
def positive(fn):
    @functools.wraps(fn)
    def wrapper(self, amount):
        if amount <= 0:
            raise ValueError(f"{fn.__name__}: amount must be positive, got {amount}")
        return fn(self, amount)
    return wrapper


class Wallet:
    def __init__(self):
        self.total = 0

    @positive
    def put(self, amount):
        self.total += amount
        return self.total


wl = Wallet()
print(wl.put(5), wl.put(7))
try:
    wl.put(-1)
except ValueError as e:
    print("ValueError:", e)
print(Wallet.put.__name__)

# A class used as a decorator.
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)


@CountCalls
def square(x):
    """Square x."""
    return x * x


print([square(i) for i in range(4)], square.count, square.__name__, square.__doc__)

# wraps copies __dict__ and sets __wrapped__; decorator applied by hand.
def base(x):
    return x


base.flag = "kept"
wrapped = functools.wraps(base)(lambda x: base(x) * 2)
print(wrapped(4), wrapped.__name__, wrapped.flag, wrapped.__wrapped__ is base)
lam = lambda: 0
print(lam.__name__)
