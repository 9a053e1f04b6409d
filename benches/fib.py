# Gilt benchmark: recursive calls.
# Naive doubly-recursive Fibonacci: almost all of the time goes into function
# calls, argument binding, comparisons and small-int additions.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_acc(n, a=0, b=1):
    # Tail-shaped recursion with default arguments (depth n, no branching).
    if n == 0:
        return a
    return fib_acc(n - 1, b, (a + b) % 1000000007)


def main():
    total = 0
    for n in range(20, 33):
        total += fib(n)
    check = 0
    for i in range(2000):
        check = (check + fib_acc(200 + i % 100)) % 1000000007
    print(f"sum fib(20..32) = {total}")
    print(f"fib_acc checksum = {check}")


main()
