# Tracers of the kinds tutorials teach: one that prints every event, a call tracer that
# follows only chosen functions line by line, an exception reporter, and a tracer that is a
# bound method collecting lines
import sys


def show_all(frame, event, arg=None):
    print(f"{event:>9} in {frame.f_code.co_name}() at line {frame.f_lineno}")
    return show_all


def greet():
    return "hello"


def outer_greet():
    return greet()


sys.settrace(show_all)
outer_greet()
sys.settrace(None)

FOLLOW = {'double'}


def line_reporter(frame, event, arg):
    if event == 'line':
        print('    line %d of %s' % (frame.f_lineno, frame.f_code.co_name))


def call_reporter(frame, event, arg):
    if event != 'call':
        return None
    name = frame.f_code.co_name
    print('enter %s (line %d), called from line %d' % (name, frame.f_lineno, frame.f_back.f_lineno))
    return line_reporter if name in FOLLOW else None


def report_exception(frame, event, arg):
    if event == 'exception':
        kind, value, _tb = arg
        print('raised %s(%r) at line %d in %s' % (kind.__name__, str(value), frame.f_lineno,
                                                  frame.f_code.co_name))
    return report_exception


def start(v):
    print('start with', v)
    return double(v + 1)


def double(w):
    r = w * 2
    print('doubled to', r)
    return r


def fail():
    raise KeyError('missing')


def calls_fail():
    fail()


sys.settrace(call_reporter)
start(1)
sys.settrace(report_exception)
try:
    calls_fail()
except KeyError as e:
    print('handled', e)
sys.settrace(None)


class LineLog:
    def __init__(self):
        self.seen = []

    def hook(self, frame, event, arg):
        if event == 'line':
            self.seen.append((frame.f_code.co_name, frame.f_lineno))
        return self.hook

    def take(self):
        seen, self.seen = self.seen, []
        return seen


log = LineLog()
sys.settrace(log.hook)
double(4)
sys.settrace(None)
print(log.take(), log.take())
