# Memoized Fibonacci via dict, plus iterative and closure-based versions.
memo = {0: 0, 1: 1}

def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print([fib(i) for i in range(20)])
print(fib(100))
print(fib(300))
print(len(memo))

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib_iter(100) == fib(100), fib_iter(1000) % 10 ** 10)

def memoize(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    return wrapper

def slow_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

paths = memoize(slow_paths)
print(paths(16, 16), paths(30, 30))

calls = {"n": 0}
def counted(n):
    calls["n"] += 1
    return n if n < 2 else counted(n - 1) + counted(n - 2)
print(counted(15), calls["n"])
