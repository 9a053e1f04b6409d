# CPython: lt 2 / lt 2 / TypeError   Gilt: lt 2 / TypeError   (CPython's list.sort first tries the type's slot directly, then the full comparison, so __lt__ runs twice)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v)
        return NotImplemented
try:
    sorted([Cmp(1), Cmp(2)])
except TypeError:
    print('TypeError')
