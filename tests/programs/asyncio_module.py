# asyncio: event loop, tasks, futures, gather/wait/wait_for/as_completed/shield,
# timeout, TaskGroup, queues, locks, async with/async for, generator-based coroutines.
import asyncio
import types

co = types.coroutine
U = 0.03  # time unit for the timed sections (gaps of 2 units or more)


async def worker(name, delay, log):
    print("start", name)
    await asyncio.sleep(delay)
    log.append(name)
    print("end", name)
    return name.upper()

async def basics():
    log = []
    t1 = asyncio.create_task(worker("a", 4 * U, log))
    t2 = asyncio.create_task(worker("b", U, log), name="bee")
    print(t1.get_name(), t2.get_name(), t1.done())
    r = await asyncio.gather(t1, t2, worker("c", 0, log))
    print(r, log)
    print(t1.done(), t1.result(), t1.cancelled(), t1.exception())
    x = await asyncio.sleep(0, "val")
    print("sleep result", x)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    loop.call_soon(fut.set_result, 42)
    print((await fut), repr(fut))
    fut2 = loop.create_future()
    loop.call_later(U, fut2.set_exception, ValueError("bad"))
    try:
        await fut2
    except ValueError as e:
        print("caught", repr(e), repr(fut2))
    try:
        fut2.set_result(1)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    f3 = loop.create_future()
    try:
        f3.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        f3.exception()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    print(f3.cancel("why"), f3.cancel(), f3.cancelled(), repr(f3))
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("cancelled", repr(e))
    # cancel a task
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print("sleeper cancelled", e.args)
            raise
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited cancelled", e.args)
    print(t.cancelled(), t.done())
    # return_exceptions
    async def boom(n):
        await asyncio.sleep(0)
        raise KeyError(n)
    res = await asyncio.gather(boom(1), worker("d", 0, log), boom(2), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(boom(3), worker("e", U, log))
    except KeyError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(2 * U)
    print(asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    return "done"

print(asyncio.run(basics()))
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)

async def work(name, d, res=None, fail=False):
    print("work start", name)
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print("work cancelled", name)
        raise
    if fail:
        print("work fail", name)
        raise ValueError(name)
    print("work end", name)
    return res if res is not None else name

def names(s):
    return sorted(t.get_name() for t in s)

async def tools():
    # wait
    ts = [asyncio.create_task(work("w%d" % i, 2 * U * (3 - i)), name="w%d" % i) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FC", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("AC", names(done), names(pending))
    ts = [asyncio.create_task(work("x%d" % i, 2 * U * i, fail=(i == 1)), name="x%d" % i) for i in range(4)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FE", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=3 * U)
    print("TO", names(done), names(pending))
    await asyncio.wait(pending)
    for bad in ([], ts[0]):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(ts, return_when="bogus")
    except ValueError as e:
        print(e)
    c = work("never", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()
    # wait_for
    print((await asyncio.wait_for(work("wf1", U), 1)))
    try:
        await asyncio.wait_for(work("wf2", 1), U)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(work("wf3", 1), 0)
    except asyncio.TimeoutError as e:
        print("timeout0", repr(e))
    print((await asyncio.wait_for(work("wf4", 0), None)))
    # as_completed
    ts = [asyncio.create_task(work("ac%d" % i, 2 * U * (3 - i), res=i)) for i in range(3)]
    for c in asyncio.as_completed(ts):
        r = await c
        print("as_completed", r)
    ts = [asyncio.create_task(work("act%d" % i, 3 * U * i, res=i)) for i in range(3)]
    try:
        for c in asyncio.as_completed(ts, timeout=U):
            r = await c
            print("as_completed t", r)
    except asyncio.TimeoutError as e:
        print("as_completed timeout", repr(e))
    for t in ts:
        t.cancel()
    await asyncio.sleep(0)
    # shield
    inner = asyncio.create_task(work("shielded", 2 * U))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled(), inner.done())
    print((await inner))
    # gather cancel
    g = asyncio.gather(work("g1", 1), work("g2", 1))
    await asyncio.sleep(0)
    print(g.cancel("bye"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args, g.cancelled())
    g = asyncio.gather(work("g3", 1), work("g4", U), return_exceptions=True)
    await asyncio.sleep(0)
    g._children[0].cancel("one")
    print((await g))
    print((await asyncio.gather()))
    # ensure_future
    f = asyncio.ensure_future(work("ef", 0))
    print(type(f).__name__, (await f))
    try:
        asyncio.ensure_future(3)
    except TypeError as e:
        print(e)
    try:
        asyncio.create_task(3)
    except TypeError as e:
        print(e)
    c = work("z", 0)
    print(asyncio.isfuture(f), asyncio.isfuture(3), asyncio.iscoroutine(c), asyncio.iscoroutine(f))
    c.close()
    # self-cancel semantics
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn ignores")
        return "survived"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print((await t), t.cancelled(), t.cancelling(), t.uncancel(), t.uncancel())
    # exception in task
    t = asyncio.create_task(work("exc", 0, fail=True))
    try:
        await t
    except ValueError as e:
        print("task exc", repr(e), repr(t.exception()))
    return 7

print(asyncio.run(tools()))

async def producer(q, n, name):
    for i in range(n):
        await q.put((name, i))
        print("put", name, i, q.qsize())
    print("producer done", name)

async def consumer(q, name):
    while True:
        item = await q.get()
        print("got", name, item)
        await asyncio.sleep(0)
        q.task_done()

async def locker(lock, name, log):
    async with lock:
        print("locked by", name, lock.locked())
        await asyncio.sleep(U / 4)
        log.append(name)

async def sync():
    q = asyncio.Queue(maxsize=2)
    cs = [asyncio.create_task(consumer(q, "c%d" % i)) for i in range(2)]
    ps = [asyncio.create_task(producer(q, 3, "p%d" % i)) for i in range(2)]
    await asyncio.gather(*ps)
    await q.join()
    print("joined", q.empty())
    for c in cs:
        c.cancel()
    r = await asyncio.gather(*cs, return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", repr(e))
    q.put_nowait(1); q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("full", repr(e))
    q.get_nowait(); q.task_done(); q.get_nowait(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in [5, 1, 4]:
        await lq.put(x)
    out = []
    for _ in range(3):
        out.append((await lq.get()))
    print(out)
    # Lock
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*[locker(lock, "L%d" % i, log) for i in range(4)])
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    # Event
    ev = asyncio.Event()
    async def waiter(i):
        print("waiting", i)
        r = await ev.wait()
        print("woke", i, r)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    ev.clear(); print(ev.is_set())
    # Condition
    cond = asyncio.Condition()
    state = []
    async def cwait(i):
        await cond.acquire()
        try:
            r = await cond.wait_for(lambda: len(state) > i)
            print("cond ok", i, r)
        finally:
            cond.release()
    cws = [asyncio.create_task(cwait(i)) for i in range(3)]
    for k in range(3):
        await asyncio.sleep(0)
        await cond.acquire()
        state.append(k)
        cond.notify_all()
        cond.release()
    await asyncio.gather(*cws)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    # Semaphore
    sem = asyncio.Semaphore(2)
    async def sworker(i):
        await sem.acquire()
        print("sem in", i, sem.locked())
        await asyncio.sleep(0)
        sem.release()
        print("sem out", i)
    await asyncio.gather(*[sworker(i) for i in range(5)])
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    # Barrier
    b = asyncio.Barrier(3)
    async def bw(i):
        print("barrier wait", i)
        r = await b.wait()
        print("barrier pass", i, r)
    await asyncio.gather(*[bw(i) for i in range(3)])
    print(b.parties, b.n_waiting, b.broken)

asyncio.run(sync())

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
order = []
loop.call_soon(order.append, 1)
h = loop.call_soon(order.append, 2)
h.cancel()
loop.call_later(4 * U, order.append, "late")
loop.call_later(2 * U, order.append, "early")
loop.call_at(loop.time() + 3 * U, order.append, "mid")
loop.call_later(6 * U, loop.stop)
loop.call_soon(order.append, 3)
loop.run_forever()
print(order)

async def coro(x):
    await asyncio.sleep(0)
    print("in coro", asyncio.get_running_loop() is loop, loop.is_running())
    return x * 2
print(loop.run_until_complete(coro(21)))
f = loop.create_future()
loop.call_soon(f.set_result, "fut")
print(loop.run_until_complete(f))
t = loop.create_task(coro(5), name="mine")
print(t.get_name(), loop.run_until_complete(t))
def bad(): raise ZeroDivisionError("cb")
def handler(lp, ctx):
    print("handler:", ctx["message"].split(" at ")[0], repr(ctx.get("exception")))
loop.set_exception_handler(handler)
loop.call_soon(bad)
loop.run_until_complete(asyncio.sleep(U / 4))
print(loop.get_exception_handler() is handler)
loop.set_exception_handler(None)
async def nested():
    await asyncio.sleep(0)
    c = coro(1)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print(e)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()
    return 0
c = nested()
loop.run_until_complete(c)
loop.close()
print(loop.is_closed())
c = coro(3)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
loop.close()
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
print(asyncio.run(coro(4)))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
l2 = asyncio.new_event_loop()
asyncio.set_event_loop(l2)
print(asyncio.get_event_loop() is l2)
fut = asyncio.Future()
print(fut.get_loop() is l2)
async def main2():
    # timeouts
    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("slow cancelled")
            raise
    cm = asyncio.timeout(2 * U)
    print(repr(cm)[:17])
    try:
        async with cm:
            print(repr(cm)[:16])
            await slow()
    except TimeoutError as e2:
        print("timeout raised", repr(e2), type(e2.__context__).__name__)
    print(cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        await asyncio.sleep(0)
    print(cm.expired(), repr(cm))
    async with asyncio.timeout(10) as cm:
        cm.reschedule(None)
        print(cm.when())
        await asyncio.sleep(0)
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + U):
            await asyncio.sleep(0)
            print("before deadline")
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print(e)
    # task groups
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async def failer():
        await asyncio.sleep(U / 4)
        raise KeyError("kf")
    try:
        async with tg:
            t1 = tg.create_task(slow())
            t2 = tg.create_task(coro(3), name="tg2")
            print(repr(tg), t2.get_name())
            tg.create_task(failer())
            await asyncio.sleep(1)
    except BaseException as eg:
        print(type(eg).__name__, eg, eg.exceptions)
    print(t1.cancelled(), t2.result())
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(coro(i)) for i in range(3)]
    print([t.result() for t in ts], repr(tg))
    c = coro(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    try:
        asyncio.TaskGroup().create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
l2.run_until_complete(main2())
l2.close()
async def agen(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("agen finally", n)

class AsyncCounter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def async_features():
    print([x async for x in agen(3)])
    async for x in AsyncCounter(3):
        print("counter", x)
    print([await asyncio.sleep(0, i) for i in range(3)])
    sem = asyncio.BoundedSemaphore(2)
    async def limited(i):
        async with sem:
            print("limited in", i, sem.locked())
            await asyncio.sleep(0)
        return i
    print(await asyncio.gather(*(limited(i) for i in range(4))))
    cond = asyncio.Condition()
    async def notifier():
        await asyncio.sleep(0)
        async with cond:
            cond.notify()
    asyncio.create_task(notifier())
    async with cond:
        print("cond wait", await cond.wait())
    print(asyncio.iscoroutinefunction(agen), asyncio.iscoroutinefunction(async_features),
          asyncio.iscoroutinefunction(AsyncCounter.__anext__), asyncio.iscoroutinefunction(co(lambda: None)))
    print(asyncio.iscoroutinefunction(len))
    print(await asyncio.to_thread(sum, [1, 2, 3]),
          await asyncio.get_running_loop().run_in_executor(None, max, 4, 9, 2))
    try:
        await asyncio.to_thread(int, "x")
    except ValueError as e:
        print("to_thread", e)
    t = asyncio.current_task()
    print(t.get_coro().__qualname__ if hasattr(t.get_coro(), "__qualname__") else None)
    return "async done"

print(asyncio.run(async_features()))

@co
def legacy(x):
    # a generator-based coroutine (still accepted by CPython 3.11's tasks)
    yield from asyncio.sleep(0)
    return x * 2

def plain():
    yield

async def use_legacy():
    print(await asyncio.create_task(legacy(3)), await asyncio.gather(legacy(4), asyncio.sleep(0, 1)))
    g = plain()
    try:
        await g
    except TypeError as e:
        print(e)
    print(asyncio.iscoroutine(g), asyncio.iscoroutine(1))

asyncio.run(use_legacy())
print(asyncio.run(legacy(5)))

async def more_cancellation():
    log = []
    async def sleeper(name, d, log):
        try:
            await asyncio.sleep(d)
            log.append(name)
            return name
        except asyncio.CancelledError:
            log.append(name + "-cancelled")
            raise
    # queue getter cancelled while item arrives
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("item")
    getter.cancel()
    try:
        print("getter got", await getter)
    except asyncio.CancelledError:
        print("getter cancelled", q.qsize())
    # condition predicate with multiple waiters and notify(1)
    cond = asyncio.Condition()
    box = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: box)
            print("consumer", i, box.pop())
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for v in "abc":
        async with cond:
            box.append(v)
            cond.notify(1)
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    # semaphore fairness
    sem = asyncio.Semaphore(1)
    order = []
    async def s(i):
        async with sem:
            order.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(s(i) for i in range(5)))
    print(order)
    # event wait cancelled
    ev = asyncio.Event()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print(w.cancelled(), len(ev._waiters))
    # task cancel while awaiting gather cancels children
    g = asyncio.gather(sleeper("c1", 1, log), sleeper("c2", 1, log))
    try:
        asyncio.create_task(g)
    except TypeError as e:
        print(e)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e))
    async def awaiter():
        return await asyncio.gather(sleeper("c3", 1, log), sleeper("c4", 1, log))
    t = asyncio.create_task(awaiter())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, sorted(log))

asyncio.run(more_cancellation())

async def bg(i):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("bg cancelled at shutdown", i)
        raise
    finally:
        print("bg finally", i)
async def bg2():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("bg2 refuses")
        await asyncio.sleep(0)
        print("bg2 finishing")
        return 5
async def main():
    asyncio.create_task(bg(0))  # one task: the shutdown order of several is a set's order
    await asyncio.sleep(0)
    print("main returns")
    return "r"
print(asyncio.run(main()))
async def failing():
    await asyncio.sleep(0)
    raise ValueError("main failed")
try:
    asyncio.run(failing())
except ValueError as e:
    print("run raised", repr(e))
async def cancelled_main():
    asyncio.current_task().cancel("self")
    await asyncio.sleep(0)
try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError as e:
    print("run cancelled", repr(e))
async def sysexit():
    await asyncio.sleep(0)
    raise SystemExit(3)
try:
    asyncio.run(sysexit())
except SystemExit as e:
    print("sysexit", e.code)
with asyncio.Runner() as r:
    print(r.run(asyncio.sleep(0, "a")), r.run(asyncio.sleep(0, "b")))
    lp = r.get_loop()
print(lp.is_closed())
