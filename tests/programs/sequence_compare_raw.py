# Ordering two tuples or lists gives what comparing their first differing items gave, itself
class C:
    def __init__(self, r):
        self.r = r
    def __lt__(self, other):
        return self.r
print((C(1),) < (2,), [C('yes')] < [2], (C(None),) < (2,))
class D:
    def __init__(self, r):
        self.r = r
    def __lt__(self, other):
        return self.r
    def __gt__(self, other):
        return [self.r]
    def __le__(self, other):
        return 'le'
    def __eq__(self, other):
        return False
print([1, D(0)] < [1, 2], ((1, D('x')),) < ((1, 2),), [D(3)] > [D(4)], (D(5),) <= (1,))
print((1, 2) < (1, 2, 3), [1, 2] >= [1], (1, 'a') < (1, 'b'), [] < [], (D(7),) < (D(8),))
l = [(D(9),), (D(10),)]
print(sorted([(2,), (1,)]), max([1, 2], [1, 3]))
