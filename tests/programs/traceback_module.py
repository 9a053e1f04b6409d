# traceback: formatting exceptions, tracebacks and stacks as CPython 3.11 does.
# (Lines that fail here are whole statements, so CPython prints no ^^^ markers.)
import sys
import os
import json
import traceback

HERE = __file__
BASE = os.path.basename(__file__)


def clean(text):
    return text.replace(HERE, BASE)


def show(lines):
    if isinstance(lines, str):
        lines = [lines]
    for line in lines:
        sys.stdout.write(clean(line))
    print("--")


class Out:
    """A file-like object collecting what is printed to it."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return clean("".join(self.parts))


def inner(n):
    raise ValueError("bad value %d" % n)


def middle(n):
    inner(n)


class Thing:
    def method(self):
        middle(3)

    def __init__(self, fail=False):
        if fail:
            raise KeyError("init")

    @staticmethod
    def static(n):
        middle(n)

    @classmethod
    def klass(cls, n):
        cls.static(n)


def rec(n):
    if n == 0:
        raise RecursionError("deep")
    rec(n - 1)


print("== format_exc / print_exc")
try:
    Thing().method()
except ValueError:
    show(traceback.format_exc())
    out = Out()
    traceback.print_exc(file=out)
    show(out.text())
    show(traceback.format_exc(limit=1))
    show(traceback.format_exc(limit=-1))
    show(traceback.format_exc(limit=0))
    info = sys.exc_info()
    show(traceback.format_exception(info[0], info[1], info[2]))
    show(traceback.format_exception(*info, limit=2))

print("== outside a handler")
show(traceback.format_exc())
out = Out()
traceback.print_exc(file=out)
show(out.text())

print("== constructor, static and class methods")
try:
    Thing(True)
except KeyError as e:
    show(traceback.format_exception(e))
try:
    Thing.klass(4)
except ValueError as e:
    show(traceback.format_exception(e))

print("== recursion collapsed")
try:
    rec(8)
except RecursionError as e:
    show(traceback.format_exception(e))
    s = traceback.extract_tb(e.__traceback__)
    print(type(s).__name__, len(s), s[0].name, s[-1].name, s[-1].lineno, s[-1].line)
    print([f.name for f in s])
    show(traceback.format_tb(e.__traceback__, limit=2))
    show(traceback.format_tb(e.__traceback__, limit=-2))
    out = Out()
    traceback.print_tb(e.__traceback__, limit=3, file=out)
    show(out.text())
try:
    rec(3)
except RecursionError as e:
    show(traceback.format_exception(e))
try:
    rec(2)
except RecursionError as e:
    show(traceback.format_exception(e))


print("== chains")


def chain_a():
    try:
        middle(1)
    except ValueError as e:
        raise TypeError("converted") from e


def chain_b():
    try:
        chain_a()
    except TypeError:
        raise RuntimeError("while handling")


try:
    chain_b()
except RuntimeError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(e, chain=False))
    out = Out()
    traceback.print_exception(e, file=out)
    show(out.text())
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__context__.exc_type.__name__,
          te.__context__.__cause__.exc_type.__name__, te.__suppress_context__)
    print(list(te.format_exception_only()))
    print(len(te.stack), [f.name for f in te.stack])
    show(te.format(chain=False))
    out = Out()
    te.print(file=out)
    show(out.text())
    full = traceback.TracebackException(type(e), e, e.__traceback__)
    print(full.__context__ is not None, full.__cause__)

try:
    try:
        raise ValueError(1)
    except ValueError:
        raise KeyError(2) from None
except KeyError as e:
    show(traceback.format_exception(e))
    print(e.__suppress_context__, traceback.TracebackException.from_exception(e).__context__)

a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
show(traceback.format_exception(a))

print("== exceptions without tracebacks")
show(traceback.format_exception(ValueError("no tb")))
show(traceback.format_exception(ValueError, ValueError("legacy"), None))
show(traceback.format_exception(None))
show(traceback.format_exception(None, None, None))
show(traceback.format_exception_only(ValueError("x")))
show(traceback.format_exception_only(ValueError, ValueError("")))
show(traceback.format_exception_only(ValueError()))
show(traceback.format_exception_only(KeyError("key")))
show(traceback.format_exception_only(None))
show(traceback.format_exception_only(StopIteration()))
show(traceback.format_exception_only(json.JSONDecodeError("msg", "doc", 1)))


class Bad(Exception):
    def __str__(self):
        raise RuntimeError("no str")


show(traceback.format_exception_only(Bad()))


class Custom(Exception):
    pass


show(traceback.format_exception_only(Custom("mine")))
Custom.__module__ = "pkg.mod"
show(traceback.format_exception_only(Custom("elsewhere")))
Custom.__module__ = 5
show(traceback.format_exception_only(Custom("odd")))


class Outer:
    class Nested(Exception):
        pass


show(traceback.format_exception_only(Outer.Nested("q")))
e = ValueError("noted")
e.__notes__ = ["first note", "two\nlines"]
show(traceback.format_exception_only(e))
e.__notes__ = 42
show(traceback.format_exception_only(e))

print("== argument errors")
for args in [(ValueError("x"), ValueError("y")), (3,), ("text",)]:
    try:
        traceback.format_exception(*args)
    except Exception as err:
        print(type(err).__name__, err)
try:
    traceback.print_exception(ValueError("x"), tb=None)
except Exception as err:
    print(type(err).__name__, err)
try:
    traceback.print_last()
except Exception as err:
    print(type(err).__name__, err)

print("== SyntaxError reports")
for err in [SyntaxError("msg", ("f.py", 3, 5, "  x = (1 +\n", 3, 7)),
            SyntaxError("msg", ("f.py", None, 5, "  x = (1 +\n", 3, 7)),
            SyntaxError("msg", ("f.py", 2, 1, "oops\n", 2, 5)),
            SyntaxError("msg", ("f.py", 2, 3, "\tab c\n", 2, 3)),
            SyntaxError("msg", ("f.py", 2, 0, "abc\n", 2, 0)),
            SyntaxError("msg", ("f.py", 2, None, "abc\n", None, None)),
            SyntaxError("msg", (None, 2, 2, None, None, None)),
            SyntaxError("msg", ("<stdin>", 1, 9, "print 'x'\n", 1, 18)),
            SyntaxError("only message"),
            SyntaxError(),
            IndentationError("unexpected indent", ("m.py", 4, 5, "    x\n", 4, 6))]:
    show(traceback.format_exception_only(err))

print("== FrameSummary")
f = traceback.FrameSummary("f.py", 3, "n", line="  x = 1  ")
print(f.line, repr(f), f.filename, f.lineno, f.name, f.locals)
print(f == ("f.py", 3, "n", "x = 1"), f == ("f.py", 3, "n", "y"), f != ("f.py", 3, "n", "x = 1"))
print(list(f), len(f), f[0], f[2], f[-1])
fn, ln, name, line = f
print(fn, ln, name, line)
g = traceback.FrameSummary("f.py", 3, "n", line="x = 1")
print(f == g, f == 5)
print(repr(traceback.FrameSummary("nofile.py", 3, "n").line))
print(repr(traceback.FrameSummary("nofile.py", None, "n").line))
print(traceback.FrameSummary("f.py", 1, "n", locals={"a": 1, "b": "s"}, line="").locals)
here = traceback.FrameSummary(HERE, 1, "top")
print(here.line)

print("== StackSummary")
s = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None),
                                     traceback.FrameSummary("c.py", 5, "h", line="pass")])
print(type(s).__name__, len(s), [fs.name for fs in s], isinstance(s, list))
show(s.format())
show(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", "")]))
out = Out()
traceback.print_list([("a.py", 1, "f", "x = 1")], file=out)
show(out.text())
many = traceback.StackSummary.from_list([("r.py", 7, "r", "r()")] * 6 + [("r.py", 9, "r", "end")])
show(many.format())
print(s.format_frame_summary(s[0]), end="")
rows = traceback.StackSummary.from_list([("a.py", 1, "f", "x")])
print(rows[0] == ("a.py", 1, "f", "x"))

print("== stacks")


def stack_here():
    return traceback.extract_stack()


def stack_outer():
    return stack_here()


st = stack_outer()
print([fs.name for fs in st][-3:], st[-1].line, st[-2].line, st[-1].lineno)
print(traceback.extract_stack(limit=1)[0].name, len(traceback.extract_stack(limit=1)))


def print_stack_here():
    out = Out()
    traceback.print_stack(file=out, limit=2)
    return out.text()


sys.stdout.write(print_stack_here())
lines = traceback.format_stack(limit=1)
show(lines)

print("== lambdas, comprehensions, generators, other modules")
handler = lambda: middle(7)
try:
    handler()
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
try:
    [inner(k) for k in range(2)]
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
try:
    sum(inner(k) for k in range(2))
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])


def generator():
    yield 1
    raise IndexError("gen")


try:
    for x in generator():
        pass
except IndexError as e:
    show(traceback.format_exception(e))


def uses_json():
    json.loads("[1, 2")


try:
    uses_json()
except ValueError as e:
    s = traceback.extract_tb(e.__traceback__)
    print(s[0].name, s[1].name, s[2].name, type(e).__name__)
    show(traceback.format_exception_only(e))


def callback_user(fn):
    fn(2)


try:
    callback_user(middle)
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])


def report():
    return traceback.format_exc()


def catcher():
    try:
        middle(9)
    except ValueError:
        show(report())


catcher()

print("== walk_tb")
try:
    middle(5)
except ValueError as e:
    print([lineno for frame, lineno in traceback.walk_tb(e.__traceback__)])
    traceback.clear_frames(e.__traceback__)
print("done")
