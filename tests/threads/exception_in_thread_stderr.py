# An exception escaping a thread's target ends only that thread: its
# traceback goes to stderr (not checked), the main thread and other threads
# carry on, and the program exits with status 0.
import threading

results = []
lock = threading.Lock()


def fails():
    with lock:
        results.append("fails: started")
    raise ValueError("boom in a thread")


def works(n):
    total = 0
    for i in range(n):
        total += i
    with lock:
        results.append("works: %d" % total)


bad = threading.Thread(target=fails, name="bad")
good = threading.Thread(target=works, args=(1000,), name="good")
bad.start()
bad.join()
good.start()
good.join()
print("bad alive", bad.is_alive())
print("good alive", good.is_alive())
print(sorted(results))


# Several failing threads at once; every one of them is joined normally.
def divide(n):
    return 10 // n


threads = [threading.Thread(target=divide, args=(i % 2,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all joined", [t.is_alive() for t in threads])

# A lock held by the failing thread through `with` is released on the way out.
guard = threading.Lock()


def fail_inside_with():
    with guard:
        raise KeyError("inside with")


t = threading.Thread(target=fail_inside_with)
t.start()
t.join()
print("guard released", guard.acquire(timeout=1))
guard.release()

# The main thread's own exceptions are unaffected.
try:
    divide(0)
except ZeroDivisionError as e:
    print("main caught", e)
print("main continues")
