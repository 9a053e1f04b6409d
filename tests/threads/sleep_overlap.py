# time.sleep lets other threads run: four threads sleeping 0.2 s each finish
# together in well under the 0.8 s a serial run would need.
import threading
import time

NTHREADS = 4
NAP = 0.2
woke = []
lock = threading.Lock()


def nap(i):
    time.sleep(NAP)
    with lock:
        woke.append(i)


threads = [threading.Thread(target=nap, args=(i,)) for i in range(NTHREADS)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print("overlapped", elapsed < 0.6)
print("slept at least once", elapsed >= NAP * 0.9)
print("all woke", sorted(woke))

# While some threads sleep, another thread keeps computing.
counted = []


def busy():
    total = 0
    for i in range(20000):
        total += i % 7
    counted.append(total)


sleepers = [threading.Thread(target=time.sleep, args=(0.1,)) for i in range(3)]
worker = threading.Thread(target=busy)
start = time.perf_counter()
for t in sleepers:
    t.start()
worker.start()
worker.join()
for t in sleepers:
    t.join()
print("busy result", counted)
print("together", time.perf_counter() - start < 0.9)

# The clocks: monotonic and perf_counter never go backwards across threads,
# the _ns variants are ints, and time.time() is a plausible epoch time.
stamps = []


def stamp():
    a = time.monotonic()
    b = time.perf_counter()
    c = time.monotonic_ns()
    d = time.perf_counter_ns()
    time.sleep(0.01)
    stamps.append((time.monotonic() >= a, time.perf_counter() >= b,
                   time.monotonic_ns() >= c, time.perf_counter_ns() >= d))


threads = [threading.Thread(target=stamp) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("clocks monotonic", stamps)
print("ns are ints", isinstance(time.monotonic_ns(), int), isinstance(time.perf_counter_ns(), int))
print("floats", isinstance(time.monotonic(), float), isinstance(time.perf_counter(), float))
print("epoch time plausible", time.time() > 1600000000.0)
ns_gap = time.perf_counter_ns()
time.sleep(0.02)
ns_gap = time.perf_counter_ns() - ns_gap
print("perf_counter_ns measures sleep", ns_gap >= 15000000)
time.sleep(0)
print("sleep(0) returns", time.sleep(0))
