# Threads make and drop cycles while collections run, automatic ones and gc.collect() from
# every thread: no crash, no live object lost (each thread checks what it kept).
import gc
import threading


class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
        self.items = [v, self]


def work(tid, out):
    keep = []
    for i in range(20000):
        a = Node(i)
        b = Node(-i)
        a.other, b.other = b, a
        d = {"a": a, "self": None}
        d["self"] = d
        if i % 100 == 0:
            keep.append(a)
        if i % 2500 == 0:
            gc.collect()
    total = 0
    for a in keep:
        assert a.other.other is a and a.items[1] is a
        total += a.v + a.other.v + len(a.items)
    out[tid] = (len(keep), total)


out = {}
threads = [threading.Thread(target=work, args=(t, out)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out.items()))
print(gc.collect() >= 0)
