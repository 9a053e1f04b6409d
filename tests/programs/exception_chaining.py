# Raising inside except blocks, bare re-raise, tuples of exception types, args.
def risky(kind):
    if kind == 0:
        raise ValueError("bad value", 42)
    if kind == 1:
        raise KeyError("missing")
    if kind == 2:
        raise TypeError
    if kind == 3:
        raise IndexError()
    return "ok"

for k in range(5):
    try:
        print(risky(k))
    except (ValueError, KeyError) as e:
        print("tuple caught", type(e).__name__, e.args, str(e))
    except TypeError as e:
        print("type caught", repr(e), e.args, "[" + str(e) + "]")
    except Exception as e:
        print("generic caught", repr(e))

def reraiser():
    try:
        [][0]
    except IndexError:
        print("logging then re-raising")
        raise

try:
    reraiser()
except IndexError as e:
    print("outer got", e)

def convert(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("conversion failed for " + repr(s))

try:
    convert("abc")
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["x"]
except KeyError as e:
    print("KeyError from handler:", e)

try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise TypeError("second: " + str(e))
except TypeError as e:
    print(e)

err = ValueError("stored", 1, [2])
print(err.args, str(err), repr(err))
print(str(ValueError()), repr(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError("a", "b")), repr(Exception("x", 2)))
try:
    raise err
except ValueError as caught:
    print(caught is err)

def catch_all():
    try:
        raise NotImplementedError("todo")
    except BaseException as e:
        return type(e).__name__ + ": " + str(e)

print(catch_all())

try:
    raise StopIteration
except StopIteration as e:
    print("StopIteration", e.args)

try:
    raise OverflowError("too big")
except ArithmeticError as e:
    print(type(e).__name__, e)

e_saved = None
try:
    raise ValueError("scoped")
except ValueError as e:
    e_saved = e
print(e_saved)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

def retry(n):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < n:
                raise RuntimeError("attempt " + str(attempts))
            return attempts
        except RuntimeError as e:
            print("  retrying after", e)

print(retry(3))
try:
    raise Exception
except Exception as e:
    print(repr(e), e.args)
try:
    raise AssertionError("assertion text")
except AssertionError as e:
    print(e)
