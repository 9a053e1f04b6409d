# Producers and consumers connected by a Queue, stopped with sentinel values.
# Every item must be consumed exactly once.
import threading
import queue

NPRODUCERS = 4
NCONSUMERS = 3
PER_PRODUCER = 2500
STOP = None

q = queue.Queue()
results = [None] * NCONSUMERS


def producer(pid):
    for i in range(PER_PRODUCER):
        q.put(pid * PER_PRODUCER + i)


def consumer(cid):
    count = 0
    total = 0
    squares = 0
    while True:
        item = q.get()
        if item is STOP:
            break
        count += 1
        total += item
        squares += item * item
    results[cid] = (count, total, squares)


consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(NCONSUMERS)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(NPRODUCERS)]
for t in consumers:
    t.start()
for t in producers:
    t.start()
for t in producers:
    t.join()
for c in range(NCONSUMERS):
    q.put(STOP)
for t in consumers:
    t.join()

n = NPRODUCERS * PER_PRODUCER
count = sum([r[0] for r in results])
total = sum([r[1] for r in results])
squares = sum([r[2] for r in results])
print("count", count, count == n)
print("sum", total, total == n * (n - 1) // 2)
print("sum of squares", squares, squares == (n - 1) * n * (2 * n - 1) // 6)
print("queue empty", q.empty(), q.qsize())

# A bounded queue forces producers to block while consumers catch up.
bq = queue.Queue(maxsize=4)
received = []
lock = threading.Lock()


def slow_consumer():
    while True:
        item = bq.get()
        if item == "stop":
            return
        with lock:
            received.append(item)


def bounded_producer(tag):
    for i in range(300):
        bq.put((tag, i))


cons = [threading.Thread(target=slow_consumer) for i in range(2)]
prods = [threading.Thread(target=bounded_producer, args=(tag,)) for tag in "xyz"]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
bq.put("stop")
bq.put("stop")
for t in cons:
    t.join()
print("bounded received", len(received))
print("bounded exact", sorted(received) == sorted([(tag, i) for tag in "xyz" for i in range(300)]))

# A pipeline: stage 1 squares, stage 2 adds one, main thread collects.
q1 = queue.Queue()
q2 = queue.Queue()
q3 = queue.Queue()


def stage(src, dst, fn):
    while True:
        item = src.get()
        if item is STOP:
            dst.put(STOP)
            return
        dst.put(fn(item))


s1 = threading.Thread(target=stage, args=(q1, q2, lambda x: x * x))
s2 = threading.Thread(target=stage, args=(q2, q3, lambda x: x + 1))
s1.start()
s2.start()
for i in range(100):
    q1.put(i)
q1.put(STOP)
out = []
while True:
    item = q3.get()
    if item is STOP:
        break
    out.append(item)
s1.join()
s2.join()
print("pipeline", out[:5], out[-1], len(out), sum(out))
