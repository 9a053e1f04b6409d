# Queue.join() returns once task_done() was called for every item put.
import threading
import queue

q = queue.Queue()
lock = threading.Lock()
processed = []


def worker(wid):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            processed.append(item * 2)
        q.task_done()


workers = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for t in workers:
    t.start()

for batch in range(3):
    for i in range(100):
        q.put(batch * 100 + i)
    q.join()
    # Everything put so far has been processed when join() returns.
    with lock:
        n = len(processed)
    print("batch", batch, "processed", n)

for t in workers:
    q.put(None)
q.join()
for t in workers:
    t.join()
print("sum", sum(processed), sum(processed) == 2 * sum(range(300)))
print("empty", q.empty())

# join() on a queue with no unfinished tasks returns at once.
idle = queue.Queue()
idle.join()
print("idle join returned")

# Too many task_done() calls raise ValueError.
extra = queue.Queue()
extra.put("a")
extra.get()
extra.task_done()
try:
    extra.task_done()
except ValueError as e:
    print("ValueError:", e)

# Items put by one thread, processed by another, joined by a third.
chain = queue.Queue()
log = []


def handler():
    for i in range(5):
        item = chain.get()
        log.append(item)
        chain.task_done()


def joiner():
    chain.join()
    log.append("joined")


h = threading.Thread(target=handler)
h.start()
for i in range(5):
    chain.put("item%d" % i)
j = threading.Thread(target=joiner)
j.start()
j.join()
h.join()
print("chain", log)
