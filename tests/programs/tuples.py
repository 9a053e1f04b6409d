# Tuples: creation, packing, comparison, methods via builtins.
t = (1, 2, 3)
u = 4, 5
single = 7,
empty = ()
print(t, u, single, empty, type(single), type(empty))
print(len(t), t[0], t[-1], t + u, t * 2, 2 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
print(tuple([1, 2]), tuple("hi"), tuple(range(3)), tuple())
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
a, b = t[:2]
print(a, b)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(1, 0)], d[0, 0])
print(max((3, 1), (2, 9)), min([(1, "b"), (1, "a")]))
points = [(3, 4), (1, 1), (0, 5)]
print(sorted(points), sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
x, y = 1, 2
x, y = y, x
print(x, y)
print(list(t).count(2), list(t).index(3))
print((1, [2, 3]))
lst = [1, 2]
tt = (lst, 3)
lst.append(9)
print(tt)
print(sum((1, 2, 3)), list(reversed((1, 2, 3))))
print(((),), ((1,),))
