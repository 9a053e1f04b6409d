# Event: set/clear/is_set, wait() with and without a timeout, and several
# waiters released by one set().
import threading
import time

e = threading.Event()
print("initially set", e.is_set())
t0 = time.monotonic()
print("wait(0.1) on unset event", e.wait(0.1))
print("waited", time.monotonic() - t0 >= 0.09)
print("wait(timeout=0) on unset event", e.wait(timeout=0))
e.set()
print("after set", e.is_set())
print("wait() on set event", e.wait())
print("wait(0.1) on set event", e.wait(0.1))
e.clear()
print("after clear", e.is_set())

# One set() releases every waiter.
go = threading.Event()
ready = []
woke = []
lock = threading.Lock()
all_ready = threading.Event()
NWAITERS = 8


def waiter(i):
    with lock:
        ready.append(i)
        if len(ready) == NWAITERS:
            all_ready.set()
    r = go.wait(10)
    with lock:
        woke.append((i, r))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(NWAITERS)]
for t in threads:
    t.start()
all_ready.wait()
print("woken before set", len(woke))
go.set()
for t in threads:
    t.join()
print("woke", sorted(woke))

# Ping-pong between two threads with two events: strict alternation.
ping = threading.Event()
pong = threading.Event()
trace = []


def pinger():
    for i in range(5):
        trace.append("ping%d" % i)
        pong.clear()
        ping.set()
        pong.wait()


def ponger():
    for i in range(5):
        ping.wait()
        ping.clear()
        trace.append("pong%d" % i)
        pong.set()


a = threading.Thread(target=pinger)
b = threading.Thread(target=ponger)
b.start()
a.start()
a.join()
b.join()
print("trace", trace)

# wait(timeout) returns True when another thread sets the event in time.
late = threading.Event()


def setter():
    time.sleep(0.05)
    late.set()


t = threading.Thread(target=setter)
t.start()
print("wait(5) returns after set", late.wait(5))
t.join()
