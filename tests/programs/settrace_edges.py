# sys.settrace: class bodies, generator throw and close, failing and self-removing tracers,
# closures, f_trace_lines, recursion, frame and code attributes
import sys

out = []

def t1(frame, event, arg):
    out.append((event, frame.f_code.co_name, frame.f_lineno))
    return t1

# class bodies and lambdas
def make():
    class K:
        a = 1
        def m(self):
            return self.a
    f = lambda v: v + K().m()
    return f(1)

sys.settrace(t1)
make()
sys.settrace(None)
for e in out:
    print(e)
out.clear()

# a generator thrown into and closed
def g():
    try:
        yield 1
    except KeyError:
        yield 2
    yield 3

def drive():
    it = g()
    next(it)
    v = it.throw(KeyError('k'))
    it.close()
    return v

sys.settrace(t1)
drive()
sys.settrace(None)
for e in out:
    print(e)
out.clear()

# a trace function that raises: the hook is unset and the error reaches the program
def bad(frame, event, arg):
    if event == 'line':
        raise RuntimeError('tracer failed')
    return bad

def victim():
    x = 1
    return x

sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print('caught', e, sys.gettrace())
print(sys.gettrace())

# a trace function that turns itself off
def once(frame, event, arg):
    out.append((event, frame.f_code.co_name))
    if event == 'line':
        sys.settrace(None)
        frame.f_trace = None
    return once

def two_lines():
    a = 1
    b = 2
    return a + b

sys.settrace(once)
two_lines()
two_lines()
print(out, sys.gettrace())
out.clear()

# f_locals with closures
def outer():
    cell = 5
    def inner(q):
        return q + cell
    return inner(1)

def locs(frame, event, arg):
    if event == 'return':
        out.append((frame.f_code.co_name, sorted(frame.f_locals), arg))
    return locs

sys.settrace(locs)
outer()
sys.settrace(None)
print(out)
out.clear()

# f_trace_lines off, opcodes absent
def nolines(frame, event, arg):
    frame.f_trace_lines = False
    out.append(event)
    return nolines

sys.settrace(nolines)
two_lines()
sys.settrace(None)
print(out)
out.clear()

# deep recursion under a tracer still stops with RecursionError
def down(n):
    return down(n + 1)

sys.settrace(lambda f, e, a: None)
try:
    down(0)
except RecursionError:
    print('recursion stopped')
sys.settrace(None)

# frame attributes
def attrs(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'sample':
        co = frame.f_code
        print(co.co_name, co.co_argcount, co.co_varnames, co.co_firstlineno,
              frame.f_lineno, type(frame).__name__, frame.f_globals is globals(),
              frame.f_trace is None, co.co_filename.endswith('.py'))
    return None

def sample(a, b=2, *c, **d):
    z = a
    return z

sys.settrace(attrs)
sample(1)
sys.settrace(None)
print(sample.__code__.co_flags & 0x2c)

# pass lines have their own line events; a branch never taken has none
def lines_of(frame, event, arg):
    if frame.f_code.co_name == 'passes' and event == 'line':
        out.append(frame.f_lineno - passes.__code__.co_firstlineno)
    return lines_of

def passes():
    for i in range(2):
        pass
    n = 2
    while n > 0:
        n -= 1
        if n == 5:
            break
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    return n

sys.settrace(lines_of)
passes()
sys.settrace(None)
print(out)
out.clear()
