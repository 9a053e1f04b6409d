# Sets of small integers.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8]), a.intersection(range(3)))
print({1, 2}.issubset(a), a.issubset({1, 2}), a.issuperset({1, 2}), a.issuperset(b))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {4}, a > a)
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.remove(3)
print(s)
s.discard(99)
s.discard(1)
print(s, len(s), set() == s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
one = {7}
print(one.pop(), one)
try:
    one.pop()
except KeyError as e:
    print("KeyError:", e)
dup = set([1, 1, 2, 2, 3])
print(dup, sorted(dup), 2 in dup, 9 not in dup)
print(set(range(5)), set((0, 1)), set())
c = {0, 1, 2}
c |= {3}
c &= {1, 2, 3}
c -= {2}
print(c)
c ^= {1, 5}
print(c)
print({1, 2} == {2, 1}, {1} != {1, 2})
fs = set()
for n in [4, 2, 4, 1, 2]:
    if n in fs:
        print("seen", n)
    fs.add(n)
print(sorted(fs), sum(fs), max(fs), min(fs))
print(len({(1, 2), (1, 2), (2, 1)}))
print(sorted({"b", "a", "c"}))
t = {x * x for x in range(-3, 4)}
print(sorted(t))
print({True, 1, 1.0})
