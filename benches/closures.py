# Gilt benchmark: closures and lambdas.
# Builds closures (functions capturing variables from an enclosing function,
# several levels deep), lambdas, and functions with default arguments, then
# calls them in tight loops.  Measures closure creation, free-variable reads
# and the cost of calling through function values.


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_affine(a, b):
    # Two captured variables, one of them used through a nested lambda.
    scale = lambda x: x * a
    def apply(x):
        return scale(x) + b
    return apply


def compose(f, g):
    return lambda x: f(g(x))


def make_counter():
    # Mutable state shared between two closures through a captured list.
    cell = [0]
    def bump(k=1):
        cell[0] += k
        return cell[0]
    def read():
        return cell[0]
    return bump, read


def make_pipeline(depth):
    f = lambda x: x
    for i in range(depth):
        f = compose(make_adder(i), f)
    return f


def run_calls(n):
    adders = [make_adder(i) for i in range(10)]
    affine = make_affine(3, -7)
    total = 0
    for i in range(n):
        total += adders[i % 10](i)
        total = affine(total) % 1000003
    return total


def run_lambdas(n):
    ops = [
        lambda a, b: a + b,
        lambda a, b: a - b,
        lambda a, b: a * b % 9973,
        lambda a, b: (a + 1) * (b + 2) % 997,
    ]
    acc = 1
    for i in range(n):
        acc = ops[i % 4](acc, i) % 1000003
    return acc


def run_counters(n):
    bump, read = make_counter()
    for i in range(n):
        if i % 3 == 0:
            bump()
        else:
            bump(2)
    return read()


def run_creation(n):
    # Creating closures in the loop, then calling them right away.
    total = 0
    for i in range(n):
        f = make_affine(i % 7, i % 11)
        g = compose(f, lambda x, d=i % 5: x + d)
        total = (total + g(i)) % 1000003
    return total


def run_pipeline(n):
    pipe = make_pipeline(12)
    total = 0
    for i in range(n):
        total = (total + pipe(i)) % 1000003
    return total


def main():
    print(f"calls: {run_calls(1000000)}")
    print(f"lambdas: {run_lambdas(1000000)}")
    print(f"counter: {run_counters(1000000)}")
    print(f"creation: {run_creation(500000)}")
    print(f"pipeline: {run_pipeline(100000)}")


main()
