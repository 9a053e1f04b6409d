# itertools: count, chain, islice, product, permutations, combinations, accumulate, zip_longest.
import itertools
from itertools import count, chain, islice, product, permutations, combinations, accumulate, zip_longest
import operator

print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(zip("abc", count(1))))
print(list(chain([1, 2], (3,), "xy", range(2))), list(chain()), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice(range(100), 3)), list(islice("abcdefg", 2, 5)), list(islice(range(20), 1, 12, 4)), list(islice("abc", None)))
print(list(islice(count(), 0)), list(islice([1, 2], 5)))

print(list(product("ab", [0, 1])))
print(list(product([1, 2], repeat=2)), len(list(product(range(3), repeat=3))), list(product()))
print(list(product("x", "yz", "w")))

print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)), list(permutations([], 0)), list(permutations([1], 2)))
print(["".join(p) for p in permutations("aab")])

print(list(combinations(range(5), 3)))
print(list(combinations("abc", 2)), list(combinations("abc", 0)), list(combinations("ab", 3)))

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([1, 2, 3], initial=100)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))

print(list(zip_longest("abc", [1, 2])), list(zip_longest([1], [2, 3], [4, 5, 6], fillvalue="-")))
print(list(zip_longest()), list(zip_longest("ab")))

# Lazy behaviour: islice over an infinite generator with side effects.
pulled = []


def naturals():
    n = 0
    while True:
        pulled.append(n)
        yield n
        n += 1


print(list(islice(naturals(), 2, 4)), pulled)

# Iterators are single-pass.
c = chain("ab", "cd")
print(next(c), list(c), list(c))
it = islice(range(10), 3)
print(list(it), list(it))

# Practical uses.
words = ["apple", "bat", "car", "dolphin"]
print(max(combinations(words, 2), key=lambda p: len(p[0]) + len(p[1])))
grid = [(r, c) for r, c in product(range(2), range(3))]
print(grid)
running = list(accumulate([5, -2, 7, -10, 3]))
print(running, min(running))
print(sum(1 for p in permutations(range(4)) if all(p[i] != i for i in range(4))))
print([a + b for a, b in zip_longest([1, 2, 3], [10, 20], fillvalue=0)])

# Counting subsets summing to a target using combinations of every size.
coins = [1, 2, 3, 5, 8]
print([c for r in range(len(coins) + 1) for c in combinations(coins, r) if sum(c) == 8])

# The module namespace form works too.
print(list(itertools.islice(itertools.count(7), 2)), list(itertools.combinations([1, 2, 3], 2)))
try:
    list(islice([1], -1))
except ValueError as e:
    print("ValueError:", e)
