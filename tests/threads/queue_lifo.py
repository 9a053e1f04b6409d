# LifoQueue returns the most recently added item first; Queue is FIFO.
import threading
import queue

lq = queue.LifoQueue()
for i in range(6):
    lq.put(i)
print("qsize", lq.qsize())
out = []
while not lq.empty():
    out.append(lq.get())
print("lifo order", out)

fq = queue.Queue()
for word in ["a", "b", "c", "d"]:
    fq.put(word)
print("fifo order", [fq.get() for i in range(4)])

# Interleaved puts and gets.
lq.put("x")
lq.put("y")
print("get", lq.get())
lq.put("z")
print("get", lq.get(), lq.get())
print("empty", lq.empty())

# A bounded LifoQueue filled from another thread.
bounded = queue.LifoQueue(maxsize=3)
done = threading.Event()


def fill():
    for i in range(3):
        bounded.put(i * 10)
    done.set()


t = threading.Thread(target=fill)
t.start()
done.wait()
t.join()
print("bounded lifo", [bounded.get(), bounded.get(), bounded.get()])
try:
    bounded.get(block=False)
except queue.Empty:
    print("bounded lifo now empty")

# Several threads push into one LifoQueue; every item comes back once.
shared = queue.LifoQueue()


def pusher(tid):
    for i in range(200):
        shared.put(tid * 1000 + i)


threads = [threading.Thread(target=pusher, args=(tid,)) for tid in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
items = []
while not shared.empty():
    items.append(shared.get())
print("shared lifo count", len(items))
print("shared lifo exact", sorted(items) == sorted([t * 1000 + i for t in range(6) for i in range(200)]))
# Per pusher, its items come back newest first.
newest_first = True
for tid in range(6):
    mine = [x for x in items if x // 1000 == tid]
    if mine != sorted(mine, reverse=True):
        newest_first = False
print("per pusher newest first", newest_first)
