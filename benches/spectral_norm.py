# Gilt benchmark: float arithmetic and calls.
# Estimates the spectral norm (largest singular value) of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to n x n, by
# power iteration on A^T A.  The hot path is a tiny function called n*n times
# per matrix-vector product, so call overhead and float division dominate.


def a_entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_entry(i, j) * v[j]
        out.append(acc)
    return out


def times_at(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_entry(j, i) * v[j]
        out.append(acc)
    return out


def times_ata(v, n):
    return times_at(times_a(v, n), n)


def dot(xs, ys):
    acc = 0.0
    for x, y in zip(xs, ys):
        acc += x * y
    return acc


def spectral_norm(n, rounds):
    u = [1.0 for _ in range(n)]
    v = u
    for _ in range(rounds):
        v = times_ata(u, n)
        u = times_ata(v, n)
    return (dot(u, v) / dot(v, v)) ** 0.5


def main():
    n = 400
    result = spectral_norm(n, 10)
    print(f"n = {n}")
    print(f"spectral norm = {result:.9f}")


main()
