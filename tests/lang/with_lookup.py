# `with` looks __enter__ and __exit__ up on the type, as CPython does, and calls them with
# the manager; what __exit__ returns decides whether an exception is swallowed.


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self.name

    def __exit__(self, t, v, tb):
        self.log.append("exit " + (t.__name__ if t else "clean"))
        return self.swallow


m = Manager("m")
with m as got:
    m.log.append("body " + got)
print(m.log)

s = Manager("s", swallow=True)
with s:
    raise KeyError("gone")
print(s.log)

loud = Manager("loud")
try:
    with loud:
        1 / 0
except ZeroDivisionError as e:
    print("escaped:", e, loud.log)

# methods on the instance only do not count
class Bare:
    pass


b = Bare()
b.__enter__ = lambda: 1
b.__exit__ = lambda *a: None
try:
    with b:
        pass
except TypeError as e:
    print("TypeError:", e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)


# inherited methods, a static __exit__, nested managers and a lock
class Base:
    def __enter__(self):
        return "base"

    def __exit__(self, *exc):
        print("base exit", exc[0])


class Child(Base):
    pass


class Static:
    def __enter__(self):
        return "static"

    @staticmethod
    def __exit__(t, v, tb):
        print("static exit", t)


with Child() as a, Static() as c:
    print(a, c)

import threading

lock = threading.Lock()
with lock:
    print("locked", lock.locked())
print("released", lock.locked())

# a manager used many times in a loop
count = Manager("loop")
for i in range(1000):
    with count:
        pass
print(len(count.log))
