# Queue.get with a timeout raises queue.Empty, a full bounded Queue raises
# queue.Full for non-blocking or timed puts, and blocked calls wake up.
import threading
import time
import queue

q = queue.Queue()
t0 = time.monotonic()
try:
    q.get(timeout=0.1)
    print("got something?")
except queue.Empty as e:
    print("get(timeout) raised", type(e).__name__)
waited = time.monotonic() - t0
print("waited at least the timeout", waited >= 0.09)
print("did not wait far too long", waited < 3.0)

try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False) raised Empty")
try:
    q.get(False)
except queue.Empty:
    print("get(False) raised Empty")

full = queue.Queue(maxsize=2)
full.put(1)
full.put(2, block=False)
print("qsize", full.qsize(), "empty", full.empty())
try:
    full.put(3, block=False)
except queue.Full as e:
    print("put(block=False) raised", type(e).__name__)
t0 = time.monotonic()
try:
    full.put(3, timeout=0.1)
except queue.Full:
    print("put(timeout) raised Full")
print("put waited", time.monotonic() - t0 >= 0.09)
print("items", full.get(), full.get())
print("exceptions are distinct", queue.Empty is not queue.Full)
try:
    queue.Queue().get(block=False)
except Exception as e:
    print("Empty is an Exception", isinstance(e, queue.Empty))

# A blocked get() is woken by a put() from another thread.
box = queue.Queue()
got = []


def waiter():
    got.append(box.get(timeout=10))


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.05)
box.put("hello")
t.join()
print("woken get", got)

# A blocked put() on a full queue is woken by a get() from another thread.
tiny = queue.Queue(maxsize=1)
tiny.put("first")
put_done = threading.Event()


def blocked_putter():
    tiny.put("second", timeout=10)
    put_done.set()


t = threading.Thread(target=blocked_putter)
t.start()
print("putter blocked", put_done.wait(0.05) is False)
print("get", tiny.get())
t.join()
print("putter finished", put_done.is_set())
print("get", tiny.get())

# Consumers polling with a short timeout stop once producers are done.
work = queue.Queue()
producers_done = threading.Event()
consumed = []
clock = threading.Lock()


def poller():
    while True:
        try:
            item = work.get(timeout=0.02)
        except queue.Empty:
            if producers_done.is_set() and work.empty():
                return
            continue
        with clock:
            consumed.append(item)


pollers = [threading.Thread(target=poller) for i in range(3)]
for t in pollers:
    t.start()
for i in range(300):
    work.put(i)
    if i % 100 == 0:
        time.sleep(0.03)
producers_done.set()
for t in pollers:
    t.join()
print("polled", len(consumed), sorted(consumed) == list(range(300)))
