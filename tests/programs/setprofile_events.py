# sys.setprofile: call, return, c_call, c_return; generators resumed from a native sum()
import sys

events = []

def prof(frame, event, arg):
    if event.startswith('c_'):
        events.append((event, arg.__name__))
    elif event == 'return':
        events.append((event, frame.f_code.co_name, arg))
    else:
        events.append((event, frame.f_code.co_name, frame.f_lineno))

def helper(xs):
    xs.append(len(xs))
    return max(xs)

def gen():
    yield 1
    yield 2

def boom():
    return int('x')

def main():
    xs = [3, 1]
    helper(xs)
    total = sum(gen())
    try:
        boom()
    except ValueError:
        pass
    return total

sys.setprofile(prof)
main()
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())

# a profile function set inside a function sees that function's returns and native calls
# from then on, and those of its callers; a native function called with *args is itself
seen = []

def note(frame, event, arg):
    seen.append((event, frame.f_code.co_name, arg.__name__ if event.startswith('c_') else ''))

def start_profiling(x):
    sys.setprofile(note)
    return x

def caller():
    start_profiling(1)
    len([])
    return max(*[4, 2])

def in_comprehension():
    return [start_profiling(v) for v in [0]] + [len('ab')]

caller()
sys.setprofile(None)
in_comprehension()
sys.setprofile(None)
sys.setprofile(note)
sys.setprofile(None)
sys.setprofile(note)
len('x')
sys.setprofile(None)
for s in seen:
    print(s)
