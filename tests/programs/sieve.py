# Sieve of Eratosthenes.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            is_prime[p * p::p] = [False] * len(range(p * p, limit + 1, p))
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(200)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:])
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(twins)
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
