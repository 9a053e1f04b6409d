# threading.local: every thread sees only its own attributes.
import threading

data = threading.local()
data.value = "main"
data.items = [0]

NTHREADS = 8
barrier = threading.Barrier(NTHREADS)
report = [None] * NTHREADS


def worker(tid):
    had_value = hasattr(data, "value")
    data.value = tid
    data.items = []
    for i in range(100):
        data.items.append(tid)
    # Wait until every thread has written its own values before reading back.
    barrier.wait()
    report[tid] = (had_value, data.value, len(data.items), sum(data.items))


threads = [threading.Thread(target=worker, args=(tid,)) for tid in range(NTHREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("main still sees", data.value, data.items)
for tid in range(NTHREADS):
    print(tid, report[tid])

# Deleting an attribute in a thread affects only that thread.
state = threading.local()
state.flag = True
seen = []


def deleter():
    state.flag = False
    del state.flag
    seen.append(hasattr(state, "flag"))
    try:
        state.flag
    except AttributeError:
        seen.append("AttributeError")


t = threading.Thread(target=deleter)
t.start()
t.join()
print("thread after del", seen, "main", state.flag)

# A subclass of local with defaults set in __init__, run once per thread.
class Context(threading.local):
    def __init__(self):
        self.depth = 0
        self.name = threading.current_thread().name


ctx = Context()
names = []
nlock = threading.Lock()


def use_ctx():
    ctx.depth += 1
    ctx.depth += 1
    with nlock:
        names.append((ctx.name, ctx.depth))


threads = [threading.Thread(target=use_ctx, name="ctx-%d" % i) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("contexts", sorted(names))
print("main context", ctx.name, ctx.depth)
