# iter/next protocol over builtin containers, with StopIteration and defaults.
def take(it, n):
    out = []
    for _ in range(n):
        v = next(it, None)
        if v is None:
            break
        out.append(v)
    return out

it = iter(range(10))
print(take(it, 3), take(it, 3), take(it, 10), take(it, 1))
words = iter(["alpha", "beta"])
print(next(words), next(words), next(words, "END"))
try:
    next(words)
except StopIteration as e:
    print("StopIteration", repr(e))
pairs = iter({"a": 1, "b": 2}.items())
print(next(pairs), next(pairs))
chars = iter("hé")
print(next(chars), next(chars), next(chars, "-"))
same = iter([1, 2, 3])
print(iter(same) is same)
for_and_next = iter([1, 2, 3, 4, 5])
for v in for_and_next:
    if v == 2:
        print("skipping", next(for_and_next))
    else:
        print("saw", v)
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z))
e = enumerate(iter("xy"), 10)
print(list(e))
m = map(lambda v: v + 1, iter([1, 2]))
f = filter(lambda v: v % 2 == 0, range(7))
print(list(m), list(f), list(f))
s = iter({5, 6})
print(sorted([next(s), next(s)]))
def manual_loop(seq):
    it = iter(seq)
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(manual_loop("abc"), manual_loop([]), manual_loop(range(3)))
