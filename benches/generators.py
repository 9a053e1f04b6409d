# Gilt benchmark: generators.
# Generator functions chained into pipelines (produce -> filter -> map ->
# take), generator expressions consumed by sum() and max(), delegation with
# `yield from` (flat and recursive), a round-robin scheduler that interleaves
# several generators by calling next() on them, and generators driven with
# send().  Measures generator creation, suspension and resumption, and the
# cost of passing values through several suspended frames.


def lcg(seed):
    # Endless pseudo-random stream; the state stays below 2**31.
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def keep(pred, items):
    for x in items:
        if pred(x):
            yield x


def scale(factor, items):
    for x in items:
        yield (x * factor) % 1000003


def take(n, items):
    if n <= 0:
        return
    for x in items:
        yield x
        n -= 1
        if n == 0:
            return


def pairwise_diff(items):
    prev = None
    for x in items:
        if prev is not None:
            yield x - prev
        prev = x


def run_pipeline(n):
    stream = take(n, scale(7, keep(lambda v: v % 3 != 0, lcg(42))))
    total = 0
    count = 0
    for v in stream:
        total += v
        count += 1
    diffs = sum(pairwise_diff(take(n // 4, lcg(7))))
    return count, total % 1000000007, diffs % 1000000007


def run_genexprs(n):
    a = sum(i * i % 1009 for i in range(n))
    b = max((i * 7919) % 100003 for i in range(n))
    c = sum(1 for i in range(n) if i % 7 == 3)
    d = sum(x + y for x, y in zip(range(n // 2), range(n // 2, n)))
    words = [str(i) for i in range(n // 10)]
    e = max(len(w) * 100 + int(w[-1]) for w in words)
    return a, b, c, d, e


def chunk(lo, hi):
    for i in range(lo, hi):
        yield i


def chained(parts, width):
    for p in range(parts):
        yield from chunk(p * width, p * width + width)


def tree_walk(depth, label):
    # Recursive `yield from`: yields the labels of a complete binary tree in
    # pre-order, each value travelling up through `depth` suspended frames.
    yield label
    if depth > 0:
        yield from tree_walk(depth - 1, label * 2)
        yield from tree_walk(depth - 1, label * 2 + 1)


def run_yield_from(parts, width, depth, reps):
    flat = 0
    for x in chained(parts, width):
        flat += x
    walked = 0
    nodes = 0
    for r in range(reps):
        for label in tree_walk(depth, 1):
            walked = (walked + label * (r + 1)) % 1000000007
            nodes += 1
    return flat, walked, nodes


def countdown(name, n, step):
    while n > 0:
        yield name, n
        n -= step


def round_robin(gens):
    # Cooperative scheduling: resume each live generator in turn until all of
    # them are exhausted.
    queue = list(gens)
    while queue:
        alive = []
        for g in queue:
            try:
                yield next(g)
            except StopIteration:
                continue
            alive.append(g)
        queue = alive


def run_round_robin(n):
    gens = [countdown("t" + str(k), n + k * 37, k + 1) for k in range(8)]
    checksum = 0
    steps = 0
    last = None
    for name, value in round_robin(gens):
        checksum = (checksum * 31 + value + len(name)) % 1000000007
        steps += 1
        last = name
    return steps, checksum, last


def averager():
    # A coroutine-style generator: receives numbers through send() and
    # yields the running (integer) average.
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count


def run_send(n):
    avg = averager()
    next(avg)
    acc = 0
    for i in range(n):
        acc = (acc + avg.send(i * 13 % 1001)) % 1000003
    return acc


def main():
    count, total, diffs = run_pipeline(600000)
    print(f"pipeline: {count} values, total {total}, diffs {diffs}")
    print("genexprs: %d %d %d %d %d" % run_genexprs(1000000))
    flat, walked, nodes = run_yield_from(1600, 250, 11, 48)
    print(f"yield from: flat {flat}, tree {walked} over {nodes} nodes")
    steps, checksum, last = run_round_robin(160000)
    print(f"round robin: {steps} steps, checksum {checksum}, last {last}")
    print(f"send: {run_send(400000)}")


main()
