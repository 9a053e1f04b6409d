# CPython: 1 yes None   Gilt: True True False   (tuple/list ordering returns the items' __lt__ result itself, not bool() of it)
class C:
    def __init__(self, r):
        self.r = r
    def __lt__(self, other):
        return self.r
print((C(1),) < (2,), [C('yes')] < [2], (C(None),) < (2,))
