# The first Gilt program: greet, count, and show a few values.
def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"

print(greet("world"))
squares = [n * n for n in range(10)]
print(squares, sum(squares))
print({w: len(w) for w in "gilt runs python".split()})
print(0.1 + 0.2, 2 ** 100, 7 // -2, -7 % 3)
