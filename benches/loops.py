# Gilt benchmark: integer loops.
# Nested while and for loops doing small-int arithmetic (+, -, *, //, %) and
# comparisons.  No calls inside the hot loops.


def grid_sum(n):
    # Nested while loops with a running modular checksum.
    total = 0
    i = 0
    while i < n:
        j = 0
        while j < n:
            total = (total + i * j + (i - j) // 3) % 1000003
            j += 1
        i += 1
    return total


def divisor_counts(limit):
    # Nested for loops over ranges: count multiples like a sieve.
    counts = [0 for _ in range(limit + 1)]
    for d in range(1, limit + 1):
        for m in range(d, limit + 1, d):
            counts[m] += 1
    best = 0
    best_n = 0
    for n in range(1, limit + 1):
        if counts[n] > best:
            best = counts[n]
            best_n = n
    return best_n, best


def collatz_max(limit):
    # Data-dependent while loop with branches.
    longest = 0
    start = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > longest:
            longest = steps
            start = n
        n += 1
    return start, longest


def main():
    g = grid_sum(1500)
    bn, bc = divisor_counts(300000)
    cs, cl = collatz_max(60000)
    print(f"grid_sum = {g}")
    print(f"most divisors up to 300000: {bn} ({bc})")
    print(f"longest collatz below 60000: {cs} ({cl} steps)")


main()
