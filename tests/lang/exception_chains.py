# raise ... from ..., implicit context, __suppress_context__, and chains with classes.
class StorageError(Exception):
    pass


class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


def parse_int(text, line):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(line, f"not an int: {text!r}") from e


try:
    parse_int("x1", 3)
except ParseError as e:
    print(type(e).__name__, e, e.line)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context:", type(e.__context__).__name__, e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

# Implicit chaining: an exception raised while handling another.
def load(store):
    try:
        return store["key"]
    except KeyError:
        raise StorageError("load failed")


try:
    load({})
except StorageError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__, repr(e.__context__))
    print("suppress:", e.__suppress_context__)

# from None hides the context but keeps it in __context__.
try:
    try:
        {}["a"]
    except KeyError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# A fresh exception has no cause/context.
fresh = ValueError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)

# Three-level chain walked by following __context__.
def level3():
    raise KeyError("deep")


def level2():
    try:
        level3()
    except KeyError as e:
        raise IndexError("middle") from e


def level1():
    try:
        level2()
    except IndexError:
        raise RuntimeError("top")


try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))

# raise from an exception class (instantiated automatically).
try:
    raise StorageError("x") from ParseError(1, "y")
except StorageError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__cause__.line)
try:
    raise StorageError("x") from KeyError
except StorageError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
try:
    raise StorageError("x") from 5
except TypeError as e:
    print("TypeError:", e)

# Context set inside finally and with a bare raise in a handler.
def cleanup_fails():
    try:
        raise ValueError("body")
    finally:
        pass


try:
    try:
        cleanup_fails()
    except ValueError:
        raise
except ValueError as e:
    print("re-raised:", e, e.__context__)

try:
    try:
        raise TypeError("first")
    finally:
        try:
            raise OSError("in finally")
        except OSError as inner:
            print("inner context:", type(inner.__context__).__name__)
except TypeError as e:
    print("outer:", e)

# An exception caught and handled does not leak into a later one's context.
try:
    raise KeyError("handled")
except KeyError:
    pass
try:
    raise ValueError("later")
except ValueError as e:
    print("later context:", e.__context__)

# Explicit cause may be set by assignment too.
err = RuntimeError("manual")
err.__cause__ = ZeroDivisionError("div")
print(type(err.__cause__).__name__, err.__suppress_context__)
try:
    raise err
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

# The context is the exception being handled at the raise point, inside generators too.
def gen():
    try:
        yield 1
        raise AttributeError("in generator")
    except AttributeError:
        yield "caught inside"
        raise LookupError("after")


g = gen()
print(next(g), next(g))
try:
    next(g)
except LookupError as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__)
