import fnmatch

pats = ['*', '*.py', '?.txt', '[abc]*', '[!abc]*', '[a-c]x', '[]]', '[!]]', '[', '[!',
        'a[b', '*a*b*c', '**', 'a*', '*a', '[c-a]', '[c-a-z]', '[a-b-c-d]x', '[&~|]',
        '[^a]', '[[]', '[\\]', '[a\\-z]', '[!a-', 'a?b', '[a-]', '[-a]', '[!-]', '[--a]',
        '[!c-a]', '[c-a-b-a]', 'a.b', '(x)', '\n*', '[!]a-]x', '*[!.]*']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.py', 'b.txt', 'x.txt', 'abc', 'zeta', ']', '!', 'ax', 'bx', 'dx', '-', 'a\nb',
         '[', 'a[b', 'aXbYc', 'A.PY', '.hidden', '', '^x', 'a-b', '\\', '&']
for p in pats:
    print(repr(p), fnmatch.filter(names, p))

print(fnmatch.fnmatch('foo.PY', '*.py'), fnmatch.fnmatchcase('foo.PY', '*.PY'))
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('ab\n', 'ab'))
print(fnmatch.fnmatch(b'abc.py', b'*.py'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
print(fnmatch.fnmatchcase(b'\xe9', b'[\xe0-\xef]'))
print(fnmatch.fnmatch('caf\xe9', 'caf[\xe0-\xef]'))

for args in [(1, 'a'), ('a', 1), ('a', b'a')]:
    try:
        print(fnmatch.fnmatch(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    fnmatch.fnmatchcase(1, 'a')
except Exception as e:
    print(type(e).__name__, e)
try:
    fnmatch.translate(None)
except Exception as e:
    print(type(e).__name__, e)
print(sorted(fnmatch.__all__))
