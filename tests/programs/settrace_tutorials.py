# tracers as tutorials write them: one that prints every event, call and exception tracers
# with local line tracers and f_back, and a class whose bound method is the tracer
from sys import settrace
import sys

def my_tracer(frame, event, arg = None):
    code = frame.f_code
    func_name = code.co_name
    line_no = frame.f_lineno
    print(f"A {event} encountered in {func_name}() at line number {line_no} ")
    return my_tracer

def fun():
    return "GFG"

def check():
    return fun()

settrace(my_tracer)
check()
settrace(None)

TRACE_INTO = ['b']

def trace_lines(frame, event, arg):
    if event != 'line':
        return
    co = frame.f_code
    print('  %s line %s' % (co.co_name, frame.f_lineno))

def trace_calls(frame, event, arg):
    if event != 'call':
        return
    co = frame.f_code
    func_name = co.co_name
    if func_name == 'write':
        return
    line_no = frame.f_lineno
    caller = frame.f_back
    print('Call to %s on line %s from line %s' % (func_name, line_no, caller.f_lineno))
    if func_name in TRACE_INTO:
        return trace_lines
    return

def trace_exceptions(frame, event, arg):
    if event != 'exception':
        return
    exc_type, exc_value, exc_traceback = arg
    print('Tracing exception: %s "%s" on line %s of %s' % (exc_type.__name__, exc_value, frame.f_lineno, frame.f_code.co_name))

def trace_calls_for_exc(frame, event, arg):
    if event != 'call':
        return
    return trace_exceptions

def a(x):
    print('in a, x =', x)
    return b(x + 1)

def b(y):
    z = y * 2
    print('in b, z =', z)
    return z

def c():
    raise RuntimeError('generating exception in c()')

def d():
    c()

sys.settrace(trace_calls)
a(1)
sys.settrace(trace_calls_for_exc)
try:
    d()
except Exception as e:
    print('Exception handler:', e)
sys.settrace(None)

class Tracer(object):
    LINE_BUFFER = []
    def trace(self, frame, event, arg):
        if event == 'call':
            return self.trace
        elif event != 'line':
            return
        line = frame.f_code.co_name, frame.f_lineno
        self.LINE_BUFFER.append(line)
    def flush_buffer(self):
        buffer, self.LINE_BUFFER = self.LINE_BUFFER, []
        return buffer

T = Tracer()
sys.settrace(T.trace)
b(3)
sys.settrace(None)
print(T.flush_buffer())
