# A generator running in one thread cannot be resumed by another: CPython raises
# ValueError("generator already executing"), in both builds. Also, a shared generator drained
# by several threads under a lock hands out every item exactly once.
import threading

inside = threading.Event()
release = False


def slow():
    while True:
        inside.set()
        while not release:
            pass
        yield 1


g = slow()
t = threading.Thread(target=next, args=(g,))
t.start()
inside.wait()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
try:
    g.send(None)
except ValueError as e:
    print("ValueError:", e)
release = True
t.join()
print("resumed after:", next(g))


def numbers(n):
    for i in range(n):
        yield i


shared = numbers(20000)
lock = threading.Lock()
got = [[] for _ in range(4)]


def drain(out):
    while True:
        with lock:
            x = next(shared, None)
        if x is None:
            return
        out.append(x)


threads = [threading.Thread(target=drain, args=(got[i],)) for i in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
items = sorted(x for out in got for x in out)
print("every item once:", items == list(range(20000)))
