# join(timeout) on a thread that is still sleeping returns after the timeout
# with the thread still alive; a later join() waits for it to finish.
import threading
import time

done = []


def sleeper():
    time.sleep(1.0)
    done.append("slept")


t = threading.Thread(target=sleeper)
print("alive before start", t.is_alive())
t.start()
print("alive after start", t.is_alive())
t0 = time.monotonic()
result = t.join(timeout=0.05)
waited = time.monotonic() - t0
print("join(timeout) returns", result)
print("still alive", t.is_alive())
print("waited about the timeout", 0.04 <= waited < 0.9)
print("done so far", done)
t.join(0.01)
print("still alive after a second short join", t.is_alive())
t.join()
print("alive after full join", t.is_alive())
print("done", done)

# join with a generous timeout on a thread that finishes early returns early.
quick = threading.Thread(target=time.sleep, args=(0.02,))
t0 = time.monotonic()
quick.start()
quick.join(5)
print("early return", time.monotonic() - t0 < 2.5, quick.is_alive())

# Joining an already finished thread again is fine.
quick.join()
quick.join(0.01)
print("joined twice", quick.is_alive())

# Errors: joining an unstarted thread, starting twice, joining oneself.
fresh = threading.Thread(target=time.sleep, args=(0,))
try:
    fresh.join()
except RuntimeError as e:
    print("RuntimeError:", e)
fresh.start()
try:
    fresh.start()
except RuntimeError as e:
    print("RuntimeError:", e)
fresh.join()

errors = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=join_self)
t.start()
t.join()
print("self join", errors)
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("main self join:", e)
