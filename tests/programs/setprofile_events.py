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
