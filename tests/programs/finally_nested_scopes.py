# Functions, lambdas and comprehensions inside finally bodies, which are compiled once per
# way out of the try (return, break, continue, the normal and the exceptional path).
def f():
    try:
        return "r"
    finally:
        x = [t for t in [3]]
        print(x)
print(f())
def g(n):
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            y = [a * 2 for a in range(i + 2)]
        finally:
            z = {k: (lambda v: v + k)(1) for k in range(2)}
            def inner(q=i):
                return [q for _ in (1,)]
            print(i, z, inner(), (lambda: [i])())
            try:
                pass
            finally:
                print([w for w in "ab"])
    try:
        return [n]
    finally:
        print(sorted(set(c for c in "cba")))
print(g(5))
def h():
    try:
        try:
            raise ValueError
        finally:
            print([e for e in "x"])
    except ValueError:
        return "caught"
    finally:
        print({m for m in [1]})
print(h())
