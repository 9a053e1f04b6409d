# Slicing a range gives CPython's exact start, stop and step, also for empty results.
r = range(10)
for sl in [slice(-1, 1), slice(-3, 5), slice(5, 2), slice(None, None, -1), slice(2, 8, 3),
           slice(8, 2, -2), slice(100, 200), slice(-100, -50), slice(None, None, 4), slice(3, 3)]:
    print(r[sl])
print(range(1)[1:-1], range(0)[:], range(5, 50, 5)[1:-1:2], range(20, 0, -3)[2:100], range(20, 0, -3)[-1:0])
print(range(10)[-1:1] == range(0), len(range(10)[-1:1]), list(range(7, 1, -2)[1:]))
