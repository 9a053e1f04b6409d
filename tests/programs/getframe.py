# sys._getframe and frame objects: names, lines, globals, locals, the f_back chain, and the
# stdlib helpers that use them (logging, warnings, traceback, enum, typing)
import sys
import os


def show(f):
    return "%s:%d" % (f.f_code.co_name, f.f_lineno)


def inner(a, b=2):
    c = a + b
    f0 = sys._getframe(0)
    print(show(sys._getframe(0)), show(sys._getframe(1)), show(sys._getframe(2)))
    f1 = sys._getframe(1)
    print(sorted(sys._getframe().f_locals), f0.f_locals["c"], sorted(f1.f_locals))
    print(f0.f_back is f1 or f0.f_back.f_code is f1.f_code)
    print(f0.f_code.co_filename == __file__, f0.f_code.co_firstlineno)
    return c


def middle():
    x = "mid"
    return inner(1)


def outer():
    return middle()


outer()

# f_globals is the module's namespace
g = sys._getframe(0)
print(g.f_globals is globals(), g.f_locals is globals(), g.f_code.co_name)
print(g.f_back)
print(g.f_builtins["len"] is len)


def caller_name():
    return sys._getframe(1).f_globals["__name__"], sys._getframe(1).f_code.co_name


def who():
    return caller_name()


print(caller_name(), who())

# the chain up to the module
def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def call_chain():
    return chain()


print(call_chain())

# errors
for d in [10000, "x", 1.5, None, 2**70]:
    try:
        sys._getframe(d)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys._getframe(depth=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    sys._getframe(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(sys._getframe(-1).f_code.co_name, sys._getframe(False).f_lineno)


def deep_error():
    try:
        sys._getframe(50)
    except ValueError as e:
        return str(e)


print(deep_error())

# the same frame's object twice
def twice():
    a = sys._getframe()
    b = sys._getframe()
    return a is b, a.f_code.co_name


print(twice())

# called through a variable and with *args
gf = sys._getframe


def through_var():
    return gf().f_code.co_name, gf(*[1]).f_code.co_name


print(through_var())

# logging: the caller's file, line and function
import logging
import io

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s %(message)s"))
log = logging.getLogger("gf")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def does_logging():
    log.info("in function")
    log.warning("warned %d", 3)


does_logging()
log.debug("at module level")


class K:
    def method(self):
        log.error("from method")

    def helper(self):
        log.info("stacklevel 2", stacklevel=2)


K().method()


def calls_helper():
    K().helper()


calls_helper()
print(stream.getvalue(), end="")

# warnings: where a warning is attributed
import warnings


def api(n):
    warnings.warn("deprecated api", DeprecationWarning, stacklevel=n)


def user():
    api(2)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    api(1)
    user()
    warnings.warn("plain")
for w in caught:
    print(os.path.basename(w.filename), w.lineno, w.category.__name__, w.message)

shown = []


def showwarning(message, category, filename, lineno, file=None, line=None):
    shown.append((os.path.basename(filename), lineno, str(message)))


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = showwarning
    user()
    warnings.warn("top", UserWarning, stacklevel=1)
print(shown)

# traceback: stacks of nested functions
import traceback


def stack_a():
    return stack_b()


def stack_b():
    summary = traceback.extract_stack()
    return [(os.path.basename(fs.filename), fs.lineno, fs.name, fs.line) for fs in summary]


for row in stack_a():
    print(row)


def fmt_stack():
    lines = traceback.format_stack()
    return [l.replace(__file__, os.path.basename(__file__)) for l in lines]


def fmt_outer():
    return fmt_stack()


print("".join(fmt_outer()), end="")


def walker():
    found = []
    for f, n in traceback.walk_stack(None):
        found.append((f.f_code.co_name, n))
    return found


def walk_outer():
    return walker()


def walk_outer2():
    return walk_outer()


def walk_outer3():
    return walk_outer2()


print(walk_outer3())

out = io.StringIO()


def printer():
    traceback.print_stack(file=out, limit=2)


printer()
print(out.getvalue().replace(__file__, "getframe.py"), end="")

# traceback objects: tb_frame
def fails():
    raise KeyError("k")


def calls_fails():
    fails()


try:
    calls_fails()
except KeyError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_globals is globals())
        tb = tb.tb_next

# enum's functional API and typing's NewType/TypeVar take the caller's module
import enum
import typing

Color = enum.Enum("Color", "RED GREEN")
print(Color.__module__, list(Color))
UserId = typing.NewType("UserId", int)
T = typing.TypeVar("T")
print(UserId.__module__, T.__module__)


def make_enum():
    return enum.IntEnum("Size", ["S", "M"])


print(make_enum().__module__)

# generators
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_lineno


g = gen()
print(g.gi_frame.f_code.co_name, list(g), g.gi_frame)
g = gen()
next(g)
print(g.gi_frame.f_code.co_name, g.gi_frame.f_lineno, g.gi_frame.f_back, g.gi_running)
g.close()
print(g.gi_frame)


# calls through decorators, *args/**kwargs, keyword-only parameters, methods and __init__
def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def decorated(x, *, y=0):
    return [f.f_code.co_name for f in iter_frames(sys._getframe())]


def iter_frames(f):
    out = []
    while f is not None:
        out.append(f)
        f = f.f_back
    return out


def calls_decorated():
    return decorated(1, y=2)


print(calls_decorated())


class Thing:
    def __init__(self, *parts, **named):
        self.names = [f.f_code.co_name for f in iter_frames(sys._getframe())]

    @classmethod
    def make(cls):
        return cls(1, k=2)

    def method(self, a, *rest):
        return sys._getframe(1).f_code.co_name


def builds():
    return Thing.make().names, Thing().method(1, 2, 3)


print(builds())


class Body:
    here = sys._getframe().f_code.co_name
    names = sorted(sys._getframe().f_locals)


print(Body.here, Body.names)


def via_map():
    return [f.f_code.co_name for f in list(map(sys._getframe, [0, 1]))]


print(via_map())
print(repr(sys._getframe()).startswith("<frame at 0x"), type(sys._getframe()).__name__)
