# `or`, `and`, `not` and chained comparisons: precedence, short-circuiting and the value
# each gives back.
calls = []


def v(x):
    calls.append(x)
    return x


print(v(0) or v(2) and v(3), calls)
calls.clear()
print(v(1) and v(0) or v(4), calls)
calls.clear()
print(not v(1) == v(2) and v(5), calls)
calls.clear()
print(v(1) < v(2) < v(0) or not not v(''), calls)
calls.clear()
print(v(3) not in [v(1), v(2)] is not None, calls)
calls.clear()
print((v(0) or v(0)) and v(1) + 1 > v(1), calls)
print(not 0, not 1, not not [], not None == None)
print(1 < 2 == 2 > 1 != 3, 1 < 2 > 3, 'a' in 'abc' in ['abc'])
print([x for x in range(10) if x % 2 or not x > 4 and x != 0])
x = 5
print(0 < x < 10 and x or -1, x if not x > 3 or x == 5 else 0)
