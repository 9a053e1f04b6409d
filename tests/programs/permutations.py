# Recursive permutations, combinations and power set.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    head, tail = items[0], items[1:]
    return [[head] + c for c in combinations(tail, k - 1)] + combinations(tail, k)

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]

perms = permutations([1, 2, 3])
print(len(perms), perms)
print(["".join(p) for p in permutations(list("abc"))])
print(len(permutations(list(range(6)))))
print(combinations([1, 2, 3, 4], 2))
print(len(combinations(list(range(10)), 3)))
print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
def anagrams(word):
    seen = []
    for p in permutations(list(word)):
        s = "".join(p)
        if s not in seen:
            seen.append(s)
    return seen
print(anagrams("aab"))
