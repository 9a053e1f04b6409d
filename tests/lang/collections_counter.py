# collections.Counter: counting, most_common with ties, arithmetic, update.
from collections import Counter

c = Counter("mississippi")
print(c)
print(c["s"], c["z"], len(c), sum(c.values()))
print(c.most_common(), c.most_common(2), c.most_common(0))

# Ties keep first-insertion order.
tie = Counter(["b", "a", "c", "a", "b", "c", "d"])
print(tie.most_common(), tie.most_common(3))
print(list(tie), list(tie.elements()))

c2 = Counter({"red": 3, "blue": 1})
c2.update(["red", "green"])
c2.update({"blue": 5})
print(c2)
c2.subtract({"red": 10})
print(c2, c2["red"])
c2["yellow"] += 2
print(c2)
del c2["blue"]
print(c2, "blue" in c2)

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+Counter(x=2, y=-1, z=0), -Counter(x=2, y=-1))
print(Counter(), repr(Counter()), Counter() == Counter(), Counter(a=1) == Counter(a=1, b=0))
print(dict(Counter("aab")), sorted(Counter("hello").items()))
print(isinstance(c, dict), type(c).__name__)
print(Counter(a=2, b=5).total())

# Word frequency in a tiny text.
text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs quick quick"""
words = Counter(text.split())
for word, n in words.most_common(5):
    print(f"{word:>6} {n}")
print(Counter(len(w) for w in text.split()).most_common())

# Counters compare equal to dicts with the same items.
print(Counter("abc") == {"a": 1, "b": 1, "c": 1})

# Counting with a key and building from generators.
scores = [("ann", 3), ("bob", 5), ("ann", 4), ("cy", 1), ("bob", 1)]
totals = Counter()
for name, pts in scores:
    totals[name] += pts
print(totals, totals.most_common(1)[0])

# Letters that appear in both words, with multiplicity.
print(sorted((Counter("banana") & Counter("bandana")).elements()))
