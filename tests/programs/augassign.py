# Augmented assignment on names, subscripts and containers.
x = 10
x += 5
x -= 3
x *= 4
x //= 5
x %= 7
x **= 3
print(x)
y = 7
y /= 2
print(y)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, alias is lst)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
d = {"n": 1}
d["n"] += 10
d["m"] = d.get("m", 0) - 1
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 5
grid[0][1] -= 2
print(grid)
f = 1.5
f *= 2
print(f)
calls = []
def key():
    calls.append("key")
    return 0
arr = [100]
arr[key()] += 1
print(arr, calls)
total = 0
for i in range(1, 6):
    total += i * i
print(total)
big = 2 ** 64
big *= big
big //= 3
print(big)
