# Four threads take items from one shared range iterator (and one shared list iterator)
# until it is exhausted. Sharing an iterator between threads is not thread-safe in the
# free-threaded build (as in free-threaded CPython): two threads may both get an item.
# What must hold in every build: nothing crashes, every item taken is one of the
# iterator's items, and together the threads take at least all of them.
import threading

N = 20000


def drain(it, out):
    for x in it:
        out.append(x)


for make in (lambda: iter(range(N)), lambda: reversed(range(N)), lambda: iter(list(range(N)))):
    it = make()
    outs = [[] for _ in range(4)]
    threads = [threading.Thread(target=drain, args=(it, outs[i])) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    taken = [x for out in outs for x in out]
    print("items in range:", all(0 <= x < N for x in taken))
    print("all items taken:", len(set(taken)) == N, len(taken) >= N)
    print("exhausted:", next(it, "done"))
