# Float keys compare by value (-0.0 == 0.0) and items by identity first (a NaN equals itself
# inside a list, a tuple or as a dict key).
x = float('nan')
print(x == x, x != x, [x] == [x], x in [x], (x,) == (x,), {x: 1}.get(x), x in {x}, -0.0 == 0.0)
d = {0.0: 1}; s = {0.0}
print(-0.0 in d, d.get(-0.0), -0.0 in s, {-0.0: 'a'}[0.0], {0: 1}[-0.0], 0.0 in {-0.0}, {0.0, -0.0, 0})
d[-0.0] = 2
print(d, sorted([0.0, -0.0, 0]), [0.0, -0.0].index(-0.0), [-0.0].count(0.0))
y = float('nan')
print(y == x, [1.5] == [1.5], (2.0,) == (2,))
