# List methods.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend((2, 6))
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, 50)
print(a)
print(a.pop(), a.pop(0), a.pop(-2))
print(a)
a.remove(1)
print(a, a.index(4), a.count(1), a.count(7))
print(a.index(5, 2))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=len, reverse=True)
print(words)
words.reverse()
print(words)
c = words.copy()
c.append("new")
print(len(words), len(c))
c.clear()
print(c)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
stable = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
stable.sort(key=lambda p: p[1])
print(stable)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
alias = [[0] * 2] * 2
alias[0][0] = 7
print(alias)
print([1, 2] + [3], [0] * 4, [1, 2] * 0)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(2 in [1, 2, 3], 5 not in [1, 2, 3])
e = []
e += [1]
e += (2, 3)
e *= 2
print(e)
print(list(range(3)), list("ab"), list((1, 2)), list({7: 0, 8: 0}))
x = [5, 3, 8]
y = x
y.append(1)
print(x, x is y, x == x.copy(), x is x.copy())
print(len([]), len([[]]), [1, [2, 3]][1][0])
nums = [10, 20, 30]
nums[1] = 25
nums[-1] += 5
print(nums)
print(sorted([3, 1, 2]), [3, 1, 2])
print(max([4, 9, 2]), min([4, 9, 2]), sum([4, 9, 2]))
