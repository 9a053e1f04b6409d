# BoundedSemaphore refuses to be released more often than it was acquired.
import threading

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("over-release:", e)

print("acquire twice", b.acquire(), b.acquire())
print("third (non-blocking)", b.acquire(blocking=False))
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print("over-release again:", e)

# Used as a connection pool by several threads: every acquire is paired with
# a release, so no release ever fails; one extra release at the end does.
pool = threading.BoundedSemaphore(3)
lock = threading.Lock()
in_use = [0]
peak = [0]
errors = []


def client(i):
    for k in range(20):
        with pool:
            with lock:
                in_use[0] += 1
                if in_use[0] > peak[0]:
                    peak[0] = in_use[0]
            with lock:
                in_use[0] -= 1


threads = [threading.Thread(target=client, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak within 3", 1 <= peak[0] <= 3, "in use", in_use[0])


def extra_release():
    try:
        pool.release()
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=extra_release)
t.start()
t.join()
print("extra release from a thread", errors)

# BoundedSemaphore(1) behaves like a lock that can be released by any thread.
gate = threading.BoundedSemaphore(1)
gate.acquire()
t = threading.Thread(target=gate.release)
t.start()
t.join()
print("reacquire after foreign release", gate.acquire(blocking=False))
gate.release()
