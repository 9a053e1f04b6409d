# Claim: "The GIL gives thread safety for free." It does not: `x += 1` is a read, an add and
# a write, and a switch between the read and the write loses an update.
# N threads each add 1 to a shared counter many times, without a lock and then with one.
# Under a lock, a switch can only fall where the interpreter checks for one (calls and loop
# jumps), so the race shows in `counter += step()`, where the call sits between the read and
# the write; without a lock every statement races. With `threading.Lock` nothing is lost.
#   gilt examples/lab/race_counter.py [--threads N]
# `gilt -X sched=SEED ...` reproduces one interleaving exactly: same seed, same count.
import sys
import threading
import _lab

N = _lab.option("n", 100_000)
counter = 0
lock = threading.Lock()


def step():
    return 1


def unsafe():
    global counter
    for _ in range(N):
        counter += step()


def safe():
    global counter
    for _ in range(N):
        with lock:
            counter += step()


n = _lab.THREADS
sys.setswitchinterval(_lab.option("interval", 0.0005))
results = {}
for name, fn in (("without a lock", unsafe), ("with a lock", safe)):
    counter = 0
    _lab.run_threads(n, fn)
    results[name] = counter
    lost = N * n - counter
    print("%s: %d of %d (%d lost, %.1f%%)" % (name, counter, N * n, lost, 100.0 * lost / (N * n)))
print(_lab.lock_line())
lost = N * n - results["without a lock"]
_lab.report(threads=n, increments=N * n, lost=lost, lost_fraction=lost / (N * n),
            lost_with_lock=N * n - results["with a lock"])
