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
class CI:
    def __init__(self, x): self.x = x
    def __index__(self): return self.x
c = [0, 1, 2, 3]
print(c[CI(1):CI(3)], "abcd"[CI(1):CI(3)], (0, 1, 2, 3)[CI(1):], b"abcd"[CI(2):], c[::CI(2)])
c[CI(0):CI(2)] = ["a", "b"]; print(c)
del c[CI(1):CI(3)]; print(c)
class NoIdx: pass
try: c[NoIdx():]
except TypeError as e: print(e)
import array
print(bytearray(b"xyz")[CI(1):], range(10)[CI(2):CI(5)])
