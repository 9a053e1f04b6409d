# weakref: ref with callbacks, proxy, WeakMethod, the weak containers, finalize; weak
# references die before their object is freed, callbacks run after.
import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return "A(%d)" % self.n
    def meth(self): return self.n
a = A(1)
r = weakref.ref(a)
print(r() is a, r() , weakref.getweakrefcount(a))
r2 = weakref.ref(a)
print(r2 is r, weakref.getweakrefcount(a))
def cb(wr):
    print("callback", wr is rc, wr())
rc = weakref.ref(a, cb)
print(weakref.getweakrefcount(a), rc.__callback__ is cb)
del a
print("after del", r(), rc())
b = A(2); b.self = b
rb = weakref.ref(b, lambda w: print("cycle callback", w() is None))
del b
print("collect", gc.collect())
print(rb())
try:
    weakref.ref([])
except TypeError as e:
    print(e)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
c = A(3)
p = weakref.proxy(c)
print(p.n, p.meth())
p.n = 5
print(c.n)
del c
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)
d = weakref.WeakValueDictionary()
x, y = A(10), A(11)
d["x"] = x; d["y"] = y
print(len(d), sorted(d.keys()), d["x"])
del x
print(len(d), list(d.keys()), "x" in d)
k = weakref.WeakKeyDictionary()
kk = A(20)
k[kk] = "v"
print(len(k), k[kk])
del kk
print(len(k))
s = weakref.WeakSet()
e1, e2 = A(30), A(31)
s.add(e1); s.add(e2)
print(len(s), e1 in s)
del e1
print(len(s))
f = A(40)
fin = weakref.finalize(f, print, "finalized", 40)
print(fin.alive)
del f
print(fin.alive)
g = A(50)
wm = weakref.WeakMethod(g.meth)
print(wm()())
del g
print(wm())
def func(): pass
print(weakref.ref(func)() is func)
print(type(weakref.ref(A(1))) is weakref.ReferenceType)
h = A(60)
rh = weakref.ref(h)
print(hash(rh) == hash(h), rh == weakref.ref(h))
