# Finalizers and callbacks that collect, resurrect many objects, raise (SystemExit too) or
# run in a generator's finally; freeze around a collection; a 100,000-deep tuple chain.
import gc, weakref, sys
class A:
    def __del__(self):
        gc.collect()
        print("del A")
a = A(); a.me = a
del a
print(gc.collect())
class B:
    def __del__(self):
        B.objs.append(self)
B.objs = []
for i in range(1000):
    b = B(); b.me = b
del b
gc.collect()
print(len(B.objs))
B.objs = None
gc.collect()
class C: pass
def cb(w): raise RuntimeError("cb")
c = C(); r = weakref.ref(c, cb); del c
print("after cb")
l = gc.get_objects()
print(len(gc.get_referrers(*l[:50])) >= 0)
del l
gc.freeze(); print(gc.collect() >= 0); gc.unfreeze()
def g():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
x = g(); next(x); del x
print("after gen")
class E:
    def __del__(self):
        raise SystemExit(3)
E(); print("E ok")
t = ()
for i in range(100000):
    t = (t, [])
del t
print(gc.collect() >= 0)
s = set(); fs = frozenset([C()])
w = weakref.WeakSet([C() for _ in range(3)])
print(len(w))
print("end")
