# Exception class hierarchy and isinstance checks.
def raise_it(kind):
    if kind == "zero":
        return 1 // 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "overflow":
        raise OverflowError("big")
    if kind == "name":
        return missing_variable
    if kind == "attr":
        return None.attr
    if kind == "assert":
        assert 1 == 2, "math broke"
    if kind == "unbound":
        raise UnboundLocalError("local x")
    if kind == "recursion":
        raise RecursionError("deep")
    if kind == "memory":
        raise MemoryError("oom")
    if kind == "notimpl":
        raise NotImplementedError("later")

for kind in ["zero", "overflow"]:
    try:
        raise_it(kind)
    except ArithmeticError as e:
        print(kind, "is ArithmeticError:", type(e).__name__)

for kind in ["key", "index"]:
    try:
        raise_it(kind)
    except LookupError as e:
        print(kind, "is LookupError:", type(e).__name__, e)

try:
    raise_it("unbound")
except NameError as e:
    print("UnboundLocalError is a NameError:", type(e).__name__)

for kind in ["recursion", "notimpl"]:
    try:
        raise_it(kind)
    except RuntimeError as e:
        print(kind, "is RuntimeError:", type(e).__name__)

for kind in ["zero", "key", "index", "overflow", "name", "attr", "assert", "unbound", "recursion", "memory", "notimpl"]:
    try:
        raise_it(kind)
    except Exception as e:
        checks = [
            isinstance(e, Exception),
            isinstance(e, BaseException),
            isinstance(e, LookupError),
            isinstance(e, ArithmeticError),
            isinstance(e, (KeyError, IndexError)),
            isinstance(e, RuntimeError),
            isinstance(e, NameError),
        ]
        print(kind, type(e).__name__, checks, e.args)

def first_match(kind):
    try:
        raise_it(kind)
    except KeyError:
        return "KeyError clause"
    except LookupError:
        return "LookupError clause"
    except Exception:
        return "Exception clause"

print(first_match("key"), first_match("index"), first_match("zero"))
print(isinstance(ValueError("x"), Exception), isinstance(5, BaseException))
print(type(ValueError("v")), type(ZeroDivisionError()))
