# A tiny module imported by several Gilt test programs.
# The print below runs once per process, however many times the module is imported.
print("helpermod: loading, __name__ =", __name__)

GREETING = "hello from helpermod"
load_count = 0
load_count += 1

_registry = []


def double(x):
    return x * 2


def register(item):
    _registry.append(item)
    return len(_registry)


def registered():
    return list(_registry)


class Counter:
    """A small counter class exported by the module."""

    def __init__(self, start=0):
        self.value = start

    def bump(self, by=1):
        self.value += by
        return self.value

    def __repr__(self):
        return f"helpermod.Counter({self.value})"


if __name__ == "__main__":
    print("helpermod: running as the main program")
    print(double(21), register("x"), registered())
