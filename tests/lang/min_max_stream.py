# min() and max() walk one iterable item by item, as CPython does: the key function and the
# generator take turns, and an error raised while iterating keeps its own message.
log = []


def gen():
    for i in [3, 1, 4, 1, 5]:
        log.append(('yield', i))
        yield i


def key(v):
    log.append(('key', v))
    return -v


print(max(gen(), key=key))
print(log)


def bad():
    yield 1
    raise TypeError('from inside the generator')


try:
    min(bad())
except TypeError as e:
    print('TypeError:', e)

print(max(x * x % 17 for x in range(1000)), min(range(5, 0, -1)), max('spam'))
print(min([], default='empty'), max([[2], [1, 5]]), min(3, 2, 8, key=lambda v: v % 3))
