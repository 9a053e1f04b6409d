# Gilt benchmark: exceptions.
# Raises and catches exceptions in tight loops: explicit raise of ValueError
# caught in the same function, KeyError from failed dict lookups, exceptions
# that unwind through several frames before being caught, ValueError from
# int() on bad input, and try blocks where nothing is raised (the fast path).


def check_positive(x):
    if x <= 0:
        raise ValueError("not positive")
    return x


def deep(n, x):
    # Unwinds n frames when x is a multiple of 5.
    if n == 0:
        if x % 5 == 0:
            raise ValueError("deep failure")
        return x
    return deep(n - 1, x) + 1


def raise_same_frame(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError("bad")
            total += i
        except ValueError:
            caught += 1
    return caught, total % 1000003


def raise_in_callee(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += check_positive(i % 4 - 1)
        except ValueError as err:
            caught += 1
            if str(err) != "not positive":
                total -= 1000
    return caught, total


def missing_keys(n):
    table = {}
    for i in range(0, 200, 3):
        table[i] = i * i
    hits = 0
    misses = 0
    for i in range(n):
        try:
            hits += table[i % 200]
        except KeyError:
            misses += 1
    return hits % 1000003, misses


def unwind_frames(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += deep(6, i)
        except ValueError:
            caught += 1
    return caught, total


def parse_numbers(n):
    tokens = ["12", "x7", "305", "", "-4", "4.5", "88", "nan?"]
    good = 0
    bad = 0
    for i in range(n):
        try:
            good += int(tokens[i % 8])
        except ValueError:
            bad += 1
    return good, bad


def mixed_handlers(n):
    # One try with two handlers and a tuple handler; nothing raised half the time.
    data = {"a": 1, "b": 2}
    keys = ["a", "z", "b", "y"]
    counts = [0, 0, 0]
    for i in range(n):
        try:
            v = data[keys[i % 4]]
            if v == 2 and i % 8 == 2:
                raise ValueError("two")
            counts[0] += v
        except KeyError:
            counts[1] += 1
        except ValueError:
            counts[2] += 1
        try:
            if i % 16 == 0:
                raise KeyError("k")
        except (ValueError, KeyError):
            counts[2] += 1
    return counts


def main():
    print(f"same frame: {raise_same_frame(750000)}")
    print(f"callee: {raise_in_callee(750000)}")
    print(f"missing keys: {missing_keys(750000)}")
    print(f"unwind: {unwind_frames(250000)}")
    print(f"int(): {parse_numbers(500000)}")
    print(f"mixed: {mixed_handlers(750000)}")


main()
