# List, dict and set comprehensions, nested and with conditions.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in range(r)] for r in range(4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print([w.upper() for w in "a bb ccc".split() if len(w) > 1])
print({x: x ** 3 for x in range(4)})
print({n % 4 for n in range(10)})
print([(i, c) for i, c in enumerate("abc")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
x = "outer"
print([x for x in range(2)], x)
print(sum([i for i in range(101)]))
print([[0] * 2 for _ in range(3)])
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat)
print([len(s) for s in ["", "a", "abc"]], any([x > 2 for x in range(4)]), all([x < 2 for x in range(4)]))
primes = [n for n in range(2, 50) if all([n % d for d in range(2, n)])]
print(primes)
base = 10
print([base + i for i in range(3)])
def make():
    k = 100
    return [k + j for j in range(3)]
print(make())
print({ch: i for i, ch in enumerate("hello")})
