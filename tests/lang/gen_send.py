# Generator send(), close(), GeneratorExit and return values.
def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
        count += 1
    return (total, count)


acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None), fresh.send(4))


# A coroutine-style running average.
def averager():
    total, n, avg = 0.0, 0, None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n


av = averager()
next(av)
print([av.send(x) for x in [10, 20, 30, 40]])


# close() raises GeneratorExit inside the generator.
def watcher():
    try:
        while True:
            item = yield
            print("  got", item)
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  watcher finally")


w = watcher()
next(w)
w.send("a")
w.send("b")
w.close()
print("after close")
try:
    w.send("c")
except StopIteration:
    print("send after close: StopIteration")


# Yielding in response to GeneratorExit is an error.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


# Returning from the GeneratorExit handler is fine.
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("  polite exit")
        return "ignored"


p = polite()
next(p)
print(p.close())

# close() on a generator that never started does nothing visible.
def never():
    print("  never printed")
    yield


never().close()
print("closed unstarted")


# A state machine driven by send: a tiny tokenizer.
def tokenizer():
    tokens = []
    buf = ""
    while True:
        ch = yield tokens
        tokens = []
        if ch is None or ch == " ":
            if buf:
                tokens.append(buf)
                buf = ""
            if ch is None:
                yield tokens
                return
        elif ch.isdigit():
            buf += ch
        else:
            if buf:
                tokens.append(buf)
                buf = ""
            tokens.append(ch)


tk = tokenizer()
next(tk)
out = []
for ch in "12+ 3*45":
    out.extend(tk.send(ch))
out.extend(tk.send(None))
print(out)


# send() values flow through yield from to the inner generator.
def inner():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got


def outer():
    result = yield from inner()
    yield ("inner returned", result)


o = outer()
print(next(o), o.send("x"), o.send("y"), o.send("z"))

# throw() into a generator.
def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  handled", e)


r = resilient()
next(r)
print(r.throw(ValueError("bad input")))
try:
    r.throw(KeyError("fatal"))
except KeyError as e:
    print("KeyError propagated:", e)
print(next(r, "exhausted"))

# gi_running style checks via generator attributes that are portable.
def simple():
    yield 1


sg = simple()
print(sg.__name__, type(sg).__name__)
