# Calls with keyword arguments: binding (defaults, keyword-only, **kwargs), the errors a
# bad call raises, recursion through keyword calls, generators and methods.


def area(w, h=2, *, scale=1):
    return w * h * scale


def collect(a, *rest, sep="-", **more):
    return sep.join([str(a)] + [str(r) for r in rest]) + str(sorted(more.items()))


print(area(3, h=4), area(w=5), area(2, scale=10), area(h=1, w=7, scale=2))
print(collect(1, 2, 3, sep="+", x=1, y=2), collect(a=9))

for bad in [
    lambda: area(1, w=2),
    lambda: area(1, depth=3),
    lambda: area(h=3),
    lambda: area(1, 2, 3),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def depth(n, acc=0):
    if n == 0:
        return acc
    return depth(n=n - 1, acc=acc + 1)


print(depth(n=500))
try:
    depth(n=100000)
except RecursionError as e:
    print("RecursionError:", e)


def countdown(n, step=1):
    while n > 0:
        yield n
        n -= step


print(list(countdown(10, step=3)))


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount, note=""):
        self.balance += amount
        return self.balance


acct = Account(owner="ann", balance=5)
print(acct.deposit(amount=10, note="x"), Account(balance=1, owner="bob").balance)


def fails(x, y=0):
    return x / y


try:
    fails(1, y=0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def closure_maker(k):
    def inner(v, mul=1):
        return (v + k) * mul

    return inner


add3 = closure_maker(3)
total = 0
for i in range(10000):
    total += add3(i, mul=2)
print(total)
