# Indexing, slicing with steps, slice assignment and del.
a = list(range(10))
print(a[-1], a[-10], a[2:5], a[:3], a[7:], a[:], a[-3:])
print(a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-2], a[-2:-8:-3])
print(a[5:2], a[100:], a[-100:2], a[2:100], a[3:-3])
print(a[::3], a[1:9:4], a[9:0:-1], a[9::-1])
s = "abcdefghij"
print(s[::-1], s[1:8:3], s[-4:], s[:-4], s[::5])
t = (0, 1, 2, 3, 4)
print(t[1:4], t[::-1], t[-2:])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[0:0] = [100, 101]
print(b)
b[-1:] = []
print(b)
b[:] = [1, 2, 3]
print(b)
c = list(range(8))
c[::2] = ["e"] * 4
print(c)
c[1::2] = [10, 30, 50, 70]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as err:
    print("ValueError:", err)
d = list(range(10))
del d[0]
print(d)
del d[-1]
print(d)
del d[1:3]
print(d)
del d[::2]
print(d)
del d[:]
print(d)
try:
    print(a[10])
except IndexError as err:
    print("IndexError:", err)
try:
    print("abc"[5])
except IndexError as err:
    print("IndexError:", err)
try:
    print((1, 2)[-3])
except IndexError as err:
    print("IndexError:", err)
r = range(20)
print(r[3], r[-1], list(r[2:10:3]), r[::-1][0])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][-1], m[-1][:2], [row[1] for row in m])
e = [1, 2, 3]
e[1:2] = "ab"
print(e)
