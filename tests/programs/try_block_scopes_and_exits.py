# Nested scopes (comprehensions, lambdas, functions, classes) in every part of a try
# statement, and break/continue/return inside a finally body that runs because of a return.
def parts(x):
    try:
        a = [i * 2 for i in range(x)]
        if x == 3:
            raise KeyError(x)
    except KeyError:
        b = list(q for q in "kv")
        print("except", b, (lambda: x)())
    except ValueError:
        print("never", {k: k for k in "ab"})
    else:
        c = {q for q in range(2)}
        def inner():
            return [x for _ in c]
        print("else", c, inner())
    finally:
        class Local:
            val = [x + 1 for _ in "ab"]
        print("finally", Local.val, sorted(w for w in "ba"))
    return a


print(parts(2))
print(parts(3))


def g():
    return 5


print(g())


def leave_by_break(n):
    for k in range(n):
        try:
            return "try"
        finally:
            break
    return "after break"


def leave_by_continue(n):
    out = []
    for k in range(n):
        try:
            out.append(k)
            return "try"
        finally:
            if k < 2:
                continue
            out.append("last")
    return out


def return_replaces():
    try:
        return "first"
    finally:
        return "second"


def nested_returns(n):
    for i in range(n):
        try:
            try:
                return [i for _ in "x"]
            finally:
                if i == 0:
                    continue
        finally:
            print("outer finally", i)
    return "done"


print(leave_by_break(2), leave_by_continue(4), return_replaces(), nested_returns(3))
