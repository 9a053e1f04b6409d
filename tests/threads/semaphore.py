# A Semaphore limits how many threads are inside a section at once. The peak
# is tracked under a Lock and must never exceed the limit.
import threading
import time

LIMIT = 3
NTHREADS = 12
sem = threading.Semaphore(LIMIT)
stats_lock = threading.Lock()
stats = {"inside": 0, "peak": 0, "visits": 0, "violations": 0}


def enter_section():
    with stats_lock:
        stats["inside"] += 1
        stats["visits"] += 1
        if stats["inside"] > LIMIT:
            stats["violations"] += 1
        if stats["inside"] > stats["peak"]:
            stats["peak"] = stats["inside"]


def leave_section():
    with stats_lock:
        stats["inside"] -= 1


def worker(i):
    for k in range(4):
        with sem:
            enter_section()
            time.sleep(0.005)
            leave_section()
    # The explicit acquire/release spelling as well.
    sem.acquire()
    enter_section()
    leave_section()
    sem.release()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(NTHREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("visits", stats["visits"])
print("peak within limit", 1 <= stats["peak"] <= LIMIT)
print("violations", stats["violations"])
print("inside at end", stats["inside"])

# Non-blocking and timed acquire on an exhausted semaphore.
s = threading.Semaphore(2)
print("acquire", s.acquire(), s.acquire())
print("acquire(blocking=False)", s.acquire(blocking=False))
print("acquire(timeout=0.05)", s.acquire(timeout=0.05))
s.release()
print("after one release", s.acquire(blocking=False))
s.release()
s.release()
# A plain Semaphore may be released beyond its initial value.
s.release()
print("three available", s.acquire(False), s.acquire(False), s.acquire(False), s.acquire(False))

# Semaphore(0) as a signal: the waiter blocks until another thread releases.
signal = threading.Semaphore(0)
order = []


def signaller():
    order.append("signal")
    signal.release()


t = threading.Thread(target=signaller)
t.start()
print("waiter acquired", signal.acquire(timeout=10))
order.append("after acquire")
t.join()
print("order", order)

# release(n) wakes several waiters at once.
multi = threading.Semaphore(0)
got = []
glock = threading.Lock()


def taker(i):
    if multi.acquire(timeout=10):
        with glock:
            got.append(i)


takers = [threading.Thread(target=taker, args=(i,)) for i in range(4)]
for t in takers:
    t.start()
multi.release(4)
for t in takers:
    t.join()
print("release(4) woke", sorted(got))

try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
