# Sorting keys of one kind (all ints, all strs, all floats) takes a faster path; the order,
# the stability and reverse=True must stay exactly as for any other keys.

print(sorted([5, -3, 2**62, -2**63, 0, 5, 7]))
print(sorted([0.0, -0.0, 1.5, -2.25, float("inf"), float("-inf")]))
print(sorted([-0.0, 0.0]), sorted([0.0, -0.0]), sorted([0.0, -0.0], reverse=True))
print(sorted([1.0, float("nan"), 0.5]))           # NaN: the general path, as CPython
print(sorted(["b", "a", "é", "z", "", "ab", "\U0001f600", "Z"]))
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime"]
print(sorted(words, key=len))                     # stable among equal lengths
print(sorted(words, key=len, reverse=True))       # reverse keeps equal keys in order
pairs = [(3, "c"), (1, "b"), (3, "a"), (1, "a"), (2, "z")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
mixed = [3, 1.5, True, 2]
print(sorted(mixed))
big = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(big)[:5], sorted(big)[-5:], sorted(big) == sorted(big, key=lambda x: x))
print(sorted(str(x) for x in range(12)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 3), (1, "a") < (1, "b"), ("a",) == ("a",), "abc" < "abd", "b" >= "a")
