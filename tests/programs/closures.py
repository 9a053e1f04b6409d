# Closures, counters and nonlocal.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

def make_adders():
    adders = []
    for n in range(1, 4):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders

print([f(10) for f in make_adders()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()

print(outer())

def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add

acc = accumulator()
acc(1)
acc(2)
print(acc(3))

def bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient"
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = bank(10)
print(dep(5), wd(3), wd(100), get())

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))

def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a

print(curry(lambda p, q: p - q)(10)(3))

def nested_nonlocal():
    level = 0
    def one():
        nonlocal level
        level += 1
        def two():
            nonlocal level
            level += 10
        two()
    one()
    one()
    return level

print(nested_nonlocal())

def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt

f = fib_gen()
print([f() for _ in range(15)])

def shadow():
    x = 1
    def inner():
        x = 2
        return x
    inner()
    return x

print(shadow())
