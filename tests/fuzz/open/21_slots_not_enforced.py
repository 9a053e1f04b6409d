# CPython: AttributeError 'S' object has no attribute 'c' / False   Gilt: set c / True
class S:
    __slots__ = ('a',)
s = S()
try:
    s.c = 1
    print('set c')
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(s, '__dict__'))
