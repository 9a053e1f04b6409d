# Gilt benchmark: list sorting.
# Pseudo-random integers from a linear congruential generator are sorted in
# several ways: list.sort(), sorted() with a key function (stability matters),
# reverse sorts, sorting tuples (lexicographic comparison), sorting strings,
# and many sorts of small lists.  Checksums make the result order-sensitive.


def lcg_list(n, seed):
    out = []
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append(state // 16 % 1000000)
    return out


def checksum(xs):
    acc = 0
    for i, x in enumerate(xs):
        acc = (acc * 31 + x + i) % 1000000007
    return acc


def is_sorted(xs):
    for i in range(1, len(xs)):
        if xs[i - 1] > xs[i]:
            return False
    return True


def main():
    data = lcg_list(200000, 42)

    a = [x for x in data]
    a.sort()
    print(f"sort: ok={is_sorted(a)} min={a[0]} max={a[len(a) - 1]} sum={checksum(a)}")

    b = sorted(data, key=lambda x: x % 1000)
    print(f"sorted by x % 1000 (stable): {checksum(b)}")

    c = sorted(data, reverse=True)
    print(f"reverse: first={c[0]} sum={checksum(c)}")

    pairs = [(x % 100, -x, i) for i, x in enumerate(data)]
    pairs.sort()
    tsum = 0
    for k, neg, i in pairs:
        tsum = (tsum * 7 + k + i) % 1000000007
    print(f"tuples: first={pairs[0]} sum={tsum}")

    words = [str(x) for x in data]
    words.sort()
    print(f"strings: first={words[0]} last={words[len(words) - 1]}")

    small_total = 0
    for start in range(0, len(data) - 16, 4):
        chunk = []
        for j in range(start, start + 16):
            chunk.append(data[j])
        chunk.sort()
        small_total = (small_total + chunk[0] * 3 + chunk[8] * 5 + chunk[15]) % 1000000007
    print(f"small sorts: {small_total}")

    best = max(data)
    worst = min(data)
    print(f"min/max: {worst} {best}")


main()
