# Threads add attributes to the same shared instances through the same attribute sites, in
# different orders, so instances change shape under each other's feet; some also delete an
# attribute (the instance then keeps a dict of its own). Every attribute a thread set must
# be there, with its value, at the end.
import threading


class Node:
    def __init__(self, i):
        self.i = i


N = 4
nodes = [Node(i) for i in range(64)]
start = threading.Barrier(N)


def setter(t):
    start.wait()
    for r in range(200):
        for k in range(len(nodes)):
            n = nodes[(k * (2 * t + 1)) % len(nodes)]
            if t == 0:
                n.a = r
                n.b = n.i
            elif t == 1:
                n.b = n.i
                n.c = r
            elif t == 2:
                n.c = r
                n.a = r
            else:
                n.d = n.i * 2
                if r % 50 == 0 and k % 8 == 0:
                    del n.d
                    n.d = n.i * 2
            n.i + n.b if hasattr(n, "b") else 0


threads = [threading.Thread(target=setter, args=(t,)) for t in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()

print(all(n.a == 199 and n.c == 199 for n in nodes))
print(all(n.b == n.i and n.d == 2 * n.i for n in nodes))
print(sorted(set(len(vars(n)) for n in nodes)), sum(n.i for n in nodes))
