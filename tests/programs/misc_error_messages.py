# Error messages: str % never calls __rmod__, __len__ overflow, __str__ via a bad __repr__, `in` on a
# non-iterable, min/max/sorted keywords, and method arity wording (list.append() takes ...).
class Num:
    def __rmod__(self, other):
        return 'rmod'
    def __repr__(self):
        return 'Num()'
try:
    print('s' % Num())
except TypeError as e:
    print('TypeError', e)
print('%s' % Num(), '%r|%s' % (Num(), Num()))
class S(str):
    def __rmod__(self, other):
        return 'S.rmod'
print('%s' % S('x'))
class Big:
    def __len__(self):
        return 2 ** 70
class Neg:
    def __len__(self):
        return -2 ** 70
class Minus:
    def __len__(self):
        return -1
for f in (len, bool):
    for c in (Big, Neg, Minus):
        try:
            print(f(c()))
        except Exception as e:
            print(type(e).__name__, e)
class Bad:
    def __repr__(self):
        return None
for f in (str, repr, lambda x: '%s' % x, lambda x: f'{x}', lambda x: str([x])):
    try:
        f(Bad())
    except TypeError as e:
        print(e)
class C:
    pass
class G:
    def __iter__(self):
        raise TypeError('inner')
for f in (lambda: 1 in C(), lambda: 1 not in C(), lambda: 1 in G(), lambda: 1 in 5):
    try:
        f()
    except TypeError as e:
        print(e)
for f in (lambda: max(2, 3, base=1), lambda: max(base=1), lambda: min(), lambda: sorted([1], reversed=True),
          lambda: sorted([1], key=None, reverse=1, x=1), lambda: [].sort(1), lambda: [].sort(cmp=1),
          lambda: max([1], key=None, default=0, x=1), lambda: sorted()):
    try:
        f()
    except TypeError as e:
        print(e)
print(max([], default=7), sorted([3, 1], reverse=True))
for f in (lambda: [].append(1, 2), lambda: [].append(), lambda: [].clear(1), lambda: [].insert(1),
          lambda: [].index(), lambda: [].pop(1, 2), lambda: {}.keys(1), lambda: {}.get(), lambda: set().add(),
          lambda: set().pop(1), lambda: ''.join(), lambda: ''.upper(1), lambda: ''.find(),
          lambda: ''.split(1, 2, 3), lambda: ''.replace(1), lambda: ''.casefold(1), lambda: (1).bit_length(1),
          lambda: frozenset().copy(1), lambda: ().count(), lambda: [].__len__(1), lambda: {}.__setitem__(1)):
    try:
        f()
    except TypeError as e:
        print(e)
