# sys.settrace: call, line, return and exception events as CPython 3.11 reports them
import sys

events = []

def tracer(frame, event, arg):
    co = frame.f_code
    if event == 'return':
        events.append((event, co.co_name, frame.f_lineno, arg))
    elif event == 'exception':
        events.append((event, co.co_name, frame.f_lineno, arg[0].__name__, str(arg[1])))
    else:
        events.append((event, co.co_name, frame.f_lineno))
    return tracer

def add(a, b):
    c = a + b
    return c

def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    while n > 0:
        n -= 1
    return total

def fails():
    x = 1
    raise ValueError("bad")

def catches():
    try:
        fails()
    except ValueError as e:
        return str(e)
    finally:
        y = 2

def gen(n):
    for i in range(n):
        yield i * 10
    return None

def uses_gen():
    out = []
    for v in gen(2):
        out.append(v)
    return out

def outer():
    def inner(x):
        return x * 2
    return inner(3) + add(1, 2)

sys.settrace(tracer)
add(1, 2)
loop(3)
catches()
uses_gen()
outer()
sys.settrace(None)

for e in events:
    print(e)
print(sys.gettrace())
