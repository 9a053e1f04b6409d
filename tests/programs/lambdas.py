# lambda expressions and higher-order builtins.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), add(b=5, a=5))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(list(map(square, range(6))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
people = [("amy", 31), ("bob", 25), ("cat", 31), ("dan", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(sym, ops[sym](6, 3))
make_mul = lambda n: lambda x: x * n
triple = make_mul(3)
print(triple(4), make_mul(5)(5))
print((lambda x: "even" if x % 2 == 0 else "odd")(7))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(callable(square), callable(5), callable(print), callable(list))
pipeline = [lambda s: s.strip(), lambda s: s.upper(), lambda s: s + "!"]
val = "  hi  "
for step in pipeline:
    val = step(val)
print(val)
print(sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:]))))
