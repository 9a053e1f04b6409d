# RLock: the owning thread may acquire it again; other threads must wait
# until every acquire has been matched by a release.
import threading

r = threading.RLock()
print("acquire 1", r.acquire())
print("acquire 2", r.acquire())
print("acquire 3 non-blocking", r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)


def depth(n):
    # Recursion that re-enters the lock at every level.
    with r:
        if n == 0:
            return 0
        return 1 + depth(n - 1)


print("recursive depth", depth(50))

# While the main thread holds the RLock (twice), another thread cannot get it.
observed = []
first_try = threading.Event()
r.acquire()
r.acquire()


def contender():
    observed.append(r.acquire(blocking=False))
    observed.append(r.acquire(timeout=0.05))
    first_try.set()
    observed.append(r.acquire(timeout=5))
    # Re-entry from the new owner.
    observed.append(r.acquire(blocking=False))
    r.release()
    r.release()


t = threading.Thread(target=contender)
t.start()
first_try.wait()
r.release()
# Still held once by the main thread: the contender keeps waiting.
r.release()
t.join()
print("contender saw", observed)

# A thread that does not own the RLock cannot release it.
r.acquire()
errors = []


def bad_release():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=bad_release)
t.start()
t.join()
r.release()
print("foreign release", errors)

# Counter protected by an RLock taken twice per increment.
counter = 0


def bump():
    global counter
    for i in range(3000):
        with r:
            with r:
                counter += 1


threads = [threading.Thread(target=bump) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)


# An object whose methods call each other while holding the same RLock.
class Account:
    def __init__(self):
        self.lock = threading.RLock()
        self.balance = 0
        self.log_size = 0

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.record()

    def record(self):
        with self.lock:
            self.log_size += 1

    def transfer_in(self, amounts):
        with self.lock:
            for a in amounts:
                self.deposit(a)


acct = Account()


def client(k):
    for i in range(200):
        acct.transfer_in([k, 1])


threads = [threading.Thread(target=client, args=(k,)) for k in range(1, 7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance", acct.balance, "records", acct.log_size)
print('RLock has locked():', hasattr(threading.RLock(), 'locked'))
