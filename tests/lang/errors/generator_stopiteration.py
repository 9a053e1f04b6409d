# StopIteration escaping a generator body becomes a RuntimeError.
def pairs(items):
    it = iter(items)
    for a in it:
        b = next(it)
        yield a, b


print(list(pairs([1, 2, 3, 4])))
print(list(pairs([1, 2, 3])))
