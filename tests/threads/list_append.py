# Many threads append to one shared list. list.append is atomic, so no item
# may be lost or duplicated; the order of the items is not checked.
import threading

NTHREADS = 16
PER_THREAD = 2000
shared = []


def worker(tid):
    base = tid * PER_THREAD
    for i in range(PER_THREAD):
        shared.append(base + i)


threads = []
for tid in range(NTHREADS):
    threads.append(threading.Thread(target=worker, args=(tid,)))
for t in threads:
    t.start()
for t in threads:
    t.join()

print("length", len(shared), len(shared) == NTHREADS * PER_THREAD)
ordered = sorted(shared)
print("exact content", ordered == list(range(NTHREADS * PER_THREAD)))
print("no duplicates", len(set(shared)) == len(shared))
print("sum", sum(shared))
print("first and last", ordered[0], ordered[-1])

# Each thread's own items keep their relative order.
in_order = True
for tid in range(NTHREADS):
    mine = [x for x in shared if x // PER_THREAD == tid]
    if mine != list(range(tid * PER_THREAD, (tid + 1) * PER_THREAD)):
        in_order = False
print("per-thread order kept", in_order)

# Appending lists of tuples from threads, then extend from threads.
pairs = []


def pair_worker(tid):
    for i in range(500):
        pairs.append((tid, i))
    pairs.extend([(tid, -1), (tid, -2)])


threads = [threading.Thread(target=pair_worker, args=(tid,)) for tid in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("pairs", len(pairs))
counts = {}
for tid, i in pairs:
    counts[tid] = counts.get(tid, 0) + 1
print("per thread", sorted(counts.items()))
