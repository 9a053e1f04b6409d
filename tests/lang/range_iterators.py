# Range iterators: iter() and reversed() of ranges, including ranges at the ends of the
# 64-bit int range, where computing one step past the last item would overflow.
it = iter(range(3))
print(type(it).__name__, type(reversed(range(5))).__name__, type(reversed(range(0))).__name__)
print(next(it), list(it), next(it, "done"))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))))
print(list(reversed(range(5, 20, 4))), list(range(-5, -20, -4)))
r = iter(range(10))
print(5 in r, list(r))
it = iter(range(5))
print(iter(it) is it)
print(str(it).startswith("<range_iterator object at 0x"))
it = reversed(range(3))
print(next(it), next(it), next(it), next(it, None))
for a, b in zip(range(3), reversed(range(10, 13))):
    print(a, b)
print(list(enumerate(range(2, 4))), sum(i for i in range(100000)))

# at the ends of the int range
big = 2**63 - 3
print(list(range(big, big + 2)), list(reversed(range(big, big + 2))))
print(list(reversed(range(-2**63, -2**63 + 2))))
print(list(range(2**63 - 1, -2**63, -2**63)), list(reversed(range(2**63 - 1, -2**63, -2**63))))
i = iter(range(-2**63, 2**63 - 1))
print(next(i), next(i))
i = reversed(range(-2**63, 2**63 - 1, 2**62))
print(list(i))
