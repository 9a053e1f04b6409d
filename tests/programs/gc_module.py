# The gc module's controls.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), all(n >= 0 for n in gc.get_count()))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.is_tracked(1), gc.is_tracked("text"), gc.is_tracked(2.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}))
print(gc.is_tracked(([],)))


class A:
    pass


print(gc.is_tracked(A()), gc.is_tracked(A))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)

calls = []


def cb(phase, info):
    calls.append((phase, info["generation"], sorted(info)))


gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(calls)
print(gc.garbage)

marker = A()
print(any(o is marker for o in gc.get_objects()))
lst = [marker]
print(marker in gc.get_referents(lst))
print(any(r is lst for r in gc.get_referrers(marker)))

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
print(gc.collect())
print(len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.get_debug())
