# sys.settrace: f_back chains, f_locals, local trace functions, methods, comprehensions, with
import sys

log = []

def depth(frame):
    d = 0
    while frame is not None:
        d += 1
        frame = frame.f_back
    return d

def calls_only(frame, event, arg):
    if event == 'call':
        caller = frame.f_back
        log.append(('call', frame.f_code.co_name, depth(frame),
                    caller.f_code.co_name if caller else None,
                    caller.f_lineno if caller else None))
        if frame.f_code.co_name == 'skip_me':
            return None
        return calls_only
    if event == 'line':
        log.append(('line', frame.f_code.co_name, frame.f_lineno,
                    sorted((k, type(v).__name__) for k, v in frame.f_locals.items())))
    if event == 'return':
        log.append(('return', frame.f_code.co_name, type(arg).__name__))
    return calls_only

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

def skip_me(n):
    return n + 1

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def squares(n):
    return [i * i for i in range(n)]

def with_lambda(xs):
    return sorted(xs, key=lambda v: -v)

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def uses_with():
    with Ctx() as c:
        x = 1
    try:
        y = 2
    finally:
        z = 3
    return x + y + z

def main():
    p = Point(3, 4)
    r = p.norm2()
    skip_me(1)
    fact(3)
    squares(2)
    with_lambda([1, 3, 2])
    uses_with()
    return r

sys.settrace(calls_only)
main()
sys.settrace(None)
for e in log:
    print(e)
