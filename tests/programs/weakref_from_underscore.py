from _weakref import proxy, ref, getweakrefcount, getweakrefs, ReferenceType, ProxyType, CallableProxyType
import gc
class T:
    def __init__(self): self.x = 1
    def m(self): return 42
    def __call__(self, a): return a * 2
t = T()
p = proxy(t)
print(p.x, p.m(), p(4), type(p) is CallableProxyType)
r = ref(t)
print(r() is t, ReferenceType is ref, getweakrefcount(t) >= 1)
del t
gc.collect()
print(r())
try:
    p.x
except ReferenceError as e:
    print(type(e).__name__, e)
import weakref
print(weakref.proxy is proxy, weakref.ref is ref, weakref.ProxyType is ProxyType)
import _weakref
print(_weakref.proxy is weakref.proxy, _weakref.ref is weakref.ref)
