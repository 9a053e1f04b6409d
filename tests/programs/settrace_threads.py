# threading.settrace for new threads, c_exception, and f_back through frames running
# when the hook was set
import sys
import threading

lock = threading.Lock()
seen = []

def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name.startswith('work'):
        with lock:
            seen.append((threading.current_thread().name, event, frame.f_code.co_name,
                         frame.f_back.f_code.co_name))
    return None

def work(n):
    return sum(range(n))

def work_more(n):
    return work(n) + 1

def prof(frame, event, arg):
    if event == 'c_exception':
        seen.append((event, arg.__name__))

threading.settrace(tracer)
print(threading.gettrace() is tracer)
ts = [threading.Thread(target=work_more, args=(10,), name='T%d' % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
threading.settrace(None)
print(sys.gettrace())
for s in sorted(seen):
    print(s)

def inner():
    sys.setprofile(prof)
    try:
        max([])
    except ValueError as e:
        print('caught', e)
    sys.setprofile(None)

inner()
print(seen[-1])

def where(frame, event, arg):
    if event == 'call':
        chain = []
        f = frame
        while f is not None:
            chain.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        print(event, chain)
    return None

def leaf():
    return 1

def middle():
    sys.settrace(where)
    leaf()
    sys.settrace(None)

def top():
    middle()

top()
sys.settrace(where)
leaf()
sys.settrace(None)
