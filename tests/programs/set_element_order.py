# Set operations keep CPython's elements and iteration order: which operand's element an
# intersection keeps, update/union adding a list one item at a time, deleted slots reused, in-place ops.
# (Sets of 3+ items are built with S(): CPython builds a display of 3+ constants differently.)
def S(*items):
    return set(items)
s = {1}
t = {1}
t &= {1.0}
print(s & {1.0}, {1, 2} & {True, 2.0}, s.intersection({1.0}), t, {1.0} & {1, 2})
print({1, 2}.intersection([2.0, 1.0, 3]), {1}.intersection((1.0, True)), S(1, 2, 3).intersection(iter([3.0])))
s = S(0, 12, 65537)
u = set(s)
u.update([1, 0])
print(u)
print(s.union([1, 2]), s.union([5], {7, 64}), set().union([9, 1, 17]))
s = {0, 8}
s.discard(0)
s.add(16)
print(s)
a = set(range(40))
a -= set(range(0, 40, 2))
print(a)
a = set(range(64))
a.difference_update(range(60))
a.add(200)
print(a)
b = {x * 8 for x in range(12)}
print(b - {0, 8}, b - set(range(0, 200, 16)), b.difference([8, 16], (24,)))
c = S(5, 13, 21, 29)
c ^= S(13, 37, 45)
print(c, {5, 13} ^ S(13, 21, 29), {1, 9}.symmetric_difference([17, 1, 25]))
d = S(1, 2, 3)
d |= S(9, 17, 25, 33)
print(d, {*d}, {*[17, 9, 1]})
e = S(3, 11, 19)
e &= e
print(e, e & e, e | e, e - e, e ^ e)
print(set({16: 1, 0: 2, 8: 3}), frozenset([24, 8, 0]) | {40})
it = iter([1, 2, 3, 4, 5])
print({1, 2}.intersection(it), list(it))
