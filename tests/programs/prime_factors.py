# Prime factorization, divisors and perfect numbers.
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def show(n):
    parts = []
    for p, e in factorize(n).items():
        parts.append(str(p) if e == 1 else f"{p}^{e}")
    return f"{n} = " + " * ".join(parts)

for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(show(n))

def divisors(n):
    small, large = [], []
    i = 1
    while i * i <= n:
        if n % i == 0:
            small.append(i)
            if i != n // i:
                large.append(n // i)
        i += 1
    return small + large[::-1]

print(divisors(36), divisors(97), divisors(1))
print([n for n in range(2, 10000) if sum(divisors(n)[:-1]) == n])
def totient(n):
    result = n
    for p in factorize(n):
        result = result // p * (p - 1)
    return result
print([totient(n) for n in range(1, 21)])
