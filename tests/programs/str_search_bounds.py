# str.find/count/startswith/... and list/tuple.index: start past the end, huge and bad start/end arguments.
s = 'abc'
print(s.find('', 3), s.find('', 4), s.rfind('', 4), s.count('', 3), s.count('', 4))
print(s.startswith('', 3), s.startswith('', 4), s.endswith('', 4), s.startswith(('', 'a'), 4))
print(s.find('', 2, 1), s.count('', 2, 1), s.find('', -10), s.count('', -10), s.rfind('', 1, -1))
for m in (s.index, s.rindex):
    try:
        m('', 4)
    except ValueError as e:
        print('ValueError', e)
B = 10**20
print(s.find('a', -B), s.rfind('a', 0, B), s.index('a', -B, B), s.count('a', -B))
print(s.startswith('a', -B), s.endswith('c', 0, B), s.find('c', B), s.count('', B), s.count('', -B, -B))
print([1, 2, 3].index(1, -B, B), (1, 2, 3).index(3, 2, B), [1, 2, 3].index(3, -B))
for f in [lambda: s.find('a', 'x'), lambda: s.count('a', 1.0), lambda: s.startswith('a', []),
          lambda: [1].index(1, None), lambda: (1,).index(1, 0, 'x'), lambda: [1].index(1, B),
          lambda: ''.find(), lambda: ''.split(1, 2, 3), lambda: ''.count('a', 1, 2, 3)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(s.find('b', None, None), s.count('b', None), s.endswith('b', None, -1))
