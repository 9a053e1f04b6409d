# Is `x += 1` atomic?
# Several threads increment one global without a lock, then with one. `counter += step()`
# reads the counter, calls a function, and writes it back: a thread switch can fall between the
# read and the write (a call is a switch point), so updates are lost — in the GIL build too,
# as in CPython. With the lock the count is exact. In the free-threaded build even a plain
# `counter += 1` loses updates, since threads really run at the same time.
#   gilt examples/threads/racy_increment.py
import sys
import threading

N, THREADS = 200_000, 4
counter = 0
lock = threading.Lock()

def step():
    return 1

def unsafe():
    global counter
    for _ in range(N):
        counter += step()

def safe():
    global counter
    for _ in range(N):
        with lock:
            counter += 1

sys.setswitchinterval(1e-6)  # switch often, to make the race easy to see
for name, fn in (("without a lock", unsafe), ("with a lock", safe)):
    counter = 0
    threads = [threading.Thread(target=fn) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{name}: {counter} of {N * THREADS} ({N * THREADS - counter} lost)")
