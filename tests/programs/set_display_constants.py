# A set display of three or more constants is ordered as CPython orders it (it copies a
# constant frozenset); with fewer, or with a name among the items, items go in one by one.
print({5, 1, 33, -1, 100, 8, 16})
print({1, 10**20, 3})
print({-5, 7, 2**40, 9, 64, 128, 256, 3})
print({'only'}, {2, 1})
x = 33
print({5, 1, x, -1, 100, 8, 16})
print({(1, 2), (3,), 17, 9})
print({1.5, -2.25, 8, 0, 40, 72})
print({96, 48, 24, 12, 6, 3, 192, 384, 768, 1, 2, 4})
print({-1, -2, -3, 7, 15, 31, 63, 127, 255, 511})
for x in {96, 48, 24, 12, 6, 3, 192, 384, 768, 1, 2, 4}: print(x, end=' ')
print()
print([x for x in {-1, -2, -3, 7, 15, 31, 63, 127, 255, 511}])
print(list({-1, -2, -3, 7, 15, 31, 63, 127, 255, 511}))
for x in {17, 9}: print(x, end=' ')
print()
print(3 in {5, 1, 3, 9}, 4 not in {5, 1, 3, 9})
