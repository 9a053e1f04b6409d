import types

class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.value = None
    def __await__(self):
        if not self.done:
            yield self
        return self.value
    def __repr__(self):
        return f"Future({self.name})"

def run(coro, feed=()):
    """Drives coro: each Future it yields is completed with the next value of feed."""
    feed = list(feed)
    sent = None
    while True:
        try:
            fut = coro.send(sent)
        except StopIteration as e:
            print("finished with", e.value)
            return e.value
        print("waiting on", fut)
        fut.done = True
        fut.value = feed.pop(0) if feed else None
        sent = None

async def add(a, b):
    x = await Future("a")
    y = await Future("b")
    return a + b + (x or 0) + (y or 0)

async def outer():
    r = await add(1, 2)
    print("add gave", r)
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    finally:
        print("finally in outer")
    return r * 2

async def failing():
    await Future("f")
    raise ValueError("bad")

run(outer(), [10, 20, 0])

# types and reprs
c = add(1, 2)
print(type(c).__name__, type(c.__await__()).__name__)
print(c.cr_running, c.cr_await, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object add at 0x"))
print(c.send(None))
print(c.cr_await is not None)
c.close()
print(c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# throw into a coroutine suspended in an await
async def guarded():
    try:
        await Future("g")
    except KeyError as e:
        print("guarded caught", repr(e))
        return "recovered"
g = guarded()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("value", e.value)

# close runs finally blocks
async def cleanup():
    try:
        await Future("c")
    finally:
        print("cleanup ran")
cc = cleanup()
cc.send(None)
cc.close()

# async generators
async def ticker(n):
    for i in range(n):
        got = await Future(f"t{i}")
        yield i * 10 + (got or 0)
    print("ticker done")

async def consume():
    total = []
    async for v in ticker(3):
        total.append(v)
    print("collected", total)
    print([v async for v in ticker(2)])
    print({v: v + 1 async for v in ticker(1)})
    print([await add(i, i) for i in range(2)])
    async for v in ticker(5):
        if v >= 10:
            break
    else:
        print("not reached")
    return len(total)

run(consume(), [1, 2, 3])

# asend / athrow / aclose
async def echo():
    try:
        while True:
            try:
                x = yield
                print("echo got", x)
            except ZeroDivisionError:
                print("echo recovering")
                yield "recovered"
    finally:
        print("echo closing")

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("awaited something")

e = echo()
print(type(e).__name__, repr(e).startswith("<async_generator object echo at"))
print(type(e.__anext__()).__name__, type(e.athrow(ValueError)).__name__)
print(step(e.__anext__()))
print(step(e.asend("hello")))
print(step(e.athrow(ZeroDivisionError)))
print(step(e.aclose()))
try:
    step(e.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration after close")
aw = echo().__anext__()
step(aw)
try:
    step(aw)
except RuntimeError as ex:
    print("RuntimeError", ex)

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
step(s.__anext__())
try:
    step(s.aclose())
except RuntimeError as ex:
    print("RuntimeError", ex)

# async with
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Future("enter-" + self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        await Future("exit-" + self.name)
        return self.suppress

async def managed():
    async with Manager("a") as a, Manager("b") as b:
        print("inside", a, b)
    async with Manager("c", suppress=True):
        raise KeyError("suppressed")
    try:
        async with Manager("d"):
            raise IndexError("escapes")
    except IndexError as ex:
        print("escaped", ex)
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                break
    async with Manager("ret"):
        return "returned from with"

run(managed())

# custom async iterators
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Future(f"cd{self.n}")
        return self.n

async def count():
    async for i in Countdown(3):
        print("count", i)
    else:
        print("countdown finished")

run(count())

# code flags, inspection
async def co(): pass
async def ag(): yield
def gen(): yield
print(co.__code__.co_flags & 0x80 != 0, ag.__code__.co_flags & 0x200 != 0, gen.__code__.co_flags & 0x20 != 0)
x = co()
x.close()
y = co()
print(isinstance(y, types.CoroutineType), isinstance(ag(), types.AsyncGeneratorType))
y.close()

# errors
async def errors():
    for bad in [5, "s", None]:
        try:
            await bad
        except TypeError as ex:
            print("TypeError", ex)
    try:
        async for _ in 5:
            pass
    except TypeError as ex:
        print("TypeError", ex)
    try:
        async with object():
            pass
    except TypeError as ex:
        print("TypeError", ex)
    class NotIter:
        def __await__(self):
            return 1
    try:
        await NotIter()
    except TypeError as ex:
        print("TypeError", ex)
run(errors())

for src in ["await x", "def f():\n  await x", "def f():\n  async for x in y: pass",
            "def f():\n  async with x: pass", "async def f():\n  yield from x",
            "async def f():\n  yield 1\n  return 2", "def f():\n  [x async for x in y]",
            "async def f():\n  lambda: await x"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as ex:
        print("SyntaxError", ex.msg)
compile("def f():\n  (x async for x in y)", "<s>", "exec")
print("async generator expression in a plain function compiles")
