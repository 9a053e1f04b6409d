# Assignment with tuple/list unpacking and starred targets.
a, b, c = 1, 2, 3
print(a, b, c)
[d, e] = [4, 5]
print(d, e)
(f, g), h = (6, 7), 8
print(f, g, h)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
x, y, *z = (9, 8)
print(x, y, z)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
for k, *vals in [(1, 2, 3), (4,)]:
    print(k, vals)
m = n = 0
m += 1
print(m, n)
p = q = []
p.append(1)
print(q)
try:
    a, b = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b, c = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    a, *b, c = [1]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b = 5
except TypeError as err:
    print("TypeError:", err)
k, v = {"only": 1}.popitem()
print(k, v)
s1, s2 = "xy"
print(s1, s2)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
dct = {}
dct["a"], dct["b"] = 1, 2
print(dct)
i = 0
i, lst[i] = 2, "z"
print(i, lst)
head, *_ = [10, 20, 30]
print(head)
