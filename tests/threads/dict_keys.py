# Several threads write distinct keys into one shared dict, and a shared set,
# then each thread reads its own keys back. Single dict/set operations are
# atomic, so every key must be present exactly once with the right value.
import threading

NTHREADS = 12
PER_THREAD = 1500
table = {}
seen = set()
readback_ok = [False] * NTHREADS


def writer(tid):
    for i in range(PER_THREAD):
        key = "t%d-%d" % (tid, i)
        table[key] = tid * 100000 + i
        seen.add(tid * PER_THREAD + i)
    ok = True
    for i in range(PER_THREAD):
        if table["t%d-%d" % (tid, i)] != tid * 100000 + i:
            ok = False
    readback_ok[tid] = ok


threads = [threading.Thread(target=writer, args=(tid,)) for tid in range(NTHREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("keys", len(table), len(table) == NTHREADS * PER_THREAD)
print("set size", len(seen), seen == set(range(NTHREADS * PER_THREAD)))
print("readback", readback_ok)
total = 0
for key in table:
    total += table[key]
print("value sum", total)
by_thread = {}
for key in sorted(table):
    tid = int(key[1:key.index("-")])
    by_thread[tid] = by_thread.get(tid, 0) + 1
print("per thread", sorted(by_thread.values()) == [PER_THREAD] * NTHREADS)

# Concurrent updates to distinct keys of a pre-filled dict, and pops.
slots = {}
for tid in range(NTHREADS):
    slots[tid] = 0


def bumper(tid):
    for i in range(1000):
        slots[tid] = slots[tid] + 1
    slots["done-%d" % tid] = True
    del slots["done-%d" % tid]
    slots.pop(tid + 1000, None)


threads = [threading.Thread(target=bumper, args=(tid,)) for tid in range(NTHREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("slots", sorted(slots.items()))
