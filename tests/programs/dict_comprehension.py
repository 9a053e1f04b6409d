# Dict and set comprehensions.
squares = {n: n * n for n in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if v % 2 == 0}
print(evens)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
lengths = {w: len(w) for w in "the quick brown fox".split()}
print(lengths)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
s = {x % 5 for x in range(20)}
print(s)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
by_len = {n: [w for w in words if len(w) == n] for n in sorted({len(w) for w in words})}
print(by_len)
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
nested = {i: {j: i * j for j in range(1, 3)} for i in range(1, 4)}
print(nested)
print({k: v for k, v in zip(range(3), "xyz")})
print({n for n in range(8) if n % 3 == 0}, sorted({n for n in range(20) if n % 3 == 0}))
