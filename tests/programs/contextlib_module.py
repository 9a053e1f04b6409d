# The contextlib module: generator-based context managers, helpers and ExitStack.
import contextlib
import sys

log = []

@contextlib.contextmanager
def tag(name):
    """Wrap output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as value:
    print("inside", value)
print(tag.__name__, tag.__doc__)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("escaped:", type(e).__name__, e)

@contextlib.contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError, IndexError):
    [][1]
print("after swallow")
try:
    with swallow(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not swallowed:", e)

@contextlib.contextmanager
def transform():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e

try:
    with transform():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

@contextlib.contextmanager
def no_yield():
    if False:
        yield

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2

@contextlib.contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        pass
    yield

for cm in [no_yield, two_yields]:
    try:
        with cm():
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    with keeps_going():
        raise KeyError("x")
except RuntimeError as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def passthrough():
    yield

try:
    with passthrough():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passed through:", e)

# A contextmanager used as a decorator: a fresh generator per call.
@contextlib.contextmanager
def announce(what):
    print("start", what)
    yield
    print("end", what)

@announce("job")
def job(n):
    print("working", n)
    return n * 2

print(job(1), job(2))

# ContextDecorator subclasses.
class timing(contextlib.ContextDecorator):
    def __enter__(self):
        log.append("enter")
        return self
    def __exit__(self, *exc):
        log.append("exit")
        return False

@timing()
def compute(x):
    log.append(f"compute {x}")
    return x + 1
print(compute(41), log)

# closing, nullcontext, suppress.
class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closed", self.name)
with contextlib.closing(Resource("db")) as r:
    print("using", r.name)
try:
    with contextlib.closing(Resource("file")):
        raise OSError("disk")
except OSError as e:
    print("error", e)

with contextlib.nullcontext() as nothing:
    print("null", nothing)
with contextlib.nullcontext(42) as answer:
    print("null", answer)

def maybe_cm(use):
    return tag("real") if use else contextlib.nullcontext("dummy")
for use in [True, False]:
    with maybe_cm(use) as v:
        print("got", v)

with contextlib.suppress(KeyError):
    {}["missing"]
    print("not reached")
print("suppressed KeyError")
with contextlib.suppress(LookupError, ValueError):
    [][0]
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
s = contextlib.suppress(ZeroDivisionError)
for d in [0, 2]:
    with s:
        print("result", 10 / d)

# Redirection.
class Capture:
    def __init__(self):
        self.chunks = []
    def write(self, text):
        self.chunks.append(text)
        return len(text)
    def flush(self):
        pass

cap = Capture()
with contextlib.redirect_stdout(cap) as target:
    print("captured line")
    print("another", 1, 2)
print(target is cap, "".join(cap.chunks).splitlines())
err = Capture()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(err.chunks)
outer, inner = Capture(), Capture()
with contextlib.redirect_stdout(outer):
    print("a")
    with contextlib.redirect_stdout(inner):
        print("b")
    print("c")
print(outer.chunks, inner.chunks)
r = contextlib.redirect_stdout(cap)
with r:
    with r:
        print("twice")
print("back on stdout", cap.chunks[-2:])

# ExitStack.
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ["a", "b", "c"]]
    stack.callback(print, "callback", "with", "args", sep="-")
    print("names", names)
print("stack done")

def cleanup(label):
    print("cleanup", label)

with contextlib.ExitStack() as stack:
    stack.callback(cleanup, "first")
    @stack.callback
    def second():
        print("cleanup second")
    print(second.__name__)

def exit_logger(exc_type, exc, tb):
    print("exit_logger saw", exc_type.__name__ if exc_type else None)
    return False

def exit_swallower(exc_type, exc, tb):
    print("exit_swallower saw", exc_type.__name__ if exc_type else None)
    return True

with contextlib.ExitStack() as stack:
    stack.push(exit_logger)
    stack.push(exit_swallower)
    stack.push(exit_logger)
    raise KeyError("inside stack")
print("exception suppressed by stack")

class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

with contextlib.ExitStack() as stack:
    m = Managed("pushed")
    print(stack.push(m) is m)
    stack.enter_context(Managed("entered"))

def open_all(names, fail_at=None):
    with contextlib.ExitStack() as stack:
        items = []
        for n in names:
            if n == fail_at:
                raise RuntimeError("cannot open " + n)
            items.append(stack.enter_context(Managed(n)))
        return stack.pop_all(), items

keep, items = open_all(["x", "y"])
print("kept open", [i.name for i in items])
keep.close()
try:
    open_all(["x", "y", "z"], fail_at="z")
except RuntimeError as e:
    print(e)

stack = contextlib.ExitStack()
stack.callback(cleanup, "manual")
stack.close()
stack.close()

# Errors raised by callbacks replace the original exception, with context kept.
def raiser(exc_type, exc, tb):
    raise ValueError("from callback")
try:
    with contextlib.ExitStack() as stack:
        stack.push(raiser)
        raise KeyError("original")
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

def ok_cb():
    print("ok callback ran")
try:
    with contextlib.ExitStack() as stack:
        stack.callback(ok_cb)
        stack.push(raiser)
except ValueError as e:
    print("raised", e, e.__context__)

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource("no-cm"))
except TypeError as e:
    print(type(e).__name__, e)

# AbstractContextManager.
class Simple(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("Simple exit")
with Simple() as s:
    print(type(s).__name__)
print(isinstance(Simple(), contextlib.AbstractContextManager))
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
print(isinstance(contextlib.ExitStack(), contextlib.AbstractContextManager))
