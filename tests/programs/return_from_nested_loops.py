# `return` from for loops nested in with blocks, try bodies, handlers, finally bodies and other
# loops: each loop's iterator is dropped on the way out, so __exit__ and finally still run.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False


def in_with():
    with CM("a"):
        for j in range(2):
            return "ret-with"


def nested_loops_in_withs():
    with CM("outer"):
        for i in range(3):
            with CM("inner"):
                for j in "xy":
                    for k in [1, 2]:
                        if (i, j, k) == (1, "y", 2):
                            return (i, j, k)


def in_try_finally():
    for i in range(2):
        try:
            for j in range(2):
                return "try"
        finally:
            break
    return "after"


def in_handler():
    try:
        raise ValueError("v")
    except ValueError:
        for x in range(3):
            with CM("h"):
                return x


def in_finally_loop():
    try:
        return "body"
    finally:
        for z in range(3):
            if z == 1:
                print("finally loop", z)


def generator():
    with CM("g"):
        for i in range(5):
            yield i
            if i == 1:
                return


print(in_with())
print(nested_loops_in_withs())
print(in_try_finally())
print(in_handler())
print(in_finally_loop())
print(list(generator()))
print([f() for f in (in_with, in_try_finally)])
