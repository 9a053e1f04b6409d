# A counter incremented under a Lock must reach the exact total, both with
# explicit acquire/release and with `with lock:`. Also checks the Lock API.
import threading

NTHREADS = 8
PER_THREAD = 5000
lock = threading.Lock()
counter = 0


def inc_explicit():
    global counter
    for i in range(PER_THREAD):
        lock.acquire()
        counter += 1
        lock.release()


def inc_with():
    global counter
    for i in range(PER_THREAD):
        with lock:
            counter += 1


threads = []
for i in range(NTHREADS):
    if i % 2 == 0:
        threads.append(threading.Thread(target=inc_explicit))
    else:
        threads.append(threading.Thread(target=inc_with))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, counter == NTHREADS * PER_THREAD)


# A shared object's attribute and a dict entry updated under the lock.
class Totals:
    def __init__(self):
        self.hits = 0
        self.by_name = {"a": 0, "b": 0}


totals = Totals()


def account(name):
    for i in range(2000):
        with lock:
            totals.hits += 1
            totals.by_name[name] += 2


threads = [threading.Thread(target=account, args=("ab"[i % 2],)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("hits", totals.hits, "by name", totals.by_name)

# The Lock API.
m = threading.Lock()
print("locked before", m.locked())
print("acquire", m.acquire())
print("locked after", m.locked())
print("non-blocking while held", m.acquire(False))
print("blocking=False keyword", m.acquire(blocking=False))
print("timeout while held", m.acquire(timeout=0.05))
m.release()
print("locked after release", m.locked())
try:
    m.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with m:
    print("inside with", m.locked())
print("after with", m.locked())

# Another thread cannot take a lock we hold; it gets it once we release.
results = []
tried = threading.Event()
m.acquire()


def try_take():
    results.append(m.acquire(blocking=False))
    tried.set()
    results.append(m.acquire(timeout=5))
    m.release()


t = threading.Thread(target=try_take)
t.start()
tried.wait()
m.release()
t.join()
print("other thread", results, "locked", m.locked())

# A lock released by a different thread than the one that acquired it.
handoff = threading.Lock()
handoff.acquire()
t = threading.Thread(target=handoff.release)
t.start()
t.join()
print("released by another thread", handoff.locked())
