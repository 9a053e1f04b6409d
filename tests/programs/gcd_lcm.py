# gcd and lcm with big integers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a // gcd(a, b) * b

def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 18), lcm(4, 6), lcm(21, 6))
f100 = factorial(100)
f50 = factorial(50)
print(gcd(f100, f50) == f50)
print(gcd(f100, 2 ** 200))
print(lcm(f50, 2 ** 60) // f50)
acc = 1
for n in range(1, 51):
    acc = lcm(acc, n)
print(acc)
print(gcd(2 ** 127 - 1, 2 ** 61 - 1))
print(gcd(factorial(30) + 1, factorial(30)))
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = ext_gcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
def binomial(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))
print(binomial(100, 50))
print(sum([int(d) for d in str(f100)]))
