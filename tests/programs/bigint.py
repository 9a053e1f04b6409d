# Arbitrary precision integers.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

f100 = factorial(100)
print(f100)
print(len(str(f100)))
print(f100 % 1000000007)
print(f100 // factorial(98))
print(2 ** 200)
print(-(3 ** 100))
print(3 ** 100 - 3 ** 100)
print(10 ** 30 + 1)
print(10 ** 30 * 10 ** 30)
print((10 ** 30) // 7, (10 ** 30) % 7)
print((-(10 ** 30)) // 7, (-(10 ** 30)) % 7)
print(divmod(10 ** 25, -12345))
big = 123456789123456789123456789
print(big * big)
print(big - big * 2)
print(int('98765432109876543210987654321') + 1)
print(str(2 ** 100)[::-1])
print(2 ** 100 > 2 ** 99, 2 ** 100 == 2 ** 100, -(2 ** 100) < 0)
print(abs(-(7 ** 40)))
print(hash(12345), hash(-1) == -2, hash(0))
print(2 ** 64 == 18446744073709551616)
print(float(2 ** 70))
print(2 ** 70 / 2 ** 68)
print(10 ** 20 / 4)
print(max(2 ** 80, 3 ** 50), min(-(2 ** 80), 5))
print(sum([2 ** 64, 2 ** 64, 1]))
print(pow(3, 200, 10 ** 9 + 7))
print(f"{2 ** 70:,}")
print(int(2.0 ** 80))
x = 1
for _ in range(10):
    x = x * 1000003 + 7
print(x)
print(0 - 2 ** 65, -(2 ** 65) * -1)
print(round(10 ** 20 + 0.0) == 10 ** 20)
print(divmod(-(2 ** 90), 2 ** 45 + 1))
