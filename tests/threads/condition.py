# Condition: wait_for with a predicate, notify, notify_all, and wait(timeout)
# returning False when nobody notifies.
import threading

cond = threading.Condition()
items = []
taken = []

NCONSUMERS = 4
PER_CONSUMER = 25


def consumer(cid):
    mine = []
    for k in range(PER_CONSUMER):
        with cond:
            cond.wait_for(lambda: len(items) > 0)
            mine.append(items.pop())
    with cond:
        taken.append((cid, len(mine), sum(mine)))


consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(NCONSUMERS)]
for t in consumers:
    t.start()
for i in range(NCONSUMERS * PER_CONSUMER):
    with cond:
        items.append(i)
        cond.notify()
for t in consumers:
    t.join()
print("each took", sorted([n for c, n, s in taken]))
print("total", sum([s for c, n, s in taken]), sum(range(NCONSUMERS * PER_CONSUMER)))
print("left", items)

# notify_all wakes every thread waiting for the state to change.
state = {"phase": 0}
woken = []


def watcher(i):
    with cond:
        ok = cond.wait_for(lambda: state["phase"] == 1, timeout=10)
        woken.append((i, ok))


ready_count = [0]
ready = threading.Condition()


def counted_watcher(i):
    with ready:
        ready_count[0] += 1
        ready.notify_all()
    watcher(i)


watchers = [threading.Thread(target=counted_watcher, args=(i,)) for i in range(6)]
for t in watchers:
    t.start()
with ready:
    ready.wait_for(lambda: ready_count[0] == 6)
with cond:
    state["phase"] = 1
    cond.notify_all()
for t in watchers:
    t.join()
print("notify_all woke", sorted(woken))

# wait(timeout) without a notify returns False; wait_for with a false
# predicate returns the predicate's (false) value after the timeout.
with cond:
    print("wait(0.05)", cond.wait(0.05))
    print("wait_for(false, 0.05)", cond.wait_for(lambda: False, timeout=0.05))
    print("wait_for(true)", cond.wait_for(lambda: "already", timeout=0.05))

# wait() outside the lock is an error.
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# A Condition built on an explicit Lock, used as a one-slot mailbox.
lock = threading.Lock()
box_cond = threading.Condition(lock)
box = []
received = []


def receiver():
    for i in range(10):
        with box_cond:
            while not box:
                box_cond.wait()
            received.append(box.pop())
            box_cond.notify()


t = threading.Thread(target=receiver)
t.start()
for i in range(10):
    with box_cond:
        while box:
            box_cond.wait()
        box.append(i * i)
        box_cond.notify()
t.join()
print("mailbox", received)

# notify(n) wakes at most n waiters; the rest time out.
counter = {"tickets": 0}
results = []
gate = threading.Condition()
arrived = [0]


def ticket_holder(i):
    with gate:
        arrived[0] += 1
        gate.notify_all()
        got = gate.wait_for(lambda: counter["tickets"] > 0, timeout=0.5)
        if got:
            counter["tickets"] -= 1
        results.append(bool(got))


holders = [threading.Thread(target=ticket_holder, args=(i,)) for i in range(5)]
for t in holders:
    t.start()
with gate:
    gate.wait_for(lambda: arrived[0] == 5)
    counter["tickets"] = 2
    gate.notify(2)
for t in holders:
    t.join()
print("tickets used", results.count(True), "timed out", results.count(False))
