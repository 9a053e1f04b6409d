# Instances of classes with __call__ called like functions: arguments, defaults, recursion,
# a __call__ that is not a plain function, and instances that are not callable.


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=0):
        return self.k + x + y


class Countdown:
    def __call__(self, n):
        return 0 if n == 0 else 1 + self(n - 1)


class Static:
    __call__ = staticmethod(lambda x: x * 2)


class NotCallable:
    pass


add = Adder(10)
print(add(1), add(1, 2), add(x=3), list(map(add, [1, 2])), Countdown()(300))
print(Static()(21))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    add()
except TypeError as e:
    print("TypeError:", e)
try:
    Countdown()(100000)
except RecursionError as e:
    print("RecursionError:", e)
total = 0
for i in range(10000):
    total += add(i)
print(total)
