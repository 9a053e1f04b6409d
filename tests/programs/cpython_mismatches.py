# Details where Gilt differed from CPython, found by test scripts written for other
# implementations.
class MyObject: pass
o = MyObject()
print(MyObject().__eq__(MyObject()), MyObject().__ne__(MyObject()), o.__ne__(o))
class E:
    def __eq__(self, other): return "yes"
print(E().__ne__(1))
print(str.__rmod__('%i', 30), bytes.__rmod__(b'%d', 3), (5).__rmod__(3), (2.5).__rmod__(7))
class H:
    def __init__(self, s): self.s = s
    def __hash__(self): return 1
    def __repr__(self): return repr(self.s)
r = set(); r.add(H(r)); print(repr(r))
f = frozenset([H(r)]); print(repr(f))
