# zip(strict=True): a ValueError naming the shorter or longer argument.
def z(*args):
    try:
        return list(zip(*args, strict=True))
    except ValueError as e:
        return 'ValueError: ' + str(e)
print(z('a', 'xyz'))
print(z('abc', 'x'))
print(z('ab', 'xy', 'pqr'))
print(z('ab', 'xy', 'p'))
print(z('ab', 'xy'))
print(z())
print(list(zip('abc', 'x', strict=False)))
it = zip([1, 2], iter([3, 4, 5]), strict=True)
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print('ValueError', e)
