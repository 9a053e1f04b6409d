# Control flow through exceptions with classes: finally ordering, return in finally, nested handlers.
class Step:
    log = []

    def __init__(self, name, fail=None):
        self.name = name
        self.fail = fail

    def run(self):
        Step.log.append(f"run {self.name}")
        if self.fail:
            raise self.fail(f"{self.name} failed")
        return self.name


def pipeline(steps):
    done = []
    try:
        for s in steps:
            try:
                done.append(s.run())
            except KeyError as e:
                Step.log.append(f"skip {s.name}: {e}")
                continue
            finally:
                Step.log.append(f"after {s.name}")
    except ValueError as e:
        Step.log.append(f"abort: {e}")
        return ("aborted", done)
    else:
        Step.log.append("all steps ran")
        return ("ok", done)
    finally:
        Step.log.append("pipeline cleanup")


print(pipeline([Step("a"), Step("b", KeyError), Step("c")]))
print(Step.log)
Step.log.clear()
print(pipeline([Step("a"), Step("b", ValueError), Step("c")]))
print(Step.log)
Step.log.clear()
try:
    pipeline([Step("x", TypeError)])
except TypeError as e:
    print("escaped:", e, Step.log)


# return in finally overrides both a return value and an exception.
def override_return():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(override_return(), swallow())


# break and continue in finally inside loops.
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        except KeyError:
            out.append("k")
            continue
        finally:
            out.append(f"f{i}")
        if i == 2:
            break
    return out


print(loop_finally())


# Exceptions raised in __init__ leave no object behind; partially built state is visible via the class.
class Connection:
    opened = []

    def __init__(self, host, port):
        Connection.opened.append(host)
        if not isinstance(port, int):
            raise TypeError(f"port must be int, not {type(port).__name__}")
        self.host, self.port = host, port


conns = []
for args in [("a", 1), ("b", "80"), ("c", 3)]:
    try:
        conns.append(Connection(*args))
    except TypeError as e:
        print("TypeError:", e)
print([c.host for c in conns], Connection.opened)


# Re-raising with a different type inside methods, then catching by base class.
class Repo:
    def __init__(self):
        self.data = {"a": 1}

    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise LookupError(f"no item {key!r}") from None


r = Repo()
for key in ["a", "b"]:
    try:
        print(r.get(key))
    except LookupError as e:
        print(type(e).__name__, e, e.__cause__, e.__suppress_context__)


# sys.exc_info-free inspection: the exception object carries its type and args.
def classify(exc):
    try:
        raise exc
    except ArithmeticError as e:
        return "arithmetic", type(e).__name__
    except LookupError as e:
        return "lookup", type(e).__name__
    except Exception as e:
        return "other", type(e).__name__


print([classify(e) for e in [ZeroDivisionError(), OverflowError(), IndexError(), KeyError(), ValueError(), AssertionError()]])

# assert with a class-based message.
class Invariant:
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return f"invariant broken: {self.msg}"


try:
    assert 1 + 1 == 3, Invariant("math")
except AssertionError as e:
    print("AssertionError:", e, type(e.args[0]).__name__)


# Exception in a deeply nested call is caught by the nearest matching handler.
def depth(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        return depth(n - 1)
    except KeyError:
        return "wrong handler"


try:
    depth(5)
except IndexError as e:
    print("caught at top:", e)
