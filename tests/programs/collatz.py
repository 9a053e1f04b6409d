# Collatz sequences with a cache.
def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length

def sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

print(sequence(6))
print(sequence(27)[:12], len(sequence(27)), max(sequence(27)))
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
print([collatz_len(n) for n in range(1, 21)])
print(len(sequence(2 ** 100 + 1)))
