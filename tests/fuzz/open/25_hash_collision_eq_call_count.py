# CPython: 'eq' printed 13 times, then 2   Gilt: 'eq' printed once, then 2
# (hash -1 becomes -2, the same as hash(-1); CPython's open-addressing probe revisits the occupied slot while the perturbation decays, comparing each time)
class H:
    def __hash__(self):
        return -1
    def __eq__(self, other):
        print('eq')
        return False
s = {-1}
s.add(H())
print(len(s))
