# range objects.
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-5, -1)), list(range(3, -4, -2)))
r = range(1, 20, 3)
print(r, len(r), r[0], r[-1], 7 in r, 8 in r)
print(len(range(0, 10**12)), range(10**12)[-1])
total = 0
for i in range(100):
    total += i
print(total)
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))), list(enumerate(range(10, 13))))
print(range(0, 5) == range(0, 5))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
for i in range(3):
    for j in range(i):
        print(i, j, end=" | ")
print()
print(list(range(-2, 2)), [x * 2 for x in range(4)])
print(type(range(3)))
