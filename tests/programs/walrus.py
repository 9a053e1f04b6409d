# Assignment expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
values = []
i = 0
while (i := i + 1) <= 5:
    values.append(i * i)
print(values, i)
print([y for x in data if (y := x * 2) > 6])
print((total := sum(data)), total)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print(top)
